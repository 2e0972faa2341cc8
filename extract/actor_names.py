"""The actor mention record and the name helpers every reader of mentions shares."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.open_actors import DROPPED_TITLES, GROUP_HEADS

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "sheik", "shaykh", "mr.", "mrs.", "ms.", "dr."}
_PARTICLES = ("al-", "el-", "bin-", "ibn-")


@functools.cache
def group_words() -> frozenset[str]:
    """Lemmas of nouns that name a group of fighters or members ("rebels", "forces", "militiamen")."""
    w = lexicon().words
    return frozenset(w["rebel_nouns"] | w["military_nouns"] | w["group_nouns"] | {g.rstrip("s") for g in GROUP_HEADS} | GROUP_HEADS)


@dataclass(frozen=True)
class Mention:
    """A span referring to a canonical actor."""

    start: int  # first token index
    end: int  # token index after the last
    name: str  # canonical name
    type: str  # ontology actor type
    text: str  # surface form as written
    kind: str = "entity"  # entity | role | pronoun | demonym
    iso3: str | None = None

    @property
    def is_state(self) -> bool:
        return self.type == "COUNTRY"

    @classmethod
    def for_state(cls, state: Any, start: int, end: int, text: str | None = None) -> Mention:
        """Words standing for a state (``state``: anything with its ``name`` and ``iso3``): "a junta spokesman",
        "soldiers" in a story about Mali, a title's owner."""
        return cls(start, end, state.name, "COUNTRY", state.name if text is None else text, kind="role", iso3=state.iso3)


def noun_lemma(tok: Token) -> str:
    """The lemma of a noun, also when a capital made the tagger call it a name ("Rebels" -> rebel)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma == tok.lower_ and lemma.endswith("s") and (lemma[:-1] in group_words() or lemma[:-1] in lexicon().words["force_nouns"]):
        return lemma[:-1]
    return lemma


def capitalised_common_plural(tok: Token) -> bool:
    """ "Rebels", "Insurgents" opening a sentence: a common plural noun a capital made look like a name."""
    low = tok.lower_
    words = lexicon().words
    return low.endswith("s") and (low[:-1] in group_words() or low[:-1] in words["force_nouns"] or low[:-1] in words["rebel_nouns"])


#: lower-case particles inside personal names: "Daniel arap Moi", "Abdullah bin Zayed", "Frederik de Klerk"
NAME_PARTICLES = frozenset({"arap", "bin", "ibn", "al", "el", "de", "da", "di", "del", "van", "von", "der", "den", "dos", "das", "ould", "ag", "abu", "ben", "le", "la", "du"})
#: capitalised words of an office, not names of a group: "Supreme Leader X", "Grand Ayatollah X", "Parliament speaker X"
OFFICE_WORDS = frozenset({
    "supreme", "grand", "acting", "interim", "deputy", "vice", "senior", "top", "spiritual", "religious", "general", "high",
    "paramount", "parliament", "parliamentary", "senate", "congress", "assembly", "house", "cabinet", "council", "government",
    "national", "provincial", "regional", "state", "federal", "party", "opposition", "ayatollah", "sheikh", "sheik", "shaykh", "emir", "imam"})


def surname_key(name: str) -> str:
    words = name.split()
    if not words:
        return ""
    last = words[-1].lower().strip(".,'’")
    for p in _PARTICLES:
        last = last.removeprefix(p)
    return last


#: lowercase prepositions no name runs through ("of", "for", "de" do: "Republic of Congo")
_CUTTING_PREPOSITIONS = frozenset({"under", "near", "in", "at", "on", "during", "after", "before", "since", "from", "with", "by", "into", "against"})


def strip_name(span: Span) -> tuple[int, int]:
    """Drop leading determiners, honorifics, titles and a trailing possessive from an entity span."""
    lx = lexicon()
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (
        doc[start].lower_ in _HONORIFICS
        or doc[start].lower_ == "the"
        or doc[start].lower_ in lx.words["titles_lead"]
        or doc[start].lower_ in lx.words["titles_member"]
        or (doc[start].lower_ in DROPPED_TITLES and doc[start].text[:1].isupper())  # "Major Modibo Traore", "Lt. Gen. X"
    ):
        start += 1
    for i in range(start + 1, end):  # "the Movement for Democratic Change (MDC": the name ends before its bracket
        if doc[i].text in ("(", "[") or (doc[i].lower_ in _CUTTING_PREPOSITIONS and doc[i].text.islower()):
            end = i  # "the Sahel under Operation Barkhane": the name ends before a lowercase "under"
            break
    while end > start + 1 and doc[end - 1].tag_ == "POS" or (end > start + 1 and doc[end - 1].is_punct):
        end -= 1
    return start, end
