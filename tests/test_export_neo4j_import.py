"""The CSV export goes through the real ``neo4j-admin database import`` and reads back from Neo4j.

Uses the Neo4j Community install of ``scripts/neo4j install`` (.neo4j/): its
import tool (``org.neo4j.cli.AdminTool``) builds a fresh store from our
``nodes.csv``/``edges.csv``, then a second, temporary server on a free port
opens that store and the test queries labels, types and typed properties.
Skipped when Neo4j is not installed, unless NEWSGRAPH_REQUIRE_NEO4J=1.
"""
from __future__ import annotations

import csv
import json
import os
import re
import socket
import subprocess
from pathlib import Path

import pytest
from export_sample import sample_graph

from newsgraph.graph.export import write_csv
from newsgraph.graph.filters import filter_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.e2e]

_NOT_PROPERTIES = {":LABEL", ":START_ID", ":END_ID", ":TYPE"}


def _server():
    import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)

    base = srv.ServerSettings()
    if not srv.is_installed(base):
        if os.environ.get("NEWSGRAPH_REQUIRE_NEO4J"):
            pytest.fail("Neo4j is not installed (scripts/neo4j install)")
        pytest.skip("Neo4j is not installed (scripts/neo4j install)")
    return srv, base


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _expected_properties(*paths: Path) -> int:
    total = 0
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        keep = [i for i, h in enumerate(rows[0]) if h not in _NOT_PROPERTIES]
        total += sum(1 for r in rows[1:] for i in keep if r[i] != "")
    return total


def test_csv_imports_with_neo4j_admin(tmp_path):
    srv, base = _server()
    g = filter_graph(sample_graph(), include_negated=True)
    nodes, edges = write_csv(g, tmp_path / "csv")

    home = tmp_path / "home"
    report = home / "import.report"
    proc = srv.admin_import(nodes, edges, home, base, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "IMPORT DONE" in out
    counts = {k: int(v) for v, k in re.findall(r"(\d+) (nodes|relationships|properties)", out.split("IMPORT DONE")[1])}
    assert counts == {"nodes": 6, "relationships": 8, "properties": _expected_properties(nodes, edges)}
    assert not report.exists() or report.read_text().strip() == ""

    # open the imported store with a real server and read it back
    s = srv.ServerSettings(home=base.home, data=home / "data", bolt_port=_free_port(), http_port=0)
    srv.start(s, timeout=240)
    try:
        import neo4j

        with neo4j.GraphDatabase.driver(s.uri, auth=("neo4j", s.password)) as driver:
            def rows(q: str) -> list[dict]:
                return driver.execute_query(q, database_="neo4j").records

            assert rows("MATCH (n:Actor) RETURN count(n) AS n")[0]["n"] == 6
            peru = rows("MATCH (n:Actor {id: 'country:peru'}) RETURN labels(n) AS l, n AS n")[0]
            assert sorted(peru["l"]) == ["Actor", "Country"]
            p = dict(peru["n"])
            assert p["name"] == "Peru" and p["country"] == "PER" and p["mentions"] == g.nodes["country:peru"]["mentions"]
            assert p["aliases"] == g.nodes["country:peru"]["aliases"] and "role" not in p
            attacks = dict(rows("MATCH (:Actor {name: 'Peru'})-[r:ATTACKS]->(:Group) RETURN r")[0]["r"])
            assert attacks["weight"] == 2 and attacks["negated"] is False and attacks["key"] == "ATTACKS"
            assert attacks["first_seen"].iso_format() == "2016-03-01" and attacks["last_seen"].iso_format() == "2017-01-15"
            d = g.edges["country:peru", "group:andean-rebels", "ATTACKS"]
            assert json.loads(attacks["evidence"]) == d["evidence"]
            neg = rows("MATCH ()-[r:SUPPORTS]->() WHERE r.negated RETURN r.key AS k")
            assert [r["k"] for r in neg] == ["SUPPORTS:NEG"]
            leads = dict(rows("MATCH ()-[r:LEADS]->() RETURN r")[0]["r"])
            assert "first_seen" not in leads  # an empty cell sets no property
    finally:
        srv.stop(s)
