"""An analyst's actors file (``--actors FILE``): the actors of their beat, over the built-in gazetteer.

A CSV or YAML table (docs/dictionaries.md), one actor a row:

* ``name`` (required): the canonical name, the graph node's name;
* ``type`` (required): PERSON, COUNTRY, ORGANIZATION, GROUP or LOCATION;
* ``aliases``: other names it goes by (YAML list, or ``;``-separated in CSV);
* ``country``: ISO 3166-1 alpha-3 code, alpha-2 code, or a country name the gazetteer knows;
* ``start`` / ``end``: the dates (YYYY-MM-DD) its aliases stand for it -- a minister's title, say.
  A mention by an alias in an article dated outside them is left out; by its name, kept.

The rows become a small :class:`~newsgraph.extract.gazetteer.Gazetteer` laid *over* the
packaged one (:meth:`Gazetteer.use_overlay`): its names win, also over a built-in entry of the
same name (which then gets the row's aliases, type and country). The overlay's names are added
to the entity ruler, so the pipeline finds them as entities. :func:`actors_in_use` installs it
for the duration of an extraction, in this process and (through ``NEWSGRAPH_ACTORS``) in the
worker processes of ``--workers``.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.core.errors import InputError
from newsgraph.core.models import Triple
from newsgraph.core.ontology import NOT_ALIASES, ActorType
from newsgraph.core.tables import date_field, read_rows, split_list, text_field
from newsgraph.extract.gazetteer import Gazetteer, clean

__all__ = ["ActorRow", "ActorTable", "load_actors", "actors_in_use", "environment_overlay", "ENV"]

#: the actors files of the current extraction, for worker processes (``os.pathsep``-separated)
ENV = "NEWSGRAPH_ACTORS"

_TYPES = {t.value: t for t in ActorType}
_SECTIONS = {ActorType.COUNTRY: "countries", ActorType.ORGANIZATION: "organizations", ActorType.GROUP: "groups",
             ActorType.PERSON: "persons", ActorType.LOCATION: "locations"}
_KNOWN_FIELDS = {"name", "type", "aliases", "country", "start", "end", "notes", "note", "comment", "description"}


@dataclass(frozen=True)
class ActorRow:
    name: str
    type: ActorType
    aliases: tuple[str, ...]
    country: str | None
    start: str | None
    end: str | None
    where: str  # FILE:LINE


@dataclass
class ActorTable:
    """The actors of one or more files, checked; :meth:`overlay` makes their gazetteer."""

    rows: list[ActorRow] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def overlay(self, base: Gazetteer | None = None) -> Gazetteer:
        """A gazetteer of these actors; a row named like an entry of ``base`` keeps that entry's
        short form, role and affiliation (and country, unless the row gives one)."""
        base = base if base is not None else Gazetteer.default()
        data: dict[str, list[dict[str, Any]]] = {s: [] for s in _SECTIONS.values()}
        for row in self.rows:
            known = base.by_name(row.name)
            country = row.country or (known.iso3 if known is not None else None)
            item: dict[str, Any] = {"name": row.name, "aliases": list(row.aliases), "country": country}
            if row.type is ActorType.COUNTRY:
                item.update(iso3=country, capitals=[], seats=[], demonyms=[],
                            short=known.short if known is not None else row.name)
            elif row.type is ActorType.PERSON and known is not None:
                item.update(role=known.role, affiliation=known.affiliation)
            data[_SECTIONS[row.type]].append(item)
        try:
            return Gazetteer(data)
        except ValueError as err:  # checked in load_actors; a last guard
            raise InputError(f"{', '.join(self.paths)}: {err}") from None

    def keeps(self, t: Triple) -> bool:
        """False for a mention that names a dated actor by an alias outside its dates."""
        return self._in_dates(t.subject, t.subject_mention, t.date) and self._in_dates(t.object, t.object_mention, t.date)

    def _in_dates(self, name: str, mention: str, date: str | None) -> bool:
        if date is None:
            return True
        for row in self.rows:
            if row.name == name and (row.start or row.end):
                inside = (row.start is None or row.start <= date) and (row.end is None or date <= row.end)
                return inside or _same(mention, row.name)
        return True


def _same(mention: str, name: str) -> bool:
    return re.sub(r"['’]s$", "", clean(mention)).casefold() == clean(name).casefold()


def load_actors(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> ActorTable:
    """Read and check actors files; a problem raises :class:`InputError` naming ``FILE:LINE``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    table = ActorTable(paths=[os.fspath(p) for p in paths])
    names: dict[str, str] = {}
    forms: dict[str, tuple[str, str]] = {}
    for path in paths:
        for line, fields in read_rows(Path(path), key="actors", what="actors"):
            row = _row(fields, f"{os.fspath(path)}:{line}")
            if row.name in names:
                raise InputError(f"{row.where}: '{row.name}' is already listed at {names[row.name]}; one row per actor "
                                 "(put every alias in that row)")
            names[row.name] = row.where
            for form in dict.fromkeys([row.name, *row.aliases]):
                key = clean(form).replace(".", "").casefold()
                owner = forms.get(key)
                if owner is not None and owner[0] != row.name:
                    raise InputError(f"{row.where}: the name '{form}' is also given to '{owner[0]}' at {owner[1]}; "
                                     "a name can stand for one actor only")
                forms[key] = (row.name, row.where)
            table.rows.append(row)
    return table


def _row(fields: dict[str, Any], where: str) -> ActorRow:
    unknown = sorted(set(fields) - _KNOWN_FIELDS)
    if unknown:
        raise InputError(f"{where}: unknown field '{unknown[0]}' (fields: name, type, aliases, country, start, end)")
    name = text_field(fields, "name", where, required=True)
    assert name is not None
    if not any(c.isalpha() for c in name):
        raise InputError(f"{where}: 'name' {name!r} holds no letters")
    type_text = (text_field(fields, "type", where, required=True) or "").upper()
    if type_text not in _TYPES:
        raise InputError(f"{where}: 'type' {type_text!r} is not an actor type (one of: {', '.join(_TYPES)})")
    aliases = tuple(a for a in dict.fromkeys(split_list(fields.get("aliases"), where, "aliases")) if a != name)
    for alias in aliases:
        if not any(c.isalpha() for c in alias):
            raise InputError(f"{where}: alias {alias!r} holds no letters")
        if alias.casefold() in NOT_ALIASES:
            raise InputError(f"{where}: alias {alias!r} is a pronoun or determiner, which names no one actor")
    start, end = date_field(fields, "start", where), date_field(fields, "end", where)
    if start and end and end < start:
        raise InputError(f"{where}: 'end' {end} is before 'start' {start}")
    country = _country(text_field(fields, "country", where), where)
    return ActorRow(name, _TYPES[type_text], aliases, country, start, end, where)


def _country(value: str | None, where: str) -> str | None:
    if value is None:
        return None
    entry = Gazetteer.default().lookup(value)
    if entry is not None and entry.type is ActorType.COUNTRY and entry.iso3:
        return entry.iso3
    import pycountry  # lazy: only a country code not written as a name the gazetteer knows needs it

    code = value.strip().upper()
    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else (
        pycountry.countries.get(alpha_2=code) if len(code) == 2 else None)
    if found is None:
        raise InputError(f"{where}: 'country' {value!r} is not an ISO 3166-1 code (MLI, ML) or a country name "
                         "newsgraph knows")
    return str(found.alpha_3)


# --- installing ---------------------------------------------------------------------------

@contextmanager
def actors_in_use(table: ActorTable) -> Iterator[ActorTable]:
    """Extraction in this block (this process and its ``--workers``) knows ``table``'s actors."""
    from newsgraph.extract.pipeline import load_pipeline  # lazy: spaCy loads only to extract

    gaz = Gazetteer.default()
    previous = os.environ.get(ENV)
    gaz.use_overlay(table.overlay(gaz))
    os.environ[ENV] = os.pathsep.join(os.path.abspath(p) for p in table.paths)
    load_pipeline.cache_clear()  # the next pipeline loads with the overlay's names in its entity ruler
    try:
        yield table
    finally:
        gaz.use_overlay(None)
        if previous is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = previous
        load_pipeline.cache_clear()  # and the one after, without them


def environment_overlay() -> Gazetteer | None:
    """The overlay of the actors files ``NEWSGRAPH_ACTORS`` names (set by :func:`actors_in_use`), or None."""
    value = os.environ.get(ENV)
    if not value:
        return None
    return load_actors([p for p in value.split(os.pathsep) if p]).overlay(Gazetteer.default())


def filtered(triples: Iterable[Triple], table: ActorTable | None) -> list[Triple]:
    """``triples`` without the mentions :meth:`ActorTable.keeps` leaves out."""
    return [t for t in triples if table is None or table.keeps(t)]
