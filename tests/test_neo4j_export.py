"""The Cypher script export: escaping, and a real round trip (cypher-shell from Maven Central,
and the Python driver loader) into an empty Neo4j database."""
from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest
from test_neo4j_support import (  # noqa: F401
    INJECTION,
    PASSWORD,
    URI,
    base_triples,
    graph_of,
    hostile_triples,
    store,
)

from newsgraph.cypher.literals import cypher_literal, cypher_string
from newsgraph.graph.io import to_dict
from newsgraph.graph.neo4j.script import (
    load_script,
    split_statements,
    write_cypher_script,
)


@pytest.mark.parametrize(
    "text, literal",
    [
        ("plain", "'plain'"),
        ("O'Brien", "'O\\'Brien'"),
        ("back\\slash", "'back\\\\slash'"),
        ("line\nbreak\r\t", "'line\\nbreak\\r\\t'"),
        ("\x00\x1f\x7f", "'\\u0000\\u001f\\u007f'"),
        ("`tick` \"dq\" $rows // /* */ ;", "'`tick` \"dq\" $rows // /* */ ;'"),
        ("\\u0041", "'\\\\u0041'"),
        ("Ḩudaydah 😀", "'Ḩudaydah 😀'"),
    ],
)
def test_cypher_string_escapes(text, literal):
    assert cypher_string(text) == literal


def test_cypher_literal_values_and_bad_keys():
    assert cypher_literal({"a": [1, 2.5, True, None, "x"]}) == "{a: [1, 2.5, true, null, 'x']}"
    with pytest.raises(ValueError):
        cypher_literal({"bad key": 1})
    with pytest.raises(ValueError):
        cypher_literal(float("nan"))


def test_script_statements_split_only_outside_strings_and_comments():
    g = graph_of(hostile_triples())
    buf = io.StringIO()
    write_cypher_script(g, buf)
    script = buf.getvalue()
    statements = split_statements(script)
    assert len(statements) == script.count(";\n")  # every ';' inside data is in a string
    assert all(s.split()[0] in ("CREATE", "UNWIND") for s in statements)
    assert INJECTION.replace("'", "\\'") in script and "\nMATCH (n) DETACH" not in script


def _roundtrip(store, path: Path, g) -> None:
    assert to_dict(store.read_graph()) == to_dict(g)
    # labels and types still only the model's
    assert store.query("MATCH (n) WHERE NOT n:Actor AND NOT n:Article AND NOT n:Sentence AND NOT n:Mention RETURN count(n)").rows == [[0]]


@pytest.mark.neo4j
def test_neo4j_cypher_script_loads_with_cypher_shell(store, tmp_path):
    import neo4j_local as srv  # tools/neo4j_local.py (tests/conftest.py puts tools/ on the path)

    s = srv.ServerSettings()
    if not (s.home / "cypher-shell" / "lib").is_dir():
        pytest.skip("cypher-shell is not installed (scripts/neo4j install)")
    g = graph_of(base_triples() + hostile_triples())
    path = tmp_path / "graph.cypher"
    write_cypher_script(g, path, batch_size=4)
    proc = subprocess.run(
        [srv.find_java(), "-cp", str(s.home / "cypher-shell" / "lib" / "*"), srv.SHELL_CLASS,
         "-a", URI, "-u", "neo4j", "--non-interactive", "-f", str(path)],
        env={**os.environ, "NEO4J_PASSWORD": PASSWORD}, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    _roundtrip(store, path, g)


@pytest.mark.neo4j
def test_neo4j_cypher_script_loads_with_the_python_driver(store, tmp_path):
    g = graph_of(base_triples() + hostile_triples())
    path = tmp_path / "graph.cypher"
    write_cypher_script(g, path)
    n = load_script(store, path)
    assert n > 10
    _roundtrip(store, path, g)
    load_script(store, path)  # loading twice changes nothing (MERGE)
    assert to_dict(store.read_graph()) == to_dict(g)
