"""README promises about providers, with a test each that fails when the promise breaks:

* selection, first match wins: ``--provider``; ``SUMMARIZER_PROVIDER``; the config file; a
  base URL → ``openai-compatible``; ``OPENAI_API_KEY`` → ``openai``; otherwise ``local``;
* the config file (``SUMMARIZER_CONFIG``) and its keys; API keys from the environment only;
* a 429's ``Retry-After`` is the wait before the retry (not the backoff), up to ``max_wait``;
* an article longer than the model's context is refused with the count and the limit, before
  any request.
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import HAND_WRITTEN

from summarizer.api import Engine, InputError, Options
from summarizer.providers import (
    ProviderError,
    ProviderSettings,
    RetryPolicy,
    config_path,
    identify,
    load_config,
    resolve_settings,
)
from summarizer.providers.retry import AsyncRetryTransport, RetryTransport
from summarizer.testing import ScriptedProvider

ARTICLE = (
    "Shelling hit the old quarter of the town on Sunday. At least 9 people were killed and "
    "12 were wounded, the provincial health department said."
)


@pytest.fixture
def config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "summarizer.toml"
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(path))
    return path


def _write(path: Path, **keys: str) -> None:
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in keys.items()), encoding="utf-8")


# --------------------------------------------------------------------------- selection order


def test_nothing_set_selects_the_embedded_model(config: Path) -> None:
    assert resolve_settings().provider == "local"
    assert identify()[0] == "local"


def test_an_api_key_selects_openai(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert resolve_settings().provider == "openai"
    assert identify()[:2] == ("openai", "gpt-4o-mini")


def test_a_base_url_beats_the_api_key(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1")
    assert resolve_settings().provider == "openai-compatible"
    # the --base-url option counts as a base URL too
    monkeypatch.delenv("OPENAI_BASE_URL")
    assert resolve_settings(ProviderSettings(base_url="http://127.0.0.1:9/v1")).provider == "openai-compatible"


def test_the_config_file_beats_a_base_url(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    _write(config, provider="openai")
    assert resolve_settings().provider == "openai"
    _write(config, provider="local")
    assert resolve_settings().provider == "local"


def test_the_environment_beats_the_config_file(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(config, provider="openai")
    monkeypatch.setenv("SUMMARIZER_PROVIDER", "local")
    assert resolve_settings().provider == "local"


def test_the_option_beats_everything(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(config, provider="openai")
    monkeypatch.setenv("SUMMARIZER_PROVIDER", "openai")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    s = resolve_settings(ProviderSettings(provider="local"))
    assert s.provider == "local"


def test_full_order_in_one_table(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each layer added on top of the ones below changes the answer to its own provider."""
    layers: list[tuple[str, Any]] = [
        ("openai", lambda: monkeypatch.setenv("OPENAI_API_KEY", "sk-test")),
        ("openai-compatible", lambda: monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")),
        ("local", lambda: _write(config, provider="local")),
        ("openai", lambda: monkeypatch.setenv("SUMMARIZER_PROVIDER", "openai")),
    ]
    assert resolve_settings().provider == "local"
    for expected, add in layers:
        add()
        assert resolve_settings().provider == expected
    assert resolve_settings(ProviderSettings(provider="openai-compatible")).provider == "openai-compatible"


# --------------------------------------------------------------------------- the config file


def test_config_file_keys(config: Path) -> None:
    _write(
        config,
        provider="openai-compatible",
        model="qwen2.5",
        base_url="http://127.0.0.1:8000/v1",
        model_path="/models/x.gguf",
        response_format="json_object_schema",
        api_key="sk-from-file",
        colour="blue",
    )
    assert config_path() == config
    assert load_config() == {
        "provider": "openai-compatible",
        "model": "qwen2.5",
        "base_url": "http://127.0.0.1:8000/v1",
        "model_path": "/models/x.gguf",
        "response_format": "json_object_schema",
    }
    s = resolve_settings()
    assert (s.provider, s.model, s.base_url, s.model_path, s.response_format) == (
        "openai-compatible",
        "qwen2.5",
        "http://127.0.0.1:8000/v1",
        "/models/x.gguf",
        "json_object_schema",
    )
    assert s.api_key is None  # API keys are read from the environment only
    assert identify() == ("openai-compatible", "qwen2.5", "http://127.0.0.1:8000/v1")


def test_a_base_url_in_the_config_file_selects_openai_compatible(config: Path) -> None:
    _write(config, base_url="http://127.0.0.1:8000/v1", model="m")
    assert resolve_settings().provider == "openai-compatible"


def test_environment_and_options_beat_the_config_file_key_by_key(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(config, model="from-file", base_url="http://127.0.0.1:1/v1", response_format="json_schema")
    monkeypatch.setenv("SUMMARIZER_MODEL", "from-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:2/v1")
    monkeypatch.setenv("SUMMARIZER_RESPONSE_FORMAT", "json_object_schema")
    s = resolve_settings()
    assert (s.model, s.base_url, s.response_format) == ("from-env", "http://127.0.0.1:2/v1", "json_object_schema")
    s = resolve_settings(ProviderSettings(model="from-option", base_url="http://127.0.0.1:3/v1"))
    assert (s.model, s.base_url) == ("from-option", "http://127.0.0.1:3/v1")


def test_no_config_file_is_fine_and_a_broken_one_is_a_clear_error(config: Path) -> None:
    assert not config.exists() and load_config() == {}
    config.write_text("provider = [unclosed\n", encoding="utf-8")
    with pytest.raises(ProviderError, match=f"cannot read config {config}"):
        resolve_settings()
    _write(config, provider="mystery")
    with pytest.raises(ProviderError, match="unknown provider 'mystery'"):
        resolve_settings()
    _write(config, response_format="xml")
    with pytest.raises(ProviderError, match="unknown response format 'xml'"):
        resolve_settings()


def test_the_engine_uses_the_config_files_provider(config: Path, seed_text: str) -> None:
    """The file's provider and model reach a real run (replayed from the recorded fixtures)."""
    _write(config, **{k: v for k, v in HAND_WRITTEN.items() if k != "hints"})
    engine = Engine(Options(offline=True, cache=False, hints=False))
    want = (HAND_WRITTEN["provider"], HAND_WRITTEN["model"])
    assert (engine.provider.name, engine.provider.model) == want
    assert engine.provider.base_url == HAND_WRITTEN["base_url"]
    s = engine.summarize(seed_text, published="2025-03-07")
    assert s.provenance is not None and (s.provenance.provider, s.provenance.model) == want


# --------------------------------------------------------------------------- Retry-After


def _scripted(*responses: httpx.Response) -> tuple[httpx.MockTransport, list[float]]:
    """A transport answering ``responses`` in order; records when each request came (monotonic)."""
    times: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        times.append(time.monotonic())
        return responses[min(len(times), len(responses)) - 1]

    return httpx.MockTransport(handler), times


#: a backoff far from 3 s, so a Retry-After of 3 cannot be mistaken for it
POLICY = RetryPolicy(attempts=3, initial=0.01, max_wait=20.0, total=60.0, jitter=0.0)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """tenacity's sleep (``time.sleep``) recorded instead of slept."""
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    return waits


def test_retry_after_seconds_is_the_wait(sleeps: list[float]) -> None:
    inner, calls = _scripted(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={}))
    with httpx.Client(transport=RetryTransport(inner, POLICY)) as c:
        assert c.post("http://x/v1/chat/completions", json={}).status_code == 200
    assert len(calls) == 2
    assert sleeps == [3.0]


def test_retry_after_http_date_is_the_wait(sleeps: list[float]) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=8), usegmt=True)
    inner, _ = _scripted(httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200, json={}))
    with httpx.Client(transport=RetryTransport(inner, POLICY)) as c:
        c.post("http://x/v1/chat/completions", json={})
    assert len(sleeps) == 1 and 5.0 <= sleeps[0] <= 8.0


def test_retry_after_is_capped_and_its_absence_means_backoff(sleeps: list[float]) -> None:
    inner, _ = _scripted(
        httpx.Response(429, headers={"Retry-After": "3600"}),
        httpx.Response(429),
        httpx.Response(200, json={}),
    )
    with httpx.Client(transport=RetryTransport(inner, POLICY)) as c:
        c.post("http://x/v1/chat/completions", json={})
    assert sleeps[0] == POLICY.max_retry_after
    assert sleeps[1] == pytest.approx(POLICY.initial * 2)  # second retry, no header: the backoff


async def test_retry_after_is_the_wait_in_async_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def fake_sleep(seconds: float, *args: Any) -> None:
        waits.append(seconds)

    inner, calls = _scripted(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={}))
    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner, POLICY)) as c:  # type: ignore[arg-type]
        r = await c.post("http://x/v1/chat/completions", json={})
    assert r.status_code == 200 and len(calls) == 2
    assert waits == [3.0]


class _RateLimited(ScriptedProvider):
    """Answers the first request with 429 + Retry-After: 3, then as scripted; the retries are
    the provider's own (``Provider.sync_transport``), as for any HTTP provider."""

    def __init__(self, replies: list[Any]) -> None:
        super().__init__(replies, model="rate-limited")
        self.retry_policy = POLICY
        self.hits = 0

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.hits += 1
        if self.hits == 1:
            return httpx.Response(429, headers={"Retry-After": "3"}, json={"error": {"message": "slow down"}})
        return super()._answer(request)


def test_a_summary_run_waits_out_retry_after(sleeps: list[float], tmp_path: Path) -> None:
    answer = {"summary": "", "sources": [], "parties": [], "locations": [], "figures": ["F1"], "casualties": []}
    provider = _RateLimited([answer])
    s = Engine(Options(provider=provider, cache=False, fixtures_dir=tmp_path, max_retries=0)).summarize(ARTICLE)
    assert provider.hits == 2 and sleeps == [3.0]
    assert any(c.low == 9 for c in s.casualties)


# --------------------------------------------------------------------------- context length


class _SmallContext(ScriptedProvider):
    def __init__(self, context_tokens: int) -> None:
        super().__init__(["{}"], model="small-context")
        self.context_tokens = context_tokens


def test_an_article_longer_than_the_context_is_refused_before_any_request(tmp_path: Path) -> None:
    provider = _SmallContext(context_tokens=1024)
    article = ARTICLE + " " + " ".join(["The town's market stayed closed for the rest of the week."] * 60)
    engine = Engine(Options(provider=provider, cache=False, fixtures_dir=tmp_path))
    with pytest.raises(InputError) as exc:
        engine.summarize(article)
    msg = str(exc.value)
    assert "too long" in msg and "context is 1024" in msg
    needed = int(msg.split("about ", 1)[1].split()[0])
    assert needed > 1024
    assert provider.requests == []  # refused before the model was asked
    assert exc.value.exit_code == 2


def test_an_article_that_fits_is_not_refused(tmp_path: Path) -> None:
    answer = {"summary": "", "sources": [], "parties": [], "locations": [], "figures": [], "casualties": []}
    provider = _SmallContext(context_tokens=4096)
    provider.replies = [json.dumps(answer)]
    s = Engine(Options(provider=provider, cache=False, fixtures_dir=tmp_path, max_retries=0)).summarize(ARTICLE)
    assert len(provider.requests) == 1 and s.provenance is not None
