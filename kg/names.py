"""Person names: one normalized key per real person, across accents, transliterations, initials and suffixes."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.reference import first_name_variants, fold

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
HONORIFICS = {"gen", "general", "adm", "admiral", "lt", "col", "maj", "mr", "mrs", "ms", "dr", "sir", "army", "air", "marshal",
              "hon", "shri", "smt", "honourable", "honorable", "comrade", "respected", "excellency", "sheikh", "sheikha",
              "shaikh", "prince", "princess", "emir", "amir", "sultan", "king", "queen", "crown", "ayatollah", "seyyed", "seyed",
              "majesty", "highness"}
# styles before a name, no part of it: "Madam Sun Baohong", "Lord David Cameron", "Samdech Techo Hun Sen" (Khmer)
STYLES_BEFORE_A_NAME = {"madam", "madame", "lord", "lady", "baroness", "dame", "samdech", "techo"}
HONORIFICS |= STYLES_BEFORE_A_NAME
# "H.E." (His Excellency), "H.H." (His Highness), "H.M.": styles written as initials
INITIALLED_STYLES = {("h", "e"), ("h", "h"), ("h", "m")}
# an Arabic style before a name, no part of it: "Foreign Minister Sayyid Badr Albusaidi"
ARABIC_STYLES = {"sayyid", "sayyed", "sayed"}
HONORIFICS |= ARABIC_STYLES
# honorifics that belong to a person's formal name ("Seyed Abbas Araghchi"): no part of the key, kept in the name
NAME_PREFIXES = {"seyyed", "seyed"}  # (the Persian spelling; an Arabic "Sayyid" is a style: "Sayyid Badr Albusaidi")
ABBREVIATED_GIVEN_NAMES = {"md", "mohd", "muhd"}  # Muhammad, written short before the names a person goes by
# Malay honorifics ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin"): the second word only after the first
# ("Sri Mulyani Indrawati" is a given name)
STYLED_HONORIFICS = {"datuk", "dato", "datin", "tun", "tan", "syed", "sayyid", "seyed", "seyyed", "sayed"}
STYLED_SECOND = {"seri", "sri"}


def honorific_length(words: list[str]) -> int:
    """How many leading words (folded) are a styled honorific: "datuk seri" 2, "tun" 1, "tan sri" 2 ("tan" alone
    is a family name)."""
    if len(words) > 3 and words[0].strip("'’") in STYLED_HONORIFICS and words[1].strip("'’") in STYLED_SECOND:
        return 2
    if len(words) > 4 and words[0] in STYLED_HONORIFICS and words[1] in {"'", "’"} and words[2] in STYLED_SECOND:
        return 3  # "Dato ' Seri Anwar Ibrahim", the tokenizer parting the apostrophe
    if len(words) > 2 and words[0].strip("'’") in STYLED_HONORIFICS - {"tan"}:
        return 1
    return 0


# family names written first in East Asian usage (with the family name in capitals it is marked first anyway)
FAMILY_FIRST_SURNAMES = {
    "kim", "lee", "park", "choi", "jung", "shin", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "kwon",
    "song", "hwang", "ahn", "yoo", "hong", "moon", "suh", "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "wu",
    "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "dong", "wei", "xi", "ding", "qin",
    "yu", "cai", "fu", "jiang", "tang", "peng", "deng", "xie", "cao", "feng", "pan", "du", "shen", "chiu", "tsai",
    # more Korean family names ("Noh Kyu-duk", later "Noh"); not "sung", a given name too ("Sung Kim")
    "noh", "roh", "ko", "bae", "baek", "nam", "ryu", "jeon", "jeong", "chung", "sohn", "heo", "huh", "woo", "eom",
    "chae", "byun", "shim", "kwak", "koo", "cha", "joo", "yeo", "yun", "gil", "pyo", "kil",
}


def name_tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    tokens = re.sub(r"[^a-z'\- ]+", " ", fold(name).replace(".", " ")).split()
    tokens = [t.strip("'-") for t in tokens if t.strip("'-")]
    while len(tokens) > 1 and tokens[0] in HONORIFICS or len(tokens) > 3 and tuple(tokens[:2]) in INITIALLED_STYLES:
        tokens = tokens[2:] if tuple(tokens[:2]) in INITIALLED_STYLES else tokens[1:]
    tokens = tokens[honorific_length(tokens):]
    if len(tokens) > 2 and tokens[0] in ABBREVIATED_GIVEN_NAMES:
        tokens = tokens[1:]  # "Md. Shahriar Alam" is Shahriar Alam, however a report writes him
    while len(tokens) > 2 and tokens[-1] in SUFFIXES or len(tokens) == 2 and tokens[-1] in {"jr", "sr"}:
        tokens = tokens[:-1]  # "Lloyd Austin III", "Marcos Jr."; not "Abdullah II", a regnal name
    if len(tokens) > 1 and re.match(r"(?:al|el|al')-\w", tokens[-1]):
        tokens[-1] = tokens[-1].split("-", 1)[1]  # "Al-Thani", "el-Sissi": the family name without its article
    if len(tokens) > 2:  # drop middle names and initials: "lloyd j austin" -> "lloyd austin"
        tokens = [tokens[0], tokens[-1]] if len(tokens[1]) == 1 or len(tokens) > 2 else tokens
    return tuple(tokens)


@lru_cache(maxsize=4096)
def person_key(name: str) -> str:
    tokens = name_tokens(name)
    if not tokens:
        return ""
    variants = first_name_variants()
    if len(tokens) > 1:
        tokens[0] = variants.get(tokens[0], tokens[0])
    return "-".join(tokens)


def surname(name: str) -> str:
    tokens = _name_tokens(name)
    return tokens[-1] if tokens else ""


def capitalized_family_first(text: str) -> str:
    """A name whose family name is written in capitals first ("KIHARA Minoru", "SHIN Won-sik") in its usual English
    form: given name first for Japanese names, family name kept first (title-cased) for Chinese and Korean ones."""
    words = text.split()
    if len(words) < 2 or not (words[0].isupper() and words[0].isalpha() and re.search("[AEIOUY]", words[0])) \
            or words[1].isupper() or len(words[0]) <= 2 and words[0].lower() not in FAMILY_FIRST_SURNAMES:
        return text  # ("AK Abdul Momen": initials, not a family name)
    family = words[0].capitalize()
    rest = words[1:]
    if family.lower() in FAMILY_FIRST_SURNAMES or "-" in rest[0]:
        return " ".join([family, *rest])
    return " ".join([*rest, family])


def swapped_letters(a: str, b: str) -> bool:
    """`a` is `b` with two neighbouring letters swapped ("Zelenksyy"): a slip of the pen, where a letter changed, added
    or dropped may be another way of spelling the name ("Zelensky", "Zelenskiy")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
