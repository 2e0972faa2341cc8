"""The Python API: ``ng.extract(text)``, ``ng.build(paths)``, ``ng.load(path)``."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.extract import DEFAULT_MODEL
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.models import Article, Triple

PathLike = str | os.PathLike[str]


@dataclass
class BuildReport:
    """What a build did: counts, and every input skipped with its reason."""

    articles: int = 0
    triples: int = 0
    new_evidence: int = 0
    skipped: list[str] = field(default_factory=list)


def extract(text: str, *, source: str = "<text>", model: str = DEFAULT_MODEL) -> list[Triple]:
    """Relation mentions in ``text`` (one or many articles).

    >>> import newsgraph as ng
    >>> [(t.subject, t.relation, t.object) for t in ng.extract("Russia backs Syrian President Bashar al-Assad.")]
    [('Bashar al-Assad', 'LEADS', 'Syria'), ('Russia', 'SUPPORTS', 'Bashar al-Assad')]
    """
    from newsgraph.extract.extractor import extract_articles
    from newsgraph.extract.reader import split_text

    articles = split_text(text, source=source)
    return [t for _, triples in extract_articles(articles, model=model) for t in triples]


def extract_paths(
    paths: Iterable[PathLike],
    *,
    model: str = DEFAULT_MODEL,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    n_process: int = 1,
) -> Iterable[tuple[Article, list[Triple]]]:
    """Stream (article, triples) for files, folders, JSONL/CSV exports or "-" (stdin)."""
    from newsgraph.extract.extractor import extract_articles
    from newsgraph.extract.reader import read_paths

    def articles() -> Iterable[Article]:
        for a in read_paths([str(p) for p in paths], on_error=on_error):
            if on_article is not None:
                on_article(a)
            yield a

    return extract_articles(articles(), model=model, n_process=n_process)


def build(
    paths: Iterable[PathLike] | PathLike,
    *,
    model: str = DEFAULT_MODEL,
    graph: KnowledgeGraph | None = None,
    min_confidence: float = 0.0,
    report: BuildReport | None = None,
    strict: bool = False,
) -> KnowledgeGraph:
    """Build (or extend) a knowledge graph from news files.

    Bad files are skipped and listed in ``report.skipped`` unless ``strict`` is true,
    in which case the first one raises :class:`~newsgraph.errors.InputError`.

    >>> kg = ng.build(["examples/"])
    >>> kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    kg = graph if graph is not None else KnowledgeGraph()
    rep = report if report is not None else BuildReport()

    def skip(err: InputError) -> None:
        rep.skipped.append(str(err))

    for _, triples in extract_paths(paths, model=model, on_error=None if strict else skip):
        rep.articles += 1
        kept = [t for t in triples if t.confidence >= min_confidence]
        rep.triples += len(kept)
        rep.new_evidence += kg.add_triples(kept)
    return kg


def load(path: PathLike) -> KnowledgeGraph:
    """Load a graph file written by ``kg.save(path)`` or ``newsgraph build -o``."""
    return KnowledgeGraph.load(Path(path))
