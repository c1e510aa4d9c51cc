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

Worker processes: the model calls wait on the network, but each article also costs the client
~10 ms of CPU (openai, instructor, validation, the builder and the checks), so one event loop
saturates one core at a few dozen articles in flight. With ``workers`` > 1 (the default picks
``min(cores, concurrency // 8, articles // 16)`` when no other thread runs in the process;
``SUMMARIZER_BATCH_WORKERS`` overrides the default) the articles are spread over forked
worker processes, each with its own event loop, engine and share of the concurrency, fed one
article at a time as they finish. The parent keeps everything else: the output file, the
report, the progress bar, the audit log and the exchange listeners (the workers forward every
exchange event). Only providers reached over HTTP (or offline replay) are run in workers, and
only where ``fork`` exists; an article whose worker dies is reported as an ``internal``
failure and the rest of the batch goes on.

Exit code (``BatchReport.exit_code``, used by ``summarizer batch``): 0 every article has a
summary without error findings; 3 some summaries carry error findings (none failed); 1 at
least one article failed (no summary). Skipped articles count with the result stored for
them.
"""

from __future__ import annotations

import asyncio
import contextvars
import gc
import os
import pickle
import socket
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import ExchangeEvent
from .errors import one_line
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
    workers: int = 1  # processes that summarised (1: this one only)

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


def _key(rec: dict[str, Any]) -> str | None:
    """A batch record's key: its id (records need a string id and a boolean ``ok``)."""
    ident = rec.get("id")
    return ident if isinstance(ident, str) and isinstance(rec.get("ok"), bool) else None


def read_results(path: Path | str) -> dict[str, dict[str, Any]]:
    """The last record per id in a batch output file; broken lines are ignored."""
    return {str(k): v for k, v in read_last(path, _key).items()}


def _has_errors(summary: dict[str, Any] | None) -> bool:
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
    docstring. ``workers``: worker processes (1: all in this process; ``None``: chosen from the
    batch). ``timeout``: total seconds per article (``None``: the library's default, 0: none). Raises
    ``InputError`` when another run holds ``out_path``, ``OutputError`` when it cannot be
    written."""
    from .api import Engine

    items = list(articles)
    output = JsonlOutput(out_path, _key, what="batch")
    out = Path("<stdout>") if output.stdout else output.path
    report = BatchReport(out_path=out, total=len(items))
    started = time.perf_counter()
    output.open()  # the lock first: what is read below must not change under us
    try:
        previous = output.read() if resume else {}
    except BaseException:
        output.close()
        raise
    todo: list[Article | InputProblem] = []
    seen: set[str] = set()
    for it in items:
        if it.id in seen:  # the output holds one line per id: the first article keeps it
            report.failed += 1
            why = "duplicate id in the inputs: only its first article is used"
            report.failures.append(Failure(it.id, "input", why))
            continue
        seen.add(it.id)
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
    opts = with_timeout(replace(options, listeners=listeners), timeout)
    engine: Engine | None = None
    pool: _Pool | None = None
    bar = ProgressDisplay(
        "summarising", report.skipped + len(todo), already=report.skipped, enabled=progress, console=console
    )
    try:
        n_articles = sum(isinstance(t, Article) for t in todo)
        engine = Engine(opts) if n_articles else None
        limit = time_limit(engine, timeout)
        provider = engine.provider.name if engine else None
        model = engine.provider.model if engine else None

        def record(item_id: str, summary: dict[str, Any] | None, kind: str = "", message: str = "") -> None:
            findings = False
            if summary is not None:
                output.write({"id": item_id, "ok": True, "summary": summary, "error": None})
                findings = _has_errors(summary)
                if findings:
                    report.with_findings += 1
                else:
                    report.ok += 1
            else:
                output.write({"id": item_id, "ok": False, "summary": None, "error": {"kind": kind, "message": message}})
                report.failed += 1
                report.failures.append(Failure(item_id, kind, message))
            bar.advance(item_id, failed=summary is None, findings=findings)

        def audit_finish(scope: ArticleScope | None, codes: list[str], kind: str, message: str) -> None:
            if audit is not None and scope is not None:
                try:
                    error = f"{kind}: {message}" if kind else None
                    audit.finish(scope, codes, error=error, provider=provider, model=model)
                except Exception:  # the audit log must not fail an article
                    pass

        async def one(a: Article) -> None:
            assert engine is not None
            with audit.article(a.id) if audit is not None else nullcontext() as scope:
                summary, kind, message, codes = await _summarize(engine, a, limit)
                audit_finish(scope, codes, kind, message)
            record(a.id, summary, kind, message)

        pending: deque[Article | InputProblem] = deque(todo)
        n_workers = _worker_count(workers, engine, options, n_articles, concurrency)
        if n_workers > 1:
            assert engine is not None
            report.workers = n_workers
            pool = _Pool(
                n_workers,
                concurrency,
                replace(opts, listeners=[]),
                strip_events=not options.listeners,
                timeout=limit,
            )

        async def worker() -> None:
            while pending:
                item = pending.popleft()
                if isinstance(item, InputProblem):
                    record(item.id, None, "input", item.reason)
                    continue
                await one(item)

        with bar:
            if pool is not None:
                await pool.run(pending, record, listeners, audit, audit_finish)
            # in this process: everything (one worker), or what no worker process could take
            n = max(1, min(concurrency, len(pending) or 1))
            await asyncio.gather(*(worker() for _ in range(n)))
    finally:
        if pool is not None:
            await pool.close()
        output.close()
        if engine is not None:
            await _aclose(engine)
        report.prompt_tokens = tokens.prompt
        report.completion_tokens = tokens.completion
        report.exchanges = tokens.exchanges
        report.cache_hits = tokens.cache_hits
        report.wall_s = time.perf_counter() - started
    return report


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


# --------------------------------------------------------------------------- worker processes

WORKERS_ENV = "SUMMARIZER_BATCH_WORKERS"


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _worker_count(
    workers: int | None, engine: Engine | None, options: Options, n_articles: int, concurrency: int
) -> int:
    """How many worker processes (1: none). Asked for or chosen; always 1 where they cannot
    work: no ``fork``, a provider given as an object (its state would stay in the workers),
    a provider that is not reached over HTTP (the embedded model lives in this process)."""
    import multiprocessing

    from .providers.http import HTTPProvider, ReplayProvider

    if workers is None:
        env = os.environ.get(WORKERS_ENV, "").strip()
        if env:
            try:
                workers = int(env)
            except ValueError:
                workers = None
    if workers is None:
        # chosen, not asked for: only where forking is safe, with no other thread running (a
        # lock another thread holds at the fork stays locked in the worker)
        import threading

        if threading.active_count() > 1:
            return 1
        workers = min(_cores(), concurrency // 8, n_articles // 16)
    workers = min(workers, concurrency, n_articles)
    if workers <= 1 or engine is None or options.provider is not None:
        return 1
    if not isinstance(engine.provider, HTTPProvider | ReplayProvider):
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return workers


def _frame(msg: tuple[Any, ...]) -> bytes:
    data = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(8, "big") + data


async def _read_msg(reader: asyncio.StreamReader) -> tuple[Any, ...]:
    n = int.from_bytes(await reader.readexactly(8), "big")
    msg: tuple[Any, ...] = pickle.loads(await reader.readexactly(n))
    return msg


def _preload() -> None:
    """Import and build in the parent what every worker needs, before forking: the workers
    share it instead of each importing openai and instructor again (~1 s of CPU each)."""
    import instructor  # noqa: F401
    import openai  # noqa: F401

    from . import build, checks, evidence  # noqa: F401
    from .api import _response_model
    from .providers.http import ssl_context

    for free in (False, True):
        _response_model(free=free)
    ssl_context()


@dataclass
class _Worker:
    process: Any
    sock: socket.socket
    share: int
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    in_flight: dict[int, Article] = field(default_factory=dict)
    fatal: str = ""


class _Pool:
    """Forked worker processes, each summarising its share of the articles in flight."""

    def __init__(
        self, n: int, concurrency: int, options: Options, *, strip_events: bool, timeout: float | None = None
    ) -> None:
        import multiprocessing

        _preload()
        ctx = multiprocessing.get_context("fork")
        for stream in (sys.stdout, sys.stderr):  # nothing buffered may be written twice
            with suppress(Exception):
                stream.flush()
        self.workers: list[_Worker] = []
        # the workers share the parent's objects copy-on-write; a garbage collection in a
        # worker would touch (and so copy) all of them: they are kept out of its reach
        gc.freeze()
        try:
            for k in range(n):
                share = concurrency // n + (1 if k < concurrency % n else 0)
                mine, theirs = socket.socketpair()
                others = [mine, *(w.sock for w in self.workers)]  # the child closes its copies
                proc = ctx.Process(
                    target=_child_main,
                    args=(theirs, options, share, strip_events, others, timeout),
                    name=f"summarizer-batch-{k + 1}",
                    daemon=True,
                )
                proc.start()
                theirs.close()
                self.workers.append(_Worker(proc, mine, share))
        except BaseException:
            self._kill()
            raise
        finally:
            gc.unfreeze()
        self.seq = 0

    async def run(
        self,
        pending: deque[Article | InputProblem],
        record: Callable[..., None],
        listeners: list[Callable[[ExchangeEvent], None]],
        audit: AuditLog | None,
        audit_finish: Callable[[ArticleScope | None, list[str], str, str], None],
    ) -> None:
        """Feed ``pending`` to the workers until it is empty; what is left when every worker
        has gone stays in ``pending``."""
        # per article: the context its exchange events are replayed in (the audit scope)
        scopes: dict[int, tuple[contextvars.Context, Any, ArticleScope | None]] = {}

        def feed(w: _Worker) -> bool:
            while pending:
                item = pending.popleft()
                if isinstance(item, InputProblem):
                    record(item.id, None, "input", item.reason)
                    continue
                self.seq += 1
                ctx = contextvars.copy_context()
                cm: Any = audit.article(item.id) if audit is not None else None
                scope = ctx.run(cm.__enter__) if cm is not None else None
                scopes[self.seq] = (ctx, cm, scope)
                w.in_flight[self.seq] = item
                assert w.writer is not None
                published = item.published
                w.writer.write(_frame(("item", self.seq, item.text, published)))
                return True
            return False

        def done(seq: int, summary: dict[str, Any] | None, kind: str, message: str, codes: list[str]) -> str:
            ctx, cm, scope = scopes.pop(seq)
            audit_finish(scope, codes, kind, message)
            if cm is not None:
                with suppress(Exception):
                    ctx.run(cm.__exit__, None, None, None)
            return ""

        def replay(seq: int | None, ev: ExchangeEvent) -> None:
            entry = scopes.get(seq) if seq is not None else None
            for fn in listeners:
                try:
                    if entry is not None:
                        entry[0].run(fn, ev)
                    else:
                        fn(ev)
                except Exception:  # a listener must not stop the batch
                    pass

        async def pump(w: _Worker) -> None:
            try:
                w.reader, w.writer = await asyncio.open_unix_connection(sock=w.sock)
                for _ in range(w.share):
                    if not feed(w):
                        break
                while w.in_flight:
                    msg = await _read_msg(w.reader)
                    if msg[0] == "ev":
                        replay(msg[1], msg[2])
                    elif msg[0] == "done":
                        _, seq, summary, kind, message, codes = msg
                        a = w.in_flight.pop(seq)
                        done(seq, summary, kind, message, codes)
                        record(a.id, summary, kind, message)
                        feed(w)
                    elif msg[0] == "fatal":
                        w.fatal = str(msg[1])
                        break
            except (asyncio.IncompleteReadError, ConnectionError, OSError):
                pass
            finally:
                if w.writer is not None:
                    with suppress(Exception):
                        w.writer.write(_frame(("stop",)))
                        w.writer.close()
            if w.fatal:  # it never started: its articles were not tried, others take them
                for seq in sorted(w.in_flight, reverse=True):
                    pending.appendleft(w.in_flight.pop(seq))
                    ctx, cm, _ = scopes.pop(seq)
                    if cm is not None:
                        with suppress(Exception):
                            ctx.run(cm.__exit__, None, None, None)
            if w.in_flight:  # the worker went away with articles in flight
                await self._reap(w)
                code = w.process.exitcode
                why = w.fatal or ("exit code " + str(code) if code is not None else "no answer")
                for seq, a in sorted(w.in_flight.items()):
                    message = f"worker process {w.process.name} ended ({why}); re-run to resume"
                    done(seq, None, "internal", message, [])
                    record(a.id, None, "internal", message)
                w.in_flight.clear()

        await asyncio.gather(*(pump(w) for w in self.workers))

    async def _reap(self, w: _Worker, timeout: float = 2.0) -> None:
        deadline = time.monotonic() + timeout
        while w.process.is_alive() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        if w.process.is_alive():
            w.process.terminate()
            await asyncio.sleep(0.05)
        w.process.join(timeout=0.5)

    async def close(self) -> None:
        for w in self.workers:
            if w.writer is not None:
                with suppress(Exception):
                    w.writer.close()
            with suppress(Exception):
                w.sock.close()
        for w in self.workers:
            await self._reap(w, timeout=5.0)

    def _kill(self) -> None:
        for w in self.workers:
            with suppress(Exception):
                w.process.terminate()
                w.process.join(timeout=1.0)
            with suppress(Exception):
                w.sock.close()


_ITEM: contextvars.ContextVar[int | None] = contextvars.ContextVar("summarizer_batch_item", default=None)


def _child_main(
    sock: socket.socket,
    options: Options,
    share: int,
    strip_events: bool,
    others: list[socket.socket],
    timeout: float | None = None,
) -> None:
    """A worker process (forked): summarise the articles the parent sends, answer each."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when the batch stops
    for other in others:  # the parent's ends (to this worker and to the others)
        with suppress(Exception):
            other.close()
    asyncio.run(_child_loop(sock, options, share, strip_events, timeout))


async def _child_loop(
    sock: socket.socket, options: Options, share: int, strip_events: bool, timeout: float | None = None
) -> None:
    from .api import Engine

    reader, writer = await asyncio.open_unix_connection(sock=sock)

    def forward(ev: ExchangeEvent) -> None:
        if strip_events:  # only the parent's token count and audit log listen: no bodies
            ev = replace(ev, request={}, response=None)
        writer.write(_frame(("ev", _ITEM.get(), ev)))

    try:
        engine = Engine(replace(options, listeners=[forward]))
    except Exception as exc:
        writer.write(_frame(("fatal", f"{type(exc).__name__}: {one_line(exc)}")))
        await writer.drain()
        # wait for the parent to hang up: closing with its articles unread would reset the
        # connection, and the parent might never read why
        with suppress(Exception):
            while await reader.read(1 << 16):
                pass
        return

    async def one(seq: int, text: str, published: str | None) -> None:
        _ITEM.set(seq)  # this task's own context
        try:
            summary, kind, message, codes = await _summarize(engine, Article(str(seq), text, published), timeout)
        except Exception as exc:  # the parent must hear of every article, or it waits forever
            summary, codes = None, []
            kind, message = describe(exc)
        with suppress(Exception):  # the parent has gone: nobody to tell
            writer.write(_frame(("done", seq, summary, kind, message, codes)))
            await writer.drain()

    tasks: set[asyncio.Task[None]] = set()
    try:
        while True:
            try:
                msg = await _read_msg(reader)
            except (asyncio.IncompleteReadError, ConnectionError, OSError):
                break  # the parent has gone
            if msg[0] != "item":
                break
            t = asyncio.create_task(one(msg[1], msg[2], msg[3]))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
        for t in list(tasks):
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await _aclose(engine)
        with suppress(Exception):
            writer.close()


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
