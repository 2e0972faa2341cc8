"""The example articles (real extraction) in both backends: parity, read-back, incremental."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_neo4j_support import store  # noqa: F401

from newsgraph.cypher.embedded import run_query
from newsgraph.cypher.suite import analyst_queries
from newsgraph.graph.io import to_dict

pytestmark = pytest.mark.neo4j
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SUITE = analyst_queries()
# the suite's example parameters fit these articles, except where the test graph needs others
PARAMS = {"11_connections_via_one_actor": {"from": "Iran", "to": "Syria"}, "12_edges_by_weight": {"min_weight": 2}}
_cache: dict[str, object] = {}


def _example_graph(files: list[Path] | None = None):
    import newsgraph.api as ng

    key = ",".join(map(str, files or [EXAMPLES]))
    if key not in _cache:
        _cache[key] = ng.build(files or [EXAMPLES]).graph
    return _cache[key]


def test_neo4j_examples_parity_suite(store):
    g = _example_graph()
    assert g.number_of_edges() > 10
    store.push_graph(g)
    assert to_dict(store.read_graph()) == to_dict(g)
    differing, empty = [], []
    for q in SUITE:
        params = {**q.params, **PARAMS.get(q.name, {})}
        emb = run_query(g, q.cypher, params)
        srv = store.query(q.cypher, params)
        if (emb.columns, emb.rows) != (srv.columns, srv.rows):
            differing.append(q.name)
        if not srv.rows:
            empty.append(q.name)
    assert not differing, f"different rows on the example articles: {differing}"
    assert len(SUITE) - len(empty) >= 15, f"too many queries return nothing on the examples: {empty}"


def test_neo4j_examples_pushed_file_by_file_equal_one_push(store):
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl"))
    assert len(files) >= 2
    for f in files:  # one graph per file, pushed one after the other
        store.push_graph(_example_graph([f]))
    assert to_dict(store.read_graph()) == to_dict(_example_graph(files))
