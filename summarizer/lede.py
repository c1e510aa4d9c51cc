"""The summary's text: the model's sentence on what happened, then each figure with its source.

The model writes one sentence on who did what, where and when (its prompt asks for no
numbers). Code writes the figures: every figure in the summary is a grounded figure, stated
with its own number words, who counts it, where, its source (and the outlet that relayed it)
and its status when that is not a plain report, e.g.

    Syrian security forces clashed with gunmen loyal to the former government on the coast.
    The Syrian Observatory for Human Rights said over 130 people were killed (unverified);
    Al Mayadeen TV said over 30 males were killed in Mukhtariyeh.

Rules (issue 18: "every number in summary must be one of the grounded figures"; "attribute
each figure it states"):

* the model's sentence is kept only when each number in it is a grounded figure's number or
  part of a date ("7 March", "2025"); otherwise it is left out and a finding says why
  (``assemble`` reports it: the numbers are checked there against the article and figures);
* at most :data:`MAX_FIGURES` figures are written, killed first, then injured, missing,
  detained and displaced; within an outcome, sourced figures before unsourced ones and the
  largest toll (lower bound) first, then the article's order; one per source and outcome
  (that source's largest; the rest are in ``casualties``);
* a figure with no named source is "reported" ("dozens of people were reported killed");
* when two sources' figures for the same outcome, place, time and people cannot both be true
  (their ranges do not overlap) and the status rules found them contradicting each other (both
  ``disputed``), the summary says the sources differ: the disagreement is a key fact. Figures
  for different places, days or people (a region's count beside the country's) are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .schema import SUMMARY_CAP, Casualty

__all__ = ["MAX_FIGURES", "compose", "figure_clause"]

MAX_FIGURES = 4
_ORDER = {"killed": 0, "injured": 1, "missing": 2, "detained": 3, "displaced": 4}
#: words that open no "who" ("the names of those", "those who")
_NOT_WHO = frozenset({"the", "those", "these", "of", "them", "whom", "which", "who"})
#: nouns that name the outcome itself: "1,204 deaths", not "1,204 deaths were killed"
_OUTCOME_NOUNS = frozenset(
    {"deaths", "dead", "fatalities", "casualties", "injuries", "wounded", "killings", "bodies", "victims"}
)
#: a source name that opens with a determiner is written in lower case mid-sentence
_DETERMINER = re.compile(r"(?:the|a|an|one|two|three|some|several)\b", re.I)
#: quantity words that take "of" before who they count ("dozens of people")
_NEEDS_OF = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "scores", "tens", "handful", "couple", "lot", "lots"}
)
_STATUS = {"unverified": "unverified", "disputed": "disputed", "confirmed": "confirmed"}


def _plain(text: str) -> str:
    """One line, lower case when the article shouts (wire text in capitals)."""
    text = " ".join(text.split())
    return text.lower() if text.isupper() else text


def _lower_first(text: str) -> str:
    if text[:1].isupper() and not text[:2].isupper():
        return text[0].lower() + text[1:]
    return text


def _who(c: Casualty) -> str:
    """Who the figure counts, as written; "people" when the words are no short noun phrase
    ("the names of those")."""
    who = _plain(c.who)
    words = who.split()
    if not words or len(words) > 5 or words[0].casefold() in _NOT_WHO or "names" in who.casefold():
        return "people"
    return who


def figure_clause(c: Casualty) -> str:
    """One figure as a clause: its source, number words, who, outcome, place and status."""
    phrase = _lower_first(_plain(c.phrase)) or "some"
    who = _who(c)
    last = phrase.rsplit(None, 1)[-1].casefold()
    if last in _NEEDS_OF and not who.casefold().startswith("of "):
        who = f"of {who}"
    single = c.low == 1 and c.high == 1
    verb = "was" if single else "were"
    where = f" in {_plain(c.location)}" if c.location else ""
    status = f" ({_STATUS[c.status]})" if c.status in _STATUS else ""
    # "1,204 deaths": the words name the outcome already
    tail = f"{phrase} {who}" if who.casefold() in _OUTCOME_NOUNS else f"{phrase} {who} {verb} {c.outcome}"
    if c.reported_by:
        source = _lower_first(_plain(c.reported_by)) if _DETERMINER.match(c.reported_by) else _plain(c.reported_by)
        via = f" (via {_plain(c.via)})" if c.via else ""
        said = "reported" if who.casefold() in _OUTCOME_NOUNS else "said"
        return f"{source}{via} {said} {tail}{where}{status}"
    if who.casefold() in _OUTCOME_NOUNS:
        return f"{tail} were reported{where}{status}"
    return f"{phrase} {who} {verb} reported {c.outcome}{where}{status}"


def _overlap(a: Casualty, b: Casualty) -> bool:
    lo_a, lo_b = a.low or 0, b.low or 0
    hi_a = a.high if a.high is not None else float("inf")
    hi_b = b.high if b.high is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


def _chosen(figures: Sequence[Casualty]) -> list[Casualty]:
    seen: set[tuple[str, str]] = set()
    out: list[Casualty] = []
    ranked = sorted(figures, key=lambda c: (_ORDER.get(c.outcome, 9), not c.reported_by, -(c.low or 0)))
    for c in ranked:
        key = (c.outcome, (c.reported_by or "").casefold())
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out[:MAX_FIGURES]


def _same_scope(a: Casualty, b: Casualty) -> bool:
    """Both figures count the same thing as far as the text says: the same place and time
    (or neither given) and the same people."""

    def key(x: str | None) -> str:
        return " ".join((x or "").casefold().split())

    return key(a.location) == key(b.location) and key(a.when) == key(b.when) and _who(a) == _who(b)


def _differ(chosen: Sequence[Casualty]) -> list[str]:
    outcomes: list[str] = []
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            if (
                a.outcome == b.outcome
                and a.reported_by
                and b.reported_by
                and a.reported_by.casefold() != b.reported_by.casefold()
                and a.status == b.status == "disputed"
                and _same_scope(a, b)
                and not _overlap(a, b)
                and a.outcome not in outcomes
            ):
                outcomes.append(a.outcome)
    return outcomes


def _uncut(text: str) -> str:
    """A sentence the model's length cap cut mid-way ends at its last whole clause or word,
    with an ellipsis, instead of a broken word; when a whole sentence came before the cut
    one, that sentence alone."""
    text = text.strip()
    if len(text) < SUMMARY_CAP - 8 or re.search(r"[.!?][\"')\]]*$", text):
        return text
    # two sentences, the second cut: the first whole one is the sentence
    first = re.match(r"(.{40,}?[a-z\d)\]]{2}[.!?])\s+[A-Z]", text)
    if first:
        return first.group(1)
    head = text[: text.rfind(" ")] if " " in text else text
    clause = max(head.rfind(", "), head.rfind("; "))
    if clause >= len(head) * 0.6:
        head = head[:clause]
    return head.rstrip(" ,;:-") + "…"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if re.search(r"[.!?…][\"')\]]*$", text) else text + "."


def compose(model_sentence: str, figures: Sequence[Casualty]) -> str:
    """The summary: the model's sentence (already checked by the caller; "" to leave it out)
    and the figures written by code."""
    chosen = _chosen(figures)
    parts = [_sentence(_uncut(model_sentence))]
    if chosen:
        parts.append(_sentence("; ".join(figure_clause(c) for c in chosen)))
    for outcome in _differ(chosen):
        parts.append(f"The sources' figures for people {outcome} differ.")
    return " ".join(p for p in parts if p)
