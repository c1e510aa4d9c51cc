"""Session 10 status rules (F1), on invented articles (none copied from an evaluation set): reports
of casualties at a named place called lies; a denial of casualties contests no displaced count; a
count dated by when it stood ("by Monday evening"); a sides' doubt about the fighting; a year is no
figure; another source's hedged report in a contrasting clause; "had not carried out any
operations"; "dismissed as ... a claim"; a contrasting clause naming a scene of its own; a lead's
figure told again and contested; "mercenaries"; a side's outlet relaying its own side's claim.
Negatives included."""

from __future__ import annotations

from summarizer.assemble import hedges_after_passed
from summarizer.evidence.attribution import disputes
from summarizer.evidence.figures import (
    blanket_doubt,
    contested_numbers,
    contests_reports,
    fighting_doubt,
    victim_class,
)
from summarizer.testing import statuses as _statuses


def test_reports_of_casualties_at_a_place_called_lies() -> None:
    text = (
        "At least 30 civilians were killed and dozens wounded when rockets hit a camp near Tarsa on Monday, "
        "a rights group said.\n\n"
        "The Free Hills Brigade denied firing on the camp. Its spokesman said reports of civilian casualties "
        'at the Amran camp were "lies spread by the army".\n\n'
        "The UN said about 5,000 people had fled the camp since Monday and that two aid workers were missing."
    )
    got = _statuses(text)
    assert got["killed:At least 30"] == "disputed"
    assert got["injured:dozens"] == "disputed"
    # negatives: casualties are the dead and the wounded, not the displaced or the missing
    assert got["displaced:about 5,000"] == "reported"
    assert got["missing:two"] == "reported"
    assert contests_reports('He said reports of casualties in the old town were "fabricated".')
    assert not contests_reports("He said reports of casualties in the old town were still coming in.")


def test_a_count_as_it_stood_by_a_day_is_no_other_event() -> None:
    text = (
        "Shells hit a market in the town of Velka on Sunday, killing at least 18 people, a local monitor said.\n\n"
        "The Velka Brigade said reports of civilian deaths in Velka were lies.\n\n"
        "A nurse at the Velka hospital said it had received 21 bodies by Monday evening.\n\n"
        "On Thursday, a car bomb in Dorna killed seven people, police said."
    )
    got = _statuses(text)
    assert got["killed:at least 18"] == "disputed"
    assert got["killed:21"] == "disputed"  # "by Monday evening" dates the count, not the event
    assert got["killed:seven"] == "reported"  # another day's event


def test_a_sides_doubt_about_the_fighting_spares_the_officials_civilian_toll() -> None:
    text = (
        "At least 12 civilians were killed when gunmen raided the village of Pela on Sunday, the district "
        "governor said.\n\n"
        "The army said its troops killed nine of the attackers. The rebels said none of their fighters died.\n\n"
        "Reporters could not independently verify either side's account of the clashes."
    )
    got = _statuses(text)
    assert got["killed:At least 12"] == "reported"
    assert got["killed:nine"] == "unverified"
    assert fighting_doubt("Neither side's battlefield figures could be independently verified.")
    # negative: an unqualified doubt about the sides' claims still reaches the officials' figures
    assert not fighting_doubt("Reporters could not independently verify either side's claims.")
    plain = text.replace("either side's account of the clashes", "either side's claims")
    assert _statuses(plain)["killed:At least 12"] == "unverified"


def test_a_year_is_no_figure_of_a_blanket_doubt() -> None:
    assert blanket_doubt(
        "Rebels said they killed 40 soldiers.\n\nSince 2021 the junta has barred reporters, and the claims of "
        "both sides could not be verified."
    )
    # negative: a sentence stating its own count is no blanket
    assert not blanket_doubt("Rebels said 2,021 soldiers died, which could not be verified.")


def test_another_sources_hedge_after_the_figure_is_not_the_figures() -> None:
    text = (
        "A rebel drone attack on an army base in the province of Kora killed six soldiers and wounded at least "
        "nine others on Monday, military officials said, while the rebels claimed a far higher toll."
    )
    got = _statuses(text)
    assert got["killed:six"] == "reported"
    assert got["injured:at least nine"] == "reported"
    assert "claimed" not in hedges_after_passed("six died, he said, while they claimed more", 4)
    assert "claimed" in hedges_after_passed("six died, they claimed, while he said more", 4)
    # negatives: the figure's own hedge stays; so does a hedge before the contrasting clause
    own = "Six soldiers were reportedly killed in the province of Kora on Monday, while rebels said they lost none."
    assert _statuses(own)["killed:Six"] == "unverified"
    claim = "The rebels claimed they killed 30 soldiers near Kora on Monday."
    assert _statuses(claim)["killed:30"] == "unverified"


def test_no_operations_there_at_all_disputes_the_toll() -> None:
    text = (
        "The health ministry said air strikes by the coalition on the town of Harad on Sunday killed "
        'eight civilians and wounded 13. The coalition said in a statement that it had "not carried out '
        'any operations in Harad" in the past 72 hours.'
    )
    got = _statuses(text)
    assert got["killed:eight"] == "disputed"
    assert got["injured:13"] == "disputed"
    # negative: denying its own part in one strike disputes who did it, not the toll
    role = (
        "The health ministry said an air strike on the town of Harad on Sunday killed eight civilians. "
        "The coalition denied it carried out the strike."
    )
    assert _statuses(role)["killed:eight"] == "reported"
    assert disputes('The air force said it had "not carried out any strikes" in the district.')
    assert not disputes("The air force said it had not carried out the strike.")


def test_dismissed_as_fantasy_a_claim() -> None:
    text = (
        'The defence minister dismissed as "pure fantasy" a claim by the Sahel Front that its fighters had '
        "killed more than 80 soldiers near Kelo on Friday."
    )
    assert _statuses(text)["killed:more than 80"] == "disputed"
    assert disputes("The minister dismissed as baseless the report of the rebels.")
    assert not disputes("The minister dismissed as premature any talk of a ceasefire.")


def test_a_contrasting_clause_with_a_scene_of_its_own() -> None:
    text = (
        "Drones killed at least six people in the city of Marka overnight, the regional governor said on "
        "Sunday, while a rebel-appointed official said army shelling had killed two civilians in an occupied "
        "village across the front line."
    )
    got = _statuses(text)
    assert got["killed:at least six"] == "reported"
    assert got["killed:two"] == "reported"
    # negative: without a scene of its own, the rival count of the same place and time stays a dispute
    same = (
        "Drones killed at least six people in the city of Marka overnight, the regional governor said on "
        "Sunday, while the rebels said army shelling had killed only two people."
    )
    assert _statuses(same)["killed:at least six"] == "disputed"


def test_a_lead_figure_told_again_and_contested() -> None:
    text = (
        "Rockets hit the city of Ostra overnight, killing four people, the mayor said, while a rebel official "
        "said army fire had killed three civilians in a village to the south.\n\n"
        "Rescuers searched the rubble on Sunday.\n\n"
        "In the rebel-held village of Tolin, the official said army fire had killed three civilians on Saturday. "
        'The army called the report "disinformation".'
    )
    got = _statuses(text)
    assert set(v for k, v in got.items() if k == "killed:three") == {"disputed"}
    assert got["killed:four"] == "reported"


def test_mercenaries_are_the_enemys_word_for_soldiers() -> None:
    assert victim_class("mercenaries") is not None and victim_class("mercenaries")[0] == "soldiers"
    assert victim_class("civilians") is not None and victim_class("civilians")[0] == "people"


def test_a_sides_outlet_relaying_its_sides_claim_counts_against_the_other_side() -> None:
    text = (
        "A rebel drone attack on an army camp in the province of Kora killed seven soldiers on Tuesday, "
        "military officials said.\n\n"
        "The rebels' Voice of Kora radio, citing a military source, said the attack had killed more than 40 "
        '"mercenaries".'
    )
    got = _statuses(text)
    assert got["killed:seven"] == "disputed"
    assert got["killed:more than 40"] == "disputed"
    # negative: a news agency relaying the same officials is one body's count, no dispute
    relay = (
        "A rebel drone attack on an army camp in the province of Kora killed seven soldiers on Tuesday, "
        "military officials said.\n\n"
        "The Kora Times, citing a military source, said 12 soldiers had been killed."
    )
    assert _statuses(relay)["killed:seven"] == "reported"


def test_a_contest_naming_the_count_by_its_number() -> None:
    text = (
        "The Dune Front said in a message that its fighters had killed 35 soldiers at a post near Kelo on Monday. "
        "Reporters could not reach the area.\n\n"
        "A local official said the post had been attacked. The governor said nine soldiers were wounded.\n\n"
        '"The figure of 35 is exaggerated and false," a government spokesman said.'
    )
    got = _statuses(text)
    assert got["killed:35"] == "disputed"
    assert got["injured:nine"] == "reported"  # another number: not contested
    assert contested_numbers('"The toll of 300 was inflated," he said.')[0][1] == 300
    assert contested_numbers("The figure of 35 is the highest this year.") == []


def test_others_of_a_named_group_are_not_civilians() -> None:
    text = (
        "Three soldiers were killed and six others wounded when rebels attacked an army post in the town of "
        "Marsa on Sunday, the army said.\n\n"
        "Doctors at the Marsa clinic said at least nine civilians had been wounded in the crossfire."
    )
    got = _statuses(text)
    assert got["injured:six"] == "reported"
    assert got["injured:at least nine"] == "reported"
    # negative: "others" after a count of people stays the same whole, a rival count
    rival = (
        "Three people were killed and six others wounded when shells hit the town of Marsa on Sunday, the "
        "army said.\n\nDoctors at the Marsa clinic said at least 14 people had been wounded in the shelling."
    )
    assert _statuses(rival)["injured:six"] == "disputed"
