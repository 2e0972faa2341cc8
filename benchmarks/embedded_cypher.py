#!/usr/bin/env python
"""Time the shipped queries, the docs examples and the analyst queries on the embedded engine, on a graph of >= 10,000 articles.

The graph is synthetic, to save an hour of parsing: the real extraction output of the seed
corpus (../shared/corpus/dev/*.txt when present, and examples/) is repeated with distinct
article ids and dates (spread evenly over 2015-2019) until it holds ``--articles`` articles. So
that the graph grows like a real one instead of piling evidence onto the same few edges,
actors other than countries get one of ``--variants`` name variants per copy ("Houthis",
"Houthis 2", ...; variant 0 keeps the real name, so the queries' example parameters still
find their actor). Each copy is merged like an article of a build (one merge per article).

Prints the graph's size, how long building, saving and loading it took, and for every shipped
query, every Cypher example of docs/cypher.md and the 45 analyst queries of the parity tests
the best of ``--repeat`` runs on the embedded engine (parameters substituted, every row
materialised) against the 0.5 s target; then runs the Cartesian product
``MATCH (a) MATCH (b) RETURN a.name, b.name`` under the default limits and prints how long it
ran before it was stopped, its peak memory, the warning and the one-line error.

    .venv/bin/python benchmarks/embedded_cypher.py                  # 10,000 articles
    .venv/bin/python benchmarks/embedded_cypher.py --articles 2000 --variants 50
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import sources  # noqa: E402


def seed_extraction() -> list[tuple[str, list]]:
    """(article id, triples) of the seed corpus: the real extractor's output."""
    from newsgraph.api import extract_paths

    return [(a.id, ts) for a, ts in extract_paths(sources())]


def synthetic_graph(seed: list[tuple[str, list]], articles: int, variants: int):
    from newsgraph.graph.kg import KnowledgeGraph

    kg = KnowledgeGraph()
    start, span = dt.date(2015, 1, 1), (dt.date(2019, 12, 31) - dt.date(2015, 1, 1)).days
    copies = -(-articles // len(seed))
    n = 0
    for k in range(copies):
        v = k % variants
        day = (start + dt.timedelta(days=k * span // max(1, copies - 1))).isoformat()

        def name(actor: str, kind: str) -> str:
            return actor if v == 0 or kind == "COUNTRY" else f"{actor} {v}"

        for art_id, triples in seed:
            if n >= articles:
                break
            aid = hashlib.sha256(f"{k}:{art_id}".encode()).hexdigest()[:16]
            kg.add_triples([
                t.model_copy(update={
                    "article_id": aid, "date": day,
                    "subject": name(t.subject, t.subject_type), "object": name(t.object, t.object_type),
                    "subject_mention": name(t.subject_mention, t.subject_type),
                    "object_mention": name(t.object_mention, t.object_type),
                })
                for t in triples
            ])
            kg.mark_ingested([aid])
            n += 1
    return kg


def _examples() -> list[tuple[str, str, dict]]:
    """(name, query, params): the shipped suite, the Cypher examples of docs/cypher.md and the
    45 analyst queries of tests/test_neo4j_parity_analyst.py."""
    import re

    from newsgraph.cypher.suite import analyst_queries

    out = [(q.name, q.cypher, q.params) for q in analyst_queries()]
    text = (HERE.parent / "docs" / "cypher.md").read_text(encoding="utf-8")
    for i, block in enumerate(re.findall(r"```cypher\n(.*?)```", text, re.DOTALL), 1):
        out.append((f"docs example {i}", block.strip(), {}))
    sys.path.insert(0, str(HERE.parent / "tests"))
    try:
        from test_neo4j_parity_analyst import ANALYST
    except ImportError:  # the tests are not shipped with an installed package
        ANALYST = []
    for i, q in enumerate(ANALYST, 1):
        out.append((f"analyst {i}", q, {}))
    return out


def main(argv: list[str] | None = None) -> None:
    import threading
    import warnings

    from newsgraph.core.errors import QueryError
    from newsgraph.cypher.embedded import run_query
    from newsgraph.graph.kg import KnowledgeGraph

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--variants", type=int, default=100, help="name variants per non-country actor")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    import psutil

    seed = seed_extraction()  # the model is loaded before, so the memory growth below is the graph's
    rss0 = psutil.Process().memory_info().rss
    t0 = time.perf_counter()
    kg = synthetic_graph(seed, args.articles, args.variants)
    t1 = time.perf_counter()
    rss1 = psutil.Process().memory_info().rss
    st = kg.stats()
    print(f"graph: {len(kg.ingested):,} articles (synthetic: {len(seed)} real seed articles' findings repeated), "
          f"{st['actors']:,} actors, {st['edges']:,} edges, {st['mentions']:,} evidence items; built in {t1 - t0:.1f} s "
          f"({st['mentions'] / (t1 - t0):,.0f} mentions merged/s, one merge per article); "
          f"graph in memory ~{(rss1 - rss0) / 2**20:.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.json"
        t = time.perf_counter()
        kg.save(path)
        t2 = time.perf_counter()
        KnowledgeGraph.load(path)
        t3 = time.perf_counter()
        print(f"graph file {path.stat().st_size / 2**20:.0f} MB: save {t2 - t:.1f} s, load {t3 - t2:.1f} s "
              f"(what `newsgraph query FILE` pays before the query)")

    print()
    print(f"{'query':36} {'best s':>8} {'rows':>7}  < 0.5 s")
    slow = refused = 0
    examples = _examples()
    for name, cypher, params in examples:
        times = []
        try:
            for _ in range(args.repeat):
                t = time.perf_counter()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    res = run_query(kg.graph, cypher, params)
                times.append(time.perf_counter() - t)
                if times[-1] > 5:
                    break
        except QueryError as exc:
            refused += 1
            print(f"{name:36} refused: {exc}")
            continue
        best = min(times)
        slow += best >= 0.5
        print(f"{name:36} {best:8.3f} {len(res.rows):7d}  {'yes' if best < 0.5 else 'NO'}")
    print()
    print(f"{slow} of {len(examples)} queries at or over 0.5 s ({refused} refused)")

    # the Cartesian product of the issue, under the default limits, with peak memory sampled
    proc = psutil.Process()
    peak = [proc.memory_info().rss]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], proc.memory_info().rss)

    threading.Thread(target=sample, daemon=True).start()
    before = proc.memory_info().rss
    q = "MATCH (a) MATCH (b) RETURN a.name, b.name"
    t = time.perf_counter()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            run_query(kg.graph, q)
        outcome = "finished (no limit reached)"
    except QueryError as exc:
        outcome = str(exc)
    elapsed = time.perf_counter() - t
    done.set()
    print()
    print(f"{q!r} on {kg.graph.number_of_nodes():,} actors: stopped after {elapsed:.1f} s, "
          f"peak RSS {peak[0] / 2**20:.0f} MB (+{(peak[0] - before) / 2**20:.0f} MB during the query)")
    print(f"  warning: {caught[0].message if caught else '(none)'}")
    print(f"  error:   {outcome}")


if __name__ == "__main__":
    main()
