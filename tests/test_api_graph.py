"""The KnowledgeGraph's verbs beyond build/query: filter, edges, evidence, export, view, the
DataFrames, push / open_neo4j, and the errors they raise (the documented classes, never an exit
or a printed message). On the hand-made sample graph of the export tests, whose every edge is known."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from export_sample import sample_graph
from test_neo4j_support import PASSWORD, URI, store  # noqa: F401 - the fixture: a wiped test database

import newsgraph as ng

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


@pytest.fixture
def kg() -> ng.KnowledgeGraph:
    return ng.KnowledgeGraph(sample_graph())


def test_api_filter_returns_a_new_graph_and_leaves_the_original(kg):
    before = kg.stats()
    conflict = kg.filter(classes="conflictual", since="2016", until="2016")
    assert isinstance(conflict, ng.KnowledgeGraph) and conflict is not kg
    assert sorted(e.type for e in conflict.edges()) == ["ATTACKS", "CRITICIZES"]
    assert all(e.weight == 1 for e in conflict.edges())  # mentions in 2016 only
    assert kg.stats() == before


def test_api_edges_are_tuples_with_their_data(kg):
    edges = kg.edges()
    assert ("Chile", "SUPPORTS", "Andean Rebels") in edges
    assert edges == sorted(edges)
    e = next(e for e in edges if e == ("Chile", "SUPPORTS", "Andean Rebels"))
    assert (e.subject, e.type, e.object) == tuple(e)
    assert e.subject_id == "country:chile" and e.weight == 2 and e.relation_class == "cooperative"
    assert (e.first_seen, e.last_seen) == ("2016-02-10", "2016-05-03")
    assert [ev.date for ev in e.evidence] == ["2016-02-10", "2016-05-03"]
    assert all(isinstance(ev, ng.Evidence) for ev in e.evidence)


def test_api_edges_filters(kg):
    assert not any(e.negated for e in kg.edges())
    negated = [e for e in kg.edges(include_negated=True) if e.negated]
    assert negated == [("Peru", "SUPPORTS", "Chile")]
    attacks = kg.edges(type="ATTACKS")
    assert [tuple(e) for e in attacks] == [("Peru", "ATTACKS", "Andean Rebels")] and attacks[0].weight == 2
    in_2017 = kg.edges(type="attacks", since="2017")
    assert in_2017[0].weight == 1 and in_2017[0].first_seen == "2017-01-15"
    assert kg.edges(since="2016-01", until="2016-01") == []
    assert {e.type for e in kg.edges(type=["MEETS", "LEADS"])} <= {"MEETS", "LEADS"}
    with pytest.raises(ng.FilterError, match="unknown relation type"):
        kg.edges(type="HUGS")


def test_api_evidence_between_two_actors(kg):
    why = kg.evidence("santiago", "Andean Rebels")  # an alias, any case
    assert [(e.type, ev.sentence[:20]) for e, ev in why] == [
        ("SUPPORTS", "Chile has quietly ba"), ("SUPPORTS", "Santiago remains the")]
    denied = kg.evidence("Peru", "Chile")
    assert ("SUPPORTS", True) in {(e.type, e.negated) for e, _ in denied}
    assert all(not e.negated for e, _ in kg.evidence("Peru", "Chile", include_negated=False))
    assert {e.type for e, _ in kg.evidence("Peru", "Chile", type="CRITICIZES")} == {"CRITICIZES"}
    assert kg.evidence("Andean Rebels", "Chile") == []  # directed: a -> b
    with pytest.raises(ng.ActorNotFoundError, match="Atlantis"):
        kg.evidence("Atlantis", "Chile")
    with pytest.raises(LookupError):
        kg.evidence("Chile", "Atlantis")


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda kg, d: kg.export(d / "graph.dot"), ng.UsageError, "cannot tell the export format from 'graph.dot'"),
        (lambda kg, d: kg.export(d / "graph.gexf", "pdf"), ng.UsageError, "unknown export format 'pdf'"),
        (lambda kg, d: kg.export(d / "graph.gexf", classes="friendly"), ng.FilterError, "unknown relation class"),
        (lambda kg, d: kg.view(d / "g.html", since="spring"), ng.FilterError, "not a date"),
        (lambda kg, d: kg.filter(since="2017", until="2016"), ng.FilterError, "is after"),
        (lambda kg, d: kg.query("MATCH (a RETURN a"), ng.QueryError, None),
        (lambda kg, d: ng.load(d / "missing.graph.json"), ng.GraphFormatError, "no such graph file"),
        (lambda kg, d: ng.open_neo4j("http://127.0.0.1:1"), ng.StoreConnectionError, "not a Neo4j Bolt URI"),
        (lambda kg, d: kg.push("http://127.0.0.1:1"), ng.StoreConnectionError, "not a Neo4j Bolt URI"),
    ],
)
def test_api_errors_are_documented_classes_and_print_nothing(kg, tmp_path, capsys, call, error, message):
    with pytest.raises(error, match=message) as info:
        call(kg, tmp_path)
    assert isinstance(info.value, ng.NewsgraphError)
    assert capsys.readouterr() == ("", "")
    assert not list(tmp_path.iterdir())  # nothing written


def test_api_usage_errors_are_value_errors(kg, tmp_path):
    with pytest.raises(ValueError):
        kg.export(tmp_path / "x.dot")
    with pytest.raises(ValueError):
        kg.filter(types="HUGS")


def test_api_export_and_view_write_quietly_and_return_the_graph_written(kg, tmp_path, capsys):
    written = kg.export(tmp_path / "out" / "g.JSON", classes="cooperative")  # suffix case does not matter
    data = json.loads((tmp_path / "out" / "g.JSON").read_text(encoding="utf-8"))
    assert len(data["links"]) == written.graph.number_of_edges() == len(kg.filter(classes="cooperative").edges())
    shown = kg.view(tmp_path / "g.html", titles=lambda g: {"a" * 16: "A title"}, title="My <page>")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "My &lt;page&gt;" in page and "A title" in page and shown == kg.filter()
    assert capsys.readouterr() == ("", "")


def test_api_frames_are_typed(kg):
    pytest.importorskip("pandas")
    actors = kg.actors_frame()
    assert list(actors.columns) == ["id", "name", "type", "country", "aliases", "mentions", "articles", "first_seen", "last_seen"]
    assert {c: str(t) for c, t in actors.dtypes.items()} == {
        "id": "string", "name": "string", "type": "category", "country": "string", "aliases": "object",
        "mentions": "int64", "articles": "int64", "first_seen": "datetime64[ns]", "last_seen": "datetime64[ns]"}
    assert list(actors["type"].cat.categories) == [t.value for t in ng.ActorType]
    assert len(actors) == kg.graph.number_of_nodes()

    edges = kg.edges_frame()
    assert str(edges.dtypes["negated"]) == "bool" and str(edges.dtypes["confidence"]) == "float64"
    assert str(edges.dtypes["first_seen"]) == "datetime64[ns]" and str(edges.dtypes["type"]) == "category"
    assert len(edges) == len(kg.edges()) and not edges["negated"].any()
    assert len(kg.edges_frame(include_negated=True)) == len(kg.edges(include_negated=True))
    leads = edges[edges["type"] == "LEADS"].iloc[0]
    assert leads["first_seen"] is not None and str(leads["first_seen"]) == "NaT"  # an undated edge

    mentions = kg.mentions_frame(include_negated=True)
    assert len(mentions) == sum(d["weight"] for _, _, d in kg.graph.edges(data=True))
    assert str(mentions.dtypes["date"]) == "datetime64[ns]" and str(mentions.dtypes["char_start"]) == "int64"
    assert mentions["date"].min().year == 2015
    assert set(mentions.loc[mentions["negated"], "type"]) == {"SUPPORTS"}


def test_api_frames_of_an_empty_graph_keep_their_columns():
    pytest.importorskip("pandas")
    empty = ng.KnowledgeGraph()
    assert len(empty.actors_frame()) == 0 and str(empty.edges_frame().dtypes["weight"]) == "int64"
    assert list(empty.mentions_frame().columns)[:3] == ["subject", "type", "object"]


def test_api_frames_without_pandas_say_how_to_install_it(kg, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    for frame in (kg.actors_frame, kg.edges_frame, kg.mentions_frame):
        with pytest.raises(ng.MissingDependencyError, match=r"pip install 'newsgraph\[pandas\]'") as info:
            frame()
        assert isinstance(info.value, ImportError) and info.value.extra == "pandas"


def test_api_pandas_is_an_optional_extra():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "\npandas = [" in text  # pip install 'newsgraph[pandas]'
    deps = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "pandas" not in deps


def test_api_import_does_not_load_pandas_or_the_neo4j_driver():
    import subprocess

    code = "import sys, newsgraph; print(sorted(m for m in ('pandas', 'neo4j', 'spacy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- Neo4j (the real server of scripts/neo4j; skipped without one unless NEWSGRAPH_REQUIRE_NEO4J) --

@pytest.mark.neo4j
def test_api_push_and_open_neo4j(kg, store):  # noqa: F811 - the fixture of test_neo4j_support
    report = kg.push(store)  # an open store is left open
    assert report.relationships == kg.graph.number_of_edges() and isinstance(report, ng.PushReport)
    again = ng.push(kg, URI, password=PASSWORD)  # a URI: connected, pushed, closed
    assert again.relationships == report.relationships
    with ng.open_neo4j(URI, password=PASSWORD) as db:
        assert isinstance(db, ng.Neo4jStore)
        rows = db.query("MATCH (a:Actor)-[r:SUPPORTS]->(b:Actor) WHERE NOT r.negated RETURN a.name, b.name").records()
        assert {"a.name": "Chile", "b.name": "Andean Rebels"} in rows
        assert db.counts()["relationships"] == kg.graph.number_of_edges()
    small = kg.filter(types="MEETS")
    ng.push(small, URI, password=PASSWORD, replace=True, evidence="keys")
    with ng.open_neo4j(URI, password=PASSWORD) as db:
        assert db.counts()["relationships"] == small.graph.number_of_edges()
