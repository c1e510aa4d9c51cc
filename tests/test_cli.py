"""The CLI through Typer's CliRunner: formats, stdin, files, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import HAND_WRITTEN_ARGS
from typer.testing import CliRunner

from summarizer.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_b8e762d482ad5f8e.txt")
REPLAY = HAND_WRITTEN_ARGS

runner = CliRunner()


def test_summarize_json_from_fixture() -> None:
    r = runner.invoke(app, ["summarize", SEED, "--format", "json", *REPLAY])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    article = Path(SEED).read_text(encoding="utf-8")
    for c in doc["casualties"]:
        for ev in c["evidence"]:
            assert article[ev["start"] : ev["end"]] == ev["quote"]
    assert doc["provenance"]["attempts"] == 2


def test_summarize_stdin_md_and_text(tmp_path: Path) -> None:
    text = Path(SEED).read_text(encoding="utf-8")
    r = runner.invoke(app, ["summarize", "-", "--format", "md", *REPLAY], input=text)
    assert r.exit_code == 0, r.output
    assert "## Casualty figures" in r.stdout and "over 130" in r.stdout
    r = runner.invoke(app, ["summarize", SEED, *REPLAY])
    assert r.exit_code == 0 and "Summary" in r.stdout and "131+" in r.stdout
    out = tmp_path / "s.json"
    r = runner.invoke(app, ["summarize", SEED, "-f", "json", "-o", str(out), *REPLAY])
    assert r.exit_code == 0 and json.loads(out.read_text())["summary"]


def test_remaining_errors_exit_3() -> None:
    r = runner.invoke(
        app,
        [
            "summarize",
            SEED,
            "-f",
            "json",
            *HAND_WRITTEN_ARGS[:-4],
            "--model",
            "hand-written-stubborn",
            "--published",
            "2025-03-07",
            "--max-retries",
            "1",
        ],
    )
    assert r.exit_code == 3, r.output
    assert {"quote-not-found", "model-item-dropped"} <= {f["code"] for f in json.loads(r.stdout)["checks"]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t ", "is empty"),
        (b"\xff\xfe\xfa bad", "not valid UTF-8"),
        (b"\x00\x01\x02", "binary"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    r = runner.invoke(app, ["summarize", str(p), "--offline"])
    assert r.exit_code == 2
    assert message in r.stderr and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_file_and_bad_options() -> None:
    r = runner.invoke(app, ["summarize", "/no/such/file.txt"])
    assert r.exit_code == 2 and "no such file" in r.stderr
    r = runner.invoke(app, ["summarize", SEED, "--provider", "nope"])
    assert r.exit_code == 2 and "'nope' is not one of" in r.stderr
    r = runner.invoke(app, ["summarize", SEED, "--published", "yesterday", "--offline"])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr
    r = runner.invoke(app, ["summarize", SEED, "--provider", "openai-compatible"])
    assert r.exit_code == 2 and "base-url" in r.stderr


def test_offline_miss_exit_1() -> None:
    r = runner.invoke(app, ["summarize", SEED, "--offline", "--provider", "openai", "--model", "unrecorded"])
    assert r.exit_code == 1 and "no recorded exchange" in r.stderr


def test_schema_has_every_field() -> None:
    r = runner.invoke(app, ["schema"])
    assert r.exit_code == 0
    s = json.loads(r.stdout)
    defs = s["$defs"]
    assert set(s["properties"]) >= {
        "summary",
        "timeline",
        "parties",
        "locations",
        "casualties",
        "sources",
        "checks",
        "provenance",
        "casualty_totals",
    }
    assert set(defs["TimelineEntry"]["properties"]) >= {"when", "date", "event", "location", "evidence"}
    assert set(defs["Party"]["properties"]) >= {"name", "aliases", "kind", "role", "evidence"}
    assert set(defs["Casualty"]["properties"]) >= {
        "outcome",
        "who",
        "low",
        "best",
        "high",
        "phrase",
        "reported_by",
        "status",
        "evidence",
    }
    assert set(defs["Source"]["properties"]) >= {"name", "kind", "party_to_conflict", "reliability_notes", "evidence"}
    assert set(defs["Evidence"]["properties"]) == {"quote", "start", "end", "match"}  # match: additive (schema 7)
    assert set(defs["Finding"]["properties"]) == {"code", "severity", "path", "message"}
    assert set(defs["Provenance"]["properties"]) >= {
        "provider",
        "model",
        "prompt_version",
        "schema_version",
        "attempts",
        "usage",
        "cache_hit",
        "created_at",
    }
    r = runner.invoke(app, ["schema", "--model"])
    model_props = json.loads(r.stdout)["properties"]
    assert r.exit_code == 0 and {"summary", "parties", "locations", "figures"} <= set(model_props)
    assert "sources" not in model_props  # code finds the sources (issue 16)


def test_check_command(tmp_path: Path) -> None:
    article = Path(SEED).read_bytes()
    good = {
        "summary": "x",
        "casualties": [
            {
                "outcome": "killed",
                "low": 31,
                "high": None,
                "phrase": "over 30",
                "reported_by": "Al Mayadeen TV",
                "evidence": [{"quote": "over 30 males were killed in Mukhtariyeh"}],
            }
        ],
        "sources": [{"name": "Al Mayadeen TV", "kind": "media"}],
    }
    p = tmp_path / "good.json"
    p.write_text(json.dumps(good))
    r = runner.invoke(app, ["check", SEED, str(p)])
    assert r.exit_code == 0, r.output
    bad = json.loads(json.dumps(good))
    bad["casualties"][0]["low"] = 30
    bad["casualties"][0]["evidence"].append({"quote": "over 30 women were killed in Haffah"})
    p.write_text(json.dumps(bad))
    r = runner.invoke(app, ["check", SEED, str(p)])
    assert r.exit_code == 3
    assert "casualty-number-unsupported" in r.stdout and "quote-not-found" in r.stdout
    saved = p.read_bytes()
    r = runner.invoke(app, ["check", SEED, str(p)])
    assert r.exit_code == 3 and p.read_bytes() == saved  # check reads the summary, never rewrites it
    p.write_text("{not json")
    r = runner.invoke(app, ["check", SEED, str(p)])
    assert r.exit_code == 2 and "not a summary" in r.stderr
    assert Path(SEED).read_bytes() == article  # the article itself is untouched


def test_models_lists_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL_DIR", str(tmp_path / "models"))  # nothing assembled there
    r = runner.invoke(app, ["models", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    defaults = [m for m in rows if m["default"]]
    assert [m["name"] for m in defaults] == ["qwen2.5-coder-1.5b"]
    assert defaults[0]["size"] == 1117000000 or round(defaults[0]["size"] / 1e6) == 1117
    assert not defaults[0].get("path_size")  # not assembled in an empty models dir
    r = runner.invoke(app, ["models"], env={"COLUMNS": "200"})
    line = next(x for x in r.stdout.splitlines() if "qwen2.5-coder-1.5b" in x)
    assert "1117 MB" in r.stdout and "default" in r.stdout.lower(), line
