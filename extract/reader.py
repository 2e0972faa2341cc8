"""Read news articles from text, JSON Lines, CSV, HTML, PDF and RSS/Atom files, folders and stdin.

This module is the dispatcher: :mod:`newsgraph.extract.formats` tells a file's kind from its
first bytes (so a PDF is never decoded as text, and an image, archive or office document is
reported, never skipped without a word); saved pages are read by
:mod:`newsgraph.extract.html_input` (trafilatura), PDFs by :mod:`newsgraph.extract.pdf_input`
(pypdf), feeds by :mod:`newsgraph.extract.feed_input` (feedparser). For those, offsets are
into the text extracted from the file (``Article.body`` locates each article in it) and
``Article.format`` says which reader made the article.

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

Records are untrusted: a line longer than ``MAX_RECORD_BYTES`` or nested deeper than
``MAX_JSON_DEPTH`` (:mod:`newsgraph.core.limits`) is reported before it is parsed, a string
holding a lone surrogate (``"\\ud800"``, valid JSON but no Unicode text) is reported, and each
such record is skipped while the rest of the file is read. A ``date`` that is not a date is
dropped with an :class:`~newsgraph.core.errors.InputWarning`; the article is kept.
"""
from __future__ import annotations

import csv
import itertools
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newsgraph.core import limits
from newsgraph.core.errors import InputError, InputWarning, UsageError
from newsgraph.core.models import Article
from newsgraph.extract import formats
from newsgraph.extract.dates import parse_date_field
from newsgraph.extract.feed_input import feed_entries
from newsgraph.extract.html_input import page_text
from newsgraph.extract.pdf_input import pdf_text
from newsgraph.extract.splitter import Segment, article_from, segments

__all__ = ["read_paths", "read_file", "split_text", "iter_files", "iter_sources", "FOLDER_SUFFIXES", "STDIN_SOURCE",
           "check_date", "with_date"]

TEXT_SUFFIXES = formats.TEXT_SUFFIXES
JSONL_SUFFIXES = formats.JSONL_SUFFIXES
CSV_SUFFIXES = formats.CSV_SUFFIXES
#: Extensions read when a folder is expanded (any file may be given explicitly); files with
#: the extensions of :data:`formats.UNSUPPORTED_SUFFIXES` (images, archives, office files) are
#: reported as unreadable, other files are left out.
FOLDER_SUFFIXES = formats.FOLDER_SUFFIXES
#: ``source`` of articles read from standard input (path ``-``).
STDIN_SOURCE = "<stdin>"
RECORD_FIELDS = ("text", "title", "date", "url", "source")

OnError = Callable[[InputError], None]


# --- public API -----------------------------------------------------------------------------

#: an "article" longer than this is not news text (a dump, a log, a book); it is reported and skipped
MAX_ARTICLE_CHARS = 1_000_000
#: title, date, url and source of a JSONL/CSV record are short; a longer one is a broken record
MAX_FIELD_CHARS = 10_000
#: an HTML page, PDF or feed file larger than this is not one news document
MAX_DOCUMENT_BYTES = 64 << 20


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
    return [a for seg in segments(text) if (a := article_from(text, seg, source)) is not None]


def iter_files(paths: Iterable[str | Path] | str | Path, *, on_error: OnError | None = None) -> Iterator[Path]:
    """The files :func:`read_paths` reads (``Path("-")`` for stdin), e.g. to size a progress bar."""
    for _, path in iter_sources(paths, on_error=on_error):
        yield path


def iter_sources(paths: Iterable[str | Path] | str | Path, *, on_error: OnError | None = None) -> Iterator[tuple[str, Path]]:
    """(source label, path) of each file :func:`read_paths` reads, in its order: the label is
    what its articles' ``source`` starts with (the path as given, or folder + relative path)."""
    return _expand(paths, on_error)


def check_date(value: str) -> str:
    """``value`` when it is a calendar date written ``YYYY-MM-DD`` (the ``--date`` option), else :class:`UsageError`."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()) or parse_date_field(value) is None:
        raise UsageError(f"--date {value!r}: give the date as YYYY-MM-DD (e.g. 2024-03-01)")
    return value.strip()


def with_date(articles: Iterable[Article], date: str | None) -> Iterator[Article]:
    """``articles``, those without a date of their own dated ``date`` (``--date``)."""
    for article in articles:
        yield article.model_copy(update={"date": date}) if date and article.date is None else article


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
        if not _utf8_name(label):
            _report(on_error, InputError(f"{_escaped(label)}: the file name is not UTF-8; rename the file"))
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
                if not _utf8_name(rel):  # the label is stored in the graph file, which is UTF-8
                    _report(on_error, InputError(
                        f"{_escaped(os.path.join(label, rel))}: the file name is not UTF-8; rename the file"))
                    continue
                if not _regular(path / rel):  # a FIFO would block reading, a device never end
                    _report(on_error, InputError(
                        f"{os.path.join(label, rel)}: not a regular file (a pipe, socket or device); skipped"))
                    continue
                yield os.path.join(label, rel), path / rel
        elif path.exists() or path.is_symlink():
            yield label, path
        else:
            _report(on_error, InputError(f"{label}: no such file or folder"))


def _utf8_name(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (decoded by Python as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _escaped(name: str) -> str:
    """A file name with its non-UTF-8 bytes as ``\\xE9``, printable and storable."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


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
                  if not f.startswith(".") and f.lower().endswith(_LISTED)]
    return [os.path.join(*parts) for parts in sorted(found)]


# --- files ----------------------------------------------------------------------------------

#: what a folder lists: the files it reads and the ones it names as unreadable
_LISTED = FOLDER_SUFFIXES + tuple(formats.UNSUPPORTED_SUFFIXES)


def _read(path: Path, source: str, on_error: OnError | None) -> Iterator[Article]:
    if str(path) == "-":
        yield from _read_stdin(source, on_error)
        return
    with _open(path, source) as fh:
        kind = formats.sniff(fh.peek(formats.HEAD_BYTES)[:formats.HEAD_BYTES], path.name, source)
        if kind == "text":
            yield from _text_articles(fh.read(), source, on_error)
        elif kind in ("jsonl", "csv"):
            yield from _records(_bounded(fh.readline), source, kind, on_error)
        else:
            yield from _extracted(kind, _read_limited(fh, source), source, on_error)


def _read_limited(fh: IO[bytes], source: str) -> bytes:
    """The whole of a page, PDF or feed file, refused past ``MAX_DOCUMENT_BYTES``."""
    data = fh.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"{source}: over the {MAX_DOCUMENT_BYTES:,}-byte limit for one page, PDF or feed file")
    return data


def _extracted(kind: str, data: bytes, source: str, on_error: OnError | None) -> Iterator[Article]:
    """The articles of an HTML page, a PDF or a feed: built from the text each reader extracts."""
    if kind == "html":
        page = page_text(data, source)
        fields = {"text": page.text, "title": page.title, "date": page.date, "url": page.url, "source": page.site}
        article, warnings = _record_article({k: v for k, v in fields.items() if v}, source)
        for warning in warnings:
            _report(on_error, warning)
        yield article.model_copy(update={"byline": page.author or article.byline, "format": "html"})
    elif kind == "pdf":
        pdf = pdf_text(data, source)
        found = list(_text_articles(pdf.text.encode("utf-8"), source, on_error))
        for article in found:
            title = article.title or (pdf.title if len(found) == 1 else None)
            yield article.model_copy(update={"format": "pdf", "title": title})
    else:
        count = 0
        for entry in feed_entries(data, source):
            count += 1
            fields = {"text": entry.text, "title": entry.title, "date": entry.date, "url": entry.url,
                      "source": entry.outlet}
            try:
                article, warnings = _record_article({k: v for k, v in fields.items() if v}, entry.where)
            except InputError as err:
                _report(on_error, err)
                continue
            for warning in warnings:
                _report(on_error, warning)
            yield article.model_copy(update={"byline": entry.author or article.byline, "format": "feed"})


def _open(path: Path, source: str) -> IO[bytes]:
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0  # open() below says why
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise InputError(f"{source}: not a regular file (a device or socket); give a file, a folder or - for stdin")
    if stat.S_ISFIFO(mode):  # opening one waits for a writer, perhaps forever
        raise InputError(f"{source}: a named pipe, not a regular file; pipe it to standard input instead "
                         f"(... | newsgraph build - ...)")
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
    for seg in segments(text):
        start, end = seg.lines[seg.first].start, seg.lines[seg.last].end
        if end - start > MAX_ARTICLE_CHARS:  # reported before it is built: no copy of megabytes of text
            found = True
            _report(on_error, _too_long(source, start, end - start))
            continue
        article = article_from(text, seg, source)
        if article is not None:
            found = True
            yield article
    if not found:
        raise InputError(f"{source}: no article text (only boilerplate, captions or credits)")


def _read_stdin(source: str, on_error: OnError | None) -> Iterator[Article]:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    lines: Iterator[bytes] = _bounded(buffer.readline) if buffer is not None else (s.encode("utf-8") for s in stream)
    head: list[bytes] = []
    for line in lines:  # peek at the first non-blank line to tell JSONL/CSV from plain text
        head.append(line)
        if line.strip():
            break
    kind = _sniff(head[-1] if head else b"")
    if kind == "text":  # plain text has no line limit (an article's is checked when it is split)
        if head and isinstance(head[-1], _TooLong):
            raise _too_many_bytes(f"{source}:{len(head)}", head[-1].size)
        rest = buffer.read() if buffer is not None else b"".join(lines)
        data = b"".join(head) + rest
        document = formats.sniff(data[:formats.HEAD_BYTES], "", source)  # a page, PDF or feed piped in
        if document in ("html", "pdf", "feed"):
            yield from _extracted(document, data, source, on_error)
            return
        yield from _text_articles(data, source, on_error)
    else:
        yield from _records(itertools.chain(head, lines), source, kind, on_error)


def _sniff(first: bytes) -> str:
    if isinstance(first, _TooLong):
        return "jsonl" if first.lstrip().startswith(b"{") else "text"
    line = first.decode("utf-8", "replace").lstrip("\ufeff").strip()
    if line.startswith("{"):
        if not limits.json_depth_ok(first):
            return "jsonl"  # and its first record is reported as too deep
        try:
            if isinstance(json.loads(line), dict):
                return "jsonl"
        except (ValueError, RecursionError):
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
            article, warnings = _record_article(fields, where)
        except InputError as err:
            _report(on_error, err)
            continue
        for warning in warnings:
            _report(on_error, warning)
        yield article
    if count == 0:
        raise InputError(f"{source}: no records")


class _TooLong(bytes):
    """A line over ``MAX_RECORD_BYTES``: its first bytes only (``size`` is its length)."""

    size = 0


def _bounded(readline: Callable[[int], bytes]) -> Iterator[bytes]:
    """The lines ``readline`` gives, none held longer than ``MAX_RECORD_BYTES`` (+1): a longer
    line is read past in pieces of 1 MiB and stands as a :class:`_TooLong` of its first bytes."""
    limit = limits.MAX_RECORD_BYTES
    while line := readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        cut = _TooLong(line[:64])
        cut.size = len(line)
        while not line.endswith(b"\n"):
            line = readline(1 << 20)
            if not line:
                break
            cut.size += len(line)
        yield cut


def _jsonl_rows(lines: Iterable[bytes], source: str, on_error: OnError | None) -> Iterator[tuple[str, Any]]:
    offset = 0
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        base, offset = offset, offset + (raw.size if isinstance(raw, _TooLong) else len(raw))
        if b"\x00" in raw:  # a binary file: give up on it as a whole
            raise InputError(f"{source}: binary file (NUL byte at byte offset {base + raw.index(0)}), not JSON Lines")
        try:
            if isinstance(raw, _TooLong):
                raise _too_many_bytes(where, raw.size)
            if not limits.json_depth_ok(raw):
                raise InputError(f"{where}: JSON nested deeper than {limits.MAX_JSON_DEPTH} levels, over the limit "
                                 "for a record (NEWSGRAPH_MAX_JSON_DEPTH); a record is one flat object")
            line = _decode(raw, where, base, strip_bom=number == 1)
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{where}: invalid JSON ({err.msg} at column {err.colno})") from None
            except RecursionError:  # a depth limit raised past Python's own
                raise InputError(f"{where}: JSON nested too deep for Python's parser") from None
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
            if isinstance(raw, _TooLong):  # a CSV record may span lines: the reader cannot resume here
                raise InputError(f"{_too_many_bytes(f'{source}:{number}', raw.size)}; the rest of the file is skipped")
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


def _too_many_bytes(where: str, size: int) -> InputError:
    return InputError(f"{where}: the line is {size:,} bytes long, over the {limits.MAX_RECORD_BYTES:,}-byte limit "
                      "for one record (NEWSGRAPH_MAX_RECORD_BYTES)")


#: a UTF-16 surrogate on its own: JSON may spell one ("\\ud800"), but it is no character and
#: cannot be written as UTF-8 (the article id, the graph file and Neo4j all need that)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _record_article(fields: Any, where: str) -> tuple[Article, list[InputWarning]]:
    """The article of a record, and warnings about fields dropped from it."""
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
    for name in RECORD_FIELDS:
        bad = _SURROGATE.search(fields.get(name) or "")
        if bad:
            raise InputError(f"{where}: '{name}' holds a lone surrogate (\\u{ord(bad.group()):04x} at character "
                             f"{bad.start()}), which is not Unicode text")
    if not text.strip():
        raise InputError(f"{where}: 'text' is empty")
    warnings = []
    date = fields.get("date")
    if date and date.strip() and parse_date_field(date) is None:
        fields = {k: v for k, v in fields.items() if k != "date"}
        warnings.append(InputWarning(
            f"{where}: 'date' is not a full date ({json.dumps(date[:40], ensure_ascii=False)}); the article is "
            "built without it (dated from its text, if the text gives a date)"))
    segs = segments(text)
    article = article_from(text, Segment.merge(segs), where, fields) if segs else None
    if article is None:
        raise InputError(f"{where}: no article text in 'text' (only boilerplate, captions or credits)")
    return article, warnings
