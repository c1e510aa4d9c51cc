"""Session 20 status rules (attrib_README status rule 1: a source denies or contests the casualties).
Invented articles (none copied from an evaluation set); each positive fails without its rule, and a
close negative stays as it was.

- A denial naming its victims by their noun ("denied that any guard had died", "was 'not aware of
  any soldier missing or captured'", "saying no soldiers had been hurt", "not a single officer has
  been abducted") disputes another source's figure of that outcome counting that group, in the
  event it speaks of (``figures.denied_of_a_class``); a denial of another time ("before the riot")
  and a count of another group are not reached."""

from __future__ import annotations

from summarizer.evidence.figures import denied_of_a_class
from summarizer.testing import statuses as _statuses

_JAIL = (
    "Riot at Velo prison\n\n"
    "LESK, May 4 (AP) - Inmates at Velo prison rioted for six hours on Sunday, relatives and officials said.\n\n"
    "The Inmates' Families Union said on Monday that two guards had been killed and that 14 inmates were wounded "
    "in the fighting.\n\n"
    "DENIAL\n"
)


def test_a_denial_naming_its_victims_disputes_their_count() -> None:
    got = _statuses(_JAIL.replace("DENIAL", "The prison service denied that any guard had died."))
    assert got["killed:two"] == "disputed"
    assert got["injured:14"] != "disputed"  # another group and outcome


def test_a_denial_of_another_time_reaches_nothing() -> None:
    got = _statuses(_JAIL.replace("DENIAL", "The prison service denied that any guard had died before the riot."))
    assert got["killed:two"] != "disputed"


def test_a_side_saying_none_of_its_soldiers_were_hurt() -> None:
    text = (
        "Rocket fire on Tarn outpost\n\n"
        "The Kesh Front said on Telegram that its rockets had hit the Tarn outpost on Tuesday, wounding a number "
        "of soldiers.\n\n"
        "The army said the rockets fell in open ground, saying no soldiers had been hurt.\n"
    )
    assert _statuses(text)["injured:a number of"] == "disputed"
    # a statement of zero about another group disputes nothing
    assert _statuses(text.replace("no soldiers had been", "no farmers had been"))["injured:a number of"] != "disputed"


def test_forms_of_a_denial_naming_its_victims() -> None:
    got = denied_of_a_class(
        'Asked about the captives, the minister said he was "not aware of any soldier missing or captured".'
    )
    assert [(g, o) for _, g, o in got] == [("soldier", ("missing", "detained"))]
    got = denied_of_a_class('The police chief said "not a single officer has been abducted".')
    assert [(g, o) for _, g, o in got] == [("officer", ("detained",))]
    got = denied_of_a_class("The rebels denied that any of their fighters had been killed.")
    assert [(g, o) for _, g, o in got] == [("fighter", ("killed",))]
    # no group named; a count of its own; another time
    assert denied_of_a_class("No one was hurt in the blast.") == []
    assert denied_of_a_class("The army denied that any soldier had died, saying 3 were wounded.") == []
    assert denied_of_a_class("It denied that any inmate had died in custody before the riot.") == []


_RAID = (
    "Army says it killed 'terrorists' near Velo\n\n"
    "LESK, June 2 (Reuters) - Norland's army said on Monday it had killed about 40 \"terrorists\" in an operation "
    "near the village of Velo at the weekend.\n\n"
    "CRITIC\n"
)


def test_a_side_s_terrorists_and_the_civilians_it_is_said_to_have_killed_are_rival_counts() -> None:
    """attrib_README rule 1: the army's "about 40 terrorists" and a rights group's "soldiers executed 15
    civilians" count one event's dead; whom they were is the dispute, so both are disputed."""
    got = _statuses(
        _RAID.replace(
            "CRITIC",
            "The Kesh Rights League, a monitoring group, said soldiers had rounded up and killed 15 civilians at "
            "the village well.",
        )
    )
    assert got["killed:about 40"] == "disputed"
    assert got["killed:15"] == "disputed"


def test_civilians_killed_by_the_other_side_are_no_rival_count() -> None:
    # the civilians the militants killed are other dead, not the army's "terrorists"
    got = _statuses(
        _RAID.replace(
            "CRITIC",
            "The Kesh Rights League, a monitoring group, said the militants had killed 15 civilians at the village "
            "well before the operation.",
        )
    )
    assert got["killed:15"] != "disputed"
    assert got["killed:about 40"] != "disputed"


def test_the_side_accused_rejecting_the_accusation_disputes_its_casualties() -> None:
    """attrib_README rule 1: "The army rejected the allegations." after residents say soldiers killed
    12 villagers contests those deaths (``figures.rejected_accusations``)."""
    base = (
        "Raid on Velo\n\nResidents said WHO killed 12 villagers in Velo on Monday.\n\n"
        "The army rejected the allegations.\n"
    )
    assert _statuses(base.replace("WHO", "soldiers"))["killed:12"] == "disputed"
    # the accusation names another doer: the army's rejection does not answer for it
    assert _statuses(base.replace("WHO", "the rebels"))["killed:12"] != "disputed"
    # the army's own wounded soldiers are no casualties of the accusation it rejects
    own = (
        "Clashes in Velo\n\nThe army said troops came under attack in Velo on Monday and that 9 soldiers were "
        "injured.\n\nA student leader accused troops of beating protesters. The army rejected the allegations.\n"
    )
    assert _statuses(own)["injured:9"] != "disputed"


# Rule 2 (hedges), session 20/21: the harm itself under a modal ("may have fled", "could be displaced",
# "might still be missing") hedges the count it follows; the month "May" is no modal, and a modal after
# another number of the same sentence hedges that number, not the figure before it
# (``attribution.HARM_MODAL``, ``assemble.hedges_after_passed``).
_FLIGHT = (
    "Fighting near Oska\n\n"
    "OSKA, June 2 (Reuters) - Fighting between the army and the Tarn Front spread to three villages near Oska "
    "on Sunday, residents said.\n\n"
    "SENTENCE\n"
)


def test_the_harm_under_a_modal_is_unverified() -> None:
    got = _statuses(_FLIGHT.replace("SENTENCE", "UNHCR said up to 30,000 people may have fled the area."))
    assert got["displaced:up to 30,000"] == "unverified"
    got = _statuses(_FLIGHT.replace("SENTENCE", "Local officials said 12 villagers might still be missing."))
    assert got["missing:12"] == "unverified"


def test_the_month_may_is_no_modal() -> None:
    got = _statuses(_FLIGHT.replace("SENTENCE", "In May, 300 people fled the area, local officials said."))
    assert got["displaced:300"] == "reported"


def test_a_modal_after_another_number_hedges_that_number() -> None:
    got = _statuses(
        _FLIGHT.replace(
            "SENTENCE",
            "The fighting displaced 5,000 people last week, and up to 40,000 more could be displaced, "
            "the UN said.",
        )
    )
    assert got["displaced:up to 40,000"] == "unverified"
    assert got["displaced:5,000"] == "reported"
