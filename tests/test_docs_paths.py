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
    """(A markdown link's target is checked from its page's folder: test_docs_markdown_links_resolve.)"""
    missing = []
    for f in _texts():
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for m in PATH.finditer(line):
                p = m.group(1).rstrip(".")
                if line[: m.start()].endswith("](") or line[m.end() : m.end() + 1] in ("*", "{") or line[: m.start()].endswith(("../shared/", "shared/")) or p.startswith(GENERATED):
                    continue
                if not (REPO / p).exists():
                    missing.append(f"{f.relative_to(REPO)}:{n} {p}")
    assert not missing, "\n".join(missing)


# --- issue 15: markdown links, bare .md names, and the CLI's help texts ---------------------

#: a markdown link's target: ``[text](target)`` (images too)
LINK = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
#: a markdown file named on its own ("ONTOLOGY.md"), which must exist too
MD_NAME = re.compile(r"(?<![\w./-])((?:\.\./|[\w-]+/)*[\w-]+\.md)\b")


def _markdown() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]


def _exists(name: str, base: Path) -> bool:
    return (base / name).exists() or (REPO / name).exists() or name.startswith(GENERATED)


def test_docs_markdown_links_resolve() -> None:
    """Every relative link of the README and the docs points at a file or folder of the repository
    (resolved from the page's own folder, as GitHub and any viewer do)."""
    broken = []
    for f in _markdown():
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for m in LINK.finditer(line):
                target = m.group(1).split("#", 1)[0]
                if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target):
                    continue  # an anchor on the page, or http:, https:, mailto:
                resolved = (f.parent / target).resolve()
                if not resolved.exists() and not str(resolved.relative_to(REPO)).startswith(GENERATED):
                    broken.append(f"{f.relative_to(REPO)}:{n} {m.group(1)}")
    assert not broken, "\n".join(broken)


def test_docs_name_only_markdown_files_that_exist() -> None:
    """A markdown file cited by name ("docs/ontology.md", "ontology.md") exists; "ONTOLOGY.md",
    "corpus/README.md" (files of a folder beside the checkout) are not cited as if they were here."""
    missing = []
    for f in _texts():
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            for m in MD_NAME.finditer(line):
                name = m.group(1)
                if line[: m.start()].endswith(("../shared/", "shared/")) or name.startswith("../shared/"):
                    continue
                if not _exists(name, f.parent) and not _exists(f"docs/{name}", f.parent):
                    missing.append(f"{f.relative_to(REPO)}:{n} {name}")
    assert not missing, "\n".join(missing)


def _help_texts() -> dict[str, str]:
    """``--help`` of the CLI and of each command and sub-command, as a user sees it."""
    from typer.main import get_command
    from typer.testing import CliRunner

    from newsgraph.cli import app

    runner, texts = CliRunner(), {}

    def walk(path: list[str], command: object) -> None:
        res = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
        assert res.exit_code == 0, (path, res.output)
        texts[" ".join(["newsgraph", *path])] = res.output
        for name in sorted(getattr(command, "commands", {}) or {}):
            walk([*path, name], command.commands[name])  # type: ignore[attr-defined]

    walk([], get_command(app))
    return texts


def test_cli_help_cites_only_paths_that_exist() -> None:
    missing = []
    for where, text in _help_texts().items():
        for m in [*PATH.finditer(text), *MD_NAME.finditer(text)]:
            name = m.group(1).rstrip(".")
            if not _exists(name, REPO) and not _exists(f"docs/{name}", REPO):
                missing.append(f"{where} --help: {name}")
    assert not missing, "\n".join(missing)


def test_cli_help_shows_no_type_beside_flags() -> None:
    """``--append``, ``--force``, ``--help`` take no value: no ``<bool>`` beside them (cli/help.py)."""
    texts = _help_texts()
    assert len(texts) >= 10
    shown = {where: text for where, text in texts.items() if "<bool>" in text or "<list[" in text}
    assert not shown, "\n\n".join(shown.values())
    assert "--append" in texts["newsgraph build"]
