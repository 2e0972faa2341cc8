"""What every exporter shares: the palette, output handling, list flattening and time spans."""
from __future__ import annotations

import contextlib
import io
import json
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Union

import networkx as nx

from newsgraph.graph.atomic import atomic_file

#: A path, or a file already open for writing (binary for XML, text or binary for JSON).
Dest = Union[str, "os.PathLike[str]", IO[bytes], IO[str]]

#: Node colour per actor type (Tableau 10 hues), shared by GEXF and the HTML view.
ACTOR_COLORS: dict[str, str] = {
    "PERSON": "#4e79a7",
    "COUNTRY": "#f28e2b",
    "ORGANIZATION": "#b07aa1",
    "GROUP": "#9c755f",
    "LOCATION": "#76b7b2",
}
#: Edge colour per relation class.
CLASS_COLORS: dict[str, str] = {
    "cooperative": "#59a14f",
    "conflictual": "#e15759",
    "structural": "#9d9d9d",
}
FALLBACK_COLOR = "#bab0ac"


def rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def node_size(mentions: int) -> float:
    """Viz size grows with the square root of the mention count (area ~ mentions)."""
    return round(4.0 + 4.0 * math.sqrt(max(int(mentions or 0), 0)), 2)


def edge_label(d: dict[str, Any]) -> str:
    """``"SUPPORTS"``, or ``"NOT SUPPORTS"`` for a negated edge."""
    return f"NOT {d['type']}" if d.get("negated") else str(d["type"])


def is_claim(d: dict[str, Any]) -> bool:
    """True when every mention of an edge is only someone's claim ("Mali said France ...")."""
    weight = int(d.get("weight") or 0)
    return bool(weight) and int(d.get("attributed") or 0) >= weight


def browser_label(d: dict[str, Any]) -> str:
    """The caption the Neo4j Browser style shows (the push's ``r.label``): ``NOT TYPE`` when
    negated, ``TYPE (claim)`` when every mention is a claim, else ``TYPE``."""
    if d.get("negated"):
        return f"NOT {d['type']}"
    return f"{d['type']} (claim)" if is_claim(d) else str(d["type"])


def node_span(g: nx.MultiDiGraph, n: Any) -> tuple[str | None, str | None]:
    """First and last date an actor is seen: the envelope of its edges' dates."""
    firsts = [d["first_seen"] for _, _, d in g.in_edges(n, data=True) if d.get("first_seen")]
    firsts += [d["first_seen"] for _, _, d in g.out_edges(n, data=True) if d.get("first_seen")]
    lasts = [d["last_seen"] for _, _, d in g.in_edges(n, data=True) if d.get("last_seen")]
    lasts += [d["last_seen"] for _, _, d in g.out_edges(n, data=True) if d.get("last_seen")]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def evidence_articles(d: dict[str, Any]) -> list[str]:
    """Distinct article ids of an edge's evidence, in order of first appearance."""
    return list(dict.fromkeys(e["article_id"] for e in d.get("evidence", [])))


def join_list(values: Any, sep: str = "|") -> str:
    """Flatten a list for formats that hold only scalars: ``["a", "b"] -> "a|b"``."""
    if values is None:
        return ""
    if isinstance(values, (set, frozenset)):
        values = sorted(values)
    if isinstance(values, (list, tuple)):
        return sep.join("" if v is None else str(v) for v in values)
    return str(values)


def evidence_json(d: dict[str, Any]) -> str:
    """The evidence list as compact JSON text, for formats that hold only strings."""
    return json.dumps(d.get("evidence", []), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def sorted_nodes(g: nx.MultiDiGraph) -> list[tuple[Any, dict[str, Any]]]:
    return sorted(g.nodes(data=True), key=lambda x: str(x[0]))


def sorted_edges(g: nx.MultiDiGraph) -> list[tuple[Any, Any, Any, dict[str, Any]]]:
    return sorted(g.edges(keys=True, data=True), key=lambda x: (str(x[0]), str(x[1]), str(x[2])))


@contextlib.contextmanager
def open_binary(dest: Dest, *, what: str = "the export") -> Iterator[IO[bytes]]:
    """Yield a binary stream for ``dest``: a path (written atomically, parents created:
    graph/atomic.py) or an open file (left open)."""
    if isinstance(dest, (str, os.PathLike)):
        with atomic_file(Path(dest), what=what, binary=True) as fh:
            yield fh
    elif isinstance(dest, io.TextIOBase):
        buf = io.BytesIO()
        yield buf
        dest.write(buf.getvalue().decode("utf-8"))
    else:
        yield dest  # type: ignore[misc]


@contextlib.contextmanager
def open_text(dest: Dest, *, what: str = "the export") -> Iterator[IO[str]]:
    """Yield a UTF-8 text stream for ``dest``: a path (written atomically, parents created:
    graph/atomic.py) or an open file (text or binary)."""
    if isinstance(dest, (str, os.PathLike)):
        with atomic_file(Path(dest), what=what, newline="") as fh:
            yield fh
    elif isinstance(dest, io.TextIOBase) or hasattr(dest, "encoding"):
        yield dest  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(dest, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()
