"""Money in text -> (amount in currency units, ISO 4217 code): "$225 million" -> (225000000, "USD")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SYMBOLS = {"$": "USD", "us$": "USD", "$us": "USD", "$nz": "NZD", "$a": "AUD", "$c": "CAD", "$can": "CAD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD", "ca$": "CAD", "can$": "CAD", "au$": "AUD", "aud$": "AUD",
           "nz$": "NZD", "nt$": "TWD", "hk$": "HKD", "s$": "SGD", "₱": "PHP", "₹": "INR"}
WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY",
    "kroner": None, "krone": None, "krona": None, "kronas": None, "koruna": "CZK", "korunas": "CZK", "kronor": None, "crowns": None, "nok": "NOK", "sek": "SEK", "dkk": "DKK",
    "czk": "CZK", "zloty": "PLN", "zlotys": "PLN", "pln": "PLN", "cad": "CAD", "aud": "AUD", "francs": "CHF",
    "chf": "CHF", "won": "KRW", "krw": "KRW", "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH",
    "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "shekels": "ILS", "shekel": "ILS", "lira": "TRY", "liras": "TRY",
    "riyals": "SAR", "riyal": "SAR", "dirhams": "AED", "dirham": "AED", "rand": "ZAR", "naira": "NGN",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "hryvnia": "UAH", "hryvnias": "UAH", "rubles": "RUB",
    "ruble": "RUB", "rouble": "RUB", "forints": "HUF", "forint": "HUF", "lei": "RON",
    "pesos": "PHP", "peso": "PHP",  # (the peso defence news reports in; other pesos come with their adjective)
    "fcfa": "XAF", "xaf": "XAF", "xof": "XOF",  # (FCFA: the Central African franc; West Africa's writes XOF)
    "tl": "TRY",  # (the Turkish lira as Turkish and Balkan outlets write it: "3,300,000 TL")
    "shillings": "KES", "shilling": "KES",  # (the shilling defence news reports in; others come with their adjective)
}
# every currency word of the table, longest first (one regex alternation for the patterns below)
CURRENCY_WORDS = "|".join(re.escape(w) for w in sorted((w for w in WORDS if len(w) > 3 or w in {"yen", "won", "lei", "tl"}), key=len, reverse=True))
# currencies named by a country adjective: "Norwegian kroner", "Canadian dollars"
QUALIFIED = {("norwegian", "kroner"): "NOK", ("danish", "kroner"): "DKK", ("swedish", "kronor"): "SEK",
             ("swedish", "krona"): "SEK", ("swedish", "kronas"): "SEK",
             ("swedish", "crowns"): "SEK", ("czech", "crowns"): "CZK", ("norwegian", "crowns"): "NOK",
             ("danish", "crowns"): "DKK", ("norwegian", "krone"): "NOK", ("danish", "krone"): "DKK", ("czech", "koruna"): "CZK",
             ("canadian", "dollars"): "CAD", ("australian", "dollars"): "AUD", ("new zealand", "dollars"): "NZD",
             ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("new zealand", "dollar"): "NZD",
             ("taiwan", "dollars"): "TWD", ("new taiwan", "dollars"): "TWD", ("us", "dollars"): "USD",
             ("u.s.", "dollars"): "USD", ("american", "dollars"): "USD", ("philippine", "pesos"): "PHP",
             ("japanese", "yen"): "JPY", ("korean", "won"): "KRW", ("south korean", "won"): "KRW", ("chinese", "yuan"): "CNY",
             ("mexican", "pesos"): "MXN", ("argentine", "pesos"): "ARS", ("colombian", "pesos"): "COP",
             ("chilean", "pesos"): "CLP", ("kenyan", "shillings"): "KES", ("ugandan", "shillings"): "UGX",
             ("tanzanian", "shillings"): "TZS", ("somali", "shillings"): "SOS"}
# the adjectives of QUALIFIED, longest first ("south korean" before "korean")
CURRENCY_ADJECTIVES = "|".join(re.escape(a) for a in sorted({a for a, _ in QUALIFIED}, key=len, reverse=True))
# a bare "$" means the donor's own dollar when the article names that currency anywhere ("C$", "Canadian dollars")
LOCAL_DOLLARS = {"CA": ("CAD", re.compile(r"\bC\$|\bCA\$|\bCAD\b|\bCanadian dollars?\b", re.IGNORECASE)),
                 "AU": ("AUD", re.compile(r"\bA\$|\bAU\$|\bAUD\b|\bAustralian dollars?\b", re.IGNORECASE)),
                 "NZ": ("NZD", re.compile(r"\bNZ\$|\bNZD\b|\bNew Zealand dollars?\b", re.IGNORECASE)),
                 "TW": ("TWD", re.compile(r"\bNT\$|\bTWD\b|\bNew Taiwan dollars?\b|\bTaiwan dollars?\b", re.IGNORECASE))}


# an article that says US dollars somewhere means them by "$" too
US_DOLLAR = re.compile(r"\bUS\$|\bU\.S\.\s*\$|\bUSD\b|\b(?:U\.?S\.?|American)\s+dollars?\b")


def local_dollar(text: str, money_start: int, currency: str | None, donor: str | None, article: str,
                 home: str | None = None) -> str | None:
    """"$500 million" in a Canadian article that speaks of "Canadian dollars" elsewhere, or that is written from Canada
    about Canada's own aid, is CAD; "US$" stays USD."""
    if currency != "USD" or donor not in LOCAL_DOLLARS or text[money_start:money_start + 1] != "$":
        return currency
    if re.search(r"(?:U\.?S\.?\s?|American\s)$", text[max(0, money_start - 5):money_start]):
        return currency
    code, marker = LOCAL_DOLLARS[donor]
    return code if marker.search(article) or home == donor or not US_DOLLAR.search(article) else currency
SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mln": 10**6, "m": 10**6, "mn": 10**6, "mil": 10**6,
          "billion": 10**9, "bn": 10**9, "b": 10**9, "bil": 10**9, "bln": 10**9, "trillion": 10**12, "tn": 10**12,
          "milion": 10**6, "millon": 10**6, "bilion": 10**9, "billon": 10**9,  # (and the misspellings pages carry)
          "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5}  # (the Indian and Pakistani press)
# ("US$571mil", "RM2.57bil": the Malaysian press)

NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s*(?:million|billion|mln|bln|bn)\b)|\d+(?:\.\d+)?)"
# ("3,3 million TL": a decimal comma, as European outlets write it, before a scale word)
SCALE = r"(thousand|million|billion|trillion|milion|millon|bilion|billon|crores?|lakhs?|mln|bln|mil|bil|bn|tn|mn|[mbk])\b"
SYMBOL_FIRST = re.compile(rf"(\$(?:NZ|US|CAN|A|C)(?=\d)|US\$|CAN\$|AUD\$|C\$|A\$|CA\$|AU\$|NZ\$|NT\$|HK\$|S\$|[$€£¥₱₹])\s?{NUMBER}"
                          rf"(?:\s*-?\s*{SCALE})?", re.IGNORECASE)  # ("$NZ13 million", "$A11.9 million": the Australian press)
# the Philippine press writes pesos as "P183 million", "P1.2 billion": only with a scale word, so "P-8" or "P5" stay out
PESO_FIRST = re.compile(rf"\bP{NUMBER}\s*(million|billion|trillion)\b")
# the South Asian press's rupees: "Rs 35 crore", "Rs. 1,200 crore", "Rs63,000 crore"
RUPEES_FIRST = re.compile(rf"\bRs\.?\s?{NUMBER}(?:\s*{SCALE})?")
# the Malaysian press's ringgit: "RM12.36mil", "RM2.57 billion" (capitals only)
RINGGIT_FIRST = re.compile(rf"\bRM\s?{NUMBER}(?:\s*{SCALE})?")
# East African shillings as their press writes them: "Sh220 million", "KSh1.2 billion", "TSh5bn", "USh10bn"
SHILLING_FIRST = re.compile(rf"\b(KSh|Ksh|TSh|Tsh|USh|Ush|Sh)\s?{NUMBER}(?:\s*{SCALE})?")
SHILLINGS = {"ksh": "KES", "sh": "KES", "tsh": "TZS", "ush": "UGX"}
# the letter the Nigerian press writes for the naira before a sum of millions: "N1 billion"
NAIRA_FIRST = re.compile(rf"(?:\bN|₦){NUMBER}\s*(million|billion|trillion)\b")
CODE_FIRST = re.compile(rf"\b(USD|EUR|GBP|NOK|SEK|DKK|CZK|PLN|CAD|AUD|CHF|JPY|KRW|NZD|TWD|PHP|INR|Skr|Nkr|Dkr|Kč)\s?{NUMBER}(?:\s*{SCALE})?",
                        re.IGNORECASE)
# other ISO 4217 codes before a sum, in capitals only ("CNY76 million", "TRY 3 billion"; not "try 3 times")
OTHER_CODES = {"CNY", "RMB", "RUB", "TRY", "ILS", "SAR", "AED", "QAR", "KWD", "ZAR", "HUF", "RON", "UAH", "SGD", "HKD",
               "MYR", "IDR", "THB", "NGN", "BRL", "MXN", "ARS", "COP", "CLP", "EGP", "PKR", "BDT", "VND", "KZT",
               "PGK", "FJD", "KES", "GHS", "JOD", "LBP", "MDL", "GEL", "AMD", "UZS", "LKR", "NPR", "MMK", "KHR", "MNT",
               "ISK", "BGN", "RSD", "MKD", "BAM", "PEN", "BHD", "OMR", "IQD", "MAD", "TND", "DZD", "ETB", "TZS",
               "UGX", "RWF", "ZMW", "MZN", "AOA", "BWP", "NAD", "XOF", "XAF", "SBD", "VUV", "WST"}  # (not "TOP": a headline's "TOP 10")
# "US dollars 106 million", "US$ 5m" as some outlets write it: the currency's name before the sum
DOLLARS_FIRST = re.compile(rf"\b(?:US|U\.S\.)\s+dollars?\s+{NUMBER}(?:\s*{SCALE})?", re.IGNORECASE)
CAPITAL_CODE_FIRST = re.compile(rf"\b({'|'.join(sorted(OTHER_CODES))})\s?{NUMBER}(?:\s*{SCALE})?")
CAPITAL_CODE_AFTER = re.compile(rf"\b{NUMBER}\s*(?:{SCALE})?\s*({'|'.join(sorted(OTHER_CODES))})\b")  # "75 million ISK"
CODE_ALIASES = {"RMB": "CNY"}
WEIGHED = re.compile(r"\s*(?:bombs?|warheads?|munitions?|shells?|of\s+(?:explosives?|TNT))\b", re.IGNORECASE)
# the financial press's prefixes for the Nordic crowns: "Skr500mn", "NKr1bn"
PREFIX_CODES = {"skr": "SEK", "nkr": "NOK", "dkr": "DKK", "kč": "CZK"}
WORD_AFTER = re.compile(rf"\b{NUMBER}(?:\s*|-)(?:{SCALE})?(?:\s*|-)(?:in\s+)?((?:{CURRENCY_ADJECTIVES})\s+)?"
                        rf"({CURRENCY_WORDS}|"
                        rf"USD|EUR|GBP|NOK|SEK|DKK|CZK|PLN|CAD|AUD|CHF|JPY)\b", re.IGNORECASE)

# a sum without its currency, with its conversion in brackets after it: the currency of the sum told before it
BARE_BEFORE_CONVERSION = re.compile(rf"\b{NUMBER}\s*(million|billion)\b(?=\s*\((?:about|around|roughly|some|approximately|"
                                    rf"nearly|~)?\s*(?:US)?[$€£¥])", re.IGNORECASE)
DIGIT = re.compile(r"\d")
# amounts told in words: "nine billion kronor", "half a billion euros", "a further half billion kronor"
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
                "half a": Decimal("0.5"), "half": Decimal("0.5"), "a half": Decimal("0.5"),
                "one and a half": Decimal("1.5"), "a quarter of a": Decimal("0.25"), "quarter of a": Decimal("0.25")}
SPELLED = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")\s+"
                     r"(million|billion|trillion)\s+(?:in\s+)?((?:" + CURRENCY_ADJECTIVES + r")\s+)?(" + CURRENCY_WORDS + r")\b", re.IGNORECASE)
SCALE_WORD = re.compile(r"\b(?:million|billion|trillion)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    amount: Decimal
    currency: str | None


DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _number(text: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ".") if DECIMAL_COMMA.fullmatch(text) else text.replace(",", ""))
    except InvalidOperation:
        return None
    return value * SCALES.get((scale or "").lower(), 1)


def find_money(text: str) -> list[Money]:
    found: list[Money] = []
    if not DIGIT.search(text) and not SCALE_WORD.search(text):
        return found  # every amount has a number or a scale word

    def add(start: int, end: int, amount: Decimal | None, currency: str | None) -> None:
        if amount is not None and amount > 0 and not any(f.start <= start < f.end or start <= f.start < end for f in found):
            found.append(Money(start, end, amount, currency))

    for m in SYMBOL_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(2), m.group(3)), SYMBOLS.get(m.group(1).lower()))
    for m in PESO_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), "PHP")
    for m in RUPEES_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), "INR")
    for m in RINGGIT_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), "MYR")
    for m in SHILLING_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(2), m.group(3)), SHILLINGS[m.group(1).lower()])
    for m in NAIRA_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), "NGN")
    for m in CODE_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(2), m.group(3)), PREFIX_CODES.get(m.group(1).lower(), m.group(1).upper()))
    for m in DOLLARS_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), "USD")
    for m in CAPITAL_CODE_FIRST.finditer(text):
        add(m.start(), m.end(), _number(m.group(2), m.group(3)), CODE_ALIASES.get(m.group(1), m.group(1)))
    for m in CAPITAL_CODE_AFTER.finditer(text):
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), CODE_ALIASES.get(m.group(3), m.group(3)))
    for m in WORD_AFTER.finditer(text):
        qualifier = (m.group(3) or "").strip().lower()
        word = m.group(4).lower()
        if word in {"pound", "pounds"} and (re.search(r"\d-\s*pounds?$", m.group(0), re.IGNORECASE)
                                            or WEIGHED.match(text, m.end())):
            continue  # "2,000-pound bombs": a weight
        currency = QUALIFIED.get((qualifier, word)) or WORDS.get(word, word.upper() if len(word) == 3 else None)
        add(m.start(), m.end(), _number(m.group(1), m.group(2)), currency)
    for m in BARE_BEFORE_CONVERSION.finditer(text):  # "3 million Canadian dollars ... and roughly 13 million ($9.5
        told = [f for f in found if f.end <= m.start() and f.currency]  # million)": the currency told before
        if told:
            add(m.start(), m.end(), _number(m.group(1), m.group(2)), told[-1].currency)
    for m in SPELLED.finditer(text):
        qualifier = (m.group(3) or "").strip().lower()
        word = m.group(4).lower()
        currency = QUALIFIED.get((qualifier, word)) or WORDS.get(word)
        add(m.start(), m.end(), Decimal(NUMBER_WORDS[m.group(1).lower()]) * SCALES[m.group(2).lower()], currency)
    return sorted(found, key=lambda f: f.start)
