"""Failures against real servers: one-line errors naming the URI (never the password),
no half-written batch, and a re-run that completes the job after the server was killed."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from test_neo4j_support import (
    PASSWORD,
    URI,
    base_triples,
    graph_of,
    more_triples,
    server_or_skip,
)

from newsgraph.core.errors import StoreConnectionError
from newsgraph.graph.io import save_graph, to_dict
from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore

pytestmark = pytest.mark.neo4j


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _connect(**kw):
    return Neo4jStore(Neo4jConfig(**{"uri": URI, "password": PASSWORD, "retry_seconds": 2, "connect_timeout": 5, **kw})).connect()


def _one_line(msg: str, uri: str, secret: str) -> None:
    assert "\n" not in msg and uri in msg and secret not in msg


def test_neo4j_wrong_password_is_one_line_naming_the_uri():
    server_or_skip()
    secret = "not-the-password-42"
    with pytest.raises(StoreConnectionError) as info:
        _connect(password=secret)
    _one_line(str(info.value), URI, secret)
    assert "authentication failed" in str(info.value)


def test_neo4j_unreachable_port_is_one_line_naming_the_uri():
    uri = f"bolt://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreConnectionError) as info:
        _connect(uri=uri, password="some-secret-pw")
    _one_line(str(info.value), uri, "some-secret-pw")
    assert "unreachable" in str(info.value)


def test_neo4j_missing_database_is_one_line_naming_it():
    server_or_skip()
    with pytest.raises(StoreConnectionError) as info:
        _connect(database="nosuchdatabase")
    _one_line(str(info.value), URI, PASSWORD)
    assert "'nosuchdatabase' does not exist" in str(info.value)


def test_neo4j_cli_push_fails_in_one_line_without_the_password(tmp_path):
    server_or_skip()
    graph = tmp_path / "g.graph.json"
    save_graph(graph_of(base_triples()), graph)
    pw = tmp_path / "pw"
    pw.write_text("wrong-secret-123\n")
    env = {**os.environ, "NEO4J_PASSWORD": "env-secret-456"}
    proc = subprocess.run(
        [sys.executable, "-c", "from newsgraph.cli import main; main()", "push", str(graph), "--neo4j", URI, "--password-file", str(pw)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 2
    err = proc.stderr.strip()
    assert err.count("\n") == 0 and URI in err and "authentication failed" in err
    assert "wrong-secret" not in proc.stderr + proc.stdout and "env-secret" not in proc.stderr + proc.stdout


@pytest.mark.e2e
def test_neo4j_server_killed_mid_push_then_rerun_equals_a_clean_run(tmp_path):
    """A private server (own port and data) is killed after the second batch; a re-run completes."""
    server_or_skip()  # only where a server can run at all
    import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)

    home = Path(os.environ.get("NEWSGRAPH_NEO4J_HOME") or srv.REPO / ".neo4j")
    if not srv.is_installed(srv.ServerSettings(home=home)):
        pytest.skip("the local Neo4j is not installed (scripts/neo4j install)")
    s = srv.ServerSettings(home=home, data=tmp_path / "data", bolt_port=_free_port(), http_port=0, password="fault-test-pw")
    srv.start(s, timeout=240)
    try:
        g = graph_of(base_triples() + more_triples())
        store = Neo4jStore(Neo4jConfig(uri=s.uri, password=s.password, retry_seconds=3, connect_timeout=3), batch_size=3).connect()
        committed = []

        def kill_after_two(done: int, total: int) -> None:
            committed.append(done)
            if done == 2:
                srv.kill(s)

        with pytest.raises(StoreConnectionError) as info:
            store.push_graph(g, progress=kill_after_two)
        store.close()
        msg = str(info.value)
        assert committed == [1, 2] and "\n" not in msg and s.uri in msg and "fault-test-pw" not in msg
        assert "batch 3/" in msg and "re-run" in msg

        srv.start(s, timeout=240)  # recovery from the crash
        with Neo4jStore(Neo4jConfig(uri=s.uri, password=s.password)) as store:
            partial = store.counts()
            assert 0 < partial["actors"] <= g.number_of_nodes()
            store.push_graph(g, batch_size=3)  # the same command again
            assert to_dict(store.read_graph()) == to_dict(g)
            assert store.counts()["mentions"] == sum(d["weight"] for _, _, d in g.edges(data=True))
    finally:
        srv.kill(s)  # a throw-away data directory: no need to wait for a clean shutdown


def test_driver_retry_warning_becomes_one_short_line(capsys):
    """The driver logs a retry as a long record; the CLI prints one line naming the code and the wait."""
    import logging

    from newsgraph.cli.neo4j import quiet_driver_logs

    quiet_driver_logs()
    quiet_driver_logs()  # idempotent: one handler
    logging.getLogger("neo4j.session").warning(
        "Transaction failed and will be retried in 1.92s ({neo4j_code: Neo.TransientError.Transaction.DeadlockDetected} "
        "{message: ForsetiClient[transactionId=7] can't acquire ExclusiveLock} {gql_status: 50N05} "
        "{gql_status_description: error: general processing exception - deadlock detected})")
    logging.getLogger("neo4j.io").warning("Failed to read from defunct connection\nsecond line")
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        "newsgraph: neo4j: transaction failed (Neo.TransientError.Transaction.DeadlockDetected: "
        "ForsetiClient[transactionId=7] can't acquire ExclusiveLock); retrying in 1.9 s",
        "newsgraph: neo4j: Failed to read from defunct connection",
    ]


@pytest.mark.parametrize("agent, old", [
    ("Neo4j/5.26.30", False), ("Neo4j/5.27.0", False), ("Neo4j/2025.01.0", False), ("Neo4j/5.20.0", True),
    ("Neo4j/4.4.39", True), ("Neo4j/5.9.0", True), ("", False), ("Memgraph/2.1", False),
])
def test_servers_older_than_5_26_are_named_before_writing(agent, old):
    from newsgraph.graph.neo4j.store import server_too_old

    assert server_too_old(agent) is old
