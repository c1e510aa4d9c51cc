"""A person named inside a counted group is a figure of one of their own (invented sentences).

Rule in ``summarizer/evidence/__init__.py`` (Counting people the text names): "SIX JESUIT
PRIESTS, INCLUDING THE RECTOR, FATHER LUIS MORAN, WERE MURDERED" gives killed 6 and killed 1
(MUC-4's keys list each named victim as a target of 1); the figure of one says it is one of the
group's people, and the total stays the group's number (never a sum).
"""

from __future__ import annotations

import pytest
from helpers import checked_summary

from summarizer.evidence.figures import derive_quantity
from summarizer.evidence.quantities import quantity_for_outcome
from summarizer.testing import readings


@pytest.mark.parametrize(
    ("sentence", "outcome", "phrases"),
    [
        # upper-case wire
        (
            "FOUR NUNS, INCLUDING THE ABBESS, MOTHER ROSA ELENA PAZ, WERE SHOT DEAD.",
            "killed",
            ["FOUR", "MOTHER ROSA ELENA PAZ"],
        ),
        ("THREE COUNCILMEN WERE KIDNAPPED, AMONG THEM DR TOMAS ARRIETA.", "detained", ["THREE", "DR TOMAS ARRIETA"]),
        (
            "SEVEN GUARDS WERE WOUNDED, INCLUDING THE DIRECTOR OF THE PRISON.",
            "injured",
            ["SEVEN", "THE DIRECTOR OF THE PRISON"],
        ),
        # a description the noun list does not know, with the name after it
        ("TWO NUNS WERE KILLED, INCLUDING THE ABBESS, SISTER ANA LUZ.", "killed", ["TWO", "SISTER ANA LUZ"]),
        # modern mixed case
        ("Nine miners died, among them the site's foreman, Piet Vermaak.", "killed", ["Nine", "Piet Vermaak"]),
        (
            "Dozens of people were hurt, including the district governor, Farida Noori, officials said.",
            "injured",
            ["Dozens", "Farida Noori"],
        ),
        ("Five medics were killed in the strike, including Dr Samir Haddad.", "killed", ["Five", "Dr Samir Haddad"]),
        (
            "Eleven workers were abducted from the camp, among them the engineer.",
            "detained",
            ["Eleven", "the engineer"],
        ),
    ],
)
def test_named_member_is_its_own_figure(sentence: str, outcome: str, phrases: list[str]) -> None:
    assert readings(sentence, outcome) == phrases


@pytest.mark.parametrize(
    ("sentence", "outcome", "phrases"),
    [
        # plurals, counts and nationalities are no one person
        ("Twelve people were killed, including Iraqis and Kuwaitis.", "killed", ["Twelve"]),
        ("Twelve people were killed, including women and children.", "killed", ["Twelve"]),
        ("Twelve people were killed, including two children.", "killed", ["Twelve", "two"]),
        # a list of two is not one person (the names one by one are left to their own rules)
        ("Eight people died, including the mayor and his driver.", "killed", ["Eight"]),
        # "and" or a clause word between the group and the opener: the person may be of another group
        ("Eight people died and 20 were hurt, including the mayor.", "killed", ["Eight"]),
        # a pronoun or a bare first name says too little
        ("Six guards were shot dead, including him.", "killed", ["Six"]),
        ("TWO NUNS WERE KILLED, INCLUDING THE ABBESS.", "killed", ["TWO"]),
        ("Six guards were shot dead, including Omar.", "killed", ["Six"]),
        # after a place a bare name may be a place: only a described or titled person counts
        ("Twelve people were killed across the province, including San Pedro Sula.", "killed", ["Twelve"]),
        ("NINE PEASANTS WERE MURDERED IN THE DEPARTMENT, INCLUDING SAN VICENTE.", "killed", ["NINE"]),
        ("Six soldiers died in the ambush, including Captain Ana Ruiz.", "killed", ["Six", "Captain Ana Ruiz"]),
        ("Six soldiers died in the ambush, including the commander, Ana Ruiz.", "killed", ["Six", "Ana Ruiz"]),
        # the existing "including a child" reading keeps its phrase
        ("Gunmen killed five people, including a local councillor.", "killed", ["five", "a"]),
    ],
)
def test_not_a_named_member(sentence: str, outcome: str, phrases: list[str]) -> None:
    assert readings(sentence, outcome) == phrases


def test_quote_from_the_opener_reads_one() -> None:
    assert derive_quantity("INCLUDING THE RECTOR, FATHER LUIS MORAN, WERE MURDERED", "", "killed") is not None
    q = derive_quantity("died, among them the town's mayor, Juan Ortega", "Juan Ortega", "killed")
    assert q is not None and (q.low, q.best, q.high) == (1, 1, 1)
    # no outcome word at all: nothing
    assert derive_quantity("among them the town's mayor, Juan Ortega", "Juan Ortega", "killed") is None


@pytest.mark.parametrize(
    ("article", "group", "who"),
    [
        (
            "SAN ISIDRO, 3 MAR 90 (RADIO) -- [TEXT] SIX JESUIT PRIESTS, INCLUDING THE RECTOR, FATHER "
            "LUIS MORAN, WERE MURDERED TODAY BY UNIDENTIFIED MEN.",
            6,
            "THE RECTOR, FATHER LUIS MORAN",
        ),
        (
            "Police said 12 people died, among them the town's mayor, Juan Ortega. The attack was on Monday.",
            12,
            "the town's mayor, Juan Ortega",
        ),
    ],
)
def test_figure_notes_and_total(article: str, group: int, who: str) -> None:
    s = checked_summary(article)
    killed = [(c.low, c.best, c.high) for c in s.casualties if c.outcome == "killed"]
    assert killed == [(group, group, group), (1, 1, 1)]
    one = s.casualties[1]
    assert one.who == who
    assert any("one of the people counted in" in n for n in one.notes)
    # grounded: its own quote reads the figure back
    assert one.evidence[0].quote and derive_quantity(one.evidence[0].quote, one.phrase, "killed") is not None
    # the total is the group's number, never group + 1
    (total,) = [t for t in s.casualty_totals if t.outcome == "killed"]
    assert (total.low, total.high) == (group, group)


@pytest.mark.parametrize(
    ("sentence", "outcome", "reading"),
    [
        ("The dead included the mayor, Juan Ortega.", "killed", (1, "Juan Ortega")),
        ("The wounded include the district governor, Farida Noori.", "injured", (1, "Farida Noori")),
        ("THOSE KILLED INCLUDE JOSE LUNA, A TEACHER.", "killed", (1, "JOSE LUNA")),
        ("THE KILLED WERE IDENTIFIED AS PEDRO LUNA AND JOSE MORA.", "killed", (2, "PEDRO LUNA AND JOSE MORA")),
        ("THE KIDNAPPED WERE IDENTIFIED AS ENGINEER CARLOS PINTO.", "detained", (1, "ENGINEER CARLOS PINTO")),
        ("The dead included the mayor and his driver.", "killed", (2, "the mayor and his driver")),
        # a number keeps its own reading
        ("The injured included two children.", "injured", (2, "two")),
    ],
)
def test_the_dead_name_their_people(sentence: str, outcome: str, reading: tuple[int, str]) -> None:
    q = quantity_for_outcome(sentence, outcome)
    assert q is not None and sentence[q.start : q.end] == q.phrase
    assert (q.low, q.high, q.phrase) == (reading[0], reading[0], reading[1])


@pytest.mark.parametrize(
    ("sentence", "outcome", "phrases"),
    [
        # a list of names is its own count (names one by one) and each name a figure of one
        (
            "THE DEAD WERE IDENTIFIED AS RAMON ESTRADA, LUCIO PARRA AND BENITO SOLIS.",
            "killed",
            ["RAMON ESTRADA, LUCIO PARRA AND BENITO SOLIS", "RAMON ESTRADA", "LUCIO PARRA", "BENITO SOLIS"],
        ),
        (
            "Militiamen abducted Noor Hassan and Yusuf Dahir.",
            "detained",
            ["Noor Hassan and Yusuf Dahir", "Noor Hassan", "Yusuf Dahir"],
        ),
        # a list in apposition to a counted group, closed before the verb
        (
            "TWO TEACHERS, ARTURO MEJIA AND ROSA CUELLAR, WERE SHOT DEAD YESTERDAY.",
            "killed",
            ["TWO", "ARTURO MEJIA", "ROSA CUELLAR"],
        ),
        (
            "Three medics, Lina Haddad, Omar Fares and Sami Nour, were wounded.",
            "injured",
            ["Three", "Lina Haddad", "Omar Fares", "Sami Nour"],
        ),
        # a described person is no name: the list's count only
        ("Gunmen killed Tomas Vera and his driver.", "killed", ["Tomas Vera and his driver", "Tomas Vera"]),
        # (session 15) two people described one by one: a figure of one each, not their sum
        ("Gunmen killed the mayor and his driver.", "killed", ["the mayor", "his driver"]),
        # a list longer than the group, or not closed before the verb, is no apposition
        ("TWO TEACHERS, ARTURO MEJIA AND ROSA CUELLAR WERE SHOT DEAD.", "killed", ["TWO"]),
    ],
)
def test_names_one_by_one_are_figures_of_one(sentence: str, outcome: str, phrases: list[str]) -> None:
    assert readings(sentence, outcome) == phrases


def test_name_in_a_list_grounds_a_figure_of_one() -> None:
    quote = "THE DEAD WERE IDENTIFIED AS RAMON ESTRADA, LUCIO PARRA AND BENITO SOLIS."
    q = derive_quantity(quote, "LUCIO PARRA", "killed")
    assert q is not None and (q.low, q.best, q.high) == (1, 1, 1)
    # the whole list still reads its count; a name not in the list reads no figure of one
    q = derive_quantity(quote, "RAMON ESTRADA, LUCIO PARRA AND BENITO SOLIS", "killed")
    assert q is not None and (q.low, q.high) == (3, 3)
    q = derive_quantity(quote, "RAMON", "killed")
    assert q is not None and (q.low, q.high) == (3, 3)


def test_listed_names_in_summary_and_total() -> None:
    article = (
        "SANTA ROSA, 4 MAY 90 (RADIO) -- [TEXT] TWO TEACHERS, ARTURO MEJIA AND ROSA CUELLAR, WERE SHOT DEAD "
        "YESTERDAY. THE POLICE SAID THE KILLERS FLED."
    )
    s = checked_summary(article)
    killed = [(c.low, c.high, c.who) for c in s.casualties if c.outcome == "killed"]
    assert killed == [(2, 2, "TEACHERS"), (1, 1, "ARTURO MEJIA"), (1, 1, "ROSA CUELLAR")]
    assert all(any("one of the people counted in 'TWO'" in n for n in c.notes) for c in s.casualties[1:])
    for c in s.casualties:
        assert derive_quantity(c.evidence[0].quote, c.phrase, "killed") is not None
    (total,) = [t for t in s.casualty_totals if t.outcome == "killed"]
    assert (total.low, total.high) == (2, 2)  # not 2 + 1 + 1, nor 1 + 1


def test_victims_named_in_the_next_sentence() -> None:
    article = (
        "SANTA ROSA, 4 MAY 90 (RADIO) -- [TEXT] THREE PEASANTS WERE KILLED BY GUERRILLAS YESTERDAY, THE POLICE "
        "REPORTED. THE VICTIMS WERE IDENTIFIED AS RAMON ESTRADA, LUCIO PARRA AND BENITO SOLIS."
    )
    s = checked_summary(article)
    killed = [(c.low, c.high, c.phrase) for c in s.casualties if c.outcome == "killed"]
    assert killed == [
        (3, 3, "THREE"),
        (3, 3, "RAMON ESTRADA, LUCIO PARRA AND BENITO SOLIS"),
        (1, 1, "RAMON ESTRADA"),
        (1, 1, "LUCIO PARRA"),
        (1, 1, "BENITO SOLIS"),
    ]
    for c in s.casualties[1:]:
        assert any("victims of the figure in the sentence before" in n for n in c.notes)
        assert derive_quantity(c.evidence[0].quote, c.phrase, "killed") is not None
    (total,) = [t for t in s.casualty_totals if t.outcome == "killed"]
    assert (total.low, total.high) == (3, 3)


def test_victim_named_keeps_the_source_before() -> None:
    article = (
        "Police said gunmen killed four traders at the market on Monday. Among the victims was the "
        "market's chairman, Yusuf Dahir."
    )
    s = checked_summary(article)
    killed = [(c.low, c.high, c.who, c.reported_by) for c in s.casualties if c.outcome == "killed"]
    assert killed == [(4, 4, "traders", "Police"), (1, 1, "Yusuf Dahir", "Police")]
    (total,) = [t for t in s.casualty_totals if t.outcome == "killed"]
    assert (total.low, total.high) == (4, 4)


@pytest.mark.parametrize(
    "article",
    [
        # two outcomes before: whose victims is unclear
        "Five people were killed and nine wounded. The victims were identified as Ana Ruiz and Pedro Gil.",
        # no names
        "Gunmen killed six people. The victims were mostly women.",
        # not right after the figure's sentence
        "Gunmen killed six people. The town is calm. The victims were identified as Ana Ruiz and Pedro Gil.",
    ],
)
def test_no_victims_figure(article: str) -> None:
    s = checked_summary(article)
    assert all(c.low != 1 and "Ruiz" not in c.phrase for c in s.casualties)
