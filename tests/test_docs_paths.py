"""Docs, the README and the package's docstrings cite only repository paths that exist."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOP = ("newsgraph", "core", "extract", "graph", "cypher", "tools", "scripts", "tests", "docs", "benchmarks", "examples", "notebooks")
#: folders the repository's scripts generate (ignored by git): cited, but absent from a fresh clone
GENERATED = ("docs/api",)
PATH = re.compile(r"(?<![\w./-])((?:%s)/[A-Za-z0-9_./-]*[A-Za-z0-9_])" % "|".join(TOP))


def _texts() -> list[Path]:
    files = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    for folder in ("newsgraph", "core", "extract", "graph", "cypher"):
        files += sorted((REPO / folder).rglob("*.py"))
    return files


def test_docs_cite_only_paths_that_exist() -> None:
    missing = []
    for f in _texts():
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for m in PATH.finditer(line):
                p = m.group(1).rstrip(".")
                if line[m.end() : m.end() + 1] in ("*", "{") or line[: m.start()].endswith(("../shared/", "shared/")) or p.startswith(GENERATED):
                    continue
                if not (REPO / p).exists():
                    missing.append(f"{f.relative_to(REPO)}:{n} {p}")
    assert not missing, "\n".join(missing)
