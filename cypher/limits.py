"""Per-query budgets of the embedded engine: a time limit and a row budget.

The matcher and every clause call :meth:`Limits.tick` inside their loops (the clock is read
every few hundred calls) and :meth:`Limits.charge` for every row or list element they hold in
memory (sorting, grouping, DISTINCT, collect(), the result itself). Going past either raises
:class:`QueryLimitError` with one line naming the limit and how to raise it, so a runaway query
(a Cartesian product over 9,000 actors) stops in seconds with bounded memory.

======================================  ==============================================  =========
setting                                 budget                                          default
======================================  ==============================================  =========
``NEWSGRAPH_QUERY_TIMEOUT``             seconds one embedded query may run              30
``NEWSGRAPH_QUERY_MAX_ROWS``            rows (and collected values) held in memory      200,000  
======================================  ==============================================  =========

The CLI takes ``--timeout`` and ``--max-rows``; ``run_query`` and ``kg.query`` take ``timeout=``
and ``max_rows=``.
"""
from __future__ import annotations

import os
import time

from newsgraph.core.errors import QueryError


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name) or default)
    except ValueError:
        return default
    return value if value > 0 else default


DEFAULT_TIMEOUT = _env_number("NEWSGRAPH_QUERY_TIMEOUT", 30.0)
DEFAULT_MAX_ROWS = int(_env_number("NEWSGRAPH_QUERY_MAX_ROWS", 200_000))


class QueryLimitError(QueryError):
    """An embedded query went past its time limit or row budget and was cancelled."""


class Limits:
    __slots__ = ("timeout", "max_rows", "deadline", "rows", "_n")

    def __init__(self, timeout: float | None = None, max_rows: int | None = None) -> None:
        self.timeout = DEFAULT_TIMEOUT if timeout is None else float(timeout)
        self.max_rows = DEFAULT_MAX_ROWS if max_rows is None else int(max_rows)
        self.deadline = time.monotonic() + self.timeout
        self.rows = 0
        self._n = 0

    def tick(self) -> None:
        self._n += 1
        if self._n & 255 == 0 and time.monotonic() > self.deadline:
            raise QueryLimitError(
                f"query cancelled: it ran past the time limit of {self.timeout:g} s "
                "(raise it with --timeout SECONDS, timeout= in Python, or NEWSGRAPH_QUERY_TIMEOUT)")

    def charge(self, n: int = 1) -> None:
        self.rows += n
        if self.rows > self.max_rows:
            raise QueryLimitError(
                f"query cancelled: it needs more than {self.max_rows:,} rows in memory "
                "(raise the budget with --max-rows N, max_rows= in Python, or NEWSGRAPH_QUERY_MAX_ROWS)")
        self.tick()
