import datetime as dt

from hypothesis import given, settings, strategies as st

from kg.extract import amounts, dates
from kg.extract.dates import find_dates


def test_weekday_is_the_last_one_on_or_before_publication():
    [expr] = find_dates("spoke on Friday", dt.date(2022, 5, 14))
    assert expr.date == dt.date(2022, 5, 13)


def test_month_day_takes_the_publication_year():
    [expr] = find_dates("on Aug. 30", dt.date(2024, 9, 19))
    assert expr.date == dt.date(2024, 8, 30)


def test_dateline_gives_the_publication_date():
    import datetime as dt
    from kg.pubdate import find_publication_date
    text = "WASHINGTON, March 3 (Reuters) - The Pentagon said on Friday ... the 2024 budget, by 2027 ..."
    assert find_publication_date(text) == dt.date(2024, 3, 3)



def test_a_captions_weekday_and_date_is_no_dateline():
    from kg.pubdate import story_day
    text = "Thursday, April 28, 2022: the minister makes his opening statement to a committee.\n\nOn Saturday ..."
    assert story_day(text, dt.date(2022, 4, 30)) == dt.date(2022, 4, 30)
    assert story_day("KYIV, April 28 (Reuters) - The minister said ...", dt.date(2022, 4, 30)) == dt.date(2022, 4, 28)


FRAGMENTS = ["on ", "last ", "this ", "earlier on ", "Friday", "SUNDAY", "monday", "Mondays", "today", "Today's",
             "this morning", "this  morning", "tonight", "earlier today", "yesterday", "last night", "Aug. 30",
             "30 August", "2024-03-01", "3", "$5 million", "٣", " ", ",", ".", "-", "x", "ſ", "K", "İ", "é", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_prefilters_never_skip_a_match(text: str) -> None:
    """find_dates and find_money skip their patterns when a cheap search finds nothing they could match on."""
    if any(p.search(text) for p in (dates.WEEKDAY, dates.TODAY, dates.YESTERDAY)):
        assert dates.DAY_WORD.search(text)
    if any(p.search(text) for p in (dates.ISO, dates.MONTH_DAY, dates.DAY_MONTH, amounts.SYMBOL_FIRST,
                                    amounts.CODE_FIRST, amounts.WORD_AFTER)):
        assert dates.DIGIT.search(text) and amounts.DIGIT.search(text)


def test_the_night_of_a_day_of_the_month_is_that_day():
    [expr] = find_dates("On the night of the 14th, the minister spoke with his counterpart.", dt.date(2023, 6, 15))
    assert expr.date == dt.date(2023, 6, 14)


def test_a_days_name_told_with_its_date_is_that_date():
    assert [e.date for e in find_dates("He called on Friday, 21 November, from the palace.", dt.date(2026, 1, 2))] == [
        dt.date(2025, 11, 21)]
