"""Figures found on unseen invented articles (attrib_fresh3): lists of places that elide the
outcome, a second group joined by "and", revised counts, "a family of N", a quoted count after
"lost", "lost contact with" (missing) and people moved to shelters (displaced). Sentences are
invented for these tests; the conventions are in ``summarizer/evidence/__init__.py``."""

from __future__ import annotations

from summarizer.evidence.candidates import find_candidates
from summarizer.testing import figure_readings as _read


def test_elliptical_place_list_inherits_the_outcome() -> None:
    s = "In Marvale, 9 killed; in Tosk, four; and in Ebden, north of the river, two, the rescuers said."
    assert [p for p, *_ in _read(s, "killed")] == ["9", "four", "two"]
    assert _read(s, "injured") == []


def test_place_list_items_are_evidenced_by_their_own_item() -> None:
    art = "In Marvale, 9 killed; in Tosk, four; and in Ebden, north of the river, two, the rescuers said."
    quotes = [art[c.start : c.end] for c in find_candidates(art) if c.outcome == "killed"]
    assert quotes[1].startswith("in Tosk, four")
    assert quotes[2].startswith("in Ebden, north of the river, two")


def test_semicolon_list_without_an_outcome_after_the_first_count_gives_nothing() -> None:
    assert _read("The village has 9 houses; in Tosk, four; in Ebden, two.", "killed") == []


def test_second_group_joined_by_and_is_its_own_figure() -> None:
    art = "Among the dead were five boys and three nurses."
    cands = [c for c in find_candidates(art) if c.outcome == "killed"]
    assert [c.quantity.phrase for c in cands if c.quantity] == ["five", "three"]
    assert art[cands[1].start : cands[1].end] == "five boys and three nurses."


def test_revised_count_takes_the_sentences_outcome() -> None:
    s = "The agency first reported 20 dead and later raised its figure to 26."
    assert ("26", 26, 26, 26) in _read(s, "killed")
    s2 = "The monitor revised its tally to 41 after two more bodies were recovered."
    assert ("41", 41, 41, 41) in _read(s2, "killed")
    s3 = "The office later updated its count to 15 people hurt in the blast."
    assert ("15", 15, 15, 15) in _read(s3, "injured")
    assert ("15", 15, 15, 15) not in _read(s3, "killed")


def test_revised_figure_of_no_casualties_is_nothing() -> None:
    assert _read("The company raised its figure to 12 percent.", "killed") == []


def test_a_family_of_n() -> None:
    assert _read("A shell hit the farm and killed a family of six.", "killed") == [("six", 6, 6, 6)]
    assert _read("A family of four was wounded in the raid.", "injured") == [("four", 4, 4, 4)]
    assert _read("A family of five lives here.", "killed") == []
    assert _read("A family of five lives next door, one neighbour said.", "killed") == []


def test_quoted_count_after_lost() -> None:
    s = 'The commander said the militia had lost "at least 40 fighters" in the battle.'
    assert _read(s, "killed") == [("at least 40", 40, 40, None)]
    assert _read('The unit lost "two trucks" in the battle.', "killed") == []


def test_lost_contact_with_people_is_missing() -> None:
    s = '"We have lost contact with seven of our volunteers," the director said.'
    assert _read(s, "missing") == [("seven", 7, 7, 7)]
    assert _read("Ground control lost contact with two drones over the valley.", "missing") == []


def test_moved_to_shelters_is_displaced() -> None:
    assert _read("About 80 residents were moved to emergency shelters.", "displaced") == [("About 80", 72, 80, 88)]
    assert _read("Some 300 families have been relocated to a camp near the border.", "displaced") == [
        ("Some 300", 270, 300, 330)
    ]
    assert _read("Twelve staff were moved to a new office.", "displaced") == []
    assert _read("Two offices were moved to temporary shelters.", "displaced") == []
    assert _read("The 40 tents were transferred to the camps.", "displaced") == []
