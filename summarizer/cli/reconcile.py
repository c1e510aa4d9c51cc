"""``summarizer reconcile`` and ``summarizer export``: plain functions with Typer-annotated
signatures, registered on the main app by ``summarizer/cli/__init__.py``::

    from summarizer.cli.reconcile import export_command, reconcile_command
    app.command("reconcile")(reconcile_command)
    app.command("export")(export_command)

Exit codes (``summarizer/errors.py``): 0 written; 2 an input is missing, not a summary or a
batch file, an id repeats, or an option is wrong; 5 the output cannot be written.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class GroupChoice(StrEnum):
    auto = "auto"
    by_id = "by-id"


class ViewChoice(StrEnum):
    text = "text"
    json = "json"
    md = "md"
    html = "html"


class ExportChoice(StrEnum):
    ged_csv = "ged-csv"
    acled_csv = "acled-csv"
    jsonl = "jsonl"


_FILES = typer.Argument(
    metavar="SUMMARY.json ...",
    help="Summary JSON files (summarize -o x.json), JSONL batch outputs, or (export) an event report.",
    show_default=False,
)
_FROM = typer.Option("--from", metavar="OUT.jsonl", help="A batch output file (summarizer batch -o OUT.jsonl).")
_GROUP = typer.Option(
    "--group",
    help="auto: by dates, places and parties; by-id: the line's 'group', else the id's folder, else the id before '#'.",
)
_OUT = typer.Option("--out", "-o", metavar="FILE", help="Write here instead of stdout.")


def _write(text: str, out: Path | None) -> None:
    from ..errors import OutputError

    if out is None or str(out) == "-":
        typer.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or type(exc).__name__}") from None
    typer.echo(f"wrote {out}", err=True)


def _report(files: list[Path] | None, batch: Path | None, group: GroupChoice):  # type: ignore[no-untyped-def]
    from ..reconcile import EventReport, load_inputs, reconcile

    paths = list(files or [])
    # an event report given to export is used as it is
    if len(paths) == 1 and batch is None and paths[0].suffix == ".json":
        try:
            data = json.loads(paths[0].read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            data = None
        if isinstance(data, dict) and "events" in data:
            return EventReport.model_validate(data)
    items, notes = load_inputs(paths, batch)
    return reconcile(items, group=group.value, notes=notes)


def reconcile_command(
    files: Annotated[list[Path] | None, _FILES] = None,
    batch: Annotated[Path | None, _FROM] = None,
    group: Annotated[GroupChoice, _GROUP] = GroupChoice.auto,
    fmt: Annotated[
        ViewChoice | None,
        typer.Option("--format", "-f", help="text, json, md or html (default: from -o, else text)."),
    ] = None,
    out: Annotated[Path | None, _OUT] = None,
) -> None:
    """Reconcile the summaries of several articles about one event (or many): sources merged,
    repeated reports counted once, each source's latest figure, disputes side by side, a
    reconciled range per outcome with the rule and the quotes it rests on, a merged timeline.

    \b
    Examples:
      summarizer reconcile a.json b.json c.json
      summarizer reconcile --from out.jsonl --group by-id -o events.md
      summarizer reconcile --from out.jsonl -f json -o events.json
      summarizer reconcile --from out.jsonl -o events.html
    """
    from ..reconcile.views import to_html, to_markdown, to_text

    report = _report(files, batch, group)
    suffixes = {".json": "json", ".md": "md", ".html": "html", ".htm": "html"}
    kind = fmt.value if fmt else suffixes.get(out.suffix if out else "", "text")
    if kind == "json":
        text = report.model_dump_json(indent=1) + "\n"
    elif kind == "md":
        text = to_markdown(report)
    elif kind == "html":
        text = to_html(report)
    else:
        text = to_text(report)
    _write(text, out)


def export_command(
    files: Annotated[list[Path] | None, _FILES] = None,
    batch: Annotated[Path | None, _FROM] = None,
    group: Annotated[GroupChoice, _GROUP] = GroupChoice.auto,
    fmt: Annotated[
        ExportChoice, typer.Option("--format", "-f", help="ged-csv, acled-csv or jsonl.")
    ] = ExportChoice.ged_csv,
    out: Annotated[Path | None, _OUT] = None,
) -> None:
    """Export reconciled events as UCDP GED-style CSV, ACLED-style CSV or JSON Lines, one row
    per event (columns and their rules: README, "Events across articles").

    \b
    Examples:
      summarizer export --from out.jsonl --format ged-csv -o events.csv
      summarizer export events.json --format acled-csv
    """
    from ..exports import export

    _write(export(_report(files, batch, group), fmt.value), out)
