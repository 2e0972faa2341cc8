"""GEXF 1.3 for Gephi, written with lxml (networkx's writer does not validate, see FINDINGS).

What Gephi gets:

* nodes: ``label`` = actor name; attributes ``type``, ``country``, ``role``,
  ``aliases`` (liststring), ``mentions``, ``articles`` (article count);
  ``viz:color`` by actor type, ``viz:size`` by mention count;
* edges: ``label`` = relation type (``NOT TYPE`` when negated) and ``kind`` =
  the edge key (``TYPE``, ``TYPE:NEG``), so parallel edges of different types
  stay apart in Gephi; ``weight`` = number of mentions; attributes
  ``relation``, ``class``, ``negated``, ``first_seen``, ``last_seen``,
  ``evidence_count``, ``confidence``, ``attributed``, ``articles``
  (liststring of article ids); ``viz:color`` by relation class;
* time: when any edge has a date, ``mode="dynamic" timeformat="date"`` and each
  dated edge spans ``start=first_seen`` .. ``end=last_seen``, each node the
  envelope of its edges; undated edges and nodes stay static (always shown).

Lists are GEXF 1.3 / Gephi list literals (``["Moscow", "the Kremlin"]``); a
missing value is left out, never written as ``None``.
"""
from __future__ import annotations

import json
import re
from typing import Any

import networkx as nx
from lxml import etree

from newsgraph.graph.export.common import (
    ACTOR_COLORS,
    CLASS_COLORS,
    FALLBACK_COLOR,
    Dest,
    edge_label,
    evidence_articles,
    node_size,
    node_span,
    open_binary,
    rgb,
    sorted_edges,
    sorted_nodes,
)

__all__ = ["write_gexf", "gexf_document", "GEXF_NS", "VIZ_NS"]

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
    ("confidence", "confidence", "double"),
    ("attributed", "attributed", "integer"),
    ("articles", "articles", "liststring"),
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


def _span(el: etree._Element, start: str | None, end: str | None) -> None:
    if start:
        el.set("start", start[:10])
    if end:
        el.set("end", end[:10])


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

    nodes = etree.SubElement(graph, _G + "nodes", count=str(g.number_of_nodes()))
    for n, d in sorted_nodes(g):
        node = etree.SubElement(nodes, _G + "node", id=_clean(str(n)), label=_clean(str(d.get("name") or n)))
        if dynamic:
            _span(node, *node_span(g, n))
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
            _span(edge, d.get("first_seen"), d.get("last_seen"))
        values = dict(d)
        values["relation"] = d.get("type")
        values["evidence_count"] = len(d.get("evidence") or [])
        values["articles"] = evidence_articles(d)
        _attvalues(edge, values, EDGE_ATTRIBUTES)
        _color(edge, CLASS_COLORS.get(str(d.get("class")), FALLBACK_COLOR))
    return etree.ElementTree(root)


def write_gexf(g: nx.MultiDiGraph, dest: Dest, *, description: str | None = None) -> None:
    """Write ``g`` as GEXF 1.3 to a path or a binary file.

    >>> write_gexf(kg.graph, "actors.gexf")        # then File > Open in Gephi
    """
    doc = gexf_document(g, description=description)
    with open_binary(dest, what="the GEXF file") as fh:
        fh.write(etree.tostring(doc, xml_declaration=True, encoding="UTF-8", pretty_print=True))
