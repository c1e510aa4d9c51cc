"""summarize_long: a document too long for one call, split at sentence ends, each chunk through
the real pipeline with a scripted model (summarizer.testing.ScriptedProvider through
summarizer.api.Engine), reconciled with the same engine; every offset slices the ORIGINAL text."""

from __future__ import annotations

from itertools import pairwise

import pytest

from summarizer.api import Engine, Options
from summarizer.errors import InputError
from summarizer.evidence import sentence_spans
from summarizer.evidence.align import normalize
from summarizer.reconcile import summarize_long
from summarizer.reconcile.long import shift_summary, split_chunks
from summarizer.testing import ScriptedProvider

PARA = (
    "On {d} March, fighting spread to {p}. The Karan Human Rights Network (KHRN), a monitor, said {k} civilians "
    "were killed and {i} were injured in the shelling of the market. The Interior Ministry said {o} people were "
    "killed and blamed the rebels. Residents said the water station had been hit twice."
)
ANSWER = {
    "summary": "Shelling in several districts.",
    "sources": [{"name": "Karan Human Rights Network (KHRN)", "kind": "monitor"},
                {"name": "Interior Ministry", "kind": "official"}],
    "parties": [{"name": "rebels", "kind": "armed_group"}],
    "locations": ["Dalvar"],
    "figures": [],
    "casualties": [],
}  # fmt: skip


def document(n: int = 12) -> str:
    places = ["Dalvar", "Berun", "Sarkand", "Miran"]
    return "KARAN REPORT\n\n" + "\n\n".join(
        PARA.format(d=1 + k, p=places[k % 4], k=10 + 3 * k, i=20 + k, o=2 + k) for k in range(n)
    )


def engine() -> Engine:
    return Engine(Options(provider=ScriptedProvider([ANSWER]), cache=False, max_retries=0))


def test_chunks_end_at_sentence_ends_and_cover_the_text() -> None:
    doc = document()
    chunks = split_chunks(doc, 120)
    assert len(chunks) > 3
    ends = {e for _, e in sentence_spans(doc)}
    starts = {s for s, _ in sentence_spans(doc)}
    for a, b in pairwise(chunks):
        assert a.end <= b.start and a.end in ends and b.start in starts
        assert doc[a.end : b.start].strip() == ""
    assert chunks[0].start == 0 and chunks[-1].end == len(doc.rstrip())
    assert all(c.tokens <= 120 for c in chunks)


def test_a_sentence_over_the_budget_is_cut_at_a_space() -> None:
    doc = "word " * 400 + "end."
    chunks = split_chunks(doc, 50)
    assert len(chunks) > 5 and all(c.tokens <= 50 for c in chunks)
    assert all(doc[c.end - 1] != " " for c in chunks)


def test_budget_too_small_is_an_input_error() -> None:
    with pytest.raises(InputError):
        split_chunks("a b c.", 3)


def test_summarize_long_offsets_slice_the_original_document() -> None:
    doc = document()
    eng = engine()
    try:
        res = summarize_long(doc, engine=eng, max_chunk_tokens=150, published="2025-03-31", document_id="rep")
    finally:
        eng.close()
    assert len(res.chunks) >= 3 and len(res.summaries) == len(res.chunks)
    spans = 0
    for s in res.summaries:
        for group in (s.casualties, s.timeline, s.parties, s.locations, s.sources):
            for item in group:
                for ev in item.evidence:
                    if ev.start is not None:
                        spans += 1
                        assert normalize(doc[ev.start : ev.end]) == normalize(ev.quote)
    assert spans > 20
    assert len(res.report.events) == 1
    ev = res.report.events[0]
    assert ev.id == "rep" and {c.article_id for f in ev.figures for c in f.seen_in} == {"rep"}
    assert {c.chunk for f in ev.figures for c in f.seen_in} == set(range(1, len(res.chunks) + 1))
    for r in ev.ranges:
        for c in r.citations:
            assert normalize(doc[c.start : c.end]) == normalize(c.quote)  # type: ignore[index]
    killed = next(r for r in ev.ranges if r.outcome == "killed")
    assert killed.low is not None and killed.high is not None
    # the monitor's largest civilian toll of the document is the current one; the rest are parts
    khrn = [f for f in ev.figures if f.source_name.startswith("Karan") and f.outcome == "killed"]
    assert [f.low for f in khrn if f.role == "current"] == [max(f.low or 0 for f in khrn)]


def test_engine_context_caps_the_chunk_budget() -> None:
    eng = engine()
    eng.provider.context_tokens = 2200  # what a small local context would say
    try:
        res = summarize_long(document(6), engine=eng, max_chunk_tokens=100000, published="2025-03-31")
    finally:
        eng.close()
    assert all(c.tokens <= 2200 - eng.options.max_tokens - 900 for c in res.chunks)


def test_shift_summary_moves_every_evidence() -> None:
    doc = document(2)
    eng = engine()
    try:
        s = eng.summarize(doc, published="2025-03-31")
    finally:
        eng.close()
    moved = shift_summary(s, 100)
    pad = " " * 100 + doc
    for c in moved.casualties:
        for ev in c.evidence:
            assert normalize(pad[ev.start : ev.end]) == normalize(ev.quote)  # type: ignore[index]
    assert s.casualties[0].evidence[0].start != moved.casualties[0].evidence[0].start
