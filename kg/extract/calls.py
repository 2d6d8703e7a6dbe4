"""Calls between officials: who, when, at whose request, by phone or video; earlier calls an article refers
back to ("the first since Feb. 18") are calls of their own; planned, expected or refused calls are not calls."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg import reference
from kg.extract.amounts import NUMBER_WORDS
from kg.extract.dates import MONTHS, dateline_end, find_dates
from kg.extract.known import canonical_key, reference_name, term_on
from kg.extract.doccache import (QUOTE_MARKS, doc_text, in_quotes, noun_chunks, sentence_index, sentences, span_text,
                                 token_at)
from kg.extract.people import REPORTING_VERBS, People, in_body
from kg.extract.roles import families
from kg.extract.titles import HEADS, PLURAL_HEADS, VAGUE_HEADS, country_in_title, is_title_word, normalize_role
from kg.facts import Call, Official, Span
from kg.names import surname
from kg.reference import country_code, fold


CALL_WORDS = re.compile(
    r"\b(spoke|speak|speaks|speaking|spoken|talked|talk|talks|conversation|conversations|call|calls|called|phoned|phone|"
    r"phoning|telephone|telephoned|telephoning|telephonic|teleconference|videoconference|video\s?conference|video\s?call|video\s?link|dialed|"
    r"dialled|conferred|rang|rung|on\s+the\s+line|participants|taking\s+part|(?:attending|joining)\s+(?:virtually|online|remotely))\b",
    re.IGNORECASE)


PHONE_CONTEXT = re.compile(r"\b(phone|telephone|call|calls|called|video|conversation|spoke|speak|speaks|talked)\b", re.IGNORECASE)
IN_PERSON = re.compile(r"\b(met|meeting|meet|sidelines|margins|fringes|visit|visited|in person|face[- ]to[- ]face|"
                       r"s(?:i|a)ts?\s+down\s+with|summit|press conference|briefing)\b", re.IGNORECASE)
PAIR_WORDS = re.compile(r"\b(reach out|contact|call|calls|spoke|speak|talk|conversation|spoken)\b", re.IGNORECASE)
MODAL_HEADS = {"expect", "plan", "seek", "try", "refuse", "decline", "hope", "want", "intend", "schedule", "propose",
               "offer", "search", "wish", "consider", "prepare", "aim", "agree", "ask", "urge", "need", "suggest"}
URGING_VERBS = {"ask", "urge", "press", "persuade", "encourage", "push"}  # "meant to ask X to ...": X is asked, not called
ARRANGING_HEADS = {"arrange", "set", "organize", "organise", "prepare", "schedule", "plan", "coordinate"}
TRAVEL_VERBS = {"travel", "fly", "visit", "go", "head", "arrive", "come", "journey", "leave", "set"}
SOURCE_NOUNS = {"people", "person", "source", "official", "diplomat", "aide", "someone", "insider", "journalist",
                "reporter", "analyst", "expert", "witness", "resident"}
ADDRESSING_VERBS = {"announce", "address", "present", "unveil", "pledge", "brief", "tell", "say", "outline", "declare"}
GATHERING_NOUNS = {"meeting", "session", "summit", "conference", "forum", "assembly", "gathering", "ministerial"}
MODAL_AUX = {"will", "would", "should", "could", "may", "might", "shall", "can", "must", "'ll", "’ll"}
NEGATIONS = {"not", "n't", "never", "no", "n’t"}

# "at his Tuesday briefing", "Monday's summit": the day of another event
DAY_OF_ANOTHER_EVENT = re.compile(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:[’']s)?\s+"
                                  r"(?:briefing|meeting|summit|speech|press|news|statement|interview|visit|session|"
                                  r"address|rally|debate|vote)\b", re.IGNORECASE)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
EARLIER_ON = re.compile(r"\b(last|previously|latter two|two last|previous(?:ly)?|first|most\s+recent|prior)\s+"
                        r"(?:spoke|spoken|talked|call(?:ed)?|conversation)\b(?:(?!\b(?:said|says|told|announced|reported)\b)"
                        r"[^.;])*?\b(?:on|in)\s+$|"
                        r"\b(last|previous|most\s+recent|prior)\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|contact)"
                        r"\b(?:(?!\b(?:since|after|when|as|said|says|told|announced|reported)\b)[^.;])*?\b(?:on|in)\s+$|"
                        r"\btheir\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|contact|talks)\s+of\s+$|"
                        r"\bthe\s+first(?:\s+one)?\s+(?:having\s+)?(?:taken\s+place|took\s+place|been\s+held|was\s+held|"
                        r"came|come)\s+(?:on|in)\s+$",
                        re.IGNORECASE)  # ("picking up where their telephone conversation of last Tuesday left off"; "their
# second conversation, the first having taken place on 2 December 2016")
# ("their previous phone call came on October 2"; not "their first phone call since X took office on Monday")
NOT_SPOKEN = re.compile(r"\b(not|n[’']t|never)\s+(spoken|talked)\b", re.IGNORECASE)
FIRST_SINCE = re.compile(r"\bfirst\b", re.IGNORECASE)
# an earlier call of the pair told without its day; the named group is the part that tells only of it
EARLIER_UNDATED = re.compile(
    r"(?P<earlier>\bthe last time\b[^.;]{0,80}?\b(?:spoke|spoken|talked)\b[^.;]{0,12}?\b(?:in|during)\s+[A-Z]\w+|"
    r"\blast\s+(?:spoke|talked)\s+(?:by\s+(?:phone|telephone)\s+)?in\s+[A-Z]\w+|"
    r"\b(?<!will\s)(?:had|have)\s+(?:already\s+|previously\s+)?(?:spoken|talked)\b[^.;]{0,40}?\b(?:before|previously|earlier(?: this week)?)\b"
    r"(?!\s+(?:long\b|on\s+\w+day|today|tonight|that\s+day|the\s+same\s+day|this\s+(?:morning|afternoon|evening)|in\s+the\s+day)))|"
    r"\bfirst\s+(?:confirmed\s+|known\s+|publicly\s+known\s+|reported\s+)?(?:direct\s+)?(?:phone\s+|telephone\s+)?(?:call|conversation|contact|talks)\b[^.;]{0,30}?"
    r"(?P<since>\bsince\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d{1,2}\b))", re.IGNORECASE)
SECOND = re.compile(r"\b(second|third|fourth|another)\s+(?:phone\s+|telephone\s+)?(call|conversation|talk)", re.IGNORECASE)
THE_TWO = re.compile(r"\b(the (?:latter )?two(?!\s+(?:countries|nations|states|governments|peoples|economies|capitals|"
                     r"Koreas|Germanys|Germanies|Sudans|Congos|Chinas|armies|militaries|ministries|navies)\b)|"
                     r"the pair|both men|both officials|they|the\s+leaders(?=\s+(?:then\s+)?(?:(?:held|had)\s+(?:their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:call|conversation|talk)|"
                     r"spoke|talked)\b))\b",
                     re.IGNORECASE)  # ("The leaders held their telephone conversation at a moment when ...")
THE_TWO_SPOKE = re.compile(r"\b(?:the\s+two|both\s+men)\s+(?:(?:had|have|then|also|last)\s+)?(?:spoke|spoken|talked|"
                           r"conversed|chatted)\b", re.IGNORECASE)
THEIR_OWN = re.compile(r"\W*their\b", re.IGNORECASE)
COUNTERPART = re.compile(r"\b(?:his|her|their|my)\s+((?:[A-Z][\w.]+(?:\s+of\s+[A-Z][\w.]+)?(?:\s*,\s*|\s+and\s+))*[A-Z][\w.]+"
                         r"(?:\s+of\s+[A-Z][\w.]+)?\s+)?(?:(?:military|defen[cs]e|naval|navy|army|new|newly[\s-]appointed|"
                         r"incoming|top|senior)\s+)?(?:counterparts?|opposite\s+numbers?)\b"
                         r"(?:\s+(?:in|from|of)\s+((?:(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?(?:\s*,\s*|,?\s+and\s+))*"
                         r"(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?))?")
CHIEFS_OF = re.compile(r"\b(?:[Dd]efen[cs]e chiefs|[Dd]efen[cs]e ministers|[Dd]efen[cs]e (?:officials|leaders|heads|secretaries)|"
                       r"[Ff]oreign ministers|[Ff]oreign secretaries|[Nn]ational security advis[eo]rs|[Mm]ilitary chiefs|[Ll]eaders|[Mm]inisters|"
                       r"[Pp]residents|[Pp]rime [Mm]inisters|[Hh]eads of (?:[Ss]tate|[Gg]overnment))\s+of\s+"
                       r"((?:(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?(?:\s+of\s+[A-Z][\w.]+)?(?:\s*,\s*|,?\s+and\s+))+"
                       r"(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?(?:\s+of\s+[A-Z][\w.]+)?)")
TIMELINE_INTRO = re.compile(r"\b(?:calls|conversations|exchanges|talks|contacts)\b[^:]*\b(?:telephone|phone|video)\b|"
                            r"\b(?:telephone|phone|video)\s+(?:calls|conversations|talks)\b", re.IGNORECASE)
YEAR_LINE = re.compile(r"^((?:19|20)\d{2})\s*:?$")
TALLY = re.compile(r"\b(?:half|some|most|all|two|three|four)\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
SAT_IN = re.compile(r"\b(?:sitting|sat|sit|sits)\s+in\s+on\s+(?:the|a|this|that|their|his|her)\s+(?:[\w-]+\s+)?"
                    r"(?:call|conversation|talks?)\b", re.IGNORECASE)
FACE_TO_FACE = re.compile(r"\bface[- ]to[- ]face\b", re.IGNORECASE)
HEADS_OF = {"presidents", "prime ministers", "heads of state", "heads of government"}
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
FURTHER_CALL_WITH = re.compile(r"\b(?:a|an)\s+(?:further|other|another|second|third|fourth|separate|additional)\s+"
                               r"(?:phone\s+|telephone\s+|video\s+)?(?:call|conversation)\s+(?:was|came|followed)\s+with\b|"
                               r"\banother\s+(?:phone\s+|telephone\s+)?(?:call|conversation)\s+(?:was|came)\s+with\b",
                               re.IGNORECASE)
# "X was another of the leaders the president reached by telephone": one more call of the one whose calls are told
ANOTHER_OF_THOSE_CALLED = re.compile(r"\b(?:was|is)\s+(?:also\s+)?(?:another|one)\s+of\s+the\s+(?:[\w-]+\s+){0,2}"
                                     r"(?:leaders|officials|heads\s+of\s+state|counterparts|ministers|presidents)\s+"
                                     r"(?:(?:that|whom|who)\s+)?(?:[\w'’-]+\s+){0,4}?(?:reached|called|phoned|telephoned|"
                                     r"spoke|talked|rang|dialled|dialed)\b", re.IGNORECASE)
# "those who have spoken include A; B; and C": the ones on the many-sided call told just before
THOSE_WHO_SPOKE = re.compile(r"\bthose\s+(?:who\s+)?(?:have\s+|had\s+)?(?:spoken|spoke|taken\s+part|took\s+part|joined|"
                             r"participated|taking\s+part|taken\s+the\s+floor)\b[^.;]{0,40}?\b(?:include|included|"
                             r"were|are)\b", re.IGNORECASE)
SPEAKERS_REACH = 2  # sentences back to the call whose speakers a sentence lists
SEMICOLON_ITEM = re.compile(r";\s*(?:and\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$")  # "...; General Sir [Nick Carter]"
THE_FIRST_CAME = re.compile(r"\W*the\s+first\s+(?:one\s+|call\s+|conversation\s+)?(?:came|was|took\s+place|happened)\s+"
                            r"(?:in|during|back\s+in)\s+(?:January|February|March|April|May|June|July|August|September|"
                            r"October|November|December|(?:19|20)\d\d|last\s+\w+)\b(?!\s+\d)", re.IGNORECASE)
ROUND_EXCHANGE = re.compile(r"\b(?:exchange|conversation|call|talk(?:s|ed|ing)?|sp[eo]ke|speaking|spoken)\s+with\b",
                            re.IGNORECASE)
UNNAMED_GROUP = re.compile(r"\b(?:a\s+number\s+of|several|many|numerous|a\s+host\s+of|various|a\s+series\s+of)\s+"
                           r"(?:(?:world|foreign|regional|arab|international|fellow)\s+)?(?:leaders|heads\s+of\s+state|"
                           r"heads\s+of\s+government|presidents|counterparts|dignitaries)\b|"
                           r"\b(?:leaders|heads\s+of\s+state)\s+of\s+(?:a\s+number\s+of|several|many|numerous|various)\s+"
                           r"(?:[\w-]+\s+){0,4}?(?:nations|countries|states)\b", re.IGNORECASE)  # ("the leaders of several
# brotherly and friendly nations")
FROM_LEADERS = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+state|presidents|kings|monarchs|"
                          r"rulers)\b", re.IGNORECASE)
LISTED_CALLERS = re.compile(r"(?:those|the\s+leaders|the\s+callers|among\s+(?:them|those|the\s+others|others)|they)\b[^.]{0,200}?"
                            r"\b(?:were|included|include|are)\b", re.IGNORECASE)
THOSE_SPOKEN_WITH = re.compile(r"\bthose\s+(?:whom\s+|that\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+)\s+(?:had\s+)?"
                               r"(?:spoke|spoken|talked|conferred|held\s+talks|had\s+calls)\s+(?:with|to)\s+(?:were|was|included)\b")
TOLD_THING = re.compile(r"\b(?:promis|pledg|announc|vow|assur|offer|warn|invit|congratulat)\w*", re.IGNORECASE)
THAT_CAME_IN_A_CALL = re.compile(r"(?:The|This|That|His|Her)\s+(?:promise|pledge|announcement|remarks?|comments?|"
                                 r"statement|warning|offer|assurance|invitation|congratulations)\s+(?:came|was\s+made|"
                                 r"were\s+made|was\s+given|was\s+delivered)\b")
ALSO_IN_THE_CALL = re.compile(r"(?:In|During)\s+an?\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks)\s+with\b"
                              r"[^.;]{0,120}?\balso\b")  # "On Thursday X reaffirmed ... In a telephone conversation with Y,
# X also asked ...": the call of that day
COLON_LIST = re.compile(r"\bwith\s+(?:his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}(?:counterparts|leaders|officials|ministers|"
                        r"colleagues|heads\s+of\s+state)\s*:")
RESPECTIVE = re.compile(r"\b(?:counterparts|respective(?:ly)?|separate(?:ly)?|each)\b", re.IGNORECASE)
GROUP_PHONE_CALL = re.compile(r"\b(?:group|joint|conference|multilateral)\s+(?:(?:tele)?phone\s+|video\s+)?call\b|"
                              r"\b(?:call|conversation)\s+with\s+several\s+(?:[\w-]+\s+)?(?:leaders|counterparts|ministers)\b",
                              re.IGNORECASE)  # ("joined X in a group phone call with Y": the group's call told after;
# "took part in a telephone conversation with several European leaders and Y")
GROUP_CALL = re.compile(r"\b(trilateral|three-way|four-way|multilateral|quadrilateral|(?:a|an|one)\s+(?:[\w-]+\s+){0,2}"
                        r"(?:call|conversation|video\s?conference|teleconference)\s+with\s+(?:his\s+|her\s+|their\s+)?"
                        r"(?:two|three|four|five|six)\s+(?:counterparts|leaders|ministers|officials|advisers|advisors)|(?-i:joint)(?=\s+(?:(?:tele)?phone|video|call|conversation|talks|conference|teleconference|videoconference|session|meeting|statement))|together|jointly|on\s+the\s+line|"
                        r"participants|taking\s+part|t(?:ook|akes?)\s+part\s+in\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|conference))\b",
                        re.IGNORECASE)
# calls told as a habit or a tally, not one call: "have spoken regularly", "has talked three times since May"
HABITUAL = re.compile(r"\b(?:regularly|repeatedly|often|frequently|several times|many times|\w+ times|twice|since|"
                      r"so far|this year|in recent (?:weeks|months|days)|never|not|(?:first|second|third|\w+th)\s+time)\b", re.IGNORECASE)
FOR_THE_NTH_TIME = re.compile(r"\bfor\s+the\s+(?:first|second|third)\s+time\b", re.IGNORECASE)  # "has spoken for the
# first time with X": one call, the day's news
# words that tell of more than one call of a pair: "again", "a second call", "follow-up", "the day before"
AGAIN = re.compile(r"\b(?:again|second|another|follow(?:ed)?[- ]up|twice|previous|earlier\s+call|day\s+before|"
                   r"days\s+in\s+a\s+row|consecutive)\b", re.IGNORECASE)
REPEATED = re.compile(r"\b(twice|two (?:separate )?(?:phone |telephone )?(?:calls|conversations))\b", re.IGNORECASE)
DAYS_JOINED = re.compile(r"\s*,?\s*(?:and|then|and\s+then|and\s+again|as\s+well\s+as)\s+(?:again\s+)?(?:on\s+)?",
                         re.IGNORECASE)
SEPARATE = re.compile(r"\bseparate(?:ly)?\b|\bone\s+after\s+(?:the\s+)?other\b|\b(?:rather\s+than|not)\s+jointly\b|"
                      r"\bback[- ]to[- ]back\b", re.IGNORECASE)
REPORTED_ON = re.compile(r"\b(?:(said|says|told|added|reported|announced|stated|confirmed)\s+(?:(?!(?:that|his|her|their|its|the|a|an)\b)\w+\s+)?|"
                         r"(?:post|tweet|statement|message|readout|release)\s+(?:(?:posted|issued|published)\s+)?(?:on\s+)?)$",
                         re.IGNORECASE)  # "..., the ministry said on Sunday", "In a Facebook post yesterday, X wrote"
BRIEFED = re.compile(r"\b(?:inform|told|tell|brief|updat|appris|notif|assur)\w*|\blet\s+(?:[\w'’.-]+\s+){1,6}?know\b",
                     re.IGNORECASE)
REPORT_ON = re.compile(r"\b(?:report|reports|reported|statement)\s+(?:\w+\s+)?(?:on\s+)?$", re.IGNORECASE)  # "a media report on Wednesday"
SELF_PRONOUNS = {"he", "she", "i", "we"}
NOT_PHONING_PARTICLES = {"on", "upon", "for", "off", "out", "back"}  # ("called back to Washington": recalled)
GATHERING_NOUNS = {"conference", "meeting", "summit", "session", "talks", "videoconference", "teleconference", "link",
                   "dialogue", "exchange", "round"}  # ("a video conference in which X appeared": X on it)
PEOPLE_NOUNS = {"counterpart", "counterparts", "leader", "leaders", "official", "officials", "colleague", "colleagues",
                "side", "delegation", "team", "participant", "participants", "member", "members", "people", "person"}
CALLED_ON_REACH = 5  # tokens from "called" to the "on" of whom it visited ("called in Warsaw on X")
MET_THERE = re.compile(r"\b(?:met|visited|hosted|welcomed|[Ss]tanding\s+(?:next\s+to|beside|alongside)|(?:after|during|at)\s+(?:the|his|her|their)\s+(?:meeting|talks|visit)|"
                       r"[Mm]eeting\s+in\s+[A-Z])\b")
THE_GROUP = re.compile(r"\b(?:the\s+(?:two|ministers|leaders|officials|presidents|generals|sides)|both\s+(?:sides|ministers|leaders))\b",
                       re.IGNORECASE)
GUEST_NOUNS = {"guest", "visitor", "delegation", "leader", "delegate", "team", "envoy", "official", "host", "couple"}
TALKED = {"spoke", "speak", "speaks", "spoken", "talked", "talk", "talks"}
CLAUSE_CALL_LEMMAS = {"speak", "talk", "call", "phone", "telephone", "hold", "have", "dial", "ring", "chat", "converse", "confer"}
DENYING_HEADS = {"deny", "dispute", "reject", "refute", "dismiss"}
BRIEFING_VERBS = {"brief", "inform", "update", "apprise", "debrief", "tell", "notify", "assure"}
RELATIVE_DAY = re.compile(r"\b(?:(?:later|further\s+on|earlier)\s+in\s+the\s+day|(?P<before>a\s+day\s+earlier|the\s+(?:day|evening|night)\s+before|the\s+previous\s+day)|(?:that|the)\s+same\s+(?:day|evening|morning|afternoon|night)|(?:later|earlier)\s+(?:that|the\s+same)\s+"
                          r"(?:day|evening|morning|afternoon|night)|that\s+(?:evening|morning|afternoon|night)|^\W*(?:after\s+that|afterwards|then)\b|"
                          r"(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later))\b", re.IGNORECASE)
TALKING = re.compile(r"\b(?:went\s+over|go(?:es|ne)?\s+over|going\s+over|t(?:ook|akes?|aken|aking)\s+up|discuss|talk|agree|exchang|review|address|stress|reaffirm|affirm|underlin|pledg|emphasi[sz]|express|"
                     r"voic|welcom|condemn|not|consult|cover|assess|trad)\w*", re.IGNORECASE)
TALKING_VERBS = {"discuss", "talk", "agree", "exchange", "review", "address", "stress", "reaffirm", "underline", "pledge",
                 "emphasize", "emphasise", "express", "voice", "welcome", "condemn", "note", "consult", "cover", "assess",
                 "trade", "affirm"}
THIRD_PERSON = {"he", "she"}
ROUND_SIZE = 3  # calls of one official that make an article's round of calls
# a round of calls its host made: "X briefed his counterparts", "the outreach", "X reached out to ..."
ROUND_OUTREACH = re.compile(r"\boutreach\b|\bbrief(?:s|ed|ing)\s+(?:his|her|their)\s+(?:\w+\s+)?counterparts\b|"
                            r"\b(?:tele)?phoned\s+(?:the\s+)?(?:leaders|heads\s+of\s+state|counterparts)\s+of\b|"
                            r"\breach(?:ed|es|ing)?\s+out\s+to\s+(?:his|her|their)\s+(?:\w+\s+)?counterparts\b", re.IGNORECASE)
STYLE_HOLDERS = {"majesty": {"king", "queen", "emperor", "sultan", "emir"}, "highness": {"prince", "emir", "sultan", "sheikh"}}
DESCRIBED_DAY_REACH = 2  # sentences after officials told by their posts on a day within which their call takes that day
ANTECEDENT_REACH = 3  # sentences back that "he" may point
SIDE = re.compile(r"\bthe\s+([A-Z][\w.]+)\s+side\b")
TOP_OFFICIAL = re.compile(r"\b([A-Z][\w.]+?)(?:[’']s)?\s+top\s+(defen[cs]e|military|diplomat\w*)\s+(official|chief|general|officer)\b")
DURATION = re.compile(r"\b(?:(\d+)[- ]minutes?|(?:about|approximately|nearly|almost|roughly|some|over|more than)?\s*(an|one|two|\d+)[- ]hours?(?:-long)?|hour-long)\b", re.IGNORECASE)
# what a call was about: the object of these verbs ("discussed X") or of "about"/"on" after them ("talked about X")
TOPIC_OBJECT_VERBS = {"discuss", "address", "review", "cover"}
CHOOSING_LEMMAS = {"choose", "pick", "appoint", "name", "nominate", "select", "elect", "designate"}
TOPIC_PREP_VERBS = {"talk", "focus", "speak", "exchange", "confer", "center", "centre"}
MAX_TOPIC_TOKENS = 14
VIDEO = re.compile(r"\bvideo|\bvirtual|\bonline\b", re.IGNORECASE)
BACK_REFERENCE = re.compile(r"\b(previous|earlier|prior|preceding|first)\s+(?:(?:phone|telephone|video|publicly|announced|known|"
                            r"reported|official|direct)\s+){0,2}(call|conversation|talks?)\b",
                            re.IGNORECASE)

INITIATOR_AFTER = re.compile(r"\b((?:at|upon|on)\s+(?:the\s+)?(?:request|initiative|behest|instigation|invitation)\s+of|"
                             r"(?:initiated|requested|convened|arranged|placed|sought)\s+by|"
                             r"(?:call|conversation)\s+(?:(?:had|has|was|were|been|being)\s+){1,3}made\s+by)\s+", re.IGNORECASE)
INITIATOR_BEFORE = re.compile(r"\b(initiated|requested|sought|placed|asked for|made|convened|hosted|arranged|organi[sz]ed|"
                              r"took\s+the\s+initiative\s+(?:for|of))\s+(?:(the|this|an?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+"
                              r"(?:(?:tele)?phone\s+|video\s+)?(call|conversation|talk)|"
                              r"it\b(?!\s+(?:clear|known|public|possible|plain)))", re.IGNORECASE)
CALLED_BY = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:telephoned|phoned|called|rung|dial(?:l)?ed)\s+"
                       r"(?:(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:yesterday|today|earlier)\s+)?by\b",
                       re.IGNORECASE)  # ("was called on Wednesday by X")
# a readout's "at request" (no "of"): the one the subject held the talks with asked for them
AT_REQUEST = re.compile(r"\b(?:at|on|upon)\s+request\b(?!\s+of)", re.IGNORECASE)  # ("Upon request, X talked with Y")
# "Y received a call from X", "Y took a phone call from X": X called
CALL_FROM = re.compile(r"\b(?:received|receives|receiving|receive|got|gets|get|took|takes|take|taken|taking|fielded|fields|answered|answer|accepted|accept|appreciated|welcomed)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:call|phone call|telephone call|video call|calls)(?:\s+|(?=,))(?:on\s+the\s+(?:tele)?phone\s+|by\s+(?:tele)?phone\s+|"
                       r"(?:on|in|late|early|last|this)\s+[\w,]+"
                       r"(?:\s+(?:night|morning|evening|afternoon),?)?\s+|"
                       r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+|"  # ("took a call on Wednesday 24/1/2018 from X")
                       r"(?:yesterday|today|tonight|earlier|again|also)\s+|,\s+this\s+(?:one|time)\s+){0,3}from\s+|"
                       r"\b(?:(?:tele)?phone\s+)?calls?\s+(?:came|come|poured|arrived)\s+(?:in\s+)?(?:to\s+[^.;:]{0,60}?)?from\s+",
                       re.IGNORECASE)  # ("Calls came to the UAE president from A; from B; and from C")
# "With Kishida having become prime minister this week, the top diplomats agreed during phone talks ...": a name in
# a clause that sets the scene
ABSOLUTE_WITH = re.compile(r"^\W*(?:with|after|since)\s+(?:[\w.'-]+\s+){0,4}$", re.IGNORECASE)
HAVING = re.compile(r"\s+(?:having|being|now|newly|just)\b")
# "X reached out to Y", "X placed a call to Y", "X gave a telephone call to Y", "X phoned Y": the subject called
CALLER = re.compile(r"\b(?:reached out to|reaching out to|placed (?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?calls?(?:\s+[\w.,]+){0,6}?\s+to|put in (?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                    r"call to|put (?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?call\s+through|through\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?call) to|"
                    r"(?:made|makes|gave|gives) (?:a|an)\s+(?:[\w-]+\s+){0,2}?call to|made (?:separate\s+|two\s+|three\s+)?(?:(?:tele)?phone\s+)?calls to|extended (?:a|an)\s+(?:[\w-]+\s+){0,2}?call to|phoned|telephoned|phones|telephones|rang|rung|dialed|dialled|called|initiated|contacted)\b",
                    re.IGNORECASE)
DUE_WORDS = {"due", "set", "scheduled", "slated", "expected", "poised", "supposed", "planned", "likely"}
# "spoke with X, who had called him": X called
WHO_CALLED = re.compile(r",\s+who\s+(?:had\s+)?(?:also\s+|first\s+)?(?:called|phoned|telephoned|rang|dial(?:l)?ed|"
                        r"placed\s+the\s+call|made\s+the\s+call)(?=\s+(?:him|her|them)\b|\s+to\s+[a-z]+|\s*[,.;])",
                        re.IGNORECASE)
# "the U.S. side initiated it", "it was "the Russian side" that had requested the call", "Israel initiated the call"
REMOTE_MEDIUM = re.compile(r"\b(?:phone|telephon\w*|video\s*(?:call|link|conference)|videoconference)\b|"
                           r"\b(?:the|a|this|their|that)\s+call\b", re.IGNORECASE)
SPOKESPERSON = re.compile(r"\b(spokes(?:person|man|woman)|press secretary|press officer|spokes)\b", re.IGNORECASE)
TOOK_THE_INITIATIVE = re.compile(r"\b(?:taken|took)\s+the\s+initiative\b")  # "Finland had taken the initiative for
# the discussion": who called, of the call told before
SIDE_INITIATED = re.compile(r"\b(?:[Tt]he\s+)?(?!The\b)([A-Z][\w.]+)(?:\s+(?:side|[Gg]overnment|party|[Aa]dministration|leader|"
                            r"(?:[A-Z][\w-]+\s+)?Ministry(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?|"
                            r"president|prime\s+minister|chancellor|(?:foreign\s+|defen[cs]e\s+)?minister|"
                            r"(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+))?[\"”’']?\s+(?:(?:that|which|who)\s+)?(?:had\s+|has\s+)?"
                            r"(?:also\s+|again\s+|first\s+)?(?:initiated|initiating|requested|requesting|sought|proposed|asked for|"
                            r"placed(?!\s+(?:on|upon|in|under|at|against)\b)|"  # (not "controls Washington had placed on China")
                            r"made\s+the\s+(?:first\s+)?(?:phone\s+|telephone\s+)?call|"
                            r"(?:taken|took)\s+the\s+initiative\s+(?:for|of|in)\s+(?:the|this|that)\s+"
                            r"(?:discussion|exchange|contact|conversation|call|talks))\b"
                            r"|\bcame\s+from\s+the\s+([A-Z][\w.]+)\s+side\b")  # "the conversation, which came from the US side"
CLEFT_CALLER = re.compile(r"\b[Ii]t\s+was\s+((?:the\s+)?([A-Z][\w.]+)(?:\s+[\w.’'-]+){0,4}?)(?:\s*,\s*who\s+[^,]{0,80},)?\s+(?:who|that)\s+(?:had\s+)?"
                          r"(?:made|placed|initiated|requested|sought|proposed|suggested|asked\s+for|called|phoned|dialled|dialed|"
                          r"set\s+up|arranged|organi[sz]ed|"
                          r"reached\s+out|took\s+the\s+initiative|insisted\s+on\s+(?:speaking|talking)|wanted\s+to\s+"
                          r"(?:speak|talk))\b")
MAX_LISTED_LINES = 25
LIST_LABEL_WORDS = 3
AMONG_CALLERS = re.compile(r"\bamong\s+(?:those|the\s+(?:leaders|people|officials|heads\s+of\s+state))\s+who\s+"
                           r"(?:called|phoned|rang|telephoned)\b", re.IGNORECASE)
MONTH_OF_YEAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                           r"\s+(\d{4})\b")  # a month told with its year and no day
PAST_MONTH = re.compile(r"\b(?:[Bb]ack\s+in|[Ee]arlier\s+in|[Ll]ast)\s+(January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b(?!\s+\d)")  # "back in November", "last March"
PAST_PERIOD = re.compile(r"\b(?:[Tt]he\s+previous|[Tt]he\s+preceding|[Ll]ast)\s+(weekend|week|month)\b")  # "The previous
# weekend Obama and Putin talked": an earlier call than the one the article reports
PERIOD_BEFORE = re.compile(r"\b(?:[Aa]\s+few|[Ss]everal|[Ss]ome|[Aa]\s+couple\s+of)\s+(days|weeks|months)\s+(?:earlier|before)\b")
# "A few weeks earlier, X also held a call with Y": an earlier call of no day told
HANDLE = re.compile(r"(?<![\w@])@(\w{3,30})")  # a social-media handle: "@JustinTrudeau"
MIN_HANDLE_NAME = 4
THE_N_LEADERS = re.compile(r"\b[Tt]he\s+(three|four|five|six|seven|eight|nine|ten)\s+(?:[A-Z][\w-]+\s+)?(?:leaders|heads\s+of\s+"
                           r"(?:state|government)|presidents|prime\s+ministers|ministers)\b")
LEADERS_REACH = 2  # sentences back in which "the five leaders" were named
POST_HANDLES = {"potus": ("US", "president"), "vp": ("US", "vice president"), "pmoindia": ("IN", "prime minister"),
                "number10gov": ("GB", "prime minister"), "10downingstreet": ("GB", "prime minister"),
                "kremlinrussiae": ("RU", "president"), "elysee": ("FR", "president"),
                "secblinken": ("US", "secretary of state"), "statedept": ("US", "secretary of state")}
# accounts of a post, not of a person: whoever holds it
MIN_SLIPPED_HANDLE_NAME = 8  # letters of a family name a handle may write with one dropped ("@Amirabdolahian")
MIN_HANDLE_PREFIX = 10  # letters of a handle cut short of the family name that still name one person
WITH_LEADERS_OF = re.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:ministers|leaders|counterparts|"
                             r"presidents|heads\s+of\s+state|prime\s+ministers|secretaries|kings|opposite\s+numbers)\s+"
                             r"(?:of|from)\b|"
                             r"\bwith\s+(?:a\s+(?:series|number|string|host|round)\s+of|several|various|many)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:ministers|leaders|counterparts|presidents|heads\s+of\s+state)\b|"
                             r"\bwith\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts\b|"
                             r"\b(?:told|greeted|assured|briefed|urged|thanked)\s+(?:his\s+|her\s+)?(?:counterparts|"
                             r"fellow\s+leaders)\s+(?:in|from|of)\s+(?:several|many|various|a\s+number\s+of)\b",
                             re.IGNORECASE)  # ("On Sunday X told counterparts in several countries that ...": his calls)
OTHER_SIDE = re.compile(r"(?:the\s+)?other\s+(?:side|party)\b", re.IGNORECASE)
NAME_LIST_GAP = re.compile(r"(?:[A-Z][\w.’'-]*\s*|,\s*|and\s+|of\s+|the\s+)*")  # names, titles, commas, "and"
CALL_ASKED_FOR_BY = re.compile(r"\b(?:call|conversation|talks?)\s*,?\s+(?:(?:which|that)\s+[^.;]{0,80}?\s+and\s+)?"
                               r"(?:which|that)\s+((?:[A-Z][\w.-]+\s+){0,4}[A-Z][\w.-]+)\s+(?:himself\s+|herself\s+)?"
                               r"(?:had\s+)?(?:asked\s+for|requested|sought|initiated|proposed|placed|made)\b")
THANKED_FOR_THE_CALL = re.compile(r"\bthank(?:ed|s)?\s+((?:[A-Z][\w.-]+\s+){0,4}[A-Z][\w.-]+)\s+for\s+(?:(?:the|his|her|this|their)\s+"
                                  r"(?:(?:tele)?phone\s+)?call\b|(?:tele)?phoning\b|calling\b)")
# "on the US initiative", "at the Russian request": that side asked
COUNTRY_INITIATIVE = re.compile(r"\b(?:(?:at|on|upon)\s+(?:the\s+)?|with\s+the\s+)([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+"
                                r"(?:side'?s?\s+)?(?:taking\s+the\s+)?(?:initiative|request)\b")
# ("at US initiative", "with the US side taking the initiative")
# "A held talks by telephone with B, at his request": the one named just before asked
HIS_REQUEST_AFTER = re.compile(r",\s+(?:at|upon|on)\s+(?:his|her)\s+(?:own\s+)?(?:request|initiative|invitation)\b", re.IGNORECASE)
LATTERS_REQUEST = re.compile(r"\bat\s+the\s+(latter|former)[’']s\s+(?:request|initiative|invitation)\b", re.IGNORECASE)
OWN_CALL_TO = re.compile(r"\b((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)(?:[’']s)?\s+(?:(?:tele)?phone\s+|video\s+)?call\s+to\b")
TITLE_HEADS = HEADS - VAGUE_HEADS  # the words of a post that name who holds it ("the country's King")
WHO_PLACED = re.compile(r"\b((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+),\s+who\s+(?:was\s+the\s+one\s+to\s+|had\s+|also\s+)?"
                        r"(?:place[sd]?|made|make|initiated|initiate|requested|request|sought|asked\s+for)\s+(?:the|this)\s+"
                        r"(?:(?:tele)?phone\s+)?(?:call|conversation)\b")
ASKED_FOR_THE_CALL = re.compile(r"\b((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)\s+(?:had\s+|has\s+)?(?:(?:asked\s+for|requested|"
                                r"sought|initiated|proposed)\s+(?:the|this|that)\s+(?:(?:tele)?phone\s+|video\s+)?"
                                r"(?:call|conversation|talks)\b|(?:asked|wanted|requested)\s+to\s+(?:update|brief|inform|speak|talk)\b)")
# ("the discussion took place because Putin had asked to update Ramaphosa on ...")
CALL_CAME_FROM = re.compile(r"\b(?:call|conversation)\s+(?:also\s+)?came\s+(?:in\s+)?[^.;]{0,120}?\bfrom\s+(?:the\s+)?"
                            r"((?:[A-Z][\w.-]+\s+){0,4}[A-Z][\w.-]+)")  # "A call came in today for X from Y": Y's
CALL_THEY_PLACED = re.compile(r"\b(?:call|conversation)\s+(?:that\s+|which\s+)?(?:he|she)\s+(?:had\s+|has\s+)?(?:placed|made)\b"
                              r"(?!\s+(?:with|to\s+(?:him|her)\b))")
REQUESTED_A_CALL = re.compile(r"\b((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)\s+(?:had\s+|has\s+)?(?:asked\s+for|requested|"
                              r"sought)\s+(?:a|an)\s+(?:(?:tele)?phone\s+|video\s+|urgent\s+)?(?:call|conversation|talks)\s+"
                              r"with\b")
SAME_DAY = re.compile(r"\bsame\s+(?:day|evening|morning|afternoon|night)\b", re.IGNORECASE)
THEIR_OWN_CALL_APART = re.compile(r"\b(?P<count>an?|one|two|three|four|five|six|\d)\s+days?\s+(?P<relation>after|before)\s+"
                                  r"(?P<clause>[^.;]{3,120}?)\s+(?:had\s+)?(?:held|had|conducted|made)\s+(?:their\s+own|"
                                  r"their|a|an)\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks)\b",
                                  re.IGNORECASE)
UNANSWERED = re.compile(r"\b(?:(?:nobody|no\s+one)\s+(?:picks?\s+up|answers|answered|picked\s+up)|without\s+(?:anyone|anybody)\s+"
                        r"(?:answering|picking\s+up)|(?:goes|went|go|gone)\s+unanswered|(?:won['’]t|will\s+not|wouldn['’]t|"
                        r"did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+(?:take|answer|return)\s+(?:his|her|their|the|[A-Z][\w-]+['’]s)?"
                        r"\s*calls?)\b", re.IGNORECASE)
SCHEDULED_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|due|expected)\s+(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE)
EVENT_SINCE = re.compile(r"\b(?:took|assumed|became|began|started|entered|won|took\s+over|was\s+(?:elected|sworn|appointed)|"
                         r"invaded|broke\s+out)\b", re.IGNORECASE)
CALL_BEFORE_IT = re.compile(r"\b(?:after|before)\b[^.;]{0,80}\b(?:spoke|spoken|talked|called|phoned|call|conversation)\b",
                            re.IGNORECASE)  # ("... came a day after X had spoken by phone with Y": that pair is told last)
DAYS_CALL = re.compile(r"['’]s?\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|phone\s+talks)\b", re.IGNORECASE)
OWNERS_CALLS_APART = re.compile(r"\b(?:(?P<count>an?|one|two|three|four|five|six|\d)\s+days?\s+(?P<relation>after|before)|"
                                r"followed\s+by\s+(?P<count_after>an?|one|two|three|four|five|six|\d)\s+days?)\s+"
                                r"(?P<owner>his|her|(?:[^.;,]|(?<=[A-Z])\.){2,50}?['’]s?)\s+(?P<kind>(?:separate|earlier|own)\s+)?"
                                r"(?:(?:tele)?phone\s+|video\s+)?(?P<noun>calls?|conversations?|talks)\s+with\s+"
                                r"(?P<others>[^.;]{3,200})", re.IGNORECASE)  # "came a day after Biden's separate calls
# with A and with B", "followed by one day the president's conversations with A"
CALL_RECEIVED_FROM = re.compile(r"\b(?:call|conversation)\s+(?:that\s+|which\s+)?(?:he|she|they|(?:[A-Z][\w.-]+\s+){0,3}"
                                r"[A-Z][\w.-]+)\s+(?:had\s+|has\s+)?(?:received|got|took|answered)\s+(?:[\w,]+\s+){0,3}?from\s+"
                                r"(?:the\s+)?((?:[A-Z][\w.-]+\s+){0,4}[A-Z][\w.-]+)")  # "the phone call he received from X"
CALLER_NAMED = (CALL_RECEIVED_FROM, CALL_ASKED_FOR_BY, THANKED_FOR_THE_CALL, OWN_CALL_TO, WHO_PLACED, ASKED_FOR_THE_CALL, CALL_CAME_FROM)
# (the caller is the name of group 1)
TITLE_AFTER_REACH = 40  # characters after "at the initiative of" that may name the caller by post
POSSESSIVE_REQUEST = re.compile(r"\b(?:[Aa]t|[Oo]n|[Uu]pon)\s+(?:the\s+)?((?:[A-Z][\w.-]+\s+){0,3}(?:[A-Z][\w.-]+|(?:[a-z]+\s+)?[a-z]+)"
                                r"(?:\s+side)?)[’']s\s+(request|initiative|invitation)")  # (also "at the US president's")


CONTACTED = re.compile(r"\b(?:contact(?:ed|s)|reached)\b", re.IGNORECASE)  # a call, in a report that tells of a phone call


def _group_call(text: str) -> bool:
    """The sentence tells one call of many ("a joint call", "on the line"), not calls held separately."""
    return bool(GROUP_CALL.search(text)) and not SEPARATE.search(text)


@lru_cache(maxsize=8192)
def _is_call_word(word: str) -> bool:
    return CALL_WORDS.fullmatch(word) is not None


def _own_clause(sentence: SpacySpan, trigger: Token) -> tuple[int, int] | None:
    """The characters of the clause, between semicolons, that holds the call word, when the other clauses have
    verbs and subjects of their own (not a list of names parted by semicolons)."""
    bounds = [sentence.start_char] + [t.idx + 1 for t in sentence if t.text == ";"] + [sentence.end_char + 1]
    if len(bounds) < 3:
        return None
    parts = list(zip(bounds, bounds[1:]))
    own = next(((a, b) for a, b in parts if a <= trigger.idx < b), None)
    others = [(a, b) for a, b in parts if (a, b) != own]
    if own is None or not all(any(t.dep_ in {"nsubj", "nsubjpass"} and a <= t.idx < b and a <= t.head.idx < b
                                      and t.head.pos_ in {"VERB", "AUX"} for t in sentence) for a, b in others):
        return None
    return own


def _cited_source(name: Token) -> bool:
    """The name is the one "according to" whom the sentence is told."""
    return name.dep_ == "pobj" and name.head.lower_ == "to" and name.head.head.lower_ == "according"


def _calls_in_relative_clause(doc: Doc, start: int, end: int) -> bool:
    """"X, who earlier confirmed conversations with A and B, had not confirmed this one": a speaker who made the
    calls the relative clause tells."""
    return any(c.dep_ == "relcl" and any(_is_call_word(t.text) for t in c.subtree)
               for token in doc[start:end] for c in token.children)


def _count(word: str) -> int | None:
    """A count written in words or digits ("one", "a", "3")."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _days_apart(word: Token) -> int | None:
    """The days an "after" or "before" counts ("a day after", "two days before"), when it counts them."""
    span = next((c for c in word.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    return next((NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                 for c in span.children if c.dep_ in {"det", "nummod"}), None) if span is not None else None


def _took_place(verb: Token) -> bool:
    """"took place", "happened", "occurred": a verb that only places an event in time."""
    return verb.lemma_.lower() in {"happen", "occur"} or verb.lemma_.lower() == "take" and any(
        c.lower_ == "place" for c in verb.children)


def _talking(verb: Token) -> bool:
    """A verb of talking something over: "discussed", "reviewed", "went over", "took up"."""
    return verb.lemma_.lower() in TALKING_VERBS or verb.lemma_.lower() == "go" and any(
        c.lower_ == "over" and c.dep_ in {"prt", "prep"} for c in verb.children) or verb.lemma_.lower() == "take" and any(
        c.lower_ == "up" and c.dep_ in {"prt", "prep"} for c in verb.children)  # "took up the matter with X"


def _told_in_a_call(doc: Doc, start: int, end: int) -> bool:
    """"X told Y of the delivery in a telephone conversation": a speaker whose telling was the call."""
    verbs = {t.head for t in doc[start:end] if t.dep_ == "nsubj" and t.head.pos_ == "VERB"}
    return any(t.dep_ == "pobj" and _is_call_word(t.text) and t.head.lower_ in {"in", "during", "over", "by"}
               and not any(a.dep_ in {"ccomp", "relcl", "advcl", "acl"} for a in _path_up(t, verb))
               for verb in verbs for t in verb.subtree)


def _path_up(token: Token, top: Token) -> list[Token]:
    """The words from `token` up to (not including) `top`, an ancestor of it."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


@dataclass
class CallMention:
    participants: set[str] = field(default_factory=set)
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None
    initiator: str | None = None
    earlier: bool = False
    mode: str = "phone"
    duration: int | None = None
    topics: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    start: int = 0
    back: bool = False   # the sentence points back to an earlier call ("the previous call", "their first call")
    reported: dt.date | None = None   # the day the call was reported on ("X spoke to Y, the ministry said on Sunday")
    joins: bool = False  # "X took part in the call", "Y joined the call": more participants of a call told before
    round: bool = False  # "X held phone conversations with the heads of state of ...": X's round of calls
    relative_day: bool = False  # dated by "today" or "yesterday", reckoned from the publication day
    of_a_round: bool = False  # one of the calls one sentence tells of ("spoke with A, B and C")
    hub: str | None = None  # the one the sentence says held a call with each of the others
    callee: str | None = None  # the one the sentence says the calls reached: each of the others placed theirs
    group_told: bool = False  # the sentence says it was one call of them all ("trilateral", "joint", "together")
    unnamed_round: bool = False  # "X phoned his counterparts in A, B, C and D": calls of no one named, no other call's
    # "Later that day ...": the undated call told before, the shift from its day, and the day of the last dated one
    day_of: tuple["CallMention", dt.timedelta, dt.date | None] | None = None
    same_day_as_next: bool = False  # "The same day, X also rang Y", the first call told: the day of the calls told next


def _sentence_span(sentence: SpacySpan) -> Span:
    raw = span_text(sentence)
    text = raw.strip()
    start = sentence.start_char + (len(raw) - len(raw.lstrip()))
    return Span(start, start + len(text), text)


# nouns that make what hangs from them a possibility, not an event ("no plans yet for X to speak with Y")
POSSIBILITY_NOUNS = {"talk", "plan", "plans", "proposal", "possibility", "prospect", "prospects", "request", "offer", "idea",
                     "refusal", "reluctance", "unwillingness", "attempt", "bid", "effort",
                     "readiness", "willingness", "intention", "chance", "hope", "need", "suggestion", "invitation"}
PENDING_HEADS = {"discuss", "plan", "schedule", "consider", "expect", "propose", "envisage",
                 "explore", "mull", "weigh"}


REFUSING_VERBS = {"decline", "refuse", "reject", "spurn", "snub", "ignore", "rebuff"}
UNLIKELY = {"unlikely", "improbable", "impossible", "doubtful", "uncertain"}
STILL_TO_COME = re.compile(r"\b(?:tonight|tomorrow)(?:['’]s)?\b|\b(?:later\s+(?:today|this\s+(?:evening|week)))\b",
                           re.IGNORECASE)
PAST_CALL = re.compile(r"\b(?:held|had|spoke|talked|lasted|ended|took\s+place)\b", re.IGNORECASE)
NOT_YET = {"planned", "proposed", "possible", "potential", "expected", "scheduled", "upcoming", "future", "requested",
           "postponed", "cancelled", "canceled", "delayed", "mooted", "forthcoming", "coming", "impending", "prospective"}
# "is due to hold a call", "is set to speak": an adjective or participle of a future event governing the call
# "agreed in a video conference", "agreed during the call": the call is where the verb happened
MEDIUM_PREPS = {"in", "during", "on", "over", "via", "by", "at", "through"}
PLANNED_HEADS = {"mean", "suppose", "schedule", "plan", "expect", "set", "due", "intend"}
REMOTELY = {"virtually", "online", "remotely"}
SETTING_PREPS = {"in", "during", "over"}
FUTURE_HEADS = {"due", "set", "poised", "likely", "unlikely", "ready", "willing", "eager", "keen"}


PREVIOUS_DAY = re.compile(r"\b(?:on\s+)?the\s+(?:previous|preceding)\s+day\b|\bthe\s+day\s+before\b(?!\s+\w)", re.IGNORECASE)
DURATION_UNITS = {"minute", "hour", "second", "time", "while"}  # "called for an hour": a call's length, not a demand
PHOTO_CAPTION = re.compile(r"\((?:L|R|C|left|right|centre|center|2nd\s+\w+)\)")  # "X (R) talks with Y": a photo
REMOTE_WORDS = {"virtual", "video", "phone", "telephone", "online"}
QUOTE_REACH = 5  # sentences within which a quote opened in one sentence is attributed
CONFERENCE_WORDS = {"conference", "teleconference", "videoconference"}  # one call of all those it was held with
ONE_CALL_NOUNS = {"call", "videocall", "conversation"}  # "a call with A, B and C" is one call of all
# "X has phoned his opposite numbers in A, B and C": calls of a round, not the one the article is about
OTHERS_CALLED = re.compile(r"\b(?:counterparts|opposite\s+numbers|colleagues|leaders|peers)\b", re.IGNORECASE)
GROUP_OF_COUNTRIES = re.compile(r"\b(?:heads|chiefs|ministers|leaders|generals|commanders|officials|advisers|"
                                r"advisors)\s+(?:of\s+(?:the\s+)?[\w\s]{0,40}?)?(?:of|from)\s+(?:the\s+)?[A-Z]|"
                                r"\b[A-Z][\w.]+['’]s\s+and\s+(?:the\s+)?[A-Z][\w.]+['’]s\s+(?:[\w-]+\s+){0,3}(?:negotiators|envoys|"
                                r"ministers|chiefs|leaders|advisers|advisors|generals|commanders|officials|diplomats|heads|"
                                r"representatives)\b", re.IGNORECASE)  # ("South Korea's and Japan's chief nuclear negotiators")
QUOTED_CALL_TO = re.compile(r"[\"“'‘]{1,2}\s*(?:[A-Z]\w*\s+){0,3}(?:\w+\s+){0,2}call\s+to\b")  # '"Warm congratulatory call to X'
SO_DID = re.compile(r"\W*(?:So|Also)\s+did\b")  # "So did NATO Secretary-General X": X did what the sentence before told
AND_OTHERS_CALLED = re.compile(r"\b(?:phoned|called|telephoned|rang|dialled|dialed)\b[^.;]{0,120}?\band\s+(?:two|three|four|five|"
                               r"several|\d+)\s+other\b", re.IGNORECASE)
CAME_DAYS_AFTER = re.compile(r"\bcame\s+(a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\s+(?:he|she|[A-Z][\w.'’-]+)\s+"
                             r"had\s+(?:spoken|talked|held)\b", re.IGNORECASE)
DAYS_BEFORE = re.compile(r"\b(a|one|two|three|four|five|six|seven|\d)\s+days?\s+$", re.IGNORECASE)  # "came a day after
# A had spoken with C"
PAST_EVENT_MARKS = {"after", "since", "when", "before", "once", "as"}
REQUEST_HEADS = {"ask", "request", "seek", "appeal", "call", "push", "press", "propose", "suggest", "want"}


def _a_thing(noun: Token) -> bool:
    """A common noun that names no one: not a person, post, place or call ("the program", not "the president")."""
    return noun.pos_ == "NOUN" and noun.ent_type_ == "" and not is_title_word(noun.text) and not _is_call_word(noun.text) \
        and noun.lemma_.lower() not in {"counterpart", "leader", "side", "ally", "partner", "host", "head", "chief"}


def _requested(token: Token) -> bool:
    """The call word is what a verb of asking asks for ("asked for a call", "requested a conversation")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in REQUEST_HEADS


def _their_call(trigger: Token) -> bool:
    word = trigger.head if trigger.dep_ == "compound" else trigger
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in word.children)


def _the_call_told(trigger: Token) -> bool:
    """A definite call noun that a verb other than one of holding calls takes, with no party of its own ("used the
    talks to ask ..."): the call told before."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "pobj", "nsubj"} \
        and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in trigger.children) \
        and not any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in trigger.children) \
        and trigger.head.lemma_.lower() not in HOLDERS_OF_A_CALL


def _described_head(doc: Doc, i: int) -> int:
    """The noun a description of a party hangs from ("his Chinese counterpart": counterpart), else the token itself."""
    token = doc[i]
    while token.dep_ in {"poss", "det", "amod", "compound"} and token.head.i > token.i and token.head.pos_ == "NOUN":
        token = token.head
    return token.i


def _refused(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in REFUSING_VERBS or lemma == "turn" and any(c.lower_ == "down" for c in verb.children) \
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS  # "refused to take the call"


def _names_someone(preposition: Token) -> bool:
    return any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
               and (g.ent_type_ == "PERSON" or is_title_word(g.text) or g.pos_ == "PROPN")
               for g in preposition.children)


def _paid_a_visit(noun: Token) -> bool:
    if any(c.lower_ in REMOTE_WORDS for c in noun.children):
        return False  # "a courtesy phone call"
    return noun.head.lemma_.lower() == "pay" or any(c.lower_ == "courtesy" for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON"
               or is_title_word(g.text)) for g in c.children) for c in noun.children)


def _still_to_come(noun: Token) -> bool:
    """A call noun of a day still to come and no verb of the past over it ("tonight's phone summit came about on X's
    proposal" in a report of the morning; "phone talk tonight", a headline)."""
    sentence = noun.sent
    text = sentence.text
    if not STILL_TO_COME.search(text) or PAST_CALL.search(text):
        return False
    return not any(t.tag_ == "VBD" and t.lemma_.lower() in {"speak", "talk", "hold", "call", "phone", "have", "discuss"}
                   for t in sentence)


def _addressed_a_meeting(token: Token) -> bool:
    """The call word is only how someone spoke to a meeting of a group: "She announced it by video link at the
    22nd meeting of the Ukraine Defence Contact Group" (not a call with those who convened or attended it)."""
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in ADDRESSING_VERBS:
        return False
    for at in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "during", "to"}):
        for meeting in (c for c in at.children if c.dep_ == "pobj" and c.lemma_.lower() in GATHERING_NOUNS):
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in meeting.children):
                return True  # "the meeting of the Contact Group", "a session of the Council"
    return False


def _is_actual(token: Token) -> bool:
    """The call word is reported as having happened: no modal, negation or verb of intention governs it ("agreed
    during a call" is a call; "agreed to hold a call" is not: the verb governs the call through its complement)."""
    if any(c.dep_ == "amod" and c.lower_ in NOT_YET for c in token.children):
        return False  # "a planned call between ...", "the postponed call"
    if UNANSWERED.search(token.sent.text):
        return False  # "X has been phoning Y for days, and nobody picks up": calls that never connected
    governing = token.head if token.dep_ in {"attr", "dobj", "nsubj"} and token.head.lemma_ in {"be", "have", "hold"} else token
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in governing.children):
        return False  # "It will be X's first conversation with ...", "No one will have spoken with X before this call"
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in PREPARING_NOUNS:
        return False  # "preparations for that conversation are going ahead": a call still to come
    if token.lemma_.lower() == "call" and token.pos_ == "NOUN" and _paid_a_visit(token):
        return False  # "paid calls on the President", "a courtesy call on the minister": visits in person
    if token.dep_ in {"dobj", "pobj"} and _refused(token.head if token.dep_ == "dobj" else token.head.head):
        return False  # "turned down calls from Biden", "declined a call with X", "refused to take the call"
    if token.dep_ == "nsubj" and any(c.dep_ in {"acomp", "oprd"} and c.lower_ in UNLIKELY for c in token.head.children):
        return False  # "a more substantial conversation between the two looks unlikely"
    if token.pos_ == "NOUN" and _still_to_come(token):
        return False  # "tonight's phone summit", "Yoon, Kishida phone talk tonight": the call of an evening still to come
    if _addressed_a_meeting(token):
        return False
    if token.lemma_.lower() in {"speak", "talk"} and token.dep_ == "relcl" and token.head.lemma_.lower() in SOURCE_NOUNS:
        return False  # "..., people who spoke to the New Yorker said": sources talking to the press
    if token.head.lemma_ == "be" and token.dep_ in {"xcomp", "ccomp"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False  # "Biden is to speak with Zelenskiy": a call still to come
    if token.dep_ in {"nsubj", "nsubjpass"}:  # "A call between the two is being discussed but has not been scheduled"
        head = token.head
        if head.lemma_.lower() in PLANNED_HEADS and token.dep_ == "nsubjpass" and any(
                c.dep_ == "auxpass" and c.lower_ in {"is", "are", "'s", "’s"} for c in head.children):
            return False  # "the conversation with Putin is set for 6 p.m.", "a call is scheduled": still to come
        if head.lemma_.lower() in PENDING_HEADS and token.dep_ == "nsubjpass" or any(
                c.dep_ == "auxpass" and c.lower_ == "being" for c in head.children):
            return False
        if any(c.dep_ == "neg" for x in [head, *(c for c in head.children if c.dep_ == "conj")] for c in x.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll", "’ll"} for c in head.children):
            return False  # "the phone call would reaffirm those pledges": a call still to come
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children) and _requested(token):
        return False  # "Washington had asked for a conversation with Putin": a request, not a call
    call = token.head if token.dep_ == "compound" else token
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in PRESS_NOUNS
                                                           for o in c.children) for c in call.children):
        return False  # "on a conference call with reporters": a briefing
    path = [token, *token.ancestors][:5]
    for depth, node in enumerate(path):
        via = path[depth - 1] if depth else None  # the child through which the path reached this node
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in {"ccomp", "advcl"} \
                and any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return False  # "Asked whether the two presidents had talked by phone, ...": a question, not a call
        if node.pos_ in {"VERB", "AUX"} and node.tag_ in {"VBD", "VBN"} \
                and any(c.dep_ == "advmod" and c.lower_ in {"why", "how"} for c in node.children):
            if any(c.dep_ in {"aux", "auxpass"} and c.text.lower() in MODAL_AUX or c.dep_ == "neg" for c in node.children):
                return False
            break  # "officials are trying to work out why X telephoned Y": why a call that was held
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in {"confirm", "deny"} and _left_unconfirmed(node.head):
            return False  # "the Kremlin could neither confirm nor deny that A had talked with B"
        if node.lower_ == "close" and node.head.lemma_.lower() == "come":
            return False  # "Macron had come close to setting up a phone conversation between A and B": none held
        if via is not None and via.dep_ == "prep" and via.lower_ in {"for", "towards", "toward"} \
                and node.lemma_.lower() in {"aim", "push", "press", "angle", "hope", "lobby", "work"}:
            return False  # "Macron, aiming for a conference call among the three leaders, ...": wished for
        if node.dep_ == "ROOT" and node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False  # a headline's "A and B to hold phone talks": still to come
        if node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children) and (
                node.dep_ in {"ccomp", "xcomp"} and node.head.lemma_.lower() in REPORTING_VERBS
                or node.dep_ in {"xcomp", "ccomp", "conj"} and node.head.lemma_ == "be"):
            return False  # "France says A, B and C to hold talks", "Abdullah is to take part by video": to come
        if node.pos_ == "VERB" and node.dep_ == "advcl" and node.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and any(
                c.dep_ in {"acomp", "attr", "oprd"} and c.lower_ in DUE_WORDS for c in node.head.children):
            return False  # "Macron is due later in the day to talk with X": still to come
        if node is not token and node.lemma_.lower() in MODAL_HEADS and via is not None \
                and not (via.dep_ == "prep" and via.lower_ in MEDIUM_PREPS) and via.dep_ != "conj" \
                and not (via.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "VERB") \
                and not any(p.dep_ == "prep" and p.lower_ in MEDIUM_PREPS and p.i and token.doc[p.i - 1].text == ","
                            for p in path[:depth]):  # ("X urged Y to keep Z stable, in telephone calls with A":
            # the calls in which X urged it, the parser hanging them on the infinitive)
            return False  # (not "the prime minister, speaking with X by phone, offered support": the offer's subject)
        if node is not token and node.lemma_.lower() in PLANNED_HEADS and via is not None and via.dep_ == "xcomp":
            return False  # "meant to talk to X by phone", "was supposed to speak": intended, not held
        if node is not token and node.lemma_.lower() in ARRANGING_HEADS and node.tag_ == "VBG" \
                and any(c.dep_ == "aux" and c.lemma_ == "be" for c in node.children):
            return False  # "X is setting up telephone talks with Y", "is arranging a call": still being arranged
        if node is not token and node.lemma_.lower() in ARRANGING_HEADS and node.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False  # "pressed him to arrange the telephone talk": a call asked for
        if node is not token and node.lower_ in FUTURE_HEADS and via is not None and via.dep_ in {"xcomp", "prep"}:
            return False
        if node is not token and node.pos_ == "NOUN" and (node.lower_ in POSSIBILITY_NOUNS or node.lemma_.lower()
                                                          in POSSIBILITY_NOUNS) and via is not None \
                and via.dep_ in {"acl", "relcl", "prep", "xcomp", "ccomp"} \
                and not (via.dep_ == "prep" and via.lower_ in {"in", "during", "by"}) \
                and not (token.dep_ == "pobj" and token.head.lower_ in {"in", "during"}):  # ("floated the possibility
            # of the aid in a call with X": the call in which it was floated, whatever the parser hung it on)
            return False  # (not "told X of the plan in a phone call": where it was told)
        if _for_to_clause(node) and any(c.lower_ in POSSIBILITY_NOUNS for c in node.head.children):
            return False  # "there are no plans for X to speak with Y"
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and child.text.lower() in MODAL_AUX:
                return False
            if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ in {"det", "advmod"}):
                return False
        if node.dep_ == "advcl" and node.tag_ == "VBD" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in PAST_EVENT_MARKS
                                                                for c in node.children):
            break  # "what should come next after A and B spoke by phone": a past event of its own clause
        if node is not token and node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            if node.head.lemma_.lower() in AGREEING_VERBS:
                return False  # "the deal A and B struck in November to resume phone calls between commanders": agreed
            if node.head.lemma_.lower() in TRAVEL_VERBS:
                return False  # "Yun intends to travel to Washington to hold talks with Kerry": a visit, and to come
            continue  # "... to hold talks": the clause it serves says whether it happened
        if node is not token and node.dep_ in {"ROOT", "ccomp", "advcl", "conj", "relcl", "parataxis"}:
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in DENYING_HEADS:
                return False  # "Egypt denied that any such call had happened"
            break
    return True


ROUND_OF_UNNAMED = 3  # countries of counterparts told without names, from which no holder is inferred
COUNTED = {"several", "two", "three", "four", "some", "many", "various", "numerous"}
SAT_IN_WITH = re.compile(r"\b(?:sitting|sat|seated|standing|stood)\s+(?:in\s+)?(?:with|beside|next\s+to|alongside)\s+",
                         re.IGNORECASE)
PRESS_NOUNS = {"reporter", "journalist", "press", "media", "correspondent", "newsman"}


def _left_unconfirmed(verb: Token) -> bool:
    """"could not confirm", "neither confirm nor deny", "in no position either to confirm or to deny"."""
    joined = {verb, *(c for c in verb.children if c.dep_ == "conj"), *([verb.head] if verb.dep_ == "conj" else [])}
    lemmas = {t.lemma_.lower() for t in joined}
    if {"confirm", "deny"} <= lemmas:
        return True
    return any(c.dep_ == "neg" for t in joined for c in t.children)


# the post a counterpart holds, by the family of the official's title (heads of state and government have no
# single counterpart post)
COUNTERPART_WORDS = {"counterpart", "counterparts"}
FAMILY_POSTS = {"defense": "defence_minister", "foreign": "foreign_minister", "military": "chief_of_defence",
                "security": "national_security_adviser"}
INFERRED_CONFIDENCE = 0.5


def _for_to_clause(verb: Token) -> bool:
    children = {(c.dep_, c.lower_) for c in verb.children}
    return ("mark", "for") in children and ("aux", "to") in children


class CallExtractor:
    def __init__(self, doc: Doc, people: People, anchor: dt.date | None, body: list[tuple[int, int]],
                 home: str | None = None, headline: str | None = None) -> None:
        self.doc = doc
        self.headline = headline or ""  # "President Obama Phones Back ...": whom the body's "the President" is
        self.titled_at: dict[int, str] = {}  # the official a subject told by post alone names ("the President")
        self.home = home  # the country whose government published the article: its readouts name their principal by post
        self.people = people
        self.anchor = anchor
        self.report_days: set = set()  # dates of the reports of calls, not of the calls
        self.body = body
        self.last_pair: set[str] = set()
        self.mentions: list[CallMention] = []
        self.inferred: set[str] = set()
        self.hub_days: list[tuple[str, dt.date]] = []  # "On Thursday, X traded wishes with the leaders of A and B"
        self.described_days: list[tuple[int, dt.date]] = []  # (sentence, day) of officials told by their posts
        # a sentence of no call, the one day it tells, and whether it tells a promise or announcement that day
        self.dated_sentence: tuple[int, dt.date, bool] | None = None
        self.opening_day: tuple[int, dt.date] | None = None  # the day a sentence with no call word opens with
        self.dated_statement: tuple[int, dt.date] | None = None  # a sentence with no call word that tells one day
        self.clause_spans: list[tuple[int, int]] = []
        self.pair_days: list[tuple[frozenset[str], dt.date, bool]] = []  # "On Friday, A and B discussed ...": no call word
        # "On Saturday A told B ...", a pair told with no call word, for "the conversation" told after it alone
        self.told_pairs: list[tuple[int, frozenset[str], dt.date | None, Span]] = []
        self._subtree_memo: dict[tuple[int, int], bool] = {}
        self.requested: tuple[int, str, set[str]] | None = None  # "X requested a call with Y": the sentence, X, X and Y
        self.unnamed_round_in = -1  # the sentence whose round of counterparts in several countries names none
        # (host, countries, day, sentence) of "X spoke with his counterparts from A, B and C on Thursday"
        self.rounds_of_countries: list[tuple[str, set[str], dt.date | None, int]] = []

    @cached_property
    def remote_medium(self) -> bool:
        """The article tells of a phone or video call somewhere in its body."""
        return any(REMOTE_MEDIUM.search(doc_text(self.doc)[start:end]) for start, end in self.body)

    def _told_remotely(self, keys: set[str]) -> bool:
        """Some sentence that names all of them also tells of a phone, a screen or a call ("the Oct. 11 A-B call")."""
        for index, sentence in enumerate(sentences(self.doc)):
            named = {m.key for m in self.people.in_sentence(index)}
            if keys <= named and (REMOTE_MEDIUM.search(span_text(sentence)) or re.search(r"\bcalls?\b", span_text(sentence))):
                return True
        return False

    @cached_property
    def met_in_person(self) -> set[str]:
        """The officials named in a sentence of the body that tells of a meeting or visit that took place."""
        met = set()
        for index, sentence in enumerate(sentences(self.doc)):
            if in_body(sentence, self.body) and any(not _welcomed_a_thing(sentence, match)
                                                    for match in MET_THERE.finditer(span_text(sentence))):
                met |= {m.key for m in self.people.in_sentence(index)}
                if THE_GROUP.search(span_text(sentence)):  # "after the meeting, the ministers ...": those just named
                    met |= {m.key for m in self.people.in_sentence(index - 1)}
        return met

    # -- participants ---------------------------------------------------------------------------------------
    def official(self, key: str) -> Official | None:
        return self.people.officials.get(key)

    def counterpart(self, of: set[str], country: str | None, day: dt.date | None = None,
                    phrase: Span | None = None) -> str | None:
        """The official on the other side whose post matches that of `of`'s official."""
        others = [self.official(k) for k in of if self.official(k)]
        own_countries = {o.country for o in others}
        wanted_families = set().union(*(families(o.roles) for o in others)) if others else set()
        candidates = [o for o in self.people.officials.values() if o.key not in of
                      and (o.country == country if country else o.country not in own_countries and o.country)]
        matching = [o for o in candidates if families(o.roles) & wanted_families]
        if matching:
            return matching[0].key
        untitled = [o for o in candidates if not o.roles and country and o.country == country]
        if len(untitled) == 1:  # "his Russian counterpart ... A talked with B, who advises the Russian president": B
            return untitled[0].key
        inferred = self._holder_of_same_post(of, country, day or self.anchor, phrase)
        if inferred or wanted_families - {"head"}:
            return inferred  # a defence minister's counterpart is never the other side's president
        if len(candidates) != 1 or not wanted_families and families(candidates[0].roles) - {"head"}:
            return None  # a nuclear envoy's counterparts are not the other side's foreign minister
        return candidates[0].key

    def _holder_of_same_post(self, of: set[str], country: str | None, day: dt.date | None,
                             phrase: Span | None) -> str | None:
        """"His British counterpart", unnamed: whoever held the same post in that country on the day of the call
        (reference tables of office holders), added as an inferred official."""
        if day is None or not country:
            return None
        posts = {self._post_of(k, day) for k in of} - {None}
        if len(posts) != 1:
            return None
        return self._holder_on(country, posts.pop(), day, phrase)

    def _holder_on(self, country: str, post: str, day: dt.date, phrase: Span | None) -> str | None:
        """The one holder of `post` in `country` on `day` (reference tables of office holders), added as an inferred
        official the `phrase` denotes; None when the tables give none or two."""
        terms = reference.holders(country, post, day)
        if len({t.key for t in terms}) != 1:
            return None
        key = canonical_key(terms[0].key)
        if key not in self.people.officials:
            self.inferred.add(key)
            self.people.officials[key] = Official(key=key, name=reference_name(key) or terms[0].name,
                                                  roles=(reference.post_label(post, country),), country=country,
                                                  confidence=INFERRED_CONFIDENCE)
        official = self.people.officials[key]
        if key in self.inferred and phrase is not None and phrase not in official.mentions:
            self.people.officials[key] = replace(official, mentions=official.mentions + (phrase,))  # the words that denote them
        return key

    def _post_of(self, key: str, day: dt.date) -> str | None:
        term = term_on(key, day)
        if term is not None and term.covers(day):
            return term.post
        official = self.official(key)
        posts = {FAMILY_POSTS.get(f) for f in families(official.roles)} - {None} if official else set()
        return posts.pop() if len(posts) == 1 else None

    def by_country(self, country: str | None, among: set[str] | None = None, like: set[str] | None = None) -> str | None:
        if not country:
            return None
        pool = [o for o in self.people.officials.values() if o.country == country and (among is None or o.key in among)]
        if len(pool) > 1 and like:
            wanted = set().union(*(families(self.official(k).roles) for k in like if self.official(k)))
            pool = [o for o in pool if families(o.roles) & wanted] or pool
        return pool[0].key if pool else None

    def participants(self, sentence: SpacySpan, index: int,
                     day: dt.date | None = None) -> tuple[set[str], list[tuple[int, str]]]:
        """Officials taking part, and (position, key) in text order for pair tracking."""
        found: list[tuple[int, str]] = []
        for m in self.people.in_sentence(index):
            if (not m.speaker or _calls_in_relative_clause(self.doc, m.start, m.end) or _told_in_a_call(self.doc, m.start, m.end)) \
                    and not _attribution(self.doc, m.start) and not _merely_mentioned(self.doc, m.start, m.end) \
                    and not self._only_a_voice(m.key) and not _aide_named(self.doc[self._name_root(m.start)]) \
                    and not _in_anothers_title(self.doc, self.doc[m.start].idx) \
                    and not (ABSOLUTE_WITH.search(doc_text(self.doc)[sentence.start_char:self.doc[m.start].idx])
                             and HAVING.match(doc_text(self.doc)[self.doc[m.end - 1].idx + len(self.doc[m.end - 1]):])):
                if self._not_the_counterpart_told(m):
                    continue  # "to his Russian counterpart, Sabrina Singh, the Pentagon's spokesperson, said": the teller
                if self._teller_at_the_end(m, sentence):
                    continue  # "A took a call from B, Counselor X, the spokesperson of the Foreign Ministry, said"
                found.append((self.doc[m.start].idx, m.key))  # (not "With X having become prime minister this week, ...")
        keys = {k for _, k in found}
        text, base = span_text(sentence), sentence.start_char
        for match in HANDLE.finditer(text):
            key = self._handle_owner(match.group(1))
            if key is not None and key not in keys:  # "he had just spoken with @ZelenskyyUa"
                found.append((base + match.start(), key))
        counted = THE_N_LEADERS.search(text)
        if counted is not None:  # "The five leaders together held a call with @POTUS": the five named just before
            wanted = NUMBER_WORDS[counted.group(1).lower()]
            before = [m.key for m in reversed(self.people.mentions) if m.key and index - LEADERS_REACH <= m.sentence < index]
            named = list(dict.fromkeys(k for k in before if k not in keys))
            if len(named) >= wanted and wanted >= 3:
                found += [(base + counted.start(), k) for k in named[:wanted]]
                keys |= set(named[:wanted])
        for match in COUNTERPART.finditer(text):
            told_before = match.group(1) and all(_listed_country(part) for part in _list_items(match.group(1)))
            named = match.group(1) if told_before else match.group(2) or match.group(1)  # ("his U.S. counterpart from
            if named is None and re.search(r"counterparts|numbers", match.group(0)):  # London": where he was)
                continue  # "talked with his counterparts" of no country named: the ones named elsewhere, if any
            countries = [_listed_country(part) for part in _list_items(named)] if named else [None]
            if named and match.group(2) and not told_before:  # "his opposite numbers in A, the U.K. and B": only the parts that are countries
                countries = [c for c in countries if c]
            if self._names_follow(sentence, base + match.end()) or self._named_just_before(sentence, base + match.start()):
                continue  # "his Ukrainian counterpart, Defence Minister Rustem Umerov", "Robert O'Brien, his American
                # counterpart": already named
            for country in countries:
                owner = self._owner(keys, sentence, match.start() + base, country)
                phrase = Span(base + match.start(), base + match.end(), match.group(0))
                key = self.counterpart(owner, country, day, phrase) if owner else None
                if key and len(countries) >= ROUND_OF_UNNAMED and key in self.inferred:
                    self.unnamed_round_in = index  # "spoke with his counterparts from A, B, C and D": a round the
                    continue  # report does not name (a table's holder of each post guesses more than it reads)
                if key:
                    found.append((base + match.start(), key))
        for match in CHIEFS_OF.finditer(text):
            like = keys or None
            plural = match.group(0)[:match.start(1) - match.start()].rsplit(" of", 1)[0].lower()
            one = re.sub(r"ies$", "y", re.sub(r"(?<!ie)s$", "", plural.strip()))
            wanted = families((normalize_role(one) or normalize_role(one.split()[0] + " chief") or "",))
            if plural not in HEADS_OF:
                wanted -= {"head"}  # ("the military chiefs of A and B": no head of state)
            if plural == "leaders":
                wanted = {"head"}  # "the leaders of A, B and C met virtually": heads of state or government
            # ("defence officials of A and B": their defence chiefs)
            for part in _list_items(match.group(1)):
                code = country_code(part)
                key = self.by_country(code, like=like) if code else None
                if key and wanted and not families(self.official(key).roles) & wanted:
                    # "the foreign ministers of Turkey, ... and Jordan": Jordan's foreign minister, not its king
                    key = next((o.key for o in self.people.officials.values() if o.country == code
                                and families(o.roles) & wanted), None)
                    if key is None and day is not None and len(wanted) == 1 and FAMILY_POSTS.get(next(iter(wanted))) \
                            and len(_list_items(match.group(1))) < ROUND_OF_UNNAMED:  # (as for counterparts)
                        key = self._holder_on(code, FAMILY_POSTS[next(iter(wanted))], day, None)
                if key and key not in {k for _, k in found}:
                    found.append((base + match.start(1), key))
        for pattern in (TOP_OFFICIAL, SIDE):
            for match in pattern.finditer(text):
                if pattern is SIDE:
                    continue  # "the Russian side" names an initiator, not a new participant
                key = self.by_country(country_code(match.group(1)), like=keys)
                if key:
                    found.append((base + match.start(), key))
        found.sort()
        return {k for _, k in found}, found

    def _described_party(self, trigger: Token, keys: set[str], sentence: SpacySpan,
                         dates: list, anywhere: bool = False) -> tuple[int, str] | None:
        """A party of a call given by post and country instead of by name ("with China's minister of national
        defense", "to the Russian defence minister", "his American counterpart" of a party in `keys`): the official
        of that country and post the article names elsewhere, else the holder of the post on the day (reference
        tables, inferred)."""
        mentioned = {i for m in self.people.in_sentence(sentence_index(self.doc, sentence)) for i in range(m.start, m.end)}
        days = {d.date for d in dates if d.date}
        day = days.pop() if len(days) == 1 else self.anchor
        for i in range(sentence.start, sentence.end) if anywhere else sorted(_participant_tokens(trigger)):
            head = self.doc[i]  # (`anywhere`: "in separate calls X told the president of A and told the PM of B")
            if head.pos_ not in {"NOUN", "PROPN"} or not is_title_word(head.text) or i in mentioned:
                continue
            if head.dep_ == "appos" and head.head.i in mentioned:
                continue  # "Robert O'Brien, his American counterpart": the description of one named
            end = max([c.right_edge.i for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"], default=head.i)
            phrase = self.doc[head.left_edge.i:end + 1]  # "China's minister of national defense", not what follows
            if any(t.i in mentioned for t in phrase) or any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in phrase):
                continue  # the phrase names its holder
            if any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "every"} for c in head.children):
                continue  # "the first between a Chinese president and an Australian prime minister": anyone of the kind
            role, country = normalize_role(phrase.text), country_in_title(phrase.text)
            if head.tag_ == "NNS" and len({c for t in phrase if (c := country_code(t.text))}) >= ROUND_OF_UNNAMED - 1:
                continue  # "the foreign ministers of Australia, Indonesia, the Maldives and Bhutan": a round none named
            if head.lower_ in COUNTERPART_WORDS and keys and country:  # "Turkey's foreign minister ... with his
                key = self.counterpart(keys, country, day, Span(phrase.start_char, phrase.end_char, phrase.text))
                if key is not None:                                   # American counterpart"
                    return head.idx, key
                continue
            wanted = families((role,)) if role else set()
            named_after = any(c.dep_ == "appos" for c in head.children) or head.i + 2 < len(self.doc) \
                and self.doc[head.i + 1].text == "," and head.i + 2 in mentioned  # "the President, Sheikh X"
            if wanted and not country and not named_after and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                if head.dep_ == "pobj" and head.head.lower_ == "with" and self.doc[head.head.i - 1].lower_ in {"together", "along"}:
                    continue  # "Harris was on the call together with the president": beside her, of her side
                sides = {self.official(k).country for k in keys if self.official(k)}
                titled = [o.key for o in self.people.officials.values() if o.key not in keys and o.country not in sides
                          and any(fold(head.lemma_) in fold(r).split() for r in o.roles)]
                if len(titled) == 1:  # "talked with the president by phone": the one president the article names
                    return head.idx, titled[0]  # besides the other side
                continue
            if not wanted or not country or country in {self.official(k).country for k in keys if self.official(k)}:
                continue
            named = [o.key for o in self.people.officials.values()
                     if o.key not in keys and o.country == country and families(o.roles) & wanted]
            if len(named) > 1 and day is not None:
                named = [k for k in named if (term := term_on(k, day)) is not None and term.covers(day)]
            if len(named) == 1:
                return head.idx, named[0]
            post = FAMILY_POSTS.get(next(iter(wanted))) if len(wanted) == 1 else None
            key = self._holder_on(country, post, day, Span(phrase.start_char, phrase.end_char, phrase.text)) \
                if post and day and not named else None
            if key is not None:
                return head.idx, key
        return None

    def _teller_at_the_end(self, mention, sentence: SpacySpan) -> bool:
        """A spokesperson named last, before the closing "said" of the sentence: who told of the call."""
        official = self.official(mention.key) if mention.key else None
        rest = doc_text(self.doc)[self.doc[mention.end - 1].idx:sentence.end_char]
        if official is None or not (any(SPOKESPERSON.search(role) for role in official.roles) or SPOKESPERSON.search(rest)):
            return False
        return bool(re.fullmatch(r"[^.;]*?,\s+(?:said|says|told\s+\w+|added)\W*", rest)) and not CALL_WORDS.search(rest)

    def _not_the_counterpart_told(self, mention) -> bool:
        """A name set beside "his Russian counterpart" that is of another country than the one the phrase names."""
        word = self.doc[self._name_root(mention.start)]
        if word.dep_ != "appos" or word.head.lemma_.lower() not in COUNTERPART_WORDS:
            return False
        own_post = next((c for c in word.children if c.dep_ == "appos"), None)
        if own_post is not None and SPOKESPERSON.search(self.doc[own_post.left_edge.i:own_post.right_edge.i + 1].text):
            return True  # "..., Sabrina Singh, the Deputy Pentagon Press Secretary, said"
        named = {c for t in word.head.children if t.dep_ in {"amod", "compound", "nmod"} and (c := country_code(t.text))}
        official = self.official(mention.key)
        return len(named) == 1 and official is not None and official.country is not None \
            and official.country not in named

    def _plural_post_parties(self, trigger: Token, keys: set[str], dates: list) -> list[tuple[int, str]]:
        """The officials a plural post of two or more countries denotes as the call's subject ("Russia's and Turkey's
        foreign ministers", "the US and Chinese defence chiefs"): of each country, the one of that kind of post the
        article names, else the holder of the post on the day (reference tables, inferred)."""
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
                c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "Speaking by phone on Friday, the Polish and Ukrainian presidents agreed ..."
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or self._key_at(subject) or subject.left_edge.i <= trigger.i <= subject.right_edge.i:
            return []  # (not "The calls to the foreign ministers of A and B come as ...": those called, one by one)
        phrase = self.doc[subject.left_edge.i:subject.right_edge.i + 1]
        if not any(fold(t.text) in PLURAL_HEADS or fold(t.text) in {"chiefs", "heads"} for t in phrase):
            return []
        pairs = [(a, b) for a, b in zip(phrase, phrase[1:]) if country_code(f"{a.text} {b.text}")]  # "United States"
        in_pairs = {t.i for pair in pairs for t in pair}
        named = sorted([(a.i, country_code(f"{a.text} {b.text}")) for a, b in pairs]
                       + [(t.i, code) for t in phrase if t.i not in in_pairs and (code := country_code(t.text))])
        countries = list(dict.fromkeys(code for _, code in named))
        post = " ".join(t.text for t in phrase if t.i not in in_pairs and not country_code(t.text))
        wanted = families((normalize_role(post) or post,))  # ("the US and Russian defence chiefs")
        if len(countries) < 2 or len(wanted) != 1:
            return []
        days = {d.date for d in dates if d.date}
        day = days.pop() if len(days) == 1 else self.anchor
        found = []
        for country in countries:
            named = [o.key for o in self.people.officials.values() if o.country == country and families(o.roles) & wanted]
            post = FAMILY_POSTS.get(next(iter(wanted)))
            key = named[0] if len(named) == 1 else self._holder_on(country, post, day, None) if post and day and not named \
                else None
            if key is not None:
                found.append((subject.idx, key))
        return found if len(found) >= 2 else []

    def _named_around(self, start: int) -> set[str]:
        """Officials named in the sentence that holds the character `start`, and in the one before it."""
        at = token_at(self.doc, start)
        if at is None:
            return set()
        index = sentence_index(self.doc, self.doc[at].sent)
        return {k for s in sentences(self.doc)[max(0, index - 1):index + 1] for _, k in self._mention_keys(s)}

    def _mention_keys(self, sentence: SpacySpan) -> list[tuple[int, str]]:
        return [(self.doc[m.start].idx, m.key) for m in self.people.in_sentence(sentence_index(self.doc, sentence))
                if m.key in self.people.officials]

    def _only_a_voice(self, key: str) -> bool:
        """Spokespeople and press secretaries report calls; they do not hold them."""
        official = self.official(key)
        term = term_on(key, self.anchor)
        if term is not None and self.anchor and term.covers(self.anchor):
            return False  # a head of government the text calls a spokesperson by mistake of the parse
        roles = official.roles if official else ()
        if any(SPOKESPERSON.search(role) for role in roles):  # (a bare "Secretary" beside "Spokesman for the State
            roles = tuple(r for r in roles if len(r.split()) > 1 or SPOKESPERSON.search(r))  # Department": "the
            # secretary" told of his principal)
        return bool(roles) and all(SPOKESPERSON.search(role) for role in roles)

    def _names_follow(self, sentence: SpacySpan, position: int) -> bool:
        index = sentence_index(self.doc, sentence)
        for m in self.people.in_sentence(index):
            gap = doc_text(self.doc)[position:self.doc[m.start].idx]
            if self.doc[m.start].idx >= position and len(gap) < 60 and re.fullmatch(r"[\s,]*(?:[\w.’']+\s+)*", gap) \
                    and all(is_title_word(w) or w.lower() in {"of", "the", "for"} or country_code(w)
                            for w in re.findall(r"[\w.’']+", gap)):
                return True
        return False

    def _date_the_day_before(self, parts: list[CallMention], sentence: SpacySpan, ordered: list[tuple[int, str]]) -> None:
        """"his Wednesday conversation with A built on the previous day's call with B": the call whose word the
        previous day owns is a day before the one the sentence dates."""
        for word in sentence:
            if not _is_call_word(word.text) or not any(
                    c.dep_ == "poss" and c.lemma_.lower() == "day" and any(
                        a.lower_ in {"previous", "preceding"} for a in c.children) for c in word.children):
                continue
            named = {k for p, k in ordered if (at := token_at(self.doc, p)) is not None and self._in_subtree(self.doc[at], word)}
            for part in parts:
                if named and named <= part.participants and part.date and len(parts) >= 2:
                    part.date -= dt.timedelta(days=1)

    def _names_of_another_call(self, trigger: Token, sentence: SpacySpan) -> tuple[Token, set[str], int | None] | None:
        """When the call word's subject is "they" and every name of the sentence hangs on a second call word ("They
        spoke on July 3, the same day as A's conversation with B"): that call word, its two named sides and its day
        counted from theirs when the sentence tells it ("the same day": 0, "a day after": -1)."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        ordered = self._mention_keys(sentence)
        if subject is None or subject.lower_ != "they" or len({k for _, k in ordered}) != 2:
            return None
        names = [self.doc[i] for p, _ in ordered if (i := token_at(self.doc, p)) is not None]
        others = {a for n in names for a in n.ancestors if a.i != trigger.i and a.lower_ in CALL_NOUNS}
        if len(others) != 1:
            return None
        other = next(iter(others))
        if not all(other in n.ancestors for n in names) or self._in_subtree(trigger, other):
            return None
        days_apart: int | None = None
        if other.dep_ == "pobj" and other.head.lower_ == "as" \
                and any(t.lower_ == "same" and t.head.lower_ == "day" for t in other.head.head.subtree):
            days_apart = 0
        elif other.dep_ == "pobj" and other.head.lower_ in {"after", "before"}:
            count = _days_apart(other.head)
            if count is not None:  # "a day after A's call with B": A and B spoke the day before
                days_apart = -count if other.head.lower_ == "after" else count
        return other, {k for _, k in ordered}, days_apart

    def _named_just_before(self, sentence: SpacySpan, position: int) -> bool:
        """A name ends right before the description, set off by a comma ("Robert O'Brien, his American counterpart")."""
        for m in self.people.in_sentence(sentence_index(self.doc, sentence)):
            end = self.doc[m.end - 1].idx + len(self.doc[m.end - 1].text)
            if end <= position and re.fullmatch(r"\s*,\s*", doc_text(self.doc)[end:position]):
                return True
        return False

    def _owner(self, keys: set[str], sentence: SpacySpan, position: int, country: str | None) -> set[str]:
        """Whose counterpart: the nearest official named before the phrase (of another country than the
        counterpart's), else the quoted speaker, else everyone named."""
        index = sentence_index(self.doc, sentence)
        before = [m for m in self.people.in_sentence(index) if self.doc[m.start].idx < position
                  and (country is None or self.people.officials[m.key].country != country)]
        taking_part = [m for m in before if m.key in keys]  # (not "X, adviser to President Y, ... his counterpart")
        if taking_part or before:
            return {max(taking_part or before, key=lambda m: m.start).key}
        return self.speakers(sentence) or keys

    def speakers(self, sentence: SpacySpan) -> set[str]:
        index = sentence_index(self.doc, sentence)
        return {m.key for m in self.people.mentions if m.sentence == index and m.speaker and m.key in self.people.officials}

    def _speaker_of_quote(self, index: int) -> set[str]:
        """'"Yesterday I had a phone conversation with X. I told him ...," Kristersson stressed': the one a quote
        that opens in this sentence is attributed to when it closes, later in the same paragraph; or the one a quote
        this sentence goes on was opened by, earlier in the paragraph."""
        all_sentences = sentences(self.doc)
        text = doc_text(self.doc)
        for earlier in range(index - 1, max(-1, index - QUOTE_REACH), -1):  # 'X said in a statement: "I talked with
            told = text[all_sentences[earlier].start_char:all_sentences[index].start_char]  # A ... . I also had a
            if "\n\n" in told:                                                                # conversation with B"'
                break
            if told.count("\"") % 2 == 1 or told.count("“") > told.count("”"):
                speakers = self.speakers(all_sentences[earlier])
                if len(speakers) == 1:
                    return speakers
        if not text[all_sentences[index].start_char:all_sentences[index].end_char].lstrip().startswith(("\"", "“")):
            return set()
        for later in range(index + 1, min(len(all_sentences), index + QUOTE_REACH)):
            between = text[all_sentences[index].end_char:all_sentences[later].start_char]
            if "\n\n" in between:
                break
            speakers = self.speakers(all_sentences[later])
            if len(speakers) == 1:
                return speakers
        return set()

    # -- the sentence ---------------------------------------------------------------------------------------
    def run(self) -> list[Call]:
        all_sentences = sentences(self.doc)
        listed_until = -1
        unnamed: tuple[CallMention, int, re.Match] | None = None  # "A number of leaders telephoned X": who they were
        for index, sentence in enumerate(all_sentences):
            if sentence.start_char < listed_until or not in_body(sentence, self.body):
                continue
            told = len(self.mentions)
            self.sentence(sentence, index)
            text = span_text(sentence).strip()
            if unnamed is not None and index - unnamed[1] <= 2 and LISTED_CALLERS.match(text) \
                    and not any(unnamed[0].participants <= m.participants for m in self.mentions[told:]):
                own = self.mentions[told:]  # ("Those who called him were A, B and C": not calls among them)
                del self.mentions[told:]
                if self._listed_callers(sentence, index, *unnamed[::2]):
                    unnamed = None
                else:
                    self.mentions.extend(own)
            if len(self.mentions) == told and THOSE_WHO_SPOKE.search(text):
                self._speakers_of_the_call(sentence, index)
            if self.rounds_of_countries and len(self.mentions) == told:
                self._call_of_the_round(sentence, index)
            if len(self.mentions) > told and all(len(m.participants) == 1 for m in self.mentions[told:]) \
                    and WITH_LEADERS_OF.search(text):
                self._note_round(sentence, index, self.mentions[told:])
            alone = [m for m in self.mentions[told:] if len(m.participants) == 1 and not m.earlier]
            group = UNNAMED_GROUP.search(text)
            if alone and group:
                unnamed = (alone[0], index, group)
            reached = next((m for m in self.mentions[told:] if m.callee), None)
            group = FROM_LEADERS.search(text) if reached is not None else None
            if group is not None:  # "Further calls reached the King from Arab leaders, among them A and B. Among the
                host = CallMention(participants={reached.callee}, date=reached.date, callee=reached.callee,  # others
                                   month_day=reached.month_day, spans=list(reached.spans), start=reached.start)
                unnamed = (host, index, group)  # were C and D": the King's calls with C and D, each placed by them
            if text.endswith(":") and TIMELINE_INTRO.search(text) and len(self.last_pair) == 2:
                intro = len(self.mentions) - told
                listed_until = self._dated_lines(sentence)
                if len(self.mentions) > told + intro:  # the calls the lines list, not one more the intro tells of
                    del self.mentions[told:told + intro]
        calls = self.merge()
        taking_part = {k for c in calls for k in c.participants}
        for key in self.inferred - taking_part:  # inferred for a mention that turned out to be no call
            del self.people.officials[key]
        return calls

    def _note_round(self, sentence: SpacySpan, index: int, told: list[CallMention]) -> None:
        """"In separate calls on Thursday, X spoke with his opposite numbers from A, B and C": X's round of calls
        that day, with one official of each country."""
        hosts = {k for m in told for k in m.participants}
        text = span_text(sentence)
        countries = {code for t in sentence if t.text[:1].isupper() and (code := country_code(t.text))}
        countries |= {code for pair in re.findall(r"\b[A-Z]\w+\s+[A-Z]\w+(?:\s+[A-Z]\w+)?", text)
                      if (code := country_code(pair))}  # "Sri Lanka", "the United Arab Emirates"
        host_country = (o.country if (o := self.official(next(iter(hosts)))) is not None else None) if hosts else None
        countries.discard(host_country)
        days = {m.date for m in told if m.date}
        if len(hosts) == 1 and len(countries) >= 2 and len(days) <= 1:
            host, day = next(iter(hosts)), days.pop() if days else None
            self.rounds_of_countries.append((host, countries, day, index))
            if day is not None:
                self.hub_days.append((host, day))

    def _call_of_the_round(self, sentence: SpacySpan, index: int) -> None:
        """"When he spoke with A, Bangladesh's foreign minister, ...", after X's round of calls with the ministers of
        Bangladesh and others: X's call with A, one of that round."""
        text = span_text(sentence)
        if not ROUND_EXCHANGE.search(text):
            return
        for m in self.people.in_sentence(index):
            official = self.official(m.key) if m.key in self.people.officials else None
            of_round = [r for r in self.rounds_of_countries if official is not None and official.country in r[1]]
            if len(of_round) != 1:
                continue  # (a minister of a country two rounds take in: which round is not told)
            host, _, day, _ = of_round[0]
            taken = {k for c in self.mentions if host in c.participants for k in c.participants}
            if m.key == host or m.key in taken:
                continue
            word = self.doc[self._name_root(m.start)]
            if word.dep_ == "pobj" and word.head.lower_ == "with" and ROUND_EXCHANGE.search(word.head.head.text + " with"):
                self.mentions.append(CallMention(participants={host, m.key}, date=day, spans=[_sentence_span(sentence)],
                                                 start=self.doc[m.start].idx, of_a_round=True))

    def _all_with_unnamed_others(self, trigger: Token, keys: set[str]) -> bool:
        """Everyone named is the subject of a verb whose call is "with" people the sentence counts but does not name."""
        verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "dobj" else None
        if verb is None:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        others = [o for c in [*verb.children, *trigger.children] if c.dep_ == "prep" and c.lower_ == "with"
                  for o in c.children if o.dep_ == "pobj"]
        if subject is None or len(others) != 1 or others[0].pos_ != "NOUN" or is_title_word(others[0].text) \
                or not any(c.dep_ in {"nummod", "amod", "det"} and (c.pos_ == "NUM" or c.lower_ in COUNTED)
                           for c in others[0].children):
            return False
        inside = {t.i for t in subject.subtree}
        named = {m.key for m in self.people.in_sentence(sentence_index(self.doc, trigger.sent))
                 if m.key in keys and m.start in inside}
        return named == keys

    def _speakers_of_the_call(self, sentence: SpacySpan, index: int) -> None:
        """"Those who have spoken include A; B; and C", after a video call of many told with no one on it: they are."""
        starts = [s.start_char for s in sentences(self.doc)[max(0, index - SPEAKERS_REACH):index]]
        told = [m for m in self.mentions if not m.participants and not m.earlier and m.spans and starts
                and m.spans[0].start >= starts[0]]
        named = list(dict.fromkeys(m.key for m in self.people.in_sentence(index) if m.key in self.people.officials))
        if told and len(named) >= 3:
            told[0].participants = set(named)
            told[0].group_told = True
            told[0].spans.append(_sentence_span(sentence))

    def _host_of_the_calls_so_far(self, besides: set[str]) -> str | None:
        """The one official on every call told so far (at least two calls), or on the only one the one named most."""
        told = [m.participants for m in self.mentions if len(m.participants) >= 2 and not m.earlier]
        if not told:
            return None
        common = set.intersection(*told) - besides
        if len(told) >= 2:
            return next(iter(common)) if len(common) == 1 else None
        named = Counter(m.key for m in self.people.mentions if m.key in common)
        ranked = named.most_common(2)
        return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def _listed_callers(self, sentence: SpacySpan, index: int, told: CallMention, group: re.Match) -> bool:
        """"Those who offered their condolences to X were A; B; and C", after "a number of leaders telephoned X":
        a call of each with X (who placed it, as the sentence with the group tells)."""
        host = next(iter(told.participants))
        listed = list(dict.fromkeys(m.key for m in self.people.in_sentence(index)
                                    if m.key in self.people.officials and m.key != host))
        if len(listed) < 2:
            return False
        told_text = told.spans[0].text if told.spans else ""
        called = CALLER.search(told_text[group.end():]) is not None or CALL_FROM.search(told_text) is not None \
            or told.callee is not None
        span = _sentence_span(sentence)
        if told in self.mentions:
            self.mentions.remove(told)
        for key in listed:
            self.mentions.append(CallMention(participants={host, key}, date=told.date, month_day=told.month_day,
                                             initiator=key if called else None, mode=told.mode,
                                             spans=[*told.spans, span], start=told.start, of_a_round=True))
        return True

    def sentence(self, sentence: SpacySpan, index: int) -> None:
        text = span_text(sentence)
        told_in_call = THAT_CAME_IN_A_CALL.match(text.lstrip()) or ALSO_IN_THE_CALL.match(text.lstrip())
        day_before = self.dated_sentence if self.dated_sentence and self.dated_sentence[0] == index - 1 else None
        previous_day = day_before if day_before and day_before[2] else None
        if ALSO_IN_THE_CALL.match(text.lstrip()) and not previous_day:
            statement = day_before or (self.dated_statement if self.dated_statement and self.dated_statement[0] == index - 1
                                       else None)
            previous_day = (statement[0], statement[1], True) if statement else None
        self.dated_sentence = None
        if not CALL_WORDS.search(text) and not PAIR_WORDS.search(text) and not IN_PERSON.search(text) \
                and not (CONTACTED.search(text) and self.remote_medium) and not THANKED_FOR_THE_CALL.search(text) \
                and not (TOOK_THE_INITIATIVE.search(text) and SIDE_INITIATED.search(text)):
            found = [d for d in find_dates(text, self.anchor) if d.date and not (self.anchor and d.date > self.anchor)]
            days = {d.date for d in found}
            opening = next((d for d in found if not text[:d.start].strip(" \t\n\"'“(")), None)
            self.opening_day = (index, opening.date) if opening is not None else None
            if len(days) == 1:  # "On Monday the minister wrote to parliament": "earlier that day" of a call after it;
                self.dated_sentence = (index, days.pop(), bool(TOLD_THING.search(text)))  # "On Monday X promised a
                # new deal": the day of the call "the promise came in"
            so_did = SO_DID.match(text)
            told = [m for m in self.mentions if m.spans and len(m.participants) == 1 and not m.earlier
                    and sentences(self.doc)[index - 1].start_char <= m.spans[0].start < sentence.start_char] \
                if so_did and index else []
            if told:  # "The leaders of A, B and C also spoke with Obama. So did X": X spoke with him too
                hub = next(iter(told[-1].participants))
                for key in {k for _, k in self._mention_keys(sentence)} - {hub}:
                    self.mentions.append(CallMention(participants={hub, key}, date=told[-1].date, spans=[_sentence_span(sentence)],
                                                     start=sentence.start_char, mode=told[-1].mode))
                return
            if TALKING.search(text) or BRIEFED.search(text) or WITH_LEADERS_OF.search(text):
                ordered = self.participants(sentence, index)[1]
                self._note_pair_day(sentence, ordered,
                                    find_dates(text, self.anchor, dateline_end(doc_text(self.doc), sentence.start_char)))
                pair = self._talking_subjects(ordered) or self._briefing_pair(ordered)
                if len(pair) == 2:  # "President A assured Prime Minister B that ...": the pair "the two men" refers to
                    self.last_pair = set(pair)
                    told_days = {d.date for d in find_dates(text, self.anchor, dateline_end(doc_text(self.doc),
                                                                                            sentence.start_char)) if d.date}
                    self.told_pairs.append((sentence.start_char, frozenset(pair),
                                            told_days.pop() if len(told_days) == 1 else None,
                                            Span(sentence.start_char, sentence.end_char, text)))
                    group = self._unnamed_group_call(index - 1) if self._talking_subjects(ordered) else None
                    if group is not None:  # "A's and B's chief negotiators held phone talks on Friday. X took up the
                        self.mentions.append(CallMention(  # matter with Y, his counterpart": X and Y held them
                            participants=set(pair), spans=[_sentence_span(sentence)], start=sentence.start_char,
                            mode=group.mode))
            return  # (a meeting sets the pair that "the two had last spoken ..." refers to)
        if SAT_IN_WITH.search(text) and THE_CALL.search(text):
            return  # "Sitting with X in his office during the call were A, B and C": X's aides, at his side
        dates = find_dates(text, self.anchor, dateline_end(doc_text(self.doc), sentence.start_char))
        days = {d.date for d in dates if d.date}
        keys, ordered = self.participants(sentence, index, days.pop() if len(days) == 1 else None)
        if len(keys) == 1 and THE_TWO_SPOKE.search(text):
            tellers = [(self.doc[m.start].idx, m.key) for m in self.people.in_sentence(index)
                       if m.speaker and m.key in self.people.officials and m.key not in keys]
            if len({k for _, k in tellers}) == 1:  # "A said B praised him when the two spoke on the phone": A and B
                keys, ordered = keys | {tellers[0][1]}, sorted(ordered + tellers[:1])
        two = THE_TWO.search(text)
        first_named = min((p for p, _ in ordered), default=10**9) - sentence.start_char
        pair_for_earlier = set(self.last_pair) if two and two.start() < first_named and len(self.last_pair) >= 2 else None
        earlier_pair = pair_for_earlier or (set(self.last_pair) if THEIR_OWN.match(text) and len(self.last_pair) >= 2
                                            else None)  # ("Their previous contact came on October 2, after A replaced B":
        # the pair told before, not A and B)
        span = _sentence_span(sentence)

        # earlier calls the sentence refers back to
        used_dates = set()
        first_new = len(self.mentions)
        earlier_regions: list[tuple[int, int]] = []
        for expr in dates:
            before = text[:expr.start]
            if re.match(r"(?:on|in)\s", text[expr.start:expr.end], re.IGNORECASE):
                before += text[expr.start:expr.start + 3]  # the weekday match took its "on"
            since = SINCE.search(before)
            last_on = EARLIER_ON.search(before)
            if not (since or last_on):
                continue
            if since and re.match(r"\s*,?\s*when\b(?!\s+(?:they|the\s+two|both)\b)", text[expr.end:]):
                continue  # "the first between the two since Wednesday, when Washington announced sanctions": no call
                # then ("since Oct. 2, when they discussed ...": their call that day)
            if since and not (FIRST_SINCE.search(before) or NOT_SPOKEN.search(before) or re.search(r"\blast\b", before)):
                continue
            if since and EVENT_SINCE.search(before[since.end():]) or last_on and re.search(
                    r"\bsince\b", before[last_on.start():]) and EVENT_SINCE.search(before[last_on.start():]):
                continue  # "her first conversation ... since she took office on September 12": since an event, no call
            pair = earlier_pair or (keys if len(keys) >= 2 else self._pair_of(keys) or set(self.last_pair))
            named_pair = self._between_pair(sentence)
            if named_pair and len(pair) > 2 and named_pair <= pair:
                pair = named_pair  # "The previous contact between A and B came on October 2, after A succeeded C"
            if len(pair) >= 2 and (expr.date or expr.month_day):
                parts = None if _group_call(text) else _hub_pairs(pair, ordered)
                for part in parts or [set(pair)]:
                    self.mentions.append(CallMention(participants=part, date=expr.date, month_day=expr.month_day,
                                                     earlier=True, spans=[span], start=sentence.start_char + expr.start))
                used_dates.add(expr)
                if last_on:
                    earlier_regions.append((last_on.start(), expr.start + 1))
        first_came = THE_FIRST_CAME.match(text)
        if first_came and not used_dates and len(self.last_pair) == 2:
            pair = set(self.last_pair) if keys <= self.last_pair else set()
            if pair:  # "It was their second call. The first came in January, when A phoned B": an earlier call
                trigger = self._trigger(sentence)
                self.mentions.append(CallMention(participants=pair, earlier=True, spans=[span],
                                                 start=sentence.start_char + first_came.start(),
                                                 initiator=self.initiator(sentence, pair, trigger) if trigger else None))
                return
        undated = EARLIER_UNDATED.search(text)
        if undated and undated.group("since") and EVENT_SINCE.search(text[undated.start("since"):]):
            undated = None  # "the first since she assumed office on September 12": since an event, no call
        if undated and not used_dates:  # "The last time A and B spoke was in December 2022", "the first call since May"
            pair = earlier_pair or (keys if len(keys) >= 2 else self._pair_of(keys) or set(self.last_pair))
            part = "earlier" if undated.group("earlier") else "since"
            if len(pair) >= 2:
                self.mentions.append(CallMention(participants=set(pair), earlier=True, spans=[span],
                                                 start=sentence.start_char + undated.start(part)))
                earlier_regions.append((undated.start(part), undated.end(part)))
        second = SECOND.search(text)
        if second and second.group(1).lower() == "another" and not keys and len(self.last_pair) == 2:
            another = self._another_call_of_the_pair(sentence, second, dates, span)
            if another is not None:  # "Before that, on Saturday, there had been another phone conversation"
                self.mentions.append(another)
                return
        told_pair = [m for m in self.mentions if m.participants == keys]
        if second and second.group(1).lower() == "another" and (not told_pair or any(m.of_a_round for m in told_pair)):
            second = None  # "In separate calls, X spoke with A, B and C ... On another call, X and C ...": C's call;
            # "X held yet another call, this time with C": another of X's calls, not a second one of a pair
        if second and len(keys) >= 2:
            self.mentions.append(CallMention(participants=self._ordinal_pair(keys, ordered, text, sentence.start_char
                                                                             + second.start()), earlier=True,
                                             spans=[span], start=sentence.start_char + second.start() + 1))

        trigger = self._trigger(sentence)
        previous_pair = set(self.last_pair)  # "the two" before any name points back to the pair named before
        pair_keys = list(dict.fromkeys(k for _, k in ordered))
        if len(pair_keys) >= 2 and (PAIR_WORDS.search(text) or IN_PERSON.search(text)):
            self.last_pair = set(pair_keys[-2:])
            if len(pair_keys) >= 3 and self._coordinated(ordered[-2][0], ordered[-1][0]):
                self.last_pair = {pair_keys[0], pair_keys[-1]}  # "X spoke with A, B and C": never A and B's pair
        talking = self._talking_subjects(ordered)
        if len(talking) == 2:  # "A and B agreed to arrange a visit by C": the pair is A and B
            self.last_pair = talking
        if trigger is None:
            self._note_pair_day(sentence, ordered, dates)
            told_days = {d.date for d in dates if d.date}
            if len(told_days) == 1:  # ("After the summit, X on Thursday reaffirmed ...": the day of a call told next
                self.dated_statement = (index, told_days.pop())  # as "In a call with Y, X also asked ...")
            owned_day = next((d for d in dates if d.date and DAYS_CALL.match(text[d.end:])), None)
            if owned_day is not None and len(self.last_pair) == 2 and set(pair_keys) <= self.last_pair:
                self.mentions.append(CallMention(participants=set(self.last_pair), date=owned_day.date, spans=[span],
                                                 start=sentence.start_char + owned_day.start))
                # "The two leaders have offered starkly different accounts of Wednesday's call": the pair's, that day
            request = REQUESTED_A_CALL.search(text)
            if request is not None and len(talking) < 2 and len(pair_keys) == 2:
                requester = next((k for p, k in ordered if sentence.start_char + request.start(1) <= p
                                  < sentence.start_char + request.end(1)), None)
                if requester is not None:
                    self.requested = (index, requester, set(pair_keys))
            caller = self._cleft_caller(sentence, set(self.last_pair)) if CLEFT_CALLER.search(text) else None
            side = SIDE_INITIATED.search(text) if caller is None and (CALL_WORDS.search(text)
                                                                      or TOOK_THE_INITIATIVE.search(text)) else None
            if side is not None:  # "X said the US side had asked for the conversation"
                caller = self._side(country_code(side.group(1) or side.group(2)), set(self.last_pair))
            asked = ASKED_FOR_THE_CALL.search(text) if caller is None else None
            if asked is not None:  # "The spokesperson said Austin had asked for the phone call": the call told before
                caller = next((k for p, k in self._mention_keys(sentence) if k in self.last_pair
                               and sentence.start_char + asked.start(1) <= p < sentence.start_char + asked.end(1)), None)
            thanked = THANKED_FOR_THE_CALL.search(text) if caller is None else None
            if thanked is not None:  # "Cook said Isik thanked Carter for calling": Carter called, on the call told before
                caller = next((k for p, k in self._mention_keys(sentence) if k in self.last_pair
                               and sentence.start_char + thanked.start(1) <= p < sentence.start_char + thanked.end(1)), None)
            if caller is not None:  # "Sources said it was the Turkish minister who made the contact": who called
                self.mentions.append(CallMention(participants={caller}, initiator=caller, spans=[span],
                                                 start=sentence.start_char))
            elif len(talking) >= 2 and (group := self._unnamed_group_call(index - 1)) is not None:
                self.mentions.append(CallMention(participants=set(talking), spans=[span], start=sentence.start_char,
                                                 mode=group.mode))
                # "The army chiefs of A, B and C held a video conference on Tuesday. X, Y and Z talked about ...":
                # those talking are the ones on it
            return
        self.clause_spans = []  # clauses of this sentence that told calls of their own
        self.mentions += self._calls_of_a_past_clause(sentence, trigger, dates, span)
        # "The two had last spoken by video call on Aug. 30": the earlier call only, recorded above
        earlier_only = any(a <= trigger.idx - sentence.start_char < b for a, b in earlier_regions)
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        if noun.dep_ == "pobj" and noun.head.lower_ in {"by", "via", "through"} \
                and noun.head.head.lemma_.lower() in {"join", "participate", "attend", "appear", "take"} \
                and not any(len(m.participants) >= 2 and not m.earlier for m in self.mentions) \
                and ON_SITE.search(text[:noun.idx - sentence.start_char]):
            return  # "Also present were A and B, while C joined by video teleconference": one who joined a meeting
        if _in_person(sentence) and _met_in_person(trigger) and not re.search(r"phone|telephon|video|call|virtual|online", text, re.IGNORECASE):
            return
        if ON_THE_SCHEDULE.search(text) and trigger.pos_ == "NOUN" and not any(
                t.tag_ in {"VBD", "VBN"} and t.lemma_.lower() not in REPORTING_VERBS | {"confirm", "tell", "announce"}
                for t in sentence):
            return  # "Five phone conversations are on Putin's schedule for today, among them talks with A and B": planned
        if trigger.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in trigger.children):
            return  # "Ever since the attack of October 7, A and B spoke frequently": many calls, none told
        if PHOTO_CAPTION.search(text) or re.search(r"\bthe\s+visiting\b", text, re.IGNORECASE):
            return  # "President Yoon (R) talks with the visiting Saudi Crown Prince": a photo of them together
        keys = set(keys)
        segment = _paragraph_of(sentence, trigger.idx)
        if segment is not None:  # "... provided the following readout:\n\nX spoke with Y": one paragraph is one sentence
            ordered = [(p, k) for p, k in ordered if segment[0] <= p < segment[1]]
            keys = {k for _, k in ordered}
        clause = _own_clause(sentence, trigger)
        if clause is not None:  # "X let Y know about the coming conversation with Z; X had phoned Y on Monday": Y's call
            inside = [(p, k) for p, k in ordered if clause[0] <= p < clause[1]]
            if len({k for _, k in inside}) >= 2:
                ordered, keys = inside, {k for _, k in inside}
        if _sequenced(trigger):
            keys, ordered = set(), []
        named_here = ordered
        ordered = [(p, k) for p, k in ordered if not self._in_other_event(p, trigger)]
        doers = _clause_subject(trigger)
        if not ordered and doers is not None and doers.lower_ in {"two", "both", "pair"} \
                and len({k for _, k in named_here}) == 2:
            ordered = named_here  # "a promise given by A to B when the two spoke by phone in April": A and B
        ordered = self._within_relative_clause(trigger, ordered)
        keys = {k for _, k in ordered} if ordered or keys else keys
        if _self_reported(trigger):
            speakers = self.speakers(sentence) or self._speaker_of_quote(index)
            keys |= speakers
            reporter = _reporting_subject(trigger)
            if not speakers and reporter is not None and len(keys) == 1:
                keys |= self._titled_subject(reporter, keys)
        keys |= self._subjects_of(_setting_verb(trigger), sentence)
        clause = _speaking_clause(trigger)
        if clause is not None:  # "Speaking by phone with A, B said ... to C": A and B; C is in B's own clause
            subjects = self._subjects_of(clause.head, sentence)
            told_to = {t.i for c in clause.head.children if c.i != clause.i and c.dep_ not in {"nsubj", "nsubjpass"}
                       and not (c.dep_ == "prep" and c.lower_ == "with") for t in c.subtree}
            ordered = [(p, k) for p, k in ordered if token_at(self.doc, p) not in told_to or k in subjects]
            keys = {k for _, k in ordered} | subjects
        titled_doer = _clause_subject(trigger)
        if len(keys) == 1 or len(keys) >= 2 and all(p > trigger.idx for p, _ in ordered) or (
                titled_doer is not None and is_title_word(titled_doer.text) and self._key_at(titled_doer) is None
                and titled_doer.pos_ != "PRON" and len(keys) >= 2):  # ("Besides A, the President also spoke with B; C")
            subject = titled_doer or next(  # "the PM's call with A, B and C"
                (c for c in trigger.children if c.dep_ == "poss" and is_title_word(c.text)), None)
            titled = self._titled_subject(subject, keys)  # "The Prime Minister held a call with A, B and C"
            keys |= titled
            if subject is not None and len(titled) == 1:
                self.titled_at[subject.i] = next(iter(titled))
            ordered = [(subject.idx, k) for k in titled] + ordered if len(keys) > 2 else ordered
        they = self._they(_clause_subject(trigger), index, sentence)
        if they:  # "A and B met in November, and they also talked by phone in December": A and B only
            keys, ordered = set(they), [(p, k) for p, k in ordered if k in they]
        doer = _doer(trigger)
        quoted = doer is not None and in_quotes(doer) and (reporter := _reporting_subject(doer)) is not None \
            and self._key_at(reporter) is not None  # '"He also held a call with X," Ushakov said': not Ushakov
        antecedent = self._antecedent(doer, index, ordered, trigger.idx, quoted) \
            or (self._key_at(doer) if doer is not None else None)
        if antecedent is None:  # "she and Y rang Z together" (the parser may take "she" for another noun's subject)
            joined = next((t for t in sentence if t.i < trigger.i and t.lower_ in THIRD_PERSON and any(
                c.dep_ == "conj" and self._key_at(c) in keys for c in t.children)), None)
            antecedent = self._antecedent(joined, index, ordered, trigger.idx, quoted) if joined is not None else None
            doer = joined if antecedent is not None else doer
        if antecedent is None and doer is not None and doer.lower_ in THIRD_PERSON and not quoted \
                and (reporter := _reporting_subject(doer)) is not None:
            antecedent = self._key_at(reporter)  # "X said ... in calls he made with A and B": X made them
        if antecedent is not None and antecedent not in keys:
            keys.add(antecedent)
            ordered = [(doer.idx, antecedent)] + ordered
        called = next((c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in {"him", "her"}), None)
        if called is not None and len(keys) == 1:  # "Hours after Trump's win, Modi phoned him": whom "him" names
            other = self._object_antecedent(called, index, keys)
            if other is not None:
                keys.add(other)
                ordered = sorted(ordered + [(called.idx, other)])
        if len(keys) < 2:  # "Russia's and Turkey's foreign ministers held a telephone conversation": the two named after
            for position, key in self._plural_post_parties(trigger, keys, dates):
                if key not in keys:
                    keys.add(key)
                    ordered = sorted(ordered + [(position, key)])
        described_parties: set[str] = set()
        described_apart: set[str] = set()  # "In two separate calls, X told the president of A ... and told the prime
        apart = bool(SEPARATE.search(text))  # minister of B": a described party past the call word's own, one call each
        while len(keys) < 2 or apart and described_parties and len(keys) < MAX_SEPARATE_DESCRIBED:
            anywhere = len(keys) >= 2  # ("A held a conversation with China's minister of national defense": who that
            described = self._described_party(trigger, keys, sentence, dates, anywhere)  # is; both sides, in turn)
            if described is None or described[1] in keys:
                break
            keys.add(described[1])
            ordered = sorted(ordered + [described])
            described_parties.add(described[1])
            if anywhere:
                described_apart.add(described[1])
        if len(keys) >= 2 and self._all_callers_from(ordered):
            described = self._described_party(trigger, keys, sentence, dates)
            if described is not None and described[1] not in keys:  # "Calls came to the UAE president from A; from B;
                keys.add(described[1])                               # and from C": the one they came to
                ordered = sorted(ordered + [described])
        if len(keys) == 1 and keys <= described_parties and (titled := self._titled_subject(_clause_subject(trigger), keys)):
            keys |= titled  # "The prime minister did talk with the president by phone": both told by their posts
            ordered = sorted(ordered + [(trigger.idx, next(iter(titled)))])
        ordered = [(p, k) for p, k in ordered if k in keys] + [(trigger.idx, k) for k in keys - {k for _, k in ordered}]
        if len(keys) >= 2 and self._unknown_caller(trigger) and all(p > trigger.idx for p, _ in ordered):
            return  # "Trump spoke with A and later with B", Trump no official here: A and B did not speak together
        briefed = self._briefed(trigger)
        if briefed and len(keys - briefed) >= 2:  # "Xi briefed Putin on his conversation with Trump": Xi and Trump
            keys, ordered = keys - briefed, [(p, k) for p, k in ordered if k not in briefed]
        if trigger.lower_ in TALKED and trigger.pos_ == "VERB" and len(keys) >= 2 and keys <= self.met_in_person \
                and not REMOTE_MEDIUM.search(text) and not (self.remote_medium and self._told_remotely(keys)):
            return  # an article about their meeting or visit that never mentions a phone or a call: they talked there
        if self._each_on_a_call_of_its_own(ordered, keys):
            return  # "The exchange with A had centred on tariffs; the talk with B dwelt on the war": two calls told again
        keys = self._between(sentence, ordered, keys)
        named_between = next((t.head for t in sentence if t.lower_ == "between" and t.head.i not in {trigger.i, trigger.head.i}
                              and (_is_call_word(t.head.text) or t.head.lemma_.lower() in CALL_NOUNS)
                              and keys and all(any(self._key_at(n) == k for n in t.subtree) for k in keys)), None)
        if named_between is not None:  # "the call took place today and followed on from the conversation between A
            trigger = named_between    # and B on Monday": A and B's call is the conversation, of its own day
        voices = {k for k in keys if self._only_a_voice(k)}  # "Spicer said the President had held calls with ..."
        if voices:
            keys, ordered = keys - voices, [(p, k) for p, k in ordered if k not in voices]
        owned = self._owner_of_plural_calls(trigger, keys, ordered, index)
        if owned is False:
            return  # "his conversations with A and B", his unknown: not a call of A with B
        if owned:  # "Prime Minister Rutte's statement after his conversations with A and B": his, one with each
            keys.add(owned)
            ordered = [(trigger.idx, owned)] + ordered
        chair = self._chair_before(index) if _participants_were(trigger) else None
        if chair is not None and chair not in keys:  # "X chaired a session ... Taking part were A; B; C": X too
            keys.add(chair)
            ordered = [(trigger.idx, chair)] + ordered
        if len(keys) >= 2 and SEPARATE.search(text):  # "In separate calls, the Crown Prince rang A; B; and C": his
            titled = self._titled_subject(_clause_subject(trigger), keys)
            if len(titled) == 1:
                keys |= titled
                ordered = [(trigger.idx, next(iter(titled)))] + ordered
        callee = self._called_before() if len(keys) == 1 and AMONG_CALLERS.search(text) else None
        if callee is not None and callee not in keys:  # "Also among those who called was King X": he called the one
            keys.add(callee)                            # the calls told before went to
            ordered = [(trigger.idx, callee)] + ordered
        host = self._host_of_a_round(trigger, ordered, keys, text, sentence.start_char)
        if host is not None:  # "Those conversations came after calls on Monday with A; with B; ...": the host's calls
            keys.add(host)
            ordered = [(trigger.idx, host)] + ordered
        if len(previous_pair) == 2 and keys & previous_pair and keys != previous_pair and _their_call(trigger) \
                and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in trigger.children):
            keys = set(previous_pair)  # "Their latest call coincides with friction between A and C": the pair's call
        call_before = next((set(m.participants) for m in reversed(self.mentions) if len(m.participants) == 2 and not m.earlier), set())
        if len(keys & call_before) == 1 and _the_call_told(trigger) \
                and not any(_is_call_word(t.text) for t in sentence if t.i != trigger.i and t.head.i != trigger.i) \
                and not {k for p, k in ordered if token_at(self.doc, p) in _participant_tokens(trigger)} - call_before:
            keys = call_before  # "A also used the talks to ask for support for C": the call told before
        governments = {k for p, k in ordered if self._names_a_government(p)}  # "the Biden administration"
        if len(keys - governments) == 4 and keys & governments and RESPECTIVELY.search(text) \
                and self._respective_pairs(keys - governments, ordered):
            keys, ordered = keys - governments, [(p, k) for p, k in ordered if k not in governments]
        noun = trigger.head if trigger.dep_ == "compound" and _is_call_word(trigger.head.text) else trigger
        about_a_call = noun.dep_ == "pobj" and noun.head.lower_ in {"about", "on"} \
            and noun.head.head.lemma_.lower() in DOCUMENT_NOUNS
        talking = self._talking_clause_outside(sentence, noun) if noun.dep_ == "pobj" and noun.head.lower_ in {
            "about", "on", "of"} and noun.head.head.lemma_.lower() in DOCUMENT_NOUNS else None
        if talking is not None:  # "According to a statement about the call, A talked with B": that clause tells it
            trigger = talking
        elif about_a_call:  # "A, with B, put out a statement about the
            ordered = [(p, k) for p, k in ordered if (at := token_at(self.doc, p)) is not None  # X-Y conversation":
                       and self._in_subtree(self.doc[at], noun)]                               # A and B told of it
            keys = {k for _, k in ordered}
        their_call = False
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) and keys and all(
                (at := token_at(self.doc, p)) is not None and self._in_subtree(self.doc[at], noun) for p, _ in ordered):
            told = next((m for m in reversed(self.mentions) if len(m.participants) >= 2 and not m.earlier
                         and m.spans and m.spans[0].start >= all_sentences_start(self.doc, index - THEIR_REACH)), None)
            if told is not None:  # "A and B held talks with their opposite numbers in Kyiv. Their call with C and D
                extra = told.participants - keys                     # took place ...": A and B's call with C and D
                keys |= extra
                their_call = True
                ordered = sorted(ordered + [(noun.idx, k) for k in extra])
        their_own = THEIR_OWN_CALL_APART.search(text)
        if their_own is not None and len(keys) >= 3:  # "A spoke with B on Thursday, a day after B and C had held
            base = sentence.start_char                # their own phone conversation": B and C's call, a day before
            own = {k for p, k in ordered if base + their_own.start("clause") <= p < base + their_own.end("clause")}
            told_before = {k for p, k in ordered if p < base + their_own.start()}
            if len(own) == 2 and len(told_before) >= 2 and own - told_before:
                count = NUMBER_WORDS.get(their_own.group("count").lower()) or int(their_own.group("count"))
                shift = dt.timedelta(days=count if their_own.group("relation").lower() == "after" else -count)
                days = {d.date for d in dates if d.date and d.start < their_own.start()}
                self.mentions.append(CallMention(participants=set(own), earlier=True, spans=[span],
                                                 start=base + their_own.start("clause"),
                                                 date=days.pop() - shift if len(days) == 1 else None))
                keys = keys - (own - told_before)
                ordered = [(p, k) for p, k in ordered if k in keys]
        keys, ordered = self._owners_calls_apart(text, sentence, keys, ordered, dates, span)
        if len(keys) >= 3 and not _group_call(text) \
                and not (len(keys) == 4 and RESPECTIVELY.search(text) and self._respective_pairs(keys, ordered)):
            keys = self._linked_to_trigger(trigger, ordered, keys) | described_apart  # (not "A and B called their respective
            # counterparts - C and D": a pair each)
        if len(keys) >= 2 and pair_for_earlier is None and len(keys) >= 2:
            self.last_pair = set(keys) if len(keys) == 2 else self.last_pair
        elif len(keys) == 1 and pair_for_earlier is None and not CALL_BEFORE_IT.search(text) \
                and (host := self._host_of_the_calls_so_far(keys)) is not None \
                and any(keys | {host} == m.participants for m in self.mentions):
            self.last_pair = keys | {host}  # "During the US-Russia call, Austin said ...": the host's call with him
        spoken_with = THOSE_SPOKEN_WITH.search(text)
        hub = next((k for p, k in self._mention_keys(sentence) if sentence.start_char + spoken_with.start(1) <= p
                    < sentence.start_char + spoken_with.end(1)), None) if spoken_with else None
        if hub is not None:  # "those NSA Doval spoke with were A; B; and C": Doval's calls, one each
            keys.add(hub)
        agent = _passive_agent(trigger)
        holder = self._principal_titled(" ".join(t.text for t in agent.subtree), keys) \
            if agent is not None and len(keys) >= 2 else None
        titled_agent = {holder} if holder else set()
        if titled_agent:  # "Calls were also made by the prime minister to A and
            hub = next(iter(titled_agent))                      # to B": the prime minister's, one with each
            keys |= titled_agent
            ordered = [(agent.idx, hub)] + ordered
        reached = self._callee_reached(trigger, keys)
        if reached is not None:  # "further calls reached the King from Arab leaders, among them A, B and C": the
            keys.add(reached)    # King's calls, one with each of them
            hub = reached
        if len(keys) >= 2 and self._all_with_unnamed_others(trigger, keys):
            self.last_pair = previous_pair  # "A and his colleague B held talks with two newcomers to the cabinet":
            return                          # not with each other
        if not keys and CHIEFS_OF.search(text) and not THE_TWO.search(text):
            return  # "On March 12 the leaders of A, B, C and D met virtually": a meeting of others, none named here
        if not keys and len(previous_pair) == 2:
            self.last_pair = previous_pair  # "The call came after A had sat down with B": the pair is still the call's
        mention = CallMention(participants=set(keys), spans=[span], start=trigger.idx, hub=hub, callee=reached,
                              back=bool(BACK_REFERENCE.search(text)), joins=_joins(trigger) or their_call,
                              round=_a_round(trigger), unnamed_round=len(keys) == 1 and self.unnamed_round_in == index,
                              initiator=hub if titled_agent else None)
        if len(keys) < 2 and two and (two.start() < first_named or keys <= previous_pair) and len(previous_pair) >= 2 \
                and not self._other_person_before(index, sentence.start_char + two.start(), previous_pair):
            mention.participants = set(previous_pair) | (set(keys) if ALONG_WITH.search(text) else set())
        other_call = self._names_of_another_call(trigger, sentence) if len(previous_pair) == 2 else None
        if other_call is not None and keys <= other_call[1] and not keys & previous_pair - other_call[1]:
            # "They spoke on July 3, the same day as A's conversation with B": the pair told before; A and B's call
            # is one of its own, that day when it was "the same day"
            mention.participants = set(previous_pair)
        else:
            other_call = None
        if len(mention.participants) == 1 and (FURTHER_CALL_WITH.search(text) or ANOTHER_OF_THOSE_CALLED.search(text)):
            host = self._host_of_the_calls_so_far(mention.participants)
            if host is not None:  # "A further phone conversation was with X": another of the host's calls
                mention.participants.add(host)
        if len(mention.participants) == 1 and re.search(r"\b(I|we)\b", text):
            mention.participants |= set()  # the speaker's counterpart was already added by participants()
        other_dates = [d for d in dates if d not in used_dates and (d.date or d.month_day)
                       and not SINCE.search(text[:d.start]) and not REPORTED_ON.search(text[:d.start])
                       and not DAY_OF_ANOTHER_EVENT.match(text[d.start:])
                       and not self._dates_a_report_of_an_earlier_call(sentence, d)]
        # "... shortly before they met in Tokyo on Oct. 28": the date of another event
        of_other_events = [d for d in other_dates if self._dates_other_event(d, sentence, trigger)]
        other_dates = [d for d in other_dates if d not in of_other_events]
        if other_dates:
            nearest = min(other_dates, key=lambda d: abs(d.start + sentence.start_char - trigger.idx))
            mention.date, mention.month_day = nearest.date, nearest.month_day
            mention.relative_day = nearest.relative
            said_on = next((d for d in dates if d.date and d.relative and REPORTED_ON.search(text[:d.start])), None)
            if nearest.relative and said_on is not None and self.anchor and _quoted_at(text, nearest.start):
                mention.date = said_on.date + (nearest.date - self.anchor)  # '"Today I spoke with X," Y said last
                mention.relative_day = False                                   # night': the day Y said it
        elif (relative := RELATIVE_DAY.search(text)) and not any(a <= relative.start() < b for a, b in self.clause_spans) \
                and not OTHER_EVENTS_DAY.search(text[:relative.start()]) \
                and (before := [m for m in self.mentions
                                                                    if len(m.participants) >= 2 and not m.earlier]):
            # "That same day, A also spoke with B", "The next day ...": the day of the call told just before (dated
            # once the article's calls are merged when it has no day of its own yet)
            shift = dt.timedelta(days=1 if relative.group("next") else -1 if relative.group("before") else 0)
            dated = [m.date or m.reported for m in before if m.date or m.reported]
            if before[-1].date or before[-1].reported:
                mention.date = (before[-1].date or before[-1].reported) + shift
            else:  # (for now the day of the last dated call, as before; set right once the calls are merged)
                mention.date = dated[-1] + shift if dated else None
                mention.day_of = (before[-1], shift, mention.date)
        elif relative and SAME_DAY.search(relative.group(0)) and not day_before \
                and not any(len(m.participants) >= 2 for m in self.mentions):
            mention.same_day_as_next = True  # "The same day, X also rang Y", told before the call of that day
        elif relative and day_before and re.search(r"day|evening|morning|afternoon|night", relative.group(0)) \
                and not any(len(m.participants) >= 2 for m in self.mentions):
            shift = dt.timedelta(days=1 if relative.group("next") else -1 if relative.group("before") else 0)
            mention.date = day_before[1] + shift  # "In a letter sent yesterday, X told parliament ... Y had told Z in a
            # call earlier that day": the day the sentence before tells
        elif _also(trigger) and not HABITUAL.search(text) and not VAGUE_TIME.search(text) and (told := [
                m for m in self.mentions[max(0, first_new - ALSO_REACH):first_new] if m.date and not m.earlier
                and len(m.participants) >= 2 and m.participants & mention.participants]):
            mention.date = told[-1].date  # "Erdogan also had a telephone conversation with Mirziyoyev": that day too
            if told[-1].day_of is not None:  # (the day of a call told "later that day", once that one is known)
                mention.day_of = (told[-1], dt.timedelta(0), mention.date)
        else:
            reported = [d for d in dates if d not in used_dates and d.date
                        and (self._reported_on(sentence, text, d) or d in self.report_days)]
            mention.reported = reported[0].date if reported else None
            if mention.reported and PREVIOUS_DAY.search(text):  # "SPA said on Saturday, after he had spoken by phone
                mention.date = mention.reported - dt.timedelta(days=1)  # with X on the previous day": Friday
            if mention.reported is None and _present_perfect(trigger) and not HABITUAL.search(FOR_THE_NTH_TIME.sub("", text)) \
                    and not VAGUE_TIME.search(text):
                mention.reported = self.anchor  # "A has spoken with B": the news of the day it is published
        past_month = PAST_MONTH.search(text[:max(0, trigger.idx - sentence.start_char)]) \
            or PAST_PERIOD.search(text[:max(0, trigger.idx - sentence.start_char)]) \
            or PERIOD_BEFORE.search(text[:max(0, trigger.idx - sentence.start_char)])
        if past_month and any(d.start <= past_month.start(1) < d.end for d in of_other_events):
            past_month = None  # "Building on the talks held on 8 February, X spoke with Y": the talks' month
        if past_month and self.anchor is not None and not (mention.date or mention.month_day) \
                and (past_month.re is not PAST_MONTH or MONTHS[past_month.group(1)[:3].lower()] != self.anchor.month) \
                and len(mention.participants) >= 2:
            mention.earlier = True  # "Back in November, when the two first spoke by telephone": a call of a past month
        if len(mention.participants) >= 2 and any(c.lower_ == "last" and c.dep_ == "advmod" for c in trigger.children) \
                and any(c.lower_ == "had" and c.dep_ == "aux" for c in trigger.children) and not mention.date:
            mention.earlier = True  # "the two men had last spoken in February": the call before the one told
            mention.reported = None
        month = MONTH_OF_YEAR.search(text[:max(0, trigger.idx - sentence.start_char)])  # told before the call word,
        if month and (re.search(r"\bsince\b", text[:month.start()], re.IGNORECASE)  # not "since ... November 2023"
                      or any(d.start <= month.start() < d.end for d in of_other_events)):  # nor the talks' day
            month = None
        if month and not (mention.date or mention.month_day) and self.anchor is not None and len(mention.participants) >= 2 \
                and (int(month.group(2)), MONTHS[month.group(1)[:3].lower()]) < (self.anchor.year, self.anchor.month):
            mention.earlier = True  # "In November 2016 Xi had extended a call to Trump": a call of a month long past
            mention.reported = None
        back = BACK_REFERENCE.search(text)
        if back and back.group(1).lower() != "first" and mention.date and len(mention.participants) >= 2:
            mention.earlier = True  # "the previous conversation between A and B took place on March 3": an earlier call
        if back and back.group(1).lower() == "first" and _pluperfect(trigger) and any(
                m.earlier and m.participants == mention.participants for m in self.mentions):
            mention.earlier, mention.reported = True, None  # "A held a second call with B. ... A had held his first
            # call with B in June": the first is the earlier one the article counted
        mention.initiator = mention.initiator or self.initiator(sentence, mention.participants or keys, trigger)
        if mention.initiator is None and self.requested is not None and self.requested[0] == index - 1 \
                and mention.participants == self.requested[2]:
            mention.initiator = self.requested[1]  # "X requested a conversation with Y. They spoke on July 3": X
        if other_call is not None:
            shift = other_call[2]
            self.mentions.append(CallMention(participants=set(other_call[1]), spans=[span], start=other_call[0].idx,
                                             date=mention.date + dt.timedelta(days=shift)
                                             if shift is not None and mention.date else None))
        if callee is not None and callee in mention.participants and len(mention.participants) == 2:
            mention.initiator = next(iter(mention.participants - {callee}))
        if VIDEO.search(text):
            mention.mode = "video"
        duration = DURATION.search(text)
        if duration:
            mention.duration = _minutes(duration)
        mention.topics = _topics(sentence)
        if earlier_only:
            for earlier in self.mentions[first_new:]:
                if earlier.earlier and mention.initiator in earlier.participants:
                    earlier.initiator = earlier.initiator or mention.initiator
            return
        listed = self._listed_after(index) if len(mention.participants) == 1 and text.rstrip().endswith(":") else []
        if listed:  # "X placed telephone calls to five leaders:" and a line for each: X's call with each
            host = next(iter(mention.participants))
            self.mentions += [replace_mention(mention, {host, key}, self.initiator(sentence, {host, key}, trigger))
                              for key in listed if key != host]
            return
        if told_in_call and previous_day and not (mention.date or mention.month_day):
            mention.date = previous_day[1]  # "On Monday X promised a deal. The promise came in a call X had with Y"
        opened_on = self.opening_day if self.opening_day and self.opening_day[0] == index - 1 else None
        if opened_on and not (mention.date or mention.month_day or mention.earlier or mention.reported) \
                and len(mention.participants) == 2 and not _pluperfect(trigger) and not VAGUE_TIME.search(text) \
                and mention.participants <= {k for _, k in self._mention_keys(sentences(self.doc)[index - 1])}:
            mention.date = opened_on[1]  # "On Thursday A congratulated B. A and B talked by phone": that Thursday
        if len(mention.participants) < 2:  # "X traded greetings with the leaders of ... in phone calls on Saturday"
            self._note_pair_day(sentence, ordered, dates)
        if TALLY.search(text) and not (mention.date or mention.month_day):
            return  # "half of them were three-way": a share of calls counted before, none of them
        if SAT_IN.search(text):
            return  # "Sitting in on the call were the foreign minister and ...": aides beside it, not parties to it
        if trigger.tag_ == "NNS" and any(c.dep_ == "poss" and c.lower_ == "their" for c in trigger.children) \
                and len(mention.participants) >= 2 and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"}
                                                               for c in trigger.children):
            host = self._host_of_the_calls_so_far(mention.participants)  # "A and B took their calls": one each,
            took = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in RECEIVING_VERBS  # with the one who
            self.mentions += [replace_mention(mention, {host, key}, host if took else None)  # placed the calls told
                              for key in mention.participants] if host else []
            return
        if trigger.tag_ == "NNS" and trigger.lower_ in {"calls", "conversations", "talks"} and _present_perfect(trigger) \
                and not (mention.date or mention.month_day) and re.search(r"\bsince\b", text, re.IGNORECASE):
            return  # "Since the war started he has also had conversations with X": calls over time, none told
        parts = self._split(mention, trigger, ordered, other_dates, sentence)
        if len(parts) >= 2:
            self._date_the_day_before(parts, sentence, ordered)
        self.mentions += parts

    def _calls_of_a_past_clause(self, sentence: SpacySpan, trigger: Token, dates: list, span: Span) -> list[CallMention]:
        """"X and Y discussed what should come next after A and B spoke by phone on October 16": the call of a
        clause that tells a past event of its own, with its own subject, is an earlier call of its own."""
        out = []
        between = {t.i for t in sentence if (_is_call_word(t.text) or t.lemma_.lower() in CALL_NOUNS)
                   and any(c.lower_ == "between" for c in t.children)}  # call words of "the talk between C and D"
        for token in sentence:  # "the talk ... followed up on a call that A and B held not long ago": A and B's call
            other_call = bool(between - {token.i})
            held = next((c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT_VERBS), None) \
                if (token.i not in {trigger.i, trigger.head.i if trigger.dep_ == "compound" else trigger.i} or other_call) \
                and token.pos_ == "NOUN" and _is_call_word(token.text) else None
            subject = next((c for c in held.children if c.dep_ == "nsubj"), None) if held is not None else None
            holders = {self._key_at(t) for t in [subject, *subject.conjuncts]} - {None} if subject is not None else set()
            if subject is not None and not holders:  # "a conversation the French President had with Zelensky"
                titled = self._holder_of_title(" ".join(t.text for t in subject.subtree), set(self.people.officials))
                holders = {titled} if titled else set()
            holders |= {k for c in held.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree
                        if (k := self._key_at(t)) is not None} if held is not None and len(holders) == 1 else set()
            clause = self.doc[held.left_edge.i:held.right_edge.i + 1] if held is not None else None
            own_day = [d for d in dates if d.date and clause is not None and held.tag_ == "VBN"
                       and clause.start_char <= sentence.start_char + d.start < clause.end_char]
            if len(holders) == 2 and (other_call or not self._in_subtree(trigger, held)) and (
                    PREVIOUS_DAY.search(clause.text) or own_day
                    or not any(m.participants == holders for m in self.mentions)):
                # (not "another recent talk that X held with Y", a call told before, again; but "followed the call
                # A and B had held on 28 October": that earlier call, on its day)
                day = own_day[0].date if own_day else None
                if PREVIOUS_DAY.search(clause.text):  # "... had with Zelensky the previous day": the day before
                    told = [m.date for m in self.mentions if m.date and not m.earlier]
                    day = told[-1] - dt.timedelta(days=1) if told else None
                out.append(CallMention(participants=holders, earlier=True, spans=[span], start=token.idx, date=day))
                self.clause_spans.append((clause.start_char - sentence.start_char, clause.end_char - sentence.start_char))
        for token in sentence:
            # "Xi spoke with Trump after holding a virtual discussion with Putin": Xi and Putin; "A called B, moments
            # after he had finished a phone conversation with C": A and C, that day
            after_holding = token.dep_ == "pcomp" and token.head.lower_ in {"after", "before"} \
                and token.lemma_.lower() in LIGHT_VERBS
            after_finishing = token.dep_ == "advcl" and token.i != trigger.i and not self._in_subtree(trigger, token) \
                and token.lemma_.lower() in LIGHT_VERBS | ENDING_VERBS \
                and any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in token.children)
            if not (after_holding or after_finishing):
                continue
            held = next((c for c in token.children if c.dep_ == "dobj" and (_is_call_word(c.text) or any(
                m.lower_ in REMOTE_WORDS for m in c.children))), None)
            if after_holding:
                doer = _clause_subject(trigger)
                holder = self._key_at(doer) if doer is not None else None
            else:
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                holder = (self._key_at(subject) or self._main_clause_person(subject, token)) if subject is not None else None
            other = {k for w in (held.children if held is not None else []) if w.dep_ == "prep" and w.lower_ == "with"
                     for t in w.subtree if (k := self._key_at(t)) is not None}
            if after_finishing and not other and held is not None and subject is not None:
                other = {k for c in subject.conjuncts if (k := self._key_at(c)) is not None}  # "after A and B had
                # held their own phone conversation"
            if held is None or not holder or not other or holder in other:
                continue
            mention = CallMention(participants={holder, *other}, spans=[span], start=held.idx,
                                  mode="video" if any(m.lower_ in {"video", "virtual"} for m in held.children) else "phone")
            if after_finishing:
                moments = any(t.lower_ in MOMENTS for t in token.subtree if t.i < token.i)  # "moments after": that day
                days = {d.date for d in dates if d.date} if moments else set()
                mark = next((c for c in token.children if c.dep_ == "mark"), None)
                count = _days_apart(mark) if mark is not None else None
                if count and not days:  # "a day after A and B had held their own call": the day before the one told
                    shift = dt.timedelta(days=count if mark.lower_ == "after" else -count)
                    days = {d.date - shift for d in dates if d.date}
                mention.earlier, mention.date = True, days.pop() if len(days) == 1 else None
            out.append(mention)
        for token in sentence:
            if token.i == trigger.i or token.dep_ != "advcl" or not _simple_or_pluperfect(token) or not _is_call_word(token.text) \
                    or not any(c.dep_ == "mark" and c.lower_ in PAST_EVENT_MARKS for c in token.children) \
                    or not _is_actual(token):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            sides = [subject, *(c for c in subject.children if c.dep_ == "conj")]
            sides += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
                      for g in c.children if g.dep_ == "pobj"]
            keys = {k for t in sides if (k := self._key_at(t) or self._main_clause_person(t, token)) is not None}
            if len(keys) < 2 or len(keys) != len(sides):
                continue
            low, high = token.left_edge.idx - sentence.start_char, token.right_edge.idx - sentence.start_char + 1
            own = [d for d in dates if low <= d.start < high and (d.date or d.month_day)]
            day = own[0].date if own else self._days_before_the_call_told(sentence, token, keys)
            out.append(CallMention(participants=keys, date=day,
                                   month_day=own[0].month_day if own else None, earlier=True, spans=[span],
                                   start=token.idx))
        return out

    def _talking_clause_outside(self, sentence: SpacySpan, noun: Token) -> Token | None:
        """"According to a statement about the call, A talked with B": the verb of a clause beside the document that
        tells who spoke."""
        return next((t for t in sentence if t.lemma_.lower() in {"speak", "talk"} and t.pos_ == "VERB"
                     and not self._in_subtree(t, noun) and any(c.dep_ == "nsubj" and self._key_at(c) for c in t.children)),
                    None)

    def _owners_calls_apart(self, text: str, sentence: SpacySpan, keys: set[str], ordered: list[tuple[int, str]],
                            dates: list, span: Span) -> tuple[set[str], list[tuple[int, str]]]:
        """"The call with A came a day after B's separate conversations with C and with D": B's own calls with C and
        with D, a day before the call told (the one dated in the sentence, else B's latest call told so far); the
        sentence's call is then only the one told before them. "One day after his conversation with C, B phoned D on
        Thursday": his is B, the subject of the call the sentence tells."""
        apart = OWNERS_CALLS_APART.search(text)
        if apart is None or len(keys) < 2:
            return keys, ordered
        base = sentence.start_char
        within = lambda low, high: {k for p, k in ordered if base + low <= p < base + high}
        others_end = self._with_phrase_end(sentence, base + apart.start("noun"))
        others = within(apart.start("others"), others_end - base)
        told_before = {k for p, k in ordered if p < base + apart.start()}
        told_after = {k for p, k in ordered if p >= others_end} - others
        told = next((m.participants for m in reversed(self.mentions) if not m.earlier and m.participants & told_before), set())
        pronoun = apart.group("owner").lower() in {"his", "her"}
        if pronoun:
            owners = {k for t in sentence if t.dep_ == "nsubj" and t.idx >= others_end
                      and (k := self._key_at(t)) in keys - others}
        else:
            owners = within(apart.start("owner"), apart.end("owner")) \
                or {self._holder_of_title(apart.group("owner"), keys | told)} - {None}
        main = told_before if not pronoun else told_after
        if len(owners) != 1 or not others or owners & others or not main or others & told_before:
            return keys, ordered
        owner = next(iter(owners))
        count_word = (apart.group("count") or apart.group("count_after")).lower()
        count = NUMBER_WORDS.get(count_word) or int(count_word)
        shift = dt.timedelta(days=count if (apart.group("relation") or "after").lower() == "after" else -count)
        days = {d.date for d in dates if d.date and not apart.start() <= d.start < apart.end("noun")
                and (pronoun or d.start < apart.start())}
        if not days:
            days = {next((m.date for m in reversed(self.mentions) if owner in m.participants and not m.earlier
                          and m.participants & told_before), None)} - {None}  # the call told again, told before
        day = days.pop() - shift if len(days) == 1 else None
        each = apart.group("noun").lower() not in {"call", "conversation"} or bool(apart.group("kind")) and len(others) >= 2
        groups = [{owner, other} for other in others] if each else [{owner, *others}]
        self.mentions += [CallMention(participants=group, earlier=True, spans=[span], start=base + apart.start("others"),
                                      date=day) for group in groups]
        keys = (keys - others) | ({owner} if owner in main or not within(apart.start("owner"), apart.end("owner")) else set())
        return keys, [(p, k) for p, k in ordered if k in keys]

    def _each_on_a_call_of_its_own(self, ordered: list[tuple[int, str]], keys: set[str]) -> bool:
        """Each person named is the "with" object of a different call word, and no one is named holding them."""
        calls = []
        for position, key in ordered:
            at = token_at(self.doc, position) if key in keys else None
            if at is None:
                continue
            word = self.doc[self._name_root(at)]
            while word.dep_ in {"appos", "conj", "compound", "flat"} and word.head.i != word.i:
                word = word.head
            if word.dep_ != "pobj" or word.head.lower_ != "with" or word.head.head.pos_ not in {"NOUN", "NUM", "PRON"} \
                    or not (_is_call_word(word.head.head.text)
                            or word.head.head.lemma_.lower() in {"exchange", "discussion", "one"}):  # ("; the one with B ...")
                return False
            calls.append(word.head.head.i)
        return len(calls) >= 2 and len(set(calls)) == len(calls)

    def _with_phrase_end(self, sentence: SpacySpan, position: int) -> int:
        """Where the people a call word has "with" end: its subtree, and any ", and with X" that goes on from it."""
        noun = next((t for t in sentence if t.idx == position), None)
        if noun is None:
            return sentence.end_char
        end = noun.right_edge.idx + len(noun.right_edge.text)
        more = re.match(r",?\s+and\s+with\s+[^.;]*?(?=[.;]|,\s+[a-z]|$)", doc_text(self.doc)[end:sentence.end_char])
        return end + more.end() if more else end

    def _days_before_the_call_told(self, sentence: SpacySpan, clause: Token, keys: set[str]) -> dt.date | None:
        """"The conversation with B came a day after A had spoken with C": the day before the latest dated call of A
        told so far."""
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        gap = DAYS_BEFORE.search(doc_text(self.doc)[sentence.start_char:mark.idx]) if mark is not None else None
        if gap is None:
            return None
        told = [m.date for m in self.mentions if m.date and not m.earlier and len(m.participants & keys) == 1]
        others = {k for _, k in self._mention_keys(sentence)} - keys
        told = told or [m.date for m in self.mentions if m.date and not m.earlier and len(others) >= 2
                        and m.participants == others]  # "D's talk with E took place six days after A spoke with C"
        count = _count(gap.group(1))
        return told[-1] - dt.timedelta(days=count) if told and count else None

    def _main_clause_person(self, pronoun: Token, clause: Token) -> str | None:
        """"The call with A was B's second, coming after he spoke with C": the one official named before the pronoun
        as a subject or owner outside its clause ("he" is B)."""
        if pronoun.lower_ not in {"he", "she"}:
            return None
        named = {k for t in pronoun.sent if t.i < pronoun.i and t.dep_ in {"nsubj", "nsubjpass", "poss"}
                 and not self._in_subtree(t, clause) and (k := self._key_at(t)) is not None}
        return named.pop() if len(named) == 1 else None

    def _dated_lines(self, intro: SpacySpan) -> int:
        """The calls of the pair in focus listed one to a line after a sentence ending in a colon ("All five of the
        pair's earlier exchanges took place by telephone or video link:", then "July 28 - telephone - 2 hours"), under
        lines that give the year ("2021:"); returns where the last line read ends."""
        pair = set(self.last_pair)
        text = doc_text(self.doc)
        year = None
        last = intro.end_char
        offset = intro.end_char
        named = {self.doc[m.start].idx for m in self.people.mentions}
        for raw in text[intro.end_char:].splitlines(keepends=True)[:2 * MAX_LISTED_LINES]:
            start, offset = offset, offset + len(raw)
            line = raw.strip()
            if not line:
                continue
            heading = YEAR_LINE.match(line)
            if heading:
                year, last = int(heading.group(1)), offset
                continue
            dates = find_dates(line, self.anchor)
            if not dates or dates[0].start > 2 or any(start <= i < offset for i in named):
                break
            day, month_day = dates[0].date, dates[0].month_day or ((dates[0].date.month, dates[0].date.day)
                                                                     if dates[0].date else None)
            if year is not None and month_day is not None:
                try:
                    day = dt.date(year, *month_day)
                except ValueError:
                    day = None
            first = start + raw.index(line)
            self.mentions.append(CallMention(participants=set(pair), date=day, month_day=None if day else month_day,
                                             earlier=True, spans=[Span(first, first + len(line), line)], start=first,
                                             mode="video" if VIDEO.search(line) else "phone"))
            last = offset
        return last

    def _listed_after(self, index: int) -> list[str]:
        """The officials named one to a line in the list that follows a sentence ending in a colon."""
        listed: list[str] = []
        all_sentences = sentences(self.doc)
        for following in range(index + 1, min(len(all_sentences), index + 1 + MAX_LISTED_LINES)):
            line = span_text(all_sentences[following])
            keys = [m.key for m in self.people.in_sentence(following) if m.key in self.people.officials]
            if CALL_WORDS.search(line):
                break
            if keys:
                listed += [k for k in keys[:1] if k not in listed]
            elif len(line.split()) > LIST_LABEL_WORDS:
                break  # ("Canada:" alone is a line's label the sentence splitter cut off)
        return listed

    def _agent_of_passive(self, position: int) -> bool:
        """The name at `position` is the agent of a passive ("held by X")."""
        at = token_at(self.doc, position)
        if at is None:
            return False
        root = self.doc[self._name_root(at)]
        while root.dep_ in {"conj", "appos"} and root.head.i < root.i:
            root = root.head
        return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ in {"agent", "prep", "conj"}

    def _clause_pairs(self, trigger: Token, ordered: list[tuple[int, str]],
                      participants: set[str]) -> list[tuple[set[str], Token]] | None:
        """"A spoke with B, and C talked with D": a call of each clause that has its own subject and call verb and
        names two of the participants, with its verb (None: the sentence is not told in such clauses)."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in CLAUSE_CALL_LEMMAS:
            verb = verb.head  # the trigger is the second clause's verb
        verbs = [verb] + [c for c in verb.children if (c.dep_ == "conj" or _while_clause(c))
                          and c.lemma_.lower() in CLAUSE_CALL_LEMMAS
                          and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
        if len(verbs) < 2:
            return None
        told = []
        for v in verbs:
            own = {t.i for t in v.subtree} - {t.i for o in verbs if o is not v for t in o.subtree if o in v.subtree}
            told.append({k for position, k in ordered if k in participants and token_at(self.doc, position) in own})
        if any(not keys or len(keys) > 2 for keys in told) or len(set().union(*told)) != sum(map(len, told)):
            return None
        return [(keys, v) for keys, v in zip(told, verbs) if len(keys) == 2]  # (a clause naming one side only names no call; "US NSA talks
        # to A, Defence Secretary phones B": none)

    def _split(self, mention: CallMention, trigger: Token, ordered: list[tuple[int, str]], dates: list,
               sentence: SpacySpan) -> list[CallMention]:
        """One mention per call: "held separate calls with A and B" or "spoke with A and then with B" are two
        calls of the first-named official; "two calls ... on Friday and again on Sunday" are two calls of a pair."""
        text = span_text(sentence)
        noun = trigger.head if trigger.dep_ == "compound" else trigger  # "phone talks"
        ordered_days = sorted((d for d in dates if d.date or d.month_day), key=lambda d: d.start)
        days_joined = len(ordered_days) >= 2 and all(DAYS_JOINED.fullmatch(text[a.end:b.start])
                                                     for a, b in zip(ordered_days, ordered_days[1:]))
        plural = noun.tag_ in {"NNS", "NNPS"} and noun.lower_ != "talks" or bool(SEPARATE.search(text)) \
            or bool(REPEATED.search(text)) \
            or days_joined  # "The two ministers spoke again on March 5 and on March 10": a call each day
        one_call = trigger.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children) \
            and not (trigger.lower_ in {"phone", "telephone"} and trigger.dep_ == "pobj") \
            or trigger.tag_ == "NN" and trigger.lower_ in ONE_CALL_NOUNS and trigger.dep_ == "pobj" \
            and trigger.head.lower_ in {"in", "during"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                                for c in trigger.children) and not SEPARATE.search(text)
        # ("talked over the phone with"; "In a conversation on Saturday, A and B pressed C": one call of the three)
        with_one_call = self._subjects_with_one_call(noun, ordered, mention.participants) and not SEPARATE.search(text)
        if with_one_call:
            mention.hub = None  # ("X took part in a call with several leaders and Y. ... X, A and B held a call with Y")
        together = (self._conjoined_subjects(ordered, mention.participants) or with_one_call) \
            and not SEPARATE.search(text)  # "A, B and C met in a virtual summit" (not "in separate conversations")
        doer = _doer(trigger)
        doers = (self._subjects_of(_speaking_while(trigger), sentence)
                 | ({self._key_at(doer) or self.titled_at.get(doer.i)} if doer is not None else set())) & mention.participants
        by_hub = [(-1, next(iter(doers)))] + ordered if len(doers) == 1 else ordered  # "Speaking with A and,
        # separately, with B, X said": X, whom the sentence names last, is the one who spoke with each
        all_before = len(mention.participants) >= 3 and trigger.pos_ == "VERB" and any(
            c.dep_ == "nsubj" for c in trigger.children) and all(
            p < trigger.idx for p, k in ordered if k in mention.participants) and not any(
            c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in trigger.children)  # "A, B, C and D talked by video
        together = together or all_before or (  # link": all of them on one call
            not plural and not RESPECTIVE.search(text) and (self._side_speaks_with_side(trigger, ordered, mention.participants)
                                                            or self._one_side_of_many(mention.participants)))
        in_clause = not SEPARATE.search(text) and any(
            self._key_at(s) in mention.participants for r in noun.children if r.dep_ == "relcl"
            for s in r.children if s.dep_ in {"nsubj", "nsubjpass"})  # "a video conference in which X appears": one
        # call of all (not "separate phone talks Kono held with A and B")
        if mention.hub is None and len(mention.participants) >= 3 and re.search(r"\beach\b", text, re.IGNORECASE):
            subjects = self._subjects_of(_setting_verb(trigger) or _verb_with_subject(trigger), sentence) \
                & mention.participants
            if len(subjects) >= 2 and len(mention.participants - subjects) == 1:  # "In phone calls, A and B each
                mention.hub = next(iter(mention.participants - subjects))     # offered Z their congratulations"
            called = {self._key_at(o) for t in sentence if t.dep_ == "relcl" and _is_call_word(t.text)
                      and any(c.lower_ == "each" for c in t.children) for o in t.children if o.dep_ == "dobj"} \
                & mention.participants
            if mention.hub is None and len(called) == 1:  # "calls came from A and B, who each phoned Z": Z
                mention.hub = next(iter(called))
        if mention.hub is not None and len(mention.participants) >= 3:
            one_call = together = False
            by_hub = [(-1, mention.hub)] + [(p, k) for p, k in ordered if k != mention.hub]
        named_at = [position for position, k in ordered if k in mention.participants]
        if noun.tag_ in {"NNS", "NNPS"} and len(mention.participants) >= 2 and len(named_at) >= len(mention.participants) \
                and all(self._agent_of_passive(position) for position in named_at):
            return []  # "phone calls had been held by Minister A, by Minister B and by the Speakers": each their own
        clauses = None if _group_call(text) or one_call else self._clause_pairs(trigger, ordered, mention.participants)
        if clauses == []:
            return []
        clause_verbs = {frozenset(keys): verb for keys, verb in clauses or []}
        pairs = [keys for keys, _ in clauses or []] or (None if _group_call(text) or one_call or together or in_clause else (
            (self._respective_pairs(mention.participants, ordered) if plural or RESPECTIVE.search(text) else None)
            or _hub_pairs(mention.participants, by_hub)))
        conference = self._conference_group(sentence, mention.participants) if pairs else None
        if conference:  # "talked with A, and held a conference call with B, C and D": A's call and one call of four
            hub = next(iter(set.intersection(*pairs))) if all(len(p) == 2 for p in pairs) and set.intersection(*pairs) else None
            if hub is not None:
                pairs = [p for p in pairs if not (p - {hub}) <= conference] + [conference | {hub}]
        mention.group_told = len(mention.participants) >= 3 and (bool(_group_call(text)) or with_one_call)
        if pairs:  # "X spoke with A and B" (not "The call was joined by A and B")
            listed = self._listed_subjects(trigger, ordered)
            out = [replace_mention(mention, pair, mention.initiator if mention.initiator in pair
                                   else next(iter(pair & listed)) if len(pair & listed) == 1
                                   else next(iter(pair - {mention.callee})) if mention.callee in pair
                                   else self.initiator(sentence, pair, self._clause_trigger(
                                       clause_verbs.get(frozenset(pair)), trigger))) for pair in pairs]
            days = _days_before_each(pairs, ordered, dates, sentence.start_char) \
                or _days_beside_each(pairs, ordered, dates, sentence.start_char, text)
            for part, day in zip(out, days or []):  # "on Thursday he talked with A, on Friday with B": each its day
                part.date, part.month_day = day.date, day.month_day
            for part in out:
                part.of_a_round = len(out) >= 2
            return out
        if plural and len(mention.participants) == 2 and len(dates) >= 2:
            out = []
            for i, d in enumerate(sorted(dates, key=lambda d: d.start)):
                part = replace_mention(mention, set(mention.participants), mention.initiator)
                part.date, part.month_day, part.start = d.date, d.month_day, mention.start + i
                out.append(part)
            return out
        return [mention]

    def _conference_group(self, sentence: SpacySpan, keys: set[str]) -> set[str] | None:
        """The officials a conference call of the sentence was held "with" (two or more), if any."""
        for token in sentence:
            if token.lower_ not in CONFERENCE_WORDS and not (
                    token.lower_ in ONE_CALL_NOUNS and token.tag_ in {"NN", "NNP", "VB"} and not SEPARATE.search(sentence.text)
                    and any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} and token.tag_ != "VB"
                            or c.dep_ == "poss" and token.tag_ != "VB"
                            or c.dep_ == "prep" and c.lower_ == "between" for c in token.children)):  # ("Call between
                # A, B and C", a headline the parser takes for a verb)
                continue  # "held a call with A, B and C", "the PM's call with A, B and C": one call of all
            head = token.head if token.dep_ == "compound" else token  # "a conference call"
            withs = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"with", "among", "between"}]
            group = {k for w in withs for t in w.subtree if (k := self._key_at(t)) is not None and k in keys}
            if len(group) >= 2:
                return group
        return None

    def _names_a_government(self, position: int) -> bool:
        """The name at `position` qualifies a government ("the Joe Biden administration"), not a person taking part."""
        at = token_at(self.doc, position)
        if at is None:
            return False
        token = self.doc[self._name_root(at)]
        return token.dep_ == "compound" and token.head.lower_ in GOVERNMENT_NOUNS

    def _respective_pairs(self, keys: set[str], ordered: list[tuple[int, str]]) -> list[set[str]] | None:
        """"A and B (of one country) reached out to their counterparts C and D (of another)": each with the one of
        the same kind of post (a security adviser with a security adviser), else in the order they are named."""
        named = list(dict.fromkeys(k for _, k in sorted(ordered) if k in keys))
        if len(named) != 4 or len(keys) != 4:
            return None
        first, second = named[:2], named[2:]
        countries = [{self.official(k).country if self.official(k) else None for k in side} for side in (first, second)]
        if any(len(c) != 1 or None in c for c in countries) or countries[0] == countries[1]:
            return None
        kinds = [[families(self.official(k).roles) for k in side] for side in (first, second)]
        if all(len(f) == 1 for side in kinds for f in side) and kinds[0][0] == kinds[1][1] and kinds[0][1] == kinds[1][0] \
                and kinds[0][0] != kinds[0][1]:
            return [{first[0], second[1]}, {first[1], second[0]}]
        return [{first[0], second[0]}, {first[1], second[1]}]

    def _one_side_of_many(self, keys: set[str]) -> bool:
        """"a conversation by phone with A and with B", A and B of one country, the speaker of another: one call of
        all (two officials of one government are rarely called one by one in a single telling)."""
        countries = Counter(self.official(k).country if self.official(k) else None for k in keys)
        if None in countries or len(keys) < 3 or len(countries) != 2:
            return False
        return min(countries.values()) == 1

    def _side_speaks_with_side(self, trigger: Token, ordered: list[tuple[int, str]], keys: set[str]) -> bool:
        """"A and B (of one country) spoke by phone with C and with D (of another)": two or more subjects of the call's
        verb on one side, everyone else on the other: one call of them all."""
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None or len(keys) < 3:
            return False
        subjects, others = set(), set()
        for position, key in ordered:
            at = token_at(self.doc, position)
            if key in keys and at is not None:
                subject_of = _subject_of(self.doc[self._name_root(at)])
                (subjects if subject_of is not None and subject_of.i == verb.i else others).add(key)
        sides = [{self.official(k).country if self.official(k) else None for k in side} for side in (subjects, others - subjects)]
        return len(subjects) >= 2 and bool(others - subjects) and all(len(c) == 1 and None not in c for c in sides) \
            and sides[0] != sides[1]

    def _conjoined_subjects(self, ordered: list[tuple[int, str]], keys: set[str]) -> bool:
        """Three or more participants who are all subjects of one verb, joined by "and": one call of them all."""
        if len(keys) < 3:
            return False
        verbs = set()
        for position, key in ordered:
            at = token_at(self.doc, position)
            if key not in keys or at is None:
                continue
            verb = _subject_of(self.doc[self._name_root(at)])
            if verb is None:
                return False
            verbs.add(verb.i)
        return len(verbs) == 1

    def _subjects_with_one_call(self, noun: Token, ordered: list[tuple[int, str]], keys: set[str]) -> bool:
        """"A, B, C and D held a phone conversation with E": the subjects of the verb that holds one call word (not
        "calls") and those it is "with" are on one call."""
        if noun.tag_ != "NN" or noun.dep_ != "dobj" or len(keys) < 3:
            return False
        verb = noun.head
        subjects, withs = set(), set()
        for position, key in ordered:
            at = token_at(self.doc, position)
            if key not in keys or at is None:
                continue
            word = self.doc[self._name_root(at)]
            while word.dep_ in {"conj", "appos"} and word.head.i != word.i:
                word = word.head  # ("..., Keir Starmer and Polish Prime Minister Donald Tusk held": the parser's appos)
            held_by = _subject_of(word)
            if held_by is not None and held_by.i == verb.i:
                subjects.add(key)
            elif any(a.lower_ == "with" and a.head.i == noun.i for a in word.ancestors):
                withs.add(key)
        return len(subjects) >= 2 and bool(withs) and subjects | withs == keys

    def _callee_reached(self, trigger: Token, named: set[str]) -> str | None:
        """The one that calls "reached" or "came to", told by name or by a post no one named in the sentence holds."""
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        verb = noun.head if noun.dep_ == "nsubj" else None
        if verb is None or verb.lemma_.lower() not in {"reach", "come"}:
            return None
        target = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() == "reach" else next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        if target is None:
            return None
        key = self._key_at(target)
        if key is not None:
            return key
        return self._holder_of_title(" ".join(t.text for t in target.subtree), set(self.people.officials) - named)

    def _listed_subjects(self, trigger: Token, ordered: list[tuple[int, str]]) -> set[str]:
        """"Three heads of state telephoned X today: A; B; and C": the callers the subject counts, listed after the
        colon."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in GROUP_SUBJECT_NOUNS:
            return set()
        colon = next((t for t in trigger.sent if t.i > verb.i and t.text == ":"), None)
        return {k for p, k in ordered if colon is not None and p > colon.idx}

    @staticmethod
    def _clause_trigger(verb: Token | None, trigger: Token) -> Token:
        """The call word of a clause of its own: its verb when that is a call word ("while C phoned D"), else the
        sentence's."""
        if verb is None or verb.i == trigger.i or trigger.i in {t.i for t in verb.subtree}:
            return trigger
        return verb if _is_call_word(verb.text) else trigger

    def _linked_to_trigger(self, trigger: Token, ordered: list[tuple[int, str]], keys: set[str]) -> set[str]:
        """Of three or more people named beside a call word, those the parse ties to it: its subject (or the subject of
        the verb that holds it), its "with"/"between"/"to" objects and their conjuncts and appositions; not people named
        inside another clause ("after Z's decision", "whom Z appointed"). Unchanged when fewer than two are tied."""
        reach = _participant_tokens(trigger)
        linked = {k for p, k in ordered if k in keys and (at := token_at(self.doc, p)) is not None
                  and _described_head(self.doc, self._name_root(at)) in reach}
        text = doc_text(self.doc)
        last = max((p for p, _ in ordered), default=trigger.idx)
        listed = bool(WITH_ITEM.search(text[trigger.idx:last])) and ";" in text[trigger.idx:last]
        for p, k in ordered:  # "... by phone with A; with B, who ...; and with C": each "with" of the list
            if not listed or k not in keys or p <= trigger.idx or not linked:
                continue
            semicolon = text.rfind(";", trigger.idx, p)
            if WITH_ITEM.search(text[semicolon:p]) if semicolon >= 0 else re.search(r"\bwith\b", text[trigger.idx:p]):
                linked.add(k)
        being = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in {"on", "in"} else None
        if being is not None and being.lemma_ == "be" and trigger.head.dep_ == "prep":
            linked |= {k for p, k in ordered if k in keys and p > being.idx}  # "On the call with A were B; C; and D"
        colon = COLON_LIST.search(text, trigger.idx, last)
        if colon is not None:  # "calls he held with three counterparts: A, ...; B, ...; and C": each named after it,
            linked |= {k for p, k in ordered if k in keys and (p > colon.end() - 1 or trigger.idx <= p < colon.start())}
            # and the one told holding them ("he")
        linked_after = [p for p, k in ordered if k in linked and p > trigger.idx]
        for p, k in ordered:  # "conversations with General A, Commander of X; General B, the UK's CDS; and C": each
            if k in keys and k not in linked and linked_after and min(linked_after) < p \
                    and SEMICOLON_ITEM.search(text[max(trigger.idx, p - 60):p]):
                linked.add(k)
        for p, k in ordered:  # "calls came from A and B, who each phoned C": C, called in the clause about them
            at = token_at(self.doc, p) if k in keys and k not in linked else None
            clause = next((a for a in self.doc[at].ancestors if a.dep_ == "relcl"), None) if at is not None else None
            if clause is not None and _is_call_word(clause.text) and clause.pos_ == "VERB" \
                    and any(c.lower_ in {"who", "which"} for c in clause.children) \
                    and self._key_at(clause.head) in linked | {None} and clause.head.i < at:
                linked.add(k)
        linked |= self._listed_subjects(trigger, ordered)
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        for clause in verb.children:  # "A called B, while C phoned D": C and D, on a call of their own clause
            if _while_clause(clause) and clause.lemma_.lower() in CLAUSE_CALL_LEMMAS:
                beside = _participant_tokens(clause)
                linked |= {k for p, k in ordered if k in keys and (at := token_at(self.doc, p)) is not None
                           and _described_head(self.doc, self._name_root(at)) in beside}
        listed_in_order = sorted(ordered)
        for (p, k), (q, k2) in zip(listed_in_order, listed_in_order[1:]):  # "with A, B, C and D", the parser losing
            if k in linked and k2 in keys and p > trigger.idx and NAME_LIST_GAP.fullmatch(text[p:q]):
                linked.add(k2)  # the list's end: each name of the list
        return linked if len(linked) >= 2 else keys

    def _called_before(self) -> str | None:
        """The one who received the latest call told with its caller."""
        for mention in reversed(self.mentions):
            if mention.initiator and len(mention.participants) == 2 and mention.initiator in mention.participants:
                return next(iter(mention.participants - {mention.initiator}))
        return None

    def _handle_owner(self, handle: str) -> str | None:
        """The one official of the article whose family name the social-media handle holds ("@CyrilRamaphosa"), or
        who holds the post a handle names ("@POTUS")."""
        folded = fold(handle).replace("_", "")
        if folded in POST_HANDLES:
            code, post = POST_HANDLES[folded]
            holders = [o.key for o in self.people.officials.values() if o.country == code
                       and any(post in fold(role) for role in o.roles)]
            return holders[0] if len(holders) == 1 else self.by_country(code)
        owners = {key for key, official in self.people.officials.items()
                  if len(family := fold(surname(official.name)).replace(" ", "")) >= MIN_HANDLE_NAME and family in folded}
        if not owners:  # "@ClaudiaShein": a handle cut short of the family name
            owners = {key for key, official in self.people.officials.items()
                      if len(folded) >= MIN_HANDLE_PREFIX and re.sub(r"[^a-z]", "", fold(official.name)).startswith(folded)}
        if not owners:  # "@Amirabdolahian" of "Amirabdollahian": the family name with one letter dropped
            owners = {key for key, official in self.people.officials.items()
                      if len(family := fold(surname(official.name)).replace(" ", "")) >= MIN_SLIPPED_HANDLE_NAME
                      and any(family[:i] + family[i + 1:] in folded for i in range(len(family)))}
        return owners.pop() if len(owners) == 1 else None

    def _coordinated(self, first: int, second: int) -> bool:
        """The names at these character offsets are members of one list ("with A, B and C")."""
        at = [token_at(self.doc, p) for p in (first, second)]
        if None in at:
            return False
        a, b = (self.doc[self._name_root(i)] for i in at)
        return b.dep_ == "conj" and (b.head.i == a.i or a.dep_ == "conj" and a.head.i == b.head.i)

    def _all_callers_from(self, ordered: list[tuple[int, str]]) -> bool:
        """Every name is told as one a call came "from" (the one it came to being told by post)."""
        for position, _ in ordered:
            i = token_at(self.doc, position)
            if i is None:
                return False
            node = self.doc[self._name_root(i)]
            while node.dep_ in {"conj", "appos"} and node.head is not node:
                node = node.head
            if not (node.dep_ == "pobj" and node.head.lower_ == "from"):
                return False
        return bool(ordered)

    def _name_root(self, i: int) -> int:
        """The token of the name span starting at `i` that the parse hangs the whole name from."""
        mention = next((m for m in self.people.mentions if m.start == i), None)
        if mention is None:
            return i
        tokens_ = range(mention.start, mention.end)
        return next((t for t in tokens_ if not (mention.start <= self.doc[t].head.i < mention.end) or self.doc[t].head.i == t), i)

    def _host_of_a_round(self, trigger: Token, ordered: list[tuple[int, str]], keys: set[str], text: str,
                         base: int) -> str | None:
        """The official making a round of calls told before, for calls "with" several people and no caller named:
        the one participant the last calls told share, when every name here follows the call word and its "with"."""
        if len(keys) < 2 or _group_call(text) or not ordered or min(p for p, _ in ordered) <= trigger.idx:
            return None
        if not re.search(r"\bwith\b", text[trigger.idx - base:min(p for p, _ in ordered) - base]):
            return None
        subject = _clause_subject(trigger)
        if subject is not None and self._key_at(subject) is not None:
            return None
        told = [m.participants for m in self.mentions if not m.earlier and len(m.participants) == 2][-ROUND_REACH:]
        if len(told) < 2:
            return None
        shared = set.intersection(*told) - keys
        return next(iter(shared)) if len(shared) == 1 else None

    def _unknown_caller(self, trigger: Token) -> bool:
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children) for c in noun.children):
            return False  # "Writing about the phone call he received from A, X said ...": the clause tells its parties
        subject = _clause_subject(trigger)
        return subject is not None and subject.ent_type_ == "PERSON" and self._key_at(subject) is None

    def _other_person_before(self, index: int, position: int, pair: set[str]) -> bool:
        """"X met Y's predecessor, Z, ... and the two leaders had also spoken": "the two" are not the pair named before
        when someone else (official or not) is named before it in the sentence."""
        return any(m.key and m.key not in pair and self.doc[m.start].idx < position
                   for m in self.people.mentions if m.sentence == index)

    def _pair_of(self, keys: set[str]) -> set[str] | None:
        """"Austin had initiated the previous call on Friday": the pair of the latest call of the one named."""
        if len(keys) != 1:
            return None
        pairs = [m.participants for m in self.mentions if len(m.participants) == 2 and keys <= m.participants]
        return set(pairs[-1]) if pairs else None

    def _note_pair_day(self, sentence: SpacySpan, ordered: list[tuple[int, str]], dates: list) -> None:
        """Two officials who are together the subject of a verb of talking ("discussed", "agreed") on a given day:
        the day of their call when the article tells of the call elsewhere without one."""
        text = span_text(sentence)
        dates = [d for d in dates if not SCHEDULED_FOR.search(text[:d.start])]  # "a discussion scheduled for June 23"
        days = {d.date for d in dates if d.date and not REPORTED_ON.search(text[:d.start])
                and not REPORT_ON.search(text[:d.start])} or {d.date for d in dates if d.date}  # (else the day told)
        if len(days) != 1:
            return
        subjects = self._talking_subjects(ordered) or self._briefing_pair(ordered)
        if len(subjects) == 2:
            self.pair_days.append((frozenset(subjects), days.pop(),
                                   any(t.lower_ == "had" and t.dep_ == "aux" and t.head.tag_ == "VBN" for t in sentence)))
        elif not ordered and (subject := _plural_post_subject(sentence)) is not None:
            # "The two countries' national security advisers agreed on Thursday to ...", the call told next
            self.described_days.append((sentence_index(self.doc, sentence), days.pop()))
        elif WITH_LEADERS_OF.search(text):
            # "On Thursday, X traded New Year wishes with the foreign ministers of A, B and C": X's calls that day
            hubs = {m.key for m in self.people.in_sentence(sentence_index(self.doc, sentence))
                    if m.key in self.people.officials and _is_subject(self.doc[self._name_root(m.start)])}
            if len(hubs) == 1:
                self.hub_days.append((hubs.pop(), days.pop()))

    def _briefing_pair(self, ordered: list[tuple[int, str]]) -> set[str]:
        """"A informed B on Tuesday that ...": the one who told (named last before the verb) and the one told."""
        for p, k in ordered:
            at = token_at(self.doc, p)
            if at is None:
                continue
            told = self.doc[self._name_root(at)]
            verb = told.head
            if told.dep_ == "nsubj" and verb.lemma_.lower() == "know" and verb.head.lemma_.lower() == "let":
                verb = verb.head  # "A let B know that ...": A told B
            elif told.dep_ != "dobj" or verb.lemma_.lower() not in BRIEFING_VERBS:
                continue
            tellers = [key for q, key in ordered if q < verb.idx and key != k]
            if tellers:
                return {tellers[-1], k}
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            reporter = _reporting_subject(verb) if subject is not None and subject.lower_ in THIRD_PERSON else None
            teller = self._key_at(reporter) if reporter is not None else (
                self._key_at(subject) if subject is not None else None)  # ("A told B that ...": A, a speaker)
            if teller is not None and teller != k and teller in self.people.officials:
                return {teller, k}  # "Kishida said he had assured Zelenskyy that ...": the one who says it told
        return set()

    def _unnamed_group_call(self, index: int) -> CallMention | None:
        """The call a sentence told without naming anyone on it ("the chiefs of A, B and C held a video conference")."""
        if index < 0:
            return None
        sentence = sentences(self.doc)[index]
        told = [m for m in self.mentions if m.spans and sentence.start_char <= m.spans[0].start < sentence.end_char]
        return told[-1] if len(told) == 1 and not told[0].participants and not told[0].earlier \
            and GROUP_OF_COUNTRIES.search(span_text(sentence)) else None

    def _one_group_call(self, calls: list[CallMention]) -> list[CallMention]:
        """"South Korea, the United States and Japan had their defense chiefs talk by telephone. ... Suh held the phone
        talks with his two counterparts, A of the U.S. and B of Japan": one call of the three, not one of each pair,
        when a sentence that names no one tells of the call of three or more countries and the pairs of one official
        of them cover the others."""
        groups = []
        for sentence in sentences(self.doc):
            text = span_text(sentence)
            if not in_body(sentence, self.body) or not CALL_WORDS.search(text):
                continue
            for match in COUNTRY_SERIES.finditer(text):
                codes = {_listed_country(p) for p in _list_items(match.group(0))} - {None}
                if len(codes) >= 3:
                    groups.append(codes)
        for codes in groups:
            country = {k: o.country for c in calls for k in c.participants if (o := self.official(k)) is not None}
            pairs = [c for c in calls if len(c.participants) == 2 and not c.earlier
                     and all(country.get(k) in codes for k in c.participants)]
            hubs = Counter(k for c in pairs for k in c.participants)
            for hub, _ in hubs.most_common(1):
                own = [c for c in pairs if hub in c.participants]
                others = {country[k] for c in own for k in c.participants if k != hub}
                days = {c.date for c in own if c.date}
                if others | {country[hub]} != codes or len(days) > 1:
                    continue
                first = own[0]
                for other in own[1:]:
                    first.participants |= other.participants
                    _absorb(first, other, dates=not first.date)
                calls = [c for c in calls if c is first or c not in own]
        return calls

    def _talking_subjects(self, ordered: list[tuple[int, str]]) -> set[str]:
        """The officials who are together the subject of a verb of talking ("A and B discussed", "agreed")."""
        verbs = {k: _subject_of(self.doc[self._name_root(at)]) for p, k in ordered if (at := token_at(self.doc, p)) is not None}
        subjects = {k for k, verb in verbs.items() if verb is not None and _talking(verb)}
        if len(subjects) >= 2 or not ordered:
            return subjects
        if len(subjects) == 1 and len(verbs) == 2:  # "A went over the efforts to stop the fighting with B"
            verb = verbs[next(iter(subjects))]
            other = next(iter(set(verbs) - subjects))
            at = token_at(self.doc, next(p for p, k in ordered if k == other))
            if at is not None and any(a.lower_ == "with" and a.dep_ == "prep" for a in self.doc[at].ancestors) \
                    and self._in_subtree(self.doc[at], verb) and not any(
                        a.dep_ in {"relcl", "ccomp", "advcl"} for a in _path_up(self.doc[at], verb)):
                return subjects | {other}
        # the parser may hang one name of "A and B agreed" on the other: the names before the sentence's verb
        first = token_at(self.doc, ordered[0][0])
        if first is None:
            return set()
        verb = next((t for t in self.doc[first:self.doc[first].sent.end] if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.lemma_.lower() not in TALKING_VERBS:
            return set()
        return {k for p, k in ordered if p < verb.idx}

    def _briefed(self, trigger: Token) -> set[str]:
        """Who was told about the call: the object of "briefed"/"informed"/"updated" whose topic ("on"/"about") the call
        is."""
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        if noun.dep_ != "pobj" or noun.head.lower_ not in {"on", "about", "of"} \
                or noun.head.head.lemma_.lower() not in BRIEFING_VERBS:
            return set()
        objects = [c for c in noun.head.head.children if c.dep_ in {"dobj", "dative"}]
        return {key for obj in objects for t in obj.subtree if (key := self._key_at(t))}

    def _they(self, subject: Token | None, index: int, sentence: SpacySpan) -> set[str]:
        """The officials "they" refers to: those who are together the subject of a verb earlier in the sentence, else
        in the sentence before; none unless there are two or more."""
        if subject is None or subject.lower_ != "they":
            return set()
        for back in (index, index - 1):
            named = [m for m in self.people.in_sentence(back) if m.key in self.people.officials
                     and (back < index or self.doc[m.start].idx < subject.idx)]
            verbs: dict[int, set[str]] = {}
            for m in named:
                verb = _subject_of(self.doc[self._name_root(m.start)])
                if verb is not None:
                    verbs.setdefault(verb.i, set()).add(m.key)
            groups = [keys for keys in verbs.values() if len(keys) >= 2]
            if groups:
                return groups[-1]
        return set()

    def _antecedent(self, subject: Token | None, index: int, ordered: list[tuple[int, str]],
                    start: int = 10**9, quoted: bool = False) -> str | None:
        """"He also spoke by phone with ...": the official "he" or "she" refers to, the subject (or the one official)
        of the nearest sentence before that names an official; none when a name comes first in this sentence."""
        if subject is None or subject.lower_ not in THIRD_PERSON | {"his", "her"}:
            return None
        cited = [k for p, k in ordered if p < subject.idx and _cited_source(self.doc[self._name_root(token_at(self.doc, p))])]
        if len(cited) == 1 and not any(p < subject.idx and k != cited[0] for p, k in ordered):
            return cited[0]  # "According to X, she and Y rang Z together": X
        before = [(p, k) for p, k in ordered if p < min(subject.idx, start)]
        if subject.lower_ in {"his", "her"} and len({k for _, k in before}) == 1 and not quoted:
            owner = self.doc[self._name_root(token_at(self.doc, before[0][0]))]
            if owner.dep_ == "poss" or _is_subject(owner):  # "Prime Minister Rutte's statement after his conversations
                return before[0][1]                          # with A and B": Rutte's
        if before:
            return None  # names after the call word are its other side ('"I had a call with X," he said')
        reporter = _reporting_subject(subject)
        if reporter is not None and reporter.pos_ in {"NOUN", "PROPN"} and not quoted and not self._spokesperson(reporter):
            return None  # "the external affairs minister wrote that he had spoken with X": the one who wrote it (a
            # spokesperson tells of the principal's calls)
        for back in range(index - 1, max(-1, index - 1 - ANTECEDENT_REACH), -1):
            named = [m for m in self.people.in_sentence(back) if m.key in self.people.officials]
            if not named:
                continue
            subjects = {m.key for m in named if _is_subject(self.doc[self._name_root(m.start)])
                        or _titled_subject_name(self.doc[self._name_root(m.start)])}
            if len(subjects) == 1:
                return subjects.pop()
            sentence = sentences(self.doc)[back]
            if not subjects and any(t.dep_ == "nsubj" and t.lower_ == subject.lower_ for t in sentence):
                continue  # "He said he had received a call from X. ... he had also spoken with Y": the same "he"
            keys = {m.key for m in named}
            return keys.pop() if len(keys) == 1 else None
        return None

    def _owner_of_plural_calls(self, trigger: Token, keys: set[str], ordered: list[tuple[int, str]],
                               index: int) -> str | None | bool:
        """"his conversations with A and B": the official "his" is (named before it in the sentence as an owner or
        subject, else in the sentences before), or False when no one is; None when the calls are not of that kind."""
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        withs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"]
        if owner is None or noun.tag_ != "NNS" or len(keys) < 2 or not withs \
                or not all(any(self._in_subtree(token, w) for w in withs)
                           for p, _ in ordered if (at := token_at(self.doc, p)) is not None for token in [self.doc[at]]):
            return None
        before = {m.key for m in self.people.in_sentence(index)
                  if m.key in self.people.officials and m.key not in keys and self.doc[m.start].idx < owner.idx
                  and ((root := self.doc[self._name_root(m.start)]).dep_ == "poss" or _is_subject(root))}
        if len(before) == 1:
            return before.pop()
        found = self._antecedent(owner, index, [])
        return found if found and found not in keys else False

    def _spokesperson(self, word: Token) -> bool:
        """The word names a spokesperson, by post or as an official whose role is one."""
        official = self.official(self._key_at(word)) if self._key_at(word) else None
        roles = " ".join(official.roles) if official else word.text
        return bool(SPOKESPERSON.search(roles))

    def _chair_before(self, index: int) -> str | None:
        """The official who chaired, hosted or convened the gathering a list of participants is of, named as the
        subject of that verb in one of the sentences just before."""
        for back in range(index - 1, max(-1, index - 1 - CHAIR_REACH), -1):
            for m in self.people.in_sentence(back):
                verb = _subject_of(self.doc[self._name_root(m.start)])
                if verb is not None and (verb.lemma_.lower() in CHAIR_VERBS or _took_part(verb)) and m.key in self.people.officials:
                    return m.key  # ("X took part by video-teleconference in the meeting. Also attending virtually were")
        return None

    def _object_antecedent(self, pronoun: Token, index: int, keys: set[str]) -> str | None:
        """The one other official named before the object pronoun: earlier in its sentence (in any clause), else in
        the nearest sentence before that names one."""
        named = [m for m in self.people.in_sentence(index) if m.end <= pronoun.i]
        for back in range(index - 1, max(-1, index - 1 - ANTECEDENT_REACH), -1):
            if any(m.key not in keys and m.key in self.people.officials for m in named):
                break
            named = self.people.in_sentence(back)
        named = [m for m in named if m.key not in keys and m.key in self.people.officials]
        actors = {m.key for m in named if self.doc[self._name_root(m.start)].dep_ in {"nsubj", "nsubjpass", "poss"}}
        found = actors or {m.key for m in named}  # "after Trump's win over Clinton": the one who acts
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _ordinal_pair(keys: set[str], ordered: list[tuple[int, str]], text: str, at: int) -> set[str]:
        """Whose earlier calls "his third conversation with him" counts: all of them in a call of the group; of one
        hub calling several, the hub and the one named last before it ("A rang B, his third conversation with him
        this week, and spoke with C")."""
        pairs = None if _group_call(text) else _hub_pairs(keys, ordered)
        if not pairs:
            return set(keys)
        hub = min(ordered)[1]
        before = [key for position, key in sorted(ordered) if position < at and key != hub]
        return {hub, before[-1]} if before else set(keys)

    def _another_call_of_the_pair(self, sentence: SpacySpan, second: re.Match, dates: list,
                                  span: Span) -> CallMention | None:
        """"Before that, on Saturday, there had been another phone conversation, one that the US initiated": an
        earlier call of the pair told before, on the one day the sentence gives, with the side that asked for it."""
        days = {d.date for d in dates if d.date}
        at = token_at(self.doc, sentence.start_char + second.start(2))
        if len(days) != 1 or at is None or not _is_actual(self.doc[at]):
            return None
        pair = set(self.last_pair)
        side = SIDE_INITIATED.search(span_text(sentence))
        caller = self._side(country_code(side.group(1) or side.group(2)), pair) if side else None
        return CallMention(participants=pair, date=days.pop(), initiator=caller, earlier=True, spans=[span],
                           start=sentence.start_char + second.start())

    def _titled_subject(self, subject: Token | None, keys: set[str]) -> set[str]:
        """"The Defence Secretary spoke to ...", "Minister held a conversation with ...": the official of the article
        who holds that post, on another side than the named participant."""
        if subject is None or subject.pos_ == "PRON" or self._key_at(subject) or not is_title_word(subject.text):
            return set()
        if any(t.ent_type_ == "PERSON" and not is_title_word(t.text) for t in subject.subtree):
            return set()  # (a style the model takes for a name, "His Majesty", names no one)
        others = {self.official(k).country for k in keys if self.official(k)}
        phrase = " ".join((normalize_role(t.text) or t.text) if t.text.isupper() and is_title_word(t.text) else t.text
                          for t in subject.subtree)  # "the PM": the prime minister ("the head of NATO": as written)
        named_country = next((code for code in map(country_code, (t.text for t in subject.subtree)) if code), None)
        if any(c.dep_ == "amod" and c.lower_ in {"new", "newly"} for c in subject.children):
            told_new = {m.key for m in self.people.mentions if m.key and m.key not in keys
                        and (any(t.lower_ in {"new", "newly", "incoming"} for t in self.doc[max(0, m.start - NEW_REACH):m.start])
                             or NEWCOMER.match(self.doc[m.end:m.end + NEWCOMER_REACH].text))}
            told_new = {k for k in told_new if (o := self.official(k)) is not None and o.roles and not (
                self.anchor is not None and reference.terms_by_person().get(k)
                and ((term := term_on(k, self.anchor)) is None or term.end is not None and term.end < self.anchor))}
            # (not "X, the former Prime Minister, took office in 2020": out of office on the day)
            if len(told_new) == 1:  # "The new prime minister ...", after "Japan's new PM Fumio Kishida": Kishida
                return told_new
        own = self._home_principal(phrase, keys) if named_country is None else None
        if own:  # a government's readout: "the Prime Minister" is its own
            return {own}
        headlined = self._headline_principal(phrase, keys) if named_country is None else None
        if headlined:  # "President Obama Phones Back World Leaders" over "the President also spoke with ..."
            return {headlined}
        wanted = families((phrase,))
        pool = [o for o in self.people.officials.values() if o.key not in keys and o.country not in others
                and (named_country is None or o.country == named_country)]
        title = {fold(w) for w in phrase.split() if is_title_word(w)}
        title |= {word for style, words in STYLE_HOLDERS.items() if style in title for word in words}  # "His Majesty"
        pool = [o for o in pool if families(o.roles) & wanted and not self._holds_other_post(o, phrase)
                or title & {fold(w) for role in o.roles for w in role.split()}]  # "the Crown Prince": a prince
        best = max(pool, key=lambda o: (len(title & {fold(w) for role in o.roles for w in role.split()} - {"the", "of"}),
                                        bool(families(o.roles) & wanted), len(o.mentions))) if pool else None
        # ("the external affairs minister": the one whose post shares the most words, not a prime minister)
        if best is None or best.country is None:
            caller = self._caller_so_far(keys)
            named_after = subject.i + 1 < len(subject.doc) and self._key_at(subject.doc[subject.i + 1]) is not None
            if named_country is None and caller is not None and not named_after \
                    and (o := self.official(caller)) is not None and _same_post(phrase, o.roles):
                return {caller}  # "X made telephone calls on Wednesday. The premier reached President A": X
        return {best.key} if best is not None else set()

    def _holds_other_post(self, official: Official, title: str) -> bool:
        """The tables put the official in another post on the article's day than the one `title` names (a president
        is not "the Prime Minister")."""
        term = term_on(official.key, self.anchor) if official.country and self.anchor else None
        if term is None or not term.covers(self.anchor):
            return False
        post = reference.post_titled(title, official.country)
        return post is not None and post != term.post

    def _headline_principal(self, title: str, keys: set[str]) -> str | None:
        """The office holder on the article's day the headline names with the title told alone in the body ("the
        President"), by the family name the headline gives after that title, if no official of the article holds it."""
        words = [w for w in title.split() if is_title_word(w)]
        if not words or not self.anchor or any(
                o.key not in keys and set(map(fold, words)) <= {fold(w) for r in o.roles for w in r.split()}
                for o in self.people.officials.values()):
            return None
        after = re.search(rf"\b{re.escape(' '.join(words))}\s+([A-Z][\w'’-]+)", self.headline, re.IGNORECASE)
        if after is None:
            return None
        named = [t for t in reference.office_terms() if t.covers(self.anchor)
                 and fold(t.name.split()[-1]) == fold(after.group(1))
                 and reference.post_titled(" ".join(words), t.country) == t.post]
        if len({t.key for t in named}) != 1 or canonical_key(named[0].key) in keys:
            return None
        return self._holder_on(named[0].country, named[0].post, self.anchor, None)

    def _home_principal(self, title: str, keys: set[str]) -> str | None:
        """The holder on the article's day of the publishing government's post that `title` names, unless on the other
        side already."""
        post = reference.post_titled(title, self.home) if self.home and self.anchor else None
        if post is None:
            return None
        key = self._holder_on(self.home, post, self.anchor, None)
        return key if key not in keys else None  # (an inferred official no call keeps is dropped when the run ends)

    def _dates_other_event(self, expr, sentence: SpacySpan, trigger: Token) -> bool:
        """The date hangs from a verb other than the call word, the verb that holds it or a clause of the call."""
        i = token_at(self.doc, sentence.start_char + expr.start)
        if i is None:
            return False
        if HOURS_APART.search(span_text(sentence)[:expr.start]) and trigger.idx > sentence.start_char + expr.start:
            return False  # "Hours after taking office on Friday, X held a conversation with Y": that Friday
        clause = OTHER_CLAUSE_BEFORE.search(span_text(sentence)[:expr.start])
        if clause and not sentence.start_char + clause.start() <= trigger.idx < sentence.start_char + expr.start:
            return True  # "..., Hayashi's first since he took office Wednesday": the day of that clause's event
        if EVENT_PLACED_BEFORE.search(span_text(sentence)[:expr.start]):
            return True  # "the preparations for a meeting in New York on Sept. 22": the meeting's day
        since = next((a for a in self.doc[i].ancestors if a.lower_ == "since" and a.dep_ in {"prep", "mark"}), None)
        if since is not None and not self._in_subtree(trigger, since):
            return True  # "Since his swearing-in on January 20, Trump has spoken with five leaders": when a span began
        anchors = {trigger}
        node = trigger
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
            anchors.add(node)
        if node.lemma_.lower() in DESCRIBING_VERBS and node.i != trigger.i and self.doc[i] not in trigger.subtree \
                and not BEFORE_THE_TELLING.search(span_text(sentence)[expr.start:expr.end]) \
                and any(c.dep_ in {"dobj", "oprd"} and c in {trigger, trigger.head}
                        or c.dep_ == "prep" and c.lower_ == "as" and trigger in c.subtree for c in node.children):
            self.report_days.add(expr)  # "On Friday he described his talk with X as wide-ranging": the day he said so
            return True
        if _during_dated_gathering(self.doc[i], anchors):
            return False  # "On the sidelines of a Saturday meeting, A called B": the call was held that day
        above = set(trigger.ancestors)
        held = next((c for c in trigger.children if c.dep_ == "relcl"), None)  # "the call she had had with X"
        if held is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in held.children) \
                and not self._in_subtree(self.doc[i], held):
            return True  # "buoyed on Tuesday by the good call she had had with X": a call before the day told
        speaking = _speaking_while(trigger)
        if speaking is not None:  # "Speaking with A, B said ... after ... on Thursday": B's words
            above -= {speaking, *speaking.ancestors}
        date_word = self.doc[i]
        day_word = date_word.head if date_word.dep_ in {"det", "amod", "prep"} else date_word  # ("this Thursday")
        aired = day_word.head
        told_in = aired.head if aired.dep_ == "acl" else self.doc[aired.i - 1] if aired.tag_ == "VBN" and aired.i else None
        if aired.pos_ == "VERB" and told_in is not None and told_in.lemma_.lower() in DOCUMENT_NOUNS | TELLING_NOUNS \
                and (aired.dep_ != "acl" or not self._in_subtree(trigger, aired)):
            self.report_days.add(expr)  # "said in an interview aired this Thursday that he had held one conversation":
            return True                 # the day the interview was aired
        if date_word.dep_ in {"compound", "npadvmod", "nmod", "amod"} and date_word.head.lemma_.lower() in DOCUMENT_NOUNS:
            self.report_days.add(expr)  # "a Tuesday readout from the spokesperson of a phone call": the readout's day
            return True
        if date_word.dep_ in {"compound", "nmod", "amod"} and date_word.head.pos_ == "NOUN" \
                and date_word.head.ent_type_ not in {"DATE", "TIME"} and not _is_call_word(date_word.head.text) \
                and any(t.dep_ == "det" and t.lower_ == "the" for t in date_word.head.children) \
                or date_word.dep_ == "poss" and date_word.head.pos_ == "NOUN" and not _is_call_word(date_word.head.text) \
                and date_word.head.i != trigger.i and date_word.head.lemma_.lower() in OTHER_EVENT_NOUNS | ELECTION_NOUNS:
            # ("Wednesday's election"; not "Thursday's phone talks")
            return True  # "congratulations on the May 14 elections": the day of the event the date names
        owner = date_word.head
        if date_word.dep_ in {"npadvmod", "appos"} and owner.pos_ in {"NOUN", "PROPN"} and owner not in anchors \
                and not (trigger.pos_ != "VERB" and self._in_subtree(owner, trigger)) \
                and any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and owner.i < c.i < date_word.i for c in owner.children):
            return True  # "the referendum Venezuela held last Sunday, December 3": the day of that clause's event
        for node in self.doc[i].ancestors:
            if node.dep_ == "ccomp" and _call_clause_misparsed(node):
                return False  # "in a phone call he placed today to X": the call's own day
            if node.dep_ == "relcl" and _took_place(node) and node.head.ent_type_ == "PERSON" \
                    and self._in_subtree(node.head, trigger.head if trigger.dep_ == "compound" else trigger):
                return False  # "A's call with B, which took place on Wednesday", the parser hanging the clause on B
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in PLANNED_HEADS:
                return True  # "the call had been meant to happen on Monday": the day it was planned for
            if node.dep_ == "acl" and node.lemma_.lower() in PUBLISHING_VERBS and node.tag_ == "VBN":
                self.report_days.add(expr)  # "a readout of the call issued by the ministry on Thursday": the
                return True  # readout's day (the parser may hang "issued" on the call)
            if node in above and node not in anchors and node.lemma_.lower() in REPORTING_VERBS and node.pos_ == "VERB" \
                    and _told_as_to_come(trigger, node):
                return True  # "On the previous evening, the office said 25 countries were expected on the call": the
                # day it was said, before the call (no day of the call, nor of its report)
            if node in above and node not in anchors and node.lemma_.lower() in REPORTING_VERBS and node.pos_ == "VERB" \
                    and VAGUE_TIME.search(span_text(sentence)):
                self.report_days.add(expr)  # "On Saturday the spokesman said that A spoke with B this week": the report's
                return True
            if node in above and node not in anchors and self._in_other_conjunct(node, trigger):
                return True  # "The 2+2 is set for January 7, yet A asked for a call ahead of it": the 2+2's day
            if node in above and node not in anchors and node.pos_ == "VERB" and not _is_call_word(node.text) \
                    and _joined_below(node, trigger) \
                    and any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"} and not _is_call_word(c.text)
                            for c in node.children):
                return True  # "he received X on Monday and then telephoned him on Wednesday": the visit's day
            if node in anchors or node in above:
                return False  # the call word, its verb, or a clause the call is told in ("On Friday, A held what ... called a phone call")
            if node.pos_ == "NOUN" and node.lemma_.lower() in OTHER_EVENT_NOUNS and not _is_call_word(node.text):
                return True  # "they discussed the preparations for a meeting in New York on Sept. 22": the meeting's day
            if node.dep_ == "acl" and node.lemma_.lower() in {"hold", "have", "make", "conduct", "place"} \
                    and node.head.pos_ == "PROPN" and trigger.i < node.head.i <= trigger.i + 6 and trigger.pos_ != "VERB" \
                    and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[trigger.i + 1:node.head.i]):
                return False  # "the phone call Prime Minister X held with Y on Saturday", the parser hanging "held"
                # from the name: the call's own verb
            if node.dep_ == "acl" and node.pos_ == "VERB" and node.head not in anchors and node.head.pos_ == "NOUN" \
                    and (_is_call_word(node.head.text) or node.head.lemma_.lower() in OTHER_EVENT_NOUNS):
                return True  # "Building on the talks held on 8 February, X spoke with Y": those talks' day
            if node.dep_ in {"acl", "relcl"} and node.pos_ == "VERB" and node.head not in anchors \
                    and node.head not in above and node.head.pos_ in {"NOUN", "PROPN"} \
                    and (not self._in_subtree(node.head, trigger)
                         or trigger.pos_ == "VERB" and node.head.head.dep_ == "prep" and node.head not in trigger.children
                         and not any(a.pos_ == "NOUN" and _is_call_word(a.text) for a in node.head.ancestors)):
                # ("A and B have talked ... in the wake of the referendum Venezuela held last Sunday": that event's day)
                return True  # "gave him notice of the support announced today": the day of the support's announcement
            if node.pos_ in {"VERB", "AUX"} and node.is_alpha and node.dep_ != "prep" \
                    and not (node.dep_ in {"relcl", "acl"} and node.head in anchors):  # "following" is a preposition
                # a clause with its own subject ("before they met on ..."); "a call which took place on ..." is the call's own
                if node.tag_ in {"VBZ", "VBP"} and not _is_call_word(node.text) and node not in above:
                    return True  # "before Ramadan begins on Sunday": an event still to come, in the present tense
                return any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        return False

    @staticmethod
    def _in_other_conjunct(node: Token, trigger: Token) -> bool:
        """The call is told in a clause joined to `node`'s with its own subject, and `node`'s clause has another."""
        child = next((t for t in [trigger, *trigger.ancestors] if t.head.i == node.i and t.i != node.i), None)
        return child is not None and child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} \
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children) \
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)

    def _reported_on(self, sentence: SpacySpan, text: str, expr) -> bool:
        """"..., the ministry said on Sunday": the day the call was reported; not "the support announced today",
        a verb that only describes a thing."""
        match = REPORTED_ON.search(text[:expr.start])
        if not match:
            return self._dates_a_report_of_an_earlier_call(sentence, expr)
        at = token_at(self.doc, sentence.start_char + match.start())
        return at is None or self.doc[at].dep_ != "acl"

    def _dates_a_report_of_an_earlier_call(self, sentence: SpacySpan, expr) -> bool:
        """"On Thursday the president's office confirmed that he had spoken with X": the day of the confirming, the
        call told in the pluperfect before it (not "On Oct. 12, X said he had talked ...", that day's news)."""
        at = token_at(self.doc, sentence.start_char + expr.start)
        if at is None:
            return False
        word = self.doc[at]
        if word.dep_ == "prep" and at + 1 < len(self.doc):  # "On Thursday": the day itself
            word = self.doc[at + 1]
        verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head if word.dep_ == "npadvmod" else None
        return verb is not None and verb.lemma_.lower() in {"confirm"} \
            and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.children)
                    and any(t.lower_ in CALL_NOUNS or _is_call_word(t.text) for t in c.subtree) for c in verb.children)

    def _subjects_of(self, verb: Token | None, sentence: SpacySpan) -> set[str]:
        """The officials who are the subject of `verb`, speakers included ("A and B agreed ...")."""
        if verb is None:
            return set()
        inside = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        return {m.key for m in self.people.in_sentence(sentence_index(self.doc, sentence))
                if (m.end - 1 in inside or m.start in inside) and not _in_anothers_title(self.doc, self.doc[m.start].idx)}

    def _between_pair(self, sentence: SpacySpan) -> set[str] | None:
        """The two officials the parse joins after "between" ("the contact between A and B")."""
        for token in sentence:
            if token.lower_ != "between":
                continue
            first = next((c for c in token.children if c.dep_ == "pobj"), None)
            if first is None:
                continue
            keys = {self._key_at(t) for t in [first, *(c for c in first.children if c.dep_ == "conj")]} - {None}
            if len(keys) == 2:
                return keys
        return None

    def _between(self, sentence: SpacySpan, ordered: list[tuple[int, str]], keys: set[str]) -> set[str]:
        """"X's call followed two calls between A and B": only those named after "between" take part."""
        for token in sentence:
            if token.lower_ == "between":
                if token.head.pos_ == "NOUN" and not _is_call_word(token.head.text) \
                        and token.head.lemma_.lower() not in CALL_NOUNS:
                    continue  # "friction between Gallant and Netanyahu": not the call's parties
                after = {k for p, k in ordered if p > token.idx}
                first = next((c for c in token.children if c.dep_ == "pobj"), None)
                joined = {self._key_at(t) for t in [first, *first.conjuncts]} - {None} if first is not None else set()
                if len(joined) == 2 and joined <= after:
                    return joined  # "after the conversation between A and B, the planned A-C talks ...": A and B
                if first is not None and len(joined) == 1 and first.conjuncts and len(keys - joined) >= 2 \
                        and (_is_call_word(token.head.text) or token.head.lemma_.lower() in CALL_NOUNS):
                    return joined  # "the call on Monday between the PT leader and President Trump": Trump, and one the
                    # article names otherwise; not the others the sentence names
                if len(after) >= 2:
                    return after
        return keys

    def _trigger(self, sentence: SpacySpan) -> Token | None:
        for token in sentence:
            if (_on_the_line(token) or _participants_were(token)) and _is_actual(token):
                return token  # "On the line with Biden were A; B; C ...", "the participants were ...": on a call
            if token.lower_ in {"conference", "link", "chat", "meeting", "summit"} and token.i > sentence.start \
                    and self.doc[token.i - 1].lower_ in {"video", "phone", "telephone", "virtual", "online"} and _is_actual(token):
                return token  # "held a video conference with", "a virtual meeting"
            if token.lemma_.lower() == "meet" and any(c.lower_ in REMOTELY for c in token.children) and _is_actual(token):
                return token  # "met virtually", "met by video link"
            if token.lower_ in {"meeting", "summit", "session", "talks", "conference"} and _held_remotely(token) \
                    and _is_actual(token) and not _held_in_a_city(token):
                return token  # "held a trilateral ministerial meeting by virtual means", "a summit via video link"
            if token.lemma_.lower() in {"contact", "reach"} and token.pos_ == "VERB" and self.remote_medium \
                    and _is_actual(token) and any(c.dep_ == "dobj" and self._key_at(c) is not None for c in token.children) \
                    and (token.lemma_.lower() == "contact" or any(
                        c.dep_ == "nsubj" and (self._key_at(c) or is_title_word(c.text) or c.lower_ in THIRD_PERSON)
                        for c in token.children)):  # (not "A cable reached X")
                return token  # "On Wednesday, X contacted Y", "The premier reached President A", in a report of phone
                # calls
            if _is_call_word(token.text) and _is_actual(token):
                if token.lower_ == "called" and token.i >= 2 and self.doc[token.i - 1].text == "-" \
                        and self.doc[token.i - 2].lower_ == "so":
                    continue  # "the so-called comfort women": a name, not a call
                if token.lemma_.lower() == "call" and token.pos_ == "VERB" and (any(
                        c.i == token.i + 1 and c.lower_ in NOT_PHONING_PARTICLES and c.dep_ in {"prep", "prt", "advmod"}
                        and not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
                        # ("was called on Wednesday by X": a day, not "called on X")
                        or c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i - token.i <= CALLED_ON_REACH
                        and _names_someone(c)  # "called in Warsaw on X": visited X
                        or c.dep_ == "oprd" and (self._key_at(c) is None or QUOTE_MARKS.search(span_text(sentence)))
                        # "called it a ..." (an official misparsed as its complement is the callee, unless quoted words
                        # may be what they were called)
                        or c.dep_ == "dobj" and _a_thing(c) for c in token.children)
                        or token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "for"
                        or any(c.dep_ == "prep" and c.lower_ == "for" and any(
                            g.dep_ == "pobj" and g.lemma_.lower() not in DURATION_UNITS for g in c.children)
                            for c in token.children)
                        or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                               for c in token.children)):  # "called again and again for the government to ..."
                    continue  # "called on the general" (a visit), "called on Moscow to", "called for", "called it a",
                    # "called the program the gravest problem"
                if token.lower_ in {"spoke", "speak", "speaks", "speaking", "talked", "talk", "talking", "spoken",
                                    "telephoned"} and not any(
                        c.lower_ in {"with", "to", "by", "on", "over"} or token.lower_ == "telephoned" and c.dep_ == "dobj"
                        for c in token.children) and not self._with_ahead(token, sentence) \
                        and not _reciprocal_subject(token):  # ("the two men had last spoken in February")
                    continue  # "spoke today with", "talked for the second time in two days with": the parser may hang
                    # "with" on a later word
                if token.lower_ in {"spoke", "speak", "speaks", "spoken", "talked", "talk"} and _to_an_audience(token):
                    continue  # "spoke to the press after the dialogue": a statement, not a call
                if token.lemma_.lower() in {"speak", "talk"} and _at_an_event(token):
                    continue  # "speaking at a joint briefing with X": beside X, in person
                if token.lower_ == "speaking" and (re.match(r"speaking\s+(?:on condition|anonymously|to (?:reporters|journalists|the press|the media))",
                                                           span_text(sentence)[token.idx - sentence.start_char:]) or token.dep_ == "advcl"
                                                  and token.head.lemma_.lower() in REPORTING_VERBS | {"note"}
                                                  and not any(c.dep_ == "prep" and c.lower_ in {"with", "by", "over"}
                                                              for c in token.children)):
                    continue  # "a U.S. official said, speaking on condition of anonymity": the source, not a call
                if token.lower_ == "speaking" and token.dep_ == "advcl" and any(
                        c.dep_ == "prep" and c.lower_ in {"at", "in", "during", "after", "before"} for c in token.children) \
                        and not any(c.dep_ == "prep" and (c.lower_ in {"with", "by", "over", "to"} or c.lower_ == "on" and any(
                            _is_call_word(g.text) for g in c.children)) for c in token.children):
                    continue  # "Speaking at the White House on June 23, X recalled that ...": where X spoke, to the press
                if token.lower_ == "talks" and _held_at_a_place(token):
                    continue  # "the talks he had held in Moscow the previous day with X": met there
                if token.lower_ in {"talks", "talk"} and _set_beside(token):
                    continue  # "Before the talks with Wang, X spoke by telephone with Y": the talks are another event
                if token.pos_ == "NOUN" and token.lemma_.lower() in {"conversation", "call"} and token.dep_ == "pobj" \
                        and token.head.lower_ == "before" and _set_beside(token) \
                        and any(_is_call_word(t.text) and t.head.i != token.i for t in sentence if t.i > token.i + 2):
                    continue  # "Before his conversation with A, X had held phone calls with B and C": the calls told
                if token.lower_ == "talks" and (token.dep_ == "pobj" and token.head.lower_ in {"on", "about", "over"}
                                                and not _is_call_word(token.head.head.text)
                                                or _held_in_a_city(token)):
                    continue  # "A and B fill C in on Brussels talks": what they told of, not how
                if token.pos_ == "NOUN" and _in_adverbial_clause(token) and _is_call_word(sentence.root.text) \
                        and sentence.root.pos_ == "VERB" and sentence.root.i > token.i:
                    continue  # "Building on the talks held in Paris with A, X spoke with Y": the main clause's call
                if token.lower_ in {"talks", "talk"} and not re.search(r"phone|video|telephon|virtual|online", span_text(sentence), re.IGNORECASE) \
                        and not _definite_follow_up(token) and not (self.remote_medium and not _met_in_person(token)):
                    continue  # "held talks with": a call only where the article tells of a phone or video call
                return token
        return None

    def _with_ahead(self, verb: Token, sentence: SpacySpan) -> bool:
        """A "with" or "by" a few words after the verb, in its clause (no punctuation or other verb between)."""
        for j in range(verb.i + 1, min(verb.i + WITH_REACH, sentence.end)):
            word = self.doc[j]
            if word.lower_ in {"with", "by"}:
                return True
            if word.is_punct or word.pos_ in {"VERB", "AUX"}:
                return False
        return False

    def _caller_so_far(self, besides: set[str]) -> str | None:
        """The one who placed the calls told so far: of a sentence that says one official made calls ("X made
        telephone calls to ..."), else the one on every call told."""
        callers = {m.initiator for m in self.mentions if len(m.participants) == 1 and not m.earlier
                   and m.initiator in m.participants}
        if len(callers) == 1:
            caller = next(iter(callers))
            return caller if caller not in besides else None
        return self._host_of_the_calls_so_far(besides)

    def _principal_titled(self, words: str, named: set[str]) -> str | None:
        """The official of the article a title names, other than those `named`: the publishing government's holder of
        that post, else the one holder, else the holder the article names most often."""
        others = set(self.people.officials) - named
        own = self._home_principal(words, named)
        if own is not None and own in others:
            return own
        holders = self._title_holders(words, others, by_family=True)  # ("the premier": the prime minister)
        if len(holders) <= 1:
            return holders[0] if holders else None
        uses = Counter(m.key for m in self.people.mentions if m.key in holders).most_common(2)
        return uses[0][0] if len(uses) == 2 and uses[0][1] > uses[1][1] else None

    def _holder_of_title(self, words: str, participants: set[str]) -> str | None:
        """The one participant whose post a title in `words` names ("the country's King", "the Turkish president")."""
        holders = self._title_holders(words, participants)
        return holders[0] if len(holders) == 1 else None

    def _title_holders(self, words: str, candidates: set[str], by_family: bool = False) -> list[str]:
        """The candidates whose post shares a title word with `words` (of the country the words name, if any);
        with `by_family`, also those whose post is of the family the words name."""
        folded = set(re.findall(r"[a-z]+", fold(words)))
        code = next((c for w in re.findall(r"[A-Z][\w.]+", words) if (c := country_code(w))), None)
        wanted = families((words,)) if by_family else set()
        return [k for k in candidates if (o := self.official(k)) is not None and (code is None or o.country == code)
                and (any(set(re.findall(r"[a-z]+", fold(role))) & folded & TITLE_HEADS for role in o.roles)
                     or wanted & families(o.roles))]

    def initiator(self, sentence: SpacySpan, participants: set[str], trigger: Token) -> str | None:
        text, base = span_text(sentence), sentence.start_char
        participants = participants or set(self.last_pair)  # "The Russian side initiated the call": the pair told of
        for side in SIDE_INITIATED.finditer(text):  # "the Iranian Government had asked for it", "It was the US
            key = self._side(country_code(side.group(1) or side.group(2)), participants)  # Defense Secretary who requested it"
            if key:
                return key
        mentions = sorted([(self.doc[m.start].idx - base, m.key) for m in self.people.in_sentence(
            sentence_index(self.doc, sentence))] + [(h.start(), k) for h in HANDLE.finditer(text)
                                                    if (k := self._handle_owner(h.group(1))) is not None])
        # (a handle names its owner: "he appreciated the call from @SecBlinken")
        key = self._cleft_caller(sentence, participants)
        if key:
            return key
        for match in INITIATOR_AFTER.finditer(text):
            rest = text[match.end():]
            if OTHER_SIDE.match(rest) and len(participants) == 2:  # "at the request of the other side, A held talks
                subject = _doer(trigger)                               # with B": B asked
                doer = self._key_at(subject) if subject is not None else None
                if doer in participants:
                    return next(iter(participants - {doer}))
                told_by = self._reporting_side(sentence, participants)
                if told_by is not None:  # "the Turkish ministry said the call was held at the request of the other
                    return next(iter(participants - {told_by}))  # side": the side that is not Turkey
            side = re.match(r"(?:the\s+)?([A-Z][\w.]+)\s+side", rest)
            if side:
                return self._side(country_code(side.group(1)), participants)
            places = re.match(r"(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)((?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.]+)*", rest)
            if places and re.search(r"\s+and\s+|,", places.group(0)):  # "initiated by Tokyo and Washington": each its own
                codes = {country_code(p) for p in re.split(r"\s*,\s*|\s+and\s+", places.group(0))} - {None}
                own = [k for k in participants if (o := self.official(k)) is not None and o.country in codes]
                if len(own) == 1:
                    return own[0]
            place = re.match(r"(?:the\s+)?([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\b(?!\s*[’']s)", rest)
            code = place and (country_code(place.group(1)) or country_code(place.group(1).split()[0]))
            if code and not any(match.end() <= pos <= match.end() + len(place.group(0)) for pos, _ in mentions):
                return self.by_country(code, among=participants or None, like=participants)  # "at the request of Seoul"
            clause_end = match.end() + (rest.index(",") if "," in rest[:40] else 40)
            after = [k for pos, k in mentions if match.end() <= pos <= clause_end]  # (not "placed by the Emir of
            if after:                                                                # Qatar, President X said")
                return after[0]
            title = rest[:TITLE_AFTER_REACH].split(",")[0]
            titled = self._holder_of_title(title, participants) or (
                self._holder_of_title(title, set(self.people.officials) - participants) if len(participants) < 2
                else None)  # ("Answering a call placed by the Emir of Qatar, X said": the emir the article names)
            if titled:  # "at the initiative of the country's King": the participant who is king
                return titled
        quoted_call_to = QUOTED_CALL_TO.search(text)
        if quoted_call_to is not None and len(participants) == 2:  # 'X wrote: "Warm congratulatory call to FM Y"': X
            writers = self.speakers(sentence) & participants
            if len(writers) == 1:
                return next(iter(writers))
        placed = CALL_THEY_PLACED.search(text)
        if placed is not None:  # "X disclosed what was said in a phone call he placed today to Y": X
            root_subject = next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            subject = self._key_at(root_subject) if root_subject is not None else None
            if subject in participants:
                return subject
            unnamed = participants - {k for _, k in mentions}
            if root_subject is not None and root_subject.lower_ in THIRD_PERSON and len(participants) == 2 \
                    and len(unnamed) == 1:
                return next(iter(unnamed))  # "He raised it in a call he made to Y": he, the one told of before
        for pattern in CALLER_NAMED:  # "The call, which Austin had asked for", "A thanked B for the call", "King X's
            for match in pattern.finditer(text):  # call to Y": Austin, B, X placed it
                key = next((k for pos, k in mentions if match.start(1) <= pos < match.end(1) and k in participants), None)
                if key is None and pattern is CALL_RECEIVED_FROM \
                        and re.match(r"[’']s\s+[\w\s-]{0,40}?,\s", text[match.end(1):]):  # "received from the UAE's
                    key = next((k for pos, k in mentions if match.end(1) < pos <= match.end(1) + TITLE_AFTER_REACH * 2
                                and k in participants), None)  # foreign minister, His Highness X": X
                if key:
                    return key
        ordinal = LATTERS_REQUEST.search(text)
        if ordinal and len(participants) == 2:  # "Xi talked with Modi, at the latter's invitation": Modi asked
            named = [k for pos, k in mentions if k in participants and pos < ordinal.start()]
            if len(set(named)) < 2:  # "At the latter's request, Wang talked with Blinken": of the two named after
                named = list(dict.fromkeys(k for pos, k in mentions if k in participants and pos > ordinal.end()))
            if len(set(named)) == 2:
                return named[-1] if ordinal.group(1).lower() == "latter" else named[0]
        for match in COUNTRY_INITIATIVE.finditer(text):  # "the call was held on the US initiative"
            code = country_code(match.group(1)) or country_code(match.group(1).split()[-1])
            key = self._side(code, participants) if code else None
            if key:
                return key
        his = HIS_REQUEST_AFTER.search(text)
        if his and len(participants) == 2 and trigger.i < (token_at(self.doc, base + his.start()) or 0):
            named = [k for pos, k in mentions if k in participants and pos < his.start()]
            if len(set(named)) == 2 and _doer(trigger) is not None and self._key_at(_doer(trigger)) == named[0]:
                return named[-1]  # "Xi held talks by telephone with Obama, President of the U.S., at his request"
        for match in POSSESSIVE_REQUEST.finditer(text):
            key = next((k for pos, k in mentions if match.start(1) <= pos < match.end(1)), None) \
                or self._named(match.group(1), mentions) \
                or (self._holder_of_title(match.group(1), participants) if match.group(1)[:1].islower() else None)
            if key:  # "at President Xi's request": the one named there; "at the prime minister's request": the holder
                return key
            code = country_code(match.group(1)) or country_code(match.group(1).split()[0])  # "at Washington's request",
            # "at the U.S. side's request"
            if code:
                key = self.by_country(code, among=participants or None, like=participants)
                if key:
                    return key
        for match in CALL_FROM.finditer(text):
            after = [k for pos, k in mentions if match.end() <= pos <= match.end() + 120 and k in participants] or [
                k for pos, k in mentions if pos >= match.end() and k in participants
                and re.search(r"\bfrom\s+$", text[max(0, pos - 6):pos])]  # "..., and from Macky Sall, ...": further on
            if after:
                return after[0]
            # "took phone calls from the foreign ministers of Jordan, Egypt and the United States": theirs
            codes = {c for word in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", text[match.end():match.end() + 150])
                     for c in (country_code(word), country_code(word.split()[-1]), country_code(word.split()[0])) if c}
            # ("a phone call from the president of the Turkish Republic")
            callers = [k for k in participants if (o := self.official(k)) is not None and o.country in codes]
            if len(callers) == 1:
                return callers[0]
            if len(callers) > 1:
                return None  # calls from the presidents of X, Y and Z: each pair's own caller, found pair by pair
        if AT_REQUEST.search(text) and len(participants) == 2:
            named = [k for pos, k in mentions if k in participants]
            if len(set(named)) == 2:
                return named[-1]  # "At request, Xi held talks with Trump": Trump asked
        for match in INITIATOR_BEFORE.finditer(text):
            before = text[:match.start()]
            side = re.search(r"([A-Z][\w.]+)\s+side\s*$", before.strip())
            if side:
                return self._side(country_code(side.group(1)), participants)
            at = token_at(self.doc, sentence.start_char + match.start())
            verb = self.doc[at] if at is not None else None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            by_subject = self._key_at(subject) if subject is not None else None
            if by_subject in participants:
                return by_subject  # "Macron, in Cairo for a meeting with A and B, organized the call": Macron
            if by_subject is not None:
                continue  # "A placed a call to B, while C phoned D": A's call, not C and D's
            prior = [k for pos, k in mentions if pos < match.start()]
            if prior:
                return prior[-1]
        for match in WHO_CALLED.finditer(text):
            prior = [k for pos, k in mentions if pos < match.start() and k in participants]
            if prior:
                return prior[-1]
        for match in CALLED_BY.finditer(text):  # "A was telephoned by B": B called
            after = [k for pos, k in mentions if match.end() <= pos <= match.end() + 120 and k in participants]
            if after:
                return after[0]
        for match in CALLER.finditer(text):
            rest = text[match.end():]
            if match.group(0).lower() in {"called", "initiated"} and not (
                    match.group(0).lower() == "initiated" and re.match(r"\s*(?:the|this|a)?\s*(?:[\w-]+\s+)?(?:call|conversation|talks?)\b|\s*[.,;]", rest)
                    or match.group(0).lower() == "called" and any(match.end() < pos <= match.end() + 60 and k in participants
                                                                  and re.fullmatch(r"[\s\w.’'-]*", text[match.end():pos])
                                                                  for pos, k in mentions)):
                continue  # "called for", "called it": not a phone call
            if re.match(r"\s+with\b", rest):
                continue  # "X telephoned with Y": a conversation of the two, not a call X placed
            at = token_at(self.doc, base + match.start())
            by_parse = self._caller_by_parse(self.doc[at], participants) if at is not None else None
            if by_parse:
                return by_parse
            subject = self._subject_before(text, match.start(), mentions, participants)
            if subject:
                return subject
            pronoun = next((c for c in self.doc[at].children if c.dep_ == "nsubj" and c.lower_ in THIRD_PERSON), None) \
                if at is not None else None
            if pronoun is not None:  # "On Monday he telephoned Putin": the participant not named after the verb
                others = participants - {k for pos, k in mentions if pos > match.start()}
                if len(others) == 1:
                    return next(iter(others))
            titled = self._titled_subject(next((c for c in self.doc[at].children if c.dep_ == "nsubj"), None), set()) \
                if at is not None else set()
            if len(titled) == 1 and titled <= participants:
                return next(iter(titled))  # "the Crown Prince rang four sheikhs": the crown prince called
        # "X called Y"
        if trigger.lemma_.lower() in {"call", "phone", "dial", "telephone", "reach", "contact"} and trigger.pos_ == "VERB" \
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):  # ("X telephoned
            # with Y": a conversation of the two)
            subjects = [c for c in trigger.children if c.dep_ in {"nsubj"}]
            if not subjects and trigger.dep_ == "pcomp" and trigger.head.lower_ == "by":
                subjects = [c for c in trigger.head.head.children if c.dep_ == "nsubj"]  # "A congratulated B by
                # telephoning him": A
            for subject in subjects:
                key = self._key_at(subject)
                if key:
                    return key
                if subject.lower_ in {"i", "we"}:
                    speakers = self.speakers(sentence)
                    if len(speakers) == 1:
                        return next(iter(speakers))
        return None

    def _reporting_side(self, sentence: SpacySpan, participants: set[str]) -> str | None:
        """The one participant whose country the sentence names (the side telling it)."""
        codes = {c for t in sentence if (t.ent_type_ in {"NORP", "GPE"} or t.pos_ in {"PROPN", "ADJ"} and t.text[:1].isupper())
                 and (c := country_code(t.text))}
        own = [k for k in participants if (o := self.official(k)) is not None and o.country in codes]
        return own[0] if len(own) == 1 else None

    def _cleft_caller(self, sentence: SpacySpan, participants: set[str]) -> str | None:
        """"It was the Turkish foreign minister who made the contact", "it was Biden who called": that participant."""
        text, base = span_text(sentence), sentence.start_char
        for cleft in CLEFT_CALLER.finditer(text):
            named = [m.key for m in self.people.in_sentence(sentence_index(self.doc, sentence))
                     if cleft.start(1) <= self.doc[m.start].idx - base < cleft.end(1) and m.key in participants]
            place = re.sub(r"^the\s+|\s+(?:side|government|administration)$", "", cleft.group(1))
            key = named[0] if named else self._side(country_code(cleft.group(2)) or country_code(place), participants)
            # ("it was the United States that initiated the call")
            if key:
                return key
        return None

    def _within_relative_clause(self, trigger: Token, ordered: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """"A, who spoke with B on Wednesday, travels with C": a call told in a relative clause is of the one the clause
        is about and of those named inside it."""
        clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"), None)
        if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "whom"}
                                     for c in clause.children):
            return ordered
        about = self._key_at(clause.head)
        if about is None:
            return ordered
        inside = {t.i for t in clause.subtree}
        kept = [(p, k) for p, k in ordered if k == about or token_at(self.doc, p) in inside]
        return kept if len({k for _, k in kept}) >= 2 else ordered

    def _in_other_event(self, position: int, trigger: Token) -> bool:
        """"The call was the first since X met Y in Cambodia": a name inside a clause of another event ("since",
        "when", "after" ...) that the call word is not part of does not take part in the call."""
        sentence = trigger.sent
        at = token_at(self.doc, position)
        if at is None or not sentence.start <= at < sentence.end:
            return False
        token = self.doc[at]
        if _departed(token):
            return True  # "condolences on the death of the late Sheikh X": no one on the call
        if _subject_hung_on_a_list(token):
            return False  # "..., where he was attending a summit, A and B went over ...": the parser's list
        if any(a.lower_ in {"of", "than"} and (a.head.lower_ in {"instead", "rather"}
                                               or any(c.lower_ in {"instead", "rather"} for c in a.children))
               for a in token.ancestors):
            return True  # "Biden chose to call Herzog instead of Netanyahu": not Netanyahu
        noun = trigger.head if trigger.dep_ == "compound" else trigger
        if noun.dep_ in {"nsubj", "nsubjpass"} and any(a.lemma_.lower() in URGING_VERBS and a.dep_ in {"xcomp", "ccomp", "advcl"}
                                                       and not self._in_subtree(trigger, a) for a in token.ancestors):
            return True  # "the call was also meant to ask Putin to talk with Zelensky": whom the caller asked, and whom
            # they were asked to talk with, not parties to the call
        clause = noun.head if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} \
            else trigger if trigger.pos_ == "VERB" else None
        if clause is not None and clause.dep_ in SUBORDINATE and token.i < clause.left_edge.i and any(
                c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in clause.children):
            return True  # "X suggested looking to see which phone conversations Biden has held": Biden's, not X's
        if any(a.dep_ == "prep" and a.lower_ in TALKED_ABOUT - {"over"} and a.head.i == trigger.i and any(
                o.dep_ == "pobj" and o.lemma_.lower() in EVENTS_TALKED_OF
                and any(m.dep_ == "amod" and m.lower_ in NOT_YET for m in o.children) for o in a.children)
               for a in token.ancestors):
            return True  # "they had talked about the future contact between A and B": a call to come, talked of
        for node in [token, *token.ancestors]:
            if self._in_subtree(trigger, node):
                return False
            if node.lemma_.lower() in {"reach", "contact", "call", "phone"} and node.dep_ == "xcomp" \
                    and node.head.lemma_.lower() in {"try", "attempt", "fail", "seek"} and node.i != trigger.i:
                return True  # "he had tried to reach Macron, but ended up speaking with his staff": not Macron
            if node.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and c.lower_ in EVENT_MARKS for c in node.children):
                if node.dep_ == "advcl" and node.lemma_.lower() in LIGHT_VERBS | ENDING_VERBS and any(
                        c.dep_ == "nsubj" for c in node.children) and any(
                        c.dep_ == "dobj" and _is_call_word(c.text) for c in node.children):
                    return True  # "A called B after he had finished a conversation with C": C was on that call
                if node.dep_ == "advcl" and _simple_or_pluperfect(node) and _is_call_word(node.text) and any(
                        c.dep_ == "nsubj" for c in node.children) and any(
                        c.dep_ == "mark" and c.lower_ in PAST_EVENT_MARKS for c in node.children):
                    return True  # "The call with A came after he spoke with C": C was on that earlier call
                return not _is_call_word(node.text) and not any(
                    _is_call_word(c.text) for c in node.children if c.dep_ in {"dobj", "prep", "attr"})
            if (node.lemma_.lower() in OTHER_EVENT_NOUNS or node.lemma_.lower() in {"conversation", "call"}
                    and node.i != trigger.i) and _set_beside(node) and re.fullmatch(
                    r"\s+(?:in\s+[A-Z][\w-]+\s+)?(?:with|between|and|among)\s+[^,;]*",
                    doc_text(self.doc)[node.idx + len(node.text):token.idx]):
                return True  # "Before his talks with Wang, X spoke by telephone with Y": Wang is in the talks; "one day
                # ahead of talks in Paris among the foreign ministers of A, B and C": they are at those talks
            if node.lemma_.lower() in OTHER_EVENT_NOUNS - {"talk", "talks"} and node.i != trigger.i and any(
                    p.dep_ == "prep" and p.lower_ in {"of", "between"} and p.head.i == node.i for p in token.ancestors):
                return True  # "a conversation that centred on the summit of A and B": the summit's, not the call's
            if node.dep_ == "ccomp" and _call_clause_misparsed(node):
                return False  # "what was said in a phone call he placed today to X": the call's own clause
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
                return True  # "X said in the call that Z had always argued ...": what was said, not who was on it
            if node.dep_ == "ccomp" and node.head.lemma_.lower() == "know" and node.head.head.lemma_.lower() == "let":
                return True  # "he had phoned X to let him know that Z had signed off on the help": what he told
            if node.dep_ == "relcl" and node.pos_ in {"VERB", "AUX"} and not _is_call_word(node.text) \
                    and any(t.lower_ in {"where", "when"} for t in self.doc[node.left_edge.i:node.left_edge.i + 3]) \
                    and not any(_is_call_word(c.text) for c in node.subtree):
                return True  # "by phone from Germany, where on March 9 he held a meeting with Z": Z was met there
            if node.dep_ in {"relcl", "acl"} and node.pos_ in {"VERB", "AUX"} and node.head.pos_ == "NOUN" \
                    and node.head.i != trigger.i and node.head.lower_ not in GATHERING_NOUNS \
                    and not self._in_subtree(trigger, node.head) \
                    and node.head.ent_type_ != "PERSON" and not _is_call_word(node.head.text) \
                    and not is_title_word(node.head.text) and node.head.lemma_.lower() not in PEOPLE_NOUNS \
                    and not any(_is_call_word(t.text) for t in node.subtree) and not _call_was_one_including(node, trigger):
                return True  # "investigations that could hurt X", "the new government, led by X": what was talked of
            if node.dep_ == "acl" and node.lemma_.lower() in CHOOSING_LEMMAS and any(
                    c.dep_ == "agent" and self._in_subtree(token, c) and not any(
                        a.dep_ == "appos" and self._in_subtree(a, c) for a in [token, *token.ancestors])
                    for c in node.children):
                return True  # "a conversation with the Vice President-elect chosen by X": X chose him (not "..., Y")
            if node.dep_ == "advcl" and node.tag_ == "VBN" and node.i >= 2 and self.doc[node.i - 1].text == "," \
                    and self.doc[node.i - 2].pos_ == "NOUN" and not _is_call_word(self.doc[node.i - 2].text) \
                    and any(c.dep_ == "agent" for c in node.children):
                return True  # (the same, "led by X" parsed as a clause of the sentence's verb)
        return False

    def _in_subtree(self, token: Token, node: Token) -> bool:
        """`token in node.subtree`, remembered: the names of a sentence share their ancestors."""
        key = (token.i, node.i)
        if key not in self._subtree_memo:
            self._subtree_memo[key] = token in node.subtree
        return self._subtree_memo[key]

    def _side(self, code: str | None, participants: set[str]) -> str | None:
        """"At the initiative of the French side": the participant of that country; in a follow-up naming only the
        other side, that country's official most like the one named."""
        return self.by_country(code, among=participants or None, like=participants) or (
            self.by_country(code, like=participants) if participants else None)

    def _caller_by_parse(self, verb: Token, participants: set[str]) -> str | None:
        """Who placed the call the verb tells: its subject (a verb joined to another shares that one's), or, when
        the subject is a pronoun, the participant other than the one called ("he met X and then phoned him": not X)."""
        shares = verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        doer = _verb_subject(verb.head if shares else verb)
        if doer is None or doer.dep_ == "nsubjpass":
            return None
        key = self._key_at(doer)
        if key in participants:
            return key
        if doer.lower_ not in THIRD_PERSON or len(participants) != 2:
            return None
        called = _verb_object(verb)
        if called is not None and called.lower_ in {"him", "her"} and shares:
            called = _verb_object(verb.head)  # "met X ... and then phoned him": X
        callee = self._key_at(called) if called is not None else None
        return next(iter(participants - {callee})) if callee in participants else None

    def _subject_before(self, text: str, position: int, mentions: list[tuple[int, str]], participants: set[str]) -> str | None:
        """The participant named last before a verb, in the same clause (no full stop or semicolon between)."""
        before = [(pos, k) for pos, k in mentions if pos < position and k in participants
                  and not re.search(r"[;]|\bsaid\b|\bwhile\b", text[pos:position])]
        return before[-1][1] if before else None

    def _named(self, name: str, mentions: list[tuple[int, str]]) -> str | None:
        for _, key in mentions:
            if key.split("-")[-1] == name.split()[-1].lower():
                return key
        return None

    def _key_at(self, token: Token) -> str | None:
        for m in self.people.mentions:
            if m.start <= token.i < m.end and m.key in self.people.officials:
                return m.key
        return None

    # -- merging ---------------------------------------------------------------------------------------------
    def merge(self) -> list[Call]:
        self.mentions = [m for m in self.mentions if not m.unnamed_round]
        calls: list[CallMention] = []
        main: CallMention | None = None
        orphans: list[CallMention] = []
        callers: list[str] = []
        loose: list[CallMention] = []  # "the conversation went on for 80 minutes", of no call told so far
        host: str | None = None
        latest: CallMention | None = None  # the call the latest mention naming both sides went to
        opened: CallMention | None = None  # a call of one named participant told apart from the main one
        redated: dict[tuple[int, dt.date], dt.date] = {}  # (sentence, day reckoned from "today") -> the day it was
        for mention in sorted(self.mentions, key=lambda m: m.start):
            told = (mention.spans[0].start, mention.date) if mention.spans and mention.date else None
            if mention.relative_day and told in redated:  # "Today X had calls with A and with B", A's call dated
                mention.date, mention.relative_day = redated[told], False  # the day before: B's too
            if mention.round and len(mention.participants) == 1 and host is None:
                host = next(iter(mention.participants))
            elif host is not None and len(mention.participants) == 1 and host not in mention.participants \
                    and not mention.earlier:
                mention.participants.add(host)  # "In the conversation with X, the two heads of state ...": the host's call
            if mention.joins and opened is not None and mention.participants:
                opened.participants |= mention.participants  # "X joined a separate call with a number of leaders.
                _absorb(opened, mention, dates=False)         # Taking part were A, B and C": that other call
                calls.append(opened)
                opened = None
                continue
            if mention.joins and calls and mention.participants:
                target = main if main is not None else calls[-1]
                target.participants |= mention.participants
                _absorb(target, mention, dates=False)
                continue
            if len(mention.participants) == 1 and not mention.earlier and main is not None \
                    and any(ANOTHER_CALL_JOINED.search(span.text) for span in mention.spans):
                opened = mention  # "After that, X joined a separate call with a number of leaders": a call of its own,
                continue          # its other participants told next
            if len(mention.participants) < 2:
                # a follow-up naming one side ("The call with Belousov was held at the request of the Russian side")
                # belongs to the latest call of that official, else to the article's main call
                named = [c for c in calls if mention.participants and mention.participants <= c.participants]
                if mention.date and any(c.date == mention.date for c in named):
                    named = [c for c in named if c.date == mention.date]  # "Sunday's call was made at X's request"
                elif main in named and not mention.back:
                    around = self._named_around(mention.start)
                    told_of = [c for c in named if c is not main and (c.participants - mention.participants) & around
                               and not (main.participants - mention.participants) & around]
                    named = told_of[-1:] or [main]  # "The British statement said Wallace had ... It was the Russian
                    # side that asked for the call": the call of the one just named, not the article's first
                elif mention.back and any(c is not main for c in named):
                    named = [c for c in named if c is not main]
                if not mention.participants and mention.initiator and not named:  # "That call was made at the
                    # initiative of the American president": the article's call, else the latest of the one who made it
                    named = [c for c in calls if mention.initiator in c.participants and not c.earlier] \
                        or [c for c in calls if mention.initiator in c.participants]  # ("that call", an earlier one)
                    if main in named and any(THE_DEFINITE_CALL.search(span.text) for span in mention.spans):
                        named = [main]  # ("it was the American side that initiated the conversation")
                    if latest is not None and latest.earlier and mention.initiator in latest.participants \
                            and any(THAT_CALL.match(span.text) for span in mention.spans):
                        named = [latest]  # "A had held his first call with B in June. That conversation was
                        # initiated by the United States": the earlier call just told
                target = named[-1] if named else main if main is not None and not mention.participants else None
                if target is not None:  # "The conversation took place today ...": the date of an undated call
                    _absorb(target, mention, dates=not (target.date or target.month_day) and not mention.back)
                elif mention.date and not mention.earlier:
                    orphans.append(mention)  # "Monday's call ran for an hour", told before the call's participants
                elif mention.initiator and not mention.earlier \
                        and not any(OTHERS_CALLED.search(span.text) for span in mention.spans):
                    callers.append(mention.initiator)  # "held because the American president had asked for it", told
                    # before the sentence that names both sides
                if target is None and not mention.earlier and any(DEFINITE_CALL.search(span.text) for span in mention.spans):
                    loose.append(mention)
                continue
            target = next((c for c in calls if _compatible(c, mention)), None)
            if target is None and main is not None and len(main.participants) >= 3 and not mention.earlier \
                    and mention.participants < main.participants and not main.earlier \
                    and (main.date is None or mention.date is None or main.date == mention.date) \
                    and any(THE_CALL.search(span.text) or THE_DEFINITE_CALL.search(span.text) for span in mention.spans):
                target = main  # "Biden, in the call with Netanyahu, ...", "As the conversation drew to a close, X
                # thanked Y": two of those on the article's group call
            latest = target or mention
            if target:
                if mention.relative_day and not target.relative_day and target.date and told:
                    redated[told] = target.date
                _absorb(target, mention, dates=True)
            else:
                calls.append(mention)
                if main is None and not mention.earlier:
                    main = mention
        first_call = min((c.start for c in calls if len(c.participants) >= 2 and not c.earlier), default=None)
        if loose and (first_call is None or loose[0].start < first_call):
            told = [t for t in self.told_pairs if t[0] < loose[0].start] if first_call is None else []
            told = told or [t for t in self.told_pairs if first_call is not None and loose[0].start < t[0] < first_call
                            and not any(set(t[1]) <= c.participants for c in calls)][:1]
            # ("The leaders held their telephone conversation at a moment when ... According to the White House, A
            # went over with B how ...": A and B's call)
            if told:  # "On Saturday Putin told the French and German leaders ... . The conversation went on for 80
                at, pair, day, span = told[-1]  # minutes": the pair told is the call's; "X also took part in the call"
                call = CallMention(participants=set(pair) | {k for m in loose for k in m.participants}, spans=[span],
                                   start=at)
                call.date = day or next((m.date for m in loose if m.date), None)
                call.initiator = next((m.initiator for m in loose if m.initiator), None)
                for m in loose:
                    _absorb(call, m, dates=False)
                calls.append(call)
                main = main or call
        counts = Counter(k for c in calls if len(c.participants) == 2 and not c.earlier for k in c.participants)
        round_host = host or next((k for k, n in counts.most_common(1) if n >= ROUND_SIZE), None)
        if round_host is not None:  # in a round of calls, two of those the host called did not call each other
            hosted = {frozenset(c.participants) for c in calls if round_host in c.participants and len(c.participants) == 2}
            calls = [c for c in calls if not (len(c.participants) == 2 and round_host not in c.participants
                                              and not c.earlier and not c.date
                                              and all(frozenset({round_host, k}) in hosted for k in c.participants))]
        if round_host is not None and ROUND_OUTREACH.search(doc_text(self.doc)):
            for c in calls:  # "X briefed his counterparts ... the outreach": X placed the round's calls
                if round_host in c.participants and len(c.participants) == 2 and not c.initiator and not c.earlier:
                    c.initiator = round_host
        groups = [c for c in calls if len(c.participants) >= 3 and not c.earlier and c.group_told]
        for pair in [c for c in calls if len(c.participants) == 2 and not c.earlier and (c.of_a_round or any(
                GROUP_PHONE_CALL.search(span.text) for span in c.spans))]:
            group = next((g for g in groups if pair.participants < g.participants
                          and (not pair.date or not g.date or pair.date == g.date)), None)
            if group is not None:  # "X speaks by telephone with his A and B counterparts Y and Z", told beside their
                _absorb(group, pair, dates=True)  # trilateral call: that call, not one with each
                calls.remove(pair)
        if main is not None and not main.initiator and len(set(callers)) == 1 and callers[0] in main.participants:
            main.initiator = callers[0]
        if main is not None and main.joins:  # "X held a call with leaders ... those taking part were A; B": X hosted it
            for o in orphans:
                main.participants |= o.participants
        told_by = {k for o in orphans for k in o.participants}
        if len({o.date for o in orphans}) == 1 and len(told_by) == 1 and all(o.participants for o in orphans):
            caller = next(iter(told_by))  # "On Wednesday X made telephone calls to ...": the day of
            for c in calls:                               # each of X's undated calls told after it
                if c is not main and caller in c.participants and not (c.date or c.month_day or c.earlier) \
                        and c.start > orphans[0].start:
                    c.date = orphans[0].date
        orphans = [o for o in orphans if main is not None and o.participants <= main.participants]
        if main is not None and not (main.date or main.month_day) and len({o.date for o in orphans}) == 1:
            _absorb(main, orphans[0], dates=True)
        calls = _fold_undated(calls, main)
        for c in calls:
            days = {day for pair, day, past in self.pair_days if (pair == frozenset(c.participants)
                    or len(c.participants) >= 3 and pair < frozenset(c.participants)) and (past or not c.earlier)}
            # (two of a group call; an earlier call when told in the past perfect: "... one day after he had spoken
            # with B. On Saturday, A had told B that ...")
            if not (c.date or c.month_day) and len(days) == 1:
                c.date = days.pop()
            if not (c.date or c.month_day or c.earlier) and c.spans and len(self.described_days) == 1:
                told, day = self.described_days[0]
                at = token_at(self.doc, c.spans[0].start)
                if at is not None and 0 < sentence_index(self.doc, self.doc[at].sent) - told <= DESCRIBED_DAY_REACH:
                    c.date = day
            hub = {day for key, day in self.hub_days if key in c.participants}
            if not (c.date or c.month_day or c.earlier) and len(hub) == 1 and len(set(self.hub_days)) == 1:
                c.date = hub.pop()
        for c in calls:  # "A, whose call with B came one day after he had spoken with C": the day after C's call
            gap = next((g for span in c.spans if (g := CAME_DAYS_AFTER.search(span.text))), None) \
                if not (c.date or c.month_day or c.earlier) else None
            count = _count(gap.group(1)) if gap else None
            before = [o.date for o in calls if o is not c and o.date and o.earlier and len(o.participants & c.participants) == 1
                      and any(span in c.spans for span in o.spans)] if count else []
            if len(before) == 1:
                c.date = before[0] + dt.timedelta(days=count)
        for c in calls:
            if c.day_of is None or c.month_day or c.date != c.day_of[2]:
                continue
            told = next((t.date or t.reported for t in calls if t is not c and t.participants == c.day_of[0].participants
                         and (t.date or t.reported)), None)
            c.date = told + c.day_of[1] if told is not None else c.day_of[2]
        days = {c.date for c in calls if c.date and not c.earlier}
        for c in calls:
            if c.same_day_as_next and not (c.date or c.month_day) and len(days) == 1:
                c.date = next(iter(days))
        calls = self._one_group_call(calls)
        _date_siblings(calls)
        _callers_of_the_others(calls)
        calls = _same_day_once(calls)
        if not AGAIN.search(doc_text(self.doc)):
            calls = _one_call_across_time_zones(calls)
        out = []
        for ordinal, c in enumerate(sorted(calls, key=lambda c: c.start), start=1):
            participants = tuple(sorted(c.participants))
            initiator = c.initiator if c.initiator in c.participants else None
            date = c.date or (c.reported if not c.month_day and not c.earlier else None)
            out.append(Call(participants=participants, date=date, month_day=c.month_day if not date else None,
                            initiator=initiator, mode=c.mode, duration_minutes=c.duration,
                            topics=tuple(dict.fromkeys(c.topics)), earlier=c.earlier, ordinal=ordinal,
                            evidence=tuple(dict.fromkeys(c.spans)), confidence=0.8 if c.date else 0.6))
        return out


def _callers_of_the_others(calls: list[CallMention]) -> None:
    """"X phoned A and two other defense ministers on Sunday. ... On Sunday he spoke with A, with B and with C": X
    placed that day's calls with the others too."""
    for told in calls:
        if told.initiator is None or not told.date or not any(AND_OTHERS_CALLED.search(span.text) for span in told.spans):
            continue
        for c in calls:
            if c is not told and c.initiator is None and c.date == told.date and told.initiator in c.participants \
                    and len(c.participants) == 2 and not c.earlier:
                c.initiator = told.initiator


def _one_call_across_time_zones(calls: list[CallMention]) -> list[CallMention]:
    """One pair's call that one side dates Monday and the other Sunday (their time zones), in an article that tells of
    no second call: one call, of the day told first."""
    kept: list[CallMention] = []
    for c in sorted(calls, key=lambda c: c.start):
        twin = next((k for k in kept if c.date and k.date and abs((k.date - c.date).days) == 1 and not (k.earlier or c.earlier)
                     and k.participants == c.participants and len(c.participants) == 2), None)
        if twin is None:
            kept.append(c)
        else:
            _absorb(twin, c, dates=False)
    return kept


def _same_day_once(calls: list[CallMention]) -> list[CallMention]:
    """A call of the same people on the same day told as the latest and, elsewhere, as an earlier one is one call."""
    kept: list[CallMention] = []
    for c in calls:
        twin = next((k for k in kept if c.date and k.date == c.date and k.participants == c.participants), None)
        if twin is None:
            kept.append(c)
        else:
            _absorb(twin, c, dates=False)
            twin.earlier = twin.earlier and c.earlier
    return kept


def _date_siblings(calls: list[CallMention]) -> None:
    """Calls told in one sentence ("X spoke with A; with B; and with C") that one of them dates are of that day."""
    by_sentence: dict[Span, list[CallMention]] = {}
    for c in calls:
        if c.spans and not c.earlier:
            by_sentence.setdefault(c.spans[0], []).append(c)
    for group in by_sentence.values():
        days = {c.date for c in group if c.date}
        if len(group) > 1 and len(days) == 1:
            for c in group:
                told_again = any(o is not c and o.participants == c.participants for o in calls)
                if not (c.date or c.month_day or c.reported or told_again):
                    c.date = next(iter(days))


def _fold_undated(calls: list[CallMention], main: CallMention | None) -> list[CallMention]:
    """An undated mention of a pair that the article also reports with a date is that call told again: a follow-up
    goes to the main call; "their second call" (an earlier one) to the dated earlier call of the pair, if any."""
    kept: list[CallMention] = []
    for c in calls:
        if c.date or c.month_day or c is main:
            kept.append(c)
            continue
        dated = [d for d in calls if d is not c and d.participants == c.participants and (d.date or d.month_day)]
        if c.earlier:
            main_date = main.date if main is not None and main.participants == c.participants else None
            dated = [d for d in dated if d is not main and (main_date is None or d.date is None or d.date < main_date)
                     and (d.earlier or not PAST_PERIOD.search(" ".join(s.text for s in c.spans)))]  # (not "the
            # previous weekend" into a later call of the pair)
        else:  # a follow-up of a call reported as current: never an earlier call of the pair
            dated = [main] if main in dated else [d for d in dated if not d.earlier] or (
                dated if len(dated) == 1 and dated[0].date and dated[0].date == (main.date if main else None) else [])
            # ("A called B moments after finishing a call with C ... A had also held a conversation with C": that day's)
        group = [d for d in calls if len(d.participants) >= 3 and c.participants < d.participants
                 and (d.date or d.month_day) and not d.earlier and not c.earlier]
        if dated:
            target = min(dated, key=lambda d: (d.date or dt.date.max)) if c.earlier else dated[0]
            _absorb(target, c, dates=False)
        elif len(group) == 1:  # two of those on a group call, told again without its day: that call
            _absorb(group[0], c, dates=False)
        else:
            kept.append(c)
    return kept


WITH_ITEM = re.compile(r"(?:^|;)\s*(?:and\s+|as\s+well\s+as\s+|also\s+)?with\b")
ROUND_REACH = 3
WITH_REACH = 9  # words after "spoke"/"talked" within which its "with" may come  # the calls told last that show whose round of calls it is


WITH_NEXT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*with\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?")
# ("on Sunday with [Prime Minister] B", "on Wednesday evening, with B")


def _spokes(pairs: list[set[str]], ordered: list[tuple[int, str]], base: int) -> tuple[list[str], dict[str, int]] | None:
    """Each pair's other party (the one in no other pair), and where in the sentence it is first named; None when
    a pair has none."""
    spokes = {k for pair in pairs for k in pair if sum(k in p for p in pairs) == 1}
    positions = {k: p - base for p, k in sorted(ordered, reverse=True) if k in spokes}
    of_pair = [next((k for k in pair if k in spokes), None) for pair in pairs]
    if any(k is None or k not in positions for k in of_pair):
        return None
    return of_pair, positions


def _distinct_days(days: list) -> list | None:
    """The days, when they are not all one day."""
    return days if len({(d.date, d.month_day) for d in days}) > 1 else None


def _days_before_each(pairs: list[set[str]], ordered: list[tuple[int, str]], dates: list, base: int) -> list | None:
    """The date told right before each pair's other party ("on Thursday with A, on Friday with B"), when every one
    has its own and they are not all one day."""
    spokes = _spokes(pairs, ordered, base)
    if spokes is None:
        return None
    of_pair, positions = spokes
    day_of, previous = {}, -1
    for spoke in sorted(of_pair, key=positions.get):
        told = [d for d in dates if previous < d.start < positions[spoke]]
        if not told:
            return None
        day_of[spoke], previous = told[-1], positions[spoke]
    return _distinct_days([day_of[k] for k in of_pair])


def _days_beside_each(pairs: list[set[str]], ordered: list[tuple[int, str]], dates: list, base: int,
                      text: str) -> list | None:
    """The date told beside each pair's other party: right before "with" that party ("on Sunday with B"), else
    after the party named before it ("with A late on Saturday"); when every one has one and they differ."""
    spokes = _spokes(pairs, ordered, base)
    if spokes is None:
        return None
    of_pair, positions = spokes
    in_order = sorted(of_pair, key=positions.get)
    day_of: dict[str, object] = {}
    told = sorted((d for d in dates if d.date or d.month_day), key=lambda d: d.start)
    events = sorted([(positions[k], "party", k) for k in in_order] + [(d.start, "day", d) for d in told],
                    key=lambda e: e[0])
    if len(told) == len(in_order) >= 2 and [e[1] for e in events] == ["party", "day"] * len(in_order):
        after = dict(zip([e[2] for e in events if e[1] == "party"], [e[2] for e in events if e[1] == "day"]))
        return _distinct_days([after[k] for k in of_pair])  # "with A on Thursday, with B, Japan's prime
        # minister, on Friday, and with C on Monday": each day after its party
    for d in told:
        following = next((k for k in in_order if positions[k] > d.start), None)
        if following is not None and WITH_NEXT.fullmatch(text[d.end:positions[following]]):
            day_of.setdefault(following, d)
            continue
        before = [k for k in in_order if positions[k] < d.start]
        if before:
            day_of.setdefault(before[-1], d)
    if any(k not in day_of for k in of_pair):
        return None
    return _distinct_days([day_of[k] for k in of_pair])


ANOTHER_CALL_JOINED = re.compile(r"\b(?:joined|took\s+part\s+in|participated\s+in)\s+(?:a|one)\s+(?:separate|second|further|"
                                 r"new|different)\s+(?:(?:tele)?phone\s+|video\s+|conference\s+)?(?:call|conversation|"
                                 r"video\s?conference|teleconference)\b|\b(?:joined|took\s+part\s+in)\s+another\s+"
                                 r"(?:(?:tele)?phone\s+|video\s+|conference\s+)?call\b", re.IGNORECASE)
GROUP_SUBJECT_NOUNS = {"head", "leader", "president", "minister", "counterpart", "official", "premier", "ruler",
                       "monarch", "king"}
SIDELINE_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}


def _during_dated_gathering(date_word: Token, anchors: set[Token]) -> bool:
    """The date names a gathering that the call verb was held during or beside ("during a Saturday meeting",
    "on the sidelines of a Saturday morning White House meeting")."""
    noun = date_word
    while noun.dep_ in {"compound", "nmod", "amod", "npadvmod"} and noun.head.i != noun.i:
        noun = noun.head
    if noun.lemma_.lower() not in GATHERINGS | OTHER_EVENT_NOUNS - {"talk", "talks"} or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in SIDELINE_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    elif prep.lower_ not in {"during", "at"}:
        return False
    return prep.dep_ == "prep" and prep.head in anchors


def _while_clause(verb: Token) -> bool:
    """A clause set beside another by "while" or "whereas" ("A called B, while C phoned D")."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"while", "whereas"} for m in verb.children)


def _hub_pairs(keys: set[str], ordered: list[tuple[int, str]]) -> list[set[str]] | None:
    """Three or more officials where the first named is the hub: one call of the hub with each other official, in
    the order they are named; None if fewer than three or the first named is not among them."""
    hub = min(ordered)[1] if ordered else None
    if len(keys) < 3 or hub not in keys:
        return None
    first_at = {}
    for position, key in sorted(ordered):
        first_at.setdefault(key, position)
    others = sorted(keys - {hub}, key=lambda k: (first_at.get(k, 10**9), k))
    return [{hub, other} for other in others]


def replace_mention(mention: CallMention, participants: set[str], initiator: str | None) -> CallMention:
    return replace(mention, participants=participants, initiator=initiator, topics=list(mention.topics),
                   spans=list(mention.spans))


def _list_items(text: str) -> list[str]:
    """"Britain, France and Turkey" -> ["Britain", "France", "Turkey"]."""
    return [re.sub(r"^the\s+", "", part.strip(" .;:")) for part in LIST_SPLIT.split(text.strip()) if part.strip(" .;:")]


def _listed_country(item: str) -> str | None:
    """The country a list item names ("the U.K." loses its full stop in `_list_items`)."""
    return country_code(item) or country_code(item + ".")


def _attribution(doc: Doc, start: int) -> bool:
    """The name is a source quoted for the report ("according to Col. Dave Butler"), not a participant."""
    i = start - 1
    while i > 0 and (is_title_word(doc[i].text) or doc[i].text == "."):
        i -= 1
    return i > 0 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "according"


RESPECTIVELY = re.compile(r"\brespective(?:ly)?\b", re.IGNORECASE)
GOVERNMENT_NOUNS = {"administration", "government", "cabinet"}  # "the Biden administration": the government, not him
TOPIC_PREPS = {"about", "regarding", "concerning", "after", "following", "despite", "amid", "ahead", "before", "since",
               "for", "like", "unlike", "against", "toward", "towards", "including"}
OWNED_CALL_NOUNS = {"call", "calls", "conversation", "conversations", "talks", "counterpart", "counterparts", "phone",
                    "request", "initiative", "invitation", "side", "behalf", "videoconference", "teleconference"}


def _merely_mentioned(doc: Doc, start: int, end: int) -> bool:
    """A name that only qualifies what was discussed ("spoke with X about Y's visit", "discussed the situation
    after Z's remarks") is not taken part: it owns a noun other than the call, or hangs from "about"/"after"."""
    token = doc[end - 1]
    while token.dep_ in {"compound", "flat"} and token.head.i > token.i and token.head.i < end + 2 and token.head.pos_ == "PROPN":
        token = token.head
    if token.dep_ == "poss" or (token.i + 1 < len(doc) and doc[token.i + 1].text in {"'s", "’s"}):
        owned = token.head if token.dep_ == "poss" else doc[token.i + 1].head
        if owned.lower_ not in OWNED_CALL_NOUNS and not _is_call_word(owned.text) and owned.pos_ in {"NOUN", "PROPN"}:
            return True
        if _is_call_word(owned.text) or owned.lower_ in OWNED_CALL_NOUNS:
            return False  # "After Mr. Trump's talk with Mr. Putin yesterday, ...": on the call the time is told by
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lower_ not in OWNED_CALL_NOUNS \
            and not _is_call_word(token.head.text) and not is_title_word(token.head.text):
        return True  # "the Trump administration's help", "the Biden team"
    node = token
    for _ in range(5):
        if node.head is node or node.pos_ in {"VERB", "AUX"} or node.i < token.i and is_title_word(node.text):
            break  # "Secretary of State for Defence of the United Kingdom X": the title, not a topic
        if node.dep_ == "pobj" and node.head.lower_ in {"for", "of"} and is_title_word(node.head.head.text) \
                and node.head.head.i < node.i:
            return False  # "Australia's Minister for Defence Linda Reynolds": the name the parser hung on the title
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS and not _call_came_for(node.head):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.head.pos_ == "NOUN" \
                and not _is_call_word(node.head.head.text) and node.head.head.lower_ not in OWNED_CALL_NOUNS:
            node = node.head.head  # "talked about the decision by X to ...": whose decision, not who talked
            continue
        if node.dep_ == "pobj" and node.head.lower_ in {"with", "and", "between", "to", "by", "from"}:
            return False
        node = node.head
    return False


def _call_clause_misparsed(clause: Token) -> bool:
    """"in a phone call he placed today to X", the parser making "he placed" a clause of its own: a verb of placing
    right after the call word, with no object, is the call's relative clause."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return clause.lemma_.lower() in {"place", "make", "hold", "have"} and before is not None \
        and _is_call_word(before.text) and not any(c.dep_ == "dobj" for c in clause.children)


def _call_came_for(prep: Token) -> bool:
    """"A telephone call came in for X from Y": X is the one called."""
    verb = prep.head
    return prep.lower_ == "for" and verb.lemma_.lower() in {"come", "arrive"} and any(
        c.dep_ == "nsubj" and _is_call_word(c.text) for c in verb.children)


def _paragraph_of(sentence: SpacySpan, position: int) -> tuple[int, int] | None:
    """The character range of the paragraph holding `position` when the parser ran a sentence over a paragraph break."""
    text, base = span_text(sentence).rstrip(), sentence.start_char
    breaks = [m for m in re.finditer(r"\n\s*\n", text) if text[:m.start()].strip()]
    if not breaks:
        return None
    start, end = base, base + len(text)
    for m in breaks:
        if base + m.end() <= position:
            start = base + m.end()
        elif base + m.start() >= position:
            end = min(end, base + m.start())
    return start, end


TALKED_ABOUT = {"about", "over", "regarding", "concerning"}
PREPARING_NOUNS = {"preparation", "arrangement", "groundwork", "plan", "planning", "preparing", "arranging"}
EVENTS_TALKED_OF = {"contact", "call", "conversation", "talk", "talks", "meeting", "summit", "visit", "trip"}
IN_PERSON_LEMMAS = {"meet", "meeting", "visit", "summit", "sideline", "sidelines", "trip", "host", "welcome"}
SUBORDINATE = {"advcl", "ccomp", "relcl", "conj", "parataxis", "acl", "csubj"}


AUDIENCES = {"press", "reporters", "journalists", "media", "lawmakers", "parliament", "congress", "troops", "students",
             "audience", "crowd", "supporters", "nation", "public", "correspondents", "broadcaster", "television", "radio"}


GATHERINGS = {"briefing", "conference", "summit", "meeting", "event", "ceremony", "forum", "rally", "session", "dinner",
              "reception", "gathering"}


def _at_an_event(verb: Token) -> bool:
    """"speaking at a joint briefing with X", "talking at a news conference": where the words were said, in person."""
    return any(prep.dep_ == "prep" and prep.lower_ in {"at", "during"} and any(
        c.dep_ == "pobj" and c.lemma_.lower() in GATHERINGS
        and not any(t.lower_ in REMOTE_WORDS for t in c.subtree) for c in prep.children) for prep in verb.children)


def _to_an_audience(verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            return any(c.dep_ == "pobj" and c.lower_ in AUDIENCES for c in prep.children)
    return False


def _welcomed_a_thing(sentence: SpacySpan, match: re.Match) -> bool:
    """"X welcomed Y's readiness for peace": a view of something, not a guest received."""
    if match.group(0).lower() != "welcomed":
        return False
    verb = next((t for t in sentence if t.idx == sentence.start_char + match.start()), None)
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    return thing is not None and thing.pos_ == "NOUN" and thing.ent_type_ != "PERSON" and not is_title_word(thing.text) \
        and thing.lemma_.lower() not in GUEST_NOUNS


def _met_in_person(trigger: Token) -> bool:
    """The clause that tells of the talks tells of a meeting, a visit or a summit (not a clause hanging from it:
    "..., though there is no sign of when the two will meet")."""
    if trigger.head.lower_ == "for" and trigger.head.head.lemma_.lower() in TRAVEL_VERBS | {"come"}:
        return True  # "after A came to the palace for talks"
    if FACE_TO_FACE.search(span_text(trigger.sent)):
        return True  # "X sits down with Y face to face, the first such talks since ..."
    verb = trigger
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    stack = [verb]
    while stack:
        node = stack.pop()
        if node.lemma_.lower() in IN_PERSON_LEMMAS or node.lower_ == "person" and node.head.lower_ == "in" \
                or _received_as_guest(node) \
                or node.lemma_.lower() == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in node.children):
            return True  # ("sat down with X for talks")
        stack += [c for c in node.children if c.dep_ not in SUBORDINATE
                  and not (c.dep_ == "prep" and c.lower_ in TALKED_ABOUT)]  # "talked over the coming summit": a topic
    return False


def _received_as_guest(verb: Token) -> bool:
    """"X was received for talks by Y", "Y received X in the Kremlin": a host and a guest (not "received a call")."""
    if verb.lemma_.lower() != "receive" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return any(c.dep_ == "auxpass" for c in verb.children)
    return all(o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in objects)


def _definite_follow_up(token: Token) -> bool:
    """"The talks were held at the initiative of ...": the talks the article reports, told again (no one named)."""
    return token.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ in {"the", "these", "this"}
                                                         for c in token.children) \
        and not any(t.ent_type_ == "PERSON" for t in token.head.subtree)


ALONG_WITH = re.compile(r"\b(?:along with|together with|joined by)\b", re.IGNORECASE)
EVENT_MARKS = {"since", "when", "after", "before", "until", "while", "as", "once", "whether", "if", "because"}
CALL_NOUNS = {"call", "calls", "conversation", "conversations", "phone", "telephone", "videoconference",
              "teleconference", "video"}
SEQUENCE_VERBS = {"follow", "come", "precede", "mark"}


def _sequenced(trigger: Token) -> bool:
    """"The conversation follows an agreement reached when X held talks with Y": the call told again, set beside
    another event whose people do not take part in it."""
    if not (trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in SEQUENCE_VERBS and any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children)):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in trigger.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.head.children):
        return False  # "The calls came on Thursday from A and B": who placed them, not another event
    own = {t.i for t in trigger.subtree}
    # "The call follows the phone conversation between A and B": the other event is a call of its own
    return not any(t.i not in own and t.lower_ in CALL_NOUNS for t in trigger.head.subtree)


def _pluperfect(word: Token) -> bool:
    """The verb of `word` (the word itself, or the verb a call noun is the object of) is in the pluperfect: "had held
    his first call"."""
    verb = word
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ == "ROOT":
            break
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


def _simple_or_pluperfect(verb: Token) -> bool:
    """"spoke", "had spoken": a past event told in a clause of its own."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _quoted_at(text: str, position: int) -> bool:
    """The position lies inside a quotation ('"Today I spoke with X," Y said')."""
    before = text[:position]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _reciprocal_subject(verb: Token) -> bool:
    """The verb, in the pluperfect, has for subject a pair that spoke with each other: "the two men had last spoken"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and (
        subject.lower_ in {"two", "both"} or any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet"}
                                                         for c in subject.children))


def _subject_hung_on_a_list(token: Token) -> bool:
    """A name the parser joined to a list before it ("a summit, A and B") that is in truth the subject of the verb
    right after the names, a verb with no subject of its own."""
    root = token
    while root.dep_ in {"compound", "flat"} and root.head.i != root.i:
        root = root.head
    if root.dep_ != "conj":
        return False
    last = root
    while True:
        following = [c for c in last.children if c.dep_ == "conj"]
        if not following:
            break
        last = following[-1]
    after = token.doc[last.i + 1] if last.i + 1 < len(token.doc) else None
    return after is not None and after.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in after.children) \
        and any(t.ent_type_ == "PERSON" for t in root.head.subtree if t.dep_ == "conj" and t.i <= root.i)


def _held_at_a_place(talks: Token) -> bool:
    """"the talks he had held in Moscow with X": talks held at a place, with no word of a phone or a screen."""
    words = list(talks.subtree)
    if any(t.lower_ in REMOTE_WORDS or _is_call_word(t.text) and t.i != talks.i for t in words):
        return False
    return any(t.dep_ == "pobj" and t.ent_type_ in {"GPE", "FAC", "LOC"} and t.head.lower_ in {"in", "at"}
               and (t.head.head.i == talks.i or t.head.head.lemma_.lower() in {"hold", "have", "conduct"})
               for t in words)


def _held_in_a_city(talks: Token) -> bool:
    """"the Brussels talks", "Geneva talks": talks named by the city they were held in (not "Ukraine talks")."""
    before = talks.doc[talks.i - 1] if talks.i > 0 else None
    if before is None or before.ent_type_ != "GPE" or not before.text[:1].isupper() \
            or not (talks.tag_ == "NNS" or before.dep_ == "pobj"):  # (a headline's "on Brussels talks", read as a verb)
        return False
    code = country_code(before.text)
    return code is None or code in reference.countries() and fold(reference.countries()[code].name) != fold(before.text)


def _present_perfect(trigger: Token) -> bool:
    """The call is told in the present perfect ("has spoken", "have held a phone call", "has had a call"): news
    reports an event of the day so, never one of a past day it would name."""
    while trigger.dep_ == "compound" and trigger.head.i != trigger.i:  # "a phone call"
        trigger = trigger.head
    verb = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    if verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CONFIRMING_LEMMAS:
        verb = verb.head  # "The spokesman has confirmed that A held telephone talks with B": confirmed as news
    if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "dobj"} and verb.head.lemma_.lower() in {"finish", "end"}:
        verb = verb.head  # "I have just finished speaking with X"
    return verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "have"
                                      for c in verb.children)


CONFIRMING_LEMMAS = {"confirm", "announce", "report", "say", "tell", "reveal", "disclose"}


def _is_subject(token: Token) -> bool:
    """The token is a clause's subject or one of its conjuncts ("A and B met")."""
    return _subject_of(token) is not None


def _subject_of(token: Token) -> Token | None:
    """The verb whose subject the token is, itself or as a conjunct of the subject ("A and B met": met)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ in {"nsubj", "nsubjpass"} else None


def _titled_subject_name(token: Token) -> bool:
    """The name the parser set beside the post that is the subject of a verb other than of saying ("Russia's defense
    chief Sergei Shoigu phoned ...")."""
    return token.dep_ == "appos" and token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ == "NOUN" \
        and token.head.head.lemma_.lower() not in REPORTING_VERBS


REMOTE_MEANS = {"virtual", "video", "online", "remote", "telephone", "phone"}
REMOTE_MEDIA = {"videoconference", "teleconference", "videolink", "video", "telephone", "phone", "zoom", "internet"}


def _held_remotely(noun: Token) -> bool:
    """"a meeting by virtual means", "a summit via video link", "a session held by videoconference"."""
    heads = [noun, *(c for c in noun.children if c.dep_ in {"acl", "relcl"})]
    if noun.head.pos_ == "VERB" and noun.dep_ in {"dobj", "nsubjpass"}:
        heads.append(noun.head)  # "held a meeting ... by virtual means": the parser may hang "by" on the verb
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "via", "over", "through"}:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (obj.lower_ in REMOTE_MEDIA or any(
                            c.dep_ in {"amod", "compound"} and c.lower_ in REMOTE_MEANS for c in obj.children)):
                        return True
    return False


def _in_anothers_title(doc: Doc, position: int) -> bool:
    """The name is in the title of someone named beside it ("Suh Hoon, the national security adviser to President
    Moon, and O'Brien talked"): it tells whose adviser he is, not who was on the call."""
    at = token_at(doc, position)
    if at is None:
        return False
    token = doc[at]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in {"to", "of"} and head.head.dep_ == "appos" \
        and is_title_word(head.head.text)


def _in_adverbial_clause(token: Token) -> bool:
    """The word is inside an adverbial clause of its sentence's main verb ("Building on the talks ..., X spoke")."""
    return any(a.dep_ == "advcl" and a.head.dep_ == "ROOT" for a in token.ancestors)


POST_SYNONYMS = {"premier": "prime minister", "pm": "prime minister", "head of government": "prime minister"}


def _same_post(title: str, roles: tuple[str, ...]) -> bool:
    """The title names one of the roles ("the premier" of a prime minister)."""
    post = normalize_role(title) or ""
    post = POST_SYNONYMS.get(post, post)
    return bool(post) and any(POST_SYNONYMS.get(r, r) == post for r in (normalize_role(role) or "" for role in roles))


def _passive_agent(trigger: Token) -> Token | None:
    """The one named by post after "by" of "calls were made by ..." (the call noun the passive verb's subject)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.dep_ != "nsubjpass":
        return None
    by = next((c for c in noun.head.children if c.dep_ == "agent"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return agent if agent is not None and is_title_word(agent.text) else None


def _clause_subject(trigger: Token, reach: int = 4) -> Token | None:
    if trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        trigger = trigger.head  # "telephone conversations": from the noun the word qualifies
    for node in [trigger, *trigger.ancestors][:reach]:
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
            if child.dep_ == "aux":  # ("The prime minister did, however, talk ...": the parser hangs it on "did")
                subject = next((g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None:
                    return subject
        if node.dep_ in {"ROOT", "ccomp"}:
            break
    return None


def _reporting_subject(trigger: Token) -> Token | None:
    """The subject of the verb that reports the call ("The minister said he ...")."""
    for node in [trigger, *trigger.ancestors]:
        if node.dep_ == "ccomp":
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        if node.dep_ == "prep" and node.lower_ in {"of", "about"} and node.head.lemma_.lower() in REPORTING_VERBS:
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)  # "X told of calls he held"
    return None


def _topics(sentence: SpacySpan) -> list[str]:
    """Whole noun phrases the parse gives as what was discussed; none rather than a fragment."""
    topics = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in TOPIC_OBJECT_VERBS | TOPIC_PREP_VERBS:
            continue
        preps = {"about", "on", "regarding"} if lemma in {"focus", "center", "centre", "confer", "exchange"} else {"about", "regarding"}
        objects = [c for c in token.children if c.dep_ == "dobj"] if lemma in TOPIC_OBJECT_VERBS else []
        objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj"]
        for noun in objects:
            if noun.ent_type_ in {"PERSON", "DATE", "TIME"} or noun.pos_ not in {"NOUN", "PROPN", "VERB"}:
                continue
            phrase = _noun_phrase(noun)
            text = phrase.text.strip(" ,;:.") if phrase is not None else ""
            if text:
                topics.append(text)
    return topics


def _noun_phrase(noun: Token) -> SpacySpan | None:
    """The noun's phrase up to a clause or a phrase naming a person ("the war in Gaza [with Prime Minister X]")."""
    cut = {t.i for child in noun.children if child.dep_ in {"relcl", "acl", "prep", "punct", "cc", "conj"}
           and (child.dep_ in {"relcl", "acl", "punct"} or any(t.ent_type_ in {"PERSON", "DATE", "TIME"} for t in child.subtree))
           for t in child.subtree}
    start = noun.left_edge.i
    end = start
    while end <= noun.right_edge.i and end not in cut:
        end += 1
    if end <= noun.i or end - start > MAX_TOPIC_TOKENS:
        return next((c for c in noun_chunks(noun.doc) if c.start <= noun.i < c.end), None)
    return noun.doc[start:end]


def _participants_were(token: Token) -> bool:
    """"the participants were A, B and C", "Participants included ...", "those taking part were ...", "Taking part in
    the phone talks as well were ..."."""
    if token.lower_ == "participants":
        return token.dep_ in {"nsubj", "attr"} and token.head.lemma_.lower() in {"be", "include"}
    if token.lower_ in {"attending", "joining"}:  # "Also attending virtually were A; B; and C"
        rest = [t.lower_ for t in token.doc[token.i + 1:min(len(token.doc), token.i + 4)]]
        return bool(set(rest) & REMOTELY) and bool(set(rest) & {"were", "was", "are"})
    if token.lower_ != "part" or token.i == 0 or token.doc[token.i - 1].lemma_.lower() != "take":
        return False
    rest = token.doc[token.i + 1:min(len(token.doc), token.i + 9)]
    return any(t.lemma_ in {"be", "include"} and t.pos_ in {"AUX", "VERB"} for t in rest)


def _took_part(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in {"attend", "join", "participate"} or lemma == "take" and any(c.lower_ == "part" for c in verb.children)


def _on_the_line(token: Token) -> bool:
    doc = token.doc
    return token.lower_ == "line" and token.i >= 2 and doc[token.i - 1].lower_ == "the" and doc[token.i - 2].lower_ == "on" \
        and not (token.i >= 3 and doc[token.i - 3].lemma_.lower() in {"hold", "wait", "leave", "keep", "hang"})
    # ("was left holding on the line": waiting for a call that did not come)


INCLUDING_VERBS = {"include", "involve"}
SIDE_NOUNS = {"side", "delegation", "team"}
# a relative day told of another event than the call: "the normalisation that was announced the previous day"
OTHER_EVENTS_DAY = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been)\s+(?!(?:held|made|placed)\b)\w+ed\s+$",
                              re.IGNORECASE)
TELLING_NOUNS = {"interview", "broadcast", "speech", "address", "podcast", "programme", "program", "show"}
DOCUMENT_NOUNS = {"readout", "statement", "release", "briefing", "report", "tweet", "post", "communique", "communiqué",
                  "remark", "comment", "summary", "account"}
PUBLISHING_VERBS = {"issue", "release", "publish", "post", "circulate", "distribute"}
# verbs that tell what a call was like, on a day after it ("On Friday he described his talk with X as useful")
BEFORE_THE_TELLING = re.compile(r"\b(?:previous|preceding|before|earlier|last)\b", re.IGNORECASE)  # "the previous night"
DESCRIBING_VERBS = {"describe", "characterize", "characterise", "term", "recount", "recall"}


def _call_was_one_including(clause: Token, trigger: Token) -> bool:
    """"The conversation was a joint one that also included X": the relative clause tells who was on the call."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    return clause.lemma_.lower() in INCLUDING_VERBS and clause.head.dep_ == "attr" \
        and noun.dep_ == "nsubj" and noun.head.i == clause.head.head.i


RECEIVING_VERBS = {"take", "receive", "answer", "accept", "field", "get"}  # "A and B took their calls": called
AGREEING_VERBS = {"agree", "strike", "sign", "reach", "decide", "vow", "pledge", "promise", "consent", "settle"}
BROUGHT_INTO_VERBS = {"bring", "patch", "pull", "loop", "draw", "add", "dial", "conference"}


def _joins(trigger: Token) -> bool:
    """"took part in the call", "participated in the conversation", "joined the call", "was on the call", "on the
    line with X were": a definite call told before."""
    if _on_the_line(trigger) and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children) \
            and trigger.head.lower_ == "on" and any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                                                     for c in trigger.head.head.children):
        return False  # "X has also been on the line with Y": a call of their own
    if _on_the_line(trigger) or _participants_were(trigger):
        return True
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}
               for c in noun.children):  # ("took part in Tuesday's call")
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() == "join"
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in SIDE_NOUNS \
            and head.head.dep_ == "nsubj" and head.head.head.lemma_.lower() in INCLUDING_VERBS:
        return True  # "the American side in the talks also included General X"
    if noun.dep_ == "nsubj" and (head.lemma_.lower() in INCLUDING_VERBS or head.lemma_ == "be" and any(
            c.dep_ == "attr" and any(r.dep_ == "relcl" and r.lemma_.lower() in INCLUDING_VERBS for r in c.children)
            for c in head.children)):
        return True  # "the call also included X", "the conversation was a joint one that also involved X"
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "be" and head.dep_ == "prep":
        return True  # "Y was also on the video call"
    if noun.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in BROUGHT_INTO_VERBS:
        return True  # "X was brought into the call", "Y was patched into the conversation"
    if noun.dep_ == "pobj" and head.lower_ == "in":
        taker = head.head
        return taker.lemma_.lower() in {"participate", "part", "sit", "join"} or taker.lemma_.lower() == "take" and any(
            c.lower_ == "part" for c in taker.children)
    return False


def _setting_verb(trigger: Token) -> Token | None:
    """"In telephone talks on Tuesday, A and B agreed ...", "During the call, A told B ...": the call is where the
    verb happened, so the verb's subjects took part."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.pos_ in {"VERB", "AUX"}:
        verb = noun.head.head
        told = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
        if verb.lemma_.lower() in REPORTING_VERBS and told is not None and noun.head.i < told.i < verb.i:
            return told  # "In a phone conversation, A and B traded views, the official said": what they did on it
        return verb
    if noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS | {"by"}:
        node = noun.head.head  # "A told B of the plan in a phone call": the parser hangs the call on what was told
        for _ in range(3):
            if node.pos_ == "VERB" and node.lemma_.lower() in BRIEFING_VERBS:
                return node
            if node.dep_ == "dobj" and node.head.lemma_.lower() in BRIEFING_VERBS:
                return node.head
            if node.dep_ not in {"pobj", "prep"}:
                return None
            node = node.head
    return None


DEATH_NOUNS = {"death", "passing", "demise", "funeral", "burial", "assassination", "killing", "memory", "loss"}


def _departed(token: Token) -> bool:
    """The name is of someone dead: "the late X", "the death of X"."""
    name = token
    while name.dep_ in {"compound", "flat"} and name.head.i != name.i:
        name = name.head
    if any(c.dep_ == "amod" and c.lower_ == "late" for c in name.children) \
            or name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].lower_ == "late":
        return True
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lemma_.lower() in DEATH_NOUNS


def _told_as_to_come(trigger: Token, reporting: Token) -> bool:
    """Between the call word and the verb that reports it, the call is told as expected or planned."""
    for node in trigger.ancestors:
        if node.i == reporting.i:
            return False
        if node.lemma_.lower() in {"expect", "plan", "schedule"} or any(
                c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in node.children):
            return True
    return False


def _joined_below(node: Token, trigger: Token) -> bool:
    """The call is told in a verb joined to `node` ("received X and then telephoned him")."""
    child = next((t for t in [trigger, *trigger.ancestors] if t.head.i == node.i and t.i != node.i), None)
    return child is not None and child.dep_ == "conj" and child.pos_ == "VERB"


def _verb_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _verb_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)


def _doer(trigger: Token) -> Token | None:
    """Who holds the call: its clause's subject; for "his conversation with X" the subject of the verb that tells it
    ("Marles says his conversation with X ..."); for a quoted "I had a call with X" the one the quote is from."""
    word = trigger
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    owner = next((c for c in word.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if owner is not None:
        for verb in (a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in {"two", "both", "pair", "sides"}:
                return owner  # "On his call with X, the two swapped views": whose call it was
            if subject is not None and not any(t.i == trigger.i for t in subject.subtree):
                return subject  # "Marles says his conversation with X was ...": not "his conversation" itself
        if any(t.lower_ in {"two", "both"} for t in trigger.sent):
            return owner  # (a parse with no verb over the call)
    held = next((c for c in word.children if c.dep_ == "relcl" and c.lemma_.lower() in LIGHT_VERBS), None)
    held_by = next((c for c in held.children if c.dep_ == "nsubj"), None) if held is not None else None
    if held_by is not None and held_by.lower_ not in {"which", "that", "who"}:
        return held_by  # "separate calls he held with A, with B and with C": he holds them
    subject = _clause_subject(trigger)
    if subject is None:  # "She had floated the possibility of the aid in a call with X": the verb past a chain of
        path = [trigger, *trigger.ancestors][:DOER_REACH]  # prepositional phrases
        verb = next((n for n in path if n.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and all(n.dep_ in {"pobj", "prep", "dobj", "compound"} for n in path[:path.index(verb)]):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"i", "we"}:
        return _reporting_subject(trigger)
    return subject


DOER_REACH = 7
MAX_SEPARATE_DESCRIBED = 6


def _set_beside(noun: Token) -> bool:
    """The noun names an event the sentence sets its news before or after ("Before the talks with Z", "ahead of his
    visit"), told by the words before it: the parser does not always make it the object of "before"."""
    before = doc_text(noun.doc)[noun.sent.start_char:noun.idx]
    return bool(SET_BESIDE.search(before))


def _speaking_clause(trigger: Token) -> Token | None:
    """"Speaking by phone with A on Wednesday, B said ...": the participle clause whose head verb's subject is the one
    speaking."""
    for node in [trigger, *trigger.ancestors][:3]:
        if node.tag_ == "VBG" and node.dep_ == "advcl" and node.head.pos_ in {"VERB", "AUX"} and any(
                t.dep_ == "prep" and t.lower_ in {"with", "to"} for t in node.subtree):
            return node
    return None


def _self_reported(trigger: Token) -> bool:
    """"Austin said he spoke by phone with ...": the speaker is the one who called ("he told X about it in a phone
    call": the parse may hang the call a few words down)."""
    subject = _clause_subject(trigger, reach=6)
    return subject is not None and subject.lower_ in SELF_PRONOUNS \
        and not (subject.lower_ in {"he", "she"} and in_quotes(subject))  # ('"He held a call," the aide said': not
    # the aide)


# "South Korea, the United States and Japan", "the U.S., Japan and South Korea": countries told in one series
COUNTRY_SERIES = re.compile(r"(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*,\s*)+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
                            r",?\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
ON_THE_SCHEDULE = re.compile(r"\bon\s+(?:[\w'’.]+\s+){0,5}?(?:schedule|agenda|calendar)\b", re.IGNORECASE)
MOMENTS = {"moments", "minutes", "hours", "shortly", "soon", "immediately", "right"}
ENDING_VERBS = {"finish", "end", "conclude", "complete", "wrap"}  # "after he had finished a call with X"
LIGHT_VERBS = {"hold", "have", "conduct", "make", "take", "place", "receive", "get", "engage", "join", "participate", "host",
               "enjoy", "open", "begin", "start", "end", "wrap", "schedule"}
PARTICIPANT_PREPS = {"with", "between", "to", "by", "from", "among", "and", "alongside"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "conj", "appos", "compound", "pobj", "dobj", "poss", "npadvmod", "nmod", "flat",
                    "cc", "agent", "dative", "prep"}
ADDRESSED_IN_A_CALL = BRIEFING_VERBS | {"congratulate", "thank", "invite", "urge", "ask", "press", "warn", "reassure",
                                        "greet"}
HOLDERS_OF_A_CALL = LIGHT_VERBS | {"in", "during", "by", "over", "via", "on", "come"}  # "held a call", "during a call",
# "calls came to X from A"


def _participant_tokens(trigger: Token) -> set[int]:
    """Token indices the parse ties to the call as its parties: from the call word (and the light verb that governs
    it, "held a call"), down through subjects, "with/between/to" phrases, conjunctions and appositions."""
    roots = [trigger]
    word = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger  # "telephone conversation"
    told_in: set[int] = set()  # verbs of what was said in the call ("On the call, A and B welcomed Z's decision"): their
    if word.dep_ in {"dobj", "attr", "nsubj", "nsubjpass", "pobj"} and word.head.lemma_.lower() in HOLDERS_OF_A_CALL:
        roots.append(word.head)                                                         # subjects, not their objects
        if word.head.dep_ == "prep":
            roots.append(word.head.head)
            told_in.add(word.head.head.i)
            if word.dep_ == "pobj" and (verb := _verb_with_subject(word.head)) is not None:
                roots.append(verb)  # "A and B talked about ways of boosting ties during a phone call"
                told_in.add(verb.i)
    told_in -= {t.i for t in roots if _is_call_word(t.text) or t.lemma_.lower() in LIGHT_VERBS}
    reach: set[int] = set()
    if trigger.dep_ == "acl" and trigger.pos_ == "VERB" and trigger.head.pos_ in {"NOUN", "PROPN"}:
        reach.add(trigger.head.i)  # "... Turkey's foreign minister talked by phone", parsed as a reduced relative
    stack = list(roots)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.lemma_.lower() in {"speak", "talk"} \
            and any(c.dep_ == "mark" and c.lower_ in {"while", "when", "as"} for c in trigger.children):
        stack += [c for c in trigger.head.children if c.dep_ == "nsubj"]  # "X made the statement while speaking with A"
    stack += [s for aux in trigger.children if aux.dep_ == "aux" for s in aux.children if s.dep_ in {"nsubj", "nsubjpass"}]
    # ("the President had before that spoken with A": the subject the parser hung on "had")
    while stack:
        node = stack.pop()
        if node.i in reach:
            continue
        reach.add(node.i)
        for child in node.children:
            if node.i in {trigger.i, word.i} and child.dep_ == "relcl":  # "a video conference in which King X appears"
                stack += [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if child.lemma_.lower() in LIGHT_VERBS:  # "the calls he held with A, with B and with C"
                    stack += [c for c in child.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}]
            if node.i == trigger.i and child.dep_ == "prep" and child.lower_ in {"over", "about", "on"}:
                stack += [w for topic in child.children if topic.dep_ == "pobj"  # "talked over the summit with X":
                          for w in topic.children if w.dep_ == "prep" and w.lower_ == "with"]  # the parser's "with"
            if child.dep_ == "prep" and child.lower_ not in PARTICIPANT_PREPS \
                    and not (child.lower_ == "as" and any(c.lower_ == "well" for c in child.children)) \
                    and not (child.lower_ in {"of", "for"} and is_title_word(node.text)):
                stack += [c for c in child.children if c.dep_ == "conj" and c.lower_ in {"with", "to"}]  # "with A on
                # Tuesday and with B on Wednesday", the parser joining the second "with" to "on"
                continue  # ("between A and B, as well as with C", "with the Secretary of State for Defence ... C")
            if child.dep_ == "prep" and child.lower_ == "to" and node.i != trigger.i and is_title_word(node.text) \
                    and node.lemma_.lower() not in COUNTERPART_WORDS:
                continue  # "X, national security adviser to President Y, held a call with Z": Y is not on it
            if child.dep_ == "prep" and child.lower_ == "with" and _own_aide(child):
                continue  # "took the call with his cabinet chief, Y": Y sat in on his side
            if node.i in told_in and (child.dep_ == "agent" or child.dep_ == "dobj"
                                      and node.lemma_.lower() not in ADDRESSED_IN_A_CALL):
                continue  # (but "in the call A offered B congratulations", "during the call A thanked B": B is on it)
            if child.dep_ in PARTICIPANT_DEPS:
                stack.append(child)
    for root in roots:  # "X's call with Y", "a call by X"
        for child in root.children:
            if child.dep_ == "poss":
                reach.update(t.i for t in child.subtree)
        before = root.doc[root.i - 1] if root.i > 0 else None
        if root.pos_ in {"VERB", "AUX"} and before is not None and before.dep_ == "appos" and before.pos_ == "PROPN" \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
            reach.add(before.i)  # "In the Ramadan period Erdogan had three calls with ...": the subject the parser hung
            # on the phrase before it
    return reach


def _aide_named(token: Token) -> bool:
    """The name is of an aide at someone's side ("with his cabinet chief, Marcos Pena") or whom an adviser serves
    ("national security adviser to President Joe Biden")."""
    node = token
    for _ in range(3):
        if node.dep_ == "appos" and node.head.dep_ == "pobj" and node.head.head.lower_ == "with":
            return _own_aide(node.head.head)
        if node.dep_ == "pobj" and node.head.lower_ == "to" and is_title_word(node.head.head.text) \
                and node.head.head.lemma_.lower() not in COUNTERPART_WORDS and node.head.head.pos_ == "NOUN":
            return True
        if node.dep_ not in {"compound", "flat", "appos"}:
            return False
        node = node.head
    return False


def _own_aide(with_: Token) -> bool:
    """"with his cabinet chief": an official of one's own side ("with his counterpart" is the other side)."""
    noun = next((c for c in with_.children if c.dep_ == "pobj"), None)
    return noun is not None and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in noun.children) \
        and is_title_word(noun.text) and noun.lemma_.lower() not in COUNTERPART_WORDS


ALSO_REACH = 3  # call mentions back that "also" may continue
CHAIR_VERBS = {"chair", "host", "convene", "preside", "moderate", "lead", "organize", "organise"}
CHAIR_REACH = 3  # sentences back to the one who chaired the gathering a list of participants is of


def _also(trigger: Token) -> bool:
    """The call word, or the verb that holds it, is told with "also" ("also had a telephone conversation with")."""
    holders = [trigger, trigger.head] if trigger.dep_ in {"dobj", "pobj", "compound", "nsubj"} else [trigger]
    if trigger.dep_ == "compound":
        holders.append(trigger.head.head)
    return any(c.dep_ == "advmod" and c.lower_ in {"also", "likewise", "similarly"} for h in holders for c in h.children)


def _a_round(trigger: Token) -> bool:
    """The call word is plural: a round of calls ("held phone conversations with the heads of state of ...")."""
    word = trigger.head if trigger.dep_ == "compound" else trigger
    return word.tag_ == "NNS" and word.lower_ in {"conversations", "calls"}


def _verb_with_subject(token: Token) -> Token | None:
    """The nearest verb above `token` that has a subject of its own, through phrases the parser hung in between."""
    node = token
    while node.head is not node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return node
        if node.dep_ not in {"prep", "pobj", "pcomp", "dobj", "xcomp", "acl"}:
            return None
    return None


DEFINITE_CALL = re.compile(r"\b(?:the|that|this)\s+(?:phone\s+|telephone\s+|video\s+)?(?:call|conversation)\b", re.IGNORECASE)
THE_DEFINITE_CALL = re.compile(r"\bthe\s+(?:phone\s+|telephone\s+|video\s+)?(?:call|conversation|talks)\b", re.IGNORECASE)
NEWCOMER = re.compile(r"[^.;]*?\b(?:(?:recently|newly|just)\s+(?:elected|appointed|installed|sworn\s+in)|succeeded|"
                      r"took\s+office)\b", re.IGNORECASE)  # ("Fumio Kishida, who was recently elected", "Kishida succeeded X")
NEWCOMER_REACH = 8  # words after a name in which it is told new to the post
ON_SITE = re.compile(r"\b(?:present|in\s+person|face\s+to\s+face|in\s+the\s+room|on\s+site)\b", re.IGNORECASE)
NEW_REACH = 4  # words before a name in which "new" tells the one "the new prime minister" is
THEIR_REACH = 2  # sentences back to the call whose sides "their call with ..." names


def all_sentences_start(doc: Doc, index: int) -> int:
    """The character where the sentence `index` (or the first) starts."""
    return sentences(doc)[max(index, 0)].start_char


THAT_CALL = re.compile(r"\W*that\s+(?:(?:earlier|first|previous|phone|telephone|video)\s+){0,2}(?:call|conversation|"
                       r"exchange|contact)\b", re.IGNORECASE)  # a sentence opening on the call just told
THE_CALL = re.compile(r"\b(?:in|during|on)\s+the\s+(?:phone\s+|telephone\s+|video\s+)?(?:call|conversation)\b", re.IGNORECASE)


def _compatible(a: CallMention, b: CallMention) -> bool:
    if a.participants != b.participants or a.earlier != b.earlier:
        return False
    if any(m.day_of is not None and m.day_of[0] is other and m.day_of[1].days != 0 for m, other in ((a, b), (b, a))):
        return False  # "X rang Y ... Y talked to X the next day": a day apart, two calls
    if a.earlier and not (a.date or a.month_day) and not (b.date or b.month_day):
        return True
    if a.date and b.date:
        return a.date == b.date or (a.relative_day != b.relative_day and abs((a.date - b.date).days) == 1
                                    and not a.earlier)  # "Today X had calls with ..." in a statement of the day before
    if a.month_day and b.month_day:
        return a.month_day == b.month_day
    return not a.earlier


def _absorb(into: CallMention, other: CallMention, dates: bool) -> None:
    if dates and other.date and (not into.date or into.relative_day and not other.relative_day):
        into.date, into.month_day, into.relative_day = other.date, other.month_day, other.relative_day
    if dates and not into.month_day and other.month_day and not into.date:
        into.month_day = other.month_day
    into.initiator = into.initiator or other.initiator
    into.reported = into.reported or other.reported
    into.duration = into.duration or other.duration
    if other.mode == "video":
        into.mode = "video"
    into.topics += other.topics
    into.spans += [s for s in other.spans if s not in into.spans]


def _minutes(match: re.Match) -> int | None:
    if match.group(1):
        return int(match.group(1))
    count = match.group(2)
    if count is None:
        return 60
    return 60 * ({"an": 1, "one": 1, "two": 2}.get(count.lower()) or int(count))


def extract_calls(doc: Doc, people: People, anchor: dt.date | None, body: list[tuple[int, int]],
                  headline: str | None = None, home: str | None = None) -> list[Call]:
    calls = CallExtractor(doc, people, anchor, body, home, headline).run()
    return _headline_caller(headline, calls, people) if headline else calls


# a headline's "Biden phones Meloni", "Erdogan calls Putin": the first one called
RETURNED_CALLS = re.compile(r"(?P<caller>[A-Z][\w'’-]+)\s+(?:(?:returns|returned|returning)\s+(?:[\w-]+\s+){0,2}?calls|"
                            r"(?:phones|phoned|calls|called|rings|rang)\s+back)\b", re.IGNORECASE)
HEADLINE_CALLER = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+){0,3}?(?P<caller>[A-Z][\w'’-]+)\s+(?i:phones|telephones|rings|dials|"
                             r"calls)(?:\s+(?i:up))?\s+(?:(?:[A-Z][\w'’.-]*|[a-z]+'s|(?i:his|her))\s+){0,3}?(?P<callee>[A-Z][\w'’-]+)")
# (title case too: "Russia's Defense Minister Phones His Turkish, US, French and UK Counterparts")


HEADLINE_CALLEES = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)*")
# ("Obama phones Netanyahu, Abbas", "Rubio dials S Jaishankar, Shehbaz Sharif")


def _headline_caller(headline: str, calls: list[Call], people: People) -> list[Call]:
    """The call a headline says one official placed ("Trump phones MbS on Iran") has them as its initiator when
    the body does not say who called."""
    returned = RETURNED_CALLS.search(headline)
    if returned is not None:  # "President Obama Returns Congratulatory Calls From World Leaders": he placed them all
        caller = _by_surname(returned.group("caller"), people)
        return [replace(c, initiator=caller) if caller in c.participants and c.initiator is None and not c.earlier
                else c for c in calls] if caller else calls
    match = HEADLINE_CALLER.match(headline)
    if match is None:
        return calls
    caller, callee = (_by_surname(match.group(g), people) for g in ("caller", "callee"))
    listed = HEADLINE_CALLEES.match(headline, match.start("callee"))
    if callee is None and listed is not None:  # "Ajit Doval rings Mike Pompeo": the callee by his family name
        first = re.split(r"\s*(?:,|\band\b|&)\s*", listed.group(0))[0].split()
        callee = next((k for word in reversed(first) if (k := _by_surname(word, people))), None)
    callees = {k for word in re.findall(r"[A-Z][\w'’-]+", listed.group(0))
               if (k := _by_surname(word, people))} if callee and listed else set()  # "Obama phones Netanyahu, Abbas"
    callee_codes = {c for word in re.findall(r"[A-Z][\w'’-]+", listed.group(0)) if (c := country_code(word))} \
        if listed else set()
    if caller is None:  # "Top US General calls his Pakistani counterpart": the one of that country
        codes = {c for w in re.findall(r"[\w.-]+", headline[:match.start("caller")] + match.group("caller"))
                 if (c := country_code(w))}  # ("Russia's Security Council Secretary phones X": Russia)
        of_country = {k for c in calls if not c.earlier for k in c.participants
                      if len(codes) == 1 and (o := people.officials.get(k)) is not None and o.country in codes}
        if len(of_country) > 1:  # "Russia's Security Council Secretary phones X": the one whose post the words name
            words = set(re.findall(r"[a-z]+", headline[:match.end("caller")].lower())) - {"s", "of", "the"}
            of_country = {k for k in of_country
                          if any(set(re.findall(r"[a-z]+", r.lower())) - {"of", "the"} <= words
                                 for r in people.officials[k].roles)}
        caller = of_country.pop() if len(of_country) == 1 else None
    if caller is None:
        return calls
    if callee is None and len(callee_codes) >= 2:  # "Wang Yi phones Israeli and Palestinian foreign ministers"
        callees = {k for c in calls if caller in c.participants and not c.earlier for k in c.participants
                   if (o := people.officials.get(k)) is not None and o.country in callee_codes}
    open_calls = [c for c in calls if caller in c.participants and not c.earlier and c.initiator is None
                  and (callee is None or callee in c.participants)]
    if len(callees) >= 2:  # one call of the caller with each callee the headline names
        each = [[c for c in calls if caller in c.participants and k in c.participants and not c.earlier] for k in callees]
        if all(len(own) == 1 for own in each):
            chosen = {id(own[0]) for own in each}
            return [replace(c, initiator=c.initiator or caller) if id(c) in chosen else c for c in calls]
    if len(open_calls) != 1 or any(c.initiator == caller for c in calls if caller in c.participants and not c.earlier):
        return calls
    return [replace(c, initiator=caller) if c is open_calls[0] else c for c in calls]


def _by_surname(word: str, people: People) -> str | None:
    """The one official of the article whose surname (or one-word name) this is."""
    folded = fold(word).removesuffix("'s").removesuffix("’s")
    keys = {o.key for o in people.officials.values() if folded in {surname(n) for n in (o.name, *o.aliases)}}
    return keys.pop() if len(keys) == 1 else None


OTHER_TIME_PREPS = {"ahead", "before", "after", "following", "prior"}
# events a call is set before or after ("ahead of his talks with Z"): their people are not on the call
# a call's own time told vaguely: a day named elsewhere in the sentence may be the report's ("said on Saturday")
VAGUE_TIME = re.compile(PERIOD_BEFORE.pattern + r"|\b(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month)\b|\brecently\b|\bin\s+recent\s+days\b|"
                        r"\bdays?\s+ago\b|\b(?:earlier|later)\s+in\s+the\s+(?:week|month)\b", re.IGNORECASE)
# a clause of another event that a date closes ("since he took office Wednesday", "after they met on Monday")
OTHER_CLAUSE_BEFORE = re.compile(r"\b(?:since|when|after|before|until|once)\s+(?:he|she|they|it|[A-Z][\w-]+)\s+"
                                 r"(?:[\w-]+\s+){0,3}(?:on\s+)?$|"
                                 r"\b(?:since|after|before|upon|on)\s+[a-z]+ing\s+(?:[\w'-]+\s+){0,5}(?:on\s+)?$")
# ("since going back to Downing Street last Friday": the day of the return)
EVENT_PLACED_BEFORE = re.compile(r"\b(?:meeting|summit|visit|session|conference|ceremony|assembly|forum)\s+(?:in|at)\s+"
                                 r"(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:on\s+)?$")
SET_BESIDE = re.compile(r"\b(?:before|after|ahead\s+of|following|prior\s+to)\s+(?:(?:the|his|her|their|its|this|that)\s+)?"
                        r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
HOURS_APART = re.compile(r"\b(?:hours|minutes|moments|shortly|soon|just)\s+(?:after|before)\b[^,;.]*$", re.IGNORECASE)
FREQUENCY_ADVERBS = {"frequently", "regularly", "often", "repeatedly", "constantly", "routinely", "periodically"}
ELECTION_NOUNS = {"election", "vote", "poll", "referendum", "inauguration", "attack", "strike", "summit"}
OTHER_EVENT_NOUNS = {"talk", "talks", "meeting", "visit", "summit", "trip", "negotiation", "negotiations", "session",
                     "dinner", "lunch", "tour", "ceremony", "signing"}


def _in_person(sentence: SpacySpan) -> bool:
    """The sentence tells of an in-person meeting, other than one it only dates the call by ("Ahead of the visit, X
    spoke to Y": the visit is another event, at another time)."""
    for match in IN_PERSON.finditer(span_text(sentence)):
        start = sentence.start_char + match.start()
        token = next((t for t in sentence if t.idx == start), None)
        if token is None or " " in match.group(0):
            return True
        node, other_time = token, False
        for _ in range(4):
            if node.dep_ == "pobj" and (node.head.lower_ in OTHER_TIME_PREPS or node.head.head.lower_ in OTHER_TIME_PREPS):
                other_time = True
                break
            if node.head is node or node.pos_ in {"VERB", "AUX"}:
                break
            node = node.head
        if not other_time:
            return True
    return False


def _plural_post_subject(sentence: SpacySpan) -> Token | None:
    """The subject of the sentence's main verb when it is officials told by a plural post ("South Korea's and the
    United States' national security advisers agreed ...")."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.lemma_.lower() not in TALKING_VERBS:
        return None
    posts = set(PLURAL_HEADS) | {"leaders"}
    return subject if any(fold(t.text) in posts for t in subject.subtree) else None  # ("A's and B's advisers": a conj)


def _speaking_while(trigger: Token) -> Token | None:
    """The verb whose subject is the one speaking in a participle clause of the call ("Speaking ..., B said")."""
    clause = _speaking_clause(trigger)
    return clause.head if clause is not None else None
