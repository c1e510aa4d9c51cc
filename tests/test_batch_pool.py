"""run_batch with worker processes gives what the in-process run gives; a worker that dies
costs only the articles it had in flight."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeServer, article, options_for, serve

import summarizer.batch as batch
from summarizer.audit import AuditLog, read_rows
from summarizer.batch import read_results, run_batch
from summarizer.cache import ExchangeEvent
from summarizer.inputs import Article, InputProblem

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes need fork")


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with serve() as s:
        yield s


def _items() -> list[Article | InputProblem]:
    items: list[Article | InputProblem] = [Article(f"a{i}", article(i)) for i in range(10)]
    items.insert(3, InputProblem("empty.txt", "is empty (whitespace only)"))
    items.insert(6, Article("broken", article(50, "[fault:schema]")))
    items.append(Article("inj", article(51, "[fault:inject]")))
    items.append(Article("dup", article(52)))
    items.append(Article("dup", article(53)))  # the same id twice: the first is summarised, the second refused
    return items


def _comparable(path: Path) -> list[tuple[str, Any]]:
    import json

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["summary"] is not None:
            rec["summary"]["provenance"].pop("created_at")
        out.append((rec["id"], json.dumps(rec, sort_keys=True)))
    return sorted(out)


async def test_worker_processes_give_the_in_process_results(
    srv: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pools: list[int] = []

    class Pool(batch._Pool):
        def __init__(self, n: int, *args: Any, **kwargs: Any) -> None:
            pools.append(n)
            super().__init__(n, *args, **kwargs)

    monkeypatch.setattr(batch, "_Pool", Pool)
    reports = {}
    for workers in (1, 2):
        seen: list[ExchangeEvent] = []
        opts = options_for(srv, listeners=[seen.append])
        db = tmp_path / f"audit{workers}.sqlite"
        with AuditLog(db) as audit:
            rep = await run_batch(
                _items(),
                options=opts,
                out_path=tmp_path / f"w{workers}.jsonl",
                concurrency=4,
                progress=False,
                audit=audit,
                workers=workers,
            )
        reports[workers] = rep
        # the caller's listener is called in this process, with the whole exchange
        assert len(seen) == rep.exchanges and all(ev.request.get("messages") for ev in seen)
        rows = read_rows(db)
        assert len(rows) == rep.exchanges
        attempts = sorted((str(r["article_id"]), r["attempt"]) for r in rows)
        assert attempts.count(("inj", 3)) == 1 and attempts.count(("broken", 3)) == 1
        assert attempts.count(("dup", 1)) == 1
        broken = [r for r in rows if r["article_id"] == "broken"]
        assert all(str(r["error"]).startswith("model: ") for r in broken)
        inj = [r for r in rows if r["article_id"] == "inj"]
        assert all("model-item-dropped" in r["finding_codes"] for r in inj)  # type: ignore[operator]

    assert pools == [2]  # workers=1: none; workers=2: two processes
    one, two = reports[1].as_dict(), reports[2].as_dict()
    for d in (one, two):
        d.pop("wall_s")
        d.pop("out_path")
        d["failures"].sort(key=lambda f: f["id"])
    assert one == two
    assert (one["ok"], one["with_findings"], one["failed"]) == (11, 1, 3)
    assert _comparable(tmp_path / "w1.jsonl") == _comparable(tmp_path / "w2.jsonl")


async def test_a_worker_that_dies_costs_only_its_article(
    srv: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch._summarize

    async def dies_on_marker(engine: Any, a: Article, *rest: Any) -> Any:
        if "[die]" in a.text:
            os._exit(7)  # a crash below Python: no exception, no answer
        return await real(engine, a, *rest)

    monkeypatch.setattr(batch, "_summarize", dies_on_marker)  # the workers are forked: they inherit it
    items: list[Article | InputProblem] = [Article(f"a{i}", article(i)) for i in range(8)]
    items.insert(2, Article("killer", article(40, extra="[die]")))
    out = tmp_path / "o.jsonl"
    rep = await run_batch(items, options=options_for(srv), out_path=out, concurrency=2, progress=False, workers=2)
    assert (rep.ok, rep.failed) == (8, 1)
    (f,) = rep.failures
    assert f.id == "killer" and f.kind == "internal" and "exit code 7" in f.message
    res = read_results(out)
    assert set(res) == {x.id for x in items}
    assert all(r["ok"] for k, r in res.items() if k != "killer")

    # resume: only the failed article is tried again (in this process: the marker is removed)
    monkeypatch.setattr(batch, "_summarize", real)
    rep2 = await run_batch(items, options=options_for(srv), out_path=out, concurrency=2, progress=False, workers=2)
    assert (rep2.skipped, rep2.ok, rep2.failed) == (8, 9, 0)


async def test_every_worker_gone_leaves_the_rest_to_this_process(
    srv: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.api

    parent = os.getpid()
    real_engine = summarizer.api.Engine

    def engine(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            raise RuntimeError("cannot start")
        return real_engine(*args, **kwargs)

    # the workers cannot build their engine (they say so and stop): their articles were never
    # tried, so the batch still completes, in this process
    monkeypatch.setattr(summarizer.api, "Engine", engine)
    items: list[Article | InputProblem] = [Article(f"a{i}", article(i)) for i in range(6)]
    rep = await run_batch(
        items, options=options_for(srv), out_path=tmp_path / "o.jsonl", concurrency=4, workers=2, progress=False
    )
    assert (rep.ok, rep.failed) == (6, 0), rep.failures


def test_worker_count(srv: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from summarizer.api import Engine
    from summarizer.testing import ScriptedProvider

    monkeypatch.delenv(batch.WORKERS_ENV, raising=False)
    monkeypatch.setattr(batch, "_cores", lambda: 2)
    opts = options_for(srv)
    eng = Engine(opts)
    count = batch._worker_count
    assert threading.active_count() > 1  # the fake server's thread: no fork unless asked for
    assert count(None, eng, opts, 48, 16) == 1
    assert count(2, eng, opts, 48, 16) == 2
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert count(None, eng, opts, 48, 16) == 2  # min(cores, concurrency // 8, articles // 16)
    assert count(None, eng, opts, 48, 4) == 1
    assert count(None, eng, opts, 20, 16) == 1
    assert count(3, eng, opts, 48, 2) == 2  # never more workers than articles in flight
    assert count(2, None, opts, 0, 16) == 1
    monkeypatch.setenv(batch.WORKERS_ENV, "1")
    assert count(None, eng, opts, 48, 16) == 1
    monkeypatch.setenv(batch.WORKERS_ENV, "2")
    assert count(None, eng, opts, 4, 4) == 2
    # a provider object keeps its state in this process (a scripted provider's requests)
    scripted = options_for(srv, provider=ScriptedProvider(["{}"]))
    assert count(2, Engine(scripted), scripted, 48, 16) == 1


def test_cli_batch_with_workers(srv: FakeServer, tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from summarizer.cli_batch import _standalone

    d = tmp_path / "in"
    d.mkdir()
    for i in range(5):
        (d / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(d), "-o", str(out), "--provider", "openai-compatible", "--base-url", srv.base_url,
            "--model", "fake-model", "--timeout", "30", "-j", "4", "--workers", "2", "--no-cache"]
    r = CliRunner().invoke(_standalone(), args)
    assert r.exit_code == 0, r.output
    assert len(read_results(out)) == 5
    r = CliRunner().invoke(_standalone(), ["logs", "--json"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]  # JSON Lines
    assert sorted(x["article_id"] for x in rows) == sorted(str(d / f"a{i}.txt") for i in range(5))
    assert all(x["attempt"] == 1 and x["status_code"] == 200 for x in rows)
