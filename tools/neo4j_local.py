"""A local Neo4j Community server for development, tests and users without one.

``scripts/neo4j install|start|stop|status``
call this module. ``install`` builds tools/neo4j-server (a small launcher of ours
around Neo4j Community's own server bootstrapper, plus the Neo4j Browser and
cypher-shell, all from Maven Central) into ``.neo4j/`` with Maven; ``start`` runs it
on loopback and waits until Bolt answers. Settings (environment, or arguments):

===========================  ======================================  ==================
NEWSGRAPH_NEO4J_HOME         install, conf, logs, pid file            <repo>/.neo4j
NEWSGRAPH_NEO4J_DATA         data directory                           <home>/data
NEWSGRAPH_NEO4J_BOLT_PORT    Bolt port on 127.0.0.1                   7687
NEWSGRAPH_NEO4J_HTTP_PORT    Browser port on 127.0.0.1 (0 = off)      7474
NEO4J_PASSWORD               password of user neo4j (>= 8 chars)      newsgraph-dev
NEWSGRAPH_NEO4J_HEAP         JVM heap                                 512m
NEWSGRAPH_NEO4J_PAGECACHE    page cache                               128m
NEWSGRAPH_NEO4J_TX_MEMORY    memory of all open transactions          256m
                             (dbms.memory.transaction.total.max; a push batch stays well under it,
                             see docs/neo4j.md "Hubs"; at most about half the heap)
NEWSGRAPH_JAVA               java executable (17 or 21)               found
===========================  ======================================  ==================
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.core.errors import StoreConnectionError

REPO = Path(__file__).resolve().parents[1]
SERVER_PROJECT = REPO / "tools" / "neo4j-server"
MAIN_CLASS = "newsgraph.neo4j.Launcher"
SHELL_CLASS = "org.neo4j.shell.Main"
DEV_PASSWORD = "newsgraph-dev"


class ServerError(StoreConnectionError):
    """The local server cannot be installed, started or stopped."""


@dataclass
class ServerSettings:
    home: Path = field(default_factory=lambda: Path(os.environ.get("NEWSGRAPH_NEO4J_HOME") or REPO / ".neo4j"))
    data: Path | None = None
    bolt_port: int = field(default_factory=lambda: int(os.environ.get("NEWSGRAPH_NEO4J_BOLT_PORT") or 7687))
    http_port: int = field(default_factory=lambda: int(os.environ.get("NEWSGRAPH_NEO4J_HTTP_PORT") or 7474))
    password: str = field(default_factory=lambda: os.environ.get("NEO4J_PASSWORD") or DEV_PASSWORD, repr=False)
    heap: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_NEO4J_HEAP") or "512m")
    pagecache: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_NEO4J_PAGECACHE") or "128m")
    tx_memory: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_NEO4J_TX_MEMORY") or "256m")

    def __post_init__(self) -> None:
        self.home = Path(self.home).resolve()
        env_data = os.environ.get("NEWSGRAPH_NEO4J_DATA")
        self.data = Path(self.data or env_data or self.home / "data").resolve()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser(self) -> str | None:
        return f"http://127.0.0.1:{self.http_port}/browser/" if self.http_port else None

    @property
    def run_dir(self) -> Path:
        return self.home / "run"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / f"newsgraph-neo4j-{self.bolt_port}.pid"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / f"console-{self.bolt_port}.log"


# -- install ------------------------------------------------------------------------
def _stamp() -> str:
    h = hashlib.sha256()
    for p in sorted(SERVER_PROJECT.rglob("*")):
        if p.is_file() and "target" not in p.parts:
            h.update(str(p.relative_to(SERVER_PROJECT)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def is_installed(s: ServerSettings) -> bool:
    stamp = s.home / "install.stamp"
    return stamp.exists() and stamp.read_text().strip() == _stamp() and (s.home / "build" / "newsgraph-neo4j-launcher.jar").exists()


def install(s: ServerSettings | None = None, *, force: bool = False) -> bool:
    """Build the launcher and fetch Neo4j, the Browser and cypher-shell into ``home``; False if already there."""
    s = s or ServerSettings()
    if not force and is_installed(s):
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ServerError("Maven (mvn) is needed to install the local Neo4j: apt-get install maven")
    s.home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "JAVA_HOME": str(Path(find_java()).resolve().parents[1])}
    for pom in (SERVER_PROJECT / "pom.xml", SERVER_PROJECT / "cypher-shell" / "pom.xml"):
        cmd = [mvn, "-q", "-B", "-f", str(pom), f"-Dnewsgraph.neo4j.dir={s.home}", "package"]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ServerError(f"installing Neo4j failed ({' '.join(cmd[:4])} ... package):\n{tail}")
    (s.home / "install.stamp").write_text(_stamp() + "\n")
    return True


def _java_major(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)', out)
    return int(m.group(1)) if m else None


def find_java() -> str:
    """NEWSGRAPH_JAVA, else the first Java 17 or 21 among JAVA_HOME, PATH and /usr/lib/jvm."""
    if os.environ.get("NEWSGRAPH_JAVA"):
        return os.environ["NEWSGRAPH_JAVA"]
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(os.path.join(os.environ["JAVA_HOME"], "bin", "java"))
    if shutil.which("java"):
        candidates.append(shutil.which("java") or "java")
    candidates += sorted(glob.glob("/usr/lib/jvm/*/bin/java"))
    for c in candidates:
        if os.access(c, os.X_OK) and _java_major(c) in (17, 21):
            return c
    raise ServerError("Neo4j 5.26 needs Java 17 or 21; set NEWSGRAPH_JAVA or JAVA_HOME (apt-get install openjdk-17-jre-headless)")


# -- start / stop / status ------------------------------------------------------------
def _read_pid(s: ServerSettings) -> int | None:
    try:
        pid = int(s.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    server = _launcher_args(pid)
    # a reused pid is not our server, nor is another checkout's launcher (a pid file copied with the folder)
    return pid if server is not None and Path(server.get("--home", "")).resolve() == s.home else None


def _launcher_args(pid: int, proc: Path = Path("/proc")) -> dict[str, str] | None:
    """The ``--name value`` arguments of our launcher running as ``pid``; None for another process."""
    try:
        argv = (proc / str(pid) / "cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return None
    if MAIN_CLASS not in argv:
        return None
    rest = argv[argv.index(MAIN_CLASS) + 1:]
    return {a: b for a, b in zip(rest, rest[1:]) if a.startswith("--")}


def serving(port: int, proc: Path = Path("/proc")) -> dict[str, Any] | None:
    """The newsgraph launcher listening on 127.0.0.1:``port`` (any checkout's): pid, home, data."""
    try:
        pids = [int(p.name) for p in proc.iterdir() if p.name.isdigit()]
    except OSError:
        return None
    for pid in sorted(pids):
        args = _launcher_args(pid, proc)
        if args is not None and args.get("--bolt") == f"127.0.0.1:{port}":
            return {"pid": pid, "home": args.get("--home"), "data": args.get("--data")}
    return None


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _bolt_ok(s: ServerSettings) -> tuple[bool, str]:
    import neo4j

    try:
        with neo4j.GraphDatabase.driver(s.uri, auth=("neo4j", s.password), connection_timeout=3) as d:
            d.verify_connectivity()
        return True, ""
    except Exception as exc:  # noqa: BLE001 - any failure means "not (yet) answering"
        return False, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def start(s: ServerSettings | None = None, *, timeout: float = 180.0, quiet: bool = False) -> dict[str, Any]:
    """Start the server unless it runs; wait until Bolt answers with the configured password."""
    s = s or ServerSettings()
    if len(s.password) < 8:
        raise ServerError("NEO4J_PASSWORD must have at least 8 characters for the local Neo4j")
    pid = _read_pid(s)
    if pid is not None:
        ok, why = _bolt_ok(s)
        if ok:
            return {**status(s), "started": False}
        raise ServerError(f"{s.uri}: a newsgraph Neo4j runs (pid {pid}) but does not answer: {why}")
    if _port_open(s.bolt_port) and _bolt_ok(s)[0]:
        # a server this home did not start (another checkout's, Desktop, Docker) answers
        # with the configured password: use it rather than fail
        return {**status(s), "started": False}
    for port in (s.bolt_port, s.http_port):
        if port and _port_open(port):
            raise ServerError(f"127.0.0.1:{port} is already in use by another program; set NEWSGRAPH_NEO4J_BOLT_PORT / NEWSGRAPH_NEO4J_HTTP_PORT")
    t0 = time.monotonic()
    install(s)
    java = find_java()
    s.run_dir.mkdir(parents=True, exist_ok=True)
    s.console_log.parent.mkdir(parents=True, exist_ok=True)
    cp = os.pathsep.join([str(s.home / "build" / "newsgraph-neo4j-launcher.jar"), str(s.home / "lib" / "*")])
    cmd = [
        java, f"-Xms{s.heap}", f"-Xmx{s.heap}", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
        "-Dfile.encoding=UTF-8", "-cp", cp, MAIN_CLASS,
        "--home", str(s.home), "--data", str(s.data),
        "--bolt", f"127.0.0.1:{s.bolt_port}", "--http", f"127.0.0.1:{s.http_port}" if s.http_port else "off",
        "--pagecache", s.pagecache, "--tx-memory", s.tx_memory,
    ]
    style = browser_style_command()
    if style:
        cmd += ["--browser-post-connect", style]
    env = {**os.environ, "NEO4J_PASSWORD": s.password}  # never on the command line
    with open(s.console_log, "ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=s.home, start_new_session=True)
    tmp = s.pid_file.with_suffix(".tmp")
    tmp.write_text(f"{proc.pid}\n")
    os.replace(tmp, s.pid_file)
    deadline = time.monotonic() + timeout
    why = ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            s.pid_file.unlink(missing_ok=True)
            tail = "\n".join(s.console_log.read_text(errors="replace").strip().splitlines()[-10:])
            raise ServerError(f"Neo4j exited during start (code {proc.returncode}); {s.console_log}:\n{tail}")
        ok, why = _bolt_ok(s)
        if ok:
            return {**status(s), "started": True, "seconds": round(time.monotonic() - t0, 1)}
        time.sleep(0.5)
    stop(s)
    raise ServerError(f"{s.uri}: Neo4j did not answer within {timeout:.0f}s ({why}); see {s.console_log}")


def browser_style_command() -> str | None:
    """``style {json}``: the Browser applies cypher/browser/style.grass right after connecting."""
    path = REPO / "cypher" / "browser" / "style.grass"
    try:
        text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    except OSError:
        return None
    style: dict[str, dict[str, str]] = {}
    for selector, body in re.findall(r"([\w.]+)\s*\{((?:[^{}]|\{\w+\})*)\}", text):
        props = (p.split(":", 1) for p in body.split(";") if ":" in p)
        style[selector] = {k.strip(): v.strip().strip("'\"") for k, v in props}
    return "style " + json.dumps(style, separators=(",", ":")) if style else None


def stop(s: ServerSettings | None = None, *, timeout: float = 60.0) -> bool:
    """Stop the server cleanly (SIGTERM, then SIGKILL after ``timeout``); False if it was not running."""
    s = s or ServerSettings()
    pid = _read_pid(s)
    if pid is None:
        s.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.1)
    s.pid_file.unlink(missing_ok=True)
    return True


def kill(s: ServerSettings | None = None) -> bool:
    """Kill the server at once (SIGKILL), as a crash would; used by the fault tests."""
    s = s or ServerSettings()
    pid = _read_pid(s)
    if pid is None:
        return False
    os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.05)
    s.pid_file.unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)  # reap it when it is our child
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def status(s: ServerSettings | None = None) -> dict[str, Any]:
    s = s or ServerSettings()
    pid = _read_pid(s)
    ok, why = _bolt_ok(s) if pid is not None or _port_open(s.bolt_port) else (False, "not running")
    server = serving(s.bolt_port)
    ours = pid is not None or (server is not None and Path(server["home"] or "").resolve() == s.home)
    return {
        "running": ours,
        "pid": pid if pid is not None else (server["pid"] if server and ours else None),
        "answers": ok,
        "problem": None if ok else why,
        "uri": s.uri,
        "browser": s.browser,
        "home": str(s.home),  # this checkout's (NEWSGRAPH_NEO4J_HOME)
        "data": str(s.data),  # this checkout's data folder, where its server keeps (or would keep) the graph
        # the server on the port, when it is a newsgraph launcher: its own data folder (the one it started
        # with, which may be another checkout's, or differ from NEWSGRAPH_NEO4J_DATA now)
        "server_home": server["home"] if server else None,
        "server_data": server["data"] if server else None,
        "installed": is_installed(s),
    }


def status_line(st: dict[str, Any]) -> str:
    """``scripts/neo4j status``'s line: this checkout's server and data folder, and whose server answers."""
    other = ""
    if st["answers"] and not st["running"]:
        whose = (f"another checkout's server (home {st['server_home']}, data {st['server_data']})" if st["server_home"]
                 else "a server not started by newsgraph (Desktop, Docker, a service)")
        state, other = "answering", f"; the server answering is {whose}, not this checkout's"
    elif st["answers"]:
        state = "running"
        if st["server_data"] and Path(st["server_data"]).resolve() != Path(st["data"]).resolve():
            other = f"; it was started with data {st['server_data']}"
    else:
        state = "not answering: " + str(st["problem"]) if st["running"] else "stopped"
    return (f"neo4j: {state}; uri {st['uri']}; pid {st['pid']}; this checkout's data {st['data']}{other}; "
            f"installed {st['installed']}")


def cypher_shell(args: list[str], s: ServerSettings | None = None) -> int:
    """Run cypher-shell (installed from Maven Central) with ``args``; returns its exit code."""
    s = s or ServerSettings()
    install(s)
    cp = str(s.home / "cypher-shell" / "lib" / "*")
    return subprocess.call([find_java(), "-cp", cp, SHELL_CLASS, *args])


def admin_import(nodes: Path, edges: Path, home: Path, s: ServerSettings | None = None, *, heap: str = "512m",
                 timeout: float = 1800.0) -> subprocess.CompletedProcess[str]:
    """Build a fresh store under ``home/data`` from the CSV export with ``neo4j-admin database
    import full`` (the installed Neo4j's own import tool). ``home`` gets an empty conf folder;
    a server started on ``data=home/"data"`` opens the store. Returns the finished process."""
    s = s or ServerSettings()
    install(s)
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    cmd = [find_java(), f"-Xmx{heap}", "-cp", str(s.home / "lib" / "*"), "org.neo4j.cli.AdminTool",
           "database", "import", "full", f"--nodes={nodes}", f"--relationships={edges}",
           f"--report-file={home / 'import.report'}", "neo4j"]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=home, timeout=timeout)


def main(argv: list[str] | None = None) -> int:
    """``python tools/neo4j_local.py install|start|stop|status|cypher-shell``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    cmd = argv.pop(0) if argv else "status"
    try:
        if cmd == "install":
            t0 = time.monotonic()
            done = install(force="--force" in argv)
            print(f"neo4j: installed in {ServerSettings().home} ({time.monotonic() - t0:.1f}s)" if done else "neo4j: already installed")
        elif cmd == "start":
            st = start()
            print(f"neo4j: {'started' if st['started'] else 'already running'} (pid {st['pid'] or 'not ours'}) at {st['uri']}" + (f", Browser {st['browser']}" if st["browser"] else "") + (f" in {st['seconds']}s" if st.get("seconds") else ""))
        elif cmd == "stop":
            print("neo4j: stopped" if stop() else "neo4j: not running")
        elif cmd == "status":
            st = status()
            print(status_line(st))
            return 0 if st["answers"] else 3
        elif cmd == "cypher-shell":
            return cypher_shell(argv)
        else:
            print("usage: scripts/neo4j install|start|stop|status|cypher-shell [ARGS]", file=sys.stderr)
            return 64
    except StoreConnectionError as exc:
        print(f"neo4j: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
