"""A long report (about 30,000 words) summarised chunk by chunk with ``summarize_long``: the
chunks, the time per chunk and in all, and the offset check (every evidence start/end of every
chunk's summary must slice the ORIGINAL document to its quote).

The document is built from dated paragraphs of a fictional monitoring report (synthetic, the
numbers vary by paragraph so that figures differ), until ``--words`` words.

    .venv/bin/python bench/long_document.py                 # the default provider (the embedded model)
    .venv/bin/python bench/long_document.py --scripted      # offline dry run: a scripted model, no weights
    .venv/bin/python bench/long_document.py --words 30000 --chunk-tokens 6000 --out long.json

The embedded model takes minutes per chunk on 2 cores: run it when nothing else uses the machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Dalvar", "Berun", "Sarkand", "Miran", "Tosh", "Kelat", "Ardan", "Vesh"]
PARAGRAPH = (
    "On {day} March, fighting between government forces and the Northern Front spread to {place}. "
    "The Karan Human Rights Network (KHRN), a monitor, said {killed} civilians were killed and {injured} "
    "were injured in the shelling of the market. The Interior Ministry said {official} people were killed "
    "and blamed the rebels. Residents said the water station had been hit twice and that families had "
    "left for the hills; aid workers described shortages of fuel, bread and medicine, and said the road "
    "to the district centre was closed for most of the week. {filler}"
)
FILLER = (
    "The report's authors interviewed witnesses, medical staff and local officials, compared their "
    "accounts with satellite images and hospital records, and list the sources for each incident in "
    "an annex. Where accounts differed, the report gives each of them and explains which it retains. "
)


def build(words: int) -> str:
    parts = ["KARAN MONITORING REPORT, 31 March 2025\n"]
    k = 0
    while sum(len(p.split()) for p in parts) < words:
        day = 1 + k % 28
        parts.append(
            PARAGRAPH.format(
                day=day,
                place=PLACES[k % len(PLACES)],
                killed=5 + (k * 7) % 90,
                injured=11 + (k * 13) % 120,
                official=2 + (k * 3) % 20,
                filler=FILLER * (1 + k % 3),
            )
        )
        k += 1
    return "\n\n".join(parts)


def scripted_engine():  # type: ignore[no-untyped-def]
    from summarizer.api import Engine, Options
    from summarizer.testing import ScriptedProvider

    answer = {
        "summary": "A monitor and the ministry report casualties of shelling in several districts.",
        "sources": [{"name": "Karan Human Rights Network (KHRN)", "kind": "monitor"},
                    {"name": "Interior Ministry", "kind": "official"}],
        "parties": [{"name": "Northern Front", "kind": "armed_group"}],
        "locations": ["Dalvar"],
        "figures": [],
        "casualties": [],
    }  # fmt: skip
    return Engine(Options(provider=ScriptedProvider([answer]), cache=False, max_retries=0))


def check_offsets(doc: str, summaries: list) -> tuple[int, int]:  # type: ignore[type-arg]
    from summarizer.evidence.align import normalize

    ok = bad = 0
    for s in summaries:
        for group in (s.casualties, s.timeline, s.parties, s.locations, s.sources):
            for item in group:
                for ev in item.evidence:
                    if ev.start is None:
                        continue
                    if normalize(doc[ev.start : ev.end]) == normalize(ev.quote):
                        ok += 1
                    else:
                        bad += 1
    return ok, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=30000)
    ap.add_argument("--chunk-tokens", type=int, default=None)
    ap.add_argument("--scripted", action="store_true", help="a scripted model (offline, no weights)")
    ap.add_argument("--out", type=Path, default=None, help="write the LongResult JSON here")
    args = ap.parse_args()

    from summarizer.api import Engine, Options
    from summarizer.reconcile import summarize_long
    from summarizer.reconcile.views import to_text

    doc = build(args.words)
    print(f"document: {len(doc.split()):,} words, {len(doc):,} characters", flush=True)
    engine = scripted_engine() if args.scripted else Engine(Options())
    started = time.perf_counter()
    last = [started]

    def progress(ch, s) -> None:  # type: ignore[no-untyped-def]
        now = time.perf_counter()
        print(f"chunk {ch.index}: offsets {ch.start}-{ch.end}, {ch.tokens} tokens, {len(s.casualties)} figures, "
              f"{now - last[0]:.1f} s", flush=True)  # fmt: skip
        last[0] = now

    try:
        res = summarize_long(doc, engine=engine, max_chunk_tokens=args.chunk_tokens, on_chunk=progress,
                             document_id="long-report", published="2025-03-31")  # fmt: skip
    finally:
        engine.close()
    total = time.perf_counter() - started
    ok, bad = check_offsets(doc, res.summaries)
    print(f"{len(res.chunks)} chunks in {total:.1f} s ({total / max(1, len(res.chunks)):.1f} s a chunk)")
    print(f"offset check: {ok} evidence spans slice the original document, {bad} do not")
    print(to_text(res.report)[:3000])
    if args.out:
        args.out.write_text(res.model_dump_json(indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
