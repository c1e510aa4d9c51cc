"""Figure recall, session 11: single victims reported on their own in longer subjects, described
members of a counted group, a second "a"/"an" person after "including a ...", ages written in
words, and a count of places closing the people's "from" phrase before "fled". Invented
sentences, with negative cases (rules written in ``summarizer/evidence/__init__.py``, Quantities).
"""

from __future__ import annotations

from summarizer.testing import code_only
from summarizer.testing import figure_readings as _read

# 1. one person "among the dead": longer subjects


def test_possessive_person_among_the_dead() -> None:
    assert _read("Neighbours said her nephew was among the dead.", "killed") == [("her nephew", 1, 1, 1)]
    assert _read("A farmer said that his cousin, another herder, was among those killed.", "killed") == [
        ("his cousin", 1, 1, 1)
    ]
    assert _read("Their youngest son is believed to be among the missing.", "missing") == [
        ("Their youngest son", 1, 1, 1)
    ]


def test_person_with_unit_or_relative_clause_among_the_dead() -> None:
    assert _read("The army said a captain in the rebels' northern brigade was among those killed.", "killed") == [
        ("a", 1, 1, 1)
    ]
    assert _read(
        "Radio reports said a 12-year-old girl who sold bread near the market was believed to be among the dead.",
        "killed",
    ) == [("a", 1, 1, 1)]


def test_no_single_person_among_the_dead() -> None:
    assert _read("His truck was among those destroyed.", "killed") == []
    assert _read("Their house, a two-storey building, was among those hit.", "killed") == []
    # a counted group keeps its number; a person and her children is no single figure
    assert _read("Her three brothers were among the dead.", "killed") == [("three", 3, 3, 3)]
    assert _read("Her husband and her son were among the dead.", "killed") == []


# 2. one person before a hedged verb of being, with a relative clause


def test_one_person_believed_missing() -> None:
    assert _read(
        "Officials said a porter who slept in the back room of the shop was believed to be missing.", "missing"
    ) == [("a", 1, 1, 1)]
    assert _read("A fisherman was thought to be missing after the raid.", "missing") == [("A", 1, 1, 1)]
    assert _read("Elders said a fourth boy, a shepherd's son, was still missing.", "missing") == [("a", 1, 1, 1)]


def test_no_person_believed_missing() -> None:
    assert _read("A boat that left the port on Monday was believed to be missing.", "missing") == []
    assert _read("A van, a white minibus, was still missing.", "missing") == []
    # a reporting verb in the relative clause: the speaker is no victim
    assert _read("A guard who said he saw the gunmen was believed to be missing.", "missing") == []


# 3. a described member of a counted group; a second person after "including a ..."


def test_described_member_with_a_unit_word() -> None:
    assert _read("About 30 people were killed, among them the district chief.", "killed") == [
        ("About 30", 27, 30, 33),
        ("the district chief", 1, 1, 1),
    ]
    # after a comma, "and" opens a new clause, no list
    readings = _read(
        "About 30 people were killed, among them the district chief, and dozens of cattle were stolen.", "killed"
    )
    assert ("the district chief", 1, 1, 1) in readings


def test_described_member_in_a_list_is_no_single_figure() -> None:
    assert _read("About 30 people were killed, among them the district chief and his guard.", "killed") == [
        ("About 30", 27, 30, 33)
    ]
    assert _read("About 30 people were killed, among them the district chief, and his guard.", "killed") == [
        ("About 30", 27, 30, 33)
    ]


def test_second_person_after_including_a() -> None:
    readings = _read(
        "Monitors recorded the killing of at least 12 civilians in the valley, including a farmer and a "
        "nurse who was shot outside the clinic.",
        "killed",
    )
    assert readings == [("at least 12", 12, 12, None), ("a", 1, 1, 1), ("a", 1, 1, 1)]
    assert len(_read("Twelve civilians were killed, including a farmer and his son.", "killed")) == 2
    assert len(_read("Gunmen abducted 12 people, including a farmer and a number of students.", "detained")) == 2
    assert len(_read("Twelve civilians were killed, including a farmer and a truck.", "killed")) == 2


# 4. ages in words; places closing the people's "from" phrase


def test_ages_in_words_are_no_count() -> None:
    assert _read("The agency said two boys, cousins aged nine and 14, were among those killed.", "killed") == [
        ("two", 2, 2, 2)
    ]
    assert _read("Three guards, aged twenty-two, thirty and 41, were wounded.", "injured") == [("Three", 3, 3, 3)]


def test_places_closing_a_from_phrase_before_fled() -> None:
    assert _read("About 4,000 residents from Orlen and three nearby villages have fled south.", "displaced") == [
        ("About 4,000", 3600, 4000, 4400)
    ]
    # a count of people, not places, after "and": no reading of the first count through it
    assert _read("About 4,000 residents from Orlen and three gunmen have fled south.", "displaced") == []


def test_single_victims_in_an_article() -> None:
    s = code_only(
        "An air strike hit a market in Dorvan on Monday, killing 14 people, the health ministry said. "
        "A trader told reporters that his brother, a fruit seller, was among the dead."
    )
    got = {(c.outcome, c.low, c.high) for c in s.casualties}
    assert ("killed", 14, 14) in got and ("killed", 1, 1) in got
