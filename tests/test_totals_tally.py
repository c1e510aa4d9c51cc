"""Tallies over a period ("since the invasion", "so far this year") are left out of an
event's total; comparisons ("the deadliest attack since 2019") are no tally. Invented
sentences."""

from __future__ import annotations

import pytest

from summarizer.evidence import compute_totals
from summarizer.evidence.totals import is_tally
from summarizer.schema import Casualty, Evidence


def _k(low: int | None, high: int | None, quote: str, outcome: str = "killed") -> Casualty:
    return Casualty(outcome=outcome, low=low, high=high, evidence=[Evidence(quote=quote)])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quote", "tally"),
    [
        ("The monitor says more than 9,000 civilians have been killed since the invasion began in 2023.", True),
        ("Some 400 people have been killed since January, the agency said.", True),
        ("At least 1,300 soldiers have died since the start of the offensive.", True),
        ("More than 60 people have been abducted in the region so far this year.", True),
        ("The group says 7,000 people were killed since the 2019 coup.", True),
        ("Over the past three years, 2,000 people were killed in the province.", True),
        # the event itself
        ("Twelve people have died in hospital since Saturday's bombing.", False),
        ("Five more bodies have been found since the attack.", False),
        ("Gunmen killed 14 villagers on Sunday.", False),
        # comparisons: a superlative or "first" before "since"
        ("It was the deadliest attack since 2019, with 40 people killed.", False),
        ("The heaviest shelling since the start of the war killed 11 people.", False),
        ("It was the first killing of a journalist in the city since March.", False),
    ],
)
def test_is_tally(quote: str, tally: bool) -> None:
    assert is_tally(_k(1, 1, quote)) is tally


def test_tally_left_out_of_the_event_total() -> None:
    cas = [
        _k(11, None, "At least 11 people were killed when a missile struck a market on Saturday."),
        _k(12, 12, "The mayor later said 12 bodies had been recovered."),
        _k(9001, None, "More than 9,000 civilians have been killed since the invasion in 2022, the UN says."),
    ]
    [total] = compute_totals(cas)
    assert total.low == 12 and total.high is None
    assert 2 not in total.basis
    assert "Left out: figure 3, a tally over a period" in total.note


def test_only_tallies_make_the_total_as_usual() -> None:
    cas = [
        _k(9001, None, "More than 9,000 civilians have been killed since the invasion in 2022."),
        _k(400, 400, "Some 400 of them were killed since January."),
    ]
    [total] = compute_totals(cas)
    assert total.low == 9001
    assert "Left out" not in total.note


def test_tally_of_another_outcome_does_not_matter() -> None:
    cas = [
        _k(3, 3, "Three people were wounded on Monday.", outcome="injured"),
        _k(500, None, "At least 500 people have been killed since January.", outcome="killed"),
    ]
    injured, killed = compute_totals(cas)
    assert (injured.low, killed.low) == (3, 500)
