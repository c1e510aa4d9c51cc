"""Perpetrators named by the text's grammar, never means, times or people in the news."""

from __future__ import annotations

import pytest
from helpers import assert_spans

from summarizer.evidence import agent_kind, find_agents, find_groups

CASES: list[tuple[str, list[str]]] = [
    ("THE JUDGE AND TWO BODYGUARDS WERE ASSASSINATED IN MEDELLIN TODAY BY A GROUP OF 10 PAID ASSASSINS IN TWO CARS.",
     ["10 PAID ASSASSINS"]),
    ("Six priests were murdered at dawn by men wearing military uniforms.", ["men wearing military uniforms"]),
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
    ("FIVE HEAVILY ARMED MEN KILLED THE MAYOR.", ["HEAVILY ARMED MEN"]),
    # state forces doing the violence are a side like any attacker; the victims are not agents
    ("The soldiers killed two insurgents.", ["soldiers"]),
    ("Border police who shot the smugglers were suspended.", ["Border police"]),
    # victims, not agents
    ("Insurgents killed in the strike were buried.", []),
    ("Three soldiers killed on Tuesday in an ambush were buried.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subject_agents(text: str, expected: list[str]) -> None:
    assert_spans(text, [a for a in find_agents(text) if a.pattern == "subject"], expected)


# Agents the grammar names in other ways than "by": ordering or doing a deed, responsibility,
# involvement, authorship, orders, blame, the killer's identity, nouns that name killers.
MORE_AGENTS: list[tuple[str, list[tuple[str, str]]]] = [
    ("OFFICIALS SAID THAT RIVAL GANG LEADER TOMAS RUIZ ORDERED THE ASSASSINATION OF THE JUDGE.",
     [("RIVAL GANG LEADER TOMAS RUIZ", "deed")]),
    ("Police said the militia planned and carried out the bombing of the market.", [("militia", "deed")]),
    ("SINCE THEN, ARMED SMUGGLERS BEGAN A SERIES OF ATTACKS ON BANKS.", [("ARMED SMUGGLERS", "deed")]),
    ("INVESTIGATORS ASK WHETHER THE SMUGGLING RINGS WERE RESPONSIBLE FOR HIS MURDER.",
     [("SMUGGLING RINGS", "responsible")]),
    ("It is a policy for which the high command and the minister are directly responsible.",
     [("high command and the minister", "responsible")]),
    ("He said the rival clans could be implicated in the crime.", [("rival clans", "responsible")]),
    ("THE PROBLEM OF THE NORTHERN GOVERNMENT'S RESPONSIBILITY FOR THE DEATH OF THE ENVOY REMAINS.",
     [("NORTHERN GOVERNMENT", "responsible")]),
    ("The authors of the massacre are landowners who want the land, he said.", [("landowners", "responsible")]),
    ("Lieutenant Gomez, who was the direct perpetrator of these killings, fled.",
     [("Lieutenant Gomez", "responsible")]),
    ("MAJOR LUIS SOTO, WHO WAS THE ONE WHO SIGNED THE ORDER TO KILL THE MONKS, WAS FREED.",
     [("MAJOR LUIS SOTO", "deed")]),
    ("THE DECISION TO KILL THE UNION LEADERS WAS MADE BY THE STAFF OF THE NAVY.", [("STAFF OF THE NAVY", "decided")]),
    ("The youths killed two men on the orders of the local boss, witnesses said.", [("local boss", "orders")]),
    ("He blamed the northern gangs for the attack.", [("the northern gangs", "attributed")]),
    ("Nobody knows who carried out the shootings; villagers have blamed the river militia.",
     [("the river militia", "attributed")]),
    ("Rebels placed the blame for the massacre on the presidential guard.", [("the presidential guard", "attributed")]),
    ("The farmers hired a gang of paid assassins to kill the judge.", [("paid assassins", "killer")]),
    ("The bomber was identified as a 22-year-old student from the capital.",
     [("22-year-old student", "identity")]),
    ("ACTS OF REPRESSION UNLEASHED BY THE ARMY WILL NOT GO UNPUNISHED.", [("THE ARMY", "by")]),
    ("THE ARMY ACCUSED THE REBEL COMMANDOS OF THE MASSACRE OF 12 PEASANTS.", [("THE REBEL COMMANDOS", "attributed")]),
    ("Police suspect the river gang of killing the judge.", [("the river gang", "attributed")]),
    ("Officials said a local cell was behind the bombing.", [("local cell", "responsible")]),
    ("Shelling by government forces hit the town.", [("government forces", "noun-by")]),
    ("The attack by masked gunmen lasted an hour.", [("masked gunmen", "noun-by")]),
    ("He said he believed security forces killed his son.", [("security forces", "subject")]),
    # none: a deed without a doer, responsibility denied or not tied to a deed, a non-violent
    # "carried out by", an outcome that merely "led to" deaths
    ("The storm led to the deaths of five people.", []),
    ("THE MINISTER DID NOT BELIEVE THE COLONEL WAS RESPONSIBLE.", []),
    ("The verification must be carried out by the commission.", []),
    ("He said those responsible are involved in the assassination attempt.", []),
    ("The attack failed the killing.", []),
    ("He was charged with murder.", []),
    ("The attack was condemned by the council.", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_AGENTS)
def test_more_agents(text: str, expected: list[tuple[str, str]]) -> None:
    got = find_agents(text)
    assert [(a.name, a.pattern) for a in got] == expected
    assert all(text[a.start : a.end] == a.name for a in got)


SIDES: list[tuple[str, list[str]]] = [
    ("AN ARMED CLASH BETWEEN THE NORTHERN AND SOUTHERN ARMIES TOOK PLACE.", ["SOUTHERN ARMIES"]),
    ("A man was killed in a battle between troops and gunmen in the old town.", ["troops", "gunmen"]),
    ("Protesters clashed with police on Friday.", ["police"]),
    ("A CLASH WITH OUR UNITS FOLLOWED.", ["UNITS"]),
    ("The talks between the two delegations ended.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_of_a_fight(text: str, expected: list[str]) -> None:
    assert [g.name for g in find_groups(text) if g.pattern == "side"] == expected


def test_a_rank_word_between_a_group_and_its_member_word() -> None:
    text = "The patrol was looking for a Haqqani senior commander near the border."
    assert [g.name for g in find_groups(text) if g.pattern == "member"] == ["Haqqani"]


# invented sentences (session 8, H7): a passive agent across long adjuncts, who the perpetrators
# were said with a copula, a strike as a deed, a participle's clause cut from the name
MORE_CASES: list[tuple[str, list[str]]] = [
    ("TWO TEACHERS WERE KIDNAPPED LAST THURSDAY NIGHT IN THE VILLAGE OF EL ROSARIO, CHALATENANGO, "
     "BY MEMBERS OF THE PEOPLE'S REVOLUTIONARY ARMY.", ["MEMBERS OF THE PEOPLE'S REVOLUTIONARY ARMY"]),
    ("The clinic's director was shot several times outside his home on Sunday evening by two masked men.",
     ["two masked men"]),
    # a second participle owns the "by"; a clause word ends the adjunct
    ("Four farmers were killed in a district long held by the rebels, officials said.", []),
    ("Nine villagers were killed last week, as reported by the regional newspaper.", []),
    ("Three guards were wounded in the blast, which was condemned by the mayor.", []),
    ("NEIGHBORS SAID THOSE WHO TOOK THE PRIEST AWAY WERE SOLDIERS IN UNIFORM.", ["SOLDIERS"]),
    ("Police said the killers were members of the Red Dawn Front, a small urban cell.",
     ["killers", "members of the Red Dawn Front"]),
    ("Those who opened fire on the bus were apparently paramilitaries.", ["paramilitaries"]),
    ("The attackers were killed in the shootout.", ["attackers"]),
    ("Those who fired the shots were never found.", []),
    ("The kidnappers were demanding a ransom of $2 million.", ["kidnappers"]),
    ("Witnesses said the strike was carried out by helicopters of the air force.",
     ["helicopters of the air force"]),
    ("The general strike was carried out by the transport unions.", []),
    ("THE MAYOR WAS SHOT BY TWO HIRED ASSASSINS RIDING A MOTORCYCLE.", ["TWO HIRED ASSASSINS"]),
    ("The Shining Path claimed responsibility for the bombing.", ["The Shining Path"]),
    ("THE SHOPKEEPER WAS MURDERED BY MEMBERS OF THE RED DAWN FRONT.", ["MEMBERS OF THE RED DAWN FRONT"]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES)
def test_find_agents_more(text: str, expected: list[str]) -> None:
    assert_spans(text, find_agents(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE ATTACK, CLAIMED BY THE POPULAR REVOLUTIONARY VANGUARD, DESTROYED THE BUILDING.",
         ["THE POPULAR REVOLUTIONARY VANGUARD"]),
        ("RESPONSIBILITY FOR THE ATTACK WAS CLAIMED BY THE LAUTARO COMMAND.", ["THE LAUTARO COMMAND"]),
        ("The bombing was later claimed by the Northern Brigades in a statement.", ["the Northern Brigades"]),
        # a count one side claims, a war's toll: no claimant of a deed
        ("The 40 deaths claimed by the army could not be verified.", []),
        ("The lives claimed by the war number thousands.", []),
    ],
)
def test_a_claimed_deed_names_its_claimant(text: str, expected: list[str]) -> None:
    assert_spans(text, find_agents(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A MILITARY PATROL MACHINEGUNNED THE BUS, KILLING SEVEN PASSENGERS.", ["MILITARY PATROL"]),
        ("A POLICE PATROL WAS AMBUSHED BY GUERRILLAS.", ["GUERRILLAS"]),
        ("THE PATROL, WHICH WAS ON ITS WAY TO THE BASE, HIT A MINE.", []),
        ("THE SOLDIERS, WHO WERE DRUNK, FIRED ON THE CROWD.", ["SOLDIERS"]),
        ("SEVERAL INDIVIDUALS ARMED WITH MACHINEGUNS BURST INTO THE HOUSE.", ["INDIVIDUALS ARMED WITH MACHINEGUNS"]),
        ("A man wielding a machete attacked worshippers at the temple.", ["man wielding a machete"]),
    ],
)
def test_patrols_inserted_relatives_and_weapons(text: str, expected: list[str]) -> None:
    assert_spans(text, find_agents(text), expected)
