"""GEXF 1.3: schema-valid, complete, and readable back (networkx); Gephi itself in test_export_gephi.py."""
from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from export_sample import sample_graph
from lxml import etree

from newsgraph.graph.export import export, write_gexf
from newsgraph.graph.export.gexf import GEXF_NS, VIZ_NS
from newsgraph.graph.filters import filter_graph

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "gexf-1.3"
NS = {"g": GEXF_NS, "viz": VIZ_NS}


def _doc(g: nx.MultiDiGraph) -> etree._ElementTree:
    buf = io.BytesIO()
    write_gexf(g, buf)
    return etree.parse(io.BytesIO(buf.getvalue()))


def _xsd_view(doc: etree._ElementTree) -> etree._ElementTree:
    """The 1.3 XSD (generated from the RELAX NG) lost the viz namespace: it declares
    color/size/position in the main gexf namespace, while the RELAX NG, the GEXF
    primer and Gephi use ``http://gexf.net/1.3/viz``. For the XSD check, move viz
    elements into the main namespace; everything else is checked as written."""
    d = copy.deepcopy(doc)
    for el in d.iter("{%s}*" % VIZ_NS):
        el.tag = "{%s}%s" % (GEXF_NS, etree.QName(el).localname)
    etree.cleanup_namespaces(d)
    return d


needs_schemas = pytest.mark.skipif(not SCHEMAS.is_dir(), reason="../shared/schemas/gexf-1.3 not present")


@pytest.fixture(scope="module")
def rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf.rng")))


@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf.xsd")))


@needs_schemas
@pytest.mark.parametrize(
    "make",
    [
        lambda: sample_graph(),  # dynamic, with the negated edge
        lambda: filter_graph(sample_graph()),
        lambda: filter_graph(sample_graph(), types="LEADS"),  # no dates at all: static
        lambda: nx.MultiDiGraph(),  # empty
    ],
    ids=["all", "filtered", "static", "empty"],
)
def test_gexf_validates_against_gexf13_schemas(make, rng, xsd):
    doc = _doc(make())
    assert rng.validate(doc), rng.error_log
    assert xsd.validate(_xsd_view(doc)), xsd.error_log


@needs_schemas
def test_gexf_schema_check_is_not_vacuous(rng):
    doc = _doc(sample_graph())
    doc.getroot().find("g:graph", NS).set("name", "networkx writes this")
    assert not rng.validate(doc)


def test_gexf_nodes_edges_and_attributes():
    g = filter_graph(sample_graph())
    root = _doc(g).getroot()
    graph = root.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == ("dynamic", "date", "directed")
    titles = {a.get("id"): a.get("type") for a in graph.findall("g:attributes[@class='node']/g:attribute", NS)}
    assert titles == {"type": "string", "country": "string", "role": "string", "aliases": "liststring",
                      "mentions": "integer", "articles": "integer"}
    etitles = [a.get("id") for a in graph.findall("g:attributes[@class='edge']/g:attribute", NS)]
    assert {"relation", "class", "negated", "first_seen", "last_seen", "evidence_count"} <= set(etitles)

    nodes = {n.get("id"): n for n in graph.iterfind("g:nodes/g:node", NS)}
    assert set(nodes) == set(g.nodes)
    rebels = nodes["group:andean-rebels"]
    values = {a.get("for"): a.get("value") for a in rebels.iterfind("g:attvalues/g:attvalue", NS)}
    assert json.loads(values["aliases"]) == g.nodes["group:andean-rebels"]["aliases"]
    assert "country" not in values  # None is left out, not written
    # one spell per day seen (the days of its edges), not one interval 2016-02-10 .. 2017-01-15
    assert _spells(rebels) == [("2016-02-10", "2016-02-10"), ("2016-03-01", "2016-03-01"),
                               ("2016-05-03", "2016-05-03"), ("2017-01-15", "2017-01-15")]
    assert rebels.get("start") is None
    assert rebels.find("viz:color", NS).attrib == {"r": "156", "g": "117", "b": "95"}
    assert float(nodes["country:peru"].find("viz:size", NS).get("value")) > float(rebels.find("viz:size", NS).get("value"))
    # the undated actor stays static
    assert nodes["person:elena-marsh"].find("g:spells", NS) is None

    edges = graph.findall("g:edges/g:edge", NS)
    assert len(edges) == g.number_of_edges() == int(graph.find("g:edges", NS).get("count"))
    assert len({e.get("id") for e in edges}) == len(edges)
    peru_chile = sorted(e.get("kind") for e in edges if (e.get("source"), e.get("target")) == ("country:peru", "country:chile"))
    assert peru_chile == ["CRITICIZES", "MEETS"]  # parallel edges of different types survive
    attacks = next(e for e in edges if e.get("kind") == "ATTACKS")
    assert (attacks.get("label"), attacks.get("weight")) == ("ATTACKS", "2")
    assert _spells(attacks) == [("2016-03-01", "2016-03-01"), ("2017-01-15", "2017-01-15")]
    avals = {a.get("for"): a.get("value") for a in attacks.iterfind("g:attvalues/g:attvalue", NS)}
    assert avals["class"] == "conflictual" and avals["evidence_count"] == "2" and avals["negated"] == "false"
    assert (avals["articles"], avals["cameo"], avals["quad_class"], avals["goldstein"], avals["plover"]) == (
        "2", "190", "4", "-10.0", "ASSAULT")
    assert attacks.find("viz:shape", NS).get("value") == "solid"
    claim = next(e for e in edges if e.get("kind") == "CRITICIZES")  # its one mention is someone's claim
    assert claim.find("viz:shape", NS).get("value") == "dotted"
    assert {a.get("for"): a.get("value") for a in claim.iterfind("g:attvalues/g:attvalue", NS)}["claim"] == "true"
    assert attacks.find("viz:color", NS).attrib == {"r": "225", "g": "87", "b": "89"}
    leads = next(e for e in edges if e.get("kind") == "LEADS")
    assert leads.find("g:spells", NS) is None and leads.get("start") is None
    assert "cameo" not in {a.get("for") for a in leads.iterfind("g:attvalues/g:attvalue", NS)}  # structural: no event


def _spells(el):
    return [(s.get("start"), s.get("end")) for s in el.iterfind("g:spells/g:spell", NS)]


def test_gexf_edge_seen_on_two_days_of_one_article_counts_one_article():
    g = filter_graph(sample_graph())
    d = g.edges["country:chile", "group:andean-rebels", "SUPPORTS"]
    d["evidence"].append({**d["evidence"][0], "char_start": 900, "char_end": 950})  # a second mention in article a1
    d["weight"], d["articles"] = 3, 2
    root = _doc(g).getroot()
    edge = next(e for e in root.iterfind(".//g:edge", NS) if e.get("kind") == "SUPPORTS")
    vals = {a.get("for"): a.get("value") for a in edge.iterfind("g:attvalues/g:attvalue", NS)}
    assert (edge.get("weight"), vals["articles"], vals["evidence_count"]) == ("3", "2", "3")
    assert _spells(edge) == [("2016-02-10", "2016-02-10"), ("2016-05-03", "2016-05-03")]


def test_gexf_negated_edge_has_its_own_kind():
    root = _doc(sample_graph()).getroot()
    neg = [e for e in root.iterfind(".//g:edge", NS) if e.get("kind") == "SUPPORTS:NEG"]
    assert len(neg) == 1 and neg[0].get("label") == "NOT SUPPORTS"
    assert neg[0].find("viz:shape", NS).get("value") == "dashed"


def test_gexf_static_without_dates_and_never_none(tmp_path):
    g = filter_graph(sample_graph(), types="LEADS")
    path = tmp_path / "static.gexf"
    write_gexf(g, path)
    text = path.read_text(encoding="utf-8")
    graph = etree.parse(str(path)).getroot().find("g:graph", NS)
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert "None" not in text and "start=" not in text


def test_gexf_round_trip_through_networkx(tmp_path):
    g = filter_graph(sample_graph())
    path = tmp_path / "g.gexf"
    export(sample_graph(), "gexf", path)
    h = nx.read_gexf(path, version="1.3")
    assert set(h.nodes) == set(g.nodes)
    for n, d in g.nodes(data=True):
        assert h.nodes[n]["label"] == d["name"]
        assert h.nodes[n]["type"] == d["type"]
        assert h.nodes[n]["mentions"] == d["mentions"]
        assert json.loads(h.nodes[n]["aliases"]) == d["aliases"]
    got = sorted((u, v, d["relation"], int(d["weight"]), d.get("first_seen")) for u, v, d in h.edges(data=True))
    want = sorted((u, v, d["type"], d["weight"], d["first_seen"]) for u, v, d in g.edges(data=True))
    assert got == want


def test_gexf_writes_to_text_and_binary_files():
    g = filter_graph(sample_graph())
    b, t = io.BytesIO(), io.StringIO()
    write_gexf(g, b)
    write_gexf(g, t)
    assert b.getvalue().decode("utf-8") == t.getvalue()
    assert b.getvalue().startswith(b"<?xml")
