"""The Neo4j graph store: the embedded graph, written to a real Neo4j server.

>>> with open_store("bolt://127.0.0.1:7687") as store:      # password from NEO4J_PASSWORD
...     store.ensure_schema()
...     report = store.push_graph(kg.graph)                  # idempotent, incremental
...     store.query("MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a.name, b.name")

Writes are ``UNWIND $rows ... MERGE`` statements from :mod:`newsgraph.graph.neo4j.statements`
run in managed write transactions (the driver retries transient failures), one
transaction per batch, so a batch is either wholly written or not at all and
re-running a push completes it. The model is described in docs/neo4j.md.
"""
from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.core.errors import QueryError, StoreConnectionError
from newsgraph.core.models import Triple
from newsgraph.core.ontology import ACTOR_LABEL
from newsgraph.core.results import QueryResult
from newsgraph.cypher.readonly import read_only_refusal
from newsgraph.graph.neo4j import statements as Q
from newsgraph.graph.neo4j.plan import DEFAULT_BATCH_ITEMS, DEFAULT_BATCH_SIZE, Batch, plan
from newsgraph.graph.neo4j.read import graph_from_records
from newsgraph.graph.store import GraphStore, merge_triples

log = logging.getLogger(__name__)

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"


def redact_uri(uri: str) -> str:
    """``uri`` with any credentials in it (``bolt://user:password@host``) replaced by ``***``:
    the form every message, log line and ``repr`` shows. Everything between ``://`` and the
    last ``@`` counts as credentials, so a password holding ``@``, ``/`` or ``:`` is hidden whole.

    >>> redact_uri("bolt://neo4j:S3CRET@127.0.0.1:7687")
    'bolt://***@127.0.0.1:7687'
    """
    scheme, sep, rest = uri.partition("://")
    if not sep or "@" not in rest:
        return uri
    return f"{scheme}://***@{rest[rest.rindex('@') + 1:]}"

#: The password of the local development server started by ``scripts/neo4j start``.
DEV_PASSWORD = "newsgraph-dev"


@dataclass(frozen=True)
class Neo4jConfig:
    """Where and how to connect. ``repr`` and ``str`` never show the password."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default=DEV_PASSWORD, repr=False)
    database: str | None = None  # None: the server's default database
    retry_seconds: float = 30.0  # how long the driver retries a failing transaction
    connect_timeout: float = 10.0
    #: the URI given held credentials; ``uri`` is kept without them and connecting is refused
    credentials_in_uri: bool = field(default=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        clean = redact_uri(self.uri)
        if clean != self.uri:  # never kept, so never shown: the driver takes no credentials from a URI
            object.__setattr__(self, "uri", clean)
            object.__setattr__(self, "credentials_in_uri", True)

    @classmethod
    def from_env(
        cls,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        **kw: Any,
    ) -> "Neo4jConfig":
        """Arguments first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE, then defaults."""
        env = os.environ
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            user=user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or DEFAULT_USER,
            password=password if password is not None else env.get("NEO4J_PASSWORD", DEV_PASSWORD),
            database=database or env.get("NEO4J_DATABASE") or None,
            **kw,
        )

    def __repr__(self) -> str:
        return f"Neo4jConfig(uri={self.uri!r}, user={self.user!r}, password='***', database={self.database!r})"

    __str__ = __repr__

    @property
    def where(self) -> str:
        return self.uri + (f" (database {self.database!r})" if self.database else "")


@dataclass
class PushReport:
    """What a push wrote (counts are of the rows sent; MERGE makes repeats no-ops).

    >>> import newsgraph as ng
    >>> report = ng.PushReport(relationships=500, seconds=2.0)
    >>> report.rate
    250.0
    """

    actors: int = 0
    relationships: int = 0
    mentions: int = 0
    batches: int = 0
    retried: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Relationships per second."""
        return self.relationships / self.seconds if self.seconds else 0.0


#: credentials inside any URI quoted in a driver message
_URI_CREDENTIALS = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]*://)[^\s'\"]*@")


def redact_credentials(text: str) -> str:
    """``text`` with the credentials of every URI in it replaced by ``***`` (messages, log lines)."""
    return _URI_CREDENTIALS.sub(r"\1***@", text)


def _driver_module() -> Any:
    try:
        import neo4j
    except ImportError:  # pragma: no cover - depends on the environment
        raise StoreConnectionError("the Neo4j driver is not installed: pip install 'newsgraph[neo4j]'") from None
    return neo4j


#: The oldest Neo4j whose Cypher the writes use (scoped ``CALL (r, row) {}`` subqueries: 5.23+;
#: the LTS 5.26 is what newsgraph is tested on).
MIN_SERVER = (5, 26)


def server_too_old(agent: str) -> bool:
    """True for a server agent such as ``Neo4j/5.20.0`` older than :data:`MIN_SERVER`
    (calendar versions such as ``Neo4j/2025.01.0`` are newer; an unknown agent passes)."""
    m = re.match(r"Neo4j/(\d+)\.(\d+)", agent)
    return bool(m) and (int(m.group(1)), int(m.group(2))) < MIN_SERVER


def _one_ahead(items: Iterable[Batch]) -> Iterator[Batch]:
    """Yield ``items``, building the next one in a thread while the caller writes this one
    (the driver waits on the socket without the GIL, so building rows costs no wall time)."""
    it = iter(items)
    with ThreadPoolExecutor(1, thread_name_prefix="newsgraph-plan") as pool:
        nxt = pool.submit(next, it, None)
        while (item := nxt.result()) is not None:
            nxt = pool.submit(next, it, None)
            yield item


class Neo4jStore(GraphStore):
    """A Neo4j database holding newsgraph's model; use as a context manager (``ng.open_neo4j``).

    >>> import newsgraph as ng
    >>> with ng.open_neo4j("bolt://127.0.0.1:7687") as store:  # doctest: +SKIP
    ...     rows = store.query("MATCH (a:Actor) RETURN a.name LIMIT 3").rows
    """

    def __init__(self, config: Neo4jConfig | None = None, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 batch_items: int = DEFAULT_BATCH_ITEMS) -> None:
        self.config = config or Neo4jConfig.from_env()
        self.batch_size = batch_size
        self.batch_items = batch_items
        self._driver: Any = None
        self._schema_ready = False  # ensure_schema() ran on this store: pushes need not repeat it

    # -- connection ---------------------------------------------------------
    def __enter__(self) -> "Neo4jStore":
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.config!r})"

    def connect(self) -> "Neo4jStore":
        """Open the driver and check the server, the login and the database answer."""
        if self._driver is None:
            if self.config.credentials_in_uri:
                raise StoreConnectionError(
                    f"{self.config.where}: the URI holds credentials (user:password@), which newsgraph does not read "
                    "from a URI; give the user with --user or NEO4J_USERNAME and the password with NEO4J_PASSWORD, "
                    "--password-file or the prompt")
            neo4j = _driver_module()
            scheme = self.config.uri.split("://", 1)[0].lower() if "://" in self.config.uri else ""
            if scheme not in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
                raise StoreConnectionError(f"{self.config.uri}: not a Neo4j Bolt URI (use bolt://HOST:7687 or neo4j://HOST:7687)")
            with self._errors("connect"):
                self._driver = neo4j.GraphDatabase.driver(
                    self.config.uri,
                    auth=(self.config.user, self.config.password),
                    connection_timeout=self.config.connect_timeout,
                    max_transaction_retry_time=self.config.retry_seconds,
                    connection_acquisition_timeout=self.config.connect_timeout + 5,
                    notifications_min_severity="OFF",
                    warn_notification_severity="OFF",
                )
            try:
                with self._errors("connect"):
                    self._driver.verify_connectivity()
                with self._errors("open the database"), self._session("READ") as s:
                    s.run("RETURN 1").consume()
                self._check_version()
            except StoreConnectionError:
                self.close()
                raise
        return self

    def _check_version(self) -> None:
        """The writes use Cypher of Neo4j 5.26 (scoped ``CALL (…) {}`` subqueries): say so up front."""
        with self._errors("read the server version"):
            info = self._driver.get_server_info()
        agent = str(getattr(info, "agent", "") or "")
        if server_too_old(agent):  # connect() closes the driver on this error
            raise StoreConnectionError(
                f"{self.config.where}: the server runs {agent}; newsgraph needs Neo4j "
                f"{MIN_SERVER[0]}.{MIN_SERVER[1]} or later (scripts/neo4j start runs a local 5.26)")

    def close(self) -> None:
        if self._driver is not None:
            try:
                self._driver.close()
            except Exception:  # closing a driver to a dead server may itself fail
                pass
            self._driver = None

    def _session(self, mode: str = "WRITE") -> Any:
        if self._driver is None:
            self.connect()
        neo4j = _driver_module()
        access = neo4j.READ_ACCESS if mode == "READ" else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.config.database, default_access_mode=access)

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn driver errors into one-line newsgraph errors naming the URI, never the password."""
        neo4j = _driver_module()
        ex = neo4j.exceptions
        where = self.config.where
        try:
            yield
        except (StoreConnectionError, QueryError):
            raise
        except ex.AuthError:
            raise StoreConnectionError(f"{where}: cannot {action}: authentication failed for user {self.config.user!r} (wrong password?)") from None
        except ex.ClientError as exc:
            code = exc.code or ""
            if "DatabaseNotFound" in code:
                raise StoreConnectionError(f"{where}: cannot {action}: database {self.config.database!r} does not exist") from None
            if ".Security." in code:
                raise StoreConnectionError(f"{where}: cannot {action}: {self._clean(exc.message)}") from None
            raise QueryError(f"{where}: {action} failed: {self._clean(exc.message)}") from None
        except (ex.ServiceUnavailable, ex.SessionExpired) as exc:
            reasons = re.findall(r"reason ([^)]*)\)", str(exc))
            why = reasons[-1] if reasons else self._clean(str(exc)).rstrip(":")
            raise StoreConnectionError(f"{where}: cannot {action}: server unreachable or stopped ({self._clean(why)})") from None
        except ex.Neo4jError as exc:
            raise StoreConnectionError(f"{where}: cannot {action}: {self._clean(exc.message or str(exc))}") from None
        except (ex.DriverError, OSError, ValueError) as exc:
            raise StoreConnectionError(f"{where}: cannot {action}: {self._clean(str(exc))}") from None

    def _clean(self, text: str | None) -> str:
        line = (text or "").strip().splitlines()[0] if (text or "").strip() else "unknown error"
        if self.config.password:
            line = line.replace(self.config.password, "***")
        return redact_credentials(line)[:300]

    # -- writing ------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and indexes (idempotent)."""
        ex = _driver_module().exceptions
        with self._errors("create the schema"), self._session() as s:
            for stmt in Q.schema_statements():
                try:  # a managed transaction: a deadlock between two writers is retried
                    s.execute_write(lambda tx, stmt=stmt: tx.run(stmt).consume())
                except ex.ClientError as exc:
                    # Two writers creating the schema at once: ``IF NOT EXISTS`` is not
                    # atomic, so the loser is told the rule exists — which is what it wanted.
                    if "AlreadyExists" not in (exc.code or ""):
                        raise
            s.run("CALL db.awaitIndexes(60)").consume()
        self._schema_ready = True

    def add_triples(self, triples: Iterable[Triple]) -> int:
        """Merge relation mentions into the database; returns how many new mentions it holds."""
        g = nx.MultiDiGraph()
        merge_triples(g, triples)
        before = self.counts()["mentions"]
        self.push_graph(g)
        return self.counts()["mentions"] - before

    def push_graph(
        self,
        g: nx.MultiDiGraph,
        *,
        batch_size: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        evidence: str = "full",
        batch_items: int | None = None,
    ) -> PushReport:
        """Write an embedded graph (merge): actors and articles first, then edges with their evidence.

        Every batch is one managed write transaction of at most ``batch_size`` rows and
        ``batch_items`` list items (a hub actor or edge is split over several batches:
        graph/neo4j/plan.py); ``progress(done, total)`` is called after each committed batch.
        ``evidence="keys"`` writes the actor layer only (no :Article/:Sentence/:Mention nodes;
        see :func:`newsgraph.graph.neo4j.plan.plan`).
        """
        # checks ``evidence`` before any write
        batches = plan(g, batch_size or self.batch_size, evidence, batch_items or self.batch_items)
        if not self._schema_ready:  # once per store: a build pushes every 1,000 articles
            self.ensure_schema()
        report = PushReport()
        start = time.perf_counter()
        total = len(batches)
        for done, batch in enumerate(_one_ahead(batches), 1):
            calls = 0

            def tx_fn(tx: Any, batch: Batch = batch) -> None:
                nonlocal calls
                calls += 1
                for stmt in batch.statements:
                    tx.run(stmt.text, stmt.params).consume()

            what = f"write {batch.label} (batch {done}/{total}; earlier batches are committed, re-run to complete)"
            with self._errors(what), self._session() as s:
                s.execute_write(tx_fn)
            report.retried += max(0, calls - 1)
            report.batches += 1
            report.actors += batch.actors
            report.relationships += batch.relationships
            report.mentions += batch.mentions
            if progress is not None:
                progress(done, total)
        report.seconds = time.perf_counter() - start
        log.info("pushed %s to %s", report, self.config.where)
        return report

    def run_statement(self, cypher: str) -> None:
        """Run one write statement in its own auto-commit transaction (schema, script loading)."""
        with self._errors("run a statement"), self._session() as s:
            s.run(cypher).consume()

    def clear(self) -> None:
        """Delete everything in the database (tests, ``push --replace``)."""
        with self._errors("clear the database"), self._session() as s:
            for stmt in Q.clear_database():
                while s.execute_write(lambda tx, stmt=stmt: tx.run(stmt).single()[0]):
                    pass

    # -- reading ------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run Cypher; a read transaction unless ``write=True``, so a stray write is refused.

        Without ``write``, what a read transaction would still run is refused before it is sent
        (:mod:`newsgraph.cypher.readonly`): administration commands such as ``TERMINATE
        TRANSACTIONS``, procedures outside the read allow-list, ``LOAD CSV``."""
        if not write:
            reason = read_only_refusal(cypher)
            if reason is not None:
                raise QueryError(f"{self.config.where}: {reason}; queries are read-only unless --write is given")

        def work(tx: Any) -> QueryResult:
            result = tx.run(cypher, params or {})
            columns = list(result.keys())
            return QueryResult(columns=columns, rows=[[_plain(v) for v in rec.values()] for rec in result])

        try:
            with self._errors("run the query"), self._session("WRITE" if write else "READ") as s:
                return s.execute_write(work) if write else s.execute_read(work)
        except QueryError as exc:
            if not write and "in read access mode" in str(exc).lower():
                raise QueryError(f"{self.config.where}: the query writes, but queries are read-only unless --write is given") from None
            raise

    def counts(self) -> dict[str, int]:
        """Actors, relationships, total weight, articles, sentences, mentions, article links."""
        with self._errors("count"), self._session("READ") as s:
            rec = s.run(Q.count_query()).single()
        return {k: int(v or 0) for k, v in dict(rec).items()}

    def read_graph(self) -> nx.MultiDiGraph:
        """Read the database back into an embedded graph (evidence included)."""

        with self._errors("read the graph"), self._session("READ") as s:
            actors = [dict(r) for r in s.run(Q.read_actors())]
            edges = [dict(r) for r in s.run(Q.read_edges())]
            mentions = [dict(r) for r in s.run(Q.read_mentions())]
        return graph_from_records(actors, edges, mentions)


def _plain(value: Any) -> Any:
    """Driver values to plain Python: nodes and relationships as property dicts."""
    neo4j = _driver_module()
    if isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship)):
        return {k: _plain(v) for k, v in dict(value).items() if not k.startswith("_")}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def open_store(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    **kw: Any,
) -> Neo4jStore:
    """A connected :class:`Neo4jStore` (arguments, else NEO4J_* environment variables, else the local dev server).

    Raises StoreConnectionError with a one-line message when the server, the login
    or the database does not answer.
    """
    batch_size = kw.pop("batch_size", DEFAULT_BATCH_SIZE)
    batch_items = kw.pop("batch_items", DEFAULT_BATCH_ITEMS)
    return Neo4jStore(Neo4jConfig.from_env(uri, user, password, database, **kw), batch_size=batch_size,
                      batch_items=batch_items).connect()


__all__ = ["ACTOR_LABEL", "DEV_PASSWORD", "Neo4jConfig", "Neo4jStore", "PushReport", "open_store", "redact_credentials", "redact_uri"]
