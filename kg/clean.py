"""Site clutter in text-only articles (menus, "Subscribe", link lists): find the spans that are article prose.

Each line is classified as a paragraph by jusText (stop-word density, length, neighbours); clutter is
blanked out with spaces so that character offsets into the original text stay valid.
"""
from __future__ import annotations

import html
import re
import statistics
from collections import deque

import justext
import justext.core
import justext.paragraph
import justext.utils

from kg.pubdate import MONTH

STOPLIST = justext.get_stoplist("English")
CLASSIFY_OPTIONS = dict(length_low=40, length_high=140, stopwords_low=0.2, stopwords_high=0.3, max_link_density=0.2,
                        no_headings=False)
MAX_HEADING_DISTANCE = 200
# text with characters that libxml2's HTML parser may drop, replace or refuse (controls, surrogates, non-characters),
# or with a paragraph longer than libxml2 takes in one text node, goes through jusText's own HTML parsing: same
# paragraphs as jusText's. (A long text of ordinary paragraphs does not: that path costs 3x as much per character,
# so cleaning was 3x slower per character past 1,000,000 characters of text, not of a paragraph.)
LIBXML_SAFE_LENGTH = 1_000_000
LIBXML_ALTERED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
FINITE = {"is", "are", "was", "were", "has", "have", "had", "said", "says", "spoke", "speaks", "told", "held", "holds",
          "met", "meets", "will", "would", "made", "makes", "gave", "gives", "sent", "sends", "took", "takes", "agreed",
          "discussed", "announced", "called", "phoned", "pledged", "signed", "expressed", "stressed", "emphasized"}
# a line that stops where no sentence can end: on a comma, a conjunction, an article or a preposition
RUNS_ON = re.compile(r"(?:,|['’]s|\b(?:and|or|but|the|a|an|of|to|in|on|for|with|by|from|at|as|that|which|who|its|their|his|"
                     r"her|our|this|these))$", re.IGNORECASE)
SENTENCE_END = tuple('.!?:;"”’)')
PROSE_WORDS = 8
SHORT_SENTENCE_WORDS = 4
# a line that ends a sentence, maybe with the agency's credit after it: "... the coronavirus. (ANI)"; or an excerpt
# cut off with an ellipsis
SENTENCE_CLOSE = re.compile(r"[.!?:”\"’\]…]\W{0,3}(?:\((?:[A-Z][\w/ .-]{0,20}|[a-z]{2,6}/[a-z]{2,6})\)\W{0,2}|"
                            r"\s*(?:Enditem|ENDITEM|\(END\)|END)\W{0,2})?$")
LIST_INTRO_WORDS = 3  # "The package contains the following:"
MAX_LIST_LINES = 20
MAX_LIST_LINE_CHARS = 200
MAX_BULLET_CHARS = 400
HEADLINE_WORDS = 6
SHORT_BODY_CHARS = 500  # less body than this: jusText's context judgement is not to be trusted
MAX_GAP_LINES = 4
MIN_BLOCK_SHARE = 0.25
BULLETS = tuple("•·*|»>-–")
ATTRIBUTION_LINE = re.compile(r"^[A-Z][\w.’'\- ]{5,120}\b(?:said|says|added|stated|wrote|told reporters):$")
# a link to another story ("See also: ...", "Related: ...") or a photo caption ("ILLUSTRATION. ...", "... (Photo:
# Reuters/X)"): never the article's own report
DATED_ENTRY = re.compile(rf"^(?:(?:19|20)\d{{2}}\s*:|{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH}(?:\s|$))")
PHOTO_CREDIT = re.compile(r"\((?:photo|image|file photo|foto|pic(?:ture)?)\s*:[^()]*\)\W*$", re.IGNORECASE)
NOT_BODY_LINE = re.compile(r"^\W*(?:see also|also see|related(?: articles?| stories| news| coverage)?|read (?:more|also)|"
                           r"also read|more on this|recommended)\b[^:\n]{0,20}:|^\W*(?:illustration|file photo|photo|image)\s*[.:]|"
                           + PHOTO_CREDIT.pattern, re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z(“\"])")
# abbreviated honorifics the sentence splitter takes for a full stop ("with the Hon. Richard Marles")
HONORIFIC_STOP = re.compile(r"\b(?:Hon|Rt|Shri|Smt)(\.)(?= [A-Z])")

# an acronym in brackets inside a title, before a rank or name: "Commander of the US Central Command (CENTCOM) Gen. X"
ACRONYM_BRACKETS = re.compile(r"(?<=[A-Za-z] )\([A-Z]{2,10}\)(?= (?:Gen|Adm|Lt|Col|Maj|Brig|Capt|Cmdr|Gen|Vice Adm|Rear Adm)\. [A-Z])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text's paragraphs: its lines, a line that runs on (a hard-wrapped sentence: it
    stops on a comma, a conjunction or a preposition, or the next line goes on in lower case) joined to the next."""
    spans: list[tuple[int, int]] = []
    offset, after_blank = 0, True
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            if not after_blank and runs_on(text[spans[-1][0]:spans[-1][1]], stripped):
                spans[-1] = (spans[-1][0], start + len(stripped))
            else:
                spans.append((start, start + len(stripped)))
        after_blank = not stripped
        offset += len(line)
    return spans


def runs_on(line: str, next_line: str) -> bool:
    """A line break inside a sentence (hard-wrapped text): the line stops where no sentence can end (a comma, a
    conjunction, an article, a preposition, a possessive), or the next line goes on in lower case after no sentence's end."""
    line = line.rstrip()
    if not line or not next_line.strip():
        return False
    return bool(RUNS_ON.search(line)) or next_line.lstrip()[:1].islower() and not line.endswith(SENTENCE_END)


def body_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs judged to be the article body."""
    spans = [_without_caption(text, span) for span in paragraphs(text)]
    if not spans:
        return []
    judged = _judged(text, spans)
    kept = {span for span in spans if _is_prose(text[span[0]:span[1]]) and (judged.get(span, True)
                                                                        or _sentence_bullet(text[span[0]:span[1]]))}
    if not kept:  # jusText found no body (a very short note): keep every prose-like line
        kept = {span for span in spans if _is_prose(text[span[0]:span[1]])}
    elif sum(e - s for s, e in kept) < SHORT_BODY_CHARS:  # a short report of name-heavy lines jusText calls clutter
        kept |= {span for span in spans if _reads_as_sentence(text[span[0]:span[1]])}
    last = spans[-1]
    last_words = text[last[0]:last[1]].split()
    if last not in kept and judged.get(last, False) and len(last_words) >= PROSE_WORDS \
            and (CUT_AFTER_A_SENTENCE.search(text[last[0]:last[1]]) or _cut_sentence(text[last[0]:last[1]])) \
            and (len(spans) > 1 and spans[-2] in kept
                 or len(last_words) >= 2 * PROSE_WORDS and _has_function_words(last_words, 0.2)):
        # a last paragraph cut off mid-sentence ("... Thursday afternoon. At home Obama has fa"), after the body or
        # long enough to be body itself (a page stored only up to a length)
        spans[-1] = last = _less_cut_word(text, last)
        kept.add(last)
    for i, span in enumerate(spans[:-1]):  # a line introducing a quote: "Defence Secretary Grant Shapps said:"
        if span not in kept and spans[i + 1] in kept and ATTRIBUTION_LINE.search(text[span[0]:span[1]]):
            kept.add(span)
    for i, span in enumerate(spans[:-1]):  # a sentence introducing a bulleted list the body goes on after
        intro = text[span[0]:span[1]].rstrip()          # ("The release set out what the package contains:")
        inline = INLINE_FIRST_BULLET.search(intro)  # ("The package further contained: - Eight AS90 guns")
        if span in kept or not (intro.endswith(":") or inline) or not _list_intro(intro[:inline.start() + 1] if inline
                                                                                  else intro):
            continue
        end = i + 1
        while end < len(spans) and text[spans[end][0]:spans[end][1]].lstrip().startswith(BULLETS):
            end += 1
        if end - i - 1 >= 2 and (spans[end - 1] in kept or end < len(spans) and spans[end] in kept):
            kept.add(span)
    first = min(kept, default=None)
    for i, span in enumerate(spans[:-1]):  # a name-heavy lead paragraph above the body (few stop words, still prose)
        line = text[span[0]:span[1]]
        if span not in kept and spans[i + 1] in kept and judged.get(span) is False and _lead_prose(line) \
                and (first is None or span < first):
            kept.add(span)
            first = span
    for i, span in enumerate(spans[:-1]):  # a headline directly above the body
        line = text[span[0]:span[1]]
        if span not in kept and spans[i + 1] in kept and judged.get(span) and len(line.split()) >= HEADLINE_WORDS \
                and not line.lstrip().startswith(BULLETS) and " | " not in line:
            kept.add(span)
    for i, span in enumerate(spans[1:-1], start=1):  # a sentence of few stop words between two body paragraphs
        line = text[span[0]:span[1]].strip()  # ("The package contains anti-tank weapons, grenades, rifles ...")
        if span not in kept and spans[i - 1] in kept and spans[i + 1] in kept and _is_prose(line) \
                and line[:1].isupper() and line.endswith((".", "!", "?")) and "|" not in line \
                and not re.search(r"https?:|www\.", line):
            kept.add(span)
    for i, span in enumerate(spans[1:], start=1):  # a short closing sentence: "The call was held on Tashkent's initiative."
        if span not in kept and spans[i - 1] in kept and _short_sentence(text[span[0]:span[1]]):
            kept.add(span)
    _keep_listed_lines(text, spans, judged, kept)
    kept = {span for span in kept if not NOT_BODY_LINE.search(text[span[0]:span[1]])}
    return main_blocks(spans, sorted(kept))


def _without_caption(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A paragraph without the photo caption the page ran into its end ("... such as defence. NSA Ajit Doval.
    (Photo: X)"): its sentences before the caption, when they are prose."""
    line = text[span[0]:span[1]]
    credit = PHOTO_CREDIT.search(line)
    if credit is None:
        return span
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(line[:credit.start()].rstrip()[:-1])]
    if not breaks or not _is_prose(line[:breaks[-1]]):
        return span
    return span[0], span[0] + len(line[:breaks[-1]].rstrip())


def _less_cut_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A paragraph cut off mid-sentence without its last word, which may be cut short too ("King Hamad bin Isa A")."""
    line = text[span[0]:span[1]].rstrip()
    if line.endswith((".", "!", "?", '"', "”")) or " " not in line:
        return span
    return span[0], span[0] + line.rindex(" ")


def _cut_sentence(line: str) -> bool:
    """One sentence cut off before its end, still plainly prose: a capital, then function words and a finite verb."""
    body = line.strip()
    return body[:1].isupper() and "|" not in body and not re.search(r"https?:|www\.", body) \
        and _has_function_words(body.split(), 0.2)


def _short_sentence(line: str) -> bool:
    """A sentence too short for the prose test that still reads as one: a capital, a finite verb, a full stop."""
    words = line.split()
    folded = [re.sub(r"\W", "", w.lower()) for w in words]
    return SHORT_SENTENCE_WORDS <= len(words) < PROSE_WORDS and line.strip()[:1].isupper() \
        and line.rstrip().endswith((".", "!", "?")) and any(w in FINITE for w in folded) \
        and "|" not in line and not re.search(r"https?:|www\.", line)


def _keep_listed_lines(text: str, spans: list[tuple[int, int]], judged: dict, kept: set) -> None:
    """The short lines a body line ending in a colon introduces ("This part of the package contains:" and one line
    per item) belong to the body, as long as jusText does not judge them clutter."""
    for i, span in enumerate(spans):
        intro = text[span[0]:span[1]]
        opens_list = intro.rstrip().endswith(":") or INLINE_FIRST_BULLET.search(intro)
        if not opens_list or not (span in kept or i and spans[i - 1] in kept and len(intro.split()) >= LIST_INTRO_WORDS):
            continue
        kept.add(span)
        for item in spans[i + 1:i + 1 + MAX_LIST_LINES]:
            line = text[item[0]:item[1]]
            listed = line.lstrip().startswith(BULLETS) or line.rstrip().endswith((";", ".", ",")) \
                or bool(DATED_ENTRY.match(line.strip()))  # a timeline: "2021:", "Nov. 16 - video call - 3 hours"
            linked = "|" in line or re.search(r"https?:|www\.", line)
            clutter = linked or judged.get(item) is False and judged.get(span) is not False and not listed
            if item in kept and listed:
                continue  # a bullet jusText kept already: the list goes on
            if item in kept or clutter or len(line) > (MAX_BULLET_CHARS if listed else MAX_LIST_LINE_CHARS):
                break
            kept.add(item)


def _judged(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    """Line span -> whether jusText classifies that line (one paragraph per line) as body text."""
    if LIBXML_ALTERED.search(text) or max(e - s for s, e in spans) > LIBXML_SAFE_LENGTH:
        return _judged_from_html(text, spans)
    lines = [_Line(text[s:e]) for s, e in spans]
    justext.core.classify_paragraphs(lines, STOPLIST, **CLASSIFY_OPTIONS)
    justext.core.revise_paragraph_classification(lines, MAX_HEADING_DISTANCE)
    return {span: not line.is_boilerplate for span, line in zip(spans, lines)}


def _judged_from_html(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    page = "<html><body>" + "".join(f"<p>{html.escape(text[s:e])}</p>" for s, e in spans) + "</body></html>"
    classified = justext.justext(page, STOPLIST, max_heading_distance=MAX_HEADING_DISTANCE, **CLASSIFY_OPTIONS)
    by_text: dict[str, deque[tuple[int, int]]] = {}
    for s, e in spans:
        by_text.setdefault(_norm(text[s:e]), deque()).append((s, e))
    judged: dict[tuple[int, int], bool] = {}
    for paragraph in classified:
        candidates = by_text.get(_norm(paragraph.text))
        if candidates:
            judged[candidates.popleft()] = not paragraph.is_boilerplate
    return judged


_BODY_PARAGRAPH_PATH = justext.core.PathInfo().append("html").append("body").append("p")


class _Line(justext.paragraph.Paragraph):
    """The paragraph jusText makes of `<p>line</p>` in `<html><body>`, without building and parsing that page.
    Its text is normalized once: jusText's own paragraph normalizes it again on every read."""

    def __init__(self, line: str) -> None:
        super().__init__(_BODY_PARAGRAPH_PATH)
        self.append_text(line)
        self._text = justext.utils.normalize_whitespace("".join(self.text_nodes).strip())

    @property
    def text(self) -> str:
        return self._text


def main_blocks(spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kept paragraphs grouped into blocks (few clutter lines between them); the blocks near the size of the largest."""
    position = {span: i for i, span in enumerate(spans)}
    blocks: list[list[tuple[int, int]]] = []
    for span in kept:
        if blocks and position[span] - position[blocks[-1][-1]] <= MAX_GAP_LINES + 1:
            blocks[-1].append(span)
        else:
            blocks.append([span])
    if not blocks:
        return []
    size = [sum(e - s for s, e in block) for block in blocks]
    return [span for block, n in zip(blocks, size) if n >= MIN_BLOCK_SHARE * max(size) for span in block]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


INLINE_FIRST_BULLET = re.compile(r":\s*[-•*–]\s+\S")
CUT_AFTER_A_SENTENCE = re.compile(r"[a-z0-9][.!?][\"”’)]?\s+[A-Z]")


def _is_prose(line: str) -> bool:
    if line.lstrip().startswith(BULLETS):
        return _sentence_bullet(line)
    return len(line.split()) >= PROSE_WORDS and bool(SENTENCE_CLOSE.search(line.strip()))


def _reads_as_sentence(line: str) -> bool:
    """Prose with the function words and a finite verb of a sentence, not a menu, link or caption credit."""
    if not _is_prose(line) or "|" in line or re.search(r"https?:|www\.", line):
        return False
    return _has_function_words(line.split(), 0.1)


def _has_function_words(words: list[str], density: float) -> bool:
    """At least this share of stop words, and a finite verb (a word ending in -ed or a common finite form)."""
    folded = [re.sub(r"\W", "", w.lower()) for w in words]
    return sum(w in STOPLIST for w in folded) / len(words) >= density \
        and any(w.endswith("ed") or w in FINITE for w in folded)


def _list_intro(line: str) -> bool:
    """A line that opens a list as a sentence would: a capital, a few words, many of them function words."""
    words = line.split()
    return len(words) >= LIST_INTRO_WORDS and line.strip()[:1].isupper() and "|" not in line \
        and not re.search(r"https?:|www\.", line) \
        and sum(re.sub(r"\W", "", w.lower()) in STOPLIST for w in words) / len(words) >= 0.2


def _lead_prose(line: str) -> bool:
    """A lead paragraph that jusText finds too poor in stop words ("MOSCOW, November 12. /TASS/. Russian Defense
    Minister X held talks with Chinese Defense Minister Y"): long, sentence-like, with a finite verb."""
    return len(line.split()) >= 2 * PROSE_WORDS and _reads_as_sentence(line)


def _sentence_bullet(line: str) -> bool:
    """A bullet of a newsletter digest that is a full sentence ("• Austin spoke by phone with ... on Tuesday."),
    not an item of a link list or menu: long enough, ends as a sentence, reads as prose (function words, no "|",
    no web address) and has a finite verb (a word ending in -ed or a common finite form)."""
    body = line.strip().lstrip("".join(BULLETS)).strip()
    words = body.split()
    if len(words) < PROSE_WORDS or not body[:1].isupper() or "|" in body or re.search(r"https?:|www\.|\.com\b", body):
        return False
    if not re.search(r"[.!?”\"’]\W{0,2}$", body):
        return False
    return _has_function_words(words, 0.2)


# a news site's hover card glued after a name: "President BidenJoe BidenPelosi hints ... MORE spoke": the full name again
# and teaser headlines, up to "MORE"
HOVER_CARD = re.compile(r"(?P<name>[A-Z][a-z'’-]+)(?P<card>(?:[A-Z][\w.'’-]*\s){1,4}(?P=name)[^\n]{0,400}?\sMORE\b)")


MIN_LINES_FOR_WRAP = 5


def hard_wrapped(text: str) -> bool:
    """Most lines of a similar width, not ending a sentence: a text wrapped at a fixed width."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES_FOR_WRAP:
        return False
    open_ended = sum(1 for line in lines if not line.endswith(SENTENCE_END))
    widths = [len(line) for line in lines]
    return open_ended / len(lines) >= 0.5 and 40 <= statistics.median(widths) <= 100 \
        and statistics.pstdev(widths) < 0.25 * statistics.median(widths) + 8


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with everything outside `spans` replaced by spaces (newlines between them kept), same length."""
    out = [c if c == "\n" else " " for c in text]
    wrapped = hard_wrapped(text)  # (there only a blank line ends a sentence: kg_paragraph_breaks)
    for s, e in spans:
        out[s:e] = text[s:e] if wrapped else text[s:e].replace("\n", " ")  # a sentence broken over two lines reads on
    for s, e in spans:  # a bullet kept as prose starts a sentence of its own: "•" -> line break
        if text[s] in BULLETS and e - s > 1 and text[s + 1].isspace():
            out[s] = "\n"
    for match in ACRONYM_BRACKETS.finditer(text):  # "(CENTCOM) Gen. X": the parser ends a sentence at ")"
        for i in (match.start(), match.end() - 1):
            if out[i] in "()":
                out[i] = " "
    for match in HOVER_CARD.finditer(text):
        out[match.start("card"):match.end("card")] = " " * (match.end("card") - match.start("card"))
    for match in HONORIFIC_STOP.finditer(text):
        if out[match.start(1)] == ".":
            out[match.start(1)] = " "
    return "".join(out)
