"""Batch API files: export requests, index answers, join them back to the articles.

Everything streams: articles are read one at a time (``inputs.iter_inputs``), request lines
are written as they are built, and the answers are indexed by ``custom_id`` in a SQLite file
(``ResponseIndex``: one row per answer with its file and offset, never the answer itself),
so memory does not grow with the number of articles, whatever order the engine wrote the
answers in.

Export (``export_requests``): one line per article, files split before ``MAX_FILE_LINES``
lines or ``MAX_FILE_BYTES`` bytes (the Batch API's limits): ``requests.jsonl``,
``requests.2.jsonl``, ... A request already in the file being written (two ids with the same
text) is written once: the Batch API refuses a file whose custom_ids repeat; both articles
join to its answer.

Ingest (``ingest``): each article's first request is rebuilt (so a changed prompt or option
shows as a missing answer, never as a wrong one) and the live path is run with the indexed
answers on the wire, following the article's re-ask rounds through every file given. The
result is a ``batch`` output line per article (``{"id", "ok", "summary", "error"}``), and,
for an article whose last answer failed the checks while re-asks remain, its next request
(``reasks``): the article's line then holds the summary of the answers so far, with the
failing checks as error findings, until a later ingest with the re-ask's answer replaces it.
An article without an answer, or whose request is in an error file, gets a failure line
saying why. Nothing is dropped.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..cache import ExchangeEvent
from ..errors import InputError, OutputError, one_line
from ..inputs import Article, InputProblem
from . import MAX_FILE_BYTES, MAX_FILE_LINES, Held, finish_after, follow, request_json, request_line

if TYPE_CHECKING:
    from ..api import Options
    from ..audit import AuditLog
    from ..batch import BatchReport

#: error codes of the Batch API whose request may be sent again as it is
RETRYABLE_CODES = frozenset(
    {"batch_expired", "batch_cancelled", "server_error", "rate_limit_exceeded", "timeout", "internal_error"}
)


def retryable(code: str) -> bool:
    """Whether a failed request with this error code is worth sending again."""
    return code in RETRYABLE_CODES or code.startswith("5") or code == "429"


# --------------------------------------------------------------------------- index


class ResponseIndex(Mapping[str, dict[str, Any]]):
    """Answers by ``custom_id`` from Batch API output and error files (``vllm run-batch``'s
    output is the same format). As a mapping: the response bodies of the answered requests
    (status 200); ``error(custom_id)``: ``(code, message)`` of a failed one. An answer wins
    over an error for the same request (a request answered after a resubmission)."""

    def __init__(self, db: Path) -> None:
        self.db = Path(db)
        self._conn: sqlite3.Connection | None = None
        self._pid = 0
        self._files: dict[int, str] = {}
        self.malformed = 0
        c = self._c()
        c.execute(
            "CREATE TABLE IF NOT EXISTS answers (custom_id TEXT PRIMARY KEY, ok INTEGER NOT NULL, "
            "file INTEGER, offset INTEGER, length INTEGER, code TEXT, message TEXT)"
        )
        c.execute("CREATE TABLE IF NOT EXISTS files (id INTEGER PRIMARY KEY, path TEXT UNIQUE)")

    def _c(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # a forked worker opens its own
            self._conn = sqlite3.connect(self.db, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode = OFF")
            self._conn.execute("PRAGMA synchronous = OFF")
            self._pid = os.getpid()
            self._files = {}
        return self._conn

    def add_file(self, path: Path | str) -> tuple[int, int]:
        """Index one output or error file; returns (answers, errors) read from it."""
        path = Path(path)
        c = self._c()
        c.execute("INSERT OR IGNORE INTO files (path) VALUES (?)", (str(path.resolve()),))
        (fid,) = c.execute("SELECT id FROM files WHERE path = ?", (str(path.resolve()),)).fetchone()
        n_ok = n_err = 0
        rows: list[tuple[Any, ...]] = []
        sql = (
            "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(custom_id) DO UPDATE SET "
            "ok = excluded.ok, file = excluded.file, offset = excluded.offset, length = excluded.length, "
            "code = excluded.code, message = excluded.message WHERE answers.ok = 0"
        )
        try:
            fh = path.open("rb")
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or one_line(exc)}") from None
        c.execute("BEGIN")
        try:
            with fh:
                offset = 0
                for raw in fh:
                    start, offset = offset, offset + len(raw)
                    row = _parse_answer(raw)
                    if row is None:
                        if raw.strip():
                            self.malformed += 1
                        continue
                    cid, ok, code, message = row
                    rows.append((cid, int(ok), fid, start, len(raw), code, message))
                    n_ok += ok
                    n_err += not ok
                    if len(rows) >= 2000:
                        c.executemany(sql, rows)
                        rows.clear()
            if rows:
                c.executemany(sql, rows)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return n_ok, n_err

    def _path(self, fid: int) -> str:
        p = self._files.get(fid)
        if p is None:
            (p,) = self._c().execute("SELECT path FROM files WHERE id = ?", (fid,)).fetchone()
            self._files[fid] = p
        return p

    def __getitem__(self, cid: str) -> dict[str, Any]:
        row = self._c().execute("SELECT file, offset, length FROM answers WHERE custom_id = ? AND ok = 1", (cid,))
        found = row.fetchone()
        if found is None:
            raise KeyError(cid)
        fid, offset, length = found
        with open(self._path(fid), "rb") as fh:
            fh.seek(offset)
            rec = json.loads(fh.read(length))
        body: dict[str, Any] = rec["response"]["body"]
        return body

    def get_error(self, cid: str) -> tuple[str, str] | None:
        row = self._c().execute("SELECT code, message FROM answers WHERE custom_id = ? AND ok = 0", (cid,)).fetchone()
        return None if row is None else (str(row[0] or ""), str(row[1] or ""))

    def __contains__(self, cid: object) -> bool:
        q = "SELECT 1 FROM answers WHERE custom_id = ? AND ok = 1"
        return self._c().execute(q, (cid,)).fetchone() is not None

    def known(self, cid: str) -> bool:
        """Answered, or failed for good (an error that sending again will not fix)."""
        row = self._c().execute("SELECT ok, code FROM answers WHERE custom_id = ?", (cid,)).fetchone()
        return row is not None and (bool(row[0]) or not retryable(str(row[1] or "")))

    def __iter__(self) -> Iterator[str]:
        for (cid,) in self._c().execute("SELECT custom_id FROM answers WHERE ok = 1"):
            yield cid

    def __len__(self) -> int:
        (n,) = self._c().execute("SELECT count(*) FROM answers WHERE ok = 1").fetchone()
        return int(n)

    def close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None

    def __getstate__(self) -> dict[str, Any]:  # a worker reopens the file
        return {"db": self.db, "malformed": self.malformed}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.db = state["db"]
        self.malformed = state["malformed"]
        self._conn, self._pid, self._files = None, 0, {}


def _parse_answer(raw: bytes) -> tuple[str, bool, str, str] | None:
    """(custom_id, answered, error code, message) of one output or error line."""
    try:
        rec = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(rec, dict) or not isinstance(rec.get("custom_id"), str):
        return None
    cid = rec["custom_id"]
    resp = rec.get("response") if isinstance(rec.get("response"), dict) else None
    body = resp.get("body") if resp is not None else None
    status = resp.get("status_code") if resp is not None else None
    if status == 200 and isinstance(body, dict) and "choices" in body and not rec.get("error"):
        return cid, True, "", ""
    err = rec.get("error") if isinstance(rec.get("error"), dict) else None
    if err is None and isinstance(body, dict) and isinstance(body.get("error"), dict):
        err = body["error"]
    code = str((err or {}).get("code") or (status if status is not None else "error"))
    message = one_line((err or {}).get("message") or f"HTTP {status}", 300)
    return cid, False, code, message


# --------------------------------------------------------------------------- request files


def part_path(base: Path, n: int) -> Path:
    """The ``n``-th file of a split export: ``base`` itself, then ``stem.2.jsonl``, ..."""
    if n == 1:
        return base
    suffix = base.suffix or ".jsonl"
    return base.with_name(f"{base.stem if base.suffix else base.name}.{n}{suffix}")


class RequestWriter:
    """Batch API input files written as lines come, split at the API's limits."""

    def __init__(self, base: Path | str, *, max_lines: int = MAX_FILE_LINES, max_bytes: int = MAX_FILE_BYTES) -> None:
        self.base = Path(base)
        self.max_lines = max_lines
        self.max_bytes = max_bytes
        self.files: list[Path] = []
        self.lines = 0
        self.bytes = 0
        self.duplicates = 0
        self._fh: IO[bytes] | None = None
        self._n = self._size = 0
        self._ids: set[str] = set()  # this file's custom_ids (at most max_lines)
        try:
            self.base.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {self.base}: {exc.strerror or one_line(exc)}") from None
        # parts of an earlier, larger export would be joined with this one's: removed
        suffix = self.base.suffix or ".jsonl"
        stem = self.base.stem if self.base.suffix else self.base.name
        stale = re.compile(re.escape(stem) + r"\.\d+" + re.escape(suffix))
        for p in self.base.parent.glob("*"):
            if p != self.base and stale.fullmatch(p.name):
                p.unlink(missing_ok=True)

    def _open(self) -> IO[bytes]:
        if self._fh is not None:
            self._fh.close()
        path = part_path(self.base, len(self.files) + 1)
        try:
            self._fh = path.open("wb")
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or one_line(exc)}") from None
        self.files.append(path)
        self._n = self._size = 0
        self._ids.clear()
        return self._fh

    def write(self, line: dict[str, Any]) -> bool:
        """Write one request line; False when this file already holds its custom_id."""
        data = (request_json(line) + "\n").encode("utf-8")
        if len(data) > self.max_bytes:
            raise InputError(f"one request is {len(data)} bytes, over the file limit {self.max_bytes}")
        fh = self._fh
        if fh is None or self._n >= self.max_lines or self._size + len(data) > self.max_bytes:
            fh = self._open()
        cid = str(line["custom_id"])
        if cid in self._ids:
            self.duplicates += 1
            return False
        self._ids.add(cid)
        fh.write(data)
        self._n += 1
        self._size += len(data)
        self.lines += 1
        self.bytes += len(data)
        return True

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None


# --------------------------------------------------------------------------- workers

_CTX: dict[str, Any] = {}  # a worker's context (set by the pool initializer, per process)


def _init(ctx: dict[str, Any]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _CTX.clear()
    _CTX.update(ctx)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _preload() -> None:
    """Import in the parent what every worker needs, before forking: the workers share it
    instead of each importing openai and instructor again (~1 s of CPU each)."""
    import instructor  # noqa: F401
    import openai  # noqa: F401

    from .. import assemble, checks, evidence, gate  # noqa: F401
    from ..providers.http import ssl_context

    ssl_context()


def pmap(
    fn: Callable[..., Any], items: Iterable[tuple[Any, ...]], ctx: dict[str, Any], workers: int | None
) -> Iterator[Any]:
    """``fn(*item, ctx)`` for each item, in order, in ``workers`` forked processes (1: here),
    with a bounded number in flight: the input is read as results are taken."""
    import multiprocessing

    n = _cores() if workers is None else workers
    if n <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for it in items:
            yield fn(*it, ctx)
        return
    _preload()  # openai, instructor and the pipeline imported once, shared by the forks
    window = 16 * n
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork"), initializer=_init, initargs=(ctx,))
    pending: deque[Future[Any]] = deque()
    try:
        for it in items:
            pending.append(pool.submit(_in_worker, fn, it))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _in_worker(fn: Callable[..., Any], item: tuple[Any, ...]) -> Any:
    return fn(*item, _CTX)


def _describe(exc: BaseException) -> tuple[str, str]:
    from ..runner import describe

    return describe(exc)


# --------------------------------------------------------------------------- export


@dataclass
class ExportReport:
    files: list[Path] = field(default_factory=list)
    articles: int = 0
    lines: int = 0
    bytes: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # id, kind, message
    wall_s: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def _export_one(item_id: str, text: str, published: str | None, ctx: dict[str, Any]) -> tuple[str, Any, str, str]:
    from . import build_request

    try:
        return item_id, build_request(text, ctx["options"], published=published), "", ""
    except Exception as exc:
        kind, message = _describe(exc)
        return item_id, None, kind, message


def _items(articles: Iterable[Article | InputProblem], only: set[str] | None = None) -> Iterator[tuple[Any, ...]]:
    for a in articles:
        if only is not None and a.id not in only:
            continue
        if isinstance(a, InputProblem):
            yield (a.id, None, a.reason)
        else:
            yield (a.id, a.text, a.published)


def export_requests(
    articles: Iterable[Article | InputProblem],
    options: Options,
    path: Path | str,
    *,
    workers: int | None = None,
    on_item: Callable[[str, bool], None] | None = None,
    max_lines: int = MAX_FILE_LINES,
    max_bytes: int = MAX_FILE_BYTES,
    skip: Callable[[str], bool] | None = None,
) -> ExportReport:
    """Write one Batch API request per article to ``path`` (split as needed)."""
    started = time.perf_counter()
    rep = ExportReport()
    writer = RequestWriter(path, max_lines=max_lines, max_bytes=max_bytes)
    ctx = {"options": replace(options, listeners=[])}

    def work() -> Iterator[tuple[Any, ...]]:
        for item in _items(articles):
            if skip is not None and skip(item[0]):
                continue
            if item[1] is None:  # an input problem: reported, not sent to a worker
                yield ("problem", *item)
            else:
                yield item

    try:
        for item_id, line, kind, message in _ordered(work(), _export_one, ctx, workers):
            rep.articles += 1
            if line is None:
                rep.failures.append((item_id, kind, message))
            else:
                writer.write(line)
            if on_item is not None:
                on_item(item_id, line is not None)
    finally:
        writer.close()
    rep.files, rep.lines, rep.bytes, rep.duplicates = writer.files, writer.lines, writer.bytes, writer.duplicates
    rep.wall_s = time.perf_counter() - started
    return rep


class _Problems:
    """The input problems met while the articles are fed to the workers, held until the next
    result is yielded (they need no worker)."""

    def __init__(self) -> None:
        self.held: deque[tuple[Any, ...]] = deque()

    def without(self, items: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        for it in items:
            if it[0] == "problem":
                self.held.append(it)
                continue
            yield it

    def release(self) -> Iterator[tuple[Any, ...]]:
        while self.held:
            p = self.held.popleft()
            yield (p[1], None, "input", p[3])


def _ordered(
    items: Iterable[tuple[Any, ...]], fn: Callable[..., Any], ctx: dict[str, Any], workers: int | None
) -> Iterator[Any]:
    """``pmap`` with input problems passed through in order (as ``(id, None, "input", reason)``)."""
    problems = _Problems()
    # problems are rare: report them when met, before the next result
    for result in pmap(fn, problems.without(items), ctx, workers):
        yield from problems.release()
        yield result
    yield from problems.release()


# --------------------------------------------------------------------------- ingest


@dataclass
class Outcome:
    """One article joined with its answers."""

    id: str
    summary: dict[str, Any] | None = None
    kind: str = ""
    message: str = ""
    codes: list[str] = field(default_factory=list)
    #: the next round's request (a re-ask, or the first request again after a retryable error)
    request: dict[str, Any] | None = None
    events: list[ExchangeEvent] = field(default_factory=list)
    attempts: int = 0


class _Collect:
    """An exchange listener keeping one article's events, without their bodies (they stay in
    the cache; the audit needs none); an answer from the engine is marked ``batch``."""

    def __init__(self) -> None:
        self.events: list[ExchangeEvent] = []

    def __call__(self, ev: ExchangeEvent) -> None:
        source = "batch" if ev.source == "network" else ev.source
        self.events.append(replace(ev, request={}, response=None, source=source))


def join_article(
    text: str,
    published: str | None,
    options: Options,
    index: ResponseIndex,
    *,
    article_id: str = "",
    requeue_failed: bool = True,
) -> Outcome:
    """Follow one article through its answers in ``index``; see the module docstring.
    ``requeue_failed``: a first request without an answer, or failed with a retryable error,
    is the article's next request (else only re-asks are)."""
    collect = _Collect()
    o = replace(options, listeners=[collect])
    out = Outcome(article_id, events=collect.events)
    try:
        result, keys = follow(text, o, published, index, write_cache=True)
        if not isinstance(result, Held):
            out.summary = result.model_dump(mode="json")
            out.codes = [f.code for f in result.checks]
            out.attempts = len(keys)
            return out
        err = index.get_error(result.key)
        line = request_line(result.key, result.body)
        out.attempts = len(keys) - 1
        if len(keys) == 1:  # the article's first request has no answer
            out.kind = "model"
            if err is not None:
                out.message = f"batch: the request failed: {err[0]}: {err[1]}"
                if retryable(err[0]) and requeue_failed:
                    out.request = line
            else:
                out.message = f"batch: no answer for this article (custom_id {result.key[:16]}…) in the responses"
                out.request = line if requeue_failed else None
            return out
        answered = {k: index[k] for k in keys[:-1]}
        s = finish_after(text, o, answered, published=published)
        out.summary = s.model_dump(mode="json")
        out.codes = [f.code for f in s.checks]
        if err is None or retryable(err[0]):
            out.request = line  # the re-ask a live call would send now
    except Exception as exc:  # one article's failure is its line, never the run's
        out.summary = None
        out.kind, out.message = _describe(exc)
    return out


def _join_one(item_id: str, text: str, published: str | None, ctx: dict[str, Any]) -> Outcome:
    return join_article(
        text, published, ctx["options"], ctx["index"], article_id=item_id, requeue_failed=ctx["requeue_failed"]
    )


@dataclass
class IngestResult:
    report: BatchReport
    reasks: RequestWriter | None = None
    #: articles whose next request is waiting (a re-ask or a retry)
    pending: int = 0
    malformed: int = 0


def ingest(
    articles: Iterable[Article | InputProblem],
    *,
    options: Options,
    index: ResponseIndex,
    out_path: Path | str,
    reasks_path: Path | str | None = None,
    pending_path: Path | None = None,
    only: set[str] | None = None,
    audit: AuditLog | None = None,
    workers: int | None = None,
    progress: bool = False,
    total: int | None = None,
    requeue_failed: bool = True,
    max_lines: int = MAX_FILE_LINES,
    max_bytes: int = MAX_FILE_BYTES,
) -> IngestResult:
    """Join every article with its answers in ``index`` and write the ``batch`` output lines to
    ``out_path``; next-round requests go to ``reasks_path`` (when given) and the ids of their
    articles to ``pending_path``. ``only``: just these article ids."""
    from ..batch import BatchReport, has_errors, result_key
    from ..runner import JsonlOutput, ProgressDisplay

    started = time.perf_counter()
    output = JsonlOutput(out_path, result_key, what="batch")
    report = BatchReport(out_path=Path(out_path))
    result = IngestResult(report, malformed=index.malformed)
    writer = RequestWriter(reasks_path, max_lines=max_lines, max_bytes=max_bytes) if reasks_path else None
    result.reasks = writer
    pending_fh = pending_path.open("w", encoding="utf-8") if pending_path is not None else None
    ctx = {"options": replace(options, listeners=[]), "index": index, "requeue_failed": requeue_failed}
    listeners = list(options.listeners)
    if audit is not None and audit.listener not in listeners:
        listeners.append(audit.listener)
    bar = ProgressDisplay("joining answers", total or 0, enabled=progress and bool(total))
    output.open()
    try:
        with bar:
            for res in _ordered(_tagged(articles, only), _join_one, ctx, workers):
                if isinstance(res, tuple):  # an input problem
                    res = Outcome(res[0], kind="input", message=res[3])
                report.total += 1
                _replay(res, listeners, audit, options)
                for ev in res.events:
                    report.prompt_tokens += ev.prompt_tokens
                    report.completion_tokens += ev.completion_tokens
                    report.exchanges += 1
                if res.summary is not None:
                    output.write({"id": res.id, "ok": True, "summary": res.summary, "error": None})
                    if has_errors(res.summary):
                        report.with_findings += 1
                    else:
                        report.ok += 1
                else:
                    error = {"kind": res.kind, "message": res.message}
                    output.write({"id": res.id, "ok": False, "summary": None, "error": error})
                    report.failed += 1
                    from ..batch import Failure

                    report.failures.append(Failure(res.id, res.kind, res.message))
                if res.request is not None:
                    result.pending += 1
                    if writer is not None:
                        writer.write(res.request)
                    if pending_fh is not None:
                        pending_fh.write(json.dumps({"id": res.id, "custom_id": res.request["custom_id"]}) + "\n")
                bar.advance(res.id, failed=res.summary is None, findings=has_errors(res.summary))
    finally:
        output.close()
        if writer is not None:
            writer.close()
        if pending_fh is not None:
            pending_fh.close()
        report.wall_s = time.perf_counter() - started
    return result


def _tagged(articles: Iterable[Article | InputProblem], only: set[str] | None) -> Iterator[tuple[Any, ...]]:
    for item in _items(articles, only):
        if item[1] is None:
            yield ("problem", *item)
        else:
            yield item


def _replay(res: Outcome, listeners: list[Callable[[ExchangeEvent], None]], audit: AuditLog | None, o: Options) -> None:
    """The article's exchanges to the listeners (the audit log under the article's id)."""
    if not listeners:
        return
    from contextlib import nullcontext

    with audit.article(res.id) if audit is not None else nullcontext() as scope:
        for ev in res.events:
            for fn in listeners:
                with suppress(Exception):  # a listener must not stop the run
                    fn(ev)
        if audit is not None and scope is not None:
            try:
                error = f"{res.kind}: {res.message}" if res.summary is None else None
                audit.finish(scope, res.codes, error=error, provider=None, model=None)
            except Exception:
                pass


__all__ = [
    "ExportReport",
    "IngestResult",
    "Outcome",
    "RequestWriter",
    "ResponseIndex",
    "export_requests",
    "ingest",
    "join_article",
    "part_path",
]
