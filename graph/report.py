"""``newsgraph report``: one picture of a graph — top actors, relation mix, mentions over time.

Drawn with matplotlib (an optional extra: ``pip install 'newsgraph[report]'``; without it
:class:`~newsgraph.core.errors.MissingDependencyError`), as a PNG or as a self-contained HTML
page holding the same figure as inline SVG plus the counts as tables::

    >>> write_report(kg.graph, "report.html")             # doctest: +SKIP
    >>> write_report(kg.graph, "report.png")              # doctest: +SKIP

The top actors are ranked by mentions (stacked by the class of the relations they take part
in), the relation mix counts mentions per relation type coloured by class, and the timeline
is :func:`newsgraph.graph.timeline.timeline` as stacked bars.
"""
from __future__ import annotations

import html
import io
import os
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.core.errors import MissingDependencyError, UsageError
from newsgraph.core.ontology import RelationType, relation_class
from newsgraph.graph.export.common import CLASS_COLORS, open_binary, open_text
from newsgraph.graph.timeline import CLASSES, timeline

__all__ = ["REPORT_FORMATS", "report_data", "report_figure", "write_report"]

#: suffix -> what is written
REPORT_FORMATS: dict[str, str] = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg"}


def report_data(g: nx.MultiDiGraph, *, top: int = 12) -> dict[str, Any]:
    """The numbers the report draws: ``top_actors`` (name, mentions by class), ``relations``
    (type, class, mentions, edges), ``timeline`` and the totals."""
    by_actor: dict[Any, Counter[str]] = {}
    by_type: Counter[str] = Counter()
    edges_by_type: Counter[str] = Counter()
    for u, v, d in g.edges(data=True):
        w = int(d.get("weight") or 0)
        by_type[d["type"]] += w
        edges_by_type[d["type"]] += 1
        for n in {u, v}:
            by_actor.setdefault(n, Counter())[str(d.get("class"))] += w
    ranked = sorted(by_actor, key=lambda n: (-sum(by_actor[n].values()), str(g.nodes[n].get("name"))))[:top]
    return {
        "actors": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "mentions": sum(by_type.values()),
        "articles": len({e["article_id"] for _, _, d in g.edges(data=True) for e in d.get("evidence") or ()}),
        "top_actors": [{"name": str(g.nodes[n].get("name") or n), "type": g.nodes[n].get("type"),
                        **{c: by_actor[n].get(c, 0) for c in CLASSES}} for n in ranked],
        "relations": [{"type": t.value, "class": relation_class(t).value, "mentions": by_type[t.value],
                       "edges": edges_by_type[t.value]} for t in RelationType if by_type[t.value]],
        "timeline": timeline(g),
    }


def _pyplot() -> Any:
    try:
        import matplotlib  # optional extra: only the report needs it

        matplotlib.use("Agg")  # no display: the report is a file
        import matplotlib.pyplot as plt  # optional extra, as above
    except ImportError:
        raise MissingDependencyError.for_extra("matplotlib", "report") from None
    return plt


def report_figure(data: dict[str, Any], *, title: str = "newsgraph report") -> Any:
    """The matplotlib Figure of :func:`report_data`'s numbers (three panels)."""
    plt = _pyplot()
    fig = plt.figure(figsize=(12, 9), layout="constrained")
    grid = fig.add_gridspec(2, 2, height_ratios=[1.25, 1])
    ax_actors, ax_types, ax_time = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[0, 1]), fig.add_subplot(grid[1, :])
    fig.suptitle(f"{title} — {data['actors']} actors, {data['edges']} relations, {data['mentions']} mentions, "
                 f"{data['articles']} articles", fontsize=12)

    actors = list(reversed(data["top_actors"]))
    left = [0] * len(actors)
    for c in CLASSES:
        vals = [a[c] for a in actors]
        ax_actors.barh([a["name"] for a in actors], vals, left=left, color=CLASS_COLORS[c], label=c)
        left = [x + y for x, y in zip(left, vals)]
    ax_actors.set_title("Top actors (mentions by relation class)", fontsize=10)
    ax_actors.legend(fontsize=8, loc="lower right")

    rels = list(reversed(data["relations"]))
    ax_types.barh([r["type"] for r in rels], [r["mentions"] for r in rels], color=[CLASS_COLORS[r["class"]] for r in rels])
    ax_types.set_title("Relation mix (mentions per type)", fontsize=10)

    tl = data["timeline"]
    if tl["bins"]:
        xs = [date.fromisoformat(b["start"]) for b in tl["bins"]]
        width = {"day": 0.8, "week": 5.5, "month": 25.0}[tl["unit"]]
        bottom = [0] * len(xs)
        for c in CLASSES:
            vals = [b[c] for b in tl["bins"]]
            ax_time.bar(xs, vals, width=width, bottom=bottom, color=CLASS_COLORS[c], label=c, align="edge")
            bottom = [x + y for x, y in zip(bottom, vals)]
        ax_time.legend(fontsize=8, loc="upper left")
        ax_time.tick_params(axis="x", labelrotation=30)
    else:
        ax_time.text(0.5, 0.5, "no dated mentions", ha="center", va="center", transform=ax_time.transAxes)
    undated = f" ({tl['undated']} undated mentions not shown)" if tl["undated"] else ""
    ax_time.set_title(f"Mentions per {tl['unit']} by relation class{undated}", fontsize=10)
    return fig


def _html(data: dict[str, Any], svg: str, title: str) -> str:
    esc = html.escape
    actor_rows = "".join(
        f"<tr><td>{esc(a['name'])}</td><td>{esc(str(a['type']))}</td>"
        + "".join(f"<td>{a[c]}</td>" for c in CLASSES) + "</tr>" for a in data["top_actors"])
    rel_rows = "".join(f"<tr><td>{r['type']}</td><td>{r['class']}</td><td>{r['mentions']}</td><td>{r['edges']}</td></tr>"
                       for r in data["relations"])
    head = "".join(f"<th>{c}</th>" for c in CLASSES)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"generator\" content=\"newsgraph report\"><title>{esc(title)}</title>"
        "<style>body{font:14px/1.4 system-ui,sans-serif;margin:16px 24px;color:#222}"
        "table{border-collapse:collapse;margin:4px 24px 16px 0;display:inline-table;vertical-align:top}"
        "td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}#figure svg{max-width:100%;height:auto}</style>"
        f"</head><body><h1>{esc(title)}</h1>"
        f"<p id=\"totals\">{data['actors']} actors, {data['edges']} relations, {data['mentions']} mentions in "
        f"{data['articles']} articles</p><div id=\"figure\">{svg}</div>"
        f"<table id=\"top-actors\"><caption>Top actors</caption><tr><th>actor</th><th>type</th>{head}</tr>{actor_rows}</table>"
        "<table id=\"relation-mix\"><caption>Relation mix</caption><tr><th>relation</th><th>class</th><th>mentions</th>"
        f"<th>relations</th></tr>{rel_rows}</table></body></html>\n"
    )


def write_report(g: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str = "newsgraph report",
                 top: int = 12) -> dict[str, Any]:
    """Write the report of ``g`` (already filtered) as HTML, PNG or SVG (from the suffix); returns its numbers."""
    kind = REPORT_FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise UsageError(f"cannot tell the report format from {Path(path).name!r}: use .html, .png or .svg")
    data = report_data(g, top=top)
    fig = report_figure(data, title=title)
    try:
        buf = io.BytesIO()
        with _pyplot().rc_context({"svg.fonttype": "none"}):  # SVG text stays text: searchable, selectable
            fig.savefig(buf, format="png" if kind == "png" else "svg", dpi=110)
    finally:
        _pyplot().close(fig)
    if kind == "html":
        svg = buf.getvalue().decode("utf-8")
        svg = svg[svg.index("<svg"):]  # drop the XML prologue and doctype: the SVG goes inline
        with open_text(path, what="the report") as fh:
            fh.write(_html(data, svg, title))
    else:
        with open_binary(path, what="the report") as fh:
            fh.write(buf.getvalue())
    return data
