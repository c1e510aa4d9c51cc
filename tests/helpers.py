"""Helpers shared by several test modules (importable as ``helpers``: ``tests/`` is on the path,
as for ``fakeserver``)."""

from __future__ import annotations

import re
import unicodedata
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


def check_live_summary(summary: Any, article: str, provider: str) -> None:
    """A summary from a real model run: provenance names the provider, tokens were counted
    both ways, and every evidence span slices the article."""
    assert summary.provenance is not None
    assert summary.provenance.provider == provider
    assert summary.provenance.usage.prompt_tokens > 0
    assert summary.provenance.usage.completion_tokens > 0
    check_offsets(summary, article)


def assert_spans(text: str, got: Any, expected: list[str], *, collapse_ws: bool = False) -> None:
    """Items found in ``text`` (each with ``name``, ``start``, ``end``) have the expected names,
    in order, and each one's offsets slice ``text`` to its name (whitespace runs made one space
    when ``collapse_ws``: names read across a wire line break)."""
    assert [g.name for g in got] == expected
    for g in got:
        span = text[g.start : g.end]
        assert (" ".join(span.split()) if collapse_ws else span) == g.name
