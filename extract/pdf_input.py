"""PDF files: the text of every page through pypdf.

pypdf (the py-pdf project: pure Python, no system libraries, actively released) reads the
text a PDF draws, page by page, in layout order. The PDF's text is the pages' text joined by a
form feed on a line of its own; it is split into articles as plain text is (a
digest may hold several), so offsets are into that text, and ``newsgraph.extract.reader.read_file(pdf)`` gives
each article with its ``body`` located in it. A PDF whose pages draw no text (a scan) is
reported: it needs OCR first. The metadata's creation date is not taken as the article's date
(it is when the file was made, often long after); give ``--date`` for an undated PDF.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from newsgraph.core.errors import InputError

__all__ = ["PdfText", "pdf_text", "PAGE_BREAK"]

#: between the text of two pages
PAGE_BREAK = "\f"
#: pages read at most (a book is not news)
MAX_PAGES = 500


@dataclass(frozen=True)
class PdfText:
    text: str
    title: str | None  # from the document's metadata
    pages: int


def pdf_text(data: bytes, source: str) -> PdfText:
    """The text of a PDF (its bytes), pages joined by :data:`PAGE_BREAK`."""
    try:
        from pypdf import PdfReader  # lazy: only PDF inputs need it
    except ImportError:
        raise InputError(f"{source}: a PDF, and pypdf is not installed to read it; pip install pypdf "
                         "(a newsgraph dependency), or convert it to text (pdftotext)") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd fonts are not the user's problem
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure means: a password is needed
                raise InputError(f"{source}: an encrypted PDF; save it without a password first") from None
        if len(reader.pages) > MAX_PAGES:
            raise InputError(f"{source}: a PDF of {len(reader.pages)} pages, over the {MAX_PAGES}-page limit "
                             "for news; split it")
        pages = [_clean(page.extract_text() or "") for page in reader.pages]
        meta = reader.metadata
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken PDF makes pypdf raise many kinds: a bad input, not a crash
        raise InputError(f"{source}: cannot read the PDF ({type(exc).__name__}: {exc})") from None
    text = (PAGE_BREAK + "\n").join(pages)  # the break on a line of its own: a blank line
    if not text.strip():
        raise InputError(f"{source}: the PDF holds no text (a scan?); run OCR on it first (e.g. ocrmypdf)")
    title = (" ".join(str(meta.title or "").split()) or None) if meta is not None else None
    return PdfText(text, title, len(pages))


def _clean(page: str) -> str:
    """One page's text: no form feeds of its own (they mark page breaks), no trailing spaces."""
    return "\n".join(line.rstrip() for line in page.replace(PAGE_BREAK, "\n").splitlines()).strip("\n") + "\n"
