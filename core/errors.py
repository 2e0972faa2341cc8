"""One root exception and a few meaningful subclasses.

The CLI turns any :class:`NewsgraphError` into a one-line message and exit code 2.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Root of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input file, folder or record cannot be read; the message names it (file:line)."""


class ExtractionError(NewsgraphError):
    """The NLP pipeline cannot be loaded or fails on a document."""


class GraphFormatError(NewsgraphError):
    """A saved graph file is not in newsgraph's documented format."""


class QueryError(NewsgraphError):
    """A Cypher query is invalid or uses a feature the backend does not support."""


class StoreConnectionError(NewsgraphError):
    """A graph database (Neo4j) cannot be reached, authenticated or written."""
