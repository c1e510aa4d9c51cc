"""Actor recall (issue 18): perpetrators and sides the text names, typed by their own words.

Every sentence here is invented for the test (none is copied from the dev set)."""

from __future__ import annotations

import pytest

from summarizer.evidence import agent_kind, find_agents, find_groups
from summarizer.evidence.agents import count_subjects


def _agents(text: str) -> list[str]:
    return [a.name for a in find_agents(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision named with its maker
        (
            "THE DECISION TO CARRY OUT AN OPERATION TO KILL THE UNION LEADERS OF THE PROVINCE WAS MADE BY "
            "THE JOINT STAFF OF THE NAVY.",
            ["JOINT STAFF OF THE NAVY"],
        ),
        ("He resigned over decisions made by the regional command to bomb the villages.", ["regional command"]),
        # the blame placed on someone, a cue word other than "blame"
        ("Critics placed the responsibility for the massacre on rogue police officers.", ["rogue police officers"]),
        # a relative clause between the subject and its verb
        (
            "MAJOR LUIS ORTEGA, WHO COMMANDED THE DISTRICT, WAS DIRECTLY INVOLVED IN THE KILLINGS.",
            ["MAJOR LUIS ORTEGA"],
        ),
        # more violent verbs with an attacker noun as their subject
        ("A GROUP OF URBAN GUERRILLAS DYNAMITED A BRIDGE NEAR THE PORT.", ["URBAN GUERRILLAS"]),
        ("FOUR SUBVERSIVES PLANTED A BOMB IN THE BANK.", ["SUBVERSIVES"]),
        ("UNIDENTIFIED PERSONS HURLED A GRENADE AT THE CONSULATE.", ["UNIDENTIFIED PERSONS"]),
        ("Several men armed with pistols killed the judge.", ["men armed with pistols"]),
        ("The rebels claimed to have killed three soldiers.", ["rebels"]),
        # a passive "by" phrase after more violent verbs
        ("THE POWER PLANT WAS DYNAMITED BY MEMBERS OF THE PEOPLE'S ARMY.", ["MEMBERS OF THE PEOPLE'S ARMY"]),
        # a deed claimed
        ("The Red Hand claimed the bombing of the bus depot.", ["Red Hand"]),
        # not agents: means, blame words, victims
        ("The depot was destroyed by fire.", []),
        ("Villagers placed the blame on the army.", ["the army"]),
    ],
)
def test_more_perpetrator_patterns(text: str, expected: list[str]) -> None:
    assert _agents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the subject and its verb; a participle opening the clause is no name
        ("An inquiry closed the case, concluding the navy mistakenly killed four fishermen.", ["navy"]),
        # the count after an earlier verb is that verb's object, not the next verb's subject
        ("The shelling killed two farmers and wounded three others.", []),
        # a gerund before a noun is part of the name
        ("A smuggling gang killed 3 customs officers.", ["smuggling gang"]),
    ],
)
def test_count_subjects(text: str, expected: list[str]) -> None:
    assert [a.name for a in count_subjects(text)] == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Bolivian government", "government"),
        ("the Karan regime", "government"),
        ("the LIBERAL PARTY", "political_group"),
        ("Peoples Alliance", "political_group"),
        ("three civilians", "civilians"),
        ("the villagers", "civilians"),
        ("the IRA's Derry brigade", "armed_group"),
        ("the army's 3rd brigade", "state_forces"),
        ("the Mountain Regiment", "state_forces"),
        ("the Peruvian and Chilean armies", "state_forces"),
        ("PARAMILITARY ORGANIZATION", "armed_group"),
        ("drug-trafficking bands", "armed_group"),
        ("government forces", "state_forces"),
        ("government-loyal gunmen", "armed_group"),
        ("the neighbours", "other"),
    ],
)
def test_kinds(name: str, kind: str) -> None:
    assert agent_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed groups known by a bare name, in capitals or not
        ("THE FMLN SAID IT WOULD CONTINUE THE OFFENSIVE.", [("FMLN", "known")]),
        ("Residents said Shining Path had left leaflets.", [("Shining Path", "known")]),
        # acronyms only in capitals; "IS" and "ETA" are words
        ("This is the eta of the bus.", []),
        # a state's forces named by nationality, and "the armed forces"
        ("THE PERUVIAN ARMY DENIED THE REPORT.", [("PERUVIAN ARMY", "national")]),
        ("The statement blamed the armed forces.", [("armed forces", "national")]),
        ("An Italian journalist and a Cuban doctor arrived.", []),
    ],
)
def test_known_and_national_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(g.name, g.pattern) for g in find_groups(text)] == expected
