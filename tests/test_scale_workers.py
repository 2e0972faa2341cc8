"""Extraction in worker processes: the same triples and graph as one process, streamed, in order."""
from __future__ import annotations

import itertools
from pathlib import Path

from typer.testing import CliRunner

import newsgraph as ng
from newsgraph.cli import app
from newsgraph.extract.reader import read_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def test_scale_workers_give_the_same_triples_in_order() -> None:
    from newsgraph.extract.extractor import extract_articles

    articles = list(read_paths([EXAMPLES]))
    one = [(a.id, ts) for a, ts in extract_articles(articles)]
    two = [(a.id, ts) for a, ts in extract_articles(articles, n_process=2, task_size=2)]
    assert two == one
    assert sum(len(ts) for _, ts in one) > 20


def test_scale_workers_stream_their_input() -> None:
    """At most 2 x workers tasks are in flight: the input is not read ahead."""
    from newsgraph.extract.extractor import extract_articles

    articles = list(read_paths([EXAMPLES]))
    pulled = 0

    def endless():
        nonlocal pulled
        for a in itertools.cycle(articles):
            pulled += 1
            yield a

    stream = extract_articles(endless(), n_process=2, task_size=1)
    for _ in range(3):
        next(stream)
    assert pulled <= 3 + 2 * 2 + 1
    stream.close()


def test_scale_cli_workers_write_the_same_graph_file(tmp_path: Path) -> None:
    g1, g2 = tmp_path / "g1.json", tmp_path / "g2.json"
    assert runner.invoke(app, ["build", str(EXAMPLES), "-o", str(g1)]).exit_code == 0
    res = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(g2), "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert g1.read_bytes() != b"" and ng.load(g1) == ng.load(g2) and ng.load(g1).ingested == ng.load(g2).ingested


def test_scale_progress_and_batches_with_workers() -> None:
    labels: list[str] = []
    batches: list[ng.KnowledgeGraph] = []
    rep = ng.BuildReport()
    kg = ng.build([EXAMPLES], workers=2, report=rep, on_progress=labels.append, on_batch=batches.append, batch_articles=2)
    assert len(labels) == rep.articles >= 5
    assert len(batches) == -(-rep.articles // 2)
    assert sum(b.stats()["mentions"] for b in batches) == kg.stats()["mentions"]  # each finding in one batch


def test_scale_cli_rejects_workers_with_dask(tmp_path: Path) -> None:
    res = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(tmp_path / "g.json"), "--workers", "2", "--dask", "tcp://x:1"])
    assert res.exit_code == 2 and "--workers" in res.output
