"""The event report: what several summaries of one event support together (pydantic models,
every field described; ``summarizer.reconcile`` builds them)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.schema import Outcome, Precision, SourceKind, Status

REPORT_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Citation(_Model):
    """Where an item stands in one article: the article's id and the evidence of its summary."""

    article_id: str = Field(description="The article's id (the batch line's id, or the file name).")
    chunk: int | None = Field(default=None, description="The chunk of a long document (1-based), or null.")
    published: str | None = Field(default=None, description="The article's publication date (YYYY-MM-DD), or null.")
    path: str = Field(default="", description="The item in that article's summary, e.g. 'casualties[3]'.")
    quote: str = Field(default="", description="The article's words the item rests on.")
    start: int | None = Field(default=None, description="Offset of the quote in the article (article[start:end]).")
    end: int | None = Field(default=None, description="Offset just after the quote.")


class ArticleInfo(_Model):
    """One article of the event."""

    id: str = Field(description="The article's id.")
    published: str | None = Field(default=None, description="Publication date used (YYYY-MM-DD), or null.")
    outlet: str | None = Field(default=None, description="The outlet that published it, when given.")
    summary: str = Field(default="", description="The article's own one-line summary.")
    figures: int = Field(default=0, description="Casualty figures in its summary.")


class SourceEntry(_Model):
    """One source across the event's articles, merged by name, acronym and alias."""

    key: str = Field(description="A stable key for the source (lower-case, used in figures[].source).")
    name: str = Field(description="The fullest name any article gives it.")
    aliases: list[str] = Field(
        default_factory=list, description="Every other form the articles use (SOHR, the Observatory)."
    )
    kind: SourceKind = Field(default="other", description="The kind most articles give it.")
    party_to_conflict: bool = Field(default=False, description="True when any article's summary marks it a party.")
    articles: list[str] = Field(default_factory=list, description="Ids of the articles that name it.")
    relayed_by: list[str] = Field(
        default_factory=list, description="Outlets its figures were seen through (the relay chain's later links)."
    )


class FigureReport(_Model):
    """One report of a figure by one original source: the same numbers from the same source
    repeated in several articles are one report, seen in each of them."""

    id: str = Field(description="'R1', 'R2', ... within the event.")
    source: str = Field(
        description="The original source's key (sources[].key); 'unattributed:<article or outlet>' if none."
    )
    source_name: str = Field(description="The original source's display name.")
    outcome: Outcome = Field(description="killed, injured, missing, detained or displaced.")
    who: str = Field(default="", description="Who it counts, as the first article wrote it.")
    who_class: str = Field(
        default="all", description="Who it counts, normalised: 'all' (people, unspecified) or a group (civilians...)."
    )
    low: int | None = Field(default=None, description="UCDP GED low, from the quoted words.")
    best: int | None = Field(default=None, description="UCDP GED best, from the quoted words.")
    high: int | None = Field(default=None, description="UCDP GED high (null: open-ended).")
    phrase: str = Field(default="", description="The quantity words, e.g. 'over 130'.")
    status: Status = Field(default="reported", description="The most doubtful status any article gives it.")
    date: str | None = Field(default=None, description="When the report was first seen: the earliest publication date.")
    via: list[str] = Field(
        default_factory=list, description="The relay chain after the source: outlets that passed the figure on."
    )
    seen_in: list[Citation] = Field(
        default_factory=list, description="Every article quoting it, with its quote and offsets."
    )
    superseded_by: str | None = Field(
        default=None, description="The id of the same source's later figure that replaces it (tolls rise), or null."
    )
    role: Literal["current", "superseded", "part", "overtaken", "no-number"] = Field(
        default="current",
        description="'current': the source's latest figure for this group of people; 'superseded': a later one "
        "replaces it; 'part': the same article gives the same source a larger figure for the same group "
        "(a part of it, e.g. one village); 'overtaken': another source published a higher figure for the "
        "same group on a later day and this source did not update; 'no-number': the words state no number.",
    )
    notes: list[str] = Field(default_factory=list, description="Why its role is what it is.")


class Dispute(_Model):
    """Sources whose current figures for the same outcome cannot all be true."""

    outcome: Outcome = Field(description="The outcome they disagree about.")
    reports: list[str] = Field(description="Ids of the figure reports in conflict.")
    note: str = Field(description="What they say, side by side.")


class Reconciled(_Model):
    """The range the event's reports support for one outcome, and the rule that made it."""

    outcome: Outcome = Field(description="killed, injured, missing, detained or displaced.")
    low: int | None = Field(
        default=None, description="Conservative figure (ACLED): at least this many, per the reports in 'basis'."
    )
    best: int | None = Field(
        default=None,
        description="UCDP GED best: set only when every current report of the main group states the same number.",
    )
    high: int | None = Field(
        default=None,
        description="Highest figure a current report states (Every Casualty: the range spans the sources).",
    )
    high_open: bool = Field(
        default=False,
        description="True when the highest report is open-ended ('over 1,000'): 'high' is then a floor of it.",
    )
    basis: list[str] = Field(default_factory=list, description="Ids of the reports the range rests on.")
    low_from: str | None = Field(default=None, description="The report that sets 'low'.")
    high_from: str | None = Field(default=None, description="The report that sets 'high'.")
    sources: list[str] = Field(default_factory=list, description="Keys of the original sources in 'basis'.")
    disputed: bool = Field(default=False, description="True when current reports conflict (see 'disputes').")
    rule: str = Field(default="", description="The rule that made the range, in words.")
    citations: list[Citation] = Field(default_factory=list, description="The quotes of the reports in 'basis'.")


class MergedTimelineEntry(_Model):
    """A dated event seen in one or more articles."""

    date: str | None = Field(default=None, description="YYYY-MM-DD, or null when no article resolves it.")
    date_precision: Precision = Field(default="unknown", description="day, month, year or unknown.")
    when: str = Field(default="", description="The time words of the first article that gives it.")
    event: str = Field(description="What happened, in the first article's words.")
    location: str | None = Field(default=None, description="A place it names, or null.")
    citations: list[Citation] = Field(default_factory=list, description="Every article that gives it.")


class Grouping(_Model):
    """Why these articles are one event."""

    method: Literal["auto", "by-id"] = Field(
        description="'auto' (dates, places, parties) or 'by-id' (the user's grouping)."
    )
    score: float = Field(default=1.0, description="The weakest link's score (0-1); 1 for by-id.")
    reason: str = Field(default="", description="Why the articles were put together, in words.")


class PlaceInfo(_Model):
    """How precisely the articles locate one of the event's places, on UCDP GED's where_prec scale."""

    name: str = Field(description="The place as the articles name it.")
    where_prec: int | None = Field(
        default=None,
        description="UCDP GED where_prec: 1 exact place (village, town, city, site); 2 near a place or part of a "
        "city; 3 second-order division (district); 4 first-order division (province); 5 linear feature or larger "
        "region; 6 country; 7 waters or airspace; null when no rule reads it (no gazetteer).",
    )
    rule: str = Field(default="", description="The words the precision was read from.")
    figure_place: bool = Field(default=False, description="True when a casualty figure's sentence names it.")


class Event(_Model):
    """One event as its articles report it, reconciled."""

    id: str = Field(description="The group's id: the user's group, or 'E1', 'E2'... in date order.")
    title: str = Field(default="", description="The first article's summary.")
    date_start: str | None = Field(default=None, description="Earliest dated timeline entry or publication date.")
    date_end: str | None = Field(default=None, description="Latest dated timeline entry or publication date.")
    date_precision: Precision = Field(default="unknown", description="Precision of date_start.")
    places: list[str] = Field(default_factory=list, description="Places the articles name, most named first.")
    place_info: list[PlaceInfo] = Field(
        default_factory=list, description="Each place's GED where_prec and the rule that gave it (order of 'places')."
    )
    parties: list[str] = Field(default_factory=list, description="Parties the articles name, most named first.")
    grouping: Grouping = Field(description="Why these articles are one event.")
    articles: list[ArticleInfo] = Field(default_factory=list, description="The event's articles, by date.")
    sources: list[SourceEntry] = Field(default_factory=list, description="Sources merged across articles.")
    figures: list[FigureReport] = Field(
        default_factory=list, description="Every distinct report, by source and date; repeats are one report."
    )
    ranges: list[Reconciled] = Field(default_factory=list, description="Per outcome, the reconciled range.")
    disputes: list[Dispute] = Field(default_factory=list, description="Current reports that conflict.")
    timeline: list[MergedTimelineEntry] = Field(default_factory=list, description="Dated events across articles.")
    notes: list[str] = Field(default_factory=list, description="Anything the reader should know (dropped inputs...).")


class EventReport(_Model):
    """What ``reconcile`` returns: the events found among the given summaries."""

    version: str = Field(default=REPORT_VERSION, description="Changes when a field changes meaning.")
    grouping: Literal["auto", "by-id"] = Field(description="How articles were grouped into events.")
    articles: int = Field(default=0, description="Summaries read.")
    events: list[Event] = Field(default_factory=list, description="The events, in date order.")
    notes: list[str] = Field(default_factory=list, description="Inputs skipped and why.")
