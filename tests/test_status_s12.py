"""Session 12 status rules (st), on invented articles (none copied from an evaluation set): "disputed"
as an adjective ("their disputed border") contests nothing; an armed "attack later claimed by" a group
hedges no figure; a side's denial relayed "citing" another body; "reports of a massacre were
fabricated"; a part of a toll its source says it verified shares the confirmation; a toll of the
event told ("killed in the shelling") is not a sum of third sources' parts. Negatives included."""

from __future__ import annotations

from summarizer.evidence.attribution import disputes, find_hedges
from summarizer.evidence.figures import denied_victims, party_denials
from summarizer.testing import statuses as _statuses


def test_disputed_as_an_adjective_is_no_contest() -> None:
    assert not disputes("Troops from both countries clashed along their disputed border on Monday.")
    assert not disputes("Shells fell on the contested town of Varno overnight, killing six people.")
    assert not disputes("The long-disputed region has seen fighting since May.")
    # negatives: a verb, or the adjective before a count or a claim, still contests
    assert disputes("The ministry disputed the figures given by the rebels.")
    assert disputes("The army contested the toll.")
    assert disputes("Officials pointed to the disputed toll of 40 dead.")


def test_an_attack_later_claimed_by_a_group_hedges_nothing() -> None:
    assert not find_hedges(
        "Gunmen shot dead at least nine people, officials said, in an attack later claimed by the group."
    )
    assert not find_hedges("killed 12 people in a bombing later claimed by the rebels")
    # negatives: a count claimed, or claims made later, stay hedges
    assert find_hedges("The group later claimed it had killed 30 soldiers.")
    assert find_hedges("the 40 deaths claimed by the rebels")


def test_a_side_denial_relayed_citing_another_body() -> None:
    got = party_denials(
        "State television, citing the army's press office, said the jets had struck an arms depot "
        "and that no civilians had been harmed."
    )
    assert got and got[0][1] == "State television"
    # negative: a witness relaying no denial
    assert not party_denials("A resident, citing neighbours, said the jets had struck the market.")


def test_reports_of_a_massacre_called_fabricated() -> None:
    got = denied_victims('The spokesman said reports of a massacre were "fabricated news".')
    assert [o for _, o in got] == ["killed"]
    # negative: a massacre reported, not contested
    assert not denied_victims("Reports of a massacre reached the capital late on Friday.")


def test_a_side_saying_no_civilians_harmed_disputes_the_rival_toll() -> None:
    text = (
        "An air strike on a market in the Velna region killed at least 21 people, the Velna People's Army "
        "said on Friday.\n\n"
        "State-run VTV, citing the military's information office, said the air force had struck a rebel "
        "depot and that no civilians had been harmed.\n\n"
        "Reuters could not independently verify the reports.\n\n"
        "Fighting in the region has displaced more than 90,000 people since 2022, the United Nations says."
    )
    got = _statuses(text)
    assert got["killed:at least 21"] == "disputed"
    # negative: a tally over years is not the event the denial speaks of
    assert got["displaced:more than 90,000"] != "disputed"


def test_a_part_of_a_verified_toll_is_confirmed() -> None:
    text = (
        "Air strikes hit two villages in the Doran district on Tuesday.\n\n"
        "The UN mission said it had verified that at least 14 civilians, including five children, were "
        "killed in the strikes.\n\n"
        "A local official said 14 people, including three women, died."
    )
    got = _statuses(text)
    assert got["killed:at least 14"] == "confirmed"
    assert got["killed:five"] == "confirmed"
    # negative: a part of a toll with no check in its own sentence stays as it is
    assert got["killed:three"] == "reported"


def test_toll_of_the_event_is_not_a_sum_of_third_counts() -> None:
    text = (
        "Shells hit the town of Marsa overnight, killing nine people, a doctor at the main hospital said.\n\n"
        "The local council said 17 civilians had been killed in the shelling.\n\n"
        "A resident said two of her neighbours were killed."
    )
    got = _statuses(text)
    assert got["killed:nine"] == "disputed"
    assert got["killed:17"] == "disputed"
    # negative: without the event named, the council's count may be a sum of parts (as before)
    got2 = _statuses(text.replace(" in the shelling", " in the district this week"))
    assert got2["killed:17"] != "disputed"


def test_some_n_states_a_count_to_set_against_another() -> None:
    text = (
        "Fighting in the Lemar district forced thousands from their homes on Sunday.\n\n"
        "The provincial relief office said some 2,400 people had fled to schools in two towns. The "
        "regional welfare ministry, however, put the number of displaced at 3,600."
    )
    got = _statuses(text)
    assert got["displaced:some 2,400"] == "disputed"
    assert got["displaced:3,600"] == "disputed"
    # negative: "some" alone states no count
    got2 = _statuses(text.replace("some 2,400 people", "some people"))
    assert got2["displaced:3,600"] != "disputed"


def test_a_conflicts_running_total_is_no_event_a_denial_speaks_of() -> None:
    text = (
        "Soldiers killed at least eight civilians in a raid on a village on Sunday, residents said.\n\n"
        "An army spokesman denied that any civilians had been harmed.\n\n"
        "The conflict began in 2016 after a crackdown on protests. It has killed more than 5,000 people, "
        "according to a research group."
    )
    got = _statuses(text)
    assert got["killed:at least eight"] == "disputed"
    assert got["killed:more than 5,000"] != "disputed"
    # negative: "it" for something other than a conflict keeps the figure in the denial's reach
    text2 = text.replace(
        "The conflict began in 2016 after a crackdown on protests. It has", "A second raid followed. It has"
    )
    assert _statuses(text2)["killed:more than 5,000"] == "disputed"


def test_an_elided_group_after_and_is_the_group_just_named() -> None:
    text = (
        "Border forces clashed overnight.\n\n"
        'A rebel spokesman said four of its fighters had been "martyred" and 11 wounded.\n\n'
        "A hospital director said it had received 18 wounded civilians."
    )
    got = _statuses(text)
    assert got["injured:11"] != "disputed"
    assert got["injured:18"] != "disputed"
    # negative: people of no side before the elided count stay one group with civilians
    got2 = _statuses(text.replace("four of its fighters had been", "four people had been"))
    assert got2["injured:11"] == "disputed"


def test_figures_in_circulation_called_false() -> None:
    from summarizer.evidence.figures import figures_called_false

    got = figures_called_false('"The figures circulating online are false and aim to sow panic," Mr Ouedo said.')
    assert got and got[0][1] == "Mr Ouedo"
    # negatives: a number of its own, an owner named, no sayer
    assert not figures_called_false('"The figure of 40 is false," Mr Ouedo said.')
    assert not figures_called_false("The figures given by the rebels are false, the minister said.")
    assert not figures_called_false("The figures are false.")
    text = (
        "Gunmen killed at least 50 people in an attack on the village of Tandu on Monday, residents said.\n\n"
        "A farmer who fled said he had counted 38 bodies near the well.\n\n"
        "A medic said 12 wounded people had been brought to the clinic.\n\n"
        "Government spokesman Amadou Ouedo said 14 civilians had been killed.\n\n"
        '"The figures circulating online are false and aim to sow panic," Ouedo said.\n\n'
        "The insurgency has killed more than 9,000 people since 2016, according to a monitoring group."
    )
    st = _statuses(text)
    assert st["killed:38"] == "disputed"
    assert st["injured:12"] == "disputed"
    # negatives: the sayer's own count is not contested by it (disputed only as a rival count);
    # a conflict's running total is not the event
    assert st["killed:more than 9,000"] != "disputed"
    # negative: without the contest the medic's count (no rival) stays
    plain = _statuses(
        text.replace('"The figures circulating online are false and aim to sow panic," Ouedo said.\n\n', "")
    )
    assert plain["injured:12"] != "disputed"
