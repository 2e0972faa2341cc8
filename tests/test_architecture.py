"""The floors of the package (docs/architecture.md): who may import whom, read from the code.

Every ``import newsgraph.X`` / ``from newsgraph.X import`` in a module of a folder, at any
depth (module level or inside a function), must name a folder that folder may stand on.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

#: folder -> the package it is mapped to (pyproject.toml's package-dir)
PACKAGES = {"core": "core", "extract": "extract", "cypher": "cypher", "graph": "graph", "newsgraph": None}
#: what each floor may import (besides itself); the top floor (newsgraph/) may import all
ALLOWED = {
    "core": set(),
    "extract": {"core"},
    "cypher": {"core"},
    "graph": {"core", "cypher"},
}


def _floor_of(module: str) -> str:
    """``newsgraph.graph.neo4j.store`` -> ``graph``; ``newsgraph.api`` -> ``newsgraph``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else "newsgraph"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("newsgraph")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("newsgraph"):
            if node.module == "newsgraph":  # from newsgraph import X: X is a subpackage or the front door
                found += [(node.lineno, f"newsgraph.{a.name}") for a in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def _modules(folder: str) -> list[Path]:
    return sorted(p for p in (REPO / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", sorted(ALLOWED))
def test_architecture_floors_import_only_the_floors_below(folder: str) -> None:
    wrong = []
    for path in _modules(folder):
        for line, module in _imports(path):
            target = _floor_of(module)
            if target != folder and target not in ALLOWED[folder]:
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {module} ({folder} may import {sorted(ALLOWED[folder]) or 'nothing'})")
    assert not wrong, "\n".join(wrong)


def test_architecture_no_relative_imports_across_folders() -> None:
    """Relative imports would hide a floor crossing from the check above: the package uses none."""
    rel = [f"{p.relative_to(REPO)}:{n.lineno}" for f in [*ALLOWED, "newsgraph"] for p in _modules(f)
           for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))) if isinstance(n, ast.ImportFrom) and n.level]
    assert not rel, rel


def test_architecture_function_local_imports_say_why() -> None:
    """An import inside a function is a choice (to keep spaCy, the Neo4j driver or Dask out of
    ``import newsgraph``); each one carries a comment saying so, on its line."""
    silent = []
    for folder in [*ALLOWED, "newsgraph"]:
        for path in _modules(folder):
            lines = path.read_text(encoding="utf-8").splitlines()
            tree = ast.parse("\n".join(lines))
            for fn in ast.walk(tree):
                if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                for node in ast.walk(fn):
                    if isinstance(node, (ast.Import, ast.ImportFrom)) and node.lineno and (
                        (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsgraph"))
                        or (isinstance(node, ast.Import) and any(a.name.startswith("newsgraph") for a in node.names))
                    ):
                        end = getattr(node, "end_lineno", node.lineno)
                        if not any("#" in lines[i - 1] for i in range(node.lineno, end + 1)):
                            silent.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not silent, "function-local imports without a reason: " + ", ".join(silent)


def test_architecture_pyproject_maps_every_folder() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    for folder in ALLOWED:
        assert re.search(rf'"newsgraph\.{folder}" = "{folder}"', text), folder
