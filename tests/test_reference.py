"""The reference tables kept as data: well-formed, unique Wikidata ids and codes."""
from __future__ import annotations

import re
from collections import Counter

from kg import reference
from kg.reference import _rows


def test_every_wikidata_id_is_well_formed_and_unique():
    ids = [row[2] for name in ("countries.tsv", "organizations.tsv", "officials.tsv") for row in _rows(name) if row[2]]
    assert ids, "the tables link some entities to Wikidata"
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in ids), [q for q in ids if not re.fullmatch(r"Q[1-9][0-9]*", q)]
    assert [q for q, n in Counter(ids).items() if n > 1] == []


def test_country_codes_are_iso_alpha2_and_unique():
    codes = [row[0] for row in _rows("countries.tsv")]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert len(codes) == len(set(codes))


def test_aliases_point_at_one_country_each():
    assert reference.country_code("Russian") == "RU" and reference.country_code("Kyiv") == "UA"
    assert reference.country_code("U.S.") == "US" and reference.country_code("us") is None


def test_official_names_and_weapon_keys_are_unique():
    names = [row[0] for row in _rows("officials.tsv")]
    assert len(names) == len(set(names))
    keys = [row[0] for row in _rows("weapons.tsv")]
    assert len(keys) == len(set(keys))


def test_bosnia_and_herzegovina_by_its_balkan_abbreviations():
    assert {reference.country_code(a) for a in ("B&H", "BiH", "Bosnia-Herzegovina")} == {"BA"}
