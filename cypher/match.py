"""MATCH: binding patterns to the NetworkX MultiDiGraph by backtracking, with Neo4j's semantics.

* A pattern is matched from one node outwards: a node already bound (by an earlier clause or an
  earlier pattern of the same MATCH), else one with an equality on an indexed property (inline
  ``{name: 'X'}`` or a WHERE ``a.name = 'X'``), else one with a label, else any node.
* Relationships are unique within one MATCH clause (all its comma-separated patterns), as in
  Neo4j; nodes may repeat. An undirected pattern binds each relationship in both directions
  (a self-loop once).
* Variable-length relationships ``[*m..n]`` enumerate trails (no relationship twice) depth
  first; the variable is bound to the list of relationships in pattern order.
* ``shortestPath`` / ``allShortestPaths`` search breadth first between their two end nodes.
* Each WHERE conjunct runs as soon as its variables are bound, so a filter on the first node
  prunes the search instead of filtering finished rows.

Indexes (property value -> nodes, label -> nodes) are built once per graph and kept while the
graph's node and edge counts are unchanged.
"""
from __future__ import annotations

import weakref
from dataclasses import fields, is_dataclass
from collections.abc import Callable, Iterator
from typing import Any

from newsgraph.cypher import values as V
from newsgraph.cypher.ast import (
    Compare,
    Exists,
    Expr,
    MapLit,
    Match,
    NodePattern,
    Op,
    PathPattern,
    Prop,
    RelPattern,
    Var,
)
from newsgraph.cypher.evaluate import Compiler, Context, truth, variables
from newsgraph.cypher.lexer import CypherSyntaxError
from newsgraph.cypher.parser import refuse
from newsgraph.cypher.values import CypherTypeError, Node, Path, Rel

Row = dict[str, Any]

# --- per-graph indexes ------------------------------------------------------------------------

_INDEXES: weakref.WeakKeyDictionary[Any, GraphIndex] = weakref.WeakKeyDictionary()


class GraphIndex:
    def __init__(self, g: Any) -> None:
        self.g = g
        self.signature = (g.number_of_nodes(), g.number_of_edges())
        self._labels: dict[str, list[Any]] | None = None
        self._props: dict[str, dict[Any, list[Any]]] = {}

    _typed: tuple[dict[Any, dict[str, list[Any]]], dict[Any, dict[str, list[Any]]]] | None = None

    def typed(self) -> tuple[dict[Any, dict[str, list[Any]]], dict[Any, dict[str, list[Any]]]]:
        """Adjacency by relationship type: node -> type -> [(other, key, data)], out and in."""
        if self._typed is None:
            out: dict[Any, dict[str, list[Any]]] = {}
            inc: dict[Any, dict[str, list[Any]]] = {}
            for u, v, k, d in self.g.edges(keys=True, data=True):
                for t in edge_types(d):
                    out.setdefault(u, {}).setdefault(t, []).append((v, k, d))
                    inc.setdefault(v, {}).setdefault(t, []).append((u, k, d))
            self._typed = (out, inc)
        return self._typed

    def by_label(self, label: str) -> list[Any]:
        if self._labels is None:
            idx: dict[str, list[Any]] = {}
            for n, d in self.g.nodes(data=True):
                for lab in d.get("__labels__") or ():
                    idx.setdefault(lab, []).append(n)
            self._labels = idx
        return self._labels.get(label, [])

    def by_prop(self, key: str, value: Any, key_prop: str | None) -> list[Any] | None:
        gk = _index_key(value)
        if gk is None:
            return None
        idx = self._props.get(key)
        if idx is None:
            idx = {}
            for n, d in self.g.nodes(data=True):
                v = d.get(key)
                if v is None and key == key_prop:
                    v = n
                k = _index_key(v)
                if k is not None:
                    idx.setdefault(k, []).append(n)
            self._props[key] = idx
        return idx.get(gk, [])


def _index_key(v: Any) -> Any:
    if isinstance(v, bool):
        return ("b", v)
    if V.is_number(v):
        return None if V.is_nan(v) else ("n", v)
    if isinstance(v, str):
        return ("s", v)
    return None


def graph_index(g: Any) -> GraphIndex:
    idx = _INDEXES.get(g)
    if idx is None or idx.signature != (g.number_of_nodes(), g.number_of_edges()):
        idx = GraphIndex(g)
        _INDEXES[g] = idx
    return idx


# --- helpers ----------------------------------------------------------------------------------


def edge_types(d: dict[str, Any]) -> Any:
    labels = d.get("__labels__")
    if labels:
        return labels
    t = d.get("type")
    return (t,) if isinstance(t, str) else ()


def conjuncts(e: Expr | None) -> list[Expr]:
    if e is None:
        return []
    if isinstance(e, Op) and e.op == "and":
        return conjuncts(e.args[0]) + conjuncts(e.args[1])
    return [e]


def pattern_vars(p: PathPattern) -> list[str]:
    out = [n.var for n in p.nodes if n.var] + [r.var for r in p.rels if r.var]
    if p.var:
        out.append(p.var)
    return out


class _Names:
    """Gives anonymous pattern elements hidden names (they never reach a result)."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, var: str | None) -> str:
        if var:
            return var
        self.n += 1
        return f"\x00anon{self.n}"


_names = _Names()


class MatchPlan:
    """One MATCH clause compiled against the variables bound before it (``scope``)."""

    def __init__(self, ctx: Context, comp: Compiler, clause: Match, scope: frozenset[str],
                 outer_kinds: dict[str, str] | None = None) -> None:
        self.ctx, self.comp = ctx, comp
        self.g = ctx.g
        self.succ, self.pred = ctx.g._succ, ctx.g._pred  # the adjacency dicts themselves (no view per lookup)
        self.node_data = ctx.g._node
        self.index = graph_index(ctx.g)
        patterns = list(clause.patterns)
        # check variable kinds: a name is a node, a relationship or a path, never two of these
        kinds: dict[str, str] = {}
        outer = outer_kinds or {}

        def conflict(var: str, want: tuple[str, ...]) -> None:
            have = outer.get(var) if var in scope else None
            if have is not None and have not in want and have != "any":
                raise CypherSyntaxError(f"invalid Cypher: `{var}` is a {have} here and cannot be used as a {want[0]}")

        for p in patterns:
            for n in p.nodes:
                if n.var:
                    conflict(n.var, ("node",))
            for r in p.rels:
                if r.var:
                    conflict(r.var, ("relationship",) if r.length is None else ("relationship list", "list"))
        for p in patterns:
            for n in p.nodes:
                if n.var:
                    if kinds.setdefault(n.var, "node") != "node":
                        raise CypherSyntaxError(f"invalid Cypher: `{n.var}` is used as a node and as something else")
            for r in p.rels:
                if r.var:
                    if r.var in kinds and (kinds[r.var] != "rel" or r.var not in scope):
                        raise CypherSyntaxError(f"invalid Cypher: relationship variable `{r.var}` is used twice")
                    kinds[r.var] = "rel"
            if p.var:
                if p.var in kinds or p.var in scope:
                    raise CypherSyntaxError(f"invalid Cypher: path variable `{p.var}` is already defined")
                kinds[p.var] = "path"
        self.kinds = {v: {"node": "node", "rel": "relationship", "path": "path"}[k] for v, k in kinds.items()}
        for p in patterns:
            for r in p.rels:
                if r.var and r.length is not None:
                    self.kinds[r.var] = "relationship list"
        self.new_vars = [v for v in dict.fromkeys(v for p in patterns for v in pattern_vars(p)) if v not in scope]
        self.scope_out = scope | frozenset(self.new_vars)
        if outer_kinds is not None:
            for v in self.new_vars:
                outer_kinds.setdefault(v, self.kinds.get(v, "any"))
        # conjuncts of WHERE, each checked at the first step that binds all its variables
        where = list(conjuncts(clause.where))
        for c in where:
            if isinstance(c, Var) and (outer_kinds or {}).get(c.name) in ("node", "relationship", "path"):
                raise CypherSyntaxError(f"invalid Cypher: WHERE {c.name} tests a {outer_kinds[c.name]}, not a boolean")
        self.pending = [((_mentioned(c) & self.scope_out) if _has_exists(c) else variables(c),
                         comp.compile(c, self.scope_out), c) for c in where]
        # order patterns: connected to what is bound first, shortest paths last
        ordered: list[PathPattern] = []
        bound = set(scope)
        rest = patterns[:]
        self.cartesian = False
        while rest:
            plain = [p for p in rest if not p.shortest]
            pick = next((p for p in plain if bound & set(pattern_vars(p))), None)
            if pick is None and plain:
                pick = plain[0]
                if bound or ordered:
                    self.cartesian = True
            if pick is None:
                pick = rest[0]
            rest.remove(pick)
            ordered.append(pick)
            bound |= set(pattern_vars(pick))
        linked = set()
        for p in ordered:
            linked |= set(pattern_vars(p))
            for el in list(p.nodes) + list(p.rels):
                if el.props is not None:
                    linked |= variables(el.props)
        self.disconnected_from_scope = bool(scope) and bool(ordered) and not (linked & scope) \
            and not ordered[0].shortest
        # steps
        self.steps: list[Callable[[Row, set], Iterator[None]]] = []
        self.checks: list[list[Callable[[Row], Any]]] = []
        bound = set(scope)
        self._eq = [c for _, _, c in self.pending]
        for p in ordered:
            self._plan_pattern(p, bound)
        leftover = [f for vs, f, _ in self.pending]
        if leftover:
            if not self.steps:
                self.steps.append(lambda w, used: iter((None,)))
                self.checks.append([])
            self.checks[-1].extend(leftover)
        self.pending = []

    # --- planning

    def _after_step(self, bound: set[str]) -> None:
        now, keep = [], []
        for item in self.pending:
            vs = item[0]
            if vs <= bound:
                now.append(item[1])
            else:
                keep.append(item)
        self.pending = keep
        self.checks.append(now)

    def _plan_pattern(self, p: PathPattern, bound: set[str]) -> None:
        names = [_names(n.var) for n in p.nodes]
        rnames = [_names(r.var) for r in p.rels]
        if p.shortest:
            for i in (0, len(p.nodes) - 1):
                if names[i] not in bound:
                    self.steps.append(self._node_step(p.nodes[i], names[i], False, bound))
                    bound.add(names[i])
                    self._after_step(bound)
                else:
                    self.steps.append(self._node_step(p.nodes[i], names[i], True, bound))
                    self._after_step(bound)
            self.steps.append(self._shortest_step(p, names, rnames, bound))
            bound.add(rnames[0])
            if p.var:
                bound.add(p.var)
            self._after_step(bound)
            return
        # start node
        start = next((i for i, nm in enumerate(names) if nm in bound), None)
        if start is None:
            scores = [self._score(n, nm, bound) for n, nm in zip(p.nodes, names)]
            start = max(range(len(names)), key=lambda i: (scores[i], -i))
        self.steps.append(self._node_step(p.nodes[start], names[start], names[start] in bound, bound))
        bound.add(names[start])
        self._after_step(bound)
        order = [(j, j, j + 1, True) for j in range(start, len(p.rels))]
        order += [(j, j + 1, j, False) for j in range(start - 1, -1, -1)]
        for j, frm, to, forward in order:
            rel = p.rels[j]
            to_bound = names[to] in bound
            rel_bound = rnames[j] in bound
            if rel.length is not None:
                step = self._var_step(rel, rnames[j], names[frm], p.nodes[to], names[to], to_bound, rel_bound, forward)
            else:
                step = self._rel_step(rel, rnames[j], names[frm], p.nodes[to], names[to], to_bound, rel_bound, forward)
            self.steps.append(step)
            bound.add(names[to])
            bound.add(rnames[j])
            self._after_step(bound)
        if p.var:
            self.steps.append(self._path_step(p, names, rnames))
            bound.add(p.var)
            self._after_step(bound)

    def _score(self, n: Any, name: str, bound: set[str]) -> int:
        if self._equality(n, name, bound):
            return 3
        if n.labels:
            return 2
        return 0

    def _equality(self, n: Any, name: str, bound: set[str]) -> tuple[str, Callable[[Row], Any]] | None:
        """An indexed equality on this node: (key, value function), from its map or WHERE."""
        if isinstance(n.props, MapLit):
            for k, e in n.props.items:
                if variables(e) <= bound:
                    return k, self.comp.compile(e, None)
        for c in self._eq:
            if isinstance(c, Compare) and c.ops == ("=",):
                for a, b in (c.args, c.args[::-1]):
                    if isinstance(a, Prop) and isinstance(a.subject, Var) and a.subject.name == name \
                            and variables(b) <= bound:
                        return a.key, self.comp.compile(b, None)
        return None

    # --- node checks

    def _node_check(self, n: Any) -> Callable[[Node, Row], bool]:
        labels = n.labels
        ctx = self.ctx
        props: list[tuple[str, Callable[[Row], Any]]] | Callable[[Row], Any] | None = None
        if isinstance(n.props, MapLit):
            props = [(k, self.comp.compile(e, None)) for k, e in n.props.items]
        elif n.props is not None:
            props = self.comp.compile(n.props, None)

        if len(labels) == 1 and props is None:
            lab = labels[0]
            return lambda node, w: lab in (node.data.get("__labels__") or ())

        def ok(node: Node, w: Row) -> bool:
            if labels:
                have = node.data.get("__labels__") or ()
                for lab in labels:
                    if lab not in have:
                        return False
            if props is not None:
                if isinstance(props, list):
                    for k, f in props:
                        if V.equals(ctx.node_prop(node, k), f(w)) is not True:
                            return False
                else:
                    m = props(w)
                    if m is None:
                        return False
                    if not isinstance(m, dict):
                        raise CypherTypeError("a node pattern's property map must be a map")
                    for k, v in m.items():
                        if V.equals(ctx.node_prop(node, k), v) is not True:
                            return False
            return True

        if not labels and props is None:
            return lambda node, w: True
        return ok

    def _rel_check(self, r: RelPattern) -> Callable[[dict[str, Any], Row], bool] | None:
        if r.props is None:
            return None
        if isinstance(r.props, MapLit):
            pairs = [(k, self.comp.compile(e, None)) for k, e in r.props.items]

            def ok(d: dict[str, Any], w: Row) -> bool:
                return all(V.equals(V.plain(d.get(k)), f(w)) is True for k, f in pairs)

            return ok
        f = self.comp.compile(r.props, None)

        def ok_param(d: dict[str, Any], w: Row) -> bool:
            m = f(w)
            if not isinstance(m, dict):
                return False
            return all(V.equals(V.plain(d.get(k)), v) is True for k, v in m.items())

        return ok_param

    # --- steps

    def _node_step(self, n: Any, name: str, is_bound: bool, bound: set[str]) -> Callable[[Row, set], Iterator[None]]:
        check = self._node_check(n)
        nodes = self.node_data
        eq = None if is_bound else self._equality(n, name, bound)
        labels = n.labels
        index, key_prop = self.index, self.ctx.key_prop
        limits = self.ctx.limits

        if is_bound:
            def bound_step(w: Row, used: set) -> Iterator[None]:
                x = w.get(name)
                if x is None:
                    return
                if not isinstance(x, Node):
                    raise CypherTypeError(f"`{name}` is a {V.type_name(x)}, not a node")
                if x.key in nodes and check(x, w):
                    yield None

            return bound_step

        def step(w: Row, used: set) -> Iterator[None]:
            cands: Any = None
            if eq is not None:
                cands = index.by_prop(eq[0], eq[1](w), key_prop)
            if cands is None and labels:
                cands = index.by_label(labels[0])
            if cands is None:
                cands = nodes
            for key in cands:
                limits.tick()
                node = Node(key, nodes[key])
                if check(node, w):
                    w[name] = node
                    yield None
            w.pop(name, None)

        return step

    def _edges(self, key: Any, mode: str) -> Iterator[tuple[Any, Any, Any, dict[str, Any], Any]]:
        if mode != "pred":
            for other, kd in self.succ[key].items():
                for k, d in kd.items():
                    yield key, other, k, d, other
        if mode != "succ":
            both = mode == "both"
            for other, kd in self.pred[key].items():
                if both and other == key:
                    continue
                for k, d in kd.items():
                    yield other, key, k, d, other

    def _edge_iter(self, types: frozenset[str] | None) -> Callable[[Any, str], Iterator[Any]]:
        """(key, mode) -> the edges at ``key`` (u, v, k, data, other end), only of ``types`` when given."""
        succ, pred = self.succ, self.pred
        if types is None:
            return self._edges
        tout, tin = self.index.typed()
        tlist = sorted(types)
        empty: dict[str, list[Any]] = {}

        def typed_edges(key: Any, mode: str) -> Iterator[tuple[Any, Any, Any, dict[str, Any], Any]]:
            if mode != "pred":
                by = tout.get(key, empty)
                for t in tlist:
                    for other, k, d in by.get(t, ()):
                        yield key, other, k, d, other
            if mode != "succ":
                both = mode == "both"
                by = tin.get(key, empty)
                for t in tlist:
                    for other, k, d in by.get(t, ()):
                        if both and other == key:
                            continue
                        yield other, key, k, d, other

        del succ, pred
        return typed_edges

    @staticmethod
    def _mode(rel: RelPattern, forward: bool) -> str:
        if rel.direction == "both":
            return "both"
        return "succ" if (rel.direction == "out") == forward else "pred"

    def _rel_step(self, rel: RelPattern, rname: str, frm: str, to_pat: Any, to: str, to_bound: bool,
                  rel_bound: bool, forward: bool) -> Callable[[Row, set], Iterator[None]]:
        mode = self._mode(rel, forward)
        types = frozenset(rel.types) if rel.types else None
        rcheck = self._rel_check(rel)
        ncheck = self._node_check(to_pat)
        nodes = self.node_data
        succ, pred = self.succ, self.pred
        limits = self.ctx.limits

        edges = self._edge_iter(types)
        nothing: dict[Any, Any] = {}

        def pair(a: Any, b: Any, mode: str) -> Iterator[tuple[Any, Any, Any, dict[str, Any], Any]]:
            """The edges between two bound nodes: a lookup, not a walk over a's neighbours."""
            if mode != "pred":
                for k, d in succ[a].get(b, nothing).items():
                    yield a, b, k, d, b
            if mode != "succ" and not (mode == "both" and a == b):
                for k, d in pred[a].get(b, nothing).items():
                    yield b, a, k, d, b

        def step(w: Row, used: set) -> Iterator[None]:
            x = w[frm]
            if rel_bound:
                r0 = w.get(rname)
                if r0 is None:
                    return
                if not isinstance(r0, Rel):
                    raise CypherTypeError(f"`{rname}` is a {V.type_name(r0)}, not a relationship")
            y = w.get(to) if to_bound else None
            if to_bound and y is None:
                return
            for u, v, k, d, other in (pair(x.key, y.key, mode) if to_bound else edges(x.key, mode)):
                limits.tick()
                if types is not None:
                    tl = d.get("__labels__")
                    if types.isdisjoint(tl if tl else edge_types(d)):
                        continue
                ident = (u, v, k)
                if ident in used:
                    continue
                if rel_bound and (r0.u, r0.v, r0.k) != ident:
                    continue
                if rcheck is not None and not rcheck(d, w):
                    continue
                if to_bound:
                    if y.key != other or not ncheck(y, w):
                        continue
                else:
                    node = Node(other, nodes[other])
                    if not ncheck(node, w):
                        continue
                    w[to] = node
                if not rel_bound:
                    w[rname] = Rel(u, v, k, d)
                used.add(ident)
                yield None
                used.discard(ident)
            if not to_bound:
                w.pop(to, None)
            if not rel_bound:
                w.pop(rname, None)

        return step

    def _var_step(self, rel: RelPattern, rname: str, frm: str, to_pat: Any, to: str, to_bound: bool,
                  rel_bound: bool, forward: bool) -> Callable[[Row, set], Iterator[None]]:
        mode = self._mode(rel, forward)
        types = frozenset(rel.types) if rel.types else None
        rcheck = self._rel_check(rel)
        ncheck = self._node_check(to_pat)
        lo, hi = rel.length  # type: ignore[misc]
        nodes = self.node_data
        edges = self._edge_iter(types)
        limits = self.ctx.limits
        if rel_bound:
            raise refuse("a variable-length relationship bound to an earlier list of relationships")

        def trails(start: Any, w: Row, used: set) -> Iterator[tuple[Any, list[Rel]]]:
            if lo == 0:
                yield start, []
            if hi == 0:
                return
            path: list[Rel] = []
            idents: set[tuple[Any, Any, Any]] = set()
            stack = [edges(start, mode)]
            while stack:
                advanced = False
                for u, v, k, d, other in stack[-1]:
                    limits.tick()
                    if types is not None and types.isdisjoint(edge_types(d)):
                        continue
                    ident = (u, v, k)
                    if ident in idents or ident in used:
                        continue
                    if rcheck is not None and not rcheck(d, w):
                        continue
                    path.append(Rel(u, v, k, d))
                    idents.add(ident)
                    if len(path) >= lo:
                        yield other, path
                    if hi is None or len(path) < hi:
                        stack.append(edges(other, mode))
                        advanced = True
                        break
                    r = path.pop()
                    idents.discard((r.u, r.v, r.k))
                if not advanced:
                    stack.pop()
                    if path:
                        r = path.pop()
                        idents.discard((r.u, r.v, r.k))

        def step(w: Row, used: set) -> Iterator[None]:
            x = w[frm]
            y = w.get(to) if to_bound else None
            if to_bound and y is None:
                return
            for end, path in trails(x.key, w, used):
                if to_bound:
                    if y.key != end or not ncheck(y, w):
                        continue
                else:
                    node = Node(end, nodes[end])
                    if not ncheck(node, w):
                        continue
                    w[to] = node
                rels = list(path) if forward else path[::-1]
                w[rname] = rels
                added = [(r.u, r.v, r.k) for r in rels]
                used.update(added)
                yield None
                used.difference_update(added)
            if not to_bound:
                w.pop(to, None)
            w.pop(rname, None)

        return step

    def _path_step(self, p: PathPattern, names: list[str], rnames: list[str]) -> Callable[[Row, set], Iterator[None]]:
        var = p.var
        nodes = self.node_data

        def step(w: Row, used: set) -> Iterator[None]:
            w[var] = build_path(w, names, rnames, nodes)
            yield None
            w.pop(var, None)

        return step

    def _shortest_step(self, p: PathPattern, names: list[str], rnames: list[str],
                       bound: set[str]) -> Callable[[Row, set], Iterator[None]]:
        rel = p.rels[0]
        length = rel.length if rel.length is not None else (1, 1)
        lo, hi = length
        if lo > 1:
            raise refuse("shortestPath with a minimum length above 1")
        if rel.var and rel.var in bound:
            raise refuse("shortestPath over an already bound relationship variable")
        mode = self._mode(rel, True)
        types = frozenset(rel.types) if rel.types else None
        rcheck = self._rel_check(rel)
        a_name, b_name, rname = names[0], names[-1], rnames[0]
        single = rel.length is None
        every = p.shortest == "all"
        edges = self._edge_iter(types)
        limits = self.ctx.limits
        nodes = self.node_data
        var = p.var
        # a WHERE on the path or its relationships would select among longer paths in Neo4j
        for vs, _, _ in self.pending:
            if (var and var in vs) or (rel.var and rel.var in vs):
                raise refuse("a WHERE condition on the path or relationships of shortestPath")

        def step(w: Row, used: set) -> Iterator[None]:
            a, b = w.get(a_name), w.get(b_name)
            if a is None or b is None:
                return
            if a.key == b.key:
                if lo == 0:
                    w[rname] = [] if not single else None
                    if var:
                        w[var] = Path((a,), ())
                    yield None
                    w.pop(rname, None)
                    if var:
                        w.pop(var, None)
                return
            # breadth first, recording every parent at the level a node is first reached
            parents: dict[Any, list[tuple[Any, Rel]]] = {a.key: []}
            depth = {a.key: 0}
            frontier = [a.key]
            level = 0
            found = False
            while frontier and not found and (hi is None or level < hi):
                level += 1
                nxt: list[Any] = []
                for key in frontier:
                    for u, v, k, d, other in edges(key, mode):
                        limits.tick()
                        if types is not None and types.isdisjoint(edge_types(d)):
                            continue
                        if rcheck is not None and not rcheck(d, w):
                            continue
                        if other in depth and depth[other] < level:
                            continue
                        if other not in depth:
                            depth[other] = level
                            parents[other] = []
                            nxt.append(other)
                        if every or not parents[other]:
                            parents[other].append((key, Rel(u, v, k, d)))
                        if other == b.key:
                            found = True
                frontier = nxt
            if not found:
                return

            def back(key: Any) -> Iterator[list[Rel]]:
                if key == a.key:
                    yield []
                    return
                for prev, r in parents[key]:
                    for head in back(prev):
                        limits.tick()
                        yield head + [r]

            paths = back(b.key)
            if not every:
                paths = iter([next(paths)])
            for rels in paths:
                w[rname] = rels[0] if single else rels
                if var:
                    seq = [a]
                    for r in rels:
                        nk = r.v if r.u == seq[-1].key else r.u
                        seq.append(Node(nk, nodes[nk]))
                    w[var] = Path(tuple(seq), tuple(rels))
                yield None
            w.pop(rname, None)
            if var:
                w.pop(var, None)

        return step

    # --- running

    def run(self, row: Row) -> Iterator[Row]:
        w = dict(row)
        used: set = set()
        steps, checks = self.steps, self.checks
        n = len(steps)

        def go(i: int) -> Iterator[Row]:
            if i == n:
                out = w.copy()
                for k in w:
                    if k[0] == "\x00":
                        del out[k]
                yield out
                return
            chk = checks[i]
            last = i + 1 == n
            for _ in steps[i](w, used):
                for f in chk:
                    if truth(f(w)) is not True:
                        break
                else:
                    if last:  # the row, without a generator for one more level
                        out = w.copy()
                        for k in w:
                            if k[0] == "\x00":
                                del out[k]
                        yield out
                    else:
                        yield from go(i + 1)

        if n == 0:
            return iter((dict(row),))
        return go(0)


def _has_exists(e: Any) -> bool:
    if isinstance(e, Exists):
        return True
    if not is_dataclass(e):
        return isinstance(e, tuple) and any(_has_exists(x) for x in e)
    return any(_has_exists(getattr(e, f.name)) for f in fields(e))


def _mentioned(e: Any) -> set[str]:
    """Every name an expression (and any subquery in it) mentions: a superset of its free variables."""
    out: set[str] = set()
    if isinstance(e, Var):
        out.add(e.name)
    elif isinstance(e, (NodePattern, RelPattern, PathPattern)) and e.var:
        out.add(e.var)
    if is_dataclass(e):
        for f in fields(e):
            out |= _mentioned(getattr(e, f.name))
    elif isinstance(e, tuple):
        for x in e:
            out |= _mentioned(x)
    return out


def build_path(w: Row, names: list[str], rnames: list[str], nodes: Any) -> Path:
    seq = [w[names[0]]]
    rels: list[Rel] = []
    for j, rn in enumerate(rnames):
        bound = w[rn]
        segment = bound if isinstance(bound, list) else [bound]
        for r in segment:
            cur = seq[-1].key
            nk = r.v if r.u == cur else r.u
            seq.append(Node(nk, nodes[nk]))
            rels.append(r)
    return Path(tuple(seq), tuple(rels))

