"""Person names: one normalized key per real person, across accents, transliterations, initials and suffixes."""
from __future__ import annotations

import re

from kg.reference import first_name_variants, fold

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
HONORIFICS = {"gen", "general", "adm", "admiral", "lt", "col", "maj", "mr", "mrs", "ms", "dr", "sir", "army", "air", "marshal"}


def name_tokens(name: str) -> list[str]:
    tokens = re.sub(r"[^a-z'\- ]+", " ", fold(name).replace(".", " ")).split()
    tokens = [t.strip("'-") for t in tokens if t.strip("'-")]
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) > 2:  # drop middle names and initials: "lloyd j austin" -> "lloyd austin"
        tokens = [tokens[0], tokens[-1]] if len(tokens[1]) == 1 or len(tokens) > 2 else tokens
    return tokens


def person_key(name: str) -> str:
    tokens = name_tokens(name)
    if not tokens:
        return ""
    variants = first_name_variants()
    if len(tokens) > 1:
        tokens[0] = variants.get(tokens[0], tokens[0])
    return "-".join(tokens)


def surname(name: str) -> str:
    tokens = name_tokens(name)
    return tokens[-1] if tokens else ""
