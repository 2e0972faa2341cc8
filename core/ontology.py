"""The data model's fixed vocabularies (../shared/ONTOLOGY.md, v1).

Actor types, the 16 relation types with their class and CAMEO root codes.
Labels and relationship types written to any backend come only from here.
"""
from __future__ import annotations

from enum import Enum


class ActorType(str, Enum):
    """The five actor types; each is a node label in Cypher (``:Country``) besides ``:Actor``.

    >>> import newsgraph as ng
    >>> [t.value for t in ng.ActorType]
    ['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'LOCATION']
    """

    PERSON = "PERSON"
    COUNTRY = "COUNTRY"
    ORGANIZATION = "ORGANIZATION"
    GROUP = "GROUP"
    LOCATION = "LOCATION"


class RelationClass(str, Enum):
    """The class of a relation type: what ``--class`` / ``classes=`` select.

    >>> import newsgraph as ng
    >>> [c.value for c in ng.RelationClass]
    ['cooperative', 'conflictual', 'structural']
    """

    COOPERATIVE = "cooperative"
    CONFLICTUAL = "conflictual"
    STRUCTURAL = "structural"


class RelationType(str, Enum):
    """The 16 relation types (docs/ontology.md); each is a relationship type in Cypher.

    >>> import newsgraph as ng
    >>> len(ng.RelationType), ng.RelationType("ATTACKS") is ng.RelationType.ATTACKS
    (16, True)
    """

    SUPPORTS = "SUPPORTS"
    ALLIED_WITH = "ALLIED_WITH"
    PROVIDES_AID = "PROVIDES_AID"
    COOPERATES_WITH = "COOPERATES_WITH"
    MEETS = "MEETS"
    NEGOTIATES_WITH = "NEGOTIATES_WITH"
    APPEALS_TO = "APPEALS_TO"
    OPPOSES = "OPPOSES"
    CRITICIZES = "CRITICIZES"
    THREATENS = "THREATENS"
    SANCTIONS = "SANCTIONS"
    ATTACKS = "ATTACKS"
    DEPLOYS_TO = "DEPLOYS_TO"
    LEADS = "LEADS"
    MEMBER_OF = "MEMBER_OF"
    CONTROLS = "CONTROLS"


_C, _X, _S = RelationClass.COOPERATIVE, RelationClass.CONFLICTUAL, RelationClass.STRUCTURAL

RELATION_CLASS: dict[RelationType, RelationClass] = {
    RelationType.SUPPORTS: _C,
    RelationType.ALLIED_WITH: _C,
    RelationType.PROVIDES_AID: _C,
    RelationType.COOPERATES_WITH: _C,
    RelationType.MEETS: _C,
    RelationType.NEGOTIATES_WITH: _C,
    RelationType.APPEALS_TO: _C,
    RelationType.OPPOSES: _X,
    RelationType.CRITICIZES: _X,
    RelationType.THREATENS: _X,
    RelationType.SANCTIONS: _X,
    RelationType.ATTACKS: _X,
    RelationType.DEPLOYS_TO: _X,
    RelationType.LEADS: _S,
    RelationType.MEMBER_OF: _S,
    RelationType.CONTROLS: _S,
}

CAMEO_ROOTS: dict[RelationType, tuple[str, ...]] = {
    RelationType.SUPPORTS: ("05", "07"),
    RelationType.ALLIED_WITH: ("05", "06"),
    RelationType.PROVIDES_AID: ("07",),
    RelationType.COOPERATES_WITH: ("03", "05", "06"),
    RelationType.MEETS: ("04",),
    RelationType.NEGOTIATES_WITH: ("04", "08"),
    RelationType.APPEALS_TO: ("02",),
    RelationType.OPPOSES: ("11", "12"),
    RelationType.CRITICIZES: ("11",),
    RelationType.THREATENS: ("13",),
    RelationType.SANCTIONS: ("16",),
    RelationType.ATTACKS: ("18", "19", "20"),
    RelationType.DEPLOYS_TO: ("15",),
    RelationType.LEADS: (),
    RelationType.MEMBER_OF: (),
    RelationType.CONTROLS: ("19",),
}

#: Types whose direction carries no meaning (ALLIED_WITH is declared symmetric;
#: MEETS, NEGOTIATES_WITH and COOPERATES_WITH are scored in either direction).
SYMMETRIC: frozenset[RelationType] = frozenset(
    {
        RelationType.ALLIED_WITH,
        RelationType.MEETS,
        RelationType.NEGOTIATES_WITH,
        RelationType.COOPERATES_WITH,
    }
)

#: Neo4j / grand-cypher node label per actor type (plus the common `Actor`).
ACTOR_LABEL: dict[ActorType, str] = {
    ActorType.PERSON: "Person",
    ActorType.COUNTRY: "Country",
    ActorType.ORGANIZATION: "Organization",
    ActorType.GROUP: "Group",
    ActorType.LOCATION: "Location",
}


def relation_class(rel: RelationType | str) -> RelationClass:
    """The coarse polarity of a relation type: ``relation_class("ATTACKS") == "conflictual"``."""
    return RELATION_CLASS[RelationType(rel)]


_ACTING = frozenset({ActorType.PERSON, ActorType.COUNTRY, ActorType.ORGANIZATION, ActorType.GROUP})
_ALL = frozenset(ActorType)

#: Relation signatures: the actor types each relation may link, (subjects, objects). A LOCATION is
#: acted upon, never an actor; it is the object of attacks, deployments and control only.
SIGNATURES: dict[RelationType, tuple[frozenset[ActorType], frozenset[ActorType]]] = {
    **{r: (_ACTING, _ACTING) for r in RelationType},
    RelationType.ATTACKS: (_ACTING, _ALL),
    RelationType.DEPLOYS_TO: (_ACTING, frozenset({ActorType.LOCATION, ActorType.COUNTRY})),
    RelationType.CONTROLS: (_ACTING, frozenset({ActorType.LOCATION})),
    RelationType.MEMBER_OF: (_ACTING, frozenset({ActorType.COUNTRY, ActorType.ORGANIZATION, ActorType.GROUP})),
    RelationType.LEADS: (_ACTING, _ACTING - {ActorType.PERSON}),
}

#: relations whose object may be a place (a LOCATION), as type names
PLACE_OBJECT: frozenset[str] = frozenset(r.value for r, (_, objs) in SIGNATURES.items() if ActorType.LOCATION in objs)


def allowed(rel: RelationType | str, subject: ActorType | str, obj: ActorType | str) -> bool:
    """Whether the ontology lets ``rel`` link these actor types: ``allowed("CONTROLS", "GROUP", "LOCATION")``."""
    subjects, objects = SIGNATURES[RelationType(rel)]
    if RelationType(rel) is RelationType.MEMBER_OF and ActorType(subject) is ActorType.COUNTRY:
        return ActorType(obj) in (ActorType.ORGANIZATION, ActorType.GROUP)  # a state is a member of a body, not of a state
    return ActorType(subject) in subjects and ActorType(obj) in objects


#: pronouns and determiners: words that stand for an actor in one sentence and name none; never
#: stored as an actor's alias (graph/store.py), never accepted as one in an actors file
NOT_ALIASES: frozenset[str] = frozenset({
    "i", "me", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
    "they", "them", "their", "theirs", "this", "that", "these", "those", "the", "a", "an", "who", "whom", "which",
    "itself", "themselves", "ourselves", "himself", "herself", "one", "some", "all", "both", "each", "either",
    "neither", "other", "others", "another", "such", "here", "there", "what", "whose",
})
