"""Figure recall, session 15, second round (fa2): a toll's scope holding phrases set off by
commas (evidence/__init__.py, "Figure recall, session 15 (fa2)"). All sentences are invented."""

from __future__ import annotations

from summarizer.evidence.quantities import quantities_for_outcome


def _read(sentence: str, outcome: str = "killed") -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


def test_scope_with_an_apposition() -> None:
    s = "The death toll from the raid on Morvasi, a fishing port in the south, has risen to 23."
    assert _read(s) == [("23", 23, 23)]


def test_scope_with_a_place_phrase_and_a_sayer_after() -> None:
    s = (
        "The death toll from last week's clashes between herders and farmers in a disputed valley near "
        "Talvar, in the eastern hills, rose to 17, a nurse said on Sunday."
    )
    assert _read(s) == [("17", 17, 17)]


def test_scope_with_two_commas_and_a_part() -> None:
    s = "The toll from the assault on Brenik, a mining town, in the far west, has climbed to 40, including six guards."
    assert _read(s) == [("40", 40, 40), ("six", 6, 6)]


def test_no_clause_inside_the_commas() -> None:
    # a conjunction and a verb of saying start another clause: its number is not the toll's
    s = "The death toll in the valley is unknown, and the rebels said on Monday that they had risen to 14 posts."
    assert _read(s) == []


def test_no_number_inside_the_commas() -> None:
    s = "The toll from the raid on Osk, a village of 2,000 people, has risen to 12."
    assert ("2,000", 2000, 2000) not in _read(s)


def test_plain_scope_unchanged() -> None:
    assert _read("The death toll from the shelling has risen to 31.") == [("31", 31, 31)]
