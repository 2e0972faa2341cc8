"""The real Gephi Toolkit opens our GEXF: counts, columns, types, colours and the timeline.

Builds tools/gephi-check once (``mvn -q -B package``; Maven Central the first
time, then the local ~/.m2) and runs it on files written here. Skipped when
Java/Maven are missing, except under CI (``CI=true``) where that is a failure.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from export_sample import sample_graph

from newsgraph.graph.export import export
from newsgraph.graph.filters import filter_graph

pytestmark = pytest.mark.e2e

TOOL = Path(__file__).resolve().parents[1] / "tools" / "gephi-check"
JAR = TOOL / "target" / "gephi-check.jar"


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def _stale() -> bool:
    if not JAR.exists() or not list((TOOL / "target" / "lib").glob("gephi-toolkit-*.jar")):
        return True
    sources = [TOOL / "pom.xml", *TOOL.glob("src/**/*.java")]
    return max(p.stat().st_mtime for p in sources) > JAR.stat().st_mtime


@pytest.fixture(scope="session")
def gephi_check():
    java, mvn = _java(), shutil.which("mvn")
    if java is None or mvn is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs java (11+) and maven for the Gephi Toolkit test")
        pytest.skip("java/maven not installed")
    if _stale():
        proc = subprocess.run([mvn, "-q", "-B", "package"], cwd=TOOL, capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]

    def run(path: Path) -> dict:
        cp = os.pathsep.join([str(JAR), str(TOOL / "target" / "lib" / "*")])
        proc = subprocess.run(
            [java, "-Djava.awt.headless=true", "-cp", cp, "newsgraph.gephicheck.GephiCheck", str(path)],
            capture_output=True, text=True, timeout=300,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        return json.loads(proc.stdout)

    return run


def _columns(report: dict, table: str) -> dict[str, str]:
    return {c["id"]: c["type"] for c in report[table] if not c["property"]}


def test_gephi_loads_dynamic_gexf(gephi_check, tmp_path):
    path = tmp_path / "actors.gexf"
    g = export(sample_graph(), "gexf", path)  # default filter: the negated edge is left out
    r = gephi_check(path)

    assert r["imported"] and r["verified"]
    problems = [i for i in r["issues"] if i["level"] not in ("INFO",)]
    assert problems == []
    assert (r["nodes"], r["edges"]) == (g.number_of_nodes(), g.number_of_edges()) == (6, 7)
    assert r["directed"] and r["multigraph"] and r["dynamic"]
    assert r["time_format"] == "DATE"
    assert r["time_bounds"] == ["2015-11-20", "2017-06-01"]

    assert _columns(r, "node_columns") == {
        "type": "String", "country": "String", "role": "String", "aliases": "String[]",
        "mentions": "Integer", "articles": "Integer"}
    assert _columns(r, "edge_columns") == {
        "relation": "String", "class": "String", "negated": "Boolean", "first_seen": "String",
        "last_seen": "String", "evidence_count": "Integer", "articles": "Integer", "confidence": "Double",
        "attributed": "Integer", "claim": "Boolean", "article_ids": "String[]", "cameo": "String",
        "quad_class": "Integer", "goldstein": "Double", "plover": "String"}
    assert set(r["edge_types"]) == {"SUPPORTS", "ATTACKS", "CRITICIZES", "MEETS", "LEADS", "APPEALS_TO", "CONTROLS"}

    nodes = {n["id"]: n for n in r["node_list"]}
    rebels = nodes["group:andean-rebels"]
    assert rebels["label"] == "Andean Rebels"
    assert rebels["attributes"]["aliases"] == g.nodes["group:andean-rebels"]["aliases"]  # quotes, commas, ';' survive
    assert rebels["color"] == "#9c755f"
    # one spell per day seen, not one interval from the first to the last
    assert rebels["intervals"] == [[d, d] for d in ("2016-02-10", "2016-03-01", "2016-05-03", "2017-01-15")]
    assert nodes["person:elena-marsh"]["intervals"] == []  # undated: static, always shown
    assert nodes["country:peru"]["size"] > rebels["size"]
    assert "country" not in rebels["attributes"]

    edges = {(e["source"], e["target"], e["type"]): e for e in r["edge_list"]}
    assert ("country:peru", "country:chile", "CRITICIZES") in edges and ("country:peru", "country:chile", "MEETS") in edges
    attacks = edges["country:peru", "group:andean-rebels", "ATTACKS"]
    assert attacks["weight"] == 2.0 and attacks["label"] == "ATTACKS" and attacks["color"] == "#e15759"
    assert attacks["intervals"] == [["2016-03-01", "2016-03-01"], ["2017-01-15", "2017-01-15"]]
    assert attacks["attributes"]["class"] == "conflictual" and attacks["attributes"]["evidence_count"] == 2
    assert edges["person:elena-marsh", "country:peru", "LEADS"]["intervals"] == []


def test_gephi_loads_static_and_negated(gephi_check, tmp_path):
    path = tmp_path / "static.gexf"
    export(sample_graph(), "gexf", path, types="LEADS,SUPPORTS", since=None, include_negated=True)
    r = gephi_check(path)
    assert [i for i in r["issues"] if i["level"] != "INFO"] == []
    assert r["edges"] == 3 and "SUPPORTS:NEG" in r["edge_types"]
    sub = filter_graph(sample_graph(), types="LEADS")
    path2 = tmp_path / "leads.gexf"
    export(sub, "gexf", path2)
    r2 = gephi_check(path2)
    assert not r2["dynamic"] and r2["time_bounds"] is None and (r2["nodes"], r2["edges"]) == (2, 1)
