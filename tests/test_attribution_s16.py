"""Attribution and source recall, session 16 (summarizer/evidence/__init__.py, "Sources, session 16"), on
invented sentences only. Negatives included for every rule."""

from __future__ import annotations

from summarizer.evidence.attribution import _attributions
from summarizer.evidence.dates import dateline_at


def _sayers(s: str) -> list[str]:
    return [n for _, n in _attributions(s)]


# ---------------------------------------------------------------- victims with their own predicate


def test_victims_with_apposition_and_predicate_never_say() -> None:
    s = (
        "Four men, two guards and a cook, were shot dead when gunmen stormed a depot outside Velmar on "
        "Tuesday night in the hills of the north, the regional police said, in the worst attack this year."
    )
    assert _sayers(s) == ["the regional police"]


def test_subject_with_apposition_says_negative() -> None:
    # negative: the first chunk's apposition is followed by the reporting verb, not by its own predicate
    s = "Tomas Brel, a spokesman for the regional police, said four men were shot dead."
    assert _sayers(s) == ["Tomas Brel"]


def test_prison_system_is_a_sayer() -> None:
    s = "Nine inmates were killed in a riot at the Orvin jail, the prison system said."
    assert _sayers(s) == ["the prison system"]


# ---------------------------------------------------------------- datelines


def test_spanish_wire_dateline_with_full_stop_dash() -> None:
    dl = dateline_at("Villarosa, Costa Brava, Mar 3 (EFE).- Eleven miners were trapped, the company said.")
    assert dl is not None and dl.place == "Villarosa" and dl.agency == "EFE"
    s = "Villarosa, Costa Brava, Mar 3 (EFE).- Eleven miners were trapped underground, the mining ministry said."
    assert _sayers(s) == ["the mining ministry"]


def test_city_and_comma_opening_a_sentence_is_no_dateline_negative() -> None:
    # negative: a place and a comma with no date or agency, and no dash, opens an ordinary sentence
    assert dateline_at("Villarosa, the company said, has lost eleven miners.") is None
