"""KnowledgeGraph: the Python API's handle on the embedded graph."""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.core.models import Actor, Triple
from newsgraph.cypher.embedded import run_query
from newsgraph.graph.io import ingested_articles, load_graph, save_graph, to_dict
from newsgraph.graph.store import merge_triples


class KnowledgeGraph:
    """A canonical actor graph held in a NetworkX MultiDiGraph.

    >>> kg = KnowledgeGraph()
    >>> kg.add_triples(triples)          # idempotent
    >>> kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()

    # -- building -----------------------------------------------------------
    def add_triples(self, triples: Iterable[Triple]) -> int:
        """Merge relation mentions; returns the number of new evidence items (0 for a repeat)."""
        return merge_triples(self.graph, triples)

    @property
    def ingested(self) -> set[str]:
        """Ids of the articles built into this graph (saved as the file's ``articles`` list)."""

        return ingested_articles(self.graph)

    def mark_ingested(self, article_ids: Iterable[str]) -> None:
        """Record articles as built into the graph, also those that gave no relation."""
        self.graph.graph.setdefault("articles", set()).update(article_ids)

    # -- reading ------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run read-only Cypher on the embedded graph; rows as dicts in RETURN order."""

        return run_query(self.graph, cypher, params).records()

    def actors(self) -> list[Actor]:
        return [
            Actor(id=n, name=d["name"], type=d["type"], aliases=list(d["aliases"]), country=d.get("country"), role=d.get("role"))
            for n, d in sorted(self.graph.nodes(data=True))
        ]

    def actor(self, name: str) -> Actor | None:
        """Find an actor by canonical name or alias (case-insensitive)."""
        low = name.casefold()
        for a in self.actors():
            if a.name.casefold() == low or any(x.casefold() == low for x in a.aliases):
                return a
        return None

    def edges(self, *, include_negated: bool = False) -> list[tuple[str, str, str]]:
        """Distinct (subject name, TYPE, object name) edges, sorted."""
        g = self.graph
        return sorted(
            (g.nodes[u]["name"], d["type"], g.nodes[v]["name"])
            for u, v, d in g.edges(data=True)
            if include_negated or not d["negated"]
        )

    def stats(self) -> dict[str, Any]:
        g = self.graph
        articles = {a for _, d in g.nodes(data=True) for a in d.get("articles", [])}
        return {
            "actors": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "mentions": sum(d["weight"] for _, _, d in g.edges(data=True)),
            "articles": len(articles),
            "actors_by_type": dict(sorted(Counter(d["type"] for _, d in g.nodes(data=True)).items())),
            "edges_by_type": dict(sorted(Counter(d["type"] for _, _, d in g.edges(data=True)).items())),
            "edges_by_class": dict(sorted(Counter(d["class"] for _, _, d in g.edges(data=True)).items())),
            "negated_edges": sum(1 for _, _, d in g.edges(data=True) if d["negated"]),
            "top_actors": [
                {"name": g.nodes[n]["name"], "type": g.nodes[n]["type"], "mentions": g.nodes[n]["mentions"]}
                for n in sorted(g.nodes, key=lambda n: (-g.nodes[n]["mentions"], n))[:10]
            ],
        }

    # -- persistence --------------------------------------------------------
    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the graph file (JSON, docs/graph-format.md); atomic."""
        return save_graph(self.graph, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> "KnowledgeGraph":
        return cls(load_graph(path))

    def __eq__(self, other: object) -> bool:

        return isinstance(other, KnowledgeGraph) and to_dict(self.graph) == to_dict(other.graph)

    def __repr__(self) -> str:
        return f"KnowledgeGraph(actors={self.graph.number_of_nodes()}, edges={self.graph.number_of_edges()})"
