"""An embedded graph as a plan of Neo4j write batches (rows + statements from graph/neo4j/statements.py).

One plan serves both the live push (:meth:`Neo4jStore.push_graph`, each batch one
transaction) and the Cypher script export (:mod:`newsgraph.graph.neo4j.script`,
each statement with its rows written as literals). Keys:

* actor ``id`` — the embedded node key (``country:russia``);
* article ``id``; sentence ``key`` = ``ARTICLE:START-END``;
* mention ``key`` = sentence key + ``:`` + 16 hex digits of SHA-256 over the edge
  and the two surface mentions — the embedded evidence identity, per edge;
* mention ``edge`` = ``SUBJECT-[TYPE]->OBJECT`` or ``SUBJECT-[TYPE:NEG]->OBJECT``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.core.keys import edge_id, mention_key, sentence_key
from newsgraph.core.ontology import ActorType
from newsgraph.graph.store import edge_totals
from newsgraph.graph.neo4j import statements as Q


@dataclass
class Statement:
    text: str
    params: dict[str, Any]


@dataclass
class Batch:
    """Statements that must commit together (one transaction)."""

    label: str
    statements: list[Statement] = field(default_factory=list)
    actors: int = 0
    relationships: int = 0
    mentions: int = 0


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), max(1, size)):
        yield items[i : i + size]


def actor_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    return [
        {
            "id": n,
            "name": d["name"],
            "type": ActorType(d["type"]).value,
            "aliases": list(d.get("aliases") or []),
            "country": d.get("country"),
            "role": d.get("role"),
            "articles": list(d.get("articles") or []),
        }
        for n, d in sorted(g.nodes(data=True), key=lambda x: x[0])
    ]


def article_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    meta: dict[str, dict[str, Any]] = {}
    for _, _, d in g.edges(data=True):
        for ev in d.get("evidence") or []:
            m = meta.setdefault(ev["article_id"], {"id": ev["article_id"], "source": ev["source"], "date": ev.get("date")})
            m["date"] = m["date"] or ev.get("date")
    actors: dict[str, set[str]] = defaultdict(set)
    for n, d in g.nodes(data=True):
        for a in d.get("articles") or []:
            actors[a].add(n)
    return [
        {**meta.get(a, {"id": a, "source": None, "date": None}), "actors": sorted(actors.get(a, ()))}
        for a in sorted(set(meta) | set(actors))
    ]


def relationship_row(u: str, v: str, d: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """One relationship's merge row: ``keys`` (its evidence's mention keys, in evidence
    order) and their aggregates (see ``Q.merge_edges``)."""
    evidence = d.get("evidence") or []
    totals = edge_totals(evidence)
    return {
        "source": u, "target": v, "negated": bool(d["negated"]), "class": d["class"], "keys": sorted(set(keys)),
        "attributed_keys": sorted({k for k, ev in zip(keys, evidence) if ev.get("attributed_to")}),
        "first_seen": totals["first_seen"], "last_seen": totals["last_seen"], "confidence": float(totals["confidence"]),
    }


def edge_rows(
    batch: list[tuple[str, str, str, dict[str, Any]]], *, provenance: bool = True,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Sentences, mentions (both empty unless ``provenance``) and per-type relationship rows for a batch of edges."""
    sentences: dict[str, dict[str, Any]] = {}
    mentions: dict[str, dict[str, Any]] = {}
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, d in batch:
        edge = edge_id(u, key, v)
        evidence = d.get("evidence") or []
        keys = [mention_key(edge, ev) for ev in evidence]
        by_type[d["type"]].append(relationship_row(u, v, d, keys))
        if not provenance:
            continue
        for mk, ev in zip(keys, evidence):
            sk = sentence_key(ev)
            sentences.setdefault(sk, {
                "key": sk, "article_id": ev["article_id"], "text": ev["sentence"],
                "char_start": ev["char_start"], "char_end": ev["char_end"], "source": ev["source"],
            })
            props = {
                "edge": edge, "article_id": ev["article_id"], "sentence_key": sk, "subject_id": u, "object_id": v,
                "relation": d["type"], "negated": bool(d["negated"]), "subject_mention": ev["subject_mention"],
                "object_mention": ev["object_mention"], "attributed_to": ev.get("attributed_to"),
                "confidence": float(ev["confidence"]), "date": ev.get("date"), "source": ev["source"],
                "char_start": ev["char_start"], "char_end": ev["char_end"],
            }
            mentions.setdefault(mk, {"key": mk, "sentence_key": sk, "props": props})
    return (
        sorted(sentences.values(), key=lambda r: r["key"]),
        sorted(mentions.values(), key=lambda r: r["key"]),
        dict(by_type),
    )


EVIDENCE_MODES = ("full", "keys")
#: relationships per transaction unless told otherwise (docs/neo4j.md, "Load rate")
DEFAULT_BATCH_SIZE = 5000


@dataclass
class Plan:
    """The batches of a push, built lazily (``len`` is known up front, for progress)."""

    g: nx.MultiDiGraph
    batch_size: int = DEFAULT_BATCH_SIZE
    evidence: str = "full"

    def __post_init__(self) -> None:
        if self.evidence not in EVIDENCE_MODES:
            raise ValueError(f"evidence must be one of {', '.join(EVIDENCE_MODES)}, not {self.evidence!r}")
        self.batch_size = max(1, self.batch_size)
        self._actors = actor_rows(self.g)
        self._articles = article_rows(self.g) if self.evidence == "full" else []
        # by type first: each batch is mostly one big UNWIND per statement
        self._edges = sorted(self.g.edges(keys=True, data=True), key=lambda e: (e[3]["type"], e[0], e[1], e[2]))

    def __len__(self) -> int:
        return sum(-(-len(x) // self.batch_size) for x in (self._actors, self._articles, self._edges))

    def __iter__(self) -> Iterator[Batch]:
        for rows in _chunks(self._actors, self.batch_size):
            b = Batch("actors", [Statement(Q.merge_actors(), {"rows": rows})], actors=len(rows))
            for t in ActorType:  # labels only from the ontology
                ids = [r["id"] for r in rows if r["type"] == t.value]
                if ids:
                    b.statements.append(Statement(Q.set_actor_label(t.value), {"ids": ids}))
            yield b
        for rows in _chunks(self._articles, self.batch_size):
            yield Batch("articles", [Statement(Q.merge_articles(), {"rows": rows})])
        for chunk in _chunks(self._edges, self.batch_size):
            sentences, mentions, by_type = edge_rows(chunk, provenance=self.evidence == "full")
            b = Batch("relationships", relationships=len(chunk), mentions=sum(len(r["keys"]) for rows in by_type.values() for r in rows))
            if sentences:
                b.statements.append(Statement(Q.merge_sentences(), {"rows": sentences}))
            if mentions:
                b.statements.append(Statement(Q.merge_mentions(), {"rows": mentions}))
            for rel in Q.REL_TYPES:  # relationship types only from the ontology
                if by_type.get(rel):
                    b.statements.append(Statement(Q.merge_edges(rel), {"rows": by_type[rel]}))
            yield b


def plan(g: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE, evidence: str = "full") -> Plan:
    """Actors, then articles (with MENTIONS), then edges with their sentences and mentions.

    ``evidence="keys"`` writes the actor layer only: actors and relationships with
    their aggregates and ``evidence_keys`` — no :Article, :Sentence or :Mention nodes
    (a later ``"full"`` push adds them and changes no relationship). Labels and
    relationship types in the statements come from the ontology only (the builders in
    graph/neo4j/statements.py check them); all data is in ``params``.
    """
    return Plan(g, batch_size, evidence)
