"""``summarizer batch ... --via openai-batch``: drive the OpenAI Batch API with the real
``openai`` client, round by round, resumable.

A round: the requests (round 1: one per article; then the re-asks the previous round's
answers call for) are written in files within the API's limits, each uploaded
(``files.create(purpose="batch")``) and run as a batch (``batches.create``, endpoint
``/v1/chat/completions``, window 24 h); the batches are polled with backoff, the status and
request counts shown; their output and error files are downloaded; then the answers are
joined to the articles (``files.ingest``): the output lines are written, and the articles
whose answer failed the checks go to the next round, up to ``max_retries`` re-ask rounds.

State: ``OUT.batchapi.json`` next to the output (written atomically after every step: file
and batch ids, statuses, counts, which files are downloaded, the round and its phase) and
``OUT.batchapi/`` (the request files, the downloaded answers, the ids of each round's
articles). A killed run started again (``--resume``, the default) continues where the state
says: an uploaded file is not uploaded again, a created batch is not created again (a batch
created just before a kill is found again by its metadata), downloaded answers are not
fetched again, so nothing is paid twice.

Expired and cancelled batches keep their partial results: the requests they did not answer
(missing from the output, or ``batch_expired`` / ``batch_cancelled`` / server errors in the
error file) are sent again in a new batch, up to ``max_submissions`` times a file; what is
still unanswered then is reported per article (a failure line saying why). A batch that
fails validation is reported the same way.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, ModelError, one_line
from ..inputs import Article, InputProblem
from . import BATCH_URL, MAX_FILE_BYTES, MAX_FILE_LINES
from .files import RequestWriter, ResponseIndex, export_requests, ingest, retryable

if TYPE_CHECKING:
    from rich.console import Console

    from ..api import Options
    from ..audit import AuditLog
    from ..batch import BatchReport

STATE_VERSION = 1
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


@dataclass
class Polling:
    """How often batches are read: ``initial`` seconds, times ``factor`` after a read that
    changed nothing, at most ``maximum``."""

    initial: float = 5.0
    maximum: float = 60.0
    factor: float = 1.5


def state_paths(out: Path) -> tuple[Path, Path]:
    """(the state file, the work folder) of the output ``out``."""
    return out.with_name(out.name + ".batchapi.json"), out.with_name(out.name + ".batchapi")


class State:
    """The run's state file: a JSON document written atomically after every change."""

    def __init__(self, path: Path, doc: dict[str, Any]) -> None:
        self.path = path
        self.doc = doc

    @classmethod
    def load(cls, path: Path) -> State | None:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the batch state {path}: {one_line(exc)}") from None
        if not isinstance(doc, dict) or doc.get("version") != STATE_VERSION:
            raise InputError(f"{path} is not a batch state this version can resume; move it away to start over")
        return cls(path, doc)

    def save(self) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(self.doc, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    @property
    def parts(self) -> list[dict[str, Any]]:
        parts: list[dict[str, Any]] = self.doc["parts"]
        return parts


def _fingerprint(options: Options) -> dict[str, Any]:
    from ..prompts import prompt_version
    from . import provider_for

    p = provider_for(options)
    return {
        "provider": p.name,
        "model": p.model,
        "endpoint": p.endpoint_id(),
        "max_retries": options.max_retries,
        "hints": options.hints,
        "prompt_version": prompt_version(),
    }


def _client(options: Options) -> Any:
    import openai

    from . import provider_for

    p = provider_for(options)
    key = p.api_key if p.api_key not in ("offline", "none", "") else os.environ.get("OPENAI_API_KEY", "none")
    return openai.OpenAI(api_key=key, base_url=p.base_url, max_retries=3, timeout=120.0)


def _api_error(exc: BaseException, doing: str) -> ModelError:
    from ..api import api_error_message

    message = api_error_message(exc).replace("model request failed: ", "")
    return ModelError(f"Batch API at {_base(exc)}, {doing}: {message}")


def _base(exc: BaseException) -> str:
    request = getattr(exc, "request", None)
    url = getattr(request, "url", None)
    return f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "") if url is not None else "?"


def run_openai_batch(
    articles: Callable[[], Iterable[Article | InputProblem]],
    *,
    options: Options,
    out_path: Path,
    resume: bool = True,
    audit: AuditLog | None = None,
    workers: int | None = None,
    polling: Polling | None = None,
    console: Console | None = None,
    max_submissions: int = 3,
    max_lines: int = MAX_FILE_LINES,
    max_bytes: int = MAX_FILE_BYTES,
    client: Any = None,
    sleep: Callable[[float], None] = time.sleep,
) -> BatchReport:
    """Summarise ``articles()`` (read again for each round) through the Batch API into
    ``out_path``; see the module docstring. Raises ``ModelError`` when the API refuses (a bad
    key: the state is kept, a re-run resumes), ``InputError`` for a state made with other
    settings."""
    from rich.console import Console

    con = console or Console(stderr=True)
    state, work = _open_state(out_path, options, resume, con)
    api = client if client is not None else _client(options)
    _preflight(api)
    run = _Run(
        articles=articles,
        options=options,
        out_path=out_path,
        work=work,
        state=state,
        api=api,
        audit=audit,
        workers=workers,
        polling=polling or Polling(),
        sleep=sleep,
        con=con,
        max_submissions=max_submissions,
        max_lines=max_lines,
        max_bytes=max_bytes,
    )
    started = time.perf_counter()
    while state.doc["phase"] != "done":
        _step(run)
    report = _final_report(articles, out_path)
    report.prompt_tokens, report.completion_tokens = run.prompt_tokens, run.completion_tokens
    report.exchanges = run.exchanges
    report.wall_s = time.perf_counter() - started
    return report


def _open_state(out_path: Path, options: Options, resume: bool, con: Console) -> tuple[State, Path]:
    """The run's state (a new one, or the one to resume: made with the same settings) and its
    work folder."""
    state_file, work = state_paths(out_path)
    state = State.load(state_file)
    fp = _fingerprint(options)
    if state is not None and not resume:
        raise InputError(
            f"a Batch API run's state is in {state_file}; re-run with --resume to continue it "
            "(nothing is paid twice), or move it and its folder away to start over"
        )
    if state is not None and state.doc["fingerprint"] != fp:
        diff = [k for k in fp if state.doc["fingerprint"].get(k) != fp[k]]
        raise InputError(
            f"the Batch API run in {state_file} was started with other settings ({', '.join(diff)}); "
            "use the same ones, or move the state away to start over"
        )
    work.mkdir(parents=True, exist_ok=True)
    if state is not None:
        con.print(f"resuming the Batch API run in {state_file} (round {state.doc['round']}, {state.doc['phase']})")
        return state, work
    doc = {
        "version": STATE_VERSION,
        "id": uuid.uuid4().hex[:12],
        "fingerprint": fp,
        "round": 1,
        "phase": "export",
        "parts": [],
        "answers": [],
        "report": {},
    }
    state = State(state_file, doc)
    state.save()
    return state, work


@dataclass
class _Run:
    """One Batch API run: what every phase needs, and the tokens counted so far."""

    articles: Callable[[], Iterable[Article | InputProblem]]
    options: Options
    out_path: Path
    work: Path
    state: State
    api: Any
    audit: AuditLog | None
    workers: int | None
    polling: Polling
    sleep: Callable[[float], None]
    con: Console
    max_submissions: int
    max_lines: int
    max_bytes: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    exchanges: int = 0

    @property
    def max_rounds(self) -> int:
        return self.options.max_retries + 1


def _step(run: _Run) -> None:
    """Do the state's current phase of its round, move to the next phase, save."""
    state, work = run.state, run.work
    r = int(state.doc["round"])
    phase = state.doc["phase"]
    if phase == "export":
        if r == 1:
            _export_round1(
                run.articles, run.options, run.out_path, work, state, run.workers, run.max_lines, run.max_bytes, run.con
            )
        else:
            _register_parts(state, work, r)
        state.doc["phase"] = "submit" if any(p["round"] == r for p in state.parts) else "ingest"
    elif phase == "submit":
        for part in state.parts:
            if part["round"] == r and part["batch_id"] is None:
                _submit(run.api, state, part, work)
        state.doc["phase"] = "wait"
    elif phase == "wait":
        more = _wait(
            run.api, state, r, work, run.polling, run.sleep, run.con, run.max_submissions, run.max_lines, run.max_bytes
        )
        state.doc["phase"] = "submit" if more else "ingest"
    elif phase == "ingest":
        rep = _ingest_round(
            run.articles, run.options, run.out_path, work, state, r, run.max_rounds, run.audit, run.workers, run.con
        )
        run.prompt_tokens += rep.report.prompt_tokens
        run.completion_tokens += rep.report.completion_tokens
        run.exchanges += rep.report.exchanges
        if rep.pending and r < run.max_rounds and (work / f"round{r + 1}.jsonl").exists():
            state.doc["round"] = r + 1
            state.doc["phase"] = "export"
        else:
            state.doc["phase"] = "done"
    else:
        return
    state.save()


def _final_report(articles: Callable[[], Iterable[Article | InputProblem]], out_path: Path) -> BatchReport:
    """The report: every article's last line in the output."""
    from ..batch import BatchReport, Failure, has_errors, read_results

    report = BatchReport(out_path=out_path)
    results = read_results(out_path)
    for item_id in _ids_of(articles):
        rec = results.get(item_id)
        report.total += 1
        if rec is None:
            report.failed += 1
            report.failures.append(Failure(item_id, "internal", "no line was written for this article"))
        elif rec.get("ok"):
            if has_errors(rec.get("summary")):
                report.with_findings += 1
            else:
                report.ok += 1
        else:
            err = rec.get("error") or {}
            report.failed += 1
            report.failures.append(Failure(item_id, str(err.get("kind", "")), str(err.get("message", ""))))
    return report


def _preflight(api: Any) -> None:
    """One cheap read first: a wrong key or URL is one line before any work."""
    import openai

    try:
        api.batches.list(limit=1)
    except openai.APIError as exc:
        raise _api_error(exc, "listing batches") from None


def _ids_of(articles: Callable[[], Iterable[Article | InputProblem]]) -> list[str]:
    return [a.id for a in articles()]


def _export_round1(
    articles: Callable[[], Iterable[Article | InputProblem]],
    options: Options,
    out_path: Path,
    work: Path,
    state: State,
    workers: int | None,
    max_lines: int,
    max_bytes: int,
    con: Console,
) -> None:
    from ..batch import read_results

    done = {k for k, v in read_results(out_path).items() if v.get("ok")}
    ids_path = work / "round1.ids.jsonl"
    with ids_path.open("w", encoding="utf-8") as ids:

        def skip(item_id: str) -> bool:
            if item_id in done:
                return True
            ids.write(json.dumps({"id": item_id}) + "\n")
            return False

        rep = export_requests(
            articles(),
            options,
            work / "round1.jsonl",
            workers=workers,
            max_lines=max_lines,
            max_bytes=max_bytes,
            skip=skip,
        )
    if done:
        con.print(f"{len(done)} articles already summarised in {out_path}: not sent")
    con.print(f"round 1: {rep.lines} requests in {len(rep.files)} file(s), {rep.bytes / 1e6:.1f} MB")
    _add_parts(state, 1, rep.files, work)


def _register_parts(state: State, work: Path, r: int) -> None:
    from .files import part_path

    files = []
    n = 1
    while (p := part_path(work / f"round{r}.jsonl", n)).exists():
        files.append(p)
        n += 1
    _add_parts(state, r, files, work)


def _add_parts(state: State, r: int, files: list[Path], work: Path) -> None:
    for i, f in enumerate(files, 1):
        lines = sum(1 for _ in f.open("rb"))
        if lines == 0:
            continue
        state.parts.append(
            {
                "round": r,
                "part": i,
                "submission": 1,
                "file": f.relative_to(work).as_posix(),
                "lines": lines,
                "input_file_id": None,
                "batch_id": None,
                "status": None,
                "counts": {},
                "output": None,
                "errors": None,
                "handled": False,
            }
        )


def _tag(state: State, part: dict[str, Any]) -> str:
    return f"{state.doc['id']}:{part['round']}.{part['part']}.{part['submission']}"


def _submit(api: Any, state: State, part: dict[str, Any], work: Path) -> None:
    import openai

    tag = _tag(state, part)
    try:
        if part["input_file_id"] is None:
            with (work / part["file"]).open("rb") as fh:
                f = api.files.create(file=(Path(part["file"]).name, fh), purpose="batch")
            part["input_file_id"] = f.id
            state.save()
        # a batch created just before a kill (its id not yet saved) is found by its metadata
        found = None
        for i, b in enumerate(api.batches.list(limit=100)):
            if (b.metadata or {}).get("summarizer") == tag and b.input_file_id == part["input_file_id"]:
                found = b
                break
            if i >= 500:  # the newest are enough: it was created moments before the kill
                break
        if found is None:
            found = api.batches.create(
                input_file_id=part["input_file_id"],
                endpoint=BATCH_URL,
                completion_window="24h",
                metadata={"summarizer": tag},
            )
    except openai.APIError as exc:
        state.save()
        raise _api_error(exc, f"submitting {part['file']}") from None
    part["batch_id"] = found.id
    part["status"] = found.status
    state.save()


def _wait(
    api: Any,
    state: State,
    r: int,
    work: Path,
    polling: Polling,
    sleep: Callable[[float], None],
    con: Console,
    max_submissions: int,
    max_lines: int,
    max_bytes: int,
) -> bool:
    """Poll the round's batches until each has ended and its files are downloaded; True when
    requests were put in new parts (to submit)."""
    import openai

    started = time.monotonic()
    interval = polling.initial
    while True:
        changed = False
        live = [p for p in state.parts if p["round"] == r and not p["handled"]]
        if not live:
            return False
        for part in live:
            if part["status"] not in TERMINAL:
                try:
                    b = api.batches.retrieve(part["batch_id"])
                except openai.APIError as exc:
                    raise _api_error(exc, f"reading batch {part['batch_id']}") from None
                counts = b.request_counts.model_dump() if b.request_counts is not None else {}
                if b.status != part["status"] or counts != part["counts"]:
                    changed = True
                    part["status"], part["counts"] = b.status, counts
                    part["output_file_id"], part["error_file_id"] = b.output_file_id, b.error_file_id
                    if b.errors is not None and b.errors.data:
                        part["validation"] = "; ".join(one_line(e.message or e.code or "") for e in b.errors.data[:3])
                    state.save()
                    elapsed = time.monotonic() - started
                    done, failed, total = counts.get("completed", 0), counts.get("failed", 0), counts.get("total", 0)
                    con.print(
                        f"round {r} {part['file']} {part['batch_id']}: {b.status}, {done}/{total} done, "
                        f"{failed} failed, {elapsed:.0f} s",
                        highlight=False,
                    )
            if part["status"] in TERMINAL:
                _download(api, state, part, work)
                more = _leftovers(state, part, work, max_submissions, max_lines, max_bytes, con)
                part["handled"] = True
                state.save()
                if more:
                    return True
                changed = True
        if not changed:
            sleep(interval)
            interval = min(polling.maximum, interval * polling.factor)


def _download(api: Any, state: State, part: dict[str, Any], work: Path) -> None:
    import openai

    for kind in ("output", "errors"):
        fid = part.get("output_file_id" if kind == "output" else "error_file_id")
        if fid is None or part[kind] is not None:
            continue
        name = f"{part['batch_id']}.{kind}.jsonl"
        tmp = work / f".{name}.tmp"
        try:
            with api.with_streaming_response.files.content(fid) as resp, tmp.open("wb") as fh:
                for chunk in resp.iter_bytes():
                    fh.write(chunk)
        except openai.APIError as exc:
            raise _api_error(exc, f"downloading {fid}") from None
        os.replace(tmp, work / name)
        part[kind] = name
        state.doc["answers"].append(name)
        state.save()


def _leftovers(
    state: State, part: dict[str, Any], work: Path, max_submissions: int, max_lines: int, max_bytes: int, con: Console
) -> bool:
    """A batch that ended without answering every request: put the unanswered ones (missing,
    or failed with a retryable error) into a new part, unless the file was sent
    ``max_submissions`` times already. True when a new part was added."""
    if part["status"] == "completed" and not part.get("errors"):
        return False
    index = ResponseIndex(work / f".leftovers-{os.getpid()}.sqlite")
    try:
        for name in (part.get("output"), part.get("errors")):
            if name:
                index.add_file(work / name)
        if part["status"] == "failed" or part["submission"] >= max_submissions:
            if part["status"] != "completed":
                why = part.get("validation") or part["status"]
                con.print(f"batch {part['batch_id']} {part['status']} ({why}); its unanswered requests are reported")
            return False
        name = f"{Path(part['file']).stem.split('.s')[0]}.s{part['submission'] + 1}.jsonl"
        writer = RequestWriter(work / name, max_lines=max_lines, max_bytes=max_bytes)
        try:
            with (work / part["file"]).open("rb") as fh:
                for raw in fh:
                    line = json.loads(raw)
                    cid = line["custom_id"]
                    err = index.get_error(cid)
                    if cid in index or (err is not None and not retryable(err[0])):
                        continue
                    writer.write(line)
        finally:
            writer.close()
    finally:
        index.close()
        with suppress(OSError):
            index.db.unlink()
    if writer.lines == 0:
        return False
    con.print(f"batch {part['batch_id']} {part['status']}: {writer.lines} unanswered requests sent again")
    for f in writer.files:
        state.parts.append(
            {
                **{k: None for k in ("input_file_id", "batch_id", "status", "output", "errors")},
                "round": part["round"],
                "part": part["part"],
                "submission": part["submission"] + 1,
                "file": f.relative_to(work).as_posix(),
                "lines": sum(1 for _ in f.open("rb")),
                "counts": {},
                "handled": False,
            }
        )
    return True


def _ingest_round(
    articles: Callable[[], Iterable[Article | InputProblem]],
    options: Options,
    out_path: Path,
    work: Path,
    state: State,
    r: int,
    max_rounds: int,
    audit: AuditLog | None,
    workers: int | None,
    con: Console,
) -> Any:
    index_path = work / f".index-{os.getpid()}.sqlite"
    index_path.unlink(missing_ok=True)
    index = ResponseIndex(index_path)
    try:
        for name in state.doc["answers"]:
            index.add_file(work / name)
        ids_file = work / ("round1.ids.jsonl" if r == 1 else f"pending{r - 1}.jsonl")
        only: set[str] = set()
        if ids_file.exists():
            with ids_file.open(encoding="utf-8") as fh:
                only = {json.loads(x)["id"] for x in fh if x.strip()}
        reasks = work / f"round{r + 1}.jsonl" if r < max_rounds else None
        res = ingest(
            articles(),
            options=options,
            index=index,
            out_path=out_path,
            reasks_path=reasks,
            pending_path=work / f"pending{r}.jsonl",
            only=only,
            audit=audit,
            workers=workers,
            # failed requests were sent again within the round (up to max_submissions)
            requeue_failed=False,
        )
    finally:
        index.close()
        index_path.unlink(missing_ok=True)
    if res.pending:
        where = f"round {r + 1}" if reasks is not None else "no rounds left: their last answers are kept"
        con.print(f"round {r}: {res.pending} articles need another request ({where})")
    return res


__all__ = ["Polling", "run_openai_batch", "state_paths"]
