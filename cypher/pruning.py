"""Host-graph pruning for the embedded Cypher backend: hand grand-cypher only the edges a query can use.

grand-cypher (through grandiso) enumerates node mappings of the MATCH pattern and checks
relationship types and the WHERE clause only afterwards, per match. A two-hop pattern
``(a)-[:ALLIED_WITH]->(m)-[:ALLIED_WITH]->(b)`` therefore walks every 2-path through every
hub, of any type, before the type test throws almost all of them away. This module reads the
query's patterns and builds a smaller host graph holding only the edges that some
relationship pattern of the query could match, so grand-cypher never sees the others.

Pruning is an optimisation only: grand-cypher still runs the unchanged query (types, labels
and the whole WHERE are checked again), and pruning is applied only where it provably cannot
change the answer. An edge is kept when at least one relationship pattern of the MATCH could
bind it:

* its type is one of the pattern's types (``[r:A|B]``, ``[:A|B*1..2]``; a pattern without
  types accepts every edge), tested exactly as grand-cypher tests it (``__labels__`` set
  intersection);
* and, for a pattern whose variable is bound to exactly one hop (no ``*``), every pushed-down
  WHERE conjunct on that variable holds for it. A conjunct is pushed down only when the WHERE
  is a top-level AND (no ``OR`` anywhere) of conjuncts this module fully understands and that
  cannot raise per match, and the conjunct itself is ``r.prop OP literal`` or
  ``literal OP r.prop`` (``=``, ``==``, ``<>``, ``<``, ``<=``, ``>``, ``>=``; a string, number
  or boolean literal), outside parentheses and ``NOT``. It is evaluated with grand-cypher's
  own operator semantics (Python comparison; a missing property is ``None``; ``TypeError``
  means "not true"), so an edge is dropped only where grand-cypher would reject every match
  that binds the variable to it.

Nodes not incident to a kept edge are dropped too, but only when every node pattern is an
endpoint of some relationship pattern and no pattern allows zero hops (``*0..``); otherwise
(``MATCH (a:Actor)`` alone, ``MATCH (a)-[r]->(b) MATCH (c)``) all nodes stay.

Nothing is pruned (the original graph is used) when the query names a path (``p = (...)``),
a pattern is undirected or both-directed, two relationship patterns join the same ordered
pair of node variables, a relationship variable is reused, the graph is not a directed
multigraph, an edge's ``__labels__`` is not a set, or anything in the MATCH or WHERE is not
understood. The pruned graph keeps the original's node order, neighbour order (successors
and predecessors) and edge keys, so grand-cypher enumerates the surviving matches in the
same order as on the full graph: rows, ties after ORDER BY, LIMIT and float sums are the
same. Edge attribute dicts are copied shallowly (values are shared; the backend never
writes).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import networkx as nx

from newsgraph.cypher.query_shape import Unsupported, analyse

__all__ = ["analyse", "pruned_graph"]


def pruned_graph(g: nx.MultiDiGraph, query: str, *, with_ids: bool = False) -> nx.MultiDiGraph | None:
    """The host graph grand-cypher should run ``query`` on, or None to use ``g`` as it is.

    ``with_ids``: give every kept node its key as the ``id`` property (see embedded._with_ids).
    """
    if not (g.is_directed() and g.is_multigraph()):
        return None
    plan = analyse(query)
    if plan is None:
        return None
    try:
        keep = plan.edge_filter()
        if keep is None:
            return None  # every edge stays; dropping only isolated nodes is not worth a copy
        return _build(g, keep, plan.prune_nodes, with_ids)
    except Unsupported:
        return None


def _build(
    g: nx.MultiDiGraph,
    keep: Callable[[dict[str, Any]], bool],
    prune_nodes: bool,
    with_ids: bool,
) -> nx.MultiDiGraph | None:
    # kept edges, grouped by (u, v) in successor order
    pairs: list[tuple[Any, Any]] = []
    keyed: list[list[tuple[Any, dict[str, Any]]]] = []
    index: dict[tuple[Any, Any], int] = {}
    total = 0
    last = None
    for u, v, k, d in g.edges(keys=True, data=True):
        total += 1
        if not keep(d):
            continue
        if (u, v) != last:
            last = (u, v)
            index[last] = len(pairs)
            pairs.append(last)
            keyed.append([])
        keyed[-1].append((k, d))
    kept_edges = sum(len(x) for x in keyed)
    if prune_nodes:
        incident = {n for pair in pairs for n in pair}
        nodes = [n for n in g if n in incident]
    else:
        nodes = list(g)
    if kept_edges == total and len(nodes) == g.number_of_nodes() and not with_ids:
        return None  # nothing to drop
    order = _creation_order(g, pairs, index)
    if order is None:
        return None
    h = nx.MultiDiGraph()
    nd = g.nodes
    if with_ids:
        h.add_nodes_from((n, {**nd[n], "id": n}) for n in nodes)
    else:
        h.add_nodes_from((n, nd[n]) for n in nodes)
    h.add_edges_from(_edges_in(order, pairs, keyed))
    return h


def _edges_in(order: list[int], pairs: list[tuple[Any, Any]], keyed: list[list[tuple[Any, dict[str, Any]]]]) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    for i in order:
        u, v = pairs[i]
        for k, d in keyed[i]:
            yield u, v, k, d


def _creation_order(g: nx.MultiDiGraph, pairs: list[tuple[Any, Any]], index: dict[tuple[Any, Any], int]) -> list[int] | None:
    """An order in which to add the kept (u, v) pairs so that the new graph lists every node's
    successors *and* predecessors in the same order as ``g`` (grandiso walks both).

    Successor lists alone would be kept by adding the pairs in ``g.edges()`` order; the
    predecessor lists of ``g`` follow the order the edges were created in, which can differ.
    Both are chains over the pairs; a topological order of their union reproduces both
    (networkx creates the two entries of a pair together, so one exists). None if not.
    """
    n = len(pairs)
    nxt: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    # successor chains: consecutive pairs with the same source
    for i in range(1, n):
        if pairs[i][0] == pairs[i - 1][0]:
            nxt[i - 1].append(i)
            indeg[i] += 1
    # predecessor chains
    targets: dict[Any, None] = dict.fromkeys(v for _, v in pairs)
    pred = g.pred
    for v in targets:
        prev = None
        for u in pred[v]:
            j = index.get((u, v))
            if j is None:
                continue
            if prev is not None:
                nxt[prev].append(j)
                indeg[j] += 1
            prev = j
    queue = deque(i for i in range(n) if indeg[i] == 0)
    order: list[int] = []
    while queue:
        i = queue.popleft()
        order.append(i)
        for j in nxt[i]:
            indeg[j] -= 1
            if indeg[j] == 0:
                queue.append(j)
    return order if len(order) == n else None
