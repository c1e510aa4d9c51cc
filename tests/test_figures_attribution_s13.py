"""Figure recall and attribution, session 13: people who fled named in a relative clause, who crossed
into a country, who left a camp; "the number of civilian dead"; a vague count's people after "of"; a
person "among the wounded" in a grave state; people believed trapped; a count given by reference to
the sentence before ("that number had risen to 23", "14 of them were women"); and sayers: an event
or a time phrase is never one, a definite "the charity", a further statement, a pronoun that warned
or announced, people of a named body. Invented sentences, with negative cases (rules written in
``summarizer/evidence/__init__.py``, Figure recall and Attribution, session 13).
"""

from __future__ import annotations

from summarizer.evidence import find_attribution
from summarizer.testing import code_only, statuses
from summarizer.testing import figure_readings as _read


def _by(article: str) -> list[tuple[str, str, str | None]]:
    return [(c.outcome, c.phrase, c.reported_by) for c in code_only(article).casualties]


def test_people_who_fled_in_a_relative_clause() -> None:
    assert _read("The school, which shelters about 3,000 people who fled the floods, was hit.", "displaced") == [
        ("about 3,000", 2700, 3000, 3300)
    ]
    assert _read("The region shelters over 800,000 people who had fled earlier fighting.", "displaced") == [
        ("over 800,000", 800001, None, None)
    ]
    # no fleeing word, a killing that counts them, people who came back, or no people: none displaced
    assert _read("The school shelters about 3,000 people.", "displaced") == []
    assert _read("Twelve villagers who fled the raid were killed on the road.", "displaced") == []
    assert _read("About 400 families who had fled the town have returned.", "displaced") == []
    assert _read("Three gunmen who fled were later arrested.", "displaced") == []


def test_people_who_crossed_into_a_country() -> None:
    assert _read("About 7,000 people had crossed into Chad by Friday, the agency said.", "displaced") == [
        ("About 7,000", 6300, 7000, 7700)
    ]
    assert _read("More than 900 refugees crossed the border into Kenya overnight.", "displaced") == [
        ("More than 900", 901, None, None)
    ]
    # distances, troops, vehicles, and a crossing for a festival or for trade are no displacement
    assert _read("The convoy crossed 4,000 km into the desert.", "displaced") == []
    assert _read("Some 600 soldiers crossed into the province on Monday.", "displaced") == []
    assert _read("Twenty trucks had crossed into Uganda.", "displaced") == []
    assert _read("In 2019, 300 people crossed into the park for a festival.", "displaced") == []


def test_people_who_left_a_camp() -> None:
    assert _read("Some 1,800 people have left the camps for the town since the raid.", "displaced") == [
        ("Some 1,800", 1620, 1800, 1980)
    ]
    assert _read("Nine trucks have left the camps.", "displaced") == []


def test_the_number_of_civilian_dead() -> None:
    assert _read("The rebels put the number of civilian dead at 27 in a statement.", "killed") == [("27", 27, 27, 27)]
    assert _read("The number of civilian dead had risen to 40.", "killed") == [("40", 40, 40, 40)]
    # a year inside the toll's scope is no count
    assert _read("The number of civilian dead in 2019 was not known.", "killed") == []


def test_a_vague_count_of_people_captured() -> None:
    assert _read("The spokesman said the rebels had captured dozens of enemy soldiers.", "detained") == [
        ("dozens", 24, None, None)
    ]
    # arms and places are captured too
    assert _read("The rebels captured dozens of rifles.", "detained") == []
    assert _read("The rebels captured dozens of villages.", "detained") == []


def test_operatives_eliminated() -> None:
    assert _read("The army said it had eliminated four militia operatives in the raid.", "killed") == [
        ("four", 4, 4, 4)
    ]
    assert _read("The army said it had eliminated four targets in the raid.", "killed") == []


def test_one_among_the_wounded_in_a_grave_state() -> None:
    assert _read("A Kenyan nurse among the injured remains in critical condition.", "injured") == [("A", 1, 1, 1)]
    assert _read("A bridge among the injured remains in critical condition.", "injured") == []


def test_people_believed_trapped() -> None:
    assert _read("Divers were looking for up to 15 people believed trapped.", "missing") == [
        ("up to 15", None, None, 15)
    ]
    assert _read("Five miners are feared trapped underground.", "missing") == [("Five", 5, 5, 5)]
    # "believed trapped" is a belief: the figure is hedged (attrib_README status rule 2)
    text = "The Red Crescent said divers were looking for up to 15 people believed trapped."
    assert statuses(text) == {"missing:up to 15": "unverified"}
    assert statuses("The Red Crescent said 15 people were trapped under the rubble.") == {"missing:15": "reported"}
    # the found and the besieged are no missing
    assert _read("Rescuers pulled out 9 people believed trapped.", "missing") == []
    assert _read("About 250,000 people are trapped in the city.", "missing") == []


def test_a_count_by_reference_to_the_sentence_before() -> None:
    text = (
        "The district doctor, Dr Anna Lual, initially said 14 wounded people had reached the clinic. "
        "By Friday that number had risen to 22, including five children, she said."
    )
    found = _by(text)
    assert ("injured", "22", "Dr Anna Lual") in found
    assert ("injured", "five", "Dr Anna Lual") in found
    text = (
        "Volunteers from the Norland Red Crescent said they had buried 30 dead. "
        "A Red Crescent team leader said 11 of them were children."
    )
    assert ("killed", "11", "A Red Crescent team leader") in _by(text)
    # no figure before, two outcomes before, or no people noun: no count
    assert all(p != "22" for _, p, _ in _by("The mayor spoke on Monday. By Friday that number had risen to 22."))
    text = "Police said 12 people were killed and 30 wounded. By Friday that number had risen to 40."
    assert all(p != "40" for _, p, _ in _by(text))
    text = "Police said 30 people were detained. Two of them were later released."
    assert all(p.lower() != "two" for _, p, _ in _by(text))


def test_an_event_or_a_time_is_never_a_sayer() -> None:
    assert find_attribution(
        "A rocket attack on a bus station in Kamsa, a town 30 km north of Tolo, killed 12 people on Monday, "
        "the Free Hills Front said in a statement posted on its Telegram channel."
    ) == ("the Free Hills Front")
    assert find_attribution("Hours after the raid, the group's Voice TV had reported that 15 people were killed.") == (
        "the group's Voice TV"
    )
    assert find_attribution("Two days after the blast, police said nine people were held.") == "police"
    # a unit named for attacks is a sayer
    assert find_attribution("The attack unit commander said 12 fighters died.") == "The attack unit commander"


def test_a_definite_charity_is_the_ngo_named_before() -> None:
    text = (
        "The Norland Relief Foundation, which runs a clinic in the town, said its staff had treated 40 wounded people. "
        "Six of them died overnight, the aid charity said."
    )
    assert ("killed", "Six", "The Norland Relief Foundation") in _by(text)
    # no charity named before: the description stays as written
    text = "Police said 40 people were hurt. Six of them died, the aid charity said."
    assert ("killed", "Six", "the aid charity") in _by(text)


def test_a_further_statement_and_a_pronoun_that_warned() -> None:
    text = (
        "In a statement on its radio station, the Kivu Liberation Front said its fighters had killed 30 soldiers. "
        "A second statement said its fighters had killed four militiamen in a nearby village."
    )
    assert ("killed", "four", "the Kivu Liberation Front") in _by(text)
    text = (
        "Dr Samuel Okoro, the hospital director, said 20 wounded people had been admitted. "
        "He warned the toll could climb to 35."
    )
    assert ("killed", "could climb to 35", "Dr Samuel Okoro") in _by(text)
    # a document with no speaker before it names nobody
    text = "A second statement said four soldiers had been killed."
    assert _by(text) == [("killed", "four", None)]


def test_people_of_a_named_body_and_an_anonymous_role() -> None:
    assert find_attribution(
        "Volunteers from the Norland Red Crescent who buried the bodies said they had counted 30 dead."
    ) == ("the Norland Red Crescent")
    assert find_attribution(
        "A nurse at a clinic in Tolo, who spoke on condition that he not be named, said 12 wounded people "
        "were being treated at home."
    ) == ("A nurse at a clinic in Tolo")
    # people of no named body, and gunmen, are no sayers of the clause
    assert find_attribution("Gunmen from the Kivu Front who raided the village killed 12 people, police said.") == (
        "police"
    )


def test_an_acronym_description_is_its_own_body() -> None:
    text = (
        "State broadcaster Norland TV said 12 people were killed in the raid. "
        "More than 40,000 people have fled the region, according to the UN refugee agency."
    )
    found = {p: by for _, p, by in _by(text)}
    assert found["More than 40,000"] == "the UN refugee agency"


def test_more_displacement_shapes() -> None:
    assert _read("It said some 2,000 people had crossed from Malo into Kenya's Turkana region.", "displaced") == [
        ("some 2,000", 1800, 2000, 2200)
    ]
    assert _read("The agency said it had verified the displacement of 4,100 people.", "displaced") == [
        ("4,100", 4100, 4100, 4100)
    ]
    assert _read("Some 2.5 million have been driven from their homes, the agency said.", "displaced") == [
        ("Some 2.5 million", 2250000, 2500000, 2750000)
    ]
    # a convoy crossing, a year after "displacement": none
    assert _read("The convoy crossed from Malo into Kenya.", "displaced") == []
    assert _read("The displacement of 2019 was the worst.", "displaced") == []


def test_the_number_of_abducted_women() -> None:
    assert _read("The group also put the number of abducted women at 17.", "detained") == [("17", 17, 17, 17)]


def test_a_projection_by_reference_to_the_sentence_before() -> None:
    text = (
        "The regional office said more than 900 people had fled the fighting. "
        "An official of the office said the number could rise to 2,000 if the shelling went on."
    )
    assert ("displaced", "could rise to 2,000", "An official of the office") in _by(text)


def test_sayer_shapes_in_wire_copy() -> None:
    assert find_attribution('"The toll could rise to 30," Petrenko wrote on Telegram.') == "Petrenko"
    assert find_attribution("The governor wrote on Telegram that 12 people were killed.") == "The governor"
    assert find_attribution("He wrote a letter saying 12 died.") is None
    assert find_attribution(
        "A drone hit a bus near Tolo on Sunday, killing six people, state prosecutors said, hours before a mine "
        "killed two soldiers nearby."
    ) == ("state prosecutors")
    assert find_attribution("By mid-morning the State Fire Service said 14 bodies had been recovered.") == (
        "the State Fire Service"
    )
    text = (
        "The Tolo Defence Front said its men had repelled the attack. "
        "It accused the army of kidnapping up to 20 relatives of its fighters."
    )
    assert ("detained", "up to 20", "The Tolo Defence Front") in _by(text)


def test_one_person_in_a_list_or_among_the_dead() -> None:
    text = "The strikes killed five people, including two children and a paramedic, the ministry said."
    assert _read(text, "killed") == [("five", 5, 5, 5), ("two", 2, 2, 2), ("a", 1, 1, 1)]
    assert _read("The monitor said the dead included a local imam.", "killed") == [("a", 1, 1, 1)]
    assert _read("The wounded included a Kenyan nurse, police said.", "injured") == [("a", 1, 1, 1)]
    # a thing is no person
    assert _read("The dead included a bridge.", "killed") == []


def test_a_side_acknowledging_the_loss_of_its_own() -> None:
    assert _read("The group acknowledged the loss of four of its members.", "killed") == [("four", 4, 4, 4)]
    assert _read("The army confirmed the loss of 12 soldiers in the ambush.", "killed") == [("12", 12, 12, 12)]
    # homes and jobs lost are no dead
    assert _read("The floods caused the loss of 40 homes.", "killed") == []
    assert _read("The company reported the loss of 300 jobs.", "killed") == []


def test_the_mission_is_the_un_mission_named_before() -> None:
    text = (
        "Thirty people were killed in the raid on the camp, the UN peacekeeping mission said. "
        "The camp houses about 4,000 people who fled earlier fighting, according to the mission."
    )
    found = {p: by for _, p, by in _by(text)}
    assert found["about 4,000"] == "the UN peacekeeping mission"
