"""Cypher values over the NetworkX graph, with Neo4j's rules for equality, comparison, ordering,
grouping and arithmetic.

Nodes and relationships are handles on the graph's own attribute dicts (nothing is copied);
paths are a tuple of nodes and a tuple of relationships. Other values are plain Python: None,
bool, int (64-bit, overflow is an error), float, str, list, dict, ``datetime.date``.

* Equality (``=``) is three-valued: null on either side gives null; a list or map containing
  null compared with an equal-looking one gives null; values of different kinds are unequal
  (``1 = '1'`` is false, ``true = 1`` is false, ``1 = 1.0`` is true).
* Comparison (``<`` …) is defined within a kind (numbers, strings, booleans, lists, dates);
  across kinds it is null; NaN compares false.
* ORDER BY, min() and max() use the total order Neo4j documents: maps < nodes < relationships <
  lists < paths < dates < strings < booleans < numbers < NaN < null.
* DISTINCT and grouping use equivalence: like equality, but null is equivalent to null and
  NaN to NaN.
"""
from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from newsgraph.core.errors import QueryError

INT_MIN, INT_MAX = -(2**63), 2**63 - 1


class CypherTypeError(QueryError):
    """A value of the wrong type for an operator or function (a runtime error, as in Neo4j)."""


class CypherArithmeticError(QueryError):
    """Division by zero, integer overflow and the like."""


class Node:
    __slots__ = ("key", "data")

    def __init__(self, key: Any, data: dict[str, Any]) -> None:
        self.key, self.data = key, data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and other.key == self.key

    def __hash__(self) -> int:
        return hash(("node", self.key))

    def __repr__(self) -> str:
        return f"Node({self.key!r})"


class Rel:
    __slots__ = ("u", "v", "k", "data")

    def __init__(self, u: Any, v: Any, k: Any, data: dict[str, Any]) -> None:
        self.u, self.v, self.k, self.data = u, v, k, data

    @property
    def ident(self) -> tuple[Any, Any, Any]:
        return (self.u, self.v, self.k)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rel) and (other.u, other.v, other.k) == (self.u, self.v, self.k)

    def __hash__(self) -> int:
        return hash(("rel", self.u, self.v, self.k))

    def __repr__(self) -> str:
        return f"Rel({self.u!r}-[{self.k!r}]->{self.v!r})"


class Path:
    __slots__ = ("nodes", "rels")

    def __init__(self, nodes: tuple[Node, ...], rels: tuple[Rel, ...]) -> None:
        self.nodes, self.rels = nodes, rels

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Path) and other.nodes == self.nodes and other.rels == self.rels

    def __hash__(self) -> int:
        return hash(("path", self.nodes, self.rels))


def rel_type(r: Rel) -> str:
    labels = r.data.get("__labels__")
    if labels:
        if len(labels) != 1:
            raise QueryError("the embedded engine found a relationship without exactly one type")
        return next(iter(labels))
    t = r.data.get("type")
    if isinstance(t, str):
        return t
    raise QueryError("the embedded engine found a relationship without a type")


def node_labels(n: Node) -> list[str]:
    labels = n.data.get("__labels__") or ()
    if isinstance(labels, (set, frozenset)):
        # a set has no order; Neo4j lists the labels in the order they were created, and
        # newsgraph creates :Actor first
        return sorted(labels, key=lambda x: (x != "Actor", x))
    return list(labels)


def is_number(v: Any) -> bool:
    return (isinstance(v, int) and not isinstance(v, bool)) or isinstance(v, float)


def type_name(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "BOOLEAN"
    if isinstance(v, int):
        return "INTEGER"
    if isinstance(v, float):
        return "FLOAT"
    if isinstance(v, str):
        return "STRING"
    if isinstance(v, (list, tuple)):
        return "LIST"
    if isinstance(v, dict):
        return "MAP"
    if isinstance(v, Node):
        return "NODE"
    if isinstance(v, Rel):
        return "RELATIONSHIP"
    if isinstance(v, Path):
        return "PATH"
    if isinstance(v, _dt.datetime):
        return "DATETIME"
    if isinstance(v, _dt.date):
        return "DATE"
    return type(v).__name__.upper()


def plain(v: Any) -> Any:
    """A stored property value as a Cypher value (sets become sorted lists, tuples lists)."""
    if isinstance(v, (set, frozenset)):
        return sorted(v)
    if isinstance(v, tuple):
        return list(v)
    return v


# --- equality ---------------------------------------------------------------------------------


def equals(a: Any, b: Any) -> bool | None:
    if a is None or b is None:
        return None
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b if isinstance(a, bool) and isinstance(b, bool) else False
    if is_number(a):
        return is_number(b) and a == b
    if isinstance(a, (list, tuple)):
        if not isinstance(b, (list, tuple)):
            return False
        if len(a) != len(b):
            return False
        unknown = False
        for x, y in zip(a, b):
            e = equals(x, y)
            if e is False:
                return False
            if e is None:
                unknown = True
        return None if unknown else True
    if isinstance(a, dict):
        if not isinstance(b, dict):
            return False
        if set(a) != set(b):
            return False
        unknown = False
        for k in a:
            e = equals(a[k], b[k])
            if e is False:
                return False
            if e is None:
                unknown = True
        return None if unknown else True
    if type(a) is not type(b) and not (isinstance(a, str) and isinstance(b, str)):
        return False
    return a == b


# --- comparison -------------------------------------------------------------------------------


def compare(a: Any, b: Any) -> int | None:
    """-1, 0, 1, or None when ``a`` and ``b`` are not comparable (null, different kinds, NaN)."""
    if a is None or b is None:
        return None
    if is_number(a) and is_number(b):
        if (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
            return None
        return (a > b) - (a < b)
    if isinstance(a, str) and isinstance(b, str):
        return (a > b) - (a < b)
    if isinstance(a, bool) and isinstance(b, bool):
        return (a > b) - (a < b)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        for x, y in zip(a, b):
            c = compare(x, y)
            if c is None:
                return None
            if c:
                return c
        return (len(a) > len(b)) - (len(a) < len(b))
    if isinstance(a, _dt.date) and isinstance(b, _dt.date) and type(a) is type(b):
        return (a > b) - (a < b)
    return None


def is_nan(v: Any) -> bool:
    return isinstance(v, float) and math.isnan(v)


def compare_op(op: str, a: Any, b: Any) -> bool | None:
    ca = a.__class__
    if ca is b.__class__ and (ca is str or ca is int or ca is bool):  # the common case, directly
        if op == "=":
            return a == b
        if op == "<>":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b
    if op == "=":
        return equals(a, b)
    if op == "<>":
        e = equals(a, b)
        return None if e is None else not e
    if a is None or b is None:
        return None
    if is_nan(a) or is_nan(b):
        return False if (is_number(a) and is_number(b)) else None
    c = compare(a, b)
    if c is None:
        return None
    if op == "<":
        return c < 0
    if op == "<=":
        return c <= 0
    if op == ">":
        return c > 0
    return c >= 0


# --- total order (ORDER BY, min, max) ---------------------------------------------------------


def order_key(v: Any) -> tuple[Any, ...]:
    c = v.__class__
    if c is str:
        return (6, v)
    if c is int:
        return (8, v)
    if v is None:
        return (10,)
    if isinstance(v, bool):
        return (7, v)
    if is_number(v):
        return (9,) if is_nan(v) else (8, v)
    if isinstance(v, str):
        return (6, v)
    if isinstance(v, (list, tuple)):
        return (3, tuple(order_key(x) for x in v))
    if isinstance(v, dict):
        return (0, tuple(sorted((k, order_key(x)) for k, x in v.items())))
    if isinstance(v, Node):
        return (1, _key_order(v.key))
    if isinstance(v, Rel):
        return (2, _key_order(v.u), _key_order(v.v), _key_order(v.k))
    if isinstance(v, Path):
        return (4, tuple(order_key(n) for n in v.nodes), tuple(order_key(r) for r in v.rels))
    if isinstance(v, _dt.date):
        return (5, v.isoformat())
    return (11, repr(v))


def _key_order(k: Any) -> tuple[int, Any]:
    if is_number(k):
        return (0, k)
    return (1, str(k))


class Desc:
    """Reverses the order of a sort key (for a mixed ASC/DESC ORDER BY in one sort)."""

    __slots__ = ("k",)

    def __init__(self, k: Any) -> None:
        self.k = k

    def __lt__(self, other: Desc) -> bool:
        return other.k < self.k

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Desc) and other.k == self.k


# --- equivalence (DISTINCT, grouping) ---------------------------------------------------------


def group_key(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, bool):
        return ("b", v)
    if is_number(v):
        return ("nan",) if is_nan(v) else ("n", v)
    if isinstance(v, str):
        return ("s", v)
    if isinstance(v, (list, tuple)):
        return ("l", tuple(group_key(x) for x in v))
    if isinstance(v, dict):
        return ("m", frozenset((k, group_key(x)) for k, x in v.items()))
    if isinstance(v, (Node, Rel, Path)):
        return v
    if isinstance(v, (set, frozenset)):
        return ("l", tuple(group_key(x) for x in sorted(v)))
    return ("o", v)


# --- arithmetic -------------------------------------------------------------------------------


def check_int(v: int) -> int:
    if v < INT_MIN or v > INT_MAX:
        raise CypherArithmeticError("integer overflow (a result outside 64 bits)")
    return v


def add(a: Any, b: Any) -> Any:
    if a is None or b is None:
        return None
    if isinstance(a, (list, tuple)):
        return list(a) + (list(b) if isinstance(b, (list, tuple)) else [b])
    if isinstance(b, (list, tuple)):
        return [a] + list(b)
    if is_number(a) and is_number(b):
        r = a + b
        return check_int(r) if isinstance(r, int) else r
    if isinstance(a, str) and isinstance(b, str):
        return a + b
    if isinstance(a, str) and is_number(b):
        return a + to_string(b)
    if is_number(a) and isinstance(b, str):
        return to_string(a) + b
    raise CypherTypeError(f"cannot add {type_name(a)} and {type_name(b)}")


def arith(op: str, a: Any, b: Any) -> Any:
    if a is None or b is None:
        return None
    if not (is_number(a) and is_number(b)):
        raise CypherTypeError(f"cannot apply {op} to {type_name(a)} and {type_name(b)}")
    if op == "-":
        r = a - b
        return check_int(r) if isinstance(r, int) else r
    if op == "*":
        r = a * b
        return check_int(r) if isinstance(r, int) else r
    if op == "/":
        if isinstance(a, int) and isinstance(b, int):
            if b == 0:
                raise CypherArithmeticError("division by zero")
            q = abs(a) // abs(b)
            return check_int(q if (a >= 0) == (b >= 0) else -q)
        if b == 0:
            if a == 0 or is_nan(a):
                return float("nan")
            return math.copysign(float("inf"), a) * (math.copysign(1.0, b))
        return a / b
    if op == "%":
        if isinstance(a, int) and isinstance(b, int):
            if b == 0:
                raise CypherArithmeticError("division by zero (modulo)")
            r = abs(a) % abs(b)
            return r if a >= 0 else -r
        if b == 0:
            return float("nan")
        return math.fmod(a, b)
    if op == "^":
        try:
            return math.pow(a, b)
        except OverflowError:
            return float("inf")
        except ValueError:
            return float("nan")
    raise CypherTypeError(op)


def to_string(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        if v == int(v) and abs(v) < 1e16:
            return f"{v:.1f}"
        return repr(v)
    if isinstance(v, str):
        return v
    if isinstance(v, _dt.date):
        return v.isoformat()
    raise CypherTypeError(f"toString() cannot convert a {type_name(v)}")
