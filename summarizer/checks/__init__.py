"""Rule-based checks, run locally on every result.

Each finding has a stable ``code``; ``severity`` is ``error`` (the output states something
the article does not support) or ``warning`` (worth an editor's look). Codes:

=============================  ========  ====================================================
code                           severity  meaning
=============================  ========  ====================================================
quote-not-found                error     an evidence quote is not in the article
quote-repaired                 warning   a near-verbatim quote was replaced by the article's
                                         own words at the best-matching span
offset-mismatch                error     given offsets do not slice the article to the quote
                                         (``check`` recomputes them)
casualty-no-evidence           error     a casualty figure has no evidence quote
casualty-phrase-not-in-quote   error     the quantity phrase is not inside the quote
casualty-number-unsupported    error     low/best/high differ from what code derives from
                                         the quoted words (numbers are always derived by code
                                         in the pipeline; in ``check`` a differing number is
                                         an error, never silently replaced)
casualty-range-invalid         error     not 0 <= low <= best <= high
casualty-unattributed          warning   no source is named for a figure
status-hedged-confirmed        error     the figure's sentence hedges but status is confirmed
reported-by-unknown            error     ``reported_by`` names no listed source
name-not-in-article            error     a party, source or location name (and every alias)
                                         is absent from the article
date-invalid                   error     a timeline date is not YYYY-MM-DD
date-after-publication         error     a timeline date is after the publication date
summary-too-long               warning   the summary exceeds 120 words
=============================  ========  ====================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from itertools import pairwise

from ..evidence import find_hedges, sentence_bounds
from ..evidence.align import ArticleIndex, normalize
from ..evidence.figures import derive_quantity
from ..schema import Evidence, Finding, Summary

SUMMARY_MAX_WORDS = 120
CHECK_CODES = frozenset(
    {
        "quote-not-found",
        "quote-repaired",
        "offset-mismatch",
        "casualty-no-evidence",
        "casualty-phrase-not-in-quote",
        "casualty-number-unsupported",
        "casualty-range-invalid",
        "casualty-unattributed",
        "status-hedged-confirmed",
        "reported-by-unknown",
        "name-not-in-article",
        "date-invalid",
        "date-after-publication",
        "summary-too-long",
    }
)


def err(code: str, path: str, message: str) -> Finding:
    return Finding(code=code, severity="error", path=path, message=message)


def warn(code: str, path: str, message: str) -> Finding:
    return Finding(code=code, severity="warning", path=path, message=message)


def ground_evidence(
    index: ArticleIndex, ev: Evidence, path: str, out: list[Finding], *, strict_offsets: bool
) -> Evidence:
    """Find ``ev.quote`` in the article; return evidence with offsets (and repaired words)."""
    if ev.start is not None and ev.end is not None:
        if index.slice_matches(ev.quote, ev.start, ev.end):
            return ev
        if strict_offsets:
            out.append(
                err(
                    "offset-mismatch",
                    path,
                    f"offsets {ev.start}:{ev.end} do not slice the article to the quote; recomputed",
                )
            )
    span = index.find(ev.quote)
    if span is None:
        out.append(err("quote-not-found", path, f"quote not in the article: {ev.quote[:120]!r}"))
        return Evidence(quote=ev.quote, start=None, end=None)
    words = index.article[span.start : span.end]
    if not span.exact:
        out.append(
            warn(
                "quote-repaired",
                path,
                f"quote matched the article only approximately ({span.score:.0f}%); "
                f"replaced by the article's words: {words[:120]!r}",
            )
        )
        return Evidence(quote=words, start=span.start, end=span.end)
    return Evidence(quote=words, start=span.start, end=span.end)


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


def run_checks(
    summary: Summary,
    article: str,
    *,
    published: date | None = None,
    strict_offsets: bool = True,
    in_place: bool = False,
) -> tuple[Summary, list[Finding]]:
    """Check ``summary`` against ``article``. Returns the summary with evidence offsets filled
    (and near-verbatim quotes repaired) and the findings. The given summary is left as it was
    unless ``in_place`` (the pipeline's own freshly built summary: no copy needed)."""
    index = ArticleIndex(article)
    out: list[Finding] = []
    s = summary if in_place else summary.model_copy(deep=True)

    def ground_all(items: list[Evidence], path: str) -> list[Evidence]:
        return [
            ground_evidence(index, ev, f"{path}.evidence[{i}]", out, strict_offsets=strict_offsets)
            for i, ev in enumerate(items)
        ]

    words = len(s.summary.split())
    if words > SUMMARY_MAX_WORDS:
        out.append(warn("summary-too-long", "summary", f"summary has {words} words (max {SUMMARY_MAX_WORDS})"))

    for i, t in enumerate(s.timeline):
        t.evidence = ground_all(t.evidence, f"timeline[{i}]")
        if t.date is not None:
            if not _DATE.match(t.date):
                out.append(err("date-invalid", f"timeline[{i}].date", f"not YYYY-MM-DD: {t.date!r}"))
            elif published is not None and t.date > published.isoformat():
                out.append(
                    err(
                        "date-after-publication",
                        f"timeline[{i}].date",
                        f"{t.date} is after the publication date {published.isoformat()}",
                    )
                )

    for i, p in enumerate(s.parties):
        p.evidence = ground_all(p.evidence, f"parties[{i}]")
        if not _names_in_article(index, [p.name, *p.aliases]):
            out.append(
                err("name-not-in-article", f"parties[{i}].name", f"party {p.name!r} is not named in the article")
            )
    for i, loc in enumerate(s.locations):
        loc.evidence = ground_all(loc.evidence, f"locations[{i}]")
        if not _names_in_article(index, [loc.name]):
            out.append(
                err("name-not-in-article", f"locations[{i}].name", f"location {loc.name!r} is not in the article")
            )
    for i, src in enumerate(s.sources):
        src.evidence = ground_all(src.evidence, f"sources[{i}]")
        if not _names_in_article(index, [src.name]):
            out.append(err("name-not-in-article", f"sources[{i}].name", f"source {src.name!r} is not in the article"))

    source_names = [x.name for x in s.sources]
    for i, c in enumerate(s.casualties):
        path = f"casualties[{i}]"
        c.evidence = ground_all(c.evidence, path)
        grounded = [e for e in c.evidence if e.start is not None]
        if not c.evidence:
            out.append(err("casualty-no-evidence", path, f"{c.outcome} figure {c.phrase!r} has no evidence quote"))
        if c.low is not None and c.low < 0:
            out.append(err("casualty-range-invalid", f"{path}.low", f"low {c.low} is negative"))
        vals = [("low", c.low), ("best", c.best), ("high", c.high)]
        present = [(n, v) for n, v in vals if v is not None]
        for (n1, v1), (n2, v2) in pairwise(present):
            if v1 > v2:
                out.append(err("casualty-range-invalid", path, f"{n1} {v1} > {n2} {v2}"))
        if grounded:
            quotes = [e.quote for e in grounded]
            if c.phrase and not any(normalize(c.phrase) in normalize(q) for q in quotes):
                out.append(
                    err(
                        "casualty-phrase-not-in-quote",
                        f"{path}.phrase",
                        f"phrase {c.phrase!r} is not in the evidence quote",
                    )
                )
            derived = [q for q in (derive_quantity(qt, c.phrase, c.outcome) for qt in quotes) if q is not None]
            if not derived and any(v is not None for _, v in vals):
                out.append(
                    err(
                        "casualty-number-unsupported",
                        path,
                        f"no quantity in the evidence supports low={c.low} best={c.best} high={c.high}",
                    )
                )
            elif derived:
                ok = any((d.low, d.best, d.high) == (c.low, c.best, c.high) for d in derived)
                if not ok:
                    d = derived[0]
                    out.append(
                        err(
                            "casualty-number-unsupported",
                            path,
                            f"the quote {d.phrase!r} gives low={d.low} best={d.best} high={d.high}, "
                            f"not low={c.low} best={c.best} high={c.high}",
                        )
                    )
            if c.status == "confirmed":
                for e in grounded:
                    assert e.start is not None and e.end is not None
                    s0, s1 = sentence_bounds(article, e.start, e.end)
                    hedges = find_hedges(article[s0:s1])
                    if hedges:
                        out.append(
                            err(
                                "status-hedged-confirmed",
                                f"{path}.status",
                                f"status is confirmed but the sentence hedges ({', '.join(hedges)})",
                            )
                        )
                        break
        if c.reported_by:
            if not _source_matches(c.reported_by, source_names):
                out.append(
                    err(
                        "reported-by-unknown",
                        f"{path}.reported_by",
                        f"{c.reported_by!r} is not one of the listed sources",
                    )
                )
        else:
            out.append(warn("casualty-unattributed", f"{path}.reported_by", "no source is named for this figure"))
    return s, out


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


__all__ = ["CHECK_CODES", "check_summary", "derive_quantity", "err", "run_checks", "warn"]
