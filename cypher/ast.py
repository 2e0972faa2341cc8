"""The parsed query: expressions, patterns and clauses (what cypher/parser.py builds).

Plain frozen dataclasses, compared by value: ORDER BY after an aggregation finds the item it
refers to by comparing expressions (``RETURN a.name, count(*) ORDER BY count(*)``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# --- expressions ------------------------------------------------------------------------------


class Expr:
    """Base of every expression."""


@dataclass(frozen=True)
class Lit(Expr):
    value: Any


@dataclass(frozen=True)
class Param(Expr):
    name: str


@dataclass(frozen=True)
class Var(Expr):
    name: str


@dataclass(frozen=True)
class Prop(Expr):
    subject: Expr
    key: str


@dataclass(frozen=True)
class Index(Expr):
    subject: Expr
    index: Expr


@dataclass(frozen=True)
class Slice(Expr):
    subject: Expr
    lo: Expr | None
    hi: Expr | None


@dataclass(frozen=True)
class ListLit(Expr):
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class MapLit(Expr):
    items: tuple[tuple[str, Expr], ...]


@dataclass(frozen=True)
class MapProjection(Expr):
    """``n {.name, key: expr, .*, other}``: kinds ``prop``, ``all``, ``var``, ``expr``."""

    subject: str
    items: tuple[tuple[str, str, Expr | None], ...]


@dataclass(frozen=True)
class Op(Expr):
    """Unary or binary operator: and, or, xor, not, +, -, *, /, %, ^, neg, pos, starts, ends,
    contains, in, isnull, notnull, regex."""

    op: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Compare(Expr):
    """A chain ``a < b <= c`` (``a < b AND b <= c``, each operand evaluated once)."""

    ops: tuple[str, ...]
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class HasLabels(Expr):
    subject: Expr
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Call(Expr):
    name: str  # lower-case, dotted for namespaced functions
    args: tuple[Expr, ...]
    distinct: bool = False
    text: str = ""  # as written, for messages


@dataclass(frozen=True)
class CountStar(Expr):
    pass


@dataclass(frozen=True)
class Case(Expr):
    test: Expr | None
    whens: tuple[tuple[Expr, Expr], ...]
    default: Expr | None


@dataclass(frozen=True)
class ListComp(Expr):
    var: str
    source: Expr
    where: Expr | None
    project: Expr | None


@dataclass(frozen=True)
class Quantifier(Expr):
    kind: str  # all, any, none, single
    var: str
    source: Expr
    where: Expr


@dataclass(frozen=True)
class Reduce(Expr):
    acc: str
    init: Expr
    var: str
    source: Expr
    expr: Expr


@dataclass(frozen=True)
class PatternPredicate(Expr):
    """A relationship pattern used as a boolean: ``WHERE (a)-[:T]->(b)``."""

    pattern: PathPattern


@dataclass(frozen=True)
class PatternComp(Expr):
    pattern: PathPattern
    where: Expr | None
    project: Expr


@dataclass(frozen=True)
class Exists(Expr):
    """``EXISTS { MATCH … WHERE … }`` / ``EXISTS { (a)-->(b) WHERE … }`` (``count`` for COUNT { })."""

    query: Query
    count: bool = False


# --- patterns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NodePattern:
    var: str | None
    labels: tuple[str, ...] = ()
    props: Expr | None = None  # MapLit or Param


@dataclass(frozen=True)
class RelPattern:
    var: str | None
    types: tuple[str, ...] = ()
    props: Expr | None = None
    direction: str = "both"  # out (-->), in (<--), both (--)
    length: tuple[int, int | None] | None = None  # (min, max) for variable length


@dataclass(frozen=True)
class PathPattern:
    var: str | None
    nodes: tuple[NodePattern, ...]
    rels: tuple[RelPattern, ...]
    shortest: str | None = None  # None, "shortest", "all"


# --- clauses ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    patterns: tuple[PathPattern, ...]
    where: Expr | None
    optional: bool = False


@dataclass(frozen=True)
class Unwind:
    expr: Expr
    var: str


@dataclass(frozen=True)
class Item:
    expr: Expr
    name: str
    aliased: bool


@dataclass(frozen=True)
class SortKey:
    expr: Expr
    descending: bool


@dataclass(frozen=True)
class Projection:
    """WITH (``final`` False) or RETURN (``final`` True)."""

    items: tuple[Item, ...]
    star: bool = False
    distinct: bool = False
    order: tuple[SortKey, ...] = ()
    skip: Expr | None = None
    limit: Expr | None = None
    where: Expr | None = None
    final: bool = False


Clause = Match | Unwind | Projection


@dataclass(frozen=True)
class SingleQuery:
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Query:
    parts: tuple[SingleQuery, ...]
    union_all: tuple[bool, ...] = field(default=())
