"""Export the graph as a Cypher script that rebuilds it in an empty Neo4j database.

>>> write_cypher_script(kg.graph, "graph.cypher")
$ scripts/neo4j cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -f graph.cypher

The script is the same plan a live push runs (:func:`newsgraph.graph.neo4j.plan.plan`:
schema, actors, articles, then edges with their evidence), with each statement's
rows written as a Cypher literal list instead of ``$rows``. Every string is a
single-quoted literal with backslash, quote and control characters escaped, so
article text such as ``'}) DETACH DELETE n //`` loads as plain data. Labels and
relationship types come from the ontology only. Each statement ends with ``;``
on its own line end; cypher-shell runs each in its own transaction.
:func:`split_statements` / :func:`load_script` run a script through the Python
driver where cypher-shell is not at hand.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from newsgraph.cypher.literals import cypher_literal
from newsgraph.graph.atomic import atomic_text
from newsgraph.graph.neo4j import statements as Q
from newsgraph.graph.neo4j.plan import plan


def _inline(text: str, params: dict[str, Any]) -> str:
    # one pass over our own statement text: literals are never rescanned
    return re.sub(r"\$(rows|ids)\b", lambda m: cypher_literal(params[m.group(1)]), text)


def script_statements(g: nx.MultiDiGraph, batch_size: int = 500) -> Iterator[str]:
    """The statements of the script, without the trailing ``;``."""
    yield from Q.schema_statements()
    for batch in plan(g, batch_size):
        for stmt in batch.statements:
            yield _inline(stmt.text, stmt.params)


def write_cypher_script(g: nx.MultiDiGraph, path_or_file: str | os.PathLike[str] | IO[str], *, batch_size: int = 500) -> None:
    """Write the script to a path (atomically) or an open text file."""
    if isinstance(path_or_file, (str, os.PathLike)):
        with atomic_text(Path(path_or_file), what="the Cypher script") as out:
            write_cypher_script(g, out, batch_size=batch_size)
        return
    fh = path_or_file
    fh.write(
        "// newsgraph graph as Cypher (docs/neo4j.md). Load into an EMPTY database:\n"
        "//   scripts/neo4j cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -f THIS_FILE\n"
        f"// {g.number_of_nodes()} actors, {g.number_of_edges()} relationships\n"
    )
    for stmt in script_statements(g, batch_size):
        fh.write(stmt + ";\n")


def split_statements(script: str) -> list[str]:
    """Split a Cypher script at ``;`` outside strings, quoted names and comments."""
    out, cur, i, n = [], [], 0, len(script)
    quote: str | None = None
    while i < n:
        ch = script[i]
        if quote:
            cur.append(ch)
            if ch == "\\" and quote != "`" and i + 1 < n:
                cur.append(script[i + 1])
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
            cur.append(ch)
        elif script.startswith("//", i):
            j = script.find("\n", i)
            i = n if j < 0 else j
            continue
        elif script.startswith("/*", i):
            j = script.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        elif ch == ";":
            stmt = "".join(cur).strip()
            if stmt:
                out.append(stmt)
            cur = []
        else:
            cur.append(ch)
        i += 1
    tail = "".join(cur).strip()
    if tail:
        out.append(tail)
    return out


def load_script(store: Any, path_or_text: str | os.PathLike[str]) -> int:
    """Run a script statement by statement through a :class:`Neo4jStore`; returns the count."""
    text = Path(path_or_text).read_text(encoding="utf-8") if isinstance(path_or_text, os.PathLike) or (
        isinstance(path_or_text, str) and "\n" not in path_or_text and Path(path_or_text).is_file()
    ) else str(path_or_text)
    statements = split_statements(text)
    for stmt in statements:
        store.run_statement(stmt)
    return len(statements)
