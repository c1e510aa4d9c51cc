"""The CLI as a user runs it: a real process (`python -m summarizer`) with stdout piped.
Every failure is one line on stderr with its exit code and no traceback; the readable view
is plain when piped; `summarizer --help` imports neither openai nor instructor."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import HAND_WRITTEN_ARGS

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_b8e762d482ad5f8e.txt")
REPLAY = HAND_WRITTEN_ARGS
BOX = re.compile(r"[\u2500-\u257f]")


def run(*args: str, columns: int = 80, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns), "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        cwd=ROOT,
    )


def one_line(p: subprocess.CompletedProcess[str], code: int) -> str:
    assert p.returncode == code, (p.returncode, p.stderr)
    assert "Traceback" not in p.stderr + p.stdout
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: "), p.stderr
    return lines[0]


def test_failures_are_one_line_in_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{bad")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01")
    cases: list[tuple[list[str], int, str]] = [
        (["summarize", "/no/such/file.txt"], 2, "no such file"),
        (["summarize", str(binary)], 2, "binary"),
        (["summarize", SEED, "--provider", "nope"], 2, "is not one of"),
        (["summarize", SEED, "-f", "xml"], 2, "is not one of"),
        (["summarize", SEED, "-o", str(tmp_path)], 2, "is a directory"),
        (["summarize", SEED, "-o", str(tmp_path / "missing" / "s.json")], 2, "does not exist"),
        (["summarize", SEED, "--offline", "--provider", "openai", "--model", "unrecorded"], 1, "no recorded exchange"),
        (["check", SEED, str(bad)], 2, "not a summary"),
        (["summarize"], 2, "Missing argument 'ARTICLE'"),
        (["nosuch"], 2, "No such command"),
    ]
    for args, code, text in cases:
        p = run(*args)
        assert text in one_line(p, code), (args, p.stderr)
        assert p.stdout == ""


def test_piped_views_are_plain_and_fit(tmp_path: Path) -> None:
    for columns in (80, 60):
        p = run("summarize", SEED, *REPLAY, columns=columns)
        assert p.returncode == 0, p.stderr
        assert not BOX.search(p.stdout) and "\x1b[" not in p.stdout
        assert max(len(line) for line in p.stdout.splitlines()) <= columns
        assert "\n  1. killed: 131+" in p.stdout
    p = run("summarize", "-", *REPLAY, "-f", "json", stdin=Path(SEED).read_text(encoding="utf-8"))
    assert p.returncode == 0 and json.loads(p.stdout)["casualties"][0]["low"] == 131
    out = tmp_path / "s.json"
    p = run("summarize", SEED, *REPLAY, "-o", str(out))
    assert p.returncode == 0 and p.stdout == "" and json.loads(out.read_text())["summary"]
    for columns in (80, 60):
        p = run("summarize", "-h", columns=columns)
        assert p.returncode == 0 and "Examples:" in p.stdout


def test_bare_version_and_help() -> None:
    p = run()
    assert p.returncode == 0 and p.stdout.startswith("Usage: summarizer")
    p = run("--version")
    assert p.returncode == 0 and re.fullmatch(r"summarizer \d+\.\d+\.\d+\n", p.stdout)


def test_help_does_not_import_the_model_clients() -> None:
    code = (
        "import sys\n"
        "from summarizer.cli import main\n"
        "sys.argv = ['summarizer', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "import summarizer\n"
        "summarizer.SummarizerError, summarizer.ModelTimeout\n"
        "print(sorted(m for m in ('openai', 'instructor', 'httpx') if m in sys.modules), file=sys.stderr)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "[]"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (an unwritable folder even for root)")
def test_unwritable_out_is_refused_before_any_work() -> None:
    p = run("summarize", SEED, "--offline", "--provider", "openai", "--model", "unrecorded", "-o", "/proc/s.json")
    assert "cannot write" in one_line(p, 2)  # exit 2 for the path, not 1 for the (later) offline miss
