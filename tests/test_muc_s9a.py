"""Casualty wordings found by the blind set dev_fresh4 (session 9, H3; invented sentences, none
copied from the set or from ../shared/eval).

Rules in ``summarizer/evidence/__init__.py`` ("Found by dev_fresh4"): "one of the N <people>"
before its verb counts one, never N; a singular person with a relative clause before "died" is one
killed; an initialism's dots ("U.N.") do not break two groups joined by "and"; "fell in
combat" is a death; a counted part after a named member of a group is a part of its own; an
alias or a description in apposition after the named subject of "died" closes the subject.
"""

from __future__ import annotations

import pytest

from summarizer.testing import figure_readings


@pytest.mark.parametrize(
    ("sentence", "outcome", "expected"),
    [
        # 1. "one of the N <people>" + verb: the verb counts one
        ("ONE OF THE NINE MINERS DIED OVERNIGHT IN THE CLINIC AT LLALLAGUA.", "killed", [("ONE", 1, 1, 1)]),
        ("One of the four hostages was killed when troops stormed the ranch.", "killed", [("One", 1, 1, 1)]),
        ("THE REBELS EXECUTED ONE OF THE 20 HOSTAGES.", "killed", [("ONE", 1, 1, 1)]),
        # a relative clause on the group: its verb counts the group, the main verb the one
        (
            "One of the 15 passengers who were hurt in the crash died on Sunday.",
            "killed",
            [("One", 1, 1, 1)],
        ),
        (
            "One of the 15 passengers who were hurt in the crash died on Sunday.",
            "injured",
            [("15", 15, 15, 15)],
        ),
        (
            "PARAMEDIC LUIS ORTA, ONE OF THE 8 PEOPLE WHO WERE WOUNDED, DIED AT DAWN.",
            "killed",
            [("ONE", 1, 1, 1)],
        ),
        # negatives: "one of the" after the verb or as a source keeps the group's number
        ("Nine miners died in the flooded shaft, one of the rescuers said.", "killed", [("Nine", 9, 9, 9)]),
        ("Eleven guards were wounded, one of the doctors told reporters.", "injured", [("Eleven", 11, 11, 11)]),
        # 2. a singular person, a relative clause, then "died"
        (
            "A TEACHER WHO HAD BEEN SHOT IN THE LEG ON FRIDAY DIED IN THE CLINIC.",
            "killed",
            [("A", 1, 1, 1)],
        ),
        (
            "On Tuesday an elderly herdsman who was caught in the crossfire near the well died of his injuries.",
            "killed",
            [("an", 1, 1, 1)],
        ),
        # negatives: a number or a reporting verb inside the clause is no one person's death
        ("A NURSE WHO TREATED THE VICTIMS SAID THREE PATIENTS DIED.", "killed", [("THREE", 3, 3, 3)]),
        ("A farmer who said he had heard the explosion died.", "killed", []),
        ("A villager whose two sons died in the ambush spoke to reporters.", "killed", [("two", 2, 2, 2)]),
        # 3. an initialism in the first group does not break the "and"
        (
            "THREE U.N. OBSERVERS AND A DRIVER WERE WOUNDED WHEN THE VEHICLE HIT A MINE.",
            "injured",
            [("THREE", 3, 3, 3), ("A", 1, 1, 1)],
        ),
        (
            "Two U.S. contractors and an interpreter were killed near the base.",
            "killed",
            [("Two", 2, 2, 2), ("an", 1, 1, 1)],
        ),
        # negatives: a thing after "and", or a new clause, is no second group
        (
            "TWO U.S. ADVISERS WERE WOUNDED AND A JEEP WAS DESTROYED.",
            "injured",
            [("TWO", 2, 2, 2)],
        ),
        ("Four U.N. peacekeepers and a convoy came under fire; none was hurt.", "injured", [("none", 0, 0, 0)]),
        # 4. "fell in combat / in action / in battle" is a death, whoever the subject
        ("A YOUNG LIEUTENANT FELL IN ACTION ON THE RIDGE.", "killed", [("A", 1, 1, 1)]),
        (
            "SUBCOMMANDER ROSA ELVIRA TEJADA FELL IN COMBAT TOGETHER WITH FOUR OTHER FIGHTERS.",
            "killed",
            [("SUBCOMMANDER ROSA ELVIRA TEJADA", 1, 1, 1), ("FOUR", 4, 4, 4)],
        ),
        ("ONE OF THE SIX MILITIAMEN FELL IN BATTLE.", "killed", [("ONE", 1, 1, 1)]),
        # negatives: towns and prices fall too
        ("The garrison town fell in battle after a two-week siege.", "killed", []),
        ("Bread prices fell in action taken by the ministry.", "killed", []),
        # 5. a counted part after a named member: the member is one and the part its own figure
        (
            "THE RAIDERS KILLED 11 WORKERS, AMONG THEM THE FOREMAN, HILARIO CANCHARI, AND TWO GUARDS.",
            "killed",
            [("11", 11, 11, 11), ("HILARIO CANCHARI", 1, 1, 1), ("TWO", 2, 2, 2)],
        ),
        # negatives: a person after "and" makes a list (no member); a later clause's count is not a part
        (
            "Gunmen killed eight traders, including the guild's head, Musa Adamu, and his nephew.",
            "killed",
            [("eight", 8, 8, 8)],
        ),
        (
            "Gunmen killed eight traders, including the guild's head, Musa Adamu, and two guards were wounded.",
            "killed",
            [("eight", 8, 8, 8), ("Musa Adamu", 1, 1, 1)],
        ),
        # 6. an alias or a description in apposition after a named subject of "died"
        (
            'GUERRILLA CHIEF NICOLAS ARTEAGA, ALIAS "EL TUERTO," DIED IN THE SHOOTOUT WITH POLICE.',
            "killed",
            [("GUERRILLA CHIEF NICOLAS ARTEAGA", 1, 1, 1)],
        ),
        (
            "TRADE UNIONIST OLGA MARINA SIERRA, A SCHOOLTEACHER, DIED ON THE WAY TO HOSPITAL.",
            "killed",
            [("TRADE UNIONIST OLGA MARINA SIERRA", 1, 1, 1)],
        ),
        # negatives: two people joined by "and" with appositions are left as before
        ("Ruiz, a nurse, and Vega, a driver, died.", "killed", []),
    ],
)
def test_reading(sentence: str, outcome: str, expected: list[tuple[str, int, int, int]]) -> None:
    assert figure_readings(sentence, outcome) == expected


def test_member_named_after_an_active_verb_is_a_grounded_figure_of_one() -> None:
    """The member of a group counted after its verb ("KILLED 11 WORKERS, AMONG THEM THE FOREMAN,
    A") is a figure of one whose quote grounds it; the total stays the group's number."""
    from summarizer.testing import code_only

    s = code_only(
        "HUANCAYO, 4 MAY 90 (EFE) -- [TEXT] THE RAIDERS KILLED 11 WORKERS, AMONG THEM THE FOREMAN,"
        " HILARIO CANCHARI, AND TWO GUARDS."
    )
    assert sorted((c.outcome, c.low, c.high, c.phrase) for c in s.casualties) == [
        ("killed", 1, 1, "HILARIO CANCHARI"),
        ("killed", 2, 2, "TWO"),
        ("killed", 11, 11, "11"),
    ]
    assert [(t.outcome, t.low, t.high) for t in s.casualty_totals] == [("killed", 11, 11)]
