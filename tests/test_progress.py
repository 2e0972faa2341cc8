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


def test_loading_a_graph_file_reports_each_pass_up_to_the_file_size(tmp_path, capsys, monkeypatch):
    from newsgraph import KnowledgeGraph, Triple
    from newsgraph.graph.io import load_graph
    from newsgraph.progress import load_graph_file

    kg = KnowledgeGraph()
    kg.add_triples([
        Triple(subject="Chile", subject_type="COUNTRY", relation="COOPERATES_WITH", object=f"Town {i}", object_type="LOCATION",
               negated=False, attributed_to=None, confidence=0.6, article_id=f"n{i}", sentence=f"Chile sent engineers to town {i}. " * 40,
               char_start=0, char_end=10, source="n.txt", date=None, subject_mention="Chile", object_mention=f"Town {i}")
        for i in range(400)
    ])
    path = kg.save(tmp_path / "g.json")
    size = path.stat().st_size
    assert size > 500_000  # several reads of ijson's 64 KiB buffer
    seen: list[tuple[int, int]] = []
    g = load_graph(path, progress=lambda done, total: seen.append((done, total)))
    assert g.number_of_edges() == 400
    assert {total for _, total in seen} == {size} and all(0 <= done <= size for done, _ in seen)
    assert seen[-1] == (size, size)
    restarts = sum(1 for (a, _), (b, _) in zip(seen, seen[1:]) if b < a)
    assert restarts == 1  # the head, then the edges from the start of the file again
    monkeypatch.setenv("CI", "true")
    assert KnowledgeGraph(load_graph_file(path)) == kg
    assert capsys.readouterr().err == ""
