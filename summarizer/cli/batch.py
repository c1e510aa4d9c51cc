"""``summarizer batch`` and ``summarizer logs``: plain functions with Typer-annotated
signatures, registered on the main app by ``summarizer/cli/__init__.py``::

    from summarizer.cli.batch import batch_command, logs_command
    app.command("batch")(batch_command)
    app.command("logs")(logs_command)

Only typer and the standard library are imported at module level (``summarizer --help``
must stay fast); everything else is imported when a command runs.

Exit codes of ``batch`` (``summarizer/errors.py``): 0 every article summarised without error
findings; 3 some summaries carry error findings; 1 at least one article failed (its line in
the output says why; a timed-out article is a failure too); 2 bad settings (unknown
provider, missing URL or model...) or another batch already writing the same output; 5 the
output cannot be written; 130 interrupted.

``_standalone()`` is an app with just these two commands (tests).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ..errors import EXIT_INPUT, EXIT_INTERRUPTED
from . import options as opts

if TYPE_CHECKING:
    from ..api import Options
    from ..audit import AuditLog

# kept for importers of the old names (the help texts live in cli.options)
OUT_HELP = opts.BATCH_OUT_HELP
PROGRESS_HELP = opts.PROGRESS_HELP
CONCURRENCY_HELP = opts.CONCURRENCY_HELP


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        typer.echo(f"summarizer: error: {name} {value!r} is not YYYY-MM-DD", err=True)
        raise typer.Exit(EXIT_INPUT) from None


def batch_command(
    inputs: opts.BatchInputs,
    out: opts.BatchOut = Path("summaries.jsonl"),
    concurrency: opts.BatchConcurrency = 4,
    workers: opts.Workers = None,
    allow_urls: opts.AllowUrls = False,
    resume: opts.Resume = True,
    progress: opts.Progress = True,
    provider: opts.Provider = None,
    model: opts.Model = None,
    base_url: opts.BaseUrl = None,
    model_path: opts.ModelPath = None,
    response_format: opts.ResponseFormatOpt = None,
    timeout: opts.Timeout = None,
    max_retries: opts.BatchRetries = 2,
    token_budget: opts.BatchBudget = None,
    no_cache: opts.NoCache = False,
    offline: opts.Offline = False,
    no_hints: opts.BatchNoHints = False,
    no_audit: opts.BatchNoAudit = False,
    quantity_profile: opts.QuantityProfileOpt = opts.QuantityProfile.literal,
    export: opts.Export = None,
    ingest: opts.Ingest = None,
    errors: opts.ErrorFiles = None,
    export_reasks: opts.ExportReasks = None,
    via: opts.Via = None,
    poll: opts.Poll = 5.0,
) -> None:
    """Summarise many articles into a JSONL file; resumable; exit 0 ok, 3 findings, 1 failures."""
    from ..api import Options
    from ..audit import AuditLog

    options = Options(
        settings=opts.settings(provider, model, base_url, model_path, response_format),
        max_retries=max_retries,
        cache=not no_cache,
        offline=offline,
        hints=not no_hints,
        token_budget=token_budget,
        quantity_profile="acled" if quantity_profile is opts.QuantityProfile.acled else "literal",
    )
    audit = None if no_audit else AuditLog()
    show = progress and sys.stderr.isatty()
    if export is not None or ingest or via is not None:
        engine = _Engines(export, ingest, errors, export_reasks, via, poll)
        _run_batch_api(
            inputs,
            options,
            engine,
            out=out,
            allow_urls=allow_urls,
            resume=resume,
            workers=workers,
            audit=audit,
            progress=show,
        )
    _run_live(
        inputs,
        options,
        out=out,
        allow_urls=allow_urls,
        concurrency=concurrency,
        workers=workers,
        resume=resume,
        progress=show,
        audit=audit,
        timeout=timeout,
    )


@dataclass(frozen=True)
class _Engines:
    """The batch-engine options of ``batch`` (``--export``, ``--ingest``, ``--via``)."""

    export: Path | None
    ingest: list[Path] | None
    errors: list[Path] | None
    export_reasks: Path | None
    via: str | None
    poll: float


def _run_batch_api(
    inputs: list[str],
    options: Options,
    engine: _Engines,
    *,
    out: Path,
    allow_urls: bool,
    resume: bool,
    workers: int | None,
    audit: AuditLog | None,
    progress: bool,
) -> NoReturn:
    """``--export``, ``--ingest`` or ``--via``: run the batch engine; exit with its code."""
    from ..batchapi.cli import run_batch_api
    from ..errors import SummarizerError

    try:
        code = run_batch_api(
            inputs,
            options,
            out=out,
            allow_urls=allow_urls,
            export=engine.export,
            ingest_files=engine.ingest,
            error_files=engine.errors,
            export_reasks=engine.export_reasks,
            via=engine.via,
            resume=resume,
            workers=workers,
            audit=None if engine.export is not None else audit,
            progress=progress,
            poll=engine.poll,
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


def _run_live(
    inputs: list[str],
    options: Options,
    *,
    out: Path,
    allow_urls: bool,
    concurrency: int,
    workers: int | None,
    resume: bool,
    progress: bool,
    audit: AuditLog | None,
    timeout: float | None,
) -> NoReturn:
    """The articles through the model, here; the report on stderr; exit with its code."""
    import asyncio

    from ..batch import print_report, run_batch
    from ..errors import SummarizerError
    from ..inputs import iter_inputs

    try:
        report = asyncio.run(
            run_batch(
                iter_inputs(inputs, allow_urls=allow_urls),
                options=options,
                out_path=out,
                concurrency=concurrency,
                workers=workers,
                resume=resume,
                progress=progress,
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
    from ..audit import Query, default_audit_path, read_rows, to_jsonl

    q = Query(
        since=_date(since, "--since"), until=_date(until, "--until"), model=model, article=article, limit=limit or None
    )
    path = db or default_audit_path()
    from ..errors import SummarizerError

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

