"""RSS and Atom feed files: each entry an article, through feedparser.

feedparser reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0, tolerates the malformed XML feeds are
known for, and sanitises entry HTML. An entry's text is its title, a blank line, and its
content (else its summary) as text (:func:`~newsgraph.extract.html_input.fragment_text`);
offsets are into that text. The entry's ``source`` is ``FEED:LINE``, the line where its
``<item>`` / ``<entry>`` starts (as for a JSON Lines record), its ``url`` the entry's link,
its ``date`` the entry's published (else updated) date, and its outlet the feed's title.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.core.errors import InputError
from newsgraph.extract.html_input import fragment_text

__all__ = ["Entry", "feed_entries"]

_ENTRY_TAG = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]")


@dataclass(frozen=True)
class Entry:
    where: str  # FEED:LINE
    text: str
    title: str | None
    date: str | None  # as the feed writes it
    url: str | None
    author: str | None
    outlet: str | None


def feed_entries(data: bytes, source: str) -> Iterator[Entry]:
    """The entries of a feed file (its bytes), in file order."""
    try:
        import feedparser  # lazy: only feed inputs need it
    except ImportError:
        raise InputError(f"{source}: an RSS/Atom feed, and feedparser is not installed to read it; "
                         "pip install feedparser (a newsgraph dependency)") from None
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        why = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise InputError(f"{source}: no entries in the feed{why}")
    lines = [data.count(b"\n", 0, m.start()) + 1 for m in _ENTRY_TAG.finditer(data)]
    if len(lines) != len(entries):  # entries feedparser found some other way: number them instead
        lines = []
    outlet = _text(parsed.get("feed", {}).get("title"))
    for n, e in enumerate(entries):
        where = f"{source}:{lines[n]}" if lines else f"{source}:entry{n + 1}"
        title = _text(e.get("title"))
        content = e.get("content") or []
        html = next((c.get("value") for c in content if c.get("value")), None) or e.get("summary") or ""
        body = fragment_text(html)
        text = "\n\n".join(p for p in (title, body) if p)
        yield Entry(where, text + "\n" if text else "", title, e.get("published") or e.get("updated"),
                    e.get("link") or None, _text(e.get("author")), outlet)


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(fragment_text(value).split()) or None
