"""The command line: a thin Typer layer. Each command parses options, calls one public
function, renders. Exit codes: 0 ok; 1 the model call failed; 2 bad input or settings;
3 error findings remain in the output."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Checked, structured summaries of conflict and crisis news.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_MODEL, EXIT_INPUT, EXIT_FINDINGS = 1, 2, 3


class Format(StrEnum):
    text = "text"
    json = "json"
    md = "md"


def _die(msg: str, code: int) -> NoReturn:
    typer.echo(f"summarizer: error: {msg}", err=True)
    raise typer.Exit(code)


def _read(path: str) -> str:
    from .api import decode_article, load_article

    if path == "-":
        return decode_article(sys.stdin.buffer.read(), "stdin")
    return load_article(path)


def _emit(summary: Any, fmt: Format, out: Path | None) -> None:
    from . import render

    if fmt is Format.text and out is None:
        from rich.console import Console

        render.print_text(summary, Console())
        return
    text = render.to_json(summary) if fmt is Format.json else render.to_markdown(summary)
    if fmt is Format.text:  # text into a file: plain rendering
        from rich.console import Console

        with out.open("w", encoding="utf-8") as fh:  # type: ignore[union-attr]
            render.print_text(summary, Console(file=fh, width=110, no_color=True))
        return
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _run(fn: Any) -> Any:
    from .api import InputError, ModelError, SummarizerError

    try:
        return fn()
    except InputError as exc:
        _die(str(exc), EXIT_INPUT)
    except ModelError as exc:
        _die(str(exc), EXIT_MODEL)
    except SummarizerError as exc:
        _die(str(exc), EXIT_INPUT)
    except KeyboardInterrupt:
        _die("interrupted", 130)


@app.command()
def summarize(
    path: Annotated[str, typer.Argument(help="Article file (UTF-8 text), or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the output to this file.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (else the dateline).")] = None,
    provider: Annotated[str | None, typer.Option(help="openai | openai-compatible | local")] = None,
    model: Annotated[str | None, typer.Option(help="Model id (or local model name).")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible server URL, e.g. http://localhost:8000/v1")
    ] = None,
    model_path: Annotated[str | None, typer.Option(help="A GGUF file for the local provider.")] = None,
    response_format: Annotated[
        str | None, typer.Option(help="json_schema (default) or json_object_schema (llama-cpp-python server).")
    ] = None,
    max_retries: Annotated[int, typer.Option(min=0, max=10, help="Re-asks after failed checks.")] = 2,
    token_budget: Annotated[int | None, typer.Option(help="Stop re-asking once this many tokens are used.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the exchange cache.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Cache and fixtures only; a miss is an error.")] = False,
    no_hints: Annotated[
        bool, typer.Option("--no-hints", help="Do not offer candidate sentences to the model.")
    ] = False,
    no_audit: Annotated[bool, typer.Option("--no-audit", help="Do not record exchanges in the audit log.")] = False,
) -> None:
    """Summarise one article into a checked, structured summary."""
    from .api import summarize as run
    from .providers import ProviderSettings

    def go() -> Any:
        text = _read(path)
        settings = ProviderSettings(
            provider=provider, model=model, base_url=base_url, model_path=model_path, response_format=response_format
        )
        return run(
            text,
            published=published,
            settings=settings,
            max_retries=max_retries,
            cache=not no_cache,
            offline=offline,
            hints=not no_hints,
            token_budget=token_budget,
            article_id=path,
            audit=not no_audit,
        )

    summary = _run(go)
    _emit(summary, fmt, out)
    if summary.errors:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def check(
    article: Annotated[str, typer.Argument(help="The article file (or - for stdin).")],
    summary_path: Annotated[Path, typer.Argument(metavar="SUMMARY.json", help="A saved summary (JSON).")],
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Re-run the local checks on a saved summary (exit 3 when errors remain)."""
    from pydantic import ValidationError

    from .api import check as run
    from .api import load_article

    def go() -> Any:
        text = _read(article)
        raw = load_article(summary_path)
        try:
            return run(text, raw, published=published)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            _die(f"{summary_path}: not a summary: {loc}: {first['msg']}", EXIT_INPUT)

    result = _run(go)
    if fmt is Format.text:
        from rich.console import Console

        con = Console()
        for f in result.checks:
            color = "red" if f.severity == "error" else "yellow"
            con.print(f"[{color}]{f.severity}[/] {f.code} [dim]{f.path}[/]: {f.message}", highlight=False)
        n_err = len(result.errors)
        con.print(f"{n_err} error(s), {len(result.checks) - n_err} warning(s)")
    else:
        _emit(result, fmt, None)
    if result.errors:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def schema(
    model_schema: Annotated[bool, typer.Option("--model", help="Print the smaller schema the model fills.")] = False,
) -> None:
    """Print the JSON Schema of the output (or of what the model fills)."""
    from .schema import Extraction, Summary

    target = Extraction if model_schema else Summary
    sys.stdout.write(json.dumps(target.model_json_schema(), indent=2) + "\n")


@app.command()
def models() -> None:
    """Show the default local model, what is assembled, and sizes."""
    from rich.console import Console
    from rich.table import Table

    from .localmodels import models_report

    t = Table(title="Local GGUF models (summarizer models)")
    for col in ("name", "default", "from", "size", "parts installed", "assembled"):
        t.add_column(col, overflow="fold")
    for m in models_report():
        size = int(m.get("size") or 0)
        path, have = m.get("path"), int(m.get("path_size") or 0)
        t.add_row(
            str(m["name"]),
            "yes" if m.get("default") else "",
            str(m.get("origin", "")),
            f"{size / 1e6:.0f} MB",
            "yes" if m.get("parts_installed") else f"no: {m.get('install', '')}",
            f"{path} ({have / 1e6:.0f} MB)" if path and have else "not yet",
        )
    Console().print(t)


from .cli_batch import batch_command, logs_command  # noqa: E402
from .cli_eval import eval_command  # noqa: E402

app.command("batch")(batch_command)
app.command("logs")(logs_command)
app.command("eval")(eval_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
