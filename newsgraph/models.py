"""The data model, declared once (pydantic v2), field for field as ../shared/ONTOLOGY.md.

Every stage takes and returns these: the reader yields :class:`Article`, the
extractor yields :class:`Triple`, graph stores hold :class:`Actor` nodes and
edges whose evidence items are :class:`Evidence`.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsgraph.ontology import ActorType, RelationType, relation_class


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=True)


class Article(_Model):
    """One news article, located in its source text.

    ``body`` is ``source_text[start:end]`` with every non-content part (byline,
    dateline prefix, captions, credit lines, web boilerplate) replaced by spaces
    (newlines kept), so it has the same length as the slice and any span
    ``body[a:b]`` without blanked characters equals ``source_text[start+a:start+b]``.
    For JSON Lines / CSV records the source text is the record's ``text`` field.
    """

    id: str = Field(description="stable id derived from the content (see article_id)")
    source: str = Field(description="path as given, '<stdin>', or 'file.jsonl:LINE'")
    start: int = Field(ge=0, description="offset of the article in the source text")
    end: int = Field(ge=0)
    body: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    date: str | None = Field(default=None, description="ISO-8601 date (YYYY-MM-DD) when known")
    url: str | None = None
    outlet: str | None = Field(default=None, description="publisher / agency when known")

    @model_validator(mode="after")
    def _check_span(self) -> "Article":
        if self.end < self.start or len(self.body) != self.end - self.start:
            raise ValueError("body must have the length end - start")
        return self


def article_id(text: str) -> str:
    """A stable id for an article: 16 hex digits of the SHA-256 of its normalised content."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def actor_id(name: str, type_: ActorType | str) -> str:
    """The graph key of an actor: ``actor_id("Vladimir Putin", "PERSON") == "person:vladimir-putin"``."""
    t = ActorType(type_).value.lower()
    return f"{t}:{slug(name)}"


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['’`]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "unnamed"


class Actor(_Model):
    """A canonical actor (graph node)."""

    id: str
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 when known")
    role: str | None = None


class Triple(_Model):
    """One relation mention: the public JSON Lines record of ``newsgraph extract``."""

    subject: str
    subject_type: ActorType
    relation: RelationType
    object: str
    object_type: ActorType
    negated: bool = False
    attributed_to: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    article_id: str
    sentence: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    source: str
    date: str | None = None
    subject_mention: str
    object_mention: str

    @property
    def relation_class(self) -> str:
        return relation_class(self.relation).value

    def edge_key(self) -> tuple[str, str, str, bool]:
        return (
            actor_id(self.subject, self.subject_type),
            str(self.relation),
            actor_id(self.object, self.object_type),
            self.negated,
        )


class Evidence(_Model):
    """Why an edge exists: one supporting mention."""

    article_id: str
    sentence: str
    source: str
    char_start: int
    char_end: int
    date: str | None = None
    attributed_to: str | None = None
    confidence: float
    subject_mention: str
    object_mention: str

    @classmethod
    def from_triple(cls, t: Triple) -> "Evidence":
        return cls(
            article_id=t.article_id,
            sentence=t.sentence,
            source=t.source,
            char_start=t.char_start,
            char_end=t.char_end,
            date=t.date,
            attributed_to=t.attributed_to,
            confidence=t.confidence,
            subject_mention=t.subject_mention,
            object_mention=t.object_mention,
        )

    def key(self) -> tuple[str, int, int, str, str]:
        """Identity of a mention; merging the same article twice adds nothing."""
        return (self.article_id, self.char_start, self.char_end, self.subject_mention, self.object_mention)
