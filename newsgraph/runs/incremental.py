"""Incremental builds: read only what the graph has not seen.

Two records travel with the graph (in memory on ``g.graph``, on disk in the graph file,
docs/graph-format.md):

* ``articles`` — the ids of every article built into the graph. An article id is a hash
  of the article's content, so an article already built is skipped wherever it is found
  (a second copy, a renamed file, a re-export).
* ``files`` — for each file read: its absolute path, size, modification time (ns) and the
  ids of the articles it held. A file whose size and time are unchanged and whose
  articles are all built is not even opened, so a daily run over a growing folder costs
  a ``stat`` per old file plus the reading and extraction of the new ones. A file that
  changed is read again and only its new articles are extracted. A file is recorded
  only when it was read without a problem and is more than :data:`SETTLE_SECONDS` old
  (a file still being written may change within the same timestamp).

``force`` ignores both records (every article is extracted again; merging stays
idempotent, so only new findings are added).
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.core.errors import InputError, InputWarning
from newsgraph.core.models import Article
from newsgraph.extract.reader import iter_sources as reader_sources
from newsgraph.extract.reader import read_paths

#: files modified less than this many seconds ago are read but not recorded as unchanged
SETTLE_SECONDS = 2.0

OnError = Callable[[InputError], None]


@dataclass(frozen=True)
class Fingerprint:
    """What identifies a file's version without reading it."""

    path: str  # absolute
    size: int
    mtime_ns: int


def fingerprint(path: Path) -> Fingerprint | None:
    """The file's fingerprint; None for stdin or a file that cannot be stat'ed."""
    if str(path) == "-":
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    absolute = os.path.abspath(path)
    try:
        absolute.encode("utf-8")
    except UnicodeEncodeError:  # a folder name that is not UTF-8: the graph file could not hold it
        return None
    return Fingerprint(absolute, st.st_size, st.st_mtime_ns)


class Manifest:
    """The files already read into a graph (``g.graph["files"]``)."""

    def __init__(self, g: nx.MultiDiGraph) -> None:
        self.files: dict[str, dict[str, Any]] = g.graph.setdefault("files", {})

    def unchanged(self, fp: Fingerprint | None, ingested: set[str]) -> list[str] | None:
        """The file's article ids when it is unchanged and all of them are built, else None."""
        if fp is None:
            return None
        entry = self.files.get(fp.path)
        if entry is None or entry.get("size") != fp.size or entry.get("mtime_ns") != fp.mtime_ns:
            return None
        ids = list(entry.get("articles") or [])
        return ids if all(i in ingested for i in ids) else None

    def skip(self, fp: Fingerprint | None, ingested: set[str], *, force: bool, counts: Counts) -> bool:
        """True (and counted in ``counts``) when the file need not be read: unchanged since
        the last build, all its articles built, and not ``force``."""
        ids = None if force else self.unchanged(fp, ingested)
        if ids is None:
            return False
        counts.known += len(ids)
        counts.unchanged_files += 1
        return True

    def record(self, fp: Fingerprint | None, ids: Iterable[str]) -> None:
        if fp is None or time.time_ns() - fp.mtime_ns < SETTLE_SECONDS * 1e9:
            return
        self.files[fp.path] = {"size": fp.size, "mtime_ns": fp.mtime_ns, "articles": sorted(set(ids))}


def iter_sources(paths: Iterable[str | os.PathLike[str]], on_error: OnError | None) -> Iterator[tuple[str, Path]]:
    """(source label, path) for each file :func:`~newsgraph.extract.reader.read_paths` would read, in order."""
    return reader_sources(list(paths), on_error=on_error)  # the reader's own expansion, so labels stay identical


class Reporter:
    """Counts the problems of one file while passing them on (or raising, when strict)."""

    def __init__(self, on_error: OnError | None) -> None:
        self.on_error, self.failed = on_error, False

    def __call__(self, err: InputError) -> None:
        if not isinstance(err, InputWarning):  # a dropped field: the file was read all the same
            self.failed = True
        if self.on_error is None:
            raise err
        self.on_error(err)


@dataclass
class Counts:
    known: int = 0  # articles skipped: already built, or a repeat within this run
    unchanged_files: int = 0  # files not opened: unchanged since the last build


def fresh_articles(
    paths: Iterable[str | os.PathLike[str]],
    g: nx.MultiDiGraph,
    *,
    ingested: set[str],
    force: bool = False,
    on_error: OnError | None = None,
    counts: Counts | None = None,
) -> Iterator[Article]:
    """The articles under ``paths`` that are not built into ``g`` yet, streamed file by file.

    ``ingested`` is the set of built article ids (``KnowledgeGraph.ingested``); articles
    yielded are added to it, so a repeat later in the input is skipped too.
    """
    counts = counts if counts is not None else Counts()
    manifest = Manifest(g)
    for label, path in iter_sources(paths, on_error):
        fp = fingerprint(path)
        if manifest.skip(fp, ingested, force=force, counts=counts):
            continue
        seen: list[str] = []
        rep = Reporter(on_error)
        for a in read_paths(["-" if str(path) == "-" else label], on_error=rep):
            seen.append(a.id)
            if a.id in ingested:
                counts.known += 1
                continue
            ingested.add(a.id)
            yield a
        if not rep.failed:
            manifest.record(fp, seen)
