"""Budgets for untrusted input, in one place: how deep JSON may nest, how long a record may be.

Neither the ``json`` module nor ijson (yajl) has a nesting limit of its own: ``json.loads``
raises ``RecursionError`` somewhere past a thousand levels, and ijson keeps the path of every
open level, so 200,000 ``[`` in a 400 KB file take gigabytes. :class:`DepthGuard` measures the
nesting of JSON text as its bytes go by — before any parser builds a value — so a file or record
nested deeper than :data:`MAX_JSON_DEPTH` is refused within the first levels past the limit.

Every budget can be raised through the environment (read when newsgraph is imported) or by
assigning the module attribute:

======================================  ====================================  =========
variable                                budget                                default
======================================  ====================================  =========
``NEWSGRAPH_MAX_JSON_DEPTH``            nesting of a graph file or a record   64
``NEWSGRAPH_MAX_JSON_STRING_BYTES``     one string in a graph file            16 MiB
``NEWSGRAPH_MAX_RECORD_BYTES``          one JSON Lines line / CSV record      64 MiB
======================================  ====================================  =========

(A graph file nests five levels deep, a JSON Lines record one. The longest string a graph file
holds is an evidence sentence, at most an article: 1,000,000 characters, a few MB as JSON.
yajl, ijson's parser, takes time quadratic in the length of a string that spans many of its
reads — 8 s for one of 40 MB, minutes for 400 MB — so the string budget bounds the time too.)
"""
from __future__ import annotations

import os
from itertools import accumulate


def _env_int(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name) or default)
    except ValueError:
        return default
    return value if value > 0 else default


#: deepest nesting of arrays and objects accepted in a graph file or a JSON Lines record
MAX_JSON_DEPTH = _env_int("NEWSGRAPH_MAX_JSON_DEPTH", 64)
#: longest JSON Lines line or CSV record read (an article is at most 1,000,000 characters,
#: which JSON may spell with up to 12 bytes each)
MAX_RECORD_BYTES = _env_int("NEWSGRAPH_MAX_RECORD_BYTES", 64 * 2**20)
#: longest string accepted in a graph file, in bytes as written
MAX_JSON_STRING_BYTES = _env_int("NEWSGRAPH_MAX_JSON_STRING_BYTES", 16 * 2**20)

#: every byte but quotes and the four brackets, deleted before counting
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_STEP = [0] * 256
for _b in b"[{":
    _STEP[_b] = 1
for _b in b"]}":
    _STEP[_b] = -1


class BudgetExceeded(Exception):
    """JSON text over one of the guard's budgets; ``offset`` is the byte where it happened (at
    the latest: the end of the chunk that went past it), ``variable`` the setting that raises it."""

    variable = ""

    def __init__(self, what: str, limit: int, offset: int) -> None:
        super().__init__(f"{what} (in the first {offset:,} bytes)")
        self.what, self.limit, self.offset = what, limit, offset


class DepthExceeded(BudgetExceeded):
    """JSON nested deeper than the guard's depth limit."""

    variable = "NEWSGRAPH_MAX_JSON_DEPTH"

    def __init__(self, limit: int, offset: int) -> None:
        super().__init__(f"JSON nested deeper than {limit} levels", limit, offset)


class StringTooLong(BudgetExceeded):
    """A JSON string longer than the guard's string budget."""

    variable = "NEWSGRAPH_MAX_JSON_STRING_BYTES"

    def __init__(self, limit: int, offset: int) -> None:
        super().__init__(f"a JSON string longer than {limit:,} bytes", limit, offset)


class DepthGuard:
    """The nesting depth of JSON text fed to it in chunks of bytes, checked against ``limit``.

    Brackets inside strings are text, also when a chunk ends inside a string or an escape.
    Only C-level byte operations run over the data (``replace``, ``translate``, ``split``):
    about 20 ms per 100 MB of a graph file. Malformed JSON is the parser's business: the guard
    may miscount past the first fault, but the parser stops there. ``feed`` raises
    :class:`DepthExceeded` before text nested deeper than ``limit`` reaches a parser, and with
    ``max_string`` :class:`StringTooLong` once an open string passes that many bytes.
    """

    __slots__ = ("limit", "max_string", "depth", "offset", "_in_string", "_carry", "_open")

    def __init__(self, limit: int | None = None, *, max_string: int | None = None) -> None:
        self.limit = MAX_JSON_DEPTH if limit is None else limit
        self.max_string = max_string  # None: strings of any length
        self.depth = 0
        self.offset = 0  # bytes fed so far
        self._in_string = False  # the last chunk ended inside a string
        self._carry = b""  # ... on a backslash whose escaped character is in the next chunk
        self._open = 0  # bytes of that string so far (escape pairs not counted)

    def feed(self, data: bytes) -> None:
        self.offset += len(data)
        if self._carry:
            data, self._carry = self._carry + data, b""
        if b"\\" in data:  # escapes: an escaped backslash, then an escaped quote, is no quote
            data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
            if data.endswith(b"\\"):  # an odd run at the end: it escapes the next chunk's first byte
                data, self._carry = data[:-1], b"\\"
        marks = data.translate(None, _NOT_STRUCTURE)
        if self._in_string:
            marks = b'"' + marks
        # drop each pair of adjacent quotes (an empty string, or one end and the next start):
        # what is left still alternates between opening and closing quotes
        parts = marks.replace(b'""', b"").split(b'"')
        was_in_string, self._in_string = self._in_string, len(parts) % 2 == 0
        if self._in_string and self.max_string is not None:
            quote = data.rfind(b'"')
            self._open = (self._open + len(data)) if quote < 0 and was_in_string else len(data) - quote - 1
            if self._open > self.max_string:
                raise StringTooLong(self.max_string, self.offset)
        brackets = b"".join(parts[0::2]) if len(parts) > 1 else parts[0]
        if not brackets:
            return
        opens = brackets.count(b"[") + brackets.count(b"{")
        if self.depth + opens > self.limit:  # could go past the limit: follow it exactly
            deepest = max(accumulate(map(_STEP.__getitem__, brackets), initial=self.depth))
            if deepest > self.limit:
                raise DepthExceeded(self.limit, self.offset)
        self.depth += 2 * opens - len(brackets)


def json_depth_ok(data: bytes, limit: int | None = None) -> bool:
    """True when the JSON text ``data`` nests no deeper than ``limit`` (default :data:`MAX_JSON_DEPTH`);
    strings of any length."""
    try:
        DepthGuard(limit).feed(data)
    except DepthExceeded:
        return False
    return True
