"""Rendering a ``Summary`` as JSON, Markdown, or a readable terminal view (rich)."""

from __future__ import annotations

from typing import Any

from .schema import Casualty, Summary


def fmt_range(c: Any) -> str:
    lo, hi = c.low, c.high
    best = getattr(c, "best", None)
    if lo is None and hi is None:
        core = "unknown"
    elif lo is not None and hi is None:
        core = f"{lo}+"
    elif lo is None:
        core = f"≤{hi}"
    elif lo == hi:
        core = f"{lo}"
    else:
        core = f"{lo}–{hi}"
    if best is not None and not (lo == hi == best):
        core += f" (best {best})"
    return core


def to_json(s: Summary) -> str:
    return s.model_dump_json(indent=2) + "\n"


def _casualty_line(i: int, c: Casualty) -> str:
    by = f"{c.reported_by}" if c.reported_by else "no named source"
    return f"[{i}] {c.outcome}: {fmt_range(c)} ({c.phrase!r}) {c.who} — {by}, {c.status}"


def to_markdown(s: Summary) -> str:
    out: list[str] = ["# Summary", "", s.summary or "_(none)_", ""]
    if s.casualties:
        out += [
            "## Casualties",
            "",
            "| # | outcome | figure | phrase | who | reported by | status |",
            "|---|---|---|---|---|---|---|",
        ]
        for i, c in enumerate(s.casualties):
            out.append(
                f"| {i} | {c.outcome} | {fmt_range(c)} | {c.phrase} | {c.who} | {c.reported_by or '—'} | {c.status} |"
            )
        out.append("")
    if s.casualty_totals:
        out += ["## Totals", ""]
        for t in s.casualty_totals:
            out.append(f"- **{t.outcome}**: {fmt_range(t)} (from figures {t.basis}) {t.note}")
        out.append("")
    if s.timeline:
        out += ["## Timeline", ""]
        for e in s.timeline:
            out.append(f"- **{e.date or e.when or '?'}** {e.event}" + (f" ({e.location})" if e.location else ""))
        out.append("")
    if s.parties:
        out += ["## Parties", ""]
        for p in s.parties:
            al = f" (also {', '.join(p.aliases)})" if p.aliases else ""
            out.append(f"- {p.name}{al}: {p.kind}{', ' + p.role if p.role else ''}")
        out.append("")
    if s.sources:
        out += ["## Sources", ""]
        for src in s.sources:
            party = ", party to the conflict" if src.party_to_conflict else ""
            out.append(f"- **{src.name}** ({src.kind}{party})")
            for n in src.reliability_notes:
                out.append(f"  - {n}")
        out.append("")
    if s.locations:
        out += ["## Locations", "", ", ".join(loc.name for loc in s.locations), ""]
    out += ["## Checks", ""]
    if not s.checks:
        out.append("All checks passed.")
    for f in s.checks:
        out.append(f"- {f.severity.upper()} `{f.code}` at `{f.path}`: {f.message}")
    if s.provenance:
        pv = s.provenance
        out += [
            "",
            f"_{pv.provider} / {pv.model}, prompt {pv.prompt_version}, schema {pv.schema_version}, "
            f"{pv.attempts} attempt(s), {pv.usage.prompt_tokens}+{pv.usage.completion_tokens} tokens"
            f"{', from cache' if pv.cache_hit else ''}_",
        ]
    return "\n".join(out) + "\n"


def print_text(s: Summary, console: Any) -> None:
    from rich.panel import Panel
    from rich.table import Table

    console.print(Panel(s.summary or "(no summary)", title="Summary", expand=False))
    if s.casualties:
        t = Table(title="Casualty figures (as reported; code-derived ranges)")
        for col in ("#", "outcome", "figure", "words", "who", "reported by", "status"):
            t.add_column(col)
        for i, c in enumerate(s.casualties):
            t.add_row(str(i), c.outcome, fmt_range(c), c.phrase, c.who, c.reported_by or "—", c.status)
        console.print(t)
    for tot in s.casualty_totals:
        console.print(f"[bold]Total {tot.outcome}[/]: {fmt_range(tot)}  [dim](figures {tot.basis}) {tot.note}[/]")
    if s.timeline:
        t = Table(title="Timeline")
        for col in ("date", "when", "event", "where"):
            t.add_column(col)
        for e in s.timeline:
            t.add_row(e.date or "?", e.when, e.event, e.location or "")
        console.print(t)
    if s.parties:
        console.print(
            "[bold]Parties[/]: " + "; ".join(f"{p.name} ({p.kind}{', ' + p.role if p.role else ''})" for p in s.parties)
        )
    if s.sources:
        t = Table(title="Sources")
        for col in ("source", "kind", "party?", "reliability notes"):
            t.add_column(col)
        for src in s.sources:
            t.add_row(src.name, src.kind, "yes" if src.party_to_conflict else "no", "\n".join(src.reliability_notes))
        console.print(t)
    if s.locations:
        console.print("[bold]Locations[/]: " + ", ".join(loc.name for loc in s.locations))
    if s.checks:
        for f in s.checks:
            color = "red" if f.severity == "error" else "yellow"
            console.print(f"[{color}]{f.severity}[/] {f.code} [dim]{f.path}[/]: {f.message}", highlight=False)
    else:
        console.print("[green]All checks passed.[/]")
    if s.provenance:
        p = s.provenance
        console.print(
            f"[dim]{p.provider} / {p.model} · prompt {p.prompt_version} · schema {p.schema_version} · "
            f"{p.attempts} attempt(s) · {p.usage.prompt_tokens}+{p.usage.completion_tokens} tokens"
            f"{' · cache hit' if p.cache_hit else ''}[/]"
        )
