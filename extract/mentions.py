"""Actor mentions in one article: named entities, role nouns and pronouns resolved to canonical actors.

:class:`ArticleActors` walks a parsed article once and records, for every token that refers to an
actor, a :class:`Mention` carrying the canonical name and type. The relation rules (``relations.py``)
only ask ``mention_at(token)``. The work is shared out:

* ``entities.py`` reads named entities and proper-noun runs (gazetteer first, then typed guesses,
  ``open_actors.py``; Title Case headlines);
* this module reads role nouns: "the Syrian government", "the army", "rebels", "government forces",
  "Tuareg rebels", "pro-Assad militias", "the Russian leader";
* ``story.py`` decides which country a generic actor belongs to;
* ``coreference.py`` resolves pronouns, bare descriptions and quoted speakers.

**Generic actors get a country only from what the text says** (``story.py`` has the full rule): from
a modifier of the phrase ("Malian rebels", "anti-Assad rebels"), else from the country its sentence
places events in ("rebels in Chad"), else from the article's story country, which needs evidence
from two sentences ("in Sudan", "Sudan's army", "the Sudanese government") or a single country that
is the only place the article names. "rebels" in a Darfur story that mentions Iraq once stay
unnamed (no actor) rather than becoming "Iraqi rebels". The same rule names "government forces",
"a government offensive" and a bare "the army" ("Burmese army"). Militants, jihadists, fighters and
militias are never given a *nationality* by context alone: they are placed ("militants in Mali", from
the sentence's or the story's country) unless a backer names them ("Iran-backed militias"). A people or faith word that names no state
makes its own group ("Tuareg rebels", "Kurdish militias"), and "pro-X" makes "pro-X militias".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.actor_names import Mention, noun_lemma, surname_key
from newsgraph.extract.coreference import Coreference
from newsgraph.extract.entities import EntityReader
from newsgraph.extract.gazetteer import Entry, Gazetteer
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.open_actors import anti_prefixed, NOT_MODIFIERS, doc_tokens, people_group_name, people_modifier, plural, pro_modifier, title_group
from newsgraph.extract.story import PLACING, paragraph_country, sentence_country, story_country

__all__ = ["Affiliation", "ArticleActors", "Mention", "surname_key"]


@dataclass
class Affiliation:
    country: str
    relation: str  # LEADS | MEMBER_OF
    title: str


#: what an institution holds and others attack: "army checkpoints", "a police station"
FACILITY_NOUNS = frozenset({"base", "barracks", "building", "camp", "checkpoint", "compound", "convoy", "depot", "garrison",
                            "headquarters", "installation", "office", "outpost", "patrol", "position", "post", "station"})


#: unnamed speakers for a body: "a Hezbollah spokesman", "an MNLA official"
_SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "negotiator", "representative"})
#: what makes "capital" money, not a city: "political capital", "foreign capital"
#: titles of a head of state or government, right before a name: "President X's government"
_HEAD_TITLES = frozenset({"president", "premier", "chancellor", "king", "emir", "sultan", "minister"})
#: words of a region's or waters' name, never "the city" or "the town": "Idlib province", "the Gaza Strip", "northern Iraq"
_REGION_WORDS = frozenset({"province", "region", "state", "governorate", "district", "countryside", "valley", "strip", "bank", "desert",
                           "mountains", "island", "islands", "peninsula", "coast", "sea", "gulf", "northern", "southern", "eastern",
                           "western", "central", "border", "corridor", "plain", "plains", "territory", "territories", "delta", "heights",
                           "ocean", "bay", "strait", "channel", "waters", "lake", "river", "mediterranean"})
_NOT_A_CITY = frozenset({"political", "foreign", "venture", "human", "working", "private", "investment", "share", "equity", "social"})


def backer_word(tok: Token) -> bool:
    """ "U.S.-backed", "Saudi-led": a compound naming whoever backs or leads, not whoever owns, the noun."""
    return "-" in tok.text and tok.lower_.rsplit("-", 1)[-1] in lexicon().participles


def _building_name(tok: Token) -> bool:
    """ "Government House", "Government Palace": a capitalised name of a place, not the government acting."""
    head = tok.head
    return tok.text[:1].isupper() and head.pos_ == "PROPN" and head.text[:1].isupper() and noun_lemma(head) in lexicon().words["place_nouns"] | {"house", "palace", "hill"}


@dataclass
class ArticleActors(EntityReader, Coreference):
    """All actor mentions of one parsed article (a spaCy Doc)."""

    doc: Doc
    gaz: Gazetteer = field(default_factory=Gazetteer.default)
    mentions: dict[int, Mention] = field(default_factory=dict)  # token index -> mention
    affiliations: dict[str, Affiliation] = field(default_factory=dict)  # person name -> affiliation
    speakers: dict[int, Mention] = field(default_factory=dict)  # sentence start token -> speaker
    pairs: dict[int, list[Mention]] = field(default_factory=dict)  # "both leaders", "the two sides" -> two actors
    guessed_pairs: set[int] = field(default_factory=set)  # the pairs above read from recency alone
    owners: dict[int, list[Mention]] = field(default_factory=dict)  # "Niger and Chad ... their solidarity" -> both owners
    institutions: dict[int, str] = field(default_factory=dict)  # "the Syrian army" token -> its state
    followers: list[tuple[Mention, Mention]] = field(default_factory=list)  # ("Morales supporters", Evo Morales)
    story_country: Entry | None = None
    title_tokens: set[int] = field(default_factory=set)  # tokens on Title Case lines
    places: set[str] = field(default_factory=set)  # capitalised words the article uses as places
    full_names: dict[str, str] = field(default_factory=dict)  # surname key -> full name
    rebel_words: dict[str, str] = field(default_factory=dict)  # state -> the word the article first called its rebels by

    def __post_init__(self) -> None:
        self._entities()
        self._name_chunks()
        self._joined_names()
        self._acronyms()
        self.story_country = story_country(self.doc, self.mentions, self.gaz)
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

    # -- context --------------------------------------------------------------
    def country_modifier(self, tok: Token) -> Mention | None:
        """The state named by a modifier of ``tok``: "Russian", "U.S.", "Syria's", "of Syria", "White House"."""
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") and child.i < tok.i:
                if anti_prefixed(child, ("pro", "anti")):
                    continue  # "pro-Russia rebels" are not Russia's
                if backer_word(child):
                    continue  # "the U.N.-backed government", "Saudi-led forces": the backer or leader, not the owner
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
        # what a people's word before a noun names the people of: "Kurdish rebel camps", "Chechen rebel leader X"
        hosts = lx.words["target_nouns"] | lead | lx.words["titles_member"] | {"commander", "chief", "spokesman", "spokeswoman"}
        for tok in doc_tokens(self.doc):
            rebel_adj = tok.pos_ == "ADJ" and tok.lower_ in ("rebel", "insurgent") and tok.dep_ in ("amod", "compound")  # "rebel offensives"
            federal = tok.lower_ == "federal" and tok.dep_ in ("amod", "compound")  # "federal forces": the state's, like "government forces"
            if tok.i in self.mentions or (tok.pos_ not in ("NOUN", "PROPN") and not rebel_adj and not federal) or tok.i in self.title_tokens and tok.pos_ == "PROPN":
                continue
            lemma, lower = noun_lemma(tok), tok.lower_
            if tok.dep_ in ("compound", "amod", "nmod") and lemma in ("government", "regime", "junta", "federal") and tok.i < tok.head.i:
                if not _building_name(tok):
                    self._government_modifier(tok)  # "government forces", "a government siege"
                continue
            if tok.dep_ == "compound" and (lemma not in reb or (lemma == "fighter" and tok.i < tok.head.i)) and not self._army_compound(tok):
                continue  # "fighter jets", "fighter squadrons": aircraft, not fighters ("army helicopters" are the army's)
            owner = self.country_modifier(tok)
            if owner is None and tok.dep_ == "compound" and tok.head.lemma_.lower() in lead | lx.words["titles_member"] | lx.words["target_nouns"]:
                owner = self.country_modifier(tok.head)  # "Ugandan opposition leader", "Palestinian guerrilla positions": the head's owner
            if lemma in lead or lower in lead:
                mods = sorted((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), key=lambda c: c.i)
                if title_group(mods, self.gaz) or (mods and noun_lemma(mods[-1]) in reb):
                    continue  # "the Turkish Cypriot leader", "a Kurdish rebel leader": a group's, not the state's
                if owner is not None and owner.type == "COUNTRY":
                    person = self.leader_of(owner.name)
                    if person is not None:
                        self.add(Mention(tok.i, tok.i + 1, person, "PERSON", self._np_text(tok), kind="role"))
                    else:
                        self.add(Mention(tok.i, tok.i + 1, owner.name, "COUNTRY", self._np_text(tok), kind="role", iso3=owner.iso3))
                continue
            armed = tok.lower_ == "forces" and any(c.lower_ == "armed" and c.dep_ == "amod" for c in tok.children)  # "Egypt's armed forces"
            irregular = any(c.dep_ in ("amod", "compound") and noun_lemma(c) in reb for c in tok.children)  # "Colombia's largest guerrilla army"
            if irregular and lemma in ("army", "force", "forces"):
                continue  # no state's: the rebels' army, named by an apposition or the group itself
            if (lemma in ("army", "military") or armed) and (tok.pos_ == "NOUN" or tok.dep_ == "compound") and tok.dep_ != "amod":
                state = owner if owner is not None and owner.type == "COUNTRY" else self._bare_army_state(tok, owner)
                if state is not None and (tok.tag_ == "NN" or armed or (tok.tag_ == "NNP" and tok.dep_ == "compound")):  # "the Syrian army"; not "the Iraqi and Iranian militaries"
                    name = self.army_name(state.name) or f"{state.name} army"
                    self.add(Mention(tok.i, tok.i + 1, name, "ORGANIZATION", self._np_text(tok), kind="role", iso3=state.iso3))
                    self.institutions[tok.i] = state.name
                    continue
            if lemma in ("supporter", "loyalist", "follower") and tok.tag_ in ("NNS", "NNPS") and owner is None:
                leader = self._followed(tok)  # "Morales supporters", "supporters of Evo Morales": a group of their own
                if leader is not None:
                    group = self.add(Mention(tok.i, tok.i + 1, f"{leader.name.split()[-1]} supporters", "GROUP", self._np_text(tok), kind="role"))
                    self.followers.append((group, leader))
                continue
            if lemma in ("group", "organisation", "organization", "watchdog") and tok.tag_ in ("NNS", "NNPS") and any(
                    c.dep_ in ("compound", "amod") and c.lower_ == "rights" and all(d.lower_ == "human" for d in c.children) for c in tok.children) and owner is None:
                # "rights groups accuse the army of ...": the human rights groups, one actor (not a named one)
                self.add(Mention(tok.i, tok.i + 1, "human rights groups", "ORGANIZATION", self._np_text(tok), kind="role"))
                continue
            if lemma in ("protester", "demonstrator") and tok.tag_ in ("NNS", "NNPS"):
                group = self._collective_name(tok)  # "Kurdish protesters", "pro-Kremlin demonstrators"
                if group is None and owner is not None and owner.type == "COUNTRY" and owner.kind == "demonym":
                    dem = self.gaz.demonym_of(owner.name) or owner.text
                    group = f"{dem} protesters"  # "Kenyan protesters": a state's people, not the state
                elif group is None and owner is None:
                    state = self._where(tok)  # bare "protesters" in a story about Kenya, or "... in Kenya"
                    dem = self.gaz.demonym_of(state.name) if state is not None else None
                    group = f"{dem} protesters" if dem else None
                if group is not None:
                    self.add(Mention(tok.i, tok.i + 1, group, "GROUP", self._np_text(tok), kind="role"))
                continue
            if lemma in ("police", "policeman", "gendarme") and owner is None and self.story_country is not None and not any(
                c.dep_ in ("compound", "amod") and c.lower_ not in ("riot", "local") for c in tok.children
            ):  # "police fired tear gas" in a story about Kenya: Kenya's police, never a foreign one
                self.add(self._police(tok, self.story_country))
                continue
            if lemma in ("police", "policeman") and owner is not None and owner.type == "COUNTRY":
                state = self.gaz.by_name(owner.name)
                if state is not None:  # "Kenyan police", "Iraq's police"
                    self.add(self._police(tok, state))
                    continue
            if lemma in _SPOKESMEN and tok.tag_ == "NN" and (owner is None or owner.type in ("GROUP", "ORGANIZATION")):
                group = next((m for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i
                              for m in [self.mentions.get(c.i)] if m is not None and m.kind == "entity" and m.type in ("GROUP", "ORGANIZATION")), None)
                if group is not None:  # "an MNLA spokesman said": the group speaks
                    self.add(Mention(tok.i, tok.i + 1, group.name, group.type, self._np_text(tok), kind="role", iso3=group.iso3))
                    continue
            if (lemma in gov or lower in gov or lemma in mil or lower in mil) or (
                lemma in lx.words["titles_member"] and owner is not None and owner.type == "COUNTRY" and tok.tag_ == "NN"
            ):  # "Germany's foreign minister" (unnamed) speaks for Germany
                if owner is not None and owner.type != "PERSON":
                    self.add(Mention(tok.i, tok.i + 1, owner.name, owner.type, self._np_text(tok), kind="role", iso3=owner.iso3))
                elif owner is None and (lemma in mil or lower in mil):
                    self._armed_collective(tok)
                elif lemma in ("regime", "government", "administration", "junta", "kingdom") and self._has_definite(tok):
                    self._government_of(tok)
                elif lemma == "ministry" and self._has_definite(tok) and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in tok.children):
                    state = self._where(tok)  # "the interior ministry" in a story about Ethiopia: Ethiopia's
                    if state is not None:
                        self.add(Mention.for_state(state, tok.i, tok.i + 1, self._np_text(tok)))
                continue
            if lemma == "capital" and tok.tag_ == "NN" and (self._has_definite(tok) or owner is not None) and not any(
                    c.dep_ in ("appos", "compound", "amod", "npadvmod") and (c.pos_ == "PROPN" or c.lower_ in _NOT_A_CITY) for c in tok.children):
                state = self.gaz.by_name(owner.name) if owner is not None and owner.type == "COUNTRY" else self._where(tok)
                city = self.gaz.capital_of(state.name) if state is not None else None
                if city is not None:  # "the rebels closed in on the capital" in a story about Haiti: Port-au-Prince
                    self.add(Mention(tok.i, tok.i + 1, city, "LOCATION", self._np_text(tok), kind="role"))
                continue
            if lemma in ("city", "town") and tok.tag_ == "NN" and owner is None and [(c.dep_, c.lower_) for c in tok.children if c.dep_ not in ("prep", "relcl", "acl", "punct")] == [("det", "the")] and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                place = self._last_settlement(tok)  # "Rebels seized Bor on Monday ... fighting in the town": Bor
                if place is not None:
                    self.add(Mention(tok.i, tok.i + 1, place, "LOCATION", self._np_text(tok), kind="role"))
                continue
            if lemma == "office" and owner is None and any(c.dep_ == "poss" and c.lemma_.lower() in ("president", "minister", "premier") and c.i not in self.mentions
                                                          for c in tok.children):
                state = self._where(tok)  # "the prime minister's office": the state's government
                if state is not None:
                    self.add(Mention.for_state(state, tok.i, tok.i + 1, self._np_text(tok)))
                continue
            rebel_mod = any(c.dep_ in ("amod", "compound") and c.lower_ in ("rebel", "insurgent", "opposition") for c in tok.children)
            hosted = tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in hosts  # the head's people
            if rebel_mod and lemma in lx.words["target_nouns"]:
                continue  # the rebels of "rebel camps" are named on "rebel"
            if lemma in reb and owner is not None and owner.type == "COUNTRY" and any(
                    c.dep_ in ("poss", "compound", "amod") and c.lemma_.lower() in ("government", "regime", "junta") for c in tok.children):
                self.add(Mention.for_state(owner, tok.i, tok.i + 1, self._np_text(tok)))  # "the government's fighters": its forces, no rebels
                continue
            if lemma in reb or lower in reb or (rebel_mod and lemma in lx.words["group_nouns"]):
                group = self._collective_name(tok) or (self._collective_name(tok, tok.head) if hosted else None) or self._rebel_name(tok, owner) or self._backed_name(tok)
                if group is not None:
                    self.add(Mention(tok.i, tok.i + 1, group, "GROUP", self._np_text(tok), kind="role"))
            elif lemma in lx.words["group_nouns"] and tok.tag_ in ("NNS", "NNPS"):
                group = self._collective_name(tok) or self._backed_name(tok)  # "U.S.-backed forces": neither the U.S. nor a state's army
                if group is not None:
                    self.add(Mention(tok.i, tok.i + 1, group, "GROUP", self._np_text(tok), kind="role"))

    def institution_facility(self, tok: Token) -> Mention | None:
        """The owner of a facility named by the institution that holds it: "army checkpoints" -> the
        army, "a police station" / "the parliament building" -> the state; the state from a modifier,
        the sentence or the story (extract/story.py), never from a country merely mentioned."""
        if noun_lemma(tok) not in FACILITY_NOUNS:
            return None
        for c in tok.children:
            if c.dep_ not in ("compound", "amod") or c.i > tok.i or c.i in self.mentions:
                continue
            kind = noun_lemma(c)
            if kind not in ("army", "military", "police", "parliament", "security", "navy", "naval"):
                continue
            owner = self.country_modifier(tok) or self.country_modifier(c)
            state = self.gaz.by_name(owner.name) if owner is not None and owner.type == "COUNTRY" else (None if owner is not None else self._where(tok))
            if state is None:
                return None
            if kind in ("army", "military") and noun_lemma(tok) not in ("base", "airbase", "garrison"):  # a base is the state's
                name = self.army_name(state.name) or f"{state.name} army"
                return self.add(Mention(tok.i, tok.i + 1, name, "ORGANIZATION", self._np_text(tok), kind="role", iso3=state.iso3))
            if kind == "police":
                return self.add(self._police(tok, state))
            return self.add(Mention(tok.i, tok.i + 1, state.name, "COUNTRY", self._np_text(tok), kind="role", iso3=state.iso3))
        return None

    def _police(self, tok: Token, state: Entry) -> Mention:
        """A state's police, named like its army ("Kenyan police"); the state itself without an adjective."""
        dem = self.gaz.demonym_of(state.name)
        if dem is None:
            return Mention(tok.i, tok.i + 1, state.name, "COUNTRY", self._np_text(tok), kind="role", iso3=state.iso3)
        return Mention(tok.i, tok.i + 1, f"{dem} police", "ORGANIZATION", self._np_text(tok), kind="role", iso3=state.iso3)

    def _followed(self, tok: Token) -> Mention | None:
        """The person whose supporters ``tok`` names: "Morales supporters", "Bakiyev's loyalists",
        "supporters of ousted president Kurmanbek Bakiyev"."""
        cands = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i]
        cands += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            m = self.mentions.get(c.i)
            if m is not None and m.type == "PERSON" and m.kind == "entity":
                return m
        return None

    def army_name(self, state: str) -> str | None:
        """The name of a state's armed forces, after its adjective ("Syrian army"); None without one."""
        dem = self.gaz.demonym_of(state)
        return f"{dem} army" if dem is not None else None

    def _government_of(self, tok: Token) -> None:
        """ "the regime", "Assad's government", "the Obama administration": the state of the person
        named, else (for "the regime" or "the government") the story's country."""
        poss = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.i < tok.i)]
        poss += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.i in self.mentions and self.mentions[p.i].type == "PERSON"]  # "the government of Hadi"
        person = self.mentions.get(poss[0].i) if poss else None
        ent = self._country_of_person(person.name) if person is not None and person.type == "PERSON" else None
        if ent is None and person is not None and person.type == "PERSON" and person.start > 0 and self.doc[person.start - 1].lower_ in _HEAD_TITLES:
            title = person.start - 1  # "South African President X's government": the state before the title, else the story's
            named = [e for t in self.doc[max(0, title - 3) : title] for e in [self.entry_for(t)] if e is not None and e.type == "COUNTRY"]
            ent = named[-1] if named else self._where(tok)  # "President Joseph Kabila's government" in a story about Congo: Congo's
        owned = any(c.dep_ in ("poss", "compound") for c in poss)  # "Assad's government": his, or no one's we know
        if ent is not None:
            self.add(Mention(tok.i, tok.i + 1, ent.name, "COUNTRY", self._np_text(tok), kind="role", iso3=ent.iso3))
        elif not owned and tok.lemma_.lower() == "kingdom":
            king = self._kingdom(tok)  # "the kingdom": the story's state if it is one, else the kingdom named last
            if king is not None:
                self.add(Mention(tok.i, tok.i + 1, king.name, "COUNTRY", self._np_text(tok), kind="role", iso3=king.iso3))
        elif not owned and tok.lemma_.lower() in ("regime", "government") and self.story_country is not None:
            sc = self.story_country
            self.add(Mention(tok.i, tok.i + 1, sc.name, "COUNTRY", self._np_text(tok), kind="role", iso3=sc.iso3))

    def _kingdom(self, tok: Token) -> Entry | None:
        """The monarchy "the kingdom" stands for: the story's state when it is one, else the last one named before."""
        def royal(e: Entry | None) -> bool:
            return e is not None and e.type == "COUNTRY" and any("Kingdom" in n for n in self.gaz.forms(e.name))
        sc = self.story_country
        if royal(sc):
            return sc
        named = [self.gaz.by_name(m.name) for i, m in sorted(self.mentions.items()) if i < tok.i and i == m.start and m.type == "COUNTRY"]
        return next((e for e in reversed(named) if royal(e)), None)

    def _government_modifier(self, tok: Token) -> None:
        """ "government" before a noun ("government planes", "a government assault"): the state whose
        government it is, from a modifier, the sentence or the story (extract/story.py)."""
        owner = self.country_modifier(tok)
        state = self.gaz.by_name(owner.name) if owner is not None and owner.type == "COUNTRY" else self._where(tok)
        if state is not None:
            self.add(Mention(tok.i, tok.i + 1, state.name, "COUNTRY", tok.text, kind="role", iso3=state.iso3))

    def _armed_collective(self, tok: Token) -> None:
        """Forces no state modifier claims: "Tigrayan forces", "pro-Assad forces", "government forces"."""
        group = self._collective_name(tok)
        if group is not None:
            self.add(Mention(tok.i, tok.i + 1, group, "GROUP", self._np_text(tok), kind="role"))
            return
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i}
        if mods & {"government", "regime", "security", "loyalist"}:  # "government forces": the state's
            state = self._where(tok)
            if state is not None:
                self.add(Mention(tok.i, tok.i + 1, state.name, "COUNTRY", self._np_text(tok), kind="role", iso3=state.iso3))


    @staticmethod
    def _army_compound(tok: Token) -> bool:
        """ "army helicopters", "army spokesman", "military chief": the army's forces or officer (not "an army base": the state's)."""
        if tok.dep_ != "compound" or noun_lemma(tok) not in ("army", "military"):
            return False
        head, words = noun_lemma(tok.head), lexicon().words
        return (head in words["force_nouns"] and head not in FACILITY_NOUNS) or head in words["titles_member"] or head in words["titles_lead"]

    def _bare_army_state(self, tok: Token, owner: Mention | None) -> Entry | None:
        """ "the army" with no modifier but the article: the state of the sentence or the story."""
        kids = [c for c in tok.children if c.dep_ not in NOT_MODIFIERS]
        if owner is None and not kids and self._army_compound(tok) and not any(
                c.dep_ in ("poss", "amod", "compound", "nmod") and c.i != tok.i for c in tok.head.children):
            return self._where(tok)  # "army helicopters fired on ...", "Army troops": the story state's army
        if owner is not None or len(kids) != 1 or kids[0].lower_ != "the":
            return None
        return self._where(tok)

    def _collective_name(self, tok: Token, host: Token | None = None) -> str | None:
        """A group no state owns: "pro-Assad militias", "Kurdish militias", "Tuareg rebels", "Shi'ite fighters";
        its modifiers on ``host`` when it only modifies a noun ("Kurdish rebel camps")."""
        host = host if host is not None else tok
        pro = pro_modifier(host)
        if pro is not None:
            return f"{pro} {plural(tok)}"
        mod = people_modifier(host, self.gaz, self.places, (i for i, m in self.mentions.items() if m.type != "LOCATION" or m.kind != "entity"))
        if mod is None:
            return None
        m = self.mentions.get(mod.i)
        if m is not None:  # "Tuareg" misread as a place: it is part of the group's name
            for i in range(m.start, m.end):
                self.mentions.pop(i, None)
        return people_group_name(mod, tok)

    def _backed_name(self, tok: Token) -> str | None:
        """Armed men named by no state but by their backer: "Iranian-backed militias" -> "Iran-backed
        militias" (the backer SUPPORTS them: relations.py, compounds)."""
        doc = tok.doc
        for c in tok.children:
            if c.i >= tok.i or c.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
                continue
            if c.lower_.endswith("-backed") and len(c.text) > 7:
                backer = c.text[:-7]
            elif c.lower_ == "backed" and c.i >= 2 and doc[c.i - 1].text == "-":
                backer = doc[c.i - 2].text
            else:
                continue
            entry = self.gaz.lookup(backer) or self.gaz.demonym(backer)
            if entry is not None and entry.type == "COUNTRY":
                return f"{entry.short}-backed {plural(tok)}"
        return None

    def _named_at(self, tok: Token) -> Mention | None:
        """The named group or body at ``tok`` or its compound ("the Ansar Dine coalition"), or None."""
        m = next((self.mentions[n.i] for n in (tok, *(d for d in tok.children if d.dep_ == "compound")) if n.i in self.mentions), None)
        return m if m is not None and m.type in ("GROUP", "ORGANIZATION") and m.kind == "entity" else None

    def _rebel_name(self, tok: Token, owner: Mention | None) -> str | None:
        after = [c for c in tok.head.children if c.i == tok.right_edge.i + 1 and tok.dep_ in ("dobj", "nsubjpass")]  # "killing two militants from Hamas"
        for c in [*tok.children, *after]:  # "rebels from the Seleka coalition", "fighters of the SNA": that group's
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                for p in c.children:
                    m = self._named_at(p) if p.dep_ == "pobj" else None  # "the Ansar Dine coalition"
                    if m is not None:
                        groups = [m, *(g for d in p.conjuncts for g in [self._named_at(d)] if g is not None and g.name != m.name)]
                        if len(groups) > 1:  # "rebels from the SLA and the JEM": fighters of both
                            self.pairs[tok.i] = [Mention(tok.i, tok.i + 1, g.name, g.type, self._np_text(tok), kind="role", iso3=g.iso3) for g in groups]
                        return m.name
        lemma = noun_lemma(tok)
        kind = "opposition" if lemma == "opposition" else {"insurgent": "insurgents", "separatist": "separatists", "guerrilla": "guerrillas"}.get(lemma, "rebels")
        region = self._region(tok) if owner is None and not any(
            c.dep_ in ("amod", "compound", "nmod") and (c.i in self.mentions or c.text[:1].isupper()) for c in tok.children) else None
        if lemma in ("militant", "jihadist", "fighter", "militia", "militiaman") and owner is None:
            if self._backed_name(tok) is not None:  # "Iran-backed militias": named by their backer
                return None
            if region is not None:  # "militants in Kashmir": Kashmiri militants
                return f"{region} {plural(tok)}"
            place = self._where(tok)  # placed, not given a nationality: "militants in Mali"
            return f"{plural(tok)} in {place.name}" if place is not None else None
        if owner is not None and owner.type == "GROUP":
            if owner.end - owner.start == 1 and owner.kind == "entity" and self.gaz.lookup(owner.text) is None and lemma in ("rebel", "insurgent", "separatist"):
                return people_group_name(self.doc[owner.start], tok)  # "a Tuareg rebel commander": of the Tuareg rebels, no group "Tuareg"
            return owner.name
        if owner is None and not any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
            named = self._named_before(tok)  # "Tuareg rebels ... the rebels": those, not the story state's rebels
            if named is not None:
                return named
        if region is not None:  # "rebels in Chechnya", "separatists ... in Aceh": the region's people, not the state's
            return f"{region} {self.rebel_words.setdefault(region, kind) if kind != 'opposition' else kind}"
        country = self.gaz.by_name(owner.name) if owner is not None and owner.type == "COUNTRY" else self._where(tok)
        if country is None:
            return None
        dem = self.gaz.demonym_of(country.name)
        if kind != "opposition":  # "insurgents ... the rebels": one group, named as the article first called it
            kind = self.rebel_words.setdefault(country.name, kind) if tok.tag_ in ("NNS", "NNPS") else self.rebel_words.get(country.name, kind)
        return f"{dem or country.name} {kind}"

    def _named_before(self, tok: Token) -> str | None:
        """The one group the article named earlier with this plural noun and a people's or a group's name
        ("Tuareg rebels", "Houthi rebels"), for a bare "rebels" after it; None when it named two."""
        word = plural(tok).lower()
        names = set()
        for i, m in self.mentions.items():
            words = m.text.split()
            if (i < tok.i and i == m.end - 1 and m.type == "GROUP" and self.doc[i].lower_ == word and len(words) >= 2 and i not in self.title_tokens
                    and all(w[:1].isupper() for w in words[:-1]) and words[0] != "The" and self.gaz.demonym(words[0]) is None):
                names.add(m.name)
        return names.pop() if len(names) == 1 else None

    def _region(self, tok: Token) -> str | None:
        """The people of a region of conflict the sentence places events in ("fighting in Chechnya",
        "Kashmir's militants"), the nearest to ``tok``: "Chechen", "Kashmiri" (lexicon ``region_peoples``)."""
        regions = lexicon().regions
        found: list[tuple[int, str]] = []
        for i in range(tok.sent.start, tok.sent.end):
            m = self.mentions.get(i)
            if m is None or i != m.start or m.type not in ("LOCATION", "GROUP", "ORGANIZATION") or m.name.lower() not in regions:
                continue
            head = self.doc[m.end - 1]
            if (head.dep_ == "pobj" and head.head.lower_ in PLACING) or head.dep_ == "poss":
                found.append((abs(i - tok.i), regions[m.name.lower()]))
        return min(found)[1] if found else None

    def _where(self, tok: Token | None) -> Entry | None:
        """The country a generic group belongs to (extract/story.py): the state whose leader it is
        "anti-", the country its sentence places events in, else the story's country."""
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
            for c in tok.children:  # "rebels fighting Assad", "insurgents battling the Kabul government": that state's
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("fight", "battle", "oppose", "topple", "overthrow"):
                    for o in c.children:
                        m = self.mentions.get(o.i) if o.dep_ == "dobj" else None
                        entry = self.gaz.by_name(m.name) if m is not None else None
                        if entry is not None and entry.type == "PERSON" and entry.iso3:
                            entry = self.gaz.country_by_iso3(entry.iso3)
                        if entry is not None and entry.type == "COUNTRY":
                            return entry
            here = sentence_country(tok, self.mentions, self.gaz) or paragraph_country(tok, self.mentions, self.gaz)
            if here is not None:
                return here
        return self.story_country

    def _np_text(self, tok: Token) -> str:
        left = tok
        for c in tok.lefts:
            if c.dep_ in ("det", "amod", "compound", "poss", "nmod") and c.i < left.i:
                left = c
        start = left.left_edge.i if left is not tok else tok.i
        return self.doc[start : tok.i + 1].text

    def _last_settlement(self, tok: Token, sentences: int = 3) -> str | None:
        """The city or town named last before ``tok`` within ``sentences`` sentences: a place ("Bor"), or a capital
        named for its state ("fighting in Kabul ... the city"); None when a region or a state was named since."""
        doc = tok.doc
        first = tok.sent.start
        for _ in range(sentences - 1):
            if first > 0:
                first = doc[first - 1].sent.start
        for i in range(tok.i - 1, first - 1, -1):
            m = self.mentions.get(i)
            if m is None and doc[i].ent_type_ in ("GPE", "LOC", "FAC"):
                return None  # a place named since as no actor: which one is meant is not sure
            if m is None or i != m.start or m.kind not in ("entity", "role"):
                continue
            if m.type == "LOCATION" and m.kind == "entity":
                words = f"{m.name} {doc[m.end - 1].head.text}".lower().split()  # "Lower Shabelle region": a region
                return None if _REGION_WORDS.intersection(words) or m.name[:1].islower() else m.name
            if m.type == "COUNTRY" and m.kind == "entity":
                capital = self.gaz.capital_of(m.name)  # "Kabul" read as Afghanistan; not "the Kremlin", nor "... in Sudan. The city"
                return capital if capital is not None and capital.lower() == m.text.lower() else None
        return None

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
        if entry is not None and entry.iso3 and entry.role == "leader" and not entry.affiliation:
            return self.gaz.country_by_iso3(entry.iso3)  # "Putin's administration"
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
