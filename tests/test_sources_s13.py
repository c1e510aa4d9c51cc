"""Sources, session 13 (summarizer/evidence/__init__.py, "Sources, session 13"), on invented sentences
only: an outlet relaying a speaker named with its outlet noun or a description ("told the official X news
agency", "according to its X news agency", "Speaking on the state-owned X Broadcasting Corporation"); a
side's possessive before an outlet ("the administration's X news agency", "the group's X TV"); a side-run
hospital's director; a local government's health officer; the judiciary; a conflict tracker; a body with
forces of its own ("X, whose forces ..."); a spokesman named by the first word of an armed group's name;
an officer at a military base; a state the text says is no side. Negatives included."""

from __future__ import annotations

import pytest

from summarizer.evidence.agents import described_armed_groups
from summarizer.evidence.attribution import source_kind_hint
from summarizer.schema import Source
from summarizer.testing import code_only


def _by_name(text: str) -> dict[str, Source]:
    return {s.name: s for s in code_only(text).sources}


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- kinds by the name's words


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("The council's Velo news agency (VNA)", "state_media"),  # a side's possessive before an outlet
        ("the army's website", "state_media"),
        ("director of the rebel-run Amar hospital in Tarvo", "official"),  # a side runs the hospital
        ("a doctor at the state-run Kesh hospital", "official"),
        ("the county health director", "official"),
        ("the district medical officer", "official"),
        ("Norland's judiciary", "official"),
        ("the Tarvo Security Tracker", "monitor"),
        # negatives: a hospital run by no side, a country's outlet, a people's hospital
        ("a doctor at the MSF-run hospital", "ngo"),
        ("a doctor at a privately-run clinic in Tarvo", "other"),
        ("An Italian-run surgical hospital in the city", "other"),
        ("Kenya's Nation newspaper", "media"),
        ("doctors at Amar hospital", "other"),
        ("the ministry's spokesman", "official"),
    ],
)
def test_kind_by_the_names_words(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


# ---------------------------------------------------------------- relays named with their noun


def test_told_the_official_news_agency_is_listed() -> None:
    text = (
        "Shelling killed 14 people in Tarvo on Monday, the health ministry said. A ministry spokesman told the "
        "official Kesh news agency that four children were among the dead."
    )
    s = _find(text, "Kesh")
    assert s.name == "Kesh news agency"


def test_according_to_its_news_agency_is_the_sides_outlet() -> None:
    text = (
        "Rebels killed nine soldiers near Tarvo on Monday. The Velan judiciary said police had arrested 12 people "
        "over the attack, according to its Amar news agency."
    )
    s = _find(text, "Amar")
    assert s.kind == "state_media" and s.party_to_conflict is True


def test_speaking_on_the_state_owned_broadcaster_is_listed() -> None:
    text = (
        "An air strike killed 20 fighters near Tarvo on Tuesday, the army said. Speaking on the state-owned "
        "Velan Broadcasting Corporation (VBC), the army spokesman said three soldiers were killed."
    )
    s = _find(text, "Broadcasting")
    assert s.kind == "state_media" and s.party_to_conflict is True


def test_told_a_bare_outlet_name_is_not_taken_by_the_named_relay() -> None:
    # no outlet noun and no description: the rule adds nothing ("told Harlan Birch" is a person)
    text = "Rebels killed nine villagers in Tarvo on Monday, a resident told Harlan Birch by phone."
    assert not any("Harlan" in n for n in _by_name(text))


def test_told_the_governor_is_no_outlet() -> None:
    text = "Rebels killed nine villagers in Tarvo on Monday, a resident told the regional Governor Ana Ruiz."
    assert not any(s.kind in ("media", "state_media") and "Ruiz" in s.name for s in code_only(text).sources)


# ---------------------------------------------------------------- a side's outlet by a possessive in the text


def test_the_groups_tv_named_again_is_the_sides_outlet() -> None:
    text = (
        "Air strikes killed 31 people in Tarvo on Friday. Hours later, the group's Al-Kesh TV reported that at "
        "least 20 people were killed. Footage aired by Al-Kesh TV showed burning tanks."
    )
    s = _find(text, "Al-Kesh")
    assert s.kind == "state_media"


def test_an_outlet_with_no_possessive_stays_media() -> None:
    text = "Air strikes killed 31 people in Tarvo on Friday, the Kesh Times reported."
    s = _find(text, "Kesh Times")
    assert s.kind == "media" and s.party_to_conflict is False


# ---------------------------------------------------------------- a body with forces of its own


def test_whose_forces_describes_an_armed_group() -> None:
    got = described_armed_groups("The opposition VPM/A-N, whose forces hold ground in the hills, said 31 died.")
    assert "vpm/a-n" in got


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese Armed Forces, whose troops hold the town, said 31 died.",
        "Kenya, whose forces crossed the border, said 31 died.",
        "Amnesty International, whose researchers visited the town, said 31 died.",
        "The Velan People's Army, whose fighters hold the town, said 31 died.",
    ],
)
def test_whose_forces_negatives(text: str) -> None:
    got = described_armed_groups(text)
    assert not got & {"sudanese armed forces", "kenya", "amnesty international", "army"}


def test_opposition_with_forces_is_a_military_party() -> None:
    text = (
        "An air strike killed 12 people near Tarvo on Tuesday, residents said. The opposition VPM/A-N, whose "
        "forces hold ground in the hills, said 31 civilians were killed."
    )
    s = _find(text, "VPM")
    assert s.kind == "military" and s.party_to_conflict is True


# ---------------------------------------------------------------- spokesman, officer at the base


def test_spokesman_by_the_first_word_of_an_armed_groups_name() -> None:
    text = (
        "Police fought the Kesh Battalion, an armed group backed by the interior "
        "ministry. A Kesh spokesman said the group had lost two of its fighters."
    )
    s = _find(text, "Kesh spokesman")
    assert s.kind == "military" and s.party_to_conflict is True


def test_spokesman_of_a_body_no_armed_group_stays_official() -> None:
    text = "Police fought the Kesh Battalion, an armed group. A Tarvo spokesman said two people were killed."
    s = _find(text, "Tarvo spokesman")
    assert s.kind == "official"


def test_officer_at_the_base_is_a_side() -> None:
    text = (
        "Militants killed 19 soldiers at a base near Tarvo on Sunday. An officer at the base, who asked "
        "not to be named, said the commander was among the dead."
    )
    s = _find(text, "officer at the base")
    assert s.kind == "anonymous" and s.party_to_conflict is True


def test_a_teacher_at_the_school_is_no_side() -> None:
    text = "Militants killed 19 pupils at a school near Tarvo on Sunday, a teacher at the school said."
    s = _find(text, "teacher")
    assert s.party_to_conflict is False


# ---------------------------------------------------------------- a state the text says is no side


_OUT = (
    "Air strikes on farms in eastern Chad killed five people on Friday, Chad's health ministry said. "
    "In a statement carried by the state-run Cedar News Agency (CNA), the ministry said 31 people were hurt. "
    "The Libyan military said it hit militia positions. The Chadian army, which is not a party to the "
    "fighting, said two of its soldiers were hurt."
)


def test_a_state_stated_out_is_no_party() -> None:
    got = _by_name(_OUT)
    assert got["Chad's health ministry"].party_to_conflict is False
    assert got["The Chadian army"].party_to_conflict is False
    cna = next(s for n, s in got.items() if "Cedar" in n)
    assert cna.party_to_conflict is False


def test_the_other_state_stays_a_party() -> None:
    got = _by_name(_OUT)
    libyan = next(s for n, s in got.items() if "Libyan" in n)
    assert libyan.party_to_conflict is True


def test_without_the_statement_the_state_stays_a_party() -> None:
    got = _by_name(_OUT.replace(", which is not a party to the fighting,", ""))
    assert got["The Chadian army"].party_to_conflict is True


# ---------------------------------------- a named denier, a body after its spokesman, a spelled-out acronym


def test_named_denier_with_a_role_is_listed() -> None:
    text = (
        "Rebels kidnapped at least 30 villagers in Tarvo on Friday, a rights group said. Ibrahim Kesh, an adviser to "
        "the VLA commander, dismissed the report as lies."
    )
    assert "Ibrahim Kesh" in _by_name(text)


@pytest.mark.parametrize(
    "denial",
    ["It denied the report.", "He rejected the allegations.", "Both sides denied the claims."],
)
def test_a_pronoun_denier_is_no_new_source(denial: str) -> None:
    text = "Rebels kidnapped at least 30 villagers in Tarvo on Friday, a rights group said. " + denial
    names = _by_name(text)
    assert not any(n.lower() in ("it", "he", "both sides", "both") for n in names)


def test_spokesman_before_the_body_takes_its_kind() -> None:
    text = (
        "Rebels and militiamen clashed near Tarvo on Tuesday. In a statement issued by its spokesman, Ana Velo, "
        "the VLA rebel alliance said its fighters had killed 27 militiamen."
    )
    s = _find(text, "Ana Velo")
    assert s.kind == "military" and s.party_to_conflict is True


def test_spokesman_before_a_charity_is_no_side() -> None:
    text = (
        "Rebels and militiamen clashed near Tarvo on Tuesday. In a statement issued by its spokesman, Ana Velo, "
        "the Tarvo Relief Foundation said 27 people had been killed."
    )
    s = _find(text, "Ana Velo")
    assert s.party_to_conflict is False


def test_a_long_name_with_its_acronym_is_a_source() -> None:
    text = (
        "Militants killed 19 soldiers at a base near Tarvo on Sunday, the army said. The Kora Support and "
        "Stabilisation Mission in Norland (KSSMN) said in a short statement that its aircraft had evacuated "
        "the wounded."
    )
    assert any("KSSMN" in n for n in _by_name(text))


def test_a_long_phrase_with_no_acronym_is_no_source() -> None:
    text = (
        "Militants killed 19 soldiers at a base near Tarvo on Sunday, the army said. The Rapid Response In The "
        "North Of Norland said in a short statement that its aircraft had evacuated the wounded."
    )
    assert not any("Rapid Response" in n for n in _by_name(text))


# ---------------------------------------- outlets: footage aired by one, a digit-led site, an apposed outlet


def test_footage_aired_by_an_outlet_is_the_outlet() -> None:
    text = (
        "Air strikes killed 31 people in Tarvo on Friday, the health ministry said. Hours later, the group's "
        "Al-Kesh TV reported heavy damage. Footage aired by Al-Kesh showed burning tanks on the quay."
    )
    names = _by_name(text)
    assert not any(n.lower().startswith("footage") for n in names)
    kesh = next(s for n, s in names.items() if "Al-Kesh" in n)
    assert kesh.kind == "state_media" and kesh.party_to_conflict is True


def test_footage_shared_on_social_media_stays_footage() -> None:
    text = "Air strikes killed 31 people in Tarvo on Friday. Footage shared on social media showed burning tanks."
    assert any(n.lower().startswith("footage") for n in _by_name(text))


def test_a_site_named_with_digits_carrying_a_statement() -> None:
    text = (
        "Army spokesman Colonel Ana Velo said in a statement carried by 24keshnews, the army's website, that more "
        "than 60 rebels were killed near Tarvo on Sunday."
    )
    s = _find(text, "24keshnews")
    assert s.kind == "state_media" and s.party_to_conflict is True


def test_an_outlet_in_apposition_that_broadcast_is_a_source() -> None:
    text = (
        "Air strikes killed seven people in Tarvo on Saturday, the health ministry said. The Velo Front later "
        "announced the deaths of three of its fighters, and Al-Kesh, the group's television channel, broadcast "
        "funeral preparations in Tarvo."
    )
    s = _find(text, "Al-Kesh")
    assert s.kind == "state_media" and s.party_to_conflict is True


def test_an_independent_outlet_in_apposition_is_no_side() -> None:
    text = (
        "Air strikes killed seven people in Tarvo on Saturday, the health ministry said. Kesh Now, an "
        "independent news site, reported that two more bodies were found."
    )
    s = _find(text, "Kesh Now")
    assert s.kind == "media" and s.party_to_conflict is False


# ---------------------------------------- the centre named again


def test_the_centre_after_its_full_name_is_one_source() -> None:
    text = (
        "The death toll from fighting in Tarvo rose to 23 on Wednesday, the Trauma Care Centre said. The "
        "centre, which the health ministry runs, had put the toll at 9 dead on Tuesday."
    )
    names = _by_name(text)
    assert not any(n.lower() == "the centre" for n in names)


# ---------------------------------------- a spokesperson for a body named before by a definite noun


def test_spokeswoman_for_the_organisation_is_the_body() -> None:
    text = (
        "Gunmen killed 12 villagers near Tarvo on Monday, the army said. Volunteers of the Northern Red Cross "
        "drove 16 wounded people to a clinic in Amar, a spokeswoman for the organisation said."
    )
    names = _by_name(text)
    assert any("Red Cross" in n for n in names)
    assert not any("spokeswoman" in n for n in names)


def test_spokeswoman_for_the_organisation_named_nowhere_stays() -> None:
    text = "Gunmen killed 12 villagers near Tarvo on Monday, a spokeswoman for the organisation said."
    names = _by_name(text)
    assert any("spokeswoman" in n for n in names)


def test_an_official_of_the_agency_stays_its_own_source() -> None:
    # an unnamed official is not the body's spokesperson (attrib_README kinds: anonymous)
    text = (
        "Gunmen killed 12 villagers near Tarvo on Monday, the Kora Emergency Management Agency (KEMA) said. "
        "An official of the agency, who asked not to be named, said the number could rise to 30."
    )
    names = _by_name(text)
    assert any(n.lower().startswith("an official of the agency") for n in names)


# ---------------------------------------- a UN body by its role is no outlet named before it


def test_un_agency_by_its_role_is_not_the_state_broadcaster() -> None:
    text = (
        "A drone strike killed 38 people in Tarvo on Tuesday. The army's spokesman told state broadcaster Kesh "
        "TV that 70 fighters were killed. More than 400,000 people have fled to Amar, according to the UN "
        "migration agency."
    )
    s = code_only(text)
    fled = next(c for c in s.casualties if c.outcome == "displaced")
    assert fled.reported_by is not None and "migration" in fled.reported_by


def test_the_un_agency_after_a_named_un_body_is_that_body() -> None:
    from summarizer.evidence.attribution import antecedent

    text = (
        "More than 5,000 people fled Tarvo, the UN refugee agency UNHCR said on Monday. Another 2,000 crossed "
        "the border, the UN agency said."
    )
    got = antecedent(text, "the UN agency", text.rfind("the UN agency"))
    assert got is not None and "UNHCR" in got


# ---------------------------------------- a body described by an acronym-headed apposition with a relative clause


def test_ngo_with_acronym_head_and_relative_clause_is_one_ngo_source() -> None:
    text = (
        "A drone strike killed four people near Tarvo on Monday, the district mayor said. Kora Peace Teams "
        "(KPT), a Geneva-based NGO that tracks Velan strikes in the north, said it had verified the five deaths."
    )
    names = _by_name(text)
    assert not any(n.lower().startswith("documents") for n in names)
    kpt = next(s for n, s in names.items() if "KPT" in n or "Kora Peace" in n)
    assert kpt.kind == "ngo" and kpt.party_to_conflict is False


def test_a_pronoun_after_said_is_no_new_subject() -> None:
    from summarizer.evidence.attribution import _attributions

    got = _attributions("Kora Teams, a group that documents Velan strikes, said it had confirmed four deaths.")
    assert [n for _, n in got] == ["Kora Teams"]


def test_the_army_confirmed_still_reads_its_subject() -> None:
    from summarizer.evidence.attribution import _attributions

    got = _attributions("The army confirmed four deaths near Tarvo on Monday.")
    assert [n for _, n in got] == ["The army"]


def test_that_inside_a_who_clause_is_no_clause_boundary() -> None:
    from summarizer.evidence.attribution import _attributions

    got = _attributions(
        "A nurse at a clinic in Tarvo, who spoke on condition that he not be named, said 15 wounded "
        "people were sheltering in a school."
    )
    assert [n for _, n in got] == ["A nurse at a clinic in Tarvo"]


def test_a_that_clause_after_said_still_parts_the_subject() -> None:
    from summarizer.evidence.attribution import _attributions

    got = _attributions("The governor said that the army had confirmed 15 deaths near Tarvo.")
    assert got and got[0][1] == "The governor"


def test_an_outlet_that_showed_is_a_source() -> None:
    text = (
        "Shelling displaced about 1,500 people from Tarvo in March, according to local officials, and "
        "Kesh24 television showed torched fields near Amar on Wednesday."
    )
    s = _find(text, "Kesh24")
    assert s.kind == "media" and s.party_to_conflict is False


def test_a_person_who_showed_is_no_outlet() -> None:
    text = (
        "Shelling displaced about 1,500 people from Tarvo in March, according to local officials. Ana Velo "
        "showed reporters the burned orchards."
    )
    assert not any("Velo" in n for n in _by_name(text))
