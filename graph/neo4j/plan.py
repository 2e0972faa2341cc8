"""An embedded graph as a plan of Neo4j write batches (rows + statements from graph/neo4j/statements.py).

One plan serves both the live push (:meth:`Neo4jStore.push_graph`, each batch one
transaction) and the Cypher script export (:mod:`newsgraph.graph.neo4j.script`,
each statement with its rows written as literals). Keys:

* actor ``id`` — the embedded node key (``country:russia``);
* article ``id``; sentence ``key`` = ``ARTICLE:START-END``;
* mention ``key`` = sentence key + ``:`` + 16 hex digits of SHA-256 over the edge
  and the two surface mentions — the embedded evidence identity, per edge;
* mention ``edge`` = ``SUBJECT-[TYPE]->OBJECT`` or ``SUBJECT-[TYPE:NEG]->OBJECT``.

No transaction grows with an actor's degree: besides ``batch_size`` rows, a batch carries at
most ``batch_items`` evidence mentions (each becomes a :Mention and a :Sentence node, ~15 KB of
the server's transaction memory) and ten times as many ids (an actor's article ids and aliases,
an article's actors: a few hundred bytes each). A hub — an edge with 20,000 mentions, an actor
named in a million articles — is sent as several rows, each with a slice of its list, in
successive batches; the statements merge each row into what is already there (sorted unions,
new keys only), so the result is the one a single row would give.
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


def _slices(items: list[Any], size: int) -> list[list[Any]]:
    """``items`` in slices of at most ``size`` (one empty slice for an empty list)."""
    return list(_chunks(items, size)) or [[]]


def _pack(units: list[tuple[Any, int]], batch_size: int, batch_items: int) -> list[list[int]]:
    """Indexes of ``units`` ((identity, list items)) grouped into batches of at most
    ``batch_size`` units and ``batch_items`` items (a unit over that goes alone), never two
    units of one identity in a batch (two rows merging one node or relationship in one
    statement)."""
    batches: list[list[int]] = []
    current: list[int] = []
    weight, seen = 0, set()
    for i, (ident, w) in enumerate(units):
        if current and (len(current) >= batch_size or weight + w > batch_items or ident in seen):
            batches.append(current)
            current, weight, seen = [], 0, set()
        current.append(i)
        weight += w
        seen.add(ident)
    if current:
        batches.append(current)
    return batches


def actor_rows(g: nx.MultiDiGraph, max_items: int | None = None) -> list[dict[str, Any]]:
    """One row per actor; with ``max_items``, an actor with more aliases or articles than that
    gets several rows, each with a slice of them (and the same name, type, country and role)."""
    rows = []
    for n, d in sorted(g.nodes(data=True), key=lambda x: x[0]):
        aliases, articles = list(d.get("aliases") or []), list(d.get("articles") or [])
        base = {"id": n, "name": d["name"], "type": ActorType(d["type"]).value, "country": d.get("country"), "role": d.get("role")}
        if max_items is None or (len(aliases) <= max_items and len(articles) <= max_items):
            rows.append({**base, "aliases": aliases, "articles": articles})
            continue
        alias_slices, article_slices = _slices(aliases, max_items), _slices(articles, max_items)
        for i in range(max(len(alias_slices), len(article_slices))):
            rows.append({**base, "aliases": alias_slices[i] if i < len(alias_slices) else [],
                         "articles": article_slices[i] if i < len(article_slices) else []})
    return rows


def article_rows(g: nx.MultiDiGraph, max_items: int | None = None) -> list[dict[str, Any]]:
    """One row per article (its actors sorted); with ``max_items``, an article naming more actors
    than that gets several rows, each with a slice of them."""
    meta: dict[str, dict[str, Any]] = {}
    for _, _, d in g.edges(data=True):
        for ev in d.get("evidence") or []:
            m = meta.setdefault(ev["article_id"], {"id": ev["article_id"], "source": ev["source"], "date": ev.get("date")})
            m["date"] = m["date"] or ev.get("date")
    actors: dict[str, set[str]] = defaultdict(set)
    for n, d in g.nodes(data=True):
        for a in d.get("articles") or []:
            actors[a].add(n)
    rows = []
    for a in sorted(set(meta) | set(actors)):
        base = meta.get(a, {"id": a, "source": None, "date": None})
        named = sorted(actors.get(a, ()))
        for part in ([named] if max_items is None else _slices(named, max_items)):
            rows.append({**base, "actors": part})
    return rows


def relationship_row(u: str, v: str, d: dict[str, Any], keys: list[str], evidence: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One relationship's merge row: ``keys`` (the mention keys of ``evidence`` — the edge's
    evidence, or the slice of it this row carries — in the same order) and their aggregates
    (see ``Q.merge_edges``)."""
    evidence = d.get("evidence") or [] if evidence is None else evidence
    totals = edge_totals(evidence)
    return {
        "source": u, "target": v, "negated": bool(d["negated"]), "class": d["class"], "keys": sorted(set(keys)),
        "attributed_keys": sorted({k for k, ev in zip(keys, evidence) if ev.get("attributed_to")}),
        "articles": totals["articles"],
        "first_seen": totals["first_seen"], "last_seen": totals["last_seen"], "confidence": float(totals["confidence"]),
    }


#: an edge, or a slice of a large edge's evidence: (source, target, key, data, evidence)
EdgePart = tuple[str, str, str, dict[str, Any], list[dict[str, Any]]]


def edge_rows(
    batch: list[tuple[str, str, str, dict[str, Any]]] | list[EdgePart], *, provenance: bool = True,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Sentences, mentions (both empty unless ``provenance``) and per-type relationship rows for a
    batch of edges (or edge parts: an edge with a slice of its evidence)."""
    sentences: dict[str, dict[str, Any]] = {}
    mentions: dict[str, dict[str, Any]] = {}
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in batch:
        u, v, key, d = item[:4]
        evidence = item[4] if len(item) > 4 else d.get("evidence") or []  # type: ignore[misc]
        edge = edge_id(u, key, v)
        keys = [mention_key(edge, ev) for ev in evidence]
        by_type[d["type"]].append(relationship_row(u, v, d, keys, evidence))
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
#: evidence mentions per transaction unless told otherwise, and a tenth of the ids (article ids,
#: aliases, an article's actors) per transaction (docs/neo4j.md, "Hubs")
DEFAULT_BATCH_ITEMS = 5000
#: ids per transaction for each evidence mention allowed
IDS_PER_ITEM = 10


@dataclass
class Plan:
    """The batches of a push, built lazily (``len`` is known up front, for progress)."""

    g: nx.MultiDiGraph
    batch_size: int = DEFAULT_BATCH_SIZE
    evidence: str = "full"
    batch_items: int = DEFAULT_BATCH_ITEMS

    def __post_init__(self) -> None:
        if self.evidence not in EVIDENCE_MODES:
            raise ValueError(f"evidence must be one of {', '.join(EVIDENCE_MODES)}, not {self.evidence!r}")
        self.batch_size = max(1, self.batch_size)
        self.batch_items = max(1, self.batch_items)
        ids = IDS_PER_ITEM * self.batch_items
        self._actors = actor_rows(self.g, ids // 2)  # two lists per row
        self._articles = article_rows(self.g, ids) if self.evidence == "full" else []
        # by type first: each batch is mostly one big UNWIND per statement
        self._edges: list[EdgePart] = [
            (u, v, k, d, part)
            for u, v, k, d in sorted(self.g.edges(keys=True, data=True), key=lambda e: (e[3]["type"], e[0], e[1], e[2]))
            for part in _slices(d.get("evidence") or [], self.batch_items)
        ]
        self._actor_batches = _pack([(r["id"], len(r["aliases"]) + len(r["articles"])) for r in self._actors],
                                    self.batch_size, ids)
        self._article_batches = _pack([(r["id"], len(r["actors"])) for r in self._articles], self.batch_size, ids)
        self._edge_batches = _pack([((u, v, k), len(part)) for u, v, k, _, part in self._edges], self.batch_size, self.batch_items)

    def __len__(self) -> int:
        return len(self._actor_batches) + len(self._article_batches) + len(self._edge_batches)

    def __iter__(self) -> Iterator[Batch]:
        for idx in self._actor_batches:
            rows = [self._actors[i] for i in idx]
            b = Batch("actors", [Statement(Q.merge_actors(), {"rows": rows})], actors=len({r["id"] for r in rows}))
            for t in ActorType:  # labels only from the ontology
                ids = sorted({r["id"] for r in rows if r["type"] == t.value})
                if ids:
                    b.statements.append(Statement(Q.set_actor_label(t.value), {"ids": ids}))
            yield b
        for idx in self._article_batches:
            yield Batch("articles", [Statement(Q.merge_articles(), {"rows": [self._articles[i] for i in idx]})])
        first_part: set[tuple[str, str, str]] = set()
        for idx in self._edge_batches:
            chunk = [self._edges[i] for i in idx]
            sentences, mentions, by_type = edge_rows(chunk, provenance=self.evidence == "full")
            new = {(u, v, k) for u, v, k, _, _ in chunk} - first_part  # a sliced edge counts once
            first_part |= new
            b = Batch("relationships", relationships=len(new), mentions=sum(len(r["keys"]) for rows in by_type.values() for r in rows))
            if sentences:
                b.statements.append(Statement(Q.merge_sentences(), {"rows": sentences}))
            if mentions:
                b.statements.append(Statement(Q.merge_mentions(), {"rows": mentions}))
            for rel in Q.REL_TYPES:  # relationship types only from the ontology
                if by_type.get(rel):
                    b.statements.append(Statement(Q.merge_edges(rel), {"rows": by_type[rel]}))
            yield b


def plan(g: nx.MultiDiGraph, batch_size: int = DEFAULT_BATCH_SIZE, evidence: str = "full",
         batch_items: int = DEFAULT_BATCH_ITEMS) -> Plan:
    """Actors, then articles (with MENTIONS), then edges with their sentences and mentions.

    ``evidence="keys"`` writes the actor layer only: actors and relationships with
    their aggregates and ``evidence_keys`` — no :Article, :Sentence or :Mention nodes
    (a later ``"full"`` push adds them and changes no relationship). Labels and
    relationship types in the statements come from the ontology only (the builders in
    graph/neo4j/statements.py check them); all data is in ``params``. Each batch holds at
    most ``batch_size`` rows and ``batch_items`` list items (see the module's docstring).
    """
    return Plan(g, batch_size, evidence, batch_items)
