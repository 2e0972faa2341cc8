"""Coreference over an article's mentions: pronouns, bare descriptions, pairs and quoted speakers.

:class:`Coreference` is the part of :class:`~newsgraph.extract.mentions.ArticleActors` the relation
finder runs once titles are known: "the Russian foreign minister" and "his Turkish counterpart"
(``resolve_described``), who speaks each quoted paragraph (``find_speakers``), and pronouns, "both
leaders", "the two sides" and "the group"/"the alliance" (``resolve_pronouns``).
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.actor_names import Mention
from newsgraph.extract.gazetteer import Entry, Gazetteer
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.open_actors import NOT_MODIFIERS, doc_tokens, sentences_back

_QUOTES_OPEN = "\"“«„"
_QUOTES_CLOSE = "\"”»"


#: verbs whose coordinated subject is a pair of parties ("X and Y signed a truce", "X and Y clashed")
_PAIRING_VERBS = frozenset({"sign", "agree", "hold", "negotiate", "clash", "fight", "meet", "talk", "reach", "exchange", "trade",
                            "resume", "conclude", "accept", "fought", "battle", "conduct", "open", "begin", "start", "end"})


#: singular nouns that name one group: "the rebel group" is one, named earlier; "the rebels" may be many
_ONE_GROUP = frozenset({"group", "movement", "organisation", "organization", "faction", "militia"})
#: the sex a personal pronoun tells: a woman named "she" is never "he" in the same article
_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: modifiers that keep a definite description generic: "the rebel group", "the armed movement"
_GENERIC_KINDS = frozenset({"rebel", "militant", "jihadist", "armed", "islamist", "guerrilla", "insurgent", "separatist", "extremist"})


class Coreference:
    """Coreference for :class:`~newsgraph.extract.mentions.ArticleActors` (a mixin: the fields are its)."""

    doc: Doc
    gaz: Gazetteer
    mentions: dict[int, Mention]
    speakers: dict[int, Mention]
    pairs: dict[int, list[Mention]]
    guessed_pairs: set[int]
    owners: dict[int, list[Mention]]

    affiliations: dict[str, Any]
    story_country: Entry | None

    # provided by ArticleActors
    def add(self, m: Mention) -> Mention:  # pragma: no cover
        raise NotImplementedError

    def leader_of(self, country: str) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def country_modifier(self, tok: Token) -> Mention | None:  # pragma: no cover
        raise NotImplementedError

    def side_of(self, m: Mention) -> str:  # pragma: no cover
        raise NotImplementedError

    def _np_text(self, tok: Token) -> str:  # pragma: no cover
        raise NotImplementedError

    def resolve_described(self) -> None:
        """Second pass after titles are known: "the Russian foreign minister", "his Turkish counterpart"."""
        lx = lexicon()
        for tok in doc_tokens(self.doc):
            m = self.mentions.get(tok.i)
            if tok.pos_ != "NOUN":
                continue
            lemma = tok.lemma_.lower()
            if m is not None and m.kind == "role" and m.type == "COUNTRY" and lemma in lx.words["leader_nouns"]:
                person = self.leader_of(m.name)
                if person is not None:
                    self.add(Mention(tok.i, tok.i + 1, person, "PERSON", m.text, kind="role"))
                continue
            if m is None and lemma in ("president", "king", "premier") and self.story_country is not None and [
                    (c.dep_, c.lower_) for c in tok.children if c.dep_ not in NOT_MODIFIERS] == [("det", "the")]:
                person = self.leader_of(self.story_country.name)  # "the rebels accused the president of stalling": the story state's
                if person is not None:
                    self.add(Mention(tok.i, tok.i + 1, person, "PERSON", self._np_text(tok), kind="role"))
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
        previous: list[Mention] = []  # the collectives of the latest sentence that named any
        sexes: dict[str, str] = {}  # person -> the sex of the pronouns already bound to them
        for sent in self.doc.sents:
            speaker = self.speakers.get(sent.start)
            sent_persons: list[Mention] = []
            sent_collectives: list[Mention] = []
            for tok in doc_tokens(self.doc)[sent.start : sent.end]:
                m = self.mentions.get(tok.i)
                if (m is not None and m.kind == "role" and m.type == "GROUP" and tok.tag_ == "NN" and m.end == tok.i + 1
                        and tok.lemma_.lower() in _ONE_GROUP and self._definite_bare(tok, generic=m)):
                    earlier = [c for c in sent_collectives if c.end <= tok.i]  # "Hamas gunmen fired ..., and the group said": this sentence's first
                    ref = next((s for s in reversed(seen + earlier) if s.type == "GROUP" and s.kind == "entity"), None)
                    if ref is not None:  # "the rebel group" after "the ELN": that one group, not "Colombian rebels"
                        m = self.add(Mention(tok.i, tok.i + 1, ref.name, ref.type, f"the {tok.text}", kind="pronoun", iso3=ref.iso3))
                        for c in tok.children:
                            if c.dep_ in ("amod", "compound") and self.mentions.get(c.i) is not None and self.mentions[c.i].kind == "role":
                                self.mentions[c.i] = m
                if m is not None and m.kind == "role" and m.type == "GROUP" and tok.tag_ == "NNS" and self._definite_bare(tok, generic=m):
                    ref = self._described(tok, seen + [c for c in sent_collectives if c.end <= tok.i])
                    if ref is not None and ref.kind == "entity" and any(f.lower().endswith(" " + tok.lower_) for f in self.gaz.forms(ref.name)):
                        # "the rebels" after "the Houthis" (known as "Houthi rebels"): that group, not the story's rebels
                        m = self.add(Mention(tok.i, tok.i + 1, ref.name, ref.type, f"the {tok.text}", kind="pronoun", iso3=ref.iso3))
                # "both governments" read as the story's one government: a pair instead
                pair_guess = m is not None and m.kind == "role" and m.end - m.start == 1 and tok.pos_ == "NOUN" and self._pair_phrase(tok)
                if m is not None and m.kind != "pronoun" and not pair_guess:
                    if m.type == "PERSON" and (not sent_persons or sent_persons[-1] is not m):
                        sent_persons.append(m)
                    elif m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and m.kind != "demonym" and (not sent_collectives or sent_collectives[-1] is not m):
                        sent_collectives.append(m)
                    continue
                low = tok.lower_
                if pair_guess or (m is None and tok.pos_ == "NOUN" and self._pair_phrase(tok)):
                    people = tok.lemma_.lower() in ("leader", "man", "woman", "president", "minister", "official", "diplomat")
                    # not the clause's own subject: in "X urged both sides to ...", X is no side
                    own = {d.i for anc in tok.ancestors for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")
                           for d in (c, *(k for k in c.subtree if k.dep_ == "conj"))}  # "X and Y agreed to mediate between the two camps"
                    agents = sorted({m.start: m for m in seen + sent_persons + sent_collectives if self._agentive(m, objects=people) and m.end <= tok.i
                                     and not any(m.start <= i < m.end for i in own)}.values(), key=lambda m: m.start)
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
                    if tok.lemma_.lower() in ("country", "nation", "capital", "government"):
                        pool = [p for p in pool if p.type == "COUNTRY"]  # "the two countries" are states, not a group or a body
                    urged = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
                    if urged is not None and urged.lemma_.lower() in ("urge", "call", "ask", "press", "appeal", "tell", "encourage"):
                        sides = {self.side_of(self.mentions[i]) for i in own if i in self.mentions}  # the urger is no party
                        pool = [p for p in pool if p.name not in sides]
                    coordinated = None if people else self._coordinated_pair(tok, own)
                    recent = list(dict.fromkeys(p.name for p in pool))[:4]
                    if coordinated is None and not people:  # "Ethiopia and the TPLF resumed talks ... (mediators, envoys) ... urged both sides"
                        coordinated = self._coordinated_pair(tok, own, window=None)
                        recent = [c.name for c in coordinated or []]
                    if coordinated is not None and all(c.name in recent for c in coordinated):
                        # "Ethiopia and the TPLF signed a truce ... (the AU brokered it) ... Both sides agreed"
                        self.pairs[tok.i] = [Mention(tok.i, tok.i + 1, t.name, t.type, self._np_text(tok), kind="pronoun", iso3=t.iso3) for t in coordinated]
                        self.mentions.pop(tok.i, None)
                        continue
                    two: list[Mention] = []
                    for cand in pool:
                        if all(cand.name != t.name for t in two):
                            two.append(cand)
                        if len(two) == 2:
                            self.pairs[tok.i] = [Mention(tok.i, tok.i + 1, t.name, t.type, self._np_text(tok), kind="pronoun", iso3=t.iso3) for t in two]
                            self.mentions.pop(tok.i, None)
                            self.guessed_pairs.add(tok.i)  # by recency only: the story's two sides may replace it (relations.py)
                            break
                    continue
                if tok.pos_ == "NOUN" and self._definite_bare(tok):
                    ref = self._described(tok, seen + [c for c in sent_collectives if c.end <= tok.i])
                    if ref is not None:
                        self.add(Mention(tok.i, tok.i + 1, ref.name, ref.type, f"the {tok.text}", kind="pronoun", iso3=ref.iso3))
                    continue
                if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$", "WP$"):
                    continue
                target: Mention | None = None
                if low == "whose" and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.head.dep_ == "relcl":
                    ante = self.mentions.get(tok.head.head.head.i)  # "Honduras, whose troops serve in Iraq": Honduras's troops
                    if ante is not None and ante.type in ("COUNTRY", "ORGANIZATION", "GROUP", "PERSON") and ante.kind != "pronoun":
                        target = Mention(tok.i, tok.i + 1, ante.name, ante.type, tok.text, kind="pronoun", iso3=ante.iso3)
                elif low in lx.words["pronouns_we"] and speaker is not None:
                    side = self.side_of(speaker)
                    ent = self.gaz.by_name(side)
                    target = Mention(tok.i, tok.i + 1, side, ent.type if ent else speaker.type, tok.text, kind="pronoun")
                elif low in lx.words["pronouns_i"] and speaker is not None:
                    target = Mention(tok.i, tok.i + 1, speaker.name, speaker.type, tok.text, kind="pronoun")
                elif tok.dep_ == "nsubj" and (src := self._denier(tok)) is not None:
                    # "Rwanda rejected accusations by Congo that it backs the M23": Rwanda
                    target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun", iso3=src.iso3)
                elif tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and (src := self._matrix_subject(tok)) is not None:
                    # "X said (that) he/it would ...": the speaker
                    target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun", iso3=src.iso3)
                elif low in lx.words["pronouns_person"]:
                    earlier = [p for p in sent_persons if p.end <= tok.i]
                    subj = [p for p in earlier if self.doc[p.end - 1].dep_.startswith("nsubj")]
                    src = subj[-1] if subj else (earlier[-1] if earlier else last_person)
                    sex = _SEX.get(low)
                    if src is not None and sex is not None and sexes.get(src.name, sex) != sex:
                        # "she" after "Anez ... she would call elections" and a man named since: the woman
                        pool = [*reversed(subj), *reversed(earlier), *(m for m in reversed(seen) if m.type == "PERSON")]
                        src = next((p for p in pool if sexes.get(p.name) == sex), None) or next((p for p in pool if p.name not in sexes), None)
                    if src is not None:
                        if sex is not None:
                            sexes.setdefault(src.name, sex)
                        target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun")
                elif low in lx.words["pronouns_thing"] | lx.words["pronouns_plural"]:
                    src = self._clause_subject(tok) if tok.dep_ == "poss" else None
                    if src is None and tok.dep_ == "poss" and all(t.is_space or t.is_punct for t in self.doc[sent.start : tok.i]):
                        src = self._previous_subject(sent, plural=low in lx.words["pronouns_plural"])  # "X ... . Its spokesman said": X's
                    if src is None:  # agreeing in number, else (none agrees) an actor that acts, not a place talked about:
                        pool = [m for m in sent_collectives if m.end <= tok.i] or previous  # "fires missile over Japan; Abe calls it a threat"
                        src = self._agreeing(low in lx.words["pronouns_plural"], pool) or next(
                            (m for m in reversed(pool) if self._agentive(m) and not (low in lx.words["pronouns_thing"] and self._is_plural(m))), None)
                    if src is None:
                        src = sent_collectives[-1] if sent_collectives else last_collective
                        if src is not None and low not in lx.words["pronouns_plural"] and self._is_plural(src):
                            # "it" is never "Turkish Cypriots": the latest singular actor instead
                            src = next((m for m in reversed(sent_collectives + seen) if m.type in ("COUNTRY", "ORGANIZATION", "GROUP")
                                        and m.kind != "demonym" and not self._is_plural(m)), None)
                    if src is not None:
                        target = Mention(tok.i, tok.i + 1, src.name, src.type, tok.text, kind="pronoun", iso3=src.iso3)
                        if low in lx.words["pronouns_plural"] and tok.dep_ == "poss":
                            self._pair_with_conjuncts(tok, src)  # "Niger and Chad declared their solidarity": both of theirs
                if target is not None:
                    self.add(target)
            if sent_collectives:
                previous = sent_collectives
            # update salience after the sentence: subjects first, then any
            for tok in doc_tokens(self.doc)[sent.start : sent.end]:
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

    def _is_plural(self, m: Mention) -> bool:
        head = self.doc[m.end - 1]  # "the rebels", "Turkish Cypriots", "the Houthis": they, never "it"
        return m.type == "GROUP" and head.tag_ in ("NNS", "NNPS") and (m.kind == "role" or head.text.endswith("s"))

    def _agreeing(self, plural: bool, cands: list[Mention]) -> Mention | None:
        """The latest candidate whose number agrees with the pronoun ("they" -> "the rebels", "it" -> "Chad"),
        a subject first: "Rebels seized Bangui. They clashed with ...". None when no plural group is among
        ``cands`` for "they" (a state can be "they": the caller falls back to recency)."""
        fits = [m for m in cands if self._is_plural(m) == plural]
        if not fits or not (plural or any(self._is_plural(m) for m in cands)):
            return None
        subjects = [m for m in fits if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
        return (subjects or fits)[-1]

    def _matrix_subject(self, tok: Token) -> Mention | None:
        low = tok.lower_
        person = low in lexicon().words["pronouns_person"]
        if not person and low not in lexicon().words["pronouns_thing"] | lexicon().words["pronouns_plural"]:
            return None
        if any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in tok.head.children):
            for c in tok.head.head.children:  # "the EU warned Turkey that it must ...": an obligation is the addressee's
                m = self.mentions.get(c.i)
                if c.dep_ == "dobj" and m is not None and (m.type == "PERSON") == person and m.type != "LOCATION":
                    return m
        for c in tok.head.head.children:
            if c.dep_ == "nsubj":
                m = self.mentions.get(c.i)
                if m is not None and (m.type == "PERSON") == person and m.type != "LOCATION":
                    return m
        return None

    def _denier(self, tok: Token) -> Mention | None:
        """Who denies or rejects an allegation whose content has ``tok`` (a pronoun) as its subject: "X denied
        charges (by Y) that it ...", "X rejected accusations that they ...": the accused, X."""
        clause, noun = tok.head, tok.head.head
        if clause.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in lexicon().words["allegation_nouns"] or noun.dep_ != "dobj":
            return None
        if noun.head.lemma_.lower() not in ("deny", "reject", "dismiss", "refute", "rebuff"):
            return None
        person = tok.lower_ in lexicon().words["pronouns_person"]
        subjects = [self.mentions.get(c.i) for c in noun.head.children if c.dep_ == "nsubj"]
        return next((m for m in subjects if m is not None and (m.type == "PERSON") == person and m.type != "LOCATION"), None)

    def _clause_subject(self, tok: Token) -> Mention | None:
        """The collective subject of the clause a possessive pronoun sits in ("Moscow increased its presence")."""
        cur = np = tok.head
        while np.dep_ == "pobj" and np.head.lower_ == "of" and np.head.head.pos_ == "NOUN":
            np = np.head.head  # "criticised Y over the civilian toll of its bombing": the toll is the reason
        reason = np.dep_ == "pobj" and np.head.lower_ in ("over", "for", "about")  # "criticised Y over its support"
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX"):
                if cur.dep_ in ("ccomp", "advcl") and tok.head.i > cur.i and any(e["rel"] == "ATTACKS" for e in lexicon().verbs.get(cur.lemma_.lower(), [])):
                    # "X said government gunships attacked its positions", "X struck Y after Z fired at its positions":
                    # no one attacks its own; the speaker's or the main clause's
                    speaker = next((self.mentions.get(c.i) for c in cur.head.children if c.dep_ == "nsubj"), None)
                    return speaker if speaker is not None and speaker.type in ("COUNTRY", "ORGANIZATION", "GROUP") else None
                if reason and (np.head.head.i == cur.i or (np.head.head.dep_ == "dobj" and np.head.head.head.i == cur.i)):  # ("the coalition over ...")
                    # the one criticised or thanked for it owns it, not the critic: "lashed out at Y over its ..."
                    targets = [c for c in cur.children if c.dep_ == "dobj"]
                    targets += [p for c in cur.children if c.dep_ == "prep" and c.lower_ in ("at", "with", "against", "on")
                                for p in c.children if p.dep_ == "pobj"]
                    for t in sorted(targets, key=lambda t: t.i):
                        m = self.mentions.get(t.i)
                        if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and t.i < tok.i:
                            return m
                for c in cur.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        m = self.mentions.get(c.i)
                        if c.left_edge.i <= tok.i <= c.right_edge.i and cur.dep_ == "ccomp":
                            m = self._matrix_speaker(cur)  # "X, a group backed by Y, said its fighters had ...": X's fighters
                        return m if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and m.start < tok.i else None
                if cur.dep_ not in ("xcomp", "conj", "advcl"):
                    return None
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _matrix_speaker(self, clause: Token) -> Mention | None:
        """The subject of the speech verb ``clause`` (a ccomp) reports: "X said (that) ..."."""
        if clause.head.lemma_.lower() not in lexicon().words["speech_verbs"]:
            return None
        return next((self.mentions[c.i] for c in clause.head.children if c.dep_ == "nsubj" and c.i in self.mentions), None)

    def _previous_subject(self, sent: Span, plural: bool) -> Mention | None:
        """The collective subject of the main verb of the sentence before ``sent``, agreeing in number."""
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        for c in before.root.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                m = self.mentions.get(c.i)
                if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and self._is_plural(m) == plural:
                    return m
        return None

    def _pair_with_conjuncts(self, tok: Token, src: Mention) -> None:
        """A plural possessive whose clause subject is a coordination stands for every conjunct, as the owner
        of an event noun ("declared their solidarity with X"; not "advised their citizens", where each owns its own)."""
        head = self.doc[src.end - 1]
        if not head.dep_.startswith("nsubj"):
            return
        names: list[Mention] = []
        for c in [head, *(k for k in head.subtree if k.dep_ == "conj" and k.head.i in range(src.start, k.i))]:
            m = self.mentions.get(c.i)
            if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP") and all(n.name != m.name for n in names):
                names.append(m)
        if len(names) >= 2:
            self.owners[tok.i] = [Mention(tok.i, tok.i + 1, m.name, m.type, tok.text, kind="pronoun", iso3=m.iso3) for m in names]

    def _agentive(self, m: Mention, objects: bool = True) -> bool:
        """A mention that acts (subject, possessor, apposition), not a place talked about ("on Syria")."""
        tok = self.doc[m.end - 1] if m.end > m.start else self.doc[m.start]
        while tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass") or (objects and tok.dep_ == "dobj") or (tok.dep_ == "pobj" and tok.head.lower_ in ("with", "by", "between", "and"))

    def _coordinated_pair(self, tok: Token, own: set[int], window: int | None = 3) -> list[Mention] | None:
        """The latest two states or groups written as a pair before ``tok`` in its sentence or the ``window``
        before it (None: anywhere before it in the article): "X and Y" as a clause's subject, or "between X and Y"."""
        doc = self.doc
        for t in reversed(doc[sentences_back(tok, window) : tok.i]):
            m = self.mentions.get(t.i)
            if m is None or m.type not in ("COUNTRY", "GROUP", "ORGANIZATION") or t.i in own or not (
                (t.dep_.startswith("nsubj") and t.head.lemma_.lower() in _PAIRING_VERBS) or (t.dep_ == "pobj" and t.head.lower_ == "between")
            ):
                continue
            for c in t.children:
                cm = self.mentions.get(c.i)
                if c.dep_ == "conj" and cm is not None and cm.type in ("COUNTRY", "GROUP", "ORGANIZATION") and cm.name != m.name and c.i not in own:
                    return [m, cm]
        return None

    @staticmethod
    def _pair_phrase(tok: Token) -> bool:
        """ "both leaders", "the two sides", "the two men"."""
        lemma = tok.lemma_.lower()
        if tok.tag_ in ("NNS", "NNPS") and lemma in ("neighbour", "neighbor", "rival", "foe", "adversary", "enemy", "archrival", "arch-rival"):
            return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)  # "the nuclear-armed neighbours", "the old foes"
        if tok.tag_ in ("NNS", "NNPS") and lemma in ("party", "side", "faction") and any(
                c.lower_ == "warring" or (c.dep_ == "det" and c.lower_ == "all") for c in tok.children):
            return True  # "the warring parties", "all sides": the two that fight
        if tok.tag_ not in ("NNS", "NNPS") or lemma not in ("leader", "side", "man", "woman", "country", "president", "minister", "government", "official", "diplomat", "nation", "power", "capital",
                                                                "faction", "party", "camp", "delegation"):
            return False
        kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod")}
        return "both" in kids or "two" in kids

    def _definite_bare(self, tok: Token, generic: Mention | None = None) -> bool:
        """ "the group", "the coalition": a definite noun with no other modifier (``generic``: the role
        mention a story-country guess gave it, which the description may replace)."""
        kids = [c for c in tok.children if c.dep_ not in NOT_MODIFIERS
                and not (c.dep_ in ("amod", "compound") and c.lower_ in _GENERIC_KINDS)]  # "the rebel group", "the militant group"
        return (
            (tok.i not in self.mentions or self.mentions[tok.i] is generic)
            and len(kids) == 1
            and kids[0].dep_ == "det"
            and kids[0].lower_ in ("the", "this", "that")
            and (tok.lemma_.lower() in lexicon().words["definite_descriptions"] or tok.lower_ in lexicon().words["definite_descriptions"] or tok.lower_ == "country")
        )

    def _described(self, tok: Token, seen: list[Mention]) -> Mention | None:
        """The actor a bare definite description refers to: the latest earlier actor it fits."""
        word, lemma = tok.lower_, tok.lemma_.lower()
        sent_start = tok.sent.start
        if word in ("regime", "junta"):  # the state last called so ("the Myanmar junta"), else the story's
            called = [m for m in seen if m.type == "COUNTRY" and word in m.text.lower()]
            own = [m for m in seen if self.story_country is not None and m.name == self.story_country.name]
            return (called or own)[-1] if called or own else None  # not merely the latest state named
        named_first = lemma in ("group", "movement", "organisation", "organization")  # "the group": a group named, before "militants"
        ordered = [m for m in reversed(seen) if m.kind == "entity"] + [m for m in reversed(seen) if m.kind != "entity"] if named_first else list(reversed(seen))
        if lemma in ("group", "movement"):  # "the group" after "Saudi Aramco" and "the Houthis": the armed group, not the company
            ordered = [m for m in ordered if m.type == "GROUP"] + [m for m in ordered if m.type != "GROUP"]
        if word == "country" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "to", "across", "throughout", "inside") and self.story_country is not None:
            own = [m for m in seen if m.name == self.story_country.name and m.type == "COUNTRY"]
            if own:  # "has 5,000 troops in the country", "sent soldiers to the country": where the story happens
                return own[-1]
        for m in ordered:
            name = m.name.lower()
            if word == "country":
                if m.type == "COUNTRY" and m.start < sent_start:
                    return m
            elif m.type in ("GROUP", "ORGANIZATION") and (
                name.endswith((word, lemma)) or lemma in ("group", "movement", "organisation", "organization", "militant", "jihadist")
                or any(f.lower().endswith((" " + lemma, " " + word)) for f in self.gaz.forms(m.name))  # "the alliance": NATO (North Atlantic Alliance)
            ):
                if lemma in ("militant", "jihadist") and m.type != "GROUP":
                    continue
                return m
        return self.story_coalition(tok) if word == "coalition" else None  # "the coalition" in a story about Yemen

    def story_coalition(self, tok: Token) -> Mention | None:
        """The coalition news about the story's state means by a bare "coalition" ("the coalition", "Coalition
        spokesman X" in a story about Yemen: the Saudi-led one; lexicon ``story_coalitions``), or None."""
        name = lexicon().coalitions.get(self.story_country.iso3 or "") if self.story_country is not None else None
        return Mention(tok.i, tok.i + 1, name, "GROUP", tok.text, kind="role") if name is not None else None

    def find_speakers(self, speech_verbs: frozenset[str]) -> None:
        """Who speaks each sentence that sits inside quotation marks (paragraph-level)."""
        doc = self.doc
        paragraph: list[Span] = []
        full = "".join(t.text_with_ws for t in doc_tokens(doc))  # Doc.text rebuilds itself on every access
        for sent in list(doc.sents) + [None]:  # type: ignore[list-item]
            new_para = sent is None or (sent.start > 0 and "\n" in doc[sent.start - 1].text_with_ws) or (sent.start > 0 and "\n" in doc[sent.start - 1].whitespace_)
            if new_para and paragraph:
                self._paragraph_speaker(paragraph, speech_verbs, full)
                paragraph = []
            if sent is not None:
                paragraph.append(sent)

    def _paragraph_speaker(self, sents: list[Span], speech_verbs: frozenset[str], full: str) -> None:
        speaker: Mention | None = None
        for sent in sents:
            text = full[sent.start_char : sent.end_char]
            if not any(c in text for c in _QUOTES_OPEN + _QUOTES_CLOSE):
                continue
            for tok in doc_tokens(self.doc)[sent.start : sent.end]:
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
