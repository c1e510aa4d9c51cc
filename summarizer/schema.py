"""The output contract of ``summarizer`` and the smaller schema the model fills.

Two families of models live here:

* ``Summary`` and its parts are the *output contract*. Field names are stable: editorial
  tools depend on them. ``SCHEMA_VERSION`` changes whenever a field is added, removed or
  changes meaning.
* ``Extraction`` and its parts are what the *model* is asked to fill. It holds quotes and
  labels only: offsets, numbers, dates, statuses and totals are computed by code
  (``summarizer.assemble``) from the quotes, following the design rule "the LLM selects and
  labels; code measures and verifies".
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "10"  # 10: Source.aliases

Outcome = Literal["killed", "injured", "missing", "detained", "displaced"]
PartyKind = Literal[
    "state_forces",
    "armed_group",
    "government",
    "political_group",
    "civilians",
    "international",
    "other",
]
SourceKind = Literal["official", "military", "state_media", "media", "monitor", "ngo", "anonymous", "other"]
Status = Literal["reported", "unverified", "disputed", "confirmed"]
Severity = Literal["error", "warning"]
Precision = Literal["day", "month", "year", "unknown"]
Match = Literal["exact", "normalised", "fuzzy", "sentence"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- output contract


class Evidence(_Model):
    """A verbatim span of the article. ``article[start:end]`` is the quote, up to
    whitespace, quote-mark, dash and case normalisation. Offsets are computed by code."""

    quote: str = Field(description="The article's own words, copied verbatim.")
    start: int | None = Field(
        default=None,
        description="Character offset where the quote starts in the article (0-based, Python slicing); "
        "null when the quote was not found.",
    )
    end: int | None = Field(
        default=None, description="Character offset just after the quote: article[start:end] is the quote."
    )
    match: Match | None = Field(
        default=None,
        description="How the quote was found in the article: 'exact' (as written, or words code took from the "
        "article), 'normalised' (up to case, quote marks, dashes and spaces), 'fuzzy' (only approximately: the "
        "quote is the article's words at the best-matching span), 'sentence' (the model's quote is nowhere: the "
        "quote is the sentence holding the figure's number words); null when not found or not checked.",
    )


class TimelineEntry(_Model):
    """A dated event of the article, built by code from a sentence that states its time."""

    when: str = Field(description="The time as written in the article, e.g. 'Thursday'.")
    date: str | None = Field(default=None, description="YYYY-MM-DD resolved against the publication date, or null.")
    date_precision: Precision = Field(
        default="unknown",
        description="How precise 'date' is: day, month or year (e.g. 'in March' is month: the date is the "
        "month's first day); unknown when 'date' is null.",
    )
    event: str = Field(description="What happened, in the article's words (the full sentence is in 'evidence').")
    location: str | None = Field(default=None, description="A place the sentence names, or null.")
    evidence: list[Evidence] = Field(default_factory=list, description="The sentence the entry rests on.")


class Party(_Model):
    """An actor in the events: a force, armed group, government, civilians..."""

    name: str = Field(description="The name as written in the article.")
    aliases: list[str] = Field(
        default_factory=list, description="Other names the article uses for it, e.g. an acronym."
    )
    kind: PartyKind = Field(
        default="other",
        description="state_forces (army, police, security forces), armed_group (non-state), government, "
        "political_group, civilians, international (UN, foreign states, coalitions) or other.",
    )
    role: str = Field(default="", description="One or two words, e.g. 'attacker', 'target'; may be empty.")
    evidence: list[Evidence] = Field(default_factory=list, description="Where the article names it.")


class Location(_Model):
    """A place the article names."""

    name: str = Field(description="The place name as written in the article.")
    evidence: list[Evidence] = Field(default_factory=list, description="Where the article names it.")


class Casualty(_Model):
    """One casualty figure as one source reported it. The numbers are derived by code from
    the quoted words (UCDP GED low/best/high), never supplied by a model. Several figures
    may count the same people: do not add them up (see ``casualty_totals``)."""

    outcome: Outcome = Field(description="killed, injured, missing, detained or displaced.")
    who: str = Field(default="", description="Who the figure counts, as written, e.g. 'civilians'; may be empty.")
    low: int | None = Field(
        default=None,
        description="Lowest number the words support (UCDP GED 'low'): 'over 130' gives 131, 'dozens' 24, "
        "'at least 5' 5, 'about 40' 36 (10 % either side); null when the words set no lower bound ('up to 30', "
        "'a number of').",
    )
    best: int | None = Field(
        default=None,
        description="The number the words state (UCDP GED 'best'): '12' gives 12, 'about 40' 40, 'at least 5' 5; "
        "null for a bare bound or vague words ('over 130', 'dozens').",
    )
    high: int | None = Field(
        default=None,
        description="Highest number the words allow (UCDP GED 'high'): '12' gives 12, 'up to 30' 30, "
        "'nearly 50' 49, 'about 40' 44; null when open-ended ('over 130', 'at least 5').",
    )
    phrase: str = Field(default="", description="The quantity words as written, e.g. 'over 130'.")
    reported_by: str | None = Field(
        default=None, description="The source the article credits with the figure (one of 'sources'), or null."
    )
    via: str | None = Field(
        default=None,
        description="The outlet that relayed the figure from 'reported_by' (one of 'sources'), e.g. 'SANA' for "
        "'a security source cited by SANA', 'Al Jazeera' for 'the commander told Al Jazeera'; null when the "
        "source spoke directly (UCDP GED keeps source_original apart from the outlet the same way).",
    )
    status: Status = Field(
        default="reported",
        description="How the article presents the figure: 'reported' (stated, attributed or not); "
        "'unverified' (hedged: 'reportedly', 'could not be verified', also in the next sentences); "
        "'disputed' (the article says it is contested or denied); 'confirmed' (the article says it is "
        "confirmed, or two independent sources agree, with no hedge).",
    )
    perpetrator: str | None = Field(
        default=None,
        description="Who the figure's sentence says caused it ('killed by Israeli fire', 'RSF fighters killed'), "
        "as written (one of 'parties' when listed), or null when the sentence does not say.",
    )
    when: str | None = Field(default=None, description="The time words of the figure's sentence, or null.")
    location: str | None = Field(default=None, description="A place the figure's sentence names, or null.")
    notes: list[str] = Field(
        default_factory=list, description="Why the status is what it is, and how the figure was found."
    )
    evidence: list[Evidence] = Field(
        default_factory=list, description="The quote with the number words; the numbers are derived from it."
    )


class CasualtyTotal(_Model):
    """What the figures together support for one outcome: the largest supported figure, never
    a sum of reports that may overlap."""

    outcome: Outcome = Field(description="killed, injured, missing, detained or displaced.")
    low: int | None = Field(default=None, description="At least this many, per the figures in 'basis'.")
    high: int | None = Field(default=None, description="At most this many, or null when a figure is open-ended.")
    basis: list[int] = Field(default_factory=list, description="Indexes into casualties[] this total rests on.")
    note: str = Field(default="", description="How the total was formed, in words.")


class Source(_Model):
    """Who reported something in the article, graded apart from the credibility of each
    figure (Admiralty code: source reliability here, information credibility in
    ``casualties[].status``)."""

    name: str = Field(description="The source's name as written in the article.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other names the article uses for this same source (a surname, a title alone, the body's "
        "spokesperson, the body without its place), merged into this entry.",
    )
    kind: SourceKind = Field(
        default="other",
        description="official, military, state_media, media, monitor (e.g. a war monitor), ngo, anonymous or other.",
    )
    party_to_conflict: bool = Field(
        default=False,
        description="True when the source speaks for a side in the fighting (officials, militaries and state "
        "media are presumed to), so its figures may serve that side.",
    )
    reliability_notes: list[str] = Field(
        default_factory=list, description="What the article says about the source, e.g. 'a war monitor'."
    )
    evidence: list[Evidence] = Field(default_factory=list, description="Where the article names the source.")


class Finding(_Model):
    """A result of the local checks: something the reader should look at."""

    code: str = Field(description="A stable code, e.g. 'quote-not-found' (listed in summarizer/checks).")
    severity: Severity = Field(
        description="'error': the item is not supported by the article (exit code 3); 'warning': check it."
    )
    path: str = Field(description="Where in this JSON, e.g. 'casualties[2].reported_by'; 'model.' for dropped items.")
    message: str = Field(description="What was found, in one line.")


class Usage(_Model):
    """Tokens used, summed over every attempt (re-asks included)."""

    prompt_tokens: int = Field(default=0, description="Tokens sent to the model.")
    completion_tokens: int = Field(default=0, description="Tokens the model wrote.")

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class Provenance(_Model):
    """How the summary was made, to reproduce or audit it."""

    provider: str = Field(description="openai, openai-compatible or local.")
    model: str = Field(description="The model id (or local model name).")
    prompt_version: str = Field(description="A hash of the prompt templates.")
    schema_version: str = Field(default=SCHEMA_VERSION, description="Changes when a field changes meaning.")
    attempts: int = Field(default=0, description="Model calls made: 1, plus one per re-ask.")
    usage: Usage = Field(default_factory=Usage, description="Tokens over all attempts.")
    cache_hit: bool = Field(default=False, description="True when the answer came from the cache or fixtures.")
    answers_from: Literal["model", "cache", "recorded", "hand-written"] = Field(
        default="model",
        description="Where the model's answers came from: 'model' (asked for this summary), 'cache' (an "
        "earlier run's answers), 'recorded' (a fixture recorded from a real model), 'hand-written' (a test "
        "fixture no model wrote; its usage is zero).",
    )
    created_at: datetime = Field(description="When the summary was made (UTC).")
    published: str | None = Field(
        default=None,
        description="The publication date used to resolve dates (YYYY-MM-DD): given, or from the dateline; null "
        "when unknown.",
    )
    quantity_profile: Literal["literal", "acled"] = Field(
        default="literal",
        description="How vague quantity words were turned into numbers: 'literal' (the smallest number the words "
        "allow: 'dozens' at least 24, 'several' at least 3) or 'acled' (ACLED's codebook point values: "
        "'several' 3, 'tens' 10, 'dozens' 12, 'hundreds' 100).",
    )


class Summary(_Model):
    """A checked, structured summary of one article.

    ``summary`` says what happened; ``casualties`` holds each figure as reported, with its
    quote, its source and a range derived by code (``low``/``best``/``high``);
    ``casualty_totals`` what they support together; ``timeline``, ``parties``,
    ``locations`` and ``sources`` the rest, each item with ``evidence`` (quote and character
    offsets into the article). ``checks`` lists what the local checks found (``errors`` are
    the findings with severity 'error'); ``provenance`` says how it was made.
    """

    summary: str = Field(
        default="",
        description="What happened (the model's sentence, when its numbers check out), then each grounded "
        "figure with its source, written by code (summarizer/lede.py).",
    )
    timeline: list[TimelineEntry] = Field(default_factory=list, description="Dated events, in date order.")
    parties: list[Party] = Field(default_factory=list, description="The actors in the events.")
    locations: list[Location] = Field(default_factory=list, description="Places the article names.")
    casualties: list[Casualty] = Field(
        default_factory=list, description="Every casualty figure as reported; they may overlap: do not add them up."
    )
    casualty_totals: list[CasualtyTotal] = Field(
        default_factory=list, description="Per outcome, what the figures support together."
    )
    sources: list[Source] = Field(default_factory=list, description="Who reported, with reliability notes.")
    checks: list[Finding] = Field(default_factory=list, description="Findings of the local checks.")
    provenance: Provenance | None = Field(default=None, description="Provider, model, prompt, tokens, cache.")

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.checks if f.severity == "error"]


# --------------------------------------------------------------------------- model-filled schema
# Kept small on purpose: output tokens dominate time on a CPU. Field descriptions are part of
# the JSON schema the model sees, so they are short instructions.


# Lists are required (a grammar-constrained model must decide on each) and capped (maxItems
# bounds decoding time on a CPU). Quotes and names are capped too: a capped copy of an article
# sentence is still verbatim (a prefix), and small models otherwise copy whole sentences. There
# are no events here: the timeline is built by code from the article's dated sentences.
def _cap(n: int) -> JsonDict:
    # a decoding cap for grammar-constrained models, not a validation rule: pydantic accepts a
    # longer string (a long verbatim quote is still evidence)
    return {"maxLength": n}


Name = Annotated[str, Field(json_schema_extra=_cap(40))]


class XParty(_Model):
    name: Name = Field(description="short name as written in the article")
    kind: PartyKind
    # Not asked for (issue 16: a few output tokens a party, and no score used it); code sets
    # "attacker" on a party the text names as a perpetrator. Still read from an answer that
    # carries one (answers recorded before, a server that volunteers it).
    role: SkipJsonSchema[str] = Field(default="", json_schema_extra=_cap(24))


class XCasualty(_Model):
    outcome: Outcome
    phrase: str = Field(json_schema_extra=_cap(30), description="the number words exactly as written, e.g. 'over 130'")
    quote: str = Field(
        json_schema_extra=_cap(70),
        description="the number words and the next few words, copied exactly from the article",
    )
    reported_by: Name | None = Field(default=None, description="source name as written, or null")


class XSource(_Model):
    name: Name = Field(description="who reported, short name as written in the article")
    kind: SourceKind


#: ids of the candidate figures listed in the prompt (``hint_candidates``, at most 12)
FigureId = Literal["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"]


#: the model's summary sentence: at most this many characters (a decoding cap)
SUMMARY_CAP = 160
_SUMMARY_DESCRIPTION = "one neutral sentence, at most 25 words: who did what, where, when; no numbers"


def summary_field() -> tuple[type[str], Any]:
    """The model's ``summary`` field (the extraction's and a targeted re-ask's)."""
    return str, Field(json_schema_extra=_cap(SUMMARY_CAP), description=_SUMMARY_DESCRIPTION)


class Extraction(_Model):
    summary: str = Field(json_schema_extra=_cap(SUMMARY_CAP), description=_SUMMARY_DESCRIPTION)
    # Sources are found by code (``evidence.attribution``), not asked for (issue 16): on the
    # attribution set code alone found 37 of 38 cited sources and the model's list added none,
    # on the dev sample it changed no score, and it was a sixth of the answer tokens. Still read
    # from an answer that carries them (answers recorded before, a server that volunteers them).
    sources: SkipJsonSchema[list[XSource]] = Field(default_factory=list, max_length=4)
    parties: list[XParty] = Field(max_length=4)
    locations: list[Name] = Field(max_length=4, description="place names as written")
    # The software-found figures are offered as a list labelled F1, F2, ...; picking labels
    # costs a few output tokens where copying each figure's words and quote cost about forty.
    # Labels, not bare numbers: a small model otherwise answers with the figures' own values.
    figures: list[FigureId] = Field(
        max_length=12, description="ids of the listed software-found figures that are real casualty reports"
    )
    # No free-form figures when the prompt lists the software-found ones: on 20 dev documents
    # the embedded model wrote 19 such figures, every one a repeat of a listed figure or junk
    # (dropping them changed no score), and they cost about forty tokens each plus most of the
    # re-asks (bench/README.md, issue 16). The list is the figures; code adds any it left out.
    # Not in the schema sent (an always-empty list still cost its tokens): read if present.
    casualties: SkipJsonSchema[list[XCasualty]] = Field(default_factory=list, max_length=0)


def empty_extraction() -> Extraction:
    """The answer of a model that picked nothing: with it ``assemble.build_summary`` gives the
    deterministic layer's summary alone (the fallback for an unfit answer, the code-only scores)."""
    return Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])


class FreeExtraction(Extraction):
    """The schema when the prompt lists no software-found figures (none found, or hints off):
    the model names the figures itself, so it gets room for six."""

    figures: SkipJsonSchema[list[FigureId]] = Field(default_factory=list, max_length=0)
    casualties: list[XCasualty] = Field(max_length=6, description="casualty figures in the article")
