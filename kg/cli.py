"""The `kg` command: parse arguments, call the library, turn KGError into a clean message."""
from __future__ import annotations

import dataclasses
import errno
import logging
import os
import shutil
import sys

import click
import pyoxigraph as ox

from kg import formats, queries
from kg.base import listening_base, url_host
from kg.errors import KGError, StoreLockedError, UsageError
from kg.settings import Settings, describe

EXIT_SOME_FAILED = 1


def open_store(settings: Settings, access: str = "create", command: str = ""):
    """The embedded store, or the remote one when a store URL is set. `access`: "read" opens an existing on-disk store
    read-only (beside a running `kg serve`, and never creating an empty store for a mistyped --store), "write" opens
    an existing one for writing, "create" opens or creates one. `command` names the command, for the remedy when
    another process holds the store."""
    if settings.store_url:
        from kg.remote import RemoteStore

        return RemoteStore(settings.store_url, settings.store_update_url or None, settings.store_token or None)
    from kg.store import Store

    if access == "write" and not settings.in_memory:
        Store(settings.store, read_only=True).close()  # NoStoreError (which says what to do) when it holds no store
    try:
        return Store(None if settings.in_memory else settings.store, write_timeout=settings.write_timeout,
                     read_only=access == "read")
    except StoreLockedError as error:
        raise StoreLockedError(f"{error}. {held_store_remedy(command, settings)}", error.path) from None
    except OSError as error:
        hint = " (is the folder writable by this user?)" if "denied" in str(error) else ""
        raise KGError(f"cannot open the store {settings.store}: {os_problem(error)}{hint}") from None


def held_store_remedy(command: str, settings: Settings) -> str:
    """What to run instead when another process (a `kg serve`, most likely) holds the store."""
    server = listening_base(settings.host, settings.port).rstrip("/")
    if command == "load":
        return (f"Stop it, or load through the server: kg load --server {server} PATH... (with KG_UPDATE_TOKEN set to "
                "the server's token)")
    if command == "serve":
        return "Stop the other server (or `kg load`), or serve another store with --store DIR"
    return (f"Stop it, or run the command through the server: kg {command or 'COMMAND'} ... --store-url {server}/sparql "
            "(with KG_STORE_TOKEN set to the server's KG_UPDATE_TOKEN)")


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
@click.option("--cluster", metavar="ADDRESS", default=None, callback=lambda _c, _p, value: cluster_address(value),
              help="run the extraction on a Dask cluster: local:N (N worker processes here) or a scheduler's address "
                   "(tcp://scheduler:8786); the store is written from here")
@click.option("--quiet", is_flag=True, help="no progress bar")
@click.option("--verbose", "-v", is_flag=True,
              help="a line on stderr for every batch written to the store, and the traceback of an article that "
                   "failed inside the analysis")
def load(paths: tuple[str, ...], store: str | None, store_url: str | None, server: str | None, jobs: int,
         cluster: str | None, quiet: bool, verbose: bool) -> None:
    """Load articles (.txt/.md with optional front matter, .html, .jsonl; folders recursively; a quoted glob such as
    'data/*.jsonl' is expanded here) and RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf: each into a named graph of
    its own)."""
    from tqdm import tqdm

    from kg.loader import load_paths

    if cluster and jobs > 1:
        raise UsageError("--jobs and --cluster do not go together: --cluster local:N runs N processes here")
    if verbose:
        for name in ("kg.loader", "kg.cluster"):
            batches = logging.getLogger(name)
            batches.setLevel(logging.DEBUG)
            batches.addHandler(logging.StreamHandler(sys.stderr))
    settings = settings_for(store, store_url)
    if server:
        kg_store, settings = through_server(server, settings)
    else:
        kg_store = open_store(settings, "create", "load")
    bar = tqdm(desc="articles", unit=" art", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    report = load_paths(kg_store, expand_globs(paths), settings, progress=lambda _: bar.update(1), jobs=jobs,
                        cluster=cluster)
    bar.close()
    kg_store.close()
    for failure in report.failed:
        click.echo(f"failed: {failure}", err=True)
    click.echo(f"{len(report.loaded)} article(s) loaded, {len(report.failed)} failed, "
               f"{report.triples} quads written to article graphs, {report.seconds:.1f} s", err=True)
    if report.failed:
        sys.exit(EXIT_SOME_FAILED)


def cluster_address(value: str | None) -> str | None:
    """The --cluster address as given, once it parses (a clean usage error, exit 2, when it does not)."""
    if value is None:
        return None
    from kg.cluster import parse_address

    return str(parse_address(value))


def expand_globs(paths: tuple[str, ...]) -> list[str]:
    """Each path as given, or the files and folders a glob in it names (sorted; `**` goes into folders), for globs
    too long for a shell's command line or passed where there is no shell (a container's command)."""
    import glob

    expanded: list[str] = []
    for path in paths:
        matches = sorted(glob.glob(path, recursive=True)) if glob.has_magic(path) and not os.path.exists(path) else []
        expanded += matches or [path]  # no match: the path as given, which fails as "no such file or folder"
    return expanded


def through_server(server: str, settings: Settings):
    """The store behind a running kg server (its /sparql, with KG_UPDATE_TOKEN), and the settings to load with: the
    server's base IRI, unless KG_BASE_IRI is set here, so that the IRIs minted here resolve on that server."""
    from kg.remote import RemoteStore

    root = server.rstrip("/")
    token, variable = ((settings.update_token, "KG_UPDATE_TOKEN") if settings.update_token or not settings.store_token
                       else (settings.store_token, "KG_STORE_TOKEN"))
    kg_store = RemoteStore(root + "/sparql", None, token or None, token_variable=variable)
    served = kg_store.server_base_iri(root)
    if served and not os.environ.get("KG_BASE_IRI"):
        settings = dataclasses.replace(settings, base_iri=served)
    elif served and served != settings.base_iri:
        click.echo(f"kg: warning: KG_BASE_IRI is {settings.base_iri} here but {served} on the server: the IRIs "
                   "loaded now will not resolve on it", err=True)
    return kg_store, settings


QUERY_FORMATS = ["table", *formats.all_names()]


@cli.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS, case_sensitive=False), default="table",
              show_default=True, help="table, or a W3C format that fits the query: json, xml, csv, tsv for SELECT; "
                                      "json, xml for ASK; turtle, ntriples, rdfxml, jsonld (json), nquads, trig for "
                                      "CONSTRUCT and DESCRIBE (xml is RDF/XML there)")
def query(query: str, store: str | None, store_url: str | None, fmt: str) -> None:
    """Run QUERY: a name from queries/ (e.g. calls), a .rq file, or SPARQL text."""
    from kg.results import as_table

    text = queries.resolve(query)
    settings = settings_for(store, store_url)
    kg_store = open_store(settings, "read", "query")
    result = kg_store.query(text)
    kind = ("boolean" if isinstance(result, ox.QueryBoolean) else
            "solutions" if isinstance(result, ox.QuerySolutions) else "graph")
    fmt = fmt.lower()
    chosen = formats.TURTLE if fmt == "table" and kind == "graph" else formats.named([fmt], formats.OFFERS[kind])
    if fmt != "table" and chosen is None:
        form = {"boolean": "an ASK", "solutions": "a SELECT", "graph": "a CONSTRUCT or DESCRIBE"}[kind]
        fitting = ", ".join(["table", *(f.name for f in formats.OFFERS[kind])])
        raise UsageError(f"--format {fmt} does not fit {form} query; use one of: {fitting}")
    out = sys.stdout.buffer
    if chosen is None:  # a table
        if kind == "boolean":
            click.echo("true" if bool(result) else "false")
        else:
            click.echo(as_table(result, terminal_width()))
    elif chosen.results is not None:
        out.write(result.serialize(format=chosen.results))
    else:
        from kg.vocab import PREFIXES

        prefixes = PREFIXES if chosen.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        out.write(ox.serialize(result, format=chosen.rdf, prefixes=prefixes))
    out.flush()
    kg_store.close()


def terminal_width() -> int | None:
    """The width of the terminal the output goes to ($COLUMNS first); None when it goes to a file or a pipe."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


@cli.command()
@store_option
@click.option("--host", default=None, help="address to listen on (default: $KG_HOST or 127.0.0.1)")
@click.option("--port", type=int, default=None, help="port (default: $KG_PORT or 5000)")
@click.option("--threads", "--workers", "threads", type=int, default=None,
              help="worker threads of the WSGI server (default: $KG_THREADS or 8)")
@click.option("--server", "server_name", type=click.Choice(["granian", "waitress"]), default="granian",
              show_default=True, help="the HTTP server: granian (Rust, faster) or waitress (pure Python)")
def serve(store: str | None, store_url: str | None, host: str | None, port: int | None, threads: int | None,
          server_name: str) -> None:
    """Serve the SPARQL endpoint (/sparql) with a production WSGI server (granian, or waitress). Without
    KG_BASE_IRI, the base of the IRIs it answers for is the address it listens on (or the one the store's IRIs
    already have)."""
    from kg.base import serving_base
    from kg.web import create_app, recycle, serving

    settings = settings_for(store, store_url, host=host, port=port, threads=threads)
    if server_name == "granian" and recycle.enabled(settings):
        # a supervisor that binds the sockets, and a worker process it replaces when parked queries hold too much
        try:
            status = recycle.supervise(settings.host, settings.port, {"store": store, "store_url": store_url,
                                                                      "host": host, "port": port, "threads": threads})
        except OSError as error:
            if error.errno is None:  # not a socket's error
                raise
            raise cannot_listen(settings, error) from None
        sys.exit(status)
    kg_store = open_store(settings, "create", "serve")
    base, warning = serving_base(os.environ.get("KG_BASE_IRI"), settings.host, settings.port, kg_store)
    if warning:
        click.echo(f"kg: warning: {warning}", err=True)
    settings = dataclasses.replace(settings, base_iri=base)

    def announce() -> None:
        click.echo(f"kg: SPARQL endpoint at http://{url_host(settings.host)}:{settings.port}/sparql "
                   f"(IRIs under {base})", err=True)

    app = create_app(settings, kg_store)
    try:
        if server_name == "waitress":
            serving.run_waitress(app, settings.host, settings.port, settings.threads, settings.max_request_bytes,
                                 announce)
        else:
            serving.run_granian(app, settings.host, settings.port, settings.threads, announce)
    except OSError as error:
        if error.errno is None:  # not a socket's error
            raise
        raise cannot_listen(settings, error) from None


def cannot_listen(settings: Settings, error: OSError) -> KGError:
    from kg.web import serving

    cause = "the address is in use (another kg serve?)" if serving.in_use(error) else os_problem(error)
    return KGError(f"cannot listen on {settings.host}:{settings.port}: {cause}; pick another port with --port or "
                   "KG_PORT")


EXPORT_FORMATS = ["nquads", "trig", "turtle", "ntriples", "jsonld", "graphml", "gexf", "cytoscape", "dot",
                  "jsonld-compact"]  # kg.export.FORMATS (checked by a test), named here so that --help loads nothing


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="nquads", show_default=True,
              help="the RDF data (nquads, trig, turtle, ntriples, jsonld) or the entity graph for visualizers "
                   "(graphml, gexf, cytoscape, dot, jsonld-compact); the same names as GET /export?format=")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="file to write (default: standard output)")
def export(store: str | None, store_url: str | None, fmt: str, output: str | None) -> None:
    """Export the whole graph (N-Quads, TriG and JSON-LD keep one named graph per article; Turtle and N-Triples give
    the union), or the graph of entities for visualizers (Gephi, Cytoscape, yEd, Graphviz, JSON-LD tools)."""
    from kg import export as exports

    kg_store = open_store(settings_for(store, store_url), "read", "export")
    if output:
        with open(output, "wb") as handle:
            exports.export(kg_store, fmt, handle)
    else:
        exports.export(kg_store, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    kg_store.close()


@cli.command()
@store_option
def stats(store: str | None, store_url: str | None) -> None:
    """Count articles, quads in all graphs, distinct triples in the union, officials, calls and aid packages."""
    from kg.stats import collect, lines

    click.echo("\n".join(lines(collect(open_store(settings_for(store, store_url), "read", "stats")))))


@cli.command()
@store_option
def rebuild(store: str | None, store_url: str | None) -> None:
    """Rebuild the union graph and the resolution graph (the officials, calls and aid packages the articles'
    reports are of), e.g. after bulk-loading N-Quads shards with the store's own loader."""
    from kg import resolve
    from kg.iris import Minter

    settings = settings_for(store, store_url)
    kg_store = open_store(settings, "write", "rebuild")
    kg_store.rebuild_union(atomic=False)
    made = resolve.rebuild(kg_store, Minter(settings.base_iri))
    kg_store.close()
    click.echo(f"union graph rebuilt; resolution graph: {made.officials} officials, {made.calls} calls, "
               f"{made.packages} aid packages", err=True)


@cli.command()
@click.argument("article")
@store_option
def drop(article: str, store: str | None, store_url: str | None) -> None:
    """Remove ARTICLE (its key or IRI) and every fact that came only from it."""
    from kg.loader import drop_article

    settings = settings_for(store, store_url)
    if not drop_article(open_store(settings, "write", "drop"), article, settings):
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

    from kg.base import minted_base

    settings = settings_for(store, store_url)
    kg_store = open_store(settings, "read", "explain")
    try:
        base = os.environ.get("KG_BASE_IRI") or minted_base(kg_store) or settings.base_iri  # keys: the store's IRIs
        explained = explain_fact(kg_store, fact, base)
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
        sys.exit(error.exit_code)
    except OSError as error:
        click.echo(f"kg: {os_problem(error)}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
