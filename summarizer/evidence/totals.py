"""Casualty totals per outcome, computed by code from the individual figures.

Rules (also in the package docstring):

* Reports of one outcome may overlap (a village inside a region, one day inside two days),
  so they are never added up. Reports are grouped by scope (``location`` and ``when``,
  compared case-insensitively; empty = same scope as other empty ones).
* Within one scope, if the reports' ranges all overlap, the scope's low is the largest
  stated low; if some ranges do not overlap (sources conflict about the same thing), the
  scope's range spans them: low = the smallest stated low (Every Casualty: report a range
  when sources disagree).
* Across scopes, the total's low is the largest scope low (the biggest figure the text
  supports); the high is the largest stated high, or None (open) when any report is
  open-ended or has no stated upper bound.
* ``basis`` lists the casualty indexes that determine the total (the figure(s) giving the
  low, and every report of a conflicting scope); ``note`` says in one sentence why.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.schema import Casualty, CasualtyTotal, Outcome

__all__ = ["compute_totals"]

_INF = float("inf")


def _interval(c: Casualty) -> tuple[float, float]:
    lo = (
        c.low
        if c.low is not None
        else (c.best if c.best is not None and c.high is not None and c.best == c.high else 0)
    )
    hi: float = c.high if c.high is not None else _INF
    return float(lo), hi


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _any_disjoint(ivs: list[tuple[float, float]]) -> bool:
    """Whether two of the intervals (at different positions in the list) do not overlap. Two
    intervals are disjoint when one's low is above the other's high, so it is enough to
    compare each high with the largest low among the *other* intervals: linear, where trying
    every pair grows with the square of the number of reports."""
    if len(ivs) < 2:
        return False
    top = max(range(len(ivs)), key=lambda i: ivs[i][0])
    second = max((iv[0] for i, iv in enumerate(ivs) if i != top), default=-_INF)
    return any((second if i == top else ivs[top][0]) > hi for i, (_, hi) in enumerate(ivs))


def _scope(c: Casualty) -> tuple[str, str]:
    return ((c.location or "").strip().lower(), (c.when or "").strip().lower())


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
        scopes: dict[tuple[str, str], list[int]] = {}
        for i in idxs:
            scopes.setdefault(_scope(casualties[i]), []).append(i)

        scope_lows: list[tuple[int, list[int], bool]] = []  # (low, basis, conflicting)
        conflict_any = False
        for members in scopes.values():
            known = [i for i in members if casualties[i].low is not None]
            if not known:
                continue
            ivs = {i: _interval(casualties[i]) for i in members}
            conflicting = _any_disjoint([ivs[i] for i in members])
            lows = {i: casualties[i].low for i in known}
            if conflicting:
                conflict_any = True
                lo = min(v for v in lows.values() if v is not None)
                scope_lows.append((lo, sorted(members), True))
            else:
                lo = max(v for v in lows.values() if v is not None)
                scope_lows.append((lo, [i for i in known if lows[i] == lo], False))

        low: int | None = None
        basis: set[int] = set()
        if scope_lows:
            low = max(s[0] for s in scope_lows)
            for lo_s, b, conf in scope_lows:
                if lo_s == low or conf:
                    basis.update(b)

        open_ended = [i for i in idxs if casualties[i].high is None]
        high: int | None = None
        if not open_ended:
            highs = [casualties[i].high for i in idxs if casualties[i].high is not None]
            high = max(h for h in highs if h is not None)
            basis.update(i for i in idxs if casualties[i].high == high)
            if low is not None and high < low:  # cannot happen with consistent inputs
                high = low

        n = len(idxs)
        what = _fmt(low, high)
        if conflict_any:
            note = (
                f"Sources disagree, so the total spans their figures: {what} {outcome} "
                f"(from {n} report{'s' if n != 1 else ''})."
            )
        elif low is None and high is None:
            note = f"No report states a number {outcome}; the total is unknown."
        else:
            open_note = (
                " and open-ended because a report gives no upper bound" if high is None and low is not None else ""
            )
            note = (
                f"{what.capitalize()} {outcome}: the largest supported figure of {n} "
                f"possibly overlapping report{'s' if n != 1 else ''}, not their sum"
                f"{open_note}."
            )
        totals.append(CasualtyTotal(outcome=outcome, low=low, high=high, basis=sorted(basis), note=note))
    return totals
