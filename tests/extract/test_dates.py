import datetime as dt

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
