#!/usr/bin/env python
"""Time each analyst parity query (cypher/queries/*.cypher) on the embedded backend, on a graph of >= 10,000 articles.

The graph is synthetic, to save an hour of parsing: the real extraction output of the seed
corpus (../shared/corpus/dev/*.txt when present, and examples/) is repeated with distinct
article ids and dates (spread evenly over 2015-2019) until it holds ``--articles`` articles. So
that the graph grows like a real one instead of piling evidence onto the same few edges,
actors other than countries get one of ``--variants`` name variants per copy ("Houthis",
"Houthis 2", ...; variant 0 keeps the real name, so the queries' example parameters still
find their actor). Each copy is merged like an article of a build (one merge per article).

Prints the graph's size, how long building, saving and loading it took, and per query
which engine ``run_query`` chose (``direct``: cypher/direct.py; ``grand-cypher``: the graph
pruned to the edges the query can bind, cypher/pruning.py, then a fresh grand-cypher engine),
the best of ``--repeat`` runs (parameters substituted, every row materialised), one run of the
same query forced through grand-cypher (``direct=False``) for comparison, the row count and
the number of edges grand-cypher is given, against the 1 s target.

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


def main(argv: list[str] | None = None) -> None:
    from newsgraph.cypher.direct import parse
    from newsgraph.cypher.embedded import prepare, run_query
    from newsgraph.cypher.pruning import pruned_graph
    from newsgraph.cypher.query_shape import Unsupported
    from newsgraph.cypher.suite import analyst_queries
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
    print(f"{'query':36} {'engine':>12} {'best s':>8} {'grand s':>8} {'rows':>7} {'edges seen':>10}  < 1 s")
    slow = 0
    for q in analyst_queries():
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            res = run_query(kg.graph, q.cypher, q.params)
            times.append(time.perf_counter() - t)
            if times[-1] > 5:
                break
        best = min(times)
        slow += best >= 1.0
        prepared = prepare(q.cypher, q.params)
        try:
            parse(prepared)
            engine = "direct"
        except Unsupported:
            engine = "grand-cypher"
        # grand-cypher on the same query, for comparison (one run: it is the slow side)
        t = time.perf_counter()
        run_query(kg.graph, q.cypher, q.params, direct=False)
        grand = time.perf_counter() - t
        host = pruned_graph(kg.graph, prepared)  # what grand-cypher was given
        seen = (host if host is not None else kg.graph).number_of_edges()
        print(f"{q.name:36} {engine:>12} {best:8.3f} {grand:8.3f} {len(res.rows):7d} {seen:10,d}  "
              f"{'yes' if best < 1.0 else 'NO'}")
    print()
    print(f"{slow} of {len(analyst_queries())} queries at or over 1 s")


if __name__ == "__main__":
    main()
