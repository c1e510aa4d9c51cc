"""Totals over overlapping and conflicting casualty reports."""

from __future__ import annotations

from summarizer.evidence import compute_totals
from summarizer.schema import Casualty


def _k(low: int | None, high: int | None, **kw: str) -> Casualty:
    return Casualty(outcome="killed", low=low, high=high, **kw)  # type: ignore[arg-type]


def test_seed_article_overlapping_reports() -> None:
    cas = [
        _k(24, None, phrase="Dozens", reported_by=None),
        _k(None, None, phrase="a number of", reported_by="Hasan Abdel-Ghani"),
        _k(131, None, phrase="over 130", reported_by="SOHR", when="two days"),
        _k(24, None, phrase="dozens", reported_by="SOHR", location="Sheer, Mukhtariyeh, Haffah"),
        _k(31, None, phrase="over 30", reported_by="Al Mayadeen TV", location="Mukhtariyeh"),
    ]
    [total] = compute_totals(cas)
    assert total.outcome == "killed"
    assert total.low == 131  # the largest supported low, not 24 + 131 + 24 + 31
    assert total.high is None  # open: every report is open-ended
    assert 2 in total.basis
    assert total.note


def test_nested_exact_reports_take_largest() -> None:
    # a village inside a region: 5 in the village, 20 in the region
    cas = [_k(5, 5, location="Sheer"), _k(20, 20, location="Latakia governorate")]
    [total] = compute_totals(cas)
    assert (total.low, total.high) == (20, 20)
    assert total.basis == [1]


def test_conflicting_sources_span_the_range() -> None:
    cas = [
        _k(10, 10, reported_by="ministry"),
        _k(25, 25, reported_by="monitor"),
    ]
    [total] = compute_totals(cas)
    assert (total.low, total.high) == (10, 25)
    assert total.basis == [0, 1]
    assert "disagree" in total.note


def test_overlapping_ranges_same_scope() -> None:
    cas = [_k(20, 30), _k(25, 40)]
    [total] = compute_totals(cas)
    assert (total.low, total.high) == (25, 40)


def test_open_report_makes_high_open() -> None:
    cas = [_k(6, 6), _k(2, None)]
    [total] = compute_totals(cas)
    assert (total.low, total.high) == (6, None)


def test_one_total_per_outcome_in_order() -> None:
    cas = [
        Casualty(outcome="injured", low=1000, high=1000),
        Casualty(outcome="killed", low=23, high=None),
        Casualty(outcome="injured", low=None, high=None),
    ]
    totals = compute_totals(cas)
    assert [t.outcome for t in totals] == ["injured", "killed"]
    assert (totals[0].low, totals[0].high) == (1000, None)
    assert totals[0].basis == [0]
    assert (totals[1].low, totals[1].high, totals[1].basis) == (23, None, [1])


def test_unknown_only() -> None:
    [total] = compute_totals([_k(None, None)])
    assert (total.low, total.high, total.basis) == (None, None, [])
    assert "unknown" in total.note


def test_empty() -> None:
    assert compute_totals([]) == []
