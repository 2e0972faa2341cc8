"""Parse the next articles while the relation finder reads the last ones (one process, two threads).

spaCy's statistical pipes spend most of their time in matrix code that releases the GIL
(thinc's ``gemm``, the parser's transition loop); the relation finder is pure Python. So
``nlp.pipe`` runs in a background thread without the last component, and the caller's thread
applies that component to each parsed Doc: the two overlap instead of taking turns, and a
build costs little more than parsing alone (``benchmarks/speed.py``). Docs come out in input
order; at most ``ahead`` of them wait, so memory stays flat. An error raised while reading or
parsing (a bad input record, say) is raised in the caller's thread at the place it happened,
after every Doc before it.

Only this module's two threads touch the pipeline: the reader and the parser run in the
background one, the relation component in the caller's.
"""
from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

_END = object()


def parse_ahead(nlp: Language, stream: Iterable[tuple[Any, Any]], last: str, batch_size: int,
                ahead: int = 64) -> Iterator[tuple[Any, Any]]:
    """``nlp.pipe(stream, as_tuples=True)``, with every pipe but ``last`` run in a background thread
    and ``last`` run here, on each (doc, context) pair in input order. A stream of less than one batch
    (a single text, a few short articles) has nothing to overlap: it runs in this thread alone, with no
    hand-over between threads to wait for."""
    items = iter(stream)
    first = list(itertools.islice(items, batch_size))
    if len(first) < batch_size:
        yield from nlp.pipe(first, as_tuples=True, batch_size=batch_size)
        return
    stream = itertools.chain(first, items)
    final = nlp.get_pipe(last)
    done: queue.Queue[tuple[Any, Any]] = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def hand_over(item: tuple[Any, Any]) -> bool:
        while not stop.is_set():
            try:
                done.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def parse() -> None:
        try:
            for item in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, disable=[last]):
                if not hand_over(item):
                    return
            hand_over((_END, None))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread, raised there
            hand_over((_END, exc))

    worker = threading.Thread(target=parse, name="newsgraph-parse-ahead", daemon=True)
    worker.start()
    try:
        while True:
            doc, context = done.get()
            if doc is _END:
                if context is not None:
                    raise context
                return
            yield final(doc), context
    finally:
        stop.set()
        worker.join()
