"""Shared fixtures and data for the Neo4j tests (no tests here).

The tests use a REAL Neo4j server, never a mock: NEWSGRAPH_NEO4J_URI (default
bolt://127.0.0.1:7687, the server of ``scripts/neo4j start``), user neo4j,
password NEWSGRAPH_NEO4J_PASSWORD / NEO4J_PASSWORD / newsgraph-dev. They WIPE that
database. Without a reachable server they skip, unless NEWSGRAPH_REQUIRE_NEO4J is
set (CI), where they fail.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest

from newsgraph.core.errors import StoreConnectionError
from newsgraph.core.models import Triple
from newsgraph.graph.store import merge_triples

URI = os.environ.get("NEWSGRAPH_NEO4J_URI", "bolt://127.0.0.1:7687")
PASSWORD = os.environ.get("NEWSGRAPH_NEO4J_PASSWORD") or os.environ.get("NEO4J_PASSWORD") or "newsgraph-dev"
REQUIRED = bool(os.environ.get("NEWSGRAPH_REQUIRE_NEO4J"))
INJECTION = "'}) DETACH DELETE n //"

_reachable: dict[str, Any] = {}
_lock: dict[str, Any] = {}


def _exclusive() -> None:
    """Hold a machine-wide lock per test URI for the rest of this test session.

    The tests wipe the database; two test runs on one machine (two developers, or
    CI beside a developer) must not interleave on the same server. The lock is a
    file lock, released when the process ends.
    """
    if "fh" in _lock:
        return
    import fcntl
    import re
    import tempfile

    name = re.sub(r"[^A-Za-z0-9]+", "_", URI)
    fh = open(os.path.join(tempfile.gettempdir(), f"newsgraph-neo4j-tests-{name}.lock"), "w")
    fcntl.flock(fh, fcntl.LOCK_EX)  # waits while another test run holds it
    _lock["fh"] = fh


def server_or_skip() -> None:
    """Skip (or fail, when NEWSGRAPH_REQUIRE_NEO4J is set) unless the test server answers."""
    if "error" not in _reachable:
        from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore

        try:
            Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD, retry_seconds=5)).connect().close()
            _reachable["error"] = None
        except StoreConnectionError as exc:
            _reachable["error"] = str(exc)
    if _reachable["error"]:
        msg = f"no Neo4j server for the tests ({_reachable['error']}); start one with `scripts/neo4j start`"
        if REQUIRED:
            pytest.fail("NEWSGRAPH_REQUIRE_NEO4J is set but " + msg, pytrace=False)
        pytest.skip(msg)


@pytest.fixture
def store() -> Iterator[Any]:
    """A connected store on an EMPTY test database (wiped before the test)."""
    from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore

    server_or_skip()
    _exclusive()
    st = Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD, retry_seconds=10)).connect()
    st.clear()
    try:
        yield st
    finally:
        st.close()


def T(
    s: str, st: str, rel: str, o: str, ot: str, *, art: str = "a1", start: int = 0, neg: bool = False,
    date: str | None = "2017-01-05", sm: str | None = None, om: str | None = None, conf: float = 0.9,
    att: str | None = None, sent: str | None = None,
) -> Triple:
    """A hand-made relation mention."""
    sent = sent or f"{sm or s} {rel.lower()} {om or o}."
    return Triple(
        subject=s, subject_type=st, relation=rel, object=o, object_type=ot, negated=neg, attributed_to=att,
        confidence=conf, article_id=art, sentence=sent, char_start=start, char_end=start + len(sent),
        source=f"{art}.txt", date=date, subject_mention=sm or s, object_mention=om or o,
    )


C, P, G, L, O = "COUNTRY", "PERSON", "GROUP", "LOCATION", "ORGANIZATION"
TWO_MENTIONS = "Moscow backs Assad, and Russia will keep backing Assad."


def base_triples() -> list[Triple]:
    """Three articles covering every query of the suite: parallel, denied, attributed, dateless edges."""
    return [
        T("Russia", C, "SUPPORTS", "Bashar al-Assad", P, start=0, sm="Moscow", sent=TWO_MENTIONS),
        T("Russia", C, "SUPPORTS", "Bashar al-Assad", P, start=0, sm="Russia", sent=TWO_MENTIONS),
        T("Russia", C, "SUPPORTS", "Bashar al-Assad", P, art="a2", start=50, date="2017-02-01", att="Sergei Lavrov", conf=0.7),
        T("Russia", C, "SUPPORTS", "Bashar al-Assad", P, art="a3", start=10, date="2016-11-30", neg=True, conf=0.6),
        T("Iran", C, "SUPPORTS", "Bashar al-Assad", P, art="a2", start=100, date="2017-02-01", sent="Iran backs and arms Assad."),
        T("Iran", C, "PROVIDES_AID", "Bashar al-Assad", P, art="a2", start=100, date="2017-02-01", conf=0.8, sent="Iran backs and arms Assad."),
        T("Russia", C, "ALLIED_WITH", "Iran", C, start=200, sent="Russia and Iran are allies."),
        T("Iran", C, "ALLIED_WITH", "Russia", C, start=200, sent="Russia and Iran are allies."),
        T("Hezbollah", G, "SUPPORTS", "Bashar al-Assad", P, art="a3", start=300, date="2016-11-30"),
        T("Iran", C, "SUPPORTS", "Hezbollah", G, art="a3", start=320, date="2016-11-30"),
        T("Turkey", C, "SUPPORTS", "Syrian rebels", G, art="a2", start=400, date="2017-02-01"),
        T("Syrian rebels", G, "OPPOSES", "Bashar al-Assad", P, art="a2", start=420, date="2017-02-01"),
        T("United States", C, "OPPOSES", "Bashar al-Assad", P, art="a2", start=500, date="2017-02-01", sm="Washington"),
        T("United States", C, "CRITICIZES", "Russia", C, art="a2", start=600, date="2017-02-01", att="Rex Tillerson"),
        T("Russia", C, "CRITICIZES", "United States", C, art="a3", start=610, date="2016-11-30"),
        T("Russia", C, "ATTACKS", "Aleppo", L, art="a3", start=700, date="2016-11-30", sent="Russia and Assad bomb Aleppo."),
        T("Bashar al-Assad", P, "ATTACKS", "Aleppo", L, art="a3", start=700, date="2016-11-30", sm="Assad", sent="Russia and Assad bomb Aleppo."),
        T("Russia", C, "ATTACKS", "Aleppo", L, start=720, neg=True, att="Vladimir Putin"),
        T("Syrian rebels", G, "CONTROLS", "Aleppo", L, art="a3", start=760, date="2016-11-30"),
        T("Russia", C, "DEPLOYS_TO", "Latakia", L, art="a2", start=800, date="2017-02-01"),
        T("Vladimir Putin", P, "LEADS", "Russia", C, start=900),
        T("Russia", C, "MEMBER_OF", "United Nations Security Council", O, art="a2", start=950, date="2017-02-01"),
        T("United States", C, "SANCTIONS", "Russia", C, art="a2", start=980, date="2017-02-01"),
        T("Islamic State", G, "ATTACKS", "Syrian rebels", G, art="a3", start=990, date=None),
        T("United States", C, "MEETS", "Russia", C, art="a2", start=1000, date="2017-02-01"),
    ]


def more_triples() -> list[Triple]:
    """A fourth article: more evidence for existing edges and one new edge."""
    return [
        T("Russia", C, "SUPPORTS", "Bashar al-Assad", P, art="a4", start=5, date="2017-03-10", sm="the Kremlin"),
        T("United States", C, "OPPOSES", "Bashar al-Assad", P, art="a4", start=60, date="2017-03-10"),
        T("Turkey", C, "ATTACKS", "Islamic State", G, art="a4", start=90, date="2017-03-10"),
    ]


def hostile_triples() -> list[Triple]:
    """Names and sentences that look like Cypher, quoting and parameters."""
    return [
        T(f"O'Brien {INJECTION}", P, "CRITICIZES", "Russia", C, art="h1", start=0,
          sent=f"He said \"{INJECTION}\" and `x` \\u0041 $rows\n MATCH (n) DETACH DELETE n; // done"),
        T("Back`tick` Group", G, "ATTACKS", "Aleppo\"}) RETURN 1 //", L, art="h1", start=200,
          sent="Tab\there; CR\rthere, NUL-ish \x01 and emoji \U0001F600 and quote ' end"),
        T("$param Front", G, "OPPOSES", "Russia", C, art="h1", start=300, om="Russia' OR 1=1 --"),
    ]


def graph_of(triples: list[Triple]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    merge_triples(g, triples)
    return g
