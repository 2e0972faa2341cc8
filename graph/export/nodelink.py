"""Node-link JSON (the d3 / networkx convention), lists and evidence kept as JSON arrays.

::

    {"directed": true, "multigraph": true, "graph": {...},
     "nodes": [{"id": "country:russia", "name": "Russia", "type": "COUNTRY", "aliases": [...], ...}],
     "links": [{"source": ..., "target": ..., "key": "SUPPORTS", "type": "SUPPORTS", "weight": 3,
                "evidence": [{"article_id": ..., "sentence": ...}], ...}]}

Read back with ``nx.node_link_graph(json.load(fh), edges="links")``. The
internal ``__labels__`` sets used by the Cypher engine are not written.
"""
from __future__ import annotations

import json
from typing import Any

import networkx as nx

from newsgraph.graph.export.common import Dest, open_text, sorted_edges, sorted_nodes

__all__ = ["write_json", "node_link_dict"]


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _attrs(d: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in d.items() if not k.startswith("__")}


def node_link_dict(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link document for ``g`` as plain Python data (sorted, JSON-ready)."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": _attrs(dict(g.graph)),
        "nodes": [{"id": n, **_attrs(d)} for n, d in sorted_nodes(g)],
        "links": [{"source": u, "target": v, "key": k, **_attrs(d)} for u, v, k, d in sorted_edges(g)],
    }


def write_json(g: nx.MultiDiGraph, dest: Dest, *, indent: int | None = 1) -> None:
    """Write ``g`` as node-link JSON (UTF-8) to a path or an open file.

    >>> write_json(kg.graph, "actors.json")
    """
    with open_text(dest, what="the JSON export") as fh:
        json.dump(node_link_dict(g), fh, ensure_ascii=False, indent=indent, sort_keys=False)
        fh.write("\n")
