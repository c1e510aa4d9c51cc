"""README promises of the library, each with a test that fails when the promise breaks:

* ``asummarize`` is the async twin of ``summarize`` (offline replay of the recorded fixtures);
* ``load_article`` refuses missing, directory, empty, binary and non-UTF-8 files with one-line
  ``InputError`` messages (exit code 2), and reads UTF-8 with or without a BOM;
* ``prompt_version`` is a hash of the prompt files: editing a prompt changes every key (a run
  with an edited copy of ``prompts/`` in ``SUMMARIZER_PROMPTS_DIR`` is a cache miss);
* ``summarizer.record`` (``make fixtures``): the case list, recording a scripted case into a
  fixture directory that then replays offline, ``--prune``.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import HAND_WRITTEN, Figure, check_offsets

from summarizer import asummarize, load_article, summarize
from summarizer.api import Engine, InputError, Options
from summarizer.prompts import load_templates, prompt_version
from summarizer.testing import ScriptedProvider

ROOT = Path(__file__).resolve().parent.parent
SEED_REL = "seeds/000_b8e762d482ad5f8e.txt"
SEED_FIGURE = Figure("killed", "over 130", 131, None, ("Syrian Observatory for Human Rights", "SOHR"))


def _main_figure(s: Any) -> Any:
    return next(c for c in s.casualties if c.outcome == "killed" and c.phrase == SEED_FIGURE.phrase)


def _comparable(s: Any) -> dict[str, Any]:
    d = s.model_dump()
    d["provenance"].pop("created_at", None)
    return d  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- asummarize


async def test_asummarize_replays_the_embedded_models_recording(seed_text: str) -> None:
    s = await asummarize(seed_text, offline=True, cache=False)
    assert s.provenance is not None and s.provenance.provider == "local"
    assert s.provenance.cache_hit and s.provenance.attempts == 1
    main = _main_figure(s)
    assert (main.low, main.high) == (131, None)
    assert "Syrian Observatory for Human Rights" in (main.reported_by or "")
    assert check_offsets(s, seed_text) >= len(s.casualties)
    # the same answer as the sync call
    assert _comparable(s) == _comparable(summarize(seed_text, offline=True, cache=False))


async def test_asummarize_runs_the_reask_loop(seed_text: str) -> None:
    """The hand-written re-ask fixture: a fabricated quote goes back to the model; two
    attempts; the corrected figure is derived by code. Two articles at once."""
    kw: dict[str, Any] = dict(published="2025-03-07", **HAND_WRITTEN, offline=True, cache=False)
    a, b = await asyncio.gather(asummarize(seed_text, **kw), asummarize(seed_text, offline=True, cache=False))
    assert a.provenance is not None and a.provenance.attempts == 2 and not a.errors
    assert (_main_figure(a).low, _main_figure(a).high) == (131, None)
    assert b.provenance is not None and b.provenance.provider == "local"


async def test_asummarize_raises_the_same_errors(seed_text: str) -> None:
    from summarizer import ModelError

    with pytest.raises(ModelError, match="offline"):
        await asummarize(seed_text, provider="openai", model="never-recorded", offline=True, cache=False)
    with pytest.raises(InputError, match="empty"):
        await asummarize("   \n", offline=True)


# --------------------------------------------------------------------------- load_article


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"is empty"),
        (b" \n\t\n", r"is empty"),
        (b"Some text\x00\x01 more", r"binary"),
        (b"caf\xe9 au lait", r"not valid UTF-8 \(byte 3\)"),
    ],
    ids=["empty", "blank", "binary", "latin-1"],
)
def test_load_article_refuses_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as exc:
        load_article(p)
    assert str(p) in str(exc.value) and "\n" not in str(exc.value)
    assert exc.value.exit_code == 2


def test_load_article_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_article(tmp_path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_load_article_unreadable(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text("text", encoding="utf-8")
    p.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        load_article(p)


def test_load_article_reads_utf8_with_or_without_bom(tmp_path: Path) -> None:
    text = "Kyiv — 3 people were killed, officials said. «Ç'est terrible», said one.\n"
    plain, bom = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_bytes(text.encode("utf-8"))
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_article(plain) == text
    assert load_article(str(bom)) == text  # the BOM is not part of the article (offsets stay right)


# --------------------------------------------------------------------------- prompt_version


@pytest.fixture
def prompts_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the prompt templates, made the active ones (``SUMMARIZER_PROMPTS_DIR``)."""
    copy = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", copy)
    monkeypatch.setenv("SUMMARIZER_PROMPTS_DIR", str(copy))
    load_templates.cache_clear()
    yield copy
    load_templates.cache_clear()


def test_prompt_version_is_a_hash_of_the_prompt_files(prompts_copy: Path) -> None:
    original = load_templates(str(ROOT / "prompts")).version
    assert prompt_version() == original  # same bytes elsewhere: same version
    reask = prompts_copy / "reask.md"
    reask.write_text(reask.read_text(encoding="utf-8") + "\nBe brief.\n", encoding="utf-8")
    load_templates.cache_clear()
    edited = prompt_version()
    assert edited != original and len(edited) == 12


def test_prompt_version_follows_the_environment_in_a_new_process(prompts_copy: Path) -> None:
    (prompts_copy / "system.md").write_text("You are terse.\n", encoding="utf-8")
    code = "from summarizer.prompts import prompt_version; print(prompt_version())"
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    load_templates.cache_clear()
    assert got.stdout.strip() == prompt_version() != load_templates(str(ROOT / "prompts")).version


def test_editing_a_prompt_changes_the_cache_key(prompts_copy: Path, tmp_path: Path, seed_text: str) -> None:
    answer = {"summary": "", "sources": [], "parties": [], "locations": [], "figures": ["F1"], "casualties": []}
    provider = ScriptedProvider([answer], model="prompt-key-test")
    opts = dict(cache=True, cache_dir=tmp_path / "cache", fixtures_dir=tmp_path / "none", max_retries=0)

    def run() -> Any:
        return Engine(Options(provider=provider, **opts)).summarize(seed_text)  # type: ignore[arg-type]

    first = run()
    assert len(provider.requests) == 1 and first.provenance is not None
    again = run()
    assert len(provider.requests) == 1 and again.provenance is not None and again.provenance.cache_hit
    extract = prompts_copy / "extract.md"
    extract.write_text(extract.read_text(encoding="utf-8").replace("article", "news article", 1), encoding="utf-8")
    load_templates.cache_clear()
    edited = run()
    assert len(provider.requests) == 2  # a new key: the model was asked again
    assert edited.provenance is not None and not edited.provenance.cache_hit
    assert edited.provenance.prompt_version != first.provenance.prompt_version


# --------------------------------------------------------------------------- summarizer.record


def test_the_case_list_is_consistent() -> None:
    from summarizer.record import load_cases

    cases = load_cases(ROOT / "fixtures" / "cases.json")
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert (ROOT / c["article"]).is_file(), c["id"]
        assert bool(c.get("live")) != ("scripted" in c), c["id"]  # one or the other
        if "scripted" in c:
            spec = json.loads((ROOT / c["scripted"]).read_text(encoding="utf-8"))
            assert spec["replies"] and "HAND-WRITTEN" in spec["note"], c["id"]


def test_load_cases_refuses_anything_but_a_list(tmp_path: Path) -> None:
    from summarizer.record import load_cases

    p = tmp_path / "cases.json"
    p.write_text('{"id": "x"}', encoding="utf-8")
    with pytest.raises(SystemExit, match="expected a list"):
        load_cases(p)


def test_a_case_must_be_live_or_scripted(tmp_path: Path) -> None:
    from summarizer.record import record_case

    with pytest.raises(SystemExit, match="needs 'live': true or 'scripted'"):
        record_case({"id": "neither", "article": SEED_REL, "provider": "openai", "model": "m"}, tmp_path)


def test_a_recorded_server_runs_on_loopback_only() -> None:
    from summarizer.record import llama_server

    case = {"id": "far", "base_url": "http://203.0.113.5:8089/v1", "model": "m"}
    with pytest.raises(SystemExit, match=r"127\.0\.0\.1 only"), llama_server(case):
        pass


SCRIPTED_CASE = {
    "id": "t-reask",
    "article": SEED_REL,
    "published": "2025-03-07",
    "provider": "openai",
    "model": "record-test-model",
    "scripted": "fixtures/scripted/seed_reask.json",
    "hints": False,  # its answers name figures: recorded with none listed, as fixtures/cases.json
}


def test_recording_a_scripted_case_writes_marked_fixtures(tmp_path: Path) -> None:
    from summarizer.cache import ExchangeStore
    from summarizer.record import record_case

    out = tmp_path / "exchanges"
    keys = record_case(dict(SCRIPTED_CASE), out)
    assert len(keys) == 2  # the first answer and the re-ask
    assert {f.stem for f in out.glob("*/*.json")} == keys
    stored = list(ExchangeStore(out, writable=False))
    assert len(stored) == 2
    for ex in stored:
        assert "HAND-WRITTEN" in ex.note and ex.origin == "hand-written" and ex.model == "record-test-model"


def test_a_recorded_scripted_case_replays_offline(tmp_path: Path, seed_text: str) -> None:
    from summarizer.record import record_case

    out = tmp_path / "exchanges"
    record_case(dict(SCRIPTED_CASE), out)
    replay = summarize(
        seed_text,
        published="2025-03-07",
        provider="openai",
        model="record-test-model",
        hints=False,
        offline=True,
        cache=False,
        fixtures_dir=out,
    )
    assert replay.provenance is not None and replay.provenance.attempts == 2
    assert replay.provenance.answers_from == "hand-written"
    assert (_main_figure(replay).low, _main_figure(replay).high) == (131, None)


def test_main_records_and_prunes(tmp_path: Path) -> None:
    from summarizer.record import main

    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([SCRIPTED_CASE]), encoding="utf-8")
    out = tmp_path / "exchanges"
    stale = out / "zz" / ("0" * 64 + ".json")
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    assert main(["--cases", str(cases), "--out", str(out), "--scripted-only", "--prune"]) == 0
    assert stale.exists()  # --prune only acts on a full run
    assert main(["--cases", str(cases), "--out", str(out), "--prune"]) == 0
    assert not stale.exists() and not stale.parent.exists()
    assert len(list(out.glob("*/*.json"))) == 2
