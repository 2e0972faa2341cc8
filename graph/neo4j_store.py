"""The Neo4j graph store: the embedded graph, written to a real Neo4j server.

>>> with open_store("bolt://127.0.0.1:7687") as store:      # password from NEO4J_PASSWORD
...     store.ensure_schema()
...     report = store.push_graph(kg.graph)                  # idempotent, incremental
...     store.query("MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a.name, b.name")

Writes are ``UNWIND $rows ... MERGE`` statements from :mod:`newsgraph.cypher.queries`
run in managed write transactions (the driver retries transient failures), one
transaction per batch, so a batch is either wholly written or not at all and
re-running a push completes it. The model is described in docs/neo4j.md.
"""
from __future__ import annotations

import hashlib
import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.cypher import queries as Q
from newsgraph.cypher.embedded import QueryResult
from newsgraph.errors import QueryError, StoreConnectionError
from newsgraph.graph.store import GraphStore, merge_triples
from newsgraph.models import Triple
from newsgraph.ontology import ACTOR_LABEL, ActorType

log = logging.getLogger(__name__)

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
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
    """What a push wrote (counts are of the rows sent; MERGE makes repeats no-ops)."""

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


def _driver_module() -> Any:
    try:
        import neo4j
    except ImportError:  # pragma: no cover - depends on the environment
        raise StoreConnectionError("the Neo4j driver is not installed: pip install 'newsgraph[neo4j]'") from None
    return neo4j


class Neo4jStore(GraphStore):
    """A Neo4j database holding newsgraph's model; use as a context manager."""

    def __init__(self, config: Neo4jConfig | None = None, *, batch_size: int = 1000) -> None:
        self.config = config or Neo4jConfig.from_env()
        self.batch_size = batch_size
        self._driver: Any = None

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
            neo4j = _driver_module()
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
            except StoreConnectionError:
                self.close()
                raise
        return self

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
            raise StoreConnectionError(f"{where}: cannot {action}: server unreachable or stopped ({self._clean(str(exc))})") from None
        except ex.Neo4jError as exc:
            raise StoreConnectionError(f"{where}: cannot {action}: {self._clean(exc.message or str(exc))}") from None
        except (ex.DriverError, OSError, ValueError) as exc:
            raise StoreConnectionError(f"{where}: cannot {action}: {self._clean(str(exc))}") from None

    def _clean(self, text: str | None) -> str:
        line = (text or "").strip().splitlines()[0] if (text or "").strip() else "unknown error"
        if self.config.password:
            line = line.replace(self.config.password, "***")
        return line[:300]

    # -- writing ------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and indexes (idempotent)."""
        with self._errors("create the schema"), self._session() as s:
            for stmt in Q.schema_statements():
                s.run(stmt).consume()
            s.run("CALL db.awaitIndexes(60)").consume()

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
    ) -> PushReport:
        """Write an embedded graph (merge): actors and articles first, then edges with their evidence.

        Every batch is one managed write transaction; ``progress(done, total)`` is
        called after each committed batch.
        """
        size = batch_size or self.batch_size
        self.ensure_schema()
        report = PushReport()
        start = time.perf_counter()
        actor_batches = list(_chunks(actor_rows(g), size))
        article_batches = list(_chunks(article_rows(g), size))
        edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
        edge_batches = list(_chunks(edges, size))
        total = len(actor_batches) + len(article_batches) + len(edge_batches)
        done = 0

        def run(label: str, work: Callable[[Any], None]) -> None:
            nonlocal done
            calls = 0

            def tx_fn(tx: Any) -> None:
                nonlocal calls
                calls += 1
                work(tx)

            with self._errors(f"write {label} (batch {done + 1}/{total}; earlier batches are committed, re-run to complete)"), self._session() as s:
                s.execute_write(tx_fn)
            report.retried += max(0, calls - 1)
            report.batches += 1
            done += 1
            if progress is not None:
                progress(done, total)

        for rows in actor_batches:
            run("actors", lambda tx, rows=rows: _write_actors(tx, rows))
            report.actors += len(rows)
        for rows in article_batches:
            run("articles", lambda tx, rows=rows: tx.run(Q.merge_articles(), rows=rows).consume())
        for batch in edge_batches:
            sentences, mentions, by_type = edge_rows(g, batch)
            ids = sorted({e[0] for e in batch} | {e[1] for e in batch})
            run("relationships", lambda tx, a=sentences, b=mentions, c=by_type, d=ids: _write_edges(tx, a, b, c, d))
            report.relationships += len(batch)
            report.mentions += len(mentions)
        report.seconds = time.perf_counter() - start
        log.info("pushed %s to %s", report, self.config.where)
        return report

    def clear(self) -> None:
        """Delete everything in the database (tests, ``push --replace``)."""
        with self._errors("clear the database"), self._session() as s:
            while s.execute_write(lambda tx: tx.run(Q.clear_database()).single()[0]):
                pass

    # -- reading ------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run Cypher; a read transaction unless ``write=True``, so a stray write is refused."""
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
        from newsgraph.graph.neo4j_read import graph_from_records

        with self._errors("read the graph"), self._session("READ") as s:
            actors = [dict(r) for r in s.run(Q.read_actors())]
            edges = [dict(r) for r in s.run(Q.read_edges())]
            mentions = [dict(r) for r in s.run(Q.read_mentions())]
        return graph_from_records(actors, edges, mentions)


# -- rows -----------------------------------------------------------------------
def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), max(1, size)):
        yield items[i : i + size]


def edge_id(source: str, key: str, target: str) -> str:
    """The ``edge`` property of a mention: ``country:russia-[SUPPORTS]->person:bashar-al-assad``."""
    return f"{source}-[{key}]->{target}"


def sentence_key(ev: dict[str, Any]) -> str:
    return f"{ev['article_id']}:{ev['char_start']}-{ev['char_end']}"


def mention_key(edge: str, ev: dict[str, Any]) -> str:
    h = hashlib.sha256("\x1f".join([edge, ev["subject_mention"], ev["object_mention"]]).encode("utf-8")).hexdigest()[:16]
    return f"{sentence_key(ev)}:{h}"


def actor_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    rows = []
    for n, d in sorted(g.nodes(data=True), key=lambda x: x[0]):
        rows.append(
            {
                "id": n,
                "name": d["name"],
                "type": ActorType(d["type"]).value,
                "aliases": list(d.get("aliases") or []),
                "country": d.get("country"),
                "role": d.get("role"),
                "articles": list(d.get("articles") or []),
            }
        )
    return rows


def article_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    meta: dict[str, dict[str, Any]] = {}
    for _, _, d in g.edges(data=True):
        for ev in d.get("evidence") or []:
            m = meta.setdefault(ev["article_id"], {"id": ev["article_id"], "source": ev["source"], "date": ev.get("date")})
            m["date"] = m["date"] or ev.get("date")
    actors: dict[str, set[str]] = defaultdict(set)
    for n, d in g.nodes(data=True):
        for a in d.get("articles") or []:
            actors[a].add(n)
    rows = []
    for a in sorted(set(meta) | set(actors)):
        row = meta.get(a, {"id": a, "source": None, "date": None})
        rows.append({**row, "actors": sorted(actors.get(a, ()))})
    return rows


def edge_rows(
    g: nx.MultiDiGraph, batch: list[tuple[str, str, str, dict[str, Any]]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Sentences, mentions and per-type relationship rows for a batch of edges."""
    sentences: dict[str, dict[str, Any]] = {}
    mentions: dict[str, dict[str, Any]] = {}
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, d in batch:
        edge = edge_id(u, key, v)
        for ev in d.get("evidence") or []:
            sk = sentence_key(ev)
            sentences.setdefault(
                sk,
                {"key": sk, "article_id": ev["article_id"], "text": ev["sentence"], "char_start": ev["char_start"], "char_end": ev["char_end"], "source": ev["source"]},
            )
            mk = mention_key(edge, ev)
            props = {
                "edge": edge, "article_id": ev["article_id"], "sentence_key": sk, "subject_id": u, "object_id": v,
                "relation": d["type"], "negated": bool(d["negated"]), "subject_mention": ev["subject_mention"],
                "object_mention": ev["object_mention"], "attributed_to": ev.get("attributed_to"),
                "confidence": float(ev["confidence"]), "date": ev.get("date"), "source": ev["source"],
                "char_start": ev["char_start"], "char_end": ev["char_end"],
            }
            mentions.setdefault(mk, {"key": mk, "sentence_key": sk, "props": props})
        by_type[d["type"]].append({"source": u, "target": v, "negated": bool(d["negated"]), "edge": edge, "class": d["class"]})
    return sorted(sentences.values(), key=lambda r: r["key"]), sorted(mentions.values(), key=lambda r: r["key"]), dict(by_type)


def _write_actors(tx: Any, rows: list[dict[str, Any]]) -> None:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_type[r["type"]].append(r)
    for t in ActorType:  # labels only from the ontology
        if by_type.get(t.value):
            tx.run(Q.merge_actors(t.value), rows=by_type[t.value]).consume()


def _write_edges(tx: Any, sentences: list[dict[str, Any]], mentions: list[dict[str, Any]], by_type: dict[str, list[dict[str, Any]]], ids: list[str]) -> None:
    if sentences:
        tx.run(Q.merge_sentences(), rows=sentences).consume()
    if mentions:
        tx.run(Q.merge_mentions(), rows=mentions).consume()
    for rel in Q.REL_TYPES:  # relationship types only from the ontology
        if by_type.get(rel):
            tx.run(Q.merge_edges(rel), rows=by_type[rel]).consume()
    tx.run(Q.refresh_actor_mentions(), ids=ids).consume()


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
    batch_size = kw.pop("batch_size", 1000)
    return Neo4jStore(Neo4jConfig.from_env(uri, user, password, database, **kw), batch_size=batch_size).connect()


__all__ = ["ACTOR_LABEL", "DEV_PASSWORD", "Neo4jConfig", "Neo4jStore", "PushReport", "open_store"]
