"""Session 8 status rules, second round, on invented articles: rival counts seen through other
words for the same victims, an "about n" count compared by its band, and one side's count of
fighters against another source's however large the gap."""

from __future__ import annotations

from summarizer.evidence.figures import may_lie_within, victim_class
from summarizer.testing import statuses as _statuses


def test_victim_class_reads_other_words_for_the_same_victims() -> None:
    assert victim_class("police officers") == ("police", "")
    assert victim_class("police agents") == ("police", "")
    assert victim_class("policemen") == ("police", "")
    assert victim_class("its fighters") == ("fighters", "")
    assert victim_class("Tamar Front fighters") == ("fighters", "tamar front")
    assert victim_class("insurgents") == ("fighters", "")
    assert victim_class("terrorists") == ("fighters", "")
    assert victim_class("off-duty officers") is None  # a narrower group
    assert victim_class("children") is None


def test_rival_counts_of_police_by_two_words_are_disputed() -> None:
    text = (
        "Rebels ambushed a patrol near the town of Valdora on Tuesday, killing six police officers, "
        "Interior Minister Carla Ruiz said.\n\n"
        "In a statement, the rebel Southern Front said its fighters had killed eight police agents "
        "in the ambush."
    )
    got = _statuses(text)
    assert got["killed:six"] == "disputed"
    assert got["killed:eight"] == "disputed"


def test_an_about_count_is_compared_by_its_band() -> None:
    text = (
        "State television said on Monday that troops had killed about 40 Tamar Front fighters in clashes "
        "near Ossin last week. The Tamar Front said two of its fighters had been killed in the fighting."
    )
    got = _statuses(text)
    assert got["killed:about 40"] == "disputed"
    assert got["killed:two"] == "disputed"


def test_a_side_shrinking_its_own_losses_is_disputed_however_large_the_gap() -> None:
    text = (
        "Insurgents overran an army outpost near Kesso on Sunday night, killing at least 15 soldiers, "
        "two security sources told Reuters.\n\n"
        "Army spokesman Colonel Idris Bako said in a statement that four soldiers had died."
    )
    got = _statuses(text)
    assert got["killed:at least 15"] == "disputed"
    assert got["killed:four"] == "disputed"


def test_different_victims_are_no_rival_counts() -> None:
    text = (
        "Gunmen attacked a bus near Kesso on Sunday, killing 12 passengers, the police said.\n\n"
        "The army said four soldiers had died when their convoy struck a mine near Kesso."
    )
    got = _statuses(text)
    assert got["killed:12"] == "reported"
    assert got["killed:four"] == "reported"


def test_a_hedge_does_not_reach_a_new_report_after_it() -> None:
    text = (
        "Three farmers near the camp were said to have been killed by stray shells, according to "
        "villagers, who said that about 600 people had fled to Marsa overnight."
    )
    got = _statuses(text)
    assert got["killed:Three"] == "unverified"
    assert got["displaced:about 600"] == "reported"
    still = "Three farmers were said to have been killed and about 600 people had fled, villagers said."
    assert _statuses(still)["displaced:about 600"] == "unverified"


def test_a_count_rejecting_another_number_disputes_it() -> None:
    text = (
        "A drone struck a truck near Harun on Monday, killing four members of a local militia, the "
        "militia said.\n\n"
        "The provincial security committee said the strike had killed three people, not four."
    )
    got = _statuses(text)
    assert got["killed:three"] == "disputed"
    assert got["killed:four"] == "disputed"


def test_a_later_death_toll_twice_another_is_a_rival_count() -> None:
    text = (
        "Gunmen attacked a cattle market in Boro on Sunday, killing 15 villagers, the interior ministry said.\n\n"
        "A local youth leader, reached by telephone, said the death toll was at least 35 and that "
        "many people were missing."
    )
    got = _statuses(text)
    assert got["killed:at least 35"] == "disputed"
    assert got["killed:15"] == "disputed"


def test_suspects_detained_are_the_people_detained() -> None:
    text = (
        "Troops raided the Kafr camp overnight and detained nine wanted suspects, the army said.\n\n"
        "A prisoners' rights group said more than 15 people were arrested in the camp."
    )
    got = _statuses(text)
    assert got["detained:nine"] == "disputed"
    assert got["detained:more than 15"] == "disputed"


def test_a_contest_after_another_numbered_report_is_about_that_report() -> None:
    text = (
        "Floods and fighting have driven more than 90,000 people from their homes in the region, "
        "according to the UN.\n\n"
        "A rights group said in a report that soldiers had executed at least nine men in the village "
        "of Tessa. The ministry rejected the report as baseless."
    )
    got = _statuses(text)
    assert got["killed:at least nine"] == "disputed"
    assert got["displaced:more than 90,000"] == "reported"


def test_a_doubt_about_insurgents_reaches_terrorists_and_militants() -> None:
    text = (
        "Militants attacked a police post in Garu on Friday, killing three policemen, the regional "
        "governor said. He said troops had killed 22 terrorists in the counter-attack.\n\n"
        "The number of insurgents killed could not be independently confirmed."
    )
    got = _statuses(text)
    assert got["killed:22"] == "unverified"
    assert got["killed:three"] == "reported"


def test_an_independent_source_verifying_its_own_figure_in_the_next_sentence_confirms_it() -> None:
    text = (
        "Gunmen abducted at least seven traders from a bus near Loma on Friday, the rights group "
        "Human Rights Watch said. The group said it had verified the abductions with relatives of "
        "the victims. The gunmen did not respond to a request for comment."
    )
    assert _statuses(text)["detained:at least seven"] == "confirmed"
    official = (
        "Gunmen abducted at least seven traders from a bus near Loma on Friday, the district "
        "governor said. He said he had verified the abductions with relatives of the victims."
    )
    assert _statuses(official)["detained:at least seven"] == "reported"


def test_a_town_after_the_leads_region_is_no_other_event() -> None:
    assert may_lie_within("town of Essa", "Kora region")
    assert not may_lie_within("Kora region", "town of Essa")
    assert not may_lie_within("town of Essa", "Cameroon")  # a country ties no place
    text = (
        "ESSA (Invented) - The army said on Monday it had killed 21 rebel fighters in an operation in "
        "the Kora region.\n\n"
        "Army spokesman Colonel Paul Mbida said troops had killed 21 terrorists near the town of Essa "
        "on Saturday.\n\n"
        "The Kora Liberation Front said in a statement that only three of its fighters had died."
    )
    got = _statuses(text)
    assert got["killed:three"] == "disputed"


def test_a_denial_that_the_attack_took_place_disputes_its_toll() -> None:
    text = (
        "Gunmen attacked a village near Roda on Sunday, killing 11 people, a local official said. "
        "The army denied the attack took place."
    )
    assert _statuses(text)["killed:11"] == "disputed"
    role = (
        "Gunmen attacked a village near Roda on Sunday, killing 11 people, a local official said. "
        "The army denied it carried out the attack."
    )
    assert _statuses(role)["killed:11"] == "reported"
    later = (
        "Gunmen attacked a village near Roda on Sunday, killing 11 people, a local official said.\n\n"
        "In the north, rebels said they had shot down a helicopter, killing four soldiers. "
        "The army denied the incident had happened."
    )
    got = _statuses(later)
    assert got["killed:four"] == "disputed"
    assert got["killed:11"] == "reported"


def test_no_rival_count_from_a_war_tally_or_an_unplaced_count() -> None:
    tally = (
        "Insurgents raided the village of Mbau on Friday, killing seven people, the district "
        "administrator said.\n\n"
        "The conflict in Nora province, which began in 2017, has killed about 4,000 people, according "
        "to the monitoring group Acled."
    )
    assert _statuses(tally)["killed:seven"] == "reported"
    unplaced = (
        "Drone strikes hit a farm near the town of Amra on Tuesday, killing four members of the "
        "Northern Guard militia, the group said, adding that three of its fighters were killed.\n\n"
        "The defence ministry said its forces had neutralised 19 terrorists in the north in the past "
        "24 hours, without giving locations."
    )
    assert _statuses(unplaced)["killed:19"] == "reported"


def test_claims_called_false_after_rejecting_an_accusation_contest_the_accusation() -> None:
    text = (
        "Raiders from the hills attacked the village of Kol on Sunday, a local chief said. "
        '"Six of my neighbours are missing," he said.\n\n'
        "Leaders of the hill district rejected the accusation. "
        '"Our young men were at home; these claims are false," their spokesman said.'
    )
    assert _statuses(text)["missing:Six"] == "reported"
    count = (
        "Raiders from the hills attacked the village of Kol on Sunday, a local chief said. "
        '"Six of my neighbours are missing," he said.\n\n'
        "Leaders of the hill district rejected the accusation. "
        '"These figures are false," their spokesman said.'
    )
    assert _statuses(count)["missing:Six"] == "disputed"


def test_the_same_count_by_an_independent_monitor_placed_by_country_confirms() -> None:
    text = (
        "Missiles struck a market in the district of Lorn on Tuesday, killing at least six people, "
        "the regional governor said.\n\n"
        "The U.N. Human Rights Monitoring Mission in Chad said its staff had visited the site and "
        "that at least six civilians had been killed."
    )
    got = _statuses(text)
    assert got["killed:at least six"] == "confirmed"


def test_two_single_people_told_differently_do_not_confirm_each_other() -> None:
    text = (
        "A 12-year-old boy was killed by a stray bullet in Tarma on Friday, the mayor said.\n\n"
        "The Red Cross said a neighbour's son had been killed in the shooting in Tarma."
    )
    got = _statuses(text)
    assert "confirmed" not in got.values()


def test_one_sides_fighters_and_the_others_militants_are_two_groups() -> None:
    from summarizer.evidence.figures import same_victim_class

    assert same_victim_class("TNLA fighters", "its fighters")
    assert same_victim_class("terrorists", "its fighters")
    assert not same_victim_class("SDF fighters", "militants")
    text = (
        "Militants attacked a checkpoint of the Northern Guard near Sura overnight, killing nine "
        "fighters, the Northern Guard said. It said four militants were killed.\n\n"
        "A war monitor put the toll higher. It said 13 Northern Guard fighters had been killed."
    )
    assert _statuses(text)["killed:four"] == "reported"


def test_a_vague_word_without_bounds_is_no_rival_count() -> None:
    text = (
        "Shelling hit the border village of Tarn overnight. The defence ministry said one soldier had "
        "been killed and two wounded.\n\n"
        "A local official said several civilians had been lightly injured by shrapnel."
    )
    got = _statuses(text)
    assert got["injured:two"] == "reported"
    assert got["injured:several"] == "reported"


def test_others_among_the_dead_do_not_make_the_toll_a_part() -> None:
    text = (
        "Gunmen attacked a market in Boro on Sunday, killing 15 villagers, the interior ministry said.\n\n"
        'A local youth leader said the death toll was "at least 35" and that women and children '
        "were among those killed."
    )
    got = _statuses(text)
    assert got["killed:at least 35"] == "disputed"
    assert got["killed:15"] == "disputed"
