"""The one extraction step every run mode calls: articles in, (id, label, triples) out.

A local build (one process or ``--workers N``) streams its articles through it; a Dask task
calls it on the articles of its partition. So long articles are cut into pieces the same way
everywhere (:func:`~newsgraph.extract.extractor.chunks`), and a finding is turned into a
:class:`~newsgraph.core.models.Triple` by the same code.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.core.models import Article, Triple
from newsgraph.extract import DEFAULT_MODEL
from newsgraph.extract.extractor import extract_articles

#: (article id, title or source, triples): what a run mode hands to the merge
Finding = tuple[str, str, list[Triple]]


def extract_batch(articles: Iterable[Article], *, model: str = DEFAULT_MODEL, n_process: int = 1) -> Iterator[Finding]:
    """Extract ``articles`` in input order (``n_process`` worker processes when > 1)."""
    for article, triples in extract_articles(articles, model=model, n_process=n_process):
        yield article.id, article.title or article.source, triples
