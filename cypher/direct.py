"""Direct evaluation of simple read queries on the embedded graph, with Neo4j's semantics.

grand-cypher matches a pattern through a general subgraph-isomorphism search and pays a large
constant per match (about 100-250 microseconds on a 10,000-article graph, so a full scan of
8,000 edges takes 1-2 s). Most analyst queries are far simpler: one linear path of at most
three fixed-length relationships, a WHERE of comparisons, a projection or an aggregation,
ORDER BY and LIMIT. This module parses exactly that shape and evaluates it by walking the
NetworkX adjacency (tens of milliseconds for the same scan). Anything else raises
:class:`Unsupported`, and :func:`newsgraph.cypher.embedded.run_query` hands the query to
grand-cypher unchanged.

Shape (after ``embedded.prepare``: strings double-quoted, parameters substituted)::

    MATCH (a:L {k: lit})-[r:T|U {k: lit}]->(b)<-[s]-(c)     one path, 0-3 relationships
    WHERE cond                                              AND / OR / NOT, parentheses;
                                                            =, <>, <, <=, >, >=, CONTAINS,
                                                            IN [literals], IS [NOT] NULL;
                                                            operands x.prop, type(r), literals
    RETURN [DISTINCT] item [AS name], ...                   x.prop, type(r), literals,
                                                            COUNT(*), COUNT/SUM/AVG/MIN/MAX([DISTINCT] x)
    ORDER BY key [ASC|DESC], ...                            a returned name or expression
    LIMIT n

Semantics are Neo4j's, checked against the real server by the parity tests: a relationship is
bound at most once per match but nodes may repeat; a comparison with null or between
different kinds of value is null and a row passes WHERE only when it is true; ``true = 1`` is
false; aggregates skip nulls, ``SUM`` of nothing is 0, ``AVG`` is a running mean, and an aggregation without grouping keys
returns one row even with no match; ORDER BY sorts strings < booleans < numbers with null
last (first under DESC). A value the rules here do not cover (a list in a comparison, mixed
kinds under MIN/MAX or ORDER BY, NaN) raises Unsupported while evaluating, and grand-cypher runs
the query instead.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from newsgraph.cypher.query_shape import (
    Cursor,
    Unsupported,
    _literal,
    _nesting,
    _split,
    _split_commas,
    _Tok,
    _tokens,
    _wrapped,
)

_AGGREGATES = ("count", "sum", "avg", "min", "max")
_ORDERING = ("<", "<=", ">", ">=")
MAX_RELATIONSHIPS = 3

# --- the parsed query -----------------------------------------------------------------------


@dataclass(frozen=True)
class Expr:
    """``prop`` (var.key), ``type`` (type(var)), ``lit`` (value), ``list`` (literal list),
    ``agg`` (fn over arg; arg None for COUNT(*))."""

    kind: str
    var: str | None = None
    key: str | None = None
    value: Any = None
    fn: str | None = None
    distinct: bool = False
    arg: Expr | None = None


@dataclass(frozen=True)
class Cond:
    """A WHERE condition: ``op`` is and/or/not (over ``parts``) or a comparison of two Exprs."""

    op: str
    parts: tuple[Cond, ...] = ()
    left: Expr | None = None
    right: Expr | None = None

    def variables(self) -> set[str]:
        out: set[str] = set()
        for p in self.parts:
            out |= p.variables()
        for e in (self.left, self.right):
            if e is not None and e.var is not None:
                out.add(e.var)
        return out


@dataclass(frozen=True)
class NodePat:
    var: str
    labels: tuple[str, ...]
    props: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class RelPat:
    var: str
    types: frozenset[str] | None
    props: tuple[tuple[str, Any], ...]
    leftward: bool  # (left)<-[r]-(right)


@dataclass
class Query:
    nodes: list[NodePat]
    rels: list[RelPat]
    where: Cond | None
    items: list[Expr]
    distinct: bool
    order: list[tuple[Expr | int, bool]]  # (returned column index or expression, descending)
    limit: int | None


# --- parsing --------------------------------------------------------------------------------


class _Reader(Cursor):
    def name(self) -> str:
        t = self.take()
        if t.kind != "name":
            raise Unsupported("expected a name")
        return t.text

    def until(self, *words: str) -> list[_Tok]:
        """Tokens up to the next top-level keyword in ``words`` (not after '.')."""
        out: list[_Tok] = []
        depth = 0
        while (t := self.peek()) is not None:
            if t.p("(", "[", "{"):
                depth += 1
            elif t.p(")", "]", "}"):
                depth -= 1
            elif depth == 0 and t.kw(*words) and not (out and out[-1].p(".")):
                break
            out.append(self.take())
        return out

    def props(self) -> tuple[tuple[str, Any], ...]:
        if not self.accept_p("{"):
            return ()
        out = []
        while True:
            key = self.name()
            self.expect_p(":")
            ok, value = _literal([self.take()])
            if not ok:
                raise Unsupported("property map value")
            out.append((key, value))
            if self.accept_p("}"):
                return tuple(out)
            self.expect_p(",")

    def node(self) -> NodePat:
        self.expect_p("(")
        var = None
        if (t := self.peek()) is not None and t.kind == "name":
            var = self.take().text
        labels = []
        while self.accept_p(":"):
            labels.append(self.name())
        props = self.props()
        self.expect_p(")")
        if var is None:
            self.anon += 1
            var = f" node {self.anon}"
        return NodePat(var, tuple(labels), props)

    def rel(self) -> RelPat:
        leftward = self.accept_p("<")
        if not self.accept_p("-["):
            raise Unsupported("relationship pattern")
        var = None
        if (t := self.peek()) is not None and t.kind == "name":
            var = self.take().text
        types = None
        if self.accept_p(":"):
            names = [self.name()]
            while self.accept_p("|"):
                names.append(self.name())
            types = frozenset(names)
        props = self.props()
        self.expect_p("]-")
        rightward = self.accept_p(">")
        if leftward == rightward:
            raise Unsupported("undirected or two-way relationship")
        if var is None:
            self.anon += 1
            var = f" rel {self.anon}"
        return RelPat(var, types, props, leftward)


def _expr(toks: list[_Tok], variables: set[str], aggregate: bool = False) -> Expr:
    if len(toks) == 3 and toks[0].kind == "name" and toks[1].p(".") and toks[2].kind == "name":
        if toks[0].text not in variables:
            raise Unsupported("unknown variable")
        return Expr("prop", var=toks[0].text, key=toks[2].text)
    if len(toks) == 4 and toks[0].kw("type") and toks[1].p("(") and toks[3].p(")") and toks[2].kind == "name":
        if toks[2].text not in variables:
            raise Unsupported("unknown variable")
        return Expr("type", var=toks[2].text)
    if aggregate and len(toks) >= 3 and toks[0].kw(*_AGGREGATES) and toks[1].p("(") and _wrapped(toks[1:]):
        fn, inner = toks[0].text.lower(), toks[2:-1]
        distinct = bool(inner) and inner[0].kw("distinct")
        if distinct:
            inner = inner[1:]
        if fn == "count" and len(inner) == 1 and inner[0].p("*") and not distinct:
            return Expr("agg", fn=fn)
        if fn == "count" and len(inner) == 1 and inner[0].kind == "name" and inner[0].text in variables:
            return Expr("agg", fn=fn, distinct=distinct, arg=Expr("var", var=inner[0].text))
        return Expr("agg", fn=fn, distinct=distinct, arg=_expr(inner, variables))
    if toks and toks[0].p("[") and toks[-1].p("]") and _wrapped(toks):
        values = []
        for item in _split_commas(toks[1:-1]):
            ok, v = _literal(item)
            if not ok:
                raise Unsupported("list item")
            values.append(v)
        return Expr("list", value=tuple(values))
    ok, value = _literal(toks)
    if ok:
        return Expr("lit", value=value)
    raise Unsupported("expression")


def _condition(toks: list[_Tok], variables: set[str]) -> Cond:
    if not toks:
        raise Unsupported("empty condition")
    if any(t.kw("xor") for _, t, d in _nesting(toks) if d == 0):
        raise Unsupported("XOR")
    for word in ("or", "and"):
        parts = _split(toks, word)
        if len(parts) > 1:
            return Cond(word, tuple(_condition(p, variables) for p in parts))
    if toks[0].kw("not"):
        return Cond("not", (_condition(toks[1:], variables),))
    if toks[0].p("(") and _wrapped(toks):
        return _condition(toks[1:-1], variables)
    for i, t, depth in _nesting(toks):
        if depth or t.p(")", "]", "}"):
            continue
        if t.p("=", "==", "<>", "!=", *_ORDERING) or t.kw("contains", "in"):
            op = t.text.lower()
            op = {"==": "=", "!=": "<>"}.get(op, op)
            right = _expr(toks[i + 1 :], variables)
            if (op == "in") != (right.kind == "list"):
                raise Unsupported("IN needs a literal list")
            return Cond(op, left=_expr(toks[:i], variables), right=right)
        if t.kw("is"):
            rest = [x.text.lower() for x in toks[i + 1 :]]
            if rest not in (["null"], ["not", "null"]):
                raise Unsupported("IS")
            return Cond("is null" if rest == ["null"] else "is not null", left=_expr(toks[:i], variables))
    return Cond("value", left=_expr(toks, variables))  # WHERE r.negated


def parse(query: str) -> Query:
    """The query's shape, or Unsupported."""
    r = _Reader(_tokens(query))
    if not (t := r.peek()) or not t.kw("match"):
        raise Unsupported("not a single MATCH")
    r.take()
    if (t := r.peek(1)) is not None and t.p("="):
        raise Unsupported("path variable")
    nodes, rels = [r.node()], []
    while (t := r.peek()) is not None and t.p("<", "-["):
        rels.append(r.rel())
        nodes.append(r.node())
    if len(rels) > MAX_RELATIONSHIPS:
        raise Unsupported("long path")
    node_vars = {n.var for n in nodes}
    rel_vars = [x.var for x in rels]
    if len(set(rel_vars)) != len(rel_vars) or node_vars & set(rel_vars):
        raise Unsupported("reused variable")
    variables = node_vars | set(rel_vars)
    where = None
    if (t := r.peek()) is not None and t.kw("where"):
        r.take()
        where = _condition(r.until("return"), variables)
    if not (t := r.peek()) or not t.kw("return"):
        raise Unsupported("expected RETURN")
    r.take()
    distinct = bool((t := r.peek()) and t.kw("distinct"))
    if distinct:
        r.take()
    items = []
    aliases: dict[str, int] = {}
    for i, part in enumerate(_top_commas(r.until("order", "limit"))):
        if len(part) >= 3 and part[-2].kw("as") and part[-1].kind == "name":
            aliases[part[-1].text] = i
            part = part[:-2]
        items.append(_expr(part, variables, aggregate=True))
    if not items:
        raise Unsupported("empty RETURN")
    grouped = any(e.kind == "agg" for e in items)
    order: list[tuple[Expr | int, bool]] = []
    if (t := r.peek()) is not None and t.kw("order"):
        r.take()
        if not (t := r.peek()) or not t.kw("by"):
            raise Unsupported("ORDER without BY")
        r.take()
        for part in _top_commas(r.until("limit")):
            desc = False
            if part and part[-1].kw("asc", "ascending", "desc", "descending"):
                desc = part[-1].text.lower().startswith("desc")
                part = part[:-1]
            if len(part) == 1 and part[0].kind == "name" and part[0].text in aliases:
                order.append((aliases[part[0].text], desc))
                continue
            e = _expr(part, variables, aggregate=True)
            if e in items:
                order.append((items.index(e), desc))
            elif grouped or distinct or e.kind == "agg":
                raise Unsupported("ORDER BY on something not returned")
            else:
                order.append((e, desc))
    limit = None
    if (t := r.peek()) is not None and t.kw("limit"):
        r.take()
        n = r.take()
        if n.kind != "num" or not n.text.isdigit():
            raise Unsupported("LIMIT")
        limit = int(n.text)
    if r.peek() is not None:
        raise Unsupported(f"unexpected {r.peek().text!r}")  # type: ignore[union-attr]
    return Query(nodes, rels, where, items, distinct, order, limit)


def _top_commas(toks: list[_Tok]) -> list[list[_Tok]]:
    parts: list[list[_Tok]] = [[]]
    for _, t, depth in _nesting(toks):
        if depth == 0 and t.p(","):
            parts.append([])
        else:
            parts[-1].append(t)
    if any(not p for p in parts):
        raise Unsupported("empty item")
    return parts


# --- values, Neo4j style ----------------------------------------------------------------------


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and math.isnan(v):
            raise Unsupported("NaN")
        return "num"
    if isinstance(v, str):
        return "str"
    raise Unsupported(f"a {type(v).__name__} value")


def _equal(a: Any, b: Any) -> bool | None:
    if a is None or b is None:
        return None
    return _kind(a) == _kind(b) and a == b


def _compare(op: str, a: Any, b: Any) -> bool | None:
    if op == "=":
        return _equal(a, b)
    if op == "<>":
        e = _equal(a, b)
        return None if e is None else not e
    if a is None or b is None:
        return None
    if op == "contains":
        return (b in a) if isinstance(a, str) and isinstance(b, str) else None
    if _kind(a) != _kind(b):
        return None
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _in(a: Any, values: tuple[Any, ...]) -> bool | None:
    if not values:
        return False
    if a is None:
        return None
    unknown = False
    for v in values:
        e = _equal(a, v)
        if e:
            return True
        unknown = unknown or e is None
    return None if unknown else False


def _sort_key(v: Any) -> tuple[int, Any]:
    if v is None:
        return (3, 0)
    return ({"str": 0, "bool": 1, "num": 2}[_kind(v)], v)


def _hashable(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return ("list", tuple(_hashable(x) for x in v))
    if isinstance(v, (set, frozenset)):
        return ("list", tuple(sorted(map(_hashable, v), key=repr)))
    if isinstance(v, dict):
        raise Unsupported("a map value")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return ("num", v)  # 2.0 groups with 2 (equal, same hash), as in Neo4j
    return (type(v).__name__, v)


# --- evaluation -------------------------------------------------------------------------------

Binding = dict[str, Any]  # node var -> node key; rel var -> (u, v, key, data)


class _Eval:
    def __init__(self, g: nx.MultiDiGraph, q: Query) -> None:
        self.g, self.q = g, q
        self.nodes = g.nodes
        self.rel_vars = {x.var for x in q.rels}

    def value(self, e: Expr, b: Binding) -> Any:
        if e.kind == "prop":
            bound = b[e.var]
            if e.var in self.rel_vars:
                return bound[3].get(e.key)
            if e.key == "id":
                return bound  # the node key is the id, as embedded._with_ids gives grand-cypher
            return self.nodes[bound].get(e.key)
        if e.kind == "type":
            labels = b[e.var][3].get("__labels__")
            if not isinstance(labels, (set, frozenset)) or len(labels) != 1:
                raise Unsupported("relationship without one type")
            return next(iter(labels))
        if e.kind == "lit":
            return e.value
        if e.kind == "var":
            return b[e.var]
        raise Unsupported(e.kind)

    def truth(self, c: Cond, b: Binding) -> bool | None:
        if c.op in ("and", "or"):
            settles = c.op == "or"  # one false part settles an AND, one true part an OR
            out: bool | None = not settles
            for p in c.parts:
                v = self.truth(p, b)
                if v is settles:
                    return settles
                if v is None:
                    out = None
            return out
        if c.op == "not":
            v = self.truth(c.parts[0], b)
            return None if v is None else not v
        assert c.left is not None
        left = self.value(c.left, b)
        if c.op == "is null":
            return left is None
        if c.op == "is not null":
            return left is not None
        if c.op == "value":
            if left is not None and not isinstance(left, bool):
                raise Unsupported("a condition that is not a boolean")
            return left
        assert c.right is not None
        if c.op == "in":
            return _in(left, c.right.value)
        return _compare(c.op, left, self.value(c.right, b))

    # matching

    def node_ok(self, pat: NodePat, n: Any) -> bool:
        data = self.nodes[n]
        if pat.labels:
            labels = data.get("__labels__", ())
            if not all(lab in labels for lab in pat.labels):
                return False
        return all(_equal(n if k == "id" else data.get(k), v) for k, v in pat.props)

    def rel_ok(self, pat: RelPat, data: dict[str, Any]) -> bool:
        if pat.types is not None:
            labels = data.get("__labels__")
            if not isinstance(labels, (set, frozenset)):
                raise Unsupported("__labels__ is not a set")
            if labels.isdisjoint(pat.types):
                return False
        return all(_equal(data.get(k), v) for k, v in pat.props)

    def matches(self) -> Iterator[Binding]:
        q = self.q
        # each WHERE conjunct is checked as soon as its variables are bound
        conjuncts = list(q.where.parts) if q.where is not None and q.where.op == "and" else (
            [q.where] if q.where is not None else [])
        bound_after: list[set[str]] = []
        names: set[str] = set()
        for i, node in enumerate(q.nodes):
            names.add(node.var)
            if i:
                names.add(q.rels[i - 1].var)
            bound_after.append(set(names))
        checks: list[list[Cond]] = [[] for _ in q.nodes]
        for c in conjuncts:
            need = c.variables()
            step = next(i for i, have in enumerate(bound_after) if need <= have)
            checks[step].append(c)

        def passes(step: int, b: Binding) -> bool:
            return all(self.truth(c, b) is True for c in checks[step])

        first = q.nodes[0]
        if not q.rels:
            for n in self.g:
                b = {first.var: n}
                if self.node_ok(first, n) and passes(0, b):
                    yield b
            return
        yield from self._extend(0, {}, passes)

    def _extend(self, i: int, b: Binding, passes: Callable[[int, Binding], bool]) -> Iterator[Binding]:
        """Bind relationship i (and node i + 1) in every way, then the rest."""
        q, g = self.q, self.g
        rel, left, right = q.rels[i], q.nodes[i], q.nodes[i + 1]
        used = {b[x.var][:3] for x in q.rels[:i]}
        if i == 0:
            starts: Iterator[tuple[Any, Any, Any, dict[str, Any]]] = (
                (u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True))
        else:
            here = b[left.var]
            adj = g.pred[here] if rel.leftward else g.succ[here]
            starts = (
                ((other, here, k, d) if rel.leftward else (here, other, k, d))
                for other, keyed in adj.items() for k, d in keyed.items())
        for u, v, k, d in starts:
            if (u, v, k) in used or not self.rel_ok(rel, d):
                continue
            lnode, rnode = (v, u) if rel.leftward else (u, v)
            nb = dict(b)
            if i == 0:
                if not self.node_ok(left, lnode):
                    continue
                nb[left.var] = lnode
                if not passes(0, nb):
                    continue
            if right.var in nb:
                if nb[right.var] != rnode:
                    continue
            elif not self.node_ok(right, rnode):
                continue
            nb[right.var] = rnode
            nb[rel.var] = (u, v, k, d)
            if not passes(i + 1, nb):
                continue
            if i + 1 == len(q.rels):
                yield nb
            else:
                yield from self._extend(i + 1, nb, passes)


class _Aggregate:
    def __init__(self, e: Expr) -> None:
        self.e = e
        self.values: list[Any] = []
        self.seen: set[Any] = set()
        self.rows = 0

    def add(self, v: Any) -> None:
        self.rows += 1
        if v is None:
            return
        if self.e.distinct:
            h = _hashable(v)
            if h in self.seen:
                return
            self.seen.add(h)
        self.values.append(v)

    def result(self) -> Any:
        fn, vals = self.e.fn, self.values
        if fn == "count":
            return self.rows if self.e.arg is None else len(vals)
        if fn in ("sum", "avg"):
            if any(_kind(v) != "num" for v in vals):
                raise Unsupported(f"{fn} of non-numbers")
            if fn == "sum":
                return sum(vals)
            if not vals:
                return None
            mean = 0.0  # a running mean, as Neo4j computes it (its last bits differ from sum / n)
            for n, v in enumerate(vals, 1):
                mean += (v - mean) / n
            return mean
        if not vals:
            return None
        kinds = {_kind(v) for v in vals}
        if len(kinds) != 1:
            raise Unsupported(f"{fn} over mixed kinds")
        return min(vals) if fn == "min" else max(vals)


def execute(g: nx.MultiDiGraph, query: str) -> list[list[Any]]:
    """The rows of ``query`` (a prepared query) on ``g``, or Unsupported."""
    if not isinstance(g, nx.MultiDiGraph):
        raise Unsupported("not a directed multigraph")
    q = parse(query)
    ev = _Eval(g, q)
    extra = [e for e, _ in q.order if isinstance(e, Expr)]
    rows: list[list[Any]] = []
    if any(e.kind == "agg" for e in q.items):
        groups: dict[tuple[Any, ...], tuple[list[Any], list[_Aggregate]]] = {}
        keys = [e for e in q.items if e.kind != "agg"]
        aggs = [e for e in q.items if e.kind == "agg"]
        for b in ev.matches():
            kv = [ev.value(e, b) for e in keys]
            h = tuple(_hashable(v) for v in kv)
            if h not in groups:
                groups[h] = (kv, [_Aggregate(a) for a in aggs])
            for a in groups[h][1]:
                a.add(None if a.e.arg is None else ev.value(a.e.arg, b))
        if not groups and not keys:
            groups[()] = ([], [_Aggregate(a) for a in aggs])
        for kv, states in groups.values():
            it_k, it_a = iter(kv), iter(states)
            rows.append([next(it_a).result() if e.kind == "agg" else next(it_k) for e in q.items])
    else:
        rows = [[ev.value(e, b) for e in q.items] + [ev.value(e, b) for e in extra] for b in ev.matches()]
    if q.distinct:
        seen: set[Any] = set()
        unique = []
        for row in rows:
            h = tuple(_hashable(v) for v in row)
            if h not in seen:
                seen.add(h)
                unique.append(row)
        rows = unique
    if q.order:
        width = len(q.items)
        columns = []
        for e, desc in q.order:
            columns.append((e if isinstance(e, int) else width + extra.index(e), desc))
        for col, desc in reversed(columns):
            rows.sort(key=lambda row: _sort_key(row[col]), reverse=desc)
    rows = [row[: len(q.items)] for row in rows]
    return rows if q.limit is None else rows[: q.limit]
