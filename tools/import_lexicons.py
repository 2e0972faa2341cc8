"""Convert the PETRARCH2 / Phoenix dictionaries into newsgraph data files.

Reads  <shared>/lexicons/petrarch2/ (MIT; openeventdata/petrarch2 at commit 676801cd9cb2):
       CAMEO.2.0.txt, Phoenix.agents.txt, Phoenix.Countries.actors.txt,
       Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,
       Phoenix.discards.txt, LICENSE
Writes extract/data/cameo_verbs.json      verb lemma -> relation entries, plus the noun synsets
       extract/data/petrarch_agents.json  role noun -> sector, LEADS / MEMBER_OF, plurals
       extract/data/petrarch_actors.json  persons, organizations and groups with aliases and codes
       extract/data/LICENSE-petrarch2.txt the MIT license the three files inherit
       extract/data/README.md             what every file in extract/data is and how to rebuild it

Run from the repository root (standard library only, Python 3.10+):

    python tools/import_lexicons.py --shared ../shared

The output is deterministic (sorted keys, one entry per line), so a rerun on the same
input leaves ``git diff`` empty. Each file's ``_about`` states the conversion rules; the
counts printed at the end are repeated in extract/data/README.md.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


SOURCE = "openeventdata/petrarch2 at commit 676801cd9cb2 (petrarch2/data/dictionaries/), MIT license"
REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / "extract" / "data"
VERB_FILE = "CAMEO.2.0.txt"
AGENT_FILE = "Phoenix.agents.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
DISCARD_FILE = "Phoenix.discards.txt"
OUTPUTS = ("cameo_verbs.json", "petrarch_agents.json", "petrarch_actors.json")

RELATION_TYPES = (
    "SUPPORTS", "ALLIED_WITH", "PROVIDES_AID", "COOPERATES_WITH", "MEETS", "NEGOTIATES_WITH", "APPEALS_TO",
    "OPPOSES", "CRITICIZES", "THREATENS", "SANCTIONS", "ATTACKS", "DEPLOYS_TO", "LEADS", "MEMBER_OF", "CONTROLS",
)
# ../shared/lexicons/README.md, "CAMEO roots -> newsgraph relation types". A code takes the type of its
# longest listed prefix: a root's sub-codes inherit the root's type unless the table names them itself.
# Roots 16 and 17 are listed only through 161, 163 and 172; their other codes have no type.
CAMEO_TYPES: dict[str, str | None] = {
    "01": None, "02": "APPEALS_TO", "03": "COOPERATES_WITH", "033": "PROVIDES_AID", "036": "MEETS",
    "04": "MEETS", "045": "NEGOTIATES_WITH", "046": "NEGOTIATES_WITH", "05": "SUPPORTS", "057": "COOPERATES_WITH",
    "06": "COOPERATES_WITH", "062": "PROVIDES_AID", "07": "PROVIDES_AID", "08": None, "09": None,
    "10": "APPEALS_TO", "11": "CRITICIZES", "12": "OPPOSES", "13": "THREATENS", "14": "OPPOSES", "15": "DEPLOYS_TO",
    "161": "OPPOSES", "163": "SANCTIONS", "172": "SANCTIONS", "18": "ATTACKS", "19": "ATTACKS", "20": "ATTACKS",
}
ALLIANCE_WORDS = frozenset({"alliance", "alliances", "ally", "allies", "coalition"})  # 057 -> ALLIED_WITH

PREPOSITIONS = word_set(
    "ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMONG AMONGST AROUND AS AT BEFORE BEHIND BELOW "
    "BENEATH BESIDE BETWEEN BEYOND BY DESPITE DURING FOR FROM IN INSIDE INTO LIKE NEAR OF ON ONTO OUTSIDE "
    "OVER PAST SINCE THROUGH THROUGHOUT TO TOWARD TOWARDS UNDER UNTIL UPON VIA WITH WITHIN WITHOUT"
)
PARTICLES = word_set("UP OUT OFF DOWN BACK AWAY ASIDE FORWARD AHEAD TOGETHER APART")
OBJ_ORDER = {"dobj": 0, "dative": 1, "pobj": 3}
# Words PETRARCH2 needs as noun heads that no noun phrase can have: such patterns never match there either.
FUNCTION_WORDS = word_set(
    "a an and are be been but had has have if is it its no not or shall should than that the was were whether "
    "which who will would"
)
NOT_ADVERBS = word_set("ally assembly daily early family fly friendly july overfly rally reply supply")

# ISO 3166-1 alpha-3 (249 codes, checked against pycountry when this table was written).
ISO3 = word_set(
    "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS "
    "BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV "
    "CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM "
    "GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN "
    "IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE "
    "LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS "
    "MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK "
    "PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR "
    "SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY "
    "USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE"
)
LEGACY_COUNTRY = {"TMP": "TLS"}  # CAMEO's East Timor; other non-ISO prefixes (IGO, NGO, USR, KSV ...) -> null


PATTERN_DROP_REASONS = frozenset({
    "source or compound-actor marker ($, %)", "target before the verb", "prepositional phrase before the verb",
    "adverb or function word where a noun is required",
})


class SourceError(Exception):
    """A source file is missing: reported as one line, exit status 1."""


# ---------------------------------------------------------------- shared helpers


def strip_comment(line: str) -> str:
    """The line without its '#' comment (PETRARCH treats '#' anywhere as a comment start)."""
    return line.split("#", 1)[0].rstrip()


def read_source(path: Path) -> str:
    """A dictionary file as text; the few undecodable bytes become U+FFFD (entries with them are dropped)."""
    if not path.is_file():
        raise SourceError(f"missing source file {path}")
    return path.read_text(encoding="utf-8", errors="replace")


def words_of(phrase: str) -> str:
    """A dictionary phrase in plain form: '_' and runs of blanks become one space, lower case."""
    return " ".join(phrase.replace("_", " ").split()).lower()


def render_json(doc: dict[str, Any]) -> str:
    """Deterministic JSON: top-level keys sorted, one entry of each section per line (diff-friendly)."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    parts = []
    for key in sorted(doc):
        value = doc[key]
        if isinstance(value, dict) and value:
            body = ",\n".join(f"{one(k)}: {one(v)}" for k, v in sorted(value.items()))
            parts.append(f"{one(key)}: {{\n{body}\n}}")
        elif isinstance(value, list) and value:
            body = ",\n".join(one(v) for v in value)
            parts.append(f"{one(key)}: [\n{body}\n]")
        else:
            parts.append(f"{one(key)}: {one(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


# ---------------------------------------------------------------- CAMEO verbs


def split_code(raw: str) -> tuple[str | None, str]:
    """(code, status) of a CAMEO code field: status is ok, null ('---'), reverse (':173') or bad.

    '[042:043]' codes the subject->object event 042 and the reverse event 043: the first part is kept.
    """
    code = raw.strip().rstrip("!")
    if code in ("", "---"):
        return None, "null"
    if ":" in code:
        code = code.split(":", 1)[0].strip()
        if not code:
            return None, "reverse"
        if code == "---":
            return None, "null"
    return (code, "ok") if code.isdigit() else (None, "bad")


def relation_for(code: str, words: Iterable[str] = ()) -> str | None:
    """The newsgraph relation type of a CAMEO code (None when the table gives none)."""
    for size in (3, 2):
        if code[:size] in CAMEO_TYPES:
            rel = CAMEO_TYPES[code[:size]]
            if code.startswith("057") and ALLIANCE_WORDS & set(words):
                return "ALLIED_WITH"
            return rel
    return None


@dataclass(frozen=True)
class Shape:
    """What a pattern requires around the verb, and where its target (object actor) is found."""

    obj: tuple[str, ...]
    theme: str | None = None
    theme_synset: str | None = None
    prt: tuple[str, ...] = ()
    pp: tuple[str, ...] = ()
    subj: str | None = None
    subj_synset: str | None = None

    def words(self) -> set[str]:
        """The words of the theme and the required phrases."""
        return set(" ".join(filter(None, (self.theme, *self.pp))).split())

    def bare(self) -> bool:
        """Only a target slot, no other condition."""
        return self == Shape(obj=self.obj)


@dataclass
class Pattern:
    """One '- ... [code]' line: its code and Shape, or why it cannot be used."""

    code: str | None
    status: str  # "ok" or the reason it is dropped
    shape: Shape | None = None


@dataclass
class VerbBlock:
    """A '--- NAME [code] ---' block: its default code, verb lines and patterns."""

    name: str
    code: str | None
    verbs: list[tuple[str, str | None, str]] = field(default_factory=list)  # (lemma, own code, code status)
    patterns: list[Pattern] = field(default_factory=list)


Item = tuple[str, str, tuple[str, ...]]  # (kind w|np|pp, head word, words)


def pattern_items(text: str) -> list[Item]:
    """Tokens of one side of a pattern: words, {noun phrases} and (prepositional phrases)."""
    tokens = re.findall(r"[(){}]|[^\s(){}]+", text)
    items: list[Item] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in (")", "}"):
            raise ValueError("unbalanced bracket")
        if tok in ("(", "{"):
            close = ")" if tok == "(" else "}"
            inner: list[str] = []
            i += 1
            while i < len(tokens) and tokens[i] != close:
                if tokens[i] in ("(", ")"):
                    raise ValueError("nested parentheses")
                if tokens[i] not in ("{", "}"):
                    inner.append(tokens[i])
                i += 1
            if i == len(tokens) or not inner:
                raise ValueError("unbalanced bracket")
            items.append(("pp", inner[0], tuple(inner[1:])) if tok == "(" else ("np", "", tuple(inner)))
        else:
            items.append(("w", tok, ()))
        i += 1
    return items


def pattern_word(word: str, synsets: dict[str, list[str]]) -> str:
    """A pattern word in output form: synset references stay '&NAME', other words lower case."""
    if word.startswith("&"):
        name = word.rstrip("_")
        if name not in synsets:
            raise KeyError(name)
        return name
    plain = words_of(word)
    if plain in FUNCTION_WORDS or (plain.endswith("ly") and plain not in NOT_ADVERBS):
        raise ValueError("adverb or function word where a noun is required")
    return plain


def subject_shape(pre: list[Item], synsets: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(subj, subj_synset) from the words before '*'."""
    if any(kind == "pp" for kind, _, _ in pre):
        raise ValueError("prepositional phrase before the verb")
    words = [w for kind, head, ws in pre for w in ((head,) if kind == "w" else ws) if w != "^"]
    if "+" in words:
        raise ValueError("target before the verb")
    phrase = " ".join(pattern_word(w, synsets) for w in words)
    if len(words) == 1 and words[0].startswith("&"):
        return None, phrase
    return (phrase or None), None


def object_shape(post: list[Item], synsets: dict[str, list[str]]) -> dict[str, Any]:
    """Particles, theme words, required phrases and target slots of the words after '*'."""
    prt: list[str] = []
    theme: list[str] = []
    pps: list[str] = []
    slots: list[str] = []
    bare: list[str] | None = None  # a preposition written without parentheses, and its words

    def flush() -> None:
        if bare is not None:
            (slots.append(bare[0]) if len(bare) == 1 else pps.append(" ".join(bare)))

    for kind, head, inner in post:
        if kind == "pp":
            flush()
            bare = None
            inner = tuple(w for w in inner if w.upper() not in ("THE", "A", "AN"))
            if head.upper() in PARTICLES:  # '(ASIDE RIFT)', '(OUT) (OF COALITION)'
                prt.append(head.lower())
                theme.extend(pattern_word(w, synsets) for w in inner)
            elif not set(head.upper().split("/")) <= PREPOSITIONS:
                raise ValueError(f"'({head}' is not a preposition")
            elif not inner or "+" in inner:
                slots.extend(head.lower().split("/"))
            else:
                pps.append(" ".join([head.lower()] + ["*" if w == "^" else pattern_word(w, synsets) for w in inner]))
        elif kind == "np":
            phrase = " ".join(pattern_word(w, synsets) for w in inner)
            (bare.append(phrase) if bare is not None else theme.append(phrase))
        elif head == "+":
            if bare is not None:
                slots.append(bare[0])
                bare = None
            elif not slots:
                slots.append("dobj")
        elif head == "^":
            if bare is not None:
                bare.append("*")
        elif head.upper() in PARTICLES and not (theme or pps or slots) and bare is None:
            prt.append(head.lower())
        elif head.upper() in PREPOSITIONS:
            flush()
            bare = [head.lower()]
        elif bare is not None:
            bare.append(pattern_word(head, synsets))
        else:
            theme.append(pattern_word(head, synsets))
    flush()
    return {"prt": prt, "theme": theme, "pp": pps, "slots": slots}


def target_slots(slots: list[str], has_theme: bool, has_prt: bool) -> tuple[str, ...]:
    """Where the target is: the pattern's '+' / empty '(PREP)', else the verb's first free object."""
    if slots:
        if has_theme and "dobj" in slots:  # '* + MISSION': the actor is the indirect object
            slots = ["dative" if s == "dobj" else s for s in slots]
        return tuple(dict.fromkeys(slots))
    if has_theme:
        return ("dative", "pobj")
    return ("dobj", "pobj") if has_prt else ("dobj",)


def pattern_shape(text: str, synsets: dict[str, list[str]]) -> Shape:
    """The Shape of a pattern's text ('<before> * <after>'); ValueError/KeyError when it cannot be used."""
    if text.count("*") != 1:
        raise ValueError("not exactly one '*'")
    if "$" in text or "%" in text:
        raise ValueError("source or compound-actor marker ($, %)")
    before, after = text.split("*")
    subj, subj_synset = subject_shape(pattern_items(before), synsets)
    parts = object_shape(pattern_items(after), synsets)
    theme: list[str] = parts["theme"]
    synset_theme = theme[0] if len(theme) == 1 and theme[0].startswith("&") and " " not in theme[0] else None
    return Shape(
        obj=target_slots(parts["slots"], bool(theme), bool(parts["prt"])),
        theme=None if synset_theme or not theme else " ".join(theme),
        theme_synset=synset_theme,
        prt=tuple(parts["prt"]),
        pp=tuple(parts["pp"]),
        subj=subj,
        subj_synset=subj_synset,
    )


VERB_PREFIXES = word_set("co counter de non pre re")


def verb_lemma(primary: str) -> str | None:
    """Lemma of a verb line's primary form: '+CARRY_OUT' -> 'carry out'; None for '+KILLED_AND' fragments."""
    words = [w for w in primary.replace("+", "").lower().split("_") if w]
    if not words or {"and", "or"} & set(words):
        return None
    if words[0] in ("is", "are", "was", "were"):
        words[0] = "be"
    if len(words) > 1 and words[0] in VERB_PREFIXES:  # 'RE_+ESTABLISH' -> 're-establish', as 'RE-ELECT' is written
        words[:2] = [f"{words[0]}-{words[1]}"]
    return " ".join(words)


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    """The '&NAME' / '+WORD' noun synsets before '####### VERB PATTERNS'."""
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            break
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            current = line.rstrip("_")
            synsets.setdefault(current, [])
        elif line.startswith("+") and current:
            word = words_of(line[1:].rstrip("_"))
            if word and word not in synsets[current]:
                synsets[current].append(word)
    return synsets


def parse_verb_blocks(lines: list[str], synsets: dict[str, list[str]], stats: VerbStats) -> list[VerbBlock]:
    """The '--- NAME [code] ---' blocks with their verbs and patterns."""
    blocks: list[VerbBlock] = []
    inside = False
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            inside = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = strip_comment(raw).strip()
        if not inside or not line or line.startswith("~"):
            continue
        header = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", line)
        if header:
            blocks.append(VerbBlock(header.group(1), split_code(header.group(2))[0]))
        elif line.startswith("-") and blocks:
            blocks[-1].patterns.append(parse_pattern(line[1:], synsets))
        elif blocks:
            verb = parse_verb_line(line)
            if verb:
                blocks[-1].verbs.append(verb)
            else:
                stats.verbs_dropped += 1
    return blocks


CODE_DROP_REASONS = {"null": "no CAMEO event ([---])", "reverse": "reverse-only code ([:NNN])", "bad": "malformed code"}


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> Pattern:
    """A pattern line without its leading '-': '* (AGAINST) [193] # comment' (comment already gone)."""
    codes = list(re.finditer(r"\[([^\]]*)\]", body))
    if not codes:
        return Pattern(None, "malformed code")
    code, status = split_code(codes[-1].group(1))
    if status != "ok":
        return Pattern(code, CODE_DROP_REASONS[status])
    try:
        shape = pattern_shape(body[: codes[-1].start()].strip(), synsets)
    except KeyError as exc:
        return Pattern(code, f"undefined synset {exc.args[0]}")
    except ValueError as exc:
        reason = str(exc)
        return Pattern(code, reason if reason in PATTERN_DROP_REASONS else "malformed pattern")
    return Pattern(code, "ok", shape)


def parse_verb_line(line: str) -> tuple[str, str | None, str] | None:
    """(lemma, own code, code status) of a verb line such as 'SPY {SPIES SPIED} [090]'."""
    own = re.search(r"\[([^\]]*)\]", line)
    code: str | None = None
    status = "inherit"
    if own:
        code, status = split_code(own.group(1))
        line = line[: own.start()]
    words = re.sub(r"\{[^}]*\}?", " ", line).split()
    lemma = verb_lemma(words[0]) if words else None
    return (lemma, code, status) if lemma else None


def _obj_key(slot: str) -> tuple[int, str]:
    return (OBJ_ORDER.get(slot, 2), slot)


def shape_entry(rel: str, code: str, shape: Shape, seq: int) -> dict[str, Any]:
    entry: dict[str, Any] = {"rel": rel, "code": code, "obj": list(shape.obj), "_seq": seq}
    if shape.theme:
        entry["theme"] = [shape.theme]
    for key in ("theme_synset", "subj", "subj_synset"):
        if getattr(shape, key):
            entry[key] = getattr(shape, key)
    if shape.prt:
        entry["prt"] = list(shape.prt)
    if shape.pp:
        entry["pp"] = list(shape.pp)
    return entry


def merge_entries(entries: list[dict[str, Any]], fld: str) -> list[dict[str, Any]]:
    """Merge entries equal in everything but `fld` (and code): `fld` lists are united, the first code is kept."""
    groups: dict[str, dict[str, Any]] = {}
    for entry in sorted(entries, key=lambda e: e["_seq"]):
        others = {k: v for k, v in entry.items() if k not in (fld, "code", "_seq")}
        key = json.dumps([fld in entry, others], sort_keys=True)
        if key in groups:
            kept = groups[key]
            kept[fld] = list(dict.fromkeys(kept.get(fld, []) + entry.get(fld, [])))
        else:
            groups[key] = dict(entry)
    return list(groups.values())


def compact(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge identical entries and alternatives (objects, themes) until nothing changes; sorted output."""
    while True:
        before = len(entries)
        entries = merge_entries(merge_entries(entries, "obj"), "theme")
        if len(entries) == before:
            break
    for entry in entries:
        entry["obj"] = sorted(entry["obj"], key=_obj_key)
        if "theme" in entry:
            entry["theme"] = sorted(entry["theme"])
    constrained = ("theme", "theme_synset", "prt", "pp", "subj", "subj_synset")
    entries.sort(key=lambda e: (any(k in e for k in constrained), e["rel"], json.dumps(e, sort_keys=True)))
    return [{k: v for k, v in e.items() if k != "_seq"} for e in entries]


@dataclass
class VerbStats:
    blocks: int = 0
    verb_lines: int = 0
    patterns: int = 0
    outcome: Counter[str] = field(default_factory=Counter)
    lemmas_total: int = 0
    verbs_dropped: int = 0


# What a usable pattern became; one used for several verbs counts as the first that applies to any of them.
OUTCOMES = ("own entry", "preposition added to the verb's default entry", "same type as the verb's default entry",
            "no newsgraph type for its CAMEO code", "block has no verbs")


def block_entries(block: VerbBlock, stats: VerbStats, seq: Iterator[int]) -> dict[str, list[dict[str, Any]]]:
    """Entries per lemma of one verb block; tallies what each pattern became."""
    outcome = [len(OUTCOMES) - 1] * len(block.patterns)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for lemma, own_code, own_status in block.verbs:
        code = own_code if own_status != "inherit" else block.code
        default = relation_for(code, lemma.split()) if code else None
        entries: list[dict[str, Any]] = []
        if default and code:
            entries.append(shape_entry(default, code, Shape(obj=("dobj",)), next(seq)))
        for index, pat in enumerate(block.patterns):
            if pat.status != "ok" or not pat.shape or not pat.code:
                continue
            rel = relation_for(pat.code, pat.shape.words())
            if rel is None:
                result = 3
            elif rel == default and pat.shape.bare() and pat.shape.obj != ("dobj",):
                entries[0]["obj"] = list(dict.fromkeys(entries[0]["obj"] + list(pat.shape.obj)))
                result = 1
            elif rel == default:
                result = 2
            else:
                entries.append(shape_entry(rel, pat.code, pat.shape, next(seq)))
                result = 0
            outcome[index] = min(outcome[index], result)
        out[lemma].extend(entries)
    for pat, result in zip(block.patterns, outcome):
        stats.outcome[OUTCOMES[result] if pat.status == "ok" else pat.status] += 1
    return out


def build_verbs(text: str) -> tuple[dict[str, Any], VerbStats]:
    """cameo_verbs.json content and the import statistics."""
    lines = text.splitlines()
    synsets = parse_synsets(lines)
    stats = VerbStats()
    blocks = parse_verb_blocks(lines, synsets, stats)
    stats.blocks = len(blocks)
    stats.patterns = sum(len(b.patterns) for b in blocks)
    stats.verb_lines = sum(len(b.verbs) for b in blocks) + stats.verbs_dropped
    seq = iter(range(10**9))
    collected: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for block in blocks:
        for lemma, entries in block_entries(block, stats, seq).items():
            collected[lemma].extend(entries)
    verbs = {lemma: compact(entries) for lemma, entries in collected.items() if entries}
    stats.lemmas_total = len(collected)
    return {"verbs": verbs, "synsets": {name: sorted(words) for name, words in synsets.items()}}, stats


# ---------------------------------------------------------------- agents (role nouns)

MEMBER_SECTORS = word_set("GOV MIL COP JUD LEG SPY REB OPP PTY IGO NGO INS")
LEAD_HEADS = word_set(
    "autocrat chair chairman chairperson chairwoman chancellor chief commandant commander despot dictator "
    "director emir emperor empress governor head king leader leadership mayor monarch potentate premier "
    "president queen ruler shah sovereign speaker sultan tyrant ceo boss"
)
LEAD_PHRASES = ("prime minister", "chief minister", "first minister", "chief executive", "secretary general",
                "secretary-general", "director general", "director-general", "general secretary", "chief justice",
                "head of state", "head of government", "chief of state", "commander in chief")
NOT_LEAD_WORDS = word_set(
    "assistant associate deposed deputy ex exiled former junior late ousted retired sub under vice"
)
MEMBER_HEADS = word_set(  # roles inside some organisation whatever the sector ('company spokesman')
    "adviser advisor aide ambassador delegate delegation diplomat emissary envoy member negotiator official "
    "representative spokesman spokesperson spokeswoman"
)
PLURAL_ONLY = word_set("arms barracks headquarters means news series species")
STAFF_CHIEF = "chief of staff"  # LEADS only for a military code (army chief of staff); else MEMBER_OF
EQUIPMENT = word_set(
    "aircraft airplane apache barracks base battleship battlewagon boat bomber bombers carrier chinook "
    "corvette craft cruiser destroyer dragonfly drone drones falcon fighter frigate gun gunship helicopter "
    "helicopters hmmwv hornet humvee jet jetfighter kfir mig missile nighthawk orion phalanx plane planes "
    "position poseidon raptor reaper rocket ship submarine system tank tanks tomcat trainer typhoon uav "
    "vehicle vessel warplane warship"
)
NO_PLURAL = word_set(
    "aircraft artillery cavalry equipment infantry intelligence justice machinery naval personnel police "
    "security soldiery staff"
)
GENERAL_TITLES = word_set(
    "advocate attorney auditor consul director governor inspector procurator secretary solicitor surgeon"
)
# Source repairs: 'ADMINISTRATION' caught by a search-and-replace of MINIST; two stems left from TABARI.
AGENT_REPAIRS = (("AD!MINIST!RATION", "ADMINISTRATION"), ("_MINIST ", "_!MINIST! "), ("AUTHORIT ", "AUTHORITY "))


def plural_word(word: str) -> str | None:
    """English plural of one word (regular rules plus -man -> -men); None for abbreviations and mass nouns."""
    if not re.fullmatch(r"[a-z][a-z'-]*", word) or word in NO_PLURAL:
        return None
    if word.endswith(("monarch", "patriarch", "oligarch", "matriarch", "hierarch", "eunuch", "stomach")):
        return word + "s"
    if word.endswith("man") and word not in ("human", "german", "roman", "shaman", "ottoman", "talisman"):
        return word[:-3] + "men"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def head_index(words: list[str]) -> int:
    """Index of the head noun: the word before the first 'of'-like preposition, else the last word."""
    for i, word in enumerate(words[1:], 1):
        if word.upper() in PREPOSITIONS:
            return i - 1
    return len(words) - 1


def plural_of(noun: str) -> str | None:
    """'chief of staff' -> 'chiefs of staff', 'attorney general' -> 'attorneys general'."""
    words = noun.split()
    i = head_index(words)
    if words[i] == "general" and i > 0 and words[i - 1] in GENERAL_TITLES:
        i -= 1
    plural = plural_word(words[i])
    if plural is None:
        return None
    words[i] = plural
    return " ".join(words)


def looks_plural(noun: str) -> bool:
    word = noun.split()[head_index(noun.split())]
    if word.endswith("men"):
        return word not in ("abdomen", "omen", "regimen", "specimen", "stamen")
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def agent_noun(raw: str) -> str:
    """'FOREIGN_MINISTER' -> 'foreign minister' (commas and a leading 'the' go)."""
    noun = words_of(raw.replace(",", " "))
    for article in ("the ", "a "):
        noun = noun.removeprefix(article)
    return noun


def agent_sector(code: str) -> str:
    """'~GOVFRM' -> 'GOV', 'IGO~' -> 'IGO': the first three letters of the agent code."""
    return code.replace("~", "")[:3]


def agent_rel(noun: str, sector: str) -> str | None:
    """LEADS for heads of a state, organisation or unit; MEMBER_OF for other roles in an institution."""
    words = noun.split()
    if any(re.search(r"\d", w) and not re.fullmatch(r"\d+(st|nd|rd|th)", w) for w in words):
        return None  # F-16, SU-24: equipment
    at = head_index(words)
    if words[at] in EQUIPMENT:
        return None
    leads = words[at] in LEAD_HEADS or any(lead_phrase_at(words, at, p) for p in LEAD_PHRASES)
    if lead_phrase_at(words, at, STAFF_CHIEF):
        leads = sector == "MIL"
    if leads and not (set(words) & NOT_LEAD_WORDS or "in exile" in noun):
        return "LEADS"
    return "MEMBER_OF" if sector in MEMBER_SECTORS or words[at] in MEMBER_HEADS else None


def singular_of(noun: str) -> str | None:
    """'generals' -> 'general', 'armed forces' -> 'armed force', 'militiamen' -> 'militiaman'; None if unsure."""
    words = noun.split()
    i = head_index(words)
    word = words[i]
    if word in PLURAL_ONLY or not re.fullmatch(r"[a-z][a-z'-]*s|[a-z-]*men", word) or word.endswith(("ss", "us", "is")):
        return None
    for plural, single in (("men", "man"), ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", "")):
        if word.endswith(plural):
            words[i] = word[: len(word) - len(plural)] + single
            return " ".join(words)
    return None


def lead_phrase_at(words: list[str], head: int, phrase: str) -> bool:
    """Is `phrase` the head of the noun: ending at the head word, or starting there ('commander in chief of ...')?"""
    parts = phrase.split()
    for start in range(len(words) - len(parts) + 1):
        if words[start:start + len(parts)] == parts and head in (start, start + len(parts) - 1):
            return True
    return False


def marker_groups(items: list[str]) -> list[tuple[str, list[str]]]:
    """'MAN, MEN, WOMAN, WOMEN, PERSON' -> [(man, [men]), (woman, [women]), (person, [])]."""
    groups: list[tuple[str, list[str]]] = []
    for item in (agent_noun(i) for i in items):
        if groups and item in (plural_of(groups[-1][0]), groups[-1][0] + "s"):
            groups[-1][1].append(item)
        else:
            groups.append((item, []))
    return groups


@dataclass
class AgentStats:
    lines: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    replaced: int = 0
    folded: int = 0


AgentForm = tuple[str, list[str], bool]  # noun, plurals, listed in the plural


def agent_forms(noun_part: str, plural_part: str | None, markers: dict[str, list[str]]) -> list[AgentForm]:
    """(singular, plurals, listed-plural) of one agents line, with !MARKER! groups expanded.

    A noun listed in the plural ('GENERALS') is keyed by its singular, with the listed form as plural.
    """
    found = re.search(r"!(\w+)!", noun_part)
    if found and found.group(1) in markers:
        before, after = noun_part[: found.start()], noun_part[found.end():]
        return [
            (agent_noun(before + single + after), [agent_noun(before + p + after) for p in plurals], False)
            for single, plurals in marker_groups(markers[found.group(1)])
        ]
    noun = agent_noun(noun_part)
    if plural_part is not None:
        return [(noun, [agent_noun(plural_part)] if plural_part.strip() else [], False)]
    if looks_plural(noun):  # 'GENERALS', 'ARMED_FORCES': keyed by the singular, the listed form as its plural
        single = singular_of(noun)
        return [(single, [noun], True)] if single else [(noun, [], False)]
    plural = plural_of(noun)
    return [(noun, [plural] if plural else [], False)]


def build_agents(text: str) -> tuple[dict[str, Any], AgentStats]:
    """petrarch_agents.json content: role noun -> sector, relation, plurals, code."""
    stats = AgentStats()
    markers: dict[str, list[str]] = {}
    agents: dict[str, dict[str, Any]] = {}
    for raw in text.splitlines():
        line = strip_comment(raw).strip()
        if not line:
            continue
        marker = re.fullmatch(r"!(\w+)!\s*=\s*(.+)", line)
        if marker:
            markers[marker.group(1)] = [i.strip() for i in marker.group(2).split(",") if i.strip()]
            continue
        stats.lines += 1
        entry = re.fullmatch(r"([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]", line)
        if not entry:
            stats.dropped["no agent code"] += 1
            continue
        noun_part = entry.group(1) + " "
        for wrong, right in AGENT_REPAIRS:
            noun_part = noun_part.replace(wrong, right)
        code = entry.group(3).strip()
        for noun, plurals, listed_plural in agent_forms(noun_part, entry.group(2), markers):
            reason = agent_drop_reason(noun)
            if reason:
                stats.dropped[reason] += 1
                continue
            sector = agent_sector(code)
            agent = {"sector": sector, "rel": agent_rel(noun, sector), "plurals": plurals, "code": code}
            stats.replaced += add_agent(agents, noun, agent, listed_plural)
    plural_keys = {p for a in agents.values() for p in a["plurals"]} & set(agents)
    stats.folded = len(plural_keys)
    return {"agents": {k: _public(v) for k, v in agents.items() if k not in plural_keys}}, stats


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if not k.startswith("_")}


def add_agent(agents: dict[str, dict[str, Any]], noun: str, entry: dict[str, Any], listed_plural: bool) -> int:
    """Store an agent; returns 1 when an earlier line's noun is replaced (the later line wins, as in PETRARCH2).

    A noun keyed by the singular of a listed plural ('ARMED_FORCES [~MIL]') keeps its listed form as key when
    another line has the singular with a different code ('ARMED_FORCE [~UAF]').
    """
    if listed_plural:
        entry["_listed"] = entry["plurals"][0]
    old = agents.get(noun)
    if old is None:
        agents[noun] = entry
        return 0
    if old["code"] == entry["code"]:  # 'GENERAL' and 'GENERALS' both listed
        entry["plurals"] = list(dict.fromkeys(old["plurals"] + entry["plurals"]))
        agents[noun] = entry
        return 0
    for moved, kept in ((entry, old), (old, entry)):
        if "_listed" in moved:
            listed = moved["_listed"]
            agents[listed] = {**{k: v for k, v in moved.items() if k != "_listed"}, "plurals": []}
            kept["plurals"] = [p for p in kept["plurals"] if p != listed]
            agents[noun] = kept
            return 0
    agents[noun] = entry
    return 1


def agent_drop_reason(noun: str) -> str | None:
    if not noun:
        return "empty noun"
    if "\ufffd" in noun or "ã" in noun:
        return "damaged encoding"
    if noun.split()[-1].upper() in PREPOSITIONS:
        return "ends in a preposition ('ambassador to')"
    return None


# ---------------------------------------------------------------- actors (named people, organisations, groups)

GROUP_SECTORS = word_set("REB INS OPP UAF SEP KUR TAM TIB UIG")
# CAMEO sector / religion / ethnic parts of actor codes ('SYR' 'REB' 'MUS'); other parts name places or bodies.
KNOWN_SECTORS = word_set(
    "AGR BUD BUS CHR COP CTH CVL DEV EDU ELI ENV GOV HIN HLH HRI INS JEW JUD KUR LAB LEG MED MIL MOS MUS OPP "
    "PRO PTY RAD REB REF REL SEP SHI SIK SPY TAM TAO TIB UAF UIG"
)
CODE_PREFIXES = word_set("IGO NGO MNC IMG INT")
INSTITUTION_WORDS = word_set(
    "academy administration agencies agency airlines airline airways alliance armies army assembly "
    "association associations authority bank battalion battalions board brigade brigades brotherhood bureau "
    "cabinet center centre church club co coalition college command commission commissions committee "
    "committees community company conference congress consulate corp corporation corps council councils court "
    "department departments dept directorate division embassy emirate federal federation force forces forum "
    "foundation front fronts fund government group groups guard guards holdings house inc industries industry "
    "initiative institute international islands kingdom league liberation ltd media militia militias "
    "ministries ministry mission movement movements national navy network news ocean office organisation "
    "organisations organization organizations palace panel parliament parties party people's police press "
    "program programme project radio regime regiment republic reserve rifles sabha school secretariat senate "
    "service services society state states street system tank team television times tribunal trust tv union "
    "unions unit units united university yard"
)
PERSON_STOP_WORDS = word_set("and for from of the with")  # never inside a person's name (In, An, To are)
HONORIFICS = word_set(
    "ABU UMM SHEIKH SHEIK SHAYKH SAYYED SAYYID SAYED SEYED SEYYED MULLAH MAULANA IMAM HAJI HAJJI AYATOLLAH SIR DR "
    "DR. MR MR. MRS MRS. GEN GEN. PRESIDENT KING QUEEN PRINCE PRINCESS EMIR SULTAN"
)
NAME_PARTICLES = word_set("al el bin bint ibn de del della der den di da das dos du la le van von y")
COMPANY_SUFFIXES = word_set("CO CORP INC LTD PLC")  # written Co, Corp, Inc, Ltd, Plc
ORG_SMALL_WORDS = word_set("a an and at by for from in of on the to with")
ROMAN = re.compile(r"(II|III|IV|VI|VII|VIII|IX|XI|XII)")
ORDINAL = re.compile(r"\d+(ST|ND|RD|TH)")


@dataclass
class RawActor:
    """One actor entry as written: name line, '+' alias lines, '[CODE dates]' lines."""

    source: str
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, bool]] = field(default_factory=list)  # (code, has dates)
    paragraph: int = 0


def code_fields(text: str) -> list[tuple[str, bool]]:
    """'[SYRGOV >000717] [ELI]' -> [('SYRGOV', True), ('ELI', False)]; '[---]' is no code."""
    out = []
    for inner in re.findall(r"\[([^\]]*)\]", text):
        parts = inner.split()
        if parts and parts[0].strip("-"):
            out.append((parts[0].upper(), len(parts) > 1))
    return out


def parse_actor_file(text: str, source: str) -> list[RawActor]:
    """Entries of a Phoenix .actors file, PETRARCH's reading: '+' lines and code lines join the last name."""
    actors: list[RawActor] = []
    paragraph = 0
    for raw in text.splitlines():
        line = strip_comment(raw).strip()
        if not line:
            paragraph += 1
            continue
        codes = code_fields(line)
        bare = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if line.startswith("[") or (not bare and actors):
            if actors:
                actors[-1].codes.extend(codes)
        elif line.startswith("+"):
            if actors:
                actors[-1].aliases.extend(a for a in re.split(r"\s+\+", bare[1:]) if a.strip())
                actors[-1].codes.extend(codes)
        else:
            actors.append(RawActor(source, bare, codes=codes, paragraph=paragraph))
    inherit_codes(actors)
    return actors


def inherit_codes(actors: list[RawActor]) -> None:
    """Names listed one under another without codes take the codes of the next entry in their paragraph."""
    following: list[tuple[str, bool]] = []
    paragraph = -1
    for actor in reversed(actors):
        if actor.paragraph != paragraph:
            following, paragraph = [], actor.paragraph
        if actor.codes:
            following = actor.codes
        else:
            actor.codes = list(following)


def clean_name(raw: str) -> tuple[str, list[str]]:
    """'ANIMAL_LIBERATION_FRONT_(ALF)_' -> ('ANIMAL LIBERATION FRONT', ['ALF']): upper case, spaces."""
    text = " ".join(raw.replace("_", " ").replace(",", " ").split()).strip(" -;:")
    acronyms = []
    for inner in re.findall(r"\(([^)]*)\)", text):
        if is_acronym_of(inner.strip(), text):
            acronyms.append(inner.strip())
    text = " ".join(re.sub(r"\([^)]*\)", " ", text).split()).strip(" -;:")
    return text.removeprefix("THE "), acronyms


def is_acronym_of(short: str, name: str) -> bool:
    """True when the letters of `short` are the initials (in order) of words of `name`: ALF, DFLP."""
    if not re.fullmatch(r"[A-Z]{2,8}", short):
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", re.sub(r"\([^)]*\)", " ", name)) if w and w[0].isalpha())
    it = iter(initials)
    return all(letter in it for letter in short)


def fold(name: str) -> str:
    """Comparison key of a name: lower case, punctuation and hyphens as spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())


def country_of(codes: Iterable[str]) -> str | None:
    """The ISO 3166-1 alpha-3 code that starts the first code naming a country (null for IGO, NGO ...)."""
    for code in codes:
        prefix = LEGACY_COUNTRY.get(code[:3], code[:3])
        if prefix in ISO3:
            return prefix
    return None


def code_sectors(code: str, places: frozenset[str]) -> list[str]:
    """'SYRREBMUS' -> ['REB', 'MUS'], 'IGOUNO' -> ['IGO'], 'YUGBIH' -> []: the sector-like parts of a code."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    first = parts[:1] if parts and (parts[0] in CODE_PREFIXES or parts[0] in KNOWN_SECTORS - places) else []
    return first + [p for p in parts[1:] if p in KNOWN_SECTORS]


def case_token(token: str, first: bool) -> str:
    """'ASSAD' -> 'Assad', 'AL-QAEDA' -> 'Al-Qaeda' / 'al-Qaeda', "O'BRIEN" -> "O'Brien", "SYRIA'S" -> "Syria's"."""
    segments = token.lower().split("-")
    out = []
    for j, seg in enumerate(segments):
        if seg in ("al", "el") and not (first and j == 0) and j + 1 < len(segments):
            out.append(seg)
            continue
        pieces = seg.split("'")
        cased = [pieces[0][:1].upper() + pieces[0][1:]]
        for before, piece in pairwise(pieces):
            cased.append(piece[:1].upper() + piece[1:] if len(before) == 1 else piece)
        word = "'".join(cased)
        if re.fullmatch(r"Mc[a-z]{2,}", word):
            word = "Mc" + word[2].upper() + word[3:]
        out.append(word)
    return "-".join(out).replace("i\u0307", "i")


def keeps_upper(token: str, index: int, person: bool, acronyms: frozenset[str]) -> bool:
    """Tokens written in capitals in running text: initials, numbers, roman numerals, acronyms."""
    if re.fullmatch(r"([A-Z]\.)+[A-Z]?", token) or (re.search(r"\d", token) and not ORDINAL.fullmatch(token)):
        return True
    if index and ROMAN.fullmatch(token):
        return True
    if person:
        return False
    if token in acronyms:
        return True
    return token.isalpha() and len(token) > 1 and not re.search(r"[AEIOUY]", token) and token not in COMPANY_SUFFIXES


def natural_case(upper: str, person: bool, acronyms: frozenset[str] = frozenset()) -> str:
    """'BASHAR AL ASSAD' -> 'Bashar al-Assad'; 'UN DEPARTMENT OF PEACEKEEPING' -> 'UN Department of Peacekeeping'."""
    out: list[str] = []
    for i, token in enumerate(upper.split()):
        low = token.lower()
        if i and (low in NAME_PARTICLES or (not person and low in ORG_SMALL_WORDS)):
            out.append(low)
        elif keeps_upper(token, i, person, acronyms):
            out.append(token)
        else:
            out.append(case_token(token, first=(i == 0)))
    joined: list[str] = []
    for word in out:
        if len(joined) > 1 and joined[-1] in ("al", "el"):
            joined[-1] = f"{joined[-1]}-{word}"
        else:
            joined.append(word)
    return " ".join(joined)


@dataclass(frozen=True)
class ActorContext:
    """What classifying and filtering names needs from all the files."""

    places: frozenset[str]  # three-letter codes of countries and regions (no sector)
    first_names: frozenset[str]  # first words of dated person entries seen twice, minus place words
    common: frozenset[str]  # English words of the verb and agent dictionaries
    discards: frozenset[str]  # folded Phoenix.discards.txt phrases


def has_institution_word(upper: str) -> bool:
    """Does the name contain a word like ministry, army, party, front, council, palace?"""
    return any(t.lower().strip(".'") in INSTITUTION_WORDS for t in re.split(r"[\s/-]+", upper))


def person_like(upper: str, dated: bool, ctx: ActorContext, lenient: bool = False) -> bool:
    """A person's name: no institution word or digit, and dated role codes or a known first word.

    `lenient` (Phoenix.Countries, a list of office holders): any undated name of 2-6 such words whose last
    word is not a dictionary word (a surname).
    """
    tokens = upper.split()
    if has_institution_word(upper) or re.search(r"[\d&/@!?]", upper) or PERSON_STOP_WORDS & set(upper.lower().split()):
        return False
    if dated:
        return 1 <= len(tokens) <= 12
    if not 2 <= len(tokens) <= 6:
        return False
    if lenient:
        return tokens[-1].lower() not in ctx.common  # a surname, not 'AMERICAN VICE PRESIDENT'
    if any(t in ("BIN", "IBN", "BINT") for t in tokens[1:-1]):
        return True  # Osama bin Laden
    return tokens[0] in ctx.first_names or (tokens[0] in HONORIFICS and len(tokens) >= 3)


def actor_kind(actor: RawActor, upper: str, ctx: ActorContext) -> str:
    """person, organization, group, or place (a country-level entry: covered by gazetteer.json)."""
    codes = [c for c, _ in actor.codes]
    sectors = {s for c in codes for s in code_sectors(c, ctx.places)}
    if actor.source == ACTOR_FILES[0] and not sectors:
        return "place"
    dated = any(d for _, d in actor.codes)
    state_codes = [c for c in codes if c[:3] not in ("IGO", "NGO", "MNC")]  # NGOs, IGOs, companies: organizations
    group_sectors = {s for c in state_codes for s in code_sectors(c, ctx.places)} & GROUP_SECTORS
    lenient = actor.source == ACTOR_FILES[0] and not group_sectors  # 'JUND AL AQSA' [SYRREB] is no office holder
    if (dated or not all(c.startswith("MNC") for c in codes)) and person_like(upper, dated, ctx, lenient):
        return "person"  # undated MNC entries are companies, even when named after someone
    if actor.source == ACTOR_FILES[2] or group_sectors or any(c.startswith("IMG") for c in codes):
        return "group"
    return "organization"


def name_drop_reason(upper: str, ctx: ActorContext) -> str | None:
    if "\ufffd" in upper:
        return "damaged encoding"
    if not re.search(r"[^\W\d_]", upper):
        return "no letters"
    if len(upper) < 3:
        return "shorter than 3 characters"
    if fold(upper) in ctx.discards:
        return "listed in Phoenix.discards.txt"
    if " " not in upper and upper.lower() in ctx.common:
        return "a single common English word"
    return None


@dataclass
class ActorStats:
    entries: Counter[str] = field(default_factory=Counter)  # per source file
    kinds: Counter[str] = field(default_factory=Counter)  # entries read, per kind (before merging)
    dropped: Counter[str] = field(default_factory=Counter)
    aliases_dropped: Counter[str] = field(default_factory=Counter)
    split_persons: int = 0
    merged: int = 0


def english_words(verb_text: str, agent_text: str) -> set[str]:
    """The dictionaries' own English vocabulary: verbs and their forms, synset nouns, agent nouns.

    Pattern words are left out: they name actors too ('(BY NATO)').
    """
    lines = [strip_comment(line) for line in verb_text.splitlines() if not line.startswith(("-", "~", "&", "#"))]
    lines += [strip_comment(line).split("[")[0] for line in agent_text.splitlines()]
    return {w.lower() for line in lines for w in re.findall(r"[A-Za-z]{2,}", line)}


def actor_context(raw: dict[str, list[RawActor]], verb_text: str, agent_text: str, discard_text: str) -> ActorContext:
    """Country codes, first names, common words and discards gathered from all the dictionaries."""
    places = set(ISO3) | {c for a in raw[ACTOR_FILES[0]] for c, _ in a.codes if len(c) == 3}
    firsts: Counter[str] = Counter()
    for actor in raw[ACTOR_FILES[0]]:
        upper = clean_name(actor.name)[0]
        if any(d for _, d in actor.codes) and len(upper.split()) > 1 and not has_institution_word(upper):
            firsts[upper.split()[0]] += 1
    common = english_words(verb_text, agent_text)
    place_words = {  # 'GERMAN', 'SOVIET': one-word names of country entries (demonyms, towns), not first names
        clean_name(form)[0] for a in raw[ACTOR_FILES[0]] if a.codes and all(c in places for c, _ in a.codes)
        for form in (a.name, *a.aliases)
    }
    discards = {fold(strip_comment(line).strip().lstrip("+").rstrip("_ ")) for line in discard_text.splitlines()}
    return ActorContext(
        places=frozenset(places),
        first_names=frozenset(
            w for w, n in firsts.items()
            if n >= 2 and len(w) > 1 and w.isalpha() and w.lower() not in common | NAME_PARTICLES
            and w not in HONORIFICS | place_words
        ),
        common=frozenset(common | FUNCTION_WORDS | ORG_SMALL_WORDS),
        discards=frozenset(d for d in discards if d),
    )


Record = tuple[str, str, list[str], list[str], "str | None"]  # kind, NAME, ALIASES, codes, country


def actor_records(actor: RawActor, ctx: ActorContext, stats: ActorStats, shorts: set[str]) -> list[Record]:
    """The entry as (kind, NAME, ALIASES, codes, country), plus persons found among a group's aliases.

    Collects into `shorts` the 2-4 letter capitals forms of non-person entries (acronyms such as UN, IAEA).
    """
    upper, acronyms = clean_name(actor.name)
    if not actor.codes:
        stats.dropped["no code"] += 1
        return []
    kind = actor_kind(actor, upper, ctx)
    forms = acronyms + [f for a in actor.aliases for f in _with_acronyms(clean_name(a))]
    if kind != "person":  # places give only 2-3 letter forms (US, UAE): their 4-letter aliases are towns (MALE)
        short = r"[A-Z]{2,3}" if kind == "place" else r"[A-Z]{2,4}"
        shorts.update(f for f in [upper, *forms] if re.fullmatch(short, f) and f not in COMPANY_SUFFIXES)
    reason = "country or region entry (gazetteer.json has the states)" if kind == "place" else None
    reason = reason or name_drop_reason(upper, ctx)
    if reason:
        stats.dropped[reason] += 1
        return []
    codes = list(dict.fromkeys(c for c, _ in actor.codes))
    country = country_of(codes)
    aliases: list[str] = []
    persons: dict[str, list[str]] = {}
    for form in forms:
        why = name_drop_reason(form, ctx)
        if not why and kind == "person" and has_institution_word(form):
            why = "names an institution, on a person"
        if why:
            stats.aliases_dropped[why] += 1
        elif kind != "person" and person_like(form, False, ctx):
            same = next((p for p in persons if fold(without_honorifics(p)) == fold(without_honorifics(form))), None)
            (persons[same].append(form) if same else persons.setdefault(form, []))  # 'SAYYID HASSAN NASRALLAH'
        else:
            aliases.append(form)
    for alias in list(aliases):  # 'NASRALLAH', 'SHEIK NASRALLAH' beside 'SAYYED HASSAN NASRALLAH': his surname
        owner = next((p for p in persons if is_surname_of(alias, p)), None)
        if owner:
            persons[owner].append(alias)
            aliases.remove(alias)
    stats.split_persons += len(persons)
    return [(kind, upper, aliases, codes, country)] + [("person", p, a, codes, country) for p, a in persons.items()]


def without_honorifics(name: str) -> str:
    """'SHEIKH HASSAN NASRALLAH' -> 'HASSAN NASRALLAH'."""
    words = name.split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def is_surname_of(alias: str, person: str) -> bool:
    """'NASRALLAH' / 'SHEIK NASRALLAH' / 'AL-BAGHDADI' end the person's name (honorifics aside)."""
    core = without_honorifics(alias)
    return len(core.split()) <= 2 and core not in HONORIFICS and f" {fold(person)}".endswith(f" {fold(core)}")


def _with_acronyms(cleaned: tuple[str, list[str]]) -> list[str]:
    return [cleaned[0], *cleaned[1]]


def display_name(upper: str, kind: str, acronyms: frozenset[str]) -> str:
    if kind != "person" and re.fullmatch(r"[A-Z]{2,4}", upper):
        return upper
    return natural_case(upper, kind == "person", acronyms)


def build_actors(raw: dict[str, list[RawActor]], ctx: ActorContext) -> tuple[dict[str, Any], ActorStats]:
    """petrarch_actors.json content: persons, organizations and groups with aliases, country and codes."""
    stats = ActorStats()
    records: list[Record] = []
    shorts: set[str] = set()
    for source in ACTOR_FILES:
        for actor in raw[source]:
            stats.entries[source] += 1
            records.extend(actor_records(actor, ctx, stats, shorts))
    acronyms = frozenset(shorts)
    merged: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for kind, upper, aliases, codes, country in records:
        name = display_name(upper, kind, acronyms)
        key = (kind, fold(name), country)
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = {"name": name, "aliases": {}, "country": country, "codes": []}
        else:
            stats.merged += 1
        entry["codes"] = list(dict.fromkeys(entry["codes"] + codes))
        for alias in aliases:
            shown = display_name(alias, kind, acronyms)
            if fold(shown) != key[1]:
                entry["aliases"].setdefault(fold(shown), shown)
    sections: dict[str, list[dict[str, Any]]] = {"persons": [], "organizations": [], "groups": []}
    section_of = {"person": "persons", "organization": "organizations", "group": "groups"}
    for (kind, _, _), entry in merged.items():
        entry["aliases"] = sorted(entry["aliases"].values(), key=lambda a: (fold(a), a))
        sections[section_of[kind]].append(entry)
    for entries in sections.values():
        entries.sort(key=lambda e: (fold(e["name"]), e["name"], e["country"] or ""))
    stats.kinds = Counter({k: len(v) for k, v in sections.items()})
    return dict(sections), stats


# ---------------------------------------------------------------- outputs

VERBS_ABOUT = (
    "CAMEO verb patterns of PETRARCH2 as newsgraph relation triggers. Source: " + SOURCE + ", "
    "file CAMEO.2.0.txt; license: LICENSE-petrarch2.txt. Generated by tools/import_lexicons.py (do not edit by "
    "hand; rerun it). Keys of 'verbs' are verb lemmas in lower case; a multi-word verb is its words with "
    "spaces, verb first ('+CARRY_OUT' -> 'carry out', '+ASK_FOR' -> 'ask for'); hyphenated verbs keep the "
    "hyphen ('RE-ESTABLISH' -> 're-establish') and a prefix written apart is joined the same way "
    "('RE_+ESTABLISH' -> 're-establish'); '+IS_DETERMINED' -> 'be determined'; '+KILLED_AND' style fragments "
    "are left out. Entry fields: rel = newsgraph relation type; code = CAMEO code of the first source line "
    "behind the entry; obj = where the target (object actor) is: 'dobj' the direct object, 'dative' the "
    "indirect object, a preposition = that preposition's object, 'pobj' = the object of any preposition on the "
    "verb; theme = alternative noun phrases the direct object must be (last word = head noun; a word '&NAME' = "
    "any member of synset NAME); theme_synset = the direct object must be a member of that synset; prt = "
    "particles the verb needs ('set off'); pp = prepositional phrases that must also be there ('in *' = any "
    "object, 'by/with' = either preposition); subj / subj_synset = the subject the pattern requires ('&MILITARY"
    " rush'). Derivation: a verb's own code, else its block's code, gives a default entry {rel, obj: ['dobj']};"
    " each pattern '- <before> * <after> [code]' whose code maps to another type becomes its own entry; a "
    "pattern of the default's type that only names a target preposition ('* (AGAINST)') adds it to the "
    "default's obj, one with more conditions is covered by the default and skipped. Target: '+' or an empty "
    "'(PREP)' / trailing 'PREP' marks it; otherwise it is the direct object, or, when a theme fills the direct "
    "object, the indirect object or any prepositional object; particle-only patterns allow dobj or pobj. Codes:"
    " '[042:043]' keeps 042 (the subject->object event); CAMEO -> type follows ../shared/lexicons/README.md "
    "(longest listed prefix wins: 033x PROVIDES_AID, 036 MEETS, 045/046 NEGOTIATES_WITH, 057 COOPERATES_WITH or"
    " ALLIED_WITH when its words say alliance/ally/coalition (none do here), 062 PROVIDES_AID, 161 OPPOSES, 163"
    " and 172 SANCTIONS; 01, 08, 09 and the other 16x/17x codes have no type). Dropped patterns: no type, "
    "'[---]', reverse-only '[:NNN]', '$'/'%' source or compound markers, '+' or a prepositional phrase before "
    "the verb, adverbs or function words where PETRARCH2 needs a noun (they never match there either), "
    "undefined synsets, malformed brackets or a '(WORD' that is no preposition. Identical entries are merged; "
    "entries differing only in obj or only in theme are united. 'synsets' lists the dictionary's 40 noun "
    "synsets as written (PETRARCH2 also matches regular plurals). Counts: extract/data/README.md."
)
AGENTS_ABOUT = (
    "Phoenix role nouns (agents) of PETRARCH2. Source: " + SOURCE + ", "
    "file Phoenix.agents.txt; license: LICENSE-petrarch2.txt. Generated by tools/import_lexicons.py (do not "
    "edit by hand). Keys: the noun in lower case, singular as listed, '_' as spaces, commas and a leading "
    "'the'/'a' removed. '!MINIST!' / '!PERSON!' groups are expanded into plain nouns, each singular with its "
    "paired plural (minister/ministers, ministry/ministries, spokesman/spokesmen, spokesperson); the stems "
    "'MINIST' and 'AUTHORIT' are read the same way and 'AD!MINIST!RATION' as 'administration'. plurals: the "
    "'{...}' plural when given ('{}' = none), else the regular plural of the head noun (the word before "
    "of/for/in..., 'attorneys general', '-man' -> '-men'), none for abbreviations and mass nouns; a noun listed"
    " only in the plural ('GENERALS') is keyed by its singular with the listed form as plural. sector: the "
    "first three letters of the agent code ('~GOVFRM' -> GOV); code: the agent code as written. rel: LEADS when"
    " the head noun is a leading role (president, premier, king, queen, monarch, emperor, emir, sultan, ruler, "
    "dictator, leader, leadership, chief, commander, commandant, head, chairman, governor, mayor, speaker, "
    "director, chancellor, ceo, boss, ...) or the noun is headed by 'prime minister', 'chief minister', 'chief "
    "executive', 'secretary general', 'director general', 'chief justice', 'head of state', 'commander in "
    "chief' ...; not when qualified deputy/vice/assistant/former/ex/ousted/exiled/retired/late; 'chief of "
    "staff' leads only with a military code. MEMBER_OF for every other noun of an institutional sector (GOV MIL"
    " COP JUD LEG SPY REB OPP PTY IGO NGO INS): officials, ministers, envoys, soldiers, rebels, and bodies that"
    " are part of a state ('foreign ministry', 'government forces'); also, in any sector, for spokesman, "
    "official, envoy, ambassador, delegate, representative, adviser, aide, member. null for the other sectors "
    "(farmers, businesspeople, clergy, civilians, criminals) and for equipment and places (F-16, missile, "
    "aircraft carrier, military base). Later lines win over earlier ones for the same noun (as in PETRARCH2), "
    "except that a plural-listed noun keeps its listed form as key when another line has the singular with "
    "another code ('armed forces' MIL, 'armed force' UAF); a noun that is another entry's plural is folded into"
    " it. Dropped: nouns ending in a preposition ('ambassador to'), damaged encoding."
)
ACTORS_ABOUT = (
    "Named actors of the Phoenix dictionaries as alias tables. Source: " + SOURCE + ", "
    "files Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt (and "
    "Phoenix.discards.txt); license: LICENSE-petrarch2.txt. Generated by tools/import_lexicons.py (do not edit "
    "by hand). The lists were last extended around 2015-16: codes are the roles an entry once had (dates "
    "dropped), not who holds an office today. Names: '_' -> space, natural case ('BASHAR_AL_ASSAD_' -> 'Bashar "
    "al-Assad'): particles al/el/bin/ibn/de/van/von... lower case after the first word, 'al'/'el' joined to the"
    " next word with a hyphen, of/and/the lower case inside organisation names, initials, numbers, roman "
    "numerals and acronyms (2-4 capitals seen as a name of an organisation, or a parenthesised acronym) kept in"
    " capitals; a leading 'The' removed; '(ALF)' after a name becomes an alias when its letters are the name's "
    "initials or it is at most 4 letters. Entries: a name line, its '+' alias lines and its code lines, read as"
    " PETRARCH2 reads them; names listed without codes take the codes of the next entry in their paragraph. "
    "Kinds: person = a person-like name (no institution word such as ministry, army, police, party, council, "
    "front, company, palace; no digits; no of/and/the) with dated role codes, or 2-6 words ending in a non-"
    "dictionary word (Phoenix.Countries lists office holders; not for its REB/OPP-coded entries), or starting "
    "with a first name (first word of at least two dated Phoenix.Countries persons, not a one-word place name),"
    " or 'bin'/'ibn' inside, or an honorific (Abu, Sheikh, Sayyid ...) and 3+ words; undated company (MNC) "
    "entries are never persons. group = Phoenix.MilNonState entries and entries with a REB/INS/OPP/UAF/SEP or "
    "ethnic (KUR TAM TIB UIG) sector or an IMG code, unless they are persons or NGO/IGO/company entries; "
    "organization = the rest (ministries, armies, parliaments, IGOs, NGOs, companies). Aliases of groups and "
    "organizations that are person names (same rule, 2+ words) become persons with the entry's codes (one "
    "person per name up to a leading honorific), with the surname-only aliases beside them ('Nasrallah', "
    "'Sheikh Nasrallah'); institution names are dropped from persons' aliases ('Assad Regime'). country: ISO "
    "3166-1 alpha-3 from the first code that starts with one (TMP -> TLS); null for IGO/NGO/MNC/IMG/region "
    "codes and dissolved states (USR, SUN, YUG, DDR, CSK, SCG, KSV). Entries of one kind with the same name and"
    " country are merged. Dropped (names and aliases): country and region entries (gazetteer.json has the "
    "states), names under 3 characters, single words of the dictionaries' English vocabulary (verbs, synset "
    "nouns, agent nouns), names without letters, damaged encoding, exact Phoenix.discards.txt phrases. Counts: "
    "extract/data/README.md."
)
LICENSE_HEADER = (
    "cameo_verbs.json, petrarch_agents.json and petrarch_actors.json in this directory are derived from the "
    "PETRARCH2 / Phoenix dictionaries (openeventdata/petrarch2 at commit 676801cd9cb2, "
    "petrarch2/data/dictionaries/) and were generated by tools/import_lexicons.py. They are distributed under "
    "the dictionaries' license:\n\n"
)


@dataclass
class Report:
    verbs: VerbStats
    verb_lemmas: int
    verb_entries: Counter[str]
    agents: AgentStats
    agent_rels: Counter[str]
    actors: ActorStats

    def lines(self) -> list[str]:
        """The counts, as printed and as listed in extract/data/README.md."""
        v, a, x = self.verbs, self.agents, self.actors
        out = [
            (
                f"cameo_verbs.json: {self.verb_lemmas} verb lemmas with entries (of {v.lemmas_total} lemmas on "
                f"{v.verb_lines} verb lines in {v.blocks} blocks; {v.verbs_dropped} '+KILLED_AND'-style verb "
                f"fragments left out), {sum(self.verb_entries.values())} entries"
            ),
            "  entries per relation: " + ", ".join(f"{k} {n}" for k, n in sorted(self.verb_entries.items())),
            f"  {v.patterns} patterns: " + ", ".join(f"{k} {n}" for k, n in sorted(v.outcome.items(), key=_by_count)),
            (
                f"petrarch_agents.json: {sum(self.agent_rels.values())} nouns from {a.lines} lines: "
                + ", ".join(f"{k or 'null'} {n}" for k, n in sorted(self.agent_rels.items(), key=lambda i: str(i[0])))
            ),
            (
                "  dropped: " + _reasons(a.dropped) + f"; {a.replaced} nouns listed twice (later line kept), "
                f"{a.folded} plural nouns folded into their singular"
            ),
            (
                "petrarch_actors.json: " + ", ".join(f"{k} {n}" for k, n in sorted(x.kinds.items()))
                + f" (from {sum(x.entries.values())} entries; {x.merged} merged into an entry of the same name, "
                f"{x.split_persons} persons split out of group/organization aliases)"
            ),
            "  entries dropped: " + _reasons(x.dropped),
            "  aliases dropped: " + _reasons(x.aliases_dropped),
        ]
        return out


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _reasons(counter: Counter[str]) -> str:
    return ", ".join(f"{reason} {n}" for reason, n in sorted(counter.items(), key=_by_count)) or "none"


def readme(report: Report) -> str:
    counts = "\n".join(f"    {line}" for line in report.lines())
    return f"""# extract/data

Data files of the extractor, loaded once at start-up.

| file | what it is | made by |
|---|---|---|
| `lexicon.json` | trigger lexicon: verb / noun / participle -> relation type, word lists, party adjectives, the peoples of regions of conflict (`region_peoples`), the cities agencies report regions from (`bureau_cities`: a bare "BEIRUT" dateline names no story country by itself), what "the coalition" means in news about a state (`story_coalitions`) | hand-written |
| `gazetteer.json` | canonical actors: states, organisations, groups, persons, with aliases | hand-written |
| `cameo_verbs.json` | {report.verb_lemmas} verb lemmas -> relation entries from the CAMEO verb patterns, plus noun synsets | derived (PETRARCH2) |
| `petrarch_agents.json` | {sum(report.agent_rels.values())} role nouns -> sector, LEADS / MEMBER_OF, plurals | derived (PETRARCH2) |
| `petrarch_actors.json` | {sum(report.actors.kinds.values())} named persons, organizations and groups with aliases and CAMEO codes | derived (PETRARCH2) |
| `LICENSE-petrarch2.txt` | the MIT license of the three derived files | copied |

The derived files come from the PETRARCH2 / Phoenix dictionaries (openeventdata/petrarch2 at
commit 676801cd9cb2, MIT) in `../shared/lexicons/petrarch2/`. Each file's `_about` states the
conversion rules. Do not edit them by hand: change `tools/import_lexicons.py` and rerun it from
the repository root

    python tools/import_lexicons.py --shared ../shared

which rewrites the three JSON files, `LICENSE-petrarch2.txt` and this page, deterministically
(`tests/test_lexicon_import.py` checks that the committed files are what it generates).

Counts of the last run:

{counts}
"""


def generate(shared: Path) -> tuple[dict[str, str], Report]:
    """All output files (name -> text) from the dictionaries under `shared`/lexicons/petrarch2."""
    source = shared / "lexicons" / "petrarch2"
    if not source.is_dir():
        raise SourceError(f"{source} not found (pass --shared DIR, the directory that holds lexicons/petrarch2)")
    verb_text, agent_text = read_source(source / VERB_FILE), read_source(source / AGENT_FILE)
    verbs_doc, verb_stats = build_verbs(verb_text)
    agents_doc, agent_stats = build_agents(agent_text)
    raw = {name: parse_actor_file(read_source(source / name), name) for name in ACTOR_FILES}
    ctx = actor_context(raw, verb_text, agent_text, read_source(source / DISCARD_FILE))
    actors_doc, actor_stats = build_actors(raw, ctx)
    report = Report(
        verbs=verb_stats,
        verb_lemmas=len(verbs_doc["verbs"]),
        verb_entries=Counter(e["rel"] for es in verbs_doc["verbs"].values() for e in es),
        agents=agent_stats,
        agent_rels=Counter(a["rel"] for a in agents_doc["agents"].values()),
        actors=actor_stats,
    )
    files = {
        "cameo_verbs.json": render_json({"_about": VERBS_ABOUT, **verbs_doc}),
        "petrarch_agents.json": render_json({"_about": AGENTS_ABOUT, **agents_doc}),
        "petrarch_actors.json": render_json({"_about": ACTORS_ABOUT, **actors_doc}),
        "LICENSE-petrarch2.txt": LICENSE_HEADER + read_source(source / "LICENSE"),
        "README.md": readme(report),
    }
    return files, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="directory holding lexicons/petrarch2 (default: ../shared next to the repository)")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output directory (default: extract/data)")
    args = parser.parse_args(argv)
    try:
        files, report = generate(args.shared)
    except SourceError as exc:
        print(f"import_lexicons: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8", newline="\n")
    for line in report.lines():
        print(line)
    print(f"wrote {', '.join(files)} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
