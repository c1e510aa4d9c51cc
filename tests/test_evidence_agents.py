"""Perpetrators named by the text's grammar, never means, times or people in the news."""

from __future__ import annotations

import pytest
from helpers import assert_spans

from summarizer.evidence import agent_kind, find_agents

CASES: list[tuple[str, list[str]]] = [
    ("THE JUDGE AND TWO BODYGUARDS WERE ASSASSINATED IN MEDELLIN TODAY BY A GROUP OF 10 PAID ASSASSINS IN TWO CARS.",
     ["10 PAID ASSASSINS"]),
    ("Six priests were murdered at dawn by men wearing military uniforms.", ["men"]),
    ("GUERRERO WAS SHOT TO DEATH BY TERRORISTS AT THE INTERSECTION.", ["TERRORISTS"]),
    ("The ELN has claimed responsibility for the bombing.", ["The ELN"]),
    ("Police attributed the attack to the so-called Extraditables.", ["Extraditables"]),
    ("Officials blamed the massacre on security forces or death squads.", ["security forces or death squads"]),
    ("He was abducted and killed by unidentified individuals in Guatemala City.", ["unidentified individuals"]),
    # not agents: means, times, people in the news, reporters
    ("Three people were killed by a car bomb in the market.", []),
    ("He was killed by the impact of three bullets fired at him.", []),
    ("The bomb was set off by remote control.", []),
    ("The soldiers were wounded by Friday, officials said.", []),
    ("The attack was condemned by the president.", []),
    ("No one has claimed responsibility.", []),
    ("He said no group had yet claimed responsibility for the attack.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_agents(text: str, expected: list[str]) -> None:
    assert_spans(text, find_agents(text), expected)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("10 PAID ASSASSINS", "armed_group"),
        ("the FMLN urban guerrillas", "armed_group"),
        ("security forces", "state_forces"),
        ("National Liberation Army", "armed_group"),
        ("the neighbours", "other"),
    ],
)
def test_agent_kind(name: str, kind: str) -> None:
    assert agent_kind(name) == kind


SUBJECTS: list[tuple[str, list[str]]] = [
    ("Early on 9 June 2021, Taliban gunmen and suicide bombers attacked Fort Haldane.",
     ["Taliban gunmen", "suicide bombers"]),
    ("On December 21, 2015 in Bagram, a suicide bomber blew himself up, killing six service members.",
     ["suicide bomber"]),
    ("UNIDENTIFIED GUNMEN KILLED THE MAYOR OF THE TOWN.", ["UNIDENTIFIED GUNMEN"]),
    ("Two insurgents were killed after militants attacked a checkpoint.", ["militants"]),
    ("Later two armed insurgents fired on the patrol.", ["armed insurgents"]),
    # victims, not agents
    ("Insurgents killed in the strike were buried.", []),
    ("The soldiers killed two insurgents.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subject_agents(text: str, expected: list[str]) -> None:
    assert_spans(text, [a for a in find_agents(text) if a.pattern == "subject"], expected)
