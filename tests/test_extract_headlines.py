"""Title Case headlines are read as sentences (extract/headlines.py), letter for letter."""
from __future__ import annotations

import newsgraph as ng
from newsgraph.extract.headlines import sentence_case
from tests.conftest import edges

BODY = "\n\nNAIROBI (Reuters) - Officials from both countries met on Monday, a spokesman said.\n"


def _known(words: str) -> bool:
    return words in {"Kenya", "Uganda", "Islamic State", "Mozambique"}


def test_sentence_case_keeps_names_and_length() -> None:
    text = ("Islamic State Fighters Seize Town In Mozambique\n\n"
            "Officials said Islamic State fighters, led by Abu Yasir Hassan, took the town; Hassan was not seen.\n"
            "Abu Hassan Vows To Fight On")
    out = sentence_case(text, _known)
    assert len(out) == len(text)
    assert out.splitlines()[0] == "Islamic State fighters seize town in Mozambique"
    assert out.splitlines()[3] == "Abu Hassan vows to fight on"  # "Hassan" is written as a name in the body
    assert out.splitlines()[2] == text.splitlines()[2]  # ordinary sentences are untouched


def test_sentence_case_leaves_capitals_and_plain_lines() -> None:
    text = "KENYA URGES CALM\nThe talks resume in May.\n"
    assert sentence_case(text, _known) == text


def test_headline_verbs_are_verbs() -> None:
    triples = ng.extract_text("Kenya Urges Uganda To Reopen Border" + BODY)
    assert ("Kenya", "APPEALS_TO", "Uganda") in edges(triples, negated=False)
    assert all(t.sentence.startswith("Kenya Urges Uganda") for t in triples if t.char_start == 0)  # provenance is the text as written
    assert not any("Urges" in t.subject for t in triples)


def test_headline_common_words_are_no_actors() -> None:
    found = edges(ng.extract_text("Guterres Condemns Attack On Peacekeepers In Mali" + BODY), negated=False)
    assert not any(r == "ATTACKS" for _, r, _ in found)
