"""Article text never becomes Cypher: hostile names and sentences are plain data in every backend.

Names and sentences built from Cypher fragments, quotes, backticks, ``$param``
look-alikes, comments, line breaks and unicode escapes go (1) into the embedded
graph and its file, (2) into the real Neo4j by a push, (3) through the Cypher
script export loaded into the real Neo4j, and (4) from an article file through
``newsgraph build -o --neo4j``. Each time the graph read back is exactly the graph
merged in memory, and what was in the database before is still there. Labels and
relationship types only ever come from the ontology.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from test_neo4j_support import (  # noqa: F401
    INJECTION,
    PASSWORD,
    URI,
    T,
    graph_of,
    hostile_triples,
    store,
)

from newsgraph.core.models import Triple
from newsgraph.core.ontology import ActorType, RelationType
from newsgraph.graph.io import load_graph, save_graph, to_dict
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.graph.neo4j import statements as Q
from newsgraph.graph.neo4j.script import load_script, write_cypher_script

FRAGMENTS = [
    INJECTION, "'", '"', "`", "\\", "\\'", '\\"', "}", "{", ")", "(", "]", "[", "//", "/*", "*/", ";", ":", ",",
    "$rows", "$ids", "$param", "$1", "{rows}", "\n", "\r", "\r\n", "\t", "\\u0041", "\\u0027", "\\n", "\u2028", "\x00",
    "\x1b", "\ufeff", "😀", "Ḩ", "\u202e", " ", "MATCH (n) DETACH DELETE n", "RETURN 1", "CALL db.clearQueryCaches()",
    "CREATE (:Intruder)", "}) SET n.pwned = true WITH n MATCH (m", "-[:ATTACKS]->", "Russia",
]
HOSTILE = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), min_size=1, max_size=6).map("".join)
TYPES = st.sampled_from([t.value for t in ActorType])
RELS = st.sampled_from([r.value for r in RelationType])
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@st.composite
def hostile_graph_triples(draw: st.DrawFn) -> list[Triple]:
    out = []
    for i in range(draw(st.integers(1, 5))):
        sent = draw(HOSTILE)
        out.append(T(draw(HOSTILE), draw(TYPES), draw(RELS), draw(HOSTILE), draw(TYPES), art=f"h{i % 2}",
                     start=10 * i, sent=sent or "x", sm=draw(HOSTILE), om=draw(HOSTILE), att=draw(st.none() | HOSTILE),
                     neg=draw(st.booleans()), date=draw(st.sampled_from([None, "", "2016-11-29", "2017-01-05"]))))
    return out


def _only_model_labels_and_types(store) -> None:
    labels = {tuple(sorted(r[0])) for r in store.query("MATCH (n) RETURN DISTINCT labels(n)").rows}
    allowed = {tuple(sorted(("Actor", lab))) for lab in Q.ACTOR_LABELS.values()} | {(x,) for x in Q.EVIDENCE_LABELS}
    assert labels <= allowed | {("Canary",)}, labels
    types = {r[0] for r in store.query("MATCH ()-[r]->() RETURN DISTINCT type(r)").rows}
    assert types <= set(Q.REL_TYPES) | set(Q.EVIDENCE_RELS), types


def _plant_canary(store) -> None:
    store.query("CREATE (:Canary {v: 'still here'})", write=True)


def _canary_alive(store) -> None:
    assert store.query("MATCH (c:Canary) RETURN c.v").rows == [["still here"]]
    assert store.query("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)").rows == [[0]]


# --- the model: only the ontology's types -----------------------------------------------------

@pytest.mark.parametrize("field, value", [
    ("relation", "ATTACKS]->(b) DETACH DELETE b //"), ("relation", "attacks"), ("relation", "FRIENDS_WITH"),
    ("subject_type", "Country`:Admin"), ("object_type", "PERSON {x: 1}"), ("object_type", ""),
])
def test_security_model_rejects_types_outside_the_ontology(field: str, value: str) -> None:
    good = T("Russia", "COUNTRY", "ATTACKS", "Aleppo", "LOCATION").model_dump()
    with pytest.raises(ValidationError):
        Triple(**{**good, field: value})


@pytest.mark.parametrize("value", ["SUPPORTS]->() DETACH DELETE n //", "Intruder", "SUPPORTS`", "supports"])
def test_security_statement_builders_refuse_names_outside_the_ontology(value: str) -> None:
    with pytest.raises(ValueError):
        Q.merge_edges(value)
    with pytest.raises(ValueError):
        Q.set_actor_label(value)


# --- embedded graph ---------------------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile_graph_triples())
def test_security_embedded_graph_keeps_hostile_text_as_data(tmp_path_factory: pytest.TempPathFactory, triples: list[Triple]) -> None:
    kg = KnowledgeGraph()
    kg.add_triples(triples)
    path = kg.save(tmp_path_factory.mktemp("g") / "g.json")
    again = KnowledgeGraph.load(path)
    assert to_dict(again.graph) == to_dict(kg.graph)
    for node, data in kg.graph.nodes(data=True):  # each name found by a parameter, exactly
        rows = again.query("MATCH (a:Actor) WHERE a.name = $n RETURN a.id AS id", {"n": data["name"]})
        same = sorted(n for n, d in kg.graph.nodes(data=True) if d["name"] == data["name"])
        assert sorted(r["id"] for r in rows) == same
    assert KnowledgeGraph.load(path).graph.number_of_nodes() == kg.graph.number_of_nodes()


def test_security_embedded_id_property_is_the_node_key() -> None:
    """``a.id`` was null on the embedded graph (the key is no attribute): a silent wrong answer."""
    kg = KnowledgeGraph()
    kg.add_triples(hostile_triples())
    rows = kg.query("MATCH (a:Actor {id: $id})-[r]->(b:Actor) RETURN a.id AS a, b.id AS b", {"id": "group:param-front"})
    assert rows == [{"a": "group:param-front", "b": "country:russia"}]
    assert "id" not in kg.graph.nodes["group:param-front"]  # the graph itself is not changed


# --- Neo4j: push, and the Cypher script -------------------------------------------------------

@pytest.mark.neo4j
@SETTINGS
@given(hostile_graph_triples())
def test_security_neo4j_push_keeps_hostile_text_as_data(store, triples: list[Triple]) -> None:
    store.clear()
    _plant_canary(store)
    g = graph_of(triples)
    store.push_graph(g, batch_size=2)
    assert to_dict(store.read_graph()) == to_dict(g)
    _canary_alive(store)
    _only_model_labels_and_types(store)


@pytest.mark.neo4j
@settings(SETTINGS, max_examples=6)
@given(hostile_graph_triples())
def test_security_cypher_script_keeps_hostile_text_as_data(store, triples: list[Triple]) -> None:
    store.clear()
    _plant_canary(store)
    g = graph_of(triples)
    buf = io.StringIO()
    write_cypher_script(g, buf, batch_size=2)
    load_script(store, buf.getvalue())
    assert to_dict(store.read_graph()) == to_dict(g)
    _canary_alive(store)
    _only_model_labels_and_types(store)


@pytest.mark.neo4j
def test_security_hostile_parameters_in_neo4j_queries_are_values(store) -> None:
    store.push_graph(graph_of(hostile_triples()))
    name = f"O'Brien {INJECTION}"
    rows = store.query("MATCH (a:Actor {name: $n}) RETURN a.name", {"n": name}).rows
    assert rows == [[name]]
    for hostile in (INJECTION, "x' OR 1=1 //", "`) DETACH DELETE n //", "$n"):
        assert store.query("MATCH (a:Actor {name: $n}) RETURN a.name", {"n": hostile}).rows == []
    assert store.counts()["actors"] == graph_of(hostile_triples()).number_of_nodes()


HOSTILE_ARTICLE = f"""Hostile Names Test

MOSCOW (Reuters) - Russia backs Syrian President Bashar al-Assad, officials said on Nov. 29, 2016, quoting "{INJECTION}".

Iran arms the Houthis, who control the port of Hodeidah, `MATCH (n) DETACH DELETE n` said a banner; $rows and \\u0041 too.

Turkey attacked Kurdish fighters near Afrin'}}) SET n.pwned = true // on Monday.
"""


@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_build_from_hostile_article_into_both_backends(store, tmp_path: Path) -> None:
    """`build -o --neo4j` on an article full of Cypher: the file and the database hold the same graph."""
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    _plant_canary(store)
    out = tmp_path / "g.json"
    proc = subprocess.run(
        [sys.executable, "-m", "newsgraph", "build", str(article), "-o", str(out), "--neo4j", URI],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "NEO4J_PASSWORD": PASSWORD, "CI": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    g = load_graph(out)
    assert g.number_of_edges() >= 3
    sentences = [ev["sentence"] for _, _, d in g.edges(data=True) for ev in d["evidence"]]
    assert any("'})" in s for s in sentences) and any("`MATCH (n) DETACH DELETE n`" in s for s in sentences)
    assert to_dict(store.read_graph()) == to_dict(g)
    _canary_alive(store)
    _only_model_labels_and_types(store)
    save_graph(g, tmp_path / "again.json")  # and the file round-trips byte for byte
    assert (tmp_path / "again.json").read_bytes() == out.read_bytes()
