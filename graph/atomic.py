"""Write a file atomically: a temporary file beside the target, fsynced, then renamed over it.

An interrupted write (a kill, a full disk) leaves the previous file as it was and no
half-written target; the hidden temporary file is removed on any error we see. Every file
newsgraph writes goes through here: the graph file, the exports (GEXF, GraphML, JSON, the two
CSV files, the Cypher script), the HTML view and ``extract -o``.

What may be written (:func:`writable_target`):

* a new path (missing folders are created), or an existing **regular file**, which is replaced;
* a **symbolic link** is followed: the file it points to is replaced atomically (the temporary
  file goes beside it) and the link stays a link; a link to a missing file creates that file;
* anything else — a folder, a device (``/dev/null``, ``/dev/full``), a named pipe, a socket,
  a link to one of those — is refused with one line before anything is written. (Renaming over
  ``/dev/null`` as root would replace the device with a plain file.)

A file with several hard links gets a new inode under this name only; the other names keep
the previous content.

:func:`file_lock` serialises the writers of one graph file (``build --append``: read, extend,
save) with an advisory lock on a lock file beside it.
"""
from __future__ import annotations

import errno
import fcntl
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from newsgraph.core.errors import NewsgraphError


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def writable_target(target: Path, *, what: str) -> Path:
    """The path to write ``target``'s content to: ``target`` itself, or for a symbolic link the
    file it points to. Raises :class:`NewsgraphError` (one line, nothing written) when ``target``
    exists, or points to something that exists, and is not a regular file."""
    name = what.removeprefix("the ")
    try:
        mode = os.stat(target).st_mode  # follows links, /proc's magic ones (/dev/stdout) included
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise NewsgraphError(f"{target}: cannot write {what} ({exc.strerror or exc})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise NewsgraphError(f"{target}: is a folder; give the {name}'s name")
    if mode is not None and not stat.S_ISREG(mode):
        raise NewsgraphError(f"{target}: {_kind(mode)}, not a regular file; newsgraph writes {what} only to a new "
                             "path or over a regular file")
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


@contextmanager
def atomic_file(target: Path, *, what: str, binary: bool = False, newline: str | None = "\n") -> Iterator[IO[Any]]:
    """Open a stream (UTF-8 text, or bytes with ``binary``) whose content replaces ``target``
    when the block ends cleanly (a symbolic link: its target; see :func:`writable_target`).

    ``what`` names the file in error messages ("the graph file"): an ``OSError`` (disk full,
    quota, I/O error) becomes one ``NewsgraphError`` line saying the previous file is kept."""
    real = writable_target(Path(target), what=what)
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary(real)
    except OSError as exc:
        raise NewsgraphError(f"{target}: cannot write {what} ({exc.strerror or exc})") from None
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        with opened as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, real)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise NewsgraphError(
                f"{target}: cannot write {what} ({exc.strerror or exc}); any previous file is unchanged") from None
        raise
    _sync_folder(real.parent)


@contextmanager
def atomic_text(target: Path, *, what: str) -> Iterator[IO[str]]:
    """:func:`atomic_file` for UTF-8 text with ``\\n`` line ends."""
    with atomic_file(target, what=what) as fh:
        yield fh


def _temporary(target: Path) -> tuple[int, str]:
    """A new hidden file beside ``target``, with the permissions a plain ``open`` would give
    (mkstemp's are 0600): the target's own when it exists, else 0666 less the umask."""
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o666
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        if target.exists():
            os.fchmod(fd, mode)  # exactly the old file's mode, whatever the umask
        return fd, str(tmp)
    raise FileExistsError(errno.EEXIST, "cannot create a temporary file", str(target.parent))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (a crash right after it keeps the new file); best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: how long a writer waits for another to release a graph file unless told otherwise (seconds);
#: NEWSGRAPH_LOCK_TIMEOUT overrides it
LOCK_TIMEOUT = 600.0


def lock_path(target: Path) -> Path:
    """The lock file of ``target``: hidden, beside the file it guards (``.NAME.lock``)."""
    real = writable_target(Path(target), what="the graph file")
    return real.parent / f".{real.name}.lock"


@contextmanager
def file_lock(target: Path, *, timeout: float | None = None,
              waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the advisory lock of ``target`` (``fcntl.flock`` on :func:`lock_path`) for the block.

    A second holder waits, calling ``waiting(message)`` once, until the first releases it — at
    the latest when its process ends, however it ends — or raises :class:`NewsgraphError` after
    ``timeout`` seconds (default :data:`LOCK_TIMEOUT`, or ``NEWSGRAPH_LOCK_TIMEOUT``). The lock
    file stays (removing it would let a third writer lock a different file)."""
    if timeout is None:
        try:
            timeout = float(os.environ.get("NEWSGRAPH_LOCK_TIMEOUT") or LOCK_TIMEOUT)
        except ValueError:
            timeout = LOCK_TIMEOUT
    path = lock_path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise NewsgraphError(f"{target}: cannot create the lock file {path.name} ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + max(0.0, timeout)
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise NewsgraphError(
                        f"{target}: another newsgraph run is writing this graph file (lock {path.name}); "
                        f"gave up after {timeout:g} s (NEWSGRAPH_LOCK_TIMEOUT); the file is unchanged") from None
                if not told and waiting is not None:
                    waiting(f"{target}: another newsgraph run is writing this graph file; waiting for it to finish")
                    told = True
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # releases the lock
