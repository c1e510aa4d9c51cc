"""Batch runs: many articles, one shared ``Engine``, bounded concurrency, resumable output.

``await run_batch(articles, options=..., out_path=..., concurrency=8)`` summarises every
``Article`` (``InputProblem`` items are reported as input errors) and appends one JSON line
per article to ``out_path``, flushed as soon as that article is done, so a crash or Ctrl-C
loses nothing already finished::

    {"id": "...", "ok": true,  "summary": {...Summary...}, "error": null}
    {"id": "...", "ok": false, "summary": null, "error": {"kind": "model", "message": "..."}}

Error kinds: ``input`` (unreadable, empty, binary, too long for the model's context, bad
JSONL line), ``model`` (the call failed after the transport's retries, or the answer never
fitted the schema), ``config``, ``internal`` (a bug: reported, never fatal for the others).

Resume: ids whose *last* line in ``out_path`` has ``ok: true`` are skipped; failed ones are
tried again and their new line appended (readers take the last line per id:
``read_results``). A truncated last line (process killed mid-write) is ignored.

Accounting: tokens are summed from every exchange of every article (re-asks, failed and
cached ones included) through an exchange listener; ``Summary.provenance.usage`` holds the
same per article. ``Options.token_budget`` is per article (the api stops re-asking and adds
a ``token-budget-reached`` finding).

Exit code (``BatchReport.exit_code``, used by ``summarizer batch``): 0 every article has a
summary without error findings; 3 some summaries carry error findings (none failed); 1 at
least one article failed (no summary). Skipped articles count with the result stored for
them.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .cache import ExchangeEvent
from .inputs import Article, InputProblem

if TYPE_CHECKING:
    from rich.console import Console

    from .api import Engine, Options
    from .audit import AuditLog

EXIT_OK, EXIT_FAILED, EXIT_FINDINGS = 0, 1, 3


@dataclass
class Failure:
    id: str
    kind: str
    message: str


@dataclass
class BatchReport:
    out_path: Path
    total: int = 0  # articles and input problems given
    skipped: int = 0  # already done in out_path (resume)
    ok: int = 0  # summaries without error findings (skipped ones included)
    with_findings: int = 0  # summaries with error findings (skipped ones included)
    failed: int = 0
    prompt_tokens: int = 0  # this run's exchanges only
    completion_tokens: int = 0
    exchanges: int = 0
    cache_hits: int = 0
    wall_s: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return EXIT_FAILED
        if self.with_findings:
            return EXIT_FINDINGS
        return EXIT_OK

    @property
    def processed(self) -> int:
        return self.total - self.skipped

    def as_dict(self) -> dict[str, Any]:
        return {
            "out_path": str(self.out_path),
            "total": self.total,
            "skipped": self.skipped,
            "ok": self.ok,
            "with_findings": self.with_findings,
            "failed": self.failed,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "exchanges": self.exchanges,
            "cache_hits": self.cache_hits,
            "wall_s": round(self.wall_s, 3),
            "exit_code": self.exit_code,
            "failures": [f.__dict__ for f in self.failures],
        }


def read_results(path: Path | str) -> dict[str, dict[str, Any]]:
    """The last record per id in a batch output file; broken lines are ignored."""
    out: dict[str, dict[str, Any]] = {}
    p = Path(path)
    try:
        fh = p.open("r", encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return out
    with fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash
            if isinstance(rec, dict) and isinstance(rec.get("id"), str) and isinstance(rec.get("ok"), bool):
                out[rec["id"]] = rec
    return out


def _has_errors(summary: dict[str, Any] | None) -> bool:
    checks = (summary or {}).get("checks") or []
    return any(isinstance(c, dict) and c.get("severity") == "error" for c in checks)


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return (msg or type(exc).__name__)[:400]


class _Tokens:
    """Exchange listener summing tokens of this batch (every attempt, every article)."""

    def __init__(self) -> None:
        self.prompt = 0
        self.completion = 0
        self.exchanges = 0
        self.cache_hits = 0

    def __call__(self, ev: ExchangeEvent) -> None:
        self.prompt += ev.prompt_tokens
        self.completion += ev.completion_tokens
        self.exchanges += 1
        if ev.source != "network":
            self.cache_hits += 1


class _Writer:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fh: IO[str] = path.open("a+", encoding="utf-8")
        # a line cut by a crash must not swallow the next record
        self.fh.seek(0, 2)
        if self.fh.tell() > 0:
            self.fh.seek(self.fh.tell() - 1)
            last = self.fh.read(1)
            self.fh.seek(0, 2)
            if last != "\n":
                self.fh.write("\n")

    def write(self, rec: dict[str, Any]) -> None:
        self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


async def run_batch(
    articles: Iterable[Article | InputProblem],
    *,
    options: Options,
    out_path: Path | str,
    concurrency: int = 4,
    resume: bool = True,
    progress: bool = True,
    audit: AuditLog | None = None,
    console: Console | None = None,
) -> BatchReport:
    """Summarise ``articles`` into ``out_path`` (JSONL); see the module docstring."""
    from .api import Engine, InputError, ModelError, SummarizerError

    out = Path(out_path)
    items = list(articles)
    report = BatchReport(out_path=out, total=len(items))
    started = time.perf_counter()
    previous = read_results(out) if resume else {}
    todo: list[Article | InputProblem] = []
    for it in items:
        rec = previous.get(it.id)
        if rec is not None and rec.get("ok"):
            report.skipped += 1
            if _has_errors(rec.get("summary")):
                report.with_findings += 1
            else:
                report.ok += 1
        else:
            todo.append(it)

    tokens = _Tokens()
    listeners: list[Callable[[ExchangeEvent], None]] = [*options.listeners, tokens]
    if audit is not None and audit.listener not in listeners:
        listeners.append(audit.listener)
    opts = replace(options, listeners=listeners)
    writer = _Writer(out)
    engine: Engine | None = None
    bar = _Bar(len(todo), report, enabled=progress, console=console)
    try:
        engine = Engine(opts) if any(isinstance(t, Article) for t in todo) else None
        provider = engine.provider.name if engine else None
        model = engine.provider.model if engine else None

        def record(item_id: str, summary: dict[str, Any] | None, kind: str = "", message: str = "") -> None:
            if summary is not None:
                writer.write({"id": item_id, "ok": True, "summary": summary, "error": None})
                if _has_errors(summary):
                    report.with_findings += 1
                else:
                    report.ok += 1
            else:
                writer.write({"id": item_id, "ok": False, "summary": None, "error": {"kind": kind, "message": message}})
                report.failed += 1
                report.failures.append(Failure(item_id, kind, message))
            bar.advance()

        async def one(a: Article) -> None:
            assert engine is not None
            summary: dict[str, Any] | None = None
            kind = message = ""
            codes: list[str] = []
            with audit.article(a.id) if audit is not None else nullcontext() as scope:
                try:
                    s = await engine.asummarize(a.text, published=a.published)
                    summary = s.model_dump(mode="json")
                    codes = [f.code for f in s.checks]
                except InputError as exc:
                    kind, message = "input", _one_line(exc)
                except ModelError as exc:
                    kind, message = "model", _one_line(exc)
                except SummarizerError as exc:
                    kind, message = "error", _one_line(exc)
                except Exception as exc:  # a bug or an unexpected library error: never fatal for the batch
                    kind, message = "internal", f"{type(exc).__name__}: {_one_line(exc)}"
                if audit is not None and scope is not None:
                    try:
                        error = f"{kind}: {message}" if kind else None
                        audit.finish(scope, codes, error=error, provider=provider, model=model)
                    except Exception:  # the audit log must not fail an article
                        pass
            record(a.id, summary, kind, message)

        queue = iter(todo)

        async def worker() -> None:
            for item in queue:
                if isinstance(item, InputProblem):
                    record(item.id, None, "input", item.reason)
                    continue
                await one(item)

        n = max(1, min(concurrency, len(todo) or 1))
        with bar:
            await asyncio.gather(*(worker() for _ in range(n)))
    finally:
        writer.close()
        if engine is not None:
            await _aclose(engine)
        report.prompt_tokens = tokens.prompt
        report.completion_tokens = tokens.completion
        report.exchanges = tokens.exchanges
        report.cache_hits = tokens.cache_hits
        report.wall_s = time.perf_counter() - started
    return report


async def _aclose(engine: Engine) -> None:
    client: Any = getattr(engine, "_async_client", None)
    inner = getattr(client, "client", None)
    close = getattr(inner, "close", None)
    if close is not None:
        with suppress(Exception):
            await close()
    engine.close()


class _Bar:
    """A rich progress bar on stderr (counts, rate, ETA), or nothing."""

    def __init__(self, total: int, report: BatchReport, *, enabled: bool, console: Console | None) -> None:
        self.total = total
        self.report = report
        self.enabled = enabled and total > 0
        self.console = console
        self.progress: Any = None
        self.task: Any = None

    def __enter__(self) -> _Bar:
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]summarising"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn(
                "[green]{task.fields[ok]} ok[/] [yellow]{task.fields[find]} findings[/] "
                "[red]{task.fields[failed]} failed[/]"
            ),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console or Console(stderr=True),
            transient=False,
        )
        self.progress.__enter__()
        self.task = self.progress.add_task("batch", total=self.total, **self._fields())
        return self

    def _fields(self) -> dict[str, Any]:
        r = self.report
        speed = None
        if self.progress is not None and self.task is not None:
            speed = self.progress.tasks[0].speed
        rate = f"{speed:.2f}/s" if speed else "-/s"
        return {"ok": r.ok, "find": r.with_findings, "failed": r.failed, "rate": rate}

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.update(self.task, advance=1)
            self.progress.update(self.task, **self._fields())

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.__exit__(None, None, None)


def print_report(report: BatchReport, console: Console | None = None) -> None:
    """The end-of-batch table (on stderr by default) and the failures, one line each."""
    from rich.console import Console
    from rich.table import Table

    con = console or Console(stderr=True)
    t = Table(title=f"batch → {report.out_path}", show_header=True)
    t.add_column("result")
    t.add_column("articles", justify="right")
    t.add_row("[green]ok[/]", str(report.ok))
    t.add_row("[yellow]ok with error findings[/]", str(report.with_findings))
    t.add_row("[red]failed[/]", str(report.failed))
    t.add_row("[dim]of which skipped (already done)[/]", str(report.skipped))
    t.add_row("total", str(report.total))
    t.add_section()
    t.add_row("tokens in / out", f"{report.prompt_tokens:,} / {report.completion_tokens:,}")
    t.add_row("model exchanges (cache hits)", f"{report.exchanges} ({report.cache_hits})")
    rate = report.processed / report.wall_s if report.wall_s > 0 else 0.0
    t.add_row("wall time", f"{report.wall_s:.1f} s ({rate:.2f} articles/s)")
    t.add_row("exit code", str(report.exit_code))
    con.print(t)
    for f in report.failures[:50]:
        con.print(f"failed {f.id}: [{f.kind}] {f.message}", style="red", highlight=False, markup=False, soft_wrap=True)
    if len(report.failures) > 50:
        con.print(f"... and {len(report.failures) - 50} more (see the output file)")


__all__ = ["BatchReport", "Failure", "print_report", "read_results", "run_batch"]
