"""A progress display for long commands: a rich progress bar on a terminal, nothing in CI or pipes."""
from __future__ import annotations

import os
import sys
from typing import Any

from newsgraph.graph.io import load_graph


def interactive() -> bool:
    """True when stderr is a terminal and not in CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """``with Progress("building") as p: p.advance()`` (a count of ``unit``), or
    ``p.update(done, total)`` for a known total. Silent unless :func:`interactive`."""

    def __init__(self, label: str, unit: str = "articles", *, console: Any = None) -> None:
        self.label = label
        self.bar: Any = None  # rich.progress.Progress on a terminal
        self.task: Any = None
        if console is not None or interactive():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import Progress as Bar

            # on stderr: stdout may be data (``newsgraph extract > triples.jsonl``)
            self.bar = Bar(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                           TextColumn("{task.completed} " + unit), TimeElapsedColumn(), transient=True,
                           console=console or Console(stderr=True))

    def __enter__(self) -> Progress:
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=None)
        return self

    def advance(self, description: str | None = None) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, description=description or self.label)

    def update(self, done: int, total: int) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def load_graph_file(path: Any) -> Any:
    """``load_graph(path)`` with a progress bar in megabytes on a terminal: a graph of
    100,000 articles takes seconds to load, before a query or an ``--append`` build starts."""
    from pathlib import Path

    with Progress(f"loading {Path(path).name}", unit="MB") as bar:
        return load_graph(path, progress=lambda done, size: bar.update(done >> 20, max(1, size >> 20)))
