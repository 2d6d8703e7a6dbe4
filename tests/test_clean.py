"""Clutter removal classifies lines with jusText without building an HTML page: same verdicts as jusText's own parsing."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import clean
from kg.sources import read_paths

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests/corpus/dev/articles", ROOT / "tests/corpus/dev2/articles", ROOT / "examples"]
WORDS = "the minister said that it was a call with his counterpart on Monday and the United States will send aid".split()


def _texts() -> list[str]:
    return [item.text for item in read_paths(CORPORA) if hasattr(item, "text")]


def _both(text: str) -> tuple[dict, dict]:
    spans = clean.paragraphs(text)
    return clean._judged(text, spans), clean._judged_from_html(text, spans)


def test_corpus_articles_judged_as_jusText_judges_them() -> None:
    texts = _texts()
    assert texts
    for text in texts:
        fast, parsed = _both(text)
        assert fast == parsed


@pytest.mark.parametrize("char", ["&", "<b>", "&amp;", "&copy;", "©", "\t", "\xa0", "\u200b", "\u2003", "é", "ß", "😀",
                                  "\ufeff", "\u00ad", "\u0301", "\ufffd"])
def test_special_characters_judged_as_jusText_judges_them(char: str) -> None:
    lines = [" ".join(WORDS[(i * 7) % len(WORDS):] + WORDS[:i]) for i in range(6)]
    lines[1] = f"{char}{lines[1]}{char} {char}{char} x{char}"
    lines[3] = char
    text = "\n".join(lines) + "\n"
    fast, parsed = _both(text)
    assert fast == parsed


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x85", "\ud800", "\uffff"])
def test_characters_libxml2_may_alter_go_through_jusText(char: str) -> None:
    text = f"The minister said a word{char} here today about the call.\nsecond line {char}\n"
    assert clean.LIBXML_ALTERED.search(text)
    spans = clean.paragraphs(text)
    try:
        expected = clean._judged_from_html(text, spans)
    except ValueError:  # lxml refuses some of them outright; body_spans must then fail the same way
        with pytest.raises(ValueError):
            clean.body_spans(text)
        return
    assert clean._judged(text, spans) == expected


def test_a_hard_wrapped_sentence_is_one_paragraph_and_stays_in_the_body() -> None:
    text = ("Denmark sends more aid to Ukraine\n"
            "Ukraine is to receive an additional 5.8\n"
            "billion kroner ($833 million) from Denmark, chiefly to pay for air defences, ammunition and\n"
            "tanks, according to the defence ministry.\n"
            "The defence minister said it was vital for countries such as Denmark to keep up their military backing.\n")
    spans = clean.paragraphs(text)
    assert [text[s:e].count("\n") for s, e in spans] == [0, 2, 0]
    body = " ".join(text[s:e] for s, e in clean.body_spans(text))
    assert "5.8\nbillion kroner" in body and "ammunition and\ntanks" in body


def test_lines_that_end_a_sentence_or_a_heading_stay_apart() -> None:
    text = "Headline of the story\nBy a staff reporter\nThe minister spoke on Monday.\nHe said more."
    assert len(clean.paragraphs(text)) == 4


def test_a_short_list_intro_and_its_bullets_stay_in_the_body():
    text = ("Speaking to reporters, the national security adviser said the package carries important air defense "
            "contributions for the coming winter months.\n\n"
            "The package contains the following:\n\n"
            "• HAWK air defense system missiles;\n"
            "• More HIMARS ammunition;\n"
            "• 21,000 rounds of 155mm artillery;\n"
            "• Optics, small arms, and in excess of 20,000,000 small arms rounds, demolition equipment to clear obstacles, "
            "cold weather gear, generators, heaters, first aid kits and spare parts for vehicles delivered earlier "
            "this year, together with training for the crews who will use them in the field this winter;\n\n"
            "The adviser added that the Russian forces might be preparing to pull out of the city in the coming days.")
    kept = " ".join(text[s:e] for s, e in clean.body_spans(text))
    for line in ("The package contains the following:", "More HIMARS ammunition", "21,000 rounds", "Optics, small arms"):
        assert line in kept


def test_a_paragraph_that_ends_on_the_agency_credit_is_body():
    text = ("New Delhi [India], April 23 (ANI): India's External Affairs Minister S Jaishankar said on Thursday that he "
            "had spent a busy day on the phone with his counterparts from Russia, Brazil and the United States. (ANI)")
    assert clean.body_spans(text) == [(0, len(text))]


def test_a_wire_paragraph_that_ends_on_its_end_mark_is_body():
    text = ("ANKARA, June 15 (Xinhua) -- In a phone call on Sunday, the Turkish president urged the Iraqi prime minister "
            "to keep his country out of the conflict between the two states, and said that the region could not bear "
            "another war at a time when so many of its people were already suffering.\n\n"
            "The president stressed that all of the countries in the region had to act with great care and that "
            "they should work together to keep the conflict from spreading any further than it already had.\n\n"
            "Also on Saturday he held a phone conversation with the U.S. president, in which he voiced his support "
            "for the position that the nuclear talks should go on and said that he was ready to help. Enditem")
    spans = clean.body_spans(text)
    assert text[spans[-1][0]:spans[-1][1]].endswith("Enditem")


def test_a_short_closing_sentence_after_the_body_is_body():
    text = ("The Kremlin website reported that the Russian president spoke by telephone with his Uzbek counterpart "
            "about the main issues on the bilateral agenda and ways to broaden mutually beneficial cooperation.\n\n"
            "According to the Kremlin, both sides reaffirmed their readiness to strengthen further the strategic "
            "partnership and alliance, and also touched on pressing international and regional problems.\n\n"
            "The call was held on Tashkent's initiative.")
    spans = clean.body_spans(text)
    assert text[spans[-1][0]:spans[-1][1]] == "The call was held on Tashkent's initiative."


def test_a_sentence_of_few_stop_words_between_two_body_paragraphs_is_body():
    text = ("Belgian Prime Minister Alexandre de Croo told a press conference on Friday that Brussels will send Ukraine "
            "its biggest military aid package yet, costing 92 million euros in all, and he said more would follow.\n"
            "The package contains anti-tank weapons, anti-aircraft missiles, machine guns, grenades, rifles and "
            "ammunition, plus light armored vehicles.\n"
            "Part of the weaponry will come out of Belgian stockpiles, and the remainder will be bought from "
            "manufacturers and shipped straight to Ukraine, the prime minister told the reporters there.\n")
    kept = [text[s:e] for s, e in clean.body_spans(text)]
    assert any(k.startswith("The package contains") or "The package contains" in k for k in kept)


def test_a_short_report_of_name_heavy_sentences_is_body_beside_a_caption():
    text = ("Qatari Emir and Italian PM review bilateral ties by phone\n\n"
            "Qatari Emir Sheikh Tamim bin Hamad Al Thani presides over the Arab League Council summit held in the "
            "Qatari capital Doha on November 10, 2021, in a handout photo released by the Amiri Diwan. (AFP)\n"
            "Qatari Emir and Italian PM review bilateral ties by phone\n\n"
            "Italian Prime Minister Mario Draghi telephoned Qatar's Emir Sheikh Tamim bin Hamad Al Thani on Friday, "
            "the official Qatar News Agency QNA reported.\n\n"
            "During the call both sides reviewed cooperation between the two states and ways of widening it in many sectors.\n\n"
            "Several issues of mutual concern were also raised.\n")
    body = [text[s:e] for s, e in clean.body_spans(text)]
    assert any(line.startswith("Italian Prime Minister Mario Draghi telephoned") for line in body)
    assert any(line.startswith("During the call both sides") for line in body)


@pytest.mark.parametrize("line", [
    "See also: After a Decade of Close Ties, the President-Elect Visits Beijing",
    "Related: Ministers speak by phone as talks stall",
    "ILLUSTRATION. The two ministers walk out after a press conference that followed their talks in Hanoi on May 2.",
    "The two ministers walk out after a press conference in Hanoi, on May 2, 2023. (Photo: Reuters/Jane Doe)",
])
def test_a_link_to_another_story_or_a_photo_caption_is_not_body(line):
    text = ("Vietnamese Defence Minister Phan Van Giang spoke by phone with his Indonesian counterpart on Tuesday, "
            "the ministry said in a statement released in Hanoi.\n\n" + line + "\n\n"
            "The two ministers discussed joint patrols, training exchanges and the purchase of patrol boats, the "
            "statement added, and agreed to meet again later in the year.\n")
    body = [text[s:e] for s, e in clean.body_spans(text)]
    assert line not in body and len(body) == 2


def test_an_excerpt_cut_off_with_an_ellipsis_is_body():
    text = ("More details\n\nWashington (Wire) – In a week of summits, President Joe Biden held a telephone conversation "
            "with European allies on Monday, the White House said, before travelling to Brussels. The leaders talked "
            "over their answer to the invasion, and Biden is later due to meet business leaders in a…\n")
    body = [text[s:e] for s, e in clean.body_spans(text)]
    assert any(line.startswith("Washington (Wire)") for line in body)


def test_a_last_paragraph_cut_off_mid_word_is_still_body():
    from kg.clean import body_spans
    text = ("Officials said on Saturday that the talks had gone well and that both sides would keep in touch.\n\n"
            "The foreign ministers also discussed trade, energy and the security of shipping lanes in the region.\n\n"
            "The previous weekend the two presidents talked on the phone for ninety minutes. The two leaders then "
            "spoke for an hour on Thursday afternoon. At home the president has faced criticism over his inabil")
    last = text.index("The previous weekend")
    assert any(start <= last < end for start, end in body_spans(text))


def test_a_last_paragraph_of_one_sentence_cut_off_mid_word_stays_without_its_cut_word() -> None:
    text = ("The Prime Minister's Office said the premier traded greetings with leaders of the region on Saturday in a "
            "series of separate phone conversations.\n\nSpeaking on the phone with the Prime Minister of Malaysia, the "
            "premier thanked him for the support and the even-handed position his country took during the crisis, "
            "in which it had called for dialogue.\n\nThe two leaders also discussed trade, investment and the "
            "situation in the wider region, and they agreed that their ministers would meet again soon.\n\n"
            "He also spoke on the telephone with the President of the Republic of Azerbaijan, and extended war")
    spans = clean.body_spans(text)
    assert text[spans[-1][0]:spans[-1][1]].endswith("and extended")


def test_a_hover_card_glued_after_a_name_is_masked():
    text = ("On Monday President BidenJoe BidenPelosi hints at a vote Sanders targets Manchin MORE spoke on a call with "
            "Emmanuel MacronEmmanuel Jean-Michel MacronNew French law shuts venues MORE, the French president.")
    out = clean.masked(text, [(0, len(text))])
    assert len(out) == len(text)
    assert " ".join(out.split()) == "On Monday President Biden spoke on a call with Emmanuel Macron , the French president."


def test_a_page_of_one_long_paragraph_stored_only_up_to_a_length_is_body() -> None:
    text = ("ANKARA The Turkish president held telephone talks with several leaders of the region on Tuesday, "
            "according to readouts the presidency published on its website. He spoke with the Azerbaijani president "
            "and with the Prime Minister of Hungary, and in both calls he raised the situation in the Caucasus and the "
            "need for an early ceasefire. The two sides also agreed that their foreign ministers would meet before the "
            "end of the month. Talking with the Hungarian premier, the president thanked him for the suppo")
    assert clean.body_spans(text) == [(0, text.rindex(" suppo"))]


def test_a_sentence_broken_over_two_lines_reads_on_in_the_masked_text() -> None:
    text = "Published: June 4, 2025\nCho talked with Walter Finch, Washington's\nSpecial Envoy, on Monday.\n"
    assert clean.masked(text, clean.body_spans(text)).splitlines()[-1].endswith("Washington's Special Envoy, on Monday.")


def test_a_photo_caption_run_into_the_end_of_a_paragraph_leaves_the_paragraph_body():
    prose = ("With ties strained over the dispute, Foreign Minister Ana Lopes and Karl Berg, her Swedish counterpart, "
             "talked about security in the region and about closer work in fields such as defence.")
    text = (f"Lopes and Berg discuss security\n\n{prose} Foreign Minister Ana Lopes. (Photo: Reuters / X)\n\n"
            "According to a readout, the two officials spoke by phone on Wednesday and agreed to meet again soon.\n")
    bodies = [text[s:e] for s, e in clean.body_spans(text)]
    assert prose in bodies
    assert not any("Photo" in b for b in bodies)
