"""The embedded runtime's guards (summarizer/providers/runtime.py): a child-process self-test
that turns a native crash (SIGILL on a CPU that refuses an instruction) into one clear error,
one embedded model run per machine at a time, and the deadline inside generation."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from summarizer.errors import EXIT_RUNTIME, ModelTimeout, RuntimeUnavailable
from summarizer.providers import deadline, runtime

ROOT = Path(__file__).resolve().parent.parent
HAVE_LLAMA = importlib.util.find_spec("llama_cpp") is not None

CRASH = "import os, signal\nos.kill(os.getpid(), signal.SIGILL)\n"


@pytest.fixture
def fake_model(tmp_path: Path) -> str:
    p = tmp_path / "m.gguf"
    p.write_bytes(b"GGUF" + b"\0" * 64)
    return str(p)


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("SUMMARIZER_LOCK_DIR", str(tmp_path))
    monkeypatch.delenv(runtime.SKIP_SELFTEST_ENV, raising=False)
    runtime._PASSED.clear()


def test_a_crashing_runtime_is_one_clear_error_with_the_fix(fake_model: str) -> None:
    with pytest.raises(RuntimeUnavailable) as info:
        runtime.ensure_runtime_works(fake_model, code=CRASH)
    msg = str(info.value)
    assert "illegal instruction" in msg and "llama_wheel.sh" in msg and "--base-url" in msg
    assert "\n" not in msg
    assert info.value.exit_code == EXIT_RUNTIME == 6
    # a failure is not remembered: the next run tests again
    assert not list((Path(os.environ["SUMMARIZER_MODEL_DIR"]) / "selftest").glob("*.ok"))


def test_a_failing_child_reports_its_last_words(fake_model: str) -> None:
    with pytest.raises(RuntimeUnavailable, match=r"exit 3.*bad weights"):
        runtime.ensure_runtime_works(fake_model, code="import sys\nsys.stderr.write('bad weights')\nsys.exit(3)\n")


def test_a_pass_is_remembered_per_runtime_cpu_and_model(fake_model: str, tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    code = f"open({str(counter)!r}, 'a').write('x')\n"
    runtime.ensure_runtime_works(fake_model, code=code)
    runtime._PASSED.clear()  # a new process: the marker file answers
    runtime.ensure_runtime_works(fake_model, code=code)
    assert counter.read_text() == "x"
    other = tmp_path / "other.gguf"
    other.write_bytes(b"GGUF" + b"\1" * 100)
    runtime.ensure_runtime_works(str(other), code=code)
    assert counter.read_text() == "xx"


def test_the_cli_reports_a_crashing_runtime_without_a_traceback(tmp_path: Path, fake_model: str) -> None:
    """The whole path: summarize → local provider → self-test child killed by SIGILL → exit 6."""
    article = tmp_path / "a.txt"
    article.write_text("At least 14 civilians were killed on Sunday, officials said.", encoding="utf-8")
    code = textwrap.dedent(
        f"""
        import sys
        from summarizer.providers import runtime
        runtime.SELFTEST_CODE = {CRASH!r}
        from summarizer.cli import main
        sys.argv = ["summarizer", "summarize", {str(article)!r}, "--model-path", {fake_model!r}, "--no-cache"]
        main()
        """
    )
    if not HAVE_LLAMA:
        pytest.skip("llama-cpp-python is not installed")
    env = {**os.environ, "SUMMARIZER_PROGRESS": "0"}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == EXIT_RUNTIME, p.stderr
    assert "Traceback" not in p.stderr
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("summarizer: error:") and "illegal instruction" in lines[0]


def test_one_embedded_run_at_a_time_with_a_visible_wait(capfd: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    released = tmp_path / "released"
    held = threading.Event()

    def other_process() -> None:
        # another process holds the lock: simulated by a child holding flock for 1 s
        code = textwrap.dedent(
            f"""
            import fcntl, os, sys, time
            fd = os.open({str(runtime.lock_path())!r}, os.O_RDWR | os.O_CREAT, 0o666)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, b"4242")
            print("held", flush=True)
            time.sleep(1.0)
            open({str(released)!r}, "w").close()
            """
        )
        p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert p.stdout is not None
        p.stdout.readline()
        held.set()
        p.wait(timeout=30)

    t = threading.Thread(target=other_process)
    t.start()
    assert held.wait(30)
    with runtime.machine_lock(poll_s=0.05):
        assert released.exists()  # we ran only after the other one let go
    t.join()
    err = capfd.readouterr().err
    assert "waiting for another summarizer run (pid 4242)" in err


def test_the_wait_for_the_lock_respects_the_deadline() -> None:
    import fcntl

    fd = os.open(runtime.lock_path(), os.O_RDWR | os.O_CREAT, 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        # flock locks are per open file description: a second open in this process conflicts
        started = time.monotonic()
        with deadline.limit(0.3), pytest.raises(ModelTimeout), runtime.machine_lock(poll_s=0.05):
            pass
        assert time.monotonic() - started < 5
    finally:
        os.close(fd)


@pytest.mark.skipif(not HAVE_LLAMA, reason="llama-cpp-python is not installed")
def test_generation_stops_at_the_deadline() -> None:
    """The embedded model checks the deadline between tokens: a tiny limit ends the call with
    ModelTimeout instead of generating to the end."""
    from summarizer import localmodels
    from summarizer.providers.local import LocalEngine

    path = str(localmodels.ensure_model("smollm2-135m", progress=False))
    runtime.ensure_runtime_works(path)
    engine = LocalEngine(path, "smollm2-135m")
    schema = {"type": "object", "properties": {"a": {"type": "string", "minLength": 4000}}, "required": ["a"]}
    body = {
        "model": "smollm2-135m",
        "messages": [{"role": "user", "content": "Write a long story."}],
        "max_tokens": 1500,  # the grammar forces ~1,000 tokens at least: seconds on any CPU
        "temperature": 0,
        "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": schema}},
    }
    engine.complete({**body, "max_tokens": 1})  # load first: the limit below is for generation
    started = time.monotonic()
    with deadline.limit(0.3), pytest.raises(ModelTimeout):
        engine.complete(body)
    assert time.monotonic() - started < 30
