"""``summarizer batch`` and ``summarizer logs``: plain functions with Typer-annotated
signatures, registered on the main app by ``summarizer/cli.py``::

    from .cli_batch import batch_command, logs_command
    app.command("batch")(batch_command)
    app.command("logs")(logs_command)

Only typer and the standard library are imported at module level (``summarizer --help``
must stay fast); everything else is imported when a command runs.

Exit codes of ``batch`` (``summarizer/errors.py``): 0 every article summarised without error
findings; 3 some summaries carry error findings; 1 at least one article failed (its line in
the output says why; a timed-out article is a failure too); 2 bad settings (unknown
provider, missing URL or model...) or another batch already writing the same output; 5 the
output cannot be written; 130 interrupted.

``python -m summarizer.cli_batch batch ...`` runs the same commands without the main app.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from . import cli_options as opts
from .errors import EXIT_INPUT, EXIT_INTERRUPTED
from .runner import TIMEOUT_HELP

OUT_HELP = "Output JSONL, one line per article id (re-runs resume and replace failed lines); - for stdout."
PROGRESS_HELP = "Progress bar on stderr (only when stderr is a terminal)."
CONCURRENCY_HELP = "Articles in flight."


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        typer.echo(f"summarizer: error: {name} {value!r} is not YYYY-MM-DD", err=True)
        raise typer.Exit(EXIT_INPUT) from None


def batch_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, directories, globs, JSONL files ({id, text, published?} per line), URLs."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help=OUT_HELP)] = Path("summaries.jsonl"),
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, max=256, help=CONCURRENCY_HELP)] = 4,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Worker processes sharing the articles in flight (1: none; default: from -j and the batch size).",
        ),
    ] = None,
    allow_urls: Annotated[bool, typer.Option("--allow-urls", help="Fetch http(s) inputs (timeout, 5 MB cap).")] = False,
    resume: Annotated[bool, typer.Option("--resume/--no-resume", help="Skip ids already ok in the output.")] = True,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help=PROGRESS_HELP)] = True,
    provider: opts.Provider = None,
    model: opts.Model = None,
    base_url: opts.BaseUrl = None,
    model_path: opts.ModelPath = None,
    response_format: opts.ResponseFormatOpt = None,
    timeout: Annotated[float | None, typer.Option(min=0, help=TIMEOUT_HELP)] = None,
    max_retries: Annotated[int, typer.Option(min=0, max=10, help="Re-asks after failed checks.")] = 2,
    token_budget: Annotated[
        int | None, typer.Option(help="Per article: stop re-asking once this many tokens are used.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the exchange cache.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Cache and fixtures only; a miss is an error.")] = False,
    no_hints: Annotated[bool, typer.Option("--no-hints", help="Do not offer candidate sentences.")] = False,
    no_audit: Annotated[bool, typer.Option("--no-audit", help="Do not write the audit log.")] = False,
    # batch engines (summarizer/batchapi): the OpenAI Batch API, vllm run-batch, Ray Data
    export: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="Write Batch API requests (JSONL, split at 50,000 lines / 200 MB); no model call."
        ),
    ] = None,
    ingest: Annotated[
        list[Path] | None,
        typer.Option(metavar="FILE", help="Batch API (or vllm run-batch) output file(s) to join by custom_id."),
    ] = None,
    errors: Annotated[
        list[Path] | None, typer.Option(metavar="FILE", help="Batch API error file(s), with --ingest.")
    ] = None,
    export_reasks: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="With --ingest: the next round's requests (re-asks, failed requests)."),
    ] = None,
    via: Annotated[
        str | None,
        typer.Option(metavar="[openai-batch]", help="Run through the OpenAI Batch API (resumable, --resume)."),
    ] = None,
    poll: Annotated[
        float, typer.Option(min=0.01, metavar="SECONDS", help="With --via: first seconds between reads of a batch.")
    ] = 5.0,
) -> None:
    """Summarise many articles into a JSONL file; resumable; exit 0 ok, 3 findings, 1 failures."""
    import asyncio

    from .api import Options
    from .audit import AuditLog
    from .batch import print_report, run_batch
    from .errors import SummarizerError
    from .inputs import iter_inputs

    settings = opts.settings(provider, model, base_url, model_path, response_format)
    options = Options(
        settings=settings,
        max_retries=max_retries,
        cache=not no_cache,
        offline=offline,
        hints=not no_hints,
        token_budget=token_budget,
    )
    audit = None if no_audit else AuditLog()
    if export is not None or ingest or via is not None:
        from .batchapi.cli import run_batch_api

        try:
            code = run_batch_api(
                inputs,
                options,
                out=out,
                allow_urls=allow_urls,
                export=export,
                ingest_files=ingest,
                error_files=errors,
                export_reasks=export_reasks,
                via=via,
                resume=resume,
                workers=workers,
                audit=None if export is not None else audit,
                progress=progress and sys.stderr.isatty(),
                poll=poll,
            )
        except SummarizerError as exc:
            typer.echo(f"summarizer: error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("summarizer: interrupted; re-run the same command to resume", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        finally:
            if audit is not None:
                audit.close()
        raise typer.Exit(code)
    try:
        report = asyncio.run(
            run_batch(
                iter_inputs(inputs, allow_urls=allow_urls),
                options=options,
                out_path=out,
                concurrency=concurrency,
                workers=workers,
                resume=resume,
                progress=progress and sys.stderr.isatty(),
                audit=audit,
                timeout=timeout,
            )
        )
    except SummarizerError as exc:
        typer.echo(f"summarizer: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        where = "were written to stdout" if str(out) == "-" else f"are in {out} (re-run to resume)"
        typer.echo(f"summarizer: interrupted; finished articles {where}", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if audit is not None:
            audit.close()
    print_report(report)
    raise typer.Exit(report.exit_code)


def logs_command(
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD, UTC).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to and including this date (YYYY-MM-DD, UTC).")] = None,
    model: Annotated[str | None, typer.Option(help="Only this model id.")] = None,
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many rows, the newest (0 = all).")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Rows as JSON Lines on stdout.")] = False,
    db: Annotated[Path | None, typer.Option(help="Audit database (else $SUMMARIZER_AUDIT_DB).")] = None,
) -> None:
    """List the audit log of model exchanges (one row per request), filtered; --json exports."""
    from .audit import Query, default_audit_path, read_rows, to_jsonl

    q = Query(
        since=_date(since, "--since"), until=_date(until, "--until"), model=model, article=article, limit=limit or None
    )
    path = db or default_audit_path()
    from .errors import SummarizerError

    try:
        rows = read_rows(path, q)
    except SummarizerError as exc:
        typer.echo(f"summarizer: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if as_json:
        sys.stdout.write(to_jsonl(rows))
        return
    from rich.console import Console
    from rich.table import Table

    con = Console()
    if not rows:
        con.print(f"no audit rows{' matching the filters' if any((since, until, model, article)) else ''} in {path}")
        return
    t = Table(title=f"audit log: {path}")
    for col in ("time (UTC)", "article", "model", "att", "src", "status", "tokens in/out", "ms"):
        t.add_column(col, no_wrap=col in ("time (UTC)", "att", "status", "ms"))
    t.add_column("findings / error", overflow="fold")
    for r in rows:
        t.add_row(*_cells(r))
    con.print(t)


def _cells(r: dict[str, Any]) -> list[str]:
    codes = ",".join(r["finding_codes"])
    tail = r["error"] or codes
    if len(tail) > 80:
        tail = tail[:79] + "…"
    return [
        str(r["time"])[:19].replace("T", " "),
        str(r["article_id"] or ""),
        str(r["model"] or ""),
        "" if r["attempt"] is None else str(r["attempt"]),
        str(r["source"] or ""),
        "" if r["status_code"] is None else str(r["status_code"]),
        f"{r['prompt_tokens']}/{r['completion_tokens']}",
        "" if r["latency_ms"] is None else f"{r['latency_ms']:.0f}",
        tail,
    ]


def _standalone() -> typer.Typer:
    app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)
    app.command("batch")(batch_command)
    app.command("logs")(logs_command)
    return app


if __name__ == "__main__":
    _standalone()()
