"""Neo4j commands: ``push GRAPHFILE`` and ``neo4j start|stop|status|install``.

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
from typing import Any, Optional

import typer

from newsgraph.errors import NewsgraphError
from newsgraph.graph.neo4j_rows import DEFAULT_BATCH_SIZE
from newsgraph.progress import Progress, load_graph_file

neo4j_app = typer.Typer(help="Run a local Neo4j Community server (installed from Maven Central into .neo4j/).", no_args_is_help=True)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"newsgraph: error: {message}", err=True)
    raise typer.Exit(code)


def resolve_password(password_file: Optional[Path] = None, *, prompt: bool = True) -> Optional[str]:
    """--password-file, else NEO4J_PASSWORD, else a hidden prompt on a terminal, else None (the default)."""
    if password_file is not None:
        try:
            return password_file.read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            _fail(f"{password_file}: cannot read the password file ({type(exc).__name__})")
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
        text = record.getMessage()
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
    replace: bool = typer.Option(False, "--replace", help="delete everything in the database first"),
    evidence: Evidence = typer.Option(Evidence.full, "--evidence",
                                      help="full: also :Article, :Sentence and :Mention nodes; keys: the actor layer only (fast bulk load)"),
) -> None:
    """Write a graph file into Neo4j (merge: re-running changes nothing, new articles add evidence)."""
    from newsgraph.graph.neo4j_store import open_store

    try:
        g = load_graph_file(graphfile)
        pw = resolve_password(password_file)
        with open_store(neo4j, user, pw, database, batch_size=batch_size) as store:
            if replace:
                store.clear()
            with Progress("pushing to Neo4j", unit="batches") as progress:
                rep = store.push_graph(g, evidence=evidence.value, progress=progress.update)
            counts = store.counts()
    except NewsgraphError as exc:
        _fail(str(exc))
        return
    typer.echo(
        f"pushed {rep.actors} actors, {rep.relationships} relationships, {rep.mentions} mentions in {rep.batches} batches "
        f"({rep.seconds:.1f}s, {rep.rate:.0f} relationships/s, {rep.retried} retried) to {store.config.where}; "
        f"the database now holds {counts['actors']} actors, {counts['relationships']} relationships, {counts['mentions']} mentions"
    )


def _settings(data_dir: Optional[Path], bolt_port: Optional[int], http_port: Optional[int], password_file: Optional[Path]) -> Any:
    from newsgraph.graph.neo4j_server import ServerSettings

    s = ServerSettings(data=data_dir)
    if bolt_port:
        s.bolt_port = bolt_port
    if http_port is not None:
        s.http_port = http_port
    pw = resolve_password(password_file, prompt=False)
    if pw:
        s.password = pw
    return s


DataOpt = typer.Option(None, "--data-dir", help="data directory (default $NEWSGRAPH_NEO4J_DATA or .neo4j/data)")
BoltOpt = typer.Option(None, "--bolt-port", help="Bolt port on 127.0.0.1 (default 7687)")
HttpOpt = typer.Option(None, "--http-port", help="Browser port on 127.0.0.1, 0 = off (default 7474)")
PwOpt = typer.Option(None, "--password-file", help="password of user neo4j (else $NEO4J_PASSWORD, else newsgraph-dev)")


@neo4j_app.command("start")
def start_cmd(data_dir: Optional[Path] = DataOpt, bolt_port: Optional[int] = BoltOpt, http_port: Optional[int] = HttpOpt, password_file: Optional[Path] = PwOpt) -> None:
    """Install (first time) and start the local server; waits until Bolt answers."""
    from newsgraph.graph import neo4j_server as srv

    try:
        st = srv.start(_settings(data_dir, bolt_port, http_port, password_file))
    except NewsgraphError as exc:
        _fail(str(exc))
        return
    verb = "started" if st["started"] else "already running"
    typer.echo(f"neo4j {verb} (pid {st['pid']}): {st['uri']}" + (f"  Browser: {st['browser']}" if st["browser"] else "") + f"  data: {st['data']}")


@neo4j_app.command("stop")
def stop_cmd(bolt_port: Optional[int] = BoltOpt) -> None:
    """Stop the local server cleanly."""
    from newsgraph.graph import neo4j_server as srv

    s = _settings(None, bolt_port, None, None)
    typer.echo("neo4j stopped" if srv.stop(s) else "neo4j was not running")


@neo4j_app.command("status")
def status_cmd(bolt_port: Optional[int] = BoltOpt, password_file: Optional[Path] = PwOpt) -> None:
    """Say whether the local server runs and answers (exit 0) or not (exit 3)."""
    from newsgraph.graph import neo4j_server as srv

    st = srv.status(_settings(None, bolt_port, None, password_file))
    if st["answers"]:
        who = f"pid {st['pid']}" if st["running"] else "not started from this folder"
        typer.echo(f"neo4j running ({who}): {st['uri']}  Browser: {st['browser']}  data: {st['data']}")
        return
    typer.echo(f"neo4j {'running but not answering: ' + str(st['problem']) if st['running'] else 'stopped'} ({st['uri']})")
    raise typer.Exit(3)


@neo4j_app.command("install")
def install_cmd(force: bool = typer.Option(False, "--force", help="rebuild even when installed")) -> None:
    """Fetch Neo4j Community, the Browser and cypher-shell from Maven Central into .neo4j/."""
    from newsgraph.graph import neo4j_server as srv

    try:
        done = srv.install(force=force)
    except NewsgraphError as exc:
        _fail(str(exc))
        return
    typer.echo("neo4j installed" if done else "neo4j already installed")


def register(app: typer.Typer) -> None:
    """Add ``push`` and the ``neo4j`` sub-app to the main CLI app."""
    app.command("push")(push)
    app.add_typer(neo4j_app, name="neo4j")
