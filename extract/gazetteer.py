"""The canonical-actor gazetteer: countries, organizations, groups and persons of English news.

Data: ``data/gazetteer.json`` (hand-curated; its ``_about`` header records the conventions and the
ambiguity decisions). Every surface form -- name, alias, abbreviation, capital, seat, demonym --
resolves to exactly one :class:`Entry`; loading fails on a form claimed by two entries.

Matching rules (``lookup``, ``demonym``, ``is_capital_or_seat``, the entity-ruler patterns):

* text is normalised: NFKC, curly quotes to straight, whitespace collapsed, a leading "the " dropped,
  dots ignored ("U.S." == "US", "U.N." == "UN");
* forms of <= 3 characters and ALL-CAPS forms are case-sensitive ("IS" is Islamic State, "is" nothing);
* demonyms and the forms listed under ``case_sensitive`` in the JSON (ordinary words in lower case:
  "Turkey", "China", "Amnesty", "Pentagon" ...) match as written or in ALL CAPS only;
* every other form is case-insensitive, except for its words of <= 3 capitals ("IS group", "UN
  Security Council" match "UN security council" but not "un security council").
"""
from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, Iterator, Mapping

from newsgraph.core.ontology import ActorType

_TABLES_LOCK = threading.Lock()
_MEMO_LIMIT = 200_000  # remembered look-ups before the memo starts afresh (bounded memory on long runs)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"'})
_THE = re.compile(r"^the\s+(?=\S)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:al|el)[-\s]+(?=\S)", re.IGNORECASE)
_NAME_SUFFIX = re.compile(r"^(?:jr|sr|[ivxl]+)\.?$", re.IGNORECASE)

ABBREV, CASED, FOLDED = "abbrev", "cased", "folded"  # how a form is matched


#: states whose people's names put the family name first in English news: "Kim Jong Un", "Xi Jinping"
FAMILY_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM", "HKG", "MAC"})


def is_hyphenated_given_name(word: str) -> bool:
    """ "Jae-in", "Kyung-wha", "Jong-seok": a given name of a family-name-first name, hyphenated."""
    return "-" in word and word[:1].isupper() and word.split("-")[-1][:1].islower()


@dataclass(frozen=True)
class Entry:
    name: str  # canonical name
    type: ActorType
    iso3: str | None  # country of the actor (for a country: its own code)
    short: str  # short form for composed names ("U.S." for "U.S.-led"); others: name
    role: str | None = None  # persons: "leader" | "member"
    affiliation: str | None = None  # persons: canonical name of the organization/group led or served


def clean(text: str) -> str:
    """NFKC, straight quotes, collapsed whitespace, no leading "the "."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # ASCII is already in NFKC
    s = " ".join(text.translate(_QUOTES).split())
    return _THE.sub("", s) if s[:4].lower() == "the " else s


def _key(text: str) -> str:
    return clean(text).replace(".", "").strip()


def _is_abbrev_token(token: str) -> bool:
    return len(token.replace(".", "")) <= 3 and token.isupper()


def _fold(key: str) -> str:
    """Case-fold a key except its short all-caps words ("UN Security Council" -> "UN security council")."""
    return " ".join(t if _is_abbrev_token(t) else t.casefold() for t in key.split(" "))


def _mode(key: str, cased: bool) -> str:
    if len(key) <= 3 or key.isupper():
        return ABBREV
    return CASED if cased else FOLDED


class _Index:
    """Surface form -> Entry under the matching rules; refuses a form claimed by two entries."""

    def __init__(self) -> None:
        self.exact: dict[str, Entry] = {}
        self.folded: dict[str, Entry] = {}

    def add(self, form: str, entry: Entry, cased: bool = False) -> None:
        key = _key(form)
        mode = _mode(key, cased)
        if mode == ABBREV:
            slots = [(self.exact, key)]
        elif mode == CASED:
            slots = [(self.exact, key), (self.exact, key.upper())]
        else:
            slots = [(self.folded, _fold(key))]
        for table, k in slots:
            if table.setdefault(k, entry) != entry:
                raise ValueError(f"gazetteer form {form!r} maps to both {table[k].name!r} and {entry.name!r}")

    def add_key(self, key: str, entry: Entry, folded: str) -> None:
        """:meth:`add` (not case-sensitive) for a form whose key and folded key are already made."""
        if _mode(key, False) == ABBREV:
            slots = [(self.exact, key)]
        else:
            slots = [(self.folded, folded)]
        for table, k in slots:
            if table.setdefault(k, entry) != entry:
                raise ValueError(f"gazetteer form {key!r} maps to both {table[k].name!r} and {entry.name!r}")

    def get(self, surface: str) -> Entry | None:
        return self.get_key(_key(surface))

    def get_key(self, key: str) -> Entry | None:
        return self.exact.get(key) or self.folded.get(_fold(key))


class Gazetteer:
    def __init__(self, data: Mapping[str, Any]) -> None:
        cased = {_key(f) for f in data.get("case_sensitive", [])}
        self._names, self._demonyms, self._metonyms, self._extra = _Index(), _Index(), _Index(), _Index()
        self._extra_by_name: dict[str, Entry] = {}  # the wide tables' entries (add_tables); entries() lists the curated ones
        self._by_name: dict[str, Entry] = {}
        self._demonym_of: dict[str, str] = {}
        self._capital_of: dict[str, str] = {}
        self._forms: list[tuple[str, Entry, str, str]] = []  # (form, entry, spaCy label, mode)
        self._forms_of: dict[str, list[str]] | None = None  # canonical name -> its forms (forms())
        self._blockers = [(b["name"], b["label"]) for b in data.get("blockers", [])]
        self._overlay: Gazetteer | None = None  # an analyst's actors, consulted first (use_overlay)
        self._memo: dict[tuple[str, str], Entry | None] = {}  # (kind, surface) -> lookup/demonym answer
        surnames: dict[str, set[Entry]] = {}
        derived: dict[str, set[Entry]] = {}

        def register(entry: Entry, label: str, forms: list[str], index: _Index) -> None:
            for form in forms:
                index.add(form, entry, _key(form) in cased)
                self._forms.append((clean(form), entry, label, _mode(_key(form), _key(form) in cased)))

        def new(entry: Entry) -> Entry:
            if entry.name in self._by_name:
                raise ValueError(f"duplicate canonical name {entry.name!r}")
            self._by_name[entry.name] = entry
            return entry

        for c in data["countries"]:
            e = new(Entry(c["name"], ActorType.COUNTRY, c["iso3"], c.get("short") or c["name"]))
            register(e, "GPE", [c["name"], *c["aliases"], *c["capitals"], *c["seats"]], self._names)
            for form in [*c["capitals"], *c["seats"]]:
                self._metonyms.add(form, e, _key(form) in cased)
            for dem in c["demonyms"]:
                self._demonyms.add(dem, e, cased=True)
            if c["demonyms"]:
                self._demonym_of[e.name] = c["demonyms"][0]
            if c["capitals"]:
                self._capital_of[e.name] = c["capitals"][0]
        for section, atype in (("organizations", ActorType.ORGANIZATION), ("groups", ActorType.GROUP)):
            for o in data[section]:
                e = new(Entry(o["name"], atype, o.get("country"), o["name"]))
                register(e, "ORG", [o["name"], *o["aliases"]], self._names)
        for loc in data.get("locations", []):  # only analysts' actors files have places (user_actors.py)
            e = new(Entry(loc["name"], ActorType.LOCATION, loc.get("country"), loc["name"]))
            register(e, "LOC", [loc["name"], *loc["aliases"]], self._names)
        for p in data["persons"]:
            e = new(Entry(p["name"], ActorType.PERSON, p.get("country"), p["name"], p.get("role"),
                          p.get("affiliation")))
            register(e, "PERSON", [p["name"], *p["aliases"]], self._names)
            if p.get("surname"):
                surnames.setdefault(_surname_key(p["surname"]), set()).add(e)
            for form in [p["name"], *p["aliases"]] if p.get("country") not in FAMILY_FIRST else []:  # "Kim Jong-il": "il" is no surname
                toks = [t for t in clean(form).split() if not _NAME_SUFFIX.match(t)]
                if len(toks) > 1 and len(toks[-1]) > 2:
                    derived.setdefault(_surname_key(toks[-1]), set()).add(e)
        # explicit surnames first; a surname shared by two persons matches nobody (but see leader_by_surname)
        self._shared_surnames = {k: v for k, v in surnames.items() if len(v) > 1}
        self._surnames: dict[str, Entry | None] = {}
        for k, v in surnames.items():
            self._surnames[k] = self._surnames[k.upper()] = next(iter(v)) if len(v) == 1 else None
        for k, v in derived.items():  # last words of names/aliases: spelling variants ("Zelenskyy")
            if k not in self._surnames and len(v) == 1 and self._names.get(k) is None:
                self._surnames.setdefault(k, next(iter(v)))
                self._surnames.setdefault(k.upper(), next(iter(v)))
        # demonyms as NORP patterns, plus a naive plural ("Russians"), unless the form is a name too
        for c in data["countries"]:
            e = self._by_name[c["name"]]
            for dem in c["demonyms"]:
                forms = [dem] + ([dem + "s"] if re.search(r"[a-rt-z]$", dem) and not dem.endswith(("ese", "sh", "ch"))
                                 else [])
                for form in forms:
                    if self._names.get(form) is None:
                        self._forms.append((clean(form), e, "NORP", _mode(_key(form), True)))

    @classmethod
    @functools.cache
    def default(cls) -> "Gazetteer":
        """The packaged gazetteer (``extract/data/gazetteer.json``) with the Phoenix actor tables
        under it (``extract/data/petrarch_actors.json``), loaded once."""
        data = resources.files(__package__ or "newsgraph.extract").joinpath("data")
        gaz = cls(json.loads(data.joinpath("gazetteer.json").read_text("utf-8")))
        gaz._pending_tables = data.joinpath("petrarch_actors.json")  # read at the first miss (~1.5 s)
        return gaz

    def use_overlay(self, overlay: "Gazetteer | None") -> None:
        """Consult ``overlay`` (an analyst's actors file, :mod:`newsgraph.extract.user_actors`) before this
        gazetteer in ``lookup``, ``by_name``, ``person_by_surname``, ``demonym`` and ``forms``; None removes it."""
        self._overlay = overlay
        self._memo.clear()

    def _memoised(self, kind: str, surface: str, find: Callable[[str], "Entry | None"]) -> "Entry | None":
        """``find(surface)``, remembered: an article asks for the same few names again and again."""
        key = (kind, surface)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        hit = self._memo[key] = find(surface)
        return hit

    def _tables(self) -> _Index:
        if getattr(self, "_pending_tables", None) is not None:
            with _TABLES_LOCK:  # a background load (load_tables_soon) may be under way: wait for it
                pending = getattr(self, "_pending_tables", None)
                if pending is not None:
                    self.add_tables(json.loads(pending.read_text("utf-8")))
                    self._pending_tables = None
        return self._extra

    def load_tables_soon(self) -> None:
        """Start reading the wide actor tables in a background thread (the first look-up that misses
        the curated entries would otherwise wait ~0.7 s for them); the pipeline's matrix work runs
        meanwhile. A look-up that needs them first waits for the thread."""
        if getattr(self, "_pending_tables", None) is not None:
            threading.Thread(target=self._tables, name="newsgraph-actor-tables", daemon=True).start()

    def add_tables(self, tables: Mapping[str, Any]) -> int:
        """Add a wide actor table under the hand-curated entries, as an alias table only: its forms
        resolve an entity the NER found (``lookup``), never add entity-ruler patterns or surnames.
        A form (or canonical name) already known, or claimed by two table entries, is left out;
        single-word person forms are left out (a surname alone is too ambiguous at this scale).
        Returns the number of entries added."""
        self._memo.clear()
        claims: dict[str, list[tuple[Entry, str, str]]] = {}
        for section, atype in (("persons", ActorType.PERSON), ("organizations", ActorType.ORGANIZATION), ("groups", ActorType.GROUP)):
            for row in tables.get(section, []):
                if row["name"] in self._by_name or self._names.get(row["name"]) is not None:
                    continue
                entry = Entry(row["name"], atype, row.get("country"), row["name"])
                for form in dict.fromkeys([row["name"], *row.get("aliases", [])]):
                    key = _key(form)
                    if len(key) < 4 or (atype == ActorType.PERSON and " " not in key) or self._names.get_key(key) is not None:
                        continue
                    claims.setdefault(_fold(key), []).append((entry, form, key))
        added: set[str] = set()
        for folded, owners in claims.items():
            if len({e.name for e, _, _ in owners}) != 1:
                continue  # two table entries claim the form
            entry, form, key = owners[0]
            if not (form.isupper() and len(form) <= 6):
                # the text's own spelling names the actor ("Walid al-Moallem" stays so, "Mahdi Army" is not
                # renamed after the movement); the table gives its type and country, abbreviations their name
                entry = Entry(clean(form), entry.type, entry.iso3, clean(form))
            self._extra.add_key(key, entry, folded)
            if entry.name not in self._by_name and entry.name not in self._extra_by_name:
                self._extra_by_name[entry.name] = entry
                added.add(entry.name)
        return len(added)

    def lookup(self, surface: str) -> Entry | None:
        """Any name, alias, abbreviation, capital or seat ("the Kremlin", "U.S.", "Russia's"); not demonyms.
        Hand-curated forms first, then the wide actor tables (:meth:`add_tables`)."""
        return self._memoised("lookup", surface, self._lookup)

    def _lookup(self, surface: str) -> Entry | None:
        if self._overlay is not None and (mine := self._overlay.lookup(surface)) is not None:
            return mine
        s = clean(surface)
        bare = _POSSESSIVE.sub("", s) if _POSSESSIVE.search(s) else None
        hit = self._names.get(s) or (self._names.get(bare) if bare else None)
        if hit is None:
            extra = self._tables()
            hit = extra.get(s) or (extra.get(bare) if bare else None)
        return hit

    def demonym(self, adjective: str) -> Entry | None:
        """The country of a demonym/adjective ("Russian", "Turks", "U.S."); also a country's own names."""
        return self._memoised("demonym", adjective, self._demonym)

    def _demonym(self, adjective: str) -> Entry | None:
        if self._overlay is not None and (mine := self._overlay.demonym(adjective)) is not None:
            return mine
        s = clean(adjective)
        hit = self._demonyms.get(s)
        if hit is None and s[-1:] in ("s", "S"):
            hit = self._demonyms.get(s[:-1])
        if hit is None:
            hit = self.lookup(s)
            hit = hit if hit is not None and hit.type == ActorType.COUNTRY else None
        return hit

    def country_by_iso3(self, iso3: str | None) -> Entry | None:
        """The country entry with this ISO 3166-1 alpha-3 code."""
        if iso3 is None:
            return None
        if not hasattr(self, "_by_iso3"):
            self._by_iso3 = {e.iso3: e for e in self._by_name.values() if e.type == ActorType.COUNTRY}
        return self._by_iso3.get(iso3)

    def capital_of(self, country: str) -> str | None:
        """The capital city of a country by canonical name: ``capital_of("Haiti") == "Port-au-Prince"``."""
        return self._capital_of.get(country)

    def demonym_of(self, country: str) -> str | None:
        """The usual adjective of a country by canonical name: ``demonym_of("Syria") == "Syrian"``."""
        return self._demonym_of.get(country)

    def by_name(self, canonical: str) -> Entry | None:
        if self._overlay is not None and (mine := self._overlay.by_name(canonical)) is not None:
            return mine
        hit = self._by_name.get(canonical)
        if hit is None:
            self._tables()
            hit = self._extra_by_name.get(canonical)
        return hit

    def leader_by_surname(self, surname: str) -> Entry | None:
        """The one head of state or government among the persons sharing a surname: "President
        Clinton" is Bill Clinton, not Hillary Clinton; None when that is still ambiguous."""
        s = _POSSESSIVE.sub("", clean(surname))
        leaders = [e for e in self._shared_surnames.get(_surname_key(s), ()) if e.role == "leader"]
        return leaders[0] if len(leaders) == 1 else None

    def person_by_surname(self, surname: str) -> Entry | None:
        """"Putin" -> Vladimir Putin; None when unknown or shared ("Kim", "Castro"). Case-sensitive
        (or ALL CAPS); a leading "al-"/"el-" is ignored. A full name or alias of a person works too."""
        if self._overlay is not None and (mine := self._overlay.person_by_surname(surname)) is not None:
            return mine
        s = _POSSESSIVE.sub("", clean(surname))
        hit = self._surnames.get(_surname_key(s))
        if hit is None:
            full = self.lookup(s)
            hit = full if full is not None and full.type == ActorType.PERSON else None
        return hit

    def is_capital_or_seat(self, surface: str) -> bool:
        s = clean(surface)
        return (self._metonyms.get(s) or self._metonyms.get(_POSSESSIVE.sub("", s))) is not None

    def entries(self) -> Iterator[Entry]:
        return iter(self._by_name.values())

    def hyphenated_given_names(self) -> set[str]:
        """The hyphenated given names of known persons of family-name-first states ("Jae-in", "Kyung-wha")."""
        out: set[str] = set()
        for form, entry, _, _ in self._forms:
            if entry.type == ActorType.PERSON and entry.iso3 in FAMILY_FIRST:
                out.update(w for w in form.split()[1:] if is_hyphenated_given_name(w))
        return out

    def forms(self, canonical: str) -> list[str]:
        """Every surface form of an entry (names, aliases, capitals, seats, demonyms), as written."""
        mine = self._overlay.forms(canonical) if self._overlay is not None else []
        if self._forms_of is None:  # built on the first call: coreference asks this for many mentions
            self._forms_of = {}
            for f, e, _, _ in self._forms:
                self._forms_of.setdefault(e.name, []).append(f)
        return list(dict.fromkeys([*mine, *self._forms_of.get(canonical, [])]))

    def entity_ruler_patterns(self, tokenizer: Any = None) -> list[dict]:
        """spaCy EntityRuler token patterns, each with ``id`` = canonical name.

        Labels: countries with their aliases, capitals and seats -> GPE (one label for everything that
        resolves to a state, so "the Kremlin" is GPE); organizations and groups -> ORG; persons -> PERSON;
        demonyms -> NORP. Case-insensitive forms use LOWER (ORTH for their short all-caps words), the
        others ORTH (as written and in ALL CAPS).
        A dotted abbreviation also matches a whole compound token ("U.S.-led", "U.N.-brokered": spaCy
        keeps these as one token), so such an entity's text is the compound. "Blocker" patterns (South
        China Sea, Washington Post ...) carry their own name as id and are not entries: they exist so
        that the longer match wins over the actor form they contain. ``tokenizer``: an English
        spaCy tokenizer to split the forms with (default: a blank English pipeline's).
        """
        if tokenizer is None:  # the pipeline's own English tokenizer when given (a blank one costs 0.3 s)
            import spacy

            tokenizer = spacy.blank("en").tokenizer
        items = [(f, e.name, label, mode) for f, e, label, mode in self._forms]
        items += [(name, name, label, FOLDED) for name, label in self._blockers]
        patterns: list[dict] = []
        seen: set[str] = set()
        for form, ident, label, mode in items:
            variants = {form, form.replace(".", ""), form.replace("'", "\u2019")} - {""}
            if mode == CASED:
                variants |= {v.upper() for v in variants}
            for variant in sorted(variants):
                toks = [t.text for t in tokenizer(variant)]
                pattern = [{"LOWER": t.lower()} if mode == FOLDED and not _is_abbrev_token(t) else {"ORTH": t}
                           for t in toks]
                if len(toks) == 1 and mode != FOLDED and toks[0].endswith("."):
                    # the tokenizer keeps "U.S.-led" / "U.N.-brokered" as one token: match it whole
                    extra = [{"TEXT": {"REGEX": f"^{re.escape(toks[0])}-"}}]
                else:
                    extra = None
                for pat in (pattern, extra):
                    sig = json.dumps([label, pat, ident])
                    if pat and sig not in seen:
                        seen.add(sig)
                        patterns.append({"label": label, "pattern": pat, "id": ident})
        return patterns


def _surname_key(surname: str) -> str:
    return _ARTICLE.sub("", _key(surname))
