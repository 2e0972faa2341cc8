"""A large benchmark corpus made by repeating the dev corpus and examples/ (generated, never committed).

Each copy of a file gets a different marker, ``(ref N)``, at the end of every article's
last content line, so every copied article has its own content hash (article ids are
content-derived, and a build skips articles it has already seen).

    .venv/bin/python benchmarks/corpus.py /tmp/ng-corpus --articles 2000
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"


def sources() -> list[Path]:
    """The seed files: ../shared/corpus/dev/*.txt when present, and examples/*."""
    seeds = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    return seeds + sorted(p for p in (REPO / "examples").iterdir() if p.suffix in (".txt", ".jsonl"))


def _vary_text(text: str, tag: str) -> str:
    """Append ``tag`` to the last content line of every article in ``text``."""
    from newsgraph.extract.reader import split_text

    cuts = []
    for a in split_text(text, source="x"):
        cuts.append(a.start + len(a.body.rstrip()))
    for pos in sorted(cuts, reverse=True):
        text = text[:pos] + tag + text[pos:]
    return text


def _vary(path: Path, copy: int) -> str:
    tag = f" (ref {copy})"
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        lines = []
        for line in text.splitlines():
            if line.strip():
                rec = json.loads(line)
                rec["text"] = _vary_text(rec["text"], tag)
                line = json.dumps(rec, ensure_ascii=False)
            lines.append(line)
        return "\n".join(lines) + "\n"
    return _vary_text(text, tag)


def make_corpus(dest: Path, articles: int = 2000) -> tuple[int, int]:
    """Write copies of the seed files under ``dest`` until it holds ``articles`` articles.

    Returns (files, articles). Streams: one file in memory at a time.
    """
    from newsgraph.extract.reader import read_paths

    seeds = sources()
    per_copy = sum(1 for _ in read_paths(seeds))
    copies = -(-articles // per_copy)
    dest.mkdir(parents=True, exist_ok=True)
    files = 0
    for k in range(copies):
        folder = dest / f"copy{k:05d}"
        folder.mkdir(exist_ok=True)
        for p in seeds:
            (folder / p.name).write_text(_vary(p, k), encoding="utf-8")
            files += 1
    return files, copies * per_copy


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args(argv)
    files, n = make_corpus(args.dest, args.articles)
    print(f"{files} files, {n} articles in {args.dest}", file=sys.stderr)


if __name__ == "__main__":
    main()
