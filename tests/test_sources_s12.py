"""Sources, kinds and party, session 12 (summarizer/evidence/__init__.py, "Sources, session 12"), on
invented sentences only: an armed side's spokesman written before his name or claiming "its
fighters", a union official, an officer by rank, an acronym a speaker talks to, an outlet described
as the state's before its name, and a body run by another named one. Negatives included."""

from __future__ import annotations

import pytest

from summarizer.evidence.agents import described_armed_groups
from summarizer.evidence.attribution import (
    relay_kind,
    relaying_outlets,
    reliability_notes,
    source_kind_hint,
    title_kind,
)
from summarizer.schema import Source
from summarizer.testing import code_only


def _by_name(text: str) -> dict[str, Source]:
    return {s.name: s for s in code_only(text).sources}


def _find(text: str, part: str) -> Source:
    found = [s for n, s in _by_name(text).items() if part in n]
    assert found, (part, list(_by_name(text)))
    return found[0]


# ---------------------------------------------------------------- an armed side's spokesman


def test_side_named_before_spokesman_and_name() -> None:
    text = (
        "Gunmen killed 12 people on a bus near Tarvo on Monday, police said, in an attack claimed by the "
        "outlawed Velan Liberation Army (VLA).\n\nVLA spokesman Doran Velik said in a statement that the "
        "group had killed 12 soldiers."
    )
    s = _find(text, "Velik")
    assert (s.kind, s.party_to_conflict) == ("military", True)


def test_spokesman_claiming_its_fighters_is_military() -> None:
    text = (
        "Nine soldiers were killed in an ambush near Marol on Sunday, the army said.\n\n"
        "In a message posted online, a Harkat Dawla spokesman claimed its fighters had killed 20 soldiers."
    )
    s = _find(text, "Harkat Dawla spokesman")
    assert (s.kind, s.party_to_conflict) == ("military", True)


def test_faction_spokesman_with_militiamen() -> None:
    text = (
        "An air strike killed 30 people at a market in Tesso, residents said, in fighting between the federal "
        "army and Orma militiamen.\n\nA spokesman for one of the main Orma factions, Tamir Gede, said 35 "
        "civilians had been killed."
    )
    # (session 21) the person named after the role is the speaker, weighed by the role
    # (attribution._ROLE_FOR_BODY): a faction's spokesman is of an armed side
    s = _find(text, "Tamir Gede")
    assert s.kind == "military"


@pytest.mark.parametrize(
    "sentence",
    [
        # a state's spokesman written before his name stays official
        "Police spokesman Aron Tesk said five people were killed in the blast.",
        # a ministry's spokesman who speaks of the army's men, not "its fighters"
        "A Health Ministry spokesman said 14 people were killed and that the army had sent troops.",
    ],
)
def test_state_spokesmen_stay_official(sentence: str) -> None:
    text = "Five people were killed in a blast in Orsk on Monday.\n\n" + sentence
    s = _find(text, "spokesman")
    assert s.kind == "official"


# ---------------------------------------------------------------- union officials, officers by rank


def test_union_official_is_no_side() -> None:
    text = (
        "Gunmen ambushed an army convoy near Ballo on Monday, killing 12 soldiers, the army said.\n\n"
        "Two truck drivers were shot dead, according to Idris Kane, a drivers' union official in Ballo."
    )
    s = _find(text, "Idris Kane")
    assert (s.kind, s.party_to_conflict) == ("other", False)


def test_international_union_official_is_not_a_trade_union() -> None:
    text = (
        "Gunmen ambushed an army convoy near Ballo on Monday, killing 12 soldiers, the army said.\n\n"
        "Four civilians were also killed, according to Sara Moll, an African Union official in Ballo."
    )
    assert _find(text, "Sara Moll").kind == "official"


def test_senior_officer_is_a_side() -> None:
    text = (
        "Gunmen ambushed an army convoy near Ballo on Monday, killing 12 soldiers, the army said.\n\n"
        "A senior officer in Ballo, who was not authorised to speak publicly, said three more bodies had "
        "been found."
    )
    s = _find(text, "senior officer")
    assert (s.kind, s.party_to_conflict) == ("anonymous", True)


def test_medical_officer_is_no_side() -> None:
    text = (
        "Gunmen ambushed an army convoy near Ballo on Monday, killing 12 soldiers, the army said.\n\n"
        "A medical officer at Ballo hospital, who asked not to be named, said 20 people were being treated."
    )
    assert _find(text, "medical officer").party_to_conflict is False


# ---------------------------------------------------------------- listeners and relays


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The firing lasted three hours, a senior police officer told KNT on condition of anonymity.", "KNT"),
        ("A district official, who spoke to KNT by phone, said four people were hurt.", "KNT"),
        ("Speaking to state broadcaster Radio Norte, the governor said nine bodies were found.", "Radio Norte"),
    ],
)
def test_listener_outlets(sentence: str, outlet: str) -> None:
    text = "Four people were killed in clashes near Lem on Monday, police said.\n\n" + sentence
    assert outlet in relaying_outlets(text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told the UN that four people had been killed.",  # a UN body, no outlet
        "The envoy spoke to US officials about the four dead.",  # a country, and a name goes on
        "The officer told MSF staff that four people had been hurt.",  # a name goes on: no bare acronym
        "The minister told the US that four people had been killed.",  # a state written as an acronym
    ],
)
def test_listener_acronym_negatives(sentence: str) -> None:
    text = "Four people were killed in clashes near Lem on Monday, police said.\n\n" + sentence
    assert not {"UN", "US", "MSF"} & set(relaying_outlets(text, sentence))


def test_listener_acronym_kind() -> None:
    text = "Four people were killed near Lem, a police officer who spoke to KNT said."
    assert relay_kind(text, "KNT") == "media"


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        (
            "Four people were killed near Lem, Commissioner Ana Tes told the state-affiliated Orma "
            "Broadcasting Corporation. Later, Orma reported two more deaths.",
            "Orma",
            "state_media",
        ),
        (
            "Speaking to state broadcaster Radio Norte, the governor said nine bodies had been recovered.",
            "Radio Norte",
            "state_media",
        ),
        # a privately owned outlet and one with no description stay media
        (
            "Nine bodies were recovered near Lem, the privately owned Radio Sul reported.",
            "Radio Sul",
            "media",
        ),
    ],
)
def test_state_outlet_described_before_name(text: str, part: str, kind: str) -> None:
    assert _find(text, part).kind == kind


def test_body_run_by_a_named_body_is_described() -> None:
    text = (
        "Cara Norte, a casualty monitoring project run by the Kora Data Centre "
        "(KDC), said it had verified nine deaths in Lem."
    )
    assert any("monitoring project run by" in n for n in reliability_notes(text, "Cara Norte"))
    assert _find(text, "Cara Norte").kind == "monitor"


# ---------------------------------------------------------------- offices described around a name


def test_capitalised_side_before_an_office() -> None:
    text = (
        "Border forces clashed overnight near Tarvo, killing dozens.\n\nIn Kabul, the Taliban government's "
        "chief spokesman, Mawlawi Tamir Gede, told a news conference that 41 soldiers had been killed."
    )
    s = _find(text, "Tamir Gede")
    assert (s.kind, s.party_to_conflict) == ("official", True)
    assert any("Taliban government's chief spokesman" in n for n in s.reliability_notes)


def test_capitalised_name_alone_before_a_person_is_no_office() -> None:
    # negative: "the Norland Times" is an outlet's name, no office held by the person after it
    text = "Four people were killed in Tarvo, according to the Norland Times, Ana Ruiz said."
    assert not any("Norland Times" in n for n in reliability_notes(text, "Ana Ruiz"))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Idris Kane, director of the Kelo sub-district, said four people were killed.", "official"),
        ("Idris Kane, head of the Tarvo district hospital, said four people were killed.", "other"),
    ],
)
def test_office_with_no_article(sentence: str, kind: str) -> None:
    text = "A drone strike hit a pickup truck near Kelo on Monday.\n\n" + sentence
    assert _find(text, "Idris Kane").kind == kind


HOST = (
    "Turkish drone strike kills four near Kelo\n\nDUHOK, Iraq - A Turkish drone hit a car near "
    "Kelo, killing four civilians on Monday, residents said. Turkey said its drones struck PKK fighters in "
    "northern Iraq.\n\n"
    "Idris Kane, director of the Kelo sub-district, said two more people were wounded. Rescuers pulled the bodies "
    "out, the Duhok civil defence directorate said."
)


def test_host_offices_by_dateline_and_comma_place() -> None:
    # a foreign state strikes a non-state group in Iraq: the host's local offices are no side
    assert _find(HOST, "Idris Kane").party_to_conflict is False
    assert _find(HOST, "Duhok civil defence").party_to_conflict is False


def test_striking_state_stays_a_party_in_a_host_dateline() -> None:
    # negative: the striking state's own voice is a side wherever the story is datelined
    assert _find(HOST, "Turkey").party_to_conflict is True


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Four died, army spokesman Lt. Col. Ana Diaz said.", "military"),  # titles' stops end no sentence
        ("Troops fought rebel fighters in northern Iraq.\n\nAna Diaz said four died.", None),
        ("Troops fought rebel fighters in northern Iraq. Ana Diaz said four died.", None),
    ],
)
def test_lower_case_title_stays_in_its_sentence(text: str, kind: str | None) -> None:
    assert title_kind(text, "Ana Diaz") == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Assam Rifles", "military"),
        ("the Sindh Rangers", "military"),
        ("the 3rd Infantry Regiment", "military"),
        # negatives: lower-case arms and a charity's name hold no unit
        ("two rifles", None),
        ("the Rangers Relief Fund", None),
    ],
)
def test_units_named_by_their_troops(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("The ruling junta", "official"),
        ("the Assad regime", "official"),
        # negatives: the junta's or regime's forces are forces
        ("junta troops", "military"),
        ("regime forces", "military"),
    ],
)
def test_a_junta_governs(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


def test_a_sentence_opening_the_rebel_group_describes_no_group_named_the() -> None:
    # "The rebel group did not comment." named "the" an armed group, and every name holding the word
    # "the" ("the Office for the Coordination of ...") became military
    text = (
        "Fighting between two rebel groups killed 14 people near Tibu, the UN Office for the Coordination of "
        "Humanitarian Affairs (OCHA) said. The rebel group did not comment."
    )
    assert "the" not in described_armed_groups(text)
    assert _find(text, "OCHA").kind == "official"
