"""Full calendar dates in news text and in record fields.

Only *full* dates (day, month and year) count: "Nov 29, 2016", "29 November 2016",
"2016-11-29".  A weekday ("on Thursday") or a day and month without a year
("Nov 29") says too little and yields ``None``.
"""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["find_date", "parse_date_field"]

_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # November 28, 2016 / Nov. 28 2016 / Nov 28th, 2016
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    # 28 November 2016 / 28th of November, 2016
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    # 2016-11-28 (also the date part of an ISO timestamp)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<mn>\d{2})-(?P<d>\d{2})(?!\d)"),
)


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["mn"]) if groups.get("mn") else _MONTHS[groups["m"].lower()]
    try:
        return _dt.date(int(groups["y"]), month, int(groups["d"])).isoformat()
    except ValueError:  # 31 February and the like
        return None


def find_date(text: str) -> str | None:
    """The first full date written in ``text`` as ``YYYY-MM-DD``, else ``None``."""
    best: tuple[int, str] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), iso)
                break
    return best[1] if best else None


def parse_date_field(value: str) -> str | None:
    """Normalise a record's ``date`` field to ``YYYY-MM-DD``; ``None`` when it is no full date.

    ISO dates and timestamps are read directly; other spellings ("Tue, 29 Nov 2016",
    "11/29/2016") go through python-dateutil when it is installed.  A value that
    lacks the day, month or year gives ``None`` rather than a guess.
    """
    value = value.strip()
    if not value:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", value)
    if iso:
        try:
            return _dt.date(*map(int, iso.groups())).isoformat()
        except ValueError:
            return None
    found = find_date(value)
    if found:
        return found
    try:
        from dateutil import parser
    except ImportError:  # optional: without it only the forms above are understood
        return None
    try:
        # Parse twice with different defaults: a part missing from the value
        # would be filled in from the default and make the two results differ.
        first = parser.parse(value, default=_dt.datetime(2000, 1, 1)).date()
        second = parser.parse(value, default=_dt.datetime(2001, 2, 2)).date()
    except (ValueError, OverflowError, TypeError):
        return None
    return first.isoformat() if first == second else None
