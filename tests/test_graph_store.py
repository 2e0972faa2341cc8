"""The embedded graph: idempotent merging, evidence, weights, dates, save/load round trip."""
from __future__ import annotations

import json

import pytest

from newsgraph import GraphFormatError, KnowledgeGraph, Triple
from newsgraph.graph.io import load_graph


def triple(s="Iran", st="COUNTRY", rel="SUPPORTS", o="Houthis", ot="GROUP", art="a1", start=0, date=None, negated=False, sentence="Iran supports the Houthis."):
    return Triple(subject_country="IRN" if s == "Iran" else None,
        subject=s, subject_type=st, relation=rel, object=o, object_type=ot, negated=negated, attributed_to=None,
        confidence=0.8, article_id=art, sentence=sentence, char_start=start, char_end=start + len(sentence),
        source="x.txt", date=date, subject_mention=s, object_mention=o,
    )


def test_graph_merge_is_idempotent() -> None:
    kg = KnowledgeGraph()
    ts = [triple(), triple(art="a2", date="2019-03-01"), triple(rel="ATTACKS", o="Saudi Arabia", ot="COUNTRY")]
    assert kg.add_triples(ts) == 3
    before = json.dumps(kg.graph.edges(data=True, keys=True).__iter__().__next__()[3], default=str)
    assert kg.add_triples(ts) == 0
    assert kg.graph.number_of_edges() == 2
    assert json.dumps(next(iter(kg.graph.edges(data=True, keys=True)))[3], default=str) == before


def test_graph_edge_weight_evidence_and_dates() -> None:
    kg = KnowledgeGraph()
    kg.add_triples([triple(art="a1", date="2019-03-05"), triple(art="a2", date="2019-01-02"), triple(art="a3")])
    (u, v, k, d), = kg.graph.edges(keys=True, data=True)
    assert (u, v, k) == ("country:iran", "group:houthis", "SUPPORTS")
    assert d["weight"] == 3 and len(d["evidence"]) == 3
    assert d["first_seen"] == "2019-01-02" and d["last_seen"] == "2019-03-05"
    assert d["class"] == "cooperative" and d["__labels__"] == {"SUPPORTS"}
    assert kg.graph.nodes["country:iran"]["country"] == "IRN"
    assert kg.graph.nodes["group:houthis"]["__labels__"] == {"Actor", "Group"}


def test_graph_negated_mentions_are_a_separate_edge() -> None:
    kg = KnowledgeGraph()
    kg.add_triples([triple(), triple(art="a2", negated=True)])
    keys = sorted(k for _, _, k in kg.graph.edges(keys=True))
    assert keys == ["SUPPORTS", "SUPPORTS:NEG"]
    assert kg.edges() == [("Iran", "SUPPORTS", "Houthis")]


def test_graph_aliases_accumulate() -> None:
    kg = KnowledgeGraph()
    t1 = triple()
    t2 = triple(art="a2").model_copy(update={"subject_mention": "Tehran"})
    kg.add_triples([t1, t2])
    assert kg.graph.nodes["country:iran"]["aliases"] == ["Iran", "Tehran"]
    assert kg.actor("Tehran").name == "Iran"


def test_graph_save_load_round_trip(tmp_path) -> None:
    kg = KnowledgeGraph()
    kg.add_triples([triple(), triple(rel="ATTACKS", o="Aden", ot="LOCATION", date="2020-02-02", art="b")])
    path = kg.save(tmp_path / "g.json")
    again = KnowledgeGraph.load(path)
    assert again == kg
    assert again.graph.nodes["location:aden"]["__labels__"] == {"Actor", "Location"}
    assert path.read_bytes() == again.save(tmp_path / "g2.json").read_bytes()


def test_graph_save_is_atomic(tmp_path) -> None:
    kg = KnowledgeGraph()
    kg.add_triples([triple()])
    target = kg.save(tmp_path / "g.json")
    original = target.read_bytes()

    class Boom(KnowledgeGraph):
        pass

    bad = Boom()
    bad.graph.add_node("x", name="x", type="PERSON", aliases=[], country=None, articles=[], mentions=0, bad=object())
    with pytest.raises(TypeError):
        bad.save(target)
    assert target.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


@pytest.mark.parametrize(
    "content,message",
    [
        ("not json", "not valid JSON"),
        ('{"format": "other"}', "not a newsgraph graph file"),
        ('{"format": "newsgraph-graph", "version": 99}', "unsupported graph file version"),
        ('{"format": "newsgraph-graph", "version": 1, "nodes": [{"id": "a"}], "edges": []}', "malformed graph file"),
    ],
)
def test_graph_load_rejects_bad_files(tmp_path, content: str, message: str) -> None:
    p = tmp_path / "g.json"
    p.write_text(content)
    with pytest.raises(GraphFormatError, match=message):
        load_graph(p)


def test_graph_load_missing_file(tmp_path) -> None:
    with pytest.raises(GraphFormatError, match="no such graph file"):
        load_graph(tmp_path / "nope.json")
