"""Figure recall and attribution, session 12: people taken by a force or picked up (detained), the
dead buried in graves (passive), a side's own "martyrs" lost, "neutralising N of them" after a
people noun, people who left bare-plural places (displaced), and the sayer of a relative "which said"
after a named body. Invented sentences, with negative cases (rules written in
``summarizer/evidence/__init__.py``, Figure recall, session 12).
"""

from __future__ import annotations

from summarizer.evidence import find_attribution
from summarizer.testing import figure_readings as _read


def test_people_taken_counted_before_the_verb() -> None:
    assert _read("A district official said 18 pupils had been taken.", "detained") == [("18", 18, 18, 18)]
    assert _read("Nine farmers were taken by gunmen, not five, a relative said.", "detained") == [("Nine", 9, 9, 9)]
    assert _read(
        "A priest kept a list of more than 40 travellers who were taken, most of them traders.", "detained"
    ) == [("more than 40", 41, None, None)]
    # things taken, the wounded taken for care, and "taken by surprise": no one detained
    assert _read("Three photos were taken, the agency said.", "detained") == []
    assert _read("Four people were taken to hospital, police said.", "detained") == []
    assert _read("Five bodies were taken by soldiers, a medic said.", "detained") == []
    assert _read("Two soldiers were taken by surprise.", "detained") == []


def test_people_picked_up_by_a_force() -> None:
    assert _read("A rights group said dozens of farmers had been picked up from hamlets.", "detained") == [
        ("dozens", 24, None, None)
    ]
    assert _read("Dozens of people were picked up by ambulances from the site.", "detained") == []
    assert _read("Twelve parcels were picked up from the depot.", "detained") == []


def test_the_dead_buried_in_graves() -> None:
    assert _read("A farmer said 35 people had been buried in two graves.", "killed") == [("35", 35, 35, 35)]
    assert _read("Seven people were buried under the rubble, rescuers said.", "killed") == []
    assert _read("Two wreaths were buried in the cemetery.", "killed") == []


def test_own_martyrs_and_neutralised_of_them() -> None:
    assert _read('A spokesman said the group lost three "martyrs" in the fighting.', "killed") == [("three", 3, 3, 3)]
    assert _read('The army said its jets struck a group of "terrorists", "neutralising" six of them.', "killed") == [
        ("six", 6, 6, 6)
    ]
    # devices neutralised are no one killed
    assert _read("The army said it found four bombs, neutralising two of them.", "killed") == []


def test_people_who_left_bare_plural_places() -> None:
    assert _read("Officials said about 6,000 people have left villages near the border.", "displaced") == [
        ("about 6,000", 5400, 6000, 6600)
    ]
    assert _read("More than 2,000 residents had left frontline towns since Friday.", "displaced") == [
        ("More than 2,000", 2001, None, None)
    ]
    # no people: no one displaced
    assert _read("Nine trucks have left villages near the border.", "displaced") == []


def test_which_said_after_a_named_body() -> None:
    s = (
        "The ambush was claimed by the Western Liberation Front (WLF), one of the main armed groups, "
        "which said its fighters had killed 14 soldiers."
    )
    assert find_attribution(s) == "the Western Liberation Front (WLF)"
    assert find_attribution("The raid was claimed by the Western Front, which said 14 died.") == "the Western Front"
    # a place is no sayer
    assert find_attribution("Rebels attacked the town of Kidal, which said 12 people were killed.") is None
