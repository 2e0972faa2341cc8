"""Scale-out on a real Dask cluster (a LocalCluster: a scheduler and two worker processes).

Same triples as a local run, incremental runs, problems reported with the paths as given.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

import newsgraph as ng
from newsgraph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit="3GiB", silence_logs=40) as c:
        yield c


@pytest.fixture(scope="module")
def client(cluster):
    with Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def local_graph() -> ng.KnowledgeGraph:
    return ng.build([EXAMPLES])


def test_scale_dask_gives_the_same_graph_as_a_local_run(client, local_graph) -> None:
    rep = ng.BuildReport()
    kg = ng.build([EXAMPLES], dask=client, report=rep, partition_bytes=1500)  # several partitions
    assert kg == local_graph
    assert kg.ingested == local_graph.ingested and rep.articles == len(local_graph.ingested)
    assert rep.triples == local_graph.stats()["mentions"] > 20  # every evidence item: the same triples


def test_scale_dask_second_run_extracts_nothing(client, local_graph) -> None:
    kg = ng.build([EXAMPLES], dask=client)
    rep = ng.BuildReport()
    ng.build([EXAMPLES], graph=kg, dask=client, report=rep)
    assert (rep.articles, rep.new_evidence) == (0, 0) and rep.known == len(local_graph.ingested)
    assert kg == local_graph


def test_scale_dask_skips_known_articles_on_the_workers(client, tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "news")
    kg = ng.build([tmp_path / "news" / "red_sea_ports.txt"])
    rep = ng.BuildReport()
    ng.build([tmp_path / "news"], graph=kg, dask=client, report=rep)
    assert rep.known == 1 and rep.articles == len(ng.build([EXAMPLES]).ingested) - 1


def test_scale_dask_cli_with_a_scheduler_address(cluster, tmp_path: Path) -> None:
    """The command as a user runs it: its own process, connecting to the scheduler by address."""
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    assert runner.invoke(app, ["build", str(EXAMPLES), "-o", str(local)]).exit_code == 0
    r = subprocess.run([sys.executable, "-m", "newsgraph", "build", str(EXAMPLES), "-o", str(remote),
                        "--dask", cluster.scheduler_address], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    a, b = json.loads(local.read_text()), json.loads(remote.read_text())
    assert a["nodes"] == b["nodes"] and a["edges"] == b["edges"] and a["articles"] == b["articles"]


def test_scale_dask_reports_bad_files_by_the_path_given(client, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile backs Peru.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Caf\xe9 in Lima".encode("latin-1"))
    rep = ng.BuildReport()
    kg = ng.build([str(tmp_path)], dask=client, report=rep)
    assert ("Chile", "SUPPORTS", "Peru") in kg.edges()
    assert len(rep.skipped) == 1 and rep.skipped[0].startswith(str(tmp_path / "b.txt"))
    with pytest.raises(ng.InputError, match="b.txt"):
        ng.build([str(tmp_path)], dask=client, strict=True)


def test_scale_dask_refuses_stdin(client) -> None:
    with pytest.raises(ng.InputError, match="stdin"):
        ng.build(["-"], dask=client)


def test_scale_dask_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_DASK_TIMEOUT", "2s")
    res = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(tmp_path / "g.json"), "--dask", "tcp://127.0.0.1:9"])
    assert res.exit_code == 2 and "Dask scheduler" in res.output and "Traceback" not in res.output
