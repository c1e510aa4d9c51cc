"""The batch-engine modes of ``summarizer batch`` (``--export``, ``--ingest``, ``--via
openai-batch``): called by ``cli.batch.batch_command``; returns the exit code.

Exit codes (``summarizer/errors.py``): ``--export`` 0, or 1 when an article could not be
exported (its line on stderr); ``--ingest`` and ``--via`` as ``batch``: 0 every article has a
summary without error findings, 3 some carry error findings, 1 some failed (each failure's
line in the output and on stderr says why); 2 bad options or settings; 5 an output that
cannot be written.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from ..api import Options
    from ..audit import AuditLog
    from ..inputs import Article, InputProblem

VIA = ("openai-batch",)


def run_batch_api(
    inputs: list[str],
    options: Options,
    *,
    out: Path,
    allow_urls: bool = False,
    export: Path | None = None,
    ingest_files: list[Path] | None = None,
    error_files: list[Path] | None = None,
    export_reasks: Path | None = None,
    via: str | None = None,
    resume: bool = True,
    workers: int | None = None,
    audit: AuditLog | None = None,
    progress: bool = False,
    poll: float = 5.0,
) -> int:
    from rich.console import Console

    con = Console(stderr=True, highlight=False)
    _check_modes(out, export, ingest_files, error_files, export_reasks, via)
    articles = _Inputs(inputs, allow_urls)
    if export is not None:
        return _export(articles, options, export, workers, con)
    if ingest_files:
        return _ingest(
            articles,
            options,
            out=out,
            files=ingest_files,
            error_files=error_files or [],
            export_reasks=export_reasks,
            audit=audit,
            workers=workers,
            progress=progress,
            con=con,
        )
    from ..batch import print_report
    from .remote import Polling, run_openai_batch

    report = run_openai_batch(
        articles,
        options=options,
        out_path=out,
        resume=resume,
        audit=audit,
        workers=workers,
        polling=Polling(initial=poll, maximum=max(poll, 60.0)),
        console=con,
    )
    print_report(report, con)
    return report.exit_code


def _check_modes(
    out: Path,
    export: Path | None,
    ingest_files: list[Path] | None,
    error_files: list[Path] | None,
    export_reasks: Path | None,
    via: str | None,
) -> None:
    """One mode, and only the options that go with it (``InputError`` otherwise)."""
    modes = [m for m, on in (("--export", export), ("--ingest", ingest_files), ("--via", via)) if on]
    if len(modes) > 1:
        raise InputError(f"choose one of {', '.join(modes)}")
    if (error_files or export_reasks) and not ingest_files:
        raise InputError("--errors and --export-reasks go with --ingest")
    if via is not None and via not in VIA:
        raise InputError(f"--via {via!r}: the engine driven from here is {', '.join(VIA)}")
    if str(out) == "-" and (ingest_files or via):
        raise InputError("--ingest and --via need an output file (-o OUT.jsonl), not stdout")


@dataclass(frozen=True)
class _Inputs:
    """The articles of the inputs, read afresh at each call (a run may read them per round)."""

    inputs: list[str]
    allow_urls: bool

    def __call__(self) -> Iterable[Article | InputProblem]:
        from ..inputs import iter_inputs

        return iter_inputs(self.inputs, allow_urls=self.allow_urls)


def _export(articles: _Inputs, options: Options, export: Path, workers: int | None, con: Console) -> int:
    """``--export``: the requests written, a line per failure and a summary line on stderr."""
    from .files import export_requests

    rep = export_requests(articles(), options, export, workers=workers)
    for item_id, kind, message in rep.failures[:50]:
        con.print(f"failed {item_id}: [{kind}] {message}", markup=False)
    names = ", ".join(str(f) for f in rep.files) or "(no file: nothing to send)"
    con.print(
        f"exported {rep.lines} requests ({rep.bytes / 1e6:.1f} MB) for {rep.articles} articles to {names}; "
        f"{len(rep.failures)} failed, {rep.duplicates} repeated requests written once; {rep.wall_s:.1f} s",
        markup=False,
    )
    return rep.exit_code


def _ingest(
    articles: _Inputs,
    options: Options,
    *,
    out: Path,
    files: list[Path],
    error_files: list[Path],
    export_reasks: Path | None,
    audit: AuditLog | None,
    workers: int | None,
    progress: bool,
    con: Console,
) -> int:
    """``--ingest``: the answer files indexed, joined to the articles; the report on stderr."""
    from ..batch import print_report
    from .files import ResponseIndex, ingest

    with tempfile.TemporaryDirectory(prefix="summarizer-ingest-") as tmp:
        index = ResponseIndex(Path(tmp) / "answers.sqlite")
        for f in [*files, *error_files]:
            n_ok, n_err = index.add_file(f)
            con.print(f"{f}: {n_ok} answers, {n_err} failed requests", markup=False)
        if index.malformed:
            con.print(f"{index.malformed} lines in the response files are not Batch API lines: ignored")
        res = ingest(
            articles(),
            options=options,
            index=index,
            out_path=out,
            reasks_path=export_reasks,
            audit=audit,
            workers=workers,
            progress=progress,
        )
        index.close()
    print_report(res.report, con)
    if res.pending:
        if export_reasks is not None:
            names = ", ".join(str(f) for f in (res.reasks.files if res.reasks else []))
            tail = f"written to {names}; run them and ingest every response file together"
        else:
            tail = "--export-reasks FILE writes them; their lines hold the answers so far"
        con.print(
            f"{res.pending} articles need another request (a re-ask, or a request that failed): {tail}", markup=False
        )
    return res.report.exit_code


__all__ = ["VIA", "run_batch_api"]
