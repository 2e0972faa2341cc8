"""``newsgraph overrides apply GRAPHFILE OVERRIDES...``: an analyst's corrections on a built graph.

The graph file is rewritten atomically (graph/atomic.py) under the same lock ``build --append``
takes, so a failed run leaves it as it was and a build writing it at the same time waits.
The operations are those of ``build --overrides`` (docs/dictionaries.md).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from newsgraph.api import apply_overrides
from newsgraph.cli.common import fail
from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.atomic import file_lock
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.graph.overrides import load_overrides
from newsgraph.progress import load_graph_file

overrides_app = typer.Typer(help="Merge, split and rename actors and block aliases in a graph file (docs/dictionaries.md).",
                            no_args_is_help=True)


@overrides_app.command("apply")
def apply(
    graphfile: Path = typer.Argument(..., help="graph file to correct (rewritten, unless -o)"),
    files: list[Path] = typer.Argument(..., help="overrides files (.csv or .yaml), applied in order"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="write the corrected graph here instead"),
) -> None:
    """Apply overrides files to a graph file: `overrides apply G.graph.json overrides.csv`."""
    target = output or graphfile
    try:
        rules = load_overrides(files)  # a bad file fails before the graph is read
        notes: list[str] = []
        with file_lock(target, waiting=lambda msg: typer.echo(f"newsgraph: {msg}", err=True)):
            kg = KnowledgeGraph(load_graph_file(graphfile))
            before = (kg.graph.number_of_nodes(), kg.graph.number_of_edges())
            done = apply_overrides(kg, files, notes=notes)
            done.save(target)
    except NewsgraphError as exc:
        fail(str(exc))
    for note in notes:
        typer.echo(f"newsgraph: note: {note}", err=True)
    typer.echo(f"newsgraph: {len(rules.rules)} overrides applied; actors "
               f"{before[0]} -> {done.graph.number_of_nodes()}, edges {before[1]} -> {done.graph.number_of_edges()}"
               f" -> {target}", err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(overrides_app, name="overrides")
