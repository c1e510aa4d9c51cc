"""HTTP providers (openai, openai-compatible), offline replay, and the request rewrite for
llama-cpp-python's server. Kept apart from the seam so that importing the settings does not
import httpx (a cached ``summarize`` never needs it)."""

from __future__ import annotations

import json
import os
import ssl

import httpx

from . import Provider, ProviderError, ProviderSettings, rewrite_response_format


class HTTPProvider(Provider):
    def __init__(self, name: str, model: str, base_url: str, api_key: str, s: ProviderSettings) -> None:
        self.name = name
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.response_format = s.response_format or "json_schema"
        self.timeout = s.timeout
        self.retry_policy = s.retry

    def wire_transport(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport(verify=ssl_context())

    def async_wire_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(verify=ssl_context())


_SSL: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``), made once
    per process and shared by every transport: loading the CA bundle takes tens of ms, which
    every new engine (each batch, each eval run) paid again. A context is safe to share."""
    key = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    ctx = _SSL.get(key)
    if ctx is None:
        ctx = _SSL[key] = httpx.create_ssl_context()
    return ctx


def _rewritten(request: httpx.Request) -> httpx.Request:
    if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
        return request
    body = rewrite_response_format(json.loads(request.read() or b"{}"), keep_string_caps=False)
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        content=json.dumps(body).encode("utf-8"),
        extensions=request.extensions,
    )


class RewriteTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(_rewritten(request))

    def close(self) -> None:
        self.inner.close()


class AsyncRewriteTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self.inner.handle_async_request(_rewritten(request))

    async def aclose(self) -> None:
        await self.inner.aclose()


class ReplayProvider(Provider):
    """Names a provider and model for offline replay; it has no wire at all."""

    def __init__(self, name: str, model: str, *, endpoint: str = "") -> None:
        self.name = name
        self.model = model
        self.base_url = "http://replay.invalid/v1"
        self.api_key = "offline"
        self._endpoint = endpoint

    def endpoint_id(self) -> str:
        return self._endpoint

    def wire_transport(self) -> httpx.BaseTransport:
        raise ProviderError("offline: no model is reachable")

    def async_wire_transport(self) -> httpx.AsyncBaseTransport:
        raise ProviderError("offline: no model is reachable")
