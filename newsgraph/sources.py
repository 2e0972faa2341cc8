"""Reading back from the source files a graph's evidence names (e.g. the article titles the HTML
view shows). Stands above both floors it joins: the graph (evidence) and the reader."""
from __future__ import annotations

import logging
import os

import networkx as nx

from newsgraph.extract.reader import read_paths
from newsgraph.graph.kg import KnowledgeGraph

log = logging.getLogger(__name__)


def titles_from_sources(g: KnowledgeGraph | nx.MultiDiGraph, *, limit: int = 500) -> dict[str, str]:
    """Article titles (article id -> title) read back from the source files named in the evidence, where they still exist.

    Sources are paths as given at build time (``file.jsonl:LINE`` for records),
    so this finds them when run from the same folder. Unreadable ones are skipped;
    at most ``limit`` files are read. Pass it as ``kg.view(path, titles=ng.titles_from_sources)``
    to show the titles in the page, as ``newsgraph view`` does.

    >>> import newsgraph as ng
    >>> titles = ng.titles_from_sources(ng.build("examples/wires.jsonl"))
    >>> all(isinstance(t, str) and t for t in titles.values()), len(titles) >= 1
    (True, True)
    """
    if isinstance(g, KnowledgeGraph):
        g = g.graph
    files: list[str] = []
    for _, _, d in g.edges(data=True):
        for e in d.get("evidence", []):
            src = str(e.get("source") or "")
            path = src if os.path.isfile(src) else src.rsplit(":", 1)[0]
            if path and os.path.isfile(path) and path not in files:
                files.append(path)
    wanted = {str(e.get("article_id")) for _, _, d in g.edges(data=True) for e in d.get("evidence", [])}
    found: dict[str, str] = {}
    for path in files[:limit]:
        try:
            for art in read_paths([path], on_error=lambda err: None):
                if art.id in wanted and art.title:
                    found[art.id] = art.title
        except Exception as exc:  # a title is a nicety: never fail the page for it
            log.info("no titles from %s: %s", path, exc)
    return found
