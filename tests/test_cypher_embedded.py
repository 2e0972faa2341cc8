"""Cypher on the embedded graph: what runs, and clear errors for what does not."""
from __future__ import annotations

import pytest

from newsgraph import KnowledgeGraph, QueryError
from tests.test_graph_store import triple


@pytest.fixture()
def kg() -> KnowledgeGraph:
    g = KnowledgeGraph()
    g.add_triples(
        [
            triple(),
            triple(s="Russia", o="Bashar al-Assad", ot="PERSON", date="2016-05-01", art="r1"),
            triple(s="Russia", o="Bashar al-Assad", ot="PERSON", date="2016-06-01", art="r2"),
            triple(s="Saudi Arabia", rel="ATTACKS", o="Houthis", date="2018-06-14", art="s1"),
            triple(s="Bashar al-Assad", st="PERSON", rel="LEADS", o="Syria", ot="COUNTRY", art="r1", start=40),
        ]
    )
    return g


def test_cypher_match_by_type_and_label(kg: KnowledgeGraph) -> None:
    rows = kg.query("MATCH (a:Country)-[r:SUPPORTS]->(b) RETURN a.name, b.name, r.weight ORDER BY r.weight DESC")
    assert rows[0] == {"a.name": "Russia", "b.name": "Bashar al-Assad", "r.weight": 2}
    assert {r["a.name"] for r in rows} == {"Russia", "Iran"}


def test_cypher_columns_in_return_order_and_aliases(kg: KnowledgeGraph) -> None:
    rows = kg.query("MATCH (a)-[r]->(b) RETURN b.name AS target, type(r) AS rel, a.name AS source ORDER BY target")
    assert list(rows[0]) == ["target", "rel", "source"]


def test_cypher_lower_case_aggregates_and_params(kg: KnowledgeGraph) -> None:
    rows = kg.query("MATCH (a)-[r]->(b) WHERE a.name = $name RETURN a.name, count(r)", {"name": "Russia"})
    assert rows == [{"a.name": "Russia", "count(r)": 1}]  # the column as written, as Neo4j names it


def test_cypher_date_range(kg: KnowledgeGraph) -> None:
    rows = kg.query("MATCH (a)-[r]->(b) WHERE r.class = 'conflictual' AND r.first_seen >= '2018-01-01' RETURN a.name, b.name")
    assert rows == [{"a.name": "Saudi Arabia", "b.name": "Houthis"}]


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (a {name: 'Russia'})-[r]->(b {name: 'Bashar al-Assad'}) RETURN a.name, r.weight",
        "MATCH (a:Country)-[r]->(b:Person) WHERE a.name = 'Russia' AND b.name = 'Bashar al-Assad' RETURN a.name, r.weight",
    ],
)
def test_cypher_both_ends_filtered_finds_the_edge(kg: KnowledgeGraph, query: str) -> None:
    rows = kg.query(query)
    assert rows == [{"a.name": "Russia", "r.weight": 2}]


def test_cypher_parameter_values_are_data_not_code(kg: KnowledgeGraph) -> None:
    rows = kg.query("MATCH (a) WHERE a.name = $name RETURN a.name", {"name": "x\"}) RETURN a //"})
    assert rows == []


@pytest.mark.parametrize(
    "query,needle",
    [
        ("MATCH (a) DETACH DELETE a", "read-only"),
        ("CREATE (a:Actor {name: 'x'})", "read-only"),
        ("MATCH (a) SET a.name = 'x' RETURN a", "read-only"),
        ("MATCH (a) CALL db.labels() YIELD label RETURN label", "CALL procedures"),
        ("MATCH (a) CALL { RETURN 1 AS x } RETURN x", "CALL { } subqueries"),
        ("MATCH (a) RETURN id(a)", "id()"),
        ("MATCH (a) // skip with case\nRETURN a.name, apoc.text.join(['x'], ',')", "apoc.text.join()"),
        ("LOAD CSV FROM 'file:///x' AS row RETURN row", "read-only"),
        ("MATCH (a RETURN a", "invalid or unsupported Cypher"),
        ("MATCH (a) WHERE a.name = $missing RETURN a.name", "$missing"),
    ],
)
def test_cypher_unsupported_or_invalid_gets_clear_error(kg: KnowledgeGraph, query: str, needle: str) -> None:
    with pytest.raises(QueryError, match=None) as exc:
        kg.query(query, {} if "$missing" in query else None)
    assert needle in str(exc.value)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (a) OPTIONAL MATCH (a)-[r]->(b) RETURN a.name",
        "MATCH (a) WITH a RETURN a.name",
        "MATCH (a)-[r]->(b) RETURN a.name, collect(b.name)",
        "MATCH p = shortestPath((a {name: 'Russia'})-[*]-(b {name: 'Iran'})) RETURN p",
        "MATCH (a {name: 'Russia'})-[r]-(b) RETURN b.name",
        "MATCH (a) RETURN a.name SKIP 1",
        "MATCH (a) WHERE a.name STARTS WITH 'R' RETURN a.name",
        "MATCH (a) // a comment with skip, with and case\nRETURN a.name /* CREATE */",
    ],
)
def test_cypher_formerly_refused_features_now_run(kg: KnowledgeGraph, query: str) -> None:
    kg.query(query)  # runs (the rows are checked against Neo4j in test_neo4j_parity.py)


def test_cypher_strings_containing_keywords_are_fine(kg: KnowledgeGraph) -> None:
    assert kg.query("MATCH (a) WHERE a.name = 'DELETE WITH SKIP' RETURN a.name") == []


def test_cli_query_limits_and_cartesian_warning(kg: KnowledgeGraph, tmp_path) -> None:
    from typer.testing import CliRunner

    from newsgraph.cli import app

    path = tmp_path / "g.json"
    kg.save(path)
    runner = CliRunner()
    q = "MATCH (a) MATCH (b) MATCH (c) RETURN a.name, b.name, c.name"
    res = runner.invoke(app, ["query", str(path), q, "--max-rows", "50"])
    assert res.exit_code != 0
    assert "Cartesian product" in res.output and "--max-rows" in res.output
    res = runner.invoke(app, ["query", str(path), q, "--max-rows", "1000", "-f", "json"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["query", str(path), "MATCH (a) RETURN count(*) AS n", "--timeout", "5", "-f", "json"])
    assert res.exit_code == 0 and "6" in res.output
