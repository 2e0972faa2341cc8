"""The clause pipeline: each clause turns a stream of rows (dicts) into another.

MATCH, UNWIND, WHERE and projections without ORDER BY or aggregation are generators, so a
LIMIT stops the whole pipeline as soon as it has its rows. Aggregation, ORDER BY and DISTINCT
hold rows and charge them to the row budget (cypher/limits.py). UNION concatenates (ALL) or
de-duplicates the parts, which must return the same columns.
"""
from __future__ import annotations

import itertools
import math
import warnings
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass, replace
from typing import Any

from newsgraph.core.errors import QueryError
from newsgraph.cypher import values as V
from newsgraph.cypher.ast import (
    Call,
    CountStar,
    Exists,
    Expr,
    Item,
    ListComp,
    ListLit,
    Lit,
    MapLit,
    Match,
    PatternComp,
    PatternPredicate,
    PathPattern,
    Projection,
    Prop,
    Quantifier,
    Query,
    Reduce,
    SingleQuery,
    Unwind,
    Var,
)
from newsgraph.cypher.evaluate import AggRef, Compiler, Context, children, contains_aggregate, truth, variables
from newsgraph.cypher.functions import AGGREGATES
from newsgraph.cypher.lexer import CypherSyntaxError
from newsgraph.cypher.match import MatchPlan, pattern_vars
from newsgraph.cypher.parser import refuse

Row = dict[str, Any]
Stage = Callable[[Iterator[Row]], Iterator[Row]]


class CartesianWarning(UserWarning):
    """A MATCH whose patterns share no variable: every row of one is paired with every row of the other."""


# --- expression rewriting ---------------------------------------------------------------------


def _rewrite(e: Any, f: Callable[[Any], Any | None]) -> Any:
    """``e`` with every subexpression for which ``f`` gives a replacement replaced (outermost first)."""
    r = f(e)
    if r is not None:
        return r
    if not is_dataclass(e) or isinstance(e, (PathPattern,)):
        return e
    changes = {}
    for fl in fields(e):
        v = getattr(e, fl.name)
        if isinstance(v, Expr):
            nv = _rewrite(v, f)
            if nv is not v:
                changes[fl.name] = nv
        elif isinstance(v, tuple) and v and any(isinstance(x, (Expr, tuple)) for x in v):
            nv = tuple(_rewrite_any(x, f) for x in v)
            if any(a is not b for a, b in zip(nv, v)):
                changes[fl.name] = nv
    return replace(e, **changes) if changes else e


def _rewrite_any(x: Any, f: Callable[[Any], Any | None]) -> Any:
    if isinstance(x, Expr):
        return _rewrite(x, f)
    if isinstance(x, tuple):
        nv = tuple(_rewrite_any(y, f) for y in x)
        return nv if any(a is not b for a, b in zip(nv, x)) else x
    return x


# --- aggregates -------------------------------------------------------------------------------


class _Agg:
    __slots__ = ("name", "distinct", "seen", "n", "acc", "vals", "limits", "extra")

    def __init__(self, name: str, distinct: bool, limits: Any, extra: Any = None) -> None:
        self.name, self.distinct, self.limits, self.extra = name, distinct, limits, extra
        self.seen: set[Any] | None = set() if distinct else None
        self.n = 0
        self.acc: Any = None
        self.vals: list[Any] = []

    def add(self, v: Any) -> None:
        if v is None:
            return
        if self.seen is not None:
            k = V.group_key(v)
            if k in self.seen:
                return
            self.seen.add(k)
            self.limits.charge()
        name = self.name
        self.n += 1
        if name == "count":
            return
        if name in ("sum", "avg"):
            if not V.is_number(v):
                raise V.CypherTypeError(f"{name}() expects numbers, got {V.type_name(v)}")
            if name == "sum":
                self.acc = v if self.acc is None else self.acc + v
                if isinstance(self.acc, int):
                    V.check_int(self.acc)
            else:
                self.acc = (0.0 if self.acc is None else self.acc)
                self.acc += (v - self.acc) / self.n  # a running mean, as Neo4j computes it
            return
        if name in ("min", "max"):
            if self.acc is None:
                self.acc = v
            else:
                a, b = V.order_key(v), V.order_key(self.acc)
                if (a < b) if name == "min" else (a > b):
                    self.acc = v
            return
        self.limits.charge()
        self.vals.append(v)

    def result(self) -> Any:
        name = self.name
        if name == "count":
            return self.n
        if name == "sum":
            return 0 if self.acc is None else self.acc
        if name in ("avg", "min", "max"):
            return self.acc
        if name == "collect":
            return self.vals
        vals = self.vals
        if name in ("stdev", "stdevp"):
            for v in vals:
                if not V.is_number(v):
                    raise V.CypherTypeError(f"{name}() expects numbers")
            n = len(vals)
            if n < (2 if name == "stdev" else 1):
                return 0.0
            mean = sum(vals) / n
            ss = sum((x - mean) ** 2 for x in vals)
            return math.sqrt(ss / (n - 1 if name == "stdev" else n))
        if name in ("percentilecont", "percentiledisc"):
            p = self.extra
            if not V.is_number(p) or not 0 <= p <= 1:
                raise QueryError(f"{name}() percentile must be a number between 0.0 and 1.0")
            if not vals:
                return None
            for v in vals:
                if not V.is_number(v):
                    raise V.CypherTypeError(f"{name}() expects numbers")
            s = sorted(vals)
            if name == "percentiledisc":
                idx = max(0, math.ceil(p * len(s)) - 1) if p > 0 else 0
                return s[idx]
            pos = p * (len(s) - 1)
            lo = math.floor(pos)
            hi = min(lo + 1, len(s) - 1)
            return float(s[lo] + (s[hi] - s[lo]) * (pos - lo))
        raise refuse(f"the aggregate {name}()")


# --- the planner ------------------------------------------------------------------------------


class Planner:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.comp = Compiler(ctx, self.subplan, lambda: self.kinds)
        self.warnings: list[str] = []
        self.kinds: dict[str, str] = {}  # what each variable in scope holds: node, relationship, path, value, any

    # subqueries used by expressions: (a)-->(b), [(a)-->(b) | x], EXISTS { }
    def subplan(self, kind: str, node: Any, scope: frozenset[str] | None) -> Callable[[Row], Iterator[Any]]:
        sc = scope if scope is not None else frozenset()
        if kind == "pattern":
            for v in pattern_vars(node):
                if scope is not None and v not in scope:
                    raise CypherSyntaxError(f"invalid Cypher: a pattern in an expression may not introduce a new variable (`{v}`)")
            plan = MatchPlan(self.ctx, self.comp, Match((node,), None), sc)
            return plan.run
        if kind == "comprehension":
            pc: PatternComp = node
            plan = MatchPlan(self.ctx, self.comp, Match((pc.pattern,), pc.where), sc)
            proj = self.comp.compile(pc.project, plan.scope_out)

            def comp(row: Row) -> Iterator[Any]:
                for r in plan.run(row):
                    self.ctx.limits.charge()
                    yield proj(r)

            return comp
        if kind == "exists":
            q: Query = node
            stages = [self.single(part, sc, subquery=True)[0] for part in q.parts]

            def run(row: Row) -> Iterator[Row]:
                for st in stages:
                    yield from st(iter([dict(row)]))

            return run
        raise refuse(kind)

    def query(self, q: Query) -> tuple[list[str], Callable[[], Iterator[Row]]]:
        built = [self.single(part, frozenset()) for part in q.parts]
        columns = built[0][1]
        for _, cols in built[1:]:
            if cols != columns:
                raise CypherSyntaxError("invalid Cypher: all parts of a UNION must return the same columns")
        if len(built) == 1:
            stage = built[0][0]
            return columns, lambda: stage(iter([{}]))
        distinct = not all(q.union_all)
        if any(q.union_all) and not all(q.union_all):
            raise CypherSyntaxError("invalid Cypher: mixing UNION and UNION ALL")
        limits = self.ctx.limits

        def union() -> Iterator[Row]:
            seen: set[Any] = set()
            for stage, _ in built:
                for row in stage(iter([{}])):
                    if distinct:
                        k = tuple(V.group_key(row[c]) for c in columns)
                        if k in seen:
                            continue
                        seen.add(k)
                        limits.charge()
                    yield row

        return columns, union

    def single(self, sq: SingleQuery, scope: frozenset[str], *, subquery: bool = False
               ) -> tuple[Stage, list[str]]:
        stages: list[Stage] = []
        columns: list[str] = []
        clauses = list(sq.clauses)
        saved = self.kinds
        self.kinds = dict(saved)
        try:
            self._clauses(clauses, scope, stages, columns)
        finally:
            self.kinds = saved

        def run(rows: Iterator[Row]) -> Iterator[Row]:
            for st in stages:
                rows = st(rows)
            return rows

        return run, columns

    def _clauses(self, clauses: list[Any], scope: frozenset[str], stages: list[Stage], columns: list[str]) -> None:
        for i, clause in enumerate(clauses):
            if isinstance(clause, Match):
                stage, scope = self.match(clause, scope)
            elif isinstance(clause, Unwind):
                stage, scope = self.unwind(clause, scope)
            elif isinstance(clause, Projection):
                if clause.final and i != len(clauses) - 1:
                    raise CypherSyntaxError("invalid Cypher: RETURN must be the last clause")
                stage, scope, cols = self.projection(clause, scope)
                columns[:] = cols
            else:
                raise refuse(type(clause).__name__)
            stages.append(stage)

    # --- clauses

    def match(self, clause: Match, scope: frozenset[str]) -> tuple[Stage, frozenset[str]]:
        plan = MatchPlan(self.ctx, self.comp, clause, scope, self.kinds)
        for v in plan.new_vars:
            self.kinds[v] = plan.kinds.get(v, "any")
        if plan.cartesian or plan.disconnected_from_scope:
            text = ", ".join(_pattern_text(p) for p in clause.patterns)
            msg = (f"this query builds a Cartesian product: MATCH {text} shares no variable with what is "
                   "matched before it, so every row of one side is paired with every row of the other; "
                   f"it stops at the row budget ({self.ctx.limits.max_rows:,} rows, --max-rows) or the time limit "
                   f"({self.ctx.limits.timeout:g} s, --timeout)")
            self.warnings.append(msg)
            warnings.warn(msg, CartesianWarning, stacklevel=2)
        new = plan.new_vars
        if clause.optional:
            def optional(rows: Iterator[Row]) -> Iterator[Row]:
                for row in rows:
                    found = False
                    for out in plan.run(row):
                        found = True
                        yield out
                    if not found:
                        out = dict(row)
                        for v in new:
                            out[v] = None
                        yield out

            return optional, plan.scope_out

        def match(rows: Iterator[Row]) -> Iterator[Row]:
            for row in rows:
                yield from plan.run(row)

        return match, plan.scope_out

    def unwind(self, clause: Unwind, scope: frozenset[str]) -> tuple[Stage, frozenset[str]]:
        if clause.var in scope:
            raise CypherSyntaxError(f"invalid Cypher: variable `{clause.var}` already declared")
        f = self.comp.compile(clause.expr, scope)
        var = clause.var
        self.kinds[var] = "any"
        limits = self.ctx.limits

        def unwind(rows: Iterator[Row]) -> Iterator[Row]:
            for row in rows:
                v = f(row)
                if v is None:
                    continue
                if isinstance(v, (list, tuple)):
                    for x in v:
                        limits.tick()
                        out = dict(row)
                        out[var] = x
                        yield out
                else:
                    out = dict(row)
                    out[var] = v
                    yield out

        return unwind, scope | {var}

    def projection(self, p: Projection, scope: frozenset[str]) -> tuple[Stage, frozenset[str], list[str]]:
        ctx, comp, limits = self.ctx, self.comp, self.ctx.limits
        items = list(p.items)
        if p.star:
            if not scope and not items:
                raise CypherSyntaxError("invalid Cypher: RETURN * has no variables in scope")
            star = [Item(Var(v), v, True) for v in sorted(scope) if not v.startswith("\x00")]
            names = {it.name for it in items}
            items = [it for it in star if it.name not in names] + items
        names = [it.name for it in items]
        if len(set(names)) != len(names):
            raise CypherSyntaxError("invalid Cypher: multiple result columns with the same name")
        kinds = {}
        for it in items:
            e = it.expr
            kinds[it.name] = (self.kinds.get(e.name, "any") if isinstance(e, Var)
                              else "value" if (isinstance(e, Lit) and e.value is not None) or isinstance(e, MapLit)
                              else "list" if isinstance(e, ListLit) else "any")
        aggregating = any(contains_aggregate(it.expr) for it in items)
        for it in items:
            if isinstance(it.expr, PatternPredicate):
                raise CypherSyntaxError("invalid Cypher: a pattern cannot be returned as a value "
                                        "(use a pattern comprehension [(a)-->(b) | b] or EXISTS { })")
            _no_aggregate_inside_comprehension(it.expr)
        out_scope = frozenset(names)
        # ORDER BY may name an item by its expression: map each such subexpression to the item
        by_expr = {it.expr: it.name for it in items}

        def to_item(e: Any) -> Any:
            if e in by_expr and not isinstance(e, Var):
                return Var(by_expr[e])
            return None

        order = [(_rewrite(k.expr, to_item), k.descending) for k in p.order]
        skip = self._count(p.skip, "SKIP")
        limit = self._count(p.limit, "LIMIT")
        where_f = None
        if aggregating:
            aggs: list[tuple[str, bool, Callable[[Row], Any] | None, Any]] = []

            def extract(e: Any) -> Any:
                if isinstance(e, CountStar):
                    aggs.append(("count*", False, None, None))
                    return AggRef(len(aggs) - 1)
                if isinstance(e, Call) and e.name in AGGREGATES:
                    if e.name in ("percentilecont", "percentiledisc"):
                        if len(e.args) != 2:
                            raise CypherSyntaxError(f"invalid Cypher: {e.name}() takes two arguments")
                        pf = comp.compile(e.args[1], scope)
                        extra = pf({})
                    elif len(e.args) != 1:
                        raise CypherSyntaxError(f"invalid Cypher: {e.text.split('(')[0]}() takes one argument")
                    else:
                        extra = None
                    if "rand()" in e.text.replace(" ", "").lower():
                        raise CypherSyntaxError("invalid Cypher: rand() inside an aggregate is not a constant expression")
                    for a in e.args:
                        if contains_aggregate(a):
                            raise CypherSyntaxError("invalid Cypher: an aggregate function inside another")
                    aggs.append((e.name, e.distinct, comp.compile(e.args[0], scope), extra))
                    return AggRef(len(aggs) - 1)
                if isinstance(e, Exists):
                    return e
                return None

            keys = [(it.name, comp.compile(it.expr, scope)) for it in items if not contains_aggregate(it.expr)]
            key_vars = {it.expr.name for it in items if isinstance(it.expr, Var) and not contains_aggregate(it.expr)}
            agg_items = [(it.name, _rewrite(it.expr, extract)) for it in items if contains_aggregate(it.expr)]
            key_exprs = {it.expr for it in items if not contains_aggregate(it.expr)}
            for _, e in agg_items:
                _check_grouping(e, key_vars, key_exprs)
            for e, (re_e, _) in zip((k.expr for k in p.order), order):
                if contains_aggregate(e) and e not in by_expr:
                    if contains_aggregate(re_e):
                        raise refuse("ORDER BY an aggregate that is not returned")
                    _check_grouping(_rewrite(e, lambda x: AggRef(0) if isinstance(x, CountStar) or (
                        isinstance(x, Call) and x.name in AGGREGATES) else None), key_vars | set(names), key_exprs)
            agg_scope = scope | frozenset(names) | frozenset(f"\x00agg{i}" for i in range(len(aggs)))
            agg_fs = [(n, comp.compile(e, agg_scope)) for n, e in agg_items]
            for e, _ in order:
                if contains_aggregate(e):
                    raise refuse("ORDER BY an aggregate that is not returned")
            order_fs = [(comp.compile(e, out_scope | frozenset(key_vars)), d) for e, d in order]

            def aggregate(rows: Iterator[Row]) -> Iterator[Row]:
                groups: dict[Any, tuple[Row, Row, list[_Agg]]] = {}
                for row in rows:
                    kv = {n: f(row) for n, f in keys}
                    gk = tuple(V.group_key(v) for v in kv.values())
                    g = groups.get(gk)
                    if g is None:
                        limits.charge()
                        g = groups[gk] = (kv, row, [_Agg("count" if a[0] == "count*" else a[0], a[1], limits, a[3])
                                                    for a in aggs])
                    for (name, _, f, _), st in zip(aggs, g[2]):
                        if f is None:
                            st.n += 1
                        else:
                            st.add(f(row))
                if not groups and not keys:
                    groups[()] = ({}, {}, [_Agg("count" if a[0] == "count*" else a[0], a[1], limits, a[3]) for a in aggs])
                for kv, first, states in groups.values():
                    env = dict(first)
                    env.update(kv)
                    for i, st in enumerate(states):
                        env[f"\x00agg{i}"] = st.result()
                    out = {}
                    for it in items:
                        out[it.name] = None
                    out.update(kv)
                    for n, f in agg_fs:
                        out[n] = f(env)
                    yield out

            core: Stage = aggregate
            sort_env_full = True
        else:
            fs = [(it.name, comp.compile(it.expr, scope)) for it in items]
            sort_scope = out_scope if p.distinct else (scope | out_scope)
            order_fs = [(comp.compile(e, sort_scope), d) for e, d in order]

            needs_env = not p.distinct and (
                any(not (variables(e) <= out_scope) for e, _ in order)
                or (p.where is not None and not (variables(p.where) <= out_scope)))

            def project(rows: Iterator[Row]) -> Iterator[Row]:
                for row in rows:
                    out = {n: f(row) for n, f in fs}
                    if needs_env:
                        env = dict(row)
                        env.update(out)
                        out["\x00env"] = env  # type: ignore[assignment]
                    yield out

            core = project
            sort_env_full = False
        if p.where is not None:
            p = replace(p, where=_rewrite(p.where, to_item)) if p.distinct or aggregating else p
            if contains_aggregate(p.where):
                raise CypherSyntaxError("invalid Cypher: aggregate functions are not allowed in WHERE")
            where_f = comp.compile(p.where, out_scope if (aggregating or p.distinct) else scope | out_scope)

        distinct = p.distinct

        def stage(rows: Iterator[Row]) -> Iterator[Row]:
            out = core(rows)
            if distinct:
                out = _distinct(out, names, limits)
            if order_fs:
                buf = []
                for r in out:
                    limits.charge()
                    env = r.get("\x00env", r) if not sort_env_full else r
                    buf.append((r, [V.order_key(f(env)) for f, _ in order_fs]))
                # one stable sort per key, last key first (reverse=True keeps ties in order)
                for i in range(len(order_fs) - 1, -1, -1):
                    buf.sort(key=lambda t: t[1][i], reverse=order_fs[i][1])  # noqa: B023 - used at once
                out = iter([t[0] for t in buf])
            s = skip(None) if skip else 0
            n = limit(None) if limit else None
            if s or n is not None:
                out = itertools.islice(out, s, None if n is None else s + n)
            for r in out:
                env = r.pop("\x00env", r)
                if where_f is not None and truth(where_f(env)) is not True:
                    continue
                yield r

        self.kinds = kinds
        return stage, out_scope, names

    def _count(self, e: Expr | None, what: str) -> Callable[[Any], int] | None:
        if e is None:
            return None
        f = self.comp.compile(e, frozenset())

        def value(_: Any) -> int:
            v = f({})
            if isinstance(v, bool) or not isinstance(v, int):
                if isinstance(v, float) and v == int(v):
                    raise CypherSyntaxError(f"invalid Cypher: {what} must be an integer, got {v}")
                raise CypherSyntaxError(f"invalid Cypher: {what} must be a non-negative integer")
            if v < 0:
                raise CypherSyntaxError(f"invalid Cypher: {what} must not be negative")
            return v

        return value


def _no_aggregate_inside_comprehension(e: Any) -> None:
    if isinstance(e, (ListComp, Quantifier, Reduce)):
        inner = [x for x in (getattr(e, "where", None), getattr(e, "project", None), getattr(e, "expr", None))
                 if x is not None]
        if any(contains_aggregate(x) for x in inner):
            raise CypherSyntaxError("invalid Cypher: an aggregate function cannot be used inside a list "
                                    "comprehension, quantifier or reduce()")
    for c in children(e):
        _no_aggregate_inside_comprehension(c)


def _check_grouping(e: Any, key_vars: set[str], key_exprs: set[Any]) -> None:
    """Non-aggregated parts of an aggregating expression must be grouping keys (Neo4j's rule)."""
    def walk(x: Any, bound: frozenset[str]) -> None:
        if (x in key_exprs and isinstance(x, (Var, Prop))) or isinstance(x, AggRef):
            return
        if isinstance(x, Var):
            if x.name not in key_vars and x.name not in bound:
                raise CypherSyntaxError(f"invalid Cypher: `{x.name}` is used next to an aggregate without being a "
                                        "grouping key (ambiguous aggregation expression)")
            return
        inner = bound | ({x.var} if isinstance(x, (ListComp, Quantifier)) else set()) | (
            {x.acc, x.var} if isinstance(x, Reduce) else set())
        for c in children(x):
            walk(c, frozenset(inner))

    walk(e, frozenset())


def _distinct(rows: Iterator[Row], names: list[str], limits: Any) -> Iterator[Row]:
    seen: set[Any] = set()
    for r in rows:
        k = tuple(V.group_key(r[n]) for n in names)
        if k in seen:
            continue
        seen.add(k)
        limits.charge()
        yield r


def _pattern_text(p: PathPattern) -> str:
    out = []
    for i, n in enumerate(p.nodes):
        out.append(f"({n.var or ''}{''.join(':' + x for x in n.labels)})")
        if i < len(p.rels):
            out.append("--")
    return "".join(out)
