"""Session 17 status rules (attrib_README status rules 1 and 2). Invented articles (none copied
from an evaluation set); each positive fails without its rule, and a close negative stays as it was.

- Rule 2: a blanket doubt about "the information" ("Information from either side cannot be
  independently verified", "The information we received could not be confirmed") doubts the
  figures in its scope as a doubt about "the reports" does."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses

_BORDER = (
    "Clashes on the Varna frontier\n\n"
    "Morning Ledger live page, Friday\n\n"
    "DOUBT\n\n"
    "07:10 - Norland's defence ministry says three soldiers were wounded when Estmark troops fired "
    "mortars at a post near the hamlet of Belo.\n\n"
    "08:30 - Norland's civil defence ministry says about 900 villagers were evacuated from the area overnight.\n"
)


def test_information_from_both_sides_unverifiable_doubts_the_sides_figures() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "Information from both sides cannot be independently verified."))
    assert got["injured:three"] == "unverified"
    assert got["displaced:about 900"] == "unverified"


def test_information_we_received_unconfirmed_is_a_blanket() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "The information this paper received could not be confirmed."))
    assert got["injured:three"] == "unverified"


def test_information_about_something_else_is_no_doubt() -> None:
    got = _statuses(_BORDER.replace("DOUBT", "Information about the talks was published on Thursday."))
    assert got["injured:three"] == "reported"
