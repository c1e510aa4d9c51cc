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
    # (session 15) two people described one by one are a figure of one each, not the first alone
    # (evidence/__init__.py, "Figure recall, session 15")
    assert _read("Her husband and her son were among the dead.", "killed") == [
        ("Her husband", 1, 1, 1),
        ("her son", 1, 1, 1),
    ]


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


# 5. displacement shapes, people driven off in vehicles, a cumulative toll since a date (session 11, g6)


def test_people_who_arrived_from_a_place_or_since_a_time_are_displaced() -> None:
    got = _read("An aid worker said about 800 families had arrived in the district capital from Omba.", "displaced")
    assert [g[0] for g in got] == ["about 800"]
    got = _read("More than 2,500 people have arrived in Kelo town since Friday, officials said.", "displaced")
    assert [g[0] for g in got] == ["More than 2,500"]
    # not delegates, troops, aid, nor a crowd come for a festival; no place or time of origin: none
    assert _read("More than 300 delegates have arrived in the capital since Sunday.", "displaced") == []
    assert _read("Some 40 soldiers had arrived in the town from the north.", "displaced") == []
    assert _read("About 5,000 people have arrived in the city since Friday for the festival.", "displaced") == []
    assert _read("About 5,000 people have arrived in the city.", "displaced") == []


def test_new_arrivals_and_uprooted_people_are_displaced() -> None:
    got = _read("Aid teams registered some 4,000 new arrivals in Dabo camp since Monday.", "displaced")
    assert [g[0] for g in got] == ["some 4,000"]
    got = _read("The conflict has uprooted more than two million people, the agency said.", "displaced")
    assert [g[0] for g in got] == ["more than two million"]
    got = _read("Nearly 90,000 residents have been uprooted by the floods and fighting.", "displaced")
    assert [g[0] for g in got] == ["Nearly 90,000"]
    # trees uprooted, reinforcements called new arrivals: none
    assert _read("The storm uprooted 300 trees and flattened the market.", "displaced") == []
    assert _read("Reinforcements, about 200 new arrivals, joined the brigade.", "displaced") == []


def test_a_relative_clause_of_residence_before_fled() -> None:
    got = _read("Some 1,200 people who had been sheltering at the school fled north.", "displaced")
    assert [g[0] for g in got] == ["Some 1,200"]
    # a relative clause of any other deed, or gunmen: none
    assert _read("Ten gunmen who had been hiding in the forest fled.", "displaced") == []
    assert _read("Ten gunmen who had been living in the forest attacked the village.", "killed") == []


def test_a_count_of_places_in_a_from_phrase_before_moving_to_camps() -> None:
    got = _read("About 600 people from four hill villages have moved to relief camps in Taro.", "displaced")
    assert [g[0] for g in got] == ["About 600"]


def test_people_driven_away_in_vehicles_are_detained() -> None:
    got = _read("Another nine men were driven away in army trucks, relatives said.", "detained")
    assert [g[0] for g in got] == ["nine"]
    got = _read("Four traders were driven away to an unknown destination.", "detained")
    assert [g[0] for g in got] == ["Four"]
    # driven away from their homes is displacement, no detention
    assert _read("Hundreds of families were driven away from their homes.", "detained") == []


def test_a_cumulative_toll_of_named_people_since_a_date() -> None:
    got = _read(
        "The number of civilians killed in the province since March 3, 2024 has risen to 1,210, the ministry said.",
        "killed",
    )
    assert [g[0] for g in got] == ["1,210"]
    got = _read("The number of soldiers killed since 2015 has risen to 3,200.", "killed")
    assert [g[0] for g in got] == ["3,200"]


# 6. single victims and parts with their own number (session 11, g6)


def test_a_person_by_age_alone_inside_a_counted_group() -> None:
    got = _read("Four villagers, including a 15-year-old, were shot dead at the checkpoint.", "killed")
    assert [(g[0], g[1], g[3]) for g in got] == [("Four", 4, 4), ("a", 1, 1)]
    got = _read("Six people were killed, including a two-year-old.", "killed")
    assert [(g[0], g[1], g[3]) for g in got] == [("Six", 6, 6), ("a", 1, 1)]
    # an age before a thing is no person
    assert [g[0] for g in _read("Four villagers were killed, including a 15-year-old truck.", "killed")] == ["Four"]


def test_a_counted_part_after_one_person_in_a_member_list() -> None:
    got = _read("Police arrested 30 students, among them a blogger and three minors.", "detained")
    assert [(g[0], g[1], g[3]) for g in got] == [("30", 30, 30), ("a", 1, 1), ("three", 3, 3)]
    # a counted thing after "and" is no part
    got = _read("Police arrested 30 students, among them a blogger and two cars.", "detained")
    assert [g[0] for g in got] == ["30", "a"]


def test_the_one_after_the_opener_is_evidenced_from_the_groups_count() -> None:
    s = code_only(
        "Gunmen raided the clinic in Dorvan on Monday and abducted nine people, among them a nurse, police said."
    )
    quotes = {(c.low, c.evidence[0].quote) for c in s.casualties if c.outcome == "detained"}
    assert (1, "nine people, among them a nurse, police said.") in quotes


def test_a_side_mourning_one_of_its_fighters() -> None:
    got = _read("The Northern Brigade mourned one of its fighters, Omar Dane, on Tuesday.", "killed")
    assert [(g[0], g[1], g[3]) for g in got] == [("one", 1, 1)]
    got = _read("The movement mourned two of its members killed in the raid.", "killed")
    assert [(g[0], g[1], g[3]) for g in got] == [("two", 2, 2)]
    # mourners counted, a loss mourned with no count of the side's own: none
    assert _read("Thousands mourned the late president.", "killed") == []
    assert _read("The town mourned its history.", "killed") == []


def test_a_person_beaten_and_people_hurt_by_gas() -> None:
    assert _read("Settlers beat an elderly man near the spring.", "injured") == [("an", 1, 1, 1)]
    assert _read("Three shepherds were beaten by soldiers.", "injured") == [("Three", 3, 3, 3)]
    got = _read("Medics said dozens suffered from tear gas inhalation.", "injured")
    assert [g[0] for g in got] == ["dozens"]
    # a drum, a rival, a retreat, one beaten to death: no one injured
    assert _read("The drummers beat a drum near the spring.", "injured") == []
    assert _read("The home side beat a strong rival.", "injured") == []
    assert _read("The rebels beat a retreat.", "injured") == []
    assert _read("Two men were beaten to death.", "injured") == []
