"""The government an article's web address belongs to, if any: its readouts name their own principal by post alone."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from kg.reference import _rows, country_code

GOVERNMENT_DOMAIN = re.compile(r"(?:^|\.)(?:gov|gouv|go|govt|gob|gv)\.([a-z]{2})$")  # "mofa.go.jp", "gov.pl"
US_DOMAINS = re.compile(r"(?:^|\.)(?:gov|mil)$")
COUNTRY_DOMAINS = {"uk": "GB"}  # country-code domains that are not the ISO code


@lru_cache(maxsize=1)
def _sites() -> dict[str, str]:
    return {host: country for host, country in _rows("government_sites.tsv", 2)}


def government_of(url: str | None) -> str | None:
    """The ISO country code of the government publishing at `url` ("https://www.gov.uk/..." -> "GB"), or None for
    any other site (a news outlet's country says nothing of whom "the Prime Minister" is)."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().removeprefix("www.")
    parts = host.split(".")
    for at in range(len(parts)):
        country = _sites().get(".".join(parts[at:]))
        if country:
            return country
    if host.endswith(".gc.ca") or host == "gc.ca":
        return "CA"
    match = GOVERNMENT_DOMAIN.search(host)
    if match:
        code = COUNTRY_DOMAINS.get(match.group(1), match.group(1).upper())
        return code if country_code(code) == code else None
    return "US" if US_DOMAINS.search(host) else None
