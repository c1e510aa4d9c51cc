"""Session 14 status rules 2-3 (st1): the scope of a doubt. A "neither side's account" doubt
closing a paragraph of the two sides' claims doubts those sides' figures, not the other
officials' elsewhere; a second "and that" clause passing on a report, or doubting its own
number, does not hedge the first clause's figure; a doubt about "the <place> toll" in the
paragraph doubts the figures of that place only. Invented articles (none copied from an
evaluation set); negatives included."""

from __future__ import annotations

from summarizer.evidence.attribution import find_hedges
from summarizer.evidence.figures import place_toll_doubts
from summarizer.testing import statuses as _statuses

# --- a sides' doubt closing the sides' claims ------------------------------------------------------

_SIDES = (
    "Clashes in Varno valley kill at least 18\n\n"
    "LERA - At least 18 people have been killed in fighting between the Red Hand militia and the "
    "Northern Front in the Varno valley, the provincial governor said on Thursday.\n\n"
    "Governor Tomas Ilic said more than 2,000 people had fled to Lera. The regional ombudsman said "
    "six village leaders were missing.\n\n"
    "The Red Hand militia said in a statement that its fighters had killed 30 members of the Northern "
    "Front. The Northern Front, in a post online, said it had lost nine fighters. Neither side's "
    "claims could be independently confirmed."
)


def test_a_sides_doubt_after_the_sides_claims_leaves_the_officials_figures() -> None:
    got = _statuses(_SIDES)
    assert got["killed:At least 18"] == "reported"
    assert got["displaced:more than 2,000"] == "reported"
    assert got["missing:six"] == "reported"


def test_a_sides_doubt_after_the_sides_claims_doubts_those_claims() -> None:
    got = _statuses(_SIDES)
    assert got["killed:nine"] in ("unverified", "disputed")
    assert got["killed:30"] in ("unverified", "disputed")


def test_a_sides_doubt_standing_alone_still_reaches_every_side() -> None:
    # negative: the doubt in a paragraph of its own names no sides' claims before it: all party figures
    got = _statuses(_SIDES.replace(" Neither side's claims", "\n\nNeither side's claims"))
    assert got["displaced:more than 2,000"] == "unverified"


# --- a second clause of the same report ----------------------------------------------------------

_AND_THAT = (
    "Raid on cattle camps\n\n"
    "KODO - Raiders attacked cattle camps near Kodo on Sunday. The UN mission said at least 12 people "
    "were hurt and that it had received reports that dozens of girls had been kidnapped, though it had "
    "not been able to verify that figure."
)


def test_a_report_passed_on_in_a_second_clause_does_not_hedge_the_first() -> None:
    got = _statuses(_AND_THAT)
    assert got["injured:at least 12"] == "reported"
    assert got["detained:dozens"] == "unverified"


def test_a_report_passed_on_in_the_figures_own_clause_still_hedges_it() -> None:
    # negative: the passed-on report introduces the figure itself
    got = _statuses(
        "Raid on cattle camps\n\n"
        "KODO - The UN mission said it had received reports that at least 12 people were hurt "
        "in the raid near Kodo on Sunday."
    )
    assert got["injured:at least 12"] == "unverified"


def test_not_able_to_confirm_is_a_hedge() -> None:
    assert find_hedges("The agency said it has not been able to confirm how many died.")
    assert find_hedges("Officials were not able to verify the reports.")
    assert not find_hedges("Officials said they were able to confirm how many died.")


# --- a doubt about the toll of a named place ----------------------------------------------------

_PLACE = (
    "Strikes hit two cities\n\n"
    "SAREN - Shelling hit the market in Saren on Monday, killing four people, a local official said.\n\n"
    "Later, the rebel-run Voice of Dara radio said air strikes on a depot near Korlu had killed nine "
    "workers and wounded 14. A hospital director said the toll was likely to rise. The air force said "
    "it had struck military targets. There has been no independent verification of the Korlu toll."
)


def test_a_doubt_of_a_places_toll_reaches_that_places_figures_in_its_paragraph() -> None:
    got = _statuses(_PLACE)
    assert got["killed:nine"] == "unverified"
    assert got["injured:14"] == "unverified"


def test_a_doubt_of_a_places_toll_leaves_another_places_figures() -> None:
    got = _statuses(_PLACE)
    assert got["killed:four"] == "reported"


def test_a_doubt_of_a_places_death_toll_leaves_the_wounded() -> None:
    got = _statuses(_PLACE.replace("the Korlu toll", "the Korlu death toll"))
    assert got["killed:nine"] == "unverified"
    assert got["injured:14"] == "reported"


def test_place_toll_doubts_need_a_doubt_and_no_number() -> None:
    assert place_toll_doubts("Intro.\n\nThe Korlu toll could not be independently verified.")
    assert not place_toll_doubts("Intro.\n\nThe Korlu toll rose to 12, officials said.")
    assert not place_toll_doubts("Intro.\n\nOfficials confirmed the Korlu toll.")
    assert not place_toll_doubts("Intro.\n\nThere has been no independent verification of the 12 deaths in Korlu.")


# --- rule 3: who is independent, and the same figure ------------------------------------------

_HOSPITAL = (
    "Soldiers killed in attack on post\n\n"
    "DARAN - Eight soldiers were killed and five others injured when militants attacked a post near "
    "Daran on Friday, the military said.\n\n"
    "Paramedics carried the wounded to the state-run general hospital in Kolat. The chief surgeon, "
    "Dr Omar Haq, told reporters that five injured soldiers were in its wards."
)


def test_a_government_hospital_repeating_the_armys_count_confirms_nothing() -> None:
    got = _statuses(_HOSPITAL)
    assert got["injured:five"] == "reported"


def test_a_hospital_of_no_side_repeating_the_armys_count_confirms_it() -> None:
    # negative: a charity's hospital is independent of the army
    got = _statuses(_HOSPITAL.replace("the state-run general hospital", "the Red Crescent field clinic"))
    assert got["injured:five"] == "confirmed"


def test_the_place_the_wounded_were_taken_to_is_not_the_events_place() -> None:
    got = _statuses(
        "Bomb hits patrol near border\n\n"
        "KAMPALA, May 3 - Four police officers were killed and three wounded on Monday when a bomb hit "
        "their vehicle near Kora in Tero county, police said.\n\n"
        "The Red Cross said its helicopter had flown three wounded officers to Kampala for treatment."
    )
    assert got["injured:three"] == "confirmed"


def test_one_more_person_is_one_person_given_twice() -> None:
    got = _statuses(
        "Gunmen attack bus\n\n"
        "SARA - Gunmen shot dead six herders at a well near Sara on Friday. A district official said "
        "one more herder was hurt. The Red Crescent, whose medics treated the hurt man at a clinic, "
        "also said one herder was injured."
    )
    assert got["injured:one"] == "confirmed"


def test_another_person_is_not_one_person_given_twice() -> None:
    # negative: "another boy" is another one
    got = _statuses(
        "Shelling hits village\n\n"
        "SARA - A boy was killed by shelling in Sara on Friday, a district official said. The Red "
        "Crescent said another boy was killed in Sara."
    )
    assert "confirmed" not in got.values()
