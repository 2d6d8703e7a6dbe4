from kg.names import capitalized_family_first, person_key


def test_japanese_family_name_in_capitals_goes_last():
    assert capitalized_family_first("KIHARA Minoru") == "Minoru Kihara"


def test_korean_and_chinese_family_names_stay_first():
    assert capitalized_family_first("SHIN Won-sik") == "Shin Won-sik"
    assert capitalized_family_first("DONG Jun") == "Dong Jun"


def test_initials_are_not_a_family_name():
    assert capitalized_family_first("JD Vance") == "JD Vance"


def test_honorifics_do_not_enter_the_key():
    assert person_key("Shri Narendra Modi") == person_key("Narendra Modi")
