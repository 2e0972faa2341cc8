"""Values written as Cypher literals, spelled once: the embedded engine inlines ``$parameters``
with them and the Cypher script export writes its rows with them (both read them back the same
way Neo4j does). Neo4j reads either quote; grand-cypher's grammar reads only double-quoted
strings inside property maps, so the embedded engine asks for ``quote='"'``."""
from __future__ import annotations

import math
import re
from typing import Any

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(s: str, quote: str = "'") -> str:
    """A quoted Cypher string literal for ``s`` (``quote`` is ``'`` or ``"``; control characters as \\uXXXX)."""
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch == quote:
            out.append("\\" + quote)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return quote + "".join(out) + quote


def cypher_literal(value: Any, quote: str = "'") -> str:
    """A Cypher literal for a JSON-like value (str, int, float, bool, None, list, dict)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write {value!r} as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value, quote)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v, quote) for v in value) + "]"
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            if not _KEY.match(str(k)):
                raise ValueError(f"map key {k!r} is not a plain identifier")
            items.append(f"{k}: {cypher_literal(v, quote)}")
        return "{" + ", ".join(items) + "}"
    raise ValueError(f"cannot write {type(value).__name__} as a Cypher literal")
