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
            assert "summary-number-unsupported" in r["finding_codes"]  # type: ignore[operator]
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


# --------------------------------------------------------------------------- schema version, broken logs


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_schema_version_and_migrations(tmp_path: Path) -> None:
    from summarizer.audit import SCHEMA, SCHEMA_VERSION

    new = tmp_path / "new.sqlite"
    AuditLog(new).close()
    assert _version(new) == SCHEMA_VERSION >= 1
    # a log from before versioning (user_version 0) keeps its rows and gets the version
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old)
    conn.executescript(SCHEMA)
    conn.execute("INSERT INTO exchanges (time, run_id, article_id) VALUES ('2026-01-01T00:00:00Z', 'r0', 'x')")
    conn.commit()
    conn.close()
    with AuditLog(old) as log:
        assert log.broken is None
    assert _version(old) == SCHEMA_VERSION
    assert [r["article_id"] for r in read_rows(old)] == ["x"]
    # a log of a newer summarizer is left alone, with one warning
    newer = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    warnings: list[str] = []
    log = AuditLog(newer, on_error=warnings.append)
    assert log.broken and "newer summarizer" in log.broken
    assert len(warnings) == 1 and "summaries are written as usual" in warnings[0]
    log.close()
    assert _version(newer) == 99


def _bad_logs(tmp_path: Path) -> dict[str, Path]:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database\x00\xff" * 200)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    newer = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return {"corrupt": garbage, "unwritable": blocker / "audit.sqlite", "newer": newer}


async def test_a_broken_audit_log_never_loses_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items: list[Article | InputProblem] = [Article(f"a{i}", article(i)) for i in range(3)]
    with serve() as srv:
        for name, db in _bad_logs(tmp_path).items():
            capsys.readouterr()
            with AuditLog(db) as log:
                out = tmp_path / f"{name}.jsonl"
                rep = await run_batch(items, options=options_for(srv), out_path=out, audit=log, progress=False)
            assert (rep.ok, rep.failed) == (3, 0), name
            assert len(out.read_text(encoding="utf-8").splitlines()) == 3
            err = capsys.readouterr().err
            assert err.count("summarizer: warning: audit log") == 1, (name, err)
        # a log that breaks during the run: one warning, the rest of the batch unharmed
        warnings: list[str] = []
        log = AuditLog(tmp_path / "ok.sqlite", on_error=warnings.append)
        assert log._conn is not None
        log._conn.close()  # as if the file went away under us
        rep = await run_batch(items, options=options_for(srv), out_path=tmp_path / "mid.jsonl", audit=log,
                              progress=False)
        assert rep.ok == 3 and len(warnings) == 1
        log.close()


def test_cli_with_a_broken_audit_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from summarizer.cli.batch import _standalone

    bad = _bad_logs(tmp_path)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1), encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_AUDIT_DB", str(bad["corrupt"]))
    with serve() as srv:
        args = ["batch", str(d), "-o", str(tmp_path / "o.jsonl"), "--provider", "openai-compatible",
                "--base-url", srv.base_url, "--model", "fake-model", "--no-cache", "--no-progress"]
        r = CliRunner().invoke(_standalone(), args)
    assert r.exit_code == 0, r.stderr
    assert r.stderr.count("summarizer: warning: audit log") == 1 and "Traceback" not in r.stderr
    r = CliRunner().invoke(_standalone(), ["logs", "--json"])
    assert r.exit_code == 2 and r.stderr.startswith("summarizer: error: ") and r.stderr.count("\n") == 1
