"""Export and ingest of N articles in the Batch API's format (issue 15).

    .venv/bin/python bench/bench_batchapi.py --articles 10000 --workers 2
    .venv/bin/python bench/bench_batchapi.py --articles 1000 --workers 2   # memory: compare

The articles are synthesised from the seed (``seeds/``) and a few variants: each gets its own
dateline paragraph and casualty figure, so every request is distinct. Steps, each timed:

1. ``export``: ``summarizer.batchapi.files.export_requests`` writes the request files.
2. the engine: ``tests/fake_batch_server.run_batch_file`` answers every request (the fake
   server's grounded answers, shuffled), in a child process, as ``vllm run-batch`` or the
   Batch API would (not ours to time: reported apart).
3. ``ingest``: the answers are indexed and joined to the articles (``files.ingest``): parsing,
   re-ask gate, code measures and checks, output lines, the exchange cache filled.

Reported: articles per second for export and ingest, and the peak resident memory of the
process and of its workers (``resource.getrusage``); run it with two sizes to see that the
peak does not grow with the number of articles. Then the cost of N articles through the live
API and through the Batch API, from the tokens per article of the exchanges recorded in
``fixtures/exchanges`` (real model answers only) and the price table ``fixtures/prices.json``
(the Batch API at its discount). The fake server's token counts are a length estimate, so
they are not used for the cost.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

VARIANTS = [
    "Update {i}: at least {n} people were killed in overnight shelling of {town}, the local council said.",
    "Medics in {town} said {n} civilians were wounded on {day} ({i}).",
    "A monitoring group reported that {n} fighters died in clashes near {town} ({i}).",
]
TOWNS = ["Latakia", "Jableh", "Baniyas", "Tartus", "Homs", "Hama", "Idlib", "Aleppo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def synthesise(n: int, path: Path) -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            extra = VARIANTS[i % len(VARIANTS)].format(
                i=i, n=3 + i % 97, town=TOWNS[i % len(TOWNS)], day=DAYS[i % len(DAYS)]
            )
            text = f"{extra}\n\n{seed}" if i % 2 else f"{seed}\n\n{extra}"
            fh.write(json.dumps({"id": f"art-{i:06d}", "text": text, "published": "2025-03-07"}) + "\n")


def peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest finished child."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def recorded_tokens() -> tuple[float, float, int]:
    """Mean prompt and completion tokens per request over the recorded real-model exchanges."""
    p = c = k = 0
    for f in (ROOT / "fixtures" / "exchanges").glob("*/*.json"):
        doc = json.loads(f.read_text(encoding="utf-8"))
        if doc.get("origin") != "model":
            continue
        p += doc["usage"]["prompt_tokens"]
        c += doc["usage"]["completion_tokens"]
        k += 1
    return (p / k, c / k, k) if k else (0.0, 0.0, 0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    a = ap.parse_args()

    from summarizer.api import Options
    from summarizer.batchapi.files import ResponseIndex, export_requests, ingest
    from summarizer.inputs import iter_inputs
    from summarizer.providers import ProviderSettings

    tmp = Path(tempfile.mkdtemp(prefix="bench-batchapi-"))
    os.environ["SUMMARIZER_CACHE_DIR"] = str(tmp / "cache")
    src = tmp / "articles.jsonl"
    synthesise(a.articles, src)
    settings = ProviderSettings(provider="openai-compatible", base_url="http://vllm.local/v1", model="fake-model")
    options = Options(settings=settings)

    t = time.perf_counter()
    rep = export_requests(iter_inputs([str(src)]), options, tmp / "requests.jsonl", workers=a.workers)
    t_export = time.perf_counter() - t
    assert not rep.failures, rep.failures[:3]

    t = time.perf_counter()
    answers = []
    for i, f in enumerate(rep.files):
        dst = tmp / f"answers.{i}.jsonl"
        code = (
            "import sys; sys.path.insert(0, sys.argv[3]);"
            "from fake_batch_server import run_batch_file; run_batch_file(sys.argv[1], sys.argv[2], seed=1)"
        )
        subprocess.run([sys.executable, "-c", code, str(f), str(dst), str(ROOT / "tests")], check=True)
        answers.append(dst)
    t_engine = time.perf_counter() - t

    t = time.perf_counter()
    index = ResponseIndex(tmp / "index.sqlite")
    for f in answers:
        index.add_file(f)
    t_index = time.perf_counter() - t
    res = ingest(iter_inputs([str(src)]), options=options, index=index, out_path=tmp / "out.jsonl", workers=a.workers)
    t_ingest = time.perf_counter() - t
    me, kids = peak_mb()
    r = res.report
    n = a.articles
    print(f"articles: {n}, workers: {a.workers}, request files: {len(rep.files)}, {rep.bytes / 1e6:.0f} MB")
    print(f"export: {t_export:.1f} s, {n / t_export:.0f} articles/s")
    print(f"engine (fake, not ours): {t_engine:.1f} s")
    print(f"ingest: {t_ingest:.1f} s ({t_index:.1f} s indexing), {n / t_ingest:.0f} articles/s")
    print(f"results: ok {r.ok}, with findings {r.with_findings}, failed {r.failed}")
    print(f"peak RSS: this process {me:.0f} MB, largest worker {kids:.0f} MB")

    prices = json.loads((ROOT / "fixtures" / "prices.json").read_text(encoding="utf-8"))
    pt, ct, k = recorded_tokens()
    attempts = (r.exchanges / max(1, r.ok + r.with_findings)) if r.exchanges else 1.0
    print(f"tokens per request (mean of {k} recorded real-model exchanges): {pt:.0f} in, {ct:.0f} out; ")
    print(f"requests per article in this run (re-asks included): {attempts:.2f}")
    per = prices["per_tokens"]
    print(f"cost of {n} articles ({prices['source']}):")
    for model, p in prices["models"].items():
        live = n * attempts * (pt * p["input"] + ct * p["output"]) / per
        batch = live * prices["batch_discount"]
        print(f"  {model:14s} live ${live:8.2f}   batch ${batch:8.2f}")
    if not a.keep:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"kept: {tmp}")


if __name__ == "__main__":
    main()
