"""Session 12 status rule 3 (cf): an independent source's count of the bodies taken from the site
("crews pulled 14 bodies from the building") with the very number of an official toll of the event is
that toll counted again, so both are confirmed (attrib_README status rule 3); a smaller count from one
building stays a part of the toll, and two officials of one side confirm nothing. A count in a
paragraph opening on a later time ("Later on Friday,") that points back at "that attack" told there is
another event's, no rival of the lead's toll (rule 1); without the opener they stay rivals. Invented articles
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
