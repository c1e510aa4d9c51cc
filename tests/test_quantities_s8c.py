"""Denials and negations are no figures; groups joined by "as well as" / "along with"; nationality
nouns as people (session 8, H13; invented sentences, wire upper case and modern).

Rules in ``summarizer/evidence/__init__.py`` (Quantities: "Negations and denials"; Counting
people: "as well as"; nationality nouns from the one demonym table in ``evidence/_text.py``).
"""

from __future__ import annotations

import pytest
from helpers import checked_summary

from summarizer.evidence.quantities import quantities_for_outcome, quantity_for_outcome


def _counts(sentence: str, outcome: str) -> list[tuple[int | None, int | None]]:
    return [(q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


# 1. a denial or a negation states no figure -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The interior ministry denied that any civilians were killed in the raid.", "killed"),
        ("The navy denied that anyone was killed when the ferry was stopped.", "killed"),
        ("THE BRIGADE COMMANDER DENIED THAT ANY FARMERS WERE KILLED DURING THE OPERATION.", "killed"),
        ("A rebel spokeswoman denied that her fighters had shot civilians at the market.", "killed"),
        ("The militia rejected claims that villagers were wounded in the shelling.", "injured"),
        ("The police dismissed reports that protesters had died in custody.", "killed"),
        ("The army denied killing civilians near the river crossing.", "killed"),
        ("The coast guard denied that a fisherman was killed by its patrol boat.", "killed"),
        ("THE GARRISON DENIED THAT ANY OF ITS GUARDS HAD BEEN WOUNDED.", "injured"),
        ("Officials would not say whether anybody had been injured.", "injured"),
        ("The separatists said they had not kidnapped anyone.", "detained"),
    ],
)
def test_denial_or_negation_states_no_figure(sentence: str, outcome: str) -> None:
    q = quantity_for_outcome(sentence, outcome)
    assert q is None or q.high == 0
    assert not checked_summary(sentence).casualties


def test_object_after_no_is_zero() -> None:
    q = quantity_for_outcome("The raiders killed no civilians, the mayor said.", "killed")
    assert q is not None and (q.low, q.high, q.phrase) == (0, 0, "no")
    assert not checked_summary("THE PATROL WOUNDED NO PEASANTS, THE COLONEL SAID.").casualties


@pytest.mark.parametrize(
    ("sentence", "outcome", "counts"),
    [
        # a stated number in a denied clause is the claim the denial is about: it stays a figure
        ("The army denied that 14 civilians were killed in the strike.", "killed", [(14, 14)]),
        ("THE GOVERNOR DENIED THAT DOZENS OF PRISONERS HAD DIED.", "killed", [(24, None)]),
        # a denied role is no denied event: the deaths stand
        ("The group denied responsibility for the bombing, which killed civilians.", "killed", [(2, None)]),
        ("The militia denied involvement in the ambush that killed a policeman.", "killed", [(1, 1)]),
        # a denial after the figure's own clause
        ("Gunmen killed a teacher on Monday, but the army denied that soldiers were involved.", "killed", [(1, 1)]),
        ("Soldiers killed villagers near the dam, residents said.", "killed", [(2, None)]),
    ],
)
def test_figures_near_a_denial_stay(sentence: str, outcome: str, counts: list[tuple[int | None, int | None]]) -> None:
    assert _counts(sentence, outcome) == counts


def test_denial_still_disputes_the_figure_it_denies() -> None:
    article = (
        "Villagers said soldiers killed 11 civilians in Karvo on Sunday.\n\n"
        "The army denied that any civilians were killed in the operation."
    )
    s = checked_summary(article)
    assert [(c.outcome, c.low, c.high) for c in s.casualties] == [("killed", 11, 11)]
    assert s.casualties[0].status == "disputed"


# 2. another group of the verb's people after "as well as" / "along with" -----------------------


@pytest.mark.parametrize(
    ("sentence", "outcome", "counts"),
    [
        ("THE REBELS KILLED SIX FISHERMEN ON THE RIVER BANK, AS WELL AS A BOATMAN.", "killed", [(6, 6), (1, 1)]),
        ("Bandits killed four traders as well as two police officers.", "killed", [(4, 4), (2, 2)]),
        ("The raiders killed three herders along with a soldier.", "killed", [(3, 3), (1, 1)]),
        ("Nine miners were injured, along with two rescue workers.", "injured", [(9, 9), (2, 2)]),
        ("THE COMMANDOS KIDNAPPED TWO NURSES, TOGETHER WITH A DRIVER.", "detained", [(2, 2), (1, 1)]),
        # not a group of people
        ("The insurgents killed seven soldiers, as well as destroying a bridge.", "killed", [(7, 7)]),
        ("The blast killed 12 people as well as a horse.", "killed", [(12, 12)]),
        # another verb's people
        ("Police killed two robbers, as well as wounding a bystander.", "killed", [(2, 2)]),
        ("Troops killed five rebels, officials said, along with a goat herder.", "killed", [(5, 5)]),
    ],
)
def test_as_well_as_group(sentence: str, outcome: str, counts: list[tuple[int | None, int | None]]) -> None:
    assert _counts(sentence, outcome) == counts


# 3. nationality nouns are people ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "outcome", "counts"),
    [
        ("Three Kenyans and a Briton were among the dead.", "killed", [(3, 3), (1, 1)]),
        ("FOUR BRITONS WERE KIDNAPPED NEAR THE BORDER.", "detained", [(4, 4)]),
        ("Gunmen abducted a Frenchman and two Germans.", "detained", [(1, 1), (2, 2)]),
        ("TWO DUTCHMEN AND A SPANIARD WERE KIDNAPPED.", "detained", [(2, 2), (1, 1)]),
        (
            "THE KILLINGS OF FOUR AID WORKERS, THREE SOMALIS AND A KENYAN, WERE CONDEMNED.",
            "killed",
            [(4, 4), (3, 3), (1, 1)],
        ),
        (
            "The attack killed six people, two Ugandans and four Tanzanians, on the road.",
            "killed",
            [(6, 6), (2, 2), (4, 4)],
        ),
        # a nationality adjective before a thing names no person
        ("A BRITON AND TWO AMERICANS WERE KIDNAPPED.", "detained", [(1, 1), (2, 2)]),
        ("A Kenyan and two Somali guards were killed.", "killed", [(1, 1), (2, 2)]),
        ("Two Somali boats were seized and a Kenyan sailor died.", "killed", [(1, 1)]),
        ("A Kenyan village was attacked and two people died.", "killed", [(2, 2)]),
    ],
)
def test_nationality_nouns(sentence: str, outcome: str, counts: list[tuple[int | None, int | None]]) -> None:
    assert _counts(sentence, outcome) == counts


def test_nationality_noun_tables() -> None:
    from summarizer.evidence._text import DEMONYM_MANY, DEMONYM_ONE

    assert {"kenyans", "britons", "americans", "frenchmen", "spaniards", "somalis", "filipinos"} <= DEMONYM_MANY
    assert {"kenyan", "briton", "frenchman", "peruvian"} <= DEMONYM_ONE
    # no noun for a person: invariant -ese adjectives, "Lao" (the country is Laos), "Poles" (poles)
    assert not {"sudaneses", "sudanese", "laos", "poles", "swiss"} & (DEMONYM_MANY | DEMONYM_ONE)
