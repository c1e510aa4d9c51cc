"""Source kind and party, session 16 (summarizer/evidence/__init__.py, "Sources, session 16"), on
invented sentences only, each rule with a negative."""

from __future__ import annotations

from summarizer.schema import Source
from summarizer.testing import code_only


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- unnamed and anonymous


def test_unnamed_officer_with_a_place_phrase_asking_anonymity_is_anonymous() -> None:
    s = (
        "Gunmen killed nine soldiers near Vossa on Friday. A customs officer in the small border town of "
        "Lemmet, who asked not to be named, said the toll could reach 12."
    )
    assert _find(s, "customs officer").kind == "anonymous"


def test_unnamed_officer_with_a_place_phrase_no_anonymity_negative() -> None:
    # negative: no anonymity clause, the noun's own kind stays
    s = (
        "Gunmen killed nine soldiers near Vossa on Friday. A police officer in the small border town of "
        "Lemmet said 12 died."
    )
    assert _find(s, "police officer").kind != "anonymous"


def test_private_person_asking_anonymity_stays_other() -> None:
    s = (
        "Gunmen killed nine soldiers near Vossa on Friday. A farmer's widow, who asked not to "
        "be named, said her brother was among the dead."
    )
    assert _find(s, "widow").kind == "other"
