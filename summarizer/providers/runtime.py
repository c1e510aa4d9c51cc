"""The embedded runtime's guards: a self-test in a child process, one model run per machine,
and visible progress.

**Self-test.** llama-cpp-python compiles llama.cpp for the CPU it is built on. A VM may
advertise instructions (AMX) that its hypervisor does not let run; a build that uses them dies
with SIGILL on the first matrix product, killing the whole Python process with no message.
So before the first model load in a process, a child process loads the same model file and
evaluates a few tokens. If the child dies of a signal, the parent raises
``RuntimeUnavailable`` with the fix (exit code 6) instead of crashing. A passing result is
remembered per llama.cpp library file, CPU flags and model file, under ``models_dir()``, so
the test costs a few seconds once per install.

**One model run per machine.** Two processes computing on the same cores slow each other more
than tenfold (each runs one OpenMP thread per core). Every embedded completion holds an
exclusive ``flock`` on one lock file in the system temp dir; a second process prints one line
("waiting for another summarizer run (pid N) ...") and waits, within its deadline.

**Progress.** On a terminal, one status line on stderr: loading, reading N prompt tokens,
writing M tokens (``SUMMARIZER_PROGRESS=0`` turns it off, ``=1`` forces it on).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import RuntimeUnavailable
from . import deadline

SELFTEST_TIMEOUT_S = 180.0
LOCK_NAME = "summarizer-embedded-model.lock"
PROGRESS_ENV = "SUMMARIZER_PROGRESS"
SKIP_SELFTEST_ENV = "SUMMARIZER_SKIP_SELFTEST"

#: The child: load the model, evaluate a short prompt (a real matrix product), exit 0.
SELFTEST_CODE = """
import sys
import llama_cpp
llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, n_batch=64, verbose=False)
tokens = llm.tokenize(b"Self-test of the embedded model: count one, two, three, four, five, six, seven.")
llm.eval(tokens[:48])
print("ok", len(tokens))
"""

FIX = (
    "rebuild llama-cpp-python for this CPU (README, 'The embedded model on your machine'; in a checkout: "
    "bash .ci/llama_wheel.sh $(which pip)), or use a server: --base-url URL --model NAME"
)

_PASSED: set[str] = set()


def _cpu_flags() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(("flags", "Features")):
                    return line.split(":", 1)[-1].strip()
    except OSError:
        pass
    import platform

    return platform.machine()


def _library_identity() -> str:
    """The llama.cpp shared libraries this interpreter would load (path, size, mtime)."""
    import importlib.util

    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or spec.origin is None:
        return "no-llama-cpp"
    root = Path(spec.origin).parent
    parts = []
    for lib in sorted(root.rglob("*.so*")) + sorted(root.rglob("*.dylib")):
        with contextlib.suppress(OSError):
            st = lib.stat()
            parts.append(f"{lib}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(parts) or str(root)


def selftest_key(model_path: str) -> str:
    st = os.stat(model_path)
    return _selftest_key(os.path.realpath(model_path), st.st_size, st.st_mtime_ns)


@functools.cache
def _selftest_key(real_path: str, size: int, mtime_ns: int) -> str:
    """Remembered per file version in this process: the library scan runs once, not per engine."""
    doc = "\n".join([_library_identity(), _cpu_flags(), f"{real_path}|{size}", sys.version])
    return hashlib.sha256(doc.encode("utf-8", "replace")).hexdigest()[:24]


def _marker_dir() -> Path:
    from ..localmodels import models_dir

    return models_dir() / "selftest"


def ensure_runtime_works(model_path: str, *, code: str | None = None, timeout: float = SELFTEST_TIMEOUT_S) -> None:
    """Run the child self-test once per (runtime, CPU, model); raise ``RuntimeUnavailable``
    with the fix when the runtime cannot run here."""
    code = code or SELFTEST_CODE
    if os.environ.get(SKIP_SELFTEST_ENV) == "1":
        return
    key = selftest_key(model_path)  # reads the runtime's library files: once per process and model
    if key in _PASSED:
        return
    marker = _marker_dir() / f"{key}.ok"
    if marker.is_file():
        _PASSED.add(key)
        return
    status("checking that the embedded model runs on this CPU (once per install)")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, model_path],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeUnavailable(
            f"the embedded model's self-test did not finish in {timeout:.0f} s (loading {model_path}); "
            "the machine may be overloaded or out of memory"
        ) from None
    finally:
        status(None)
    if proc.returncode != 0:
        tail = " ".join((proc.stderr or "").split())[-300:]
        if proc.returncode < 0:
            try:
                sig = signal.Signals(-proc.returncode).name
            except ValueError:
                sig = f"signal {-proc.returncode}"
            what = "illegal instruction" if sig == "SIGILL" else sig
            raise RuntimeUnavailable(
                f"the embedded model's runtime crashed on this CPU ({what}: llama-cpp-python was built for "
                f"instructions this machine does not run); {FIX}"
            )
        raise RuntimeUnavailable(
            f"the embedded model failed its self-test (exit {proc.returncode}): {tail or 'no message'}"
        )
    with contextlib.suppress(OSError):
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"passed {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n", encoding="utf-8")
    _PASSED.add(key)


# --------------------------------------------------------------------------- machine lock


def lock_path() -> Path:
    return Path(os.environ.get("SUMMARIZER_LOCK_DIR") or tempfile.gettempdir()) / LOCK_NAME


@contextlib.contextmanager
def machine_lock(poll_s: float = 0.2) -> Iterator[None]:
    """Hold the machine-wide embedded-model lock (re-entrant within a process is not needed:
    callers hold it around one completion). Waits within the current deadline."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock
        yield
        return
    path = lock_path()
    fh: IO[str] | None = None
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        fh = os.fdopen(fd, "r+", encoding="utf-8")
    except OSError:
        yield  # an unusable lock file must not stop the run
        return
    try:
        told = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown"
                    print(
                        f"summarizer: waiting for another summarizer run (pid {holder}) to finish "
                        "with the embedded model (two at once on these cores are many times slower)",
                        file=sys.stderr,
                        flush=True,
                    )
                    told = True
                deadline.check()
                time.sleep(poll_s)
        with contextlib.suppress(OSError):
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


# --------------------------------------------------------------------------- progress

_status_out: Callable[[str | None], None] | None = None


def _progress_wanted() -> bool:
    env = os.environ.get(PROGRESS_ENV)
    if env is not None:
        return env == "1"
    return sys.stderr is not None and sys.stderr.isatty()


def status(text: str | None) -> None:
    """Show (or, with None, clear) the one progress line on stderr."""
    if not _progress_wanted():
        return
    err: Any = sys.stderr
    if text is None:
        err.write("\r\x1b[2K")
    else:
        err.write("\r\x1b[2K" + f"summarizer: {text}"[:120])
    err.flush()


class TokenProgress:
    """Counts generated tokens and shows them at most every 0.5 s; checks the deadline."""

    def __init__(self, prompt_tokens: int) -> None:
        self.prompt_tokens = prompt_tokens
        self.written = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.reading = True

    def on_eval(self, n_tokens: int) -> None:
        deadline.check()
        if self.reading:
            self.reading = False
            status(f"embedded model: reading {self.prompt_tokens} prompt tokens")
            return
        self.written += n_tokens
        now = time.monotonic()
        if now - self.shown >= 0.5:
            self.shown = now
            status(
                f"embedded model: read {self.prompt_tokens} tokens, writing: {self.written} tokens "
                f"({now - self.started:.0f} s)"
            )


__all__ = ["TokenProgress", "ensure_runtime_works", "lock_path", "machine_lock", "selftest_key", "status"]
