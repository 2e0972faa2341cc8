"""Saved news pages: the article's main text and metadata through trafilatura.

trafilatura (the field's standard main-text extractor) drops navigation, footers, related
links and scripts and reads the title, author, date, site name and canonical URL from the
page's metadata. The text the article is built from is the headline, a blank line, and the
paragraphs trafilatura kept, one blank line apart; offsets (``char_start`` / ``char_end``) are
into that text, which :func:`page_text` (and ``newsgraph.extract.reader.read_file(page)``) gives back.

:func:`fragment_text` turns a short HTML fragment (a feed entry's content) into text with a
blank line between blocks, without trafilatura's main-content heuristics (which drop short texts).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from newsgraph.core.errors import InputError

__all__ = ["Page", "page_text", "fragment_text"]

_HINT = "pip install trafilatura (a newsgraph dependency)"


@dataclass(frozen=True)
class Page:
    """What a saved page holds: ``text`` (headline + paragraphs) and its metadata."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    url: str | None
    site: str | None


def page_text(data: bytes, source: str) -> Page:
    """The main text and metadata of a saved HTML page (its bytes)."""
    try:
        import trafilatura  # lazy: loads lxml, htmldate and its language data
    except ImportError:
        raise InputError(f"{source}: an HTML page, and trafilatura is not installed to read it; {_HINT}") from None
    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False)
    except Exception as exc:  # noqa: BLE001 - a broken page is a bad input, not a crash
        raise InputError(f"{source}: cannot read the HTML page ({type(exc).__name__}: {exc})") from None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise InputError(f"{source}: no article text in the HTML page (only navigation, links or scripts)")
    title = _one_line(getattr(doc, "title", None))
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] != title:
        paragraphs.insert(0, title)
    return Page("\n\n".join(paragraphs) + "\n", title, _one_line(getattr(doc, "author", None)),
                _one_line(getattr(doc, "date", None)), _one_line(getattr(doc, "url", None)),
                _one_line(getattr(doc, "sitename", None)))


_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
           "section", "article", "header", "footer", "pre", "figure", "figcaption", "dd", "dt", "hr"}
_DROP = {"script", "style", "noscript", "template", "iframe", "object", "svg", "form", "button", "nav"}


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags removed, one blank line between blocks, spaces collapsed."""
    if "<" not in fragment:
        return _collapse(_unescape(fragment))
    from lxml import html as lxml_html  # lazy: only feeds with HTML content need it

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml's errors vary: fall back to stripping tags
        return _collapse(_unescape(re.sub(r"<[^>]*>", " ", fragment)))
    parts: list[str] = []

    def walk(el: object) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
        if tag.lower() in _DROP:
            if el.tail:  # type: ignore[attr-defined]
                parts.append(el.tail)  # type: ignore[attr-defined]
            return
        block = tag.lower() in _BLOCKS
        if block:
            parts.append("\n\n")
        if el.text and tag:  # type: ignore[attr-defined]
            parts.append(el.text)  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:  # type: ignore[attr-defined]
            parts.append(el.tail)  # type: ignore[attr-defined]

    walk(root)
    return _collapse("".join(parts))


def _collapse(text: str) -> str:
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text)]
    return "\n\n".join(b for b in blocks if b)


def _unescape(text: str) -> str:
    return html.unescape(text)


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
