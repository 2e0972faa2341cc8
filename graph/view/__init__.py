"""``newsgraph view``: one self-contained HTML page to explore an actor graph.

The page inlines the cytoscape.js bundle shipped in ``assets/`` (MIT licence,
from the npm registry, refreshed by ``scripts/update-viewer-js``), the page's
own script and style, and the graph as JSON: no CDN, no network, it opens from
disk or an e-mail attachment.

It offers pan/zoom, node colours by actor type and sizes by mentions, edge
colours by relation class (negated edges dashed, claims someone made dotted),
filters by relation type, date range and actor type, a search by actor name or
alias, a click on an edge to read its evidence sentences with their article
titles, a timeline of mentions per day/week/month by relation class
(graph/timeline.py) where dragging across a period filters the graph to it, and
a click on an actor for its profile: counterparts, and its cooperative vs
conflictual mentions over time.

>>> from newsgraph.graph.view import write_html
>>> write_html(kg.graph, "graph.html")
"""
from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping
from importlib import resources
from typing import Any

import networkx as nx

from newsgraph.core.ontology import RELATION_CLASS, ActorType, RelationType
from newsgraph.graph.export.common import (
    ACTOR_COLORS,
    CLASS_COLORS,
    FALLBACK_COLOR,
    Dest,
    edge_label,
    is_claim,
    node_size,
    node_span,
    open_text,
    sorted_edges,
    sorted_nodes,
)
from newsgraph.graph.timeline import timeline

__all__ = ["render_html", "write_html", "view_data", "LIBRARY"]


#: The inlined drawing library (file under assets/).
LIBRARY = "cytoscape.min.js"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _layout(g: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    """Deterministic positions in pixels, so the page opens laid out.

    Each connected component gets its own force-directed layout, sized by its
    node count, and components are tiled row by row, largest first: a story
    with two actors does not push the main network into a corner.
    """
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for u, v, d in g.edges(data=True):
        if u != v:
            w = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=w + math.log1p(d.get("weight", 1)))
    comps = sorted(nx.connected_components(simple), key=lambda c: (-len(c), sorted(map(str, c))))
    radii = [40.0 * len(c) ** 0.8 for c in comps]
    gap = 60.0
    width = max(2 * radii[0], 1.3 * math.sqrt(sum((2 * r + gap) ** 2 for r in radii)))
    pos: dict[Any, tuple[float, float]] = {}
    x0 = y0 = row = 0.0
    for comp, r in zip(comps, radii):
        if x0 and x0 + 2 * r > width:
            x0, y0, row = 0.0, y0 + row + gap, 0.0
        if len(comp) == 1:
            local = {next(iter(comp)): (0.0, 0.0)}
        else:
            try:
                sub = simple.subgraph(comp)
                local = nx.spring_layout(sub, seed=7, scale=r, iterations=200, weight="weight")
            except ImportError:  # numpy missing: the page falls back to its own layout
                return {}
        for n, (x, y) in local.items():
            pos[n] = (round(x0 + r + float(x), 1), round(y0 + r + float(y), 1))
        x0, row = x0 + 2 * r + gap, max(row, 2 * r)
    return pos


def _article_titles(g: nx.MultiDiGraph, titles: Mapping[str, Any] | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for source in (g.graph.get("articles"), titles):
        if isinstance(source, Mapping):
            for aid, t in source.items():
                t = t.get("title") if isinstance(t, Mapping) else t
                if t:
                    found[str(aid)] = str(t)
    return found


def view_data(g: nx.MultiDiGraph, *, titles: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The JSON the page draws: nodes, edges with evidence, legend and filter choices."""
    pos = _layout(g)
    tmap = _article_titles(g, titles)
    nodes = []
    for n, d in sorted_nodes(g):
        first, last = node_span(g, n)
        item: dict[str, Any] = {
            "id": str(n),
            "name": str(d.get("name") or n),
            "type": d.get("type"),
            "country": d.get("country"),
            "aliases": list(d.get("aliases") or []),
            "mentions": int(d.get("mentions") or 0),
            "color": ACTOR_COLORS.get(str(d.get("type")), FALLBACK_COLOR),
            "size": node_size(d.get("mentions", 0)) * 2.2,
            "first": first,
            "last": last,
        }
        if n in pos:
            item["x"], item["y"] = pos[n]
        nodes.append(item)
    edges = []
    for i, (u, v, k, d) in enumerate(sorted_edges(g)):
        evidence = [
            {
                "article_id": e.get("article_id"),
                "title": tmap.get(str(e.get("article_id"))),
                "date": e.get("date"),
                "sentence": e.get("sentence"),
                "source": e.get("source"),
                "attributed_to": e.get("attributed_to"),
                "confidence": e.get("confidence"),
            }
            for e in d.get("evidence", [])
        ]
        edges.append(
            {
                "id": f"e{i}",
                "source": str(u),
                "target": str(v),
                "key": str(k),
                "type": d.get("type"),
                "label": edge_label(d),
                "class": d.get("class"),
                "negated": bool(d.get("negated")),
                "claim": is_claim(d),
                "weight": int(d.get("weight") or 0),
                "articles": len({e.get("article_id") for e in evidence}),
                "confidence": d.get("confidence"),
                "first": d.get("first_seen"),
                "last": d.get("last_seen"),
                "dates": sorted({str(e["date"])[:10] for e in evidence if e.get("date")}),
                "color": CLASS_COLORS.get(str(d.get("class")), FALLBACK_COLOR),
                "evidence": evidence,
            }
        )
    present = {e["type"] for e in edges}
    dates = sorted(x for e in edges for x in e["dates"])
    return {
        "nodes": nodes,
        "edges": edges,
        "relation_types": [
            {"type": t.value, "class": RELATION_CLASS[t].value, "color": CLASS_COLORS[RELATION_CLASS[t].value]}
            for t in RelationType
            if t.value in present
        ],
        "actor_types": [
            {"type": t.value, "color": ACTOR_COLORS[t.value]} for t in ActorType if any(n["type"] == t.value for n in nodes)
        ],
        "classes": [{"class": c, "color": col} for c, col in CLASS_COLORS.items()],
        "date_range": [dates[0], dates[-1]] if dates else None,
        "timeline": timeline(g),
    }


def _json_for_script(data: Any) -> str:
    # inside <script>, "</script>" or "<!--" in a sentence must not end the element
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(g: nx.MultiDiGraph, *, titles: Mapping[str, Any] | None = None, title: str = "newsgraph") -> str:
    """The complete page for ``g`` (already filtered) as a string."""
    page = _asset("page.html").replace("%%TITLE%%", html.escape(title))
    parts = {
        "/*%%STYLE%%*/": _asset("viewer.css"),
        "/*%%LIBRARY%%*/": _asset(LIBRARY),
        "/*%%CHARTS%%*/": _asset("charts.js"),
        "/*%%DATA%%*/": _json_for_script(view_data(g, titles=titles)),
        "/*%%APP%%*/": _asset("viewer.js"),
    }
    for marker, text in parts.items():
        head, sep, tail = page.partition(marker)
        if not sep:
            raise RuntimeError(f"viewer template lacks {marker}")
        page = head + text + tail
    return page


def write_html(
    g: nx.MultiDiGraph, dest: Dest, *, titles: Mapping[str, Any] | None = None, title: str = "newsgraph"
) -> None:
    """Write the page for ``g`` to a path or an open file."""
    page = render_html(g, titles=titles, title=title)
    with open_text(dest, what="the HTML view") as fh:
        fh.write(page)
