"""Which parts of the model's answer move the scores? Replays stored first answers without them.

    python bench/field_ablation.py DIR [--gold FILE] [--sample N]

DIR is an exchange cache holding first answers (``bench/bench_local.py --sample N --cache-dir
DIR``, or a ``summarizer eval`` run's ``SUMMARIZER_CACHE_DIR``). For every document of the gold
file (default: the bench's 20-document dev sample; ``--gold FILE`` takes every document of FILE,
e.g. the attribution set) whose first answer is stored, the answer is assembled as the engine
does (``build_summary`` then ``run_checks``) as answered and with one part removed: the model's
parties, sources, locations, party roles, or its pick of the listed figures (all listed ids, or
none). Each variant is scored against the gold. No model is called.

Measured on 2026-11-30 (issue 16) on the answers of the session-5 code: removing the model's
sources or the parties' roles changed no dev score, and on the attribution set removing sources
changed source recall from 0.95 to 0.97 (code alone found one more); removing parties lost actor
recall (0.54 -> 0.46) and removing locations lost place recall (0.66 -> 0.52), so both stay.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_local import DEV, sample_docs  # noqa: E402

from summarizer.assemble import build_summary  # noqa: E402
from summarizer.checks import run_checks  # noqa: E402
from summarizer.evaluate import aggregate, load_gold, prediction_from_summary, score_doc  # noqa: E402
from summarizer.evidence import find_candidates, hint_candidates  # noqa: E402
from summarizer.prompts import build_messages  # noqa: E402
from summarizer.schema import Extraction, FreeExtraction  # noqa: E402

VARIANTS = ("as answered", "no parties", "no sources", "no locations", "no roles", "all listed ids", "no ids")
SHOWN = (
    "casualty_recall",
    "strict_casualty_recall",
    "grounded_precision",
    "place_recall",
    "actor_recall",
    "source_recall",
    "source_kind",
    "party_accuracy",
)


def stored_first_answers(directory: str) -> dict[str, str]:
    """The first answers in an exchange cache, by their request's user message."""
    answers: dict[str, str] = {}
    for path in Path(directory).glob("*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        msgs = (data.get("request") or {}).get("messages") or []
        if len(msgs) == 2:  # a first attempt
            answers[msgs[1]["content"]] = data["response"]["choices"][0]["message"]["content"]
    return answers


def variant(x: Extraction, name: str, listed: int) -> Extraction:
    if name == "no parties":
        return x.model_copy(update={"parties": []})
    if name == "no sources":
        return x.model_copy(update={"sources": []})
    if name == "no locations":
        return x.model_copy(update={"locations": []})
    if name == "no roles":
        return x.model_copy(update={"parties": [p.model_copy(update={"role": ""}) for p in x.parties]})
    if name == "all listed ids":
        return x.model_copy(update={"figures": [f"F{i}" for i in range(1, listed + 1)]})
    if name == "no ids":
        return x.model_copy(update={"figures": []})
    return x


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--gold", help="score every document of this gold file (default: the dev sample)")
    ap.add_argument("--sample", type=int, default=20)
    args = ap.parse_args()
    answers = stored_first_answers(args.dir)
    docs = load_gold(args.gold) if args.gold else sample_docs(str(DEV), args.sample)
    results: dict[str, list[Any]] = {v: [] for v in VARIANTS}
    for doc in docs:
        pub = date.fromisoformat(doc.published) if doc.published else None
        hinted = hint_candidates(find_candidates(doc.text))
        raw = answers.get(build_messages(doc.text, pub.isoformat() if pub else None, hinted)[1]["content"])
        if raw is None:
            print(f"{doc.id}: no stored first answer for this prompt (another prompt version?)")
            continue
        x = (Extraction if hinted else FreeExtraction).model_validate_json(raw)
        for name in VARIANTS:
            s, _ = build_summary(variant(x, name, len(hinted)), doc.text, published=pub, hinted=hinted)
            s, _ = run_checks(s, doc.text, published=pub, strict_offsets=True, in_place=True)
            results[name].append(score_doc(doc, prediction_from_summary(s)))
    for name in VARIANTS:
        _, overall = aggregate(results[name])
        cells = [f"{m} {overall.get(m).text()}" for m in SHOWN if overall.get(m) is not None]
        print(f"{name:15} " + "  ".join(cells))


if __name__ == "__main__":
    main()
