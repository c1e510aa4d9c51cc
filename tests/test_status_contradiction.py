"""Contradiction between sources for one event without shared place or time words
(``assemble._same_event_contradictions``), on invented articles."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses


def test_two_sources_disjoint_counts_of_one_event_are_disputed() -> None:
    text = (
        "Gunmen attacked the market town of Dalori on Friday, residents said.\n\n"
        "Police spokesman Ali Bako said 14 bodies had been recovered.\n\n"
        '"I counted 26 dead myself," said Hassan Idi, a local trader.'
    )
    got = _statuses(text)
    assert got["killed:14"] == "disputed"
    assert got["killed:26"] == "disputed"


def test_overlapping_counts_are_not_disputed() -> None:
    text = (
        "Police spokesman Ali Bako said at least 14 people were killed in the raid.\n\n"
        "A local trader, Hassan Idi, said 16 people died."
    )
    got = _statuses(text)
    assert got["killed:at least 14"] != "disputed"
    assert got["killed:16"] != "disputed"


def test_another_event_across_the_border_is_not_compared() -> None:
    text = (
        "A missile struck a depot in the city of Arvan, killing 12 people, the regional governor said.\n\n"
        "Across the border, the governor of the Tessel region said a drone killed seven people in a village."
    )
    got = _statuses(text)
    assert "disputed" not in got.values()


def test_a_part_and_its_whole_are_not_compared() -> None:
    text = (
        "The health ministry said 20 people were killed in the shelling.\n\n"
        "A rescue worker said eight of the dead were children."
    )
    assert "disputed" not in _statuses(text).values()


def test_a_tally_is_not_compared_with_one_event() -> None:
    text = (
        "The health ministry said 20 people were killed in the shelling on Monday.\n\n"
        "More than 900 people have been killed since the start of the year, according to a monitoring group."
    )
    assert "disputed" not in _statuses(text).values()


def test_fighters_and_civilians_are_not_compared() -> None:
    text = (
        "The army said its troops killed 30 militants in the clash.\n\n"
        "Villagers said 12 civilians were killed in the crossfire."
    )
    assert "disputed" not in _statuses(text).values()


def test_a_breakdown_by_place_is_not_a_contradiction() -> None:
    text = (
        "At least 10 people were killed in overnight strikes, officials said.\n\n"
        "The head of the northern district said four people died there.\n\n"
        "The governor of the southern province said three people were killed."
    )
    assert "disputed" not in _statuses(text).values()


def test_a_doubt_about_its_own_number_does_not_reach_back() -> None:
    text = (
        "The district governor said 23 people were killed in the raid on Kalam. "
        "Nine of them were said to be children, a figure that could not be independently verified."
    )
    got = _statuses(text)
    assert got["killed:23"] != "unverified"


def test_a_doubt_restating_the_figure_still_applies() -> None:
    text = (
        "The district governor said 23 people were killed in the raid on Kalam. "
        "The figure of 23 could not be independently verified."
    )
    assert _statuses(text)["killed:23"] == "unverified"


def test_a_small_number_and_inflated_tolls_contest() -> None:
    text = (
        "Rebels said 60 soldiers were killed in the assault on the base. "
        "The army, which is giving a small number, said 8 soldiers died."
    )
    got = _statuses(text)
    assert got["killed:60"] == "disputed" and got["killed:8"] == "disputed"
    text2 = "Rebels said 60 soldiers were killed in the assault on the base. The army called the rebels' toll inflated."
    assert _statuses(text2)["killed:60"] == "disputed"


def test_a_small_number_of_things_is_no_contest() -> None:
    text = (
        "Rebels said 60 soldiers were killed in the assault on the base. "
        "The army gave a small number of details about the attack."
    )
    assert _statuses(text)["killed:60"] != "disputed"
