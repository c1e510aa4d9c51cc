"""Figure recall, session 17 (evidence/__init__.py, "Figure recall, session 17").
All sentences are invented for these tests."""

from __future__ import annotations

from summarizer.evidence.candidates import find_candidates
from summarizer.evidence.quantities import quantities_for_outcome


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


def _listed(text: str, outcome: str) -> list[int | None]:
    return [c.quantity.low for c in find_candidates(text) if c.outcome == outcome and c.quantity is not None]


# 1. the injured told through the care they get


def test_under_care_for_a_harm_counts_injured() -> None:
    s = "Five more villagers, among them an elderly farmer, are being treated for stab wounds, the mayor said."
    assert ("Five", 5, 5) in _read(s, "injured")
    assert _read("Three porters are still being treated.", "injured") == [("Three", 3, 3)]
    assert _read("Two dead, and 19 are receiving treatment at the district clinic.", "injured") == [("19", 19, 19)]
    assert _read("Of the casualties, four remained in intensive care on Friday.", "injured") == [("four", 4, 4)]
    assert _read("Paramedics treated 38 people for cuts and bruises after the blast.", "injured") == [("38", 38, 38)]
    assert _read("The hospital said some 70 burn victims had been admitted overnight.", "injured") == [
        ("some 70", 63, 77)
    ]
    assert _read("Eight of them were airlifted to Perth for specialist trauma surgery.", "injured") == [("Eight", 8, 8)]
    assert _read("It said two other rangers suffered serious burns.", "injured") == [("two", 2, 2)]


def test_in_hospital_now_and_its_part() -> None:
    s = "The ministry said nine pilgrims are now in hospital, three of them in Tamale."
    assert _read(s, "injured") == [("nine", 9, 9), ("three", 3, 3)]


def test_care_that_is_no_injury() -> None:
    # treatment for an illness, "treated" as behaved toward, care of things
    assert _read("About 40 pupils are receiving treatment for measles.", "injured") == []
    assert _read("The 12 detainees were treated well, the warden said.", "injured") == []
    assert _read("Six suspects are being treated as witnesses.", "injured") == []
    assert _read("The 30 prisoners were treated humanely.", "injured") == []


def test_wounds_as_the_cause_of_a_counted_death() -> None:
    s = "Four herders died, two of them from machete wounds, the chief said."
    assert _read(s, "killed") == [("Four", 4, 4), ("two", 2, 2)]
    assert _read(s, "injured") == []
    # the injured part keeps its own outcome, and recovering from wounds is still injured
    assert _read("Nine were hurt, five of them from bullet wounds.", "injured") == [("Nine", 9, 9), ("five", 5, 5)]
    assert _read("Three guards were recovering from their wounds.", "injured") == [("Three", 3, 3)]


# 2. the missing told as people out of touch


def test_out_of_touch_counts_missing() -> None:
    s = "Two trappers who had walked to the upper valley at dawn have not been heard from, the warden said."
    assert _read(s, "missing") == [("Two", 2, 2)]
    assert _read("At least 7 of those arrested have not been seen since.", "missing") == [("At least 7", 7, None)]
    assert _read("At least 7 of those arrested have not been seen since.", "detained") == []
    s = "The firm said up to 12 of its crewmen were below the platform when contact was lost."
    assert _read(s, "missing") == [("up to 12", None, 12)]


def test_out_of_touch_negatives() -> None:
    assert _read("The governor has not been seen in public since March.", "missing") == []
    assert _read("Controllers said contact was lost with the two drones.", "missing") == []
    # "of those held" with no other verb stays the detained part
    assert _read("Five of those arrested are minors.", "detained") == [("Five", 5, 5)]


# 3. the displaced told as a move


def test_moved_to_kin_and_left_their_shacks() -> None:
    s = "Roughly 80 people from Kasa and two nearby hamlets have moved to relatives' houses, he said."
    assert _read(s, "displaced") == [("Roughly 80", 72, 88)]
    assert _read("Some 35 families have moved in with relatives.", "displaced") == [("Some 35", 31, 39)]
    assert _read("Nearly 200 households had left their huts by Tuesday.", "displaced") == [("Nearly 200", None, 199)]


def test_moves_that_are_no_displacement() -> None:
    assert _read("Two ministers went to see relatives.", "displaced") == []
    assert _read("Forty buses moved to the depot.", "displaced") == []


# 4. the detained told in company, without charge, or by giving themselves up


def test_held_with_others() -> None:
    assert _read("The trader recalled being held with roughly 30 others in a shipping container.", "detained") == [
        ("roughly 30", 27, 33)
    ]
    s = 'His mother said the teenager is held with "over a hundred" others.'
    assert _read(s, "detained") == [("over a hundred", 101, None)]
    assert _read("The pastor was jailed along with 14 others.", "detained") == [("14", 14, 14)]


def test_held_without_charge() -> None:
    s = "The junta has held at least 9 bloggers without charge, the watchdog said."
    assert _read(s, "detained") == [("at least 9", 9, None)]


def test_held_with_others_negatives() -> None:
    assert _read("The envoy held talks with 30 others.", "detained") == []
    assert _read("The council held a meeting with several others.", "detained") == []
    assert _read("The firm held 20 shares without charge.", "detained") == []


def test_gave_themselves_up() -> None:
    s = "A third suspect, said to have hidden the weapons, turned himself in at the station on Friday."
    assert _read(s, "detained") == [("A", 1, 1)]
    assert _read("Four militiamen handed themselves over to the army.", "detained") == [("Four", 4, 4)]
    assert _listed("A third suspect turned himself in at the station.", "detained") == [1]


def test_gave_up_no_count() -> None:
    assert _read("The striker gave up his place.", "detained") == []
    assert _read("He gave himself up to prayer.", "detained") == []


# 5. a role and a count after an active verb of detention; people of other people


def test_detained_role_and_count() -> None:
    s = "Officers arrested the depot's assistant manager and three forklift operators late on Friday."
    assert _read(s, "detained") == [("manager", 1, 1), ("three", 3, 3)]
    assert _read("Troops arrested the suspect at dawn.", "detained") == [("suspect", 1, 1)]


def test_detained_object_that_is_no_person() -> None:
    assert _read("Police arrested the gang.", "detained") == []
    assert _read("Customs detained the convoy and two trucks.", "detained") == []


def test_relative_clause_of_the_second_people() -> None:
    s = "An imam said at least 15 brothers of young men who had fled to the hills were detained."
    assert _read(s, "detained") == [("at least 15", 15, None)]
    # the relative clause's own verb counts the second people, not the first
    s = "At least 9 cousins of men who were killed in the raid were detained."
    assert _read(s, "killed") == []
    assert _read(s, "detained") == [("At least 9", 9, None)]
    assert _read("The 10 union leaders who were killed were buried.", "killed") == [("10", 10, 10)]


# 6. the count of patients a service treats; the hospitals people are sent to


def test_patients_treated_and_sent_to_hospital() -> None:
    s = "A nurse said the ward was treating 52 patients from Tudun, four of them in critical condition."
    assert _read(s, "injured") == [("52", 52, 52), ("four", 4, 4)]
    assert _read("The ambulance service had treated 29 people by dawn.", "injured") == [("29", 29, 29)]
    assert _read("Eleven miners were referred to Tarkwa's Government Hospital.", "injured") == [("Eleven", 11, 11)]
    s = "By nightfall 17 villagers were admitted to hospitals across Wau and Aweil."
    assert _read(s, "injured") == [("17", 17, 17)]


def test_progressive_verb_counts_its_object() -> None:
    assert _read("A medic said the field clinic was treating a porter for burns.", "injured") == [("a", 1, 1)]
    # "missing" is no verb: the one missing is still read by its subject
    s = "He said the raiders took away nine girls, and that the headman, Musa Tanko, was missing."
    assert _read(s, "missing") == [("was", 1, 1)]


def test_patients_treated_for_an_illness_or_a_contest() -> None:
    assert _read("The camp clinic is treating 40 patients for cholera.", "injured") == []
    assert _read("Doctors treated the governor for a cold.", "injured") == []
    assert _read("The club eliminated a rival from the cup.", "killed") == []


# 7. a part in grave condition on its own sentence; a part set off inside the subject


def test_part_in_critical_condition_is_listed() -> None:
    text = "Medics are treating 31 people for stab wounds. Six of those are in a critical condition."
    assert _listed(text, "injured") == [31, 6]


def test_including_aside_before_the_verb() -> None:
    s = "Amina Bello said at least four nurses, including her sister, a midwife, were still unaccounted for."
    assert _read(s, "missing") == [("at least four", 4, None)]
    # an aside in a list that a verb of its own follows is no subject
    s = "The group interviewed 22 people, including farmers, traders and relatives of detainees, and saw 40 videos."
    assert _read(s, "detained") == []


# 8. one person out of touch, told by a singular auxiliary


def test_one_person_out_of_touch() -> None:
    s = "Her nephew, a cook called Idris Wani, has not been seen again, she said."
    assert _read(s, "missing") == [("has not been", 1, 1)]
    assert _read("Our cameraman has been missing since Tuesday.", "missing") == [("has been", 1, 1)]


def test_negated_death_is_no_count() -> None:
    assert _read("The journalist has not been killed.", "killed") == []
