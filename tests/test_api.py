"""The Python API: ng.extract, ng.build, kg.query, kg.save / ng.load."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph as ng

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_api_extract_returns_pydantic_triples() -> None:
    ts = ng.extract_text("Sweden joined NATO.\n\nThe Kremlin criticized Sweden.")
    assert all(isinstance(t, ng.Triple) for t in ts)
    assert {(t.subject, t.relation, t.object) for t in ts} >= {("Sweden", "MEMBER_OF", "NATO"), ("Russia", "CRITICIZES", "Sweden")}


def test_api_build_query_save_load(tmp_path: Path) -> None:
    rep = ng.BuildReport()
    kg = ng.build([EXAMPLES], report=rep)
    assert rep.articles >= 5 and not rep.skipped
    rows = kg.query("MATCH (a)-[r:SUPPORTS]->(b:Group) RETURN a.name, b.name")
    assert {"a.name": "Iran", "b.name": "Houthis"} in rows
    assert ("Houthis", "CONTROLS", "Hodeidah") in kg.edges()
    assert kg.graph.number_of_nodes() == len(kg.actors())
    path = kg.save(tmp_path / "examples.graph.json")
    assert ng.load(path) == kg


def test_api_build_twice_is_idempotent() -> None:
    kg = ng.build(EXAMPLES)
    before = kg.stats()
    rep = ng.BuildReport()
    ng.build(EXAMPLES, graph=kg, report=rep)
    assert rep.new_evidence == 0
    assert kg.stats() == before


def test_api_build_skips_bad_files_and_reports(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Chile backs Peru.\n\nPeru thanked Chile.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    rep = ng.BuildReport()
    kg = ng.build([tmp_path], report=rep)
    assert ("Chile", "SUPPORTS", "Peru") in kg.edges()
    assert len(rep.skipped) == 1 and "bad.txt" in rep.skipped[0]


def test_api_build_strict_raises(tmp_path: Path) -> None:
    with pytest.raises(ng.InputError, match="nope.txt"):
        ng.build([tmp_path / "nope.txt"], strict=True)


def test_api_min_confidence_filters() -> None:
    kg = ng.build(EXAMPLES, min_confidence=0.85)
    assert all(d["confidence"] >= 0.85 for _, _, d in kg.graph.edges(data=True))


def test_extract_text_is_the_api_call_and_extract_the_subpackage():
    """``ng.extract_text(text)`` is the API call; ``newsgraph.extract`` is only the package of
    the extractors (a plain module, importable in every form)."""
    import importlib
    import subprocess
    import sys
    import types

    import newsgraph as ng
    import newsgraph.extract.gazetteer as gz

    assert gz is importlib.import_module("newsgraph.extract.gazetteer")
    assert type(ng.extract) is types.ModuleType and not callable(ng.extract)
    found = {(t.subject, t.relation, t.object) for t in ng.extract_text("Iran backs the Houthis.", source="t.txt")}
    assert ("Iran", "SUPPORTS", "Houthis") in found
    code = "import newsgraph.extract.reader as r, newsgraph as ng; assert r.__name__ == 'newsgraph.extract.reader' and callable(ng.extract_text)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).returncode == 0
