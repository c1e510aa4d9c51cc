"""Code-only dev scores on a tuning part and a held-out part of the dev set.

    python bench/eval_split.py [DEV_JSONL] [--seed S] [--list]

The split (fixed, so every session sees the same two parts):

* documents are grouped by ``corpus``;
* within a corpus they are ordered by ``sha256(f"{seed}:{id}")`` (hex digest), with the
  default seed ``summarizer-dev-split-1``;
* the first half of that order (rounded up) is the **tuning** part, the rest the
  **held-out** part. So each corpus is split 50/50 (stratified), and a document's part depends
  only on the seed and its own id, not on the file's order or on the other documents.

Change rules while looking only at the tuning part; read the held-out number as the
out-of-sample one. ``--list`` prints the ids of each part instead of scoring; ``--all`` scores
every document of the file as one part (for a set written for the tests, nothing tuned on it).

``--attrib [FILE]`` scores the attribution set instead (default
``../shared/eval/attrib_dev.jsonl``, code-only), with ``summarizer.evaluate``'s reimplementation
of the set's metrics; ``--scorer`` also runs the set's own scorer (``score_attrib.py``) on the
same predictions, as a cross-check (the only place ``shared`` code runs).

Scores are **code-only**: the deterministic layer given an empty model answer
(``build_summary`` with empty lists, then ``run_checks``, as ``Engine._finish`` runs them)
scored against the gold with ``summarizer.evaluate.score_doc``. No model is called; the
model's picks, summary, sources and parties add a little on top of these numbers.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.assemble import build_summary  # noqa: E402
from summarizer.checks import run_checks  # noqa: E402
from summarizer.evaluate import (  # noqa: E402
    ATTRIB_COLUMNS,
    DISPLAY_ORDER,
    DocResult,
    GoldDoc,
    Metrics,
    aggregate,
    dropped_notes,
    load_gold,
    prediction_from_summary,
    score_doc,
)
from summarizer.evidence import find_publication_date  # noqa: E402
from summarizer.schema import Summary, empty_extraction  # noqa: E402

DEFAULT_SEED = "summarizer-dev-split-1"
DEFAULT_DEV = ROOT / ".." / "shared" / "eval" / "dev.jsonl"


def split(docs: list[GoldDoc], seed: str = DEFAULT_SEED) -> tuple[list[GoldDoc], list[GoldDoc]]:
    """(tuning, held_out), each in the file's order."""
    by_corpus: dict[str, list[GoldDoc]] = {}
    for d in docs:
        by_corpus.setdefault(d.corpus, []).append(d)
    tuning: set[str] = set()
    for members in by_corpus.values():
        ordered = sorted(members, key=lambda d: hashlib.sha256(f"{seed}:{d.id}".encode()).hexdigest())
        tuning.update(d.id for d in ordered[: (len(ordered) + 1) // 2])
    return [d for d in docs if d.id in tuning], [d for d in docs if d.id not in tuning]


DEFAULT_ATTRIB = ROOT / ".." / "shared" / "eval" / "attrib_dev.jsonl"


def code_only_summary(doc: GoldDoc) -> Summary:
    pub = date.fromisoformat(doc.published) if doc.published else find_publication_date(doc.text)
    summary, _ = build_summary(empty_extraction(), doc.text, published=pub)
    checked, _ = run_checks(summary, doc.text, published=pub, strict_offsets=True, in_place=True)
    return checked


def code_only(doc: GoldDoc) -> DocResult:
    return score_doc(doc, prediction_from_summary(code_only_summary(doc)))


def table(title: str, docs: list[GoldDoc]) -> str:
    corpora, overall = aggregate([code_only(d) for d in docs])
    # each strict variant next to the README metric it tightens (summarizer.evaluate.DISPLAY_ORDER)
    shown = [m for m in DISPLAY_ORDER if m not in ATTRIB_COLUMNS or overall.get(m).total]
    head = ["corpus", "docs", *(m.replace("_", " ") for m in shown)]
    lines = [f"{title}:", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    rows: list[tuple[str, Metrics]] = [*corpora.items(), ("**overall**", overall)]
    for name, m in rows:
        lines.append("| " + " | ".join([name, str(m.docs), *(m.get(k).text() for k in shown)]) + " |")
    lines += ["", *dropped_notes(overall)] if dropped_notes(overall) else []
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description="Code-only dev scores on a tuning and a held-out part.")
    ap.add_argument("dev", nargs="?", default=str(DEFAULT_DEV), help="gold JSONL (default ../shared/eval/dev.jsonl)")
    ap.add_argument("--seed", default=DEFAULT_SEED, help=f"split seed (default {DEFAULT_SEED})")
    ap.add_argument("--list", action="store_true", help="print the ids of each part instead of scoring")
    ap.add_argument("--all", action="store_true", help="score every document of the file as one part (no split)")
    ap.add_argument(
        "--attrib", nargs="?", const=str(DEFAULT_ATTRIB), help="score an attribution set (code-only) instead"
    )
    ap.add_argument("--scorer", action="store_true", help="with --attrib: also run the set's own score_attrib.py")
    args = ap.parse_args()
    if args.attrib:
        attrib(args.attrib, args.scorer)
        return
    docs = load_gold(args.dev)
    if args.all:
        print(table(f"all of {Path(args.dev).name} ({len(docs)} documents)", docs))
        return
    tuning, held = split(docs, args.seed)
    if args.list:
        for name, part in (("tuning", tuning), ("held-out", held)):
            print(f"{name} ({len(part)}): " + " ".join(d.id for d in part))
        return
    print(table(f"tuning part ({len(tuning)} documents, seed {args.seed!r})", tuning))
    print()
    print(table(f"held-out part ({len(held)} documents)", held))


def attrib(path: str, scorer: bool) -> None:
    docs = load_gold(path)
    summaries = {d.id: code_only_summary(d) for d in docs}
    print(table(f"attribution set {Path(path).name} ({len(docs)} documents, code-only)", docs))
    if scorer:
        import json
        import subprocess
        import tempfile

        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for i, s in summaries.items():
                f.write(json.dumps({"id": i, "summary": s.model_dump(mode="json")}) + "\n")
        script = Path(path).with_name("score_attrib.py")
        if not script.exists():  # an invented set under tests/data: the shared scorer
            script = DEFAULT_ATTRIB.with_name("score_attrib.py")
        if not script.exists():
            print(f"\nscore_attrib.py not found (looked beside {path} and at {script}); cross-check skipped")
            return
        out = subprocess.run([sys.executable, str(script), path, f.name], capture_output=True, text=True, check=False)
        print()
        print("score_attrib.py on the same predictions:")
        print(out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr)


if __name__ == "__main__":
    main()
