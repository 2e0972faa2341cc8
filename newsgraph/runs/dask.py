"""Scale-out: reading and extraction as Dask distributed tasks, merged into one graph.

The client (the ``newsgraph build --dask ADDRESS`` process) lists the input files,
skips the ones unchanged since the graph last read them (:mod:`newsgraph.runs.incremental`)
and groups the rest into partitions of about ``partition_bytes`` of input. Each
partition is one task: the worker reads its files, drops the articles the graph already
holds (their ids are broadcast to the workers once), runs the pipeline over the rest
and returns only the findings (:class:`~newsgraph.core.models.Triple` records, never text or
``Doc`` objects). Every worker loads the spaCy pipeline once (a worker plugin, then a
per-process cache). The client keeps a bounded number of tasks in flight, merges each
result into the graph as it arrives, and hands batches to ``on_batch`` (Neo4j).

Files are read by the workers, so they must be visible at the same absolute path on the
client and on every worker (a shared file system, or a LocalCluster). Design, partition
size and bottlenecks: docs/scale.md.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.core.errors import InputError, InputWarning, NewsgraphError
from newsgraph.core.models import Triple
from newsgraph.extract import DEFAULT_MODEL
from newsgraph.extract.reader import read_paths
from newsgraph.runs.batch import extract_batch
from newsgraph.runs.incremental import (
    Counts,
    Fingerprint,
    Manifest,
    fingerprint,
    iter_sources,
)

try:
    from distributed import Client, as_completed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - depends on the environment
    raise NewsgraphError("the Dask backend needs dask.distributed: pip install 'newsgraph[scale]'") from None

#: input bytes per task (~80 articles, several seconds of parsing on one core; docs/scale.md);
#: the environment variable NEWSGRAPH_DASK_PARTITION_BYTES overrides it
PARTITION_BYTES = 256 * 1024
#: tasks in flight per worker thread: enough to keep workers busy, few enough to bound memory
TASKS_PER_THREAD = 2

_LOAD_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()


def _pipeline(model: str) -> Any:
    from newsgraph.extract.pipeline import (
        load_pipeline,  # lazy: spaCy loads on the worker, not the client
    )

    with _LOAD_LOCK:  # load_pipeline is cached; the lock keeps two threads from loading it twice
        return load_pipeline(model)


class PipelineLoader(WorkerPlugin):
    """Loads the spaCy pipeline once on every worker when it joins the cluster."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        _pipeline(self.model)


@dataclass
class FileResult:
    """One file read on a worker."""

    label: str
    fingerprint: Fingerprint | None
    ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # a field dropped, the record read (InputWarning)


@dataclass
class PartitionResult:
    files: list[FileResult] = field(default_factory=list)
    articles: list[tuple[str, str, list[Triple]]] = field(default_factory=list)  # (id, title or source, triples)
    known: int = 0


def _relabel(text: str, path: str, label: str) -> str:
    return label + text[len(path):] if text.startswith(path) else text.replace(path, label)


def extract_partition(
    files: list[tuple[str, Fingerprint | None]], model: str, ingested: Iterable[str], strict: bool
) -> PartitionResult:
    """The task: read ``files`` (label, fingerprint), extract the articles not in ``ingested``."""
    known = ingested if isinstance(ingested, (set, frozenset)) else set(ingested)
    out = PartitionResult()
    fresh = []
    for label, fp in files:
        path = fp.path if fp is not None else label
        fr = FileResult(label, fp)

        def report(err: InputError, fr: FileResult = fr, path: str = path, label: str = label) -> None:
            if strict:
                raise type(err)(_relabel(str(err), path, label))
            (fr.warnings if isinstance(err, InputWarning) else fr.errors).append(_relabel(str(err), path, label))

        for a in read_paths([path], on_error=report):
            fr.ids.append(a.id)
            if a.id in known:
                out.known += 1
                continue
            fresh.append(a.model_copy(update={"source": _relabel(a.source, path, label)}))
        out.files.append(fr)
    _pipeline(model)
    with _RUN_LOCK:  # one pipeline per process: threads of one worker take turns
        out.articles = list(extract_batch(fresh, model=model))
    return out


def partitions(
    sources: Iterable[tuple[str, Path]], manifest: Manifest, ingested: set[str], *, force: bool,
    partition_bytes: int, counts: Counts,
) -> Iterator[list[tuple[str, Fingerprint | None]]]:
    """Groups of changed files of about ``partition_bytes`` (a larger file is a group of its own)."""
    group: list[tuple[str, Fingerprint | None]] = []
    size = 0
    for label, path in sources:
        if str(path) == "-":
            raise InputError("stdin (-) cannot be read by Dask workers; give files or folders")
        fp = fingerprint(path)
        if manifest.skip(fp, ingested, force=force, counts=counts):
            continue
        group.append((label, fp))
        size += fp.size if fp is not None else 0
        if size >= partition_bytes:
            yield group
            group, size = [], 0
    if group:
        yield group


def extract_dask(
    paths: list[Any],
    g: nx.MultiDiGraph,
    dask: Any,
    *,
    model: str = DEFAULT_MODEL,
    ingested: set[str],
    force: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    counts: Counts | None = None,
    partition_bytes: int | None = None,
) -> Iterator[tuple[str, str, list[Triple]]]:
    """Stream (article id, title or source, triples) from Dask workers, in completion order.

    ``dask`` is a scheduler address (``tcp://host:8786``) or a ``distributed.Client``.
    The files read are recorded in the graph's manifest as their results arrive.
    """
    counts = counts if counts is not None else Counts()
    client, own = (dask, False) if isinstance(dask, Client) else (_connect(str(dask)), True)
    try:
        client.register_plugin(PipelineLoader(model), name=f"newsgraph-pipeline-{model}")
        known: Any = client.scatter(frozenset(ingested), broadcast=True, hash=False) if ingested else frozenset()
        in_flight = max(2, TASKS_PER_THREAD * sum(client.nthreads().values()))
        manifest = Manifest(g)
        groups = partitions(iter_sources(paths, on_error), manifest, ingested, force=force,
                            partition_bytes=partition_bytes or _partition_bytes(), counts=counts)
        strict = on_error is None
        queue = as_completed(loop=client.loop)
        for group in groups:
            queue.add(client.submit(extract_partition, group, model, known, strict, pure=False))
            if queue.count() >= in_flight:
                yield from _take(next(queue), manifest, counts, on_error)
        for future in queue:
            yield from _take(future, manifest, counts, on_error)
    finally:
        if own:
            client.close()


def _take(future: Any, manifest: Manifest, counts: Counts, on_error: Callable[[InputError], None] | None) -> Iterator[tuple[str, str, list[Triple]]]:
    res: PartitionResult = future.result()
    future.release()
    counts.known += res.known
    for fr in res.files:
        for msg in fr.warnings:
            if on_error is not None:
                on_error(InputWarning(msg))
        for msg in fr.errors:
            if on_error is not None:
                on_error(InputError(msg))
        if not fr.errors:
            manifest.record(fr.fingerprint, fr.ids)
    yield from res.articles


def _partition_bytes() -> int:
    value = os.environ.get("NEWSGRAPH_DASK_PARTITION_BYTES", "")
    return int(value) if value.isdigit() and int(value) > 0 else PARTITION_BYTES


def _connect(address: str) -> Any:
    try:
        return Client(address, set_as_default=False, timeout=os.environ.get("NEWSGRAPH_DASK_TIMEOUT", "20s"))
    except (OSError, TimeoutError) as exc:
        raise NewsgraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
