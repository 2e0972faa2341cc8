"""Issue 14, items 1 and 9: a graph file is untrusted input. Pathological nesting is refused
within seconds and a few megabytes (one line naming the file and the limit); a node or edge of the
wrong shape ("weight": "lots") is one line on load, never a traceback in a later command.
A file that is not a regular file (a FIFO) is refused at once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_neo4j_support import base_triples, graph_of
from typer.testing import CliRunner

from newsgraph.core import limits
from newsgraph.core.errors import GraphFormatError
from newsgraph.core.limits import DepthExceeded, DepthGuard, json_depth_ok
from newsgraph.graph.io import load_graph, save_graph

REPO = Path(__file__).resolve().parents[1]
HEAD = '{"format":"newsgraph-graph","version":1,'
#: the red team's file: 400 KB, 200,000 levels (took 16 GB and 30+ s before)
DEEP = HEAD + '"nodes":' + "[" * 200_000 + "]" * 200_000 + "}"


@pytest.fixture
def app():
    from newsgraph.cli import app as main_app

    return main_app


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.json"
    save_graph(graph_of(base_triples()), path)
    return path


def _one_line(res) -> str:
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsgraph: error: "), res.output
    return lines[0]


# --- depth -----------------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["nodes", "edges", "old layout", "in an evidence item"])
def test_hardening_deeply_nested_graph_file_is_one_line_within_seconds(tmp_path: Path, good: Path, where: str) -> None:
    text = good.read_text(encoding="utf-8")
    if where == "nodes":
        body = DEEP
    elif where == "edges":  # past the head: in the streamed part
        body = text.replace('"edges": [', '"edges": [' + "[" * 100_000 + "]" * 100_000 + ",", 1)
    elif where == "old layout":  # edges before nodes: the document is parsed whole
        body = HEAD + '"edges":' + "[" * 100_000 + "]" * 100_000 + ',"nodes":[]}'
    else:
        body = text.replace('"evidence": [', '"evidence": [' + "[" * 100_000 + "]" * 100_000 + ",", 1)
    path = tmp_path / "deep.json"
    path.write_text(body, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(GraphFormatError) as info:
        load_graph(path)
    assert time.monotonic() - started < 5
    msg = str(info.value)
    assert msg.startswith(f"{path}: JSON nested deeper than {limits.MAX_JSON_DEPTH} levels") and "\n" not in msg
    assert "NEWSGRAPH_MAX_JSON_DEPTH" in msg


@pytest.mark.parametrize("command", [["stats"], ["query", "MATCH (a) RETURN a.name"], ["export", "-o", "x.gexf"],
                                     ["view", "-o", "x.html"], ["push"]])
def test_hardening_every_command_refuses_the_deep_file_in_one_line(app, tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "deep.json"
    path.write_text(DEEP, encoding="utf-8")
    args = [command[0], str(path), *[str(tmp_path / a) if a.startswith("x.") else a for a in command[1:]]]
    line = _one_line(CliRunner().invoke(app, args, env={"CI": "1"}))
    assert f"{path}: JSON nested deeper than" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep.json"]  # nothing written


def test_hardening_deep_nesting_far_into_the_streamed_edges(tmp_path: Path) -> None:
    from test_neo4j_support import T

    g = graph_of([T(f"Group {i}", "GROUP", "ATTACKS", "Aleppo", "LOCATION", art=f"a{i}", start=i,
                    sent=f"Group {i} attacked Aleppo. " + "Filler. " * 60) for i in range(6000)])
    path = save_graph(g, tmp_path / "big.json")
    text = path.read_text(encoding="utf-8")
    cut = text.rindex('"evidence": [')
    path.write_text(text[:cut] + '"evidence": [' + "[" * 100_000 + "]" * 100_000 + "," + text[cut + 13:], encoding="utf-8")
    assert path.stat().st_size > 3 * 2**20
    with pytest.raises(GraphFormatError, match=rf"^{path}: JSON nested deeper than 64 levels \(in the first [\d,]+ bytes\), "
                                                "over the limit for a graph file"):
        load_graph(path)


def test_hardening_brackets_inside_strings_are_not_nesting(tmp_path: Path) -> None:
    from test_neo4j_support import T

    sent = "He wrote " + "[" * 5_000 + " and \\\" " + "{" * 5_000 + " in the margin."
    g = graph_of([T("Iran", "COUNTRY", "SUPPORTS", "Houthis", "GROUP", sent=sent, sm="[[[[Iran")])
    path = save_graph(g, tmp_path / "g.json")
    loaded = load_graph(path)
    (_, _, d), = loaded.edges(data=True)
    assert d["evidence"][0]["sentence"] == sent


def test_hardening_long_string_is_refused_quickly_unless_the_limit_is_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """yajl takes time quadratic in a string spanning many reads (40 MB: 8 s, 400 MB: minutes)."""
    from test_neo4j_support import T

    article = "Iran backs the Houthis. " * 45_000  # ~1,000,000 characters: the longest a sentence can be
    g = graph_of([T("Iran", "COUNTRY", "SUPPORTS", "Houthis", "GROUP", sent=article)])
    path = save_graph(g, tmp_path / "g.json")
    assert load_graph(path).number_of_edges() == 1
    text = path.read_text(encoding="utf-8").replace(article, "x" * 40_000_000)
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(GraphFormatError, match=r"a JSON string longer than 16,777,216 bytes .*NEWSGRAPH_MAX_JSON_STRING_BYTES"):
        load_graph(path)
    assert time.monotonic() - started < 3
    monkeypatch.setattr(limits, "MAX_JSON_STRING_BYTES", 50_000_000)
    assert load_graph(path).number_of_edges() == 1


def test_hardening_depth_limit_can_be_raised_or_lowered(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_JSON_DEPTH", 4)  # a graph file nests 5
    with pytest.raises(GraphFormatError, match="nested deeper than 4 levels"):
        load_graph(good)
    monkeypatch.setattr(limits, "MAX_JSON_DEPTH", 5)
    assert load_graph(good).number_of_nodes() > 0
    env = {**os.environ, "NEWSGRAPH_MAX_JSON_DEPTH": "4", "CI": "1"}
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "stats", str(good)], capture_output=True, text=True, env=env)
    assert proc.returncode == 2 and "nested deeper than 4 levels" in proc.stderr


def test_hardening_depth_guard_sees_through_strings_split_anywhere() -> None:
    text = json.dumps({"a": ["[[[", "\\\"[", {"b": [["]]]\\"]]}], "c": "\\\\"}).encode()  # depth 5
    for cut in range(len(text) + 1):
        for cut2 in (cut, min(len(text), cut + 3)):
            guard = DepthGuard(5)
            for piece in (text[:cut], text[cut:cut2], text[cut2:]):
                guard.feed(piece)
            assert guard.depth == 0
            guard = DepthGuard(4)
            with pytest.raises(DepthExceeded):
                for piece in (text[:cut], text[cut:cut2], text[cut2:]):
                    guard.feed(piece)
    assert json_depth_ok(b'"' + b"[" * 1000 + b'"') and not json_depth_ok(b"[" * 65 + b"]" * 65)


# --- shapes ----------------------------------------------------------------------------------

BAD_FIELDS = [
    ("edges", "weight", "lots", "edge 1: 'weight' must be an integer, not \"lots\""),
    ("edges", "weight", True, "edge 1: 'weight' must be an integer, not true"),
    ("edges", "type", "DROP", "unknown relation type \"DROP\""),
    ("edges", "confidence", "high", "'confidence' must be a number"),
    ("edges", "evidence", {"a": 1}, "'evidence' must be a list"),
    ("evidence", "char_start", "0", "evidence 1: 'char_start' must be an integer, not \"0\""),
    ("evidence", "sentence", None, "evidence 1: 'sentence' must be a string, not null"),
    ("evidence", "article_id", [], "evidence 1: 'article_id' must be a string, not list"),
    ("nodes", "aliases", "Iran", "'aliases' must be a list of strings"),
    ("nodes", "mentions", 2.5, "'mentions' must be an integer, not 2.5"),
    ("nodes", "type", "ALIEN", "unknown actor type \"ALIEN\""),
    ("nodes", "name", 7, "'name' must be a string, not 7"),
]


@pytest.mark.parametrize("part,field,value,said", BAD_FIELDS)
def test_hardening_wrongly_typed_fields_are_one_line_on_load(tmp_path: Path, good: Path, part: str, field: str,
                                                             value: object, said: str) -> None:
    doc = json.loads(good.read_text(encoding="utf-8"))
    item = doc["edges"][0]["evidence"][0] if part == "evidence" else doc[part][0]
    item[field] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GraphFormatError) as info:
        load_graph(path)
    msg = str(info.value)
    assert msg.startswith(f"{path}: malformed graph file (") and said in msg and "\n" not in msg


@pytest.mark.parametrize("command", [["stats"], ["query", "MATCH (a)-[r]->(b) RETURN sum(r.weight) AS w"],
                                     ["export", "-o", "x.gexf"], ["export", "-f", "csv", "-o", "x.csv"],
                                     ["view", "-o", "x.html"]])
def test_hardening_weight_lots_is_one_line_in_every_command(app, tmp_path: Path, good: Path, command: list[str]) -> None:
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["edges"][0]["weight"] = "lots"
    path = tmp_path / "lots.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    args = [command[0], str(path), *[str(tmp_path / a) if a.startswith("x.") else a for a in command[1:]]]
    line = _one_line(CliRunner().invoke(app, args, env={"CI": "1"}))
    assert "'weight' must be an integer" in line


def test_hardening_a_fifo_as_graph_file_is_refused_at_once(app, tmp_path: Path) -> None:
    fifo = tmp_path / "g.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(GraphFormatError, match=r"not a regular file \(a named pipe\)"):
        load_graph(fifo)
    line = _one_line(CliRunner().invoke(app, ["stats", str(fifo)], env={"CI": "1"}))
    assert "a named pipe" in line and time.monotonic() - started < 5
