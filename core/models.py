"""The data model, declared once (pydantic v2), field for field as ../shared/ONTOLOGY.md.

Every stage takes and returns these: the reader yields :class:`Article`, the
extractor yields :class:`Triple`, graph stores hold :class:`Actor` nodes and
edges whose evidence items are :class:`Evidence`.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsgraph.core.keys import actor_id, edge_key, evidence_key
from newsgraph.core.ontology import ActorType, RelationType, relation_class


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=True)


class Article(_Model):
    """One news article, located in its source text.

    ``body`` is ``source_text[start:end]`` with every non-content part (byline,
    dateline prefix, captions, credit lines, web boilerplate) replaced by spaces
    (newlines kept), so it has the same length as the slice and any span
    ``body[a:b]`` without blanked characters equals ``source_text[start+a:start+b]``.
    For JSON Lines / CSV records the source text is the record's ``text`` field.

    >>> import newsgraph as ng
    >>> article, _ = next(iter(ng.extract_paths(["examples/red_sea_ports.txt"])))
    >>> article.title, article.source
    ('Saudi-led coalition steps up strikes on Houthi-held Hodeidah', 'examples/red_sea_ports.txt')
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
    format: str | None = Field(default=None, description="html, pdf or feed when the text was extracted from such a "
                               "file (offsets are into that text); None for plain text and JSONL/CSV records")

    @model_validator(mode="after")
    def _check_span(self) -> "Article":
        if self.end < self.start or len(self.body) != self.end - self.start:
            raise ValueError("body must have the length end - start")
        return self


class Actor(_Model):
    """A canonical actor (graph node): ``kg.actors()``, ``kg.actor(name)``.

    >>> import newsgraph as ng
    >>> iran = ng.build("examples/").actor("Tehran")
    >>> iran.id, iran.type, iran.country
    ('country:iran', 'COUNTRY', 'IRN')
    """

    id: str
    name: str
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 when known")
    role: str | None = None


class Triple(_Model):
    """One relation mention: the public JSON Lines record of ``newsgraph extract``.

    >>> import newsgraph as ng
    >>> t = next(t for t in ng.extract_text("Iran backs the Houthis.") if t.relation == "SUPPORTS")
    >>> t.subject, t.relation, t.object, t.relation_class, t.sentence
    ('Iran', 'SUPPORTS', 'Houthis', 'cooperative', 'Iran backs the Houthis.')
    """

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
    # Not part of the public record (excluded from every dump): the extractor's ISO 3166-1
    # alpha-3 for each actor where its gazetteer knows one, which the graph stores on the node.
    subject_country: str | None = Field(default=None, exclude=True)
    object_country: str | None = Field(default=None, exclude=True)

    @property
    def relation_class(self) -> str:
        return relation_class(self.relation).value

    def edge_key(self) -> tuple[str, str, str]:
        """(subject id, edge key, object id): the graph edge this mention merges into."""
        return (
            actor_id(self.subject, self.subject_type),
            edge_key(str(self.relation), self.negated),
            actor_id(self.object, self.object_type),
        )


class Evidence(_Model):
    """Why an edge exists: one supporting mention (``kg.evidence(a, b)``, ``edge.evidence``).

    >>> import newsgraph as ng
    >>> edge, ev = ng.build("examples/").evidence("Houthis", "Hodeidah", type="CONTROLS")[0]
    >>> "Hodeidah" in ev.sentence, ev.source.endswith(".txt") or ".jsonl" in ev.source
    (True, True)
    """

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

    def key(self) -> tuple[object, ...]:
        """Identity of a mention (:func:`~newsgraph.core.keys.evidence_key`)."""
        return evidence_key(self.model_dump())
