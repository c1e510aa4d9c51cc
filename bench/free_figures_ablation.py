"""Do the model's free-form figures add anything when the prompt lists the software-found ones?

    python bench/free_figures_ablation.py DIR [--sample 20]

DIR is the exchange cache of a ``bench/bench_local.py --sample N --cache-dir DIR`` run made
while the schema still allowed free-form figures beside the listed ones (before commit afe545a;
the user message, which is matched, is the same). Each sample document's stored first answer
is assembled twice, as the engine does (``build_summary`` then ``run_checks``): as answered, and with its free-form
``casualties`` removed; both are scored against the gold. No model is called. The current
prompt no longer asks for such figures (issue 16): the answers needed are an earlier run's.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_local import DEV, sample_docs  # noqa: E402
from field_ablation import stored_first_answers  # noqa: E402

from summarizer.assemble import build_summary  # noqa: E402
from summarizer.checks import run_checks  # noqa: E402
from summarizer.evaluate import aggregate, prediction_from_summary, score_doc  # noqa: E402
from summarizer.evidence import find_candidates, hint_candidates  # noqa: E402
from summarizer.schema import FreeExtraction, XCasualty  # noqa: E402


class _Answer(FreeExtraction):
    """A stored answer of either schema: ids and up to six free-form figures."""

    figures: list[str]  # type: ignore[assignment]
    casualties: list[XCasualty]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--dev", default=str(DEV))
    args = ap.parse_args()
    answers = stored_first_answers(args.dir)
    results: dict[bool, list] = {True: [], False: []}  # type: ignore[type-arg]
    free = 0
    for doc in sample_docs(args.dev, args.sample):
        from summarizer.prompts import build_messages

        pub = date.fromisoformat(doc.published) if doc.published else None
        hinted = hint_candidates(find_candidates(doc.text))
        raw = answers.get(build_messages(doc.text, pub.isoformat() if pub else None, hinted)[1]["content"])
        if raw is None:
            print(f"{doc.id}: no stored first answer for this prompt (another prompt version?)")
            continue
        x = _Answer.model_validate_json(raw)
        if hinted:
            free += len(x.casualties)
        for keep in (True, False):
            xx = x if keep or not hinted else x.model_copy(update={"casualties": []})
            s, _ = build_summary(xx, doc.text, published=pub, hinted=hinted)  # type: ignore[arg-type]
            s, _ = run_checks(s, doc.text, published=pub, strict_offsets=True, in_place=True)
            results[keep].append(score_doc(doc, prediction_from_summary(s)))
    print(f"free-form figures in answers to prompts that listed figures: {free}")
    for keep in (True, False):
        _, o = aggregate(results[keep])
        shown = ("casualty_recall", "strict_casualty_recall", "grounded_precision", "place_recall", "actor_recall")
        label = "as answered" if keep else "without them"
        print(f"{label:12} " + "  ".join(f"{m} {o.get(m).text()}" for m in shown))


if __name__ == "__main__":
    main()
