"""One node per real thing, one name per person (issue 12), with the real model and store: on the seeds plus
examples/ and on the real development reports, kg:Call, kg:AidPackage and kg:Official count real things (a naive
COUNT equals `kg stats` and the contract queries' rows), every official has one preferred name, person keys never
take another member of a transliteration group, and the resolution graph depends on the store's content only,
not on the order its articles were loaded in."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries, reference, resolve, things
from kg.iris import Minter, slugify
from kg.loader import load_paths
from kg.names import name_tokens, person_key
from kg.settings import Settings
from kg.stats import collect
from kg.store import UNION_GRAPH, Store
from kg.vocab import KG, OWL_SAMEAS, PROV, RDF_TYPE, SCHEMA, SKOS
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
REAL_DEV = ROOT / "tests" / "corpus" / "real" / "dev" / "articles"
BASE = "http://kg.test/"
MINTER = Minter(BASE)
CORPORA = {"seeds+examples": [SHARED / "seeds", ROOT / "examples"], "real/dev": [REAL_DEV]}


def load(paths: list[Path], write_batch: int = 200) -> Store:
    store = Store()
    report = load_paths(store, paths, Settings(store=":memory:", base_iri=BASE, write_batch=write_batch))
    assert not report.failed, report.failed
    return store


@pytest.fixture(scope="module", params=sorted(CORPORA))
def loaded(request, shared) -> Store:
    return load(CORPORA[request.param])


def count(store: Store, cls: str) -> int:
    return store.count(f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{cls}> }}")


def test_a_naive_count_of_calls_and_packages_is_stats_and_the_contract_rows(loaded):
    stats = collect(loaded)
    assert count(loaded, KG.Call) == stats["calls"] == len(loaded.select(queries.text("calls"))) > 0
    assert count(loaded, KG.AidPackage) == stats["packages"] == len(loaded.select(queries.text("aid"))) > 0
    assert count(loaded, KG.Official) == stats["officials"] == len({r["person"].value for r in loaded.select(
        queries.text("officials"))}) > 0
    assert count(loaded, KG.CallReport) >= stats["calls"]  # what the articles said stays, as reports


def test_every_official_has_one_preferred_name_and_other_spellings_as_alt_labels(loaded):
    rows = loaded.select(f"""SELECT ?p (COUNT(DISTINCT ?name) AS ?names) (COUNT(DISTINCT ?pref) AS ?prefs)
        (SAMPLE(?name) AS ?n) (SAMPLE(?pref) AS ?pl) WHERE {{
        ?p a <{KG.Official}> OPTIONAL {{ ?p <{SCHEMA}name> ?name }} OPTIONAL {{ ?p <{SKOS}prefLabel> ?pref }} }}
        GROUP BY ?p""")
    assert rows
    for row in rows:
        assert int(row["names"].value) == 1 and int(row["prefs"].value) == 1, row["p"].value
        assert row["n"] == row["pl"]
    assert not loaded.select(f"SELECT ?p WHERE {{ ?p <{SKOS}prefLabel> ?l ; <{SKOS}altLabel> ?l }}")


def test_no_person_key_mixes_two_transliterations(loaded):
    """A known official's key is the reference table's name, anyone else's the preferred name's words: never
    another member of a transliteration group (volodymyr-putin), and never two officials for one person."""
    rows = loaded.select(f"SELECT ?p ?name ?key WHERE {{ ?p a <{KG.Official}> ; <{SCHEMA}name> ?name ; "
                         f"<{KG.resolutionKey}> ?key }}")
    people = {row["p"].value.rsplit("/", 1)[-1]: (row["name"].value, row["key"].value) for row in rows}
    known = reference.known_officials()
    for slug, (name, key) in people.items():
        if key in known:
            assert slug == slugify(known[key].name), (slug, name)
        else:
            assert slug == slugify(" ".join(name_tokens(name))), (slug, name)
    keys = [key for _, key in people.values()]
    assert len(keys) == len(set(keys)), "two officials for one person (Zelensky / Zelenskyy)"
    assert not {"volodymyr-putin", "volodymyr-chizhov", "dmitry-kuleba", "volodymyr-zelensky"} & set(people)


def test_every_report_is_of_one_thing_and_every_thing_has_reports(loaded):
    assert not loaded.select(f"""SELECT ?r WHERE {{ ?r <{KG.resolutionKey}> ?k ; a ?c
        FILTER(?c IN (<{KG.OfficialReport}>, <{KG.CallReport}>, <{KG.AidReport}>))
        FILTER NOT EXISTS {{ ?r <{KG.reportOf}> ?t }} }}""")
    assert not loaded.select(f"""SELECT ?r WHERE {{ ?r <{KG.reportOf}> ?a , ?b FILTER(?a != ?b) }}""")
    assert not loaded.select(f"""SELECT ?t WHERE {{ ?t a ?c FILTER(?c IN (<{KG.Official}>, <{KG.Call}>,
        <{KG.AidPackage}>)) FILTER NOT EXISTS {{ ?r <{KG.reportOf}> ?t }} }}""")
    # reports are no things: a naive query of the classes never sees them
    assert not loaded.select(f"SELECT ?r WHERE {{ ?r a <{KG.CallReport}> , <{KG.Call}> }}")


def test_the_incremental_resolution_is_the_whole_rebuild(loaded):
    assert not resolve.changes(loaded, MINTER, None)


def quads(store: Store) -> set[ox.Quad]:
    return {q for q in store.oxigraph if q.graph_name != ox.NamedNode(UNION_GRAPH)}


def test_the_store_does_not_depend_on_the_load_order_or_on_loading_in_parts():
    """One load of the real development reports, and three loads of them in the reverse order into one store (the
    later ones resolving on top of the things the earlier ones made), give the same quads."""
    files = sorted(REAL_DEV.iterdir())
    whole = load(files)
    store = Store()
    backward = list(reversed(files))
    for part in (backward[:25], backward[25:50], backward[50:]):
        report = load_paths(store, part, Settings(store=":memory:", base_iri=BASE, write_batch=11))
        assert not report.failed
    assert quads(store) == quads(whole)
    assert len([q for q in quads(whole) if q.graph_name == ox.NamedNode(MINTER.graph("resolution"))]) > 1000


# -- an unknown person's preferred name, by hand-made article graphs (no model) -------------------------

def person_article(key: str, name: str) -> tuple[str, str]:
    graph = MINTER.article(key)
    report = MINTER.report(key, "person", 1)
    return graph, (f"<{report}> <{RDF_TYPE}> <{KG.OfficialReport}> .\n<{report}> <{PROV}wasDerivedFrom> <{graph}> .\n"
                   f'<{report}> <{KG.resolutionKey}> "sergei-petrenko" .\n<{report}> <{SCHEMA}name> "{name}" .\n')


SPELLINGS = {"a1": "Serhiy Petrenko", "a2": "Sergei Petrenko", "a3": "Serhiy Petrenko", "a4": "Serhiy V. Petrenko"}


def names_after(order: list[str]) -> set[tuple[str, str, str]]:
    store = Store()
    for key in order:
        graph, ntriples = person_article(key, SPELLINGS[key])
        store.replace_graph(graph, ntriples)
        resolve.rebuild(store, MINTER, [graph])
    return {(r["p"].value, r["q"].value, r["o"].value) for r in store.select(
        f"SELECT ?p ?q ?o WHERE {{ ?p a <{KG.Official}> ; ?q ?o FILTER(isLiteral(?o)) }}")}


@pytest.mark.parametrize("order", [["a1", "a2", "a3", "a4"], ["a4", "a2", "a1", "a3"], ["a2", "a3", "a4", "a1"]])
def test_an_unknown_persons_name_and_key_are_the_fullest_spelling_whatever_the_order(order):
    got = names_after(order)
    person = f"{BASE}id/person/serhiy-petrenko"
    assert (person, SCHEMA + "name", "Serhiy V. Petrenko") in got
    assert (person, SKOS + "altLabel", "Sergei Petrenko") in got and (person, SKOS + "altLabel", "Serhiy Petrenko") in got
    assert {p for p, _, _ in got} == {person}
    assert got == names_after(["a1", "a2", "a3", "a4"])


def test_the_spelling_most_reports_give_wins_between_equally_full_names():
    reports = [things.PersonReport("sergei-petrenko", name) for name in
               ["Sergei Petrenko", "Serhiy Petrenko", "Serhiy Petrenko"]]
    person = things.person(things.person_group("sergei-petrenko", reports))
    assert (person.name, person.slug) == ("Serhiy Petrenko", "serhiy-petrenko")
    assert person.alt_labels == ("Sergei Petrenko",)
    assert things.person(things.person_group("sergei-petrenko", reports[::-1])) == person


def test_a_known_official_is_keyed_by_the_table_and_named_as_the_reports_write_them_most():
    key = things.identity(person_key("Volodymyr Zelensky"))
    reports = [things.PersonReport(key, "Volodymyr Zelensky", mentions=3), things.PersonReport(key, "Zelensky"),
               things.PersonReport(key, "Volodymyr Zelenskyy")]
    zelensky = things.person(things.person_group(key, reports))
    assert (zelensky.name, zelensky.slug) == ("Volodymyr Zelensky", "volodymyr-zelenskyy")
    assert zelensky.alt_labels == ("Volodymyr Zelenskyy", "Zelensky")
    assert things.known_name("Lloyd Austin", {"Austin": 4}) == "Lloyd Austin"  # no report names him in full


def test_more_reports_outweigh_more_mentions_in_one_report():
    key = things.identity(person_key("Volodymyr Zelensky"))
    reports = [things.PersonReport(key, "Volodymyr Zelensky", mentions=9), things.PersonReport(key, "Volodymyr Zelenskiy"),
               things.PersonReport(key, "Volodymyr Zelenskiy")]
    assert things.person(things.person_group(key, reports)).name == "Volodymyr Zelenskiy"


def test_a_known_official_is_named_and_keyed_as_the_reference_table_names_them():
    reports = [things.PersonReport(things.identity(person_key("Volodymyr Zelensky")), "Volodymyr Zelensky"),
               things.PersonReport(things.identity(person_key("Volodymyr Zelenskyy")), "Volodymyr Zelenskyy")]
    assert reports[0].key == reports[1].key
    zelenskyy = things.person(things.person_group(reports[0].key, reports))
    assert (zelenskyy.name, zelenskyy.slug, zelenskyy.alt_labels) == ("Volodymyr Zelenskyy", "volodymyr-zelenskyy",
                                                                       ("Volodymyr Zelensky",))
    putin = things.person(things.PersonGroup(things.identity(person_key("Vladimir Putin"))))
    assert (putin.name, putin.slug) == ("Vladimir Putin", "vladimir-putin")


def test_a_load_that_stops_before_it_resolves_leaves_a_note_the_next_load_acts_on(monkeypatch, shared):
    """The things of a load are made when its articles are written; a load that dies before leaves its articles
    noted as pending (kg:pendingArticle), and the next load, of anything, makes their things."""
    store = Store()
    settings = Settings(store=":memory:", base_iri=BASE)

    def dies(*args, **kwargs):
        raise RuntimeError("killed")

    monkeypatch.setattr(resolve, "rebuild", dies)
    with pytest.raises(RuntimeError):
        load_paths(store, [ROOT / "examples"], settings)
    assert count(store, KG.Call) == 0 and resolve.pending_articles(store, MINTER)
    monkeypatch.undo()
    load_paths(store, [shared / "seeds" / sorted(p.name for p in (shared / "seeds").iterdir())[0]], settings)
    assert not resolve.pending_articles(store, MINTER)
    assert not resolve.changes(store, MINTER, None)
    assert count(store, KG.Call) == collect(store)["calls"] == len(store.select(queries.text("calls"))) > 0


def test_an_organization_is_one_node_with_one_name_that_every_report_of_it_links_to(loaded):
    stats = collect(loaded)
    assert count(loaded, KG.Organization) == stats["organizations"] > 0
    rows = loaded.select(f"""SELECT ?o (COUNT(DISTINCT ?name) AS ?names) WHERE {{
        ?o a <{KG.Organization}> OPTIONAL {{ ?o <{SCHEMA}name> ?name }} }} GROUP BY ?o""")
    assert all(row["names"].value == "1" for row in rows), [r["o"].value for r in rows if r["names"].value != "1"]
    reports = loaded.select(f"""SELECT ?r (COUNT(DISTINCT ?o) AS ?things) WHERE {{
        ?r a <{KG.OrganizationReport}> OPTIONAL {{ ?r <{KG.reportOf}> ?o . ?o a <{KG.Organization}> }} }} GROUP BY ?r""")
    assert reports and all(row["things"].value == "1" for row in reports)


def test_an_international_organization_keeps_its_code_and_its_wikidata_id(loaded):
    code = {row["c"].value: row["o"].value for row in loaded.select(
        f"SELECT ?o ?c WHERE {{ ?o a <{KG.Organization}> ; <{KG.isoCode}> ?c }}")}
    for key, node in code.items():
        assert node == MINTER.country(key) and "/id/org/" in node
        entry = reference.organizations()[key]
        if entry.wikidata:
            assert loaded.count(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{node}> <{OWL_SAMEAS}> "
                                f"<http://www.wikidata.org/entity/{entry.wikidata}> }}") == 1


def test_every_donor_of_a_package_is_a_country_or_organization_with_its_code(loaded):
    donors = {row["d"].value for row in loaded.select(f"SELECT DISTINCT ?d WHERE {{ ?p a <{KG.AidPackage}> ; <{KG.donor}> ?d }}")}
    codes = {row["donor"].value for row in loaded.select(queries.text("aid")) if "donor" in row}
    assert donors and len(codes) == len(donors)
    assert codes <= set(reference.countries()) | set(reference.organizations())


def test_a_shortened_spelling_counts_for_the_fuller_way_a_report_writes():
    reports = {"Mohammed bin Zayed Al Nahyan": things.REPORT_WEIGHT + 1, "Mohamed bin Zayed": things.REPORT_WEIGHT + 4}
    assert things.known_name("Mohamed bin Zayed Al Nahyan", reports) == "Mohammed bin Zayed Al Nahyan"
    # no report writes the fuller way: the shortening the report writes stays
    assert things.known_name("Mohamed bin Zayed Al Nahyan", {"Mohamed bin Zayed": 3}) == "Mohamed bin Zayed"


def test_the_reports_accented_spelling_of_the_tables_name_is_kept():
    assert things.known_name("Jonas Gahr Store", {"Jonas Gahr Støre": things.REPORT_WEIGHT + 2}) == "Jonas Gahr Støre"
    assert things.known_name("Jonas Gahr Store", {"Jonas Gahr Støre": 1, "Jonas Gahr Store": 1}) == "Jonas Gahr Store"


# -- one package per announcement -----------------------------------------------------------------------

def aid_report(iri: str, date: str | None, published: str | None, *items: str) -> things.AidReport:
    return things.AidReport("UA", "US", "400000000", "USD", tuple(things.ItemReport(i) for i in items), date,
                            iri=iri, article_date=published)


def test_one_amount_announced_twice_is_two_packages_and_every_report_finds_its_own():
    reports = [aid_report("a#aid-1", "2023-07-25", "2023-07-25", "Stinger missiles"),
               aid_report("b#aid-1", "2023-07-24", "2023-07-27", "Humvees"),   # an outlet a day off
               aid_report("c#aid-1", None, "2023-08-10"),                      # "the package announced last month"
               aid_report("d#aid-1", "2023-08-29", "2023-08-29", "mine-clearing equipment"),
               aid_report("e#aid-1", None, "2023-11-30")]                      # too late to be either
    made, of_report = things.packages("us-ua-400000000-usd", reports)
    assert [(p.day, p.date, [i.name for i in p.items]) for p in made] == [
        ("2023-07-25", "2023-07-25", ["Humvees", "Stinger missiles"]),
        ("2023-08-29", "2023-08-29", ["mine-clearing equipment"]),
        ("2023-11-30", "2023-11-30", [])]
    assert {iri: p.day for iri, p in of_report.items()} == {
        "a#aid-1": "2023-07-25", "b#aid-1": "2023-07-25", "c#aid-1": "2023-07-25", "d#aid-1": "2023-08-29",
        "e#aid-1": "2023-11-30"}
    assert things.packages("us-ua-400000000-usd", reports[::-1]) == (made, of_report)


def test_undated_reports_of_an_amount_never_announced_by_date_are_one_package_per_week_of_articles():
    reports = [aid_report("a#aid-1", None, "2024-03-01"), aid_report("b#aid-2", None, "2024-03-04"),
               aid_report("c#aid-1", None, "2024-06-01"), aid_report("d#aid-1", None, None)]
    made, of_report = things.packages("us-ua-400000000-usd", reports)
    assert [p.day for p in made] == [None, "2024-03-01", "2024-06-01"]
    assert of_report["a#aid-1"] is of_report["b#aid-2"] is made[1] and of_report["d#aid-1"] is made[0]
    # an article's own package (no amount to key it by) is never split nor dated in its IRI
    own, _ = things.packages("article-1/1/us-ua", [aid_report("a#aid-1", "2024-03-01", "2024-03-01")])
    assert [(p.day, p.date) for p in own] == [(None, "2024-03-01")]


def test_the_same_amount_a_year_apart_is_two_packages_in_the_store(tmp_path):
    """Real model and store: two articles announce $400 million for Ukraine a year apart, a third tells the first
    again two days later; the graph holds two packages, each linked from its own reports, in either load order."""
    texts = {
        "2023-07-25": "The Pentagon on Tuesday announced a $400 million military aid package for Ukraine, including "
                      "Stinger missiles and Humvees.",
        "2023-07-27": "Ukraine's forces will soon receive the Stinger missiles in the $400 million aid package the "
                      "United States announced on Tuesday.",
        "2024-07-30": "The United States on Tuesday announced a $400 million military aid package for Ukraine, "
                      "including mine-clearing equipment."}
    paths = []
    for day, text in texts.items():
        path = tmp_path / f"{day}.md"
        path.write_text(f"---\nurl: https://example.test/{day}\ndate: {day}\n---\n{text}\n")
        paths.append(path)
    stores = [load(paths), load(paths[::-1])]
    assert quads(stores[0]) == quads(stores[1])
    rows = stores[0].select(f"""SELECT ?p ?d (COUNT(?r) AS ?n) WHERE {{ ?p a <{KG.AidPackage}> ; <{KG.date}> ?d .
        ?r <{KG.reportOf}> ?p }} GROUP BY ?p ?d ORDER BY ?d""")
    assert [(r["p"].value, r["d"].value, r["n"].value) for r in rows] == [
        (f"{BASE}id/aid/2023-07-25/us-ua-400000000-usd", "2023-07-25", "2"),
        (f"{BASE}id/aid/2024-07-30/us-ua-400000000-usd", "2024-07-30", "1")]
    assert not resolve.changes(stores[0], MINTER, None)


def test_a_report_from_an_article_with_no_date_is_the_one_announcement_there_is():
    reports = [aid_report("a#aid-1", None, "2022-05-13"), aid_report("b#aid-1", None, None)]
    made, of_report = things.packages("us-ua-400000000-usd", reports)
    assert [p.day for p in made] == ["2022-05-13"] and of_report["a#aid-1"] is of_report["b#aid-1"]


def test_the_tables_name_with_more_given_names_before_it_counts_for_the_tables_way():
    reports = {"Muhammad Shehbaz Sharif": 2 * things.REPORT_WEIGHT + 4, "Shehbaz Sharif": 2 * things.REPORT_WEIGHT + 3}
    assert things.known_name("Shehbaz Sharif", reports) == "Shehbaz Sharif"
    assert things.known_name("Shehbaz Sharif", {"Muhammad Shehbaz Sharif": 2 * things.REPORT_WEIGHT + 4}) \
        == "Muhammad Shehbaz Sharif"  # the only way the reports name him


def test_a_listed_name_with_the_family_name_counts_for_the_tables_name():
    assert things.known_name("Luiz Inácio Lula da Silva", {"Lula da Silva": 3, "Lula": 5}) == "Luiz Inácio Lula da Silva"
    # a spelling of the family name is the reports' own way of writing it, not another name
    assert things.known_name("Valerii Zaluzhnyi", {"Valery Zaluzhny": 3}) == "Valery Zaluzhny"




def test_a_slip_of_the_pen_in_the_family_name_is_no_way_of_spelling_it():
    reports = {"Volodymyr Zelenksyy": 3 * things.REPORT_WEIGHT, "Volodymyr Zelenskyy": things.REPORT_WEIGHT}
    assert things.known_name("Volodymyr Zelenskyy", reports) == "Volodymyr Zelenskyy"
    assert things.known_name("Volodymyr Zelenskyy", {"Volodymyr Zelensky": 3, "Volodymyr Zelenskyy": 1}) == "Volodymyr Zelensky"
