"""People named one by one, follow-ups (invented sentences; rule in ``summarizer/evidence/__init__.py``,
"Counting people the text names"): a names list after a group's opener, "Among the dead were A and
his driver", surnames in -des/-tes, a named person heading a list of counted groups, and a
sentence-initial "A" of a source that is no victim's count."""

from __future__ import annotations

import pytest
from helpers import checked_summary

from summarizer.evidence.quantities import quantities_for_outcome
from summarizer.testing import readings


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


@pytest.mark.parametrize(
    ("sentence", "outcome", "phrases"),
    [
        # 1. a list of names after the opener: each a figure of one
        (
            "ELEVEN PEASANTS WERE KILLED IN THE RAID, INCLUDING JOSE MARTA PINEDA AND RAUL OSORIO.",
            "killed",
            ["ELEVEN", "JOSE MARTA PINEDA", "RAUL OSORIO"],
        ),
        (
            "Nine people died, including Omar Haddad and Laila Nasser, officials said.",
            "killed",
            ["Nine", "Omar Haddad", "Laila Nasser"],
        ),
        (
            "Seven guards were wounded, among them Karim Aziz, Huda Saleh and Tarek Mansour.",
            "injured",
            ["Seven", "Karim Aziz", "Huda Saleh", "Tarek Mansour"],
        ),
        # a described person is no name; after a place only titled people count
        ("Eight people died, including Mayor Ana Ruiz and her driver.", "killed", ["Eight", "Mayor Ana Ruiz"]),
        ("Eight people died, including the mayor and his driver.", "killed", ["Eight"]),
        ("Twelve people were killed across the province, including San Pedro Sula and La Ceiba.", "killed", ["Twelve"]),
        (
            "Twelve people were killed in the region, including Father Luis Mora and Dr Ana Paz.",
            "killed",
            ["Twelve", "Father Luis Mora", "Dr Ana Paz"],
        ),
        # more names than the group counts: no reading of them
        ("Two people were killed, including Omar Haddad and Laila Nasser and Karim Aziz.", "killed", ["Two"]),
        # 3. surnames in -des/-tes end no list
        (
            "THE DEAD WERE IDENTIFIED AS LUIS PAREDES, ANA FUENTES AND JOSE CORTES.",
            "killed",
            ["LUIS PAREDES, ANA FUENTES AND JOSE CORTES", "LUIS PAREDES", "ANA FUENTES", "JOSE CORTES"],
        ),
        (
            "The dead were identified as Rosa Valdes and Mario Montes.",
            "killed",
            ["Rosa Valdes and Mario Montes", "Rosa Valdes", "Mario Montes"],
        ),
        (
            "TWO TEACHERS, ARTURO PAREDES AND ROSA FUENTES, WERE SHOT DEAD.",
            "killed",
            ["TWO", "ARTURO PAREDES", "ROSA FUENTES"],
        ),
        # 4. a named person heading a list of counted groups ("other": one of the same kind)
        (
            "THE FRENCH NUN MARIA ROJAS, HEAD OF THE CLINIC, THREE OTHER NURSES, AND TWO PEASANTS WERE MURDERED.",
            "killed",
            ["MARIA ROJAS", "THREE", "TWO"],
        ),
        (
            "The Italian doctor Marco Ferri, head of the clinic, three other nurses and two drivers were killed.",
            "killed",
            ["Marco Ferri", "three", "two"],
        ),
        (
            "The priest Marco Ferri, four soldiers and two drivers were killed.",
            "killed",
            ["Marco Ferri", "four", "two"],
        ),
        # no description and no "other": the name may be anything (a place, a sayer)
        ("Marco Ferri, four soldiers and two drivers were killed.", "killed", ["four", "two"]),
        ("Police chief Ana Ruiz said four soldiers and two women were killed.", "killed", ["four", "two"]),
        # 5. a source's article is no count: the victim's "a"
        ("A rights group said a teacher was killed.", "killed", ["a"]),
        ("A MONITORING GROUP SAID A JUDGE WAS KILLED.", "killed", ["A"]),
        ("A local official told reporters a nurse died.", "killed", ["a"]),
        ("A senior commander of the rebels was killed.", "killed", ["A"]),
        ("Abdi Nur, a trader who was injured in the blast, spoke to us.", "injured", ["a"]),
    ],
)
def test_readings(sentence: str, outcome: str, phrases: list[str]) -> None:
    assert readings(sentence, outcome) == phrases


def test_source_article_is_not_the_victims_offsets() -> None:
    s = "A rights group said a teacher was killed."
    assert _read(s, "killed") == [("a", 1, 1)]
    assert quantities_for_outcome(s, "killed")[0].start == s.index(" a ") + 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2. the people "among the dead" named one by one: their count, and the named one 1
        (
            "Among the dead were Colonel Ramon Vides and his driver.",
            [("Colonel Ramon Vides and his driver", 2, 2), ("Colonel Ramon Vides", 1, 1)],
        ),
        (
            "AMONG THE DEAD WERE COLONEL RAMON VIDES AND HIS DRIVER.",
            [("COLONEL RAMON VIDES AND HIS DRIVER", 2, 2), ("COLONEL RAMON VIDES", 1, 1)],
        ),
        ("Among the dead were two children.", [("two", 2, 2)]),
        # one person: "was"; an age set off by commas after the name is no count
        (
            "AMONG THE DEAD WAS LIEUTENANT RAUL PINTO MORA, 31, THE UNIT'S RADIO OPERATOR.",
            [("LIEUTENANT RAUL PINTO MORA", 1, 1)],
        ),
        ("Among the dead is Colonel Ana Ruiz, the army said.", [("Colonel Ana Ruiz", 1, 1)]),
        ("Among the dead was a nurse.", [("a", 1, 1)]),
        ("Among the dead were women and children.", [("women", 2, None)]),
    ],
)
def test_among_the_dead_were(sentence: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _read(sentence, "killed") == expected


@pytest.mark.parametrize(
    ("article", "ones"),
    [
        (
            "Police said nine people died in the blast, including Omar Haddad and Laila Nasser.",
            ["Omar Haddad", "Laila Nasser"],
        ),
        (
            "A bomb exploded near the barracks on Monday. Among the dead were Colonel Ramon Vides and his "
            "driver, the army said.",
            ["Colonel Ramon Vides"],
        ),
        (
            "SAN ISIDRO, 3 MAR 90 (RADIO) -- [TEXT] THE FRENCH NUN MARIA ROJAS, HEAD OF THE CLINIC, THREE OTHER "
            "NURSES, AND TWO PEASANTS WERE MURDERED TODAY BY UNIDENTIFIED MEN.",
            ["MARIA ROJAS"],
        ),
    ],
)
def test_grounded_figures_of_one(article: str, ones: list[str]) -> None:
    s = checked_summary(article)
    got = [c.phrase for c in s.casualties if (c.low, c.high) == (1, 1)]
    assert got == ones
