"""``workers`` is accepted and ignored: a batch runs in one process (the forked worker pool was
removed: bench/README.md, "batch worker processes"), so asking for workers gives what the
in-process run gives, and ``--workers`` still parses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeServer, article, options_for, serve

from summarizer.audit import AuditLog, read_rows
from summarizer.batch import read_results, run_batch
from summarizer.cache import ExchangeEvent
from summarizer.inputs import Article, InputProblem


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with serve() as s:
        yield s


def _items() -> list[Article | InputProblem]:
    items: list[Article | InputProblem] = [Article(f"a{i}", article(i)) for i in range(10)]
    items.insert(3, InputProblem("empty.txt", "is empty (whitespace only)"))
    items.insert(6, Article("broken", article(50, "[fault:refuse]")))
    items.insert(8, Article("unfit", article(54, "[fault:schema]")))
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


async def test_asking_for_workers_gives_the_in_process_results(srv: FakeServer, tmp_path: Path) -> None:
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
        assert attempts.count(("inj", 3)) == 1 and attempts.count(("unfit", 3)) == 1
        assert attempts.count(("dup", 1)) == 1 and attempts.count(("broken", 1)) == 1
        broken = [r for r in rows if r["article_id"] == "broken"]
        assert len(broken) == 1 and str(broken[0]["error"]).startswith("model: ")
        unfit = [r for r in rows if r["article_id"] == "unfit"]
        assert all("model-answer-unfit" in r["finding_codes"] for r in unfit)  # type: ignore[operator]
        inj = [r for r in rows if r["article_id"] == "inj"]
        assert all("summary-number-unsupported" in r["finding_codes"] for r in inj)  # type: ignore[operator]

    assert reports[1].workers == reports[2].workers == 1  # one process either way
    one, two = reports[1].as_dict(), reports[2].as_dict()
    for d in (one, two):
        d.pop("wall_s")
        d.pop("out_path")
        d["failures"].sort(key=lambda f: f["id"])
    assert one == two
    assert (one["ok"], one["with_findings"], one["failed"]) == (11, 2, 3)  # inj and unfit carry error findings
    assert _comparable(tmp_path / "w1.jsonl") == _comparable(tmp_path / "w2.jsonl")


def test_cli_batch_with_workers(srv: FakeServer, tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from summarizer.cli.batch import _standalone

    d = tmp_path / "in"
    d.mkdir()
    for i in range(5):
        (d / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = [
        "batch",
        str(d),
        "-o",
        str(out),
        "--provider",
        "openai-compatible",
        "--base-url",
        srv.base_url,
        "--model",
        "fake-model",
        "--timeout",
        "30",
        "-j",
        "4",
        "--workers",
        "2",
        "--no-cache",
    ]
    r = CliRunner().invoke(_standalone(), args)
    assert r.exit_code == 0, r.output
    assert len(read_results(out)) == 5
    r = CliRunner().invoke(_standalone(), ["logs", "--json"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]  # JSON Lines
    assert sorted(x["article_id"] for x in rows) == sorted(str(d / f"a{i}.txt") for i in range(5))
    assert all(x["attempt"] == 1 and x["status_code"] == 200 for x in rows)
