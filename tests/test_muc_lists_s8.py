"""MUC-style casualty wordings of upper-case wire text (session 8, H18; invented sentences).

Rules in ``summarizer/evidence/__init__.py`` (Counting people, session 8, H18): a count of
wounds, bullets or shots is never a count of people; "ONE OF THE WOUNDED, <apposition>, DIED" is one killed;
coordinated objects of an active verb; a list of names between dashes after a count.
"""

from __future__ import annotations

import pytest
from helpers import checked_summary, figure_ranges


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # 1. wounds, bullets and shots are no people
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- A WOMAN WAS TAKEN TO HOSPITAL WITH FOUR BULLET WOUNDS"
            " AFTER THE RAID ON THE TOWN.",
            [("injured", 1, 1)],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- A FARMER RECEIVED TWO GUNSHOT WOUNDS DURING THE SHOOTING.",
            [],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- THE TAXI DRIVER WAS HIT BY SIX BULLETS OUTSIDE THE MARKET.",
            [],
        ),
        # negatives: people still counted next to the same words
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- TWO SHOT DEAD AND FOUR GUNSHOT VICTIMS WERE TAKEN TO HOSPITAL.",
            [("injured", 4, 4), ("killed", 2, 2)],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- FIVE GUARDS SUFFERED SERIOUS WOUNDS IN THE ATTACK ON THE DAM.",
            [("injured", 5, 5)],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- THE GUNMEN FIRED 30 SHOTS, KILLING THREE PEASANTS.",
            [("killed", 3, 3)],
        ),
    ],
)
def test_wound_counts_are_no_people(article: str, expected: list[tuple[str, int, int]]) -> None:
    assert figure_ranges(article) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # 3. one of a group, an apposition, then "died": one killed
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- ONE OF THE INJURED, A 62-YEAR-OLD BAKER, LATER DIED AT THE CLINIC.",
            ("killed", 1, 1),
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- ONE OF THE GUARDS, CORPORAL MARIO REYES, DIED ON THE WAY TO HOSPITAL.",
            ("killed", 1, 1),
        ),
        ("TEGUCIGALPA, 3 FEB 90 (RADIO) -- ONE OF THE INJURED SUBSEQUENTLY DIED.", ("killed", 1, 1)),
    ],
)
def test_one_of_group_apposition_died(article: str, expected: tuple[str, int, int]) -> None:
    assert expected in figure_ranges(article)


def test_one_of_group_apposition_without_death() -> None:
    # negative: the apposition's person speaks, nobody dies
    article = "TEGUCIGALPA, 3 FEB 90 (RADIO) -- ONE OF THE INJURED, A 62-YEAR-OLD BAKER, SAID THE MEN FIRED AT THE BUS."
    assert not [f for f in figure_ranges(article) if f[0] == "killed"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # 2. coordinated objects of an active verb, ranks as people nouns, a name in apposition
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- REBELS ATTACKED A POST, KILLING A CORPORAL AND THREE PRIVATES.",
            [("killed", 1, 1), ("killed", 3, 3)],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- THE BOMB WOUNDED THE JUDGE, ROSA MARIA FUENTES, AND TWO COURT CLERKS.",
            [("injured", 1, 1), ("injured", 2, 2)],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- THE ARMY SAID THAT TWO LIEUTENANTS AND FIVE SERGEANTS WERE KILLED.",
            [("killed", 2, 2), ("killed", 5, 5)],
        ),
        # negatives: a reporting clause is no apposition; "the wounded" is no active verb
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- GUNMEN KILLED THE GOVERNOR, OFFICIALS SAID,"
            " AND FOUR GUARDS WERE ARRESTED.",
            [("detained", 4, 4), ("killed", 1, 1)],
        ),
        (
            "TEGUCIGALPA, 3 FEB 90 (RADIO) -- THE WOUNDED WERE VISITED BY THE MAYOR.",
            [("injured", 2, None)],  # "the wounded": two or more, never the mayor's one
        ),
    ],
)
def test_coordinated_objects(article: str, expected: list[tuple[str, int, int | None]]) -> None:
    assert figure_ranges(article) == expected


def test_dash_list_of_names_after_count() -> None:
    # 4. a list of names between dashes after a count: the count, and 1 per name
    article = (
        "TEGUCIGALPA, 3 FEB 90 (RADIO) -- A GRENADE EXPLODED, KILLING THREE PEOPLE -- MARTA SOLIS,"
        " RENE BONILLA AND OSCAR LEIVA -- THE POLICE REPORTED."
    )
    assert figure_ranges(article) == [("killed", 1, 1)] * 3 + [("killed", 3, 3)]
    names = sorted(c.phrase for c in checked_summary(article).casualties if c.low == 1)
    assert names == ["MARTA SOLIS", "OSCAR LEIVA", "RENE BONILLA"]


def test_dash_aside_without_names() -> None:
    # negatives: a reporting aside between dashes, or groups with their own numbers, name no one
    article = "TEGUCIGALPA, 3 FEB 90 (RADIO) -- FOUR GUARDS WERE KILLED -- THE ARMY SAID -- AND ONE WAS WOUNDED."
    assert figure_ranges(article) == [("injured", 1, 1), ("killed", 4, 4)]
    article = "TEGUCIGALPA, 3 FEB 90 (RADIO) -- REBELS KILLED FIVE PEOPLE -- THREE SOLDIERS AND TWO PEASANTS -- AT 6."
    assert ("killed", 1, 1) not in figure_ranges(article)


def test_named_relative_and_group_died() -> None:
    # 5. (already read at HEAD; pinned) a named relative and a counted group before "died"
    article = (
        "TEGUCIGALPA, 3 FEB 90 (RADIO) -- A ROCKET HIT THE MAYOR'S HOUSE. HIS SISTER, MARIA ELENA CRUZ,"
        " AND THEIR THREE NEPHEWS DIED, THE FIREMEN SAID."
    )
    assert figure_ranges(article) == [("killed", 1, 1), ("killed", 3, 3)]
