"""The embedded graph store: a NetworkX MultiDiGraph of canonical actors.

Schema (also documented in docs/graph-format.md):

* node key = actor id (``"country:russia"``); attributes ``name``, ``type``
  (ontology actor type), ``aliases`` (sorted list), ``country`` (ISO3 or None),
  ``articles`` (sorted list of article ids), ``mentions`` (int, number of
  relation mentions the actor takes part in) and ``__labels__`` =
  ``{"Actor", <type label>}`` for Cypher.
* one edge per (subject, type, object, negated), edge key ``"TYPE"`` or
  ``"TYPE:NEG"``; attributes ``type``, ``class``, ``negated``, ``weight``
  (= number of evidence items), ``evidence`` (list of Evidence dicts sorted by
  (article_id, char_start)), ``first_seen`` / ``last_seen`` (ISO dates or None),
  ``confidence`` (max over evidence), ``attributed`` (number of evidence items
  that are only someone's claim) and ``__labels__`` = ``{"TYPE"}``.

Merging is idempotent: evidence is keyed by (article, offsets, mentions).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from newsgraph.models import Evidence, Triple, actor_id
from newsgraph.ontology import ACTOR_LABEL, ActorType, RelationType, relation_class


def edge_key(relation: str, negated: bool) -> str:
    return f"{relation}:NEG" if negated else relation


class GraphStore:
    """Anything that merges triples (NetworkX here, Neo4j in newsgraph.graph.neo4j_store)."""

    def add_triples(self, triples: Iterable[Triple]) -> int:  # pragma: no cover - interface
        raise NotImplementedError


def _add_node(g: nx.MultiDiGraph, name: str, type_: str, mention: str, article: str) -> str:
    from newsgraph.extract.gazetteer import Gazetteer

    nid = actor_id(name, type_)
    if nid not in g:
        entry = Gazetteer.default().by_name(name)
        g.add_node(
            nid,
            name=name,
            type=ActorType(type_).value,
            aliases=[],
            country=entry.iso3 if entry is not None else None,
            articles=[],
            mentions=0,
            __labels__={"Actor", ACTOR_LABEL[ActorType(type_)]},
        )
    data = g.nodes[nid]
    if mention and mention not in data["aliases"]:
        data["aliases"] = sorted({*data["aliases"], mention})
    if article not in data["articles"]:
        data["articles"] = sorted({*data["articles"], article})
    return nid


def merge_triples(g: nx.MultiDiGraph, triples: Iterable[Triple]) -> int:
    """Merge relation mentions into ``g``; returns how many new evidence items were added."""
    added = 0
    touched: set[tuple[str, str, str]] = set()
    for t in triples:
        s = _add_node(g, t.subject, t.subject_type, t.subject_mention, t.article_id)
        o = _add_node(g, t.object, t.object_type, t.object_mention, t.article_id)
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
                weight=0,
                evidence=[],
                first_seen=None,
                last_seen=None,
                confidence=0.0,
                attributed=0,
                __labels__={rel},
            )
        data = g.edges[s, o, key]
        ev = Evidence.from_triple(t)
        if any(Evidence(**e).key() == ev.key() for e in data["evidence"]):
            continue
        data["evidence"].append(ev.model_dump())
        added += 1
        touched.add((s, o, key))
    for s, o, key in touched:
        _refresh_edge(g.edges[s, o, key])
    if touched:
        _refresh_mentions(g, {n for s, o, _ in touched for n in (s, o)})
    return added


def _refresh_edge(data: dict[str, Any]) -> None:
    ev = sorted(data["evidence"], key=lambda e: (e["article_id"], e["char_start"], e["char_end"], e["subject_mention"], e["object_mention"]))
    data["evidence"] = ev
    data["weight"] = len(ev)
    dates = sorted(e["date"] for e in ev if e.get("date"))
    data["first_seen"] = dates[0] if dates else None
    data["last_seen"] = dates[-1] if dates else None
    data["confidence"] = round(max(e["confidence"] for e in ev), 4) if ev else 0.0
    data["attributed"] = sum(1 for e in ev if e.get("attributed_to"))


def _refresh_mentions(g: nx.MultiDiGraph, nodes: Iterable[str]) -> None:
    for n in nodes:
        total = sum(d["weight"] for _, _, d in g.out_edges(n, data=True))
        total += sum(d["weight"] for u, _, d in g.in_edges(n, data=True) if u != n)
        g.nodes[n]["mentions"] = total
