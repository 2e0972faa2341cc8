"""``newsgraph export`` and ``newsgraph view``: the analyst outputs, with the same filters.

    newsgraph export graph.json --format gexf -o actors.gexf --class conflictual --since 2016 --until 2016 --min-weight 2
    newsgraph export graph.json --format events -o events.csv
    newsgraph view graph.json -o graph.html --type ATTACKS --type SUPPORTS

The summary on stderr says what the filters left out, so its counts add up to ``stats``;
a selection that matches nothing is still written (an empty, valid file) but exits 3.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from newsgraph.cli.common import EXIT_PARTIAL, fail
from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.export import FORMATS
from newsgraph.graph.filters import left_out
from newsgraph.graph.kg import KnowledgeGraph, export_format
from newsgraph.progress import load_graph_file
from newsgraph.sources import titles_from_sources

_CLASS_HELP = "relation class to keep: cooperative, conflictual, structural (repeat or comma-separate)"

# the filter options export and view share
_CLASSES = typer.Option(None, "--class", metavar="CLASS", help=_CLASS_HELP)
_TYPES = typer.Option(None, "--type", metavar="TYPE", help="relation type to keep, e.g. ATTACKS (repeatable)")
_MIN_WEIGHT = typer.Option(1, "--min-weight", help="keep edges with at least this many mentions")
_MIN_CONFIDENCE = typer.Option(0.0, "--min-confidence", help="drop mentions below this confidence")
_SINCE = typer.Option(None, "--since", metavar="DATE", help="first date, YYYY[-MM[-DD]] (inclusive)")
_UNTIL = typer.Option(None, "--until", metavar="DATE", help="last date, YYYY[-MM[-DD]] (inclusive)")
_ACTOR_TYPES = typer.Option(None, "--actor-type", metavar="TYPE", help="actor type to keep, e.g. COUNTRY (repeatable)")


def _filters(
    classes: list[str] | None,
    types: list[str] | None,
    min_weight: int,
    min_confidence: float,
    since: str | None,
    until: str | None,
    actor_types: list[str] | None,
    include_negated: bool,
) -> dict[str, Any]:
    return {
        "classes": classes or None,
        "types": types or None,
        "min_weight": min_weight,
        "min_confidence": min_confidence,
        "since": since,
        "until": until,
        "actor_types": actor_types or None,
        "include_negated": include_negated,
    }


def _load(graphfile: Path) -> Any:

    return load_graph_file(graphfile)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(g: Any, sub: Any, dest: Path, include_negated: bool) -> str:
    """``wrote 34 actors, 40 relations to X; left out 2 negated relations (--include-negated keeps them), ...``"""
    line = f"wrote {_plural(sub.number_of_nodes(), 'actor')}, {_plural(sub.number_of_edges(), 'relation')} to {dest}"
    gone = left_out(g, sub, include_negated=include_negated)
    parts = []
    if gone["negated"]:
        parts.append(f"{_plural(gone['negated'], 'negated relation')} (--include-negated keeps them)")
    if gone["edges"]:
        parts.append(f"{_plural(gone['edges'], 'relation')} the filters exclude")
    if gone["actors"]:
        parts.append(f"{_plural(gone['actors'], 'actor')} left without a relation")
    return line + ("; left out " + ", ".join(parts) if parts else "")


def _finish(g: Any, sub: Any, dest: Path, include_negated: bool) -> None:
    """Print the summary; a selection that matched nothing says so and exits 3."""
    typer.echo(_summary(g, sub, dest, include_negated), err=True)
    if sub.number_of_edges() == 0 and g.number_of_edges() > 0:
        typer.echo(f"newsgraph: warning: no relation matches the filters; {dest} is empty", err=True)
        raise typer.Exit(EXIT_PARTIAL)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main CLI app."""

    @app.command("export")
    def export_cmd(
        graphfile: Path = typer.Argument(..., help="graph file written by `newsgraph build`"),
        output: Path = typer.Option(..., "--output", "-o", metavar="PATH", help="file to write (a folder for csv)"),
        fmt: Optional[str] = typer.Option(
            None, "--format", "-f", metavar="FORMAT",
            help="gexf | graphml | csv | json | cypher | events (default: from the -o suffix; .csv is events)",
        ),
        classes: Optional[list[str]] = _CLASSES,
        types: Optional[list[str]] = _TYPES,
        min_weight: int = _MIN_WEIGHT,
        min_confidence: float = _MIN_CONFIDENCE,
        since: Optional[str] = _SINCE,
        until: Optional[str] = _UNTIL,
        actor_types: Optional[list[str]] = _ACTOR_TYPES,
        include_negated: bool = typer.Option(False, "--include-negated", help="also export relations the text denies"),
    ) -> None:
        """Write a graph file for Gephi (GEXF 1.3), yEd/Cytoscape (GraphML), neo4j-admin (CSV), d3 (JSON) or cypher-shell
        (Cypher script), or the event table (one row per mention with CAMEO code, Goldstein score, PLOVER event).

        Exits 3 when nothing matches the filters (the file is written, empty)."""

        chosen = export_format(output, fmt)
        if not chosen:
            fail(f"cannot tell the format from {output.name!r}: give --format ({' | '.join(FORMATS)})")
        if chosen not in FORMATS:
            fail(f"unknown --format {chosen!r} ({' | '.join(FORMATS)})")
        try:
            g = _load(graphfile)
            sub = KnowledgeGraph(g).export(
                output, chosen, **_filters(classes, types, min_weight, min_confidence, since, until, actor_types, include_negated)
            ).graph
        except NewsgraphError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        _finish(g, sub, output, include_negated)

    @app.command("view")
    def view_cmd(
        graphfile: Path = typer.Argument(..., help="graph file written by `newsgraph build`"),
        output: Path = typer.Option(Path("graph.html"), "--output", "-o", metavar="PATH", help="HTML page to write"),
        title: Optional[str] = typer.Option(None, "--title", help="page title (default: the graph file name)"),
        titles: bool = typer.Option(
            True, "--titles/--no-titles", help="read article titles back from the source files when they exist"
        ),
        classes: Optional[list[str]] = _CLASSES,
        types: Optional[list[str]] = _TYPES,
        min_weight: int = _MIN_WEIGHT,
        min_confidence: float = _MIN_CONFIDENCE,
        since: Optional[str] = _SINCE,
        until: Optional[str] = _UNTIL,
        actor_types: Optional[list[str]] = _ACTOR_TYPES,
        include_negated: bool = typer.Option(False, "--include-negated", help="also show relations the text denies"),
    ) -> None:
        """Write one self-contained HTML page to explore the graph in a browser (no network needed).

        Exits 3 when nothing matches the filters (the page is written, empty)."""

        try:
            g = _load(graphfile)
            sub = KnowledgeGraph(g).view(
                output, titles=titles_from_sources if titles else None, title=title or f"newsgraph: {graphfile.name}",
                **_filters(classes, types, min_weight, min_confidence, since, until, actor_types, include_negated),
            ).graph
        except NewsgraphError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        _finish(g, sub, output, include_negated)
