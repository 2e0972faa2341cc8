"""newsgraph: news articles in, a knowledge graph of actors and what they do to each other out.

>>> import newsgraph as ng
>>> kg = ng.build(["examples/"])
>>> kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
"""
from __future__ import annotations

from newsgraph.api import BuildReport, build, extract_text, load
from newsgraph.core.errors import (
    ExtractionError,
    GraphFormatError,
    InputError,
    NewsgraphError,
    QueryError,
    StoreConnectionError,
)
from newsgraph.core.models import Actor, Article, Evidence, Triple
from newsgraph.core.ontology import ActorType, RelationClass, RelationType
from newsgraph.graph.kg import KnowledgeGraph

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
    "extract_text",
    "load",
]
