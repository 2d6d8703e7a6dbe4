"""Doc -> facts: officials, calls and aid packages of one article, with their evidence."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.aid import extract_aid
from kg.extract.calls import extract_calls
from kg.extract.organizations import find_organizations
from kg.extract.people import find_people
from kg.facts import Article, ArticleFacts, Span
from kg.publisher import government_of
from kg.pubdate import story_day


def extract_article(doc: Doc, article: Article, body: list[tuple[int, int]]) -> ArticleFacts:
    people = find_people(doc, body, article)
    today = story_day(article.text[body[0][0]:] if body else article.text, article.date)  # a dateline's day
    calls = extract_calls(doc, people, today, body, article.title, government_of(article.url))
    aid = extract_aid(doc, people, today, body)
    officials = dict(people.officials)
    return ArticleFacts(article=article, officials=tuple(officials.values()), calls=tuple(calls), aid=tuple(aid),
                        organizations=find_organizations(doc, body),
                        body=tuple(Span(s, e, article.text[s:e]) for s, e in body))
