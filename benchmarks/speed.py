#!/usr/bin/env python
"""Build speed against the spaCy limit, side by side, on a generated corpus of >= 2,000 articles.

The corpus is made by repeating ../shared/corpus/dev/*.txt (when present) and examples/
into a temporary folder, each copy varied so every article has its own content hash
(benchmarks/corpus.py). Then, each in a fresh process, end to end (interpreter start,
spaCy import, model load included):

* ``bare``     — ``spacy.load(model)`` and ``nlp.pipe`` over the same article texts (read
                 beforehand from a JSON Lines file), in batches of 16 articles like the
                 build: the limit (``bare-default``: the model's own batch size, 256 for
                 en_core_web_sm, which measured slower here and uses ~1.8 GB);
* ``build``    — ``newsgraph build CORPUS -o G`` (reading, extraction, merging, saving);
* ``build -w2``— ``newsgraph build CORPUS -o G --workers 2``;
* ``append``   — ``newsgraph build CORPUS -o G --append`` again: the incremental no-op;
* ``onto``     — (with ``--onto FILE``) ``newsgraph build CORPUS -o COPY --append --workers 2``
                 onto a copy of an existing graph file: a daily run onto a large graph (make
                 one with benchmarks/graph_file.py's graph, e.g. 100,000 articles), whose
                 memory is the loaded graph's plus the build's;
* ``dask``     — (optional) ``newsgraph build CORPUS -o G --dask ADDRESS`` on a LocalCluster
                 of 2 worker processes started by this script (their memory is not in
                 the build's process tree);
* ``neo4j``    — (optional, with ``--neo4j URI``) ``newsgraph build CORPUS -o G --neo4j URI``:
                 the cost of writing the findings to Neo4j in batches (empty the database first).

Prints articles/s, words/s (whitespace words of the article bodies), the ratios against
the targets (build >= 0.95 x bare; 2 workers >= 1.6 x 1 worker; peak RSS <= 2 GB) and
the peak memory: of the largest process and of the whole process tree (sampled every
0.1 s with psutil), and the exact peak of the largest process (``getrusage``).
Figures, not a test: the numbers depend on the machine and on what else runs on it.

    .venv/bin/python benchmarks/speed.py                   # 2,000+ articles
    .venv/bin/python benchmarks/speed.py --articles 400 --runs bare,build
    .venv/bin/python benchmarks/speed.py --articles 800 --runs bare,build --repeat 3   # median of 3 alternate pairs
    .venv/bin/python benchmarks/speed.py --runs build,workers,dask --partition-kb 64,256,1024
    .venv/bin/python benchmarks/speed.py --runs build,neo4j --neo4j bolt://127.0.0.1:7687
    .venv/bin/python benchmarks/speed.py --articles 500 --runs onto --onto big.graph.json
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import make_corpus  # noqa: E402

BARE = r"""
import json, sys, time
import spacy
t0 = time.perf_counter()
nlp = spacy.load(sys.argv[1])
t1 = time.perf_counter()
n = 0
batch = int(sys.argv[3]) or nlp.batch_size
with open(sys.argv[2], encoding="utf-8") as fh:
    for doc in nlp.pipe((json.loads(line) for line in fh), batch_size=batch):
        n += 1
t2 = time.perf_counter()
print(json.dumps({"docs": n, "load": t1 - t0, "pipe": t2 - t1, "pipes": nlp.pipe_names, "batch": batch}))
"""


def run(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float | str]:
    """Run ``cmd``; wall time, peak RSS of its largest process and of its whole process tree (MB)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    root = psutil.Process(proc.pid)
    tree_peak = largest = 0
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in (root, *root.children(recursive=True))]
            tree_peak, largest = max(tree_peak, sum(rss)), max(largest, *rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"wall": wall, "largest_mb": largest / 2**20, "tree_mb": tree_peak / 2**20, "stdout": out, "stderr": err}


def compare(a: Path, b: Path) -> str:
    """'identical', or which top-level parts of two graph files differ."""
    if a.read_bytes() == b.read_bytes():
        return "identical"
    da, db = json.loads(a.read_text()), json.loads(b.read_text())
    return "differ in " + ", ".join(k for k in sorted(set(da) | set(db)) if da.get(k) != db.get(k))


def main(argv: list[str] | None = None) -> None:
    from newsgraph.extract import DEFAULT_MODEL
    from newsgraph.extract.extractor import BATCH_SIZE
    from newsgraph.extract.reader import read_paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--runs", default="bare,build,workers,append")
    ap.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
    ap.add_argument("--partition-kb", default="256", help="Dask partition sizes to try, comma-separated (KiB)")
    ap.add_argument("--neo4j", help="Neo4j URI for the neo4j run (NEO4J_PASSWORD from the environment)")
    ap.add_argument("--onto", type=Path, help="graph file for the onto run (copied; the file itself is not changed)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run bare and build this many times, alternately, and report the median of the pairs' ratios")
    args = ap.parse_args(argv)
    runs = args.runs.split(",")

    tmp = tempfile.TemporaryDirectory(prefix="ng-speed-")
    work = Path(tmp.name)
    corpus = args.keep or work / "corpus"
    files, _ = make_corpus(corpus, args.articles)
    texts = work / "texts.jsonl"
    n = words = 0
    with open(texts, "w", encoding="utf-8") as fh:  # the same article texts, for the bare pipeline
        for a in read_paths([corpus]):
            fh.write(json.dumps(a.body) + "\n")
            n += 1
            words += len(a.body.split())
    print(f"corpus: {files} files, {n} articles, {words:,} words; model {args.model}; {os.cpu_count()} CPUs")

    exe = [sys.executable, "-m", "newsgraph", "build", str(corpus), "--model", args.model]
    res: dict[str, dict[str, float | str]] = {}
    for name, batch in (("bare", BATCH_SIZE), ("bare-default", 0)):
        if name in runs:
            key = "bare nlp.pipe" + ("" if batch else " (batch 256)")
            res[key] = run([sys.executable, "-c", BARE, args.model, str(texts), str(batch)])
            info = json.loads(str(res[key]["stdout"]))
            print(f"{name}: pipes {info['pipes']}, batch {info['batch']}; model load {info['load']:.1f} s, "
                  f"nlp.pipe alone {n / info['pipe']:.1f} articles/s, {words / info['pipe']:,.0f} words/s")
    if "build" in runs:
        res["build"] = run([*exe, "-o", str(work / "g1.json")])
    pairs: list[float] = []
    if args.repeat > 1 and "bare" in runs and "build" in runs:  # side by side again: the machine's drift hits both
        pairs.append(float(res["bare nlp.pipe"]["wall"]) / float(res["build"]["wall"]))
        for _ in range(args.repeat - 1):
            bare_again = run([sys.executable, "-c", BARE, args.model, str(texts), str(BATCH_SIZE)])
            build_again = run([*exe, "-o", str(work / "g1.json")])
            pairs.append(float(bare_again["wall"]) / float(build_again["wall"]))
    if "workers" in runs:
        res["build --workers 2"] = run([*exe, "-o", str(work / "g2.json"), "--workers", "2"])
        if "build" in res:
            print(f"--workers 2 graph file vs 1 process: {compare(work / 'g1.json', work / 'g2.json')}")
    if "dask" in runs:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40) as cluster:
            for kb in args.partition_kb.split(","):
                env = {**os.environ, "NEWSGRAPH_DASK_PARTITION_BYTES": str(int(kb) * 1024)}
                res[f"build --dask (2 workers, {kb} KiB)"] = run(
                    [*exe, "-o", str(work / f"gd{kb}.json"), "--dask", cluster.scheduler_address], env=env)
                if "build" in res:
                    print(f"--dask ({kb} KiB partitions) graph file vs 1 process: {compare(work / 'g1.json', work / f'gd{kb}.json')}")
    if "neo4j" in runs and args.neo4j:
        res["build --neo4j"] = run([*exe, "-o", str(work / "gn.json"), "--neo4j", args.neo4j])
    if "onto" in runs and args.onto:
        import shutil

        shutil.copyfile(args.onto, work / "onto.json")
        key = f"--append -w2 onto {args.onto.name} ({args.onto.stat().st_size / 2**20:,.0f} MB)"
        res[key] = run([*exe, "-o", str(work / "onto.json"), "--append", "--workers", "2"])
        print(f"onto {args.onto}: {str(res[key]['stderr']).strip().splitlines()[-1]}")
    if "append" in runs and "build" in res:
        before = (work / "g1.json").read_bytes()
        res["build --append (again)"] = run([*exe, "-o", str(work / "g1.json"), "--append"])
        print(f"--append again: {str(res['build --append (again)']['stderr']).strip().splitlines()[-1]}; "
              f"graph file unchanged: {before == (work / 'g1.json').read_bytes()}")

    print()
    print(f"{'run':36} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'largest MB':>11} {'tree MB':>8}")
    for name, r in res.items():
        w = float(r["wall"])
        print(f"{name:36} {w:8.1f} {n / w:11.1f} {words / w:9,.0f} {float(r['largest_mb']):11.0f} {float(r['tree_mb']):8.0f}")
    print()
    bare, one, two = (res.get(k) for k in ("bare nlp.pipe", "build", "build --workers 2"))
    if bare and one:
        r = float(bare["wall"]) / float(one["wall"])
        if pairs:
            r = sorted(pairs)[len(pairs) // 2]
            print(f"build / bare nlp.pipe, each alternate pair: {', '.join(f'{p:.3f}' for p in pairs)}")
        label = "build / bare nlp.pipe" + (f" (median of {len(pairs)})" if pairs else "")
        print(f"{label:28} = {r:.2f}  (target >= 0.95: {'met' if r >= 0.95 else 'NOT met'})")
    if one and two:
        r = float(one["wall"]) / float(two["wall"])
        print(f"--workers 2 / 1 process      = {r:.2f}  (target >= 1.6: {'met' if r >= 1.6 else 'NOT met'})")
    peak = max((float(r["tree_mb"]) for r in res.values()), default=0.0)
    print(f"peak RSS (whole tree)        = {peak:.0f} MB  (target <= 2048 MB: {'met' if peak <= 2048 else 'NOT met'})")
    exact = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KB on Linux
    print(f"largest single process, exact (getrusage, all runs) = {exact:.0f} MB")
    tmp.cleanup()


if __name__ == "__main__":
    main()
