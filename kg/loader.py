"""The load pipeline: Articles -> spaCy Docs (in batches) -> facts -> one named graph per article -> the store."""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from kg import resolve
from kg.clean import body_spans, masked
from kg.errors import ArticleError, KGError, QueryError
from kg.extract import extract_article
from kg.facts import Article, ArticleFacts
from kg.iris import Minter
from kg.mapping import Mapper, to_ntriples
from kg.nlp import load_pipeline, parts
from kg.settings import Settings
from kg.sources import RdfFile, read_paths, slug
from kg.store import Store

if TYPE_CHECKING:
    from distributed import Client

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
BATCH_SIZE = 32
BATCH_CHARS = 400_000  # most characters the model reads at once: a long article is read alone, a few parts at a time
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


def analyse(articles: Iterable[Article], settings: Settings, jobs: int = 1,
            cluster: str | Client | None = None) -> Iterator[ArticleFacts | ArticleError]:
    """Facts for each article (in input order), or an ArticleError; `jobs` > 1 runs the model in that many
    processes, each on batches of articles, with the same results as one process; `cluster` (local:N, a Dask
    scheduler's address or a connected distributed.Client) runs the batches on a Dask cluster instead (kg.cluster).
    Whatever goes wrong inside one article (the model, extraction, a crashed worker) fails that article alone."""
    if cluster is not None:
        from kg import cluster as dask_cluster

        yield from dask_cluster.analyse(_batches(articles, BATCH_SIZE, BATCH_CHARS), settings, cluster)
        return
    if jobs <= 1:
        for batch in _batches(articles, BATCH_SIZE, BATCH_CHARS):
            yield from analyse_batch(batch, settings)
        return
    workers = _Workers(jobs, settings)
    try:
        pending: deque[tuple[list[Article], Future, int]] = deque()
        for batch in _batches(articles, BATCH_SIZE, BATCH_CHARS):
            pending.append((batch, *workers.submit(batch)))
            if len(pending) >= 2 * jobs:  # bounded: the input is streamed, not read ahead whole
                yield from _collect(workers, *pending.popleft())
        while pending:
            yield from _collect(workers, *pending.popleft())
    finally:
        workers.close()


@dataclass(frozen=True)
class _Prepared:
    article: Article
    body: list[tuple[int, int]]
    text: str  # the article text with clutter blanked out, as the model reads it


def analyse_batch(batch: list[Article], settings: Settings) -> list[ArticleFacts | ArticleError]:
    """Facts or an ArticleError for each article of `batch`, in order. The model reads the batch together;
    if that fails, it reads each article alone, so that only the article at fault fails."""
    nlp = load_pipeline(settings.spacy_model)
    prepared = [_prepare(article, settings.max_article_chars) for article in batch]
    ready = [item for item in prepared if isinstance(item, _Prepared)]
    try:
        docs: list[Doc | ArticleError] = parts.annotate(nlp, [item.text for item in ready], BATCH_SIZE, BATCH_CHARS)
    except Exception:  # noqa: BLE001 - the article at fault is found below and fails with the error
        log.debug("the model failed on a batch of %d; reading its articles one by one", len(ready), exc_info=True)
        docs = [_annotate_alone(nlp, item) for item in ready]
    annotated = iter(docs)
    return [_extract(item, next(annotated)) if isinstance(item, _Prepared) else item for item in prepared]


def _prepare(article: Article, max_chars: int) -> _Prepared | ArticleError:
    if len(article.text) > max_chars:
        return ArticleError(_source(article), f"is {len(article.text):,} characters, over the limit of {max_chars:,}; "
                                              "split it or raise KG_MAX_ARTICLE_CHARS")
    try:
        body = body_spans(article.text)
        return _Prepared(article, body, masked(article.text, body))
    except Exception as error:  # noqa: BLE001 - one article fails, not the run
        return _failed(article, "could not be cleaned", error)


def _annotate_alone(nlp: Language, item: _Prepared) -> Doc | ArticleError:
    try:
        return parts.annotate(nlp, [item.text], BATCH_SIZE, BATCH_CHARS)[0]
    except Exception as error:  # noqa: BLE001 - one article fails, not the run
        return _failed(item.article, "the language model failed on it", error)


def _extract(item: _Prepared, doc: Doc | ArticleError) -> ArticleFacts | ArticleError:
    if isinstance(doc, ArticleError):
        return doc
    try:
        return extract_article(doc, item.article, item.body)
    except Exception as error:  # noqa: BLE001 - one article fails, not the run
        return _failed(item.article, "extraction failed", error)


def _source(article: Article) -> str:
    return article.origin or article.key


def _failed(article: Article, what: str, error: BaseException) -> ArticleError:
    """An ArticleError naming the article and the error; the traceback goes to the debug log (`kg load -v`)."""
    log.debug("%s: %s", _source(article), what, exc_info=error)
    return ArticleError(_source(article), f"{what} ({type(error).__name__}: {error}); `kg load --verbose` shows where")


class _Workers:
    """The pool of `--jobs` processes. A worker that dies (a crash, the out-of-memory killer) breaks the whole
    pool and every task in it; a broken pool is replaced by a new one (a new generation)."""

    def __init__(self, jobs: int, settings: Settings) -> None:
        self.jobs, self.settings, self.generation = jobs, settings, 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=load_pipeline, initargs=(self.settings.spacy_model,))

    def submit(self, batch: list[Article]) -> tuple[Future, int]:
        try:
            return self.pool.submit(analyse_batch, batch, self.settings), self.generation
        except BrokenProcessPool:  # broken by a task sent earlier, which fails or runs again when collected
            self.replace(self.generation)
            return self.pool.submit(analyse_batch, batch, self.settings), self.generation

    def replace(self, generation: int) -> None:
        """A new pool, unless the pool of that generation was replaced already."""
        if generation == self.generation:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool, self.generation = self._start(), generation + 1

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def _collect(workers: _Workers, batch: list[Article], future: Future, generation: int) -> list[ArticleFacts | ArticleError]:
    """The results of a batch sent to the workers. If its pool broke, the batch runs again in a new pool; if that
    fails too (or the batch failed another way), each of its articles runs alone."""
    for attempt in (1, 2):
        try:
            return future.result()
        except BrokenProcessPool:
            workers.replace(generation)
            log.debug("a worker died with a batch of %d in its pool (attempt %d)", len(batch), attempt)
            if attempt == 1:
                future, generation = workers.submit(batch)
        except Exception:  # noqa: BLE001 - e.g. a result that cannot be pickled: the articles run alone
            log.debug("a batch of %d failed in a worker", len(batch), exc_info=True)
            break
    return [_alone(workers, article) for article in batch]


def _alone(workers: _Workers, article: Article) -> ArticleFacts | ArticleError:
    future, generation = workers.submit([article])
    try:
        return future.result()[0]
    except BrokenProcessPool:
        workers.replace(generation)
        return ArticleError(_source(article), "the process reading it died (a crash, or out of memory)")
    except Exception as error:  # noqa: BLE001 - one article fails, not the run
        return _failed(article, "analysis failed", error)


def _batches(articles: Iterable[Article], size: int, chars: int) -> Iterator[list[Article]]:
    """Consecutive batches of at most `size` articles and, unless one article is longer, `chars` characters."""
    batch: list[Article] = []
    length = 0
    for article in articles:
        if batch and length + len(article.text) > chars:
            yield batch
            batch, length = [], 0
        batch.append(article)
        length += len(article.text)
        if len(batch) == size:
            yield batch
            batch, length = [], 0
    if batch:
        yield batch


def load_paths(store: Store, paths: Iterable[str | Path], settings: Settings,
               progress: Callable[[str], None] | None = None, jobs: int = 1,
               cluster: str | Client | None = None) -> LoadReport:
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

    return load_articles(store, articles(), settings, progress, report, jobs, cluster)


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
                  jobs: int = 1, cluster: str | Client | None = None) -> LoadReport:
    report = report or LoadReport()
    started = time.perf_counter()
    minter = Minter(settings.base_iri)
    mapper = Mapper(minter)
    ensure_ontology(store, settings)
    pending: dict[str, tuple[ArticleFacts, str, int]] = {}
    written: set[str] = set()
    write_batch = max(1, settings.write_batch)  # RocksDB keeps unflushed writes in memory
    for result in analyse(articles, settings, jobs, cluster):
        mapped = _map(mapper, result) if isinstance(result, ArticleFacts) else result
        if isinstance(mapped, ArticleError):
            report.failed.append(mapped)
        else:
            graph, ntriples, size = mapped
            pending.pop(graph, None)  # the same article twice: the later one wins, as it would one by one
            pending[graph] = (result, ntriples, size)
            if len(pending) >= write_batch:
                written |= _write(store, pending, report, minter)
        if progress:
            progress(result.article.key if isinstance(result, ArticleFacts) else result.source)
    written |= _write(store, pending, report, minter)
    # the things of the articles written, and of any that a load killed before this step left without them
    resolved = resolve.rebuild(store, minter, written | resolve.pending_articles(store, minter))
    log.info("resolved %d official(s), %d call(s), %d aid package(s)", resolved.officials, resolved.calls,
             resolved.packages)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _map(mapper: Mapper, facts: ArticleFacts) -> tuple[str, str, int] | ArticleError:
    """The article's graph, its N-Triples and their number."""
    try:
        graph, triples = mapper.article_graph(facts)
        return graph, to_ntriples(triples), len(triples)
    except Exception as error:  # noqa: BLE001 - one article fails, not the run
        return _failed(facts.article, "could not be turned into RDF", error)


def _write(store: Store, pending: dict[str, tuple[ArticleFacts, str, int]], report: LoadReport,
           minter: Minter) -> set[str]:
    """Write a batch of article graphs in one step; if that fails, each on its own, so that one bad
    article cannot keep the others out. The graphs written; their things are made when the load ends (noted in
    the resolution graph first, for a load killed before then)."""
    if not pending:
        return set()
    resolve.mark_pending(store, minter, pending)
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
    log.info("stored %d article(s), %d in all, %d quads in article graphs", len(stored), len(report.loaded),
             report.triples)
    written = {graph for graph, (facts, _, _) in pending.items() if any(f is facts for f, _, _ in stored)}
    pending.clear()
    return written


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
    return store.drop_graph(graph)  # and the things of the resolution graph, in the same transaction
