"""Rendering a ``Summary`` as JSON, Markdown, or a readable terminal view (rich).

The JSON view is the contract (``Summary.model_dump_json``). The Markdown and text views are
for people: they show the evidence behind each figure, source and date (the quote, with the
number words or time words emphasised, and where it is in the article), number items from 1,
and describe checks in words instead of JSON paths. Article text and model strings are
untrusted: the text view builds ``rich.text.Text`` objects (never markup) with control codes
stripped, and the Markdown view escapes Markdown's special characters and writes no HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .schema import Casualty, Evidence, Finding, Source, Summary, TimelineEntry

# --------------------------------------------------------------------------- shared pieces


def fmt_range(c: Any) -> str:
    """``low``/``best``/``high`` as one short string: '131+', '24–30 (best 27)', '≤5', 'unknown'."""
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


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Untrusted text as one displayable line: control codes (ANSI escapes, bidi overrides)
    removed, whitespace runs collapsed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def location(ev: Evidence, article: str | None) -> str:
    """Where a quote is: 'paragraph 3, offsets 712–906' (the offsets slice the article, as in
    the JSON). Paragraphs are separated by blank lines, or by line breaks when the article has
    no blank line."""
    if ev.start is None or ev.end is None:
        return "not found in the article"
    where = f"offsets {ev.start}–{ev.end}"
    if article and "\n" in article.strip():
        before = article[: ev.start].lstrip()
        sep = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", article) else r"\n\s*"
        n = len(re.findall(sep, before)) + 1
        return f"paragraph {n}, {where}"
    return where


def context(ev: Evidence, article: str | None, limit: int = 320) -> tuple[str, tuple[int, int]]:
    """The text to show for a quote and the quote's span inside it. With the article, a short
    quote (a name, a few words) is shown inside its sentence; a long one as it is."""
    quote = ev.quote
    if not article or ev.start is None or ev.end is None or len(quote) >= 60:
        return quote, (0, len(quote))
    from .evidence import sentence_bounds

    s0, s1 = sentence_bounds(article, ev.start, ev.end)
    if s1 - s0 > limit:  # a window on word boundaries around the quote
        half = max(0, (limit - (ev.end - ev.start)) // 2)
        w0 = max(s0, ev.start - half)
        w1 = min(s1, ev.end + half)
        while w0 > s0 and not article[w0 - 1].isspace():
            w0 += 1
        while w1 < s1 and not article[w1].isspace():
            w1 -= 1
        w0, w1 = min(w0, ev.start), max(w1, ev.end)
        pre = "…" if w0 > s0 else ""
        post = "…" if w1 < s1 else ""
        text = pre + article[w0:w1] + post
        return text, (len(pre) + ev.start - w0, len(pre) + ev.end - w0)
    return article[s0:s1], (ev.start - s0, ev.end - s0)


def find_words(text: str, words: str) -> tuple[int, int] | None:
    """The span of ``words`` in ``text``: case-insensitive, any whitespace between words, at
    word boundaries."""
    parts = [re.escape(w) for w in words.split()]
    if not parts:
        return None
    m = re.search(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def short_event(entry: TimelineEntry) -> str:
    """The entry's short description (``evidence.timeline.describe_event``), made again from
    its sentence for summaries saved before ``event`` was one."""
    from .evidence.timeline import describe_event

    sentence = entry.evidence[0].quote if entry.evidence else entry.event.rstrip("…")
    span = find_words(sentence, entry.when) if entry.when else None
    return clean(describe_event(clean(sentence) if span is None else sentence, span))


# --------------------------------------------------------------------------- checks in words

_ITEM = {
    "casualties": "figure",
    "casualty_totals": "total",
    "timeline": "timeline entry",
    "parties": "party",
    "locations": "place",
    "sources": "source",
    "figures": "picked figure",
}
_FIELD = {
    "reported_by": "source",
    "low": "number",
    "best": "number",
    "high": "number",
    "phrase": "number words",
    "status": "status",
    "date": "date",
    "name": "name",
    "who": "who",
    "kind": "kind",
    "when": "time words",
    "location": "place",
    "evidence": "quote",
}
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def describe_path(path: str) -> str:
    """A finding's JSON path in words: 'casualties[2].reported_by' → 'figure 3 (source)';
    'model.parties[1]' → "the model's party 2"; 'summary' → 'summary'."""
    model = path.startswith("model.")
    steps = [m.groups() for m in _STEP.finditer(path.removeprefix("model."))]
    if not steps:
        return path
    words: list[str] = []
    for k, (name, idx) in enumerate(steps):
        label = _ITEM.get(name) if k == 0 else _FIELD.get(name, name.replace("_", " "))
        label = label or name.replace("_", " ")
        words.append(f"{label} {int(idx) + 1}" if idx is not None else label)
    head = ("the model's " if model else "") + words[0]
    return head + (f" ({', '.join(words[1:])})" if words[1:] else "")


_QUOTED = re.compile(r"'([^']{8,})'|\"([^\"]{8,})\"")
_CUT_LENGTHS = (40, 100, 120)  # the decoding cap on names, the message caps on quotes


def describe_message(message: str, article: str | None = None) -> str:
    """A finding's message with names and quotes that were cut mid-word completed from the
    article (or marked with '…' when the article is not at hand)."""

    def fix(m: re.Match[str]) -> str:
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        q = m.group(0)[0]
        if article:
            i = article.find(inner)
            if i >= 0:
                j = i + len(inner)
                if j < len(article) and article[j].isalnum() and inner[-1:].isalnum():
                    k = j
                    while k < len(article) and k - j < 40 and (article[k].isalnum() or article[k] in ")]-'"):
                        k += 1
                    return f"{q}{inner}{article[j:k]}{q}"
                return m.group(0)
        if len(inner) in _CUT_LENGTHS:
            return f"{q}{inner}…{q}"
        return m.group(0)

    return clean(_QUOTED.sub(fix, message))


def unresolved_dates(s: Summary) -> int:
    """How many timeline entries have no calendar date."""
    return sum(1 for e in s.timeline if e.date is None)


# --------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def md_escape(text: str) -> str:
    """Untrusted text as literal Markdown: CommonMark backslash escapes for what could start
    emphasis, code, a link, HTML, a table cell or an entity, and for what would start a block
    at the beginning of a line. Nothing else is touched, so the text stays readable."""
    s = _md_inline(clean(text))

    def block(m: re.Match[str]) -> str:
        mark = m.group(2)
        return m.group(1) + (mark[:-1] + "\\" + mark[-1] if mark[0].isdigit() else "\\" + mark)

    return _MD_LINE_START.sub(block, s)


def _md_inline(text: str) -> str:
    return _MD_SPECIAL.sub(lambda m: "\\" + (m.group(1) or "&"), text)


def _md_emph(text: str, span: tuple[int, int] | None) -> str:
    """``text`` (already clean) escaped, with ``span`` in bold."""
    if span is None or not text[span[0] : span[1]].strip():
        return md_escape(text)
    a, b = span
    return f"{_md_inline(text[:a])}**{_md_inline(text[a:b])}**{_md_inline(text[b:])}"


def _md_quote(ev: Evidence, article: str | None, words: Iterable[str]) -> str:
    shown = clean(context(ev, article)[0])
    span = _emph_span(shown, words)
    return f"“{_md_emph(shown, span)}” ({location(ev, article)})"


def _emph_span(text: str, words: Iterable[str]) -> tuple[int, int] | None:
    for w in words:
        if w:
            span = find_words(text, w)
            if span:
                return span
    return None


def _casualty_words(c: Casualty) -> list[str]:
    return [c.phrase]


def to_markdown(s: Summary, article: str | None = None) -> str:
    """The summary as CommonMark that pastes cleanly into a CMS: headings, numbered lists,
    quotes with their number words in bold and their place in the article; no HTML, no
    tables. ``article`` (optional) adds paragraph numbers and sentence context."""
    e = md_escape
    out: list[str] = ["# Summary", "", e(s.summary) if s.summary else "*(none)*", ""]
    if s.casualties:
        out += ["## Casualty figures", "", "*As reported; the ranges are derived by code from the quoted words.*", ""]
        for i, c in enumerate(s.casualties, 1):
            who = f" {e(c.who)}" if c.who else ""
            by = e(c.reported_by) if c.reported_by else "no named source"
            out.append(f"{i}. **{e(c.outcome)}: {e(fmt_range(c))}**{who} (“{e(c.phrase)}”), {by}; {e(c.status)}")
            for ev in c.evidence[:2]:
                out.append(f"   - {_md_quote(ev, article, _casualty_words(c))}")
            for n in c.notes:
                out.append(f"   - {e(n)}")
        out.append("")
    if s.casualty_totals:
        out += ["## Totals", ""]
        for t in s.casualty_totals:
            basis = ", ".join(str(b + 1) for b in t.basis)
            out.append(f"- **{e(t.outcome)}: {e(fmt_range(t))}** (from figure {basis}). {e(t.note)}".rstrip())
        out.append("")
    if s.timeline:
        out += ["## Timeline", ""]
        for i, entry in enumerate(s.timeline, 1):
            date = e(entry.date) if entry.date else "date unknown"
            where = f" ({e(entry.location)})" if entry.location else ""
            out.append(f"{i}. **{date}**, {e(entry.when)}: {e(short_event(entry))}{where}")
            for ev in entry.evidence[:1]:
                out.append(f"   - {_md_quote(ev, article, [entry.when])}")
        out.append("")
    if s.parties:
        out += ["## Parties", ""]
        for p in s.parties:
            al = f" (also {', '.join(e(a) for a in p.aliases)})" if p.aliases else ""
            role = f", {e(p.role)}" if p.role else ""
            out.append(f"- {e(p.name)}{al}: {e(p.kind.replace('_', ' '))}{role}")
        out.append("")
    if s.sources:
        out += ["## Sources", ""]
        for i, src in enumerate(s.sources, 1):
            al = f" (also {', '.join(e(a) for a in src.aliases)})" if src.aliases else ""
            out.append(f"{i}. **{e(src.name)}**{al}: {_source_kind(src)}")
            for ev in src.evidence[:1]:
                out.append(f"   - {_md_quote(ev, article, [src.name])}")
            for n in src.reliability_notes:
                out.append(f"   - {e(n)}")
        out.append("")
    if s.locations:
        out += ["## Places", "", ", ".join(e(loc.name) for loc in s.locations), ""]
    out += ["## Checks", ""]
    if not s.checks:
        out.append("All checks passed.")
    for f in s.checks:
        out.append(
            f"- {f.severity}, {e(describe_path(f.path))}: {e(describe_message(f.message, article))} (`{f.code}`)"
        )
    hint = published_hint(s)
    if hint:
        out += ["", f"*{e(hint)}*"]
    if s.provenance:
        out += ["", f"*{e(provenance_line(s))}*"]
    return "\n".join(out) + "\n"


def _source_kind(src: Source) -> str:
    party = "party to the conflict" if src.party_to_conflict else "not a party to the conflict"
    return f"{src.kind.replace('_', ' ')}, {party}"


def provenance_line(s: Summary) -> str:
    p = s.provenance
    if p is None:
        return ""
    return (
        f"{p.provider} / {p.model} · prompt {p.prompt_version} · schema {p.schema_version} · "
        f"{p.attempts} attempt(s) · {p.usage.prompt_tokens}+{p.usage.completion_tokens} tokens"
        f"{' · from cache' if p.cache_hit else ''}"
    )


def published_hint(s: Summary) -> str:
    """A hint to give ``--published`` when some dates stayed unresolved for lack of it."""
    n = unresolved_dates(s)
    if not n or (s.provenance is not None and s.provenance.published):
        return ""
    what = "date" if n == 1 else "dates"
    return f"{n} timeline {what} could not be resolved: give the publication date with --published YYYY-MM-DD."


# --------------------------------------------------------------------------- text (terminal)


class _Out:
    """Lines on a rich console with hanging indents, wrapped on words, no trailing spaces."""

    def __init__(self, console: Any) -> None:
        self.console = console

    def line(self, content: Any, indent: int = 0, lead: str = "") -> None:
        from rich.text import Text

        width = max(20, self.console.width - indent - len(lead))
        for k, part in enumerate(content.wrap(self.console, width)):
            part.rstrip()
            out = Text(" " * indent + (lead if k == 0 else " " * len(lead)))
            out.append_text(part)
            self.console.print(out, soft_wrap=True, crop=False)

    def blank(self) -> None:
        self.console.print()


class _TextView:
    """What every section of the text view needs: where it writes, the article its quotes
    come from, and whether it is plain (no styles, emphasis as ``*like this*``)."""

    def __init__(self, console: Any, article: str | None, plain: bool) -> None:
        self.out = _Out(console)
        self.article = article
        self.plain = plain
        self.bold = "" if plain else "bold"
        self.dim = "" if plain else "dim"

    def quote(self, ev: Evidence, words: Iterable[str]) -> Any:
        """The quote (in its sentence when short), the number or time words emphasised, and
        where it is in the article."""
        from rich.text import Text

        shown = clean(context(ev, self.article)[0])
        span = _emph_span(shown, words)
        t = Text("“")
        if span is None:
            t.append(shown)
        elif self.plain:
            t.append(f"{shown[: span[0]]}*{shown[span[0] : span[1]]}*{shown[span[1] :]}")
        else:
            t.append(shown[: span[0]])
            t.append(shown[span[0] : span[1]], style="bold underline")
            t.append(shown[span[1] :])
        t.append(f"” ({location(ev, self.article)})", style=self.dim)
        return t

    def heading(self, title: str) -> None:
        from rich.text import Text

        self.out.blank()
        self.out.line(Text(title, style=self.bold))


def _numbered(n: int, total: int) -> tuple[str, int]:
    """An item's lead ('3. ', padded to the widest number) and its sub-lines' indent."""
    lead = f"{n}. ".ljust(len(str(total)) + 2)
    return lead, 2 + len(lead)


def _text_casualties(v: _TextView, s: Summary) -> None:
    from rich.text import Text

    v.heading("Casualty figures (as reported; ranges derived by code from the quoted words)")
    for i, c in enumerate(s.casualties, 1):
        lead, sub = _numbered(i, len(s.casualties))
        line = Text()
        line.append(f"{c.outcome}: {fmt_range(c)}", style=v.bold)
        if c.who:
            line.append(f" {clean(c.who)}")
        line.append(f" (“{clean(c.phrase)}”)")
        by = clean(c.reported_by) if c.reported_by else "no named source"
        line.append(f", {by}; {c.status}")
        v.out.line(line, 2, lead)
        for ev in c.evidence[:2]:
            v.out.line(v.quote(ev, _casualty_words(c)), sub)
        for n in c.notes:
            v.out.line(Text(clean(n), style=v.dim), sub)


def _text_totals(v: _TextView, s: Summary) -> None:
    from rich.text import Text

    for tot in s.casualty_totals:
        v.out.blank()
        t = Text()
        t.append(f"Total {tot.outcome}: {fmt_range(tot)}", style=v.bold)
        basis = ", ".join(str(b + 1) for b in tot.basis)
        t.append(f" (from figure {basis}). {clean(tot.note)}".rstrip())
        v.out.line(t)


def _text_timeline(v: _TextView, s: Summary) -> None:
    from rich.text import Text

    v.heading("Timeline")
    for i, e in enumerate(s.timeline, 1):
        lead, sub = _numbered(i, len(s.timeline))
        line = Text()
        line.append(e.date or "date unknown", style=v.bold)
        line.append(f", {clean(e.when)}: {short_event(e)}")
        if e.location:
            line.append(f" ({clean(e.location)})")
        v.out.line(line, 2, lead)
        for ev in e.evidence[:1]:
            v.out.line(v.quote(ev, [e.when]), sub)


def _text_parties(v: _TextView, s: Summary) -> None:
    from rich.text import Text

    v.heading("Parties")
    for p in s.parties:
        t = Text(clean(p.name))
        if p.aliases:
            t.append(f" (also {', '.join(clean(a) for a in p.aliases)})")
        t.append(f": {p.kind.replace('_', ' ')}" + (f", {clean(p.role)}" if p.role else ""))
        v.out.line(t, 2, "- ")


def _text_sources(v: _TextView, s: Summary) -> None:
    from rich.text import Text

    v.heading("Sources")
    for i, src in enumerate(s.sources, 1):
        lead, sub = _numbered(i, len(s.sources))
        line = Text()
        line.append(clean(src.name), style=v.bold)
        if src.aliases:
            line.append(f" (also {', '.join(clean(a) for a in src.aliases)})")
        line.append(f": {_source_kind(src)}")
        v.out.line(line, 2, lead)
        for ev in src.evidence[:1]:
            v.out.line(v.quote(ev, [src.name]), sub)
        for n in src.reliability_notes:
            v.out.line(Text(clean(n), style=v.dim), sub)


def _text_places(v: _TextView, s: Summary) -> None:
    from rich.text import Text

    v.out.blank()
    t = Text()
    t.append("Places: ", style=v.bold)
    t.append(", ".join(clean(loc.name) for loc in s.locations))
    v.out.line(t)


def print_text(s: Summary, console: Any, article: str | None = None, *, plain: bool | None = None) -> None:
    """The readable view on a rich console. On a terminal, emphasis is bold; when ``plain``
    (default: the console is not a terminal) it is written ``*like this*`` and nothing is
    styled. No boxes or tables: numbered blocks with hanging indents, readable at any width."""
    from rich.text import Text

    if plain is None:
        plain = not console.is_terminal
    v = _TextView(console, article, plain)
    v.out.line(Text("Summary", style=v.bold))
    v.out.line(Text(clean(s.summary) or "(no summary)"), 2)
    if s.casualties:
        _text_casualties(v, s)
    _text_totals(v, s)
    if s.timeline:
        _text_timeline(v, s)
    if s.parties:
        _text_parties(v, s)
    if s.sources:
        _text_sources(v, s)
    if s.locations:
        _text_places(v, s)
    v.out.blank()
    print_findings(s.checks, console, article, plain=plain)
    hint = published_hint(s)
    if hint:
        v.out.line(Text(f"hint: {hint}", style="" if plain else "yellow"))
    if s.provenance:
        v.out.line(Text(provenance_line(s), style=v.dim))


def print_findings(findings: list[Finding], console: Any, article: str | None = None, *, plain: bool = False) -> None:
    """Findings in words, errors first: 'warning: figure 3 (source): no source is named for
    this figure [casualty-unattributed]'; a count line first."""
    from rich.text import Text

    out = _Out(console)
    if not findings:
        out.line(Text("All checks passed.", style="" if plain else "green"))
        return
    n_err = sum(1 for f in findings if f.severity == "error")
    n_warn = len(findings) - n_err
    title = f"Checks: {n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}"
    out.line(Text(title, style="" if plain else "bold"))
    for f in sorted(findings, key=lambda f: f.severity != "error"):
        colour = "" if plain else ("red" if f.severity == "error" else "yellow")
        t = Text()
        t.append(f.severity, style=colour)
        t.append(f": {describe_path(f.path)}: {describe_message(f.message, article)}")
        t.append(f" [{f.code}]", style="" if plain else "dim")
        out.line(t, 2, "- ")
