"""Titles of officials: the words a title is built from, and their normalization ("Defence Minister" ->
"Minister of Defense")."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.names import ARABIC_STYLES
from kg.reference import country_aliases, country_code, fold

HEADS = {
    "secretary", "minister", "chairman", "chairwoman", "chair", "chief", "head", "ambassador", "president",
    "vice-president", "premier", "chancellor", "commander", "commander-in-chief", "general-in-chief", "general",
    "admiral", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "director", "envoy",
    "counterpart", "deputy", "undersecretary", "under-secretary", "king", "emir", "leader", "marshal",
    "representative", "attaché", "attache", "official", "officer", "colonel", "lieutenant", "major",
    "mantri", "inspector", "aide", "councilor", "councillor", "counselor", "counsellor", "chancellor", "prince", "emperor", "sheikh",
    "sultan", "queen", "monarch", "ruler", "taoiseach", "governor", "senator", "speaker", "mayor", "commissioner",
    "chargé", "charge",
}
# words that may sit inside a title phrase without being its head (an Arabic style ends one: "Foreign Minister Sayyid")
MODIFIERS = ARABIC_STYLES | {
    "defense", "defence", "foreign", "prime", "press", "national", "security", "joint", "chiefs", "staff",
    "general", "state", "armed", "forces", "army", "navy", "air", "force", "military", "intelligence",
    "ministry", "department", "directorate", "war", "homeland", "interior", "affairs", "permanent", "top",
    "senior", "acting", "first", "vice", "assistant", "principal", "policy", "office", "council", "union",
    "european", "nations", "united", "federal", "defensive", "common", "main", "chief", "deputy", "head",
    "commander", "supreme", "allied", "operations", "naval", "general's", "pentagon", "kremlin", "nato",
    "white", "house", "cabinet", "parliamentary", "under", "strategic", "command", "ground", "land",
    "marine", "corps", "space", "coast", "guard", "ministry's", "defense's", "gen", "gen.", "adm", "adm.",
    "lt", "lt.", "col", "col.", "maj", "maj.", "sgt", "mr", "mr.", "ms", "ms.", "dr", "dr.", "sir",
    "secretary", "minister", "chairman", "general-in-chief", "commander-in-chief", "ambassador",
    "president", "staff's", "s", "european", "central", "regional", "special", "presidential", "administration",
    "raksha", "high", "armed", "forces", "crown", "royal", "highness", "majesty", "defensive", "chiefs", "prime", "elect",
    "d'affaires", "d’affaires", "affaires", "d'", "d’", "ad", "interim", "embassy",
}
CONNECTORS = {"of", "the", "to", "for", "and", "at", "on", "in"}
TERM_MODIFIERS = {"new", "newly", "incoming", "acting", "interim", "current", "caretaker"}  # "Ireland's new foreign
# minister": words of the term inside a title, no part of the post
RANKS = {"gen", "gen.", "general", "adm", "adm.", "admiral", "lt", "lt.", "col", "col.", "maj", "maj.", "army",
         "air", "marshal", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sir", "sgt", "sgt.", "hon", "hon.",
         "shri", "smt", "rear", "vice", "lieutenant", "brig", "brig.", "capt", "capt.", "captain", "commodore", "honourable", "honorable",
         "comrade", "respected", "excellency"}
NOT_ROLES = {"official", "officer", "counterpart", "representative", "leader"}
# all-capital abbreviations of posts that the press writes before a name ("PM Modi", "FM Lavrov", "EAM Jaishankar")
ABBREVIATED_TITLES = {"PM": "Prime Minister", "FM": "Foreign Minister", "EAM": "External Affairs Minister",
                      "NSA": "National Security Adviser"}
ABBREVIATED_TITLE = re.compile(r"\b(?:" + "|".join(ABBREVIATED_TITLES) + r")\b")

# Informal names of one post. Titles are otherwise kept in the source's own words and order ("Defence Minister",
# "Minister of National Defence", "Defence Secretary"): posts differ between countries, so a title is not rewritten
# into another country's form (a British "Defence Secretary" is no "Secretary of Defense").
SYNONYMS = {
    "pentagon chief": "secretary of defense",
    "head of the pentagon": "secretary of defense",
    "chairman of the joint chiefs": "chairman of the joint chiefs of staff",
    "head of the joint chiefs of staff": "chairman of the joint chiefs of staff",
    "chief of the joint chiefs of staff": "chairman of the joint chiefs of staff",
    "pentagon press secretary": "press secretary",
    "general staff chief": "chief of the general staff",
    "national security advisor": "national security adviser",
    "armed forces chief": "commander-in-chief of the armed forces",
}
# military ranks written between a title and the name ("Minister of Defense General of the Army Sergei Shoigu",
# "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder"): the title ends before them
RANK_WORDS = {"general", "admiral", "marshal", "colonel", "major", "captain", "lieutenant", "gen", "adm", "lt", "col",
              "maj", "capt", "brig", "sgt", "senior"}
# ranks of general and flag officers, who hold military office however the text names their post
FLAG_RANKS = {"general", "gen", "admiral", "adm", "marshal", "brigadier", "brig", "commodore"}
SERVICE_WORDS = {"air", "force", "army", "navy", "naval", "marine", "corps", "space", "rear", "vice", "senior"}
# words that name a post only together with a more specific head ("military officer", "ministry official")
# titles whose head is followed by "General" ("Secretary General", "Inspector General")
GENERAL_TITLES = {"secretary", "inspector", "attorney", "director", "surgeon", "governor", "solicitor", "advocate",
                  "adjutant", "quartermaster", "postmaster", "consul", "procurator", "prosecutor", "commissioner"}
VAGUE_HEADS = {"official", "officer", "counterpart", "officials"}
# a state's formal name left behind once the country word is dropped ("of the Republic", "of the Kingdom")
STATE_TAIL = re.compile(r"(?:\s+(?:of|for)\s+(?:(?:the\s+)?(?:republic|kingdom|federation|people's republic|commonwealth|union)|the\s+state))+$")

# Organizations (and seats) that name their country when a title mentions them.
ORG_COUNTRY = {
    "pentagon": "US", "white house": "US", "department of defense": "US",
    "kremlin": "RU", "bundeswehr": "DE", "downing street": "GB", "elysee": "FR", "raksha mantri": "IN",
    "idf": "IL", "israel defense forces": "IL", "pla": "CN", "people's liberation army": "CN",
    "secretary of state for defence": "GB", "secretary of state for defense": "GB",
    "high representative": "EU",
    "nato": "NATO", "european union": "EU", "european council": "EU", "european commission": "EU",
    "council of the eu": "EU", "council of the european union": "EU", "european parliament": "EU",
}


@lru_cache(maxsize=8192)
def is_title_word(word: str) -> bool:
    if word in ABBREVIATED_TITLES:
        return True
    w = fold(word)
    return w in HEADS or w in MODIFIERS or w.rstrip(".") in RANKS or _plural_head(w) is not None


# plural heads that title each person of a list ("Presidents Joe Biden and Xi Jinping"); not "leaders" or "chiefs",
# which describe people already named ("the two leaders", "the Joint Chiefs")
PLURAL_HEADS = {"presidents": "president", "ministers": "minister", "secretaries": "secretary", "chancellors": "chancellor",
                "premiers": "premier", "ambassadors": "ambassador", "envoys": "envoy", "advisers": "adviser",
                "advisors": "advisor", "commanders": "commander", "kings": "king", "spokespeople": "spokesperson"}


def _plural_head(word: str) -> str | None:
    """"presidents" -> "president", "ministers" -> "minister"; None for any other word."""
    return PLURAL_HEADS.get(word)


def head_of(words: list[str]) -> str | None:
    """The head noun of a title phrase ("Russian Defense Minister" -> "minister")."""
    heads = [fold(w) for w in words if fold(w) in HEADS]
    return heads[0] if heads else None


@cache
def _multiword_countries() -> re.Pattern:
    """Country names and adjectives of several words ("North Korean", "Russian Federation", "People's Republic of
    China"), longest first."""
    aliases = sorted((a for a in country_aliases() if " " in a), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")(?:'s)?\b", re.IGNORECASE)


def _without_countries(phrase: str) -> tuple[str, str | None]:
    """The phrase without the multi-word country names in it, and the first such country."""
    found = None

    def drop(match: re.Match) -> str:
        nonlocal found
        text = fold(match.group(0)).removesuffix("'s")
        if not match.group(0)[:1].isupper():
            return match.group(0)
        found = found or country_code(text)
        return " "

    def drop_state(match: re.Match) -> str:
        nonlocal found
        words = re.findall(r"[A-Z][\w'-]+", match.group(0))
        found = found or country_code(" ".join(words)) or next((code for w in words for code in [country_code(w)] if code), None)
        return " "
    phrase = STATE_FORM.sub(drop_state, phrase)  # "President of the Syrian Arab Republic": the state, by its form
    return _multiword_countries().sub(drop, phrase), found


STATE_FORM = re.compile(r"\bof\s+the\s+(?:[A-Z][\w'-]+\s+){0,3}(?:Republic|Kingdom|Federation|States?|Emirates|Sultanate|"
                        r"Confederation|Commonwealth)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?(?![’']s)")


def _rank_follows(words: list[str], i: int) -> bool:
    """words[i] is a military rank before a name, not part of a title ("General Staff", "General Directorate")."""
    rest = [fold(w).rstrip(".") for w in words[i + 1:i + 4]]
    if not rest or rest[0] in RANK_WORDS | SERVICE_WORDS or rest[:3] in (["of", "the", "army"], ["of", "the", "air"]) \
            or rest == ["of", "the"]:
        return True
    return rest[0] not in HEADS | MODIFIERS | CONNECTORS


@lru_cache(maxsize=4096)
def names_post(phrase: str) -> bool:
    """The phrase places its holder in some post, even one too vague to name ("his counterpart", "the top U.S.
    military officer")."""
    return normalize_role(phrase) is not None or any(fold(w).strip(",.") in VAGUE_HEADS for w in phrase.split())


@lru_cache(maxsize=4096)
def normalize_role(phrase: str) -> str | None:
    """A title phrase as a normalized post title, or None when it names no post ("counterpart", "official")."""
    informal = _informal_post(phrase)
    if informal:
        return informal
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase)  # "National Security Advisor (NSA)": the acronym says it again
    phrase = ABBREVIATED_TITLE.sub(lambda m: ABBREVIATED_TITLES[m.group(0)], phrase)
    phrase, country = _without_countries(phrase.replace("’", "'"))
    words = [w for w in re.split(r"\s+", phrase.strip(" ,-–—")) if w and w not in {"-", "–", "—"}]
    kept = []
    for i, original in enumerate(words):
        w = fold(original)
        bare = w.removesuffix("'s")
        bare = (_plural_head(bare) or bare) if not (i and fold(words[i - 1]) == "of") else bare  # "Cabinet of Ministers"
        if original[:1].isupper() and country_code(original.removesuffix("'s")):
            country = country or country_code(original.removesuffix("'s"))
            continue
        if bare in {"top", "his", "her", "their", "its", "a", "an", "majesty", "highness"} | TERM_MODIFIERS:
            continue
        if bare == "senior" and not (i + 1 < len(words) and fold(words[i + 1]).rstrip(".") in RANK_WORDS):
            continue
        if bare.rstrip(".") in RANKS and kept == [] and len(words) > 1 and not (
                bare in {"vice", "deputy"} and i + 1 < len(words) and fold(words[i + 1]) in (HEADS | MODIFIERS) - RANK_WORDS):
            continue
        if kept and bare.rstrip(".") in RANK_WORDS and any(k in HEADS - RANK_WORDS for k in kept) \
                and kept[-1] not in GENERAL_TITLES and _rank_follows(words, i):
            while kept and kept[-1].rstrip(".") in SERVICE_WORDS:  # "... Air Force Maj. Gen. Pat Ryder"
                kept.pop()
            break
        kept.append(bare)
    while kept and kept[0] in {"the", "of", "to", "and", "for"}:
        kept.pop(0)
    while kept and (kept[-1] in CONNECTORS | {"from"} or kept[-1].rstrip(".") in RANKS - {"general", "admiral", "marshal"}):
        kept.pop()
    if not kept:
        return None
    role = STATE_TAIL.sub("", " ".join(kept).replace("defence", "defense"))
    role = SYNONYMS.get(role, role)
    words = role.replace("-", " ").split()
    if role == "leader" and country:  # "North Korean leader Kim Jong-un"
        return role
    if role in NOT_ROLES or not any(w in HEADS for w in words + [role]):
        return None
    if words[-1] in VAGUE_HEADS and not any(w in HEADS - VAGUE_HEADS for w in words[:-1]):
        return None
    return role


INFORMAL = re.compile(r"\b(pentagon (?:chief|head|boss)|head of the pentagon|kremlin (?:chief|leader))\b", re.IGNORECASE)
INFORMAL_POSTS = {"pentagon": "secretary of defense", "head of the pentagon": "secretary of defense", "kremlin": "president"}


def _informal_post(phrase: str) -> str | None:
    """Nicknames of posts that name an institution rather than a country ("Pentagon chief", "Kremlin leader")."""
    match = INFORMAL.search(phrase)
    if not match:
        return None
    words = fold(match.group(1))
    return INFORMAL_POSTS.get(words) or INFORMAL_POSTS.get(words.split()[0])


@lru_cache(maxsize=4096)
def country_in_title(phrase: str) -> str | None:
    """The country a title phrase names: an adjective or name ("Russian", "Finland's") or an organization."""
    phrase = phrase.replace("’", "'")
    parts = re.split(r"\s[–—-]\s", phrase)
    if len(parts) > 1 and parts[0].strip().isupper():
        phrase = parts[-1]  # "BUENOS AIRES – US President": the dateline's city is not the post's country
    found = [(m.start(), country_code(fold(m.group(0)).removesuffix("'s"))) for m in _multiword_countries().finditer(phrase)
             if m.group(0)[:1].isupper()]
    found += [(m.start(), country_code(m.group(0))) for m in re.finditer(r"[\w.'\-]+", phrase) if m.group(0)[:1].isupper()]
    # the first country named, not the one a post is accredited to ("Russian Ambassador to the United States")
    counterpart = "counterpart" in phrase.lower()  # "his counterpart in Argentina": the counterpart's country
    found = sorted((i, code) for i, code in found if code and (counterpart or not re.search(r"\b(?:to|in|at)\s+(?:the\s+)?$", phrase[:i])))
    if found:
        return found[0][1]
    folded = fold(phrase)
    for org, code in ORG_COUNTRY.items():
        if re.search(rf"\b{re.escape(org)}\b", folded):  # (not the "nato" of "senator")
            return code
    return None


def display(role: str) -> str:
    small = {"of", "the", "to", "for", "and", "in", "on", "at"}
    words = role.split()
    out = []
    for i, w in enumerate(words):
        if w in small and i:
            out.append(w)
        elif w in {"nato", "eu", "un"}:
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)
