"""GraphML for networkx, yEd, Cytoscape (and Gephi), written with lxml.

GraphML holds only scalars, so lists are flattened: ``aliases`` and
a node's ``articles`` as ``|``-joined strings, an edge's evidence as JSON text in
``evidence``; an edge's ``articles`` is its number of distinct articles, and
``cameo``, ``quad_class``, ``goldstein``, ``plover`` its event coding (newsgraph.core.events). Missing values are left out (no ``None`` strings). Edge ids are
unique in the document (``e0``, ``e1``...); the multigraph key (``SUPPORTS``,
``SUPPORTS:NEG``) is kept in the ``key`` data field. Read back with
``nx.read_graphml(path, force_multigraph=True)``.
"""
from __future__ import annotations

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
    evidence_json,
    join_list,
    open_binary,
    sorted_edges,
    sorted_nodes,
)

__all__ = ["write_graphml", "GRAPHML_NS"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_N = "{%s}" % GRAPHML_NS

# (key id, attr.name, attr.type); ids are the names so other tools show readable columns
NODE_KEYS: list[tuple[str, str]] = [
    ("label", "string"),
    ("name", "string"),
    ("type", "string"),
    ("country", "string"),
    ("role", "string"),
    ("aliases", "string"),
    ("mentions", "int"),
    ("articles", "string"),
    ("color", "string"),
]
EDGE_KEYS: list[tuple[str, str]] = [
    ("key", "string"),
    ("label", "string"),
    ("type", "string"),
    ("class", "string"),
    ("negated", "boolean"),
    ("weight", "int"),
    ("articles", "int"),
    ("confidence", "double"),
    ("attributed", "int"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("evidence_count", "int"),
    ("cameo", "string"),
    ("quad_class", "int"),
    ("goldstein", "double"),
    ("plover", "string"),
    ("evidence", "string"),
    ("color", "string"),
]
_LISTS = {"aliases", "articles"}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any, typ: str) -> str | None:
    if value is None:
        return None
    if typ == "boolean":
        return "true" if value else "false"
    if typ == "int":
        return str(int(value))
    if typ == "double":
        return repr(float(value))
    text = _XML_ILLEGAL.sub(" ", str(value))
    return text if text else None


def _data(parent: etree._Element, prefix: str, values: dict[str, Any], spec: list[tuple[str, str]]) -> None:
    for name, typ in spec:
        raw = values.get(name)
        if name in _LISTS:
            raw = join_list(raw) if raw else None
        text = _text(raw, typ)
        if text is not None:
            etree.SubElement(parent, _N + "data", key=f"{prefix}_{name}").text = text


def write_graphml(g: nx.MultiDiGraph, dest: Dest) -> None:
    """Write ``g`` as GraphML to a path or a binary file.

    >>> write_graphml(kg.graph, "actors.graphml")
    >>> nx.read_graphml("actors.graphml", force_multigraph=True)
    """
    root = etree.Element(_N + "graphml", nsmap={None: GRAPHML_NS, "xsi": XSI_NS})  # type: ignore[dict-item]
    root.set(
        "{%s}schemaLocation" % XSI_NS,
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    )
    for prefix, target, spec in (("n", "node", NODE_KEYS), ("e", "edge", EDGE_KEYS)):
        for name, typ in spec:
            etree.SubElement(
                root, _N + "key", {"id": f"{prefix}_{name}", "for": target, "attr.name": name, "attr.type": typ}
            )
    graph = etree.SubElement(root, _N + "graph", id="newsgraph", edgedefault="directed")
    for n, d in sorted_nodes(g):
        node = etree.SubElement(graph, _N + "node", id=str(n))
        values = dict(d)
        values["label"] = d.get("name") or n
        values["color"] = ACTOR_COLORS.get(str(d.get("type")), FALLBACK_COLOR)
        _data(node, "n", values, NODE_KEYS)
    for i, (u, v, k, d) in enumerate(sorted_edges(g)):
        edge = etree.SubElement(graph, _N + "edge", id=f"e{i}", source=str(u), target=str(v))
        values = dict(d)
        values["key"] = k
        values["label"] = edge_label(d)
        values["evidence_count"] = len(d.get("evidence") or [])
        values["evidence"] = evidence_json(d) if d.get("evidence") else None
        values["articles"] = len(evidence_articles(d))
        code = event_code(str(d.get("type")))
        if code is not None:
            values.update(cameo=code.cameo, quad_class=code.quad_class, goldstein=code.goldstein, plover=code.plover)
        values["color"] = CLASS_COLORS.get(str(d.get("class")), FALLBACK_COLOR)
        _data(edge, "e", values, EDGE_KEYS)
    with open_binary(dest, what="the GraphML file") as fh:
        fh.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
