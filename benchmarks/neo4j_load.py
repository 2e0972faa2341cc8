"""Load rate of the Neo4j writer on a real server: batched UNWIND vs one row per transaction.

    scripts/neo4j start
    .venv/bin/python benchmarks/neo4j_load.py --edges 20000 --wipe

Generates a synthetic graph (hand-made triples through the same merge as the
extractor's output; one evidence item per edge), then measures:

* ``batched``: :meth:`Neo4jStore.push_graph` with ``--batch-size`` (default 1000)
  relationships per transaction;
* ``repeat``: the same push again (everything already there: MERGE finds it);
* ``per-row``: the same statements with one relationship per transaction, on the
  first ``--row-sample`` edges of another graph (it is slow; the rate is what counts).

It WIPES the database (``--wipe`` required). Not a test: it prints figures.
"""
from __future__ import annotations

import argparse
import random
import sys
import time

import networkx as nx

from newsgraph.graph.neo4j_store import open_store
from newsgraph.graph.store import merge_triples
from newsgraph.models import Triple
from newsgraph.ontology import ActorType, RelationType


def synthetic_graph(n_edges: int, seed: int = 7, prefix: str = "") -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    types = list(ActorType)
    rels = list(RelationType)
    n_actors = max(50, n_edges // 10)
    actors = [(f"{prefix}Actor {i}", types[i % len(types)].value) for i in range(n_actors)]
    seen: set[tuple[int, int, str]] = set()
    triples = []
    while len(triples) < n_edges:
        s, o = rnd.randrange(n_actors), rnd.randrange(n_actors)
        rel = rnd.choice(rels).value
        if s == o or (s, o, rel) in seen:
            continue
        seen.add((s, o, rel))
        art = f"{prefix}art{len(triples) // 10:06d}"
        start = (len(triples) % 10) * 200
        sentence = f"{actors[s][0]} and {actors[o][0]}: a sentence about {rel.lower()} number {len(triples)}."
        triples.append(Triple(
            subject=actors[s][0], subject_type=actors[s][1], relation=rel, object=actors[o][0], object_type=actors[o][1],
            negated=rnd.random() < 0.05, attributed_to=None, confidence=round(rnd.uniform(0.5, 1.0), 2),
            article_id=art, sentence=sentence, char_start=start, char_end=start + len(sentence), source=f"{art}.txt",
            date=f"2017-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", subject_mention=actors[s][0], object_mention=actors[o][0],
        ))
    g = nx.MultiDiGraph()
    merge_triples(g, triples)
    return g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uri", default=None, help="default $NEO4J_URI or bolt://127.0.0.1:7687")
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--row-sample", type=int, default=500, help="edges pushed one per transaction")
    ap.add_argument("--wipe", action="store_true", help="required: the benchmark deletes everything in the database")
    args = ap.parse_args(argv)
    if not args.wipe:
        print("refusing to run without --wipe (it deletes everything in the database)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    g = synthetic_graph(args.edges)
    print(f"graph: {g.number_of_nodes()} actors, {g.number_of_edges()} relationships (generated in {time.perf_counter() - t0:.1f}s)")
    with open_store(args.uri) as store:
        store.clear()
        store.ensure_schema()
        rep = store.push_graph(g, batch_size=args.batch_size)
        print(f"batched ({args.batch_size}/tx): {rep.relationships} relationships, {rep.mentions} mentions, "
              f"{rep.batches} transactions in {rep.seconds:.1f}s = {rep.rate:,.0f} relationships/s")
        rep2 = store.push_graph(g, batch_size=args.batch_size)
        print(f"repeat push (no change): {rep2.seconds:.1f}s = {rep2.rate:,.0f} relationships/s; counts {store.counts()}")
        sample = synthetic_graph(args.row_sample, seed=11, prefix="row ")
        rep3 = store.push_graph(sample, batch_size=1)
        print(f"per-row (1/tx): {rep3.relationships} relationships in {rep3.seconds:.1f}s = {rep3.rate:,.0f} relationships/s "
              f"(x{rep.rate / rep3.rate if rep3.rate else float('nan'):.0f} slower than batched)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
