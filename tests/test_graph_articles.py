"""An edge counts distinct articles beside its mentions: a headline and a lead repeating a relation
are 2 mentions of 1 article — in the embedded graph, its filters, its file and in Neo4j."""
from __future__ import annotations

import json

import pytest
from test_graph_store import triple
from test_neo4j_support import store  # noqa: F401

from newsgraph import KnowledgeGraph
from newsgraph.graph.filters import filter_graph
from newsgraph.graph.io import from_dict, load_graph, to_dict
from newsgraph.graph.store import edge_totals

HEADLINE = "Iran backs Houthis."
LEAD = "Iran supports the Houthis, officials said."


def _mentions():
    """a1: headline + lead (2 mentions, 1 article); a2 (2020) and a0 (2018): one mention each."""
    return [triple(art="a1", start=0, sentence=HEADLINE, date="2019-03-01"),
            triple(art="a1", start=40, sentence=LEAD, date="2019-03-01"),
            triple(art="a2", start=0, date="2020-01-05"),
            triple(art="a0", start=0, date="2018-07-30")]


def _edge(kg):
    (_, _, d), = kg.graph.edges(data=True)
    return d


@pytest.mark.parametrize("order", [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]])
def test_graph_edge_counts_articles_and_mentions_in_any_order(order):
    ts = _mentions()
    kg = KnowledgeGraph()
    for i in order:  # one at a time: the incremental count
        kg.add_triples([ts[i]])
    d = _edge(kg)
    assert (d["weight"], d["articles"]) == (4, 3)
    assert edge_totals(d["evidence"])["articles"] == 3
    assert kg.add_triples(ts) == 0 and (d["weight"], d["articles"]) == (4, 3)  # ingesting again changes nothing


def test_graph_articles_in_filters_and_graph_file(tmp_path):
    kg = KnowledgeGraph()
    kg.add_triples(_mentions())
    d = _edge(KnowledgeGraph(filter_graph(kg.graph, since="2019", until="2019")))
    assert (d["weight"], d["articles"]) == (2, 1)
    assert load_graph(kg.save(tmp_path / "g.json")).edges["country:iran", "group:houthis", "SUPPORTS"]["articles"] == 3


def test_graph_file_without_article_counts_still_loads_and_merges():
    kg = KnowledgeGraph()
    kg.add_triples(_mentions()[:2])
    doc = json.loads(json.dumps(to_dict(kg.graph), default=sorted))
    for e in doc["edges"]:
        del e["articles"]  # as written before edges counted articles
    old = KnowledgeGraph(from_dict(doc))
    assert _edge(old)["articles"] == 1
    old.add_triples(_mentions()[2:])
    assert (_edge(old)["weight"], _edge(old)["articles"]) == (4, 3)


@pytest.mark.neo4j
def test_neo4j_relationship_counts_articles_and_stays_idempotent(store):  # noqa: F811
    kg = KnowledgeGraph()
    kg.add_triples(_mentions()[:2])
    store.push_graph(kg.graph)
    q = "MATCH (:Actor {name: 'Iran'})-[r:SUPPORTS]->(:Actor {name: 'Houthis'}) RETURN r.weight, r.articles"
    assert store.query(q).rows == [[2, 1]]
    kg.add_triples(_mentions()[2:])
    store.push_graph(kg.graph, batch_size=1)
    store.push_graph(kg.graph)
    assert store.query(q).rows == [[4, 3]]
    assert to_dict(store.read_graph()) == to_dict(kg.graph)


@pytest.mark.neo4j
def test_neo4j_label_marks_denials_and_claims_for_the_browser_style(store):  # noqa: F811
    from export_sample import sample_graph

    store.push_graph(sample_graph())
    rows = store.query("MATCH (:Actor {name: 'Peru'})-[r]->(:Actor {name: 'Chile'}) RETURN r.label ORDER BY r.label").rows
    assert [r[0] for r in rows] == ["CRITICIZES (claim)", "MEETS", "NOT SUPPORTS"]
