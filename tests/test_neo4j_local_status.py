"""Issue 15: ``scripts/neo4j status`` reports this checkout's data folder, and whose server answers.

No server needed: the launcher processes are a fake ``/proc``."""
from __future__ import annotations

from pathlib import Path

import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)


def _launcher(proc: Path, pid: int, home: str, data: str, port: int = 7687) -> None:
    argv = ["/usr/bin/java", "-cp", "x.jar", srv.MAIN_CLASS, "--home", home, "--data", data,
            "--bolt", f"127.0.0.1:{port}", "--http", "127.0.0.1:7474"]
    (proc / str(pid)).mkdir(parents=True)
    (proc / str(pid) / "cmdline").write_bytes("\0".join(argv).encode() + b"\0")


def test_serving_finds_the_launcher_on_the_port(tmp_path: Path) -> None:
    _launcher(tmp_path, 4001, "/a/.neo4j", "/a/.neo4j/data", port=7688)
    _launcher(tmp_path, 4002, "/b/.neo4j", "/b/.neo4j/data")
    (tmp_path / "4003").mkdir()
    (tmp_path / "4003" / "cmdline").write_bytes(b"/usr/bin/python\0-m\0http.server\0")
    assert srv.serving(7687, tmp_path) == {"pid": 4002, "home": "/b/.neo4j", "data": "/b/.neo4j/data"}
    assert srv.serving(7690, tmp_path) is None


def _status(**kw: object) -> dict[str, object]:
    base = {"running": False, "pid": None, "answers": True, "problem": None, "uri": "bolt://127.0.0.1:7687",
            "home": "/mine/.neo4j", "data": "/mine/.neo4j/data", "server_home": None, "server_data": None,
            "installed": True}
    return {**base, **kw}


def test_status_line_names_this_checkouts_data_and_another_checkouts_server() -> None:
    line = srv.status_line(_status(server_home="/other/.neo4j", server_data="/other/.neo4j/data"))
    assert "this checkout's data /mine/.neo4j/data" in line
    assert "another checkout's server (home /other/.neo4j, data /other/.neo4j/data), not this checkout's" in line
    ours = srv.status_line(_status(running=True, pid=12, server_home="/mine/.neo4j", server_data="/mine/.neo4j/data"))
    assert ours.startswith("neo4j: running;") and "another" not in ours and "started with" not in ours
    moved = srv.status_line(_status(running=True, pid=12, server_home="/mine/.neo4j", server_data="/old/data"))
    assert "this checkout's data /mine/.neo4j/data; it was started with data /old/data" in moved
    assert "a server not started by newsgraph" in srv.status_line(_status())


def test_a_pid_file_of_another_checkouts_server_is_not_ours(tmp_path: Path, monkeypatch) -> None:
    s = srv.ServerSettings(home=tmp_path / "mine")
    s.run_dir.mkdir(parents=True)
    proc = tmp_path / "proc"
    _launcher(proc, 4242, str(tmp_path / "other"), str(tmp_path / "other" / "data"))
    s.pid_file.write_text("4242\n")
    real = srv._launcher_args
    monkeypatch.setattr(srv, "_launcher_args", lambda pid, p=proc: real(pid, p))
    assert srv._read_pid(s) is None
    _launcher(proc, 4343, str(tmp_path / "mine"), str(tmp_path / "mine" / "data"))
    s.pid_file.write_text("4343\n")
    assert srv._read_pid(s) == 4343
