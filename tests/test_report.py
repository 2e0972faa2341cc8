"""``newsgraph report``: the figure and tables, as HTML (rendered in headless Chromium) and PNG."""
from __future__ import annotations

import sys

import pytest
from export_sample import sample_graph
from test_view import browser  # noqa: F401  (the headless Chromium fixture)
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.core.errors import MissingDependencyError, UsageError
from newsgraph.graph.filters import filter_graph
from newsgraph.graph.io import save_graph
from newsgraph.graph.report import report_data, write_report

pytest.importorskip("matplotlib")
runner = CliRunner()


@pytest.fixture
def graphfile(tmp_path):
    path = tmp_path / "sample.graph.json"
    save_graph(sample_graph(), path)
    return path


def test_report_numbers():
    data = report_data(filter_graph(sample_graph()))
    assert (data["actors"], data["edges"], data["mentions"], data["articles"]) == (6, 7, 9, 5)
    assert data["top_actors"][0]["name"] == "Peru" and data["top_actors"][0]["conflictual"] == 3
    mix = {r["type"]: (r["class"], r["mentions"]) for r in data["relations"]}
    assert mix["ATTACKS"] == ("conflictual", 2) and mix["SUPPORTS"] == ("cooperative", 2)
    assert data["timeline"]["unit"] == "week" and data["timeline"]["undated"] == 1


def test_report_cli_png(graphfile, tmp_path):
    out = tmp_path / "report.png"
    res = runner.invoke(app, ["report", str(graphfile), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "wrote a report of 6 actors, 7 relations, 9 mentions" in res.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_report_cli_matching_nothing_exits_3(graphfile, tmp_path):
    res = runner.invoke(app, ["report", str(graphfile), "-o", str(tmp_path / "r.html"), "--type", "SANCTIONS"])
    assert res.exit_code == 3 and "no relation matches the filters" in res.output


def test_report_errors(tmp_path, monkeypatch):
    with pytest.raises(UsageError):
        write_report(sample_graph(), tmp_path / "r.pdf")
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the extra were not installed
    with pytest.raises(MissingDependencyError, match=r"newsgraph\[report\]"):
        write_report(sample_graph(), tmp_path / "r.png")


@pytest.mark.e2e
def test_report_html_renders_in_chromium(browser, graphfile, tmp_path):  # noqa: F811
    out = tmp_path / "report.html"
    res = runner.invoke(app, ["report", str(graphfile), "-o", str(out), "--title", "Sample report"])
    assert res.exit_code == 0, res.output
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    assert page.title() == "Sample report"
    box = page.locator("#figure svg").bounding_box()
    assert box and box["width"] > 600 and box["height"] > 400
    text = page.inner_text("body")
    assert "6 actors, 7 relations, 9 mentions in 5 articles" in text
    assert "Top actors" in text and "Mentions per week" in text and "Relation mix" in text
    assert page.locator("#top-actors tr").count() == 7  # header + 6 actors
    shot = page.screenshot(full_page=True)
    assert len(shot) > 50_000
    assert errors == [] and all(u.startswith(("file:", "data:")) for u in requests)
    page.close()
