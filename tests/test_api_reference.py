"""The API reference: pdoc builds it without a warning, every public name is typed, documented with
a runnable example and appears in it, and every example runs (doctest).

Public names are ``newsgraph.__all__`` and the public methods of ``KnowledgeGraph`` and ``Edge``.
The examples run in a scratch folder holding a link to the repository's ``examples/``, as a user
runs them from the repository's root (they write under ``out/``).
"""
from __future__ import annotations

import doctest
import importlib
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsgraph as ng

REPO = Path(__file__).resolve().parents[1]
api_reference = importlib.import_module("api_reference")  # tools/api_reference.py (conftest puts tools/ on the path)

#: the modules whose every docstring example runs (the API's own modules)
API_MODULES = [
    "newsgraph",
    "newsgraph.api",
    "newsgraph.sources",
    "newsgraph.evaluation",
    "newsgraph.graph.kg",
    "newsgraph.graph.frames",
    "newsgraph.core.errors",
    "newsgraph.core.models",
    "newsgraph.core.ontology",
    "newsgraph.core.results",
]


def _methods(cls: type) -> list[str]:
    return sorted(n for n, v in vars(cls).items()
                  if not n.startswith("_") and (callable(v) or isinstance(v, (property, classmethod))))


def public_names() -> list[str]:
    """``newsgraph.X`` for each name of ``__all__``, and ``KnowledgeGraph.m`` / ``Edge.m`` for their methods."""
    names = list(ng.__all__)
    names += [f"KnowledgeGraph.{m}" for m in _methods(ng.KnowledgeGraph)]
    names += [f"Edge.{m}" for m in _methods(ng.Edge)]
    return names


def _pdoc_member(name: str) -> Any:
    import pdoc.doc

    mod = pdoc.doc.Module(ng)
    obj: Any = mod
    for part in name.split("."):
        obj = obj.members[part] if part in obj.members else obj.get(part)
        assert obj is not None, f"{name} is not in pdoc's view of the newsgraph package"
    return obj


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """The reference, built by scripts/docs (the README's command) into a scratch folder."""
    out = tmp_path_factory.mktemp("api")
    proc = subprocess.run(["bash", str(REPO / "scripts" / "docs"), str(out)], capture_output=True, text=True,
                          env={**os.environ, "PYTHON": sys.executable}, timeout=600, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return out


def test_api_reference_builds_without_a_warning(reference):
    page = (reference / "newsgraph.html").read_text(encoding="utf-8")
    assert "<table>" in page and "newsgraph export" in page  # the CLI -> API table
    assert (reference / "index.html").exists()


def test_api_reference_flags_a_missing_public_name(tmp_path, monkeypatch):
    """A name in ``__all__`` that does not exist is a problem the build reports (and scripts/docs fails on)."""
    (tmp_path / "brokenpkg").mkdir()
    (tmp_path / "brokenpkg" / "__init__.py").write_text('"""A package."""\n__all__ = ["nowhere"]\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(api_reference, "MODULE", "brokenpkg")
    problems = api_reference.build(tmp_path / "out")
    assert any("nowhere" in p for p in problems), problems


@pytest.mark.parametrize("name", public_names())
def test_api_public_name_is_documented_with_an_example_and_in_the_reference(name, reference):
    doc = _pdoc_member(name)
    assert doc.docstring.strip(), f"{name} has no docstring"
    assert ">>>" in doc.docstring, f"{name}'s docstring has no example"
    page = (reference / "newsgraph.html").read_text(encoding="utf-8")
    assert f'id="{name}"' in page, f"{name} is not in the generated reference"


def _typed(fn: Any) -> list[str]:
    sig = inspect.signature(fn)
    missing = [p.name for p in sig.parameters.values()
               if p.name not in ("self", "cls") and p.annotation is inspect.Parameter.empty]
    if sig.return_annotation is inspect.Signature.empty and fn.__name__ != "__init__":
        missing.append("return")
    return missing


def test_api_public_callables_are_typed():
    untyped = {}
    for name in public_names():
        obj: Any = ng
        for part in name.split("."):
            obj = inspect.getattr_static(obj, part) if inspect.isclass(obj) else getattr(obj, part)
        if isinstance(obj, property):
            obj = obj.fget
        elif isinstance(obj, (classmethod, staticmethod)):
            obj = obj.__func__
        if inspect.isfunction(obj) and _typed(obj):
            untyped[name] = _typed(obj)
    assert not untyped, untyped


def test_api_every_public_name_is_reachable_from_the_package():
    assert sorted(set(ng.__all__)) == sorted(ng.__all__)
    assert all(hasattr(ng, n) for n in ng.__all__)


# -- the examples ------------------------------------------------------------------------------

def _examples() -> list[doctest.DocTest]:
    """Every docstring example of the API modules, and of the public names defined elsewhere
    (the Neo4j store, the constants), read as pdoc reads them."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    tests: dict[str, doctest.DocTest] = {}
    seen: set[str] = set()
    for modname in API_MODULES:
        mod = importlib.import_module(modname)
        for t in finder.find(mod, modname):
            if t.examples and inspect.cleandoc(t.docstring or "") not in seen:
                seen.add(inspect.cleandoc(t.docstring or ""))
                tests[t.name] = t
    parser = doctest.DocTestParser()
    for name in public_names():
        doc = _pdoc_member(name)
        text = inspect.cleandoc(doc.docstring)
        if text not in seen and ">>>" in text:
            seen.add(text)
            globs = dict(vars(importlib.import_module(doc.taken_from[0])))  # the module it is written in
            tests[f"newsgraph.{name}"] = parser.get_doctest(text, globs, f"newsgraph.{name}", None, 0)
    return [tests[k] for k in sorted(tests)]


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A scratch folder with ``examples`` linked to the repository's, where the examples run."""
    d = tmp_path_factory.mktemp("examples-run")
    (d / "examples").symlink_to(REPO / "examples", target_is_directory=True)
    return d


@pytest.mark.parametrize("test", EXAMPLES, ids=[t.name for t in EXAMPLES])
def test_api_docstring_examples_run(test, workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    result = runner.run(test, out=out.append, clear_globs=False)
    assert result.failed == 0, "".join(out)


def test_api_examples_cover_the_api_modules():
    names = {t.name for t in EXAMPLES}
    for must in ("newsgraph", "newsgraph.api.build", "newsgraph.graph.kg.KnowledgeGraph.export",
                 "newsgraph.graph.kg.KnowledgeGraph.evidence", "newsgraph.ACTOR_COLORS"):
        assert must in names, must
    # only the examples that need a Neo4j server are skipped
    skipped = [t for t in EXAMPLES if re.search(r"doctest: \+SKIP", t.docstring or "")]
    assert all("neo4j" in (t.docstring or "").lower() for t in skipped), [t.name for t in skipped]
