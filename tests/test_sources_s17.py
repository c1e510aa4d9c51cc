"""Source kind and party, session 17 (summarizer/evidence/__init__.py, "Sources, session 17"), on
invented sentences only, each rule with a negative."""

from __future__ import annotations

import pytest

from summarizer.assemble import _no_sides
from summarizer.evidence.attribution import source_kind_hint
from summarizer.schema import Source
from summarizer.testing import code_only


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- a fire or a gas explosion has no sides

_BUSHFIRE = (
    "Bush fires driven by dry winds have killed 11 people in the hills of Varo province, the Norland Interior "
    "Ministry said on Friday. The Defence Ministry said two soldiers died when the flames cut off their truck. "
    "Farmers were seen battling the blaze with shovels, and the Fire Service said 30 homes had burned."
)


def test_bush_fire_with_firefighting_has_no_sides() -> None:
    srcs = code_only(_BUSHFIRE).sources
    assert srcs and not any(s.party_to_conflict for s in srcs)


def test_war_text_naming_a_fire_keeps_the_sides_negative() -> None:
    # negative: shelling set the fires; the state's sources stay a side
    s = _BUSHFIRE.replace("Bush fires driven by dry winds", "Bush fires started by rebel shelling")
    assert _find(s, "Interior Ministry").party_to_conflict is True


_PIT = (
    "A methane explosion in a coal pit near Brevik killed seven miners on Sunday, the State Emergency Agency "
    "said. Police said they had detained the pit's manager on suspicion of breaking safety rules."
)


def test_gas_explosion_with_an_arrest_for_negligence_has_no_sides() -> None:
    assert _no_sides(_PIT)
    srcs = code_only(_PIT).sources
    assert srcs and not any(s.party_to_conflict for s in srcs)


def test_gas_explosion_with_a_clash_keeps_the_sides_negative() -> None:
    # negative: angry relatives clashed with police at the gate: violence between people
    assert not _no_sides(_PIT + " Relatives clashed with police at the gate.")


def test_hazard_word_with_no_harm_in_its_sentence_negative() -> None:
    # negative: "the talks collapsed" kills nobody; detentions alone tell no disaster
    s = "Police detained 40 opposition members on Monday after the talks collapsed, the Interior Ministry said."
    assert not _no_sides(s)


# ---------------------------------------------------------------- kinds by title and by name


@pytest.mark.parametrize(
    "name",
    [
        "Orsk ward councillor Lena Brandt",
        "the Varo District Secretary, Mira Holm",
        "Norland's prisons service",
        "the Norland Prisons and Correctional Service",
    ],
)
def test_local_offices_and_prisons_service_are_official(name: str) -> None:
    assert source_kind_hint(name) == "official"


def test_counsellor_is_no_office_negative() -> None:
    assert source_kind_hint("a school guidance counsellor") != "official"


@pytest.mark.parametrize("name", ["the Centre for Civic Dialogue", "the Lakeland Rights Monitor"])
def test_centre_for_a_cause_and_rights_monitor_are_ngo(name: str) -> None:
    assert source_kind_hint(name) == "ngo"


@pytest.mark.parametrize(
    "name,kind",
    [("the National Centre for Disaster Management", None), ("the Kora Conflict Monitor", "monitor")],
)
def test_state_centre_and_conflict_monitor_negative(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


@pytest.mark.parametrize("name", ["the Mouvement de Liberation du Sud", "Mujahideen Lembah Hijau"])
def test_armed_movements_by_name_are_military(name: str) -> None:
    assert source_kind_hint(name) == "military"


def test_business_movement_is_no_armed_group_negative() -> None:
    assert source_kind_hint("the Mouvement des Entreprises du Nord") != "military"


def test_armed_movement_by_its_initials_is_a_military_party() -> None:
    s = (
        "Soldiers killed nine gunmen near Tabou on Monday, the army said. The rebels, who call themselves the "
        "Mouvement de Liberation du Sud (MLS), said on Tuesday. The MLS said its fighters had killed 12 soldiers."
    )
    src = _find(s, "MLS")
    assert (src.kind, src.party_to_conflict) == ("military", True)


def test_citizens_coalition_is_no_armed_group_negative() -> None:
    assert source_kind_hint("the Concerned Parents and Citizens Coalition") != "military"
    assert source_kind_hint("the US-led coalition") == "military"


# ---------------------------------------------------------------- missed sources

_GUNMEN = "Gunmen killed ten soldiers near Orsk on Monday, the army said. "


def _names(text: str) -> list[str]:
    return [s.name for s in code_only(text).sources]


def test_outlet_described_before_its_name_that_reached_a_speaker_is_a_source() -> None:
    s = _GUNMEN + (
        "A police officer in Tarn, reached by telephone by the Norland news agency Kovo, said nobody had died."
    )
    assert "Kovo" in _names(s)


def test_reached_by_a_bare_outlet_name_stays_a_relay_negative() -> None:
    # negative: "reached by X" without the telephone: one set's gold keeps X as the speaker's channel only
    s = _GUNMEN + "A police officer in Tarn, reached by Kovo, said nobody had died."
    assert "Kovo" not in _names(s)


def test_body_named_for_what_it_protects_is_an_ngo_source() -> None:
    s = _GUNMEN + "Norland has jailed at least 9 reporters since 2019, the Committee to Protect Farmers says."
    assert _find(s, "Committee to Protect").kind == "ngo"


def test_person_who_told_the_speaker_is_a_source() -> None:
    s = _GUNMEN + (
        "A man whose brother was taken on May 2 said a soldier at an army post near the town told him "
        "that the boy was held with 40 others."
    )
    src = _find(s, "soldier at an army post")
    assert src.party_to_conflict is True


def test_person_the_speaker_told_is_no_source_negative() -> None:
    # negative: the speaker told someone; nobody told the speaker
    s = _GUNMEN + "A man whose brother was taken on May 2 said he told a soldier that the boy was only 15."
    assert not any("soldier" in n for n in _names(s))


def test_givers_of_accounts_are_sources() -> None:
    s = _GUNMEN + (
        "The Varo Legal Aid Trust said it had counted 14 dead, resting on accounts by relatives and by "
        "three prison officers who talked to the trust on condition of anonymity."
    )
    names = _names(s)
    assert "relatives" in names
    guards = _find(s, "prison officers")
    assert (guards.kind, guards.party_to_conflict) == ("anonymous", True)


def test_interviews_with_people_name_no_sources_negative() -> None:
    # negative: "interviews with survivors" tells how the body worked, not whose version it gives
    s = _GUNMEN + "The Varo Legal Aid Trust said it had held interviews with survivors."
    assert "survivors" not in _names(s)


def test_outlet_carrying_a_bodys_statement_names_both() -> None:
    s = (
        "Shelling killed ten soldiers near Orsk on Monday. 10:05 - Norland's state news agency Kovo has carried a "
        "statement by the Frontier Guards of Norland's Committee for State Security. It says four "
        "guards died."
    )
    names = _names(s)
    assert "Kovo" in names
    assert any("Frontier Guards" in n for n in names)


def test_person_named_after_a_role_they_were_spoken_to_as_is_that_office() -> None:
    s = (
        "Shelling killed ten soldiers near Orsk on Monday, the army said. Our reporter in Tarn spoke to the "
        "head of the Vessa rural district, Ivan Morrow. He said 20 houses had been hit."
    )
    src = _find(s, "Ivan Morrow")
    assert src.kind == "official"


def test_person_spoken_to_with_no_role_negative() -> None:
    s = (
        "Shelling killed ten soldiers near Orsk on Monday, the army said. Our reporter in Tarn spoke to a "
        "farmer, Ivan Morrow. He said 20 houses had been hit."
    )
    assert all(s.kind != "official" for s in code_only(s).sources if "Morrow" in s.name)


# ---------------------------------------------------------------- sides named by their own names

_FEUD = (
    "Gunmen shot dead five men at a tavern in Lindo township on Friday, police said. Residents said it was "
    "the latest round of a feud between two gangs, the Red Hand and the Blue Lions, over the taxi routes. "
)


def test_gang_named_as_a_side_speaks_as_a_party() -> None:
    s = _FEUD + "One woman who says she speaks for the Blue Lions denied on Saturday that the gang had a hand in it."
    src = _find(s, "Blue Lions")
    assert src.party_to_conflict is True
    assert not any(n.endswith(" who") for n in _names(s))


def test_body_not_named_as_a_side_negative() -> None:
    # negative: a church is no side of the feud
    s = _FEUD + "The Lindo Baptist Church said 40 families had fled to its hall."
    assert _find(s, "Baptist").party_to_conflict is False


def test_groups_named_as_the_fighters_are_sides() -> None:
    s = (
        "Police in Vessa said members of the groups Storm Eagle and Iron Tiger fought with knives and stones "
        "overnight, leaving three dead. The Iron Tiger group, in a post online, said 12 of its men were hurt. "
        'A chief of the Storm Eagle crew, who introduced himself as "Kobra", said four of his members '
        "had been killed."
    )
    assert _find(s, "Iron Tiger").party_to_conflict is True
    assert _find(s, "Kobra").party_to_conflict is True


def test_rescue_group_in_a_fight_text_negative() -> None:
    s = (
        "Police in Vessa said members of the groups Storm Eagle and Iron Tiger fought with knives and stones "
        "overnight, leaving three dead. The Vessa Rescue Group said it took 12 people to hospital."
    )
    assert _find(s, "Rescue Group").party_to_conflict is False


def test_outlet_citing_a_role_then_a_name_cites_the_person() -> None:
    s = (
        "A gas blast in a quarry near Brevik killed six workers on Monday. Eleven were hurt and taken to the town "
        "clinic, the state news agency Kovo reported, citing the clinic's head doctor, Dr. Ana Brel."
    )
    assert any(n.endswith("Ana Brel") for n in _names(s))


def test_outlet_citing_a_role_alone_negative() -> None:
    s = (
        "A gas blast in a quarry near Brevik killed six workers on Monday. Eleven were hurt and taken to the town "
        "clinic, the state news agency Kovo reported, citing the clinic's head doctor."
    )
    assert not any("Brel" in n for n in _names(s))


def test_researcher_at_a_rights_body_takes_its_kind() -> None:
    s = (
        "Police shot dead three marchers in Tarn on Sunday, the Lakeland Human Rights League (LHRL) said. "
        '"Nobody was armed," said Mira Holt, senior field researcher at LHRL.'
    )
    assert _find(s, "Mira Holt").kind == "ngo"


def test_researcher_at_a_state_body_negative() -> None:
    # negative: staff of a state office keep their own reading (not the rule's ngo/monitor/media)
    s = (
        "Police shot dead three marchers in Tarn on Sunday, the Interior Ministry said. "
        '"Nobody was armed," said Mira Holt, senior researcher at the Interior Ministry.'
    )
    assert _find(s, "Mira Holt").kind not in ("ngo", "monitor", "media")


def test_cleric_of_a_named_church_is_a_source() -> None:
    s = (
        "Gunmen killed five men in Lindo on Friday, police said. The Rev. Ana Holm of the Lindo Hill Baptist "
        "church, whose hall now shelters them, said the families of the dead had fled."
    )
    src = _find(s, "Ana Holm")
    assert (src.kind, src.party_to_conflict) == ("other", False)


def test_long_subject_with_no_person_of_a_body_negative() -> None:
    # negative: a long lower-case description is no person's name of a body
    s = (
        "Gunmen killed five men in Lindo on Friday, police said. Some of the men in the queue of the "
        "Lindo clinic said the families of the dead had fled."
    )
    assert not any("queue" in n for n in _names(s))


# ---------------------------------------------------------------- (review) a boat lost at sea; a stable patient

_FERRY = (
    "A cargo boat carrying traders sank off Tomboa island before dawn on Monday, and nine bodies have been "
    "recovered, the Port Authority said. A nurse at Tomboa clinic said two survivors were in stable condition."
)


def test_sunk_boat_with_a_stable_patient_has_no_sides() -> None:
    srcs = code_only(_FERRY).sources
    assert _no_sides(_FERRY) and srcs and not any(s.party_to_conflict for s in srcs)


def test_stabbing_keeps_the_sides_negative() -> None:
    # negative: a stabbing is violence between people ("stable" is not)
    assert not _no_sides(_FERRY + " A sailor was stabbed in a brawl on the quay.")


def test_overturned_verdict_is_no_hazard_negative() -> None:
    # negative: "overturned" with no harm in its sentence names no disaster
    assert not _no_sides("The court overturned the ban on Monday. Nine people were detained, the ministry said.")


@pytest.mark.parametrize(
    "name",
    [
        "the Tarnish Coast Guard",
        "the Emergency Operations Centre of Valdo province",
        "The Investigative Committee of Norland",
        "the Brevik district executive committee",
        "The Norland Meteorological Service",
    ],
)
def test_state_bodies_by_name_are_official(name: str) -> None:
    assert source_kind_hint(name) == "official"


def test_an_ambulance_service_is_no_state_office_negative() -> None:
    # negative: an ambulance service is a charity's as often as the state's
    assert source_kind_hint("the Al-Noor ambulance service") != "official"
