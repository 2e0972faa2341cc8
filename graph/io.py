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

A file is untrusted input: its bytes pass a depth and a string budget (:class:`newsgraph.core.limits.DepthGuard`:
``NEWSGRAPH_MAX_JSON_DEPTH``, 64 levels, the format nests 5; ``NEWSGRAPH_MAX_JSON_STRING_BYTES``,
16 MiB) before ijson sees them, and every
node and edge is checked field by field (types, the ontology's actor and relation types) as it
is added, so a bad file is one :class:`GraphFormatError` line naming it, never a traceback later.
"""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson
import networkx as nx

from newsgraph.core import limits
from newsgraph.core.errors import GraphFormatError
from newsgraph.core.ontology import ACTOR_LABEL, ActorType, RelationType
from newsgraph.graph.atomic import atomic_text

FORMAT = "newsgraph-graph"
VERSION = 1
_BEFORE_EDGES = frozenset({"format", "version", "articles", "files", "nodes"})  # written before "edges"
#: a syntax error in a file up to this size is located by line (the file is parsed whole
#: again, which takes several times its size in memory)
_SMALL_FILE = 16 * 2**20
#: bytes ijson reads at a time: yajl joins a string that spans reads in time quadratic in the
#: number of reads, so large reads keep long strings cheap (a 16 MB string: 0.05 s, not 1.3 s)
_BUF = 2**20


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
        nodes = head["nodes"]
        if not isinstance(nodes, list):
            raise TypeError(f"'nodes' is {type(nodes).__name__}, not a list")
        for i, n in enumerate(nodes):
            _object(n, "node", i)
            _check_node(n, i)
            attrs = _shared({k: v for k, v in n.items() if k != "id"}, table)
            attrs["__labels__"] = {"Actor", ACTOR_LABEL[ActorType(attrs["type"])]}
            g.add_node(_shared(n["id"], table), **attrs)
        if edges is None:
            raise KeyError("edges")
        if not isinstance(edges, (list, Iterator)):
            raise TypeError(f"'edges' is {type(edges).__name__}, not a list")
        for i, e in enumerate(edges):
            _object(e, "edge", i)
            _check_edge(e, i)
            attrs = _shared({k: v for k, v in e.items() if k not in ("source", "target", "key")}, table)
            attrs["__labels__"] = {attrs["type"]}
            if "articles" not in attrs:  # written before edges counted their articles
                attrs["articles"] = len({ev["article_id"] for ev in attrs.get("evidence") or ()})
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


# --- what a node, an edge and an evidence item hold (docs/graph-format.md) -----------------------
# Every consumer (stats, filters, exports, the view, Cypher, a push) reads these fields with
# these types; a file that breaks one is refused on load, with the item and the field named.

def _str(v: Any) -> bool:
    return v.__class__ is str


def _opt_str(v: Any) -> bool:
    return v is None or v.__class__ is str


def _int(v: Any) -> bool:
    return v.__class__ is int  # not bool


def _number(v: Any) -> bool:
    return v.__class__ is int or v.__class__ is float


def _bool(v: Any) -> bool:
    return v.__class__ is bool


def _strings(v: Any) -> bool:
    return v.__class__ is list and all(x.__class__ is str for x in v)


_ACTOR_TYPES = frozenset(t.value for t in ActorType)
_RELATION_TYPES = frozenset(r.value for r in RelationType)
#: field -> (check, what it must be); required fields first
_NODE_REQUIRED = {"id": (_str, "a string"), "name": (_str, "a string"), "type": (_str, "a string")}
_NODE_OPTIONAL = {"aliases": (_strings, "a list of strings"), "articles": (_strings, "a list of strings"),
                  "mentions": (_int, "an integer"), "country": (_opt_str, "a string or null"),
                  "role": (_opt_str, "a string or null")}
_EDGE_REQUIRED = {"source": (_str, "a string"), "target": (_str, "a string"), "key": (_str, "a string"),
                  "type": (_str, "a string")}
_EDGE_OPTIONAL = {"class": (_str, "a string"), "negated": (_bool, "true or false"), "weight": (_int, "an integer"),
                  "articles": (_int, "an integer"),
                  "confidence": (_number, "a number"), "attributed": (_int, "an integer"),
                  "first_seen": (_opt_str, "a string or null"), "last_seen": (_opt_str, "a string or null")}
_EVIDENCE = {"article_id": (_str, "a string"), "sentence": (_str, "a string"), "source": (_str, "a string"),
             "char_start": (_int, "an integer"), "char_end": (_int, "an integer"), "confidence": (_number, "a number"),
             "subject_mention": (_str, "a string"), "object_mention": (_str, "a string")}
_EVIDENCE_OPTIONAL = {"date": (_opt_str, "a string or null"), "attributed_to": (_opt_str, "a string or null")}
_EVIDENCE_KEYS = (*_EVIDENCE, *_EVIDENCE_OPTIONAL)
#: the types an evidence item's fields may have, as tuples in the order of _EVIDENCE_KEYS
_EVIDENCE_SHAPES = frozenset(
    (str, str, str, int, int, confidence, str, str, date, attributed)
    for confidence in (int, float) for date in (str, type(None)) for attributed in (str, type(None))
)


def _shown(v: Any) -> str:
    text = json.dumps(v, ensure_ascii=False) if not isinstance(v, (list, dict)) else type(v).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _fields(item: dict[str, Any], required: dict[str, Any], optional: dict[str, Any], what: str) -> None:
    for name, (ok, must) in required.items():
        if name not in item:
            raise ValueError(f"{what} has no '{name}'")
        if not ok(item[name]):
            raise ValueError(f"{what}: '{name}' must be {must}, not {_shown(item[name])}")
    for name, (ok, must) in optional.items():
        if name in item and not ok(item[name]):
            raise ValueError(f"{what}: '{name}' must be {must}, not {_shown(item[name])}")


def _check_node(n: dict[str, Any], i: int) -> None:
    _fields(n, _NODE_REQUIRED, _NODE_OPTIONAL, f"node {i + 1}")
    if n["type"] not in _ACTOR_TYPES:
        raise ValueError(f"node {i + 1} ({n['id']}): unknown actor type {_shown(n['type'])}")


def _check_edge(e: dict[str, Any], i: int) -> None:
    what = f"edge {i + 1}"
    _fields(e, _EDGE_REQUIRED, _EDGE_OPTIONAL, what)
    what = f"edge {i + 1} ({e['source']} -> {e['target']})"
    if e["type"] not in _RELATION_TYPES:
        raise ValueError(f"{what}: unknown relation type {_shown(e['type'])}")
    evidence = e.get("evidence", [])
    if evidence.__class__ is not list:
        raise ValueError(f"{what}: 'evidence' must be a list, not {_shown(evidence)}")
    for j, ev in enumerate(evidence):
        if ev.__class__ is dict and tuple(map(type, map(ev.get, _EVIDENCE_KEYS))) in _EVIDENCE_SHAPES:
            continue  # the usual case, checked at C speed (a large graph has millions of items)
        if ev.__class__ is not dict:
            raise ValueError(f"{what}, evidence {j + 1}: not an object ({_shown(ev)})")
        for name, (ok, must) in _EVIDENCE.items():
            if not ok(ev.get(name)):
                raise ValueError(f"{what}, evidence {j + 1}: '{name}' must be {must}, not "
                                 f"{_shown(ev[name]) if name in ev else 'missing'}")
        for name, (ok, must) in _EVIDENCE_OPTIONAL.items():
            if not ok(ev.get(name)):
                raise ValueError(f"{what}, evidence {j + 1}: '{name}' must be {must}, not {_shown(ev[name])}")


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
    counts from the start of the file again). Every problem is one :class:`GraphFormatError`
    naming the file: not JSON, nested deeper than the budget, a node or edge of the wrong shape."""
    p = Path(path)
    try:
        if p.exists() and not p.is_file():
            raise GraphFormatError(f"{p}: not a regular file ({_kind_of(p)}); give a graph file written by newsgraph build -o")
        with p.open("rb") as raw:
            fh = _Guarded(raw, os.fstat(raw.fileno()).st_size, progress)
            head = _read_head(fh)
            edges: Iterable[Any] | None = head.get("edges")
            if edges is None and _BEFORE_EDGES.issubset(head):
                fh.seek(0)
                edges = ijson.items(fh, "edges.item", use_float=True, buf_size=_BUF)
            return _build(head, edges, str(p))
    except FileNotFoundError:
        raise GraphFormatError(f"{p}: no such graph file") from None
    except limits.BudgetExceeded as exc:
        raise GraphFormatError(
            f"{p}: {exc.what} (in the first {exc.offset:,} bytes), over the limit for a graph file (which nests 5 levels and "
            f"holds no string over a few MB; the limit is {exc.variable})") from None
    except ijson.JSONError as exc:
        raise _syntax_error(p, exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFormatError(f"{p}: cannot read graph file ({exc})") from None


def _kind_of(p: Path) -> str:
    mode = p.stat().st_mode
    return ("a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a device")


class _Guarded:
    """A binary file whose bytes pass the depth budget (:class:`~newsgraph.core.limits.DepthGuard`)
    before the parser sees them, and that tells ``progress(position, size)`` after each read."""

    def __init__(self, raw: BinaryIO, size: int, progress: Callable[[int, int], None] | None) -> None:
        self.raw, self.size, self.progress = raw, size, progress
        self.guard = limits.DepthGuard(max_string=limits.MAX_JSON_STRING_BYTES)

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.guard.feed(data)
        if self.progress is not None:
            self.progress(self.raw.tell(), self.size)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) != (0, 0):
            raise ValueError("a guarded graph file can only go back to its start")
        self.guard = limits.DepthGuard(max_string=limits.MAX_JSON_STRING_BYTES)
        return self.raw.seek(0)


def _read_head(fh: Any) -> dict[str, Any]:
    """The top-level keys before ``edges`` when the file has every other key first, as
    :func:`save_graph` writes it; otherwise (keys in another order, such as the sorted order of
    files written before edges came last) every key, edges included, parsed whole. Nothing past a
    wrong ``format`` or ``version`` is read."""
    head: dict[str, Any] = {}
    for key, value in ijson.kvitems(fh, "", use_float=True, buf_size=_BUF):
        head[key] = value
        if (key == "format" and value != FORMAT) or (key == "version" and value != VERSION):
            break
        if _BEFORE_EDGES.issubset(head) and "edges" not in head:
            break
    return head


def _syntax_error(p: Path, exc: Exception) -> GraphFormatError:
    """One line for a file that is not JSON: the line of the fault when the file is small
    enough to read whole again (and within the depth budget), else the parser's own words."""
    said = exc.args[0] if exc.args else type(exc).__name__
    said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
    try:
        if p.stat().st_size <= _SMALL_FILE:
            data = p.read_bytes()
            if limits.json_depth_ok(data):
                json.loads(data.decode("utf-8"))
    except json.JSONDecodeError as located:
        return GraphFormatError(f"{p}:{located.lineno}: not valid JSON ({located.msg})")
    except UnicodeDecodeError as bad:
        return GraphFormatError(f"{p}: cannot read graph file (not UTF-8: {bad.reason} at byte {bad.start})")
    except (OSError, RecursionError, MemoryError):
        pass
    return GraphFormatError(f"{p}: not valid JSON ({said.splitlines()[0] if said else 'parse error'})")
