"""Cross-article identity of calls: an undated call an article reports as news is the dated call of the pair from
the days before the article, never one from years earlier; a month and day match only within the year before."""
from __future__ import annotations

from kg.things import CallReport, call_group, calls, dates_of

PAIR = ("a", "b")


def report(iri: str, article: str, date: str | None = None, month_day: str | None = None,
           article_date: str | None = None, earlier: bool = False) -> CallReport:
    return CallReport(iri=iri, article=article, participants=PAIR, date=date, month_day=month_day, earlier=earlier,
                      article_date=article_date, number=1)


def told(reports: list[CallReport]) -> dict[str, str | None]:
    return dates_of(call_group("a b", reports))


def test_an_undated_call_is_the_pairs_call_of_the_days_before_the_article():
    reports = [report("dated", "a1", date="2024-04-03", article_date="2024-04-03"),
               report("undated", "a2", article_date="2024-04-05")]
    assert told(reports) == {"undated": "2024-04-03"}
    [call], of_undated = calls(call_group("a b", reports))
    assert call.date == "2024-04-03" and of_undated == {"undated": call}


def test_an_undated_call_is_never_a_call_of_the_pair_years_earlier():
    reports = [report("dated", "a1", date="2022-10-23", article_date="2022-10-24"),
               report("undated", "a2", article_date="2024-04-03")]
    assert told(reports) == {"undated": None}
    (dated, own), of_undated = calls(call_group("a b", reports))
    assert dated.date == "2022-10-23" and own.date is None and own.own == "a2/1" and of_undated == {"undated": own}


def test_a_month_and_day_match_only_within_the_year_before_the_article():
    reports = [report("old", "a1", date="2022-10-23", article_date="2022-10-24"),
               report("new", "a2", date="2024-10-23", article_date="2024-10-24"),
               report("told", "a3", month_day="--10-23", article_date="2024-11-02")]
    assert told(reports) == {"told": "2024-10-23"}


def test_an_article_never_merges_an_undated_call_into_a_call_it_dates_itself():
    reports = [report("dated", "a1", date="2024-04-03", article_date="2024-04-05"),
               report("undated", "a1", article_date="2024-04-05")]
    assert told(reports) == {"undated": None}


def test_the_calls_do_not_depend_on_the_order_of_the_reports():
    reports = [report("dated", "a1", date="2024-04-03", article_date="2024-04-03"),
               report("other", "a3", date="2024-04-01", article_date="2024-04-02"),
               report("undated", "a2", article_date="2024-04-05"),
               report("md", "a4", month_day="--04-01", article_date="2024-04-06")]
    assert calls(call_group("a b", reports)) == calls(call_group("a b", list(reversed(reports))))
