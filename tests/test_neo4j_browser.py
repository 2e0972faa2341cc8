"""The Neo4j Browser files: the style covers the ontology, every starter query runs on the real server."""
from __future__ import annotations

import re

import pytest
from test_neo4j_support import base_triples, graph_of, store  # noqa: F401

from newsgraph.core.ontology import ACTOR_LABEL, RelationType
from newsgraph.cypher.suite import SUITE_DIR
from newsgraph.graph.neo4j.script import split_statements

BROWSER = SUITE_DIR.parent / "browser"
PARAMS = {"name": "Russia", "subject": "Russia", "object": "Bashar al-Assad", "from": "Turkey", "to": "Iran"}


def test_style_has_a_colour_and_caption_per_actor_type_and_relation():
    grass = (BROWSER / "style.grass").read_text(encoding="utf-8")
    rules = dict(re.findall(r"(node\.\w+|relationship\.\w+|node|relationship)\s*\{((?:[^{}]|\{\w+\})*)\}", grass))
    for label in ACTOR_LABEL.values():
        assert "color:" in rules[f"node.{label}"] and 'caption: "{name}"' in rules[f"node.{label}"]
    colours = {re.search(r"color:\s*(#\w+)", rules[f"node.{l}"]).group(1) for l in ACTOR_LABEL.values()}
    assert len(colours) == len(ACTOR_LABEL)
    assert 'caption: "<type>"' in rules["relationship"]
    for rel in RelationType:
        assert f"relationship.{rel.value}" in rules


@pytest.mark.neo4j
def test_neo4j_every_starter_query_runs(store):
    store.push_graph(graph_of(base_triples()))
    statements = split_statements((BROWSER / "starter-queries.cypher").read_text(encoding="utf-8"))
    assert len(statements) >= 10
    for stmt in statements:
        used = set(re.findall(r"\$(\w+)", stmt))
        res = store.query(stmt, {k: PARAMS[k] for k in used})
        assert res.columns, stmt
    why = store.query(statements[2], {"subject": "Russia", "object": "Bashar al-Assad"})
    assert any("Moscow backs Assad" in (row[5] or "") for row in why.rows)
