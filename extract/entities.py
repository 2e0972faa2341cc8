"""Named entities of an article read as actors: the gazetteer first, then typed guesses (open_actors.py).

:class:`EntityReader` is the part of :class:`~newsgraph.extract.mentions.ArticleActors` that turns the
NER's entities (and proper-noun runs it missed) into :class:`~newsgraph.extract.actor_names.Mention` s:

* a Title Case headline's entities are cut at verbs and function words and kept only when the
  gazetteer or the rest of the article backs them ("Odinga Rejects" -> Odinga, if the body names him);
* an unknown name run into a known one is one name ("The Ta'ang" + "National Liberation Army");
* a title before a name makes a person ("Patriarch Teodor", tagged as a place), and a religious or
  royal title stays part of a one-word name;
* weapons and vessels ("Su-24", "Iskander missiles", "the frigate Admiral Essen") and words of
  titles ("Defence" in "Defence Secretary X") are no actors;
* a people word before a group noun ("Tigrayan" forces) is left to the group noun;
* an unknown name in a place slot ("in Aleppo", "toward al-Bab", "the town of Kidal") is a place,
  whatever the NER called it;
* unknown organisations are typed GROUP or ORGANIZATION by their words; a state's ministry or
  armed force speaks for the state ("Kenya Defence Forces" -> Kenya).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.actor_names import NAME_PARTICLES, OFFICE_WORDS, Mention, capitalised_common_plural, group_words, noun_lemma, strip_name, surname_key
from newsgraph.extract.gazetteer import FAMILY_FIRST, Entry, Gazetteer, is_hyphenated_given_name
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.open_actors import (
    doc_tokens,
    ARMED_CUES,
    ARMED_HEADS,
    ARMED_MODIFIERS,
    DEPARTMENT_WORDS,
    DROPPED_TITLES,
    GROUP_HEADS,
    MEDIA_NOUNS,
    NAME_TITLES,
    ORG_HEADS,
    PEOPLE_SUFFIX,
    PERSON_TITLES,
    PLACE_PREPS,
    SMALL_WORDS,
    chunk_head,
    chunk_ok,
    chunk_person,
    controlling_participle,
    is_capitalised,
    is_designation,
    names_a_machine,
    org_type,
    place_words,
    propn_runs,
    title_case_tokens,
    trim_title_entity,
    verb_like,
)

_ENTITY_LABELS = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "LANGUAGE")
#: where an actor stands in a clause: subject, object, prepositional object, apposition, possessor
ACTOR_SLOTS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss", "conj", "attr", "ROOT", "dative")


#: titles only a head of state or government holds, used to tell apart persons sharing a surname
_HEAD_OF_STATE_TITLES = frozenset({"president", "premier", "chancellor", "king", "queen", "emir", "sultan"})


#: titles only a person holds: a name in apposition with one is a person's ("X, a spokesman for Y")
_PERSON_TITLES = frozenset({
    "president", "founder", "co-founder", "ruler", "commander", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy",
    "ambassador", "official", "fellow", "researcher", "analyst", "professor", "scholar", "economist", "lecturer", "director",
    "lawmaker", "legislator", "senator", "officer", "diplomat", "negotiator", "adviser", "advisor", "aide", "representative",
    "chairman", "chairwoman", "emir", "king", "sultan", "monarch", "imam", "speaker", "chairperson", "governor", "deputy",
    "secretary", "chief", "leader", "general", "colonel", "mayor", "lawyer", "cleric"})


#: last words of a facility-looking name that is a body acting: "the Carter Center", "the Henry Dunant Centre"
_BODY_HEADS = frozenset({"centre", "center", "institute", "foundation", "council", "committee", "commission"})


def _ethnic_people(span: Span) -> bool:
    """ "ethnic Albanians", "Serbs" in "ethnic Albanians and Serbs": a people named as a noun with "ethnic", or joined to one."""
    head = span[-1]
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("amod", "compound") or head.tag_ not in ("NNS", "NNPS"):
        return False
    def ethnic(tok: Token) -> bool:
        return any(c.lower_ == "ethnic" for c in tok.children) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic")
    return ethnic(span[0]) or ethnic(head) or (head.dep_ == "conj" and ethnic(head.head))


def _titled_by_apposition(head: Token) -> bool:
    """ "X, a spokesman for Y", "X, the group's commander": a name an apposition gives a person's title."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _PERSON_TITLES for c in head.children)


#: words that name a movement's force, not a state's: "Myanmar National Democratic Alliance Army", "Free Syrian Army"
_MOVEMENT_WORDS = frozenset({"democratic", "alliance", "allied", "free", "revolutionary", "salvation", "patriotic", "front", "movement"})


def _state_words() -> frozenset[str]:
    """Words that are no organisation's name alone ("Junta", "Government", "Army")."""
    w = lexicon().words
    return w["government_nouns"] | w["military_nouns"] | {"state", "army", "junta", "regime"}


#: singular heads an unknown name before them names as one organisation ("the Seleka coalition"),
#: where a plural head names a people's men ("Tuareg rebels")
_ORGANISATION_HEADS = frozenset({"coalition", "alliance", "group", "movement", "militia", "faction", "front", "cartel", "gang", "network"})


def _names_organisation(tok: Token) -> bool:
    """Is ``tok`` a name modifying a singular organisation noun: "Seleka" in "the Seleka coalition"? Not a people's
    adjective: "Kurdish militia" is the Kurdish militias (open_actors.people_group_name), no group "Kurdish"."""
    noun = tok.head
    return (tok.dep_ in ("compound", "nmod", "amod") and noun.i == tok.i + 1 and noun.tag_ == "NN" and noun.lower_ in _ORGANISATION_HEADS
            and not (tok.tag_ == "JJ" and noun.lower_ == "militia"))


#: lower-case particles inside place names: "Mocimboa da Praia", "Ciudad del Este", "Rio de Janeiro"
_PLACE_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "des"})
#: an acronym in parentheses after a name: "(RUF)", "(MNLA)", "(M23)", "(PKK)"
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9-]{1,9}")
#: nouns that say an actor is an armed or political group: "X, the Egyptian affiliate of Y"
_GROUP_WORDS = frozenset({"affiliate", "branch", "wing", "offshoot", "faction", "group", "militia", "movement", "franchise", "splinter"})
#: singular nouns a name follows to say what kind of actor it is: "the party Batasuna", "the group Ansaru"
_NAMING_NOUNS = frozenset({"party", "group", "movement", "faction", "militia", "organisation", "organization", "coalition", "alliance", "front", "union"})


def family_name_first(name: str, entry: Entry | None) -> bool:
    """Whether a person's first word is the family name: a known person of a family-name-first state,
    or a name whose given name is hyphenated ("Im Jong-seok", "Kang Kyung-wha")."""
    words = name.split()
    if entry is not None and entry.type == "PERSON" and entry.iso3 in FAMILY_FIRST:
        return True
    return len(words) == 2 and is_hyphenated_given_name(words[1])


class EntityReader:
    """Entity reading for :class:`~newsgraph.extract.mentions.ArticleActors` (a mixin: the fields are its)."""

    doc: Doc
    gaz: Gazetteer
    mentions: dict[int, Mention]
    title_tokens: set[int]
    places: set[str]
    full_names: dict[str, str]

    def add(self, m: Mention) -> Mention:  # pragma: no cover - provided by ArticleActors
        raise NotImplementedError

    def _entities(self) -> None:
        doc = self.doc
        self.title_tokens = title_case_tokens(doc)
        spans: list[tuple[Span, str, str]] = []  # (span, NER label, ruler id)
        for e in doc.ents:
            if e.label_ not in _ENTITY_LABELS:
                continue
            if e.start in self.title_tokens and not e.ent_id_:
                spans += [(p, e.label_, "") for p in trim_title_entity(e)]
            else:
                spans.append((e, e.label_, e.ent_id_))
        spans = [self._titled_person(*x) for x in self._merge_names(self._split_pairs(self._cut_owners(self._particle_places(spans))))]
        full_names: dict[str, str] = {}
        for span, label, _ in spans:
            if label == "PERSON" and span.start not in self.title_tokens:
                s, t = self._person_span(span)
                name = doc[s:t].text
                entry = self.gaz.lookup(name)
                if entry is not None and entry.type == "PERSON":
                    name = entry.name
                if len(name.split()) >= 2:
                    full_names.setdefault(surname_key(name), name)
                    if family_name_first(name, entry):  # "Kim Jong Un" is "Kim", "Moon Jae-in" is "Moon"
                        full_names.setdefault(surname_key(name.split()[0]), name)
        body = {span.text for span, _, _ in spans if span.start not in self.title_tokens}
        self.places = place_words(doc)
        for span, label, ident in spans:
            if span.start in self.title_tokens and not ident and not self._confirmed(span, body, full_names):
                continue  # a name in a Title Case headline that nothing else in the article backs
            m = self._resolve_entity(span, label, ident, full_names)
            if m is not None:
                self.add(m)
        self.full_names = full_names
        for i in sorted(self.title_tokens):  # "Ruto Urges Calm" over an article that names William Ruto
            tok = doc[i]
            key = surname_key(tok.text)
            if i not in self.mentions and key in full_names and tok.is_alpha and len(tok.text) > 2 and not verb_like(tok) and tok.lower_ not in SMALL_WORDS:
                self.add(Mention(i, i + 1, full_names[key], "PERSON", tok.text))
        for tok in doc_tokens(doc):  # "Modi flew to Beijing": a known surname the NER left untagged, in an actor's slot
            named = tok.text[:1].isupper() and surname_key(tok.text) in full_names  # "Morales condemned ..." (read as "morale")
            if named and tok.i not in self.mentions and tok.pos_ == "NOUN" and tok.ent_type_ == "" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss") \
                    and tok.i not in self.title_tokens and not any(c.dep_ in ("compound", "det", "amod") for c in tok.children):
                self.add(Mention(tok.i, tok.i + 1, full_names[surname_key(tok.text)], "PERSON", tok.text))
                continue
            if (tok.i not in self.mentions and tok.pos_ == "PROPN" and tok.is_alpha and len(tok.text) > 3 and tok.text[:1].isupper()
                    and not tok.text.isupper() and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
                    and not any(c.dep_ == "compound" for c in tok.children) and tok.dep_ != "compound" and tok.ent_type_ == ""
                    and tok.i not in self.title_tokens):
                known = self.gaz.person_by_surname(tok.text)
                if known is not None and self.gaz.lookup(tok.text) is None and self.gaz.demonym(tok.text) is None:
                    self.add(Mention(tok.i, tok.i + 1, known.name, "PERSON", tok.text, iso3=known.iso3))
        self._same_place_everywhere()
        self._described_as_group()
        self._peninsulas()
        self._names_with_in()
        self._the_north_and_south()

    def _the_north_and_south(self) -> None:
        """ "the North", "the South" in an article that names North Korea or South Korea (or Sudan and South
        Sudan): that state, the way the story's own people say it."""
        doc = self.doc
        states = {m.name for m in self.mentions.values() if m.type == "COUNTRY" and m.kind in ("entity", "demonym")}
        for tok in doc_tokens(doc):
            if tok.text not in ("North", "South") or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                continue  # "the North Atlantic", "the South China Sea"
            held = self.mentions.get(tok.i)
            if held is not None and (held.type != "LOCATION" or held.end != tok.i + 1):
                continue
            named = [s for s in states if s.startswith(tok.text + " ")]
            if len(named) == 1:
                entry = self.gaz.by_name(named[0])
                if entry is not None:
                    self.add(Mention(tok.i - 1, tok.i + 1, entry.name, "COUNTRY", doc[tok.i - 1 : tok.i + 1].text, iso3=entry.iso3))

    def _names_with_in(self) -> None:
        """A known name that runs on past "in": "Al Qaeda in the Arabian Peninsula", "al-Qaeda in the Islamic
        Maghreb" — the NER cut it into a group and a place."""
        doc = self.doc
        for m in sorted(self._distinct_mentions(), key=lambda x: x.start):
            if m.type not in ("GROUP", "ORGANIZATION") or m.end >= len(doc) or doc[m.end].lower_ != "in":
                continue
            best = None
            for k in range(m.end + 2, min(m.end + 8, len(doc)) + 1):
                last = doc[k - 1]
                if not (last.text[:1].isupper() or last.lower_ in ("the", "and", "of")):
                    break
                entry = self.gaz.lookup(doc[m.start:k].text)
                if entry is not None and entry.type in ("GROUP", "ORGANIZATION"):
                    best = (k, entry)
            if best is not None:  # the whole name over the group and the place it holds (add covers every token)
                k, entry = best
                self.add(Mention(m.start, k, entry.name, entry.type, doc[m.start:k].text, iso3=entry.iso3))

    def _peninsulas(self) -> None:
        """ "the Korean peninsula", "the Arabian Peninsula": a region named by its adjective is a place,
        not the state or people the adjective would name."""
        for tok in doc_tokens(self.doc):
            if tok.lemma_.lower() != "peninsula" or tok.i == 0:
                continue
            adj, held = self.doc[tok.i - 1], self.mentions.get(tok.i - 1)
            if tok.i in self.mentions or (held is not None and held.kind != "demonym"):
                continue  # "al-Qaeda in the Arabian Peninsula": part of a name
            if adj.head.i == tok.i and adj.dep_ in ("amod", "compound") and adj.text[:1].isupper() and adj.is_alpha:
                self.add(Mention(adj.i, tok.i + 1, f"{adj.text} Peninsula", "LOCATION", self.doc[adj.i : tok.i + 1].text))

    def _distinct_mentions(self) -> list[Mention]:
        """Each mention once (a mention spanning several tokens is stored under each of them)."""
        return list({id(m): m for m in self.mentions.values()}.values())

    def _acronyms(self) -> None:
        """An acronym the article defines ("the Revolutionary United Front (RUF)") names that actor
        wherever it stands, also where the NER missed it or took it for something else."""
        doc = self.doc
        defined: dict[str, Mention] = {}
        for m in self._distinct_mentions():
            if m.type not in ("GROUP", "ORGANIZATION") or m.kind != "entity" or m.end - m.start < 2 or m.end + 2 >= len(doc):
                continue
            opening, acr, closing = doc[m.end], doc[m.end + 1], doc[m.end + 2]
            if opening.text == "(" and closing.text == ")" and _ACRONYM.fullmatch(acr.text) and acr.text[0] == next((w[0] for w in m.text.split() if w[:1].isupper()), ""):
                defined.setdefault(acr.text, m)
        if not defined:
            return
        for tok in doc_tokens(doc):
            m = defined.get(tok.text)
            held = self.mentions.get(tok.i)
            if m is not None and (held is None or (held.name != m.name and held.kind == "entity")):  # the article's own definition wins
                self.add(Mention(tok.i, tok.i + 1, m.name, m.type, tok.text, iso3=m.iso3))

    def _described_as_group(self) -> None:
        """A name the NER took for a place or a person that an apposition or a copula calls a group: "Sinai Province, the
        Egyptian affiliate of Islamic State", "Ansar Dine is a militant group"."""
        for m in self._distinct_mentions():
            if m.type not in ("LOCATION", "PERSON") or m.kind != "entity" or self.gaz.lookup(m.text) is not None:
                continue  # "Ansar al-Sunna" tagged as a person, "Sinai Province" as a place
            head = self.doc[m.end - 1]
            said = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                said += [c for c in head.head.children if c.dep_ == "attr"]
            if any(noun_lemma(c) in _GROUP_WORDS for c in said):
                self.add(Mention(m.start, m.end, m.name, "GROUP", m.text))

    def _same_place_everywhere(self) -> None:
        """A name the article uses as a place is a place wherever it stands ("El Fasher" tagged as an
        organisation in "an attack on El Fasher", a place in "near El Fasher")."""
        places = {m.name for m in self.mentions.values() if m.type == "LOCATION" and m.kind == "entity"}
        for m in self._distinct_mentions():
            if m.name in places and m.type in ("ORGANIZATION", "PERSON", "GROUP") and m.kind == "entity" and self.gaz.by_name(m.name) is None:
                self.add(Mention(m.start, m.end, m.name, "LOCATION", m.text))

    def _particle_places(self, spans: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """A place name with a lower-case particle the NER cut at it: "Mocimboa da Praia", "Ciudad del Este",
        "Rio de Janeiro" (not Praia, Cape Verde's capital)."""
        doc = self.doc
        out: list[tuple[Span, str, str]] = []
        for span, label, ident in spans:
            s = span.start
            if ((label in ("GPE", "LOC") or (label == "ORG" and self._listed_place(span))) and s >= 2 and doc[s - 1].lower_ in _PLACE_PARTICLES
                    and doc[s - 1].text.islower() and is_capitalised(doc[s - 2]) and doc[s - 2].pos_ == "PROPN"):
                start = s - 2
                while start > 0 and is_capitalised(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                if out and out[-1][0].end > start:
                    out.pop()  # "Mocimboa" tagged on its own
                out.append((doc[start : span.end], "GPE", ""))
                continue
            out.append((span, label, ident))
        return out

    def _cut_owners(self, spans: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """A known person's or state's possessive the NER ran into a name: "Morales' Movement for Socialism",
        "Russia's Gazprom" are the owner and the organisation ("the People's Party" stays whole)."""
        out: list[tuple[Span, str, str]] = []
        people = {surname_key(e.text) for e in self.doc.ents if e.label_ == "PERSON"}  # "Evo Morales" named elsewhere
        for span, label, ident in spans:
            cut = next((t.i for t in span if t.tag_ == "POS" and span.start < t.i < span.end - 1), None)
            owner = self.doc[span.start : cut] if cut is not None else None
            if owner is None or ident or self.gaz.lookup(span.text) is not None:
                out.append((span, label, ident))
                continue
            known = self.gaz.lookup(owner.text) or self.gaz.person_by_surname(owner.text)
            rest = self.gaz.lookup(self.doc[cut + 1 : span.end].text)  # "Morales' Movement for Socialism": the party is known
            named = cut - span.start == 1 and surname_key(owner.text) in people
            if (known is None or known.type not in ("PERSON", "COUNTRY")) and (rest is None or rest.type not in ("ORGANIZATION", "GROUP")) and not named:
                out.append((span, label, ident))
                continue
            owner_label = "GPE" if known is not None and known.type == "COUNTRY" else "PERSON"
            out += [(owner, owner_label, ""), (self.doc[cut + 1 : span.end], label, ident)]
        return out

    def _split_pairs(self, spans: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """Two places or two people the NER ran into one name ("Ashkelon and Beersheba", "Putin and Erdogan"):
        two names, unless the whole is one the gazetteer knows ("Bosnia and Herzegovina")."""
        out: list[tuple[Span, str, str]] = []
        for span, label, ident in spans:
            cut = [t.i for t in span if t.lower_ == "and" and span.start < t.i < span.end - 1]
            pair = len(cut) == 1 and not (span.start <= self.doc[cut[0] - 1].head.i < span.end) and self.doc[cut[0] + 1 :span.end].root.head.i == cut[0] - 1
            if (label not in ("GPE", "LOC", "PERSON") and not (label == "ORG" and pair and self._listed_place(span))) or ident or len(cut) != 1 or self.gaz.lookup(span.text) is not None:
                out.append((span, label, ident))
                continue
            left, right = self.doc[span.start : cut[0]], self.doc[cut[0] + 1 : span.end]
            if not (is_capitalised(left[-1]) and is_capitalised(right[0])):
                out.append((span, label, ident))
                continue
            out += [(left, label, ident), (right, label, ident)]
        return out

    def _merge_names(self, spans: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """An unknown name run into a known one is one longer name: "The Ta'ang" + "National Liberation
        Army" (an alias of another group) is the Ta'ang National Liberation Army."""
        out: list[tuple[Span, str, str]] = []
        doc = self.doc
        for span, label, ident in spans:
            if out and out[-1][1] == "PERSON" and out[-1][0][-1].lower_ in NAME_PARTICLES and out[-1][0].end == span.start and len(span) == 1 and is_capitalised(span[0]):
                out[-1] = (doc[out[-1][0].start : span.end], "PERSON", "")  # "Daniel arap" + "Moi": the NER cut the name at its particle
                continue
            if out and ident and label == "ORG" and out[-1][0].end == span.start and not out[-1][2]:
                prev = out[-1][0]
                s, t = strip_name(prev)
                first = self.doc[s:t].text
                if out[-1][1] in ("ORG", "NORP", "PERSON") and prev[-1].head.i >= span.start and self.gaz.lookup(first) is None and self.gaz.demonym(first) is None:
                    out[-1] = (self.doc[prev.start : span.end], "ORG", "")
                    continue
            if out and out[-1][1] == "ORG" and out[-1][0].end == span.start and out[-1][0][-1].lower_ in ("of", "for") and label in ("GPE", "LOC", "NORP", "ORG"):
                prev = out[-1][0]  # "the Islamic Movement of" + "Uzbekistan": the NER cut the name at the place
                out[-1] = (self.doc[prev.start : span.end], "ORG", "")
                continue
            out.append((span, label, ident))
        return out

    def _titled_person(self, span: Span, label: str, ident: str) -> tuple[Span, str, str]:
        """ "Patriarch Teodor" tagged as a place: a person title before a name makes it a person."""
        words = [t.lower_ for t in span]
        if label in ("GPE", "LOC", "ORG", "NORP", "FAC") and not ident and len(span) >= 2 and words[0] in NAME_TITLES | PERSON_TITLES and all(is_capitalised(t) for t in span):
            return span, "PERSON", ident
        return span, label, ident

    def _confirmed(self, span: Span, body: set[str], full_names: dict[str, str]) -> bool:
        """A headline name the gazetteer knows or the article's other lines name too."""
        text = span.text.strip()
        return (
            text in body
            or self.gaz.lookup(text) is not None
            or self.gaz.demonym(text) is not None
            or (len(span) == 1 and (surname_key(text) in full_names or self.gaz.person_by_surname(text) is not None))
        )

    def _person_span(self, span: Span) -> tuple[int, int]:
        """A person's name without titles, except a title before a single name ("Patriarch Kirill")."""
        s, t = strip_name(span)
        doc = span.doc
        while s > 0 and doc[s - 1].lower_ in NAME_TITLES and is_capitalised(doc[s - 1]) and t - s == 1:
            s -= 1  # "Patriarch Kirill", "Pope Francis", "Grand Prince Vladimir"
        if t < len(doc) and doc[t].pos_ == "PROPN" and is_capitalised(doc[t]) and not doc[t].ent_type_:
            known = self.gaz.lookup(doc[s : t + 1].text)  # "Gloria Macapagal (Arroyo)'s": a known name the NER cut short
            if known is not None and known.type == "PERSON":
                t += 1
        return s, t

    def _resolve_entity(self, e: Span, label: str, ident: str, full_names: dict[str, str]) -> Mention | None:
        s, t = self._person_span(e) if label == "PERSON" else strip_name(e)
        span = self.doc[s:t]
        text = span.text.strip()
        if not text or not any(c.isupper() for c in text) or is_designation(text) or text.lower().startswith(("pro-", "anti-", "pro -", "anti -")):
            return None  # "Su-24", "S-400": weapons; "Pro-Kagame": a prefix the compound rules read
        entry = self.gaz.lookup(text)
        if entry is None and len(span) >= 2 and label in ("ORG", "NORP", "GPE") and (
                self.gaz.demonym(span[0].text) is not None or span[0].ent_type_ == "NORP"
                or (span[0].text[:1].isupper() and PEOPLE_SUFFIX.search(span[0].lower_) is not None)):  # "Kurdish" inside an ORG span
            known = self.gaz.lookup(self.doc[s + 1 : t].text)  # "the Kurdish YPG", "Palestinian Hamas": the group, its people said
            if known is not None and known.type in ("GROUP", "ORGANIZATION"):
                return Mention(s, t, known.name, known.type, e.text, iso3=known.iso3)
        if entry is None and label == "PERSON" and all(w.lower_ in NAME_TITLES for w in span):
            return None  # "(Hezbollah leader) Sheik (Hassan Nasrallah)" split off its name: a title, no one
        if entry is None and len(span) == 1 and capitalised_common_plural(span[0]):
            return None  # "Insurgents detonated ...": a common noun a capital made a name (the role rules read it)
        if entry is None and len(span) == 1 and span[0].dep_ in ("compound", "amod", "nmod") and span[0].head.i == span[0].i + 1 and (
                lexicon().has("force_nouns", span[0].lower_)) and all(t.is_space or t.is_punct for t in self.doc[span[0].sent.start : span[0].i]):
            return None  # "Helicopter gunships and jets bombed ...": a weapon a sentence's capital made a name
        if entry is None and all(w.lower_ in DROPPED_TITLES for w in span):
            return None  # "Lt." or "Brig." the NER took for a name of its own: the rank of the name that follows
        if entry is None and label == "ORG" and all(w.lower_ in OFFICE_WORDS for w in span):
            return None  # "Supreme (Leader X)", "Parliament (speaker X)": part of a title
        if entry is None and self.gaz.demonym(text) is None and names_a_machine(span):
            return None  # "Iskander missiles", "the frigate Admiral Essen": a model or a vessel
        if entry is None and ident and label != "NORP":
            entry = self.gaz.by_name(ident)  # the ruler matched a whole compound token ("U.S.-led")
        if label in ("ORG", "GPE", "NORP") and entry is None and " " not in text and (
            surname_key(text) in full_names or (label != "NORP" and self.gaz.person_by_surname(text) is not None and self.gaz.demonym(text) is None
                                                and not (label == "GPE" and self._listed_place(span)))
        ):
            label = "PERSON"  # "Trump" or "Blinken" tagged as an organisation or a place: a known person's surname
        if label in ("ORG", "GPE", "NORP") and entry is None and 2 <= len(span) <= 4 and all(is_capitalised(w) for w in span) and _titled_by_apposition(span[-1]):
            label = "PERSON"  # "Kebede Chane, a spokesman for the ministry" tagged as an organisation: a person holds the title
        if entry is None and self._people_word(span, label, full_names):
            return None  # "Tigrayan" forces, "Tuareg" separatists: the group noun names the group
        if (label in ("PERSON", "NORP", "LANGUAGE", "ORG") and entry is None and not (label == "NORP" and self.gaz.demonym(text) is not None)
                and self._misread_place(span, label, full_names)):
            return Mention(s, t, text, "LOCATION", e.text)  # "in Aleppo" tagged as a people or a person
        media = self._media_noun(span)
        if entry is None and media is not None:  # "the Kommersant newspaper": the paper is the actor
            return Mention(s, media.i + 1, text, "ORGANIZATION", self.doc[s : media.i + 1].text)
        if label == "PERSON":
            return self._person(span, e.text, entry, full_names)
        if entry is not None:
            return Mention(s, t, entry.name, entry.type, e.text, iso3=entry.iso3)
        if label == "NORP":
            dem = self.gaz.demonym(text) or self.gaz.demonym(text.rstrip("s"))
            if dem is not None and s > 0 and self.doc[s - 1].lower_ in ("former", "ex", "post", "-") and (
                    self.doc[s - 1].lower_ == "former" or self.doc[max(s - 2, 0)].lower_ in ("ex", "post")):
                return None  # "former Soviet republics", "post-Soviet states": no longer that state's
            if dem is not None and _ethnic_people(span):
                return Mention(s, t, f"ethnic {text}", "GROUP", e.text)  # "clashes between ethnic Albanians and Serbs": peoples, not states
            if dem is not None:
                return Mention(s, t, dem.name, dem.type, e.text, kind="demonym", iso3=dem.iso3)
            if controlling_participle(span) and not self.doc[s].text.isupper():  # "Kurdish-controlled", "Tuareg-led"
                return Mention(s, t, f"{text.replace(chr(0x2019), chr(39))} forces", "GROUP", e.text, kind="role")
            if _names_organisation(span[-1]):  # "the Seleka coalition", "the Maute group": the organisation's name
                return Mention(s, t + 1, text, "GROUP", self.doc[s : t + 1].text)
            return None
        if label == "FAC" and entry is None and span[-1].lower_ in _BODY_HEADS and len(span) >= 2:
            return Mention(s, t, text, "ORGANIZATION", e.text)  # "the Henry Dunant Centre mediated": a body, not a building
        if label in ("GPE", "LOC", "FAC"):
            west = self.gaz.by_name("Western nations")
            if text == "West" and s > 0 and self.doc[s - 1].lower_ == "the" and west is not None:
                return Mention(s - 1, t, west.name, west.type, self.doc[s - 1 : t].text)  # "the West"
            return Mention(s, t, text, "LOCATION", e.text)
        if label == "ORG":
            if len(text) <= 2 or text.lower() in _state_words() or all(t.lower_ in DEPARTMENT_WORDS for t in span):
                return None  # "Defence" in "Defence Secretary X": part of a title
            if len(span) >= 2 and span[-1].lower_ in ("ministry", "department") and all(t.lower_ in DEPARTMENT_WORDS for t in span[:-1]):
                return None  # "Interior Ministry spokesman X": no body of its own name, the ministry of a state (mentions.py)
            state = self._state_institution(span)
            if state is not None:
                return Mention(s, t, state.name, "COUNTRY", e.text, kind="role", iso3=state.iso3)
            head = span[-1]
            noun = head.head
            armed = head.dep_ in ("compound", "nmod") and noun.i > head.i and (
                noun.lower_ in GROUP_HEADS - {"group"} or any(c.lower_ in ARMED_MODIFIERS for c in noun.children)
            )  # "CODECO militiamen", "the Liwa Suqur rebel group"
            return Mention(s, t, text, "GROUP" if armed else org_type(span, self.gaz), e.text)  # "CODECO militiamen"
        return None

    def _person(self, span: Span, surface: str, entry: Entry | None, full_names: dict[str, str]) -> Mention:
        s, t = span.start, span.end
        if entry is not None:
            return Mention(s, t, entry.name, entry.type, surface, iso3=entry.iso3)
        name = re.sub(r"\s+", " ", span.text.strip())
        if len(name.split()) == 1:
            key = surname_key(name)
            if key in full_names:
                name = full_names[key]
            else:
                known = self.gaz.person_by_surname(name)
                if known is None and s > 0 and self.doc[s - 1].lower_ in _HEAD_OF_STATE_TITLES:
                    known = self.gaz.leader_by_surname(name)  # "President Clinton": the Clinton who led
                if known is not None:
                    return Mention(s, t, known.name, "PERSON", surface, iso3=known.iso3)
        return Mention(s, t, name, "PERSON", surface)

    def _people_word(self, span: Span, label: str, full_names: dict[str, str]) -> bool:
        """A one-word unknown entity that modifies a group noun and reads as a people, not an organisation."""
        tok = span[0]
        if len(span) != 1 or tok.dep_ not in ("amod", "compound", "nmod", "npadvmod") or tok.head.i < tok.i:
            return False
        if self.gaz.demonym(tok.text) is not None or self.gaz.person_by_surname(tok.text) is not None:
            return False
        noun = tok.head
        ethnic = noun.lower_ in ("dominated", "majority") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
        if ethnic:  # "Oromo-dominated militias"
            noun = noun.head
        if noun_lemma(noun) not in group_words() or tok.text in self.places or _names_organisation(tok):
            return False
        if label == "PERSON":
            return surname_key(tok.text) not in full_names
        if label == "ORG":
            return not tok.text.isupper() and (ethnic or PEOPLE_SUFFIX.search(tok.lower_) is not None)
        return label in ("NORP", "GPE", "LOC")

    @staticmethod
    def _media_noun(span: Span) -> Token | None:
        head = span[-1]
        noun = head.head
        if head.dep_ in ("compound", "nmod", "amod") and noun.i == span.end and noun.lower_ in MEDIA_NOUNS:
            return noun
        return None

    @staticmethod
    def _listed_place(span: Span) -> bool:
        """A place name in a place slot or a list of places ("in X", "towns such as X and Y", "cities including X"),
        which a nom de guerre sharing the name ("Kobani") does not make a person."""
        head = chunk_head(list(span))
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if head.dep_ != "pobj":
            return False
        prep = head.head
        return prep.lower_ in PLACE_PREPS or (prep.lower_ in ("including", "as", "like") and noun_lemma(prep.head) in lexicon().words["place_nouns"])

    def _misread_place(self, span: Span, label: str, full_names: dict[str, str]) -> bool:
        """An unknown name in a place slot ("in Aleppo", "toward al-Bab", "the Hmeymim base")."""
        head = chunk_head(list(span))
        if label == "PERSON" and len(span) == 1 and surname_key(span.text) in full_names:
            return False  # "with Kiir": the surname of a person the article names
        preps = {"PERSON": PLACE_PREPS - {"at"}, "ORG": {"near", "outside", "around", "toward", "towards", "across"}}.get(label, PLACE_PREPS)
        if head.dep_ == "pobj" and head.head.lower_ in preps:
            return True
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lexicon().words["place_nouns"]:
            return True  # "the town of Kidal"
        noun = head.head
        if noun.lower_ in ("state", "region", "county", "oblast") and noun.i == span.end:
            return True  # "Rakhine state", "Borno state" (a lower-case "state" after a name is a place)
        return head.dep_ in ("compound", "nmod") and noun.lemma_.lower() in lexicon().words["place_nouns"]

    @staticmethod
    def _names_a_force(tok: Token) -> bool:
        """A word that modifies a force noun: "ISAF troops", "AMISOM soldiers", "MNLA fighters"."""
        noun = tok.head
        return tok.dep_ in ("compound", "nmod", "amod") and noun.i == tok.i + 1 and noun.tag_ in ("NNS", "NNPS") and (
            lexicon().has("force_nouns", noun.lemma_.lower()) or lexicon().has("rebel_nouns", noun.lemma_.lower()))

    def _name_chunks(self) -> None:
        """Proper-noun runs the NER missed, typed by a cue (see open_actors): organisations, titled persons,
        names of groups and media."""
        doc = self.doc
        for toks in propn_runs(doc, set(self.mentions), self.title_tokens):
            if not chunk_ok(toks) or (len(toks) == 1 and capitalised_common_plural(toks[0])):
                continue  # "Rebels", "Insurgents" opening a sentence: common nouns
            key = surname_key(toks[-1].text)
            if len(toks) == 1 and key in self.full_names and chunk_head(toks).dep_ in ACTOR_SLOTS:
                self.add(Mention(toks[0].i, toks[0].i + 1, self.full_names[key], "PERSON", toks[0].text))
                continue  # "Teodor" after "Patriarch Teodor", missed by the NER
            west = self.gaz.by_name("Western nations")
            if [t.text for t in toks] == ["West"] and toks[0].i > 0 and doc[toks[0].i - 1].lower_ == "the" and west is not None:
                self.add(Mention(toks[0].i - 1, toks[0].i + 1, west.name, west.type, doc[toks[0].i - 1 : toks[0].i + 1].text))
                continue  # "the West"
            head = chunk_head(toks)
            last = toks[-1].lower_
            start, end = toks[0].i, toks[-1].i + 1
            if len(toks) >= 2 and (last in ORG_HEADS or last in ARMED_HEADS) and head.dep_ in ACTOR_SLOTS:
                prev = self.mentions.get(start - 1)
                if prev is not None and prev.type == "COUNTRY" and prev.kind in ("demonym", "entity") and prev.end == start:
                    start = prev.start  # "Russian Orthodox Church", "Sudan Liberation Movement"
                span = doc[start:end]
                for i in range(start, end):
                    self.mentions.pop(i, None)
                state = self._state_institution(span)
                if state is not None:  # "Sudanese Armed Forces", "Ukraine's Defence Ministry"
                    self.add(Mention(start, end, state.name, "COUNTRY", span.text, kind="role", iso3=state.iso3))
                else:
                    self.add(Mention(start, end, span.text, org_type(span, self.gaz), span.text))
                continue
            if (len(toks) == 1 and toks[0].text.isupper() and toks[0].is_alpha and 2 <= len(toks[0].text) <= 6
                    and (head.dep_ in ACTOR_SLOTS or self._names_a_force(head))
                    and toks[0].i not in self.title_tokens and not (toks[0].i == toks[0].sent.start and toks[0].i + 1 < len(doc) and doc[toks[0].i + 1].text.isupper())):
                armed = head.dep_ not in ACTOR_SLOTS and lexicon().has("rebel_nouns", head.head.lemma_.lower())  # "MNLA fighters"
                self.add(Mention(start, end, toks[0].text, "GROUP" if armed else "ORGANIZATION", toks[0].text))  # "the ADF", "LURD": an acronym names a body
                continue
            person = chunk_person(toks)
            if (person is None and 2 <= len(toks) <= 4 and head.dep_ in ACTOR_SLOTS and all(is_capitalised(t) and t.is_alpha for t in toks)
                    and self.gaz.lookup(doc[start:end].text) is None and _titled_by_apposition(head)):
                person = (0, doc[start:end].text)  # "Kebede Chane, a spokesman for the ministry": a name the NER missed
            if person is not None and head.dep_ in ACTOR_SLOTS:
                self.add(Mention(start + person[0], end, person[1], "PERSON", doc[start:end].text))
                continue
            kind = [c for c in head.children if c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "NOUN" and c.i == start - 1
                    and c.tag_ == "NN" and c.lower_ in _NAMING_NOUNS]
            if kind and head.dep_ in ACTOR_SLOTS and not any(t.lower_ in SMALL_WORDS for t in toks):  # "the Basque party Batasuna", "the militant group Ansaru"
                self.add(Mention(start, end, doc[start:end].text, "ORGANIZATION" if kind[0].lower_ in ORG_HEADS else "GROUP", doc[start:end].text))
                continue
            noun = head.head
            if head.dep_ in ("compound", "nmod") and noun.i > head.i and noun.pos_ == "NOUN":
                if noun.lower_ in MEDIA_NOUNS and noun.i == end:
                    self.add(Mention(start, noun.i + 1, doc[start:end].text, "ORGANIZATION", doc[start : noun.i + 1].text))
                elif noun.lower_ in GROUP_HEADS and noun.tag_ == "NN" and len(toks) >= 1 and not (len(toks) == 1 and toks[0].i == toks[0].sent.start):
                    self.add(Mention(start, end, doc[start:end].text, "GROUP", doc[start:end].text))  # "the Jabha Shamiya rebel group"

    def _joined_names(self) -> None:
        """Organisation names the NER missed whose words are joined by "of", "for", "and" or a possessive:
        "the Cambodian People's Party", "the Lesotho Congress for Democracy (party)", "the Movement for
        Democratic Change": capitalised words ending in an organisation's or armed group's head word."""
        doc = self.doc
        toks = doc_tokens(doc)
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not (is_capitalised(tok) and tok.pos_ in ("PROPN", "ADJ", "NOUN")) or tok.i in self.title_tokens:
                i += 1
                continue
            j, last = i, i  # extend over capitalised words and the joints between them
            while j + 1 < len(toks):
                nxt = toks[j + 1]
                if is_capitalised(nxt) and nxt.pos_ in ("PROPN", "ADJ", "NOUN") and nxt.i not in self.title_tokens:
                    j = last = j + 1
                elif (nxt.text in ("'s", "’s") and toks[j].i not in self.mentions) or (  # not "Ukraine's Defence Ministry"
                        nxt.lower_ in ("of", "for", "and", "the") and j + 2 < len(toks) and is_capitalised(toks[j + 2])):
                    j += 1
                else:
                    break
            span = doc[tok.i : last + 1]
            joined = any(t.lower_ in ("of", "for", "and", "'s", "’s") for t in span)
            head = span[-1].lower_
            kind_after = span.end < len(doc) and doc[span.end].lower_ in ("party", "group", "movement", "militia", "coalition")
            held = [self.mentions.get(t.i) for t in span]
            free = all(m is None or m.type == "COUNTRY" or m.kind in ("demonym", "role")
                       or (m.kind == "entity" and m.type in ("ORGANIZATION", "GROUP") and self.gaz.lookup(m.text) is None) for m in held)
            if joined and len(span) >= 3 and (head in ORG_HEADS or head in ARMED_HEADS or kind_after) and free:
                known = self.gaz.lookup(span.text)  # "the Sudan People's Liberation Army": known, but the NER cut it at "'s"
                if known is not None and known.type in ("ORGANIZATION", "GROUP"):
                    self.add(Mention(span.start, span.end, known.name, known.type, span.text, iso3=known.iso3))
                else:
                    self.add(Mention(span.start, span.end, span.text, org_type(span, self.gaz), span.text))
            i = max(last, i) + 1

    def _state_institution(self, span: Span) -> Entry | None:
        """ "Russian Foreign Ministry", "Syria's Defence Ministry", "Kenya Defence Forces": a state's
        ministry or armed force (no "Liberation" or the like in its name) speaks for its state."""
        words = lexicon().words
        gov = words["government_nouns"] | words["military_nouns"] | {"force", "police", "navy", "guard", "marine", "marines", "commandos", "paratroopers"}
        if span[-1].lemma_.lower() not in gov and span[-1].lower_ not in gov:
            return None
        if any(t.lower_ in ARMED_CUES or t.lower_ in _MOVEMENT_WORDS for t in span):
            return None  # "Sudan Liberation Army", "Myanmar National Democratic Alliance Army" are no state's army
        doc = span.doc
        before = span.start - (2 if span.start > 1 and doc[span.start - 1].tag_ == "POS" else 1)  # "Syria's"
        for tok in [*span[:-1], *([doc[before]] if before >= 0 else [])]:
            entry = self.gaz.demonym(tok.text) or (self.gaz.lookup(tok.text) if tok.pos_ == "PROPN" else None)
            if entry is not None and entry.type == "COUNTRY":
                return entry
        return None
