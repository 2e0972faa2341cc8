"""Faults against the real Neo4j: the server killed in the middle of a push, and concurrent writers.

* A private server (own port, data folder and password, started with ``scripts/neo4j start``)
  is killed with SIGKILL, by the pid in its pid file, while a ``newsgraph push`` process is
  writing; it is restarted with ``scripts/neo4j start`` and the same command is run again.
  Between the two runs no batch is half-written; after them the database equals a clean
  single run (same actors, relationships, weights, evidence; nothing duplicated).
  (tests/test_neo4j_errors.py kills a server between two batches from inside the pushing
  process; this one kills it from outside, mostly inside a transaction.)
* Two ``newsgraph push`` processes, and two ``newsgraph build --neo4j`` processes, on
  overlapping inputs at the same time end in the graph one sequential run gives.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from test_neo4j_support import (  # noqa: F401
    PASSWORD,
    URI,
    T,
    base_triples,
    graph_of,
    more_triples,
    server_or_skip,
    store,
)

import newsgraph as ng
from newsgraph.core.keys import sentence_key
from newsgraph.graph.io import save_graph, to_dict
from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore

pytestmark = pytest.mark.neo4j
REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "newsgraph"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def expected_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    """What a clean push of ``g`` into an empty database holds (Neo4jStore.counts())."""
    evidence = [ev for _, _, d in g.edges(data=True) for ev in d["evidence"]]
    return {
        "actors": g.number_of_nodes(), "relationships": g.number_of_edges(), "weight": len(evidence),
        "articles": len({ev["article_id"] for ev in evidence} | {a for _, d in g.nodes(data=True) for a in d["articles"]}),
        "sentences": len({sentence_key(ev) for ev in evidence}), "mentions": len(evidence),
        "article_links": sum(len(d["articles"]) for _, d in g.nodes(data=True)),
    }


def assert_whole_batches(st: Neo4jStore) -> None:
    """Every relationship agrees with its evidence and every mention is tied to its sentence:
    what a killed transaction could have left half-done."""
    bad = st.query(
        "MATCH (a:Actor)-[r]->(b:Actor) "
        "WITH r, a.id + '-[' + type(r) + CASE WHEN r.negated THEN ':NEG' ELSE '' END + ']->' + b.id AS edge "
        "WITH r, edge, COUNT { MATCH (m:Mention {edge: edge}) } AS n "
        "WHERE n <> r.weight OR size(r.evidence_keys) <> r.weight OR r.weight = 0 RETURN edge, n, r.weight").rows
    assert bad == []
    loose = st.query("MATCH (m:Mention) WHERE COUNT { (m)-[:IN_SENTENCE]->(:Sentence) } <> 1 RETURN count(m)").rows
    assert loose == [[0]]
    orphan = st.query("MATCH (s:Sentence) WHERE NOT EXISTS { (:Article)-[:HAS_SENTENCE]->(s) } RETURN count(s)").rows
    assert orphan == [[0]]


def assert_equals_clean_run(st: Neo4jStore, g: nx.MultiDiGraph) -> None:
    assert to_dict(st.read_graph()) == to_dict(g)
    want = expected_counts(g)
    assert st.counts() == want
    everything = st.query("MATCH (n) RETURN count(n)").rows[0][0]
    assert everything == want["actors"] + want["articles"] + want["sentences"] + want["mentions"]  # nothing stray
    dup = st.query("MATCH (a:Actor) WITH a.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)").rows
    assert dup == [[0]]
    assert_whole_batches(st)


def generated_graph(n_edges: int) -> nx.MultiDiGraph:
    """Many actors and relationships, each with evidence from a few articles."""
    rels = ["ATTACKS", "SUPPORTS", "CRITICIZES", "MEETS", "OPPOSES", "PROVIDES_AID"]
    triples = []
    for i in range(n_edges):
        for k in range(2):
            triples.append(T(f"Group {i % 400}", "GROUP", rels[i % len(rels)], f"Town {(i * 7) % 300}", "LOCATION",
                             art=f"art{(i + k) % 120}", start=i * 200 + k * 50, neg=(i % 11 == 0),
                             date=f"2016-{1 + i % 12:02d}-{1 + k:02d}", sm=f"the group {i % 400}",
                             sent=f"Group {i % 400} and Town {(i * 7) % 300}, sentence {i}/{k}."))
    return graph_of(triples)


# --- the server killed mid-push ---------------------------------------------------------------

def _script_env(port: int, data: Path, password: str) -> dict[str, str]:
    return {**os.environ, "NEWSGRAPH_NEO4J_BOLT_PORT": str(port), "NEWSGRAPH_NEO4J_HTTP_PORT": "0",
            "NEWSGRAPH_NEO4J_DATA": str(data), "NEO4J_PASSWORD": password, "CI": "1"}


def _neo4j_script(cmd: str, env: dict[str, str]) -> None:
    proc = subprocess.run(["bash", str(REPO / "scripts" / "neo4j"), cmd], env=env, capture_output=True, text=True, timeout=400)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def private_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    server_or_skip()  # only where a server can run at all
    import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)

    home = Path(os.environ.get("NEWSGRAPH_NEO4J_HOME") or srv.REPO / ".neo4j")
    if not srv.is_installed(srv.ServerSettings(home=home)):
        pytest.skip("the local Neo4j is not installed (scripts/neo4j install)")
    port, data = _free_port(), tmp_path_factory.mktemp("neo4j-fault") / "data"
    password = "fault-pw-" + os.urandom(4).hex()
    env = _script_env(port, data, password)
    _neo4j_script("start", env)
    settings = srv.ServerSettings(home=home, data=data, bolt_port=port, http_port=0, password=password)
    try:
        yield settings, env
    finally:
        subprocess.run(["bash", str(REPO / "scripts" / "neo4j"), "stop"], env=env, capture_output=True, timeout=120)


@pytest.mark.e2e
def test_faults_server_killed_mid_push_then_same_command_equals_a_clean_run(private_server: Any, tmp_path: Path) -> None:
    import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)

    s, env = private_server
    g = generated_graph(700)
    graph = tmp_path / "big.graph.json"
    save_graph(g, graph)
    push = CLI + ["push", str(graph), "--neo4j", s.uri, "--batch-size", "35"]
    total = expected_counts(g)["mentions"]

    proc = subprocess.Popen(push, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watcher = Neo4jStore(Neo4jConfig(uri=s.uri, password=s.password, retry_seconds=1))
    seen = 0
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:  # wait until some batches are in
            seen = watcher.counts()["mentions"]
            if seen >= total // 6:
                break
            time.sleep(0.05)
    finally:
        watcher.close()
    assert proc.poll() is None and 0 < seen < total, "the push ended before it could be interrupted: make it bigger"
    pid = srv._read_pid(s)
    assert pid is not None
    os.kill(pid, signal.SIGKILL)  # a crash, mid-transaction most of the time
    restart = subprocess.Popen(["bash", str(REPO / "scripts" / "neo4j"), "start"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out, err = proc.communicate(timeout=300)  # the push retries ~30 s, then gives up (or rides out the restart)
    restarted = restart.communicate(timeout=400)[0]
    assert restart.returncode == 0, restarted
    assert proc.returncode in (0, 2), out + err
    assert "Traceback" not in err and s.password not in out + err
    # the driver's retry warnings arrive as short newsgraph lines, not raw records
    assert all(ln.startswith("newsgraph: ") for ln in err.strip().splitlines()), err
    if proc.returncode == 2:
        last = err.strip().splitlines()[-1]
        assert last.startswith("newsgraph: error: ") and s.uri in last, err

    with Neo4jStore(Neo4jConfig(uri=s.uri, password=s.password)) as st:
        partial = st.counts()
        assert partial["mentions"] <= total and partial["actors"] <= g.number_of_nodes()
        assert_whole_batches(st)  # recovery kept whole transactions only

        again = subprocess.run(push, env=env, capture_output=True, text=True, timeout=400)
        assert again.returncode == 0, again.stderr
        assert_equals_clean_run(st, g)


# --- concurrent writers -----------------------------------------------------------------------

def _env() -> dict[str, str]:
    return {**os.environ, "NEO4J_PASSWORD": PASSWORD, "CI": "1"}


@pytest.mark.e2e
def test_faults_two_push_processes_on_overlapping_graphs_equal_one_run(store, tmp_path: Path) -> None:
    base, more = base_triples(), more_triples()
    big = generated_graph(120)
    shared = [T(f"Group {i % 400}", "GROUP", "ATTACKS", f"Town {(i * 7) % 300}", "LOCATION", art=f"x{i % 9}", start=i)
              for i in range(200)]
    first = graph_of(base[:18] + more + shared)
    second = graph_of(base[8:] + more[:2] + shared[50:])
    for g, name in ((first, "one"), (second, "two")):
        save_graph(g, tmp_path / f"{name}.json")
    big_file = tmp_path / "big.json"
    save_graph(big, big_file)
    runs = [CLI + ["push", str(tmp_path / "one.json"), "--neo4j", URI, "--batch-size", "3"],
            CLI + ["push", str(big_file), "--neo4j", URI, "--batch-size", "25"],
            CLI + ["push", str(tmp_path / "two.json"), "--neo4j", URI, "--batch-size", "2"],
            CLI + ["push", str(big_file), "--neo4j", URI, "--batch-size", "10"]]
    procs = [subprocess.Popen(cmd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for cmd in runs]
    results = [p.communicate(timeout=400) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
    want = _merge_graphs(graph_of(base + more + shared), big)  # one sequential merge of everything
    assert to_dict(store.read_graph()) == to_dict(want)
    assert store.counts() == expected_counts(want)
    assert_whole_batches(store)


def _merge_graphs(*graphs: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The embedded merge of several graphs' evidence (the reference a single run gives)."""
    from newsgraph.core.models import Triple
    from newsgraph.graph.kg import KnowledgeGraph

    kg = KnowledgeGraph()
    for g in graphs:
        triples = []
        for u, v, d in g.edges(data=True):
            su, sv = g.nodes[u], g.nodes[v]
            for ev in d["evidence"]:
                triples.append(Triple(subject=su["name"], subject_type=su["type"], relation=d["type"], object=sv["name"],
                                      object_type=sv["type"], negated=d["negated"], **ev))
        kg.add_triples(triples)
    return kg.graph


@pytest.mark.e2e
def test_faults_two_builds_into_neo4j_on_overlapping_articles_equal_one_run(store, tmp_path: Path) -> None:
    ex = REPO / "examples"
    one = [str(ex / "levant_digest.txt"), str(ex / "red_sea_ports.txt")]
    two = [str(ex / "red_sea_ports.txt"), str(ex / "wires.jsonl")]
    runs = [CLI + ["build", *one, "-o", str(tmp_path / "one.json"), "--neo4j", URI],
            CLI + ["build", *two, "-o", str(tmp_path / "two.json"), "--neo4j", URI]]
    procs = [subprocess.Popen(cmd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for cmd in runs]
    for p in procs:
        out, err = p.communicate(timeout=400)
        assert p.returncode == 0, err
    sequential = ng.build(sorted(set(one + two)))  # one run over the union, embedded
    assert to_dict(store.read_graph()) == to_dict(sequential.graph)
    assert store.counts() == expected_counts(sequential.graph)
    assert_whole_batches(store)


@pytest.mark.e2e
def test_faults_schema_created_by_many_writers_at_once(store) -> None:
    """``CREATE ... IF NOT EXISTS`` is not atomic: a writer that loses the race is told the
    rule already exists. Every writer must go on (the schema it wanted is there)."""
    from concurrent.futures import ThreadPoolExecutor

    def drop_schema() -> None:
        for kind, names in (("CONSTRAINT", "SHOW CONSTRAINTS YIELD name"), ("INDEX", "SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint IS NULL")):
            for (name,) in store.query(names + " RETURN name").rows:
                if str(name).startswith("newsgraph_"):
                    store.run_statement(f"DROP {kind} {name} IF EXISTS")

    stores = [Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD, retry_seconds=10)).connect() for _ in range(6)]
    try:
        for _ in range(4):
            drop_schema()
            with ThreadPoolExecutor(len(stores)) as pool:
                list(pool.map(lambda st: st.ensure_schema(), stores))  # re-raises any error
            names = {r[0] for r in store.query("SHOW INDEXES YIELD name RETURN name").rows}
            assert {"newsgraph_actor_id", "newsgraph_actor_name", "newsgraph_mention_edge"} <= names
    finally:
        for st in stores:
            st.close()
