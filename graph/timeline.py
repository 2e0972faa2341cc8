"""Mentions over time by relation class: the series behind the view's timeline and the report.

Each dated mention (evidence item) of an edge counts once, in the bin of its day, under its
edge's class (cooperative, conflictual, structural). Bins are days for a span up to two months,
weeks (Monday to Sunday) up to three years, months beyond::

    >>> series = timeline(kg.graph)                          # doctest: +SKIP
    >>> series["unit"], series["bins"][0]                    # doctest: +SKIP
    ('week', {'start': '2016-02-08', 'end': '2016-02-14', 'cooperative': 1, 'conflictual': 0, 'structural': 0})
"""
from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import networkx as nx

from newsgraph.core.ontology import RelationClass

__all__ = ["CLASSES", "bin_start", "bin_unit", "bins", "timeline"]

#: the classes a timeline counts, in the ontology's order
CLASSES: list[str] = [c.value for c in RelationClass]


def bin_unit(first: date, last: date) -> str:
    """``day`` for a span up to 62 days, ``week`` up to three years, else ``month``."""
    days = (last - first).days
    return "day" if days <= 62 else "week" if days <= 3 * 366 else "month"


def bin_start(day: date, unit: str) -> date:
    """The first day of the bin holding ``day``: itself, its week's Monday, or its month's first."""
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _bin_end(start: date, unit: str) -> date:
    if unit == "day":
        return start
    if unit == "week":
        return start + timedelta(days=6)
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def bins(first: date, last: date, unit: str) -> list[tuple[date, date]]:
    """Every bin from the one holding ``first`` to the one holding ``last``, empty ones included."""
    out = []
    start = bin_start(first, unit)
    while start <= last:
        end = _bin_end(start, unit)
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


def _dated(g: nx.MultiDiGraph) -> Iterable[tuple[date, str]]:
    for _, _, d in g.edges(data=True):
        for ev in d.get("evidence") or ():
            day = (ev.get("date") or "")[:10]
            if day:
                try:
                    yield date.fromisoformat(day), str(d.get("class"))
                except ValueError:
                    continue


def timeline(g: nx.MultiDiGraph, *, unit: str | None = None) -> dict[str, Any]:
    """``{"unit": ..., "bins": [{"start", "end", "cooperative", "conflictual", "structural"}, ...],
    "undated": n}`` for the mentions of ``g``; no bins when no mention has a date."""
    dated = list(_dated(g))
    undated = sum(len(d.get("evidence") or ()) for _, _, d in g.edges(data=True)) - len(dated)
    if not dated:
        return {"unit": unit or "day", "bins": [], "undated": undated}
    first, last = min(x for x, _ in dated), max(x for x, _ in dated)
    unit = unit or bin_unit(first, last)
    counts = Counter((bin_start(day, unit), cls) for day, cls in dated)
    return {
        "unit": unit,
        "bins": [
            {"start": s.isoformat(), "end": e.isoformat(), **{c: counts.get((s, c), 0) for c in CLASSES}}
            for s, e in bins(first, last, unit)
        ],
        "undated": undated,
    }
