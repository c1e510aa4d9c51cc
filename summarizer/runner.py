"""What ``batch`` and ``eval`` share: the JSON Lines output, its lock, the resume reader,
the per-article deadline, the error one-liner and the progress display.

Output file (``JsonlWriter``): one JSON object a line, appended as each article finishes.
Durability policy, the same for every output: each line is flushed when written (a crash or
Ctrl-C loses nothing finished), the file is fsynced at most every ``FSYNC_EVERY_S`` seconds
and when it is closed (a power cut loses at most that much). ``-`` writes to stdout (no
lock, no resume, no compaction).

One writer per file (``OutputLock``): a run holds an exclusive ``flock`` on ``OUT.lock``
while it writes ``OUT``; a second run on the same file is refused at once with one line and
exit code 2 (``InputError``): "another summarizer batch is writing OUT (pid N)". The lock
file is removed when the run ends.

One line per key (``compact``): resume appends, so a retried id gains a second line until the
run ends; then the file is rewritten atomically (temporary file, fsync, rename) keeping the
last line per key, in the order the keys first appeared. Torn lines (a run killed
mid-write) and lines that are not records are dropped then. ``read_last`` reads the same
rule (last line per key) for resuming.

Deadline (``run_with_deadline``): ``--timeout`` is the total time per article, passed to
``Options(timeout=...)`` (the library raises ``ModelTimeout``); the runner also cancels an
article that outlives it by a grace period, so no article can hang a run.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Awaitable, Callable, Hashable, Iterator
from contextlib import suppress
from dataclasses import fields, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from .errors import InputError, ModelTimeout, OutputError, SummarizerError, one_line

if TYPE_CHECKING:
    from rich.console import Console

    from .api import Options

T = TypeVar("T")

STDOUT = "-"
FSYNC_EVERY_S = 1.0
#: help of ``--timeout`` in ``batch`` and ``eval`` (the defaults are the library's:
#: ``api.DEFAULT_TIMEOUT``)
TIMEOUT_HELP = (
    "Seconds per article in total (re-asks, retries and reading included); "
    "default 180 for a server, 900 for the embedded model; 0: no limit."
)


def is_stdout(path: Path | str) -> bool:
    return str(path) == STDOUT


# --------------------------------------------------------------------------- lock


class OutputLock:
    """An exclusive, non-blocking ``flock`` on ``<out>.lock`` holding the owner's pid."""

    def __init__(self, out: Path, what: str = "batch") -> None:
        self.out = out
        self.what = what
        self.path = out.with_name(out.name + ".lock")
        self.fd: int | None = None

    def acquire(self) -> OutputLock:
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(20):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pid = _read_pid(fd)
                os.close(fd)
                raise InputError(
                    f"another summarizer {self.what} is writing {self.out} (pid {pid or 'unknown'}); "
                    "wait for it or choose another --out"
                ) from None
            # the holder before us may have removed the file after we opened it: lock the
            # file that is at the path now
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            self.fd = fd
            return self
        raise InputError(f"cannot lock {self.path}")  # pragma: no cover - a pathological race

    def release(self) -> None:
        if self.fd is None:
            return
        with suppress(OSError):
            os.unlink(self.path)  # while still holding it: see acquire()
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> str:
    try:
        data = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return data if data.isdigit() else ""


# --------------------------------------------------------------------------- reading


def iter_records(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file; blank, torn and non-object lines are skipped."""
    try:
        fh = path.open("r", encoding="utf-8", errors="replace")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return
    with fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash
            if isinstance(rec, dict):
                yield rec


def read_last(path: Path | str, key: Callable[[dict[str, Any]], Hashable | None]) -> dict[Hashable, dict[str, Any]]:
    """The last record per ``key(record)`` (records whose key is None are ignored)."""
    out: dict[Hashable, dict[str, Any]] = {}
    if is_stdout(path):
        return out
    for rec in iter_records(Path(path)):
        k = key(rec)
        if k is not None:
            out[k] = rec
    return out


def compact(path: Path, key: Callable[[dict[str, Any]], Hashable | None]) -> bool:
    """Rewrite ``path`` atomically with the last line per key (first-appearance order); True
    when it was rewritten, False when it already had one line per key. Streams: only each
    key's last offset is held, never the lines (a batch of a million summaries compacts in
    the memory of its ids)."""
    last: dict[Hashable, tuple[int, int]] = {}
    dirty = False
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        return False
    with fh:
        offset = 0
        # split on newlines only: a record may hold U+2028 and the like (str.splitlines)
        for raw in fh:
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8", errors="replace"))
            except ValueError:
                dirty = True
                continue
            k = key(rec) if isinstance(rec, dict) else None
            if k is None:
                dirty = True
                continue
            if k in last:
                dirty = True
            last[k] = (start, len(raw))
        if not dirty:
            return False
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("w", encoding="utf-8") as out:
                for start, length in last.values():
                    fh.seek(start)
                    line = fh.read(length).decode("utf-8", errors="replace")
                    out.write(line.rstrip("\n") + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        finally:
            with suppress(FileNotFoundError):
                tmp.unlink()
    return True


# --------------------------------------------------------------------------- writing


class JsonlWriter:
    """Appends one JSON object a line to a file (or stdout for ``-``); see the module
    docstring for the durability policy. A torn last line is closed first, so it cannot
    swallow the next record."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.own = not is_stdout(path)
        self.fh: IO[str]
        if not self.own:
            self.fh = sys.stdout
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.fh = self.path.open("a+", encoding="utf-8")
            except OSError as exc:
                raise OutputError(f"cannot write {self.path}: {exc.strerror or one_line(exc)}") from None
            self.fh.seek(0, 2)
            end = self.fh.tell()
            if end > 0:
                self.fh.seek(end - 1)
                last = self.fh.read(1)
                self.fh.seek(0, 2)
                if last != "\n":
                    self.fh.write("\n")
        self.synced = time.monotonic()

    def write(self, rec: dict[str, Any]) -> None:
        self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.fh.flush()
        if self.own and time.monotonic() - self.synced >= FSYNC_EVERY_S:
            self._sync()

    def _sync(self) -> None:
        with suppress(OSError):
            os.fsync(self.fh.fileno())
        self.synced = time.monotonic()

    def close(self) -> None:
        if not self.own:
            with suppress(Exception):
                self.fh.flush()
            return
        if not self.fh.closed:
            self.fh.flush()
            self._sync()
            self.fh.close()


class JsonlOutput:
    """The output of one run: lock (files only), writer, and compaction when it closes."""

    def __init__(
        self, path: Path | str, key: Callable[[dict[str, Any]], Hashable | None], *, what: str = "batch"
    ) -> None:
        self.path = Path(path)
        self.stdout = is_stdout(path)
        self.key = key
        self.lock = None if self.stdout else OutputLock(self.path, what)
        self.writer: JsonlWriter | None = None

    def open(self) -> JsonlOutput:
        if self.lock is not None:
            self.lock.acquire()
        try:
            self.writer = JsonlWriter(STDOUT if self.stdout else self.path)
        except BaseException:
            if self.lock is not None:
                self.lock.release()
            raise
        return self

    def read(self) -> dict[Hashable, dict[str, Any]]:
        """Last record per key already in the output (empty for stdout)."""
        return {} if self.stdout else read_last(self.path, self.key)

    def write(self, rec: dict[str, Any]) -> None:
        assert self.writer is not None
        self.writer.write(rec)

    def close(self) -> None:
        try:
            if self.writer is not None:
                self.writer.close()
                self.writer = None
                if not self.stdout:
                    with suppress(OSError):
                        compact(self.path, self.key)
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> JsonlOutput:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- errors


def describe(exc: BaseException) -> tuple[str, str]:
    """An article's failure as (kind, one-line message). Kinds: ``input``, ``timeout``,
    ``model``, ``config``, ``error`` (another ``SummarizerError``), ``internal`` (a bug)."""
    from .errors import ConfigError, ModelError

    if isinstance(exc, TimeoutError):
        return "timeout", one_line(exc) or "the time limit for the article ran out"
    if not isinstance(exc, SummarizerError):
        # an exception from a library (the plain baseline calls instructor directly): its
        # innermost cause of our own, if any
        from .cache import OfflineMiss

        cause: BaseException | None = exc
        seen: set[int] = set()
        while cause is not None and id(cause) not in seen:
            seen.add(id(cause))
            if isinstance(cause, OfflineMiss):
                return "model", one_line(cause)
            if isinstance(cause, SummarizerError):
                exc = cause
                break
            cause = cause.__cause__ or cause.__context__
    msg = one_line(exc) or type(exc).__name__
    if isinstance(exc, InputError):
        return "input", msg
    if isinstance(exc, ModelTimeout):
        return "timeout", msg
    if isinstance(exc, ModelError):
        return "model", msg
    if isinstance(exc, ConfigError):
        return "config", msg
    if isinstance(exc, SummarizerError):
        return "error", msg
    return "internal", one_line(f"{type(exc).__name__}: {msg}")


# --------------------------------------------------------------------------- deadline


def with_timeout(options: Options, timeout: float | None) -> Options:
    """``options`` with the per-article deadline (``None``: keep the library's default)."""
    if timeout is None or "timeout" not in {f.name for f in fields(options)}:
        return options
    return replace(options, timeout=timeout)  # type: ignore[call-arg,unused-ignore]


def time_limit(engine: Any, timeout: float | None) -> float | None:
    """The limit the engine applies to an article (None: none)."""
    limit = getattr(engine, "time_limit", None)
    if callable(limit):
        value = limit()
        return None if value is None else float(value)
    return timeout or None


def grace(timeout: float) -> float:
    """How long after ``timeout`` the runner cancels an article the library did not stop (the
    library's clock starts later: imports and client set-up on the first article are not in it)."""
    return max(5.0, 0.25 * timeout)


async def run_with_deadline(make: Callable[[], Awaitable[T]], timeout: float | None) -> T:
    """Await ``make()``; past ``timeout`` plus a grace period, cancel it and raise
    ``ModelTimeout`` (the library's own deadline normally fires first)."""
    if timeout is None:
        return await make()
    import asyncio

    try:
        async with asyncio.timeout(timeout + grace(timeout)):
            return await make()
    except TimeoutError:
        raise ModelTimeout(f"no answer within the time limit ({timeout:g} s, --timeout)") from None


# --------------------------------------------------------------------------- progress


class ProgressDisplay:
    """A rich progress bar on stderr: done/total, rate, ok / findings / failed counts, elapsed
    and ETA, the last finished id; or nothing when disabled (not a terminal, ``--no-progress``)."""

    def __init__(
        self, label: str, total: int, *, already: int = 0, enabled: bool = True, console: Console | None = None
    ) -> None:
        self.label = label
        self.total = total
        self.already = already
        self.enabled = enabled and total > already
        self.console = console
        self.ok = self.findings = self.failed = 0
        self.last = ""
        self.progress: Any = None
        self.task: Any = None

    def __enter__(self) -> ProgressDisplay:
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn(f"[bold]{self.label}[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console or Console(stderr=True),
        )
        self.progress.start()
        self.task = self.progress.add_task(self.label, total=self.total, completed=self.already, **self._fields())
        return self

    def _fields(self) -> dict[str, str]:
        speed = None
        if self.progress is not None and self.task is not None:
            speed = self.progress.tasks[0].speed
        parts = [f"[green]{self.ok} ok[/]"]
        if self.findings:
            parts.append(f"[yellow]{self.findings} findings[/]")
        parts.append(f"[red]{self.failed} failed[/]" if self.failed else "0 failed")
        if self.already:
            parts.append(f"[dim]{self.already} resumed[/]")
        return {"rate": f"{speed:.2f}/s" if speed else "-/s", "status": " ".join(parts)}

    def advance(self, item_id: str = "", *, failed: bool = False, findings: bool = False) -> None:
        if failed:
            self.failed += 1
        elif findings:
            self.findings += 1
        else:
            self.ok += 1
        self.last = item_id
        if self.progress is not None:
            self.progress.update(self.task, advance=1)
            self.progress.update(self.task, **self._fields())

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


__all__ = [
    "TIMEOUT_HELP",
    "JsonlOutput",
    "JsonlWriter",
    "OutputLock",
    "ProgressDisplay",
    "compact",
    "describe",
    "read_last",
    "run_with_deadline",
    "time_limit",
    "with_timeout",
]
