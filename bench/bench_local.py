"""Benchmark the embedded model: the seed article end to end, and plain llama.cpp beside it.

    python bench/bench_local.py [--model NAME | --model-path FILE] [--article FILE] [--no-assemble]
    python bench/bench_local.py --sample 20 [--raw] [--json OUT.json]   # a dev-set sample

Prints, for one run on this machine:

* how long assembling the default GGUF from its PyPI parts takes (into a temporary dir);
* the seed article through ``summarizer.api.summarize`` with the embedded model, split into
  model load, prompt evaluation, generation, grammar/sampling, and the rest of the pipeline
  (prompting, parsing, checks); tokens in and out; every chat call;
* in the same process, plain llama.cpp: ``Llama.create_completion`` on the same prompt text,
  generating the same number of tokens, no grammar, no pipeline; and the overhead ratio.

``--sample N`` runs N documents of the dev set instead (the first N in the order
``sha256("summarizer-bench-sample-1:" + id)``, so every session runs the same ones) through
``summarize`` in one process, with no cache, and prints per article: seconds, attempts, prompt
tokens sent vs evaluated, completion tokens, and the dev-set scores of the run; ``--raw`` adds
plain llama.cpp on every call's prompt, generating the same number of tokens without reuse.

Targets (issue 3): end to end ≤ 60 s on 2 cores; pipeline / plain ≤ 1.2.
Targets (issue 16): seed end to end ≤ 1.0x plain llama.cpp on the same tokens; a re-ask ≤ 40 %
of a first attempt; the 20-article sample ≥ 25 % faster than before at the same scores.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import localmodels  # noqa: E402
from summarizer.providers import ProviderSettings  # noqa: E402
from summarizer.providers import local as localmod  # noqa: E402

SEED = ROOT / "seeds" / "000_b8e762d482ad5f8e.txt"
DEV = ROOT / ".." / "shared" / "eval" / "dev.jsonl"
SAMPLE_SEED = "summarizer-bench-sample-1"


def bench_assembly(name: str) -> float | None:
    spec = localmodels.get_spec(name)
    if spec.single_file:
        return None
    tmp = Path(tempfile.mkdtemp(prefix="summarizer-bench-"))
    old = os.environ.get(localmodels.MODEL_DIR_ENV)
    os.environ[localmodels.MODEL_DIR_ENV] = str(tmp)
    try:
        t = time.perf_counter()
        localmodels.ensure_model(name, progress=True)
        return time.perf_counter() - t
    finally:
        if old is None:
            os.environ.pop(localmodels.MODEL_DIR_ENV, None)
        else:
            os.environ[localmodels.MODEL_DIR_ENV] = old
        shutil.rmtree(tmp, ignore_errors=True)


def run_pipeline(article: str, settings: ProviderSettings) -> tuple[str, Any]:
    """The article end to end. Uses ``summarizer.api.summarize``; before that module exists,
    the same provider under openai + instructor with the project's prompt (no checks)."""
    try:
        from summarizer.api import summarize
    except ImportError:
        summarize = None
    if summarize is not None:
        return "summarizer.api.summarize", summarize(
            article, settings=settings, max_retries=2, cache=False, fixtures_dir=Path("/nonexistent")
        )

    import httpx
    import instructor
    import openai

    from summarizer.evidence.candidates import find_candidates, hint_candidates
    from summarizer.prompts import build_messages
    from summarizer.providers import make_provider
    from summarizer.schema import Extraction

    provider = make_provider(settings)
    client = instructor.from_openai(
        openai.OpenAI(
            base_url=provider.base_url,
            api_key=provider.api_key,
            http_client=httpx.Client(transport=provider.sync_transport()),
        ),
        mode=instructor.Mode.JSON_SCHEMA,
    )
    messages = build_messages(article, None, hint_candidates(find_candidates(article)))
    out = client.chat.completions.create(
        model=provider.model,
        response_model=Extraction,
        messages=messages,  # type: ignore[arg-type]
        max_retries=0,
        temperature=0,
        max_tokens=800,
    )
    return "instructor + local provider (summarizer.api not available yet: no checks)", out


def plain_llama(messages: list[dict[str, Any]], n_out: int) -> dict[str, float]:
    """Plain llama.cpp on the same prompt text and the same number of output tokens."""
    import llama_cpp

    ((path, _), llm), *_ = localmod._LOADED.items()
    vocab = localmod._VOCABS[path]
    res = vocab.formatter(messages=messages)
    prompt = llm.tokenize(res.prompt.encode("utf-8"), add_bos=not res.added_special, special=True)
    eog = {llm.token_eos()}
    for t in ("<|im_end|>", "<|endoftext|>", "<end_of_turn>", "<eos>"):
        ids = llm.tokenize(t.encode(), add_bos=False, special=True)
        if len(ids) == 1:
            eog.add(ids[0])
    llm.reset()  # no reuse of the pipeline's KV cache
    llama_cpp.llama_perf_context_reset(llm.ctx)
    t = time.perf_counter()
    out = llm.create_completion(prompt, max_tokens=n_out, temperature=0, logit_bias={i: -1e9 for i in eog})
    wall = time.perf_counter() - t
    perf = llama_cpp.llama_perf_context(llm.ctx)
    return {
        "wall_s": wall,
        "prompt_tokens": len(prompt),
        "completion_tokens": out["usage"]["completion_tokens"],
        "prompt_eval_s": perf.t_p_eval_ms / 1000,
        "generation_s": perf.t_eval_ms / 1000,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="registry name (see summarizer models)")
    ap.add_argument("--model-path", default=None, help="any GGUF file instead")
    ap.add_argument("--article", default=str(SEED))
    ap.add_argument("--no-assemble", action="store_true", help="skip timing the GGUF assembly")
    ap.add_argument("--reask", action="store_true", help="also time a re-ask against the first attempt")
    ap.add_argument("--sample", type=int, default=0, help="run N dev-set documents instead of the seed")
    ap.add_argument("--dev", default=str(DEV), help="gold JSONL for --sample")
    ap.add_argument("--raw", action="store_true", help="with --sample: plain llama.cpp on every call too")
    ap.add_argument("--json", default=None, help="with --sample: write the per-article rows here")
    ap.add_argument(
        "--cache-dir", default=None, help="with --sample: keep the answers in this (fresh) exchange cache dir"
    )
    args = ap.parse_args()
    name = args.model or localmodels.default_model_name()
    if args.sample:
        bench_sample(args, name)
        return
    article = Path(args.article).read_text(encoding="utf-8")
    print(f"cores: {localmod.n_threads()}  model: {args.model_path or name}  article: {args.article}")
    print(f"article: {len(article)} chars")

    if not args.no_assemble and not args.model_path:
        t = bench_assembly(name)
        print(f"assemble GGUF from PyPI parts: {t:.1f} s" if t is not None else "assemble: n/a (single file)")

    t0 = time.perf_counter()
    path = localmodels.ensure_model(name, progress=True, path=args.model_path)
    ensure_s = time.perf_counter() - t0
    settings = ProviderSettings(provider="local", model=None if args.model_path else name, model_path=str(path))

    t0 = time.perf_counter()
    try:
        how, result = run_pipeline(article, settings)
    except Exception as exc:  # still report where the time went
        how, result = f"FAILED: {type(exc).__name__}: {str(exc)[:200]}", None
    total = time.perf_counter() - t0
    calls = list(localmod.CALL_TIMINGS)
    load = sum(c["load_s"] for c in calls)
    p_eval = sum(c["prompt_eval_s"] for c in calls)
    gen = sum(c["generation_s"] for c in calls)
    other = sum(c["other_s"] for c in calls)
    in_calls = sum(c["total_s"] for c in calls)
    tok_in = sum(c["prompt_tokens"] for c in calls)
    tok_eval = sum(c["prompt_tokens_evaluated"] for c in calls)
    tok_out = sum(c["completion_tokens"] for c in calls)
    rest = total - in_calls

    print(f"\n== end to end ({how})")
    print(f"  model file ready           {ensure_s:7.2f} s")
    print(f"  total                      {total:7.2f} s   (target ≤ 60 s)")
    print(f"  model load                 {load:7.2f} s")
    print(f"  tokenizer + context sizing {in_calls - load - sum(c['call_s'] for c in calls):7.2f} s")
    print(
        f"  prompt evaluation          {p_eval:7.2f} s   {tok_eval} tokens evaluated of {tok_in}"
        f" ({tok_eval / p_eval if p_eval else 0:.1f} tok/s)"
    )
    print(f"  generation                 {gen:7.2f} s   {tok_out} tokens ({tok_out / gen if gen else 0:.1f} tok/s)")
    print(f"  grammar, sampling, python  {other:7.2f} s")
    print(f"  pipeline outside the model {rest:7.2f} s   (prompt building, parsing, checks)")
    for i, c in enumerate(calls, 1):
        print(
            f"  call {i}: n_ctx {c['n_ctx']}, in {c['prompt_tokens']}"
            f" (evaluated {c['prompt_tokens_evaluated']}),"
            f" out {c['completion_tokens']}, {c['total_s']:.2f} s"
        )
    checks = getattr(result, "checks", None)
    if checks is not None:
        errors = sum(1 for f in checks if f.severity == "error")
        print(f"  checks: {len(checks)} findings, {errors} errors")

    base = plain_llama(localmod.CALL_MESSAGES[0], tok_out)
    print("\n== plain llama.cpp (same prompt, same output tokens, no grammar, no pipeline)")
    print(f"  prompt evaluation          {base['prompt_eval_s']:7.2f} s   {base['prompt_tokens']} tokens")
    print(f"  generation                 {base['generation_s']:7.2f} s   {base['completion_tokens']} tokens")
    print(f"  total                      {base['wall_s']:7.2f} s")
    pipeline = total - load
    print("\n== overhead")
    print(f"  pipeline (excl. model load) / plain llama.cpp = {pipeline / base['wall_s']:.2f}x   (target ≤ 1.2x)")
    print(f"  incl. model load = {total / base['wall_s']:.2f}x")
    if args.reask:
        bench_reask(str(path), name)


def bench_reask(path: str, name: str) -> None:
    """A targeted re-ask after the seed's first answer, as the engine sends it: the first
    request plus one message quoting the failing item (here: the answer's first figure, or its
    summary), answered in a small schema (``gate.fix_model``). The first attempt runs as in a
    new process (the model reloaded, the system prompt restored from disk; load time not
    counted); llama-cpp-python keeps the evaluated tokens of the last call in the loaded
    context, so the re-ask evaluates only its new message. Shows the tokens evaluated and the
    cost against the first attempt (issue 16: <= 40 %)."""
    import json

    from summarizer.api import _response_model
    from summarizer.gate import Problem, reask_request
    from summarizer.schema import Extraction

    def rf(model: Any, title: str) -> dict[str, Any]:
        return {"type": "json_schema", "json_schema": {"name": title, "schema": model.model_json_schema()}}

    localmod.unload_models()
    engine = localmod.LocalEngine(path, name)
    first_messages = localmod.CALL_MESSAGES[0]
    body = {
        "model": name,
        "messages": first_messages,
        "max_tokens": 1200,
        "temperature": 0,
        "seed": 7,
        "response_format": rf(_response_model(), "Extraction"),
    }
    t = time.perf_counter()
    answer = engine.complete(body)["choices"][0]["message"]["content"]
    first_s = time.perf_counter() - t - localmod.CALL_TIMINGS[-1]["load_s"]
    x = Extraction.model_validate_json(answer)
    if x.casualties:
        problems = [Problem("quote-not-found", "casualties[0].quote", f"not in the article: {x.casualties[0].quote!r}")]
    else:
        problems = [Problem("summary-number-unsupported", "summary", "the number 7 is not in the article")]
    text, fix = reask_request(x, problems)
    body2 = dict(body)
    body2["messages"] = [*first_messages, {"role": "user", "content": text}]
    body2["response_format"] = rf(fix, "Fix")
    t = time.perf_counter()
    fixed = engine.complete(body2)["choices"][0]["message"]["content"]
    reask_s = time.perf_counter() - t
    c1, c2 = localmod.CALL_TIMINGS[-2], localmod.CALL_TIMINGS[-1]
    print(f"\n== targeted re-ask (grammar on; failing: {problems[0].path}; first attempt as in a new process)")
    for label, secs, c in (("first attempt", first_s, c1), ("re-ask", reask_s, c2)):
        evaluated = f"evaluated {c['prompt_tokens_evaluated']} of {c['prompt_tokens']} prompt tokens"
        print(f"  {label:14} {secs:7.2f} s   {evaluated}, wrote {c['completion_tokens']}")
    print(f"  re-ask answer: {json.dumps(json.loads(fixed))[:160]}")
    print(f"  re-ask / first = {reask_s / first_s:.2f}   (target <= 0.40)")


def sample_docs(path: str, n: int) -> list[Any]:
    import hashlib

    from summarizer.evaluate import load_gold

    docs = load_gold(path)
    return sorted(docs, key=lambda d: hashlib.sha256(f"{SAMPLE_SEED}:{d.id}".encode()).hexdigest())[:n]


def bench_sample(args: argparse.Namespace, name: str) -> None:
    """N dev documents end to end in one process (the model loaded once), no cache."""
    import json

    from summarizer.api import summarize
    from summarizer.errors import SummarizerError
    from summarizer.evaluate import METRICS, aggregate, prediction_from_summary, score_doc

    docs = sample_docs(args.dev, args.sample)
    path = localmodels.ensure_model(name, progress=True, path=args.model_path)
    settings = ProviderSettings(provider="local", model=None if args.model_path else name, model_path=str(path))
    rows: list[dict[str, Any]] = []
    results = []
    for d in docs:
        first = len(localmod.CALL_TIMINGS)
        t = time.perf_counter()
        error = None
        try:
            cache = {"cache": True, "cache_dir": Path(args.cache_dir)} if args.cache_dir else {}
            s = summarize(
                d.text,
                published=d.published,
                settings=settings,
                fixtures_dir=Path("/nonexistent"),
                **({"cache": False} | cache),  # type: ignore[arg-type]
            )
            pred = prediction_from_summary(s)
        except SummarizerError as exc:
            pred, error = None, str(exc)
        secs = time.perf_counter() - t
        calls = list(localmod.CALL_TIMINGS)[first:]
        row: dict[str, Any] = {
            "id": d.id,
            "seconds": round(secs, 2),
            "load_s": round(sum(c["load_s"] for c in calls), 2),
            "attempts": len(calls),
            "prompt_tokens": sum(c["prompt_tokens"] for c in calls),
            "evaluated": sum(c["prompt_tokens_evaluated"] for c in calls),
            "completion_tokens": sum(c["completion_tokens"] for c in calls),
            "calls": [
                {k: c[k] for k in ("prompt_tokens", "prompt_tokens_evaluated", "completion_tokens", "total_s")}
                for c in calls
            ],
            "error": error,
        }
        if args.raw:
            msgs = list(localmod.CALL_MESSAGES)[-len(calls) :] if calls else []
            raw = [plain_llama(m, c["completion_tokens"]) for m, c in zip(msgs, calls, strict=True)]
            row["raw_s"] = round(sum(r["wall_s"] for r in raw), 2)
        rows.append(row)
        results.append(score_doc(d, pred, error=error, seconds=secs))
        extra = f"  raw {row['raw_s']:6.1f} s" if args.raw else ""
        print(
            f"{d.id:28} {secs:6.1f} s  attempts {row['attempts']}  prompt {row['prompt_tokens']:5}"
            f" (evaluated {row['evaluated']:5})  out {row['completion_tokens']:4}{extra}"
            + (f"  ERROR {error}" if error else ""),
            flush=True,
        )
    n = len(rows)
    total = sum(r["seconds"] for r in rows) - sum(r["load_s"] for r in rows)
    print(f"\n== {n} dev documents (sample seed {SAMPLE_SEED!r}), model load excluded")
    print(f"  seconds per article        {total / n:7.2f}")
    print(f"  attempts per article       {sum(r['attempts'] for r in rows) / n:7.2f}")
    sent = sum(r["prompt_tokens"] for r in rows)
    evaluated = sum(r["evaluated"] for r in rows)
    print(f"  prompt tokens evaluated    {evaluated} of {sent} sent ({evaluated / sent if sent else 0:.2f})")
    print(f"  completion tokens/article  {sum(r['completion_tokens'] for r in rows) / n:7.1f}")
    if args.raw:
        raw_total = sum(r["raw_s"] for r in rows)
        print(f"  pipeline / plain llama.cpp {total / raw_total if raw_total else 0:7.2f}x")
    _, overall = aggregate(results)
    for m in METRICS:
        if overall.get(m).total:
            print(f"  {m.replace('_', ' '):26} {overall.get(m).text()}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
