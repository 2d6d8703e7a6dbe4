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


def test_the_tables_own_spelling_wins_a_tie_of_two_first_name_forms_and_a_formal_seyed_is_kept():
    from kg.things import known_name
    assert known_name("Abbas Araghchi", {"Seyed Abbas Araghchi": 3}) == "Seyed Abbas Araghchi"
    assert known_name("Abbas Araghchi", {"Abbas Araghchi": 3, "Seyed Abbas Araghchi": 1}) == "Abbas Araghchi"
    from kg.names import person_key
    assert person_key("Seyed Abbas Araghchi") == person_key("Abbas Araghchi")


def test_styles_before_a_name_are_no_part_of_it(extract):
    import datetime as dt
    facts = extract("Prime Minister Shehbaz Sharif also spoke by phone with Malaysia's Prime Minister, Dato' Seri Anwar "
                    "Ibrahim, on Saturday. Turkish "
                    "Foreign Minister Hakan Fidan spoke by phone with Oman's Foreign Minister Sayyid Badr Albusaidi.",
                    dt.date(2025, 6, 8))
    names = {o.name for o in facts.officials}
    assert "Anwar Ibrahim" in names and "Badr Albusaidi" in names


def test_a_name_written_family_name_first_as_its_countrys_sources_may_is_the_tables_person():
    from kg.reference import known_officials
    from kg.names import person_key
    table = known_officials()
    assert table.get(person_key("Putin Vladimir")) is table.get(person_key("Vladimir Putin")) is not None
