"""Status, session 24 (summarizer/evidence/__init__.py, "Status, session 24"), on invented sentences
only, each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only

_TEXT = (
    "Raids in Varn\n\n"
    "Raiders killed nine people in Varn on Monday, the district security committee said. "
    "The Varn clinic said it had treated 14 wounded people.\n\n"
)


def _status(text: str, phrase: str) -> str:
    return next(c.status for c in code_only(text).casualties if c.phrase == phrase)


def test_a_long_subject_before_not_verified_is_still_a_blanket_doubt() -> None:
    doubt = (
        "Casualty and displacement figures in this update are preliminary, are drawn from authorities, "
        "partners and community sources, and have not been independently verified by the agency."
    )
    assert _status(_TEXT + doubt, "nine") == "unverified"
    assert _status(_TEXT + doubt, "14") == "unverified"


def test_a_verified_figure_far_from_a_negation_is_no_doubt_negative() -> None:
    # negative: "not" belongs to another clause, and "verified" is said of the figures
    text = _TEXT + "The figures were later checked against hospital registers and the agency has verified them."
    assert _status(text, "nine") == "reported"
