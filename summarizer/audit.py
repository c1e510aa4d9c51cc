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
"""

from __future__ import annotations

import contextvars
import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .cache import ExchangeEvent

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


class AuditLog:
    """Appends exchange rows; safe to share between tasks of one event loop and threads."""

    def __init__(self, path: Path | str | None = None, *, run_id: str | None = None) -> None:
        self.path = Path(path) if path is not None else default_audit_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA busy_timeout = 30000")
        # Two processes opening a new log at once: switching to WAL and creating the tables can
        # answer SQLITE_BUSY without waiting on the busy handler; retry, bounded.
        for attempt in range(50):
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                with self._lock:
                    self._conn.executescript(SCHEMA)
                break
            except sqlite3.OperationalError:
                if attempt == 49:
                    raise
                time.sleep(0.05 + 0.01 * attempt)
        self._prompt_version: str | None = None

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
            int(ev.source != "network"),
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
            cur = self._conn.execute(sql, row)
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
        marks = ",".join("?" * len(scope.row_ids))
        with self._lock:
            self._conn.execute(
                f"UPDATE exchanges SET finding_codes = ?, error = ? WHERE id IN ({marks})",
                (text, error, *scope.row_ids),
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

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
    conn = sqlite3.connect(p, timeout=30.0)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        rows = conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
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


__all__ = ["AuditLog", "Query", "default_audit_path", "read_rows", "to_jsonl"]
