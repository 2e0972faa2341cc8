"""Hostile text through the whole extractor (the real spaCy pipeline): property-based.

Invariants: no crash, no hang, and every triple is well-formed and located —
``text[char_start:char_end] == sentence``, both actors named, types and relation
from the ontology, confidence in [0, 1].
"""
from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_reader import NEWS_LINES, news_text, no_hang

import newsgraph as ng
from newsgraph.core.models import Triple
from newsgraph.core.ontology import ActorType, RelationType

EXTRACT = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE_NAMES = ["O'Brien '}) DETACH DELETE n //", "Back`tick` Group", "$rows Front", "Aleppo\"}) RETURN 1 //",
                 "\\u0041l-Qaeda", "Hez\u200bbollah", "ISIS\u2028Front"]
SENTENCES = st.sampled_from([
    "Russia backs Syrian President Bashar al-Assad.", "Iran arms the Houthis, who control Hodeidah.",
    "Turkey attacked Kurdish fighters near Afrin on Monday.", "The United States sanctioned Russia.",
    "Saudi Arabia did not attack Yemen.", "Officials said Hezbollah supports Assad.",
] + [f"{n} attacked Russia, {n} said." for n in HOSTILE_NAMES] + [f"Russia backs {n}." for n in HOSTILE_NAMES])
NEWSY = st.lists(st.one_of(SENTENCES, st.sampled_from(NEWS_LINES)), min_size=1, max_size=12).map(" ".join)
TEXT = st.one_of(NEWSY, news_text(), st.tuples(NEWSY, news_text()).map("\n\n".join))


def _check(text: str, triples: list[Triple]) -> None:
    for t in triples:
        assert text[t.char_start:t.char_end] == t.sentence, (t.char_start, t.char_end, t.sentence)
        assert t.subject.strip() and t.object.strip() and t.subject_mention and t.object_mention
        assert RelationType(t.relation) and ActorType(t.subject_type) and ActorType(t.object_type)
        assert 0.0 <= t.confidence <= 1.0 and t.char_start < t.char_end


@EXTRACT
@given(TEXT)
def test_fuzz_extract_triples_are_located_and_well_formed(text: str) -> None:
    with no_hang():
        triples = ng.extract_text(text)
    _check(text, triples)


@pytest.mark.parametrize("text", [
    "Russia said " + "“he said ‘" * 300 + "Iran backs Assad" + "’”" * 300 + ".",
    '"' * 1_000 + "Russia backs Assad." + '"' * 1_000,  # spaCy's tokenizer is quadratic in such runs:
    "(" * 1_000 + "Russia backs Assad." + ")" * 1_000,  # 4,000 quotes a side take 9 s (see docs/guarantees.md)
    "Russia backs Assad. " + "\x00\x01\x02\x1b[31m\x7f\u202e\ufeff" * 200 + " Iran arms the Houthis.",
    "Russia backs Assad\u2028Iran arms the Houthis\u2029Turkey attacked Afrin.",
    " ".join(["Russia"] * 5_000) + " backs Assad.",
    "Russia, " * 2_000 + "and Iran back Assad.",
    "\n".join(f"By John Smith\nMOSCOW (Reuters) - Russia backs Assad {i}." for i in range(300)),
], ids=["nested-quotes", "quote-run", "paren-run", "control-chars", "unicode-line-separators",
        "one-word-repeated", "long-coordination", "many-datelines"])
def test_fuzz_extract_adversarial_text(text: str) -> None:
    with no_hang():
        triples = ng.extract_text(text)
    _check(text, triples)


def test_fuzz_extract_parses_long_articles_in_bounded_pieces(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline never gets more than 100,000 characters at once (spaCy needs ~1 GB per 100,000)."""
    from newsgraph.extract import extractor
    from newsgraph.extract.reader import split_text

    seen: list[int] = []
    real_pipe = nlp.pipe
    depth = [0]

    def pipe(texts: Any, *args: Any, as_tuples: bool = False, **kw: Any) -> Any:
        if depth[0]:  # spaCy's own inner call (as_tuples re-enters pipe): already recorded
            yield from real_pipe(texts, *args, as_tuples=as_tuples, **kw)
            return

        def record(items: Any) -> Any:  # note the size, parse nothing: this test is about what is asked
            for item in items:
                text, ctx = item if as_tuples else (item, None)
                seen.append(len(text if isinstance(text, str) else text.text))
                empty = nlp.make_doc("")
                yield (empty, ctx) if as_tuples else empty

        depth[0] += 1
        try:
            yield from real_pipe(record(texts), *args, as_tuples=as_tuples, **kw)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(nlp, "pipe", pipe)
    monkeypatch.setattr(extractor, "load_pipeline", lambda *a, **k: nlp)
    text = "Russia backs Assad in the long war, officials said on Monday. " * 4_000  # 248,000 characters
    list(extractor.extract_articles(split_text(text, source="t")))
    assert seen and max(seen) <= 100_000 and sum(seen) >= len(text.strip()) - 10
