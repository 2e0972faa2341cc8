"""Split plain text into articles: where each starts, its headline, and what to blank.

A scraped file may hold one or many articles. Each line is classified
(:mod:`newsgraph.extract.boilerplate`: text, heading, byline, dateline, caption, credit,
boilerplate, ...); bylines, outlet lines and datelines anchor article starts, a headline
is looked for just above them, and blank-out cuts keep ``Article.body`` aligned with the
file text (offsets stay valid). :func:`segments` finds the articles, :func:`article_from`
builds one :class:`~newsgraph.core.models.Article`; :mod:`newsgraph.extract.reader` does the
reading (files, folders, records, stdin).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from newsgraph.core.keys import article_id
from newsgraph.core.models import Article
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

__all__ = ["Segment", "article_from", "segments"]

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
class Segment:
    """An article as a range of lines, with the roles the splitter found."""

    lines: list[_Line]
    first: int
    last: int
    title: int | None = None
    header: set[int] = field(default_factory=set)  # captions and the like between headline and byline
    datelines: list[int] = field(default_factory=list)  # lines whose dateline prefix is blanked
    body_from: int = 0  # first line after the headline and byline/dateline header

    @staticmethod
    def merge(segments: list[Segment]) -> Segment:
        """One segment spanning ``segments`` (a JSONL/CSV record is always one article)."""
        head = segments[0]
        return Segment(head.lines, head.first, segments[-1].last, head.title,
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


def segments(text: str) -> list[Segment]:
    """The articles of ``text`` as line ranges.

    An article starts (1) at the headline above a byline / agency line / dateline
    (or at that line when no headline is found above it), (2) after a credit,
    separator or copyright line (or a trailing byline) when what follows is a
    headline with text under it or at least 40 words, and (3) at the first
    content line of the text.  A range without content joins the article before it.
    """
    lines = _scan(text)
    n = len(lines)
    starts: dict[int, Segment] = {}
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
        starts[start] = Segment(lines, start, last, title, header,
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
            starts[c] = Segment(lines, c, c, title, body_from=c if title is None else c + 1)
            if title is not None:
                lines[title].kind = Kind.TEXT if lines[title].kind is Kind.CAPTION else lines[title].kind
        elif b == -1:  # a few words before the first headline: part of the first article
            starts[c] = starts.pop(group_starts[0])
            starts[c].first = c
    segments: list[Segment] = []
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


def article_from(text: str, seg: Segment, source: str, fields: dict[str, str] | None = None) -> Article | None:
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
                meta["dateline"] = meta["dateline"] or dl.where
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
