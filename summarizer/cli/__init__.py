"""The command line: a thin Typer layer. Each command parses options, calls one public
function, renders.

Every failure is one line ``summarizer: error: ...`` on stderr and the exit code of its
``SummarizerError`` class (``summarizer/errors.py`` owns the codes; README, "Exit codes"):
usage errors too (exit 2), never a traceback. Only typer, click and the standard library are
imported at module level: ``summarizer --help`` must not import openai or instructor.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from .. import __version__, errors
from . import options as opts

_TYPE_WORDS = {
    "str": "TEXT",
    "int": "N",
    "int range": "N",
    "float": "NUMBER",
    "float range": "NUMBER",
    "path": "PATH",
    "list[str]": "TEXT...",
    "list[path]": "PATH...",
}
_TYPE_LABEL = re.compile(r"^(\s+(?:-\w, )?--?[\w-]+(?: / --[\w-]+)?) <([a-z][a-z\[\]| ]*)>")


def _clean_help(text: str) -> str:
    """Typer's help without Python types: 'Usage: ... {path}' → 'PATH', 'path <str>' →
    'PATH', '--limit <int range>' → '--limit N' (alignment kept)."""
    out: list[str] = []
    section = ""
    for line in text.splitlines():
        if line.startswith("Usage:"):
            line = re.sub(r"\{([^{}\s]+)\}", lambda m: m.group(1).upper(), line)
            line = re.sub(r"\[([a-z][\w.\-]*)\]", lambda m: f"[{m.group(1).upper()}]", line)
        elif re.match(r"^\S.*:$", line):
            section = line
        elif section == "Arguments:":
            m = re.match(r"^(\s+)(\S+) <[^>]*>(.*)$", line)
            if m:
                head = m.group(2).upper()
                pad = len(line) - len(m.group(1)) - len(head) - len(m.group(3))
                line = f"{m.group(1)}{head}{' ' * pad}{m.group(3)}"
        elif section in ("Options:", ""):
            line = _TYPE_LABEL.sub(
                lambda m: (m.group(1) + " " + _TYPE_WORDS.get(m.group(2), m.group(2).upper())).ljust(len(m.group(0))),
                line,
            )
        out.append(line.rstrip())
    return "\n".join(out)


class _Command(TyperCommand):
    def get_help(self, ctx: Any) -> str:
        return _clean_help(super().get_help(ctx))


class _App(TyperGroup):
    """The root group: runs in click's non-standalone mode and turns every exception into one
    line on stderr with its documented exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        code = _guarded(
            lambda: super(_App, self).main(
                args,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code

    def get_help(self, ctx: Any) -> str:
        return _clean_help(super().get_help(ctx))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:  # typer would turn it into a silent exit 130
            raise _Interrupted from None


class _Interrupted(Exception):
    """Ctrl-C during a command."""


# Typer's click exceptions (typer vendors click since 0.2x; older typer uses click itself): found
# through a public class, so both work.
_MRO = {c.__name__: c for c in typer.BadParameter.__mro__}
_USAGE_ERROR: type[Exception] = _MRO["UsageError"]
_CLICK_EXCEPTION: type[Exception] = _MRO["ClickException"]


def _guarded(run: Callable[[], Any]) -> int:
    try:
        rv = run()
    except _USAGE_ERROR as exc:
        ctx = getattr(exc, "ctx", None)
        where = f" (see '{ctx.command_path} -h')" if ctx is not None else ""
        msg = exc.format_message().replace("Value error, ", "")  # type: ignore[attr-defined]
        return _error(f"{msg}{where}", errors.EXIT_INPUT)
    except _CLICK_EXCEPTION as exc:
        return _error(exc.format_message(), int(getattr(exc, "exit_code", 1)))  # type: ignore[attr-defined]
    except typer.Exit as exc:
        return int(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt, _Interrupted):
        return _error("interrupted", errors.EXIT_INTERRUPTED)
    except errors.SummarizerError as exc:
        return _error(str(exc), exc.exit_code)
    except BrokenPipeError:  # `summarizer ... | head`: the reader left; nothing to report
        _quiet_stdout()
        return 0
    except Exception as exc:  # a bug: still one line (SUMMARIZER_DEBUG=1 shows the traceback)
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        return _error(
            f"internal error ({type(exc).__name__}: {exc}); please report it (SUMMARIZER_DEBUG=1 shows the traceback)",
            errors.EXIT_MODEL,
        )
    return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0


def _quiet_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _error(msg: str, code: int) -> int:
    with contextlib.suppress(OSError):
        typer.echo(f"summarizer: error: {errors.one_line(msg)}", err=True)
    return code


def _die(msg: str, code: int) -> NoReturn:
    raise typer.Exit(_error(msg, code))


def _hint(msg: str) -> None:
    typer.echo(f"summarizer: hint: {msg}", err=True)


app = typer.Typer(
    cls=_App,
    name="summarizer",
    add_completion=True,
    invoke_without_command=True,
    no_args_is_help=False,
    help="Checked, structured summaries of conflict and crisis news: casualty figures as ranges with "
    "who reported them, a timeline, parties, sources; every item tied to a quote in the article.",
    epilog="Run 'summarizer COMMAND -h' for a command's options and examples.",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarizer {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_version, help="Show the version and exit."),
    ] = False,
) -> None:
    if ctx.invoked_subcommand is None:  # bare `summarizer`: the help, exit 0
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    _configure_process()


def _configure_process() -> None:
    """What an application (not the library) decides: logging and the opt-in speed-ups.
    instructor logs each exhausted re-ask at ERROR with the whole answer; the findings are in
    the output, so its log is silenced here. The library's own warnings (``summarizer``
    logger: an unusable audit log, say) are one line on stderr."""
    import logging

    quiet = logging.getLogger("instructor")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    own = logging.getLogger("summarizer")
    if not own.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("summarizer: warning: %(message)s"))
        handler.setLevel(logging.WARNING)
        own.addHandler(handler)
        own.propagate = False
    from ..speedups import enable_speedups

    enable_speedups()


# --------------------------------------------------------------------------- closed choices


class Format(StrEnum):
    text = "text"
    json = "json"
    md = "md"
    markdown = "markdown"  # an alias of md
    html = "html"  # the review page (summarizer.review)


_EXTENSIONS = {
    ".json": Format.json,
    ".md": Format.md,
    ".markdown": Format.md,
    ".txt": Format.text,
    ".html": Format.html,
    ".htm": Format.html,
}


def _norm(fmt: Format | None) -> Format | None:
    return Format.md if fmt is Format.markdown else fmt


# --------------------------------------------------------------------------- output


def _resolve_output(out: str | None, fmt: Format | None) -> tuple[Path | None, Format]:
    """Where the output goes (None: stdout) and in which format: ``-f`` if given, else the
    ``--out`` extension, else text. Checks the path BEFORE any model work, so a typo costs
    nothing: a directory, a missing folder or an unwritable place is exit 2 with one line."""
    fmt = _norm(fmt)
    if out is None or out == "-":
        return None, fmt or Format.text
    path = Path(out).expanduser()
    ext = path.suffix.lower()
    if fmt is None:
        fmt = _EXTENSIONS.get(ext, Format.text)
    if path.is_dir():
        raise errors.InputError(f"--out {out}: is a directory; give a file name")
    parent = path.parent
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise errors.InputError(f"--out {out}: the folder {parent} {what}")
    if path.exists():
        if not os.access(path, os.W_OK):
            raise errors.InputError(f"--out {out}: cannot write this file (permission denied)")
    else:
        import tempfile

        try:
            with tempfile.NamedTemporaryFile(dir=parent, prefix=".summarizer-probe-"):
                pass
        except OSError as exc:
            raise errors.InputError(f"--out {out}: cannot write in {parent} ({exc.strerror or exc})") from None
    return path, fmt


def _render(result: Any, fmt: Format, article: str | None) -> str:
    from .. import render

    if fmt is Format.json:
        return render.to_json(result)
    if fmt is Format.md:
        return render.to_markdown(result, article)
    if fmt is Format.html:
        from ..review import render_review

        return render_review(result, article)
    import io

    from rich.console import Console

    buf = io.StringIO()
    width = int(os.environ.get("COLUMNS") or 0) or 80
    console = Console(file=buf, width=width, no_color=True, highlight=False, emoji=False, soft_wrap=False)
    render.print_text(result, console, article, plain=True)
    return buf.getvalue()


def _fallback_dir() -> Path:
    root = os.environ.get("SUMMARIZER_CACHE_DIR")
    if root:
        return Path(root) / "summaries-unsaved"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "summaries-unsaved"


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file renamed into place);
    special files (a FIFO, /dev/stdout) are written directly."""
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8") as fh:
            fh.write(text)
        return
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _save(text: str, path: Path) -> None:
    """Write the output; if that fails after the work is done, keep it in the fallback folder
    and say where (exit 5). A computed summary is never lost to an output error."""
    try:
        _write(path, text)
        return
    except OSError as exc:
        reason = exc.strerror or str(exc)
    from datetime import datetime

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder = _fallback_dir()
        folder.mkdir(parents=True, exist_ok=True)
        saved = folder / f"{path.stem or 'summary'}-{stamp}-{os.getpid()}{path.suffix}"
        saved.write_text(text, encoding="utf-8")
    except OSError:
        sys.stdout.write(text)
        sys.stdout.flush()
        raise errors.OutputError(f"cannot write {path} ({reason}); the output was written to stdout instead") from None
    raise errors.OutputError(f"cannot write {path} ({reason}); the output was saved to {saved}")


def _emit(result: Any, fmt: Format, out: Path | None, article: str | None) -> None:
    if out is not None:
        _save(_render(result, fmt, article), out)
        return
    if fmt is Format.text:
        from rich.console import Console

        from .. import render

        console = Console(highlight=False, emoji=False)
        render.print_text(result, console, article)
        return
    sys.stdout.write(_render(result, fmt, article))
    sys.stdout.flush()


def _read(path: str) -> str:
    from ..api import decode_article, load_article

    if path == "-":
        return decode_article(sys.stdin.buffer.read(), "stdin")
    return load_article(path)


def _supports_timeout() -> bool:
    import dataclasses
    import inspect

    from .. import api

    if "timeout" in inspect.signature(api.summarize).parameters:
        return True
    return any(f.name == "timeout" for f in dataclasses.fields(api.Options))


# --------------------------------------------------------------------------- commands

@app.command(
    cls=_Command,
    epilog="""Examples:

\b
  summarizer summarize article.txt
  summarizer summarize article.txt -o article.json     # format from the name
  summarizer summarize article.txt -f md --published 2025-03-07
  cat article.txt | summarizer summarize - -f json | jq '.casualties[].low'
  summarizer summarize a.txt --base-url http://localhost:8000/v1 --model m
  summarizer summarize a.txt --provider openai --model gpt-4o-mini

Exit codes: 0 ok, 1 model failed, 2 bad input or option, 3 error findings remain,
4 time limit, 5 output not written where asked (saved elsewhere), 6 embedded model unavailable.""",
)
def summarize(
    path: Annotated[str, typer.Argument(metavar="ARTICLE", help="Article file (UTF-8 text), or - for stdin.")],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            metavar="[text|json|md|html]",
            help="Output format (markdown = md; html: the review page). Default: from the --out extension "
            "(.json, .md, .txt, .html), else text.",
            show_default=False,
        ),
    ] = None,
    out: opts.SummarizeOut = None,
    published: opts.Published = None,
    provider: opts.Provider = None,
    model: opts.Model = None,
    base_url: opts.BaseUrl = None,
    model_path: opts.ModelPath = None,
    response_format: opts.ResponseFormatOpt = None,
    timeout: opts.SummarizeTimeout = None,
    max_retries: opts.SummarizeRetries = 2,
    token_budget: opts.SummarizeBudget = None,
    no_cache: opts.NoCache = False,
    offline: opts.Offline = False,
    no_hints: opts.NoHints = False,
    no_audit: opts.SummarizeNoAudit = False,
    quantity_profile: opts.QuantityProfileOpt = opts.QuantityProfile.literal,
) -> None:
    """Summarise one article: casualty figures, timeline, parties and sources, each with its quote."""
    from ..api import summarize as run

    target, fmt_ = _resolve_output(out, fmt)
    extra: dict[str, Any] = {}
    if timeout is not None:
        if not _supports_timeout():
            raise errors.InputError("--timeout is not supported by this version of the library")
        extra["timeout"] = timeout
    text = _read(path)
    summary = run(
        text,
        published=published,
        settings=opts.settings(provider, model, base_url, model_path, response_format),
        max_retries=max_retries,
        cache=not no_cache,
        offline=offline,
        hints=not no_hints,
        token_budget=token_budget,
        article_id=path,
        audit=not no_audit,
        quantity_profile="acled" if quantity_profile is opts.QuantityProfile.acled else "literal",
        **extra,
    )
    _emit(summary, fmt_, target, text)
    if target is not None or fmt_ is Format.json:
        from ..render import published_hint

        hint = published_hint(summary)
        if hint:
            _hint(hint)
    if summary.errors:
        raise typer.Exit(errors.EXIT_FINDINGS)


@app.command(
    cls=_Command,
    epilog="""Examples:

\b
  summarizer check article.txt article.json
  summarizer check article.txt article.json -f json | jq '.checks'

Exit codes: 0 no error findings, 2 unreadable article or not a summary, 3 error findings.""",
)
def check(
    article: Annotated[str, typer.Argument(metavar="ARTICLE", help="The article file (or - for stdin).")],
    summary_path: Annotated[Path, typer.Argument(metavar="SUMMARY.json", help="A saved summary (JSON).")],
    fmt: Annotated[
        Format,
        typer.Option("--format", "-f", case_sensitive=False, metavar="[text|json|md]", help="Output format."),
    ] = Format.text,
    published: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD", help="Publication date.")] = None,
) -> None:
    """Re-run the local checks on a saved summary (exit 3 when errors remain)."""
    from ..api import check as run
    from ..api import load_article

    text = _read(article)
    raw = load_article(summary_path)
    try:
        result = run(text, raw, published=published)
    except errors.SummarizerError:
        raise
    except ValueError as exc:  # pydantic's ValidationError (not JSON, or not a summary)
        _die(f"{summary_path}: not a summary: {_first_error(exc)}", errors.EXIT_INPUT)
    fmt_ = _norm(fmt) or Format.text
    if fmt_ is Format.text:
        from rich.console import Console

        from ..render import print_findings

        console = Console(highlight=False, emoji=False)
        print_findings(result.checks, console, text, plain=not console.is_terminal)
    else:
        _emit(result, fmt_, None, text)
    if result.errors:
        raise typer.Exit(errors.EXIT_FINDINGS)


def _first_error(exc: ValueError) -> str:
    details = getattr(exc, "errors", None)
    if callable(details):
        try:
            first = details()[0]
            loc = ".".join(str(x) for x in first.get("loc", ()))
            return f"{loc}: {first['msg']}" if loc else str(first["msg"])
        except (IndexError, KeyError, TypeError):
            pass
    return str(exc)


@app.command(
    cls=_Command,
    epilog="""Examples:

\b
  summarizer schema > summary.schema.json
  summarizer schema | jq '.$defs.Casualty.properties.status'
  summarizer schema --model          # the smaller schema the model fills""",
)
def schema(
    model_schema: Annotated[bool, typer.Option("--model", help="Print the smaller schema the model fills.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON output (the default; accepted for uniformity).")
    ] = False,
) -> None:
    """Print the JSON Schema of the output, every field described (or of what the model fills)."""
    from ..schema import Extraction, Summary

    target = Extraction if model_schema else Summary
    sys.stdout.write(json.dumps(target.model_json_schema(), indent=2) + "\n")


@app.command(
    cls=_Command,
    epilog="""Examples:

\b
  summarizer models
  summarizer models --json | jq '.[] | select(.default)'""",
)
def models(
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON (an array) on stdout.")] = False,
) -> None:
    """Show the local models: the default, whether its parts are installed and assembled, sizes."""
    from ..localmodels import models_report

    report = models_report()
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
        return
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    con = Console(highlight=False, emoji=False)
    plain = not con.is_terminal
    for k, m in enumerate(report):
        if k:
            con.print()
        title = Text(str(m["name"]), style="" if plain else "bold")
        if m.get("default"):
            title.append(" (default)")
        con.print(title)
        size = int(m.get("size") or 0)
        path, have = m.get("path"), int(m.get("path_size") or 0)
        parts = "yes" if m.get("parts_installed") else f"no: {m.get('install', '')}"
        rows = [
            ("from", str(m.get("origin", ""))),
            ("size", f"{size / 1e6:.0f} MB"),
            ("parts installed", parts),
            ("assembled", f"{path} ({have / 1e6:.0f} MB)" if path and have else "not yet"),
        ]
        for key, value in rows:
            con.print(Padding(Text(f"{key}: {value}"), (0, 0, 0, 2)))


from .batch import batch_command, logs_command  # noqa: E402
from .eval import eval_command  # noqa: E402
from .reconcile import export_command, reconcile_command  # noqa: E402
from .report import report_command  # noqa: E402

_BATCH_EXAMPLES = """Examples:

\b
  summarizer batch news/ -o out.jsonl        # .txt/.md/.html below news/
  summarizer batch feed.jsonl -o out.jsonl -j 8 \\
      --base-url http://localhost:8000/v1 --model m
  summarizer batch news/ -o - | jq -c 'select(.ok | not)'
  summarizer batch news/ -o out.jsonl        # again: resumes
  summarizer batch news/ --export req.jsonl  # for the Batch API
  summarizer report out.jsonl -o review/     # review pages"""

_LOGS_EXAMPLES = """Examples:

\b
  summarizer logs --since 2026-11-01
  summarizer logs --json | jq -r '.model' | sort | uniq -c"""

_EVAL_EXAMPLES = """Examples:

\b
  summarizer eval gold.jsonl -o report.json
  summarizer eval gold.jsonl --baseline -o base.json  # plain call
  summarizer eval gold.jsonl --ids doc1,doc2 --no-hints"""

_REPORT_EXAMPLES = """Examples:

\b
  summarizer report out.jsonl -o review/
  summarizer report out.jsonl -o review/ --articles news/"""

app.command("batch", cls=_Command, epilog=_BATCH_EXAMPLES)(batch_command)
app.command("logs", cls=_Command, epilog=_LOGS_EXAMPLES)(logs_command)
app.command("eval", cls=_Command, epilog=_EVAL_EXAMPLES)(eval_command)
app.command("report", cls=_Command, epilog=_REPORT_EXAMPLES)(report_command)
app.command("reconcile", cls=_Command)(reconcile_command)
app.command("export", cls=_Command)(export_command)


def main() -> None:
    app(prog_name="summarizer")


if __name__ == "__main__":
    main()
