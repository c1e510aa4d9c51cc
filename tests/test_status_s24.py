"""Status and figures, session 24 (summarizer/evidence/__init__.py, "Status, session 24" and "Figures,
session 24"), on invented sentences only, each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only, status_of

_TEXT = (
    "Raids in Varn\n\n"
    "Raiders killed nine people in Varn on Monday, the district security committee said. "
    "The Varn clinic said it had treated 14 wounded people.\n\n"
)


def test_a_long_subject_before_not_verified_is_still_a_blanket_doubt() -> None:
    doubt = (
        "Casualty and displacement figures in this update are preliminary, are drawn from authorities, "
        "partners and community sources, and have not been independently verified by the agency."
    )
    assert status_of(_TEXT + doubt, "nine") == "unverified"
    assert status_of(_TEXT + doubt, "14") == "unverified"


def test_a_verified_figure_far_from_a_negation_is_no_doubt_negative() -> None:
    # negative: "not" belongs to another clause, and "verified" is said of the figures
    text = _TEXT + "The figures were later checked against hospital registers and the agency has verified them."
    assert status_of(text, "nine") == "reported"


def test_either_figure_points_back_and_is_no_blanket() -> None:
    text = _TEXT + (
        "An elder said 12 people had died. A second elder gave a higher toll of 15 dead. "
        "Reporters could not independently verify either figure."
    )
    assert status_of(text, "14") == "reported"


def test_either_side_figures_is_still_a_blanket_negative() -> None:
    # negative: the sides' figures, or the figures with no owner, are every reported figure's doubt
    text = _TEXT + "Reporters could not independently verify the figures."
    assert status_of(text, "14") == "unverified"


def test_this_one_is_one_claim_no_blanket() -> None:
    text = _TEXT + (
        "The Kelo Front said it killed 20 soldiers.\n\n"
        "Kelo Front claims frequently exaggerate casualties, and this one could not be independently verified."
    )
    assert status_of(text, "14") == "reported"


def test_videos_naming_no_figures_are_no_blanket() -> None:
    text = _TEXT + (
        "Videos circulating on social media, which could not be immediately verified, appeared to show smoke "
        "rising over Varn."
    )
    assert status_of(text, "nine") == "reported"


def test_videos_and_the_toll_doubted_together_stay_a_blanket_negative() -> None:
    # negative: the sentence names the toll beside the videos
    text = _TEXT + "Videos of the raid and the casualty figures could not be independently verified."
    assert status_of(text, "nine") == "unverified"


def test_a_hedge_of_further_reports_after_the_figure_is_not_the_figures() -> None:
    text = (
        "Strike on Varn\n\n"
        "The U.N. human rights office said its staff had confirmed four civilian deaths in Varn and were working "
        "to verify reports of further casualties.\n\n"
        "The Varn Rights Office has so far verified the deaths of at least 17 civilians and is investigating "
        "further allegations."
    )
    assert status_of(text, "four") != "unverified"
    assert status_of(text, "at least 17") != "unverified"


def test_more_before_a_modal_still_hedges_negative() -> None:
    # negative: "more could be displaced" is the figure's own modal, no other report
    text = "Flight from Varn\n\nAid groups warn that up to 40,000 more could be displaced if the fighting spreads."
    assert status_of(text, "up to 40,000") == "unverified"


def test_people_by_nationality_or_trade_who_fled_are_displaced() -> None:
    text = (
        "Flight from Varn\n\n"
        "More than 500 Norlandians fled into Kelo, and about 2,000 miners had fled the pits, officials said."
    )
    phrases = {c.phrase for c in code_only(text).casualties if c.outcome == "displaced"}
    assert {"More than 500", "about 2,000"} <= phrases


def test_arms_that_fled_are_no_displaced_negative() -> None:
    # negative: gunmen who fled are no displaced people
    text = "Raid on Varn\n\nThree gunmen fled the scene, the police said."
    assert not [c for c in code_only(text).casualties if c.outcome == "displaced"]


_HELD = (
    "Raiders killed nine people in Varn on Monday, the district security committee said. "
    "The police said they had arrested 12 suspects. About 2,000 people have fled, aid groups said.\n\n"
    "Schools in Varn stay closed.\n"
)


def _doubted(doubt: str) -> str:
    # the doubt opens the article, away from the figures' own next sentences (a blanket, not a follow-up)
    return "Raids in Varn\n\n" + doubt + "\n\n" + _HELD


def test_reports_of_detentions_doubted_reach_the_held_only() -> None:
    text = _doubted("The reports of detentions could not be independently verified.")
    assert status_of(text, "12") == "unverified"
    assert status_of(text, "nine") == "reported"


def test_casualty_figures_doubted_leave_the_displaced() -> None:
    text = _doubted("Casualty figures could not be independently verified.")
    assert status_of(text, "nine") == "unverified"
    assert status_of(text, "About 2,000") == "reported"


def test_the_figures_doubted_reach_every_outcome_negative() -> None:
    # negative: "the figures" names no outcome
    text = _doubted("None of the figures could be independently verified.")
    assert status_of(text, "About 2,000") == "unverified"


def test_alleged_members_are_no_hedge_of_the_count() -> None:
    text = "Raid near Varn\n\nThe navy said it had captured four alleged members of the Kelo Front near Varn."
    assert status_of(text, "four") == "reported"


def test_alleged_killing_still_hedges_negative() -> None:
    # negative: "alleged" of the harm itself is a hedge
    text = "Raid near Varn\n\nResidents said soldiers had alleged that 14 people were killed near Varn."
    assert status_of(text, "14") == "unverified"


def test_most_of_the_figures_on_this_page_is_a_blanket() -> None:
    text = _doubted(
        "We have not been able to independently verify most of the casualty figures reported on this page."
    )
    assert status_of(text, "nine") == "unverified"


def test_the_figures_from_a_day_of_fighting_are_a_blanket() -> None:
    text = _doubted("Reporters could not independently verify the casualty figures from Thursday's fighting.")
    assert status_of(text, "nine") == "unverified"


def test_the_figures_from_a_place_stay_that_places_negative() -> None:
    # negative: a capitalised place after "from" scopes the doubt to that place's figures
    text = _doubted("Reporters could not independently verify the casualty figures from Kelo.")
    assert status_of(text, "nine") == "reported"


_INTAKE_TEXT = (
    "Attack on Varn\n\n"
    "Provincial authorities said 34 people had been killed and 61 injured in the attack on Varn. "
    "The head of the Varn health district said 38 wounded people had been treated at the district hospital.\n\n"
)


def test_a_sites_past_treatment_is_a_part_of_the_toll_not_a_rival() -> None:
    assert status_of(_INTAKE_TEXT, "38") == "reported"
    assert status_of(_INTAKE_TEXT, "61") == "reported"


def test_patients_still_in_care_are_no_intake_negative() -> None:
    # negative: "is treating" counts who is there now, no site's intake of the event
    from summarizer.assemble import _ARRIVAL_AFTER, _ARRIVAL_BEFORE

    assert _ARRIVAL_BEFORE.search("the clinic is treating ") is None
    assert _ARRIVAL_BEFORE.search("it said it had treated ") is not None
    assert _ARRIVAL_AFTER.match(" wounded people are being treated for burns") is None
