"""The ``newsgraph`` command: a thin skin over the library.

Each command parses arguments, calls one library function and turns library
errors into a one-line message. Exit codes: 0 success; 2 failure (bad usage,
unreadable input, invalid query, unreachable server); 3 partial success (some
inputs were skipped, the rest was processed — the summary names them).
"""
from __future__ import annotations

import csv
import json
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Optional

import typer

from newsgraph.api import BuildReport, extract_paths, open_neo4j
from newsgraph.api import build as build_graph
from newsgraph.cli import eval as eval_cmd
from newsgraph.cli import export as export_cmd
from newsgraph.cli import neo4j as neo4j_cmd
from newsgraph.cli import report as report_cmd
from newsgraph.cli import overrides as overrides_cmd
from newsgraph.cli.help import HelpGroup
from newsgraph.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_PARTIAL,
    ModelOpt,
    fail,
    report_skips,
)
from newsgraph.cli.neo4j import resolve_password
from newsgraph.core.errors import NewsgraphError
from newsgraph.cypher.embedded import run_query
from newsgraph.graph.atomic import atomic_text, file_lock
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.progress import Progress, load_graph_file

__all__ = ["app", "main", "EXIT_OK", "EXIT_FAIL", "EXIT_PARTIAL"]

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles into a knowledge graph of actors and what they do to each other.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=HelpGroup,  # no "<bool>" beside flags in any command's --help (cli/help.py)
)

# Neo4j connection options shared by build and query (push and neo4j have their own, in cli_neo4j)
UserOpt = typer.Option(None, "--user", help="Neo4j user (default: NEO4J_USERNAME, else neo4j)")
PasswordFileOpt = typer.Option(None, "--password-file", help="read the Neo4j password from this file (else NEO4J_PASSWORD, else a prompt)")
DatabaseOpt = typer.Option(None, "--database", help="Neo4j database (default: NEO4J_DATABASE, else the server's default)")
ActorsOpt = typer.Option([], "--actors", metavar="FILE", help="an analyst's actors (CSV/YAML: name, type, aliases, country, start, end) over the built-in gazetteer; docs/dictionaries.md")
OverridesOpt = typer.Option([], "--overrides", metavar="FILE", help="merge, split, rename actors and block aliases (CSV/YAML); docs/dictionaries.md")
DateOpt = typer.Option(None, "--date", metavar="YYYY-MM-DD", help="date of the articles that give none of their own (undated plain text, PDFs)")


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="files, folders, .jsonl/.csv exports, HTML pages, PDFs, RSS/Atom feeds, or - for stdin"),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="output format: jsonl"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write to FILE instead of standard output"),
    model: str = ModelOpt,
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0),
    date: Optional[str] = DateOpt,
    actors: list[Path] = ActorsOpt,
) -> None:
    """Extract relation mentions as JSON Lines (one record per mention, docs/ontology.md)."""

    if fmt != "jsonl":
        fail(f"unknown --format {fmt!r} (extract writes jsonl)")
    skipped: list[str] = []
    n = 0
    try:
        # -o is written atomically (graph/atomic.py): a failed run leaves the previous file
        with (atomic_text(output, what="the relation mentions") if output else nullcontext(sys.stdout)) as out, \
                Progress("extracting") as progress:
            for _, triples in extract_paths(paths, model=model, on_error=lambda e: skipped.append(str(e)), date=date,
                                            actors=actors or None):
                progress.advance()
                for t in triples:
                    if t.confidence >= min_confidence:
                        out.write(t.model_dump_json() + "\n")
                        n += 1
    except NewsgraphError as exc:
        fail(str(exc))
    report_skips(skipped)
    if output:
        typer.echo(f"newsgraph: wrote {n} relation mentions to {output}", err=True)
    if skipped:
        raise typer.Exit(EXIT_PARTIAL if n or not _all_failed(paths, skipped) else EXIT_FAIL)


def _all_failed(paths: list[str], skipped: list[str]) -> bool:
    return len(skipped) >= len(paths) and len(paths) > 0


@app.command()
def build(
    paths: list[str] = typer.Argument(..., help="files, folders, .jsonl/.csv exports, HTML pages, PDFs, RSS/Atom feeds, or - for stdin"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="graph file to write (JSON); replaced unless --append"),
    append: bool = typer.Option(False, "--append", help="extend the existing graph file: only articles it does not hold yet are extracted"),
    force: bool = typer.Option(False, "--force", help="with --append: extract every article again, even those the graph holds"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="extract in N processes"),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="SCHEDULER", help="read and extract as Dask tasks on this scheduler (tcp://host:8786); see docs/scale.md"),
    model: str = ModelOpt,
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="drop mentions below this confidence"),
    neo4j: Optional[str] = typer.Option(None, "--neo4j", help="also write the new findings into this Neo4j (bolt://...), in batches; see docs/neo4j.md"),
    user: Optional[str] = UserOpt,
    password_file: Optional[Path] = PasswordFileOpt,
    database: Optional[str] = DatabaseOpt,
    date: Optional[str] = DateOpt,
    actors: list[Path] = ActorsOpt,
    overrides: list[Path] = OverridesOpt,
) -> None:
    """Build a knowledge graph from news files (the embedded NetworkX graph, saved to -o).

    With --append, a daily run over a growing folder extracts only the new articles
    (articles are identified by a hash of their content; unchanged files are not read).
    """

    if output is None and neo4j is None:
        fail("give -o GRAPHFILE (and/or --neo4j URI) to say where the graph goes")
    if dask is not None and workers > 1:
        fail("--workers is for a local build; with --dask the cluster's workers extract")
    rep = BuildReport()
    pushes = _PushTotals()
    try:
        # one writer of a graph file at a time, from reading it (--append) to saving it: a second
        # build of the same file waits, so neither loses the other's articles (graph/atomic.py)
        with (file_lock(output, waiting=lambda msg: typer.echo(f"newsgraph: {msg}", err=True)) if output
              else nullcontext()):
            kg = KnowledgeGraph(load_graph_file(output)) if (append and output and output.exists()) else KnowledgeGraph()
            with _neo4j_writer(neo4j, user, password_file, database, pushes) as write, Progress("building") as progress:
                build_graph(
                    paths, model=model, graph=kg, min_confidence=min_confidence, report=rep, strict=False,
                    workers=workers, force=force, dask=dask, on_batch=write, date=date,
                    actors=actors or None, overrides=overrides or None,
                    on_progress=lambda label: progress.advance(f"building: {label}"[:60]),
                )
            failed = bool(rep.skipped) and not (rep.articles or rep.known)
            if output is not None and not failed:  # a build that read nothing never replaces a graph file
                kg.save(output)
    except NewsgraphError as exc:
        fail(str(exc))
    report_skips(rep.skipped)
    for note in rep.notes:
        typer.echo(f"newsgraph: note: {note}", err=True)
    st = kg.stats()
    where = f" -> {output}" if output and not failed else ""
    if output and failed:
        typer.echo(f"newsgraph: no input could be read; {output} was left as it was", err=True)
    known = f" ({rep.known} already in the graph)" if rep.known else ""
    pushed = f"; Neo4j: {pushes.batches} batches, {pushes.retried} retried" if neo4j is not None else ""
    typer.echo(
        f"newsgraph: {rep.articles} articles{known}, {rep.triples} relation mentions, "
        f"{st['actors']} actors, {st['edges']} edges{where}; "
        f"{len(rep.skipped)} inputs skipped{pushed}",
        err=True,
    )
    if rep.skipped:
        raise typer.Exit(EXIT_PARTIAL if rep.articles or rep.known else EXIT_FAIL)


class _PushTotals:
    """Batches written and retried over all pushes of one build."""

    batches = 0
    retried = 0

    def add(self, report: Any) -> None:
        self.batches += report.batches
        self.retried += report.retried


@contextmanager
def _neo4j_writer(
    uri: str | None, user: str | None, password_file: Path | None, database: str | None, totals: _PushTotals
) -> Iterator[Any]:
    """A function that writes a graph of new findings to Neo4j (None without --neo4j)."""
    if uri is None:
        yield None
        return
    with _open_neo4j(uri, user, password_file, database) as store:
        yield lambda delta: totals.add(delta.push(store))


def _open_neo4j(uri: str, user: str | None, password_file: Path | None, database: str | None) -> Any:
    return open_neo4j(uri, user=user, password=resolve_password(password_file), database=database)


def _rows_out(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        for r in rows:
            w.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for v in r])
    else:
        cells = [[_cell(v) for v in r] for r in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        typer.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
        typer.echo("  ".join("-" * w for w in widths))
        for r in cells:
            typer.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
        typer.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)[:80]
    return str(v)


def _params(values: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for p in values:
        if "=" not in p:
            fail(f"--param takes NAME=VALUE, got {p!r}")
        k, v = p.split("=", 1)
        try:
            params[k] = json.loads(v)
        except json.JSONDecodeError:
            params[k] = v
    return params


@app.command()
def query(
    args: list[str] = typer.Argument(..., metavar="[GRAPHFILE] CYPHER", help="a graph file and a Cypher query; only the query with --neo4j"),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | csv"),
    param: list[str] = typer.Option([], "--param", "-p", help="query parameter NAME=VALUE (VALUE parsed as JSON when it can be)"),
    neo4j: Optional[str] = typer.Option(None, "--neo4j", help="run on this Neo4j server (bolt://...) instead of a graph file"),
    user: Optional[str] = UserOpt,
    password_file: Optional[Path] = PasswordFileOpt,
    database: Optional[str] = DatabaseOpt,
    write: bool = typer.Option(False, "--write", help="Neo4j only: allow the query to change data"),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="embedded only: seconds the query may run (default 30, NEWSGRAPH_QUERY_TIMEOUT)"),
    max_rows: Optional[int] = typer.Option(None, "--max-rows", help="embedded only: rows the query may hold in memory (default 200,000, NEWSGRAPH_QUERY_MAX_ROWS)"),
) -> None:
    """Run Cypher on a graph file (embedded) or on Neo4j: `query G.json "MATCH ..."`, `query --neo4j URI "MATCH ..."`
    (or only the query, with NEO4J_URI set)."""
    if fmt not in ("table", "json", "csv"):
        fail(f"unknown --format {fmt!r} (table, json or csv)")
    if neo4j is None and len(args) == 1 and os.environ.get("NEO4J_URI"):
        neo4j = os.environ["NEO4J_URI"]  # the README: NEO4J_URI may stand for --neo4j
    want = 1 if neo4j is not None else 2
    if len(args) != want:
        fail("give the Cypher query only with --neo4j" if neo4j is not None
             else "give a GRAPHFILE and a Cypher query (or --neo4j URI, or NEO4J_URI set, and the query)")
    cypher = args[-1]
    params = _params(param)
    try:
        if neo4j is not None:
            with _open_neo4j(neo4j, user, password_file, database) as store:
                res = store.query(cypher, params, write=write)
        else:

            if write:
                fail("--write applies to Neo4j only; the embedded graph is read-only")
            g = load_graph_file(args[0])
            with warnings.catch_warnings():  # the engine warns (a Cartesian product) before it runs
                warnings.simplefilter("always")
                warnings.showwarning = lambda message, *_a, **_k: typer.echo(f"warning: {message}", err=True)
                res = run_query(g, cypher, params, timeout=timeout, max_rows=max_rows)
    except NewsgraphError as exc:
        fail(str(exc))
    _rows_out(res.columns, res.rows, fmt)


@app.command()
def stats(graphfile: Path = typer.Argument(..., help="graph file"), as_json: bool = typer.Option(False, "--json")) -> None:
    """Summarise a graph file: actors, edges, types, top actors."""

    try:
        st = KnowledgeGraph(load_graph_file(graphfile)).stats()
    except NewsgraphError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(st, indent=1))
        return
    for line in _stats_lines(st):
        typer.echo(line)


def _stats_lines(st: dict[str, Any]) -> Iterator[str]:
    yield f"articles  {st['articles']}"
    yield f"actors    {st['actors']}  " + ", ".join(f"{k} {v}" for k, v in st["actors_by_type"].items())
    yield f"edges     {st['edges']}  ({st['negated_edges']} negated)  " + ", ".join(f"{k} {v}" for k, v in st["edges_by_class"].items())
    yield f"mentions  {st['mentions']}"
    if st["negated_edges"]:
        shown = st["without_negated"]
        yield (f"export and view show {shown['actors']} actors, {shown['edges']} edges: "
               f"the {st['negated_edges']} negated edges are left out unless --include-negated")
    yield "edges by type: " + ", ".join(f"{k} {v}" for k, v in st["edges_by_type"].items())
    yield "top actors: " + ", ".join(f"{a['name']} ({a['mentions']})" for a in st["top_actors"])


neo4j_cmd.register(app)
export_cmd.register(app)
eval_cmd.register(app)
report_cmd.register(app)
overrides_cmd.register(app)


def main() -> None:
    """Console-script entry point."""
    neo4j_cmd.quiet_driver_logs()
    try:
        app()
    except NewsgraphError as exc:  # a command that let one through
        typer.echo(f"newsgraph: error: {exc}", err=True)
        sys.exit(EXIT_FAIL)
    except KeyboardInterrupt:
        typer.echo("newsgraph: interrupted", err=True)
        sys.exit(130)
