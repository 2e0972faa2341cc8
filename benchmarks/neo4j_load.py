"""Load rate of the Neo4j writer on a real server, side by side in one run.

    scripts/neo4j start
    .venv/bin/python benchmarks/neo4j_load.py --wipe                 # 100,000 relationships
    .venv/bin/python benchmarks/neo4j_load.py --wipe --edges 20000 --batch-size 1000

Generates a synthetic graph (hand-made triples through the same merge as the
extractor's output; one evidence item per edge, ten edges per article), then measures
on the server at ``--uri`` (default $NEO4J_URI or the local one):

* ``server ceiling``: one bare ``UNWIND ... MERGE (a)-[:T]->(b)`` per 10,000 rows, no
  properties and no evidence — what this server merges at best, for scale;
* ``full``: :meth:`Neo4jStore.push_graph` into an empty database (actors, articles,
  sentences, mentions and relationships, ``--batch-size`` relationships per transaction);
* ``repeat``: the same push again (everything there: MERGE finds it, nothing changes);
* ``keys``: ``push --evidence keys`` into an empty database (the actor layer only), then
  ``fill``: a full push on top of it (adds the provenance, changes no relationship);
* ``per-row``: one relationship per transaction (the same statements, ``--row-sample``
  edges of another graph: slow, the rate is what counts), and the ratio against ``full``;
* ``neo4j-admin import``: the CSV export (``newsgraph export -f csv``) through Neo4j's
  offline bulk importer into a fresh store — an initial load, not a merge.

It WIPES the database (``--wipe`` required). Not a test: it prints figures.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from newsgraph.core.models import Triple
from newsgraph.core.ontology import ActorType, RelationType
from newsgraph.graph.neo4j.store import Neo4jStore, open_store
from newsgraph.graph.store import merge_triples

TARGET = 20_000  # relationships/s (issue 6)


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


def server_ceiling(store: Neo4jStore, g: nx.MultiDiGraph, rows_per_tx: int = 10_000) -> float:
    """Relationships/s of a bare UNWIND MERGE between the graph's actor pairs (the caller wipes them)."""
    pairs = [{"s": u, "o": v} for u, v, _ in g.edges(keys=True)]
    stmt = "UNWIND $rows AS row MATCH (a:Actor {id: row.s}), (b:Actor {id: row.o}) MERGE (a)-[:BENCH_BARE]->(b)"
    start = time.perf_counter()
    with store._session() as s:
        for i in range(0, len(pairs), rows_per_tx):
            s.execute_write(lambda tx, rows=pairs[i : i + rows_per_tx]: tx.run(stmt, rows=rows).consume())
    return len(pairs) / (time.perf_counter() - start)


def admin_import_rate(g: nx.MultiDiGraph) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import neo4j_local as srv  # tools/neo4j_local.py, the local server launcher

    from newsgraph.graph.export import write_csv

    if not srv.is_installed(srv.ServerSettings()):
        return "skipped (no local Neo4j install: scripts/neo4j install)"
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        nodes, edges = write_csv(g, Path(tmp) / "csv")
        written = time.perf_counter() - t
        t = time.perf_counter()
        proc = srv.admin_import(nodes, edges, Path(tmp) / "home", heap="1g")
        took = time.perf_counter() - t
    out = proc.stdout + proc.stderr
    if proc.returncode != 0 or "IMPORT DONE" not in out:
        return f"failed (exit {proc.returncode}): {out.strip().splitlines()[-1] if out.strip() else ''}"
    m = re.search(r"(\d+) relationships", out.split("IMPORT DONE")[1])
    n = int(m.group(1)) if m else g.number_of_edges()
    return (f"{n:,} relationships in {took:.1f}s = {n / took:,.0f}/s (JVM start included; "
            f"CSV written in {written:.1f}s; a fresh store, not a merge)")


def line(label: str, rep, note: str = "") -> None:
    mark = "meets" if rep.rate >= TARGET else "below"
    print(f"{label:28} {rep.relationships:>8,} rel {rep.mentions:>8,} mentions {rep.batches:>4} tx "
          f"{rep.seconds:7.1f}s {rep.rate:>9,.0f} rel/s  ({mark} {TARGET:,}/s){note}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uri", default=None, help="default $NEO4J_URI or bolt://127.0.0.1:7687")
    ap.add_argument("--edges", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=5000, help="relationships per transaction")
    ap.add_argument("--row-sample", type=int, default=500, help="edges pushed one per transaction")
    ap.add_argument("--no-admin-import", action="store_true", help="skip the neo4j-admin import figure")
    ap.add_argument("--wipe", action="store_true", help="required: the benchmark deletes everything in the database")
    args = ap.parse_args(argv)
    if not args.wipe:
        print("refusing to run without --wipe (it deletes everything in the database)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    g = synthetic_graph(args.edges)
    print(f"graph: {g.number_of_nodes():,} actors, {g.number_of_edges():,} relationships, one evidence item each "
          f"(generated in {time.perf_counter() - t0:.1f}s); {args.batch_size:,} relationships per transaction")
    with open_store(args.uri) as store:
        store.clear()
        store.ensure_schema()
        store.push_graph(g, evidence="keys")  # actors exist for the ceiling run; wiped below
        ceiling = server_ceiling(store, g)
        print(f"{'server ceiling (bare MERGE)':28} {g.number_of_edges():>8,} rel {'':>17} {'':>9} {'':>8} {ceiling:>9,.0f} rel/s  "
              "(no properties, no evidence: this server's best case)", flush=True)
        store.clear()
        full = store.push_graph(g, batch_size=args.batch_size)
        line("full (empty database)", full)
        line("repeat full (no change)", store.push_graph(g, batch_size=args.batch_size))
        counts = store.counts()
        store.clear()
        line("keys (empty database)", store.push_graph(g, batch_size=args.batch_size, evidence="keys"))
        line("fill: full on top of keys", store.push_graph(g, batch_size=args.batch_size))
        assert store.counts() == counts, (store.counts(), counts)  # the same database either way
        sample = synthetic_graph(args.row_sample, seed=11, prefix="row ")
        row = store.push_graph(sample, batch_size=1)
        line("per-row (1 per tx)", row, f"; full batched is x{full.rate / row.rate if row.rate else float('nan'):.0f} faster")
        print(f"database after the runs: {store.counts()}")
    if not args.no_admin_import:
        print(f"{'neo4j-admin import (CSV)':28} {admin_import_rate(g)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
