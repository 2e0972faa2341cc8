"""tools/import_lexicons.py: PETRARCH2 / Phoenix dictionaries -> extract/data/*.json.

Small dictionary snippets written here pin the conversion rules; one test checks that the
committed data files are exactly what the script generates from ../shared (skipped without it).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
COUNTRIES, INTERNATIONAL, MILNONSTATE = (
    "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
)


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_lexicons", REPO / "tools" / "import_lexicons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


tool = _load_tool()

VERBS = """\
####### SYNONYM SETS #######

&WEAPON
+GUN
+MISSILE
+KNIFE_

&MILITARY
+TROOPS
+ARMED_FORCES

####### VERB PATTERNS #######

---  SUPPLY   [---]  ---
SUPPLY {SUPPLIES SUPPLIED SUPPLYING }
PROVIDE [070]
- * &WEAPON (TO +)                                    [072]         # SUPPLY
- * SANCTIONS AGAINST                                 [163]         # PROVIDE

---  ATTACK   [190]  ---
ATTACK
+CARRY_OUT {+CARRIED_OUT +CARRIES_OUT +CARRYING_OUT}
RE_+ESTABLISH
+KILLED_AND {}
- * (AGAINST)                                         [193]         # same type: adds 'against'
- * {AIR STRIKES} (ON)                                [195]         # same type with a theme: covered
- * (WITH)                                            [042:043]     # ATTACK: MEETS the object of 'with'
- &MILITARY *                                         [154]         # DEPLOYS_TO when the subject is troops
- * OFF (FOR)                                         [014]         # 01: no type
- * (BEFORE COURT)                                    [:173]        # reverse-only
- * (TO {BANNED PARTIES}) $                           [1722]        # source marker
- BITTERLY *                                          [111]         # adverb where a noun is needed

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def test_verbs_block_without_default_gives_one_entry_per_pattern() -> None:
    doc, _ = tool.build_verbs(VERBS)
    assert doc["verbs"]["supply"] == [
        {"rel": "PROVIDES_AID", "code": "072", "obj": ["to"], "theme_synset": "&WEAPON"},
        {"rel": "SANCTIONS", "code": "163", "obj": ["against"], "theme": ["sanctions"]},
    ]


def test_verbs_own_code_is_the_default_and_same_type_patterns_are_covered() -> None:
    doc, _ = tool.build_verbs(VERBS)
    assert doc["verbs"]["provide"] == [
        {"rel": "PROVIDES_AID", "code": "070", "obj": ["dobj"]},
        {"rel": "SANCTIONS", "code": "163", "obj": ["against"], "theme": ["sanctions"]},
    ]


def test_verbs_default_entry_collects_prepositions_of_its_type() -> None:
    doc, stats = tool.build_verbs(VERBS)
    expected = [
        {"rel": "ATTACKS", "code": "190", "obj": ["dobj", "against"]},
        {"rel": "MEETS", "code": "042", "obj": ["with"]},
        {"rel": "DEPLOYS_TO", "code": "154", "obj": ["dobj"], "subj_synset": "&MILITARY"},
    ]
    assert doc["verbs"]["attack"] == expected
    assert doc["verbs"]["carry out"] == expected
    assert doc["verbs"]["re-establish"] == expected
    assert "killed and" not in doc["verbs"] and stats.verbs_dropped == 1
    assert stats.outcome == {
        "own entry": 4,
        "preposition added to the verb's default entry": 1,
        "same type as the verb's default entry": 1,
        "no newsgraph type for its CAMEO code": 1,
        "reverse-only code ([:NNN])": 1,
        "source or compound-actor marker ($, %)": 1,
        "adverb or function word where a noun is required": 1,
    }


def test_verbs_synsets_are_listed_without_plural_markers() -> None:
    doc, _ = tool.build_verbs(VERBS)
    assert doc["synsets"] == {"&MILITARY": ["armed forces", "troops"], "&WEAPON": ["gun", "knife", "missile"]}


@pytest.mark.parametrize(
    ("code", "rel"),
    [
        ("020", "APPEALS_TO"), ("1041", "APPEALS_TO"), ("030", "COOPERATES_WITH"), ("0331", "PROVIDES_AID"),
        ("036", "MEETS"), ("042", "MEETS"), ("045", "NEGOTIATES_WITH"), ("046", "NEGOTIATES_WITH"),
        ("051", "SUPPORTS"), ("057", "COOPERATES_WITH"), ("061", "COOPERATES_WITH"), ("062", "PROVIDES_AID"),
        ("073", "PROVIDES_AID"), ("112", "CRITICIZES"), ("125", "OPPOSES"), ("138", "THREATENS"), ("141", "OPPOSES"),
        ("154", "DEPLOYS_TO"), ("161", "OPPOSES"), ("163", "SANCTIONS"), ("1721", "SANCTIONS"), ("183", "ATTACKS"),
        ("193", "ATTACKS"), ("202", "ATTACKS"),
        ("010", None), ("084", None), ("090", None), ("160", None), ("166", None), ("173", None),
    ],
)
def test_cameo_codes_map_as_the_shared_readme_table(code: str, rel: str | None) -> None:
    assert tool.relation_for(code) == rel


def test_cameo_057_is_an_alliance_only_when_its_words_say_so() -> None:
    assert tool.relation_for("057", ["treaty"]) == "COOPERATES_WITH"
    assert tool.relation_for("057", ["alliance"]) == "ALLIED_WITH"


AGENTS = """\
# comment line
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON

FOREIGN_!MINIST! [~GOV]  # jap 4/14/01
GOVERNMENT_SPOKES!PERSON! [~GOV]
PRESIDENT [~GOVPRS]
DEPUTY_PRIME_MINISTER [~GOV]
ARMY_CHIEF_OF_STAFF [~MILGOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
GENERALS [~MIL]
FARMER [~AGR]
F-16 [~MIL]
AMBASSADOR_TO {} [~GOV]
"""


def test_agents_inflection_groups_expand_into_singular_and_plural() -> None:
    doc, stats = tool.build_agents(AGENTS)
    agents = doc["agents"]
    assert agents["foreign minister"] == {"sector": "GOV", "rel": "MEMBER_OF", "plurals": ["foreign ministers"], "code": "~GOV"}
    assert agents["foreign ministry"] == {"sector": "GOV", "rel": "MEMBER_OF", "plurals": ["foreign ministries"], "code": "~GOV"}
    assert agents["government spokesman"]["plurals"] == ["government spokesmen"]
    assert agents["government spokeswoman"]["plurals"] == ["government spokeswomen"]
    assert agents["government spokesperson"]["plurals"] == []
    assert "foreign ministers" not in agents and "ambassador to" not in agents
    assert stats.dropped == {"ends in a preposition ('ambassador to')": 1}


@pytest.mark.parametrize(
    ("noun", "rel", "sector", "plurals"),
    [
        ("president", "LEADS", "GOV", ["presidents"]),
        ("deputy prime minister", "MEMBER_OF", "GOV", ["deputy prime ministers"]),
        ("army chief of staff", "LEADS", "MIL", ["army chiefs of staff"]),
        ("attorney general", "MEMBER_OF", "GOV", ["attorneys general"]),
        ("general", "MEMBER_OF", "MIL", ["generals"]),
        ("farmer", None, "AGR", ["farmers"]),
        ("f-16", None, "MIL", []),
    ],
)
def test_agents_relation_sector_and_plurals(noun: str, rel: str | None, sector: str, plurals: list[str]) -> None:
    agent = tool.build_agents(AGENTS)[0]["agents"][noun]
    assert (agent["rel"], agent["sector"], agent["plurals"]) == (rel, sector, plurals)


ACTORS = """\
SYRIA_  [SYR]
+SYRIAN_
+DAMASCUS_

BASHAR_AL_ASSAD_  # CountryInfo.txt
+ASSAD_
+ASSAD_REGIME_
\t[SYRELI 830101-000101]
\t[SYRGOV >000717]
\t[SYRELI]

MINISTRY_OF_DEFENSE_ [SYRGOVMIL]

FREE_SYRIAN_ARMY_  #
+SALIM_IDRIS
+IDRIS
\t[SYRREB]

JUND_AL_AQSA
SARAYAT_AL-QUDS
\t[SYRREBMUS]

UN_  [IGOUNO]
"""


def _actors(countries: str, milnonstate: str = "") -> dict[str, list[dict[str, object]]]:
    raw = {
        COUNTRIES: tool.parse_actor_file(countries, COUNTRIES),
        INTERNATIONAL: [],
        MILNONSTATE: tool.parse_actor_file(milnonstate, MILNONSTATE),
    }
    ctx = tool.ActorContext(
        places=frozenset(tool.ISO3), first_names=frozenset({"SALIM"}), common=frozenset({"army"}), discards=frozenset()
    )
    doc: dict[str, list[dict[str, object]]] = tool.build_actors(raw, ctx)[0]
    return doc


def test_actor_entry_with_dated_roles_is_a_person_with_its_codes() -> None:
    persons = _actors(ACTORS)["persons"]
    assert {"name": "Bashar al-Assad", "aliases": ["Assad"], "country": "SYR", "codes": ["SYRELI", "SYRGOV"]} in persons


def test_actor_institutions_groups_and_places() -> None:
    doc = _actors(ACTORS, "HEZBOLLAH_ [LBNREB]\n+HIZBALLAH\n")
    assert doc["organizations"] == [
        {"name": "Ministry of Defense", "aliases": [], "country": "SYR", "codes": ["SYRGOVMIL"]},
    ]
    assert [g["name"] for g in doc["groups"]] == ["Free Syrian Army", "Hezbollah", "Jund al-Aqsa", "Sarayat al-Quds"]
    assert doc["groups"][2]["codes"] == ["SYRREBMUS"]  # listed without codes: the next entry's codes
    assert doc["groups"][1] == {"name": "Hezbollah", "aliases": ["Hizballah"], "country": "LBN", "codes": ["LBNREB"]}
    # a person among a group's aliases becomes a person, with the surname alias beside it
    assert {"name": "Salim Idris", "aliases": ["Idris"], "country": "SYR", "codes": ["SYRREB"]} in doc["persons"]
    assert doc["groups"][0]["aliases"] == []
    # the country entry (gazetteer.json has states) and the two-letter 'UN' are dropped
    assert not [e for kind in doc.values() for e in kind if e["name"] in ("Syria", "UN")]


@pytest.mark.parametrize(
    ("upper", "person", "natural"),
    [
        ("BASHAR AL ASSAD", True, "Bashar al-Assad"),
        ("ABD AL-HALIM KHADDAM", True, "Abd al-Halim Khaddam"),
        ("OSAMA BIN LADEN", True, "Osama bin Laden"),
        ("MIGUEL D'ESCOTO BROCKMANN", True, "Miguel D'Escoto Brockmann"),
        ("R.K. PACHAURI", True, "R.K. Pachauri"),
        ("JOHN PAUL II", True, "John Paul II"),
        ("XI JINPING", True, "Xi Jinping"),
        ("AL-QAEDA IN THE ARABIAN PENINSULA", False, "Al-Qaeda in the Arabian Peninsula"),
        ("SYRIA'S GOVERNMENT", False, "Syria's Government"),
        ("JULY 20TH BRIGADE", False, "July 20th Brigade"),
        ("UN DEPARTMENT OF PEACEKEEPING OPERATIONS", False, "UN Department of Peacekeeping Operations"),
    ],
)
def test_actor_names_in_natural_case(upper: str, person: bool, natural: str) -> None:
    assert tool.natural_case(upper, person, frozenset({"UN"})) == natural


def test_actor_parenthesised_initials_become_an_alias() -> None:
    assert tool.clean_name("ANIMAL_LIBERATION_FRONT_(ALF)_") == ("ANIMAL LIBERATION FRONT", ["ALF"])
    assert tool.clean_name("DIRECT_ACTION_(GREECE)_") == ("DIRECT ACTION", [])


def test_render_json_is_sorted_valid_and_one_entry_per_line() -> None:
    text = tool.render_json({"verbs": {"b": [1], "a": [2]}, "_about": "x", "list": [{"k": 1}, {"k": 2}]})
    assert json.loads(text) == {"verbs": {"b": [1], "a": [2]}, "_about": "x", "list": [{"k": 1}, {"k": 2}]}
    assert text.splitlines() == ['{', '"_about": "x",', '"list": [', '{"k": 1},', '{"k": 2}', '],', '"verbs": {',
                                 '"a": [2],', '"b": [1]', '}', '}']


def test_missing_shared_fails_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("import_lexicons: ") and "lexicons/petrarch2" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.corpus
def test_committed_data_files_are_what_the_script_generates() -> None:
    if not (SHARED / "lexicons" / "petrarch2").is_dir():
        pytest.skip("../shared/lexicons/petrarch2 is not present (a user's clone has no ../shared)")
    files, _ = tool.generate(SHARED)
    for name, text in files.items():
        committed = REPO / "extract" / "data" / name
        assert committed.read_text(encoding="utf-8") == text, f"{committed} is stale: rerun tools/import_lexicons.py"
        if name.endswith(".json"):
            assert committed.stat().st_size < 3_000_000


def test_hand_data_files_have_no_repeated_keys() -> None:
    """A JSON object keeps the last of two equal keys: a repeated entry silently drops the first."""
    from importlib import resources

    def no_repeats(pairs):
        keys = [k for k, _ in pairs]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"repeated keys: {sorted(repeated)}"
        return dict(pairs)

    for name in ("lexicon.json", "gazetteer.json"):
        json.loads(resources.files("newsgraph.extract").joinpath(f"data/{name}").read_text("utf-8"), object_pairs_hook=no_repeats)
