"""Casualty totals per outcome, computed by code from the individual figures.

Rules (also in the package docstring):

* Reports of one outcome may overlap (a village inside a region, one day inside two days),
  so they are not added up. Reports are grouped by scope (``location`` and ``when``,
  compared case-insensitively; empty = same scope as other empty ones).
* One exception, a **sum** (UCDP GED and ACLED code one event's fatalities as one number,
  all the groups it killed together): figures of one outcome that name separate groups
  joined by "and" in one clause of one sentence, from the same source, are one report whose
  numbers are the sum of theirs ("killed three soldiers and two civilians": 5; "four police
  officers and a child were wounded": 5). Each figure's evidence is read for the join
  (``_sum_chains``): its number words and its people noun ("three soldiers") are followed by
  "and" (or ", and") and the next figure's number words and people noun, nothing else; a
  person named in full may carry an apposition ("Rosa Vidal, a notary, and two of her clerks":
  3). The note quotes each group's words. Never
  across sentences or sources, never after a comma without "and" ("14 people, five soldiers and
  nine civilians" sums only the last two, 14, which the apposition restates), never with a
  partitive "of them"/"of whom" and never for groups that are themselves sub-counts of a group
  before them ("five people, including two children and a guard": 5, not 8).
* Within one scope, if two *sources* give ranges that do not overlap (they conflict about the
  same thing), the scope's range spans them: low = the smallest of the sources' own largest
  lows (Every Casualty: report a range when sources disagree). One source's figures that do
  not overlap (a group and its sub-count, "five people, including two children"; two groups in
  two sentences) are no disagreement: the scope's low is the largest stated low. The article's
  unattributed figures are one voice.
* Across scopes, the total's low is the largest scope low (the biggest figure the text
  supports); the high is the largest stated high, or None (open) when any report is
  open-ended or has no stated upper bound.
* A **tally over a period** ("more than 12,000 civilians have been killed since the invasion
  in February 2022", "so far this year", "since the war began") counts more than the
  article's event: when an outcome also has figures that are not tallies, the tallies are
  left out of its total and the note says how many were (``is_tally``: "since" a month, a
  year, the start of something, or a war, invasion, conflict, offensive or ceasefire; "so
  far this year/month"; "over the past N years/months"; "in the conflict this year", not
  "earlier this year"; "the war, which began in April 2023, has killed ..."). A tally is no
  event's toll, so a denial that the event hurt civilians ("No civilians were harmed")
  does not dispute it (``assemble._set_statuses``). "since Saturday" or
  "since the attack" is the event itself, and "the heaviest assault since the invasion",
  "the first death since 2017" compare (a superlative or "first" before "since"). When
  every figure of an outcome is a tally, they
  make the total as usual.
* ``basis`` lists the casualty indexes that determine the total (the figure(s) giving the
  low, every member of a sum that gives it, and every report of a conflicting scope);
  ``note`` says in one sentence why, and names a sum's parts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.schema import Casualty, CasualtyTotal, Outcome

__all__ = ["compute_totals"]

_INF = float("inf")


@dataclass(frozen=True)
class _Report:
    """One figure, or a sum of figures naming separate groups in one clause."""

    members: tuple[int, ...]  # casualty indexes, in article order
    low: int | None
    high: int | None
    scope: tuple[str, str]
    source: tuple[str, str]
    words: tuple[str, ...] = ()  # a sum's groups as the article words them ("three soldiers")

    @property
    def is_sum(self) -> bool:
        return len(self.members) > 1


def _interval(low: int | None, best: int | None, high: int | None) -> tuple[float, float]:
    lo = low if low is not None else (best if best is not None and high is not None and best == high else 0)
    hi: float = high if high is not None else _INF
    return float(lo), hi


def _scope(c: Casualty) -> tuple[str, str]:
    return ((c.location or "").strip().lower(), (c.when or "").strip().lower())


def _source(c: Casualty) -> tuple[str, str]:
    """Who gives the figure: the original source and the outlet relaying it; both empty for
    the article's own voice."""
    return (" ".join((c.reported_by or "").lower().split()), " ".join((c.via or "").lower().split()))


def _fmt(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "an unknown number"
    if hi is None:
        return f"at least {lo}"
    if lo is None:
        return f"up to {hi}"
    if lo == hi:
        return str(lo)
    return f"{lo} to {hi}"


# --- sums of separate groups named in one clause -------------------------------------------

# words that make the noun after a number a partitive of a group already counted ("two of them")
_PRONOUN_WHO = frozenset({"them", "whom", "those", "these", "they", "others of them"})
# a sub-count opener right before the first group: the groups break down an earlier count
_SUBCOUNT_BEFORE = re.compile(
    r"(?:\bincluding|\bincluded|\bamong\s+(?:them|whom|those)|\bof\s+(?:them|whom)(?:\s+(?:were|are))?)[\s:,]*$",
    re.I,
)
# what may join two groups of one clause: "and", ", and" (an Oxford comma); a bare comma may
# open an apposition that restates the count before it, so it joins nothing here
_JOIN = re.compile(r"\s*,?\s+and\s+", re.I)
_JOIN_MAX = 12  # the longest join looked at, in characters (spaces and line breaks included)
# a named person may carry an apposition before the join: "Rosa Vidal, a notary, and two of her clerks"
_APPOSITION_JOIN = re.compile(r"\s*,\s+[^,;:.()]{1,80},\s+and\s+", re.I)
_APPOSITION_MAX = 100


def _words_re(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


_NO_SPAN = _Span(-1, -1, "")


def _span(c: Casualty) -> _Span | None:
    """The figure's first evidence span when its quote is the article's own characters there."""
    for ev in c.evidence[:1]:
        if ev.start is not None and ev.end is not None and len(ev.quote) == ev.end - ev.start:
            return _Span(ev.start, ev.end, ev.quote)
    return None


def _group_re(c: Casualty) -> re.Pattern[str] | None:
    """The figure's number words followed by its people noun ("three soldiers", "a child",
    "two of her escorts"); None when the figure names no group of its own (no noun, a pronoun,
    no number)."""
    who = " ".join(c.who.split())
    phrase = " ".join(c.phrase.split())
    if not who and _named(c):
        return re.compile(rf"(?<![\w-]){_words_re(phrase)}(?![\w-])")
    if not who or not phrase or who.lower() in _PRONOUN_WHO or who.lower().split()[0] in _PRONOUN_WHO:
        return None
    return re.compile(rf"(?<![\w-]){_words_re(phrase)}\s+(?:of\s+)?{_words_re(who)}(?![\w-])", re.I)


def _named(c: Casualty) -> bool:
    """A figure of one person named by a full name ("Rosa Quintero Vidal"): two or more
    capitalised words and nothing else."""
    words = c.phrase.split()
    return (
        c.low == c.high == 1
        and not c.who.strip()
        and len(words) >= 2
        and all(w[:1].isupper() and w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words)
    )


def _sum_chains(casualties: Sequence[Casualty], idxs: Sequence[int]) -> list[list[tuple[int, str]]]:
    """Chains of figures of one outcome (``idxs``) that count separate groups joined by "and"
    in one clause of one sentence, from the same source and scope: "killed three soldiers and
    two civilians", "four police officers and a child were wounded". Each chain has two or
    more members, in article order, each with its group's words in the article."""
    spans = {i: _span(casualties[i]) for i in idxs}
    # only figures whose evidence overlaps another's can share a clause (a sweep by start)
    shared: set[int] = set()
    last, last_end = -1, -1
    for i in sorted((i for i in idxs if spans[i] is not None), key=lambda k: (spans[k] or _NO_SPAN).start):
        sp = spans[i]
        assert sp is not None
        if sp.start < last_end:
            shared.update((i, last))
        if sp.end > last_end:
            last, last_end = i, sp.end
    pats = {i: _group_re(casualties[i]) for i in shared}
    usable = [i for i in sorted(shared) if pats[i] is not None and casualties[i].low is not None]
    # every evidence span by where it ends (a sentence's figures end their evidence together)
    by_end: dict[int, list[_Span]] = {}
    for sp_any in (_span(c) for c in casualties):
        if sp_any is not None:
            by_end.setdefault(sp_any.end, []).append(sp_any)
    # where each figure's group stands in the article, read in its own evidence
    at: dict[int, tuple[int, int]] = {}
    words: dict[int, str] = {}
    for i in usable:
        sp, pat = spans[i], pats[i]
        assert sp is not None and pat is not None
        m = pat.search(sp.text)
        if m is not None:
            at[i] = (sp.start + m.start(), sp.start + m.end())
            words[i] = " ".join(m.group().split())
    nxt: dict[int, int] = {}
    taken: set[int] = set()
    ordered = sorted(at, key=lambda k: at[k])
    starts = [at[k][0] for k in ordered]
    for a in ordered:
        sa = spans[a]
        assert sa is not None
        # the next group starts within a join's width ("and", ", and") after this one ends
        width = _APPOSITION_MAX if _named(casualties[a]) else _JOIN_MAX
        lo_b, hi_b = bisect_right(starts, at[a][1]), bisect_right(starts, at[a][1] + width)
        for b in ordered[lo_b:hi_b]:
            if b in taken or at[b][1] > sa.end:
                continue
            ca, cb = casualties[a], casualties[b]
            if _source(ca) != _source(cb) or _scope(ca) != _scope(cb):
                continue
            gap = sa.text[at[a][1] - sa.start : at[b][0] - sa.start]
            if _JOIN.fullmatch(gap) or (_named(ca) and _APPOSITION_JOIN.fullmatch(gap)):
                nxt[a] = b
                taken.add(b)
                break
    chains: list[list[tuple[int, str]]] = []
    for head in sorted((i for i in nxt if i not in taken), key=lambda k: at[k]):
        chain = [head]
        while chain[-1] in nxt:
            chain.append(nxt[chain[-1]])
        head_span = spans[head]
        assert head_span is not None
        if _subcount(by_end.get(head_span.end, []), at[head][0]):
            continue  # "including three soldiers and two civilians": parts of an earlier count
        chains.append([(i, words[i]) for i in chain])
    return chains


def opens_subcount(before: str) -> bool:
    """The words ``before`` a count open a sub-count of a group counted before ("including",
    "among them", "of whom"): "including 10 children" is part of a toll, not a toll."""
    return bool(_SUBCOUNT_BEFORE.search(before[-40:]))


def _subcount(spans: Sequence[_Span], pos: int) -> bool:
    """Whether the words right before ``pos`` (as far as any evidence shows them) open a
    sub-count of a group counted before ("including", "among them", "of whom")."""
    for sp in spans:
        if sp.start < pos <= sp.end and _SUBCOUNT_BEFORE.search(sp.text[max(0, pos - sp.start - 40) : pos - sp.start]):
            return True
    return False


def _reports(casualties: Sequence[Casualty], idxs: Sequence[int]) -> list[_Report]:
    """The outcome's reports: each figure, except that the figures of a sum are one report."""
    out: list[_Report] = []
    summed: set[int] = set()
    for parts in _sum_chains(casualties, idxs):
        chain = [i for i, _ in parts]
        cs = [casualties[i] for i in chain]
        lows = [c.low for c in cs]
        highs = [c.high for c in cs]
        low = sum(v for v in lows if v is not None)
        high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
        out.append(_Report(tuple(chain), low, high, _scope(cs[0]), _source(cs[0]), tuple(w for _, w in parts)))
        summed.update(chain)
    for i in idxs:
        if i not in summed:
            c = casualties[i]
            out.append(_Report((i,), c.low, c.high, _scope(c), _source(c)))
    return out


def _interval_of(r: _Report, casualties: Sequence[Casualty]) -> tuple[float, float]:
    if r.is_sum:
        return _interval(r.low, None, r.high)
    c = casualties[r.members[0]]
    return _interval(c.low, c.best, c.high)


def _conflict(reports: Sequence[_Report], casualties: Sequence[Casualty]) -> bool:
    """Whether two reports from *different* sources have ranges that do not overlap. Per source,
    its largest low and its smallest high are enough (a source's own ranges that do not overlap
    are no disagreement): linear in the number of reports."""
    top_low: dict[tuple[str, str], float] = {}
    min_high: dict[tuple[str, str], float] = {}
    for r in reports:
        lo, hi = _interval_of(r, casualties)
        top_low[r.source] = max(top_low.get(r.source, -_INF), lo)
        min_high[r.source] = min(min_high.get(r.source, _INF), hi)
    if len(top_low) < 2:
        return False
    ranked = sorted(top_low, key=lambda s: top_low[s], reverse=True)
    first, second = ranked[0], ranked[1]
    return any((top_low[second] if s == first else top_low[first]) > hi for s, hi in min_high.items())


def _describe_sum(r: _Report, casualties: Sequence[Casualty]) -> str:
    parts = [f'"{w}" ({_fmt(casualties[i].low, casualties[i].high)})' for i, w in zip(r.members, r.words, strict=True)]
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}"
    refs = ", ".join(f"casualties[{i}]" for i in r.members)
    return f"the sum of {listed} ({refs}), separate groups counted in one clause by one source"


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TALLY = re.compile(
    r"\bsince\s+(?:"
    r"the\s+(?:start|beginning|outbreak|onset)\s+of\b"
    rf"|(?:early\s+|late\s+|mid-?)?{_MONTH}(?![\w-])"
    r"|(?:19|20)\d\d\b"
    r"|(?:last|this)\s+(?:year|month)\b"
    r"|(?:[\w'’-]+\s+){0,3}(?:war|invasion|conflict|insurgency|uprising|offensive|ceasefire|truce|revolution|coup)\b"
    r")"
    r"|\bso\s+far\s+(?:this|in)\s+(?:year|month|\d{4})\b"
    r"|\b(?:this|last)\s+year\s+alone\b"
    # "killed ... in the conflict this year" (not "earlier this year", a date; not "this year's")
    r"|(?<!earlier\s)(?<!later\s)\bthis\s+year\b(?!['’]s)"
    # "Sudan's war, which began in April 2023, has killed ...", "The conflict in Cabo Delgado,
    # which began in 2017, has killed ...": the war's toll
    r"|\b(?:war|conflict|insurgency|uprising|fighting|offensive)(?:\s+(?:in|of)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r",?\s+which\s+(?:began|started|erupted|broke\s+out)\b"
    # "a war that has killed more than 150,000 people": the war's toll so far (present perfect)
    r"|\b(?:war|conflict|insurgency|uprising|fighting|violence|offensive|campaign)\s+(?:that|which)\s+"
    r"(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed|displaced|wounded|injured)\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)\b",
    re.I,
)


#: "the heaviest assault since the invasion", "the first death since 2017": a comparison, no tally
_COMPARED = re.compile(
    r"\b(?:deadliest|bloodiest|heaviest|worst|largest|biggest|highest|fiercest|strongest|greatest|first|most\s+\w+)"
    r"\b[^.;]*$",
    re.I,
)


def is_tally(c: Casualty) -> bool:
    """The figure counts a period, not one event ("killed since the invasion in February
    2022", "so far this year"): read in the sentence its first quote comes from."""
    if not c.evidence:
        return False
    quote = c.evidence[0].quote
    return any(not _COMPARED.search(quote[max(0, m.start() - 80) : m.start()]) for m in _TALLY.finditer(quote))


def compute_totals(casualties: Sequence[Casualty]) -> list[CasualtyTotal]:
    """One ``CasualtyTotal`` per outcome present in ``casualties`` (in order of first use)."""
    order: list[Outcome] = []
    by_outcome: dict[Outcome, list[int]] = {}
    for i, c in enumerate(casualties):
        if c.outcome not in by_outcome:
            order.append(c.outcome)
            by_outcome[c.outcome] = []
        by_outcome[c.outcome].append(i)

    totals: list[CasualtyTotal] = []
    for outcome in order:
        idxs = by_outcome[outcome]
        tallies = [i for i in idxs if is_tally(casualties[i])]
        if tallies and len(tallies) < len(idxs):
            idxs = [i for i in idxs if i not in tallies]
        reports = _reports(casualties, idxs)
        scopes: dict[tuple[str, str], list[_Report]] = {}
        for r in reports:
            scopes.setdefault(r.scope, []).append(r)

        scope_lows: list[tuple[int, list[_Report], bool]] = []  # (low, basis, conflicting)
        conflict_any = False
        for members in scopes.values():
            known = [r for r in members if r.low is not None]
            if not known:
                continue
            if _conflict(members, casualties):
                conflict_any = True
                # each source's own figure is its largest low; the span starts at the smallest
                per_source: dict[tuple[str, str], int] = {}
                for r in known:
                    assert r.low is not None
                    per_source[r.source] = max(per_source.get(r.source, r.low), r.low)
                scope_lows.append((min(per_source.values()), list(members), True))
            else:
                lo = max(r.low for r in known if r.low is not None)
                scope_lows.append((lo, [r for r in known if r.low == lo], False))

        low: int | None = None
        basis: set[int] = set()
        from_sum: list[_Report] = []
        if scope_lows:
            low = max(s[0] for s in scope_lows)
            for lo_s, b, conf in scope_lows:
                if lo_s == low or conf:
                    basis.update(i for r in b for i in r.members)
                if lo_s == low and not conf:
                    from_sum.extend(r for r in b if r.is_sum)

        high: int | None = None
        if all(r.high is not None for r in reports):
            high = max(r.high for r in reports if r.high is not None)
            basis.update(i for r in reports if r.high == high for i in r.members)
            if low is not None and high < low:  # cannot happen with consistent inputs
                high = low

        n = len(idxs)
        what = _fmt(low, high)
        if conflict_any:
            note = (
                f"Sources disagree, so the total spans their figures: {what} {outcome} "
                f"(from {n} report{'s' if n != 1 else ''})."
            )
            summed = [r for _, b, conf in scope_lows if conf for r in b if r.is_sum]
            if summed:
                note += f" One source's figure is {'; '.join(_describe_sum(r, casualties) for r in summed)}."
        elif low is None and high is None:
            note = f"No report states a number {outcome}; the total is unknown."
        else:
            open_note = (
                " and open-ended because a report gives no upper bound" if high is None and low is not None else ""
            )
            if from_sum:
                sums = "; ".join(_describe_sum(r, casualties) for r in from_sum)
                rest = len(reports) - 1
                among = (
                    f"; the largest supported figure of it and {rest} other possibly overlapping "
                    f"report{'s' if rest != 1 else ''}, which are not added to it"
                    if rest
                    else ""
                )
                open_sum = "; open-ended because a figure gives no upper bound" if high is None else ""
                note = f"{what.capitalize()} {outcome}: {sums}{among}{open_sum}."
            else:
                note = (
                    f"{what.capitalize()} {outcome}: the largest supported figure of {n} "
                    f"possibly overlapping report{'s' if n != 1 else ''}, not their sum"
                    f"{open_note}."
                )
        if len(idxs) < len(by_outcome[outcome]):
            left = [i for i in by_outcome[outcome] if i not in idxs]
            if len(left) == 1:
                note += f" Left out: figure {left[0] + 1}, a tally over a period, which counts more than this event."
            else:
                refs = ", ".join(str(i + 1) for i in left[:-1]) + f" and {left[-1] + 1}"
                note += f" Left out: figures {refs}, tallies over a period, which count more than this event."
        totals.append(CasualtyTotal(outcome=outcome, low=low, high=high, basis=sorted(basis), note=note))
    return totals
