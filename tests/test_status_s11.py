"""Session 11 status rules (g1), on invented articles (none copied from an evaluation set): who a
toll counts named before its number; "security personnel" as soldiers; a count "said at the time"
tells a past event; a country ending a group's name is no new scene. Negatives included."""

from __future__ import annotations

from summarizer.evidence.figures import same_victim_class, who_before, who_counted
from summarizer.testing import statuses as _statuses


def test_who_named_before_the_number() -> None:
    assert who_before("A police official said the number of soldiers killed had risen to ") == "soldiers"
    assert who_before("Officials said the death toll among security personnel rose to ") == "security personnel"
    assert who_before("the toll of police officers killed stood at ") == "police officers"
    # negatives: no toll words right before the number
    assert who_before("The army said its troops had killed ") == ""
    assert who_before("the number of attacks has risen sharply since ") == ""
    assert who_before("the death toll among soldiers was high, and ") == ""


def test_an_outcome_word_between_number_and_people() -> None:
    assert who_counted("15 wounded soldiers from the front", "15") == "soldiers"
    assert who_counted("30 injured people to a clinic", "30") == "people"
    # negatives: an outcome word closing the count, or a verb after it
    assert who_counted("15 wounded were taken to hospital", "15") == ""
    assert who_counted("26 dead myself", "26") == ""
    assert who_counted("12 people and wounded 15 others", "12") == "people"


def test_security_personnel_are_soldiers() -> None:
    assert same_victim_class("security personnel", "soldiers")
    assert same_victim_class("security personnel", "troops")
    # negatives: police and fighters are other classes; "medical personnel" no soldiers
    assert not same_victim_class("security personnel", "police officers")
    assert not same_victim_class("security personnel", "militants")
    assert not same_victim_class("medical personnel", "soldiers")


def test_rival_soldier_tolls_named_before_the_number() -> None:
    text = (
        "Insurgents overran an army outpost near the town of Korvel on Friday, killing at least five soldiers, "
        "a regional commander said.\n\n"
        "The Korvel Liberation Front said its fighters had killed 48 soldiers and seized weapons.\n\n"
        "A defence official, who asked not to be named, said the number of soldiers killed had risen to 11.\n\n"
        "Last year the group overran another outpost in the north, where dozens of soldiers were killed, "
        "officials said at the time."
    )
    got = _statuses(text)
    assert got["killed:48"] == "disputed"
    assert got["killed:11"] == "disputed"
    # negatives: a lower bound overlapping both; a past event's count "said at the time"
    assert got["killed:at least five"] != "disputed"
    assert got["killed:dozens"] != "disputed"


def test_a_country_ending_a_group_name_is_no_new_scene() -> None:
    text = (
        "Gunmen attacked a police post in the Harsa district on Monday, killing 14 security personnel, "
        "police officials said.\n\n"
        "The banned Jamaat-e-Mujahideen Pakistan claimed the attack, saying its fighters had killed 40 soldiers.\n\n"
        "In a separate attack in Quetta, gunmen killed 60 soldiers, the army said."
    )
    got = _statuses(text)
    assert got["killed:14"] == "disputed"
    assert got["killed:40"] == "disputed"
    # negative: another event ("In a separate attack") is no rival count
    assert got["killed:60"] != "disputed"


def test_a_side_denying_its_own_losses_disputes_the_count_of_its_fighters() -> None:
    text = (
        "Militants attacked an army base near the town of Orsa on Saturday, a military officer said.\n\n"
        "The defence minister said troops had repelled the insurgents and killed more than 30 of them. "
        "The Orsa Front denied losing any fighters.\n\n"
        "A doctor at the town's hospital said 12 civilians had been admitted with gunshot wounds."
    )
    got = _statuses(text)
    assert got["killed:more than 30"] == "disputed"
    # negative: the civilians' wounds are not the side's losses
    assert got["injured:12"] == "reported"


def test_a_speaker_saying_it_lost_no_one_does_not_dispute_its_own_claim() -> None:
    text = (
        "The Orsa Front said its fighters had killed 25 soldiers in an ambush near Orsa on Saturday. "
        "It denied losing any fighters.\n\n"
        "A farmer said 12 villagers had been killed by stray shells on Sunday in a market."
    )
    got = _statuses(text)
    assert got["killed:25"] != "disputed"  # "It": the claim's own speaker, about its own side
    assert got["killed:12"] != "disputed"  # (no fighters counted in that sentence)


def test_a_figure_someone_called_a_lie_in_its_own_sentence() -> None:
    text = (
        "The army said 40 rebels had been killed in the raid near Orsa, a figure the Orsa Front called \"a lie\".\n\n"
        "Police said three officers were wounded."
    )
    got = _statuses(text)
    assert got["killed:40"] == "disputed"
    assert got["injured:three"] == "reported"


def test_a_country_read_as_the_place_parts_no_rival_counts() -> None:
    text = (
        "Six soldiers were killed and nine militants died when insurgents ambushed a convoy in the Harsa district "
        "of Kandar province on Wednesday, the army said.\n\n"
        "The banned Jamaat-e-Mujahideen Pakistan said its fighters had killed 25 soldiers."
    )
    got = _statuses(text)
    assert got["killed:Six"] == "disputed"  # the group's count of the same soldiers, its place read as the country
    assert got["killed:25"] == "disputed"
    # negative: the militants are another group of victims
    assert got["killed:nine"] == "reported"


def test_a_denial_of_another_event_reaches_not_back_over_a_turn() -> None:
    text = (
        "UN: 18 villagers killed in cattle raids in Morra\n\n"
        "The UN mission said it had documented the killing of 18 villagers in raids by armed herders in Morra "
        "county last week.\n\n"
        "A county official said about 20 bodies had been buried in Morra.\n\n"
        "Elsewhere, the rebels said 40 civilians were killed when army jets bombed a market in Kessa on Friday.\n\n"
        "An army spokesman denied that civilians had been targeted.\n\n"
        "The 1998-2004 civil war killed about 300,000 people."
    )
    got = _statuses(text)
    assert got["killed:40"] == "disputed"  # the bombing the denial speaks of
    # negatives: the raids told before the turn, and a war dated by its years
    assert got["killed:18"] != "disputed"
    assert got["killed:about 20"] != "disputed"
    assert got["killed:about 300,000"] != "disputed"


def test_reports_of_dozens_of_casualties_called_false() -> None:
    text = (
        "A strike on a clinic in Varo town killed at least 17 people, including six children, rescuers said.\n\n"
        "A nurse said dozens of wounded people were brought to the town's hospital.\n\n"
        "The army said it had hit a rebel command post. It said reports of \"dozens of civilian casualties\" "
        "were \"false and exaggerated\".\n\n"
        "Elsewhere, five people were killed by shelling in Dama, a local official said."
    )
    got = _statuses(text)
    assert got["killed:at least 17"] == "disputed"
    assert got["injured:dozens"] == "disputed"
    # negative: another event, after a paragraph turning away
    assert got["killed:five"] != "disputed"


def test_the_group_s_claims_rejected() -> None:
    text = (
        "Militants attacked an army post in Saro district overnight, killing three soldiers, the army said.\n\n"
        "The outlawed Saro Liberation Front said its fighters had killed 30 soldiers.\n\n"
        "The army rejected the group's claims as \"baseless propaganda\"."
    )
    got = _statuses(text)
    assert got["killed:30"] == "disputed"


def test_the_group_s_claims_with_two_groups_name_none() -> None:
    text = (
        "The Saro Liberation Front said on Monday it had killed 30 soldiers near Saro.\n\n"
        "The Dano People's Army said on Tuesday it had abducted 12 police officers in Dano.\n\n"
        "A government spokesman dismissed the group's claims."
    )
    got = _statuses(text)
    # negative: two armed groups cited, "the group" names neither for sure
    assert got["killed:30"] != "disputed" or got["detained:12"] != "disputed"
