"""Tests of the article reader (newsgraph.extract.reader) on invented fixture articles."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from newsgraph.core.errors import InputError
from newsgraph.core.models import Article
from newsgraph.extract import reader
from newsgraph.extract.boilerplate import Kind, classify, match_byline, match_dateline
from newsgraph.extract.dates import find_date, parse_date_field
from newsgraph.extract.reader import iter_files, read_file, read_paths, split_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
TEXT_FIXTURES = sorted(p.name for p in FIXTURES.glob("*.txt"))


def source_text(path: Path) -> str:
    """The file text exactly as the reader decodes it (line endings kept, BOM dropped)."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def assert_aligned(text: str, article: Article) -> None:
    """``body`` equals the source slice at every character that was not blanked."""
    span = text[article.start:article.end]
    assert len(article.body) == len(span) == article.end - article.start
    for k, (b, s) in enumerate(zip(article.body, span, strict=True)):
        if b != " ":
            assert b == s, f"{article.source}: body differs from the source at offset {article.start + k}"
        else:
            assert s not in "\r\n"
    assert [m.start() for m in re.finditer("\n", article.body)] == [m.start() for m in re.finditer("\n", span)]


def body_lines(article: Article) -> list[str]:
    return [line.strip() for line in article.body.splitlines() if line.strip()]


# --- splitting ------------------------------------------------------------------------------

SPLITS = {
    "wire_multi.txt": [
        dict(title="Harbor strike halts grain exports as talks with union stall",
             byline="Irina Castell and Tomas Whitfield", dateline="VELMONT", outlet="Reuters", date=None),
        dict(title="Morava and Norland agree to reopen border crossing",
             byline=None, dateline="DRESK, Morava", outlet="Reuters", date="2021-03-02"),
        dict(title="Election commission rejects opposition appeal in Tarvia",
             byline="Helena Marsh", dateline="PORT ELANE, Tarvia", outlet="Reuters", date="2019-06-14"),
    ],
    "separated.txt": [
        dict(title="Central bank of Norland raises interest rates for third time", byline=None, dateline=None,
             outlet=None, date=None),
        dict(title="Tarvia and Oster sign fishing agreement", byline=None, dateline=None, outlet=None, date=None),
        dict(title="Karsk opens first high-speed rail line", byline=None, dateline=None, outlet=None, date=None),
    ],
    "ap_web.txt": [
        dict(title="Mediators gather in Geneva to revive stalled water treaty talks", byline=None,
             dateline="GENEVA", outlet="Associated Press", date="2019-03-05"),
    ],
    "bbc_style.txt": [
        dict(title="Silber dam dispute: Oster warns Karsk over new reservoir", byline=None, dateline=None,
             outlet="BBC", date=None),
    ],
    "single_plain.txt": [
        dict(title="Karsk parliament votes to extend emergency powers", byline="Jana Holt", dateline="OSTRA",
             outlet=None, date=None),
    ],
}


@pytest.mark.parametrize("name", sorted(SPLITS))
def test_reader_splits_fixture_articles(name: str) -> None:
    articles = list(read_file(FIXTURES / name))
    got = [{k: getattr(a, k) for k in ("title", "byline", "dateline", "outlet", "date")} for a in articles]
    assert got == SPLITS[name]
    assert all(a.source == str(FIXTURES / name) for a in articles)
    starts = [a.start for a in articles]
    assert starts == sorted(starts) and all(x.end <= y.start for x, y in zip(articles, articles[1:], strict=False))


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_reader_headline_stays_in_body(name: str) -> None:
    for article in read_file(FIXTURES / name):
        assert article.title is not None and body_lines(article)[0] == article.title


@pytest.mark.parametrize(("name", "gone"), [
    ("wire_multi.txt", "Dock workers stand beside idle cranes"),  # caption under the headline
    ("wire_multi.txt", "Ships wait at anchor"),  # repeated caption, the second with REUTERS/Name
    ("wire_multi.txt", "REUTERS/Pavel Orsk"),
    ("wire_multi.txt", "Handout via REUTERS"),
    ("wire_multi.txt", "Supporters of the opposition Civic Front rally"),
    ("wire_multi.txt", "By Irina Castell"),
    ("wire_multi.txt", "VELMONT, Nov 29 (Reuters) –"),
    ("wire_multi.txt", "(Reuters)"),
    ("wire_multi.txt", "(Reporting by"),
    ("wire_multi.txt", "Editing by"),
    ("ap_web.txt", "Advertisement"),
    ("ap_web.txt", "cookie"),
    ("ap_web.txt", "Share"),
    ("ap_web.txt", "Associated Press"),
    ("ap_web.txt", "Published March 5"),
    ("ap_web.txt", "GENEVA (AP) —"),
    ("ap_web.txt", "Sign up for our newsletter"),
    ("ap_web.txt", "Leave a comment"),
    ("ap_web.txt", "___"),
    ("ap_web.txt", "contributed to this report"),
    ("ap_web.txt", "Copyright"),
    ("ap_web.txt", "All rights reserved"),
    ("bbc_style.txt", "Engineers inspect the spillway"),
    ("bbc_style.txt", "Photo: Ben Arland"),
    ("bbc_style.txt", "Read more"),
    ("bbc_style.txt", "Related:"),
    ("bbc_style.txt", "BBC Report"),
    ("separated.txt", "(Reporting by"),
    ("separated.txt", "___"),
    ("separated.txt", "Copyright"),
    ("single_plain.txt", "By Jana Holt"),
    ("single_plain.txt", "OSTRA —"),
])
def test_reader_blanks_non_content(name: str, gone: str) -> None:
    articles = list(read_file(FIXTURES / name))
    assert gone in source_text(FIXTURES / name)
    assert not any(gone in a.body for a in articles)


@pytest.mark.parametrize(("name", "kept"), [
    ("wire_multi.txt", "GRAIN PRICES CLIMB"),  # section headings are the article's own words
    ("wire_multi.txt", "A strike by dock workers at Norland’s largest port entered its third day on Tuesday"),
    ("wire_multi.txt", "Eastern Morava and Norland agreed on Wednesday to reopen their main border crossing"),
    ("ap_web.txt", "Mediators from the United Nations on Tuesday reopened talks"),
    ("ap_web.txt", "“a question of survival” for farmers in the south."),
    ("bbc_style.txt", "The two countries signed a treaty on the river in 1998, but it does not cover new dams."),
    ("single_plain.txt", "A NARROW MAJORITY"),
    ("single_plain.txt", "Karsk’s parliament on Wednesday voted to extend emergency powers"),
])
def test_reader_keeps_content(name: str, kept: str) -> None:
    assert any(kept in a.body for a in read_file(FIXTURES / name))


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_reader_offsets_align_with_source(name: str) -> None:
    text = source_text(FIXTURES / name)
    articles = list(read_file(FIXTURES / name))
    assert articles
    for article in articles:
        assert_aligned(text, article)


def test_reader_keeps_crlf_line_endings() -> None:
    path = FIXTURES / "bbc_style.txt"
    assert b"\r\n" in path.read_bytes()
    (article,) = read_file(path)
    assert "\r\n" in article.body and article.end == len(source_text(path).rstrip("\r\n"))
    assert_aligned(source_text(path), article)


def test_reader_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    plain = (FIXTURES / "single_plain.txt").read_bytes()
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + plain)
    (with_bom,) = read_file(tmp_path / "bom.txt")
    (without,) = read_file(FIXTURES / "single_plain.txt")
    assert (with_bom.start, with_bom.end, with_bom.body, with_bom.id) == (without.start, without.end,
                                                                           without.body, without.id)


# --- ids ------------------------------------------------------------------------------------

def test_reader_ids_are_stable_and_content_derived(tmp_path: Path) -> None:
    first = [a.id for a in read_paths([FIXTURES])]
    second = [a.id for a in read_paths([FIXTURES])]
    assert first == second and len(set(first)) == len(first)
    text = source_text(FIXTURES / "wire_multi.txt")
    middle = list(read_file(FIXTURES / "wire_multi.txt"))[1]
    copy = tmp_path / "copy.txt"  # the same article alone, with other line endings and boilerplate
    copy.write_text("Advertisement\n\n" + text[middle.start:middle.end].replace("\n", "\r\n") + "\n\nShare\n",
                    encoding="utf-8", newline="")
    (again,) = read_file(copy)
    assert again.id == middle.id and again.title == middle.title


def test_reader_same_article_in_record_and_text_file(tmp_path: Path) -> None:
    text = source_text(FIXTURES / "single_plain.txt")
    (from_text,) = read_file(FIXTURES / "single_plain.txt")
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    (from_record,) = read_file(path)
    assert from_record.id == from_text.id and from_record.body == from_text.body


# --- records --------------------------------------------------------------------------------

def test_reader_jsonl_records() -> None:
    path = FIXTURES / "feeds" / "records.jsonl"
    articles = list(read_file(path))
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:3"]
    first, second = articles
    assert first.title == "Norland and Tarvia hold first talks on energy link"
    assert (first.date, first.url, first.outlet) == ("2021-04-12", "https://example.org/energy-link", "Example Wire")
    assert second.title == "Oster recalls ambassador from Karsk" and second.date == "2019-07-05"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for record, article in zip(records, articles, strict=True):
        assert_aligned(record["text"], article)


def test_reader_csv_records_with_multiline_fields() -> None:
    path = FIXTURES / "feeds" / "records.csv"
    articles = list(read_file(path))
    assert [a.source for a in articles] == [f"{path}:2", f"{path}:5"]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert "\r\n" in rows[0]["text"]
    for row, article in zip(rows, articles, strict=True):
        assert_aligned(row["text"], article)
    assert (articles[0].title, articles[0].date, articles[0].outlet) == (
        "Tarvia opposition plans rally", "2019-07-09", "Example Wire")
    assert articles[1].title is None and articles[1].date is None


RECORD_ERRORS = [
    ("bad.jsonl", '{"text": "Karsk and Oster sign a treaty on the river."}\n{"text": \n', ":2: invalid JSON"),
    ("bad.jsonl", '[1, 2]\n{"text": "Karsk and Oster sign a treaty."}\n', ":1: record is not a JSON object"),
    ("bad.jsonl", '{"title": "x"}\n{"text": "Karsk and Oster sign a treaty on the river."}\n', ":1: missing 'text'"),
    ("bad.ndjson", '{"text": 5}\n\n{"text": "Karsk and Oster sign a treaty."}\n', ":1: 'text' must be a string"),
    ("bad.jsonl", '{"text": "Karsk and Oster sign a treaty on the river."}\n{"text": "  "}\n', ":2: 'text' is empty"),
    ("bad.jsonl", '{"text": "Karsk and Oster sign a treaty.", "date": 2019}\n{"text": "Oster agrees."}\n',
     ":1: 'date' must be a string"),
    ("bad.jsonl", '{"text": "Advertisement\\n\\nShare"}\n{"text": "Oster agrees to talks."}\n', ":1: no article text"),
    ("bad.csv", 'title,text\nA,"Karsk and Oster sign a treaty."\nB,"x",extra\n', ":3: bad CSV row (expected 2 fields"),
    ("bad.csv", 'title,text\nA,\nB,"Karsk and Oster sign a treaty on the river."\n', ":2: 'text' is empty"),
    ("bad.csv", 'title,text\nA,"Karsk and Oster sign."x\nB,"Oster agrees to talks."\n', ":2: bad CSV row"),
    ("bad.csv", 'title,text\nB,"Oster agrees to talks."\nC,"no closing quote\n', ":3: bad CSV row (unexpected end"),
]


@pytest.mark.parametrize(("name", "content", "message"), RECORD_ERRORS)
def test_reader_record_errors_name_file_and_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_paths([path], on_error=errors.append))
    assert len(articles) == 1 and len(errors) == 1  # the bad record is skipped, its file goes on
    assert str(errors[0]).startswith(f"{path}{message}")
    with pytest.raises(InputError, match=re.escape(message)):
        list(read_file(path))


def test_reader_record_error_messages_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": \n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_file(path))
    assert "\n" not in str(info.value)


def test_reader_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "no_text.csv"
    path.write_text("title,body\nA,B\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no 'text' column.*title, body"):
        list(read_file(path))


def test_reader_jsonl_non_utf8_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "Caf\xe9 owners protest in Ostra."}\n{"text": "Oster agrees to new talks."}\n')
    errors: list[InputError] = []
    assert len(list(read_paths([path], on_error=errors.append))) == 1
    assert re.search(r"mixed\.jsonl:1: not valid UTF-8 \(byte 0xE9 at byte offset 13\); re-encode", str(errors[0]))


# --- folders and stdin ----------------------------------------------------------------------

def test_reader_folder_recursion_sorted_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(FIXTURES / "single_plain.txt", root / "z.txt")
    shutil.copy(FIXTURES / "separated.txt", root / "b" / "deeper" / "a.md")
    shutil.copy(FIXTURES / "feeds" / "records.jsonl", root / "b" / "r.ndjson")
    shutil.copy(FIXTURES / "bbc_style.txt", root / "a.text")
    shutil.copy(FIXTURES / "single_plain.txt", root / ".hidden.txt")
    shutil.copy(FIXTURES / "single_plain.txt", root / ".git" / "x.txt")
    (root / "notes.json").write_text("{}", encoding="utf-8")
    given = str(root) + os.sep
    rels = ["a.text", os.path.join("b", "deeper", "a.md"), os.path.join("b", "r.ndjson"), "z.txt"]
    assert list(iter_files([given])) == [root / r for r in rels]
    sources = [a.source for a in read_paths([given])]
    assert sources == [os.path.join(given, rels[0])] + [os.path.join(given, rels[1])] * 3 + [
        os.path.join(given, rels[2]) + ":1", os.path.join(given, rels[2]) + ":3", os.path.join(given, rels[3])]


def test_reader_reads_fixture_folder() -> None:
    articles = list(read_paths(str(FIXTURES)))
    assert len(articles) == sum(len(v) for v in SPLITS.values()) + 4
    assert len({a.id for a in articles}) == len(articles)


def test_reader_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    text = source_text(FIXTURES / "wire_multi.txt")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    articles = list(read_paths(["-"]))
    assert [a.source for a in articles] == ["<stdin>"] * 3
    assert [a.id for a in articles] == [a.id for a in read_file(FIXTURES / "wire_multi.txt")]
    for article in articles:
        assert_aligned(text, article)


def test_reader_stdin_binary_buffer_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "feeds" / "records.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    articles = list(read_paths("-"))
    assert [a.source for a in articles] == ["<stdin>:1", "<stdin>:3"]


def test_reader_stdin_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "feeds" / "records.csv").read_text("utf-8-sig")
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    assert [a.source for a in read_file("-")] == ["<stdin>:2", "<stdin>:5"]


# --- errors ---------------------------------------------------------------------------------

def _make(tmp_path: Path, case: str) -> Path:
    if case == "missing":
        return tmp_path / "nope.txt"
    if case == "empty_folder":
        (tmp_path / "d").mkdir()
        return tmp_path / "d"
    if case == "folder_without_readable_files":
        (tmp_path / "d").mkdir()
        (tmp_path / "d" / "notes.json").write_text("{}", encoding="utf-8")  # not news: left out
        (tmp_path / "d" / ".hidden.txt").write_text("Hidden text.", encoding="utf-8")
        return tmp_path / "d"
    if case == "folder_with_image":  # issue 15: named, never skipped without a word
        (tmp_path / "d").mkdir()
        (tmp_path / "d" / "image.png").write_bytes(b"\x89PNG")
        return tmp_path / "d"
    data = {
        "binary": b"GIF89a\x00\x01\x02 some text",
        "nul_text": b"Some\x00 text",
        "empty": b"",
        "whitespace": b"  \n\r\n\t\n",
        "boilerplate_only": b"Advertisement\n\nShare this article\n\nSign up for our newsletter\n\n"
                            b"Copyright 2019 Example News. All rights reserved.\n",
        "latin1": "Karsk and Oster meet in Linz.\n\nThe caf\u00e9 owners protest.\n".encode("latin-1"),
        "utf16": "Karsk and Oster meet.".encode("utf-16"),
        "empty_jsonl": b"\n\n",
        "empty_csv": b"",
        "binary_jsonl": b'{"text": "a"}\n\x00\x00\x00\n',
    }[case]
    suffix = {"empty_jsonl": ".jsonl", "binary_jsonl": ".jsonl", "empty_csv": ".csv"}.get(case, ".txt")
    path = tmp_path / f"{case}{suffix}"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("case", "message"), [
    ("missing", r"nope\.txt: no such file or folder$"),
    ("empty_folder", r"d: folder has no readable files \(\.txt"),
    ("folder_without_readable_files", r"d: folder has no readable files"),
    ("folder_with_image", r"image\.png: an image \(PNG\), not news text newsgraph can read; save or convert it"),
    ("binary", r"binary\.txt: an image \(GIF\), not news text newsgraph can read"),
    ("nul_text", r"nul_text\.txt: binary file \(NUL byte at byte offset 4\), not text$"),
    ("empty", r"empty\.txt: empty file$"),
    ("whitespace", r"whitespace\.txt: file holds only whitespace$"),
    ("boilerplate_only", r"boilerplate_only\.txt: no article text \(only boilerplate"),
    ("latin1", r"latin1\.txt: not valid UTF-8 \(byte 0xE9 at byte offset 38, line 3\); re-encode it as UTF-8"),
    ("utf16", r"utf16\.txt: UTF-16 text; re-encode it as UTF-8"),
    ("empty_jsonl", r"empty_jsonl\.jsonl: no records$"),
    ("empty_csv", r"empty_csv\.csv: empty file$"),
    ("binary_jsonl", r"binary_jsonl\.jsonl: binary file \(NUL byte at byte offset 14\)"),
])
def test_reader_file_errors(tmp_path: Path, case: str, message: str) -> None:
    path = _make(tmp_path, case)
    with pytest.raises(InputError, match=message) as info:
        list(read_paths([path]))
    assert str(info.value).startswith(str(path)) and "\n" not in str(info.value)
    errors: list[InputError] = []
    list(read_paths([path], on_error=errors.append))
    assert [str(e) for e in errors][-1] == str(info.value)


def test_reader_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    shutil.copy(FIXTURES / "single_plain.txt", path)

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reader, "open", deny, raising=False)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied"):
        list(read_file(path))


def test_reader_on_error_skips_bad_files_and_goes_on(tmp_path: Path) -> None:
    bad = _make(tmp_path, "binary")
    errors: list[InputError] = []
    paths = [FIXTURES / "single_plain.txt", tmp_path / "missing.txt", bad, FIXTURES / "separated.txt"]
    articles = list(read_paths(paths, on_error=errors.append))
    assert len(articles) == 4
    assert [str(e).split(":")[0] for e in errors] == [str(tmp_path / "missing.txt"), str(bad)]
    with pytest.raises(InputError):
        list(read_paths(paths))


def test_reader_read_file_rejects_folder() -> None:
    with pytest.raises(InputError, match="is a folder"):
        list(read_file(FIXTURES))


# --- smaller pieces: splitting shapes, datelines, bylines, dates ----------------------------

def test_reader_split_text_single_article_with_quotes_and_headings() -> None:
    text = ("Minister resigns over port contract\n\n"
            "WASHINGTON (AP) — Norland's transport minister resigned on Monday.\n\n"
            "“I have nothing to hide”\n\nHe said an inquiry would clear him.\n\n"
            "WHAT COMES NEXT\n\nThe prime minister will name a successor on Friday.\n")
    (article,) = split_text(text, source="x")
    assert (article.title, article.dateline, article.outlet) == (
        "Minister resigns over port contract", "WASHINGTON", "Associated Press")
    assert "“I have nothing to hide”" in article.body and "(AP)" not in article.body
    assert_aligned(text, article)


def test_reader_split_text_at_dateline_without_byline() -> None:
    text = ("Oster floods force evacuations\n\nLINZ, Oster (Xinhua) -- Floods forced 3,000 people from their"
            " homes on Sunday.\n\nRescue teams were sent to the south.\n\n"
            "Karsk court jails activist\n\nOSTRA, April 2 (Reuters) - A court in Karsk jailed an activist for two"
            " years on Tuesday.\n\nHer lawyer said she would appeal.\n")
    articles = split_text(text, source="s")
    assert [(a.title, a.dateline, a.outlet) for a in articles] == [
        ("Oster floods force evacuations", "LINZ, Oster", "Xinhua"), ("Karsk court jails activist", "OSTRA", "Reuters")]
    for article in articles:
        assert_aligned(text, article)


def test_reader_split_text_without_headlines_stays_one_article() -> None:
    text = "Karsk and Oster agreed on a truce.\n\nThe truce starts on Monday.\n\nObservers will monitor it.\n"
    (article,) = split_text(text, source="s")
    assert article.title is None and article.start == 0 and article.body == text.rstrip("\n")


def test_reader_split_text_empty_gives_no_articles() -> None:
    assert split_text("", source="s") == [] and split_text("Advertisement\n\nShare\n", source="s") == []


@pytest.mark.parametrize(("line", "place", "outlet", "prefix"), [
    ("MOSCOW (Reuters) – The minister said", "MOSCOW", "Reuters", "MOSCOW (Reuters) – "),
    ("WASHINGTON (AP) — The Senate", "WASHINGTON", "Associated Press", "WASHINGTON (AP) — "),
    ("BEIRUT, Nov 29 (Reuters) - Rebels", "BEIRUT", "Reuters", "BEIRUT, Nov 29 (Reuters) - "),
    ("PORT ELANE, Tarvia (Reuters) – The court", "PORT ELANE", "Reuters", "PORT ELANE, Tarvia (Reuters) – "),
    ("LINZ/OSTRA (Reuters) – Oster and Karsk", "LINZ/OSTRA", "Reuters", "LINZ/OSTRA (Reuters) – "),
    ("BEIJING, March 3 (Xinhua) -- China", "BEIJING", "Xinhua", "BEIJING, March 3 (Xinhua) -- "),
    ("OSTRA — Karsk’s parliament", "OSTRA", None, "OSTRA — "),
])
def test_reader_dateline_shapes(line: str, place: str, outlet: str | None, prefix: str) -> None:
    dl = match_dateline(line)
    assert dl is not None and (dl.place, dl.outlet, line[:dl.length]) == (place, outlet, prefix)


@pytest.mark.parametrize("line", [
    "The U.N. envoy (pictured) said on Monday.", "NATO said it would respond.", "Holm (L) meets Brandt in Linz",
])
def test_reader_not_a_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("By Jane Doe and John Roe", ("Jane Doe and John Roe", None)),
    ("By Laila al-Hassan, Reuters", ("Laila al-Hassan", "Reuters")),
    ("BY JANE DOE | Associated Press", ("JANE DOE", "Associated Press")),
    ("By Jane Doe, Associated Press Writer", ("Jane Doe", "Associated Press")),
    ("By Monday, the rebels had retreated to the south.", None),
    ("By contrast, Oster kept its troops at home", None),
])
def test_reader_bylines(line: str, expected: tuple[str | None, str | None] | None) -> None:
    assert match_byline(line) == expected


@pytest.mark.parametrize(("line", "kind"), [
    ("Advertisement", Kind.BOILERPLATE), ("Share this article", Kind.BOILERPLATE),
    ("Comments", Kind.BOILERPLATE), ("12 Comments", Kind.BOILERPLATE), ("Subscribe", Kind.BOILERPLATE),
    ("You have reached your limit of free articles this month.", Kind.BOILERPLATE),
    ("We use cookies to improve your experience.", Kind.BOILERPLATE),
    ("Home | World | Europe", Kind.BOILERPLATE), ("Related: Oster floods", Kind.BOILERPLATE),
    ("Copyright 2019 The Associated Press. All rights reserved.", Kind.COPYRIGHT),
    ("(Reporting by Jane Doe; Editing by John Roe)", Kind.CREDIT),
    ("Reporting by Jane Doe; editing by John Roe", Kind.CREDIT),
    ("Associated Press writers X and Y contributed to this report.", Kind.CREDIT),
    ("– BBC Report", Kind.CREDIT), ("___", Kind.SEPARATOR), ("* * *", Kind.SEPARATOR),
    ("Associated Press", Kind.OUTLET), ("Updated: 29 November 2016 10:32 GMT", Kind.META),
    ("Tuesday, November 29, 2016", Kind.META),
    ("Troops patrol the border. REUTERS/Jane Doe", Kind.CAPTION),
    ("Protesters in Linz on Sunday. Photo: Ben Arland", Kind.CAPTION),
    ("Rescuers search the rubble (AP Photo/Jane Doe)", Kind.CAPTION),
    ("TALKS RESUME IN LINZ", Kind.HEADING),
    ("March 8 rally draws thousands in Ostra", Kind.TEXT),
    ("Reporting by the commission showed fraud.", Kind.TEXT),
    ("The rebels did not sign up to the truce, Oster said.", Kind.TEXT),
])
def test_reader_line_kinds(line: str, kind: Kind) -> None:
    assert classify(line) is kind


@pytest.mark.parametrize(("text", "iso"), [
    ("in a photo released by the ministry on November 28, 2016.", "2016-11-28"),
    ("BEIRUT, Nov 29, 2016 (Reuters)", "2016-11-29"),
    ("The vote, held on 29 November 2016, was close.", "2016-11-29"),
    ("on the 3rd of March, 2021", "2021-03-03"),
    ("Sept. 7 2015", "2015-09-07"),
    ("2016-11-29T10:00:00Z", "2016-11-29"),
    ("said on Thursday", None),
    ("BEIRUT, Nov 29 (Reuters)", None),
    ("in November 2016", None),
    ("31 February 2016", None),
])
def test_reader_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


@pytest.mark.parametrize(("value", "iso"), [
    ("2016-11-29", "2016-11-29"), ("2016-11-29T23:10:00+02:00", "2016-11-29"),
    ("Tue, 29 Nov 2016 10:00:00 GMT", "2016-11-29"), ("November 2016", None), ("Thursday", None),
    ("2016-02-30", None), ("", None),
])
def test_reader_parse_date_field(value: str, iso: str | None) -> None:
    assert parse_date_field(value) == iso


# --- the shared dev corpus ------------------------------------------------------------------

@pytest.mark.corpus
def test_reader_dev_corpus() -> None:
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    if not files:
        pytest.skip(f"no dev corpus at {DEV}")
    by_file = {p.name: list(read_file(p)) for p in files}
    first = next(name for name in by_file if name.startswith("000"))
    assert len(by_file[first]) >= 3
    for path in files:
        text = source_text(path)
        for article in by_file[path.name]:
            assert_aligned(text, article)
            assert article.title
            lines = body_lines(article)
            assert "Advertisement" not in lines and "Share" not in lines
            for banned in ("Advertisement", "Copyright", "(Reporting by", "(Additional reporting", "REUTERS/"):
                assert banned not in article.body, (path.name, article.title, banned)


# --- shapes the splitter must not get wrong -------------------------------------------------

STANDFIRST = """Oster election: ruling party loses majority for first time in 20 years

Opposition alliance wins most seats as voters punish the government over rising prices and a string of scandals.

By Jane Doe

The ruling Unity party of Oster has lost its parliamentary majority for the first time in two decades, official
results showed on Monday, after a campaign dominated by inflation and allegations of graft.

The opposition alliance won 84 of the 150 seats, according to the election commission.
"""

TRAILER_AND_WRAPPED = """Oster and Karsk trade accusations over dam

By Jane Doe

LINZ (Reuters) - Oster on Monday accused Karsk of breaking a 1998
treaty by filling a reservoir on the Silber River, and said it would
take the dispute to an international court.

Karsk's foreign ministry rejected the accusation, saying the
reservoir would not reduce the flow of the river downstream.

Reuters

Karsk court frees opposition leader

OSTRA (AP) — A court in Karsk freed opposition leader Tomas Brandt
on Tuesday after six months in detention.
"""

REPEATED_HEADLINE = """Karsk cuts interest rates

Karsk cuts interest rates

Karsk's central bank cut its main rate on Thursday, citing slowing inflation.
"""


def test_reader_standfirst_and_byline_stay_one_article() -> None:
    (article,) = split_text(STANDFIRST, source="s")
    assert article.title.startswith("Oster election") and article.byline == "Jane Doe"
    assert "By Jane" not in article.body and "The opposition alliance won 84" in article.body


def test_reader_agency_trailer_and_wrapped_paragraphs() -> None:
    articles = split_text(TRAILER_AND_WRAPPED, source="s")
    assert [(a.title, a.dateline, a.outlet) for a in articles] == [
        ("Oster and Karsk trade accusations over dam", "LINZ", "Reuters"),
        ("Karsk court frees opposition leader", "OSTRA", "Associated Press")]
    assert "\nReuters" not in articles[0].body and "take the dispute" in articles[0].body
    for article in articles:
        assert_aligned(TRAILER_AND_WRAPPED, article)


def test_reader_repeated_headline_is_kept_once() -> None:
    (article,) = split_text(REPEATED_HEADLINE, source="s")
    assert article.title == "Karsk cuts interest rates" and article.body.count("Karsk cuts interest rates") == 1


def test_reader_unlistable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(FIXTURES / "single_plain.txt", tmp_path / "a.txt")
    real_walk = os.walk

    def walk(top: Path, onerror=None, **kwargs):  # type: ignore[no-untyped-def]
        onerror(PermissionError(13, "Permission denied", str(Path(top) / "locked")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk)
    errors: list[InputError] = []
    assert len(list(read_paths([tmp_path], on_error=errors.append))) == 1
    assert [str(e) for e in errors] == [f"{tmp_path / 'locked'}: cannot list folder (Permission denied)"]
