"""Write a file atomically: a temporary file beside the target, fsynced, then renamed over it.

An interrupted write (a kill, a full disk) leaves the previous file as it was and no
half-written target; the hidden temporary file is removed on any error we see.
"""
from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from newsgraph.core.errors import NewsgraphError


@contextmanager
def atomic_text(target: Path, *, what: str) -> Iterator[TextIO]:
    """Open a UTF-8 text stream whose content replaces ``target`` when the block ends cleanly.

    ``what`` names the file in error messages ("the graph file"): an ``OSError`` (disk full,
    quota, I/O error) becomes one ``NewsgraphError`` line saying the previous file is kept."""
    if target.is_dir():
        raise NewsgraphError(f"{target}: is a folder; give the {what.removeprefix('the ')}'s name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary(target)
    except OSError as exc:
        raise NewsgraphError(f"{target}: cannot write {what} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise NewsgraphError(
                f"{target}: cannot write {what} ({exc.strerror or exc}); any previous file is unchanged") from None
        raise
    _sync_folder(target.parent)


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
