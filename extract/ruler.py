"""A faster EntityRuler for the gazetteer: the same entities, phrase matching where it can.

spaCy's :class:`~spacy.pipeline.EntityRuler` runs every token pattern through one
``Matcher``, which tries each of its patterns at each token: with the gazetteer's
~2,700 patterns that made the ruler slower than the parser and the NER together
(the profile in docs/scale.md). Most gazetteer patterns are a plain token sequence
compared on a single attribute (all ``LOWER`` or all ``ORTH``); this ruler puts those
in two hash-indexed ``PhraseMatcher`` s (one per attribute). Patterns that mix ``LOWER``
and ``ORTH`` are found by a ``LOWER`` phrase matcher and then checked token by token;
one-token ``{"TEXT": {"REGEX": ...}}`` patterns are tried only on tokens that one
combined regular expression accepts. Anything else goes to the ``Matcher`` as before.
Matches are collected, ordered and applied by the EntityRuler's own code, so the
entities are the same (checked on the dev corpus and ~1,100 test and benchmark sentences).
"""
from __future__ import annotations

import re
import warnings
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

_PHRASE_ATTRS = ("LOWER", "ORTH")


def _specs(pattern: Any) -> list[tuple[str, str]] | None:
    """[(attr, value)] when every token of a token pattern is ``{LOWER|ORTH: "plain string"}``."""
    if not isinstance(pattern, list) or not pattern:
        return None
    specs = []
    for tok in pattern:
        if not isinstance(tok, dict) or len(tok) != 1:
            return None
        (attr, value), = tok.items()
        if attr.upper() not in _PHRASE_ATTRS or not isinstance(value, str):
            return None
        specs.append((attr.upper(), value))
    return specs


def _one_token_regex(pattern: Any) -> str | None:
    """The expression of a ``[{"TEXT": {"REGEX": expr}}]`` pattern."""
    if isinstance(pattern, list) and len(pattern) == 1 and isinstance(pattern[0], dict) and len(pattern[0]) == 1:
        (attr, value), = pattern[0].items()
        if attr.upper() == "TEXT" and isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
            return value["REGEX"]
    return None


class PhraseEntityRuler(EntityRuler):
    """An EntityRuler that matches single-attribute token patterns with PhraseMatchers."""

    def clear(self) -> None:
        super().clear()
        self._reset_fast()

    def _reset_fast(self) -> None:
        self._phrase = {a: PhraseMatcher(self.nlp.vocab, attr=a) for a in _PHRASE_ATTRS}
        self._mixed_pm = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._mixed: dict[int, tuple[int, list[tuple[str, str]]]] = {}
        self._regexes: list[tuple[int, re.Pattern[str]]] = []
        self._any_regex: re.Pattern[str] | None = None

    def _key(self, entry: dict[str, Any]) -> str:
        label = entry["label"]
        if "id" not in entry:
            return label
        key = self._create_label(label, entry["id"])
        self._ent_ids[self.matcher._normalize_key(key)] = (label, entry["id"])
        return key

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        if not hasattr(self, "_phrase"):
            self._reset_fast()
        rest = []
        strings = self.nlp.vocab.strings
        for entry in patterns:
            pattern = entry.get("pattern")
            specs, regex = _specs(pattern), _one_token_regex(pattern)
            if specs is None and regex is None:
                rest.append(entry)
                continue
            key = self._key(entry)
            attrs = {a for a, _ in specs or []}
            if specs is not None and len(attrs) == 1:
                self._phrase[attrs.pop()].add(key, [Doc(self.nlp.vocab, words=[v for _, v in specs])])
            elif specs is not None:
                probe = f"{key}\x1f{len(self._mixed)}"
                self._mixed[strings.add(probe)] = (strings.add(key), specs)
                self._mixed_pm.add(probe, [Doc(self.nlp.vocab, words=[v.lower() for _, v in specs])])
            elif regex is not None:
                self._regexes.append((strings.add(key), re.compile(regex)))
            self.token_patterns[key].append(pattern)  # listed by .patterns, serialised as given
        if self._regexes:  # one pass over all expressions, once per call (not once per pattern)
            try:
                self._any_regex = re.compile("|".join(f"(?:{r.pattern})" for _, r in self._regexes))
            except re.error:  # expressions that cannot be joined: try each on every token
                self._any_regex = None
        if rest:
            super().add_patterns(rest)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        self._require_patterns()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.matcher(doc)) + list(self.phrase_matcher(doc))
            for pm in self._phrase.values():
                matches += list(pm(doc))
            matches += self._match_mixed(doc) + self._match_regexes(doc)
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def _match_mixed(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = []
        for probe, start, end in self._mixed_pm(doc):
            key, specs = self._mixed[probe]
            if all((tok.orth_ if attr == "ORTH" else tok.lower_) == value for tok, (attr, value) in zip(doc[start:end], specs)):
                found.append((key, start, end))
        return found

    def _match_regexes(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self._regexes:
            return []
        found = []
        for tok in doc:
            if self._any_regex is not None and not self._any_regex.search(tok.text):
                continue
            found += [(key, tok.i, tok.i + 1) for key, rx in self._regexes if rx.search(tok.text)]
        return found


@Language.factory("newsgraph_entity_ruler", default_config={"overwrite_ents": False, "ent_id_sep": "||"})
def make_phrase_entity_ruler(nlp: Language, name: str, overwrite_ents: bool, ent_id_sep: str) -> PhraseEntityRuler:
    return PhraseEntityRuler(nlp, name, overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)
