"""Audit log: one row per exchange, attempts, finding codes, cache hits, failures, no keys."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from fakeserver import article, options_for, serve

from summarizer.audit import AuditLog, Query, read_rows
from summarizer.batch import run_batch
from summarizer.inputs import Article, InputProblem

SENTINEL = "sk-SENTINEL-do-not-store-7f3a9c"


async def test_rows_attempts_codes_cache_and_failures(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    cache = tmp_path / "cache"
    items: list[Article | InputProblem] = [
        Article("good", article(1)),
        Article("inj", article(2, "[fault:inject]")),
        Article("down", article(3, "[fault:timeout*always]")),
    ]
    with serve(hang_s=1.2) as srv:
        opts = options_for(srv, cache=True, cache_dir=cache, timeout=0.6, attempts=2)
        with AuditLog(db) as audit:
            await run_batch(items, options=opts, out_path=tmp_path / "o.jsonl", progress=False, audit=audit)
            run1 = audit.run_id
        rows = read_rows(db)
        by: dict[str, list[dict[str, object]]] = {}
        for r in rows:
            by.setdefault(str(r["article_id"]), []).append(r)
        assert len(by["good"]) == 1
        g = by["good"][0]
        assert g["attempt"] == 1 and g["status_code"] == 200 and g["cache_hit"] is False
        assert g["provider"] == "openai-compatible" and g["model"] == "fake-model"
        assert g["prompt_version"] and len(str(g["request_hash"])) == 64
        assert isinstance(g["prompt_tokens"], int) and g["prompt_tokens"] > 0
        assert set(g["finding_codes"]) <= {"figure-from-code"} and g["error"] is None  # warnings only
        assert [r["attempt"] for r in by["inj"]] == [1, 2, 3]  # the re-asks
        for r in by["inj"]:
            assert "model-item-dropped" in r["finding_codes"]  # type: ignore[operator]
        (d,) = by["down"]  # no exchange came back: one row with the error
        assert d["status_code"] is None and "cannot reach" in str(d["error"])

        # second run: served from the cache
        with AuditLog(db) as audit:
            await run_batch(items[:1], options=opts, out_path=tmp_path / "o2.jsonl", progress=False, audit=audit)
        rows2 = [r for r in read_rows(db) if r["run_id"] != run1]
        assert len(rows2) == 1 and rows2[0]["cache_hit"] is True and rows2[0]["source"] == "cache"

    # filters
    today = date.today()
    assert len(read_rows(db, Query(article="inj"))) == 3
    assert read_rows(db, Query(model="nope")) == []
    assert len(read_rows(db, Query(since=today - timedelta(days=1), until=today + timedelta(days=1)))) == 6
    assert read_rows(db, Query(until=today - timedelta(days=2))) == []
    assert len(read_rows(db, Query(limit=2))) == 2
    assert read_rows(tmp_path / "missing.sqlite") == []

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_no_api_key_in_audit_log_or_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SENTINEL)
    db = tmp_path / "audit.sqlite"
    cache = tmp_path / "cache"
    items: list[Article | InputProblem] = [
        Article(f"a{i}", article(i, "[fault:inject]" if i == 1 else "")) for i in range(3)
    ]
    with serve() as srv:
        opts = options_for(srv, cache=True, cache_dir=cache)
        with AuditLog(db) as audit:
            rep = await run_batch(items, options=opts, out_path=tmp_path / "o.jsonl", progress=False, audit=audit)
        assert rep.ok + rep.with_findings == 3
        # the key really was in use: the server saw it
        assert srv.auth_headers and all(h == f"Bearer {SENTINEL}" for h in srv.auth_headers)
    needle = SENTINEL.encode()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.startswith("audit.sqlite") for p in files)
    assert list(cache.glob("*/*.json"))
    for p in files:
        assert needle not in p.read_bytes(), p
    assert SENTINEL not in os.environ.get("SUMMARIZER_AUDIT_DB", "")


def test_two_logs_one_file_concurrently(tmp_path: Path) -> None:
    import threading

    from summarizer.cache import ExchangeEvent

    db = tmp_path / "a.sqlite"
    logs = [AuditLog(db), AuditLog(db)]

    def write(log: AuditLog, n: int) -> None:
        for i in range(n):
            with log.article(f"x{i}") as scope:
                log.listener(
                    ExchangeEvent(
                        key="k" * 64,
                        provider="p",
                        model="m",
                        source="network",
                        latency_s=0.01,
                        prompt_tokens=1,
                        completion_tokens=2,
                        status_code=200,
                        request={},
                        response=None,
                    )
                )
                log.finish(scope, ["c1", "c2"])

    threads = [threading.Thread(target=write, args=(lg, 50)) for lg in logs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for lg in logs:
        lg.close()
    rows = read_rows(db)
    assert len(rows) == 100
    assert all(r["finding_codes"] == ["c1", "c2"] for r in rows)
