"""GraphML, CSV (neo4j-admin headers) and node-link JSON: write, read back, compare."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from export_sample import sample_graph

from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.export import FORMATS, export, write_csv, write_graphml, write_json
from newsgraph.graph.export.tables import EDGE_HEADER, NODE_HEADER
from newsgraph.graph.filters import filter_graph


@pytest.fixture
def g() -> nx.MultiDiGraph:
    return sample_graph()


def _edge_index(g):
    return {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}


# -- GraphML ------------------------------------------------------------------


def test_graphml_round_trip_through_networkx(g, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    h = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(h, nx.MultiDiGraph)
    assert set(h.nodes) == set(g.nodes)
    for n, d in g.nodes(data=True):
        hd = h.nodes[n]
        assert (hd["name"], hd["label"], hd["type"], hd["mentions"]) == (d["name"], d["name"], d["type"], d["mentions"])
        assert hd["aliases"].split("|") == d["aliases"]
        assert hd["articles"].split("|") == d["articles"]
        assert hd.get("country") == d["country"]  # None is simply absent
    got = {(u, v, d["key"]): d for u, v, d in h.edges(data=True)}
    want = _edge_index(g)
    assert set(got) == set(want)
    for key, d in want.items():
        hd = got[key]
        assert hd["type"] == d["type"] and hd["class"] == d["class"] and hd["negated"] is d["negated"]
        assert hd["weight"] == d["weight"] and hd["evidence_count"] == len(d["evidence"])
        assert hd.get("first_seen") == d["first_seen"] and hd.get("last_seen") == d["last_seen"]
        assert hd["confidence"] == pytest.approx(d["confidence"])
        assert json.loads(hd["evidence"]) == d["evidence"]


def test_graphml_has_unique_edge_ids_and_no_none(g):
    buf = io.BytesIO()
    write_graphml(g, buf)
    text = buf.getvalue().decode("utf-8")
    assert ">None<" not in text
    from lxml import etree

    root = etree.fromstring(buf.getvalue())
    ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == g.number_of_edges()


# -- CSV ----------------------------------------------------------------------


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def test_csv_round_trip(g, tmp_path):
    nodes_path, edges_path = write_csv(g, tmp_path / "csv")
    header, nodes = _read(nodes_path)
    assert header == NODE_HEADER and header[0].endswith(":ID") and ":LABEL" in header
    assert len(nodes) == g.number_of_nodes()
    for row in nodes:
        d = g.nodes[row["id:ID"]]
        assert row["name"] == d["name"] and row["type"] == d["type"]
        assert row[":LABEL"].split(";")[0] == "Actor"
        assert int(row["mentions:int"]) == d["mentions"]
        assert row["country"] == (d["country"] or "")
        assert row["articles:string[]"].split(";") == d["articles"]
    peru = next(r for r in nodes if r["id:ID"] == "country:peru")
    assert peru[":LABEL"] == "Actor;Country"
    assert peru["aliases:string[]"].split(";") == g.nodes["country:peru"]["aliases"]
    rebels = next(r for r in nodes if r["id:ID"] == "group:andean-rebels")
    # ';' is the array delimiter: an alias containing it is written with ',' instead
    assert 'the "Andean" fighters, north, east' in rebels["aliases:string[]"].split(";")

    header, edges = _read(edges_path)
    assert header == EDGE_HEADER and header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    want = _edge_index(g)
    got = {(r[":START_ID"], r[":END_ID"], r["key"]): r for r in edges}
    assert set(got) == set(want)
    for key, d in want.items():
        r = got[key]
        assert r[":TYPE"] == d["type"] and r["class"] == d["class"]
        assert r["negated:boolean"] == ("true" if d["negated"] else "false")
        assert int(r["weight:int"]) == d["weight"] == int(r["evidence_count:int"])
        assert r["first_seen:date"] == (d["first_seen"] or "")
        assert json.loads(r["evidence"]) == d["evidence"]
        assert r["article_ids:string[]"].split(";") == list(dict.fromkeys(e["article_id"] for e in d["evidence"]))
        assert int(r["articles:int"]) == d["articles"] == len(set(r["article_ids:string[]"].split(";")))
    assert "None" not in nodes_path.read_text() + edges_path.read_text()


def test_csv_records_are_single_lines(tmp_path):
    g = sample_graph()
    g.nodes["country:peru"]["aliases"].append("Lima\ngovernment")
    _, edges_path = write_csv(g, tmp_path)
    nodes_text = (tmp_path / "nodes.csv").read_text(encoding="utf-8")
    assert len(nodes_text.splitlines()) == g.number_of_nodes() + 1
    assert len(edges_path.read_text(encoding="utf-8").splitlines()) == g.number_of_edges() + 1


# -- node-link JSON ------------------------------------------------------------


def test_json_round_trip(g, tmp_path):
    path = tmp_path / "g.json"
    write_json(g, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"] and "links" in data
    h = nx.node_link_graph(data, edges="links")
    assert isinstance(h, nx.MultiDiGraph)
    strip = lambda d: {k: v for k, v in d.items() if k != "__labels__"}  # noqa: E731
    assert {n: strip(d) for n, d in h.nodes(data=True)} == {n: strip(d) for n, d in g.nodes(data=True)}
    assert {(u, v, k): strip(d) for u, v, k, d in h.edges(keys=True, data=True)} == {
        k: strip(d) for k, d in _edge_index(g).items()}


def test_json_to_open_text_and_binary_file(g):
    t, b = io.StringIO(), io.BytesIO()
    write_json(g, t)
    write_json(g, b)
    assert json.loads(t.getvalue()) == json.loads(b.getvalue().decode("utf-8"))


# -- export() -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_applies_filters(fmt, g, tmp_path):
    dest = tmp_path / f"out{FORMATS[fmt]}"
    sub = export(g, fmt, dest, classes="conflictual", since="2016", until="2016")
    assert {d["type"] for _, _, d in sub.edges(data=True)} == {"ATTACKS", "CRITICIZES"}
    assert (dest / "edges.csv").exists() if fmt == "csv" else dest.stat().st_size > 0


def test_export_rejects_unknown_format_and_csv_to_stream(g):
    with pytest.raises(NewsgraphError):
        export(g, "dot", io.BytesIO())
    with pytest.raises(NewsgraphError):
        export(g, "csv", io.StringIO())


def test_export_of_empty_selection_writes_valid_empty_files(g, tmp_path):
    sub = filter_graph(g, types="SANCTIONS")
    assert sub.number_of_nodes() == 0
    write_graphml(sub, tmp_path / "e.graphml")
    assert nx.read_graphml(tmp_path / "e.graphml").number_of_nodes() == 0
