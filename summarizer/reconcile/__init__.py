"""One event, many reports: reconcile summaries across articles (and across the chunks of a
long document).

``reconcile(summaries, group="auto"|"by-id") -> EventReport`` takes summaries with their
articles' ids and publication dates and returns the events they report, each with its sources
merged, every distinct figure report with its history, a reconciled range per outcome with the
rule that made it and the quotes it rests on, disputes side by side, and a merged timeline.
``summarize_long(text, **options)`` summarises a document too long for the model chunk by chunk
and reconciles the chunks with the same engine, offsets mapped back to the whole document.

Conventions and their sources
=============================

* **UCDP GED** (Georeferenced Event Dataset codebook): ``low`` / ``best`` / ``high`` per event,
  ``best`` the most reliable estimate, and ``source_original``, the original source of the
  information as distinct from the outlet that carried it. -> every report keeps its original
  source (``reported_by``) apart from its relay chain (``via``: the relaying outlet given by the
  summary, then the article's outlet).
* **ACLED** (codebook, "Fatalities"): when reports conflict, code the most conservative
  credible estimate and record the disagreement in the notes. -> ``low`` is the conservative
  figure; disputes are listed, never averaged.
* **Every Casualty Worldwide**, *Standards for Casualty Recording* (2016): when sources
  disagree, report the range that spans them, and who said what. -> ``high`` spans the highest
  current report; each report keeps its source and quotes.

Rules, in the order they run
============================

1. **Grouping** (``group="auto"``): articles in date order (publication date, else the earliest
   resolved timeline date). An article joins the group holding its best link to an earlier
   article when that link scores at least ``MIN_SCORE`` (0.3); else it starts a new event.
   A link is 0 when the articles are more than ``DATE_WINDOW_DAYS`` (7) apart; otherwise
   ``0.4 x`` Jaccard of their places (``locations`` and figure places) ``+ 0.15 x`` Jaccard of
   their parties ``+ 0.15`` when they cite a common source (by any of its forms) ``+ 0.3 x``
   date nearness (1 on the same day). It is held below the threshold unless they share a
   place, and, with only one shared place, also a party or a source, or are at most a day
   apart. The event's ``grouping`` shows the weakest link's score and every link's reason.
   ``group="by-id"``: the batch line's ``group`` field; else the id's folder (the id up to its
   last ``/``: ``syria/aj.txt`` -> ``syria``); else the id before its first ``#``
   (``syria#2`` -> ``syria``); else the id alone.
2. **Sources** are merged by name, acronym and alias (``summarizer.reconcile.sources``:
   "Syrian Observatory for Human Rights" = "SOHR" = "the Observatory").
3. **One report, counted once**: figures with the same original source, outcome, group of
   people (``who`` normalised: all, civilians, children, security forces, military, fighters,
   men...) and numbers are one report, seen in every article that quotes it (``seen_in``),
   dated by the earliest publication.
4. **The latest supersedes**: per source, outcome and group of people, the report of the latest
   publication date is ``current``; earlier ones are ``superseded`` (history kept), a smaller
   one in the same article is a ``part``. A current report lower than an earlier one is marked
   "revised down".
5. **Overtaken, not disputed**: a source's current report is ``overtaken`` when another source
   reports a higher figure for the same group on a later day (the first did not update while
   the toll rose), or the same day in numbers where the first has only vague words ("dozens").
6. **The range per outcome**: the main group is 'all' when any report counts everyone, else the
   group with the largest figure. ``low`` = the lowest current figure of the main group (the
   conservative estimate); a part (another group) raises it when larger and consistent with
   the whole; a part larger than a bounded whole is a dispute. ``high`` = the highest figure a
   current report states (``high_open`` when its words are open-ended: "more than 60").
   ``best`` is set only when every current report of the main group states or allows the same
   number and nothing disputes it. ``basis``, ``low_from`` and ``high_from`` name the reports;
   ``citations`` their quotes and offsets, per article.
7. **Timeline**: entries with the same resolved date whose words match (rapidfuzz
   token-set ratio >= 85, or >= 60 at the same place) are one entry citing every article.
"""

from __future__ import annotations

from .engine import DATE_WINDOW_DAYS, MIN_SCORE, ArticleSummary, group_of, load_inputs, reconcile, who_class
from .long import LongResult, summarize_long
from .model import (
    ArticleInfo,
    Citation,
    Dispute,
    Event,
    EventReport,
    FigureReport,
    Grouping,
    MergedTimelineEntry,
    Reconciled,
    SourceEntry,
)

__all__ = [
    "DATE_WINDOW_DAYS",
    "MIN_SCORE",
    "ArticleInfo",
    "ArticleSummary",
    "Citation",
    "Dispute",
    "Event",
    "EventReport",
    "FigureReport",
    "Grouping",
    "LongResult",
    "MergedTimelineEntry",
    "Reconciled",
    "SourceEntry",
    "group_of",
    "load_inputs",
    "reconcile",
    "summarize_long",
    "who_class",
]
