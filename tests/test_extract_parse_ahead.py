"""Parsing ahead in a background thread (extract/parse_ahead.py) gives what ``nlp.pipe`` gives,
in input order; an error while reading comes out after the articles before it; a caller that
stops early leaves no thread behind."""
from __future__ import annotations

import threading

import pytest

from newsgraph.core.errors import InputError
from newsgraph.extract.parse_ahead import parse_ahead
from newsgraph.extract.pipeline import load_pipeline

TEXTS = [
    "Chad sent 400 soldiers to Niger on Monday to help fight Boko Haram.",
    "The Malian army shelled rebel positions near Kidal, a rebel spokesman said.",
    "Kenya and Tanzania signed a defence pact in Nairobi.",
    "Protesters marched against the government in Bamako.",
    "Algeria's foreign minister urged the rebels to return to talks.",
]


def _rows(doc):
    return [(t.text, t.tag_, t.dep_, t.lemma_, t.ent_type_) for t in doc], doc._.ng_relations


def _threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "newsgraph-parse-ahead")


def test_same_docs_and_findings_as_the_pipeline_in_input_order() -> None:
    nlp = load_pipeline()
    plain = [_rows(d) for d in nlp.pipe(TEXTS * 3, batch_size=2)]
    stream = ((nlp.make_doc(t), i) for i, t in enumerate(TEXTS * 3))
    got = list(parse_ahead(nlp, stream, "newsgraph_relations", batch_size=2, ahead=3))
    assert [i for _, i in got] == list(range(len(TEXTS) * 3))
    assert [_rows(d) for d, _ in got] == plain
    assert any(rows for _, rows in plain)  # the texts do hold relations
    assert _threads() == 0


def test_an_error_while_reading_comes_after_the_docs_before_it() -> None:
    nlp = load_pipeline()

    def stream():
        for i, text in enumerate(TEXTS[:2]):
            yield nlp.make_doc(text), i
        raise InputError("feed.jsonl:3: record is not a JSON object")

    seen = []
    with pytest.raises(InputError, match="feed.jsonl:3"):
        for _, i in parse_ahead(nlp, stream(), "newsgraph_relations", batch_size=1):
            seen.append(i)
    assert seen == [0, 1]
    assert _threads() == 0


def test_a_caller_that_stops_early_stops_the_parser() -> None:
    nlp = load_pipeline()
    stream = ((nlp.make_doc(t), i) for i, t in enumerate(TEXTS * 20))
    it = parse_ahead(nlp, stream, "newsgraph_relations", batch_size=4, ahead=2)
    doc, first = next(it)
    assert first == 0 and doc._.ng_relations is not None
    it.close()
    assert _threads() == 0


def test_less_than_one_batch_runs_without_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline()
    started: list[str] = []
    real_start = threading.Thread.start
    monkeypatch.setattr(threading.Thread, "start", lambda self: (started.append(self.name), real_start(self))[1])
    stream = ((nlp.make_doc(t), i) for i, t in enumerate(TEXTS[:3]))
    got = [(_rows(doc), i) for doc, i in parse_ahead(nlp, stream, "newsgraph_relations", batch_size=8)]
    assert "newsgraph-parse-ahead" not in started  # nothing to overlap: no thread for a few texts
    assert got == [(_rows(d), i) for i, d in enumerate(nlp.pipe(TEXTS[:3]))]
    stream = ((nlp.make_doc(t), i) for i, t in enumerate(TEXTS * 2))
    assert len(list(parse_ahead(nlp, stream, "newsgraph_relations", batch_size=8))) == 10
    assert "newsgraph-parse-ahead" in started  # more than a batch: parsed ahead
