"""45 everyday analyst queries over the actor layer (the server also holds the evidence layer,
:Article/:Sentence/:Mention, which the embedded graph keeps on its edges, so patterns that could
reach it name :Actor or the relationship types), as written for the Neo4j Browser (not the shipped suite of
cypher/queries/), and every Cypher example of docs/cypher.md: identical rows on the embedded
engine and on the real Neo4j server (order-insensitive unless the query orders its rows).
Measured: run ``pytest -q tests/test_neo4j_parity_analyst.py -rA``."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_neo4j_parity import both  # noqa: F401 -- the same graph embedded and in Neo4j, one fixture for both suites
from test_neo4j_support import base_triples, graph_of, hostile_triples, more_triples

from newsgraph.core.errors import QueryError
from newsgraph.cypher.embedded import run_query

ROOT = Path(__file__).resolve().parents[1]

ANALYST = [
    "MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) WHERE r.negated = false RETURN a.name AS supporter, b.name AS supported ORDER BY supporter, supported",
    "MATCH (a:Actor {name: 'Russia'})-[r]-(b:Actor) RETURN b.name AS neighbour, type(r) AS rel ORDER BY neighbour, rel",
    "MATCH (a:Actor {name: 'Iran'})-[*1..2]->(b:Actor) RETURN DISTINCT b.name AS reached ORDER BY reached",
    "MATCH p = (a:Actor {name: 'Turkey'})-[*2..3]-(b:Actor) WHERE b <> a AND all(n IN nodes(p) WHERE n:Actor) RETURN DISTINCT b.name AS name ORDER BY name",
    "MATCH (a:Actor {name: 'Vladimir Putin'}), (b:Actor {name: 'Hezbollah'}), p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS hops",
    "MATCH (a:Actor)-[r]->(b:Actor) WITH a, count(r) AS out RETURN a.name AS actor, out ORDER BY out DESC, actor LIMIT 5",
    "MATCH (a:Actor)-[r]->(b:Actor) WITH a, collect(DISTINCT b.name) AS targets RETURN a.name AS actor, size(targets) AS n ORDER BY n DESC, actor LIMIT 5",
    "MATCH (a:Country) OPTIONAL MATCH (a)-[r:ATTACKS]->(t) RETURN a.name AS country, count(t) AS attacks ORDER BY country",
    "UNWIND ['Russia', 'Iran', 'Nowhere'] AS name OPTIONAL MATCH (a:Actor {name: name}) RETURN name, a.type AS type ORDER BY name",
    "MATCH (a:Actor)-[r]->(b) RETURN a.name AS actor, CASE r.class WHEN 'conflictual' THEN 'hostile' WHEN 'cooperative' THEN 'friendly' ELSE 'other' END AS tone, count(*) AS n ORDER BY actor, tone",
    "MATCH (a:Actor) WHERE toLower(a.name) STARTS WITH 'syr' RETURN a.name AS name",
    "MATCH (a:Actor) WHERE a.name ENDS WITH 'State' OR a.name CONTAINS 'Nations' RETURN a.name AS name ORDER BY name",
    "MATCH (a:Actor)-[r]->(b) WITH a, collect(type(r)) AS types WHERE any(t IN types WHERE t = 'ATTACKS') RETURN a.name AS attacker ORDER BY attacker",
    "MATCH (a:Actor)-[r]->(b) WITH a.name AS actor, collect(b.name) AS objects RETURN actor, size([x IN objects WHERE x STARTS WITH 'B' | toUpper(x)]) AS b_objects ORDER BY actor",
    "MATCH (a:Actor {name: 'Russia'}) RETURN labels(a) AS labels",
    "MATCH (a:Actor {name: 'Russia'})-[r:ALLIED_WITH]->(b) RETURN properties(r)['weight'] AS w, r.first_seen AS first, properties(b).name AS ally",
    "MATCH (a:Actor)-[:SUPPORTS]->(m), (m)-[:ATTACKS]->(t) RETURN a.name AS a, m.name AS m, t.name AS t ORDER BY a, m, t",
    "MATCH (a:Country), (b:Country) WHERE a.name < b.name AND NOT (a)--(b) RETURN a.name AS a, b.name AS b ORDER BY a, b",
    "MATCH (a:Actor) WHERE NOT (a)-->() RETURN a.name AS sink ORDER BY sink",
    "MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:SUPPORTS]->(:Person) } RETURN a.name AS backer ORDER BY backer",
    "MATCH (a:Actor) RETURN substring(a.name, 0, 3) AS prefix, count(*) AS n ORDER BY prefix",
    "MATCH (a:Actor)-[r]->(b) WHERE r.first_seen IS NOT NULL AND r.first_seen >= '2017-01-01' RETURN a.name AS a, type(r) AS t, b.name AS b ORDER BY a, t, b",
    "MATCH (a:Actor)-[r]->(b:Actor) RETURN count(DISTINCT a) AS subjects, count(DISTINCT b) AS objects, count(r) AS edges",
    "MATCH (a)-[r]->(b) WHERE date(r.first_seen) < date('2017-01-01') RETURN a.name AS a, b.name AS b, type(r) AS t ORDER BY a, b, t",
    "MATCH (a:Actor)-[r]->(b) WHERE r.negated RETURN a.name AS a, type(r) AS t, b.name AS b",
    "MATCH p = (a:Actor {name: 'Iran'})-[*1..3]->(b:Location) RETURN [n IN nodes(p) | n.name] AS route, length(p) AS hops ORDER BY hops, route",
    "MATCH p = (a:Actor)-[:SUPPORTS*2]->(c) RETURN a.name AS a, c.name AS c, [r IN relationships(p) | type(r)] AS types ORDER BY a, c",
    "MATCH (a:Actor)-[r]->(b) RETURN r.class AS class, sum(r.weight) AS mentions, min(r.first_seen) AS first, max(r.last_seen) AS last ORDER BY class",
    "MATCH (a:Actor) WITH a ORDER BY a.name WITH a.type AS type, collect(a.name) AS names RETURN type, names[0] AS first, size(names) AS n ORDER BY type",
    "MATCH (a:Actor)-[r]->(b) WITH a, count(*) AS deg WHERE deg >= 3 RETURN a.name AS hub, deg ORDER BY deg DESC, hub",
    "MATCH (a:Actor {name: 'United States'})-[r]->(b) RETURN type(r) AS rel, b.name AS target ORDER BY rel SKIP 1 LIMIT 2",
    "MATCH (a:Actor)-[r:ATTACKS]->(b) RETURN a.name AS name UNION MATCH (a:Actor)-[r:OPPOSES]->(b) RETURN a.name AS name",
    "MATCH (a:Actor)-[:ATTACKS]->(b) RETURN b.name AS name UNION ALL MATCH (a)-[:CONTROLS]->(b) RETURN b.name AS name",
    "MATCH (a:Actor) WHERE a.name IN ['Russia', 'Iran', 'Turkey'] RETURN a.name AS name, size(a.aliases) AS aliases ORDER BY name",
    "MATCH (a:Actor)-[r]->(b) WHERE type(r) IN ['SUPPORTS', 'PROVIDES_AID'] RETURN b.name AS beneficiary, count(DISTINCT a) AS backers ORDER BY backers DESC, beneficiary",
    "MATCH (a:Actor)-[r1:SUPPORTS]->(x)<-[r2:OPPOSES]-(b) RETURN a.name AS friend, x.name AS target, b.name AS foe ORDER BY friend, target, foe",
    "MATCH (a:Actor)-[r]->(b) RETURN a.name AS a, b.name AS b, coalesce(r.first_seen, 'unknown') AS since ORDER BY a, b, since",
    "MATCH (a:Actor)-[r]->() RETURN a.type AS type, toFloat(sum(r.weight)) / count(r) AS mean ORDER BY type",
    "MATCH (a:Actor) WHERE all(x IN a.aliases WHERE size(x) > 2) RETURN a.name AS name ORDER BY name",
    "MATCH (a:Actor) RETURN a.name AS name, [x IN a.aliases WHERE x <> a.name] AS other ORDER BY name",
    "MATCH (a:Actor)-[r]->(b) WITH type(r) AS t, count(*) AS n ORDER BY n DESC, t LIMIT 3 RETURN collect(t) AS top",
    "MATCH (a:Actor {name: 'Russia'})-[r]-(b:Actor) WITH b, count(r) AS links RETURN b.name AS b, links, CASE WHEN links > 1 THEN 'strong' ELSE 'weak' END AS tie ORDER BY b",
    "MATCH (a:Actor {name: 'Vladimir Putin'}), (b:Actor {name: 'Aleppo'}) MATCH p = allShortestPaths((a)-[:LEADS|ATTACKS|SUPPORTS|CONTROLS|OPPOSES|ALLIED_WITH*]-(b)) RETURN length(p) AS hops, count(p) AS paths",
    "MATCH (a:Actor)-[r]->(b) WHERE r.weight > 1 RETURN a.name + ' -> ' + b.name AS edge, r.weight AS w ORDER BY w DESC, edge",
    "MATCH (a:Actor)-[r]->(b:Actor) WHERE a.type = 'COUNTRY' AND b.type <> 'COUNTRY' RETURN a.name AS country, count(DISTINCT b.type) AS kinds ORDER BY country",
]


def docs_examples() -> list[str]:
    """Every ```cypher block of docs/cypher.md (one query each)."""
    text = (ROOT / "docs" / "cypher.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```cypher\n(.*?)```", text, re.DOTALL)]


def _rows(res: Any, query: str) -> Any:
    if re.search(r"\bORDER\s+BY\b", query, re.IGNORECASE) and not re.search(r"\bUNION\b", query, re.IGNORECASE):
        return res.rows
    return sorted(res.rows, key=repr)




def test_there_are_45_analyst_queries_and_docs_examples() -> None:
    assert len(ANALYST) == 45 and len(set(ANALYST)) == 45
    assert len(docs_examples()) >= 8


@pytest.mark.parametrize("query", ANALYST + docs_examples())
def test_runs_embedded_without_refusal(query: str) -> None:
    g = graph_of(base_triples() + more_triples() + hostile_triples())
    run_query(g, query)


@pytest.mark.neo4j
@pytest.mark.parametrize("query", ANALYST + docs_examples())
def test_identical_rows_on_neo4j(both, query: str) -> None:
    g, st = both
    try:
        embedded = run_query(g, query)
    except QueryError as exc:  # a refusal is allowed, never a different answer
        pytest.skip(f"refused: {exc}")
    server = st.query(query)
    assert embedded.columns == server.columns
    assert _rows(embedded, query) == _rows(server, query)
