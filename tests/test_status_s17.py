"""Session 17 status rules (attrib_README status rules 1 and 2). Invented articles (none copied
from an evaluation set); each positive fails without its rule, and a close negative stays as it was.

- Rule 2: a blanket doubt about "the information" ("Information from either side cannot be
  independently verified", "The information we received could not be confirmed") doubts the
  figures in its scope as a doubt about "the reports" does."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses

_BORDER = (
    "Clashes on the Varna frontier\n\n"
    "Morning Ledger live page, Friday\n\n"
    "DOUBT\n\n"
    "07:10 - Norland's defence ministry says three soldiers were wounded when Estmark troops fired "
    "mortars at a post near the hamlet of Belo.\n\n"
    "08:30 - Norland's civil defence ministry says about 900 villagers were evacuated from the area overnight.\n"
)


def test_information_from_both_sides_unverifiable_doubts_the_sides_figures() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "Information from either side cannot be independently verified."))
    assert got["injured:three"] == "unverified"
    assert got["displaced:about 900"] == "unverified"


def test_information_we_received_unconfirmed_is_a_blanket() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "The information this paper received could not be confirmed."))
    assert got["injured:three"] == "unverified"


def test_information_about_something_else_is_no_doubt() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "Information about the talks was published on Thursday."))
    assert got["injured:three"] == "reported"


_RIOT = (
    "Unrest in Tarvel district\n\n"
    "PORT ELLIN, 3 April 2025 - Four people died and 19 or more were wounded in clashes between "
    "two neighbourhoods of Tarvel, police said on Thursday. A police spokesman, Inspector Omar Haldi, "
    "said 28 people had been arrested.\n\n"
    "The director of Tarvel district hospital, Dr. Mina Sorel, said 22 wounded people had been "
    "admitted, among them three children.\n\n"
    "CONTEST\n"
)


def test_a_count_contest_reaches_the_outcome_the_contester_counts() -> None:
    got = _statuses(
        _RIOT.replace(
            "CONTEST",
            "A local imam, Yusuf Darr, rejected the police figures. He told reporters that 11 residents had died.",
        )
    )
    assert got["killed:Four"] == "disputed"
    assert got["detained:28"] == "reported"


def test_a_count_contest_leaves_a_part_of_the_toll() -> None:
    text = _RIOT.replace("said 28 people had been arrested.", "said three of the dead had been stabbed.")
    got = _statuses(
        text.replace(
            "CONTEST",
            "A local imam, Yusuf Darr, rejected the police figures. He told reporters that 11 residents had died.",
        )
    )
    assert got["killed:three"] == "reported"


def test_a_contest_with_no_counter_figure_reaches_every_outcome() -> None:
    got = _statuses(_RIOT.replace("CONTEST", "A local imam, Yusuf Darr, rejected the police figures as lies."))
    assert got["detained:28"] == "disputed"


def test_a_contest_naming_the_police_leaves_the_doctors_count_just_before_it() -> None:
    text = _RIOT.replace(
        "admitted, among them three children.\n\nCONTEST",
        "admitted, among them three children. A local imam, Yusuf Darr, disputed the police figures.",
    )
    got = _statuses(text)
    assert got["injured:22"] == "reported"
    assert got["injured:three"] == "reported"


def test_a_contest_naming_no_owner_still_reaches_the_count_before_it() -> None:
    text = _RIOT.replace(
        "admitted, among them three children.\n\nCONTEST",
        "admitted, among them three children. A local imam, Yusuf Darr, called the figures lies.",
    )
    assert _statuses(text)["injured:22"] == "disputed"


_JAILBREAK = (
    "Deadly unrest at Moro prison\n\n"
    "KESSA, 14 May 2025 - The Kessa Prison Watch, a rights group, reported on Tuesday that at least 15 "
    "inmates had died in a disturbance at Moro jail on Monday night, most of them shot by guards.\n\n"
    "LATER\n"
)


def test_lives_lost_count_the_same_dead_as_inmates() -> None:
    got = _statuses(
        _JAILBREAK.replace("LATER", 'The interior minister, Joel Abara, told lawmakers that "two lives were lost".')
    )
    assert got["killed:two"] == "disputed"
    assert got["killed:at least 15"] == "disputed"


def test_deaths_named_by_the_minister_are_the_same_dead() -> None:
    got = _statuses(
        _JAILBREAK.replace("LATER", "The interior minister, Joel Abara, told lawmakers there had been two deaths.")
    )
    assert got["killed:at least 15"] == "disputed"


def test_a_minister_counting_guards_is_another_group() -> None:
    got = _statuses(
        _JAILBREAK.replace("LATER", "The interior minister, Joel Abara, told lawmakers that two guards were killed.")
    )
    assert got["killed:at least 15"] == "reported"


_SHOOTING = (
    "Gunmen kill five in Marula township\n\n"
    "Five people were shot dead outside a tavern in Marula township on Friday night, police said.\n\n"
    "A residents' association chairman, Lwazi Nkosi, said seven people had died, counting three "
    "men found dead near the railway line on Saturday. THEN\n"
)


def test_those_three_deaths_point_back_and_confirm_nothing() -> None:
    got = _statuses(
        _SHOOTING.replace("THEN", "Police said they were still checking whether those three deaths were linked.")
    )
    assert got["killed:three"] == "reported"


def test_a_separate_count_of_the_same_number_still_confirms() -> None:
    got = _statuses(
        _SHOOTING.replace("THEN", "The Marula Monitoring Project, a rights group, said three men had been found dead.")
    )
    assert got["killed:three"] == "confirmed"


_QUARRY = (
    "Quarry collapse in Dorn valley\n\n"
    "At least 7 workers are missing after a wall collapsed at a quarry in the Dorn valley, the civil "
    "defence agency said on Monday. OTHER\n"
)


def test_a_span_does_not_confirm_a_count_inside_it() -> None:
    got = _statuses(
        _QUARRY.replace(
            "OTHER", "The quarry's owner, Trellis Stone Ltd, said between 6 and 9 of its staff were missing."
        )
    )
    assert got["missing:At least 7"] == "reported"


def test_the_same_floor_from_two_sources_still_confirms() -> None:
    got = _statuses(
        _QUARRY.replace("OTHER", "The quarry's owner, Trellis Stone Ltd, said at least 7 of its staff were missing.")
    )
    assert got["missing:At least 7"] == "confirmed"


_WILDFIRE = (
    "Wildfires sweep Tarn hills\n\n"
    "At least 31 people, eight of them troops, died in wildfires in the Tarn hills since "
    "Friday, the interior ministry said on Sunday.\n\n"
    "The defence ministry, in a note read out on state radio, put the number of troops killed at 12.\n"
)


def test_a_classed_part_and_another_ministrys_count_of_that_class_are_rivals() -> None:
    got = _statuses(_WILDFIRE)
    assert got["killed:eight"] == "disputed"
    assert got["killed:12"] == "disputed"
    assert got["killed:At least 31"] == "reported"


def test_the_number_of_injured_names_no_group() -> None:
    text = _WILDFIRE.replace("put the number of troops killed at 12", "put the number of hurt at 40")
    got = _statuses(text)
    assert got["killed:eight"] == "reported"


def test_a_part_of_the_dead_is_no_rival() -> None:
    text = _WILDFIRE.replace("eight of them troops", "eight of them in one village")
    assert _statuses(text)["killed:12"] == "reported"


_AMBUSH = (
    "Ambush in the Selva hills\n\n"
    "One soldier was killed when rebels of the Selva Liberation Front attacked an army convoy on "
    "Wednesday, the army said.\n\n"
    "CLAIM\n"
)


def test_one_soldier_counted_and_the_rebels_claim_of_nine_are_rival_counts() -> None:
    got = _statuses(
        _AMBUSH.replace(
            "CLAIM", "In a statement, the Selva Liberation Front said its fighters had killed nine soldiers."
        )
    )
    assert got["killed:One"] == "disputed"
    assert got["killed:nine"] == "disputed"


def test_a_single_person_described_is_no_toll() -> None:
    text = _AMBUSH.replace("One soldier was killed", "A soldier was killed")
    got = _statuses(
        text.replace("CLAIM", "In a statement, the Selva Liberation Front said its fighters had killed nine soldiers.")
    )
    assert got["killed:A"] == "reported"


_LIVE_PAGE = (
    "LIVE: Marches in Dovra\n\n"
    "21:00 - The Dovra Lawyers Union says at least 130 people were detained across the city today.\n\n"
    "20:15 - The police now say 96 people have been arrested, up from the 58 they announced at noon.\n\n"
    "12:05 - The police say 58 people are in custody so far.\n"
)


def test_a_raised_count_is_no_breakdown_of_the_police_toll() -> None:
    got = _statuses(_LIVE_PAGE)
    assert got["detained:at least 130"] == "disputed"
    assert got["detained:96"] == "disputed"


def test_two_police_counts_of_two_districts_still_break_a_toll_down() -> None:
    text = _LIVE_PAGE.replace(
        "now say 96 people have been arrested, up from the 58 they announced at noon",
        "say 96 people have been arrested in the north",
    ).replace("58 people are in custody so far", "58 people are in custody in the south")
    assert _statuses(text)["detained:96"] == "reported"


_SWEEP = (
    "Sweeps in Orvan province\n\n"
    "Security forces detained at least 150 people in sweeps across Orvan province last week, the Orvan "
    "Rights Watch said on Monday. Three men were shot dead at a checkpoint, residents said.\n\n"
    "DENIAL\n\n"
    "A UN expert said last month that 300 people had been detained in the province in the first half "
    "of the year.\n"
)


def test_no_arrests_took_place_disputes_the_detained_figures() -> None:
    got = _statuses(_SWEEP.replace("DENIAL", 'The interior minister, Pell Varga, said "no arrests have taken place".'))
    assert got["detained:at least 150"] == "disputed"
    assert got["killed:Three"] == "reported"
    assert got["detained:300"] == "reported"


def test_nobody_died_disputes_the_killed_figures() -> None:
    got = _statuses(_SWEEP.replace("DENIAL", "A police spokesman, Ivo Rask, said nobody died at the checkpoint."))
    assert got["killed:Three"] == "disputed"
    assert got["detained:at least 150"] == "reported"


def test_a_denial_with_its_own_number_is_no_denial_of_the_event() -> None:
    got = _statuses(
        _SWEEP.replace("DENIAL", "The interior minister, Pell Varga, said no arrests beyond 20 had been made.")
    )
    assert got["detained:at least 150"] == "reported"
