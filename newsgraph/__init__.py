"""newsgraph: news articles in, a knowledge graph of actors and what they do to each other out.

>>> import newsgraph as ng
>>> kg = ng.build(["examples/"])
>>> kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
"""
from __future__ import annotations

from newsgraph import extract  # the subpackage, callable: ng.extract(text)
from newsgraph.api import BuildReport, build, load
from newsgraph.errors import (
    ExtractionError,
    GraphFormatError,
    InputError,
    NewsgraphError,
    QueryError,
    StoreConnectionError,
)
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.models import Actor, Article, Evidence, Triple
from newsgraph.ontology import ActorType, RelationClass, RelationType

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorType",
    "Article",
    "BuildReport",
    "Evidence",
    "ExtractionError",
    "GraphFormatError",
    "InputError",
    "KnowledgeGraph",
    "NewsgraphError",
    "QueryError",
    "RelationClass",
    "RelationType",
    "StoreConnectionError",
    "Triple",
    "build",
    "extract",
    "load",
]
