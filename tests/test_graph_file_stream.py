"""The graph file streams: edges last and one per line, loaded one at a time with shared strings.

Files in the old layout (keys sorted, edges second) and in any other key order still load to the
same graph; a file cut off or damaged among its edges is an error, never a half-loaded graph.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph import GraphFormatError, KnowledgeGraph, Triple
from newsgraph.graph.io import load_graph, save_graph, to_dict


def _triple(s: str, rel: str, o: str, art: str, start: int, sentence: str, date: str | None = None) -> Triple:
    return Triple(
        subject=s, subject_type="COUNTRY", relation=rel, object=o, object_type="GROUP", negated=False,
        attributed_to=None, confidence=0.7, article_id=art, sentence=sentence, char_start=start,
        char_end=start + len(sentence), source=f"/news/{art}.txt", date=date, subject_mention=s, object_mention=o,
    )


def _graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_triples([
        _triple("Norway", "SUPPORTS", "Red Cross volunteers", f"art{i % 4}", i * 40, f"Norway funded relief work, day {i}.",
                date=f"2021-05-{i % 28 + 1:02d}")
        for i in range(30)
    ] + [
        _triple("Peru", "ATTACKS", "Shining Path", f"art{i % 3}", i * 50, f"Peruvian troops raided a camp, report {i}.")
        for i in range(12)
    ])
    kg.graph.graph["articles"] = {"art0", "art1", "art2", "art3", "empty-article"}
    kg.graph.graph["files"] = {"/news/a.txt": {"size": 10, "mtime_ns": 1, "articles": ["art0", "empty-article"]}}
    return kg


def _keys_in_order(path: Path) -> list[str]:
    return [k for k, _ in json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda pairs: pairs)]


def test_saved_file_puts_every_other_key_before_the_edges_one_item_per_line(tmp_path: Path) -> None:
    kg = _graph()
    path = kg.save(tmp_path / "g.json")
    assert _keys_in_order(path) == ["format", "version", "articles", "files", "nodes", "edges"]
    lines = path.read_text(encoding="utf-8").splitlines()
    edge_lines = [ln for ln in lines if ln.lstrip().startswith(('{"articles"', '{"attributed"'))]
    assert len(edge_lines) == kg.graph.number_of_edges() == 2
    assert all(json.loads(ln.strip().rstrip(",")).get("evidence") for ln in edge_lines)
    again = load_graph(path)
    assert KnowledgeGraph(again) == kg
    assert again.graph["articles"] == kg.graph.graph["articles"] and again.graph["files"] == kg.graph.graph["files"]


def test_an_empty_graph_round_trips(tmp_path: Path) -> None:
    path = KnowledgeGraph().save(tmp_path / "g.json")
    assert _keys_in_order(path) == ["format", "version", "articles", "files", "nodes", "edges"]
    g = load_graph(path)
    assert g.number_of_nodes() == g.number_of_edges() == 0 and g.graph["articles"] == set()


@pytest.mark.parametrize("order", [
    "sorted",  # the layout every file had before edges came last
    "edges-first",
    "articles-after-edges",
])
def test_files_in_any_key_order_load_to_the_same_graph(tmp_path: Path, order: str) -> None:
    kg = _graph()
    doc = to_dict(kg.graph)
    doc["articles"] = sorted(kg.graph.graph["articles"])
    doc["files"] = kg.graph.graph["files"]
    keys = {
        "sorted": sorted(doc),
        "edges-first": ["edges", "nodes", "files", "articles", "version", "format"],
        "articles-after-edges": ["format", "version", "files", "nodes", "edges", "articles"],
    }[order]
    path = tmp_path / "g.json"
    path.write_text(json.dumps({k: doc[k] for k in keys}, indent=1), encoding="utf-8")
    g = load_graph(path)
    assert KnowledgeGraph(g) == kg
    assert g.graph["articles"] == kg.graph.graph["articles"]  # "empty-article" is read wherever the key is
    assert g.graph["files"] == kg.graph.graph["files"]


def test_loaded_graph_keeps_one_copy_of_each_repeated_string(tmp_path: Path) -> None:
    g = load_graph(_graph().save(tmp_path / "g.json"))
    evidence = [ev for _, _, d in g.edges(data=True) for ev in d["evidence"]]
    assert len(evidence) == 42
    by_value: dict[str, int] = {}
    for ev in evidence:
        for key, value in ev.items():
            for s in (key, value):
                if isinstance(s, str):
                    assert by_value.setdefault(s, id(s)) == id(s), f"two copies of {s!r}"
    node_articles = {id(a) for _, d in g.nodes(data=True) for a in d["articles"]}
    assert {id(ev["article_id"]) for ev in evidence} <= node_articles


def _saved_text(tmp_path: Path) -> str:
    return _graph().save(tmp_path / "whole.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("cut", [0.55, 0.8, 0.97])
def test_a_file_cut_off_among_its_edges_is_an_error_naming_the_line(tmp_path: Path, cut: float) -> None:
    text = _saved_text(tmp_path)
    assert text.index('"edges"') < int(len(text) * cut)
    path = tmp_path / "cut.json"
    path.write_text(text[: int(len(text) * cut)], encoding="utf-8")
    with pytest.raises(GraphFormatError, match=rf"^{path}:\d+: not valid JSON \("):
        load_graph(path)


def test_a_damaged_edge_or_trailing_text_is_an_error(tmp_path: Path) -> None:
    text = _saved_text(tmp_path)
    path = tmp_path / "bad.json"
    path.write_text(text.replace('"weight": 12', '"weight": 12,,'), encoding="utf-8")
    line = text[: text.index('"weight": 12')].count("\n") + 1
    with pytest.raises(GraphFormatError, match=rf"^{path}:{line}: not valid JSON"):
        load_graph(path)
    path.write_text(text + "{}\n", encoding="utf-8")
    with pytest.raises(GraphFormatError, match="not valid JSON"):
        load_graph(path)


def test_an_edge_naming_an_unknown_node_is_an_error_in_the_streamed_part(tmp_path: Path) -> None:
    text = _saved_text(tmp_path)
    path = tmp_path / "g.json"
    path.write_text(text.replace('"target": "group:shining-path"', '"target": "group:nobody"'), encoding="utf-8")
    with pytest.raises(GraphFormatError, match="edge country:peru -> group:nobody names an unknown node"):
        load_graph(path)


def test_a_graph_holding_a_number_json_cannot_read_back_is_not_saved(tmp_path: Path) -> None:
    kg = _graph()
    target = kg.save(tmp_path / "g.json")
    before = target.read_bytes()
    next(iter(kg.graph.edges(data=True)))[2]["confidence"] = float("nan")
    with pytest.raises(ValueError):
        save_graph(kg.graph, target)
    assert target.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["g.json"]


def test_a_large_damaged_file_is_named_in_the_parsers_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the size read whole again for a line number, the message is the parser's first line."""
    from newsgraph.graph import io as graph_io

    monkeypatch.setattr(graph_io, "_SMALL_FILE", 0)
    text = _saved_text(tmp_path)
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) - 40], encoding="utf-8")
    with pytest.raises(GraphFormatError, match=rf"^{path}: not valid JSON \(parse error: premature EOF\)$"):
        load_graph(path)


def test_records_that_are_not_objects_and_bytes_that_are_not_utf8_are_named(tmp_path: Path) -> None:
    head = '{"format": "newsgraph-graph", "version": 1, "articles": [], "files": {}, '
    path = tmp_path / "g.json"
    for body, message in [
        ('"nodes": [], "edges": [{"source": "a"}, 7]}', None),
        ('"nodes": [], "edges": [7]}', "malformed graph file (TypeError: edge 1 is int, not an object)"),
        ('"nodes": [{"id": "a", "name": "A", "type": "GROUP"}, "b"], "edges": []}', "malformed graph file (TypeError: node 2 is str, not an object)"),
    ]:
        path.write_text(head + body, encoding="utf-8")
        with pytest.raises(GraphFormatError) as info:
            load_graph(path)
        assert message is None or str(info.value) == f"{path}: {message}"
    path.write_bytes((head + '"nodes": [], "edges": []}').encode().replace(b'"articles": []', b'"articles": ["\xff"]'))
    with pytest.raises(GraphFormatError, match=r"cannot read graph file \(not UTF-8: invalid start byte at byte 58\)"):
        load_graph(path)
