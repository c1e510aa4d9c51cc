"""Actor recall, session 9 (R4): named suspects arrested, charged or identified, and a part of a
group ("the X faction of Y") naming the group too. Rule text: summarizer/evidence/__init__.py,
'Actors, session 9'.

Every sentence here is invented for the test (none is copied from an evaluation set)."""

from __future__ import annotations

import pytest

from summarizer.evidence import find_agents


def _agents(text: str) -> list[str]:
    return [a.name for a in find_agents(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrested, named with an age, then a relative clause telling the deed
        (
            "A lorry ploughed into a crowd in Ghent, killing five people. Police arrested Milan V., 27, "
            "who drove the lorry.",
            "Milan V",
        ),
        ("Three guards died at the depot. Officers detained Pavel Orlik, who opened fire on them.", "Pavel Orlik"),
        # a name, appositions, then arrested and charged
        (
            "Two traders were killed by a grenade. Farid Ansari Lone, a shopkeeper from the town, was arrested "
            "on Sunday and charged with murder.",
            "Farid Ansari Lone",
        ),
        # a name with age and home town, then charged: the name, not the town
        ("A cyclist was stabbed in Hull. Dean Morrow, 31, of Bransholme, was charged with murder.", "Dean Morrow"),
        # the suspect's name in apposition
        (
            "A teacher was shot dead in Arles. Police detained a suspect, Lucas Ferrand, late on Monday.",
            "Lucas Ferrand",
        ),
        ("A bomb hit the ferry. The suspect, Omar Saleh, was held at the port after the blast.", "Omar Saleh"),
        # a faction of a group names the group, and the faction too
        (
            "A blast killed nine worshippers. Officials blamed the Karim faction of Jund al-Noor for the blast.",
            "Jund al-Noor",
        ),
        (
            "A blast killed nine worshippers. Officials blamed the Karim faction of Jund al-Noor for the blast.",
            "the Karim faction of Jund al-Noor",
        ),
    ],
)
def test_named_suspects_and_factions(text: str, expected: str) -> None:
    assert expected in _agents(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a victim who was identified is no suspect
        ("A gunman killed three people at a bus stop. The victim, identified as Rosa Lenz, was a nurse.", "Rosa Lenz"),
        # a witness detained for questioning, no deed charged
        (
            "A gunman killed three people at a bus stop. A witness, Ivo Brandt, 40, was detained for questioning.",
            "Ivo Brandt",
        ),
        # a politician who condemned the attack
        ("A gunman killed three people. Senator Mark Ellis, a former mayor, condemned the attack.", "Mark Ellis"),
        # arrested, but the relative clause tells no deed
        ("A bomb hit the market. Police arrested Tomas Rek, 30, who lives near the market.", "Tomas Rek"),
        # the home town of a charged man is no agent
        ("A cyclist was stabbed in Hull. Dean Morrow, 31, of Bransholme, was charged with murder.", "Bransholme"),
        # upper-case wire text: capitals make no name
        ("POLICE ARRESTED JUAN PEREZ, 31, WHO LIVES IN THE TOWN.", "JUAN PEREZ"),
    ],
)
def test_not_suspects(text: str, absent: str) -> None:
    assert absent not in _agents(text)
