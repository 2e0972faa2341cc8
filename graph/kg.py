"""KnowledgeGraph: the Python API's handle on the embedded graph, with the CLI's verbs.

Every command of ``newsgraph`` that works on a graph is one method here (``export``,
``view``, ``stats``, ``query``, ``push``) or in :mod:`newsgraph.api`, and the CLI calls
the same methods. This module stands on the graph floor: it may not import the top
floor (``newsgraph.api``, ``newsgraph.sources``) nor ``extract/``, so what needs them
(titles read back from the sources for the view) comes in as a parameter.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import networkx as nx

from newsgraph.core.errors import ActorNotFoundError, UsageError
from newsgraph.core.models import Actor, Evidence, Triple
from newsgraph.cypher.embedded import run_query
from newsgraph.graph import frames
from newsgraph.graph.export import FORMATS
from newsgraph.graph.export import export as _export
from newsgraph.graph.filters import filter_graph
from newsgraph.graph.io import ingested_articles, load_graph, save_graph, to_dict
from newsgraph.graph.neo4j.store import Neo4jStore, PushReport, open_store
from newsgraph.graph.report import write_report
from newsgraph.graph.store import merge_triples
from newsgraph.graph.view import write_html

if TYPE_CHECKING:  # pragma: no cover - for the annotations only
    import pandas as pd

__all__ = ["Edge", "KnowledgeGraph", "Titles", "export_format"]

PathLike = Union[str, "os.PathLike[str]"]
#: A filter value: one name, a comma-separated string, or several names.
Names = Union[str, Iterable[str], None]
#: A date bound: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a ``datetime.date``.
DateBound = Union[str, date, None]
#: What ``view(titles=...)`` takes: article id -> title, or a function of the shown graph that gives them.
Titles = Union[Mapping[str, str], Callable[["KnowledgeGraph"], Mapping[str, str]], None]


def export_format(path: PathLike, format: str | None = None) -> str:
    """The export format for ``path``: ``format`` lower-cased when given, else the one its suffix
    names (:data:`newsgraph.graph.export.FORMATS`), else ``""``. The name is not checked.

    >>> export_format("out/actors.GEXF"), export_format("out/import", "CSV"), export_format("out/x.dot")
    ('gexf', 'csv', '')
    """
    suffix = Path(path).suffix.lower()
    return (format or "").lower() or next((f for f, sfx in FORMATS.items() if sfx and suffix == sfx), "")


class Edge(tuple[str, str, str]):
    """One edge of the graph: ``(subject name, TYPE, object name)``, with its data as attributes.

    It compares (and sorts) as that plain 3-tuple, so ``("Iran", "SUPPORTS", "Houthis") in
    kg.edges()`` works; ``negated``, ``weight``, ``confidence``, ``first_seen``, ``last_seen``,
    ``relation_class``, ``attributed``, ``evidence`` and the actor ids tell the rest.

    >>> import newsgraph as ng
    >>> kg = ng.build("examples/")
    >>> edge = next(e for e in kg.edges() if e == ("Iran", "SUPPORTS", "Houthis"))
    >>> subject, relation, obj = edge
    >>> edge.subject_id, edge.relation_class, edge.negated, edge.weight == len(edge.evidence)
    ('country:iran', 'cooperative', False, True)
    """

    subject_id: str
    """The subject actor's id (``country:iran``), the graph's node key."""
    object_id: str
    """The object actor's id, the graph's node key."""
    data: dict[str, Any]
    """The edge's attributes in ``kg.graph`` (docs/graph-format.md), not a copy."""

    def __new__(cls, subject: str, type: str, object: str, *, subject_id: str = "", object_id: str = "",
                data: dict[str, Any] | None = None) -> Edge:
        self = super().__new__(cls, (subject, type, object))
        self.subject_id, self.object_id = subject_id, object_id
        self.data = data if data is not None else {"type": type}
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return tuple(self), {"subject_id": self.subject_id, "object_id": self.object_id, "data": self.data}

    @classmethod
    def of(cls, g: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> Edge:
        """The edge ``u -> v`` with data ``d`` of the NetworkX graph ``g``.

        >>> import networkx as nx
        >>> g = nx.MultiDiGraph(); g.add_node("a", name="A"); g.add_node("b", name="B")
        >>> Edge.of(g, "a", "b", {"type": "MEETS"})
        ('A', 'MEETS', 'B')
        """
        return cls(g.nodes[u]["name"], d["type"], g.nodes[v]["name"], subject_id=u, object_id=v, data=d)

    @property
    def subject(self) -> str:
        """The subject actor's canonical name.

        >>> Edge("Iran", "SUPPORTS", "Houthis").subject
        'Iran'
        """
        return self[0]

    @property
    def type(self) -> str:
        """The relation type (one of :class:`~newsgraph.core.ontology.RelationType`).

        >>> Edge("Iran", "SUPPORTS", "Houthis").type
        'SUPPORTS'
        """
        return self[1]

    @property
    def object(self) -> str:
        """The object actor's canonical name.

        >>> Edge("Iran", "SUPPORTS", "Houthis").object
        'Houthis'
        """
        return self[2]

    @property
    def negated(self) -> bool:
        """True when the mentions deny the relation ("X did *not* attack Y").

        >>> Edge("Iran", "SUPPORTS", "Houthis", data={"negated": True}).negated
        True
        """
        return bool(self.data.get("negated"))

    @property
    def weight(self) -> int:
        """Number of distinct supporting mentions.

        >>> Edge("Iran", "SUPPORTS", "Houthis", data={"weight": 3}).weight
        3
        """
        return int(self.data.get("weight") or 0)

    @property
    def confidence(self) -> float:
        """The highest mention confidence.

        >>> Edge("Iran", "SUPPORTS", "Houthis", data={"confidence": 0.8}).confidence
        0.8
        """
        return float(self.data.get("confidence") or 0.0)

    @property
    def relation_class(self) -> str:
        """``cooperative``, ``conflictual`` or ``structural``.

        >>> Edge("Iran", "SUPPORTS", "Houthis", data={"class": "cooperative"}).relation_class
        'cooperative'
        """
        return str(self.data.get("class") or "")

    @property
    def first_seen(self) -> str | None:
        """The earliest date among the mentions (ISO), or None.

        >>> Edge("Iran", "SUPPORTS", "Houthis", data={"first_seen": "2018-06-14"}).first_seen
        '2018-06-14'
        """
        return self.data.get("first_seen")

    @property
    def last_seen(self) -> str | None:
        """The latest date among the mentions (ISO), or None.

        >>> Edge("Iran", "SUPPORTS", "Houthis").last_seen is None
        True
        """
        return self.data.get("last_seen")

    @property
    def attributed(self) -> int:
        """How many of the mentions are only someone's claim.

        >>> Edge("Iran", "SUPPORTS", "Houthis", data={"attributed": 1}).attributed
        1
        """
        return int(self.data.get("attributed") or 0)

    @property
    def evidence(self) -> list[Evidence]:
        """The mentions behind the edge, sorted by (article, offset).

        >>> Edge("Iran", "SUPPORTS", "Houthis").evidence
        []
        """
        return [Evidence(**e) for e in self.data.get("evidence", [])]


class KnowledgeGraph:
    """A canonical actor graph held in a NetworkX MultiDiGraph (``kg.graph``, docs/graph-format.md).

    ``ng.build`` makes one and ``ng.load`` reads one; every method below is one of the
    CLI's verbs (the table in :mod:`newsgraph`).

    >>> import newsgraph as ng
    >>> kg = ng.build("examples/")
    >>> {"a.name": "Iran", "b.name": "Houthis"} in kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
    True
    >>> kg.graph.number_of_nodes() == len(kg.actors())
    True
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        """Wrap ``graph`` (a MultiDiGraph in newsgraph's schema), or start an empty graph.

        >>> KnowledgeGraph()
        KnowledgeGraph(actors=0, edges=0)
        """
        self.graph: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()
        """The ``networkx.MultiDiGraph`` itself: nodes are actors, edges relations (docs/graph-format.md)."""

    # -- building -----------------------------------------------------------
    def add_triples(self, triples: Iterable[Triple]) -> int:
        """Merge relation mentions; returns the number of new evidence items (0 for a repeat).

        >>> import newsgraph as ng
        >>> triples = ng.extract_text("Iran backs the Houthis.")
        >>> kg = ng.KnowledgeGraph()
        >>> kg.add_triples(triples) == len(triples), kg.add_triples(triples)
        (True, 0)
        """
        return merge_triples(self.graph, triples)

    @property
    def ingested(self) -> set[str]:
        """Ids of the articles built into this graph (saved as the file's ``articles`` list).

        >>> import newsgraph as ng
        >>> len(ng.build("examples/red_sea_ports.txt").ingested) >= 1
        True
        """
        return ingested_articles(self.graph)

    def mark_ingested(self, article_ids: Iterable[str]) -> None:
        """Record articles as built into the graph, also those that gave no relation.

        >>> kg = KnowledgeGraph(); kg.mark_ingested(["0b6e2f4c9a1d7e35"]); kg.ingested
        {'0b6e2f4c9a1d7e35'}
        """
        self.graph.graph.setdefault("articles", set()).update(article_ids)

    # -- reading ------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run read-only Cypher on the embedded graph; rows as dicts in RETURN order.

        The CLI's ``newsgraph query GRAPHFILE CYPHER``. Raises
        :class:`~newsgraph.core.errors.QueryError` for invalid Cypher.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> rows = kg.query("MATCH (a {name: $name})-[r:CONTROLS]->(b) RETURN b.name AS place", {"name": "Houthis"})
        >>> {"place": "Hodeidah"} in rows
        True
        """
        return run_query(self.graph, cypher, params).records()

    def actors(self) -> list[Actor]:
        """Every actor, sorted by id.

        >>> import newsgraph as ng
        >>> "Iran" in [a.name for a in ng.build("examples/").actors() if a.type == "COUNTRY"]
        True
        """
        return [
            Actor(id=n, name=d["name"], type=d["type"], aliases=list(d["aliases"]), country=d.get("country"), role=d.get("role"))
            for n, d in sorted(self.graph.nodes(data=True))
        ]

    def actor(self, name: str) -> Actor | None:
        """Find an actor by canonical name or alias (case-insensitive); None when there is none.

        >>> import newsgraph as ng
        >>> ng.build("examples/").actor("tehran").name
        'Iran'
        """
        low = name.casefold()
        for a in self.actors():
            if a.name.casefold() == low or any(x.casefold() == low for x in a.aliases):
                return a
        return None

    def _actor_ids(self, name: str) -> set[str]:
        low = name.casefold()
        ids = {n for n, d in self.graph.nodes(data=True)
               if str(d.get("name", "")).casefold() == low or any(str(x).casefold() == low for x in d.get("aliases") or [])}
        if not ids:
            raise ActorNotFoundError(f"no actor named {name!r} in the graph")
        return ids

    def edges(
        self,
        *,
        type: Names = None,
        since: DateBound = None,
        until: DateBound = None,
        include_negated: bool = False,
    ) -> list[Edge]:
        """The edges as :class:`Edge` tuples ``(subject name, TYPE, object name)``, sorted.

        ``type``: relation type(s) to keep; ``since`` / ``until``: inclusive dates
        (``YYYY[-MM[-DD]]``) — an edge is kept with the mentions in that period (its
        ``weight`` and dates counted over them; undated mentions never pass), as in
        :meth:`filter`. Negated edges are left out unless ``include_negated``.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> ("Houthis", "CONTROLS", "Hodeidah") in kg.edges()
        True
        >>> all(e.type in ("ATTACKS", "SUPPORTS") for e in kg.edges(type="ATTACKS,SUPPORTS", since="2018"))
        True
        """
        g = self.graph
        if type is not None or since is not None or until is not None:
            g = filter_graph(g, types=type, since=since, until=until, include_negated=include_negated)
        found = [Edge.of(g, u, v, d) for u, v, d in g.edges(data=True) if include_negated or not d["negated"]]
        return sorted(found, key=lambda e: (*e, e.negated))

    def evidence(self, a: str, b: str, *, type: Names = None, include_negated: bool = True) -> list[tuple[Edge, Evidence]]:
        """Why do edges from ``a`` to ``b`` exist? Each mention behind them, with its edge.

        ``a`` and ``b`` are names or aliases (case-insensitive); every relation type
        unless ``type`` names some; mentions that deny a relation are included (the
        edge's ``negated`` says so) unless ``include_negated`` is false. Sorted by
        (relation, negated, date, source). Raises
        :class:`~newsgraph.core.errors.ActorNotFoundError` for an unknown name.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> why = kg.evidence("Iran", "Houthis")
        >>> ("SUPPORTS", False) in {(edge.type, edge.negated) for edge, ev in why}
        True
        >>> any("Iran supports the Houthis" in ev.sentence for edge, ev in why)
        True
        """
        sources, targets = self._actor_ids(a), self._actor_ids(b)
        g = self.graph
        if type is not None:
            g = filter_graph(g, types=type, include_negated=True)
        found = []
        for u in sources & set(g.nodes):
            for _, v, d in g.out_edges(u, data=True):
                if v in targets and (include_negated or not d.get("negated")):
                    edge = Edge.of(g, u, v, d)
                    found += [(edge, ev) for ev in edge.evidence]
        return sorted(found, key=lambda p: (p[0].type, p[0].negated, p[1].date or "", p[1].source, p[1].char_start))

    def stats(self) -> dict[str, Any]:
        """Counts: actors, edges, mentions, articles, by type and class, and the top actors.

        The CLI's ``newsgraph stats`` (``--json`` prints this dict).

        >>> import newsgraph as ng
        >>> st = ng.build("examples/").stats()
        >>> sorted(st)[:4], st["edges"] >= st["negated_edges"]
        (['actors', 'actors_by_type', 'articles', 'edges'], True)
        """
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
            # what export / view / filter show by default (negated edges and the actors seen only in them left out)
            "without_negated": {"actors": len({n for u, v, d in g.edges(data=True) if not d["negated"] for n in (u, v)}),
                                "edges": sum(1 for _, _, d in g.edges(data=True) if not d["negated"])},
            "top_actors": [
                {"name": g.nodes[n]["name"], "type": g.nodes[n]["type"], "mentions": g.nodes[n]["mentions"]}
                for n in sorted(g.nodes, key=lambda n: (-g.nodes[n]["mentions"], n))[:10]
            ],
        }

    # -- selecting and writing for other tools -------------------------------
    def filter(
        self,
        *,
        classes: Names = None,
        types: Names = None,
        min_weight: int = 1,
        min_confidence: float = 0.0,
        since: DateBound = None,
        until: DateBound = None,
        actor_types: Names = None,
        include_negated: bool = False,
    ) -> KnowledgeGraph:
        """A filtered copy (this graph is not changed): the CLI's filter options as keywords.

        ``classes`` (``cooperative``, ``conflictual``, ``structural``), ``types`` (relation
        types) and ``actor_types`` (both ends must have one) take a name, a comma-separated
        string or a list. ``since`` / ``until`` are inclusive, ``YYYY[-MM[-DD]]``: edges keep
        the mentions in that period and their ``weight`` counts only those; so does
        ``min_confidence``. Edges with fewer than ``min_weight`` mentions, negated edges
        (unless ``include_negated``) and actors left without an edge are dropped
        (docs/exports.md). Raises :class:`~newsgraph.core.errors.FilterError` for an unknown
        name or an unreadable date.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> conflict = kg.filter(classes="conflictual", min_weight=1)
        >>> {e.relation_class for e in conflict.edges()}
        {'conflictual'}
        >>> conflict.graph.number_of_nodes() < kg.graph.number_of_nodes()
        True
        """
        return KnowledgeGraph(filter_graph(
            self.graph, classes=classes, types=types, min_weight=min_weight, min_confidence=min_confidence,
            since=since, until=until, actor_types=actor_types, include_negated=include_negated,
        ))

    def export(
        self,
        path: PathLike,
        format: str | None = None,
        *,
        classes: Names = None,
        types: Names = None,
        min_weight: int = 1,
        min_confidence: float = 0.0,
        since: DateBound = None,
        until: DateBound = None,
        actor_types: Names = None,
        include_negated: bool = False,
    ) -> KnowledgeGraph:
        """Write the graph for another tool; returns the graph written (after the filters).

        The CLI's ``newsgraph export``. ``format``: ``gexf`` (Gephi, GEXF 1.3 with a
        timeline), ``graphml`` (yEd, Cytoscape), ``csv`` (neo4j-admin import: ``path`` is a
        folder), ``json`` (node-link, d3), ``cypher`` (a cypher-shell script) or ``events``
        (the event table, one row per mention with its CAMEO code, Goldstein score and PLOVER
        event; a ``.csv`` file); by default the one ``path``'s suffix names. The filters are those of :meth:`filter`.
        Raises :class:`~newsgraph.core.errors.UsageError` when the format is unknown or
        cannot be told, :class:`~newsgraph.core.errors.FilterError` for a bad filter, and
        ``OSError`` when the file cannot be written.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> written = kg.export("out/conflict.gexf", classes="conflictual")
        >>> written == kg.filter(classes="conflictual")
        True
        >>> _ = kg.export("out/import", "csv")       # nodes.csv and edges.csv for neo4j-admin
        """
        fmt = export_format(path, format)
        choices = ", ".join(FORMATS)
        if not fmt:
            raise UsageError(f"cannot tell the export format from {Path(path).name!r}: give format= (one of: {choices})")
        if fmt not in FORMATS:
            raise UsageError(f"unknown export format {fmt!r} (one of: {choices})")
        return KnowledgeGraph(_export(
            self.graph, fmt, path, classes=classes, types=types, min_weight=min_weight, min_confidence=min_confidence,
            since=since, until=until, actor_types=actor_types, include_negated=include_negated,
        ))

    def view(
        self,
        path: PathLike,
        *,
        titles: Titles = None,
        title: str = "newsgraph",
        classes: Names = None,
        types: Names = None,
        min_weight: int = 1,
        min_confidence: float = 0.0,
        since: DateBound = None,
        until: DateBound = None,
        actor_types: Names = None,
        include_negated: bool = False,
    ) -> KnowledgeGraph:
        """Write one self-contained HTML page to explore the graph; returns the graph shown.

        The CLI's ``newsgraph view``. ``titles`` gives the article titles shown with the
        evidence: a mapping of article id to title, or a function of the shown (filtered)
        graph that returns one — :func:`newsgraph.titles_from_sources` reads them back
        from the source files, as the CLI does. ``title`` is the page's title; the
        filters are those of :meth:`filter`. Raises ``OSError`` when the page cannot be written.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> shown = kg.view("out/graph.html", titles=ng.titles_from_sources, types="ATTACKS,SUPPORTS")
        >>> sorted({e.type for e in shown.edges()})
        ['ATTACKS', 'SUPPORTS']
        """
        sub = self.filter(
            classes=classes, types=types, min_weight=min_weight, min_confidence=min_confidence,
            since=since, until=until, actor_types=actor_types, include_negated=include_negated,
        )
        found = titles(sub) if callable(titles) else (titles or {})
        write_html(sub.graph, path, titles=found, title=title)
        return sub

    def report(
        self,
        path: PathLike,
        *,
        title: str = "newsgraph report",
        top: int = 12,
        classes: Names = None,
        types: Names = None,
        since: DateBound = None,
        until: DateBound = None,
        actor_types: Names = None,
        include_negated: bool = False,
    ) -> dict[str, Any]:
        """Draw the report — top actors, relation mix, mentions over time by relation class — as
        ``.html`` (the figure inline with its tables), ``.png`` or ``.svg``; returns its numbers.

        The CLI's ``newsgraph report``; the filters are those of :meth:`filter`. Needs matplotlib
        (``pip install 'newsgraph[report]'``); without it raises
        :class:`~newsgraph.core.errors.MissingDependencyError`, and
        :class:`~newsgraph.core.errors.UsageError` for another suffix.

        >>> import newsgraph as ng
        >>> numbers = ng.build("examples/").report("out/report.png")
        >>> sorted(numbers)[:3], numbers["timeline"]["unit"]
        (['actors', 'articles', 'edges'], 'month')
        """
        sub = self.filter(classes=classes, types=types, since=since, until=until, actor_types=actor_types,
                          include_negated=include_negated)
        return write_report(sub.graph, path, title=title, top=top)

    # -- Neo4j --------------------------------------------------------------
    def push(
        self,
        uri: str | Neo4jStore | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int | None = None,
        evidence: str = "full",
        replace: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> PushReport:
        """Write the graph into Neo4j (merge: pushing twice changes nothing); returns what was written.

        The CLI's ``newsgraph push``. ``uri`` is a Bolt URI (then ``user``, ``password``,
        ``database`` or the ``NEO4J_*`` environment variables, else the local development
        server; the connection is closed afterwards) or an open store from
        :func:`newsgraph.open_neo4j` (left open). ``evidence="keys"`` writes the actor
        layer only; ``replace`` deletes everything in the database first;
        ``progress(done, total)`` is called after each committed batch (docs/neo4j.md).
        Raises :class:`~newsgraph.core.errors.StoreConnectionError` when the server cannot
        be reached or written.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> report = kg.push("bolt://127.0.0.1:7687")  # doctest: +SKIP
        >>> report.relationships == kg.graph.number_of_edges()  # doctest: +SKIP
        True
        """
        if isinstance(uri, Neo4jStore):
            return self._push_to(uri, batch_size, evidence, replace, progress)
        kw: dict[str, Any] = {} if batch_size is None else {"batch_size": batch_size}
        with open_store(uri, user, password, database, **kw) as store:
            return self._push_to(store, None, evidence, replace, progress)

    def _push_to(self, store: Neo4jStore, batch_size: int | None, evidence: str, replace: bool,
                 progress: Callable[[int, int], None] | None) -> PushReport:
        if replace:
            store.clear()
        return store.push_graph(self.graph, batch_size=batch_size, evidence=evidence, progress=progress)

    # -- DataFrames (pandas, an optional extra) -------------------------------
    def actors_frame(self) -> pd.DataFrame:
        """One row per actor: id, name, type, country, aliases, mentions, articles, first_seen, last_seen.

        Typed columns (:data:`newsgraph.graph.frames.ACTOR_COLUMNS`): ``type`` is a category,
        counts ``int64``, dates ``datetime64[ns]``. Needs pandas (``pip install
        'newsgraph[pandas]'``); without it raises :class:`~newsgraph.core.errors.MissingDependencyError`.

        >>> import newsgraph as ng
        >>> df = ng.build("examples/").actors_frame()
        >>> df.loc[df.name == "Iran", ["type", "country"]].values.tolist()
        [['COUNTRY', 'IRN']]
        >>> str(df.dtypes["mentions"]), str(df.dtypes["first_seen"])
        ('int64', 'datetime64[ns]')
        """
        return frames.actors_frame(self.graph)

    def edges_frame(self, *, include_negated: bool = False) -> pd.DataFrame:
        """One row per edge: subject, type, object, class, negated, weight, confidence, attributed, dates, ids.

        Typed columns (:data:`newsgraph.graph.frames.EDGE_COLUMNS`). Negated edges are left
        out unless ``include_negated``. Needs pandas, as :meth:`actors_frame`.

        >>> import newsgraph as ng
        >>> df = ng.build("examples/").edges_frame()
        >>> df.groupby("class", observed=True)["weight"].sum().index.tolist()
        ['cooperative', 'conflictual', 'structural']
        >>> str(df.dtypes["last_seen"])
        'datetime64[ns]'
        """
        return frames.edges_frame(self.graph, include_negated=include_negated)

    def mentions_frame(self, *, include_negated: bool = False) -> pd.DataFrame:
        """One row per relation mention (evidence item): the edge, the date, the sentence, where it is.

        Typed columns (:data:`newsgraph.graph.frames.MENTION_COLUMNS`); ``len(mentions_frame())``
        is the sum of the edges' weights. Needs pandas, as :meth:`actors_frame`.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> df = kg.mentions_frame()
        >>> len(df) == int(kg.edges_frame()["weight"].sum())
        True
        >>> str(df["date"].dtype), bool((df["date"].dropna().dt.year >= 2000).all())
        ('datetime64[ns]', True)
        """
        return frames.mentions_frame(self.graph, include_negated=include_negated)

    # -- persistence --------------------------------------------------------
    def save(self, path: PathLike) -> Path:
        """Write the graph file (JSON, docs/graph-format.md); atomic. Returns the path.

        The file ``newsgraph build -o`` writes: the same graph gives the same bytes.

        >>> import newsgraph as ng
        >>> kg = ng.build("examples/")
        >>> ng.load(kg.save("out/examples.graph.json")) == kg
        True
        """
        return save_graph(self.graph, path)

    @classmethod
    def load(cls, path: PathLike, *, progress: Callable[[int, int], None] | None = None) -> KnowledgeGraph:
        """Read a graph file; ``progress(bytes read, size)`` is called while it loads.

        Raises :class:`~newsgraph.core.errors.GraphFormatError` for a missing file or
        one not in the format.

        >>> import newsgraph as ng
        >>> path = ng.build("examples/").save("out/examples.graph.json")
        >>> KnowledgeGraph.load(path) == ng.load(path)
        True
        """
        return cls(load_graph(path, progress=progress))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KnowledgeGraph) and to_dict(self.graph) == to_dict(other.graph)

    def __repr__(self) -> str:
        return f"KnowledgeGraph(actors={self.graph.number_of_nodes()}, edges={self.graph.number_of_edges()})"
