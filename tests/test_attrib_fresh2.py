"""Code-only attribution on a third set of invented articles (session 7, ``attrib_fresh2``): six
multi-source stories in different house styles (AP, Reuters, The Guardian, Xinhua, a Nigerian
regional daily, AFP) on a Gaza school-shelter strike, an al-Shabaab hotel siege in Mogadishu, an
insurgent raid in Cabo Delgado, an Israeli strike in south Lebanon, a mass abduction in Zamfara and a
drone strike in Amhara, written and annotated by ``shared/eval/attrib_README.md``'s rules BEFORE
the code was read, in ``tests/data/attrib_fresh2.jsonl``.

Scored like ``tests/test_attrib_fresh.py``. The floors are the measured scores less a small margin."""

from __future__ import annotations

import sys
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from summarizer.evaluate import GoldDoc, Metrics, aggregate, load_gold, prediction_from_summary, score_doc

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "attrib_fresh2.jsonl"
sys.path.insert(0, str(ROOT / "bench"))

from eval_split import code_only_summary  # noqa: E402


@cache
def _docs() -> tuple[GoldDoc, ...]:
    return tuple(load_gold(DATA))


@cache
def _overall() -> Metrics:
    _, overall = aggregate([score_doc(d, prediction_from_summary(code_only_summary(d))) for d in _docs()])
    return overall


# measured on 2026-11-30 before any change (the honest unseen number, code-only): figure recall 0.88,
# attribution 0.98, status 0.81, range 0.86, source recall 0.91, source kind 0.83, party 0.88,
# place recall 0.75. After the status and attribution fixes ("gave a lower death toll" reports; an
# announced lower/higher count disputes the earlier ones; "None of the figures could be verified"
# is a blanket doubt; an age before a 'who' clause; unnamed sources cited on condition of anonymity
# are anonymous; 'He told the state broadcaster X' relays): figure recall 0.88, attribution 1.00,
# status 1.00, range 0.86, source recall 1.00, source kind 0.88, party 0.85, place recall 0.75;
# with the kind words (administrators, police commands, official news agencies, a spokesperson
# for a body): source kind 0.97, party 0.93. A floor is the score less ~0.05.
FLOORS = {
    "figure_recall": 0.83,
    "attribution": 0.95,
    "status_accuracy": 0.95,
    "range_accuracy": 0.81,
    "source_recall": 0.95,
    "source_kind": 0.92,
    "party_accuracy": 0.88,
    "place_recall": 0.70,
    "grounded_precision": 1.0,
}


def test_gold_is_well_formed() -> None:
    docs = _docs()
    assert len(docs) == 6
    for d in docs:
        text = " ".join(d.text.split()).lower()
        assert d.published and date.fromisoformat(d.published)
        for c in d.gold.casualties:
            for q in [c.quote, *c.alt_quotes]:
                assert " ".join(q.split()).lower() in text, (d.id, q)
            assert c.phrase.lower() in c.quote.lower(), (d.id, c.phrase)
        for p in d.gold.places:
            assert p in d.text, (d.id, p)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_code_only_scores_stay_above_floor(metric: str) -> None:
    m = _overall().get(metric)
    assert m.total, metric
    assert m.found / m.total >= FLOORS[metric], f"{metric}: {m.text()} below {FLOORS[metric]}"
