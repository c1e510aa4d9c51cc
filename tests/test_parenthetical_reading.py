"""Asides between counted people and their verb, and infinitives of purpose (invented sentences).

Rules in ``summarizer/evidence/__init__.py`` (quantities): ages in an aside ("-- AGED 30, 41 AND
52 --") are never counts and the count before the aside carries the outcome; a sub-count aside
("-- two of them women --") is a part of the group before it, listed as its own figure as
"12 people, three of them children" is; an infinitive of purpose, intent or threat ("came to
massacre", "vowed to kill") tells of no event.
"""

from __future__ import annotations

import pytest

from summarizer.checks import run_checks
from summarizer.evidence.figures import who_counted
from summarizer.evidence.quantities import find_quantities, quantities_for_outcome, quantity_for_outcome
from summarizer.testing import code_only


def _figures(article: str) -> list[tuple[str, int | None, int | None, str]]:
    s = code_only(article, published=None)
    s, _ = run_checks(s, article, published=None, strict_offsets=True, in_place=True)
    return [(c.outcome, c.low, c.high, c.who) for c in s.casualties]


@pytest.mark.parametrize(
    ("sentence", "outcome", "count"),
    [
        ("FOUR TEACHERS -- AGED 23, 35 AND 47 -- WERE MURDERED LAST NIGHT.", "killed", 4),
        ("FOUR TEACHERS, AGED 23, 35 AND 47, WERE MURDERED LAST NIGHT.", "killed", 4),
        ("Two fishermen (aged 18 and 26) were wounded by the patrol.", "injured", 2),
        ("Six students, ages 19 to 24, were abducted outside the campus.", "detained", 6),
        ("Two herders — aged 40 and 61 — died in the shelling.", "killed", 2),
        ("SEVEN FARMERS, ALL AGED BETWEEN 20 AND 30, WERE KIDNAPPED.", "detained", 7),
        ("A shepherd aged 15 was killed by a landmine.", "killed", 1),
        # a sub-count aside: the group before it is the verb's count
        ("Five nurses — three of them men — were wounded in the blast.", "injured", 5),
        ("FIVE NURSES -- THREE OF THEM MEN -- WERE WOUNDED.", "injured", 5),
        ("THREE MINERS, ONE OF THEM A BOY, WERE KILLED.", "killed", 3),
        ("Eight guards, two of whom were officers, were killed.", "killed", 8),
        # what must still read as before
        ("killing four villagers, aged 7 to 70, in the raid.", "killed", 4),
        ("TWO PEASANTS, ONE OF THEM A MINOR, WERE KILLED.", "killed", 2),
        ("Gunmen came to the market and killed six traders.", "killed", 6),
        ("Four people, including two children, were wounded.", "injured", 4),
        ("The rebels managed to kill three soldiers.", "killed", 3),
        ("Two traders were reported to have been killed.", "killed", 2),
    ],
)
def test_count_before_aside(sentence: str, outcome: str, count: int) -> None:
    # the first figure in text order is the group's (a sub-count after it is listed on its own)
    qs = quantities_for_outcome(sentence, outcome)
    assert qs and qs[0].low == count and qs[0].high == count


@pytest.mark.parametrize(
    "text",
    ["AGED 30, 41 AND 52", "aged 19 and 21", "ages 20 to 25", "aged between 20 and 30", "AGED 18, 19, 22 OR 23"],
)
def test_ages_are_no_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_sub_count_aside_listed_like_of_them() -> None:
    # "12 people, three of them children" lists the part as its own figure; so does a dash aside
    dash = quantities_for_outcome("Five nurses — three of them men — were wounded.", "injured")
    comma = quantities_for_outcome("Five nurses were wounded, three of them men.", "injured")
    assert [q.low for q in dash] == [5, 3] == [q.low for q in comma]


@pytest.mark.parametrize(
    "sentence",
    [
        "THE GUERRILLAS SAID THEY WOULD RETURN TO MASSACRE THE VILLAGERS.",
        "The militia vowed to kill four police officers.",
        "They threatened to kill two journalists.",
        "The gang plans to kidnap three businessmen.",
        "Gunmen came to rob and kill the two watchmen.",
        "In order to kill five witnesses, they burned the house.",
        "The group intends to brutally murder six hostages.",
        "Rebels tried to abduct ten schoolgirls.",
    ],
)
def test_infinitive_of_purpose_is_no_event(sentence: str) -> None:
    for outcome in ("killed", "injured"):
        assert quantity_for_outcome(sentence, outcome) is None
    assert [f for f in _figures(sentence) if f[0] in ("killed", "injured")] == []
    assert [f for f in _figures(sentence) if f[0] == "detained" and "kidnap" in sentence.lower()] == []


def test_wire_aside_end_to_end() -> None:
    wire = "LIMA, 4 JUN 89 (AFP) -- [TEXT] FOUR TEACHERS -- AGED 23, 35 AND 47 -- WERE MURDERED LAST NIGHT."
    assert _figures(wire) == [("killed", 4, 4, "TEACHERS")]
    plain = "Five nurses — three of them men — were wounded on Tuesday."
    assert _figures(plain) == [("injured", 5, 5, "nurses"), ("injured", 3, 3, "men")]


def test_who_stops_at_an_aside() -> None:
    assert who_counted("FOUR TEACHERS -- AGED 23 -- WERE", "FOUR") == "TEACHERS"
    assert who_counted("Five nurses — three of them", "Five") == "nurses"
    assert who_counted("two men (aged 19 and 21) were", "two") == "men"
    assert who_counted("a 16-year-old boy was", "a") == "16-year-old boy"


@pytest.mark.parametrize(
    ("quote", "phrase", "who"),
    [
        ("killing at least 12 people before security forces ended the siege", "at least 12", "people"),
        ("THE BOMB KILLED FOUR TERRORISTS WHO WERE CARRYING IT", "FOUR", "TERRORISTS"),
        ("31 wounded people, some in critical condition, and that two of them later died", "two", ""),
        ("Six were killed, two of them children", "two", "children"),
        ("SEVEN [WORDS INDISTINCT] WERE KILLED", "SEVEN", ""),
        ("raised to 52 the death toll", "52", ""),
        ("the bodies of three soldiers being repatriated", "three", "soldiers"),
    ],
)
def test_who_is_the_people_counted_or_nothing(quote: str, phrase: str, who: str) -> None:
    assert who_counted(quote, phrase) == who
