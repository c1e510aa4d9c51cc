"""The exchange transports: httpx transports under the openai client that answer from the
exchange stores (cache, recorded fixtures), else from the wire (and record), else fail in
offline mode. Listeners receive an ``ExchangeEvent`` per request (usage, audit log)."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from .cache import RUN_HEADER, Exchange, ExchangeEvent, ExchangeStore, Listener, OfflineMiss, exchange_key
from .errors import ModelError

#: An answer body larger than this is refused, not parsed (a model's answer is a few KB).
MAX_RESPONSE_BYTES = 4 * 1024 * 1024


class ExchangeLogic:
    def __init__(
        self,
        provider: str,
        *,
        stores: list[tuple[str, ExchangeStore]],
        write_store: ExchangeStore | None,
        offline: bool,
        listeners: list[Listener] | None = None,
        note: str = "",
        endpoint: str = "",
        origin: str = "model",
        accept: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None,
    ) -> None:
        self.provider = provider
        self.endpoint = endpoint
        self.origin = origin
        #: only answers this check takes are stored (a malformed or schema-breaking answer is
        #: never cached, so a later run asks again)
        self.accept = accept
        self.stores = stores
        self.write_store = write_store
        self.offline = offline
        self.listeners: list[Listener] = list(listeners or [])
        self.note = note

    @staticmethod
    def is_completion(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.path.endswith("/chat/completions")

    def lookup(self, body: dict[str, Any]) -> tuple[str, Exchange | None, str]:
        key = exchange_key(self.provider, body, self.endpoint)
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
        if self.write_store is not None and (self.accept is None or self.accept(body, data)):
            ex = Exchange(
                key=key,
                provider=self.provider,
                model=str(body.get("model", "")),
                request=body,
                response=data,
                recorded_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                note=self.note,
                origin=self.origin,
                endpoint=self.endpoint,
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
        origin: str | None = None,
        run_id: str = "",
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
            origin=origin or self.origin,
            run_id=run_id,
        )
        for fn in self.listeners:
            fn(event)


def _check_size(response: httpx.Response) -> None:
    n = len(response.content)
    if n > MAX_RESPONSE_BYTES:
        raise ModelError(
            f"the model server's answer is too large: {n / 1e6:.1f} MB (limit {MAX_RESPONSE_BYTES / 1e6:.0f} MB)"
        )


def _cached_response(request: httpx.Request, ex: Exchange) -> httpx.Response:
    return httpx.Response(
        200,
        json=ex.response,
        headers={"x-summarizer-exchange": ex.key},
        request=request,
    )


class ExchangeTransport(httpx.BaseTransport, ExchangeLogic):
    """Sync transport: answer from stores, else from ``inner`` (and record), else fail."""

    def __init__(self, inner: httpx.BaseTransport | None, provider: str, **kw: Any) -> None:
        ExchangeLogic.__init__(self, provider, **kw)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.is_completion(request):
            if self.offline or self.inner is None:
                return httpx.Response(404, json={"error": {"message": "offline"}}, request=request)
            return self.inner.handle_request(request)
        started = time.perf_counter()
        run_id = str(request.headers.pop(RUN_HEADER, ""))  # ours alone: not sent on
        body = json.loads(request.read() or b"{}")
        key, ex, source = self.lookup(body)
        if ex is not None:
            self.emit(key, body, source, started, 200, ex.response, ex.origin, run_id)
            return _cached_response(request, ex)
        if self.offline or self.inner is None:
            raise self.miss(body, key)
        response = self.inner.handle_request(request)
        response.read()
        _check_size(response)
        data = self.record(key, body, response)
        self.emit(key, body, "network", started, response.status_code, data, None, run_id)
        return response

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()


class AsyncExchangeTransport(httpx.AsyncBaseTransport, ExchangeLogic):
    """Async twin of ``ExchangeTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None, provider: str, **kw: Any) -> None:
        ExchangeLogic.__init__(self, provider, **kw)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.is_completion(request):
            if self.offline or self.inner is None:
                return httpx.Response(404, json={"error": {"message": "offline"}}, request=request)
            return await self.inner.handle_async_request(request)
        started = time.perf_counter()
        run_id = str(request.headers.pop(RUN_HEADER, ""))  # ours alone: not sent on
        body = json.loads(await request.aread() or b"{}")
        key, ex, source = self.lookup(body)
        if ex is not None:
            self.emit(key, body, source, started, 200, ex.response, ex.origin, run_id)
            return _cached_response(request, ex)
        if self.offline or self.inner is None:
            raise self.miss(body, key)
        response = await self.inner.handle_async_request(request)
        await response.aread()
        _check_size(response)
        data = self.record(key, body, response)
        self.emit(key, body, "network", started, response.status_code, data, None, run_id)
        return response

    async def aclose(self) -> None:
        if self.inner is not None:
            await self.inner.aclose()
