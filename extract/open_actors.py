"""Actors the gazetteer does not know: typed guesses for names, people groups and title-case lines.

The helpers here are pure functions over spaCy tokens; :class:`~newsgraph.extract.mentions.ArticleActors`
calls them. The rules, each for a class of phrasing:

* **organisation names** (``org_type``): an unknown organisation is a ``GROUP`` when its name reads
  as an armed or political movement (head word army, front, brigade(s), militia, movement, forces,
  rebels ...; or a word like liberation, resistance, jihad anywhere), unless a state name or demonym
  opens it ("Sudanese Armed Forces" is a state institution); otherwise an ``ORGANIZATION``
  (parties, churches, ministries, companies, media).
* **name chunks the NER missed** (``name_chunks``): a run of capitalised proper nouns standing in an
  actor slot becomes an actor only with a type cue: an organisation head word ("Russian Orthodox
  Church", "Arakan Army"), a title before a name ("Patriarch Kirill"), or a group or media noun it
  modifies ("the Jabha Shamiya rebel group", "the Izvestia newspaper"). Months, weekdays, titles
  alone and single sentence-initial words are never names.
* **people groups** (``people_modifier``): a capitalised people or faith word that names no state,
  before a group noun, names a group with that noun: "Tuareg rebels", "Tigrayan forces",
  "Shi'ite militias" (a word the article also uses as a place, "in Darfur", is not a people word).
* **title-case lines** (``title_case_tokens``, ``trim_title_entity``): in a headline written in Title
  Case every word is capitalised, so the NER runs names into verbs ("Odinga Rejects"). An entity
  there is cut at the first function word or verb-like word, and what is left is kept only when the
  gazetteer knows it or the article's other lines name it too.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.lexicon import lexicon

#: head words of armed or political movements ("Arakan Army", "Polisario Front", "Qassam Brigades")
ARMED_HEADS = frozenset({
    "army", "front", "brigade", "brigades", "battalion", "battalions", "militia", "militias", "movement",
    "rebels", "forces", "fighters", "resistance", "mujahideen", "mujahedeen", "legion", "tigers", "jihad",
    "insurgents", "guerrillas", "separatists", "commandos", "liberation",
})
#: words that make any name an armed or political movement ("... Liberation Movement")
ARMED_CUES = frozenset({"liberation", "independence", "resistance", "jihad", "mujahideen", "insurgent", "rebel", "rebels", "separatist", "militia"})
#: head words of organisations that are not armed groups
ORG_HEADS = frozenset({
    "party", "church", "council", "ministry", "agency", "bank", "company", "corporation", "union", "committee",
    "commission", "court", "organization", "organisation", "association", "institute", "university", "fund",
    "foundation", "federation", "league", "alliance", "authority", "office", "service", "network", "news",
    "times", "post", "tribune", "herald", "press", "television", "radio", "group", "coalition", "assembly",
    "parliament", "congress", "senate", "bureau", "department", "directorate", "tribunal", "observatory",
    "secretariat", "platform", "patriarchate", "synod", "mission", "centre", "center", "initiative",
})
#: modifiers that make "group" an armed group ("the X rebel group")
ARMED_MODIFIERS = frozenset({"rebel", "militant", "jihadist", "armed", "insurgent", "separatist", "paramilitary", "militia", "guerrilla", "opposition"})
#: nouns a name can modify to be an organisation ("the Izvestia newspaper", "state broadcaster RTS")
MEDIA_NOUNS = frozenset({"newspaper", "daily", "weekly", "agency", "broadcaster", "channel", "television", "tv", "radio", "website", "magazine", "outlet", "paper", "company", "firm"})
#: nouns a name can modify to be a group ("the Jabha Shamiya rebel group", "CODECO militiamen")
GROUP_HEADS = frozenset({"group", "militia", "militias", "movement", "faction", "brigade", "brigades", "militiamen", "militiaman", "fighters", "fighter", "rebels", "rebel", "insurgents", "separatists", "gunmen", "guerrillas", "jihadists", "militants"})
#: titles kept in a name when one name follows ("Patriarch Kirill", "Pope Francis", "King Charles")
NAME_TITLES = frozenset({"pope", "patriarch", "cardinal", "archbishop", "bishop", "metropolitan", "king", "queen", "prince", "princess", "emperor", "empress", "emir", "sultan", "sheikh", "sheik", "shaikh", "shaykh", "imam", "rabbi", "ayatollah", "grand", "crown"})
#: titles that only a person bears ("President X", "General X")
PERSON_TITLES = frozenset({
    "president", "general", "colonel", "captain", "major", "commander", "marshal", "admiral", "brigadier",
    "minister", "premier", "chancellor", "senator", "governor", "mayor", "ambassador", "envoy", "mr", "mrs", "ms",
    "dr", "sir", "dame", "lord", "lady", "judge", "lieutenant", "sergeant",
})
#: titles dropped from a name ("General Abdourahamane Tiani" -> Abdourahamane Tiani)
DROPPED_TITLES = frozenset({
    "general", "gen", "gen.", "lt", "lt.", "colonel", "col", "col.", "major", "maj", "maj.", "captain", "capt", "capt.",
    "commander", "marshal", "field", "admiral", "brigadier", "sergeant", "lieutenant", "president", "vice", "prime",
    "minister", "premier", "chancellor", "senator", "sen", "sen.", "governor", "gov", "gov.", "mayor", "judge",
    "justice", "ambassador", "envoy", "secretary", "speaker", "deputy", "chairman", "chairwoman", "chief",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "president-elect",
    "brig", "brig.", "sgt", "sgt.", "cmdr.", "cdr.", "cpl.", "pvt.", "insp.", "supt.", "lieut.", "cmdt.", "corporal", "commandant",
})
#: capitalised words of institution names that are no people ("Armed Forces", "National Army")
NAME_ADJECTIVES = frozenset({
    "armed", "national", "democratic", "popular", "united", "special", "revolutionary", "islamic", "republican",
    "federal", "regional", "defence", "defense", "security", "presidential", "royal", "free", "central", "people",
    "peoples", "people's", "supreme", "interim", "transitional", "joint", "allied", "coalition", "government",
})
#: words of ministries and services that name no actor alone ("Defence" in "Defence Secretary X")
DEPARTMENT_WORDS = frozenset({
    "defence", "defense", "interior", "foreign", "finance", "justice", "health", "treasury", "home", "trade",
    "economy", "energy", "information", "intelligence", "education", "agriculture", "labour", "labor",
    "transport", "environment", "affairs", "state", "army", "navy", "military", "police", "security",
})
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: function words of a headline ("Kenya Urges Calm As Protests Spread")
SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from",
    "over", "into", "onto", "after", "amid", "against", "before", "about", "despite", "during", "if", "than",
    "that", "this", "its", "his", "her", "their", "is", "are", "was", "were", "be", "not", "no", "up", "out",
    "off", "down", "vs", "via", "near", "under", "while", "says", "said", "will", "would", "could", "can",
    "may", "must", "should", "has", "have", "had", "new", "more", "all", "how", "why", "what", "who", "when",
})
#: verbs frequent in headlines that the trigger lexicon does not hold
HEADLINE_VERBS = frozenset({
    "win", "quit", "seize", "retake", "hit", "kill", "vow", "slam", "blast", "eye", "mull", "sign", "launch",
    "name", "appoint", "sack", "arrest", "free", "release", "join", "leave", "visit", "reject", "deny", "say",
    "urge", "warn", "meet", "hold", "get", "take", "make", "face", "seek", "plan", "push", "pull", "return",
    "resign", "step", "claim", "call", "ask", "tell", "spread", "rise", "fall", "grow", "end", "open", "close",
    "agree", "pledge", "expel", "suspend", "ban", "order", "approve", "back", "condemn", "accuse", "reach",
    "set", "see", "move", "want", "need", "flee", "capture", "storm", "shell", "bomb", "strike", "clash",
    "fight", "talk", "discuss", "host", "welcome", "praise", "criticise", "criticize", "threaten", "promise",
})
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?\d?$")  # Su-24, An-124, Il-76, MiG-29, S-400
PEOPLE_SUFFIX = re.compile(r"(?:an|ans|ian|ians|ese|i|is|ish|ite|ites|ic|ics|ni)$")
PLACE_PREPS = frozenset({"in", "into", "inside", "near", "outside", "around", "across", "throughout", "toward", "towards", "at"})


# -- words -------------------------------------------------------------------
def is_capitalised(tok: Token) -> bool:
    return bool(tok.text[:1]) and tok.text[:1].isupper()


def anti_prefixed(tok: Token, prefixes: tuple[str, ...] = ("anti",)) -> bool:
    """ "anti-Taliban", or "anti - Taliban" as split: a word named as what is opposed (or, with "pro",
    supported), never an owner."""
    doc = tok.doc
    return tok.lower_.startswith(tuple(f"{p}-" for p in prefixes)) or (
        tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in prefixes)


#: entity labels of times and amounts, never an actor or a place: "attacked Monday", "killed 20"
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def is_date_word(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in _MONTHS or tok.lower_ in _WEEKDAYS or tok.ent_type_ in NUMERIC_ENTS


def is_designation(text: str) -> bool:
    """A weapon or aircraft model ("Su-24", "An-124", "S-400"): never an actor."""
    return any(_DESIGNATION.match(w) for w in text.split())


#: nouns of weapons, vehicles and vessels: a name beside one is a model or a ship, not an actor
MACHINE_NOUNS = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "jet", "jets", "plane", "planes", "aircraft",
    "helicopter", "helicopters", "warplane", "warplanes", "bomber", "bombers", "fighter-bomber", "tank", "tanks",
    "ship", "ships", "vessel", "vessels", "warship", "warships", "frigate", "frigates", "destroyer", "corvette",
    "submarine", "tanker", "carrier", "cruiser", "system", "systems", "launcher", "launchers", "howitzer", "howitzers",
})


def names_a_machine(span: Span) -> bool:
    """ "Iskander missiles", "the frigate Admiral Essen", "Antonov An-124 cargo planes": a model or vessel name."""
    head = span[-1]
    if head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        noun = head.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "An-124 cargo planes"
        if noun.lower_ in MACHINE_NOUNS:
            return True
    if any(c.lower_ in MACHINE_NOUNS and c.i < span.start for t in span for c in t.children if c.dep_ in ("compound", "nmod")):
        return True  # "the frigate Admiral Essen"
    return head.dep_ == "appos" and head.head.lower_ in MACHINE_NOUNS


def controlling_participle(span: Span) -> bool:
    """The span is followed by "-held", "-controlled", "-led", "-dominated", "-run" ("Kurdish-controlled")."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].text == "-":
        part = doc[end + 1]
        if part.head.lemma_.lower() in ("militia", "force", "fighter", "rebel", "group", "militiaman", "unit"):
            return False  # "Kurdish-dominated militias": the noun names the group
        return lexicon().participles.get(part.lower_) in ("CONTROLS", "LEADS") or part.lower_ in ("dominated", "run")
    return False


def plural(tok: Token) -> str:
    """The lower-case plural of a group noun: "militia" -> "militias", "militiaman" -> "militiamen"."""
    if tok.tag_ in ("NNS", "NNPS"):
        return tok.text.lower()
    low = tok.lemma_.lower()
    return low[:-3] + "men" if low.endswith("man") else low + "s"


def _lemmas(word: str) -> set[str]:
    """Candidate base forms of an inflected word ("urges" -> urge, "denied" -> deny, "backing" -> back)."""
    w = word.lower()
    out = {w}
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("s"):
        out.add(w[:-1])
    if w.endswith("ied"):
        out.add(w[:-3] + "y")
    if w.endswith("ed"):
        out |= {w[:-2], w[:-1], w[:-3] if len(w) > 4 and w[-3] == w[-4] else w[:-2]}
    if w.endswith("ing"):
        out |= {w[:-3], w[:-3] + "e"}
    return out


def _verbs() -> frozenset[str]:
    lx = lexicon()
    words = set(lx.verbs) | HEADLINE_VERBS
    for key in ("speech_verbs", "light_verbs", "intent_verbs", "negating_verbs", "threat_verbs"):
        words |= lx.words[key]
    return frozenset(words)


def _name_words() -> frozenset[str]:
    """Words that head names and must never count as verbs ("Forces", "States", "Guards")."""
    lx = lexicon()
    words = set(ARMED_HEADS | ORG_HEADS | GROUP_HEADS) | {"states", "nations", "guard", "guards", "state", "nation"}
    for key in ("group_nouns", "military_nouns", "rebel_nouns", "government_nouns", "force_nouns"):
        words |= lx.words[key]
    return frozenset(words)


def verb_like(tok: Token) -> bool:
    """A capitalised headline word that reads as a verb ("Urges", "Denies", "Meets", "Quit")."""
    low = tok.lower_
    if low in _name_words() or tok.ent_type_ in ("NORP",):
        return False
    verbs = _verbs()
    return any(c in verbs for c in _lemmas(low))


# -- title-case lines ----------------------------------------------------------
def _lines(doc: Doc) -> Iterator[list[Token]]:
    """Tokens of each text line (a line break always ends one)."""
    line: list[Token] = []
    for tok in doc_tokens(doc):
        if tok.is_space and "\n" in tok.text:
            if line:
                yield line
            line = []
            continue
        if not tok.is_space:
            line.append(tok)
        if "\n" in tok.whitespace_:
            yield line
            line = []
    if line:
        yield line


def title_case_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens on lines written in Title Case (or capitals): at least three content
    words, every one capitalised ("Kenya Urges Calm As Protests Spread")."""
    out: set[int] = set()
    for line in _lines(doc):
        content = [t for t in line if t.is_alpha and t.lower_ not in SMALL_WORDS and len(t.text) > 1]
        if len(content) >= 3 and all(is_capitalised(t) for t in content):
            out.update(t.i for t in line)
    return out


def trim_title_entity(span: Span) -> list[Span]:
    """The name-like parts of an entity on a Title Case line: cut at function and verb-like words.

    "Odinga Rejects" -> ["Odinga"]; "Hichilema Meets Ramaphosa" -> ["Hichilema", "Ramaphosa"].
    """
    parts: list[Span] = []
    start = span.start
    doc = span.doc
    for tok in span:
        cut = tok.i > start and (tok.lower_ in SMALL_WORDS or verb_like(tok))
        if cut or tok.lower_ in SMALL_WORDS:
            if tok.i > start:
                parts.append(doc[start : tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(doc[start : span.end])
    return [p for p in parts if any(t.is_alpha for t in p)]


# -- organisations -------------------------------------------------------------
def state_prefixed(span: Span | list[Token], gaz: Gazetteer) -> bool:
    """The name opens with a state name or demonym ("Sudanese Armed Forces", "Kenya Defence Forces")."""
    first = span[0]
    entry = gaz.demonym(first.text) or gaz.lookup(first.text)
    return entry is not None and entry.type == "COUNTRY"


def org_type(span: Span | list[Token], gaz: Gazetteer) -> str:
    """GROUP for an armed or political movement, else ORGANIZATION (see the module docstring)."""
    words = [t.lower_ for t in span if t.is_alpha]
    if not words:
        return "ORGANIZATION"
    if any(w in ARMED_CUES for w in words):
        return "GROUP"
    head = words[-1]
    if head == "party":
        return "ORGANIZATION"
    if head in ARMED_HEADS and not state_prefixed(span, gaz):
        return "GROUP"
    return "ORGANIZATION"


# -- people groups -------------------------------------------------------------
def place_words(doc: Doc) -> set[str]:
    """Capitalised words the article uses as places: objects of "in", "near", ... and names before
    place nouns ("in Darfur", "the Aleppo countryside")."""
    place_nouns = lexicon().words["place_nouns"]
    out: set[str] = set()
    for tok in doc_tokens(doc):
        if not is_capitalised(tok) or tok.pos_ != "PROPN":
            continue
        slot = tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS - {"at"}
        if slot or (tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in place_nouns):
            out.add(tok.text)
    return out


def people_modifier(tok: Token, gaz: Gazetteer, places: set[str], known: Iterable[int]) -> Token | None:
    """The people or faith word before group noun ``tok`` that names no state ("Tuareg" rebels)."""
    known = set(known)
    kids = list(tok.children)
    for c in list(kids):  # "Kurdish-dominated militias": the people word hangs under the participle
        if c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in ("dominated", "led", "majority") and c.i > 1 and c.doc[c.i - 1].text == "-":
            kids += [g for g in c.children if g.i == c.i - 2]
    for c in kids:
        if c.dep_ not in ("amod", "compound", "nmod", "npadvmod") or c.i > tok.i or c.i in known:
            continue
        if not is_capitalised(c) or is_date_word(c) or c.lower_ in SMALL_WORDS | NAME_ADJECTIVES or c.lower_ in _name_words() or c.lower_ in ("anti", "pro", "non"):
            continue  # "Anti-government protesters" opening a sentence: a prefix, not a people
        if c.ent_type_ not in ("NORP", "GPE", "ORG", "PERSON", "LOC", "") or c.text in places:
            continue
        if c.ent_type_ == "" and c.pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        sentence_initial = c.i == c.sent.start or (c.i > 0 and (c.doc[c.i - 1].is_space or c.doc[c.i - 1].is_punct and c.doc[c.i - 1].text in "\"“‘'("))
        if sentence_initial and c.ent_type_ == "" and not PEOPLE_SUFFIX.search(c.lower_):
            continue  # "Armed militias", "Local fighters": capitalised only because a sentence starts
        if c.i > 0 and (c.doc[c.i - 1].text == "-" or c.doc[c.i - 1].lower_ in ("anti", "pro")):
            continue  # "anti-Assad rebels", "Turkish-backed": compounds other rules read
        if lexicon().has("force_nouns", c.lemma_.lower()) or lexicon().has("force_nouns", c.lower_.rstrip("s")):
            continue  # "Marines battle gunmen" (a headline): armed men of their own, not a people
        if gaz.demonym(c.text) or gaz.lookup(c.text) or gaz.person_by_surname(c.text):
            continue  # a state or a known actor: other rules name it
        if c.ent_type_ in ("GPE", "LOC") and not PEOPLE_SUFFIX.search(c.lower_) and c.ent_iob_ == "B" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].ent_iob_ == "I":
            continue  # part of a longer place name
        return c
    return None


def people_group_name(mod: Token, noun: Token) -> str:
    """ "Tuareg" + "rebels" -> "Tuareg rebels"; curly apostrophes made straight ("Shi'ite militias")."""
    text = mod.text.replace("\u2019", "'").replace("\u2018", "'")
    head = plural(noun)
    held = lexicon().has("target_nouns", noun.lemma_.lower())  # "Kurdish positions": held by Kurdish forces
    return f"{text} {'forces' if head in _ARMED_MEN or held else head}"  # "Tigrayan fighters" and "Tigrayan forces": one actor


#: plural nouns for a people's armed men that name one actor: "<People> forces"
_ARMED_MEN = frozenset({"fighters", "forces", "troops", "soldiers", "combatants"})


def pro_modifier(tok: Token) -> str | None:
    """ "pro-Assad" in "pro-Assad militias", "pro-government" in "pro-government fighters"."""
    doc = tok.doc
    for c in tok.children:
        if c.i > tok.i:
            continue
        if c.lower_.startswith("pro-") and len(c.text) > 4:
            return "pro-" + c.text[4:]
        if c.lower_ == "pro" and c.i + 2 < tok.i and doc[c.i + 1].text == "-":
            return "pro-" + doc[c.i + 2].text
        j = c.i
        if doc[j].text != "-" and j >= 2 and doc[j - 1].text == "-" and doc[j - 2].lower_ == "pro":
            return "pro-" + doc[j].text
    return None


# -- name chunks the NER missed ---------------------------------------------------
def chunk_ok(toks: list[Token]) -> bool:
    words = [t for t in toks if t.is_alpha]
    if not words or any(is_date_word(t) for t in toks):
        return False
    return not all(t.lower_ in NAME_TITLES | DROPPED_TITLES | SMALL_WORDS for t in words)


_LAST: list[tuple[Doc, list[Token]]] = []


def ends_line(tok: Token) -> bool:
    """Whether a line break follows ``tok`` (in its trailing whitespace, or ``tok`` is a whitespace token holding one)."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def sentences_back(tok: Token, n: int | None) -> int:
    """Where the ``n`` sentences before ``tok``'s own begin (the article's start for ``None``)."""
    doc = tok.doc
    first = tok.sent.start
    for _ in range(n if n is not None else len(doc)):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return first


#: dependents that leave a noun phrase bare: "the army and the rebels", "both the army ...", "the army, which ..."
NOT_MODIFIERS = frozenset({"prep", "relcl", "acl", "punct", "cc", "conj", "appos", "case", "preconj"})


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as one list, made once per Doc: spaCy builds a new Token object at every
    access, and the rules walk an article's tokens many times (a third of extraction time went there)."""
    if _LAST and _LAST[0][0] is doc and len(_LAST[0][1]) == len(doc):
        return _LAST[0][1]
    toks = list(doc)
    _LAST[:] = [(doc, toks)]
    return toks


def propn_runs(doc: Doc, covered: set[int], skip: set[int]) -> Iterator[list[Token]]:
    """Maximal runs of capitalised proper nouns (with inner hyphens) not covered by an actor."""
    run: list[Token] = []
    toks = doc_tokens(doc)
    for tok in [*toks, None]:
        inside = tok is not None and tok.i not in covered and tok.i not in skip and (
            (tok.pos_ == "PROPN" and is_capitalised(tok)) or (run and tok.text == "-" and tok.i + 1 < len(doc) and is_capitalised(toks[tok.i + 1]))
        )
        if inside:
            run.append(tok)  # type: ignore[arg-type]
            continue
        while run and run[-1].text == "-":
            run.pop()
        if run:
            yield run
        run = []


def chunk_head(toks: list[Token]) -> Token:
    """The token of a run whose syntactic head lies outside it."""
    ids = {t.i for t in toks}
    outside = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return outside[-1] if outside else toks[-1]


def chunk_person(toks: list[Token]) -> tuple[int, str] | None:
    """ "Patriarch Kirill" -> (0, "Patriarch Kirill"); "General Ahmed Musa" -> (1, "Ahmed Musa")."""
    lows = [t.lower_ for t in toks]
    n = 0
    while n < len(toks) and (lows[n] in NAME_TITLES or lows[n] in DROPPED_TITLES):
        n += 1
    names = toks[n:]
    if n == 0 or not 1 <= len(names) <= 3 or any(t.lower_ in _name_words() for t in names):
        return None
    if len(names) == 1 and all(lows[k] in NAME_TITLES for k in range(n)):
        return 0, " ".join(t.text for t in toks)  # the title is part of how the person is named
    if len(names) == 1 and not any(lows[k] in NAME_TITLES for k in range(n)):
        return None  # "President Kiir": a surname after a title is left to the NER and the gazetteer
    return n, " ".join(t.text for t in names)


#: words before a title that make its holder a group's, not a state's: "Kurdish rebel leader", "Maoist chief"
GROUP_TITLE_WORDS = frozenset({"rebel", "separatist", "insurgent", "guerrilla", "maoist", "militia", "jihadist", "militant", "tiger", "tigers"})


def title_group(prefix: list[Token], gaz: Gazetteer) -> str | None:
    """The group named by the words before a title, when they name one: "Kurdish rebel (leader)" ->
    "Kurdish rebels", "Maoist (chief)" -> "Maoists", "Bosnian Serb (leader)" -> "Bosnian Serbs" (two
    people words: a people inside a state); None for "Russian (President)", "South African
    (President)", "opposition (leader)" or a lone "Rebel (leader)"."""
    words: list[Token] = []
    for t in reversed(prefix):  # the adjectives right before the title: "a result Turkish Cypriot (leader)"
        if not (t.lower_ in GROUP_TITLE_WORDS or (t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN", "NOUN"))):
            break
        words.insert(0, t)
    if not words:
        return None
    last, text = words[-1], " ".join(t.text for t in words)
    if gaz.demonym(text) is not None or gaz.lookup(text) is not None:
        return None  # "South African", "North Korean": one state's adjective
    if last.lower_ in GROUP_TITLE_WORDS:
        if len(words) == 1 and last.lower_ not in ("maoist", "tiger", "tigers"):
            return None  # "Rebel leader X": which rebels, the title does not say
    elif not (len(words) >= 2 and (last.ent_type_ == "NORP" or gaz.demonym(last.text) is not None) and gaz.demonym(words[-2].text) is not None):
        return None
    out = [t.text for t in words]
    if not out[-1].lower().endswith("s"):
        out[-1] += "s"
    return " ".join(out)
