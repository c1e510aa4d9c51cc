"""Rules found on the unseen invented set tests/data/attrib_fresh6.jsonl, tested on other invented
sentences (summarizer/evidence/__init__.py, "Which source comes first in a sentence")."""

from __future__ import annotations

from summarizer.evidence.attribution import find_attribution
from summarizer.testing import code_only


def test_according_to_before_a_later_subject_clause() -> None:
    sent = (
        "More than 40,000 people have fled into the hills since March, according to the Red Cross, "
        "and local leaders say food is running short."
    )
    assert find_attribution(sent) == "the Red Cross"
    (fig,) = code_only(sent).casualties
    assert fig.reported_by == "the Red Cross"


def test_leading_subject_still_first() -> None:
    sent = "Local leaders say 300 families have fled, according to the Red Cross."
    assert find_attribution(sent) == "Local leaders"


def test_plain_subject_clause_unchanged() -> None:
    assert find_attribution("Floods killed 12 people in the valley, the provincial governor said.") == (
        "the provincial governor"
    )
