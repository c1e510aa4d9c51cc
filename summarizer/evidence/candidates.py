"""Deterministic casualty-sentence candidates: offered to the model as hints, and used as a
fallback when the model returns nothing usable."""

from __future__ import annotations

from dataclasses import dataclass, replace

from summarizer.evidence._text import sentence_spans
from summarizer.evidence.attribution import find_attribution, find_hedges
from summarizer.evidence.quantities import OUTCOME_RE, Quantity, quantity_for_outcome

__all__ = ["OUTCOMES", "Candidate", "find_candidates"]

OUTCOMES: tuple[str, ...] = ("killed", "injured", "missing", "detained", "displaced")


@dataclass(frozen=True)
class Candidate:
    outcome: str  # killed|injured|missing|detained|displaced
    sentence: str
    start: int  # sentence offsets in article
    end: int
    quantity: Quantity | None  # offsets relative to the article (not the sentence)
    source: str | None
    hedges: tuple[str, ...]


def _shift(q: Quantity, by: int) -> Quantity:
    return replace(q, start=q.start + by, end=q.end + by)


def find_candidates(article: str) -> list[Candidate]:
    """Casualty candidates in article order: one per (sentence, outcome) with a trigger word.

    A candidate's ``quantity`` is the quantity governing the outcome in that sentence (see
    ``quantity_for_outcome``), or None when the sentence names the outcome without a count
    ("civilians and soldiers were killed"). Negated sentences ("no civilians were
    injured") give a quantity of 0; callers that only want casualties drop them.
    """
    out: list[Candidate] = []
    for s, e in sentence_spans(article):
        sent = article[s:e]
        found: list[tuple[str, Quantity | None]] = []
        for outcome in OUTCOMES:
            if not OUTCOME_RE[outcome].search(sent):
                continue
            found.append((outcome, quantity_for_outcome(sent, outcome)))
        if not found:
            continue
        source = find_attribution(sent)
        hedges = tuple(find_hedges(sent))
        for outcome, q in found:
            out.append(
                Candidate(
                    outcome=outcome,
                    sentence=sent,
                    start=s,
                    end=e,
                    quantity=_shift(q, s) if q is not None else None,
                    source=source,
                    hedges=hedges,
                )
            )
    return out
