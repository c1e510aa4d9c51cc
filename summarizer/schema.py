"""The output contract of ``summarizer`` and the smaller schema the model fills.

Two families of models live here:

* ``Summary`` and its parts are the *output contract*. Field names are stable: editorial
  tools depend on them. ``SCHEMA_VERSION`` changes whenever a field is added, removed or
  changes meaning.
* ``Extraction`` and its parts are what the *model* is asked to fill. It holds quotes and
  labels only: offsets, numbers, dates, statuses and totals are computed by code
  (``summarizer.build``) from the quotes, following the design rule "the LLM selects and
  labels; code measures and verifies".
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

SCHEMA_VERSION = "5"

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


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- output contract


class Evidence(_Model):
    """A verbatim span of the article. ``article[start:end]`` is the quote, up to
    whitespace, quote-mark, dash and case normalisation. Offsets are computed by code."""

    quote: str
    start: int | None = None
    end: int | None = None


class TimelineEntry(_Model):
    when: str = Field(description="The time as written in the article, e.g. 'Thursday'.")
    date: str | None = Field(default=None, description="YYYY-MM-DD resolved against the publication date, or null.")
    date_precision: Precision = "unknown"
    event: str
    location: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Party(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: PartyKind = "other"
    role: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Location(_Model):
    name: str
    evidence: list[Evidence] = Field(default_factory=list)


class Casualty(_Model):
    outcome: Outcome
    who: str = ""
    low: int | None = None
    best: int | None = None
    high: int | None = None
    phrase: str = Field(default="", description="The quantity words as written, e.g. 'over 130'.")
    reported_by: str | None = None
    status: Status = "reported"
    when: str | None = None
    location: str | None = None
    notes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class CasualtyTotal(_Model):
    outcome: Outcome
    low: int | None = None
    high: int | None = None
    basis: list[int] = Field(default_factory=list, description="Indexes into casualties[] this total rests on.")
    note: str = ""


class Source(_Model):
    name: str
    kind: SourceKind = "other"
    party_to_conflict: bool = False
    reliability_notes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Finding(_Model):
    code: str
    severity: Severity
    path: str
    message: str


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class Provenance(_Model):
    provider: str
    model: str
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    attempts: int = 0
    usage: Usage = Field(default_factory=Usage)
    cache_hit: bool = False
    created_at: datetime
    published: str | None = None


class Summary(_Model):
    summary: str = ""
    timeline: list[TimelineEntry] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    casualty_totals: list[CasualtyTotal] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    checks: list[Finding] = Field(default_factory=list)
    provenance: Provenance | None = None

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
    role: str = Field(default="", json_schema_extra=_cap(24), description="one or two words, e.g. attacker, target")


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


class Extraction(_Model):
    summary: str = Field(json_schema_extra=_cap(240), description="one or two neutral sentences, at most 40 words")
    sources: list[XSource] = Field(max_length=4)
    parties: list[XParty] = Field(max_length=4)
    locations: list[Name] = Field(max_length=4, description="place names as written")
    # The software-found figures are offered as a list labelled F1, F2, ...; picking labels
    # costs a few output tokens where copying each figure's words and quote cost about forty.
    # Labels, not bare numbers: a small model otherwise answers with the figures' own values.
    figures: list[FigureId] = Field(
        max_length=12, description="ids of the listed software-found figures that are real casualty reports"
    )
    # Free-form figures only for what the list missed: a small model repeats the listed ones
    # here, so the cap keeps that cost (about forty tokens each) bounded; build dedupes.
    casualties: list[XCasualty] = Field(max_length=2, description="at most two figures the list missed, usually []")


class FreeExtraction(Extraction):
    """The schema when the prompt lists no software-found figures (none found, or hints off):
    the model names the figures itself, so it gets room for six."""

    figures: list[FigureId] = Field(max_length=0, description="always [] (no figures are listed)")
    casualties: list[XCasualty] = Field(max_length=6, description="casualty figures in the article")
