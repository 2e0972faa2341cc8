"""The progress display: drawn on a terminal (on stderr), silent in CI and pipes."""
from __future__ import annotations

import io

from rich.console import Console

from newsgraph.progress import Progress, interactive


def test_progress_is_silent_off_a_terminal(capsys, monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert not interactive()
    with Progress("pushing", unit="batches") as p:
        p.update(1, 3)
        p.advance()
    assert p.bar is None
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_progress_on_a_terminal_shows_label_and_count():
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100)
    with Progress("pushing to Neo4j", unit="batches", console=console) as p:
        for done in range(1, 4):
            p.update(done, 3)
        p.bar.refresh()
    drawn = screen.getvalue()
    assert "pushing to Neo4j" in drawn and "3 batches" in drawn
