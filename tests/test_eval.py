"""``summarizer eval``: the scoring rules of shared/eval/README.md on hand-made gold/prediction
pairs, and end-to-end runs over fixtures/eval_sample.jsonl through ScriptedProvider."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest
import typer
from pydantic import BaseModel
from typer.testing import CliRunner

from summarizer.api import InputError, Options
from summarizer.cli.eval import eval_command
from summarizer.evaluate import (
    GoldCasualty,
    GoldDoc,
    PredFigure,
    Prediction,
    aggregate,
    casualty_recall,
    date_accuracy,
    date_precision,
    day_precision_dates,
    dropped_notes,
    figure_grounded,
    grounded_precision,
    load_gold,
    name_recall,
    predictions_path,
    ranges_overlap,
    run_eval,
    score_doc,
    select_docs,
    strict_date_accuracy,
    strict_name_recall,
    strict_names_match,
)
from summarizer.schema import Extraction
from summarizer.testing import ScriptedProvider, ScriptedRefusal

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "eval_sample.jsonl"


def g(outcome: str, low: int | None, high: int | None) -> GoldCasualty:
    return GoldCasualty(outcome=outcome, low=low, high=high)


def f(outcome: str, low: int | None, high: int | None, **kw: Any) -> PredFigure:
    return PredFigure(outcome=outcome, low=low, high=high, **kw)


# --------------------------------------------------------------------------- casualty recall


@pytest.mark.parametrize(
    ("gold", "pred", "found"),
    [
        ((6, 6), (6, 6), True),
        ((6, 6), (6, None), True),  # "at least six": open high
        ((6, 6), (7, None), False),  # at least 7 cannot be 6
        ((6, 6), (None, 10), True),  # missing low counts as 0
        ((6, 6), (None, 5), False),
        ((2, None), (3, None), True),  # gold high null is unbounded
        ((2, None), (1000, 1000), True),
        ((2, None), (None, 1), False),  # 0..1 below 2..inf
        ((2, None), (None, None), True),  # both unbounded
        ((1000, 1000), (23, None), True),
        ((30, 40), (40, 50), True),  # closed ranges touch
        ((30, 40), (41, 50), False),
        ((30, 40), (20, 29), False),
    ],
)
def test_ranges_overlap(gold: tuple[int, int | None], pred: tuple[int | None, int | None], found: bool) -> None:
    assert ranges_overlap(gold[0], gold[1], pred[0], pred[1]) is found
    assert casualty_recall([g("killed", *gold)], [f("killed", *pred)]).found == int(found)


def test_casualty_recall_dedups_gold_by_outcome_low_high() -> None:
    gold = [g("killed", 1, 1), g("killed", 1, 1), g("injured", 1, 1), g("injured", 2, None), g("injured", 2, None)]
    t = casualty_recall(gold, [f("killed", 1, 1)])
    assert (t.found, t.total) == (1, 3)
    assert t.misses == [g("injured", 1, 1), g("injured", 2, None)]


def test_casualty_recall_needs_same_outcome() -> None:
    t = casualty_recall([g("killed", 5, 5)], [f("injured", 5, 5), f("missing", 5, 5)])
    assert (t.found, t.total) == (0, 1)
    t = casualty_recall([g("killed", 5, 5), g("injured", 5, 5)], [f("injured", 5, 5)])
    assert (t.found, t.total) == (1, 2)


def test_casualty_recall_no_gold_and_no_predictions() -> None:
    assert casualty_recall([], [f("killed", 1, 1)]).total == 0
    t = casualty_recall([g("killed", 3, 3)], [])
    assert (t.found, t.total) == (0, 1)


# --------------------------------------------------------------------------- grounded precision

DOC = (
    "SAN SALVADOR, 31 OCT 89 (AFP) -- AT LEAST SIX PERSONS WERE\nKILLED AND SEVERAL INJURED WHEN A CAR BOMB\n"
    "EXPLODED TODAY. Officials said 12 soldiers were wounded."
)


def test_grounded_when_quote_in_doc_and_numbers_derive() -> None:
    # case-insensitive and whitespace-normalised (the line break in the article)
    fig = f("killed", 6, None, best=6, phrase="at least six", quotes=["at least six persons were   killed"])
    assert figure_grounded(fig, DOC) == (True, "")
    fig = f("injured", 12, 12, best=12, phrase="12", quotes=["Officials said 12 soldiers were wounded."])
    assert figure_grounded(fig, DOC)[0]


def test_ungrounded_quote_not_in_doc() -> None:
    fig = f("killed", 6, None, best=6, phrase="AT LEAST SIX", quotes=["AT LEAST SIX PEOPLE DIED"])
    assert figure_grounded(fig, DOC) == (False, "quote not in the document")


def test_ungrounded_numbers_not_supported() -> None:
    # the quote is real but says "at least six", not exactly six
    fig = f("killed", 6, 6, best=6, phrase="AT LEAST SIX", quotes=["AT LEAST SIX PERSONS WERE KILLED"])
    ok, why = figure_grounded(fig, DOC)
    assert not ok and "6/6/None" in why
    # best is compared too
    fig = f("killed", 6, None, best=None, phrase="AT LEAST SIX", quotes=["AT LEAST SIX PERSONS WERE KILLED"])
    assert not figure_grounded(fig, DOC)[0]


def test_ungrounded_without_evidence_or_quantity() -> None:
    assert figure_grounded(f("killed", 1, 1), DOC) == (False, "no evidence quote")
    assert figure_grounded(f("killed", 1, 1, quotes=["  "]), DOC) == (False, "no evidence quote")
    ok, why = figure_grounded(f("killed", 1, 1, quotes=["A CAR BOMB EXPLODED TODAY"]), DOC)
    assert not ok and "no killed quantity" in why


def test_grounded_when_any_evidence_quote_supports() -> None:
    fig = f(
        "killed", 6, None, best=6, phrase="AT LEAST SIX", quotes=["made up words", "AT LEAST SIX PERSONS WERE KILLED"]
    )
    assert figure_grounded(fig, DOC)[0]


def test_baseline_figures_compare_low_and_high_only() -> None:
    # no phrase, no best: derive_quantity(quote, "", outcome) must give the claimed low/high
    ok = f("killed", 6, None, quotes=["AT LEAST SIX PERSONS WERE KILLED"], claims_best=False)
    assert figure_grounded(ok, DOC)[0]
    wrong = f("killed", 6, 6, quotes=["AT LEAST SIX PERSONS WERE KILLED"], claims_best=False)
    ok2, why = figure_grounded(wrong, DOC)
    assert not ok2 and "low/high 6/None" in why


def test_grounded_precision_counts_and_reasons() -> None:
    figs = [
        f("killed", 6, None, best=6, phrase="AT LEAST SIX", quotes=["AT LEAST SIX PERSONS WERE KILLED"]),
        f("killed", 150, 150, best=150, phrase="150", quotes=["150 people were killed"]),
    ]
    t = grounded_precision(figs, DOC)
    assert (t.found, t.total) == (1, 2)
    assert t.misses == [(1, "quote not in the document")]
    assert grounded_precision([], DOC).total == 0


# --------------------------------------------------------------------------- places, actors, dates


@pytest.mark.parametrize(
    ("gold", "pred", "found"),
    [
        ("helmand", ["Helmand province"], True),  # gold inside prediction
        ("Helmand Province", ["HELMAND"], True),  # prediction inside gold
        ("SAN SALVADOR", ["san  salvador"], True),  # whitespace collapsed
        ("kunar", ["Helmand province"], False),
        ("FMLN", [""], False),  # an empty prediction matches nothing
        ("aq;taliban", ["Taliban"], True),  # "taliban" is inside the gold string
        ("bombers", ["suicide bombers"], True),
        ("They", ["Taliban gunmen"], False),
    ],
)
def test_name_recall_containment(gold: str, pred: list[str], found: bool) -> None:
    t = name_recall([gold], pred)
    assert (t.found, t.total) == (int(found), 1)


def test_name_recall_dedups_exact_repeats_and_lists_misses() -> None:
    t = name_recall(["Kunar", "kunar", "Logar", ""], ["Kunar province"])
    assert (t.found, t.total, t.misses) == (1, 2, ["Logar"])


def test_date_accuracy() -> None:
    t = date_accuracy(["1989-11-11", "1989-11-13"], ["1989-11-13", "1989-11-12"])
    assert (t.found, t.total, t.misses) == (1, 2, ["1989-11-11"])
    assert date_accuracy([], ["2020-01-01"]).total == 0
    assert date_accuracy(["2020-01-01"], []).found == 0


# -- strict variants (invented names and dates) ---------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "lenient", "strict"),
    [
        ("RF", ["Wharfmen"], True, False),  # substring inside a word: not a whole word
        ("river front", ["the River Front fighters"], True, True),  # all content words, whole
        ("RIVER FRONT", ["River"], True, True),  # the predicted name's words are all in the gold
        ("LOWER-VALE )", ["Lower Vale"], False, True),  # punctuation and spacing do not matter
        ("the Hill Brigade", ["hill-brigade"], False, True),  # "the" is a function word; "-" a break
        ("Hill Brigade", ["Brigade of the Hill"], False, True),  # word order does not matter
        ("Hill Brigade", ["Hillside brigades"], False, False),  # whole words only
        ("ORE;marsh guard", ["Marsh Guard unit"], False, True),  # ";": alternatives, any one counts
        ("ORE", ["Oregon rangers"], True, False),
        ("ore;marsh guard", ["Oregon rangers"], False, False),
        ("ore;marsh guard", ["ORE"], True, True),
        ("EL MIRADOR", ["San Mirador"], False, False),  # only English function words may be missing
        ("of the", ["The Lord of the Isles"], True, True),  # function words only: all of them count
    ],
)
def test_strict_names_are_whole_words(gold: str, pred: list[str], lenient: bool, strict: bool) -> None:
    assert name_recall([gold], pred).found == int(lenient)
    t = strict_name_recall([gold], pred)
    assert (t.found, t.total, t.dropped) == (int(strict), 1, 0)


def test_strict_names_match_needs_words_on_both_sides() -> None:
    assert not strict_names_match("", "Hill Brigade") and not strict_names_match("Hill Brigade", "--")
    assert strict_names_match("D.V.", "d v")


def test_strict_name_recall_drops_wordless_gold_and_dedups_by_words() -> None:
    gold = ["", "\\", " ) / ", ";", "Lower Vale", "LOWER VALE )", "vale;lower"]
    t = strict_name_recall(gold, ["Lower Vale district"])
    assert (t.found, t.total, t.dropped, t.misses) == (2, 2, 4, [])
    lenient = name_recall(gold, ["Lower Vale district"])  # the README's rule keeps them all
    assert (lenient.found, lenient.total) == (1, 6)


def test_date_precision_counts_distinct_day_dates_of_docs_with_gold_dates() -> None:
    t = date_precision(["2031-04-05"], ["2031-04-05", "2031-04-06", "2031-04-05", "2031-04-07"])
    assert (t.found, t.total, t.misses) == (1, 3, ["2031-04-06", "2031-04-07"])
    assert date_precision([], ["2031-04-05"]).total == 0  # no gold dates: n/a, as date accuracy
    assert date_precision(["2031-04-05"], []).total == 0


def test_strict_date_accuracy_needs_day_precision() -> None:
    # "in April": month precision, written as the month's first day; the gold happens to be that day
    pred = Prediction(dates=["2031-04-01", "2031-04-09"], day_dates=["2031-04-09"])
    gold = ["2031-04-01", "2031-04-09"]
    assert date_accuracy(gold, pred.dates).found == 2  # the README's rule counts the month date
    t = strict_date_accuracy(gold, day_precision_dates(pred))
    assert (t.found, t.total, t.misses) == (1, 2, ["2031-04-01"])
    # no precision recorded (the plain baseline, older predictions): full YYYY-MM-DD dates are days
    assert day_precision_dates(Prediction(dates=["2031-04-01", "2031-04", " 2031-04-09 "])) == [
        "2031-04-01",
        "2031-04-09",
    ]


def test_prediction_from_summary_keeps_day_dates() -> None:
    from summarizer.evaluate import prediction_from_summary
    from summarizer.schema import Summary, TimelineEntry

    s = Summary.model_construct(
        casualties=[],
        locations=[],
        parties=[],
        sources=[],
        timeline=[
            TimelineEntry(when="on 9 April", date="2031-04-09", date_precision="day", event="a raid"),
            TimelineEntry(when="in April", date="2031-04-01", date_precision="month", event="a siege"),
            TimelineEntry(when="later", date=None, event="talks"),
        ],
    )
    p = prediction_from_summary(s)
    assert p.dates == ["2031-04-09", "2031-04-01"] and p.day_dates == ["2031-04-09"]


def test_strict_metrics_in_score_doc_and_aggregate() -> None:
    gold = {"places": ["Lower Vale", ")"], "actors": ["RF", "\\"], "dates": ["2031-04-01", "2031-04-09"]}
    pred = Prediction(
        places=["Lower Vale"],
        actors=["Wharfmen"],
        dates=["2031-04-01", "2031-04-09", "2031-04-10", "2031-04-11"],
        day_dates=["2031-04-09", "2031-04-10", "2031-04-11"],
    )
    r = score_doc(_doc("s", "invented", gold), pred)
    sc = r.scores
    assert (sc.place_recall.found, sc.place_recall.total) == (1, 2)  # the README's rule scores ")" too
    assert (sc.strict_place_recall.found, sc.strict_place_recall.total, sc.strict_place_recall.dropped) == (1, 1, 1)
    assert (sc.actor_recall.found, sc.actor_recall.total) == (1, 2)
    assert (sc.strict_actor_recall.found, sc.strict_actor_recall.total, sc.strict_actor_recall.dropped) == (0, 1, 1)
    assert (sc.date_accuracy.found, sc.strict_date_accuracy.found, sc.strict_date_accuracy.total) == (2, 1, 2)
    assert (sc.date_precision.found, sc.date_precision.total) == (1, 3)
    assert r.misses.strict_actors == ["RF"] and r.misses.strict_dates == ["2031-04-01"]
    assert r.misses.extra_dates == ["2031-04-10", "2031-04-11"]
    _, overall = aggregate([r, score_doc(_doc("t", "invented", {"actors": [""]}), Prediction())])
    assert overall.strict_actor_recall.dropped == 2 and overall.strict_place_recall.dropped == 1
    assert overall.strict_actor_recall.text() == "0.00 (0/1)"
    assert dropped_notes(overall) == [
        "strict place recall: 1 gold string(s) with no word (empty or punctuation only) not scored",
        "strict actor recall: 2 gold string(s) with no word (empty or punctuation only) not scored",
    ]


# --------------------------------------------------------------------------- per doc and aggregation


def _doc(i: str, corpus: str, gold: dict[str, Any], text: str = DOC) -> GoldDoc:
    return GoldDoc.model_validate({"id": i, "corpus": corpus, "text": text, "gold": gold})


def test_score_doc_and_aggregate_pool_and_mark_na() -> None:
    a = _doc("a", "muc4", {"casualties": [{"outcome": "killed", "low": 6, "high": 6}], "places": ["SAN SALVADOR"]})
    b = _doc("b", "muc4", {"casualties": [{"outcome": "injured", "low": 2, "high": None}], "dates": ["1989-10-31"]})
    c = _doc("c", "wikievents", {"actors": ["FMLN"]})
    pa = Prediction(
        figures=[f("killed", 6, None, best=6, phrase="AT LEAST SIX", quotes=["AT LEAST SIX PERSONS WERE KILLED"])],
        places=["San Salvador"],
    )
    ra = score_doc(a, pa)
    rb = score_doc(b, None, error="boom")  # a failed doc: zero predictions, gold still counts
    rc = score_doc(c, Prediction(actors=["the FMLN guerrillas"]))
    assert ra.scores.casualty_recall.value == 1.0 and ra.predicted[0].grounded
    assert rb.misses.casualties == [g("injured", 2, None)] and rb.misses.dates == ["1989-10-31"]
    corpora, overall = aggregate([ra, rb, rc])
    muc = corpora["muc4"]
    assert (muc.docs, muc.failed) == (2, 1)
    assert (muc.casualty_recall.found, muc.casualty_recall.total, muc.casualty_recall.docs) == (1, 2, 2)
    assert muc.casualty_recall.value == 0.5
    assert muc.grounded_precision.value == 1.0
    assert muc.actor_recall.value is None  # no gold actors in this corpus: n/a, not 0
    assert muc.date_accuracy.value == 0.0
    wiki = corpora["wikievents"]
    assert wiki.casualty_recall.value is None and wiki.grounded_precision.value is None
    assert wiki.actor_recall.value == 1.0
    assert overall.docs == 3 and overall.actor_recall.value == 1.0 and overall.casualty_recall.value == 0.5
    assert muc.casualty_recall.text() == "0.50 (1/2)" and muc.actor_recall.text() == "n/a"


# --------------------------------------------------------------------------- gold file


def test_load_gold_sample() -> None:
    docs = load_gold(SAMPLE)
    assert [d.corpus for d in docs] == ["muc4", "muc4", "wikievents", "isaf", "isaf"]
    assert docs[0].gold.casualties[1].high is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "corpus": "x", "text": "t"}\n{not json\n', "x.jsonl:2: not JSON"),
        ('["a"]\n', "x.jsonl:1: expected a JSON object"),
        ('{"corpus": "c", "text": "t"}\n', "x.jsonl:1: id: Field required"),
        (
            '{"id": "a", "corpus": "c", "text": "t", "gold": {"casualties": [{"outcome": "killed", "low": "many"}]}}\n',
            "x.jsonl:1: gold.casualties.0.low:",
        ),
        ('{"id": "a", "corpus": "c", "text": "t"}\n\n{"id": "a", "corpus": "c", "text": "u"}\n', "duplicate id 'a'"),
        ("\n\n", "no documents"),
    ],
)
def test_load_gold_errors_are_one_line(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(p)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_gold(tmp_path / "nope.jsonl")


def test_select_docs() -> None:
    docs = load_gold(SAMPLE)
    assert [d.id for d in select_docs(docs, limit=2)] == ["TST2-MUC4-0075", "TST2-MUC4-0017"]
    assert [d.id for d in select_docs(docs, ids=["isaf-72", "TST2-MUC4-0017"])] == ["TST2-MUC4-0017", "isaf-72"]
    assert [d.id for d in select_docs(docs, ids=["isaf-72", "isaf-332"], limit=1)] == ["isaf-72"]
    with pytest.raises(InputError, match="unknown document id"):
        select_docs(docs, ids=["nope"])


# --------------------------------------------------------------------------- end to end


def _fit(data: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """Keep only the keys the model-filled schema has now (it is tuned concurrently; the
    scripted answers stay valid when a field such as ``who`` or ``when`` is dropped)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        fld = model.model_fields.get(key)
        if fld is None:
            continue
        args = get_args(fld.annotation)
        item = args[0] if args else None
        if isinstance(value, list) and isinstance(item, type) and issubclass(item, BaseModel):
            value = [_fit(v, item) for v in value]
        out[key] = value
    return out


def _ex(summary: str, **parts: Any) -> str:
    body: dict[str, Any] = {
        "summary": summary, "events": [], "parties": [], "locations": [], "figures": [], "casualties": []
    }
    body.update(parts)
    body.setdefault("sources", [])
    return json.dumps(_fit(body, Extraction))


def _cas(outcome: str, phrase: str, quote: str, who: str = "people") -> dict[str, Any]:
    return {"outcome": outcome, "who": who, "phrase": phrase, "quote": quote, "reported_by": None}


# one scripted answer per sample document, in file order (concurrency 1)
PIPELINE_REPLIES = [
    # TST2-MUC4-0075: gold killed 6, injured 2+ (listed three times); SAN SALVADOR; 1989-10-31
    _ex(
        "A car bomb outside FENASTRAS in San Salvador killed at least six people.",
        events=[
            {"when": "TODAY", "event": "car bomb", "location": "SAN SALVADOR", "quote": "A CAR BOMB EXPLODED TODAY"}
        ],
        parties=[{"name": "FENASTRAS", "kind": "political_group", "role": "target"}],
        locations=["SAN SALVADOR"],
        casualties=[
            _cas("killed", "AT LEAST SIX", "AT LEAST SIX PERSONS WERE KILLED AND SEVERAL INJURED"),
            _cas("injured", "SEVERAL", "AT LEAST SIX PERSONS WERE KILLED AND SEVERAL INJURED"),
        ],
        sources=[{"name": "THE POLICE", "kind": "official"}],
    ),
    # TST2-MUC4-0017: gold killed 1000 (noise), injured 1000; BOGOTA; 1989-12-08 (the model's
    # "WEDNESDAY" resolves to 1989-12-06: a date miss)
    _ex(
        "A truck bomb in Bogota killed at least 23 people and injured 1,000.",
        events=[
            {
                "when": "WEDNESDAY",
                "event": "truck bomb",
                "location": "BOGOTA",
                "quote": "A TRUCK RIGGED WITH DYNAMITE EXPLODED WEDNESDAY MORNING",
            }
        ],
        locations=["BOGOTA"],
        casualties=[
            _cas("killed", "AT LEAST 23", "KILLING AT LEAST 23 PEOPLE AND INJURING 1,000"),
            _cas("injured", "1,000", "KILLING AT LEAST 23 PEOPLE AND INJURING 1,000"),
        ],
    ),
    # suicide_ied_114: no gold casualties or dates; places Afghanistan, Helmand Province;
    # actors They, bombers, gunmen ("They" is missed)
    _ex(
        "Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand.",
        parties=[
            {"name": "Taliban gunmen", "kind": "armed_group", "role": "attacker"},
            {"name": "suicide bombers", "kind": "armed_group", "role": "attacker"},
        ],
        locations=["Camp Shorabak", "Helmand Province", "Afghanistan"],
        casualties=[
            _cas("killed", "23", "They killed 23 Afghan soldiers and injured another 15."),
            _cas("injured", "15", "They killed 23 Afghan soldiers and injured another 15."),
        ],
    ),
    # isaf-72: gold killed 3; helmand; 2012-11-06 ("yesterday" against the 2012-11-07 dateline)
    _ex(
        "Afghan and coalition forces killed three insurgents in Helmand.",
        events=[
            {
                "when": "yesterday",
                "event": "operation",
                "location": "Helmand province",
                "quote": "during an operation in Helmand province yesterday",
            }
        ],
        parties=[{"name": "Afghan and coalition security forces", "kind": "state_forces", "role": "attacker"}],
        locations=["Helmand province"],
        casualties=[_cas("killed", "three", "Afghan and coalition security forces killed three insurgents")],
    ),
    # isaf-332: the server refuses: the document fails, counted with zero predictions
    ScriptedRefusal(400, "request refused (scripted)"),
]


def _options(provider: ScriptedProvider, tmp_path: Path, **kw: Any) -> Options:
    return Options(
        provider=provider,
        cache=False,
        max_retries=0,
        fixtures_dir=tmp_path / "no-fixtures",
        fill_from_candidates=False,
        **kw,
    )


def _values(m: Any) -> dict[str, Any]:
    names = ("casualty_recall", "grounded_precision", "place_recall", "actor_recall", "date_accuracy")
    return {n: (getattr(m, n).found, getattr(m, n).total) if getattr(m, n).value is not None else None for n in names}


async def test_run_eval_end_to_end(tmp_path: Path) -> None:
    provider = ScriptedProvider(PIPELINE_REPLIES)
    out = tmp_path / "reports" / "dev.json"
    report = await run_eval(
        SAMPLE, options=_options(provider, tmp_path), concurrency=1, report_path=out, progress=False
    )
    assert len(provider.requests) == 5
    assert (report.mode, report.provider, report.model) == ("pipeline", "openai", "scripted")
    assert report.prompt_version and report.schema_version
    assert list(report.corpora) == ["muc4", "wikievents", "isaf"]
    assert _values(report.corpora["muc4"]) == {
        "casualty_recall": (4, 4),  # 6 vs "at least six"; 2+ (deduplicated) vs several; 1000 vs at least 23 / 1,000
        "grounded_precision": (4, 4),
        "place_recall": (2, 2),
        "actor_recall": None,  # no gold actors: n/a
        "date_accuracy": (2, 2),  # the timeline is built by code from dated sentences
    }
    assert _values(report.corpora["wikievents"]) == {
        "casualty_recall": None,
        "grounded_precision": (2, 2),
        "place_recall": (2, 2),
        "actor_recall": (2, 3),
        "date_accuracy": None,
    }
    isaf = report.corpora["isaf"]
    assert (isaf.docs, isaf.failed) == (2, 1)
    assert _values(isaf) == {
        "casualty_recall": (1, 2),
        "grounded_precision": (1, 1),
        "place_recall": (1, 2),
        "actor_recall": (0, 1),
        "date_accuracy": (1, 2),
    }
    o = report.overall
    assert (o.docs, o.failed) == (5, 1)
    assert _values(o) == {
        "casualty_recall": (5, 6),
        "grounded_precision": (7, 7),
        "place_recall": (5, 6),
        "actor_recall": (2, 4),
        "date_accuracy": (3, 4),
    }
    assert o.casualty_recall.value == pytest.approx(5 / 6, abs=1e-4)
    # failures are listed with their error; per-doc details name the misses
    assert [(x.id, "HTTP 400" in x.error) for x in report.failed] == [("isaf-332", True)]
    assert report.fallback == []
    by_id = {d.id: d for d in report.docs}
    assert by_id["TST2-MUC4-0017"].misses.dates == []  # found by the code-built timeline
    # distinct dates: the timeline may date two events on one day
    assert sorted(set(by_id["TST2-MUC4-0017"].dates)) == ["1989-12-06", "1989-12-08"]
    assert by_id["suicide_ied_114"].misses.actors == ["They"]
    assert by_id["isaf-332"].misses.places == ["baghlan"]
    assert [(p.outcome, p.low, p.high) for p in by_id["TST2-MUC4-0075"].predicted] == [
        ("killed", 6, None),
        ("injured", 3, None),  # "SEVERAL": the evidence module's documented low of 3
    ]
    # the written report is the returned one
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["overall"]["casualty_recall"]["found"] == 5
    assert saved["model"] == "scripted" and saved["prompt_version"] == report.prompt_version
    assert saved["corpora"]["muc4"]["actor_recall"]["value"] is None
    # predictions streamed next to the report, one line per document
    lines = [json.loads(x) for x in predictions_path(out).read_text(encoding="utf-8").splitlines()]
    assert predictions_path(out).name == "dev.predictions.jsonl"
    assert [x["id"] for x in lines] == [d.id for d in load_gold(SAMPLE)]
    assert lines[-1]["error"] and lines[0]["output"]["casualties"]


async def test_run_eval_resumes_from_predictions(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    first = ScriptedProvider(PIPELINE_REPLIES)
    await run_eval(SAMPLE, options=_options(first, tmp_path), report_path=out, progress=False)
    # simulate a run killed while writing: a torn last line
    with predictions_path(out).open("a", encoding="utf-8") as fh:
        fh.write('{"id": "isaf-33')
    # the re-run asks the model only for the failed document
    isaf_332 = _ex(
        "Coalition forces killed a Taliban leader in Baghlan.",
        parties=[{"name": "Taliban", "kind": "armed_group", "role": "target"}],
        locations=["Baghlan province"],
        casualties=[_cas("killed", "a", "coalition forces killed a Taliban leader yesterday", who="Taliban leader")],
    )
    second = ScriptedProvider([isaf_332])
    report = await run_eval(SAMPLE, options=_options(second, tmp_path), report_path=out, progress=False)
    assert len(second.requests) == 1
    assert "Baghlan" in second.requests[0]["messages"][-1]["content"]
    assert [d.resumed for d in report.docs] == [True, True, True, True, False]
    assert not report.failed
    assert _values(report.corpora["isaf"])["place_recall"] == (2, 2)
    assert _values(report.corpora["isaf"])["actor_recall"] == (1, 1)
    # another model does not reuse these predictions
    third = ScriptedProvider(["not json"], model="other")
    r3 = await run_eval(SAMPLE, options=_options(third, tmp_path), limit=2, report_path=out, progress=False)
    assert len(third.requests) == 2 and len(r3.fallback) == 2 and r3.model == "other"


BASELINE_REPLIES = [
    # TST2-MUC4-0075
    json.dumps(
        {
            "summary": "A car bomb killed six people in San Salvador.",
            "casualties": [
                # grounded: the quote gives at least 6 (6..open)
                {
                    "outcome": "killed",
                    "low": 6,
                    "high": None,
                    "who": "persons",
                    "quote": "AT LEAST SIX PERSONS WERE KILLED",
                },
                # real quote, but it does not say exactly 6
                {
                    "outcome": "killed",
                    "low": 6,
                    "high": 6,
                    "who": "persons",
                    "quote": "AT LEAST SIX PERSONS WERE KILLED",
                },
                # fabricated quote
                {
                    "outcome": "injured",
                    "low": 3,
                    "high": None,
                    "who": "people",
                    "quote": "several were hurt in the blast",
                },
            ],
            "places": ["San Salvador"],
            "actors": [],
            "dates": ["1989-10-31"],
        }
    ),
    # isaf-72
    json.dumps(
        {
            "summary": "Forces killed three insurgents in Helmand.",
            "casualties": [
                {"outcome": "killed", "low": 3, "high": 3, "who": "insurgents", "quote": "killed three insurgents"}
            ],
            "places": ["Helmand"],
            "actors": ["Afghan and coalition security forces"],
            "dates": ["2012-11-07"],
        }
    ),
]


async def test_run_eval_baseline(tmp_path: Path) -> None:
    provider = ScriptedProvider(BASELINE_REPLIES)
    report = await run_eval(
        SAMPLE,
        options=_options(provider, tmp_path),
        ids=["isaf-72", "TST2-MUC4-0075"],
        report_path=tmp_path / "base.json",
        progress=False,
        baseline=True,
    )
    assert report.mode == "baseline" and report.prompt_version.startswith("baseline-")
    assert report.schema_version == "plain"
    # one plain call per document: no hints, the article in the user message, a plain schema
    assert len(provider.requests) == 2
    req = provider.requests[0]
    assert req["messages"][0]["role"] == "system" and "candidate" not in json.dumps(req["messages"]).lower()
    assert req["response_format"]["json_schema"]["name"] == "PlainSummary"
    assert "Publication date: 1989-10-31" in req["messages"][-1]["content"]
    assert _values(report.overall) == {
        "casualty_recall": (3, 3),  # recall does not ask for grounding
        "grounded_precision": (2, 4),
        "place_recall": (2, 2),
        "actor_recall": None,
        "date_accuracy": (1, 2),
    }
    muc = next(d for d in report.docs if d.id == "TST2-MUC4-0075")
    assert [p.grounded for p in muc.predicted] == [True, False, False]
    assert "quote gives low/high 6/None" in muc.predicted[1].reason
    assert muc.predicted[2].reason == "quote not in the document"


async def test_run_eval_baseline_replays_from_the_exchange_cache(tmp_path: Path) -> None:
    opts: dict[str, Any] = {"cache": True, "cache_dir": tmp_path / "cache", "fixtures_dir": tmp_path / "nofix"}
    first = ScriptedProvider(BASELINE_REPLIES)
    kw: dict[str, Any] = {"ids": ["TST2-MUC4-0075", "isaf-72"], "progress": False, "baseline": True}
    r1 = await run_eval(SAMPLE, options=Options(provider=first, **opts), report_path=tmp_path / "a.json", **kw)
    # a fresh report path (no predictions to resume from): every model call comes from the cache
    again = ScriptedProvider(["not json"])
    r2 = await run_eval(SAMPLE, options=Options(provider=again, **opts), report_path=tmp_path / "b.json", **kw)
    assert not again.requests and not r2.failed
    assert r2.overall == r1.overall


def test_cli_eval_offline_miss_fails_each_doc_and_exits_1(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command("eval")(eval_command)
    app.command("noop")(lambda: None)
    out = tmp_path / "r.json"
    args = ["eval", str(SAMPLE), "--out", str(out), "--provider", "openai", "--model", "never-recorded"]
    args += ["--offline", "--no-cache", "--no-progress", "--ids", "isaf-72,TST2-MUC4-0017", "--limit", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "TST2-MUC4-0017" in result.output
    # every document failed: no table of zeros passed off as scores
    assert "no document could be scored" in result.output and "overall" not in result.output
    assert "0.00" not in result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in saved["docs"]] == ["TST2-MUC4-0017"]
    assert saved["failed"][0]["error"]


def test_the_shipped_sample_replays_offline_from_recorded_answers(tmp_path: Path) -> None:
    """fixtures/eval_sample.jsonl has the embedded model's recorded answers (make eval)."""
    out = tmp_path / "r.json"
    app = typer.Typer()
    app.command("eval")(eval_command)
    app.command("noop")(lambda: None)
    result = CliRunner().invoke(app, ["eval", str(SAMPLE), "-o", str(out), "--offline", "--no-progress"])
    assert result.exit_code == 0, result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert not saved["failed"] and saved["overall"]["casualty_recall"]["found"] > 0


def test_cli_eval_bad_input_exits_2(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command("eval")(eval_command)
    app.command("noop")(lambda: None)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(bad), "--out", str(tmp_path / "r.json"), "--offline"])
    assert result.exit_code == 2
    assert "bad.jsonl:1: not JSON" in result.output
    result = CliRunner().invoke(app, ["eval", str(SAMPLE), "--ids", "nope", "--offline", "--provider", "openai"])
    assert result.exit_code == 2 and "unknown document id" in result.output


def test_load_gold_keeps_unicode_line_separators_inside_a_document(tmp_path: Path) -> None:
    # real news text can hold U+2028/U+2029; str.splitlines() would cut the JSON line there
    doc = {
        "id": "u",
        "corpus": "isaf",
        "text": "A\u2028B killed 2 people.",
        "published": None,
        "gold": {"casualties": [], "places": [], "actors": [], "dates": []},
    }
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = load_gold(p)
    assert [d.id for d in docs] == ["u"] and "\u2028" in docs[0].text


# --------------------------------------------------------------------------- the shared runner


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("eval")(eval_command)
    app.command("noop")(lambda: None)
    return app


async def test_run_eval_refuses_a_second_run_on_the_same_report(tmp_path: Path) -> None:
    from summarizer.runner import OutputLock

    out = tmp_path / "r.json"
    busy = r"another summarizer eval is writing .*r\.predictions\.jsonl"
    with OutputLock(predictions_path(out)), pytest.raises(InputError, match=busy):
        await run_eval(SAMPLE, options=_options(ScriptedProvider(PIPELINE_REPLIES), tmp_path), report_path=out,
                       progress=False)
    assert not predictions_path(out).exists()


async def test_run_eval_reruns_keep_one_prediction_line_per_document(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    for _ in range(3):  # isaf-332 fails every time (its scripted answer breaks the schema)
        await run_eval(SAMPLE, options=_options(ScriptedProvider(PIPELINE_REPLIES), tmp_path), report_path=out,
                       progress=False)
    lines = [json.loads(x) for x in predictions_path(out).read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [d.id for d in load_gold(SAMPLE)]
    assert not (tmp_path / "r.predictions.jsonl.lock").exists()


async def test_run_eval_timeout_fails_that_document_only(tmp_path: Path) -> None:
    from dataclasses import replace

    from fakeserver import article, options_for, serve

    docs = [
        GoldDoc(id="ok", corpus="c", text=article(1)),
        GoldDoc(id="hung", corpus="c", text=article(2, "[fault:timeout*always]")),
    ]
    with serve(hang_s=3.0) as srv:
        opts = replace(options_for(srv, timeout=10.0), fill_from_candidates=False)
        report = await run_eval(docs, options=opts, report_path=tmp_path / "r.json", progress=False, timeout=0.6,
                                concurrency=2)
    assert [(f.id, "time" in f.error) for f in report.failed] == [("hung", True)], report.failed
    assert report.options["timeout"] == 0.6


def test_cli_eval_takes_the_batch_flags(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    args = ["eval", str(SAMPLE), "-o", str(out), "--provider", "openai", "--model", "never-recorded", "--offline",
            "--no-cache", "-j", "2", "--no-progress", "--timeout", "30", "--limit", "1"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 1, result.output  # offline miss: every document failed
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["options"]["concurrency"] == 2 and saved["options"]["timeout"] == 30
    help_text = CliRunner().invoke(_app(), ["eval", "--help"], env={"COLUMNS": "200"}).stdout
    for flag in ("--concurrency", "-j", "--progress", "--no-progress", "--timeout", "--out"):
        assert flag in help_text, flag


def test_print_report_shows_the_strict_variants_and_dropped_gold() -> None:
    from rich.console import Console

    from summarizer.evaluate import EvalReport, print_report

    gold = {"places": ["Lower Vale", ""], "actors": ["RF", "\\"], "dates": ["2031-04-01"]}
    pred = Prediction(places=["Lower Vale"], actors=["Wharfmen"], dates=["2031-04-01"], day_dates=[])
    r = score_doc(_doc("s", "invented", gold), pred)
    corpora, overall = aggregate([r])
    report = EvalReport(
        dataset="<memory>",
        mode="pipeline",
        model="m",
        provider="p",
        prompt_version="v",
        schema_version="s",
        date="2031-04-02",
        corpora=corpora,
        overall=overall,
        docs=[r],
    )
    con = Console(record=True, width=250)
    print_report(report, con)
    out = con.export_text()
    assert "strict variants" in out and "attribution set" not in out  # no attribution gold: no table
    for label in ("strict place recall", "strict actor recall", "strict date accuracy"):
        assert label in out
    assert "date precision" not in out  # no day-precision prediction: nothing to score, no column
    assert "strict actor recall: 1 gold string(s) with no word" in out
    assert "0.00 (0/1)" in out and "1.00 (1/1)" in out
