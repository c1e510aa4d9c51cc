"""The README's user-facing tables stay true: the exit codes are errors.EXIT_CODES, every
environment variable the package reads is documented, the sample output is what the seed
gives, and the two set-up commands are there."""

from __future__ import annotations

import os
import re
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import EXIT_CODES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_exit_code_table_is_generated_from_errors() -> None:
    block = README.split("<!-- exit-codes")[1].split("<!-- /exit-codes -->")[0]
    rows = re.findall(r"^\| `(\d+)` \| (.*) \|$", block, re.M)
    assert {int(code): text for code, text in rows} == EXIT_CODES


def test_every_environment_variable_is_documented() -> None:
    used: set[str] = set()
    for path in (ROOT / "summarizer").rglob("*.py"):
        used |= set(re.findall(r"\b(SUMMARIZER_[A-Z_]+|OPENAI_[A-Z_]+)\b", path.read_text(encoding="utf-8")))
    table = README.split("## Environment variables")[1].split("\n## ")[0]
    assert sorted(v for v in used if f"`{v}`" not in table) == []


def test_two_setup_commands() -> None:
    setup = README.split("## Set up the repository")[1]
    assert re.findall(r"^make (\w+)", setup, re.M)[:2] == ["run", "test"]
    assert "pipx install 'summarizer[local]'" in README and "## The embedded model on your machine" in README


def test_sample_output_matches_the_seed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(os.environ, "COLUMNS", "88")
    seed = str(ROOT / "seeds" / "000_b8e762d482ad5f8e.txt")
    args = [
        "summarize",
        seed,
        "--offline",  # the embedded model's recorded answer (fixtures/exchanges), not a hand-written one
    ]
    r = CliRunner().invoke(app, args, env={"COLUMNS": "88"})
    assert r.exit_code == 0, r.output
    sample = README.split("```text\n")[1].split("```")[0]
    first = next(line for line in sample.splitlines() if line.strip().startswith("1. killed"))
    assert first in r.stdout
