"""The Neo4j commands through the CLI: push, query --neo4j; and scripts/neo4j status (real server)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_neo4j_support import (  # noqa: F401
    PASSWORD,
    URI,
    base_triples,
    graph_of,
    more_triples,
    store,
)
from typer.testing import CliRunner

from newsgraph.graph.io import save_graph

pytestmark = pytest.mark.neo4j
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def app():
    from newsgraph.cli import app as main_app

    return main_app


def _env():
    return {"NEO4J_PASSWORD": PASSWORD, "CI": "1"}


def test_neo4j_cli_push_twice_then_more(store, app, tmp_path):
    runner = CliRunner()
    g1, g2 = tmp_path / "one.graph.json", tmp_path / "two.graph.json"
    save_graph(graph_of(base_triples()), g1)
    save_graph(graph_of(base_triples() + more_triples()), g2)
    first = runner.invoke(app, ["push", str(g1), "--neo4j", URI, "--batch-size", "5"], env=_env())
    assert first.exit_code == 0, first.output
    assert "relationships" in first.output and PASSWORD not in first.output
    counts = store.counts()
    again = runner.invoke(app, ["push", str(g1), "--neo4j", URI], env=_env())
    assert again.exit_code == 0 and store.counts() == counts
    more = runner.invoke(app, ["push", str(g2), "--neo4j", URI], env=_env())
    assert more.exit_code == 0
    after = store.counts()
    assert after["articles"] == counts["articles"] + 1 and after["weight"] == counts["weight"] + 3


def test_neo4j_cli_push_evidence_keys_then_full(store, app, tmp_path):
    runner = CliRunner()
    graph = tmp_path / "g.graph.json"
    g = graph_of(base_triples())
    save_graph(g, graph)
    keys = runner.invoke(app, ["push", str(graph), "--neo4j", URI, "--evidence", "keys"], env=_env())
    assert keys.exit_code == 0, keys.output
    counts = store.counts()
    assert counts["relationships"] == g.number_of_edges() and counts["mentions"] == 0 and counts["articles"] == 0
    full = runner.invoke(app, ["push", str(graph), "--neo4j", URI, "--evidence", "full"], env=_env())
    assert full.exit_code == 0, full.output
    assert store.counts()["mentions"] == store.counts()["weight"] == counts["weight"]
    bad = runner.invoke(app, ["push", str(graph), "--neo4j", URI, "--evidence", "none"], env=_env())
    assert bad.exit_code == 2 and "full" in bad.output and "keys" in bad.output


def test_neo4j_cli_query_is_read_only_unless_write(store, app, tmp_path):
    runner = CliRunner()
    store.push_graph(graph_of(base_triples()))
    ok = runner.invoke(app, ["query", "--neo4j", URI, "--format", "json",
                             "MATCH (a:Actor {name: $n})-[r:SUPPORTS]->(b:Actor) RETURN b.name AS b, r.negated AS neg ORDER BY b, neg",
                             "--param", "n=Russia"], env=_env())
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout) == [{"b": "Bashar al-Assad", "neg": False}, {"b": "Bashar al-Assad", "neg": True}]
    bad = runner.invoke(app, ["query", "--neo4j", URI, "MATCH (a:Actor) DETACH DELETE a"], env=_env())
    assert bad.exit_code == 2 and "read-only" in bad.output
    assert store.counts()["actors"] > 0


def test_neo4j_cli_subprocess_status_and_push(store, tmp_path):
    graph = tmp_path / "g.graph.json"
    save_graph(graph_of(base_triples()), graph)
    env = {**os.environ, "NEO4J_PASSWORD": PASSWORD, "NEO4J_URI": URI, "CI": "1"}
    cli = [sys.executable, "-c", "from newsgraph.cli import main; main()"]
    push = subprocess.run(cli + ["push", str(graph)], capture_output=True, text=True, env=env, timeout=300)
    assert push.returncode == 0, push.stderr
    assert store.counts()["relationships"] == graph_of(base_triples()).number_of_edges()
    if URI == "bolt://127.0.0.1:7687":
        status = subprocess.run(["bash", str(REPO / "scripts" / "neo4j"), "status"], capture_output=True, text=True, env=env, timeout=120)
        assert status.returncode in (0, 3)
        assert "bolt://127.0.0.1:7687" in status.stdout
