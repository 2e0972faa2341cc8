"""Incremental builds: a second run over the same folder extracts nothing; new articles only; --force."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsgraph as ng
from newsgraph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()
OLD = time.time() - 3600  # an hour ago: settled files, recorded in the graph's file list


def settle(folder: Path) -> None:
    for p in folder.rglob("*"):
        os.utime(p, (OLD, OLD))


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(EXAMPLES, folder)
    settle(folder)
    return folder


def build(paths, **kw) -> tuple[ng.KnowledgeGraph, ng.BuildReport]:
    rep = ng.BuildReport()
    return ng.build(paths, report=rep, **kw), rep


def test_scale_second_run_over_the_same_folder_extracts_nothing(news: Path, tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    res = runner.invoke(app, ["build", str(news), "-o", str(g)])
    assert res.exit_code == 0, res.output
    first = g.read_bytes()
    kg = ng.load(g)
    assert len(kg.ingested) >= 5
    res = runner.invoke(app, ["build", str(news), "-o", str(g), "--append"])
    assert res.exit_code == 0, res.output
    assert "newsgraph: 0 articles (" in res.output and "already in the graph" in res.output
    assert g.read_bytes() == first

    again, rep = build([news], graph=ng.load(g))
    assert (rep.articles, rep.triples, rep.new_evidence) == (0, 0, 0)
    assert rep.unchanged_files == 3 and rep.known == len(kg.ingested)
    assert again == kg


def test_scale_unchanged_files_are_not_opened(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kg, _ = build([news])
    from newsgraph.runs import incremental

    opened: list[str] = []
    real = incremental.read_paths  # the reader as the incremental run calls it
    monkeypatch.setattr(incremental, "read_paths", lambda paths, **kw: (opened.extend(map(str, paths)), real(paths, **kw))[1])
    (news / "new.txt").write_text("Chile backs Peru.\n\nPeru thanked Chile.\n", encoding="utf-8")
    kg2, rep = build([news], graph=kg)
    assert opened == [str(news / "new.txt")]
    assert rep.articles == 1 and rep.unchanged_files == 3
    assert ("Chile", "SUPPORTS", "Peru") in kg2.edges()


def test_scale_growing_folder_extracts_only_new_articles(news: Path, tmp_path: Path) -> None:
    kg, rep1 = build([news])
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "a.txt").write_text("Chile backs Peru.\n\nPeru thanked Chile.\n", encoding="utf-8")
    shutil.copy(news / "red_sea_ports.txt", extra / "copy_of_red_sea.txt")  # an article already built
    shutil.copytree(extra, news / "day2")
    kg, rep2 = build([news], graph=kg)
    assert rep2.articles == 1 and rep2.known == rep1.articles + 1
    # the same graph as building everything at once (old files first: the first copy of an article is kept)
    assert kg == build([news / "levant_digest.txt", news / "red_sea_ports.txt", news / "wires.jsonl", news / "day2"])[0]


def test_scale_changed_file_rereads_it_and_extracts_only_its_new_article(news: Path) -> None:
    kg, rep1 = build([news])
    wires = news / "wires.jsonl"
    wires.write_text(wires.read_text(encoding="utf-8") + '{"text": "Chile criticized Peru."}\n', encoding="utf-8")
    _, rep2 = build([news], graph=kg)
    assert rep2.articles == 1 and rep2.unchanged_files == 2
    assert ("Chile", "CRITICIZES", "Peru") in kg.edges()


def test_scale_force_extracts_everything_again(news: Path) -> None:
    kg, rep1 = build([news])
    before = kg.stats()
    _, rep2 = build([news], graph=kg, force=True)
    assert rep2.articles == rep1.articles and rep2.new_evidence == 0
    assert kg.stats() == before


def test_scale_cli_force_flag(news: Path, tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    runner.invoke(app, ["build", str(news), "-o", str(g)])
    res = runner.invoke(app, ["build", str(news), "-o", str(g), "--append", "--force"])
    assert res.exit_code == 0 and "(" not in res.output.split("articles")[0]
    assert int(res.output.split("newsgraph: ")[1].split(" articles")[0]) >= 5


def test_scale_without_append_the_graph_file_is_replaced(news: Path, tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    runner.invoke(app, ["build", str(news / "red_sea_ports.txt"), "-o", str(g)])
    res = runner.invoke(app, ["build", str(news / "levant_digest.txt"), "-o", str(g)])
    assert res.exit_code == 0
    assert "Hodeidah" not in {a.name for a in ng.load(g).actors()}


def test_scale_repeated_article_within_one_run_is_built_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile backs Peru.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\nChile backs Peru.\n", encoding="utf-8")
    kg, rep = build([tmp_path])
    assert rep.articles == 1 and rep.known == 1
    (edge,) = [d for _, _, d in kg.graph.edges(data=True) if d["type"] == "SUPPORTS"]
    assert edge["weight"] == 1


def test_scale_files_with_problems_are_read_again(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "Peru thanked Chile."}\nnot json\n', encoding="utf-8")
    settle(tmp_path)
    kg, rep = build([tmp_path])
    assert rep.skipped and rep.articles == 1
    _, rep2 = build([tmp_path], graph=kg)
    assert rep2.skipped and rep2.unchanged_files == 0 and rep2.articles == 0 and rep2.known == 1
