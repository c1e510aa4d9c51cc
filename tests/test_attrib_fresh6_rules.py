"""Rules found on the unseen invented set tests/data/attrib_fresh6.jsonl, tested on other invented
sentences (summarizer/evidence/__init__.py, "Which source comes first in a sentence")."""

from __future__ import annotations

from summarizer.evidence.attribution import find_attribution
from summarizer.testing import code_only


def test_according_to_before_a_later_subject_clause() -> None:
    sent = (
        "More than 40,000 people have fled into the hills since March, according to the Red Cross, "
        "and local leaders say food is running short."
    )
    assert find_attribution(sent) == "the Red Cross"
    (fig,) = code_only(sent).casualties
    assert fig.reported_by == "the Red Cross"


def test_leading_subject_still_first() -> None:
    sent = "Local leaders say 300 families have fled, according to the Red Cross."
    assert find_attribution(sent) == "Local leaders"


def test_plain_subject_clause_unchanged() -> None:
    assert find_attribution("Floods killed 12 people in the valley, the provincial governor said.") == (
        "the provincial governor"
    )


def test_doubt_naming_a_group_reaches_only_that_group() -> None:
    text = (
        "The navy said it had sunk a boat and killed 11 pirates off the coast. "
        "A fishermen's union said 40 families had fled the port town. "
        "The union said it could not confirm the number of pirates killed."
    )
    by_phrase = {c.phrase: c.status for c in code_only(text).casualties}
    pirates = [s for p, s in by_phrase.items() if "11" in p]
    families = [s for p, s in by_phrase.items() if "40" in p]
    assert pirates == ["unverified"]
    assert families == ["reported"]


def test_doubted_group_word() -> None:
    from summarizer.evidence.figures import doubted_group

    assert doubted_group("It could not confirm the number of pirates killed.") == "pirate"
    assert doubted_group("The number of people killed could not be verified.") is None


def test_either_sides_account_is_a_blanket_over_the_sides() -> None:
    from summarizer.evidence.figures import blanket_doubt

    sent = "Journalists could not independently verify either side's account."
    assert blanket_doubt("The rebels said 6 of their men died. " + sent) == sent
    assert blanket_doubt("Journalists could not verify the rebels' account.") is None


def test_that_figure_contest_reaches_only_the_last_figure() -> None:
    text = (
        "The rebels said two of their fighters had died, and said that up to 30 soldiers were killed. "
        "The army called that figure propaganda."
    )
    status = {c.phrase: c.status for c in code_only(text).casualties}
    assert status["up to 30"] == "disputed"
    assert status["two"] != "disputed"


def test_claims_contest_still_reaches_every_figure() -> None:
    text = (
        "The rebels said two of their fighters had died, and said that up to 30 soldiers were killed. "
        "The army called the claims propaganda."
    )
    status = {c.phrase: c.status for c in code_only(text).casualties}
    assert status["up to 30"] == "disputed"
