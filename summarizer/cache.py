"""Content-addressed store of model exchanges, used as cache, as recorded fixtures, and for
offline replay.

An *exchange* is one chat-completion request and its response. Its key is the SHA-256 of a
canonical JSON document holding the provider name, the model, the messages, the response
schema (``response_format`` / ``tools``) and every sampling parameter of the request body.
Headers are never part of the key or of the stored value, so API keys cannot reach a cache
entry or a fixture.

The store sits *below* the openai client, as an httpx transport (``ExchangeTransport``): the
real openai + instructor code path runs unchanged whether the answer comes from the network,
the embedded model, the cache, or a fixture file. Each re-ask is its own request and so its
own exchange.

Files are ``<root>/<key[:2]>/<key>.json``, pretty-printed so a fixture reads well in a diff.
Writes are atomic (temporary file in the same directory, fsync, ``os.replace``); an entry
whose JSON is broken or whose stored key does not match its file name is treated as a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

FORMAT_VERSION = 1

# Body fields that do not change what the model answers and so stay out of the key.
_NON_SEMANTIC = frozenset({"stream", "user", "stream_options", "metadata", "store"})


class OfflineMiss(RuntimeError):
    """Raised in offline mode when no cached or recorded exchange matches a request."""


def exchange_key(provider: str, body: Mapping[str, Any]) -> str:
    """Hash of provider, model, messages, response schema and parameters."""
    keyed = {k: v for k, v in body.items() if k not in _NON_SEMANTIC}
    doc = {"provider": provider, "request": keyed}
    raw = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class Exchange:
    key: str
    provider: str
    model: str
    request: dict[str, Any]
    response: dict[str, Any]
    recorded_at: str
    note: str = ""

    @property
    def usage(self) -> dict[str, int]:
        u = self.response.get("usage") or {}
        return {
            "prompt_tokens": int(u.get("prompt_tokens") or 0),
            "completion_tokens": int(u.get("completion_tokens") or 0),
        }

    def to_json(self) -> str:
        doc = {
            "format": FORMAT_VERSION,
            "key": self.key,
            "provider": self.provider,
            "model": self.model,
            "recorded_at": self.recorded_at,
            "note": self.note,
            "usage": self.usage,
            "request": self.request,
            "response": self.response,
        }
        return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Exchange:
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_VERSION:
            raise ValueError("not an exchange document")
        return cls(
            key=str(doc["key"]),
            provider=str(doc["provider"]),
            model=str(doc["model"]),
            request=dict(doc["request"]),
            response=dict(doc["response"]),
            recorded_at=str(doc.get("recorded_at", "")),
            note=str(doc.get("note", "")),
        )


class ExchangeStore:
    """A directory of exchanges addressed by key."""

    def __init__(self, root: Path, *, writable: bool = True) -> None:
        self.root = Path(root)
        self.writable = writable

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Exchange | None:
        path = self.path_for(key)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        try:
            ex = Exchange.from_json(text)
        except (ValueError, KeyError, TypeError):
            return None  # corrupt or foreign entry: ignored, overwritten on the next put
        if ex.key != key or "choices" not in ex.response:
            return None
        return ex

    def put(self, ex: Exchange) -> None:
        if not self.writable:
            raise PermissionError(f"exchange store {self.root} is read-only")
        path = self.path_for(ex.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(ex.to_json())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def __iter__(self) -> Iterator[Exchange]:
        for p in sorted(self.root.glob("*/*.json")):
            ex = self.get(p.stem)
            if ex is not None:
                yield ex


@dataclass
class ExchangeEvent:
    """What the transport tells its listeners about one request (for usage and audit)."""

    key: str
    provider: str
    model: str
    source: str  # "network" | "cache" | "fixture"
    latency_s: float
    prompt_tokens: int
    completion_tokens: int
    status_code: int
    request: dict[str, Any]
    response: dict[str, Any] | None


Listener = Any  # Callable[[ExchangeEvent], None]; kept loose for sync/async sharing


class _ExchangeLogic:
    def __init__(
        self,
        provider: str,
        *,
        stores: list[tuple[str, ExchangeStore]],
        write_store: ExchangeStore | None,
        offline: bool,
        listeners: list[Listener] | None = None,
        note: str = "",
    ) -> None:
        self.provider = provider
        self.stores = stores
        self.write_store = write_store
        self.offline = offline
        self.listeners: list[Listener] = list(listeners or [])
        self.note = note

    @staticmethod
    def is_completion(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.path.endswith("/chat/completions")

    def lookup(self, body: dict[str, Any]) -> tuple[str, Exchange | None, str]:
        key = exchange_key(self.provider, body)
        for label, store in self.stores:
            ex = store.get(key)
            if ex is not None:
                return key, ex, label
        return key, None, "network"

    def miss(self, body: dict[str, Any], key: str) -> OfflineMiss:
        where = ", ".join(str(s.root) for _, s in self.stores) or "no store"
        return OfflineMiss(
            f"offline: no recorded exchange for this request (key {key[:12]}…, "
            f"provider {self.provider}, model {body.get('model')}); looked in {where}"
        )

    def record(self, key: str, body: dict[str, Any], response: httpx.Response) -> dict[str, Any] | None:
        if response.status_code != 200:
            return None
        try:
            data = response.json()
        except ValueError:
            return None
        if not isinstance(data, dict) or "choices" not in data:
            return None
        if self.write_store is not None:
            ex = Exchange(
                key=key,
                provider=self.provider,
                model=str(body.get("model", "")),
                request=body,
                response=data,
                recorded_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                note=self.note,
            )
            with contextlib.suppress(OSError):  # an unwritable cache must not fail the summary
                self.write_store.put(ex)
        return data

    def emit(
        self,
        key: str,
        body: dict[str, Any],
        source: str,
        started: float,
        status: int,
        data: dict[str, Any] | None,
    ) -> None:
        usage = (data or {}).get("usage") or {}
        event = ExchangeEvent(
            key=key,
            provider=self.provider,
            model=str(body.get("model", "")),
            source=source,
            latency_s=time.perf_counter() - started,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            status_code=status,
            request=body,
            response=data,
        )
        for fn in self.listeners:
            fn(event)


def _cached_response(request: httpx.Request, ex: Exchange) -> httpx.Response:
    return httpx.Response(
        200,
        json=ex.response,
        headers={"x-summarizer-exchange": ex.key},
        request=request,
    )


class ExchangeTransport(httpx.BaseTransport, _ExchangeLogic):
    """Sync transport: answer from stores, else from ``inner`` (and record), else fail."""

    def __init__(self, inner: httpx.BaseTransport | None, provider: str, **kw: Any) -> None:
        _ExchangeLogic.__init__(self, provider, **kw)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.is_completion(request):
            if self.offline or self.inner is None:
                return httpx.Response(404, json={"error": {"message": "offline"}}, request=request)
            return self.inner.handle_request(request)
        started = time.perf_counter()
        body = json.loads(request.read() or b"{}")
        key, ex, source = self.lookup(body)
        if ex is not None:
            self.emit(key, body, source, started, 200, ex.response)
            return _cached_response(request, ex)
        if self.offline or self.inner is None:
            raise self.miss(body, key)
        response = self.inner.handle_request(request)
        response.read()
        data = self.record(key, body, response)
        self.emit(key, body, "network", started, response.status_code, data)
        return response

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()


class AsyncExchangeTransport(httpx.AsyncBaseTransport, _ExchangeLogic):
    """Async twin of ``ExchangeTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None, provider: str, **kw: Any) -> None:
        _ExchangeLogic.__init__(self, provider, **kw)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.is_completion(request):
            if self.offline or self.inner is None:
                return httpx.Response(404, json={"error": {"message": "offline"}}, request=request)
            return await self.inner.handle_async_request(request)
        started = time.perf_counter()
        body = json.loads(await request.aread() or b"{}")
        key, ex, source = self.lookup(body)
        if ex is not None:
            self.emit(key, body, source, started, 200, ex.response)
            return _cached_response(request, ex)
        if self.offline or self.inner is None:
            raise self.miss(body, key)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        data = self.record(key, body, response)
        self.emit(key, body, "network", started, response.status_code, data)
        return response

    async def aclose(self) -> None:
        if self.inner is not None:
            await self.inner.aclose()
