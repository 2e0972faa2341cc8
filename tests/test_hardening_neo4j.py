"""Issue 14, items 2, 7, 8 and 9 (Neo4j): credentials in a URI never shown; a hub actor pushed
within the local server's default transaction memory; read mode refuses administration,
procedures with side effects and LOAD CSV; ``query`` honours NEO4J_URI. Against the REAL
server of ``scripts/neo4j start`` where one is needed (skipped without one, unless
NEWSGRAPH_REQUIRE_NEO4J is set)."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_neo4j_support import PASSWORD, URI, T, base_triples, graph_of, store  # noqa: F401
from typer.testing import CliRunner

from newsgraph.core.errors import StoreConnectionError
from newsgraph.cypher.readonly import READ_PROCEDURES, read_only_refusal
from newsgraph.graph.io import save_graph, to_dict
from newsgraph.graph.neo4j.plan import DEFAULT_BATCH_ITEMS, IDS_PER_ITEM, plan
from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore, open_store, redact_credentials, redact_uri

SECRET = "S3CRET-pass/with@odd:chars"
CLI = [sys.executable, "-m", "newsgraph"]


@pytest.fixture
def app():
    from newsgraph.cli import app as main_app

    return main_app


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return {**env, "CI": "1", **extra}


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("g") / "g.json"
    save_graph(graph_of(base_triples()), path)
    return path


# --- item 2: credentials in a URI ----------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["bolt", "neo4j", "bolt+s"])
@pytest.mark.parametrize("how", ["variable", "flag"])
def test_hardening_password_in_a_uri_is_never_printed(graph_file: Path, scheme: str, how: str) -> None:
    uri = f"{scheme}://neo4j:{SECRET}@127.0.0.1:7687"
    args, env = (["push", str(graph_file)], _env(NEO4J_URI=uri)) if how == "variable" else \
        (["push", str(graph_file), "--neo4j", uri], _env())
    proc = subprocess.run(CLI + args, capture_output=True, text=True, env=env, timeout=120)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert SECRET not in out and "S3CRET" not in out and "Traceback" not in out
    assert proc.stderr.strip() == (
        f"newsgraph: error: {scheme}://***@127.0.0.1:7687: the URI holds credentials (user:password@), which newsgraph "
        "does not read from a URI; give the user with --user or NEO4J_USERNAME and the password with NEO4J_PASSWORD, "
        "--password-file or the prompt")


def test_hardening_password_in_a_uri_is_not_in_python_objects_or_exceptions(caplog: pytest.LogCaptureFixture) -> None:
    uri = f"bolt://neo4j:{SECRET}@127.0.0.1:7687"
    config = Neo4jConfig(uri=uri)
    assert SECRET not in repr(config) and SECRET not in str(config) and SECRET not in config.where
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(StoreConnectionError) as info:
            open_store(uri=uri, password="x")
    assert SECRET not in str(info.value) and SECRET not in repr(info.value) and SECRET not in caplog.text
    assert redact_uri("neo4j://user:pw@host:7687/db?x=1") == "neo4j://***@host:7687/db?x=1"
    assert redact_uri("bolt://127.0.0.1:7687") == "bolt://127.0.0.1:7687"
    assert redact_credentials(f"Given URI: 'bolt://neo4j:{SECRET}@h:1'.") == "Given URI: 'bolt://***@h:1'."


def test_hardening_query_with_credentials_in_neo4j_uri_is_refused_without_them(app) -> None:
    res = CliRunner().invoke(app, ["query", "MATCH (n) RETURN count(n)"], env=_env(NEO4J_URI=f"bolt://neo4j:{SECRET}@127.0.0.1:1"))
    assert res.exit_code == 2 and SECRET not in res.output and "bolt://***@127.0.0.1:1" in res.output


def test_hardening_driver_log_lines_are_redacted(capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.cli.neo4j import quiet_driver_logs

    quiet_driver_logs()
    logging.getLogger("neo4j").warning("failed to reach bolt://neo4j:%s@10.0.0.1:7687", SECRET)
    err = capsys.readouterr().err
    assert "bolt://***@10.0.0.1:7687" in err and SECRET not in err


# --- item 8: read mode --------------------------------------------------------------------------

REFUSED = [
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE is an administration command"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t", "TERMINATE stops other sessions"),
    ("CALL db.clearQueryCaches()", "CALL db.clearQueryCaches is not on the list of read procedures"),
    ("call DB.clearQueryCaches()", "CALL DB.clearQueryCaches is not on the list"),
    ("CALL `db`.`clearQueryCaches`()", "CALL db.clearQueryCaches is not on the list"),
    ("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "CALL dbms.setConfigValue is not on the list"),
    ("MATCH (n) WITH n LIMIT 1 CALL db.createLabel('X') RETURN n", "CALL db.createLabel is not on the list"),
    ("LOAD CSV FROM 'http://127.0.0.1:7474/' AS line RETURN line", "LOAD CSV makes the server read a file or fetch a URL"),
    ("MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV makes the server"),
    ("ALTER USER neo4j SET PASSWORD 'something-else'", "ALTER is an administration command"),
    ("USE system GRANT ROLE admin TO neo4j", "GRANT is an administration command"),
    ("CYPHER runtime=slotted STOP DATABASE neo4j", "STOP is an administration command"),
    ("PROFILE CALL db.clearQueryCaches()", "CALL db.clearQueryCaches is not on the list"),
]
ALLOWED = [
    "MATCH (a:Actor) WHERE a.name = 'LOAD CSV; TERMINATE TRANSACTIONS x; CALL db.clearQueryCaches()' RETURN a",
    "MATCH (a:Actor) RETURN a.name AS `TERMINATE` // CALL db.clearQueryCaches()",
    "MATCH (terminate:Actor) RETURN terminate.name AS call",
    "/* LOAD CSV */ CALL db.labels() YIELD label RETURN label",
    "CALL { MATCH (a:Actor) RETURN a } RETURN count(a) AS n",
    "SHOW CONSTRAINTS YIELD name RETURN name",
    "EXPLAIN MATCH (n) RETURN n",
]


@pytest.mark.parametrize("cypher,why", REFUSED)
def test_hardening_read_mode_refusals_are_found_in_the_tokens(cypher: str, why: str) -> None:
    assert why in (read_only_refusal(cypher) or "")


@pytest.mark.parametrize("cypher", ALLOWED + [f"CALL {p}()" for p in READ_PROCEDURES])
def test_hardening_read_mode_lets_reads_through(cypher: str) -> None:
    assert read_only_refusal(cypher) is None


@pytest.mark.neo4j
@pytest.mark.parametrize("cypher,why", REFUSED)
def test_hardening_read_mode_refuses_side_effects_in_one_line(store, app, cypher: str, why: str) -> None:
    res = CliRunner().invoke(app, ["query", "--neo4j", URI, cypher], env=_env(NEO4J_PASSWORD=PASSWORD))
    assert res.exit_code == 2, res.output
    line = res.output.strip()
    assert line.startswith(f"newsgraph: error: {URI}: ") and "\n" not in line
    assert why in line and line.endswith("queries are read-only unless --write is given")


@pytest.mark.neo4j
def test_hardening_terminate_without_write_never_reaches_another_session(store, app) -> None:
    """The red team killed another session's write with TERMINATE TRANSACTIONS in read mode."""
    with store._session() as other:
        tx = other.begin_transaction()
        tx.run("CREATE (:Survivor {name: 'still here'})").consume()
        ids = [r[0] for r in store.query("SHOW TRANSACTIONS YIELD transactionId, currentQuery "
                                         "RETURN transactionId, currentQuery").rows if "SHOW TRANSACTIONS" not in (r[1] or "")]
        assert ids
        for tid in ids:
            res = CliRunner().invoke(app, ["query", "--neo4j", URI, f"TERMINATE TRANSACTIONS '{tid}'"],
                                     env=_env(NEO4J_PASSWORD=PASSWORD))
            assert res.exit_code == 2 and "read-only unless --write" in res.output
        tx.commit()
    assert store.query("MATCH (s:Survivor) RETURN s.name").rows == [["still here"]]


@pytest.mark.neo4j
@pytest.mark.parametrize("proc", READ_PROCEDURES)
def test_hardening_read_procedures_analysts_use_run_without_write(store, app, proc: str) -> None:
    store.push_graph(graph_of(base_triples()))
    res = CliRunner().invoke(app, ["query", "--neo4j", URI, "--format", "json", f"CALL {proc}()"],
                             env=_env(NEO4J_PASSWORD=PASSWORD))
    assert res.exit_code == 0, res.output
    assert isinstance(json.loads(res.stdout), list)


@pytest.mark.neo4j
def test_hardening_side_effect_procedures_run_with_write(store, app) -> None:
    res = CliRunner().invoke(app, ["query", "--neo4j", URI, "--write", "CALL db.clearQueryCaches()"],
                             env=_env(NEO4J_PASSWORD=PASSWORD))
    assert res.exit_code == 0, res.output


# --- item 9: NEO4J_URI for query; backquoted names in the embedded guard ------------------------------

@pytest.mark.neo4j
def test_hardening_query_honours_neo4j_uri(store, app) -> None:
    store.push_graph(graph_of(base_triples()))
    res = CliRunner().invoke(app, ["query", "--format", "json", "MATCH (a:Actor {name: 'Iran'}) RETURN a.id AS id"],
                             env=_env(NEO4J_URI=URI, NEO4J_PASSWORD=PASSWORD))
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [{"id": "country:iran"}]


def test_hardening_graph_file_and_query_still_win_over_neo4j_uri(app, graph_file: Path) -> None:
    res = CliRunner().invoke(app, ["query", str(graph_file), "--format", "json", "MATCH (a:Actor {name: 'Iran'}) RETURN a.name AS n"],
                             env=_env(NEO4J_URI="bolt://127.0.0.1:1"))
    assert res.exit_code == 0 and json.loads(res.stdout) == [{"n": "Iran"}]


def test_hardening_embedded_guard_reads_backquoted_names_as_names(app, graph_file: Path) -> None:
    res = CliRunner().invoke(app, ["query", str(graph_file), "--format", "json",
                                   "MATCH (a:`Actor`) WHERE a.name = 'Iran' RETURN a.name AS `DELETE`"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [{"DELETE": "Iran"}]
    res = CliRunner().invoke(app, ["query", str(graph_file), "--format", "json", "RETURN 1 AS `DELETE`"])
    assert res.exit_code == 0, res.output  # a standalone RETURN is read-only Cypher; the name is not a clause
    assert json.loads(res.stdout) == [{"DELETE": 1}]
    res = CliRunner().invoke(app, ["query", str(graph_file), "MATCH (a:Actor) DELETE a"])
    assert res.exit_code == 2 and "read-only" in res.output


# --- item 7: a hub actor ----------------------------------------------------------------------

def _hub(n: int):
    triples = []
    for i in range(n):
        art = f"hub{i:06d}"
        triples.append(T("Iran", "COUNTRY", "SUPPORTS", "Houthis", "GROUP", art=art, start=0, date=f"2017-01-{1 + i % 28:02d}",
                         sent=f"Iran backs the Houthis, report {i} says, in a sentence of an ordinary length for news."))
        triples.append(T("Iran", "COUNTRY", "OPPOSES", f"Group {i % 3000}", "GROUP", art=art, start=200,
                         sent=f"Iran opposes Group {i % 3000} in this article."))
    return graph_of(triples)


def test_hardening_no_batch_grows_with_a_hub() -> None:
    g = _hub(20_000)
    for batch_size, items in [(5000, DEFAULT_BATCH_ITEMS), (500, 1000)]:
        batches = list(plan(g, batch_size, "full", items))
        for b in batches:
            for stmt in b.statements:
                rows = stmt.params.get("rows", stmt.params.get("ids"))
                assert len(rows) <= max(batch_size, 2 * items)  # sentences/mentions: one each per item
                ids = sum(len(v) for r in rows if isinstance(r, dict)  # id lists; an edge's "articles" is a count
                          for k, v in r.items() if k in ("articles", "aliases", "actors") and isinstance(v, list))
                assert ids <= IDS_PER_ITEM * items
            assert b.mentions <= items
        assert sum(b.relationships for b in batches) == g.number_of_edges()
        assert sum(b.mentions for b in batches) == 40_000


@pytest.mark.neo4j
@pytest.mark.e2e
def test_hardening_hub_actor_is_pushed_to_the_local_server(store, tmp_path: Path) -> None:
    """20,000 articles all naming Iran: refused at batch 1 by the 256 MiB transaction memory before."""
    limit = store.query("SHOW SETTINGS YIELD name, value WHERE name = 'dbms.memory.transaction.total.max' RETURN value").rows
    if limit and limit[0][0] not in ("256.00MiB", "256m"):
        pytest.skip(f"the server's transaction memory is {limit[0][0]}, not the local server's default 256 MiB")
    g = _hub(20_000)
    path = save_graph(g, tmp_path / "hub.json")
    env = _env(NEO4J_PASSWORD=PASSWORD)
    started = time.monotonic()
    proc = subprocess.run(CLI + ["push", str(path), "--neo4j", URI], capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert "retrying" not in proc.stderr  # no batch hit the memory limit
    assert store.counts()["mentions"] == 40_000 and store.counts()["actors"] == g.number_of_nodes()
    assert to_dict(store.read_graph()) == to_dict(g)
    again = subprocess.run(CLI + ["push", str(path), "--neo4j", URI, "--batch-size", "500"], capture_output=True, text=True,
                           env=env, timeout=900)
    assert again.returncode == 0 and "retrying" not in again.stderr, again.stderr
    assert to_dict(store.read_graph()) == to_dict(g)  # idempotent
    assert time.monotonic() - started < 600


@pytest.mark.neo4j
def test_hardening_sliced_edges_merge_like_one_row(store) -> None:
    """An edge sent in slices (tiny batch_items) ends exactly as one row would leave it:
    weight, attributed, first/last seen, confidence, evidence keys, actor mentions."""
    triples = [T("Iran", "COUNTRY", "SUPPORTS", "Houthis", "GROUP", art=f"s{i}", start=i, date=f"2016-0{1 + i % 9}-01",
                 conf=0.5 + i / 100, att="Someone" if i % 3 == 0 else None) for i in range(23)]
    g = graph_of(triples)
    store.push_graph(g, batch_items=4)
    assert to_dict(store.read_graph()) == to_dict(g)
    store.push_graph(g, batch_items=5)
    assert to_dict(store.read_graph()) == to_dict(g)
    with Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD)) as other:
        assert other.counts()["mentions"] == 23
