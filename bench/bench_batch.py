"""Batch throughput against the fake OpenAI-compatible server (tests/fakeserver.py) with a
fixed latency, at several concurrency levels, as a ratio to the ideal
(articles x latency / concurrency). The cache is off; the server runs in its own process.
Also the client's CPU time per article and the fake server's (it shares the machine's cores
with the client). A batch runs in one process (bench/README.md, "batch worker processes").

    python bench/bench_batch.py [--rounds 20 | --articles N] [--latency 0.2]
                                [--concurrency 1 4 16] [--fail-rate 0.1]

Each level runs ``rounds x concurrency`` articles (20 rounds by default: 20, 80 and 320
articles, about 4 s each), so every level is measured over the same number of latency periods.
With a fixed latency every request of a round comes back at once and the client processes
the answers in a burst, so a short batch is dominated by its first and last round: at
concurrency 16 the ratio is bounded by about latency / (latency + concurrency x client CPU per
article / cores). ``--articles 48`` gives the short-batch number. ``--fail-rate`` makes the server fail that
share of requests with a transient fault (429 with ``Retry-After``, 500, a dropped connection,
a truncated or malformed body: ``tests/fakeserver.py``), all of which the client retries, as
against a server at its rate limit.
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


# the fake server in its own process (it must not share the client's interpreter lock); it
# prints its URL and stops when stdin closes (or after 15 minutes)
_SERVER = """
import sys, threading
sys.path.insert(0, sys.argv[1])
from fakeserver import serve
with serve(latency_s=float(sys.argv[2]), fail_rate=float(sys.argv[3]), fault_seed=1) as srv:
    print(srv.base_url, flush=True)
    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait(timeout=900)
"""


class _Remote:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20, help="articles = rounds x concurrency")
    ap.add_argument("--articles", type=int, default=None, help="the same number at every level")
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--fail-rate", type=float, default=0.0, help="share of requests failing with a transient fault")
    a = ap.parse_args()
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVER, str(ROOT / "tests"), str(a.latency), str(a.fail_rate)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        srv = _Remote(base_url)
        attempts = 8 if a.fail_rate else 3  # enough that every article gets through
        opts = options_for(srv, cache=False, timeout=30.0, attempts=attempts)  # type: ignore[arg-type]
        with tempfile.TemporaryDirectory() as tmp:
            # warm-up: imports (openai, instructor) and the first connection
            asyncio.run(run_batch([Article("w", article(999))], options=opts, out_path=Path(tmp) / "w.jsonl",
                                  progress=False))
            per = f"{a.articles} articles" if a.articles else f"{a.rounds} rounds (articles = rounds x concurrency)"
            faults = f", {a.fail_rate:.0%} of requests fail (retried)" if a.fail_rate else ""
            print(f"{per}, server latency {a.latency * 1000:.0f} ms{faults}, cache off")
            print(f"{'concurrency':>11} {'wall s':>8} {'ideal s':>8} {'ratio':>6} {'articles':>8} {'art/s':>7}"
                  f" {'cpu ms/art':>10} {'server ms/art':>13}")
            for c in a.concurrency:
                n = a.articles or a.rounds * c
                items = [Article(f"c{c}-{i}", article(i + 1000 * c)) for i in range(n)]
                t0, k0, s0 = time.perf_counter(), os.times(), _proc_cpu(server.pid)
                rep = asyncio.run(run_batch(items, options=opts, out_path=Path(tmp) / f"c{c}.jsonl",
                                            concurrency=c, progress=False))
                wall, k1, s1 = time.perf_counter() - t0, os.times(), _proc_cpu(server.pid)
                cpu = sum(k1[:2]) - sum(k0[:2])  # user + system of this process
                assert rep.ok == n, rep.as_dict()
                ideal = n * a.latency / c
                srv_ms = f"{(s1 - s0) / n * 1000:.1f}" if s0 is not None and s1 is not None else "n/a"
                print(f"{c:>11} {wall:>8.2f} {ideal:>8.2f} {ideal / wall:>6.2f} {n:>8} {n / wall:>7.1f}"
                      f" {cpu / n * 1000:>10.1f} {srv_ms:>13}")
    finally:
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
