"""GEXF 1.3 for Gephi, written with lxml (networkx's writer does not validate, see FINDINGS).

What Gephi gets:

* nodes: ``label`` = actor name; attributes ``type``, ``country``, ``role``,
  ``aliases`` (liststring), ``mentions``, ``articles`` (article count);
  ``viz:color`` by actor type, ``viz:size`` by mention count;
* edges: ``label`` = relation type (``NOT TYPE`` when negated) and ``kind`` =
  the edge key (``TYPE``, ``TYPE:NEG``), so parallel edges of different types
  stay apart in Gephi; ``weight`` = number of mentions; attributes
  ``relation``, ``class``, ``negated``, ``first_seen``, ``last_seen``,
  ``evidence_count``, ``articles`` (number of distinct articles), ``confidence``,
  ``attributed`` (mentions that are only someone's claim), ``claim`` (true when
  every mention is), ``article_ids`` (liststring), and the event coding
  (newsgraph.core.events) ``cameo``, ``quad_class``, ``goldstein``, ``plover``;
  ``viz:color`` by relation class, ``viz:shape`` ``dashed`` for a negated edge and
  ``dotted`` for a claim (``solid`` otherwise);
* time: when any edge has a date, ``mode="dynamic" timeformat="date"`` and each
  dated edge has one ``<spell>`` per date it was seen (start = end = that day), so
  Gephi's timeline shows it on those days, not for the years between; each node
  has the spells of its edges' dates; undated edges and nodes stay static (always shown).

Lists are GEXF 1.3 / Gephi list literals (``["Moscow", "the Kremlin"]``); a
missing value is left out, never written as ``None``.
"""
from __future__ import annotations

import json
import re
from typing import Any

import networkx as nx
from lxml import etree

from newsgraph.core.events import event_code
from newsgraph.graph.export.common import (
    ACTOR_COLORS,
    CLASS_COLORS,
    FALLBACK_COLOR,
    Dest,
    edge_label,
    evidence_articles,
    is_claim,
    node_size,
    open_binary,
    rgb,
    sorted_edges,
    sorted_nodes,
)

__all__ = ["write_gexf", "gexf_document", "edge_shape", "GEXF_NS", "VIZ_NS"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

_G = "{%s}" % GEXF_NS
_V = "{%s}" % VIZ_NS

# (id, title, GEXF type) in column order
NODE_ATTRIBUTES: list[tuple[str, str, str]] = [
    ("type", "type", "string"),
    ("country", "country", "string"),
    ("role", "role", "string"),
    ("aliases", "aliases", "liststring"),
    ("mentions", "mentions", "integer"),
    ("articles", "articles", "integer"),
]
EDGE_ATTRIBUTES: list[tuple[str, str, str]] = [
    ("relation", "relation", "string"),
    ("class", "class", "string"),
    ("negated", "negated", "boolean"),
    ("first_seen", "first_seen", "string"),
    ("last_seen", "last_seen", "string"),
    ("evidence_count", "evidence_count", "integer"),
    ("articles", "articles", "integer"),
    ("confidence", "confidence", "double"),
    ("attributed", "attributed", "integer"),
    ("claim", "claim", "boolean"),
    ("article_ids", "article_ids", "liststring"),
    ("cameo", "cameo", "string"),
    ("quad_class", "quad_class", "integer"),
    ("goldstein", "goldstein", "double"),
    ("plover", "plover", "string"),
]

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(s: str) -> str:
    return _XML_ILLEGAL.sub(" ", s)


def _liststring(values: list[Any]) -> str:
    return _clean(json.dumps([str(v) for v in values], ensure_ascii=False))


def _value(value: Any, gexf_type: str) -> str | None:
    """The attvalue text for a Python value, or None to leave the value out."""
    if value is None:
        return None
    if gexf_type == "liststring":
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        if not isinstance(value, (list, tuple)):
            value = [value]
        return _liststring(list(value)) if value else None
    if gexf_type == "boolean":
        return "true" if value else "false"
    if gexf_type == "integer":
        return str(int(value))
    if gexf_type == "double":
        return repr(float(value))
    text = _clean(str(value))
    return text if text else None


def _attributes(parent: etree._Element, cls: str, spec: list[tuple[str, str, str]]) -> None:
    el = etree.SubElement(parent, _G + "attributes", {"class": cls, "mode": "static"})
    for aid, title, typ in spec:
        etree.SubElement(el, _G + "attribute", {"id": aid, "title": title, "type": typ})


def _attvalues(parent: etree._Element, values: dict[str, Any], spec: list[tuple[str, str, str]]) -> None:
    items = [(aid, _value(values.get(aid), typ)) for aid, _, typ in spec]
    items = [(aid, v) for aid, v in items if v is not None]
    if not items:
        return
    el = etree.SubElement(parent, _G + "attvalues")
    for aid, v in items:
        etree.SubElement(el, _G + "attvalue", {"for": aid, "value": v})


def _color(parent: etree._Element, hex_color: str) -> None:
    r, g, b = rgb(hex_color)
    etree.SubElement(parent, _V + "color", {"r": str(r), "g": str(g), "b": str(b)})


def _spells(el: etree._Element, dates: set[str]) -> None:
    """One spell per day seen (a day is the finest date the evidence gives)."""
    if not dates:
        return
    spells = etree.SubElement(el, _G + "spells")
    for day in sorted(dates):
        etree.SubElement(spells, _G + "spell", start=day, end=day)


def _edge_dates(d: dict[str, Any]) -> set[str]:
    return {e["date"][:10] for e in d.get("evidence") or () if e.get("date")}


def edge_shape(d: dict[str, Any]) -> str:
    """``dashed`` for a negated edge, ``dotted`` when every mention is someone's claim, else ``solid``."""
    if d.get("negated"):
        return "dashed"
    return "dotted" if is_claim(d) else "solid"


def gexf_document(g: nx.MultiDiGraph, *, description: str | None = None) -> etree._ElementTree:
    """Build the GEXF 1.3 document for ``g`` (already filtered) as an lxml tree."""
    # no xsi:schemaLocation: the 1.3 RELAX NG schema does not allow it on <gexf>
    nsmap = {None: GEXF_NS, "viz": VIZ_NS}
    root = etree.Element(_G + "gexf", nsmap=nsmap, version="1.3")  # type: ignore[dict-item]
    meta = etree.SubElement(root, _G + "meta")
    etree.SubElement(meta, _G + "creator").text = "newsgraph"
    etree.SubElement(meta, _G + "description").text = _clean(
        description or "Actors named in news articles and what they do to each other (newsgraph ontology v1)"
    )

    dynamic = any(d.get("first_seen") for _, _, d in g.edges(data=True))
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dynamic else "static", "idtype": "string"}
    if dynamic:
        graph_attrs.update(timeformat="date", timerepresentation="interval")
    graph = etree.SubElement(root, _G + "graph", graph_attrs)
    _attributes(graph, "node", NODE_ATTRIBUTES)
    _attributes(graph, "edge", EDGE_ATTRIBUTES)

    edge_dates = {(u, v, k): _edge_dates(d) for u, v, k, d in g.edges(keys=True, data=True)} if dynamic else {}
    node_dates: dict[Any, set[str]] = {}
    for (u, v, _), days in edge_dates.items():
        node_dates.setdefault(u, set()).update(days)
        node_dates.setdefault(v, set()).update(days)

    nodes = etree.SubElement(graph, _G + "nodes", count=str(g.number_of_nodes()))
    for n, d in sorted_nodes(g):
        node = etree.SubElement(nodes, _G + "node", id=_clean(str(n)), label=_clean(str(d.get("name") or n)))
        if dynamic:
            _spells(node, node_dates.get(n, set()))
        values = dict(d)
        values["articles"] = len(d.get("articles") or [])
        _attvalues(node, values, NODE_ATTRIBUTES)
        _color(node, ACTOR_COLORS.get(str(d.get("type")), FALLBACK_COLOR))
        etree.SubElement(node, _V + "size", value=str(node_size(d.get("mentions", 0))))

    edges = etree.SubElement(graph, _G + "edges", count=str(g.number_of_edges()))
    for i, (u, v, k, d) in enumerate(sorted_edges(g)):
        edge = etree.SubElement(
            edges,
            _G + "edge",
            id=str(i),
            source=_clean(str(u)),
            target=_clean(str(v)),
            label=edge_label(d),
            kind=_clean(str(k)),
            weight=str(int(d.get("weight", 1) or 0)),
        )
        if dynamic:
            _spells(edge, edge_dates[u, v, k])
        values = dict(d)
        values["relation"] = d.get("type")
        values["evidence_count"] = len(d.get("evidence") or [])
        values["article_ids"] = evidence_articles(d)
        values["articles"] = len(values["article_ids"])
        values["claim"] = edge_shape(d) == "dotted"
        code = event_code(str(d.get("type")))
        if code is not None:
            values.update(cameo=code.cameo, quad_class=code.quad_class, goldstein=code.goldstein, plover=code.plover)
        _attvalues(edge, values, EDGE_ATTRIBUTES)
        _color(edge, CLASS_COLORS.get(str(d.get("class")), FALLBACK_COLOR))
        etree.SubElement(edge, _V + "shape", value=edge_shape(d))
    return etree.ElementTree(root)


def write_gexf(g: nx.MultiDiGraph, dest: Dest, *, description: str | None = None) -> None:
    """Write ``g`` as GEXF 1.3 to a path or a binary file.

    >>> write_gexf(kg.graph, "actors.gexf")        # then File > Open in Gephi
    """
    doc = gexf_document(g, description=description)
    with open_binary(dest, what="the GEXF file") as fh:
        fh.write(etree.tostring(doc, xml_declaration=True, encoding="UTF-8", pretty_print=True))
