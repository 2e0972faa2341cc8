"""The shape of a prepared embedded-Cypher query, as far as pruning needs it.

A small tokenizer and parser for the MATCH patterns and the WHERE of a query after
:func:`newsgraph.cypher.embedded.prepare` (strings double-quoted, parameters substituted):
which relationship patterns it has (types, hops, ends), which node variables, and which
WHERE conjuncts can be pushed down to edges. :func:`analyse` returns a :class:`Plan` or
None when anything is not understood; :mod:`newsgraph.cypher.pruning` builds the pruned
graph from it. Rules and limits: see that module.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

# --- tokens ---------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<squote>')
  | (?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>-\[|\]-|--|\.\.|<>|<=|>=|==|!=|[()\[\]{}:|*.,<>=+\-/%$])
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class _Tok:
    kind: str  # "str" | "num" | "name" | "punct"
    text: str

    def kw(self, *words: str) -> bool:
        return self.kind == "name" and self.text.lower() in words

    def p(self, *symbols: str) -> bool:
        return self.kind == "punct" and self.text in symbols


class Unsupported(Exception):
    """Something the analysis does not understand: prune nothing."""


def _tokens(query: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m:
            raise Unsupported(f"unexpected character {query[pos]!r}")
        kind = m.lastgroup
        assert kind is not None
        if kind == "squote":
            raise Unsupported("single-quoted string")  # prepare() rewrites them; never seen
        if kind not in ("ws", "comment"):
            out.append(_Tok(kind, m.group(0)))
        pos = m.end()
    return out


# --- the query's shape ----------------------------------------------------------------------


@dataclass(frozen=True)
class RelPattern:
    """One relationship pattern of the MATCH, oriented source -> target."""

    var: str | None
    types: frozenset[str] | None  # None: any type
    src: str
    dst: str
    min_hop: int
    var_length: bool  # written with '*': the variable may bind several edges


@dataclass(frozen=True)
class Conjunct:
    """A pushed-down WHERE conjunct on a one-hop relationship variable: ``op(left, right)``."""

    var: str
    prop: str
    op: str
    literal: Any
    literal_first: bool  # written ``literal OP var.prop``

    def holds(self, data: dict[str, Any]) -> bool:
        """grand-cypher's verdict for an edge with attributes ``data`` (see CompoundCondition)."""
        value = data.get(self.prop)
        left, right = (self.literal, value) if self.literal_first else (value, self.literal)
        try:
            val = _COMPARE[self.op](left, right)
        except (TypeError, AttributeError):  # grand-cypher: None / False, i.e. not true
            return False
        except Exception:  # anything grand-cypher would not swallow: keep the edge
            return True
        if val is None:
            return False
        try:
            return not (val != True)  # noqa: E712 -- exactly grand-cypher's test
        except Exception:
            return True


_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "=": lambda x, y: x == y,
    "==": lambda x, y: x == y,
    "<>": lambda x, y: x != y,
    "<": lambda x, y: x < y,
    "<=": lambda x, y: x <= y,
    ">": lambda x, y: x > y,
    ">=": lambda x, y: x >= y,
}


@dataclass
class Plan:
    """What a query can match, as far as pruning is concerned."""

    rels: list[RelPattern]
    node_vars: set[str]
    conjuncts: list[Conjunct] = field(default_factory=list)
    prune_nodes: bool = False

    def edge_filter(self) -> Callable[[dict[str, Any]], bool] | None:
        """A test ``keep(edge data)``, or None when every edge is kept."""
        accept: list[tuple[frozenset[str] | None, list[Conjunct]]] = []
        for r in self.rels:
            conj = [c for c in self.conjuncts if r.var is not None and c.var == r.var and not r.var_length]
            if r.types is None and not conj:
                return None  # this pattern can bind any edge
            accept.append((r.types, conj))
        if not accept:
            return None

        def keep(data: dict[str, Any]) -> bool:
            labels = data.get("__labels__", set())
            if not isinstance(labels, (set, frozenset)):
                raise Unsupported("__labels__ is not a set")  # grand-cypher would fail on it: let it
            for types, conj in accept:
                if types is not None and not labels.intersection(types):
                    continue
                if all(c.holds(data) for c in conj):
                    return True
            return False

        return keep


class Cursor:
    """A position in a token list, for the parsers here and in cypher/direct.py."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.i = 0
        self.anon = 0  # anonymous variables named so far

    def peek(self, k: int = 0) -> _Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self) -> _Tok:
        t = self.peek()
        if t is None:
            raise Unsupported("unexpected end of query")
        self.i += 1
        return t

    def accept_p(self, *symbols: str) -> bool:
        """Take the next token if it is one of ``symbols``."""
        t = self.peek()
        if t is not None and t.p(*symbols):
            self.i += 1
            return True
        return False

    def expect_p(self, *symbols: str) -> _Tok:
        t = self.take()
        if not t.p(*symbols):
            raise Unsupported(f"expected {symbols}, got {t.text!r}")
        return t


class _Parser(Cursor):

    # MATCH (a:L {k: v})-[r:T|U*1..2]->(b) ...
    def match_clause(self, rels: list[RelPattern], node_vars: set[str], endpoints: set[str]) -> None:
        self.take()  # MATCH
        t1, t2 = self.peek(), self.peek(1)
        if t1 is not None and t1.kind == "name" and t2 is not None and t2.p("="):
            raise Unsupported("path variable")  # its value reads every edge between two nodes
        left = self.node()
        node_vars.add(left)
        while (t := self.peek()) is not None and (t.p("<", "-[", "--")):
            rel, left = self.rel_and_node(left)
            rels.append(rel)
            endpoints.update((rel.src, rel.dst))
            node_vars.add(left)

    def node(self) -> str:
        self.expect_p("(")
        name = None
        if (t := self.peek()) is not None and t.kind == "name":
            name = self.take().text
        if (t := self.peek()) is not None and t.p(":"):
            self.take()
            self.type_list()
        if (t := self.peek()) is not None and t.p("{"):
            while not self.take().p("}"):
                pass
        self.expect_p(")")
        if name is None:
            self.anon += 1
            name = f" anonymous node {self.anon}"
        return name

    def type_list(self) -> frozenset[str]:
        types = []
        while True:
            name = self.take()
            if name.kind != "name":
                raise Unsupported("expected a type")
            types.append(name.text)
            if (t := self.peek()) is not None and t.p("|"):
                self.take()
                continue
            return frozenset(types)

    def rel_and_node(self, left: str) -> tuple[RelPattern, str]:
        leftward = False
        if (t := self.peek()) is not None and t.p("<"):
            self.take()
            leftward = True
        var, types, var_length, min_hop = None, None, False, 1
        opener = self.take()
        if opener.p("-["):
            if (t := self.peek()) is not None and t.kind == "name":
                var = self.take().text
            if (t := self.peek()) is not None and t.p(":"):
                self.take()
                types = self.type_list()
            if (t := self.peek()) is not None and t.p("*"):
                self.take()
                var_length = True
                lo = self.take()
                if lo.kind != "num" or not lo.text.isdigit():
                    raise Unsupported("hop count")
                min_hop = int(lo.text)
                if (t := self.peek()) is not None and t.p(".."):
                    self.take()
                    hi = self.take()
                    if hi.kind != "num" or not hi.text.isdigit():
                        raise Unsupported("hop count")
            self.expect_p("]-")
        elif not opener.p("--"):
            raise Unsupported("relationship pattern")
        rightward = False
        if (t := self.peek()) is not None and t.p(">"):
            self.take()
            rightward = True
        if leftward == rightward:
            raise Unsupported("undirected or two-way relationship pattern")
        right = self.node()
        src, dst = (right, left) if leftward else (left, right)
        return RelPattern(var, types, src, dst, min_hop, var_length), right


def _nesting(toks: list[_Tok]) -> Iterator[tuple[int, _Tok, int]]:
    """(index, token, bracket depth after the token): an opening bracket counts inside, a
    closing one outside, so a token at depth 0 that is no bracket is at the top level."""
    depth = 0
    for i, t in enumerate(toks):
        if t.p("(", "[", "{"):
            depth += 1
        elif t.p(")", "]", "}"):
            depth -= 1
        yield i, t, depth


def _split(toks: list[_Tok], word: str) -> list[list[_Tok]]:
    """Split at ``word`` outside brackets (and not after '.', where it is a property name)."""
    parts: list[list[_Tok]] = [[]]
    for i, t, depth in _nesting(toks):
        if depth == 0 and t.kw(word) and not (i > 0 and toks[i - 1].p(".")):
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _literal(toks: list[_Tok]) -> tuple[bool, Any]:
    """(is a literal, value) with grand-cypher's reading of it (ESTRING and NUMBER are eval'd)."""
    if len(toks) == 1:
        t = toks[0]
        if t.kind in ("str", "num"):
            try:
                return True, ast.literal_eval(t.text)
            except (ValueError, SyntaxError):
                raise Unsupported("literal") from None
        if t.kw("true"):
            return True, True
        if t.kw("false"):
            return True, False
        if t.kw("null"):
            return True, None
    if len(toks) == 2 and toks[0].p("-") and toks[1].kind == "num":
        try:
            return True, -ast.literal_eval(toks[1].text)
        except (ValueError, SyntaxError, TypeError):
            raise Unsupported("literal") from None
    return False, None


class _Where:
    def __init__(self, node_vars: set[str], one_hop: set[str]) -> None:
        self.node_vars = node_vars
        self.one_hop = one_hop

    def operand(self, toks: list[_Tok]) -> tuple[str, Any]:
        """("prop", (var, prop)) | ("lit", value) | ("type", var); Unsupported otherwise."""
        if len(toks) == 3 and toks[0].kind == "name" and toks[1].p(".") and toks[2].kind == "name":
            var = toks[0].text
            if var not in self.node_vars and var not in self.one_hop:
                raise Unsupported("property of an unknown or multi-hop variable")
            return "prop", (var, toks[2].text)
        ok, value = _literal(toks)
        if ok:
            return "lit", value
        if (len(toks) == 4 and toks[0].kw("type") and toks[1].p("(") and toks[2].kind == "name"
                and toks[3].p(")") and toks[2].text in self.one_hop):
            return "type", toks[2].text
        raise Unsupported("operand")

    def comparison(self, toks: list[_Tok]) -> tuple[str, tuple[str, Any], tuple[str, Any]]:
        for i, t, depth in _nesting(toks):
            if depth or t.p(")", "]", "}"):
                continue
            if t.p(*_COMPARE) or t.kw("contains"):
                op = t.text.lower() if t.kind == "name" else t.text
                return op, self.operand(toks[:i]), self.operand(toks[i + 1 :])
            elif t.kw("is"):
                rest = toks[i + 1 :]
                if len(rest) == 1 and rest[0].kw("null"):
                    return "is", self.operand(toks[:i]), ("lit", None)
                raise Unsupported("IS")
            elif t.kw("in"):
                self.operand(toks[:i])
                rest = toks[i + 1 :]
                if not (rest and rest[0].p("[") and rest[-1].p("]")):
                    raise Unsupported("IN")
                for item in _split_commas(rest[1:-1]):
                    if not _literal(item)[0]:
                        raise Unsupported("IN list")
                return "in", ("lit", None), ("lit", None)
        raise Unsupported("condition")

    def conjuncts(self, toks: list[_Tok], pushable: bool, out: list[Conjunct]) -> None:
        """Check every conjunct is understood and cannot raise; collect the pushable ones."""
        for part in _split(toks, "and"):
            if not part:
                raise Unsupported("empty condition")
            if part[0].p("(") and _wrapped(part):
                self.conjuncts(part[1:-1], False, out)  # understood, but never pushed
                continue
            negated = part[0].kw("not")
            if negated:
                part = part[1:]
                if part and part[0].p("(") and _wrapped(part):
                    self.conjuncts(part[1:-1], False, out)
                    continue
            op, left, right = self.comparison(part)
            if not pushable or negated or op not in _COMPARE:
                continue
            if left[0] == "prop" and right[0] == "lit" and left[1][0] in self.one_hop:
                var, prop = left[1]
                literal, first = right[1], False
            elif right[0] == "prop" and left[0] == "lit" and right[1][0] in self.one_hop:
                var, prop = right[1]
                literal, first = left[1], True
            else:
                continue
            if literal is None or not isinstance(literal, (str, int, float)):  # bool is an int
                continue
            out.append(Conjunct(var, prop, op, literal, first))


def _split_commas(toks: list[_Tok]) -> list[list[_Tok]]:
    if not toks:
        return []
    parts: list[list[_Tok]] = [[]]
    for t in toks:
        if t.p(","):
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _wrapped(toks: list[_Tok]) -> bool:
    """True when the opening '(' of ``toks`` closes at its last token."""
    for i, t, depth in _nesting(toks):
        if depth == 0 and t.p(")", "]", "}"):
            return i == len(toks) - 1
    return False


def analyse(query: str) -> Plan | None:
    """The pruning plan of a prepared query (strings double-quoted, parameters substituted),
    or None when nothing may be pruned."""
    try:
        return _analyse(query)
    except Unsupported:
        return None


def _analyse(query: str) -> Plan | None:
    toks = _tokens(query)
    p = _Parser(toks)
    if (first := p.peek()) is None or not first.kw("match"):
        return None
    rels: list[RelPattern] = []
    node_vars: set[str] = set()
    endpoints: set[str] = set()
    while (t := p.peek()) is not None and t.kw("match"):
        p.match_clause(rels, node_vars, endpoints)
    t = p.peek()
    if t is None or not t.kw("where", "return"):
        return None
    where: list[_Tok] = []
    if t.kw("where"):
        p.take()
        depth = 0
        while (t := p.peek()) is not None:
            if t.p("{"):
                return None  # subquery
            if t.p("(", "["):
                depth += 1
            elif t.p(")", "]"):
                depth -= 1
            elif depth == 0 and t.kw("return") and not (where and where[-1].p(".")):
                break
            if t.kw("match"):
                return None
            where.append(p.take())
        if t is None:
            return None
    if not rels:
        return None
    rel_vars = [r.var for r in rels if r.var is not None]
    if len(rel_vars) != len(set(rel_vars)) or set(rel_vars) & node_vars:
        return None  # a reused relationship variable, or a name used for both
    pairs = [(r.src, r.dst) for r in rels]
    if len(pairs) != len(set(pairs)):
        return None  # two relationships between the same ordered pair: grand-cypher merges them
    plan = Plan(rels=rels, node_vars=node_vars)
    plan.prune_nodes = node_vars <= endpoints and all(r.min_hop >= 1 for r in rels)
    if where:
        if any(t.kw("or", "xor") for t in where):
            return plan
        one_hop = {r.var for r in rels if r.var is not None and not r.var_length}
        conj: list[Conjunct] = []
        try:
            _Where(node_vars, one_hop).conjuncts(where, True, conj)
        except Unsupported:
            return plan  # types only
        plan.conjuncts = conj
    return plan


# --- the pruned graph -----------------------------------------------------------------------
