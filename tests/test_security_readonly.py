"""Queries are read-only by default, through the CLI: Neo4j (read transactions unless --write)
and the embedded graph (write clauses refused). A refused query exits 2 with a one-line
message and changes nothing; the database and the graph file are compared before and after."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_neo4j_support import PASSWORD, URI, base_triples, graph_of, store  # noqa: F401
from typer.testing import CliRunner

from newsgraph.graph.io import save_graph

WRITES = [
    "CREATE (:Intruder {x: 1})",
    "MATCH (a:Actor) DETACH DELETE a",
    "MERGE (:Intruder)",
    "MATCH (a:Actor {name: 'Russia'}) SET a.name = 'pwned'",
    "MATCH (a:Actor) REMOVE a.name",
    "MATCH (a:Actor) WITH a LIMIT 1 SET a:Intruder",
    "FOREACH (x IN [1] | CREATE (:Intruder))",
    "CALL { CREATE (:Intruder) } IN TRANSACTIONS",
    "LOAD CSV FROM 'file:///x.csv' AS l CREATE (:Intruder {l: l})",
    "CALL db.createLabel('Intruder')",
    "CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)",
    "DROP CONSTRAINT newsgraph_actor_id IF EXISTS",
    "CREATE DATABASE intruder",
    "match (a:Actor) detach delete a",
    "MATCH (a:Actor) /* harmless? */ DETACH DELETE a",
    "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
]


def _env() -> dict[str, str]:
    return {"NEO4J_PASSWORD": PASSWORD, "CI": "1"}


def _snapshot(store) -> tuple:
    everything = store.query(
        "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r), "
        "collect(DISTINCT n.name), collect(DISTINCT labels(n))").rows[0]
    schema = store.query("SHOW CONSTRAINTS YIELD name RETURN collect(name)").rows[0]
    return store.counts(), everything[0], everything[1], sorted(x for x in everything[2] if x), \
        sorted(map(tuple, everything[3])), sorted(schema[0])


@pytest.fixture
def app():
    from newsgraph.cli import app as main_app

    return main_app


@pytest.mark.neo4j
@pytest.mark.parametrize("cypher", WRITES)
def test_security_neo4j_query_refuses_writes_without_write(store, app, cypher: str) -> None:
    store.push_graph(graph_of(base_triples()))
    before = _snapshot(store)
    res = CliRunner().invoke(app, ["query", "--neo4j", URI, cypher], env=_env())
    assert res.exit_code == 2, res.output
    line = res.output.strip()
    assert line.startswith("newsgraph: error: ") and "\n" not in line and URI in line
    if "; MATCH" not in cypher:
        assert "read-only unless --write" in line
    assert _snapshot(store) == before  # nothing written: data, labels, schema


@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_neo4j_query_write_through_the_cli_process(store, tmp_path: Path) -> None:
    """The real command: refused without --write (exit 2, nothing written), done with it (exit 0)."""
    store.push_graph(graph_of(base_triples()))
    before = store.counts()
    env = {**os.environ, **_env()}
    cli = [sys.executable, "-m", "newsgraph", "query", "--neo4j", URI, "--format", "json"]
    create = "CREATE (:Actor:Country {id: 'country:atlantis', name: 'Atlantis', type: 'COUNTRY'}) RETURN 1 AS done"
    refused = subprocess.run(cli + [create], capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip() == (f"newsgraph: error: {URI}: the query writes, but queries are read-only "
                                      "unless --write is given")
    assert store.counts() == before
    done = subprocess.run(cli + ["--write", create], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"done": 1}]
    assert store.counts()["actors"] == before["actors"] + 1
    read = subprocess.run(cli + ["MATCH (a:Actor {id: 'country:atlantis'}) RETURN a.name AS name"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert read.returncode == 0 and json.loads(read.stdout) == [{"name": "Atlantis"}]


EMBEDDED_WRITES = [w for w in WRITES if "; MATCH" not in w] + [
    "MATCH (a:Actor) WHERE a.name = 'x' DELETE a",
]


def test_security_embedded_comment_is_not_a_write(app, tmp_path: Path) -> None:
    """Comments are never read as keywords (issue 13): the query runs, the file is unchanged."""
    path = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), path)
    before = path.read_bytes()
    res = CliRunner().invoke(app, ["query", str(path), "MATCH (a:Actor) RETURN a.name // DELETE"])
    assert res.exit_code == 0, res.output
    assert path.read_bytes() == before


@pytest.mark.parametrize("cypher", EMBEDDED_WRITES)
def test_security_embedded_query_refuses_writes(app, tmp_path: Path, cypher: str) -> None:
    path = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), path)
    before = path.read_bytes()
    res = CliRunner().invoke(app, ["query", str(path), cypher])
    assert res.exit_code == 2, res.output
    line = res.output.strip()
    assert line.startswith("newsgraph: error: ") and "\n" not in line
    assert "read-only" in line or "does not support" in line
    assert path.read_bytes() == before


def test_security_embedded_write_flag_is_refused(app, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), path)
    res = CliRunner().invoke(app, ["query", str(path), "--write", "CREATE (:Intruder)"])
    assert res.exit_code == 2 and "--write applies to Neo4j only" in res.output


def test_security_embedded_strings_that_look_like_writes_still_run(app, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), path)
    res = CliRunner().invoke(app, ["query", str(path), "--format", "json",
                                   "MATCH (a:Actor) WHERE a.name <> 'CREATE (n) DETACH DELETE n' AND a.name = $n RETURN a.name AS n",
                                   "--param", "n=Russia"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [{"n": "Russia"}]
