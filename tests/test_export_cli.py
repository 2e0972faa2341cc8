"""``newsgraph export``: formats, filters and errors through typer's runner, plus a real subprocess."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from export_sample import sample_graph
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.graph.io import save_graph

runner = CliRunner()


@pytest.fixture
def graphfile(tmp_path) -> Path:
    path = tmp_path / "sample.graph.json"
    save_graph(sample_graph(), path)
    return path


@pytest.mark.parametrize("suffix", [".gexf", ".graphml", ".json"])
def test_export_cli_infers_format_from_suffix(graphfile, tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    res = runner.invoke(app, ["export", str(graphfile), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "wrote 6 actors, 7 relations" in res.output
    assert out.stat().st_size > 0


def test_export_cli_filters_conflict_2016(graphfile, tmp_path):
    out = tmp_path / "conflict.graphml"
    args = ["export", str(graphfile), "-f", "graphml", "-o", str(out), "--class", "conflictual",
            "--since", "2016", "--until", "2016-12-31"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    h = nx.read_graphml(out, force_multigraph=True)
    assert sorted(d["type"] for _, _, d in h.edges(data=True)) == ["ATTACKS", "CRITICIZES"]
    assert all(d["weight"] == 1 for _, _, d in h.edges(data=True))


@pytest.mark.parametrize(
    "options, types",
    [
        (["--type", "ATTACKS", "--type", "meets"], ["ATTACKS", "MEETS"]),
        (["--actor-type", "country"], ["CRITICIZES", "MEETS"]),
        (["--actor-type", "COUNTRY", "--include-negated"], ["CRITICIZES", "MEETS", "SUPPORTS"]),
        (["--min-weight", "2"], ["ATTACKS", "SUPPORTS"]),
        (["--min-confidence", "0.5", "--class", "cooperative"], ["MEETS", "SUPPORTS"]),
    ],
)
def test_export_cli_filter_options(graphfile, tmp_path, options, types):
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["export", str(graphfile), "-o", str(out), *options])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(e["type"] for e in data["links"]) == types


def test_export_cli_csv_folder(graphfile, tmp_path):
    out = tmp_path / "neo4j-import"
    res = runner.invoke(app, ["export", str(graphfile), "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    with open(out / "edges.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 7 and rows[0][":TYPE"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["-o", "x.dot"], "cannot tell the format"),
        (["-o", "x.gexf", "--format", "pdf"], "unknown --format"),
        (["-o", "x.gexf", "--class", "friendly"], "unknown relation class"),
        (["-o", "x.gexf", "--since", "spring"], "not a date"),
    ],
)
def test_export_cli_errors_are_one_line(graphfile, tmp_path, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    res = runner.invoke(app, ["export", str(graphfile), *args])
    assert res.exit_code == 2
    assert message in res.output and "Traceback" not in res.output


def test_export_cli_missing_graph_file(tmp_path):
    res = runner.invoke(app, ["export", str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.gexf")])
    assert res.exit_code == 2 and "no such graph file" in res.output


@pytest.mark.e2e
def test_export_cli_subprocess_smoke(graphfile, tmp_path):
    exe = shutil.which("newsgraph", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("newsgraph console script not installed in this environment")
    out = tmp_path / "actors.gexf"
    proc = subprocess.run([exe, "export", str(graphfile), "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"<?xml") and b'version="1.3"' in out.read_bytes()
    proc = subprocess.run([exe, "view", str(graphfile), "-o", str(tmp_path / "g.html")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_export_cli_cypher_script_is_written_whole_with_ordinary_permissions(graphfile, tmp_path):
    """The Cypher script goes through the graph file's atomic writer (graph/atomic.py): a file a
    plain open would make (0644 under umask 022, not a temporary file's 0600), no temporary left."""
    import os

    out = tmp_path / "graph.cypher"
    old = os.umask(0o022)
    try:
        res = runner.invoke(app, ["export", str(graphfile), "-o", str(out)])
    finally:
        os.umask(old)
    assert res.exit_code == 0, res.output
    assert out.stat().st_mode & 0o777 == 0o644
    assert out.read_text(encoding="utf-8").startswith("// newsgraph graph as Cypher")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.cypher", "sample.graph.json"]
