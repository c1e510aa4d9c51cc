"""Audit log: one SQLite row per model exchange (stdlib ``sqlite3``).

Where: ``$SUMMARIZER_AUDIT_DB`` if set, else ``platformdirs.user_data_dir("summarizer")/
audit.sqlite``.

What a row holds: UTC time, run id, article id, provider, model, prompt_version, the request
hash (``ExchangeEvent.key``, the exchange-cache key), prompt and completion tokens, latency,
the attempt number within the article (1 = first ask, 2.. = re-asks), the source (network,
cache, fixture) and ``cache_hit``, the HTTP status code, and, once the article is finished,
the finding codes of its summary (or its error, for an article that failed). An article
whose request failed below the exchange layer (connection refused, timeout after every
retry) has no exchange; it gets one row with ``status_code`` NULL and the error, so a
failed call is never invisible.

How: ``AuditLog.listener`` is an exchange listener (``Options.listeners``); the article a
request belongs to comes from a context variable set by ``AuditLog.article(id)`` (a context
manager, per asyncio task in a batch). ``finish`` writes the finding codes.

What it never holds: API keys or headers of any kind. ``ExchangeEvent`` carries no headers;
the request body and the answer are not stored either (they are in the exchange cache,
keyed by the same hash).

Concurrency: WAL journal and a busy timeout, so two processes (two batches) can append to
one log at the same time; each write is its own short transaction.

Schema version: ``PRAGMA user_version`` holds the number of ``MIGRATIONS`` applied; opening
a log applies the missing ones in one transaction (a log from before versioning, 0, gets
them all: each is idempotent). A log written by a newer summarizer (a higher version) is
not written to.

Never at the cost of a summary: a log that cannot be opened or written (corrupt file,
read-only place, newer schema, disk full) is switched off with one warning on stderr, and
the summaries are written as usual. ``summarizer logs`` on such a file says so in one line.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .cache import ExchangeEvent
from .errors import InputError, one_line

SCHEMA = """
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    run_id TEXT NOT NULL,
    article_id TEXT,
    provider TEXT,
    model TEXT,
    prompt_version TEXT,
    request_hash TEXT,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    latency_ms REAL,
    attempt INTEGER,
    source TEXT,
    cache_hit INTEGER NOT NULL DEFAULT 0,
    status_code INTEGER,
    finding_codes TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS exchanges_time ON exchanges(time);
CREATE INDEX IF NOT EXISTS exchanges_article ON exchanges(article_id);
"""

#: ``MIGRATIONS[k]`` takes a log from version k to k + 1 (statements separated by ";"). Add
#: new ones at the end; never edit one that has shipped.
MIGRATIONS: list[str] = [SCHEMA]
SCHEMA_VERSION = len(MIGRATIONS)

COLUMNS = (
    "id",
    "time",
    "run_id",
    "article_id",
    "provider",
    "model",
    "prompt_version",
    "request_hash",
    "prompt_tokens",
    "completion_tokens",
    "latency_ms",
    "attempt",
    "source",
    "cache_hit",
    "status_code",
    "finding_codes",
    "error",
)


def default_audit_path() -> Path:
    env = os.environ.get("SUMMARIZER_AUDIT_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("summarizer")) / "audit.sqlite"


@dataclass
class ArticleScope:
    article_id: str
    attempts: int = 0
    row_ids: list[int] = field(default_factory=list)


_current: contextvars.ContextVar[ArticleScope | None] = contextvars.ContextVar("summarizer_audit_article", default=None)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _warn_stderr(message: str) -> None:
    import sys

    with contextlib.suppress(Exception):
        sys.stderr.write(f"summarizer: warning: {message}\n")
        sys.stderr.flush()


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the log to ``SCHEMA_VERSION``; the version found. Raises ``InputError`` for a log
    of a newer summarizer."""
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found > SCHEMA_VERSION:
        raise InputError(f"written by a newer summarizer (schema {found}, this one knows {SCHEMA_VERSION})")
    if found == SCHEMA_VERSION:
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        now = int(conn.execute("PRAGMA user_version").fetchone()[0])  # another process may have done it
        for step in MIGRATIONS[now:]:
            for stmt in step.split(";"):
                if stmt.strip():
                    conn.execute(stmt)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return found


class AuditLog:
    """Appends exchange rows; safe to share between tasks of one event loop and threads.

    It never raises once built, and building it never raises either: a log that cannot be used
    is switched off (``broken`` says why) with one warning through ``on_error`` (default: a
    line on stderr)."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        run_id: str | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else default_audit_path()
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.broken: str | None = None
        self._on_error = on_error or _warn_stderr
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._prompt_version: str | None = None
        try:
            self._open()
        except (sqlite3.Error, OSError, InputError) as exc:
            self._fail(exc)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA busy_timeout = 30000")
        # Two processes opening a new log at once: switching to WAL and creating the tables can
        # answer SQLITE_BUSY without waiting on the busy handler; retry, bounded.
        for attempt in range(50):
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                with self._lock:
                    migrate(self._conn)
                break
            except sqlite3.OperationalError as exc:
                if attempt == 49 or ("locked" not in str(exc) and "busy" not in str(exc)):
                    raise
                time.sleep(0.05 + 0.01 * attempt)

    def _fail(self, exc: BaseException) -> None:
        """Switch the log off and say so, once."""
        if self.broken is not None:
            return
        self.broken = one_line(exc) or type(exc).__name__
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        self._on_error(
            f"audit log {self.path} is not usable ({self.broken}); summaries are written as usual, "
            "model exchanges are not logged"
        )

    # -- writing ---------------------------------------------------------------------------
    def prompt_version(self) -> str:
        if self._prompt_version is None:
            from .prompts import prompt_version

            self._prompt_version = prompt_version()
        return self._prompt_version

    @contextmanager
    def article(self, article_id: str) -> Iterator[ArticleScope]:
        """Exchanges inside this block are attributed to ``article_id``."""
        scope = ArticleScope(article_id)
        token = _current.set(scope)
        try:
            yield scope
        finally:
            _current.reset(token)

    def listener(self, ev: ExchangeEvent) -> None:
        """An exchange listener (``Options.listeners``): one row per exchange."""
        if self._conn is None:
            return
        scope = _current.get()
        attempt = None
        if scope is not None:
            scope.attempts += 1
            attempt = scope.attempts
        row = (
            _now(),
            self.run_id,
            scope.article_id if scope else None,
            ev.provider,
            ev.model,
            self.prompt_version(),
            ev.key,
            ev.prompt_tokens,
            ev.completion_tokens,
            round(ev.latency_s * 1000.0, 3),
            attempt,
            ev.source,
            int(ev.source in ("cache", "fixture")),  # a batch answer is a real model call
            ev.status_code,
        )
        rid = self._insert(row)
        if scope is not None and rid is not None:
            scope.row_ids.append(rid)

    def _insert(self, row: tuple[Any, ...]) -> int | None:
        sql = (
            "INSERT INTO exchanges (time, run_id, article_id, provider, model, prompt_version, request_hash, "
            "prompt_tokens, completion_tokens, latency_ms, attempt, source, cache_hit, status_code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        with self._lock:
            if self._conn is None:
                return None
            try:
                cur = self._conn.execute(sql, row)
            except sqlite3.Error as exc:
                self._fail(exc)
                return None
            return cur.lastrowid

    def finish(
        self,
        scope: ArticleScope,
        codes: Sequence[str] = (),
        *,
        error: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> None:
        """Write the article's finding codes (or its error) on its rows. A failed article
        with no exchange at all gets one row carrying the error."""
        if self._conn is None:
            return
        text = ",".join(dict.fromkeys(codes))
        if not scope.row_ids:
            if error is None:
                return
            rid = self._insert(
                (
                    _now(),
                    self.run_id,
                    scope.article_id,
                    provider,
                    model,
                    self.prompt_version(),
                    None,
                    0,
                    0,
                    None,
                    None,
                    "none",
                    0,
                    None,
                )
            )
            if rid is not None:
                scope.row_ids.append(rid)
        if not scope.row_ids:
            return
        marks = ",".join("?" * len(scope.row_ids))
        with self._lock:
            if self._conn is None:
                return
            try:
                self._conn.execute(
                    f"UPDATE exchanges SET finding_codes = ?, error = ? WHERE id IN ({marks})",
                    (text, error, *scope.row_ids),
                )
            except sqlite3.Error as exc:
                self._fail(exc)

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- reading


@dataclass
class Query:
    since: date | None = None
    until: date | None = None  # inclusive
    model: str | None = None
    article: str | None = None
    run_id: str | None = None
    limit: int | None = None


def read_rows(path: Path | str | None = None, query: Query | None = None) -> list[dict[str, Any]]:
    """Rows matching ``query``, oldest first (the last ``limit`` rows when limited)."""
    q = query or Query()
    p = Path(path) if path is not None else default_audit_path()
    if not p.exists():
        return []
    where: list[str] = []
    args: list[Any] = []
    if q.since is not None:
        where.append("time >= ?")
        args.append(q.since.isoformat())
    if q.until is not None:
        where.append("time < date(?, '+1 day')")
        args.append(q.until.isoformat())
    if q.model:
        where.append("model = ?")
        args.append(q.model)
    if q.article:
        where.append("article_id = ?")
        args.append(q.article)
    if q.run_id:
        where.append("run_id = ?")
        args.append(q.run_id)
    sql = f"SELECT {', '.join(COLUMNS)} FROM exchanges"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC"
    if q.limit:
        sql += f" LIMIT {int(q.limit)}"
    try:
        conn = sqlite3.connect(p, timeout=30.0)
    except sqlite3.Error as exc:
        raise InputError(f"{p}: cannot open the audit log ({one_line(exc)})") from None
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        rows = conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise InputError(f"{p}: cannot read the audit log ({one_line(exc)})") from None
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{p}: not a usable audit log ({one_line(exc)})") from None
    finally:
        conn.close()
    out = [dict(zip(COLUMNS, r, strict=True)) for r in reversed(rows)]
    for r in out:
        r["cache_hit"] = bool(r["cache_hit"])
        r["finding_codes"] = [c for c in (r["finding_codes"] or "").split(",") if c]
    return out


def to_jsonl(rows: list[dict[str, Any]]) -> str:
    """JSON Lines: one row a line (``summarizer logs --json | jq ...``); empty for no rows."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AuditLog",
    "Query",
    "default_audit_path",
    "migrate",
    "read_rows",
    "to_jsonl",
]
