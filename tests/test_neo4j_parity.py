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
    params = {**q.params, **PARAMS.get(q.name, {})}
    embedded = run_query(g, q.cypher, params)
    server = st.query(q.cypher, params)
    assert server.columns == embedded.columns
    assert server.rows == embedded.rows
    assert server.rows, f"{q.name} returns no rows on the test graph: it proves nothing"
