"""An interrupted write never leaves a broken graph file: killed saves, failed saves, killed builds.

The graph file is written to a temporary file in the same folder, flushed to disk and then
renamed over the target (graph/atomic.py), so at every instant the target is either the previous
file or the complete new one.
"""
from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from faults import FillsUp
from test_neo4j_support import T, base_triples, graph_of
from typer.testing import CliRunner

from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.io import load_graph, save_graph

REPO = Path(__file__).resolve().parents[1]


def _big_graph(n: int, tag: str):
    """A graph whose file is a few megabytes, so that a save takes a while."""
    triples = [T(f"{tag} Actor {i}", "GROUP", "ATTACKS", f"Place {i % 97}", "LOCATION", art=f"{tag}{i % 50}", start=i * 100,
                 sent=f"{tag} Actor {i} attacked Place {i % 97}. " + "Filler text. " * 20) for i in range(n)]
    return graph_of(triples)


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


SAVER = """
import sys
from newsgraph.graph.io import load_graph, save_graph
a, b, target = load_graph(sys.argv[1]), load_graph(sys.argv[2]), sys.argv[3]
print("ready", flush=True)
while True:
    save_graph(a, target)
    save_graph(b, target)
"""


def test_faults_save_killed_at_random_moments_leaves_a_whole_file(tmp_path: Path) -> None:
    """SIGKILL a process that saves two big graphs in turn; the target is always one of them, whole."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    save_graph(_big_graph(2_000, "A"), a)
    save_graph(_big_graph(1_200, "B"), b)
    whole = {a.read_bytes(), b.read_bytes()}
    out = tmp_path / "out"
    out.mkdir()
    target = out / "g.json"
    rnd = random.Random(7)
    for round_ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(a), str(b), str(target)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.05, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if target.exists():
            assert target.read_bytes() in whole, f"round {round_}: a torn graph file"
            load_graph(target)
        # a kill can leave the hidden temporary file, never a visible half-written one
        assert all(n.startswith(".g.json.") and n.endswith(".tmp") for n in _leftovers(out, "g.json"))
    assert target.exists()


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_faults_failed_save_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    """Disk full while writing, at the flush, or at the rename: one-line error, old file intact, no litter."""
    target = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), target)
    before = target.read_bytes()
    real_fdopen = os.fdopen

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: FillsUp(real_fdopen(*a, **k), 20_000))
    else:
        monkeypatch.setattr(os, failing, full)
    with pytest.raises(NewsgraphError) as info:
        save_graph(_big_graph(50, "N"), target)
    monkeypatch.undo()
    msg = str(info.value)
    assert msg == f"{target}: cannot write the graph file (No space left on device); any previous file is unchanged"
    assert target.read_bytes() == before and _leftovers(tmp_path, "g.json") == []


@pytest.mark.parametrize("where", ["folder", "under a file"])
def test_faults_build_into_an_unwritable_path_is_one_line(tmp_path: Path, where: str) -> None:
    from newsgraph.cli import app

    (tmp_path / "file").write_text("x")
    out = tmp_path if where == "folder" else tmp_path / "file" / "g.json"
    res = CliRunner().invoke(app, ["build", str(REPO / "examples" / "levant_digest.txt"), "-o", str(out)])
    assert res.exit_code == 2, res.output
    err = res.output.strip().splitlines()[-1]
    assert err.startswith(f"newsgraph: error: {out}: ") and "Traceback" not in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.e2e
@pytest.mark.parametrize("moment", ["while extracting", "while saving"])
def test_faults_build_killed_keeps_the_previous_graph_file(tmp_path: Path, moment: str) -> None:
    """`newsgraph build -o` killed while it works: the previous graph file is still there, unchanged."""
    target = tmp_path / "g.json"
    save_graph(graph_of(base_triples()), target)
    before = target.read_bytes()
    env = {**os.environ, "CI": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "build", str(REPO / "examples"), "-o", str(target)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if moment == "while extracting":
        time.sleep(2.0)
    else:  # until the temporary file appears (or the build is over)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not any(
                p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if proc.returncode == 0 or target.read_bytes() != before:
        # it had finished, or was killed after the rename (while syncing the folder or
        # printing): then the file is exactly what an uninterrupted build writes
        with tempfile.TemporaryDirectory() as elsewhere:
            whole = Path(elsewhere) / "g.json"
            done = subprocess.run([sys.executable, "-m", "newsgraph", "build", str(REPO / "examples"), "-o", str(whole)],
                                  capture_output=True, text=True, env=env)
            assert done.returncode == 0, done.stderr
            assert target.read_bytes() == whole.read_bytes()
    assert all(n.startswith(".g.json.") for n in _leftovers(tmp_path, "g.json"))


def test_faults_saved_file_has_ordinary_permissions(tmp_path: Path) -> None:
    """The temporary file is renamed over the target: it must not carry mkstemp's 0600."""
    old = os.umask(0o022)
    try:
        fresh = save_graph(graph_of(base_triples()), tmp_path / "new.json")
        assert fresh.stat().st_mode & 0o777 == 0o644
        fresh.chmod(0o640)
        save_graph(graph_of(base_triples()), fresh)  # replacing keeps the file's own mode
        assert fresh.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
