import pytest

from kg.publisher import government_of


@pytest.mark.parametrize("url, country", [
    ("https://www.gov.uk/government/news/pm-call", "GB"),
    ("https://www.president.gov.ua/en/news/x", "UA"),
    ("https://www.mofa.go.jp/press/release/x.html", "JP"),
    ("https://www.defense.gov/News/Releases/x/", "US"),
    ("https://pm.gc.ca/en/news/readouts/x", "CA"),
    ("http://en.kremlin.ru/events/president/news/1", "RU"),
    ("https://www.elysee.fr/en/emmanuel-macron/x", "FR"),
    ("https://www.bbc.co.uk/news/world-1", None),
    ("https://www.reuters.com/world/x", None),
    ("not a url", None),
    (None, None),
])
def test_the_government_publishing_at_an_address(url, country):
    assert government_of(url) == country
