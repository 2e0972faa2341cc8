"""Cypher text to tokens: the only place the query's characters are read.

Comments (``//`` to the end of the line, ``/* … */``), string literals and backquoted names are
whole tokens here, so nothing inside them is ever taken for a keyword. Each token keeps its
offsets in the query, so a RETURN column is named by the text the user wrote (as Neo4j does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.core.errors import QueryError


class CypherSyntaxError(QueryError):
    """The query is not valid Cypher (or not the part of it the embedded engine reads)."""


@dataclass(frozen=True)
class Token:
    kind: str  # word, name (backquoted), string, int, float, param, op, eof
    text: str  # the value: a word as written, a string's content, an operator
    start: int
    end: int

    def kw(self, *words: str) -> bool:
        """True when this is a bare word equal (ignoring case) to one of ``words``."""
        return self.kind == "word" and self.text.upper() in words

    def op(self, *ops: str) -> bool:
        return self.kind == "op" and self.text in ops


_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<badcomment>/\*)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<badstring>['"])
  | (?P<name>`(?:[^`]|``)*`)
  | (?P<float>(?:\d+\.\d+|\.\d+|\d+)[eE][+-]?\d+|\d+\.\d+(?!\.)|\.\d+)
  | (?P<hex>0x[0-9A-Fa-f]+)
  | (?P<oct>0o[0-7]+)
  | (?P<int>\d+)
  | (?P<param>\$(?:[^\W\d]\w*|\d+|`(?:[^`]|``)*`))
  | (?P<word>[^\W\d]\w*)
  | (?P<op>\.\.|<>|!=|<=|>=|=~|->|<-|\+=|[-+*/%^=<>(){}\[\],.:;|$])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def _unescape(body: str, start: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in "uU":
            width = 4 if nxt == "u" else 8
            digits = body[i + 2 : i + 2 + width]
            if len(digits) != width or not re.fullmatch(r"[0-9A-Fa-f]+", digits):
                raise CypherSyntaxError(f"invalid unicode escape in a string at offset {start + i}")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            raise CypherSyntaxError(f"invalid escape \\{nxt} in a string at offset {start + i}")
    return "".join(out)


def tokenize(query: str) -> list[Token]:
    """The tokens of ``query`` (comments dropped), ending with an ``eof`` token."""
    out: list[Token] = []
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup or "other"
        text = m.group(0)
        s, e = m.start(), m.end()
        if kind in ("ws", "comment"):
            continue
        if kind == "badcomment":
            raise CypherSyntaxError("a /* comment is never closed")
        if kind == "badstring":
            raise CypherSyntaxError(f"a string starting at offset {s} is never closed")
        if kind == "other":
            raise CypherSyntaxError(f"unexpected character {text!r} at offset {s}")
        if kind == "string":
            text = _unescape(text[1:-1], s + 1)
        elif kind == "name":
            text = text[1:-1].replace("``", "`")
        elif kind == "hex":
            kind, text = "int", str(int(text, 16))
        elif kind == "oct":
            kind, text = "int", str(int(text[2:], 8))
        elif kind == "param":
            text = text[1:]
            if text.startswith("`"):
                text = text[1:-1].replace("``", "`")
        elif kind == "int" and e < len(query) and (query[e].isalpha() or query[e] == "_"):
            raise CypherSyntaxError(f"invalid number {query[s:e + 1]}... at offset {s}")
        out.append(Token(kind, text, s, e))
    out.append(Token("eof", "", len(query), len(query)))
    return out
