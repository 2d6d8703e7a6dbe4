"""Cross-article identity of calls: an undated call an article reports as news is the dated call of the pair from
the days before the article, never one from years earlier; a month and day match only within the year before."""
from __future__ import annotations

from kg.resolve import CallRow, links

PAIR = frozenset({"http://x/person/a", "http://x/person/b"})


def row(iri: str, article: str, date: str | None = None, month_day: str | None = None,
        article_date: str | None = None, earlier: bool = False) -> CallRow:
    return CallRow(iri=iri, article=article, participants=PAIR, date=date, month_day=month_day, earlier=earlier,
                   article_date=article_date)


def test_an_undated_call_links_to_the_pairs_call_of_the_days_before_the_article():
    rows = [row("dated", "a1", date="2024-04-03", article_date="2024-04-03"),
            row("undated", "a2", article_date="2024-04-05")]
    assert links(rows) == {"undated": "dated"}


def test_an_undated_call_never_links_to_a_call_of_the_pair_years_earlier():
    rows = [row("dated", "a1", date="2022-10-23", article_date="2022-10-24"),
            row("undated", "a2", article_date="2024-04-03")]
    assert links(rows) == {}


def test_a_month_and_day_match_only_within_the_year_before_the_article():
    rows = [row("old", "a1", date="2022-10-23", article_date="2022-10-24"),
            row("new", "a2", date="2024-10-23", article_date="2024-10-24"),
            row("told", "a3", month_day="--10-23", article_date="2024-11-02")]
    assert links(rows) == {"told": "new"}
