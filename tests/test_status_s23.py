"""Status, session 23 (summarizer/evidence/__init__.py, "Status, session 23"): a blanket doubt
scoped by whose figures it names, on invented sentences only, each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only

_TEXT = (
    "Clashes in Varn\n\n"
    "Fighting between the army and the Kelo Front killed at least 20 people in Varn on Monday, "
    "the army said. The Kelo Front said it had killed 35 soldiers. The charity Aid Without Borders "
    "said it had treated 46 wounded people at its clinic in Varn.\n\n"
)


def _status(text: str, phrase: str) -> str:
    return next(c.status for c in code_only(text).casualties if c.phrase == phrase)


def test_both_warring_sides_doubts_the_sides_only() -> None:
    text = _TEXT + "The figures given by both warring sides could not be independently verified."
    assert _status(text, "35") == "unverified"
    assert _status(text, "46") == "reported"  # a charity is no side


def test_either_armed_group_doubts_the_armed_groups_only() -> None:
    text = _TEXT + "Reporters could not independently verify the figures given by either armed group."
    assert _status(text, "35") == "unverified"
    assert _status(text, "46") == "reported"


def test_three_words_before_figures_still_name_the_owners() -> None:
    doubt = "We have not been able to independently verify casualty or capture figures issued by the armed groups."
    text = _TEXT + doubt
    assert _status(text, "35") == "unverified"
    assert _status(text, "46") == "reported"


def test_a_doubt_naming_no_owner_stays_a_blanket_negative() -> None:
    # negative: "the figures" with no owner doubts every reported figure, the charity's too
    text = _TEXT + "None of the figures could be independently verified."
    assert _status(text, "46") == "unverified"
