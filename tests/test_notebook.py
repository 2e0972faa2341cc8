"""notebooks/tutorial.ipynb runs top to bottom on the example articles (nbclient, a real kernel)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "tutorial.ipynb"


def _need(module: str):
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {module} (pip install -e '.[test]')")
        pytest.skip(f"{module} not installed")


def test_notebook_runs_top_to_bottom():
    nbformat = _need("nbformat")
    nbclient = _need("nbclient")
    _need("ipykernel")
    _need("matplotlib")
    out = NOTEBOOK.parent / "out"  # the notebook writes here; ignored by git
    for name in ("actors.gexf", "actors.png", "graph.html"):
        (out / name).unlink(missing_ok=True)

    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:  # run from a clean slate, not on committed outputs
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "KnowledgeGraph(actors=" in text and "communities, modularity" in text
    assert "betweenness" in text and "direct partners" in text and "balance" in text
    assert any("image/png" in o.get("data", {}) for o in outputs), "the matplotlib figure is missing"
    gexf = (out / "actors.gexf").read_bytes()
    assert gexf.startswith(b"<?xml") and b'version="1.3"' in gexf
    assert (out / "actors.png").stat().st_size > 10_000
    assert b"cytoscape" in (out / "graph.html").read_bytes()[:2_000_000]
