"""Figure recall, session 11 (2): a person inside a counted group with a number of their own, read
after a sub-count, with a longer description, after a member's relative clause, and one of the
wounded named in an apposition before the death verb. Invented sentences, with negative cases
(rules written in ``summarizer/evidence/__init__.py``, Figure recall, session 11 (2)).
"""

from __future__ import annotations

from summarizer.testing import figure_readings as _read


def test_group_joined_to_a_sub_count() -> None:
    assert _read("Gunmen killed 11 herders, including two women and a 14-year-old girl.", "killed") == [
        ("11", 11, 11, 11),
        ("two", 2, 2, 2),
        ("a", 1, 1, 1),
    ]
    assert _read("The raid left nine traders wounded, including four women and three boys.", "injured") == [
        ("nine", 9, 9, 9),
        ("four", 4, 4, 4),
        ("three", 3, 3, 3),
    ]
    # "a number of" is no person
    assert _read("Gunmen killed 11 herders, including two women and a number of boys.", "killed") == [
        ("11", 11, 11, 11),
        ("two", 2, 2, 2),
    ]


def test_one_person_with_a_longer_description_after_and() -> None:
    assert _read("The dead included three pupils and a school night watchman, Ali Bero, 52.", "killed") == [
        ("three", 3, 3, 3),
        ("a", 1, 1, 1),
    ]
    assert _read("The dead included three pupils and a small group of teachers.", "killed") == [("three", 3, 3, 3)]
    assert _read("The dead included three pupils and a school delivery truck.", "killed") == [("three", 3, 3, 3)]


def test_member_with_a_relative_clause_then_one_person() -> None:
    assert _read(
        "Among the dead are two customs officers who were driving home from work and a retired magistrate.",
        "killed",
    ) == [("two", 2, 2, 2), ("a", 1, 1, 1)]
    # outside a member list the relative clause parts the groups
    assert _read("Gunmen killed two guards who were escorting a magistrate and a clerk.", "killed") == [
        ("two", 2, 2, 2)
    ]
    # an outcome word in the relative clause: its own figure, no person joined
    assert _read(
        "Among the dead are two customs officers who were wounded last week and a magistrate.",
        "killed",
    ) == [("two", 2, 2, 2)]


def test_one_of_the_wounded_named_in_an_apposition_died() -> None:
    assert _read("One of the wounded, Corporal J. K. Ormond, of Leeds, died in hospital overnight.", "killed") == [
        ("One", 1, 1, 1)
    ]
    assert _read("Doctors said one of the injured, a taxi driver, had died.", "killed") == [("one", 1, 1, 1)]
    # no death verb after the apposition: no one killed
    assert _read("One of the wounded, Corporal J. K. Ormond, of Leeds, told reporters he was shot.", "killed") == []


def test_a_roll_of_people_parted_by_semicolons() -> None:
    assert _read(
        "The blast killed three people -- the depot's gatekeeper, Omar Tesfa; a fruit seller, Lina Bako; "
        "and a cyclist who was riding past -- and wounded dozens.",
        "killed",
    ) == [("three", 3, 3, 3), ("a", 1, 1, 1), ("a", 1, 1, 1)]
    assert _read(
        "The shelling killed four people: a pharmacist; two of her neighbours; and the clinic's driver.", "killed"
    ) == [("four", 4, 4, 4), ("a", 1, 1, 1), ("two", 2, 2, 2)]
    # a thing in the roll, or items that do not add up to the count: no roll
    assert _read("The shelling killed four people: a pharmacist; two of her neighbours; and a lorry.", "killed") == [
        ("four", 4, 4, 4)
    ]
    assert _read("The shelling killed five people -- a pharmacist; two neighbours; and a porter.", "killed") == [
        ("five", 5, 5, 5)
    ]


def test_a_named_person_opening_a_clause_after_but() -> None:
    assert _read(
        "The shepherd escaped with burns, but his mother, Hawa Dine, and her two grandsons died in the fire.", "killed"
    ) == [("his mother", 1, 1, 1), ("two", 2, 2, 2)]
    assert _read("The shepherd escaped, but his tractor and her two grandsons were lost in the fire.", "killed") == []
    assert _read("The shepherd escaped, but his barn and their two grandsons died in the fire.", "killed") == [
        ("two", 2, 2, 2)
    ]


def test_beheading_and_captured_alive() -> None:
    assert _read("Raiders burned the market, beheading two traders.", "killed") == [("two", 2, 2, 2)]
    assert _read("The ministry condemned the beheading videos.", "killed") == []
    # "by beheading" is the manner of deaths counted elsewhere: "several of them" is no figure
    assert _read("Raiders killed 12 people, several of them by beheading.", "killed") == [("12", 12, 12, 12)]
    assert _read("Troops shot dead five raiders and captured three alive.", "detained") == [("three", 3, 3, 3)]
    assert _read("The rebels captured four trucks and killed two.", "detained") == []


def test_member_list_opening_with_one_person_then_a_count() -> None:
    assert _read("Among the dead were a village elder, Omar Sadi, and two teenagers.", "killed") == [
        ("a", 1, 1, 1),
        ("two", 2, 2, 2),
    ]
    assert _read("The dead included a ferry pilot and three of his passengers.", "killed") == [
        ("a", 1, 1, 1),
        ("three", 3, 3, 3),
    ]
    assert _read("Among the wounded were a nurse, Ana Ruiz, and her two sons.", "injured") == [
        ("a", 1, 1, 1),
        ("two", 2, 2, 2),
    ]
    # a thing first is no person; the count stays
    assert _read("Among the dead were a truck and two teenagers.", "killed") == [("two", 2, 2, 2)]


def test_apprehended_counts_the_detained() -> None:
    assert _read("Police apprehended four suspects, who were taken to a station in the capital.", "detained") == [
        ("four", 4, 4, 4)
    ]
    assert _read("Officers are apprehending two men near the port.", "detained") == [("two", 2, 2, 2)]
    # the noun (a fear) and "apprehends no threat" count no one
    assert _read("Residents voiced apprehension over the two checkpoints.", "detained") == []
    assert _read("The ministry said it apprehends no threat to the 40 observers.", "detained") == []
