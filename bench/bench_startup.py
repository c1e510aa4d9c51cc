"""Whole-process start-up times: ``summarizer --help`` and a fully cached
``summarizer summarize`` (the answer comes from the exchange cache; the fake server is only
used once, to fill it). Targets: <= 0.3 s and <= 0.5 s. Prints the median of several runs.

    python bench/bench_startup.py [--runs 7]

To see where import time goes: ``python -X importtime -m summarizer --help 2>&1 | sort -t'|' -k2 -n | tail``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fakeserver import article, serve  # noqa: E402


def _exe() -> list[str]:
    script = Path(sys.executable).parent / "summarizer"
    return [str(script)] if script.exists() else [sys.executable, "-m", "summarizer"]


def _time(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float], int]:
    times = []
    rc = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        times.append(time.perf_counter() - t0)
        rc = p.returncode
        if rc not in (0, 3):
            sys.stderr.write(p.stderr.decode()[-2000:])
    return statistics.median(times), times, rc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    exe = _exe()
    tmp = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
    try:
        env = dict(os.environ)
        env.update(
            SUMMARIZER_CACHE_DIR=str(tmp / "cache"),
            SUMMARIZER_AUDIT_DB=str(tmp / "audit.sqlite"),
            SUMMARIZER_CONFIG=str(tmp / "config.toml"),
            SUMMARIZER_FIXTURES_DIR=str(tmp / "no-fixtures"),
        )
        env.pop("OPENAI_API_KEY", None)
        med, all_t, _ = _time([*exe, "--help"], env, a.runs)
        print(f"summarizer --help            median {med:.3f} s  (target <= 0.3)  runs {[round(t, 3) for t in all_t]}")
        art = tmp / "article.txt"
        art.write_text(article(5), encoding="utf-8")
        with serve() as srv:
            cmd = [*exe, "summarize", str(art), "--format", "json", "--provider", "openai-compatible",
                   "--base-url", srv.base_url, "--model", "fake-model"]
            _time(cmd, env, 1)  # fill the cache
            before = srv.total
            med, all_t, rc = _time(cmd, env, a.runs)
            assert srv.total == before, "the cached runs reached the server"
        runs = [round(t, 3) for t in all_t]
        print(f"cached summarize (exit {rc})   median {med:.3f} s  (target <= 0.5)  runs {runs}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
