"""Session 19 status rules (attrib_README status rule 1, rival counts of the same event). Invented
articles (none copied from an evaluation set); each positive fails without its rule, and a close
negative stays as it was.

- A source's count in another paragraph dated by its own time word ("On Saturday, five people were
  killed in ... , the group said") tells another event: it no longer makes the source's toll a
  breakdown, so a rival's toll of the same event disputes it (``assemble._dated_elsewhere``)."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses

_MARKET = (
    "Drone strike on Velo market\n\n"
    "LESK, March 5 (Reuters) - A drone strike on the livestock market of Velo killed at least 23 people on "
    "Wednesday, a local medical group said.\n\n"
    "The Velo Medics Network said in a statement that 23 people were killed when two drones hit the market.\n\n"
    "The Kesh Front, which holds the town, blamed the army. Its spokesman Aran Dell said in a post on Telegram "
    "that the toll had reached 31.\n\n"
    "OTHER\n"
)


def test_a_count_of_another_dated_event_is_no_breakdown() -> None:
    got = _statuses(
        _MARKET.replace(
            "OTHER", "On Saturday, five people were killed in a drone attack on a camp near Lesk, the network said."
        )
    )
    assert got["killed:23"] == "disputed"
    assert got["killed:31"] == "disputed"
    assert got["killed:five"] != "disputed"


def test_an_undated_count_of_the_source_may_still_be_a_breakdown() -> None:
    got = _statuses(
        _MARKET.replace("OTHER", "Five people were killed at the well beside the market, the network said.")
    )
    assert got["killed:31"] == "reported"


def test_a_belief_before_any_quantity_hedges_it() -> None:
    """attrib_README rule 2: figures hedged with "he believed" are unverified, whatever words open the count."""
    base = "Gunmen attacked Velo village on Monday.\n\n{}\n"
    got = _statuses(base.format("Priests in Lesk said they believed between 8 and 11 girls had been abducted."))
    assert got["detained:between 8 and 11"] == "unverified"
    got = _statuses(base.format("The mayor said he thought several people had been killed."))
    assert got["killed:several"] == "unverified"
    # a belief about another matter before the count hedges nothing
    got = _statuses(
        base.format("The mayor said he believed the gunmen came from Lesk, and that 12 people were killed.")
    )
    assert got["killed:12"] == "reported"
