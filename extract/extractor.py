"""From articles to triples: run the pipeline and turn its findings into :class:`Triple` records.

One process: ``nlp.pipe`` over the article bodies. ``n_process > 1``: a pool of worker
processes, each loading the pipeline once, gets batches of article *texts* and returns
only the plain finding dicts of ``doc._.ng_relations`` (never a ``Doc``), so the parent
does little besides reading and merging. At most ``2 × n_process`` batches are in
flight, so the input is never read far ahead, and results come back in input order.
"""
from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from newsgraph.core.models import Article, Triple
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.pipeline import DEFAULT_MODEL, load_pipeline

#: articles longer than this are parsed in pieces cut at paragraph or sentence ends
#: (spaCy's parser needs ~1 GB per 100,000 characters of one text)
CHUNK_CHARS = 100_000
#: articles per ``nlp.pipe`` batch (the spaCy batch) in every process
BATCH_SIZE = 16
#: articles per task sent to a worker process (several spaCy batches)
TASK_SIZE = 64


def chunks(article: Article, size: int = CHUNK_CHARS) -> Iterator[Article]:
    """``article`` itself, or pieces of it no longer than ``size``, each located in the source text."""
    body = article.body
    if len(body) <= size:
        yield article
        return
    a = 0
    while a < len(body):
        b = min(a + size, len(body))
        if b < len(body):
            cut = max(body.rfind("\n", a, b), body.rfind(". ", a, b) + 1, body.rfind(" ", a, b))
            b = cut if cut > a else b
        yield article.model_copy(update={"start": article.start + a, "end": article.start + b, "body": body[a:b]})
        a = b


def _country(name: str) -> str | None:
    """The ISO3 code the gazetteer gives a canonical actor (a country's own, a person's state)."""
    entry = Gazetteer.default().by_name(name)
    return entry.iso3 if entry is not None else None


def triples_from_doc(article: Article, rows: list[dict[str, Any]]) -> list[Triple]:
    """Provenance for each finding: the sentence, its offsets in the source text, the article."""
    best: dict[tuple[Any, ...], Triple] = {}
    for r in rows:
        a, b = r["start"], r["end"]
        t = Triple(
            subject=r["subject"],
            subject_type=r["subject_type"],
            relation=r["relation"],
            object=r["object"],
            object_type=r["object_type"],
            negated=r["negated"],
            attributed_to=r["attributed_to"],
            confidence=r["confidence"],
            article_id=article.id,
            sentence=article.body[a:b],
            char_start=article.start + a,
            char_end=article.start + b,
            source=article.source,
            date=article.date,
            subject_mention=r["subject_mention"],
            object_mention=r["object_mention"],
            subject_country=_country(r["subject"]),
            object_country=_country(r["object"]),
        )
        key = (t.subject, t.relation, t.object, t.negated, t.char_start)
        if key not in best or best[key].confidence < t.confidence:
            best[key] = t
    return sorted(best.values(), key=lambda t: (t.char_start, t.subject, t.relation, t.object))


def find_relations(texts: list[str], model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE) -> list[list[dict[str, Any]]]:
    """The pipeline's findings (plain dicts) for each text; the pipeline is loaded once per process."""
    nlp = load_pipeline(model)
    return [list(doc._.ng_relations or []) for doc in nlp.pipe(texts, batch_size=batch_size)]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _warm(model: str) -> None:
    load_pipeline(model)


def _extract_parallel(
    articles: Iterable[Article], model: str, batch_size: int, n_process: int, task_size: int
) -> Iterator[tuple[Article, list[Triple]]]:
    ctx = multiprocessing.get_context("spawn")  # no fork of a process that may run threads (progress bar)
    pending: deque[tuple[list[Article], Future[list[list[dict[str, Any]]]]]] = deque()
    with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_warm, initargs=(model,)) as pool:
        for batch in _batches(articles, task_size):
            pending.append((batch, pool.submit(find_relations, [a.body for a in batch], model, batch_size)))
            while len(pending) >= 2 * n_process:
                yield from _finish(*pending.popleft())
        while pending:
            yield from _finish(*pending.popleft())


def _finish(batch: list[Article], future: Future[list[list[dict[str, Any]]]]) -> Iterator[tuple[Article, list[Triple]]]:
    for article, rows in zip(batch, future.result()):
        yield article, triples_from_doc(article, rows)


def extract_articles(
    articles: Iterable[Article],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
    task_size: int = TASK_SIZE,
) -> Iterator[tuple[Article, list[Triple]]]:
    """Stream (article, triples) pairs in input order; ``n_process`` worker processes when > 1.

    A long article is parsed in pieces (:func:`chunks`) and comes back as one article."""
    parents: deque[Article] = deque()

    def pieces() -> Iterator[Article]:
        for a in articles:
            for piece in chunks(a):
                parents.append(a)
                yield piece

    current: Article | None = None
    found: list[Triple] = []
    for _, triples in _extract_pieces(pieces(), model, batch_size, n_process, task_size):
        parent = parents.popleft()
        if current is not None and parent is not current:
            yield current, found
            found = []
        current = parent
        found += triples
    if current is not None:
        yield current, found


def _extract_pieces(
    articles: Iterable[Article], model: str, batch_size: int, n_process: int, task_size: int
) -> Iterator[tuple[Article, list[Triple]]]:
    it = iter(articles)
    first = next(it, None)
    if first is None:  # nothing to extract (an incremental run with nothing new): no model load
        return
    articles = itertools.chain([first], it)
    if n_process > 1:
        yield from _extract_parallel(articles, model, batch_size, n_process, task_size)
        return
    nlp = load_pipeline(model)
    stream = ((a.body, a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, triples_from_doc(article, doc._.ng_relations or [])
