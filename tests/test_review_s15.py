"""Review, session 15: session 14's rules (status rule 3's state hospital and "taken to", the
sources' "journalists" kind and anonymity after the verb) on invented wordings they were not
written for (summarizer/evidence/__init__.py, "Review, session 15"). Invented text only;
negatives included."""

from __future__ import annotations

import pytest

from summarizer.assemble import taken_to
from summarizer.evidence.attribution import anonymous_mention, source_kind_hint
from summarizer.testing import code_only
from summarizer.testing import statuses as _statuses

# --- where people were taken: only the wounded or the dead -----------------------------------------


def test_troops_moved_to_a_place_leave_it_the_events_place() -> None:
    text = (
        "Bomb wounds police\n\n"
        "KAMPALA - Troops were moved to Vela district, where a bomb wounded three officers on Monday, police said."
    )
    assert [c.location for c in code_only(text).casualties] == ["Vela district"]


def test_the_injured_rushed_to_a_place_is_no_place_of_the_event_negative() -> None:
    # negative: the wounded are the ones moved there
    text = (
        "Bomb wounds police\n\n"
        "KAMPALA - A bomb wounded three officers in Orsk district on Monday and the injured were rushed to "
        "Vela district, police said."
    )
    assert [c.location for c in code_only(text).casualties] == ["Orsk district"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Government troops moved to Tarvo on Monday, where 12 people were killed.", []),
        ("The fighting has shifted to Tarvo.", []),
        ("The convoy was brought to Tarvo, where a bomb killed 12 people.", []),
        # negatives: the wounded, the dead, the bodies
        ("The wounded were taken to Tarvo General Hospital.", ["Tarvo General Hospital"]),
        ("Medics evacuated two hurt guards to Lusaka for treatment.", ["Lusaka"]),
        ("The bodies were transferred to Orsk on Tuesday.", ["Orsk"]),
    ],
)
def test_taken_to_needs_the_wounded_or_the_dead(sentence: str, places: list[str]) -> None:
    assert [m.group("to") for m in taken_to(sentence)] == places


# --- a charity speaking near a state hospital stays independent ------------------------------------

_ARMY = (
    "Soldiers killed in attack on post\n\n"
    "VELA - Nine soldiers died and four more were hurt when raiders overran a checkpoint near "
    "Vela on Tuesday, the army said.\n\n"
    "The wounded were flown to the military hospital in Orsk. "
)


def test_a_charity_near_a_military_hospital_still_confirms() -> None:
    got = _statuses(_ARMY + "Doctors Without Borders said four wounded soldiers were in its care.")
    assert got["injured:four"] == "confirmed"


def test_a_doctor_of_the_military_hospital_confirms_nothing_negative() -> None:
    # negative: the state hospital's own doctor is no independent check of the army
    got = _statuses(_ARMY + "A doctor there said four wounded soldiers were being treated.")
    assert got["injured:four"] == "reported"


# --- "journalists": reporters, not bodies for them -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["the Committee to Protect Journalists", "the Union of Journalists", "the International Federation of Journalists"],
)
def test_a_body_for_journalists_is_no_outlet(name: str) -> None:
    assert source_kind_hint(name) != "media"


@pytest.mark.parametrize("name", ["local journalists", "an AP journalist", "two foreign journalists"])
def test_journalists_who_saw_are_media_negative(name: str) -> None:
    assert source_kind_hint(name) == "media"


# --- anonymity after the verb: the phrase right after the comma ------------------------------------


def test_someone_else_unnamed_later_leaves_the_speaker_on_record() -> None:
    text = (
        "Guards shot\n\nKAMPALA - Gunmen shot dead two guards in Orsk on Monday. A police officer said, asking "
        "residents to stay calm, that an unnamed gunman had been arrested."
    )
    assert next(s for s in code_only(text).sources if "officer" in s.name).kind != "anonymous"
    assert not anonymous_mention(
        "A police officer told reporters, speaking after talks, that an anonymous caller had warned of it.",
        "A police officer",
    )


@pytest.mark.parametrize(
    "clause",
    ["declining to be named", "requesting anonymity", "asking not to be named"],
)
def test_anonymity_right_after_the_comma(clause: str) -> None:
    article = f"A police officer told the Evening Star, {clause}, that three more guards were missing."
    assert anonymous_mention(article, "A police officer")


def test_condition_of_anonymity_after_the_verb_still_anonymous_negative() -> None:
    # negative (the session-14 shape, kept): on condition of anonymity right after the comma
    article = "A police officer told the Evening Star, on condition of anonymity, that three guards were missing."
    assert anonymous_mention(article, "A police officer")


# --- session 14's sources rules: the country's government, a led deed, "told X of ..." ---------------


def test_the_countrys_government_by_its_capitalised_word_is_the_country() -> None:
    text = (
        "Malawi says 7 herders killed\n\n"
        "TARVO - Malawi said on Monday that seven herders were killed near the border. The Malawi "
        "Government said two suspects were held."
    )
    assert len(code_only(text).sources) == 1


def test_a_country_named_charity_stays_its_own_source_negative() -> None:
    # negative: "the Malawi Red Cross" is a body of its own (session 14)
    text = (
        "Malawi says 7 herders killed\n\n"
        "TARVO - Malawi said on Monday that seven herders were killed near the border. The Malawi Red "
        "Cross said its volunteers had collected seven bodies."
    )
    assert len(code_only(text).sources) == 2


@pytest.mark.parametrize(
    "clause", ["who led the protest march against the government", "who led the raid on the army post"]
)
def test_a_led_deeds_target_gives_no_kind(clause: str) -> None:
    text = f"Shelling killed seven people in Tarvo on Monday. Ana Ruiz, {clause}, told reporters that 19 were wounded."
    ruiz = next(s for s in code_only(text).sources if "Ruiz" in s.name)
    assert ruiz.kind == "other" and not ruiz.party_to_conflict


def test_a_led_office_still_gives_its_kind_negative() -> None:
    # negative: the office she heads, with where it sits after "at"
    text = (
        "Shelling killed seven people in Tarvo on Monday. Ana Ruiz, who heads the health office at the "
        "district hospital, told reporters that 19 were wounded."
    )
    assert next(s for s in code_only(text).sources if "Ruiz" in s.name).kind == "official"


@pytest.mark.parametrize("told", ["Norlandian strikes", "Kesh Front attacks"])
def test_told_an_outlet_of_what_happened_keeps_the_outlets_name(told: str) -> None:
    text = f"Air strikes hit Tarvo on Monday. The mayor told Reuters of {told} that killed 12 people."
    assert "Reuters" in [s.name for s in code_only(text).sources]


def test_an_outlet_named_with_of_and_a_place_negative() -> None:
    # negative (session 14): the place ends the outlet's name
    text = "Air strikes hit Tarvo on Monday. The mayor told the Herald of Norland that 12 people were killed."
    assert "the Herald of Norland" in [s.name for s in code_only(text).sources]


# --- a second "and that" clause: a doubt naming every figure still reaches the first -----------------

_TWO_CLAUSES = "Raid on camps\n\nKODO - Raiders attacked camps near Kodo on Sunday. The UN mission said at least 12 "


@pytest.mark.parametrize(
    "tail",
    [
        "people were killed and that 30 were hurt, figures it could not independently verify.",
        "people were killed and that 30 were hurt, though neither figure could be independently verified.",
        "people were killed and that 30 were hurt, but it could not verify either number.",
        "people were killed and that 30 were hurt, but could not confirm the death toll.",
    ],
)
def test_a_doubt_naming_every_figure_reaches_the_first_clause(tail: str) -> None:
    assert _statuses(_TWO_CLAUSES + tail)["killed:at least 12"] == "unverified"


def test_a_doubt_of_the_second_number_alone_leaves_the_first_negative() -> None:
    # negative (session 14's rule, kept): the doubt is the second clause's own number's
    got = _statuses(
        _TWO_CLAUSES + "people were killed and that 30 were hurt, but it could not verify the second number."
    )
    assert got["killed:at least 12"] == "reported"
    assert got["injured:30"] == "unverified"
