"""The timeline, built by code from the article's dated sentences that report an event.

A sentence makes an entry when it names a time (``dates.find_dates``) and reports an event
(attack, clash, deaths, arrests, curfews …): ``when`` is the time words as written, ``date``
their resolution against the publication date, ``event`` the sentence itself (shortened), so
there is no model paraphrase to verify. The dateline's date in a lead sentence dates the
release, not the event; so do a "since" clause (background) and the time of the telling
("police said on Friday that ... on Thursday") when the sentence has other time words.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.evidence._text import sentence_spans
from summarizer.evidence.align import normalize
from summarizer.evidence.dates import find_dates
from summarizer.evidence.instructions import is_instruction_like
from summarizer.schema import Evidence, TimelineEntry

__all__ = ["DATELINE_ZONE", "EVENT_MAX_WORDS", "TIMELINE_MAX", "build_timeline", "describe_event"]

_EVENT = re.compile(
    r"\b(kill\w*|dead|died|death|wound\w*|injur\w*|attack\w*|clash\w*|fight\w*|fought|explo\w*|bomb\w*|"
    r"shell\w*|assault\w*|ambush\w*|raid\w*|fired|shot|struck|strike|target\w*|seiz\w*|captur\w*|"
    r"arrest\w*|detain\w*|kidnap\w*|abduct\w*|massacre\w*|imposed|curfew|offensive|operation|"
    r"launched|lost control|siege|displac\w*|fled|murder\w*|assassinat\w*|executed|hijack\w*)\b",
    re.IGNORECASE,
)
TIMELINE_MAX = 8
EVENT_MAX_WORDS = 24


# A dateline's date is followed by its closing bracket, a source in brackets and a dash
# ("(April 3, 2011) --", "6 APR 90 (RADIO VENCEREMOS) -- [TEXT]").
_DATELINE_TAIL = re.compile(
    r"\)?\s*(?:\([^()]{0,60}\))?\s*(?:--|[-–—])\s*(?:\[TEXT\]\s*)?"
    r"|\)\s*\n\s*|\)\s+(?=[A-Z\"“])"
)
DATELINE_ZONE = 600
# a time inside a "since" clause dates the background ("the bloodiest fighting since
# opposition fighters overthrew the regime last year"), not the event
_SINCE_CLAUSE = re.compile(r"\bsince\b(?:\s+[^\s,;:.]+){0,10}\s*$", re.I)
_REPORTED_AT = re.compile(
    r"\b(?:said|says|say|confirmed|confirms|announced|announces|reported|reports|told|stated|added|"
    r"declared|claimed|claims)\s+(?:(?:on|late|early|this|last)\s+)?$",
    re.I,
)


_ATTRIB_LEAD = re.compile(r"^(?:according to|citing)\s+[^,]{2,120},\s*", re.IGNORECASE)
_SAID_THAT = re.compile(
    r"^.{2,160}?\b(?:said|says|reported|reports|told\s+[^,;]{2,60}?|announced|stated|claimed|confirmed)"
    r"(?:\s+(?:on|late|early|last)\s+\w+(?:\s+\w+)?)?\s+that\s+",
    re.IGNORECASE,
)
# where a clause ends: strong boundaries first, then a comma before a lowercase word (not a list)
_CLAUSE = re.compile(r";\s+|\s+[-–—]\s+|\s+(?:when|while|before|after|although|as|which|who|because)\s+")
_COMMA = re.compile(r",\s+(?!and\b|or\b)(?=[a-z])")
EVENT_KEEP = 140  # characters a description may have before its trailing clauses are cut


def describe_event(sentence: str, when: tuple[int, int] | None = None) -> str:
    """A short description of the event a sentence reports, in the article's own words: the
    time words (``when``: their span in the sentence), a leading attribution ('According to
    X,', 'X said that') and, in a long sentence, the trailing clauses are left out. The full
    sentence stays in the entry's ``evidence``."""
    s = sentence
    if when is not None:  # a comma before the time words stays: it may close an attribution
        s = (s[: when[0]].rstrip() + " " + s[when[1] :].lstrip(" ,")).strip()
    s = " ".join(s.split())
    s = _ATTRIB_LEAD.sub("", s)
    s = _SAID_THAT.sub("", s)
    s = s.strip(" ,;:")
    if len(s) > EVENT_KEEP:
        for pattern in (_CLAUSE, _COMMA):
            cuts = [m.start() for m in pattern.finditer(s) if 30 <= m.start() <= EVENT_KEEP]
            if cuts:
                s = s[: cuts[-1]]
                break
        else:
            s = s[: EVENT_KEEP - 20].rsplit(" ", 1)[0] + "…"
    s = s.rstrip(" .,;:")
    if not s:
        return " ".join(sentence.split())[:EVENT_KEEP]
    return s[0].upper() + s[1:]


def build_timeline(article: str, published: date | None, locations: list[str]) -> list[TimelineEntry]:
    """Timeline entries from sentences that name a time and report an event (attack, clash,
    deaths, arrests, curfews …). ``when`` is the time words as written, ``date`` their
    resolution against the publication date, ``event`` a short description in the sentence's
    own words (``describe_event``): no model paraphrase, so nothing to verify. Sorted by date,
    undated last, ties in article order."""
    entries: list[tuple[str, int, TimelineEntry]] = []
    for s0, s1 in sentence_spans(article):
        sentence = article[s0:s1]
        if not _EVENT.search(sentence) or is_instruction_like(sentence):
            continue
        # "since … last year" dates background, not the event
        found = [t for t in find_dates(sentence, published) if not _SINCE_CLAUSE.search(sentence[: t[0]])]
        # the dateline's date ("KABUL, Afghanistan (April 3, 2011) -- ... yesterday") is when
        # the report was filed; the sentence's own time words date the event
        body = 0
        for t in found:
            tail = _DATELINE_TAIL.match(sentence, t[1]) if s0 + t[0] < DATELINE_ZONE else None
            if tail:
                found = [u for u in found if u is not t] or [t]
                body = tail.end()
                break
        # the time of the telling ("confirmed today that ... killed ... Friday", "police said
        # on Friday that ... on Thursday") dates the report, not the event
        told = [t for t in found if _REPORTED_AT.search(sentence[: t[0]])]
        if told and len(told) < len(found):
            found = [t for t in found if t not in told]
        if not found:
            continue
        a0, a1, resolved = next((t for t in found if t[2].date is not None), found[0])
        d = resolved.date.isoformat() if resolved.date is not None else None
        sent_norm = normalize(sentence)
        place = next((n for n in locations if n.strip() and normalize(n) in sent_norm), None)
        if body and a0 >= body:
            s0, sentence = s0 + body, sentence[body:]
            a0, a1 = a0 - body, a1 - body
        e0 = s0
        e1 = s1
        while e1 > e0 and article[e1 - 1].isspace():
            e1 -= 1
        entries.append(
            (
                d or "9999-99-99",
                s0,
                TimelineEntry(
                    when=sentence[a0:a1],
                    date=d,
                    date_precision=resolved.precision if d else "unknown",
                    event=describe_event(sentence, (a0, a1)),
                    location=place,
                    evidence=[Evidence(quote=article[e0:e1], start=e0, end=e1, match="exact")],
                ),
            )
        )
    entries.sort(key=lambda t: (t[0], t[1]))
    return (
        [e for _, _, e in entries[:TIMELINE_MAX]]
        if len(entries) <= TIMELINE_MAX
        else [e for _, _, e in sorted(sorted(entries, key=lambda t: t[1])[:TIMELINE_MAX], key=lambda t: (t[0], t[1]))]
    )
