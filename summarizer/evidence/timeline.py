"""The timeline, built by code from the article's dated sentences that report an event.

A sentence makes an entry when it names a time (``dates.find_dates``) and reports an event
(attack, clash, deaths, arrests, curfews …): ``when`` is the time words as written, ``date``
their resolution against the publication date, ``event`` the sentence itself (shortened), so
there is no model paraphrase to verify. The dateline's date in a lead sentence dates the
release, not the event; so do a "since" clause (background) and the time of the telling
("police said on Friday that ... on Thursday") when the sentence has other time words.
A sentence that states several days gives one entry per day; "the previous day", "two days
later" count from the last day the text gave; an article that dates none of its events to
the day has its first event dated by the dateline (the report's date).
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.evidence._text import sentence_spans
from summarizer.evidence.align import normalize
from summarizer.evidence.dates import (
    ANAPHORA,
    MONTHS,
    ResolvedDate,
    find_dates,
    release_month_end,
    resolve_anaphora,
    resolve_date,
)
from summarizer.evidence.instructions import is_instruction_like
from summarizer.schema import Evidence, TimelineEntry

__all__ = ["DATELINE_ZONE", "EVENT_MAX_WORDS", "TIMELINE_MAX", "build_timeline", "describe_event"]

_EVENT = re.compile(
    r"\b(kill\w*|dead|died|death|wound\w*|injur\w*|attack\w*|clash\w*|fight\w*|fought|explo\w*|bomb\w*|"
    r"shell\w*|assault\w*|ambush\w*|raid\w*|fired|shot|struck|strike|target\w*|seiz\w*|captur\w*|"
    r"arrest\w*|detain\w*|kidnap\w*|abduct\w*|massacre\w*|imposed|curfew|offensive|operation|"
    r"launched|lost control|siege|displac\w*|fled|murder\w*|assassinat\w*|executed|hijack\w*|"
    r"(?<!cease-)(?<!cease )fire|destroy\w*|blew up|blown up|detonat\w*|dynamit\w*|sabotag\w*|"
    r"machine-?gunn\w*|gunned down|hostages?|grenades?|shoot\w*|shooting|burn(?:ed|t)|arson)\b",
    re.IGNORECASE,
)
TIMELINE_MAX = 8
SENTENCE_MAX_DATES = 3  # entries one sentence may give (one per distinct date)
_Found = tuple[int, int, ResolvedDate]
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
# the time of the telling: "said on Friday", "told AFP on Tuesday", "told The Associated Press
# late Monday", "told reporters on Sunday" (one to three words of an outlet's name, or
# reporters/journalists, between "told" and the time word; not "told of the attack on Sunday")
_REPORTED_AT = re.compile(
    r"\b(?:(?:said|says|say|confirmed|confirms|announced|announces|reported|reports|told|stated|added|"
    r"declared|claimed|claims)\s+|"
    r"told\s+(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'’.&-]*\s+){1,3}|(?:reporters|journalists|the\s+media)\s+))"
    r"(?:(?:on|late|early|this|last)\s+)?$",
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


def _told(sentence: str, found: list[_Found]) -> list[_Found]:
    """``found`` without the time of the telling ("police said on Friday that ... on
    Thursday"), when the sentence has other time words."""
    told = [t for t in found if _REPORTED_AT.search(sentence[: t[0]])]
    return [t for t in found if t not in told] if told and len(told) < len(found) else found


def _event_times(found: list[_Found]) -> list[_Found]:
    """The time words that make entries: one per distinct date ("judges struck today over the
    killing of a judge on 1 November" states two days); a month or year that holds a day the
    same sentence names gives way to the day; undated words only when nothing is dated."""
    dated: list[_Found] = []
    for t in found:
        r = t[2]
        if r.date is None or any(u[2].date == r.date for u in dated):
            continue
        dated.append(t)

    def holds(coarse: ResolvedDate, fine: ResolvedDate) -> bool:
        if coarse.date is None or fine.date is None or fine.precision != "day":
            return False
        if coarse.precision == "month":
            return (coarse.date.year, coarse.date.month) == (fine.date.year, fine.date.month)
        return coarse.precision == "year" and coarse.date.year == fine.date.year

    dated = [t for t in dated if not any(holds(t[2], u[2]) for u in dated if u is not t)]
    return dated[:SENTENCE_MAX_DATES] or found[:1]


def _dateline_time(article: str, published: date) -> _Found | None:
    """The dateline's date (its offsets in ``article``) when it is the publication date."""
    for t in find_dates(article[:DATELINE_ZONE], published):
        if t[2].date == published and _DATELINE_TAIL.match(article, t[1]):
            return t
    return None


_MONTH_DAY = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True)) + r")\.?\s+\d{1,2}\b", re.I
)


def build_timeline(article: str, published: date | None, locations: list[str]) -> list[TimelineEntry]:
    """Timeline entries from sentences that name a time and report an event (attack, clash,
    deaths, arrests, curfews …). ``when`` is the time words as written, ``date`` their
    resolution against the publication date (or, for "the previous day", "two days later",
    against the last day the text gave), ``event`` a short description in the sentence's own
    words (``describe_event``): no model paraphrase, so nothing to verify. A sentence that
    states several days gives one entry per day. An article that dates none of its events to
    the day has its first event dated by the dateline (the report's date). Sorted by date,
    undated last, ties in article order; past ``TIMELINE_MAX``, distinct dates are kept first."""
    entries: list[tuple[str, int, TimelineEntry]] = []
    anchor = published  # the last day the text gave: what "the previous day" counts from
    lead: tuple[int, int] | None = None  # the first event sentence
    ref = release_month_end(article) if published is None else None  # (once per article)
    for s0, s1 in sentence_spans(article):
        sentence = article[s0:s1]
        plain = find_dates(sentence, published)
        if ref is not None:
            # a year-less month and day ("Jan. 19") in a release with no dated dateline: the
            # year of the release's code (``dates.release_month_end``); relative words stay open
            plain = [
                (a, b, r2)
                if r.date is None
                and _MONTH_DAY.search(sentence[a:b])
                and (r2 := resolve_date(sentence[a:b], ref)).precision == "day"
                else (a, b, r)
                for a, b, r in plain
            ]
        anaphoric: list[_Found] = []
        for m in ANAPHORA.finditer(sentence):
            if any(t[0] < m.end() and m.start() < t[1] for t in plain):
                continue
            before = [t[2].date for t in plain if t[1] <= m.start() and t[2].date and t[2].precision == "day"]
            anaphoric.append(
                (m.start(), m.end(), resolve_anaphora(m.group(0), before[-1] if before else anchor, published))
            )
        all_found = sorted(plain + anaphoric, key=lambda t: t[0])
        days = [t[2].date for t in _told(sentence, all_found) if t[2].date is not None and t[2].precision == "day"]
        if days:
            anchor = days[-1]
        if not _EVENT.search(sentence) or is_instruction_like(sentence):
            continue
        if lead is None:
            lead = (s0, s1)
        # "since … last year" dates background, not the event
        found = [t for t in all_found if not _SINCE_CLAUSE.search(sentence[: t[0]])]
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
        found = _told(sentence, found)
        if not found:
            continue
        sent_norm = normalize(sentence)
        place = next((n for n in locations if n.strip() and normalize(n) in sent_norm), None)
        e1 = s1
        while e1 > s0 and article[e1 - 1].isspace():
            e1 -= 1
        for a0, a1, resolved in _event_times(found):
            e0, text, w0, w1 = s0, sentence, a0, a1
            if body and a0 >= body:
                e0, text, w0, w1 = s0 + body, sentence[body:], a0 - body, a1 - body
            d = resolved.date.isoformat() if resolved.date is not None else None
            entries.append(
                (
                    d or "9999-99-99",
                    s0 + a0,
                    TimelineEntry(
                        when=text[w0:w1],
                        date=d,
                        date_precision=resolved.precision if d else "unknown",
                        event=describe_event(text, (w0, w1)),
                        location=place,
                        evidence=[Evidence(quote=article[e0:e1], start=e0, end=e1, match="exact")],
                    ),
                )
            )
    if published is not None and lead is not None and not any(e.date_precision == "day" for _, _, e in entries):
        entry = _undated_lead(article, published, lead, locations)
        if entry is not None:
            entries.append((published.isoformat(), lead[0], entry))
    entries.sort(key=lambda t: (t[0], t[1]))
    if len(entries) <= TIMELINE_MAX:
        return [e for _, _, e in entries]
    seen: set[str] = set()
    first: list[tuple[str, int, TimelineEntry]] = []
    rest: list[tuple[str, int, TimelineEntry]] = []
    for row in sorted(entries, key=lambda r: r[1]):
        (rest if row[0] in seen else first).append(row)
        seen.add(row[0])
    kept = (first + rest)[:TIMELINE_MAX]
    return [e for _, _, e in sorted(kept, key=lambda r: (r[0], r[1]))]


def _undated_lead(article: str, published: date, lead: tuple[int, int], locations: list[str]) -> TimelineEntry | None:
    """The first event of an article that dates none of its events, dated by the dateline:
    the report's date, the latest the event can be (MUC-4's keys date such an incident by
    the dateline too). None without a dateline date in the article to quote."""
    dl = _dateline_time(article, published)
    if dl is None:
        return None
    s0, s1 = lead
    if s0 <= dl[0] < s1:  # the lead sentence holds the dateline: the event starts after it
        tail = _DATELINE_TAIL.match(article, dl[1])
        s0 = tail.end() if tail else s0
    while s1 > s0 and article[s1 - 1].isspace():
        s1 -= 1
    sentence = article[s0:s1]
    if not sentence.strip():
        return None
    sent_norm = normalize(sentence)
    place = next((n for n in locations if n.strip() and normalize(n) in sent_norm), None)
    return TimelineEntry(
        when=article[dl[0] : dl[1]],
        date=published.isoformat(),
        date_precision="day",
        event=describe_event(sentence),
        location=place,
        evidence=[
            Evidence(quote=article[dl[0] : dl[1]], start=dl[0], end=dl[1], match="exact"),
            Evidence(quote=sentence, start=s0, end=s1, match="exact"),
        ],
    )
