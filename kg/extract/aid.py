"""Military aid packages: donor, recipient, amount and currency, items with quantities, status, mechanism.

Running totals ("has committed $62 billion since ...") and currency conversions ("€1.3 billion ($1.4 billion)")
are not packages of their own.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg import reference
from kg.clean import INLINE_FIRST_BULLET
from kg.extract.amounts import NUMBER_WORDS, WORDS as CURRENCY_WORDS_TABLE, Money, find_money, local_dollar
from kg.extract.dates import MONTHS, find_dates
from kg.extract.doccache import (doc_text, in_quotes, noun_chunks_within, sentence_index, sentences, span_text, token_at,
                                 tokens, tokens_text)
from kg.extract.people import People, home_country, in_body
from kg.facts import AidItem, AidPackage, Span
from kg.reference import country_code, fold

AID_CUE = re.compile(r"\b(aid|assistance|package|packages|weapons|arms|military support|support|provid\w*|deliver\w*|send\w*|sent|"
                     r"put(?:s|ting)?(?=[^.;]{0,40}\binto\b)|(?:mak(?:e|es|ing)|made)(?=[^.;]{0,40}\bavailable\b)|"
                     r"suppl\w+|donat\w+|pledg\w+|transfer\w*|equip\w*|ammunition|drawdown|tranche|gift\w*|funding|hand\w*\s+over|shipp?\w*|"
                     r"allocat\w+|give|gives|giving|given|gave|grant\w*|financ\w+|FMF|drones?|missiles?|munitions|howitzers?|interceptors?|"
                     r"set\s+aside|earmark\w*|pay(?:s|ing)?\s+for|air\s+defen[cs]es?|tanks?|artillery|vessels?|ships?|boats?|"
                     r"helicopters?|aircraft|armou?red\s+vehicles?|hand(?:s|ed|ing)|body\s+armou?r|helmets|rifles|generators|promis\w+|"
                     r"(?:machine\s+)?guns|(?:is|are)\s+coming\s+from|on\s+(?:its|their)\s+way\s+from|(?:military|defen[cs]e)\s+gear|go(?:es)?\s+towards?|to\s+go\s+to|dispatch\w*|channel(?:s|led|ling|ed|ing)?|personnel\s+carriers?|APCs?|hardware|(?:military|defen[cs]e)\s+(?:wares|goods))\b", re.IGNORECASE)
RECIPIENT_BODIES = {"force", "forces", "army", "military", "government", "people", "troops", "defender", "ministry", "armed",
                    "navy", "coast", "guard", "marines", "marine", "military's", "service", "police", "gendarmerie"}
# a sentence listing what the package just reported holds: "The package includes ..."
PACKAGE_CONTENTS = re.compile(r"^(?:The|This|That|It|Its)\s+(?:new\s+|latest\s+|fresh\s+|newest\s+|military\s+)*"
                              r"(?:package|aid|assistance|measure|tranche)?\s*(?:also\s+)?(?:includes|included|contains|"
                              r"will include|consists of|comprises|will finance|will fund|spans|covers|features|is made up of)\b")
# "Today's delivery at the base, ..., included all-terrain vehicles": what the package in focus delivered
DELIVERY_CONTENTS = re.compile(r"^(?:The|This|That|Today['’]s|Yesterday['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+"
                               r"(?:first\s+|initial\s+|latest\s+|new\s+)?(?:delivery|donation|consignment|shipment|batch|handover|"
                               r"tranche)\b[^.;]{0,120}?\b(?:also\s+)?(?:includes|included|contains|contained|comprises|comprised|"
                               r"consists\s+of|consisted\s+of)\b")
# "The ministry's statement says the package is to contain anti-aircraft guns, ...": its contents as reported
REPORTED_CONTENTS = re.compile(r"\b(?:says|said|states|stated|shows|showed|adds|added|notes|noted)\s+(?:that\s+)?(?:the|this|"
                               r"that)\s+(?:new\s+|latest\s+)?(?:package|aid|assistance|donation|tranche)\s+(?:is\s+to|will|would|"
                               r"is\s+set\s+to)?\s*(?:contains?|include|includes|comprises?|consists?\s+of|be\s+made\s+up\s+of)\b",
                               re.IGNORECASE)
# how a sentence or line that lists a package's contents begins
CONTENTS_OPENING = re.compile(r"^(?:[-•*–▪●]\s*|\d+[.)]\s+|(?:According\s+to\s+[^,]{1,60},\s*)?"
                              r"(?:It|This|These|They|[Tt]he\s+(?:(?:new|latest|military|donated)\s+)?"
                              r"(?:package|aid|assistance|capabilities|"
                              r"equipment|support|items|donation|delivery|shipment|mix|batch|consignment|tranche|list|resolution|deal|"
                              r"decision|decree|measure)(?:\s+of\s+(?:the\s+)?(?:material|materiel|equipment|weapons|items|arms|"
                              r"supplies|aid))?(?:\s+(?:approved|provided|pledged|announced|"
                              r"donated|agreed|listed|given|supplied|handed(?:\s+over)?|drawn\s+up)(?:\s+(?!contain|include|compris)[\w.]+){0,5}?)?)"
                              r"\s+(?:also\s+|will\s+|further\s+|is\s+to\s+|are\s+to\s+|would\s+)?(?:includes?|included|"
                              r"contains?|contained|comprises?|comprised|consists?\s+of|consisted\s+of|covers?|features?)\b|Included\s+(?:are|is)\b|"
                              r"(?:Also\s+)?to\s+be\s+(?:delivered|supplied|sent|provided)\s+(?:are|is)\b|"
                              r"(?:Also\s+)?(?:on|in)\s+the\s+(?:list|package|delivery|shipment|batch|tranche)\s+(?:are|is|were|was)\b|"
                              r"Among\s+(?:the\s+)?(?:contents|items|weapons|arms)\s+(?:of|in)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:package|tranche|aid|delivery|shipment)\s+(?:are|is|were|was)\b|"
                              r"(?:Listed\s+)?[Aa]mong\s+(?:them|(?:the|other|those|these|its)\s+(?:[\w-]+\s+)?(?:items|systems|weapons|"
                              r"capabilities|equipment|deliveries))\b|"
                              r"(?:Items|Capabilities|Systems)\s+include|(?:Made\s+up|Consisting)\s+of\b|"
                              r"Under\s+(?:the|this)\s+(?:new\s+|latest\s+)?(?:package|commitment|donation|aid|tranche)\s*,?\s+"
                              r"(?:[\w.'’-]+\s+){1,3}(?:is\s+to\s+|will\s+|would\s+|is\s+|are\s+)?(?:get|gets|getting|receive|receives|"
                              r"receiving|provide|provides|providing|supply|supplies|supplying|give|gives|giving|deliver|delivers|"
                              r"delivering|send|sends|sending|hand\s+over)\b|"
                              r"(?:Details:\s*)?(?:According\s+to\s+[^,]{1,60},\s*)?[Tt]here\s+will\s+be\b|"  # "there will be 400 vehicles, ..."
                              r"Covered\s+by\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:package|project|aid|grant|donation)\s+(?:are|is)\b)",
                              re.IGNORECASE)
NOT_YET_PASSED = re.compile(r"\b(?:long-stalled|stalled|pending|stuck|blocked|held-up)\b(?![^,;]*\b(?:passed|approved)\b)",
                            re.IGNORECASE)
PART_REACH = 8  # sentences after a package within which sums adding up to no more than it are its parts
PART_SLACK = Decimal("1.02")
LEADING_VERBS = {"lead", "head", "run", "chair", "coordinate", "host", "manage", "administer", "convene"}
SPENDING_LEMMAS = {"use"}  # "Norway plans to use as much as NOK 210 million to buy artillery ammunition for Ukraine"
ALLOCATED_TO = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:to|for|towards?)\s+(?:the\s+|an?\s+)?([\w-]+)", re.IGNORECASE)
SPENDING_REACH = 4  # sentences after a package that may tell what it buys
SPENDING_REACH_NAMED = 8  # ... when they name it again
THIS_PACKAGE = re.compile(r"\b(?:this|that|the)\s+(?:new\s+|latest\s+)?(?:programme|program|package|grant|assistance|aid|"
                          r"donation|project|tranche)\b", re.IGNORECASE)
NOT_YET_REACH = 60  # characters before an amount that may describe its package
# a budget law's sum ("the $1.5 trillion omnibus spending package", "a $95 billion funding bill"): not a package
LEGISLATED = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:omnibus|spending\s+(?:package|bill|plan|law)|funding\s+bill|(?:aid\s+)?bill\b|"
                        r"appropriations?\s+(?:bill|package|act)|budget\b|stopgap)", re.IGNORECASE)
LEGISLATURE_PASSED = re.compile(r"\b(?:Congress|Senate|House|Parliament|lawmakers|legislators|Bundestag|Diet)\b[^.;]{0,40}?"
                                r"\b(?:freed\s+up|approved|passed|appropriated|cleared|unlocked|released)\s+(?:[\w-]+\s+){0,2}$")
IN_FUNDING = re.compile(r"\s+(?:in|of)\s+(?:new\s+|fresh\s+|additional\s+|supplemental\s+)?(?:funding|spending|appropriations?)\b",
                        re.IGNORECASE)
TRYING_TO_PASS = re.compile(r"\btry(?:ing|ies)?\s+to\s+(?:get|push|pass|win)\b", re.IGNORECASE)
SHARE_OF_IT = re.compile(r"\s+of\s+(?:it|that|this|them|the\s+(?:package|total|sum|amount|money|funds?))\b", re.IGNORECASE)
EACH_YEAR = re.compile(r"\b(?:each|every)\s+year\b", re.IGNORECASE)
A_YEARS_SUPPORT_STANDS = re.compile(r"\b(?:for|in)\s+(?:next|this|the\s+coming)\s+year\s+(?:currently\s+|now\s+)?(?:stands|is\s+set|amounts)\s+"
                                    r"(?:at|to)\s+(?:(?:some|about|around|nearly|roughly)\s+)?$", re.IGNORECASE)
SET_ASIDE_BEFORE = re.compile(r"\b(?:set\s+aside|budgeted|earmarked|allocated|reserved)\s+(?:(?:some|about|around|nearly|roughly)\s+)?$",
                              re.IGNORECASE)
FOR_A_YEAR_AFTER = re.compile(r"\W*(?:\([^)]*\)\s*)?for\s+[\w\s'’-]{1,40}?\bin\s+(?:19|20)\d{2}\b(?!\s*[-–/]\s*\d)")
YEAR_BUDGET = re.compile(r"^[^.;]{0,30}?\b(?:set\s+aside|budget(?:ed)?|allocated|earmarked|planned|reserved)\b[^.;]{0,80}?"
                         r"\b(?:in|for)\s+(?:the\s+year\s+)?(?:19|20)\d{2}\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
UNDERTAKING_LEMMAS = {"undertake", "pledge", "promise", "agree", "commit", "decide", "vow", "offer", "resolve"}
OVER_THE_PAST = re.compile(r"^\W*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,3}?(?:over|in|during|across)\s+the\s+(?:past|last)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years|year)\b", re.IGNORECASE)
LEFT_WITH = re.compile(r"\b(?:leaving|leaves|left)\b[^.;]{0,60}?\bwith\s+(?:a\s+mere\s+|only\s+|just\s+|barely\s+)?$",
                       re.IGNORECASE)
YEARLY = re.compile(r"\b(each|every|a|per)\s+year\b|\bannual(ly)?\b|\byearly\b|\baid\s+this\s+year\b", re.IGNORECASE)
DONOR_BODY = re.compile(r"\b(government|cabinet|council|ministry|department|pentagon|dod|house|congress|administration|"
                        r"white house|we)\b|\bthe\s+(?:[A-Z][\w.]*\s+)?(?:military|armed\s+forces|army|defen[cs]e\s+forces)\b"
                        r"(?!\s+(?:aid|assistance|support|equipment|supplies|package|help|hardware))", re.IGNORECASE)
PROVIDE_LEMMAS = {"pass", "provide", "deliver", "send", "supply", "give", "donate", "pledge", "approve", "announce", "reveal",
                  "unveil", "transfer", "commit", "allocate", "offer", "grant", "gift", "ship", "earmark", "authorize",
                  "include", "promise", "thank", "dispatch", "hand", "finance", "fund", "confirm", "propose", "put",
                  "contribute", "invest", "spend", "sign", "clear", "reserve", "allot", "disburse", "release",
                  "channel", "budget", "present", "prepare", "free"}
# a country that is the subject of one of these (or named beside a package it is the subject of) receives
RECEIVE_LEMMAS = {"receive", "secure", "obtain", "get", "win", "accept"}
DUE_WORDS = {"due", "set", "scheduled", "slated", "expected", "poised", "likely", "going"}  # "is due to receive",
# "is set to receive"
TOTAL_CUE = re.compile(r"\b(since|so far|to date|up to now|until now|thus far|in total|totals?|totaling|totalling|overall|in all|cumulative|altogether|"
                       r"combined|worth of aid in|come to|comes to|amounts? to|exceeds?|exceeding|add(?:s|ed|ing)? up to)\b", re.IGNORECASE)
THINGS_TOTALLING = re.compile(r"\b([a-z]+)\s+(?:totall?ing|amounting\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|"
                              r"over|more\s+than)\s+)?$", re.IGNORECASE)
WORTH_BEFORE = re.compile(r"\b(?:worth|valued\s+at|costing)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$", re.IGNORECASE)
CONVERSION_AFTER = re.compile(r"\s*\([^)]{0,40}\)")  # "SEK 6.2 billion (EUR 554 million)"
VALUE_OF_THE_LISTED = re.compile(r"\b(?:(?:with|of)\s+a\s+(?:combined|joint|total)\s+value\s+(?:of)?|(?:together|jointly|combined)\s+"
                                 r"(?:worth|valued\s+at))\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$",
                                 re.IGNORECASE)
WITH_THOSE_BEFORE = re.compile(r"\b(?:and|with)\s+(?:all\s+)?(?:the\s+)?(?:initiatives|packages|ones|contributions|donations|"
                               r"measures)\s+(?:that\s+(?:came|went)\s+before|before\s+it|before\s+them|so\s+far)\b", re.IGNORECASE)
OVER_YEARS = re.compile(r"^\W*(?:\([^)]*\)\s*)?(?:over|for|in|during)\s+(?:the\s+)?(?:period\s+)?\d{4}\s*[–-]\s*\d{2,4}\b|"
                        r"^\W*over\s+(?:the\s+(?:next|coming)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                        r"years\b", re.IGNORECASE)  # ("$10 million over five years": an envelope of years)
# "Finland's military aid to Ukraine climbs to €2.5bn", "Belgian military aid has passed €1 billion"
AID_REACHED = re.compile(r"\b(?:aid|support|assistance|help|contributions?)\b[^.;]{0,60}?\b(?:climb(?:s|ed)?|rises|rose|risen|"
                         r"grows|grew|reach(?:es|ed)?|tops|topped|passe[sd]|hits?|surpass(?:es|ed)?|exceed(?:s|ed)?)\s+"
                         r"(?:to\s+)?(?:the\s+)?(?:(?:more\s+than|over|almost|nearly|about|around|some)\s+)?$", re.IGNORECASE)
RAISED_TO = re.compile(r"\b(?:bolster\w*|boost\w*|rais\w*|lift\w*|push\w*|bring\w*|brought|increas\w*|tak(?:e|es|ing)|took)(?:['’]s)?\s+"
                       r"[^.;]{0,70}?\b(?:support|aid|assistance|contribution|commitment|help)\b[^.;]{0,30}?\bto\s+"
                       r"(?:(?:more\s+than|over|almost|nearly|about|around|some)\s+)?$", re.IGNORECASE)
# a sentence that opens on the span of time it sums up: "Since the war began, ... commitments come to $7.6 billion"
TOTAL_OPENING = re.compile(r"^\s*(?:since|so far|to date|counting (?:since|from)|in all|altogether|overall|all told|in total|(?:in|over|during) the (?:past|last) (?:[\w-]+ ){0,3}?(?:days|weeks|months|years|year|half)|(?:by|until|up to) the end of)\b",
                           re.IGNORECASE)
GROUP_DONOR = re.compile(r"\b(many|several|other|some|\d+|dozens of|numerous|allied|partner|western)\s+(countries|nations|allies|partners|donors|states)\b", re.IGNORECASE)
ITEM_CUE = re.compile(r"\b(including|includes|include|included|which includes|such as|consisting of|comprising|with|providing|provide|deliver|send|supply|:)\b", re.IGNORECASE)
ITEM_HEADS = reference.materiel_words()  # head nouns that name materiel: kg/data/materiel.tsv
# heads that name a part of a system, kept after the model's name: "Patriot launchers", "Stinger missiles"
PART_HEADS = {"launcher", "launchers", "missile", "missiles", "interceptor", "interceptors", "round", "rounds", "shell",
              "shells", "rocket", "rockets", "ammunition", "munition", "munitions", "radar", "radars", "projectile",
              "projectiles", "part", "parts", "battery", "batteries", "ammo", "warhead", "warheads"}
NOT_MODEL_ENTS = {"GPE", "NORP", "DATE", "MONEY", "CARDINAL", "PERCENT", "LOC", "PERSON"}
# a head that counts rounds for a weapon: "rounds for the HIMARS" are HIMARS ammunition
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "dozen": 12}
CALIBRE_UNITS = {"mm", "millimeter", "millimetre", "millimeters", "millimetres", "caliber", "calibre", "inch",
                 "meter", "metre", "foot", "ton", "tonne"}  # (sizes that name a type: "a 10-meter patrol boat")
COUNT_UNITS = {"round", "unit", "piece", "set", "batch", "lot", "pair", "battery", "shipment", "load"}
AMMUNITION_HEADS = {"round", "munition", "munitions", "ammunition", "ammo", "shell", "projectile", "cartridge"}
# materiel named by a head too general to list on its own
ITEM_PHRASES = re.compile(r"\bspare parts?\b|\bcommunications? systems?\b|\bradio sets?\b|\bfirst[- ]aid kits?\b", re.IGNORECASE)
STATUS = [
    ("proposed", re.compile(r"\b(poised to|set to|expected to|plans? to|will (?:ask|seek|request)|proposed|proposal|request(?:ed|ing)? (?:that )?congress|asked congress|seeking|would provide|considering|to approve)\b", re.IGNORECASE)),
    ("approved", re.compile(r"\b(approved|passed|signed|authori[sz]ed|cleared)\b", re.IGNORECASE)),
    ("delivered", re.compile(r"\b(delivered|arrived|shipped|handed over|received)\b", re.IGNORECASE)),
    ("announced", re.compile(r"\b(announced|unveiled|revealed|pledged|committed|will provide|will send|will deliver)\b", re.IGNORECASE)),
]
# funding mechanisms, and the one donor a mechanism's own name gives (None: several use it)
MECHANISMS = [
    ("Presidential Drawdown Authority", re.compile(r"\b(presidential drawdown|drawdown authority|drawdown)\b", re.IGNORECASE), "US"),
    ("Ukraine Security Assistance Initiative", re.compile(r"\b(Ukraine Security Assistance Initiative|USAI)\b"), "US"),
    ("European Peace Facility", re.compile(r"\bEuropean Peace (?:Facility|Fund)\b", re.IGNORECASE), "EU"),  # (translated)
    ("Foreign Military Financing", re.compile(r"\b(Foreign Military Financing|FMF)\b"), "US"),
    ("Lend-Lease", re.compile(r"\blend[- ]lease\b", re.IGNORECASE), None),
]
QUANTITY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "dozen": 12, "a dozen": 12, "twelve": 12, "hundreds": None}
# the one country a national currency belongs to (not the euro or the US dollar, which many use or quote)
CURRENCY_COUNTRY = {"SEK": "SE", "NOK": "NO", "DKK": "DK", "PLN": "PL", "CZK": "CZ", "GBP": "GB", "JPY": "JP", "CAD": "CA",
                    "AUD": "AU", "NZD": "NZ", "KRW": "KR", "CHF": "CH", "TWD": "TW", "ISK": "IS", "INR": "IN", "CNY": "CN"}
# currencies a bare "kroner" or "crowns" means, by donor
NATIONAL_CURRENCY = {"NO": "NOK", "DK": "DKK", "SE": "SEK", "CZ": "CZK", "IS": "ISK"}
# what a recipient asked for: "drawn up from Ukraine's needs and requests"
NEED_NOUNS = {"need", "needs", "request", "requirement", "wish", "priority", "demand", "ask"}
# a package without an amount needs a giving verb, actually reported, with materiel as its object
GIVE_LEMMAS = {"provide", "send", "deliver", "donate", "supply", "pledge", "transfer", "hand", "give", "ship", "gift",
               "dispatch", "commit", "equip", "promise", "contribute", "present", "pass", "grant"}
GIVE_NOUNS = {"delivery", "deliveries", "shipment", "shipments", "transfer", "transfers", "donation", "donations",
              "supply", "supplies"}
NOT_GIVEN_HEADS = {"consider", "refuse", "decline", "ask", "urge", "want", "seek", "request", "hope", "debate", "weigh",
                   "discuss", "reject", "oppose", "push", "press", "pressure", "demand", "rule", "call", "resist",
                   "hesitate", "deny", "accuse", "allege", "stop", "halt", "suspend", "block", "veto", "question",
                   "whether", "if", "fail", "able", "need", "lobby", "appeal", "plead", "beg", "insist"}
HELD_UP = re.compile(r"\b(?:on\s+hold|held\s+up|halted|paused|suspended|frozen|blocked|withheld)\b", re.IGNORECASE)
HOLD_NOUNS = {"hold", "pause", "freeze", "ban", "embargo", "moratorium", "halt", "suspension", "block"}
NOT_GIVEN_AUX = {"could", "might", "may", "should", "must", "can"}
VAGUE_ITEMS = {"example equipment", "defence", "defense", "defences", "defenses", "equipment", "capability", "capabilities", "support", "supplies", "supply",
               "system", "systems", "kit", "devices", "device", "key capabilities", "new capabilities", "video bridge",
               "video link",
               "aid", "assistance", "military equipment", "national defence", "national defense", "materiel",
               "military materiel", "military hardware"}
# too general to make a package without an amount ("intends to give Ukraine weapons worth billions")
TOLD_ALONE = {"military equipment", "equipment", "materiel", "supplies"}  # vague, yet all a package is said to hold
GENERIC_ARMS = {"weapons", "arms", "weaponry", "lethal weapons", "lethal weaponry", "military hardware"}
AID_NOUNS = {"package", "aid", "support", "backing", "assistance", "contribution", "donation", "funding", "commitment",
             "pledge"}
# what materiel is given "to" do to a capability ("spare parts to improve operational capability")
ENHANCING_LEMMAS = {"improve", "boost", "strengthen", "enhance", "increase", "bolster", "reinforce", "maintain",
                    "sustain", "expand", "modernize", "modernise", "upgrade"}
# words before an item that praise or rank it, not name it ("vital supplies", "much-needed ammunition", "the final
# six boats")
LEADING_QUALIFIERS = {"vital", "essential", "critical", "crucial", "important", "necessary", "badly", "urgently", "much",
                  "needed", "much-needed", "valuable", "significant", "substantial", "final", "remaining", "still", "yet",
                  "even"}  # ("still more military equipment")
QUANTITY_QUALIFIERS = {"as", "up", "to", "about", "around", "roughly", "nearly", "approximately", "over", "almost",
                       "upwards", "at", "least", "pair", "total", "than", "no", "fewer", "less", "more"}
CURRENCY_WORD_SET = frozenset(CURRENCY_WORDS_TABLE)  # "630 million euros and including boats": no item's words
DROP_WORDS = CURRENCY_WORD_SET | {"including", "a", "an", "the", "namely", "that", "this", "these", "those", "another", "additional", "more", "new", "newest", "latest", "further", "extra", "its", "their", "his", "it", "plus", "example",
              "her", "our", "whose", "which", "some", "of", "all", "kinds", "other", "several", "many", "various", "and", "billions",
              "millions", "tens", "thousands", "dozens", "hundreds"}


@dataclass
class CountryMention:
    start: int           # char offset
    end: int
    code: str
    token: Token


def countries_in(span: SpacySpan) -> list[CountryMention]:
    """The countries a span names (names, adjectives, capitals), each once per mention; read once per span (after
    the people are found: their names settle the entity labels this reads)."""
    cache = span.doc.user_data.setdefault("kg_countries", {})
    key = (span.start, span.end)
    if key not in cache:
        cache[key] = _countries_in(span)
    return list(cache[key])


def _countries_in(span: SpacySpan) -> list[CountryMention]:
    found: list[CountryMention] = []
    i = span.start
    doc = span.doc
    columns = tokens(doc)
    while i < span.end:
        matched = None
        first = columns.text[i]
        if not first[:1].isupper() and first.lower() not in {"kyiv", "kiev"}:
            i += 1  # every country name, adjective or capital starts with a capital letter ("kyiv" aside)
            continue
        for size in (5, 4, 3, 2, 1):  # ("People's Republic of China": five tokens)
            if i + size > span.end:
                continue
            text = tokens_text(doc, i, i + size)
            if not text[:1].isalpha() or any(columns.punct_or_space[i:i + size]):
                continue
            code = country_code(text) or _union_code(text)
            if code and (text[:1].isupper() or fold(text) in {"kyiv", "kiev"}):
                words = doc[i:i + size]
                if size == 1 and words[0].ent_type_ == "PERSON" and fold(text) not in {"kyiv", "kiev"} and (
                        words[0].ent_iob_ == "I" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
                    continue  # "Israel Katz"; not "Moldova" alone that the model took for a person
                if text.isupper() and len(text) > 4 and (i == span.start or doc[i - 1].is_space):
                    i += size  # a dateline ("WASHINGTON (AP) —") names where, not who
                    break
                head = next((t for t in reversed(words) if t.text not in {"'s", "’s"}), words[-1])
                head = next((t for t in words if t.head.i not in range(words.start, words.end)), head) \
                    if head.text in {".", "S."} or size >= 4 else head  # ("Republic" of "People's Republic of China")
                matched = CountryMention(words.start_char, words.end_char, code, head)
                i += size
                break
        if matched:
            found.append(matched)
        else:
            i += 1
    return found


UNION_NAMES = {"european union", "eu", "e.u.", "e.u", "the european union"}


def _union_code(text: str) -> str | None:
    """The European Union gives aid like a country does ("The European Union approved EUR 50 million ...")."""
    return "EU" if fold(text).strip() in UNION_NAMES and text[:1].isupper() else None


@dataclass
class Draft:
    donor: str | None
    group: bool = False
    start: int = 0
    end: int = 0
    recipient: str | None = None
    money: Money | None = None
    items: list[AidItem] = field(default_factory=list)


POST_NOUNS = {"embassy", "mission", "office", "ambassador", "consulate", "attache", "attaché", "delegation"}
LIST_NOUNS = {"list", "inventory", "breakdown", "roster", "catalogue", "catalog"}
OF_WHICH = re.compile(r"\bof\s+which\b[^.;,]{0,60}$", re.IGNORECASE)
FORMERLY = {"first", "originally", "initially", "previously", "formerly", "once"}


class AidExtractor:
    def __init__(self, doc: Doc, people: People, anchor: dt.date | None, body: list[tuple[int, int]]) -> None:
        self.doc, self.people, self.anchor, self.body = doc, people, anchor, body
        self._donor_counts: Counter | None = None
        self.focus_donor: str | None = None  # the donor of the package the sentence just before reported
        self.last_donor: str | None = None  # the donor of the package reported last

    def run(self) -> list[AidPackage]:
        packages: list[AidPackage] = []
        ahead: list[tuple[object, list[AidItem]]] = []  # contents told before their package (live blogs run newest first)
        all_sentences = sentences(self.doc)
        focus_at = -10  # index of the sentence that last reported a package: the package in focus
        listing = False  # the lines after "This part of the package contains:" list its contents
        pending: tuple[int, list[AidItem]] | None = None  # contents told before the first package's amount
        unpriced_contents: tuple[SpacySpan, list[AidItem]] | None = None  # "the new package contains ...", unpriced
        component_at = -10  # the sentence that last told a part of the package in focus
        listed_into: tuple[int, int] | None = None  # (sentence, package) of the contents told last
        apart = False  # contents told before a priced package that is another one

        def list_contents(sentence: SpacySpan, start: int) -> None:
            """Put what the sentence lists from `start` on the package it tells of: the one whose contents the
            sentence before told (a sentence of several packages has just been split up), else the latest."""
            nonlocal listed_into
            newest = _newest_named(packages, sentence)
            listed = listed_into[1] if listed_into is not None and listed_into[0] >= position - 1 \
                else newest if newest is not None else len(packages) - 1
            packages[listed] = self._with_contents(packages[listed], sentence, start)
            listed_into = (position, listed)
        position = 0  # body sentences read so far (the model also makes sentences of masked clutter)
        for index, sentence in enumerate(all_sentences):
            if not in_body(sentence, self.body):
                continue
            position += 1
            text = span_text(sentence).strip()
            if listing and packages and len(text) <= (LIST_ITEM_CHARS if LIST_ITEM_END.search(text) or text[:1] in "-•*–"
                                                      else LIST_LINE_CHARS) and (
                    not find_money(text) or self._is_component(sentence, packages[-1], listed=True)):
                list_contents(sentence, sentence.start_char)
                focus_at = position
                continue
            inline = INLINE_FIRST_BULLET.search(text)  # "The package further contained: - Eight AS90 guns"
            listing = bool(packages) and position - focus_at <= LIST_INTRO_REACH and (text.endswith(":") or inline) \
                and bool(LIST_INTRO.search(text[:inline.start()] if inline else text))
            restated = self._in_own_currency(text, packages[-1]) if packages and position - focus_at <= 2 else None
            if restated is not None:  # "worth 630 million euros ... The package is said to have an overall value of
                packages[-1] = replace(packages[-1], amount=restated.amount, currency=restated.currency)  # SEK 7.1bn"
                focus_at = position
                continue
            if packages and position - focus_at <= COMPONENT_REACH and self._is_component(
                    sentence, packages[-1], listed=False, running=position - component_at <= 1):
                # "Of that, £80 million goes on kit for the navy, among it ...": a part of the package in focus
                packages[-1] = self._with_contents(packages[-1], sentence, sentence.start_char)
                military = _military_part(span_text(sentence))
                if military is not None:  # "two parts: military assistance of NZD 6m and humanitarian aid of NZD 10m"
                    packages[-1] = replace(packages[-1], amount=military.amount,
                                           currency=military.currency or packages[-1].currency)
                focus_at = component_at = position
                continue
            if not AID_CUE.search(span_text(sentence)) and not VALUE_OF_IT.search(span_text(sentence)) \
                    and not (RECEIVING.search(span_text(sentence)) and find_money(span_text(sentence))) \
                    and not (packages and ANOTHER_SUM.search(span_text(sentence))):
                if packages and position - focus_at <= 4 and self._lists_contents(sentence):
                    # "Included are N vehicles ...", a bullet of a fact sheet: the package in focus
                    list_contents(sentence, sentence.start_char)
                    focus_at = position
                elif packages and position - focus_at <= PRICE_REACH \
                        and (price := self._price_told_after(sentence, packages[-1], position - focus_at)):
                    packages[-1] = replace(packages[-1], amount=price[0], currency=price[1])
                    focus_at = position
                elif packages and position - focus_at <= self._spending_reach(text) \
                        and (start := self._spent_on(sentence, packages[-1])):
                    list_contents(sentence, start)
                    focus_at = position
                continue
            following = all_sentences[index + 1] if index + 1 < len(all_sentences) else None
            contents = _contents_verb(sentence) if packages else None
            self.focus_donor = packages[-1].donor if packages and position - focus_at <= 2 else None
            self.last_donor = packages[-1].donor if packages else None
            found = self.sentence(sentence, following)
            found = [p for p in found if not (packages and p.amount is not None and p.amount == packages[-1].amount
                                              and p.currency == packages[-1].currency
                                              and p.donor and p.donor == packages[-1].recipient)]
            # ("announcing security assistance for Ukraine of $2.5bn as Ukrainians keep defending ...": the package
            # told before, its recipient taken for the giver)
            if not packages and not found:
                early = _contents_verb(sentence)
                if early is not None and not _given(early) or HELD_UP.search(span_text(sentence)):
                    continue  # "Biden halted delivery of a shipment of weapons that included 2,000-pound bombs",
                    # "Among the deliveries on hold are ..."
                named = find_money(span_text(sentence))
                if early is not None and len(named) == 1:
                    start = early.idx + len(early.text)
                    ahead.append((named[0].amount, self._items(sentence, start, sentence.end_char)))
                    continue
                named = [m for m in named if not _is_conversion(span_text(sentence), m)]
                listed_sum = early is not None and len(named) == 1 \
                    and named[0].start - (early.idx + len(early.text) - sentence.start_char) > LISTED_SUM_GAP
                opening = CONTENTS_OPENING.match(span_text(sentence).strip()) if early is None and not named else None
                if early is not None and (not named or listed_sum) or opening is not None:  # "The new package is
                    # expected to include ...", priced after; "It contains 100 radars, ... and €80m set aside for X":
                    # a part among its contents; "the list of material covers ..." (the parser taking the verb for a noun)
                    start = early.idx + len(early.text) if early is not None else \
                        sentence.start_char + len(span_text(sentence)) - len(span_text(sentence).lstrip()) + opening.end()
                    pending = (position, self._items(sentence, start, sentence.end_char))
                    if unpriced_contents is not None and (early is not None or PACKAGE_CONTENTS.match(
                            LEADING_ADVERB.sub("", span_text(sentence).strip()))):
                        # "The fresh package spans ...": more of the contents told before
                        unpriced_contents = (unpriced_contents[0], _merged_items(unpriced_contents[1], pending[1]))
                    if unpriced_contents is None or not unpriced_contents[1]:  # (a headline's "here is what it
                        unpriced_contents = (sentence, pending[1])              # contains" lists nothing)
                    continue
            repeated = bool(found) and all(p.amount is not None and p.amount == packages[-1].amount
                                           and not _first_of_two(p) for p in found) if packages else False
            # ("the $6bn in USAI funds will pay for ...": the package just reported, again)
            other_donor = any(p.donor not in {None, packages[-1].donor} for p in found) if packages else False
            smaller = bool(found) and contents is not None and all(
                p.amount is not None and packages[-1].amount is not None and p.amount < packages[-1].amount
                and p.currency == packages[-1].currency for p in found)  # "the package takes in X, plus Y worth N"
            if contents is not None and (not any(p.amount for p in found) or repeated or smaller) and not other_donor:
                # "The package, drawn from U.S. stocks, includes ...", "Austin said the package will fund ...":
                # the contents of the package just reported, not a package of its own
                start = contents.idx + len(contents.text)
                target = _package_named_by(packages, contents)
                if target == len(packages) - 1 and listed_into is not None and listed_into[0] == position - 1 \
                        and not _names_programme(contents):
                    target = listed_into[1]  # "The package also covers ...": the one whose contents the last sentence told
                packages[target] = self._with_contents(packages[target], sentence, start)
                priced = _value_of_the_listed(span_text(sentence)) if packages[target].amount is None else None
                if priced is not None:  # "the delivery comprised two planes and 70 trucks, worth 18 million euros in all"
                    packages[target] = replace(packages[target], amount=priced.amount, currency=priced.currency)
                listed_into = (position, target)
                focus_at = position  # (what follows may go on listing its contents)
                continue
            if packages and PART_OF_PACKAGE.match(LEADING_ADVERB.sub("", span_text(sentence).strip())) \
                    and not any(p.amount for p in found) \
                    and position - focus_at <= COMPONENT_REACH:
                # "Part of the new package is 155mm shells, (its share of) the EU's plan to send ...": the contents
                list_contents(sentence, sentence.start_char)
                continue
            if packages and not any(p.amount for p in found) and CONTENTS_NAMED.search(span_text(sentence)):
                # "In a release, the State Department listed the contents of the package: four HIMARS launchers ..."
                named_at = CONTENTS_NAMED.search(span_text(sentence)).end() + sentence.start_char
                list_contents(sentence, named_at)
                focus_at = position
                continue
            handed = DEFINITE_INCLUDING.search(span_text(sentence)) if not found and packages \
                and position - focus_at <= 4 else None
            if handed:  # "JUSMAG officials handed over the equipment, including 10 mortar tubes and ...": its contents
                list_contents(sentence, sentence.start_char + handed.end())
                focus_at = position
                continue
            if not found and packages and (PACKAGE_CONTENTS.match(span_text(sentence).strip())
                                           or position - focus_at <= SPENDING_REACH_NAMED and PART_OF_PACKAGE.search(text)
                                           and self._lists_contents(sentence)  # "X are in the Australian package"
                                           or position - focus_at <= 4 and (self._lists_contents(sentence)
                                                                            or DELIVERY_CONTENTS.match(span_text(sentence).strip())
                                                                            or REPORTED_CONTENTS.search(span_text(sentence)))):
                list_contents(sentence, sentence.start_char)
                focus_at = position
                continue
            if packages and not any(p.amount for p in found) and position - focus_at <= self._spending_reach(text) \
                    and (start := self._spent_on(sentence, packages[-1])):
                list_contents(sentence, start)
                focus_at = position
                continue
            if found and packages and position - focus_at <= COMPONENT_REACH and _sums_to(text, packages[-1]):
                # "The deal puts another £125m on top of the £200m package": the parts of the £325m package in focus
                list_contents(sentence, sentence.start_char)
                focus_at = position
                continue
            price = self._price_told_after(sentence, packages[-1], position - focus_at) if not found and packages \
                and position - focus_at <= PRICE_REACH else None
            if price is not None:  # "Twelve carriers were handed to PNG by Australia. ... they had been built under a
                packages[-1] = replace(packages[-1], amount=price[0], currency=price[1])  # commitment of $3 million"
                focus_at = position
                continue
            if found and pending and found[0].amount is not None and OPENS_ANOTHER.match(span_text(sentence).strip()):
                apart = True  # "The deliveries would consist of A and B. X also said Canada would provide $1m for C":
                pending = None  # that sum is another package; the contents told before are one of their own
            if found and pending and found[0].amount is not None and (
                    position - pending[0] <= PENDING_REACH
                    or position - pending[0] <= PRICE_REACH and THE_PACKAGE_PRICED.search(span_text(sentence))):
                # ("... It contains A and B. ... The minister put the value of the new package at €175 million")
                found[0] = replace(found[0], items=_merged_items(pending[1], found[0].items))
                pending = None
            packages += found
            if found:
                focus_at = position
        if (apart or not any(p.donor or p.amount for p in packages)) and unpriced_contents is not None and unpriced_contents[1]:
            # (a "countries are sending arms" of no one's package aside)
            told = self._package_told_without_price(*unpriced_contents)  # "According to the MoD, the new package
            packages += [told] if told is not None else []               # contains ammunition, 50 boats, ..."
        for amount, items in ahead:
            for n, p in enumerate(packages):
                if p.amount == amount:
                    packages[n] = replace(p, items=_merged_items(p.items, items))
                    break
        recipients = Counter(p.recipient for p in packages if p.recipient)
        default = recipients.most_common(1)[0][0] if recipients else None
        out = []
        for ordinal, p in enumerate(packages, start=1):
            named = self.article_recipients - {p.donor}
            fallback = next(iter(named)) if len(named) == 1 else self._article_recipient()
            if fallback == p.donor and p.currency and CURRENCY_COUNTRY.get(p.currency) == p.donor:
                fallback = self._most_named_besides(p.donor)  # ("so important for Japan", in Japan's own release
                # on its grant in yen to Malaysia: the giver's own currency tells the giver is right)
            recipient = p.recipient or default or fallback or self._most_named_besides(p.donor) \
                or (self._only_other_country(p.donor) if p.items else None)  # (materiel handed over)
            items = tuple(i for i in p.items if fold(i.name) not in VAGUE_ITEMS) \
                or tuple(i for i in p.items if fold(i.name) in TOLD_ALONE)  # ("military equipment" and nothing else)
            if p.donor is None and p.amount is None:
                continue  # "Other countries have also promised military materiel", "Western countries have stepped up
                # deliveries of air defence equipment": no one's package
            if p.currency and CURRENCY_COUNTRY.get(p.currency) == recipient:
                continue  # "the Swedish Armed Forces will get an extra SEK 730 million": a country's own budget, in its
                # own currency, not aid another country gives it
            if recipient and recipient != p.donor:
                out.append(AidPackage(**{**p.__dict__, "recipient": recipient, "ordinal": ordinal, "items": items}))
        return _merge_unpriced(self._roll_up_parts(self._fold_unpriced(out)), self.anchor)

    def _roll_up_parts(self, packages: list[AidPackage]) -> list[AidPackage]:
        """Two or more sums of one donor, recipient and currency told in the sentences after a larger package, that
        together come to no more than it, are its parts ("$440 million ...: $200 million goes to ..., a further $50
        million ..., $100 million to build drones"): what they buy is the package's too. (They stay, each told as a
        package of its own: a sum within a larger one may also be a first tranche of an authority.)"""
        index = self._sentence_of
        out = list(packages)
        rolled: set[int] = set()
        for n, parent in enumerate(packages):
            if n in rolled or parent.amount is None:
                continue
            parts: list[AidPackage] = []
            for later in packages[n + 1:]:
                if later.amount is None or (later.donor, later.recipient, later.currency) != (
                        parent.donor, parent.recipient, parent.currency) or later.amount >= parent.amount \
                        or index(later) - index(parent) > PART_REACH \
                        or sum(p.amount for p in parts) + later.amount > parent.amount * PART_SLACK \
                        or any(SEPARATELY.match(e.text) for e in later.evidence):
                    break
                parts.append(later)
            if len(parts) >= 2:
                items: tuple[AidItem, ...] = parent.items
                for part in parts:
                    items = _merged_items(items, part.items)
                rolled |= set(range(n + 1, n + 1 + len(parts)))
                out[n] = replace(parent, items=items)
        for part in packages:  # "Under the UK's latest package, £200m goes to drones": the one larger package's too
            if part.amount is None or not part.evidence or not PART_OF_A_PACKAGE.match(part.evidence[0].text):
                continue
            larger = [i for i, q in enumerate(out) if q.amount is not None and q.amount > part.amount
                      and (q.donor, q.recipient, q.currency) == (part.donor, part.recipient, part.currency)]
            if len(larger) == 1:
                out[larger[0]] = replace(out[larger[0]], items=_merged_items(out[larger[0]].items, part.items))
        return out

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start_char for s in sentences(self.doc)]

    def _sentence_of(self, package: AidPackage) -> int:
        """The index of the sentence that first tells of the package."""
        return bisect_right(self.sentence_starts, package.evidence[0].start) - 1 if package.evidence else -100

    def _fold_unpriced(self, packages: list[AidPackage]) -> list[AidPackage]:
        """A package told without its amount a few sentences from the one priced package of the same donor and
        recipient is that package ("X pledged 70 vehicles under its newest package. ... unveiled the package, worth
        $110m")."""
        index = self._sentence_of

        def near(q: AidPackage, p: AidPackage) -> int:  # sentences from p to the nearest that tells of q (q grows as
            return min(abs(bisect_right(self.sentence_starts, span.start) - 1 - index(p))  # packages fold into it)
                       for span in q.evidence) if q.evidence else abs(index(q) - index(p))

        out = list(packages)
        for p in packages:
            if p.amount is not None:
                continue
            priced = sorted((q for q in out if q.amount is not None and (q.donor, q.recipient) == (p.donor, p.recipient)
                             and not (index(q) > index(p) and q.evidence and OPENS_ANOTHER.match(q.evidence[0].text)
                                      and not PACKAGE_WORD.search(q.evidence[0].text))
                             and not (index(q) > index(p) and q.evidence and TOLD_AS_EARLIER.match(q.evidence[0].text)
                                      and not THE_SAME_PACKAGE.search(q.evidence[0].text))),
                            key=lambda q: near(q, p))  # ("X hands over A and B. In addition, X pays a further EUR 3m
            # into a fund": another package)
            if any(AS_PART_OF_IT.search(span.text) for span in p.evidence):  # "...; as part of this, Oslo will give
                priced = [q for q in priced if index(q) <= index(p)][:1]     # ...": of the package told before
            own_told = p.evidence[:1]  # the sentence that tells of it (not the ones that list its contents after)
            more = any(MORE_OF_IT.search(span.text) and not GAVE_BEFORE.search(span.text) for span in own_told) \
                and any(index(q) <= index(p) for q in priced)
            if more and not any(AS_PART_OF_IT.search(span.text) for span in p.evidence):
                priced = [q for q in priced if index(q) <= index(p)]  # "X is also sending ...": more of the package
                # told so far, not of one the article comes to after
            own = {fold(i.name) for i in p.items}
            sharing = [q for q in priced if own & {fold(i.name) for i in q.items}]
            priced_next = [q for q in priced if index(q) == index(p) + 1 and any(
                THAT_PACKAGE_PRICED.match(span.text) for span in q.evidence[:1])]
            if priced_next:  # "... 21,000 small arms. That package is valued at C$59 million": its price
                priced = priced_next
            elif len(priced) > 1 and len(sharing) == 1:  # the priced package that names the same materiel
                priced = sharing
            elaborates = not any(OTHER_TIME.search(DEADLINE.sub("", REPORTED_EARLIER.sub("", span.text))) for span in own_told) \
                or any(GOES_ON.match(span.text) for span in own_told)  # "On top of that, it will send ..."
            definite = bool(priced) and any(THE_PACKAGE_PRICED.search(span.text) for span in priced[0].evidence)
            # "put the value of the package at SEK 4.3bn"; or the one priced package of the pair, told again later
            again = len(priced) == 1 and elaborates and not any(ADDITIONAL.search(span.text) for span in own_told)
            under_it = any(UNDER_THE_PACKAGE.search(span.text) for span in p.evidence)  # "Under the donation, ..."
            reach = FOLD_DISTANCE_DEFINITE if definite or again or under_it else FOLD_DISTANCE
            if not priced or near(priced[0], p) > reach or len(priced) > 1 and near(priced[1], p) == near(priced[0], p):
                continue  # none near, or two as near: which one it elaborates is not told
            named_again = {fold(i.name).removesuffix("s") for i in p.items} \
                & {fold(i.name).removesuffix("s") for i in priced[0].items}  # "... more than the Bushmasters alone"
            if not (elaborates or named_again or priced_next or any(PACKAGE_WORD.search(span.text) for span in p.evidence)):
                continue  # materiel given on its own ("the F-16s pledged last year") is not the package told nearby
            target = out.index(priced[0])
            first, second = (p, priced[0]) if index(p) < index(priced[0]) else (priced[0], p)
            out[target] = replace(priced[0], items=_merged_items(first.items, second.items),
                                  evidence=priced[0].evidence + p.evidence)
            out.remove(p)
        return out

    def _price_told_after(self, sentence: SpacySpan, focus: AidPackage, distance: int = 1) -> tuple[Decimal, str | None] | None:
        """The one sum of a sentence right after a package told without one, naming no other country, when the
        sentence speaks of that materiel again ("they", "the carriers") under a word of giving ("a commitment of");
        a few sentences on, only when it names the materiel again ("The coastal radars, worth JPY 600 million, ...")."""
        text = span_text(sentence)
        if focus.amount is not None or not focus.items or not focus.donor:
            return None
        told = [m for m in find_money(text) if not _is_conversion(text, m)]
        if len(told) == 1 and (THE_PACKAGE_COSTS.search(text[:told[0].start]) or THE_PACKAGE_PRICED.search(text[:told[0].start])) \
                and not SPAN_OF_TIME.search(re.sub(r"^\W*(?:altogether|in\s+all)\b,?", "", text[:told[0].start], flags=re.IGNORECASE)):
            # "The new package costs EUR 105 million in total", "Altogether the donated items are valued at ..."
            return told[0].amount, told[0].currency
        money = [m for m in told if not self._is_total(text, m)]
        if len(money) != 1 or not PRICE_WORDS.search(text[:money[0].start]):
            return None
        if {c.code for c in countries_in(sentence)} - {focus.donor, focus.recipient, ""}:
            return None
        heads = {fold(i.name).split()[-1] for i in focus.items}
        words = {fold(t.lemma_) for t in sentence} | {fold(t.text) for t in sentence}
        if distance > 1:
            heads = {w for i in focus.items for word in fold(i.name).split()
                     for w in (word, word.removesuffix("s")) if w in ITEM_HEADS}  # ("vehicles": the head "vehicle")
            return (money[0].amount, money[0].currency) if words & heads and re.match(
                r"\W*(?:The|These|Those)\b", text) else None
        if not words & (heads | {"they", "them"}) and not _same_platforms(words, heads):
            return None  # ("the vessels, worth ...", of the patrol craft told before)
        currency = local_dollar(text, money[0].start, money[0].currency, focus.donor, doc_text(self.doc), self.home) \
            or money[0].currency
        return money[0].amount, currency

    def _package_told_without_price(self, sentence: SpacySpan, items: list[AidItem]) -> AidPackage | None:
        """An article's one package, told by its contents and never priced: from the country whose officials the
        article names most, besides the recipients."""
        if BOUGHT.search(span_text(sentence)):
            return None  # "Under the deal, it covers a simulator, weapons, ...": what a sale covers
        receiving = self.receiving_counts.most_common(1)
        receiver = receiving[0][0] if receiving else self._article_recipient()
        named: Counter = Counter()
        for official in self.people.officials.values():
            if official.country and official.country not in {receiver, "RU"}:
                named[official.country] += len(official.mentions)
        told: Counter = Counter(c.code for s in sentences(self.doc) if in_body(s, self.body) for c in countries_in(s)
                                if c.code not in {receiver, "RU"})
        if told and (not named or told.most_common(1)[0][1] > 2 * told.get(named.most_common(1)[0][0], 0)):
            named = told  # "Bulgaria's parliament has given the green light ...", its officials named by post only
        donor = named.most_common(1)[0][0] if named else None
        verb = _contents_verb(sentence)
        sent = verb is not None and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in SENT_GOODS
                                        for c in verb.children)
        if receiver is None and donor is not None and sent:  # "A consignment of Norwegian aid has reached the
            receiver = self._most_named_besides(donor)        # Ukrainian army. The shipment from Norway consisted of"
        if donor is None or receiver is None:
            return None
        text = span_text(sentence)
        span = Span(sentence.start_char + len(text) - len(text.lstrip()), sentence.start_char + len(text.rstrip()),
                    text.strip())
        return AidPackage(donor=donor, recipient=receiver, amount=None, currency=None, items=tuple(items), date=None,
                          status="announced", mechanism=None, evidence=(span,), confidence=0.6)

    @staticmethod
    def _spending_reach(text: str) -> int:
        """How many sentences back the package whose contents a sentence tells may be: further when the sentence
        names it again ("Under this programme, patrol boats will be supplied")."""
        return SPENDING_REACH_NAMED if THIS_PACKAGE.search(text) else SPENDING_REACH

    def _spent_on(self, sentence: SpacySpan, focus: AidPackage) -> int | None:
        """Where the sentence starts telling what the package in focus buys: "the money will go to logistical and
        medical equipment", "The Philippine Navy is to receive coastal radars and boats"."""
        spent = MONEY_GOES_TO.search(span_text(sentence))
        if spent:
            return sentence.start_char + spent.end()
        received = self._focus_receives(sentence, focus)
        if received is not None:
            return received.idx + len(received.text)
        return sentence.start_char if self._given_unnamed(sentence, focus) else None

    def _given_unnamed(self, sentence: SpacySpan, focus: AidPackage) -> bool:
        """The sentence tells materiel given in the passive with no giver named and no other receiver, naming no
        money: "Under this programme, patrol boats and related equipment will be supplied to the Fiji Navy"."""
        if find_money(span_text(sentence)):
            return False
        receivers = {focus.recipient} if focus.recipient else self.article_recipients
        others = {c.code for c in countries_in(sentence)} - receivers - {focus.donor}
        for verb in sentence:
            if verb.lemma_.lower() not in GIVE_LEMMAS or not any(c.dep_ == "auxpass" for c in verb.children) \
                    or any(c.dep_ in {"neg", "agent"} for c in verb.children):
                continue
            things = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if things and (things[0].lemma_.lower() in ITEM_HEADS or things[0].lower_ in ITEM_HEADS) and not others:
                return True
        return False

    def _focus_receives(self, sentence: SpacySpan, focus: AidPackage) -> Token | None:
        """The receiving verb of a sentence whose subject is the recipient of the package in focus, or its forces
        ("The Philippine Navy is to receive coastal radars", "is to be given"), naming no money."""
        if find_money(span_text(sentence)):
            return None
        for country in countries_in(sentence):
            node = country.token
            while node.dep_ in {"compound", "amod", "poss", "nmod"} and node.head is not node:
                node = node.head
            wanted = {focus.recipient} if focus.recipient else (self.article_recipients - {focus.donor}) or (
                {c.code for c in countries_in(sentence)} - {focus.donor})
            if country.code not in wanted or node.dep_ not in {"nsubj", "nsubjpass"}:
                continue  # ("the Djiboutian Navy will be provided with coastal radars": passive too)
            verb = node.head
            if verb.lemma_ == "be":  # "is to receive"
                verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
            if verb.lemma_.lower() in RECEIVE_LEMMAS and verb.pos_ == "VERB":
                return verb
            if verb.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS and any(c.dep_ == "auxpass" for c in verb.children):
                return verb  # "The Philippine Navy is to be given coastal radars"
        return None

    def _with_contents(self, package: AidPackage, sentence: SpacySpan, start: int) -> AidPackage:
        """The package with the items the sentence lists from `start` on (the sentence tells of it too)."""
        items = self._items(sentence, start, sentence.end_char)
        if not items:
            return package
        text = span_text(sentence)
        told = Span(sentence.start_char + len(text) - len(text.lstrip()), sentence.start_char + len(text.rstrip()), text.strip())
        return replace(package, items=_merged_items(package.items, items),
                       evidence=package.evidence + ((told,) if told not in package.evidence else ()))

    def _lists_contents(self, sentence: SpacySpan) -> bool:
        """The sentence lists what a package holds, and names no money of its own: it opens like a list of contents
        or is a bullet, its subject is the package ("The listed contents include"), or it says what is part of the
        package ("Ammunition will form part of this package too")."""
        text = span_text(sentence).strip()
        opening = CONTENTS_OPENING.match(text)
        money = find_money(text)
        if money and not (opening and all(m.start - opening.end() > LISTED_SUM_GAP for m in money)):
            return False  # (a sum well inside the list is one of its contents: "...; and $10m for the UN's fund")
        return bool(opening or PART_OF_PACKAGE.search(text) or CONTENTS_NAMED.search(text)
                    or ITEMS_LISTED.search(text) or ALSO_TO_GET.search(text)) or _contents_verb(sentence) is not None

    def _giving_phrase_start(self, position: int, base: int) -> int:
        """Where a donor's share of a sentence starts: at the donor, or, for a donor told after what it gives ("10,000
        drones supplied by the United Kingdom", "more missiles from France"), at the start of that phrase."""
        at = token_at(self.doc, position)
        if at is None:
            return position
        token = self.doc[at]
        while token.dep_ in {"compound", "det", "amod"} and token.head.i > token.i:
            token = token.head  # "the United Kingdom": its head word
        if token.dep_ != "pobj" or token.head.lower_ not in {"by", "from"}:
            return position
        thing = token.head.head
        if thing.dep_ == "acl" and thing.pos_ == "VERB":
            thing = thing.head  # "drones supplied by": the drones
        while thing.dep_ == "conj" and thing.head.i < thing.i:
            thing = thing.head  # "missiles and armored vehicles from France": from the first
        if thing.pos_ not in {"NOUN", "PROPN"} or thing.i >= token.i:
            return position
        return max(thing.left_edge.idx, base)

    def _thanked(self, sentence: SpacySpan) -> tuple[str, str] | None:
        """(donor, recipient) of "A thanked B for ...", "A expressed gratitude to B for ...": B's country and A's."""
        for token in sentence:
            if token.lemma_.lower() == "thank" and token.pos_ == "VERB":
                giver = next((c for c in token.children if c.dep_ == "dobj"), None)
                thanker = next((c for c in token.children if c.dep_ == "nsubj"), None)
            elif {token.lemma_.lower(), token.lower_} & {"gratitude", "thanks", "appreciation"} and token.pos_ == "NOUN":
                to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                giver = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                thanker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            else:
                continue
            donor, recipient = self._country_of(giver), self._country_of(thanker)
            if donor and recipient and donor != recipient:
                return donor, recipient
        return None

    def _country_of(self, token: Token | None) -> str | None:
        """The country a token names, or the country of the official it names."""
        if token is None:
            return None
        if token.lower_ in {"he", "she"}:  # "Zelenskyy said he had thanked Scholz": the speaker
            speakers = {m.key for m in self.people.mentions if m.speaker and m.key in self.people.officials
                        and token.sent.start <= m.start < token.sent.end}
            return self.people.officials[speakers.pop()].country if len(speakers) == 1 else None
        left, right = token.left_edge.i, token.right_edge.i
        for ent in token.sent.ents:  # "the United States": the whole name
            if left <= ent.start and ent.end - 1 <= right and ent.label_ in {"GPE", "NORP"}:
                code = country_code(ent.text) or country_code(ent.root.text)
                if code:
                    return code
        for t in token.subtree:  # "the US House" (an organization of the country)
            if t.dep_ in {"compound", "amod", "poss"} and t.pos_ in {"PROPN", "ADJ"} and country_code(t.text):
                return country_code(t.text)
        for m in self.people.mentions:
            if m.start <= token.i < m.end and m.key in self.people.officials:
                return self.people.officials[m.key].country
        return None

    def _is_component(self, sentence: SpacySpan, focus: AidPackage, listed: bool = False, running: bool = False) -> bool:
        """The sentence tells what a part of the package in focus pays for: a smaller amount "of that" / "of the
        package", or "another" amount set aside for something, and no other donor."""
        text = span_text(sentence)
        if focus.amount is None:
            return False
        money = [m for m in find_money(text) if not _is_conversion(text, m)
                 and not (m.amount >= focus.amount and self._is_total(text, m))]
        if not money or any(m.amount >= focus.amount for m in money):
            return False  # (a running total beside the parts is neither: "..., bringing its support to $1bn")
        if not (listed or COMPONENT_OF.search(text) or INCLUDED_TOO.search(text) or SPLIT_INTO.search(text)
                or PART_TOLD.search(text)
                or (COMPONENT_MORE.search(text) or running) and COMPONENT_SPEND.search(text)):
            return False  # (a line of a list of the package's contents is a part of it whatever its wording)
        countries = countries_in(sentence)
        recipients = {c.code for c in countries if self._is_recipient(c)}
        return all(code in {focus.donor, focus.recipient} for _, code in self._donors(sentence, countries, recipients))

    @cached_property
    def conversions(self) -> list[Decimal]:
        """Amounts the article gives as conversions of another ("A$110m ($73.5m)")."""
        out = []
        for sentence in sentences(self.doc):
            if in_body(sentence, self.body):
                text = span_text(sentence)
                out += [m.amount for m in find_money(text) if _is_conversion(text, m)]
        return out

    def _converted_elsewhere(self, money: Money) -> bool:
        """A headline or summary that restates a package by its conversion ("$74mn" for "A$110m ($73.5m)")."""
        return any(abs(money.amount - c) <= CONVERSION_TOLERANCE * c for c in self.conversions)

    @cached_property
    def home(self) -> str | None:
        """The country the article is written from (dateline, first sentence)."""
        return home_country(self.doc, self.body)

    def _share_of(self, countries: list[CountryMention], giver: str | None) -> str | None:
        """The country whose share, measure or package a sentence prices, right after another recipient's package
        of the donor in focus."""
        for c in countries:
            token = c.token
            if token.dep_ == "poss" and token.head.lemma_.lower() in SHARE_NOUNS and c.code != giver \
                    and self.focus_donor:
                return c.code
            if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.i == token.sent.start \
                    and c.code != giver:
                return c.code  # "In Chad, the €14.5 million will go towards ...": that country's share
        return None

    def _article_donor(self, recipients: set[str]) -> str | None:
        """The country an article's aid comes from when a sentence names only "the Government" or "the Council":
        the country (or organization) the article names most, besides the recipients and the aggressor they resist."""
        if self._donor_counts is None:
            counts: Counter = Counter()
            for sentence in sentences(self.doc):
                if in_body(sentence, self.body):
                    counts.update(c.code for c in countries_in(sentence))
            for official in self.people.officials.values():
                if official.country:
                    counts[official.country] += len(official.mentions)
            eu = reference.organizations().get("EU")
            if eu:
                counts["EU"] += sum(len(re.findall(rf"\b{re.escape(a)}\b", doc_text(self.doc))) for a in eu.extra.split(";") if a)
            self._donor_counts = counts
        excluded = recipients | self.priced_recipients | {"RU"}  # the article's recipients never give its aid
        ranked = [code for code, count in self._donor_counts.most_common() if code not in excluded and count > 0]
        return ranked[0] if ranked else None

    @cached_property
    def receiving_counts(self) -> Counter:
        """How often the article names each country as receiving."""
        return Counter(c.code for sentence in sentences(self.doc) if in_body(sentence, self.body)
                       for c in countries_in(sentence) if self._is_recipient(c))

    @cached_property
    def priced_recipients(self) -> set[str]:
        """The countries named as receiving in a sentence that names money."""
        return {c.code for sentence in sentences(self.doc) if in_body(sentence, self.body) and find_money(span_text(sentence))
                for c in countries_in(sentence) if self._is_recipient(c)}

    @cached_property
    def article_recipients(self) -> set[str]:
        """The country the article most often names as receiving (all of them when tied)."""
        top = max(self.receiving_counts.values(), default=0)
        return {code for code, n in self.receiving_counts.items() if n == top}


    def _currency_country(self, money: list[Money], recipients: set[str]) -> str | None:
        """"SEK 3 billion" with no donor named: Sweden, when the article names Sweden and it is not the recipient."""
        codes = {CURRENCY_COUNTRY.get(m.currency or "") for m in money} - {None}
        if len(codes) != 1:
            return None
        code = codes.pop()
        return code if code in self.named_countries and code not in recipients | self.article_recipients else None

    def _most_named_besides(self, donor: str | None) -> str | None:
        """"Japan will give rescue boats to the military of the Southeast Asian country": the country the body names
        most after the donor, when it is named at least twice and twice as often as any other."""
        ranked = Counter({code: n for code, n in self.country_counts.items() if code != donor}).most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _only_other_country(self, donor: str | None) -> str | None:
        """"... help the Coast Guard keep Jamaica's coastline secure": the one country the body names besides the donor."""
        ranked = [code for code in self.country_counts if code != donor]
        return ranked[0] if len(ranked) == 1 and donor and self.country_counts.get(donor) else None

    @cached_property
    def country_counts(self) -> Counter:
        """How often the body names each country."""
        return Counter(c.code for sentence in sentences(self.doc) if in_body(sentence, self.body)
                       for c in countries_in(sentence))

    @property
    def named_countries(self) -> set[str]:
        """Every country the body names."""
        return set(self.country_counts)

    def _article_recipient(self) -> str | None:
        counts = Counter()
        for match in re.finditer(r"\b(?:to|for)\s+([A-Z][a-z]+)", doc_text(self.doc)):
            code = country_code(match.group(1))
            if code:
                counts[code] += 1
        return counts.most_common(1)[0][0] if counts else None

    def sentence(self, sentence: SpacySpan, following: SpacySpan | None) -> list[AidPackage]:
        text, base = span_text(sentence), sentence.start_char
        all_money = find_money(text)
        money = [m for m in all_money if not self._is_total(text, m) and not _is_conversion(text, m)
                 and not SHARE_OF_IT.match(text[m.end:])  # "may spend $45 million of it on ...": a part
                 and not NOT_YET_PASSED.search(text[max(0, m.start - NOT_YET_REACH):m.start])
                 and not TRYING_TO_PASS.search(text)  # "the long-stalled aid package of about $60 billion": no aid yet
                 and not _changed_from_to(text, m, all_money)  # "to double its plan from €4 billion to €8 billion"
                 and not (TURNED_DOWN.search(text[m.end:]) and PROPOSED_BEFORE.search(text[:m.start]))
                 # ("a proposal to set aside €40 billion for Ukraine was rejected")
                 and not LEGISLATED.match(text[m.end:])
                 and not re.search(r"\btoken\s+(?:fee\s+of\s+)?$", text[max(0, m.start - 16):m.start], re.IGNORECASE)  # "a token $100"
                 and not LENT_BEFORE.search(text[max(0, m.start - LENT_REACH):m.start]) and not LENT_AFTER.match(text[m.end:])
                 and not COMPENSATION_AFTER.match(text[m.end:])  # "900 million euros from allies as compensation for"
                 and not (LEGISLATURE_PASSED.search(text[:m.start]) and IN_FUNDING.match(text[m.end:]))
                 # ("the US Congress freed up $94bn in new funding for the country": an appropriation, not a package)
                 and (FOLLOWED_BY_CONVERSION.match(text[m.end:]) or not self._converted_elsewhere(m))]
        money = [m for m in money if not _military_share_follows(text, m, all_money)]
        if (SALE.search(text) or PURCHASE_FROM.search(BOUGHT_BEFORE.sub("", text))) \
                and not GIFT.search(SUPPORT_SERVICES.sub("", text)):
            return []  # "cleared possible sales of HIMARS to Estonia ... worth $1.5bn", "agreed to purchase five ships
            # from Japan": sold, not given
        civilian = [m for m in money if _for_civilians(text, m, all_money)]
        money = [m for m in money if m not in civilian]
        if civilian and not money:
            return []  # "Belgium will also give €86m to support the civilian population": not military aid
        totals_only = bool(all_money) and not money  # "has committed €6 billion since 2022, including F-16s"
        countries = countries_in(sentence)
        recipients = {c.code for c in countries if self._is_recipient(c)}
        donors = self._donors(sentence, countries, recipients)
        if any(c not in recipients and self._agent_at(pos) for pos, c in donors):
            donors = [(pos, c) for pos, c in donors if c not in recipients]  # ("the Indonesian Navy's chief announced a
            # corvette will be transferred to Indonesia by the Republic of Korea Navy": Korea gives)
        group = GROUP_DONOR.search(text)
        if group and not self._group_is_subject(sentence, group):
            group = None  # "... as the UK and Germany get ready to host 50 nations": not who gives
        thanked = self._thanked(sentence) if money or THANKED_FOR_GIVING.search(text) else None
        if thanked and not money and recipients and thanked[1] not in recipients:
            thanked = None  # "Austin thanked Denmark for providing Ukraine with ... and the Czech Republic for ...": the
            # thanker's country got nothing; the givers are read as the sentence tells them
        if thanked:  # "Zelenskyy thanked Scholz for a €3bn package": Scholz's country gave, Zelenskyy's received
            donors = [(base, thanked[0])]
            recipients = recipients | {thanked[1]}
        giver = self.focus_donor or self.last_donor
        share = self._share_of(countries, giver) if not donors and not group and money and giver else None
        if share:  # "Moldova gets €40m ... Georgia's measure is worth €30m": the same donor's measure for Georgia
            donors, recipients = [(base, giver)], recipients | {share}
        if not donors and not group and money and self.last_donor and ANOTHER_SEPARATE.search(text[:money[0].start]):
            donors = [(base, self.last_donor)]  # "The week before, the administration had announced a separate $820m"
        if not donors and not group and money and (self.focus_donor or self.last_donor) and any(
                THE_PACKAGE_BEFORE.match(clause[:1].upper() + clause[1:]) for clause in CLAUSES.split(text)):
            donors = [(base, self.focus_donor or self.last_donor)]  # "It came on top of an €11m package cleared on
            # Saturday", "The new aid comes after another $450m shipment", "...; it came after €11m was approved": that
            # donor's
        receiving = bool(recipients) and bool(RECEIVING.search(text))  # "Bosnia is getting 10 million euros"
        if not donors and not group and money and (re.search(r"\b(package|assistance|aid|support|measure|contribution|financing|"
                                                             r"drawdown|tranche|donation)\b", text, re.IGNORECASE)
                                                   and (DONOR_BODY.search(text) or re.search(r"\b(?:package|drawdown|tranche)\b", text, re.IGNORECASE))
                                                   or VALUE_OF_IT.search(text) or receiving or MATERIEL_VALUED.search(text)
                                                   or _materiel_priced(sentence)
                                                   or re.search(r"\b(?:assistance|aid|funding)\b", text, re.IGNORECASE)
                                                   and self._currency_country(money, recipients)  # "a ¥1.6bn deal under
                                                   # Japan's Official Security Assistance"
                                                   or recipients and EARMARKING.search(text)):
            fallback = self._currency_country(money, recipients) or _mechanism_donor(text, recipients) \
                or self._article_donor(recipients or self.article_recipients)
            donors = [(base, fallback)] if fallback else []
        if not donors and not group:
            return []
        if len(donors) > 1 and len(money) == 1:  # "£100m ... is coming from Norway through the fund the UK leads"
            sourced = [(pos, c) for pos, c in donors if (at := token_at(self.doc, pos)) is not None
                       and self.doc[at].dep_ == "pobj" and self.doc[at].head.lower_ == "from"
                       and self.doc[at].head.head.lemma_.lower() in {"come", "arrive"} | GIVE_LEMMAS]
            donors = sourced or donors
        national = {CURRENCY_COUNTRY.get(m.currency or "") for m in money} - {None}
        if len(donors) > 1 and len(money) == 1 and len(national) == 1 and national <= {c for _, c in donors} \
                and not any(c in national and pos <= base + money[0].start
                            and not any(pos < p <= base + money[0].start for p, _ in donors) for pos, c in donors):
            donors = [(pos, c) for pos, c in donors if c in national]  # "a 1.6 billion yen project": Japan's (not
            # "Germany promised rounds, while Canada put forward C$20 million": Canada's sum in its own clause)
        drafts = [Draft(donor=c, start=self._giving_phrase_start(pos, base)) for pos, c in donors]
        if group:
            drafts.append(Draft(donor=None, group=True, start=base + group.start()))
        drafts.sort(key=lambda d: d.start)
        for i, draft in enumerate(drafts):
            draft.end = drafts[i + 1].start if i + 1 < len(drafts) else sentence.end_char
        for i in range(len(drafts) - 2, -1, -1):  # "Lithuania and Latvia are to hand ...": one giving for both
            if CONJOINED.fullmatch(doc_text(self.doc)[drafts[i].start:drafts[i + 1].start]):
                drafts[i].end = drafts[i + 1].end
        item_region = sentence
        if following is not None and self._continues(following):
            item_region = self.doc[sentence.start:following.end]
            recipients |= {c.code for c in countries_in(following)[:1]}
        elif following is not None and not money and A_NEW_PACKAGE.search(text) and _contents_verb(following) is not None:
            item_region = self.doc[sentence.start:following.end]  # "X unveiled a new package for Y on July 8. Its
            # centrepiece was ...": the new package's contents
        for i, draft in enumerate(drafts):
            lower = base if i == 0 else draft.start  # "the $8.7 billion package Israel secured from the United States"
            segment_money = [m for m in money if lower <= base + m.start < draft.end]
            if not segment_money and len(drafts) == 1:
                segment_money = money
            draft.money = segment_money[0] if segment_money else None
            if draft.money is not None:  # "worth NT$10.9 billion ($345 million)" given by the US: the dollars
                draft.money = _in_donor_currency(text, draft.money, all_money, draft.donor)
            region_end = draft.end if item_region is sentence else max(draft.end, item_region.end_char)
            draft.items = self._items(item_region, lower, region_end)  # the first donor's also before it
            candidates = [c for c in countries if c.code in recipients and c.code != draft.donor]
            anchor = base + draft.money.start if draft.money else draft.start
            after = [c for c in candidates if c.start >= anchor]
            nearest = min(after or candidates, key=lambda c: abs(c.start - anchor)) if candidates else None
            draft.recipient = nearest.code if nearest else (
                next((r for r in recipients if r != draft.donor), None))
        status = next((name for name, pattern in STATUS if pattern.search(text)), "announced")
        mechanism = next((name for name, pattern, _ in MECHANISMS if pattern.search(text)), None)
        dates = [d.date for d in find_dates(text, self.anchor) if d.date]
        span = Span(base + len(text) - len(text.lstrip()), base + len(text.rstrip()), text.strip())
        drafts = self._shares(drafts, money, [c for c in countries if c.code in recipients], text, base)
        if len(drafts) == 1 and drafts[0].donor and len(money) >= 2 and (
                self._subjects_of_own_clauses(money, base) or _allocations(text, money) or _sums_of_counted_packages(text, money)):
            # "$500 million of equipment will come through a drawdown, while $2.1 billion will be paid for with USAI
            # funds": one package each
            first = drafts[0]
            if _allocations(text, money):  # "€150 million to buy ammunition and €200 million for drones": what
                starts = [base] + [base + m.start for m in money[1:]] + [sentence.end_char]  # follows each sum
                drafts = [replace(first, money=m, items=self._items(sentence, starts[i], starts[i + 1]))
                          for i, m in enumerate(money)]
            else:
                drafts = [replace(first, money=m, items=first.items if i == 0 else []) for i, m in enumerate(money)]
        elif len(drafts) > 1:  # "the Netherlands committed €200 million for drone interceptors and €125 million toward
            split = []          # F-16 fighter jets, Norway ...": each of one donor's sums for its own purpose
            for i, draft in enumerate(drafts):
                lower = base if i == 0 else draft.start
                own = [m for m in money if lower <= base + m.start < draft.end]
                if draft.donor and len(own) >= 2 and _allocations(text, own):
                    ends = [base + m.start for m in own[1:]] + [draft.end]
                    split += [replace(draft, money=m, items=self._items(sentence, lower if j == 0 else base + m.start,
                                                                        ends[j]))
                              for j, m in enumerate(own)]
                else:
                    split.append(draft)
            drafts = split
        out = []
        each_day = RESPECTIVELY.search(text) and len(dates) == len(drafts) >= 2  # "adopted on D1 and D2 respectively"
        for number, draft in enumerate(drafts):
            if draft.money is None and not draft.items:
                continue
            if draft.money is None:
                if totals_only or all(fold(i.name).split()[0] in GIVEN_PARTICIPLES for i in draft.items):
                    continue  # ("promised that the donated equipment would be put to use": what was given before)
                cargo = HUMANITARIAN_CARGO.search(text)
                carrier = next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                carried = fold(text[carrier.right_edge.idx + len(carrier.right_edge) - base:]) if carrier is not None \
                    else fold(text)  # (not "Two more aircraft took off ...": what carries the cargo)
                if cargo and not any((i.system or _military_item(i.name))
                                     and fold(i.name) in carried for i in draft.items):
                    continue  # "heading for Poland, this time with humanitarian cargo - blankets, food ..."
                strong = self._giving(sentence, draft)
                if strong is None:
                    continue
                draft.items = [i for i in draft.items if fold(i.name) not in VAGUE_ITEMS] or draft.items
            out.append(AidPackage(
                donor=draft.donor, recipient=draft.recipient or "", amount=draft.money.amount if draft.money else None,
                currency=(local_dollar(text, draft.money.start, draft.money.currency, draft.donor, doc_text(self.doc),
                                        self.home)
                          or NATIONAL_CURRENCY.get(draft.donor or "")) if draft.money else None,
                items=tuple(draft.items),
                date=dates[number] if each_day else dates[0] if dates else None, status=status,  # unstated: its
                # article's, when resolved
                mechanism=_own_mechanism(text, draft.money, money) or mechanism, evidence=(span,),
                confidence=0.8 if draft.money and draft.items else 0.6))
        return [p for p in out]

    # -- parts ---------------------------------------------------------------------------------------------
    def _shares(self, drafts: list[Draft], money: list[Money], receivers: list[CountryMention], text: str,
                base: int) -> list[Draft]:
        """One donor's amounts for several recipients in one sentence ("Ukraine's forces are to get €31m; Georgia's
        share is €12.75m, and €7m go to Moldova"): a package per amount, for the recipient named in its clause."""
        if len(drafts) != 1 or len(money) < 2 or len({c.code for c in receivers}) < 2:
            return drafts
        clauses = [m.start() for m in re.finditer(r"[;,]\s|\band\b", text)]

        def clause(position: int) -> int:
            return bisect_right(clauses, position)

        shares = []
        for m in money:
            near = [c for c in receivers if clause(c.start - base) == clause(m.start)]
            if len({c.code for c in near}) != 1:
                return drafts
            share = Draft(donor=drafts[0].donor, start=base + m.start, end=base + m.end, money=m, recipient=near[0].code)
            shares.append(share)
        return shares

    def _giving(self, sentence: SpacySpan, draft: Draft) -> Token | None:
        """The giving verb (or noun: "deliveries of") that makes a package without an amount: actually reported,
        the donor its agent, the recipient its object or "to X", materiel (not just "equipment") what is given."""
        sold = _sold_spans(sentence)  # "grant assistance as well as speeded-up sales of arms and munitions"
        for token in sentence:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in RECEIVE_LEMMAS and _given(token) and self._from_donor(token, draft.donor) \
                    and self._materiel_of(sentence, token):  # "Ukraine is to get 14 M113 armored vehicles from Portugal"
                return token
            held = next((c for c in token.children if c.dep_ == ("dobj" if lemma in RECEIVE_LEMMAS else "nsubjpass")), None) \
                if token.pos_ == "VERB" and lemma in RECEIVE_LEMMAS | EARMARK_LEMMAS and _given(token) else None
            if held is not None and any(_donor_modifier(m) and country_code(m.text) == draft.donor for m in held.children
                                        if m.dep_ in {"amod", "compound", "nmod"}) and self._materiel_of(sentence, held):
                draft.items = self._materiel_of(sentence, held)  # (not what another clause of the sentence names)
                return token  # "Ukraine will receive 24 Dutch F-16s", "24 Dutch F-16s are earmarked for delivery to X"
            if token.pos_ == "VERB" and lemma in {"go", "head"} and _given(token) \
                    and self._from_country(token.subtree, draft.donor) \
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
                subject = next((c for c in [*token.children, *(token.head.children if token.dep_ == "xcomp" else [])]
                                if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None and self._materiel_of(sentence, subject):  # "More Bushmaster vehicles are to go
                    return token                                                   # to Ukraine from Australia"
            if lemma == "way" and token.head.lower_ == "on" and any(c.dep_ == "poss" for c in token.children) \
                    and self._from_country(token.children, draft.donor):
                subject = next((c for c in token.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None and self._materiel_of(sentence, subject):  # "Military gear is on its way from
                    return token                                                   # Canada to help Ukraine"
            if lemma in {"reach", "arrive"} and token.head.lower_ == "due" and self._from_country(sentence, draft.donor) \
                    and self._materiel_of(sentence, sentence.root):  # "equipment from the UK, among it ..., due to
                return token                                          # reach Ukraine in the coming days"
            verb = (token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT" and any(c.dep_ == "aux" for c in token.children)) \
                and lemma in GIVE_LEMMAS  # ("Canada will in addition hand over ...", the verb tagged a noun)
            unveiled = token.pos_ == "NOUN" and lemma in {"package", "tranche"} and token.dep_ == "dobj" \
                and token.head.lemma_.lower() in PROVIDE_LEMMAS | ANNOUNCING_LEMMAS and self._agent_is(token.head, draft.donor)
            noun = token.pos_ in {"NOUN", "PROPN"} and (token.lower_ in GIVE_NOUNS or token.lemma_.lower() in AID_NOUNS
                                                         and self._owned_by(token, draft.donor)) or unveiled
            if not (verb or noun) or not _given(token):
                continue
            if verb and lemma == "pass" and (token.tag_ not in {"VBD", "VBN"} or draft.donor is None):
                continue  # "the programme's aim is to pass surplus equipment to foreign governments": what it is for
            if verb and _delivered_before(token):
                continue  # "Estonia has also supplied medical supplies and dry rations": deliveries told as history
            if verb and token.dep_ == "xcomp" and token.head.lemma_.lower() in ONGOING_LEMMAS:
                continue  # "Poland keeps providing material help - ammunition and ...": support as it goes on
            if verb and lemma in {"send", "deploy", "dispatch"} and any(
                    c.dep_ == "prep" and c.lower_ in {"into", "across", "around", "near", "off", "toward", "towards", "against",
                                                      "at"} for c in [*token.children, *(g for o in token.children
                                                                                        if o.dep_ == "dobj"
                                                                                        for g in o.children)]):
                # ("sent 150 attack drones toward Ukraine")
                continue  # "sending some 90 ships into waters near Japan": a deployment, not a gift
            if verb and token.lower_ == "given" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "that":
                continue  # "given that US and NATO ships were present": a reason, not a gift
            if verb and any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_GIFTS for c in token.children):
                continue  # "Shoigu gave the minister a briefing on ..., including 'dirty bomb' fears": words, not arms
            subtree = list(token.subtree)
            lo, hi = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
            if token.dep_ == "acl" and verb:  # "37 vehicles supplied by the State of Qatar": what it qualifies
                if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in token.head.children):
                    continue  # "the Patriot system provided by the U.S.": materiel told before
                lo = min(lo, token.head.left_edge.idx)
            if token.dep_ == "relcl" and verb and token.tag_ in {"VBD", "VBN"} and any(
                    c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.head.children) \
                    and in_quotes(token):
                continue  # '"we value the 105 military vehicles that the EU has donated"': materiel told before
            if token.dep_ == "relcl" and verb and (token.tag_ in {"VBG", "VBZ", "VBP", "VB"} or any(
                    c.dep_ == "aux" and c.lower_ in {"will", "'ll", "is", "are"} for c in token.children) or any(
                    c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in token.children) and any(
                    c.dep_ == "nummod" or c.dep_ == "amod" and c.lower_ == "new" for c in token.head.children)):
                # ("two new boats that the United States has donated"; not "launchers that British forces have
                # supplied", told as history)
                lo = min(lo, token.head.left_edge.idx)  # "The three Leopard tanks Portugal is giving to Ukraine are ..."
            if unveiled:  # "Madrid has unveiled its newest package for Ukraine: ten Leopard 2A4 tanks ...": what follows
                hi = sentence.end_char
            if verb and token.dep_ == "ccomp" and token.head.lemma_.lower() in MADE_OF_LEMMAS | LISTING_LEMMAS and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"one", "it", "this", "that"} for c in token.head.children):
                hi = max(hi, token.head.right_edge.idx + len(token.head.right_edge.text))  # "A consignment has been
                # delivered to X, this one made up of generators and ...": what the clause after it lists
            if verb and token.dep_ == "xcomp" and (token.head.lemma_ == "be" or token.head.lower_ in DUE_WORDS) \
                    and any(c.dep_ == "auxpass" for c in token.children):  # ("30 Bushmasters now set to be sent")
                lo = min([lo] + [c.left_edge.idx for c in token.head.children if c.dep_ == "nsubj"])  # "A ship is to
                # be given to X by Y": the ship
            items = [i for i in self._items(sentence, lo, hi) if fold(i.name) not in VAGUE_ITEMS | GENERIC_ARMS
                     and not any(fold(i.name) in fold(part) for part in sold)] \
                or ([i for i in draft.items if fold(i.name) not in VAGUE_ITEMS | GENERIC_ARMS] if unveiled else [])
            # ("unveiled a new package on July 8. Its centrepiece was ...")
            if not items:
                continue
            inside = countries_in(self.doc[subtree[0].i:subtree[-1].i + 1])
            recipient = draft.recipient is None or token.lemma_.lower() in AID_NOUNS or any(c.code == draft.recipient and c.start >= token.idx for c in inside) \
                or any(c.code == draft.recipient for c in inside if c.token.dep_ in {"dative", "dobj"}) \
                or verb and {c.code for c in countries_in(sentence) if self._is_recipient(c)} == {draft.recipient}
            if not recipient:
                continue
            if verb and token.dep_ == "acl" and country_code(token.head.text) == draft.donor \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
                return token  # a headline's "Slovenia to hand Ukraine 28 tanks"
            if noun or self._agent_is(token, draft.donor) or token.i > sentence.start \
                    and country_code(self.doc[token.i - 1].text) == draft.donor:  # ("On Aug. 27 Turkey gave")
                return token
            if verb and any(c.dep_ == "auxpass" for c in token.children) and (
                    self._from_country(token.children, draft.donor)
                    or any(c.dep_ == "prep" and c.lower_ == "as" and self._from_country(c.subtree, draft.donor)
                           for c in token.children)) \
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
                return token  # "Four tanks will be shipped from Spain to Ukraine", "... handed to the country as a
                # donation from the EU"
            if verb and token.dep_ == "xcomp" and token.head.lower_ in DUE_WORDS and token.head.dep_ == "pcomp" \
                    and any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
                return token  # "X restated Australia's commitment to Ukraine, with 30 Bushmasters now set to be sent"
            if verb and token.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in token.children) \
                    and not any(c.dep_ == "agent" for c in token.children) and self._agent_is(token.head, draft.donor):
                return token  # "Britain's defence minister confirmed that 14 Challenger 2 tanks will be supplied"
            if token.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in token.children) and any(
                    c.code == draft.donor and c.token.dep_ == "appos" and c.token.i < token.i for c in countries_in(sentence)):
                return token  # ("... between the two nations, India on Monday presented ...": the parser's apposition)
        return None

    def _materiel_of(self, sentence: SpacySpan, node: Token) -> list[AidItem]:
        """The materiel (not just "equipment" or "arms") that the words under `node` name."""
        subtree = list(node.subtree)
        return [i for i in self._items(sentence, subtree[0].idx, subtree[-1].idx + len(subtree[-1].text))
                if fold(i.name) not in VAGUE_ITEMS | GENERIC_ARMS]

    def _from_country(self, tokens, donor: str | None) -> bool:
        """Among `tokens` a "from" whose phrase names the donor."""
        return bool(donor) and any(t.lower_ == "from" and t.dep_ == "prep" and any(
            c.code == donor for c in countries_in(self.doc[t.i:t.right_edge.i + 1])) for t in tokens)

    def _from_donor(self, verb: Token, donor: str | None) -> bool:
        """The verb has "from <the donor>" ("is to get ... from Portugal")."""
        return self._from_country([*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)],
                                  donor)  # ("get 14 carriers from Germany")

    def _owned_by(self, noun: Token, donor: str | None) -> bool:
        """"Czech support", "its support" (of a country thanked for it), "aid from Canada"."""
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                code = country_code(child.text) or _union_code(child.text)
                if code == donor and donor:
                    return True
                if child.lower_ in {"its", "their"} and noun.head.lower_ == "for":
                    return True
                if child.lower_ in {"its", "their"} and noun.dep_ == "dobj" and self._agent_is(noun.head, donor) \
                        and any(c.dep_ == "prep" and c.lower_ == "with" for c in [*noun.children, *noun.head.children]):
                    return True  # "Lithuania is stepping up its support for Ukraine with drones, ...": the donor's
            if child.dep_ == "prep" and child.lower_ == "from":
                if any(c.code == donor for c in countries_in(self.doc[child.i:child.right_edge.i + 1])):
                    return True
        return False

    def _agent_is(self, verb: Token, donor: str | None) -> bool:
        """The donor (a country, its capital, one of its officials, or "it"/"we" standing for them) gives."""
        if donor is None:  # "many countries ... will deliver": the group itself, or "they"
            return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ == "they" or GROUP_DONOR.search(
                " ".join(t.text for t in c.subtree))) for c in verb.children)
        if any(c.dep_ == "auxpass" for c in verb.children):  # "was promised 49 tanks by the Albanese government":
            for by in (t for t in verb.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"}):  # the parser may
                words = list(by.subtree)[1:]                                                     # hang "by" lower
                if words and self._names_donor(self.doc[words[0].i:words[-1].i + 1], donor):
                    return True
        node = verb
        for _ in range(6):  # (four steps, and two more over a date the parser hung the clause on: "announced on
            # Wednesday, January 25, its decision to supply ...")
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "agent", "csubj"}]
            if node.dep_ == "relcl" and any(c.lower_ in {"which", "who", "that"} for c in subjects):
                subjects = [node.head]
            if not subjects and node.dep_ == "pcomp" and node.head.lower_ == "for":
                owner = node.head.head  # "thanked Denmark for providing Ukraine with ..."
                subjects = [c for c in owner.children if c.dep_ == "dobj"] if owner.lemma_.lower() == "thank" else [owner]
            for subject in subjects:
                if subject.dep_ == "agent":
                    subject = next((c for c in subject.children if c.dep_ == "pobj"), subject)
                words = list(subject.subtree) if subject.dep_ != "relcl" and subject is not node.head else \
                    [t for t in subject.subtree if t.i < node.i and not (node.i <= t.i)]
                span = self.doc[min(t.i for t in words):max(t.i for t in words) + 1]
                if any(c.code == donor for c in countries_in(span)):
                    return True
                if any(self.people.officials[m.key].country == donor for m in self.people.mentions
                       if m.key in self.people.officials and span.start <= m.start < span.end):
                    return True
                if subject.lower_ in {"it", "we", "they", "he", "she", "government", "ministry", "cabinet"} \
                        or _speakers_country(subject):
                    return True
            if subjects or node.dep_ in {"ROOT"} or node.head is node:
                break
            node = node.head
        return False

    def _names_donor(self, span: SpacySpan, donor: str) -> bool:
        """The span names the donor: the country, or one of its officials ("the Albanese government")."""
        return any(c.code == donor for c in countries_in(span)) or any(
            self.people.officials[m.key].country == donor for m in self.people.mentions
            if m.key in self.people.officials and span.start <= m.start < span.end)

    def _in_own_currency(self, text: str, package: AidPackage) -> Money | None:
        """The package told again with its value in the donor's own currency, when first given in another."""
        own = NATIONAL_CURRENCY.get(package.donor or "")
        if not own or package.currency in {own, None} or not PACKAGE_VALUE_TOLD.search(text):
            return None
        money = [m for m in find_money(text) if m.currency == own]
        return money[0] if len(money) == 1 else None

    def _subjects_of_own_clauses(self, money: list[Money], base: int) -> bool:
        """Each sum is the subject of a verb of its own ("$500m will come ..., while $2.1bn will be paid ...")."""
        verbs = []
        for m in money:
            at = token_at(self.doc, base + m.start)
            if at is None:
                return False
            root = self.doc[at]
            while root.head.i != root.i and base + m.start <= root.head.idx < base + m.end:
                root = root.head
            if root.dep_ not in {"nsubj", "nsubjpass"} or root.head.pos_ not in {"VERB", "AUX"}:
                return False
            verbs.append(root.head.i)
        return len(set(verbs)) == len(verbs)

    def _is_total(self, text: str, money: Money) -> bool:
        share_of = OF_WHICH.search(text[:money.start])
        whole = [m for m in find_money(text[:share_of.start()])] if share_of else []
        if whole and self._is_total(text, whole[-1]):
            return True  # "support has already reached EUR 1 billion, of which military aid accounts for EUR 610
            # million": a share of a total is a total too
        if IN_ALL_SINCE.search(text[:money.start]):
            return True  # "in all, since Russia's full-scale invasion began, the country has given Ukraine ... 25bn"
        if RECEIVED_SO_FAR.search(text[:money.start]) and not AS_A_GIFT.search(text[:money.start]):
            return True  # "the assistance the National Army has received from China is valued at 18 million yuan"
        if _covers_several(text[money.end:money.end + 120]):
            return True  # "an aid package of nearly $106 billion covering Ukraine, Israel and other needs": an envelope
        if SPREAD_OVER.search(text[money.end:money.end + 120]):
            return True  # "close to €60 million in military support will go to three countries' armed forces"
        if re.search(r"\bfund\s+(?:worth\s+|of\s+)$", text[:money.start], re.IGNORECASE):
            return True  # "a fund of 75 billion kroner set aside for aid from 2023 to 2027": a sum of years of aid
        if PACKAGES_WORTH.search(text[:money.start]):
            return True  # "new support packages for Ukraine worth SEK 1 billion": the sum of several packages
        if OUT_OF_A_SUM.match(text[money.end:]):
            return False  # "£350m out of its £4.5bn for this year will go on drones": the part told, not the total
        clause_start = max(text.rfind(",", 0, money.start), text.rfind(";", 0, money.start), 0)
        window = text[clause_start:money.end + 40]
        if LEFT_WITH.search(text[:money.start]):
            return True  # "leaving the ministry with a mere 120 million euros for new projects": what is left of a budget
        if OVER_THE_PAST.match(text[money.end:]) or PAST_SPAN_BEFORE.search(text[clause_start:money.start]):
            return True  # "channelling roughly CAN$5 billion over the past 12 months", "during the past decade the US
            # had put more than $1.5 billion into ...": what a span of time added up to
        if YEAR_BUDGET.match(text[money.end:]):
            return True  # "some €7.1 billion has been set aside for military support to Ukraine in 2024 alone": a year's budget
        if A_YEARS_SUPPORT_STANDS.search(text[:money.start]):
            return True  # "support for next year currently stands at 4 billion euros": a year's budget
        if SET_ASIDE_BEFORE.search(text[:money.start]) and FOR_A_YEAR_AFTER.match(text[money.end:]):
            return True  # "Berlin has set aside some 8 billion euros ($8.7 billion) for Kyiv in 2024": a year's budget
        if YEARLY.search(text[money.start:money.end + 60]) or TOTAL_OPENING.match(text) \
                or EACH_YEAR.search(text[clause_start:money.start]):
            return True  # ("Each year the U.S. gives Costa Rica $40 million for ...": a yearly sum)
        if NEW_AMOUNT.search(text[max(0, money.start - 30):money.start]) and not YEARLY.search(text[money.start:money.end + 60]):
            return False  # "With the additional $60.9 million ..., the contribution so far rises to $285 million"
        if ALREADY_GIVEN.match(text[money.end:]):
            return True  # "the €146m of military aid Ukraine has already received": given before
        if WITH_THOSE_BEFORE.search(text) or OVER_YEARS.search(text[money.end:money.end + 40]):
            return True  # "With the XXVII package and the initiatives that came before it, ... worth 70.3bn kroner
            # over the 2022-2028 period": all of them
        if RAISED_TO.search(text[max(0, money.start - 90):money.start]) or AID_REACHED.search(text[max(0, money.start - 90):money.start]) \
                or re.match(r"\s*(?:mark|threshold|milestone)\b", text[money.end:]):
            return True  # "the package bolsters Australia's support for Ukraine to $1bn": the sum it comes to
        after_money = CONVERSION_AFTER.match(text, money.end)
        value_end = after_money.end() if after_money else money.end
        spans = [m for m in SPAN_OF_TIME.finditer(text)
                 if not (IN_ALL.fullmatch(m.group(0)) and 0 <= m.start() - value_end <= 3)]  # "costing €92m in all",
        # "worth SEK 6.2 billion (EUR 554 million) in all"
        if spans:  # a span nearer another sum is that sum's: "is worth €200m and lifts the total since the invasion to €2.5bn"
            others = [m for m in find_money(text) if m.start != money.start]
            spans = [m for m in spans if not any(_distance(m, o) < _distance(m, money) for o in others)]
        if (PACKAGE_VALUE.search(text[:money.start]) or PACKAGE_TOTALLING.search(text[:money.start])
                or WORTH_IN_ALL.search(text[:money.start]) and PACKAGE_WORD.search(text)) \
                and not spans:
            return False  # "the contents of the package come to SEK 3 billion", "a package worth a total of ...": its value
        if WORTH_BEFORE.search(text[:money.start]) and IN_ALL.match(text[value_end:].lstrip()) and not spans:
            return False  # "military equipment and ammunition worth SEK 6.2 billion (EUR 554 million) in all": their value
        if VALUE_OF_THE_LISTED.search(text[:money.start]) and not spans:
            return False  # "two trainer planes and dozens of vehicles with a combined value of $22 million": their value
        listed = THINGS_TOTALLING.search(text[:money.start])
        if listed and (listed.group(1).lower() in MATERIEL_NOUNS or listed.group(1).lower() in ITEM_HEADS) and not spans:
            return False  # "spare parts and maintenance equipment totalling P2.5 billion": what the things are worth
        if WHOLE_CONSIGNMENT.search(text) and not spans:
            return False  # "Worth 430 million FCFA in total, the whole consignment is meant for ...": its value
        if UNDER_AN_ADMINISTRATION.search(text) and not NEW_AMOUNT.search(text[max(0, money.start - 30):money.start]):
            return True  # "Nearly $15.8 billion has gone to Ukraine under the Biden administration"
        return bool(TOTAL_CUE.search(window)) and not re.search(r"\bpackage\b", text[money.end:money.end + 30], re.IGNORECASE)

    def _is_recipient(self, country: CountryMention) -> bool:
        token = country.token
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "to Bosnia and Herzegovina", "to Ukraine and Moldova": as the first conjunct
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in THANKS_NOUNS:
            return False  # "expressed thanks to Japan for supplying Ukraine with ...": thanked, so the giver
        first = token_at(self.doc, country.start)
        if first is not None and token.dep_ in {"compound", "nmod", "npadvmod"}:
            before = first - 1 if first and self.doc[first - 1].lower_ == "the" else first
            verb = self.doc[before - 1] if before else None
            sum_after = find_money(doc_text(self.doc)[country.end:country.end + 40])
            told_to = verb is not None and any(t.dep_ in {"prep", "dative"} and t.lower_ in {"to", "for"} and any(
                g.dep_ == "pobj" and country_code(g.text) for g in t.children) for t in verb.subtree)
            if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in GIVE_LEMMAS | {"offer", "award"} \
                    and (sum_after and sum_after[0].start <= 1 or token.head.dep_ == "dobj" and token.head.head.i == verb.i
                         and not told_to and token.pos_ == "PROPN"):
                return True  # "will give Ukraine NOK 100 million", "give the Philippines coastal radars": the parser
                # took the country into what is given
        if token.dep_ == "dobj" and head.lemma_.lower() == "reach" and head.head.lower_ == "due" \
                or token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "arrive" \
                and head.head.head.lower_ == "due":
            return True  # "equipment from the UK, due to reach Ukraine" / "due to arrive in Ukraine"
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in {"according", "owing", "due"}:
            return False  # "according to the Pentagon, the package ...": a source, not a recipient
        if token.dep_ == "pobj" and head.lower_ in {"to", "for", "into"} and head.head.dep_ in {"acl", "relcl", "advcl"} \
                and any(c.dep_ == "advmod" and c.lower_ in FORMERLY for c in head.head.children):
            return False  # "$95 million, first earmarked for Egypt, to the Lebanese army": where it was meant to go
        if token.dep_ == "pobj" and head.lower_ in {"to", "for", "into"}:
            return True
        if token.dep_ == "pobj" and head.lower_ in {"in", "of"} and _where_those_given_to_are(token):
            return True  # "goes to 4,000 Kurdish fighters in the north of Iraq": where those it goes to are
        if token.dep_ in {"dobj", "pobj"} and head.lower_ in {"regards", "regarding", "concerning"} \
                or token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "case" \
                and head.head.head.lower_ == "in":
            return True  # "As regards the DRC, the council approved a measure worth ...", "In the case of Chad, ...": the
            # topic of the sentence is the one given to
        if token.dep_ == "compound" and head.dep_ in {"dobj", "ccomp", "xcomp"} and head.head.lemma_.lower() in HELPING_LEMMAS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.head.children):
            return True  # "To help [Georgia guard] against threats, X is to give ...": the parser's compound
        if token.dep_ == "poss" and head.lemma_.lower() in NEED_NOUNS:
            return True  # "drawn up from Ukraine's needs", "in line with Kyiv's requests": the one it is for
        if token.dep_ == "nsubj" and head.dep_ in {"ccomp", "xcomp"} and head.head.lemma_.lower() in HELPING_LEMMAS \
                or token.dep_ == "dobj" and head.lemma_.lower() in HELPING_LEMMAS and head.dep_ in {"advcl", "xcomp"}:
            return True  # "gear is on its way from Canada to help Ukraine guard its frontier"
        if token.dep_ == "nsubj" and head.tag_ in {"VBG", "VB"} and token.i > 0 and self.doc[token.i - 1].lower_ in {"to", "for"}:
            return True  # "a package for Ukraine spanning five years", "reserved for Ukraine to produce drones": the
            # parser made the country the clause's subject
        node = token
        while node.dep_ in {"compound", "amod", "poss", "nmod"} and node.head is not node:
            node = node.head
        if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in GIVE_LEMMAS | {"allocate", "award"} \
                and any(c.dep_ in {"dobj", "attr", "oprd"} for c in node.head.children):
            return True  # "the Philippine military had been given P183 million worth of weapons": the one given to
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "the ISF and the Lebanese Armed Forces would receive ...": as the first subject
        if node is not token and node.dep_ in {"nsubj", "nsubjpass"} and (node.head.lemma_.lower() in RECEIVE_LEMMAS
                                                                        and not _not_getting_goods(node.head) or any(
                c.dep_ == "xcomp" and c.lemma_.lower() in RECEIVE_LEMMAS for c in node.head.children)):
            return True  # "the Rwandan forces' deployment gets €20m", "The Philippine Navy is to receive ..."
        if node is token and node.dep_ in {"nsubj", "nsubjpass"} and node.head.lower_ in DUE_WORDS and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in RECEIVE_LEMMAS for c in node.head.children):
            return True  # "Rwanda is set to receive a further €20m"
        if _to_be_given(node):
            return True  # "the Philippine Navy is to be given coastal radars"
        if node.dep_ == "nsubj" and node.lemma_.lower() in RECIPIENT_BODIES and _purpose_clause(node.head):
            return True  # "approved a measure so that the Nigerien Armed Forces can defend ...": the ones it serves
        if node is not token and node.dep_ == "dobj" and node.lemma_.lower() in RECIPIENT_BODIES \
                and node.head.lemma_.lower() in STRENGTHENING_LEMMAS and node.head.dep_ in {"advcl", "xcomp", "acl", "relcl"} \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.head.children):
            return True  # "agreed €35 million to reinforce the Jordanian Armed Forces": the forces it is for
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in {"take", "accept"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in {"delivery", "receipt", "handover"} for c in node.head.children):
            return True  # "the Lebanese Army took delivery of 37 vehicles"
        if token.dep_ == "dative" and head.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS:
            return True  # "Berlin has promised Ukraine a package"
        if token.dep_ in {"poss", "compound", "amod"} and node.dep_ in {"dobj", "dative"} \
                and node.head.lemma_.lower() in GIVE_LEMMAS and any(
                    t.lower_ in RECEIVING_BODY_WORDS for t in token.ancestors if t.i < node.i and node in t.ancestors):
            return True  # "has given Somalia's government forces arms and gear": the parser made one phrase of both objects
        if token.dep_ == "dobj" and head.lemma_.lower() in {"help", "support", "assist", "aid"} \
                and head.dep_ in {"advcl", "xcomp", "acl", "conj"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                and find_money(span_text(token.sent)):
            return True  # "will channel a further $4.5 million via the NATO Trust Fund ... to help Ukraine"
        if token.dep_ in {"dative", "dobj"} and head.lemma_.lower() in {"provide", "give", "send", "supply", "equip", "arm", "help",
                                                                         "support", "present"}:
            return any(c.lower_ == "with" for c in head.children) or token.dep_ == "dative"
        if token.dep_ in {"compound", "amod"} and node.i != token.i and node.lemma_.lower() in RECIPIENT_BODIES \
                and all(t.dep_ in {"compound", "amod"} for t in self.doc[token.i:node.i]):
            head = node  # "for the Ukrainian State Border Guard service": the body the country's name qualifies
        if token.dep_ in {"compound", "amod"} and head.lemma_.lower() in RECIPIENT_BODIES and (
                head.dep_ == "pobj" and head.head.lower_ in {"to", "for", "of"}) \
                and head.head.head.lemma_.lower() not in STOCK_NOUNS \
                and not (head.head.lower_ == "of" and head.lemma_.lower() in VOICE_BODIES):
            return True  # "to the Ukrainian armed forces", "the capabilities of the Moldovan Armed Forces" (not
            # "the website of the Canadian government": the government that speaks)
        if token.dep_ in {"compound", "amod"} and head.lemma_.lower() in RECIPIENT_BODIES and head.dep_ in {"dobj", "dative"} \
                and head.head.lemma_.lower() in GIVE_LEMMAS:
            return True  # "provide the Israel Defense Forces with ..."
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in RECIPIENT_BODIES \
                and head.head.dep_ in {"pobj", "dobj", "dative"} and (head.head.head.lower_ in {"to", "for"}
                                                                   or head.head.head.lemma_.lower() in GIVE_LEMMAS):
            return True  # "handed over to the Armed Forces of Ukraine"
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in {"defence", "defense", "security",
                                                                                         "protection"} \
                and head.head.dep_ == "pobj" and head.head.head.lower_ == "for":
            return True  # "assistance for the defence of Ukraine"
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in {"support", "aid", "assistance"}:
            return True  # "military support of Ukraine"
        state = self.doc[token.i - 2] if token.i >= 2 and self.doc[token.i - 1].lower_ == "of" else None
        if state is not None and state.lemma_.lower() in STATE_NAMING_NOUNS \
                and (state.dep_ in {"dative", "dobj"} and state.head.lemma_.lower() in GIVE_LEMMAS
                     or state.dep_ == "pobj" and state.head.lower_ in {"to", "for"}):
            return True  # "gave the Pacific Island nation of Tuvalu a patrol boat" (however the parser hangs it)
        if token.dep_ in {"nmod", "compound"} and token.i == node.left_edge.i and not _donor_modifier(token) \
                and node.dep_ in {"dobj", "dative"} and node.head.lemma_.lower() in GIVE_LEMMAS:
            return True  # "will send Ukraine military aid worth ...", "sending Ukraine CRV7 rocket motors": the parser
            # made one phrase of the two objects
        if token.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in RECEIVE_LEMMAS and not _not_getting_goods(head):
            return True  # "Israel secured $8.7 billion from the United States"
        if token.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in RECEIVE_LEMMAS for c in head.children):
            return True  # "Moldova is to get €40 million"
        if token.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lower_ in DUE_WORDS and any(x.dep_ == "xcomp" and x.lemma_.lower() in RECEIVE_LEMMAS
                                                                  for x in c.children) for c in head.children):
            return True  # "Ukraine is due to receive €31 million", "Georgia is set to get ..."
        if token.dep_ == "nsubj" and head.lemma_.lower() == "have" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PACKAGE_NOUNS and any(x.ent_type_ == "MONEY" or x.lower_ in {"€", "$", "£"}
                                                                               for x in c.subtree) for c in head.children):
            return True  # "and Mali will have a €24 million assistance package"
        if token.dep_ == "appos" and any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in RECEIVE_LEMMAS and c.i > token.i
                                         for c in head.children):
            return True  # "the $8.7 billion package Israel secured from the United States"
        return fold(token.text) in {"kyiv", "kiev"} or (token.dep_ == "poss" and head.lemma_.lower() in {"defense", "defence", "military", "army", "armed", "force", "forces"}
                                                        and not (head.dep_ == "nsubj" and _gives(head.head)))

    def _agent_at(self, position: int) -> bool:
        """The country named at `position` is the agent of a passive giving ("transferred ... by the Republic of Korea
        Navy")."""
        at = token_at(self.doc, position)
        if at is None:
            return False
        node = self.doc[at]
        for _ in range(4):
            if node.dep_ == "pobj" and node.head.dep_ == "agent":
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _donors(self, sentence: SpacySpan, countries: list[CountryMention], recipients: set[str]) -> list[tuple[int, str]]:
        donors = []
        for c in countries:
            if c.code in recipients and self._is_recipient(c) and not _thanks_went_to(c.token):
                continue  # (another mention of that country may still give: "spokespeople for the Estonian ministry")
            if _in_relative_clause(c.token):
                continue  # "the Coalition forces that are fighting ISIS in Iraq and Syria gave ...": where they fight
            first = token_at(self.doc, c.start)
            first = min(first if first is not None else c.token.i, c.token.left_edge.i)
            before = self.doc[first - 1] if first > 0 else None
            if before is not None and before.lower_ == "in" and c.token.head.lemma_.lower() in POST_NOUNS:
                continue  # "the Embassy of the United States in Santo Domingo": where the embassy is
            if c.token.dep_ in {"nsubj", "nsubjpass"} and any(g.dep_ == "advmod" and g.lower_ in {"how", "why", "whether"}
                                                              for g in c.token.head.children):
                continue  # "$85 million linked to how Cairo treated prisoners": what it was tied to
            if self._is_donor(c.token):
                donors.append((c.start, c.code))
        named = self.people.in_sentence(self._index(sentence))
        for m in named:
            official = self.people.officials[m.key]
            token = _name_head(self.doc[m.end - 1])
            joint = any(c.dep_ == "conj" for c in token.children)  # "A and B signed ...": both sides, neither gives
            if official.country and official.country not in recipients and token.dep_ in {"nsubj", "nsubjpass"} \
                    and token.head.lemma_.lower() in (PROVIDE_LEMMAS - {"thank"}) | DETAILING_LEMMAS and not joint:
                # ("Defence Minister Anita Anand later spelled out what this latest round of help contains")
                donors.append((token.idx, official.country))
            elif official.country and official.country not in recipients and token.dep_ in {"compound", "poss", "amod"} \
                    and token.head.lemma_.lower() in VOICE_BODIES and token.head.dep_ == "pobj" \
                    and token.head.head.lower_ == "by":
                donors.append((token.idx, official.country))  # "was promised 49 tanks by the Albanese government"
            elif official.country and official.country not in recipients and token.dep_ == "pobj" \
                    and token.head.lower_ == "from" and _handed_over(token.head.head):
                donors.append((token.idx, official.country))  # "took delivery of the equipment from Zhou Ding, the
                # Chinese ambassador": the envoy's country
        for token in sentence:  # "Canada said it would purchase a system worth CAN$400m and donate it": the country said
            if token.lower_ in {"it", "they"} and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" \
                    and token.head.head.lemma_.lower() in {"say", "announce", "state", "confirm", "add", "tell"}:
                sayer = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
                code = country_code(sayer.text) if sayer is not None and sayer.ent_type_ == "GPE" else None
                if code is None and sayer is not None and sayer.lemma_.lower() == "government" \
                        and not any(c.dep_ in {"amod", "compound", "poss"} for c in sayer.children):
                    code = self.last_donor  # "the government said it would send drones": the donor told before
                if code and code not in recipients:
                    donors.append((token.idx, code))
        for token in sentence:  # "Last year it gave Taiwan $55 million": the donor of the package told before
            if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in GIVE_LEMMAS \
                    and token.head.dep_ == "ROOT" and self.last_donor and self.last_donor not in recipients:
                donors.append((token.idx, self.last_donor))
        for token in sentence:  # "Biden said he had signed off on $800 million for Ukraine": the one who says it
            own_country = _speakers_country(token)  # "said his country would ship"
            if (token.lower_ in {"he", "she"} or own_country) and token.dep_ == "nsubj" \
                    and (token.head.lemma_.lower() in PROVIDE_LEMMAS - {"thank"} or token.head.lemma_.lower() == "set"
                         and any(c.lower_ == "aside" for c in token.head.children)):
                before = [m for m in named if m.end <= token.i and self.people.officials[m.key].country]
                country = self.people.officials[before[-1].key].country if before else (
                    self.focus_donor or self.last_donor or self._country_told_before(sentence) if own_country
                    else self._country_told_before(sentence))  # ("his country": the one the sentence before names)
                if country and country not in recipients:
                    donors.append((token.idx, country))
        root = sentence.root
        if not donors and root.lemma_.lower() in GIVE_LEMMAS and not any(c.dep_ == "nsubj" for c in root.children):
            for c in countries:  # "To strengthen ties between the two nations, India on Monday, July 29, presented
                between = self.doc[c.token.i + 1:root.i]  # Mozambique with ...": the parser took India for an apposition
                if c.code not in recipients and c.token.i < root.i and c.token.dep_ == "appos" and all(
                        t.is_punct or t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"on", "in", "this", "last"}
                        for t in between):
                    donors.append((c.start, c.code))
        if not donors:  # "On Aug. 27 Turkey gave ...", the parser taking the country into the date
            for c in countries:
                after = c.token.i + 1
                if c.code not in recipients and after < sentence.end and c.token.pos_ == "PROPN" \
                        and self.doc[after].pos_ == "VERB" and self.doc[after].lemma_.lower() in GIVE_LEMMAS \
                        and not _in_relative_clause(c.token):
                    donors.append((c.start, c.code))
        if not donors:
            label = _label_country(sentence, countries)
            if label and label.code not in recipients:
                donors.append((label.start, label.code))
        seen, unique = set(), []
        for pos, code in sorted(donors):
            if code not in seen:
                seen.add(code)
                unique.append((pos, code))
        return unique

    def _country_told_before(self, sentence: SpacySpan) -> str | None:
        """The country of the one official the sentence before names ("Blinken has announced ... . According to
        the release, he authorized the $725 million drawdown"): who "he" is."""
        index = self._index(sentence)
        if index < 1:
            return None
        countries = {self.people.officials[m.key].country for m in self.people.in_sentence(index - 1)
                     if m.key in self.people.officials and self.people.officials[m.key].country}
        return countries.pop() if len(countries) == 1 else None

    def _is_donor(self, token: Token) -> bool:
        if token.dep_ == "pobj" and token.head.lower_ == "from" and (
                token.head.head.lemma_.lower() in {"buy", "purchase", "procure", "order"}
                or token.head.head.lemma_.lower() in {"obtain", "acquire"} and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in token.head.head.children)):
            return False  # "the rounds were obtained from the United States for $98 million": the seller
        if _in_company_name(token):
            return False  # "Korea Aerospace Industries supplied ... fighter jets": a maker's sale, not a state's gift
        if _gapped_giving(token):
            return True
        if any(c.dep_ == "acl" and c.lemma_.lower() in GIVE_LEMMAS and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in c.children) for c in token.children):
            return True  # a headline's "Slovenia to hand Ukraine 28 tanks", the parser hanging the verb on the country
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in STATE_NOUNS \
                and token.head.head.dep_ == "pobj" and token.head.head.head.lower_ == "by" \
                and token.head.head.head.head.lemma_.lower() in GIVE_LEMMAS | PROVIDE_LEMMAS:
            return True  # "37 vehicles supplied by the State of Qatar"
        if token.dep_ == "poss" and token.head.lemma_.lower() in DECISION_NOUNS and any(
                c.dep_ in {"acl", "xcomp", "relcl"} and c.lemma_.lower() in GIVE_LEMMAS for c in token.head.children):
            return True  # "Japan's decision to give Ukraine drones"
        after = token.doc[token.i + 1:token.i + 3]
        if len(after) == 2 and after[0].lower_ == "for" and after[1].lower_ in {"its", "their", "providing", "supplying", "sending", "delivering", "donating", "the", "a", "an",
                                                            "another", "additional", "further", "new"}:
            return True  # "thanked Denmark for providing ...", "... and the Czech Republic for its support"
        named = token
        while named.dep_ in {"amod", "compound", "nmod"} and named.head is not named:
            named = named.head
        if named is not token and named.dep_ == "nsubj" and named.ent_type_ == "PERSON" and token.ent_type_ == "GPE" \
                and any(v.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS and _given(v)
                        for v in [named.head, *(c for c in named.head.children if c.dep_ == "conj")]):
            return True  # "US President Barack Obama ended a hold ... and cleared the delivery of weaponry worth $1.3bn"
        if named is not token and named.dep_ == "nsubjpass" and named.head.lemma_.lower() in GIVE_LEMMAS \
                and (named.lemma_.lower() in ITEM_HEADS or named.lower_ in ITEM_HEADS):
            return True  # "four Canadian main battle tanks will shortly be sent to Ukraine": Canada's tanks
        if named is not token and _donor_modifier(token) and (named.lemma_.lower() in ITEM_HEADS or named.lower_ in ITEM_HEADS
                                                              or reference.weapon_in(fold(named.text))) \
                and (named.dep_ == "dobj" and named.head.lemma_.lower() in RECEIVE_LEMMAS
                     or named.dep_ == "nsubjpass" and named.head.lemma_.lower() in EARMARK_LEMMAS):
            return True  # "Ukraine will receive 24 Dutch F-16s", "24 Dutch F-16s are earmarked for delivery to Ukraine"
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in {"government", "ministry", "cabinet",
                                                                                                  "embassy"} | STATE_NOUNS:
            node = node.head.head  # "Government of the Netherlands took decision to allocate ...", "by the Republic of
            # Korea Navy"
        while node.dep_ in {"compound", "amod", "poss", "det", "conj", "appos", "nmod"} and node.head is not node:
            if node.head.lemma_.lower() in AID_NOUNS and any(a.lower_ == "from" for a in node.head.ancestors):
                return False  # "gave Taiwan $55 million in FMF taken from part of Egypt's aid": where it came from
            if node.head.lemma_.lower() in AID_NOUNS and (node.dep_ == "poss" or (
                    node.dep_ in {"compound", "amod", "nmod"} and _donor_modifier(node))):
                return True
            if node.head.lemma_.lower() in {"programme", "program"} and node.dep_ in {"amod", "compound", "poss"} \
                    and any(t.lower_ == "worth" for t in node.head.children) and any(
                        t.ent_type_ == "MONEY" for t in node.head.subtree):
                return True  # "a new Canadian programme worth $11 million in military aid to Ukraine"
            node = node.head
        if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS:
            return False  # "the Czech initiative has been allotted NOK 1.6bn by Norway": given to, not giving
        if _to_be_given(node):
            return False  # "the Philippine Navy is to be given coastal radars": given to, not giving
        if node.dep_ == "nsubj" and node.head.dep_ == "relcl" and node.head.lemma_.lower() in LEADING_VERBS:
            return False  # "the International Fund for Ukraine, which Britain leads": who runs the fund, not who gives
        if node.dep_ == "nsubj" and node.lemma_.lower() in RECIPIENT_BODIES and _purpose_clause(node.head):
            return False  # "so that the Nigerien Armed Forces can defend ...": served by the aid, not giving it
        if node.dep_ in {"nsubj", "nsubjpass"}:
            if node is not token and (node.lemma_.lower() in ITEM_HEADS or node.lower_ in ITEM_HEADS):
                return False  # "after Russian drones crossed into Moldovan airspace, Gram announced": materiel gives nothing
            verb = node.head
            if _not_getting_goods(verb):
                return True  # "Poland is getting ready a 46th aid package": who prepares it gives it
            if verb.lemma_.lower() in RECEIVE_LEMMAS:
                return False  # "... while the Rwandan forces' deployment gets €20m": who gets gives nothing
            if verb.lemma_.lower() in PERMIT_LEMMAS and any(c.dep_ == "dobj" and country_code(c.text) for c in verb.children):
                return False  # "Germany has cleared the Netherlands to deliver grenades": a permit, not a gift
            if any(t.lemma_.lower() in NAMING_NOUNS and not any(g.lower_ == "of" for g in t.children)
                   for c in verb.children if c.dep_ == "dobj" for t in c.subtree):
                return False  # "The coast guard has given the ship the pennant number SLCG-60": a name, not a gift
            chain = [verb] if verb.dep_ == "relcl" else [verb, *verb.ancestors]  # ("Ukraine, which Russia has invaded")
            related = chain[:3] + [c for c in verb.children if c.dep_ in {"xcomp", "dobj"}
                                   or c.dep_ == "ccomp" and not (verb.lemma_.lower() in BRIEFED_LEMMAS and any(
                                       g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))  # "X was told that Y will send"
                                   or c.dep_ == "conj" and c.lemma_.lower() in GIVE_LEMMAS  # "is stepping up ... and will ship"
                                   or c.dep_ == "advcl" and c.tag_ == "VBG"  # "was the first to sign up, pledging €N"
                                   and not any(k.dep_ == "conj" for k in node.children)  # (not a sum of several)
                                   or c.dep_ == "advcl" and c.tag_ == "VB" and verb.lemma_.lower() in UNDERTAKING_LEMMAS
                                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            # ("has further undertaken to supply": the infinitive the parser hangs on as a clause of its own; not
            # "was working with allies to send", an effort)
            related += [g for c in related[:] for g in c.children if g.dep_ in {"xcomp", "dobj", "acl"}]
            return any(v.lemma_.lower() in PROVIDE_LEMMAS | SPENDING_LEMMAS or v.lemma_.lower() in {"package", "aid", "assistance", "donation", "gift"}
                       or _made_available(v)  # "Iceland is making 75 million ISK available for .."
                       or v.lemma_.lower() in {"support", "backing"} and _with_materiel(v)
                       or v.lemma_.lower() == "set" and any(c.lower_ == "aside" for c in v.children) for v in related)
        if node.dep_ in {"dobj", "pobj", "conj"}:
            head = node.head
            while head.dep_ == "conj":
                head = head.head
            if head.lemma_.lower() == "thank":
                return True
            if node.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() not in THREAT_NOUNS \
                    and head.head.lemma_.lower() not in PEOPLE_NOUNS:
                return True  # (not "to guard against threats from Russia": whom the aid is against; not "sanctions on
                # figures from Russia's government": whose people they are)
            if node.dep_ == "pobj" and head.lower_ == "by" and (head.dep_ == "agent" and head.head.lemma_.lower() in PROVIDE_LEMMAS
                                                                or _passive_giving_above(head)) \
                    and not _the_enemys(head.head):
                return True  # "co-financed by Germany", "provided by Norway", "allotted NOK 1.6bn by Norway"
        return False

    def _group_is_subject(self, sentence: SpacySpan, match: re.Match) -> bool:
        return any(t.dep_ in {"nsubj", "nsubjpass"} or t.lower_ in {"they"} for t in sentence
                   if sentence.start_char + match.start() <= t.idx < sentence.start_char + match.end() + 2) or \
            bool(re.search(r"\bthey\s+(will\s+)?(deliver|provide|send|supply)", span_text(sentence), re.IGNORECASE))

    def _continues(self, following: SpacySpan) -> bool:
        first = following[0]
        return bool(country_code(first.text)) and len(following) > 1 and following[1].text == "," \
            and first.dep_ not in {"nsubj", "nsubjpass"} or first.lower_ in {"including"}  # ("Germany, which ..., has": its own)

    def _index(self, sentence: SpacySpan) -> int:
        return sentence_index(self.doc, sentence)

    def _items(self, region: SpacySpan, start: int, end: int) -> list[AidItem]:
        items: list[AidItem] = []
        named_roots: set[int] = set()
        chunks = [c for c in noun_chunks_within(self.doc, region.start, region.end)
                  if c.start_char >= start and c.end_char <= end]
        covered = {i for c in chunks for i in range(c.start, c.end)}
        columns = tokens(self.doc)
        # list members the parser left out of its noun chunks ("..., tanks and armored vehicles")
        for i in range(region.start, region.end):
            if i not in covered and start <= columns.start[i] < end and columns.pos[i] in {"NOUN", "PROPN"}:
                token = self.doc[i]
                if token.lemma_.lower() in ITEM_HEADS or token.lower_ in ITEM_HEADS:
                    noun = _modified_noun(token)
                    while noun.start < noun.end - 1 and noun[0].idx < start:
                        noun = noun[1:]  # ("the list of material covers helmets": from where the list starts)
                    chunks.append(noun)
        covered = {i for c in chunks for i in range(c.start, c.end)}
        chunks += _systems_outside(self.doc, region, start, end, covered)  # "among them Iron Dome and David's Sling"
        covered = {i for c in chunks for i in range(c.start, c.end)}
        served = {i for c in chunks for i in _weapon_served(c.root)}  # "rounds for the HIMARS": not launchers
        chunks.sort(key=lambda c: c.start)
        fronts = _split_models(chunks)
        for chunk in chunks:
            if chunk.start in set(fronts.values()):
                continue  # the front of a phrase the parser split: read with the rest
            acronym = _expanded_acronym(chunk)
            if acronym is not None:  # "100 HMMWVs (High Mobility Multipurpose Wheeled Vehicles)": named by the acronym
                expansion = self._item(chunk)
                modifies = acronym.root.dep_ in {"compound", "nmod"} and acronym.root.head.i > chunk.end  # "... ammunition"
                item = AidItem(name=acronym.text, quantity=_count(acronym), system=expansion.system) \
                    if expansion and not modifies else None
            else:
                shared = _shared_head(chunk) or _listed_before(chunk)
                if shared:  # "medical and engineering equipment": medical equipment, engineering equipment
                    items += [i for i in shared if i.name not in {j.name for j in items}]
                    named_roots.add(chunk.root.i)
                    continue
                joined = next((t for t in chunk if t.dep_ == "cc" and chunk.start < t.i < chunk.root.i
                               and (chunk.doc[t.i - 1].lemma_.lower() in ITEM_HEADS)), None)
                if joined is not None:  # "weaponry and specialised equipment" parsed as one phrase: two items
                    commas = [t.i for t in chunk.doc[chunk.start:joined.i] if t.text == ","]
                    bounds = [chunk.start - 1] + commas + [joined.i]
                    parts = [self._item(chunk.doc[a + 1:b]) for a, b in zip(bounds, bounds[1:]) if b > a + 1]
                    parts.append(self._item(chunk.doc[joined.i + 1:chunk.end]))  # "fuel, food and medical supplies"
                    items += [i for i in parts if i and i.name not in {j.name for j in items}]
                    named_roots.add(chunk.root.i)
                    continue
                front = fronts.get(chunk.start) or _model_before(chunk, region.start, covered)
                item = self._item(chunk, front) if chunk.root.i not in served and not _counts_of(chunk.root) else None
            if item and item.name not in {i.name for i in items}:
                items.append(item)
                if fold(item.name) not in VAGUE_ITEMS | GENERIC_ARMS:
                    named_roots.add(chunk.root.i)
        listed = {m.i for r in named_roots for m in _list_members(self.doc[r], appositions=False)} \
            | {m.i for t in region if start <= t.idx < end and _contents_object(t)
               for m in [t, *_list_members(t, appositions=True)]}
        for chunk in chunks:  # "made up of 164 Land Rovers, 1,500 body armor sets, ... and HESCO bastions": every
            root = chunk.root  # member of a list of contents, or of a list with materiel in it, is an item
            if root.i in listed and root.i not in named_roots and root.i not in served and chunk.start not in fronts.values() \
                    and _plain_thing(root):
                item = self._item(chunk, fronts.get(chunk.start), listed=True)
                if item and item.name not in {i.name for i in items}:
                    items.append(item)
        for item in _equipment_by_field(region, start, end):  # "The equipment approved covers logistics, ..."
            if item.name not in {i.name for i in items}:
                items.append(item)
        return items

    def _item(self, phrase: SpacySpan, start: int | None = None, listed: bool = False) -> AidItem | None:
        """The item a noun phrase names; `start` takes in model words the parser left before the phrase; `listed`:
        the phrase is a member of a list of contents, an item whatever its head noun."""
        root = phrase.root
        before = phrase.doc[root.i - 1] if root.i > phrase.start else None
        if root.lemma_.lower() in DELIVERY_NOUNS and before is not None and (
                before.lemma_.lower() in ITEM_HEADS or before.lower_ in ITEM_HEADS):
            return self._item(phrase.doc[phrase.start:root.i], start)  # "ammunition deliveries": ammunition
        if root.lemma_.lower() in COLLECTIVE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
            return None  # "a mixed bag of items", "an assortment of equipment": what follows "of" is the item
        if root.lemma_.lower() == "round" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in TURN_NOUNS for g in c.children) for c in root.children):
            return None  # "this latest round of help": a turn, not ammunition ("rounds of ammunition" are)
        if root.dep_ == "dobj" and root.head.lemma_.lower() in ENHANCING_LEMMAS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.head.children) \
                and _served_by_materiel(root.head):
            return None  # "spare parts to improve operational capability": what the materiel is for
        if root.lemma_.lower() == "fighter" and any(c.ent_type_ == "NORP" for c in root.children):
            return None  # "4,000 Kurdish fighters": people, not fighter jets
        chunk = phrase.doc[start:phrase.end] if start is not None else phrase
        folded = fold(chunk.text)
        system = reference.weapon_in(folded)
        head = root.lemma_.lower()
        named_by_head = head in ITEM_HEADS or root.lower_ in ITEM_HEADS \
            or root.lower_.removesuffix("s") in ITEM_HEADS or bool(ITEM_PHRASES.search(chunk.text)) \
            or root.lemma_.lower() == "unit" and _units_of_materiel(root)
        spelled = _system_named_before(chunk) if named_by_head and not system else None
        if spelled is not None:  # "National Advanced Surface to [Air Missile system]": the system's name as written
            return AidItem(name=spelled[0], system=spelled[1])
        if not system and not named_by_head and not listed:
            return None
        if system and not named_by_head and fold(root.text) not in reference.weapon_pattern().search(folded).group(1):
            return None  # "the F-16 coalition", "Patriot crews": about the system, not the system
        quantity = None
        words = []
        depth = 0
        owner = next((t.i for t in chunk if t.tag_ == "POS" and t.i > chunk.start
                      and country_code(chunk.doc[chunk.start:t.i].text.removeprefix("the ").removeprefix("The "))), -1)
        # ("Papua New Guinea's defence capability": the country's, a name of more than one word)
        served_by = max([owner] + [t.i for t in chunk if t.i < root.i and t.text in RECEIVING_BODY_WORDS
                                   and t.dep_ == "compound" and any(c.ent_type_ in {"GPE", "NORP"} or country_code(c.text)
                                                                    for c in chunk.doc[chunk.start:t.i])])
        # ("given Somalia's government forces arms": the parser joined whom to what)
        for token in chunk:
            if token.i <= served_by:
                continue
            if words and token.lower_ in VALUE_TAIL:
                break  # "spare parts totalling P2.5 billion": the parser's chunk runs on into the price
            depth += token.text == "("
            inside, depth = depth > 0, depth - (token.text == ")" and depth > 0)
            if inside:
                continue  # "HIMARS (High Mobility Artillery Rocket Systems) ammunition": the acronym says it
            after = [t.lower_ for t in token.doc[token.i + 1:token.i + 3]]
            calibre = after[:1] and after[0] in CALIBRE_UNITS or not token.whitespace_ and (
                after[:1] == ["-"] and after[1:] and after[1] in CALIBRE_UNITS)  # "155 mm", "152-millimeter"
            if token.lower_ in SCALE_WORDS and quantity is not None and not words:
                quantity *= SCALE_WORDS[token.lower_]
                continue  # "one million shells": the count's scale
            hyphened = not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-" \
                and token.lower_.isalpha()  # "first-aid kits": a word of the name, not a count
            designator = words and token.doc[token.i - 1].pos_ in {"NOUN", "PROPN"} and token.doc[token.i - 1].is_alpha \
                and token.text.isdigit()  # "model 302 vehicles", "Pansarbandvagn 302": the type's number
            if token.like_num and quantity is None and token.ent_type_ != "MONEY" and not token.text.endswith("mm") \
                    and not calibre and not hyphened and not designator:
                try:
                    quantity = int(token.text.replace(",", ""))
                except ValueError:
                    quantity = QUANTITY_WORDS.get(token.lower_)
                continue
            before_and = token.doc[token.i - 1]
            joins_modifiers = token.lower_ == "and" and words and token.i + 1 < chunk.end and token.i < root.i \
                and before_and.dep_ in {"amod", "compound", "nmod"} and before_and.head.i == root.i \
                and before_and.lemma_.lower() not in ITEM_HEADS  # "intelligence and surveillance capabilities": one
            # item as written (not "raiding craft and air defence equipment")
            if token.lower_ in DROP_WORDS and not joins_modifiers and (token.whitespace_ or token.i + 1 == chunk.end) or token.ent_type_ == "MONEY" or token.is_punct and token.text not in {"-"} \
                    or token.tag_ == "POS" and not words \
                    or (token.ent_type_ in {"GPE", "NORP"} and country_code(token.text)) \
                    or (not words and token.text[:1].isupper() and country_code(token.text)) \
                    or not words and token.lower_ in QUANTITY_QUALIFIERS \
                    or not words and (token.lower_ in LEADING_QUALIFIERS or token.text == "-") and token.i < root.i \
                    or not words and token.pos_ == "VERB" and token.tag_ == "VB":  # "(to help Ukraine) procure drones"
                if token.whitespace_ and words and not words[-1].endswith(" "):
                    words[-1] += " "  # "'Mastiff' armoured vehicles": the words either side stay apart
                continue  # "as many as 150,000 rounds", "up to 20 drones": the count's hedge, not the item
            words.append(token.text_with_ws)
        name = re.sub(r"\s+", " ", "".join(words)).strip(" -")  # as written: "155 mm shells", "152-millimeter rounds"
        if not name or fold(name) in {"support", "aid", "assistance", "package"}:
            return None
        owner = _weapon_owning(root) if not system else None
        if owner:  # "HIMARS launchers and their ammunition": HIMARS ammunition
            return AidItem(name=f"{reference.weapon_label(owner)} {root.text.lower()}", quantity=quantity, system=owner)
        served = _weapon_served(root)
        if not system and served:
            system = reference.weapon_in(fold(chunk.doc[min(served):max(served) + 1].text))
            word = root.text.lower() if root.lower_ in AMMUNITION_HEADS | {"missiles", "rockets", "interceptors"} else "ammunition"
            return AidItem(name=f"{reference.weapon_label(system)} {word}", quantity=quantity, system=system)
        model = _model_name(chunk, root, system)
        of_type = _model_of_type(root) if not model and not system else None
        if of_type:  # "12 sniper rifles of the M110 type" -> "M110 sniper rifles"
            return AidItem(name=f"{of_type} {name.lower()}", quantity=quantity, system=system)
        if model:  # "25 more Leopard 1A5 main battle tanks" -> "Leopard 1A5"; "TOW anti-tank missiles" -> "TOW missiles"
            return AidItem(name=model, quantity=quantity, system=system)
        return AidItem(name=name.lower() if not system else name, quantity=quantity, system=system)


LISTING_LEMMAS = {"include", "comprise", "contain", "feature"}
RECEIVING_PEOPLE = {"fighter", "force", "forces", "troop", "troops", "army", "militia", "unit", "soldier", "police", "guard",
                    "north", "south", "east", "west", "region", "peshmerga"}  # "to fighters in the north of Iraq"
VALUE_TAIL = {"totalling", "totaling", "amounting", "worth", "valued", "costing"}
GIFT_LEMMAS = {"donation", "delivery", "shipment", "consignment", "gift", "batch", "transfer", "contribution"}
MADE_OF_LEMMAS = {"make", "consist", "compose", "comprise"}
NOT_ITEMS = {"fund", "funding", "money", "cost", "value", "worth", "part", "total", "sum", "amount", "budget", "share",
             "country", "people", "force", "troop", "soldier", "army", "member", "partner", "ally", "need", "use",
             "purpose", "effort", "way", "area", "region", "time", "year", "month", "week", "day", "other", "thing", "lot",
             "number", "range", "variety", "kind", "type", "host", "series", "list", "rest", "item", "tonne", "ton",
             "kilogram", "litre", "liter", "piece", "disposal"}


def _where_those_given_to_are(token: Token) -> bool:
    """The country is where the people something is given to are ("to Kurdish fighters in the north of Iraq"): the
    place of the "to" object of a verb of giving or going."""
    node = token.head
    while node.lower_ in {"in", "of"} and node.dep_ == "prep" and node.head.pos_ in {"NOUN", "PROPN"}:
        noun = node.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in GIVE_LEMMAS | {"go", "head"} \
                and noun.lemma_.lower() in RECEIVING_PEOPLE:
            return True
        node = noun.head
    return False


def _contents_object(token: Token) -> bool:
    """The token is what a package is said to hold: the object of "includes", "contains", "comprises", or of "is
    made up of", "consists of"; "this one made up of")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ in {"dobj", "attr"} and token.head.lemma_.lower() in LISTING_LEMMAS:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        verb = token.head.head.head if token.head.head.dep_ == "prt" else token.head.head  # ("made up of", "of" hung
        if verb.lemma_.lower() not in MADE_OF_LEMMAS:                                     # on "up")
            return False
    else:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in PACKAGE_NOUNS | MATERIEL_NOUNS | GIFT_LEMMAS
                                                     or c.lower_ in {"it", "this", "one", "that"}) for c in verb.children)


def _list_members(token: Token, appositions: bool) -> list[Token]:
    """The other nouns of the list the token is in ("A, B, C and D"; with `appositions`, also those the parser
    joined by apposition, as it may in a long list of contents)."""
    links = {"conj", "appos"} if appositions else {"conj"}
    top = token
    while top.dep_ in links and top.head.pos_ in {"NOUN", "PROPN"} and top.head.i < top.i:
        top = top.head
    members, stack = [], [top]
    while stack:
        node = stack.pop()
        if node.i != token.i:
            members.append(node)
        stack += [c for c in node.children if c.dep_ in links and c.pos_ in {"NOUN", "PROPN"}]
    return members


def _plain_thing(root: Token) -> bool:
    """A noun that may name a thing given: not a person, place, sum or time, nor a word for money or a share."""
    return root.pos_ in {"NOUN", "PROPN"} and root.ent_type_ not in {"PERSON", "GPE", "NORP", "MONEY", "DATE", "TIME",
                                                                    "PERCENT", "CARDINAL", "LOC"} \
        and root.lemma_.lower() not in NOT_ITEMS | NOT_GIFTS | PACKAGE_NOUNS | VAGUE_ITEMS and not country_code(root.text) \
        and (root.lemma_.lower() != "unit" or _units_of_materiel(root))  # (not "army units")


GIVEN_PARTICIPLES = {"donated", "given", "supplied", "delivered", "provided", "received", "gifted"}
NAMING_NOUNS = {"name", "number", "pennant", "designation", "callsign", "title", "nickname", "moniker", "hull"}
NOT_GIFTS = {"briefing", "update", "assurance", "account", "overview", "warning", "message", "speech", "address",
             "interview", "signal", "thanks", "details", "information", "assessment",
             "presentation", "talk", "lecture", "statement", "reply", "answer", "explanation", "rundown", "analysis",
             "report", "paper", "proposal", "plan", "view", "views", "opinion", "condolences", "congratulations"}
THE_PACKAGE_COSTS = re.compile(r"\b(?:the|this|that|these)\s+(?:new\s+|latest\s+|whole\s+)?(?:[A-Z][\w.]*\s+)?(?:package|donations?|"
                               r"consignment|shipments?|tranche|deliver(?:y|ies)|gifts?|project|donated\s+(?:items|equipment|"
                               r"materiel|goods))\s*,?\s+(?:[^.;]{0,160}?\s+)?"
                               r"(?:costs?|costing|is\s+worth|was\s+worth|were\s+worth|are\s+worth|worth|(?:is|was|were|are)\s+valued\s+at|"
                               r"valued\s+at|comes\s+to|amounts\s+to|totals?|"
                               r"(?:carries|has)\s+a\s+(?:total\s+)?(?:price|cost|value)\s+of)\s+(?:in\s+(?:total|all)\s+|altogether\s+)?"
                               r"(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|over\s+)?(?:US\s+)?$", re.IGNORECASE)
# ("The new package costs EUR 105 million in total", "the U.S. donations were worth in total more than $3.8 million",
# "the donated items are valued at US $7.7 million")
CLAUSES = re.compile(r";\s*")  # the clauses a package told before may open
STATE_NOUNS = {"state", "government", "kingdom", "republic", "people", "emirate", "sultanate"}  # "by the State of X"
BOUND_SLACK = Decimal("0.12")  # how far a bound ("more than $400 million") may be from the exact sum it rounds
ROUGHLY_TOLD = re.compile(r"\b(?:more\s+than|over|upwards\s+of|nearly|almost|about|around|roughly|some|approximately|"
                          r"close\s+to|in\s+excess\s+of)\s+(?:[A-Z]{3}\s?|[$€£¥₹]|US\$)?\d", re.IGNORECASE)
ROUNDING = Decimal("0.01")  # how far a rounded sum may be from the exact one it stands for
PRICE_REACH = 8  # sentences after a package told without a price within which the materiel told again may be priced
COLLECTIVE_NOUNS = {"bag", "assortment", "range", "variety", "array", "set", "mix", "host", "selection", "collection",
                    "lot", "number"}
SUPPORT_SERVICES = re.compile(r"\b(?:engineering|logistics|logistical|technical|program|programme)\s*,?\s+(?:and\s+)?support\b",
                              re.IGNORECASE)  # what a sale covers besides its goods ("engineering, logistics and support")
SALE = re.compile(r"\b(?:sales?|sold|sell(?:s|ing)?)\b", re.IGNORECASE)
COMPENSATION_AFTER = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:as|in)\s+(?:a\s+)?(?:compensation|reimbursement|repayment|payment)\b",
                                re.IGNORECASE)
THANKED_FOR_GIVING = re.compile(r"\b(?:thank\w*|gratitude|appreciation)\b[^.;]{0,120}?\bfor\s+(?:giving|providing|donating|"
                                r"supplying|sending|delivering|handing)\b", re.IGNORECASE)  # "thanked X for giving Y ..."
# "helicopters that it first bought from Russia": where the giver once bought what it now gives, no sale of it
BOUGHT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:it|they|[A-Z][\w.]+)\s+(?:had\s+)?(?:first\s+|originally\s+|once\s+|"
                           r"previously\s+)?(?:bought|purchased|acquired)\b[^.;,]{0,60}?\bfrom\s+(?:the\s+)?[A-Z][\w.]*")
PURCHASE_FROM = re.compile(r"\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought)\b[^.;]{0,80}?\bfrom\s+(?:the\s+)?[A-Z]")
# a sum lent, not given ("Tokyo will lend Manila ¥64bn", "a loan of $500m", "$120 million in loans"; not "lend-lease")
LENT_BEFORE = re.compile(r"\b(?:lend|lends|lent|lending|loan\s+of|loans\s+of|loan|credit\s+of)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
LENT_AFTER = re.compile(r"\s*(?:in\s+)?(?:loans?|credits?|credit\s+line)\b", re.IGNORECASE)
LENT_REACH = 40
GIFT = re.compile(r"\b(?:aid|assistance|donat\w*|gift\w*|grant\w*|free\s+of\s+charge|package|support)\b", re.IGNORECASE)
PRICE_WORDS = re.compile(r"\b(?:commitment|worth|valued|value|cost|costing|package|contract|grant|price)\b[^.;]{0,30}$",
                         re.IGNORECASE)  # "under a commitment of", "worth", "valued at"
MATERIEL_NOUNS = {"gear", "equipment", "materiel", "material", "weaponry", "hardware", "items", "supplies", "weapons", "consignment",
                  "shipment", "batch", "donation"}  # what a package is called when told again
DELIVERY_NOUNS = {"delivery", "shipment", "transfer", "consignment", "purchase", "procurement"}  # of what a compound names
MECHANISM_NOUNS = {"drawdown", "initiative", "facility"}  # "The Presidential Drawdown will supply ..."
CONTENTS_VERBS = {"include", "supply", "fund", "finance", "contain", "comprise", "consist", "cover", "span", "pay", "feature",
                  "provide", "hold",
                  "intend", "use", "spend", "earmark", "designate", "allocate", "buy", "purchase", "give", "deliver",
                  "bring", "equip", "carry"}
# ("this tranche will give Ukraine ...", "it will carry the first delivery of ...": the package named again as subject)
GIVING_CONTENTS_VERBS = {"give", "deliver", "bring", "equip"}
PEOPLE_NOUNS = {"figure", "official", "people", "person", "member", "individual", "oligarch", "leader", "businessman",
                "delegate", "representative", "diplomat", "citizen", "national"}
EARMARK_LEMMAS = {"earmark", "destine", "slate", "allocate", "reserve"}  # "jets earmarked for delivery to X"
RECEIVING_BODY_WORDS = {"forces", "troops", "soldiers", "ministry", "army", "navy"}  # never a word of an item's name
CENTRE_NOUNS = {"centrepiece", "centerpiece", "highlight", "core", "heart", "backbone", "mainstay", "bulk"}  # "Its
# centrepiece was a Patriot system": the package's contents
PACKAGE_NOUNS = {"package", "aid", "assistance", "measure", "bill", "tranche", "funding", "money", "support",
                 "content", "contents", "portion", "part",
                 "contribution", "donation", "delivery", "shipment", "consignment", "fund", "funds", "plan",
                 "programme", "program", "batch", "round", "instalment", "installment"}


def _materiel_priced(sentence: SpacySpan) -> bool:
    """Materiel told with its value ("rigid-hulled inflatable boats worth JPY 900 million") that someone gets."""
    for token in sentence:
        if token.lower_ in {"worth", "valued"} and token.i > sentence.start:
            noun = token.doc[token.i - 1]
            if (noun.lemma_.lower() in ITEM_HEADS or noun.lower_ in ITEM_HEADS) and noun.pos_ in {"NOUN", "PROPN"} \
                    and any(t.lemma_.lower() in RECEIVE_LEMMAS | GIVE_LEMMAS for t in noun.ancestors):
                return True
    return False


def _sums_to(text: str, package: AidPackage) -> bool:
    """The sentence's two or more sums (of one currency) add up to the package's amount: they are its parts."""
    money = [m for m in find_money(text) if m.currency == package.currency]
    return package.amount is not None and len(money) >= 2 and sum(m.amount for m in money) == package.amount


def _gives(verb: Token) -> bool:
    """A verb of giving, or one whose complement is ("is to deliver", "will start to supply")."""
    return verb.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS for c in verb.children)


def _distance(span: re.Match, money: Money) -> int:
    """Characters between a phrase and a sum."""
    return max(money.start - span.end(), span.start() - money.end, 0)


def _mechanism_donor(text: str, recipients: set[str]) -> str | None:
    """"the $150 million Presidential Drawdown Authority package": the one donor the mechanism's name gives."""
    donors = {donor for _, pattern, donor in MECHANISMS if donor and pattern.search(text)} - recipients
    return donors.pop() if len(donors) == 1 else None


def _own_mechanism(text: str, money: Money | None, all_money: list[Money]) -> str | None:
    """The programme a sum of a sentence of several sums comes through, told between it and the next sum: "$500
    million of equipment will come through a Presidential Drawdown, while $2.1 billion will be paid for with ..."."""
    if money is None or len(all_money) < 2:
        return None
    after = [m.start for m in all_money if m.start > money.start]
    segment = text[money.start:after[0] if after else len(text)]
    return next((name for name, pattern, _ in MECHANISMS if pattern.search(segment)), None)


def _subject_naming(verb: Token) -> tuple[str | None, set[str]]:
    """The programme (of MECHANISMS) and the acronyms the verb's subject names a package by ("The Presidential
    Drawdown will supply ...", "the FMF money could buy ...")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None, set()
    words = " ".join(t.text for t in subject.subtree)
    programme = next((name for name, pattern, _ in MECHANISMS if pattern.search(words)), None)
    return programme, {t.text for t in subject.subtree if t.text.isupper() and len(t.text) >= 3}


def _names_programme(verb: Token) -> bool:
    """The verb's subject names a package by its programme or its acronym ("The USAI funds will pay for ...")."""
    programme, acronyms = _subject_naming(verb)
    return programme is not None or bool(acronyms)


NEWEST_WORDS = {"latest", "newest", "new", "fresh", "current"}


def _package_named_by(packages: list[AidPackage], verb: Token) -> int:
    """The package whose contents a sentence lists: the latest one its subject names by its programme ("The
    Presidential Drawdown will supply ...") or the programme's acronym ("the FMF money could buy ..."), else the
    latest one."""
    programme, acronyms = _subject_naming(verb)
    for i in range(len(packages) - 1, -1, -1):
        if programme and packages[i].mechanism == programme:
            return i
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    priced = [m.amount for m in find_money(subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text)] \
        if subject is not None else []
    for i in range(len(packages) - 1, -1, -1):
        if packages[i].amount is not None and packages[i].amount in priced:
            return i  # "the $11 million programme pays for ...": the package of that sum, not one told since
    for i in range(len(packages) - 1, -1, -1):
        if acronyms and any(re.search(rf"\b{re.escape(a)}\b", e.text) for e in packages[i].evidence for a in acronyms):
            return i
    newest = _newest_named(packages, verb.sent)
    return newest if newest is not None else len(packages) - 1


def _newest_named(packages: list[AidPackage], sentence: SpacySpan) -> int | None:
    """"Included in the latest package are ...": the newest dated package, when an undated one (an earlier package)
    was told since."""
    dated = [i for i, p in enumerate(packages) if p.date is not None]
    if dated and packages[-1].date is None and any(TOLD_BEFORE_NOW.search(e.text) for e in packages[-1].evidence) and any(
            t.lemma_.lower() in PACKAGE_NOUNS and any(c.dep_ == "amod" and c.lower_ in NEWEST_WORDS for c in t.children)
            for t in sentence):
        return max(dated, key=lambda i: packages[i].date)
    return None


def _contents_verb(sentence: SpacySpan) -> Token | None:
    """The verb of a sentence that lists what an already reported package holds: its subject is that package
    named again ("The package ... includes", "the bill would fund", "It also contains")."""
    for token in sentence:
        made_up = token.lemma_.lower() in {"make", "take"} and any(
            c.lower_ == {"make": "up", "take": "in"}[token.lemma_.lower()] for c in token.children)  # "is made up of",
        # "takes in"
        if token.lemma_.lower() in {"list", "name", "mention", "cite"} and token.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "among" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in MATERIEL_NOUNS | PACKAGE_NOUNS for g in c.children)
                for c in token.children):
            return token  # "The statement lists among the equipment four IRIS-T SLM fire units, ..."
        if token.lemma_.lower() == "come" and token.pos_ == "VERB" and GOES_ON.match(span_text(sentence)):
            return token  # "On top of that come 20 Marder infantry fighting vehicles, ..."
        centre = token.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in CENTRE_NOUNS and any(
                d.lower_ in {"its", "the"} for d in c.children) for c in token.children)  # "Its centrepiece was ..."
        if centre:
            return token
        if token.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in {"item", "equipment", "materiel", "gear", "donation", "delivery"}
                and any(d.lower_ in {"the", "these"} for d in c.children) for c in token.children) \
                and any(c.dep_ == "attr" for c in token.children):
            return token  # "The items that came to Laos from Russia last month were ten boats, two excavators, ..."

        if (token.lemma_.lower() not in CONTENTS_VERBS and not made_up) or token.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "The measures do not include lethal equipment"
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and token.dep_ == "xcomp" and token.head.lemma_.lower() in {"use", "spend", "go", "earmark", "intend", "expect", "set", "plan"}:
            subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "The funds will be used to provide"
        if not subjects and token.dep_ == "ccomp" and token.head.lemma_.lower() in ANNOUNCING_LEMMAS:
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "the package announced Friday contains",
            # parsed as "the package announced [that it] contains"
        if not subjects and token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "is spread ... and will pay for"
        clause = next((c for c in token.children if c.dep_ == "csubj"), None)
        if clause is not None and clause.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS | {"draw"} and any(
                c.lower_ == "what" for c in clause.children):
            return token  # "What the prime minister announced today comprises 28 trucks, ...", "what the Pentagon
            # draws down contains ..."
        for subject in subjects:
            if subject.lower_ in {"it", "this"} and token.lemma_.lower() not in GIVING_CONTENTS_VERBS:
                return token  # ("it would give Ukraine ...": "it" may be the donor)
            if subject.lower_ in {"which", "that"} and token.dep_ == "relcl" and token.lemma_.lower() not in GIVING_CONTENTS_VERBS and (
                    token.head.lemma_.lower() in PACKAGE_NOUNS or token.head.lemma_.lower() in MATERIEL_NOUNS
                    and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.head.children)):
                return token  # "a large donation package, which contains vehicles, ...", "The gear, which included ..."
            if (subject.ent_type_ == "MONEY" or find_money(subject.doc[subject.left_edge.i:subject.i + 1].text)) \
                    and any(c.lower_ in {"the", "this", "that"} for c in subject.children):
                return token  # "the $6bn in USAI funds will pay for ...", "The 12 million euros will pay for"
            if (subject.lemma_.lower() in MATERIEL_NOUNS or subject.lower_ in MATERIEL_NOUNS) and any(
                    c.dep_ in {"amod", "advmod"} and c.lower_ in MORE_WORDS for c in subject.children):
                return token  # "Further equipment includes ...", "Other items include ...": more of the package
            determiners = {c.lower_ for c in subject.children if c.dep_ in {"det", "poss"}}
            if subject.lemma_.lower() in LIST_NOUNS and determiners & {"the", "this", "that", "its"} and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in MATERIEL_NOUNS | PACKAGE_NOUNS
                                                                 for g in c.children) for c in subject.children):
                return token  # "the list of material covers helmets, ...": what the package told before holds
            if subject.lemma_.lower() in MATERIEL_NOUNS and determiners & {"the", "this", "that"} and any(
                    c.dep_ == "amod" and c.lower_ in GIVEN_PARTICIPLES for c in subject.children):
                return token  # "The donated hardware comprises ...": the package told before, named again
            if (subject.lemma_.lower() in PACKAGE_NOUNS or subject.lemma_.lower() in MECHANISM_NOUNS
                    or subject.lemma_.lower() in {"resolution", "decision", "decree"}) \
                    and determiners & {"the", "this", "that", "its"} \
                    and not any(c.dep_ in {"relcl"} and c.lemma_.lower() in GIVE_LEMMAS | PROVIDE_LEMMAS | ANNOUNCING_LEMMAS
                                for c in subject.children) \
                    and not (token.lemma_.lower() in GIVING_CONTENTS_VERBS and any(c.dep_ == "acl" for c in subject.children)):
                return token  # (not "the assistance unveiled today gives Ukraine key resources": what it does)
    return None


def _label_country(sentence: SpacySpan, countries: list[CountryMention]) -> CountryMention | None:
    """A digest item headed by the country it is about ("Norway: The government will give NOK 50 million to ...")
    when its subject is that country's government, ministry or minister rather than another country."""
    words = [t for t in sentence if not (t.is_space or t.text in {"•", "-", "*", "–", "—"})]
    if len(words) < 4 or words[1].text != ":" or not countries or countries[0].token.i != words[0].i:
        return None
    rest = sentence.doc[words[2].i:sentence.end]
    if not re.search(r"\b(government|cabinet|ministry|minister|parliament|president|prime minister)\b", rest.text, re.IGNORECASE):
        return None
    return countries[0]


def _expanded_acronym(chunk: SpacySpan) -> SpacySpan | None:
    """The noun phrase an acronym heads when `chunk` is its expansion in parentheses right after it."""
    doc = chunk.doc
    if chunk.start < 2 or doc[chunk.start - 1].text != "(" or chunk.end >= len(doc) or doc[chunk.end].text != ")":
        return None
    before = doc[chunk.start - 2]
    letters = before.text.rstrip("s")
    if len(letters) < 2 or not letters.isupper():
        return None
    return doc[before.i:before.i + 1]


def _model_name(chunk: SpacySpan, head: Token, system: str | None) -> str | None:
    """The model an item phrase names, as the article writes it, with the head noun when that names a part of the
    system (launchers, missiles, rounds): a known system's alias plus its designation ("Leopard 1A5"), or a
    run of proper nouns before a common-noun head ("Mastiff armoured vehicles" -> "Mastiff")."""
    first_name = next((t.i for t in chunk if t.pos_ == "PROPN" or _designation(t)), chunk.end)
    words = [t for t in chunk if not (t.like_num and t.i < first_name) and t.lower_ not in DROP_WORDS
             and not (t.ent_type_ in {"MONEY", "CARDINAL"} and t.i < first_name)
             and not (t.ent_type_ in {"GPE", "NORP"} and not system)]
    if not words:
        return None
    if system:
        folded, offsets = "", []
        for token in words:
            offsets.append(len(folded))
            folded += fold(token.text) + (" " if token.whitespace_ or token.i + 1 < len(chunk.doc) and
                                          chunk.doc[token.i + 1] not in words else "")
        match = reference.weapon_pattern().search(folded)
        if not match:
            return None
        named = [t for t, at in zip(words, offsets) if match.start() <= at < match.end()]
    else:
        named = []
        for token in words:
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in NOT_MODEL_ENTS or country_code(token.text) \
                    or reference.organization_in(token.text) or token.lower_ in ITEM_HEADS:
                break
            named.append(token)
        if not named or named[0].is_sent_start and not _designation(named[0]) and not named[0].text.isupper():
            return None  # "Mine clearing equipment" opening a line: a capital, not a name
        if named[-1].i + 1 < len(chunk.doc) and chunk.doc[named[-1].i + 1].text == "-":
            return None  # "NATO-standard shells", "US-made vehicles": a modifier, not the model
    if not named or named[-1].i >= head.i and not system or not system and not head.text.islower():
        return None  # "Surface-to-Air Missile System": a name spelled out, not a model and its kind
    first, last = named[0].i, named[-1].i
    while last + 1 < chunk.end and (_designation(chunk.doc[last + 1]) or not system and chunk.doc[last + 1].text.isdigit()
                                    and len(chunk.doc[last + 1].text) >= 3 and last + 2 < chunk.end):
        last += 1  # "Leopard 1A5", "HLR 338 rifles"
    text = chunk.doc[first:last + 1].text
    acronym = not system and all(t.text.isupper() and t.text.isalpha() for t in named)  # "FPV drones": a type and its kind
    if head.i > last and (head.lemma_.lower() in PART_HEADS or head.lower_ in PART_HEADS or acronym):
        between = chunk.doc[last + 1:head.i]
        if not KIND_OF_MISSILE.fullmatch(between.text) and any(t.is_punct for t in between) \
                or any(t.lower_ == "spare" for t in chunk) and not any(t.lower_ == "spare" for t in between):
            spare = "spare " if any(t.lower_ == "spare" for t in chunk) else ""  # "HAWK air defense system missiles"
            text = f"{text} {spare}{head.text}"
        else:  # "Stinger anti-aircraft missiles", "Brimstone precision missiles": the words between, as written
            text = chunk.doc[first:head.i + 1].text
    return text


SYSTEM_NAME_REACH = 8  # tokens before a noun phrase that a weapon system's written-out name may start


def _system_named_before(chunk: SpacySpan) -> tuple[str, str] | None:
    """A weapon system's written-out name that starts before the noun phrase and ends inside it (the parser cut
    "National Advanced Surface to Air Missile system" at "to"): the name as written and the system's key."""
    doc, floor = chunk.doc, chunk.sent.start
    inside = len(fold(chunk.text))
    for k in range(SYSTEM_NAME_REACH, 0, -1):
        if chunk.start - k < floor:
            continue
        words = fold(doc[chunk.start - k:chunk.end].text)
        match = reference.weapon_pattern().match(words)
        if match and match.end() > len(words) - inside:
            return doc[chunk.start - k:chunk.end].text, reference.weapon_aliases()[match.group(1)]
    return None


TURN_NOUNS = {"help", "aid", "support", "assistance", "funding", "talk", "talks", "negotiation", "sanction", "strike",
              "attack", "fighting", "consultation", "discussion", "voting", "election", "visit", "diplomacy", "pledge"}
TYPE_NOUNS = {"type", "model", "class", "variant", "version", "make", "series"}


def _model_of_type(root: Token) -> str | None:
    """The model a phrase names after its head: "14 armored vehicles of the Piranha-3H type": "Piranha-3H"."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for kind in prep.children:
            if kind.dep_ == "pobj" and kind.lemma_.lower() in TYPE_NOUNS:
                words = [t for t in kind.subtree if t.i < kind.i and t.dep_ not in {"det", "prep", "punct"}]
                if words and words[0].text[:1].isupper() and not any(country_code(t.text) for t in words):
                    # (not "tanks of German make")
                    return root.doc[words[0].i:kind.i].text
    return None


def _units_of_materiel(root: Token) -> bool:
    """"fire-direction units", "radar units", "GPS units": units of a kind of materiel (not "army units")."""
    before = root.doc[root.left_edge.i:root.i]
    if not root.text.islower():
        return False  # "the 540-strong Araw Unit": a body of troops by its name
    return any(t.lemma_.lower() in ITEM_HEADS or t.text.isupper() and len(t.text) > 1 and t.is_alpha for t in before) \
        or bool(re.search(r"[a-z]-[a-z]", before.text))


def _systems_outside(doc: Doc, region: SpacySpan, start: int, end: int, covered: set[int]) -> list[SpacySpan]:
    """Known weapon systems named where the parser made no noun phrase of them, each as a span of its own."""
    aliases = reference.weapon_aliases()
    found, i = [], region.start
    while i < region.end:
        token = doc[i]
        if i in covered or not token.text[:1].isupper() or not start <= token.idx < end:
            i += 1
            continue
        for width in (4, 3, 2, 1):
            span = doc[i:min(i + width, region.end)]
            if len(span) == width and not set(range(span.start, span.end)) & covered and fold(span.text) in aliases:
                found.append(span)
                i += width
                break
        else:
            i += 1
    return found


def _split_models(chunks: list[SpacySpan]) -> dict[int, int]:
    """Phrases the parser split after a model's name ("25 more Leopard | 1A5 | main battle tanks"): the start of
    the item phrase -> the start of the name phrase in front of it (only designations between them)."""
    fronts: dict[int, int] = {}
    for before, after in zip(chunks, chunks[1:]):
        gap = before.doc[before.end:after.start]
        last = before[-1]
        if all(_designation(t) for t in gap) and (last.pos_ == "PROPN" and last.text[:1].isupper() or _designation(last)) \
                and last.ent_type_ not in {"GPE", "NORP"} and before.root.lemma_.lower() not in ITEM_HEADS \
                and before.root.dep_ != "dative" and before.root.lower_ not in RECEIVING_BODY_WORDS \
                and (after.root.lemma_.lower() in ITEM_HEADS or after.root.lower_ in ITEM_HEADS):
            fronts[after.start] = fronts.get(before.start, before.start)
    return fronts


def _model_before(chunk: SpacySpan, lowest: int, covered: set[int]) -> int | None:
    """Where the phrase really starts when the parser cut a model's name off its front ("25 more Leopard 1A5 | main
    battle tanks"): the proper nouns, designations, counts and "more" right before it, if a name is among them."""
    doc, start = chunk.doc, chunk.start
    while start - 1 >= lowest and start - 1 not in covered:
        token = doc[start - 1]
        if token.pos_ in {"CCONJ", "SCONJ", "PUNCT", "ADP", "VERB", "AUX", "PRON"} or not (
                token.pos_ == "PROPN" and token.text[:1].isupper() or _designation(token) or token.like_num
                or token.lower_ in DROP_WORDS) or token.dep_ == "dative":
            break  # (not "handed the Mozambican Navy | a 10-meter patrol boat": the one given to)
        start -= 1
    taken = doc[start:chunk.start]
    if not any(t.pos_ == "PROPN" or _designation(t) for t in taken) or any(t.ent_type_ in {"GPE", "NORP", "PERSON"} and
                                                                         not reference.weapon_in(fold(t.text)) for t in taken):
        return None
    return start


def _designation(token: Token) -> bool:
    """A model designation: letters and digits together ("1A5", "A4", "M777", "2A6")."""
    text = token.text
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text) and len(text) <= 8


def _count(noun: SpacySpan) -> int | None:
    """The number before a noun: "100 HMMWVs" -> 100."""
    for child in noun.root.children:
        if child.dep_ == "nummod" and child.like_num:
            try:
                return int(child.text.replace(",", ""))
            except ValueError:
                return QUANTITY_WORDS.get(child.lower_)
    return None


def _counts_of(head: Token) -> bool:
    """"20,000 rounds of 155mm ammunition", "two batteries of Patriots": the count's unit; the item follows "of"."""
    if head.lemma_.lower() not in COUNT_UNITS:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
        obj.dep_ == "pobj" and (obj.lemma_.lower() in ITEM_HEADS or reference.weapon_in(fold(obj.text)))
        for obj in prep.children) for prep in head.children)


def _weapon_served(head: Token) -> set[int]:
    """Token indexes of the weapon that ammunition is "for" ("munitions for Ukraine's HIMARS"), if it names one."""
    if head.lemma_.lower() not in AMMUNITION_HEADS and head.lower_ not in AMMUNITION_HEADS:
        return set()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            # the object's own words: the parser may hang the rest of a list on it ("for the Patriot system, X, Y")
            served = {i for obj in prep.children if obj.dep_ == "pobj" for i in range(obj.left_edge.i, _own_end(obj) + 1)}
            if served and reference.weapon_in(fold(head.doc[min(served):max(served) + 1].text)):
                return served
    return set()


def _shared_head(chunk: SpacySpan) -> list[AidItem]:
    """Modifiers joined by "and" before one head name one item each ("medical and engineering equipment"); none
    unless the head names an item and every modifier is a plain word."""
    root = chunk.root
    if not (root.lemma_.lower() in ITEM_HEADS or root.lower_ in ITEM_HEADS) or reference.weapon_in(fold(chunk.text)):
        return []
    first = next((t for t in chunk if (t.dep_ in {"amod", "compound", "nmod"} or t.lower_ in CALIBRE_UNITS)
                  and t.head.i == root.i and any(c.dep_ == "conj" for c in t.children)), None)
    if first is None:
        return []
    modifiers = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i < root.i]
    lead = _hyphen_start(first)
    while lead - 2 >= chunk.start and chunk.doc[lead - 1].text == "," and chunk.doc[lead - 2].head.i == root.i \
            and chunk.doc[lead - 2].dep_ in {"amod", "compound", "nmod"}:  # "reconnaissance, long-range and maritime
        modifiers.insert(0, chunk.doc[lead - 2])                            # drones": each kind before the comma too
        lead = _hyphen_start(chunk.doc[lead - 2])
    rest = chunk.doc[max(_hyphen_end(t) for t in modifiers) + 1:root.i + 1]
    if any(not t.is_alpha and t.text != "-" for t in modifiers) or any(t.dep_ in {"cc", "punct"} for t in rest) \
            or any(t.lemma_.lower() in ITEM_HEADS or t.lower_ in ITEM_HEADS for t in modifiers):
        return []  # "weaponry and specialised equipment": two items, not two kinds of one
    calibres = [_calibre(t) for t in modifiers]
    if all(calibres):  # "155mm and 105mm artillery rounds": one item per calibre
        return [AidItem(name=f"{c} {rest.text}") for c in calibres]
    if any(calibres):
        return []
    return [AidItem(name=f"{t.doc[_hyphen_start(t):_hyphen_end(t) + 1].text.lower()} {rest.text.lower()}")
            for t in modifiers]


def _hyphen_start(word: Token) -> int:
    """Where a hyphenated modifier starts ("long-range": at "long")."""
    start = word.i
    while start - 2 >= 0 and word.doc[start - 1].text == "-" and not word.doc[start - 1].whitespace_ \
            and not word.doc[start - 2].whitespace_:
        start -= 2
    return start


def _hyphen_end(word: Token) -> int:
    """Where a hyphenated modifier ends ("non-lethal" parsed as "non" + "-lethal": at "lethal")."""
    end = word.i
    while end + 2 < len(word.doc) and word.doc[end + 1].text == "-" and not word.doc[end].whitespace_ \
            and not word.doc[end + 1].whitespace_ and word.doc[end + 2].is_alpha:
        end += 2
    return end


def _calibre(unit: Token) -> str | None:
    """"155mm", "105 mm": a calibre unit with its number."""
    number = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num and c.i < unit.i), None)
    if unit.lower_ not in CALIBRE_UNITS or number is None:
        return None
    return unit.doc[number.i:unit.i + 1].text


def _listed_before(chunk: SpacySpan) -> list[AidItem]:
    """Single words listed right before a head noun the parser did not join to it ("medical, engineering and demining
    equipment" parsed as three objects): one item each, when at least two are listed with "and" before the last, none
    names an item itself and the list starts after a word that is no modifier."""
    root, doc = chunk.root, chunk.doc
    if not (root.lemma_.lower() in ITEM_HEADS or root.lower_ in ITEM_HEADS) or reference.weapon_in(fold(chunk.text)):
        return []
    start = next((t.i for t in chunk if t.pos_ != "DET"), root.i)
    modifiers: list[Token] = []
    i, joined = start - 1, False
    while i >= 0:
        word = doc[i]
        if not word.is_alpha or word.is_stop or word.lower_ in ITEM_HEADS or word.lemma_.lower() in ITEM_HEADS \
                or word.ent_type_ in {"GPE", "NORP", "ORG", "PERSON", "MONEY"} or word.pos_ in {"ADP", "AUX"} \
                or word.lower_ in CURRENCY_WORD_SET | {"including", "include", "includes", "plus"}:
            break  # ("worth 630 million euros and including amphibious boats": no kinds of boats)
        modifiers.insert(0, word)
        separator = doc[max(i - 2, 0):i] if i >= 2 and doc[i - 2].text == "," and doc[i - 1].lower_ == "and" else doc[i - 1:i]
        if i == 0 or not (len(separator) == 2 or separator[0].text == "," or separator[0].lower_ == "and"):
            break
        joined = joined or any(t.lower_ == "and" for t in separator)
        i = separator[0].i - 1
    if len(modifiers) < 2 or not joined or modifiers[0].i > 0 and doc[modifiers[0].i - 1].pos_ in {"NOUN", "ADJ", "PROPN"}:
        return []
    if all(t.lower_.endswith("ing") for t in modifiers):
        return []  # "repairing and maintaining vehicles": work done on one thing, not kinds of it
    head = doc[start:root.i + 1].text.lower()
    return [AidItem(name=f"{t.lower_} {head}") for t in modifiers]


def _equipment_by_field(region: SpacySpan, start: int, end: int) -> list[AidItem]:
    """Equipment named by the fields it serves: "The equipment covers air surveillance, logistics, and command and
    control" -> "air surveillance equipment", ...; "equipment for imagery and for engineering" likewise. Members are
    cut at commas (and "and for"), so "command and control" stays one field."""
    items = []
    for token in region:
        if token.lemma_.lower() not in FIELD_NOUNS or not start <= token.idx < end:
            continue
        lists = []
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in FIELD_VERBS:
            lists += [c for c in token.head.children if c.dep_ == "dobj"]
        lists += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "in"} for g in c.children
                  if g.dep_ == "pobj"]
        governor = token.head.head if token.dep_ == "pobj" else token.head  # "pay for equipment in four fields: ..."
        lists += [g for c in governor.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > token.i
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in FIELD_WORDS]
        for head in lists:
            if head.ent_type_ in {"GPE", "NORP", "ORG", "PERSON", "DATE"} or country_code(head.text):
                continue  # "equipment for Ukraine": whom it is for, not a field
            text = token.doc[head.left_edge.i:head.right_edge.i + 1].text
            if head.lemma_.lower() in FIELD_WORDS:  # "equipment in four fields: mobility, air surveillance, ..."
                after = doc_text(token.doc)[head.idx + len(head.text):region.end_char]
                listed = re.match(r"\s*(?::|of)\s*([^.;]+)", after)
                if not listed:
                    continue
                text = listed.group(1)
            members = [m for part in FIELD_SPLIT.split(text) for m in (
                [part] if part.strip(" .;:-").lower() in FIELDS_OF_TWO_WORDS else part.split(" and "))]
            for member in members:  # "imagery and engineering": two fields; "command and control": one
                member = member.strip(" .;:-")
                left, _, right = member.rpartition(" and ")
                if left and (left.split()[-1].lower() in ITEM_HEADS or left.split()[-1].lower().rstrip("s") in ITEM_HEADS):
                    member = right  # "logistics equipment and electronic warfare": the field after the item
                words = member.split()
                if not words or len(words) > 5 or re.search(r"[()\d]", member) or any(w.lower() in ITEM_HEADS or w.lower().rstrip("s") in ITEM_HEADS
                                                      for w in words[-1:]):
                    continue  # "for vehicles": an item already, not a field
                items.append(AidItem(name=f"{member.lower()} {token.lower_}"))
    return items


def _own_end(noun: Token) -> int:
    """The last token of the noun's own phrase: the noun, or an acronym in brackets after it ("Systems (HIMARS)")."""
    end = noun.i
    for child in noun.rights:
        if child.dep_ == "appos" and child.left_edge.i > 0 and noun.doc[child.left_edge.i - 1].text == "(":
            end = max(end, child.right_edge.i)
    return end


def _weapon_owning(head: Token) -> str | None:
    """The weapon that "their"/"its" ammunition belongs to, named in the phrase the ammunition is joined to."""
    if head.lower_ not in AMMUNITION_HEADS | {"missiles", "rockets", "interceptors"} or head.dep_ != "conj" \
            or not any(c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in head.children):
        return None
    partner = head.head
    start = partner.head.left_edge.i if partner.dep_ in {"appos", "compound"} else partner.left_edge.i
    return reference.weapon_in(fold(head.doc[start:partner.i + 1].text))


def _modified_noun(token: Token) -> SpacySpan:
    """A noun with the modifiers right before it: "coastal defense systems"."""
    doc, start = token.doc, token.i
    while start > 0:
        before = doc[start - 1]
        run = start - 1
        while run > 0 and not doc[run - 1].whitespace_ and "-" in {doc[run - 1].text, doc[run].text}:
            run -= 1
        if run < start - 1 and before.pos_ in {"NOUN", "ADJ", "PROPN"}:
            start = run  # "surface-to-air missiles": hyphenated words the parser hangs anywhere
        elif before.head.i in range(start, token.i + 1) and before.dep_ in {"compound", "amod", "nummod", "nmod"}:
            start -= 1
        elif before.text == ")" and before.head.i < start - 1 and before.head.head.i == token.i \
                and before.head.dep_ in {"compound", "nmod"}:
            start = before.head.i  # "HIMARS (High Mobility Artillery Rocket Systems) ammunition"
        else:
            break
    return doc[start:token.i + 1]


def _donor_modifier(token: Token) -> bool:
    """"UK military aid", "British support" name the giver; "Israel assistance" names the receiver."""
    return token.ent_type_ == "NORP" or token.pos_ == "ADJ" or token.text.replace(".", "").isupper()


def _name_head(token: Token) -> Token:
    """The token a name hangs from in the parse: past post-nominals tagged as its head ("Austin III")."""
    while token.dep_ in {"compound", "flat"} and token.head.i > token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def extract_aid(doc: Doc, people: People, anchor: dt.date | None, body: list[tuple[int, int]]) -> list[AidPackage]:
    return AidExtractor(doc, people, anchor, body).run()


def _merged_items(first: tuple[AidItem, ...] | list[AidItem], second: tuple[AidItem, ...] | list[AidItem]) -> tuple[AidItem, ...]:
    """Both lists in order, an item named again (in any case) kept once, as first told."""
    items: dict[str, AidItem] = {}
    for item in (*first, *second):
        items.setdefault(item.name.lower(), item)
    return tuple(items.values())


ANOTHER_BATCH = re.compile(r"\b(?:another|a\s+further|a\s+new|the\s+next)\s+(?:[\w-]+\s+)?batch\b", re.IGNORECASE)


# "The handover follows an earlier Chinese donation of four drones": a package of its own
EARLIER_DONATION = re.compile(r"\b(?:an|the|its)\s+(?:earlier|previous|prior|first)\s+(?:[\w-]+\s+){0,2}?(?:donation|delivery|"
                              r"package|consignment|batch|gift|transfer|shipment)\s+of\b", re.IGNORECASE)
A_NEW_PACKAGE = re.compile(r"\b(?:a|another)\s+(?:brand[- ])?new\s+(?:[\w-]+\s+){0,2}?(?:package|tranche)\b", re.IGNORECASE)


def _merge_unpriced(packages: list[AidPackage], anchor: dt.date | None = None) -> list[AidPackage]:
    """Packages without an amount of one donor and recipient in one article are one package mentioned again
    ("Britain has supplied Storm Shadow missiles ... Sunak said the UK would provide longer-range weapons"); so are
    packages of one donor and the same amount."""
    out: list[AidPackage] = []
    for p in packages:
        separate = any(SEPARATELY.match(e.text) or ANOTHER_BATCH.search(e.text) or ANNOUNCED_BEFORE.search(e.text)
                       or EARLIER_DONATION.search(e.text) for e in p.evidence)
        earlier = any(_announced_in_past_month(e.text, anchor) for e in p.evidence[:1])  # (same materiel or not)
        # "Separately, Turkey on Monday also handed ...", "Lithuania sent a further batch of ...": a delivery of its own
        fresh = p.date is not None and any(A_NEW_PACKAGE.search(e.text) for e in p.evidence[:1])  # "unveiled a new
        if p.amount is None:                                                                        # package on July 8"
            same = [i for i, q in enumerate(out) if q.amount is None and q.donor == p.donor and q.recipient == p.recipient
                    and not earlier and not (separate and not {fold(a.name) for a in q.items} & {fold(b.name) for b in p.items})
                    and not (fresh and p.date != q.date and not {fold(a.name) for a in q.items} & {fold(b.name) for b in p.items})
                    and not (p.date and q.date and p.date != q.date and anchor not in {p.date, q.date} and p.items and q.items
                             and not {fold(a.name).split()[-1] for a in q.items} & {fold(b.name).split()[-1] for b in p.items})]
            # (12 carriers handed over on Aug. 27, 12 pickups on Aug. 24: two packages)
            if same:
                i = same[-1]
                out[i] = replace(out[i], items=_merged_items(out[i].items, p.items), evidence=out[i].evidence + p.evidence)
                continue
            priced = [i for i, q in enumerate(out) if q.amount is not None and q.donor == p.donor
                      and q.recipient == p.recipient]
            if len(priced) == 1 and not separate and any(THE_PACKAGE_AGAIN.search(e.text) for e in p.evidence[:1]):
                i = priced[0]  # "the White House announced the package of defense articles, plus training": the one
                out[i] = replace(out[i], items=_merged_items(out[i].items, p.items), evidence=out[i].evidence + p.evidence)
                continue  # priced before, told again
        elif p.amount is not None:  # "the $1.85 billion package", told again later: one package, announced on the earlier day
            same = [i for i, q in enumerate(out) if (_same_sum(q.amount, p.amount) or _roughly(q, p) or _roughly(p, q))
                    and q.currency == p.currency and _first_of_two(q) == _first_of_two(p)
                    and (q.donor == p.donor and (q.recipient == p.recipient or _told_again(p))
                         or (q.donor is None) != (p.donor is None) and q.recipient == p.recipient)] \
                or [i for i, q in enumerate(out) if _in_the_other_currency(q, p)]
            # ("A £450m surge in support for Ukraine has been announced ... £350m of the £450m package comes from the
            # UK": the package whose donor the article names later)
            if same:
                i = same[0]
                days = [d for d in (out[i].date, p.date) if d is not None]
                own = next((x for x in (out[i], p) if x.currency == _own_currency(x.donor)), None)
                out[i] = replace(out[i], items=_merged_items(out[i].items, p.items), evidence=out[i].evidence + p.evidence,
                                 date=min(days) if days else None, amount=own.amount if own and out[i].currency != p.currency
                                 else _more_precise(out[i].amount, p.amount),
                                 currency=own.currency if own and out[i].currency != p.currency else out[i].currency,
                                 donor=out[i].donor or p.donor)
                continue
        out.append(p)
    return [replace(p, ordinal=n) for n, p in enumerate(out, start=1)]


ANNOUNCED_IN_MONTH = re.compile(r"\b(?:announced|revealed|unveiled)\s+(?:\w+\s+)?in\s+(January|February|March|"
                                r"April|May|June|July|August|September|October|November|December)\b(?!\s+\d)")


def _announced_in_past_month(text: str, anchor: dt.date | None) -> bool:
    """"Lithuania announced in March that it was handing over ...", told in May: a package of its own, before."""
    match = ANNOUNCED_IN_MONTH.search(text)
    return bool(match) and anchor is not None and MONTHS[match.group(1)[:3].lower()] != anchor.month


THE_FIRST_PACKAGE = re.compile(r"\b(?:first|previous|earlier|prior|initial)\s+(?:[\w$€£.,-]+\s+){0,3}?"
                               r"(?:round|package|tranche|batch)\b", re.IGNORECASE)


def _first_of_two(package: AidPackage) -> bool:
    """The package is told as the first of the same sum ("The new aid follows by a week the first $800 million round
    of U.S. weapons"): another package than the new one of that sum."""
    return bool(package.evidence) and bool(THE_FIRST_PACKAGE.search(package.evidence[0].text))


def _own_currency(donor: str | None) -> str | None:
    return DONOR_CURRENCY.get(donor or "") or ("EUR" if donor in EURO_DONORS else None)


THE_PACKAGE_AGAIN = re.compile(r"\bthe\s+(?:aid\s+|military\s+)?(?:package|donation|tranche)\b", re.IGNORECASE)


def _in_the_other_currency(told: AidPackage, again: AidPackage) -> bool:
    """"a package worth roughly $3 billion ... Valued at upwards of 2.7 billion euros, the package contains ...": the
    package told before, in the donor's own currency and in dollars (a rough conversion, within a factor of 1.7)."""
    if told.donor != again.donor or told.recipient != again.recipient or told.currency == again.currency \
            or {told.currency, again.currency} != {"USD", _own_currency(told.donor)} \
            or not told.amount or not again.amount or not again.evidence:
        return False
    first = again.evidence[0].text
    return bool(THE_PACKAGE_AGAIN.search(first)) and not ADDITIONAL.search(first) and not A_NEW_PACKAGE.search(first) \
        and 1 / 1.7 <= told.amount / again.amount <= 1.7


BOUGHT = re.compile(r"\b(?:deal|contract|purchase[sd]?|procurement|sales?|orders?|bought|buying)\b", re.IGNORECASE)
SENT_GOODS = {"shipment", "consignment", "delivery", "batch", "donation", "cargo"}  # goods on their way as a subject
STATE_NAMING_NOUNS = {"nation", "country", "state", "republic", "kingdom", "island", "islands", "archipelago"}


def _in_relative_clause(token: Token) -> bool:
    """The word is inside a relative clause on a subject that tells no giving ("forces that are fighting in Iraq and
    Syria gave ...")."""
    giving = GIVE_LEMMAS | PROVIDE_LEMMAS
    return any(a.dep_ == "relcl" and a.head.dep_ in {"nsubj", "nsubjpass"} and a.lemma_.lower() not in giving
               and not any(c.dep_ == "conj" and c.lemma_.lower() in giving for c in a.children) for a in token.ancestors)
    # (not "shells that had been removed from U.S. storage sites and shipped to Ukraine")


def _same_sum(a: Decimal | None, b: Decimal | None) -> bool:
    """One sum, told once rounded ("US$571mil" in a headline, "US$571.3mil" in the text)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    rounded, exact = (a, b) if _digits(a) < _digits(b) else (b, a)
    if _digits(rounded) >= _digits(exact) or abs(a - b) / max(a, b) > ROUNDING:
        return False
    place = Decimal(10) ** (exact.adjusted() - _digits(rounded) + 1)  # the last figure the rounded sum gives
    return (exact / place).quantize(Decimal(1)) * place == rounded


def _roughly(told: AidPackage, exact: AidPackage) -> bool:
    """A sum told as a bound or an approximation ("worth more than USD 400 million", a headline) of the exact sum
    of the same package told elsewhere ("USD 425 million")."""
    if told.amount is None or exact.amount is None or told.amount == exact.amount \
            or abs(told.amount - exact.amount) / max(told.amount, exact.amount) > BOUND_SLACK:
        return False
    first_figure = f"{told.amount.normalize():f}"[0]
    return any(m.group(0)[-1] == first_figure for e in told.evidence for m in ROUGHLY_TOLD.finditer(e.text)) \
        and not any(ROUGHLY_TOLD.search(e.text) for e in exact.evidence[:1])


def _digits(amount: Decimal) -> int:
    """Significant figures: 571300000 -> 4."""
    return len(amount.normalize().as_tuple().digits)


def _more_precise(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None or b is None:
        return a if b is None else b
    return a if _digits(a) >= _digits(b) else b


def _told_again(package: AidPackage) -> bool:
    """The package's amount comes with "the" ("Most of the $300 million has to go on ..."): one told before."""
    return any(m.amount == package.amount and re.search(r"\bthe\s+$", span.text[:m.start], re.IGNORECASE)
               for span in package.evidence for m in find_money(span.text))


DEFINITE_INCLUDING = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:equipment|weapons|items|materiel|package|aid|donation|"
                                r"consignment|shipment|hardware|assistance|deliveries|delivery)\s*,?\s+(?:including|among\s+them|"
                                r"such\s+as)\b", re.IGNORECASE)
FIELDS_OF_TWO_WORDS = {"command and control", "research and development", "search and rescue", "repair and maintenance",
                       "maintenance and repair", "nuclear, biological and chemical", "rest and recuperation"}
FIELD_WORDS = {"field", "area", "domain", "sector"}  # "equipment in the areas of ...": the fields follow
THANKS_NOUNS = {"thanks", "thank", "gratitude", "appreciation"}
DECISION_NOUNS = {"decision", "plan", "pledge", "promise", "offer", "move", "commitment"}
BRIEFED_LEMMAS = {"tell", "inform", "assure", "brief", "notify", "update"}
PACKAGE_VALUE_TOLD = re.compile(r"^\W*(?:the|this|that)\s+(?:new\s+|latest\s+)?package\b[^.;]{0,60}?\bvalue\s+of\b",
                                re.IGNORECASE)
IN_ALL_SINCE = re.compile(r"\b(?:in\s+all|in\s+total|altogether|all\s+told)\b[^.;]{0,20}\bsince\b", re.IGNORECASE)
PAST_SPAN_BEFORE = re.compile(r"\b(?:during|over|in|across|throughout)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?"
                              r"(?:decades?|years|months)\b", re.IGNORECASE)
AS_A_GIFT = re.compile(r"\bas\s+(?:a|an)\s+(?:grant|gift|donation)\b", re.IGNORECASE)  # "has been given 15 vehicles by
# Australia as a grant valued at AUD 29 million": one grant, not what was given so far
RECEIVED_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:(?:so\s+far\s+|already\s+|now\s+)?(?:received|been\s+given)(?!\s+(?:a|an|one)\s)|"
                             r"(?:so\s+far|already|now)\s+"
                             r"been\s+(?:supplied|provided|sent|delivered))\b[^.;]{0,80}"
                             r"\b(?:valued|worth|totals?|amounts?|comes?)\b", re.IGNORECASE)
ANOTHER_SUM = re.compile(r"\b(?:a|another)\s+(?:separate|further)\s+[£$€¥]\s?\d", re.IGNORECASE)  # after a package told
COUNTED_PACKAGES = re.compile(r"\b(two|three|four)\s+(?:[\w-]+\s+){0,3}(?:measures|packages|tranches|donations|grants)\b[^.;]{0,30}$",
                              re.IGNORECASE)
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
ANOTHER_SEPARATE = re.compile(r"\b(?:a|another)\s+(?:separate|further|second|new)\s+(?:package\s+(?:of|worth)\s+)?[£$€¥]?\s*$",
                              re.IGNORECASE)
SEPARATELY = re.compile(r"^\W*(?:separately|in\s+a\s+separate\s+\w+)\b", re.IGNORECASE)
COVERING = re.compile(r"^[^.;]{0,20}?\b(?:covering|to\s+cover|that\s+covers|which\s+covers|spanning)\s+([^.;]{0,100})",
                      re.IGNORECASE)


FOR_SEVERAL = re.compile(r"^(?:[^.;]|\.\d){0,60}?\bfor\s+(?:the\s+(?:armed\s+forces|militaries|armies|defen[cs]e\s+forces|"
                         r"security\s+forces)\s+of\s+)?((?:the\s+)?[A-Z][^.;]{0,100})")


def _covers_several(after: str) -> bool:
    """The sum covers a list of countries ("... covering Ukraine, Israel and Taiwan", "for the armed forces of Chad,
    Jordan and the DRC"), not one recipient."""
    covering = COVERING.match(after) or FOR_SEVERAL.match(after)
    if covering is None:
        return False
    listed = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", covering.group(1))
    return len({country_code(part.strip().removeprefix("the ")) for part in listed[:4]} - {None}) >= 2


# (not "cooperation between the two nations": the giver and the one given to)
SPREAD_OVER = re.compile(r"(?<!cooperation\s)(?<!relations\s)(?<!ties\s)(?<!partnership\s)(?<!friendship\s)"
                         r"(?<!relationship\s)(?<!links\s)(?<!bonds\s)"
                         r"\b(?:to|for|among|between|across)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                         r"\d+)\s+(?:countries|nations|states|recipients|partners)\b", re.IGNORECASE)
# "SEK 1 billion in aid, SEK 500 million of which is military support", "€100m, of which €40m is for defence": the
# military share is the defence aid; the sum around it holds civilian aid too
BEFORE_A_SHARE = re.compile(r"\s*(?:(?:in|of)\s+[\w-]+(?:\s+[\w-]+)?\s*)?,\s*(?:of\s+which\s+)?", re.IGNORECASE)
MILITARY_SHARE = re.compile(r"\s+(?:of\s+which\s+)?(?:is|are|will\s+be|would\s+be|goes|go|will\s+go)\s+(?:to\s+|for\s+)?"
                            r"(?:[\w-]+\s+)?(?:military|defen[cs]e|weapons|arms)\b", re.IGNORECASE)


MILITARY_PART = re.compile(r"\b(?:military|defen[cs]e)\s+(?:assistance|aid|support|help)\s+(?:of|worth|totall?ing|amounting\s+to)\s+"
                           r"(?:(?:some|about|around|nearly)\s+)?$", re.IGNORECASE)
CIVILIAN_KINDS = {"supplies", "medical", "general", "animal", "protective gear"}  # kinds of materiel.tsv that, beside
# humanitarian cargo, arm no one


def _military_item(name: str) -> bool:
    """A word of the item names materiel of a military kind (kg/data/materiel.tsv): "rifles", "drones", not "food"."""
    kinds = reference.materiel_kinds()
    return any(kinds.get(w, kinds.get(w.removesuffix("s"), "supplies")) not in CIVILIAN_KINDS for w in fold(name).split())


HUMANITARIAN_CARGO = re.compile(r"\bhumanitarian\s+(?:cargo|supplies|goods|aid|assistance|help|shipment|consignment|"
                                r"items)\b", re.IGNORECASE)
CIVILIAN_PART = re.compile(r"\b(?:humanitarian|civilian|economic|non-military|development|budget)\s+(?:assistance|aid|support|help)\b",
                           re.IGNORECASE)


def _military_part(text: str) -> Money | None:
    """The military part of a package told beside its civilian part, both as parts of it."""
    if not CIVILIAN_PART.search(text):
        return None
    parts = [m for m in find_money(text) if MILITARY_PART.search(text[:m.start])]
    return parts[0] if len(parts) == 1 else None


def _military_share_follows(text: str, money: Money, all_money: list[Money]) -> bool:
    """The sum is followed by the share of it that is military aid (that share is the package)."""
    after = [n for n in all_money if n.start >= money.end]
    return bool(after) and bool(BEFORE_A_SHARE.fullmatch(text[money.end:after[0].start])) \
        and bool(MILITARY_SHARE.match(text[after[0].end:]))


WHOLE_CONSIGNMENT = re.compile(r"\bthe\s+(?:whole|entire|full)\s+(?:consignment|package|donation|shipment|batch|"
                               r"delivery|lot|gift)\b", re.IGNORECASE)
PACKAGES_WORTH = re.compile(r"\bpackages\b(?:\s+[\w-]+){0,3}?\s+(?:worth|totall?ing|valued\s+at|amounting\s+to)\s+"
                            r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$", re.IGNORECASE)
OUT_OF_A_SUM = re.compile(r"\s+out\s+of\s+(?:its|the|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?[£$€¥]?\s?\d", re.IGNORECASE)
PERMIT_LEMMAS = {"clear", "allow", "permit", "authorize", "authorise", "let"}
VOICE_BODIES = {"government", "ministry", "cabinet", "administration"}


def _sums_of_counted_packages(text: str, money: list[Money]) -> bool:
    """"two earlier assistance measures, of 12 million euros and 15 million euros": as many packages as the sums
    listed, joined by "and" or commas."""
    joined = all(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[a.end:b.start]) for a, b in zip(money, money[1:]))
    counted = COUNTED_PACKAGES.search(text[:money[0].start])
    return joined and counted is not None and NUMBER_WORDS.get(counted.group(1).lower()) == len(money)


def _allocations(text: str, money: list[Money]) -> bool:
    """Each sum goes to a purpose of its own, none a country ("will give 3 million Canadian dollars to drone
    production and roughly 13 million to an ammunition initiative"): a package each."""
    for m in money:
        after = ALLOCATED_TO.match(text, m.end)
        if after is None or country_code(after.group(1)):
            return False
    return True


def _thanks_went_to(token: Token) -> bool:
    """ "My thanks went to the Netherlands for an additional €1 billion": the country thanked gave."""
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    verb = token.head.head
    return any(c.dep_ == "nsubj" and c.lower_ in THANKS_NOUNS for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _speakers_country(token: Token) -> bool:
    """ "his country", "her nation": the country of the one told of, not a country named."""
    return token.lemma_.lower() in {"country", "nation"} and any(
        c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children)


def _in_company_name(token: Token) -> bool:
    """The country word is part of a company's name ("Korea Aerospace Industries", "Turkish Aerospace")."""
    if token.ent_type_ != "ORG":
        return False
    start = token.i
    while start > 0 and token.doc[start - 1].ent_iob_ == "I" and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return any(t.lower_ in COMPANY_WORDS for t in token.doc[start:end])


COMPANY_WORDS = {"industries", "aerospace", "corporation", "corp", "inc", "ltd", "co", "company", "motors", "dynamics",
                 "systems", "shipbuilding", "heavy", "electronics", "technologies", "group", "plc", "gmbh", "ag", "sa",
                 "news", "agency", "times", "post", "press", "broadcasting", "television", "radio"}  # (a maker's, or an
# outlet's: "Ukrainian News Agency reported")


GAPPED_REACH = 5  # words of "a drone package worth" between a gapped donor and its sum


def _gapped_giving(token: Token) -> bool:
    """"Denmark will put in $90 million and Norway about $146 million": a country after "and" (or a comma) followed
    by a sum, the giving verb left out, in a sentence whose verb gives."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ not in {"and", ","} or token.dep_ in {"pobj", "nsubj", "nsubjpass"}:
        return False
    j = token.i + 1
    while j < len(doc) and doc[j].lower_ in APPROXIMATELY:
        j += 1
    if j < len(doc) and doc[j].lower_ in {"a", "an"}:  # "Norway a drone package worth €1 billion"
        k = j + 1
        while k < min(len(doc), j + GAPPED_REACH) and doc[k].lower_ != "worth" and not doc[k].is_punct \
                and doc[k].pos_ in {"NOUN", "ADJ", "PROPN", "NUM"}:
            k += 1
        j = k + 1 if k < len(doc) and doc[k].lower_ == "worth" else j
    if j >= len(doc) or not (doc[j].text in CURRENCY_SIGNS or doc[j].like_num and j + 1 < len(doc)
                             and doc[j + 1].lower_ in {"million", "billion", "euros", "dollars", "pounds"}):
        return False
    root = token.sent.root
    return root.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS


APPROXIMATELY = {"about", "around", "some", "roughly", "nearly", "almost", "over", "another", "approximately", "up", "to"}
CURRENCY_SIGNS = {"$", "€", "£", "¥", "US$", "C$", "A$"}


def _to_be_given(subject: Token) -> bool:
    """The subject of "is to be given" (or supplied, sent ...): the one given to."""
    return subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS
        and any(g.dep_ == "auxpass" for g in c.children)
        and not any(g.dep_ in {"prep", "dative"} and g.lower_ == "to" for g in c.children)  # ("a ship is to be given to X": the gift)
        for c in subject.head.children)


def _passive_giving_above(by: Token) -> bool:
    """A "by" the parser hung lower than the passive giving verb it belongs to ("has been allotted as much as NOK
    1.6 billion by Norway")."""
    for node in list(by.ancestors)[:4]:
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in PROVIDE_LEMMAS | GIVE_LEMMAS and any(c.dep_ == "auxpass" for c in node.children)
    return False


def _delivered_before(verb: Token) -> bool:
    """A delivery told in the perfect as more of the same or as before ("has also supplied", "have sent earlier"),
    with nothing that makes it new."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) \
        or any(c.lower_ == "recently" for c in verb.children)  # ("recently also delivered another system")
    if not perfect or verb.lemma_.lower() not in DELIVERY_LEMMAS:
        return False
    told_as_more = any(c.lower_ == "also" for c in verb.children) or OTHER_TIME.search(verb.sent.text)
    first_time = re.search(r"\bnever\b", verb.sent.text, re.IGNORECASE)  # "Never before has Japan sent ...": now
    return bool(told_as_more) and not first_time and not NEW_GIVING.search(verb.sent.text)


ONGOING_LEMMAS = {"keep", "continue"}


def _sold_spans(sentence: SpacySpan) -> list[str]:
    """The phrases a sale takes ("sales of arms and munitions"): what is sold there is not given."""
    return [t.doc[t.i:t.right_edge.i + 1].text for t in sentence if t.lemma_.lower() in {"sale", "purchase"}
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]


PLATFORM_KINDS = {"vessel", "aircraft", "vehicle"}  # kinds whose every word names the same platforms again


def _same_platforms(words: set[str], heads: set[str]) -> bool:
    """A word of the sentence names the kind of platform an item's head does ("vessels" of "patrol craft")."""
    kinds = reference.materiel_kinds()

    def kind(word: str) -> str | None:
        return kinds.get(word) or kinds.get(word.removesuffix("s"))

    wanted = {kind(h) for h in heads} & PLATFORM_KINDS
    return bool(wanted) and any(kind(w) in wanted for w in words)


def _served_by_materiel(purpose: Token) -> bool:
    """The infinitive of purpose hangs on materiel ("spare parts to improve ...") or on a giving of materiel ("send
    Ukraine spare parts to improve ..."), not on a sum ("give SEK 30 million to strengthen air surveillance")."""
    def materiel(noun: Token) -> bool:
        return noun.lemma_.lower() in ITEM_HEADS or noun.lower_ in ITEM_HEADS \
            or bool(ITEM_PHRASES.search(noun.doc[noun.left_edge.i:noun.i + 1].text))

    head = purpose.head
    if purpose.dep_ in {"acl", "relcl"}:
        return materiel(head)
    return purpose.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "dobj" and materiel(c) for c in head.children)


def _with_materiel(support: Token) -> bool:
    """"stepping up its support for Ukraine with drones": support given as things (its verb or itself has "with")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in [*support.children, *support.head.children])


def _given(token: Token) -> bool:
    """The giving is reported as done or promised, not weighed, refused, asked for or only possible."""
    for node in [token, *token.ancestors][:6]:
        if node is not token and (node.lemma_.lower() in NOT_GIVEN_HEADS or node.lower_ in NOT_GIVEN_HEADS):
            return False
        if node is not token and node.pos_ == "NOUN" and node.lemma_.lower() in HOLD_NOUNS:
            return False  # "removed a hold the administration had placed on sending bombs": deliveries held up before
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in NOT_GIVEN_AUX:
                return False
            if child.dep_ == "neg" or child.lower_ in {"whether", "if"} and child.dep_ in {"mark", "complm"}:
                return False
        if node is not token and node.dep_ in {"ROOT", "ccomp", "advcl", "parataxis"} and node.lemma_.lower() not in NOT_GIVEN_HEADS:
            break
    return True


CONVERSION_TOLERANCE = Decimal("0.02")
DELIVERY_LEMMAS = {"send", "supply", "deliver", "provide", "give", "donate", "transfer", "hand", "ship"}
NEW_GIVING = re.compile(r"\b(?:new|latest|today|this\s+week|fresh|next|just|now)\b", re.IGNORECASE)
LIST_LINE_CHARS = 200
# "The minister listed the contents as ...": what follows is the package's contents
CONTENTS_NAMED = re.compile(r"\b(?:listed|named|detailed|outlined|described|gave|set\s+out|laid\s+out|spelled\s+out|"
                            r"published|released)\s+(?:the\s+)?(?:package's\s+|its\s+)?"
                            r"(?:contents|items|equipment|components)(?:\s+of\s+the\s+(?:new\s+)?package)?\s*(?:as\b|:)|"
                            r"\b(?:the|this)\s+(?:details\s+of\s+the\s+)?(?:new(?:est)?\s+|latest\s+)?package\s*[—–]\s*",
                            re.IGNORECASE)  # ("went over the details of the newest package — four HIMARS, ... — during")
# a list of the things handed over after a colon ("photographs showed a mixed bag of items: fire trucks, ambulances ...")
ITEMS_LISTED = re.compile(r"\b(?:items|equipment|kit|gear|materiel|hardware|supplies)\s*:\s*\S", re.IGNORECASE)
LIST_ITEM_CHARS = 400  # a line that ends as a list item does ("...;", "... and") may run longer
LIST_ITEM_END = re.compile(r"(?:;|\band|\bor)\s*$")
LIST_INTRO_REACH = 8  # sentences after the package that a line introducing its contents may come
LIST_INTRO = re.compile(r"\b(?:package|tranche|includes?|included|contains?|contained|consists?|consisted|comprises?|"
                        r"comprised|delivery|donation|consignment|following|capabilities|lists?|"
                        r"receives?|receiving|get|gets|getting)\b",  # "Ukraine will also receive from Denmark:"
                        re.IGNORECASE)
# what the package in question adds up to, not a running total: "the contents of the new package come to ..."
PACKAGE_VALUE = re.compile(r"\b(?:the|this|its|that)\s+(?:[\w-]+\s+){0,4}?(?:package|contents|tranche|donation)\b"
                           r"(?:\s+[\w-]+){0,3}?\s+(?:comes?\s+to|came\s+to|amounts?\s+to|amounted\s+to|totals?|totall?ed|adds?\s+up\s+to|"
                           r"(?:is|are|was|were)\s+worth)\s+(?:(?:roughly|about|around|some|nearly|almost|approximately|"
                           r"over|more\s+than|close\s+to|just\s+(?:over|under)|up\s+to)\s+)?$", re.IGNORECASE)
# the text between two donors named together: "Lithuania and ", "Estonia, "
CONJOINED = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*(?:,|and|&)\s*", re.DOTALL)
# the money reaches the recipient named: "Bosnia is getting 10 million euros", "20 million euros will go to the Georgian
# Defense Forces"
RECEIVING = re.compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:(?:due|set|expected|scheduled|slated)\s+)?"
                       r"(?:getting|receiving|to\s+receive|to\s+get)\b|"
                       r"\b(?:gets|receives|will\s+(?:get|receive))\s+(?:an?\s+|the\s+)?(?:[€$£¥]|\d|[A-Z]{3}\b)|\b(?:will\s+go|goes|went|"
                       r"is\s+going|(?:is|are)\s+(?:set|due|expected|slated)\s+to\s+go)\s+to\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
# a sentence that opens on the package just told: "It came on top of ...", "This follows ..."
THE_PACKAGE_BEFORE = re.compile(r"^\W*(?:It|This|That|The\s+(?:new\s+|latest\s+)?(?:package|aid|donation|consignment|decision|"
                                r"(?:assistance\s+)?measure|commitment))\s+"
                                r"(?:(?:appears|seems|is\s+set|is\s+expected|would|will)\s+(?:to\s+)?)?"  # "That appears to come"
                                r"(?:came|comes?|follows?|followed|adds?|added|builds?|is\s+on\s+top)\b")
PACKAGE_TOTALLING = re.compile(r"\b(?:package|tranche)\b(?:,?\s+(?!bring|rais|lift|push|tak)[\w-]+){0,6}?,?\s+(?:totall?ing|amounting\s+to|worth|valued\s+at|"
                               r"costing|at\s+a\s+cost\s+of)\s+"
                               r"(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than|close\s+to|"
                               r"just\s+(?:over|under)|up\s+to)\s+)?$",
                               re.IGNORECASE)
IN_ALL = re.compile(r"in\s+all|altogether|overall|in\s+total", re.IGNORECASE)
WORTH_IN_ALL = re.compile(r"\b(?:worth|valued at|totall?ing|amounting to)\s+(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\s+"
                          r"(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than)\s+)?$", re.IGNORECASE)
# a sentence giving the value of the shipment just told: "Valued at about 1.5 billion won, it should reach ..."
VALUE_OF_IT = re.compile(r"^\W*(?:valued\s+at|worth|costing|priced\s+at)\b|\b(?:it|(?:the|that|this|[A-Z][\w-]*['’]s)\s+(?:new\s+)?"
                         r"(?:package|aid|shipment|delivery|donation|consignment|batch|measure|tranche)"
                         r"(?:\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)\s+(?:(?:is|was|will\s+be)\s+(?:valued\s+at|worth)|"
                         r"(?:has|had|have)\s+a\s+(?:total\s+)?value\s+of)\b", re.IGNORECASE)  # ("For Moldova, the measure is
# valued at €40m")
# materiel told with its value, the giver told in a sentence beside it ("equipment valued at CNY76 million reached Manila")
MATERIEL_VALUED = re.compile(r"\b(?:equipment|weapons|materiel|supplies|gear|hardware|vehicles|consignment|shipment|donation)\s+"
                             r"(?:valued|worth|estimated)\b", re.IGNORECASE)
# money set apart for a recipient named in the sentence: "The government is earmarking 175 million euros for Ukraine"
EARMARKING = re.compile(r"\b(?:earmark|allocat|set(?:ting)?\s+aside|ring-?fenc)\w*", re.IGNORECASE)
UNDER_AN_ADMINISTRATION = re.compile(r"\bunder\s+the\s+(?:[A-Z][\w-]+\s+)?administration\b")
SPAN_OF_TIME = re.compile(r"\b(?:since|so far|to date|until now|up to now|in all|altogether|overall|cumulative|previous|"
                          r"earlier|all\s+(?:of\s+)?(?:its|the)\s+packages)\b", re.IGNORECASE)
# an amount given with its own conversion after it ("half a billion euros ($499 million)") is the original
FOLLOWED_BY_CONVERSION = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|or|ca\.?|~)\s*)?"
                                    r"(?:US\$|C\$|A\$|[$€£¥]|[A-Z]{3}\s?)?\s*\d", re.IGNORECASE)
# a sentence about materiel given at another time than the package before it, or given besides it
OTHER_TIME = re.compile(r"\b(?:last|previous(?:ly)?|earlier|already|before|ago|since|in\s+\d{4}|in\s+addition|"
                        r"back\s+in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|back\s+in\s+\d{4}|"
                        r"additionally|separately|besides|(?:a|another|new|further|next)\s+(?:[\w-]+\s+)?batch)\b",
                        re.IGNORECASE)  # ("handed over a batch of M577 carriers": a delivery of its own)
DEADLINE = re.compile(r"\bbefore\s+(?:the\s+)?end\s+of\b|\bbefore\s+(?:the\s+year|\d{4})\s+is\s+out\b", re.IGNORECASE)
# ("to deliver ... before the end of 2024": when it is due, not a time of another package)
PACKAGE_WORD = re.compile(r"\b(?:package|tranche|donation)\b", re.IGNORECASE)
# a part of a package: "Of that, £80m goes on ...", "Over $40m of it will go toward ...", "Another £50m is earmarked for"
COMPONENT_REACH = 6
REPORTED_EARLIER = re.compile(r"\b(?:had\s+)?(?:reported|said|announced|wrote|told\s+\w+)\s+(?:earlier|before|previously)\b",
                              re.IGNORECASE)  # "Der Spiegel had reported earlier that X plans to hand ...": when told
PENDING_REACH = 3
LISTED_SUM_GAP = 40  # characters of contents told before a sum that make the sum one of them, not the package's price
COMPONENT_OF = re.compile(r"\b(?:of\s+(?:that|this|it|them|these|those|which)|(?:of|within|from|in)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:package|aid|assistance|sum|total|"
                          r"money|funds?|amount|allocation|contribution|donation|support|tranche))\b", re.IGNORECASE)
# "With $50m in missiles among its contents, the package ...", "The new support also contains another $15m worth of"
PART_TOLD = re.compile(r"\bamong\s+(?:its|the\s+package's|the)\s+(?:contents|items|components)\b|"
                       r"\balso\s+(?:contains|includes|covers)\s+(?:another|a\s+further|an\s+additional)\b", re.IGNORECASE)
INCLUDED_TOO = re.compile(r"^\W*(?:also\s+)?included\s+(?:are|is|were|was)\b|^\W*(?:its|the\s+package's)\s+(?:biggest|largest|"
                          r"smallest|main|second)\s+(?:slice|share|part|portion|item)\b", re.IGNORECASE)  # "Also included are
# donations valued at SEK 3.3bn", "Its biggest slice, SEK 5.9bn, ...": parts of the package in focus
SPLIT_INTO = re.compile(r"\b(?:falls|is\s+split|is\s+divided|splits|divides|breaks\s+down)\s+into\b|"
                        r"\b(?:two|three|four)\s+(?:main\s+)?(?:parts|components|elements|strands)\b", re.IGNORECASE)
COMPONENT_MORE = re.compile(r"\b(?:another|a further|the rest|the remainder|the remaining)\b", re.IGNORECASE)
COMPONENT_SPEND = re.compile(r"\b(?:earmarked|set aside|allocated|reserved|goes|go|going|spent|used|taken)\s+"
                             r"(?:on|to|toward|towards|into|for|from)\b|\b(?:will|to)\s+(?:pay|fund|finance|cover|buy)\b|"
                             r"\b(?:come|comes|coming)\s+(?:through|via|under|from)\b",  # "a further $1.22bn is to come
                             re.IGNORECASE)                                                # through USAI"
AS_PART_OF_IT = re.compile(r"\b(?:as\s+)?(?:a\s+)?part\s+of\s+(?:this|that|it)\b(?!\s+(?:\w+\s+)?(?:package|aid|tranche))",
                           re.IGNORECASE)
PART_OF_PACKAGE = re.compile(r"\b(?:parts?\s+of|included\s+in|in|among)\s+(?:the|this|that|its)\s+(?:[\"'“”\w-]+\s+){0,3}?"
                             r"(?:package|tranche|donation|delivery|consignment|drawdown|shipment|batch)\b", re.IGNORECASE)
FOLD_DISTANCE = 3
# a sentence that goes on with the package just told
GOES_ON = re.compile(r"^\W*(?:on\s+top\s+of\s+(?:that|this|it)|in\s+addition(?:\s+to\s+(?:that|this))?|besides\s+(?:that|this)|"
                     r"moreover|furthermore)\b", re.IGNORECASE)
UNDER_THE_PACKAGE = re.compile(r"\b(?:under|with|through)\s+(?:the|this|that)\s+(?:new\s+)?(?:package|donation|tranche)\b",
                               re.IGNORECASE)
# what the package's money pays for: its contents
MONEY_GOES_TO = re.compile(r"\b(?:the\s+)?(?:money|funds|funding|amount|sum|grant)\s+(?:will|would|is\s+to|are\s+to|shall)\s+"
                           r"(?:go\s+(?:to|towards?)|be\s+(?:used|spent)\s+(?:for|on|to\s+buy)|pay\s+for|finance|fund|buy|cover)\b",
                           re.IGNORECASE)
LEADING_ADVERB = re.compile(r"^(?:also|and|further|additionally|moreover),?\s+", re.IGNORECASE)  # "Also part of the ..."
FIELD_NOUNS = {"equipment", "materiel"}
FIELD_VERBS = {"cover", "include", "comprise", "span", "encompass"}
FIELD_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+for\s+|\s*;\s*")
# what a weapon is against, kept between its name and its part ("Javelin anti-tank missiles"); longer descriptions
# are dropped ("TOW heavy guided anti-tank missiles" -> "TOW missiles", "Patriot air defense launchers")
KIND_OF_MISSILE = re.compile(r"anti\s*-?\s*[a-z]+", re.IGNORECASE)
# materiel told as more than the package ("Britain will also send 14 tanks", "separately"): not that package again
PART_OF_A_PACKAGE = re.compile(r"^\W*(?:under|as\s+part\s+of|within)\s+(?:the|this|that|its|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s)\s+"
                               r"(?:[\w-]+\s+){0,4}?(?:package|programme|program|tranche)\b", re.IGNORECASE)
# "X had announced before this that Y would hand over ...": an announcement of its own, made earlier
ANNOUNCED_BEFORE = re.compile(r"\bhad\s+(?:(?:earlier|previously|already)\s+)?(?:announced|pledged|promised|revealed)\s+"
                              r"(?:(?:before|earlier|previously)\b|[^.;]{0,20}?\b(?:before\s+this|before\s+that)\b)", re.IGNORECASE)
# "Germany also donated ...": what was given before, told beside the package (not "is also sending", "will also ship")
GAVE_BEFORE = re.compile(r"\b(?:also|further|additionally)\s+(?:\w+\s+)?(?:donated|gave|supplied|provided|delivered|handed|"
                         r"sent|shipped|transferred|gifted)\b|\b(?:has|have|had)\s+(?:already\s+)?(?:taken\s+delivery|received|"
                         r"got|been\s+(?:given|supplied|delivered|handed|sent))\b", re.IGNORECASE)
DETAILING_LEMMAS = {"spell", "detail", "outline", "itemize", "itemise"}  # an official telling what a package holds
ANNOUNCING_LEMMAS = {"announce", "unveil", "approve", "release", "publish", "reveal", "present", "sign"}
HELPING_LEMMAS = {"help", "enable", "allow", "assist"}
STRENGTHENING_LEMMAS = {"reinforce", "strengthen", "bolster", "boost", "support", "equip", "modernise", "modernize",
                        "upgrade", "train", "build"}
MORE_WORDS = {"further", "additional", "other", "more"}
MORE_OF_IT = re.compile(r"\b(?:also|additionally|in\s+addition|as\s+well|further)\b(?![^.;]{0,40}\b(?:separate|another|new)\b)",
                        re.IGNORECASE)
# "Before that, X had announced a new package of ...": an earlier package, not the materiel told before it (but
# "Earlier, the ministry had said the support package ...": the same one, priced earlier)
THE_SAME_PACKAGE = re.compile(r"\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}(?:package|donation|consignment|shipment)\b",
                              re.IGNORECASE)
# "That package is valued at C$59 million": the price of the package the sentence before told
THAT_PACKAGE_PRICED = re.compile(r"\W*(?:That|This|The)\s+(?:package|donation|aid|assistance|consignment|shipment|batch|"
                                 r"tranche|contribution)\b[^.;]{0,40}?\b(?:valued|worth|costs?|priced)\b")
# an undated package told as one of the past ("an earlier donation", "last year Canada had sent ...")
TOLD_BEFORE_NOW = re.compile(r"\b(?:earlier|previous(?:ly)?|already|before|last\s+(?:year|month|spring|summer|autumn|fall|"
                             r"winter)|in\s+(?:19|20)\d\d|had\s+(?:\w+\s+)?(?:sent|given|provided|delivered|donated|pledged))\b",
                             re.IGNORECASE)
TOLD_AS_EARLIER = re.compile(r"\W*(?:before\s+(?:that|this|then)|earlier(?:\s+(?:on|still))?|previously|prior\s+to\s+"
                             r"(?:that|this))\b", re.IGNORECASE)
# "Kyiv is also set to get ten armored personnel carriers": more of the package just told
ALSO_TO_GET = re.compile(r"\b(?:is|are|will)\s+also\s+(?:(?:set|due|going|expected)\s+to\s+|to\s+)?(?:get|receive)\b",
                         re.IGNORECASE)
# a sum in a proposal that was turned down
PROPOSED_BEFORE = re.compile(r"\b(?:proposal|plan|idea|bid|initiative|motion|request)\s+(?:to|for|of|that)\b[^.;]{0,60}$",
                             re.IGNORECASE)
TURNED_DOWN = re.compile(r"^[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been|got|been)\s+(?:rejected|blocked|vetoed|shelved|"
                         r"voted\s+down|turned\s+down|dropped|defeated|scrapped)\b", re.IGNORECASE)
THREAT_NOUNS = {"threat", "attack", "aggression", "invasion", "incursion", "pressure", "danger", "menace", "coercion"}
OPENS_ANOTHER = re.compile(r"^\W*(?:(?:in\s+addition|additionally|besides|separately|on\s+top\s+of\s+(?:this|that|it))\s*,|"
                           r"(?:[\w'’.-]+\s+){1,4}also\s+(?:said|announced|confirmed|pledged|promised|stated)\b)",
                           re.IGNORECASE)  # ("The minister also said Canada would provide $1m for ...": another sum)
ADDITIONAL = re.compile(r"\b(?:also|additionally|in\s+addition|separately|as\s+well|further|another|on\s+top)\b", re.IGNORECASE)
FOLD_DISTANCE_DEFINITE = 8  # sentences to a priced "the package" that is the package told before without its price
THE_PACKAGE_PRICED = re.compile(r"\b(?:value|cost|price|worth)\s+of\s+(?:the|this|that|its)\s+(?:new\s+|latest\s+)?"
                                r"(?:package|donation|tranche|aid)\b", re.IGNORECASE)
CIVILIAN_REACH = 80
BRACKETED_CONVERSION = re.compile(r"\s*\(\s*(?:about|around|roughly|some|approximately|nearly|or|some)?\s*")
# a donor's own currency: the inverse of CURRENCY_COUNTRY, and the dollar of the US
DONOR_CURRENCY = {country: currency for currency, country in CURRENCY_COUNTRY.items()} | {"US": "USD"}
EURO_DONORS = {"EU", "DE", "FR", "NL", "IT", "ES", "BE", "FI", "EE", "LV", "LT", "SK", "SI", "AT", "IE", "PT", "GR", "LU",
               "HR", "CY", "MT"}
NEW_AMOUNT = re.compile(r"\b(?:additional|new|further|fresh|extra|latest)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
STOCK_NOUNS = {"stock", "stocks", "stockpile", "inventory", "reserve", "warehouse", "depot", "arsenal"}
SHARE_NOUNS = {"share", "measure", "package", "allocation", "portion", "tranche", "part"}
ALREADY_GIVEN = re.compile(r"[^,;.]{0,50}?\b(?:has|have|had)\s+already\s+(?:been\s+)?(?:received|given|provided|sent|"
                           r"delivered|committed|allocated|donated|pledged)\b", re.IGNORECASE)
CIVILIAN_PURPOSE = re.compile(r"\b(?:humanitarian|civilian|civil\s+society|reconstruction|rebuild\w*|recovery|"
                              r"covid(?:-19)?|pandemic|disaster\s+relief|typhoons?|earthquakes?|floods?|"
                              r"budget(?:ary)?\s+support|macro-?financial|energy|refugees?|food|grain|health\s*care|"
                              r"hospitals?|schools?|housing|pensions?|salaries)\b", re.IGNORECASE)
MILITARY_PURPOSE = re.compile(r"\b(?:military|defen[cs]e|weapons?|arms|armed\s+forces|army|ammunition|security\s+assistance|"
                              r"air\s+defen[cs]e|artillery|armou?red|troops|soldiers)\b", re.IGNORECASE)
CIVILIAN_BEFORE = re.compile(r"\b(?:humanitarian|civilian|reconstruction|budget(?:ary)?|macro-?financial|development)\s+"
                             r"(?:aid|assistance|support|package|funding|grant)s?\s+(?:of|worth|totall?ing|valued\s+at)\s*$",
                             re.IGNORECASE)
CONVERSION_BEFORE = re.compile(r"(?:\d[\d.,]*|\b(?:million|billion|trillion))\s*(?:[a-z$€£¥.]+\s*){0,3}(?:[(\[]|,\s*or|,\s*(?=(?:about|around|roughly|approximately)\b))\s*"
                               r"(?:in\s+(?:[a-z]+\s+){0,2}(?:dollars|euros|pounds|kroner|kronor|krone|yen|won|francs)\s*[;,]\s*)?"
                               r"(?:(?:about|around|roughly|approximately|some|"
                               r"nearly|almost|or|ca\.?|~|that\s+is,?|i\.e\.,?|upwards\s+of|more\s+than|over|"
                               r"just\s+(?:over|under)|close\s+to)\s*)?$", re.IGNORECASE)  # (also "[in Australian dollars; $164m ...]")


INTERNATIONAL_CURRENCIES = {"USD", "EUR"}  # the currencies a package is first told in wherever it comes from


def _in_donor_currency(text: str, money: Money, all_money: list[Money], donor: str | None) -> Money:
    """The same amount told right after in brackets in the donor's own currency, if there is one, when the amount
    is in a local currency ("NT$10.9 billion ($345 million)"); else the amount ("USD120 million (EUR112 million)")."""
    home = _own_currency(donor)
    if home is None or money.currency == home or money.currency in INTERNATIONAL_CURRENCIES:
        return money
    for other in all_money:
        gap = text[money.end:other.start]
        if other.start > money.end and len(gap) <= 25 and gap.strip().startswith("(") and other.currency == home \
                and money.amount and 1 / 30000 <= other.amount / money.amount <= 30000:  # an exchange rate, no typo
            return other
    return money


def _value_of_the_listed(text: str) -> Money | None:
    """The one sum a list of contents is "worth" in all, told after the list."""
    named = [m for m in find_money(text) if not _is_conversion(text, m)]
    if len(named) != 1 or not re.search(r"\b(?:worth|valued\s+at|totall?ing|at\s+a\s+(?:total\s+)?cost\s+of)\s+"
                                        r"(?:(?:some|about|around|roughly|nearly|over|more\s+than)\s+)?$",
                                        text[:named[0].start], re.IGNORECASE):
        return None
    return named[0] if named[0].currency else None


def _changed_from_to(text: str, money: Money, all_money: list[Money]) -> bool:
    """The sum is one end of a change "from X to Y" (a budget or a plan raised or cut), no package."""
    after = next((m for m in all_money if m.start > money.end), None)
    before = next((m for m in reversed(all_money) if m.end < money.start), None)
    return bool(after and re.search(r"\bfrom\s+$", text[:money.start]) and re.fullmatch(r"\s+to\s+", text[money.end:after.start])
                or before and re.fullmatch(r"\s+to\s+", text[before.end:money.start])
                and re.search(r"\bfrom\s+$", text[:before.start]))


def _for_civilians(text: str, money: Money, all_money: list[Money]) -> bool:
    """The amount pays for something other than defence: what its clause says right after it ("€69m of that is
    humanitarian aid", "$50m to rebuild schools") or the aid noun right before it ("humanitarian aid of $20m")."""
    following = [m.start for m in all_money if m.start > money.start
                 and not BRACKETED_CONVERSION.fullmatch(text[money.end:m.start])]  # ("P1.1 billion ($23.4 million) for")
    end = min([money.end + CIVILIAN_REACH, *following])
    after = re.split(r";|\.(?!\d)|\bwhile\b|\bwhereas\b", text[money.end:end], maxsplit=1)[0]
    before = text[max(0, money.start - CIVILIAN_REACH // 2):money.start]
    if MILITARY_PURPOSE.search(after) or MILITARY_PURPOSE.search(re.split(r"[;.,]", before)[-1]):
        return False  # "military aid to Ukraine worth SEK 5 billion, along with humanitarian supplies"
    return bool(CIVILIAN_PURPOSE.search(after) or CIVILIAN_BEFORE.search(before))


COUNTERING = {"counter", "countering", "intercept", "intercepting", "against", "defeat", "defeating", "down", "jam",
              "jamming", "detect", "detecting", "fight", "fighting"}


def _purpose_clause(verb: Token) -> bool:
    """The verb heads a clause of purpose: "so that X can ...", "in order that X ..."."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return "so" in marks or {"order", "that"} <= marks or "so" in {c.lower_ for c in verb.children if c.dep_ == "advmod"}


CLEARANCE_NOUNS = {"authorization", "authorisation", "approval", "permission", "go-ahead", "clearance", "mandate"}


def _made_available(verb: Token) -> bool:
    """"is making 75 million ISK available for", "made the funds available": given."""
    return verb.lemma_.lower() == "make" and any(c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lower_ == "available"
                                                 or any(g.lower_ == "available" and g.dep_ in {"amod", "oprd"}
                                                        for g in c.children) for c in verb.children)


def _not_getting_goods(verb: Token) -> bool:
    """"is getting ready a package": preparing it; "received authorization from the President to draw down": cleared
    to give it; not getting it."""
    return verb.lemma_.lower() == "get" and any(c.dep_ in {"acomp", "oprd"} and c.lower_ == "ready" for c in verb.children) \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in CLEARANCE_NOUNS for c in verb.children)


HANDOVER_NOUNS = {"delivery", "receipt", "handover", "possession", "custody"}


def _handed_over(word: Token) -> bool:
    """The word tells of a handing over: received, took delivery of, got ... (from someone)."""
    words = [word, *list(word.ancestors)[:3]]
    return any(w.lemma_.lower() in RECEIVE_LEMMAS | HANDOVER_NOUNS or w.lemma_.lower() in {"hand", "accept"}
               or w.lemma_.lower() == "take" and any(c.lemma_.lower() in HANDOVER_NOUNS for c in w.children) for w in words)


def _the_enemys(supplied: Token) -> bool:
    """"technology for countering drones supplied by Iran": what that country supplied is what the aid counters."""
    thing = supplied.head if supplied.dep_ == "acl" else None
    return thing is not None and thing.head.lower_ in COUNTERING


def _is_conversion(text: str, money: Money) -> bool:
    """An amount in parentheses right after another amount: "€1.3 billion ($1.4 billion)"."""
    # "€1.3 billion ($1.4 billion)", "90 million Canadian dollars ($66m)", "NOK 1.5bn (about $140m)"
    return bool(CONVERSION_BEFORE.search(text[:money.start].rstrip()))
