#!/usr/bin/env python
"""Score the extractor on the project's own held-out news (benchmarks/heldout/), never tuned on.

Three sets of short news items, written and annotated from a written brief (the ontology
and the gold format of corpus/README.md) before the extractor ever ran on them: set A
(22 items: Sahel, Ethiopia, Colombia, Somalia, Congo, Karabakh, Haiti, Mozambique, Libya,
Sri Lanka, Angola), set B (22 items: Ukraine, Balkans, Myanmar, South China Sea, Kashmir,
Georgia, Chechnya, Afghanistan, Western Sahara, Taiwan, Armenia-Turkey) and set C (20 items
of 2002-2006 wire copy and 2015-2019 web news on events no tuning set covers: Mukalla, Ramadi,
Perejil, Bouake, Hariri, Shalit, Stena Impero, Koi-Tash, ...). Each set has its own gold and
aliases file; the figures are the same as ``newsgraph eval`` prints, per set, for A+B (the
figure of issue 12's bar) and for all sets together (counts added). Rules are never written from these files: a rule that
helps here only because it was fitted here would make the figure worthless.

    .venv/bin/python benchmarks/heldout.py            # table
    .venv/bin/python benchmarks/heldout.py --json     # everything, with misses and false positives
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph.api import extract_paths
from newsgraph.evaluation import Aliases, error_kinds, evaluate, load_gold

HERE = Path(__file__).resolve().parent / "heldout"
SETS = {"A": ("gold_a.jsonl", "aliases_a.json", "ha_*.txt"), "B": ("gold_b.jsonl", "aliases_b.json", "hb_*.txt"),
        "C": ("gold_c.jsonl", "aliases_c.json", "hc_*.txt")}
LEVELS = ("graph/lenient", "graph/strict", "graph/lenient/core", "mention/lenient")


def score_set(name: str) -> dict:
    gold_file, alias_file, pattern = SETS[name]
    aliases = Aliases.load(HERE / alias_file)
    gold = load_gold(HERE / gold_file, aliases)
    files = sorted(HERE.glob(pattern))
    triples = [t for _, ts in extract_paths(files) for t in ts]
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    rep = evaluate(triples, gold, aliases, texts)
    return {"results": rep.results, "per_type": rep.per_type, "misses": rep.misses,
            "false_positives": rep.false_positives, "error_kinds": dict(error_kinds(rep).most_common())}


def combine(*sets: dict) -> dict:
    """The sets as one: matched and total counts added (from the rounded P and R of each)."""
    out = {}
    for level in sets[0]:
        tp_s = tp_g = n_s = n_g = 0
        for r in (s[level] for s in sets):
            n_s += r["system"]
            n_g += r["gold"]
            tp_s += round(r["precision"] * r["system"])
            tp_g += round(r["recall"] * r["gold"])
        p = tp_s / n_s if n_s else 0.0
        rc = tp_g / n_g if n_g else 0.0
        out[level] = {"precision": round(p, 3), "recall": round(rc, 3), "f1": round(2 * p * rc / (p + rc), 3) if p + rc else 0.0,
                      "system": n_s, "gold": n_g}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the whole report as JSON")
    ap.add_argument("--show", type=int, default=0, help="list this many misses and false positives per set")
    args = ap.parse_args(argv)
    reports = {name: score_set(name) for name in SETS}
    reports["A+B"] = {"results": combine(reports["A"]["results"], reports["B"]["results"])}  # the bar's set (issue 12)
    reports["all"] = {"results": combine(*(reports[name]["results"] for name in SETS))}
    if args.json:
        print(json.dumps(reports, indent=1, ensure_ascii=False))
        return 0
    print(f"{'set':<5}{'level':<22}{'P':>7}{'R':>7}{'F1':>7}{'sys':>6}{'gold':>6}")
    for name, rep in reports.items():
        for level in LEVELS:
            v = rep["results"][level]
            print(f"{name:<5}{level:<22}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['system']:>6}{v['gold']:>6}")
    for name in SETS:
        print(f"\nerror kinds, set {name}: " + ", ".join(f"{k} {v}" for k, v in reports[name]["error_kinds"].items()))
        for m in reports[name]["misses"][: args.show]:
            print(f"  miss {m['file']}:{m['line']} {m['edge']}  | {m['quote'][:100]}")
        for fp in reports[name]["false_positives"][: args.show]:
            print(f"  fp   {fp['file']} {fp['edge']}  | {fp['sentence'][:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
