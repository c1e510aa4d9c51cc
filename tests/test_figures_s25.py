"""Figures, session 25 (summarizer/evidence/__init__.py, "Figures, session 25"), on invented sentences, each
rule with a negative."""

from __future__ import annotations

import pytest

from summarizer.testing import code_only


def _figures(sentence: str) -> list[tuple[str, str]]:
    return [(c.outcome, c.phrase) for c in code_only("Clashes in Kelo\n\n" + sentence).casualties]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Elders said armed men had taken 11 men from Dara and two villages on 7 June.", ("detained", "11")),
        ("The ministry said residents had held 28 soldiers for some 20 hours on Saturday.", ("detained", "28")),
        ("The health office said gunmen took four health workers on Monday.", ("detained", "four")),
        ("The army said the group had lost one fighter.", ("killed", "one")),
        ('"I lost my two little sisters," said Ana.', ("killed", "two")),
        ("The Kelo Military Zone put its losses at five soldiers.", ("killed", "five")),
        ("The prosecutor said the remains of nine people had been recovered at the site.", ("killed", "nine")),
        ("Kelo registered 1,817 victims of intentional homicide in 2025, the agency said.", ("killed", "1,817")),
        ("The army said it had killed about 60 M23 fighters near Kelo.", ("killed", "about 60")),
    ],
)
def test_a_count_of_people_taken_lost_or_found_dead(sentence: str, figure: tuple[str, str]) -> None:
    assert figure in _figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # negatives: the wounded taken to care, people evacuated, things lost, a trip's days, a body's standing
        "The Red Crescent said its crews had taken five wounded people to the hospital.",
        "Police said they had taken 23 people out of villages east of the town.",
        "The firm lost one contract and two trucks, police said.",
        "The party held 30 seats, officials said.",
        "The army remains in control of 12 towns, officials said.",
        "The police said they had seized 40 AK-47 rifles.",
    ],
)
def test_no_detention_or_death_in_other_uses_of_the_verbs_negative(sentence: str) -> None:
    assert not any(outcome in ("detained", "killed") for outcome, _ in _figures(sentence))
