"""Session 12 status rule 3 (cf): an independent source's count of the bodies taken from the site
("crews pulled 14 bodies from the building") with the very number of an official toll of the event is
that toll counted again, so both are confirmed (attrib_README status rule 3); a smaller count from one
building stays a part of the toll, and two officials of one side confirm nothing. A count in a
paragraph opening on a later time ("Later on Friday,") that points back at "that attack" told there is
another event's, no rival of the lead's toll (rule 1); without the opener they stay rivals. "Both X and Y
say at least 31" from a monitor and a charity confirms (rule 3); from two officials it does not. Invented articles
(none copied from an evaluation set); negatives included."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses

_STRIKE = (
    "Air strike on Korvan apartment block kills 14\n\n"
    "KORVAN - An air strike hit an apartment block in the town of Korvan on Sunday, killing 14 people, "
    "including three children, the regional health department said.\n\n"
    "The Red Crescent said its volunteers had pulled 14 bodies from the building by dawn."
)


def test_bodies_recovered_from_the_site_confirm_an_equal_toll() -> None:
    got = _statuses(_STRIKE)
    assert got["killed:14"] == "confirmed"


def test_a_smaller_count_from_the_site_is_a_part_not_a_confirmation() -> None:
    got = _statuses(_STRIKE.replace("pulled 14 bodies", "pulled six bodies"))
    assert got["killed:14"] != "confirmed"
    assert got["killed:six"] != "confirmed"


def test_two_officials_of_one_side_confirm_nothing() -> None:
    got = _statuses(
        _STRIKE.replace("The Red Crescent said its volunteers had", "The regional governor said police had")
    )
    assert got["killed:14"] != "confirmed"


def test_a_part_with_the_same_number_as_another_group_confirms_nothing() -> None:
    # "including three children" and a monitor's three people killed elsewhere: a part, not the whole
    text = _STRIKE.replace(
        "The Red Crescent said its volunteers had pulled 14 bodies from the building by dawn.",
        "A monitoring group said three people were killed in the town.",
    )
    got = _statuses(text)
    assert got["killed:three"] != "confirmed"


_LATER = (
    "Shelling hits Dravo market\n\n"
    "DRAVO - Shells struck a crowded market in Dravo early on Friday, killing 12 people, the regional "
    "health office said.\n\n"
    "Later on Friday, the civil protection service said a school building had been hit. Its spokesman told "
    "reporters that dozens had been killed in that attack."
)


def test_a_later_paragraphs_that_attack_is_another_event() -> None:
    got = _statuses(_LATER)
    assert got["killed:12"] != "disputed"
    assert got["killed:dozens"] != "disputed"


def test_without_the_later_opener_the_counts_stay_rivals() -> None:
    # negative: the same paragraph with no turn in time, "in the attack" points at the market's
    text = _LATER.replace(
        "Later on Friday, the civil protection service said a school building had been hit. Its spokesman told "
        "reporters that dozens had been killed in that attack.",
        "The civil protection service's spokesman told reporters that dozens had been killed in the attack.",
    )
    got = _statuses(text)
    assert got["killed:12"] == "disputed"
    assert got["killed:dozens"] == "disputed"


_JOINT = (
    "Abductions continue in the hills\n\n"
    "The Norland Rights Watch, a monitor that documents abuses, said gunmen had killed two farmers in "
    "the hills on Monday. The Civic Aid Network, a charity, said five houses had been burned.\n\n"
    "Both the Norland Rights Watch and the Civic Aid Network say at least 31 people have been abducted "
    "in the hills since March."
)


def test_two_independent_sources_reporting_together_confirm() -> None:
    got = _statuses(_JOINT)
    assert got["detained:at least 31"] == "confirmed"


def test_two_officials_reporting_together_confirm_nothing() -> None:
    text = (
        _JOINT.replace("The Norland Rights Watch, a monitor that documents abuses,", "The interior ministry")
        .replace("The Civic Aid Network, a charity,", "The provincial police")
        .replace(
            "Both the Norland Rights Watch and the Civic Aid Network",
            "Both the interior ministry and the provincial police",
        )
    )
    got = _statuses(text)
    assert got["detained:at least 31"] != "confirmed"
