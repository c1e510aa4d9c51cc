"""Perpetrators stated in more ways (actor recall, session 7): suspects named after their
arrest or identification, a describing appositive before the verb, people described by their
uniforms or weapons, an organisation's name running on to its bracketed acronym, insurgents
known by a bare name; and phrases that are no perpetrator (a question, a second coordinated
verb, "holds X responsible"). All sentences are invented for these tests. The floor on
``tests/data/actors_invented.jsonl`` is in ``tests/test_invented_sets.py``."""

from __future__ import annotations

import pytest

from summarizer.evidence.agents import find_agents, find_groups


def _agents(text: str) -> list[str]:
    return [a.name for a in find_agents(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suspect identified or named, with or without an age before the name
        ("THE SUSPECT, IDENTIFIED AS RAMON ECHEVERRI, 31, WAS CAUGHT NEAR THE BORDER.", "RAMON ECHEVERRI"),
        ("The suspect, identified as 45-year-old Colin Hardy, was held overnight.", "Colin Hardy"),
        ("The gunman, named by police as Lars Vidal, was arrested at his home.", "Lars Vidal"),
        ("THE ASSASSIN, IDENTIFIED AS TOMAS ARCE, FLED ON FOOT.", "TOMAS ARCE"),
        # arrested with an age apposition; the arrest of X for the deed
        ("Police arrested Mira Sandoval, 33, in connection with the bombing.", "Mira Sandoval"),
        ("THE COURT ORDERED THE ARREST OF FABIO LUNA FOR THE MURDER OF THE TEACHER.", "FABIO LUNA"),
        # confessed to having placed; sentenced to a term for the deed
        ("THE POLICE HELD ELIAS MORA, WHO CONFESSED TO HAVING PLACED THE DYNAMITE AT THE CHURCH.", "ELIAS MORA"),
        ("ANDRES VEGA WAS SENTENCED TO 25 YEARS IN PRISON FOR THE MURDER OF THE MAYOR.", "ANDRES VEGA"),
        ("Prosecutors charged Dana Holt with three counts of murder.", "Dana Holt"),
        # a describing appositive (a determiner or an alias opens it) follows the name
        ("RUBEN SOSA, THE HEAD OF THE BAND, ORDERED THE KIDNAPPING OF THE RANCHER.", "RUBEN SOSA"),
        ('LUIS PARRA, ALIAS "EL GALLO", WAS ARRESTED FOR THE MURDER OF THE JUDGE.', "LUIS PARRA"),
        # mixed case: "X, who police say opened fire"
        ("Nora Quist, who police say opened fire in the hall, was detained.", "Nora Quist"),
        # people described by their uniforms, weapons or kind
        ("THE MAYOR WAS TAKEN FROM HIS HOUSE BY MEN IN MILITARY UNIFORMS.", "MEN IN MILITARY UNIFORMS"),
        ("UNIFORMED MEN DRAGGED THE CATECHIST FROM THE CHAPEL AND SHOT HIM.", "UNIFORMED MEN"),
        ("WITNESSES SAID THAT MEN IN CAMOUFLAGE, SOME OF THEM MASKED, SHOT THE TWO TEACHERS.", "MEN IN CAMOUFLAGE"),
        (
            "THE PRIEST SAID THAT SIX HOODED YOUNG PEOPLE, ONE OF THEM ARMED, SET FIRE TO THE CLINIC.",
            "HOODED YOUNG PEOPLE",
        ),
        ("A woman armed with a hammer attacked two guards at the gate.", "woman armed with a hammer"),
        ("SUBVERSIVE ELEMENTS DYNAMITED THE TOWN HALL OF SAN ROQUE.", "SUBVERSIVE ELEMENTS"),
        ("Separatists attacked a checkpoint on the main road overnight.", "Separatists"),
        ("THE AIR FORCE BOMBED THE HILLS NEAR THE RIVER.", "AIR FORCE"),
        (
            "A COMMANDO OF THE NORTHERN FRONT ENTERED THE BARRACKS AND KILLED THE GUARD.",
            "COMMANDO OF THE NORTHERN FRONT",
        ),
    ],
)
def test_perpetrator_found(text: str, expected: str) -> None:
    assert expected in _agents(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a question asserts nothing
        ("[REPORTER] MINISTER, WHO IS RESPONSIBLE FOR THE BOMBING?", "MINISTER"),
        # a second verb of the clause is no part of the name read forwards
        ("THE UNION ATTRIBUTED THE MURDER TO A DEATH SQUAD AND DEMANDED AN INQUIRY.", "DEMANDED"),
        ("THE UNION ATTRIBUTED THE MURDER TO A DEATH SQUAD AND DEMANDED AN INQUIRY.", "A DEATH SQUAD AND DEMANDED"),
        # "holds X responsible": the holder is no part of X
        ("THE MINISTRY HOLDS THE REBELS RESPONSIBLE FOR THE AMBUSH.", "MINISTRY HOLDS THE REBELS"),
        # a verb coordinated with an earlier one: the words before "and" are its object
        ("THE BAND THREATENED TO KILL THE NUNS AND CLAIMED THE BOMBING OF THE SCHOOL.", "NUNS"),
        # a knife is a means where it stands alone
        ("The guard was killed by a knife.", "knife"),
    ],
)
def test_no_perpetrator(text: str, absent: str) -> None:
    assert all(absent.lower() != n.lower() for n in _agents(text))


def test_holds_responsible_names_the_held() -> None:
    assert "REBELS" in _agents("THE MINISTRY HOLDS THE REBELS RESPONSIBLE FOR THE AMBUSH.")


def test_organisation_name_runs_to_its_acronym() -> None:
    text = (
        "SAN PEDRO, 3 MAR 90 (RADIO) -- [TEXT] FIGHTERS OF THE SO-CALLED PEASANT ARMY OF THE NORTH [EPN] BURNED A BUS."
    )
    assert "PEASANT ARMY OF THE NORTH" in [g.name for g in find_groups(text)]


def test_insurgents_known_by_a_bare_name() -> None:
    groups = [g.name for g in find_groups("LIMA, 2 MAY 90 (RADIO) -- [TEXT] SENDERISTAS BURNED THE TOWN HALL.")]
    assert "SENDERISTAS" in groups
    text = "SAN SALVADOR, 2 MAY 90 (RADIO) -- [TEXT] THE ERP SAID ITS UNITS ATTACKED THE GARRISON."
    assert "ERP" in [g.name for g in find_groups(text)]


def test_a_name_closed_by_its_acronym_keeps_its_descriptive_words() -> None:
    text = "ORURO, 4 JUN 89 (EFE) -- [TEXT] A BANK WAS BOMBED BY THE TUPAJ KATARI ARMED FORCES OF LIBERATION [FAL]."
    assert "TUPAJ KATARI ARMED FORCES OF LIBERATION" in [g.name for g in find_groups(text)]
    mixed = "The attack was claimed by the Sierra Roja Popular Army of Liberation (SREPL)."
    assert "Sierra Roja Popular Army of Liberation" in [g.name for g in find_groups(mixed)]
    assert find_groups("Troops of the Syrian Armed Forces shelled the town.") == []
