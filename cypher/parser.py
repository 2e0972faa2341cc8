"""Cypher text to the AST of cypher/ast.py: a hand-written recursive-descent parser.

Hand-written rather than generated (lark, which grand-cypher brings, was the alternative):
one pass over the tokens of cypher/lexer.py, no grammar ambiguities to resolve after the fact
(a parenthesis opens a pattern or an expression; ``<-`` is an arrow or ``< -``), and every
refusal can name the feature in the user's terms ("the embedded graph is read-only: CREATE is
not allowed", "CALL procedures are not supported") instead of a parser's terminal names.

Precedence follows the openCypher grammar: OR < XOR < AND < NOT < comparison (chained) <
string/list/null predicates (STARTS WITH, ENDS WITH, CONTAINS, IN, IS NULL, =~) < + - < * / % <
^ < unary + - < property lookup, indexing, slicing and label tests < atoms.
"""
from __future__ import annotations

from newsgraph.core.errors import QueryError
from newsgraph.cypher.ast import (
    Call,
    Case,
    Compare,
    CountStar,
    Exists,
    Expr,
    HasLabels,
    Index,
    Item,
    ListComp,
    ListLit,
    Lit,
    MapLit,
    MapProjection,
    Match,
    NodePattern,
    Op,
    Param,
    PathPattern,
    PatternComp,
    PatternPredicate,
    Projection,
    Prop,
    Quantifier,
    Query,
    Reduce,
    RelPattern,
    SingleQuery,
    Slice,
    SortKey,
    Unwind,
    Var,
)
from newsgraph.cypher.lexer import CypherSyntaxError, Token, tokenize

_WRITE = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "INSERT", "NODETACH")
INT_MAX = 2**63 - 1


class Unsupported(QueryError):
    """Valid Cypher the embedded engine does not run (the message names the feature)."""


def refuse(feature: str) -> Unsupported:
    return Unsupported(f"the embedded Cypher engine does not support {feature}; run this query on Neo4j (--neo4j URI)")


class Parser:
    def __init__(self, query: str) -> None:
        self.text = query
        self.toks = tokenize(query)
        self.i = 0
        self.anon = 0

    # --- token helpers

    def peek(self, k: int = 0) -> Token:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def take(self) -> Token:
        t = self.toks[self.i]
        if t.kind != "eof":
            self.i += 1
        return t

    def at_kw(self, *words: str) -> bool:
        return self.peek().kw(*words)

    def at_op(self, *ops: str) -> bool:
        return self.peek().op(*ops)

    def accept_kw(self, *words: str) -> bool:
        if self.at_kw(*words):
            self.i += 1
            return True
        return False

    def accept_op(self, *ops: str) -> bool:
        if self.at_op(*ops):
            self.i += 1
            return True
        return False

    def error(self, expected: str) -> CypherSyntaxError:
        t = self.peek()
        got = "the end of the query" if t.kind == "eof" else repr(self.text[t.start : t.end])
        line = self.text.count("\n", 0, t.start) + 1
        return CypherSyntaxError(f"invalid or unsupported Cypher: expected {expected} but found {got} (line {line}, offset {t.start})")

    def expect_op(self, op: str) -> Token:
        if not self.at_op(op):
            raise self.error(f"'{op}'")
        return self.take()

    def expect_kw(self, word: str) -> Token:
        if not self.at_kw(word):
            raise self.error(word)
        return self.take()

    def name(self, what: str = "a name") -> str:
        t = self.peek()
        if t.kind in ("word", "name"):
            self.i += 1
            return t.text
        raise self.error(what)

    def symbolic(self, what: str = "a name") -> str:
        """A name that may also be a keyword or reserved word (labels, types, property keys)."""
        return self.name(what)

    # --- query structure

    def query(self) -> Query:
        parts = [self.single_query()]
        alls: list[bool] = []
        while self.accept_kw("UNION"):
            alls.append(self.accept_kw("ALL"))
            parts.append(self.single_query())
        self.accept_op(";")
        if self.peek().kind != "eof":
            raise self.error("the end of the query")
        return Query(tuple(parts), tuple(alls))

    def single_query(self, *, subquery: bool = False) -> SingleQuery:
        clauses: list = []
        while True:
            t = self.peek()
            if t.kind == "eof" or t.kw("UNION") or t.op(";", "}"):
                break
            clause = self.clause()
            clauses.append(clause)
            if isinstance(clause, Projection) and clause.final:
                break
        if not clauses:
            raise self.error("a clause (MATCH, WITH, UNWIND, RETURN)")
        last = clauses[-1]
        if not subquery and not (isinstance(last, Projection) and last.final):
            raise CypherSyntaxError("invalid Cypher: a query must end with RETURN (the embedded graph is read-only)")
        return SingleQuery(tuple(clauses))

    def clause(self):
        t = self.peek()
        if t.kw("OPTIONAL"):
            self.take()
            self.expect_kw("MATCH")
            return self.match(optional=True)
        if t.kw("MATCH"):
            self.take()
            return self.match(optional=False)
        if t.kw("UNWIND"):
            self.take()
            e = self.expr()
            self.expect_kw("AS")
            return Unwind(e, self.name("a variable after AS"))
        if t.kw("WITH"):
            self.take()
            return self.projection(final=False)
        if t.kw("RETURN"):
            self.take()
            return self.projection(final=True)
        if t.kw(*_WRITE):
            raise QueryError(f"the embedded graph is read-only: {t.text.upper()} is not allowed "
                             "(use Neo4j with --write to change data)")
        if t.kw("LOAD") and self.peek(1).kw("CSV"):
            raise QueryError("the embedded graph is read-only: LOAD CSV is not allowed")
        if t.kw("CALL"):
            if self.peek(1).op("{", "("):
                raise refuse("CALL { } subqueries")
            raise refuse("CALL procedures")
        if t.kw("USE"):
            raise refuse("USE (graph selection)")
        if t.kw("FINISH", "FILTER", "LET", "NEXT"):
            raise refuse(f"the {t.text.upper()} clause")
        if t.kw("SHOW", "EXPLAIN", "PROFILE", "CYPHER", "START", "STOP", "ALTER", "GRANT", "DENY", "REVOKE", "TERMINATE"):
            raise refuse(f"{t.text.upper()} commands")
        raise self.error("a clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN)")

    def match(self, optional: bool) -> Match:
        patterns = [self.path_pattern()]
        while self.accept_op(","):
            patterns.append(self.path_pattern())
        if self.at_kw("USING"):
            raise refuse("planner hints (USING INDEX / USING JOIN)")
        where = self.expr() if self.accept_kw("WHERE") else None
        return Match(tuple(patterns), where, optional)

    def projection(self, final: bool) -> Projection:
        distinct = self.accept_kw("DISTINCT")
        star = False
        items: list[Item] = []
        if self.accept_op("*"):
            star = True
            if self.accept_op(","):
                items = self.items(final)
        else:
            items = self.items(final)
        order: list[SortKey] = []
        if self.at_kw("ORDER"):
            self.take()
            self.expect_kw("BY")
            while True:
                e = self.expr()
                desc = False
                if self.at_kw("ASC", "ASCENDING", "DESC", "DESCENDING"):
                    desc = self.take().text.upper().startswith("DESC")
                order.append(SortKey(e, desc))
                if not self.accept_op(","):
                    break
        skip = self.expr() if self.accept_kw("SKIP", "OFFSET") else None
        limit = self.expr() if self.accept_kw("LIMIT") else None
        where = None
        if not final and self.accept_kw("WHERE"):
            where = self.expr()
        names = [it.name for it in items]
        if len(set(names)) != len(names):
            raise CypherSyntaxError("invalid Cypher: multiple result columns with the same name")
        return Projection(tuple(items), star, distinct, tuple(order), skip, limit, where, final)

    def items(self, final: bool) -> list[Item]:
        out = []
        while True:
            start = self.peek().start
            e = self.expr()
            end = self.toks[self.i - 1].end
            if self.accept_kw("AS"):
                out.append(Item(e, self.name("a name after AS"), True))
            else:
                if not final and not isinstance(e, Var):
                    raise CypherSyntaxError("invalid Cypher: expression in WITH must be aliased (use AS)")
                out.append(Item(e, e.name if isinstance(e, Var) else self.text[start:end], isinstance(e, Var)))
            if not self.accept_op(","):
                return out

    # --- patterns

    def path_pattern(self) -> PathPattern:
        var = None
        if self.peek().kind in ("word", "name") and self.peek(1).op("="):
            var = self.take().text
            self.take()
        shortest = None
        if self.at_kw("SHORTESTPATH", "ALLSHORTESTPATHS") and self.peek(1).op("("):
            shortest = "shortest" if self.take().text.upper() == "SHORTESTPATH" else "all"
            self.expect_op("(")
            p = self.pattern_element(var, shortest)
            self.expect_op(")")
            return p
        if self.at_kw("ANY", "ALL", "SHORTEST") and not self.peek(1).op("("):
            raise refuse("Neo4j 5 path selectors (ANY / ALL / SHORTEST k)")
        return self.pattern_element(var, None)

    def pattern_element(self, var: str | None, shortest: str | None) -> PathPattern:
        if self.at_op("(") and self.peek(1).op("("):
            raise refuse("quantified path patterns ((…){m,n})")
        nodes = [self.node_pattern()]
        rels: list[RelPattern] = []
        while self.at_op("-", "<-"):
            rels.append(self.rel_pattern())
            nodes.append(self.node_pattern())
        if shortest and len(rels) != 1:
            raise CypherSyntaxError("invalid Cypher: shortestPath needs a pattern with exactly one relationship")
        return PathPattern(var, tuple(nodes), tuple(rels), shortest)

    def labels(self) -> tuple[str, ...]:
        labels = []
        while self.accept_op(":"):
            labels.append(self.symbolic("a label"))
            if self.at_op("|", "&", "!", "%"):
                raise refuse("label expressions (:A|B, :A&B, :!A)")
        return tuple(labels)

    def props(self) -> Expr | None:
        if self.at_op("{"):
            return self.map_literal()
        if self.peek().kind == "param":
            return Param(self.take().text)
        return None

    def node_pattern(self) -> NodePattern:
        self.expect_op("(")
        var = None
        if self.peek().kind in ("word", "name"):
            var = self.take().text
        labels = self.labels()
        props = self.props()
        if self.at_kw("WHERE"):
            raise refuse("WHERE inside a node pattern")
        self.expect_op(")")
        return NodePattern(var, labels, props)

    def rel_pattern(self) -> RelPattern:
        left = self.take().text == "<-"
        var, types, props, length = None, [], None, None
        if left and self.at_op("->"):  # <-->
            self.take()
            return RelPattern(None, (), None, "both", None)
        if self.accept_op("["):
            if self.peek().kind in ("word", "name"):
                var = self.take().text
            if self.accept_op(":"):
                types.append(self.symbolic("a relationship type"))
                while self.accept_op("|"):
                    self.accept_op(":")
                    types.append(self.symbolic("a relationship type"))
                if self.at_op("&", "!", "%"):
                    raise refuse("relationship type expressions (&, !, %)")
            if self.accept_op("*"):
                lo, hi = 1, None
                if self.peek().kind == "int":
                    lo = hi = int(self.take().text)
                if self.accept_op(".."):
                    hi = int(self.take().text) if self.peek().kind == "int" else None
                    if lo == hi and self.toks[self.i - 1].kind != "int":
                        hi = None
                elif hi is None:
                    lo, hi = 1, None
                length = (lo, hi)
            props = self.props()
            if self.at_kw("WHERE"):
                raise refuse("WHERE inside a relationship pattern")
            self.expect_op("]")
        if self.accept_op("->"):
            direction = "both" if left else "out"
        elif self.accept_op("-"):
            direction = "in" if left else "both"
        else:
            raise self.error("'-' or '->' to close the relationship")
        return RelPattern(var, tuple(types), props, direction, length)

    # --- expressions

    def expr(self) -> Expr:
        return self.or_expr()

    def or_expr(self) -> Expr:
        e = self.xor_expr()
        while self.accept_kw("OR"):
            e = Op("or", (e, self.xor_expr()))
        return e

    def xor_expr(self) -> Expr:
        e = self.and_expr()
        while self.accept_kw("XOR"):
            e = Op("xor", (e, self.and_expr()))
        return e

    def and_expr(self) -> Expr:
        e = self.not_expr()
        while self.accept_kw("AND"):
            e = Op("and", (e, self.not_expr()))
        return e

    def not_expr(self) -> Expr:
        if self.accept_kw("NOT"):
            return Op("not", (self.not_expr(),))
        return self.comparison()

    _CMP = ("=", "<>", "!=", "<", ">", "<=", ">=")

    def comparison(self) -> Expr:
        first = self.predicate()
        ops, args = [], [first]
        while True:
            t = self.peek()
            if t.op(*self._CMP):
                self.take()
                ops.append("<>" if t.text == "!=" else t.text)
                args.append(self.predicate())
            elif t.op("<-"):  # a < -b
                self.take()
                ops.append("<")
                args.append(self._negate(self.predicate()))
            else:
                break
        if not ops:
            return first
        return Compare(tuple(ops), tuple(args))

    @staticmethod
    def _negate(e: Expr) -> Expr:
        return Op("neg", (e,))

    def predicate(self) -> Expr:
        e = self.additive()
        while True:
            t = self.peek()
            if t.kw("STARTS") and self.peek(1).kw("WITH"):
                self.i += 2
                e = Op("starts", (e, self.additive()))
            elif t.kw("ENDS") and self.peek(1).kw("WITH"):
                self.i += 2
                e = Op("ends", (e, self.additive()))
            elif t.kw("CONTAINS"):
                self.take()
                e = Op("contains", (e, self.additive()))
            elif t.kw("IN"):
                self.take()
                e = Op("in", (e, self.additive()))
            elif t.kw("IS"):
                self.take()
                neg = self.accept_kw("NOT")
                if self.at_kw("NULL"):
                    self.take()
                    e = Op("notnull" if neg else "isnull", (e,))
                elif self.at_kw("NORMALIZED", "TYPED") or self.at_op("::"):
                    raise refuse(f"IS {self.peek().text.upper()}")
                else:
                    raise self.error("NULL after IS")
            elif t.op("=~"):
                self.take()
                e = Op("regex", (e, self.additive()))
            else:
                return e

    def additive(self) -> Expr:
        e = self.multiplicative()
        while self.at_op("+", "-"):
            op = self.take().text
            e = Op(op, (e, self.multiplicative()))
        return e

    def multiplicative(self) -> Expr:
        e = self.power()
        while self.at_op("*", "/", "%"):
            op = self.take().text
            e = Op(op, (e, self.power()))
        return e

    def power(self) -> Expr:
        e = self.unary()
        while self.accept_op("^"):
            e = Op("^", (e, self.unary()))
        return e

    def unary(self) -> Expr:
        if self.at_op("-"):
            self.take()
            t = self.peek()
            if t.kind == "int" and not self.peek(1).op(".", "[", "^"):
                self.take()
                v = -int(t.text)
                if v < -INT_MAX - 1:
                    raise CypherSyntaxError(f"invalid Cypher: integer literal -{t.text} is too large")
                return Lit(v)
            return Op("neg", (self.unary(),))
        if self.accept_op("+"):
            return Op("pos", (self.unary(),))
        return self.postfix()

    def postfix(self) -> Expr:
        e = self.atom()
        while True:
            if self.at_op(".") and self.peek(1).kind in ("word", "name"):
                self.take()
                e = Prop(e, self.take().text)
            elif self.at_op("["):
                self.take()
                if self.accept_op(".."):
                    hi = None if self.at_op("]") else self.expr()
                    self.expect_op("]")
                    e = Slice(e, None, hi)
                    continue
                lo = self.expr()
                if self.accept_op(".."):
                    hi = None if self.at_op("]") else self.expr()
                    self.expect_op("]")
                    e = Slice(e, lo, hi)
                else:
                    self.expect_op("]")
                    e = Index(e, lo)
            elif self.at_op(":") and isinstance(e, Var):
                e = HasLabels(e, self.labels())
            elif self.at_op("{") and isinstance(e, Var):
                e = self.map_projection(e.name)
            else:
                return e

    def map_projection(self, subject: str) -> Expr:
        self.expect_op("{")
        items = []
        if not self.at_op("}"):
            while True:
                if self.accept_op("."):
                    if self.accept_op("*"):
                        items.append(("*", "all", None))
                    else:
                        k = self.symbolic("a property key")
                        items.append((k, "prop", None))
                elif self.peek().kind in ("word", "name") and self.peek(1).op(":"):
                    k = self.take().text
                    self.take()
                    items.append((k, "expr", self.expr()))
                else:
                    k = self.name("a map projection item")
                    items.append((k, "var", Var(k)))
                if not self.accept_op(","):
                    break
        self.expect_op("}")
        return MapProjection(subject, tuple(items))

    def map_literal(self) -> MapLit:
        self.expect_op("{")
        items = []
        if not self.at_op("}"):
            while True:
                t = self.peek()
                if t.kind in ("word", "name", "string"):
                    self.take()
                    key = t.text
                else:
                    raise self.error("a map key")
                self.expect_op(":")
                items.append((key, self.expr()))
                if not self.accept_op(","):
                    break
        self.expect_op("}")
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            raise CypherSyntaxError("invalid Cypher: a map literal repeats a key")
        return MapLit(tuple(items))

    def try_pattern(self) -> PathPattern | None:
        """A relationship pattern starting here (``(a)-->(b)``), or None (position restored)."""
        save = self.i
        try:
            p = self.pattern_element(None, None)
        except QueryError:
            self.i = save
            return None
        if not p.rels:
            self.i = save
            return None
        return p

    def atom(self) -> Expr:
        t = self.peek()
        k = t.kind
        if k == "int":
            self.take()
            v = int(t.text)
            if v > INT_MAX:
                raise CypherSyntaxError(f"invalid Cypher: integer literal {t.text} is too large")
            return Lit(v)
        if k == "float":
            self.take()
            v = float(t.text)
            if v in (float("inf"), float("-inf")):
                raise CypherSyntaxError(f"invalid Cypher: float literal {t.text} is too large")
            return Lit(v)
        if k == "string":
            self.take()
            return Lit(t.text)
        if k == "param":
            self.take()
            return Param(t.text)
        if t.op("["):
            return self.list_atom()
        if t.op("{"):
            return self.map_literal()
        if t.op("("):
            p = self.try_pattern()
            if p is not None:
                return PatternPredicate(p)
            self.take()
            e = self.expr()
            self.expect_op(")")
            return e
        if k == "name":
            self.take()
            return Var(t.text)
        if k != "word":
            raise self.error("an expression")
        up = t.text.upper()
        nxt = self.peek(1)
        if up == "TRUE":
            self.take()
            return Lit(True)
        if up == "FALSE":
            self.take()
            return Lit(False)
        if up == "NULL":
            self.take()
            return Lit(None)
        if up in ("INF", "INFINITY") and not nxt.op("("):
            self.take()
            return Lit(float("inf"))
        if up == "NAN" and not nxt.op("("):
            self.take()
            return Lit(float("nan"))
        if up == "CASE":
            return self.case()
        if up in ("EXISTS", "COUNT") and nxt.op("{"):
            self.take()
            return self.subquery(count=up == "COUNT")
        if up in ("COLLECT",) and nxt.op("{"):
            raise refuse("COLLECT { } subqueries")
        if up == "COUNT" and nxt.op("(") and self.peek(2).op("*"):
            self.i += 2
            self.take()
            self.expect_op(")")
            return CountStar()
        if up in ("ALL", "ANY", "NONE", "SINGLE") and nxt.op("(") and self.peek(2).kind in ("word", "name") \
                and self.peek(3).kw("IN"):
            self.i += 2
            var = self.take().text
            self.take()
            src = self.expr()
            if not self.accept_kw("WHERE"):
                raise CypherSyntaxError(f"invalid Cypher: {up.lower()}() needs a WHERE predicate")
            where = self.expr()
            self.expect_op(")")
            return Quantifier(up.lower(), var, src, where)
        if up == "REDUCE" and nxt.op("("):
            self.i += 2
            acc = self.name("an accumulator")
            self.expect_op("=")
            init = self.expr()
            self.expect_op(",")
            var = self.name("a variable")
            self.expect_kw("IN")
            src = self.expr()
            self.expect_op("|")
            body = self.expr()
            self.expect_op(")")
            return Reduce(acc, init, var, src, body)
        if up in ("SHORTESTPATH", "ALLSHORTESTPATHS") and nxt.op("("):
            raise refuse("shortestPath() as an expression (use it in MATCH: MATCH p = shortestPath((a)-[*]-(b)))")
        if up == "EXISTS" and nxt.op("("):
            self.i += 2
            p = self.try_pattern()
            if p is None:
                raise refuse("exists() on a property (Neo4j 5 writes it n.prop IS NOT NULL)")
            self.expect_op(")")
            return PatternPredicate(p)
        # function call, possibly namespaced (date.truncate)
        j = 1
        while self.peek(j).op(".") and self.peek(j + 1).kind == "word":
            j += 2
        if self.peek(j).op("("):
            start = t.start
            parts = [self.take().text if n % 2 == 0 else self.take().text for n in range(j)]
            name = "".join(parts).lower()
            self.expect_op("(")
            distinct = self.accept_kw("DISTINCT")
            args = []
            if not self.at_op(")"):
                while True:
                    args.append(self.expr())
                    if not self.accept_op(","):
                        break
            end = self.expect_op(")").end
            return Call(name, tuple(args), distinct, self.text[start:end])
        self.take()
        return Var(t.text)

    def list_atom(self) -> Expr:
        self.expect_op("[")
        # list comprehension [x IN list WHERE p | e]
        if self.peek().kind in ("word", "name") and self.peek(1).kw("IN"):
            save = self.i
            var = self.take().text
            self.take()
            src = self.expr()
            if self.at_kw("WHERE") or self.at_op("|", "]"):
                where = self.expr() if self.accept_kw("WHERE") else None
                proj = self.expr() if self.accept_op("|") else None
                self.expect_op("]")
                return ListComp(var, src, where, proj)
            self.i = save
        # pattern comprehension [(a)-->(b) WHERE p | e] or [p = (a)-->(b) | e]
        if self.at_op("(") or (self.peek().kind in ("word", "name") and self.peek(1).op("=") and self.peek(2).op("(")):
            save = self.i
            var = None
            if not self.at_op("("):
                var = self.take().text
                self.take()
            p = self.try_pattern()
            if p is not None and (self.at_kw("WHERE") or self.at_op("|")):
                where = self.expr() if self.accept_kw("WHERE") else None
                self.expect_op("|")
                proj = self.expr()
                self.expect_op("]")
                return PatternComp(PathPattern(var, p.nodes, p.rels, None), where, proj)
            self.i = save
        items = []
        if not self.at_op("]"):
            while True:
                items.append(self.expr())
                if not self.accept_op(","):
                    break
        self.expect_op("]")
        return ListLit(tuple(items))

    def case(self) -> Expr:
        self.expect_kw("CASE")
        test = None if self.at_kw("WHEN") else self.expr()
        whens = []
        while self.accept_kw("WHEN"):
            cond = self.expr()
            self.expect_kw("THEN")
            whens.append((cond, self.expr()))
        if not whens:
            raise self.error("WHEN")
        default = self.expr() if self.accept_kw("ELSE") else None
        self.expect_kw("END")
        return Case(test, tuple(whens), default)

    def subquery(self, count: bool) -> Expr:
        self.expect_op("{")
        if self.at_kw("MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "CREATE", "MERGE", "SET", "DELETE"):
            parts = [self.single_query(subquery=True)]
            alls = []
            while self.accept_kw("UNION"):
                alls.append(self.accept_kw("ALL"))
                parts.append(self.single_query(subquery=True))
            q = Query(tuple(parts), tuple(alls))
        else:
            patterns = [self.path_pattern()]
            while self.accept_op(","):
                patterns.append(self.path_pattern())
            where = self.expr() if self.accept_kw("WHERE") else None
            q = Query((SingleQuery((Match(tuple(patterns), where),)),))
        self.expect_op("}")
        return Exists(q, count)


def parse(query: str) -> Query:
    """The AST of ``query``; CypherSyntaxError, Unsupported or QueryError (read-only) otherwise."""
    return Parser(query).query()
