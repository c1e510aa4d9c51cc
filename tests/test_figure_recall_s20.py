"""Figure recall, session 20 (evidence/__init__.py, "Session 20"). All sentences are invented for
these tests."""

from __future__ import annotations

from summarizer.evidence.candidates import find_candidates
from summarizer.evidence.quantities import quantities_for_outcome


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


# 1. a "number of" brought to its total past the toll's scope (``quantities._toll_brought_to``)


def test_a_number_of_deaths_brought_to_its_total_past_a_scope() -> None:
    s = (
        "A herder died overnight, bringing the number of deaths at the Marota clinic since Friday to eleven, "
        "a doctor said."
    )
    assert ("eleven", 11, 11) in _read(s, "killed")


def test_a_number_of_people_displaced_brought_to_its_total() -> None:
    s = "The rains brought the number of people displaced in the Lusenge valley to 2,300, the district office said."
    assert ("2,300", 2300, 2300) in _read(s, "displaced")


def test_a_number_of_its_staff_brought_to_its_total() -> None:
    s = (
        "Gunmen seized a nurse on Monday, taking the number of its staff kidnapped in the province this year to 17, "
        "the charity said."
    )
    assert ("17", 17, 17) in _read(s, "detained")


def test_no_number_of_or_a_number_of_things_is_no_total() -> None:
    # "the wounded" brought somewhere, and a number of troops, are no toll
    s = "Volunteers were bringing the wounded to the Marota clinic in 12 pickup trucks, a doctor said."
    assert not any(low == 12 for _, low, _ in _read(s, "injured"))
    s = "The ministry is bringing the number of soldiers deployed in the Lusenge valley to 3,000, it said."
    assert not any(low == 3000 for o in ("killed", "detained", "displaced") for _, low, _ in _read(s, o))


# 2. a part counted "of them" right after its group: its evidence starts at the group
# (``candidates._PART_OF_THEM_AFTER``)


def _evidence(text: str, outcome: str, low: int) -> list[str]:
    return [
        text[c.start : c.end]
        for c in find_candidates(text)
        if c.outcome == outcome and c.quantity is not None and c.quantity.low == low
    ]


def test_a_part_of_them_is_evidenced_from_its_group() -> None:
    text = "Volunteers said they had pulled 26 bodies from the Velka river by Sunday night, nine of them women."
    assert _evidence(text, "killed", 9) == ["26 bodies from the Velka river by Sunday night, nine of them women."]
    text = "The clinic in Oruzi has admitted 38 injured people since Friday, 11 of whom are children."
    assert _evidence(text, "injured", 11) == ["38 injured people since Friday, 11 of whom are children."]


def test_a_part_named_otherwise_or_after_a_clause_keeps_its_own_clause() -> None:
    # no "of them": a second count of its own; another clause between: the part's own clause
    text = "Gunmen killed 14 villagers in Dorsa on Sunday, and soldiers killed nine attackers."
    assert _evidence(text, "killed", 9) == ["soldiers killed nine attackers."]
    text = "Gunmen killed 14 villagers in Dorsa on Sunday, the mayor said, four of them children."
    assert _evidence(text, "killed", 4) == ["four of them children."]


# 3. people sheltering or staying at churches, mosques or schools are displaced (people only;
# ``quantities.OUTCOME_PATTERNS``, ``_SHELTERED``)


def test_people_sheltering_at_a_church_are_displaced() -> None:
    s = "Local officials said about 420 people from Teruma were sheltering at two churches in the district town."
    assert ("about 420", 378, 462) in _read(s, "displaced")


def test_villagers_staying_in_a_mosque_compound_are_displaced() -> None:
    s = "Around 900 villagers are staying in the mosque compound at Bakri, a relief worker said."
    assert ("Around 900", 810, 990) in _read(s, "displaced")


def test_fighters_or_pupils_in_a_school_and_a_part_of_a_group_are_not_displaced() -> None:
    assert _read("About 60 fighters were sheltering in a school near Teruma, the army said.", "displaced") == []
    assert _read("Some 40 pupils were sheltering in the school during the fire drill.", "displaced") == []
    s = "About 2,400 people had fled Teruma by Sunday, most of them to Kasoli, where many are sheltering in schools."
    assert _read(s, "displaced") == [("About 2,400", 2160, 2640)]
