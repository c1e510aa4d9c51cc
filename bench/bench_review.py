"""The review page's speed: milliseconds to render one article's page (the seed, replayed offline
from the recorded exchanges), and seconds for a batch report of N articles synthesised from the
seed's summary (one line in ten a failure; the text in the line, or from an --articles JSONL).

    python bench/bench_review.py [--renders 200] [--articles 300]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--renders", type=int, default=200)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SUMMARIZER_CACHE_DIR"] = str(Path(tmp) / "cache")
        os.environ["SUMMARIZER_AUDIT_DB"] = str(Path(tmp) / "audit.sqlite")
        run(Path(tmp), args.renders, args.articles)


def run(tmp: Path, renders: int, n: int) -> None:
    from review_browser import SEED, seed_summary

    from summarizer.review import build_report, render_review

    article = SEED.read_text(encoding="utf-8")
    s = seed_summary()
    render_review(s, article)  # imports, caches
    times = []
    for _ in range(renders):
        t = time.perf_counter()
        page = render_review(s, article)
        times.append(time.perf_counter() - t)
    ms = [x * 1000 for x in times]
    print(
        f"render one page (seed: {len(article):,} chars, {len(s.casualties)} figures, "
        f"{len(page):,} bytes of HTML): median {statistics.median(ms):.2f} ms, "
        f"p90 {sorted(ms)[int(len(ms) * 0.9)]:.2f} ms over {renders} renders"
    )

    doc = json.loads(s.model_dump_json())
    lines, feed = [], []
    for i in range(n):
        ident = f"news/{i:04d}.txt"
        if i % 10 == 9:
            rec = {"id": ident, "ok": False, "summary": None, "error": {"kind": "model", "message": "HTTP 500"}}
        else:
            rec = {"id": ident, "ok": True, "summary": doc, "error": None}
        lines.append(rec)
        feed.append({"id": ident, "text": article})
    with_text = tmp / "with_text.jsonl"
    with_text.write_text("".join(json.dumps({**r, "text": article}) + "\n" for r in lines), encoding="utf-8")
    bare = tmp / "out.jsonl"
    bare.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    articles = tmp / "feed.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in feed), encoding="utf-8")
    for label, src, extra in (("text in each line", with_text, None), ("text from --articles", bare, articles)):
        t = time.perf_counter()
        index = build_report(src, tmp / f"rep-{src.stem}", extra)
        dt = time.perf_counter() - t
        pages = len(list((index.parent / "articles").iterdir()))
        print(f"batch report, {n} articles ({label}): {dt:.2f} s ({pages} pages, {dt / n * 1000:.1f} ms per article)")


if __name__ == "__main__":
    main()
