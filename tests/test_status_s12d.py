"""Session 12 status rule 2 (bl): a blanket doubt scoped to kinds of sources ("None of the figures given
by the armed groups or by officials could be independently verified", "Casualty figures from the military
could not be confirmed") makes unverified only the figures of those sources (attrib_README status rule
2); the UN's, the Red Cross's or a hospital's figures stay reported. An unscoped blanket still reaches
them all. Invented articles (none copied from an evaluation set); negatives included."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, doubted_kinds
from summarizer.testing import statuses as _statuses

_CLASH = (
    "Clashes in Marova hills kill 23\n\n"
    "MAROVA - Fighting between two rebel factions in the Marova hills has killed at least 23 people "
    "since Tuesday, the provincial governor said on Friday.\n\n"
    "DOUBT Roads into the hills have been closed since the weekend.\n\n"
    "The United Nations said 9,000 people had fled the area."
)


def test_doubt_of_armed_groups_and_officials_reaches_the_governor() -> None:
    got = _statuses(
        _CLASH.replace(
            "DOUBT",
            "None of the casualty figures given by the armed groups or by officials could be independently verified.",
        )
    )
    assert got["killed:at least 23"] == "unverified"


def test_doubt_of_armed_groups_and_officials_does_not_reach_the_un() -> None:
    got = _statuses(
        _CLASH.replace(
            "DOUBT",
            "None of the casualty figures given by the armed groups or by officials could be independently verified.",
        )
    )
    assert got["displaced:9,000"] == "reported"


def test_doubt_of_the_armed_groups_only_does_not_reach_the_governor() -> None:
    got = _statuses(_CLASH.replace("DOUBT", "Casualty figures given by the armed groups could not be verified."))
    assert got["killed:at least 23"] == "reported"
    assert got["displaced:9,000"] == "reported"


def test_an_unscoped_blanket_still_reaches_every_figure() -> None:
    got = _statuses(_CLASH.replace("DOUBT", "None of the casualty figures could be independently verified."))
    assert got["killed:at least 23"] == "unverified"


def test_doubted_kinds_reads_the_kinds_named() -> None:
    doubt = blanket_doubt("Casualty figures from the military could not be confirmed.")
    assert doubt is not None and doubted_kinds(doubt) == frozenset({"military"})
    doubt = blanket_doubt("None of the figures given by rebels or officials could be verified.")
    assert doubt is not None and doubted_kinds(doubt) == frozenset({"armed", "official"})


def test_doubted_kinds_names_no_kind_for_other_sources() -> None:
    doubt = blanket_doubt("None of the figures given by the hospital or the Red Cross could be verified.")
    assert doubt is None or doubted_kinds(doubt) is None
    doubt = blanket_doubt("None of the figures could be verified.")
    assert doubt is not None and doubted_kinds(doubt) is None


_BORDER = (
    "Border clashes kill soldiers and rebels\n\n"
    "TARSK - The army said on Monday its troops had killed 30 rebels in two days of fighting near Tarsk.\n\n"
    "The Volya Liberation Front, a rebel group, said it had killed 18 soldiers.\n\n"
    "DOUBT\n\n"
    "Doctors at the Tarsk district hospital said they had treated 40 wounded civilians."
)


def test_doubt_of_the_military_reaches_the_army_only() -> None:
    got = _statuses(
        _BORDER.replace("DOUBT", "Casualty figures from the military could not be independently confirmed.")
    )
    assert got["killed:30"] == "unverified"
    assert got["killed:18"] != "unverified"
    assert got["injured:40"] == "reported"


def test_doubt_of_the_armed_groups_reaches_the_rebels_not_the_hospital() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "Figures given by the rebel groups could not be verified."))
    assert got["killed:18"] == "unverified"
    assert got["killed:30"] != "unverified"
    assert got["injured:40"] == "reported"
