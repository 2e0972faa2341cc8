"""Shared fixtures: the real spaCy pipeline (loaded once), paths to ../shared when present."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))  # the repo's tools (neo4j_local: the local server launcher)
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not (DEV / "gold.jsonl").exists():
        pytest.skip("../shared/corpus/dev is not present (a user's clone has no ../shared)")
    return DEV


def edges(triples, *, negated: bool | None = None) -> set[tuple[str, str, str]]:
    """(subject, RELATION, object) of triples, optionally only (non-)negated ones."""
    return {(t.subject, str(t.relation), t.object) for t in triples if negated is None or t.negated == negated}


def objects_of(found: set[tuple[str, str, str]], subject: str, relation: str) -> set[str]:
    """The objects ``subject`` has ``relation`` to among ``found`` edges."""
    return {o for s, r, o in found if s == subject and r == relation}


def assert_extracts(text: str, must: set, must_not: set) -> None:
    """The non-negated edges extracted from ``text`` hold every edge of ``must`` and none of ``must_not``."""
    import newsgraph as ng

    found = edges(ng.extract_text(text), negated=False)
    assert must <= found, f"missing {must - found}; found {found}"
    assert not (must_not & found), f"unexpected {must_not & found}"
