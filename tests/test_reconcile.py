"""summarizer.reconcile: one event, many reports (issue 14). Hand-made summaries for each rule,
the fixtures/events sets for the whole engine, the CLI through its entry point."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.reconcile import ArticleSummary, reconcile, who_class
from summarizer.reconcile.sources import SourceIndex
from summarizer.reconcile.views import to_markdown, to_text
from summarizer.schema import Casualty, Evidence, Location, Party, Provenance, Source, Summary, TimelineEntry

EVENTS = Path(__file__).resolve().parent.parent / "fixtures" / "events"


def fig(phrase: str, low: int | None, best: int | None, high: int | None, by: str | None, who: str = "people",
        outcome: str = "killed", quote: str = "") -> Casualty:  # fmt: skip
    q = quote or f"{phrase} {who} were {outcome}"
    return Casualty(outcome=outcome, who=who, low=low, best=best, high=high, phrase=phrase, reported_by=by,  # type: ignore[arg-type]
                    evidence=[Evidence(quote=q, start=0, end=len(q))])  # fmt: skip


def summ(figs: list[Casualty], sources: list[str] = (), places: list[str] = ("Dalvar",), parties: list[str] = (),
         published: str | None = None, timeline: list[TimelineEntry] = ()) -> Summary:  # fmt: skip
    return Summary(
        summary="s",
        casualties=list(figs),
        sources=[Source(name=n, kind="monitor") for n in sources],
        locations=[Location(name=p) for p in places],
        parties=[Party(name=p) for p in parties],
        timeline=list(timeline),
        provenance=Provenance(
            provider="openai",
            model="m",
            prompt_version="x",
            created_at=datetime(2025, 1, 1, tzinfo=UTC),
            published=published,
        ),
    )


def one(items: list[tuple[str, str, Summary]]):  # type: ignore[no-untyped-def]
    rep = reconcile([(i, p, s, "g") for i, p, s in items], group="by-id")
    assert len(rep.events) == 1
    return rep.events[0]


def test_sources_merge_by_name_acronym_and_alias() -> None:
    ix = SourceIndex()
    for n in ["Syrian Observatory for Human Rights (SOHR)", "SOHR", "the Observatory", "Al-Jazeera", "Al Jazeera",
              "AFP", "Agence France-Presse", "Ukrainian officials", "Ukrainian authorities"]:  # fmt: skip
        ix.add(n)
    ix.finish()
    assert ix.key("SOHR") == ix.key("the Observatory") == ix.key("Syrian Observatory for Human Rights")
    assert ix.key("AFP") == ix.key("Agence France-Presse")
    assert ix.key("Al-Jazeera") == ix.key("Al Jazeera")
    assert ix.key("Ukrainian officials") == ix.key("Ukrainian authorities")
    assert ix.key("SOHR") != ix.key("AFP")
    name, aliases = ix.display(ix.key("SOHR"))
    assert name == "Syrian Observatory for Human Rights (SOHR)" and "SOHR" in aliases


def test_same_report_in_several_articles_is_counted_once_with_every_citation() -> None:
    names = ["Karan Human Rights Network (KHRN)", "KHRN", "KHRN"]
    e = one([(f"outlet-{k}", "2024-05-07", summ([fig("48", 48, 48, 48, names[k])])) for k in range(3)])
    assert len(e.figures) == 1
    r = e.figures[0]
    assert len(r.seen_in) == 3 and {c.article_id for c in r.seen_in} == {"outlet-0", "outlet-1", "outlet-2"}
    assert e.ranges[0].low == e.ranges[0].best == e.ranges[0].high == 48


def test_latest_figure_of_a_source_supersedes_and_history_is_kept() -> None:
    e = one([
        ("a", "2025-03-07", summ([fig("over 130", 131, None, None, "SOHR")])),
        ("b", "2025-03-09", summ([fig("over 1,018", 1019, None, None, "Syrian Observatory for Human Rights")])),
        ("c", "2025-03-08", summ([fig("340", 340, 340, 340, "the Observatory")], sources=["SOHR"])),
    ])  # fmt: skip
    roles = {(f.low, f.role) for f in e.figures}
    assert roles == {(131, "superseded"), (340, "superseded"), (1019, "current")}
    assert all(f.superseded_by for f in e.figures if f.role == "superseded")
    assert e.ranges[0].low == 1019 and e.ranges[0].high_open and e.ranges[0].best is None


def test_revised_down_latest_still_wins() -> None:
    e = one([
        ("a", "2023-10-02", summ([fig("40", 40, 40, 40, "Health Ministry")])),
        ("b", "2023-10-04", summ([fig("31", 31, 31, 31, "the Health Ministry")])),
    ])  # fmt: skip
    cur = [f for f in e.figures if f.role == "current"]
    assert [f.best for f in cur] == [31] and any("revised down" in n for n in cur[0].notes)
    assert (e.ranges[0].low, e.ranges[0].best, e.ranges[0].high) == (31, 31, 31)


def test_state_source_against_monitor_is_a_dispute_side_by_side() -> None:
    e = one([
        ("wire", "2024-05-07", summ([fig("48", 48, 48, 48, "KHRN", who="civilians")])),
        ("state", "2024-05-08", summ([fig("12", 12, 12, 12, "Interior Ministry", who="civilians")])),
        ("wire2", "2024-05-09", summ([fig("52", 52, 52, 52, "KHRN", who="civilians")])),
    ])  # fmt: skip
    r = e.ranges[0]
    assert (r.low, r.best, r.high, r.disputed) == (12, None, 52, True)
    assert e.disputes and len(e.disputes[0].reports) == 2
    assert "ACLED" in r.rule and "Every Casualty" in r.rule


def test_earlier_lower_figure_of_another_source_is_overtaken_not_disputed() -> None:
    e = one([
        ("a", "2025-04-13", summ([fig("more than 20", 21, None, None, "Artem Kobzar")])),
        ("b", "2025-04-13", summ([fig("21", 21, 21, 21, "Prosecutor General's Office")])),
        ("c", "2025-04-14", summ([fig("34", 34, 34, 34, "Ukrainian officials")])),
        ("d", "2025-04-14", summ([fig("at least 34", 34, 34, None, "Ukrainian authorities")])),
    ])  # fmt: skip
    r = e.ranges[0]
    assert (r.low, r.best, r.high, r.disputed) == (34, 34, 34, False)
    assert {f.role for f in e.figures if f.best == 21 or f.low == 21} == {"overtaken"}
    cur = [f for f in e.figures if f.role == "current"]
    assert len(cur) == 1 and len(cur[0].seen_in) == 2  # "34" and "at least 34" from one source: one report


def test_a_part_larger_than_a_bounded_whole_is_a_dispute() -> None:
    e = one([
        ("ua", "2025-04-14", summ([fig("34", 34, 34, 34, "Ukrainian officials")])),
        ("ru", "2025-04-14", summ([fig("more than 60", 61, None, None, "Russian MoD", who="Ukrainian servicemen")])),
    ])  # fmt: skip
    r = e.ranges[0]
    assert r.low == 34 and r.high == 61 and r.high_open and r.disputed and r.best is None
    assert e.disputes


def test_consistent_part_raises_the_low_and_best_needs_support() -> None:
    e = one([
        ("a", "2025-03-09", summ([fig("over 1,018", 1019, None, None, "SOHR")])),
        ("b", "2025-03-14", summ([fig("at least 1,500", 1500, 1500, None, "SOHR", who="civilians")])),
    ])  # fmt: skip
    r = e.ranges[0]
    assert r.low == 1500 and r.best is None and r.low_from is not None
    assert "raises the low" in r.rule


def test_relay_chain_keeps_the_original_source() -> None:
    c = fig("over 130", 131, None, None, "Syrian Observatory for Human Rights (SOHR)")
    if "via" in Casualty.model_fields:
        c = c.model_copy(update={"via": "Al Jazeera"})
    item = ArticleSummary("aj", summ([c]), "2025-03-07", "g", outlet="Middle East Eye")
    e = reconcile([item], group="by-id").events[0]
    f = e.figures[0]
    assert f.source_name.startswith("Syrian Observatory")
    assert f.via[-1] == "Middle East Eye"
    if "via" in Casualty.model_fields:
        assert f.via == ["Al Jazeera", "Middle East Eye"]


def test_no_number_words_do_not_make_a_range() -> None:
    e = one([("a", "2025-01-01", summ([fig("a number of", None, None, None, "army")]))])
    assert e.figures[0].role == "no-number"
    assert e.ranges == []


def test_evidence_offsets_are_cited_per_article() -> None:
    e = one([("a", "2025-01-01", summ([fig("12", 12, 12, 12, "x", quote="12 people were killed")]))])
    c = e.ranges[0].citations[0]
    assert (c.article_id, c.path, c.start, c.end, c.quote) == ("a", "casualties[0]", 0, 21, "12 people were killed")


def test_timeline_merged_across_articles_with_citations() -> None:
    def t(event: str) -> TimelineEntry:
        return TimelineEntry(when="on Sunday", date="2025-04-13", date_precision="day", event=event, location="Sumy",
                             evidence=[Evidence(quote=event, start=0, end=len(event))])  # fmt: skip

    e = one([
        ("a", "2025-04-13", summ([], timeline=[t("Two ballistic missiles hit the centre of Sumy on Sunday.")])),
        ("b", "2025-04-14", summ([], timeline=[t("Two ballistic missiles hit the center of Sumy on Sunday morning.")])),
    ])  # fmt: skip
    assert len(e.timeline) == 1 and [c.article_id for c in e.timeline[0].citations] == ["a", "b"]


def test_who_classes() -> None:
    assert who_class("") == who_class("people") == "all"
    assert who_class("Alawite civilians") == "civilians"
    assert who_class("Ukrainian servicemen") == "military"
    assert who_class("pro-Assad fighters") == "fighters"


def test_auto_grouping_separates_events_and_says_why() -> None:
    a = summ([fig("48", 48, 48, 48, "KHRN")], places=["Dalvar", "Karan"], parties=["rebels"])
    b = summ([fig("52", 52, 52, 52, "KHRN")], places=["Dalvar"], parties=["rebels"])
    c = summ([fig("3", 3, 3, 3, "police")], places=["Berun"])
    rep = reconcile([("a", "2024-05-07", a), ("b", "2024-05-09", b), ("c", "2024-05-08", c)], group="auto")
    groups = sorted(sorted(x.id for x in e.articles) for e in rep.events)
    assert groups == [["a", "b"], ["c"]]
    ev = next(e for e in rep.events if len(e.articles) == 2)
    assert "dalvar" in ev.grouping.reason and ev.grouping.score >= 0.3


def test_auto_grouping_window() -> None:
    a = summ([], places=["Dalvar"], parties=["rebels"])
    rep = reconcile([("a", "2024-05-01", a), ("b", "2024-06-01", a)], group="auto")
    assert len(rep.events) == 2


def test_by_id_rule_group_field_then_folder_then_hash() -> None:
    s = summ([])
    rep = reconcile(
        [{"id": "x1", "summary": s, "group": "G"}, {"id": "x2", "summary": s, "group": "G"},
         {"id": "syria/a.txt", "summary": s}, {"id": "syria/b.txt", "summary": s},
         {"id": "sumy#1", "summary": s}, {"id": "sumy#2", "summary": s}],
        group="by-id",
    )  # fmt: skip
    assert sorted(e.id for e in rep.events) == ["G", "sumy", "syria"]


def test_bad_inputs_raise_input_error() -> None:
    with pytest.raises(InputError):
        reconcile([("a", None, {"casualties": "no"})])
    with pytest.raises(InputError):
        reconcile([("a", None, summ([])), ("a", None, summ([]))])
    with pytest.raises(InputError):
        reconcile([summ([])], group="nope")  # type: ignore[arg-type]


@pytest.mark.parametrize("event", sorted(p.stem for p in EVENTS.glob("*.json")))
def test_fixture_events_reach_their_gold(event: str) -> None:
    spec = json.loads((EVENTS / f"{event}.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (EVENTS / f"{event}.summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {ln["id"]: ln["text"] for ln in lines}
    e = reconcile(lines, group="by-id").events[0]
    for gold in spec["gold"]:
        r = next(r for r in e.ranges if r.outcome == gold["outcome"])
        figure = r.best if r.best is not None else r.low
        assert gold["low"] <= figure <= gold["high"], (event, gold, r)
    # every citation slices its article to its quote
    for f in e.figures:
        for c in f.seen_in:
            assert texts[c.article_id][c.start : c.end] == c.quote
    assert to_text(reconcile(lines, group="by-id")).startswith("Event ")
    assert "| outcome | low | best | high |" in to_markdown(reconcile(lines, group="by-id"))


def test_syria_sources_merge_across_outlets() -> None:
    lines = [json.loads(x) for x in (EVENTS / "syria-coast-2025.summaries.jsonl").read_text().splitlines()]
    e = reconcile(lines, group="by-id").events[0]
    sohr = [s for s in e.sources if s.name.startswith("Syrian Observatory")]
    assert len(sohr) == 1
    assert {"SOHR", "The Observatory"} & set(sohr[0].aliases) or "the Observatory" in sohr[0].aliases
    assert len(sohr[0].articles) >= 6


def test_cli_reconcile_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    src = EVENTS / "sumy-2025.summaries.jsonl"
    res = runner.invoke(app, ["reconcile", "--from", str(src), "--group", "by-id", "-f", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["events"][0]["ranges"][0]["low"] == 34
    out = tmp_path / "e.md"
    res = runner.invoke(app, ["reconcile", "--from", str(src), "-o", str(out)])
    assert res.exit_code == 0 and out.read_text().startswith("## Event")
    one_file = tmp_path / "s.json"
    one_file.write_text(json.dumps(json.loads(src.read_text().splitlines()[0])["summary"]))
    res = runner.invoke(app, ["reconcile", str(one_file)])
    assert res.exit_code == 0 and "Event E1" in res.stdout
    res = runner.invoke(app, ["reconcile", str(tmp_path / "missing.json")])
    assert res.exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"casualties": 3}')
    res = runner.invoke(app, ["reconcile", str(bad)])
    assert res.exit_code == 2
    res = runner.invoke(app, ["reconcile"])
    assert res.exit_code == 2


def test_an_apostrophe_variant_is_the_same_source_in_one_article_and_across_articles() -> None:
    # invented names: a possessive apostrophe (straight or curly) or none is one source
    from summarizer.evidence.names import source_keys

    assert source_keys("", "The Velmar Medics Network") & source_keys("", "the Velmar Medics' Network")
    assert source_keys("", "the Velmar Medic’s Union") & source_keys("", "Velmar Medics Union")
    assert not source_keys("", "the Velmar Medics Network") & source_keys("", "the Velmar Nurses Network")
    ix = SourceIndex()
    for n in ["The Velmar Medics Network", "the Velmar Medics' Network", "the Velmar Medics’ Network"]:
        ix.add(n)
    ix.finish()
    assert (
        ix.key("The Velmar Medics Network")
        == ix.key("the Velmar Medics' Network")
        == ix.key("the Velmar Medics’ Network")
    )
    e = one([
        ("a", "2025-02-01", summ([fig("14", 14, 14, 14, "The Velmar Medics Network")],
                                 ["The Velmar Medics Network", "the Velmar Medics' Network"])),
        ("b", "2025-02-01", summ([fig("14", 14, 14, 14, "the Velmar Medics' Network")],
                                 ["the Velmar Medics' Network"])),
    ])  # fmt: skip
    assert len(e.sources) == 1 and len(e.figures) == 1 and len(e.figures[0].seen_in) == 2


def test_a_summary_lists_an_apostrophe_variant_once() -> None:
    from summarizer.assemble import build_summary
    from summarizer.schema import Extraction

    article = (
        "The Velmar Medics Network said 14 people were killed in Korvel on Sunday. "
        "The toll could rise, the Velmar Medics' Network said."
    )
    x = Extraction.model_validate({
        "summary": "", "parties": [], "locations": [], "figures": [], "casualties": [],
        "sources": [{"name": "The Velmar Medics Network", "kind": "ngo"},
                    {"name": "the Velmar Medics' Network", "kind": "ngo"}],
    })  # fmt: skip
    s, _ = build_summary(x, article, published=None)
    assert [src.name for src in s.sources if "Velmar" in src.name] == ["The Velmar Medics Network"]
