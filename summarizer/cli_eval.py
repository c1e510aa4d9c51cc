"""``summarizer eval DATASET.jsonl``: the evaluation command (registered in ``cli.py`` with
``app.command("eval")(eval_command)``). Exit codes (``summarizer/errors.py``): 0 ok; 1 every
document failed; 2 bad input or settings, or another eval writing the same report; 130
interrupted (finished documents are kept in the predictions file, so the same command
continues the run). ``-j/--concurrency``, ``--progress/--no-progress`` and ``--timeout``
mean what they mean in ``batch``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from . import cli_options as opts
from .cli_batch import CONCURRENCY_HELP, PROGRESS_HELP
from .errors import EXIT_INTERRUPTED, EXIT_MODEL
from .runner import TIMEOUT_HELP


def _die(msg: str, code: int) -> NoReturn:
    typer.echo(f"summarizer: error: {msg}", err=True)
    raise typer.Exit(code)


def _split_ids(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [i.strip() for v in values for i in v.split(",") if i.strip()]


def eval_command(
    dataset: Annotated[Path, typer.Argument(metavar="DATASET.jsonl", help="Gold file (shared/eval format).")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Report JSON (default eval_report.json, or eval_baseline_report.json with --baseline). "
            "Per-document predictions stream to <out>.predictions.jsonl; re-running continues from it.",
        ),
    ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, max=64, help=CONCURRENCY_HELP)] = 1,
    limit: Annotated[int | None, typer.Option(min=0, help="Only the first N (selected) documents.")] = None,
    ids: Annotated[
        list[str] | None, typer.Option("--ids", help="Only these document ids (comma-separated, repeatable).")
    ] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline", help="Score a plain instructor call (no hints, checks or grounding).")
    ] = False,
    provider: opts.Provider = None,
    model: opts.Model = None,
    base_url: opts.BaseUrl = None,
    model_path: opts.ModelPath = None,
    response_format: opts.ResponseFormatOpt = None,
    max_retries: Annotated[
        int | None,
        typer.Option(
            min=0, max=10, help="Re-asks per document (default 2; the baseline re-asks once on schema errors)."
        ),
    ] = None,
    no_hints: Annotated[
        bool, typer.Option("--no-hints", help="Do not offer candidate sentences to the model.")
    ] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the exchange cache.")] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Cache and fixtures only; a miss fails that document.")
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help=PROGRESS_HELP)] = True,
    timeout: Annotated[float | None, typer.Option(min=0, help=TIMEOUT_HELP)] = None,
) -> None:
    """Run the summariser over a gold file, score it (casualty recall, grounded precision, place
    and actor recall, date accuracy; per corpus and overall), print a table, write a report."""
    from rich.console import Console

    from .api import Options
    from .errors import SummarizerError
    from .evaluate import BASELINE_MAX_RETRIES, print_report, run_eval

    report_path = out or Path("eval_baseline_report.json" if baseline else "eval_report.json")
    settings = opts.settings(provider, model, base_url, model_path, response_format)
    options = Options(
        settings=settings,
        max_retries=2 if max_retries is None else max_retries,
        cache=not no_cache,
        offline=offline,
        hints=not no_hints,
    )
    import asyncio

    try:
        report = asyncio.run(
            run_eval(
                dataset,
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
        )
    except SummarizerError as exc:
        _die(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _die("interrupted; finished documents are kept, run the same command to continue", EXIT_INTERRUPTED)
    print_report(report, Console())
    Console(stderr=True).print(f"report: {report_path}", highlight=False)
    if report.docs and len(report.failed) == len(report.docs):
        raise typer.Exit(EXIT_MODEL)
