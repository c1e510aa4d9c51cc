"""Denials and contests by a side (issue 18; written down in ``summarizer.evidence``, "Status"),
on invented sentences: a side denying it targeted civilians disputes the civilian toll it is
accused of, not a toll naming other killers, and a denial of responsibility disputes no count;
"denied that any fighters had been captured" disputes captured fighters only; a contest naming
whose numbers it rejects; "said the toll was far higher"."""

from __future__ import annotations

from summarizer.schema import Casualty
from summarizer.testing import code_only


def _figures(article: str) -> list[Casualty]:
    summary = code_only(article, published=None)
    return summary.casualties


def _status(article: str) -> dict[str, str | None]:
    return {c.phrase: c.status for c in _figures(article)}


def test_a_side_denying_it_targeted_civilians_disputes_the_toll_it_is_accused_of() -> None:
    article = (
        "Government troops shot dead at least 12 villagers near Orvane on Friday, the Harbor Rights Council said. "
        "The army denied targeting civilians and said it had acted lawfully."
    )
    assert _status(article)["at least 12"] == "disputed"


def test_a_targeting_denial_does_not_reach_a_toll_naming_other_killers() -> None:
    article = (
        "Bandits killed at least 12 villagers near Orvane on Friday, the Harbor Rights Council said. "
        "The army denied targeting civilians in its own operations."
    )
    assert _status(article)["at least 12"] == "reported"


def test_denying_responsibility_disputes_no_count() -> None:
    article = (
        "Soldiers killed at least 12 villagers near Orvane on Friday, the Harbor Rights Council said. "
        "The army denied carrying out the attack."
    )
    assert _status(article)["at least 12"] == "reported"


def test_a_denial_that_fighters_were_captured_disputes_the_missing_fighters() -> None:
    article = (
        "The Tessel Monitor said four fighters were missing and believed to have been captured by the raiders. "
        "It said nine villagers were abducted from the market. "
        "A spokesman for the militia denied that any fighters had been captured."
    )
    st = _status(article)
    assert st["four"] == "disputed"
    assert st["nine"] == "reported"  # villagers are not the fighters denied


def test_a_contest_naming_whose_numbers_disputes_them() -> None:
    from summarizer.evidence.figures import source_disputes

    got = source_disputes("A police official said the figures released by the army were 'inflated'.")
    assert got and got[0][1] == "the army"
    assert source_disputes("The figures released by the army were published on Monday.") == []


def test_a_source_saying_the_toll_was_higher_announces_a_difference() -> None:
    from summarizer.evidence.figures import announced_differences

    assert announced_differences("Neighbours said the toll was much higher. One said 30 died.")[0][2] == "higher"
    assert announced_differences("Neighbours said the river was much higher.") == []
