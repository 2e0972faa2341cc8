"""Cypher on the embedded NetworkX graph: newsgraph's own read-only openCypher engine.

``run_query`` parses the query once (cypher/lexer.py, cypher/parser.py), plans its clauses
(cypher/clauses.py, cypher/match.py) and streams the rows through them, under a time limit and a
row budget (cypher/limits.py). The semantics are Neo4j's (docs/cypher.md): any direction and
variable-length patterns, OPTIONAL MATCH, WITH, UNWIND, aggregation, CASE, list
comprehensions, quantifiers, paths and shortest paths, null three-valued logic, UNION.

Every query either runs with Neo4j's answer or fails with a one-line :class:`QueryError`:
writes are refused (the embedded graph is read-only), and what the engine does not implement
is named ("the embedded Cypher engine does not support CALL procedures; run this query on
Neo4j"). Comments and string literals are never read as keywords: the lexer makes them tokens.
"""
from __future__ import annotations

import gc
from typing import Any

import networkx as nx

from newsgraph.core.errors import QueryError
from newsgraph.core.results import QueryResult
from newsgraph.cypher.clauses import Planner
from newsgraph.cypher.evaluate import Context, output
from newsgraph.cypher.limits import Limits, QueryLimitError
from newsgraph.cypher.parser import parse

__all__ = ["run_query", "check_query", "execute"]


def _param(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_param(v) for v in value]
    if isinstance(value, list):
        return [_param(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _param(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise QueryError(f"parameter of type {type(value).__name__} is not supported by the embedded backend")


def check_query(query: str) -> None:
    """Raise QueryError when ``query`` is not read-only Cypher the embedded engine can parse."""
    parse(query)


def run_query(
    g: nx.MultiDiGraph,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
) -> QueryResult:
    """Run a read-only Cypher query on ``g``; columns come back in RETURN order.

    ``timeout`` (seconds) and ``max_rows`` (rows held in memory) default to cypher/limits.py's
    budgets; a query past either is cancelled with a :class:`QueryLimitError` naming the limit.
    A Cartesian product is announced before it runs (a ``CartesianWarning``, and in
    ``QueryResult.warnings``). Nodes and relationships come back as property dicts (a node's
    key as its ``id``), paths as the list of their nodes, dates as ISO text — as
    graph/neo4j/store.py renders Neo4j's.
    """
    return execute(g, query, params, timeout=timeout, max_rows=max_rows)


def execute(
    g: nx.MultiDiGraph,
    query: str,
    params: dict[str, Any] | None = None,
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
    raw: bool = False,
) -> QueryResult:
    """:func:`run_query`; with ``raw`` the values stay engine values (nodes, relationships,
    paths, dates), as the TCK harness (benchmarks/tck.py) compares them."""
    if not isinstance(g, (nx.MultiDiGraph,)):
        if isinstance(g, nx.Graph):
            g = nx.MultiDiGraph(g) if g.is_directed() else nx.MultiDiGraph(g.to_directed())
        else:
            raise QueryError("the embedded Cypher engine runs on a NetworkX graph")
    limits = Limits(timeout, max_rows)
    try:
        ast = parse(query)
    except RecursionError:
        raise QueryError("the query nests too deeply for the embedded Cypher engine") from None
    key_prop = g.graph.get("cypher_key_property", "id")
    ctx = Context(g, {str(k): _param(v) for k, v in (params or {}).items()}, key_prop, limits)
    # The garbage collector's full passes would walk the whole loaded graph again and again
    # while the query allocates; freezing what exists now keeps them to the query's own
    # objects (whose cycles are still collected). Unfreezing returns everything to the
    # collector, so nothing leaks.
    gc.freeze()
    try:
        planner = Planner(ctx)
        columns, run = planner.query(ast)
        rows = []
        for r in run():
            limits.charge()
            rows.append([r[c] for c in columns] if raw else [output(ctx, r[c]) for c in columns])
    except QueryError:
        raise
    except RecursionError:
        raise QueryError("the query nests too deeply for the embedded Cypher engine") from None
    except MemoryError:
        raise QueryLimitError("query cancelled: out of memory (lower --max-rows, or add LIMIT)") from None
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError, ZeroDivisionError) as exc:
        raise QueryError(f"the embedded Cypher engine failed on this query ({type(exc).__name__}: {exc}); "
                         "run it on Neo4j (--neo4j URI)") from exc
    finally:
        gc.unfreeze()
    return QueryResult(columns=columns, rows=rows, warnings=list(planner.warnings))
