"""What a line of scraped news text is: content, or byline, dateline, caption, credit, boilerplate.

Every function here looks at one line (stripped of its line ending) and knows
nothing about its neighbours; the reader combines these verdicts with the
context (repeated captions, the header before a byline) to split and clean
articles.  The patterns are generic shapes of news pages, not strings of any
particular file.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

__all__ = [
    "Kind", "Dateline", "classify", "match_byline", "match_dateline", "is_headline_like",
    "is_caption", "signoff_start", "find_agency", "canonical_outlet", "NON_CONTENT", "BREAKS",
]


class Kind(enum.Enum):
    """The role of one non-blank line."""

    TEXT = "text"  # body or headline text
    HEADING = "heading"  # an ALL-CAPS section heading (kept as content)
    DATELINE = "dateline"  # a paragraph opening "PLACE (Agency) -": only the prefix is blanked
    BYLINE = "byline"
    OUTLET = "outlet"  # a line naming only the agency ("Associated Press")
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"
    META = "meta"  # "Published: 29 November 2016" and similar page metadata
    CREDIT = "credit"  # "(Reporting by ...; Editing by ...)", "X contributed to this report."
    COPYRIGHT = "copyright"
    SEPARATOR = "separator"  # "___", "* * *"


#: Lines of these kinds are blanked from an article body.
NON_CONTENT = frozenset({Kind.BYLINE, Kind.OUTLET, Kind.CAPTION, Kind.BOILERPLATE, Kind.META,
                         Kind.CREDIT, Kind.COPYRIGHT, Kind.SEPARATOR})
#: Lines of these kinds end an article: text after them may start a new one.
BREAKS = frozenset({Kind.CREDIT, Kind.COPYRIGHT, Kind.SEPARATOR})

# --- agencies ---------------------------------------------------------------------------

_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "Associated Press": ("Associated Press", "The Associated Press", "AP"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "BBC": ("BBC", "BBC News"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "TASS": ("TASS", "ITAR-TASS"),
    "Interfax": ("Interfax",), "RIA Novosti": ("RIA Novosti", "RIA"), "Sputnik": ("Sputnik",),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu"), "Al Jazeera": ("Al Jazeera",),
    "CNN": ("CNN",), "dpa": ("dpa", "DPA"), "EFE": ("EFE",), "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",), "UPI": ("UPI", "United Press International"), "ANSA": ("ANSA",),
    "PTI": ("PTI",), "IANS": ("IANS",), "SANA": ("SANA",), "IRNA": ("IRNA",), "EPA": ("EPA",),
}
_ALIAS = {alias.lower(): name for name, aliases in _AGENCIES.items() for alias in (name, *aliases)}
_AGENCY_RE = "|".join(sorted({re.escape(a) for v in _AGENCIES.values() for a in v}, key=len, reverse=True))
_AGENCY_WORD = re.compile(rf"(?<![\w-])(?:{_AGENCY_RE})(?![\w-])")


def canonical_outlet(name: str) -> str:
    """``"The Associated Press"``/``"AP"`` -> ``"Associated Press"``; unknown names unchanged."""
    name = " ".join(name.split()).strip(" .,;:|-–—")
    return _ALIAS.get(name.lower(), _ALIAS.get(re.sub(r"^the\s+", "", name, flags=re.I).lower(), name))


def find_agency(line: str) -> str | None:
    """The first known agency named in ``line`` (case-sensitive, whole words), canonical."""
    m = _AGENCY_WORD.search(line)
    return canonical_outlet(m.group()) if m else None


# --- line patterns ----------------------------------------------------------------------

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DL_DATE = rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}\.?(?:\s+\d{{4}})?)"
_PW = r"[A-Z][\w.'’\-]*"  # a capitalised place word
_CAPS_PW = r"[A-Z][A-Z.'’\-]+"
_REGION = rf"(?:,\s*(?!{_MONTH}\b)(?P<region>{_PW}(?: {_PW}){{0,2}}))?"
_DL_TAIL = rf"(?:,?\s*(?P<date>{_DL_DATE}))?"
_STRONG_DATELINE = re.compile(
    rf"^(?P<place>{_PW}(?:[ /]{_PW}){{0,3}}){_REGION}{_DL_TAIL}"
    r"\s*\((?P<outlet>[A-Z][\w.&'’ \-]{1,38}?)\)\s*(?:[–—]|-{1,2}|:)\s*(?=\S)")
_WEAK_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PW}(?:[ /]{_CAPS_PW}){{0,3}}){_REGION}{_DL_TAIL}\s*(?:[–—]|--|\s-)\s+(?=\S)")


@dataclass(frozen=True)
class Dateline:
    """A dateline prefix ``PLACE[, Region][, Date] (Outlet) –`` of ``length`` characters."""

    length: int
    place: str
    outlet: str | None
    strong: bool  # names an outlet in parentheses: strong enough to start an article
    region: str | None = None  # "GAO, Mali": the country or state after the place

    @property
    def where(self) -> str:
        """The place as written with its region: ``"GAO, Mali"``."""
        return f"{self.place}, {self.region}" if self.region else self.place


def match_dateline(line: str) -> Dateline | None:
    """The dateline at the start of a paragraph, if any (leading spaces not allowed)."""
    m = _STRONG_DATELINE.match(line)
    if m:
        return Dateline(m.end(), m["place"], canonical_outlet(m["outlet"]), True, m["region"])
    m = _WEAK_DATELINE.match(line)
    if m and sum(c.isalpha() for c in m["place"]) >= 3:
        return Dateline(m.end(), m["place"], None, False, m["region"])
    return None


_BYLINE = re.compile(r"^(?:by|written by|story by|words by|reported by)\s+(?P<rest>\S.*)$", re.I)
_NAME_LINKS = {"and", "&", "de", "da", "di", "del", "della", "van", "von", "der", "den", "al", "el", "bin",
               "ibn", "le", "la", "du", "dos", "y", "in", "at", "for", "of", "the", "with"}
_BYLINE_ROLE = re.compile(
    r",?\s*(?:(?:senior|chief|staff|special|foreign)\s+)*(?:writer|reporter|correspondent|editor)s?$", re.I)


def match_byline(line: str) -> tuple[str | None, str | None] | None:
    """``(names, outlet)`` for a byline such as ``By Jane Doe and John Roe, Reuters``, else ``None``."""
    # one space between words: the patterns below backtrack over whitespace runs
    m = _BYLINE.match(" ".join(line.split()))
    if not m:
        return None
    parts = re.split(r"\s*[|•·]\s*|\s+[–—-]\s+", m["rest"])
    names, outlet = parts[0].strip(), None
    for extra in parts[1:]:
        if canonical_outlet(extra) in _AGENCIES:
            outlet = canonical_outlet(extra)
    tail = re.search(rf"(?:,\s*|\s+)(?P<o>(?:{_AGENCY_RE})(?:\s+\w+)?)$", names)
    if tail:
        outlet, names = canonical_outlet(_BYLINE_ROLE.sub("", tail["o"])), names[:tail.start()]
    names = _BYLINE_ROLE.sub("", names).strip(" ,")
    words = names.replace(",", " ").split()
    if not words or len(words) > 12:
        return None
    for w in words:
        if w.lower() in _NAME_LINKS:
            continue
        if not (w[0].isupper() or re.match(r"(?:al|el|bin|de|van|von)-?[A-Z]", w)):
            return None
        if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|Jr\.|Sr\.|St\.", w):
            return None
    if canonical_outlet(names) in _AGENCIES:
        return None, canonical_outlet(names)
    return names, outlet


_CAPTION_PATTERNS = (
    re.compile(r"\b[A-Z]{2,}(?:[ -][A-Z]{2,})*/[A-Z][^/\n]{0,60}(?<![.!?])$"),  # REUTERS/Jane Doe
    re.compile(r"\((?:AP|AFP|EPA|Reuters|REUTERS|Getty)\b[^()]*\)\.?$"),  # (AP Photo/Jane Doe)
    re.compile(r"\bvia (?:REUTERS|Reuters|AP|AFP|EPA|Getty Images)\.?$"),
    re.compile(r"(?:^|[.!?”\"]\s+|\s[|–—]\s*)(?:REUTERS|AFP|EPA|AP(?: Photo)?|Getty Images|Xinhua|Sputnik"
               r"|TASS|Anadolu(?: Agency)?)(?: [Pp]hoto)?\.?$"),
    re.compile(r"(?:^|[.!?]\s+|\s[|–—]\s*)(?:Photo|Photograph|Picture|Image|Pic)(?:s| credit)?\s*(?::|by\s)"),
    re.compile(r"\b(?:Getty Images|Shutterstock|iStock(?:photo)?|File [Pp]hoto)\.?$"),
)


_CAPTION_HEAD = re.compile(r"(?:image|photo|picture|media|video)\s+(?:copyright|caption|source|credit)\b", re.I)


def is_caption(line: str) -> bool:
    """True when ``line`` carries a photo credit ("... REUTERS/Name", "Photo: ...", "(AP Photo/...)")."""
    s = line.strip()
    if len(s.split()) > 90:
        return False
    tail = max(0, len(s) - 160)  # credits sit at the end of a caption
    return _CAPTION_HEAD.match(s) is not None or any(p.search(s, tail) for p in _CAPTION_PATTERNS)


_BOILER_EXACT = frozenset((  # whole lines, compared lower-cased without edge punctuation
    "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "promoted",
    "paid content", "share", "share this", "share this article", "share this story", "share this page",
    "share on facebook", "share on twitter", "share via email", "tweet", "email", "e-mail", "print",
    "print this article", "comments", "comment", "leave a comment", "leave a reply", "post a comment",
    "show comments", "view comments", "hide comments", "read more", "read more here", "more", "related",
    "related articles", "related stories", "related content", "related coverage", "more on this story",
    "more stories", "see also", "most read", "most popular", "trending", "trending now", "recommended",
    "recommended for you", "top stories", "you may also like", "continue reading",
    "continue reading below", "story continues below", "article continues below", "scroll to continue",
    "skip to content", "skip to main content", "skip advertisement", "back to top", "loading", "close",
    "menu", "search", "subscribe", "subscribe now", "sign in", "log in", "login", "register", "listen",
    "listen to this article", "play video", "view gallery", "newsletter", "follow us", "copy link",
    "link copied", "accept", "accept all", "accept cookies", "cookie settings", "manage cookies",
    "open in app",
))
_BOILER_SHORT = re.compile(  # whole-line shapes, only on short lines
    r"^(?:(?:share|tweet|email|e-mail)\s+(?:this|on|via|with)\b|\d+\s+comments?\b|(?:read|see)\s+(?:more|also)\b"
    r"|(?:also read|more from|more on|more in|related(?:\s+\w+)?)\s*:|(?:sign up|subscribe|register)\b"
    r"|follow (?:us|@|\S+(?: \S+){0,3} on (?:twitter|facebook|instagram|x|telegram|linkedin)\b)"
    r"|(?:click|tap) (?:here|to)\b|(?:tags?|topics?|filed under|categories|keywords)\s*:"
    r"|(?:watch|listen|video)\s*:|advertisement\b|sponsored\b|our standards\b|\d+\s+min(?:ute)?s? read\b"
    r"|(?:print|email|share|save|tweet|comment)(?:\s*[|/·•]\s*\w+)+$"
    r"|[\w .&'-]{1,25}(?:\s*[|›»>]\s*[\w .&'-]{1,25}){2,}$)", re.I)  # breadcrumbs: Home | World | Europe
_BOILER_ANY = re.compile(  # paywall and cookie notices anywhere in a line of modest length
    r"\b(?:you(?:'ve| have) (?:reached|read|used) (?:your|\d+|all)\b|to continue reading\b|already a subscriber"
    r"|already have an account|(?:available|reserved) (?:only )?(?:to|for) (?:subscribers|members)"
    r"|subscribe (?:now|today) (?:to|for)\b|free trial\b|unlimited (?:digital )?access\b"
    r"|we use cookies|this (?:site|website) uses cookies|by (?:continuing|using) (?:to (?:use|browse) )?"
    r"(?:this|our) (?:site|website)|accept (?:all )?cookies|cookie (?:policy|settings|preferences)"
    r"|sign up for (?:our|the|a)\b[^.]{0,40}\bnewsletter)", re.I)
_META = re.compile(r"^(?:published|updated|posted|last updated|first published|last modified|date)\b"
                   r"\s*(?:on|at)?\s*:?.*\d", re.I)
_DATE_ONLY = re.compile(  # "Tuesday, November 29, 2016 10:32 AM GMT" and nothing else
    rf"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$", re.I)
_COPYRIGHT_START = re.compile(r"(?:copyright|©|\(c\))", re.I)
_COPYRIGHT_ANY = re.compile(r"\ball rights reserved\b"
                            r"|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)", re.I)
_CREDIT_START = re.compile(
    r"\(\s*(?:additional |further )?(?:reporting|writing|editing|compiled|compiling|research|translation"
    r"|translated|production|produced|graphics|story|interviews?)\b.*\)\s*\.?$"
    r"|(?:additional )?(?:reporting|writing|editing|compiled) by (?!the\b)[A-Z]"
    rf"|[–—-]+\s*(?:{_AGENCY_RE})(?:\s+(?:Report|News|Staff))?\.?$", re.I)
_CREDIT_ANY = re.compile(r"\bcontributed (?:to )?(?:this|the) (?:report|story|article|reporting)\b", re.I)
_SEPARATOR = re.compile(r"^(?=(?:.*[_\-–—=*~•·#+.]){3})[\s_\-–—=*~•·#+.]+$")
_SIGNOFF = re.compile(
    rf"(?<=[.!?”\"’)])\s*[–—-]{{1,2}}\s*(?P<o>(?:{_AGENCY_RE})(?:\s+(?:Report|News|Staff))?"
    r"|[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2}\s+Report)\s*$")
_SENTENCE_END = re.compile(r"[.!?;:,][\"”’')\]]*$")
_CLOSERS = "\"”’')]"
_ABBREV_END = re.compile(r"[A-Z]\.[A-Z]\.")  # "U.S." at the end, before closing quotes: see _abbrev_end


def _abbrev_end(s: str) -> bool:
    """``s`` ends in an abbreviation ("U.S.", "U.N.") before any closing quotes.

    Only the last four characters are looked at: searching the whole line for a run
    of "A." pairs at its end takes quadratic time on a long run of them.
    """
    return _ABBREV_END.fullmatch(s.rstrip(_CLOSERS)[-4:]) is not None


def signoff_start(line: str) -> tuple[int, str] | None:
    """Where a trailing agency sign-off ("... said. – BBC Report") begins, and the outlet."""
    m = _SIGNOFF.search(line)
    if not m:
        return None
    outlet = re.sub(r"\s+(?:Report|News|Staff)$", "", m["o"])
    return m.start(), canonical_outlet(outlet)


def _words(s: str) -> int:
    return len(s.split())


#: a line longer than this is checked on its first characters first (see :func:`classify`)
LONG_LINE = 10_000
_SPACES = re.compile(r"\s*")


def _long_body(line: str) -> bool:
    """A long line of more than 90 words: every pattern but the dateline and separator ones needs fewer."""
    return len(line) > LONG_LINE and _words(line[:LONG_LINE]) > 90


def classify(line: str) -> Kind:
    """The kind of one non-blank line, judged on the line alone."""
    if _long_body(line):  # same verdict as below, without copying a line that may be megabytes long
        if _SEPARATOR.match(line):
            return Kind.SEPARATOR
        indent = _SPACES.match(line).end()  # type: ignore[union-attr]
        dl = match_dateline(line[indent:indent + 1_000])
        return Kind.DATELINE if dl is not None and dl.strong else Kind.TEXT
    s = " ".join(line.split())
    n = _words(s)
    low = s.strip(" .:|>»›•·–—-").lower()
    if _SEPARATOR.match(s):
        return Kind.SEPARATOR
    if n <= 80 and (_CREDIT_START.match(s) or _CREDIT_ANY.search(s)):
        return Kind.CREDIT
    if n <= 60 and (_COPYRIGHT_START.match(s) or _COPYRIGHT_ANY.search(s)):
        return Kind.COPYRIGHT
    if low in _BOILER_EXACT or (n <= 20 and _BOILER_SHORT.match(s)) or (n <= 50 and _BOILER_ANY.search(s)):
        return Kind.BOILERPLATE
    if n <= 12 and (_META.match(s) or _DATE_ONLY.match(s)):
        return Kind.META
    if n <= 8 and canonical_outlet(re.sub(r"\s+(?:staff|reporters?|writers?)$", "", s, flags=re.I)) in _AGENCIES:
        return Kind.OUTLET
    if n <= 20 and match_byline(s):
        return Kind.BYLINE
    if is_caption(s):
        return Kind.CAPTION
    dl = match_dateline(line.lstrip())
    if dl is not None and dl.strong:
        return Kind.DATELINE
    if n <= 12 and not s.endswith(".") and len(s) <= LONG_LINE:  # a heading is a short line
        letters = [c for c in s if c.isalpha()]
        if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
            return Kind.HEADING
    return Kind.TEXT


def is_headline_like(line: str) -> bool:
    """A short line without final punctuation that starts with a capital: a possible headline."""
    if len(line) > LONG_LINE and _words(line[:LONG_LINE]) > 20:
        return False
    s = re.sub(r"^#{1,6}\s+", "", line.strip())  # Markdown heading marks
    n = _words(s)
    if not 2 <= n <= 20 or "http" in s or "www." in s:
        return False
    if _SENTENCE_END.search(s) and not _abbrev_end(s) and not s.endswith(("?", "!", "?”", "!”")):
        return False
    first = s.lstrip("\"“‘'")
    return bool(first) and (first[0].isupper() or first[0].isdigit())
