#!/usr/bin/env python
"""Score newsgraph's extractor against the PLOVER gold-standard records (who did what to whom).

Reads ../shared/benchmarks/plover/PLOVER_GSR_CAMEO.json: 322 news sentences, each with one gold
event: source and target actors (``actorText`` plus a CAMEO actor code whose first three letters
are a country code, IGO, NGO ...) and a PLOVER event type (AGREE, CONSULT, ... ASSAULT, FIGHT).
The records are by the Open Event Data Alliance, licensed CC BY-SA 4.0; they live outside this
repository, in ../shared (a clone without it gets a one-line error and exit status 2). The
leading DOCUMENT record (the file's own documentation) is skipped.

The extractor runs on every sentence; each non-negated triple (subject, relation, object) is
compared with the sentence's gold event:

* actors: a system actor matches a gold actor when, normalised (case, punctuation, a leading
  "the", a possessive 's), its canonical name or its surface mention equals the gold
  ``actorText``, or one contains the other as whole words; or when the actor's ISO3 country
  (the extractor's ``subject_country`` / ``object_country``) is the country of the gold code;
* pair level: the triple links a gold source to a gold target, in the gold direction, or in
  either direction for the symmetric relation types (ALLIED_WITH, MEETS, NEGOTIATES_WITH,
  COOPERATES_WITH) and for reciprocal gold events (markup ``SRC/TAR``: "X and Y agreed");
* class level: the pair, and the relation's polarity (cooperative / conflictual) is the event's;
* type level: the pair, and the relation is one the PLOVER event maps to (EVENT_TYPES below,
  derived from ../shared/lexicons/CAMEO2PLOVER-2021.txt and the CAMEO -> newsgraph table of
  ../shared/lexicons/README.md; print it with ``--mapping``).

Precision counts every scored triple (PLOVER codes one event per sentence, so it is a lower
bound); a second block leaves out LEADS / MEMBER_OF, which PLOVER never annotates. Recall counts
the gold events that have both a source and a target actor. No thresholds: it prints figures.

    .venv/bin/python benchmarks/plover.py                # tables
    .venv/bin/python benchmarks/plover.py --show 10      # + the first 10 misses and false positives
    .venv/bin/python benchmarks/plover.py --json > plover.json
    .venv/bin/python benchmarks/plover.py --mapping      # the PLOVER event -> relation type table
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pycountry

from newsgraph.core.models import Triple
from newsgraph.core.ontology import SYMMETRIC, RelationType, relation_class
from newsgraph.extract import DEFAULT_MODEL  # the installed package (pip install -e .)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.json"

# ---------------------------------------------------------------------------------------------
# The mapping PLOVER event -> newsgraph relation types (data)
# ---------------------------------------------------------------------------------------------
# Derived in two steps (tests/test_benchmark_plover.py re-derives it from the two files):
# 1. CAMEO2PLOVER-2021.txt inverted gives the CAMEO codes of each PLOVER event. The gold file
#    uses the PLOVER 0.5b1 names; four of them are split or renamed in the 2021 table:
#    DEMAND = REQUEST (root 10), DISAPPROVE = ACCUSE's root-11 codes, INVESTIGATE = ACCUSE's
#    root-09 codes, FIGHT = ASSAULT's root-19 codes (190, 193-196; 191/192 went to COERCE).
# 2. Each code goes through the README table "CAMEO roots -> newsgraph relation types", the
#    most specific row winning (033x -> PROVIDES_AID inside 03 -> COOPERATES_WITH). Root 16 has
#    rows only for 161 and 163; its other codes (160 reduce relations, 162 stop aid, 164/165
#    halt talks, 166 expel) take SANCTIONS, the type ONTOLOGY.md gives CAMEO 16. Roots 01, 08,
#    09 and 17 codes other than 172 have no type.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "AGREE": ("COOPERATES_WITH", "PROVIDES_AID", "MEETS"),  # 03x; 033x intent to aid; 036 to meet
    "CONSULT": ("MEETS", "NEGOTIATES_WITH"),  # 040-044; 045 mediate, 046 negotiate
    "SUPPORT": ("SUPPORTS", "COOPERATES_WITH", "ALLIED_WITH"),  # 050-056; 057 sign agreement
    "COOPERATE": ("COOPERATES_WITH", "PROVIDES_AID"),  # 060-064; 062 military cooperation
    "AID": ("PROVIDES_AID",),  # 070-075
    "CONCEDE": (),  # 080-083x (root 08)
    "RETREAT": (),  # 084-087x, 0813, 0814 (root 08)
    "INVESTIGATE": (),  # 090-094 (root 09)
    "DEMAND": ("APPEALS_TO",),  # 100-108
    "DISAPPROVE": ("CRITICIZES",),  # 110-116
    "REJECT": ("OPPOSES",),  # 120-129
    "THREATEN": ("THREATENS",),  # 130-139
    "PROTEST": ("OPPOSES",),  # 140-145x
    "MOBILIZE": ("DEPLOYS_TO",),  # 150-154
    "SANCTION": ("SANCTIONS", "OPPOSES"),  # 160, 162x, 164-166x; 161 reduce relations
    "COERCE": ("SANCTIONS", "ATTACKS"),  # 163 embargo, 172x; 191 blockade, 192 occupy (root 19)
    "ASSAULT": ("ATTACKS",),  # 18x, 20x (175, 1712: root 17, no type)
    "FIGHT": ("ATTACKS",),  # 190, 193-196
}
#: Polarity of the events without a type: CAMEO's quad classes (08 material cooperation,
#: 09 verbal conflict). The others take the class of their types, so type implies class.
NO_TYPE_CLASS: dict[str, str] = {"CONCEDE": "cooperative", "RETREAT": "cooperative", "INVESTIGATE": "conflictual"}

#: PLOVER never annotates these structural relations; the second block of rows leaves them out.
UNANNOTATED = frozenset({"LEADS", "MEMBER_OF"})

#: First three letters of gold codes that are no ISO 3166-1 alpha-3 code but name a country:
#: typos in this file (JAP, ITL, VTN) and CAMEO-era codes (as in benchmarks/petrarch.py).
CODE_FIXES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM",
                              "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX"}
_NON_ISO_COUNTRIES = frozenset({"XKX"})  # Kosovo: the gazetteer's code, not in ISO 3166-1

#: Surface mentions that say nothing about who (coreference gives the canonical name instead).
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
                       "his", "its", "their", "our", "this", "that", "these", "those"})


def event_classes(event: str) -> frozenset[str]:
    """The polarities a PLOVER event can have in newsgraph terms."""
    types = EVENT_TYPES.get(event, ())
    if types:
        return frozenset(relation_class(t).value for t in types)
    return frozenset({NO_TYPE_CLASS[event]}) if event in NO_TYPE_CLASS else frozenset()


def country_of_code(code: str) -> str | None:
    """ISO3 of a CAMEO actor code's first three letters, or None when they are no country.

    "USAGOV" -> "USA", "JAP" -> "JPN", "IGO" -> None, "ISM" -> None.
    """
    head = CODE_FIXES.get(code.strip()[:3].upper(), code.strip()[:3].upper())
    if head in _NON_ISO_COUNTRIES or (len(head) == 3 and pycountry.countries.get(alpha_3=head)):
        return head
    return None


def normalise(name: str) -> str:
    """Lower case, possessive 's and punctuation dropped, leading "the" dropped.

    "The U.S.'s envoy" -> "us envoy"; "Greek-Cypriot" -> "greek cypriot".
    """
    s = name.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = s.replace(".", "")  # "U.S." == "US", "U.N." == "UN"
    words = re.sub(r"[\W_]+", " ", s).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def names_match(a: str, b: str) -> bool:
    """Equal, or one contains the other as whole words (both already normalised)."""
    return bool(a and b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


# ---------------------------------------------------------------------------------------------
# Gold events and system actors
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str

    @property
    def norm(self) -> str:
        return normalise(self.text)

    @property
    def country(self) -> str | None:
        return country_of_code(self.code)


@dataclass
class GoldEvent:
    id: str
    event: str
    text: str
    sources: list[GoldActor]
    targets: list[GoldActor]
    reciprocal: bool  # "X and Y agreed": the sources act on each other (markup SRC/TAR, no target)

    @property
    def scorable(self) -> bool:
        """Has a (source, target) pair: two different actors."""
        return len(self.sources) >= 2 if self.reciprocal else bool(self.sources and self.targets)


def _actors(value: Any) -> list[GoldActor]:
    # "target" is a list, or None / "" when the event has none (once a stray "diplomatic")
    if not isinstance(value, list):
        return []
    return [GoldActor(str(a.get("actorText", "")).strip(), str(a.get("code", ""))) for a in value]


def gold_event(rec: dict[str, Any]) -> GoldEvent:
    sources, targets = _actors(rec.get("source")), _actors(rec.get("target"))
    info = rec.get("textInfo") or {}
    markup = info.get("markup", "") if isinstance(info, dict) else str(info)  # once a bare string
    reciprocal = not targets and len(sources) >= 2 and "SRC/TAR" in markup
    return GoldEvent(rec["id"], rec["event"], rec["text"], sources, targets, reciprocal)


def load_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The sentence records (the DOCUMENT record skipped), the first ``limit`` of them."""
    recs = [r for r in json.loads(path.read_text("utf-8")) if r.get("event") != "DOCUMENT" and r.get("text")]
    return recs[:limit] if limit is not None else recs


class SysActor(NamedTuple):
    name: str
    mention: str
    country: str | None


def sys_actors(t: Triple) -> tuple[SysActor, SysActor]:
    return (SysActor(t.subject, t.subject_mention, getattr(t, "subject_country", None)),
            SysActor(t.object, t.object_mention, getattr(t, "object_country", None)))


def actor_match(a: SysActor, g: GoldActor) -> str | None:
    """How a system actor matches a gold actor: "name", "country" or None."""
    gold = g.norm
    for s in (a.name, a.mention):
        n = normalise(s)
        if n not in _PRONOUNS and names_match(n, gold):
            return "name"
    return "country" if a.country is not None and a.country == g.country else None


def actor_matches(a: SysActor, g: GoldActor) -> bool:
    return actor_match(a, g) is not None


def links_pair(ev: GoldEvent, subj: SysActor, obj: SysActor, symmetric: bool) -> str | None:
    """Does subject -> object connect a gold source to a gold target (see the module doc)?

    None when not; "name" when it does with at least one end matched by name; "country" when
    only country codes connect both ends (a domestic event, e.g. government vs. rebels of one
    state, is then matched by any two actors of that state).
    """
    if not ev.scorable:
        return None
    targets = ev.sources if ev.reciprocal else ev.targets
    orders = [(subj, obj), (obj, subj)] if symmetric or ev.reciprocal else [(subj, obj)]
    kinds = set()
    for a, b in orders:
        for i, gs in enumerate(ev.sources):
            for j, gt in enumerate(targets):
                if ev.reciprocal and i == j:  # two different gold actors
                    continue
                ka, kb = actor_match(a, gs), actor_match(b, gt)
                if ka and kb:
                    kinds.add("name" if "name" in (ka, kb) else "country")
    return "name" if "name" in kinds else ("country" if kinds else None)


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

LEVELS = ("pair", "class", "type")


@dataclass
class Scored:
    triple: str  # "subject -[REL]-> object"
    relation: str
    pair: bool
    klass: bool
    type: bool
    by_country: bool = False  # the pair rests on country codes alone at both ends


@dataclass
class RecordResult:
    gold: GoldEvent
    triples: list[Scored] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def found(self, level: str, exclude: frozenset[str] = frozenset()) -> bool:
        return self.gold.scorable and any(_ok(s, level) for s in self.triples if s.relation not in exclude)


def _ok(s: Scored, level: str) -> bool:
    return {"pair": s.pair, "class": s.klass, "type": s.type}[level]


def fmt_triple(t: Triple) -> str:
    neg = "NOT " if t.negated else ""
    return f"{t.subject} -[{neg}{t.relation}]-> {t.object}"


def score_record(ev: GoldEvent, triples: Iterable[Triple]) -> RecordResult:
    """Mark each non-negated, deduplicated triple of the sentence as right at each level."""
    r = RecordResult(ev)
    types, classes = set(EVENT_TYPES.get(ev.event, ())), event_classes(ev.event)
    seen: set[tuple[str, str, str]] = set()
    for t in triples:
        rel = RelationType(t.relation).value
        if t.negated:
            r.skipped["negated"] += 1
            continue
        if (t.subject, rel, t.object) in seen:
            r.skipped["duplicate"] += 1
            continue
        seen.add((t.subject, rel, t.object))
        how = links_pair(ev, *sys_actors(t), RelationType(rel) in SYMMETRIC)
        pair = how is not None
        klass = pair and relation_class(rel).value in classes
        r.triples.append(Scored(fmt_triple(t), rel, pair, klass, pair and rel in types, how == "country"))
    return r


def prf(right: int, predicted: int, found: int, gold: int) -> dict[str, float | None]:
    p = right / predicted if predicted else None
    rc = found / gold if gold else None
    f = 2 * p * rc / (p + rc) if p and rc else (0.0 if p is not None and rc is not None else None)
    return {"precision": p, "recall": rc, "f1": f}


def aggregate(results: list[RecordResult], exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Micro P / R / F1 per level; ``exclude``: relation types left out of the system side."""
    kept = [s for r in results for s in r.triples if s.relation not in exclude]
    gold = sum(r.gold.scorable for r in results)
    out: dict[str, Any] = {"triples": len(kept), "gold": gold,
                           "pair_by_country_only": sum(s.pair and s.by_country for s in kept)}
    for level in LEVELS:
        right = sum(_ok(s, level) for s in kept)
        found = sum(r.found(level, exclude) for r in results)
        out[level] = {"right": right, "found": found, **prf(right, len(kept), found, gold)}
    return out


def per_event(results: list[RecordResult]) -> list[dict[str, Any]]:
    rows = []
    for event in sorted({r.gold.event for r in results}, key=lambda e: (-sum(r.gold.event == e for r in results), e)):
        sel = [r for r in results if r.gold.event == event]
        scored = sum(r.gold.scorable for r in sel)
        row: dict[str, Any] = {"event": event, "gold": len(sel), "scorable": scored,
                               "types": list(EVENT_TYPES.get(event, ()))}
        for level in LEVELS:
            found = sum(r.found(level) for r in sel)
            row[level] = {"found": found, "recall": found / scored if scored else None}
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------

def run_extractor(records: list[dict[str, Any]], model: str) -> tuple[dict[str, list[Triple]], float]:
    """Triples per record id, exactly as ``ng.extract_text(text)`` would give them, in one batch.

    ``ng.extract`` is ``split_text`` + ``extract_articles``; here every record's articles go
    through one ``extract_articles`` stream (``nlp.pipe`` batching) instead of one call each.
    """
    from newsgraph.extract.extractor import extract_articles  # spaCy only once extraction runs
    from newsgraph.extract.reader import split_text  # (same reason)

    articles = [a for r in records for a in split_text(r["text"], source=r["id"])]
    out: dict[str, list[Triple]] = {r["id"]: [] for r in records}
    t0 = time.perf_counter()
    for article, triples in extract_articles(articles, model=model, batch_size=64):
        out[article.source].extend(triples)
    return out, time.perf_counter() - t0


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "    -" if x is None else f"{100 * x:5.1f}"


def print_mapping() -> None:
    print("PLOVER event -> newsgraph relation types (derivation: the comment above EVENT_TYPES "
          "in benchmarks/plover.py)")
    for event, types in EVENT_TYPES.items():
        classes = "/".join(sorted(event_classes(event)))
        print(f"  {event:<12} {classes:<12} {', '.join(types) or '(no type: pair and class levels only)'}")
    print("symmetric types (either direction): " + ", ".join(sorted(r.value for r in SYMMETRIC)))


def print_scores(blocks: list[tuple[str, dict[str, Any]]]) -> None:
    head = f"{'level':<7}{'triples':<24}{'P':>6}{'R':>7}{'F1':>7}   {'right/triples':>13}  {'found/gold':>10}"
    print(head)
    print("-" * len(head))
    for label, s in blocks:
        for level in LEVELS:
            x = s[level]
            print(f"{level:<7}{label:<24}{_pct(x['precision']):>6}{_pct(x['recall']):>7}{_pct(x['f1']):>7}   "
                  f"{x['right']:>6}/{s['triples']:<6}  {x['found']:>5}/{s['gold']:<4}")


def print_events(rows: list[dict[str, Any]]) -> None:
    head = f"\n{'event':<12}{'gold':>5}{'scored':>7}{'pair R':>8}{'class R':>8}{'type R':>8}   types"
    print(head)
    print("-" * (len(head) + 30))
    for row in rows:
        print(f"{row['event']:<12}{row['gold']:>5}{row['scorable']:>7}" +
              "".join(f"{_pct(row[lv]['recall']):>8}" for lv in LEVELS) +
              f"   {', '.join(row['types']) or '-'}")


def _gold_str(ev: GoldEvent) -> str:
    def side(actors: list[GoldActor]) -> str:
        return " + ".join(f"{a.text} ({a.code})" for a in actors) or "(none)"

    if ev.reciprocal:
        return f"{ev.event}: {side(ev.sources)} (reciprocal)"
    return f"{ev.event}: {side(ev.sources)} -> {side(ev.targets)}"


def _why(r: RecordResult, s: Scored) -> str:
    by = " (by country codes alone)" if s.by_country else ""
    if s.type:
        return "right" + by
    if s.pair:
        return "pair right, wrong type" + ("" if s.klass else " and class") + by
    return "pair not in gold" if r.gold.scorable else "gold event has no target"


def show_examples(results: list[RecordResult], n: int) -> None:
    misses = [r for r in results if r.gold.scorable and not r.found("type")]
    fps = [r for r in results if any(not s.type for s in r.triples)]
    for title, group in (("misses (scored gold event not found at type level)", misses),
                         ("false positives (triples not right at type level)", fps)):
        print(f"\n== {title}: {len(group)} sentences, first {min(n, len(group))} ==")
        for r in group[:n]:
            print(f"[{r.gold.id}] {r.gold.text}")
            print(f"    gold: {_gold_str(r.gold)}")
            for s in r.triples:
                print(f"    got : {s.triple}   [{_why(r, s)}]")
            if not r.triples:
                print("    got : (no triple)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"the gold file (default: {DEFAULT_DATA})")
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    ap.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N sentence records")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print the first N misses and false positives")
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of the tables")
    ap.add_argument("--mapping", action="store_true", help="print the PLOVER event -> relation type table and exit")
    args = ap.parse_args(argv)

    if args.mapping:
        print_mapping()
        return 0
    if not args.data.is_file():
        print(f"plover.py: gold file not found: {args.data} (the PLOVER records live in ../shared, next to "
              f"the repository, which a clone does not have; pass --data FILE)", file=sys.stderr)
        return 2

    from newsgraph.extract.pipeline import load_pipeline  # spaCy only once extraction runs

    records = load_records(args.data, args.limit)
    t0 = time.perf_counter()
    load_pipeline(args.model)
    load_s = time.perf_counter() - t0
    triples, extract_s = run_extractor(records, args.model)
    results = [score_record(gold_event(rec), triples[rec["id"]]) for rec in records]

    skipped = sum((r.skipped for r in results), Counter())
    scores = {"all": aggregate(results), "without_LEADS_MEMBER_OF": aggregate(results, UNANNOTATED)}
    events = per_event(results)
    counts = {
        "sentences": len(results),
        "gold_events": len(results),
        "gold_scorable": sum(r.gold.scorable for r in results),
        "gold_reciprocal": sum(r.gold.reciprocal for r in results),
        "gold_no_pair": sum(not r.gold.scorable for r in results),
        "gold_scorable_with_type": sum(r.gold.scorable and bool(EVENT_TYPES.get(r.gold.event)) for r in results),
        "triples_extracted": sum(len(v) for v in triples.values()),
        "triples_scored": sum(len(r.triples) for r in results),
        "triples_skipped": dict(skipped),
        "sentences_without_triples": sum(not r.triples for r in results),
    }
    meta = {
        "date": date.today().isoformat(), "model": args.model, "data": str(args.data),
        "license": "CC BY-SA 4.0, Open Event Data Alliance", "limit": args.limit,
        "model_load_s": round(load_s, 2), "extract_s": round(extract_s, 2),
        "sentences_per_s": round(len(records) / extract_s, 1) if extract_s else None,
    }

    if args.json:
        doc = {
            "meta": meta, "counts": counts, "scores": scores, "per_event": events,
            "mapping": {e: {"types": list(t), "classes": sorted(event_classes(e))} for e, t in EVENT_TYPES.items()},
            "records": [
                {"id": r.gold.id, "event": r.gold.event, "text": r.gold.text,
                 "sources": [asdict(a) for a in r.gold.sources], "targets": [asdict(a) for a in r.gold.targets],
                 "reciprocal": r.gold.reciprocal, "scorable": r.gold.scorable,
                 "found": {lv: r.found(lv) for lv in LEVELS}, "triples": [asdict(s) for s in r.triples]}
                for r in results
            ],
        }
        json.dump(doc, sys.stdout, indent=1)
        print()
        return 0

    print(f"PLOVER benchmark  {meta['date']}  model {args.model}  data {args.data} (CC BY-SA 4.0)")
    print(f"{len(records)} sentences: model load {load_s:.1f} s, extraction {extract_s:.1f} s "
          f"({meta['sentences_per_s']} sentences/s)")
    print(f"gold: {counts['gold_events']} events, {counts['gold_scorable']} with a source and a target "
          f"(scored; {counts['gold_reciprocal']} reciprocal), {counts['gold_no_pair']} without (not scored); "
          f"{counts['gold_scorable_with_type']} scored events have a relation type (type-recall ceiling)")
    sk = ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())) or "none"
    print(f"triples: {counts['triples_extracted']} extracted, {counts['triples_scored']} scored (skipped: {sk}); "
          f"{counts['sentences_without_triples']} sentences without a scored triple\n")
    print_scores([("all", scores["all"]), ("no LEADS/MEMBER_OF", scores["without_LEADS_MEMBER_OF"])])
    print(f"(right pairs resting on country codes alone at both ends: {scores['all']['pair_by_country_only']} "
          f"of all, {scores['without_LEADS_MEMBER_OF']['pair_by_country_only']} without LEADS/MEMBER_OF)")
    print_events(events)
    if args.show > 0:
        show_examples(results, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
