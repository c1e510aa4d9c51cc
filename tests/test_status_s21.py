"""Status rule 1 (disputed), session 21: invented articles, each positive failing without its rule,
each with a close negative that stays as it was."""

from __future__ import annotations

from summarizer.testing import statuses

# Rival counts of one sweep's detainees: the arresting side names them by suspicion ("18 wanted
# individuals", "suspects") or as persons ("citizens"), the other side as people; a trailing word of
# the harm ("people rounded up") names no victims (``assemble._WHOLE_WHO``, ``assemble._WHO_HARM_TAIL``).
_RAID = (
    "Troops raid Kesh camp\n\n"
    "KESH, March 3 (Reuters) - Soldiers raided the Kesh refugee camp before dawn on Tuesday, residents said.\n\n"
    "The army said it had arrested 18 wanted individuals in the camp. The Kesh Detainees Committee said "
    "COUNT citizens were detained in the camp during the raid.\n"
)


def test_rival_counts_of_one_sweeps_detainees_are_disputed() -> None:
    got = statuses(_RAID.replace("COUNT", "at least 30"))
    assert got["detained:18"] == "disputed"
    assert got["detained:at least 30"] == "disputed"


def test_overlapping_counts_of_detainees_are_no_dispute() -> None:
    got = statuses(_RAID.replace("COUNT", "at least 15"))
    assert got["detained:18"] == "reported"
    assert got["detained:at least 15"] == "reported"


def test_people_rounded_up_are_the_people_arrested() -> None:
    got = statuses(
        "Police break up rally in Varo\n\n"
        "VARO, May 9 (AP) - Police fired tear gas at opposition supporters in the capital on Friday, "
        "witnesses said.\n\n"
        "A police spokesman said 40 people had been arrested for rioting. The opposition Unity Party said "
        "more than 120 people rounded up overnight were still held.\n"
    )
    assert got["detained:40"] == "disputed"
    assert got["detained:more than 120"] == "disputed"


# A count rejecting another at the end of its own clause ("five men had been taken by the soldiers, not
# three"): it and the earlier count of that number by another source contradict each other; a count of
# that number told after it is not the one rejected (``assemble._NOT_THAT_COUNT``, ``_corrected_counts``).
_TELL_AMIR = (
    "Raid on Tell Amir\n\n"
    "TELL AMIR, July 4 (Reuters) - Troops raided the village of Tell Amir overnight, residents said.\n\n"
)


def test_a_count_rejecting_an_earlier_one_at_its_clause_end_disputes_both() -> None:
    got = statuses(
        _TELL_AMIR + "The military said its soldiers detained three suspects in the village. A village elder, "
        "speaking on condition of anonymity, told Reuters that five men had been taken by the soldiers, not three.\n"
    )
    assert got["detained:three"] == "disputed"
    assert got["detained:five"] == "disputed"


def test_a_later_count_of_the_rejected_number_is_not_the_one_rejected() -> None:
    got = statuses(
        _TELL_AMIR + "A village elder, speaking on condition of anonymity, told Reuters that five men had been "
        "taken by the soldiers, not three.\n\n"
        "Separately, the border police said they had detained three smugglers near the crossing at Dura on Monday.\n"
    )
    assert got["detained:five"] == "reported"
    assert got["detained:three"] == "reported"
