"""Issue 14: fuzz targets for the graph-file loader and the JSON Lines / CSV readers, and a
resource test loading hostile files under a memory limit.

* the loader, fed a valid graph file with one part replaced by any JSON value (deep nesting
  included), cut short, or garbled, either loads a graph every command can use or raises one
  ``GraphFormatError`` line naming the file — nothing else;
* the depth budget agrees with the real nesting of any JSON document, however it is chunked;
* JSON Lines / CSV records holding nested values, lone surrogates and odd dates are each read or
  reported once, with their line, and only ``InputError`` comes out;
* under ``RLIMIT_AS`` = 500 MB, in a child process, the red team's files end in seconds with one
  line (before: 16 GB, or a ``MemoryError`` traceback).

Runtime is bounded for CI: few examples, a deadline per example.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_neo4j_support import base_triples, graph_of

from newsgraph.core.errors import GraphFormatError, InputError, InputWarning
from newsgraph.core.limits import DepthExceeded, DepthGuard
from newsgraph.extract.reader import read_paths
from newsgraph.graph.export import export
from newsgraph.graph.io import load_graph, save_graph
from newsgraph.graph.kg import KnowledgeGraph

FUZZ = settings(max_examples=60, deadline=5000,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**12), st.floats(allow_nan=False, allow_infinity=False),
                   st.text(max_size=12), st.sampled_from(["\ud800", "lots", "SUPPORTS", "ALIEN", "", "2016-11-29"]))
JSON = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                    max_leaves=12)
NESTED = st.integers(1, 3000).map(lambda n: "[" * n + "]" * n)


def _depth(v: object) -> int:
    if isinstance(v, dict):
        return 1 + max((_depth(x) for x in v.values()), default=0)
    if isinstance(v, list):
        return 1 + max((_depth(x) for x in v), default=0)
    return 0


@pytest.fixture(scope="module")
def base_doc(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("base") / "g.json"
    save_graph(graph_of(base_triples()), path)
    return path.read_text(encoding="utf-8")


def _paths(doc: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            out += _paths(v, prefix + (i,))
    return out


def _replace(doc: object, path: tuple, value: object) -> object:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        return {**doc, head: _replace(doc[head], rest, value)}
    copy = list(doc)  # type: ignore[arg-type]
    copy[head] = _replace(copy[head], rest, value)
    return copy


def _must_load_or_refuse(path: Path, tmp: Path) -> None:
    try:
        g = load_graph(path)
    except GraphFormatError as exc:
        msg = str(exc)
        assert msg.startswith(str(path)) and "\n" not in msg
        return
    kg = KnowledgeGraph(g)  # a graph that loads must work everywhere
    kg.stats()
    kg.query("MATCH (a)-[r]->(b) RETURN a.name, r.weight, b.name")
    export(g, "gexf", io.BytesIO())
    export(g, "json", io.StringIO())
    export(g, "csv", tmp / "csv")


@FUZZ
@given(data=st.data(), value=st.one_of(JSON, NESTED))
def test_fuzz_graph_file_with_any_part_replaced(tmp_path_factory: pytest.TempPathFactory, base_doc: str, data: st.DataObject,
                                                value: object) -> None:
    doc = json.loads(base_doc)
    where = data.draw(st.sampled_from(_paths(doc)))
    tmp = tmp_path_factory.mktemp("fz")
    path = tmp / "g.json"
    if isinstance(value, str) and value.startswith("["):  # raw nesting, spliced into the text
        text = json.dumps(_replace(doc, where, "@@"), ensure_ascii=False).replace('"@@"', value)
    else:
        text = json.dumps(_replace(doc, where, value), ensure_ascii=False)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _must_load_or_refuse(path, tmp)


@FUZZ
@given(cut=st.floats(0, 1), garble=st.binary(max_size=20), at=st.floats(0, 1))
def test_fuzz_graph_file_cut_or_garbled(tmp_path_factory: pytest.TempPathFactory, base_doc: str, cut: float, garble: bytes,
                                        at: float) -> None:
    data = base_doc.encode()
    data = data[: int(len(data) * max(cut, 0.02))] if cut < 0.5 else data
    i = int(len(data) * at)
    data = data[:i] + garble + data[i + len(garble):]
    tmp = tmp_path_factory.mktemp("fz")
    path = tmp / "g.json"
    path.write_bytes(data)
    _must_load_or_refuse(path, tmp)


@FUZZ
@given(doc=JSON, cuts=st.lists(st.floats(0, 1), max_size=4))
def test_fuzz_depth_budget_agrees_with_the_real_nesting(doc: object, cuts: list[float]) -> None:
    text = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    points = sorted({int(len(text) * c) for c in cuts})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)])]
    depth = _depth(doc)
    for limit in {depth, max(depth - 1, 0)}:
        guard = DepthGuard(limit)
        try:
            for piece in pieces:
                guard.feed(piece)
            ok = True
        except DepthExceeded:
            ok = False
        assert ok == (depth <= limit)


RECORD_VALUE = st.one_of(JSON, NESTED, st.sampled_from(["Russia backs Assad, officials said on Monday.",
                                                        "Iran arms the Houthis in Yemen, U.S. officials said."]))


@FUZZ
@given(records=st.lists(st.fixed_dictionaries({"text": RECORD_VALUE}, optional={"date": RECORD_VALUE, "title": RECORD_VALUE}),
                        min_size=1, max_size=6))
def test_fuzz_jsonl_records_with_nesting_surrogates_and_dates(tmp_path_factory: pytest.TempPathFactory, records: list[dict]) -> None:
    lines = []
    for r in records:
        line = json.dumps({k: "@@" if isinstance(v, str) and v.startswith("[") else v for k, v in r.items()}, ensure_ascii=False)
        for v in r.values():
            if isinstance(v, str) and v.startswith("["):
                line = line.replace('"@@"', v, 1)
        lines.append(line)
    path = tmp_path_factory.mktemp("fz") / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    errors: list[InputError] = []
    articles = list(read_paths([path], on_error=errors.append))
    assert all(isinstance(e, InputError) and "\n" not in str(e) for e in errors)
    for a in articles:  # whatever is read can be stored (UTF-8) and keyed
        json.dumps(a.model_dump(), ensure_ascii=False).encode("utf-8")
    reported = sorted(str(e).split(": ")[0] for e in errors if not isinstance(e, InputWarning))
    assert sorted([a.source for a in articles] + reported) == [f"{path}:{i}" for i in range(1, len(lines) + 1)]


@FUZZ
@given(rows=st.lists(st.lists(st.one_of(st.text(max_size=20), NESTED, st.just("not-a-date")), min_size=2, max_size=2),
                     min_size=1, max_size=6))
def test_fuzz_csv_records_with_brackets_and_bad_dates(tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["text", "date"])
    for row in rows:
        w.writerow(["Russia backs Assad, officials said. " + row[0], row[1]])
    path = tmp_path_factory.mktemp("fz") / "in.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_paths([path], on_error=errors.append))
    assert all(isinstance(e, InputError) for e in errors)
    assert {str(e).split(": ")[0] for e in errors if isinstance(e, InputWarning)} <= {a.source for a in articles}


# --- resources --------------------------------------------------------------------------------

LIMITED = """
import resource, sys, time
limit = 500 * 2**20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from newsgraph.core.errors import GraphFormatError, InputError
from newsgraph.extract.reader import read_paths
from newsgraph.graph.io import load_graph
path = sys.argv[1]
t = time.monotonic()
if path.endswith(".jsonl"):
    errors = []
    n = len(list(read_paths([path], on_error=errors.append)))
    print(f"read {n} articles, {len(errors)} records reported")
else:
    try:
        load_graph(path)
        print("loaded")
    except GraphFormatError as exc:
        print("refused:", exc)
print(f"{time.monotonic() - t:.1f}s", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "MB")
"""

HEAD = '{"format":"newsgraph-graph","version":1,'
HOSTILE = {
    "deep.json": HEAD + '"nodes":' + "[" * 200_000 + "]" * 200_000 + "}",
    "deep-edges.json": HEAD + '"articles":[],"files":{},"nodes":[],"edges":[' + "{\"a\":" * 100_000 + "1" + "}" * 100_000 + "]}",
    "deep-old-layout.json": HEAD + '"edges":' + "[" * 300_000 + "]" * 300_000 + ',"nodes":[]}',
    "deep-unclosed.json": HEAD + '"nodes":' + "[" * 2_000_000,
    "long-string.json": HEAD + '"articles":["' + "x" * 30_000_000 + '"],"files":{},"nodes":[],"edges":[]}',
    "wide.json": HEAD + '"articles":[],"files":{},"nodes":[' + ",".join(["[]"] * 1_000_000) + '],"edges":[]}',
    "deep.jsonl": "\n".join(['{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"] * 20
                            + ['{"text": "Russia backs Assad, officials said on Monday."}']) + "\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hardening_hostile_files_under_a_memory_limit(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE[name], encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", LIMITED, str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "MemoryError" not in proc.stderr
    said, took = proc.stdout.strip().splitlines()
    assert float(took.split("s")[0]) < 30
    if name.startswith("deep") and name.endswith(".json"):
        assert said.startswith(f"refused: {path}: JSON nested deeper than 64 levels"), said
    elif name == "deep.jsonl":
        assert said == "read 1 articles, 20 records reported"
    elif name == "long-string.json":
        assert said.startswith(f"refused: {path}: a JSON string longer than 16,777,216 bytes"), said
    else:
        assert said.startswith(("loaded", "refused: ")), said
