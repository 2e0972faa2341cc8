"""``newsgraph report``: top actors, relation mix and mentions over time, as an HTML page or a PNG.

    newsgraph report graph.json -o report.html
    newsgraph report graph.json -o report.png --class conflictual --since 2018
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from newsgraph.cli.common import EXIT_PARTIAL, fail
from newsgraph.cli.export import _ACTOR_TYPES, _CLASSES, _SINCE, _TYPES, _UNTIL
from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.progress import load_graph_file


def register(app: typer.Typer) -> None:
    """Add ``report`` to the main CLI app."""

    @app.command("report")
    def report_cmd(
        graphfile: Path = typer.Argument(..., help="graph file written by `newsgraph build`"),
        output: Path = typer.Option(Path("report.html"), "--output", "-o", metavar="PATH",
                                    help="report.html (page with the figure and tables), .png or .svg"),
        title: Optional[str] = typer.Option(None, "--title", help="title (default: the graph file name)"),
        top: int = typer.Option(12, "--top", min=1, help="how many actors to rank"),
        classes: Optional[list[str]] = _CLASSES,
        types: Optional[list[str]] = _TYPES,
        since: Optional[str] = _SINCE,
        until: Optional[str] = _UNTIL,
        actor_types: Optional[list[str]] = _ACTOR_TYPES,
        include_negated: bool = typer.Option(False, "--include-negated", help="also count relations the text denies"),
    ) -> None:
        """Draw a report of a graph: top actors, relation mix and a timeline by relation class (needs the report extra, matplotlib).

        Exits 3 when nothing matches the filters (the report is written, empty)."""

        try:
            g = load_graph_file(graphfile)
            data = KnowledgeGraph(g).report(
                output, title=title or f"newsgraph: {graphfile.name}", top=top, classes=classes or None,
                types=types or None, since=since, until=until, actor_types=actor_types or None,
                include_negated=include_negated)
        except NewsgraphError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        typer.echo(f"wrote a report of {data['actors']} actors, {data['edges']} relations, "
                   f"{data['mentions']} mentions to {output}", err=True)
        if not data["edges"] and g.number_of_edges():
            typer.echo(f"newsgraph: warning: no relation matches the filters; {output} is empty", err=True)
            raise typer.Exit(EXIT_PARTIAL)
