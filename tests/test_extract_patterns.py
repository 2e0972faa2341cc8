"""Every extraction pattern on sentences written for these tests: what must and must not come out."""
from __future__ import annotations

import pytest

import newsgraph as ng
from tests.conftest import assert_extracts, edges

# (text, edges that must be found, edges that must not be found)
CASES = [
    # active and passive clauses
    ("active", "Iran supports the Houthis.", {("Iran", "SUPPORTS", "Houthis")}, set()),
    ("passive", "The Houthis are supported by Iran.", {("Iran", "SUPPORTS", "Houthis")}, {("Houthis", "SUPPORTS", "Iran")}),
    ("reduced-passive", "Yemeni government forces backed by Saudi warplanes advanced on Sunday.", {("Saudi Arabia", "SUPPORTS", "Yemen")}, set()),
    ("attack", "Israeli jets struck Hezbollah positions overnight.", {("Israel", "ATTACKS", "Hezbollah")}, set()),
    # prepositional objects
    ("prep-object", "Egypt held talks with Qatar on Monday.", {("Egypt", "MEETS", "Qatar")}, set()),
    ("cooperate-with", "Jordan will cooperate with Iraq on border security.", {("Jordan", "COOPERATES_WITH", "Iraq")}, set()),
    ("call-on", "Germany called on Serbia to withdraw its troops.", {("Germany", "APPEALS_TO", "Serbia")}, set()),
    ("provide-to", "Poland supplied tanks to Ukraine last year.", {("Poland", "PROVIDES_AID", "Ukraine")}, set()),
    ("deploy-to", "France deployed troops to Mali in 2013.", {("France", "DEPLOYS_TO", "Mali")}, set()),
    ("sanction-on", "The European Union imposed sanctions on Belarus.", {("European Union", "SANCTIONS", "Belarus")}, set()),
    # coordination
    ("coordinated-subjects", "Russia and Iran back Bashar al-Assad.", {("Russia", "SUPPORTS", "Bashar al-Assad"), ("Iran", "SUPPORTS", "Bashar al-Assad")}, set()),
    ("coordinated-objects", "Canada criticized China and Russia.", {("Canada", "CRITICIZES", "China"), ("Canada", "CRITICIZES", "Russia")}, set()),
    # appositions and copulas
    ("apposition", "Russia, Assad's main backer, sent more jets.", {("Russia", "SUPPORTS", "Bashar al-Assad")}, set()),
    ("copula", "Iran is Hezbollah's closest ally.", {("Iran", "ALLIED_WITH", "Hezbollah")}, set()),
    # adjectival compounds
    ("x-backed", "Turkish-backed rebels advanced on the Syrian town of Afrin.", {("Turkey", "SUPPORTS", "Syrian rebels")}, set()),
    ("x-led", "The U.S.-led coalition bombed Islamic State targets in Syria.", {("United States", "LEADS", "U.S.-led coalition"), ("U.S.-led coalition", "ATTACKS", "Islamic State")}, set()),
    ("x-held", "Fighting raged around the Houthi-held port of Hodeidah.", {("Houthis", "CONTROLS", "Hodeidah")}, set()),
    # titles
    ("title-leads", "French President Emmanuel Macron arrived in Beirut.", {("Emmanuel Macron", "LEADS", "France")}, set()),
    ("title-member", "Chinese Foreign Minister Wang Yi spoke to reporters.", {("Wang Yi", "MEMBER_OF", "China")}, {("Wang Yi", "LEADS", "China")}),
    ("title-former", "Former Italian Prime Minister Matteo Renzi spoke to reporters.", set(), {("Matteo Renzi", "LEADS", "Italy")}),
    # nominal relations
    ("nominal-poss", "Moscow's support for the Syrian government angered Washington.", {("Russia", "SUPPORTS", "Syria")}, set()),
    ("nominal-demonym", "Iranian military aid to the Houthis has grown.", {("Iran", "PROVIDES_AID", "Houthis")}, set()),
    ("nominal-light-verb", "Tehran pledged lasting financial support for Hezbollah.", {("Iran", "SUPPORTS", "Hezbollah")}, set()),
    ("talks-between", "Talks between Armenia and Azerbaijan resumed in Geneva.", {("Armenia", "MEETS", "Azerbaijan")}, set()),
    # metonyms
    ("metonym", "The Kremlin condemned Kyiv for the drone strike.", {("Russia", "CRITICIZES", "Ukraine")}, set()),
    # negation and modality
    ("negation", "Russia is not planning to attack Finland, the Kremlin said.", set(), set()),
    # accusation with attribution
    ("accusation", "Washington accused Tehran of arming the Houthis.", {("United States", "CRITICIZES", "Iran")}, set()),
    # pronoun coreference
    ("pronoun", "Vladimir Putin spoke on Tuesday. He criticized NATO.", {("Vladimir Putin", "CRITICIZES", "NATO")}, set()),
    # quoted speech, first person plural
    ("quote-we", "\"We support Iraq's elected government,\" Erdogan said.", {("Turkey", "SUPPORTS", "Iraq")}, set()),
    # reciprocal verbs, relations carried by a governed noun, weapons fired at
    ("reciprocal", "Japan and India met on Friday.", {("Japan", "MEETS", "India")}, set()),
    ("cut-ties", "Bolivia cut ties with Israel.", {("Bolivia", "SANCTIONS", "Israel")}, {("Bolivia", "COOPERATES_WITH", "Israel")}),
    ("restore-ties", "Egypt restored diplomatic ties with Qatar.", {("Egypt", "COOPERATES_WITH", "Qatar")}, {("Egypt", "SANCTIONS", "Qatar")}),
    ("sign-deal", "Turkey signed a gas deal with Azerbaijan.", {("Turkey", "COOPERATES_WITH", "Azerbaijan")}, set()),
    ("fire-at", "North Korea fired missiles at Japan.", {("North Korea", "ATTACKS", "Japan")}, set()),
    ("engage-in-fight", "Indian troops engaged Chinese soldiers in a clash near the border.", {("India", "ATTACKS", "China")}, {("India", "COOPERATES_WITH", "China")}),
    ("date-after-name", "The Iraqi foreign minister met with Syrian President Bashar Assad Monday.", {("Iraq", "MEETS", "Bashar al-Assad")}, set()),
    # negatives: no relation without actors, no relation from mere co-occurrence
    ("no-actors", "The weather was cold and the markets were quiet.", set(), set()),
    ("co-occurrence", "Qatar and Oman reported higher oil revenues.", set(), {("Qatar", "COOPERATES_WITH", "Oman"), ("Qatar", "MEETS", "Oman")}),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_extract_pattern(name: str, text: str, must: set, must_not: set) -> None:
    assert_extracts(text, must, must_not)


def test_extract_negation_marks_denied_relation() -> None:
    ts = ng.extract_text("Russia is not planning to attack Finland, the Kremlin said.")
    assert ("Russia", "THREATENS", "Finland") in edges(ts, negated=True)  # a planned attack is a threat, here denied
    assert ("Russia", "ATTACKS", "Finland") not in edges(ts, negated=False)


def test_extract_refusal_is_negated() -> None:
    ts = ng.extract_text("Hungary refused to sanction Russia.")
    assert ("Hungary", "SANCTIONS", "Russia") in edges(ts, negated=True)


def test_extract_accusation_attributes_nested_claim() -> None:
    ts = ng.extract_text("Washington accused Tehran of arming the Houthis.")
    nested = [t for t in ts if (t.subject, t.relation, t.object) == ("Iran", "PROVIDES_AID", "Houthis")]
    assert nested and nested[0].attributed_to == "United States"


def test_extract_reported_speech_is_attributed() -> None:
    claims = [t for t in ng.extract_text("Ukraine said Russia shelled Kharkiv overnight.") if t.subject == "Russia"]
    assert claims and all(t.attributed_to == "Ukraine" for t in claims)


def test_extract_own_side_statement_is_not_attributed() -> None:
    ts = ng.extract_text("Russian President Vladimir Putin said Russia would keep supplying weapons to Syria.")
    aid = [t for t in ts if (t.subject, t.relation, t.object) == ("Russia", "PROVIDES_AID", "Syria")]
    assert aid and aid[0].attributed_to is None


def test_extract_hedged_relation_has_lower_confidence() -> None:
    plain = [t for t in ng.extract_text("Japan supports the Philippines.") if t.relation == "SUPPORTS"]
    hedged = [t for t in ng.extract_text("Japan wants to support the Philippines.") if t.relation == "SUPPORTS"]
    assert plain and hedged and hedged[0].confidence < plain[0].confidence


def test_extract_surname_merges_with_full_name() -> None:
    text = "Brazilian President Luiz Inacio Lula da Silva met Argentine officials.\n\nLula later criticized the IMF."
    subjects = {t.subject for t in ng.extract_text(text)}
    assert "Lula" not in subjects


def test_extract_offsets_point_at_sentence() -> None:
    text = "Headline about Egypt\n\nEgypt held talks with Qatar on Monday. Jordan backs Iraq."
    for t in ng.extract_text(text):
        assert text[t.char_start : t.char_end] == t.sentence
