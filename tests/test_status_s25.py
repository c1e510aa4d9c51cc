"""Status, session 25 (summarizer/evidence/__init__.py, "Status, session 25"), on invented sentences only,
each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only, status_of

_REPORT_HEAD = "VARN RIGHTS MONITOR\nNight raids in Kelo district\nReport excerpt - 2 March 2026\n\n"


def test_a_reports_issuer_is_the_source_of_what_it_states_unattributed() -> None:
    text = _REPORT_HEAD + (
        "Security forces detained five men from one household in Kelo on 12 August. "
        "Varn Rights Monitor documented 11 deaths in custody during the period."
    )
    s = code_only(text)
    five = next(c for c in s.casualties if c.phrase == "five")
    assert five.reported_by is not None and five.reported_by.lower() == "varn rights monitor"


def test_a_news_story_keeps_its_own_voice_negative() -> None:
    # negative: a newspaper's story names no issuing body in its head; its own statements stay unattributed
    text = "Night raids in Kelo\n\nBy Ana Ruiz\n\nSecurity forces detained five men from one household in Kelo."
    s = code_only(text)
    assert next(c for c in s.casualties if c.phrase == "five").reported_by is None


def test_a_bulletin_compiles_partners_figures_and_is_no_issuer_negative() -> None:
    # negative: a humanitarian flash update's unattributed figures stay its own voice (null)
    text = (
        "VARN HUMANITARIAN ALLIANCE (VHA)\nFlash Update No. 2\n\n"
        "Some 4,000 people were displaced from Kelo on 12 August. The VHA is scaling up its response."
    )
    s = code_only(text)
    assert next(c for c in s.casualties if c.phrase == "Some 4,000").reported_by is None


def test_the_issuers_doubt_of_what_it_was_told_is_not_a_doubt_of_its_own_count() -> None:
    text = _REPORT_HEAD + (
        "Varn Rights Monitor verified the deaths of 14 civilians in Kelo. "
        "Residents told the monitor that 30 men were taken away. "
        "The reports received by Varn Rights Monitor could not be independently verified."
    )
    assert status_of(text, "14") != "unverified"
    assert status_of(text, "30") == "unverified"


def test_claims_of_enemy_losses_by_either_military_doubt_only_the_sides_combat_counts() -> None:
    text = (
        "Strikes on Kelo\n\n"
        "A bomb killed three people at the market in Kelo on Monday, the city's military administration said. "
        "The army said it had killed 40 enemy soldiers near Varn.\n\n"
        "Claims of enemy losses by either military cannot be independently verified."
    )
    assert status_of(text, "three") == "reported"
    assert status_of(text, "40") == "unverified"


def test_a_blanket_doubt_of_all_figures_still_reaches_the_market_toll_negative() -> None:
    # negative: a doubt that names no side or kind of loss is every reported figure's
    text = (
        "Strikes on Kelo\n\n"
        "A bomb killed three people at the market in Kelo on Monday, the city's military administration said. "
        "The army said it had killed 40 enemy soldiers near Varn.\n\n"
        "None of the figures could be independently verified."
    )
    assert status_of(text, "three") == "unverified"


def test_figures_from_community_sources_in_this_update_doubt_only_those_sources() -> None:
    text = (
        "Clashes in Kelo\nFlash Update No. 1\n\n"
        "Community elders said 14 villagers had been killed in Kelo. "
        "Staff at the provincial hospital said they had received 19 wounded people.\n\n"
        "Casualty figures from community sources in this update have not been independently verified."
    )
    assert status_of(text, "14") == "unverified"
    assert status_of(text, "19") == "reported"


def test_either_account_after_two_counts_in_its_paragraph_doubts_that_paragraph() -> None:
    text = (
        "Fighting in Kelo\n\n"
        "Residents said 30 men were arrested in Dara on Friday.\n\n"
        "The Front said its fighters had killed 17 soldiers in an ambush. An army spokesman said two soldiers "
        "had died. The monitor was not able to verify either account."
    )
    assert status_of(text, "30") == "reported"


def test_either_account_after_a_denial_is_a_blanket_negative() -> None:
    # negative: with no count in its own paragraph it doubts the article's accounts, as before
    text = (
        "Killings in Kelo\n\n"
        "Residents said 30 men were killed in Dara on Friday.\n\n"
        "The army rejected the allegations as baseless. Reporters could not verify either account."
    )
    assert status_of(text, "30") == "unverified"


def test_the_accounts_of_people_named_doubt_only_their_figures() -> None:
    text = (
        "Kelo counts its dead\n\n"
        "Ana Dorn, a nurse, said 38 bodies were brought to the clinic. "
        "The state news agency said the army had killed more than 60 fighters near Kelo.\n\n"
        "The accounts of Ms Dorn and Mr Varo could not be independently verified."
    )
    assert status_of(text, "38") == "unverified"
    assert status_of(text, "more than 60") == "reported"


def test_accounts_of_the_fighting_stay_a_blanket_negative() -> None:
    # negative: "accounts of" a lower-case thing names no one: every figure's doubt
    text = (
        "Kelo counts its dead\n\n"
        "Ana Dorn, a nurse, said 38 bodies were brought to the clinic. "
        "The state news agency said the army had killed more than 60 fighters near Kelo.\n\n"
        "The accounts of the fighting could not be independently verified."
    )
    assert status_of(text, "38") == "unverified"


_TWO_SIDES = (
    "Fighting near Kelo\n\n"
    "The army said it had killed 40 dissidents in the operation. A nurse at the Kelo hospital said five "
    "children were among 12 wounded people brought in.\n\n"
)


def test_figures_that_cannot_be_checked_are_unverified() -> None:
    assert status_of(_TWO_SIDES + "None of the figures below could be checked independently.", "12") == "unverified"


def test_the_armed_forces_and_the_dissidents_doubt_only_the_sides() -> None:
    doubt = "Figures given by the armed forces and by the dissidents cannot be checked independently."
    assert status_of(_TWO_SIDES + doubt, "40") == "unverified"
    assert status_of(_TWO_SIDES + doubt, "12") == "reported"


def test_claims_about_the_others_dead_doubt_only_the_fighting() -> None:
    doubt = "Claims by either side about the other's dead cannot be independently verified."
    assert status_of(_TWO_SIDES + doubt, "40") == "unverified"
    assert status_of(_TWO_SIDES + doubt, "12") == "reported"


def test_two_owners_of_one_account_are_both_doubted() -> None:
    text = (
        "Fighting near Kelo\n\n"
        "The army said it had killed 40 rebels. The CPK said it had killed 12 soldiers. Residents said "
        "20 homes burned and nine civilians died.\n\n"
        "The army's and the CPK's figures could not be independently verified."
    )
    assert status_of(text, "40") == "unverified"
    assert status_of(text, "12") == "unverified"
    assert status_of(text, "nine") == "reported"


def test_a_belief_about_the_real_toll_hedges_it() -> None:
    text = "Clashes in Kelo\n\nA security official said he believes the real toll on both sides is well over 30."
    assert status_of(text, "well over 30") == "unverified"


def test_a_belief_about_other_things_is_no_hedge_negative() -> None:
    # negative: a belief that is not about the count
    text = "Clashes in Kelo\n\nA security official, who believes the talks will fail, said 30 people were killed."
    assert status_of(text, "30") == "reported"


def test_two_sides_counts_of_one_sides_fighters_by_different_words_are_rivals() -> None:
    text = (
        "Ambush in Kelo\n\n"
        "The Kelo Front said on social media that its fighters had killed 17 Varn fighters in an ambush near "
        "Dara on 3 July. A spokesman for the Varn administration told the state broadcaster that two mujahideen "
        "had been martyred in the attack."
    )
    assert status_of(text, "17") == "disputed"
    assert status_of(text, "two") == "disputed"


def test_one_sides_count_of_fighters_and_a_hospitals_count_are_no_rivals_negative() -> None:
    # negative: a hospital is no side; its count of fighters is not the other side's claim
    text = (
        "Ambush in Kelo\n\n"
        "The Kelo Front said its fighters had killed 17 Varn fighters in an ambush near Dara on 3 July. "
        "The Dara hospital said it had received the bodies of two militants."
    )
    assert status_of(text, "17") == "reported"
