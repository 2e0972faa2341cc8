"""Issue 14, item 5: two ``build --append`` runs into one graph file never lose an update.

The build holds an advisory lock on ``.NAME.lock`` beside the graph file from reading it to
saving it (graph/atomic.py ``file_lock``): a second appender waits and then extends the first
one's result. Before, both read the same old file and the second save dropped the first's
articles while both exited 0. Tested with real processes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.core.errors import NewsgraphError

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CLI = [sys.executable, "-m", "newsgraph"]


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "CI": "1", **extra}


def _articles(path: Path) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8"))["articles"])


def _ids(*inputs: Path, tmp: Path) -> set[str]:
    out = tmp / f"alone-{len(list(tmp.iterdir()))}.json"
    proc = subprocess.run(CLI + ["build", *map(str, inputs), "-o", str(out)], capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stderr
    return _articles(out)


@pytest.mark.e2e
def test_hardening_two_appenders_at_once_lose_nothing(tmp_path: Path) -> None:
    a, b, c = EXAMPLES / "red_sea_ports.txt", EXAMPLES / "levant_digest.txt", EXAMPLES / "wires.jsonl"
    work = tmp_path / "work"
    work.mkdir()
    target = work / "g.json"
    first = subprocess.run(CLI + ["build", str(a), "-o", str(target)], capture_output=True, text=True, env=_env())
    assert first.returncode == 0, first.stderr
    procs = [subprocess.Popen(CLI + ["build", str(x), "-o", str(target), "--append"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env()) for x in (b, c)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    expected = _ids(a, tmp=tmp_path) | _ids(b, tmp=tmp_path) | _ids(c, tmp=tmp_path)
    assert _articles(target) == expected  # three files in, every article out
    assert sorted(p.name for p in work.iterdir()) == [".g.json.lock", "g.json"]


def test_hardening_second_writer_gives_up_cleanly_after_the_timeout(tmp_path: Path) -> None:
    from newsgraph.graph.atomic import file_lock

    target = tmp_path / "g.json"
    target.write_text("{}")
    with file_lock(target):
        started = time.monotonic()
        proc = subprocess.run(CLI + ["build", str(EXAMPLES / "levant_digest.txt"), "-o", str(target), "--append"],
                              capture_output=True, text=True, env=_env(NEWSGRAPH_LOCK_TIMEOUT="1"), timeout=300)
        assert time.monotonic() - started < 60
    assert proc.returncode == 2, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last == (f"newsgraph: error: {target}: another newsgraph run is writing this graph file (lock .g.json.lock); "
                    "gave up after 1 s (NEWSGRAPH_LOCK_TIMEOUT); the file is unchanged")
    assert target.read_text() == "{}"


def test_hardening_lock_is_freed_when_its_holder_is_killed(tmp_path: Path) -> None:
    from newsgraph.graph.atomic import file_lock

    target = tmp_path / "g.json"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from newsgraph.graph.atomic import file_lock\n"
        "with file_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(600)"), str(target)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(NewsgraphError, match="another newsgraph run is writing this graph file"):
        with file_lock(target, timeout=0.3):
            pass
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    told: list[str] = []
    with file_lock(target, timeout=10, waiting=told.append):
        pass
    assert told == []
