"""From articles to triples: run the pipeline and turn its findings into :class:`Triple` records."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.extract.pipeline import DEFAULT_MODEL, load_pipeline
from newsgraph.models import Article, Triple


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
        )
        key = (t.subject, t.relation, t.object, t.negated, t.char_start)
        if key not in best or best[key].confidence < t.confidence:
            best[key] = t
    return sorted(best.values(), key=lambda t: (t.char_start, t.subject, t.relation, t.object))


#: articles longer than this are parsed in pieces cut at paragraph or sentence ends
CHUNK_CHARS = 100_000


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


def extract_articles(
    articles: Iterable[Article], *, model: str = DEFAULT_MODEL, batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Article, list[Triple]]]:
    """Stream (article, triples) pairs; the pipeline batches articles (``nlp.pipe``)."""
    nlp = load_pipeline(model)
    stream = ((piece.body, piece) for a in articles for piece in chunks(a))
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, triples_from_doc(article, doc._.ng_relations or [])
