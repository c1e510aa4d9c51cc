"""Session 8 status faults, on invented articles: a denial of an act of attack is no denial of
the casualties, and rival counts of one event are disputed on both sides."""

from __future__ import annotations

from summarizer.evidence.attribution import denies_a_role, disputes
from summarizer.testing import statuses as _statuses


def test_denying_the_strike_does_not_dispute_the_toll() -> None:
    text = (
        "An airstrike hit a market in Tolo on Monday, killing 14 people, the health ministry said.\n\n"
        "The army denied that its jets had carried out the strike, saying it had no aircraft in the area."
    )
    assert _statuses(text)["killed:14"] == "reported"


def test_denying_the_act_and_blaming_others_for_the_deaths_is_no_dispute() -> None:
    text = (
        "An airstrike hit a market in Tolo on Monday, killing 14 people, the health ministry said.\n\n"
        "The army denied its soldiers had fired on the market and blamed the rebels for the deaths."
    )
    assert _statuses(text)["killed:14"] == "reported"


def test_a_side_denying_shelling_does_not_dispute_its_own_losses() -> None:
    same_sentence = (
        "The army, which denied shelling the village of Kem, said three of its soldiers were killed "
        "in the fighting there."
    )
    assert _statuses(same_sentence)["killed:three"] == "reported"
    next_sentence = (
        "The rebels said on Friday that four of their fighters had died in clashes near Ordo. "
        "They denied shelling the village, saying the claims were lies."
    )
    assert _statuses(next_sentence)["killed:four"] == "reported"
    calling = (
        "The militia said six of its members were killed in an army raid on Sunday. "
        "The militia denied attacking the convoy, calling the reports fabricated."
    )
    assert _statuses(calling)["killed:six"] == "reported"


def test_a_denial_of_the_act_that_also_contests_the_dead_still_disputes() -> None:
    text = (
        "An airstrike hit a market in Tolo on Monday, killing 14 people, the health ministry said.\n\n"
        "The army denied shelling the market and said reports of dead civilians were lies."
    )
    assert _statuses(text)["killed:14"] == "disputed"
    called = (
        "An airstrike hit a market in Tolo on Monday, killing 14 people, the health ministry said.\n\n"
        "The army denied carrying out the strike and called the figures propaganda."
    )
    assert _statuses(called)["killed:14"] == "disputed"


def test_denies_a_role_reads_acts_not_events() -> None:
    assert denies_a_role("The air force denied it carried out the raid.")
    assert denies_a_role("The group denied attacking the convoy.")
    assert denies_a_role("The ministry denied any involvement.")
    assert not denies_a_role("The army denied the attack took place.")
    assert not denies_a_role("The army denied that any civilians were killed.")
    assert disputes("The army denied that any civilians were killed.")
    assert not disputes("The group denied attacking the convoy, calling the claims lies.")
    assert disputes("The group denied attacking the convoy, calling reports of 20 dead lies.")


def test_rival_counts_of_refugees_and_of_the_dead_are_disputed() -> None:
    text = (
        "Gunmen raided a displacement camp outside the town of Mera on Sunday night, killing four "
        "refugees, the UN refugee agency said.\n\n"
        "A camp elder, Musa Idris, said the raiders had come from across the border in the Kallo "
        'region. "We have buried seven dead," he said.'
    )
    got = _statuses(text)
    assert got["killed:four"] == "disputed"
    assert got["killed:seven"] == "disputed"


def test_a_toll_of_the_raid_twice_another_is_still_disputed() -> None:
    text = (
        "Militiamen raided the settlement of Gorma on Saturday. "
        "The interior ministry said 12 civilians were killed.\n\n"
        "Residents told reporters that 40 civilians had been killed in the raid."
    )
    got = _statuses(text)
    assert got["killed:12"] == "disputed"
    assert got["killed:40"] == "disputed"


def test_an_announced_lower_count_is_set_against_a_much_larger_one() -> None:
    text = (
        "A car bomb exploded outside a police station in Harat on Monday, killing at least 25 people, "
        "hospital sources said.\n\n"
        "The interior minister put the toll lower, saying 9 people had been killed and 10 wounded.\n\n"
        "A nurse at the main hospital said more than 60 wounded people had been brought in."
    )
    got = _statuses(text)
    assert got["injured:10"] == "disputed"
    assert got["injured:more than 60"] == "disputed"


def test_large_gaps_without_a_sign_of_one_event_stay_apart() -> None:
    intake = (
        "Shelling hit the district of Vara on Friday. Officials said 40 people were wounded.\n\n"
        "A doctor at the city hospital said 15 wounded people had been brought in after the shelling."
    )
    assert "disputed" not in _statuses(intake).values()
    lower_bounds = (
        "Gunmen attacked a church in Veno on Sunday. At least 15 people were killed, police said.\n\n"
        "A church leader said at least 35 people were killed."
    )
    assert "disputed" not in _statuses(lower_bounds).values()
    another = (
        "A drone hit a market in Pello on Monday, killing 8 people, officials said.\n\n"
        "A rescue worker said 30 people were killed in the strike on the bridge."
    )
    assert "disputed" not in _statuses(another).values()


def test_a_lower_toll_of_n_announces_a_differing_count() -> None:
    text = (
        "Armed men attacked the market town of Sabo overnight, a local elder said.\n\n"
        '"We have buried 26 bodies so far," the elder, Ibrahim Dodo, told reporters.\n\n'
        "The district police chief gave a lower toll of 11 dead and said patrols had been sent."
    )
    got = _statuses(text)
    assert got["killed:26"] == "disputed"
    assert got["killed:11"] == "disputed"
    not_a_count = (
        "Armed men attacked the market town of Sabo overnight, killing 26 people, a local elder said.\n\n"
        "The police chief reported a lower number of attacks this year than last year."
    )
    assert "disputed" not in _statuses(not_a_count).values()
