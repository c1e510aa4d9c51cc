"""False figures (H7, session 9): words that restate, describe or judge a group already counted,
or count no people, are no figure of their own; the true figure of a similar sentence stays.
All sentences are invented. Rules: summarizer/evidence/__init__.py, "False figures".

1. A vague part of a counted group ("several of the wounded were in critical condition",
   "dozens of those killed were civilians", "not one of the dead") and a predicate saying who
   the dead were ("Most of the dead were women", "those killed were rebel fighters").
2. A massacre with no count and no name ("the massacre", "massacres on top of ...", "was a
   massacre of innocent people"); a named one ("the Las Palmas massacre") is still two or more.
3. A deed of no event: an accusation ("accused X of killing civilians") or a past deed as a
   motive ("revenge for the killing of civilians").
4. A headline count the body's first figure of that outcome fits ("Dozens killed" and "at
   least 37") folds into it as evidence; an exact count after "the" restating an earlier
   figure ("the two missing sailors") too.
5. A partitive of organisations, places or events ("one of the country's oldest armed
   groups") counts no people.
"""

from __future__ import annotations

import pytest

from summarizer.testing import code_only, figure_readings


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The toll may rise because several of the wounded were in critical condition.", "injured"),
        ("Doctors said many of the injured were in a serious condition.", "injured"),
        ("Several of the dead were shepherds from nearby hamlets, a local official said.", "killed"),
        ("Many of the dead were market traders, witnesses said.", "killed"),
        ("A monitor said dozens of those killed in the second hamlet were herders.", "killed"),
        ("Most of the dead were schoolchildren.", "killed"),
        ("Most of the wounded are children and elderly people.", "injured"),
        ("The statement did not say how many of the dead were soldiers.", "killed"),
        ("Officials said all of the people killed were farmers.", "killed"),
        ("The ministry said those killed were militia members.", "killed"),
        ('"Not one of the dead carried a gun," the priest said.', "killed"),
        ("Witnesses described the massacre as the worst in years.", "killed"),
        ('"We have seen massacres on top of famine," she said.', "killed"),
        ('"It was a massacre of innocent people," the mayor said.', "killed"),
        ("Rights groups have accused both the police and the militias of killing civilians.", "killed"),
        ("The group said the ambush was revenge for the killing of civilians in a police raid last year.", "killed"),
        ("The UWSA, one of the country's oldest armed groups, has seized large areas of the north.", "detained"),
        ("The front, one of the largest rebel factions, captured the town in May.", "detained"),
    ],
)
def test_no_figure(sentence: str, outcome: str) -> None:
    assert figure_readings(sentence, outcome) == []


@pytest.mark.parametrize(
    ("sentence", "outcome", "expected"),
    [
        # the counted group itself, and a part with its own number, stay
        ("Several villagers were wounded in the shelling.", "injured", [("Several", 3, None, None)]),
        ("Nine of the dead were farmers, the mayor said.", "killed", [("Nine", 9, 9, 9)]),
        ("Several of the protesters were killed by police.", "killed", [("Several", 3, None, None)]),
        ("Two people were in critical condition.", "injured", [("Two", 2, 2, 2)]),
        ("Gunmen killed civilians in the market on Friday.", "killed", [("civilians", 2, None, None)]),
        ("The dead soldiers were buried on Sunday.", "killed", [("soldiers", 2, None, None)]),
        ("The agency said the dead included women and children.", "killed", [("women", 2, None, None)]),
        ("Soldiers massacred villagers in the hamlet.", "killed", [("villagers", 2, None, None)]),
        ("Survivors of the Las Palmas massacre gathered on Sunday.", "killed", [("massacre", 2, None, None)]),
        ("They condemned the massacre of 31 miners.", "killed", [("31", 31, 31, 31)]),
        ("The rebels accused the army of killing four farmers.", "killed", [("four", 4, 4, 4)]),
        ("Police arrested one of the suspects on Monday.", "detained", [("one", 1, 1, 1)]),
        ("Police arrested two of the country's top gang leaders.", "detained", [("two", 2, 2, 2)]),
    ],
)
def test_true_figure_stays(
    sentence: str, outcome: str, expected: list[tuple[str, int | None, int | None, int | None]]
) -> None:
    assert figure_readings(sentence, outcome) == expected


def _figures(article: str) -> list[tuple[str, int | None, int | None, str, int]]:
    return [(c.outcome, c.low, c.high, c.phrase, len(c.evidence)) for c in code_only(article).casualties]


def test_vague_headline_folds_into_the_lead_figure() -> None:
    article = (
        "Dozens killed in raid on farming village, monitors say\n\n"
        "Gunmen killed at least 37 villagers in a raid on a farming village on Monday, a monitoring group said.\n\n"
        "The regional government later said 52 people had died."
    )
    assert _figures(article) == [("killed", 37, None, "at least 37", 2), ("killed", 52, 52, "52", 1)]


def test_exact_headline_folds_into_at_least_the_same_number() -> None:
    article = (
        "Nine soldiers killed in ambush\n\nAt least nine soldiers were killed in an ambush on Monday, the army said."
    )
    assert _figures(article) == [("killed", 9, None, "At least nine", 2)]


def test_headline_is_not_listed_when_two_lead_figures_compete_or_none_fits() -> None:
    # (session 16) attrib_README: "Headline figures are not listed separately": a headline count that
    # folds into no body figure is dropped (it was kept until session 16)
    competing = (
        "Dozens killed in raid on farming village\n\n"
        "Gunmen killed at least 14 soldiers and 20 civilians in a raid on Monday, a monitoring group said."
    )
    assert [f[3] for f in _figures(competing)] == ["at least 14", "20"]
    unfit = "Dozens killed in raid on village\n\nSix people were killed in a raid on Monday, police said."
    assert [f[3] for f in _figures(unfit)] == ["Six"]


def test_definite_restatement_folds() -> None:
    article = (
        "A missile hit a cargo ship on Tuesday, leaving two crew members missing, the manager said. "
        "A search for the two missing sailors was continuing on Wednesday."
    )
    assert _figures(article) == [("missing", 2, 2, "two", 2)]
    rebels = "Troops killed seven rebels in a clash on Monday. Soldiers recovered the bodies of the seven rebels."
    assert _figures(rebels) == [("killed", 7, 7, "seven", 2)]


def test_another_sources_restatement_is_its_own_report() -> None:
    article = (
        "Two guards were killed in the raid, police said. "
        "A local rights group said the two guards killed were unarmed night watchmen."
    )
    assert [(f[3], f[4]) for f in _figures(article)] == [("Two", 1), ("two", 1)]


def test_a_second_group_of_the_same_size_stays() -> None:
    article = (
        "Two soldiers were killed in the north on Monday. In a separate attack, two civilians were killed in the south."
    )
    assert [f[3] for f in _figures(article)] == ["Two", "two"]
