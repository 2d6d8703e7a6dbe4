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


def test_more_currency_spellings():
    from kg.extract.amounts import find_money, local_dollar
    assert [(m.amount, m.currency) for m in find_money("50m euros and €50mn and EUR 50 million")] == \
        [(Decimal("50000000"), "EUR")] * 3
    assert find_money("NT$2 billion")[0].currency == "TWD"
    assert find_money("2 billion krona")[0].currency is None  # the donor's crown
    text = "a further $50 million"
    assert local_dollar(text, text.index("$"), "USD", "AU", "worth 50 million Australian dollars") == "AUD"
    text = "US$50 million"
    assert local_dollar(text, 0, "USD", "AU", "Australian dollars") == "USD"


def test_amounts_in_words():

    # "kronor" is Sweden's, but wires write it of Norway's too: the donor decides, as for "kroner"
    assert [(m.amount, m.currency) for m in find_money("Of the aid, nine billion kronor goes to industry")] == \
        [(Decimal("9000000000"), None)]
    assert [(m.amount, m.currency) for m in find_money("nine billion Swedish kronor")] == \
        [(Decimal("9000000000"), "SEK")]
    assert [(m.amount, m.currency) for m in find_money("half a billion euros in aid")] == [(Decimal("500000000"), "EUR")]
    assert find_money("one million people fled") == []


def test_the_financial_press_prefixes_for_nordic_crowns():

    found = [(m.amount, m.currency) for m in find_money("worth Skr1bn ($93.59m); NKr 2bn and DKr300mn")]
    assert found == [(1000000000, "SEK"), (93590000, "USD"), (2000000000, "NOK"), (300000000, "DKK")]


def test_philippine_pesos_with_a_scale_word_and_no_aircraft_names():

    assert [(m.amount, m.currency) for m in find_money("given P183 million worth of arms, or ₱29.2 billion")] == [
        (Decimal("183000000"), "PHP"), (Decimal("29200000000.0"), "PHP")]
    assert find_money("a P-8 aircraft and a P5 rifle") == []


def test_the_naira_letter_before_a_sum_of_millions():
    from kg.extract.amounts import find_money
    assert [(m.amount, m.currency) for m in find_money("worth roughly N2 billion (£900,000)")] == [
        (2_000_000_000, "NGN"), (900_000, "GBP")]


def test_the_malaysian_press_scales_mil_and_bil():
    assert [(m.amount, m.currency) for m in find_money("Biden authorised US$571.3mil in military aid")] == \
        [(Decimal("571300000.0"), "USD")]


def test_other_iso_codes_before_a_sum_only_in_capitals():
    assert [(m.amount, m.currency) for m in find_money("valued at about CNY76 million and RMB 5 million, a TRY 3 billion "
                                                       "deal")] == [(Decimal("76000000"), "CNY"), (Decimal("5000000"), "CNY"),
                                                                    (Decimal("3000000000"), "TRY")]
    assert find_money("they try 3 times") == []


def test_can_dollars_and_aud_dollars():
    assert [(m.amount, m.currency) for m in find_money("CAN$400 million and AUD$20 million")] == [
        (Decimal("400000000"), "CAD"), (Decimal("20000000"), "AUD")]


def test_the_australian_press_puts_the_dollar_sign_before_the_country():
    assert [(m.amount, m.currency) for m in find_money("a donation of $NZ13 million ($A11.94 million)")] == [
        (Decimal("13000000"), "NZD"), (Decimal("11940000"), "AUD")]


def test_the_turkish_lira_as_tl_and_a_decimal_comma_before_a_scale_word():
    assert [(m.amount, m.currency) for m in find_money("Turkey to provide 3,3 million TL; in all 3,300,000 TL")] == [
        (Decimal("3300000"), "TRY"), (Decimal("3300000"), "TRY")]
    assert [m.amount for m in find_money("$1,500 million")] == [Decimal("1500000000")]


def test_rupees_in_crore_and_lakh_as_the_south_asian_press_writes_them():
    assert [(m.amount, m.currency) for m in find_money("stores worth ₹35 crore, a Rs. 1,200 crore deal, Rs 5 lakh")] == [
        (Decimal("350000000"), "INR"), (Decimal("12000000000"), "INR"), (Decimal("500000"), "INR")]


def test_shillings_bare_and_by_their_country():
    assert [(m.amount, m.currency) for m in find_money(
        "worth 500 million Shillings ($4.9 million), 220 million Kenyan Shillings and 1.2 billion Ugandan shillings")] == [
        (Decimal("500000000"), "KES"), (Decimal("4900000.0"), "USD"), (Decimal("220000000"), "KES"),
        (Decimal("1200000000.0"), "UGX")]


def test_us_dollars_written_before_the_sum():
    assert [(m.amount, m.currency) for m in find_money("Worth US dollars 106 million (Ksh 11 billion), the grant")] == [
        (Decimal("106000000"), "USD"), (Decimal("11000000000"), "KES")]
