"""Credentials: from NEO4J_PASSWORD, a hidden prompt or --password-file, never from the command
line, and never in output, errors, logs or repr()s — checked on the real server and the real
CLI process (wrong password, unreachable server, a prompt on a pseudo-terminal)."""
from __future__ import annotations

import fcntl
import logging
import os
import select
import socket
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from test_neo4j_support import (  # noqa: F401
    PASSWORD,
    URI,
    base_triples,
    graph_of,
    server_or_skip,
    store,
)
from typer.testing import CliRunner

from newsgraph.core.errors import StoreConnectionError
from newsgraph.graph.io import save_graph
from newsgraph.graph.neo4j.store import Neo4jConfig, Neo4jStore, PushReport

SECRET = "s3cret-Wr0ng-pw-7731"  # a wrong password that must never be shown
CLI = [sys.executable, "-m", "newsgraph"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return {**env, "CI": "1", **extra}


def _run(args: list[str], env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(CLI + args, capture_output=True, text=True, env=env, timeout=300, input=stdin)


def _clean_failure(proc: subprocess.CompletedProcess[str], uri: str, *, why: str, secrets: tuple[str, ...]) -> None:
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("newsgraph: error: ") and uri in last and why in last, out
    assert "Traceback" not in out
    for s in secrets:
        assert s not in out


def _login_ok(timeout: float = 30.0) -> None:
    """Wait until the right password logs in again: after failed logins Neo4j locks the user
    for a few seconds (dbms.security.auth_lock_time), and a success resets the count."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD, retry_seconds=1, connect_timeout=5)).connect().close()
            return
        except StoreConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@pytest.fixture
def relogin():
    """For tests that fail logins on purpose: leave the server usable for the next test."""
    server_or_skip()
    _login_ok()
    yield _login_ok
    _login_ok()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cred") / "g.graph.json"
    save_graph(graph_of(base_triples()), path)
    return path


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cred") / "a.txt"
    path.write_text("MOSCOW (Reuters) - Russia backs Syrian President Bashar al-Assad, officials said.\n")
    return path


# --- never on the command line ----------------------------------------------------------------

@pytest.mark.parametrize("command", [["push", "g.json"], ["query", "--neo4j", URI, "RETURN 1"], ["build", "a.txt", "--neo4j", URI]])
def test_security_no_command_takes_a_password_argument(command: list[str]) -> None:
    from newsgraph.cli import app

    res = CliRunner().invoke(app, [*command, "--password", SECRET])
    assert res.exit_code == 2 and "No such option" in res.output and SECRET not in res.output
    helptext = CliRunner().invoke(app, [command[0], "--help"]).output
    assert "--password " not in helptext and "--password\n" not in helptext


# --- repr, str, logs --------------------------------------------------------------------------

def test_security_reprs_never_show_the_password() -> None:
    from neo4j_local import ServerSettings  # tools/neo4j_local.py

    cfg = Neo4jConfig(uri="bolt://127.0.0.1:1", password=SECRET)
    for text in (repr(cfg), str(cfg), repr(Neo4jStore(cfg)), repr(ServerSettings(password=SECRET)), repr(PushReport()),
                 repr(Neo4jConfig.from_env(password=SECRET))):
        assert SECRET not in text


@pytest.mark.neo4j
def test_security_debug_logs_never_hold_the_password(caplog: pytest.LogCaptureFixture, relogin) -> None:
    """Everything newsgraph and the neo4j driver log at DEBUG, through a login and a failed login."""
    caplog.set_level(logging.DEBUG)
    for name in ("neo4j", "neo4j.io", "neo4j.pool", "newsgraph"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    with Neo4jStore(Neo4jConfig(uri=URI, password=PASSWORD, retry_seconds=5)) as st:
        st.query("RETURN 1")
    with pytest.raises(StoreConnectionError) as info:
        Neo4jStore(Neo4jConfig(uri=URI, password=SECRET, retry_seconds=2)).connect()
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    text = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert len(caplog.records) > 5  # the driver did log (HELLO/LOGON with credentials masked)
    assert SECRET not in text and PASSWORD not in text


@pytest.mark.neo4j
def test_security_server_command_line_and_logs_hold_no_password() -> None:
    """The local server gets its password through the environment, not its argv; its logs mask it."""
    server_or_skip()
    import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)

    port = int(URI.rsplit(":", 1)[1]) if URI.startswith("bolt://127.0.0.1:") else None
    s = srv.ServerSettings(bolt_port=port) if port else None
    pid = srv._read_pid(s) if s else None
    if pid is None:
        pytest.skip("the test server was not started by scripts/neo4j on this machine")
    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    assert PASSWORD.encode() not in cmdline and b"password" not in cmdline.lower()
    for log in [s.console_log, s.home / "logs" / "debug.log", s.home / "logs" / "security.log"]:
        if log.exists():
            assert PASSWORD.encode() not in log.read_bytes(), log


# --- wrong password, unreachable server: through the real CLI process ---------------------------

@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_wrong_password_from_env_or_file_is_one_line_without_it(graph_file: Path, tmp_path: Path, relogin) -> None:
    pw_file = tmp_path / "pw"
    pw_file.write_text(SECRET + "\n")
    env = _env(NEO4J_PASSWORD=SECRET + "-env")
    for args in (["push", str(graph_file), "--neo4j", URI], ["query", "--neo4j", URI, "RETURN 1"],
                 ["push", str(graph_file), "--neo4j", URI, "--password-file", str(pw_file)],
                 ["query", "--neo4j", URI, "--password-file", str(pw_file), "RETURN 1"]):
        _clean_failure(_run(args, env), URI, why="authentication failed", secrets=(SECRET,))
        relogin()  # one failure at a time: the next one is not a lock-out


@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_wrong_password_for_build_is_one_line_without_it(article: Path, tmp_path: Path, relogin) -> None:
    proc = _run(["build", str(article), "-o", str(tmp_path / "g.json"), "--neo4j", URI], _env(NEO4J_PASSWORD=SECRET))
    _clean_failure(proc, URI, why="authentication failed", secrets=(SECRET,))
    assert not (tmp_path / "g.json").exists()  # failed before anything was written


@pytest.mark.e2e
def test_security_unreachable_server_is_one_line_without_the_password(graph_file: Path, article: Path, tmp_path: Path) -> None:
    uri = f"bolt://127.0.0.1:{_free_port()}"
    env = _env(NEO4J_PASSWORD=SECRET)
    for args in (["push", str(graph_file), "--neo4j", uri], ["query", "--neo4j", uri, "RETURN 1"],
                 ["build", str(article), "-o", str(tmp_path / "g.json"), "--neo4j", uri]):
        _clean_failure(_run(args, env), uri, why="unreachable", secrets=(SECRET,))


@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_password_file_wins_over_a_wrong_environment(store, graph_file: Path, tmp_path: Path) -> None:
    pw_file = tmp_path / "pw"
    pw_file.write_text(PASSWORD + "\n")
    pw_file.chmod(0o600)
    proc = _run(["push", str(graph_file), "--neo4j", URI, "--password-file", str(pw_file)], _env(NEO4J_PASSWORD=SECRET))
    assert proc.returncode == 0, proc.stderr
    assert PASSWORD not in proc.stdout + proc.stderr and SECRET not in proc.stdout + proc.stderr
    assert store.counts()["actors"] == graph_of(base_triples()).number_of_nodes()
    missing = _run(["push", str(graph_file), "--neo4j", URI, "--password-file", str(tmp_path / "nope")], _env())
    assert missing.returncode == 2 and "cannot read the password file" in missing.stderr


@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_build_takes_a_password_file(store, article: Path, tmp_path: Path) -> None:
    pw_file = tmp_path / "pw"
    pw_file.write_text(PASSWORD + "\n")
    proc = _run(["build", str(article), "-o", str(tmp_path / "g.json"), "--neo4j", URI, "--password-file", str(pw_file)],
                _env(NEO4J_PASSWORD=SECRET))
    assert proc.returncode == 0, proc.stderr
    assert store.counts()["actors"] > 0


# --- the prompt, on a pseudo-terminal -----------------------------------------------------------

def _on_terminal(args: list[str], answer: str, env: dict[str, str]) -> tuple[int, str]:
    """Run the CLI with a pty as its controlling terminal; answer the password prompt."""
    master, slave = os.openpty()

    def controlling_tty() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(CLI + args, stdin=slave, stdout=slave, stderr=slave, env=env,
                            preexec_fn=controlling_tty, close_fds=True)
    os.close(slave)
    seen, answered, deadline = b"", False, time.monotonic() + 240
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
            if not answered and b"password" in seen.lower() and not termios.tcgetattr(master)[3] & termios.ECHO:
                os.write(master, answer.encode() + b"\n")  # typed once echo is off, as a person would
                answered = True
            if proc.poll() is not None and not ready:
                break
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert answered, seen
    return code, seen.decode(errors="replace")


@pytest.mark.neo4j
@pytest.mark.e2e
def test_security_password_prompt_on_a_terminal_is_hidden(store, graph_file: Path, relogin) -> None:
    env = {k: v for k, v in _env().items() if k != "CI"}  # a person at a terminal
    code, screen = _on_terminal(["push", str(graph_file), "--neo4j", URI], PASSWORD, env)
    assert code == 0, screen
    assert "Neo4j password" in screen and PASSWORD not in screen  # asked, and not echoed
    assert store.counts()["actors"] == graph_of(base_triples()).number_of_nodes()
    code, screen = _on_terminal(["query", "--neo4j", URI, "MATCH (a:Actor) RETURN count(a) AS n"], SECRET, env)
    assert code == 2 and "authentication failed" in screen and SECRET not in screen
