"""The project's own gold sets (benchmarks/tuning*, benchmarks/heldout): every line loads and quotes its file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.core.ontology import RelationType
from newsgraph.evaluation import Aliases, load_gold

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
GOLDS = sorted(p for p in BENCH.glob("*/gold*.jsonl"))


@pytest.mark.parametrize("gold", GOLDS, ids=[f"{p.parent.name}/{p.name}" for p in GOLDS])
def test_gold_lines_quote_their_files(gold: Path) -> None:
    aliases_file = gold.with_name(gold.name.replace("gold", "aliases").replace(".jsonl", ".json"))
    aliases = Aliases.load(aliases_file)
    lines = load_gold(gold, aliases)
    assert lines, gold
    texts: dict[str, str] = {}
    for g in lines:
        text = texts.setdefault(g.file, (gold.parent / g.file).read_text(encoding="utf-8"))
        assert g.quote in text, f"{gold.name}:{g.line}: quote not in {g.file}"
        assert RelationType(g.relation)
    for raw in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(raw)
        assert set(record) >= {"file", "quote", "subject", "relation", "object", "negated", "attributed_to", "core"}
