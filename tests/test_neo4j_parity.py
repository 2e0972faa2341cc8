"""One Cypher, two backends: the analyst suite (cypher/queries/*.cypher) gives the same rows
on the embedded graph (grand-cypher) and on the real Neo4j server."""
from __future__ import annotations

from typing import Any

import pytest

from newsgraph.cypher.embedded import run_query
from newsgraph.cypher.queries import analyst_queries
from test_neo4j_support import _exclusive, base_triples, graph_of, hostile_triples, more_triples, server_or_skip

SUITE = analyst_queries()
#: Parameters for the test graph where a query's example does not fit it.
PARAMS: dict[str, dict[str, Any]] = {"12_edges_by_weight": {"min_weight": 2}}
#: Queries that filter both ends of one relationship: grand-cypher 1.2.0's automatic
#: "hints" return no rows for them (a silent wrong answer) unless cypher/embedded.py
#: turns the hints off (GrandCypher.auto_where_hints / auto_node_jsondata_hints = False).
BOTH_ENDS_FILTERED = {"13_edge_evidence_summary"}


def _embedded_drops_both_end_filters() -> bool:
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("a", name="A", __labels__={"Actor"})
    g.add_node("b", name="B", __labels__={"Actor"})
    g.add_edge("a", "b", key="SUPPORTS", weight=1, __labels__={"SUPPORTS"})
    res = run_query(g, 'MATCH (x:Actor)-[r]->(y:Actor) WHERE x.name = "A" AND y.name = "B" RETURN r.weight')
    return res.rows != [[1]]


def test_suite_has_at_least_15_documented_fully_ordered_queries():
    assert len(SUITE) >= 15
    for q in SUITE:
        assert q.description, q.name
        assert "ORDER BY" in q.cypher, q.name
        for p in set(__import__("re").findall(r"\$(\w+)", q.cypher)):
            assert p in q.params, f"{q.name}: ${p} has no '// param {p}: ..., e.g. VALUE' header"


@pytest.fixture(scope="module")
def both() -> Any:
    from newsgraph.graph.neo4j_store import Neo4jConfig, Neo4jStore
    from test_neo4j_support import PASSWORD, URI

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
    if q.name in BOTH_ENDS_FILTERED and _embedded_drops_both_end_filters():
        pytest.xfail("grand-cypher returns no rows when both ends of a relationship are filtered (cypher/embedded.py must disable its auto hints)")
    params = {**q.params, **PARAMS.get(q.name, {})}
    embedded = run_query(g, q.cypher, params)
    server = st.query(q.cypher, params)
    assert server.columns == embedded.columns
    assert server.rows == embedded.rows
    assert server.rows, f"{q.name} returns no rows on the test graph: it proves nothing"
