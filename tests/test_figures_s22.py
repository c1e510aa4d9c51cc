"""Figures, session 22 (summarizer/evidence/__init__.py, "Figures, session 22"), on invented sentences
only, each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only

_LEAD = "Fighting flared in the north of Norland on Friday.\n\n"


def _one(text: str) -> tuple[str, int | None, str | None]:
    (c,) = code_only(_LEAD + text).casualties
    return c.outcome, c.low, c.reported_by


def test_toll_with_a_place_after_at_risen_to() -> None:
    assert _one("Rescuers said the death toll at the market had risen to 14.") == ("killed", 14, "Rescuers")


def test_toll_stood_at_is_no_scope_negative() -> None:
    # negative: "at" after the verb is the number's, the reading stays
    assert _one("The toll stood at 14, police said.") == ("killed", 14, "police")


def test_number_of_dead_raised_to() -> None:
    assert _one("The ministry raised the number of dead to 14.") == ("killed", 14, "The ministry")
    assert _one("Prosecutors raised the number of people killed in Wednesday's violence in Vessa to 14.") == (
        "killed",
        14,
        "Prosecutors",
    )


def test_raised_the_price_counts_nobody_negative() -> None:
    # negative: "raised the number of checkpoints to 14" counts no people
    assert code_only(_LEAD + "The army raised the number of checkpoints to 14.").casualties == []
