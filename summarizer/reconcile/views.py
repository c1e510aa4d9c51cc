"""Text and Markdown views of an event report: per event, the reconciled range and why, the
disputes, per source its figure history, and the merged timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from summarizer.render import clean, md_escape

from .model import Citation, Event, EventReport, FigureReport, Reconciled


def fmt_numbers(low: int | None, best: int | None, high: int | None, open_high: bool = False) -> str:
    """'34', '1,500+', '12-52 (best 30)', 'at most 30', '?'."""
    plus = "+" if open_high else ""
    if low is not None and high is not None and low == high and not open_high:
        return f"{low:,}"
    if low is not None and high is not None:
        core = f"{low:,}-{high:,}{plus}"
    elif low is not None:
        core = f"{low:,}+"
    elif high is not None:
        core = f"at most {high:,}"
    elif best is not None:
        return f"about {best:,}"
    else:
        return "?"
    return f"{core} (best {best:,})" if best is not None else core


def _figure(f: FigureReport) -> str:
    n = fmt_numbers(f.low, f.best, f.high, f.high is None and f.low is not None and f.best != f.low)
    if f.high is None and f.low is not None:
        n = f"{f.low:,}+" if f.best is None or f.best == f.low else n
    return n


def _cite(c: Citation) -> str:
    where = f"{c.article_id}" + (f" chunk {c.chunk}" if c.chunk else "")
    off = f" {c.start}-{c.end}" if c.start is not None else ""
    return f"{where} {c.path}{off}"


def _range_line(r: Reconciled) -> str:
    return f"{r.outcome}: {fmt_numbers(r.low, r.best, r.high, r.high_open)}" + (" (disputed)" if r.disputed else "")


def _histories(e: Event) -> dict[str, list[FigureReport]]:
    out: dict[str, list[FigureReport]] = defaultdict(list)
    for f in e.figures:
        out[f.source_name].append(f)
    return out


def to_text(report: EventReport) -> str:
    lines: list[str] = []
    for e in report.events:
        dates = e.date_start if e.date_start == e.date_end else f"{e.date_start} to {e.date_end}"
        lines.append(f"Event {e.id}: {clean(e.title)}")
        lines.append(f"  {len(e.articles)} article(s); {dates or 'undated'}; places: {', '.join(e.places[:6]) or '-'}")
        lines.append(f"  grouped ({e.grouping.method}, score {e.grouping.score}): {clean(e.grouping.reason)[:300]}")
        lines.append("")
        lines.append("  Reconciled figures")
        for r in e.ranges:
            lines.append(f"    {_range_line(r)}  [low from {r.low_from}, high from {r.high_from}]")
            lines.append(f"      why: {clean(r.rule)}")
            for c in r.citations[:8]:
                lines.append(f"      - {_cite(c)}: \u201c{clean(c.quote)[:160]}\u201d")
            if len(r.citations) > 8:
                lines.append(f"      ... {len(r.citations) - 8} more quote(s)")
        for d in e.disputes:
            lines.append(f"    disputed ({d.outcome}): {clean(d.note)}")
        lines.append("")
        lines.append("  Figures by source (oldest first)")
        for name, figs in _histories(e).items():
            src = next((s for s in e.sources if s.name == name), None)
            alias = f" (also {', '.join(src.aliases)})" if src and src.aliases else ""
            lines.append(f"    {clean(name)}{alias}")
            for f in sorted(figs, key=lambda f: (f.outcome, f.date or "", f.id)):
                via = f" via {', '.join(f.via)}" if f.via else ""
                arts = ", ".join(sorted({c.article_id for c in f.seen_in}))
                lines.append(
                    f"      {f.id} {f.date or 'undated'} {f.outcome} {_figure(f)} {f.who_class} "
                    f"('{clean(f.phrase)}'){via} [{f.role}] in {arts}"
                )
                for n in f.notes:
                    lines.append(f"          {clean(n)}")
        if e.timeline:
            lines.append("")
            lines.append("  Timeline")
            for t in e.timeline:
                arts = ", ".join(dict.fromkeys(c.article_id for c in t.citations))
                lines.append(f"    {t.date or t.when or 'undated'}: {clean(t.event)[:160]} [{arts}]")
        for n in e.notes:
            lines.append(f"  note: {clean(n)}")
        lines.append("")
    for n in report.notes:
        lines.append(f"note: {clean(n)}")
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(report: EventReport) -> str:
    out: list[str] = []
    for e in report.events:
        out.append(f"## Event {md_escape(e.id)}: {md_escape(e.title)}")
        out.append("")
        out.append(
            f"{len(e.articles)} article(s), {md_escape(str(e.date_start))} to {md_escape(str(e.date_end))}; "
            f"grouped {e.grouping.method} (score {e.grouping.score}): {md_escape(e.grouping.reason[:300])}"
        )
        out.append("")
        out.append("| outcome | low | best | high | disputed | rule |")
        out.append("|---|---|---|---|---|---|")
        for r in e.ranges:
            hi = "" if r.high is None else f"{r.high:,}" + ("+" if r.high_open else "")
            out.append(
                f"| {r.outcome} | {'' if r.low is None else f'{r.low:,}'} | {'' if r.best is None else f'{r.best:,}'} "
                f"| {hi} | {'yes' if r.disputed else 'no'} | {md_escape(r.rule)} |"
            )
        out.append("")
        for d in e.disputes:
            out.append(f"- **Disputed** ({d.outcome}): {md_escape(d.note)}")
        out.append("")
        out.append("### Figures by source")
        out.append("")
        for name, figs in _histories(e).items():
            out.append(f"- **{md_escape(name)}**")
            for f in sorted(figs, key=lambda f: (f.outcome, f.date or "", f.id)):
                via = f" via {md_escape(', '.join(f.via))}" if f.via else ""
                cites = "; ".join(f"{md_escape(c.article_id)} ({c.start}-{c.end})" for c in f.seen_in)
                out.append(
                    f"  - {f.id} {f.date or 'undated'}: {f.outcome} {_figure(f)} {md_escape(f.who_class)} "
                    f"(\u201c{md_escape(f.phrase)}\u201d){via}, *{f.role}*; {cites}"
                )
        if e.timeline:
            out.append("")
            out.append("### Timeline")
            out.append("")
            for t in e.timeline:
                arts = ", ".join(md_escape(a) for a in dict.fromkeys(c.article_id for c in t.citations))
                out.append(f"- {md_escape(t.date or t.when or 'undated')}: {md_escape(t.event[:200])} ({arts})")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- HTML


def to_html(report: EventReport, title: str = "Event report") -> str:
    """One self-contained page (the review page's style and CSP, no script): per event the
    reconciled range per outcome with its rule and the quotes it rests on, the disputes, each
    source's figure history and the merged timeline. Every string is escaped."""
    from summarizer.review import esc, page

    parts: list[str] = [f"<header><h1>{esc(title)}</h1><p>{len(report.events)} event(s)</p></header><main>"]
    for e in report.events:
        parts.append(_html_event(e, esc))
    for n in report.notes:
        parts.append(f'<p class="note">{esc(n)}</p>')
    parts.append("</main>")
    return page(title, "\n".join(parts))


def _html_event(e: Event, esc: Callable[[object], str]) -> str:
    dates = e.date_start if e.date_start == e.date_end else f"{e.date_start} to {e.date_end}"
    out = [
        f"<section><h2>Event {esc(e.id)}: {esc(e.title)}</h2>",
        f"<p>{len(e.articles)} article(s); {esc(dates or 'undated')}; places: {esc(', '.join(e.places[:6]) or '-')}"
        f"<br>grouped {esc(e.grouping.method)} (score {esc(e.grouping.score)}): {esc(e.grouping.reason[:300])}</p>",
        "<h3>Reconciled figures</h3><table><thead><tr><th>outcome</th><th>range</th><th>why</th>"
        "<th>rests on</th></tr></thead><tbody>",
    ]
    for r in e.ranges:
        cites = "".join(f"<li>{esc(_cite(c))}: \u201c{esc(c.quote[:200])}\u201d</li>" for c in r.citations[:12])
        out.append(
            f'<tr><td>{esc(r.outcome)}</td><td class="n">{esc(_range_line(r).split(": ", 1)[1])}</td>'
            f"<td>{esc(r.rule)}</td><td><ul>{cites}</ul></td></tr>"
        )
    out.append("</tbody></table>")
    if e.disputes:
        out.append("<h3>Disputes</h3><ul>" + "".join(f"<li>{esc(d.outcome)}: {esc(d.note)}</li>" for d in e.disputes))
        out.append("</ul>")
    out.append("<h3>Figures by source (oldest first)</h3>")
    for name, figs in _histories(e).items():
        rows = "".join(
            f"<tr><td>{esc(f.id)}</td><td>{esc(f.date or 'undated')}</td><td>{esc(f.outcome)}</td>"
            f'<td class="n">{esc(_figure(f))}</td><td>\u201c{esc(f.phrase)}\u201d</td>'
            f"<td>{esc(', '.join(f.via))}</td><td>{esc(f.role)}</td>"
            f"<td>{esc(', '.join(sorted({c.article_id for c in f.seen_in})))}</td></tr>"
            for f in sorted(figs, key=lambda f: (f.outcome, f.date or "", f.id))
        )
        out.append(
            f"<h4>{esc(name)}</h4><table><thead><tr><th>id</th><th>date</th><th>outcome</th><th>figure</th>"
            f"<th>words</th><th>via</th><th>role</th><th>articles</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    if e.timeline:
        items = "".join(
            f"<li><b>{esc(t.date or t.when or 'undated')}</b>: {esc(t.event[:200])} "
            f"[{esc(', '.join(dict.fromkeys(c.article_id for c in t.citations)))}]</li>"
            for t in e.timeline
        )
        out.append(f"<h3>Timeline</h3><ol>{items}</ol>")
    out.extend(f'<p class="note">{esc(n)}</p>' for n in e.notes)
    out.append("</section>")
    return "\n".join(out)
