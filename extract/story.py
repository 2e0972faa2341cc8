"""Which country a generic actor ("rebels", "government forces", "the army") belongs to.

The rule, strictest evidence first:

1. **the phrase itself**: a state modifier ("Malian rebels", "Syria's army") or an "anti-<leader>"
   prefix ("anti-Assad rebels" -> Syrian rebels) — handled where the phrase is read;
2. **the same sentence**: the country the sentence places events in ("... in Mali", "across Syria",
   "the Syrian city of Aleppo"); with several, the nearest to the phrase; else the one the earlier
   sentences of its paragraph place events in (a digest's "In Kabul, ..." paragraph);
3. **the article**: the *story country*, the country the article most often places events in or
   whose institutions it names ("in Sudan", "Sudan's army", "the Sudanese government"), counted
   once per sentence, and only when that evidence comes from at least two sentences and is at least
   1.5 times any other country's; evidence from one sentence is enough only when the article places
   events nowhere else ("Fighting continued in Libya. The rebels ..."). A dateline the extractor passes in
   ``doc.user_data["newsgraph_dateline"]`` counts as one such sentence, never alone; a bare bureau city
   ("BEIRUT", "DUBAI", "NAIROBI", "WASHINGTON": lexicon ``bureau_cities``) only when the body itself gives its
   country such evidence, since news from Syria is often datelined Beirut and news from Yemen Dubai.
   Where a speaker stood ("speaking in Phnom Penh") or diplomats met ("a meeting in Hanoi") places no
   events; a state's institutions named ("U.S. forces", "Sudan's army") count at most two sentences'
   worth, since a foreign army is named again and again in a story that happens elsewhere.

A country merely mentioned (a subject, an object, a passing "in Iraq") is never enough: an article
about Darfur that mentions Iraq once gives its "rebels" no country at all rather than "Iraqi rebels".
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from newsgraph.extract.actor_names import Mention
from newsgraph.extract.gazetteer import Entry, Gazetteer
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.open_actors import doc_tokens, ends_line, is_date_word

#: prepositions that place events in a country ("fighting in Sudan")
PLACING = frozenset({"in", "into", "inside", "across", "within", "throughout"})
DATELINE_KEY = "newsgraph_dateline"
_MIN_SENTENCES = 2
_MARGIN = 1.5
_NAMED_CAP = 2.0  # at most two sentences' worth of a state's institutions named: foreign forces are named often


#: nouns whose "in X" says where a source sits, not where events happen ("officials in Algeria")
SOURCE_NOUNS = frozenset({
    "official", "source", "diplomat", "analyst", "resident", "witness", "observer", "spokesman", "spokeswoman",
    "spokesperson", "reporter", "journalist", "expert", "embassy", "ambassador", "correspondent", "media",
    "newspaper", "agency", "envoy", "minister", "leader", "counterpart", "exile", "refugee",
})


#: legal nouns whose "in X" says where a case is heard, not where events happen ("faces charges in the United States")
_COURT_NOUNS = frozenset({"charge", "trial", "court", "exile", "asylum", "indictment", "lawsuit", "case", "hearing", "custody", "extradition"})


#: verbs whose "in X" says where a speaker stood, not where events happen ("speaking in Phnom Penh")
_SPEAKING = lexicon().words["speech_verbs"] | {"speak", "brief"}


def _events_in(tok: Token) -> bool:
    """ "in X" (``tok`` the object of a placing preposition) that says where events happen, not where a source
    sits ("officials in X"), a case is heard ("faces charges in X") or a speaker stood ("speaking in X")."""
    anchor = tok.head.head  # "faces charges in X" with "in" on the verb: its object says what sits there
    if anchor.lemma_.lower() in _SPEAKING | SOURCE_NOUNS | _COURT_NOUNS:
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in _COURT_NOUNS for c in anchor.children)


def _place_of(tok: Token, m: Mention) -> bool:
    """A country mention that says where things happen: "in Syria", "the Syrian city of ..."."""
    if tok.head.lower_ in PLACING and tok.dep_ == "pobj":
        return _events_in(tok)
    if m.kind == "demonym" and tok.head.lemma_.lower() in lexicon().words["place_nouns"]:
        return True
    return tok.dep_ in ("appos", "npadvmod") and tok.head.dep_ == "pobj" and tok.head.head.lower_ in PLACING  # "in Goma, Congo"


#: meetings whose "in X" says where diplomats met: "talks in Abuja", "a summit in Singapore"
_VENUE_NOUNS = lexicon().words["talk_nouns"] | lexicon().words["negotiation_nouns"] | {"conference"}


def _venue(tok: Token) -> bool:
    """ "talks in Abuja", "a summit in Singapore": where diplomats meet, not where the sentence's events happen."""
    return tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _VENUE_NOUNS


#: nouns of a state's institutions: "the Sudanese government", "Sudanese forces", "the Myanmar junta"
_INSTITUTIONS = lexicon().words["government_nouns"] | lexicon().words["military_nouns"] | lexicon().words["rebel_nouns"] | {"junta"}


def _weight(tok: Token, m: Mention) -> float:
    if _place_of(tok, m):
        return 0.0 if _venue(tok) else 2.0  # "a meeting in Cambodia": where diplomats met
    institution = not {tok.head.lemma_.lower(), tok.head.lower_}.isdisjoint(_INSTITUTIONS)
    if institution and (m.kind == "demonym" or tok.dep_ in ("compound", "amod")):
        return 1.0  # "the Sudanese government", "the Myanmar junta"
    if tok.dep_ == "poss":  # "Syria's war", "Taiwan's defence ministry"; not "Lebanon's Hezbollah", "Russia's Putin": whose, not where
        return 1.0 if institution or tok.head.pos_ != "PROPN" else 0.0
    return 0.0


def story_country(doc: Doc, mentions: dict[int, Mention], gaz: Gazetteer) -> Entry | None:
    """The article-level country of generic actors (rule 3 of the module docstring), or None."""
    best_in_sentence: dict[tuple[int, str], float] = defaultdict(float)
    for i, m in mentions.items():
        if m.type != "COUNTRY" or i != m.start:
            continue
        tok = _span_head(doc, m)  # "Sri Lanka": "Lanka" is what "in" governs
        key = (tok.sent.start, m.name)
        best_in_sentence[key] = max(best_in_sentence[key], _weight(tok, m))
    dateline = doc.user_data.get(DATELINE_KEY) if doc.user_data else None
    if isinstance(dateline, str) and dateline.strip():
        entry = dateline_country(dateline, gaz)
        if entry is not None and (not _bureau(dateline) or any(w > 0 and name == entry.name for (_, name), w in best_in_sentence.items())):
            best_in_sentence[(-1, entry.name)] = 2.0  # "BEIRUT" only for a story the body places in Lebanon
    votes: Counter[str] = Counter()
    named: Counter[str] = Counter()  # evidence from institutions and possessives alone
    sentences: Counter[str] = Counter()
    for (_, name), w in best_in_sentence.items():
        if w >= 2.0:
            votes[name] += w  # type: ignore[assignment]
        elif w > 0:
            named[name] += w  # type: ignore[assignment]
        if w > 0:
            sentences[name] += 1
    for name, w in named.items():  # "U.S. warplanes", "U.S. forces", "U.S. officials" in a story from Iraq: whose, not where
        votes[name] += min(w, _NAMED_CAP)  # type: ignore[assignment]
    ranked = votes.most_common(2)
    if not ranked:
        return None
    name, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top < _MARGIN * second:
        return None
    if sentences[name] < _MIN_SENTENCES and (second > 0 or _other_places(doc, mentions, name)):
        return None  # one passing "in Iraq" in an article that places events elsewhere ("in Darfur")
    return gaz.by_name(name)


def _bureau(dateline: str) -> bool:
    """A bare dateline of a city agencies report a region from ("BEIRUT", "DUBAI", "NAIROBI", "WASHINGTON"):
    news from Syria is often datelined Beirut and news from Yemen Dubai ("GAO, Mali" names its country)."""
    parts = _dateline_parts(dateline)
    return len(parts) == 1 and parts[0].lower() in lexicon().words["bureau_cities"]


def _dateline_parts(dateline: str) -> list[str]:
    """The comma parts of a dateline's first place: "GAO, Mali" -> ["GAO", "Mali"], "ISTANBUL/ANKARA" -> ["ISTANBUL"]."""
    return [p.strip() for p in dateline.split("/")[0].split(",") if p.strip()]


def _span_head(doc: Doc, m: Mention) -> Token:
    """The syntactic head of a mention's tokens (the one governed from outside): "Lanka" in "Sri Lanka"."""
    for t in doc[m.start : max(m.end, m.start + 1)]:
        if t.head.i == t.i or not m.start <= t.head.i < m.end:
            return t
    return doc[m.start]


def dateline_country(dateline: str, gaz: Gazetteer) -> Entry | None:
    """The country a dateline names: "MOSCOW" -> Russia, "GAO, Mali" -> Mali, "ISTANBUL/ANKARA" -> Turkey
    (the last comma part first: it is the country or state when one is given)."""
    for part in reversed(_dateline_parts(dateline)):
        entry = gaz.lookup(part.title() if part.isupper() else part)
        if entry is not None and entry.type == "COUNTRY":
            return entry
    return None


def _other_places(doc: Doc, mentions: dict[int, Mention], country: str) -> bool:
    """Does the article place events in a named place other than ``country`` ("in Darfur")?"""
    for tok in doc_tokens(doc):
        if tok.dep_ != "pobj" or tok.head.lower_ not in PLACING or not tok.text[:1].isupper() or tok.pos_ != "PROPN" or is_date_word(tok):
            continue
        if _venue(tok) or not _events_in(tok):
            continue  # "a meeting in Hanoi", "speaking in Hanoi"
        m = mentions.get(tok.i)
        if m is None or m.name != country:
            return True
    return False


def paragraph_country(tok: Token, mentions: dict[int, Mention], gaz: Gazetteer) -> Entry | None:
    """The country the earlier sentences of ``tok``'s paragraph place events in, the nearest first
    ("In Kabul, peacekeepers patrolled ... Karzai appealed to the militias": Afghanistan's)."""
    doc = tok.doc
    start = tok.sent.start
    while start > 0:
        if ends_line(doc[start - 1]):
            return None  # the paragraph starts here
        sent = doc[start - 1].sent
        here = sentence_country(sent.root, mentions, gaz)
        if here is not None:
            return here
        start = sent.start
    return None


def sentence_country(tok: Token, mentions: dict[int, Mention], gaz: Gazetteer) -> Entry | None:
    """The country the sentence of ``tok`` places events in (rule 2), the nearest one to ``tok``."""
    found: list[tuple[int, str]] = []
    sent = tok.sent
    for t in doc_tokens(tok.doc)[sent.start : sent.end]:
        m = mentions.get(t.i)
        if m is not None and m.type == "COUNTRY" and m.kind in ("entity", "demonym") and t.i == m.start and _place_of(_span_head(t.doc, m), m) and not _venue(
                _span_head(t.doc, m)):
            found.append((abs(t.i - tok.i), m.name))
    if not found:
        return None
    return gaz.by_name(min(found)[1])
