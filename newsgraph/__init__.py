"""newsgraph: news articles in, a knowledge graph of actors and what they do to each other out.

The Python API is this page: the functions below and the methods of `KnowledgeGraph`.
It has the same verbs as the command line, and each command calls the function or
method beside it (so both give the same graph file and the same exports):

| command | one call in Python |
|---|---|
| `newsgraph extract PATHS` | `ng.extract_paths(paths)` (or `ng.extract_text(text)`) |
| `newsgraph build PATHS -o G.json` | `ng.build(paths).save("G.json")` |
| `newsgraph build PATHS -o G.json --append` | `ng.build(paths, graph=ng.load("G.json")).save("G.json")` |
| `newsgraph build PATHS --neo4j URI` | `ng.build(paths, on_batch=lambda delta: delta.push(store))` with `store = ng.open_neo4j(URI)` |
| `newsgraph stats G.json` | `ng.load("G.json").stats()` |
| `newsgraph query G.json CYPHER` | `ng.load("G.json").query(cypher)` |
| `newsgraph query --neo4j URI CYPHER` | `ng.open_neo4j(URI).query(cypher)` |
| `newsgraph export G.json -o out.gexf --class conflictual --since 2016` | `ng.load("G.json").export("out.gexf", classes="conflictual", since="2016")` |
| `newsgraph view G.json -o graph.html` | `ng.load("G.json").view("graph.html", titles=ng.titles_from_sources)` |
| `newsgraph report G.json -o report.html` | `ng.load("G.json").report("report.html")` |
| `newsgraph push G.json --neo4j URI` | `ng.push(ng.load("G.json"), URI)` (or `kg.push(URI)`) |
| `newsgraph eval --gold GOLD --aliases ALIASES PATHS` | `ng.evaluate(gold, aliases, paths)` |
| `newsgraph build PATHS --actors A.csv --overrides O.csv --date 2024-03-01` | `ng.build(paths, actors="A.csv", overrides="O.csv", date="2024-03-01")` |
| `newsgraph overrides apply G.json O.csv` | `ng.apply_overrides(ng.load("G.json"), "O.csv").save("G.json")` |

Every option of a command is a keyword argument of its call (`--min-weight 2` is
`min_weight=2`, `--actor-type COUNTRY` is `actor_types="COUNTRY"`). What has no command:
`kg.filter(...)` (a filtered copy), `kg.edges(type=..., since=...)`, `kg.evidence(a, b)`
("why does this edge exist?"), and DataFrames with `kg.actors_frame()`,
`kg.edges_frame()`, `kg.mentions_frame()` (`pip install 'newsgraph[pandas]'`).

Errors are the exception classes below, all subclasses of `NewsgraphError`
(plus `OSError` when a file cannot be written); the API never prints or exits.

>>> import newsgraph as ng
>>> kg = ng.build(["examples/"])
>>> {"a.name": "Iran", "b.name": "Houthis"} in kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
True
>>> conflict = kg.export("out/conflict.gexf", classes="conflictual")
>>> {ev.date for _, ev in kg.evidence("Houthis", "Hodeidah")}      # why does this edge exist?
{'2018-06-14'}

The examples run from the repository's root (they read `examples/` and write under
`out/`); the test suite runs them all (tests/test_api_reference.py).
"""
from __future__ import annotations

from newsgraph.api import (
    BuildReport,
    apply_overrides,
    build,
    evaluate,
    extract_paths,
    extract_text,
    load,
    open_neo4j,
    push,
)
from newsgraph.core.errors import (
    ActorNotFoundError,
    ExtractionError,
    FilterError,
    GraphFormatError,
    InputError,
    MissingDependencyError,
    NewsgraphError,
    QueryError,
    StoreConnectionError,
    UsageError,
)
from newsgraph.core.models import Actor, Article, Evidence, Triple
from newsgraph.core.ontology import ActorType, RelationClass, RelationType
from newsgraph.core.results import QueryResult
from newsgraph.evaluation import EvaluationReport
from newsgraph.graph.export import ACTOR_COLORS as _ACTOR_COLORS
from newsgraph.graph.export import CLASS_COLORS as _CLASS_COLORS
from newsgraph.graph.export import FORMATS as _FORMATS
from newsgraph.graph.kg import Edge, KnowledgeGraph
from newsgraph.graph.neo4j.store import Neo4jStore, PushReport
from newsgraph.sources import titles_from_sources

__version__ = "0.1.0"

ACTOR_COLORS: dict[str, str] = _ACTOR_COLORS
"""The colour (hex) of each actor type in every export, the HTML view and the Neo4j Browser style.

>>> import newsgraph as ng
>>> sorted(ng.ACTOR_COLORS) == sorted(t.value for t in ng.ActorType)
True
"""

CLASS_COLORS: dict[str, str] = _CLASS_COLORS
"""The colour (hex) of each relation class (cooperative, conflictual, structural) in every export.

>>> import newsgraph as ng
>>> sorted(ng.CLASS_COLORS)
['conflictual', 'cooperative', 'structural']
"""

EXPORT_FORMATS: dict[str, str] = _FORMATS
"""What `KnowledgeGraph.export` writes: format name -> the file suffix that selects it ("" for csv, a folder;
``.csv`` selects the event table).

>>> import newsgraph as ng
>>> list(ng.EXPORT_FORMATS)
['gexf', 'graphml', 'csv', 'json', 'cypher', 'events']
"""

__all__ = [
    # functions: one per CLI command (the table above)
    "apply_overrides",
    "build",
    "evaluate",
    "extract_paths",
    "extract_text",
    "load",
    "open_neo4j",
    "push",
    "titles_from_sources",
    # the graph and what its methods return
    "KnowledgeGraph",
    "Edge",
    "BuildReport",
    "EvaluationReport",
    "Neo4jStore",
    "PushReport",
    "QueryResult",
    # the data model
    "Actor",
    "ActorType",
    "Article",
    "Evidence",
    "RelationClass",
    "RelationType",
    "Triple",
    # constants
    "ACTOR_COLORS",
    "CLASS_COLORS",
    "EXPORT_FORMATS",
    # errors
    "NewsgraphError",
    "ActorNotFoundError",
    "ExtractionError",
    "FilterError",
    "GraphFormatError",
    "InputError",
    "MissingDependencyError",
    "QueryError",
    "StoreConnectionError",
    "UsageError",
]
