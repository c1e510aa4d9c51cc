"""Actor recall (issue 18): perpetrators and sides the text names, typed by their own words.

Every sentence here is invented for the test (none is copied from the dev set)."""

from __future__ import annotations

import pytest

from summarizer.evidence import agent_kind, find_agents, find_groups
from summarizer.evidence.agents import count_subjects, find_sides
from summarizer.testing import code_only


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
        ("THE PERUVIAN ARMY SHELLED THE HILLS.", [("PERUVIAN ARMY", "national")]),
        # a force that only speaks is a source, not a side
        ("THE PERUVIAN ARMY DENIED THE REPORT, AN ARMY SPOKESMAN SAID.", []),
        ("According to the army, five died.", []),
        ("The statement blamed the armed forces.", [("armed forces", "national")]),
        ("An Italian journalist and a Cuban doctor arrived.", []),
    ],
)
def test_known_and_national_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(g.name, g.pattern) for g in [*find_groups(text), *find_sides(text)]] == expected


def test_descriptions_are_sides_not_names() -> None:
    text = "THE URBAN GUERRILLAS ATTACKED THE BARRACKS. THE HONDURAN ARMY FIRED BACK."
    assert find_groups(text) == []
    assert [(g.name, g.pattern) for g in find_sides(text)] == [
        ("URBAN GUERRILLAS", "fighters"),
        ("HONDURAN ARMY", "national"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # suspects: accused, arrested or held over a deed
        ("POLICE DETAINED PEDRO SALAS, WHO IS ACCUSED OF THE KIDNAPPING OF THE BANKER.", [("PEDRO SALAS", "suspect")]),
        ("Troops arrested three farmers in connection with the ambush.", [("three farmers", "suspect")]),
        ("The main suspect was caught at the border.", [("main suspect", "suspect")]),
        ("Police suspect the dock gang of killing the guard.", [("the dock gang", "attributed")]),
        # a deed that "was the work of" someone
        ("INVESTIGATORS SAID THE BOMBING WAS THE WORK OF THE MRTA.", [("MRTA", "responsible")]),
        # units and members of a group, and known groups, as subjects
        ("A GUERRILLA COLUMN RAIDED THE MINE.", [("GUERRILLA COLUMN", "subject")]),
        ("ALLEGED MEMBERS OF THE BLUE HAND BURNED THE BUS.", [("ALLEGED MEMBERS OF THE BLUE HAND", "subject")]),
        ("Members of the public attacked the van.", []),
        ("THE FARC IS SAID TO HAVE KIDNAPPED THE ENGINEERS.", [("FARC", "subject")]),
        # attackers named in the singular
        ("The shooter fled in a grey car.", [("shooter", "killer")]),
        # a person named as the subject of a violent act, in mixed case only
        ("Witnesses said Dario Venn opened fire on the queue.", [("Dario Venn", "person")]),
        ("Lia Moret, 31, stabbed two guards.", [("Lia Moret", "person")]),
        ("Karim Said killed on Monday was buried.", []),
        ("DARIO VENN OPENED FIRE ON THE QUEUE.", []),
    ],
)
def test_suspects_units_and_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.pattern) for a in find_agents(text)] == expected


def _code_only(text: str) -> list[tuple[str, str, str]]:

    summary = code_only(text, published=None)
    return [(p.name, p.kind, p.role) for p in summary.parties]


def test_two_sides_named_together_are_two_parties() -> None:
    text = (
        "Villagers blamed the massacre on border guards or river pirates. "
        "Residents blamed the killings on the Karan regime and local militiamen."
    )
    parties = _code_only(text)
    assert ("border guards", "state_forces", "possible attacker") in parties
    assert ("river pirates", "other", "possible attacker") in parties
    assert ("the Karan regime", "government", "attacker") in parties
    assert ("local militiamen", "armed_group", "attacker") in parties


def test_a_name_with_and_stays_whole() -> None:
    text = "The attack was carried out by the Justice and Equality Movement."
    assert [p[0] for p in _code_only(text)] == ["the Justice and Equality Movement"]


def test_a_suspect_is_no_attacker() -> None:
    text = "Police arrested Tomas Brun in connection with the bombing that killed four people."
    parties = _code_only(text)
    assert ("Tomas Brun", "other", "suspect") in parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials identified the bomber as Rami Osten, 27.", [("Rami Osten", "identified")]),
        ("The gunman was identified as Ivo Brandt of Leeds.", [("gunman", "killer"), ("Ivo Brandt", "identified")]),
        ("The victim was identified as Ana Ruiz.", []),
    ],
)
def test_attacker_identified_by_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.pattern) for a in find_agents(text)] == expected


def test_a_translators_gloss_after_an_acronym_is_an_alias() -> None:
    from summarizer.evidence.names import aliases

    text = (
        "THE UDN [NATIONAL DEMOCRATIC UNION] OFFICE WAS BOMBED. THE UDN [WORDS INDISTINCT] CONDEMNED IT. "
        "THE PRT [PASSAGE OMITTED] SAID."
    )
    assert aliases(text, "UDN") == ["NATIONAL DEMOCRATIC UNION"]
    assert aliases(text, "PRT") == []


def test_common_nouns_for_one_side_are_one_party() -> None:
    text = (
        "Troops fired on the crowd. The army said insurgents had attacked a checkpoint. "
        "Later armed insurgents ambushed a convoy. The military denied it."
    )
    parties = {p[0]: p for p in _code_only(text)}
    state = [p for p in parties.values() if p[1] == "state_forces"]
    fighters = [p for p in parties.values() if p[1] == "armed_group"]
    assert len(state) == 1 and state[0][2] == "attacker"
    assert len(fighters) == 1 and fighters[0][2] == "attacker"


def test_two_national_armies_stay_two_parties() -> None:
    text = "THE CLASH WITH THE HONDURAN ARMY ENDED. THE SALVADORAN ARMY WITHDREW."
    assert [p[0] for p in _code_only(text)] == ["HONDURAN ARMY", "SALVADORAN ARMY"]


def test_the_army_alone_is_a_side() -> None:
    assert [p[:2] for p in _code_only("The statement blamed nobody. The army sealed the valley.")] == [
        ("army", "state_forces")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE ACCUSED IN THE KILLING OF THE MONKS ARE COLONEL TEO ARIAS, LIEUTENANT PAU MENA"
            " AND SERGEANT LUIS ORTA.",
            ["COLONEL TEO ARIAS", "LIEUTENANT PAU MENA", "SERGEANT LUIS ORTA"],
        ),
        ("Prosecutors charged Captain Leo Varga over the killing of two farmers.", ["Captain Leo Varga"]),
        # a victim with a rank is no suspect
        ("THE FRONT IS RESPONSIBLE FOR THE MURDER OF COLONEL JUAN DIAZ.", ["FRONT"]),
        ("Major Tom Hill was killed in the ambush, and rebels were accused.", []),
        # no accusation: a rank is only a rank
        ("Colonel Ana Ruiz visited the killing fields.", []),
    ],
)
def test_officers_named_in_an_accusation_are_suspects(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_agents(text) if a.pattern in ("suspect", "responsible")] == expected


def test_an_officer_is_state_forces() -> None:
    assert agent_kind("COLONEL TEO ARIAS") == "state_forces"
    assert agent_kind("Attorney General Ivo Lenz") == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE PRISONER, ROBERTO SANZ, CONFESSED TO THE MURDER OF THE MAYOR.", [("ROBERTO SANZ", "confessed")]),
        ("Ivo Brandt admitted having planted the bomb.", [("Ivo Brandt", "confessed")]),
        ("He admitted that he had lied.", []),
    ],
)
def test_a_confession_names_the_perpetrator(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.name, a.pattern) for a in find_agents(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Black Tigers claimed the blast.", "Black Tigers", "armed_group"),
        (
            "THE POLICE SAID THAT THE BOMB FOUND IN THE MARKET WAS PLANTED BY THE RED DAWN FACTION.",
            "RED DAWN FACTION",
            "armed_group",
        ),
    ],
)
def test_more_organisation_heads(text: str, name: str, kind: str) -> None:
    assert name in [g.name for g in find_groups(text)]
    assert agent_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack was carried out by a group calling itself the Free Sons of the Valley.",
            "Free Sons of the Valley",
        ),
        ("POLICE SAID A COMMUNIQUE SIGNED BY THE RED DAWN COMMAND CLAIMED THE BOMBING.", "RED DAWN COMMAND"),
        ('An organization known as "Black Hand" sent the letters.', "Black Hand"),
    ],
)
def test_a_group_named_as_the_text_introduces_it(text: str, expected: str) -> None:
    assert (expected, "called") in [(g.name, g.pattern) for g in find_groups(text)]


def test_a_message_sent_by_an_official_names_no_group() -> None:
    assert [g for g in find_groups("A message sent by President Ivo Lenz was read out.") if g.pattern == "called"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TWO MEN ON A MOTORCYCLE SHOT THE NOTARY.", ["MEN"]),
        ("Three men killed in the blast were buried.", []),
        ("The men attacked the guards.", ["men"]),
    ],
)
def test_men_as_the_subject_of_a_violent_act(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_agents(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A GROUP OF HEAVILY ARMED MEN ENTERED THE VILLAGE AT DAWN.", ["HEAVILY ARMED MEN"]),
        ("Masked men set up a roadblock.", ["Masked men"]),
        ("The bodies of two masked men were found.", []),
    ],
)
def test_men_described_as_armed(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_agents(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police named suspected gunman Ivo Brandt on Monday.", ("Ivo Brandt", "other", "suspect")),
        ("Sara Kim, 24, the lone attacker, died at the scene.", ("Sara Kim", "other", "attacker")),
    ],
)
def test_a_person_titled_as_the_attacker(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _code_only(text)


def test_a_victim_named_in_apposition_is_no_party() -> None:
    assert _code_only("The victim, Ana Ruiz, was buried on Sunday.") == []


def test_an_officer_named_as_the_deeds_object_is_no_suspect() -> None:
    text = "THE FRONT CLAIMED RESPONSIBILITY FOR THE MURDER OF PROVINCIAL POLICE COMMANDER COLONEL WALTER FRANCO."
    assert [a.name for a in find_agents(text) if a.pattern == "suspect"] == []


def test_a_common_noun_is_no_organisation_head() -> None:
    text = "THE GUERRILLAS SAID THE TROOPS DID NOT OFFER RESISTANCE AND FLED TOWARD THE BORDER."
    assert "OFFER RESISTANCE" not in [g.name for g in find_groups(text)]


def test_an_office_is_no_rank() -> None:
    text = "Attorney General Rafael Onda said two people involved in the attack were arrested."
    assert [a.name for a in find_agents(text) if a.pattern == "suspect"] == []


def test_two_officers_are_two_parties() -> None:
    text = "THE ACCUSED IN THE KILLINGS ARE GENERAL TEO ARIAS AND GENERAL LUIS PINO."
    assert [p[0] for p in _code_only(text)] == ["GENERAL TEO ARIAS", "GENERAL LUIS PINO"]


def test_drug_traffickers_and_death_squads_are_sides() -> None:
    text = "THE GOVERNMENT SAID THAT DRUG TRAFFICKERS AND DEATH SQUADS HAD GROWN STRONGER IN THE NORTH."
    assert [(g.name, g.pattern) for g in find_sides(text)] == [
        ("DRUG TRAFFICKERS", "fighters"),
        ("DEATH SQUADS", "fighters"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("POLICE SAID PARAMILITARY GROUPS OPERATE IN THE VALLEY.", [("PARAMILITARY GROUPS", "fighters")]),
        ("A guerrilla column was seen near the dam.", [("guerrilla column", "fighters")]),
    ],
)
def test_groups_by_their_kind_are_sides(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(g.name, g.pattern) for g in find_sides(text)] == expected


def test_criminals_are_the_perpetrating_side() -> None:
    assert [a.name for a in find_agents("ONE OF THE CRIMINALS WAS WOUNDED BY THE GUARDS.")] == [
        "CRIMINALS",
        "THE GUARDS",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE FRONT'S ATTACK ON THE GARRISON LEFT FIVE DEAD.", ["FRONT"]),
        ("The rebels' offensive began in May.", ["rebels"]),
        # a deed done to the possessor names the victim
        ("The mayor's assassination shocked the town.", []),
        ("The Red Hand took credit for the bombing.", ["The Red Hand"]),
        ("GUERRILLAS INTERCEPTED A BUS NEAR THE BRIDGE.", ["GUERRILLAS"]),
    ],
)
def test_possessors_claims_and_more_verbs(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_agents(text)] == expected


def test_people_named_by_trade_as_suspects_are_not_typed_civilians() -> None:
    parties = _code_only("Police arrested three students in connection with the bombing of the depot.")
    assert parties == [("three students", "other", "suspect")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [("YPG", "armed_group"), ("Taliban forces", "armed_group"), ("anti-Taliban forces", "state_forces")],
)
def test_a_known_group_types_its_own_forces(name: str, kind: str) -> None:
    assert agent_kind(name) == kind


def test_modern_groups_known_by_acronym() -> None:
    text = "Residents said ISWAP and JNIM fighters had left the area before the RSF arrived."
    assert [g.name for g in find_groups(text)] == ["ISWAP", "JNIM", "RSF"]


def test_a_network_with_no_armed_word_is_no_party() -> None:
    text = "THE CALLER PHONED THE ESTRELLA NETWORK IN THE CAPITAL. GUERRILLAS LATER ATTACKED THE GARRISON."
    assert [p[0] for p in _code_only(text)] == ["GUERRILLAS"]
