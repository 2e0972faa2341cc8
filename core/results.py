"""The result of a Cypher query, whichever backend ran it (the embedded graph or Neo4j)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class QueryResult:
    """Rows of a query, with the columns in RETURN order (what ``store.query`` returns).

    >>> import newsgraph as ng
    >>> res = ng.QueryResult(columns=["a.name", "b.name"], rows=[["Iran", "Houthis"]])
    >>> res.records()
    [{'a.name': 'Iran', 'b.name': 'Houthis'}]
    """

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    #: what the backend warned about while running the query (a Cartesian product, …)
    warnings: list[str] = field(default_factory=list, compare=False, repr=False)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, column name -> value.

        >>> from newsgraph.core.results import QueryResult
        >>> QueryResult(["n"], [[1], [2]]).records()
        [{'n': 1}, {'n': 2}]
        """
        return [dict(zip(self.columns, r)) for r in self.rows]
