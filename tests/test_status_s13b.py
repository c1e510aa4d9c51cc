"""Session 13 status rules 1-3 (st2): false disputes, missed confirmations, missed or extra
"unverified". A running tally ("since the weekend", "over the past week") or a site's intake
("its teams had received 27 wounded") is no rival of one event's toll; a conflict's total in a
relative clause ("in a conflict that the army says has killed about 8,000 people") is no count a
denial of the event reaches; a doubt naming "the military" does not reach an army first named after
it; two parts of a toll ("nine women were among the dead", "eight bodies from one house") do not
confirm each other; "according to a monitor and the Red Crescent" is two independent sources; a part
"including a child" of a verified toll shares its confirmation; "he believed at least 20" and "people
believed trapped" are hedged; "Neither the police's claim nor the accounts of villagers could be
verified" doubts both owners. Invented articles (none copied from an evaluation set); negatives included."""

from __future__ import annotations

from summarizer.evidence.attribution import find_hedges
from summarizer.evidence.figures import source_doubts
from summarizer.testing import statuses as _statuses

# --- a running tally is no rival of one clash's toll (rule 1, "the same event") -----------------------

_FRONT = (
    "Fighting rages on Dorvan front\n\n"
    "DORVAN, May 4 - Fighting between army troops and Kesh rebels near Dorvan TALLY, "
    "military officials said on Monday.\n\n"
    "A rebel spokesman said the group had lost seven fighters on Sunday.\n\n"
    "Two army officers said that at least 23 soldiers were killed and about 40 were wounded in the raid.\n\n"
    "The director of the Dorvan hospital said staff had treated 58 wounded since Friday."
)


def test_a_tally_since_the_weekend_is_no_rival_of_a_days_losses() -> None:
    got = _statuses(_FRONT.replace("TALLY", "has left dozens of fighters dead on both sides since Friday"))
    assert got["killed:dozens"] != "disputed"


def test_wounded_treated_since_saturday_is_no_rival_of_the_assaults_wounded() -> None:
    got = _statuses(_FRONT.replace("TALLY", "continued"))
    assert got["injured:58"] != "disputed"
    assert got["injured:about 40"] != "disputed"


def test_a_tally_of_one_day_against_one_days_count_is_still_compared() -> None:
    # negative: no running words, the same fighters counted 40 and 12 by two sides -> a dispute stays
    got = _statuses(_FRONT.replace("TALLY", "killed 40 rebel fighters on Sunday"))
    assert got["killed:seven"] == "disputed"


def test_an_enemy_tally_over_the_week_against_undated_own_losses_is_still_compared() -> None:
    # negative: "in the fighting" names no day of its own: it may be the week's clashes -> a dispute stays
    text = (
        "Clashes near Orsk\n\n"
        "The army said troops had killed about 30 Kesh Front fighters in clashes near Orsk over the past week.\n\n"
        "The Kesh Front said three of its fighters had been killed in the fighting."
    )
    assert _statuses(text)["killed:three"] == "disputed"


def test_a_sides_own_soldiers_wounded_are_not_a_hospitals_wounded_people() -> None:
    text = (
        "Barge attacked on river\n\n"
        "The army spokesman said four soldiers were killed and seven others wounded when the convoy was hit.\n\n"
        "The county health director said 12 people had been wounded in the attack."
    )
    got = _statuses(text)
    assert got["injured:seven"] == "reported"
    assert got["injured:12"] == "reported"


def test_an_elided_group_of_civilians_is_still_compared() -> None:
    # negative: the elided group is "people" (no side's combatants) -> the two counts are rivals
    text = (
        "Bus bombed\n\n"
        "The governor said 20 people had been killed and 30 wounded in the bus bombing.\n\n"
        "A doctor at the city hospital said 45 wounded people had been treated after the bus bombing."
    )
    assert _statuses(text)["injured:30"] == "disputed"


_WEEK = (
    "Drones strike northern town\n\n"
    "KARSA, Jan 9 - The Velan defence ministry said its forces had killed 21 Tarkan Front militants "
    "WHEN.\n\n"
    "The Tarkan Front said four of its fighters died on Tuesday fighting off an assault near the dam."
)


def test_a_weeks_tally_of_enemy_dead_is_no_rival_of_a_days_own_losses() -> None:
    got = _statuses(_WEEK.replace("WHEN", "in northern Karsa over the past week"))
    assert got["killed:21"] != "disputed"
    assert got["killed:four"] != "disputed"


def test_the_same_days_enemy_count_still_disputes_own_losses() -> None:
    # negative: both counts of Tuesday's fighting -> the side's four against the enemy's 21
    got = _statuses(_WEEK.replace("WHEN", "near the dam on Tuesday"))
    assert got["killed:four"] == "disputed"


# --- a site's intake is a part of the event's victims -------------------------------------------------

_MARKET = (
    "Drone hits market in Selo\n\n"
    "SELO, April 2 - A drone strike on a market in Selo killed 20 people on Tuesday, the local emergency "
    "committee said, adding that at least 60 people were wounded.\n\n"
    "Medecins du Monde, which runs a clinic nearby, said INTAKE."
)


def test_a_clinics_intake_is_no_rival_of_the_events_wounded() -> None:
    got = _statuses(_MARKET.replace("INTAKE", "its teams had received 34 injured people from the bus depot"))
    assert got["injured:34"] == "reported"
    assert got["injured:at least 60"] == "reported"


def test_patients_brought_to_a_hospital_are_an_intake() -> None:
    got = _statuses(_MARKET.replace("INTAKE", "31 wounded people had been brought to its clinic by car"))
    assert got["injured:31"] == "reported"


def test_bodies_a_hospital_received_are_still_a_rival_toll() -> None:
    # negative: the dead all reach the morgue: "received 10 bodies" against a toll of 20 stays a dispute
    got = _statuses(_MARKET.replace("INTAKE", "the hospital had received 14 bodies from the market"))
    assert got["killed:14"] == "disputed"


def test_a_rival_count_of_the_events_wounded_is_still_a_dispute() -> None:
    # negative: no intake words, a count of the strike's wounded -> it disputes the committee's
    got = _statuses(_MARKET.replace("INTAKE", "30 people had been wounded in the strike"))
    assert got["injured:30"] == "disputed"


# --- a conflict's total in a relative clause -----------------------------------------------------------

_DENIED = (
    "Government accuses rebels of killing villagers\n\n"
    "LORA, Nov 6 - The government accused the Maru rebels of killing 31 civilians at a farm.\n\n"
    "The rebels said no civilians were killed.\n\n"
    "The rebels seized Lora in January, TOTAL."
)


def test_a_conflict_total_in_a_relative_clause_is_not_reached_by_the_denial() -> None:
    got = _statuses(_DENIED.replace("TOTAL", "in a conflict that the army says has killed about 8,000 people"))
    assert got["killed:about 8,000"] == "reported"
    assert got["killed:31"] == "disputed"


def test_a_raids_toll_after_which_is_still_reached() -> None:
    # negative: a relative clause on a raid, not on a conflict -> the denial reaches it
    got = _statuses(_DENIED.replace("TOTAL", "in a raid that the army says killed 40 civilians"))
    assert got["killed:40"] == "disputed"


# --- a doubt naming "the military" speaks of the military named before it -----------------------------

_TWO_ARMIES = (
    "Strikes hit border villages\n\n"
    "The Norland military said it had killed three Vesk militia fighters in the strikes. "
    "The military's claims could not be independently verified.\n\n"
    "The Saran army, which is not a party to the fighting, reported that one of its soldiers was hurt by shrapnel."
)


def test_a_doubt_of_the_military_does_not_reach_an_army_named_after_it() -> None:
    got = _statuses(_TWO_ARMIES)
    assert got["killed:three"] == "unverified"
    assert got["injured:one"] == "reported"


def test_a_doubt_naming_a_source_by_its_name_reaches_it_anywhere() -> None:
    # negative: a proper name, not a common noun -> every figure of that source
    text = (
        "Raid on outpost\n\n"
        "The Vesk Front's claims could not be independently verified.\n\n"
        "The Vesk Front said it had killed 14 soldiers at the outpost."
    )
    assert _statuses(text)["killed:14"] == "unverified"


# --- confirmations (rule 3) -----------------------------------------------------------------------------

_CITY = (
    "Strikes on city kill 27\n\n"
    "Air strikes on the city of Parva killed 27 people, the health ministry said.\n\n"
    "Ministry spokesman Dalan Oru said nine women and three children were among the dead.\n\n"
    "A resident said she saw rescuers carry at least eight bodies out of one house."
)


def test_two_parts_of_a_toll_do_not_confirm_each_other() -> None:
    got = _statuses(_CITY)
    assert got["killed:nine"] == "reported"
    assert got["killed:at least eight"] == "reported"


def test_two_sources_named_together_confirm_the_figure() -> None:
    text = (
        "Drones hit market\n\n"
        "Shelling of a bus depot in Tessa killed nine civilians early on Tuesday, according to the Levant "
        "Monitor for Human Rights and the Red Crescent.\n\n"
        "The Levant Monitor for Human Rights said about 20 others were wounded."
    )
    assert _statuses(text)["killed:nine"] == "confirmed"


def test_two_officials_named_together_do_not_confirm() -> None:
    # negative: the governor and the police are one side's officials
    text = (
        "Bomb kills nine\n\n"
        "A bomb in Tessa killed nine people on Tuesday, according to the provincial governor and the police.\n\n"
        "The governor said the blast hit a bus station."
    )
    assert _statuses(text)["killed:nine"] != "confirmed"


def test_a_kind_of_source_after_according_to_is_no_second_source() -> None:
    # negative: "aid groups" names no source
    text = (
        "Fighting in the hills\n\n"
        "Earlier clashes near Tessa killed hundreds of people, according to local officials and aid groups."
    )
    assert _statuses(text)["killed:hundreds"] != "confirmed"


def test_a_sum_on_both_sides_is_no_rival_of_one_sides_count() -> None:
    text = (
        "Front flares\n\n"
        "Fighting near Dorvan has left dozens of fighters dead on both sides, officials said.\n\n"
        "A rebel spokesman said the group had lost seven fighters."
    )
    got = _statuses(text)
    assert got["killed:dozens"] == "reported"
    assert got["killed:seven"] == "reported"


def test_a_sum_on_both_sides_is_not_undercut_by_an_announced_rival_account() -> None:
    text = (
        "Front flares\n\n"
        "Fighting near Dorvan has left dozens of fighters dead on both sides, officials said.\n\n"
        "The rebels gave a sharply different account. A rebel spokesman said the group had lost seven fighters."
    )
    assert _statuses(text)["killed:dozens"] == "reported"


def test_an_announced_rival_account_still_undercuts_one_sides_count() -> None:
    # negative: no "both sides": the army's count of rebel dead against the rebels' own 12
    text = (
        "Front flares\n\n"
        "The army said it had killed dozens of rebel fighters near Dorvan.\n\n"
        "The rebels gave a sharply different account. A rebel spokesman said the group had lost seven fighters."
    )
    assert _statuses(text)["killed:dozens"] == "disputed"


def test_a_child_among_a_verified_toll_shares_its_confirmation() -> None:
    text = (
        "Clashes in capital\n\n"
        "The Emergency Centre said 19 people had been killed in two days of clashes.\n\n"
        "The UN mission said it had verified the deaths of at least four villagers, including a child."
    )
    got = _statuses(text)
    assert got["killed:at least four"] == "confirmed"
    assert got["killed:a"] == "confirmed"


# --- unverified (rule 2) ---------------------------------------------------------------------------------


def test_a_sources_belief_hedges_its_count() -> None:
    assert find_hedges("A doctor said he believed at least 20 injured people were sheltering in a mosque.")
    assert find_hedges("Divers were searching for up to 9 people believed trapped in the sunken ferry.")
    assert find_hedges("Officials feared dozens more were dead.")


def test_belief_without_a_count_is_no_hedge() -> None:
    assert not find_hedges("Police believed the attackers had fled across the river.")
    assert not find_hedges("The army said 12 soldiers were killed in the ambush.")


def test_neither_nor_doubts_each_owner() -> None:
    sent = "Neither the police's claim nor the accounts of villagers could be independently verified."
    owners = {o for _, o in source_doubts("The army said it killed dozens. " + sent)}
    assert {"police", "villagers"} <= owners


def test_neither_nor_without_a_doubt_names_no_owner() -> None:
    # negative: "neither ... nor" with no verification words
    sent = "Neither the army's statement nor the residents' accounts gave a figure for the wounded."
    assert source_doubts(sent) == []
