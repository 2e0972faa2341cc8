"""The direct evaluator (cypher/direct.py): which queries it takes, Neo4j's semantics on a small
graph whose answers are worked out by hand, fallback to grand-cypher, and the same rows as
grand-cypher where the two engines agree (the 22 analyst queries on real extraction output).
The same semantics are checked against the real Neo4j server in test_neo4j_parity.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from newsgraph.cypher.direct import parse
from newsgraph.cypher.embedded import prepare, run_query
from newsgraph.cypher.query_shape import Unsupported
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


# --- which queries it takes -----------------------------------------------------------------

def test_every_fixed_length_analyst_query_is_evaluated_directly() -> None:
    direct = [q.name for q in analyst_queries() if _parses(prepare(q.cypher, q.params))]
    var_length = [q.name for q in analyst_queries() if "*" in q.cypher]
    assert var_length and set(direct) == {q.name for q in analyst_queries()} - set(var_length)


def _parses(query: str) -> bool:
    try:
        parse(query)
    except Unsupported:
        return False
    return True


@pytest.mark.parametrize("query", [
    'MATCH (a)-[r:SUPPORTS*1..2]->(b) RETURN a.name',       # variable length
    'MATCH (a)-[r]->(b) RETURN a',                         # a whole node
    'MATCH (a)-[r]->(b) RETURN r.weight + 1',              # arithmetic
    'MATCH p = (a)-[r]->(b) RETURN a.name',                # a path variable
    'MATCH (a)-[r]->(b) MATCH (b)-[s]->(c) RETURN a.name',  # two MATCH clauses
    'MATCH (a)-[r]->(b), (c) RETURN a.name',               # two patterns
    'MATCH (a)-[r]->(b) WHERE a.name = "x" XOR b.name = "y" RETURN a.name',
    'MATCH (a)-[r]->(b)-[s]->(c)-[t]->(d)-[u]->(e) RETURN a.name',  # longer than 3
    'MATCH (a)-[r]->(b) RETURN COUNT(r) AS n ORDER BY a.name',      # Neo4j: not in scope after aggregation
])
def test_other_shapes_are_left_to_grand_cypher(query: str) -> None:
    assert not _parses(query)


def test_a_fallback_query_still_answers() -> None:
    q = 'MATCH (a:Actor)-[r:MEETS*2]->(b:Actor) WHERE a.name <> b.name RETURN a.name, b.name ORDER BY a.name'
    assert not _parses(q)
    assert rows(q) == run_query(G, q, direct=False).rows


def test_a_value_it_does_not_cover_falls_back_at_run_time() -> None:
    g = _graph()
    for n, aliases in [("ru", ["Moscow", "the Kremlin"]), ("sy", ["Damascus"]), ("tr", ["Ankara"])]:
        g.nodes[n]["aliases"] = aliases
    q = 'MATCH (a:Country) RETURN a.name AS n, a.aliases AS al ORDER BY al'  # lists: not ordered here
    assert _parses(q)
    assert run_query(g, q).rows == run_query(g, q, direct=False).rows == [
        ["Turkey", ["Ankara"]], ["Syria", ["Damascus"]], ["Russia", ["Moscow", "the Kremlin"]]]


def test_simple_queries_never_load_grand_cypher() -> None:
    code = (
        "import sys\n"
        "from newsgraph.cypher.embedded import run_query\n"
        "from tests.test_cypher_direct import G\n"
        "assert run_query(G, 'MATCH (a)-[r]->(b) RETURN COUNT(r) AS n').rows == [[10]]\n"
        "assert 'grandcypher' not in sys.modules\n"
        "run_query(G, 'MATCH (a)-[*2]->(b) RETURN a.name')\n"
        "assert 'grandcypher' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


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


# --- the same rows as grand-cypher where the engines agree --------------------------------------

@pytest.fixture(scope="module")
def example_graph() -> nx.MultiDiGraph:
    import newsgraph.api as ng

    return ng.build([ROOT / "examples"]).graph


PARAMS = {"11_connections_via_one_actor": {"from": "Iran", "to": "Syria"}, "12_edges_by_weight": {"min_weight": 2}}


@pytest.mark.parametrize("q", analyst_queries(), ids=lambda q: q.name)
def test_analyst_queries_give_grand_cyphers_rows_on_real_extraction(example_graph, q) -> None:
    params = {**q.params, **PARAMS.get(q.name, {})}
    direct = run_query(example_graph, q.cypher, params)
    assert (direct.columns, direct.rows) == (lambda r: (r.columns, r.rows))(
        run_query(example_graph, q.cypher, params, direct=False))
