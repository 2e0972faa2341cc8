"""Relation rules over one parsed article.

Each rule looks at the dependency tree for a trigger from the lexicon and yields
:class:`Found` relations between actor mentions:

* ``verbs``       clauses, active and passive ("Russia backs Assad", "Assad is backed by Russia")
* ``nouns``       nominal relations ("Russia's support for Assad", "talks between X and Y")
* ``adjectives``  predicate adjectives ("Brazil is critical of Venezuela", "X, concerned by Y's build-up")
* ``agents``      appositions and copulas with agent nouns ("Russia, Assad's ally"; "X is Y's backer")
* ``compounds``   hyphenated participles and prefixes ("Turkish-backed rebels", "U.S.-led coalition", "anti-Assad")
* ``at_the_hands`` "died at the hands of X": X attacked the subject
* ``titles``      titles before a name ("Russian President Vladimir Putin" -> LEADS)
"""
from __future__ import annotations

import itertools
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.core.ontology import PLACE_OBJECT, RelationClass, allowed, relation_class
from newsgraph.extract.actor_names import OFFICE_WORDS, noun_lemma
from newsgraph.extract.gazetteer import Entry, Gazetteer
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.mentions import ArticleActors, Mention, surname_key
from newsgraph.extract.open_actors import NUMERIC_ENTS, anti_prefixed, doc_tokens, sentences_back, title_group
from newsgraph.extract.syntax import APPEAL_VERBS, COMPASS_NOUNS, QUANTITY_HEADS, SERIES, TARGET_NOUNS, Args, conjuncts, counted, finite_after_nonfinite, nominal_gerund, placed_in, prep_objects

_PART_RE = re.compile(r"^(.+?)-(\w+)$")
#: what a leader or commander so described leads instead of the state: "faction leaders", "clan elders", "militia commander"
_FACTIONS = {"faction", "clan", "militia", "tribal", "tribe", "warlord", "gang"}
#: people who study a subject: a country named with them is what they study, not whom they serve
_TOPIC_ROLES = {"analyst", "researcher", "scholar", "expert", "specialist", "fellow", "watcher", "historian", "economist", "commentator"}
#: armed men who are no state's forces by default: "gunmen", "militants", "mercenaries"
_IRREGULARS = frozenset({"gunman", "militant", "militiaman", "militiamen", "fighter", "mercenary", "contractor", "hacker", "sniper"})
#: verbs of keeping forces somewhere: "has troops in", "maintains a base in"
_KEEP_VERBS = {"have", "keep", "maintain", "station", "base", "retain", "operate", "run", "establish", "open", "build"}
_RECIPROCAL = {"MEETS", "NEGOTIATES_WITH", "COOPERATES_WITH", "ALLIED_WITH", "ATTACKS"}
#: verbs whose "for" asks for something: "called for Bashir's resignation", "pressed for talks"
#: talks as a standing channel, which a side can suspend (not one call, meeting or truce)
_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "discussion", "consultation", "contact"})
#: verbs that end or suspend talks: "suspended talks with X", "broke off negotiations", "called off the dialogue"
_ENDING_VERBS = frozenset({"suspend", "end", "halt", "freeze", "cancel", "scrap", "pause", "terminate", "stop", "abandon", "break", "call", "quit"})
#: what a state can decline to rule out against another: "has never ruled out force / military action"
_FORCE_OPTIONS = frozenset({"force", "action", "attack", "strike", "intervention", "invasion", "option", "retaliation", "operation"})
#: what force not ruled out would do to its target: "to bring it under its control", "to retake the islands"
_TAKING_VERBS = frozenset({"bring", "take", "retake", "seize", "recover", "reclaim", "reunify", "unify", "annex", "return", "capture"})
#: a rising against the state of the place it is fought in: "an insurgency in Nigeria"
_INSURGENCIES = frozenset({"insurgency", "rebellion", "insurrection", "uprising"})
#: verbs of guarding a place: "sent troops to protect the airport in X"
_GUARDING_VERBS = frozenset({"protect", "guard", "defend", "secure"})
#: leaving a place: the forces were there, so "would not withdraw its troops from X" denies only the leaving
_LEAVING_VERBS = frozenset({"withdraw", "pull"})
#: verbs of leaving office: "called for X to resign / step down / quit"
_QUIT_VERBS = frozenset({"resign", "quit", "step", "stand", "leave", "abdicate"})
_CALL_FOR = {"call", "press", "push", "appeal", "campaign", "clamour", "clamor", "lobby"}
#: verbs that ask for an event named by their object: "demanded a ceasefire", "urged talks"
_ASK_FOR = {"demand", "urge", "seek", "request"}
#: compass words that make a region of a state: "northern Syria", "south-east Turkey"
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
            "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west", "central"}
#: names of waters: missiles fired into a sea attack nobody
_WATERS = re.compile(r"\b(sea|ocean|gulf|strait|straits|bay|channel|waters)\b", re.IGNORECASE)
#: heads named by what they hold: "an aircraft carrier group", "a missile battery" (not "army leaders")
_CONTAINER_NOUNS = {"group", "unit", "contingent", "team", "battalion", "brigade", "fleet", "squadron", "battery", "convoy", "system", "flotilla", "officer", "agent"}  # "police officers": the compound says what they are
#: relations that take a stance on something done: their object may be an earlier event ("condemned the strikes")
_STANCES = {"CRITICIZES", "OPPOSES", "SUPPORTS"}
#: the stances against someone: protesting or complaining "against / over / about" a deed is against its owner
_OBJECTIONS = frozenset({"CRITICIZES", "OPPOSES"})
#: nouns that are an actor's demand of another: "rejected demands from X", "heeded calls by X"
_ASK_NOUNS = {"demand", "call", "appeal", "request", "plea", "ultimatum"}
#: verbs whose helped party may be the subject of their clause: "helped Mali fight the militants"
_HELP_VERBS = {"help", "assist", "enable"}
#: nouns whose "to"-clause is only wanted or planned: "a demand to disarm X", "a plan to attack X"
#: military operations whose aim ("an offensive to retake X") is itself an attack on X once launched
_MILITARY_AIMS = {"offensive", "operation", "campaign", "drive", "battle", "assault", "push"}
_LAUNCH_VERBS = {"launch", "begin", "start", "open", "mount", "step", "press", "intensify", "continue", "wage"}
_WISH_NOUNS = {"demand", "call", "request", "appeal", "plan", "proposal", "offer", "bid", "threat", "pledge", "promise", "vow",
               "ultimatum", "push", "pressure", "readiness", "willingness", "desire", "intention", "plot",
               "day", "hour", "week", "month", "deadline", "time", "chance", "opportunity",  # "gave Sudan 30 days to disarm X"
               "offensive", "operation", "campaign", "drive", "attempt", "effort", "battle", "fight", "mission"}  # "an offensive to capture X": an aim
#: symmetric verbs whose object is what is talked about, not a party: "discussed the dispute"
_TOPIC_VERBS = {"discuss", "negotiate"}
#: inflected verb tags whose lemma may have lost its "e"
_INFLECTED = {"VBD", "VBN", "VBG", "VBZ"}
#: verbs that put someone into an office: "sworn in as president", "appointed prime minister", "took over as head"
_OFFICE_VERBS = {"swear", "elect", "appoint", "name", "install", "instal", "choose", "nominate", "confirm", "re-elect", "reelect",
                 "inaugurate", "take", "serve", "succeed", "replace"}
#: verbs whose subject draws a reaction from others: "drew condemnation from X", "sparked protests from X"
_DRAW_VERBS = {"draw", "prompt", "provoke", "spark", "trigger", "earn", "attract", "invite", "elicit", "bring", "face", "receive", "meet"}
#: nouns of a settlement a mediator brokers: "a truce mediated by Qatar"
_DEAL_NOUNS = {"deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "pact", "settlement", "talks", "negotiations", "dialogue"}
#: adjectives of a group a state has outlawed: "the banned Muslim Brotherhood"
_BANNED = {"banned", "outlawed", "proscribed", "illegal", "blacklisted"}
#: verbs that name something as something: "regards X as a terrorist group", "designated X as a terrorist organisation"
_BRANDING_VERBS = frozenset({"regard", "consider", "see", "view", "brand", "label", "designate", "list", "blacklist", "declare",
                             "classify", "describe", "treat", "outlaw", "ban"})
#: what such naming calls an enemy
_ENEMY_WORDS = frozenset({"terrorist", "terrorists", "terror", "enemy", "enemies", "threat", "extremist", "extremists"})
#: a person's own bodies in "X, whose ... party/group/movement"
_OWN_BODIES = {"party", "group", "movement", "militia", "faction", "coalition", "alliance", "organisation", "organization", "front"}
#: what a judge calls the judged: "called the junta criminals" (one noun phrase in the parse)
_INSULTS = frozenset({"criminal", "terrorist", "traitor", "liar", "murderer", "killer", "thug", "puppet", "gangster", "bandit", "aggressor",
                      "occupier", "invader", "butcher", "tyrant", "dictator", "fascist", "hypocrite", "mercenary", "warmonger"})
#: people struck who are no side: the place they were struck in is what was attacked
_BYSTANDERS = frozenset({"people", "person", "civilian", "villager", "resident", "worshipper", "passenger", "shopper", "pilgrim"})
#: verbs of an armed struggle and the causes that make it one against a state: "fought for independence in X"
_CAUSE_FIGHTS = frozenset({"fight", "battle", "struggle"})
_SECESSION = frozenset({"independence", "autonomy", "secession", "self-rule", "self-determination", "homeland", "separation"})
#: strikes from afar, named by a noun ("killed in air strikes on X") or told by a verb ("warplanes pounded X")
_BARRAGES = frozenset({"strike", "airstrike", "raid", "bombardment", "shelling", "barrage", "fire"})  # not "bombing": a car bomb too
_BARRAGE_VERBS = frozenset({"bomb", "strike", "shell", "pound", "bombard", "hit", "raid", "blast", "pummel", "target"})
#: nouns of blame whose owner criticised whoever rejects them: "rejected a U.S. genocide charge"
_CHARGES = {"charge", "accusation", "allegation", "criticism", "condemnation"}
#: words of praise that make "called X ..." no criticism: "called the talks constructive"
_PRAISE = {"constructive", "positive", "productive", "fruitful", "successful", "success", "historic", "good", "important", "useful",
           "excellent", "friendly", "encouraging", "welcome", "step", "breakthrough", "progress", "partner", "friend", "ally",
           "brother", "model", "great", "frank", "cordial", "warm", "significant", "hero", "legitimate", "fair", "free",
           "appropriate", "justified", "necessary", "proportionate", "measured", "reasonable", "correct", "right", "wise",
           "courageous", "brave", "responsible", "commendable", "timely", "landmark", "milestone"}
#: what a speaker calls someone's words or acts to dismiss them: "X said Y's claims were lies"
_DISMISSALS = {"lie", "lies", "baseless", "groundless", "unfounded", "false", "absurd", "nonsense", "fabrication", "fabricated", "slander",
               "propaganda", "cynical", "hypocritical", "provocative", "provocation", "irresponsible", "reckless", "unacceptable", "outrageous",
               "ridiculous", "illegal", "illegitimate", "invalid", "void", "disgraceful", "shameful", "deplorable", "aggressive", "hostile",
               "dangerous", "destabilising", "destabilizing", "interference", "meddling", "violation", "pretext"}
#: blasts that strike without a doer named: "a roadside bomb killed three soldiers"
_BLASTS = {"bomb", "blast", "explosion", "explosive", "device", "mine", "rocket", "mortar", "shell", "missile", "grenade", "car", "bomber"}
#: acts that curb an armed group rather than fight it: urging a state to do them is no stand against the group
_CURBS = {"disarm", "rein", "restrain", "arrest", "prosecute", "control"}
#: verbs of writing or tabling a text: its co-authors cooperate
_CO_AUTHOR = {"draft", "co-sponsor", "cosponsor", "table", "submit", "author", "co-author", "coauthor", "propose", "put"}
#: words naming an electoral or political bloc a person's possessive leads: "Sadr's Sairoon list", "Ouattara's Rally of the Republicans"
_BLOC_WORDS = frozenset({"alliance", "bloc", "list", "coalition", "rally", "front", "union", "movement", "congress"})
#: relations that make two actors the two sides of a story: fighting, accusing, threatening, negotiating
_SIDE_RELATIONS = frozenset({"ATTACKS", "CRITICIZES", "OPPOSES", "THREATENS", "SANCTIONS", "NEGOTIATES_WITH"})
#: verbs of a stated intention: an attack or sanction one "wants", "plans" or "prepares" to carry out is a threat
_HOSTILE_INTENT = frozenset({"want", "plan", "intend", "prepare", "aim", "mean"})
#: verbs of wishing someone else would act: "X wants Y to attack Z" is X's appeal to Y, not Y's attack
#: light verbs that carry on a deed already done: "urged its fighters to step up attacks on X" (they attack X)
_ONGOING = frozenset({"continue", "intensify", "escalate", "step", "keep", "maintain", "redouble"})
_WISH_VERBS = frozenset({"want", "wish", "expect", "need", "like"})
#: words of holding ground that no person undergoes: their object read as a person's name is a place
_HOLDING_WORDS = frozenset({"control", "controlled", "occupy", "occupied", "rule", "govern", "administer", "stronghold", "bastion", "enclave"})
#: stretches of time an event fills: "after three days of fighting with X"
_SPANS = frozenset({"day", "week", "month", "year", "hour", "night", "decade", "round", "weekend"})
#: nouns that measure out their "of" object: "an hour of talks", "most of the north"
_MEASURES = QUANTITY_HEADS | _SPANS
#: verbs whose subject undergoes an event it is "in": "died in an attack on X" (the dead did not attack)
_SUFFERING = frozenset({"die", "perish", "suffer", "flee", "be", "lose", "survive", "escape", "hide", "shelter", "live", "remain", "stay", "get"})
#: verbs whose subject gets what its object names: "has had the backing of X", "won Western support"
_RECEIVING_VERBS = frozenset({"have", "enjoy", "win", "get", "receive", "secure", "gain", "obtain", "garner", "accept"})
#: groups sent for a state or body that are no actor of their own: leading one makes a member, not a leader
_DELEGATIONS = frozenset({"delegation", "team", "negotiator", "contingent"})
#: a state's men under arms, struck by armed groups: "killed 12 soldiers"
_STATE_FORCES = {"soldier", "troop", "policeman", "policemen", "police", "serviceman", "servicemen", "gendarme", "officer", "guard"}
#: a state's votes: rejecting or accepting one takes a stance on the state that held it
_POLLS = {"result", "outcome", "election", "vote", "referendum", "poll", "ballot"}
#: verbs of striking back: "hit back", "struck back", "fought back", "retaliated"
_STRIKE_BACK = {"hit", "strike", "fight", "retaliate"}
#: what someone is told they will face or pay: a threat ("X would face revenge", "would pay a heavy price")
_RECKONINGS = {"revenge", "vengeance", "consequence", "retaliation", "retribution", "punishment", "reprisal", "wrath", "price", "response"}
#: verbs of "X came/was under fire/attack": X is attacked
_UNDER_VERBS = {"come", "be", "remain", "fall", "stay", "pull", "retreat", "withdraw", "flee", "advance"}  # "pulled back under Russian air strikes"
#: modifiers of a title that make its holder one of many or second: "a local commander", "the deputy commander"
_SUBORDINATE = {"deputy", "local", "field", "regional", "senior", "junior", "vice", "assistant", "former", "second", "unit", "battalion", "brigade", "sector", "district", "area", "provincial", "mid-level", "lower"}
#: verbs that name what a free relative stands for: "condemned what it called Russian aggression"
_NAMING_VERBS = {"call", "describe", "term", "label", "dub", "brand", "characterise", "characterize", "see", "regard", "consider"}
#: revenge sworn ("vowed revenge", "vowed to avenge ..."): a threat against whoever struck the vower's side
_REVENGE_WORDS = frozenset({"revenge", "retaliation", "reprisal", "vengeance", "avenge", "retaliate"})
_VOW_VERBS = frozenset({"vow", "promise", "pledge", "swear", "threaten"})
#: what a state trades or owns abroad: a sanction on "Chilean goods" or "Russian banks" is a sanction on the state
_TRADED = frozenset({"good", "goods", "import", "export", "product", "commodity", "bank", "lender", "company", "firm", "business",
                     "exporter", "oil", "gas", "steel", "airline", "carrier", "vessel", "ship", "tanker", "asset", "entity", "trade"})
#: "warned that it would / could / will ...": what a warning says its maker will do
_THREAT_MODALS = frozenset({"could", "would", "will", "may", "might", "'ll"})
#: what an ultimatum says its addressee will face: "or face military action / sanctions / arrest"
_ULTIMATUM_THREATS = frozenset({"action", "attack", "attacks", "sanction", "sanctions", "consequence", "consequences", "arrest", "strike",
                                "strikes", "force", "war", "punishment", "prosecution", "retaliation", "expulsion", "intervention", "measure",
                                "measures", "reprisal", "reprisals", "offensive"})
#: verbs that send forces somewhere: "sent 2,000 soldiers to help Mali"
_SEND_VERBS = {"send", "deploy", "dispatch", "despatch", "commit", "contribute"}
#: what a state has "the right to" do when a speaker stands by it: "has the right to defend itself"
_SELF_DEFENCE = {"defend", "protect", "respond", "retaliate"}
#: verbs that promise forces: "pledged 3,000 troops to the U.N. force"
_PLEDGE_VERBS = {"pledge", "offer", "promise"}
#: verbs that send or promise forces
_SENDING = _SEND_VERBS | _PLEDGE_VERBS
#: what forces are sent to serve in: "to the U.N. force in Lebanon"
_MISSION_NOUNS = {"force", "mission", "contingent", "operation", "coalition"}
#: definite event nouns that name again an event told before, and the relation that told it
#: event nouns named again only for a deed an earlier sentence told with one of these verbs
#: ("Gunmen shot dead X ... Y condemned the assassination"), never for just any earlier attack
_TOLD_BY = {
    "assassination": ("assassinate", "kill", "shoot", "gun"), "execution": ("execute", "hang", "behead"),
    "siege": ("besiege", "siege", "encircle", "surround"), "massacre": ("massacre", "kill", "slaughter"),
    "ambush": ("ambush",), "abduction": ("abduct", "kidnap", "seize"), "kidnapping": ("kidnap", "abduct", "seize"),
    "shooting": ("shoot", "fire", "gun"), "launch": ("launch", "fire", "test"),
    "incursion": ("roll", "enter", "push", "storm", "cross", "invade", "advance", "move", "sweep"),
    "invasion": ("invade", "roll", "enter", "push", "storm", "cross", "advance", "sweep"),
}
#: words of a title held in an armed group the title does not name: "Rebel leader X", "guerrilla commander X"
_REBEL_TITLE_WORDS = frozenset({"rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "militia"})
#: nouns for whatever was last done: "criticised the move", "condemned the decision"
_GENERIC_DEEDS = ("move", "decision", "step", "action")
_EVENT_NOUNS = {
    **dict.fromkeys(("strike", "airstrike", "raid", "attack", "operation", "offensive", "assault", "bombing", "bombardment",
                     "shelling", "incursion", "invasion", "crackdown", "killing", "campaign"), ("ATTACKS",)),
    # "condemned the launch": the missile fired at, or over, someone
    **{noun: ("ATTACKS", "THREATENS") if noun == "launch" else ("ATTACKS",) for noun in _TOLD_BY},
    **dict.fromkeys(("sanction", "measure", "embargo", "blockade", "ban", "expulsion"), ("SANCTIONS",)),
    "deployment": ("DEPLOYS_TO",),
    **dict.fromkeys(("takeover", "coup", "seizure", "annexation", "occupation"), ("CONTROLS",)),
    # "criticised the move", "condemned the decision": the last deed (not a stance on one) an earlier sentence told
    **dict.fromkeys(_GENERIC_DEEDS, ("SANCTIONS", "ATTACKS", "DEPLOYS_TO", "CONTROLS", "PROVIDES_AID", "THREATENS",
                                                            "COOPERATES_WITH", "NEGOTIATES_WITH", "ALLIED_WITH")),
}
#: last words of a party's or movement's name: its owner ("Odinga's ... Movement") leads it
_PARTY_WORDS = {"party", "movement", "front", "congress", "alliance", "league", "union", "coalition", "group", "bloc"}
#: titles a group's people hold: the name before them is the group's ("Seleka leader", "LURD spokesman")
_GROUP_TITLES = {"leader", "chief", "chairman", "commander", "founder", "spokesman", "spokeswoman", "spokesperson"}
#: a title that leads a state's armed forces, not the state: "army chief General X", "Kenya's military commander"
_ARMY_HEAD_RE = re.compile(r"\b(army|military|armed forces|defence forces|defense forces)\s+(chief|commander|head)\b")
#: a title that heads some other institution of the state: "police chief X" serves the state, leads no state
_INSTITUTION_HEAD_RE = re.compile(r"\b(police|intelligence|navy|air force|security|spy|prison|customs|election|electoral)\s+(chief|commander|head|director)\b")
#: offices of an international body or a group, not of a state: "Secretary-General X", "spokesman X"
_BODY_TITLE_RE = re.compile(r"\b(secretary[- ]general|director[- ]general|chairman|chairwoman|chairperson|high commissioner|commissioner|spokes(man|woman|person))$")
#: a state's office named without its state ("Defence Minister X"): the story's country holds it
_NATIONAL_TITLE_RE = re.compile(
    r"^(acting |interim |first |second )?(president|prime minister|premier|vice[- ]president|deputy prime minister|(\w+ )?minister"
    r"|(army|military|armed forces) (chief|commander)|(defen[cs]e|security|interior|foreign|home|finance|public security) secretary\b|(prosecutor|attorney) general"
    r"|(chief |top )?(army|military|armed forces|police|government|presidential|(foreign|defen[cs]e|interior|information) ministry) spokes(man|woman|person))"
    r"( (general|gen\.?|lt\.? gen\.?|lieutenant general|major general|maj\.? gen\.?|brig\.?( gen\.?)?|brigadier( general)?|marshal"
    r"|colonel|col\.?|lieutenant colonel|lt\.? col\.?|major|maj\.?|captain|capt\.?|admiral|vice admiral|rear admiral))?$"
)


@dataclass
class Found:
    subj: Mention
    rel: str
    obj: Mention
    trigger: Token
    confidence: float
    negated: bool = False
    attributed_to: Mention | None = None


#: nouns of a span of time, a phrase after which the parser may hang on them: "for three years against X"
_TIME_SPANS = {"year", "month", "week", "day", "decade", "hour", "night", "time"}


def _each_other(tok: Token) -> bool:
    """ "each other", "one another": the subjects act on one another."""
    return (tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children)) or (
        tok.lower_ == "another" and any(c.lower_ == "one" for c in tok.children))


def _is_deal(tok: Token) -> bool:
    """A deal, truce or talks noun ("talks" is lemmatised "talk")."""
    return tok.lemma_.lower() in _DEAL_NOUNS or tok.lower_ in _DEAL_NOUNS


def _latest_doers(tok: Token, founds: list[Found]) -> list[Mention]:
    """The distinct doers of the latest of ``founds`` (a non-empty list), as mentions standing at ``tok``."""
    last = max(f.trigger.i for f in founds)
    out: list[Mention] = []
    for f in founds:
        if f.trigger.i == last and all(f.subj.name != o.name for o in out):
            out.append(Mention(tok.i, tok.i + 1, f.subj.name, f.subj.type, tok.text, kind="pronoun", iso3=f.subj.iso3))
    return out


def _durations(verb: Token) -> list[Token]:
    """The time nouns of ``verb``'s "for"/"over" phrases ("fought for three years")."""
    return [p for p in prep_objects(verb, {"for", "over"}) if p.lemma_.lower() in _TIME_SPANS]


@functools.lru_cache(maxsize=4)
def _longest_first(phrases: frozenset[str]) -> tuple[str, ...]:
    """Title phrases, longest first: "prime minister" is tried before "minister"."""
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


def _carrier(noun: Token) -> Token | None:
    """The verb an event noun is the object of: "threatened retaliation", "a truce was agreed", "warned of reprisals"."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() == "warn":
        return noun.head.head
    return None


def _asked_to_do(clause: Token) -> bool:
    """Whether a clause on a call or demand says what someone is to do: "for Y to withdraw", "that Y
    withdraw" (the subjunctive), "that Y should / must withdraw"."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    wished = clause.tag_ == "VB" or any(a.dep_ == "aux" and a.lower_ in ("should", "must") for a in clause.children)
    return "for" in marks or ("that" in marks and wished)


class RelationFinder:
    """Runs every rule over one article's Doc."""

    def __init__(self, actors: ArticleActors) -> None:
        self.a = actors
        self.args = Args(actors)
        self.lx = lexicon()
        self.gaz: Gazetteer = actors.gaz
        #: every word of a title ("prime", "minister", "chief"): where a title window's name part ends
        self._title_words = {w for phrase in self.lx.words["titles_lead"] | self.lx.words["titles_member"] for w in phrase.split()}

    # -- driver ---------------------------------------------------------------
    def find(self) -> list[Found]:
        found = self._found = list(self.titles())
        found += self.party_members()
        found += self.members_listed()
        found += [self._make(group, "SUPPORTS", leader, self.a.doc[group.start], 0.7) for group, leader in self.a.followers]
        every = doc_tokens(self.a.doc)
        texts = [t.text for t in every] + [""]
        tokens = [tok for tok in every if not (tok.is_space or tok.is_punct)]
        lx, words = self.lx, self.lx.words
        for tok in tokens:  # first: compounds name actors ("the Saudi-led coalition") the other rules and "the coalition" use
            if "-" in texts[tok.i] or tok.lower_ in lx.participles or tok.lower_ in lx.prefixes:
                found += self.compounds(tok)
        self.a.resolve_described()
        self.a.find_speakers(self.lx.words["speech_verbs"])
        self.a.resolve_pronouns()
        for tok in tokens:  # each rule only where its trigger can be (a dictionary look-up, not a call)
            lemma, pos, lower, dep = tok.lemma_.lower(), tok.pos_, tok.lower_, tok.dep_
            if self._verb_entries(tok) is not None:
                found += self.verbs(tok)
                found += self.reciprocal(tok)
            if lower in lx.adjectives:
                found += self.adjectives(tok)
            if lemma in APPEAL_VERBS or lemma in words["speech_verbs"]:
                found += self.appeals(tok)
            nominal = pos in ("NOUN", "PROPN")
            if nominal or nominal_gerund(tok):  # "Fighting between X and Y left ..."
                found += self.nouns(tok)
            if pos == "NOUN" or (pos == "PROPN" and lower in lx.agent_nouns) or texts[tok.i + 1] == "-":
                found += self.agents(tok)
            if nominal:
                found += self.governments(tok)
            if pos == "NOUN":
                found += self.stationed(tok)
                found += self.under_control(tok)
                if dep == "pobj" and lemma in lx.nouns and tok.head.lower_ in ("in", "during"):
                    found += self.killed_in(tok)
            if lemma == "fall":
                found += self.fell_to(tok)
            if lemma in _CAUSE_FIGHTS and pos == "VERB":
                found += self.fought_for_secession(tok)
            if lemma in _STRIKE_BACK and pos == "VERB":
                found += self.struck_back(tok)
            if lemma in _CO_AUTHOR and pos == "VERB":
                found += self.co_authored(tok)
            if lower == "hands" and dep == "pobj":
                prep = tok.head.lower_
                if prep == "at":
                    found += self.at_the_hands(tok)
                elif prep in ("in", "into"):
                    found += self.in_the_hands(tok)
            if lemma == "responsibility" and dep == "dobj":
                found += self.claimed(tok)
            if lower in ("support", "solidarity", "defence", "defense") and dep == "pobj" and tok.head.lower_ == "in":
                found += self.in_support(tok)
            if lower == "whose":
                found += self.whose(tok)
            if lower == "which" and dep == "pobj" and tok.head.lower_ == "of":
                found += self.of_which(tok)
            if lower in _BANNED and dep == "amod":
                found += self.banned(tok)
            if lower == "of" and dep == "prep":
                found += self.person_of(tok)
            if lemma in _BRANDING_VERBS and pos == "VERB":
                found += self.branded(tok)
            if lemma in _QUIT_VERBS and pos == "VERB":
                found += self.ousting(tok)
            if lemma == "rule" and pos == "VERB":
                found += self.force_not_ruled_out(tok)
            if lemma in _REVENGE_WORDS and tok.head.lemma_.lower() in _VOW_VERBS and dep in ("dobj", "xcomp"):
                found += self.vowed_revenge(tok)
            if lemma == "face" and dep == "conj" and pos == "VERB":
                found += self.or_face(tok)
            if lemma in ("threaten", "warn") and pos == "VERB":
                found += self.on_condition(tok)
        found = self._story_sides(found)
        return [f for f in found if self._valid(f)]

    def _story_sides(self, found: list[Found]) -> list[Found]:
        """ "Both sides"/"the two sides" that coreference could only guess from recency are the two actors the
        article has so far shown fighting, accusing or negotiating with each other most often (at least twice),
        never the one speaking to them: "Israel struck Iranian targets ... Iran denied ... Syria said ...
        Russia urged both sides" -> Israel and Iran, not Iran and Syria."""
        guessed = self.a.guessed_pairs
        if not guessed:
            return found
        sides: dict[str, Mention] = {}
        evidence: list[tuple[int, frozenset[str]]] = []
        for f in found:
            if f.rel not in _SIDE_RELATIONS or f.negated or f.subj.start in guessed or f.obj.start in guessed or "LOCATION" in (f.subj.type, f.obj.type):
                continue
            a, b = (self._side_mention(m, sides) for m in (f.subj, f.obj))
            if a is not None and b is not None and a != b:
                evidence.append((f.trigger.i, frozenset((a, b))))
        out: list[Found] = []
        for f in found:
            at = f.obj.start if f.obj.start in guessed and f.obj.kind == "pronoun" else f.subj.start if f.subj.start in guessed and f.subj.kind == "pronoun" else None
            if at is None:
                out.append(f)
                continue
            other = f.subj if at == f.obj.start else f.obj
            counts = Counter(pair for i, pair in evidence if i < at and self.a.side_of(other) not in pair)
            best = max(counts.items(), key=lambda kv: (kv[1], max(i for i, p in evidence if p == kv[0] and i < at)), default=None)
            if best is None or best[1] < 2:
                out.append(f)
                continue
            for name in sorted(best[0]):
                m = sides[name]
                side = Mention(at, at + 1, m.name, m.type, (f.obj if at == f.obj.start else f.subj).text, kind="pronoun", iso3=m.iso3)
                moved = Found(f.subj, f.rel, side, f.trigger, f.confidence, f.negated, f.attributed_to) if at == f.obj.start else \
                    Found(side, f.rel, f.obj, f.trigger, f.confidence, f.negated, f.attributed_to)
                if all((o.subj.name, o.rel, o.obj.name, o.trigger.i) != (moved.subj.name, moved.rel, moved.obj.name, moved.trigger.i) for o in out):
                    out.append(moved)
        return out

    def _side_mention(self, m: Mention, sides: dict[str, Mention]) -> str | None:
        """The collective ``m`` stands for (a person for their state or group), remembered in ``sides`` by name."""
        name = self.a.side_of(m)
        if name not in sides:
            if name == m.name:
                sides[name] = m
            else:
                entry = self.gaz.by_name(name)
                if entry is None:
                    return None
                sides[name] = Mention(m.start, m.end, entry.name, entry.type, m.text, kind="role", iso3=entry.iso3)
        return name

    def fought_for_secession(self, verb: Token) -> Iterator[Found]:
        """ "the PKK, which has fought for autonomy in southeastern Turkey since 1984", "groups that have fought for
        independence in Pakistan's Baluchistan province": an insurgency against the state the land belongs to."""
        causes = [p for p in prep_objects(verb, {"for"}) if noun_lemma(p) in _SECESSION or (
            noun_lemma(p) == "state" and any(c.lower_ in ("independent", "separate") for c in p.children))]
        if not causes:
            return
        states: list[Mention] = []
        for p in [*prep_objects(verb, {"in"}), *(q for c in causes for q in prep_objects(c, {"in", "for", "of"}))]:
            m = self.args.actor_of(p, place=True)
            owner = next((o for c in p.children if c.dep_ == "poss" for o in [self.a.mention_at(c)] if o is not None), None)
            state = m if m is not None and m.type == "COUNTRY" else owner if owner is not None and owner.type == "COUNTRY" else None
            if state is not None and all(state.name != s.name for s in states):
                states.append(state)
        fighters, accuser = self.args.subjects(verb)
        for f in fighters:
            for st in states:
                if f.type in ("GROUP", "ORGANIZATION", "PERSON") and f.name != st.name:
                    yield self._make(f, "ATTACKS", st, verb, 0.7, accuser=accuser, whole_state=True)

    def in_support(self, tok: Token) -> Iterator[Found]:
        """ "struck Houthi positions in support of Saleh's forces", "expelled envoys in solidarity with London",
        "waged war in defence of X": whoever does the deed backs them."""
        backed = [m for p in prep_objects(tok, {"with"} if tok.lower_ == "solidarity" else {"of"}) for m in self.args.actors_of(p)
                  if m.type != "LOCATION"]
        deed = tok.head.head
        while deed.pos_ in ("NOUN", "PROPN") and deed.dep_ in ("dobj", "pobj", "attr") and deed.head.i != deed.i:
            deed = deed.head if deed.dep_ != "pobj" else deed.head.head  # "waging a war in support of X": the war's waging
        if not backed or deed.pos_ not in ("VERB", "AUX") or self.args.negated(deed):
            return
        for doer in self.args.subjects(deed)[0]:
            for m in backed:
                yield self._make(doer, "SUPPORTS", m, tok, 0.7, clause=deed)

    def person_of(self, of: Token) -> Iterator[Found]:
        """ "Georges Malbrunot of Le Figaro", "Rodrigo Granda of the FARC", "Amina Mohamed of Kenya": a named person
        "of" a named body or state is its member."""
        person = self.a.mention_at(of.head)
        if person is None or person.type != "PERSON" or person.kind != "entity" or of.head.i != person.end - 1:
            return
        for p in of.children:
            body = self.a.mention_at(p)
            if p.dep_ == "pobj" and body is not None and body.kind == "entity" and body.type in ("ORGANIZATION", "GROUP", "COUNTRY"):
                yield self._make(person, "MEMBER_OF", body, of, 0.7)  # "the security chiefs, Amina Mohamed of Kenya and ..."

    def co_authored(self, tok: Token) -> Iterator[Found]:
        """ "Sweden and Kuwait drafted a resolution", "a text drafted by the United States and France": who write
        or table a text together cooperate."""
        if not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and tok.dep_ != "acl":
            return
        by = list(prep_objects(tok, {"by"}))
        authors = self.args.actors_of(by[0]) if by else self.args.subjects(tok)[0]
        authors = [m for m in authors if m.type in ("COUNTRY", "ORGANIZATION", "GROUP")]
        for x, y in itertools.combinations(authors, 2):
            yield self._make(x, "COOPERATES_WITH", y, tok, 0.7)

    def _story_forces(self, victims: Token, attackers: list[Mention]) -> list[Mention]:
        """Soldiers or police named by no state, struck by an armed group: the story's state's forces."""
        heads = counted([victims])
        sc = self.a.story_country
        if sc is None or not attackers or any(a.type != "GROUP" for a in attackers):
            return []
        if not any(h.lemma_.lower() in _STATE_FORCES and not any(c.dep_ in ("amod", "compound", "poss") for c in h.children) for h in heads):
            return []
        if self._names_another_state(victims, sc):
            return []  # "ambushed a U.S. convoy, killing two soldiers": whose soldiers, the sentence says otherwise
        return [Mention.for_state(sc, victims.i, victims.i + 1, victims.text)]

    def _crackdown_forces(self, verb: Token) -> Mention | None:
        """ "Soldiers opened fire on protesters" in a story about Kenya: soldiers or police named by no state, acting on
        the story state's own crowds, are that state's forces (the objects are checked by the caller, `_home_crowds`)."""
        sc = self.a.story_country
        heads = counted([c for c in verb.children if c.dep_ == "nsubj"])
        if sc is None or len(heads) != 1 or heads[0].lemma_.lower() not in _STATE_FORCES | {"force"}:
            return None
        h = heads[0]
        if self.a.mention_at(h) is not None or any(c.dep_ in ("amod", "compound", "poss") and c.lower_ != "security" for c in h.children):
            return None  # "Ugandan soldiers", "AU troops": their state is named
        if self._names_another_state(verb, sc):
            return None  # another state in the sentence: whose soldiers, it may say
        return Mention.for_state(sc, h.i, h.i + 1, h.text)

    def _names_another_state(self, tok: Token, state: Entry) -> bool:
        """Whether ``tok``'s sentence names a state other than ``state``."""
        sent = tok.sent
        return any(m.type == "COUNTRY" and m.name != state.name for i in range(sent.start, sent.end) for m in [self.a.mentions.get(i)] if m is not None)

    def _home_crowds(self, state: Mention) -> set[str]:
        dem = self.a.gaz.demonym_of(state.name)
        return {f"{dem} {w}" for w in ("protesters", "demonstrators")} if dem else set()

    def _without_own_sides(self, actors: list[Mention]) -> list[Mention]:
        """Parties to a meeting without the states their persons stand for ("Kim and South Korean President Moon
        held a summit": Kim met Moon, not South Korea too)."""
        sides = {self.a.side_of(m) for m in actors if m.type == "PERSON"}
        return [m for m in actors if m.type == "PERSON" or m.name not in sides]

    def struck_back(self, tok: Token) -> Iterator[Found]:
        """ "Iraqi forces closed in on Mosul as Islamic State hit back", "X advanced, while the rebels struck back":
        who strikes back with no object named attacks the doers of the clause it answers."""
        if tok.lemma_.lower() != "retaliate" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
            return
        if any(c.dep_ == "dobj" for c in tok.children) or any(prep_objects(tok, {"against", "at", "on"})):
            return  # the object is named: the verb rules read it
        other = tok.head if tok.dep_ in ("advcl", "conj") else next((c for c in tok.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"), None)
        if other is None or other is tok:
            return
        doers, _ = self.args.subjects(tok)
        targets, _ = self.args.subjects(other)
        if {t.name for t in targets} <= {d.name for d in doers}:
            # "U.S. and British warplanes struck Yemen, retaliating for attacks by the rebels": one clause's doers
            # answer what the deed of the "for" phrase's agents did, not one another
            deeds = [d for e in prep_objects(tok, {"for"}) for d in [e, *(prep_objects(e, {"of"}) if e.lemma_.lower() in SERIES else [])]]
            targets = [m for d in deeds for a in prep_objects(d, {"by"}) for m in self.args.actors_of(a)]  # "for a series of attacks by X"
        for d in doers:
            for t in targets:
                if t.type != "LOCATION" and self.a.side_of(t) != self.a.side_of(d):
                    yield self._make(d, "ATTACKS", t, tok, 0.7)

    def _own_capital(self, state: Mention, place: Mention) -> bool:
        """Whether ``place`` is the capital of ``state`` (or of the state its army or police serve)."""
        capital_of = self.gaz.lookup(place.name) if self.gaz.is_capital_or_seat(place.name) else None
        if capital_of is None or capital_of.type != "COUNTRY":
            return False
        entry = self.gaz.by_name(state.name)
        own = state.iso3 or (entry.iso3 if entry is not None else None)
        return own is not None and capital_of.iso3 == own

    def _place(self, m: Mention) -> Mention:
        """A capital acted upon (held, attacked, deployed to) is a place, not its state."""
        if m.type == "COUNTRY" and m.kind == "entity" and self.gaz.is_capital_or_seat(m.text) and self.gaz.lookup(m.text) is not None:
            text = m.text[4:] if m.text.lower().startswith("the ") else m.text
            if text[:1].isupper() and self.gaz.by_name(text) is None and not any(w in text.lower() for w in ("house", "kremlin", "pentagon", "department", "street", "palace")):
                return Mention(m.start, m.end, text, "LOCATION", m.text, kind="entity")
        return m

    def _is_party(self, m: Mention, tok: Token) -> bool:
        """A party or movement: its name says so ("... Front"), the noun after it does ("the Likud party"),
        or a form the gazetteer knows for it does ("Likud Party")."""
        if m.name.split()[-1].lower() in _PARTY_WORDS or tok.lower_ in ("party", "movement"):
            return True
        return m.end < len(self.a.doc) and self.a.doc[m.end].lower_ == "party" or any(
            "party" in f.lower().split() for f in self.gaz.forms(m.name))

    def governments(self, tok: Token) -> Iterator[Found]:
        """ "President Assad's regime", "the Obama administration": the person LEADS the state;
        "Odinga's Orange Democratic Movement", "Paisley, whose Democratic Unionist Party": the party."""
        m = self.a.mention_at(tok)
        if m is None and tok.lower_ in ("party", "movement"):  # "Ariel Sharon's Likud party": the party the noun names
            m = next((cm for c in tok.children if c.dep_ == "compound" for cm in [self.a.mention_at(c)] if cm is not None), None)
        if (m is not None and m.type in ("ORGANIZATION", "GROUP") and m.kind == "entity" and any(c.dep_ == "poss" for c in tok.children)
                and (self._is_party(m, tok) or m.type == "GROUP" or set(m.name.lower().split()) & _BLOC_WORDS)):  # "Castano's AUC", "Sadr's Sairoon list"
            for c in tok.children:
                if c.dep_ != "poss":
                    continue
                owner = self.a.mention_at(c)
                if c.lower_ == "whose":  # "Paisley, whose ... Party walked out": the relative clause's antecedent
                    clause = next((h for h in (tok.head, tok.head.head) if h.dep_ == "relcl"), None)
                    owner = self.a.mention_at(clause.head) if clause is not None else owner
                if owner is not None and owner.type == "PERSON":
                    yield self._make(owner, "LEADS", m, tok, 0.75)
            return
        if m is None or m.type != "COUNTRY" or m.kind != "role" or tok.lemma_.lower() not in ("regime", "government", "administration"):
            return
        for c in tok.children:
            pm = self.a.mention_at(c)
            if c.dep_ in ("poss", "compound") and pm is not None and pm.type == "PERSON":
                yield self._make(pm, "LEADS", m, tok, 0.8)

    # -- where forces are and who holds a place ---------------------------------
    def stationed(self, tok: Token) -> Iterator[Found]:
        """ "Turkish troops in Syria", "U.S. warships off Yemen": a state's forces in a place are deployed there."""
        base = (tok.lemma_.lower() in ("base", "airbase") or tok.lower_ in ("bases", "airbases")) and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _KEEP_VERBS  # "bases" is lemmatised "basis"
        monitors = tok.lemma_.lower() in ("monitor", "observer") and tok.tag_ == "NNS"  # "AU monitors in Darfur": a mission posted there
        if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in self.lx.words["force_nouns"] and tok.lower_ not in self.lx.words["force_nouns"] and not base and not monitors):
            return
        if tok.lemma_.lower() in ("position", "target", "facility", "headquarters", "outpost", "post", "checkpoint", "camp", "equipment", "weapon", "missile",
                                  "rocket", "mortar", "shell", "bomb"):
            return
        owner = self.a.country_modifier(tok)
        places = list(prep_objects(tok, {"in", "inside", "into", "across", "off", "along", "to", "at"}))  # "Russian troops at Shayrat"
        for c in tok.children:  # "4,500 soldiers stationed in the Sahel", "troops based in Qatar"
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("station", "base", "deploy", "post", "position", "garrison", "serve"):  # "which is stationed in"
                places += prep_objects(c, {"in", "inside", "at", "across", "along", "off"})
                places += [q for p in prep_objects(c, {"with"}) for q in prep_objects(p, {"in"})]  # "serving with the U.N. mission in Mali"
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("be", "remain", "stay"):
            places += prep_objects(tok.head, {"in", "inside", "off", "along"})  # "1,000 German troops are (still) in Mali"
        owners = [owner] if owner is not None else []
        kept: set[str] = set()
        counted_by = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # "hundreds of Chadian troops were sent"
        slot = counted_by if counted_by is not tok and (noun_lemma(counted_by) in QUANTITY_HEADS or counted_by.pos_ == "NUM") else tok
        keeper = slot.head if slot.dep_ == "dobj" else slot.head.head if slot.dep_ == "nsubj" and slot.head.dep_ == "ccomp" else None
        if owner is None and keeper is not None and keeper.lemma_.lower() in _KEEP_VERBS:
            # "Rwanda has troops in Mozambique", "Russia and the U.S. both operate bases in Kyrgyzstan",
            # "Washington, which has 5,000 troops in Iraq helping to fight X" (the troops read as the participle's subject),
            # "Hezbollah has thousands of fighters in Syria"
            owners, _ = self.args.subjects(keeper)
            kept = {m.name for m in owners if m.type == "GROUP" and m.kind == "entity"}  # a named group keeps fighters there too
            places += prep_objects(keeper, {"in", "inside", "off", "along", "at"})  # "keeps troops at a base in Bashiqa"
            if slot is not tok:
                places += prep_objects(slot, {"in", "inside", "off", "along", "at"})
        home = [c for c in keeper.children if c.dep_ == "advmod" and c.lower_ == "home"] if keeper is not None and keeper.pos_ == "VERB" else []
        if home:  # "ordered its 1,300 troops home from Iraq": they were there
            owners = owners or self.args.subjects(keeper)[0]
            places += [p for h in (keeper, *home) for p in prep_objects(h, {"from"})]
        sender = slot.head if slot.dep_ in ("dobj", "nsubjpass") and slot.head.lemma_.lower() in _SENDING else None
        if sender is not None and (owner is None or slot.dep_ == "nsubjpass"):
            # "pledged 3,000 troops to the U.N. force in Lebanon", "will send observers to monitor the truce in Darfur",
            # "Chadian troops were sent from Ndjamena to guard the airport in Gao"
            sent = [q for p in prep_objects(sender, {"to"}) if noun_lemma(p) in _MISSION_NOUNS for q in prep_objects(p, {"in"})]
            sent += [q for c in sender.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                     for d in (c, *(e for e in c.children if e.dep_ == "dobj")) for q in prep_objects(d, {"in"})]
            if sent and owner is None and slot.dep_ == "dobj":
                owners, _ = self.args.subjects(sender)
                owners += [c for o in owners if o.type == "ORGANIZATION" for c in self._contributors(sender, [slot], o)]
            places += sent if owners else []
        if base:
            places += prep_objects(tok, {"at"})  # "keeps an air base at Khanabad"
        for owner in owners:  # "Nigerian soldiers of the ECOWAS force", "Kenyan troops in AMISOM": a contingent of a body's force
            if owner.type == "COUNTRY" and tok.tag_ == "NNS":
                for p in prep_objects(tok, {"of", "in", "with"}):
                    body = self.args.actor_of(p)
                    if body is not None and body.type == "ORGANIZATION" and body.name != owner.name:
                        yield self._make(owner, "MEMBER_OF", body, tok, 0.6)
        for owner in owners:
            if owner.type not in ("COUNTRY", "ORGANIZATION") and owner.name not in kept:
                continue
            for place in places:
                for m in self.args.actors_of(place, place=True):
                    if m.type in ("LOCATION", "COUNTRY") and m.name != owner.name and (m.iso3 is None or m.iso3 != owner.iso3):
                        yield self._make(owner, "DEPLOYS_TO", m, tok, 0.6)

    def _sent_to_story(self, verb: Token, senders: list[Mention]) -> list[Mention]:
        """Where forces sent with no destination named go: the story's state, when the senders are not its own."""
        sc = self.a.story_country
        if sc is None or any(p.lower_ in ("to", "into", "toward", "towards", "for") for p in verb.children if p.dep_ in ("prep", "dative")):
            return []
        if not senders or any(m.iso3 == sc.iso3 or m.name == sc.name or m.type not in ("COUNTRY", "ORGANIZATION") for m in senders):
            return []
        for purpose in (c for c in verb.children if c.dep_ in ("xcomp", "advcl")):  # "sending mercenaries to fight for Baku": there
            if any(m.name != sc.name for p in prep_objects(purpose, {"for", "alongside", "beside"}) for m in self.args.actors_of(p)):
                return []
        return [Mention.for_state(sc, verb.i, verb.i)]

    def fell_to(self, tok: Token) -> Iterator[Found]:
        """ "Kabul fell to the Taliban": the place is now held by the actor it fell to."""
        if tok.lemma_.lower() != "fall" or tok.pos_ != "VERB":
            return
        places = [m for c in tok.children if c.dep_ == "nsubj" for m in self.args.actors_of(c, place=True)]
        for holder in (m for p in prep_objects(tok, {"to"}) for m in self.args.actors_of(p)):
            for place in places:
                yield self._make(holder, "CONTROLS", place, tok, 0.75)

    def in_the_hands(self, tok: Token) -> Iterator[Found]:
        """ "Kidal remains in the hands of Tuareg rebels", "the town fell into rebel hands": held by them."""
        holders = [m for p in prep_objects(tok, {"of"}) for m in self.args.actors_of(p)] + self._noun_subjects(tok)
        verb = tok.head.head
        places = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.args.actors_of(c, place=True)]
        for h in holders:
            for p in places:
                yield self._make(h, "CONTROLS", self._place(p), tok, 0.75, clause=verb)

    def claimed(self, tok: Token) -> Iterator[Found]:
        """ "Islamic State claimed responsibility for the attack on a Niger army post": the claimant
        carried out the attack — on its target, or on the place it struck."""
        if tok.head.lemma_.lower() not in ("claim", "take", "accept", "admit", "assume"):
            return
        doers, _ = self.args.subjects(tok.head)
        events = list(prep_objects(tok, {"for"}))
        for event in events:
            entries = [e for e in self.lx.nouns.get(event.lemma_.lower(), []) if e["rel"] == "ATTACKS"]
            if not entries:
                continue
            slots = set(entries[0]["obj"]) | set(entries[0].get("place_slots", ())) | {"in", "near", "at"}
            targets = [m for p in prep_objects(event, slots) for m in self.args.actors_of(p, place=True)]
            if not targets and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in event.children):
                targets = self._recent_victims(tok)  # "claimed responsibility for the attack": the one just reported
            for d in doers:
                for t in targets:
                    yield self._make(d, "ATTACKS", t, event, 0.75, clause=tok.head)
        if not events:  # "A roadside bomb killed three Iraqi soldiers near Samarra. Ansar al-Sunna claimed responsibility."
            for d in doers:
                for t in self._recent_victims(tok):
                    if t.name != d.name:
                        yield self._make(d, "ATTACKS", t, tok, 0.7, clause=tok.head)

    def _recent_victims(self, tok: Token) -> list[Mention]:
        """Whom the attack reported in the two sentences before ``tok`` struck, when it
        names no doer: "A roadside bomb killed three Iraqi soldiers near Samarra", "Five policemen were
        killed in an ambush in Kandahar"."""
        doc, sent = self.a.doc, tok.sent
        out: list[Mention] = []
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            prev = doc[start - 1].sent  # the article's own sentences: the reader splits a digest into its stories
            for v in prev:
                if v.pos_ != "VERB" or v.lemma_.lower() not in self.lx.words["impact_verbs"]:
                    continue
                subj = [c for c in v.children if c.dep_ == "nsubj"]
                eventful = any(self._noun_key(c) is not None or c.lemma_.lower() in _BLASTS for c in subj) and not any(
                    self.a.mention_at(c) is not None for c in subj)
                passive = [c for c in v.children if c.dep_ == "nsubjpass"]
                if eventful:
                    heads = [c for c in v.children if c.dep_ == "dobj"]
                elif passive and any(self._noun_key(p) is not None or p.lemma_.lower() in _BLASTS for p in prep_objects(v, {"in", "by"})):
                    heads = passive
                else:
                    continue
                for h in heads:
                    out += [m for m in self.args.actors_of(h, place=True) if all(m.name != o.name for o in out)]
                for p in prep_objects(v, {"in", "near", "at", "outside"}):
                    out += [m for m in self.args.actors_of(p, place=True) if m.type == "LOCATION" and all(m.name != o.name for o in out)]
            if out:
                break
            start = prev.start
        return out

    def killed_in(self, tok: Token) -> Iterator[Found]:
        """ "Twelve Malian soldiers were killed in an attack by X": X attacked the victims' side."""
        verb = tok.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lx.words["impact_verbs"] | {"die", "wound", "injure"}:
            return
        if not any(c.dep_ == "nsubjpass" for c in verb.children) and verb.lemma_.lower() != "die":
            return
        doers = [m for p in prep_objects(tok, {"by"}) for m in self.args.actors_of(p) if m.type != "LOCATION"]
        victims = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.args.actors_of(c)]
        for d in doers:
            for v in victims:
                if d.name != v.name:
                    yield self._make(d, "ATTACKS", v, tok, 0.7, clause=verb)

    def at_the_hands(self, tok: Token) -> Iterator[Found]:
        """ "soldiers died at the hands of X", "a defeat at the hands of X": X attacked them."""
        doers = [m for p in prep_objects(tok, {"of"}) for m in self.args.actors_of(p)]
        event = tok.head.head
        if event.pos_ in ("VERB", "AUX"):
            victims = [m for c in event.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.args.actors_of(c)]
        else:  # "the army's defeat at the hands of the rebels"
            victims = [m for c in event.children if c.dep_ == "poss" for m in self.args.actors_of(c)]
        for d in doers:
            for v in victims:
                yield self._make(d, "ATTACKS", v, tok, 0.7, clause=event)

    def under_control(self, tok: Token) -> Iterator[Found]:
        """ "Goma, now under M23 control", "areas under the control of the rebels"."""
        if tok.lemma_.lower() not in ("control", "rule", "occupation", "siege") or tok.dep_ != "pobj" or tok.head.lower_ != "under":
            return
        holders = [m for c in tok.children if c.dep_ in ("poss", "compound", "amod") for m in [self.a.mention_at(c)] if m is not None and m.type != "LOCATION"]
        holders += [m for p in prep_objects(tok, {"of"}) for m in self.args.actors_of(p)]
        place_tok = tok.head.head
        if place_tok.pos_ in ("VERB", "AUX"):  # "Goma came under M23 control": the subject
            place_tok = next((c for c in place_tok.children if c.dep_ in ("nsubj", "nsubjpass")), place_tok)
        rel = "ATTACKS" if tok.lemma_.lower() == "siege" else "CONTROLS"
        for place in self.args.actors_of(place_tok, place=True):
            if place.type in ("PERSON", "ORGANIZATION") and place.kind == "entity" and self.gaz.lookup(place.text) is None:
                place = self.a.add(Mention(place.start, place.end, place.name, "LOCATION", place.text))  # a mistyped place
            for h in holders:
                yield self._make(h, rel, place, tok, 0.7)

    def members_listed(self) -> Iterator[Found]:
        """ "the G4 (Brazil, Germany, India and Japan)": a body and its members in brackets."""
        doc = self.a.doc
        for tok in doc_tokens(doc):
            if tok.text != "(" or tok.i == 0:
                continue
            body = self.a.mention_at(doc[tok.i - 1])
            if body is None or body.type not in ("ORGANIZATION", "GROUP"):
                continue
            close = next((t.i for t in doc[tok.i + 1 : tok.i + 40] if t.text == ")"), None)
            if close is None:
                continue
            inside = {m.name: m for t in doc[tok.i + 1 : close] for m in [self.a.mention_at(t)] if m is not None}
            words = [t for t in doc[tok.i + 1 : close] if not t.is_punct and t.lower_ not in ("and", "the")]
            if len(inside) >= 2 and all(m.type == "COUNTRY" for m in inside.values()) and all(self.a.mention_at(t) is not None for t in words):
                for m in inside.values():
                    yield Found(m, "MEMBER_OF", body, doc[tok.i], 0.8)

    def banned(self, tok: Token) -> Iterator[Found]:
        """ "the banned Islamist group Hizb ut-Tahrir", "the outlawed party Batasuna": the state that banned it
        (the group's own country, else the one its sentence or article is about) sanctions it."""
        group = self.args.actor_of(tok.head)
        if group is None or group.type not in ("GROUP", "ORGANIZATION") or group.kind != "entity":
            return
        entry = self.gaz.by_name(group.name)
        state = self.gaz.country_by_iso3(group.iso3 or (entry.iso3 if entry is not None else None)) or self.a._where(tok.head)
        if state is not None and state.type == "COUNTRY":
            owner = Mention.for_state(state, tok.i, tok.i)
            yield self._make(owner, "SANCTIONS", group, tok, 0.6)

    def branded(self, verb: Token) -> Iterator[Found]:
        """ "Turkey, which regards the YPG as a terrorist group", "Washington lists Abu Sayyaf as a terrorist organisation":
        naming a group a terrorist or an enemy opposes it; putting it on a list or outlawing it as one sanctions it."""
        named = [p for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in prep_objects(h, {"as"})  # "as" may hang on the object
                 if any(w.lower_ in _ENEMY_WORDS for w in p.subtree)]
        if not named:  # "designated the YPG a terrorist organisation": the judgment as a second object
            named = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp") and c.pos_ == "NOUN" and not self.args.actors_of(c)
                     and any(w.lower_ in _ENEMY_WORDS for w in c.subtree)]
        if not named:
            return
        rel = "SANCTIONS" if verb.lemma_.lower() in ("designate", "list", "blacklist", "declare", "outlaw", "ban") else "OPPOSES"
        subjects, accuser = self.args.subjects(verb)
        targets = [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative") and c not in named
                   for m in self.args.actors_of(c) or self._claim_owners(c)]  # "views NATO's expansion as a threat": NATO
        by = [m for h in [verb, *named] for p in prep_objects(h, {"by"}) for m in self.args.actors_of(p)]
        if any(c.dep_ == "nsubjpass" for c in verb.children):  # "is designated as a terrorist group by the EU" ("by" may hang on the noun)
            subjects = by
        elif by and (verb.dep_ == "acl" or any(c.dep_ == "dobj" for c in named)):
            # "the PKK, designated a terrorist group by Turkey, ..." (a participle, or read with the PKK as its subject)
            targets = self.args.actors_of(verb.head) if verb.dep_ == "acl" else [m for c in verb.children if c.dep_ == "nsubj" for m in self.args.actors_of(c)]
            subjects, accuser = by, None
        for s in subjects:
            for t in targets:
                if t.type != "LOCATION":
                    yield self._make(s, rel, t, verb, 0.7, accuser=accuser)

    def of_which(self, tok: Token) -> Iterator[Found]:
        """ "the U.S.-led coalition, of which Turkey is a part", "the BRICS group, of which both countries are members"."""
        doc = self.a.doc
        clause = next((t for t in doc[tok.i + 1 : min(tok.i + 10, len(doc))] if t.lemma_ == "be" and t.pos_ == "AUX"), None)
        if clause is None or tok.i < 3 or doc[tok.i - 2].text != ",":
            return
        said = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() in ("member", "part", "founder", "founding")]
        if not said:
            return  # the parser may hang the clause anywhere: read it off the words (", of which X is a part")
        antecedent = doc[tok.i - 3]
        bodies = [m for m in self.args.actors_of(antecedent) if m.type in ("ORGANIZATION", "GROUP")]
        members = [m for c in clause.children if c.dep_ == "nsubj" for m in self.args.actors_of(c)]
        for m in members:
            for b in bodies:
                yield self._make(m, "MEMBER_OF", b, tok, 0.75)

    def whose(self, tok: Token) -> Iterator[Found]:
        """ "X, whose Aitarak group controlled Dili", "X, whose Republican Left party leads the polls": a person's
        own party or group, which the person leads."""
        doc = self.a.doc
        if tok.i < 2 or doc[tok.i - 1].text != ",":
            return
        person = self.a.mentions.get(tok.i - 2)
        if person is None or person.type != "PERSON" or person.end != tok.i - 1:
            return
        for j in range(tok.i + 1, min(tok.i + 8, len(doc))):
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
                break
            m = self.a.mentions.get(j)
            if m is not None and m.type in ("GROUP", "ORGANIZATION") and m.kind in ("entity", "role"):
                last = doc[min(m.end, len(doc) - 1)]
                if last.lemma_.lower() in _OWN_BODIES or doc[m.end - 1].lemma_.lower() in _OWN_BODIES or m.kind == "entity":
                    yield self._make(person, "LEADS", m, tok, 0.65)
                return

    def _valid(self, f: Found) -> bool:
        if f.rel in PLACE_OBJECT:
            f.obj = self._place(f.obj)
        if f.rel == "ATTACKS" and f.obj.type == "LOCATION" and _WATERS.search(f.obj.name):
            return False  # "fired two missiles into the Sea of Japan": a test or a show of force, no one attacked
        if f.rel == "ATTACKS" and f.obj.type == "LOCATION" and f.subj.type in ("COUNTRY", "ORGANIZATION") and self._own_capital(f.subj, f.obj):
            return False  # "Syrian forces pressed an assault on rebels near Damascus": a state does not attack its own capital
        if f.rel in ("SUPPORTS", "COOPERATES_WITH", "ALLIED_WITH") and f.subj.type == "PERSON" and f.obj.type != "PERSON" and (
                self.a.side_of(f.subj) == f.obj.name):
            return False  # "Abdul-Malik al-Houthi praised his fighters": a leader backing his own side says nothing
        if f.rel in ("MEETS", "NEGOTIATES_WITH") and "PERSON" in (f.subj.type, f.obj.type) and (
                self.a.side_of(f.subj) == f.obj.name or self.a.side_of(f.obj) == f.subj.name):
            return False  # "Kim and South Korean President Moon met": Moon meets Kim, not his own state
        return f.subj.name != f.obj.name and allowed(f.rel, f.subj.type, f.obj.type)

    def _make(self, subj: Mention, rel: str, obj: Mention, trigger: Token, conf: float, *, clause: Token | None = None, accuser: Mention | None = None,
              whole_state: bool = False) -> Found:
        clause = clause if clause is not None else trigger
        full_name = obj.type == "PERSON" and len(obj.name.split()) >= 2  # "captured Abimael Guzman": a person, not a misread place
        if rel in ("CONTROLS", "DEPLOYS_TO") and obj.type in ("ORGANIZATION", "PERSON") and obj.kind == "entity" and self.gaz.lookup(obj.text) is None and self.gaz.by_name(obj.name) is None and not (
            full_name and rel == "CONTROLS" and trigger.lemma_.lower() not in _HOLDING_WORDS
        ):
            # "occupied Goma" read as a person: held, it is a place; so is a two-word "person" controlled or called a stronghold
            obj = self.a.add(Mention(obj.start, obj.end, obj.name, "LOCATION", obj.text))
        regional = self._after_compass(obj)  # "run northern Yemen"
        if rel == "LEADS" and (obj.type == "LOCATION" or regional) and subj.type in ("GROUP", "ORGANIZATION", "COUNTRY"):
            rel = "CONTROLS"  # "Hamas, which has ruled Gaza since 2007": a group that runs a place holds it
        if rel in ("PROVIDES_AID", "SUPPORTS") and trigger.lemma_.lower() in _GUARDING_VERBS and any(
                c.dep_ == "dobj" and noun_lemma(c) in self.lx.words["place_nouns"] | TARGET_NOUNS for c in trigger.children):
            rel = "DEPLOYS_TO"  # "sent troops to protect Bangui airport": forces posted at the place, no aid to its state
        if rel == "DEPLOYS_TO" and obj.type in ("PERSON", "GROUP", "ORGANIZATION"):
            rel = "PROVIDES_AID"  # "sent drones and weapons to Haftar", "troops to join the AU force": forces given to an actor, not a place
        if rel == "CONTROLS" and obj.type == "PERSON":
            rel = "ATTACKS"  # "commandos captured the rebel leader": a person seized by force is attacked, not held as territory
        if (rel in PLACE_OBJECT and obj.type == "COUNTRY" and obj.start > 0 and obj.end > obj.start and not whole_state
                and trigger.lemma_.lower() not in _INSURGENCIES  # "waged an insurgency in northern Uganda": against the state
                and not self.gaz.is_capital_or_seat(obj.text)):  # "west Beirut" is a part of the city, not of Lebanon
            doc = self.a.doc
            before = doc[obj.start - 1]  # "much of northern Syria": a region is held (struck, entered), never a whole state
            if before.lower_ in _COMPASS and before.head.i == obj.end - 1:
                obj = Mention(before.i, obj.end, f"{before.lower_} {obj.name}", "LOCATION", f"{before.text} {obj.text}")
            elif before.lower_ == "of" and obj.start > 1 and doc[obj.start - 2].lower_ in COMPASS_NOUNS:
                side = doc[obj.start - 2]  # "the Turkish-held north of Cyprus": northern Cyprus
                obj = Mention(side.i, obj.end, f"{COMPASS_NOUNS[side.lower_]} {obj.name}", "LOCATION", doc[side.i : obj.end].text)
        negated = self.args.negated(clause) and not (rel == "DEPLOYS_TO" and trigger.lemma_.lower() in _LEAVING_VERBS)
        if negated and rel == "SUPPORTS" and trigger.lemma_.lower() in ("accept", "recognise", "recognize"):
            rel, negated = "OPPOSES", False  # "could not accept the result", "does not recognise the government": a rejection
        if self.args.hedged(clause):
            conf *= 0.75
        if "pronoun" in (subj.kind, obj.kind):
            conf *= 0.85
        speaker = accuser or self.args.speaker(clause)
        attributed = None
        if speaker is not None and speaker.name != subj.name and self.a.side_of(speaker) != subj.name and self.a.side_of(subj) != self.a.side_of(speaker):
            attributed = speaker
            conf *= 0.9
        vowed = trigger.i != clause.i and trigger.dep_ == "dobj" and trigger.head.i == clause.i and clause.lemma_.lower() in self.lx.words["threat_verbs"]
        intended = rel in ("ATTACKS", "SANCTIONS") and clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _HOSTILE_INTENT
        if (self._threatened(clause) or vowed or intended) and relation_class(rel) == RelationClass.CONFLICTUAL:  # "vowed a jihad against X"
            rel, conf = "THREATENS", conf / 0.75 if self.args.hedged(clause) else conf  # the threat itself is a fact ("wants to attack X")
        return Found(subj, rel, obj, trigger, round(min(conf, 1.0), 3), negated, attributed)

    def _threatened(self, clause: Token) -> bool:
        """ "X threatened to cut ties with Y", "X vowed to strike Y": the act is only threatened."""
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lx.words["threat_verbs"] | {"warn"} and self._own_will(clause, clause.head):
            return True  # "Washington warned that it could impose sanctions on X": a threat, not yet done
        cur = clause
        for _ in range(3):
            if cur.dep_ != "xcomp" or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.lemma_.lower() in self.lx.words["threat_verbs"]:
                return True
        return False

    def _own_will(self, clause: Token, verb: Token) -> bool:
        """Whether ``clause`` tells what ``verb``'s subject would, could or will do itself ("warned that it would strike")."""
        return any(a.dep_ == "aux" and a.lower_ in _THREAT_MODALS for a in clause.children) and self._same_side(clause, verb)

    def _same_side(self, clause: Token, verb: Token) -> bool:
        """Whether ``clause``'s subject is ``verb``'s own (the same actor, its side, or a pronoun for it)."""
        inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in ("it", "they", "we", "he", "she", "i") for c in inner):
            return True
        outer, _ = self.args.subjects(verb)
        return self._on_side_of([m for c in inner for m in self.args.actors_of(c)], outer)

    def _on_side_of(self, inner: list[Mention], outer: list[Mention]) -> bool:
        """Whether any of ``inner`` is one of ``outer`` or on its side (a person for their state or group)."""
        sides = {m.name for m in outer} | {self.a.side_of(m) for m in outer}
        return any(m.name in sides or self.a.side_of(m) in sides for m in inner)

    # -- clauses --------------------------------------------------------------
    def verbs(self, tok: Token) -> Iterator[Found]:
        if tok.pos_ != "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return  # the small model sometimes tags a finite verb as a noun or adverb ("The Houthis control ...")
        entries = self._verb_entries(tok)
        if not entries:
            return
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in tok.children)  # "forces backed by Russia"
        if reduced and self._finite_after_relative(tok):
            reduced = False  # "Russia, which has bases in both, called on the two sides": a past tense read as a participle
        subjects, accuser = self.args.subjects(tok)
        if not subjects:
            subjects = self._speakers_forces(tok)
        agents: list[Token] = []
        if passive or reduced:
            agents = list(prep_objects(tok, {"by"}))
            subjects = (self.args.actors_of(agents[0]) or self.args.event_agents(agents[0])) if agents else []  # "hit by Russian strikes"
            if not agents and passive:  # "Russian troops were deployed to X": the troops' state did it
                heads = counted([c for c in tok.children if c.dep_ == "nsubjpass"])  # "Thousands of Ugandan soldiers are stationed in X"
                themes = [c for c in heads if c.lemma_.lower() in self.lx.words["force_nouns"]]
                subjects = [m for c in themes for m in self.args.actors_of(c)]
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in _WISH_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
                c.dep_ == "nsubj" for c in tok.children):
            wishers, _ = self.args.subjects(tok.head)  # "Obama wants Putin to attack Switzerland": an appeal to Putin, no attack
            for w in wishers:
                for s_ in subjects:
                    yield self._make(w, "APPEALS_TO", s_, tok.head, 0.6)
            return
        crackdown = self._crackdown_forces(tok) if not subjects and not passive and not reduced else None
        if crackdown is not None:
            subjects = [crackdown]
        if not subjects:
            return
        dobjs = [tok.head] if reduced else [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if reduced and tok.i > tok.head.i + 1 and tok.doc[tok.i - 1].text == ",":
            dobjs = [self._between_what(tok.head) or tok.head]  # "talks between X and Y, sponsored by Z": the talks are
        described = self.a.mention_at(tok.head) if reduced else None
        if reduced and tok.head.dep_ == "appos" and (described is None or (described.kind == "role" and self.args.actor_of(tok.head.head) is not None)):
            dobjs = [tok.head.head]  # "the Taliban, a movement led by Mullah Omar", "X, a militia commanded by Y": X is led
        if not dobjs and not passive and not reduced:  # "met Prime Minister Abiy Ahmed", "bombed Aleppo": the name misread as an adverbial
            placed = any(e["rel"] in PLACE_OBJECT and "dobj" in e["obj"] for e in entries)
            dobjs = [c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > tok.i and c.ent_type_ not in NUMERIC_ENTS
                     and ((m := self.a.mention_at(c)) is not None and (m.type != "LOCATION" or placed) or (m is None and placed))]
        if not dobjs and not passive and tok.lemma_.lower() in _HELP_VERBS:  # "helped Mali fight the militants": Mali is helped
            dobjs = [n for c in tok.children if c.dep_ in ("ccomp", "xcomp") for n in c.children if n.dep_ == "nsubj"]
        if not dobjs and not passive and tok.dep_ == "relcl" and tok.head.lemma_.lower() in self.lx.words["allegation_nouns"]:
            dobjs = [tok.head]  # "a charge (that) Algiers denied": the charge is what was denied
        if not dobjs and not passive and not reduced and not any(c.dep_ == "prep" for c in tok.children):
            # "accused Sudan of arming and sending the rebels": the object the joined verb takes is the first one's too
            dobjs = [d for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == tok.i + 2 and tok.doc[tok.i + 1].lower_ in ("and", "or")
                     and not any(n.dep_.startswith("nsubj") for n in c.children) for d in c.children if d.dep_ == "dobj"]
        if not dobjs and not passive and not reduced:  # "condemned what it called Russian aggression": the thing named
            dobjs = [n for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i for n in self._named_by_free_relative(c)]
        if dobjs and not passive:  # "hold Sanaa and most of northern Yemen" parsed with "most" joined to the verb: a second object
            dobjs += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("ADJ", "NOUN") and c.lower_ in QUANTITY_HEADS and any(prep_objects(c, {"of"}))]
        if tok.dep_ == "relcl":  # "the Houthis, who are backed by Iran", "the Houthis, whom the kingdom has been fighting": the antecedent
            dobjs = [tok.head if d.lower_ in (("who", "which", "that") if passive else ("whom", "which", "that")) else d for d in dobjs]
        durations = _durations(tok)
        for entry in entries:
            if not self._entry_applies(tok, entry, dobjs, subjects) or (crackdown is not None and entry["rel"] != "ATTACKS"):
                continue
            objects: list[Mention] = []
            for slot in entry["obj"]:
                place = entry["rel"] in PLACE_OBJECT and not (entry.get("mutual") and slot != "dobj")  # "clashed with students in X": never X
                if slot == "dobj":
                    heads = dobjs
                elif slot == "dative":
                    heads = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                else:
                    heads = list(prep_objects(tok, {slot})) + [p for d in [*dobjs, *agents, *durations] for p in prep_objects(d, {slot})]
                    # "fired by X at Y"; "have fought for three years against X" (the phrase hung on the years)
                if entry.get("parties") and slot == "between" and not heads:  # "a deal (X and Y reached), brokered by the EU"
                    talks = self.lx.words["talk_nouns"] | self.lx.words["negotiation_nouns"] | _DEAL_NOUNS
                    near = [t for t in reversed(list(tok.doc[max(tok.sent.start, tok.i - 10) : tok.i])) if t.lemma_.lower() in talks][:1]
                    for d in [*dobjs, *near] if not any(d.lemma_.lower() in talks for d in dobjs) else dobjs:
                        if d.lemma_.lower() not in talks:
                            continue
                        heads += list(prep_objects(d, {"between"}))
                        verb = d.head if d.dep_ in ("dobj", "nsubjpass") else d.head.head if d.dep_ == "pobj" else None
                        if not heads and verb is not None and verb.i != tok.i and verb.pos_ in ("VERB", "AUX"):  # "agreed to a truce"
                            objects += [m for m in self.args.subjects(verb)[0] if m.name not in {o.name for o in objects}]
                        if not heads and not objects and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in d.children):
                            heads += self._earlier_parties(d, talks)  # "Talks between X and Y collapsed. The talks, mediated by Z, ..."
                if slot == "dobj" and entry.get("evaluative"):  # "called the sanctions criminal", "called Mali and Niger traitors",
                    # "called the Malian government criminals": the judged read into one noun phrase with the judgment
                    insults = [d for d in heads if d.lemma_.lower() in _INSULTS]
                    said = [o for o in tok.children if o.dep_ == "oprd"] + insults
                    named = [c for o in said for c in o.children if c.dep_ in ("compound", "nmod") and c.i < o.i
                             and (c.pos_ == "NOUN" or self.a.mention_at(c) is not None)]
                    if not heads or insults:
                        heads = [d for d in heads if d not in insults] + named
                if slot == "dobj" and not heads and entry.get("ccomp_subject") == "other":
                    # "warned that Russia's support for X was undermining ...": the owner of the clause's subject
                    heads = [n for c in tok.children if c.dep_ == "ccomp" for n in c.children if n.dep_.startswith("nsubj")]
                for h in heads:
                    owned = slot in ("dobj", "from") or (slot in ("against", "over", "about") and entry["rel"] in _OBJECTIONS)
                    found = self.args.actors_of(h, place=place) or (self._claim_owners(h) if owned else []) or self._traders(h, entry["rel"])
                    # "from Russian occupation", "curbs on Chilean goods"
                    if not found and slot == "dobj" and entry["rel"] in _STANCES:
                        found = self._event_agents(h)  # "China also criticised the operation": whoever carried it out
                    story = not found and slot == "dobj" and entry["rel"] == "ATTACKS"
                    if story:
                        found = self._story_forces(h, subjects)  # "JNIM killed 12 soldiers" in a story about Mali
                    if slot == "dobj" and entry["rel"] == "ATTACKS" and (not found or story or h.lemma_.lower() in TARGET_NOUNS):
                        home = {e.iso3 for m in subjects for e in [self.gaz.by_name(m.name) or self.gaz.demonym(m.name.split()[0])] if e is not None and e.iso3}
                        struck = self._struck_place(tok) or (self._struck_place(h) if noun_lemma(h) in _BYSTANDERS else [])  # "killed three people in X"
                        found += [p for p in struck if not (found and not story and p.iso3 and p.iso3 in home)]
                        # "struck targets in Gaza", "hit a Russian air base in Crimea"; not "protesters attacked U.N. offices in
                        # Kinshasa": the owner of what its own people attacked at home is the target, not their own city
                    if slot == "dobj" and entry["rel"] == "CONTROLS" and not found and (
                            h.lemma_.lower() in self.lx.words["place_nouns"] or h.lemma_.lower() in TARGET_NOUNS):
                        found = self._struck_place(tok, {"in", "at", "inside", "on"})  # "seized the airport in Abidjan": the place it is in;
                        # not "recaptured villages near Hama": what is near a town is no hold on it
                    objects += [m for m in found if m.name not in {o.name for o in objects} or (place and all(m.start != o.start for o in objects))]
            states = [m for m in (self._state_of(s, tok) for s in subjects) if m is not None] if entry.get("subject_state") else []
            objects = states or objects  # "the army seized power (in the capital)": it leads its own state
            if entry.get("places_only"):  # "drove X out of Raqqa" holds Raqqa; "out of Syria" holds no state
                objects = [o for o in objects if o.type == "LOCATION"]
            if not objects and entry.get("theme") == "force" and tok.lemma_.lower() in _SEND_VERBS:
                objects = self._sent_to_story(tok, subjects)  # "the CSTO said it was sending 2,500 troops" in a story about Kazakhstan
                if objects:
                    entry = {**entry, "rel": "DEPLOYS_TO"}  # "Belarus and Armenia also contributed contingents": posted there
            aim = next((c for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() in _WISH_NOUNS), None) if tok.dep_ in ("advcl", "xcomp") else (
                tok.head if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _WISH_NOUNS else None)
            if aim is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                if aim.lemma_.lower() in _MILITARY_AIMS and entry["rel"] in ("ATTACKS", "CONTROLS") and tok.dep_ in ("advcl", "xcomp") and aim.head.lemma_.lower() in _LAUNCH_VERBS:
                    for s_ in subjects:  # "launched an offensive to drive X out of Y / to retake Y": the offensive attacks them
                        for o in objects:
                            if o.name != s_.name:
                                yield self._make(s_, "ATTACKS", o, tok, 0.7, clause=aim.head)
                continue  # "gave Sudan 30 days to disarm X" (a deadline), "a demand to disarm the militias", "a plan to attack X": not done
            urge = self._urged(tok)
            if urge is not None:
                yield from self._urgers_oppose(urge, entry["rel"], objects, tok)
                continue  # only urged or wished for, not done ("urged X to engage Y", "called on X to march on Y")
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lx.words["speech_verbs"] and any(
                a.dep_ == "aux" and a.lower_ in ("should", "must") for a in tok.children
            ):
                continue  # "X said Y should cooperate with Z": an appeal to Y (see appeals), not a fact
            conf = entry.get("conf", 0.8)
            rel, clause = entry["rel"], tok
            if entry.get("refused") and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline") and not self.args.negated(tok.head):
                rel, clause = entry["refused"], tok.head  # "refused to recognise X" opposes X; it is not a mere denial
            if entry["rel"] in ("OPPOSES", "SUPPORTS") and "dobj" in entry["obj"]:
                for h in dobjs:  # "rejected demands from the opposition": the opposition asked
                    owned = h.lemma_.lower() in _ASK_NOUNS or (entry["rel"] == "OPPOSES" and h.lemma_.lower() in _CHARGES)
                    if owned:  # "rejected demands from the opposition": the opposition asked; "denied a U.S. charge": the U.S. accused
                        askers = [m for m in self._claim_owners(h) if m.type != "LOCATION"]
                        for a_ in askers:
                            for s in subjects:
                                if a_.name != s.name:
                                    yield self._make(a_, "APPEALS_TO" if h.lemma_.lower() in _ASK_NOUNS else "CRITICIZES", s, h, 0.65)
            if crackdown is not None:  # bare soldiers firing on the state's own protesters: only those are its forces' victims
                objects = [o for o in objects if o.name in self._home_crowds(crackdown)]
            for s in subjects:
                for o in objects:
                    if rel != entry["rel"]:
                        yield self._make(s, rel, o, tok, conf, clause=clause, accuser=accuser)
                        continue
                    if entry.get("swap"):  # "Djibouti hosts French troops", "Mali received aid from France": the object acts
                        yield self._make(o, rel, s, tok, conf, accuser=accuser)
                        continue
                    if entry.get("reverse"):  # "the bloc includes Nigeria": Nigeria is a member of the bloc
                        if s.type in ("ORGANIZATION", "GROUP"):
                            yield self._make(o, entry["rel"], s, tok, conf, accuser=accuser)
                        continue
                    if states:  # "the army/Musharraf seized power": leads the state
                        yield self._make(s, "LEADS", o, tok, conf, accuser=accuser)
                        continue
                    if entry["rel"] == "LEADS" and s.type == "PERSON" and any(noun_lemma(d) in _DELEGATIONS for d in dobjs):
                        yield self._make(s, "MEMBER_OF", o, tok, conf, accuser=accuser)  # "led the Ethiopian delegation": one of its state's
                        continue
                    if entry.get("member_of_body") and o.type in ("ORGANIZATION", "GROUP") and self._only_wanted(tok):
                        continue  # "applied to join the EU": not a member yet
                    if entry.get("member_of_body") and o.type in ("ORGANIZATION", "GROUP"):
                        yield self._make(s, "MEMBER_OF", o, tok, conf, accuser=accuser)  # "Sweden joined NATO"
                        continue
                    yield self._make(s, entry["rel"], o, tok, conf, accuser=accuser)
                    if entry["rel"] == "DEPLOYS_TO" and s.type == "ORGANIZATION":
                        for c in self._contributors(tok, dobjs, s):  # "the AU is deploying 300 troops from Rwanda and Nigeria to Darfur"
                            yield self._make(c, "DEPLOYS_TO", o, tok, conf - 0.1, accuser=accuser)
                    helped = o if o.type == "COUNTRY" else self._state_of(o, tok) if o.type == "ORGANIZATION" else None
                    if entry["rel"] == "SUPPORTS" and helped is not None and helped.name != s.name and self._sent_forces(tok):
                        yield self._make(s, "DEPLOYS_TO", helped, tok, conf - 0.1, accuser=accuser)  # "sent troops to help Mali / the Malian army"
                    if entry.get("mutual"):  # "X clashed with Y": both sides fought
                        yield self._make(o, entry["rel"], s, tok, conf - 0.05, accuser=accuser)

    def _contributors(self, verb: Token, dobjs: list[Token], sender: Mention) -> list[Mention]:
        """The states a body's forces come from: "(sent) 300 troops from Rwanda and Nigeria"."""
        heads = [q for d in dobjs for q in (d, *(prep_objects(d, {"of"}) if noun_lemma(d) in QUANTITY_HEADS or d.pos_ == "NUM" else ()))]
        forces = [h for h in heads if noun_lemma(h) in self.lx.words["force_nouns"] or h.lower_ in self.lx.words["force_nouns"]]
        froms = [p for h in forces for p in prep_objects(h, {"from"})] + (list(prep_objects(verb, {"from"})) if forces else [])
        return [m for p in froms for m in self.args.actors_of(p) if m.type == "COUNTRY" and m.kind == "entity" and m.name != sender.name]

    def _state_of(self, actor: Mention, verb: Token) -> Mention | None:
        """The state an army, a party or a person belongs to, as a mention at ``verb``'s object."""
        if actor.type in ("COUNTRY", "GROUP"):  # "Hamas seized power in Gaza": an armed group holds a place, not a state
            return None
        entry = self.a.gaz.by_name(actor.name)
        state = self.a.gaz.country_by_iso3(actor.iso3 or (entry.iso3 if entry is not None else None))
        if state is None and actor.type != "PERSON" and " " in actor.name:  # "Thai army", "Malian junta": the adjective's state
            state = self.a.gaz.demonym(actor.name.split()[0])
        if state is None or state.type != "COUNTRY":
            return None
        at = next((c for c in verb.children if c.dep_ == "dobj"), verb)
        return Mention.for_state(state, at.i, at.i + 1, at.text)

    @staticmethod
    def _named_by_free_relative(clause: Token) -> list[Token]:
        """The thing a "what" clause names: "(condemned) what it called/described as Russian aggression"."""
        if clause.lemma_.lower() not in _NAMING_VERBS or not any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass") for w in clause.children):
            return []
        return [n for n in clause.children if n.dep_ in ("oprd", "attr", "xcomp") and n.pos_ in ("NOUN", "PROPN")] + list(prep_objects(clause, {"as"}))

    @staticmethod
    def _finite_after_relative(verb: Token) -> bool:
        """ "X, which/who ..., called on Y": the parser hangs the main verb on X as a participle when a
        relative clause sits between them; with no "by" agent it is X's own finite verb."""
        head, doc = verb.head, verb.doc
        rel = [c for c in head.children if c.dep_ == "relcl" and c.i < verb.i]
        return (bool(rel) and head.i < verb.i and verb.i > 0 and doc[verb.i - 1].text == "," and head.pos_ == "PROPN"
                and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children))

    def _speakers_forces(self, verb: Token) -> list[Mention]:
        """ "Russia's defence ministry said a frigate had fired missiles at X", "Israel's military said jets
        struck Y": forces no one is named for, in what a state says, are its own."""
        forces = [c for c in verb.children if c.dep_ == "nsubj" and noun_lemma(c) in self.lx.words["force_nouns"] and noun_lemma(c) not in _IRREGULARS
                  and not any(d.dep_ in ("poss", "amod", "compound") for d in c.children)]
        if not forces or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lx.words["speech_verbs"]:
            return []
        said_by = [m for c in verb.head.children if c.dep_ == "nsubj" for m in self.args.actors_of(c)]
        return [m for m in said_by if m.type == "COUNTRY"][:1]

    def _sent_forces(self, verb: Token) -> bool:
        """Is ``verb`` the purpose of sending forces ("sent 2,000 soldiers to help Mali")?"""
        head = verb.head
        return verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in _SEND_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lx.words["force_nouns"] for c in head.children
        )

    @staticmethod
    def _urged(verb: Token) -> Token | None:
        """The appeal verb whose object ``verb`` is only urged on: "called on X to rise up against the Houthis
        and retake Sanaa", "urged X to engage Y" (both verbs)."""
        wished = verb
        while wished.dep_ == "conj" and wished.head.i != wished.i and not finite_after_nonfinite(wished):
            wished = wished.head
        if wished.dep_ == "xcomp" and wished.head.lemma_.lower() in APPEAL_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and any(prep_objects(wished.head, {c.lower_})))
                for c in wished.head.children):
            return wished.head
        return None

    def _urgers_oppose(self, urge: Token, rel: str, objects: list[Mention], trigger: Token) -> Iterator[Found]:
        """ "called on Yemenis to rise up against the Houthis": who calls (``urge``) for a fight against Y opposes Y."""
        if rel not in ("ATTACKS", "OPPOSES") or urge.lemma_.lower() not in ("urge", "call", "appeal", "encourage", "incite") or (
                trigger.lemma_.lower() in _CURBS):
            return
        urgers, _ = self.args.subjects(urge)
        for u in urgers:
            for o in objects:
                if o.type != "LOCATION":
                    yield self._make(u, "OPPOSES", o, trigger, 0.65, clause=urge)

    def _struck_place(self, verb: Token, preps: set[str] | None = None) -> list[Mention]:
        """The named place where a thing without an owner was struck: "shelled homes in Kharkiv" (a place,
        never a whole country: "air strikes in Syria" say where, not whom)."""
        places = placed_in(verb, preps or {"in", "near", "at", "around", "outside", "inside", "on"})
        return [m for p in places for m in [self.args.actor_of(p, place=True)] if m is not None and (
            self._place(m).type == "LOCATION" or (self._after_compass(m) and not self.gaz.is_capital_or_seat(m.text)))]  # "in northern Iraq": a region

    def _after_compass(self, m: Mention) -> bool:
        """A state named right after a compass word: "northern Yemen", "south-east Turkey" (a region of it)."""
        return m.type == "COUNTRY" and m.start > 0 and self.a.doc[m.start - 1].lower_ in _COMPASS

    def _event_agents(self, tok: Token) -> list[Mention]:
        """The doers of an event an earlier sentence told of, named again by a definite noun with no owner:
        "US warplanes struck Baghdad ... China criticised the strikes" -> the United States."""
        rels = _EVENT_NOUNS.get(tok.lemma_.lower())
        if rels is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in tok.children):
            return []
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and self.a.mention_at(c) is not None for c in tok.children) or any(
            prep_objects(tok, {"by", "of", "from", "against", "on"})
        ):
            return []  # its own owner or target is written: other rules read it
        prompted = tok.head if tok.dep_ == "dobj" else None  # "X fired a missile, prompting Abe to denounce the launch": this sentence's
        while prompted is not None and prompted.dep_ in ("xcomp", "ccomp") and prompted.head.i != prompted.i:
            prompted = prompted.head
        caused = prompted is not None and prompted.dep_ == "advcl" and prompted.tag_ == "VBG" and prompted.i > prompted.head.i
        earlier = [f for f in self._found if f.rel in rels and not f.negated and f.subj.type != "LOCATION" and f.subj.name != f.obj.name
                   and (f.trigger.i < tok.sent.start or (caused and f.trigger.sent.start == tok.sent.start and f.trigger.i < prompted.i))]
        word = tok.lemma_.lower()
        if not earlier and word in _TOLD_BY:
            return self._told_doers(tok, _TOLD_BY[word], prompted.i if caused and prompted is not None else None)
        if not earlier:
            return []
        def told(f: Found) -> bool:  # the event's sentence tells it with the noun's word: "was killed" for "the killing"
            return any(len(t.lemma_) >= 4 and (word.startswith(t.lemma_.lower()) or t.lemma_.lower().startswith(word))
                       for t in f.trigger.sent if t.pos_ in ("VERB", "NOUN"))
        verbs = _TOLD_BY.get(word)
        if verbs is not None:  # "the assassination": only a deed told as one
            earlier = [f for f in earlier if any(t.lemma_.lower() in verbs for t in f.trigger.sent if t.pos_ == "VERB")]
            if not earlier:
                return []
        earlier = [f for f in earlier if f.trigger.dep_ not in ("relcl", "acl")] or earlier  # a deed told, not "groups that have fought ..."
        same = [f for f in earlier if told(f)]
        acts = [f for f in earlier if f.trigger.pos_ == "VERB"]  # a deed told by a verb before one only named by a noun
        earlier = same or acts or earlier  # "condemned the killing": the event told by "was killed", before a later "attacks"
        return _latest_doers(tok, earlier)

    def _told_doers(self, tok: Token, verbs: tuple[str, ...], end: int | None = None) -> list[Mention]:
        """The doers of a deed told in the last three sentences (or before ``end`` in this one) by one of ``verbs`` with no
        target the graph holds: "North Korea fired a missile into the sea ... Japan condemned the launch" -> North Korea."""
        doc = tok.doc
        for t in reversed(doc_tokens(doc)[sentences_back(tok, 3) : end if end is not None else tok.sent.start]):
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs and not self.args.negated(t):
                doers = [m for m in self.args.subjects(t)[0] if m.type != "LOCATION"]
                if doers:
                    return [Mention(tok.i, tok.i + 1, m.name, m.type, tok.text, kind="pronoun", iso3=m.iso3) for m in doers]
        return []

    def _claim_owners(self, tok: Token) -> list[Mention]:
        """ "rejected Colombia's proposal", "backed the plan by Kenya", "will support Turkey's efforts",
        "condemned Israel's killing of X": the owner of the object noun is the target. For any noun the
        owner must be written (possessive, "of"); for a claim noun also "by"/"from" or a modifier."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in self.lx.words["force_nouns"] or tok.lemma_.lower() in self.lx.words["place_nouns"]:
            return []
        owners = [m for c in tok.children if c.dep_ == "poss" for m in self.args.actors_of(c)]
        claim = (tok.lemma_.lower() in self.lx.words["claim_nouns"] or tok.lower_ in self.lx.words["claim_nouns"]
                 or self._noun_key(tok) is not None or self._hyphen_tail_key(tok) is not None)  # an event noun: "condemned the Israeli strike on Gaza"
        attack = any(e["rel"] == "ATTACKS" for e in self.lx.nouns.get(tok.lemma_.lower(), []))  # "Azerbaijan's shelling of Stepanakert"
        of = set() if attack else {"of"}  # the "of" of an attack is its victim: "condemned the killing of X" criticises the killer
        owners += [m for p in prep_objects(tok, ({"by", "from"} | of) if claim else of) for m in self.args.actors_of(p)
                   if not (attack and m.type == "LOCATION")]  # a place shelled is no one criticised
        if not owners and tok.lemma_.lower() in _POLLS and self.a.story_country is not None and not any(
                c.dep_ in ("amod", "compound") and self.a.mention_at(c) is not None for c in tok.children):
            sc = self.a.story_country  # "the EU rejected the outcome of the vote" in a story about Ukraine: Ukraine's vote
            return [Mention.for_state(sc, tok.i, tok.i + 1, tok.text)]
        if not claim:
            return owners
        if not owners and any(e["rel"] == "DEPLOYS_TO" for e in self.lx.nouns.get(tok.lemma_.lower(), [])):
            owners = self._deployed_by(tok)  # "opposes the deployment of the U.S. THAAD system": the United States
        if not owners:
            owner = self.a.country_modifier(tok)
            talks = tok.lemma_.lower() in self.lx.words["talk_nouns"] | self.lx.words["negotiation_nouns"]
            if talks and owner is not None and owner.kind == "entity" and owner.text.lower() != owner.name.lower():
                return []  # "the Oslo talks", "the Geneva talks": named after the venue, not owned by its state
            owners = [owner] if owner is not None else [
                m for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                for m in [self.a.mention_at(c)] if m is not None and m.type != "LOCATION"]
        return owners

    @staticmethod
    def _phrase_host(noun: Token, rel: str) -> Token:
        """The verb a phrase headed by ``noun`` ("in protest", "in defiance of X") tells about; for a stance, also
        when the parser hung the phrase on the verb's object ("blocked roads in protest at X")."""
        host = noun.head.head
        if rel in _OBJECTIONS and host.dep_ == "dobj" and host.pos_ == "NOUN" and host.head.pos_ == "VERB":
            return host.head
        return host

    def _traders(self, tok: Token, rel: str) -> list[Mention]:
        """The state whose trade or firms a sanction hits: "restrictions on Chilean goods", "sanctions on
        Russian banks", "a ban on Iran's oil exports" (the state named by the noun's modifier or owner)."""
        if rel != "SANCTIONS" or noun_lemma(tok) not in _TRADED:
            return []
        owner = self.a.country_modifier(tok)
        return [owner] if owner is not None and owner.type == "COUNTRY" else []

    def _deployed_by(self, noun: Token) -> list[Mention]:
        """Whose forces or weapons a deployment noun moves: the state or body owning its "of" object ("the deployment
        of Turkish troops", "of the U.S. THAAD system")."""
        owners = [self.a.country_modifier(p) for p in prep_objects(noun, {"of"})]
        return [m for m in owners if m is not None and m.type in ("COUNTRY", "ORGANIZATION")]

    def _earlier_parties(self, noun: Token, talks: frozenset[str] | set[str]) -> list[Token]:
        """The "between" objects of the latest talks told in the three sentences before ``noun`` ("the talks")."""
        doc = noun.doc
        for t in reversed(doc[sentences_back(noun, 3) : noun.sent.start]):
            if t.lemma_.lower() in talks:
                between = list(prep_objects(t, {"between"}))
                if between:
                    return between
        return []

    def _verb_entries(self, tok: Token) -> list[dict] | None:  # type: ignore[type-arg]
        """The lexicon entries of a verb, also when the lemmatiser dropped its final "e" ("lambasted" -> "lambast")."""
        lemma = tok.lemma_.lower()
        entries = self.lx.verbs.get(lemma)
        if entries is None and tok.tag_ in _INFLECTED:
            entries = self.lx.verbs.get(lemma + "e")
        low = tok.lower_
        if entries is None and low.endswith("ing") and tok.pos_ == "NOUN" and any(c.dep_ == "aux" for c in tok.children):
            # "Malaysia, which is mediating between the two sides": a progressive the tagger read as a noun
            stem = low[:-3]
            entries = self.lx.verbs.get(stem) or self.lx.verbs.get(stem + "e") or (self.lx.verbs.get(stem[:-1]) if stem[-1:] == stem[-2:-1] else None)
        return entries

    def reciprocal(self, tok: Token) -> Iterator[Found]:
        """ "Obama and Putin met", "Armenia and Azerbaijan clashed": a symmetric verb without an object."""
        entries = self._verb_entries(tok)
        topic = tok.lemma_.lower() in _TOPIC_VERBS  # "Russian and Chinese officials discussed energy": its object is a topic
        if not entries or tok.pos_ != "VERB" or any(c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and not topic and not _each_other(c)) for c in tok.children):
            return
        rel = entries[0]["rel"]
        if tok.lemma_.lower() == "retaliate" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
            return  # "X and Y retaliated", "hit back": at whoever struck first, not at each other
        each = any(_each_other(c) or any(_each_other(p) for p in prep_objects(tok, {c.lower_})) for c in tok.children if c.dep_ in ("dobj", "prep"))
        if each and any(m.kind == "pronoun" for m in self.args.subjects(tok)[0]):
            return  # "both countries accused each other": only a pair written out, not one guessed
        if entries[0].get("source") == "cameo" and not each:
            return  # "X and Y attended": only our own symmetric verbs pair their subjects
        if (rel not in _RECIPROCAL and not each) or any(p for e in entries for slot in e["obj"] if slot not in ("dobj", "dative") for p in prep_objects(tok, {slot})
                                         if not _each_other(p)):
            return  # "X and Y pushed into Z": an object of another sense ("fought against each other" is no object)
        subjects, _ = self.args.subjects(tok)
        if not self._entry_applies(tok, entries[0], [], subjects):
            return  # "Britain and the United States called on Yaounde to ...": an appeal, not a call between them
        for x, y in itertools.combinations(self._without_own_sides(subjects), 2):
            yield self._make(x, rel, y, tok, 0.75)
            if entries[0].get("mutual") or each:  # "X and Y accused each other": both did
                yield self._make(y, rel, x, tok, 0.75)

    def appeals(self, tok: Token) -> Iterator[Found]:
        """ "X said Y should/must do ..." and "X demanded/urged that Y do ..." are X APPEALS_TO Y."""
        lemma = tok.lemma_.lower()
        demand = lemma in APPEAL_VERBS
        if (lemma not in self.lx.words["speech_verbs"] and not demand) or tok.pos_ != "VERB":
            return
        speakers, _ = self.args.subjects(tok)
        for c in tok.children:
            said = c.dep_ == "ccomp" and not demand and not self.args.negated(c)  # a plain statement about the clause's subject
            subjects = [x for x in c.children if x.dep_ == "nsubj"] if said else []
            for v in [c, *(v for v in c.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX"))] if said else []:
                if v.lemma_.lower() in ("face", "pay", "suffer", "bear") and any(d.dep_ == "dobj" and d.lemma_.lower() in _RECKONINGS for d in v.children):
                    # "Khamenei said Saudi Arabia would face divine revenge", "warned X would pay a heavy price",
                    # "X and Y have made a grave mistake and will bear the consequences," a spokesman said
                    yield from self._said_of(speakers, "THREATENS", [m for n in subjects for m in self.args.actors_of(n)], tok, c)
            if said and c.lemma_.lower() in ("bear", "carry", "have") and any(
                    d.dep_ == "dobj" and d.lemma_.lower() in ("responsibility", "blame") for d in c.children):
                # "Britain said Assad bore responsibility for the gas attack": the speaker blames him
                yield from self._said_of(speakers, "CRITICIZES", [m for n in subjects for m in self.args.actors_of(n)], tok, c)
            if said and c.lemma_.lower() == "have" and any(d.dep_ == "dobj" and d.lemma_.lower() == "right" and any(
                    v.dep_ == "acl" and v.lemma_.lower() in _SELF_DEFENCE for v in d.children) for d in c.children):
                # "the White House said Israel had the right to defend itself": the speaker stands by it
                yield from self._said_of(speakers, "SUPPORTS", [m for n in subjects for m in self.args.actors_of(n)], tok, c)
            if said and c.lemma_ == "be" and any(
                    (a.dep_ == "acomp" and a.lower_ in ("responsible", "culpable", "guilty")) or (a.dep_ == "xcomp" and a.lower_ == "blame")  # "were to blame"
                    or (a.dep_ == "prep" and a.lower_ == "behind" and any(self._noun_key(p) is not None for p in a.children if p.dep_ == "pobj"))
                    for a in c.children):
                # "Colombia said the ELN was responsible for the bombing": the speaker blames it
                yield from self._said_of(speakers, "CRITICIZES", [m for n in subjects for m in self.args.actors_of(n)], tok, c)
            if said and c.lemma_ == "be" and any(
                    d.dep_ in ("attr", "acomp") and (d.lemma_.lower() in _DISMISSALS or d.lower_ in _DISMISSALS) for d in c.children):
                # "Armenia said Azerbaijan's claims were lies", "X said the Russian statement was cynical"
                owners = [m for n in subjects if n.pos_ == "NOUN"
                          for m in (self._claim_owners(n) or [o for o in [self.a.country_modifier(n)] if o is not None])]  # "the Chinese survey"
                yield from self._said_of(speakers, "CRITICIZES", owners, tok, c)
            if c.dep_ == "ccomp" and (demand or any(a.dep_ == "aux" and a.lower_ in ("should", "must") for a in c.children)):
                for subj in (x for x in c.children if x.dep_ == "nsubj"):
                    for target in self.args.actors_of(subj):
                        for sp in speakers:
                            yield self._make(sp, "APPEALS_TO", target, tok, 0.7)

    def force_not_ruled_out(self, tok: Token) -> Iterator[Found]:
        """ "has never ruled out force against X", "did not rule out military action to bring it under its
        control": a standing threat of force, not a denied one."""
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or not self.args.negated(tok):
            return
        options = [c for c in tok.children if c.dep_ == "dobj" and (noun_lemma(c) in _FORCE_OPTIONS or (
            c.lemma_.lower() == "use" and any(noun_lemma(p) in _FORCE_OPTIONS for p in prep_objects(c, {"of"}))))]  # "the use of force"
        if not options:
            return
        options += [p for o in options if o.lemma_.lower() == "use" for p in prep_objects(o, {"of"})]
        heads = [p for o in options for p in prep_objects(o, {"against", "on"})] + list(prep_objects(tok, {"against", "on"}))
        purposes = [v for o in options for v in o.children if v.dep_ == "acl"] + [v for v in tok.children if v.dep_ in ("advcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
        heads += [d for v in purposes if v.lemma_.lower() in _TAKING_VERBS for d in v.children if d.dep_ == "dobj"]  # "force to bring it under its control"
        for s_ in self.args.subjects(tok)[0]:
            for h in heads:
                for o in self.args.actors_of(h):
                    if o.name != s_.name and o.type != "LOCATION":
                        found = self._make(s_, "THREATENS", o, tok, 0.7)
                        found.negated = False
                        yield found

    def ousting(self, tok: Token) -> Iterator[Found]:
        """ "called for Keita to resign", "demanded that the president step down", "said Kibaki must quit":
        whoever calls for someone to leave office opposes them."""
        lemma = tok.lemma_.lower()
        if lemma in ("step", "stand") and not any(c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in tok.children):
            return
        if lemma == "leave" and not any(c.dep_ == "dobj" and c.lemma_.lower() in ("office", "power") for c in tok.children):
            return
        head = tok.head
        hl = head.lemma_.lower()
        targets = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ == "xcomp" and hl in _CALL_FOR:  # "called for President X to step down": the parser hung X on "for"
            targets = targets or list(prep_objects(head, {"for"}))
        elif tok.dep_ in ("advcl", "ccomp") and hl in _CALL_FOR and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            pass  # "called for Keita to resign"
        elif tok.dep_ == "ccomp" and hl in APPEAL_VERBS | {"insist"}:
            pass  # "demanded that Keita quit"
        elif not (tok.dep_ == "ccomp" and hl in self.lx.words["speech_verbs"] and any(
                a.dep_ == "aux" and a.lower_ in ("should", "must") for a in tok.children)):
            return  # "said Keita must resign"; not "Keita resigned", "said Keita had resigned"
        if self.args.negated(head) or self.args.negated(tok):
            return
        callers, _ = self.args.subjects(head)
        for t in targets:
            for m in self.args.actors_of(t):
                if m.type == "PERSON":
                    for c in callers:
                        yield self._make(c, "OPPOSES", m, tok, 0.7, clause=head)

    def _said_of(self, speakers: list[Mention], rel: str, targets: list[Mention], verb: Token, clause: Token) -> Iterator[Found]:
        """Each speaker of ``verb`` ``rel`` each of ``targets``, as its clause says."""
        for target in targets:
            for sp in speakers:
                yield self._make(sp, rel, target, verb, 0.7, clause=clause)

    def _entry_applies(self, tok: Token, entry: dict, dobjs: list[Token], subjects: list[Mention]) -> bool:  # type: ignore[type-arg]
        who = entry.get("ccomp_subject")
        if who is not None:  # "X warned Y that X would strike" threatens; "X warned Y that Y risks ..." criticises
            ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
            inner = [m for c in ccomps for n in c.children if n.dep_.startswith("nsubj") for m in self.args.actors_of(n)]
            if ccomps:  # "warned Y that it would strike" (own) / "warned that Y's support was undermining" (other)
                own = self._on_side_of(inner, subjects)
            else:  # "warned Y of retaliation" threatens; a bare "warned Y (over, against ...)" cautions, criticises
                own = any(True for _ in prep_objects(tok, {"of"}))
            if (who == "self") != own:
                return False
        if entry.get("force_subject"):  # "Russian troops arrived in Bamako"; not "the minister arrived in Bamako"
            heads = counted([c for c in tok.children if c.dep_ == "nsubj"])
            force = self.lx.words["force_nouns"]
            if not any(noun_lemma(h) in force or h.lower_ in force for h in heads):  # "U.S. Marines" (a name's plural)
                return False
        theme, unless_theme = entry.get("theme"), entry.get("unless_theme")
        if theme is not None or unless_theme is not None:
            # "thousands of French troops", "a team of advisers": what is counted is the theme
            heads = counted(dobjs)
            if theme is not None and not self._theme(heads, theme):
                return False
            if unless_theme is not None and self._theme(heads, unless_theme):
                return False
        if entry.get("unless_dobj"):
            measured = [p for d in dobjs if d.lemma_.lower() in _MEASURES for p in prep_objects(d, {"of"})]  # "held an hour of talks"
            if any(d.lemma_.lower() in entry["unless_dobj"] for d in [*dobjs, *measured]):
                return False  # "struck a conciliatory tone", "struck a deal"
        if entry.get("needs_dep") and not any(c.dep_ == entry["needs_dep"] for c in tok.children):
            return False
        if entry.get("needs_oprd") and not any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.lower_ in entry["needs_oprd"] for c in tok.children) and not any(
                a.dep_ == "amod" and a.i > d.i and a.lower_ in entry["needs_oprd"] for d in dobjs for a in d.children):
            return False  # "held Russia responsible for the attack" (the adjective also parsed as the object's modifier)
        pobjs = {p.lemma_.lower() for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"}
        if entry.get("when_dobj") and not any(d.lemma_.lower() in entry["when_dobj"] for d in dobjs):
            return False  # "fought their way into the capital"
        if entry.get("when_pobj") and not pobjs & set(entry["when_pobj"]):
            return False  # "engaged X in a firefight"
        if entry.get("unless_pobj") and pobjs & set(entry["unless_pobj"]):
            return False
        if entry.get("evaluative"):  # "called the response disproportionate", "described the vote as a farce": a judgment
            said = [c for c in tok.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > tok.i]
            said += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
            said += [p for d in dobjs for p in prep_objects(d, {"as"})] + [d for d in dobjs if d.lemma_.lower() in _INSULTS]
            if not said or any(w.lemma_.lower() in _PRAISE for c in said for w in c.subtree):
                return False
        if entry.get("needs_prep") and not any(c.dep_ == "prep" and c.lower_ in entry["needs_prep"] for d in [tok, *dobjs] for c in d.children):
            return False  # "charged X with war crimes"; not "charged into the crowd"
        if entry.get("needs_prep_from") and not any(p for d in [tok, *dobjs] for p in prep_objects(d, {"from"})):
            return False  # "took the town from the rebels"
        particle = entry.get("needs_particle")
        if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return False
        for cond in entry.get("unless", []):
            if cond.startswith("prep:"):  # "called on X to ...", not "called X on Tuesday"
                if any(c.dep_ == "prep" and c.lower_ == cond[5:] and not all(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj")
                       for c in tok.children):
                    return False
            elif any(c.dep_ == cond for c in tok.children):
                return False
        return True

    def _only_wanted(self, verb: Token) -> bool:
        """ "applied to join", "seeks to join", "hopes to join": an aim, not a fact."""
        return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in self.lx.words["intent_verbs"] or verb.head.lemma_.lower() in ("apply", "bid", "push", "aspire", "campaign"))

    def _theme(self, heads: list[Token], theme: str) -> bool:
        words = self.lx.words[f"{theme}_nouns"]  # "an aircraft carrier group": the compound says what the group is
        heads = heads + [p for h in heads if h.pos_ == "NUM" or h.ent_type_ == "MONEY" for p in prep_objects(h, {"in", "of", "worth"})]  # "$400 million in aid"
        if theme == "aid" and any(h.ent_type_ == "MONEY" and not any(prep_objects(h, {"in", "of", "worth"})) for h in heads):
            return True  # "pledged $2 billion to Egypt": money given is aid
        return any(d.lemma_.lower() in words or d.lower_ in words for h in heads
                   for d in [h, *(c for c in h.children if c.dep_ == "compound" and h.lemma_.lower() in _CONTAINER_NOUNS)])

    # -- predicate adjectives -------------------------------------------------
    def adjectives(self, tok: Token) -> Iterator[Found]:
        """ "Brazil has been critical of Venezuela", "Kenya is concerned by the Somali build-up",
        "Syria, dependent on Russia, ...": the one the adjective is said of is the subject (the object
        for a ``reverse`` entry: dependence on Y is Y's support)."""
        entry = self.lx.adjectives[tok.lower_]
        if tok.dep_ in ("acomp", "oprd") or (tok.dep_ == "ROOT" and tok.pos_ == "ADJ"):
            holders, accuser = self.args.subjects(tok.head if tok.dep_ != "ROOT" else tok)
        elif tok.dep_ in ("amod", "appos", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):  # "Syria, dependent on Russia,", "a group allied to Y"
            holders, accuser = self.args.actors_of(tok.head), None
        elif tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children):  # "is concerned by" read as a passive
            holders, accuser = [m for c in tok.children if c.dep_ == "nsubjpass" for m in self.args.actors_of(c)], None
        else:
            return
        objects: list[Mention] = []
        for h in prep_objects(tok, set(entry["obj"])):
            found = self.args.actors_of(h) or self._claim_owners(h) or (self._event_agents(h) if entry["rel"] in _STANCES else [])
            objects += [m for m in found if m.name not in {o.name for o in objects}]  # "disappointed by the sanctions": their imposer
        clause = tok.head if tok.dep_ in ("acomp", "oprd") else tok
        for s in holders:
            for o in objects:
                subj, obj = (o, s) if entry.get("reverse") else (s, o)
                yield self._make(subj, entry["rel"], obj, tok, 0.7, clause=clause, accuser=accuser)

    # -- nominal relations ----------------------------------------------------
    def _noun_key(self, tok: Token) -> str | None:
        if tok.pos_ not in ("NOUN", "PROPN") and not nominal_gerund(tok):
            return None
        doc = tok.doc
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and f"{tok.lower_}-{doc[tok.i + 2].lower_}" in self.lx.nouns:
            return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
        for key in (tok.lower_, tok.lemma_.lower()):
            if key in self.lx.nouns:
                return key
        return None

    def _hyphen_tail_key(self, tok: Token) -> str | None:
        """The event noun a hyphenated compound ends in: "build-up" read at "up"."""
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and f"{doc[tok.i - 2].lower_}-{tok.lower_}" in self.lx.nouns:
            return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
        return None

    def nouns(self, tok: Token) -> Iterator[Found]:
        key = self._noun_key(tok)
        if key is None:
            return
        head = tok.head if tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].text != "-" else tok.doc[tok.i + 2]
        noun = head if head.i == tok.i + 2 and key.count("-") else tok
        for entry in self.lx.nouns[key]:
            yield from self._noun_entry(noun, entry)

    def _noun_entry(self, noun: Token, entry: dict) -> Iterator[Found]:  # type: ignore[type-arg]
        if noun.lemma_.lower() == "campaign" and any(self._noun_key(p) is not None for p in prep_objects(noun, {"of"})):
            return  # "a campaign of sabotage attacks against X": the attacks say who and whom
        if entry["rel"] == "ATTACKS" and noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in _UNDER_VERBS:
            yield from self._came_under(noun, noun.head.head)  # "the convoy came under fire from al-Shabaab"
            return
        kids = {c.lower_ for c in noun.children}
        if entry.get("needs") and entry["needs"] not in kids:
            return
        if entry.get("unless_needs") and entry["unless_needs"] in kids:
            return
        called_for = noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in _CALL_FOR
        carrier = _carrier(noun)
        if entry.get("verbs") and not (carrier is not None and carrier.lemma_.lower() in entry["verbs"]) and not (
            called_for and "demand" in entry["verbs"]
        ):
            return
        wished = called_for or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ASK_FOR)
        if wished and not entry.get("verbs") and not entry.get("poss_is_object"):
            yield from self._asked_for(noun, called_for, entry)  # "called for tighter EU sanctions": asked of the EU, not done
            return
        aid = entry["rel"] == "PROVIDES_AID"
        cut = self._aid_cut(noun) if aid else (
            self._talks_ended(noun) if entry["rel"] in ("MEETS", "NEGOTIATES_WITH") and noun.lemma_.lower() in _TALKS else None)
        if cut is not None:  # "suspended most of its aid to X", "aid to X was frozen", "suspended talks with X": relations cut
            yield from self._relations_cut(noun, cut, set(entry["obj"]) if aid else {"with"}, owners_too=aid)
            return
        place = entry["rel"] in PLACE_OBJECT and not entry.get("mutual")
        if entry.get("joint"):  # "a joint statement by X and Y", "X and Y began joint military drills"
            held = noun.dep_ in ("dobj", "nsubjpass")
            withs = [*prep_objects(noun, {"with"}), *(prep_objects(noun.head, {"with"}) if held else [])]
            together = entry.get("together") and held and not withs  # "the U.S. and South Korea began annual military drills"
            if "joint" in kids or withs or together:  # "the U.S. held flight exercises with Guyana's military": with it
                pair = [m for h in prep_objects(noun, {"by", "from"}) for m in self.args.actors_of(h)] or self._noun_subjects(noun)
                if not pair and held:
                    pair, _ = self.args.subjects(noun.head)
                    others = [m for h in withs for m in self.args.actors_of(h)]
                    for x in pair:  # "Russia held joint drills with China"
                        for y in others:
                            yield self._make(x, entry["rel"], y, noun, 0.65)
                if ("joint" in kids or together) and len(pair) <= 3:  # six signatories of "a joint statement" are not fifteen partnerships
                    for x, y in itertools.combinations(pair, 2):
                        yield self._make(x, entry["rel"], y, noun, 0.65)
            return
        if entry["rel"] in ("CRITICIZES", "OPPOSES") and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DRAW_VERBS:
            # "drawing sharp condemnation from Washington and Seoul", "the move sparked protests from Beijing": the drawer is the target
            yield from self._toward_doers(noun, entry["rel"], noun.head, {"from", "by", "among"}, poss=False)
            return
        if entry["rel"] == "APPEALS_TO" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "upon", "on") and noun.head.head.pos_ in ("VERB", "AUX"):
            # "Rwanda sent troops at Mozambique's request", "at the request of Spain, the council adopted ...": it was asked
            yield from self._toward_doers(noun, "APPEALS_TO", noun.head.head, {"of", "from", "by"})
            return
        if entry["rel"] in ("SUPPORTS", "PROVIDES_AID") and (
                (noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in ("VERB", "AUX"))
                or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVING_VERBS)):
            # "survived with the backing of Russia", "was sworn in with the army's support", "fought with Emirati and
            # Egyptian backing", "has had the backing of Turkey": the backer backs the doer
            yield from self._toward_doers(noun, entry["rel"], noun.head.head if noun.dep_ == "pobj" else noun.head, {"of", "from"}, modifiers=True)
            return
        owned = [m for c in noun.children if c.dep_ == "poss" for m in self.args.actors_of(c)] if entry.get("poss_is_object") else []
        subjects = [] if entry.get("poss_is_object") else self._noun_subjects(noun)  # "Kiir's resignation": Kiir is the target
        if not subjects and entry["rel"] == "DEPLOYS_TO":
            subjects = self._deployed_by(noun)  # "the deployment of the U.S. THAAD system in South Korea"
        accuser = blamed_by = None
        light = self._light_verb(noun)
        host = self._phrase_host(noun, entry["rel"])  # the verb a phrase headed by the noun tells about ("in protest", "after talks")
        own_verb = bool(entry.get("verbs")) and noun.dep_ != "nsubjpass" and carrier is not None and carrier.lemma_.lower() in entry["verbs"]
        if light is None and own_verb:
            light = carrier  # "closed its border with Armenia", "warned of retaliation against X": the entry's own verb carries the noun
        if not subjects and noun.dep_ in ("dobj", "attr", "nsubjpass") and (noun.head.lemma_.lower() in self.lx.words["light_verbs"] or own_verb):
            subjects, accuser = self.args.subjects(noun.head)
            if noun.dep_ == "nsubjpass":  # "a peace deal was signed by X and Y": the doers are the agents
                subjects = [m for p in prep_objects(noun.head, {"by"}) for m in self.args.actors_of(p)] or subjects
        elif not subjects and noun.dep_ == "pobj" and light is not None:
            subjects, accuser = self.args.subjects(light)  # "pledged $50 million in aid to Y"
        elif (charged := self.args.accused_of(noun if noun.dep_ != "compound" else noun.head)) is not None and charged[0]:
            subjects, accuser = charged  # "accused Russia of cyber attacks on Y": Russia attacked, by the accuser's account
            blamed_by = accuser
        elif not subjects and called_for:
            subjects, accuser = self.args.subjects(noun.head.head)  # "called for Bashir's resignation"
        elif not subjects and entry.get("mutual") and noun.dep_ == "pobj" and (
                noun.head.lower_ in ("in", "during", "amid") or (noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _SPANS
                                                                 and noun.head.head.dep_ == "pobj" and noun.head.head.head.lower_ in ("after", "in", "during", "amid"))):
            # "a Turkish soldier was killed in clashes with Y", "X seized Aden after three days of fighting with Y": X's side fought
            verb = noun.head.head if noun.head.lower_ != "of" else noun.head.head.head.head
            for _ in range(2):  # "a soldier was killed and five were wounded in clashes with Y": the first clause's
                subjects = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.args.actors_of(c)]
                if subjects or verb.dep_ != "conj":
                    break
                verb = verb.head
        elif (not subjects and (entry["rel"] == "ATTACKS" or (entry["rel"] in ("THREATENS", "CRITICIZES", "OPPOSES") and noun.head.lower_ == "in"))
              and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")
              and host.pos_ == "VERB" and host.lemma_.lower() not in _SUFFERING
              and any(c.dep_ == "nsubj" for c in host.children)):
            subjects, accuser = self.args.subjects(host)  # "troops pushed into Caqueta in an offensive against the FARC",
            # "massed troops on the border in a warning to Kyiv", "blocked roads in protest at X" (hung on "roads")
        elif not subjects and (entry["rel"] in ("MEETS", "NEGOTIATES_WITH", "COOPERATES_WITH") or entry.get("clause_subject")) and noun.dep_ == "pobj" and noun.head.lower_ in (
            "after", "during", "in", "at", "before", "following", "for", "under"
        ):
            verb = host  # "speaking after talks with X": the speaker took part
            if verb.pos_ in ("VERB", "AUX"):
                subjects, accuser = self.args.subjects(verb)
        objects: list[Mention] = list(owned)
        heads = list(prep_objects(noun, set(entry["obj"])))
        if not heads and entry["rel"] in _OBJECTIONS and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            heads = [o for p in host.children if p.dep_ == "prep" and p.i == noun.i + 1
                     and p.lower_ in entry["obj"] for o in p.children if o.dep_ == "pobj"]  # "in protest at X", the "at" hung on the verb
        for h in heads:  # "concern over Moscow's build-up": the owner of the thing
            objects += self.args.actors_of(h, place=place) or ([] if place else self._claim_owners(h)) or self._traders(h, entry["rel"])  # "sanctions on Russian banks"
        if not objects and entry["rel"] == "DEPLOYS_TO":  # "the deployment of the U.S. system in South Korea": where what is deployed goes
            objects = [m for p in prep_objects(noun, {"of"}) for h in prep_objects(p, set(entry["obj"])) for m in self.args.actors_of(h, place=place)]
        if not objects and noun.lemma_.lower() in _INSURGENCIES:  # "waged an insurgency in northern Uganda": against its state
            objects = self._states_where(noun, light)
        if not objects and noun.dep_ == "oprd" and noun.head.lemma_.lower() in _NAMING_VERBS:  # "what it called aggression against Y"
            objects = [m for h in prep_objects(noun.head, set(entry["obj"]) - {"of"}) for m in self.args.actors_of(h, place=place)]
        if not objects and light is not None:  # "pledged $50 million in aid to Y": the target hangs on the verb
            objects = [m for h in prep_objects(light, set(entry["obj"]) - {"of"}) for m in self.args.actors_of(h, place=place)]
            objects += [m for c in light.children if c.dep_ == "dative" and c.pos_ != "ADP" for m in self.args.actors_of(c)]  # "granted Taylor asylum"
        if not objects and entry["rel"] == "ATTACKS" and noun.dep_ == "compound" and noun.lower_.endswith("ing") and noun.head.i > noun.i:
            objects = self.args.actors_of(noun.head, place=True)  # "accused Chad of bombing villages": a gerund read as a modifier
        if entry["rel"] == "ATTACKS" and entry.get("place_slots"):  # "the Madrid train bombings", "the Kabul attack": where it struck
            objects += [m for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                        for m in [self.a.mention_at(c)] if m is not None and m.type in ("LOCATION", "COUNTRY") and m.kind == "entity"]
        if not objects and entry["rel"] == "ATTACKS" and blamed_by is not None and blamed_by.type == "COUNTRY":
            objects = [blamed_by]  # "Nigeria blamed Boko Haram for the attack": the state that blames was struck
        for h in prep_objects(noun, set(entry.get("place_slots", ()))):  # "air strikes in the Idlib countryside"
            objects += [m for m in self.args.actors_of(h, place=True) if m.type == "LOCATION"]
        if entry.get("xcomp_object"):  # "X's call for Y to withdraw", "its demand that Y withdraw" (what Y is to do, in the subjunctive)
            for c in noun.children:
                if c.dep_ in ("acl", "ccomp") and _asked_to_do(c):
                    objects += [m for n in c.children if n.dep_ == "nsubj" for m in self.args.actors_of(n)]
        if entry.get("between"):
            sides = list(prep_objects(noun, {"between", "among"}))
            if not sides and noun.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "dobj" for c in noun.head.children):
                sides = list(prep_objects(noun.head, {"between", "among"}))  # "clashes erupted between A and B", "talks were held between"
            pair = [m for h in sides for m in self.args.actors_of(h)]
            for x, y in itertools.combinations(pair, 2):
                yield self._make(x, entry["rel"], y, noun, 0.7, clause=noun.head if noun.dep_ != "ROOT" else noun)
                if entry.get("mutual") or entry["rel"] == "ATTACKS":  # "the war between A and B": both fight
                    yield self._make(y, entry["rel"], x, noun, 0.7, clause=noun.head if noun.dep_ != "ROOT" else noun)
        if not objects and len(subjects) >= 2 and (entry["rel"] in _RECIPROCAL or entry.get("reciprocal")) and noun.dep_ in ("dobj", "nsubjpass") and light is not None and not (
                entry["rel"] == "ATTACKS" and not (entry.get("mutual") or entry.get("between") or noun.lemma_.lower() in _INSURGENCIES)):
            # "Russian and Syrian forces launched an offensive": together; "X and Y ended an insurgency": the rebels fought the state
            # "Serbia and Kosovo signed an agreement", "Ethiopia and Eritrea held talks": with each other
            for x, y in itertools.combinations(self._without_own_sides(subjects), 2):
                if noun.lemma_.lower() in _INSURGENCIES:  # the group rose against the state, not the other way
                    if {x.type, y.type} == {"GROUP", "COUNTRY"}:
                        rebel, state = (x, y) if x.type == "GROUP" else (y, x)
                        yield self._make(rebel, entry["rel"], state, noun, 0.7, clause=light, accuser=accuser)
                    continue
                yield self._make(x, entry["rel"], y, noun, 0.7, clause=light, accuser=accuser)
                if entry.get("mutual") or entry.get("reciprocal"):  # "Armenia and Azerbaijan exchanged fire": each fired on the other
                    yield self._make(y, entry["rel"], x, noun, 0.7, clause=light, accuser=accuser)
            return
        anchor = noun.head if noun.dep_ == "conj" else noun  # "killed in air strikes and artillery fire on X"
        if not subjects and entry["rel"] == "ATTACKS" and noun.lemma_.lower() in _BARRAGES and anchor.dep_ == "pobj" and (
                anchor.head.lower_ in ("in", "by") and anchor.head.head.lemma_.lower() in self.lx.words["impact_verbs"] | {"die"}):
            # "Warplanes pounded X ... Ten people were killed in air strikes on (the towns of) Y": the same side's, at Y
            objects = objects or [m for h in prep_objects(anchor.head.head, {"on", "against"}) for m in self.args.actors_of(h, place=True)]
            subjects = self._recent_strikers(noun) if objects else []
        clause = noun.head if noun.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass") else noun
        if not objects and entry["rel"] == "ATTACKS" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.lx.words["impact_verbs"]:
            # "air strikes by X hit Y", "Russian shelling killed three Ukrainian soldiers"
            objects = [m for d in noun.head.children if d.dep_ == "dobj" for m in self.args.actors_of(d, place=True)]
        urge = self._urged(light) if light is not None and light.lemma_.lower() not in _ONGOING else None
        if urge is not None:  # "called on Ethiopians to take up arms against X": only urged; "urged its fighters to step up attacks on Y": they attack
            yield from self._urgers_oppose(urge, entry["rel"], objects, noun)
            return
        for s in subjects:
            for o in objects:
                yield self._make(s, entry["rel"], o, noun, 0.7, clause=clause if clause.pos_ in ("VERB", "AUX") else noun, accuser=accuser)
                if entry.get("mutual") and o.type != "LOCATION":  # "clashes with Y": Y fought too
                    yield self._make(o, entry["rel"], s, noun, 0.65, clause=clause if clause.pos_ in ("VERB", "AUX") else noun, accuser=accuser)

    def _recent_strikers(self, noun: Token) -> list[Mention]:
        """Who carried out the latest strike or shelling the last three sentences told with a verb: the side an
        unattributed "killed in air strikes on X" continues."""
        first = sentences_back(noun, 3)
        told = [f for f in self._found if f.rel == "ATTACKS" and not f.negated and first <= f.trigger.i < noun.sent.start
                and f.trigger.pos_ == "VERB" and f.trigger.lemma_.lower() in _BARRAGE_VERBS and f.subj.type != "LOCATION"]
        return _latest_doers(noun, told) if told else []

    def _toward_doers(self, noun: Token, rel: str, verb: Token, preps: set[str], *, poss: bool = True, modifiers: bool = False) -> Iterator[Found]:
        """The owners of ``noun`` (its possessor unless ``poss`` is off, its state or group adjectives with ``modifiers``,
        and the objects of ``preps``) ``rel`` whoever does ``verb``: "at Mozambique's request", "with the backing of
        Russia", "with Russian and Iranian help", "drew condemnation from X"."""
        owners = [m for c in noun.children if c.dep_ == "poss" for m in self.args.actors_of(c)] if poss else []
        if modifiers:
            owners += [m for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i for cc in conjuncts(c)
                       for m in [self.a.mention_at(cc)] if m is not None and m.type in ("COUNTRY", "ORGANIZATION", "GROUP")]
        owners += [m for h in prep_objects(noun, preps) for m in self.args.actors_of(h)]
        doers, _ = self.args.subjects(verb)
        for o in owners:
            for d in doers:
                yield self._make(o, rel, d, noun, 0.65, clause=verb)

    def _came_under(self, noun: Token, verb: Token) -> Iterator[Found]:
        """ "X came under fire from Y", "X came under Y artillery fire", "X is under attack by Y": Y attacks X."""
        attackers = self._noun_subjects(noun) + [m for h in (verb, noun) for p in prep_objects(h, {"from", "by"}) for m in self.args.actors_of(p)]
        targets = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.args.actors_of(c, place=True)]
        # "came under fire from Kenya over the detentions": fire over an issue is criticism, not shooting
        rel = "CRITICIZES" if noun.lower_ == "fire" and any(prep_objects(verb, {"over", "for"})) else "ATTACKS"
        for a in attackers:
            for t in targets:
                if rel == "ATTACKS" or t.type != "LOCATION":
                    yield self._make(a, rel, t, noun, 0.7, clause=verb)

    def _asked_for(self, noun: Token, called_for: bool, entry: dict) -> Iterator[Found]:  # type: ignore[type-arg]
        """An event asked for is not an event: "France called for an emergency Security Council meeting",
        "the council demanded a ceasefire between Israel and Hamas" — the askers appeal to whoever the
        event needs: its owner ("EU sanctions", "a Security Council meeting") or its parties ("between")."""
        verb = noun.head.head if called_for else noun.head
        askers, _ = self.args.subjects(verb)
        asked = self._noun_subjects(noun) + [m for h in prep_objects(noun, {"between", "among"}) for m in self.args.actors_of(h)]
        if noun.lemma_.lower() in ("meeting", "session", "summit", "sitting"):  # "an emergency meeting of the U.N. Security Council"
            asked += [m for h in prep_objects(noun, {"of"}) for m in self.args.actors_of(h) if m.type != "LOCATION"]
        if entry["rel"] in _RECIPROCAL - {"ATTACKS"}:  # "demanded talks with Ukraine": asked of the other party
            asked += [m for h in prep_objects(noun, set(entry["obj"])) for m in self.args.actors_of(h)]
        for a in askers:
            for o in asked:
                if o.name != a.name and o.type != "LOCATION":
                    yield self._make(a, "APPEALS_TO", o, noun, 0.65, clause=verb)

    def _relations_cut(self, noun: Token, cut: Token, slots: set[str], *, owners_too: bool) -> Iterator[Found]:
        """SANCTIONS from whoever ``cut`` the aid or talks ``noun`` names to those its ``slots`` (on the noun or
        the verb) name; with ``owners_too``, the noun's owner when the verb has no subject ("its aid to X was frozen")."""
        subjects, accuser = self.args.subjects(cut)
        objects = [m for h in [*prep_objects(noun, slots), *prep_objects(cut, slots - {"for"})] for m in self.args.actors_of(h)]
        for s in subjects or (self._noun_subjects(noun) if owners_too else []):
            for o in objects:
                yield self._make(s, "SANCTIONS", o, noun, 0.65, clause=cut, accuser=accuser)

    def _aid_cut(self, noun: Token) -> Token | None:
        """The verb that cuts, suspends or freezes the aid ``noun`` names (CAMEO 16, reducing relations:
        SANCTIONS, not PROVIDES_AID): "suspended (most of) its aid to X", "aid to X was frozen"."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTITY_HEADS | {"part", "portion", "share"}:
            noun = noun.head.head
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.lx.words["aid_cut_verbs"]:
            return noun.head
        return None

    def _states_where(self, noun: Token, verb: Token | None) -> list[Mention]:
        """The states of the places an event noun (or its verb) says it happened in: "in Nigeria", "in northern Uganda"."""
        out: list[Mention] = []
        for h in [*prep_objects(noun, {"in"}), *(prep_objects(verb, {"in"}) if verb is not None else [])]:
            m = self.args.actor_of(h, place=True)
            entry = None if m is None else self.gaz.by_name(m.name) if m.type == "COUNTRY" else self.gaz.country_by_iso3(m.iso3) if m.type == "LOCATION" else None
            if entry is not None and all(o.name != entry.name for o in out):
                out.append(Mention.for_state(entry, m.start, m.end, m.text))  # type: ignore[union-attr]
        return out

    @staticmethod
    def _talks_ended(noun: Token) -> Token | None:
        """The verb that ends or suspends the talks ``noun`` names (SANCTIONS, "suspends talks with"):
        "suspended talks with X", "broke off negotiations with X", "pulled out of the talks with X"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "out" and head.head.head.lemma_.lower() in ("pull", "walk", "withdraw"):
            return head.head.head
        if noun.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in ("withdraw", "pull"):
            return head.head
        if noun.dep_ not in ("dobj", "nsubjpass"):
            return None
        lemma = head.lemma_.lower()
        if lemma in ("break", "call") and not any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
            return None
        return head if lemma in _ENDING_VERBS else None

    def _light_verb(self, noun: Token) -> Token | None:
        """The light verb carrying an event noun: "launched strikes", "pledged $50 million in aid"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj":
            head = head.head.head
        elif (noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj"
              and (head.head.lemma_.lower() in QUANTITY_HEADS or head.head.pos_ == "NUM")):
            head = head.head.head  # "carried out hundreds of strikes against X"
        elif noun.dep_ not in ("dobj", "nsubjpass"):  # "launched strikes", "a truce was agreed by X and Y"
            return None
        return head if head.lemma_.lower() in self.lx.words["light_verbs"] and head is not noun else None

    def _noun_subjects(self, noun: Token) -> list[Mention]:
        out: list[Mention] = []
        for c in noun.children:
            if c.dep_ == "poss" and c.i in self.a.owners:  # "Niger and Chad declared their solidarity": both
                out += [m for m in self.a.owners[c.i] if all(m.name != o.name for o in out)]
                continue
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
                m = self.a.mention_at(c)
                if m is not None and c.dep_ == "compound" and m.type == "COUNTRY" and m.kind == "entity" and self.gaz.is_capital_or_seat(m.text):
                    continue  # "the Madrid train bombings": the city struck, not its state acting
                if m is not None and m.type != "LOCATION":
                    out.append(m)
                elif c.dep_ == "poss":
                    out += self.args.actors_of(c)
        for p in prep_objects(noun, {"by", "from"}):
            out += self.args.actors_of(p)
        key = self._noun_key(noun)
        victim = key is not None and any(e["rel"] == "ATTACKS" for e in self.lx.nouns.get(key, []))  # "the killing of two soldiers"
        if not out and not victim:  # "the deployment of Russian missiles"; not "Moscow's deployment of Iskander missiles"
            for p in prep_objects(noun, {"of"}):
                if p.lemma_.lower() in self.lx.words["force_nouns"]:
                    out += self.args.actors_of(p)
        return out

    # -- agent nouns: appositions and copulas ---------------------------------
    def _agent_entry(self, tok: Token) -> dict | None:  # type: ignore[type-arg]
        """The agent-noun entry of ``tok``, also for a hyphenated title ("secretary-general")."""
        doc = tok.doc
        nbor = tok.nbor(1) if tok.i + 2 < len(doc) else None
        if nbor is not None and nbor.text == "-":
            entry = self.lx.agent_nouns.get(f"{tok.lower_}-{doc[tok.i + 2].lower_}")
            if entry is not None:
                return entry
        own = self.a.mention_at(tok)
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and (own is None or own.kind == "role") and tok.lower_ in self.lx.agent_nouns):
            return None  # "The Emir of Qatar, Sheikh X": a capitalised title is still a title
        entry = self.lx.agent_nouns.get(tok.lemma_.lower()) or self.lx.agent_nouns.get(tok.lower_)
        if entry is not None and tok.i >= 2 and doc[tok.i - 1].text == "-" and f"{doc[tok.i - 2].lower_}-{tok.lower_}" in self.lx.agent_nouns:
            return None  # "secretary-general" is read at its first word
        return entry

    def agents(self, tok: Token) -> Iterator[Found]:
        entry = self._agent_entry(tok)
        if entry is not None and tok.dep_ == "compound" and tok.head.i == tok.i + 2 and tok.nbor(1).text == "-":
            tok = tok.head  # "director-general of X" parsed as "director - general": the phrase hangs on its last word
        if entry is None or any(c.lower_ in ("former", "late", "ousted", "deposed", "toppled") and c.dep_ in ("amod", "compound") for c in tok.children):
            return  # "Former Italian Prime Minister X" holds no office now
        possessors: list[Mention] = []
        for c in tok.children:
            if c.dep_ == "poss":
                possessors += self.args.actors_of(c)
            elif c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and not anti_prefixed(c):  # "NATO member", "Taliban spokesman"
                cm = self.a.mention_at(c)
                if c.dep_ != "compound" and (cm is None or cm.kind != "entity" or cm.type not in ("ORGANIZATION", "GROUP")):
                    continue  # "the al-Shabaab spokesman" tagged as an adjective; not "Russian officials"
                if cm is None:  # "the al-Shabaab military operations spokesman": a name deeper in the compound
                    cm = next((m for d in c.subtree if d.dep_ == "compound" and d.i < c.i for m in [self.a.mention_at(d)]
                               if m is not None and m.type in ("ORGANIZATION", "GROUP") and m.kind == "entity"), None)
                sc = self.a.story_country
                if cm is None and c.lemma_.lower() in ("junta", "government", "regime", "administration") and sc is not None:
                    cm = Mention.for_state(sc, c.i, c.i + 1, c.text)  # "a junta spokesman"
                if cm is None and c.lower_ == "coalition":
                    cm = self.a.story_coalition(c)  # "Coalition spokesman X" in a story about Yemen: the Saudi-led coalition's
                if cm is not None and cm.type in ("ORGANIZATION", "GROUP", "COUNTRY") and cm.kind != "demonym":
                    possessors.append(cm)
        envoy = tok.lemma_.lower() in self.lx.words["envoy_nouns"]
        doc = tok.doc
        tail = doc[tok.i + 2] if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].head.i == tok.i else None
        for p in [*prep_objects(tok, {"of"} if envoy else {"of", "to"}), *(prep_objects(tail, {"of"}) if tail is not None else [])]:
            possessors += self.args.actors_of(p)  # "the British ambassador to Tehran" serves Britain; "the secretary-general of X"
        speaks_for = tok.lemma_.lower().startswith("spokes")  # "a spokesman for the Taliban"
        for p in prep_objects(tok, {"for", "at", "in"} if speaks_for else {"at", "in"}):  # "a research fellow at RUSI", "an official in the TPLF"
            possessors += [m for m in self.args.actors_of(p) if m.type in ("ORGANIZATION", "GROUP") or speaks_for or noun_lemma(p) in ("ministry", "office")]
        mods = sorted((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), key=lambda c: c.i)
        group = self._title_group(mods) if entry["rel"] == "LEADS" else None
        if group is not None:  # "the Turkish Cypriot leader": the group's
            possessors = [group]
        if entry["rel"] == "LEADS" and any(p.type == "GROUP" and p.kind == "role" for p in possessors):
            possessors = [p for p in possessors if p.type == "GROUP"]  # "Thailand's opposition leader": the opposition's
        if envoy:  # "the U.N. Syria envoy", "the U.S. Syria envoy": sent to Syria by the one named before it
            senders = [m for p in possessors if p.type == "COUNTRY" and p.end == tok.i for c in doc[p.start].children
                       if c.dep_ == "compound" for m in [self.a.mention_at(c)] if m is not None and m.type in ("COUNTRY", "ORGANIZATION")]
            posted_to = [p for p in possessors if p.type == "COUNTRY" and p.end == tok.i and (senders or any(o.start < p.start for o in possessors))]
            possessors = [p for p in possessors if p not in posted_to] + senders
        if envoy and any(p.type == "COUNTRY" for p in possessors):
            possessors = [p for p in possessors if p.type == "COUNTRY"]  # "Iran's U.N. ambassador": Iran's, posted to the U.N.
        if entry["rel"] == "MEMBER_OF" and entry["dir"] == "ref>poss":
            possessors = [self._served(p) for p in possessors]  # "Ruto's spokesman, X", "an adviser to President Y": their state's
        factional = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FACTIONS for c in tok.children)
        if not possessors and not factional:  # not "Mogadishu faction leaders": they lead factions, not the state
            owner = self.a.country_modifier(tok)
            if owner is not None:
                possessors.append(owner)
        if tok.lemma_.lower() in _TOPIC_ROLES or factional:  # "a Syria analyst" studies it; "Mogadishu faction leaders" lead factions
            possessors = [p for p in possessors if p.type != "COUNTRY"]
        referents: list[Mention] = []
        described = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else None  # "France, the former colonial power and Mali's largest donor"
        if tok.dep_ == "appos" or described is not None:
            referents = self.args.actors_of((described or tok).head, place=entry["rel"] == "CONTROLS")  # "Samarra, a stronghold of X": a place
        elif (tok.dep_ in ("oprd", "pobj") and (tok.head if tok.dep_ == "oprd" else tok.head.head).lemma_.lower() in _OFFICE_VERBS
              and (tok.dep_ == "oprd" or tok.head.lower_ == "as")):
            # "X was sworn in as Zimbabwe's president", "X was appointed prime minister of Armenia", "elected X president"
            verb = tok.head if tok.dep_ == "oprd" else tok.head.head
            referents = [m for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for m in self.args.actors_of(c)]
            if verb.lemma_.lower() in ("succeed", "replace"):  # "X succeeded Y as leader", "Y was replaced by X": X's office now
                referents = [m for p in prep_objects(verb, {"by"}) for m in self.args.actors_of(p)]
            if not referents and tok.dep_ == "pobj":
                referents, _ = self.args.subjects(verb)  # "X took over as head of the council"
            head_of_state = tok.lemma_.lower() in ("president", "premier") or (
                tok.lemma_.lower() == "minister" and any(c.lower_ == "prime" for c in tok.children))
            electors = [m for c in verb.children if c.dep_ == "nsubj" for d in (c, *(p for p in c.children if p.dep_ == "poss"))
                        for m in self.args.actors_of(d) if m.type == "COUNTRY"] if verb.lemma_.lower() in ("elect", "appoint", "name", "choose") else []
            if head_of_state and len({e.name for e in electors}) == 1 and all(p.kind == "pronoun" for p in possessors):
                possessors = electors[:1]  # "Somalia's parliament, meeting in Kenya, elected X (as the country's) president": Somalia's
            sc = self.a.story_country
            foreign = any((e := self.gaz.by_name(r.name)) is not None and e.iso3 not in (None, sc.iso3) for r in referents) if sc is not None else True
            if not possessors and head_of_state and sc is not None and not foreign and not any(prep_objects(tok, {"of", "for", "at"})):
                # "X, who was sworn in as president in July" in a story about Peru: Peru's president
                possessors = [Mention.for_state(sc, tok.i, tok.i)]
        elif tok.dep_ in ("attr", "oprd") and tok.head.lemma_.lower() in ("be", "remain", "become", "call", "see", "consider", "describe", "name"):
            subj, _ = self.args.subjects(tok.head)
            referents = subj
            if tok.head.lemma_.lower() != "be":
                referents = [m for c in tok.head.children if c.dep_ == "dobj" for m in self.args.actors_of(c)] or subj
        else:
            for c in tok.children:
                if c.dep_ == "appos" or (c.dep_ == "compound" and c.i > tok.i):
                    referents += self.args.actors_of(c)
            for p in prep_objects(tok, {"including", "like"}):  # "its backers including Qatar"
                referents += self.args.actors_of(p)
            for p in prep_objects(tok, {"for", "to", "in", "on", "of"}):  # "the U.N. envoy for Yemen, Hans Grundberg": the parser hangs the name on Yemen
                referents += [m for c in p.children if c.dep_ == "appos" for m in [self.a.mention_at(c)] if m is not None and m.type == "PERSON"]
            if tok.dep_ == "compound" and self.a.mention_at(tok.head) is not None:
                referents.append(self.a.mention_at(tok.head))  # type: ignore[arg-type]
        conf = 0.75
        if not possessors and len(referents) >= 2 and tok.tag_ == "NNS" and entry["rel"] in ("ALLIED_WITH", "COOPERATES_WITH", "OPPOSES"):
            for x, y in itertools.combinations(referents, 2):  # "Armenia and Russia are military allies": with each other
                yield self._make(x, entry["rel"], y, tok, 0.7)
                if entry["rel"] == "OPPOSES":  # rivals oppose each other; alliances and partnerships are symmetric already
                    yield self._make(y, entry["rel"], x, tok, 0.7)
            return
        institution = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i}
        if entry["rel"] == "LEADS" and institution & {"army", "military", "forces"}:  # "Uganda's army chief, General X"
            possessors = [(self._army_of(p) or p) if p.type == "COUNTRY" else p for p in possessors]
        elif entry["rel"] == "LEADS" and (institution & {"police", "intelligence", "navy", "security", "prison", "spy"} or (
                tok.lemma_.lower() == "speaker" and all(p.type == "COUNTRY" for p in possessors))):
            entry = {**entry, "rel": "MEMBER_OF"}  # "Kenya's police chief", "U.S. House Speaker X": serve the state, lead no state
        if entry["rel"] == "MEMBER_OF" and any(c.lower_ in ("prime", "first") and c.dep_ in ("amod", "compound") for c in tok.children) and tok.lemma_.lower() == "minister":
            entry = {**entry, "rel": "LEADS"}  # "Abiy Ahmed, Ethiopia's prime minister": heads its government
        if entry["rel"] == "LEADS" and any(c.lower_ in ("vice", "deputy") or c.lower_.startswith(("vice-", "deputy-")) for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
            entry = {**entry, "rel": "MEMBER_OF"}  # "its vice president, X", "Ethiopia's deputy prime minister, X": second, not head
        if entry["rel"] == "LEADS" and possessors and tok.lemma_.lower() in ("head", "chief", "director") and any(
                not self.args.actors_of(p) for p in prep_objects(tok, {"of"})):
            entry = {**entry, "rel": "MEMBER_OF"}  # "the rebels' head of international relations": heads a department, not the group
        if entry["rel"] == "ALLIED_WITH" and possessors and all(p.type == "ORGANIZATION" and p.kind == "entity" for p in possessors):
            entry = {**entry, "rel": "MEMBER_OF"}  # "NATO allies Poland and Lithuania": members of the alliance
        if (entry["rel"] == "MEMBER_OF" and tok.lemma_.lower() in ("commander", "chief") and not institution and possessors
                and all(p.type in ("GROUP", "ORGANIZATION") for p in possessors) and self._the_one(tok)):
            entry = {**entry, "rel": "LEADS"}  # "the commander of the Northern Alliance", "its commander, X": the group's head
        for r in referents:
            for p in possessors:
                if entry["dir"] == "ref>poss":
                    yield self._make(r, entry["rel"], p, tok, conf)
                else:
                    yield self._make(p, entry["rel"], r, tok, conf)

    @staticmethod
    def _the_one(tok: Token) -> bool:
        """A singular title naming the only holder: "the commander of X", "its commander", "X's top commander";
        not "a commander", "one commander", "a local commander", "the deputy commander"."""
        if tok.tag_ != "NN":
            return False
        kids = [c for c in tok.children if c.i < tok.i]
        if any(c.lower_ in _SUBORDINATE for c in kids):
            return False
        return any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss") for c in kids) and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids)

    # -- hyphenated compounds --------------------------------------------------
    def _modifier_actor(self, text: str, tok: Token | None) -> Mention | None:
        if tok is not None:
            m = self.a.mention_at(tok)
            if m is not None:
                return m
        entry = self.gaz.lookup(text) or self.gaz.demonym(text)
        if entry is not None:
            return Mention(tok.i if tok is not None else 0, (tok.i + 1) if tok is not None else 0, entry.name, entry.type, text, kind="demonym", iso3=entry.iso3)
        low = text.lower()
        if low in ("rebel", "opposition", "insurgent", "separatist") and self.a.story_country is not None:
            name = self.a._rebel_name(tok, None) if tok is not None else None
            if name:
                return Mention(0, 0, name, "GROUP", text, kind="role")
        if low in ("government", "regime", "state") and self.a.story_country is not None:
            sc = self.a.story_country
            return Mention.for_state(sc, 0, 0, text)
        at = (tok.i if tok is not None else 0, (tok.i + 1) if tok is not None else 0)
        named = self.a.full_names.get(surname_key(text)) if text[:1].isupper() else None
        if named is not None:  # "pro-Gbagbo militias" in an article that names Laurent Gbagbo
            return Mention(*at, named, "PERSON", text)
        person = self.gaz.person_by_surname(text) if text[:1].isupper() else None
        if person is not None:  # "anti-Mubarak protesters": a known leader's surname
            return Mention(*at, person.name, "PERSON", text, iso3=person.iso3)
        return None

    def compounds(self, tok: Token) -> Iterator[Found]:
        doc = tok.doc
        modifier: Mention | None = None
        rel: str | None = None
        m = _PART_RE.match(tok.text)
        if m and m.group(2).lower() in self.lx.participles:
            rel = self.lx.participles[m.group(2).lower()]
            modifier = self._modifier_actor(m.group(1), None)
        elif m and m.group(1).lower() in self.lx.prefixes:
            rel = self.lx.prefixes[m.group(1).lower()]
            target = self._modifier_actor(m.group(2), None)
            yield from self._prefix(tok, rel, target)
            return
        elif tok.lower_ in self.lx.participles and tok.i >= 2 and doc[tok.i - 1].text == "-":
            rel = self.lx.participles[tok.lower_]
            modifier = self._modifier_actor(doc[tok.i - 2].text, doc[tok.i - 2])
        elif tok.lower_ in self.lx.prefixes and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
            target_tok = doc[tok.i + 2]
            yield from self._prefix(target_tok, self.lx.prefixes[tok.lower_], self._modifier_actor(target_tok.text, target_tok))
            return
        elif tok.lower_ == "led" and tok.dep_ == "acl" and tok.head.lemma_.lower() in ("coalition", "alliance", "bloc") and self.a.mention_at(tok.head) is None:
            # "a coalition of Sunni states led by Saudi Arabia": the Saudi-led coalition, as the compound names it
            leaders = [m for p in prep_objects(tok, {"by"}) for m in self.args.actors_of(p) if m.type in ("COUNTRY", "ORGANIZATION")]
            if len(leaders) == 1:
                rel, modifier = "LEADS", leaders[0]
                members = [m for p in prep_objects(tok.head, {"including"}) for m in self.args.actors_of(p) if m.type == "COUNTRY"]
                if members:  # "..., and including the United Arab Emirates": members of the coalition so named
                    yield from self._coalition_members(tok, modifier, members)
        if rel is None or modifier is None:
            return
        head = tok.head if tok.dep_ in ("amod", "compound", "npadvmod", "nmod", "acl") else tok
        while head.dep_ in ("amod", "compound") and head.head.i != head.i and head.pos_ not in ("NOUN", "PROPN"):
            head = head.head
        target = self.args.actor_of(head, place=rel == "CONTROLS")
        blocs = ("coalition", "alliance", "force", "mission", "operation", "campaign", "bloc")
        if target is None and head.lemma_.lower() not in blocs:  # "Saudi-led coalition jets": the coalition is the actor
            head = next((c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in blocs), head)
        led = head.lemma_.lower() in self.lx.words["force_nouns"] or head.lemma_.lower() in self.lx.nouns
        if target is None and rel == "LEADS" and tok.text.lower().endswith("led") and led and head.lemma_.lower() not in blocs:
            # "Saudi-led warplanes", "U.S.-led air strikes": the coalition so led is the actor
            start = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" else tok.i
            surface = doc[start : head.i + 1].text if head.i > tok.i else doc[start : tok.i + 1].text  # "Saudi-led warplanes"
            coalition = Mention(start, tok.i + 1, f"{self._short(modifier)}-led coalition", "GROUP", surface, kind="role")
            self.a.add(coalition)
            yield self._make(modifier, rel, coalition, tok, 0.85, clause=head)
            return
        if target is None and rel in ("LEADS", "SUPPORTS", "ALLIED_WITH") and head.lemma_.lower() in blocs:
            target = self._add_bloc(modifier, tok.text.split('-')[-1].lower(), head)
        deal = _is_deal(head)
        sponsored = tok.lower_.endswith("sponsored") and deal  # "U.N.-sponsored talks between X and Y"
        if target is None and (rel == "NEGOTIATES_WITH" or sponsored) and (deal or head.lemma_.lower() in {"plan", "process", "initiative"}):
            yield from (self._make(modifier, "NEGOTIATES_WITH", p, tok, 0.75, clause=head) for p in self._deal_parties(head))
            return
        if target is None:
            return
        if rel == "LEADS" and led and target.type == "ORGANIZATION" and not target.start <= head.i < target.end:
            return  # "Brazilian-led U.N. peacekeepers": Brazil leads the force, not the United Nations
        yield self._make(modifier, rel, target, tok, 0.85, clause=head)

    def _add_bloc(self, maker: Mention, participle: str, head: Token) -> Mention:
        """The bloc a state leads or backs, named as the compound names it: "the Saudi-led coalition"."""
        noun = "coalition" if participle == "led" and head.lemma_.lower() in ("operation", "campaign") else head.lemma_.lower()
        name = f"{self._short(maker)}-{participle} {noun}"  # "the U.S.-led campaign against X": the U.S.-led coalition
        return self.a.add(Mention(head.i, head.i + 1, name, "GROUP", self.a._np_text(head), kind="role"))

    def _coalition_members(self, led: Token, leader: Mention, members: list[Mention]) -> Iterator[Found]:
        head = led.head
        bloc = self._add_bloc(leader, "led", head)
        for m in members:
            if m.name != leader.name:
                yield self._make(m, "MEMBER_OF", bloc, led, 0.75, clause=head)

    def _between_what(self, tok: Token) -> Token | None:
        """The talks, deal or truce whose "between X and Y" ends in ``tok``: "talks between Niger and the MNLA"."""
        cur = tok.head if tok.dep_ == "conj" else tok
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "pobj" or cur.head.lower_ != "between":
            return None
        noun = cur.head.head
        return noun if _is_deal(noun) else None

    def _deal_parties(self, deal: Token) -> list[Mention]:
        """The parties to a deal, a truce or talks: "between X and Y", "a ceasefire with Y" made by the clause's
        subject, or the subject of the clause it is agreed, observed or signed in ("X agreed to leave under the deal")."""
        parties = [m for p in prep_objects(deal, {"between", "with"}) for m in self.args.actors_of(p)]
        verb = deal.head if deal.dep_ in ("dobj", "nsubjpass") else deal.head.head if deal.dep_ == "pobj" else None
        while verb is not None and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head  # "agreed to leave the town under a deal": who agreed
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            parties += [m for m in self.args.subjects(verb)[0] if all(m.name != q.name for q in parties)]
        return parties

    def _prefix(self, tok: Token, rel: str, target: Mention | None) -> Iterator[Found]:
        if target is None:
            return
        head = tok.head
        while head.dep_ in ("amod", "compound") and head.pos_ not in ("NOUN", "PROPN"):
            head = head.head
        subject = self.args.actor_of(head)
        if (subject is None or subject.name == target.name) and head.dep_ == "compound" and head.head.pos_ == "PROPN":
            subject = self.args.actor_of(head.head)  # "the anti-Taliban commander Ahmad Shah Massoud": the commander named
        if subject is not None:
            yield self._make(subject, rel, target, tok, 0.8, clause=head)

    def party_members(self) -> Iterator[Found]:
        """ "Republican Senator John McCain", "Democratic candidate Hillary Clinton", "Labour leader X":
        a party adjective right before a person's title or name makes the person a member of the party,
        unless the person is known as another state's."""
        doc = self.a.doc
        for i, m in sorted(self.a.mentions.items()):
            if m.type != "PERSON" or i != m.start or m.kind != "entity":
                continue
            for t in doc[max(m.start - 3, doc[m.start].sent.start) : m.start]:
                party = self.lx.parties.get(t.lower_)
                if party is None or not t.text[:1].isupper() or t.pos_ not in ("ADJ", "PROPN", "NOUN"):
                    continue
                known = self.gaz.by_name(m.name)
                if known is not None and known.iso3 not in (None, party[1]):
                    break
                body = Mention(t.i, t.i + 1, party[0], "ORGANIZATION", t.text, kind="role", iso3=party[1])
                yield self._make(m, "MEMBER_OF", body, doc[m.start], 0.8)
                break

    def _title_prefix(self, window: list[Token]) -> list[Token]:
        """The words of a title window before its first title word: "Kurdish rebel" of "Kurdish rebel leader"."""
        return list(itertools.takewhile(lambda t: t.lower_ not in self._title_words, window))

    def _title_group(self, window: list[Token]) -> Mention | None:
        """The group named before a title: "Kurdish rebel leader", "Maoist chief", "Bosnian Serb leader"."""
        prefix = self._title_prefix(window)
        name = title_group(prefix, self.gaz)
        if name is None:
            return None
        entry = self.gaz.lookup(name)
        if entry is not None and entry.type in ("GROUP", "ORGANIZATION"):
            return Mention(prefix[0].i, prefix[-1].i + 1, entry.name, entry.type, name, kind="role")
        return Mention(prefix[0].i, prefix[-1].i + 1, name, "GROUP", name, kind="role")

    def _served(self, m: Mention) -> Mention:
        """Whom one serves who serves ``m``: a person's state or group, else ``m`` itself."""
        if m.type != "PERSON":
            return m
        aff, known = self.a.affiliations.get(m.name), self.gaz.by_name(m.name)
        holds = (aff.relation == "LEADS") if aff is not None else (known is not None and known.role == "leader")
        if not holds:
            return m  # "a spokesman for Raila Odinga": an opposition leader's own man, not the state's
        side = self.gaz.by_name(self.a.side_of(m))
        if side is None or side.type == "PERSON":
            return m
        return Mention(m.start, m.end, side.name, side.type, m.text, kind="role", iso3=side.iso3)

    def vowed_revenge(self, tok: Token) -> Iterator[Found]:
        """ "Hamas vowed revenge", "vowed to avenge the dead": a threat against whoever the story last told
        striking the vower's side, when no target is written."""
        vow = tok.head
        if any(prep_objects(tok, {"against", "on", "for"})) or any(c.dep_ == "dobj" and self.args.actors_of(c) for c in tok.children):
            return  # "revenge against Israel", "avenge Israel's raid": the target is written (the noun rules read it)
        vowers, _ = self.args.subjects(vow)
        since = sentences_back(tok, 4)
        for v in vowers:
            sides = {v.name, self.a.side_of(v)} | {f.obj.name for f in self._found if f.rel in ("MEMBER_OF", "LEADS") and f.subj.name == v.name}
            strikes = [f for f in self._found if f.rel == "ATTACKS" and not f.negated and since <= f.trigger.i < tok.sent.start
                       and f.obj.name in sides and f.subj.type != "LOCATION" and f.subj.name not in sides]
            for doer in _latest_doers(tok, strikes) if strikes else []:
                yield self._make(v, "THREATENS", doer, vow, 0.65)

    def or_face(self, face: Token) -> Iterator[Found]:
        """ "gave Jammeh until noon to step down or face military action", "warned X to leave or face sanctions",
        "the junta has 72 hours to hand power back or face sanctions, ECOWAS said": an ultimatum threatens its addressee."""
        demand = face.head
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in demand.children) or not any(
                c.dep_ == "dobj" and noun_lemma(c) in _ULTIMATUM_THREATS for c in face.children):
            return
        verb = demand.head if demand.dep_ in ("xcomp", "advcl") else demand.head.head if demand.dep_ == "relcl" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return
        if verb.lemma_.lower() == "have":  # "X has 72 hours to ... or face ...": the one who says so threatens X
            addressees, _ = self.args.subjects(verb)
            speaker = self.args.speaker(verb)
            threateners = [speaker] if speaker is not None else []
        else:
            addressees = [m for c in verb.children if c.dep_ in ("dobj", "dative") for m in self.args.actors_of(c)]
            threateners, _ = self.args.subjects(verb)
        for t in threateners:
            for a in addressees:
                if a.name != t.name:
                    yield self._make(t, "THREATENS", a, face, 0.7, clause=verb)

    def on_condition(self, verb: Token) -> Iterator[Found]:
        """ "X threatened to quit the talks unless Y withdrew", "X warned it would cut off oil if Y did not pay":
        a threat made to Y, the one whose deed the condition names (never X's own side: "if it is attacked")."""
        if verb.lemma_.lower() == "warn":
            acts = [c for c in verb.children if c.dep_ == "ccomp" and self._own_will(c, verb)]
        else:
            acts = [c for c in verb.children if c.dep_ == "xcomp"]
        makers, _ = self.args.subjects(verb)
        if not acts or not makers:
            return
        for act in [verb, *acts]:
            for cond in act.children:
                if cond.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in cond.children):
                    continue
                told = [m for c in cond.children if c.dep_ in ("nsubj", "nsubjpass") for m in self.args.actors_of(c)]
                for y in told:
                    if self._on_side_of([y], makers):
                        continue
                    for x in makers:
                        yield self._make(x, "THREATENS", y, verb, 0.65)

    def _latest_group(self, before: int) -> Mention | None:
        """The armed group the article named last before token ``before``."""
        groups = [m for i, m in sorted(self.a.mentions.items()) if i < before and i == m.start and m.kind == "entity" and m.type == "GROUP"
                  and m.name.split()[-1][:1].isupper()]  # a name ("the NRA", "the FMLN"), not "Western nations"
        return groups[-1] if groups else None

    def _title_name(self, window: list[Token]) -> Mention | None:
        """A name no list knows before a group's title: "Seleka leader X", "LURD spokesman X" — a
        capitalised proper-noun run that is not a common word ("Army spokesman") nor a place."""
        prefix = self._title_prefix(window)
        rest = [t.lower_ for t in window[len(prefix):]]
        if not prefix or not rest or rest[0] not in _GROUP_TITLES:
            return None
        words = self.lx.words
        common = words["force_nouns"] | words["military_nouns"] | words["government_nouns"] | words["rebel_nouns"] | words["group_nouns"]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in common and t.lower_ not in OFFICE_WORDS and self.a.mention_at(t) is None
                   and self.gaz.demonym(t.text) is None for t in prefix):
            return None
        name = " ".join(t.text for t in prefix)
        return Mention(prefix[0].i, prefix[-1].i + 1, name, "GROUP", name, kind="role")

    def _army_of(self, state: Mention) -> Mention | None:
        """The armed forces of a state, named as the role nouns name them ("Syrian army")."""
        name = self.a.army_name(state.name)
        return Mention(state.start, state.end, name, "ORGANIZATION", name, kind="role", iso3=state.iso3) if name is not None else None

    def _short(self, m: Mention) -> str:
        entry = self.gaz.by_name(m.name)
        return entry.short if entry is not None else m.name

    def _counterpart_relation(self, person: Mention, owner: Mention, earlier: list[str]) -> str:
        entry = self.gaz.by_name(person.name)
        if entry is not None and entry.role == "leader" and not entry.affiliation and entry.iso3 == owner.iso3:
            return "LEADS"
        return earlier[-1] if earlier else "MEMBER_OF"

    # -- titles ---------------------------------------------------------------
    def titles(self) -> Iterator[Found]:
        doc = self.a.doc
        seen: set[int] = set()
        lead, member = self.lx.words["titles_lead"], self.lx.words["titles_member"]
        found_here: list[str] = []
        listed: tuple[int, int, Mention] | None = None  # (sentence start, end of the last titled name, its state)
        for i, m in sorted(self.a.mentions.items()):
            if m.type != "PERSON" or m.start in seen or i != m.start or m.kind != "entity":
                continue
            seen.add(m.start)
            j = m.start - 1
            sent_start = doc[m.start].sent.start
            posted = m.start  # "U.S. Ambassador to the United Nations X": where the envoy is posted is no owner
            while j >= sent_start and m.start - j <= 9:
                t = doc[j]
                if t.lower_ == "to" and j > sent_start and doc[j - 1].lemma_.lower() in self.lx.words["envoy_nouns"]:
                    posted = j
                    j -= 1
                    continue
                if t.text == "," and j == m.start - 1 and j > sent_start and doc[j - 1].lower_ == "counterpart":
                    j -= 1  # "his Japanese counterpart, Yoshimasa Hayashi": the name set off by a comma
                    continue
                if t.pos_ in ("VERB", "AUX", "ADV", "CCONJ", "SCONJ", "PRON", "NUM") or (t.pos_ == "ADP" and t.lower_ != "of") or t.text in ",;:()–—\"“”" or t.is_space:
                    break
                other = self.a.mention_at(t)
                if other is not None and other.type == "PERSON":
                    break
                j -= 1
            window = [t for t in doc[j + 1 : m.start] if t.dep_ != "det"]
            if not window:
                continue
            words = [t.lower_ for t in window]
            text = re.sub(r"-elect\b|-designate\b", "", doc[window[0].i : m.start].text.lower().replace(" - ", "-")).rstrip(" ,")
            if {"former", "ex", "ousted", "deposed", "toppled", "late"} & set(words) or any(w.startswith("ex-") for w in words):
                continue
            owning = [t for t in window if t.i < posted]
            against = [t for t in owning if anti_prefixed(t)]  # "the anti-Taliban commander X": the Taliban's foe, not its member
            owning = [t for t in owning if t not in against]
            owners = [om for t in owning for om in [self.a.mention_at(t)] if om is not None and om.type != "PERSON"]
            # "Ugandan opposition leader X": the opposition, not the state its adjective names
            owner = next((om for om in owners if om.kind != "demonym" and om.type == "GROUP"), owners[0] if owners else None)
            if owner is None:
                owner = next((self._modifier_actor(t.text, t) for t in owning if self.gaz.demonym(t.text)), None)
            unopposed = [t for t in window if t not in against]
            group = self._title_group(unopposed) or (self._title_name(unopposed) if owner is None else None)
            if group is not None and (owner is None or owner.kind == "demonym"):
                owner = group  # "Kurdish rebel leader X", "Seleka leader X": the group, not the state
            if owner is None and against:
                continue  # no state of its own for a commander named by what he fights
            guessed = owner is not None and owner.kind == "role" and owner.type == "GROUP" and any(
                t.lower_ in _REBEL_TITLE_WORDS and self.a.mention_at(t) is owner for t in unopposed)  # "Rebel" read as "Ugandan rebels"
            if (owner is None or guessed) and any(t.lower_ in _REBEL_TITLE_WORDS for t in unopposed):
                owner = self._latest_group(m.start) or (owner if guessed else None)  # "Rebel leader Yoweri Museveni" after "the NRA advanced"
                if owner is None:
                    continue  # which rebels the title does not say: never the state a known name once led
            if owner is None and listed is not None and listed[0] == sent_start and all(
                t.text in (",", "and", "&") for t in doc[listed[1] : window[0].i]
            ):  # "Russian President X, Prime Minister Y and ...": the list's state
                owner = listed[2]
            known = self.gaz.by_name(m.name)
            if owner is None:  # "Prime Minister Dmitry Medvedev": a known person's own state
                state = self.gaz.country_by_iso3(known.iso3) if known is not None and not known.affiliation else None
                if state is not None:
                    owner = Mention.for_state(state, m.start, m.start)
            if owner is None and known is not None and known.affiliation and _BODY_TITLE_RE.search(text):
                body = self.gaz.by_name(known.affiliation)  # "Secretary-General Antonio Guterres": the body a known person serves
                if body is not None and body.type in ("ORGANIZATION", "GROUP"):
                    owner = Mention(m.start, m.start, body.name, body.type, body.name, kind="role", iso3=body.iso3)
            if owner is None and re.search(r"\bsecretary of state\b", text) and doc[m.start - 1].lower_ != "for":
                usa = self.gaz.by_name("United States")  # "Assistant Secretary of State James Kelly": the U.S. State Department's
                owner = Mention.for_state(usa, m.start, m.start) if usa is not None else None
            if owner is None and self.a.story_country is not None and known is None and m.end - m.start >= 2 and _NATIONAL_TITLE_RE.match(text.strip()):
                sc = self.a.story_country  # "Defence Minister X" in a story about Cameroon
                owner = Mention.for_state(sc, m.start, m.start)
            if owner is None:
                continue
            if "opposition" in words and owner.type == "COUNTRY":  # "opposition leader X" leads the state's opposition, not the state
                opposition = f"{self.gaz.demonym_of(owner.name) or owner.name} opposition"
                owner = Mention(m.start, m.start, opposition, "GROUP", opposition, kind="role", iso3=owner.iso3)
            is_vice = any(w in ("vice", "deputy") for w in words)
            padded = " " + " ".join(text.split()) + " "
            title = next((p for p in _longest_first(lead | member) if f" {p} " in padded), "")  # "prime minister" before "minister"
            if not title:
                continue
            rel = "LEADS" if title in lead and not is_vice else "MEMBER_OF"
            army_head = _ARMY_HEAD_RE.search(text) is not None
            if army_head and not is_vice and owner.type == "ORGANIZATION":
                rel = "LEADS"  # "Army chief General X" with the army named: he leads it
            if owner.type == "COUNTRY" and (army_head or _INSTITUTION_HEAD_RE.search(text)):
                army = self._army_of(owner) if army_head and not is_vice else None
                if army is not None:  # "army chief General X" leads the army
                    yield self._make(m, "LEADS", army, doc[m.start], 0.85)
                    continue
                rel = "MEMBER_OF"  # "police chief X" serves the state
            if rel == "MEMBER_OF" and owner.type == "COUNTRY" and re.search(r"\b(army|military|armed forces)\b", text):
                owner = self._army_of(owner) or owner  # "Army spokesman Colonel X", "military spokesman X": the army's
            if title == "counterpart":  # "President X ... his Russian counterpart Y": Y holds the same office
                rel = self._counterpart_relation(m, owner, found_here)
            found_here.append(rel)
            listed = (sent_start, m.end, owner) if owner.type == "COUNTRY" else None
            if owner.type == "COUNTRY" or (owner.type in ("GROUP", "ORGANIZATION") and owner.kind == "entity" and known is None):
                self.a.affiliate(m.name, owner.name, rel, text)  # "MILF chairman Hashim Salamat" speaks for the MILF
            yield self._make(m, rel, owner, doc[m.start], 0.9)
