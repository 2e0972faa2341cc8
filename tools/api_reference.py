"""Build the API reference: pdoc over the ``newsgraph`` package's public names (``newsgraph.__all__``).

Run by ``scripts/docs [FOLDER]`` (default docs/api/, ignored by git) and by the test suite
(tests/test_api_reference.py). The docstrings are reStructuredText-flavoured Markdown, so
pdoc reads them with ``docformat="restructuredtext"``. Any warning pdoc gives (a name in
``__all__`` that does not resolve, a module that cannot be imported, an annotation or a
docstring it cannot process) fails the build: it exits 1 after naming each.

    python tools/api_reference.py docs/api
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

DOCFORMAT = "restructuredtext"
MODULE = "newsgraph"


def build(out: Path) -> list[str]:
    """Write the reference into ``out`` (``index.html``, ``newsgraph.html``); returns pdoc's warnings."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat=DOCFORMAT, footer_text="newsgraph API reference", search=True)
    out.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(MODULE, output_directory=out)
    # pdoc reports every problem as a UserWarning (libraries' deprecation notices are not problems of ours)
    return [f"{w.category.__name__}: {w.message}" for w in caught if issubclass(w.category, UserWarning)]


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/api")
    problems = build(out)
    for p in problems:
        print(f"api reference: {p}", file=sys.stderr)
    if problems:
        print(f"api reference: {len(problems)} problem(s); fix the docstrings or __all__", file=sys.stderr)
        return 1
    print(f"api reference: {out / (MODULE + '.html')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
