"""Scalar functions of the embedded engine: name -> (function(ctx, *args), min args, max args).

Null in gives null out unless Neo4j says otherwise (``coalesce``, ``size(null)`` is null, …).
Aggregates (:data:`AGGREGATES`) are computed by cypher/clauses.py.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from typing import Any

from newsgraph.core.errors import QueryError
from newsgraph.cypher import values as V
from newsgraph.cypher.values import CypherTypeError, Node, Path, Rel

AGGREGATES = frozenset({"count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp",
                        "percentilecont", "percentiledisc"})

FUNCTIONS: dict[str, tuple[Callable[..., Any], int, int]] = {}


def fn(name: str, lo: int = 1, hi: int | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(f: Callable[..., Any]) -> Callable[..., Any]:
        FUNCTIONS[name] = (f, lo, lo if hi is None else hi)
        return f

    return deco


def _want(v: Any, kinds: tuple[type, ...], what: str, name: str) -> None:
    if not isinstance(v, kinds) or (isinstance(v, bool) and bool not in kinds):
        raise CypherTypeError(f"{name}() expects {what}, got {V.type_name(v)}")


def _num(v: Any, name: str) -> None:
    if not V.is_number(v):
        raise CypherTypeError(f"{name}() expects a number, got {V.type_name(v)}")


def _int(v: Any, name: str) -> None:
    if isinstance(v, bool) or not isinstance(v, int):
        raise CypherTypeError(f"{name}() expects an integer, got {V.type_name(v)}")


# --- graph ------------------------------------------------------------------------------------


@fn("type")
def _type(ctx: Any, r: Any) -> Any:
    if r is None:
        return None
    if not isinstance(r, Rel):
        raise CypherTypeError(f"type() expects a relationship, got {V.type_name(r)}")
    return V.rel_type(r)


@fn("labels")
def _labels(ctx: Any, n: Any) -> Any:
    if n is None:
        return None
    if not isinstance(n, Node):
        raise CypherTypeError(f"labels() expects a node, got {V.type_name(n)}")
    return V.node_labels(n)


@fn("properties")
def _properties(ctx: Any, x: Any) -> Any:
    return None if x is None else dict(ctx.props(x))


@fn("keys")
def _keys(ctx: Any, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, dict):
        return list(x)
    return list(ctx.props(x))


@fn("startnode")
def _startnode(ctx: Any, r: Any) -> Any:
    if r is None:
        return None
    _want(r, (Rel,), "a relationship", "startNode")
    return ctx.node(r.u)


@fn("endnode")
def _endnode(ctx: Any, r: Any) -> Any:
    if r is None:
        return None
    _want(r, (Rel,), "a relationship", "endNode")
    return ctx.node(r.v)


@fn("nodes")
def _nodes(ctx: Any, p: Any) -> Any:
    if p is None:
        return None
    _want(p, (Path,), "a path", "nodes")
    return list(p.nodes)


@fn("relationships")
def _relationships(ctx: Any, p: Any) -> Any:
    if p is None:
        return None
    _want(p, (Path,), "a path", "relationships")
    return list(p.rels)


@fn("length")
def _length(ctx: Any, p: Any) -> Any:
    if p is None:
        return None
    if isinstance(p, Path):
        return len(p.rels)
    raise CypherTypeError(f"length() expects a path (use size() for lists and strings), got {V.type_name(p)}")


@fn("size")
def _size(ctx: Any, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, (str, list, tuple)):
        return len(x)
    raise CypherTypeError(f"size() expects a list or a string, got {V.type_name(x)}")


def _refuse_id(ctx: Any, x: Any) -> Any:
    raise QueryError("the embedded Cypher engine does not support id()/elementId(): Neo4j's internal ids differ "
                     "from the embedded graph's; use the id property (n.id)")


FUNCTIONS["id"] = (_refuse_id, 1, 1)
FUNCTIONS["elementid"] = (_refuse_id, 1, 1)


@fn("coalesce", 1, 1000)
def _coalesce(ctx: Any, *args: Any) -> Any:
    for a in args:
        if a is not None:
            return a
    return None


@fn("exists")
def _exists(ctx: Any, x: Any) -> Any:
    return x is not None


# --- lists ------------------------------------------------------------------------------------


@fn("head")
def _head(ctx: Any, x: Any) -> Any:
    if x is None:
        return None
    _want(x, (list, tuple), "a list", "head")
    return x[0] if x else None


@fn("last")
def _last(ctx: Any, x: Any) -> Any:
    if x is None:
        return None
    _want(x, (list, tuple), "a list", "last")
    return x[-1] if x else None


@fn("tail")
def _tail(ctx: Any, x: Any) -> Any:
    if x is None:
        return None
    _want(x, (list, tuple), "a list", "tail")
    return list(x[1:])


@fn("reverse")
def _reverse(ctx: Any, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, str):
        return x[::-1]
    _want(x, (list, tuple), "a list or a string", "reverse")
    return list(reversed(x))


@fn("range", 2, 3)
def _range(ctx: Any, a: Any, b: Any, step: Any = 1) -> Any:
    for v in (a, b, step):
        if v is None:
            raise CypherTypeError("range() expects integers, got null")
        _int(v, "range")
    if step == 0:
        raise QueryError("range() step must not be zero")
    n = max(0, (b - a) // step + 1)
    limits = getattr(ctx, "limits", None)
    if limits is not None:
        limits.charge(n)
    return list(range(a, b + (1 if step > 0 else -1), step))


# --- strings ----------------------------------------------------------------------------------


def _str_fn(name: str, f: Callable[[str], Any]) -> None:
    def g(ctx: Any, s: Any) -> Any:
        if s is None:
            return None
        _want(s, (str,), "a string", name)
        return f(s)

    FUNCTIONS[name.lower()] = (g, 1, 1)


_str_fn("toLower", str.lower)
_str_fn("toUpper", str.upper)
_str_fn("lower", str.lower)
_str_fn("upper", str.upper)
_str_fn("trim", lambda s: s.strip(" \t\n\r\f\v"))
_str_fn("ltrim", lambda s: s.lstrip(" \t\n\r\f\v"))
_str_fn("rtrim", lambda s: s.rstrip(" \t\n\r\f\v"))


@fn("replace", 3)
def _replace(ctx: Any, s: Any, a: Any, b: Any) -> Any:
    if s is None or a is None or b is None:
        return None
    for v in (s, a, b):
        _want(v, (str,), "strings", "replace")
    return s.replace(a, b)


@fn("substring", 2, 3)
def _substring(ctx: Any, s: Any, start: Any, length: Any = None) -> Any:
    if s is None:
        return None
    _want(s, (str,), "a string", "substring")
    if start is None:
        raise CypherTypeError("substring() start must be an integer")
    _int(start, "substring")
    if start < 0:
        raise QueryError("substring() start must not be negative")
    if length is None:
        return s[start:]
    _int(length, "substring")
    if length < 0:
        raise QueryError("substring() length must not be negative")
    return s[start : start + length]


@fn("left", 2)
def _left(ctx: Any, s: Any, n: Any) -> Any:
    if s is None:
        return None
    _want(s, (str,), "a string", "left")
    if n is None:
        raise CypherTypeError("left() length must be an integer")
    _int(n, "left")
    if n < 0:
        raise QueryError("left() length must not be negative")
    return s[:n]


@fn("right", 2)
def _right(ctx: Any, s: Any, n: Any) -> Any:
    if s is None:
        return None
    _want(s, (str,), "a string", "right")
    if n is None:
        raise CypherTypeError("right() length must be an integer")
    _int(n, "right")
    if n < 0:
        raise QueryError("right() length must not be negative")
    return s[len(s) - n :] if n else ""


@fn("split", 2)
def _split(ctx: Any, s: Any, sep: Any) -> Any:
    if s is None or sep is None:
        return None
    _want(s, (str,), "a string", "split")
    if isinstance(sep, list):
        raise QueryError("the embedded Cypher engine does not support split() with a list of delimiters")
    _want(sep, (str,), "a string", "split")
    if sep == "":
        return list(s)
    return s.split(sep)


@fn("tostring")
def _tostring(ctx: Any, v: Any) -> Any:
    if isinstance(v, (list, dict, Node, Rel, Path)):
        raise CypherTypeError(f"toString() cannot convert a {V.type_name(v)}")
    return V.to_string(v)


@fn("tostringornull")
def _tostringornull(ctx: Any, v: Any) -> Any:
    try:
        return _tostring(ctx, v)
    except CypherTypeError:
        return None


# --- type conversion --------------------------------------------------------------------------


@fn("tointeger")
def _tointeger(ctx: Any, v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return None
        return V.check_int(int(v))
    if isinstance(v, str):
        s = v.strip()
        try:
            return V.check_int(int(s))
        except ValueError:
            pass
        try:
            f = float(s)
        except ValueError:
            return None
        if math.isnan(f) or math.isinf(f):
            return None
        return V.check_int(int(f))
    raise CypherTypeError(f"toInteger() cannot convert a {V.type_name(v)}")


@fn("tofloat")
def _tofloat(ctx: Any, v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, bool):
        raise CypherTypeError("toFloat() cannot convert a BOOLEAN")
    if V.is_number(v):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            return None
    raise CypherTypeError(f"toFloat() cannot convert a {V.type_name(v)}")


@fn("toboolean")
def _toboolean(ctx: Any, v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, str):
        s = v.strip().lower()
        return True if s == "true" else False if s == "false" else None
    if isinstance(v, int):
        return v != 0
    raise CypherTypeError(f"toBoolean() cannot convert a {V.type_name(v)}")


def _or_null(f: Callable[..., Any]) -> Callable[..., Any]:
    def g(ctx: Any, v: Any) -> Any:
        try:
            return f(ctx, v)
        except (CypherTypeError, V.CypherArithmeticError):
            return None

    return g


FUNCTIONS["tointegerornull"] = (_or_null(_tointeger), 1, 1)
FUNCTIONS["tofloatornull"] = (_or_null(_tofloat), 1, 1)
FUNCTIONS["tobooleanornull"] = (_or_null(_toboolean), 1, 1)


def _list_conv(name: str, f: Callable[..., Any]) -> None:
    def g(ctx: Any, v: Any) -> Any:
        if v is None:
            return None
        _want(v, (list, tuple), "a list", name)
        out = []
        for x in v:
            try:
                out.append(f(ctx, x))
            except (CypherTypeError, V.CypherArithmeticError):
                out.append(None)
        return out

    FUNCTIONS[name.lower()] = (g, 1, 1)


_list_conv("toIntegerList", _tointeger)
_list_conv("toFloatList", _tofloat)
_list_conv("toBooleanList", _toboolean)
_list_conv("toStringList", _tostring)


# --- math -------------------------------------------------------------------------------------


def _math(name: str, f: Callable[[Any], Any], *, keep_int: bool = False) -> None:
    def g(ctx: Any, x: Any) -> Any:
        if x is None:
            return None
        _num(x, name)
        if keep_int and isinstance(x, int):
            return f(x)
        try:
            return f(float(x))
        except (ValueError, OverflowError):
            return float("nan")

    FUNCTIONS[name.lower()] = (g, 1, 1)


_math("abs", abs, keep_int=True)
_math("ceil", lambda x: float(math.ceil(x)) if math.isfinite(x) else x)
_math("floor", lambda x: float(math.floor(x)) if math.isfinite(x) else x)
_math("sign", lambda x: 0 if x == 0 else (1 if x > 0 else -1), keep_int=True)
_math("sqrt", lambda x: math.sqrt(x) if x >= 0 else float("nan"))
_math("exp", math.exp)
_math("log", lambda x: math.log(x) if x > 0 else (float("-inf") if x == 0 else float("nan")))
_math("log10", lambda x: math.log10(x) if x > 0 else (float("-inf") if x == 0 else float("nan")))
for _n in ("sin", "cos", "tan", "asin", "acos", "atan"):
    _math(_n, getattr(math, _n))
_math("degrees", math.degrees)
_math("radians", math.radians)
_math("cot", lambda x: 1 / math.tan(x) if x else float("inf"))
_math("isnan", lambda x: math.isnan(x))
FUNCTIONS["sign"] = (lambda ctx, x: None if x is None else (_num(x, "sign"), 0 if x == 0 else (1 if x > 0 else -1))[1]
                     if not V.is_nan(x) else 0, 1, 1)


@fn("round", 1, 3)
def _round(ctx: Any, x: Any, precision: Any = None, mode: Any = None) -> Any:
    if x is None:
        return None
    _num(x, "round")
    if mode is not None and str(mode).upper() not in ("HALF_UP",):
        raise QueryError(f"the embedded Cypher engine does not support round() mode {mode}")
    if not math.isfinite(x):
        return float(x)
    if precision is None:
        return float(math.floor(x + 0.5))
    _int(precision, "round")
    q = 10 ** precision
    # half away from zero at the given precision (Neo4j's HALF_UP)
    return math.copysign(math.floor(abs(x) * q + 0.5) / q, x)


@fn("atan2", 2)
def _atan2(ctx: Any, y: Any, x: Any) -> Any:
    if x is None or y is None:
        return None
    _num(x, "atan2")
    _num(y, "atan2")
    return math.atan2(y, x)


@fn("pi", 0)
def _pi(ctx: Any) -> Any:
    return math.pi


@fn("e", 0)
def _e(ctx: Any) -> Any:
    return math.e


@fn("rand", 0)
def _rand(ctx: Any) -> Any:
    return random.random()


# --- dates ------------------------------------------------------------------------------------


@fn("date", 0, 1)
def _date(ctx: Any, v: Any = ...) -> Any:
    if v is ...:
        return dt.date.today()
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        s = v.strip()
        try:
            if len(s) == 8 and s.isdigit():
                return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
            if len(s) == 7 and s[4] == "-":
                return dt.date(int(s[:4]), int(s[5:7]), 1)
            if len(s) == 4 and s.isdigit():
                return dt.date(int(s), 1, 1)
            return dt.date.fromisoformat(s[:10]) if len(s) == 10 else _bad_date(v)
        except ValueError:
            return _bad_date(v)
    if isinstance(v, dict):
        keys = {k.lower(): x for k, x in v.items()}
        if set(keys) - {"year", "month", "day"} or "year" not in keys:
            raise QueryError("the embedded Cypher engine supports date({year, month, day}) maps only")
        try:
            return dt.date(keys["year"], keys.get("month", 1), keys.get("day", 1))
        except (TypeError, ValueError) as exc:
            raise QueryError(f"invalid date {v}: {exc}") from None
    raise CypherTypeError(f"date() cannot convert a {V.type_name(v)}")


def _bad_date(v: Any) -> Any:
    raise QueryError(f"date() cannot parse {v!r} (the embedded engine reads YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY)")
