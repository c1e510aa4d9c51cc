"""``summarizer report``: a plain function with a Typer-annotated signature, registered on the
main app by ``summarizer/cli/__init__.py`` like the batch commands::

    from summarizer.cli.report import report_command
    app.command("report")(report_command)

Only typer and the standard library are imported at module level; ``summarizer.review`` is
imported when the command runs.

Exit codes (``summarizer/errors.py``): 0 the report was written (failed articles are rows of
it, not a failure of the command); 2 the batch file is missing or holds no batch line, or
``--articles`` does not exist; 5 the report folder cannot be written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def report_command(
    batch_file: Annotated[
        Path, typer.Argument(metavar="OUT.jsonl", help="A batch output file (summarizer batch -o OUT.jsonl).")
    ],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", metavar="DIR", help="Folder for index.html and one page per article."),
    ] = Path("report"),
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles",
            metavar="PATH",
            help="Where the articles' text is: a folder, or the batch's JSONL input (default: each id read as a file).",
        ),
    ] = None,
) -> None:
    """An HTML report of a batch: an index (one row per article, filters by status) and a
    review page per article with its figures, sources, places and dates highlighted in the text.

    \b
    Examples:
      summarizer batch news/ -o out.jsonl && summarizer report out.jsonl -o report/
      summarizer report out.jsonl -o report/ --articles feed.jsonl
    """
    from ..review import build_report

    index = build_report(batch_file, out, articles)
    typer.echo(f"wrote {index} (open it in a browser; pages in {index.parent / 'articles'})")
