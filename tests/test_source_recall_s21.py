"""Source recall, session 21 (summarizer/evidence/__init__.py, "Sources, session 21"), on invented
sentences only, each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only

_LEAD = "Clashes in Velo\n\nGunmen killed 12 people in Velo on Monday, the mayor said.\n\n"


def _names(text: str, lead: str = _LEAD) -> list[str]:
    return [s.name for s in code_only(lead + text + "\n").sources]


# - a side giving "a very different account": an intensifier before the account's adjective


def test_a_very_different_account_is_a_source() -> None:
    got = _names("Norland's interior ministry gave a very different account.")
    assert any("interior ministry" in n for n in got), got
    got = _names("The Velo Liberation Front offered a starkly different version of events.")
    assert any("Velo Liberation Front" in n for n in got), got


def test_a_very_detailed_account_by_a_generic_subject_is_none() -> None:
    got = _names("Families of the dead gave a very detailed account of the raid.")
    assert not any("Families" in n for n in got), got
