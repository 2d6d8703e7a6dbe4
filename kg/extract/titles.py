"""Titles of officials: the words a title is built from, and their normalization ("Defence Minister" ->
"Minister of Defense")."""
from __future__ import annotations

import re

from kg.reference import country_code, fold

HEADS = {
    "secretary", "minister", "chairman", "chairwoman", "chair", "chief", "head", "ambassador", "president",
    "vice-president", "premier", "chancellor", "commander", "commander-in-chief", "general-in-chief", "general",
    "admiral", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "director", "envoy",
    "counterpart", "deputy", "undersecretary", "under-secretary", "king", "emir", "leader", "marshal",
    "representative", "attaché", "attache", "official", "officer", "colonel", "lieutenant", "major",
    "mantri", "inspector", "aide", "councilor", "councillor", "chancellor",
}
# words that may sit inside a title phrase without being its head
MODIFIERS = {
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
    "raksha", "high", "armed", "forces",
}
CONNECTORS = {"of", "the", "to", "for", "and", "at", "on", "in"}
RANKS = {"gen", "gen.", "general", "adm", "adm.", "admiral", "lt", "lt.", "col", "col.", "maj", "maj.", "army",
         "air", "marshal", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sir", "sgt", "sgt.", "hon", "hon.",
         "shri", "smt", "rear", "vice", "lieutenant", "brig", "brig.", "capt", "capt."}
NOT_ROLES = {"official", "officer", "counterpart", "representative", "leader"}

SYNONYMS = {
    "defense minister": "minister of defense",
    "minister of defense": "minister of defense",
    "defense secretary": "secretary of defense",
    "pentagon chief": "secretary of defense",
    "head of the pentagon": "secretary of defense",
    "foreign minister": "minister of foreign affairs",
    "minister of foreign affairs": "minister of foreign affairs",
    "foreign secretary": "foreign secretary",
    "joint chiefs chairman": "chairman of the joint chiefs of staff",
    "chairman of the joint chiefs": "chairman of the joint chiefs of staff",
    "head of the joint chiefs of staff": "chairman of the joint chiefs of staff",
    "chief of the joint chiefs of staff": "chairman of the joint chiefs of staff",
    "pentagon press secretary": "press secretary",
    "pentagon spokesman": "pentagon spokesman",
    "chief of general staff": "chief of the general staff",
    "general staff chief": "chief of the general staff",
    "national security adviser": "national security adviser",
    "national security advisor": "national security adviser",
    "prime minister": "prime minister",
    "interior minister": "minister of interior",
    "armed forces chief": "commander-in-chief of the armed forces",
}
DOMAIN_MINISTER = re.compile(r"^(defense|foreign|interior|finance|economy|justice|health|energy|trade) (minister|secretary)$")

# Organizations (and seats) that name their country when a title mentions them.
ORG_COUNTRY = {
    "pentagon": "US", "joint chiefs": "US", "white house": "US", "department of defense": "US",
    "kremlin": "RU", "bundeswehr": "DE", "downing street": "GB", "elysee": "FR", "raksha mantri": "IN",
    "idf": "IL", "israel defense forces": "IL", "pla": "CN", "people's liberation army": "CN",
    "secretary of state for defence": "GB", "secretary of state for defense": "GB",
    "high representative": "EU",
    "nato": "NATO", "european union": "EU",
}


def is_title_word(word: str) -> bool:
    w = fold(word)
    return w in HEADS or w in MODIFIERS or w.rstrip(".") in RANKS


def head_of(words: list[str]) -> str | None:
    """The head noun of a title phrase ("Russian Defense Minister" -> "minister")."""
    heads = [fold(w) for w in words if fold(w) in HEADS]
    return heads[0] if heads else None


def normalize_role(phrase: str) -> str | None:
    """A title phrase as a normalized post title, or None when it names no post ("counterpart", "official")."""
    words = [w for w in re.split(r"\s+", phrase.replace("’", "'").strip(" ,")) if w]
    kept = []
    for original in words:
        w = fold(original)
        bare = w.removesuffix("'s")
        if (original[:1].isupper() and country_code(original.removesuffix("'s"))) or bare in {"top", "senior", "acting", "his", "her", "their", "its", "a", "an"}:
            continue
        if bare.rstrip(".") in RANKS and kept == [] and len(words) > 1:
            continue
        kept.append(bare)
    while kept and kept[0] in {"the", "of", "to", "and"}:
        kept.pop(0)
    while kept and (kept[-1] in CONNECTORS or kept[-1].rstrip(".") in RANKS - {"general", "admiral", "marshal"}):
        kept.pop()
    if not kept:
        return None
    role = " ".join(kept).replace("defence", "defense")
    role = SYNONYMS.get(role, role)
    match = DOMAIN_MINISTER.match(role)
    if match:
        role = f"{match.group(2)} of {match.group(1)}" + (" affairs" if match.group(1) in ("foreign", "interior") else "")
    role = SYNONYMS.get(role, role)
    if role in NOT_ROLES or not any(w in HEADS for w in role.replace("-", " ").split() + [role]):
        return None
    return role


def country_in_title(phrase: str) -> str | None:
    """The country a title phrase names: an adjective or name ("Russian", "Finland's") or an organization."""
    for word in re.findall(r"[A-Za-z.’'\-]+", phrase):
        code = country_code(word) if word[0].isupper() else None
        if code:
            return code
    folded = fold(phrase)
    for org, code in ORG_COUNTRY.items():
        if org in folded:
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
