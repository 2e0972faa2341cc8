"""Rebuild an embedded graph from newsgraph's Neo4j model (the inverse of a push).

Used by :meth:`Neo4jStore.read_graph` and by the tests that prove the database
holds exactly what the embedded graph holds (push, read back, compare).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from newsgraph.core.keys import edge_key, evidence_key
from newsgraph.core.ontology import ACTOR_LABEL, ActorType

_EVIDENCE_FIELDS = ("article_id", "sentence", "source", "char_start", "char_end", "date", "attributed_to", "confidence", "subject_mention", "object_mention")


def graph_from_records(
    actors: list[dict[str, Any]], edges: list[dict[str, Any]], mentions: list[dict[str, Any]]
) -> nx.MultiDiGraph:
    """``actors``: {id, props}; ``edges``: {source, target, type, props}; ``mentions``: {mention, sentence, source}."""
    g = nx.MultiDiGraph()
    for rec in actors:
        p = rec["props"]
        attrs: dict[str, Any] = {
            "name": p["name"],
            "type": p["type"],
            "aliases": list(p.get("aliases") or []),
            "country": p.get("country"),
            "articles": list(p.get("articles") or []),
            "mentions": int(p.get("mentions") or 0),
        }
        if p.get("role") is not None:
            attrs["role"] = p["role"]
        attrs["__labels__"] = {"Actor", ACTOR_LABEL[ActorType(p["type"])]}
        g.add_node(rec["id"], **attrs)

    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in mentions:
        m = rec["mention"]
        ev = {f: m.get(f) for f in _EVIDENCE_FIELDS}
        ev["sentence"] = rec["sentence"]
        ev["source"] = m.get("source") or rec.get("source")
        evidence[m["edge"]].append(ev)

    for rec in edges:
        p = rec["props"]
        negated = bool(p.get("negated"))
        key = edge_key(rec["type"], negated)
        edge = f"{rec['source']}-[{key}]->{rec['target']}"
        g.add_edge(
            rec["source"],
            rec["target"],
            key=key,
            type=rec["type"],
            **{"class": p.get("class")},
            negated=negated,
            weight=int(p.get("weight") or 0),
            articles=int(p["articles"]) if p.get("articles") is not None
            else len({k.split(":")[0] for k in p.get("evidence_keys") or ()}),
            evidence=sorted(evidence.get(edge, []), key=evidence_key),
            first_seen=p.get("first_seen"),
            last_seen=p.get("last_seen"),
            confidence=float(p.get("confidence") or 0.0),
            attributed=int(p.get("attributed") or 0),
            __labels__={rec["type"]},
        )
    return g
