"""The embedded graph store: a NetworkX MultiDiGraph of canonical actors.

Schema (also documented in docs/graph-format.md):

* node key = actor id (``"country:russia"``); attributes ``name``, ``type``
  (ontology actor type), ``aliases`` (sorted list), ``country`` (ISO3 or None),
  ``articles`` (sorted list of article ids), ``mentions`` (int, number of
  relation mentions the actor takes part in) and ``__labels__`` =
  ``{"Actor", <type label>}`` for Cypher.
* one edge per (subject, type, object, negated), edge key ``"TYPE"`` or
  ``"TYPE:NEG"``; attributes ``type``, ``class``, ``negated``, ``weight``
  (= number of evidence items), ``articles`` (= number of distinct articles among them: a
  headline and a lead sentence repeating a relation are 2 mentions, 1 article),
  ``evidence`` (list of Evidence dicts sorted by
  (article_id, char_start)), ``first_seen`` / ``last_seen`` (ISO dates or None),
  ``confidence`` (max over evidence), ``attributed`` (number of evidence items
  that are only someone's claim) and ``__labels__`` = ``{"TYPE"}``.

Merging is idempotent: evidence is keyed by (article, offsets, mentions).

Merging is incremental, so a build costs O(mentions × log) however it is batched:
the evidence keys and article ids already on an edge or node are kept in key sets
beside the graph, new items are inserted in sort order, and ``weight``,
``confidence``, ``first_seen`` / ``last_seen``, ``attributed`` and ``mentions`` are
updated from the new items only (they are derived from the evidence, so this gives
the values a full recomputation would).
"""
from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterable
from typing import Any

import networkx as nx

from newsgraph.core.keys import actor_id, edge_key, evidence_key
from newsgraph.core.models import Evidence, Triple
from newsgraph.core.ontology import ACTOR_LABEL, NOT_ALIASES, ActorType, RelationType, relation_class


class GraphStore:
    """Anything that merges triples (NetworkX here, Neo4j in newsgraph.graph.neo4j.store)."""

    def add_triples(self, triples: Iterable[Triple]) -> int:  # pragma: no cover - interface
        raise NotImplementedError


class _Index:
    """Key sets beside one graph, so a merge never rescans an evidence or article list.

    An entry is trusted while the list it indexes is the same object with the same
    length; otherwise it is rebuilt from the list (and the list sorted in place), so
    a graph edited directly is still merged correctly.
    """

    def __init__(self) -> None:
        self._sets: dict[Any, tuple[int, int, set[Any]]] = {}

    def keys(self, owner: Any, items: list[Any], key: Any = None) -> set[Any]:
        entry = self._sets.get(owner)
        if entry is None or entry[0] != id(items) or entry[1] != len(items):
            items.sort(key=key)
            entry = (id(items), len(items), {key(i) for i in items} if key else set(items))
            self._sets[owner] = entry
        return entry[2]

    def insert(self, owner: Any, items: list[Any], item: Any, k: Any, key: Any = None) -> None:
        """Insert ``item`` (whose key is ``k``) in sort order and record it."""
        ids, _, keys = self._sets[owner]
        bisect.insort(items, item, key=key)
        keys.add(k)
        self._sets[owner] = (ids, len(items), keys)


_INDEXES: "weakref.WeakKeyDictionary[nx.MultiDiGraph, _Index]" = weakref.WeakKeyDictionary()


def _index(g: nx.MultiDiGraph) -> _Index:
    idx = _INDEXES.get(g)
    if idx is None:
        idx = _INDEXES[g] = _Index()
    return idx


def _add_node(g: nx.MultiDiGraph, idx: _Index, name: str, type_: str, mention: str, article: str, country: str | None) -> str:
    nid = actor_id(name, type_)
    if nid not in g:
        g.add_node(
            nid,
            name=name,
            type=ActorType(type_).value,
            aliases=[],
            country=country,
            articles=[],
            mentions=0,
            __labels__={"Actor", ACTOR_LABEL[ActorType(type_)]},
        )
    data = g.nodes[nid]
    if mention and mention not in data["aliases"] and mention.casefold() not in NOT_ALIASES:  # not "we", "they"
        data["aliases"] = sorted({*data["aliases"], mention})
    articles = data["articles"]
    if article not in idx.keys(nid, articles):
        idx.insert(nid, articles, article, article)
    return nid


def merge_triples(g: nx.MultiDiGraph, triples: Iterable[Triple]) -> int:
    """Merge relation mentions into ``g``; returns how many new evidence items were added."""
    idx = _index(g)
    added = 0
    for t in triples:
        s = _add_node(g, idx, t.subject, t.subject_type, t.subject_mention, t.article_id, t.subject_country)
        o = _add_node(g, idx, t.object, t.object_type, t.object_mention, t.article_id, t.object_country)
        rel = RelationType(t.relation).value
        key = edge_key(rel, t.negated)
        if not g.has_edge(s, o, key):
            g.add_edge(
                s,
                o,
                key=key,
                type=rel,
                **{"class": relation_class(rel).value},
                negated=t.negated,
                evidence=[],
                **EMPTY_TOTALS,
                __labels__={rel},
            )
        data = g.edges[s, o, key]
        ek = evidence_key(t)  # a Triple has the evidence fields
        if ek in idx.keys((s, o, key), data["evidence"], evidence_key):
            continue
        ev = Evidence.from_triple(t).model_dump()
        if "articles" not in data:  # an edge of a graph file written before edges counted articles
            data["articles"] = len({e["article_id"] for e in data["evidence"]})
        new_article = not _has_article(data["evidence"], ek)
        idx.insert((s, o, key), data["evidence"], ev, ek, evidence_key)
        add_to_totals(data, ev, new_article=new_article)
        g.nodes[s]["mentions"] += 1
        if o != s:  # a self-loop counts once
            g.nodes[o]["mentions"] += 1
        added += 1
    return added


def _has_article(evidence: list[dict[str, Any]], key: tuple[Any, ...]) -> bool:
    """Whether the sorted ``evidence`` holds an item of the article of ``key`` (an evidence key,
    article id first, so one article's items sit together around where ``key`` would go)."""
    i = bisect.bisect_left(evidence, key, key=evidence_key)
    return any(0 <= j < len(evidence) and evidence[j]["article_id"] == key[0] for j in (i - 1, i))


#: an edge's totals before any evidence (see :func:`add_to_totals`)
EMPTY_TOTALS: dict[str, Any] = {
    "weight": 0, "articles": 0, "confidence": 0.0, "first_seen": None, "last_seen": None, "attributed": 0,
}


def edge_totals(evidence: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """An edge's totals (weight, articles, confidence, first/last date seen, attributed) from its evidence."""
    totals = dict(EMPTY_TOTALS)
    seen: set[str] = set()
    for ev in evidence:
        add_to_totals(totals, ev, new_article=ev["article_id"] not in seen)
        seen.add(ev["article_id"])
    return totals


def add_to_totals(data: dict[str, Any], ev: dict[str, Any], *, new_article: bool = True) -> None:
    """Update an edge's totals for one new evidence item (``new_article``: the first of its
    article on this edge): the one definition of the totals."""
    data["weight"] += 1
    data["articles"] += int(new_article)
    data["confidence"] = max(data["confidence"], round(ev["confidence"], 4))
    date = ev.get("date")
    if date:
        data["first_seen"] = date if data["first_seen"] is None else min(data["first_seen"], date)
        data["last_seen"] = date if data["last_seen"] is None else max(data["last_seen"], date)
    if ev.get("attributed_to"):
        data["attributed"] += 1
