"""Quote alignment says how each quote was found: exact, normalised, fuzzy, or the sentence
holding the figure's number words; the output carries it on every evidence item."""

from __future__ import annotations

from datetime import date

from summarizer.assemble import build_summary
from summarizer.checks import run_checks
from summarizer.evidence.align import ArticleIndex
from summarizer.evidence.figures import locate_figure
from summarizer.findings import REGISTRY
from summarizer.schema import Evidence, Extraction, Location, Summary, XCasualty

ARTICLE = (
    "Shelling hit the market in Dunmore on Tuesday morning. "
    "The regional health office said \u201cat least 17 people\u201d were killed and 40 were wounded in the attack. "
    "Volunteers carried the injured to the district hospital before nightfall."
)


def test_each_match_status() -> None:
    index = ArticleIndex(ARTICLE)
    exact = index.find("the district hospital before nightfall")
    assert exact is not None and exact.match == "exact"
    normalised = index.find('THE REGIONAL HEALTH OFFICE SAID "AT LEAST 17 PEOPLE"')
    assert normalised is not None and normalised.match == "normalised"
    fuzzy = index.find("Volunteers carried the injured to the district hospitals before nightfall")
    assert fuzzy is not None and fuzzy.match == "fuzzy"
    assert "district hospital before nightfall" in ARTICLE[fuzzy.start : fuzzy.end]
    sentence = locate_figure(index, "officials counted 17 people dead in the market attack", "at least 17", "killed")
    assert sentence is not None and sentence.match == "sentence"
    assert "at least 17" in ARTICLE[sentence.start : sentence.end]


def test_every_evidence_item_of_a_built_summary_says_how_it_was_found() -> None:
    x = Extraction.model_construct(
        summary="Shelling killed at least 17 people in Dunmore.",
        sources=[],
        parties=[],
        locations=["Dunmore"],
        figures=[],
        casualties=[
            XCasualty(outcome="killed", phrase="at least 17", quote="AT LEAST 17 PEOPLE", reported_by=None),
            XCasualty(outcome="injured", phrase="40", quote="the office counted 40 wounded in the attack"),
        ],
    )
    s, _ = build_summary(x, ARTICLE, published=date(2024, 3, 6), fill_from_candidates=False)
    checked, _ = run_checks(s, ARTICLE, published=date(2024, 3, 6), in_place=True)
    groups = (checked.casualties, checked.locations, checked.timeline)
    items = [ev for group in groups for it in group for ev in it.evidence]
    assert items and all(ev.match is not None for ev in items)
    by_phrase = {c.phrase: c.evidence[0].match for c in checked.casualties}
    assert by_phrase == {"at least 17": "normalised", "40": "sentence"}  # case; the quote is nowhere
    for ev in items:
        assert ev.start is not None and ev.end is not None and ARTICLE[ev.start : ev.end] == ev.quote


def test_check_fills_the_match_of_a_saved_summary_without_one() -> None:
    start = ARTICLE.index("Volunteers")
    given = Evidence(quote="volunteers carried", start=start, end=start + 18)
    found = Evidence(quote="Dunmore")
    saved = Summary(locations=[Location(name="Dunmore", evidence=[given]), Location(name="Dunmore", evidence=[found])])
    checked, findings = run_checks(saved, ARTICLE)
    assert [ev.match for loc in checked.locations for ev in loc.evidence] == ["normalised", "exact"]
    assert saved.locations[0].evidence[0].match is None  # the given summary is left as it was
    assert not findings


def test_every_code_has_one_registered_meaning_per_severity() -> None:
    seen = {(c.code, c.severity) for c in REGISTRY}
    assert ("model-item-dropped", "warning") in seen and ("model-item-dropped", "error") in seen
    assert all(c.meaning for c in REGISTRY)
