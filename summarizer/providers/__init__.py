"""The provider seam.

A *provider* says how to reach a model: a name, a model id, a base URL, and an httpx
transport that carries OpenAI chat-completion requests to it. Everything above the transport
— the openai client, instructor, the exchange cache, the audit log — is the same for every
provider. Three are built in:

* ``openai``: api.openai.com, needs ``OPENAI_API_KEY``.
* ``openai-compatible``: any server speaking the OpenAI chat API at a base URL (vLLM, Ollama,
  llama.cpp's server, llama-cpp-python's server).
* ``local``: an embedded GGUF model run in-process by llama-cpp-python
  (``summarizer/providers/local.py``), reached through an in-process transport.

Selection, first match wins: ``--provider``; ``SUMMARIZER_PROVIDER``; the config file
(``provider = ...``); a base URL (``--base-url`` / ``OPENAI_BASE_URL``) → openai-compatible;
``OPENAI_API_KEY`` → openai; otherwise ``local``.
"""

from __future__ import annotations

import os
import tomllib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

PROVIDERS = ("openai", "openai-compatible", "local")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_OPENAI_BASE = "https://api.openai.com/v1"
# How the JSON schema is asked for. ``json_schema`` is OpenAI's structured-output form (also
# vLLM, Ollama, llama.cpp's C++ server). llama-cpp-python wants
# ``{"type": "json_object", "schema": ...}`` and silently ignores the first form.
RESPONSE_FORMATS = ("json_schema", "json_object_schema")


class ProviderError(ValueError):
    """Bad provider settings (unknown name, missing key or URL)."""


@dataclass(frozen=True)
class RetryPolicy:
    """Transport retries (``providers/retry.py``): attempts, backoff and a total time bound."""

    attempts: int = 10
    initial: float = 0.5
    max_wait: float = 8.0  # back-off cap; a Retry-After is honoured up to max_retry_after
    total: float = 300.0
    jitter: float = 0.5
    max_retry_after: float = 30.0


@dataclass(frozen=True)
class ProviderSettings:
    provider: str | None = None
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model_path: str | None = None
    response_format: str | None = None
    timeout: float = 600.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    n_ctx: int | None = None

    def merged(self, **kw: Any) -> ProviderSettings:
        return replace(self, **{k: v for k, v in kw.items() if v is not None})


def config_path() -> Path:
    env = os.environ.get("SUMMARIZER_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("summarizer")) / "config.toml"


def load_config() -> dict[str, Any]:
    """The small TOML config file (``provider``, ``model``, ``base_url``, ``model_path``,
    ``response_format``). API keys are not read from it: use the environment."""
    path = config_path()
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProviderError(f"cannot read config {path}: {exc}") from exc
    allowed = {"provider", "model", "base_url", "model_path", "response_format"}
    return {k: str(v) for k, v in data.items() if k in allowed}


def resolve_settings(settings: ProviderSettings | None = None) -> ProviderSettings:
    """Fill unset fields from the environment and the config file."""
    s = settings or ProviderSettings()
    env = os.environ
    cfg = load_config()
    s = s.merged(
        provider=s.provider or env.get("SUMMARIZER_PROVIDER") or cfg.get("provider"),
        model=s.model or env.get("SUMMARIZER_MODEL") or cfg.get("model"),
        base_url=s.base_url or env.get("OPENAI_BASE_URL") or cfg.get("base_url"),
        model_path=s.model_path or env.get("SUMMARIZER_MODEL_PATH") or cfg.get("model_path"),
        response_format=s.response_format or env.get("SUMMARIZER_RESPONSE_FORMAT") or cfg.get("response_format"),
        api_key=s.api_key or env.get("OPENAI_API_KEY"),
    )
    if s.provider is None:
        if s.base_url:
            name = "openai-compatible"
        elif s.api_key:
            name = "openai"
        else:
            name = "local"
        s = replace(s, provider=name)
    if s.provider not in PROVIDERS:
        raise ProviderError(f"unknown provider {s.provider!r}; choose one of {', '.join(PROVIDERS)}")
    if s.response_format is not None and s.response_format not in RESPONSE_FORMATS:
        raise ProviderError(
            f"unknown response format {s.response_format!r}; choose one of {', '.join(RESPONSE_FORMATS)}"
        )
    return s


class Provider(ABC):
    """How to reach one model. Subclasses give the wire transport; the rest is shared."""

    name: str
    model: str
    base_url: str
    api_key: str
    response_format: str = "json_schema"
    timeout: float = 600.0
    retry_policy: RetryPolicy = RetryPolicy()
    #: The model's context window in tokens, when known (used to refuse or split articles).
    context_tokens: int | None = None

    @abstractmethod
    def wire_transport(self) -> httpx.BaseTransport: ...

    @abstractmethod
    def async_wire_transport(self) -> httpx.AsyncBaseTransport: ...

    def sync_transport(self) -> httpx.BaseTransport:
        from .http import RewriteTransport
        from .retry import DeadlineTransport, RetryTransport

        t: httpx.BaseTransport = self.wire_transport()
        if self.response_format == "json_object_schema":
            t = RewriteTransport(t)
        return DeadlineTransport(RetryTransport(t, self.retry_policy))

    def async_transport(self) -> httpx.AsyncBaseTransport:
        from .http import AsyncRewriteTransport
        from .retry import AsyncDeadlineTransport, AsyncRetryTransport

        t: httpx.AsyncBaseTransport = self.async_wire_transport()
        if self.response_format == "json_object_schema":
            t = AsyncRewriteTransport(t)
        return AsyncDeadlineTransport(AsyncRetryTransport(t, self.retry_policy))

    def endpoint_id(self) -> str:
        """What, beside the request, decides the answer: the server's base URL (the embedded
        provider: the model file's SHA-256). Part of every exchange-cache key."""
        return self.base_url.rstrip("/")

    def count_tokens(self, text: str) -> int:
        """A conservative estimate; the local provider counts exactly."""
        return len(text) // 3 + 1

    def describe(self) -> dict[str, Any]:
        return {"provider": self.name, "model": self.model, "base_url": self.base_url}

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


def rewrite_response_format(body: dict[str, Any], *, keep_string_caps: bool = True) -> dict[str, Any]:
    """``{"type": "json_schema", "json_schema": {"schema": S}}`` →
    ``{"type": "json_object", "schema": S}`` (llama-cpp-python's grammar-constrained form).

    Without ``keep_string_caps`` the ``maxLength`` hints are removed: llama-cpp-python expands
    each into one nested grammar rule per character, which its stock sampler (the server's)
    checks against the whole vocabulary for every token (seen: 600 ms a token for a 135M
    model). The embedded provider keeps them: its sampler checks only the chosen token."""
    rf = body.get("response_format")
    if isinstance(rf, dict) and rf.get("type") == "json_schema":
        schema = (rf.get("json_schema") or {}).get("schema")
        if not keep_string_caps:
            schema = _without_max_length(schema)
        body = dict(body)
        body["response_format"] = {"type": "json_object", "schema": schema}
    return body


def _without_max_length(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_max_length(v) for k, v in node.items() if k != "maxLength"}
    if isinstance(node, list):
        return [_without_max_length(v) for v in node]
    return node


def identify(settings: ProviderSettings | None = None) -> tuple[str, str, str | None]:
    """(provider, model, base URL) the settings select, without building the provider (no
    weights located, no client created)."""
    s = resolve_settings(settings)
    if s.provider == "openai":
        return "openai", s.model or DEFAULT_OPENAI_MODEL, DEFAULT_OPENAI_BASE
    if s.provider == "openai-compatible":
        return "openai-compatible", s.model or "", s.base_url
    from ..localmodels import default_model_name

    return "local", s.model or (Path(s.model_path).stem if s.model_path else default_model_name()), s.model_path


def make_provider(settings: ProviderSettings | None = None, *, lazy: bool = False) -> Provider:
    """Build the provider the settings (plus environment and config) select. With ``lazy``
    (offline replay) the local provider does not locate or load weights."""
    from .http import HTTPProvider, ReplayProvider

    s = resolve_settings(settings)
    if s.provider == "openai":
        # offline replay needs no key (a key is never part of a recorded exchange)
        if not s.api_key and not lazy:
            raise ProviderError("provider openai needs OPENAI_API_KEY")
        return HTTPProvider("openai", s.model or DEFAULT_OPENAI_MODEL, DEFAULT_OPENAI_BASE, s.api_key or "offline", s)
    if s.provider == "openai-compatible":
        if not s.base_url:
            raise ProviderError("provider openai-compatible needs --base-url or OPENAI_BASE_URL")
        if not s.model:
            raise ProviderError("provider openai-compatible needs --model (the server's model id)")
        return HTTPProvider("openai-compatible", s.model, s.base_url, s.api_key or "none", s)
    if lazy:
        from ..localmodels import MODEL_PATH_ENV, default_model_name, model_identity

        path = s.model_path or os.environ.get(MODEL_PATH_ENV)
        name = s.model or (Path(path).stem if path else default_model_name())
        return ReplayProvider("local", name, endpoint=model_identity(None if path else name, path))
    from .local import LocalProvider  # imported lazily: llama-cpp-python is an extra

    return LocalProvider(s)


__all__ = [
    "PROVIDERS",
    "Provider",
    "ProviderError",
    "ProviderSettings",
    "RetryPolicy",
    "make_provider",
    "resolve_settings",
    "rewrite_response_format",
]
