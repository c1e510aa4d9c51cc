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
date_prec               GED ``date_prec`` (codebook: 1 the exact day; 2 two to six days; 3 a
                        certain week; 4 a certain month; 5 a certain year): 1 one day; 2 a
                        span of 2-6 days; 3 exactly 7 days; 4 up to 31 days or a
                        month-precise date; 5 longer, or a year-precise date. Checked: the
                        span is date_start..date_end inclusive, as GED's earliest/latest
                        possible dates; when no timeline date is day-precise the dates are
                        the articles' publication dates (the event was reported by then)
where_description       the places the articles name, most named first ('; ')
where_coordinates       GED ``where_coordinates`` (the name of the place the event is coded
                        to): the most precise place below, a place a casualty figure's
                        sentence names first
where_prec              GED ``where_prec`` (codebook 24.1, "where_prec": 1 exact location;
                        2 within ~25 km of a known point or a part of a city; 3 second-order
                        administrative division; 4 first-order division; 5 a linear feature or
                        an area larger than a first-order division; 6 the country; 7
                        international waters or airspace), read from the place's words
                        (``evidence.places.place_precision``): a village, town, city, camp
                        or named site (road, market, airport, base) 1; "near X", "outside X",
                        "N km from X" or a part of a city ("eastern X", a neighbourhood) 2;
                        a district, municipality, county, township or commune 3; a
                        province, governorate, state, region, oblast or department 4; a
                        coast, border, river, highway, a road between two places, a valley,
                        "northern <country>" or a territory such as the Gaza Strip 5; a
                        country 6; a sea, gulf, strait or airspace 7. A bare name takes the
                        kind the article calls it ("the village of X", "X, a town in", "X
                        district", "X, the capital", the dateline's city) - the article text
                        when the input carries it (a batch line's ``text``, a long
                        document), else the summary's quotes. The event takes its most
                        precise place. Empty when no rule reads any place (no gazetteer)
latitude, longitude     empty: summarizer does not geocode (no gazetteer, no network); a
                        coordinate is never guessed
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
number_of_sources       GED ``number_of_sources`` (codebook: the number of sources, i.e.
                        news reports, the event is coded from): the number of articles of the
                        event; a wire copy repeated by five outlets counts five (GED counts
                        reports, not original sources: see number_of_original)
number_of_original      distinct original sources behind the range
disputed                1 when current reports conflict (ACLED: disputes go to notes)
======================  ==================================================================

``acled-csv`` (ACLED Codebook 2023, "Fatalities" and "Notes"; ACLED, "Fatalities", uses and
limitations FAQ, 2024: "if source reports differ or a vague estimate is provided, ACLED uses
the most conservative estimate available and seeks to note in the Notes column when there
has been a dispute"; "tens" 10, "dozens" 12, "hundreds" 100):

======================  ==================================================================
event_id_cnty           the event's id
event_date              date_start
year                    its year
time_precision          ACLED's: 1 the day is known; 2 the week; 3 the month or longer
location                the most named place
fatalities              the most conservative figure: the reconciled ``low`` of ``killed``
                        (the lowest current report; a superseded, overtaken or part report
                        never sets it), or ACLED's value when the words that set it are a
                        vague multiple ("dozens" 12, not GED's bound 24:
                        ``quantities.ACLED_VALUES``); 0 when no report gives a number (the
                        notes say deaths were reported without one)
notes                   the event's summary; then "Fatalities: conservative figure N of
                        range L-H (sources)"; then every dispute, side by side (each
                        source's figure and words)
source                  the outlets the event was reported through ('; ')
source_original         the original sources of the fatality figures ('; ')
======================  ==================================================================

``jsonl``: one ``Event`` (``summarizer.reconcile.Event``) per line, every field included.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from typing import Literal

from .evidence.places import place_precision
from .evidence.quantities import ACLED_VALUES
from .reconcile.model import Event, EventReport, PlaceInfo, Reconciled

ExportFormat = Literal["ged-csv", "acled-csv", "jsonl"]
FORMATS: tuple[str, ...] = ("ged-csv", "acled-csv", "jsonl")

GED_COLUMNS = [
    "id",
    "date_start",
    "date_end",
    "date_prec",
    "where_description",
    "where_coordinates",
    "where_prec",
    "latitude",
    "longitude",
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


def where(e: Event) -> tuple[str, int | str]:
    """GED ``where_coordinates`` and ``where_prec`` (see the module docstring): the most precise
    place of the event, a place a casualty figure's sentence names first; ('', '') when no
    place is read."""
    infos = e.place_info or [PlaceInfo(name=n, where_prec=place_precision(n)[0]) for n in e.places]
    rated = [p for p in infos if p.where_prec is not None]
    pool = [p for p in rated if p.figure_place] or rated
    if not pool:
        return "", ""
    best = min(pool, key=lambda p: p.where_prec or 9)  # min keeps the most named of equals
    return best.name, best.where_prec if best.where_prec is not None else ""


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
    coded, prec = where(e)
    return {
        "id": e.id,
        "date_start": e.date_start or "",
        "date_end": e.date_end or "",
        "date_prec": date_prec(e),
        "where_description": "; ".join(e.places),
        "where_coordinates": coded,
        "where_prec": prec,
        "latitude": "",
        "longitude": "",
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


def _acled_value(phrase: str) -> int | None:
    """ACLED's point value for vague words with no digit ("dozens" 12, "hundreds" 100:
    ``evidence.quantities.ACLED_VALUES``, ACLED Codebook "Reported fatalities"), else None."""
    if any(ch.isdigit() for ch in phrase):
        return None
    words = tuple(w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in {"of", "the", "some"})
    for key, value in ACLED_VALUES.items():
        if words == tuple(w for w in key if w != "of"):
            return value
    return None


def acled_fatalities(e: Event) -> tuple[int, str]:
    """ACLED ``fatalities`` (see the module docstring) and what the notes say of it."""
    r = _killed(e)
    if r is None and not any(f.outcome == "killed" for f in e.figures):
        return 0, ""
    if r is None or r.low is None:
        return 0, "Fatalities: deaths reported without a number; coded 0."
    n, why = r.low, ""
    src = next((f for f in e.figures if f.id == r.low_from), None)
    value = _acled_value(src.phrase) if src is not None else None
    if src is not None and value is not None and value < n:
        n, why = value, f" ('{src.phrase}' coded {value}, ACLED's value for the words)"
    hi = "?" if r.high is None else f"{r.high}" + ("+" if r.high_open else "")
    by = "; ".join(_names(e, r.sources))
    return n, f"Fatalities: conservative figure {n}{why} of range {r.low}-{hi} ({by})."


def acled_row(e: Event) -> dict[str, object]:
    fatalities, note = acled_fatalities(e)
    r = _killed(e)
    notes = [e.title.strip()] if e.title.strip() else []
    if note:
        notes.append(note)
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
