"""Partitive counts: "N of the/his/her/their/its/those <people>" (invented sentences).

Rules in ``summarizer/evidence/__init__.py`` (quantities): a partitive counts N people for the
outcome its clause states, also as the second conjunct after a singular "a/an X and"; a
partitive subject of captives ("four of the hostages were killed") counts N for the clause's
outcome and is no count of the hostages taken; a partitive of things, a superlative ("one of
the deadliest attacks") or a fraction ("half of the victims") gives no people figure.
"""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.evidence.figures import who_counted
from summarizer.testing import code_only


def _figures(article: str) -> list[tuple[str, int | None, int | None, str]]:
    s = code_only(article, published=None)
    s, _ = run_checks(s, article, published=None, strict_offsets=True, in_place=True)
    return [(c.outcome, c.low, c.high, c.who) for c in s.casualties]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Army units killed an insurgent leader and four of his bodyguards outside Sarvan.",
            [("killed", 1, 1), ("killed", 4, 4)],
        ),
        (
            "Raiders wounded a watchman and two of his colleagues at the depot.",
            [("injured", 1, 1), ("injured", 2, 2)],
        ),
        (
            "A ranger and three of her colleagues were wounded when the patrol was ambushed.",
            [("injured", 1, 1), ("injured", 3, 3)],
        ),
        (
            "MARINES KILLED A GUERRILLA CHIEF AND SIX OF HIS MEN NEAR THE RIVER.",
            [("killed", 1, 1), ("killed", 6, 6)],
        ),
        ("Officials said five of the hostages were killed in the rescue attempt.", [("killed", 5, 5)]),
        ("SEVEN OF THE PRISONERS WERE INJURED DURING THE RIOT AT THE JAIL.", [("injured", 7, 7)]),
        ("Troops shot dead three of the raiders at the checkpoint.", [("killed", 3, 3)]),
    ],
)
def test_partitive_counts(article: str, expected: list[tuple[str, int, int]]) -> None:
    assert [(o, lo, hi) for o, lo, hi, _ in _figures(article)] == expected


def test_hostages_taken_and_a_part_killed() -> None:
    # the 20 are the hostages taken; the part of them killed is no second count of the taken
    got = _figures("Bandits took 20 hostages at the mine. Three of the hostages were later killed.")
    assert sorted((o, lo, hi) for o, lo, hi, _ in got) == [("detained", 20, 20), ("killed", 3, 3)]


def test_partitive_of_hostages_is_no_detention_count() -> None:
    got = _figures("Police said two of the hostages were wounded.")
    assert [(o, lo, hi) for o, lo, hi, _ in got] == [("injured", 2, 2)]


@pytest.mark.parametrize(
    "article",
    [
        "Two of the three clinics were hit by shells overnight.",
        "It was one of the deadliest bombings in the province this year.",
        "Half of the victims were children, the agency said.",
        "ONE OF THE BRIDGES WAS DESTROYED BY THE BLAST.",
    ],
)
def test_partitive_without_people_figure(article: str) -> None:
    assert _figures(article) == []


@pytest.mark.parametrize(
    ("quote", "phrase", "who"),
    [
        ("five of the hostages were killed", "five", "hostages"),
        ("killed two of the smugglers", "two", "smugglers"),
        ("killed four of his bodyguards", "four", "his bodyguards"),
        ("KILLED SIX OF HIS MEN NEAR THE RIVER", "SIX", "HIS MEN"),
    ],
)
def test_who_a_partitive_counts(quote: str, phrase: str, who: str) -> None:
    assert who_counted(quote, phrase) == who
