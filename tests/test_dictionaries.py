"""Issue 15: an analyst's actors file (``--actors``), overrides (``--overrides``, ``overrides apply``)
and pronouns never stored as aliases. The beat example is docs/examples/beat/ (invented articles)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from test_neo4j_support import (
    T,
    store,  # noqa: F401
)
from typer.testing import CliRunner

import newsgraph as ng
from newsgraph.cli import app
from newsgraph.core.errors import InputError
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.user_actors import load_actors
from newsgraph.graph.overrides import apply_overrides, load_overrides
from newsgraph.graph.store import merge_triples

REPO = Path(__file__).resolve().parents[1]
BEAT = REPO / "docs" / "examples" / "beat"
ARTICLE, ACTORS, OVERRIDES = BEAT / "gao_convoy.txt", BEAT / "actors.csv", BEAT / "overrides.csv"
runner = CliRunner()


def _edges(kg: ng.KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(e.subject, e.type, e.object) for e in kg.edges(include_negated=True)}


@pytest.fixture(scope="module")
def beat_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("beat") / "beat.graph.json"
    res = runner.invoke(app, ["build", str(ARTICLE), "--actors", str(ACTORS), "--overrides", str(OVERRIDES), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


# --- the actors file ------------------------------------------------------------------------

def test_actors_file_adds_an_actor_the_gazetteer_lacks() -> None:
    assert Gazetteer.default().lookup("TDF") is None
    plain = ng.extract_text(ARTICLE.read_text("utf-8"))
    assert not any("Tessalit Defence Front" in (t.subject, t.object) for t in plain)
    mine = ng.extract_text(ARTICLE.read_text("utf-8"), actors=ACTORS)
    assert ("Mali", "CRITICIZES", "Tessalit Defence Front") in {(t.subject, t.relation, t.object) for t in mine}
    assert Gazetteer.default().lookup("TDF") is None  # the overlay is gone after the call


def test_actors_file_gives_type_and_country(beat_graph: Path) -> None:
    kg = ng.load(beat_graph)
    tdf = kg.actor("TDF")
    assert tdf is not None and (tdf.name, tdf.type, tdf.country) == ("Tessalit Defence Front", "GROUP", "MLI")


def test_actors_yaml_equals_csv(tmp_path: Path) -> None:
    yaml_file = tmp_path / "actors.yaml"
    yaml_file.write_text("actors:\n  - name: Tessalit Defence Front\n    type: group\n    aliases: [TDF]\n    country: ML\n"
                         "  - name: Oumar Sangare\n    type: PERSON\n    aliases: [Sangare, Defence Minister Oumar Sangare, "
                         "the defence minister]\n    country: Mali\n    start: 2024-05-01\n", encoding="utf-8")
    assert [(r.name, r.type, r.aliases, r.country, r.start, r.end) for r in load_actors(yaml_file).rows] == [
        (r.name, r.type, r.aliases, r.country, r.start, r.end) for r in load_actors(ACTORS).rows]


@pytest.mark.parametrize(("content", "message"), [
    ("name,type\nTDF,MILITIA\n", r"a\.csv:2: 'type' 'MILITIA' is not an actor type \(one of: PERSON"),
    ("name,type\n,GROUP\n", r"a\.csv:2: missing 'name'"),
    ("name,type,aliases\nX Front,GROUP,XF\nX Front,GROUP,\n", r"a\.csv:3: 'X Front' is already listed at .*a\.csv:2"),
    ("name,type,aliases\nX Front,GROUP,XF\nY Front,GROUP,XF\n", r"a\.csv:3: the name 'XF' is also given to 'X Front' at"),
    ("name,type,aliases\nX Front,GROUP,they\n", r"a\.csv:2: alias 'they' is a pronoun or determiner"),
    ("name,type,country\nX Front,GROUP,Narnia\n", r"a\.csv:2: 'country' 'Narnia' is not an ISO 3166-1 code"),
    ("name,type,start\nX Front,GROUP,June 2024\n", r"a\.csv:2: 'start' is not a date written YYYY-MM-DD"),
    ("name,type,start,end\nX Front,GROUP,2024-05-01,2024-01-01\n", r"a\.csv:2: 'end' 2024-01-01 is before 'start'"),
    ("name,type,rank\nX Front,GROUP,3\n", r"a\.csv:2: unknown field 'rank'"),
    ("name,type\n", r"a\.csv: no actors in the file"),
])
def test_actors_file_errors_name_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "a.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_actors(path)


def test_actors_yaml_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("- name: X Front\n  type: GROUP\n- name: Y\n  type: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.yaml:\d+: not valid YAML"):
        load_actors(path)
    path.write_text("- name: X Front\n  type: GROUP\n- name: Y Front\n  type: BAND\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.yaml:3: 'type' 'BAND' is not an actor type"):
        load_actors(path)


def test_cli_bad_actors_file_fails_before_writing(tmp_path: Path) -> None:
    bad = tmp_path / "a.csv"
    bad.write_text("name,type\nX Front,MILITIA\n", encoding="utf-8")
    out = tmp_path / "g.json"
    res = runner.invoke(app, ["build", str(ARTICLE), "--actors", str(bad), "-o", str(out)])
    assert res.exit_code == 2 and f"{bad}:2: 'type' 'MILITIA'" in res.output and not out.exists()
    res = runner.invoke(app, ["extract", str(ARTICLE), "--actors", str(tmp_path / "missing.csv")])
    assert res.exit_code == 2 and "missing.csv: no such file" in res.output


def test_actor_dates_leave_out_alias_mentions_outside_them() -> None:
    table = load_actors(ACTORS)  # Oumar Sangare from 2024-05-01
    by_alias = T("Oumar Sangare", "PERSON", "CRITICIZES", "Mali", "COUNTRY", sm="the defence minister", date="2023-01-10")
    by_name = T("Oumar Sangare", "PERSON", "CRITICIZES", "Mali", "COUNTRY", sm="Oumar Sangare", date="2023-01-10")
    inside = T("Oumar Sangare", "PERSON", "CRITICIZES", "Mali", "COUNTRY", sm="the defence minister", date="2024-06-04")
    undated = T("Oumar Sangare", "PERSON", "CRITICIZES", "Mali", "COUNTRY", sm="the defence minister", date=None)
    assert [table.keeps(t) for t in (by_alias, by_name, inside, undated)] == [False, True, True, True]


# --- overrides ------------------------------------------------------------------------------

def test_override_merges_two_nodes_in_the_graph_file(beat_graph: Path) -> None:
    kg = ng.load(beat_graph)
    names = {a.name for a in kg.actors()}
    assert "Tessalit Defence Movement" not in names
    assert ("Algeria", "CRITICIZES", "Tessalit Defence Front") in _edges(kg)  # the merged node's relation
    assert "Tessalit Defence Movement" in kg.actor("Tessalit Defence Front").aliases
    assert "Oumar Sangaré" in names and "Oumar Sangare" not in names  # renamed


def test_override_visible_in_the_export(beat_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "beat.json"
    res = runner.invoke(app, ["export", str(beat_graph), "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text("utf-8")
    assert "Tessalit Defence Front" in text and '"Tessalit Defence Movement"' in text  # as an alias
    data = json.loads(text)
    nodes = data.get("nodes") or data.get("actors") or []
    assert not any(n.get("name") == "Tessalit Defence Movement" for n in nodes)


@pytest.mark.neo4j
def test_actors_and_override_visible_in_neo4j(beat_graph: Path, store) -> None:  # noqa: F811
    ng.load(beat_graph).push(store)
    rows = store.query("MATCH (a:Actor)-[r:CRITICIZES]->(b:Actor {name: 'Tessalit Defence Front'}) "
                       "RETURN a.name AS a, b.country AS country, b.aliases AS aliases ORDER BY a").records()
    assert {r["a"] for r in rows} >= {"Algeria", "Mali"}
    assert rows[0]["country"] == "MLI" and "Tessalit Defence Movement" in rows[0]["aliases"]
    gone = store.query("MATCH (a:Actor {name: 'Tessalit Defence Movement'}) RETURN count(a) AS n").records()
    assert gone == [{"n": 0}]


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    merge_triples(g, [
        T("Diallo", "PERSON", "MEETS", "Mali", "COUNTRY", art="a1", sm="Amadou Diallo"),
        T("Diallo", "PERSON", "CRITICIZES", "Mali", "COUNTRY", art="a2", sm="Fatoumata Diallo"),
        T("Iran", "COUNTRY", "SUPPORTS", "Houthis", "GROUP", art="a3", sm="We"),
        T("Iran", "COUNTRY", "SUPPORTS", "Houthis", "GROUP", art="a4", sm="Tehran", om="the militia"),
        T("Bamako government", "COUNTRY", "CRITICIZES", "Houthis", "GROUP", art="a5"),
    ])
    return g


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_pronouns_are_never_stored_as_aliases() -> None:
    g = _graph()
    assert g.nodes["country:iran"]["aliases"] == ["Tehran"]  # not "We"


def test_override_split_rename_block(tmp_path: Path) -> None:
    rules = load_overrides(_write(tmp_path, "o.yaml", """
- {action: split, actor: Diallo, to: Fatoumata Diallo, aliases: [Fatoumata Diallo]}
- {action: rename, actor: Diallo, to: Amadou Diallo}
- {action: merge, actor: Bamako government, to: Mali}
- {action: block, actor: Houthis, aliases: [the militia]}
"""))
    done = apply_overrides(_graph(), rules)
    kg = ng.KnowledgeGraph(done.graph)
    assert ("Amadou Diallo", "MEETS", "Mali") in _edges(kg)
    assert ("Fatoumata Diallo", "CRITICIZES", "Mali") in _edges(kg)
    assert ("Mali", "CRITICIZES", "Houthis") in _edges(kg)
    assert "Diallo" not in {a.name for a in kg.actors()} and "Bamako government" not in {a.name for a in kg.actors()}
    assert "Bamako government" in kg.actor("Mali").aliases
    assert "the militia" not in kg.actor("Houthis").aliases
    assert kg.graph.nodes["country:mali"]["mentions"] == 3
    again = apply_overrides(done.graph, rules)  # the same file twice: the same graph
    assert ng.KnowledgeGraph(again.graph) == kg and again.notes


@pytest.mark.parametrize(("content", "message"), [
    ("action,actor,to\nfuse,A,B\n", r"o\.csv:2: 'action' 'fuse' is not one of: merge, rename, split, block"),
    ("action,actor,to\nmerge,A,\n", r"o\.csv:2: merge needs 'to'"),
    ("action,actor,to\nsplit,A,B\n", r"o\.csv:2: split needs 'aliases'"),
    ("action,actor,to,type\nrename,A,B,TRIBE\n", r"o\.csv:2: 'type' 'TRIBE' is not an actor type"),
])
def test_overrides_file_errors_name_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_overrides(_write(tmp_path, "o.csv", content))


def test_cli_overrides_apply_rewrites_the_graph_file(tmp_path: Path) -> None:
    graph = ng.KnowledgeGraph(_graph()).save(tmp_path / "g.graph.json")
    rules = _write(tmp_path, "o.csv", "action,actor,to\nmerge,Bamako government,Mali\nmerge,Atlantis,Mali\n")
    res = runner.invoke(app, ["overrides", "apply", str(graph), str(rules)])
    assert res.exit_code == 0, res.output
    assert f"{rules}:3: no actor named 'Atlantis' in the graph" in res.output
    assert ng.load(graph).actor("Bamako government").name == "Mali"


def test_cli_overrides_apply_bad_file_leaves_the_graph(tmp_path: Path) -> None:
    graph = ng.KnowledgeGraph(_graph()).save(tmp_path / "g.graph.json")
    before = graph.read_bytes()
    rules = _write(tmp_path, "o.csv", "action,actor,to\nmerge,Bamako government,Mali\nmerge,A,\n")
    res = runner.invoke(app, ["overrides", "apply", str(graph), str(rules)])
    assert res.exit_code == 2 and f"{rules}:3: merge needs 'to'" in res.output
    assert graph.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [] or all(
        p.suffix == ".lock" for p in tmp_path.iterdir() if p.name.startswith("."))


def test_api_build_with_actors_and_overrides(tmp_path: Path) -> None:
    report = ng.BuildReport()
    kg = ng.build([ARTICLE], actors=ACTORS, overrides=[OVERRIDES], report=report)
    assert ("Algeria", "CRITICIZES", "Tessalit Defence Front") in _edges(kg)
    assert report.notes == []


def test_api_apply_overrides_equals_the_cli(tmp_path: Path) -> None:
    graph = ng.KnowledgeGraph(_graph()).save(tmp_path / "g.graph.json")
    rules = _write(tmp_path, "o.csv", "action,actor,to\nmerge,Bamako government,Mali\nmerge,Atlantis,Mali\n")
    notes: list[str] = []
    api = ng.apply_overrides(ng.load(graph), rules, notes=notes).save(tmp_path / "api.graph.json")
    assert len(notes) == 1 and "Atlantis" in notes[0]
    res = runner.invoke(app, ["overrides", "apply", str(graph), str(rules)])
    assert res.exit_code == 0, res.output
    assert api.read_bytes() == graph.read_bytes()
