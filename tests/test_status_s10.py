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
from summarizer.testing import code_only
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


# --- F5 (session 10, second blind set): general causes found on attrib_fresh13 -------------------------


def test_claimed_to_have_in_a_contrasting_clause_is_no_said_to_have() -> None:
    text = (
        "Rebels overran a police post near the town of Sorvik on Tuesday, killing at least five officers, a "
        "police commander said, while the rebel movement claimed to have killed scores."
    )
    assert _statuses(text)["killed:at least five"] == "reported"
    assert "said to have" not in hedges_after_passed("five died, he said, while they claimed to have killed 40", 4)
    # negative: the figure's own "said to have" stays a hedge
    own = "Five officers were said to have been killed near Sorvik on Tuesday, while the rebels claimed more."
    assert _statuses(own)["killed:Five"] == "unverified"


def test_a_part_of_a_group_is_no_other_sources_whole_count() -> None:
    text = (
        "Gunmen attacked the village of Lomara on Friday, a district official said.\n\n"
        "A doctor at the Lomara clinic said 12 people had been treated for wounds, four of them in a critical "
        "condition.\n\n"
        "The interior ministry said three policemen had been killed and four wounded when their patrol was "
        "ambushed near Lomara."
    )
    fours = [c for c in code_only(text).casualties if c.outcome == "injured" and c.phrase == "four"]
    assert len(fours) == 2
    # "four of them" (a part of the 12 treated) is not the ministry's four wounded policemen
    assert [c.status for c in fours] == ["reported", "reported"]
    # negative: two sources giving the same whole count still corroborate each other
    same = (
        "Gunmen attacked the village of Lomara on Friday, killing 12 people, a district official said.\n\n"
        "The Red Crescent said 12 people had been killed in Lomara."
    )
    assert _statuses(same)["killed:12"] == "confirmed"


def test_the_same_sources_restated_count_is_no_breakdown() -> None:
    text = (
        "Bandits killed at least seven people in a raid on the village of Tandu, police said on Friday.\n\n"
        "Police said in a statement that seven people had been killed.\n\n"
        "A village elder said 12 bodies had been buried."
    )
    got = _statuses(text)
    assert got["killed:seven"] == "disputed"
    assert got["killed:12"] == "disputed"
    # negative: a source breaking its count down by place is still no rival of a third source's count
    parts = (
        "Bandits killed 20 people in raids on the villages of Tandu and Mirra, police said on Friday.\n\n"
        "Police said 12 were killed in Tandu and eight in Mirra.\n\n"
        "A village elder in Tandu said 14 people had been killed there."
    )
    assert _statuses(parts)["killed:14"] != "disputed"


def test_a_past_event_in_a_when_clause_is_no_rival_count() -> None:
    base = (
        "A drone strike on a market in the Sarna region killed at least 30 people on Sunday, a local nurse said.\n\n"
        'The army denied hitting civilians and called reports of civilian deaths "lies".\n\n'
    )
    past = base + "Medics said the toll was the highest since 2021, when a strike on the town of Karno killed 20."
    got = _statuses(past)
    assert got["killed:at least 30"] == "disputed"
    assert got["killed:20"] == "reported"  # the 2021 strike's toll, not a rival count of Sunday's
    # negative: the same count with no past "when" clause is a rival count of the event
    rival = base + "Medics said a strike on the market had killed 20 people."
    assert _statuses(rival)["killed:20"] == "disputed"
    # a same source's count of a past event is no breakdown of its toll ("at least 40" ... "at least 90")
    text = (
        "At least 40 people were killed when gunmen attacked the town of Bera on Tuesday, the UN said.\n\n"
        "Police said 25 people had been killed.\n\n"
        "It was the deadliest attack since March 2022, when gunmen killed at least 90 people in the town of "
        "Sulo, according to the UN."
    )
    got = _statuses(text)
    assert got["killed:At least 40"] == "disputed"
    assert got["killed:25"] == "disputed"
    assert got["killed:at least 90"] == "reported"


def test_a_count_of_militants_does_not_contradict_a_count_of_people() -> None:
    text = (
        "Drone strikes on the district of Harran killed eight people on Monday, among them three civilians, a "
        "monitor said, while the army said its strikes had killed 30 militants."
    )
    got = _statuses(text)
    assert got["killed:eight"] == "reported"
    assert got["killed:three"] == "reported"
    # negative: two counts of the same militants still contradict
    rival = (
        "Drone strikes on the district of Harran killed eight militants on Monday, a monitor said, while the "
        "army said its strikes had killed 30 militants."
    )
    assert _statuses(rival)["killed:eight"] == "disputed"


def test_a_statement_published_by_its_own_media_centre_is_the_sides() -> None:
    text = (
        "Air strikes hit positions of the Valley Front near the town of Osra on Monday, killing six of its "
        "fighters, a monitor said.\n\n"
        "In a statement published by its media centre, the Valley Front said two of its fighters had been killed."
    )
    twos = [c for c in code_only(text).casualties if c.phrase == "two"]
    assert twos and twos[0].reported_by is not None and "media centre" not in twos[0].reported_by
    assert twos[0].status == "disputed"
    # negative: an outlet named by "published by" stays the source
    named = (
        "Air strikes hit the town of Osra on Monday.\n\n"
        "A report published by the Osra Courier said two fighters had been killed."
    )
    twos = [c for c in code_only(named).casualties if c.phrase == "two"]
    assert twos and twos[0].reported_by is not None and "Courier" in twos[0].reported_by


def test_another_body_later_confirming_the_deaths_confirms() -> None:
    text = (
        "Fighting flared along the river.\n\n"
        "In March, a shell hit a ferry near the town of Osk, killing four fishermen, residents said at the time. "
        "The UN mission in the region, whose staff visited the landing, later confirmed the deaths in a report.\n\n"
        "The army said it was investigating."
    )
    assert _statuses(text)["killed:four"] == "confirmed"
    # negative: the figure's own source later confirming it is no independent check
    own = text.replace("residents said at the time", "the regional police said at the time").replace(
        "The UN mission in the region, whose staff visited the landing,", "The regional police"
    )
    assert _statuses(own)["killed:four"] == "reported"
