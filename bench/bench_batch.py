"""Batch throughput against the fake OpenAI-compatible server (tests/fakeserver.py) with a
fixed latency, at several concurrency levels, as a ratio to the ideal
(articles x latency / concurrency). The cache is off; the server runs in its own process.
Also the client's CPU time per article (this process and its batch worker processes; the
server's is not counted) and the worker processes run_batch chose (``--workers`` to set them).

    python bench/bench_batch.py [--articles 48] [--latency 0.2] [--concurrency 1 4 16] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import article, options_for  # noqa: E402

from summarizer.batch import run_batch  # noqa: E402
from summarizer.inputs import Article  # noqa: E402


class _Remote:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=48)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: run_batch chooses)")
    a = ap.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "fakeserver.py"), "--latency", str(a.latency), "--max-seconds", "900"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        srv = _Remote(base_url)
        opts = options_for(srv, cache=False, timeout=30.0)  # type: ignore[arg-type]
        with tempfile.TemporaryDirectory() as tmp:
            # warm-up: imports (openai, instructor) and the first connection
            asyncio.run(run_batch([Article("w", article(999))], options=opts, out_path=Path(tmp) / "w.jsonl",
                                  progress=False))
            print(f"{a.articles} articles, server latency {a.latency * 1000:.0f} ms, cache off")
            print(f"{'concurrency':>11} {'wall s':>8} {'ideal s':>8} {'ratio':>6} {'art/s':>7}"
                  f" {'cpu ms/art':>10} {'workers':>7}")
            for c in a.concurrency:
                items = [Article(f"c{c}-{i}", article(i + 1000 * c)) for i in range(a.articles)]
                t0, k0 = time.perf_counter(), os.times()
                rep = asyncio.run(run_batch(items, options=opts, out_path=Path(tmp) / f"c{c}.jsonl",
                                            concurrency=c, progress=False, workers=a.workers))
                wall, k1 = time.perf_counter() - t0, os.times()
                cpu = sum(k1[:4]) - sum(k0[:4])  # user + system, this process and reaped workers
                assert rep.ok == a.articles, rep.as_dict()
                ideal = a.articles * a.latency / c
                print(f"{c:>11} {wall:>8.2f} {ideal:>8.2f} {ideal / wall:>6.2f} {a.articles / wall:>7.1f}"
                      f" {cpu / a.articles * 1000:>10.1f} {rep.workers:>7}")
    finally:
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
