"""Evaluate ``summarizer.reconcile`` on the multi-article events of ``fixtures/events/``.

Each ``fixtures/events/<event>.json`` holds short excerpts of public articles about one event
(``source_url`` and a note each; synthetic sets are marked), a hand-written model answer per
article, and gold reconciled ranges with a one-line reason. The summaries are built offline:
``--rebuild`` runs each article through the real pipeline (``summarizer.api.Engine``) with the
hand-written answer served by ``summarizer.testing.ScriptedProvider`` (sources, parties and
places as written; every figure code lists accepted), and writes ``<event>.summaries.jsonl``
(batch lines with ``group`` and ``outlet``). No model runs.

For each gold outcome it reports the reconciled figure (``best`` when set, else the
conservative ``low``) and its distance to the gold range (0 inside it), against two naive
answers over every figure of every article: the max, and the sum. It also mixes every
article of every event and checks that ``--group auto`` puts them back together.

    .venv/bin/python bench/eval_reconcile.py [--rebuild] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "fixtures" / "events"
sys.path.insert(0, str(ROOT))

from summarizer.reconcile import EventReport, reconcile  # noqa: E402
from summarizer.schema import Summary  # noqa: E402


def rebuild(path: Path) -> Path:
    from summarizer.api import Engine, Options, validate_text
    from summarizer.evidence import find_candidates, hint_candidates
    from summarizer.testing import ScriptedProvider

    spec = json.loads(path.read_text(encoding="utf-8"))
    out = path.with_suffix(".summaries.jsonl")
    lines = []
    for a in spec["articles"]:
        text = validate_text(a["text"])
        ans = dict(a["answer"])
        n = len(hint_candidates(find_candidates(text)))
        answer = {
            "summary": ans.get("summary", ""),
            "sources": ans.get("sources", []),
            "parties": ans.get("parties", []),
            "locations": ans.get("locations", []),
            "figures": ans.get("figures", [f"F{k}" for k in range(1, n + 1)]),
            "casualties": ans.get("casualties", []),
        }
        engine = Engine(Options(provider=ScriptedProvider([answer]), cache=False, max_retries=0))
        try:
            s = engine.summarize(text, published=a.get("published"))
        finally:
            engine.close()
        lines.append(
            json.dumps(
                {
                    "id": a["id"],
                    "ok": True,
                    "summary": json.loads(s.model_dump_json()),
                    "error": None,
                    "group": spec["event"],
                    "outlet": a.get("outlet"),
                    "published": a.get("published"),
                    "text": text,
                },
                ensure_ascii=False,
            )
        )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def load_lines(event: Path) -> list[dict[str, Any]]:
    path = event.with_suffix(".summaries.jsonl")
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _value(c: Any) -> int | None:
    for v in (c.best, c.low, c.high):
        if v is not None:
            return int(v)
    return None


def distance(x: int | None, low: int, high: int) -> float | None:
    if x is None:
        return None
    if low <= x <= high:
        return 0.0
    return float(min(abs(x - low), abs(x - high)))


def evaluate() -> dict[str, Any]:
    rows = []
    mixed: list[dict[str, Any]] = []
    truth: dict[str, str] = {}
    for event in sorted(EVENTS.glob("*.json")):
        spec = json.loads(event.read_text(encoding="utf-8"))
        lines = load_lines(event)
        mixed.extend(lines)
        truth.update({ln["id"]: spec["event"] for ln in lines})
        report: EventReport = reconcile(lines, group="by-id")
        ev = report.events[0]
        summaries = [Summary.model_validate(ln["summary"]) for ln in lines]
        for gold in spec["gold"]:
            o = gold["outcome"]
            rng = next((r for r in ev.ranges if r.outcome == o), None)
            ours = None if rng is None else (rng.best if rng.best is not None else rng.low)
            values = [v for s in summaries for c in s.casualties if c.outcome == o and (v := _value(c)) is not None]
            naive_max = max(values) if values else None
            naive_sum = sum(values) if values else None
            rows.append(
                {
                    "event": spec["event"],
                    "synthetic": spec.get("synthetic", False),
                    "outcome": o,
                    "gold": [gold["low"], gold["high"]],
                    "ours": ours,
                    "range": None if rng is None else [rng.low, rng.best, rng.high, rng.high_open],
                    "figures": len(values),
                    "reports": len([f for f in ev.figures if f.outcome == o]),
                    "d_ours": distance(ours, gold["low"], gold["high"]),
                    "naive_max": naive_max,
                    "d_max": distance(naive_max, gold["low"], gold["high"]),
                    "naive_sum": naive_sum,
                    "d_sum": distance(naive_sum, gold["low"], gold["high"]),
                }
            )
    auto = reconcile(mixed, group="auto")
    got = {a.id: e.id for e in auto.events for a in e.articles}
    pairs = list(combinations(sorted(truth), 2))
    agree = sum((truth[a] == truth[b]) == (got[a] == got[b]) for a, b in pairs)
    return {
        "rows": rows,
        "auto_grouping": {
            "articles": len(truth),
            "events_gold": len(set(truth.values())),
            "events_found": len(auto.events),
            "pairwise_agreement": round(agree / len(pairs), 3) if pairs else 1.0,
        },
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rebuild", action="store_true", help="rebuild <event>.summaries.jsonl (offline, scripted)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    if args.rebuild:
        for event in sorted(EVENTS.glob("*.json")):
            print(f"rebuilt {rebuild(event).relative_to(ROOT)}", file=sys.stderr)
    res = evaluate()
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    head = f"{'event':28} {'outcome':8} {'gold':>12} {'ours':>6} {'d':>5} {'max':>6} {'d':>5} {'sum':>7} {'d':>7}"
    print(head)
    for r in res["rows"]:
        g = f"{r['gold'][0]}-{r['gold'][1]}"
        print(
            f"{r['event']:28} {r['outcome']:8} {g:>12} {r['ours']!s:>6} {r['d_ours']!s:>5} "
            f"{r['naive_max']!s:>6} {r['d_max']!s:>5} {r['naive_sum']!s:>7} {r['d_sum']!s:>7}"
        )
    n = len(res["rows"])
    for key in ("d_ours", "d_max", "d_sum"):
        ds = [r[key] for r in res["rows"] if r[key] is not None]
        inside = sum(1 for d in ds if d == 0)
        print(f"{key}: inside gold {inside}/{n}, mean distance {sum(ds) / max(1, len(ds)):.1f}")
    print("auto grouping:", res["auto_grouping"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
