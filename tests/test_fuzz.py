"""Property-based tests on everything that takes outside input: article parsing, dates, amounts, IRIs."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.errors import ArticleError
from kg.extract.amounts import find_money
from kg.extract.dates import find_dates
from kg.facts import AidPackage, Article
from kg.iris import Minter, slugify
from kg.mapping import aid_key
from kg.names import person_key
from kg.pubdate import find_publication_date, parse_date
from kg.sources import parse_jsonl, parse_text

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_any_text_parses_to_an_article_or_a_clear_error(text):
    try:
        article = parse_text(text, "fuzz.txt", "fuzz")
    except ArticleError as error:
        assert error.source == "fuzz.txt" and error.problem
    else:
        assert isinstance(article, Article) and article.text.strip()


@FAST
@given(st.dictionaries(st.sampled_from(["url", "title", "date", "source", "id", "other"]),
                       st.one_of(st.text(), st.integers(), st.none(), st.lists(st.text()))), st.text())
def test_any_front_matter_parses_or_fails_clearly(meta, body):
    import yaml

    text = "---\n" + yaml.safe_dump(meta) + "---\n" + body
    try:
        parse_text(text, "fm.md", "fm")
    except ArticleError as error:
        assert error.problem


@FAST
@given(st.lists(st.one_of(st.text(), st.builds(json.dumps, st.dictionaries(st.text(), st.text())))))
def test_any_json_lines_give_one_result_per_line(lines):
    data = "\n".join(line.replace("\n", " ") for line in lines).encode()
    results = list(parse_jsonl(data, "feed.jsonl"))
    assert all(isinstance(r, (Article, ArticleError)) for r in results)


@FAST
@given(st.text(), st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 1, 1))))
def test_date_finding_never_fails_and_stays_in_the_text(text, anchor):
    for found in find_dates(text, anchor):
        assert 0 <= found.start < found.end <= len(text)
        if found.date and anchor and found.month_day:
            assert found.date <= anchor + dt.timedelta(days=2)


@FAST
@given(st.text())
def test_publication_dates_are_dates_or_none(text):
    assert find_publication_date(text) is None or isinstance(find_publication_date(text), dt.date)
    assert parse_date(text) is None or isinstance(parse_date(text), dt.date)


@FAST
@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999"), places=2),
       st.sampled_from([("million", 10**6), ("billion", 10**9)]), st.sampled_from([("$", "USD"), ("€", "EUR"), ("£", "GBP")]))
def test_amounts_normalize_to_currency_units(number, scale, symbol):
    text = f"a package worth {symbol[0]}{number} {scale[0]} for the army"
    [money] = find_money(text)
    assert money.amount == number * scale[1] and money.currency == symbol[1]


@FAST
@given(st.text())
def test_money_finding_never_fails(text):
    for money in find_money(text):
        assert money.amount > 0 and 0 <= money.start < money.end <= len(text)


@FAST
@given(st.text(min_size=1), st.text(min_size=1), st.integers(0, 10**6), st.integers(0, 10**6))
def test_every_minted_iri_is_absolute_and_round_trips_through_ntriples(key, name, start, end):
    minter = Minter("http://kg.test/")
    iris = [minter.article(key), minter.mention(key, start, end), minter.organization(name), minter.outlet(name),
            minter.weapon(name), minter.report(key, "call", start), minter.call((slugify(name), "y"), "2022-05-13"),
            minter.call(("x", "y"), own=minter.article(key).rsplit("/", 1)[1] + "/1"),
            minter.aid(aid_key(AidPackage("US", "UA", Decimal(start + 1), "USD"), key)),
            minter.aid(aid_key(AidPackage(None, "UA", ordinal=3), key))]
    pk = person_key(name)
    if pk:
        iris.append(minter.person(pk))
    for iri in iris:
        node = ox.NamedNode(iri)  # raises on an invalid IRI
        triple = ox.Triple(node, node, node)
        [parsed] = list(ox.parse(ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES), ox.RdfFormat.N_TRIPLES))
        assert parsed.subject == node


def _app():
    from kg.settings import Settings
    from kg.store import Store
    from kg.web import create_app

    store = Store()
    store.replace_graph("http://x.test/g", '<http://x.test/s> <http://x.test/p> "o" .\n')
    return create_app(Settings(store=":memory:"), store).test_client()


_CLIENT = None
MEDIA = st.sampled_from(["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                         "text/tab-separated-values", "text/turtle", "application/n-triples", "application/ld+json",
                         "application/rdf+xml", "text/html", "*/*", "text/*", "application/*", "image/png", "x/y"])
ACCEPT = st.one_of(
    st.lists(st.tuples(MEDIA, st.floats(0, 1)), max_size=5).map(
        lambda items: ", ".join(f"{m};q={q:.2f}" for m, q in items)),
    st.text(max_size=80).filter(lambda t: "\n" not in t and "\r" not in t))


@FAST
@given(ACCEPT, st.sampled_from(["SELECT * WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }"]))
def test_any_accept_header_gets_an_acceptable_answer_or_406(accept, query):
    global _CLIENT
    _CLIENT = _CLIENT or _app()
    try:
        response = _CLIENT.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    except ValueError:  # the test client itself refuses some header values (e.g. non-latin-1)
        return
    assert response.status_code in (200, 406), (accept, response.status_code, response.data[:200])
    if response.status_code == 406 and response.mimetype == "text/html":  # a browser's: an error page
        assert "text/html" in accept and b"406" in response.data
    elif response.status_code == 406:
        assert response.json["error"]["status"] == 406
    else:
        assert "charset=utf-8" in response.headers["Content-Type"]
