"""Issue 14, items 3 and 6: every writer (graph file, exports, the HTML view, the CSV folder,
the Cypher script, ``extract -o``) writes atomically and only over a regular file or a new path.

* a folder, a device, a named pipe given to ``-o`` is refused with one line, at once, and left
  as it was (before: a device became a regular file holding the graph; a FIFO blocked forever);
* a symbolic link is written through: its target is replaced atomically, the link stays;
* a full disk while writing an export or the view leaves the previous file whole (before: a
  truncated GEXF replaced a good one).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from faults import FillsUp
from faults import no_hang as _no_hang
from test_neo4j_support import base_triples, graph_of
from typer.testing import CliRunner

from newsgraph.graph.io import load_graph, save_graph

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO / "examples" / "levant_digest.txt"

#: (name, command line before -o, the output's file name)
WRITERS = [
    ("graph file", ["build", str(ARTICLE)], "g.json"),
    ("gexf", ["export", "{graph}"], "out.gexf"),
    ("graphml", ["export", "{graph}"], "out.graphml"),
    ("json", ["export", "{graph}"], "out.json"),
    ("cypher", ["export", "{graph}"], "out.cypher"),
    ("view", ["view", "{graph}", "--no-titles"], "out.html"),
    ("extract", ["extract", str(ARTICLE)], "out.jsonl"),
]
FAST = [w for w in WRITERS if w[0] not in ("graph file", "extract")]  # no spaCy needed


@pytest.fixture
def app():
    from newsgraph.cli import app as main_app

    return main_app


@pytest.fixture
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graph") / "graph.json"
    save_graph(graph_of(base_triples()), path)
    return path


def _run(app, args: list[str], graph: Path, out: Path, fmt: list[str] | None = None):
    line = [a.replace("{graph}", str(graph)) for a in args] + ["-o", str(out)] + (fmt or [])
    with _no_hang(60, "blocked on a pipe?"):
        return CliRunner().invoke(app, line, env={"CI": "1"})


def _refused(res, out: Path, why: str) -> None:
    assert res.exit_code == 2, res.output
    last = res.output.strip().splitlines()[-1]
    assert last.startswith(f"newsgraph: error: {out}: ") and why in last and "Traceback" not in res.output


def _fmt(name: str) -> list[str]:
    return ["-f", name] if name in ("gexf", "graphml", "json", "cypher") else []


@pytest.mark.parametrize("name,args,file", WRITERS, ids=[w[0] for w in WRITERS])
def test_hardening_writer_refuses_a_fifo_at_once(app, tmp_path: Path, graph: Path, name: str, args: list[str], file: str) -> None:
    out = tmp_path / file
    os.mkfifo(out)
    _refused(_run(app, args, graph, out, _fmt(name)), out, "a named pipe, not a regular file")
    assert stat.S_ISFIFO(out.lstat().st_mode)


@pytest.mark.parametrize("name,args,file", WRITERS, ids=[w[0] for w in WRITERS])
def test_hardening_writer_refuses_a_folder(app, tmp_path: Path, graph: Path, name: str, args: list[str], file: str) -> None:
    out = tmp_path / file
    out.mkdir()
    (out / "keep").write_text("x")
    _refused(_run(app, args, graph, out, _fmt(name)), out, "is a folder")
    assert sorted(p.name for p in out.iterdir()) == ["keep"]


@pytest.mark.parametrize("name,args,file", WRITERS, ids=[w[0] for w in WRITERS])
def test_hardening_writer_refuses_a_device(app, tmp_path: Path, graph: Path, name: str, args: list[str], file: str) -> None:
    """A character device like /dev/null (made here, so that the old code's rename over it could
    do no harm): as root, renaming over it turned it into a regular file."""
    out = tmp_path / file
    try:
        os.mknod(out, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    _refused(_run(app, args, graph, out, _fmt(name)), out, "a device, not a regular file")
    assert stat.S_ISCHR(out.lstat().st_mode)


def test_hardening_csv_export_refuses_a_file_and_writes_into_a_folder_link(app, tmp_path: Path, graph: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_text("keep")
    _refused(_run(app, ["export", "{graph}", "-f", "csv"], graph, plain), plain, "not a folder")
    assert plain.read_text() == "keep"
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    res = _run(app, ["export", "{graph}", "-f", "csv"], graph, tmp_path / "link")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in real.iterdir()) == ["edges.csv", "nodes.csv"]
    os.mkfifo(real / "nodes.csv.fifo")
    (real / "nodes.csv").unlink()
    (real / "nodes.csv").symlink_to(real / "nodes.csv.fifo")  # one of the two files is a pipe: nothing written
    before = (real / "edges.csv").read_bytes()
    _refused(_run(app, ["export", "{graph}", "-f", "csv"], graph, real), real / "nodes.csv", "a named pipe")
    assert (real / "edges.csv").read_bytes() == before


@pytest.mark.parametrize("name,args,file", WRITERS, ids=[w[0] for w in WRITERS])
def test_hardening_writer_writes_through_a_symlink(app, tmp_path: Path, graph: Path, name: str, args: list[str], file: str) -> None:
    target = tmp_path / "real" / file
    target.parent.mkdir()
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / file
    link.symlink_to(Path("real") / file)  # relative, as users make them
    res = _run(app, args, graph, link, _fmt(name))
    assert res.exit_code in (0, 3), res.output
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / file)
    assert target.read_text(encoding="utf-8") != "old" and target.stat().st_mode & 0o777 == 0o640
    if name == "graph file":
        assert load_graph(link).number_of_nodes() > 0
    assert sorted(p.name for p in target.parent.iterdir()) == sorted([file] + ([f".{file}.lock"] if name == "graph file" else []))


@pytest.mark.parametrize("name,args,file", FAST + [("csv", ["export", "{graph}", "-f", "csv"], "csv")],
                         ids=[w[0] for w in FAST] + ["csv"])
def test_hardening_full_disk_keeps_the_previous_export(app, tmp_path: Path, graph: Path, monkeypatch: pytest.MonkeyPatch,
                                                       name: str, args: list[str], file: str) -> None:
    out = tmp_path / file
    res = _run(app, args, graph, out, _fmt(name))
    assert res.exit_code == 0, res.output
    files = sorted(out.iterdir()) if out.is_dir() else [out]
    before = {p: p.read_bytes() for p in files}
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FillsUp(real_fdopen(*a, **k), 300))
    res = _run(app, args, graph, out, _fmt(name))  # the same export again, onto a full disk
    monkeypatch.undo()
    _refused(res, out / ("edges.csv" if "edges.csv" in res.output else "nodes.csv") if name == "csv" else out,
             "No space left on device")
    assert {p: p.read_bytes() for p in files} == before  # whole, as they were
    leftovers = [p.name for p in (out if out.is_dir() else tmp_path).iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_hardening_export_to_a_new_path_leaves_nothing_when_the_disk_is_full(app, tmp_path: Path, graph: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FillsUp(real_fdopen(*a, **k), 300))
    out = tmp_path / "fresh.gexf"
    res = _run(app, ["export", "{graph}"], graph, out)
    monkeypatch.undo()
    _refused(res, out, "No space left on device")
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no partial file
