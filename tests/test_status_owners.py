"""Status rules reaching a figure's owner on invented articles: a definite description ("the
ministry") names the source it points back to; a contester's own count; a side's own losses
against the enemy's count of them; two sides' counts of the same fighters; a report time is no
event time; "the claim" nobody answered; "did not confirm the report"; "said the toll was
higher" against an open-ended toll (``summarizer.evidence``, "Status")."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses


def test_the_ministry_names_the_ministry_named_before() -> None:
    text = (
        "Shelling killed 31 people in the town of Veran on Sunday, the rebel-run interior ministry said.\n\n"
        'A government spokesman said the numbers given by the ministry were "exaggerated" and that '
        'its own review had found "a handful" of people killed.'
    )
    got = _statuses(text)
    assert got["killed:31"] == "disputed"
    assert got["killed:a handful"] == "disputed"  # the contester's own count: the other side


def test_a_contest_of_another_source_leaves_an_unnamed_ministry_alone() -> None:
    text = (
        "Shelling killed 31 people in the town of Veran on Sunday, the rebel-run interior ministry said.\n\n"
        'A government spokesman said the numbers given by the monitor were "exaggerated".'
    )
    assert _statuses(text)["killed:31"] != "disputed"


def test_own_losses_against_the_enemys_count_of_them() -> None:
    text = (
        "Four soldiers and nine militia fighters were killed in a clash with the Free Ostrel Brigade (FOB) "
        "near the village of Ostrel on Tuesday, the army said.\n\n"
        "In a statement posted online on Wednesday, the FOB's Northern Command said its men had killed "
        "11 soldiers and lost only three of their own."
    )
    got = _statuses(text)
    assert got["killed:three"] == "disputed"
    assert got["killed:nine"] == "disputed"
    # the sides' counts of the soldiers: 11 against four, over twice it, still a dispute
    assert got["killed:11"] == "disputed"
    assert got["killed:Four"] == "disputed"


def test_a_count_of_soldiers_without_the_sides_claim_keeps_the_twice_cap() -> None:
    text = (
        "Four soldiers were killed in a clash near the village of Ostrel on Tuesday, the army said.\n\n"
        "A doctor at the district hospital said 11 soldiers had been brought in dead."
    )
    got = _statuses(text)
    assert got["killed:Four"] == "reported"
    assert got["killed:11"] == "reported"


def test_an_unanswered_claim_is_unverified() -> None:
    text = (
        "The Sahel Liberation Front said in a message that its fighters had killed nine soldiers near Tondi.\n\n"
        "The army has not commented on the claim."
    )
    assert _statuses(text)["killed:nine"] == "unverified"


def test_a_comment_on_something_else_is_no_doubt() -> None:
    text = (
        "The army said nine soldiers were killed near Tondi on Monday.\n\n"
        "The defence minister has not commented on the plans for a new base."
    )
    assert _statuses(text)["killed:nine"] == "reported"


def test_officials_did_not_confirm_the_report() -> None:
    text = (
        "The weekly Norte Hoy reported that two of the attackers were killed by a guard.\n\n"
        "Officials did not confirm the report."
    )
    got = _statuses(text)
    assert got["killed:two"] == "unverified"


def test_a_confirmed_report_stays_confirmed_not_doubted() -> None:
    text = "Two guards were killed, Human Rights Watch said, and the agency's own staff confirmed the deaths."
    assert _statuses(text)["killed:Two"] != "unverified"


def test_a_higher_toll_announced_against_an_open_ended_toll() -> None:
    text = (
        "At least 12 miners were killed when a tunnel collapsed at the Dorvik mine on Friday, the mining "
        "ministry said.\n\n"
        'Families waiting at the gate said the toll was far higher. "They are lying to us. My brother saw at '
        'least 30 bodies," said Ana Petrov.'
    )
    got = _statuses(text)
    assert got["killed:At least 12"] == "disputed"
    assert got["killed:at least 30"] == "disputed"


def test_a_higher_toll_announced_without_a_contest_overlaps_an_open_ended_toll() -> None:
    text = (
        "At least 12 miners were killed when a tunnel collapsed at the Dorvik mine on Friday, the mining "
        "ministry said.\n\n"
        'Families waiting at the gate said the toll was far higher. "My brother saw at least 30 bodies," '
        "said Ana Petrov."
    )
    got = _statuses(text)
    assert got["killed:At least 12"] != "disputed"


def test_an_open_ended_toll_without_an_announcement_is_no_dispute() -> None:
    text = (
        "At least 12 miners were killed when a tunnel collapsed at the Dorvik mine on Friday, the mining "
        "ministry said.\n\n"
        '"My brother saw at least 30 bodies," said Ana Petrov.'
    )
    got = _statuses(text)
    assert got["killed:At least 12"] != "disputed"
