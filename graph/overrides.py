"""An analyst's corrections to the actors of a graph: merge, rename, split, block aliases.

An overrides file (CSV or YAML, docs/dictionaries.md) holds one operation a row, applied in
file order:

=========  ==========================================================================================
action     fields
=========  ==========================================================================================
merge      ``actor`` is merged into ``to`` (an actor of the graph): its relations, mentions and
           name (kept as an alias)
rename     ``actor`` is called ``to`` (and is of ``type``, when given); merges if ``to`` exists
split      the mentions of ``actor`` written as one of ``aliases`` go to ``to`` (of ``type``, else
           ``actor``'s type), a new actor unless the graph has one
block      ``aliases`` are never kept as aliases of ``actor`` (of any actor when ``actor`` is
           empty or ``*``); the relations stay
=========  ==========================================================================================

Actors are named by their canonical name (the node's ``name``). The graph is rebuilt from its
relation mentions with the operations applied to them (:func:`apply_overrides`), so every edge
and node total is what a build would have given; the input graph is left as it was. Applying
the same file twice gives the same graph.
"""
from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.core.errors import InputError
from newsgraph.core.keys import actor_id
from newsgraph.core.models import Triple
from newsgraph.core.ontology import ActorType
from newsgraph.core.tables import read_rows, split_list, text_field
from newsgraph.graph.store import merge_triples

__all__ = ["Override", "Overrides", "Applied", "load_overrides", "apply_overrides", "ACTIONS"]

ACTIONS = ("merge", "rename", "split", "block")
_TYPES = {t.value for t in ActorType}
_FIELDS = {"action", "actor", "to", "type", "aliases", "note", "notes", "comment"}
#: node attributes the rebuild computes; the others (``role`` ...) are carried over
_COMPUTED = {"name", "type", "aliases", "country", "articles", "mentions", "__labels__"}


@dataclass(frozen=True)
class Override:
    action: str
    actor: str | None
    to: str | None
    type: str | None
    aliases: tuple[str, ...]
    where: str  # FILE:LINE


@dataclass
class Overrides:
    rules: list[Override] = field(default_factory=list)


@dataclass
class Applied:
    """The graph with the overrides applied, and a note for each operation that found nothing to do."""

    graph: nx.MultiDiGraph
    notes: list[str] = field(default_factory=list)
    changed: int = 0  # relation mentions whose actor an operation changed


def load_overrides(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Overrides:
    """Read and check overrides files; a problem raises :class:`InputError` naming ``FILE:LINE``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out = Overrides()
    for path in paths:
        for line, fields in read_rows(Path(path), key="overrides", what="overrides"):
            out.rules.append(_rule(fields, f"{os.fspath(path)}:{line}"))
    return out


def _rule(fields: dict[str, Any], where: str) -> Override:
    unknown = sorted(set(fields) - _FIELDS)
    if unknown:
        raise InputError(f"{where}: unknown field '{unknown[0]}' (fields: action, actor, to, type, aliases)")
    action = (text_field(fields, "action", where, required=True) or "").lower()
    if action not in ACTIONS:
        raise InputError(f"{where}: 'action' {action!r} is not one of: {', '.join(ACTIONS)}")
    actor, to = text_field(fields, "actor", where), text_field(fields, "to", where)
    type_ = text_field(fields, "type", where)
    if type_ is not None:
        type_ = type_.upper()
        if type_ not in _TYPES:
            raise InputError(f"{where}: 'type' {type_!r} is not an actor type (one of: {', '.join(sorted(_TYPES))})")
    aliases = tuple(dict.fromkeys(split_list(fields.get("aliases"), where, "aliases")))
    if action != "block" and actor is None:
        raise InputError(f"{where}: {action} needs 'actor' (the name of an actor of the graph)")
    if action in ("merge", "rename", "split") and to is None:
        raise InputError(f"{where}: {action} needs 'to' (the actor's new name, or the one it goes into)")
    if action in ("split", "block") and not aliases:
        raise InputError(f"{where}: {action} needs 'aliases' (the names, separated by ';' in CSV)")
    if action in ("merge", "rename") and actor == to and type_ is None:
        raise InputError(f"{where}: 'actor' and 'to' are the same name")
    if action == "block" and actor == "*":
        actor = None
    return Override(action, actor, to, type_, aliases, where)


# --- applying -----------------------------------------------------------------------------

def apply_overrides(g: nx.MultiDiGraph, overrides: Overrides) -> Applied:
    """A new graph: ``g``'s relation mentions with ``overrides`` applied, merged again."""
    triples = list(_triples(g))
    countries = {d["name"]: d.get("country") for _, d in g.nodes(data=True)}
    extra = {n: {k: v for k, v in d.items() if k not in _COMPUTED} for n, d in g.nodes(data=True)}
    kept = _kept_aliases(g)
    notes: list[str] = []
    renamed: dict[tuple[str, str], tuple[str, str]] = {}  # (old name, type) -> (new name, type)
    blocked: list[tuple[str | None, str]] = []
    changed = 0
    for rule in overrides.rules:
        if rule.action == "block":
            blocked += [(rule.actor, a.casefold()) for a in rule.aliases]
            continue
        types = {t for name, t in _actors(triples) if name == rule.actor}
        if not types:
            notes.append(f"{rule.where}: no actor named {rule.actor!r} in the graph; nothing to {rule.action}")
            continue
        target_type: str | None = rule.type
        if rule.action == "merge":
            found = {t for name, t in _actors(triples) if name == rule.to}
            if not found:
                notes.append(f"{rule.where}: no actor named {rule.to!r} in the graph to merge {rule.actor!r} into "
                             "(use rename to give it a new name)")
                continue
            if len(found) > 1 and target_type is None:
                notes.append(f"{rule.where}: several actors are named {rule.to!r} ({', '.join(sorted(found))}); "
                             "give 'type'")
                continue
            target_type = target_type or next(iter(found))
        wanted = {a.casefold() for a in rule.aliases}
        out = []
        for t in triples:
            t2 = _moved(t, rule, target_type, wanted, countries)
            changed += t2 is not t
            out.append(t2)
        triples = out
        if rule.action in ("merge", "rename") and rule.to is not None:
            for old_type in types:
                renamed[(rule.actor or "", old_type)] = (rule.to, target_type or old_type)
    new = nx.MultiDiGraph()
    new.graph.update(copy.deepcopy(g.graph))
    merge_triples(new, triples)
    _finish_nodes(new, extra, kept, renamed, blocked)
    return Applied(new, notes, changed)


def _actors(triples: Iterable[Triple]) -> set[tuple[str, str]]:
    return {(t.subject, str(t.subject_type)) for t in triples} | {(t.object, str(t.object_type)) for t in triples}


def _moved(t: Triple, rule: Override, target_type: str | None, wanted: set[str],
           countries: dict[str, str | None]) -> Triple:
    update: dict[str, Any] = {}
    for side in ("subject", "object"):
        if getattr(t, side) != rule.actor:
            continue
        if rule.action == "split" and getattr(t, f"{side}_mention").casefold() not in wanted:
            continue
        new_type = target_type or str(getattr(t, f"{side}_type"))
        update[side] = rule.to
        update[f"{side}_type"] = new_type
        own = getattr(t, f"{side}_country")
        update[f"{side}_country"] = countries.get(rule.to or "") or (own if rule.action != "split" else None)
    if not update:
        return t
    if rule.to is not None:
        countries.setdefault(rule.to, update.get("subject_country") or update.get("object_country"))
    return t.model_copy(update=update)


def _kept_aliases(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Per node, the aliases no mention gives: old names an earlier merge or rename left there."""
    seen: dict[str, set[str]] = {n: set() for n in g}
    for u, v, d in g.edges(data=True):
        for ev in d.get("evidence") or []:
            seen[u].add(ev["subject_mention"])
            seen[v].add(ev["object_mention"])
    return {n: set(d.get("aliases") or []) - seen[n] for n, d in g.nodes(data=True)}


def _finish_nodes(new: nx.MultiDiGraph, extra: dict[str, dict[str, Any]], kept: dict[str, set[str]],
                  renamed: dict[tuple[str, str], tuple[str, str]], blocked: list[tuple[str | None, str]]) -> None:
    """Carry over what the mentions do not give (role, earlier old names ...); keep a merged or
    renamed actor's old name as an alias of the actor it became; drop blocked aliases."""
    for nid, data in new.nodes(data=True):
        for k, v in extra.get(nid, {}).items():
            data.setdefault(k, copy.deepcopy(v))
        if kept.get(nid):
            data["aliases"] = sorted({*data["aliases"], *kept[nid]})
    for (old_name, old_type), (name, type_) in renamed.items():
        seen = {(old_name, old_type)}
        while (name, type_) in renamed and (name, type_) not in seen:  # a chain of renames: where it ends
            seen.add((name, type_))
            name, type_ = renamed[(name, type_)]
        nid = actor_id(name, type_)
        if nid in new and old_name != name:
            new.nodes[nid]["aliases"] = sorted({*new.nodes[nid]["aliases"], old_name,
                                                *kept.get(actor_id(old_name, old_type), ())})
            for k, v in extra.get(actor_id(old_name, old_type), {}).items():
                new.nodes[nid].setdefault(k, copy.deepcopy(v))
    if blocked:
        for _, data in new.nodes(data=True):
            drop = {a for actor, a in blocked if actor is None or actor == data["name"]}
            data["aliases"] = [a for a in data["aliases"] if a.casefold() not in drop]


def _triples(g: nx.MultiDiGraph) -> Iterable[Triple]:
    """Every relation mention of ``g`` as the triple that built it."""
    for u, v, d in g.edges(data=True):
        s, o = g.nodes[u], g.nodes[v]
        for ev in d.get("evidence") or []:
            yield Triple(
                subject=s["name"], subject_type=s["type"], relation=d["type"], object=o["name"], object_type=o["type"],
                negated=bool(d.get("negated")), attributed_to=ev.get("attributed_to"), confidence=ev["confidence"],
                article_id=ev["article_id"], sentence=ev["sentence"], char_start=ev["char_start"],
                char_end=ev["char_end"], source=ev["source"], date=ev.get("date"),
                subject_mention=ev["subject_mention"], object_mention=ev["object_mention"],
                subject_country=s.get("country"), object_country=o.get("country"),
            )
