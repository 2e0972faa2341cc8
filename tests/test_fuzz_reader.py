"""Hostile input through the reader: property-based (hypothesis) and the hard cases by name.

Invariants: nothing but :class:`InputError` escapes, nothing hangs, every rejected
input is reported once, in one line, starting with its file (``FILE:LINE`` for a
JSON Lines / CSV record), and every article is a located slice of its text.
Sizes are chosen so that a quadratic slip takes minutes, not milliseconds:
``no_hang`` turns such a slip into a failure instead of a stuck suite.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from faults import no_hang as _no_hang
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.core.errors import InputError, InputWarning
from newsgraph.extract.reader import MAX_ARTICLE_CHARS, read_paths, split_text

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def no_hang(seconds: int = 120):  # type: ignore[no-untyped-def]
    """Fail (not hang) when the block runs far longer than it ever should (it takes ~1 s)."""
    return _no_hang(seconds, "super-linear time on this input?")


FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


# --- strategies -----------------------------------------------------------------------------

NEWS_LINES = [
    "Russia backs Syrian President Bashar al-Assad, the Kremlin said on Nov. 29, 2016.",
    "Iran arms the Houthis, who control the port of Hodeidah, U.S. officials said.",
    "By Jane Doe and John Roe, Reuters", "By John", "Reuters", "Associated Press",
    "MOSCOW (Reuters) - Russia backs Assad.", "WASHINGTON — The U.S. said.", "BEIRUT, Lebanon (AP) —",
    "A man walks in Aleppo. REUTERS/Omar Sanadiki", "(AP Photo/Hassan Ammar)", "Photo: AFP",
    "(Reporting by Jane Doe; Editing by Tom Roe)", "© 2016 Reuters. All rights reserved.", "***", "___", "- - -",
    "Advertisement", "Share this article", "Home | World | Middle East", "Published: 29 November 2016",
    "Russia Backs Assad", "RUSSIA BACKS ASSAD", "# Markdown headline", "Long body " * 50 + "end.",
    "He said: \"She said 'they said “no”'.\"", "— Reuters Report", "- Reuters", "", "   ",
]
QUOTES = st.tuples(st.sampled_from(['"', "'", "“", "‘", "«", "(", "[", "`"]), st.integers(1, 300)).map(
    lambda q: (q[0] * q[1]) + "Russia backs Assad" + (q[0] * q[1]))
NESTED = st.integers(1, 200).map(lambda d: "Russia said " + "“he said ‘" * d + "no" + "’”" * d + ".")
NOISE = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)  # control chars, NUL, \u2028, ...
PUMP = st.tuples(st.sampled_from(["A.", " ", "\t", "-", "|", ",", "By ", "(", ")", "Reuters ", "x"]),
                 st.integers(50, 2_000)).map(lambda p: "By John " + p[0] * p[1] + "Smith.")
LINE = st.one_of(st.sampled_from(NEWS_LINES), NOISE, QUOTES, NESTED, PUMP)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", " \n", "\n\n\n"])


@st.composite
def news_text(draw: st.DrawFn) -> str:
    lines = draw(st.lists(LINE, max_size=40))
    out = []
    for line in lines:
        out += [line, draw(ENDINGS)]
    return "".join(out)


def _check_articles(text: str, articles: list) -> None:
    """Articles are in order, do not overlap, and each body is its slice with non-content blanked."""
    last = 0
    for a in articles:
        assert last <= a.start <= a.end <= len(text)
        assert len(a.body) == a.end - a.start
        piece = text[a.start:a.end]
        for got, was in zip(a.body, piece):  # equal, or blanked to a space (line breaks kept)
            assert got == was or (got == " " and was not in "\r\n")
        assert a.body.strip() and re.fullmatch(r"[0-9a-f]{16}", a.id)
        last = a.end


def _one_line(err: object, prefix: str) -> str:
    msg = str(err)
    assert "\n" not in msg and "\r" not in msg, msg
    assert msg.startswith(prefix), (msg, prefix)
    return msg


# --- plain text -----------------------------------------------------------------------------

@FUZZ
@given(news_text())
def test_fuzz_split_text_articles_are_blanked_slices(text: str) -> None:
    with no_hang():
        articles = split_text(text, source="t")
    _check_articles(text, articles)


@FEW
@given(st.one_of(news_text().map(lambda t: t.encode("utf-8")), st.binary(max_size=400),
                 st.tuples(news_text(), st.binary(min_size=1, max_size=8), st.integers(0, 10**6))
                 .map(lambda x: x[0].encode()[:x[2]] + x[1] + x[0].encode()[x[2]:])))
def test_fuzz_text_file_is_read_or_reported_naming_it(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fz") / "in.txt"
    path.write_bytes(data)
    errors: list[InputError] = []
    with no_hang():
        articles = list(read_paths([path], on_error=errors.append))
    for e in errors:
        _one_line(e, f"{path}: ")
    assert articles or errors  # silently nothing is not an outcome
    if articles:
        text = data.decode("utf-8")
        _check_articles(text[1:] if text.startswith("\ufeff") else text, articles)


@pytest.mark.parametrize("where", [0, 7, 500])
def test_fuzz_nul_byte_in_text_file_is_reported_as_binary(tmp_path: Path, where: int) -> None:
    text = ("Russia backs Assad in the long war, officials said. " * 20).encode()
    path = tmp_path / "nul.txt"
    path.write_bytes(text[:where] + b"\x00" + text[where:])
    errors: list[InputError] = []
    assert list(read_paths([path], on_error=errors.append)) == []
    assert [_one_line(e, f"{path}: ") for e in errors] == [f"{path}: binary file (NUL byte at byte offset {where}), not text"]


@pytest.mark.parametrize("line", [1, 2, 40])
def test_fuzz_latin1_bytes_in_utf8_file_name_byte_offset_and_line(tmp_path: Path, line: int) -> None:
    head = "Ḩudaydah: Iran backs the Houthis, officials said.\n" * (line - 1) + "Le caf"
    path = tmp_path / "mixed.txt"
    path.write_bytes(head.encode("utf-8") + "é owners protest in Linz.\n".encode("latin-1"))
    with pytest.raises(InputError) as info:
        list(read_paths([path]))
    offset = len(head.encode("utf-8"))
    assert _one_line(info.value, f"{path}: ").startswith(
        f"{path}: not valid UTF-8 (byte 0xE9 at byte offset {offset}, line {line}); re-encode it as UTF-8")


def test_fuzz_only_boilerplate_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "boiler.txt"
    path.write_text("\n\n".join(["Advertisement", "Share this article", "Home | World | Europe", "***",
                                 "© 2019 Example News. All rights reserved.", "Photo: AFP", "Sign up"] * 200))
    errors: list[InputError] = []
    assert list(read_paths([path], on_error=errors.append)) == []
    assert [_one_line(e, f"{path}: no article text") for e in errors]


# --- sizes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["Russia backs Assad. ", "Ḩ", "MOSCOW (Reuters) - " + "a" * 80 + " "])
def test_fuzz_50mb_single_line_is_reported_and_skipped(tmp_path: Path, unit: str) -> None:
    """One line of 50 MB (text, one giant word, non-ASCII, a dateline): skipped with the limit named."""
    path = tmp_path / "huge.txt"
    size = 50_000_000 // (len(unit.encode()) // len(unit))  # characters in 50 MB
    with open(path, "w", encoding="utf-8") as fh:
        fh.write((unit * (size // len(unit) + 1))[:size])
    assert path.stat().st_size > 49_999_990
    errors: list[InputError] = []
    with no_hang(240):
        assert list(read_paths([path], on_error=errors.append)) == []
    assert [_one_line(e, f"{path}: ") for e in errors] == [
        f"{path}: the article at character 0 is {size:,} characters long, "
        f"over the {MAX_ARTICLE_CHARS:,}-character limit for one article; split the file"]


def test_fuzz_oversized_article_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    big = "Filler words about nothing much at all. " * 40_000  # 1.6M characters, one paragraph
    path.write_text(f"{big}\n\n(Reporting by Jane Doe)\n\nRussia Backs Assad\n\nMOSCOW (Reuters) - Russia backs Assad, officials said.\n")
    errors: list[InputError] = []
    articles = list(read_paths([path], on_error=errors.append))
    assert [a.title for a in articles] == ["Russia Backs Assad"]
    assert len(errors) == 1 and _one_line(errors[0], f"{path}: the article at character 0 is 1,6")


def test_fuzz_ten_thousand_tiny_articles_in_one_file(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("".join(f"Tiny Story Number {i}\n\nMOSCOW (Reuters) - Russia backs Assad {i}.\n\n" for i in range(10_000)))
    with no_hang():
        articles = list(read_paths([path]))
    assert len(articles) == 10_000
    assert articles[1234].title == "Tiny Story Number 1234" and articles[1234].body.strip().endswith("Assad 1234.")
    _check_articles(path.read_text(), articles)


SHAPES = {  # each took minutes or hours before the splitter was made linear; now about a second
    "spaces in a byline": "Headline Here Now\nBy John" + " " * 200_000 + "Smith\n\nRussia backs Assad, officials said.\n",
    "abbreviation run in a headline": "Hi " + "A." * 100_000 + "a.\n\nRussia backs Assad, officials said.\n",
    "separators before the text": "***\n" * 30_000 + "Russia backs Assad in the long war, officials said.\n",
    "bylines after the text": "Russia backs Assad in the long war, officials said.\n\n" + "By John Smith\n" * 15_000,
    "bylines between boilerplate": "Russia backs Assad, officials said.\n\n" + "Advertisement\nBy John Smith\n" * 15_000,
    "captions": ("Russia backs Assad, officials said.\nA man walks. REUTERS/Omar Sanadiki\n") * 15_000,
    "repeated lines": "A man walks in the street, near Aleppo\n" * 30_000,
    "credits": ("Russia backs Assad, officials said.\n(Reporting by John Smith)\n") * 15_000,
    "nested quotes": "Russia said " + "“he said ‘" * 50_000 + "no" + "’”" * 50_000 + ".\n",
    "one long quote run": '"' * 300_000 + "\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_fuzz_pathological_shapes_stay_linear(shape: str) -> None:
    text = SHAPES[shape]
    with no_hang():
        articles = split_text(text, source="t")
    _check_articles(text, articles)


# --- records --------------------------------------------------------------------------------

JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3), max_leaves=6)
GOOD_TEXT = st.sampled_from(["Russia backs Assad, officials said.", "Iran arms the Houthis.", "Advertisement"])
RECORD = st.one_of(
    st.fixed_dictionaries({"text": GOOD_TEXT}, optional={
        "title": st.one_of(st.text(max_size=20), JSON_VALUE), "date": st.one_of(st.text(max_size=20), JSON_VALUE),
        "url": JSON_VALUE, "source": JSON_VALUE, "extra": JSON_VALUE}),
    st.dictionaries(st.sampled_from(["text", "title", "date", "url", "source", "body"]), JSON_VALUE, max_size=4),
    JSON_VALUE,
)
RAW_LINE = st.one_of(RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)), st.sampled_from(
    ['{"text": ', "not json", "{}", "[]", '{"text": "a"} trailing', "\t", "", '{"text": "x\\u0000y"}']))


@FUZZ
@given(st.lists(RAW_LINE, min_size=1, max_size=12))
def test_fuzz_jsonl_every_record_is_read_or_reported_with_its_line(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("fz") / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_paths([path], on_error=errors.append))
    outcomes = [a.source for a in articles] + [_one_line(e, f"{path}").split(": ")[0] for e in errors
                                               if not isinstance(e, InputWarning)]
    # a warning (a 'date' that is not a date, dropped) names a record that was read
    assert {str(e).split(": ")[0] for e in errors if isinstance(e, InputWarning)} <= {a.source for a in articles}
    numbered = [f"{path}:{i}" for i, line in enumerate(lines, 1) if line.strip()]
    if numbered:
        assert sorted(outcomes) == sorted(numbered)  # each record exactly once: read, or reported
    else:
        assert outcomes == [str(path)] and str(errors[0]).endswith("no records")


CSV_FIELD = st.one_of(GOOD_TEXT, st.text(max_size=30), st.sampled_from(['"', "a,b", "x\ny", "\r\n", " "]))


@FUZZ
@given(st.lists(st.sampled_from(["text", "title", "date", "url", "source", "body", "Text "]), min_size=1, max_size=5),
       st.lists(st.lists(CSV_FIELD, min_size=0, max_size=6), min_size=1, max_size=8))
def test_fuzz_csv_every_row_is_read_or_reported_with_its_line(tmp_path_factory: pytest.TempPathFactory, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)  # "\r\n" line ends: fields holding "\r" or "\n" are quoted (well-formed CSV)
    w.writerow(header)
    starts = []
    for row in rows:
        starts.append(buf.getvalue().count("\n") + 1)
        w.writerow(row)
    path = tmp_path_factory.mktemp("fz") / "in.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    errors: list[InputError] = []
    articles = list(read_paths([path], on_error=errors.append))
    for e in errors:
        _one_line(e, f"{path}")
    if "text" not in [h.strip().lower() for h in header]:
        assert articles == [] and len(errors) == 1 and "no 'text' column" in str(errors[0])
        return
    outcomes = sorted([a.source for a in articles] + [str(e).split(": ")[0] for e in errors if not isinstance(e, InputWarning)])
    assert {str(e).split(": ")[0] for e in errors if isinstance(e, InputWarning)} <= {a.source for a in articles}
    blank = [not r or (len(r) == 1 and not r[0].strip()) for r in rows]
    expected = sorted(f"{path}:{n}" for n, b in zip(starts, blank) if not b)
    data = path.read_bytes()
    if b"\x00" in data:  # a binary file: reported as a whole from the first NUL on
        nul_line = data[:data.index(b"\x00")].count(b"\n") + 1
        last_row = max((n for n in starts if n <= nul_line), default=0)
        assert str(errors[-1]) == f"{path}: binary file (NUL byte at byte offset {data.index(0)}), not CSV"
        assert sorted(o for o in outcomes if o != str(path)) == sorted(
            e for e in expected if int(e.rsplit(":", 1)[1]) < last_row)
        return
    if expected:
        assert outcomes == expected  # each row exactly once: read, or reported
    else:
        assert articles == [] and [str(e) for e in errors] == [f"{path}: no records"]


def test_fuzz_malformed_csv_row_is_one_error_not_no_records(tmp_path: Path) -> None:
    path = tmp_path / "cr.csv"
    path.write_bytes(b'text\n\r0\n')  # a bare carriage return in an unquoted field
    errors: list[InputError] = []
    assert list(read_paths([path], on_error=errors.append)) == []
    assert [str(e) for e in errors] == [f"{path}:2: bad CSV row (new-line character seen in unquoted field - "
                                        "do you need to open the file in universal-newline mode?)"]


def test_fuzz_records_with_huge_fields_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    big = "Russia backs Assad. " * 60_000  # 1.2M characters
    records = [{"text": big}, {"text": "Iran arms the Houthis.", "title": "t" * 20_000},
               {"text": "Iran arms the Houthis.", "date": "2016 " * 10_000}, {"text": "Russia backs Assad, officials said."}]
    jl = tmp_path / "big.jsonl"
    jl.write_text("".join(json.dumps(r) + "\n" for r in records))
    cs = tmp_path / "big.csv"
    with open(cs, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["text", "title", "date"])
        w.writeheader()
        w.writerows(records)
    for path in (jl, cs):
        errors: list[InputError] = []
        with no_hang():
            articles = list(read_paths([path], on_error=errors.append))
        assert [a.source for a in articles] == [f"{path}:{4 if path == jl else 5}"]
        msgs = [_one_line(e, f"{path}:") for e in errors]
        assert len(msgs) == 3
        assert "1,200,000 characters long, over the 1,000,000-character limit" in msgs[0]
        assert "'title' is 20,000 characters long" in msgs[1] and "'date' is 50,000 characters long" in msgs[2]


def test_fuzz_jsonl_binary_and_mixed_encodings_name_line_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    first = b'{"text": "Russia backs Assad, officials said."}\n'
    path.write_bytes(first + b'{"text": "caf\xe9 owners protest"}\n' + first)
    errors: list[InputError] = []
    assert len(list(read_paths([path], on_error=errors.append))) == 2
    assert [str(e) for e in errors] == [
        f"{path}:2: not valid UTF-8 (byte 0xE9 at byte offset {len(first) + 13}); re-encode it as UTF-8 (e.g. iconv -f latin1 -t utf-8)"]


# --- folders, devices, pipes ----------------------------------------------------------------

def test_fuzz_folder_with_a_fifo_and_devices_does_not_hang(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia backs Assad in the long war, officials said.\n")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    errors: list[InputError] = []
    with no_hang(60):
        articles = list(read_paths([folder, "/dev/zero"], on_error=errors.append))
    assert [a.source for a in articles] == [os.path.join(str(folder), "a.txt")]
    msgs = sorted(str(e) for e in errors)
    assert msgs[0].startswith("/dev/zero: not a regular file")
    assert any(m.startswith(f"{folder}/loop.txt: cannot read") for m in msgs)
    assert any(m.startswith(f"{folder}/pipe.txt: not a regular file") for m in msgs)



def test_fuzz_csv_header_without_text_column_is_one_short_line(tmp_path: Path) -> None:
    path = tmp_path / "hdr.csv"
    path.write_text('"a\nb",' + "x" * 5_000 + ",title\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_paths([path]))
    msg = _one_line(info.value, f"{path}: no 'text' column in the CSV header")
    assert "a\\nb" in msg and len(msg) < 500
