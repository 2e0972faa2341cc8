"""The memoised attribute ruler + lemmatizer (extract/morph.py) gives exactly the real components'
annotations: tag, dependency label, part of speech, morphology and lemma of every token."""
from __future__ import annotations

from newsgraph.extract import DEFAULT_MODEL
from newsgraph.extract.pipeline import load_pipeline

TEXTS = [
    "Russia's foreign minister said on Tuesday that Moscow would not accept the new sanctions.",
    "There are gonna be talks, y'all, and there is no deal yet, the envoy said. Let's see.",
    "Rebels ain't leaving: they have re-imposed a blockade on the port city of Hodeidah.",
    "  Kenyan troops, who were deployed in 2011, are fighting al-Shabaab militants near Kismayo.\n\nBut I think you knew it.",
    "The U.N. Security Council's 15 members voted 13-0, with China and Russia abstaining.",
    "Ethiopia, Eritrea and Sudan; Egypt's army; the Saudi-led coalition's warplanes — all were there.",
]


def _rows(doc):
    return [(t.text, t.tag_, t.dep_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_memoised_morphology_equals_the_real_components() -> None:
    ours = load_pipeline()
    assert "newsgraph_morph" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    real = load_pipeline.__wrapped__(DEFAULT_MODEL)  # the same pipeline with the real components back in
    real.disable_pipe("newsgraph_morph")
    real.enable_pipe("attribute_ruler")
    real.enable_pipe("lemmatizer")
    for _ in range(2):  # the second pass reads everything from the table
        for text in TEXTS:
            mine = ours(ours.make_doc(text))
            theirs = real(real.make_doc(text))
            assert _rows(mine) == _rows(theirs), text
