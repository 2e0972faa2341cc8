"""Issue 14, items 1, 4 and 9: a bad record is skipped with its FILE:LINE and the rest is built.

Deeply nested JSON in a JSON Lines record, a lone surrogate (``"\\ud800"``), a record over the
size budget, a file name that is not UTF-8, a ``date`` that is not a date (dropped with a warning;
the article is kept), a FIFO named on the command line (refused at once), and zero-width / bidi
control characters around a name (one actor, not a spoofed second one)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.core import limits
from newsgraph.core.errors import InputError, InputWarning
from newsgraph.core.models import Article
from newsgraph.core.keys import article_id
from newsgraph.extract.reader import read_paths

GOOD = "Russia backs Syrian President Bashar al-Assad, the Kremlin said on Nov. 29, 2016."
OTHER = "Iran arms the Houthis, who control the port of Hodeidah, U.S. officials said."
DEEP_RECORD = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"


@pytest.fixture
def app():
    from newsgraph.cli import app as main_app

    return main_app


def _read(path: Path) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    return list(read_paths([path], on_error=errors.append)), errors


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- records that are skipped ----------------------------------------------------------------

def test_hardening_deeply_nested_record_is_skipped_with_its_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", json.dumps({"text": GOOD}), DEEP_RECORD, json.dumps({"text": OTHER}))
    started = time.monotonic()
    articles, errors = _read(path)
    assert time.monotonic() - started < 5
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:3"]
    assert [str(e) for e in errors] == [
        f"{path}:2: JSON nested deeper than {limits.MAX_JSON_DEPTH} levels, over the limit for a record "
        "(NEWSGRAPH_MAX_JSON_DEPTH); a record is one flat object"]


def test_hardening_deeply_nested_record_on_stdin_first_line(app) -> None:
    stdin = DEEP_RECORD + "\n" + json.dumps({"text": OTHER}) + "\n"
    res = CliRunner().invoke(app, ["extract", "-"], input=stdin, env={"CI": "1"})
    assert res.exit_code == 3, res.output
    assert "Traceback" not in res.output and "RecursionError" not in res.output
    assert "newsgraph: skipped: <stdin>:1: JSON nested deeper than" in res.output


def test_hardening_lone_surrogate_record_is_skipped_and_the_rest_built(app, tmp_path: Path) -> None:
    """The red team's case: a folder of good files and one record with "\\ud800": exit 3, not 1."""
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", json.dumps({"text": GOOD}))
    _jsonl(folder / "b.jsonl", '{"text": "Iran backs the Houthis. \\ud800"}', json.dumps({"text": OTHER, "title": "ok"}))
    _jsonl(folder / "c.jsonl", '{"text": "' + OTHER + '", "title": "\\udfff"}')
    out = tmp_path / "g.json"
    res = CliRunner().invoke(app, ["build", str(folder), "-o", str(out)], env={"CI": "1"})
    assert res.exit_code == 3, res.output
    assert f"newsgraph: skipped: {folder / 'b.jsonl'}:1: 'text' holds a lone surrogate (\\ud800 at character 24)" in res.output
    assert f"newsgraph: skipped: {folder / 'c.jsonl'}:1: 'title' holds a lone surrogate" in res.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 2  # a.jsonl:1 and b.jsonl:2


def test_hardening_record_over_the_size_budget_is_skipped_with_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_RECORD_BYTES", 1000)
    path = _jsonl(tmp_path / "in.jsonl", json.dumps({"text": GOOD}), json.dumps({"text": GOOD + " x" * 2000}),
                  json.dumps({"text": OTHER}))
    articles, errors = _read(path)
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:3"]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{path}:2: the line is 4,094 bytes long, over the 1,000-byte limit")


def test_hardening_file_name_that_is_not_utf8_is_skipped_and_the_rest_saved(app, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD + "\n", encoding="utf-8")
    latin = os.fsdecode(b"caf\xe9.txt")
    (folder / latin).write_text(OTHER + "\n", encoding="utf-8")
    out = tmp_path / "g.json"
    res = CliRunner().invoke(app, ["build", str(folder), "-o", str(out)], env={"CI": "1"})
    assert res.exit_code == 3, res.output
    assert f"newsgraph: skipped: {folder}/caf\\xe9.txt: the file name is not UTF-8; rename the file" in res.output
    assert "Traceback" not in res.output and len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 1


# --- a date that is not a date ----------------------------------------------------------------

def test_hardening_bad_date_is_a_warning_and_the_article_is_kept(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", json.dumps({"text": OTHER, "date": "not-a-date"}),
                  json.dumps({"text": GOOD, "date": "yesterday-ish"}), json.dumps({"text": OTHER + " Again.", "date": "2017-02-03"}))
    articles, errors = _read(path)
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert [a.date for a in articles] == [None, "2016-11-29", "2017-02-03"]  # the text's own date, if any
    assert all(isinstance(e, InputWarning) for e in errors)
    assert [str(e) for e in errors] == [
        f"{path}:1: 'date' is not a full date (\"not-a-date\"); the article is built without it (dated from its text, "
        "if the text gives a date)",
        f"{path}:2: 'date' is not a full date (\"yesterday-ish\"); the article is built without it (dated from its text, "
        "if the text gives a date)"]


def test_hardening_bad_date_is_reported_once_not_at_every_append(app, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", json.dumps({"text": OTHER, "date": "not-a-date"}))
    os.utime(path, (time.time() - 60, time.time() - 60))  # settled: recorded as read
    out = tmp_path / "g.json"
    first = CliRunner().invoke(app, ["build", str(path), "-o", str(out)], env={"CI": "1"})
    assert first.exit_code == 3 and "'date' is not a full date" in first.output, first.output
    again = CliRunner().invoke(app, ["build", str(path), "-o", str(out), "--append"], env={"CI": "1"})
    assert again.exit_code == 0 and "not a full date" not in again.output, again.output


# --- a FIFO on the command line ----------------------------------------------------------------

def test_hardening_fifo_named_on_the_command_line_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    out = tmp_path / "g.json"
    env = {**os.environ, "CI": "1"}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "build", str(fifo), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert time.monotonic() - started < 60
    assert proc.returncode == 2, proc.stderr
    assert f"newsgraph: skipped: {fifo}: a named pipe, not a regular file" in proc.stderr
    assert not out.exists()


# --- zero-width and bidi control characters ------------------------------------------------------

def _row(subject: str, obj: str, **kw: object) -> dict[str, object]:
    return {"subject": subject, "subject_type": "COUNTRY", "relation": "SUPPORTS", "object": obj, "object_type": kw.get("ot", "PERSON"),
            "negated": False, "attributed_to": kw.get("att"), "confidence": 0.9, "start": 0, "end": 10,
            "subject_mention": kw.get("sm", subject), "object_mention": kw.get("om", obj)}


def test_hardening_invisible_characters_never_make_a_second_actor() -> None:
    from newsgraph.extract.extractor import clean_name, triples_from_doc

    body = "Russia backs Assad."
    art = Article(id=article_id(body), source="x.txt", start=0, end=len(body), body=body)
    plain, = triples_from_doc(art, [_row("Russia", "Bashar al-Assad", om="Assad")])
    spoofed, = triples_from_doc(art, [_row("\u202eRu\u200bssia\u202c", "\u202e\u200bAssad", ot="ORGANIZATION",
                                           sm="Ru\u200bssia", om="\u202e\u200bAssad", att="\u2066Putin\u2069")])
    assert spoofed.edge_key() == plain.edge_key() == ("country:russia", "SUPPORTS", "person:bashar-al-assad")
    assert (spoofed.subject, spoofed.object, spoofed.object_mention, spoofed.attributed_to) == \
        ("Russia", "Bashar al-Assad", "Assad", "Putin")
    assert clean_name("Cafe\u0301 \u200d  Ankara\ufeff") == "Café Ankara"  # NFC, controls out, spaces collapsed
    assert triples_from_doc(art, [_row("\u200b\u200e", "Assad")]) == []  # a name of invisible characters only


def test_hardening_spoofed_name_in_text_is_the_same_actor(nlp) -> None:
    import newsgraph as ng

    plain = {t.edge_key() for t in ng.extract_text("Russia backs Assad in the war, officials said.")}
    spoofed = {t.edge_key() for t in ng.extract_text("Russia backs \u202e\u200bAssad in the war, officials said.")}
    assert ("country:russia", "SUPPORTS", "person:bashar-al-assad") in plain
    assert spoofed == plain


def test_hardening_reader_never_raises_anything_but_input_errors_on_records(tmp_path: Path) -> None:
    """Odd records together: each one read or reported, nothing else escapes."""
    lines = [DEEP_RECORD, '{"text": "\\ud800"}', '{"text": ' + "{" * 70 + "}" * 70 + "}", "[" * 5000, '{"text": "ok", "date": 3}',
             json.dumps({"text": GOOD})]
    path = _jsonl(tmp_path / "odd.jsonl", *lines)
    articles, errors = _read(path)
    assert [a.source for a in articles] == [f"{path}:6"]
    assert sorted(str(e).split(": ")[0] for e in errors) == [f"{path}:{i}" for i in range(1, 6)]
