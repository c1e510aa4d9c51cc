"""Session 16 status rules (attrib_README status rule 1, "the same event and victim group").
Invented articles (none copied from an evaluation set); each positive fails without its rule, and
a close negative stays as it was.

- A partitive "of the" takes a part of a toll only before the counted ones ("two of the dead",
  "of the 40"): "five of the raiders" shot and "300 of the party's supporters" held count the
  raiders and the supporters, a whole another source's count can contradict.
- A movement's people held ("its supporters", "the party's supporters") and a prison's
  ("inmates", "prisoners") count the whole of a crackdown or a prison riot, as "people" does.
- A past event dated by its month alone ("a similar raid in August, when ...") is another event."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses

_CRACKDOWN = (
    "Hundreds held after opposition rally in Varnek\n\n"
    "VARNEK, 9 June 2025 - The interior ministry said 140 people had been detained after clashes at an "
    "opposition rally in the capital on Sunday. HELD\n"
)


def test_a_movements_supporters_held_and_the_ministrys_people_are_rival_counts() -> None:
    got = _statuses(
        _CRACKDOWN.replace(
            "HELD", "The opposition Union of Farmers said more than 200 of its supporters had been detained."
        )
    )
    assert got["detained:140"] == "disputed"
    assert got["detained:more than 200"] == "disputed"


def test_the_partitive_of_a_group_is_the_whole_held() -> None:
    got = _statuses(
        _CRACKDOWN.replace(
            "HELD", "The opposition Union of Farmers said more than 200 of the party's supporters had been detained."
        )
    )
    assert got["detained:140"] == "disputed"


def test_a_part_of_the_held_is_no_rival() -> None:
    got = _statuses(
        _CRACKDOWN.replace("HELD", "The opposition Union of Farmers said 30 of the detained were its own members.")
    )
    assert got["detained:140"] == "reported"


def test_supporters_of_another_outcome_are_left_alone() -> None:
    got = _statuses(
        _CRACKDOWN.replace(
            "HELD", "The opposition Union of Farmers said more than 200 of its supporters had been hurt."
        )
    )
    assert got["detained:140"] == "reported"


_JAIL = (
    "Riot at Korsa jail\n\n"
    "KORSA, 2 March 2025 - Nine inmates were killed in a riot at Korsa central prison, the justice "
    "ministry said. The prisoners' relatives association said 15 prisoners had died in the riot. PAST\n"
)


def test_inmates_and_prisoners_of_one_riot_are_rival_counts() -> None:
    got = _statuses(_JAIL.replace("PAST", ""))
    assert got["killed:Nine"] == "disputed"
    assert got["killed:15"] == "disputed"


def test_a_riot_dated_by_its_month_alone_is_another_event() -> None:
    got = _statuses(
        _JAIL.replace("The prisoners' relatives association said 15 prisoners had died in the riot.", "").replace(
            "PAST",
            "The jail saw a like mutiny in October, when 12 inmates were killed, "
            "the Korsa Families Committee said.",
        )
    )
    assert got["killed:Nine"] == "reported"
    assert got["killed:12"] == "reported"


# -- the state's toll and its critics', however far apart -----------------------------------------------

_STRIKE = (
    "Dozens held after strike protest in Orlavi\n\n"
    "ORLAVI, 14 April 2025 - Police detained 30 people during a banned strike march in Orlavi on Monday, "
    "police spokesman Davit Kurel said. CRITIC\n"
)


def test_a_critics_count_three_times_the_states_is_a_rival_count() -> None:
    got = _statuses(_STRIKE.replace("CRITIC", "The Orlavi Workers Union said more than 90 people had been detained."))
    assert got["detained:30"] == "disputed"
    assert got["detained:more than 90"] == "disputed"


def test_a_hospitals_count_is_no_critics() -> None:
    got = _statuses(
        _STRIKE.replace("Police detained 30 people", "Police said 30 people were wounded").replace(
            "CRITIC", "Orlavi City Hospital said it had treated 70 people."
        )
    )
    assert got["injured:30"] == "reported"


def test_a_critics_count_over_years_is_another_scope() -> None:
    got = _statuses(
        _STRIKE.replace(
            "CRITIC", "The Orlavi Workers Union said more than 90 people had been detained at its marches since 2023."
        )
    )
    assert got["detained:30"] == "reported"


def test_a_un_count_is_no_critics() -> None:
    got = _statuses(_STRIKE.replace("CRITIC", "The UN human rights office said more than 90 people had been detained."))
    assert got["detained:30"] == "reported"


# -- "members of the security forces" takes in a side's police and soldiers -------------------------------

_POST = (
    "Gunmen attack police post in Darvan\n\n"
    "DARVAN, 3 May 2025 - Gunmen killed 9 police officers in an attack on a police post in Darvan, the "
    "interior ministry said. CLAIM\n"
)


def test_the_security_forces_and_the_police_are_one_group_of_victims() -> None:
    got = _statuses(
        _POST.replace(
            "CLAIM", "The Darvan Liberation Front said its fighters had killed 25 members of the security forces."
        )
    )
    assert got["killed:9"] == "disputed"
    assert got["killed:25"] == "disputed"


def test_the_security_forces_and_civilians_are_two_groups() -> None:
    got = _statuses(_POST.replace("CLAIM", "The Darvan Liberation Front said 25 civilians had been killed."))
    assert got["killed:9"] == "reported"


# -- "N others" of a group named before them ----------------------------------------------------------

_OUTPOST = (
    "Soldiers killed in raid on Mekra outpost\n\n"
    "MEKRA, 5 August 2025 - Four soldiers were killed and six others wounded when gunmen raided an army outpost "
    "near Mekra on Tuesday, the army said. NURSE\n"
)


def test_others_of_the_soldiers_and_a_nurses_wounded_soldiers_are_rival_counts() -> None:
    got = _statuses(
        _OUTPOST.replace("NURSE", "A nurse at Mekra hospital said 10 wounded soldiers had been brought there.")
    )
    assert got["injured:six"] == "disputed"
    assert got["injured:10"] == "disputed"


def test_others_of_the_soldiers_and_wounded_children_are_two_groups() -> None:
    got = _statuses(
        _OUTPOST.replace("NURSE", "A nurse at Mekra hospital said 10 wounded children had been brought there.")
    )
    assert got["injured:six"] == "reported"


# -- the people the police arrested and the people the attackers took ------------------------------------

_RAID = (
    "Gunmen seize villagers in Tarku\n\n"
    "TARKU, 8 July 2025 - Gunmen stormed the village of Tarku overnight, police said. HELD "
    "Police said two suspected lookouts for the gang had been arrested in a nearby town.\n"
)


def test_two_taken_by_attackers_and_two_arrested_by_police_confirm_nothing() -> None:
    got = _statuses(_RAID.replace("HELD", "Resident Ali Sambo said the gunmen took his two brothers."))
    assert got["detained:two"] != "confirmed"


def test_two_arrests_told_by_two_sources_still_confirm() -> None:
    got = _statuses(
        _RAID.replace("HELD", "The Tarku Rights Forum said two suspected lookouts had been arrested in a nearby town.")
    )
    assert set(got.values()) & {"confirmed"}


# -- a time opener is no part of the sayer's name -------------------------------------------------------


def test_early_on_a_day_opens_the_sentence_not_the_name() -> None:
    from summarizer.testing import code_only

    text = (
        "Blast at Vesna depot\n\n"
        "VESNA, 2 June 2025 - Three guards were killed in a blast at a fuel depot in Vesna on Sunday, the regional "
        "emergencies committee said. Late on Monday the committee said a fourth guard had died in hospital.\n"
    )
    names = {c.reported_by for c in code_only(text).casualties}
    assert not any(n and n.lower().startswith("late") for n in names)


# -- arrests and abductions are never rival counts; a span of years is another scope -----------------------

_FARM = (
    "Gunmen seize farm workers off Tanjung\n\n"
    "TANJUNG, 4 April 2025 - Gunmen seized 6 workers from a fish farm near Tanjung on Sunday, the navy "
    "said. LATER\n"
)


def test_the_polices_arrests_are_no_rival_of_the_gunmens_abductions() -> None:
    got = _statuses(_FARM.replace("LATER", "The Tanjung Fishers Guild said police had arrested 9 workers in the town."))
    assert got["detained:6"] == "reported"


def test_two_counts_of_abductions_stay_rivals() -> None:
    got = _statuses(_FARM.replace("LATER", "The Tanjung Fishers Guild said the gunmen had kidnapped 9 workers."))
    assert got["detained:6"] == "disputed"


def test_a_span_of_years_is_another_scope() -> None:
    got = _statuses(
        _FARM.replace("seized 6 workers", "killed 6 workers").replace(
            "LATER",
            "Between 2003 and 2019, more than 8 workers were killed on the coast, the Tanjung Fishers Guild said.",
        )
    )
    assert got["killed:6"] == "reported"
