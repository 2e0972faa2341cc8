"""Each CLI command and its one-call API equivalent (the table in ``newsgraph``'s docstring) give the
same result: the same graph file bytes for build, the same bytes for every export and the view, the
same stats and evaluation report. The CLI calls the same functions; these tests keep it so."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_sample import TITLES, sample_graph
from typer.testing import CliRunner

import newsgraph as ng
from newsgraph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def _cli(*args: str) -> str:
    res = runner.invoke(app, [str(a) for a in args])
    assert res.exit_code == 0, res.output
    return res.stdout


@pytest.fixture(scope="module")
def graphfile(tmp_path_factory) -> Path:
    """The example articles' graph, built by the CLI."""
    path = tmp_path_factory.mktemp("parity") / "examples.graph.json"
    _cli("build", EXAMPLES, "-o", path)
    return path


def test_api_cli_build_gives_the_same_graph_file_bytes(graphfile, tmp_path):
    api = ng.build([str(EXAMPLES)]).save(tmp_path / "api.graph.json")
    assert api.read_bytes() == graphfile.read_bytes()


def test_api_cli_build_append_gives_the_same_graph_file_bytes(tmp_path):
    cli, api = tmp_path / "cli.graph.json", tmp_path / "api.graph.json"
    _cli("build", EXAMPLES / "red_sea_ports.txt", "-o", cli)
    _cli("build", EXAMPLES, "-o", cli, "--append")
    ng.build([str(EXAMPLES / "red_sea_ports.txt")]).save(api)
    ng.build([str(EXAMPLES)], graph=ng.load(api)).save(api)
    assert api.read_bytes() == cli.read_bytes()


@pytest.mark.parametrize(
    "name, fmt, options, kwargs",
    [
        ("actors.gexf", None, [], {}),
        ("actors.graphml", None, [], {}),
        ("actors.json", None, [], {}),
        ("actors.cypher", None, [], {}),
        ("conflict.gexf", None, ["--class", "conflictual", "--since", "2016", "--min-weight", "1"],
         {"classes": "conflictual", "since": "2016", "min_weight": 1}),
        ("typed.json", "json", ["--type", "ATTACKS", "--type", "SUPPORTS", "--actor-type", "country,group", "--include-negated"],
         {"types": ["ATTACKS", "SUPPORTS"], "actor_types": "country,group", "include_negated": True}),
        ("sure.graphml", "graphml", ["--min-confidence", "0.8", "--until", "2021-12"],
         {"min_confidence": 0.8, "until": "2021-12"}),
    ],
)
def test_api_cli_export_gives_the_same_bytes(graphfile, tmp_path, name, fmt, options, kwargs):
    cli, api = tmp_path / "cli" / name, tmp_path / "api" / name
    _cli("export", graphfile, "-o", cli, *(["--format", fmt] if fmt else []), *options)
    written = ng.load(graphfile).export(api, fmt, **kwargs)
    assert api.read_bytes() == cli.read_bytes()
    assert written.graph.number_of_edges() > 0


def test_api_cli_export_csv_gives_the_same_files(graphfile, tmp_path):
    _cli("export", graphfile, "--format", "csv", "-o", tmp_path / "cli")
    ng.load(graphfile).export(tmp_path / "api", "csv")
    for name in ("nodes.csv", "edges.csv"):
        assert (tmp_path / "api" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()


def test_api_cli_export_of_the_sample_graph_with_filters(tmp_path):
    """The hand-made graph of the export tests: dated, undated, negated and attributed edges."""
    graphfile = ng.KnowledgeGraph(sample_graph()).save(tmp_path / "sample.graph.json")
    _cli("export", graphfile, "-o", tmp_path / "cli.gexf", "--since", "2016", "--until", "2016", "--include-negated")
    ng.load(graphfile).export(tmp_path / "api.gexf", since="2016", until="2016", include_negated=True)
    assert (tmp_path / "api.gexf").read_bytes() == (tmp_path / "cli.gexf").read_bytes()


def test_api_cli_view_gives_the_same_page(graphfile, tmp_path, monkeypatch):
    monkeypatch.chdir(EXAMPLES.parent)  # where the sources' paths lead, so both read the titles back
    _cli("view", graphfile, "-o", tmp_path / "cli.html", "--type", "ATTACKS", "--type", "SUPPORTS")
    shown = ng.load(graphfile).view(tmp_path / "api.html", titles=ng.titles_from_sources, title=f"newsgraph: {graphfile.name}",
                                    types=["ATTACKS", "SUPPORTS"])
    assert (tmp_path / "api.html").read_bytes() == (tmp_path / "cli.html").read_bytes()
    assert {e.type for e in shown.edges()} == {"ATTACKS", "SUPPORTS"}


def test_api_cli_view_titles_from_a_mapping_or_none(tmp_path):
    graphfile = ng.KnowledgeGraph(sample_graph()).save(tmp_path / "sample.graph.json")
    _cli("view", graphfile, "-o", tmp_path / "cli.html", "--no-titles", "--title", "t")
    ng.load(graphfile).view(tmp_path / "api.html", title="t")
    assert (tmp_path / "api.html").read_bytes() == (tmp_path / "cli.html").read_bytes()
    ng.load(graphfile).view(tmp_path / "titled.html", titles=TITLES)
    assert TITLES[next(iter(TITLES))] in (tmp_path / "titled.html").read_text(encoding="utf-8")


def test_api_cli_stats_are_the_same(graphfile):
    assert json.loads(_cli("stats", graphfile, "--json")) == ng.load(graphfile).stats()


def test_api_cli_query_gives_the_same_rows(graphfile):
    cypher = "MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name AS a, b.name AS b ORDER BY a, b"
    assert json.loads(_cli("query", graphfile, cypher, "--format", "json")) == ng.load(graphfile).query(cypher)


def test_api_cli_eval_gives_the_same_report(tmp_path):
    gold, aliases = tmp_path / "gold.jsonl", tmp_path / "aliases.json"
    records = [
        {"file": "red_sea_ports.txt", "quote": "Iran supports the Houthis", "subject": ["Iran"], "relation": "SUPPORTS",
         "object": ["Houthis"], "core": True},
        {"file": "red_sea_ports.txt", "quote": "The Houthis control the capital Sanaa", "subject": ["Houthis"],
         "relation": "CONTROLS", "object": ["Sanaa"]},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    aliases.write_text(json.dumps({"Iran": ["Tehran"], "Houthis": ["Houthi"]}), encoding="utf-8")
    path = str(EXAMPLES / "red_sea_ports.txt")
    cli = json.loads(_cli("eval", "--gold", gold, "--aliases", aliases, path, "--json"))
    api = ng.evaluate(gold, aliases, [path])
    assert cli == json.loads(json.dumps(api.__dict__))
    assert api.results["graph/strict/core"]["recall"] == 1.0
    assert ng.evaluate(gold, {"Iran": ["Tehran"], "Houthis": ["Houthi"]}, [path]).__dict__ == api.__dict__


def test_api_cli_extract_gives_the_same_triples(tmp_path):
    path = str(EXAMPLES / "levant_digest.txt")
    out = tmp_path / "t.jsonl"
    _cli("extract", path, "-o", out)
    api = [t.model_dump_json() for _, ts in ng.extract_paths([path]) for t in ts]
    assert out.read_text(encoding="utf-8").splitlines() == api
