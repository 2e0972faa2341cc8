"""The tutorial notebook, the README and docs/ use only the public API: ``import newsgraph as ng``
and the names of ``newsgraph.__all__`` — never a submodule (``newsgraph.graph.export``...)."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import newsgraph as ng

REPO = Path(__file__).resolve().parents[1]
PUBLIC = set(ng.__all__) | {"__version__"}


def _problems(code: str, where: str) -> list[str]:
    tree = ast.parse(code)
    found = []
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("newsgraph"):
                    if a.name != "newsgraph":
                        found.append(f"{where}: import {a.name}")
                    aliases.add(a.asname or a.name)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsgraph"):
            if node.module != "newsgraph":
                found.append(f"{where}: from {node.module} import ...")
            else:
                found += [f"{where}: from newsgraph import {a.name} (not public)" for a in node.names if a.name not in PUBLIC]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            if node.attr not in PUBLIC:
                found.append(f"{where}: {node.value.id}.{node.attr} is not a public name")
    return found


def _notebook_cells() -> list[tuple[str, str]]:
    nb = json.loads((REPO / "notebooks" / "tutorial.ipynb").read_text(encoding="utf-8"))
    return [(f"tutorial.ipynb cell {i}", "".join(c["source"])) for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"]


def _python_blocks() -> list[tuple[str, str]]:
    blocks = []
    for f in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for i, m in enumerate(re.finditer(r"```python\n(.*?)```", f.read_text(encoding="utf-8"), re.S)):
            blocks.append((f"{f.relative_to(REPO)} python block {i + 1}", m.group(1)))
    return blocks


def test_api_notebook_imports_only_public_names():
    cells = _notebook_cells()
    assert any("import newsgraph as ng" in src for _, src in cells)
    problems = [p for where, src in cells for p in _problems(src, where)]
    assert not problems, "\n".join(problems)


def test_api_docs_python_examples_use_only_public_names():
    blocks = _python_blocks()
    assert blocks
    problems = [p for where, src in blocks for p in _problems(src, where)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ["export", "view", "filter", "evidence", "edges_frame", "push"])
def test_api_readme_shows_the_verbs_and_links_the_reference(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"kg.{name}(" in readme
    assert "scripts/docs" in readme and "API reference" in readme
