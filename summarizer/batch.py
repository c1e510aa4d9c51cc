"""Batch runs: many articles, one shared ``Engine``, bounded concurrency, resumable output.

``await run_batch(articles, options=..., out_path=..., concurrency=8)`` summarises every
``Article`` (``InputProblem`` items are reported as input errors) and appends one JSON line
per article to ``out_path`` (``-``: stdout), flushed as soon as that article is done, so a
crash or Ctrl-C loses nothing already finished (``runner.JsonlWriter``)::

    {"id": "...", "ok": true,  "summary": {...Summary...}, "error": null}
    {"id": "...", "ok": false, "summary": null, "error": {"kind": "model", "message": "..."}}

Error kinds: ``input`` (unreadable, empty, binary, too long for the model's context, bad
JSONL line, an id given twice), ``timeout`` (the article's ``timeout`` ran out), ``model``
(the call failed after the transport's retries, or the answer never fitted the schema),
``config``, ``internal`` (a bug: reported, never fatal for the others).

One writer, one line per id: a run holds a lock on the output (``runner.OutputLock``); a
second run on the same file is refused (``InputError``, exit code 2). Resume: ids whose
last line in ``out_path`` has ``ok: true`` are skipped; failed ones are tried again and
their new line appended; when the run ends the file is rewritten atomically with the last
line per id (``runner.compact``), so after any number of re-runs it holds exactly one line
per id (readers may still take the last line per id: ``read_results``). A truncated last
line (process killed mid-write) is ignored and dropped. An id given twice in one batch is
summarised once (the first article), the second reported as an ``input`` failure.

Accounting: tokens are summed from every exchange of every article (re-asks, failed and
cached ones included) through an exchange listener; ``Summary.provenance.usage`` holds the
same per article. ``Options.token_budget`` is per article (the api stops re-asking and adds
a ``token-budget-reached`` finding).

One process: the model calls wait on the network and each article costs the client ~10 ms
of CPU (openai, instructor, validation, the builder and the checks), so one event loop keeps
up with a realistic server: measured against the fake server at 2 s latency with 16 and 64
articles in flight, forked worker processes made no difference (bench/README.md, "batch
worker processes"). ``workers`` is accepted and ignored (the report's ``workers`` is 1);
``--workers`` still sets the processes of ``--export`` and ``--ingest`` (``batchapi``). Runs
that need more than one process's ~50-80 articles/s go through the Batch API.

Exit code (``BatchReport.exit_code``, used by ``summarizer batch``): 0 every article has a
summary without error findings; 3 some summaries carry error findings (none failed); 1 at
least one article failed (no summary). Skipped articles count with the result stored for
them.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import ExchangeEvent
from .inputs import Article, InputProblem
from .runner import JsonlOutput, ProgressDisplay, describe, read_last, run_with_deadline, time_limit, with_timeout

if TYPE_CHECKING:
    from rich.console import Console

    from .api import Engine, Options
    from .audit import ArticleScope, AuditLog

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
    workers: int = 1  # processes that summarised: always this one (``run_batch`` ignores ``workers``)

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


def result_key(rec: dict[str, Any]) -> str | None:
    """A batch record's key: its id (records need a string id and a boolean ``ok``)."""
    ident = rec.get("id")
    return ident if isinstance(ident, str) and isinstance(rec.get("ok"), bool) else None


def read_results(path: Path | str) -> dict[str, dict[str, Any]]:
    """The last record per id in a batch output file; broken lines are ignored."""
    return {str(k): v for k, v in read_last(path, result_key).items()}


def has_errors(summary: dict[str, Any] | None) -> bool:
    """Whether a summary (as JSON data) carries an error finding."""
    checks = (summary or {}).get("checks") or []
    return any(isinstance(c, dict) and c.get("severity") == "error" for c in checks)


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

    def fill(self, report: BatchReport) -> None:
        report.prompt_tokens = self.prompt
        report.completion_tokens = self.completion
        report.exchanges = self.exchanges
        report.cache_hits = self.cache_hits


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
    workers: int | None = None,
    timeout: float | None = None,
) -> BatchReport:
    """Summarise ``articles`` into ``out_path`` (JSONL; ``-`` for stdout); see the module
    docstring. ``workers``: accepted and ignored (one process). ``timeout``: total seconds per
    article (``None``: the library's default, 0: none). Raises ``InputError`` when another run
    holds ``out_path``, ``OutputError`` when it cannot be written."""
    from .api import Engine

    del workers  # one process: see the module docstring
    items = list(articles)
    output = JsonlOutput(out_path, result_key, what="batch")
    report = BatchReport(out_path=Path("<stdout>") if output.stdout else output.path, total=len(items))
    started = time.perf_counter()
    output.open()  # the lock first: what is read below must not change under us
    try:
        previous = output.read() if resume else {}
    except BaseException:
        output.close()
        raise
    pending = deque(_plan(items, previous, report))
    tokens = _Tokens()
    opts = with_timeout(replace(options, listeners=_listeners(options, tokens, audit)), timeout)
    engine: Engine | None = None
    bar = ProgressDisplay(
        "summarising", report.skipped + len(pending), already=report.skipped, enabled=progress, console=console
    )
    try:
        engine = Engine(opts) if any(isinstance(t, Article) for t in pending) else None
        run = _BatchRun(output, report, bar, audit, engine, time_limit(engine, timeout))
        with bar:
            n = max(1, min(concurrency, len(pending) or 1))
            await asyncio.gather(*(run.worker(pending) for _ in range(n)))
    finally:
        output.close()
        if engine is not None:
            await _aclose(engine)
        tokens.fill(report)
        report.wall_s = time.perf_counter() - started
    return report


def _plan(
    items: list[Article | InputProblem], previous: dict[Any, dict[str, Any]], report: BatchReport
) -> list[Article | InputProblem]:
    """What is left to do: an id given again is a failure (the output holds one line per id:
    the first article keeps it); an id already ok in the output is skipped and counted."""
    todo: list[Article | InputProblem] = []
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            report.failed += 1
            why = "duplicate id in the inputs: only its first article is used"
            report.failures.append(Failure(it.id, "input", why))
            continue
        seen.add(it.id)
        rec = previous.get(it.id)
        if rec is not None and rec.get("ok"):
            report.skipped += 1
            if has_errors(rec.get("summary")):
                report.with_findings += 1
            else:
                report.ok += 1
        else:
            todo.append(it)
    return todo


def _listeners(options: Options, tokens: _Tokens, audit: AuditLog | None) -> list[Callable[[ExchangeEvent], None]]:
    """The caller's exchange listeners, the token count and the audit log."""
    listeners: list[Callable[[ExchangeEvent], None]] = [*options.listeners, tokens]
    if audit is not None and audit.listener not in listeners:
        listeners.append(audit.listener)
    return listeners


@dataclass
class _BatchRun:
    """Where each finished article goes: its line in the output, the report, the progress bar
    and the audit log."""

    output: JsonlOutput
    report: BatchReport
    bar: ProgressDisplay
    audit: AuditLog | None
    engine: Engine | None
    limit: float | None  # seconds per article (None: none)

    def record(self, item_id: str, summary: dict[str, Any] | None, kind: str = "", message: str = "") -> None:
        findings = False
        if summary is not None:
            self.output.write({"id": item_id, "ok": True, "summary": summary, "error": None})
            findings = has_errors(summary)
            if findings:
                self.report.with_findings += 1
            else:
                self.report.ok += 1
        else:
            error = {"kind": kind, "message": message}
            self.output.write({"id": item_id, "ok": False, "summary": None, "error": error})
            self.report.failed += 1
            self.report.failures.append(Failure(item_id, kind, message))
        self.bar.advance(item_id, failed=summary is None, findings=findings)

    def audit_finish(self, scope: ArticleScope | None, codes: list[str], kind: str, message: str) -> None:
        if self.audit is None or scope is None:
            return
        provider = self.engine.provider.name if self.engine else None
        model = self.engine.provider.model if self.engine else None
        with suppress(Exception):  # the audit log must not fail an article
            error = f"{kind}: {message}" if kind else None
            self.audit.finish(scope, codes, error=error, provider=provider, model=model)

    async def one(self, a: Article) -> None:
        assert self.engine is not None
        with self.audit.article(a.id) if self.audit is not None else nullcontext() as scope:
            summary, kind, message, codes = await _summarize(self.engine, a, self.limit)
            self.audit_finish(scope, codes, kind, message)
        self.record(a.id, summary, kind, message)

    async def worker(self, pending: deque[Article | InputProblem]) -> None:
        while pending:
            item = pending.popleft()
            if isinstance(item, InputProblem):
                self.record(item.id, None, "input", item.reason)
                continue
            await self.one(item)


async def _summarize(
    engine: Engine, a: Article, timeout: float | None = None
) -> tuple[dict[str, Any] | None, str, str, list[str]]:
    """One article: (summary as JSON data or None, error kind, message, finding codes)."""
    summary: dict[str, Any] | None = None
    kind = message = ""
    codes: list[str] = []
    try:
        s = await run_with_deadline(lambda: engine.asummarize(a.text, published=a.published), timeout)
        summary = s.model_dump(mode="json")
        codes = [f.code for f in s.checks]
    except Exception as exc:  # a bug or an unexpected library error: never fatal for the batch
        kind, message = describe(exc)
    return summary, kind, message, codes


async def _aclose(engine: Engine) -> None:
    client: Any = getattr(engine, "_async_client", None)
    inner = getattr(client, "client", None)
    close = getattr(inner, "close", None)
    if close is not None:
        with suppress(Exception):
            await close()
    engine.close()


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
