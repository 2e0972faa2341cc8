"""One root exception and a few meaningful subclasses.

The CLI turns any :class:`NewsgraphError` into a one-line message and exit code 2.
The Python API raises only these (and ``OSError`` when a file cannot be written);
it never prints and never exits.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Root of every error newsgraph raises on purpose.

    >>> import newsgraph as ng
    >>> try:
    ...     ng.load("no/such.graph.json")
    ... except ng.NewsgraphError as exc:
    ...     print(exc)
    no/such.graph.json: no such graph file
    """


class InputError(NewsgraphError):
    """An input file, folder or record cannot be read; the message names it (file:line).

    >>> import newsgraph as ng
    >>> try:
    ...     ng.build(["no/such/file.txt"], strict=True)
    ... except ng.InputError as exc:
    ...     print("skipped:", "no/such/file.txt" in str(exc))
    skipped: True
    """


class InputWarning(InputError):
    """Part of a record cannot be used (a ``date`` that is not a date): that field is dropped and
    the record is read. Reported like an :class:`InputError` (the CLI exits 3), but the file
    counts as read, so an incremental build does not open it, or report it, again.

    >>> from newsgraph.core.errors import InputError, InputWarning
    >>> issubclass(InputWarning, InputError)
    True
    """


class ExtractionError(NewsgraphError):
    """The NLP pipeline cannot be loaded or fails on a document.

    >>> import newsgraph as ng
    >>> try:
    ...     ng.extract_text("Iran backs the Houthis.", model="no_such_pipeline")
    ... except ng.ExtractionError as exc:
    ...     print(str(exc).startswith("spaCy pipeline 'no_such_pipeline' is not installed"))
    True
    """


class GraphFormatError(NewsgraphError):
    """A saved graph file is not in newsgraph's documented format (or is missing).

    >>> import newsgraph as ng
    >>> isinstance(ng.GraphFormatError("x"), ng.NewsgraphError)
    True
    """


class QueryError(NewsgraphError):
    """A Cypher query is invalid or uses a feature the backend does not support.

    >>> import newsgraph as ng
    >>> try:
    ...     ng.KnowledgeGraph().query("MATCH (a RETURN a")
    ... except ng.QueryError:
    ...     print("invalid Cypher")
    invalid Cypher
    """


class StoreConnectionError(NewsgraphError):
    """A graph database (Neo4j) cannot be reached, authenticated or written.

    >>> import newsgraph as ng
    >>> try:
    ...     ng.open_neo4j("http://127.0.0.1:7474")
    ... except ng.StoreConnectionError as exc:
    ...     print(str(exc).startswith("http://127.0.0.1:7474: not a Neo4j Bolt URI"))
    True
    """


class UsageError(NewsgraphError, ValueError):
    """An argument the API cannot use: an unknown export format, a path whose format cannot be told.

    Also a ``ValueError``.

    >>> import newsgraph as ng
    >>> try:
    ...     ng.KnowledgeGraph().export("out/graph.dot")
    ... except ng.UsageError as exc:
    ...     print(exc)
    cannot tell the export format from 'graph.dot': give format= (one of: gexf, graphml, csv, json, cypher, events)
    """


class FilterError(UsageError):
    """A filter names an unknown relation class, relation type or actor type, or an unreadable date.

    >>> import newsgraph as ng
    >>> try:
    ...     ng.KnowledgeGraph().filter(classes="friendly")
    ... except ng.FilterError as exc:
    ...     print(exc)
    unknown relation class 'friendly' (one of: cooperative, conflictual, structural)
    """


class ActorNotFoundError(NewsgraphError, LookupError):
    """No actor of the graph has this name or alias (also a ``LookupError``).

    >>> import newsgraph as ng
    >>> try:
    ...     ng.KnowledgeGraph().evidence("Atlantis", "Iran")
    ... except ng.ActorNotFoundError as exc:
    ...     print(exc)
    no actor named 'Atlantis' in the graph
    """


class MissingDependencyError(NewsgraphError, ImportError):
    """An optional extra is not installed; the message says which ``pip install`` brings it.

    Also an ``ImportError``.

    >>> import newsgraph as ng
    >>> print(ng.MissingDependencyError.for_extra("pandas", "pandas"))
    pandas is not installed: pip install 'newsgraph[pandas]'
    """

    @classmethod
    def for_extra(cls, module: str, extra: str) -> MissingDependencyError:
        """The error for a missing ``module`` that ``pip install 'newsgraph[EXTRA]'`` installs.

        >>> import newsgraph as ng
        >>> ng.MissingDependencyError.for_extra("pandas", "pandas").extra
        'pandas'
        """
        err = cls(f"{module} is not installed: pip install 'newsgraph[{extra}]'")
        err.extra = extra
        return err

    extra: str = ""
