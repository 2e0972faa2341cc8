"""The trigger lexicon, loaded once: our hand-written ``data/lexicon.json`` and, under it, the
verbs of the CAMEO dictionary (``data/cameo_verbs.json``, derived from PETRARCH2 by
tools/import_lexicons.py).

A CAMEO verb is used only where the hand lexicon has no entry for the lemma, and only in its
plain reading: the entries that need no particular noun, phrase or particle (``theme``, ``pp``,
``prt``, ``subj``) and take a direct object, and only when those plain entries agree on one
relation type. Such an entry carries ``"conf": 0.65`` (hand entries 0.8): the dictionary is wide,
older and written for another coder, so its findings rank below ours.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

#: confidence of a finding made with a verb known only from the CAMEO dictionary
CAMEO_CONFIDENCE = 0.65
_CONDITIONS = ("theme", "theme_synset", "pp", "subj", "subj_synset", "prt")
_SYMMETRIC = {"MEETS", "NEGOTIATES_WITH", "COOPERATES_WITH", "ALLIED_WITH", "ATTACKS"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[dict[str, Any]]]
    nouns: dict[str, list[dict[str, Any]]]
    agent_nouns: dict[str, dict[str, Any]]
    adjectives: dict[str, dict[str, Any]]  # predicate adjectives: "critical of X", "dependent on X"
    participles: dict[str, str]
    prefixes: dict[str, str]
    parties: dict[str, list[str]]  # "republican" -> ["Republican Party", "USA"]: a party named by its adjective
    regions: dict[str, str]  # "chechnya" -> "Chechen": the people a region of conflict names its rebels by
    coalitions: dict[str, str]  # "YEM" -> "Saudi-led coalition": what "the coalition" means in news about a state
    words: dict[str, frozenset[str]]

    def has(self, group: str, word: str) -> bool:
        return word in self.words[group]


def _read(name: str) -> Any:
    return json.loads(resources.files("newsgraph.extract").joinpath(f"data/{name}").read_text("utf-8"))


def cameo_fallback(cameo: dict[str, list[dict[str, Any]]], known: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The plain reading of each CAMEO verb the hand lexicon lacks (see the module docstring)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for lemma, entries in sorted(cameo.items()):
        if lemma in known or " " in lemma:
            continue
        plain = [e for e in entries if not any(k in e for k in _CONDITIONS) and "dobj" in e["obj"]]
        rels = {e["rel"] for e in plain}
        if len(rels) != 1:
            continue
        rel = rels.pop()
        slots = {o for e in plain for o in e["obj"] if o not in ("pobj", "dative", "between")}
        if rel not in _SYMMETRIC:
            slots.discard("with")
        out[lemma] = [{"rel": rel, "obj": sorted(slots, key=lambda s: (s != "dobj", s)), "conf": CAMEO_CONFIDENCE, "source": "cameo"}]
    return out


@cache
def lexicon() -> Lexicon:
    raw = _read("lexicon.json")
    words = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    verbs = dict(raw["verbs"])
    verbs.update(cameo_fallback(_read("cameo_verbs.json")["verbs"], set(verbs)))
    return Lexicon(
        verbs=verbs,
        nouns={k: v if isinstance(v, list) else [v] for k, v in raw["nouns"].items()},
        agent_nouns=raw["agent_nouns"],
        adjectives=raw["adjectives"],
        participles=raw["participles"],
        prefixes=raw["prefixes"],
        parties=raw["party_adjectives"],
        regions=raw["region_peoples"],
        coalitions=raw["story_coalitions"],
        words=words,
    )
