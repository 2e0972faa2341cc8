"""Every write and schema statement newsgraph sends to Neo4j, as parameterised builders.

Data always travels as parameters (``$rows``, ``$ids``); the only things ever
formatted into a statement are labels and relationship types, and those come
from the ontology's fixed lists (:data:`ACTOR_LABELS`, :data:`REL_TYPES`) and are
checked again here. Cypher cannot parameterise a relationship type, so there is
one edge statement per relation type.

The Neo4j model (docs/neo4j.md) holds what the embedded graph holds::

    (:Actor:Country {id, name, type, aliases, country, role, articles, mentions})
    (:Actor)-[:SUPPORTS {negated, type, label, class, weight, articles, first_seen, last_seen,
                         confidence, attributed, evidence_keys}]->(:Actor)
    (:Article {id, source, date})-[:MENTIONS]->(:Actor)
    (:Article)-[:HAS_SENTENCE]->(:Sentence {key, article_id, text, char_start, char_end, source})
    (:Mention {key, edge, ...one relation mention...})-[:IN_SENTENCE]->(:Sentence)

A relationship is keyed by (start, type, end, negated); its aggregates are
recomputed from the :Mention nodes whose ``edge`` property names it, so merging
is idempotent and incremental. ``rows`` arguments let the Cypher script export
reuse the same statements with a literal list instead of ``$rows``.
"""
from __future__ import annotations

import re

from newsgraph.core.ontology import ACTOR_LABEL, ActorType, RelationType

#: Labels an actor can carry besides ``Actor``, from the ontology.
ACTOR_LABELS: dict[str, str] = {t.value: ACTOR_LABEL[t] for t in ActorType}
#: Relationship types between actors: exactly the ontology's.
REL_TYPES: tuple[str, ...] = tuple(r.value for r in RelationType)
#: Node labels and relationship types of the evidence layer.
EVIDENCE_LABELS: tuple[str, ...] = ("Article", "Sentence", "Mention")
EVIDENCE_RELS: tuple[str, ...] = ("MENTIONS", "HAS_SENTENCE", "IN_SENTENCE")

_NAME = re.compile(r"^[A-Z][A-Za-z_]*$")


def _label(actor_type: str) -> str:
    label = ACTOR_LABELS[ActorType(actor_type).value]
    if not _NAME.match(label):  # never: the ontology's labels are plain names
        raise ValueError(f"unsafe label {label!r}")
    return label


def _rel(rel_type: str) -> str:
    rel = RelationType(rel_type).value  # ValueError for anything outside the ontology
    if not _NAME.match(rel) or rel not in REL_TYPES:
        raise ValueError(f"unsafe relationship type {rel!r}")
    return rel


def schema_statements() -> list[str]:
    """Constraints and indexes; each is its own (schema) transaction. Idempotent."""
    return [
        "CREATE CONSTRAINT newsgraph_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
        "CREATE CONSTRAINT newsgraph_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
        "CREATE CONSTRAINT newsgraph_sentence_key IF NOT EXISTS FOR (s:Sentence) REQUIRE s.key IS UNIQUE",
        "CREATE CONSTRAINT newsgraph_mention_key IF NOT EXISTS FOR (m:Mention) REQUIRE m.key IS UNIQUE",
        "CREATE INDEX newsgraph_actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
        "CREATE INDEX newsgraph_actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type)",
        "CREATE INDEX newsgraph_mention_edge IF NOT EXISTS FOR (m:Mention) ON (m.edge)",
    ]


def _sorted_union(old: str, new: str, name: str) -> str:
    """A ``CALL`` subquery giving ``name``: the sorted distinct union of two string lists (no APOC).

    Written as a subquery, not as ``COLLECT { … RETURN DISTINCT x ORDER BY x }``: Neo4j 5.26
    plans that expression with memory quadratic in the list (an actor named in 1,000 articles
    took 97 MB of transaction memory, one in 4,000 over 256 MB); this form is linear."""
    return (
        f"CALL ({old.split('.')[0]}, row) {{\n"
        f"  UNWIND coalesce({old}, []) + {new} AS x\n"
        "  WITH DISTINCT x ORDER BY x\n"
        f"  RETURN collect(x) AS {name}\n"
        "}\n"
    )


def merge_actors(rows: str = "$rows") -> str:
    """Merge actors of any type. Row: {id, name, type, aliases, country, role, articles}.

    The first ``SET`` takes the node's write lock before the lists are read, so
    concurrent writers cannot lose each other's aliases or articles. An actor named in
    many articles comes as several rows (graph/neo4j/plan.py), each adding its share of
    ``articles`` to the sorted union. The type label is set by :func:`set_actor_label`.
    """
    return (
        f"UNWIND {rows} AS row\n"
        "MERGE (a:Actor {id: row.id})\n"
        "ON CREATE SET a.name = row.name, a.type = row.type, a.aliases = [], a.articles = [], a.mentions = 0\n"
        "SET a._lock = true\n"
        "WITH a, row\n"
        + _sorted_union("a.aliases", "row.aliases", "aliases")
        + _sorted_union("a.articles", "row.articles", "articles")
        + "SET a.aliases = aliases, a.articles = articles,\n"
        "    a.country = coalesce(a.country, row.country), a.role = coalesce(a.role, row.role)\n"
        "REMOVE a._lock"
    )


def set_actor_label(actor_type: str, ids: str = "$ids") -> str:
    """Give actors their type label (``:Person``, ``:Country``, ...) from the ontology."""
    return f"UNWIND {ids} AS actor_id MATCH (a:Actor {{id: actor_id}}) SET a:{_label(actor_type)}"


def merge_articles(rows: str = "$rows") -> str:
    """Merge articles and their MENTIONS links. Row: {id, source, date, actors: [actor id]}."""
    return (
        f"UNWIND {rows} AS row\n"
        "MERGE (ar:Article {id: row.id})\n"
        "ON CREATE SET ar.source = row.source, ar.date = row.date\n"
        "SET ar.date = coalesce(ar.date, row.date)\n"
        "WITH ar, row UNWIND row.actors AS actor_id\n"
        "MATCH (a:Actor {id: actor_id})\n"
        "MERGE (ar)-[:MENTIONS]->(a)"
    )


def merge_sentences(rows: str = "$rows") -> str:
    """Merge evidence sentences. Row: {key, article_id, text, char_start, char_end, source}."""
    return (
        f"UNWIND {rows} AS row\n"
        "MERGE (s:Sentence {key: row.key})\n"
        "ON CREATE SET s.article_id = row.article_id, s.text = row.text, s.char_start = row.char_start,\n"
        "    s.char_end = row.char_end, s.source = row.source\n"
        "WITH s, row MATCH (ar:Article {id: row.article_id})\n"
        "MERGE (ar)-[:HAS_SENTENCE]->(s)"
    )


def merge_mentions(rows: str = "$rows") -> str:
    """Merge relation mentions (one per evidence item). Row: {key, sentence_key, props: {...}}."""
    return (
        f"UNWIND {rows} AS row\n"
        "MERGE (m:Mention {key: row.key})\n"
        "ON CREATE SET m += row.props\n"
        "WITH m, row MATCH (s:Sentence {key: row.sentence_key})\n"
        "MERGE (m)-[:IN_SENTENCE]->(s)"
    )


def merge_edges(rel_type: str, rows: str = "$rows") -> str:
    """Merge relationships of one ontology type with their evidence aggregates.

    Row: {source, target, negated, class, keys, attributed_keys, articles, first_seen, last_seen,
    confidence} — ``keys`` are the mention keys of the edge this row carries (all of them, or
    one slice of a large edge's: graph/neo4j/plan.py), ``attributed_keys`` those with an
    ``attributed_to``, the rest their aggregates. Relationships are keyed by their ends, the
    type and ``negated``. A new relationship takes the row's aggregates as they are. An
    existing one is write-locked first; then only keys it does not hold yet count:
    ``evidence_keys`` becomes the sorted union, ``weight`` its size, ``articles`` the number of
    distinct articles in it (a mention key starts with its article id), ``attributed`` grows by
    the new attributed keys, ``first_seen``/``last_seen``/``confidence`` take the min/max.
    ``label`` is what the Browser style shows: ``NOT TYPE`` for a negated relationship,
    ``TYPE (claim)`` when every mention is someone's claim, else ``TYPE``.
    Each end's ``mentions`` (the summed weight of its relationships, a self-loop once) grows by
    the keys added, under the actor's write lock. Merging the same rows again changes nothing,
    and concurrent writers cannot lose each other's keys or counts. The union is one grouping
    pass (linear in the keys, old and new), never a list search per key.
    """
    rel = _rel(rel_type)
    return (
        f"UNWIND {rows} AS row\n"
        "MATCH (s:Actor {id: row.source}), (o:Actor {id: row.target})\n"
        f"MERGE (s)-[r:{rel} {{negated: row.negated}}]->(o)\n"
        f"ON CREATE SET r.type = '{rel}', r.class = row.class, r.evidence_keys = row.keys, r.weight = size(row.keys),\n"
        f"    r.label = CASE WHEN row.negated THEN 'NOT {rel}' WHEN size(row.attributed_keys) = size(row.keys) "
        f"THEN '{rel} (claim)' ELSE '{rel}' END,\n"
        "    r.articles = row.articles, r.attributed = size(row.attributed_keys), r.first_seen = row.first_seen, r.last_seen = row.last_seen,\n"
        "    r.confidence = row.confidence\n"
        "ON MATCH SET r._lock = true  // also tells a matched relationship from a new one\n"
        "WITH s, o, r, row\n"
        "CALL (r, row) {\n"
        "  WITH * WHERE r._lock\n"
        "  UNWIND [k IN coalesce(r.evidence_keys, []) | [k, 1, 0]] + [k IN row.keys | [k, 0, 0]]\n"
        "       + [k IN row.attributed_keys | [k, 0, 1]] AS p\n"
        "  WITH p[0] AS k, max(p[1]) AS held, max(p[2]) AS attributed ORDER BY k\n"
        "  RETURN collect(k) AS keys, collect(CASE held WHEN 0 THEN k END) AS new_keys,\n"
        "         sum(CASE WHEN held = 0 AND attributed = 1 THEN 1 ELSE 0 END) AS new_attributed,\n"
        "         count(DISTINCT split(k, ':')[0]) AS articles\n"
        "}\n"
        "WITH s, o, r, row, keys, new_attributed, articles,\n"
        "     CASE WHEN r._lock IS NULL THEN row.keys ELSE new_keys END AS added\n"
        "CALL (r, row, added, keys, new_attributed, articles) {\n"
        "  WITH * WHERE r._lock AND size(added) > 0\n"
        "  SET r.attributed = coalesce(r.attributed, 0) + new_attributed,\n"
        "      r.evidence_keys = keys,\n"
        "      r.weight = size(keys),\n"
        "      r.articles = articles,\n"
        "      r.first_seen = CASE WHEN r.first_seen IS NULL OR row.first_seen < r.first_seen THEN coalesce(row.first_seen, r.first_seen) ELSE r.first_seen END,\n"
        "      r.last_seen = CASE WHEN r.last_seen IS NULL OR row.last_seen > r.last_seen THEN coalesce(row.last_seen, r.last_seen) ELSE r.last_seen END,\n"
        "      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END\n"
        f"  SET r.label = CASE WHEN r.negated THEN 'NOT {rel}' WHEN r.attributed = r.weight THEN '{rel} (claim)' ELSE '{rel}' END\n"
        "}\n"
        "REMOVE r._lock\n"
        "WITH s, o, size(added) AS n WHERE n > 0\n"
        "UNWIND CASE WHEN s = o THEN [s] ELSE [s, o] END AS a\n"
        "WITH a, sum(n) AS delta ORDER BY a.id\n"
        "SET a._lock = true\n"
        "SET a.mentions = coalesce(a.mentions, 0) + delta\n"
        "REMOVE a._lock"
    )


def count_query() -> str:
    """Counts of every part of newsgraph's model, as one row."""
    types = "[" + ", ".join(f"'{t}'" for t in REL_TYPES) + "]"
    return (
        "RETURN COUNT { MATCH (a:Actor) } AS actors,\n"
        f"  COUNT {{ MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN {types} }} AS relationships,\n"
        f"  COALESCE(COLLECT {{ MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN {types} RETURN sum(r.weight) }}[0], 0) AS weight,\n"
        "  COUNT { MATCH (n:Article) } AS articles,\n"
        "  COUNT { MATCH (n:Sentence) } AS sentences,\n"
        "  COUNT { MATCH (n:Mention) } AS mentions,\n"
        "  COUNT { MATCH (:Article)-[r:MENTIONS]->(:Actor) } AS article_links"
    )


def clear_database() -> list[str]:
    """Delete everything in slices — relationships, then nodes, 10,000 per transaction — so
    a hub node with many relationships never needs one big transaction. Run each until it
    returns 0 (tests, ``push --replace``)."""
    return [
        "MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted",
        "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted",
    ]


def read_actors() -> str:
    """Every actor with its properties and type (used to read a graph back)."""
    return (
        "MATCH (a:Actor) RETURN a.id AS id, a {.*} AS props ORDER BY id"
    )


def read_edges() -> str:
    """Every actor-to-actor relationship with its ends and properties."""
    types = "[" + ", ".join(f"'{t}'" for t in REL_TYPES) + "]"
    return (
        "MATCH (s:Actor)-[r]->(o:Actor) WHERE type(r) IN " + types + "\n"
        "RETURN s.id AS source, o.id AS target, type(r) AS type, r {.*} AS props\n"
        "ORDER BY source, target, type, props.negated"
    )


def read_mentions() -> str:
    """Every mention with the text of its sentence (evidence, to rebuild the embedded graph)."""
    return (
        "MATCH (m:Mention)-[:IN_SENTENCE]->(s:Sentence)\n"
        "RETURN m {.*} AS mention, s.text AS sentence, s.source AS source ORDER BY mention.key"
    )
