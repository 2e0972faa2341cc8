"""The trigger lexicon (extract/data/lexicon.json), loaded once."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[dict[str, Any]]]
    nouns: dict[str, list[dict[str, Any]]]
    agent_nouns: dict[str, dict[str, Any]]
    participles: dict[str, str]
    prefixes: dict[str, str]
    words: dict[str, frozenset[str]]

    def has(self, group: str, word: str) -> bool:
        return word in self.words[group]


@cache
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("newsgraph.extract").joinpath("data/lexicon.json").read_text("utf-8"))
    words = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    return Lexicon(
        verbs=raw["verbs"],
        nouns={k: v if isinstance(v, list) else [v] for k, v in raw["nouns"].items()},
        agent_nouns=raw["agent_nouns"],
        participles=raw["participles"],
        prefixes=raw["prefixes"],
        words=words,
    )
