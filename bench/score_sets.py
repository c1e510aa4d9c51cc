"""Code-only attribution scores, one row per set, pooled at the end; ``--miss`` lists every miss.

    python bench/score_sets.py [FILES...] [--miss] [--pool]

With no FILES: every ``tests/data/attrib_*.jsonl`` and ``../shared/eval/attrib_dev.jsonl``. The
columns are ``summarizer.evaluate``'s reimplementation of the attribution set's metrics (figure
recall, attribution, status, range, source recall, kind, party, figure and source precision), on
the deterministic layer as ``bench/eval_split.py`` runs it. ``--miss`` prints what each miss was
(a figure not found, a wrong source, status or range, an extra figure, a source not found, a wrong
kind or party): what a session reads to find failures, on sets it is allowed to tune on. A held-back
set is scored with ``--pool`` only (no per-set rows, no misses)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from eval_split import code_only_summary  # noqa: E402

from summarizer.evaluate import (  # noqa: E402
    ATTRIB_COLUMNS,
    attribution_tallies,
    load_gold,
    match_attrib_figures,
    match_attrib_sources,
    prediction_from_summary,
    same_source,
)

COLS = ATTRIB_COLUMNS  # the report's attribution columns, in table order


def misses(doc_id: str, gold, pred) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    pairs = match_attrib_figures(gold.casualties, pred.figures)
    for gi, x in enumerate(gold.casualties):
        if gi not in pairs:
            out.append(
                f"{doc_id} FIG MISS {x.outcome} {x.phrase!r} [{x.low},{x.high}] by={x.reported_by} q={x.quote[:110]!r}"
            )
            continue
        y = pred.figures[pairs[gi]]
        if not same_source([x.reported_by, *x.reported_by_alt], y.reported_by):
            out.append(f"{doc_id} ATTR {x.phrase!r} gold={x.reported_by}|{x.reported_by_alt} pred={y.reported_by}")
        if y.status not in [x.status, *x.status_alt]:
            out.append(f"{doc_id} STATUS {x.phrase!r} gold={x.status}{x.status_alt} pred={y.status} by={y.reported_by}")
        if (y.low, y.high) != (x.low, x.high):
            out.append(f"{doc_id} RANGE {x.phrase!r} gold=[{x.low},{x.high}] pred=[{y.low},{y.high}]")
    used = set(pairs.values())
    for pi, y in enumerate(pred.figures):
        if pi not in used:
            out.append(f"{doc_id} EXTRA FIG {y.outcome} {y.phrase!r} [{y.low},{y.high}]")
    sp = match_attrib_sources(gold.sources, pred.sources)
    for gi, s in enumerate(gold.sources):
        if gi not in sp:
            out.append(f"{doc_id} SRC MISS {s.name!r} aliases={s.aliases} kind={s.kind}")
            continue
        p = pred.sources[sp[gi]]
        if p.kind not in [s.kind, *(s.kind_alt or [])]:
            out.append(f"{doc_id} KIND {s.name!r} gold={s.kind} pred={p.kind} ({p.name!r})")
        if s.party_to_conflict is not None and p.party_to_conflict != s.party_to_conflict:
            out.append(f"{doc_id} PARTY {s.name!r} gold={s.party_to_conflict} pred={p.party_to_conflict} ({p.name!r})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--miss", action="store_true", help="list every miss")
    ap.add_argument("--pool", action="store_true", help="pooled numbers only")
    a = ap.parse_args()
    files = a.files or [
        *sorted(str(p) for p in (ROOT / "tests" / "data").glob("attrib_*.jsonl")),
        str(ROOT.parent / "shared" / "eval" / "attrib_dev.jsonl"),
    ]
    pool = {c: [0, 0] for c in COLS}
    print("set".ljust(24) + " ".join(c[:8].rjust(8) for c in COLS))
    for f in files:
        tot = {c: [0, 0] for c in COLS}
        for d in load_gold(f):
            pred = prediction_from_summary(code_only_summary(d))
            t = attribution_tallies(d.gold, pred)
            for c in COLS:
                for acc in (tot, pool):
                    acc[c][0] += t[c].found
                    acc[c][1] += t[c].total
            if a.miss and not a.pool:
                print("\n".join("  " + m for m in misses(d.id, d.gold, pred)))
        if not a.pool:
            row = " ".join((f"{tot[c][0] / tot[c][1]:.2f}" if tot[c][1] else "-").rjust(8) for c in COLS)
            print(Path(f).name[:24].ljust(24) + row)
    print(
        "POOLED".ljust(24) + " ".join((f"{pool[c][0] / pool[c][1]:.3f}" if pool[c][1] else "-").rjust(8) for c in COLS)
    )
    print("counts".ljust(24) + " ".join(f"{pool[c][0]}/{pool[c][1]}".rjust(8) for c in COLS))


if __name__ == "__main__":
    main()
