"""The embedded Cypher engine (cypher/): Neo4j's semantics on a small graph whose answers are
worked out by hand, limits, and the 22 analyst queries on real extraction output. The same
semantics are checked against the real Neo4j server in test_neo4j_parity.py, and the openCypher
TCK in test_cypher_tck.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from newsgraph.core.errors import QueryError
from newsgraph.cypher.embedded import run_query
from newsgraph.cypher.suite import analyst_queries

ROOT = Path(__file__).resolve().parents[1]


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, label, name, mentions in [
        ("ru", "Country", "Russia", 9), ("sy", "Country", "Syria", 7), ("tr", "Country", "Turkey", 4),
        ("reb", "Group", "Syrian rebels", 5), ("alep", "Location", "Aleppo", 2), ("pu", "Person", "Putin", None),
    ]:
        props = {"name": name, "type": label.upper(), "__labels__": {"Actor", label}}
        if mentions is not None:
            props["mentions"] = mentions
        g.add_node(key, **props)

    def e(u: str, v: str, rel: str, **props: Any) -> None:
        g.add_edge(u, v, key=rel, type=rel, __labels__={rel}, **props)

    e("ru", "sy", "SUPPORTS", negated=False, weight=5, confidence=0.9)
    e("tr", "reb", "SUPPORTS", negated=False, weight=4, confidence=0.8)
    e("ru", "reb", "ATTACKS", negated=False, weight=3, confidence=0.7)
    e("sy", "reb", "ATTACKS", negated=False, weight=2, confidence=0.6)
    e("sy", "reb", "OPPOSES", negated=False, weight=1, confidence=0.5)  # parallel, another type
    e("tr", "ru", "CRITICIZES", negated=True, weight=1, confidence=0.4)
    e("pu", "ru", "LEADS", weight=2, confidence=0.9)  # no negated property: null
    e("reb", "alep", "CONTROLS", negated=False, weight=1, confidence=0.5)
    e("ru", "tr", "MEETS", negated=False, weight=1, confidence=0.9)
    e("tr", "ru", "MEETS", negated=False, weight=1, confidence=0.9)
    return g


G = _graph()


def rows(query: str, **params: Any) -> list[list[Any]]:
    return run_query(G, query, params or None).rows


# --- the engine ------------------------------------------------------------------------------

def test_grand_cypher_is_never_loaded() -> None:
    code = (
        "import sys\n"
        "from newsgraph.cypher.embedded import run_query\n"
        "from tests.test_cypher_engine import G\n"
        "assert run_query(G, 'MATCH (a)-[r]->(b) RETURN COUNT(r) AS n').rows == [[10]]\n"
        "run_query(G, 'MATCH (a)-[*2]->(b) RETURN a.name')\n"
        "assert 'grandcypher' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_lists_order_and_compare_as_neo4j_does() -> None:
    g = _graph()
    for n, aliases in [("ru", ["Moscow", "the Kremlin"]), ("sy", ["Damascus"]), ("tr", ["Ankara"])]:
        g.nodes[n]["aliases"] = aliases
    q = 'MATCH (a:Country) RETURN a.name AS n, a.aliases AS al ORDER BY al'
    assert run_query(g, q).rows == [
        ["Turkey", ["Ankara"]], ["Syria", ["Damascus"]], ["Russia", ["Moscow", "the Kremlin"]]]


def test_aggregation_hides_variables_not_grouped() -> None:
    with pytest.raises(QueryError, match="not defined"):
        run_query(G, 'MATCH (a)-[r]->(b) RETURN COUNT(r) AS n ORDER BY a.name')


def test_variable_length_paths_with_cycles_and_undirected() -> None:
    # MEETS ru->tr and tr->ru: *2 returns to the start (Neo4j keeps such rows)
    assert rows('MATCH (a)-[:MEETS*2]->(b) RETURN a.name, b.name ORDER BY a.name') == [
        ["Russia", "Russia"], ["Turkey", "Turkey"]]
    assert rows('MATCH (a {name: "Aleppo"})-[r]-(b) RETURN b.name, type(r)') == [["Syrian rebels", "CONTROLS"]]
    assert rows('MATCH p = shortestPath((a {name: "Putin"})-[*]-(b {name: "Aleppo"})) RETURN length(p)') == [[3]]


def test_type_restricted_two_hop_over_a_hub_finishes() -> None:
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
    out = run_query(
        g,
        "MATCH (a:Actor)-[r1:ALLIED_WITH|SUPPORTS]->(m:Actor)-[r2:ALLIED_WITH|SUPPORTS]->(b:Actor) "
        "WHERE r1.negated = false AND r2.negated = false AND a.name <> b.name "
        "RETURN a.name AS source, m.name AS via, b.name AS target ORDER BY source, via, target",
    ).rows
    assert out == [["N000", "Hub", "N007"], ["N001", "Hub", "N007"], ["N002", "Hub", "N007"]]
    out = run_query(g, "MATCH (a)-[:ALLIED_WITH|SUPPORTS*2]->(b) RETURN a.name, b.name ORDER BY a.name, b.name").rows
    assert out == [[f"N00{i}", f"N00{j}"] for i in range(3) for j in (7, 8)]


def test_run_query_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    before = gc.get_freeze_count()
    assert run_query(G, "MATCH (a:Actor {name: 'Putin'})-[r]->(b:Actor) RETURN b.name").rows == [["Russia"]]
    assert gc.get_freeze_count() == before
    with pytest.raises(QueryError):
        run_query(G, "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.name +")
    assert gc.get_freeze_count() == before


def test_limits_cancel_a_cartesian_product_with_one_line() -> None:
    from newsgraph.cypher.limits import QueryLimitError

    with pytest.warns(UserWarning, match="Cartesian product"):
        with pytest.raises(QueryLimitError, match="--max-rows") as exc:
            run_query(G, "MATCH (a) MATCH (b) MATCH (c) RETURN a.name, b.name, c.name", max_rows=100)
    assert "\n" not in str(exc.value)
    with pytest.warns(UserWarning), pytest.raises(QueryLimitError, match="--timeout"):
        run_query(G, "MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)", timeout=0.05)


# --- Neo4j's semantics, by hand ---------------------------------------------------------------

def test_null_never_equals_anything_and_fails_where() -> None:
    q = 'MATCH (a)-[r]->(b) WHERE r.negated {} RETURN a.name, type(r) ORDER BY a.name, type(r)'
    assert ["Putin", "LEADS"] not in rows(q.format("<> true"))
    assert len(rows(q.format("<> true"))) == 8
    assert rows(q.format("= null")) == [] and rows(q.format("<> null")) == []
    assert rows(q.format("IS NULL")) == [["Putin", "LEADS"]]
    assert len(rows(q.format("IS NOT NULL"))) == 9
    assert rows(q.format("= true")) == [["Turkey", "CRITICIZES"]]
    assert rows("MATCH (a)-[r]->(b) WHERE NOT r.negated RETURN COUNT(r)") == [[8]]  # NOT null is null


def test_booleans_are_not_numbers_and_kinds_do_not_compare() -> None:
    assert rows('MATCH (a)-[r]->(b) WHERE r.negated = 0 RETURN a.name') == []
    assert rows('MATCH (a)-[r]->(b) WHERE r.negated < 1 RETURN a.name') == []
    assert rows('MATCH (a)-[r]->(b) WHERE r.weight > "1" RETURN a.name') == []
    assert rows('MATCH (a)-[r]->(b) WHERE r.weight CONTAINS "1" RETURN a.name') == []
    assert rows('MATCH (a)-[r]->(b) WHERE r.weight = 5.0 RETURN a.name') == [["Russia"]]


def test_nodes_may_repeat_but_a_relationship_binds_once() -> None:
    assert rows('MATCH (a)-[:MEETS]->(b)-[:MEETS]->(c) RETURN a.name, b.name, c.name ORDER BY a.name') == [
        ["Russia", "Turkey", "Russia"], ["Turkey", "Russia", "Turkey"]]
    assert rows('MATCH (a)-[:MEETS]->(b)-[:MEETS]->(a) RETURN a.name ORDER BY a.name') == [["Russia"], ["Turkey"]]
    # sy -> reb twice (ATTACKS, OPPOSES): two relationships, each bound once per match
    assert rows('MATCH (a)-[r1]->(x)<-[r2]-(b) WHERE a.name = "Syria" AND b.name = "Syria" '
                'RETURN type(r1), type(r2) ORDER BY type(r1)') == [["ATTACKS", "OPPOSES"], ["OPPOSES", "ATTACKS"]]


def test_left_arrows_and_three_hops() -> None:
    assert rows('MATCH (x:Group)<-[r:ATTACKS]-(a:Country) RETURN a.name, r.weight ORDER BY r.weight DESC') == [
        ["Russia", 3], ["Syria", 2]]
    assert rows('MATCH (p:Person)-[:LEADS]->(c)-[:ATTACKS]->(g)-[:CONTROLS]->(l:Location) '
                'RETURN p.name, c.name, g.name, l.name') == [["Putin", "Russia", "Syrian rebels", "Aleppo"]]


def test_aggregates_with_and_without_groups() -> None:
    assert rows('MATCH (a)-[r:SANCTIONS]->(b) RETURN COUNT(r) AS n, COUNT(*) AS rows, SUM(r.weight) AS w, '
                'AVG(r.weight) AS avg, MIN(r.weight) AS lo, MAX(r.weight) AS hi') == [[0, 0, 0, None, None, None]]
    assert rows('MATCH (a)-[r:SANCTIONS]->(b) RETURN a.name, COUNT(r)') == []
    assert rows('MATCH (a)-[r]->(b:Group) RETURN a.name AS actor, COUNT(r) AS n, SUM(r.weight) AS w, '
                'AVG(r.weight) AS c ORDER BY actor') == [
        ["Russia", 1, 3, 3.0], ["Syria", 2, 3, 1.5], ["Turkey", 1, 4, 4.0]]
    assert rows('MATCH (a)-[r]->(b) RETURN COUNT(r.negated) AS known, COUNT(DISTINCT a.name) AS subjects, '
                'SUM(DISTINCT r.weight) AS w, MIN(a.name) AS first') == [[9, 5, 15, "Putin"]]


def test_order_by_puts_null_last_ascending_and_first_descending() -> None:
    asc = rows('MATCH (a:Actor) RETURN a.name AS n, a.mentions AS m ORDER BY m, n')
    assert asc[0] == ["Aleppo", 2] and asc[-1] == ["Putin", None]
    desc = rows('MATCH (a:Actor) RETURN a.name AS n, a.mentions AS m ORDER BY m DESC, n')
    assert [r[0] for r in desc] == ["Putin", "Russia", "Syria", "Syrian rebels", "Turkey", "Aleppo"]


def test_order_by_a_property_not_returned_distinct_and_limit() -> None:
    assert rows('MATCH (a)-[r:SUPPORTS|ATTACKS]->(b) RETURN a.name ORDER BY r.weight DESC LIMIT 2') == [
        ["Russia"], ["Turkey"]]
    assert rows('MATCH (a)-[r]->(b:Group) RETURN DISTINCT a.name AS a ORDER BY a') == [
        ["Russia"], ["Syria"], ["Turkey"]]
    assert rows('MATCH (a)-[r]->(b) RETURN a.name LIMIT 0') == []


def test_in_or_not_and_property_maps() -> None:
    assert rows('MATCH (a {name: "Russia"})-[r]->(b) WHERE type(r) IN ["SUPPORTS", "MEETS"] '
                'RETURN b.name ORDER BY b.name') == [["Syria"], ["Turkey"]]
    assert rows('MATCH (a)-[r]->(b) WHERE r.negated IN [true, null] RETURN type(r)') == [["CRITICIZES"]]
    assert rows('MATCH (a)-[r {weight: 4}]->(b) RETURN a.name') == [["Turkey"]]
    assert rows('MATCH (a:Country)-[r]->(b) WHERE NOT (type(r) = "MEETS" OR r.weight < 3) '
                'RETURN a.name, type(r) ORDER BY a.name, type(r)') == [
        ["Russia", "ATTACKS"], ["Russia", "SUPPORTS"], ["Turkey", "SUPPORTS"]]
    assert rows('MATCH (a:Actor {id: $id}) RETURN a.id, a.name', id="tr") == [["tr", "Turkey"]]


# --- the analyst suite on real extraction ---------------------------------------------------

@pytest.fixture(scope="module")
def example_graph() -> nx.MultiDiGraph:
    import newsgraph.api as ng

    return ng.build([ROOT / "examples"]).graph


PARAMS = {"11_connections_via_one_actor": {"from": "Iran", "to": "Syria"}, "12_edges_by_weight": {"min_weight": 2}}


@pytest.mark.parametrize("q", analyst_queries(), ids=lambda q: q.name)
def test_analyst_queries_run_on_real_extraction(example_graph, q) -> None:
    params = {**q.params, **PARAMS.get(q.name, {})}
    res = run_query(example_graph, q.cypher, params)
    assert res.columns and not res.warnings
