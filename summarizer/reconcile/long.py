"""Long documents: split at sentence boundaries into chunks that fit the model, summarise each
chunk, reconcile the chunks with the same engine as articles, and map every offset back to the
whole document (``document[start:end]`` is each quote).

The chunk budget: ``max_chunk_tokens`` of article text (default ``DEFAULT_CHUNK_TOKENS``), and
never more than the model's context minus the answer (``max_tokens``) and the prompt
(``PROMPT_RESERVE``), counted by the engine's provider when an engine is given (exact for the
embedded model), else by the conservative estimate of characters / 3. A chunk ends at the end
of a sentence (``summarizer.evidence.sentence_spans``); a single sentence longer than the
budget is a chunk of its own, cut at its last space within the budget.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from summarizer.errors import InputError
from summarizer.schema import Evidence, Summary

from .engine import ArticleSummary, reconcile
from .model import EventReport

if TYPE_CHECKING:
    from summarizer.api import Engine

#: text tokens per chunk by default: a few thousand words, where a small model still reads well
DEFAULT_CHUNK_TOKENS = 6000
#: tokens kept for the prompt's instructions and candidate list (``Engine._prepare`` adds 600)
PROMPT_RESERVE = 900


class Chunk(BaseModel):
    """One piece of the document sent to the model."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(description="1-based.")
    start: int = Field(description="Offset of the chunk in the document.")
    end: int = Field(description="Offset just after it: document[start:end] is the chunk.")
    tokens: int = Field(description="Tokens of the chunk, as counted for the budget.")


class LongResult(BaseModel):
    """What ``summarize_long`` returns: the chunks, each chunk's summary with offsets into the
    whole document, and the reconciled event report."""

    model_config = ConfigDict(extra="forbid")

    document_id: str = Field(description="The id citations use for the document.")
    chunks: list[Chunk] = Field(default_factory=list, description="The chunks, in order.")
    summaries: list[Summary] = Field(default_factory=list, description="One per chunk; offsets into the document.")
    report: EventReport = Field(description="The chunks reconciled as one event.")


def split_chunks(text: str, max_tokens: int, count: Callable[[str], int] | None = None) -> list[Chunk]:
    """``text`` cut at sentence ends into chunks of at most ``max_tokens`` (see the module
    docstring). ``count`` counts tokens (default: characters / 3 + 1)."""
    from summarizer.evidence import sentence_spans

    if max_tokens < 16:
        raise InputError(f"max_chunk_tokens must be at least 16, got {max_tokens}")
    cnt = count or (lambda s: len(s) // 3 + 1)
    spans = list(sentence_spans(text)) or [(0, len(text))]
    sizes = [cnt(text[a:b]) + 1 for a, b in spans]  # +1: the space between sentences
    chunks: list[Chunk] = []
    k = 0
    while k < len(spans):
        start = spans[k][0]
        total = sizes[k]
        j = k + 1
        # grow by whole sentences on the summed counts (one count per sentence), then check
        # the piece itself and give back sentences while it is over the budget
        while j < len(spans) and total + sizes[j] <= max_tokens:
            total += sizes[j]
            j += 1
        while j > k + 1 and cnt(text[start : spans[j - 1][1]]) > max_tokens:
            j -= 1
        end = spans[j - 1][1]
        piece = text[start:end]
        n = cnt(piece)
        if n > max_tokens:  # one sentence over the budget: cut it at a space
            limit = max(1, len(piece) * max_tokens // max(1, n))
            cut = piece.rfind(" ", 0, limit)
            end = start + (cut if cut > 0 else limit)
            chunks.append(Chunk(index=len(chunks) + 1, start=start, end=end, tokens=cnt(text[start:end])))
            rest = end
            while rest < len(text) and text[rest].isspace():
                rest += 1
            if rest >= spans[k][1]:
                k += 1
            else:
                spans[k] = (rest, spans[k][1])
                sizes[k] = cnt(text[rest : spans[k][1]]) + 1
            continue
        chunks.append(Chunk(index=len(chunks) + 1, start=start, end=end, tokens=n))
        k = j
    return chunks


def _shift(ev: Evidence, offset: int) -> None:
    if ev.start is not None:
        ev.start += offset
    if ev.end is not None:
        ev.end += offset


def shift_summary(s: Summary, offset: int) -> Summary:
    """A copy of ``s`` whose every evidence offset is moved by ``offset`` (chunk -> document)."""
    out = s.model_copy(deep=True)
    groups: list[Any] = [out.casualties, out.timeline, out.parties, out.locations, out.sources]
    for group in groups:
        for item in group:
            for ev in item.evidence:
                _shift(ev, offset)
    return out


def summarize_long(
    text: str,
    *,
    published: str | date | None = None,
    document_id: str = "document",
    max_chunk_tokens: int | None = None,
    engine: Engine | None = None,
    on_chunk: Callable[[Chunk, Summary], None] | None = None,
    **options: Any,
) -> LongResult:
    """Summarise a document of any length (up to the input limit) chunk by chunk.

    Args:
        text: the document.
        published: its publication date (else read once from the whole document's dateline).
        document_id: the id its citations use.
        max_chunk_tokens: text tokens per chunk (default ``DEFAULT_CHUNK_TOKENS``, capped by
            the model's context when the engine knows it).
        engine: a ``summarizer.api.Engine`` to use (its provider counts tokens); else each
            chunk goes through ``summarizer.api.summarize(chunk, **options)``.
        on_chunk: called after each chunk with the chunk and its (shifted) summary.

    Raises:
        InputError, ModelError, ModelTimeout, ...: as ``summarize`` (the first failing chunk).
    """
    from summarizer.api import summarize, validate_text
    from summarizer.evidence import find_publication_date

    doc = validate_text(text)
    pub: str | None
    if published:
        pub = str(published)
    else:
        found = find_publication_date(doc)
        pub = found.isoformat() if found else None
    budget = max_chunk_tokens or DEFAULT_CHUNK_TOKENS
    count: Callable[[str], int] | None = None
    if engine is not None:
        provider = engine.provider
        count = provider.count_tokens
        limit = provider.context_tokens
        if limit is not None:
            budget = min(budget, limit - engine.options.max_tokens - PROMPT_RESERVE)
    chunks = split_chunks(doc, budget, count)
    summaries: list[Summary] = []
    items: list[ArticleSummary] = []
    for ch in chunks:
        piece = doc[ch.start : ch.end]
        s = engine.summarize(piece, published=pub) if engine is not None else summarize(piece, published=pub, **options)
        shifted = shift_summary(s, ch.start)
        summaries.append(shifted)
        items.append(
            ArticleSummary(
                id=f"{document_id}#{ch.index}",
                summary=shifted,
                published=pub,
                group=document_id,
                document=document_id,
                chunk=ch.index,
                text=doc,
            )
        )
        if on_chunk is not None:
            on_chunk(ch, shifted)
    report = reconcile(items, group="by-id")
    for e in report.events:
        e.notes.append(f"{len(chunks)} chunk(s) of one document, cut at sentence ends; offsets are the document's")
    return LongResult(document_id=document_id, chunks=chunks, summaries=summaries, report=report)
