"""Source kind and party, session 16 (summarizer/evidence/__init__.py, "Sources, session 16"), on
invented sentences only, each rule with a negative."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import source_kind_hint
from summarizer.schema import Source
from summarizer.testing import code_only


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- unnamed and anonymous


def test_unnamed_officer_with_a_place_phrase_asking_anonymity_is_anonymous() -> None:
    s = (
        "Gunmen killed nine soldiers near Vossa on Friday. A customs officer in the small border town of "
        "Lemmet, who declined to be identified, said 12 had died."
    )
    assert _find(s, "customs officer").kind == "anonymous"


def test_unnamed_officer_with_a_place_phrase_no_anonymity_negative() -> None:
    # negative: no anonymity clause, the noun's own kind stays
    s = (
        "Gunmen killed nine soldiers near Vossa on Friday. A customs officer in the small border town of "
        "Lemmet said 12 had died."
    )
    assert _find(s, "customs officer").kind != "anonymous"


def test_private_person_asking_anonymity_stays_other() -> None:
    s = (
        "Gunmen killed nine soldiers near Vossa on Friday. A farmer's widow, who declined to be "
        "identified, said her brother had died in it."
    )
    assert _find(s, "widow").kind == "other"


# ---------------------------------------------------------------- a disaster has no sides


_FLOOD = (
    "Flash floods after two days of heavy rain drowned 14 villagers in the hill district of Varo, the "
    "National Emergency Office said on Monday. The Norland Army said it had sent 120 soldiers and two "
    "helicopters to the district. Police spokesman Tarek Holm said 20 people were still missing."
)


def test_disaster_with_no_violence_makes_no_source_a_party() -> None:
    srcs = code_only(_FLOOD).sources
    assert srcs and not any(s.party_to_conflict for s in srcs)


def test_disaster_with_an_attack_keeps_the_sides_negative() -> None:
    # negative: an attack in the same text (gunmen on a police post) keeps the state's sources a side
    s = _FLOOD.replace("Police spokesman", "Gunmen attacked a police post at Varo on Sunday. Police spokesman")
    assert _find(s, "Tarek Holm").party_to_conflict is True


def test_its_officer_after_a_named_hospital_is_the_hospitals() -> None:
    s = (
        "Rebels shelled the town of Orsk on Friday, killing nine civilians, the army said. Twenty wounded were "
        "taken to Orsk Regional Hospital, its senior medical officer, Dr. Ana Pell, said."
    )
    assert _find(s, "Ana Pell").kind != "military"


def test_its_spokesman_after_the_army_negative() -> None:
    # negative: no hospital in the sentence; "its" is the body cited before (the army)
    s = (
        "Rebels shelled the town of Orsk on Friday, killing nine civilians, the army said. Twenty were wounded, "
        "its spokesman, Tomas Brell, said."
    )
    assert _find(s, "Tomas Brell").kind == "military"


# ---------------------------------------------------------------- state offices by title; outlets by form


@pytest.mark.parametrize(
    "name",
    [
        "Orsk district chairman Pavel Linde",
        "Chief District Officer Hari Lal Tamang",
        "regional security secretary Colonel Ana Brisa",
        "the state health secretariat",
        "Norland's penitentiary service",
        "Norland's Institute of Legal Medicine",
    ],
)
def test_state_office_titles_are_official(name: str) -> None:
    assert source_kind_hint(name) == "official"


@pytest.mark.parametrize("name", ["the party general secretary", "a nurse at the prison service clinic"])
def test_state_office_titles_negative(name: str) -> None:
    # negative: a party's secretary is no state office; a nurse at a prison clinic is its staff (other)
    assert source_kind_hint(name) != "official"


def test_weekly_before_a_name_is_an_outlet() -> None:
    assert source_kind_hint("The independent Varo weekly Nedelya") == "media"


def test_weekly_market_is_no_outlet_negative() -> None:
    assert source_kind_hint("the weekly market") != "media"


_RIOT = (
    "Inmates rioted at the Brask prison in Norland on Monday and guards were taken hostage; police stormed "
    "the wing and killed two inmates, the interior ministry said. "
)


def test_state_body_called_autonomous_is_no_side() -> None:
    s = _RIOT + "The Forensic Medicine Service, an autonomous public body, said it had received seven bodies."
    assert _find(s, "Forensic").party_to_conflict is False


def test_state_body_not_called_autonomous_negative() -> None:
    # negative: no apposition calling it autonomous: the state's body in the state's fight
    s = _RIOT + "The Forensic Medicine Service said it had received seven bodies."
    assert _find(s, "Forensic").party_to_conflict is True


# ---------------------------------------------------------------- the state in a gang war


_GANGS = (
    "Rival gangs battled over a tin mine outside Pelo on Friday, killing 14 miners, a "
    "rights group said. "
)


def test_state_retaking_the_area_from_gangs_is_a_side() -> None:
    s = _GANGS + "The Defence Ministry said troops had retaken the mine and held 11 people."
    assert _find(s, "Defence Ministry").party_to_conflict is True


def test_state_detaining_gang_members_is_a_side() -> None:
    s = _GANGS + "The Defence Ministry said more than 900 gang members were arrested this year."
    assert _find(s, "Defence Ministry").party_to_conflict is True


def test_state_arresting_suspects_only_is_no_side_negative() -> None:
    # negative: the state arrests suspects of the crime, it fights no gang
    s = _GANGS + "The Defence Ministry said police held four suspects after a car chase."
    assert _find(s, "Defence Ministry").party_to_conflict is False


def test_gang_claiming_to_have_killed_police_makes_the_state_a_side() -> None:
    s = (
        "Gang violence has displaced thousands in Norland. The Kora gang said it killed \"more than "
        "20 police\" in the raid on Pelo, but the national police reported two officers hurt."
    )
    assert _find(s, "national police").party_to_conflict is True


# ---------------------------------------------------------------- a state's watchdog holding the state to account


def test_ombudsman_accusing_the_authorities_is_no_side() -> None:
    s = _RIOT + (
        "The Ombudsman's Office said its staff had counted nine dead and blamed the government for a cover-up."
    )
    assert _find(s, "Ombudsman").party_to_conflict is False


def test_ombudsman_calling_for_an_inquiry_is_no_side() -> None:
    s = _RIOT + "The Ombudsman's Office said nine inmates had died and demanded an independent investigation."
    assert _find(s, "Ombudsman").party_to_conflict is False


def test_ombudsman_only_reporting_stays_the_states_negative() -> None:
    # negative: a state's watchdog that only gives a count, in a fight of its state, stays the state's
    s = _RIOT + "The Ombudsman's Office said nine inmates had died."
    assert _find(s, "Ombudsman").party_to_conflict is True


def test_no_side_ombudsman_verifying_confirms() -> None:
    s = _RIOT + (
        "The Ombudsman's Office reported that it had checked and verified two inmate deaths, and it accused the "
        "police of abuses."
    )
    figs = [c for c in code_only(s).casualties if c.reported_by and "Ombudsman" in c.reported_by]
    assert figs and figs[0].status == "confirmed"


# ---------------------------------------------------------------- spokespeople, fronts, protest organisers


def test_spokesman_for_a_farmers_body_takes_its_kind() -> None:
    assert source_kind_hint("A spokesman for the regional union of rice growers and farmers") == "other"


def test_spokesman_for_a_ministry_negative() -> None:
    assert source_kind_hint("A spokeswoman for the transport ministry") == "official"


def test_opposition_front_is_no_armed_group() -> None:
    assert source_kind_hint("The opposition Front for Civic Unity (FCU)") == "other"


def test_armed_front_negative() -> None:
    assert source_kind_hint("the armed opposition Front for Civic Unity") == "military"


def test_opposition_in_a_protest_text_is_a_party() -> None:
    s = (
        "Police fired on protesters in the city of Amar on Monday, killing six, the opposition Union for "
        "Change said. The interior ministry said three people had died."
    )
    assert _find(s, "Union for Change").party_to_conflict is True


def test_opposition_without_protests_negative() -> None:
    s = (
        "Gunmen killed six people in a bar in the city of Amar on Monday, the opposition Union for Change "
        "said. The interior ministry said three people had died."
    )
    assert _find(s, "Union for Change").party_to_conflict is False


def test_leader_of_the_body_that_organised_the_march_is_a_party() -> None:
    s = (
        "Police fired on a crowd in Tarvo on Friday, killing four. Ravi Lal, a leader of the Tarvo Traders "
        "Forum, which organised the march, said 30 people were hurt."
    )
    assert _find(s, "Ravi Lal").party_to_conflict is True


def test_leader_of_a_body_that_ran_a_clinic_negative() -> None:
    s = (
        "Police fired on a crowd in Tarvo on Friday, killing four. Ravi Lal, a leader of the Tarvo Traders "
        "Forum, which runs a clinic in the town, said 30 people were hurt."
    )
    assert _find(s, "Ravi Lal").party_to_conflict is False


# ---------------------------------------------------------------- voices of groups set against each other


_LAND = (
    "Clashes over grazing land between Tamo herders and settled rice farmers killed nine people near Vell on "
    "Sunday, the interior ministry said. "
)


def test_chief_speaking_for_one_side_of_a_clash_is_a_party() -> None:
    s = _LAND + "Ola Denke, an elder who speaks for the Tamo herders in the valley, said 14 had died."
    assert _find(s, "Ola Denke").party_to_conflict is True


def test_body_representing_one_side_is_a_party() -> None:
    s = _LAND + "The Vell Grazing Union (VGU), which represents herders, said 14 had died."
    assert _find(s, "Grazing Union").party_to_conflict is True


def test_voice_of_no_side_in_the_clash_negative() -> None:
    # negative: an elder who speaks for fishermen, no group the text sets against another
    s = _LAND + "Ola Denke, an elder who speaks for the lake fishermen, said 14 had died."
    assert _find(s, "Ola Denke").party_to_conflict is False


def test_spokeswoman_for_a_named_hospital_takes_its_kind() -> None:
    assert source_kind_hint("A spokeswoman for Vell Teaching Hospital (VTH)") == "other"


_ETHNIC = (
    "Ethnic violence between the Vashi and Orun communities has killed 40 people since March, police said. "
)


def test_council_named_by_one_side_is_that_sides_body() -> None:
    s = _ETHNIC + "The Vashi Heritage Council said gunmen shot three of its members on Monday."
    src = _find(s, "Heritage Council")
    assert src.kind == "other" and src.party_to_conflict is True


def test_council_named_by_a_county_negative() -> None:
    # negative: a state's council ("County") stays the state's office
    s = _ETHNIC + "The Vashi County Council said three people had been shot on Monday."
    assert _find(s, "County Council").kind == "official"


def test_organisers_of_a_sit_in_are_a_party() -> None:
    s = "Police broke up a sit-in in Tarvo with tear gas on Friday. Organisers said 25 people had been hurt."
    assert _find(s, "Organisers").party_to_conflict is True


def test_organisers_of_a_festival_negative() -> None:
    s = "A stampede at a festival in Tarvo on Friday crushed 25 people. Organisers said 25 people had been hurt."
    assert _find(s, "Organisers").party_to_conflict is False


# ---------------------------------------------------------------- a chiefdom feud between factions


_FEUD = (
    "Clashes of rival factions in a decades-old succession feud over the Kesh chiefdom killed nine "
    "men at Amra on Tuesday. Northern Regional Minister Ada Moro said 40 soldiers had been "
    "sent to the town. "
)


def test_state_is_no_side_of_a_chiefdom_feud() -> None:
    assert _find(_FEUD, "Ada Moro").party_to_conflict is False


def test_rival_factions_with_no_feud_word_negative() -> None:
    # negative: rival factions named with no chieftaincy, succession, land or clan word: the default stays
    s = _FEUD.replace("in a decades-old succession feud over the Kesh chiefdom ", "")
    assert _find(s, "Ada Moro").party_to_conflict is True


def test_faction_spokesman_with_gunmen_in_the_text_is_military() -> None:
    s = _FEUD + (
        "Gunmen of both camps traded fire in the market. A spokeswoman for the northern faction, the Amra "
        "Unity Front, said 20 of its men were dead."
    )
    # (session 21) the body named after the role is the source (attribution._ROLE_FOR_BODY)
    assert _find(s, "Amra Unity Front").kind == "military"
