"""The analyst query suite shipped in ``cypher/queries/*.cypher``: each file is one query that
runs unchanged on the embedded graph and in Neo4j (the parity tests run every one on both)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUITE_DIR = Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class AnalystQuery:
    """One query of the parity suite: its file name, header text, Cypher and example parameters."""

    name: str
    description: str
    cypher: str
    params: dict[str, Any]


def analyst_queries(directory: Path | None = None) -> list[AnalystQuery]:
    """Load the suite. Header lines: ``// text`` and ``// param NAME: description, e.g. JSON``."""
    out = []
    for path in sorted((directory or SUITE_DIR).glob("*.cypher")):
        desc, params, body = [], {}, []
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^//\s*param\s+(\w+):.*\be\.g\.\s*(.+?)\s*$", line)
            if m:
                params[m.group(1)] = json.loads(m.group(2))
            elif line.startswith("//"):
                desc.append(line[2:].strip())
            elif line.strip():
                body.append(line)
        out.append(AnalystQuery(path.stem, " ".join(desc), "\n".join(body), params))
    return out
