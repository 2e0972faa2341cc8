#!/usr/bin/env python
"""Score newsgraph's extractor against the PETRARCH CAMEO event-coder test records.

The cases (../shared/benchmarks/petrarch/cases.jsonl, see that folder's README) give, per
sentence, the expected who-did-what-to-whom events as CAMEO codes: source actor code, target
actor code, verb code. newsgraph outputs names and one of 16 relation types. This script
runs the extractor on every case sentence, turns each triple into

    (source country code, target country code, relation)

and compares it with the gold events reduced to

    (source country code, target country code, CAMEO root = first two digits of the code).

A prediction matches a gold event when both country codes are equal (either direction for the
relation types newsgraph declares symmetric) and, at the "code" level, the gold root is one of
the roots that ``newsgraph.core.ontology.CAMEO_ROOTS`` gives for the relation; the "pair" level
ignores the code. Micro precision / recall / F1 are reported for the subsets gsr and unit, the
real news sentences (text_kind == "news") and everything selected. No thresholds: it prints
figures. Mapping decisions and caveats: docs/benchmarks.md.

    .venv/bin/python benchmarks/petrarch.py                 # all 358 cases, table
    .venv/bin/python benchmarks/petrarch.py --subset gsr --show 10
    .venv/bin/python benchmarks/petrarch.py --json > petrarch.json
    .venv/bin/python benchmarks/petrarch.py --unit-ner-assist   # + a diagnostic unit run
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from newsgraph.core.models import Triple
from newsgraph.core.ontology import CAMEO_ROOTS, SYMMETRIC, RelationType
from newsgraph.extract import DEFAULT_MODEL  # the installed package (pip install -e .)
from newsgraph.extract.gazetteer import Entry, Gazetteer

REPO = Path(__file__).resolve().parents[1]

DEFAULT_CASES = REPO.parent / "shared" / "benchmarks" / "petrarch" / "cases.jsonl"

# ---------------------------------------------------------------------------------------------
# Code tables (data). Everything is compared in ISO 3166-1 alpha-3 space, the space of the
# gazetteer's `iso3`: a gold CAMEO country code is translated with CAMEO_TO_ISO3 when it is
# listed there and kept as it is otherwise (CAMEO country codes are ISO alpha-3 codes except
# for the entries below; the unit tests' fictional codes ARN, GON, OSG ... pass through).
# ---------------------------------------------------------------------------------------------

#: CAMEO / PETRARCH country codes that differ from today's ISO 3166-1 alpha-3 code.
CAMEO_TO_ISO3: dict[str, str] = {
    # Phoenix.Countries.actors.txt (the real-world dictionary behind subset gsr):
    "KSV": "XKX",  # Kosovo: World Bank code ("using World Bank code-No ISO"); gazetteer has XKX
    "TMP": "TLS",  # East Timor: ISO code before 2002
    # older ISO codes that CAMEO-era data still carries
    "ROM": "ROU",  # Romania: ISO code before 2002
    "ZAR": "COD",  # Zaire: ISO code before 1997
    # PETR.Validate.actors.txt (the test dictionary behind subset unit), non-standard codes:
    "KUW": "KWT",  # KUWAIT
    "NZE": "NZL",  # NEW ZEALAND
    "ZBW": "ZWE",  # ZIMBABWE
    "RHO": "ZWE",  # ZIMBABWE (dates <790606), i.e. Rhodesia; the gazetteer has no historical states
    "GMW": "DEU",  # WEST GERMAN (GMWGOV); mapped onto today's Germany for the same reason
}
# Codes kept as they are although they are no current ISO country: historical states of the
# Phoenix dictionary (SUN/USR Soviet Union, YUG, FRY, SCG, CSK, DDR, KRJ ...). No case uses them
# and the gazetteer has no actor that could produce them.

#: First segments that name no country: CAMEO's unknown-country placeholder and the
#: international / transnational prefixes, plus the unit-test specials (codes.json
#: "special_codes"). A gold event with such an actor is out of scope (see OUT_OF_SCOPE below).
NON_COUNTRY_PREFIXES: frozenset[str] = frozenset(
    {"---", "IGO", "IMG", "NGO", "NGM", "MNC", "UIS", "+++", "###", "XYZ"}
)
#: CAMEO regional codes (codebook v1.1b3 ch. 3). Regions are no country either; none of them
#: occurs as a first segment in cases.jsonl (EEU does occur, but inside IGOEEU = the EU).
CAMEO_REGIONS: frozenset[str] = frozenset(
    {"AFR", "ASA", "BLK", "CAU", "CAS", "CEU", "CFR", "EAF", "EEU", "EIN", "EUR", "LAM", "MDS",
     "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"}
)

#: Relations with no CAMEO root (structural facts, not events): never scored.
STRUCTURAL = frozenset(r.value for r, roots in CAMEO_ROOTS.items() if not roots)
#: CAMEO roots some relation type can match; gold events with other roots (01 statements,
#: 09 investigate, 10 demand, 14 protest, 17 coerce, the unit tests' non-CAMEO codes) cannot be
#: found at the code level whatever the extractor does: the recall ceiling.
COVERED_ROOTS = frozenset(root for roots in CAMEO_ROOTS.values() for root in roots)


def country_of_code(code: str) -> str | None:
    """The country part of a CAMEO actor code in ISO space, or None when it names no country.

    "USAGOV" -> "USA", "KUW" -> "KWT", "IGOEUREEC" -> None, "---REB" -> None, '"TEXT"' -> None.
    A compound unit-test code ("FRO/BIL/SAM") is kept whole: it is what "the Shire" codes to.
    """
    code = code.strip()
    if not code or code.startswith('"'):
        return None
    if "/" in code:
        return code
    head = code[:3].upper()
    if head in NON_COUNTRY_PREFIXES or (head in CAMEO_REGIONS and len(code) <= 3):
        return None
    if not re.fullmatch(r"[A-Z]{3}", head):
        return None
    return CAMEO_TO_ISO3.get(head, head)


def cameo_root(code: str) -> str:
    return code[:2]


# ---------------------------------------------------------------------------------------------
# The unit-test actor dictionary (codes.json "validation_actor_codes": code -> phrases, some
# with a date restriction such as "GOLLUM (dates < 950601)")
# ---------------------------------------------------------------------------------------------

_DATES = re.compile(r"\s*\(dates\s*([^)]*)\)\s*$", re.IGNORECASE)


def _date8(s: str) -> int:
    s = s.strip()
    if len(s) == 6:  # YYMMDD, as in the TABARI dictionaries
        s = ("19" if int(s[:2]) > 30 else "20") + s
    return int(s)


@dataclass(frozen=True)
class Phrase:
    words: str  # normalised, space-padded: " MINAS TIRITH "
    code: str
    lo: int | None = None  # inclusive date bounds (YYYYMMDD)
    hi: int | None = None

    def applies(self, day: int | None) -> bool:
        if day is None or (self.lo is None and self.hi is None):
            return True
        return (self.lo is None or day >= self.lo) and (self.hi is None or day <= self.hi)

    @property
    def dated(self) -> bool:
        return self.lo is not None or self.hi is not None

    @property
    def span(self) -> int:
        return (self.hi or 99999999) - (self.lo or 0)


def normalise_phrase_text(text: str) -> str:
    """Upper case, possessive dropped, punctuation other than . - / to spaces, space-padded."""
    s = text.upper().replace("\u2019", "'")
    s = re.sub(r"'S\b", "", s)
    s = re.sub(r"[^A-Z0-9./\- ]+", " ", s)
    s = s.replace(".", "")  # "U.S." == "US", "K.U." == "KU"
    return " " + " ".join(s.split()) + " "


def load_validation_phrases(codes: dict[str, Any]) -> list[Phrase]:
    out: list[Phrase] = []
    for code, phrases in codes.get("validation_actor_codes", {}).items():
        for p in phrases:
            lo = hi = None
            m = _DATES.search(p)
            if m:
                cond = m.group(1).strip()
                p = p[: m.start()]
                if cond.startswith("<"):
                    hi = _date8(cond[1:]) - 1
                elif cond.startswith(">"):
                    lo = _date8(cond[1:]) + 1
                elif "-" in cond:
                    a, b = cond.split("-", 1)
                    lo, hi = _date8(a), _date8(b)
            for variant in {p, re.sub(r"^THE\s+", "", p)}:
                out.append(Phrase(normalise_phrase_text(variant), code, lo, hi))
    return out


def match_validation_code(texts: Iterable[str], phrases: list[Phrase], day: int | None) -> str | None:
    """The code of the longest dictionary phrase found (as whole words) in any of ``texts``.

    For one phrase a date-restricted entry that applies beats the undated one (as in PETRARCH);
    among dated entries the narrowest range wins.
    """
    best: tuple[int, int, int, str] | None = None
    for text in texts:
        norm = normalise_phrase_text(text)
        for ph in phrases:
            if ph.words.strip() and ph.words in norm and ph.applies(day):
                key = (len(ph.words), int(ph.dated), -ph.span, ph.code)
                if best is None or key > best:
                    best = key
    return best[3] if best else None


# ---------------------------------------------------------------------------------------------
# Actor -> country code
# ---------------------------------------------------------------------------------------------

class ActorMapper:
    """newsgraph actor (name, type, mention) -> country code in ISO space, or None.

    * COUNTRY / PERSON / GROUP / ORGANIZATION: the gazetteer entry's ``iso3`` (a person's or
      group's country; international organisations have none -> None, skipped);
    * LOCATION: the country only when the gazetteer resolves the name to a COUNTRY (a capital or
      seat acting as a place, e.g. "Baghdad" -> IRQ); other places -> None;
    * a name the gazetteer does not know: its leading demonym ("Syrian rebels" -> SYR,
      "U.S. Central Command" -> USA); else the country of a LEADS / MEMBER_OF triple of the same
      sentence ("General David Petraeus" MEMBER_OF United States -> USA);
    * subset unit: first the test dictionary phrases (Arnor -> ARN, "the Shire" -> FRO/BIL/SAM).
    """

    def __init__(self, gaz: Gazetteer, phrases: list[Phrase]) -> None:
        self.gaz = gaz
        self.phrases = phrases

    def entry(self, name: str) -> Entry | None:
        return self.gaz.by_name(name) or self.gaz.lookup(name)

    def gazetteer_code(self, name: str, atype: str) -> str | None:
        e = self.entry(name)
        if e is not None:
            if atype == "LOCATION" and e.type != "COUNTRY":
                return None
            return e.iso3
        if atype == "LOCATION":
            return None
        toks = name.replace("-", " - ").split()
        for n in (2, 1):  # "South Korean officials", "Syrian rebels"
            if len(toks) > n:
                dem = self.gaz.demonym(" ".join(toks[:n]))
                if dem is not None:
                    return dem.iso3
        return None

    def code(self, name: str, atype: str, mention: str, *, unit: bool, day: int | None,
             affiliation: dict[str, str]) -> str | None:
        if unit and self.phrases:
            hit = match_validation_code([mention, name], self.phrases, day)
            if hit is not None:
                return country_of_code(hit)
        c = self.gazetteer_code(name, atype)
        if c is None and atype in ("PERSON", "GROUP", "ORGANIZATION"):
            c = affiliation.get(name)
        return c


# ---------------------------------------------------------------------------------------------
# Cases, extraction
# ---------------------------------------------------------------------------------------------

def load_cases(path: Path, subset: str) -> list[dict[str, Any]]:
    cases = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    # "unit" also selects "unit_p2orig" (cases_unit_petrarch2_original_codes.jsonl)
    return [c for c in cases if subset == "all" or c["subset"].split("_")[0] == subset]


def run_extractor(cases: list[dict[str, Any]], model: str) -> tuple[dict[str, list[Triple]], float]:
    """Triples per case id, exactly as ``ng.extract_text(text)`` would give them, in one batch.

    ``ng.extract`` is ``split_text`` + ``extract_articles``; here every case's articles go
    through one ``extract_articles`` stream (``nlp.pipe`` batching) instead of one call each.
    """
    from newsgraph.extract.extractor import extract_articles
    from newsgraph.extract.reader import split_text

    articles = [a for c in cases for a in split_text(c["text"], source=c["id"])]
    out: dict[str, list[Triple]] = {c["id"]: [] for c in cases}
    t0 = time.perf_counter()
    for article, triples in extract_articles(articles, model=model, batch_size=64):
        out[article.source].extend(triples)
    return out, time.perf_counter() - t0


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Gold:
    source: str
    target: str
    root: str
    code: str


@dataclass
class Pred:
    source: str
    target: str
    relation: str
    roots: tuple[str, ...]
    symmetric: bool
    triple: str  # "subject -[REL]-> object" as the extractor wrote it

    def pair_ok(self, g: Gold) -> bool:
        return (self.source, self.target) == (g.source, g.target) or (
            self.symmetric and (self.target, self.source) == (g.source, g.target)
        )

    def code_ok(self, g: Gold) -> bool:
        return g.root in self.roots and self.pair_ok(g)


@dataclass
class CaseResult:
    id: str
    subset: str
    text_kind: str
    text: str
    expected_note: str | None
    gold: list[Gold] = field(default_factory=list)
    gold_out_of_scope: list[str] = field(default_factory=list)
    preds: list[Pred] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    has_gold_event: bool = False
    has_pred_event: bool = False
    # code level / pair level counts
    tp_pred: int = 0
    fp: int = 0
    tp_gold: int = 0
    fn: int = 0
    pair_tp_pred: int = 0
    pair_fp: int = 0
    pair_tp_gold: int = 0
    pair_fn: int = 0
    missed: list[Gold] = field(default_factory=list)
    false_pos: list[Pred] = field(default_factory=list)


def fmt_triple(t: Triple) -> str:
    neg = " (negated)" if t.negated else ""
    return f"{t.subject} [{t.subject_type}] -{t.relation}-> {t.object} [{t.object_type}]{neg}"


def score_case(case: dict[str, Any], triples: list[Triple], mapper: ActorMapper) -> CaseResult:
    r = CaseResult(case["id"], case["subset"], case["text_kind"], case["text"], case.get("expected_note"))
    unit = case.get("actor_dictionary") == "petr_validate" or case["subset"].startswith("unit")
    day = int(case["date"]) if str(case.get("date") or "").isdigit() else None

    # gold: (source country, target country, root), deduplicated
    seen: set[tuple[str, str, str]] = set()
    r.has_gold_event = bool(case["events"])
    for ev in case["events"]:
        s, t = country_of_code(ev["source"]), country_of_code(ev["target"])
        if s is None or t is None:
            r.gold_out_of_scope.append(f"{ev['source']}>{ev['target']}:{ev['code']}")
            continue
        key = (s, t, cameo_root(ev["code"]))
        if key not in seen:
            seen.add(key)
            r.gold.append(Gold(s, t, key[2], ev["code"]))

    # structural triples give unknown persons / organisations a country (same sentence)
    affiliation: dict[str, str] = {}
    for tr in triples:
        if tr.relation in ("LEADS", "MEMBER_OF") and not tr.negated:
            c = mapper.code(tr.object, tr.object_type, tr.object_mention, unit=unit, day=day, affiliation={})
            if c is not None:
                affiliation.setdefault(tr.subject, c)

    pseen: set[tuple[str, str, str]] = set()
    for tr in triples:
        r.raw.append(fmt_triple(tr))
        if tr.negated:
            r.skipped["negated"] += 1
            continue
        if tr.relation in STRUCTURAL:
            r.skipped["structural"] += 1
            continue
        r.has_pred_event = True
        s = mapper.code(tr.subject, tr.subject_type, tr.subject_mention, unit=unit, day=day, affiliation=affiliation)
        o = mapper.code(tr.object, tr.object_type, tr.object_mention, unit=unit, day=day, affiliation=affiliation)
        if s is None or o is None:
            r.skipped["no country"] += 1
            continue
        rel = RelationType(tr.relation)
        key = (s, o, rel.value)
        if key in pseen:
            r.skipped["duplicate"] += 1
            continue
        pseen.add(key)
        r.preds.append(Pred(s, o, rel.value, CAMEO_ROOTS[rel], rel in SYMMETRIC, fmt_triple(tr)))

    # code level: a prediction is right if it matches some gold event; a gold event is found
    # if some prediction matches it (a symmetric prediction can find both directions)
    for p in r.preds:
        if any(p.code_ok(g) for g in r.gold):
            r.tp_pred += 1
        else:
            r.fp += 1
            r.false_pos.append(p)
    for g in r.gold:
        if any(p.code_ok(g) for p in r.preds):
            r.tp_gold += 1
        else:
            r.fn += 1
            r.missed.append(g)

    # pair level: same, ignoring the relation / code (predicted pairs deduplicated)
    pairs: dict[tuple[str, str, bool], Pred] = {}
    for p in r.preds:
        pairs.setdefault((p.source, p.target, p.symmetric), p)
    gold_pairs = {(g.source, g.target): g for g in r.gold}
    for p in pairs.values():
        if any(p.pair_ok(g) for g in gold_pairs.values()):
            r.pair_tp_pred += 1
        else:
            r.pair_fp += 1
    for g in gold_pairs.values():
        if any(p.pair_ok(g) for p in pairs.values()):
            r.pair_tp_gold += 1
        else:
            r.pair_fn += 1
    return r


def prf(tp_pred: int, fp: int, tp_gold: int, fn: int) -> dict[str, float | None]:
    p = tp_pred / (tp_pred + fp) if tp_pred + fp else None
    rc = tp_gold / (tp_gold + fn) if tp_gold + fn else None
    f = 2 * p * rc / (p + rc) if p and rc else (0.0 if p is not None and rc is not None else None)
    return {"precision": p, "recall": rc, "f1": f}


def aggregate(results: list[CaseResult]) -> dict[str, Any]:
    s: dict[str, Any] = {
        "cases": len(results),
        "cases_with_gold_events": sum(r.has_gold_event for r in results),
        "gold_events_raw": 0,
        "gold_in_scope": sum(len(r.gold) for r in results),
        "gold_out_of_scope": sum(len(r.gold_out_of_scope) for r in results),
        "gold_root_covered": sum(g.root in COVERED_ROOTS for r in results for g in r.gold),
        "triples_raw": sum(len(r.raw) for r in results),
        "predictions_scored": sum(len(r.preds) for r in results),
        "skipped": dict(sum((r.skipped for r in results), Counter())),
    }
    s["gold_events_raw"] = s["gold_in_scope"] + s["gold_out_of_scope"]
    tp_p, fp, tp_g, fn = (sum(getattr(r, a) for r in results) for a in ("tp_pred", "fp", "tp_gold", "fn"))
    s["code"] = {"tp_pred": tp_p, "fp": fp, "tp_gold": tp_g, "fn": fn, **prf(tp_p, fp, tp_g, fn)}
    tp_p, fp, tp_g, fn = (sum(getattr(r, a) for r in results)
                          for a in ("pair_tp_pred", "pair_fp", "pair_tp_gold", "pair_fn"))
    s["pair"] = {"tp_pred": tp_p, "fp": fp, "tp_gold": tp_g, "fn": fn, **prf(tp_p, fp, tp_g, fn)}
    # sentence level: does the sentence have an event at all (any non-structural,
    # non-negated triple, mapped or not) vs. does the gold list any event
    tp = sum(r.has_gold_event and r.has_pred_event for r in results)
    fp = sum(r.has_pred_event and not r.has_gold_event for r in results)
    fn = sum(r.has_gold_event and not r.has_pred_event for r in results)
    s["sentence"] = {"tp": tp, "fp": fp, "fn": fn, **prf(tp, fp, tp, fn)}
    return s


def miss_patterns(results: list[CaseResult], root_names: dict[str, str]) -> list[dict[str, Any]]:
    """Gold roots not produced, with how often the extractor had the pair under another type."""
    missed: Counter[str] = Counter()
    pair_found: Counter[str] = Counter()
    instead: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for r in results:
        for g in r.gold:
            total[g.root] += 1
        for g in r.missed:
            missed[g.root] += 1
            other = [p.relation for p in r.preds if p.pair_ok(g)]
            if other:
                pair_found[g.root] += 1
                instead[g.root].update(other)
    return [
        {"root": root, "name": root_names.get(root, "(not a CAMEO root)"), "missed": n, "gold": total[root],
         "pair_found_other_type": pair_found[root], "produced_instead": dict(instead[root])}
        for root, n in missed.most_common()
    ]


def fp_patterns(results: list[CaseResult]) -> list[dict[str, Any]]:
    c: Counter[tuple[str, str]] = Counter()
    for r in results:
        for p in r.false_pos:
            kind = "wrong type" if any(p.pair_ok(g) for g in r.gold) else (
                "no gold event in sentence" if not r.has_gold_event else "pair not in gold")
            c[(p.relation, kind)] += 1
    return [{"relation": rel, "why": why, "n": n} for (rel, why), n in c.most_common()]


# ---------------------------------------------------------------------------------------------
# The optional diagnostic: make the unit tests' fictional names known to the NER
# ---------------------------------------------------------------------------------------------

def add_fictional_ruler(model: str, phrases: list[Phrase], gaz: Gazetteer) -> str:
    """Add an EntityRuler (label ORG) for the test dictionary's phrases the gazetteer does not know.

    Only for the ``--unit-ner-assist`` diagnostic run; the pipeline object is this process's
    cached one and the ruler is removed again afterwards (the extractor is not changed).
    """
    from newsgraph.extract.pipeline import load_pipeline

    nlp = load_pipeline(model)
    name = "petrarch_fictional_ruler"
    ruler = nlp.add_pipe("entity_ruler", name=name, before="entity_ruler",
                         config={"overwrite_ents": False, "phrase_matcher_attr": "LOWER"})
    words = sorted({p.words.strip() for p in phrases if p.words.strip()})
    known = {w for w in words if gaz.lookup(w.title()) is not None or gaz.lookup(w) is not None
             or gaz.demonym(w.title()) is not None}
    ruler.add_patterns([{"label": "ORG", "pattern": w.lower()} for w in words if w not in known])  # type: ignore[attr-defined]
    return name


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "   -" if x is None else f"{100 * x:5.1f}"


def print_table(rows: list[tuple[str, dict[str, Any]]]) -> None:
    head = (f"{'subset':<22}{'cases':>6}{'gold':>6}{'oos':>5}{'pred':>6} | "
            f"{'code P':>7}{'R':>7}{'F1':>7} | {'pair P':>7}{'R':>7}{'F1':>7} | {'sent P':>7}{'R':>7}")
    print(head)
    print("-" * len(head))
    for label, s in rows:
        c, p, z = s["code"], s["pair"], s["sentence"]
        print(f"{label:<22}{s['cases']:>6}{s['gold_in_scope']:>6}{s['gold_out_of_scope']:>5}"
              f"{s['predictions_scored']:>6} | {_pct(c['precision']):>7}{_pct(c['recall']):>7}{_pct(c['f1']):>7} | "
              f"{_pct(p['precision']):>7}{_pct(p['recall']):>7}{_pct(p['f1']):>7} | "
              f"{_pct(z['precision']):>7}{_pct(z['recall']):>7}")


def print_counts(rows: list[tuple[str, dict[str, Any]]]) -> None:
    print("\ncounts (code level: right predictions / all; found gold / all in scope):")
    for label, s in rows:
        c, p = s["code"], s["pair"]
        sk = ", ".join(f"{k} {v}" for k, v in sorted(s["skipped"].items())) or "none"
        print(f"  {label:<20} gold {s['gold_in_scope']} ({s['gold_root_covered']} with a root the ontology covers); "
              f"triples {s['triples_raw']:>3}, scored {s['predictions_scored']:>3} "
              f"(skipped: {sk}); code {c['tp_pred']}/{c['tp_pred'] + c['fp']} right, "
              f"{c['tp_gold']}/{c['tp_gold'] + c['fn']} found; pair {p['tp_pred']}/{p['tp_pred'] + p['fp']} right, "
              f"{p['tp_gold']}/{p['tp_gold'] + p['fn']} found")


def show_examples(results: list[CaseResult], n: int) -> None:
    if n <= 0:
        return
    misses = [r for r in results if r.missed]
    fps = [r for r in results if r.false_pos]
    hits = [r for r in results if r.tp_gold]
    for title, group in (("correct (code level)", hits), ("misses", misses), ("false positives", fps)):
        print(f"\n== {title}: {len(group)} sentences, first {min(n, len(group))} ==")
        for r in group[:n]:
            print(f"[{r.id}] {r.text}")
            gold = ", ".join(f"{g.source}>{g.target}:{g.code}" for g in r.gold) or "none"
            oos = f"  (+ out of scope: {', '.join(r.gold_out_of_scope)})" if r.gold_out_of_scope else ""
            print(f"    gold: {gold}{oos}")
            for t in r.raw or ["(no triple)"]:
                print(f"    got : {t}")
            for p in r.preds:
                print(f"    -> {p.source}>{p.target}:{p.relation} {'/'.join(p.roots)}"
                      f"{' (symmetric)' if p.symmetric else ''}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES, help=f"cases.jsonl (default: {DEFAULT_CASES})")
    ap.add_argument("--codes", type=Path, default=None, help="codes.json (default: next to --cases)")
    ap.add_argument("--subset", choices=("gsr", "unit", "all"), default="all")
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    ap.add_argument("--show", type=int, default=5, metavar="N",
                    help="print N example sentences each of hits, misses and false positives (default 5)")
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of the tables")
    ap.add_argument("--unit-ner-assist", action="store_true",
                    help="diagnostic: rerun the unit cases with the test dictionary's fictional names "
                         "added to the NER as ORG entities (reported as an extra row)")
    args = ap.parse_args(argv)

    codes_path = args.codes or args.cases.parent / "codes.json"
    codes = json.loads(codes_path.read_text("utf-8"))
    root_names = {k: v.title() for k, v in codes.get("event_root_codes", {}).items()}
    cases = load_cases(args.cases, args.subset)
    gaz = Gazetteer.default()
    phrases = load_validation_phrases(codes)
    mapper = ActorMapper(gaz, phrases)

    from newsgraph.extract.pipeline import load_pipeline

    t0 = time.perf_counter()
    load_pipeline(args.model)
    load_s = time.perf_counter() - t0
    triples, extract_s = run_extractor(cases, args.model)
    results = [score_case(c, triples[c["id"]], mapper) for c in cases]

    groups: list[tuple[str, list[CaseResult]]] = []
    subsets = list(dict.fromkeys(r.subset for r in results))
    for sub in subsets:
        groups.append((sub, [r for r in results if r.subset == sub]))
    news = [r for r in results if r.text_kind == "news"]
    if news:
        groups.append(("news (text_kind)", news))
    for sub in subsets if len(subsets) > 1 else []:
        sel = [r for r in results if r.subset == sub and r.text_kind == "news"]
        if sel:
            groups.append((f"  news in {sub}", sel))
    groups.append(("all selected", results))

    assist: list[CaseResult] = []
    assist_s = 0.0
    unit_cases = [c for c in cases if c.get("actor_dictionary") == "petr_validate"]
    if args.unit_ner_assist and unit_cases:
        name = add_fictional_ruler(args.model, phrases, gaz)
        try:
            t_assist, assist_s = run_extractor(unit_cases, args.model)
        finally:
            load_pipeline(args.model).remove_pipe(name)
        assist = [score_case(c, t_assist[c["id"]], mapper) for c in unit_cases]
        groups.append(("unit + NER assist*", assist))

    rows = [(label, aggregate(sel)) for label, sel in groups]
    miss_groups = [(label, sel) for label, sel in groups
                   if label in subsets or label == "news (text_kind)" or (label == "all selected" and len(subsets) > 1)]
    misses = {label: miss_patterns(sel, root_names) for label, sel in miss_groups}
    fps = fp_patterns(results)
    meta = {
        "date": date.today().isoformat(),
        "model": args.model,
        "cases_file": str(args.cases),
        "subset": args.subset,
        "sentences": len(cases),
        "model_load_s": round(load_s, 2),
        "extract_s": round(extract_s, 2),
        "sentences_per_s": round(len(cases) / extract_s, 1) if extract_s else None,
    }

    if args.json:
        doc = {
            "meta": meta,
            "scores": {label: s for label, s in rows},
            "miss_patterns": misses,
            "false_positive_patterns": fps,
            "cases": [
                {"id": r.id, "subset": r.subset, "text_kind": r.text_kind,
                 "gold": [asdict(g) for g in r.gold], "gold_out_of_scope": r.gold_out_of_scope,
                 "triples": r.raw, "predictions": [asdict(p) for p in r.preds],
                 "code": {"tp_pred": r.tp_pred, "fp": r.fp, "tp_gold": r.tp_gold, "fn": r.fn},
                 "pair": {"tp_pred": r.pair_tp_pred, "fp": r.pair_fp, "tp_gold": r.pair_tp_gold, "fn": r.pair_fn}}
                for r in results
            ],
        }
        if assist:
            doc["unit_ner_assist_cases"] = [
                {"id": r.id, "triples": r.raw, "predictions": [asdict(p) for p in r.preds],
                 "code": {"tp_pred": r.tp_pred, "fp": r.fp, "tp_gold": r.tp_gold, "fn": r.fn}}
                for r in assist
            ]
        json.dump(doc, sys.stdout, indent=1, default=str)
        print()
        return 0

    print(f"PETRARCH benchmark  {meta['date']}  model {args.model}  cases {args.cases}")
    print(f"{len(cases)} sentences: model load {load_s:.1f} s, extraction {extract_s:.1f} s "
          f"({meta['sentences_per_s']} sentences/s)"
          + (f"; NER-assist rerun of {len(unit_cases)} unit sentences {assist_s:.1f} s" if assist else ""))
    print("code = (source country, target country, CAMEO root) | pair = (source, target) | "
          "sent = sentence has an event at all")
    print("gold = gold events in scope (both actors have a country), oos = out of scope "
          "(---, IGO, IMG, NGO, quoted ...); pred = mapped, non-negated, non-structural predictions\n")
    print_table(rows)
    print_counts(rows)
    if assist:
        print("  * unit + NER assist: a diagnostic, not a score of the product: the test dictionary's "
              "fictional names were\n    added to the pipeline's NER (label ORG) for this rerun only.")

    print("\nmost frequent misses (gold root not produced for the pair; 'pair found' = the extractor "
          "linked the pair with another type; * = no relation type maps to this root):")
    for label, pats in misses.items():
        print(f" {label}:")
        for m in pats[:8]:
            inst = ", ".join(f"{k} {v}" for k, v in sorted(m["produced_instead"].items())) or "-"
            star = " " if m["root"] in COVERED_ROOTS else "*"
            print(f"  {m['root']}{star}{m['name']:<36} missed {m['missed']:>3}/{m['gold']:<3} "
                  f"pair found {m['pair_found_other_type']:>2}  (instead: {inst})")
    print("\nfalse positives by relation:")
    for f in fps[:12]:
        print(f"  {f['relation']:<16} {f['why']:<28} {f['n']:>3}")
    show_examples(results, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
