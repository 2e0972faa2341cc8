"""Dependency-tree helpers shared by the relation rules: arguments, subjects, negation, modality, attribution."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.actor_names import group_words, noun_lemma
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.mentions import ArticleActors, Mention, backer_word
from newsgraph.extract.open_actors import NUMERIC_ENTS, anti_prefixed

#: places that belong to the state named on them, when they are struck or entered: "Israeli towns", "Greek embassies"
SETTLEMENT_NOUNS = {"city", "town", "village", "capital", "embassy", "consulate", "settlement", "neighbourhood", "neighborhood", "suburb",
                    "station", "school", "office", "ministry", "building", "warship", "ship", "vessel", "island", "port"}
#: what is struck rather than who: its owner ("rebel positions") or its place ("targets near X") is the target
TARGET_NOUNS = lexicon().words["target_nouns"]
#: participles that give a position or a camp its holder: "positions held by X", "a base used by X"
_HELD_BY = frozenset({"held", "controlled", "occupied", "manned", "used", "run", "operated", "defended", "guarded", "launched", "flown",
                      "fired", "piloted", "sent"})
#: verbs whose gerund object is a deed opposed, not done: "opposed threatening X", "rejected sending troops"
_OPPOSING_VERBS = frozenset({"oppose", "reject", "resist", "object", "rule", "dismiss", "veto", "block", "protest"})
#: the rim of a place: what is "on the outskirts of X" is in X
_OUTSKIRTS = frozenset({"outskirts", "outskirt", "edge", "edges", "fringe", "fringes", "periphery"})
#: participles that tie a target to its owner with "to": "targets linked to the Revolutionary Guard"
_LINKED_TO = frozenset({"linked", "belonging", "tied", "affiliated", "connected"})
#: a state named by its people's word for it: "his country", "their homeland"
_HOMELAND_NOUNS = frozenset({"country", "nation", "homeland", "motherland"})
#: prepositions whose gerund shares the clause's subject: "after taking X", "before seizing X", "by shelling X"
_TEMPORAL_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "by", "without"})
#: people a state can back or arm, who act for themselves: "backs rebels/supporters fighting X"
_BACKED_PEOPLE = frozenset({"loyalist", "supporter", "faction", "group", "movement", "protester", "volunteer", "tribesman"})
#: nouns that count events: "a campaign/wave/series of attacks"
SERIES = frozenset({"campaign", "wave", "series", "string", "spate", "number", "pattern"})
#: an organisation's organs, which speak and act for it: "the African Union Commission", "the ECOWAS mission"
_ORGANS = frozenset({"commission", "secretariat", "council", "assembly", "parliament", "mission", "summit", "force", "forces", "troops", "peacekeepers"})
#: place nouns that a state adjective places in that state: "the Eritrean border", "Lebanese waters"
_STATE_EDGES = frozenset({"border", "frontier", "coast", "coastline", "waters", "territory", "airspace", "soil"})
#: plural heads that stand for the actors listed after them: "countries including Sudan and Libya"
_COLLECTIVE_HEADS = {"country", "state", "nation", "power", "government", "ally", "neighbour", "neighbor", "member", "donor", "partner", "group", "organisation", "organization"}
#: people who stand for what owns them when several are named: "sanctions on Seleka leaders"
_MEMBER_PLURALS = {"leader", "official", "commander", "member", "figure", "minister", "diplomat", "lawmaker", "general", "officer"}
#: heads that only count what follows "of": "dozens of soldiers", "some of the rebels"
QUANTITY_HEADS = {"much", "swathe", "swath", "swathes", "swaths", "half", "rest", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "some", "many",
               "most", "several", "number", "handful", "group", "unit", "contingent", "detachment", "team", "all", "none",
               "crowd", "column", "convoy", "band", "busload", "batch", "first", "last", "bulk", "remainder", "vanguard"}
_RELATIVE = {"which", "who", "that", "whom", "whose"}
#: a side of a country and its adjective: "the north of Mali" is northern Mali
COMPASS_NOUNS = {"north": "northern", "south": "southern", "east": "eastern", "west": "western", "northeast": "northeastern",
                 "northwest": "northwestern", "southeast": "southeastern", "southwest": "southwestern"}
#: nouns for another actor named in apposition: "its ally Iran", "their neighbour Kenya"
_COUNTERPART_NOUNS = {"ally", "partner", "neighbour", "neighbor", "backer", "rival", "foe", "enemy", "patron", "adversary", "sponsor"}
_ACCUSE = {"accuse", "blame", "charge", "condemn", "criticize", "criticise", "fault"}
_OBJECT_CONTROL = {"urge", "ask", "press", "call", "force", "help", "allow", "encourage", "order", "tell", "want", "train", "equip", "arm", "enable", "invite", "persuade", "pressure", "push",
                   "instruct", "direct", "authorize", "authorise", "send", "dispatch", "task", "mandate", "assign", "permit", "require", "compel",
                   "empower", "entrust", "oblige", "commission", "delegate", "deploy",
                   "prompt", "lead", "cause", "spur", "drive", "provoke", "inspire", "convince", "prod"}  # "prompting Abe to denounce X"
#: verbs whose infinitive complement is only wished for: "urged X to engage Y" asserts no engagement
APPEAL_VERBS = {"urge", "ask", "press", "call", "encourage", "invite", "persuade", "pressure", "push", "implore", "appeal", "demand", "propose", "recommend"}


def nominal_gerund(tok: Token) -> bool:
    """A gerund used as a noun: "Fighting between X and Y left ...", "after shelling of the town" —
    an -ing form in a noun's place with no subject or object of its own."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "pcomp", "dobj", "conj"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children)


def counted(heads: list[Token]) -> list[Token]:
    """``heads`` and what the counting ones among them count: "thousands of (troops)", "a dozen of (them)"."""
    return heads + [p for h in heads if h.lemma_.lower() in QUANTITY_HEADS or h.pos_ == "NUM" for p in prep_objects(h, {"of"})]


def conjuncts(tok: Token) -> Iterator[Token]:
    """``tok`` and the tokens coordinated with it ("Russia and Iran", "Kenya, together with Uganda,")."""
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from conjuncts(c)
        elif c.dep_ == "prep":
            yield from (p for p in _companions(c))


def _companions(prep: Token) -> Iterator[Token]:
    """The objects of "along with", "together with", "as well as" under ``prep``."""
    if prep.lower_ == "with" and any(a.lower_ in ("together", "along") for a in prep.children if a.dep_ in ("advmod", "prep")):
        yield from (p for p in prep.children if p.dep_ == "pobj")
    elif prep.lower_ in ("along", "together"):
        for w in prep.children:
            if w.dep_ == "prep" and w.lower_ == "with":
                yield from (p for p in w.children if p.dep_ == "pobj")


#: participles that comment on what was said, done by the speaker ("..., officials said, accusing X of ...")
_COMMENTING = APPEAL_VERBS | {"accuse", "blame", "condemn", "criticise", "criticize", "denounce", "praise", "welcome", "hail", "slam", "reject", "dismiss", "add", "cite", "quote", "refer"}


def placed_in(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of ``tok``'s place prepositions ``preps``; "on" only for a rim ("villages on the outskirts of X" are
    in X; "a camp on the Gaza-Egypt border" is a landmark, not the place)."""
    return [p for p in prep_objects(tok, preps) if p.head.lower_ != "on" or noun_lemma(p) in _OUTSKIRTS]


def prep_objects(tok: Token, preps: set[str]) -> Iterator[Token]:
    """Objects of the prepositions ``preps`` attached to ``tok``."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for prep in [c, *(d for d in c.children if d.dep_ == "conj" and d.pos_ == "ADP" and d.lower_ == c.lower_)]:
                for p in prep.children:  # "spoke with X and with Y": both
                    if p.dep_ == "pobj":
                        yield p
                    elif p.dep_ == "prep":  # "from within X"
                        yield from (q for q in p.children if q.dep_ == "pobj")


def finite_after_nonfinite(verb: Token, perfect: bool = False) -> bool:
    """A finite verb the parser joined to an infinitive or (``perfect``) a perfect or passive participle it
    does not share a subject or auxiliary with: "X urged Y to respect Z and called on W" (X called, not Y),
    "X said Y had been turned back and urged Z" (X urged)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.i == head.head.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if perfect:
        return head.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have", "been") or c.dep_ == "auxpass" for c in head.children)  # "was stretched"
    return head.tag_ == "VB" and head.dep_ in ("xcomp", "advcl")


@dataclass
class Args:
    """Resolves argument tokens to actor mentions for one article."""

    actors: ArticleActors

    def actor_of(self, tok: Token, *, place: bool = False, depth: int = 0) -> Mention | None:
        a, lx = self.actors, lexicon()
        m = a.mention_at(tok)
        for c in tok.children:  # "his Chinese counterpart Wang Yi": the name is more specific
            cm = a.mention_at(c)
            if c.dep_ == "appos" and cm is not None and cm.type == "PERSON" and (m is None or m.kind != "entity"):
                return cm
            kinds = ("GROUP", "ORGANIZATION", "COUNTRY") if noun_lemma(tok) in _COUNTERPART_NOUNS else ("GROUP", "ORGANIZATION")
            if (c.dep_ == "appos" and c.pos_ == "PROPN" and (tok.pos_ == "NOUN" or noun_lemma(tok) in lx.words["group_nouns"]) and cm is not None and cm.kind == "entity"
                    and cm.type in kinds and (m is None or m.name != cm.name)):
                return cm  # "the Basque separatist group ETA", "the rebel group M23": the name, not the description
        if (m is None or m.kind == "role") and tok.pos_ in ("NOUN", "PROPN") and noun_lemma(tok) in lx.agent_nouns and lx.agent_nouns[noun_lemma(tok)]["rel"] in ("LEADS", "MEMBER_OF"):
            for p in prep_objects(tok, {"of"}):  # "The leader of Boko Haram, Abubakar Shekau, claimed ...": the parser hung
                for c in p.children:              # the name on the group; the title's holder is the person named
                    pm = a.mention_at(c)
                    if c.dep_ == "appos" and pm is not None and pm.type == "PERSON" and pm.kind == "entity" and c.i > p.i + 1 and tok.doc[c.left_edge.i - 1].text == ",":
                        return pm
        if place and noun_lemma(tok) in TARGET_NOUNS and (m is None or m.kind == "role"):
            for p in prep_objects(tok, {"of"}):  # "entered the rebel stronghold of Saraqeb": the place, not its holders
                pm = self.actor_of(p, place=True, depth=depth + 1) if depth < 2 else None  # (a place the NER misread as a name)
                if pm is not None and pm.type in ("LOCATION", "COUNTRY") and pm.kind == "entity":
                    return pm
        if m is None and noun_lemma(tok) in lx.words["envoy_nouns"]:
            for p in prep_objects(tok, {"to"}):  # "the U.N. Envoy to Yemen Martin Griffiths met ...": the parser
                pm = a.mention_at(p)               # hung the name on "to"; the envoy is the person named
                if pm is not None and pm.type == "PERSON" and p.left_edge.i < pm.start:
                    return pm
        if m is not None and m.kind == "role" and m.type == "GROUP":
            for c in tok.children:  # "Abdul-Malik al-Houthi praised his fighters": the group he leads, not fighters in general
                held = a.mention_at(c)
                if c.dep_ == "poss" and held is not None and held.type == "PERSON":
                    led = self._followers_of(held, c)
                    if led is not None:
                        return led
                if c.dep_ == "poss" and held is not None and held.type in ("GROUP", "ORGANIZATION") and held.name != m.name:
                    return held  # "al-Shabaab said its fighters killed 20 soldiers", "NATO and its troops": the body's own
        named = self._known_as(tok) if tok.pos_ == "NOUN" and (m is None or m.kind == "role") else None
        if named is not None:  # "Hutu militias known as the Interahamwe", "a group called Ansar Dine": the name
            return named
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and depth < 2 and (m is None or m.kind == "role" or m.start != tok.i):
            described = self.actor_of(tok.head, depth=depth + 1)  # "X, a militia commanded by Y", "X, a Shi'ite group loyal to Y": X
            if described is not None and described.kind == "entity" and described.type in ("GROUP", "ORGANIZATION") and (m is None or described.name != m.name):
                return described
        if place and m is not None and m.type in ("ORGANIZATION", "PERSON") and m.kind == "entity" and a.gaz.lookup(m.text) is None and a.gaz.by_name(m.name) is None and (
            tok.head.lower_ in ("of", "in", "at", "near", "to", "around", "outside") or (tok.dep_ == "compound" and tok.head.lemma_.lower() in lx.words["place_nouns"])
            or any(c.dep_ == "amod" and c.lower_ in ("controlled", "held", "occupied", "besieged", "annexed") for c in tok.children)
        ):
            # "the coastal city of Tartus" tagged as an organisation or a person: in a place slot it is a place
            return a.add(Mention(m.start, m.end, m.name, "LOCATION", m.text))
        if m is None and tok.lower_ in _HOMELAND_NOUNS:
            for c in tok.children:  # "Vietnam had invaded his country": the possessor's own state
                owner = a.mention_at(c) if c.dep_ == "poss" else None
                state = a.gaz.by_name(a.side_of(owner)) if owner is not None and owner.type in ("PERSON", "COUNTRY") else None
                if state is not None and state.type == "COUNTRY":
                    return a.add(Mention(tok.i, tok.i + 1, state.name, "COUNTRY", a.doc[c.i : tok.i + 1].text, kind="role", iso3=state.iso3))
        if m is None and tok.lemma_.lower() in lx.words["government_nouns"]:
            for c in tok.children:  # "the Obama administration", "Maduro's government": the leader's state
                cm = a.mention_at(c)
                if c.dep_ in ("compound", "poss") and cm is not None and cm.type == "PERSON":
                    entry = a.gaz.by_name(cm.name)
                    state = a.gaz.country_by_iso3(entry.iso3 if entry is not None else cm.iso3)
                    if state is not None:
                        return a.add(Mention(tok.i, tok.i + 1, state.name, "COUNTRY", a.doc[c.i : tok.i + 1].text, kind="role", iso3=state.iso3))
        if m is not None and (m.kind != "demonym" or tok.dep_ not in ("amod", "compound", "npadvmod")):
            return m
        if m is None and tok.lower_ in _ORGANS:  # "the African Union Commission", "the ECOWAS mission": the body's organ
            for c in tok.children:
                cm = a.mention_at(c)
                if c.dep_ == "compound" and cm is not None and cm.type == "ORGANIZATION" and cm.kind == "entity":
                    return cm
        if m is None and tok.ent_type_ in ("DATE", "TIME"):  # "met with President Assad Tuesday": the date swallowed the name
            for c in tok.children:
                cm = a.mention_at(c)
                if c.dep_ == "compound" and cm is not None:
                    return cm
        lemma = noun_lemma(tok)  # "Rebels" opening a sentence is still "rebel"
        if m is None and depth < 2 and (lemma in QUANTITY_HEADS or tok.pos_ == "NUM"):  # "dozens of Malian soldiers", "three of them"
            for p in prep_objects(tok, {"of"}):
                return self.actor_of(p, place=place, depth=depth + 1)
        if m is None and lemma in _COUNTERPART_NOUNS:
            for c in tok.children:  # "their Russian allies", "its Western backers": the modifier names them (a possessive does not)
                cm = a.mention_at(c)
                if c.dep_ in ("amod", "compound") and c.i < tok.i and cm is not None and cm.type in ("COUNTRY", "GROUP", "ORGANIZATION"):
                    return cm
        owned = a.institution_facility(tok) if m is None else None  # "army checkpoints", "a police station"
        if owned is not None:
            return owned
        people = tok.tag_ in ("NNS", "NNPS") and lemma in _MEMBER_PLURALS  # "seven Seleka leaders", "Russian officials"
        if lemma in lx.words["force_nouns"] or tok.lower_ in lx.words["force_nouns"] or lemma in lx.words["group_nouns"] or lemma in TARGET_NOUNS or people:
            for c in tok.children:  # "fighters loyal to the TPLF", "troops loyal to the president": whom they serve
                if c.dep_ == "amod" and c.lower_ == "loyal":
                    for p in prep_objects(c, {"to"}):
                        lm = a.mention_at(p)
                        if lm is not None and lm.type in ("GROUP", "ORGANIZATION", "COUNTRY", "PERSON"):
                            return lm  # "forces loyal to Haftar": they fight for him
            for c in tok.children:  # "positions held by Kurdish militants", "a camp run by the group": whose it is
                if c.dep_ == "acl" and (c.lower_ in _HELD_BY or (c.lower_ in _LINKED_TO and lemma in TARGET_NOUNS)):
                    for p in prep_objects(c, {"by"} if c.lower_ in _HELD_BY else {"to", "with"}):
                        held_by = self.actor_of(p, depth=depth + 1) if depth < 2 else None
                        if held_by is not None and held_by.type != "LOCATION":
                            return held_by
            for c in tok.children:  # "Palestinian guerrilla positions": the guerrillas', not Palestine's
                cm = a.mention_at(c)
                if c.dep_ == "compound" and c.i < tok.i and cm is not None and cm.type == "GROUP" and lemma in TARGET_NOUNS:
                    return cm
                if (c.dep_ == "compound" and c.i < tok.i and cm is not None and cm.kind == "entity" and cm.type in ("GROUP", "ORGANIZATION")
                        and lemma in lx.words["group_nouns"] and any(d.dep_ == "poss" for d in tok.children)):
                    return cm  # "Lebanon's Hezbollah movement": the movement named, not the state that owns the phrase
            owner = a.country_modifier(tok)
            if owner is not None:
                return owner
            mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod") and not backer_word(c)]  # not "U.S.-backed forces"
            mods += [g for c in mods if c.dep_ == "compound" and a.mention_at(c) is None for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i]
            for c in mods:  # "Rebel mortar bombs" read as "(Rebel mortar) bombs": the modifier's modifier owns them
                if a.mention_at(c) is not None and a.mention_at(c).type != "LOCATION" and not anti_prefixed(c):  # type: ignore[union-attr]
                    held = a.mention_at(c)
                    if held.type == "PERSON" and c.dep_ == "poss":  # type: ignore[union-attr]
                        return self._followers_of(held, c) or held  # type: ignore[arg-type]
                    return held
            for p in prep_objects(tok, {"of", "from"}):  # "fighters of the SNA", "soldiers from Russia"
                pm = a.mention_at(p)
                if pm is not None and (pm.type in ("GROUP", "ORGANIZATION", "COUNTRY") or (pm.type == "PERSON" and lemma in TARGET_NOUNS)):
                    return pm  # "the convoy of Prime Minister X", "the residence of X": whoever it carries or houses
        if place and m is None and lemma in SETTLEMENT_NOUNS and not any(prep_objects(tok, {"of"})) and not any(
            c.dep_ in ("appos", "compound", "npadvmod") and c.pos_ == "PROPN" for c in tok.children
        ):  # "rocket fire on Israeli towns": Israel's
            owner = a.country_modifier(tok)
            if owner is not None and owner.type == "COUNTRY":
                return owner
        if place and tok.pos_ == "PROPN" and m is None and tok.text[:1].isupper() and tok.ent_type_ not in NUMERIC_ENTS:
            # a place acted upon that the NER missed ("shelled Kharkiv")
            left = min((c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
            span = tok.doc[left : tok.i + 1].text
            return a.add(Mention(left, tok.i + 1, span, "LOCATION", span))
        if depth < 3 and (place or lemma in lx.words["place_nouns"]) and tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                cm = a.mention_at(c)
                if (c.dep_ in ("compound", "appos", "npadvmod") or (c.dep_ == "amod" and c.text[:1].isupper() and c.i == tok.i - 1)) and cm is not None and cm.type in ("LOCATION", "COUNTRY") and not (
                        c.dep_ == "amod" and cm.type == "COUNTRY"):
                    return cm  # "the Idlib region" ("Idlib" may be read as an adjective)
                if c.dep_ == "amod" and cm is not None and cm.type == "COUNTRY" and lemma in _STATE_EDGES:
                    return cm  # "on the Eritrean border", "off the Lebanese coast": the state's edge
                if c.dep_ == "compound" and cm is not None and cm.type != "LOCATION" and place:
                    return self.actor_of(c, place=True, depth=depth + 1)  # "the Idlib countryside", Idlib mistyped
                if c.dep_ in ("compound", "appos") and cm is None and c.pos_ == "PROPN" and place:
                    named = self.actor_of(c, place=True, depth=depth + 1)  # "Syria's second city Aleppo", Aleppo untagged
                    if named is not None:
                        return named
            if lemma in ("border", "frontier"):
                for p in prep_objects(tok, {"with"}):  # "on its border with Syria": the neighbour's edge
                    pm = self.actor_of(p, place=True, depth=depth + 1)
                    if pm is not None and pm.type == "COUNTRY":
                        return pm
            for p in placed_in(tok, {"of", "in", "near", "at", "outside", "inside", "around", "off", "on"}):  # "the waters around X"
                pm = self.actor_of(p, place=True, depth=depth + 1)
                if pm is not None and pm.type in ("LOCATION", "COUNTRY"):
                    return pm
            for c in tok.children:
                cm = a.mention_at(c)
                if c.dep_ == "poss" and cm is not None and cm.type in ("LOCATION", "COUNTRY") and lemma in lx.words["place_nouns"]:
                    return cm
        return None

    def _followers_of(self, person: Mention, tok: Token) -> Mention | None:
        """The body a person's fighters or troops belong to: "Abdul-Malik al-Houthi praised his fighters" (the
        group the person is known to lead), "Assad's troops" (a head of state's: the state)."""
        gaz = self.actors.gaz
        entry = gaz.by_name(person.name)
        if entry is None:
            return None
        if entry.affiliation:
            group = gaz.by_name(entry.affiliation) or gaz.lookup(entry.affiliation)
            if group is not None and group.type in ("GROUP", "ORGANIZATION"):
                return Mention(tok.i, tok.i + 1, group.name, group.type, tok.text, kind="role", iso3=group.iso3)
        if entry.role == "leader" and entry.iso3 and not self._former(person.name):
            state = gaz.country_by_iso3(entry.iso3)
            if state is not None:
                return Mention.for_state(state, tok.i, tok.i + 1, tok.text)
        return None

    def _former(self, name: str) -> bool:
        """Whether the article calls the person a former or ousted leader ("Former President Ali Abdullah Saleh,
        whose forces ..."): such a leader's forces are his own, not the state's."""
        doc = self.actors.doc
        for i, m in self.actors.mentions.items():
            if i == m.start and m.name == name and m.kind == "entity":
                if any(t.lower_ in ("former", "ousted", "deposed", "exiled", "toppled", "ex") for t in doc[max(0, i - 3) : i]):
                    return True
        return False

    def _known_as(self, tok: Token) -> Mention | None:
        """The name a group noun is given by "known as" / "called" / "calling itself": a group's name,
        whatever the NER took it for."""
        if noun_lemma(tok) not in group_words():
            return None
        for c in tok.children:
            if c.dep_ != "acl" or c.lemma_.lower() not in ("know", "call", "name", "dub") or c.i < tok.i:
                continue
            for h in [*prep_objects(c, {"as"}), *(n for n in c.children if n.dep_ == "oprd")]:
                hm = self.actors.mention_at(h)
                if hm is not None and hm.kind == "entity" and hm.type in ("GROUP", "ORGANIZATION"):
                    return hm
                if h.pos_ == "PROPN" and (hm is None or (hm.kind == "entity" and hm.type in ("LOCATION", "PERSON") and self.actors.gaz.lookup(hm.text) is None)):
                    left = min([h.i, *(d.i for d in h.children if d.dep_ == "compound" and d.pos_ == "PROPN")])
                    text = tok.doc[left : h.i + 1].text
                    return self.actors.add(Mention(left, h.i + 1, text, "GROUP", text))
        return None

    def _listed(self, tok: Token) -> list[Token]:
        """``tok``'s conjuncts, and a bare name set beside it as a headline lists names ("presses Hamas,
        Israel on truce"), or a list the parser read as one ("Saudi Arabia, the United Arab Emirates, Bahrain and
        Egypt"): an apposition that is another named actor of the same kind, not a description."""
        out = list(conjuncts(tok))
        m = self.actors.mention_at(tok)
        if m is None or m.kind != "entity" or tok.pos_ != "PROPN":
            return out
        for c in tok.children:
            cm = self.actors.mention_at(c)
            if (c.dep_ == "appos" and c.pos_ == "PROPN" and cm is not None and cm.kind == "entity" and cm.name != m.name
                    and (cm.type == m.type or {cm.type, m.type} <= {"COUNTRY", "ORGANIZATION", "GROUP"})
                    and not any(d.dep_ in ("poss", "amod", "prep", "relcl") or (d.dep_ == "det" and d.lower_ != "the") for d in c.children)):
                out += list(conjuncts(c))
        return out

    def actors_of(self, tok: Token, *, place: bool = False) -> list[Mention]:
        out: list[Mention] = []
        for t in self._listed(tok):
            if t.lower_ in _RELATIVE and t.dep_.startswith("nsubj"):
                continue
            for pm in self.actors.pairs.get(t.i, []):
                if all(pm.name != o.name for o in out):
                    out.append(pm)
            if self.actors.mention_at(t) is None and (noun_lemma(t) in QUANTITY_HEADS or t.pos_ == "NUM"):
                for p in prep_objects(t, {"of"}):  # "most of the big cities, including Homs and Aleppo": all of them
                    out += [pm for pm in self.actors_of(p, place=place) if all(pm.name != o.name or (place and pm.start != o.start) for o in out)]
                    # (a place twice: "hold Sanaa and much of northern Yemen" is the capital and a region, both Yemen's)
                if out:
                    continue
            m = self.actor_of(t, place=place)
            if m is not None and all(m.name != o.name for o in out):
                out.append(m)
            if t.pos_ == "NOUN" and t.tag_ == "NNS":  # "the two rebel groups, the SLA and the JEM": every group listed
                for c in t.children:
                    cm = self.actors.mention_at(c)
                    if c.dep_ == "appos" and cm is not None and cm.kind == "entity" and cm.type in ("GROUP", "ORGANIZATION", "COUNTRY"):
                        out += [q for q in self.actors_of(c) if all(q.name != o.name for o in out)]
            if m is not None and m.type == "LOCATION" and t.tag_ == "NNS" and noun_lemma(t) in lexicon().words["place_nouns"]:
                for p in prep_objects(t, {"of"}):  # "the cities of Derna and Benghazi": each of them
                    for q in list(conjuncts(p))[1:]:
                        qm = self.actor_of(q, place=True)
                        if qm is not None and all(qm.name != o.name for o in out):
                            out.append(qm)
            if m is not None and m.type in ("COUNTRY", "ORGANIZATION") and noun_lemma(t) in lexicon().words["force_nouns"]:
                for p in prep_objects(t, {"from"}):  # "troops from Australia, Britain and New Zealand": every sender
                    for q in list(conjuncts(p))[1:]:
                        qm = self.actor_of(q)
                        if qm is not None and qm.type in ("COUNTRY", "ORGANIZATION") and all(qm.name != o.name for o in out):
                            out.append(qm)
            if m is not None and m.type != "LOCATION":  # "U.S. and British warplanes": every state in the modifier
                for c in t.children:
                    if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < t.i and self.actors.mention_at(c) is not None:
                        for cc in list(conjuncts(c))[1:]:
                            cm = self.actors.mention_at(cc)
                            if cm is not None and cm.type in ("COUNTRY", "ORGANIZATION", "GROUP") and all(cm.name != o.name for o in out):
                                out.append(cm)
            towns = place and noun_lemma(t) in lexicon().words["place_nouns"]  # "Israeli cities including Sderot and Ashkelon"
            if (m is None and t.lemma_.lower() in _COLLECTIVE_HEADS) or towns:  # "countries including Sudan and Libya", "states such as Qatar"
                such_as = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and any(a.lower_ == "such" for a in c.children)]
                for p in [*prep_objects(t, {"including", "like"}), *(q for a in such_as for q in a.children if q.dep_ == "pobj")]:
                    out += [pm for pm in self.actors_of(p, place=towns) if all(pm.name != o.name for o in out)]
            if place and t.lemma_.lower() in TARGET_NOUNS:  # "struck (Islamic State) targets near al-Bab": the place too
                for p in prep_objects(t, {"in", "near", "at", "around", "outside", "inside"}):
                    pm = self.actor_of(p, place=True)
                    if pm is not None and pm.type == "LOCATION" and all(pm.name != o.name for o in out):
                        out.append(pm)
        return out

    def _claimants(self, verb: Token) -> list[Mention]:
        """ "A suicide bomber killed 30 people in Kabul, in an attack claimed by Islamic State": whoever claimed the
        attack the clause is said to be, when its own subject names no actor."""
        for noun in prep_objects(verb, {"in"}):
            if noun.lemma_.lower() in ("attack", "bombing", "assault", "raid", "ambush", "strike"):
                return self.event_agents(noun)
        return []

    def event_agents(self, noun: Token) -> list[Mention]:
        """Who carried out an event named by a noun that is itself a verb's subject: "an air strike
        by the coalition hit ...", "a Russian offensive took ...", "Israel's raid killed ..."."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().nouns:
            return []
        out = [m for p in prep_objects(noun, {"by"}) for m in self.actors_of(p)]
        for c in noun.children:  # "a drone attack blamed on the Houthis", "an attack claimed by Islamic State"
            if c.dep_ == "acl" and c.lemma_.lower() in ("blame", "claim", "attribute", "carry"):
                out += [m for p in prep_objects(c, {"on", "by", "to"}) for m in self.actors_of(p) if m.type != "LOCATION"]
        for c in noun.children:
            m = self.actors.mention_at(c)
            if not out and c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i and m is not None and m.type != "LOCATION":
                out.append(m)
        return out

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[Mention], Mention | None]:
        """Actors doing ``verb`` and, for "X accused Y of doing", the accuser (whose claim it is)."""
        if depth > 6:
            return [], None
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    ante = verb.head  # "X, the Nigerian diplomat who heads Y": X, whom the apposition describes
                    named = [m for m in self.actors_of(ante.head) if m.kind == "entity"] if ante.dep_ == "appos" else []
                    if not named and ante.dep_ == "conj" and verb.i > ante.i:  # "the United States and Britain, which sell arms to ...": both
                        first = ante
                        while first.dep_ == "conj" and first.head.i != first.i:
                            first = first.head
                        named = self.actors_of(first)
                    return named or self.actors_of(ante), None
                found = self.actors_of(c) or self.event_agents(c)
                if all(m.kind == "role" and m.type == "GROUP" for m in found):  # none, or "gunmen" named by no group
                    found = self._claimants(verb) or found
                for p in verb.children:  # "France, along with Germany, sent ...": the companion acts too
                    if p.dep_ == "prep":
                        found += [m for q in _companions(p) for m in self.actors_of(q) if all(m.name != f.name for f in found)]
                return found, None
        agents = [p for p in prep_objects(verb, {"by"}) if any(ch.dep_ == "nsubjpass" for ch in verb.children)]
        if agents:
            return self.actors_of(agents[0]), None
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "and":
            clause = verb.head  # "condemned the raid as an attempt to sabotage talks and called on X": a second finite verb
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX") and clause.i < verb.i:
                return self.subjects(clause, depth + 1)  # of the clause's subject, which the parser hung on the noun
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            found = self.actors_of(verb.head)
            if not found and verb.dep_ == "acl":  # "the French pledge to defend X": the noun's owner
                for c in verb.head.children:
                    m = self.actors.mention_at(c)
                    if c.dep_ in ("poss", "compound", "amod", "nmod") and m is not None and m.type != "LOCATION":
                        found.append(m)
            if not found and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.i != verb.head.i and not (
                    verb.tag_ == "VBG" and noun_lemma(verb.head) in lexicon().words["rebel_nouns"] | _BACKED_PEOPLE):
                # "adopted a resolution condemning X", "has troops hunting X"; not "backs rebels fighting Assad": they fight
                return self.subjects(verb.head.head, depth + 1)  # "pressed an offensive to take X": who pressed it
            return found, None
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            charged = self.accused_of(verb, depth)
            if charged is not None:
                return charged
            clause = verb.head.head
            if verb.tag_ == "VBG" and verb.head.lower_ in _TEMPORAL_PREPS and clause.pos_ in ("VERB", "AUX") and verb.head.dep_ == "prep" and clause.dep_ != "xcomp":
                # not "urged Putin to help implement the deal by working with X": only urged
                return self.subjects(clause, depth + 1)  # "the army advanced on Kidal after taking Anefis": the army took it
        head = verb.head
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.dep_ == "prep":
            return self.subjects(head.head.head, depth + 1)  # "X accused Y of gassing Z and criticised W": a finite verb is X's
        speech = lexicon().words["speech_verbs"]
        if finite_after_nonfinite(verb) or (finite_after_nonfinite(verb, perfect=True) and head.dep_ == "ccomp" and head.head.lemma_.lower() in speech
                                             and (verb.lemma_.lower() in APPEAL_VERBS or verb.lemma_.lower() in speech)):  # a speech act: the speaker's
            return self.subjects(head.head, depth + 1)  # "X urged Y to respect Z and called on W", "X said Y had failed and urged Z": X's
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.lemma_.lower() in speech and verb.lemma_.lower() not in speech | _COMMENTING:
            reported = head.head if head.dep_ == "parataxis" else next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
            quoted = reported is not None and any(t.is_quote for t in verb.doc[min(reported.i, head.i) : head.i])
            if reported is not None and reported.pos_ in ("VERB", "AUX") and not quoted:  # '"...," Kim said, calling ...': Kim's
                return self.subjects(reported, depth + 1)  # "X fired a missile, Y's military said, defying sanctions": X defied them
        if verb.dep_ == "xcomp" and head.dep_ in ("acomp", "oprd") and head.head.i != head.i:
            head = head.head
        if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and head is not verb:
            # for an object-control verb ("urged X to fight") the doer is the object
            if verb.dep_ == "xcomp":
                objs = [c for c in head.children if c.dep_ == "dobj"]
                if not objs and head.lemma_.lower() in ("call", "appeal", "prevail", "rely", "count"):
                    objs = list(prep_objects(head, {"on", "upon"}))  # "called on both sides to stop fighting": they would
                if objs and (head.lemma_.lower() in _OBJECT_CONTROL or objs[0].head.dep_ == "prep"):
                    return self.actors_of(objs[0]), None
            return self.subjects(head, depth + 1)
        if verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubjpass", "expl") for c in verb.children):
            named = self._fronted_subject(verb)
            if named:
                return named, None
        return [], None

    def _fronted_subject(self, verb: Token) -> list[Mention]:
        """ "In his speech, Hariri, a Saudi ally, accused Iran": the parser hung the subject on the opening
        phrase's noun as its apposition; a named apposition that runs up to the verb is its subject."""
        doc = verb.doc
        for p in verb.children:
            if p.dep_ != "prep" or p.i > verb.i:
                continue
            for a in p.subtree:  # "At a rally in the capital, Maduro, ...": under the phrase's last noun
                described = a.dep_ == "appos" or (a.dep_ == "conj" and any(c.dep_ == "appos" for c in a.children))  # "On Sunday, X, the Y, said"
                if described and a.i > a.head.i and all(t.is_punct for t in doc[a.right_edge.i + 1 : verb.i]):
                    named = [m for m in self.actors_of(a) if m.kind == "entity"]
                    if named:
                        return named
        return []

    def accused_of(self, tok: Token, depth: int = 0) -> tuple[list[Mention], Mention | None] | None:
        """For what ``tok`` names in "X accused Y of <tok>" / "X blamed Y for <tok>" (a gerund or an event
        noun): the accused, who did it, and the accuser, whose claim it is."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "accused Minsk of a wave of sabotage attacks on X"
        if tok.head.lower_ not in ("of", "for") or tok.dep_ not in ("pcomp", "pobj") or tok.head.head.lemma_.lower() not in _ACCUSE:
            return None
        acc = tok.head.head
        accused = [self.actors_of(c) for c in acc.children if c.dep_ in ("dobj", "nsubjpass")]
        if not accused and acc.dep_ == "acl" and acc.tag_ in ("VBN", "VBD"):  # "the militias blamed for killing thousands": the militias
            accused = [self.actors_of(acc.head)]
        accuser, _ = self.subjects(acc, depth + 1)
        return (accused[0] if accused else []), (accuser[0] if accuser else None)

    def negated(self, tok: Token) -> bool:
        """True when the clause of ``tok`` is denied ("not", "never", "refused to", "no troops")."""
        lx = lexicon()
        cur: Token | None = tok
        prev = tok
        steps = 0
        while cur is not None and steps < 5:
            if any(c.dep_ == "neg" for c in cur.children):
                return True
            if cur is not tok and cur.lemma_.lower() in lx.words["negating_verbs"]:
                # "Iran denied accusations by Iraq": the accusation was made, what it says is what Iran denies
                return not (cur.lemma_.lower() == "deny" and prev.dep_ == "dobj" and prev.lemma_.lower() in lx.words["allegation_nouns"])
            if cur is not tok and prev.pos_ == "VERB" and prev.tag_ == "VBG" and cur.lemma_.lower() in _OPPOSING_VERBS:
                return True  # "China opposed threatening Sudan with sanctions": the deed opposed is not done
            for c in cur.children:
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children):
                    return True
            if cur.dep_ in ("xcomp", "acomp") or (cur.dep_ in ("dobj", "pobj", "prep") and cur is tok):
                prev, cur = cur, cur.head
                steps += 1
                continue
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() == "deny" and not any(
                    t.lemma_.lower() in lx.words["allegation_nouns"] for t in tok.doc[cur.right_edge.i + 1 : cur.head.i]):
                return True  # "Rwanda denied that its troops had attacked Goma"; not "X accused Y of Z, a charge Y denied" misread
            break
        return False

    def hedged(self, tok: Token) -> bool:
        """True for intent or modality: "wants to", "ready to", "could", "plans to"."""
        lx = lexicon()
        cur = tok
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would", "should") for c in cur.children):
                return True
            if cur is not tok and (cur.lemma_.lower() in lx.words["intent_verbs"] or cur.lower_ in lx.words["intent_adjectives"]):
                return True
            if cur.dep_ in ("xcomp", "acomp", "dobj", "pcomp", "prep", "pobj") and cur.head.i != cur.i:
                cur = cur.head
            else:
                break
        return False

    def speaker(self, tok: Token) -> Mention | None:
        """Who says the clause containing ``tok``: the subject of a speech verb governing it, or the quote's speaker."""
        lx = lexicon()
        cur = tok
        through_ccomp = False
        for _ in range(8):
            if cur.dep_ in ("ccomp", "parataxis") or (cur.dep_ == "pcomp" and cur.head.head.lemma_.lower() in _ACCUSE):
                through_ccomp = True
            head = cur.head
            if head is cur:
                break
            if through_ccomp and head.lemma_.lower() in lx.words["speech_verbs"]:
                subj, _ = self.subjects(head)
                if subj:
                    return subj[0]
            cur = head
        return self.actors.speakers.get(tok.sent.start)
