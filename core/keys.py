"""Identity, spelled once: the keys that make merging idempotent, in the embedded graph and in Neo4j.

* an article: :func:`article_id` (a hash of its normalised content);
* an actor: :func:`actor_id` (``"country:russia"``);
* an edge between two actors: its multigraph key :func:`edge_key` (``"SUPPORTS"`` or
  ``"SUPPORTS:NEG"``) and, as one string, :func:`edge_id`;
* one piece of evidence (a relation mention) on an edge: :func:`evidence_key`, which is also
  the order an edge's evidence list is kept in; in Neo4j its sentence is :func:`sentence_key`
  and the mention :func:`mention_key`.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from newsgraph.core.ontology import ActorType

#: the fields of an evidence item that identify it, in sort order
EVIDENCE_KEY_FIELDS = ("article_id", "char_start", "char_end", "subject_mention", "object_mention")


def article_id(text: str) -> str:
    """A stable id for an article: 16 hex digits of the SHA-256 of its normalised content."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def slug(name: str) -> str:
    """``slug("Bashar al-Assad") == "bashar-al-assad"``: ASCII, lower case, hyphens."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’`]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "unnamed"


def actor_id(name: str, type_: ActorType | str) -> str:
    """The graph key of an actor: ``actor_id("Vladimir Putin", "PERSON") == "person:vladimir-putin"``."""
    t = ActorType(type_).value.lower()
    return f"{t}:{slug(name)}"


def edge_key(relation: str, negated: bool) -> str:
    """The key of an edge among the edges between two actors: ``"SUPPORTS"`` or ``"SUPPORTS:NEG"``."""
    return f"{relation}:NEG" if negated else relation


def edge_id(source: str, key: str, target: str) -> str:
    """An edge as one string: ``country:russia-[SUPPORTS]->person:bashar-al-assad``."""
    return f"{source}-[{key}]->{target}"


def evidence_key(ev: Mapping[str, Any] | Any) -> tuple[Any, ...]:
    """The identity of an evidence item (a dict, or a record with those attributes such as a
    ``Triple``); merging the same article twice adds nothing. Also the order of an edge's
    evidence list."""
    if isinstance(ev, Mapping):
        return tuple(ev[f] for f in EVIDENCE_KEY_FIELDS)
    return tuple(getattr(ev, f) for f in EVIDENCE_KEY_FIELDS)


def sentence_key(ev: Mapping[str, Any]) -> str:
    """The key of the sentence an evidence item comes from: ``ARTICLE:START-END``."""
    return f"{ev['article_id']}:{ev['char_start']}-{ev['char_end']}"


def mention_key(edge: str, ev: Mapping[str, Any]) -> str:
    """The key of one mention in Neo4j: its sentence key and a hash of the edge and both surface forms."""
    h = hashlib.sha256("\x1f".join([edge, ev["subject_mention"], ev["object_mention"]]).encode("utf-8")).hexdigest()[:16]
    return f"{sentence_key(ev)}:{h}"
