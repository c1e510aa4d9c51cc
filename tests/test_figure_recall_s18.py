"""Figure recall and precision, session 18 (evidence/__init__.py, "Figure recall, session 18").
All sentences are invented for these tests."""

from __future__ import annotations

from datetime import date

from helpers import checked_summary

from summarizer.evidence.candidates import find_candidates
from summarizer.evidence.quantities import quantities_for_outcome


def _figures(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(c.outcome, c.low, c.high, c.phrase) for c in checked_summary(text, date(2025, 5, 6)).casualties]


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


def _listed(text: str, outcome: str) -> list[int | None]:
    return [c.quantity.low for c in find_candidates(text) if c.outcome == outcome and c.quantity is not None]


# 1. one person named again by the outcome ("the dead man"), and "both", refer back


def test_the_dead_man_and_both_restate_the_figure_before() -> None:
    text = (
        "A herder was shot dead and two boys were wounded near the well on Monday, the district office said. "
        "Villagers said the dead man was a father of five. Doctors said both were in stable condition."
    )
    figs = _figures(text)
    assert [f for f in figs if f[0] == "killed"] == [("killed", 1, 1, "A")]
    assert [f for f in figs if f[0] == "injured"] == [("injured", 2, 2, "two")]


def test_a_new_person_or_another_number_is_no_restatement() -> None:
    # a person named without the outcome word stays a report of their own, and "both" is only a 2
    text = (
        "Three guards were wounded in the raid, the governor said. "
        "Both drivers were also wounded. Later a porter was wounded by a stray bullet."
    )
    figs = _figures(text)
    assert ("injured", 3, 3, "Three") in figs
    assert ("injured", 1, 1, "a") in figs
    assert ("injured", 2, 2, "Both") in figs


def test_both_before_a_plural_thing_counts_nothing() -> None:
    s = "Medics said at least 23 people from both districts had been injured."
    assert _read(s, "injured") == [("at least 23", 23, None)]
    assert _read("Both brothers were killed in the blast.", "killed") == [("Both", 2, 2)]
    assert _read("Both guards were wounded.", "injured") == [("Both", 2, 2)]


# 2. zeros and "every one" state no count of one


def test_not_a_single_and_every_one_count_nobody() -> None:
    assert _read("Not a single marcher was hurt by the riot police.", "injured") == []
    assert _read("Every one of those killings could have been avoided.", "killed") == []
    # a single person reported stays one
    assert _read("A marcher was hurt by the riot police.", "injured") == [("A", 1, 1)]
    assert _read("The mayor said one of the guards was wounded.", "injured") == [("one", 1, 1)]


# 3. a count of places closing the people's "of / from" phrase, before any outcome verb


def test_places_after_the_people_are_no_count_before_any_verb() -> None:
    s = "About 400 families of the tower and three adjoining blocks have been evacuated, the council said."
    assert _read(s, "displaced") == [("About 400", 360, 440)]
    s = "Some 900 residents of Karvan and two nearby villages were evacuated overnight."
    assert _read(s, "displaced") == [("Some 900", 810, 990)]
    # people counted there keep their count
    assert _read("Two families from the tower have been evacuated.", "displaced") == [("Two", 2, 2)]
    assert _read("Six farmers from Karvan were killed.", "killed") == [("Six", 6, 6)]


# 4. ages after "of" and names by number are no counts


def test_an_age_after_of_is_no_count() -> None:
    s = "Five survivors, including an elderly man and a girl of about eight, were taken to the clinic."
    assert ("about eight", 7, 9) not in _read(s, "injured")
    assert ("Five", 5, 5) in _read(s, "injured")
    assert _read("Police said a woman of 70 was wounded.", "injured") == [("a", 1, 1)]
    # a count after "of" that is no age keeps its number
    assert _read("Most of about 40 miners were injured.", "injured") == [("about 40", 36, 44)]


def test_a_number_naming_a_place_is_no_count() -> None:
    text = "Inspectors were refused entry to Block 7, where detainees say beatings took place."
    assert _listed(text, "detained") == []
    assert _listed("Lawyers asked to see the detainees held in Prison No. 3 and elsewhere.", "detained") == []
    # a people noun after it: a count
    assert _read("At the gate 3 guards were wounded.", "injured") == [("3", 3, 3)]


# 5. who speaks for the victims is no count of them


def test_a_count_in_the_words_naming_the_source_is_no_figure() -> None:
    text = "Lawyers for several students said the young men had been beaten in custody."
    assert _listed(text, "injured") == []
    text = "Lawyers representing the detained miners said about 60 men had been arrested."
    assert _listed(text, "detained") == [54]
    # one relative may be a source of their own; the count stays
    assert _listed("Relatives said four fishermen had been detained by the navy.", "detained") == [4]


# 6. new wordings


def test_shoot_dead_base_form() -> None:
    assert _read("Witnesses saw troops shoot dead three farmers at the bridge.", "killed") == [("three", 3, 3)]
    assert _read("The gang threatened to shoot dead any driver who stopped.", "killed") == []


def test_patients_in_a_grave_state_are_injured() -> None:
    assert _read("The surgeon said four patients remained in a critical condition.", "injured") == [("four", 4, 4)]
    assert _read("The clinic treated 40 patients for cholera.", "injured") == []


def test_one_person_with_an_age_or_description_in_apposition() -> None:
    s = "Staff confirmed that a third man, aged 31, has died of his wounds."
    assert _read(s, "killed") == [("a", 1, 1)]
    s = "The minister said a fifth victim, a street vendor, died in the ambulance."
    assert _read(s, "killed") == [("a", 1, 1)]
    # an apposition that names no person is no such reading
    assert _read("A convoy, a white lorry, was hit.", "injured") == []
