"""The Python API's functions: ``ng.extract_text``, ``ng.extract_paths``, ``ng.build``, ``ng.load``,
``ng.push``, ``ng.open_neo4j``, ``ng.evaluate`` (the rest are methods of ``KnowledgeGraph``).

The CLI (newsgraph/cli/) calls these same functions; the table in :mod:`newsgraph`
pairs each command with its call.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.core.errors import InputError, UsageError
from newsgraph.core.models import Article, Triple
from newsgraph.evaluation import Aliases, EvaluationReport, load_gold
from newsgraph.evaluation import evaluate as _score
from newsgraph.extract import DEFAULT_MODEL
from newsgraph.extract.reader import check_date, read_paths, split_text, with_date
from newsgraph.extract.user_actors import ActorTable, actors_in_use, filtered, load_actors
from newsgraph.graph.kg import KnowledgeGraph
from newsgraph.graph.overrides import Overrides, load_overrides
from newsgraph.graph.overrides import apply_overrides as _apply
from newsgraph.graph.neo4j.plan import DEFAULT_BATCH_SIZE
from newsgraph.graph.neo4j.store import Neo4jStore, PushReport, open_store
from newsgraph.runs.incremental import Counts, fresh_articles

PathLike = str | os.PathLike[str]
#: one actors file or several (``--actors``; docs/dictionaries.md)
ActorFiles = PathLike | Iterable[PathLike] | None


def _actors(actors: ActorFiles) -> ActorTable | None:
    """The actors files read and checked before any extraction starts (InputError names FILE:LINE)."""
    if actors is None:
        return None
    return load_actors([actors] if isinstance(actors, (str, os.PathLike)) else list(actors))


@dataclass
class BuildReport(Counts):
    """What a build did: counts, and every input skipped with its reason.

    ``articles`` were extracted in this run; ``known`` were skipped because the graph
    already held them (or they repeated an article of this run); ``unchanged_files``
    were not even opened (see :mod:`newsgraph.runs.incremental`).

    >>> import newsgraph as ng
    >>> report = ng.BuildReport()
    >>> kg = ng.build(["examples/", "no/such/file.txt"], report=report)
    >>> report.articles >= 5, report.triples > 0, len(report.skipped)
    (True, True, 1)
    """

    articles: int = 0
    triples: int = 0
    new_evidence: int = 0
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # overrides that found nothing to do (FILE:LINE: ...)


#: articles merged between two ``on_batch`` calls (each call is one Neo4j write, in batches)
BATCH_ARTICLES = 1000


def extract_text(text: str, *, source: str = "<text>", model: str = DEFAULT_MODEL, date: str | None = None,
                 actors: ActorFiles = None) -> list[Triple]:
    """Relation mentions in ``text`` (one or many articles); ``date`` (YYYY-MM-DD) dates the articles the
    text does not; ``actors`` (a CSV/YAML file or several, docs/dictionaries.md) adds an analyst's actors.

    >>> import newsgraph as ng
    >>> [(t.subject, t.relation, t.object) for t in ng.extract_text("Russia backs Syrian President Bashar al-Assad.")]
    [('Bashar al-Assad', 'LEADS', 'Syria'), ('Russia', 'SUPPORTS', 'Bashar al-Assad')]
    """
    from newsgraph.extract.extractor import (
        extract_articles,  # lazy: spaCy loads only to extract
    )

    articles = list(with_date(split_text(text, source=source), check_date(date) if date else None))
    table = _actors(actors)
    if table is None:
        return [t for _, triples in extract_articles(articles, model=model) for t in triples]
    with actors_in_use(table):
        return [t for _, triples in extract_articles(articles, model=model) for t in filtered(triples, table)]


def extract_paths(
    paths: Iterable[PathLike],
    *,
    model: str = DEFAULT_MODEL,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    n_process: int = 1,
    date: str | None = None,
    actors: ActorFiles = None,
) -> Iterable[tuple[Article, list[Triple]]]:
    """Stream (article, triples) for files, folders, JSONL/CSV exports, HTML pages, PDFs, RSS/Atom
    feeds or "-" (stdin); ``date`` (YYYY-MM-DD) dates the articles that give no date of their own;
    ``actors`` adds an analyst's actors files (docs/dictionaries.md) while the stream is read.

    The CLI's ``newsgraph extract`` (which writes each triple as a JSON line). A bad
    input calls ``on_error(InputError)`` and is skipped, or raises
    :class:`~newsgraph.core.errors.InputError` without ``on_error``.

    >>> import newsgraph as ng
    >>> for article, triples in ng.extract_paths(["examples/red_sea_ports.txt"]):
    ...     print(article.title, ("Iran", "SUPPORTS", "Houthis") in {(t.subject, t.relation, t.object) for t in triples})
    Saudi-led coalition steps up strikes on Houthi-held Hodeidah True
    """
    from newsgraph.extract.extractor import (
        extract_articles,  # lazy: spaCy loads only to extract
    )

    default_date = check_date(date) if date else None

    def articles() -> Iterable[Article]:
        for a in with_date(read_paths([str(p) for p in paths], on_error=on_error), default_date):
            if on_article is not None:
                on_article(a)
            yield a

    table = _actors(actors)
    if table is None:
        return extract_articles(articles(), model=model, n_process=n_process)
    return _extract_with(table, lambda: extract_articles(articles(), model=model, n_process=n_process))


def _extract_with(table: ActorTable, run: Callable[[], Iterable[tuple[Article, list[Triple]]]]) -> Iterable[tuple[Article, list[Triple]]]:
    with actors_in_use(table):
        for article, triples in run():
            yield article, filtered(triples, table)


def build(
    paths: Iterable[PathLike] | PathLike,
    *,
    model: str = DEFAULT_MODEL,
    graph: KnowledgeGraph | None = None,
    min_confidence: float = 0.0,
    report: BuildReport | None = None,
    strict: bool = False,
    workers: int = 1,
    force: bool = False,
    dask: Any = None,
    partition_bytes: int | None = None,
    on_progress: Callable[[str], None] | None = None,
    on_batch: Callable[[KnowledgeGraph], None] | None = None,
    batch_articles: int = BATCH_ARTICLES,
    date: str | None = None,
    actors: ActorFiles = None,
    overrides: ActorFiles = None,
) -> KnowledgeGraph:
    """Build (or extend) a knowledge graph from news files.

    Incremental: articles the graph already holds (by content hash, ``graph.ingested``)
    are skipped, and so are files unchanged since they were read into it; ``force``
    extracts everything again. Extraction runs in ``workers`` processes, or as Dask
    tasks on the cluster whose scheduler is ``dask`` (an address or a
    ``distributed.Client``; see docs/scale.md). Every article extracted calls
    ``on_progress(title or source)``; every ``batch_articles`` articles, ``on_batch``
    gets a graph of just their findings (e.g. to write them to Neo4j).

    ``date`` (YYYY-MM-DD) dates the relation mentions of articles that give no date of their own.
    ``actors`` (CSV/YAML files) adds an analyst's actors over the built-in gazetteer; ``overrides``
    (CSV/YAML files) merges, splits and renames actors and blocks aliases, in the graph and in each
    ``on_batch`` graph (docs/dictionaries.md).

    Bad files are skipped and listed in ``report.skipped`` unless ``strict`` is true,
    in which case the first one raises :class:`~newsgraph.core.errors.InputError`.

    The CLI's ``newsgraph build PATHS -o FILE`` is ``ng.build(paths).save(FILE)``;
    ``--append`` is ``ng.build(paths, graph=ng.load(FILE)).save(FILE)``.

    >>> import newsgraph as ng
    >>> kg = ng.build(["examples/"])
    >>> {"a.name": "Iran", "b.name": "Houthis"} in kg.query("MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name, b.name")
    True
    >>> rep = ng.BuildReport(); _ = ng.build(["examples/"], graph=kg, report=rep)
    >>> rep.articles, rep.new_evidence                   # nothing new
    (0, 0)
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    default_date = check_date(date) if date else None
    table = _actors(actors)
    rules = load_overrides(_files(overrides)) if overrides is not None else None
    if table is not None and dask is not None:
        raise UsageError("--actors works with a local build (--workers), not yet with --dask")
    if rules is not None and on_batch is not None:
        on_batch = _overridden(on_batch, rules)
    report = report if report is not None else BuildReport()
    with actors_in_use(table) if table is not None else nullcontext():
        kg = _build(paths, model, graph, min_confidence, report, strict, workers, force, dask, partition_bytes,
                    on_progress, on_batch, batch_articles, default_date, table)
    if rules is not None:
        done = _apply(kg.graph, rules)
        kg.graph, report.notes = done.graph, report.notes + done.notes
    return kg


def _files(paths: ActorFiles) -> list[PathLike]:
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths or [])


def _overridden(on_batch: Callable[[KnowledgeGraph], None], rules: Overrides) -> Callable[[KnowledgeGraph], None]:
    """``on_batch`` given each batch's graph with the overrides applied (what Neo4j gets matches the file)."""
    return lambda delta: on_batch(KnowledgeGraph(_apply(delta.graph, rules).graph))


def _build(paths: list[PathLike], model: str, graph: KnowledgeGraph | None, min_confidence: float,
           report: BuildReport | None, strict: bool, workers: int, force: bool, dask: Any,
           partition_bytes: int | None, on_progress: Callable[[str], None] | None,
           on_batch: Callable[[KnowledgeGraph], None] | None, batch_articles: int, default_date: str | None,
           table: ActorTable | None) -> KnowledgeGraph:
    kg = graph if graph is not None else KnowledgeGraph()
    rep = report if report is not None else BuildReport()

    def skip(err: InputError) -> None:
        rep.skipped.append(str(err))

    on_error = None if strict else skip
    ingested = set() if force else kg.ingested
    results: Iterable[tuple[str, str, list[Triple]]]
    if dask is not None:
        from newsgraph.runs.dask import (
            extract_dask,  # lazy: an optional extra (dask.distributed)
        )

        results = extract_dask(paths, kg.graph, dask, model=model, ingested=ingested, force=force,
                               on_error=on_error, counts=rep, partition_bytes=partition_bytes)
    else:
        from newsgraph.runs.batch import (
            extract_batch,  # lazy: spaCy loads only to extract
        )

        articles = fresh_articles(paths, kg.graph, ingested=ingested, force=force, on_error=on_error, counts=rep)
        results = extract_batch(articles, model=model, n_process=workers)
    merge = _Merger(kg, rep, min_confidence, on_batch, batch_articles)
    for article_id, label, triples in results:
        if default_date:  # here, not in the reader: the same for local and Dask builds
            triples = [t if t.date else t.model_copy(update={"date": default_date}) for t in triples]
        if table is not None:
            triples = filtered(triples, table)
        if merge.add(article_id, triples) and on_progress is not None:
            on_progress(label)
    merge.flush()
    return kg


class _Merger:
    """Merges each article's findings into the graph, and batches of them for ``on_batch``."""

    def __init__(self, kg: KnowledgeGraph, rep: BuildReport, min_confidence: float,
                 on_batch: Callable[[KnowledgeGraph], None] | None, batch_articles: int) -> None:
        self.kg, self.rep, self.min_confidence = kg, rep, min_confidence
        self.on_batch, self.batch_articles = on_batch, max(1, batch_articles)
        self.done: set[str] = set()
        self.delta, self.pending = KnowledgeGraph(), 0

    def add(self, article_id: str, triples: list[Triple]) -> bool:
        if article_id in self.done:  # the same article twice in this run (Dask partitions)
            self.rep.known += 1
            return False
        self.done.add(article_id)
        kept = [t for t in triples if t.confidence >= self.min_confidence]
        self.rep.articles += 1
        self.rep.triples += len(kept)
        self.rep.new_evidence += self.kg.add_triples(kept)
        self.kg.mark_ingested([article_id])
        if self.on_batch is not None:
            self.delta.add_triples(kept)
            self.pending += 1
            if self.pending >= self.batch_articles:
                self.flush()
        return True

    def flush(self) -> None:
        if self.on_batch is not None and self.pending:
            self.on_batch(self.delta)
            self.delta, self.pending = KnowledgeGraph(), 0


def apply_overrides(kg: KnowledgeGraph, overrides: ActorFiles, *, notes: list[str] | None = None) -> KnowledgeGraph:
    """A copy of ``kg`` with an analyst's overrides files applied: merge, rename and split actors,
    block aliases (docs/dictionaries.md). ``kg`` is left as it was; each operation that found
    nothing to do is appended to ``notes``. Raises :class:`~newsgraph.core.errors.InputError`
    naming ``FILE:LINE`` for a bad file.

    The CLI's ``newsgraph overrides apply G.json FILE`` is
    ``ng.apply_overrides(ng.load("G.json"), FILE).save("G.json")``.

    >>> import pathlib
    >>> import newsgraph as ng
    >>> rules = pathlib.Path("out/overrides.csv"); rules.parent.mkdir(exist_ok=True)
    >>> _ = rules.write_text("action,actor,to\\nrename,Houthis,Ansar Allah\\n")
    >>> kg = ng.apply_overrides(ng.build("examples/red_sea_ports.txt"), rules)
    >>> kg.actor("Houthis").name                           # the old name is kept as an alias
    'Ansar Allah'
    """
    done = _apply(kg.graph, load_overrides(_files(overrides)))
    if notes is not None:
        notes += done.notes
    return KnowledgeGraph(done.graph)


def load(path: PathLike, *, progress: Callable[[int, int], None] | None = None) -> KnowledgeGraph:
    """Load a graph file written by ``kg.save(path)`` or ``newsgraph build -o``.

    ``progress(bytes read, size)`` is called while it loads. Raises
    :class:`~newsgraph.core.errors.GraphFormatError` for a missing file or one not in
    the format (docs/graph-format.md).

    >>> import newsgraph as ng
    >>> kg = ng.build("examples/")
    >>> ng.load(kg.save("out/examples.graph.json")) == kg
    True
    """
    return KnowledgeGraph.load(Path(path), progress=progress)


def open_neo4j(
    uri: str | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Neo4jStore:
    """A connected Neo4j store: ``.query(cypher)``, ``.push_graph``, ``.counts()``, ``.read_graph()``.

    The arguments, else ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``,
    ``NEO4J_DATABASE``, else the local development server (``scripts/neo4j start``).
    Use it as a context manager to close the connection. The CLI's ``newsgraph query
    --neo4j URI CYPHER`` is ``ng.open_neo4j(URI).query(CYPHER)`` (read-only unless
    ``write=True``). Raises :class:`~newsgraph.core.errors.StoreConnectionError` when
    the server, the login or the database does not answer.

    >>> import newsgraph as ng
    >>> with ng.open_neo4j("bolt://127.0.0.1:7687") as store:  # doctest: +SKIP
    ...     ng.build("examples/").push(store)
    ...     rows = store.query("MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) RETURN a.name, b.name").records()
    """
    return open_store(uri, user, password, database, batch_size=batch_size)


def push(
    kg: KnowledgeGraph,
    uri: str | Neo4jStore | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int | None = None,
    evidence: str = "full",
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Write ``kg`` into Neo4j (merge); the same as ``kg.push(uri, ...)``, see :meth:`KnowledgeGraph.push`.

    The CLI's ``newsgraph push GRAPHFILE --neo4j URI`` is ``ng.push(ng.load(GRAPHFILE), URI)``.

    >>> import newsgraph as ng
    >>> report = ng.push(ng.build("examples/"), "bolt://127.0.0.1:7687")  # doctest: +SKIP
    >>> report.batches >= 1  # doctest: +SKIP
    True
    """
    return kg.push(uri, user=user, password=password, database=database, batch_size=batch_size,
                   evidence=evidence, replace=replace, progress=progress)


def evaluate(
    gold: PathLike,
    aliases: PathLike | Mapping[str, list[str]],
    paths: Iterable[PathLike],
    *,
    model: str = DEFAULT_MODEL,
) -> EvaluationReport:
    """Score extraction on ``paths`` against hand-annotated gold relations (docs/evaluation.md).

    ``gold`` is a JSON Lines file of gold relations; ``aliases`` a JSON file (or a dict)
    mapping canonical names to surface forms. Returns precision, recall and F1 at
    mention and graph level, strict and lenient, with the misses and false positives.
    The CLI's ``newsgraph eval --gold GOLD --aliases ALIASES PATHS``. Raises
    :class:`~newsgraph.core.errors.InputError` for an unreadable gold or aliases file.

    >>> import json, pathlib
    >>> import newsgraph as ng
    >>> gold = pathlib.Path("out/gold.jsonl"); gold.parent.mkdir(exist_ok=True)
    >>> _ = gold.write_text(json.dumps({"file": "red_sea_ports.txt", "quote": "Iran supports the Houthis",
    ...     "subject": ["Iran"], "relation": "SUPPORTS", "object": ["Houthis"]}) + "\\n")
    >>> report = ng.evaluate(gold, {"Iran": ["Tehran"]}, ["examples/red_sea_ports.txt"])
    >>> report.results["mention/strict"]["recall"]
    1.0
    """
    al = Aliases(dict(aliases)) if isinstance(aliases, Mapping) else Aliases.load(Path(aliases))
    gl = load_gold(Path(gold), al)
    paths = [str(p) for p in paths]
    triples: list[Triple] = []
    texts: dict[str, str] = {}
    for p in paths:
        if Path(p).is_file():
            texts[Path(p).name] = Path(p).read_text(encoding="utf-8")
    for _, ts in extract_paths(paths, model=model):
        triples += ts
    return _score(triples, gl, al, texts)
