from decimal import Decimal

from kg.extract.amounts import find_money


def test_code_first_and_scale():
    [money] = find_money("worth SEK 7.1 billion.")
    assert (money.amount, money.currency) == (Decimal("7100000000"), "SEK")


def test_qualified_crowns():
    [money] = find_money("1.5 billion Norwegian crowns")
    assert money.currency == "NOK"


def test_prefixed_dollar():
    [money] = find_money("an additional A$50 million package")
    assert (money.amount, money.currency) == (Decimal("50000000"), "AUD")
