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
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.core.models import Article, Triple
from newsgraph.core.ontology import ActorType
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.headlines import sentence_case
from newsgraph.extract.parse_ahead import parse_ahead
from newsgraph.extract.pipeline import DEFAULT_MODEL, load_pipeline
from newsgraph.extract.story import DATELINE_KEY

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


def _is_name(words: str) -> bool:
    """Whether the gazetteer knows ``words`` as a name, a demonym or a person's surname."""
    gaz = Gazetteer.default()
    return gaz.lookup(words) is not None or gaz.demonym(words) is not None or gaz.person_by_surname(words) is not None


def clean_name(text: str) -> str:
    """A name or mention as an actor is keyed by: NFC, without zero-width and bidirectional
    control characters (Unicode category Cf: U+200B-U+200F, U+202A-U+202E, U+2060-U+2069,
    U+FEFF, the soft hyphen ...), spaces collapsed. ``clean_name("\\u202e\\u200bAssad") == "Assad"``."""
    text = unicodedata.normalize("NFC", text)
    if any(unicodedata.category(c) == "Cf" for c in text):
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def _actor(name: str, type_: str) -> tuple[str, str]:
    """(name, type) of an actor found under ``name``: cleaned, and when cleaning changed it (the
    text hid the name behind invisible characters, so the pipeline could not recognise it) looked
    up again in the gazetteer, so a spoofed "\\u202e\\u200bAssad" is the same actor as "Assad"."""
    clean = clean_name(name)
    if clean != name and clean:
        gaz = Gazetteer.default()
        entry = gaz.lookup(clean) or gaz.person_by_surname(clean)
        if entry is not None:
            return entry.name, ActorType(entry.type).value
    return clean, type_


def triples_from_doc(article: Article, rows: list[dict[str, Any]]) -> list[Triple]:
    """Provenance for each finding: the sentence, its offsets in the source text, the article.

    Names and mentions are cleaned (:func:`clean_name`) before the triple is built, so the
    graph keys actors by what the text says, not by the invisible characters around it."""
    best: dict[tuple[Any, ...], Triple] = {}
    for r in rows:
        a, b = r["start"], r["end"]
        subject, subject_type = _actor(r["subject"], r["subject_type"])
        obj, object_type = _actor(r["object"], r["object_type"])
        subject_mention, object_mention = clean_name(r["subject_mention"]), clean_name(r["object_mention"])
        if not (subject and obj and subject_mention and object_mention):
            continue  # a name made of invisible characters only
        attributed = clean_name(r["attributed_to"]) if r["attributed_to"] else None
        t = Triple(
            subject=subject,
            subject_type=subject_type,
            relation=r["relation"],
            object=obj,
            object_type=object_type,
            negated=r["negated"],
            attributed_to=attributed or None,
            confidence=r["confidence"],
            article_id=article.id,
            sentence=article.body[a:b],
            char_start=article.start + a,
            char_end=article.start + b,
            source=article.source,
            date=article.date,
            subject_mention=subject_mention,
            object_mention=object_mention,
            subject_country=_country(subject),
            object_country=_country(obj),
        )
        key = (t.subject, t.relation, t.object, t.negated, t.char_start)
        if key not in best or best[key].confidence < t.confidence:
            best[key] = t
    return sorted(best.values(), key=lambda t: (t.char_start, t.subject, t.relation, t.object))


def _doc(nlp: Language, text: str, dateline: str | None) -> Doc:
    """The unparsed Doc of an article body, carrying its dateline for the story country (story.py);
    its Title Case headlines in sentence case (headlines.py: same length, so offsets hold)."""
    doc = nlp.make_doc(sentence_case(text, _is_name))
    if dateline:
        doc.user_data[DATELINE_KEY] = dateline
    return doc


def find_relations(
    texts: list[str], model: str = DEFAULT_MODEL, batch_size: int = BATCH_SIZE, datelines: list[str | None] | None = None
) -> list[list[dict[str, Any]]]:
    """The pipeline's findings (plain dicts) for each text; the pipeline is loaded once per process."""
    nlp = load_pipeline(model)
    lines = datelines if datelines is not None else [None] * len(texts)
    docs = (_doc(nlp, t, d) for t, d in zip(texts, lines))
    return [list(doc._.ng_relations or []) for doc in nlp.pipe(docs, batch_size=batch_size)]


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
            pending.append((batch, pool.submit(find_relations, [a.body for a in batch], model, batch_size, [a.dateline for a in batch])))
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
    stream = ((_doc(nlp, a.body, a.dateline), a) for a in articles)
    for doc, article in parse_ahead(nlp, stream, "newsgraph_relations", batch_size):
        yield article, triples_from_doc(article, doc._.ng_relations or [])
