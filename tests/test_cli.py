"""The CLI, through typer's runner and as a real subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def test_cli_extract_jsonl_records_match_the_ontology(tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    res = runner.invoke(app, ["extract", str(EXAMPLES / "levant_digest.txt"), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    text = (EXAMPLES / "levant_digest.txt").read_text(encoding="utf-8")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    fields = ["subject", "subject_type", "relation", "object", "object_type", "negated", "attributed_to", "confidence",
              "article_id", "sentence", "char_start", "char_end", "source", "date", "subject_mention", "object_mention"]
    for r in records:
        assert list(r) == fields
        assert text[r["char_start"] : r["char_end"]] == r["sentence"]
        assert r["source"] == str(EXAMPLES / "levant_digest.txt")


def test_cli_build_query_stats(tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    res = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(g)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["query", str(g), "MATCH (a)-[r:CONTROLS]->(b) RETURN a.name, b.name", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert {"a.name": "Houthis", "b.name": "Hodeidah"} in json.loads(res.stdout)
    res = runner.invoke(app, ["query", str(g), "MATCH (a:Group) RETURN a.name ORDER BY a.name", "--format", "csv"])
    assert res.stdout.splitlines()[0] == "a.name"
    res = runner.invoke(app, ["stats", str(g)])
    assert res.exit_code == 0 and "actors" in res.stdout


def test_cli_query_with_param(tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    runner.invoke(app, ["build", str(EXAMPLES / "red_sea_ports.txt"), "-o", str(g)])
    res = runner.invoke(app, ["query", str(g), "MATCH (a)-[r]->(b) WHERE a.name = $who RETURN b.name", "-p", "who=Iran", "-f", "json"])
    assert {"b.name": "Houthis"} in json.loads(res.stdout)


@pytest.mark.parametrize(
    "args,needle",
    [
        (["extract", "missing-file.txt"], "missing-file.txt"),
        (["query", "missing.graph.json", "MATCH (a) RETURN a.name"], "no such graph file"),
        (["stats", "missing.graph.json"], "no such graph file"),
    ],
)
def test_cli_errors_are_one_line_exit_2(args: list[str], needle: str) -> None:
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert needle in res.output
    assert "Traceback" not in res.output


def test_cli_invalid_cypher(tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    runner.invoke(app, ["build", str(EXAMPLES / "red_sea_ports.txt"), "-o", str(g)])
    res = runner.invoke(app, ["query", str(g), "MATCH (a RETURN a"])
    assert res.exit_code == 2 and "invalid or unsupported Cypher" in res.output
    res = runner.invoke(app, ["query", str(g), "MATCH (a) DETACH DELETE a"])
    assert res.exit_code == 2 and "read-only" in res.output


def test_cli_bad_file_among_good_is_partial(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile backs Peru.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Caf\xe9 in Lima".encode("latin-1"))
    (tmp_path / "c.jsonl").write_text('{"text": "Peru thanked Chile."}\nnot json\n', encoding="utf-8")
    g = tmp_path / "g.json"
    res = runner.invoke(app, ["build", str(tmp_path), "-o", str(g)])
    assert res.exit_code == 3, res.output
    assert "b.txt" in res.output and "UTF-8" in res.output
    assert "c.jsonl:2" in res.output
    assert g.exists()


def test_cli_subprocess_smoke(tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    exe = [sys.executable, "-m", "newsgraph"]
    r = subprocess.run([*exe, "build", str(EXAMPLES), "-o", str(g)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "articles" in r.stderr
    r = subprocess.run([*exe, "query", str(g), "MATCH (a:Person)-[r:LEADS]->(b:Country) RETURN a.name, b.name"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "Emmanuel" not in r.stdout and "Abd-Rabbu Mansour Hadi" in r.stdout
    r = subprocess.run([*exe, "query", str(g), "MATCH (a RETURN a"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stderr.startswith("newsgraph: error:") and "Traceback" not in r.stderr


def test_cli_reads_stdin(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "newsgraph", "extract", "-"], input="Headline\n\nMexico criticized Cuba.\n",
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout.splitlines()[0])
    assert (rec["subject"], rec["relation"], rec["object"], rec["source"]) == ("Mexico", "CRITICIZES", "Cuba", "<stdin>")


def test_cli_export_cypher_script(tmp_path: Path) -> None:
    g = tmp_path / "g.json"
    runner.invoke(app, ["build", str(EXAMPLES / "red_sea_ports.txt"), "-o", str(g)])
    out = tmp_path / "g.cypher"
    res = runner.invoke(app, ["export", str(g), "-o", str(out)])
    assert res.exit_code == 0, res.output
    script = out.read_text(encoding="utf-8")
    assert "CREATE CONSTRAINT" in script and "Houthis" in script
