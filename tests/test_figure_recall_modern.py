"""Issue 18 (figure recall on modern multi-source news): the words wire stories use for a side's
own dead, enemies killed, the buried, the hospitalised, those who fled and projected tolls; lists
of groups; sub-counts. All sentences are invented for these tests (none is copied from an
evaluation set)."""

from __future__ import annotations

import pytest

from summarizer.evidence.candidates import find_candidates
from summarizer.evidence.figures import derive_quantity
from summarizer.testing import reading, readings

N = None

# sentence, outcome -> (low, best, high, phrase) of the governing quantity, or None
CASES: list[tuple[str, str, tuple[int | None, int | None, int | None, str] | None]] = [
    # a force's word for killing its enemies, the label in quotes or not
    ('The navy said it had "neutralized" 14 pirates off the coast.', "killed", (14, 14, 14, "14")),
    ('Officials said troops "neutralised" 9 "bandits" overnight.', "killed", (9, 9, 9, "9")),
    ("Scores of raiders were neutralised near the dam, the garrison said.", "killed", (40, N, N, "Scores")),
    ("Engineers neutralised two roadside devices.", "killed", None),
    ("The suspect was neutralised by police.", "killed", None),
    # a side's own dead
    ("The militia admitted it had lost five fighters in the clash.", "killed", (5, 5, 5, "five")),
    ('"We lost nine of our comrades," the commander told reporters.', "killed", (9, 9, 9, "nine")),
    ("The brigade lost two armoured vehicles.", "killed", None),
    ("At least 12 of our soldiers fell in the battle for the bridge.", "killed", (12, 12, N, "At least 12")),
    ("Four men fell ill after the meal.", "killed", None),
    ("Prices fell 20 percent.", "killed", None),
    # the dead counted as they are buried
    ("Villagers said they had buried 48 people by nightfall.", "killed", (48, 48, 48, "48")),
    ("The imam helped bury more than 30 victims on Friday.", "killed", (31, N, N, "more than 30")),
    ("The retreating unit buried 200 mines along the road.", "killed", None),
    # the hospitalised
    ("About 15 others are in hospital, two of them in a critical state.", "injured", (13, 15, 17, "About 15")),
    ("Eight students were admitted to hospital after the stampede.", "injured", (8, 8, 8, "Eight")),
    ("Six miners were treated in hospital for burns.", "injured", (6, 6, 6, "Six")),
    # those who fled: people by number, before the verb
    ("Some 4,000 residents had fled the district by Monday.", "displaced", (3600, 4000, 4400, "Some 4,000")),
    ("Thousands have fled since the shelling began.", "displaced", (2000, N, N, "Thousands")),
    ("Nearly 900 families were forced to flee the camp.", "displaced", (N, N, 899, "Nearly 900")),
    ("Three gunmen fled into the forest.", "displaced", None),
    ("The families fled the three villages.", "displaced", None),
    # a projection bounds the toll from above
    ("Medics warned that the toll could rise to 35.", "killed", (N, N, 35, "could rise to 35")),
    ("The death toll may climb to 120, officials said.", "killed", (N, N, 120, "may climb to 120")),
    # "killed or wounded" joins alternatives: neither count is stated
    ("Nine porters were killed or injured in the blast.", "killed", None),
    ("Nine porters were killed or injured in the blast.", "injured", None),
]


@pytest.mark.parametrize(("sentence", "outcome", "expected"), CASES)
def test_quantity_for_outcome(
    sentence: str, outcome: str, expected: tuple[int | None, int | None, int | None, str] | None
) -> None:
    assert reading(sentence, outcome) == expected


# sentence, outcome -> every figure of the outcome (phrases, in text order)
ALL_CASES: list[tuple[str, str, list[str]]] = [
    # a group before its sub-count, whatever the people noun
    ("Eleven pupils, including four girls, were hurt in the crush.", "injured", ["Eleven", "four"]),
    ("Twenty cadets, among them six women, were injured.", "injured", ["Twenty", "six"]),
    # the dead buried, and a sub-count after "among them"
    (
        "The priest said he buried at least 19 people, among them more than a dozen children.",
        "killed",
        ["at least 19", "more than a dozen"],
    ),
    # a list closed by "and": every group is a figure
    ("Four soldiers, two police officers and a cook were killed.", "killed", ["Four", "two", "a"]),
    ("Two medics, three drivers, five guards and a nurse were wounded.", "injured", ["Two", "three", "five", "a"]),
    # not a list: a total before its parts (the apposition rule: the group and its parts, which
    # add up to it; Totals keep 6, never 12)
    ("Six people, two women and four men, were killed.", "killed", ["Six", "two", "four"]),
    # an elided repeat of the outcome, with a people noun
    ("The raids killed 9 soldiers in Mosul and 3 police in Tikrit.", "killed", ["9", "3"]),
    ("Gunmen killed 7 villagers in the north and 2 herders at the wells.", "killed", ["7", "2"]),
    ("The bombs killed 9 soldiers in Mosul and 3 vehicles in Tikrit were burned.", "killed", ["9"]),
    # the buried and the hospitalised in one quote, each its own outcome
    ("We have buried 26 people, and about 40 others are in hospital.", "killed", ["26"]),
    ("We have buried 26 people, and about 40 others are in hospital.", "injured", ["about 40"]),
    # a side's own losses and its wounded
    ("We lost six soldiers and eight others were wounded in the ambush.", "killed", ["six"]),
    ("We lost six soldiers and eight others were wounded in the ambush.", "injured", ["eight"]),
]


@pytest.mark.parametrize(("sentence", "outcome", "expected"), ALL_CASES)
def test_quantities_for_outcome(sentence: str, outcome: str, expected: list[str]) -> None:
    assert readings(sentence, outcome) == expected


@pytest.mark.parametrize(
    "article",
    [
        'KANO, May 3 (Reuters) - Police said they had "neutralised" 11 "kidnappers" in a forest. "We lost two '
        'officers," a spokesman said. About 600 villagers had fled to the town, and the toll could rise to 20.',
        "Residents said they had buried 31 people. More than 25 others are in hospital. Eleven pupils, "
        "including four girls, were hurt. Four soldiers, two police officers and a cook were killed.",
    ],
)
def test_every_candidate_is_given_back_by_its_evidence(article: str) -> None:
    cands = [c for c in find_candidates(article) if c.quantity is not None]
    assert cands
    for c in cands:
        q = c.quantity
        assert q is not None
        d = derive_quantity(article[c.start : c.end], q.phrase, c.outcome)
        assert d is not None and (d.low, d.best, d.high) == (q.low, q.best, q.high)


def test_candidates_find_the_modern_figures() -> None:
    article = (
        'Police said they had "neutralised" 11 "kidnappers" in a forest. "We lost two officers," a '
        "spokesman said. About 600 villagers had fled to the town. Medics said the toll could rise to 20."
    )
    got = {(c.outcome, c.quantity.phrase) for c in find_candidates(article) if c.quantity is not None}
    assert {
        ("killed", "11"),
        ("killed", "two"),
        ("displaced", "About 600"),
        ("killed", "could rise to 20"),
    } <= got
