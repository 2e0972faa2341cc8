"""Test helpers shared by the fault and fuzz tests: a disk that fills up mid-write, and a time bound
that turns a hang into a failure."""
from __future__ import annotations

import contextlib
import errno
import signal
from collections.abc import Iterator


class FillsUp:
    """A file on a disk that fills up after ``room`` bytes or characters: part of the write lands."""

    def __init__(self, fh: object, room: int) -> None:
        self.fh, self.room = fh, room

    def write(self, data):  # type: ignore[no-untyped-def]
        if len(data) > self.room:
            self.fh.write(data[: self.room])  # type: ignore[attr-defined]
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.fh.write(data)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.fh, name)

    def __enter__(self) -> "FillsUp":
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()  # type: ignore[attr-defined]


@contextlib.contextmanager
def no_hang(seconds: int, what: str) -> Iterator[None]:
    """Fail (not hang) when the block runs far longer than it ever should; ``what`` says the likely cause."""
    def stop(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds}s: {what}")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
