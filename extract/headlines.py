"""Headlines in Title Case, read as sentences.

"Guterres Condemns Attack On Peacekeepers In Mali" parses as a run of proper nouns: the verb is
not a verb and "Attack" looks like a name. Before parsing, each Title Case line of an article is
put in sentence case, letter for letter (the text keeps its length, so every offset, and the
provenance taken from the original text, stays exact). A capitalised word keeps its capital when
the article tells us it is a name; otherwise it is lowered:

* kept: the line's first word; acronyms and words with digits ("UN", "G7"); a word the article's
  other lines write capitalised in mid-sentence and never in lower case ("Guterres", "Mali"); a
  word the gazetteer knows as a name or demonym when the article does not write it in lower case;
* lowered: every other capitalised word: the small words of titles ("On", "In", "As", "To"),
  words the article writes in lower case ("attack"), and words it never writes at all (news names
  its actors again in the body, so a word seen only in the headline is taken for a common word).
"""
from __future__ import annotations

import re
from collections.abc import Callable

#: words of at least three content words, every one capitalised, make a Title Case line
_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
SMALL = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "with", "from", "into", "onto", "over", "amid", "after", "before", "against",
    "about", "is", "are", "was", "be", "its", "his", "her", "their", "new", "vs", "than", "that", "this", "out",
})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in SMALL and len(w) > 1]
    return len(content) >= _MIN_WORDS and all(_capitalised(w) for w in content)


def _usage(lines: list[str], skip: set[int]) -> tuple[set[str], set[str]]:
    """Words the other lines write capitalised in mid-sentence, and words they write in lower case."""
    upper: set[str] = set()
    lower: set[str] = set()
    for n, line in enumerate(lines):
        if n in skip:
            continue
        for m in _WORD.finditer(line):
            w = m.group()
            before = line[: m.start()].rstrip()
            if w[:1].islower():
                lower.add(w.lower())
            elif before and before[-1] not in ".!?:\"“‘(":  # not a sentence's first word
                upper.add(w.lower())
    return upper, lower


def sentence_case(text: str, is_name: Callable[[str], bool]) -> str:
    """``text`` with its Title Case lines in sentence case, same length (see the module docstring);
    ``is_name(word)``: the gazetteer knows the word as a name or demonym."""
    lines = text.split("\n")
    titled = {n for n, line in enumerate(lines) if _title_case(_WORD.findall(line))}
    if not titled:
        return text
    upper, lower = _usage(lines, titled)
    out = list(lines)
    for n in titled:
        line = lines[n]
        words = list(_WORD.finditer(line))
        known = _known_names(line, words, is_name)
        chars = list(line)
        for k, m in enumerate(words):
            w = m.group()
            low = w.lower()
            keep = (
                k == 0 or not _capitalised(w) or w.isupper() or any(c.isdigit() for c in w)
                or (low in upper and low not in lower)
                or (k in known and low not in lower and low not in SMALL)
            )
            if not keep and len(w[0].lower()) == 1:
                chars[m.start()] = w[0].lower()
        out[n] = "".join(chars)
    return "\n".join(out)


def _known_names(line: str, words: list[re.Match[str]], is_name: Callable[[str], bool]) -> set[int]:
    """Indices of the words that are part of a name the gazetteer knows ("Islamic State", "Kenya")."""
    known: set[int] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if any(j in known for j in range(i, i + size)):
                continue
            if is_name(line[words[i].start() : words[i + size - 1].end()]):
                known.update(range(i, i + size))
    return known
