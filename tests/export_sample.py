"""A small hand-made actor graph for the export, filter and viewer tests.

Actors and sentences are invented for the tests; the graph is built the way
the extractor's output is, through ``newsgraph.graph.store.merge_triples``.
It has: dated and undated edges (2015-11 .. 2017-06), two parallel edges of
different types between the same pair, a negated edge, an edge with an
attributed claim, a low-confidence edge, every actor type, and an alias with
a quote, a comma and a semicolon in it.
"""
from __future__ import annotations

import itertools

import networkx as nx

from newsgraph.core.models import Triple
from newsgraph.graph.store import merge_triples

A1, A2, A3, A4, A5 = (f"{c}" * 16 for c in "abcde")
TITLES = {
    A1: "Chile steps up help for the Andean Rebels",
    A2: "Peru strikes rebel camps near the border",
    A3: "Lima and Santiago trade words over the border",
    A4: "Monitors urge Lima to open the port",
    A5: "Leaders meet at last in Arica",
}

# (subject, s_type, relation, object, o_type, article, date, sentence, s_mention, o_mention, extra)
_ROWS = [
    ("Chile", "COUNTRY", "SUPPORTS", "Andean Rebels", "GROUP", A1, "2016-02-10",
     "Chile has quietly backed the Andean Rebels for a year.", "Chile", "the Andean Rebels", {}),
    ("Chile", "COUNTRY", "SUPPORTS", "Andean Rebels", "GROUP", A2, "2016-05-03",
     "Santiago remains the rebels' main backer, officials said.", "Santiago", 'the "Andean" fighters, north; east', {}),
    ("Peru", "COUNTRY", "ATTACKS", "Andean Rebels", "GROUP", A2, "2016-03-01",
     "Peruvian jets struck rebel camps on Tuesday.", "Peruvian", "rebel", {}),
    ("Peru", "COUNTRY", "ATTACKS", "Andean Rebels", "GROUP", A5, "2017-01-15",
     "Lima shelled the Andean Rebels again in January.", "Lima", "the Andean Rebels", {"confidence": 0.55}),
    ("Peru", "COUNTRY", "CRITICIZES", "Chile", "COUNTRY", A3, "2016-04-04",
     "Lima accused Santiago of arming the insurgents.", "Lima", "Santiago",
     {"attributed_to": "Elena Marsh"}),
    ("Peru", "COUNTRY", "SUPPORTS", "Chile", "COUNTRY", A3, "2016-04-04",
     "Peru is not backing Chile in the dispute.", "Peru", "Chile", {"negated": True}),
    ("Elena Marsh", "PERSON", "LEADS", "Peru", "COUNTRY", A3, None,
     "Peruvian President Elena Marsh spoke in Lima.", "Elena Marsh", "Peruvian", {}),
    ("Pacific Monitoring Group", "ORGANIZATION", "APPEALS_TO", "Peru", "COUNTRY", A4, "2015-11-20",
     "The Pacific Monitoring Group urged Lima to reopen the port.", "The Pacific Monitoring Group", "Lima",
     {"confidence": 0.4}),
    ("Peru", "COUNTRY", "CONTROLS", "Puerto Lindo", "LOCATION", A2, "2016-08-08",
     "Peruvian troops now hold Puerto Lindo.", "Peruvian troops", "Puerto Lindo", {}),
    ("Peru", "COUNTRY", "MEETS", "Chile", "COUNTRY", A5, "2017-06-01",
     "Marsh met her Chilean counterpart in Arica on Thursday.", "Marsh", "Chilean", {}),
]

COUNTRIES = {"country:chile": "CHL", "country:peru": "PER"}


def sample_triples() -> list[Triple]:
    out = []
    offset = itertools.count(0, 200)
    for s, st, rel, o, ot, art, date, sent, sm, om, extra in _ROWS:
        start = next(offset)
        fields = dict(
            subject=s, subject_type=st, relation=rel, object=o, object_type=ot,
            confidence=0.9, article_id=art, sentence=sent, char_start=start, char_end=start + len(sent),
            source=f"news/{art[:1]}.txt", date=date, subject_mention=sm, object_mention=om,
        )
        fields.update(extra)
        out.append(Triple(**fields))
    return out


def sample_graph() -> nx.MultiDiGraph:
    """The sample as the embedded store holds it (country codes set explicitly)."""
    g = nx.MultiDiGraph()
    merge_triples(g, sample_triples())
    for n in g.nodes:
        g.nodes[n]["country"] = COUNTRIES.get(n)
    return g
