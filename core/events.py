"""Event-data codes per relation type: CAMEO code and root, quad class, Goldstein score, PLOVER event.

The one table that turns newsgraph's 16 relation types into the vocabulary of event data
(GDELT, ICEWS, Phoenix, PETRARCH): every export derives its event columns from here, so the
triple record stays as docs/ontology.md defines it. Each code is one of the roots that
:data:`newsgraph.core.ontology.CAMEO_ROOTS` gives the type (the mapping
``benchmarks/petrarch.py`` scores with); the PLOVER event is the one the CAMEO→PLOVER table
(2021) gives that code. LEADS and MEMBER_OF are structural facts, not events: no code.

>>> from newsgraph.core.events import event_code
>>> e = event_code("ATTACKS")
>>> e.cameo, e.root, e.quad_class, e.goldstein, e.plover
('190', '19', 4, -10.0, 'ASSAULT')
>>> event_code("LEADS") is None
True
"""
from __future__ import annotations

from dataclasses import dataclass

from newsgraph.core.ontology import RelationType

__all__ = ["EVENT_CODES", "QUAD_CLASSES", "EventCode", "event_code", "quad_class"]

#: CAMEO quad classes (the GDELT ``QuadClass`` column), by number.
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def quad_class(root: str) -> int:
    """The quad class of a CAMEO root: 01–05 verbal cooperation (1), 06–09 material cooperation (2),
    10–14 verbal conflict (3), 15–20 material conflict (4).

    >>> quad_class("04"), quad_class("19")
    (1, 4)
    """
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


@dataclass(frozen=True)
class EventCode:
    """The event coding of one relation type."""

    cameo: str
    """CAMEO event code (three digits, leading zero kept): ``"046"`` engage in negotiation."""
    goldstein: float
    """Goldstein-scale intensity of that code, -10 (most conflictual) .. +10 (most cooperative)."""
    plover: str
    """PLOVER event type (2021 names): ``CONSULT``, ``ASSAULT``..."""

    @property
    def root(self) -> str:
        """The CAMEO root code: the first two digits (``"04"``)."""
        return self.cameo[:2]

    @property
    def quad_class(self) -> int:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        return quad_class(self.root)


_R = RelationType
#: relation type -> its event coding. The code is the type's nearest CAMEO code, chosen among
#: the roots of CAMEO_ROOTS; Goldstein values are those the CAMEO codebook gives these codes.
EVENT_CODES: dict[RelationType, EventCode] = {
    _R.SUPPORTS: EventCode("050", 3.5, "SUPPORT"),  # engage in diplomatic cooperation
    _R.ALLIED_WITH: EventCode("050", 3.5, "SUPPORT"),
    _R.PROVIDES_AID: EventCode("070", 7.0, "AID"),  # provide aid
    _R.COOPERATES_WITH: EventCode("060", 6.0, "COOPERATE"),  # engage in material cooperation
    _R.MEETS: EventCode("040", 1.0, "CONSULT"),  # consult
    _R.NEGOTIATES_WITH: EventCode("046", 7.0, "CONSULT"),  # engage in negotiation
    _R.APPEALS_TO: EventCode("020", 3.0, "REQUEST"),  # make an appeal or request
    _R.OPPOSES: EventCode("120", -4.0, "REJECT"),  # reject
    _R.CRITICIZES: EventCode("111", -2.0, "ACCUSE"),  # criticize or denounce
    _R.THREATENS: EventCode("130", -4.4, "THREATEN"),  # threaten
    _R.SANCTIONS: EventCode("160", -4.0, "SANCTION"),  # reduce relations
    _R.ATTACKS: EventCode("190", -10.0, "ASSAULT"),  # use conventional military force
    _R.DEPLOYS_TO: EventCode("150", -7.2, "MOBILIZE"),  # demonstrate military or police power
    _R.CONTROLS: EventCode("192", -9.5, "COERCE"),  # occupy territory
}


def event_code(relation: RelationType | str) -> EventCode | None:
    """The event coding of a relation type, or None for the structural LEADS / MEMBER_OF.

    >>> event_code("NEGOTIATES_WITH").cameo
    '046'
    """
    return EVENT_CODES.get(RelationType(relation))
