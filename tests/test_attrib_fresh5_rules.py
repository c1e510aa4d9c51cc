"""Rules found on the unseen check attrib_fresh5 (tests/data/attrib_fresh5.jsonl), tested on
sentences invented for these tests (not copied from any evaluation set)."""

from __future__ import annotations

import pytest

from summarizer.evidence.figures import blanket_doubt

LEAD = "Nine villagers were killed in the raid, the governor said. "


@pytest.mark.parametrize(
    "doubt",
    [
        "Neither side's claims could be independently verified.",
        "Neither party's figures could be confirmed.",
        "The BBC was unable to independently verify either account.",
        "AP could not verify both claims.",
    ],
)
def test_blanket_over_both_sides_accounts(doubt: str) -> None:
    assert blanket_doubt(LEAD + doubt) == doubt


@pytest.mark.parametrize(
    "doubt",
    [
        "The BBC could not verify the army's account.",  # one source's account: no blanket
        "The claim could not be verified.",
    ],
)
def test_one_account_is_no_blanket(doubt: str) -> None:
    assert blanket_doubt(LEAD + doubt) is None
