"""Where the embedded model's completion tokens go: per answer field, and re-asks apart.

    python bench/output_budget.py DIR [DIR ...]

DIR is an exchange cache or fixtures folder (``*/<key>.json`` files, as written by a run with
``SUMMARIZER_CACHE_DIR=DIR`` or by ``bench/bench_local.py --sample N --cache-dir DIR``).
Every stored answer is tokenised with the default model's own tokenizer: the whole answer,
each top-level field as ``"key":value`` in compact JSON, and the whitespace (the answer's
tokens minus those of the same object in compact JSON). First attempts and re-asks are
counted apart (a re-ask is a request with more than one user message, or, in older
recordings, one that holds an earlier answer). Issue 16: cut what code derives or does not
use; a re-ask asks only for the failing items.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import localmodels  # noqa: E402


def answers(dirs: list[str]) -> list[tuple[bool, str]]:
    out = []
    for d in dirs:
        for path in sorted(Path(d).glob("*/*.json")):
            try:
                data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
                content = data["response"]["choices"][0]["message"]["content"]
                roles = [m["role"] for m in data["request"]["messages"]]
            except (ValueError, KeyError, IndexError, TypeError):
                continue
            if isinstance(content, str):
                # a re-ask repeats the first request and adds a user message (older re-asks
                # continued the conversation with the model's answer)
                out.append(("assistant" in roles or roles.count("user") > 1, content))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    from llama_cpp import Llama

    path = localmodels.ensure_model(localmodels.default_model_name(), progress=False)
    vocab = Llama(model_path=str(path), vocab_only=True, verbose=False)

    def tok(s: str) -> int:
        return len(vocab.tokenize(s.encode("utf-8"), add_bos=False, special=False))

    for label, want in (("first attempts", False), ("re-asks", True)):
        rows = [c for r, c in answers(args.dirs) if r is want]
        if not rows:
            print(f"{label}: none")
            continue
        total = collections.Counter()
        for content in rows:
            total["(whole answer)"] += tok(content)
            try:
                obj = json.loads(content)
            except ValueError:
                continue
            compact = tok(json.dumps(obj, separators=(",", ":"), ensure_ascii=False))
            total["(whitespace: not compact JSON)"] += tok(content) - compact
            for key, value in obj.items():
                total[key] += tok(f'"{key}":' + json.dumps(value, separators=(",", ":"), ensure_ascii=False))
        whole = total["(whole answer)"]
        print(f"{label}: {len(rows)} answers, {whole} completion tokens, {whole / len(rows):.1f} per answer")
        for key, n in total.most_common():
            if key != "(whole answer)":
                print(f"  {key:28} {n:6}  {n / whole:5.0%}  {n / len(rows):6.1f} per answer")


if __name__ == "__main__":
    main()
