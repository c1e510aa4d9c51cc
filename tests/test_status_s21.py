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
