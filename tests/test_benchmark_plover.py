"""benchmarks/plover.py: its scoring on hand-made records and triples, its mapping, one real run."""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from newsgraph.core.models import Triple
from newsgraph.core.ontology import RelationType, relation_class

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "benchmarks" / "plover.py"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD_FILE = SHARED / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.json"
CAMEO2PLOVER = SHARED / "lexicons" / "CAMEO2PLOVER-2021.txt"


@pytest.fixture(scope="module")
def pl() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plover_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def triple(subject: str, relation: str, obj: str, *, subject_mention: str | None = None,
           object_mention: str | None = None, subject_country: str | None = None,
           object_country: str | None = None, negated: bool = False) -> Triple:
    return Triple(subject=subject, subject_type="COUNTRY", relation=relation, object=obj, object_type="COUNTRY",
                  negated=negated, confidence=0.9, article_id="a1", sentence="(made up)", char_start=0,
                  char_end=9, source="test", subject_mention=subject_mention or subject,
                  object_mention=object_mention or obj, subject_country=subject_country,
                  object_country=object_country)


def record(event: str, sources: list[tuple[str, str]], targets: list[tuple[str, str]] | None,
           markup: str = "", rid: str = "T-1") -> dict[str, Any]:
    """A record in the gold file's shape (the sentences here are made up)."""
    def actors(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
        return [{"actorText": t, "code": c} for t, c in pairs]

    return {"id": rid, "event": event, "text": "(made up)", "source": actors(sources),
            "target": actors(targets) if targets is not None else None, "textInfo": {"markup": markup}}


# ---------------------------------------------------------------------------------------------
# Names and codes
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, norm", [
    ("The U.S.'s envoy", "us envoy"),
    ("Greek-Cypriot", "greek cypriot"),
    ("Chile\u2019s  Foreign Ministry", "chile foreign ministry"),
    ("the Netherlands", "netherlands"),
    ("Theodore Roosevelt", "theodore roosevelt"),  # only a whole leading word "the"
    ("U.N. Security Council", "un security council"),
])
def test_benchmark_plover_normalise(pl: ModuleType, raw: str, norm: str) -> None:
    assert pl.normalise(raw) == norm


@pytest.mark.parametrize("a, b, expected", [
    ("peru", "peru", True),
    ("peru", "navy of peru", True),  # contained, whole words
    ("navy of peru", "peru", True),  # contains
    ("peru", "peruvian navy", False),  # no word boundary
    ("", "peru", False),
])
def test_benchmark_plover_names_match_on_word_boundaries(pl: ModuleType, a: str, b: str, expected: bool) -> None:
    assert pl.names_match(a, b) is expected


@pytest.mark.parametrize("code, iso3", [
    ("USAGOV", "USA"), ("PSE", "PSE"), ("JAP", "JPN"), ("ITL", "ITA"), ("KSV", "XKX"),
    ("IGO", None), ("NGO", None), ("ISM", None), ("", None),
])
def test_benchmark_plover_country_of_code(pl: ModuleType, code: str, iso3: str | None) -> None:
    assert pl.country_of_code(code) == iso3


def test_benchmark_plover_actor_matches_by_name_mention_or_country(pl: ModuleType) -> None:
    gold = pl.GoldActor("Chilean Foreign Minister Ana Reyes", "CHLGOV")
    assert pl.actor_match(pl.SysActor("Ana Reyes", "Reyes", None), gold) == "name"
    # the canonical name says nothing, the mention does
    assert pl.actor_match(pl.SysActor("Ministry", "the Chilean Foreign Minister", None), gold) == "name"
    assert pl.actor_match(pl.SysActor("Chile", "Santiago", "CHL"), gold) == "country"
    assert pl.actor_match(pl.SysActor("Peru", "Lima", "PER"), gold) is None
    # a pronoun mention never matches; an IGO code has no country to match
    assert not pl.actor_matches(pl.SysActor("Someone", "they", None), pl.GoldActor("they", "CHL"))
    assert not pl.actor_matches(pl.SysActor("Chile", "Chile", "CHL"), pl.GoldActor("Andean Community", "IGO"))


def test_benchmark_plover_country_attribute_may_be_absent(pl: ModuleType) -> None:
    bare = SimpleNamespace(subject="Chile", subject_mention="Chile", object="Peru", object_mention="Lima")
    s, o = pl.sys_actors(bare)
    assert s == pl.SysActor("Chile", "Chile", None) and o.country is None


# ---------------------------------------------------------------------------------------------
# Pair, class and type levels
# ---------------------------------------------------------------------------------------------

def flags(result: Any) -> list[tuple[str, bool, bool, bool]]:
    return [(s.relation, s.pair, s.klass, s.type) for s in result.triples]


def test_benchmark_plover_levels_pair_class_type(pl: ModuleType) -> None:
    # "Chile warned Peru it would close the border."
    ev = pl.gold_event(record("THREATEN", [("Chile", "CHL")], [("Peru", "PER")]))
    r = pl.score_record(ev, [
        triple("Chile", "THREATENS", "Peru"),  # right at every level
        triple("Chile", "ATTACKS", "Peru"),  # same polarity, wrong type
        triple("Chile", "MEETS", "Peru"),  # pair only
        triple("Chile", "CRITICIZES", "Bolivia"),  # wrong pair
    ])
    assert flags(r) == [("THREATENS", True, True, True), ("ATTACKS", True, True, False),
                        ("MEETS", True, False, False), ("CRITICIZES", False, False, False)]
    assert r.found("pair") and r.found("class") and r.found("type")


def test_benchmark_plover_direction_and_symmetric_types(pl: ModuleType) -> None:
    ev = pl.gold_event(record("CONSULT", [("Chile", "CHL")], [("Peru", "PER")]))
    r = pl.score_record(ev, [
        triple("Peru", "CRITICIZES", "Chile"),  # directed type, reversed: no pair
        triple("Peru", "MEETS", "Chile"),  # symmetric type: either direction
    ])
    assert flags(r) == [("CRITICIZES", False, False, False), ("MEETS", True, True, True)]


def test_benchmark_plover_reciprocal_gold_takes_either_direction(pl: ModuleType) -> None:
    # "Chile and Peru rejected the border plan."  (both SRC/TAR, no target list)
    rec = record("REJECT", [("Chile", "CHL"), ("Peru", "PER")], None,
                 markup="(SRC/TAR: Chile) and (SRC/TAR: Peru) (EVT: rejected) the border plan.")
    ev = pl.gold_event(rec)
    assert ev.reciprocal and ev.scorable
    r = pl.score_record(ev, [
        triple("Peru", "OPPOSES", "Chile"),  # non-symmetric type, "wrong" order: still the pair
        triple("Santiago", "OPPOSES", "Chile", subject_country="CHL", object_country="CHL"),  # one gold actor twice
    ])
    assert flags(r) == [("OPPOSES", True, True, True), ("OPPOSES", False, False, False)]


def test_benchmark_plover_gold_without_target_is_not_scored(pl: ModuleType) -> None:
    # "The Chilean president resigned."  (one source, no target; a single SRC/TAR is no pair)
    for rec in (record("RETREAT", [("Chilean president", "CHLGOV")], None),
                record("RETREAT", [("Chilean president", "CHLGOV")], None, markup="(SRC/TAR: Chilean president)")):
        ev = pl.gold_event(rec)
        assert not ev.scorable
        r = pl.score_record(ev, [triple("Gabriel Boric", "LEADS", "Chile", object_country="CHL")])
        assert flags(r) == [("LEADS", False, False, False)] and not r.found("pair")
    # a stray string where the target list belongs counts as no target
    assert pl.gold_event({**record("AGREE", [("Chile", "CHL")], None), "target": "diplomatic"}).targets == []


def test_benchmark_plover_event_without_type_scores_pair_and_class(pl: ModuleType) -> None:
    # "Chile agreed a ceasefire with Peru."  coded RETREAT, which maps to no relation type
    ev = pl.gold_event(record("RETREAT", [("Chile", "CHL")], [("Peru", "PER")]))
    r = pl.score_record(ev, [triple("Chile", "NEGOTIATES_WITH", "Peru")])
    assert flags(r) == [("NEGOTIATES_WITH", True, True, False)]


def test_benchmark_plover_country_only_pairs_are_flagged(pl: ModuleType) -> None:
    # "Chilean police detained striking miners."  a domestic event: both actors CHL
    ev = pl.gold_event(record("COERCE", [("Chilean police", "CHLCOP")], [("striking miners", "CHLLAB")]))
    r = pl.score_record(ev, [
        triple("Carabineros", "ATTACKS", "workers", subject_country="CHL", object_country="CHL"),
        triple("Chilean police", "ATTACKS", "workers", subject_country="CHL", object_country="CHL"),
    ])
    assert [(s.pair, s.by_country) for s in r.triples] == [(True, True), (True, False)]


def test_benchmark_plover_negated_and_duplicate_triples_are_skipped(pl: ModuleType) -> None:
    ev = pl.gold_event(record("ASSAULT", [("Chile", "CHL")], [("Peru", "PER")]))
    r = pl.score_record(ev, [triple("Chile", "ATTACKS", "Peru", negated=True),
                             triple("Chile", "ATTACKS", "Peru"), triple("Chile", "ATTACKS", "Peru")])
    assert len(r.triples) == 1 and r.skipped == {"negated": 1, "duplicate": 1}


def test_benchmark_plover_aggregate_and_per_event(pl: ModuleType) -> None:
    results = [
        pl.score_record(pl.gold_event(record("THREATEN", [("Chile", "CHL")], [("Peru", "PER")], rid="a")),
                        [triple("Chile", "THREATENS", "Peru"), triple("Gabriel Boric", "LEADS", "Chile")]),
        pl.score_record(pl.gold_event(record("THREATEN", [("Peru", "PER")], [("Chile", "CHL")], rid="b")),
                        [triple("Peru", "ATTACKS", "Chile")]),
        pl.score_record(pl.gold_event(record("AID", [("Chile", "CHL")], [("Bolivia", "BOL")], rid="c")), []),
        pl.score_record(pl.gold_event(record("RETREAT", [("Peru", "PER")], None, rid="d")),
                        [triple("Peru", "MEETS", "Chile")]),
    ]
    s = pl.aggregate(results)
    assert (s["triples"], s["gold"]) == (4, 3)
    assert (s["pair"]["right"], s["pair"]["found"]) == (2, 2)
    assert (s["class"]["right"], s["class"]["found"]) == (2, 2)
    assert (s["type"]["right"], s["type"]["found"]) == (1, 1)
    assert s["pair"]["precision"] == pytest.approx(2 / 4) and s["pair"]["recall"] == pytest.approx(2 / 3)
    assert s["type"]["f1"] == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    without = pl.aggregate(results, pl.UNANNOTATED)
    assert without["triples"] == 3 and without["pair"]["precision"] == pytest.approx(2 / 3)

    rows = {row["event"]: row for row in pl.per_event(results)}
    assert list(rows) == ["THREATEN", "AID", "RETREAT"]  # by gold count, then name
    assert (rows["THREATEN"]["gold"], rows["THREATEN"]["scorable"]) == (2, 2)
    assert rows["THREATEN"]["pair"]["recall"] == 1.0 and rows["THREATEN"]["type"]["recall"] == 0.5
    assert rows["AID"]["pair"]["recall"] == 0.0 and rows["RETREAT"]["pair"]["recall"] is None


# ---------------------------------------------------------------------------------------------
# The mapping
# ---------------------------------------------------------------------------------------------

def test_benchmark_plover_mapping_table_is_well_formed(pl: ModuleType) -> None:
    assert len(pl.EVENT_TYPES) == 18
    for event, types in pl.EVENT_TYPES.items():
        assert all(RelationType(t) for t in types)
        classes = pl.event_classes(event)
        assert classes, event
        assert {relation_class(t).value for t in types} <= classes  # type right implies class right
    assert set(pl.NO_TYPE_CLASS) == {e for e, t in pl.EVENT_TYPES.items() if not t}


#: ../shared/lexicons/README.md "CAMEO roots -> newsgraph relation types", one row per code
#: prefix (the longest prefix wins). "16" is the script's documented fill-in for the root-16
#: codes the README does not list (ONTOLOGY.md: SANCTIONS is CAMEO 16).
README_ROWS: dict[str, tuple[str, ...]] = {
    "01": (), "02": ("APPEALS_TO",), "10": ("APPEALS_TO",),
    "03": ("COOPERATES_WITH",), "033": ("PROVIDES_AID",), "036": ("MEETS",),
    "04": ("MEETS",), "045": ("NEGOTIATES_WITH",), "046": ("NEGOTIATES_WITH",),
    "05": ("SUPPORTS",), "057": ("COOPERATES_WITH", "ALLIED_WITH"),
    "06": ("COOPERATES_WITH",), "062": ("PROVIDES_AID",), "07": ("PROVIDES_AID",),
    "08": (), "09": (), "11": ("CRITICIZES",), "12": ("OPPOSES",), "14": ("OPPOSES",),
    "161": ("OPPOSES",), "13": ("THREATENS",), "15": ("DEPLOYS_TO",),
    "16": ("SANCTIONS",), "163": ("SANCTIONS",), "172": ("SANCTIONS",),
    "18": ("ATTACKS",), "19": ("ATTACKS",), "20": ("ATTACKS",),
}
#: gold-file (PLOVER 0.5b1) name -> (2021 name, only the codes of this root)
RENAMED = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "11"),
           "INVESTIGATE": ("ACCUSE", "09"), "FIGHT": ("ASSAULT", "19")}


def test_benchmark_plover_mapping_table_follows_the_lexicons(pl: ModuleType) -> None:
    if not CAMEO2PLOVER.exists():
        pytest.skip("../shared/lexicons is not present (a user's clone has no ../shared)")
    codes: dict[str, set[str]] = {}
    for line in CAMEO2PLOVER.read_text("utf-8").splitlines():
        m = re.match(r"(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if m:
            codes.setdefault(m.group(2), set()).add(m.group(1))

    def types_of(code: str) -> set[str]:
        prefix = max((p for p in README_ROWS if code.startswith(p)), key=len, default=None)
        return set(README_ROWS[prefix]) if prefix is not None else set()

    for event, expected in pl.EVENT_TYPES.items():
        name, root = RENAMED.get(event, (event, None))
        mine = {c for c in codes[name] if root is None or c.startswith(root)}
        if event == "ASSAULT":
            mine = {c for c in mine if not c.startswith("19")}  # those are FIGHT in the gold file
        assert mine, event
        assert set().union(*(types_of(c) for c in mine)) == set(expected), event


def test_benchmark_plover_mapping_option_prints_the_table(pl: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert pl.main(["--mapping"]) == 0
    out = capsys.readouterr().out
    assert "FIGHT" in out and "ATTACKS" in out and "NEGOTIATES_WITH" in out


def test_benchmark_plover_missing_data_is_one_line_and_exit_2(pl: ModuleType, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert pl.main(["--data", str(tmp_path / "absent.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "../shared" in err


# ---------------------------------------------------------------------------------------------
# One real run: the first 20 records of the gold file
# ---------------------------------------------------------------------------------------------

def test_benchmark_plover_end_to_end_first_20_records(pl: ModuleType) -> None:
    if not GOLD_FILE.exists():
        pytest.skip("../shared/benchmarks/plover is not present (a user's clone has no ../shared)")
    proc = subprocess.run([sys.executable, str(SCRIPT), "--json", "--limit", "20"],
                          check=False, capture_output=True, text=True, cwd=REPO, timeout=600)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"meta", "counts", "scores", "per_event", "mapping", "records"}

    expected = [r for r in json.loads(GOLD_FILE.read_text("utf-8")) if r["event"] != "DOCUMENT"][:20]
    scorable = sum(pl.gold_event(r).scorable for r in expected)
    assert [r["id"] for r in doc["records"]] == [r["id"] for r in expected]
    assert doc["counts"]["sentences"] == 20 == doc["counts"]["gold_events"]
    assert doc["counts"]["gold_scorable"] == scorable
    assert doc["counts"]["triples_scored"] == sum(len(r["triples"]) for r in doc["records"])
    assert sum(row["gold"] for row in doc["per_event"]) == 20

    for block in ("all", "without_LEADS_MEMBER_OF"):
        s = doc["scores"][block]
        assert s["gold"] == scorable
        assert set(s) >= {"triples", "gold", "pair", "class", "type"}
        assert s["type"]["found"] <= s["class"]["found"] <= s["pair"]["found"] <= scorable
        assert s["type"]["right"] <= s["class"]["right"] <= s["pair"]["right"] <= s["triples"]
        for level in ("pair", "class", "type"):
            assert set(s[level]) >= {"precision", "recall", "f1", "right", "found"}
    assert doc["scores"]["all"]["pair"]["found"] == sum(r["found"]["pair"] for r in doc["records"])
