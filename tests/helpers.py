"""Helpers shared by several test modules (importable as ``helpers``: ``tests/`` is on the path,
as for ``fakeserver``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2018\u2019\u201c\u201d`'\"]", "'", s)
    s = re.sub(r"[\u2010-\u2015-]", "-", s)
    return " ".join(s.split())


def check_offsets(summary: Any, article: str) -> int:
    """Every evidence span with offsets slices the article to its quote. Returns the count."""
    n = 0

    def walk(obj: Any) -> None:
        nonlocal n
        if isinstance(obj, dict):
            if "quote" in obj and obj.get("start") is not None:
                start, end = obj["start"], obj["end"]
                assert 0 <= start <= end <= len(article), obj
                assert _norm(article[start:end]) == _norm(obj["quote"]), (article[start:end], obj)
                n += 1
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    walk(summary.model_dump())
    return n


@dataclass(frozen=True)
class Figure:
    """A casualty figure a real model run must find: outcome, the quantity words as written,
    the derived range (``high`` None = open), and names any of which the reporting source
    must contain (compared normalised)."""

    outcome: str
    phrase: str
    low: int
    high: int | None
    source: tuple[str, ...]


def check_live_summary(summary: Any, article: str, provider: str, expect: Figure | None = None) -> None:
    """A summary from a real model run: provenance names the provider, tokens were counted
    both ways, there is at least one casualty figure, every figure's evidence slices the
    article to its quote and holds its quantity words, at least one figure names a source
    the article names, and (``expect``) the main figure is there with its range and source.
    An empty extraction fails."""
    assert summary.provenance is not None
    assert summary.provenance.provider == provider
    assert summary.provenance.usage.prompt_tokens > 0
    assert summary.provenance.usage.completion_tokens > 0
    assert summary.casualties, "no casualty figure"
    n = check_offsets(summary, article)
    assert n >= len(summary.casualties), (n, len(summary.casualties))
    for c in summary.casualties:
        assert c.evidence and c.evidence[0].start is not None, c
        quote = _norm(article[c.evidence[0].start : c.evidence[0].end])
        assert _norm(c.phrase) in quote, (c.phrase, quote)
    named = [c for c in summary.casualties if c.reported_by and _norm(c.reported_by) in _norm(article)]
    assert named, f"no figure names a source: {[c.reported_by for c in summary.casualties]}"
    assert summary.sources, "no source"
    if expect is not None:
        match = [
            c for c in summary.casualties if c.outcome == expect.outcome and _norm(c.phrase) == _norm(expect.phrase)
        ]
        assert match, (
            f"{expect.phrase!r} ({expect.outcome}) not found: {[(c.outcome, c.phrase) for c in summary.casualties]}"
        )
        main = match[0]
        assert (main.low, main.high) == (expect.low, expect.high), (main.low, main.high)
        by = _norm(main.reported_by or "")
        assert any(_norm(name) in by for name in expect.source), (main.reported_by, expect.source)


def assert_spans(text: str, got: Any, expected: list[str], *, collapse_ws: bool = False) -> None:
    """Items found in ``text`` (each with ``name``, ``start``, ``end``) have the expected names,
    in order, and each one's offsets slice ``text`` to its name (whitespace runs made one space
    when ``collapse_ws``: names read across a wire line break)."""
    assert [g.name for g in got] == expected
    for g in got:
        span = text[g.start : g.end]
        assert (" ".join(span.split()) if collapse_ws else span) == g.name


# The hand-written fixtures (fixtures/scripted/, cases seed-reask and seed-stubborn) replay under
# an endpoint and model names no real model has: a summary made from them says
# ``answers_from: hand-written``.
HAND_WRITTEN_URL = "http://hand-written.invalid/v1"
#: recorded with hints off: the model names figures itself (and fabricates one) only when no
#: software-found figures are listed
HAND_WRITTEN = {
    "provider": "openai-compatible",
    "base_url": HAND_WRITTEN_URL,
    "model": "hand-written-reask",
    "hints": False,
}
HAND_WRITTEN_STUBBORN = {**HAND_WRITTEN, "model": "hand-written-stubborn"}
#: the CLI arguments that replay the hand-written re-ask case of the seed
HAND_WRITTEN_ARGS = [
    "--offline",
    "--no-hints",
    "--provider",
    "openai-compatible",
    "--base-url",
    HAND_WRITTEN_URL,
    "--model",
    "hand-written-reask",
    "--published",
    "2025-03-07",
]


def checked_summary(article: str, published: date | None = None) -> Any:
    """The code-only summary of ``article`` (no model) after the local checks, offsets strict."""
    from summarizer.checks import run_checks
    from summarizer.testing import code_only

    s = code_only(article, published=published)
    s, _ = run_checks(s, article, published=published, strict_offsets=True, in_place=True)
    return s


def figure_ranges(article: str) -> list[tuple[str, int | None, int | None]]:
    """(outcome, low, high) of every figure of ``checked_summary(article)``, sorted."""
    return sorted((c.outcome, c.low, c.high) for c in checked_summary(article).casualties)


def code_only_sources(article: str) -> dict[str, Any]:
    """The sources of the code-only summary of ``article`` (no model, no checks), by name."""
    from summarizer.assemble import build_summary
    from summarizer.schema import Extraction

    empty = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    s, _ = build_summary(empty, article, published=None)
    return {x.name: x for x in s.sources}


def source_party(article: str, name: str) -> bool | None:
    """``party_to_conflict`` of the first source of ``code_only_sources(article)`` whose name
    contains ``name`` (case-insensitive); fails when none does."""
    srcs = code_only_sources(article)
    hit = next((v for k, v in srcs.items() if name.lower() in k.lower()), None)
    assert hit is not None, f"{name!r} not among {list(srcs)}"
    return hit.party_to_conflict  # type: ignore[no-any-return]
