"""A long article made of MANY DIFFERENT documents through the code-only path (no model).

    python bench/bench_mixed.py [--sizes 50000,100000,200000]

The texts of every document of ``tests/data/attrib_*.jsonl`` and ``tests/data/dev_fresh*.jsonl``
(files in name order, documents in file order) are joined by blank lines and cut to each size.
Unlike ``bench_big.py`` (one seed repeated), such an article has many distinct sentences,
sources, parties and places, so work that grows with their number shows up. The path timed is
the one ``bench_big.py`` times: ``find_candidates``, ``build_summary`` given an empty model
answer, and ``run_checks``. One line per size: CPU seconds (``time.process_time``), CPU
seconds per 100 KB, wall seconds, figures and findings. A benchmark, not a timed test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.assemble import build_summary  # noqa: E402
from summarizer.checks import run_checks  # noqa: E402
from summarizer.evidence import find_candidates, find_publication_date  # noqa: E402
from summarizer.schema import empty_extraction  # noqa: E402

DATA = ROOT / "tests" / "data"


def make_article(size: int) -> str:
    texts: list[str] = []
    files = sorted(DATA.glob("attrib_*.jsonl")) + sorted(DATA.glob("dev_fresh*.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line)["text"]).strip())
    joined = "\n\n".join(texts)
    while len(joined) < size:
        joined = joined + "\n\n" + joined
    return joined[:size]


def code_only(article: str) -> tuple[float, float, int, int]:
    """CPU and wall seconds for the code-only path, figures found, findings reported."""
    empty = empty_extraction()
    c0, t0 = time.process_time(), time.perf_counter()
    pub = find_publication_date(article)
    find_candidates(article)
    summary, build_findings = build_summary(empty, article, published=pub)
    checked, findings = run_checks(summary, article, published=pub, strict_offsets=True, in_place=True)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    return cpu, wall, len(checked.casualties), len(build_findings) + len(findings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="50000,100000,200000", help="comma list of sizes in characters")
    args = ap.parse_args()
    for spec in args.sizes.split(","):
        size = int(spec)
        cpu, wall, figures, findings = code_only(make_article(size))
        print(
            f"{size / 1e3:g} KB mixed: {cpu:7.2f} CPU s ({cpu / (size / 1e5):6.2f} CPU s/100 KB),"
            f" {wall:7.2f} wall s, {figures} figures, {findings} findings",
            flush=True,
        )


if __name__ == "__main__":
    main()
