"""Totals: separate groups one clause counts are added up (issue 18); nothing else is.

Every sentence here is invented for the test."""

from __future__ import annotations

from datetime import date

from summarizer.evidence import compute_totals
from summarizer.schema import Casualty, CasualtyTotal, Evidence, Outcome
from summarizer.testing import code_only


def _fig(
    article: str,
    quote: str,
    phrase: str,
    who: str,
    low: int | None,
    high: int | None,
    *,
    outcome: Outcome = "killed",
    reported_by: str | None = None,
    at: str | None = None,
) -> Casualty:
    """A figure evidenced by ``quote`` (from ``at`` on, when given: a later figure of a
    sentence is evidenced from its own clause to the sentence's end)."""
    start = article.index(quote)
    if at is not None:
        start = article.index(at, start)
    end = article.index(quote) + len(quote)
    ev = Evidence(quote=article[start:end], start=start, end=end, match="exact")
    return Casualty(
        outcome=outcome, who=who, low=low, best=low if low == high else None, high=high,
        phrase=phrase, reported_by=reported_by, evidence=[ev],
    )  # fmt: skip


def _code_totals(article: str) -> list[CasualtyTotal]:
    s = code_only(article, published=date(2024, 5, 2))
    return s.casualty_totals


def test_two_groups_objects_of_one_verb_are_summed() -> None:
    art = "Raiders killed three herders and two traders near the ford, a village elder said."
    cas = [
        _fig(art, art, "three", "herders", 3, 3, reported_by="a village elder"),
        _fig(art, art, "two", "traders", 2, 2, reported_by="a village elder", at="two traders"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high, t.basis) == (5, 5, [0, 1])
    assert 'the sum of "three herders" (3) and "two traders" (2) (casualties[0], casualties[1])' in t.note


def test_two_groups_subject_of_one_passive_verb_are_summed() -> None:
    art = "Four border guards and a porter were wounded when the mine went off."
    cas = [
        _fig(art, art, "Four", "border guards", 4, 4, outcome="injured"),
        _fig(art, art, "a", "porter", 1, 1, outcome="injured", at="a porter"),
    ]
    [t] = compute_totals(cas)
    assert (t.outcome, t.low, t.high) == ("injured", 5, 5)
    assert "sum" in t.note


def test_open_part_makes_the_sum_open() -> None:
    art = "The shelling killed at least four nurses and dozens of patients."
    cas = [
        _fig(art, art, "at least four", "nurses", 4, None),
        _fig(art, art, "dozens", "patients", 24, None, at="dozens"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high) == (28, None)
    assert "open-ended" in t.note


def test_three_groups_joined_by_and_are_summed() -> None:
    art = "The blast killed two cooks and three drivers and a guard on Sunday."
    cas = [
        _fig(art, art, "two", "cooks", 2, 2),
        _fig(art, art, "three", "drivers", 3, 3, at="three drivers"),
        _fig(art, art, "a", "guard", 1, 1, at="a guard"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high, t.basis) == (6, 6, [0, 1, 2])


def test_model_order_does_not_matter() -> None:
    art = "Raiders killed three herders and two traders near the ford."
    a = _fig(art, art, "three", "herders", 3, 3)
    b = _fig(art, art, "two", "traders", 2, 2, at="two traders")
    [t] = compute_totals([b, a])
    assert (t.low, t.basis) == (5, [0, 1])


def test_a_group_and_its_own_subcount_are_not_summed() -> None:
    art = "Six villagers, including two boys, were killed in the raid."
    cas = [
        _fig(art, art, "Six", "villagers", 6, 6),
        _fig(art, art, "two", "boys", 2, 2, at="two boys"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high) == (6, 6)  # not 8, and no disagreement: one voice
    assert "disagree" not in t.note and "sum of" not in t.note


def test_groups_listed_inside_a_subcount_are_not_summed_over_the_count() -> None:
    art = "Nine people died, including four miners and two engineers."
    cas = [
        _fig(art, art, "Nine", "people", 9, 9),
        _fig(art, art, "four", "miners", 4, 4, at="four miners"),
        _fig(art, art, "two", "engineers", 2, 2, at="two engineers"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high, t.basis) == (9, 9, [0])
    assert "sum of" not in t.note


def test_partitive_of_them_is_no_separate_group() -> None:
    art = "The strike killed eight fighters and two of them were commanders."
    cas = [
        _fig(art, art, "eight", "fighters", 8, 8),
        _fig(art, art, "two", "them", 2, 2, at="two of them"),
    ]
    [t] = compute_totals(cas)
    assert t.low == 8


def test_apposition_after_a_comma_restates_the_count() -> None:
    art = "The strike killed 11 people, four gunmen and seven bystanders."
    cas = [
        _fig(art, art, "11", "people", 11, 11),
        _fig(art, art, "four", "gunmen", 4, 4, at="four gunmen"),
        _fig(art, art, "seven", "bystanders", 7, 7, at="seven bystanders"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high) == (11, 11)  # 4 + 7 restate the 11; never 22


def test_not_across_sentences() -> None:
    art = "Two sentries were killed at the gate. Three drivers were killed on the road."
    s1, s2 = "Two sentries were killed at the gate.", "Three drivers were killed on the road."
    cas = [_fig(art, s1, "Two", "sentries", 2, 2), _fig(art, s2, "Three", "drivers", 3, 3)]
    [t] = compute_totals(cas)
    assert (t.low, t.high, t.basis) == (3, 3, [1])
    assert "disagree" not in t.note  # one voice: no dispute either


def test_not_across_sources() -> None:
    art = "Raiders killed three herders and two traders near the ford."
    cas = [
        _fig(art, art, "three", "herders", 3, 3, reported_by="the governor"),
        _fig(art, art, "two", "traders", 2, 2, reported_by="a medic", at="two traders"),
    ]
    [t] = compute_totals(cas)
    assert t.low != 5


def test_not_across_outcomes_or_repeated_verbs() -> None:
    art = "Two porters were killed and three porters were killed later in the valley."
    cas = [
        _fig(art, art, "Two", "porters", 2, 2),
        _fig(art, art, "three", "porters", 3, 3, at="three porters"),
    ]
    [t] = compute_totals(cas)
    assert t.low == 3  # two clauses, two verbs: possibly the same people, never summed
    art2 = "Raiders killed three herders and wounded two traders."
    cas2 = [
        _fig(art2, art2, "three", "herders", 3, 3),
        _fig(art2, art2, "two", "traders", 2, 2, outcome="injured"),
    ]
    assert [(t.outcome, t.low) for t in compute_totals(cas2)] == [("killed", 3), ("injured", 2)]


def test_a_larger_report_still_wins_over_a_sum() -> None:
    art = "Raiders killed three herders and two traders. The governor said 12 people died."
    s1, s2 = "Raiders killed three herders and two traders.", "The governor said 12 people died."
    cas = [
        _fig(art, s1, "three", "herders", 3, 3),
        _fig(art, s1, "two", "traders", 2, 2, at="two traders"),
        _fig(art, s2, "12", "people", 12, 12, reported_by="The governor"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high) == (5, 12)  # two voices that disagree: the range spans them
    assert "disagree" in t.note and 'sum of "three herders" (3)' in t.note


def test_sum_agreeing_with_another_source_is_no_dispute() -> None:
    art = "Raiders killed three herders and two traders. The governor said five people died."
    s1, s2 = "Raiders killed three herders and two traders.", "The governor said five people died."
    cas = [
        _fig(art, s1, "three", "herders", 3, 3),
        _fig(art, s1, "two", "traders", 2, 2, at="two traders"),
        _fig(art, s2, "five", "people", 5, 5, reported_by="The governor"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high, t.basis) == (5, 5, [0, 1, 2])
    assert "disagree" not in t.note


def test_evidence_not_verbatim_gives_no_sum() -> None:
    art = "Raiders killed three herders and two traders near the ford."
    a = _fig(art, art, "three", "herders", 3, 3)
    b = _fig(art, art, "two", "traders", 2, 2, at="two traders")
    a = a.model_copy(update={"evidence": [Evidence(quote="killed three herders", start=None, end=None)]})
    [t] = compute_totals([a, b])
    assert t.low == 3


def test_end_to_end_code_only() -> None:
    [t] = _code_totals("Gunmen killed three miners and two guards at the quarry on Monday, the mayor said.")
    assert (t.outcome, t.low, t.high) == ("killed", 5, 5)
    [t] = _code_totals("Five firefighters and two paramedics were injured in the second blast, the city said.")
    assert (t.outcome, t.low, t.high) == ("injured", 7, 7)
    [t] = _code_totals("Eight workers, including two welders, were killed in the fire, a company official said.")
    assert (t.outcome, t.low, t.high) == ("killed", 8, 8)
    assert "sum of" not in t.note


def test_a_named_person_heading_a_group_is_one_more() -> None:
    art = "Rosa Quintero Vidal, a notary, and two of her clerks were shot dead in the office."
    cas = [
        _fig(art, art, "Rosa Quintero Vidal", "", 1, 1),
        _fig(art, art, "two", "her clerks", 2, 2, at="two of"),
    ]
    [t] = compute_totals(cas)
    assert (t.low, t.high) == (3, 3)
    assert 'the sum of "Rosa Quintero Vidal" (1) and "two of her clerks" (2)' in t.note
    # a one-word name or a non-name phrase ('was') is not read as a named group
    art2 = "Vidal and two of her clerks were shot dead."
    cas2 = [_fig(art2, art2, "Vidal", "", 1, 1), _fig(art2, art2, "two", "her clerks", 2, 2, at="two of")]
    assert compute_totals(cas2)[0].low == 2
