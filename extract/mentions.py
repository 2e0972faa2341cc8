"""Actor mentions in one article: named entities, role nouns and pronouns resolved to canonical actors.

:class:`ArticleActors` walks a parsed article once and records, for every token that
refers to an actor, a :class:`Mention` carrying the canonical name and type. The
relation rules (``relations.py``) only ask ``actors_at(token)``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.gazetteer import Entry, Gazetteer
from newsgraph.extract.lexicon import lexicon

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "mr.", "mrs.", "ms.", "dr."}
_QUOTES_OPEN = "\"“«„"
_QUOTES_CLOSE = "\"”»"
_PARTICLES = ("al-", "el-", "bin-", "ibn-")


@dataclass(frozen=True)
class Mention:
    """A span referring to a canonical actor."""

    start: int  # first token index
    end: int  # token index after the last
    name: str  # canonical name
    type: str  # ontology actor type
    text: str  # surface form as written
    kind: str = "entity"  # entity | role | pronoun | demonym
    iso3: str | None = None

    @property
    def is_state(self) -> bool:
        return self.type == "COUNTRY"


def surname_key(name: str) -> str:
    last = name.split()[-1].lower().strip(".,'’")
    for p in _PARTICLES:
        if last.startswith(p):
            last = last[len(p) :]
    return last


def _strip_name(span: Span) -> tuple[int, int]:
    """Drop leading determiners, honorifics, titles and a trailing possessive from an entity span."""
    lx = lexicon()
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (
        doc[start].lower_ in _HONORIFICS
        or doc[start].lower_ == "the"
        or doc[start].lower_ in lx.words["titles_lead"]
        or doc[start].lower_ in lx.words["titles_member"]
    ):
        start += 1
    while end > start + 1 and doc[end - 1].tag_ == "POS" or (end > start + 1 and doc[end - 1].is_punct):
        end -= 1
    return start, end


@dataclass
class Affiliation:
    country: str
    relation: str  # LEADS | MEMBER_OF
    title: str


@dataclass
class ArticleActors:
    """All actor mentions of one parsed article (a spaCy Doc)."""

    doc: Doc
    gaz: Gazetteer = field(default_factory=Gazetteer.default)
    mentions: dict[int, Mention] = field(default_factory=dict)  # token index -> mention
    affiliations: dict[str, Affiliation] = field(default_factory=dict)  # person name -> affiliation
    speakers: dict[int, Mention] = field(default_factory=dict)  # sentence start token -> speaker
    pairs: dict[int, list[Mention]] = field(default_factory=dict)  # "both leaders", "the two sides" -> two actors
    institutions: dict[int, str] = field(default_factory=dict)  # "the Syrian army" token -> its state
    story_country: Entry | None = None

    def __post_init__(self) -> None:
        self._entities()
        self._story_country()
        self._role_nouns()

    # -- public ---------------------------------------------------------------
    def mention_at(self, tok: Token) -> Mention | None:
        return self.mentions.get(tok.i)

    def entry_for(self, tok: Token) -> Entry | None:
        """Gazetteer entry of a modifier token (demonym, country name, abbreviation)."""
        m = self.mentions.get(tok.i)
        if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP"):
            return self.gaz.by_name(m.name) or Entry(name=m.name, type=m.type, iso3=m.iso3, short=m.name)  # type: ignore[arg-type]
        return self.gaz.demonym(tok.text) or (self.gaz.lookup(tok.text) if tok.pos_ == "PROPN" else None)

    def add(self, m: Mention) -> Mention:
        for i in range(m.start, m.end):
            self.mentions[i] = m
        return m

    # -- entities -------------------------------------------------------------
    def _entities(self) -> None:
        doc = self.doc
        ents = [e for e in doc.ents if e.label_ in ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC")]
        full_names: dict[str, str] = {}
        for e in ents:
            if e.label_ == "PERSON":
                s, t = _strip_name(e)
                name = doc[s:t].text
                entry = self.gaz.lookup(name)
                if entry is not None and entry.type == "PERSON":
                    name = entry.name
                if len(name.split()) >= 2:
                    full_names.setdefault(surname_key(name), name)
        for e in ents:
            m = self._resolve_entity(e, full_names)
            if m is not None:
                self.add(m)

    def _resolve_entity(self, e: Span, full_names: dict[str, str]) -> Mention | None:
        s, t = _strip_name(e)
        span = self.doc[s:t]
        text = span.text.strip()
        if not text or not any(c.isalpha() for c in text):
            return None
        entry = self.gaz.lookup(text)
        label = e.label_
        if label in ("ORG", "GPE", "NORP") and entry is None and " " not in text and surname_key(text) in full_names:
            label = "PERSON"  # "Trump" tagged as an organisation in an article that names Donald Trump
        if label == "PERSON":
            if entry is not None and entry.type == "PERSON":
                return Mention(s, t, entry.name, "PERSON", e.text, iso3=entry.iso3)
            if entry is not None and entry.type != "PERSON":
                return Mention(s, t, entry.name, entry.type, e.text, iso3=entry.iso3)
            name = re.sub(r"\s+", " ", text)
            if len(name.split()) == 1:
                key = surname_key(name)
                if key in full_names:
                    name = full_names[key]
                else:
                    known = self.gaz.person_by_surname(name)
                    if known is not None:
                        return Mention(s, t, known.name, "PERSON", e.text, iso3=known.iso3)
            return Mention(s, t, name, "PERSON", e.text)
        if entry is not None:
            return Mention(s, t, entry.name, entry.type, e.text, iso3=entry.iso3)
        if label == "NORP":
            dem = self.gaz.demonym(text) or self.gaz.demonym(text.rstrip("s"))
            if dem is not None:
                return Mention(s, t, dem.name, dem.type, e.text, kind="demonym", iso3=dem.iso3)
            return None
        if label in ("GPE", "LOC", "FAC"):
            return Mention(s, t, text, "LOCATION", e.text)
        if label == "ORG":
            if len(text) <= 2 or text.lower() in ("state", "government", "army"):
                return None
            state = self._state_institution(span)
            if state is not None:
                return Mention(s, t, state.name, "COUNTRY", e.text, kind="role", iso3=state.iso3)
            return Mention(s, t, text, "ORGANIZATION", e.text)
        return None

    def _state_institution(self, span: Span) -> Entry | None:
        """ "Russian Foreign Ministry", "Syria's Defence Ministry": a ministry speaks for its state."""
        gov = lexicon().words["government_nouns"]
        if span[-1].lemma_.lower() not in gov and span[-1].lower_ not in gov:
            return None
        doc = span.doc
        for tok in [*span[:-1], *([doc[span.start - 1]] if span.start > 0 else [])]:
            entry = self.gaz.demonym(tok.text) or (self.gaz.lookup(tok.text) if tok.pos_ == "PROPN" else None)
            if entry is not None and entry.type == "COUNTRY":
                return entry
        return None

    # -- context --------------------------------------------------------------
    def _story_country(self) -> None:
        """The country the story is about: where things happen ("in X") and whose institutions act."""
        votes: Counter[str] = Counter()  # type: ignore[assignment]
        for i, m in self.mentions.items():
            tok = self.doc[i]
            if m.type != "COUNTRY" or i != m.start:
                continue
            if tok.head.lower_ in ("in", "into", "inside", "across", "within"):
                votes[m.name] += 2
            elif m.kind == "demonym" and tok.head.lemma_.lower() in lexicon().words["government_nouns"] | lexicon().words["military_nouns"] | lexicon().words["rebel_nouns"]:
                votes[m.name] += 1
            elif tok.dep_ == "poss" or (m.kind == "demonym" and tok.head.lemma_.lower() in lexicon().words["place_nouns"]):
                votes[m.name] += 1
            elif not tok.dep_.startswith("nsubj"):
                votes[m.name] += 0.25
        if votes:
            best = votes.most_common(1)[0][0]
            self.story_country = self.gaz.by_name(best)

    def country_modifier(self, tok: Token) -> Mention | None:
        """The state named by a modifier of ``tok``: "Russian", "U.S.", "Syria's", "of Syria", "White House"."""
        doc = tok.doc
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") and child.i < tok.i:
                if child.lower_.startswith(("pro-", "anti-")) or (child.i >= 2 and doc[child.i - 1].text == "-" and doc[child.i - 2].lower_ in ("pro", "anti")):
                    continue  # "pro-Russia rebels" are not Russia's
                m = self.mentions.get(child.i)
                if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP"):
                    return m
                for gc in child.children:  # "Russian Foreign Ministry spokeswoman": Russian -> Ministry
                    if gc.dep_ in ("amod", "compound", "poss"):
                        m = self.mentions.get(gc.i)
                        if m is not None and m.type == "COUNTRY":
                            return m
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    m = self.mentions.get(p.i)
                    if p.dep_ == "pobj" and m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP"):
                        return m
        return None

    def _role_nouns(self) -> None:
        """Common nouns that name an actor: "the Syrian government", "rebels", "the Russian leader"."""
        lx = lexicon()
        gov, mil, reb, lead = (lx.words[k] for k in ("government_nouns", "military_nouns", "rebel_nouns", "leader_nouns"))
        for tok in self.doc:
            if tok.i in self.mentions or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma, lower = tok.lemma_.lower(), tok.lower_
            if tok.dep_ == "compound" and lemma not in reb:
                continue
            owner = self.country_modifier(tok)
            if lemma in lead or lower in lead:
                if owner is not None and owner.type == "COUNTRY":
                    person = self.leader_of(owner.name)
                    if person is not None:
                        self.add(Mention(tok.i, tok.i + 1, person, "PERSON", self._np_text(tok), kind="role"))
                    else:
                        self.add(Mention(tok.i, tok.i + 1, owner.name, "COUNTRY", self._np_text(tok), kind="role", iso3=owner.iso3))
                continue
            if lemma in ("army", "military") and tok.pos_ == "NOUN" and tok.dep_ != "amod":
                state = owner if owner is not None and owner.type == "COUNTRY" else None
                if state is not None and tok.tag_ == "NN":  # "the Syrian army"; not "the Iraqi and Iranian militaries"
                    dem = self.gaz.demonym_of(state.name) or state.name
                    self.add(Mention(tok.i, tok.i + 1, f"{dem} army", "ORGANIZATION", self._np_text(tok), kind="role", iso3=state.iso3))
                    self.institutions[tok.i] = state.name
                    continue
            if (lemma in gov or lower in gov or lemma in mil or lower in mil) or (
                lemma in lx.words["titles_member"] and owner is not None and owner.type == "COUNTRY" and tok.tag_ == "NN"
            ):  # "Germany's foreign minister" (unnamed) speaks for Germany
                if owner is not None and owner.type != "PERSON":
                    self.add(Mention(tok.i, tok.i + 1, owner.name, owner.type, self._np_text(tok), kind="role", iso3=owner.iso3))
                elif lemma in ("regime", "government") and self._has_definite(tok) and self.story_country is not None:
                    poss = [c for c in tok.children if c.dep_ == "poss"]
                    if poss and self.mentions.get(poss[0].i) is not None and self.mentions[poss[0].i].type == "PERSON":
                        pm = self.mentions[poss[0].i]
                        aff = self.affiliations.get(pm.name)
                        country = aff.country if aff else (self.gaz.by_name(pm.name).iso3 if self.gaz.by_name(pm.name) else None)
                        ent = self._country_of_person(pm.name)
                        if ent is not None:
                            self.add(Mention(tok.i, tok.i + 1, ent.name, "COUNTRY", self._np_text(tok), kind="role", iso3=ent.iso3))
                        del country
                    elif not poss:
                        sc = self.story_country
                        self.add(Mention(tok.i, tok.i + 1, sc.name, "COUNTRY", self._np_text(tok), kind="role", iso3=sc.iso3))
                continue
            rebel_mod = any(c.dep_ in ("amod", "compound") and c.lower_ in ("rebel", "insurgent", "opposition") for c in tok.children)
            if lemma in reb or lower in reb or (rebel_mod and lemma in lx.words["group_nouns"]):
                group = self._collective_name(tok) or self._rebel_name(tok, owner)
                if group is not None:
                    self.add(Mention(tok.i, tok.i + 1, group, "GROUP", self._np_text(tok), kind="role"))
            elif lemma in lx.words["group_nouns"] and tok.tag_ in ("NNS", "NNPS"):
                group = self._collective_name(tok)
                if group is not None:
                    self.add(Mention(tok.i, tok.i + 1, group, "GROUP", self._np_text(tok), kind="role"))

    def _collective_name(self, tok: Token) -> str | None:
        """ "Kurdish militias", "Shi'ite fighters": a people or faith adjective that names no state, plus a group noun."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i and c.ent_type_ == "NORP" and c.i not in self.mentions:
                plural = tok.text if tok.tag_ in ("NNS", "NNPS") else tok.text + "s"
                return f"{c.text} {plural.lower()}"
        return None

    def _rebel_name(self, tok: Token, owner: Mention | None) -> str | None:
        lemma = tok.lemma_.lower()
        kind = "opposition" if lemma == "opposition" else "rebels"
        if lemma in ("militant", "jihadist", "fighter", "militia", "militiaman") and owner is None:
            return None
        if owner is not None and owner.type == "GROUP":
            return owner.name
        country = self.gaz.by_name(owner.name) if owner is not None and owner.type == "COUNTRY" else self._where(tok)
        if country is None:
            return None
        dem = self.gaz.demonym_of(country.name)
        return f"{dem or country.name} {kind}"

    def _where(self, tok: Token | None) -> Entry | None:
        """The country a generic group belongs to: the state whose leader it is "anti-", a country the
        sentence places events in, else the story's country."""
        if tok is not None:
            doc = tok.doc
            for c in tok.children:
                name = c.text[5:] if c.lower_.startswith("anti-") else (doc[c.i + 2].text if c.lower_ == "anti" and c.i + 2 < tok.i else "")
                if name and c.dep_ in ("amod", "compound", "npadvmod", "nmod"):
                    target = self.gaz.lookup(name) or self.gaz.person_by_surname(name)
                    if target is not None and target.type == "PERSON":
                        country = self.gaz.country_by_iso3(target.iso3)
                        if country is not None:
                            return country
            for t in tok.sent:
                m = self.mentions.get(t.i)
                if m is not None and m.type == "COUNTRY" and m.kind == "entity" and t.head.lower_ in ("in", "to", "into", "inside", "across"):
                    return self.gaz.by_name(m.name)
        return self.story_country

    def _np_text(self, tok: Token) -> str:
        left = tok
        for c in tok.lefts:
            if c.dep_ in ("det", "amod", "compound", "poss", "nmod") and c.i < left.i:
                left = c
        start = left.left_edge.i if left is not tok else tok.i
        return self.doc[start : tok.i + 1].text

    @staticmethod
    def _has_definite(tok: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)

    # -- affiliations and coreference ------------------------------------------
    def leader_of(self, country: str) -> str | None:
        for person, aff in self.affiliations.items():
            if aff.country == country and aff.relation == "LEADS":
                return person
        return None

    def _country_of_person(self, person: str) -> Entry | None:
        aff = self.affiliations.get(person)
        if aff is not None:
            return self.gaz.by_name(aff.country)
        entry = self.gaz.by_name(person)
        if entry is not None and entry.iso3:
            for cand in (self.story_country,):
                if cand is not None and cand.iso3 == entry.iso3:
                    return cand
        return None

    def affiliate(self, person: str, country: str, relation: str, title: str) -> None:
        self.affiliations.setdefault(person, Affiliation(country, relation, title))

    def side_of(self, m: Mention) -> str:
        """The collective a mention speaks for: a person's state or group, else itself."""
        if m.type == "PERSON":
            aff = self.affiliations.get(m.name)
            if aff is not None:
                return aff.country
            entry = self.gaz.by_name(m.name)
            if entry is not None:
                if entry.affiliation:
                    return entry.affiliation
                country = self.gaz.country_by_iso3(entry.iso3)
                if country is not None:
                    return country.name
        return m.name

    def resolve_described(self) -> None:
        """Second pass after titles are known: "the Russian foreign minister", "his Turkish counterpart"."""
        lx = lexicon()
        for tok in self.doc:
            m = self.mentions.get(tok.i)
            if tok.pos_ != "NOUN":
                continue
            lemma = tok.lemma_.lower()
            if m is not None and m.kind == "role" and m.type == "COUNTRY" and lemma in lx.words["leader_nouns"]:
                person = self.leader_of(m.name)
                if person is not None:
                    self.add(Mention(tok.i, tok.i + 1, person, "PERSON", m.text, kind="role"))
                continue
            if (m is None or (m.kind == "role" and m.type == "COUNTRY")) and lemma in ("minister", "counterpart", "secretary", "spokesman", "spokeswoman"):
                owner = self.country_modifier(tok)
                if owner is None or owner.type != "COUNTRY":
                    continue
                title = " ".join(c.lower_ for c in tok.lefts if c.dep_ == "compound") + " " + lemma
                match = [p for p, a in self.affiliations.items() if a.country == owner.name and (lemma == "counterpart" or a.title.endswith(title.strip()))]
                if not match and lemma != "counterpart":  # the one official of that state the article has named
                    match = [p for p, a in self.affiliations.items() if a.country == owner.name and a.relation == "MEMBER_OF"]
                if len(match) == 1 and lemma != "counterpart":
                    self.add(Mention(tok.i, tok.i + 1, match[0], "PERSON", self._np_text(tok), kind="role"))
                elif lemma == "counterpart":
                    self.add(Mention(tok.i, tok.i + 1, owner.name, "COUNTRY", self._np_text(tok), kind="role", iso3=owner.iso3))

    def resolve_pronouns(self) -> None:
        """Link pronouns to the nearest preceding compatible actor; "we" to the speaker's side."""
        lx = lexicon()
        last_person: Mention | None = None
        last_collective: Mention | None = None
        seen: list[Mention] = []
        for sent in self.doc.sents:
            speaker = self.speakers.get(sent.start)
            sent_persons: list[Mention] = []
            sent_collectives: list[Mention] = []
            for tok in sent:
                m = self.mentions.get(tok.i)
                if m is not None and m.kind != "pronoun":
                    if m.type == "PERSON" and (not sent_persons or sent_persons[-1] is not m):
                        sent_persons.append(m)
                    elif m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and m.kind != "demonym" and (not sent_collectives or sent_collectives[-1] is not m):
                        sent_collectives.append(m)
                    continue
                low = tok.lower_
                if tok.pos_ == "NOUN" and tok.i not in self.mentions and self._pair_phrase(tok):
                    people = tok.lemma_.lower() in ("leader", "man", "woman", "president", "minister", "official", "diplomat")
                    agents = sorted({m.start: m for m in seen + sent_persons + sent_collectives if self._agentive(m, objects=people) and m.end <= tok.i}.values(), key=lambda m: m.start)
                    if people:
                        pool = [p for p in reversed(agents) if p.type == "PERSON"]
                    else:  # "both sides": the states or groups of the latest actors, persons counted for their side
                        pool = []
                        for p in reversed(agents):
                            side = self.gaz.by_name(self.side_of(p))
                            if side is not None and side.type in ("COUNTRY", "GROUP", "ORGANIZATION"):
                                pool.append(Mention(p.start, p.end, side.name, side.type, p.text, iso3=side.iso3))
                            elif p.type in ("COUNTRY", "GROUP", "ORGANIZATION"):
                                pool.append(p)
                    two: list[Mention] = []
                    for cand in pool:
                        if all(cand.name != t.name for t in two):
                            two.append(cand)
                        if len(two) == 2:
                            self.pairs[tok.i] = [Mention(tok.i, tok.i + 1, t.name, t.type, self._np_text(tok), kind="pronoun", iso3=t.iso3) for t in two]
                            break
                    continue
                if tok.pos_ == "NOUN" and self._definite_bare(tok):
                    ref = self._described(tok, seen)
                    if ref is not None:
                        self.add(Mention(tok.i, tok.i + 1, ref.name, ref.type, f"the {tok.text}", kind="pronoun", iso3=ref.iso3))
                    continue
                if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
                    continue
                target: Mention | None = None
                if low in lx.words["pronouns_we"] and speaker is not None:
                    side = self.side_of(speaker)
                    ent = self.gaz.by_name(side)
                    target = Mention(tok.i, tok.i + 1, side, ent.type if ent else speaker.type, tok.text, kind="pronoun")
                elif low in lx.words["pronouns_i"] and speaker is not None:
                    target = Mention(tok.i, tok.i + 1, speaker.name, speaker.type, tok.text, kind="pronoun")
                elif tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and self._matrix_subject(tok) is not None:
                    src = self._matrix_subject(tok)  # "X said (that) he/it would ...": the speaker
                    target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun", iso3=src.iso3)  # type: ignore[union-attr]
                elif low in lx.words["pronouns_person"]:
                    earlier = [p for p in sent_persons if p.end <= tok.i]
                    subj = [p for p in earlier if self.doc[p.end - 1].dep_.startswith("nsubj")]
                    src = subj[-1] if subj else (earlier[-1] if earlier else last_person)
                    if src is not None:
                        target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun")
                elif low in lx.words["pronouns_thing"] | lx.words["pronouns_plural"]:
                    src = self._clause_subject(tok) if tok.dep_ == "poss" else None
                    if src is None:
                        src = sent_collectives[-1] if sent_collectives else last_collective
                    if src is not None:
                        target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun", iso3=src.iso3)
                if target is not None:
                    self.add(target)
            # update salience after the sentence: subjects first, then any
            for tok in sent:
                m = self.mentions.get(tok.i)
                if m is None or tok.i != m.start:
                    continue
                if m.kind != "pronoun":
                    seen.append(m)
                if m.type == "PERSON":
                    last_person = m if (last_person is None or tok.dep_.startswith("nsubj") or m.kind != "pronoun") else last_person
                elif m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and m.kind != "demonym":
                    last_collective = m
            for m in sent_persons:
                if self.doc[m.start].dep_.startswith("nsubj") or self.doc[m.end - 1].dep_.startswith("nsubj"):
                    last_person = m

    def _matrix_subject(self, tok: Token) -> Mention | None:
        low = tok.lower_
        person = low in lexicon().words["pronouns_person"]
        if not person and low not in lexicon().words["pronouns_thing"] | lexicon().words["pronouns_plural"]:
            return None
        for c in tok.head.head.children:
            if c.dep_ == "nsubj":
                m = self.mentions.get(c.i)
                if m is not None and (m.type == "PERSON") == person and m.type != "LOCATION":
                    return m
        return None

    def _clause_subject(self, tok: Token) -> Mention | None:
        """The collective subject of the clause a possessive pronoun sits in ("Moscow increased its presence")."""
        cur = tok.head
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX"):
                for c in cur.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        m = self.mentions.get(c.i)
                        return m if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and c.i < tok.i else None
                if cur.dep_ not in ("xcomp", "conj", "advcl"):
                    return None
            if cur.head is cur:
                return None
            cur = cur.head
        return None

    def _agentive(self, m: Mention, objects: bool = True) -> bool:
        """A mention that acts (subject, possessor, apposition), not a place talked about ("on Syria")."""
        tok = self.doc[m.end - 1] if m.end > m.start else self.doc[m.start]
        while tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass") or (objects and tok.dep_ == "dobj") or (tok.dep_ == "pobj" and tok.head.lower_ in ("with", "by", "between", "and"))

    @staticmethod
    def _pair_phrase(tok: Token) -> bool:
        """ "both leaders", "the two sides", "the two men"."""
        if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in ("leader", "side", "man", "woman", "country", "president", "minister", "government", "official", "diplomat", "nation", "power", "capital"):
            return False
        kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        return "both" in kids or "two" in kids

    def _definite_bare(self, tok: Token) -> bool:
        """ "the group", "the coalition": a definite noun with no other modifier."""
        kids = [c for c in tok.children if c.dep_ not in ("prep", "relcl", "acl", "punct", "cc", "conj", "appos")]
        return (
            tok.i not in self.mentions
            and len(kids) == 1
            and kids[0].dep_ == "det"
            and kids[0].lower_ in ("the", "this", "that")
            and (tok.lemma_.lower() in lexicon().words["definite_descriptions"] or tok.lower_ in lexicon().words["definite_descriptions"] or tok.lower_ == "country")
        )

    def _described(self, tok: Token, seen: list[Mention]) -> Mention | None:
        """The actor a bare definite description refers to: the latest earlier actor it fits."""
        word, lemma = tok.lower_, tok.lemma_.lower()
        sent_start = tok.sent.start
        for m in reversed(seen):
            name = m.name.lower()
            if word == "country":
                if m.type == "COUNTRY" and m.start < sent_start:
                    return m
            elif word in ("regime", "junta"):
                if m.type == "COUNTRY":
                    return m
            elif m.type in ("GROUP", "ORGANIZATION") and (name.endswith(word) or name.endswith(lemma) or lemma in ("group", "movement", "organisation", "organization", "militant", "jihadist")):
                if lemma in ("militant", "jihadist") and m.type != "GROUP":
                    continue
                return m
        return None

    def find_speakers(self, speech_verbs: frozenset[str]) -> None:
        """Who speaks each sentence that sits inside quotation marks (paragraph-level)."""
        doc = self.doc
        paragraph: list[Span] = []
        for sent in list(doc.sents) + [None]:  # type: ignore[list-item]
            new_para = sent is None or (sent.start > 0 and "\n" in doc[sent.start - 1].text_with_ws) or (sent.start > 0 and "\n" in doc[sent.start - 1].whitespace_)
            if new_para and paragraph:
                self._paragraph_speaker(paragraph, speech_verbs)
                paragraph = []
            if sent is not None:
                paragraph.append(sent)

    def _paragraph_speaker(self, sents: list[Span], speech_verbs: frozenset[str]) -> None:
        speaker: Mention | None = None
        for sent in sents:
            if not any(c in sent.text for c in _QUOTES_OPEN + _QUOTES_CLOSE):
                continue
            for tok in sent:
                if tok.lemma_.lower() in speech_verbs and tok.pos_ in ("VERB", "AUX"):
                    for subj in tok.children:
                        if subj.dep_ == "nsubj":
                            m = self.mentions.get(subj.i)
                            if m is not None and m.type != "LOCATION":
                                speaker = m
                                break
                if speaker is not None:
                    break
            if speaker is not None:
                break
        if speaker is None:
            return
        inside = False
        for sent in sents:
            text = sent.text.strip()
            starts_quoted = inside or (text[:1] in _QUOTES_OPEN)
            for ch in text:
                if ch in "“«„":
                    inside = True
                elif ch in "”»":
                    inside = False
                elif ch == '"':
                    inside = not inside
            if starts_quoted:
                self.speakers[sent.start] = speaker
