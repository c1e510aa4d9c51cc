"""Figure-reading leftovers from unseen articles (session 8): one person "among the dead", an
active "took away", people moved to a named town, people who took refuge, and a force driving
people from their homes. Invented sentences, with negative cases (rules written in
``summarizer/evidence/__init__.py``, Quantities)."""

from __future__ import annotations

from summarizer.testing import code_only
from summarizer.testing import figure_readings as _read

# 1. one person among the dead / those killed / the wounded


def test_one_person_among_the_dead() -> None:
    assert _read("A corporal was among the dead, the ministry said.", "killed") == [("A", 1, 1, 1)]
    assert _read("An elderly fisherman was also among those killed.", "killed") == [("An", 1, 1, 1)]
    assert _read("A schoolteacher is among the wounded.", "injured") == [("A", 1, 1, 1)]
    assert _read("Among the dead was a local journalist.", "killed") == [("a", 1, 1, 1)]
    assert _read("Among those injured in the raid was a nurse.", "injured") == [("a", 1, 1, 1)]


def test_counted_groups_among_the_dead_keep_their_number() -> None:
    assert _read("Four cousins of the groom were among the dead.", "killed") == [("Four", 4, 4, 4)]
    assert _read("Two paramedics were among those killed in the second strike.", "killed") == [("Two", 2, 2, 2)]


def test_no_person_or_a_list_among_the_dead_is_no_single_figure() -> None:
    assert _read("A truck was among the dead.", "killed") == []
    assert _read("Among the dead was a truck.", "killed") == []
    # "a" belongs to the speaker, not to the one among the dead
    assert _read("A spokesman said a guard was among the wounded.", "injured") == [("a", 1, 1, 1)]
    # a person and her children: no figure of one
    assert _read("Among the dead was a mother and her three sons.", "killed") == []


# 2. an active "took away" takes a count of people after it


def test_took_away_people_is_detained() -> None:
    assert _read("Armed men had taken away a number of teenage boys, elders said.", "detained") == [
        ("a number of", None, None, None)
    ]
    assert _read("Militia fighters took away several shopkeepers at dawn.", "detained") == [("several", 3, None, None)]
    assert _read("Soldiers led away about 30 villagers.", "detained") == [("about 30", 27, 30, 33)]


def test_took_away_things_or_bodies_is_no_detention() -> None:
    assert _read("The raiders took away two pickup trucks.", "detained") == []
    assert _read("Relatives took away the bodies of six victims.", "detained") == []


# 3. people moved to a named town


def test_people_moved_to_a_named_town_are_displaced() -> None:
    assert _read("About 70 households were relocated to Goris on Sunday.", "displaced") == [("About 70", 63, 70, 77)]
    assert _read("Nine displaced families were moved to Kapan.", "displaced") == [("Nine", 9, 9, 9)]


def test_moved_to_a_town_for_care_or_no_people_is_no_displacement() -> None:
    assert _read("Five wounded men were moved to Sisian.", "displaced") == []
    assert _read("Eleven people were moved to Sisian for treatment.", "displaced") == []
    assert _read("The headquarters was moved to Sisian.", "displaced") == []
    assert _read("The detainees were moved to Sisian.", "displaced") == []
    assert _read("Two injured women were moved to shelters.", "displaced") == []


# 4. people who took refuge


def test_people_who_took_refuge_are_displaced() -> None:
    assert _read("Roughly 150 families had taken refuge in the school.", "displaced") == [
        ("Roughly 150", 135, 150, 165)
    ]
    assert _read("Hundreds of villagers sought shelter in the monastery.", "displaced") == [
        ("Hundreds", 200, None, None)
    ]


def test_gunmen_who_took_refuge_are_not_displaced() -> None:
    assert _read("Three gunmen took refuge in a warehouse.", "displaced") == []


# 5. a force driving people from their homes


def test_forced_from_their_homes_counts_after_the_verb() -> None:
    assert _read("The offensive forced some 250,000 from their homes.", "displaced") == [
        ("some 250,000", 225000, 250000, 275000)
    ]
    assert _read("The landslides forced 1,200 people to flee.", "displaced") == [("1,200", 1200, 1200, 1200)]
    assert _read("Raids drove more than 400 families out of their homes.", "displaced") == [
        ("more than 400", 401, None, None)
    ]
    assert _read("Clashes have driven tens of thousands of people from their homes.", "displaced") == [
        ("tens of thousands", 20000, None, None)
    ]


def test_forced_to_do_other_things_is_no_displacement() -> None:
    assert _read("The army forced two reporters to leave the district.", "displaced") == []
    assert _read("The blast forced the closure of 14 shops near their homes.", "displaced") == []


def test_the_whole_pipeline_lists_the_new_figures() -> None:
    s = code_only(
        "A drone strike hit a wedding in the valley on Friday, killing nine people, officials said. "
        "A photographer was among the dead. The fighting has forced some 80,000 from their homes, "
        "and about 120 families have taken refuge in the cathedral."
    )
    got = {(c.outcome, c.phrase) for c in s.casualties}
    assert ("killed", "nine") in got
    assert ("killed", "A") in got
    assert ("displaced", "some 80,000") in got
    assert ("displaced", "about 120") in got


# 6. the same readings as extra figures of a sentence, and over a long subject


def test_one_among_the_dead_after_another_figure() -> None:
    assert _read(
        "Six rangers were shot dead at the post, the warden said, adding that a cook was among the dead.", "killed"
    ) == [("Six", 6, 6, 6), ("a", 1, 1, 1)]


def test_were_among_the_dead_agrees_over_a_long_subject() -> None:
    assert _read(
        "Witnesses said four members of the militia's own escort stationed at the north gate were among the dead.",
        "killed",
    ) == [("four", 4, 4, 4)]


def test_a_bare_count_that_took_refuge() -> None:
    assert _read("The council said at least 90 had taken refuge in the hall.", "displaced") == [
        ("at least 90", 90, 90, None)
    ]


def test_taking_people_hostage_counts_after_the_verb() -> None:
    assert _read("Raiders attacked the mine, killing nine guards and taking 40 workers hostage.", "detained") == [
        ("40", 40, 40, 40)
    ]
    assert _read("The gang took two surveyors captive.", "detained") == [("two", 2, 2, 2)]
    assert _read("The convoy took two hours to reach the town.", "detained") == []


def test_one_person_still_missing() -> None:
    assert _read("A boy was still missing after the flood.", "missing") == [("A", 1, 1, 1)]


def test_a_sub_count_at_the_end_of_the_figures_clause() -> None:
    assert _read(
        "At least nine villagers have been killed by shelling on the border since Sunday, among them three children.",
        "killed",
    ) == [("At least nine", 9, 9, None), ("three", 3, 3, 3)]
    # another outcome's figure stands between: the sub-count is of that one
    assert _read("Seven soldiers were killed in the town and 15 were wounded, among them two children.", "killed") == [
        ("Seven", 7, 7, 7)
    ]


# 7. "eliminated" people (a force's word for killing), and the pre-scan stems of the new words


def test_eliminated_people_are_killed() -> None:
    assert _read("The army said it had eliminated a commander of the militia.", "killed") == [("a", 1, 1, 1)]
    assert _read("Troops eliminated 12 insurgents near the dam.", "killed") == [("12", 12, 12, 12)]


def test_eliminated_things_or_contestants_are_no_deaths() -> None:
    assert _read("The reform eliminated two checkpoints.", "killed") == []
    assert _read("The court eliminated a candidate from the race.", "killed") == []
    assert _read("The jury eliminated three dancers from the contest.", "killed") == []


def test_the_pipeline_finds_sentences_with_only_the_new_words() -> None:
    s = code_only(
        "Fighting went on for a week. Roughly 150 families had taken refuge in the mosque, the imam said. "
        "Raids drove more than 300 families out of their homes. "
        "The army said it had eliminated a commander of the militia."
    )
    got = {(c.outcome, c.phrase) for c in s.casualties}
    assert ("displaced", "Roughly 150") in got
    assert ("displaced", "more than 300") in got
    assert ("killed", "a") in got
