"""Rules found on the unseen invented set tests/data/attrib_fresh8.jsonl, tested on other invented
sentences (summarizer/evidence/__init__.py, "Status")."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, paragraph_doubts
from summarizer.testing import code_only

CLAIMS_PARAGRAPH = (
    "The regional water board said 300 people had fled the lakeside villages since June.\n\n"
    "Along the northern ridge, the rebels said they had overrun two outposts and killed scores of soldiers. "
    "A rebel commander said five of his fighters had died. "
    "The army did not comment. "
    "The claims could not be independently verified.\n\n"
    "A hospital in the valley said it had treated 14 wounded people on Monday."
)


def test_the_claims_closing_a_paragraph_is_no_blanket() -> None:
    assert blanket_doubt(CLAIMS_PARAGRAPH) is None
    ((p0, _d0, doubt),) = paragraph_doubts(CLAIMS_PARAGRAPH)
    assert doubt == "The claims could not be independently verified."
    assert CLAIMS_PARAGRAPH[p0:].startswith("Along the northern ridge")


def test_the_claims_doubt_reaches_its_paragraph_only() -> None:
    status = {c.phrase: c.status for c in code_only(CLAIMS_PARAGRAPH).casualties}
    scores = [s for p, s in status.items() if "scores" in p]
    five = [s for p, s in status.items() if "five" in p]
    families = [s for p, s in status.items() if "300" in p]
    wounded = [s for p, s in status.items() if "14" in p]
    assert scores == ["unverified"]  # three sentences back, past a sentence with a number of its own
    assert five == ["unverified"]
    assert families == ["reported"]  # another paragraph, before it
    assert wounded == ["reported"]  # another paragraph, after it


def test_the_reports_is_still_a_blanket() -> None:
    text = (
        "The governor said 12 people were killed in the raid.\n\n"
        "Residents said 30 homes were burned and 200 people fled. "
        "The reports could not be independently verified."
    )
    assert blanket_doubt(text) == "The reports could not be independently verified."
    assert paragraph_doubts(text) == []


def test_the_claims_opening_an_article_stays_a_blanket() -> None:
    text = (
        "The claims could not be independently verified.\n\n"
        "The militia said it had killed 20 soldiers, and the army said 15 militiamen died."
    )
    assert blanket_doubt(text) == "The claims could not be independently verified."
    assert paragraph_doubts(text) == []
