"""Figure recall and precision, session 16 (evidence/__init__.py, "Figures, session 16").
All sentences are invented for these tests."""

from __future__ import annotations

from summarizer.evidence.quantities import quantities_for_outcome


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


# 1. communiqués' killing euphemisms and scare quotes


def test_annihilated_and_liquidated_count_people() -> None:
    assert _read('The insurgents claimed they had "annihilated" nine marines near the dam.', "killed") == [
        ("nine", 9, 9)
    ]
    assert _read("The agency said three gunmen had been liquidated during the raid.", "killed") == [("three", 3, 3)]


def test_annihilated_and_liquidated_things_are_no_deaths() -> None:
    assert _read("The holding liquidated 30 subsidiaries last year.", "killed") == []
    assert _read("Artillery annihilated four tanks on the ridge.", "killed") == []


def test_scare_quoted_vague_count() -> None:
    assert _read('The movement said its cadres had killed "many" border guards.', "killed") == [("many", None, None)]
    s = 'The colonel said the raiders fled north and that "several" of them had been "neutralised."'
    assert _read(s, "killed") == [("several", 3, None)]


def test_of_them_neutralised_needs_people_before() -> None:
    s = "The engineers found eleven mines on the track and said seven of them had been neutralised."
    assert _read(s, "killed") == []


def test_scare_quoted_killed_and_seized_things() -> None:
    s = 'The front said its units had killed "more than 20 troops" and seized their rifles.'
    assert _read(s, "killed") == [("more than 20", 21, None)]
    assert _read(s, "detained") == []


def test_speech_quote_after_comma_is_kept() -> None:
    # a quote opened after a comma is speech, read as before
    assert _read('The mayor said, "four were killed."', "killed") == [("four", 4, 4)]


def test_phrase_into_a_scare_quote_stays_verbatim() -> None:
    s = 'The governor said "a handful" of shopkeepers were hurt.'
    assert _read(s, "injured") == [("a handful", 2, None)]
