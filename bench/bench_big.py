"""Big articles through the code-only path (no model): the deterministic layer that runs
after the model call (``build_summary`` given an empty model answer, then ``run_checks``)
plus ``find_candidates`` (the scan that makes the prompt's figure list). Prints seconds for
a 100 KB, a 1 MB and a 2 MB-on-one-line article, one line each, and seconds per MB.

    python bench/bench_big.py [--sizes 100000,1000000] [--one-line-only]

Then the product's own answer to such inputs: ``summarizer summarize`` on a 1 MB and a 10 MB
file (a whole process, the user's view) is refused at once with the size and the limit
(``summarizer.inputs.MAX_ARTICLE_BYTES``, 256 KB of text); one line each with the seconds,
the exit code and the message.

The articles are the seed article repeated (paragraph breaks kept) to the size; the 2 MB
one has every newline replaced by a space, so the whole article is one line. The time per MB
should stay roughly constant from 100 KB to 2 MB (linear time in article size). A benchmark,
not a timed test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.assemble import build_summary  # noqa: E402
from summarizer.checks import run_checks  # noqa: E402
from summarizer.evidence import find_candidates, find_publication_date  # noqa: E402
from summarizer.schema import empty_extraction  # noqa: E402

SEED = ROOT / "seeds" / "000_b8e762d482ad5f8e.txt"


def make_article(size: int, *, one_line: bool) -> str:
    seed = SEED.read_text(encoding="utf-8").strip() + "\n\n"
    text = (seed * (size // len(seed) + 1))[:size]
    return " ".join(text.split("\n")) if one_line else text


def code_only(article: str) -> tuple[float, int, int]:
    """Seconds for the code-only path, figures found, findings reported."""
    empty = empty_extraction()
    t0 = time.perf_counter()
    pub = find_publication_date(article)
    find_candidates(article)
    summary, build_findings = build_summary(empty, article, published=pub)
    checked, findings = run_checks(summary, article, published=pub, strict_offsets=True, in_place=True)
    return time.perf_counter() - t0, len(checked.casualties), len(build_findings) + len(findings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000,2000000:one-line", help="comma list; ':one-line' drops newlines")
    args = ap.parse_args()
    for spec in args.sizes.split(","):
        size_s, _, flag = spec.partition(":")
        size = int(size_s)
        one_line = flag == "one-line"
        article = make_article(size, one_line=one_line)
        secs, figures, findings = code_only(article)
        label = f"{size / 1e6:g} MB" + (" on one line" if one_line else "")
        print(
            f"{label:>20}: {secs:7.2f} s  ({secs / (size / 1e6):6.2f} s/MB, {figures} figures, {findings} findings)",
            flush=True,
        )
    refusals()


def refusals() -> None:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for size in (1_000_000, 10_000_000):
            path = Path(tmp) / f"big-{size}.txt"
            path.write_text(make_article(size, one_line=False), encoding="utf-8")
            t = time.perf_counter()
            p = subprocess.run(
                [sys.executable, "-m", "summarizer", "summarize", str(path), "--no-cache", "--offline"],
                capture_output=True,
                text=True,
            )
            secs = time.perf_counter() - t
            msg = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
            print(f"{'summarize ' + f'{size / 1e6:g} MB':>20}: {secs:7.2f} s  exit {p.returncode}: {msg[:110]}")


if __name__ == "__main__":
    main()
