"""Save and load the embedded graph: newsgraph's documented JSON file format.

The file (see docs/graph-format.md) is UTF-8 JSON, its keys in this order::

    {"format": "newsgraph-graph", "version": 1,
     "articles": ["<article id>", ...],
     "files": {"<path>": {"size": ..., "mtime_ns": ..., "articles": [...]}},
     "nodes": [
      {"id": ..., "name": ..., "type": ..., "aliases": [...], ...},
      ...
     ],
     "edges": [
      {"source": ..., "target": ..., "key": "SUPPORTS", "type": ..., "evidence": [...], ...},
      ...
     ]}

one node or edge per line. Two keys (added without a version change; older readers
ignore them) let a build extend the graph incrementally (newsgraph/runs/incremental.py):
``articles`` lists every article already built into the graph, including those that gave no
relation, and ``files`` maps each file read to its size, modification time and article ids.
In memory they are ``g.graph["articles"]`` (a set) and ``g.graph["files"]``.

Nodes and edges are sorted, so the same graph always gives the same bytes. Writes are atomic
(graph/atomic.py). Edges come last so that :func:`load_graph` can stream them: it reads
everything before ``edges`` in one go, then the edges one at a time, sharing repeated strings,
so loading never holds the file's text or a parsed copy of the whole document (files written
before this order — keys sorted, edges second — are still read, parsed whole).
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson
import networkx as nx

from newsgraph.core.errors import GraphFormatError
from newsgraph.core.ontology import ACTOR_LABEL, ActorType
from newsgraph.graph.atomic import atomic_text

FORMAT = "newsgraph-graph"
VERSION = 1
_BEFORE_EDGES = frozenset({"format", "version", "articles", "files", "nodes"})  # written before "edges"
_SMALL_FILE = 64 * 2**20  # a syntax error in a file up to this size is located by line


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "__labels__"}


def _nodes(g: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    for n, d in sorted(g.nodes(data=True), key=lambda x: x[0]):
        yield {"id": n, **_plain(d)}


def _edges(g: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda x: (x[0], x[1], x[2])):
        yield {"source": u, "target": v, "key": k, **_plain(d)}


def to_dict(g: nx.MultiDiGraph) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "nodes": list(_nodes(g)), "edges": list(_edges(g))}


def ingested_articles(g: nx.MultiDiGraph) -> set[str]:
    """Ids of the articles built into ``g``: ``g.graph["articles"]`` and every node's ``articles``."""
    ids = set(g.graph.get("articles") or ())
    for _, d in g.nodes(data=True):
        ids.update(d.get("articles") or ())
    return ids


def from_dict(doc: Any, *, where: str = "graph") -> nx.MultiDiGraph:
    """The graph a parsed graph file describes (``doc`` as :func:`json.load` gives it)."""
    return _build(doc, doc.get("edges") if isinstance(doc, dict) else None, where)


def _build(head: Any, edges: Iterable[Any] | None, where: str) -> nx.MultiDiGraph:
    """The graph from a file's top-level keys (``head``) and its edges, which may be a stream.

    Every string read goes through one table, so the graph keeps one copy of each distinct
    string (article ids, paths, dates, names and the evidence's keys repeat millions of times
    in a large graph): a 100,000-article graph loads into a third of the memory it would
    otherwise take."""
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise GraphFormatError(f"{where}: not a newsgraph graph file (missing \"format\": \"{FORMAT}\")")
    if head.get("version") != VERSION:
        raise GraphFormatError(f"{where}: unsupported graph file version {head.get('version')!r} (this newsgraph reads {VERSION})")
    table: dict[str, str] = {}
    g = nx.MultiDiGraph()
    try:
        for i, n in enumerate(head["nodes"]):
            _object(n, "node", i)
            attrs = _shared({k: v for k, v in n.items() if k != "id"}, table)
            attrs["__labels__"] = {"Actor", ACTOR_LABEL[ActorType(attrs["type"])]}
            g.add_node(_shared(n["id"], table), **attrs)
        if edges is None:
            raise KeyError("edges")
        for i, e in enumerate(edges):
            _object(e, "edge", i)
            attrs = _shared({k: v for k, v in e.items() if k not in ("source", "target", "key")}, table)
            attrs["__labels__"] = {attrs["type"]}
            if e["source"] not in g or e["target"] not in g:
                raise GraphFormatError(f"{where}: edge {e['source']} -> {e['target']} names an unknown node")
            g.add_edge(_shared(e["source"], table), _shared(e["target"], table), key=_shared(e["key"], table), **attrs)
        articles = head.get("articles")
        if articles is not None and not (isinstance(articles, list) and all(isinstance(a, str) for a in articles)):
            raise ValueError("'articles' must be a list of article ids")
        g.graph["articles"] = ingested_articles(g) | set(_shared(articles or [], table))
        files = head.get("files", {})
        if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
            raise ValueError("'files' must map paths to {size, mtime_ns, articles}")
        if files:
            g.graph["files"] = _shared(files, table)
    except UnicodeDecodeError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GraphFormatError(f"{where}: malformed graph file ({type(exc).__name__}: {exc})") from None
    return g


def _object(item: Any, what: str, i: int) -> None:
    if not isinstance(item, dict):
        raise TypeError(f"{what} {i + 1} is {type(item).__name__}, not an object")


def _shared(value: Any, table: dict[str, str]) -> Any:
    """``value`` with every string in it (keys too) replaced by the table's copy of it.
    (Scalars are handled inline: this runs for every value of every evidence item.)"""
    share = table.setdefault
    kind = value.__class__
    if kind is str:
        return share(value, value)
    if kind is list:
        return [share(v, v) if v.__class__ is str else _shared(v, table) if v.__class__ in _NESTED else v
                for v in value]
    if kind is dict:
        return {share(k, k): share(v, v) if v.__class__ is str else _shared(v, table) if v.__class__ in _NESTED else v
                for k, v in value.items()}
    return value


_NESTED = (list, dict)


def save_graph(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write ``g`` atomically to ``path`` in the order :func:`load_graph` streams; returns the path."""
    target = Path(path)
    with atomic_text(target, what="the graph file") as fh:
        line = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False).encode
        fh.write(f'{{"format": {line(FORMAT)}, "version": {VERSION},\n')
        fh.write(f' "articles": {line(sorted(ingested_articles(g)))},\n')
        fh.write(f' "files": {line(g.graph.get("files") or {})},\n')
        for key, items, end in (("nodes", _nodes(g), ",\n"), ("edges", _edges(g), "}\n")):
            fh.write(f' "{key}": [')
            sep = "\n  "
            for item in items:
                fh.write(sep)
                fh.write(line(item))
                sep = ",\n  "
            fh.write("\n ]" + end)
    return target


def load_graph(path: str | os.PathLike[str], *, progress: Callable[[int, int], None] | None = None) -> nx.MultiDiGraph:
    """Read a graph file written by :func:`save_graph`, streaming its edges.

    ``progress(bytes_read, file_size)`` is called as the file is read (the edges' pass
    counts from the start of the file again)."""
    p = Path(path)
    try:
        with p.open("rb") as raw:
            fh: Any = raw if progress is None else _Reporting(raw, os.fstat(raw.fileno()).st_size, progress)
            head = _read_head(fh)
            edges: Iterable[Any] | None = head.get("edges")
            if edges is None and _BEFORE_EDGES.issubset(head):
                fh.seek(0)
                edges = ijson.items(fh, "edges.item", use_float=True)
            return _build(head, edges, str(p))
    except FileNotFoundError:
        raise GraphFormatError(f"{p}: no such graph file") from None
    except ijson.JSONError as exc:
        raise _syntax_error(p, exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFormatError(f"{p}: cannot read graph file ({exc})") from None


class _Reporting:
    """A binary file that tells ``progress(position, size)`` after each read."""

    def __init__(self, raw: BinaryIO, size: int, progress: Callable[[int, int], None]) -> None:
        self.raw, self.size, self.progress = raw, size, progress

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.progress(self.raw.tell(), self.size)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)


def _read_head(fh: BinaryIO) -> dict[str, Any]:
    """The top-level keys before ``edges`` when the file has every other key first, as
    :func:`save_graph` writes it; otherwise (keys in another order, such as the sorted order of
    files written before edges came last) every key, edges included, parsed whole. Nothing past a
    wrong ``format`` or ``version`` is read."""
    head: dict[str, Any] = {}
    for key, value in ijson.kvitems(fh, "", use_float=True):
        head[key] = value
        if (key == "format" and value != FORMAT) or (key == "version" and value != VERSION):
            break
        if _BEFORE_EDGES.issubset(head) and "edges" not in head:
            break
    return head


def _syntax_error(p: Path, exc: Exception) -> GraphFormatError:
    """One line for a file that is not JSON: the line of the fault when the file is small
    enough to read whole again, else the parser's own words."""
    said = exc.args[0] if exc.args else type(exc).__name__
    said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
    try:
        if p.stat().st_size <= _SMALL_FILE:
            json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as located:
        return GraphFormatError(f"{p}:{located.lineno}: not valid JSON ({located.msg})")
    except UnicodeDecodeError as bad:
        return GraphFormatError(f"{p}: cannot read graph file (not UTF-8: {bad.reason} at byte {bad.start})")
    except OSError:
        pass
    return GraphFormatError(f"{p}: not valid JSON ({said.splitlines()[0] if said else 'parse error'})")
