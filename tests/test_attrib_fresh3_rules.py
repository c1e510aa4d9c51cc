"""General rules found on ``tests/data/attrib_fresh3.jsonl`` (session 7), each tested on invented
sentences of its own (none copied from that set or from ``shared/eval``)."""

from __future__ import annotations

from datetime import date

from summarizer.assemble import build_summary
from summarizer.schema import Extraction, Summary


def _summary(text: str, published: date = date(2033, 3, 9)) -> Summary:
    empty = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    summary, _ = build_summary(empty, text, published=published)
    return summary


def _status(s: Summary, phrase: str) -> str:
    return next(c.status for c in s.casualties if c.phrase.lower().startswith(phrase.lower()))


def test_a_higher_count_differs_from_the_toll_not_from_its_parts() -> None:
    s = _summary(
        "Shelling killed at least 40 people in the valley on Friday, the Red Crescent said.\n\n"
        "In Tarvan, 18 killed; in Osel, nine, according to the Red Crescent. "
        "Among the dead were seven children.\n\n"
        "A local monitor put the toll higher, at 52 dead.\n\nMore news."
    )
    assert _status(s, "at least 40") == "reported"
    assert _status(s, "18") == "reported"
    assert _status(s, "seven") == "reported"
    assert _status(s, "52") == "reported"


def test_a_higher_count_still_disputes_a_lower_toll() -> None:
    s = _summary(
        "Police said 12 people were killed in the market blast in Tarvan on Friday.\n\n"
        "A local monitor put the toll higher, at 30 dead.\n\nMore news."
    )
    assert _status(s, "12") == "disputed"
    assert _status(s, "30") == "disputed"
