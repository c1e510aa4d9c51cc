"""Figure recall, session 13, second round (fa2): shapes of casualty figures the rules missed on the
older tuned sets. Invented sentences, with negative cases (rules written in
``summarizer/evidence/__init__.py``, Figure recall, session 13, second round).
"""

from __future__ import annotations

from summarizer.testing import code_only
from summarizer.testing import figure_readings as _read


def _figs(article: str) -> list[tuple[str, str, int | None, int | None, str | None, str]]:
    return [(c.outcome, c.phrase, c.low, c.high, c.reported_by, c.status) for c in code_only(article).casualties]


def test_people_who_could_still_be_trapped() -> None:
    assert _read("Up to 12 miners could still be trapped after the collapse.", "missing") == [
        ("Up to 12", None, None, 12)
    ]
    assert _read("Officials said 8 people may be trapped in the debris.", "missing") == [("8", 8, 8, 8)]
    # a rescue verb in an earlier clause of the report does not reach the second one
    figs = _figs(
        "The fire service said crews had pulled 9 bodies from the ruins and that up to 6 tenants could"
        " still be trapped under the fallen floors."
    )
    assert ("killed", "9", 9, 9, "The fire service", "reported") in figs
    assert ("missing", "up to 6", None, 6, "The fire service", "unverified") in figs
    # negatives: a modal with "not", people found, people besieged
    assert _read("The guards said 40 families could not be trapped by the flood.", "missing") == []
    assert _read("Rescuers pulled out 7 people believed trapped under the rubble.", "missing") == []
    assert _read("About 30,000 people remain trapped in the besieged town.", "missing") == []


def test_gapped_second_subject_is_one_person() -> None:
    figs = _figs("A 9-year-old girl was killed and her father wounded when a shell hit their house, a medic said.")
    assert ("killed", "A", 1, 1, "a medic", "reported") in figs
    assert ("injured", "her father", 1, 1, "a medic", "reported") in figs
    # an active verb with an object, a plural with its own number, no gapped auxiliary
    assert _read("A guard was killed and his son wounded the attacker.", "injured") != [("his son", 1, 1, 1)]
    assert _read("A guard was killed and his two sons wounded.", "injured") == [("two", 2, 2, 2)]
    assert _read("The mayor said his mother wounded her pride.", "injured") == []


def test_named_person_under_house_arrest() -> None:
    assert _read("Opposition leader Tarin Ojok has been under house arrest since May.", "detained") == [
        ("Tarin Ojok", 1, 1, 1)
    ]
    assert _read("The former premier was placed under house arrest on Monday.", "detained") == [("was", 1, 1, 1)]
    assert _read("Her house arrest was lifted in May.", "detained") == []
    assert _read("The court released him from house arrest last week.", "detained") == []
    assert _read("He has been under house arrest since May.", "detained") == []
