"""The event table (``export --format events``): CAMEO codes the benchmarks agree with, and pandas reads it."""
from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest
from export_sample import sample_graph
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.core.events import EVENT_CODES, event_code, quad_class
from newsgraph.core.ontology import CAMEO_ROOTS, RelationType
from newsgraph.graph.export import export
from newsgraph.graph.export.events import EVENT_COLUMNS, write_events
from newsgraph.graph.filters import filter_graph
from newsgraph.graph.io import save_graph

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{name}_benchmark_events", REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _rows(g) -> list[dict[str, str]]:
    buf = io.StringIO()
    write_events(g, buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


# -- the table of codes -------------------------------------------------------------


def test_events_every_code_is_a_root_the_petrarch_benchmark_scores_with():
    petrarch = _script("petrarch")
    assert set(EVENT_CODES) == {r for r in RelationType if r.value not in petrarch.STRUCTURAL}
    for rel, code in EVENT_CODES.items():
        assert code.root in petrarch.CAMEO_ROOTS[rel] and code.root in petrarch.COVERED_ROOTS, rel
        assert len(code.cameo) == 3 and code.cameo.isdigit()
        assert -10.0 <= code.goldstein <= 10.0
        assert code.quad_class in (1, 2) if code.goldstein > 0 else code.quad_class in (3, 4)


# PLOVER 2021 names (what the table emits) -> the 0.5b1 names benchmarks/plover.py scores with
_PLOVER_OLD = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}


def test_events_plover_event_is_one_the_plover_benchmark_maps_to_the_type():
    plover = _script("plover")
    for rel, code in EVENT_CODES.items():
        if rel is RelationType.CONTROLS:  # a state (occupation, CAMEO 192), which PLOVER codes as COERCE
            assert code.plover == "COERCE"
            continue
        names = {_PLOVER_OLD.get(code.plover, code.plover)} | ({"FIGHT"} if code.plover == "ASSAULT" else set())
        assert any(rel.value in plover.EVENT_TYPES[n] for n in names), (rel, code.plover)


def test_events_quad_classes():
    assert [quad_class(r) for r in ("01", "05", "06", "09", "10", "14", "15", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]
    with pytest.raises(ValueError):
        quad_class("21")
    assert event_code("MEMBER_OF") is None and event_code(RelationType.ATTACKS).root == "19"


# -- the table ----------------------------------------------------------------------


def test_events_one_row_per_mention_with_codes_and_provenance():
    g = filter_graph(sample_graph(), include_negated=True)
    rows = _rows(g)
    assert list(rows[0]) == EVENT_COLUMNS
    assert len(rows) == sum(d["weight"] for _, _, d in g.edges(data=True))
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and rows[-1]["date"] == ""  # undated last
    attack = next(r for r in rows if r["relation"] == "ATTACKS" and r["date"] == "2016-03-01")
    assert (attack["source"], attack["source_id"], attack["target"], attack["target_id"]) == (
        "Peru", "country:peru", "Andean Rebels", "group:andean-rebels")
    assert (attack["cameo"], attack["cameo_root"], attack["quad_class"], attack["goldstein"], attack["plover"]) == (
        "190", "19", "4", "-10.0", "ASSAULT")
    assert attack["sentence"] == "Peruvian jets struck rebel camps on Tuesday." and attack["source_country"] == "PER"
    claim = next(r for r in rows if r["relation"] == "CRITICIZES")
    assert (claim["attributed"], claim["attributed_to"], claim["negated"]) == ("true", "Elena Marsh", "false")
    assert next(r for r in rows if r["relation"] == "SUPPORTS" and r["source"] == "Peru")["negated"] == "true"
    leads = next(r for r in rows if r["relation"] == "LEADS")
    assert leads["cameo"] == leads["goldstein"] == leads["plover"] == ""


def test_events_codes_agree_with_petrarch_mapping_row_by_row():
    petrarch = _script("petrarch")
    for r in _rows(sample_graph()):
        roots = petrarch.CAMEO_ROOTS[RelationType(r["relation"])]
        assert (r["cameo_root"] in roots) if roots else r["cameo_root"] == ""


def test_events_load_in_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "events.csv"
    export(sample_graph(), "events", path)  # negated edges left out by default, as every export
    df = pd.read_csv(path, dtype={"cameo": str, "cameo_root": str}, parse_dates=["date"])
    assert list(df.columns) == EVENT_COLUMNS and len(df) == 9
    assert str(df["date"].dtype).startswith("datetime64") and df["date"].isna().sum() == 1
    assert set(df["cameo"].dropna()) == {"050", "190", "111", "020", "192", "040"}
    assert df.groupby("quad_class")["goldstein"].mean().to_dict()[4.0] < 0
    assert not df["negated"].any() and df["attributed"].sum() == 1


def test_events_cli_from_suffix_and_format(tmp_path):
    graphfile = tmp_path / "g.graph.json"
    save_graph(sample_graph(), graphfile)
    for args in (["-o", str(tmp_path / "events.csv")], ["--format", "events", "-o", str(tmp_path / "ev.txt")]):
        res = runner.invoke(app, ["export", str(graphfile), *args, "--class", "conflictual"])
        assert res.exit_code == 0, res.output
        rows = list(csv.DictReader(open(args[-1], encoding="utf-8", newline="")))
        assert {r["relation"] for r in rows} == {"ATTACKS", "CRITICIZES"} and all(r["cameo"] for r in rows)


# -- what was left out ----------------------------------------------------------------


def test_export_summary_says_what_was_left_out(tmp_path):
    graphfile = tmp_path / "g.graph.json"
    save_graph(sample_graph(), graphfile)
    res = runner.invoke(app, ["export", str(graphfile), "-o", str(tmp_path / "a.gexf")])
    assert res.exit_code == 0
    assert "wrote 6 actors, 7 relations" in res.output
    assert "left out 1 negated relation (--include-negated keeps them)" in res.output
    res = runner.invoke(app, ["export", str(graphfile), "-o", str(tmp_path / "b.gexf"), "--include-negated"])
    assert "wrote 6 actors, 8 relations" in res.output and "left out" not in res.output
    res = runner.invoke(app, ["stats", str(graphfile)])
    assert "export and view show 6 actors, 7 edges" in res.output and "1 negated" in res.output
    res = runner.invoke(app, ["export", str(graphfile), "-o", str(tmp_path / "c.gexf"), "--class", "conflictual"])
    assert "wrote 3 actors, 2 relations" in res.output
    assert "1 negated relation" in res.output and "5 relations the filters exclude" in res.output
    assert "3 actors left without a relation" in res.output


@pytest.mark.parametrize("command", ["export", "view"])
def test_export_or_view_matching_nothing_says_so_and_exits_3(tmp_path, command):
    graphfile = tmp_path / "g.graph.json"
    save_graph(sample_graph(), graphfile)
    out = tmp_path / ("empty.gexf" if command == "export" else "empty.html")
    args = [command, str(graphfile), "-o", str(out), "--class", "conflictual", "--since", "2016", "--min-weight", "3"]
    res = runner.invoke(app, args + (["--no-titles"] if command == "view" else []))
    assert res.exit_code == 3, res.output
    assert "no relation matches the filters" in res.output and "wrote 0 actors, 0 relations" in res.output
    assert out.exists()
