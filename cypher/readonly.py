"""What a read-only query may not do on Neo4j, beyond what a read transaction refuses.

``query --neo4j`` without ``--write`` runs in a READ transaction, so the server refuses every
write to the graph and the schema. A few statements escape that: administration commands
(``TERMINATE TRANSACTIONS`` stops another session's work, ``ALTER``/``GRANT``/``START``/``STOP``
…), procedures with side effects (``CALL db.clearQueryCaches()``, ``CALL dbms.setConfigValue``)
and ``LOAD CSV`` (the server reads a file or fetches a URL). :func:`read_only_refusal` reads the
statement's tokens — string literals, backquoted names and comments are never read as keywords —
and names the first of these it finds; the store refuses the query before it is sent.

Read mode accepts statements that start with a query clause (``MATCH``, ``OPTIONAL MATCH``,
``WITH``, ``UNWIND``, ``RETURN``, ``CALL``, ``SHOW`` …, after ``CYPHER`` options,
``EXPLAIN``/``PROFILE`` and ``USE``) and calls only the procedures of
:data:`READ_PROCEDURES` (no APOC: the local server has none).
"""
from __future__ import annotations

import re

#: procedures a read-only query may CALL: Neo4j 5's built-in read procedures analysts use
#: (compared without regard to case)
READ_PROCEDURES: tuple[str, ...] = (
    "db.labels", "db.relationshipTypes", "db.propertyKeys",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.info", "db.ping", "dbms.components",
)
_READ_PROCEDURES = frozenset(p.lower() for p in READ_PROCEDURES)
#: words a read-only statement may start with (writes among them are left to the read
#: transaction, which refuses them with the server's own message)
_CLAUSES = frozenset({
    "MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "SHOW", "UNION", "FINISH", "FILTER", "LET",
    "ORDER", "SKIP", "OFFSET", "LIMIT", "WHERE",
    "CREATE", "MERGE", "DELETE", "DETACH", "NODETACH", "SET", "REMOVE", "FOREACH", "INSERT", "DROP", "LOAD",
})

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)
  | (?P<name>`(?:[^`]|``)*`?)
  | (?P<word>[^\W\d]\w*)
  | (?P<number>\d[\w.]*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(query: str) -> list[tuple[str, str]]:
    """(kind, text) of the statement's tokens; ``word`` only for bare words that can be keywords
    (a word after ``.``, ``$`` or ``:`` is a property, parameter or label: kind ``name``)."""
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup or "punct"
        if kind in ("ws", "comment"):
            continue
        text = m.group(0)
        if kind == "name":
            text = text[1:-1].replace("``", "`") if text.endswith("`") and len(text) > 1 else text[1:]
        elif kind == "word" and out and out[-1] in (("punct", "."), ("punct", "$"), ("punct", ":")):
            kind = "name"
        out.append((kind, text))
    return out


def _is(tok: tuple[str, str] | None, *words: str) -> bool:
    return tok is not None and tok[0] == "word" and tok[1].upper() in words


def _start(toks: list[tuple[str, str]]) -> int:
    """Index of the first clause word, past ``CYPHER`` options, ``EXPLAIN``/``PROFILE`` and ``USE graph``."""
    i = 0
    while i < len(toks):
        if _is(toks[i], "CYPHER"):
            i += 1
            while i < len(toks) and (toks[i][0] == "number" or (i + 1 < len(toks) and toks[i + 1] == ("punct", "="))):
                i += 3 if toks[i][0] != "number" else 1  # a version, or option = value
        elif _is(toks[i], "EXPLAIN", "PROFILE"):
            i += 1
        elif _is(toks[i], "USE"):
            i += 1
            while i < len(toks) and toks[i][0] in ("word", "name"):  # a graph name, maybe dotted
                i += 1
                if i < len(toks) and toks[i] == ("punct", "."):
                    i += 1
                elif i < len(toks) and toks[i] == ("punct", "("):  # graph.byName(...)
                    depth = 0
                    while i < len(toks):
                        depth += {"(": 1, ")": -1}.get(toks[i][1], 0) if toks[i][0] == "punct" else 0
                        i += 1
                        if depth == 0:
                            break
                    break
                else:
                    break
        else:
            return i
    return i


def _procedure(toks: list[tuple[str, str]], i: int) -> str | None:
    """The dotted name after ``CALL`` at ``i`` (None for a subquery ``CALL {`` or ``CALL (…) {``)."""
    parts: list[str] = []
    j = i + 1
    while j < len(toks) and toks[j][0] in ("word", "name"):
        parts.append(toks[j][1])
        if j + 1 < len(toks) and toks[j + 1] == ("punct", "."):
            j += 2
        else:
            break
    return ".".join(parts) if parts else None


def read_only_refusal(query: str) -> str | None:
    """Why ``query`` may not run without ``--write`` (beyond what a read transaction refuses), or None."""
    toks = _tokens(query)
    first = _start(toks)
    if first < len(toks) and toks[first][0] == "word" and toks[first][1].upper() not in _CLAUSES:
        return f"{toks[first][1].upper()} is an administration command"
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if _is(tok, "LOAD") and _is(nxt, "CSV"):
            return "LOAD CSV makes the server read a file or fetch a URL"
        if _is(tok, "TERMINATE") and _is(nxt, "TRANSACTION", "TRANSACTIONS"):
            return "TERMINATE stops other sessions' transactions"
        if _is(tok, "CALL"):
            name = _procedure(toks, i)
            if name is not None and name.lower() not in _READ_PROCEDURES:
                return f"CALL {name} is not on the list of read procedures (docs/neo4j.md)"
    return None
