"""The `kg` command: parse arguments, call the library, turn KGError into a clean message."""
from __future__ import annotations

import logging
import sys

import click
import pyoxigraph as ox

from kg import queries
from kg.errors import KGError
from kg.settings import Settings, describe

EXIT_SOME_FAILED = 1


def open_store(settings: Settings):
    """The embedded store, or the remote one when a store URL is set."""
    if settings.store_url:
        from kg.remote import RemoteStore

        return RemoteStore(settings.store_url, settings.store_update_url or None, settings.store_token or None)
    from kg.store import Store

    try:
        return Store(None if settings.in_memory else settings.store, write_timeout=settings.write_timeout)
    except OSError as error:
        hint = " (is the folder writable by this user?)" if "denied" in str(error) else ""
        raise KGError(f"cannot open the store {settings.store}: {os_problem(error)}{hint}") from None


def os_problem(error: OSError) -> str:
    """An OSError as a person would say it: the path and the cause ("IO error: " and errno numbers left out)."""
    if error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error).removeprefix("IO error: ")


def settings_help() -> str:
    return "\n".join(f"  {env:22s} {help} (default: {default!r})" for _, env, default, help in describe())


@click.group(epilog="Settings (environment variables):\n\n\b\n" + settings_help())
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: load news articles about defense officials into a knowledge graph and serve it over SPARQL."""


_store_dir = click.option("--store", "store", metavar="DIR", default=None,
                          help="store folder (default: $KG_STORE or ./kg-store)")
_store_url = click.option("--store-url", "store_url", metavar="URL", default=None,
                          help="use a remote SPARQL 1.1 store (query endpoint URL; $KG_STORE_URL)")


def store_option(command):
    return _store_dir(_store_url(command))


def settings_for(store: str | None, store_url: str | None = None, **overrides) -> Settings:
    return Settings.from_env(store=store, store_url=store_url, **overrides)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--server", metavar="URL", default=None,
              help="load through a running kg server (e.g. http://127.0.0.1:5000) with $KG_UPDATE_TOKEN")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="processes running the extraction")
@click.option("--quiet", is_flag=True, help="no progress bar")
@click.option("--verbose", "-v", is_flag=True,
              help="a line on stderr for every batch written to the store, and the traceback of an article that "
                   "failed inside the analysis")
def load(paths: tuple[str, ...], store: str | None, store_url: str | None, server: str | None, jobs: int,
         quiet: bool, verbose: bool) -> None:
    """Load articles (.txt/.md with optional front matter, .html, .jsonl; folders recursively) and RDF files
    (.ttl, .nt, .nq, .trig, .jsonld, .rdf: each into a named graph of its own)."""
    from tqdm import tqdm

    from kg.loader import load_paths

    if verbose:
        batches = logging.getLogger("kg.loader")
        batches.setLevel(logging.DEBUG)
        batches.addHandler(logging.StreamHandler(sys.stderr))
    settings = settings_for(store, store_url)
    if server:
        sparql = server.rstrip("/") + "/sparql"
        settings = settings_for(store, sparql, store_token=settings.store_token or settings.update_token)
    kg_store = open_store(settings)
    bar = tqdm(desc="articles", unit=" art", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    report = load_paths(kg_store, paths, settings, progress=lambda _: bar.update(1), jobs=jobs)
    bar.close()
    kg_store.close()
    for failure in report.failed:
        click.echo(f"failed: {failure}", err=True)
    click.echo(f"{len(report.loaded)} article(s) loaded, {len(report.failed)} failed, "
               f"{report.triples} triples, {report.seconds:.1f} s", err=True)
    if report.failed:
        sys.exit(EXIT_SOME_FAILED)


@cli.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "xml", "csv", "tsv", "turtle", "ntriples"]),
              default="table", show_default=True)
def query(query: str, store: str | None, store_url: str | None, fmt: str) -> None:
    """Run QUERY: a name from queries/ (e.g. calls), a .rq file, or SPARQL text."""
    from kg.results import RESULT_FORMATS, as_table

    settings = settings_for(store, store_url)
    kg_store = open_store(settings)
    result = kg_store.query(queries.resolve(query))
    out = sys.stdout.buffer
    if isinstance(result, ox.QueryBoolean):
        if fmt in RESULT_FORMATS:
            out.write(result.serialize(format=RESULT_FORMATS[fmt]))
        else:
            click.echo("true" if bool(result) else "false")
    elif isinstance(result, ox.QuerySolutions):
        if fmt in RESULT_FORMATS:
            out.write(result.serialize(format=RESULT_FORMATS[fmt]))
        else:
            click.echo(as_table(result))
    else:
        rdf = ox.RdfFormat.N_TRIPLES if fmt == "ntriples" else ox.RdfFormat.TURTLE
        out.write(ox.serialize(result, format=rdf))
    out.flush()


@cli.command()
@store_option
@click.option("--host", default=None, help="address to listen on (default: $KG_HOST or 127.0.0.1)")
@click.option("--port", type=int, default=None, help="port (default: $KG_PORT or 5000)")
@click.option("--threads", "--workers", "threads", type=int, default=None,
              help="worker threads of the WSGI server (default: $KG_THREADS or 8)")
def serve(store: str | None, store_url: str | None, host: str | None, port: int | None, threads: int | None) -> None:
    """Serve the SPARQL endpoint (/sparql) with a production WSGI server (waitress)."""
    import waitress

    from kg.web import create_app

    settings = settings_for(store, store_url, host=host, port=port, threads=threads)
    app = create_app(settings, open_store(settings))
    click.echo(f"kg: SPARQL endpoint at http://{settings.host}:{settings.port}/sparql", err=True)
    waitress.serve(app, host=settings.host, port=settings.port, threads=settings.threads,
                   max_request_body_size=2 * settings.max_request_bytes, ident="kg")  # the app answers 413 itself


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "turtle", "ntriples", "jsonld",
                                                    "graphml", "gexf", "cytoscape", "dot", "jsonld-compact"]),
              default="nquads", show_default=True,
              help="nquads/trig/turtle/ntriples/jsonld: the RDF data; graphml/gexf/cytoscape/dot/jsonld-compact: "
                   "the graph of entities for visualizers (Gephi, Cytoscape, Graphviz)")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="file to write (default: standard output)")
def export(store: str | None, store_url: str | None, fmt: str, output: str | None) -> None:
    """Export the whole graph (N-Quads and TriG keep one named graph per article), or the graph of entities
    for visualizers."""
    from kg import export as exports

    kg_store = open_store(settings_for(store, store_url))
    visual = {"jsonld-compact": "jsonld"}.get(fmt, fmt)

    def write(handle) -> None:
        if visual in exports.FORMATS and fmt != "jsonld":
            exports.export(kg_store, visual, handle)
        else:
            kg_store.dump(handle, fmt)

    if output:
        with open(output, "wb") as handle:
            write(handle)
    else:
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()


@cli.command()
@store_option
def stats(store: str | None, store_url: str | None) -> None:
    """Count articles, triples, officials, calls and aid packages."""
    from kg.stats import collect

    for name, value in collect(open_store(settings_for(store, store_url))).items():
        click.echo(f"{name:10s} {value}")


@cli.command()
@store_option
def rebuild(store: str | None, store_url: str | None) -> None:
    """Rebuild the union graph and the cross-article links, e.g. after bulk-loading N-Quads shards with the
    store's own loader."""
    from kg import resolve
    from kg.iris import Minter

    settings = settings_for(store, store_url)
    kg_store = open_store(settings)
    kg_store.rebuild_union(atomic=False)
    links = resolve.rebuild(kg_store, Minter(settings.base_iri))
    kg_store.close()
    click.echo(f"union graph rebuilt; {links} cross-article link(s)", err=True)


@cli.command()
@click.argument("article")
@store_option
def drop(article: str, store: str | None, store_url: str | None) -> None:
    """Remove ARTICLE (its key or IRI) and every fact that came only from it."""
    from kg.loader import drop_article

    settings = settings_for(store, store_url)
    if not drop_article(open_store(settings), article, settings):
        raise click.ClickException(f"no article {article!r} in the store (see `kg query articles`)")
    click.echo(f"dropped {article}", err=True)


@cli.command()
@click.argument("fact")
@store_option
def explain(fact: str, store: str | None, store_url: str | None) -> None:
    """Show the evidence behind FACT, per source article: the offsets and text of each mention. FACT is an
    IRI, a prefixed name (person:KEY, call:KEY, aid:KEY) or a bare key such as lloyd-austin; a call shows
    its reports in every article."""
    from kg.explain import UnknownFact, explain as explain_fact, render

    settings = settings_for(store, store_url)
    kg_store = open_store(settings)
    try:
        explained = explain_fact(kg_store, fact, settings.base_iri)
    except UnknownFact as error:
        click.echo(f"kg: {error}", err=True)
        sys.exit(1)
    finally:
        kg_store.close()
    click.echo("\n".join(render(explained)))


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except KGError as error:
        click.echo(f"kg: {error}", err=True)
        sys.exit(2 if "malformed" in str(error) else 1)
    except OSError as error:
        click.echo(f"kg: {os_problem(error)}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
