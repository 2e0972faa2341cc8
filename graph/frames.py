"""The actor graph as pandas DataFrames: one row per actor, per edge, per mention.

pandas is an optional extra (``pip install 'newsgraph[pandas]'``); without it these
functions raise :class:`~newsgraph.core.errors.MissingDependencyError`. Columns are
typed: names and ids are ``string``, actor and relation types and classes are
``category`` (in the ontology's order), counts ``int64``, confidences ``float64``,
``negated`` ``bool`` and every date ``datetime64[ns]`` (``NaT`` when unknown).
``KnowledgeGraph.actors_frame()``, ``edges_frame()`` and ``mentions_frame()`` call them.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

from newsgraph.core.errors import MissingDependencyError
from newsgraph.core.ontology import ActorType, RelationClass, RelationType
from newsgraph.graph.export.common import node_span, sorted_edges, sorted_nodes

if TYPE_CHECKING:  # pragma: no cover - for the annotations only
    import pandas as pd

__all__ = ["ACTOR_COLUMNS", "EDGE_COLUMNS", "MENTION_COLUMNS", "actors_frame", "edges_frame", "mentions_frame"]

_ACTOR_TYPES = [t.value for t in ActorType]
_RELATION_TYPES = [t.value for t in RelationType]
_CLASSES = [c.value for c in RelationClass]

#: column -> dtype of :func:`actors_frame` ("category:actor" is the actor types, in ontology order)
ACTOR_COLUMNS: dict[str, str] = {
    "id": "string",
    "name": "string",
    "type": "category:actor",
    "country": "string",
    "aliases": "object",
    "mentions": "int64",
    "articles": "int64",
    "first_seen": "datetime64[ns]",
    "last_seen": "datetime64[ns]",
}

#: column -> dtype of :func:`edges_frame`
EDGE_COLUMNS: dict[str, str] = {
    "subject": "string",
    "type": "category:relation",
    "object": "string",
    "class": "category:class",
    "negated": "bool",
    "weight": "int64",
    "confidence": "float64",
    "attributed": "int64",
    "first_seen": "datetime64[ns]",
    "last_seen": "datetime64[ns]",
    "subject_id": "string",
    "object_id": "string",
}

#: column -> dtype of :func:`mentions_frame`
MENTION_COLUMNS: dict[str, str] = {
    "subject": "string",
    "type": "category:relation",
    "object": "string",
    "negated": "bool",
    "date": "datetime64[ns]",
    "sentence": "string",
    "subject_mention": "string",
    "object_mention": "string",
    "attributed_to": "string",
    "confidence": "float64",
    "article_id": "string",
    "source": "string",
    "char_start": "int64",
    "char_end": "int64",
    "subject_id": "string",
    "object_id": "string",
}


def _pandas() -> Any:
    try:
        import pandas  # an optional extra: only the DataFrames need it
    except ImportError:
        raise MissingDependencyError.for_extra("pandas", "pandas") from None
    return pandas


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    pd = _pandas()
    categories = {"category:actor": _ACTOR_TYPES, "category:relation": _RELATION_TYPES, "category:class": _CLASSES}
    data: dict[str, Any] = {}
    for col, dtype in columns.items():
        values = [r.get(col) for r in rows]
        if dtype in categories:
            data[col] = pd.Categorical(values, categories=categories[dtype])
        elif dtype.startswith("datetime64"):
            text = pd.Series([str(v)[:10] if v else None for v in values], dtype="object")
            data[col] = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce").astype(dtype)
        elif dtype == "object":
            data[col] = pd.Series(values, dtype="object")
        else:
            data[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(columns))


def _edges(g: nx.MultiDiGraph, include_negated: bool) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    for u, v, _, d in sorted_edges(g):
        if include_negated or not d.get("negated"):
            yield u, v, d


def actors_frame(g: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per actor, sorted by id: the columns of :data:`ACTOR_COLUMNS`.

    ``articles`` is the number of articles the actor is mentioned in (by a relation);
    ``first_seen`` / ``last_seen`` the envelope of its edges' dates.
    """
    rows = []
    for n, d in sorted_nodes(g):
        first, last = node_span(g, n)
        rows.append({
            "id": str(n), "name": d.get("name"), "type": d.get("type"), "country": d.get("country"),
            "aliases": list(d.get("aliases") or []), "mentions": int(d.get("mentions") or 0),
            "articles": len(d.get("articles") or []), "first_seen": first, "last_seen": last,
        })
    return _frame(rows, ACTOR_COLUMNS)


def edges_frame(g: nx.MultiDiGraph, *, include_negated: bool = False) -> pd.DataFrame:
    """One row per edge (subject, relation type, object, negated): the columns of :data:`EDGE_COLUMNS`."""
    rows = []
    for u, v, d in _edges(g, include_negated):
        rows.append({
            "subject": g.nodes[u].get("name"), "type": d.get("type"), "object": g.nodes[v].get("name"),
            "class": d.get("class"), "negated": bool(d.get("negated")), "weight": int(d.get("weight") or 0),
            "confidence": float(d.get("confidence") or 0.0), "attributed": int(d.get("attributed") or 0),
            "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"), "subject_id": str(u), "object_id": str(v),
        })
    return _frame(rows, EDGE_COLUMNS)


def mentions_frame(g: nx.MultiDiGraph, *, include_negated: bool = False) -> pd.DataFrame:
    """One row per evidence item (relation mention) of every edge: the columns of :data:`MENTION_COLUMNS`."""
    rows = []
    for u, v, d in _edges(g, include_negated):
        for e in d.get("evidence", []):
            rows.append({
                "subject": g.nodes[u].get("name"), "type": d.get("type"), "object": g.nodes[v].get("name"),
                "negated": bool(d.get("negated")), "date": e.get("date"), "sentence": e.get("sentence"),
                "subject_mention": e.get("subject_mention"), "object_mention": e.get("object_mention"),
                "attributed_to": e.get("attributed_to"), "confidence": float(e.get("confidence") or 0.0),
                "article_id": e.get("article_id"), "source": e.get("source"),
                "char_start": int(e.get("char_start") or 0), "char_end": int(e.get("char_end") or 0),
                "subject_id": str(u), "object_id": str(v),
            })
    return _frame(rows, MENTION_COLUMNS)
