"""Write the actor graph for other tools: Gephi (GEXF), GraphML, Neo4j CSV, node-link JSON, a Cypher script,
and the event table (one row per mention, GDELT-style).

Every writer is a plain function taking the graph and a path or an open file::

    from newsgraph.graph.export import export, write_gexf
    write_gexf(kg.graph, "actors.gexf")
    export(kg.graph, "gexf", "conflict-2016.gexf", classes="conflictual", since="2016", until="2016", min_weight=2)

:func:`export` applies :func:`newsgraph.graph.filters.filter_graph` first; the
``write_*`` functions write the graph they are given.
"""
from __future__ import annotations

import os
from typing import Any

import networkx as nx

from newsgraph.core.errors import NewsgraphError
from newsgraph.graph.export.common import ACTOR_COLORS, CLASS_COLORS, Dest
from newsgraph.graph.export.events import write_events
from newsgraph.graph.export.gexf import write_gexf
from newsgraph.graph.export.graphml import write_graphml
from newsgraph.graph.export.nodelink import write_json
from newsgraph.graph.export.tables import write_csv
from newsgraph.graph.filters import filter_graph
from newsgraph.graph.neo4j.script import write_cypher_script

__all__ = [
    "FORMATS",
    "ACTOR_COLORS",
    "CLASS_COLORS",
    "export",
    "write_csv",
    "write_events",
    "write_gexf",
    "write_graphml",
    "write_json",
]

#: Format name -> file suffix ("" for csv: a folder; a ``.csv`` file is the event table).
FORMATS: dict[str, str] = {
    "gexf": ".gexf", "graphml": ".graphml", "csv": "", "json": ".json", "cypher": ".cypher", "events": ".csv",
}


def export(g: nx.MultiDiGraph, fmt: str, dest: Dest, **filters: Any) -> nx.MultiDiGraph:
    """Filter ``g`` (keyword arguments of ``filter_graph``) and write it as ``fmt``; returns the written graph.

    ``dest`` is a file path or open file, or a folder for ``csv``.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise NewsgraphError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    sub = filter_graph(g, **filters)
    if fmt == "gexf":
        write_gexf(sub, dest)
    elif fmt == "graphml":
        write_graphml(sub, dest)
    elif fmt == "json":
        write_json(sub, dest)
    elif fmt == "cypher":
        write_cypher_script(sub, dest)  # type: ignore[arg-type]
    elif fmt == "events":
        write_events(sub, dest)
    else:
        if not isinstance(dest, (str, os.PathLike)):
            raise NewsgraphError("csv export writes two files: give a folder path, not an open file")
        write_csv(sub, dest)
    return sub
