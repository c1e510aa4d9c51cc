"""Exports of reconciled events for monitors' pipelines: UCDP GED-style CSV, ACLED-style CSV,
JSON Lines. One row per event (an event report from ``summarizer.reconcile``), written with
the ``csv`` module (RFC 4180 quoting, a header row).

``ged-csv`` (UCDP GED codebook, version 24.1: Högbladh, *UCDP GED Codebook*; fatality
estimates are of deaths only, so the figures are the event's ``killed`` range):

======================  ==================================================================
column                  rule
======================  ==================================================================
id                      the event's id (the by-id group, or E1, E2... in date order)
date_start, date_end    earliest / latest day-precise timeline date of the event, else the
                        articles' publication dates (YYYY-MM-DD)
date_prec               GED's date precision: 1 one day; 2 two to six days; 3 a week (7
                        days); 4 a month (span up to 31 days, or a month-precise date); 5
                        longer, or a year-precise date
where_description       the places the articles name, most named first ('; ')
where_prec              empty: summarizer does not geocode (GED 1 exact place ... 6 country
                        needs a gazetteer); the coder sets it
best                    the reconciled ``best``; when no source supports one, the
                        conservative ``low`` (GED's best is never empty; ``best_supported``
                        says which)
best_supported          1 when ``best`` is the reconciled best, 0 when it is the low
low                     the reconciled conservative low (ACLED / GED: the lowest credible
                        figure among current reports)
high                    the highest figure a current report states (Every Casualty's range);
                        for an open-ended report ("more than 60") the stated number
high_open               1 when the high report is open-ended
source_original         GED ``source_original``: the original sources of the figures the
                        range rests on, not the outlets ('; ')
source_article          the articles those figures are quoted from ('; ')
number_of_sources       GED ``number_of_sources``: the number of articles (news reports)
                        the event is coded from
number_of_original      distinct original sources behind the range
disputed                1 when current reports conflict (ACLED: disputes go to notes)
======================  ==================================================================

``acled-csv`` (ACLED Codebook 2023, "Fatalities" and "Notes"):

======================  ==================================================================
event_id_cnty           the event's id
event_date              date_start
year                    its year
time_precision          ACLED's: 1 the day is known; 2 the week; 3 the month or longer
location                the most named place
fatalities              the most conservative figure: the reconciled ``low`` of ``killed``
                        (0 when no report gives a number, as ACLED codes unknown as 0)
notes                   the event's summary; then "Fatalities: conservative figure N of
                        range L-H (sources)"; then every dispute, side by side
source                  the outlets the event was reported through ('; ')
source_original         the original sources of the fatality figures ('; ')
======================  ==================================================================

``jsonl``: one ``Event`` (``summarizer.reconcile.Event``) per line, every field included.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Literal

from .reconcile.model import Event, EventReport, Reconciled

ExportFormat = Literal["ged-csv", "acled-csv", "jsonl"]
FORMATS: tuple[str, ...] = ("ged-csv", "acled-csv", "jsonl")

GED_COLUMNS = [
    "id",
    "date_start",
    "date_end",
    "date_prec",
    "where_description",
    "where_prec",
    "best",
    "best_supported",
    "low",
    "high",
    "high_open",
    "source_original",
    "source_article",
    "number_of_sources",
    "number_of_original",
    "disputed",
]
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "location",
    "fatalities",
    "notes",
    "source",
    "source_original",
]


def _killed(e: Event) -> Reconciled | None:
    return next((r for r in e.ranges if r.outcome == "killed"), None)


def _span(e: Event) -> int | None:
    try:
        a = date.fromisoformat(e.date_start or "")
        b = date.fromisoformat(e.date_end or "")
    except ValueError:
        return None
    return (b - a).days + 1


def date_prec(e: Event) -> int | str:
    """GED's date_prec (see the module docstring); '' when the event is undated."""
    if e.date_precision == "year":
        return 5
    if e.date_precision == "month":
        return 4
    days = _span(e)
    if days is None:
        return ""
    if days <= 1:
        return 1
    if days <= 6:
        return 2
    if days == 7:
        return 3
    return 4 if days <= 31 else 5


def _names(e: Event, keys: list[str]) -> list[str]:
    shown = {s.key: s.name for s in e.sources}
    for f in e.figures:
        shown.setdefault(f.source, f.source_name)
    return [shown.get(k, k) for k in keys]


def _outlets(e: Event) -> list[str]:
    seen: list[str] = []
    for a in e.articles:
        if a.outlet and a.outlet not in seen:
            seen.append(a.outlet)
    for f in e.figures:
        for v in f.via:
            if v not in seen:
                seen.append(v)
    return seen


def ged_row(e: Event) -> dict[str, object]:
    r = _killed(e)
    articles = sorted({c.article_id for c in r.citations}) if r else []
    return {
        "id": e.id,
        "date_start": e.date_start or "",
        "date_end": e.date_end or "",
        "date_prec": date_prec(e),
        "where_description": "; ".join(e.places),
        "where_prec": "",
        "best": "" if r is None else (r.best if r.best is not None else ("" if r.low is None else r.low)),
        "best_supported": "" if r is None else int(r.best is not None),
        "low": "" if r is None or r.low is None else r.low,
        "high": "" if r is None or r.high is None else r.high,
        "high_open": "" if r is None else int(r.high_open),
        "source_original": "; ".join(_names(e, r.sources)) if r else "",
        "source_article": "; ".join(articles),
        "number_of_sources": len(e.articles),
        "number_of_original": len(r.sources) if r else 0,
        "disputed": "" if r is None else int(r.disputed),
    }


def acled_row(e: Event) -> dict[str, object]:
    r = _killed(e)
    fatalities = r.low if r is not None and r.low is not None else 0
    notes = [e.title.strip()] if e.title.strip() else []
    if r is not None:
        hi = "" if r.high is None else f"{r.high}" + ("+" if r.high_open else "")
        notes.append(
            f"Fatalities: conservative figure {fatalities} of range {r.low if r.low is not None else '?'}-{hi or '?'} "
            f"({'; '.join(_names(e, r.sources))})."
        )
    for d in e.disputes:
        notes.append(f"Disputed {d.outcome}: {d.note}.")
    days = _span(e)
    tp = 1 if days == 1 and e.date_precision == "day" else (2 if days is not None and days <= 7 else 3)
    return {
        "event_id_cnty": e.id,
        "event_date": e.date_start or "",
        "year": (e.date_start or "")[:4],
        "time_precision": tp,
        "location": e.places[0] if e.places else "",
        "fatalities": fatalities,
        "notes": " ".join(notes),
        "source": "; ".join(_outlets(e)),
        "source_original": "; ".join(_names(e, r.sources)) if r else "",
    }


def export(report: EventReport, fmt: str) -> str:
    """The report in ``fmt`` (``ged-csv``, ``acled-csv`` or ``jsonl``) as text."""
    if fmt == "jsonl":
        return "".join(json.dumps(json.loads(e.model_dump_json()), ensure_ascii=False) + "\n" for e in report.events)
    if fmt not in FORMATS:
        from .errors import InputError

        raise InputError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    columns, row = (GED_COLUMNS, ged_row) if fmt == "ged-csv" else (ACLED_COLUMNS, acled_row)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for e in report.events:
        writer.writerow(row(e))
    return buf.getvalue()


__all__ = ["ACLED_COLUMNS", "FORMATS", "GED_COLUMNS", "acled_row", "date_prec", "export", "ged_row"]
