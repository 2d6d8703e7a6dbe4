"""The recognition layer: known officials found without a title, family names resolved by term of office on the
article's date, titles from the parse (plural, relative clauses), ranks that do not end a sentence."""
from __future__ import annotations

import datetime as dt

from kg import reference


def names(facts):
    return {o.name for o in facts.officials}


def pairs(facts):
    return sorted(tuple(sorted(facts_name(facts, k) for k in c.participants)) for c in facts.calls)


def facts_name(facts, key):
    return next(o.name for o in facts.officials if o.key == key)


def test_family_names_alone_resolve_to_the_holder_in_office_that_day(extract):
    text = "Erdogan and Putin spoke by phone on Saturday, the Turkish presidency said."
    facts = extract(text, dt.date(2024, 6, 27))
    assert pairs(facts) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert all(o.roles and o.country for o in facts.officials)  # the post held that day and its country


def test_a_family_name_outside_any_term_stays_unresolved(extract):
    # no Hegseth held a post in 2019: the surname alone names nobody the tables know
    facts = extract("Hegseth spoke with Shoigu by phone on Monday.", dt.date(2019, 6, 27))
    assert "Pete Hegseth" not in names(facts)
    assert "Sergei Shoigu" in names(facts)


def test_family_name_first_for_east_asian_holders(extract):
    facts = extract("Xi and Biden held a video call on Monday.", dt.date(2021, 11, 17))
    assert pairs(facts) == [("Joe Biden", "Xi Jinping")]


def test_known_full_name_needs_no_title(extract):
    facts = extract("Keir Starmer spoke to Volodymyr Zelensky on Tuesday.", dt.date(2025, 3, 5))
    assert pairs(facts) == [("Keir Starmer", "Volodymyr Zelensky")]  # the article's spelling, the table's an alias


def test_the_social_network_x_is_no_king(extract):
    facts = extract("Rubio said on X that he had a good call with Lammy.", dt.date(2025, 3, 4))
    assert not any("Frederik" in n for n in names(facts))


def test_plural_title_before_a_list_of_names(extract):
    facts = extract("Presidents Ana Lopez and Marek Novak held a video call on Monday.", dt.date(2024, 6, 27))
    roles = {o.name: o.roles for o in facts.officials}
    assert roles == {"Ana Lopez": ("President",), "Marek Novak": ("President",)}


def test_title_in_a_relative_clause(extract):
    facts = extract("Adm. Tomas Weller, who serves as Estonia's defence minister, spoke by phone with the Pentagon.")
    weller = next(o for o in facts.officials if o.name == "Tomas Weller")
    assert weller.roles == ("Defense Minister",) and weller.country == "EE"


def test_ranks_with_a_full_stop_do_not_end_the_sentence(nlp):
    doc = nlp("The spokesman, Brig. Gen. Pat Ryder, said so. Then Lt. Col. Ann Lee spoke.")
    assert [s.text for s in doc.sents] == ["The spokesman, Brig. Gen. Pat Ryder, said so.", "Then Lt. Col. Ann Lee spoke."]


def test_secretary_of_state_and_informal_posts():
    from kg.extract.titles import normalize_role
    assert normalize_role("U.S. Secretary of State") == "secretary of state"
    assert normalize_role("Pentagon chief") == "secretary of defense"
    assert normalize_role("Saudi Crown Prince") == "crown prince"


def test_office_terms_answer_who_held_a_post_on_a_day():
    assert [t.name for t in reference.holders("RU", "defence_minister", dt.date(2023, 1, 1))] == ["Sergei Shoigu"]
    assert [t.name for t in reference.holders("RU", "defence_minister", dt.date(2024, 6, 1))] == ["Andrei Belousov"]
    assert reference.post_label("head_of_government", "DE") == "Chancellor"


def test_an_unnamed_counterpart_is_the_holder_of_the_same_post_that_day(extract):
    facts = extract("Defence Minister Li Shangfu held a video call with his Russian counterpart on Tuesday.",
                    dt.date(2023, 6, 14))
    assert pairs(facts) == [("Li Shangfu", "Sergei Shoigu")]
    inferred = next(o for o in facts.officials if o.name == "Sergei Shoigu")
    assert inferred.country == "RU" and inferred.confidence < 0.8


def test_a_defence_ministers_counterpart_is_never_the_other_sides_president(extract):
    text = ("President Emmanuel Macron is expected in Berlin next week. On Sunday, Defence Minister Sergei Shoigu "
            "spoke by telephone with his counterparts from France and Turkey.")
    facts = extract(text, dt.date(2022, 10, 24))
    assert ("Emmanuel Macron", "Sergei Shoigu") not in pairs(facts)
    assert ("Hulusi Akar", "Sergei Shoigu") in pairs(facts)


def test_a_given_name_spelled_another_way_is_the_holder_in_office(extract):
    facts = extract("Defense Minister Sergeiy Shoigu spoke by phone with Defense Secretary Lloyd Austin on Friday.",
                    dt.date(2022, 10, 24))
    assert pairs(facts) == [("Lloyd Austin", "Sergeiy Shoigu")]
    assert next(o for o in facts.officials if o.country == "RU").key == "sergei-shoigu"
