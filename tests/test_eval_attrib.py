"""``summarizer eval``'s strict casualty recall and the attribution set's metrics (reimplemented
from shared/eval/score_attrib.py: nothing of ``shared`` is imported)."""

from __future__ import annotations

from summarizer.evaluate import (
    GoldCasualty,
    GoldDoc,
    PredFigure,
    Prediction,
    PredSource,
    casualty_recall,
    load_gold,
    same_source,
    score_doc,
    strict_casualty_recall,
)


def test_strict_recall_needs_a_low_bound() -> None:
    gold = [GoldCasualty(outcome="killed", low=12, high=12)]
    vague = [PredFigure(outcome="killed", low=None, high=None, phrase="a number of")]
    assert casualty_recall(gold, vague).found == 1  # the lenient rule: a missing low is 0
    assert strict_casualty_recall(gold, vague).found == 0
    assert strict_casualty_recall(gold, [PredFigure(outcome="killed", low=10, high=None)]).found == 1


def test_same_source_rules() -> None:
    assert same_source(["Syrian Observatory for Human Rights"], "SOHR")
    assert same_source([None], None)
    assert same_source(["the health ministry", None], None)
    assert not same_source(["Reuters"], "AFP")


DOC = {
    "id": "d1",
    "text": "At least 12 people were killed in Goma, the health ministry said. Reuters reported the attack.",
    "published": "2025-01-27",
    "gold": {
        "casualties": [
            {
                "outcome": "killed",
                "low": 12,
                "high": None,
                "phrase": "At least 12",
                "quote": "At least 12 people were killed in Goma",
                "reported_by": "health ministry",
                "status": "reported",
            }
        ],
        "sources": [
            {"name": "health ministry", "kind": "official", "party_to_conflict": True},
            {"name": "Reuters", "kind": "media", "party_to_conflict": False},
        ],
        "parties": [],
        "places": ["Goma"],
        "dates": [],
    },
}


#: the health ministry's figure of DOC, as a prediction
HEALTH_MINISTRY_12 = PredFigure(
    outcome="killed",
    low=12,
    best=12,
    high=None,
    phrase="At least 12",
    quotes=["At least 12 people were killed in Goma, the health ministry said."],
    reported_by="the health ministry",
    status="confirmed",
)


def test_attribution_metrics_when_the_gold_carries_them(tmp_path: object) -> None:
    doc = GoldDoc.model_validate(DOC)  # no "corpus": attribution sets have none
    assert doc.corpus == "all" and doc.gold.has_attribution
    pred = Prediction(
        figures=[HEALTH_MINISTRY_12],
        sources=[PredSource(name="the health ministry", kind="official", party_to_conflict=True)],
    )
    r = score_doc(doc, pred)
    sc = r.scores
    assert (sc.figure_recall.found, sc.figure_recall.total) == (1, 1)
    assert sc.attribution.value == 1.0 and sc.range_accuracy.value == 1.0
    assert sc.status_accuracy.value == 0.0
    assert (sc.source_recall.found, sc.source_recall.total) == (1, 2)
    assert sc.source_kind.value == 1.0 and sc.party_accuracy.value == 1.0
    # precision beside recall: every predicted figure and source matched a gold one
    assert (sc.figure_precision.found, sc.figure_precision.total) == (1, 1)
    assert (sc.source_precision.found, sc.source_precision.total) == (1, 1)


def test_precision_counts_extra_figures_and_sources() -> None:
    doc = GoldDoc.model_validate(DOC)
    fig = HEALTH_MINISTRY_12
    extra = fig.model_copy(update={"outcome": "injured", "phrase": "dozens", "low": 24, "best": None})
    pred = Prediction(
        figures=[fig, extra],
        sources=[
            PredSource(name="the health ministry", kind="official", party_to_conflict=True),
            PredSource(name="the territory's health ministry", kind="official", party_to_conflict=True),
            PredSource(name="a witness", kind="anonymous", party_to_conflict=False),
        ],
    )
    sc = score_doc(doc, pred).scores
    assert (sc.figure_precision.found, sc.figure_precision.total) == (1, 2)
    # a second name of a listed source is an extra, as is a source the gold does not list
    assert (sc.source_precision.found, sc.source_precision.total) == (1, 3)


def test_dev_gold_has_no_attribution_metrics(tmp_path: object) -> None:
    from pathlib import Path

    p = Path(str(tmp_path)) / "g.jsonl"
    p.write_text('{"id": "a", "corpus": "c", "text": "t", "gold": {"casualties": [{"outcome": "killed", "low": 1}]}}\n')
    (doc,) = load_gold(p)
    assert not doc.gold.has_attribution
    r = score_doc(doc, Prediction())
    assert r.scores.figure_recall.value is None and r.scores.source_recall.value is None
    assert r.scores.figure_precision.value is None and r.scores.source_precision.value is None
