"""The Neo4j command: ``push GRAPHFILE`` (the local server itself is `scripts/neo4j`, a tool of the repo).

Passwords come from ``--password-file``, the NEO4J_PASSWORD environment variable
or a hidden prompt (on a terminal), never from the command line; without any of
them the local development server's password (``newsgraph-dev``) is used.
"""
from __future__ import annotations

import enum
import logging
import os
import re
import sys
from pathlib import Path
from typing import Optional

import typer

from newsgraph.api import open_neo4j
from newsgraph.cli.common import fail
from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.graph.neo4j.plan import DEFAULT_BATCH_ITEMS, DEFAULT_BATCH_SIZE
from newsgraph.graph.neo4j.store import redact_credentials
from newsgraph.progress import Progress, load_graph_file


def resolve_password(password_file: Optional[Path] = None, *, prompt: bool = True) -> Optional[str]:
    """--password-file, else NEO4J_PASSWORD, else a hidden prompt on a terminal, else None (the default)."""
    if password_file is not None:
        try:
            return password_file.read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            fail(f"{password_file}: cannot read the password file ({type(exc).__name__})")
    if os.environ.get("NEO4J_PASSWORD"):
        return os.environ["NEO4J_PASSWORD"]
    if prompt and sys.stdin.isatty() and not os.environ.get("CI"):
        value: str = typer.prompt("Neo4j password (empty: the local dev server's)", default="", hide_input=True, show_default=False)
        return value or None
    return None


class _DriverLogLine(logging.Formatter):
    """The driver's retry warnings as one short line on stderr instead of a raw record dump:
    ``newsgraph: neo4j: transaction failed (Neo.TransientError...: message); retrying in 4.4 s``."""

    _RETRY = re.compile(r"retried in ([\d.]+)s.*?\{neo4j_code: ([^}]*)\}.*?\{message: ([^}]*)\}", re.S)

    def format(self, record: logging.LogRecord) -> str:
        text = redact_credentials(record.getMessage())
        m = self._RETRY.search(text)
        if m:
            return f"newsgraph: neo4j: transaction failed ({m.group(2)}: {m.group(3)[:200]}); retrying in {float(m.group(1)):.1f} s"
        return f"newsgraph: neo4j: {text.strip().splitlines()[0][:300] if text.strip() else record.levelname}"


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record arrives (not when created)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # never let logging break a command
            self.handleError(record)


def quiet_driver_logs() -> None:
    """Route the Neo4j driver's warnings through :class:`_DriverLogLine` (called by the CLI)."""
    logger = logging.getLogger("neo4j")
    if not any(isinstance(h.formatter, _DriverLogLine) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(_DriverLogLine())
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)
        logger.propagate = False


class Evidence(str, enum.Enum):
    """How much of the evidence ``push`` writes (see docs/neo4j.md)."""

    full = "full"
    keys = "keys"


def push(
    graphfile: Path = typer.Argument(..., help="graph file written by `newsgraph build -o`"),
    neo4j: Optional[str] = typer.Option(None, "--neo4j", "--uri", help="bolt:// or neo4j:// URI (default $NEO4J_URI or bolt://127.0.0.1:7687)"),
    user: Optional[str] = typer.Option(None, "--user", help="user (default $NEO4J_USERNAME or neo4j)"),
    database: Optional[str] = typer.Option(None, "--database", help="database (default $NEO4J_DATABASE or the server's default)"),
    password_file: Optional[Path] = typer.Option(None, "--password-file", help="read the password from this file's first line"),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, "--batch-size", min=1, help="relationships per transaction"),
    batch_items: int = typer.Option(DEFAULT_BATCH_ITEMS, "--batch-items", min=1,
                                    help="evidence mentions per transaction (and ten times as many ids); a hub is split to fit"),
    replace: bool = typer.Option(False, "--replace", help="delete everything in the database first"),
    evidence: Evidence = typer.Option(Evidence.full, "--evidence",
                                      help="full: also :Article, :Sentence and :Mention nodes; keys: the actor layer only (fast bulk load)"),
) -> None:
    """Write a graph file into Neo4j (merge: re-running changes nothing, new articles add evidence)."""

    try:
        g = load_graph_file(graphfile)
        pw = resolve_password(password_file)
        with open_neo4j(neo4j, user=user, password=pw, database=database, batch_size=batch_size) as store:
            store.batch_items = batch_items  # evidence mentions per transaction (graph/neo4j/plan.py)
            with Progress("pushing to Neo4j", unit="batches") as progress:
                rep = KnowledgeGraph(g).push(store, replace=replace, evidence=evidence.value, progress=progress.update)
            counts = store.counts()
    except NewsgraphError as exc:
        fail(str(exc))
        return
    typer.echo(
        f"pushed {rep.actors} actors, {rep.relationships} relationships, {rep.mentions} mentions in {rep.batches} batches "
        f"({rep.seconds:.1f}s, {rep.rate:.0f} relationships/s, {rep.retried} retried) to {store.config.where}; "
        f"the database now holds {counts['actors']} actors, {counts['relationships']} relationships, {counts['mentions']} mentions"
    )


def register(app: typer.Typer) -> None:
    """Add ``push`` to the main CLI app."""
    app.command("push")(push)
