"""Rule-based checks, run locally on every result.

Each finding has a stable ``code`` and a ``severity``: ``error`` (the output states
something the article does not support) or ``warning`` (worth an editor's look). The codes
these checks raise, their severities and meanings are listed with every other code in the
one registry, ``summarizer.findings`` (``CHECKS``); the rules are here. The measurements they
rest on (quote alignment, quantities, hedges) are ``summarizer.evidence``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from ..evidence import find_hedges, sentence_bounds
from ..evidence.align import ArticleIndex, normalize
from ..evidence.figures import derive_quantity
from ..evidence.quantities import QuantityProfile
from ..findings import (
    CASUALTY_NO_EVIDENCE,
    CASUALTY_NUMBER_UNSUPPORTED,
    CASUALTY_PHRASE_NOT_IN_QUOTE,
    CASUALTY_RANGE_INVALID,
    CASUALTY_UNATTRIBUTED,
    CHECK_CODES,
    DATE_AFTER_PUBLICATION,
    DATE_INVALID,
    NAME_NOT_IN_ARTICLE,
    OFFSET_MISMATCH,
    QUOTE_NOT_FOUND,
    QUOTE_REPAIRED,
    REPORTED_BY_UNKNOWN,
    STATUS_HEDGED_CONFIRMED,
    SUMMARY_TOO_LONG,
    err,
    warn,
)
from ..schema import Casualty, Evidence, Finding, Summary

SUMMARY_MAX_WORDS = 120


def ground_evidence(
    index: ArticleIndex, ev: Evidence, path: str, out: list[Finding], *, strict_offsets: bool
) -> Evidence:
    """Find ``ev.quote`` in the article; return evidence with offsets (and repaired words)."""
    if ev.start is not None and ev.end is not None:
        if index.slice_matches(ev.quote, ev.start, ev.end):
            if ev.match is not None:
                return ev
            exact = index.article[ev.start : ev.end] == ev.quote
            return ev.model_copy(update={"match": "exact" if exact else "normalised"})
        if strict_offsets:
            out.append(
                OFFSET_MISMATCH(path, f"offsets {ev.start}:{ev.end} do not slice the article to the quote; recomputed")
            )
    span = index.find(ev.quote)
    if span is None:
        out.append(QUOTE_NOT_FOUND(path, f"quote not in the article: {ev.quote[:120]!r}"))
        return Evidence(quote=ev.quote, start=None, end=None)
    words = index.article[span.start : span.end]
    if not span.exact:
        out.append(
            QUOTE_REPAIRED(
                path,
                f"quote matched the article only approximately ({span.score:.0f}%); "
                f"replaced by the article's words: {words[:120]!r}",
            )
        )
    return Evidence(quote=words, start=span.start, end=span.end, match=span.match)


def _names_in_article(index: ArticleIndex, names: Iterable[str]) -> bool:
    return any(n.strip() and index.contains(n) for n in names)


def _source_matches(name: str, sources: list[str]) -> bool:
    n = normalize(name)
    for s in sources:
        ns = normalize(s)
        if n == ns or (len(n) >= 3 and (n in ns or ns in n)):
            return True
    return False


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class _Checking:
    """One run of the checks: the article, the options, and the findings so far."""

    index: ArticleIndex
    published: date | None
    strict_offsets: bool
    out: list[Finding] = field(default_factory=list)
    quantity_profile: QuantityProfile = "literal"

    def ground_all(self, items: list[Evidence], path: str) -> list[Evidence]:
        return [
            ground_evidence(self.index, ev, f"{path}.evidence[{i}]", self.out, strict_offsets=self.strict_offsets)
            for i, ev in enumerate(items)
        ]


def _check_summary_text(c: _Checking, s: Summary) -> None:
    words = len(s.summary.split())
    if words > SUMMARY_MAX_WORDS:
        c.out.append(SUMMARY_TOO_LONG("summary", f"summary has {words} words (max {SUMMARY_MAX_WORDS})"))


def _check_timeline(c: _Checking, s: Summary) -> None:
    for i, t in enumerate(s.timeline):
        t.evidence = c.ground_all(t.evidence, f"timeline[{i}]")
        if t.date is None:
            continue
        if not _DATE.match(t.date):
            c.out.append(DATE_INVALID(f"timeline[{i}].date", f"not YYYY-MM-DD: {t.date!r}"))
        elif c.published is not None and t.date > c.published.isoformat():
            msg = f"{t.date} is after the publication date {c.published.isoformat()}"
            c.out.append(DATE_AFTER_PUBLICATION(f"timeline[{i}].date", msg))


def _check_names(c: _Checking, s: Summary) -> None:
    for i, p in enumerate(s.parties):
        p.evidence = c.ground_all(p.evidence, f"parties[{i}]")
        if not _names_in_article(c.index, [p.name, *p.aliases]):
            c.out.append(NAME_NOT_IN_ARTICLE(f"parties[{i}].name", f"party {p.name!r} is not named in the article"))
    for i, loc in enumerate(s.locations):
        loc.evidence = c.ground_all(loc.evidence, f"locations[{i}]")
        if not _names_in_article(c.index, [loc.name]):
            c.out.append(NAME_NOT_IN_ARTICLE(f"locations[{i}].name", f"location {loc.name!r} is not in the article"))
    for i, src in enumerate(s.sources):
        src.evidence = c.ground_all(src.evidence, f"sources[{i}]")
        if not _names_in_article(c.index, [src.name]):
            c.out.append(NAME_NOT_IN_ARTICLE(f"sources[{i}].name", f"source {src.name!r} is not in the article"))


def _check_range(c: _Checking, fig: Casualty, path: str) -> None:
    if fig.low is not None and fig.low < 0:
        c.out.append(CASUALTY_RANGE_INVALID(f"{path}.low", f"low {fig.low} is negative"))
    present = [(n, v) for n, v in (("low", fig.low), ("best", fig.best), ("high", fig.high)) if v is not None]
    for (n1, v1), (n2, v2) in pairwise(present):
        if v1 > v2:
            c.out.append(CASUALTY_RANGE_INVALID(path, f"{n1} {v1} > {n2} {v2}"))


def _check_numbers(c: _Checking, fig: Casualty, path: str, quotes: list[str]) -> None:
    """The phrase is in a quote, and the numbers are what code derives from the quotes."""
    if fig.phrase and not any(normalize(fig.phrase) in normalize(q) for q in quotes):
        c.out.append(
            CASUALTY_PHRASE_NOT_IN_QUOTE(f"{path}.phrase", f"phrase {fig.phrase!r} is not in the evidence quote")
        )
    derived = [
        q for q in (derive_quantity(qt, fig.phrase, fig.outcome, c.quantity_profile) for qt in quotes) if q is not None
    ]
    stated = (fig.low, fig.best, fig.high)
    if not derived and any(v is not None for v in stated):
        msg = f"no quantity in the evidence supports low={fig.low} best={fig.best} high={fig.high}"
        c.out.append(CASUALTY_NUMBER_UNSUPPORTED(path, msg))
    elif derived and not any((d.low, d.best, d.high) == stated for d in derived):
        d = derived[0]
        msg = (
            f"the quote {d.phrase!r} gives low={d.low} best={d.best} high={d.high}, "
            f"not low={fig.low} best={fig.best} high={fig.high}"
        )
        c.out.append(CASUALTY_NUMBER_UNSUPPORTED(path, msg))


def _check_hedged_confirmed(c: _Checking, fig: Casualty, path: str, grounded: list[Evidence]) -> None:
    if fig.status != "confirmed":
        return
    for e in grounded:
        assert e.start is not None and e.end is not None
        s0, s1 = sentence_bounds(c.index.article, e.start, e.end)
        hedges = find_hedges(c.index.article[s0:s1])
        if hedges:
            msg = f"status is confirmed but the sentence hedges ({', '.join(hedges)})"
            c.out.append(STATUS_HEDGED_CONFIRMED(f"{path}.status", msg))
            return


def _check_casualties(c: _Checking, s: Summary) -> None:
    source_names = [x.name for x in s.sources]
    for i, fig in enumerate(s.casualties):
        path = f"casualties[{i}]"
        fig.evidence = c.ground_all(fig.evidence, path)
        grounded = [e for e in fig.evidence if e.start is not None]
        if not fig.evidence:
            c.out.append(CASUALTY_NO_EVIDENCE(path, f"{fig.outcome} figure {fig.phrase!r} has no evidence quote"))
        _check_range(c, fig, path)
        if grounded:
            _check_numbers(c, fig, path, [e.quote for e in grounded])
            _check_hedged_confirmed(c, fig, path, grounded)
        if not fig.reported_by:
            c.out.append(CASUALTY_UNATTRIBUTED(f"{path}.reported_by", "no source is named for this figure"))
        elif not _source_matches(fig.reported_by, source_names):
            msg = f"{fig.reported_by!r} is not one of the listed sources"
            c.out.append(REPORTED_BY_UNKNOWN(f"{path}.reported_by", msg))


def run_checks(
    summary: Summary,
    article: str,
    *,
    published: date | None = None,
    strict_offsets: bool = True,
    in_place: bool = False,
    quantity_profile: QuantityProfile | None = None,
) -> tuple[Summary, list[Finding]]:
    """Check ``summary`` against ``article``. Returns the summary with evidence offsets filled
    (and near-verbatim quotes repaired) and the findings. The given summary is left as it was
    unless ``in_place`` (the pipeline's own freshly built summary: no copy needed)."""
    c = _Checking(ArticleIndex(article), published, strict_offsets)
    # the numbers are checked under the convention they were made with (given, else the
    # summary's provenance, else literal)
    c.quantity_profile = quantity_profile or (
        summary.provenance.quantity_profile if summary.provenance is not None else "literal"
    )
    s = summary if in_place else summary.model_copy(deep=True)
    _check_summary_text(c, s)
    _check_timeline(c, s)
    _check_names(c, s)
    _check_casualties(c, s)
    return s, c.out


def check_summary(summary: Summary, article: str, *, published: date | None = None) -> Summary:
    """Re-run every local check on a saved summary: offsets recomputed, findings of these
    checks replaced, other findings (from the pipeline) kept."""
    pub = published
    if pub is None and summary.provenance and summary.provenance.published:
        try:
            pub = date.fromisoformat(summary.provenance.published)
        except ValueError:
            pub = None
    checked, findings = run_checks(summary, article, published=pub)
    kept = [f for f in summary.checks if f.code not in CHECK_CODES]
    checked.checks = kept + findings
    return checked


__all__ = ["CHECK_CODES", "check_summary", "err", "ground_evidence", "run_checks", "warn"]
