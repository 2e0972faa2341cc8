"""Scoring extracted triples against hand-annotated gold relations (docs/evaluation.md).

Gold format (docs/evaluation.md; an example set in docs/examples/gold/): one JSON object per line with ``file``,
``quote``, ``subject`` / ``object`` (lists of acceptable canonical names),
``relation``, ``negated``, ``attributed_to``, ``core``; plus an aliases file
mapping canonical names to surface forms. Both the system's names and the
gold's are resolved through the aliases before comparing.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.core.errors import InputError
from newsgraph.core.models import Triple
from newsgraph.core.ontology import SYMMETRIC, RelationType, relation_class


def norm(name: str) -> str:
    """Case, punctuation, a leading "the" and a possessive "'s" ignored."""
    s = unicodedata.normalize("NFKC", name).replace("’", "'").strip()
    s = re.sub(r"^(the)\s+", "", s, flags=re.IGNORECASE)
    s = re.sub(r"'s?$", "", s)
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


class Aliases:
    """Surface form -> canonical gold name."""

    def __init__(self, mapping: dict[str, list[str]]) -> None:
        self.to_canon: dict[str, str] = {}
        for canon, forms in mapping.items():
            for f in [canon, *forms]:
                self.to_canon.setdefault(norm(f), canon)

    def resolve(self, name: str) -> str:
        return self.to_canon.get(norm(name), norm(name))

    def actor(self, name: str, mention: str) -> str:
        """The gold name of a system actor: by its canonical name, else by the words the text used
        for it. The aliases list the text's surface forms, so an actor the gazetteer names in
        full ("Recep Tayyip Erdogan") is still the gold's "Tayyip Erdogan" where the text wrote that."""
        key = norm(name)
        if key in self.to_canon:
            return self.to_canon[key]
        return self.to_canon.get(norm(mention), key)

    @classmethod
    def load(cls, path: str | Path) -> "Aliases":
        try:
            return cls(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: cannot read aliases ({exc})") from None


@dataclass
class Gold:
    file: str
    quote: str
    subjects: frozenset[str]
    relation: str
    objects: frozenset[str]
    negated: bool
    attributed_to: str | None
    core: bool
    line: int


def load_gold(path: str | Path, aliases: Aliases) -> list[Gold]:
    out: list[Gold] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from None
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(
                Gold(
                    file=r["file"],
                    quote=r["quote"],
                    subjects=frozenset(aliases.resolve(s) for s in r["subject"]),
                    relation=RelationType(r["relation"]).value,
                    objects=frozenset(aliases.resolve(o) for o in r["object"]),
                    negated=bool(r.get("negated", False)),
                    attributed_to=r.get("attributed_to"),
                    core=bool(r.get("core", False)),
                    line=i,
                )
            )
        except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
            raise InputError(f"{path}:{i}: bad gold record ({type(exc).__name__}: {exc})") from None
    return out


@dataclass
class PRF:
    tp_sys: int = 0
    n_sys: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_sys / self.n_sys if self.n_sys else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3), "system": self.n_sys, "gold": self.n_gold}


def _rel_ok(sys_rel: str, gold_rel: str, strict: bool) -> bool:
    return sys_rel == gold_rel if strict else relation_class(sys_rel) == relation_class(gold_rel)


def _edge_match(s: str, rel: str, o: str, g: Gold, strict: bool) -> bool:
    if not _rel_ok(rel, g.relation, strict):
        return False
    if s in g.subjects and o in g.objects:
        return True
    symmetric = RelationType(g.relation) in SYMMETRIC and (not strict or RelationType(rel) in SYMMETRIC)
    return symmetric and o in g.subjects and s in g.objects


@dataclass
class EvaluationReport:
    """What ``ng.evaluate`` / ``newsgraph eval`` found (docs/evaluation.md).

    ``results`` maps ``mention|graph`` / ``strict|lenient`` (``/core``: core gold
    relations only) to precision, recall, F1 and counts; ``per_type`` scores each
    relation type, ``by_confidence`` each confidence threshold; ``misses`` and
    ``false_positives`` list the errors.

    >>> import newsgraph as ng
    >>> sorted(ng.EvaluationReport().__dict__)
    ['by_confidence', 'false_positives', 'misses', 'per_type', 'results']
    """

    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_type: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_confidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)


#: The former name of :class:`EvaluationReport`.
Report = EvaluationReport


def evaluate(triples: Iterable[Triple], gold: list[Gold], aliases: Aliases, texts: dict[str, str]) -> EvaluationReport:
    """Score ``triples`` (from the gold files) at mention and graph level, strict and lenient."""
    files = {g.file for g in gold}
    sys_by_file: dict[str, list[Triple]] = defaultdict(list)
    for t in triples:
        name = Path(t.source.split(":")[0] if not Path(t.source).exists() else t.source).name
        if name in files:
            sys_by_file[name].append(t)
    rep = EvaluationReport()
    for level in ("mention", "graph"):
        for strict in (True, False):
            for core_only in (False, True):
                gl = [g for g in gold if g.core or not core_only]
                score = _mention_score(sys_by_file, gl, aliases, texts, strict) if level == "mention" else _graph_score(sys_by_file, gl, aliases, strict)
                rep.results[f"{level}/{'strict' if strict else 'lenient'}{'/core' if core_only else ''}"] = score.as_dict()
    for rel in sorted({g.relation for g in gold} | {str(t.relation) for ts in sys_by_file.values() for t in ts}):
        gl = [g for g in gold if g.relation == rel]
        sys_rel = {f: [t for t in ts if t.relation == rel] for f, ts in sys_by_file.items()}
        rep.per_type[rel] = _graph_score(sys_rel, gl, aliases, True).as_dict()
    for th in (0.3, 0.5, 0.7):
        kept = {f: [t for t in ts if t.confidence >= th] for f, ts in sys_by_file.items()}
        rep.by_confidence[f">={th}"] = _graph_score(kept, gold, aliases, False).as_dict()
    _errors(rep, sys_by_file, gold, aliases)
    return rep


def _sys_edges(ts: list[Triple], aliases: Aliases) -> set[tuple[str, str, str]]:
    return {_sys_edge(t, aliases) for t in ts if not t.negated}


def _sys_edge(t: Triple, aliases: Aliases) -> tuple[str, str, str]:
    return aliases.actor(t.subject, t.subject_mention), str(t.relation), aliases.actor(t.object, t.object_mention)


def _graph_score(sys_by_file: dict[str, list[Triple]], gold: list[Gold], aliases: Aliases, strict: bool) -> PRF:
    score = PRF()
    gold_by_file: dict[str, list[Gold]] = defaultdict(list)
    for g in gold:
        if not g.negated:
            gold_by_file[g.file].append(g)
    for f in set(gold_by_file) | set(sys_by_file):
        edges = _sys_edges(sys_by_file.get(f, []), aliases)
        gl = gold_by_file.get(f, [])
        distinct: dict[tuple[Any, ...], Gold] = {}
        for g in gl:
            distinct.setdefault((g.subjects, g.relation if strict else relation_class(g.relation), g.objects), g)
        score.n_sys += len(edges)
        score.tp_sys += sum(1 for e in edges if any(_edge_match(*e, g, strict) for g in gl))
        score.n_gold += len(distinct)
        score.tp_gold += sum(1 for g in distinct.values() if any(_edge_match(*e, g, strict) for e in edges))
    return score


def _overlaps(t: Triple, g: Gold, text: str | None) -> bool:
    if g.quote in t.sentence or t.sentence in g.quote:
        return True
    if text is None:
        return False
    at = text.find(g.quote)
    return at >= 0 and t.char_start < at + len(g.quote) and at < t.char_end


def _mention_score(sys_by_file: dict[str, list[Triple]], gold: list[Gold], aliases: Aliases, texts: dict[str, str], strict: bool) -> PRF:
    score = PRF()
    all_gold = gold
    for f, ts in sys_by_file.items():
        gl = [g for g in all_gold if g.file == f]
        for t in ts:
            score.n_sys += 1
            if any(_mention_match(t, g, aliases, texts.get(f), strict) for g in gl):
                score.tp_sys += 1
    for g in all_gold:
        score.n_gold += 1
        if any(_mention_match(t, g, aliases, texts.get(g.file), strict) for t in sys_by_file.get(g.file, [])):
            score.tp_gold += 1
    return score


def _mention_match(t: Triple, g: Gold, aliases: Aliases, text: str | None, strict: bool) -> bool:
    if not _overlaps(t, g, text):
        return False
    if strict and t.negated != g.negated:
        return False
    return _edge_match(*_sys_edge(t, aliases), g, strict)


def _errors(rep: Report, sys_by_file: dict[str, list[Triple]], gold: list[Gold], aliases: Aliases) -> None:
    for g in gold:
        if g.negated:
            continue
        edges = _sys_edges(sys_by_file.get(g.file, []), aliases)
        if not any(_edge_match(*e, g, False) for e in edges):
            rep.misses.append({"file": g.file, "line": g.line, "edge": f"{sorted(g.subjects)[0]} {g.relation} {sorted(g.objects)[0]}", "core": g.core, "quote": g.quote})
    seen: set[tuple[str, str, str, str]] = set()
    for f, ts in sys_by_file.items():
        gl = [g for g in gold if g.file == f and not g.negated]
        for t in ts:
            e = _sys_edge(t, aliases)
            if t.negated or (f, *e) in seen:
                continue
            seen.add((f, *e))
            if not any(_edge_match(*e, g, False) for g in gl):
                rep.false_positives.append({"file": f, "edge": f"{t.subject} {t.relation} {t.object}", "confidence": t.confidence, "sentence": t.sentence})


def error_kinds(rep: Report) -> Counter[str]:
    """A rough tally of remaining errors by relation type, for the closing note."""
    names = {r.value for r in RelationType}
    c: Counter[str] = Counter()
    for kind, items in (("missed", rep.misses), ("false", rep.false_positives)):
        for item in items:
            rel = next((w for w in item["edge"].split() if w in names), "?")
            c[f"{kind} {rel}"] += 1
    return c
