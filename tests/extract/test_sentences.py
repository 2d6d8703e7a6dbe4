"""Line breaks end sentences (bylines, datelines and clutter stand on their own lines), except in hard-wrapped text."""
from __future__ import annotations

import datetime as dt

from kg.clean import hard_wrapped


def test_a_byline_without_a_full_stop_does_not_swallow_the_first_paragraph(extract):
    text = ("Nov 23, 2021  •  an hour ago  •  Join in the conversation\n\n"
            "MOSCOW — The ministry said the chief of the general staff, Valery Gerasimov, held a telephone "
            "conversation on Tuesday with Mark Milley, who chairs the U.S. Joint Chiefs of Staff.")
    facts = extract(text, dt.date(2021, 11, 23))
    assert [(sorted(c.participants), c.date) for c in facts.calls] == [
        (["mark-milley", "valery-gerasimov"], dt.date(2021, 11, 23))]


def test_hard_wrapped_lines_stay_one_sentence(nlp):
    lines = ["The defence minister of the country said on Monday that the new package of weapons would be",
             "delivered within weeks, and that the government had approved the transfer of air defence",
             "systems, artillery and ammunition after a long debate in parliament that lasted well into",
             "the night, according to officials who spoke on condition of anonymity to reporters on the",
             "sidelines of a meeting of allied ministers held in the capital earlier in the week."]
    text = "\n".join(lines)
    assert hard_wrapped(text)
    assert len(list(nlp(text).sents)) == 1


def test_short_lines_are_not_taken_for_hard_wrapping():
    assert not hard_wrapped("Headline here\nBy a reporter\nMay 2, 2024\nFirst paragraph ends.\nSecond one too.")


def test_sentences_run_together_without_a_space_still_end_at_the_stop(extract):
    facts = extract("Minister Hanno Pevkur spoke with Defence Minister Rustem Umerov on Monday.In a post on X, the "
                    "Estonian minister said the talks went well.Later, President Alar Karis met reporters.")
    assert [set(c.participants) for c in facts.calls] == [{"hanno-pevkur", "rustem-umerov"}]
