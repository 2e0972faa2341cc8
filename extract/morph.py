"""The model's attribute ruler and lemmatizer, memoised: the same annotations, computed once per word form.

In the small English pipeline the attribute ruler (tag -> part of speech and morphology, plus a
few word exceptions) and the rule lemmatizer take about a fifth of ``nlp.pipe``'s time, token by
token in Python, though what they give a token depends only on its form, its tag and its
dependency label — except for the ruler's few multi-word patterns ("gon na", "there is"). So
:class:`MemoMorph` stands in for both:

* a multi-word pattern that matches ("there is", "gon na") sets its word's part of speech or
  lemma as the ruler does (the lemma stays the one made from the word's own part of speech, as
  the real pipes give it); a pattern that would set anything else sends the Doc to the real pipes;
* every token takes (tag, dep, pos, morph, lemma) from a table keyed by (form, tag, dep);
  a form not in the table yet is annotated by the real components on a one-token Doc with the
  same tag and dependency label, and remembered.

The result is the real components' own output (``tests/test_extract_morph.py`` compares them
token by token); the table is bounded and starts afresh when full.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

#: entries kept before the table starts afresh (a form, tag and label each: ~100 bytes)
MAX_ENTRIES = 300_000


class MemoMorph:
    """Stands in for ``attribute_ruler`` + ``lemmatizer`` (both kept, disabled, for the fallbacks)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.ruler = nlp.get_pipe("attribute_ruler")
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.multi = Matcher(nlp.vocab)
        self.multi_attrs: dict[int, tuple[dict[str, str], int]] = {}
        for i, p in enumerate(self.ruler.patterns):  # type: ignore[attr-defined]
            long = [pat for pat in p["patterns"] if len(pat) > 1]
            if long:
                self.multi.add(f"multi{i}", long)
                self.multi_attrs[nlp.vocab.strings[f"multi{i}"]] = (p["attrs"], p.get("index", 0))
        self.table: dict[tuple[int, int, int], tuple[int, int, int, int, int]] = {}

    def _real(self, doc: Doc) -> Doc:
        return self.lemmatizer(self.ruler(doc))  # type: ignore[operator]

    def _annotate(self, tok: Token) -> tuple[int, int, int, int, int]:
        one = Doc(self.vocab, words=[tok.text], spaces=[False])
        one[0].tag = tok.tag
        one[0].dep = tok.dep
        t = self._real(one)[0]
        return t.tag, t.dep, t.pos, t.morph.key, t.lemma

    def __call__(self, doc: Doc) -> Doc:
        matches = self.multi(doc)
        if any(set(self.multi_attrs[m][0]) - {"LEMMA", "POS"} for m, _, _ in matches):
            return self._real(doc)  # a multi-word pattern that changes more than these: the real pipes
        table = self.table
        if len(table) > MAX_ENTRIES:
            table.clear()
        for tok in doc:
            key = (tok.orth, tok.tag, tok.dep)
            got = table.get(key)
            if got is None:
                got = table[key] = self._annotate(tok)
            tag, dep, pos, morph, lemma = got
            if tag != tok.tag:
                tok.tag = tag
            if dep != tok.dep:
                tok.dep = dep
            tok.pos = pos
            tok.set_morph(morph)
            tok.lemma = lemma
        for match_id, start, _ in matches:  # "there is": the word's part of speech, then its lemma, as the real pipes set them
            attrs, index = self.multi_attrs[match_id]
            tok = doc[start + index]
            if "POS" in attrs:
                tok.pos_ = attrs["POS"]
            if "LEMMA" in attrs:
                tok.lemma_ = attrs["LEMMA"]
        return doc

    def pipe(self, stream: Any, batch_size: int = 128) -> Any:
        for doc in stream:
            yield self(doc)


@Language.factory("newsgraph_morph")
def make_memo_morph(nlp: Language, name: str) -> MemoMorph:
    return MemoMorph(nlp, name)
