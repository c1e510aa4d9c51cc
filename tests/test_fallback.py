"""When no answer of the model fits the schema, even after the re-asks, the summary is the
deterministic layer's alone with a ``model-answer-unfit`` error finding (exit 3), never a lost
article; a server that refuses is still a failure (exit 1). Against the fake server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeserver import FakeServer, article, options_for, serve
from helpers import checked_summary
from typer.testing import CliRunner

from summarizer import ModelError, summarize
from summarizer.api import Engine
from summarizer.cli import app

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "eval_sample.jsonl"


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with serve() as s:
        yield s


def _kw(srv: FakeServer, tmp_path: Path) -> dict[str, object]:
    return {"base_url": srv.base_url, "model": "fake-model", "cache_dir": tmp_path / "cache", "timeout": 30}


def _code_only(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(c.outcome, c.low, c.high, c.reported_by or "") for c in checked_summary(text).casualties]


@pytest.mark.parametrize("fault", ["[fault:schema]", "[fault:malformed]"])
def test_unfit_answers_give_the_code_summary_with_an_error_finding(srv: FakeServer, tmp_path: Path, fault: str) -> None:
    text = article(4, fault)
    s = summarize(text, **_kw(srv, tmp_path))  # type: ignore[arg-type]
    unfit = [f for f in s.checks if f.code == "model-answer-unfit"]
    assert len(unfit) == 1 and unfit[0].severity == "error"
    assert "did not fit the schema after 3 attempts" in unfit[0].message
    # the figures are the deterministic layer's, grounded in the article
    assert [(c.outcome, c.low, c.high, c.reported_by or "") for c in s.casualties] == _code_only(text)
    assert {(c.outcome, c.low) for c in s.casualties} >= {("killed", 7), ("injured", 9)}
    for c in s.casualties:
        for ev in c.evidence:
            assert text[ev.start : ev.end] == ev.quote
    # the attempts and their tokens are reported; no model sentence is kept
    assert s.provenance is not None and s.provenance.attempts == 3 and s.provenance.usage.prompt_tokens > 0
    assert srv.count_for(text.strip()) == 3


def test_the_fallback_holds_without_filling_from_candidates(srv: FakeServer, tmp_path: Path) -> None:
    text = article(5, "[fault:schema]")
    engine = Engine(options_for(srv, fill_from_candidates=False, timeout=30))
    try:
        s = engine.summarize(text)
    finally:
        engine.close()
    assert "model-answer-unfit" in {f.code for f in s.checks} and s.casualties


def test_a_good_answer_has_no_unfit_finding(srv: FakeServer, tmp_path: Path) -> None:
    s = summarize(article(6), **_kw(srv, tmp_path))  # type: ignore[arg-type]
    assert "model-answer-unfit" not in {f.code for f in s.checks}


def test_a_refusal_is_still_a_model_error(srv: FakeServer, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="HTTP 400"):
        summarize(article(7, "[fault:refuse]"), **_kw(srv, tmp_path))  # type: ignore[arg-type]


def test_cli_exit_codes(srv: FakeServer, tmp_path: Path) -> None:
    runner = CliRunner()
    common = ["--provider", "openai-compatible", "--base-url", srv.base_url, "--model", "m", "--no-cache"]
    unfit, refused = tmp_path / "unfit.txt", tmp_path / "refused.txt"
    unfit.write_text(article(8, "[fault:malformed]"), encoding="utf-8")
    refused.write_text(article(9, "[fault:refuse]"), encoding="utf-8")
    r = runner.invoke(app, ["summarize", str(unfit), "-f", "json", *common])
    assert r.exit_code == 3, r.output
    doc = json.loads(r.stdout)
    assert "model-answer-unfit" in {f["code"] for f in doc["checks"]} and doc["casualties"]
    assert "Traceback" not in r.stderr
    r = runner.invoke(app, ["summarize", str(refused), "-f", "json", *common])
    assert r.exit_code == 1 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error:") and "HTTP 400" in lines[0]


async def test_eval_scores_a_fallback_and_names_it(tmp_path: Path) -> None:
    """``summarizer eval``: a document whose answer never fits is scored on the code's summary
    (its gold is not counted as missed wholesale) and listed as a fallback, in the report and
    on the console; a resumed run keeps it listed."""
    from rich.console import Console

    from summarizer.api import Options
    from summarizer.evaluate import load_gold, print_report, run_eval
    from summarizer.testing import ScriptedProvider

    doc = next(d for d in load_gold(SAMPLE) if d.gold.casualties)
    data = tmp_path / "one.jsonl"
    data.write_text(doc.model_dump_json() + "\n", encoding="utf-8")

    def options() -> Options:
        return Options(
            provider=ScriptedProvider(["this is not JSON"]), cache=False, max_retries=1, fixtures_dir=tmp_path / "none"
        )

    out = tmp_path / "r.json"
    report = await run_eval(data, options=options(), report_path=out, progress=False)
    assert report.fallback == [doc.id] and not report.failed
    assert report.docs[0].fallback and report.overall.casualty_recall.found > 0
    con = Console(record=True, width=200)
    print_report(report, con)
    assert "never fitted the schema" in con.export_text()
    again = await run_eval(data, options=options(), report_path=out, progress=False)
    assert again.fallback == [doc.id] and again.docs[0].resumed
