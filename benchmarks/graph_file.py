#!/usr/bin/env python
"""Graph file at scale: save, then load in a fresh process — streamed against parsed whole, side by side.

An incremental run (``newsgraph build … --append``) and every ``newsgraph query FILE`` start by
loading the graph file, so its peak memory is part of the build's memory bound. This builds the
synthetic graph of benchmarks/embedded_cypher.py (the seed corpus's real extraction repeated
with new article ids, ``--articles`` of them), saves it, and loads it three ways, each in a
fresh Python process so that each peak is its own:

* ``streamed``: ``load_graph`` on the file ``save_graph`` writes (edges last: the edges are
  parsed one at a time, strings shared);
* ``old layout``: ``load_graph`` on the same graph written the way files were before edges came
  last (keys sorted, edges second): parsed whole, then built, strings shared;
* ``json.load``: the loader before streaming (``json.load`` of the whole text, then
  ``from_dict``), on the old-layout file.

Prints the graph's size, resident memory after building it, the save time and file sizes, and
per load the seconds, the peak resident memory and the memory the loaded graph keeps.

    .venv/bin/python benchmarks/graph_file.py                    # 100,000 articles (~3 min)
    .venv/bin/python benchmarks/graph_file.py --articles 20000
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from embedded_cypher import seed_extraction, synthetic_graph  # noqa: E402

CHILD = """
import json, sys, time
import psutil
how, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if how == "json.load":
    from newsgraph.graph.io import from_dict
    with open(path, encoding="utf-8") as fh:
        g = from_dict(json.load(fh), where=path)
else:
    from newsgraph.graph.io import load_graph
    g = load_graph(path)
seconds = time.perf_counter() - t
# VmHWM, not getrusage's ru_maxrss: that one keeps the peak of the parent's image forked before exec
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "edges": g.number_of_edges(), "peak": hwm / 1024,
                  "after": psutil.Process().memory_info().rss / 2**20}))
"""


def _old_layout(g, path: Path) -> None:
    """The graph as files were written before edges came last: one sorted, indented document."""
    from newsgraph.graph.io import ingested_articles, to_dict

    doc = to_dict(g)
    doc["articles"] = sorted(ingested_articles(g))
    if g.graph.get("files"):
        doc["files"] = g.graph["files"]
    with path.open("w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def main(argv: list[str] | None = None) -> None:
    from newsgraph.graph.io import save_graph

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--variants", type=int, default=100, help="name variants per non-country actor")
    args = ap.parse_args(argv)

    seed = seed_extraction()
    base = _rss_mb()
    t = time.perf_counter()
    kg = synthetic_graph(seed, args.articles, args.variants)
    built = time.perf_counter() - t
    g = kg.graph
    evidence = sum(len(d["evidence"]) for _, _, d in g.edges(data=True))
    print(f"graph: {args.articles:,} articles (synthetic), {g.number_of_nodes():,} actors, {g.number_of_edges():,} edges, "
          f"{evidence:,} evidence items; built in {built:.1f} s; resident memory {_rss_mb():,.0f} MB "
          f"(model and seed {base:,.0f} MB)")
    with tempfile.TemporaryDirectory(prefix="newsgraph-file-") as tmp:
        new, old = Path(tmp) / "streamed.json", Path(tmp) / "old.json"
        t = time.perf_counter()
        save_graph(g, new)
        saved = time.perf_counter() - t
        _old_layout(g, old)
        del kg, g
        print(f"save_graph {saved:.1f} s; file {new.stat().st_size / 2**20:,.0f} MB "
              f"(old layout, indented: {old.stat().st_size / 2**20:,.0f} MB)\n")
        print(f"{'load':<12} {'file':<10} {'seconds':>8} {'peak MB':>9} {'kept MB':>9}")
        for how, path in (("streamed", new), ("old layout", old), ("json.load", old)):
            out = subprocess.run([sys.executable, "-c", CHILD, how, str(path)], capture_output=True, text=True)
            if out.returncode:
                print(f"{how:<12} failed: {out.stderr.strip().splitlines()[-1]}")
                continue
            r = json.loads(out.stdout)
            print(f"{how:<12} {path.name:<10} {r['seconds']:>8.1f} {r['peak']:>9,.0f} {r['after']:>9,.0f}")


if __name__ == "__main__":
    main()
