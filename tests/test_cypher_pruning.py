"""Host-graph pruning for embedded Cypher (cypher/pruning.py): the same rows as on the whole graph.

Every query runs twice, pruned (the default) and with ``prune=False``, and must give the same
columns and rows in the same order (or the same error). The graphs have what pruning must not
get wrong: parallel edges of different types between one pair, negated edges, missing and
null properties, values of mixed types (a weight that is a string, a boolean), self-loops,
isolated nodes, edges without ``__labels__``, and predecessor lists in another order than
the nodes.
"""
from __future__ import annotations

import random
from typing import Any

import networkx as nx
import pytest

from newsgraph import QueryError
from newsgraph.cypher.embedded import prepare, run_query
from newsgraph.cypher.pruning import analyse, pruned_graph


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, label in [("a", "Country"), ("b", "Country"), ("c", "Group"), ("d", "Person"), ("e", "Group"),
                     ("f", "Location"), ("hub", "Country"), ("z", "Location")]:
        g.add_node(n, __labels__={"Actor", label}, name=n.upper(), type=label.upper())

    def e(u: str, v: str, rel: str | None, **props: Any) -> None:
        attrs = {"type": rel, **props}
        if rel is not None:
            attrs["__labels__"] = {rel}
        g.add_edge(u, v, **attrs)

    # added out of node order, so predecessor lists differ from node order (b: d before a)
    e("d", "b", "ALLIED_WITH", negated=None, weight="7", confidence=0.25)  # null, a string weight
    e("a", "b", "ALLIED_WITH", negated=False, weight=3, confidence=0.5, first_seen="2016-01-01")
    e("a", "b", "SUPPORTS", negated=True, weight=1, confidence=0.125)  # parallel, another type
    e("a", "b", "ATTACKS", negated=False, weight=2, confidence=0.75, first_seen="2018-03-01")
    e("b", "c", "SUPPORTS", negated=False, weight=5, confidence=0.1, first_seen="2017-05-05")
    e("c", "a", "ALLIED_WITH", negated=False, confidence=0.3)  # no weight
    e("c", "c", "SUPPORTS", negated=False, weight=1, confidence=0.2)  # self-loop
    e("b", "d", "SUPPORTS", negated=False, weight=2.5, confidence=0.7, first_seen="2015-12-31")
    e("e", "c", "ATTACKS", negated=False, weight=True, confidence=0.9)  # a boolean weight
    e("d", "e", "ATTACKS", weight=4)  # no negated property
    e("f", "a", None, negated=False, weight=1)  # no __labels__: only untyped patterns bind it
    e("e", "a", "ATTACKS", negated=True, weight=6, confidence=0.6)
    e("b", "f", "CONTROLS", negated=False, weight=2)
    e("a", "f", "ATTACKS", negated=False, weight=1)
    for i, n in enumerate(["a", "b", "c", "d", "e"]):
        e("hub", n, "MEETS", negated=False, weight=i)
        e(n, "hub", "MEETS", negated=i % 2 == 0, weight=i)
    e("hub", "c", "SUPPORTS", negated=False, weight=9, confidence=0.05)
    e("d", "hub", "ALLIED_WITH", negated=False, weight=2, confidence=0.4)
    return g


def _outcome(g: nx.MultiDiGraph, query: str, params: dict[str, Any] | None, prune: bool) -> Any:
    try:
        res = run_query(g, query, params, prune=prune, direct=False)
    except QueryError as exc:
        return ("error", str(exc))
    return (res.columns, res.rows)


def _same(g: nx.MultiDiGraph, query: str, params: dict[str, Any] | None = None) -> Any:
    pruned = _outcome(g, query, params, True)
    assert pruned == _outcome(g, query, params, False), query
    return pruned


QUERIES = [
    # types only; parallel edges of other types between the same nodes
    "MATCH (a)-[r:ALLIED_WITH|SUPPORTS]->(b) RETURN a.name, type(r), b.name, r.weight",
    "MATCH (a:Country)-[r:ATTACKS]->(b) RETURN a.name, b.name, r.weight ORDER BY r.weight DESC",
    "MATCH (a)-[:CONTROLS|NEVER_SEEN]->(b:Location) RETURN a.name, b.name",
    "MATCH (a)-[r:NEVER_SEEN]->(b) RETURN a.name",
    # pushdown: booleans, nulls and missing properties
    "MATCH (a)-[r:ALLIED_WITH|SUPPORTS]->(b) WHERE r.negated = false RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.negated = true RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.negated <> true RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.negated = 0 RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.negated = null RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.missing = 1 RETURN a.name",
    "MATCH (a)-[r]->(b) WHERE r.missing <> 1 RETURN a.name, type(r)",
    # numbers against strings, booleans and missing values; literal on either side
    "MATCH (a)-[r]->(b) WHERE r.weight > 2 RETURN a.name, type(r), b.name, r.weight",
    "MATCH (a)-[r]->(b) WHERE r.weight >= 1 RETURN a.name, type(r), b.name, r.weight",
    "MATCH (a)-[r]->(b) WHERE r.weight = 1 RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE 2 < r.weight AND 6 >= r.weight RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.weight <= 2.5 AND r.weight > -1 RETURN a.name, type(r), r.weight",
    "MATCH (a)-[r]->(b) WHERE r.weight = \"7\" RETURN a.name, b.name",
    "MATCH (a)-[r]->(b) WHERE r.weight < \"9\" RETURN a.name, b.name",
    # strings (ISO dates)
    "MATCH (a)-[r]->(b) WHERE r.first_seen >= '2016-01-01' AND r.first_seen <= '2017-12-31' RETURN a.name, b.name",
    "MATCH (a)-[r]->(b) WHERE r.first_seen < '2017' RETURN a.name, b.name, r.first_seen ORDER BY r.first_seen",
    # no pushdown: OR, NOT, parentheses, properties compared with each other, IN, CONTAINS
    "MATCH (a)-[r]->(b) WHERE r.negated = true OR r.weight > 4 RETURN a.name, type(r), b.name",
    "MATCH (a)-[r:ATTACKS|SUPPORTS]->(b) WHERE r.weight > 1 OR r.negated = true RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE NOT r.negated = true RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE (r.weight > 2 AND r.negated = false) RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.weight > r.confidence AND r.negated = false RETURN a.name, type(r)",
    "MATCH (a)-[r]->(b) WHERE r.negated = false AND a.name IN ['A', 'B', 'HUB'] RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE r.negated = false AND b.name CONTAINS 'U' RETURN a.name, type(r), b.name",
    "MATCH (a)-[r]->(b) WHERE type(r) = 'SUPPORTS' AND r.weight >= 2 RETURN a.name, b.name",
    "MATCH (a)-[r]->(b) WHERE r.negated = false AND a.name <> b.name RETURN a.name, b.name",
    # self-loops
    "MATCH (a)-[r:SUPPORTS]->(a) RETURN a.name, r.weight",
    "MATCH (a)-[r]->(a) WHERE r.negated = false RETURN a.name, type(r)",
    # chains and common targets, with different conditions on each hop
    "MATCH (a)-[r1:ALLIED_WITH|SUPPORTS]->(m)-[r2:ALLIED_WITH|SUPPORTS]->(b) "
    "WHERE r1.negated = false AND r2.negated = false AND a.name <> b.name RETURN a.name, m.name, b.name",
    "MATCH (a)-[r1:SUPPORTS]->(m)-[r2:ATTACKS|MEETS]->(b) WHERE r1.weight > 1 RETURN a.name, m.name, b.name, type(r2)",
    "MATCH (a)-[r1]->(m)-[r2:SUPPORTS]->(b) WHERE r1.negated = true RETURN a.name, type(r1), m.name, b.name",
    "MATCH (a)-[r1:ATTACKS]->(x)<-[r2:ATTACKS]-(b) WHERE a.name < b.name AND r1.negated = false RETURN x.name, a.name, b.name",
    "MATCH (b)<-[r:ALLIED_WITH]-(a) WHERE r.negated = false RETURN a.name, b.name",
    "MATCH (a)-[r1:MEETS]->(m)<-[r2:MEETS]-(b) WHERE r1.weight >= 3 RETURN a.name, m.name, b.name",
    # variable length (types pruned, never the variable's conditions), zero hops
    "MATCH (a)-[:ALLIED_WITH|SUPPORTS*1..2]->(b) RETURN a.name, b.name",
    "MATCH (a)-[r:ALLIED_WITH|SUPPORTS*2]->(b) WHERE a.name <> b.name RETURN a.name, b.name",
    "MATCH (a)-[:SUPPORTS*0..1]->(b) RETURN a.name, b.name",
    "MATCH (a)-[r:SUPPORTS*1..2]->(b) WHERE r.weight > 1 RETURN a.name, b.name",
    "MATCH (a)-[r1:ATTACKS]->(m)-[:SUPPORTS*1..2]->(b) WHERE r1.negated = false RETURN a.name, m.name, b.name",
    # standalone node patterns and several MATCH clauses
    "MATCH (a:Actor) RETURN a.name",
    "MATCH (a)-[r:CONTROLS]->(b) MATCH (c:Location) RETURN a.name, b.name, c.name",
    "MATCH (a)-[r:SUPPORTS]->(b) MATCH (b)-[s:SUPPORTS]->(c) WHERE r.negated = false RETURN a.name, b.name, c.name",
    "MATCH (a {name: 'A'})-[r:ATTACKS|ALLIED_WITH]->(b {name: 'B'}) RETURN type(r), r.weight",
    # aggregates (float sums), DISTINCT, LIMIT without ORDER BY, ids
    "MATCH (a)-[r:ALLIED_WITH|SUPPORTS|ATTACKS]->(b) WHERE r.negated = false RETURN b.name, COUNT(r), SUM(r.confidence)",
    "MATCH (a)-[r]->(b) WHERE r.negated = false RETURN type(r), COUNT(r), SUM(r.confidence) ORDER BY type(r)",
    "MATCH (a)-[r:MEETS|SUPPORTS]->(b) RETURN DISTINCT b.name",
    "MATCH (a)-[r:MEETS]->(b) WHERE r.weight > 0 RETURN a.name, b.name LIMIT 3",
    "MATCH (a)-[r:SUPPORTS]->(b) WHERE r.negated = false RETURN a.id, b.id, r.weight",
    # errors stay errors
    "MATCH (a)-[r:SUPPORTS]->(b) WHERE r.weight > 1 AND z.name = 'A' RETURN a.name",
    "MATCH (a)-[r:SUPPORTS]->(b) WHERE r.negated = false RETURN a.name, SUM(r.weight), MIN(r.first_seen)",
]


@pytest.mark.parametrize("query", QUERIES)
def test_pruned_rows_are_the_unpruned_rows(query: str) -> None:
    _same(_graph(), query)


def test_pruning_keeps_a_graph_with_every_node_and_edge_intact() -> None:
    g = _graph()
    before = (list(g.nodes(data=True)), list(g.edges(keys=True, data=True)))
    for q in QUERIES:
        _same(g, q)
    assert (list(g.nodes(data=True)), list(g.edges(keys=True, data=True))) == before


def test_the_differential_check_sees_real_rows() -> None:
    """Guard against a vacuous suite: most queries above return rows."""
    g = _graph()
    with_rows = [q for q in QUERIES if (r := _outcome(g, q, None, True))[0] != "error" and r[1]]
    assert len(with_rows) >= len(QUERIES) - 8
    assert _outcome(g, QUERIES[-2], None, True)[0] == "error"


def _host(g: nx.MultiDiGraph, query: str) -> nx.MultiDiGraph | None:
    return pruned_graph(g, prepare(query))


def test_types_and_conjuncts_decide_which_edges_stay() -> None:
    g = _graph()
    h = _host(g, "MATCH (a)-[r:ALLIED_WITH|SUPPORTS]->(b) WHERE r.negated = false RETURN a.name")
    assert h is not None
    kept = sorted((u, v, d["type"]) for u, v, d in h.edges(data=True))
    assert kept == sorted(
        (u, v, d["type"]) for u, v, d in g.edges(data=True)
        if d["type"] in ("ALLIED_WITH", "SUPPORTS") and d.get("negated") is False
    )
    assert "z" not in h and "f" not in h  # only nodes of kept edges
    # each hop keeps what it can bind: SUPPORTS with weight > 1, or any ATTACKS
    h = _host(g, "MATCH (a)-[r1:SUPPORTS]->(m)-[r2:ATTACKS]->(b) WHERE r1.weight > 1 RETURN a.name")
    assert h is not None
    assert sorted((u, v) for u, v, d in h.edges(data=True) if d["type"] == "SUPPORTS") == [("b", "c"), ("b", "d"), ("hub", "c")]
    assert sum(1 for *_, d in h.edges(data=True) if d["type"] == "ATTACKS") == 5


def test_pruned_graph_keeps_neighbour_and_key_order() -> None:
    g = _graph()
    h = _host(g, "MATCH (a)-[r:ALLIED_WITH|ATTACKS|SUPPORTS]->(b) WHERE r.confidence > 0.1 RETURN a.name")
    assert h is not None
    for n in h:
        assert list(h.succ[n]) == [v for v in g.succ[n] if v in h.succ[n]]
        assert list(h.pred[n]) == [u for u in g.pred[n] if u in h.pred[n]]
        for v in h.succ[n]:
            assert list(h.succ[n][v]) == [k for k in g.succ[n][v] if k in h.succ[n][v]]
    assert list(h.pred["b"]) == ["d", "a"]  # creation order, not node order


@pytest.mark.parametrize(
    "query,pushed",
    [
        ("MATCH (a)-[r]->(b) WHERE r.negated = false AND r.weight >= 2 RETURN a", 2),
        ("MATCH (a)-[r]->(b) WHERE 2 <= r.weight RETURN a", 1),
        ("MATCH (a)-[r]->(b) WHERE r.negated = false OR r.weight >= 2 RETURN a", 0),
        ("MATCH (a)-[r]->(b) WHERE (r.negated = false) AND r.weight >= 2 RETURN a", 1),
        ("MATCH (a)-[r]->(b) WHERE NOT r.negated = true AND r.weight >= 2 RETURN a", 1),
        ("MATCH (a)-[r]->(b) WHERE r.weight >= 2 AND (a.name = 'x' OR b.name = 'y') RETURN a", 0),
        ("MATCH (a)-[r]->(b) WHERE r.negated = null RETURN a", 0),
        ("MATCH (a)-[r*1..2]->(b) WHERE a.name = 'x' RETURN a", 0),
        ("MATCH (a)-[r]->(b) WHERE a.name = 'x' RETURN a", 0),
        ("MATCH (a)-[r]->(b) WHERE r.weight + 1 > 2 AND r.negated = false RETURN a", 0),
        ("MATCH (a)-[r]->(b) WHERE r.negated = false AND x.name = 'q' RETURN a", 0),
        ("MATCH (a)-[r]->(b) WHERE trim(a.name) = 'x' AND r.negated = false RETURN a", 0),
    ],
)
def test_which_conjuncts_are_pushed_down(query: str, pushed: int) -> None:
    plan = analyse(prepare(query))
    assert plan is not None
    assert len(plan.conjuncts) == pushed


@pytest.mark.parametrize(
    "query",
    [
        "MATCH p = (a)-[r:SUPPORTS]->(b) RETURN p",  # a path reads every edge between two nodes
        "MATCH (a)<-[r:SUPPORTS]->(b) RETURN a",
        "MATCH (a)-[r:SUPPORTS]->(b) MATCH (a)-[s:ATTACKS]->(b) RETURN a",
        "MATCH (a)-[r:SUPPORTS]->(b)-[r:SUPPORTS]->(c) RETURN a",
        "MATCH (a) RETURN a",
    ],
)
def test_shapes_that_are_never_pruned(query: str) -> None:
    plan = analyse(prepare(query))
    assert plan is None or plan.edge_filter() is None
    assert _host(_graph(), query) is None


def test_standalone_nodes_and_zero_hops_keep_every_node() -> None:
    g = _graph()
    for q in ["MATCH (a)-[r:CONTROLS]->(b) MATCH (c) RETURN c.name", "MATCH (a)-[:CONTROLS*0..1]->(b) RETURN b.name"]:
        h = _host(g, q)
        assert h is not None and list(h) == list(g)
        assert h.number_of_edges() == 1


def test_type_restricted_two_hop_over_a_hub_finishes() -> None:
    """Unpruned, grand-cypher walks all 2-paths through the hub (250,000 of them) before the
    type test; pruned, it sees only the ALLIED_WITH edges."""
    g = nx.MultiDiGraph()
    g.add_node("hub", __labels__={"Actor", "Country"}, name="Hub")
    for i in range(500):
        g.add_node(f"n{i}", __labels__={"Actor", "Person"}, name=f"N{i:03d}")
        g.add_edge(f"n{i}", "hub", __labels__={"MEETS"}, type="MEETS", negated=False)
        g.add_edge("hub", f"n{i}", __labels__={"MEETS"}, type="MEETS", negated=False)
    for i in range(3):
        g.add_edge(f"n{i}", "hub", __labels__={"ALLIED_WITH"}, type="ALLIED_WITH", negated=False)
    g.add_edge("hub", "n7", __labels__={"SUPPORTS"}, type="SUPPORTS", negated=False)
    g.add_edge("hub", "n8", __labels__={"SUPPORTS"}, type="SUPPORTS", negated=True)
    rows = run_query(
        g,
        "MATCH (a:Actor)-[r1:ALLIED_WITH|SUPPORTS]->(m:Actor)-[r2:ALLIED_WITH|SUPPORTS]->(b:Actor) "
        "WHERE r1.negated = false AND r2.negated = false AND a.name <> b.name "
        "RETURN a.name AS source, m.name AS via, b.name AS target ORDER BY source, via, target",
    ).rows
    assert rows == [["N000", "Hub", "N007"], ["N001", "Hub", "N007"], ["N002", "Hub", "N007"]]
    rows = run_query(g, "MATCH (a)-[:ALLIED_WITH|SUPPORTS*2]->(b) RETURN a.name, b.name ORDER BY a.name, b.name").rows
    assert rows == [[f"N00{i}", f"N00{j}"] for i in range(3) for j in (7, 8)]


TYPES = ["ALLIED_WITH", "SUPPORTS", "ATTACKS", "MEETS"]


def _random_graph(seed: int) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    nodes = [f"n{i}" for i in range(14)]
    for n in nodes:
        g.add_node(n, __labels__={"Actor", rnd.choice(["Country", "Person"])}, name=n.upper())
    values = [None, True, False, 0, 1, 2, 2.5, 3, "2", "x", "2016-05-01"]
    for _ in range(60):
        u, v = rnd.choice(nodes), rnd.choice(nodes)
        props: dict[str, Any] = {}
        for p in ("negated", "weight", "first_seen"):
            if rnd.random() < 0.8:
                props[p] = rnd.choice(values)
        rel = rnd.choice(TYPES)
        g.add_edge(u, v, __labels__={rel}, type=rel, **props)
    return g


RANDOM_QUERIES = [
    "MATCH (a)-[r:{t}]->(b) WHERE r.{p} {op} {lit} RETURN a.name, type(r), b.name, r.{p}",
    "MATCH (a)-[r]->(b) WHERE r.{p} {op} {lit} AND a.name <> b.name RETURN a.name, type(r), b.name",
    "MATCH (a)-[r1:{t}]->(m)-[r2:{t2}]->(b) WHERE r1.{p} {op} {lit} RETURN a.name, m.name, b.name",
    "MATCH (a)-[r1:{t}]->(m)<-[r2]-(b) WHERE r2.{p} {op} {lit} AND r1.negated = false RETURN a.name, m.name, b.name",
    "MATCH (a)-[r:{t}|{t2}]->(b) WHERE r.{p} {op} {lit} OR a.name = 'N1' RETURN a.name, b.name",
    "MATCH (a)-[:{t}|{t2}*1..2]->(b) RETURN a.name, b.name",
]


@pytest.mark.parametrize("seed", range(6))
def test_random_graphs_give_the_same_rows(seed: int) -> None:
    rnd = random.Random(1000 + seed)
    g = _random_graph(seed)
    for template in RANDOM_QUERIES:
        for _ in range(3):
            q = template.format(
                t=rnd.choice(TYPES), t2=rnd.choice(TYPES), p=rnd.choice(["negated", "weight", "first_seen"]),
                op=rnd.choice(["=", "<>", "<", "<=", ">", ">="]),
                lit=rnd.choice(["true", "false", "0", "1", "2", "2.5", "-1", "'2'", "'2016-01-01'", "'x'"]),
            )
            _same(g, q)


def test_run_query_leaves_the_garbage_collector_as_it_found_it():
    """run_query freezes the objects that exist during a query and unfreezes them after,
    also when the query fails: nothing stays frozen (nothing is kept from the collector)."""
    import gc

    g = nx.MultiDiGraph()
    g.add_node("a", name="A", __labels__={"Actor"})
    g.add_node("b", name="B", __labels__={"Actor"})
    g.add_edge("a", "b", key="SUPPORTS", __labels__={"SUPPORTS"}, weight=1)
    before = gc.get_freeze_count()
    assert run_query(g, "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.name, b.name").rows == [["A", "B"]]
    assert gc.get_freeze_count() == before
    with pytest.raises(QueryError):
        run_query(g, "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.name +")
    assert gc.get_freeze_count() == before
