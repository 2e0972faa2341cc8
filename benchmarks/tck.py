#!/usr/bin/env python
"""Run the openCypher TCK's read-only scenarios on the embedded engine and print the pass rate per feature file.

The TCK (../shared/benchmarks/opencypher-tck/, Apache-2.0) is read at run time, never copied:
its .feature files are parsed with the Cucumber project's Gherkin parser (``gherkin-official``,
the ``test`` extra), Scenario Outlines expanded. For each scenario of the folders below:

* the graph is set up from its ``having executed:`` CREATE statements by a small loader here,
  which reads them with the engine's own parser (cypher/parser.py: patterns and expressions);
  a setup it cannot apply makes the scenario ``refused`` (reason ``setup``);
* the query runs embedded with the scenario's parameters (cypher/embedded.py ``execute``);
* the rows are compared with the expected table (in order or in any order; lists in any order
  when the scenario says so). An expected error passes when the engine raises or refuses.

Outcomes: ``pass``; ``refused`` (the engine said it does not support something: the reason is
kept); ``wrong`` (different rows, or rows where an error was expected); ``error`` (an expected
result but the engine failed in another way). Scenarios whose query writes (CREATE, MERGE, SET,
DELETE …) are not read-only and are left out of the counts.

    .venv/bin/python benchmarks/tck.py               # the table
    .venv/bin/python benchmarks/tck.py --failures    # and every scenario that did not pass
"""
from __future__ import annotations

import argparse
import math
import re
import sys
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TCK = HERE.parent.parent / "shared" / "benchmarks" / "opencypher-tck" / "tck" / "features"

FOLDERS = [
    "clauses/match", "clauses/match-where", "clauses/with", "clauses/with-where", "clauses/with-orderBy",
    "clauses/with-skip-limit", "clauses/unwind", "clauses/return", "clauses/return-orderby",
    "clauses/return-skip-limit",
    "expressions/aggregation", "expressions/boolean", "expressions/comparison", "expressions/conditional",
    "expressions/existentialSubqueries", "expressions/graph", "expressions/list", "expressions/literals",
    "expressions/map", "expressions/mathematical", "expressions/null", "expressions/path",
    "expressions/pattern", "expressions/precedence", "expressions/quantifier", "expressions/string",
    "expressions/typeConversion",
]


@dataclass
class Outcome:
    feature: str
    scenario: str
    status: str  # pass, refused, wrong, error, writes
    reason: str = ""


# --- the graph of a scenario ------------------------------------------------------------------


class SetupUnsupported(Exception):
    pass


def load_graph(statements: list[str]) -> Any:
    """A MultiDiGraph built from CREATE statements, read with the engine's parser."""
    import networkx as nx

    from newsgraph.cypher.evaluate import Compiler, Context
    from newsgraph.cypher.limits import Limits
    from newsgraph.cypher.parser import Parser

    g = nx.MultiDiGraph()
    g.graph["cypher_key_property"] = None  # TCK nodes have no implicit id property
    ctx = Context(g, {}, None, Limits())
    comp = Compiler(ctx, lambda *a: (_ for _ in ()).throw(SetupUnsupported("pattern in setup")))
    counter = [0]
    for text in statements:
        p = Parser(text)
        env: dict[str, Any] = {}
        while p.peek().kind != "eof":
            if not p.accept_kw("CREATE"):
                raise SetupUnsupported(f"setup clause {p.peek().text!r}")
            while True:
                pat = p.path_pattern()
                _create(g, pat, env, comp, counter)
                if not p.accept_op(","):
                    break
            p.accept_op(";")
    return g


def _create(g: Any, pat: Any, env: dict[str, Any], comp: Any, counter: list[int]) -> None:
    from newsgraph.cypher.values import Node

    def props(e: Any) -> dict[str, Any]:
        if e is None:
            return {}
        v = comp.compile(e, None)(env)
        return {k: x for k, x in v.items() if x is not None}

    keys = []
    for n in pat.nodes:
        if n.var and n.var in env:
            if n.labels or n.props is not None:
                raise SetupUnsupported("re-declared node with labels")
            keys.append(env[n.var].key)
            continue
        counter[0] += 1
        key = counter[0]
        g.add_node(key, __labels__=list(dict.fromkeys(n.labels)), **props(n.props))
        if n.var:
            env[n.var] = Node(key, g.nodes[key])
        keys.append(key)
    for i, r in enumerate(pat.rels):
        if len(r.types) != 1 or r.length is not None or r.direction == "both":
            raise SetupUnsupported("relationship without one type and a direction")
        u, v = (keys[i], keys[i + 1]) if r.direction == "out" else (keys[i + 1], keys[i])
        counter[0] += 1
        g.add_edge(u, v, key=counter[0], __labels__={r.types[0]}, **props(r.props))
        if r.var:
            from newsgraph.cypher.values import Rel

            env[r.var] = Rel(u, v, counter[0], g[u][v][counter[0]])


# --- expected values --------------------------------------------------------------------------


class _Values:
    """Reads the TCK's value notation: 1, 1.5, 'text', null, [..], {k: v}, (:L {p: 1}), [:T {p: 1}], <(a)-[:T]->(b)>."""

    def __init__(self, text: str) -> None:
        self.s, self.i = text.strip(), 0

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1

    def peek(self) -> str:
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""

    def eat(self, ch: str) -> None:
        self.ws()
        if not self.s.startswith(ch, self.i):
            raise ValueError(f"expected {ch!r} at {self.i} in {self.s!r}")
        self.i += len(ch)

    def value(self) -> Any:
        c = self.peek()
        if c == "'":
            return ("s", self.string())
        if c == "[":
            self.eat("[")
            if self.peek() == ":":
                return self.rel_body()
            items = []
            if self.peek() != "]":
                while True:
                    items.append(self.value())
                    if self.peek() == ",":
                        self.eat(",")
                        continue
                    break
            self.eat("]")
            return ("l", tuple(items))
        if c == "{":
            return ("m", self.map())
        if c == "(":
            return self.node()
        if c == "<":
            return self.path()
        m = re.compile(r"-?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\d*\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|\d+|NaN|Infinity|Inf)|-Infinity|true|false|null").match(self.s, self.i)
        if not m:
            raise ValueError(f"cannot read value at {self.i} in {self.s!r}")
        self.i = m.end()
        t = m.group(0)
        if t == "null":
            return None
        if t in ("true", "false"):
            return ("b", t == "true")
        if re.fullmatch(r"-?\d+", t):
            return ("i", int(t))
        if "NaN" in t:
            return ("f", "nan")
        if "Inf" in t:
            return ("f", "-inf" if t.startswith("-") else "inf")
        return ("f", _float(float(t)))

    def string(self) -> str:
        self.eat("'")
        out = []
        while self.s[self.i] != "'":
            if self.s[self.i] == "\\":
                self.i += 1
                out.append({"n": "\n", "t": "\t"}.get(self.s[self.i], self.s[self.i]))
            else:
                out.append(self.s[self.i])
            self.i += 1
        self.i += 1
        return "".join(out)

    def key(self) -> str:
        self.ws()
        if self.peek() == "`":
            j = self.s.index("`", self.i + 1)
            k, self.i = self.s[self.i + 1 : j], j + 1
            return k
        m = re.compile(r"[^\s:,{}()\[\]]+").match(self.s, self.i)
        assert m
        self.i = m.end()
        return m.group(0)

    def map(self) -> tuple[Any, ...]:
        self.eat("{")
        items = []
        if self.peek() != "}":
            while True:
                k = self.key()
                self.eat(":")
                items.append((k, self.value()))
                if self.peek() == ",":
                    self.eat(",")
                    continue
                break
        self.eat("}")
        return tuple(sorted(items, key=repr))

    def node(self) -> Any:
        self.eat("(")
        labels = []
        while self.peek() == ":":
            self.eat(":")
            labels.append(self.key())
        props = self.map() if self.peek() == "{" else ()
        self.eat(")")
        return ("node", tuple(sorted(labels)), tuple(x for x in props if x[1] is not None))

    def rel_body(self) -> Any:
        self.eat(":")
        t = self.key()
        props = self.map() if self.peek() == "{" else ()
        self.eat("]")
        return ("rel", t, tuple(x for x in props if x[1] is not None))

    def path(self) -> Any:
        self.eat("<")
        parts = [self.node()]
        while self.peek() in "-<":
            left = self.peek() == "<"
            if left:
                self.eat("<")
            self.eat("-")
            self.eat("[")
            r = self.rel_body()
            self.eat("-")
            right = self.peek() == ">"
            if right:
                self.eat(">")
            parts.append(r)
            parts.append(self.node())
        self.eat(">")
        return ("path", tuple(parts))


def _float(v: float) -> Any:
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return float(f"{v:.12g}") + 0.0  # -0.0 reads as 0.0


def expected(text: str) -> Any:
    p = _Values(text)
    v = p.value()
    if p.peek():
        raise ValueError(f"trailing text in {text!r}")
    return v


def canon(v: Any) -> Any:
    """An engine value in the notation of :func:`expected`."""
    from newsgraph.cypher import values as V

    if v is None:
        return None
    if isinstance(v, bool):
        return ("b", v)
    if isinstance(v, int):
        return ("i", v)
    if isinstance(v, float):
        return ("f", _float(v))
    if isinstance(v, str):
        return ("s", v)
    if isinstance(v, (list, tuple)):
        return ("l", tuple(canon(x) for x in v))
    if isinstance(v, dict):
        return ("m", tuple(sorted(((k, canon(x)) for k, x in v.items()), key=repr)))
    if isinstance(v, V.Node):
        props = {k: x for k, x in v.data.items() if k != "__labels__"}
        return ("node", tuple(sorted(v.data.get("__labels__") or ())), canon(props)[1])
    if isinstance(v, V.Rel):
        props = {k: x for k, x in v.data.items() if k != "__labels__"}
        return ("rel", V.rel_type(v), canon(props)[1])
    if isinstance(v, V._dt.date):
        return ("s", v.isoformat())
    if isinstance(v, V.Path):
        parts = [canon(v.nodes[0])]
        for r, n in zip(v.rels, v.nodes[1:]):
            parts += [canon(r), canon(n)]
        return ("path", tuple(parts))
    return ("?", repr(v))


def unordered_lists(v: Any) -> Any:
    if isinstance(v, tuple) and v and v[0] == "l":
        return ("l", tuple(sorted((unordered_lists(x) for x in v[1]), key=repr)))
    if isinstance(v, tuple) and v and v[0] == "m":
        return ("m", tuple((k, unordered_lists(x)) for k, x in v[1]))
    return v


# --- scenarios --------------------------------------------------------------------------------


def pickles(path: Path) -> list[Any]:
    from gherkin.parser import Parser
    from gherkin.pickles.compiler import Compiler

    doc = Parser().parse(path.read_text(encoding="utf-8"))
    doc["uri"] = str(path)
    return Compiler().compile(doc)


def _table(arg: Any) -> list[list[str]]:
    return [[c["value"] for c in row["cells"]] for row in arg["dataTable"]["rows"]]


def run_scenario(feature: str, pickle: Any) -> Outcome:
    from newsgraph.core.errors import QueryError
    from newsgraph.cypher.embedded import execute
    from newsgraph.cypher.parser import Unsupported

    name = pickle["name"]
    setup: list[str] = []
    query = None
    params: dict[str, Any] = {}
    expect_rows: list[list[str]] | None = None
    ordered = False
    ignore_list_order = False
    expect_error = None
    for step in pickle["steps"]:
        text = step["text"]
        arg = step.get("argument") or {}
        if text.startswith("having executed"):
            setup.append(arg["docString"]["content"])
        elif text.startswith("there exists a procedure"):
            return Outcome(feature, name, "refused", "needs a test procedure (CALL)")
        elif text.startswith("parameters are"):
            for k, v in _table(arg):
                params[k] = v
        elif text.startswith("executing query") or text.startswith("executing control query"):
            query = arg["docString"]["content"]
        elif text.startswith("the result should be empty"):
            expect_rows = []
        elif text.startswith("the result should be"):
            expect_rows = _table(arg)
            ordered = "in order" in text
            ignore_list_order = "ignoring element order for lists" in text
        elif "should be raised" in text:
            expect_error = text
    if query is None:
        return Outcome(feature, name, "error", "no query")
    if re.search(r"\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH)\b", _strip_strings(query), re.IGNORECASE):
        return Outcome(feature, name, "writes")
    try:
        g = load_graph(setup)
        pvals = {k: _to_python(expected(v)) for k, v in params.items()}
    except SetupUnsupported as exc:
        return Outcome(feature, name, "refused", f"setup: {exc}")
    except Exception as exc:  # noqa: BLE001
        return Outcome(feature, name, "refused", f"setup: {type(exc).__name__}: {exc}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = execute(g, query, pvals, raw=True, timeout=20, max_rows=5_000_000)
    except Unsupported as exc:
        if expect_error:
            return Outcome(feature, name, "pass")
        return Outcome(feature, name, "refused", str(exc))
    except QueryError as exc:
        if expect_error:
            return Outcome(feature, name, "pass")
        msg = str(exc)
        if "read-only" in msg:
            return Outcome(feature, name, "writes")
        return Outcome(feature, name, "error", msg[:200])
    except Exception as exc:  # noqa: BLE001 - an engine bug: reported, not hidden
        return Outcome(feature, name, "error", f"{type(exc).__name__}: {exc}"[:200])
    if expect_error:
        return Outcome(feature, name, "wrong", f"expected {expect_error}, got {len(res.rows)} rows")
    if expect_rows is None:
        return Outcome(feature, name, "error", "no expected result")
    if expect_rows:
        header, body = expect_rows[0], expect_rows[1:]
    else:
        header, body = res.columns, []
    if header != res.columns:
        return Outcome(feature, name, "wrong", f"columns {res.columns} != {header}")
    try:
        want = [tuple(expected(c) for c in row) for row in body]
    except Exception as exc:  # noqa: BLE001
        return Outcome(feature, name, "refused", f"expected value notation not read: {exc}")
    got = [tuple(canon(v) for v in row) for row in res.rows]
    if ignore_list_order:
        want = [tuple(unordered_lists(v) for v in row) for row in want]
        got = [tuple(unordered_lists(v) for v in row) for row in got]
    same = want == got if ordered else Counter(map(repr, want)) == Counter(map(repr, got))
    if same:
        return Outcome(feature, name, "pass")
    return Outcome(feature, name, "wrong", f"got {got[:3]} … want {want[:3]}"[:300])


def _strip_strings(q: str) -> str:
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*", "''", q)


def _to_python(v: Any) -> Any:
    if v is None:
        return None
    kind, x = v
    if kind == "l":
        return [_to_python(y) for y in x]
    if kind == "m":
        return {k: _to_python(y) for k, y in x}
    if kind == "f":
        return float(x)
    return x


def run_all(root: Path = TCK) -> list[Outcome]:
    out = []
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.feature")):
            feature = f"{folder}/{path.stem}"
            for p in pickles(path):
                out.append(run_scenario(feature, p))
    return out


def table(outcomes: list[Outcome]) -> list[tuple[str, int, int, int, int, int]]:
    rows = []
    by: dict[str, Counter] = {}
    for o in outcomes:
        if o.status != "writes":
            by.setdefault(o.feature, Counter())[o.status] += 1
    for f, c in by.items():
        n = sum(c.values())
        rows.append((f, n, c["pass"], c["refused"], c["wrong"], c["error"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="list every scenario that did not pass, with the reason")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for docs/cypher.md)")
    args = ap.parse_args(argv)
    if not TCK.is_dir():
        print(f"the TCK is not at {TCK}", file=sys.stderr)
        return 2
    outcomes = run_all()
    rows = table(outcomes)
    total = [sum(r[i] for r in rows) for i in range(1, 6)]
    if args.markdown:
        print("| feature file | scenarios | pass | refused | wrong | error |")
        print("|---|---:|---:|---:|---:|---:|")
        for r in rows:
            print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} |")
        print(f"| **all** | {total[0]} | {total[1]} ({100 * total[1] / total[0]:.1f} %) | {total[2]} | {total[3]} | {total[4]} |")
    else:
        print(f"{'feature file':52} {'n':>4} {'pass':>5} {'refus':>5} {'wrong':>5} {'error':>5}")
        for r in rows:
            print(f"{r[0]:52} {r[1]:4d} {r[2]:5d} {r[3]:5d} {r[4]:5d} {r[5]:5d}")
        print(f"{'all read-only scenarios':52} {total[0]:4d} {total[1]:5d} {total[2]:5d} {total[3]:5d} {total[4]:5d}"
              f"   pass rate {100 * total[1] / total[0]:.1f} %")
        writes = sum(o.status == "writes" for o in outcomes)
        print(f"({writes} scenarios whose query writes are not read-only and left out)")
    if args.failures:
        for o in outcomes:
            if o.status not in ("pass", "writes"):
                print(f"{o.status:8} {o.feature} :: {o.scenario} :: {o.reason}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    raise SystemExit(main())
