"""Human titles: dates, amounts with their currency, family names, calls and packages."""
from __future__ import annotations

import pytest

from kg.linked.titles import (Person, call_title, human_date, money, package_title, short_money, short_name,
                              two_lines)


@pytest.mark.parametrize("value, expected", [
    ("2022-05-13", "13 May 2022"), ("2024-12-03", "3 December 2024"), ("2022-05", "May 2022"), ("--05-13", "13 May"),
    ("2022-05-13T10:00:00Z", "13 May 2022"), ("sometime", "sometime"), ("", ""), (None, ""),
])
def test_dates_as_people_write_them(value, expected):
    assert human_date(value) == expected


@pytest.mark.parametrize("value, currency, expected", [
    ("650000000", "EUR", "€650,000,000"), (245000000, "AUD", "A$245,000,000"), ("2200000000", "DKK", "DKK\u00a02,200,000,000"),
    ("150000000.00", "GBP", "£150,000,000"), ("12.5", "USD", "$12.50"), ("1000", None, "1,000"), ("lots", "EUR", "lots EUR"),
])
def test_amounts_with_their_currency(value, currency, expected):
    assert money(value, currency) == expected


@pytest.mark.parametrize("value, currency, expected", [
    ("650000000", "EUR", "€650M"), ("2200000000", "DKK", "DKK\u00a02.2B"), ("1500000", "USD", "$1.5M"),
    ("50000", "GBP", "£50K"), ("900", "EUR", "€900"),
])
def test_short_amounts_for_labels(value, currency, expected):
    assert short_money(value, currency) == expected


@pytest.mark.parametrize("name, country, expected", [
    ("Lloyd Austin", "US", "Austin"), ("Lloyd J. Austin III", "US", "Austin"), ("Sergei Shoigu", "RU", "Shoigu"),
    ("Ursula von der Leyen", "DE", "von der Leyen"), ("Mohammed bin Salman", "SA", "bin Salman"),
    ("Dong Jun", "CN", "Dong"), ("Kim Yong-hyun", "KR", "Kim"), ("Wladyslaw Kosiniak-Kamysz", "PL", "Kosiniak-Kamysz"),
    ("Zelensky", "UA", "Zelensky"), ("Martin Luther King Jr.", None, "King"),
])
def test_family_names(name, country, expected):
    assert short_name(name, country) == expected


def test_call_titles():
    austin, shoigu = Person("Lloyd Austin", "US"), Person("Sergei Shoigu", "RU")
    assert call_title([shoigu, austin], "2022-05-13") == "Austin – Shoigu, 13 May 2022"
    assert call_title([austin, shoigu], "2022-05-13", short=False) == "Lloyd Austin – Sergei Shoigu, 13 May 2022"
    assert call_title([austin, shoigu], None) == "Austin – Shoigu, date unknown"
    kims = [Person("Kim Jong Un", "KP"), Person("Kim Yong-hyun", "KR")]
    assert call_title(kims, "2024-01-02") == "Kim Jong Un – Kim Yong-hyun, 2 January 2024"  # one family name: in full
    many = [austin, shoigu, Person("Dmytro Kuleba", "UA"), Person("Antony Blinken", "US"), Person("Wang Yi", "CN")]
    assert call_title(many, "2022-05-13") == "Austin, Blinken, Kuleba and 2 others, 13 May 2022"
    assert call_title([], "2022-05-13") == "Call, 13 May 2022"


def test_package_titles_and_graph_labels():
    assert package_title("Germany", "Ukraine", "650000000", "EUR") == "Germany → Ukraine, €650,000,000"
    assert package_title("Germany", "Ukraine", "650000000", "EUR", short=True) == "Germany → Ukraine, €650M"
    assert package_title("Germany", None) == "Germany → ?"
    assert two_lines("Austin – Shoigu, 13 November 2022") == "Austin – Shoigu\n13 Nov 2022"
    assert two_lines("Germany → Ukraine, €650M") == "Germany → Ukraine\n€650M"
    assert two_lines("Lloyd Austin") == "Lloyd Austin"
