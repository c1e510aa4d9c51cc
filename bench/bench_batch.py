"""Batch throughput against the fake OpenAI-compatible server (tests/fakeserver.py) with a
fixed latency, at several concurrency levels, as a ratio to the ideal
(articles x latency / concurrency). The cache is off; the server runs in its own process.
Also the client's CPU time per article (this process and its batch worker processes; the
parent's share in brackets), the fake server's (it shares the machine's cores with the
client), and the worker processes run_batch chose (``--workers`` to set them).

    python bench/bench_batch.py [--rounds 20 | --articles N] [--latency 0.2]
                                [--concurrency 1 4 16] [--workers N]

Each level runs ``rounds x concurrency`` articles (20 rounds by default: 20, 80 and 320
articles, about 4 s each), so every level is measured over the same number of latency periods.
With a fixed latency every request of a round comes back at once and the client processes
the answers in a burst, so a short batch is dominated by its first and last round: at
concurrency 16 the ratio is bounded by about latency / (latency + concurrency x client CPU per
article / cores). ``--articles 48`` gives the short-batch number.
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


def _proc_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) of another process, from /proc (Linux); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class _Remote:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20, help="articles = rounds x concurrency")
    ap.add_argument("--articles", type=int, default=None, help="the same number at every level")
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
            per = f"{a.articles} articles" if a.articles else f"{a.rounds} rounds (articles = rounds x concurrency)"
            print(f"{per}, server latency {a.latency * 1000:.0f} ms, cache off")
            print(f"{'concurrency':>11} {'wall s':>8} {'ideal s':>8} {'ratio':>6} {'articles':>8} {'art/s':>7}"
                  f" {'cpu ms/art':>10} {'(parent)':>8} {'server ms/art':>13} {'workers':>7}")
            for c in a.concurrency:
                n = a.articles or a.rounds * c
                items = [Article(f"c{c}-{i}", article(i + 1000 * c)) for i in range(n)]
                t0, k0, s0 = time.perf_counter(), os.times(), _proc_cpu(server.pid)
                rep = asyncio.run(run_batch(items, options=opts, out_path=Path(tmp) / f"c{c}.jsonl",
                                            concurrency=c, progress=False, workers=a.workers))
                wall, k1, s1 = time.perf_counter() - t0, os.times(), _proc_cpu(server.pid)
                cpu = sum(k1[:4]) - sum(k0[:4])  # user + system, this process and reaped workers
                parent = sum(k1[:2]) - sum(k0[:2])
                assert rep.ok == n, rep.as_dict()
                ideal = n * a.latency / c
                srv_ms = f"{(s1 - s0) / n * 1000:.1f}" if s0 is not None and s1 is not None else "n/a"
                print(f"{c:>11} {wall:>8.2f} {ideal:>8.2f} {ideal / wall:>6.2f} {n:>8} {n / wall:>7.1f}"
                      f" {cpu / n * 1000:>10.1f} {parent / n * 1000:>8.1f} {srv_ms:>13} {rep.workers:>7}")
    finally:
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
