"""``summarizer eval DATASET.jsonl``: the evaluation command (registered in ``cli/__init__.py`` with
``app.command("eval")(eval_command)``). Exit codes (``summarizer/errors.py``): 0 ok; 1 every
document failed; 2 bad input or settings, or another eval writing the same report; 130
interrupted (finished documents are kept in the predictions file, so the same command
continues the run). ``-j/--concurrency``, ``--progress/--no-progress`` and ``--timeout``
mean what they mean in ``batch``."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from ..errors import EXIT_INTERRUPTED, EXIT_MODEL
from . import options as opts

if TYPE_CHECKING:
    from ..api import Options
    from ..evaluate import EvalReport


def _die(msg: str, code: int) -> NoReturn:
    typer.echo(f"summarizer: error: {msg}", err=True)
    raise typer.Exit(code)


def _split_ids(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [i.strip() for v in values for i in v.split(",") if i.strip()]


def eval_command(
    dataset: opts.Dataset,
    out: opts.EvalOut = None,
    concurrency: opts.EvalConcurrency = 1,
    limit: opts.Limit = None,
    ids: opts.Ids = None,
    baseline: opts.Baseline = False,
    provider: opts.Provider = None,
    model: opts.Model = None,
    base_url: opts.BaseUrl = None,
    model_path: opts.ModelPath = None,
    response_format: opts.ResponseFormatOpt = None,
    max_retries: opts.EvalRetries = None,
    no_hints: opts.NoHints = False,
    no_cache: opts.NoCache = False,
    offline: opts.EvalOffline = False,
    progress: opts.Progress = True,
    timeout: opts.Timeout = None,
) -> None:
    """Run the summariser over a gold file, score it (casualty recall, grounded precision, place
    and actor recall, date accuracy; per corpus and overall), print a table, write a report.
    A second table gives the stricter variants (whole-word names, day-precision dates, date
    precision; ``summarizer/evaluate.py`` documents the rules)."""
    from rich.console import Console

    from ..api import Options
    from ..evaluate import BASELINE_MAX_RETRIES, print_report

    report_path = out or Path("eval_baseline_report.json" if baseline else "eval_report.json")
    options = Options(
        settings=opts.settings(provider, model, base_url, model_path, response_format),
        max_retries=2 if max_retries is None else max_retries,
        cache=not no_cache,
        offline=offline,
        hints=not no_hints,
    )
    run = _EvalRun(
        dataset=dataset,
        options=options,
        concurrency=concurrency,
        limit=limit,
        ids=_split_ids(ids),
        report_path=report_path,
        progress=progress and sys.stderr.isatty(),
        baseline=baseline,
        baseline_max_retries=BASELINE_MAX_RETRIES if max_retries is None else max_retries,
        timeout=timeout,
    )
    report = _run(run)
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        # piped or redirected: wide enough for every column, so no number is cut to "0.…"
        console = Console(width=200)
    print_report(report, console)
    Console(stderr=True).print(f"report: {report_path}", highlight=False)
    if report.docs and len(report.failed) == len(report.docs):
        raise typer.Exit(EXIT_MODEL)


@dataclass(frozen=True)
class _EvalRun:
    """What ``eval`` asks of ``evaluate.run_eval``."""

    dataset: Path
    options: Options
    concurrency: int
    limit: int | None
    ids: list[str] | None
    report_path: Path
    progress: bool
    baseline: bool
    baseline_max_retries: int
    timeout: float | None


def _run(run: _EvalRun) -> EvalReport:
    """``run_eval`` with its failures as one line and their exit codes."""
    import asyncio

    from ..errors import SummarizerError
    from ..evaluate import run_eval

    try:
        return asyncio.run(
            run_eval(
                run.dataset,
                options=run.options,
                concurrency=run.concurrency,
                limit=run.limit,
                ids=run.ids,
                report_path=run.report_path,
                progress=run.progress,
                baseline=run.baseline,
                baseline_max_retries=run.baseline_max_retries,
                timeout=run.timeout,
            )
        )
    except SummarizerError as exc:
        _die(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _die("interrupted; finished documents are kept, run the same command to continue", EXIT_INTERRUPTED)
