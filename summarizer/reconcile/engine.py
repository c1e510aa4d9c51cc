"""The reconciliation engine: inputs, grouping, figures, ranges and the merged timeline.

The rules are written down in ``summarizer/reconcile/__init__.py``; this module follows them.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from summarizer.errors import InputError
from summarizer.evidence.align import normalize
from summarizer.evidence.places import place_precision
from summarizer.schema import Casualty, Evidence, Summary

from .model import (
    ArticleInfo,
    Citation,
    Dispute,
    Event,
    EventReport,
    FigureReport,
    Grouping,
    MergedTimelineEntry,
    PlaceInfo,
    Reconciled,
    SourceEntry,
)
from .sources import SourceIndex, base_key, forms

GroupMode = Literal["auto", "by-id"]

#: days two articles may be apart and still report one event (auto grouping)
DATE_WINDOW_DAYS = 7
#: the score an article needs to join a group (auto grouping)
MIN_SCORE = 0.3


@dataclass
class ArticleSummary:
    """One summary with what reconciling needs besides it: the article's id, its publication
    date (default: the summary's ``provenance.published``), the user's group (by-id) and the
    outlet that published it (the last link of every relay chain)."""

    id: str
    summary: Summary
    published: str | None = None
    group: str | None = None
    outlet: str | None = None
    #: the whole document's id when this summary is one chunk of it (summarize_long): citations
    #: name the document, and ``chunk`` the chunk's number
    document: str | None = None
    chunk: int | None = None
    #: the article's text when the input carries it (a batch line's ``text``): read for what
    #: the text calls a place ("the village of X"), never for figures
    text: str | None = None

    def __post_init__(self) -> None:
        if self.published is None and self.summary.provenance is not None:
            self.published = self.summary.provenance.published


def _as_summary(value: object, where: str) -> Summary:
    if isinstance(value, Summary):
        return value
    try:
        if isinstance(value, str | bytes):
            return Summary.model_validate_json(value)
        return Summary.model_validate(value)
    except ValidationError as exc:
        errs = exc.errors()
        loc = ".".join(str(x) for x in errs[0]["loc"]) if errs else ""
        msg = errs[0]["msg"] if errs else "invalid"
        raise InputError(f"{where}: not a summary ({loc}: {msg})") from None


def as_items(summaries: Iterable[Any]) -> list[ArticleSummary]:
    """The accepted inputs as ``ArticleSummary``: an ``ArticleSummary``; a tuple
    ``(article_id, published, summary)`` or ``(article_id, published, summary, group)``; a
    batch line (a dict with ``id`` and ``summary``, optionally ``published``, ``group``,
    ``outlet``); a bare ``Summary`` (id ``article-N``)."""
    out: list[ArticleSummary] = []
    for n, item in enumerate(summaries, 1):
        if isinstance(item, ArticleSummary):
            out.append(item)
        elif isinstance(item, Summary):
            out.append(ArticleSummary(f"article-{n}", item))
        elif isinstance(item, tuple) and len(item) in (3, 4):
            aid, pub, s = item[0], item[1], item[2]
            group = item[3] if len(item) == 4 else None
            out.append(ArticleSummary(str(aid), _as_summary(s, str(aid)), str(pub) if pub else None, group))
        elif isinstance(item, dict) and "summary" in item:
            aid = str(item.get("id") or f"article-{n}")
            out.append(
                ArticleSummary(
                    aid,
                    _as_summary(item["summary"], aid),
                    item.get("published") or None,
                    item.get("group") or None,
                    item.get("outlet") or None,
                    text=item["text"] if isinstance(item.get("text"), str) else None,
                )
            )
        else:
            raise InputError(f"input {n}: expected (article_id, published, Summary), a batch line or a Summary")
    seen: set[str] = set()
    for a in out:
        if a.id in seen:
            raise InputError(f"article id {a.id!r} given twice")
        seen.add(a.id)
    return out


def load_inputs(paths: Sequence[str | Path], batch: str | Path | None = None) -> tuple[list[ArticleSummary], list[str]]:
    """Summaries from files: each path a Summary JSON (id: the path) or a JSONL of batch
    lines; ``batch`` a batch output. Failed batch lines are skipped with a note."""
    items: list[ArticleSummary] = []
    notes: list[str] = []
    files = [Path(p) for p in paths] + ([Path(batch)] if batch is not None else [])
    if not files:
        raise InputError("no summaries given: SUMMARY.json ... or --from OUT.jsonl")
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read ({type(exc).__name__})") from None
        if path.suffix == ".jsonl" or (batch is not None and path == Path(batch)):
            lines = 0
            for k, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError:
                    raise InputError(f"{path}:{k}: not JSON") from None
                if not isinstance(rec, dict):
                    raise InputError(f"{path}:{k}: not a batch line")
                lines += 1
                if not rec.get("summary"):
                    err = rec.get("error") or {}
                    notes.append(f"{rec.get('id', f'line {k}')}: skipped, no summary ({err.get('message', 'failed')})")
                    continue
                items.extend(as_items([rec]))
            if not lines:
                raise InputError(f"{path}: no batch line")
        else:
            try:
                data = json.loads(text)
            except ValueError:
                raise InputError(f"{path}: not JSON") from None
            if isinstance(data, dict) and "summary" in data and isinstance(data.get("summary"), dict):
                items.extend(as_items([data]))
            else:
                items.append(ArticleSummary(str(path), _as_summary(data, str(path))))
    return as_items(items), notes


# --------------------------------------------------------------------------- grouping


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _article_date(a: ArticleSummary) -> date | None:
    return _day(a.published) or min((d for t in a.summary.timeline if (d := _day(t.date))), default=None)


def _names(values: Iterable[str]) -> set[str]:
    return {k for v in values if (k := base_key(v)) and len(k) > 2}


def _places(a: ArticleSummary) -> set[str]:
    s = a.summary
    return _names([p.name for p in s.locations] + [c.location for c in s.casualties if c.location])


def _place_context(a: ArticleSummary) -> str:
    """The words a place's kind is read from: the article when the input carries it, else the
    summary's own quotes (every evidence quote) and its one-line summary."""
    if a.text:
        return a.text
    s = a.summary
    quotes = [e.quote for c in s.casualties for e in c.evidence]
    quotes += [e.quote for t in s.timeline for e in t.evidence]
    quotes += [e.quote for x in s.locations for e in x.evidence]
    return "\n".join([s.summary, *quotes])


def place_infos(members: Sequence[ArticleSummary], names: Sequence[str]) -> list[PlaceInfo]:
    """Each place's GED where_prec (``evidence.places.place_precision``): the most precise
    reading any member article supports, from the place's own words or what that article calls
    it; ``figure_place`` when a casualty figure's sentence names it."""
    out = []
    for name in names:
        key = base_key(name)
        best: tuple[int | None, str] = (None, "")
        figure = False
        for a in members:
            named = [x.name for x in a.summary.locations if base_key(x.name) == key]
            named += [c.location for c in a.summary.casualties if c.location and base_key(c.location) == key]
            if not named:
                continue
            figure = figure or any(c.location and base_key(c.location) == key for c in a.summary.casualties)
            ctx = _place_context(a)
            for n in dict.fromkeys(named):
                prec, rule = place_precision(n, ctx)
                if prec is not None and (best[0] is None or prec < best[0]):
                    best = (prec, f"{rule}; {a.id}")
                elif best[0] is None and not best[1]:
                    best = (None, rule)
        out.append(PlaceInfo(name=name, where_prec=best[0], rule=best[1], figure_place=figure))
    return out


def _parties(a: ArticleSummary) -> set[str]:
    return _names([p.name for p in a.summary.parties])


def _sources(a: ArticleSummary) -> set[str]:
    """Every form of every source the article cites (an acronym and its long form meet)."""
    names = [s.name for s in a.summary.sources] + [c.reported_by for c in a.summary.casualties if c.reported_by]
    return {f for n in names for f in forms(n) if len(f) > 2}


def _link(a: ArticleSummary, b: ArticleSummary) -> tuple[float, str]:
    """Score (0-1) and reason for two articles reporting one event (auto grouping rule)."""
    da, db = _article_date(a), _article_date(b)
    gap = abs((da - db).days) if da and db else None
    if gap is not None and gap > DATE_WINDOW_DAYS:
        return 0.0, f"{gap} days apart (window {DATE_WINDOW_DAYS})"
    pa, pb = _places(a), _places(b)
    qa, qb = _parties(a), _parties(b)
    sa, sb = _sources(a), _sources(b)
    shared_p = sorted(pa & pb)
    shared_q = sorted(qa & qb)
    shared_s = sorted(sa & sb)
    jp = len(shared_p) / len(pa | pb) if pa | pb else 0.0
    jq = len(shared_q) / len(qa | qb) if qa | qb else 0.0
    js = 1.0 if shared_s else 0.0
    near = 1.0 - (gap / (DATE_WINDOW_DAYS + 1)) if gap is not None else 0.5
    score = round(0.4 * jp + 0.15 * jq + 0.15 * js + 0.3 * near, 3)
    # a shared place is required; with one shared place, also a shared party or source, or at
    # most a day apart
    if not shared_p or (len(shared_p) == 1 and not shared_q and not shared_s and (gap is None or gap > 1)):
        score = min(score, MIN_SCORE - 0.01)
    when = f"{gap} day(s) apart" if gap is not None else "undated"
    reason = (
        f"{when}; places shared: {', '.join(shared_p) or 'none'}; parties shared: {', '.join(shared_q) or 'none'}; "
        f"sources shared: {', '.join(shared_s[:3]) or 'none'}"
    )
    return score, reason


def _group_auto(items: list[ArticleSummary]) -> list[tuple[list[ArticleSummary], Grouping]]:
    """Single-link grouping in date order: an article joins the group holding its best link
    when that link scores at least ``MIN_SCORE``; otherwise it starts a new group."""
    order = sorted(items, key=lambda a: (_article_date(a) or date.max, a.id))
    groups: list[tuple[list[ArticleSummary], list[tuple[float, str]]]] = []
    for a in order:
        best: tuple[float, int, str] = (0.0, -1, "")
        for gi, (members, _) in enumerate(groups):
            for m in members:
                sc, why = _link(a, m)
                if sc > best[0]:
                    best = (sc, gi, f"{a.id} ~ {m.id}: {why} (score {sc})")
        if best[1] >= 0 and best[0] >= MIN_SCORE:
            groups[best[1]][0].append(a)
            groups[best[1]][1].append((best[0], best[2]))
        else:
            groups.append(([a], []))
    out = []
    for members, links in groups:
        if links:
            weakest = min(s for s, _ in links)
            reason = "; ".join(r for _, r in links)
        else:
            weakest, reason = 1.0, "one article"
        out.append((members, Grouping(method="auto", score=weakest, reason=reason)))
    return out


def group_of(a: ArticleSummary) -> str:
    """The by-id group: the line's ``group`` field; else the id's folder (everything before
    the last '/'); else the id before its first '#'; else the whole id."""
    if a.group:
        return str(a.group)
    if "/" in a.id:
        return a.id.rsplit("/", 1)[0]
    if "#" in a.id:
        return a.id.split("#", 1)[0]
    return a.id


def _group_by_id(items: list[ArticleSummary]) -> list[tuple[list[ArticleSummary], Grouping]]:
    groups: dict[str, list[ArticleSummary]] = defaultdict(list)
    for a in items:
        groups[group_of(a)].append(a)
    return [
        (members, Grouping(method="by-id", score=1.0, reason=f"group {g!r} given by the user"))
        for g, members in groups.items()
    ]


# --------------------------------------------------------------------------- figures

_WHO = [
    ("civilians", re.compile(r"civilian|residents|villagers|inhabitants|non-combatant", re.I)),
    ("children", re.compile(r"child|minor|kids|boys|girls", re.I)),
    ("women", re.compile(r"\bwomen\b|\bwoman\b", re.I)),
    ("security forces", re.compile(r"security|police|officers|personnel|guards", re.I)),
    ("military", re.compile(r"soldier|servicem|service members|troops|military|army|officers", re.I)),
    ("fighters", re.compile(r"fighter|gunmen|militant|insurgent|rebel|militia|combatant", re.I)),
    ("men", re.compile(r"\bmen\b|\bmales?\b", re.I)),
]
_ALL = re.compile(r"^(?:|people|persons?|individuals|victims|dead|deaths|bodies|lives|others)$", re.I)


def _cite(a: ArticleSummary, path: str, evidence: list[Evidence], fallback: str) -> Citation:
    """A citation of an item of ``a``'s summary: its first evidence span (``fallback`` as the
    quote when it has none)."""
    ev = evidence[0] if evidence else None
    return Citation(
        article_id=a.document or a.id,
        chunk=a.chunk,
        published=a.published,
        path=path,
        quote=ev.quote if ev else fallback,
        start=ev.start if ev else None,
        end=ev.end if ev else None,
    )


def who_class(who: str) -> str:
    """'all' for people in general (or no group named); else the first matching group."""
    w = " ".join(who.split())
    if _ALL.match(w):
        return "all"
    for name, rx in _WHO:
        if rx.search(w):
            return name
    return base_key(w) or "all"


_DOUBT = {"disputed": 3, "unverified": 2, "reported": 1, "confirmed": 0}


def _floor(r: FigureReport) -> int | None:
    return r.low if r.low is not None else r.best


def _top(r: FigureReport) -> int | None:
    return r.high if r.high is not None else (r.best if r.best is not None else r.low)


def _vague(r: FigureReport) -> bool:
    return r.best is None and r.high is None and not any(ch.isdigit() for ch in r.phrase)


def _fmt(r: FigureReport) -> str:
    if r.best is not None and r.low == r.best == r.high:
        n = f"{r.best:,}"
    elif r.low is not None and r.high is None:
        n = f"{r.low:,}+"
    elif r.low is not None and r.high is not None:
        n = f"{r.low:,}-{r.high:,}"
    elif r.best is not None:
        n = f"~{r.best:,}"
    elif r.high is not None:
        n = f"<={r.high:,}"
    else:
        n = "?"
    return f"{r.id} {r.source_name}: {n} {r.who_class} ('{r.phrase}', {r.date or 'undated'})"


class _Builder:
    def __init__(self, members: list[ArticleSummary]) -> None:
        self.members = sorted(members, key=lambda a: (_article_date(a) or date.max, a.id))
        self.ix = SourceIndex()
        self.meta: dict[str, dict[str, Any]] = {}
        for a in self.members:
            for s in a.summary.sources:
                self.ix.add(s.name)
            for c in a.summary.casualties:
                for n in (c.reported_by, getattr(c, "via", None)):
                    if n:
                        self.ix.add(n)
            if a.outlet:
                self.ix.add(a.outlet)
        self.ix.finish()

    # sources ---------------------------------------------------------------------------
    def sources(self, reports: list[FigureReport]) -> list[SourceEntry]:
        entries: dict[str, SourceEntry] = {}
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        for a in self.members:
            for s in a.summary.sources:
                k = self.ix.key(s.name)
                name, aliases = self.ix.display(k)
                e = entries.setdefault(k, SourceEntry(key=k, name=name, aliases=aliases))
                kinds[k][s.kind] += 1
                e.party_to_conflict = e.party_to_conflict or s.party_to_conflict
                if a.id not in e.articles:
                    e.articles.append(a.id)
        for r in reports:
            e2 = entries.get(r.source)
            if e2 is None:
                continue
            for v in r.via:
                if v not in e2.relayed_by:
                    e2.relayed_by.append(v)
            for c in r.seen_in:
                if c.article_id not in e2.articles:
                    e2.articles.append(c.article_id)
        for k, e in entries.items():
            if kinds[k]:
                e.kind = kinds[k].most_common(1)[0][0]  # type: ignore[assignment]
        return sorted(entries.values(), key=lambda e: (-len(e.articles), e.name))

    # figures ---------------------------------------------------------------------------
    def _source_of(self, a: ArticleSummary, c: Casualty) -> tuple[str, str, list[str]]:
        via_raw = getattr(c, "via", None)
        chain_names = [n for n in (via_raw, a.outlet) if n]
        if c.reported_by:
            key = self.ix.key(c.reported_by)
            name = self.ix.display(key)[0]
        elif chain_names:  # the relaying outlet speaks for itself
            key = self.ix.key(chain_names[-1])
            name = self.ix.display(key)[0]
        else:
            key, name = f"unattributed:{a.id}", f"unattributed ({a.id})"
        via: list[str] = []
        for n in chain_names:
            k = self.ix.key(n)
            if k != key:
                shown = self.ix.display(k)[0]
                if shown not in via:
                    via.append(shown)
        return key, name, via

    def reports(self) -> list[FigureReport]:
        by_key: dict[tuple[Any, ...], FigureReport] = {}
        order: list[FigureReport] = []
        for a in self.members:
            for i, c in enumerate(a.summary.casualties):
                key, name, via = self._source_of(a, c)
                cls = who_class(c.who)
                cite = _cite(a, f"casualties[{i}]", c.evidence, "")
                k = (key, c.outcome, cls, c.low, c.best, c.high is None and c.best is None)
                r = by_key.get(k)
                if r is None:
                    r = FigureReport(
                        id="",
                        source=key,
                        source_name=name,
                        outcome=c.outcome,
                        who=c.who,
                        who_class=cls,
                        low=c.low,
                        best=c.best,
                        high=c.high,
                        phrase=c.phrase,
                        status=c.status,
                        date=a.published,
                    )
                    by_key[k] = r
                    order.append(r)
                else:
                    if c.high is not None and (r.high is None or c.high < r.high):
                        r.high = c.high  # "34" and "at least 34" from one source: the tighter words
                    if _DOUBT[c.status] > _DOUBT[r.status]:
                        r.status = c.status
                    if a.published and (r.date is None or a.published < r.date):
                        r.date = a.published
                r.seen_in.append(cite)
                for v in via:
                    if v not in r.via:
                        r.via.append(v)
        order.sort(key=lambda r: (r.source_name.lower(), r.outcome, r.who_class, r.date or "9999", _floor(r) or 0))
        for n, r in enumerate(order, 1):
            r.id = f"R{n}"
            places = sorted({c.article_id + (f" chunk {c.chunk}" if c.chunk else "") for c in r.seen_in})
            if len(places) > 1:
                r.notes.append(f"the same report in {len(places)} places ({', '.join(places)}): counted once")
        self._supersede(order)
        return order

    def _supersede(self, reports: list[FigureReport]) -> None:
        chains: dict[tuple[str, str, str], list[FigureReport]] = defaultdict(list)
        for r in reports:
            if _floor(r) is None and _top(r) is None:
                r.role = "no-number"
                r.notes.append("the words state no number ('a number of', 'many')")
                continue
            chains[(r.source, r.outcome, r.who_class)].append(r)
        for chain in chains.values():
            chain.sort(key=lambda r: (r.date or "", _floor(r) or _top(r) or 0))
            # vague words ("civilians were killed", "dozens") never replace a stated number
            numeric = [r for r in chain if not _vague(r)]
            latest = numeric[-1] if numeric else chain[-1]
            for r in chain:
                if r is latest:
                    continue
                if _vague(r) and numeric and (r.date or "") >= (latest.date or ""):
                    r.role = "part"
                    r.notes.append(f"vague words; the source's stated figure {latest.id} says more")
                    r.superseded_by = latest.id
                    continue
                same_article = {c.article_id for c in r.seen_in} & {c.article_id for c in latest.seen_in}
                if r.date == latest.date and same_article:
                    r.role = "part"
                    r.notes.append(
                        f"the same article gives {latest.id}, a larger figure for the same group: a part of it"
                    )
                else:
                    r.role = "superseded"
                    r.notes.append(f"superseded by {latest.id} ({latest.date or 'undated'}), the source's later figure")
                r.superseded_by = latest.id
            peak = max((_floor(r) or 0) for r in numeric or chain)
            if (_floor(latest) or 0) < peak:
                latest.notes.append("revised down: an earlier figure of this source was higher")

    # ranges ----------------------------------------------------------------------------
    def ranges(self, reports: list[FigureReport]) -> tuple[list[Reconciled], list[Dispute]]:
        out: list[Reconciled] = []
        disputes: list[Dispute] = []
        by_outcome: dict[str, list[FigureReport]] = defaultdict(list)
        for r in reports:
            if r.role == "current":
                by_outcome[r.outcome].append(r)
        for outcome in ("killed", "injured", "missing", "detained", "displaced"):
            current = by_outcome.get(outcome)
            if not current:
                continue
            self._overtake(current, reports)
            live = [r for r in current if r.role == "current"]
            rec, ds = _reconcile_outcome(outcome, live)
            out.append(rec)
            disputes.extend(ds)
        return out, disputes

    @staticmethod
    def _overtake(current: list[FigureReport], everything: list[FigureReport]) -> None:
        """A source's lower figure is overtaken (not a dispute) when another source reports a
        higher figure for the same group on a later day, or, for vague words, the same day;
        unless that other source had already published a higher figure before it (then the
        lower figure contradicts it knowingly: a dispute)."""
        for r in current:
            top = _top(r)
            if top is None:
                continue
            for o in current:
                fo = _floor(o)
                if o is r or o.source == r.source or o.who_class != r.who_class or fo is None or fo <= top:
                    continue
                knew = any(
                    x.source == o.source
                    and x.outcome == r.outcome
                    and x.who_class == r.who_class
                    and x.date is not None
                    and r.date is not None
                    and x.date < r.date
                    and (_floor(x) or 0) > top
                    for x in everything
                )
                if knew:
                    continue
                later = bool(o.date and r.date and o.date > r.date)
                same_day_vague = bool(o.date and r.date and o.date >= r.date and _vague(r) and not _vague(o))
                if later or same_day_vague:
                    r.role = "overtaken"
                    why = "a later day" if later else "the same day, in numbers where this one has vague words"
                    r.notes.append(f"overtaken by {o.id} ({o.source_name}, {o.date}): a higher figure on {why}")
                    break

    # timeline --------------------------------------------------------------------------
    def timeline(self) -> list[MergedTimelineEntry]:
        from rapidfuzz import fuzz

        merged: list[MergedTimelineEntry] = []
        for a in self.members:
            for i, t in enumerate(a.summary.timeline):
                cite = _cite(a, f"timeline[{i}]", t.evidence, t.event)
                hit = None
                for m in merged:
                    if m.date != t.date:
                        continue
                    sim = fuzz.token_set_ratio(normalize(m.event), normalize(t.event))
                    same_place = bool(m.location and t.location and base_key(m.location) == base_key(t.location))
                    if sim >= 85 or (same_place and sim >= 60):
                        hit = m
                        break
                if hit is None:
                    merged.append(
                        MergedTimelineEntry(
                            date=t.date,
                            date_precision=t.date_precision,
                            when=t.when,
                            event=t.event,
                            location=t.location,
                            citations=[cite],
                        )
                    )
                elif all(
                    c.article_id != cite.article_id or c.chunk != cite.chunk or c.path != cite.path
                    for c in hit.citations
                ):
                    hit.citations.append(cite)
        merged.sort(key=lambda m: (m.date is None, m.date or "", m.citations[0].published or ""))
        return merged

    def event(self, eid: str, grouping: Grouping) -> Event:
        reports = self.reports()
        ranges, disputes = self.ranges(reports)
        timeline = self.timeline()
        places: Counter[str] = Counter()
        parties: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for a in self.members:
            for p in {base_key(x.name): x.name for x in a.summary.locations}.items():
                places[p[0]] += 1
                shown.setdefault(p[0], p[1])
            for q in {base_key(x.name): x.name for x in a.summary.parties}.items():
                parties[q[0]] += 1
                shown.setdefault(q[0], q[1])
        days = sorted((t.date, t.date_precision) for t in timeline if t.date and t.date_precision == "day") or sorted(
            (a.published, "day") for a in self.members if a.published
        )
        return Event(
            id=eid,
            title=self.members[0].summary.summary if self.members else "",
            date_start=days[0][0] if days else None,
            date_end=days[-1][0] if days else None,
            date_precision=days[0][1] if days else "unknown",
            places=[shown[k] for k, _ in places.most_common()],
            place_info=place_infos(self.members, [shown[k] for k, _ in places.most_common()]),
            parties=[shown[k] for k, _ in parties.most_common()],
            grouping=grouping,
            articles=[
                ArticleInfo(
                    id=a.id,
                    published=a.published,
                    outlet=a.outlet,
                    summary=a.summary.summary,
                    figures=len(a.summary.casualties),
                )
                for a in self.members
            ],
            sources=self.sources(reports),
            figures=reports,
            ranges=ranges,
            disputes=disputes,
            timeline=timeline,
        )


def _floor_of(rs: list[FigureReport]) -> FigureReport | None:
    """The report with the lowest floor (None: no report has one)."""
    with_floor = [r for r in rs if _floor(r) is not None]
    return min(with_floor, key=lambda r: _floor(r) or 0) if with_floor else None


def _top_of(rs: list[FigureReport]) -> FigureReport | None:
    """The report with the highest top, an open one first at equal tops (None: none has one)."""
    with_top = [r for r in rs if _top(r) is not None]
    return max(with_top, key=lambda r: (_top(r) or 0, r.high is None)) if with_top else None


def _class_disputes(outcome: str, cls: str, rs: list[FigureReport]) -> tuple[list[FigureReport], Dispute | None]:
    """The reports of one class that contradict each other (one source's floor above another
    source's cap), and their dispute (None: none)."""
    bounded = [r for r in rs if r.high is not None or r.best is not None]
    bad: list[FigureReport] = []
    for r in bounded:
        cap = r.high if r.high is not None else r.best
        for o in rs:
            fo = _floor(o)
            if o is not r and o.source != r.source and fo is not None and cap is not None and fo > cap:
                for x in (r, o):
                    if x not in bad:
                        bad.append(x)
    if not bad:
        return bad, None
    note = f"{cls}: " + "; ".join(_fmt(x) for x in bad)
    return bad, Dispute(outcome=outcome, reports=[x.id for x in bad], note=note)  # type: ignore[arg-type]


@dataclass
class _Range:
    """The range of one outcome as it is built, the main group first, then the others."""

    outcome: str
    main_rs: list[FigureReport]
    main_bad: list[FigureReport]  # the main group's disputed reports (and parts above its total)
    disputes: list[Dispute]
    basis: list[FigureReport]
    rule: list[str]
    lo_r: FigureReport | None
    low: int | None
    hi_r: FigureReport | None  # the main group's top
    high_r: FigureReport | None

    def raise_high(self, rs: list[FigureReport]) -> None:
        t = _top_of(rs)
        if t is not None and (self.high_r is None or (_top(t) or 0) > (_top(self.high_r) or 0)):
            self.high_r = t


def _main_range(outcome: str, main: str, main_rs: list[FigureReport]) -> _Range:
    main_bad, dispute = _class_disputes(outcome, main, main_rs)
    lo_r = _floor_of(main_rs)
    hi_r = _top_of(main_rs)
    rule = [
        f"main group '{main}': the lowest current figure of {len(main_rs)} source(s) is the conservative low "
        "(ACLED), the highest the high (Every Casualty: the range spans the sources)"
    ]
    return _Range(
        outcome=outcome,
        main_rs=main_rs,
        main_bad=main_bad,
        disputes=[dispute] if dispute else [],
        basis=list(main_rs),
        rule=rule,
        lo_r=lo_r,
        low=_floor(lo_r) if lo_r else None,
        hi_r=hi_r,
        high_r=hi_r,
    )


def _add_part(r: _Range, cls: str, rs: list[FigureReport]) -> None:
    """Another group (a part of the whole): a larger floor raises the low; a floor above the
    main group's closed total is a dispute."""
    _, dispute = _class_disputes(r.outcome, cls, rs)
    if dispute:
        r.disputes.append(dispute)
    r.basis.extend(rs)
    f = _floor_of(rs)
    fv = _floor(f) if f else None
    if f is None or fv is None:
        return
    main_cap = None if (r.hi_r is None or r.hi_r.high is None) else r.hi_r.high
    if main_cap is not None and fv > main_cap:
        r.disputes.append(
            Dispute(
                outcome=r.outcome,  # type: ignore[arg-type]
                reports=[f.id] + ([r.hi_r.id] if r.hi_r else []),
                note=f"{_fmt(f)} is more than the total {_fmt(r.hi_r) if r.hi_r else ''} gives for everyone",
            )
        )
        r.main_bad.append(f)
        r.raise_high(rs)
        return
    if r.low is None or fv > r.low:
        r.low, r.lo_r = fv, f
        r.rule.append(f"'{cls}' ({f.id}, {fv:,}) is a part of the whole and larger: it raises the low")
    r.raise_high(rs)


def _best(r: _Range, high: int | None, high_open: bool) -> int | None:
    """The one number every current report of the main group states or allows (None: none)."""
    stated = {x.best for x in r.main_rs if x.best is not None}
    if len(stated) != 1 or r.main_bad:
        return None
    b = stated.pop()
    contains = all((_floor(x) or 0) <= b and (x.high is None or x.high >= b) for x in r.main_rs)
    if contains and (r.low is None or b >= r.low) and (high is None or high_open or b <= high):
        return b
    return None


def _reconcile_outcome(outcome: str, live: list[FigureReport]) -> tuple[Reconciled, list[Dispute]]:
    """The range for one outcome from the current reports (rules in the package docstring)."""
    classes: dict[str, list[FigureReport]] = defaultdict(list)
    for x in live:
        classes[x.who_class].append(x)
    main = "all" if "all" in classes else max(classes, key=lambda c: _floor(_floor_of(classes[c]) or live[0]) or 0)
    r = _main_range(outcome, main, classes[main])
    for cls, rs in classes.items():
        if cls != main:
            _add_part(r, cls, rs)
    high = _top(r.high_r) if r.high_r else None
    high_open = bool(r.high_r and r.high_r.high is None)
    if high is not None and r.low is not None and high < r.low:
        high, high_open = r.low, True
    best = _best(r, high, high_open)
    if best is not None:
        r.rule.append(f"best {best:,}: every current report of the main group states or allows it")
    else:
        r.rule.append("no best: the sources state no single number they all support")
    if r.main_bad:
        r.rule.append("disputed: see disputes; the conservative figure is kept, the others widen the range")
    reconciled = Reconciled(
        outcome=outcome,  # type: ignore[arg-type]
        low=r.low,
        best=best,
        high=high,
        high_open=high_open,
        basis=[x.id for x in r.basis],
        low_from=r.lo_r.id if r.lo_r else None,
        high_from=r.high_r.id if r.high_r else None,
        sources=sorted({x.source for x in r.basis}),
        disputed=bool(r.main_bad),
        rule="; ".join(r.rule),
        citations=[c for x in r.basis for c in x.seen_in],
    )
    return reconciled, r.disputes


def reconcile(summaries: Iterable[Any], group: GroupMode = "auto", *, notes: list[str] | None = None) -> EventReport:
    """Reconcile summaries of articles into events (see the package docstring).

    Args:
        summaries: ``(article_id, published, Summary)`` tuples (a 4th item: the group),
            ``ArticleSummary`` items, batch lines (dicts) or bare ``Summary`` objects.
        group: ``"auto"`` (dates, places, parties) or ``"by-id"`` (``group`` field, else the
            id's folder, else the id before '#').

    Raises:
        InputError: an input is not a summary, an id repeats, or ``group`` is unknown.
    """
    if group not in ("auto", "by-id"):
        raise InputError(f"group must be 'auto' or 'by-id', got {group!r}")
    items = as_items(summaries)
    groups = _group_auto(items) if group == "auto" else _group_by_id(items)
    events = []
    for n, (members, grouping) in enumerate(groups, 1):
        eid = group_of(members[0]) if group == "by-id" else f"E{n}"
        events.append(_Builder(members).event(eid, grouping))
    events.sort(key=lambda e: (e.date_start or "9999", e.id))
    return EventReport(grouping=group, articles=len(items), events=events, notes=list(notes or []))
