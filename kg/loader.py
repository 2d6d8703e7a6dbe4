"""The load pipeline: Articles -> spaCy Docs (in batches) -> facts -> one named graph per article -> the store."""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg import resolve
from kg.clean import body_spans, masked
from kg.errors import ArticleError, KGError, QueryError
from kg.extract import extract_article
from kg.facts import Article, ArticleFacts
from kg.iris import Minter
from kg.mapping import Mapper, to_ntriples
from kg.nlp import load_pipeline
from kg.settings import Settings
from kg.sources import RdfFile, read_paths, slug
from kg.store import Store

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
BATCH_SIZE = 32
log = logging.getLogger(__name__)


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    failed: list[ArticleError] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def analyse(articles: Iterable[Article], settings: Settings, jobs: int = 1) -> Iterator[ArticleFacts | ArticleError]:
    """Facts for each article (in input order), or an ArticleError; `jobs` > 1 runs the model in that many
    processes, each on batches of articles, with the same results as one process."""
    if jobs <= 1:
        yield from _analyse_serial(articles, settings.spacy_model)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=load_pipeline, initargs=(settings.spacy_model,)) as pool:
        pending: deque[Future] = deque()
        for batch in _batches(articles, BATCH_SIZE):
            pending.append(pool.submit(_analyse_batch, batch, settings.spacy_model))
            if len(pending) >= 2 * jobs:  # bounded: the input is streamed, not read ahead whole
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _analyse_batch(batch: list[Article], model: str) -> list[ArticleFacts | ArticleError]:
    return list(_analyse_serial(batch, model))


def _analyse_serial(articles: Iterable[Article], model: str) -> Iterator[ArticleFacts | ArticleError]:
    nlp = load_pipeline(model)

    def prepared():
        for article in articles:
            spans = body_spans(article.text)
            yield masked(article.text, spans), (article, spans)

    for doc, (article, spans) in nlp.pipe(prepared(), as_tuples=True, batch_size=BATCH_SIZE):
        try:
            yield extract_article(doc, article, spans)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as error:
            yield ArticleError(article.origin or article.key, f"extraction failed ({type(error).__name__}: {error})")


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_paths(store: Store, paths: Iterable[str | Path], settings: Settings,
               progress: Callable[[str], None] | None = None, jobs: int = 1) -> LoadReport:
    """Load every article (and RDF file) under `paths`, streaming: each loads or fails on its own."""
    report = LoadReport()
    minter = Minter(settings.base_iri)

    def articles() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, ArticleError):
                report.failed.append(item)
            elif isinstance(item, RdfFile):
                _load_rdf(store, item, minter, report)
            else:
                yield item
                continue
            if progress:
                progress(item.origin if isinstance(item, RdfFile) else item.source)

    return load_articles(store, articles(), settings, progress, report, jobs)


def _load_rdf(store: Store, item: RdfFile, minter: Minter, report: LoadReport) -> None:
    graph = minter.graph(f"import/{slug(Path(item.origin).name)}")
    try:
        store.load_rdf(Path(item.origin).read_bytes(), item.format, graph)
    except (SyntaxError, ValueError, OSError) as error:
        report.failed.append(ArticleError(item.origin, f"is not valid {item.format.name} ({error})"))
        return
    report.loaded.append(graph)


def load_articles(store: Store, articles: Iterable[Article], settings: Settings,
                  progress: Callable[[str], None] | None = None, report: LoadReport | None = None,
                  jobs: int = 1) -> LoadReport:
    report = report or LoadReport()
    started = time.perf_counter()
    mapper = Mapper(Minter(settings.base_iri))
    ensure_ontology(store, settings)
    pending: dict[str, tuple[ArticleFacts, str, int]] = {}
    write_batch = max(1, settings.write_batch)  # RocksDB keeps unflushed writes in memory
    for result in analyse(articles, settings, jobs):
        if isinstance(result, ArticleError):
            report.failed.append(result)
        else:
            graph, triples = mapper.article_graph(result)
            pending.pop(graph, None)  # the same article twice: the later one wins, as it would one by one
            pending[graph] = (result, to_ntriples(triples), len(triples))
            if len(pending) >= write_batch:
                _write(store, pending, report)
        if progress:
            progress(result.article.key if isinstance(result, ArticleFacts) else result.source)
    _write(store, pending, report)
    resolve.rebuild(store, Minter(settings.base_iri))
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _write(store: Store, pending: dict[str, tuple[ArticleFacts, str, int]], report: LoadReport) -> None:
    """Write a batch of article graphs in one step; if that fails, each on its own, so that one bad
    article cannot keep the others out."""
    if not pending:
        return
    try:
        store.replace_graphs({graph: ntriples for graph, (_, ntriples, _) in pending.items()})
        stored = list(pending.values())
    except (OSError, SyntaxError, QueryError):
        stored = []
        for graph, (facts, ntriples, size) in pending.items():
            try:
                store.replace_graph(graph, ntriples)
                stored.append((facts, ntriples, size))
            except (OSError, SyntaxError, QueryError) as error:
                report.failed.append(ArticleError(facts.article.origin, f"could not be stored ({error})"))
    for facts, _, size in stored:
        report.loaded.append(facts.article.key)
        report.triples += size
    store.flush()
    log.info("stored %d article(s), %d in all, %d triples", len(stored), len(report.loaded), report.triples)
    pending.clear()


def ensure_ontology(store: Store, settings: Settings) -> None:
    """The ontology in its own named graph, replaced on every load so it follows the project's file."""
    path = ONTOLOGY_DIR / "kg.ttl"
    if not path.exists():
        raise KGError(f"ontology file {path} is missing")
    import pyoxigraph as ox

    triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    store.replace_graph(Minter(settings.base_iri).graph("ontology"),
                        ox.serialize((q.triple for q in triples), format=ox.RdfFormat.N_TRIPLES).decode())


def drop_article(store: Store, key_or_iri: str, settings: Settings) -> bool:
    minter = Minter(settings.base_iri)
    graph = key_or_iri if key_or_iri.startswith(("http://", "https://")) else minter.article(key_or_iri)
    dropped = store.drop_graph(graph)
    if dropped:
        resolve.rebuild(store, minter)
    return dropped
