"""Review of the session 13 rules on text they were not written for (invented sentences, other
wordings): each test holds a sentence a rule misread, and the positive it must keep."""

from __future__ import annotations

from helpers import figure_ranges

from summarizer.testing import code_only
from summarizer.testing import figure_readings as _read
from summarizer.testing import statuses as _statuses

# --- a vague count's people after "of" (quantities: "captured dozens of enemy soldiers") -----


def test_vague_count_of_soldiers_things_counts_no_one() -> None:
    # the soldiers own what was seized: no one was detained
    assert _read("The rebels said they had seized dozens of army soldiers' rifles.", "detained") == []
    assert _read("Militiamen captured scores of army soldiers' weapons near the river.", "detained") == []
    # positive: the soldiers themselves were captured
    got = _read("The rebels said they had captured dozens of enemy soldiers near Amar.", "detained")
    assert [(p, lo) for p, lo, _, _ in got] == [("dozens", 24)]


# --- a conflict's running total in a relative clause (assemble._conflict_total, _CONFLICT_CLAUSE) -------

_RAID = "LORA, Nov 6 - The government accused the Maru rebels of killing 31 civilians at a farm.\n\nLATER"


def test_a_conflict_total_by_another_source_is_no_rival_count() -> None:
    # a war's total the army gives is no count of the raid the government gives
    got = _statuses(
        _RAID.replace(
            "LATER", "The rebels seized Lora in January, in a war that the army says has killed about 8,000 people."
        )
    )
    assert got == {"killed:31": "reported", "killed:about 8,000": "reported"}
    got = _statuses(
        _RAID.replace(
            "LATER", "The rebels took Lora in May, in a conflict that officials say has killed about 6,000 people."
        )
    )
    assert got["killed:31"] == "reported"


def test_a_raids_count_by_another_source_is_still_a_rival() -> None:
    # negatives: the other source's count of the same raid (or a raid in a relative clause) rivals it
    got = _statuses(_RAID.replace("LATER", "The army said 60 civilians were killed at the farm."))
    assert got == {"killed:31": "disputed", "killed:60": "disputed"}
    got = _statuses(
        _RAID.replace("LATER", "The rebels seized Lora in January, in a raid that the army says killed 60 civilians.")
    )
    assert got["killed:31"] == "disputed"


# --- an elided group after "died" (assemble._GROUP_BEFORE_OTHERS) -----------------------------------------


def test_a_sides_soldiers_who_died_and_n_wounded_are_not_a_hospitals_people() -> None:
    text = (
        "Convoy attacked\n\n"
        "The army spokesman said four soldiers died and seven were wounded when the convoy was hit.\n\n"
        "The district health director said 12 people had been wounded in the attack."
    )
    got = _statuses(text)
    assert got["injured:seven"] == "reported"
    assert got["injured:12"] == "reported"


def test_civilians_who_died_and_n_wounded_still_rival_another_count() -> None:
    # negative: the elided group is civilians (people), so the two counts of wounded are rivals
    text = (
        "Market attacked\n\n"
        "Police said two civilians died and seven were wounded when the market was hit.\n\n"
        "The district health director said 30 people had been wounded in the attack."
    )
    got = _statuses(text)
    assert got["injured:seven"] == "disputed"


# --- each side's own dead (assemble._own_losses_contradicted, _each_counts_own_side) -------------------------

_POST = "Gunmen attacked an army post near Tarvo on Monday. OWN THEIRS"


def test_each_sides_own_dead_are_two_groups() -> None:
    own = "A rebel spokesman said the group had lost seven fighters."
    got = _statuses(_POST.replace("OWN", own).replace("THEIRS", "Two army officers said 23 soldiers were killed."))
    assert got == {"killed:seven": "reported", "killed:23": "reported"}
    own = "The army said three of its soldiers were killed."
    got = _statuses(_POST.replace("OWN", own).replace("THEIRS", "The rebels said 20 fighters died."))
    assert got == {"killed:three": "reported", "killed:20": "reported"}


def test_the_enemys_count_of_a_sides_dead_is_still_a_rival() -> None:
    # negatives: the other side counts this side's men (named as the rebels', or its own word for them)
    own = "A rebel spokesman said the group had lost seven fighters."
    got = _statuses(_POST.replace("OWN", own).replace("THEIRS", "The army said it had killed 40 rebel fighters."))
    assert got == {"killed:seven": "disputed", "killed:40": "disputed"}
    got = _statuses(_POST.replace("OWN", own).replace("THEIRS", "The army said 40 fighters were killed."))
    assert got["killed:seven"] == "disputed"
    own = "The army said three of its soldiers were killed."
    got = _statuses(_POST.replace("OWN", own).replace("THEIRS", "The rebels said they had killed 20 soldiers."))
    assert got == {"killed:three": "disputed", "killed:20": "disputed"}


# --- a body's people with an irregular past verb (attribution._PEOPLE_OF_BODY) ----------------------------


def test_volunteers_of_a_body_who_dug_out_bodies_name_the_body() -> None:
    text = (
        "Shelling killed nine people in Amar on Friday, police said. Teams from the Velo Red Crescent "
        "dug 14 bodies out of the rubble, a spokesman for the organisation said."
    )
    names = [s.name for s in code_only(text).sources]
    assert any("Velo Red Crescent" in n for n in names)
    assert not any("spokesman" in n for n in names)


# --- a count of things, not people (candidates._COUNTS_NO_PEOPLE) ---------------------------------------


def test_counts_of_animals_vehicles_and_buildings_are_no_figures() -> None:
    assert figure_ranges("Up to 300 vehicles could be trapped behind the landslide, police said.") == []
    assert figure_ranges("Some 40 cattle could still be trapped in the flooded pens, a farmer said.") == []
    assert figure_ranges("About 40 cattle were killed in the strike, a farmer said.") == []
    # positives: the people in the same sentences still count
    assert figure_ranges("Gunmen killed 12 villagers and 40 head of cattle, police said.") == [("killed", 12, 12)]
    assert figure_ranges("Militants killed two soldiers and burned 30 houses, police said.") == [("killed", 2, 2)]
    assert figure_ranges("Up to 9 people believed trapped under the rubble, rescuers said.") == [("missing", None, 9)]
