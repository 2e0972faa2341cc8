"""Select part of an actor graph: by relation class/type, weight, confidence, dates, actor type.

Every exporter and ``newsgraph export`` / ``newsgraph view`` go through
:func:`filter_graph`, so "conflict edges in 2016 with weight >= 2" means the
same thing in every output::

    sub = filter_graph(g, classes=["conflictual"], since="2016", until="2016", min_weight=2)

Date and confidence filters act on the *evidence* of an edge: an edge keeps the
mentions that pass, and its ``weight``, ``articles``, ``first_seen``, ``last_seen``,
``confidence`` and ``attributed`` are recomputed from them (so ``weight`` is
"mentions in 2016", not "all mentions of an edge seen at least once in
2016"). Mentions without a date never pass a date filter. Node ``mentions``
and ``articles`` are recomputed for the edges that remain, and nodes left
without an edge are dropped.
"""
from __future__ import annotations

import calendar
import copy
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from newsgraph.core.errors import FilterError  # defined with the other API errors; re-exported here
from newsgraph.core.ontology import ActorType, RelationClass, RelationType

__all__ = ["FilterError", "filter_graph", "date_bound"]


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def date_bound(value: str | date | None, *, upper: bool = False) -> str | None:
    """Normalise ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` to an ISO date.

    A partial date is the first day of its period as a lower bound and the last
    day as an upper bound: ``date_bound("2016", upper=True) == "2016-12-31"``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    m = _DATE_RE.match(str(value).strip())
    if not m:
        raise FilterError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (12 if upper else 1)
    if m.group(3):
        d = int(m.group(3))
    else:
        d = calendar.monthrange(y, mo)[1] if upper and 1 <= mo <= 12 else 1
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        raise FilterError(f"not a date: {value!r}") from None


def _enum_set(values: Iterable[str] | str | None, enum: Any, what: str) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    out: set[str] = set()
    for v in values:
        for part in str(v).split(","):
            part = part.strip()
            if not part:
                continue
            key = part.lower() if enum is RelationClass else part.upper()
            try:
                out.add(enum(key).value)
            except ValueError:
                allowed = ", ".join(e.value for e in enum)
                raise FilterError(f"unknown {what} {part!r} (one of: {allowed})") from None
    return out or None


def _evidence_passes(e: dict[str, Any], since: str | None, until: str | None, min_conf: float) -> bool:
    if e.get("confidence", 1.0) < min_conf:
        return False
    if since is None and until is None:
        return True
    d = (e.get("date") or "")[:10]
    if not d:
        return False
    return (since is None or d >= since) and (until is None or d <= until)


def _refresh(data: dict[str, Any]) -> None:
    ev = data["evidence"]
    data["weight"] = len(ev)
    data["articles"] = len({e["article_id"] for e in ev})
    dates = sorted(e["date"][:10] for e in ev if e.get("date"))
    data["first_seen"] = dates[0] if dates else None
    data["last_seen"] = dates[-1] if dates else None
    data["confidence"] = round(max(e["confidence"] for e in ev), 4) if ev else 0.0
    data["attributed"] = sum(1 for e in ev if e.get("attributed_to"))


def filter_graph(
    g: nx.MultiDiGraph,
    *,
    classes: Iterable[str] | str | None = None,
    types: Iterable[str] | str | None = None,
    min_weight: int = 1,
    min_confidence: float = 0.0,
    since: str | date | None = None,
    until: str | date | None = None,
    actor_types: Iterable[str] | str | None = None,
    include_negated: bool = False,
) -> nx.MultiDiGraph:
    """A filtered copy of ``g`` (the input is never modified); isolated nodes are dropped.

    ``classes``: relation classes (``cooperative``, ``conflictual``, ``structural``);
    ``types``: relation types (``ATTACKS``...); ``actor_types``: keep only edges
    whose two ends have one of these actor types. Each also accepts a
    comma-separated string. ``since``/``until`` are inclusive and accept
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Negated edges ("X did *not*
    attack Y") are left out unless ``include_negated``.

    >>> conflict_2016 = filter_graph(g, classes="conflictual", since="2016", until="2016", min_weight=2)
    """
    cls_set = _enum_set(classes, RelationClass, "relation class")
    type_set = _enum_set(types, RelationType, "relation type")
    actor_set = _enum_set(actor_types, ActorType, "actor type")
    lo = date_bound(since)
    hi = date_bound(until, upper=True)
    if lo and hi and lo > hi:
        raise FilterError(f"--since {lo} is after --until {hi}")
    if min_weight < 0:
        raise FilterError("minimum weight must be >= 0")
    if not 0.0 <= min_confidence <= 1.0:
        raise FilterError("minimum confidence must be within [0, 1]")
    trim = lo is not None or hi is not None or min_confidence > 0.0

    out = nx.MultiDiGraph()
    out.graph.update(copy.deepcopy(g.graph))
    for u, v, k, d in g.edges(keys=True, data=True):
        if d.get("negated") and not include_negated:
            continue
        if cls_set is not None and d.get("class") not in cls_set:
            continue
        if type_set is not None and d.get("type") not in type_set:
            continue
        if actor_set is not None and (g.nodes[u].get("type") not in actor_set or g.nodes[v].get("type") not in actor_set):
            continue
        data = copy.deepcopy(d)
        if trim:
            data["evidence"] = [e for e in data.get("evidence", []) if _evidence_passes(e, lo, hi, min_confidence)]
            _refresh(data)
            if not data["evidence"]:
                continue
        if data.get("weight", 0) < max(min_weight, 1 if trim else 0):
            continue
        for n in (u, v):
            if n not in out:
                out.add_node(n, **copy.deepcopy(g.nodes[n]))
        out.add_edge(u, v, key=k, **data)
    _refresh_nodes(out)
    return out


def _refresh_nodes(g: nx.MultiDiGraph) -> None:
    """Node ``mentions``/``articles`` as in graph.store, but over the edges that remain."""
    for n, nd in g.nodes(data=True):
        out_w = [d for _, _, d in g.out_edges(n, data=True)]
        in_w = [d for u, _, d in g.in_edges(n, data=True) if u != n]  # a self-loop counts once
        articles = {e["article_id"] for d in out_w + in_w for e in d.get("evidence", [])}
        nd["mentions"] = sum(d.get("weight", 0) for d in out_w + in_w)
        if "articles" in nd:
            nd["articles"] = sorted(articles)


def left_out(g: nx.MultiDiGraph, sub: nx.MultiDiGraph, *, include_negated: bool = False) -> dict[str, int]:
    """What a filtered copy ``sub`` of ``g`` leaves out, for a summary that adds up to ``stats``:
    ``negated`` edges (when not ``include_negated``), ``edges`` the other filters drop, and
    ``actors`` left without an edge.

    >>> left_out(g, filter_graph(g), include_negated=False)     # doctest: +SKIP
    {'negated': 2, 'edges': 0, 'actors': 1}
    """
    negated = 0 if include_negated else sum(1 for _, _, d in g.edges(data=True) if d.get("negated"))
    return {
        "negated": negated,
        "edges": g.number_of_edges() - sub.number_of_edges() - negated,
        "actors": g.number_of_nodes() - sub.number_of_nodes(),
    }
