"""Casualty wordings of wire and press-release text (session 8, H9; invented sentences).

Rules in ``summarizer/evidence/__init__.py`` (Counting people): an ellipsis repeating the
figure's verb ("..., as were several passersby"), an apposition breaking a counted group into
parts ("three reporters, two Salvadorans and a Netherlander"), people named one by one after a
deed noun ("the wounding of a nurse and a driver"), a lethal operation against people.
"""

from __future__ import annotations

import pytest
from helpers import checked_summary

from summarizer.evidence.quantities import quantities_for_outcome
from summarizer.testing import reading, readings


def _figures(article: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.outcome, c.low, c.high) for c in checked_summary(article).casualties]


@pytest.mark.parametrize(
    ("sentence", "outcome", "phrases"),
    [
        # 1. ellipsis after a figure
        (
            "NINE POLICEMEN WERE WOUNDED IN THE AMBUSH ON THE HIGHWAY, AS WERE SEVERAL PASSERSBY, AMONG THEM A WOMAN.",
            "injured",
            ["NINE", "SEVERAL", "A"],
        ),
        (
            "Seven soldiers were wounded in the blast near the checkpoint, as was a traffic policeman.",
            "injured",
            ["Seven", "a"],
        ),
        (
            "Four guards were killed in the raid on the depot, and so were three bystanders.",
            "killed",
            ["Four", "three"],
        ),
        ("TWO SOLDIERS DIED IN THE FIRE, AS DID A DRIVER.", "killed", ["TWO", "A"]),
        (
            "Six farmers were injured in the shelling, as were dozens of villagers, including two infants.",
            "injured",
            ["Six", "dozens", "two"],
        ),
        # not an ellipsis of the figure's verb
        ("FIVE SOLDIERS WERE KILLED IN THE CLASH, AS WAS REPORTED BY THE ARMY.", "killed", ["FIVE"]),
        ("Three men were arrested on Friday, as was the case last year.", "detained", ["Three"]),
        ("Two guards were wounded in the raid, as were three of the trucks.", "injured", ["Two"]),
        ("Four policemen were killed, the army said, as were two in 1988.", "killed", ["Four"]),
        ("Two soldiers were killed, as did a driver.", "killed", ["Two"]),
        # 2. an apposition breaking a counted group into parts
        (
            "THE MURDERS OF FOUR TEACHERS, THREE CHILEANS AND A PERUVIAN, WERE CONDEMNED BY THE BISHOPS.",
            "killed",
            ["FOUR", "THREE", "A"],
        ),
        (
            "THE GUERRILLAS MURDERED FIVE PEASANTS, THREE MEN AND TWO WOMEN, IN THE HAMLET.",
            "killed",
            ["FIVE", "THREE", "TWO"],
        ),
        (
            "Four aid workers, two Peruvians and two Colombians, were kidnapped on Monday.",
            "detained",
            ["Four", "two", "two"],
        ),
        # parts that do not add up are no breakdown of the group
        ("THE MURDERS OF SIX TEACHERS, THREE CHILEANS AND A PERUVIAN, WERE CONDEMNED.", "killed", ["SIX"]),
        # 2b. people named one by one after a deed noun
        ("THE WOUNDING OF A BOLIVIAN NURSE AND A RED CROSS DRIVER WAS REPORTED BY THE ARMY.", "injured", ["WOUNDING"]),
        ("The deaths of a priest and a nun were confirmed by the diocese.", "killed", ["deaths"]),
        ("THE MURDERS OF JUAN PEREZ AND LUIS RAMOS WERE CONDEMNED.", "killed", ["MURDERS"]),
        # 3. a lethal operation against people
        (
            "Coalition forces conducted a lethal strike in Kunar province against an insurgent leader responsible "
            "for planning attacks on police.",
            "killed",
            ["an"],
        ),
        (
            "The coalition carried out a lethal operation targeting two insurgents who had planted roadside bombs.",
            "killed",
            ["two"],
        ),
        (
            "Afghan and coalition forces conducted a lethal strike against the Taliban commander of the district.",
            "killed",
            ["commander"],
        ),
        (
            "Coalition forces conducted a lethal airstrike against insurgents who were firing on a patrol.",
            "killed",
            ["insurgents"],
        ),
        # not a lethal operation against people
        ("The alliance conducted a strike against a compound used by insurgents.", "killed", []),
        ("The United States approved lethal aid to the army.", "killed", []),
        ("Coalition forces conducted a lethal strike against a weapons cache in the valley.", "killed", []),
    ],
)
def test_readings(sentence: str, outcome: str, phrases: list[str]) -> None:
    assert readings(sentence, outcome) == phrases


@pytest.mark.parametrize(
    ("sentence", "outcome", "want"),
    [
        (
            "THE WOUNDING OF A BOLIVIAN NURSE AND A RED CROSS DRIVER WAS REPORTED BY THE ARMY.",
            "injured",
            (2, 2, 2, "WOUNDING"),
        ),
        ("The deaths of a priest and a nun were confirmed by the diocese.", "killed", (2, 2, 2, "deaths")),
        # a bare role after a name is its apposition: one person
        ("THE DEATH OF CARLOS MORA, UNION LEADER AND FORMER MAYOR, WAS CONDEMNED.", "killed", (1, 1, 1, "DEATH")),
        (
            "Coalition forces conducted a lethal airstrike against insurgents who were firing on a patrol.",
            "killed",
            (2, None, None, "insurgents"),
        ),
        ("Coalition forces conducted a lethal strike in Kunar against an insurgent leader.", "killed", (1, 1, 1, "an")),
    ],
)
def test_reading_values(sentence: str, outcome: str, want: tuple[int | None, int | None, int | None, str]) -> None:
    assert reading(sentence, outcome) == want


def test_vague_group_after_ellipsis_has_table_bounds() -> None:
    qs = quantities_for_outcome("Nine policemen were wounded, as were several passersby, including a child.", "injured")
    assert [(q.low, q.best, q.high) for q in qs] == [(9, 9, 9), (3, None, None), (1, 1, 1)]


def test_summary_figures_grounded() -> None:
    article = (
        "SAN MIGUEL, 4 MAR 90 -- TWELVE SOLDIERS WERE INJURED IN THE ATTACK ON THE BARRACKS, AS WERE SEVERAL "
        "PEDESTRIANS, INCLUDING A CHILD.\n\n"
        "THE MURDERS OF THREE REPORTERS, TWO SALVADORANS AND A NETHERLANDER, WERE CONDEMNED BY THE PRESS UNION.\n\n"
        "THE WOUNDING OF A MEXICAN PHOTOGRAPHER AND A RADIO TECHNICIAN WAS ALSO REPORTED."
    )
    figs = _figures(article)
    for want in [
        ("injured", 12, 12),
        ("injured", 3, None),
        ("injured", 1, 1),
        ("killed", 3, 3),
        ("killed", 2, 2),
        ("killed", 1, 1),
        ("injured", 2, 2),
    ]:
        assert want in figs, (want, figs)


def test_lethal_strike_summary() -> None:
    article = (
        "KABUL, Afghanistan -- Afghan and coalition forces conducted a lethal strike in Paktika province "
        "against an insurgent facilitator responsible for smuggling weapons, officials said. "
        "No civilians were harmed in the operation."
    )
    assert ("killed", 1, 1) in _figures(article)


@pytest.mark.parametrize(
    ("article", "want", "absent"),
    [
        # every other figure of the article is a death: the victims are the dead
        (
            "SAN SALVADOR, 3 MAY 90 -- A BOMB EXPLODED IN THE CENTRAL MARKET. FORTY PEOPLE DIED AT THE SCENE. "
            "THE AUTHORITIES CONFIRMED THAT THE NUMBER OF VICTIMS IS 59 AND NOT 62.",
            [("killed", 40, 40), ("killed", 59, 59)],
            [("killed", 62, 62)],
        ),
        (
            "A bomb exploded in the market, killing a guard. The number of victims of the blast stands at 12, "
            "the governor said.",
            [("killed", 1, 1), ("killed", 12, 12)],
            [],
        ),
        # wounded figures too, but the toll corrects the article's death figure (62)
        (
            "THE ARMY SAID 62 PEOPLE WERE KILLED AND 80 WOUNDED IN THE BLAST. THE AUTHORITIES LATER CONFIRMED "
            "THAT THE NUMBER OF VICTIMS IS 59 AND NOT 62.",
            [("killed", 62, 62), ("injured", 80, 80), ("killed", 59, 59)],
            [],
        ),
        # victims of either outcome, no death figure restated: left
        (
            "Twelve people died and 30 were wounded in the attack. The number of victims is 42.",
            [("killed", 12, 12), ("injured", 30, 30)],
            [("killed", 42, 42)],
        ),
        # no figure of any outcome besides it: left
        ("A bomb exploded in the market. The number of victims is 50.", [], [("killed", 50, 50)]),
    ],
)
def test_number_of_victims(article: str, want: list[tuple[str, int, int]], absent: list[tuple[str, int, int]]) -> None:
    figs = _figures(article)
    for w in want:
        assert w in figs, (w, figs)
    for a in absent:
        assert a not in figs, (a, figs)


@pytest.mark.parametrize(
    ("sentence", "outcome", "want"),
    [
        # the table's bare "some" + a people noun: no number, open (not the bare plural's 2)
        ("Some pedestrians were injured in the blast.", "injured", [(None, None, None, "Some")]),
        ("SOME PEASANTS WERE KILLED IN THE RAID.", "killed", [(None, None, None, "SOME")]),
        (
            "TWELVE SOLDIERS WERE INJURED IN THE ATTACK, AS WERE SOME PEDESTRIANS, INCLUDING A CHILD.",
            "injured",
            [(12, 12, 12, "TWELVE"), (None, None, None, "SOME PEDESTRIANS"), (1, 1, 1, "A")],
        ),
        # "some" before a number is "about"; before a thing it is no count
        ("Some 40 pedestrians were injured.", "injured", [(36, 40, 44, "Some 40")]),
        ("Some buildings were damaged and two guards were injured.", "injured", [(2, 2, 2, "two")]),
    ],
)
def test_bare_some(sentence: str, outcome: str, want: list[tuple[int | None, int | None, int | None, str]]) -> None:
    assert [(q.low, q.best, q.high, q.phrase) for q in quantities_for_outcome(sentence, outcome)] == want


def test_some_pedestrians_summary() -> None:
    article = "TWELVE SOLDIERS WERE INJURED IN THE ATTACK ON THE BARRACKS, AS WERE SOME PEDESTRIANS, INCLUDING A CHILD."
    figs = [(c.outcome, c.low, c.high, c.phrase) for c in checked_summary(article).casualties]
    assert ("injured", None, None, "SOME PEDESTRIANS") in figs, figs
    assert ("injured", 1, 1, "A") in figs, figs
