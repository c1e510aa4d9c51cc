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
    "VELA - Nine soldiers were killed and four others wounded when gunmen stormed a checkpoint near "
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
