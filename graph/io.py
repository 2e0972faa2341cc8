"""Save and load the embedded graph: newsgraph's documented JSON file format.

The file (see docs/graph-format.md) is UTF-8 JSON::

    {"format": "newsgraph-graph", "version": 1,
     "articles": ["<article id>", ...],
     "nodes": [{"id": ..., "name": ..., "type": ..., "aliases": [...], ...}],
     "edges": [{"source": ..., "target": ..., "key": "SUPPORTS", "type": ..., "evidence": [...], ...}]}

Two optional keys (added without a version change; older readers ignore them) let a
build extend the graph incrementally (newsgraph/incremental.py): ``articles`` lists every
article already built into the graph, including those that gave no relation, and
``files`` maps each file read to its size, modification time and article ids. In memory
they are ``g.graph["articles"]`` (a set) and ``g.graph["files"]``.

Nodes and edges are sorted, so the same graph always gives the same bytes.
Writes go to a temporary file in the same folder which then replaces the target,
so an interrupted save never leaves a half-written graph file.
"""
from __future__ import annotations

import errno
import json
import os
import secrets
import stat
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.errors import GraphFormatError, NewsgraphError
from newsgraph.ontology import ACTOR_LABEL, ActorType

FORMAT = "newsgraph-graph"
VERSION = 1


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "__labels__"}


def to_dict(g: nx.MultiDiGraph) -> dict[str, Any]:
    nodes = [{"id": n, **_plain(d)} for n, d in sorted(g.nodes(data=True), key=lambda x: x[0])]
    edges = [
        {"source": u, "target": v, "key": k, **_plain(d)}
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda x: (x[0], x[1], x[2]))
    ]
    return {"format": FORMAT, "version": VERSION, "nodes": nodes, "edges": edges}


def ingested_articles(g: nx.MultiDiGraph) -> set[str]:
    """Ids of the articles built into ``g``: ``g.graph["articles"]`` and every node's ``articles``."""
    ids = set(g.graph.get("articles") or ())
    for _, d in g.nodes(data=True):
        ids.update(d.get("articles") or ())
    return ids


def from_dict(doc: Any, *, where: str = "graph") -> nx.MultiDiGraph:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise GraphFormatError(f"{where}: not a newsgraph graph file (missing \"format\": \"{FORMAT}\")")
    if doc.get("version") != VERSION:
        raise GraphFormatError(f"{where}: unsupported graph file version {doc.get('version')!r} (this newsgraph reads {VERSION})")
    g = nx.MultiDiGraph()
    try:
        for n in doc["nodes"]:
            attrs = {k: v for k, v in n.items() if k != "id"}
            attrs["__labels__"] = {"Actor", ACTOR_LABEL[ActorType(attrs["type"])]}
            g.add_node(n["id"], **attrs)
        for e in doc["edges"]:
            attrs = {k: v for k, v in e.items() if k not in ("source", "target", "key")}
            attrs["__labels__"] = {attrs["type"]}
            if e["source"] not in g or e["target"] not in g:
                raise GraphFormatError(f"{where}: edge {e['source']} -> {e['target']} names an unknown node")
            g.add_edge(e["source"], e["target"], key=e["key"], **attrs)
        articles = doc.get("articles")
        if articles is not None and not (isinstance(articles, list) and all(isinstance(a, str) for a in articles)):
            raise ValueError("'articles' must be a list of article ids")
        g.graph["articles"] = ingested_articles(g) | set(articles or ())
        files = doc.get("files", {})
        if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
            raise ValueError("'files' must map paths to {size, mtime_ns, articles}")
        if files:
            g.graph["files"] = files
    except (KeyError, TypeError, ValueError) as exc:
        raise GraphFormatError(f"{where}: malformed graph file ({type(exc).__name__}: {exc})") from None
    return g


def save_graph(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write ``g`` atomically to ``path`` (JSON); returns the path."""
    target = Path(path)
    if target.is_dir():
        raise NewsgraphError(f"{target}: is a folder; give the graph file's name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary(target)
    except OSError as exc:
        raise NewsgraphError(f"{target}: cannot write the graph file ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            doc = to_dict(g)
            doc["articles"] = sorted(ingested_articles(g))
            if g.graph.get("files"):
                doc["files"] = g.graph["files"]
            json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # disk full, quota, I/O error: one line, the old file kept
            raise NewsgraphError(
                f"{target}: cannot write the graph file ({exc.strerror or exc}); any previous file is unchanged") from None
        raise
    _sync_folder(target.parent)
    return target


def _temporary(target: Path) -> tuple[int, str]:
    """A new hidden file beside ``target``, with the permissions a plain ``open`` would give
    (mkstemp's are 0600): the target's own when it exists, else 0666 less the umask."""
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        if target.exists():
            os.fchmod(fd, mode)  # exactly the old file's mode, whatever the umask
        return fd, str(tmp)
    raise FileExistsError(errno.EEXIST, "cannot create a temporary file", str(target.parent))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (a crash right after it keeps the new file); best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def load_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph file written by :func:`save_graph`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GraphFormatError(f"{p}: no such graph file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFormatError(f"{p}: cannot read graph file ({exc})") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphFormatError(f"{p}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    return from_dict(doc, where=str(p))
