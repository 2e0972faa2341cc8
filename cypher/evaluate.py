"""Expressions to Python closures over a row (a dict, variable -> value), with Neo4j's semantics.

Each expression is compiled once per query into a closure; a row is then evaluated by calling
it. Boolean operators follow three-valued logic (null is "unknown": ``null AND false`` is
false, ``null OR true`` is true, ``NOT null`` is null); WHERE keeps a row only when its
condition is true. Aggregate calls are not evaluated here: cypher/clauses.py replaces them by
:class:`AggRef` before compiling a projection. Patterns inside expressions (``WHERE
(a)-->(b)``, ``EXISTS { }``, pattern comprehensions) are run through ``Compiler.subplan``, which
cypher/clauses.py provides.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsgraph.cypher import values as V
from newsgraph.cypher.ast import (
    Call,
    Case,
    Compare,
    CountStar,
    Exists,
    Expr,
    HasLabels,
    Index,
    ListComp,
    ListLit,
    Lit,
    MapLit,
    MapProjection,
    Op,
    Param,
    PatternComp,
    PatternPredicate,
    Prop,
    Quantifier,
    Reduce,
    Slice,
    Var,
)
from newsgraph.cypher.functions import AGGREGATES, FUNCTIONS
from newsgraph.cypher.lexer import CypherSyntaxError
from newsgraph.cypher.parser import refuse
from newsgraph.cypher.values import CypherTypeError, Node, Path, Rel

Fn = Callable[[dict[str, Any]], Any]



def _require_list(value: Any) -> None:
    """A list comprehension, quantifier or reduce iterates a list, nothing else."""
    if not isinstance(value, (list, tuple)):
        raise CypherTypeError(f"expected a list, got {V.type_name(value)}")

@dataclass(frozen=True)
class AggRef(Expr):
    """The value of the ``index``-th aggregate of a projection (set by cypher/clauses.py)."""

    index: int


class Context:
    """What a running query reads besides its rows: the graph, parameters, limits."""

    def __init__(self, g: Any, params: dict[str, Any], key_prop: str | None, limits: Any) -> None:
        self.g, self.params, self.key_prop, self.limits = g, params, key_prop, limits
        self.nodes = g.nodes
        self.regex_cache: dict[str, re.Pattern[str]] = {}

    def node(self, key: Any) -> Node:
        return Node(key, self.nodes[key])

    def node_prop(self, n: Node, key: str) -> Any:
        v = n.data.get(key)
        if v is None:
            if key == self.key_prop:
                return n.key
            return None
        if key == "__labels__":
            return None
        return V.plain(v)

    def props(self, x: Any) -> dict[str, Any]:
        if isinstance(x, Node):
            out = {k: V.plain(v) for k, v in x.data.items() if k != "__labels__" and v is not None}
            if self.key_prop and self.key_prop not in out:
                out[self.key_prop] = x.key
            return out
        if isinstance(x, Rel):
            return {k: V.plain(v) for k, v in x.data.items() if k != "__labels__" and v is not None}
        if isinstance(x, dict):
            return x
        raise CypherTypeError(f"expected a node, relationship or map, got {V.type_name(x)}")


def truth(v: Any) -> bool | None:
    if v is None or isinstance(v, bool):
        return v
    raise CypherTypeError(f"expected a boolean, got {V.type_name(v)}")


_SCALARS = (str, int, float, bool)


def property_of(ctx: Context, x: Any, key: str) -> Any:
    if x is None:
        return None
    if type(x) is Node:
        v = x.data.get(key)
        if v.__class__ in _SCALARS:
            return v
        return ctx.node_prop(x, key)
    if type(x) is Rel:
        v = x.data.get(key)
        if v.__class__ in _SCALARS:
            return v
        return None if key == "__labels__" else V.plain(v)
    if isinstance(x, Node):
        return ctx.node_prop(x, key)
    if isinstance(x, Rel):
        return None if key == "__labels__" else V.plain(x.data.get(key))
    if isinstance(x, dict):
        return x.get(key)
    if isinstance(x, V._dt.date):
        return _date_field(x, key)
    raise CypherTypeError(f"cannot read property {key!r} of a {V.type_name(x)}")


def _date_field(d: Any, key: str) -> Any:
    k = key.lower()
    if k in ("year", "month", "day"):
        return getattr(d, k)
    if k == "quarter":
        return (d.month - 1) // 3 + 1
    if k in ("dayofweek", "weekday"):
        return d.isoweekday()
    if k == "week":
        return d.isocalendar()[1]
    if k == "weekyear":
        return d.isocalendar()[0]
    if k == "ordinalday":
        return d.timetuple().tm_yday
    if k == "dayofquarter":
        start = V._dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
        return (d - start).days + 1
    raise refuse(f"the date property .{key}")


def contains_aggregate(e: Any) -> bool:
    if isinstance(e, CountStar):
        return True
    if isinstance(e, Call) and e.name in AGGREGATES:
        return True
    if isinstance(e, (PatternComp, Exists, PatternPredicate)):
        return False
    return any(contains_aggregate(c) for c in children(e))


def children(e: Any) -> list[Any]:
    out: list[Any] = []
    if isinstance(e, (Prop,)):
        out.append(e.subject)
    elif isinstance(e, Index):
        out += [e.subject, e.index]
    elif isinstance(e, Slice):
        out += [x for x in (e.subject, e.lo, e.hi) if x is not None]
    elif isinstance(e, ListLit):
        out += list(e.items)
    elif isinstance(e, MapLit):
        out += [v for _, v in e.items]
    elif isinstance(e, MapProjection):
        out += [v for _, _, v in e.items if v is not None]
    elif isinstance(e, (Op, Compare, Call)):
        out += list(e.args)
    elif isinstance(e, HasLabels):
        out.append(e.subject)
    elif isinstance(e, Case):
        if e.test is not None:
            out.append(e.test)
        for a, b in e.whens:
            out += [a, b]
        if e.default is not None:
            out.append(e.default)
    elif isinstance(e, ListComp):
        out += [x for x in (e.source, e.where, e.project) if x is not None]
    elif isinstance(e, Quantifier):
        out += [e.source, e.where]
    elif isinstance(e, Reduce):
        out += [e.init, e.source, e.expr]
    return out


def variables(e: Any, bound: frozenset[str] = frozenset()) -> set[str]:
    """Free variables of an expression (for pushing WHERE conjuncts down into the match)."""
    if isinstance(e, Var):
        return set() if e.name in bound else {e.name}
    if isinstance(e, MapProjection):
        out = set() if e.subject in bound else {e.subject}
        for _, _, v in e.items:
            if v is not None:
                out |= variables(v, bound)
        return out
    if isinstance(e, (ListComp, Quantifier)):
        inner = bound | {e.var}
        out = variables(e.source, bound)
        for x in (getattr(e, "where", None), getattr(e, "project", None)):
            if x is not None:
                out |= variables(x, inner)
        return out
    if isinstance(e, Reduce):
        return variables(e.init, bound) | variables(e.source, bound) | variables(e.expr, bound | {e.acc, e.var})
    if isinstance(e, (PatternPredicate, PatternComp)):
        pat = e.pattern
        names = {n.var for n in pat.nodes if n.var} | {r.var for r in pat.rels if r.var}
        out = names - bound
        if isinstance(e, PatternComp):
            out = (names - bound) if not isinstance(e, PatternComp) else set()
            inner = bound | names | ({pat.var} if pat.var else set())
            out |= {n for n in names if n not in bound}
            for x in (e.where, e.project):
                if x is not None:
                    out |= variables(x, inner)
            out |= _pattern_expr_vars(pat, bound)
            return out
        return out | _pattern_expr_vars(pat, bound)
    if isinstance(e, Exists):
        return {"\x00exists"}  # evaluated once every variable of the match is bound
    out = set()
    for c in children(e):
        out |= variables(c, bound)
    return out


def _pattern_expr_vars(pat: Any, bound: frozenset[str]) -> set[str]:
    out: set[str] = set()
    for p in list(pat.nodes) + list(pat.rels):
        if p.props is not None:
            out |= variables(p.props, bound)
    return out


class Compiler:
    def __init__(self, ctx: Context, subplan: Callable[..., Any], kinds: Callable[[], dict[str, str]] | None = None) -> None:
        self.ctx = ctx
        self.kinds = kinds or (lambda: {})
        self.subplan = subplan  # (kind, ast, scope) -> callable(row) -> iterator of rows

    def compile(self, e: Expr, scope: frozenset[str] | None = None) -> Fn:  # noqa: C901
        ctx = self.ctx
        c = self.compile
        if isinstance(e, Lit):
            v = e.value
            return lambda row: v
        if isinstance(e, Var):
            name = e.name
            if scope is not None and name not in scope:
                raise CypherSyntaxError(f"invalid Cypher: variable `{name}` not defined")

            def var(row: dict[str, Any]) -> Any:
                try:
                    return row[name]
                except KeyError:
                    raise CypherSyntaxError(f"invalid Cypher: variable `{name}` not defined") from None

            return var
        if isinstance(e, Param):
            name = e.name
            if name not in ctx.params:
                raise V.QueryError(f"query uses ${name} but no such parameter was given (--param {name}=VALUE)")
            v = ctx.params[name]
            return lambda row: v
        if isinstance(e, AggRef):
            key = f"\x00agg{e.index}"
            return lambda row: row[key]
        if isinstance(e, Prop):
            if isinstance(e.subject, Var) and self.kinds().get(e.subject.name) in ("path", "relationship list"):
                raise CypherTypeError(f"invalid Cypher: a {self.kinds()[e.subject.name]} has no properties")
            sub, key = c(e.subject, scope), e.key
            if isinstance(e.subject, Var):
                vname = e.subject.name

                def var_prop(row: dict[str, Any]) -> Any:
                    try:
                        x = row[vname]
                    except KeyError:
                        raise CypherSyntaxError(f"invalid Cypher: variable `{vname}` not defined") from None
                    if x.__class__ is Node or x.__class__ is Rel:
                        v = x.data.get(key)
                        if v.__class__ in _SCALARS:
                            return v
                    return property_of(ctx, x, key)

                return var_prop
            return lambda row: property_of(ctx, sub(row), key)
        if isinstance(e, ListLit):
            items = [c(x, scope) for x in e.items]
            return lambda row: [f(row) for f in items]
        if isinstance(e, MapLit):
            pairs = [(k, c(x, scope)) for k, x in e.items]
            return lambda row: {k: f(row) for k, f in pairs}
        if isinstance(e, MapProjection):
            return self._map_projection(e, scope)
        if isinstance(e, Op):
            return self._op(e, scope)
        if isinstance(e, Compare):
            fs = [c(x, scope) for x in e.args]
            ops = e.ops
            if len(ops) == 1:
                op, f0, f1 = ops[0], fs[0], fs[1]
                return lambda row: V.compare_op(op, f0(row), f1(row))

            def chain(row: dict[str, Any]) -> Any:
                vals = [f(row) for f in fs]
                out: bool | None = True
                for i, op in enumerate(ops):
                    r = V.compare_op(op, vals[i], vals[i + 1])
                    if r is False:
                        return False
                    if r is None:
                        out = None
                return out

            return chain
        if isinstance(e, HasLabels):
            sub, labels = c(e.subject, scope), e.labels

            def has_labels(row: dict[str, Any]) -> Any:
                n = sub(row)
                if n is None:
                    return None
                if isinstance(n, Rel):
                    return all(lab == V.rel_type(n) for lab in labels)
                if not isinstance(n, Node):
                    raise CypherTypeError(f"label test on a {V.type_name(n)}")
                have = n.data.get("__labels__") or ()
                return all(lab in have for lab in labels)

            return has_labels
        if isinstance(e, Index):
            return self._index(e, scope)
        if isinstance(e, Slice):
            return self._slice(e, scope)
        if isinstance(e, CountStar) or (isinstance(e, Call) and e.name in AGGREGATES):
            raise CypherSyntaxError("invalid Cypher: an aggregate function (count, sum, collect, …) "
                                    "may only be used in WITH or RETURN")
        if isinstance(e, Call):
            return self._call(e, scope)
        if isinstance(e, Case):
            return self._case(e, scope)
        if isinstance(e, ListComp):
            return self._list_comp(e, scope)
        if isinstance(e, Quantifier):
            return self._quantifier(e, scope)
        if isinstance(e, Reduce):
            return self._reduce(e, scope)
        if isinstance(e, PatternPredicate):
            run = self.subplan("pattern", e.pattern, scope)
            return lambda row: next(iter(run(row)), None) is not None
        if isinstance(e, PatternComp):
            run = self.subplan("comprehension", e, scope)
            return lambda row: list(run(row))
        if isinstance(e, Exists):
            run = self.subplan("exists", e.query, scope)
            if e.count:
                return lambda row: sum(1 for _ in run(row))
            return lambda row: next(iter(run(row)), None) is not None
        raise refuse(f"the expression {type(e).__name__}")

    # --- pieces

    def _op(self, e: Op, scope: frozenset[str] | None) -> Fn:
        op = e.op
        fs = [self.compile(x, scope) for x in e.args]
        if op == "and":
            a, b = fs

            def and_(row: dict[str, Any]) -> Any:
                x = truth(a(row))
                if x is False:
                    y = truth(b(row))  # still type-checked
                    return False
                y = truth(b(row))
                if y is False:
                    return False
                return None if (x is None or y is None) else True

            return and_
        if op == "or":
            a, b = fs

            def or_(row: dict[str, Any]) -> Any:
                x = truth(a(row))
                y = truth(b(row))
                if x is True or y is True:
                    return True
                return None if (x is None or y is None) else False

            return or_
        if op == "xor":
            a, b = fs

            def xor(row: dict[str, Any]) -> Any:
                x, y = truth(a(row)), truth(b(row))
                return None if x is None or y is None else x != y

            return xor
        if op == "not":
            (a,) = fs

            def not_(row: dict[str, Any]) -> Any:
                x = truth(a(row))
                return None if x is None else not x

            return not_
        if op == "isnull":
            (a,) = fs
            return lambda row: a(row) is None
        if op == "notnull":
            (a,) = fs
            return lambda row: a(row) is not None
        if op == "neg":
            (a,) = fs

            def neg(row: dict[str, Any]) -> Any:
                x = a(row)
                if x is None:
                    return None
                if not V.is_number(x):
                    raise CypherTypeError(f"cannot negate a {V.type_name(x)}")
                return V.check_int(-x) if isinstance(x, int) else -x

            return neg
        if op == "pos":
            (a,) = fs

            def pos(row: dict[str, Any]) -> Any:
                x = a(row)
                if x is not None and not V.is_number(x):
                    raise CypherTypeError(f"unary + on a {V.type_name(x)}")
                return x

            return pos
        if op == "+":
            a, b = fs
            return lambda row: V.add(a(row), b(row))
        if op in ("-", "*", "/", "%", "^"):
            a, b = fs
            return lambda row: V.arith(op, a(row), b(row))
        if op in ("starts", "ends", "contains"):
            a, b = fs

            def strop(row: dict[str, Any]) -> Any:
                x, y = a(row), b(row)
                if not isinstance(x, str) or not isinstance(y, str):
                    return None
                if op == "starts":
                    return x.startswith(y)
                if op == "ends":
                    return x.endswith(y)
                return y in x

            return strop
        if op == "in":
            a, b = fs

            def in_(row: dict[str, Any]) -> Any:
                x, lst = a(row), b(row)
                if lst is None:
                    return None
                if not isinstance(lst, (list, tuple)):
                    raise CypherTypeError(f"IN expects a list, got {V.type_name(lst)}")
                unknown = False
                for y in lst:
                    r = V.equals(x, y)
                    if r is True:
                        return True
                    if r is None:
                        unknown = True
                return None if unknown else False

            return in_
        if op == "regex":
            a, b = fs
            cache = self.ctx.regex_cache

            def regex(row: dict[str, Any]) -> Any:
                x, pat = a(row), b(row)
                if not isinstance(x, str) or not isinstance(pat, str):
                    return None
                rx = cache.get(pat)
                if rx is None:
                    try:
                        rx = cache[pat] = re.compile(pat, re.DOTALL)
                    except re.error as exc:
                        raise V.QueryError(f"invalid regular expression {pat!r}: {exc}") from None
                return rx.fullmatch(x) is not None

            return regex
        raise refuse(f"the operator {op}")

    def _index(self, e: Index, scope: frozenset[str] | None) -> Fn:
        sub, idx = self.compile(e.subject, scope), self.compile(e.index, scope)
        ctx = self.ctx

        def index(row: dict[str, Any]) -> Any:
            x, i = sub(row), idx(row)
            if x is None or i is None:
                return None
            if isinstance(x, (list, tuple)):
                if isinstance(i, bool) or not isinstance(i, int):
                    raise CypherTypeError(f"a list index must be an integer, got {V.type_name(i)}")
                if -len(x) <= i < len(x):
                    return x[i]
                return None
            if isinstance(x, (dict, Node, Rel)):
                if not isinstance(i, str):
                    raise CypherTypeError(f"a map key must be a string, got {V.type_name(i)}")
                return property_of(ctx, x, i)
            raise CypherTypeError(f"cannot index a {V.type_name(x)}")

        return index

    def _slice(self, e: Slice, scope: frozenset[str] | None) -> Fn:
        sub = self.compile(e.subject, scope)
        lo = self.compile(e.lo, scope) if e.lo is not None else None
        hi = self.compile(e.hi, scope) if e.hi is not None else None

        def slice_(row: dict[str, Any]) -> Any:
            x = sub(row)
            a = lo(row) if lo else 0
            b = hi(row) if hi else None
            if x is None or (lo and a is None) or (hi and b is None):
                return None
            if not isinstance(x, (list, tuple)):
                raise CypherTypeError(f"cannot slice a {V.type_name(x)}")
            for bound in (a, b):
                if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int)):
                    raise CypherTypeError("slice bounds must be integers")
            return list(x[a:b])

        return slice_

    def _call(self, e: Call, scope: frozenset[str] | None) -> Fn:
        spec = FUNCTIONS.get(e.name)
        if spec is None:
            raise refuse(f"the function {e.text.split('(')[0]}()")
        fn, lo, hi = spec
        if not lo <= len(e.args) <= hi:
            raise CypherSyntaxError(f"invalid Cypher: wrong number of arguments to {e.text.split('(')[0]}()")
        if e.distinct:
            raise CypherSyntaxError(f"invalid Cypher: DISTINCT is only allowed in aggregate functions ({e.text})")
        want = _ARG_KINDS.get(e.name)
        if want and e.args:
            a0 = e.args[0]
            kind = self.kinds().get(a0.name) if isinstance(a0, Var) else None
            if isinstance(a0, PatternPredicate) or (kind and kind not in want and kind not in ("any", "value")):
                raise CypherTypeError(f"invalid Cypher: {e.text.split('(')[0]}() cannot take a "
                                      f"{kind or 'pattern'} (invalid argument type)")
        args = [self.compile(x, scope) for x in e.args]
        ctx = self.ctx
        if len(args) == 1:
            (a,) = args
            return lambda row: fn(ctx, a(row))
        return lambda row: fn(ctx, *[f(row) for f in args])

    def _case(self, e: Case, scope: frozenset[str] | None) -> Fn:
        test = self.compile(e.test, scope) if e.test is not None else None
        whens = [(self.compile(a, scope), self.compile(b, scope)) for a, b in e.whens]
        default = self.compile(e.default, scope) if e.default is not None else (lambda row: None)

        def case(row: dict[str, Any]) -> Any:
            if test is not None:
                t = test(row)
                for cond, val in whens:
                    if V.equals(t, cond(row)) is True:
                        return val(row)
            else:
                for cond, val in whens:
                    if cond(row) is True:
                        return val(row)
            return default(row)

        return case

    def _inner(self, scope: frozenset[str] | None, *names: str) -> frozenset[str] | None:
        return None if scope is None else scope | frozenset(names)

    def _list_comp(self, e: ListComp, scope: frozenset[str] | None) -> Fn:
        src = self.compile(e.source, scope)
        inner = self._inner(scope, e.var)
        where = self.compile(e.where, inner) if e.where is not None else None
        proj = self.compile(e.project, inner) if e.project is not None else None
        var = e.var

        def comp(row: dict[str, Any]) -> Any:
            lst = src(row)
            if lst is None:
                return None
            _require_list(lst)
            out = []
            r = dict(row)
            for x in lst:
                r[var] = x
                if where is not None and where(r) is not True:
                    continue
                out.append(proj(r) if proj is not None else x)
            return out

        return comp

    def _quantifier(self, e: Quantifier, scope: frozenset[str] | None) -> Fn:
        src = self.compile(e.source, scope)
        where = self.compile(e.where, self._inner(scope, e.var))
        var, kind = e.var, e.kind

        def quant(row: dict[str, Any]) -> Any:
            lst = src(row)
            if lst is None:
                return None
            _require_list(lst)
            r = dict(row)
            trues = nulls = 0
            for x in lst:
                r[var] = x
                t = truth(where(r))
                if t is True:
                    trues += 1
                    if kind == "any":
                        return True
                    if kind == "none":
                        return False
                elif t is None:
                    nulls += 1
                elif kind == "all":
                    return False
            n = len(lst)
            if kind == "any":
                return None if nulls else False
            if kind == "none":
                return None if nulls else True
            if kind == "all":
                return None if nulls else True
            # single
            if trues > 1:
                return False
            if nulls:
                return None
            return trues == 1 if n else False

        return quant

    def _reduce(self, e: Reduce, scope: frozenset[str] | None) -> Fn:
        init, src = self.compile(e.init, scope), self.compile(e.source, scope)
        body = self.compile(e.expr, self._inner(scope, e.acc, e.var))
        acc, var = e.acc, e.var

        def reduce_(row: dict[str, Any]) -> Any:
            lst = src(row)
            if lst is None:
                return None
            _require_list(lst)
            r = dict(row)
            r[acc] = init(row)
            for x in lst:
                r[var] = x
                r[acc] = body(r)
            return r[acc]

        return reduce_

    def _map_projection(self, e: MapProjection, scope: frozenset[str] | None) -> Fn:
        subj = self.compile(Var(e.subject), scope)
        items = [(k, kind, self.compile(v, scope) if v is not None else None) for k, kind, v in e.items]
        ctx = self.ctx

        def proj(row: dict[str, Any]) -> Any:
            x = subj(row)
            if x is None:
                return None
            out: dict[str, Any] = {}
            for k, kind, f in items:
                if kind == "all":
                    out.update(ctx.props(x))
                elif kind == "prop":
                    out[k] = property_of(ctx, x, k)
                else:
                    out[k] = f(row)  # type: ignore[misc]
            return out

        return proj


_ARG_KINDS = {
    "type": ("relationship",), "length": ("path",), "nodes": ("path",), "relationships": ("path",),
    "size": ("relationship list", "list"), "labels": ("node",),
}


def output(ctx: Context, v: Any) -> Any:
    """A result value as the project returns it (nodes and relationships as property dicts, as
    graph/neo4j/store.py renders the driver's; a path as the list of its nodes; dates as ISO text)."""
    if v is None or v.__class__ in _SCALARS:
        return v
    if isinstance(v, (Node, Rel)):
        return {k: output(ctx, x) for k, x in ctx.props(v).items()}
    if isinstance(v, Path):
        return [output(ctx, n) for n in v.nodes]
    if isinstance(v, dict):
        return {k: output(ctx, x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [output(ctx, x) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted(output(ctx, x) for x in v)
    if isinstance(v, V._dt.date):
        return v.isoformat()
    return v
