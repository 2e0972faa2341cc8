"""The event table: one CSV row per relation mention, in the shape of GDELT / ICEWS event data.

``write_events(g, "events.csv")`` (``newsgraph export G --format events -o events.csv``) writes::

    date,source,source_id,source_type,source_country,target,target_id,target_type,target_country,
    relation,class,cameo,cameo_root,quad_class,goldstein,plover,confidence,negated,attributed,
    attributed_to,article_id,document,sentence,char_start,char_end

The event columns (``cameo`` .. ``plover``) come from :mod:`newsgraph.core.events`; they are
empty for the structural LEADS / MEMBER_OF. Rows are sorted by date (undated last), then by
source, relation and target; an empty cell is "no value". Line breaks inside a sentence become
spaces, so every row is one line. Read with pandas, keeping the codes' leading zeros::

    pd.read_csv("events.csv", dtype={"cameo": str, "cameo_root": str}, parse_dates=["date"])
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

import networkx as nx

from newsgraph.core.events import event_code
from newsgraph.graph.export.common import Dest, open_text, sorted_edges

__all__ = ["EVENT_COLUMNS", "event_rows", "write_events"]

EVENT_COLUMNS: list[str] = [
    "date", "source", "source_id", "source_type", "source_country",
    "target", "target_id", "target_type", "target_country",
    "relation", "class", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
    "confidence", "negated", "attributed", "attributed_to",
    "article_id", "document", "sentence", "char_start", "char_end",
]


def event_rows(g: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """The rows of the event table as dicts (column -> value, None when unknown), sorted."""
    rows = []
    for u, v, _, d in sorted_edges(g):
        su, sv = g.nodes[u], g.nodes[v]
        code = event_code(d["type"])
        edge = {
            "source": su.get("name"), "source_id": u, "source_type": su.get("type"), "source_country": su.get("country"),
            "target": sv.get("name"), "target_id": v, "target_type": sv.get("type"), "target_country": sv.get("country"),
            "relation": d["type"], "class": d.get("class"),
            "cameo": code.cameo if code else None,
            "cameo_root": code.root if code else None,
            "quad_class": code.quad_class if code else None,
            "goldstein": code.goldstein if code else None,
            "plover": code.plover if code else None,
            "negated": bool(d.get("negated")),
        }
        for ev in d.get("evidence", []):
            rows.append({
                **edge,
                "date": (ev.get("date") or "")[:10] or None,
                "confidence": ev.get("confidence"),
                "attributed": bool(ev.get("attributed_to")),
                "attributed_to": ev.get("attributed_to"),
                "article_id": ev.get("article_id"),
                "document": ev.get("source"),
                "sentence": ev.get("sentence"),
                "char_start": ev.get("char_start"),
                "char_end": ev.get("char_end"),
            })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", str(r["source"]), r["relation"], str(r["target"]),
                             str(r["article_id"]), r["char_start"] or 0))
    return iter(rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    s = str(value)
    return " ".join(s.splitlines()) if ("\n" in s or "\r" in s) else s


def write_events(g: nx.MultiDiGraph, dest: Dest) -> int:
    """Write the event table of ``g`` (already filtered) to a path or an open file; returns the row count.

    >>> write_events(kg.graph, "events.csv")
    """
    n = 0
    with open_text(dest, what="the event table") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(EVENT_COLUMNS)
        for row in event_rows(g):
            w.writerow([_cell(row[c]) for c in EVENT_COLUMNS])
            n += 1
    return n
