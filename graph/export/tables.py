"""Node and edge tables as CSV with ``neo4j-admin database import`` headers.

``write_csv(g, folder)`` writes ``nodes.csv`` and ``edges.csv``::

    id:ID,name,type,:LABEL,aliases:string[],country,role,mentions:int,articles:string[]
    country:russia,Russia,COUNTRY,Actor;Country,Moscow;Russia,RUS,,12,0a1b...;...

    :START_ID,:END_ID,:TYPE,key,label,class,negated:boolean,weight:int,articles:int,confidence:float,attributed:int,
    first_seen:date,last_seen:date,evidence_count:int,article_ids:string[],evidence

Import into an empty Neo4j database with::

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j

Arrays and ``:LABEL`` use neo4j-admin's default array delimiter ``;`` (a
``;`` inside an alias is written as ``,``); ``evidence`` is the edge's
evidence list as JSON text. Line breaks inside a value become spaces, so
every record is one line. An empty cell means "no value" (neo4j-admin sets
no property), never the string ``None``.
"""
from __future__ import annotations

import csv
import logging
import os
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.core.errors import NewsgraphError
from newsgraph.core.ontology import ACTOR_LABEL, ActorType
from newsgraph.graph.atomic import atomic_file
from newsgraph.graph.export.common import (
    browser_label,
    evidence_articles,
    evidence_json,
    sorted_edges,
    sorted_nodes,
)

__all__ = ["write_csv", "NODE_HEADER", "EDGE_HEADER"]

log = logging.getLogger(__name__)

NODE_HEADER = ["id:ID", "name", "type", ":LABEL", "aliases:string[]", "country", "role", "mentions:int", "articles:string[]"]
EDGE_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "key",
    "label",
    "class",
    "negated:boolean",
    "weight:int",
    "articles:int",
    "confidence:float",
    "attributed:int",
    "first_seen:date",
    "last_seen:date",
    "evidence_count:int",
    "article_ids:string[]",
    "evidence",
]


def _array(values: Any, delim: str) -> str:
    if not values:
        return ""
    if isinstance(values, (set, frozenset)):
        values = sorted(values)
    items = []
    for v in values:
        s = _one_line(str(v))
        if delim in s:
            log.warning("array item %r contains the CSV array delimiter %r; written with ',' instead", s, delim)
            s = s.replace(delim, ",")
        items.append(s)
    return delim.join(items)


def _one_line(s: str) -> str:
    # neo4j-admin reads one record per line unless --multiline-fields=true
    return " ".join(s.splitlines()) if ("\n" in s or "\r" in s) else s


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _one_line(str(value))


def _labels(type_: str) -> list[str]:
    try:
        return ["Actor", ACTOR_LABEL[ActorType(type_)]]
    except ValueError:
        return ["Actor"]


def write_csv(g: nx.MultiDiGraph, folder: str | os.PathLike[str], *, array_delimiter: str = ";") -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``folder`` (created); returns their paths.

    Both files are written to temporary files first and renamed into place only when both are
    complete (graph/atomic.py): a failure leaves the previous pair as it was.

    >>> write_csv(kg.graph, "out/csv")
    """
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise NewsgraphError(f"{out}: not a folder; the CSV export writes nodes.csv and edges.csv into a folder")
    nodes_path, edges_path = out / "nodes.csv", out / "edges.csv"
    with atomic_file(nodes_path, what="the CSV export", newline="") as nodes_fh, \
            atomic_file(edges_path, what="the CSV export", newline="") as edges_fh:
        w = csv.writer(nodes_fh)
        w.writerow(NODE_HEADER)
        for n, d in sorted_nodes(g):
            w.writerow(
                [
                    str(n),
                    _cell(d.get("name")),
                    _cell(d.get("type")),
                    array_delimiter.join(_labels(str(d.get("type")))),
                    _array(d.get("aliases"), array_delimiter),
                    _cell(d.get("country")),
                    _cell(d.get("role")),
                    _cell(int(d.get("mentions") or 0)),
                    _array(d.get("articles"), array_delimiter),
                ]
            )
        w = csv.writer(edges_fh)
        w.writerow(EDGE_HEADER)
        for u, v, k, d in sorted_edges(g):
            w.writerow(
                [
                    str(u),
                    str(v),
                    _cell(d.get("type")),
                    str(k),
                    _cell(browser_label(d)),
                    _cell(d.get("class")),
                    _cell(bool(d.get("negated"))),
                    _cell(int(d.get("weight") or 0)),
                    _cell(len(evidence_articles(d))),
                    _cell(d.get("confidence")),
                    _cell(int(d.get("attributed") or 0)),
                    _cell(d.get("first_seen")),
                    _cell(d.get("last_seen")),
                    _cell(len(d.get("evidence") or [])),
                    _array(evidence_articles(d), array_delimiter),
                    evidence_json(d) if d.get("evidence") else "",
                ]
            )
    return nodes_path, edges_path
