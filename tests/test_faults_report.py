"""The failure report of `build` (and `extract`) through the real CLI process: a summary line,
every skipped input named with its reason, and exit codes that tell success (0), partial
success (3: some inputs skipped) and failure (2) apart, as the README documents."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_neo4j_support import PASSWORD, URI, base_triples, graph_of, store  # noqa: F401

from newsgraph.graph.io import load_graph, save_graph

REPO = Path(__file__).resolve().parents[1]
GOOD = REPO / "examples" / "levant_digest.txt"
SUMMARY = re.compile(r"^newsgraph: (\d+) articles(?: \(\d+ already in the graph\))?, (\d+) relation mentions, (\d+) actors, "
                     r"(\d+) edges(?: -> (\S+))?; (\d+) inputs? skipped$")


def _cli(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=300,
                          input=stdin, env={**os.environ, "CI": "1", **(env or {})}, cwd=REPO)


def _summary(stderr: str) -> tuple[int, ...]:
    m = SUMMARY.match(stderr.strip().splitlines()[-1])
    assert m, stderr
    return int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[6])


def _skipped(stderr: str) -> list[str]:
    return [line[len("newsgraph: skipped: "):] for line in stderr.splitlines() if line.startswith("newsgraph: skipped: ")]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("inputs")
    (d / "binary.txt").write_bytes(b"ng-v1\x00\x00\x01 not text")  # binary, no known file signature
    (d / "latin1.txt").write_bytes("Le caf\u00e9 owners protest.".encode("latin-1"))
    (d / "records.jsonl").write_text('{"text": "Russia backs Syrian President Bashar al-Assad, officials said."}\n'
                                     '{"text": 5}\nnot json\n{"title": "no text"}\n')
    return {p.stem: p for p in d.iterdir()} | {"missing": d / "missing.txt"}


@pytest.mark.e2e
def test_faults_report_success_is_exit_0_with_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    proc = _cli("build", str(GOOD), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    articles, mentions, actors, edges, skipped = _summary(proc.stderr)
    g = load_graph(out)
    assert (articles, skipped) == (2, 0) and mentions > 0
    assert (actors, edges) == (g.number_of_nodes(), g.number_of_edges())
    assert sum(d["weight"] for _, _, d in g.edges(data=True)) == mentions
    assert _skipped(proc.stderr) == []


@pytest.mark.e2e
def test_faults_report_partial_is_exit_3_naming_each_skip(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "g.json"
    args = [str(GOOD), str(inputs["binary"]), str(inputs["missing"]), str(inputs["latin1"]), str(inputs["records"])]
    proc = _cli("build", *args, "-o", str(out))
    assert proc.returncode == 3, proc.stderr
    skipped = _skipped(proc.stderr)
    rec = inputs["records"]
    assert skipped == [
        f"{inputs['binary']}: binary file (NUL byte at byte offset 5), not text",
        f"{inputs['missing']}: no such file or folder",
        f"{inputs['latin1']}: not valid UTF-8 (byte 0xE9 at byte offset 6, line 1); re-encode it as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        f"{rec}:2: 'text' must be a string (got a number)",
        f"{rec}:3: invalid JSON (Expecting value at column 1)",
        f"{rec}:4: missing 'text' field",
    ]
    articles, mentions, _, _, n_skipped = _summary(proc.stderr)
    assert articles == 3 and n_skipped == len(skipped) and mentions > 0
    assert load_graph(out).number_of_edges() > 0  # the rest was built


@pytest.mark.e2e
def test_faults_report_failure_is_exit_2(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "g.json"
    proc = _cli("build", str(inputs["binary"]), str(inputs["missing"]), "-o", str(out))
    assert proc.returncode == 2, proc.stderr
    assert len(_skipped(proc.stderr)) == 2 and _summary(proc.stderr)[0] == 0
    from typer.testing import CliRunner

    from newsgraph.cli import app

    usage = CliRunner().invoke(app, ["build", str(GOOD)])  # nowhere to write
    assert usage.exit_code == 2 and usage.output.strip().startswith("newsgraph: error: give -o GRAPHFILE")
    extract = _cli("extract", str(inputs["binary"]))
    assert extract.returncode == 2 and _skipped(extract.stderr)


@pytest.mark.e2e
def test_faults_report_extract_partial_is_exit_3(inputs: dict[str, Path]) -> None:
    proc = _cli("extract", str(GOOD), str(inputs["missing"]))
    assert proc.returncode == 3, proc.stderr
    assert _skipped(proc.stderr) == [f"{inputs['missing']}: no such file or folder"]
    assert proc.stdout.count("\n") > 0  # the good file's mentions were written


@pytest.mark.e2e
def test_faults_report_failed_build_keeps_the_previous_graph_file(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), out)
    before = out.read_bytes()
    proc = _cli("build", str(inputs["missing"]), "-o", str(out))
    assert proc.returncode == 2
    assert out.read_bytes() == before


@pytest.mark.neo4j
@pytest.mark.e2e
def test_faults_report_build_into_neo4j_reports_batches_and_retries(store, tmp_path: Path) -> None:
    proc = _cli("build", str(GOOD), "-o", str(tmp_path / "g.json"), "--neo4j", URI, env={"NEO4J_PASSWORD": PASSWORD})
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"\b\d+ batches\b.*\b\d+ retried\b", proc.stderr), proc.stderr
