"""Read news articles from text, JSON Lines and CSV files, folders and stdin.

Plain text (``.txt`` and any other extension) may hold one or many scraped
articles; :func:`split_text` finds where each starts and blanks what is not
article content (bylines, the dateline prefix, captions, credits, boilerplate)
so that ``article.body`` keeps the offsets of the file text.  ``.jsonl`` /
``.ndjson`` and ``.csv`` hold one article per record with the fields ``text``
(required), ``title``, ``date``, ``url`` and ``source`` (the outlet).

Offsets are into the text as decoded: UTF-8, line endings kept as they are
(``\\r\\n`` stays two characters), and a leading byte-order mark removed, so
offset 0 is the first character after the BOM.  Everything streams: one file
(or one record) at a time.

``Article.source`` is the path as given; for a folder, the folder as given
joined with the file's relative path; ``<stdin>`` for ``-``; and
``FILE:LINE`` for a JSON Lines / CSV record (the 1-based line where the record
starts), whose offsets are into the record's ``text`` field.
"""
from __future__ import annotations

import bisect
import csv
import itertools
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsgraph.extract.boilerplate import (
    BREAKS,
    LONG_LINE,
    NON_CONTENT,
    Kind,
    canonical_outlet,
    classify,
    find_agency,
    is_caption,
    is_headline_like,
    match_byline,
    match_dateline,
    signoff_start,
)
from newsgraph.extract.dates import find_date, parse_date_field

from newsgraph.errors import InputError
from newsgraph.models import Article, article_id

__all__ = ["read_paths", "read_file", "split_text", "iter_files", "FOLDER_SUFFIXES", "STDIN_SOURCE"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
#: Extensions picked up when a folder is expanded (any file may be given explicitly).
FOLDER_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES
#: ``source`` of articles read from standard input (path ``-``).
STDIN_SOURCE = "<stdin>"
RECORD_FIELDS = ("text", "title", "date", "url", "source")

OnError = Callable[[InputError], None]


# --- public API -----------------------------------------------------------------------------

#: an "article" longer than this is not news text (a dump, a log, a book); it is reported and skipped
MAX_ARTICLE_CHARS = 1_000_000
#: title, date, url and source of a JSONL/CSV record are short; a longer one is a broken record
MAX_FIELD_CHARS = 10_000


def read_paths(paths: Iterable[str | Path] | str | Path, *, on_error: OnError | None = None) -> Iterator[Article]:
    """Articles from files, folders (recursive, sorted) and ``-`` (stdin), in order.

    Each problem raises :class:`InputError`; with ``on_error`` it is reported there
    instead and reading goes on with the next file (or the next JSONL/CSV record).
    """
    for source, path in _expand(paths, on_error):
        try:
            for article in _read(path, source, on_error):
                if len(article.body) > MAX_ARTICLE_CHARS:  # text files and records check earlier
                    _report(on_error, _too_long(article.source, article.start, len(article.body)))
                    continue
                yield article
        except InputError as err:
            _report(on_error, err)


def read_file(path: str | Path, *, source: str | None = None) -> Iterator[Article]:
    """Articles of one file of any supported kind (``-`` reads stdin); errors raise :class:`InputError`."""
    if source is None:
        source = STDIN_SOURCE if os.fspath(path) == "-" else os.fspath(path)
    yield from _read(Path(path), source, None)


def split_text(text: str, *, source: str) -> list[Article]:
    """Split one plain text into its articles (empty list when it holds no article text)."""
    return [a for seg in _segments(text) if (a := _article(text, seg, source)) is not None]


def iter_files(paths: Iterable[str | Path] | str | Path, *, on_error: OnError | None = None) -> Iterator[Path]:
    """The files :func:`read_paths` reads (``Path("-")`` for stdin), e.g. to size a progress bar."""
    for _, path in _expand(paths, on_error):
        yield path


# --- paths ----------------------------------------------------------------------------------

def _report(on_error: OnError | None, err: InputError) -> None:
    if on_error is None:
        raise err
    on_error(err)


def _expand(paths: Iterable[str | Path] | str | Path, on_error: OnError | None) -> Iterator[tuple[str, Path]]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        label = os.fspath(given)
        if label == "-":
            yield STDIN_SOURCE, Path("-")
            continue
        path = Path(label)
        if path.is_dir():
            problems: list[InputError] = []
            found = _walk(path, label, problems)
            for err in problems:
                _report(on_error, err)
            if not found and not problems:
                _report(on_error, InputError(
                    f"{label}: folder has no readable files ({', '.join(FOLDER_SUFFIXES)})"))
            for rel in found:
                if not _regular(path / rel):  # a FIFO would block reading, a device never end
                    _report(on_error, InputError(
                        f"{os.path.join(label, rel)}: not a regular file (a pipe, socket or device); skipped"))
                    continue
                yield os.path.join(label, rel), path / rel
        elif path.exists() or path.is_symlink():
            yield label, path
        else:
            _report(on_error, InputError(f"{label}: no such file or folder"))


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # opening it reports the problem


def _walk(root: Path, label: str, problems: list[InputError]) -> list[str]:
    """Relative paths of the readable files under ``root``, hidden ones skipped, sorted.

    Folders that cannot be listed are skipped and added to ``problems``.
    """
    def fail(err: OSError) -> None:
        where = os.path.join(label, os.path.relpath(err.filename, root)) if err.filename else label
        problems.append(InputError(f"{os.path.normpath(where)}: cannot list folder ({err.strerror or err})"))

    found: list[tuple[str, ...]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=fail):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = Path(dirpath).relative_to(root).parts
        found += [(*rel, f) for f in filenames
                  if not f.startswith(".") and f.lower().endswith(FOLDER_SUFFIXES)]
    return [os.path.join(*parts) for parts in sorted(found)]


# --- files ----------------------------------------------------------------------------------

def _kind(name: str) -> str:
    low = name.lower()
    return "jsonl" if low.endswith(JSONL_SUFFIXES) else "csv" if low.endswith(CSV_SUFFIXES) else "text"


def _read(path: Path, source: str, on_error: OnError | None) -> Iterator[Article]:
    if str(path) == "-":
        yield from _read_stdin(source, on_error)
        return
    with _open(path, source) as fh:
        kind = _kind(path.name)
        if kind == "text":
            yield from _text_articles(fh.read(), source, on_error)
        else:
            yield from _records(fh, source, kind, on_error)


def _open(path: Path, source: str) -> IO[bytes]:
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0  # open() below says why
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise InputError(f"{source}: not a regular file (a device or socket); give a file, a folder or - for stdin")
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{source}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder; read it with read_paths()") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied (cannot read the file)") from None
    except OSError as err:
        raise InputError(f"{source}: cannot read ({err.strerror or err})") from None


def _decode(data: bytes, where: str, base: int = 0, strip_bom: bool = True, whole: bool = False) -> str:
    """UTF-8 text of ``data``; ``base`` is its byte offset in the file, ``whole`` when it is the file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and base == 0:
        raise InputError(f"{where}: UTF-16 text; re-encode it as UTF-8 (e.g. iconv -f utf-16 -t utf-8)")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{where}: binary file (NUL byte at byte offset {base + nul}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = f", line {data.count(10, 0, err.start) + 1}" if whole else ""
        raise InputError(
            f"{where}: not valid UTF-8 (byte 0x{data[err.start]:02X} at byte offset {base + err.start}{line}); "
            "re-encode it as UTF-8 (e.g. iconv -f latin1 -t utf-8)") from None
    return text[1:] if strip_bom and text.startswith("\ufeff") else text


def _too_long(where: str, start: int, length: int) -> InputError:
    return InputError(
        f"{where}: the article at character {start} is {length:,} characters long, "
        f"over the {MAX_ARTICLE_CHARS:,}-character limit for one article; split the file")


def _text_articles(data: bytes, source: str, on_error: OnError | None = None) -> Iterator[Article]:
    text = _decode(data, source, whole=True)
    del data  # the file may be large: keep one copy
    if not text.strip():
        raise InputError(f"{source}: {'empty file' if not text else 'file holds only whitespace'}")
    found = False
    for seg in _segments(text):
        start, end = seg.lines[seg.first].start, seg.lines[seg.last].end
        if end - start > MAX_ARTICLE_CHARS:  # reported before it is built: no copy of megabytes of text
            found = True
            _report(on_error, _too_long(source, start, end - start))
            continue
        article = _article(text, seg, source)
        if article is not None:
            found = True
            yield article
    if not found:
        raise InputError(f"{source}: no article text (only boilerplate, captions or credits)")


def _read_stdin(source: str, on_error: OnError | None) -> Iterator[Article]:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    lines: Iterator[bytes] = iter(buffer) if buffer is not None else (s.encode("utf-8") for s in stream)
    head: list[bytes] = []
    for line in lines:  # peek at the first non-blank line to tell JSONL/CSV from plain text
        head.append(line)
        if line.strip():
            break
    kind = _sniff(head[-1] if head else b"")
    whole = itertools.chain(head, lines)
    if kind == "text":
        yield from _text_articles(b"".join(whole), source, on_error)
    else:
        yield from _records(whole, source, kind, on_error)


def _sniff(first: bytes) -> str:
    line = first.decode("utf-8", "replace").lstrip("\ufeff").strip()
    if line.startswith("{"):
        try:
            if isinstance(json.loads(line), dict):
                return "jsonl"
        except ValueError:
            pass
    cols = [c.strip().lower() for c in next(csv.reader([line]), [])]
    if len(cols) > 1 and "text" in cols and all(c.isidentifier() for c in cols):
        return "csv"
    return "text"


# --- records --------------------------------------------------------------------------------

#: stands for a record already reported as bad (``None`` is the JSON record ``null``)
_REPORTED: Any = object()


def _records(lines: Iterable[bytes], source: str, kind: str, on_error: OnError | None) -> Iterator[Article]:
    count = 0
    rows = _jsonl_rows(lines, source, on_error) if kind == "jsonl" else _csv_rows(lines, source, on_error)
    for where, fields in rows:
        count += 1
        if fields is _REPORTED:  # a bad line or row (a JSON null is a record, and not an object)
            continue
        try:
            article = _record_article(fields, where)
        except InputError as err:
            _report(on_error, err)
            continue
        yield article
    if count == 0:
        raise InputError(f"{source}: no records")


def _jsonl_rows(lines: Iterable[bytes], source: str, on_error: OnError | None) -> Iterator[tuple[str, Any]]:
    offset = 0
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        base, offset = offset, offset + len(raw)
        if b"\x00" in raw:  # a binary file: give up on it as a whole
            raise InputError(f"{source}: binary file (NUL byte at byte offset {base + raw.index(0)}), not JSON Lines")
        try:
            line = _decode(raw, where, base, strip_bom=number == 1)
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{where}: invalid JSON ({err.msg} at column {err.colno})") from None
        except InputError as err:
            _report(on_error, err)
            yield where, _REPORTED  # counted as a record, then skipped
            continue
        yield where, value


def _csv_rows(lines: Iterable[bytes], source: str, on_error: OnError | None) -> Iterator[tuple[str, Any]]:
    def decoded() -> Iterator[str]:
        offset = 0
        for number, raw in enumerate(lines, 1):
            if b"\x00" in raw:  # a binary file, as for JSON Lines: give up on it as a whole
                raise InputError(f"{source}: binary file (NUL byte at byte offset {offset + raw.index(0)}), not CSV")
            try:
                yield _decode(raw, f"{source}:{number}", offset, strip_bom=number == 1)
            except InputError as err:  # a CSV record may span lines: the reader cannot resume here
                raise InputError(f"{err}; the rest of the file is skipped") from None
            offset += len(raw)

    csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # articles can be long
    reader = csv.reader(decoded(), strict=True)
    header: list[str] | None = None
    last = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            start, last = last + 1, reader.line_num
            _report(on_error, InputError(f"{source}:{start}: bad CSV row ({err})"))
            yield f"{source}:{start}", _REPORTED  # a record, and a bad one: not "no records"
            continue
        start, last = last + 1, reader.line_num
        if not row or (len(row) == 1 and not row[0].strip() and header is not None):
            continue
        if header is None:
            header = [c.strip().lower() for c in row]
            if "text" not in header:
                raise InputError(f"{source}: no 'text' column in the CSV header (columns: {_show(row)})")
            continue
        if len(row) != len(header):
            _report(on_error, InputError(
                f"{source}:{start}: bad CSV row (expected {len(header)} fields, got {len(row)})"))
            yield f"{source}:{start}", _REPORTED
            continue
        record = dict(zip(header, row, strict=True))
        yield f"{source}:{start}", {k: v for k, v in record.items() if k in RECORD_FIELDS and (v or k == "text")}
    if header is None:
        raise InputError(f"{source}: empty file")


def _show(cells: list[str]) -> str:
    """Header cells for a one-line message: escaped, each and the list cut short."""
    shown = [json.dumps(c[:40], ensure_ascii=False)[1:-1] + ("..." if len(c) > 40 else "") for c in cells[:12]]
    return ", ".join(shown) + (f", ... ({len(cells)} columns)" if len(cells) > 12 else "")


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}


def _record_article(fields: Any, where: str) -> Article:
    if not isinstance(fields, dict):
        raise InputError(f"{where}: record is not a JSON object (got {_JSON_TYPES.get(type(fields), 'a value')})")
    if "text" not in fields:
        raise InputError(f"{where}: missing 'text' field")
    for name in RECORD_FIELDS:
        value = fields.get(name)
        if (value is not None or name == "text") and not isinstance(value, str):
            raise InputError(f"{where}: '{name}' must be a string (got {_JSON_TYPES.get(type(value), 'a value')})")
    text: str = fields["text"]
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_long(where, 0, len(text))
    for name in RECORD_FIELDS[1:]:
        if len(fields.get(name) or "") > MAX_FIELD_CHARS:
            raise InputError(f"{where}: '{name}' is {len(fields[name]):,} characters long, over the "
                             f"{MAX_FIELD_CHARS:,}-character limit for that field")
    if not text.strip():
        raise InputError(f"{where}: 'text' is empty")
    segments = _segments(text)
    article = _article(text, _Segment.merge(segments), where, fields) if segments else None
    if article is None:
        raise InputError(f"{where}: no article text in 'text' (only boilerplate, captions or credits)")
    return article


# --- splitting plain text into articles -----------------------------------------------------

_NEWLINE = re.compile(r"\r\n|\r|\n")
_CONTENT = frozenset({Kind.TEXT, Kind.HEADING, Kind.DATELINE})
_ANCHORS = frozenset({Kind.BYLINE, Kind.OUTLET, Kind.DATELINE})
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_HEADER_WINDOW = 4  # content lines looked at above a byline/dateline to find the headline
#: lines looked at above a byline/dateline at most: thousands of bylines or captions in a row
#: would otherwise make splitting quadratic in the number of lines
_HEADER_LOOKBACK = 64


@dataclass
class _Line:
    """One non-blank line: ``text == source[start:end]`` (without its line ending)."""

    start: int
    end: int
    text: str
    kind: Kind
    first_in_block: bool  # follows a blank line or the start of the text
    last_in_block: bool = False
    dup: bool = False  # repeated (caption) line
    words: int = 0  # number of words, counted up to _WORDS_CAP


@dataclass
class _Segment:
    """An article as a range of lines, with the roles the splitter found."""

    lines: list[_Line]
    first: int
    last: int
    title: int | None = None
    header: set[int] = field(default_factory=set)  # captions and the like between headline and byline
    datelines: list[int] = field(default_factory=list)  # lines whose dateline prefix is blanked
    body_from: int = 0  # first line after the headline and byline/dateline header

    @staticmethod
    def merge(segments: list[_Segment]) -> _Segment:
        """One segment spanning ``segments`` (a JSONL/CSV record is always one article)."""
        head = segments[0]
        return _Segment(head.lines, head.first, segments[-1].last, head.title,
                        set().union(*(s.header for s in segments)), [d for s in segments for d in s.datelines],
                        head.body_from)

    def has_content(self) -> bool:
        return any(self.lines[i].kind in _CONTENT and i not in self.header
                   for i in range(self.first, self.last + 1))


def _scan(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos, after_blank = 0, True
    for m in itertools.chain(_NEWLINE.finditer(text), [None]):
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lines.append(_Line(pos, end, chunk, classify(chunk), after_blank, words=_count_words(chunk)))
            after_blank = False
        else:
            if lines:
                lines[-1].last_in_block = True
            after_blank = True
        if m is None:
            break
        pos = m.end()
    if lines:
        lines[-1].last_in_block = True
    _mark_captions(lines)
    return lines


#: word counts are compared with thresholds under 100: counting stops there (a line may be megabytes long)
_WORDS_CAP = 100
_WORD = re.compile(r"\S+")


def _count_words(s: str) -> int:
    """``len(s.split())`` up to :data:`_WORDS_CAP`, without building a list of every word."""
    if len(s) <= 4 * _WORDS_CAP:
        return min(len(s.split()), _WORDS_CAP)
    return sum(1 for _ in itertools.islice(_WORD.finditer(s), _WORDS_CAP))


def _norm(s: str) -> str:
    return " ".join(s.split()).rstrip(" ,;:")


def _mark_captions(lines: list[_Line]) -> None:
    """Captions known from context: a line repeated (or cut short and repeated), a lone line ending in ","."""
    kinds = (Kind.TEXT, Kind.HEADING, Kind.CAPTION)
    for a, b in itertools.pairwise(lines):
        if a.kind not in kinds or b.kind not in kinds or max(len(a.text), len(b.text)) > LONG_LINE:
            continue  # captions are short; comparing megabyte-long lines costs memory for nothing
        x, y = _norm(a.text), _norm(b.text)
        short, long = sorted((x, y), key=len)
        n = len(short.split())
        same = x == y and n >= 3
        cut = (n >= 4 and long.startswith(short) and long[len(short):len(short) + 1] in (" ", ",", ".", ";")
               and (a.text.rstrip().endswith(",") or len(short) >= 0.6 * len(long) or is_caption(long)))
        if same or cut:
            a.dup = b.dup = True
            a.kind = b.kind = Kind.CAPTION
    for line in lines:
        if (line.kind is Kind.TEXT and line.first_in_block and line.last_in_block
                and line.text.rstrip().endswith(",") and line.words >= 5):
            line.kind = Kind.CAPTION


def _block_first(lines: list[_Line], i: int) -> bool:
    return lines[i].first_in_block or i == 0 or lines[i - 1].kind in NON_CONTENT


def _body_like(lines: list[_Line], i: int) -> bool:
    """A line that reads as (the end of) a body paragraph, not as headline or caption."""
    line = lines[i]
    n = line.words
    ends = bool(_SENTENCE_END.search(line.text.rstrip()))
    return n >= 40 or (ends and n >= 20) or not _block_first(lines, i)


def _headline(lines: list[_Line], i: int) -> bool:
    line = lines[i]
    ok_kind = line.kind in (Kind.TEXT, Kind.HEADING) or (line.kind is Kind.CAPTION and line.dup)
    return ok_kind and _block_first(lines, i) and is_headline_like(line.text)


def _group_end(lines: list[_Line], first: int) -> int:
    """The last line of the byline / agency / dateline run opened at ``first`` (captions may sit in it)."""
    last = j = first
    loose = 0  # content lines since the last anchor: captions unless there are too many
    while lines[last].kind is not Kind.DATELINE and j + 1 < len(lines):
        j += 1
        kind = lines[j].kind
        if kind in _ANCHORS:
            last, loose = j, 0
        elif kind in BREAKS or (kind in _CONTENT and (_body_like(lines, j) or loose >= 2)):
            break
        elif kind in _CONTENT:
            loose += 1
    return last


def _headline_above(lines: list[_Line], first: int, low: int) -> int | None:
    """The headline a few lines above line ``first`` (not before ``low``, nor over
    :data:`_HEADER_LOOKBACK` lines up), if any."""
    window: list[int] = []
    j = first - 1
    low = max(low, first - _HEADER_LOOKBACK)
    while j >= low and len(window) < _HEADER_WINDOW:
        kind = lines[j].kind
        if kind in BREAKS or (kind is Kind.TEXT and _body_like(lines, j)):
            break
        if kind in _CONTENT or _headline(lines, j):
            window.append(j)
        j -= 1
    return next((k for k in reversed(window) if _headline(lines, k)), None)


def _segments(text: str) -> list[_Segment]:
    """The articles of ``text`` as line ranges.

    An article starts (1) at the headline above a byline / agency line / dateline
    (or at that line when no headline is found above it), (2) after a credit,
    separator or copyright line (or a trailing byline) when what follows is a
    headline with text under it or at least 40 words, and (3) at the first
    content line of the text.  A range without content joins the article before it.
    """
    lines = _scan(text)
    n = len(lines)
    starts: dict[int, _Segment] = {}
    breaks = [i for i, line in enumerate(lines) if line.kind in BREAKS]
    trailers: list[int] = []  # bylines / agency lines that close an article
    content_before = list(itertools.accumulate((line.kind in _CONTENT for line in lines), initial=0))
    words_before = list(itertools.accumulate(
        (line.words if line.kind in _CONTENT else 0 for line in lines), initial=0))
    low = first = 0
    while first < n:
        if lines[first].kind not in _ANCHORS:
            first += 1
            continue
        title = _headline_above(lines, first, low)
        if title is None and content_before[first]:
            k = bisect.bisect_left(breaks, first)
            region = max(low, breaks[k - 1] + 1 if k else 0, trailers[-1] + 1 if trailers else 0)
            # (lines in region..first have kept their kinds: only lines before ``low`` were retitled)
            if content_before[first] - content_before[region] <= 2 and words_before[first] - words_before[region] < 80:
                first += 1  # under a headline and a standfirst: part of that article
                continue
            if lines[first].kind is not Kind.DATELINE:
                trailers.append(first)
                first += 1
                continue
        last = _group_end(lines, first)
        start = first if title is None else title
        if title is not None and lines[title].kind is Kind.CAPTION:  # a repeated headline
            lines[title].kind = Kind.TEXT
        header = {k for k in range(start + 1, last + 1) if lines[k].kind in (Kind.TEXT, Kind.HEADING)}
        starts[start] = _Segment(lines, start, last, title, header,
                                 [last] if lines[last].kind is Kind.DATELINE else [], last + 1)
        low = first = last + 1
    group_starts = sorted(starts)
    breaks = sorted(breaks + trailers)
    c: int | None = -1  # the first content line after the break (found once for a run of breaks)
    tried: set[tuple[int, int]] = set()  # (content line, next article start) pairs already decided
    for b in [-1, *breaks]:
        if c is not None and c <= b:
            c = next((i for i in range(b + 1, n) if lines[i].kind in _CONTENT or _headline(lines, i)), None)
        if c is None:
            break
        g = bisect.bisect_right(group_starts, b)  # the first article start after the break
        if c in starts or (g < len(group_starts) and group_starts[g] <= c) or (c, g) in tried:
            continue
        tried.add((c, g))
        next_break = bisect.bisect_right(breaks, c)
        stop = min(group_starts[g] if g < len(group_starts) else n, breaks[next_break] if next_break < len(breaks)
                   else n)
        body = [i for i in range(c + 1, stop) if lines[i].kind in _CONTENT]
        title = c if body and _headline(lines, c) else None
        body.append(c)
        if title is not None or sum(lines[i].words for i in body) >= 40 or not group_starts:
            starts[c] = _Segment(lines, c, c, title, body_from=c if title is None else c + 1)
            if title is not None:
                lines[title].kind = Kind.TEXT if lines[title].kind is Kind.CAPTION else lines[title].kind
        elif b == -1:  # a few words before the first headline: part of the first article
            starts[c] = starts.pop(group_starts[0])
            starts[c].first = c
    segments: list[_Segment] = []
    order = sorted(starts)
    for k, start in enumerate(order):
        seg = starts[start]
        seg.last = (order[k + 1] if k + 1 < len(order) else n) - 1
        if not seg.datelines:  # a dateline in one of the first paragraphs, or "WASHINGTON —" opening the first
            seen = 0
            for i in range(seg.body_from, seg.last + 1):
                if lines[i].kind not in _CONTENT or i in seg.header:
                    continue
                if lines[i].kind is Kind.DATELINE or (not seen and match_dateline(lines[i].text.lstrip())):
                    seg.datelines = [i]
                seen += 1
                if seg.datelines or seen >= 3:
                    break
        if seg.has_content():
            segments.append(seg)
        elif segments:  # only credits, captions, boilerplate: the tail of the previous article
            segments[-1].last = seg.last
            segments[-1].header |= seg.header
    return segments


# --- building Article objects ---------------------------------------------------------------

def _blank(s: str) -> str:
    return re.sub(r"[^\r\n]", " ", s)


def _article(text: str, seg: _Segment, source: str, fields: dict[str, str] | None = None) -> Article | None:
    """The :class:`Article` of a segment, ``None`` when nothing in it is content."""
    fields = fields or {}
    lines = seg.lines[seg.first:seg.last + 1]
    start, end = lines[0].start, lines[-1].end
    cuts: list[tuple[int, int]] = []  # spans of the source text to blank
    meta: dict[str, str | None] = {"byline": None, "dateline": None, "outlet": None}
    agencies: list[str] = []  # outlets named by agency lines, bylines, sign-offs, credits
    early: list[str] = []  # date evidence: metadata, dateline, byline, header, first paragraphs
    captions: list[str] = []  # date evidence of last resort
    paragraphs = 0
    for i, line in enumerate(lines, seg.first):
        kind = line.kind
        if i in seg.datelines:
            indent = len(line.text) - len(line.text.lstrip())
            dl = match_dateline(line.text[indent:])
            if dl is not None:
                cuts.append((line.start, line.start + indent + dl.length))
                meta["dateline"] = meta["dateline"] or dl.place
                meta["outlet"] = meta["outlet"] or dl.outlet
        if (kind in NON_CONTENT or i in seg.header) and i != seg.title:
            cuts.append((line.start, line.end))
            if kind is Kind.BYLINE:
                names, outlet = match_byline(line.text) or (None, None)
                meta["byline"] = meta["byline"] or names
                agencies.append(outlet or "")
            elif kind is Kind.OUTLET:
                agencies.append(canonical_outlet(line.text))
            elif kind in (Kind.CREDIT, Kind.COPYRIGHT):
                agencies.append(find_agency(line.text) or "")
            if kind in (Kind.META, Kind.BYLINE) or i in seg.header:
                early.append(line.text)
            elif kind is Kind.CAPTION:
                (early if i < seg.body_from else captions).append(line.text)
        elif kind in _CONTENT:
            signoff = signoff_start(line.text)
            if signoff is not None:
                cuts.append((line.start + signoff[0], line.end))
                agencies.append(signoff[1])
            if i < seg.body_from or paragraphs < 3:
                early.append(line.text)
                paragraphs += i >= seg.body_from
    body = _apply_cuts(text, start, end, cuts)
    if not body.strip():
        return None
    title = _clean_title(fields.get("title") or "") or (
        _clean_title(seg.lines[seg.title].text) if seg.title is not None else None)
    content = body if title is None or title in body[:len(title) + 200] else f"{title}\n{body}"
    date = parse_date_field(fields["date"]) if fields.get("date") else None
    return Article(
        id=article_id(content), source=source, start=start, end=end, body=body, title=title,
        byline=meta["byline"], dateline=meta["dateline"],
        date=date or _first_date(early + captions), url=(fields.get("url") or "").strip() or None,
        outlet=fields.get("source") or meta["outlet"] or next((a for a in agencies if a), None),
    )


def _apply_cuts(text: str, start: int, end: int, cuts: list[tuple[int, int]]) -> str:
    parts, pos = [], start
    for a, b in sorted(cuts):
        a, b = max(a, pos), min(b, end)
        if a < b:
            parts += [text[pos:a], _blank(text[a:b])]
            pos = b
    parts.append(text[pos:end])
    return "".join(parts)


def _clean_title(line: str) -> str:
    """A headline on one line, without Markdown heading marks."""
    return " ".join(re.sub(r"^\s*#{1,6}\s+", "", line).split())


#: a dateline or caption states the date near its start; looking further only costs time
_DATE_WINDOW = 2_000


def _first_date(texts: list[str]) -> str | None:
    return next((d for t in texts if (d := find_date(t[:_DATE_WINDOW]))), None)
