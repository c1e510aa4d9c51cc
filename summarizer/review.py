"""The review page: one self-contained HTML file per summary, for editors and fact-checkers.

``render_review(summary, article)`` returns the page: the article with every evidence span
highlighted by kind (casualty figure, source, party, place, timeline date), the number words
of each figure and the time words of each date emphasised, and beside it the casualty table,
totals, sources, parties, places, timeline, checks and provenance. A row and its words are
linked both ways (click a row: its spans are marked and scrolled to; click a highlight: the
items that cite it are listed). ``build_report(out_jsonl, out_dir)`` turns a batch output into
an index page (one row per article, filters by status) and one such page per article.

Rules the page keeps:

* **Offsets are the JSON's.** The article is cut at every span boundary (``article[start:end]``
  of each evidence item, never a search for the quote), so overlapping spans split into
  segments, each carrying the list of items that cover it. A quote whose offsets do not slice
  to it (another version of the article) is flagged, never moved.
* **Untrusted text.** The article and every model string are escaped with
  ``html.escape(quote=True)``; the data the script reads is a ``<script
  type="application/json">`` block with ``<``, ``>`` and ``&`` written as ``\\u003c``...; a
  Content-Security-Policy forbids every script but the page's own (by its sha256), every
  request (``default-src 'none'``) and images other than ``data:``.
* **Self-contained.** Inline CSS and JS, system fonts, no request at view time; works from
  ``file://``; prints (``@media print``); stacks to one column on a phone.
* **Accessible.** Rows and highlights are buttons or ``tabindex=0`` with Enter/Space; visible
  focus; the Okabe-Ito colour-blind-safe palette, and a second cue that is not colour (one
  underline style and one letter per kind: F, S, P, L, T), explained in the legend.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError, OutputError, SummarizerError, one_line
from .schema import CasualtyTotal, Evidence, Finding, Summary

__all__ = ["KINDS", "build_report", "page_name", "render_review"]

#: kind key → (legend label, item letter, colour of the Okabe-Ito palette)
KINDS: dict[str, tuple[str, str, str]] = {
    "cas": ("casualty figure", "F", "#D55E00"),  # vermillion
    "date": ("timeline date", "T", "#E69F00"),  # orange
    "src": ("source", "S", "#0072B2"),  # blue
    "pty": ("party", "P", "#CC79A7"),  # reddish purple
    "plc": ("place", "L", "#009E73"),  # bluish green
}
_ORDER = list(KINDS)  # a segment's background is its first kind in this order
_SECTION = {"casualties": "c", "sources": "s", "parties": "p", "locations": "l", "timeline": "t"}
_KIND_OF = {"c": "cas", "s": "src", "p": "pty", "l": "plc", "t": "date"}
_PATH = re.compile(r"^(casualties|sources|parties|locations|timeline|casualty_totals)\[(\d+)\]")


def esc(value: object) -> str:
    """Untrusted text as HTML text or attribute value."""
    return html.escape(str(value), quote=True)


def _text(value: str) -> str:
    # a CR survives only as a character reference (the HTML parser turns CR LF into LF), so the
    # page's text is the article's, character for character
    return html.escape(value, quote=True).replace("\r", "&#13;")


def _json_for_script(data: object) -> str:
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@lru_cache(maxsize=8)
def _sha256(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def csp(script: str) -> str:
    """The Content-Security-Policy of a page whose one executable script is ``script``."""
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_sha256(script)}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def page(title: str, body: str, script: str = "", data: object = None) -> str:
    """A self-contained page in the review page's style: ``body`` is HTML the caller escaped,
    ``script`` the page's one inline script (allowed by its hash in the CSP), ``data`` JSON for
    it. Other views (the event report) use it too."""
    return _page(title, body, script, data)


def _page(title: str, body: str, script: str, data: object) -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp(script))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n"
        f'<script type="application/json" id="review-data">{_json_for_script(data)}</script>\n'
        f"<script>{script}</script>\n</body></html>\n"
    )


# --------------------------------------------------------------------------- words


def readable_range(low: int | None, best: int | None, high: int | None) -> str:
    """low/best/high as words: 'at least 131', '24–30 (best 27)', 'at most 30', 'about 40',
    '12', or 'no number' (vague words such as 'a number of')."""
    if low is None and high is None:
        return f"about {best:,}" if best is not None else "no number"
    if high is None:
        core = f"at least {low:,}"
    elif low is None:
        core = f"at most {high:,}"
    elif low == high:
        core = f"{low:,}"
    else:
        core = f"{low:,}–{high:,}"
    if best is not None and not (low == high == best):
        core += f" (best {best:,})"
    return core


def _lbh(low: int | None, best: int | None, high: int | None) -> str:
    def v(x: int | None) -> str:
        return "–" if x is None else f"{x:,}"

    return "".join(f"<span>{k} {v(x)}</span>" for k, x in (("low", low), ("best", best), ("high", high)))


_NORM = re.compile(r"\W+")


def _same_words(a: str, b: str) -> bool:
    return _NORM.sub("", a.casefold()) == _NORM.sub("", b.casefold())


def _first_line(article: str | None) -> str:
    for line in (article or "").splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 160 else line[:157].rsplit(" ", 1)[0] + "…"
    return ""


# --------------------------------------------------------------------------- spans


@dataclass
class _Span:
    start: int
    end: int
    item: str  # 'c0'
    key: str  # 'c0.0': item and evidence index
    kind: str


@dataclass
class _Item:
    id: str
    kind: str
    label: str  # 'F1'
    text: str  # a short description for the "cited by" bar
    spans: list[tuple[int, int]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # quotes not in the article (or no article)
    mismatch: list[str] = field(default_factory=list)  # offsets that do not slice to the quote


def _collect(s: Summary, article: str | None) -> tuple[dict[str, _Item], list[_Span], list[tuple[int, int, str]]]:
    """Every item with evidence, its spans in the article, and the emphasised sub-spans
    (number words of figures, time words of dates)."""
    from .render import find_words

    n = len(article) if article is not None else -1
    items: dict[str, _Item] = {}
    spans: list[_Span] = []
    emph: list[tuple[int, int, str]] = []
    groups: list[tuple[str, list[Any]]] = [
        ("casualties", s.casualties),
        ("timeline", s.timeline),
        ("sources", s.sources),
        ("parties", s.parties),
        ("locations", s.locations),
    ]
    for section, rows in groups:
        prefix = _SECTION[section]
        kind = _KIND_OF[prefix]
        letter = KINDS[kind][1]
        for i, row in enumerate(rows):
            iid = f"{prefix}{i}"
            item = _Item(iid, kind, f"{letter}{i + 1}", _describe(section, row))
            items[iid] = item
            evs: list[Evidence] = row.evidence
            for j, ev in enumerate(evs):
                if article is None or ev.start is None or ev.end is None or not (0 <= ev.start < ev.end <= n):
                    item.missing.append(ev.quote)
                    continue
                a, b = ev.start, ev.end
                piece = article[a:b]
                if not _same_words(piece, ev.quote):
                    item.mismatch.append(f"{a}–{b}")
                item.spans.append((a, b))
                spans.append(_Span(a, b, iid, f"{iid}.{j}", kind))
                words = row.phrase if section == "casualties" else row.when if section == "timeline" else ""
                if words:
                    hit = find_words(piece, words)
                    if hit:
                        emph.append((a + hit[0], a + hit[1], "num" if section == "casualties" else "tw"))
    return items, spans, emph


def _describe(section: str, row: Any) -> str:
    from .render import clean

    if section == "casualties":
        who = f" {row.who}" if row.who else ""
        return clean(f"{row.outcome}: {readable_range(row.low, row.best, row.high)}{who} (“{row.phrase}”)")
    if section == "timeline":
        return clean(f"{row.date or 'date unresolved'} ({row.when})")
    if section == "sources":
        return clean(f"{row.name} ({row.kind.replace('_', ' ')})")
    if section == "parties":
        return clean(f"{row.name} ({row.kind.replace('_', ' ')})")
    return clean(str(row.name))


def _article_html(article: str, items: dict[str, _Item], spans: list[_Span], emph: list[tuple[int, int, str]]) -> str:
    """The article cut at every span and emphasis boundary; each highlighted segment is a
    ``<mark>`` listing the items (``data-items``) and evidence keys (``data-ev``) covering it."""
    bounds = sorted(
        {0, len(article), *(p for sp in spans for p in (sp.start, sp.end)), *(p for e in emph for p in e[:2])}
    )
    starts: dict[int, list[_Span]] = {}
    for sp in spans:
        starts.setdefault(sp.start, []).append(sp)
    estarts: dict[int, list[tuple[int, int, str]]] = {}
    for e in emph:
        estarts.setdefault(e[0], []).append(e)
    active: list[_Span] = []
    eactive: list[tuple[int, int, str]] = []
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        active = [sp for sp in active if sp.end > a] + starts.get(a, [])
        eactive = [e for e in eactive if e[1] > a] + estarts.get(a, [])
        piece = _text(article[a:b])
        if eactive:
            cls = "num" if any(e[2] == "num" for e in eactive) else "tw"
            piece = f'<strong class="{cls}">{piece}</strong>'
        if not active:
            out.append(piece)
            continue
        kinds = sorted({sp.kind for sp in active}, key=_ORDER.index)
        ids = list(dict.fromkeys(sp.item for sp in active))
        keys = " ".join(dict.fromkeys(sp.key for sp in active))
        new = [items[sp.item].label for sp in starts.get(a, [])]
        for k in reversed(kinds[1:]):  # one underline per further kind (not colour alone)
            piece = f'<span class="u k-{k}">{piece}</span>'
        title = "; ".join(f"{items[i].label} {KINDS[items[i].kind][0]}" for i in ids)
        label = f' data-label="{esc(" ".join(dict.fromkeys(new)))}"' if new else ""
        out.append(
            f'<mark class="hl k-{kinds[0]}" tabindex="0" role="button" data-items="{" ".join(ids)}" '
            f'data-ev="{keys}" data-s="{a}" data-e="{b}"{label} title="{esc(title)}">{piece}</mark>'
        )
    return "".join(out)


# --------------------------------------------------------------------------- panels


def _go(iid: str, label: str, items: dict[str, _Item]) -> str:
    item = items.get(iid)
    if item is None:
        return esc(label)
    kind = item.kind
    where = "show in the article" if item.spans else "not in the article text"
    return (
        f'<button type="button" class="go k-{kind}" data-go="{iid}" aria-label="{esc(label)}: {where}">'
        f"{esc(label)}</button>"
    )


def _evidence_notes(item: _Item | None, with_quotes: bool) -> str:
    if item is None:
        return ""
    parts: list[str] = []
    if item.mismatch:
        parts.append(
            f'<p class="warn">⚠ the article text at offsets {esc(", ".join(item.mismatch))} differs from the '
            "quote (another version of the article?)</p>"
        )
    for q in item.missing:
        what = "quote" if with_quotes else "quote not found in the article"
        parts.append(f'<p class="quote"><span class="muted">{what}:</span> “{esc(q)}”</p>')
    return "".join(parts)


def _findings_for(iid: str, by_item: dict[str, list[Finding]], article: str | None) -> str:
    from .render import describe_message

    out = []
    for f in by_item.get(iid, []):
        icon = "✖" if f.severity == "error" else "⚠"
        out.append(
            f'<li class="f-{f.severity}"><span aria-hidden="true">{icon}</span> '
            f'<span class="sr">{f.severity}: </span>{esc(describe_message(f.message, article))}</li>'
        )
    return f'<ul class="findings">{"".join(out)}</ul>' if out else ""


_STATUS_ICON = {"reported": "•", "unverified": "?", "disputed": "⚑", "confirmed": "✓"}


def _casualty_rows(
    s: Summary, items: dict[str, _Item], by_item: dict[str, list[Finding]], article: str | None, no_text: bool
) -> str:
    from .render import clean

    src_kind = {x.name: x for x in s.sources}
    rows = []
    for i, c in enumerate(s.casualties):
        iid = f"c{i}"
        item = items[iid]
        src = src_kind.get(c.reported_by or "")
        by = esc(clean(c.reported_by)) if c.reported_by else '<span class="muted">no source named</span>'
        if src is not None:
            k = esc(src.kind.replace("_", " "))
            by += f' <span class="chip">{k}{" · party to the conflict" if src.party_to_conflict else ""}</span>'
        notes = "".join(f"<li>{esc(clean(n))}</li>" for n in c.notes)
        where = " · ".join(esc(clean(x)) for x in (c.location, c.when) if x)
        rows.append(
            f'<tr id="row-{iid}" data-row="{iid}">'
            f'<td data-th="">{_go(iid, item.label, items)}</td>'
            f'<td data-th="What"><b>{esc(c.outcome)}</b>{" " + esc(clean(c.who)) if c.who else ""}'
            f"{f'<div class=muted>{where}</div>' if where else ''}</td>"
            f'<td data-th="Number" class="n"><b>{esc(readable_range(c.low, c.best, c.high))}</b>'
            f'<div class="lbh">{_lbh(c.low, c.best, c.high)}</div></td>'
            f'<td data-th="Words">“<strong class="num">{esc(clean(c.phrase))}</strong>”</td>'
            f'<td data-th="Reported by">{by}</td>'
            f'<td data-th="Status"><span class="status st-{c.status}"><span aria-hidden="true">'
            f"{_STATUS_ICON.get(c.status, '•')}</span> {esc(c.status)}</span>"
            f"{f'<ul class=notes>{notes}</ul>' if notes else ''}{_findings_for(iid, by_item, article)}"
            f"{_evidence_notes(item, no_text)}</td></tr>"
        )
    if not rows:
        return '<p class="muted">No casualty figure.</p>'
    head = "".join(f"<th scope=col>{h}</th>" for h in ("", "What", "Number", "Words", "Reported by", "Status and why"))
    return f'<table class="t cas"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _totals(s: Summary, items: dict[str, _Item]) -> str:
    from .render import clean

    if not s.casualty_totals:
        return '<p class="muted">No total (no countable figure).</p>'
    out = []
    for t in s.casualty_totals:
        basis = " ".join(_go(f"c{b}", f"F{b + 1}", items) for b in t.basis if 0 <= b < len(s.casualties))
        out.append(
            f'<div class="total"><div class="big"><b>{esc(t.outcome)}</b>: {esc(_total_range(t))}</div>'
            f'<div class="muted">rests on {basis or "no figure"}</div>'
            f"<p>{esc(clean(t.note))}</p></div>"
        )
    return "".join(out)


def _total_range(t: CasualtyTotal) -> str:
    return readable_range(t.low, None, t.high)


def _simple_table(head: Iterable[str], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="muted">{empty}</p>'
    th = "".join(f"<th scope=col>{h}</th>" for h in head)
    return f'<table class="t"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


_NOWRAP = ' class="n"'


def _row(iid: str, items: dict[str, _Item], cells: list[tuple[str, str]], extra: str = "") -> str:
    """A table row for item ``iid``: its letter button, then ``cells``; ``extra`` (findings,
    evidence notes) goes into the last cell."""
    cells = [*cells[:-1], (cells[-1][0], cells[-1][1] + extra)]
    tds = "".join(f'<td data-th="{h}"{_NOWRAP if h == "Date" else ""}>{v}</td>' for h, v in cells)
    return f'<tr id="row-{iid}" data-row="{iid}"><td data-th="">{_go(iid, items[iid].label, items)}</td>{tds}</tr>'


def _sources(s: Summary, items: dict[str, _Item], by_item: dict[str, list[Finding]], art: str | None, nt: bool) -> str:
    from .render import clean

    rows = []
    for i, src in enumerate(s.sources):
        iid = f"s{i}"
        figs = " ".join(
            _go(f"c{k}", f"F{k + 1}", items) for k, c in enumerate(s.casualties) if c.reported_by == src.name
        )
        party = "yes: speaks for a side" if src.party_to_conflict else "no"
        notes = "".join(f"<li>{esc(clean(n))}</li>" for n in src.reliability_notes)
        aliases = esc(", ".join(clean(a) for a in src.aliases))
        also = f' <span class="muted">(also {aliases})</span>' if src.aliases else ""
        rows.append(
            _row(
                iid,
                items,
                [
                    ("Name", f"<b>{esc(clean(src.name))}</b>{also}"),
                    ("Kind", esc(src.kind.replace("_", " "))),
                    ("Party to the conflict", esc(party)),
                    ("Figures", figs or '<span class="muted">none</span>'),
                    (
                        "Reliability notes",
                        f"<ul class=notes>{notes}</ul>" if notes else '<span class="muted">none</span>',
                    ),
                ],
                _findings_for(iid, by_item, art) + _evidence_notes(items[iid], nt),
            )
        )
    return _simple_table(
        ("", "Name", "Kind", "Party to the conflict", "Figures", "Reliability notes"), rows, "No source."
    )


def _parties(s: Summary, items: dict[str, _Item], by_item: dict[str, list[Finding]], art: str | None, nt: bool) -> str:
    from .render import clean

    rows = []
    for i, p in enumerate(s.parties):
        iid = f"p{i}"
        aliases = ", ".join(clean(a) for a in p.aliases)
        rows.append(
            _row(
                iid,
                items,
                [
                    (
                        "Name",
                        f"<b>{esc(clean(p.name))}</b>"
                        + (f' <span class="muted">({esc(aliases)})</span>' if aliases else ""),
                    ),
                    ("Kind", esc(p.kind.replace("_", " "))),
                    ("Role", esc(clean(p.role)) or '<span class="muted">—</span>'),
                ],
                _findings_for(iid, by_item, art) + _evidence_notes(items[iid], nt),
            )
        )
    return _simple_table(("", "Name", "Kind", "Role"), rows, "No party.")


def _places(s: Summary, items: dict[str, _Item], by_item: dict[str, list[Finding]], art: str | None, nt: bool) -> str:
    from .render import clean

    rows = [
        _row(
            f"l{i}",
            items,
            [("Name", f"<b>{esc(clean(loc.name))}</b>")],
            _findings_for(f"l{i}", by_item, art) + _evidence_notes(items[f"l{i}"], nt),
        )
        for i, loc in enumerate(s.locations)
    ]
    return _simple_table(("", "Name"), rows, "No place.")


def _timeline(s: Summary, items: dict[str, _Item], by_item: dict[str, list[Finding]], art: str | None, nt: bool) -> str:
    from .render import clean, short_event

    rows = []
    for i, e in enumerate(s.timeline):
        iid = f"t{i}"
        date = f"<b>{esc(e.date)}</b>" if e.date else '<span class="muted">unresolved</span>'
        prec = f'<div class="muted">{esc(e.date_precision)} precision</div>' if e.date else ""
        rows.append(
            _row(
                iid,
                items,
                [
                    ("Date", date + prec),
                    ("As written", f'“<strong class="tw">{esc(clean(e.when))}</strong>”'),
                    ("Event", esc(short_event(e))),
                    ("Place", esc(clean(e.location)) if e.location else '<span class="muted">—</span>'),
                ],
                _findings_for(iid, by_item, art) + _evidence_notes(items[iid], nt),
            )
        )
    return _simple_table(("", "Date", "As written", "Event", "Place"), rows, "No dated event.")


def _checks(s: Summary, items: dict[str, _Item], article: str | None) -> str:
    from .render import describe_message, describe_path

    if not s.checks:
        return '<p class="muted">The checks found nothing to look at.</p>'
    rows = []
    for f in sorted(s.checks, key=lambda f: f.severity != "error"):
        iid = _item_of(f.path)
        where = esc(describe_path(f.path))
        if iid is not None and iid in items:
            where = f"{_go(iid, items[iid].label, items)} {where}"
        elif iid is not None and iid.startswith("tot"):
            where = f'<a href="#totals">{where}</a>'
        icon = "✖" if f.severity == "error" else "⚠"
        rows.append(
            f'<tr class="f-{f.severity}"><td data-th="Severity"><span class="sev sev-{f.severity}">'
            f'<span aria-hidden="true">{icon}</span> {esc(f.severity)}</span></td>'
            f'<td data-th="Code"><code>{esc(f.code)}</code></td><td data-th="Where">{where}</td>'
            f'<td data-th="What">{esc(describe_message(f.message, article))}</td></tr>'
        )
    head = "".join(f"<th scope=col>{h}</th>" for h in ("Severity", "Code", "Where", "What"))
    return f'<table class="t checks"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _item_of(path: str) -> str | None:
    m = _PATH.match(path)
    if not m:
        return None
    if m.group(1) == "casualty_totals":
        return f"tot{m.group(2)}"
    return f"{_SECTION[m.group(1)]}{m.group(2)}"


def _provenance(s: Summary) -> str:
    p = s.provenance
    if p is None:
        return '<p class="muted">No provenance recorded.</p>'
    u = p.usage
    created = p.created_at.isoformat() if isinstance(p.created_at, datetime) else str(p.created_at)
    pairs = [
        ("Provider", p.provider),
        ("Model", p.model),
        ("Prompt version", p.prompt_version),
        ("Schema version", p.schema_version),
        ("Attempts", f"{p.attempts} (1 + {max(0, p.attempts - 1)} re-ask{'s' if p.attempts != 2 else ''})"),
        ("Tokens", f"{u.prompt_tokens:,} in + {u.completion_tokens:,} out = {u.total_tokens:,}"),
        ("Cache", "answered from the cache or recorded fixtures" if p.cache_hit else "fresh model call"),
        ("Made", created),
        ("Published (dates resolved against)", p.published or "unknown"),
    ]
    return '<dl class="prov">' + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs) + "</dl>"


def _legend() -> str:
    keys = "".join(
        f'<li><mark class="hl k-{k} sample" data-label="{letter}">{esc(label)}</mark></li>'
        for k, (label, letter, _c) in KINDS.items()
    )
    return (
        '<ul class="legend" aria-label="Legend">'
        f'{keys}<li><strong class="num">number words</strong></li>'
        '<li><mark class="hl on sample">marked</mark></li></ul>'
    )


# --------------------------------------------------------------------------- the page


@dataclass
class _Review:
    """One review page's material: the summary, the article (None: not available), its items
    and highlight spans, and the findings per item."""

    s: Summary
    article: str | None
    items: dict[str, _Item]
    spans: list[_Span]
    emph: list[tuple[int, int, str]]
    by_item: dict[str, list[Finding]]

    @property
    def no_text(self) -> bool:
        return self.article is None


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def _counts(s: Summary) -> str:
    return (
        f"{_plural(len(s.casualties), 'figure')} · {_plural(len(s.sources), 'source')} · "
        f"{_plural(len(s.parties), 'party', 'parties')} · {_plural(len(s.locations), 'place')} · "
        f"{_plural(len(s.timeline), 'dated event')}"
    )


def _check_line(s: Summary) -> str:
    errors = sum(f.severity == "error" for f in s.checks)
    warnings = len(s.checks) - errors
    return (
        f'<a href="#checks" class="sev sev-error">✖ {errors} error finding{"s" * (errors != 1)}</a> '
        if errors
        else '<span class="sev sev-ok">✓ no error finding</span> '
    ) + (
        f'<a href="#checks" class="sev sev-warning">⚠ {warnings} warning{"s" * (warnings != 1)}</a>' if warnings else ""
    )


def _banners(r: _Review, missing_reason: str | None) -> str:
    mismatched = sum(bool(i.mismatch) for i in r.items.values())
    missing = sum(len(i.missing) for i in r.items.values()) if not r.no_text else 0
    banners = []
    if r.no_text:
        why = f" ({esc(missing_reason)})" if missing_reason else ""
        banners.append(
            f'<p class="banner">The article text is not available{why}: no highlights. Each item\'s quote is '
            "listed in its row.</p>"
        )
    if mismatched:
        banners.append(
            f'<p class="banner">⚠ {mismatched} item{"s" * (mismatched != 1)} whose offsets do not slice this text to '
            "their quote: this may not be the text that was summarised.</p>"
        )
    if missing:
        banners.append(
            f'<p class="banner">{missing} quote{"s" * (missing != 1)} not found in the article (see the rows).</p>'
        )
    return "".join(banners)


def _article_panel(r: _Review) -> str:
    if r.article is None:
        return ""
    return (
        '<section class="article" aria-labelledby="h-article">'
        '<div class="bar"><h2 id="h-article">Article</h2>'
        '<div id="cited" role="status" aria-live="polite" class="cited">'
        "Select a highlight to see which items cite it, or a row's letter to find its words.</div></div>"
        f'<div class="text" id="text">{_article_html(r.article, r.items, r.spans, r.emph)}</div></section>'
    )


def _panels(r: _Review) -> str:
    """The tables beside the article: figures, totals, sources, timeline, parties, places,
    checks, provenance."""
    s, items, by_item, art, nt = r.s, r.items, r.by_item, r.article, r.no_text
    return (
        f'<section id="figures"><h2>Casualty figures <span class="muted h-note">as reported; ranges derived by code '
        f"from the words; do not add them up</span></h2>{_casualty_rows(s, items, by_item, art, nt)}</section>"
        f'<section id="totals"><h2>Totals</h2>{_totals(s, items)}</section>'
        f'<section id="sources"><h2>Sources</h2>{_sources(s, items, by_item, art, nt)}</section>'
        f'<section id="timeline"><h2>Timeline</h2>{_timeline(s, items, by_item, art, nt)}</section>'
        f'<section id="parties"><h2>Parties</h2>{_parties(s, items, by_item, art, nt)}</section>'
        f'<section id="places"><h2>Places</h2>{_places(s, items, by_item, art, nt)}</section>'
        f'<section id="checks"><h2>Checks <span class="muted h-note">errors first</span></h2>'
        f"{_checks(s, items, art)}</section>"
        f'<section id="provenance"><h2>Provenance</h2>{_provenance(s)}</section>'
    )


def render_review(
    summary: Summary | Mapping[str, Any],
    article: str | None,
    *,
    title: str | None = None,
    nav: Iterable[tuple[str, str]] = (),
    missing_reason: str | None = None,
) -> str:
    """One self-contained HTML page reviewing ``summary`` against ``article`` (the text the
    summary's offsets slice). ``article`` None: the page has no article panel and says so
    (``missing_reason`` says why); every quote is listed in its row instead. ``nav``: links
    (label, relative href) shown at the top, e.g. back to a report's index."""
    s = summary if isinstance(summary, Summary) else Summary.model_validate(summary)
    from .render import clean

    items, spans, emph = _collect(s, article)
    by_item: dict[str, list[Finding]] = {}
    for f in s.checks:
        iid = _item_of(f.path)
        if iid is not None:
            by_item.setdefault(iid, []).append(f)
    r = _Review(s, article, items, spans, emph, by_item)
    heading = clean(title) if title else _first_line(article) or "Summary review"
    navs = " ".join(f'<a href="{esc(href)}">{esc(label)}</a>' for label, href in nav)
    body = (
        f'<header><nav class="nav">{navs}</nav><h1>{esc(heading)}</h1>'
        f'<p class="summary">{esc(clean(s.summary)) or "<span class=muted>(no summary sentence)</span>"}</p>'
        f'<p class="meta">{_counts(s)} · {_check_line(s)}</p>{_legend()}{_banners(r, missing_reason)}</header>'
        f'<main class="grid{" notext" if r.no_text else ""}">{_article_panel(r)}<div class="panels">'
        f"{_panels(r)}</div></main>"
    )
    data = {
        "items": {i.id: {"label": i.label, "kind": i.kind, "text": i.text, "spans": i.spans} for i in items.values()},
        "kinds": {k: v[0] for k, v in KINDS.items()},
    }
    return _page(heading, body, _REVIEW_JS, data)


# --------------------------------------------------------------------------- batch report


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def page_name(article_id: str) -> str:
    """A safe, unique file name for an article id: its letters, digits, '.', '_' and '-' (at
    most 60), then 10 hex digits of its sha256."""
    slug = _SAFE.sub("-", article_id).strip("-.")[-60:].strip("-.") or "article"
    return f"{slug}-{hashlib.sha256(article_id.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}.html"


def _load_texts(path: Path) -> dict[str, str]:
    """``{id: text}`` from a JSONL file of articles (the batch's input format)."""
    out: dict[str, str] = {}
    try:
        fh = path.open("r", encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"--articles {path}: cannot read ({exc.strerror or exc})") from None
    with fh:
        for line in fh:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("id"), str) and isinstance(rec.get("text"), str):
                out[rec["id"]] = rec["text"]
    return out


def _article_text(rec: Mapping[str, Any], articles: Path | None, texts: dict[str, str]) -> tuple[str | None, str]:
    """The text a batch line was summarised from, and why not when it cannot be found."""
    from .inputs import read_article

    if isinstance(rec.get("text"), str):
        return rec["text"], ""
    ident = str(rec["id"])
    if ident in texts:
        return texts[ident], ""
    candidates: list[Path] = []
    if articles is not None and articles.is_dir():
        rel = Path(ident)
        if not rel.is_absolute():
            candidates.append(articles / rel)
        candidates.append(articles / rel.name)
    candidates.append(Path(ident))
    reason = "the batch line has no text and its id is not a readable file"
    for p in candidates:
        try:
            if p.is_file():
                return read_article(p), ""
        except SummarizerError as exc:
            reason = f"the article file could not be read: {exc}"
        except (OSError, ValueError):
            continue
    return None, reason


@dataclass
class _Entry:
    id: str
    status: str  # clean | warnings | errors | failed
    page: str | None
    figures: int = 0
    totals: str = ""
    errors: int = 0
    warnings: int = 0
    codes: list[str] = field(default_factory=list)
    note: str = ""


def build_report(out_jsonl: str | Path, out_dir: str | Path, articles_dir: str | Path | None = None) -> Path:
    """An HTML report of a batch output file (``summarizer batch``'s JSONL): ``out_dir/index.html``
    (one row per article id, its last line: counts, totals, findings, failures with their
    reason; filters by status) and one review page per summarised article in
    ``out_dir/articles/``. The text of each article is the line's ``text`` when it has one,
    else read from ``articles_dir`` (a folder, or a JSONL file of ``{id, text}``) or from the
    id as a file path; without it the page has no article panel and says why. Returns the
    index path. Raises ``InputError`` (no such file, no batch line in it) and ``OutputError``
    (``out_dir`` cannot be written)."""
    from .batch import read_results

    src = Path(out_jsonl)
    if not src.is_file():
        raise InputError(f"{src}: no such file" if not src.exists() else f"{src}: not a file")
    records = read_results(src)
    if not records:
        raise InputError(f"{src}: no batch line in it (lines of {{id, ok, summary, error}})")
    articles = Path(articles_dir) if articles_dir is not None else None
    texts: dict[str, str] = {}
    if articles is not None:
        if articles.is_file():
            texts = _load_texts(articles)
        elif not articles.is_dir():
            raise InputError(f"--articles {articles}: no such file or folder")
    root = Path(out_dir)
    pages = root / "articles"
    try:
        pages.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {pages} ({exc.strerror or exc})") from None

    entries: list[_Entry] = []
    for ident, rec in records.items():
        entries.append(_report_one(ident, rec, articles, texts, pages))
    index = root / "index.html"
    _write(index, _index_html(src, entries))
    return index


def _report_one(
    ident: str, rec: Mapping[str, Any], articles: Path | None, texts: dict[str, str], pages: Path
) -> _Entry:
    if not rec.get("ok"):
        raw = rec.get("error")
        err: dict[str, Any] = raw if isinstance(raw, dict) else {}
        kind = str(err.get("kind") or "error")
        return _Entry(ident, "failed", None, note=f"{kind}: {one_line(err.get('message') or 'no reason given')}")
    try:
        s = Summary.model_validate(rec.get("summary"))
    except ValueError as exc:
        return _Entry(ident, "failed", None, note=f"unreadable summary: {one_line(exc, 200)}")
    text, why = _article_text(rec, articles, texts)
    name = page_name(ident)
    page = render_review(s, text, title=ident, nav=[("← all articles", "../index.html")], missing_reason=why or None)
    _write(pages / name, page)
    errors = sum(f.severity == "error" for f in s.checks)
    warnings = len(s.checks) - errors
    totals = "; ".join(f"{t.outcome} {_total_range(t)}" for t in s.casualty_totals)
    return _Entry(
        ident,
        "errors" if errors else "warnings" if warnings else "clean",
        f"articles/{name}",
        figures=len(s.casualties),
        totals=totals,
        errors=errors,
        warnings=warnings,
        codes=sorted({f.code for f in s.checks}),
        note="" if text is not None else "no article text: " + why,
    )


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
    except (OSError, UnicodeEncodeError) as exc:
        raise OutputError(f"cannot write {path} ({getattr(exc, 'strerror', None) or exc})") from None


_STATUS_WORDS = {
    "clean": ("✓", "no finding"),
    "warnings": ("⚠", "warnings"),
    "errors": ("✖", "error findings"),
    "failed": ("✖", "failed"),
}


def _index_html(src: Path, entries: list[_Entry]) -> str:
    counts = {k: sum(e.status == k for e in entries) for k in _STATUS_WORDS}
    rows = []
    for e in entries:
        icon, word = _STATUS_WORDS[e.status]
        name = f'<a href="{esc(e.page)}">{esc(e.id)}</a>' if e.page else esc(e.id)
        findings = ""
        if e.errors or e.warnings:
            findings = (
                f"{e.errors} error{'s' * (e.errors != 1)}, {e.warnings} warning{'s' * (e.warnings != 1)}"
                f'<div class="muted">{esc(", ".join(e.codes))}</div>'
            )
        rows.append(
            f'<tr data-status="{e.status}" data-id="{esc(e.id.casefold())}">'
            f'<td data-th="Article" class="id">{name}</td>'
            f'<td data-th="Status"><span class="status ix-{e.status}"><span aria-hidden="true">{icon}</span> '
            f"{word}</span></td>"
            f'<td data-th="Figures">{"" if e.status == "failed" else e.figures}</td>'
            f'<td data-th="Totals">{esc(e.totals)}</td><td data-th="Findings">{findings}</td>'
            f'<td data-th="Note">{esc(e.note)}</td></tr>'
        )
    buttons = [f'<button type="button" data-filter="all" aria-pressed="true">All ({len(entries)})</button>']
    buttons += [
        f'<button type="button" data-filter="{k}" aria-pressed="false">'
        f"{_STATUS_WORDS[k][1].capitalize()} ({n})</button>"
        for k, n in counts.items()
    ]
    head = "".join(f"<th scope=col>{h}</th>" for h in ("Article", "Status", "Figures", "Totals", "Findings", "Note"))
    body = (
        f'<header><h1>Batch report</h1><p class="meta">{esc(src.name)}: {len(entries)} article'
        f"{'s' * (len(entries) != 1)}; {counts['clean']} without finding, {counts['warnings']} with warnings, "
        f"{counts['errors']} with error findings, {counts['failed']} failed.</p></header>"
        '<main class="index"><div class="filters" role="group" aria-label="Filter by status">'
        f'{"".join(buttons)}<label>Article id <input type="search" id="q" autocomplete="off"></label>'
        '<span id="shown" role="status" aria-live="polite"></span></div>'
        f'<table class="t ix"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></main>'
    )
    return _page("Batch report: " + src.name, body, _INDEX_JS, {"total": len(entries)})


# --------------------------------------------------------------------------- CSS and scripts

_CSS = """
:root{--fg:#1b1b1b;--muted:#5b5b5b;--line:#d8d8d8;--bg:#fff;--panel:#f7f7f5;--focus:#0072B2;
--cas:#D55E00;--date:#E69F00;--src:#0072B2;--pty:#CC79A7;--plc:#009E73;--on:#F0E442}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
header{padding:14px 20px 10px;border-bottom:1px solid var(--line)}
h1{font-size:1.35rem;margin:.1em 0 .25em;line-height:1.25}
h2{font-size:1.02rem;margin:1.1em 0 .45em}
.h-note{font-weight:400;font-size:.82rem}
.summary{margin:.2em 0;font-size:1.02rem;max-width:75em}
.meta{margin:.3em 0;color:var(--muted);font-size:.88rem}
.muted{color:var(--muted);font-size:.86em}
.nav a{font-size:.88rem;margin-right:1em}
a{color:#005a8c}
.banner{background:#fff4e0;border-left:4px solid var(--date);padding:6px 10px;margin:8px 0;font-size:.9rem}
.legend{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.84rem}
.legend .sample{cursor:default}
.grid{display:grid;grid-template-columns:minmax(0,1fr);gap:0}
.article{padding:0 20px 16px;border-bottom:1px solid var(--line);background:var(--panel)}
.bar{position:sticky;top:0;z-index:2;background:var(--panel);padding:8px 0 6px;border-bottom:1px solid var(--line)}
.bar h2{margin:0 0 4px}
.cited{font-size:.86rem;min-height:2.4em}
.cited button{margin:2px 4px 2px 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/2.05 Georgia,"Times New Roman",serif;padding-top:8px}
.panels{padding:0 20px 30px;min-width:0}
@media (min-width:1000px){
 .grid{grid-template-columns:minmax(0,5fr) minmax(0,6fr)}
 .grid.notext{grid-template-columns:minmax(0,1fr)}
 .article{position:sticky;top:0;height:100vh;overflow:auto;border-bottom:0;border-right:1px solid var(--line)}
}
mark.hl{color:inherit;background:var(--hb);border-radius:2px;cursor:pointer;padding:1px 0;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
.hl,.u{text-decoration-line:underline;text-decoration-color:var(--c);text-decoration-thickness:2px;
 text-decoration-skip-ink:none}
.k-cas{--c:var(--cas);--hb:rgba(213,94,0,.17)}
.k-date{--c:var(--date);--hb:rgba(230,159,0,.09)}
.k-src{--c:var(--src);--hb:rgba(0,114,178,.15)}
.k-pty{--c:var(--pty);--hb:rgba(204,121,167,.24)}
.k-plc{--c:var(--plc);--hb:rgba(0,158,115,.18)}
.hl.k-cas,.u.k-cas{text-decoration-style:solid;text-underline-offset:3px;text-decoration-thickness:3px}
.hl.k-date,.u.k-date{text-decoration-style:wavy;text-underline-offset:5px;text-decoration-thickness:1.5px}
.hl.k-src,.u.k-src{text-decoration-style:double;text-underline-offset:3px;text-decoration-thickness:1.5px}
.hl.k-pty,.u.k-pty{text-decoration-style:dotted;text-underline-offset:4px;text-decoration-thickness:2.5px}
.hl.k-plc,.u.k-plc{text-decoration-style:dashed;text-underline-offset:4px}
mark.hl[data-label]::before{content:attr(data-label);display:inline-block;font:700 10px/1.3 system-ui,sans-serif;
 color:#fff;background:var(--c);border-radius:3px;padding:0 3px;margin-right:2px;vertical-align:.55em}
.k-date[data-label]::before,.k-pty[data-label]::before{color:#1b1b1b}
mark.hl.on{background:var(--on);box-shadow:inset 0 2px 0 #1b1b1b,inset 0 -2px 0 #1b1b1b}
strong.num{font-weight:700}
strong.tw{font-weight:600;font-style:italic}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
mark.hl:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.t{border-collapse:collapse;width:100%;font-size:.9rem}
.t th{text-align:left;font-weight:600;font-size:.8rem;color:var(--muted);border-bottom:2px solid var(--line);
 padding:4px 6px}
.t td{border-bottom:1px solid var(--line);padding:6px;vertical-align:top;overflow-wrap:break-word}
.t tr.row-on td{background:#fffbd6}
.t tr[data-row]{cursor:pointer}
button.go{font:700 .78rem/1 system-ui,sans-serif;min-width:2.4em;padding:5px 6px;border-radius:4px;cursor:pointer;
 border:2px solid var(--c);background:var(--hb);color:#1b1b1b}
button.go:hover{background:var(--c);color:#fff}
.lbh{font:11px/1.35 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.lbh span{display:block;white-space:nowrap}
td.n b{white-space:nowrap}
.chip{display:inline-block;font-size:.74rem;border:1px solid var(--line);border-radius:9px;padding:0 6px;
 color:var(--muted)}
.status{display:inline-block;font-weight:600;font-size:.82rem;border-radius:4px;padding:0 6px;border:1px solid}
.st-reported{color:#444}
.st-unverified{color:#8a3c00;background:#fff1e6}
.st-disputed{color:#7a1f5c;background:#fbeaf3}
.st-confirmed{color:#00604a;background:#e3f5ef}
ul.notes,ul.findings{margin:4px 0 0;padding-left:1.1em;font-size:.84rem}
ul.findings{list-style:none;padding-left:0}
.f-error{color:#a02800}
.f-warning{color:#6b4a00}
.sev{font-weight:600;font-size:.84rem;text-decoration:none;white-space:nowrap}
.sev-error{color:#a02800}.sev-warning{color:#6b4a00}.sev-ok{color:#00604a}
tr.f-error td{background:#fff3ee}
.warn{color:#a02800;font-size:.84rem;margin:4px 0}
.quote{font-size:.84rem;margin:4px 0}
.total{border:1px solid var(--line);border-left:4px solid var(--cas);border-radius:4px;padding:6px 10px;margin:0 0 8px}
.total .big{font-size:1.1rem}
.total p{margin:.3em 0 0;font-size:.86rem}
dl.prov{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;font-size:.88rem;margin:0}
dl.prov dt{color:var(--muted)}dl.prov dd{margin:0;overflow-wrap:anywhere}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.index{padding:10px 20px 30px}
.filters{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:4px 0 12px;font-size:.88rem}
.filters button{font:inherit;padding:4px 10px;border:1px solid #888;border-radius:14px;background:#fff;cursor:pointer}
.filters button[aria-pressed=true]{background:#1b1b1b;color:#fff;border-color:#1b1b1b}
.filters input{font:inherit;padding:3px 6px;margin-left:4px}
td.id{overflow-wrap:anywhere;max-width:28em}
.ix-clean{color:#00604a}.ix-warnings{color:#6b4a00}.ix-errors{color:#a02800}
.ix-failed{color:#fff;background:#a02800;border-color:#a02800}
@media (max-width:700px){
 header,.panels,.article,.index{padding-left:12px;padding-right:12px}
 .t thead{display:none}
 .t,.t tbody,.t tr,.t td{display:block;width:100%}
 .t tr{border-bottom:2px solid var(--line);padding:4px 0}
 .t td{border:0;padding:3px 4px}
 .t td[data-th]:not([data-th=""])::before{content:attr(data-th);display:inline-block;min-width:7.5em;
  font-size:.72rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;vertical-align:top}
 .t td .lbh,.t td .lbh span{display:inline;margin-right:.6em}
 .text{font-size:16px}
}
@media print{
 body{font-size:10.5pt}
 .grid{display:block}
 .article{position:static;height:auto;overflow:visible;background:none;border:0}
 .bar{position:static;border:0}
 .cited,.filters,.nav{display:none}
 .text{font-size:11pt;line-height:1.8}
 mark.hl.on{box-shadow:none}
 button.go{border:1px solid var(--c);padding:1px 3px}
 .t tr{break-inside:avoid}
 section{break-inside:auto}
 h2{break-after:avoid}
 a{color:inherit;text-decoration:none}
}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
"""

_REVIEW_JS = """
(function () {
"use strict";
var data = JSON.parse(document.getElementById("review-data").textContent);
var items = data.items || {};
var text = document.getElementById("text");
var cited = document.getElementById("cited");
var marked = [];
var smooth = !(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
function clear() {
  marked.forEach(function (el) { el.classList.remove("on"); el.classList.remove("row-on"); });
  marked = [];
}
function say(nodes) {
  if (!cited) { return; }
  while (cited.firstChild) { cited.removeChild(cited.firstChild); }
  nodes.forEach(function (n) { cited.appendChild(typeof n === "string" ? document.createTextNode(n) : n); });
}
function goButton(id) {
  var it = items[id];
  var b = document.createElement("button");
  b.type = "button";
  b.className = "go k-" + it.kind;
  b.setAttribute("data-row", id);
  b.textContent = it.label;
  b.title = "go to " + it.label + " in the tables";
  return b;
}
function markItem(id, scroll) {
  clear();
  var it = items[id];
  var row = document.getElementById("row-" + id);
  if (row) { row.classList.add("row-on"); marked.push(row); }
  if (!it) { return; }
  var els = text ? all("mark.hl", text).filter(function (m) {
    return (" " + m.getAttribute("data-items") + " ").indexOf(" " + id + " ") >= 0;
  }) : [];
  els.forEach(function (m) { m.classList.add("on"); marked.push(m); });
  if (els.length && scroll) { els[0].scrollIntoView({block: "center", behavior: smooth ? "smooth" : "auto"}); }
  var where = it.spans.map(function (s) { return s[0] + "\\u2013" + s[1]; }).join(", ");
  say([it.label + " " + (data.kinds[it.kind] || "") + ": " + it.text + " \\u2014 " +
       (els.length ? "marked in the article (offsets " + where + ")" : "not in the article text")]);
}
function showCited(mark) {
  var ids = (mark.getAttribute("data-items") || "").split(" ").filter(function (x) { return items[x]; });
  clear();
  mark.classList.add("on");
  marked.push(mark);
  var nodes = ["Cited by "];
  ids.forEach(function (id, k) {
    if (k) { nodes.push(" "); }
    nodes.push(goButton(id));
    nodes.push(" " + items[id].text);
  });
  nodes.push(" (offsets " + mark.getAttribute("data-s") + "\\u2013" + mark.getAttribute("data-e") + ")");
  say(nodes);
}
function goRow(id) {
  var row = document.getElementById("row-" + id);
  markItem(id, false);
  if (row) {
    row.scrollIntoView({block: "center", behavior: smooth ? "smooth" : "auto"});
    var b = row.querySelector("button.go");
    if (b) { b.focus({preventScroll: true}); }
  }
}
document.addEventListener("click", function (ev) {
  var t = ev.target;
  if (!(t instanceof Element)) { return; }
  var b = t.closest("[data-go]");
  if (b) { markItem(b.getAttribute("data-go"), true); return; }
  var r = t.closest("button[data-row]");
  if (r) { goRow(r.getAttribute("data-row")); return; }
  var m = t.closest("mark.hl");
  if (m && text && text.contains(m)) { showCited(m); return; }
  var row = t.closest("tr[data-row]");
  if (row && !t.closest("a,button")) { markItem(row.getAttribute("data-row"), true); }
});
document.addEventListener("keydown", function (ev) {
  var t = ev.target;
  if (ev.key === "Escape") { clear(); return; }
  if (!(t instanceof Element) || (ev.key !== "Enter" && ev.key !== " ")) { return; }
  if (t.matches("mark.hl") && text && text.contains(t)) { ev.preventDefault(); showCited(t); }
});
})();
"""

_INDEX_JS = """
(function () {
"use strict";
var rows = Array.prototype.slice.call(document.querySelectorAll("tbody tr[data-status]"));
var buttons = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
var q = document.getElementById("q");
var shown = document.getElementById("shown");
var current = "all";
function apply() {
  var needle = (q.value || "").toLowerCase();
  var n = 0;
  rows.forEach(function (r) {
    var ok = (current === "all" || r.getAttribute("data-status") === current) &&
             (!needle || r.getAttribute("data-id").indexOf(needle) >= 0);
    r.hidden = !ok;
    if (ok) { n += 1; }
  });
  buttons.forEach(function (b) {
    b.setAttribute("aria-pressed", b.getAttribute("data-filter") === current ? "true" : "false");
  });
  shown.textContent = n + " of " + rows.length + " shown";
}
buttons.forEach(function (b) {
  b.addEventListener("click", function () { current = b.getAttribute("data-filter"); apply(); });
});
q.addEventListener("input", apply);
apply();
})();
"""
