"""A synthetic corpus of short news articles about defense officials, for benchmarks.

Articles are built from templates: calls between officials (phone or video, who asked for the call, dates
given as weekdays, "today", "yesterday" or a month and day, earlier calls referred back to), military aid
packages (donor, recipient, amounts in several currencies and spellings, items with quantities), some
articles with both, some with neither, and site clutter (menus, "Subscribe", related links) around the text.

Officials come from kg's reference tables (kg/data/officials.tsv, countries.tsv, weapons.tsv) and from the
name lists below (invented people, so that the graph keeps growing with the corpus).

Deterministic: article i depends only on (seed, i), so the same seed gives byte-identical files and a larger
corpus starts with the smaller one.

    python -m bench.corpus --articles 1000 --seed 1 --out /tmp/corpus            # one .txt per article
    python -m bench.corpus --articles 1000 --seed 1 --out /tmp/corpus --format jsonl
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
JSONL_SHARD = 1000

# country code -> (name as used in prose, adjective, "the ministry", currency style)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "US": ("the United States", "U.S.", "the Pentagon", "USD"),
    "GB": ("Britain", "British", "the Ministry of Defence", "GBP"),
    "DE": ("Germany", "German", "the Defence Ministry", "EUR"),
    "FR": ("France", "French", "the Armed Forces Ministry", "EUR"),
    "PL": ("Poland", "Polish", "the Defense Ministry", "PLN"),
    "UA": ("Ukraine", "Ukrainian", "the Defense Ministry", "UAH"),
    "RU": ("Russia", "Russian", "the Russian Defense Ministry", "RUB"),
    "CN": ("China", "Chinese", "the Ministry of National Defense", "CNY"),
    "JP": ("Japan", "Japanese", "the Defense Ministry", "JPY"),
    "KR": ("South Korea", "South Korean", "the Ministry of National Defense", "KRW"),
    "CA": ("Canada", "Canadian", "the Department of National Defence", "CAD"),
    "AU": ("Australia", "Australian", "the Department of Defence", "AUD"),
    "NO": ("Norway", "Norwegian", "the Ministry of Defence", "NOK"),
    "SE": ("Sweden", "Swedish", "the Ministry of Defence", "SEK"),
    "DK": ("Denmark", "Danish", "the Ministry of Defence", "DKK"),
    "NL": ("the Netherlands", "Dutch", "the Defence Ministry", "EUR"),
    "IT": ("Italy", "Italian", "the Defense Ministry", "EUR"),
    "ES": ("Spain", "Spanish", "the Defense Ministry", "EUR"),
    "TR": ("Turkey", "Turkish", "the National Defense Ministry", "USD"),
    "IN": ("India", "Indian", "the Defence Ministry", "USD"),
    "CZ": ("the Czech Republic", "Czech", "the Defence Ministry", "CZK"),
    "FI": ("Finland", "Finnish", "the Ministry of Defence", "EUR"),
    "EE": ("Estonia", "Estonian", "the Defence Ministry", "EUR"),
    "LT": ("Lithuania", "Lithuanian", "the Defence Ministry", "EUR"),
}
DONORS = ["US", "GB", "DE", "FR", "PL", "CA", "AU", "NO", "SE", "DK", "NL", "IT", "ES", "CZ", "FI", "EE", "LT", "JP"]
RECIPIENTS = ["UA", "UA", "UA", "UA", "PL", "EE", "LT", "FI"]

# invented people: first names and surnames per language area
FIRST = {
    "en": ["James", "Robert", "Michael", "David", "Sarah", "Laura", "Thomas", "Helen", "Andrew", "Karen", "Peter", "Anne",
           "Richard", "Catherine", "Daniel", "Margaret", "Stephen", "Emily", "Mark", "Julia"],
    "de": ["Klaus", "Jürgen", "Annegret", "Markus", "Stefan", "Ursula", "Wolfgang", "Katrin", "Tobias", "Heike"],
    "fr": ["Jean", "Florence", "Pierre", "Catherine", "Olivier", "Hervé", "Sophie", "Nicolas", "Élise", "Thierry"],
    "pl": ["Tomasz", "Piotr", "Agnieszka", "Marek", "Katarzyna", "Paweł", "Andrzej", "Joanna"],
    "ua": ["Oleksandr", "Andrii", "Iryna", "Serhii", "Mykola", "Olena", "Dmytro", "Yurii", "Taras", "Viktoria"],
    "ru": ["Alexei", "Nikolai", "Yuri", "Igor", "Dmitri", "Mikhail", "Viktor", "Anatoly", "Pavel", "Gennady"],
    "cn": ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu"],
    "jp": ["Hiroshi", "Takeshi", "Yoko", "Kenji", "Minoru", "Yasukazu", "Gen", "Nobuo"],
    "kr": ["Lee", "Kim", "Park", "Choi", "Jung", "Kang"],
    "nordic": ["Lars", "Anders", "Ingrid", "Bjørn", "Jonas", "Karin", "Henrik", "Mette", "Sanna", "Antti", "Hanno"],
    "es": ["Margarita", "Luis", "Guido", "Lorenzo", "Carla", "Mario", "Ana", "Roberta"],
}
LAST = {
    "en": ["Harrison", "Whitaker", "Caldwell", "Pennington", "Ashford", "Holloway", "Mercer", "Brennan", "Sutherland",
           "Langley", "Prescott", "Donovan", "Fairbanks", "Kendrick", "Thornton", "Hadley", "Whitfield", "Barlow"],
    "de": ["Hartmann", "Brenner", "Vogel", "Kessler", "Lindner", "Auerbach", "Reinholz", "Steinmeier", "Falkenberg"],
    "fr": ["Delacroix", "Moreau", "Lefèvre", "Garnier", "Rousseau", "Marchand", "Duval", "Faure"],
    "pl": ["Kowalczyk", "Wiśniewski", "Zieliński", "Nowicki", "Dąbrowski", "Lewandowski", "Kamiński"],
    "ua": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk", "Melnyk", "Marchenko"],
    "ru": ["Volkov", "Sokolov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Zaitsev", "Pavlov"],
    "cn": ["Jianguo", "Weidong", "Haiyang", "Zhiqiang", "Minghua", "Xiaoping", "Guoqing"],
    "jp": ["Tanaka", "Yamamoto", "Nakamura", "Kobayashi", "Saito", "Watanabe", "Kishida"],
    "kr": ["Sung-ho", "Jong-sup", "Won-sik", "Kyung-doo", "Yong-hyun"],
    "nordic": ["Andersen", "Lindqvist", "Haugen", "Nieminen", "Johansson", "Berg", "Virtanen", "Pevkur", "Rasmussen"],
    "es": ["Fernández", "Crosetto", "Robles", "Guerini", "Martínez", "Bianchi", "Navarro"],
}
LANG = {"US": "en", "GB": "en", "CA": "en", "AU": "en", "DE": "de", "FR": "fr", "PL": "pl", "UA": "ua", "RU": "ru",
        "CN": "cn", "JP": "jp", "KR": "kr", "NO": "nordic", "SE": "nordic", "DK": "nordic", "FI": "nordic",
        "EE": "nordic", "LT": "nordic", "NL": "de", "IT": "es", "ES": "es", "TR": "en", "IN": "en", "CZ": "pl"}

# posts: (key, title as written before a name, short title for later mentions)
DEFENSE_MINISTER = {
    "US": [("Secretary of Defense", "Secretary"), ("Defense Secretary", "Secretary"), ("Pentagon chief", "")],
    "GB": [("Defence Secretary", "Defence Secretary"), ("Secretary of State for Defence", "Defence Secretary")],
}
GENERIC_DEFENSE = [("Defense Minister", "Minister"), ("Minister of Defense", "Minister"), ("Defence Minister", "Minister")]
CHIEF = {"US": [("Chairman of the Joint Chiefs of Staff", "General")],
         "RU": [("Chief of the General Staff", "General")], "GB": [("Chief of the Defence Staff", "Admiral")]}
GENERIC_CHIEF = [("Chief of the General Staff", "General"), ("Commander-in-Chief of the Armed Forces", "General")]
FOREIGN = {"US": [("Secretary of State", "Secretary")], "GB": [("Foreign Secretary", "Foreign Secretary")]}
GENERIC_FOREIGN = [("Foreign Minister", "Minister"), ("Minister of Foreign Affairs", "Minister")]

ITEMS_GENERIC = ["155mm artillery rounds", "anti-tank weapons", "spare parts", "night-vision goggles", "body armor",
                 "armored vehicles", "ammunition", "demining equipment", "medical supplies", "counter-drone systems",
                 "radars", "small arms", "mortar rounds", "generators", "tactical vehicles", "air defense interceptors"]
OUTLETS = ["Defense Wire", "The Daily Dispatch", "Northern Herald", "Global Security Monitor", "Capital Times",
           "Eastern Europe Report", "Pacific Defense News", "Military Affairs Weekly", "The Evening Courier",
           "Baltic News Service Test", "Continental Press", "Frontline Review"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["the situation on the battlefield", "air defense needs", "regional security", "the war in Ukraine",
          "cooperation in the defense industry", "joint exercises planned for the summer", "maritime security",
          "the upcoming NATO summit", "arms control", "the supply of ammunition", "training of troops",
          "the security situation in the Black Sea", "reducing the risk of miscalculation"]
FILLER = [
    "Officials did not disclose further details of the discussion.",
    "The ministry said the talks were constructive and businesslike.",
    "Analysts said the contacts reflected growing concern about the security situation in the region.",
    "The statement did not say whether any agreements had been reached.",
    "Both sides agreed to maintain regular contact at the working level.",
    "The talks come amid heightened tension along the alliance's eastern flank.",
    "A spokesperson declined to comment on the details of the conversation.",
    "Parliament is expected to debate the defense budget next month.",
    "Defense spending in the region has risen sharply over the past three years.",
]
CLUTTER_TOP = [
    "Home | World | Politics | Defense | Opinion | Video",
    "Menu\nSearch\nSign in",
    "Skip to main content",
    "Advertisement",
    "LIVE UPDATES\nMarkets\nWeather",
]
CLUTTER_BOTTOM = [
    "Subscribe to our newsletter",
    "Share this article\nFacebook\nTwitter\nEmail",
    "Related:\nMinisters meet in Brussels\nNew tank deliveries\nBudget talks stall",
    "© 2025 All rights reserved. Terms of use | Privacy policy | Cookies",
    "Read more\nMost popular\nEditor's picks",
    "Advertisement",
]


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    post: str           # full title, e.g. "Defense Minister"
    short: str          # short form for later mentions ("Minister"), may be empty

    @property
    def last(self) -> str:
        # Chinese and Korean names put the family name first
        return self.name.split()[0] if self.country in ("CN", "KR") else self.name.split()[-1]

    def later(self) -> str:
        return f"{self.short} {self.last}".strip()


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _reference() -> tuple[dict[str, list[str]], list[str]]:
    known: dict[str, list[str]] = {}
    for row in _read_tsv("officials.tsv"):
        if row["country"] in COUNTRIES:
            known.setdefault(row["country"], []).append(row["name"])
    weapons = [row["name"] for row in _read_tsv("weapons.tsv")]
    return known, weapons


KNOWN, WEAPONS = _reference()


class Writer:
    """One article from one random generator."""

    def __init__(self, rng: random.Random, index: int) -> None:
        self.rng = rng
        self.index = index
        self.date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))

    # -- people ------------------------------------------------------------------------------------
    def person(self, country: str, kind: str = "defense") -> Person:
        r = self.rng
        if kind == "defense":
            post, short = r.choice(DEFENSE_MINISTER.get(country, GENERIC_DEFENSE))
        elif kind == "chief":
            post, short = r.choice(CHIEF.get(country, GENERIC_CHIEF))
        else:
            post, short = r.choice(FOREIGN.get(country, GENERIC_FOREIGN))
        known = KNOWN.get(country, [])
        if known and r.random() < 0.3:
            name = r.choice(known)
        else:
            lang = LANG[country]
            name = f"{r.choice(FIRST[lang])} {r.choice(LAST[lang])}"
        return Person(name, country, post, short)

    def introduce(self, p: Person, style: int) -> str:
        adjective = COUNTRIES[p.country][1]
        if style == 0:
            return f"{adjective} {p.post} {p.name}"
        if style == 1:
            post = p.post.lower() if p.post.endswith(("Minister", "Secretary")) else p.post
            return f"{p.name}, {adjective} {post},"
        return f"{p.post} {p.name} of {COUNTRIES[p.country][0]}"

    # -- dates -------------------------------------------------------------------------------------
    def when(self) -> tuple[str, dt.date]:
        r = self.rng
        choice = r.randrange(5)
        if choice == 0:
            return "today", self.date
        if choice == 1:
            return "yesterday", self.date - dt.timedelta(days=1)
        if choice in (2, 3):
            back = r.randrange(1, 6)
            day = self.date - dt.timedelta(days=back)
            return f"on {WEEKDAYS[day.weekday()]}", day
        day = self.date - dt.timedelta(days=r.randrange(0, 10))
        return f"on {MONTHS[day.month - 1]} {day.day}", day

    def month_day(self, day: dt.date) -> str:
        return f"{self.rng.choice([MONTHS, MONTH_ABBR])[day.month - 1]} {day.day}"

    # -- money -------------------------------------------------------------------------------------
    def money(self, donor: str) -> str:
        r = self.rng
        currency = COUNTRIES[donor][3]
        number = r.choice(["25", "50", "100", "125", "150", "200", "225", "250", "300", "400", "500", "1.2", "1.5", "2",
                           "2.5", "3", "6"])
        scale = "billion" if "." in number or len(number) == 1 else "million"
        if currency == "USD":
            return r.choice([f"${number} {scale}", f"${number} {scale}", f"US${number} {scale}"])
        if currency == "EUR":
            return r.choice([f"€{number} {scale}", f"{number} {scale} euros"])
        if currency == "GBP":
            return r.choice([f"£{number} {scale}", f"{number} {scale} pounds"])
        if currency in ("NOK", "DKK", "SEK"):
            return r.choice([f"{number} {scale} {COUNTRIES[donor][1]} {'kronor' if currency == 'SEK' else 'kroner'}",
                             f"{currency} {number} {scale}"])
        if currency == "CAD":
            return r.choice([f"C${number} {scale}", f"{number} {scale} Canadian dollars"])
        if currency == "AUD":
            return f"A${number} {scale}"
        if currency == "JPY":
            return f"¥{number} {scale}"
        if currency == "PLN":
            return f"{number} {scale} zlotys"
        if currency == "CZK":
            return f"{number} {scale} Czech crowns"
        return f"${number} {scale}"

    def items(self) -> str:
        r = self.rng
        chosen: list[str] = []
        for _ in range(r.randrange(1, 4)):
            if r.random() < 0.5:
                system = r.choice(WEAPONS)
                item = f"{r.randrange(2, 60)} {system}s" if r.random() < 0.4 else f"{system} systems"
            else:
                item = r.choice(ITEMS_GENERIC)
            if item not in chosen:
                chosen.append(item)
        return chosen[0] if len(chosen) == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]

    # -- paragraphs --------------------------------------------------------------------------------
    def call_paragraphs(self) -> tuple[str, list[str]]:
        r = self.rng
        countries = r.sample(sorted(COUNTRIES), 2)
        kind = r.choice(["defense", "defense", "defense", "chief", "foreign"])
        a, b = self.person(countries[0], kind), self.person(countries[1], kind)
        when, day = self.when()
        video = r.random() < 0.25
        style = r.randrange(3)
        if video:
            verb = r.choice(["held a video call with", "held a videoconference with", "spoke by video link with"])
        else:
            verb = r.choice(["spoke by phone with", "held a telephone conversation with", "spoke by telephone with",
                             "had a phone call with", "talked by phone with"])
        lead = f"{self.introduce(a, style)} {verb} {self.introduce(b, 0)} {when}"
        if r.random() < 0.4:
            lead += f" to discuss {r.choice(TOPICS)}"
        lead += "."
        if r.random() < 0.3:
            lead = lead[:-1] + f", {COUNTRIES[a.country][2]} said."
        paragraphs = [lead]
        initiator = r.randrange(5)
        if initiator == 0:
            paragraphs.append(f"The call was held at the request of {b.later()}.")
        elif initiator == 1:
            paragraphs.append(f"The conversation took place at the initiative of the {COUNTRIES[a.country][1]} side.")
        elif initiator == 2:
            paragraphs.append(f"{a.later()} initiated the call, according to a readout.")
        first, second = r.sample(TOPICS, 2)
        body = [f"{a.later()} and {b.later()} discussed {first} and {second}."]
        if r.random() < 0.35:
            earlier = day - dt.timedelta(days=r.randrange(7, 90))
            body.append(f"The two last spoke on {self.month_day(earlier)}.")
        if r.random() < 0.3:
            body.append(f"{b.later()} said the two planned to speak again before the end of the month.")
        paragraphs.append(" ".join(body))
        title = f"{a.last} and {b.last} hold {'video call' if video else 'phone talks'}"
        return title, paragraphs

    def aid_paragraphs(self) -> tuple[str, list[str]]:
        r = self.rng
        donor = r.choice(DONORS)
        recipient = r.choice([c for c in RECIPIENTS if c != donor])
        official = self.person(donor, "defense")
        amount = self.money(donor)
        name, adjective = COUNTRIES[recipient][0], COUNTRIES[donor][1]
        verb = r.choice(["announced", "unveiled", "pledged", "approved"])
        kind = r.choice(["military aid package", "military assistance package", "security assistance package",
                         "package of military support"])
        when, _ = self.when()
        lead = (f"{adjective} {official.post} {official.name} {verb} a new {amount} {kind} for {name} {when}, "
                f"including {self.items()}.")
        paragraphs = [lead]
        if r.random() < 0.5:
            paragraphs.append(f"\u201cThis package will help {name} defend itself,\u201d {official.later()} said.")
        if r.random() < 0.3:
            paragraphs.append(f"{COUNTRIES[donor][0][0].upper() + COUNTRIES[donor][0][1:]} has committed more than "
                              f"{self.money(donor)} in military aid to {name} since the start of the war.")
        if r.random() < 0.3:
            paragraphs.append(f"Deliveries of {self.items()} are expected to begin within weeks.")
        title = f"{COUNTRIES[donor][0].replace('the ', '').title()} announces {amount} aid package for {name.replace('the ', '')}"
        return title, paragraphs

    def other_paragraphs(self) -> tuple[str, list[str]]:
        r = self.rng
        a = self.person(r.choice(sorted(COUNTRIES)), "defense")
        when, _ = self.when()
        lead = f"{COUNTRIES[a.country][1]} {a.post} {a.name} visited troops in the north of the country {when}."
        return f"{a.last} visits troops", [lead, " ".join(r.sample(FILLER, 2))]

    def article(self) -> dict[str, object]:
        r = self.rng
        kind = r.choices(["call", "aid", "both", "other"], weights=[45, 30, 15, 10])[0]
        paragraphs: list[str] = []
        if kind in ("call", "both"):
            title, part = self.call_paragraphs()
            paragraphs += part
        if kind in ("aid", "both"):
            aid_title, part = self.aid_paragraphs()
            paragraphs += part
            title = title if kind == "both" else aid_title
        if kind == "other":
            title, paragraphs = self.other_paragraphs()
        paragraphs.append(" ".join(r.sample(FILLER, r.randrange(1, 3))))
        outlet = r.choice(OUTLETS)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        url = f"https://{outlet.lower().replace(' ', '-')}.test/{self.date:%Y/%m/%d}/{slug}-{self.index}"
        if r.random() < 0.2:  # a dateline, as wires write it
            paragraphs[0] = f"{r.choice(['WASHINGTON', 'LONDON', 'KYIV', 'BERLIN', 'BRUSSELS', 'WARSAW'])}, " \
                            f"{MONTHS[self.date.month - 1]} {self.date.day} -- " + paragraphs[0]
        text = "\n\n".join(paragraphs)
        if r.random() < 0.3:
            text = "\n".join(r.sample(CLUTTER_TOP, 2)) + "\n\n" + text
        if r.random() < 0.4:
            text += "\n\n" + "\n".join(r.sample(CLUTTER_BOTTOM, 2))
        return {"id": f"bench-{self.index:07d}", "url": url, "title": title, "date": self.date.isoformat(),
                "source": outlet, "text": text + "\n"}


def generate(articles: int, seed: int = 1, start: int = 0) -> Iterator[dict[str, object]]:
    """`articles` articles as dicts (id, url, title, date, source, text); article i depends on (seed, i) only."""
    for index in range(start, start + articles):
        yield Writer(random.Random(f"kg-bench:{seed}:{index}"), index).article()


def to_text(article: dict[str, object]) -> str:
    """A .txt file with YAML front matter."""
    title = str(article["title"]).replace('"', "'")
    return (f"---\nid: {article['id']}\nurl: {article['url']}\ntitle: \"{title}\"\ndate: {article['date']}\n"
            f"source: {article['source']}\n---\n{article['text']}")


def write(out: Path, articles: int, seed: int = 1, fmt: str = "txt") -> list[Path]:
    """Write the corpus to `out` (created); .txt: one file per article in folders of 1000; .jsonl: 1000 per file."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "txt":
        for article in generate(articles, seed):
            number = int(str(article["id"]).rsplit("-", 1)[1])
            folder = out / f"{number // 1000:04d}"
            folder.mkdir(exist_ok=True)
            path = folder / f"{article['id']}.txt"
            path.write_text(to_text(article), encoding="utf-8")
            written.append(path)
    elif fmt == "jsonl":
        handle = None
        for number, article in enumerate(generate(articles, seed)):
            if number % JSONL_SHARD == 0:
                if handle:
                    handle.close()
                path = out / f"articles-{number // JSONL_SHARD:04d}.jsonl"
                handle = open(path, "w", encoding="utf-8")
                written.append(path)
            handle.write(json.dumps(article, ensure_ascii=False, sort_keys=True) + "\n")
        if handle:
            handle.close()
    else:
        raise ValueError(f"unknown format {fmt!r} (txt or jsonl)")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--format", choices=["txt", "jsonl"], default="txt", help="txt (front matter) or jsonl")
    args = parser.parse_args(argv)
    paths = write(args.out, args.articles, args.seed, args.format)
    print(f"{args.articles} articles in {len(paths)} file(s) under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
