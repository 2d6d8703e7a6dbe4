"""Organizations an article names as actors (issue 12): invented sentences, the real model."""
import pytest


def organizations(extract, text: str) -> dict[str, tuple[str, str | None]]:
    return {o.key: (o.name, o.country) for o in extract(text).organizations}


@pytest.mark.parametrize("text, key", [
    ("NATO said on Monday that it would move more jets to the eastern flank.", "NATO"),
    ("The new tranche was announced by the Pentagon on Friday.", "US-DOD"),
    ("According to the State Department, the envoy will travel next week.", "US-DOS"),
    ("A Kremlin statement said the two presidents discussed the grain corridor.", "RU-KREMLIN"),
    ("The European Union and NATO condemned the strike.", "EU"),
    ("The European Union and NATO condemned the strike.", "NATO"),
])
def test_an_organization_that_acts_is_found_by_its_table_name(extract, text, key):
    assert key in organizations(extract, text)


@pytest.mark.parametrize("text, key, name", [
    ("The Russian Defence Ministry said its air defences downed nine drones overnight.", "RU-MOD",
     "Ministry of Defence (Russia)"),
    ("Finland's Ministry of Defence announced a further shipment of shells.", "FI-MOD", "Ministry of Defence (Finland)"),
    ("The Ministry of Foreign Affairs of Lithuania summoned the chargé d'affaires.", "LT-MFA",
     "Ministry of Foreign Affairs (Lithuania)"),
    ("The South Korean Defense Ministry said the launch violated UN resolutions.", "KR-MOD",
     "Ministry of Defence (South Korea)"),
])
def test_a_ministry_is_one_organization_per_country_and_kind(extract, text, key, name):
    assert organizations(extract, text)[key] == (name, key[:2])


def test_a_countrys_defence_ministry_the_table_names_is_that_body(extract):
    assert "US-DOD" in organizations(extract, "The U.S. Defense Department said the drills would go ahead.")


@pytest.mark.parametrize("text", [
    "NATO Secretary General Jens Stoltenberg said the allies were united.",  # a modifier: the person acts
    "Pentagon officials said the shipment had arrived.",
    "The Foreign Ministry said the ambassador had been recalled.",          # whose ministry: no one organization
    "He visited the White House last spring.",                              # a place, not an actor
    "The alliance said it would meet again in June.",                        # "the alliance" alone names no one
])
def test_a_name_that_does_not_act_or_names_no_one_body_is_no_organization(extract, text):
    assert organizations(extract, text) == {}


def test_the_alliance_is_nato_where_the_article_names_nato(extract):
    found = extract("NATO said on Tuesday it had raised its readiness. The alliance said it would meet in June.")
    nato = next(o for o in found.organizations if o.key == "NATO")
    assert len(nato.mentions) == 2


def test_every_sentence_an_organization_acts_in_is_its_evidence(extract):
    text = "The Pentagon said the package was ready. Later the Pentagon announced a second one."
    pentagon = next(o for o in extract(text).organizations if o.key == "US-DOD")
    assert [text[s.start:s.end].strip() for s in pentagon.mentions] == [
        "The Pentagon said the package was ready.", "Later the Pentagon announced a second one."]
