"""One Cypher, two backends: the analyst suite (cypher/queries/*.cypher) gives the same rows
on the embedded graph (newsgraph's own engine, cypher/) and on the real Neo4j server."""
from __future__ import annotations

from typing import Any

import pytest
from test_neo4j_support import (
    _exclusive,
    base_triples,
    graph_of,
    hostile_triples,
    more_triples,
    server_or_skip,
)

from newsgraph.cypher.embedded import run_query
from newsgraph.cypher.suite import analyst_queries

SUITE = analyst_queries()
#: Parameters for the test graph where a query's example does not fit it.
PARAMS: dict[str, dict[str, Any]] = {"12_edges_by_weight": {"min_weight": 2}}
def test_suite_has_at_least_15_documented_fully_ordered_queries():
    assert len(SUITE) >= 15
    for q in SUITE:
        assert q.description, q.name
        assert "ORDER BY" in q.cypher, q.name
        for p in set(__import__("re").findall(r"\$(\w+)", q.cypher)):
            assert p in q.params, f"{q.name}: ${p} has no '// param {p}: ..., e.g. VALUE' header"


@pytest.fixture(scope="module")
def both() -> Any:
    from test_neo4j_support import PASSWORD, URI

    from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore

    server_or_skip()
    _exclusive()
    g = graph_of(base_triples() + more_triples() + hostile_triples())
    st = Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD)).connect()
    st.clear()
    st.push_graph(g, batch_size=5)
    yield g, st
    st.close()


@pytest.mark.neo4j
@pytest.mark.parametrize("q", SUITE, ids=[q.name for q in SUITE])
def test_neo4j_parity(both, q):
    g, st = both
    params = {**q.params, **PARAMS.get(q.name, {})}
    embedded = run_query(g, q.cypher, params)
    server = st.query(q.cypher, params)
    assert server.columns == embedded.columns
    assert server.rows == embedded.rows
    assert server.rows, f"{q.name} returns no rows on the test graph: it proves nothing"


#: Semantics the embedded engine (cypher/) must share with Neo4j: null and kind rules in
#: WHERE, aggregates (empty, DISTINCT), repeated nodes, null ordering, ORDER BY on a property not
#: returned, IN / CONTAINS / OR / NOT, LIMIT. Each query is fully ordered.
PROBES = [
    'MATCH (a:Actor)-[r]->(b:Actor) WHERE r.negated <> true RETURN type(r) AS t, COUNT(r) AS n, '
    'SUM(r.weight) AS w, MIN(r.first_seen) AS lo, MAX(r.last_seen) AS hi ORDER BY t',
    'MATCH (a:Actor)-[r]->(b:Actor) RETURN r.class AS class, COUNT(*) AS n, AVG(r.weight) AS w ORDER BY class',
    'MATCH (a:Actor)-[r:SANCTIONS]->(b:Actor {name: "nobody"}) RETURN COUNT(r) AS n, SUM(r.weight) AS w, '
    'AVG(r.weight) AS avg, MAX(r.weight) AS hi',
    'MATCH (a:Actor)-[r]->(b:Actor) WHERE r.negated = 0 OR r.weight = "1" RETURN a.name AS a ORDER BY a',
    'MATCH (a:Actor)-[r1]->(m:Actor)<-[r2]-(b:Actor) WHERE a.name <= b.name '
    'RETURN m.name AS m, a.name AS a, b.name AS b, type(r1) AS t1, type(r2) AS t2 ORDER BY m, a, b, t1, t2',
    'MATCH (a:Actor)-[r1]->(b:Actor)-[r2]->(c:Actor) WHERE NOT (a.name = c.name) '
    'RETURN a.name AS a, b.name AS b, c.name AS c ORDER BY a, b, c',
    'MATCH (a:Actor) RETURN a.country AS c, COUNT(*) AS n ORDER BY c DESC',
    'MATCH (a:Actor) RETURN a.name AS n, a.country AS c ORDER BY c, n',
    'MATCH (a:Actor)-[r]->(b:Actor) WHERE r.weight >= 2 OR NOT r.negated RETURN DISTINCT a.type AS t ORDER BY t',
    'MATCH (a:Actor)-[r]->(b:Actor) WHERE type(r) IN ["SUPPORTS", "ATTACKS", "MEETS"] AND b.name CONTAINS "a" '
    'RETURN a.name AS a, type(r) AS t, b.name AS b ORDER BY a, t, b',
    'MATCH (a:Actor)-[r]->(b:Actor) RETURN COUNT(DISTINCT a.name) AS subjects, COUNT(DISTINCT type(r)) AS types, '
    'SUM(DISTINCT r.weight) AS w',
    'MATCH (a:Actor)<-[r]-(b:Actor) RETURN a.name AS a ORDER BY r.weight DESC, a LIMIT 4',
    'MATCH (a:Actor)-[r]->(b:Actor) WHERE r.confidence > 0.5 AND r.first_seen IS NOT NULL '
    'RETURN a.name AS a, b.name AS b, type(r) AS t, r.confidence AS c ORDER BY c DESC, a, b, t LIMIT 10',
]


@pytest.mark.neo4j
@pytest.mark.parametrize("query", PROBES)
def test_direct_evaluator_semantics_match_neo4j(both, query):
    g, st = both
    embedded = run_query(g, query)
    server = st.query(query)
    assert (server.columns, server.rows) == (embedded.columns, embedded.rows)


@pytest.mark.neo4j
def test_direct_evaluator_probes_mostly_see_rows(both):
    g, _ = both
    assert sum(bool(run_query(g, q).rows) for q in PROBES) >= len(PROBES) - 2
