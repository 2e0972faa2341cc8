"""What kind of file an input is: told from its first bytes first, its extension second.

:func:`sniff` gives one of :data:`READABLE` kinds (``text``, ``jsonl``, ``csv``, ``html``,
``pdf``, ``feed``) or raises :class:`~newsgraph.core.errors.InputError` naming the file, what it
looks like (an image, a zip archive, an office document ...) and what to do instead. So a PDF
is never decoded as text, and a file a folder holds that newsgraph cannot read is never
skipped without a word.
"""
from __future__ import annotations

import re

from newsgraph.core.errors import InputError

__all__ = ["READABLE", "FOLDER_SUFFIXES", "UNSUPPORTED_SUFFIXES", "sniff", "suffix_kind", "HEAD_BYTES"]

#: bytes read from the start of a file to tell its kind
HEAD_BYTES = 4096

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
FEED_SUFFIXES = (".rss", ".atom", ".xml")
#: every kind the reader reads
READABLE = ("text", "jsonl", "csv", "html", "pdf", "feed")
#: extensions a folder is expanded to and read
FOLDER_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + CSV_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES + FEED_SUFFIXES

_HINT_TEXT = "save or convert it as text (.txt), HTML, PDF or a feed file"
#: extension -> what such a file is; a folder names these (they are not read, and not silently left out)
UNSUPPORTED_SUFFIXES: dict[str, str] = {
    **dict.fromkeys((".doc", ".docx", ".odt", ".rtf", ".pages"), "a word-processor document"),
    **dict.fromkeys((".xls", ".xlsx", ".ods", ".numbers"), "a spreadsheet"),
    **dict.fromkeys((".ppt", ".pptx", ".odp", ".key"), "a presentation"),
    **dict.fromkeys((".epub", ".mobi"), "an e-book"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".svg"), "an image"),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst"), "an archive"),
    **dict.fromkeys((".mp3", ".wav", ".ogg", ".m4a", ".mp4", ".mov", ".avi", ".mkv", ".webm"), "audio or video"),
    **dict.fromkeys((".mht", ".mhtml", ".warc"), "a web archive"),
}

#: magic bytes at offset 0 -> what the file is
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "an image (PNG)"), (b"\x89PNG", "an image (PNG)"), (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"), (b"\xff\xd8\xff", "an image (JPEG)"), (b"II*\x00", "an image (TIFF)"),
    (b"MM\x00*", "an image (TIFF)"), (b"BM", "an image (BMP)"),
    (b"PK\x03\x04", "a zip archive (or an office document, which is one)"), (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!", "a RAR archive"), (b"(\xb5/\xfd", "a zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old office document (.doc/.xls)"), (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"), (b"MZ", "a program"), (b"%!PS", "a PostScript file"),
    (b"ID3", "audio (MP3)"), (b"OggS", "audio (Ogg)"), (b"fLaC", "audio (FLAC)"),
)
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)\b")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I)
_XML_START = re.compile(rb"<\?xml\b")


def suffix_kind(name: str) -> str:
    """The kind an extension says (``text`` for an unknown one)."""
    low = name.lower()
    for suffixes, kind in ((JSONL_SUFFIXES, "jsonl"), (CSV_SUFFIXES, "csv"), (HTML_SUFFIXES, "html"),
                           (PDF_SUFFIXES, "pdf"), (FEED_SUFFIXES, "feed")):
        if low.endswith(suffixes):
            return kind
    return "text"


def sniff(head: bytes, name: str, source: str) -> str:
    """The kind of a file whose first bytes are ``head``; an unreadable one raises :class:`InputError`."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    for magic, what in _MAGIC:
        if head.startswith(magic) and not (magic in (b"BM", b"MZ") and _texty(head)):
            raise unsupported(source, what)
    low = name.lower()
    what = next((w for s, w in UNSUPPORTED_SUFFIXES.items() if low.endswith(s)), None)
    if what is not None and not (low.endswith(".svg") and b"<svg" in head):
        if b"\x00" in head or not _texty(head):
            raise unsupported(source, what)
    if low.endswith(".svg") or (b"<svg" in head[:512] and not _HTML_START.search(head[:1024])):
        raise unsupported(source, "an image (SVG)")
    kind = suffix_kind(name)
    if kind in ("jsonl", "csv"):
        return kind
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        if _FEED_ROOT.search(head) and not _HTML_START.match(start):
            return "feed"
        if _HTML_START.match(start) or (_XML_START.match(start) and _HTML_START.search(head)):
            return "html"
        if kind == "feed":
            raise InputError(f"{source}: XML, but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root); "
                             "newsgraph reads feeds, HTML pages, PDF and text")
    if kind in ("html", "feed") and b"\x00" not in head and not start.startswith(b"<"):
        return "text"  # a page saved as text under an .html name: read what it says
    return kind


def unsupported(source: str, what: str) -> InputError:
    """The error for a file newsgraph cannot read: what it is, and what to do."""
    return InputError(f"{source}: {what}, not news text newsgraph can read; {_HINT_TEXT}")


def _texty(head: bytes) -> bool:
    """True when ``head`` looks like text (UTF-8, no NUL, few control characters)."""
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # a character cut at the end of the head is fine
            return False
        text = head[:err.start].decode("utf-8")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    return controls <= len(text) // 100
