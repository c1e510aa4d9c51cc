"""Figure-recall leftovers from unseen articles (session 8, H12): a toll revised with a long
scope, sub-counts after a counted group ("two of whom ..."), people held hostage or taken from
their homes, people who have left an area, "many are missing", and single people after active
verbs. Invented sentences, with negative cases (rules written in
``summarizer/evidence/__init__.py``, Quantities)."""

from __future__ import annotations

from summarizer.testing import code_only
from summarizer.testing import figure_readings as _read


def _phrases(sentence: str, outcome: str) -> list[str]:
    return [p for p, *_ in _read(sentence, outcome)]


# 1. a revised toll with a long scope


def test_a_revised_toll_with_several_phrases_of_scope() -> None:
    assert _read(
        "The death toll from a drone strike by the army on a busy bus station in the south has risen to at least 23, "
        "a relief group said.",
        "killed",
    ) == [("at least 23", 23, 23, None)]
    assert _read(
        "The toll from the shelling of the riverside villages on Sunday has climbed to more than 40, medics said.",
        "killed",
    ) == [("more than 40", 41, None, None)]
    assert _read("The toll among the miners of the northern shaft rose to 17.", "killed") == [("17", 17, 17, 17)]
    # a number word inside the scope is part of it
    assert _read("The toll from the shelling of the two villages on the river has climbed to 44.", "killed") == [
        ("44", 44, 44, 44)
    ]
    assert _read("The death toll in the three districts hit by the floods rose to 12.", "killed") == [
        ("12", 12, 12, 12)
    ]


def test_other_things_that_rose_are_no_toll() -> None:
    assert _read("The price of bread in the markets of the capital has risen to 40 pounds.", "killed") == []


# 2. sub-counts after a counted group


def test_of_whom_is_a_sub_count() -> None:
    assert _read("Twenty people were wounded, three of whom were in a critical condition.", "injured") == [
        ("Twenty", 20, 20, 20),
        ("three", 3, 3, 3),
    ]
    assert _read("The clinic took in 14 injured miners, five of whom are in critical condition.", "injured") == [
        ("14", 14, 14, 14),
        ("five", 5, 5, 5),
    ]


def test_a_sub_count_at_the_end_of_a_long_clause() -> None:
    assert _read(
        "The council said nine more bodies had been found and that 40 people were being treated for wounds, "
        "six of them children.",
        "injured",
    ) == [("40", 40, 40, 40), ("six", 6, 6, 6)]
    assert _read("Its staff had treated eleven wounded people from the camp, three of them women.", "injured") == [
        ("eleven", 11, 11, 11),
        ("three", 3, 3, 3),
    ]


def test_a_sub_count_of_another_outcome_is_not_this_ones() -> None:
    # the six died: a killed figure, not six wounded
    assert _read("Doctors received 30 wounded people, six of whom later died.", "injured") == [("30", 30, 30, 30)]
    assert _read("Doctors received 30 wounded people, six of whom later died.", "killed") == [("six", 6, 6, 6)]
    # another outcome's figure stands nearest: no sub-count of the killed
    assert _read(
        "Seven guards were killed at the gate and 15 were wounded in the yard, two of them seriously.", "killed"
    ) == [("Seven", 7, 7, 7)]


# 3. detained: held hostage, taken from their homes, a person after an active verb


def test_held_people_hostage() -> None:
    assert _read(
        "Last year the rebels stopped a bus and held dozens of travellers hostage for a week.", "detained"
    ) == [("dozens", 24, None, None)]
    assert _read("The gang held three engineers captive in the hills.", "detained") == [("three", 3, 3, 3)]


def test_held_other_things_is_no_detention() -> None:
    assert _read("The rebels held two villages for a week.", "detained") == []
    assert _read("The council held three meetings on the hostage crisis.", "detained") == []


def test_taken_from_their_homes_or_by_troops() -> None:
    assert _read("Twelve men were taken from their homes by soldiers overnight.", "detained") == [
        ("Twelve", 12, 12, 12)
    ]
    assert _read("He said six farmers had been taken from the hamlet of Borivka by the militia.", "detained") == [
        ("six", 6, 6, 6)
    ]


def test_taken_from_the_rubble_is_no_detention() -> None:
    assert _read("Nine bodies were taken from the rubble by rescuers.", "detained") == []
    assert _read("Four wounded were taken from the scene to a clinic.", "detained") == []


def test_a_person_noun_before_of_after_an_active_verb() -> None:
    assert _read("Police detained a commander of the rebels on Monday.", "detained") == [("a", 1, 1, 1)]
    assert _read("Gunmen killed a member of the town council.", "killed") == [("a", 1, 1, 1)]
    assert _read("Police detained a number of protesters.", "detained") == [("a number of", None, None, None)]


# 4. displaced: people who have left


def test_people_who_have_left_an_area_are_displaced() -> None:
    # (phrases only: an approximation's bounds are the range table's, not this rule's)
    assert _phrases("Some 3,000 families have left the district since the fighting began.", "displaced") == [
        "Some 3,000"
    ]
    assert _phrases("Around 700 residents have left Kherson and the villages nearby.", "displaced") == ["Around 700"]


def test_others_who_left_are_not_displaced() -> None:
    assert _read("Three ministers have left the cabinet.", "displaced") == []
    assert _read("The two delegations have left the talks.", "displaced") == []
    assert _read("Two gunmen have left the area, police said.", "displaced") == []


# 5. missing: many are missing, one remains missing


def test_many_are_missing() -> None:
    assert _read("We have found 21 bodies so far, and many are still missing, the mayor said.", "missing") == [
        ("many", None, None, None)
    ]
    # the vague subject right before the outcome word wins over a count further back
    assert _read("We have buried 21 people so far, and many are missing, he said.", "missing") == [
        ("many", None, None, None)
    ]
    assert _read("A fisherman remains missing.", "missing") == [("A", 1, 1, 1)]


def test_many_hurt_by_rules_is_no_figure() -> None:
    assert _read("Many are hurt by the new tax rules.", "injured") == []
    assert _read("Many people say the road is unsafe.", "missing") == []


# 6. single people: shot dead, the dead included


def test_shot_dead_a_person() -> None:
    assert _read("Gunmen burned homes and shot dead an elderly farmer in his sleep, police said.", "killed") == [
        ("an", 1, 1, 1)
    ]
    assert _read("Militants gunned down a shopkeeper.", "killed") == [("a", 1, 1, 1)]


def test_the_dead_included_a_person() -> None:
    assert _read("A monitor said local reports showed the dead included a civilian nurse.", "killed") == [
        ("a", 1, 1, 1)
    ]
    assert _read("The dead included a woman and her two sons.", "killed") != [("a", 1, 1, 1)]
    assert _read("The dead included a truck.", "killed") == []


def test_the_pipeline_finds_the_new_shapes() -> None:
    s = code_only(
        "Fighting went on all week. Some 30 young men were taken from their homes by soldiers, elders said. "
        "About 600 residents have left the area, the council said. "
        "In 2019 the rebels held hundreds of villagers hostage."
    )
    got = {(c.outcome, c.phrase) for c in s.casualties}
    assert ("detained", "Some 30") in got
    assert ("displaced", "About 600") in got
    assert ("detained", "hundreds") in got
