"""Test doubles and the guard that forbids real model requests in tests.

* ``ScriptedProvider`` answers chat completions from a list of scripted replies, in order,
  through an in-process transport: the whole openai + instructor + cache path still runs. It
  is used to *write* hand-made fixtures (for behaviours a real model rarely shows) and in
  unit tests.
* ``block_network()`` patches ``socket.socket.connect`` so that any connection to a
  non-loopback address raises ``NetworkBlocked``; tests that start local servers on
  127.0.0.1 still work.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import httpx

from .providers import Provider, RetryPolicy


class NetworkBlocked(RuntimeError):
    pass


def completion_body(content: str, model: str, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-scripted-{int(time.time() * 1000)}",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


Reply = str | dict[str, Any]


class ScriptedProvider(Provider):
    """Answers with ``replies`` in order (the last one repeats). Token counts are estimates
    (characters / 4) so usage sums are testable."""

    def __init__(self, replies: Sequence[Reply], *, name: str = "openai", model: str = "scripted") -> None:
        self.name = name
        self.model = model
        self.base_url = "http://scripted.invalid/v1"
        self.api_key = "scripted"
        self.replies = [r if isinstance(r, str) else json.dumps(r) for r in replies]
        self.requests: list[dict[str, Any]] = []
        self.retry_policy = RetryPolicy(attempts=1)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        self.requests.append(body)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4
        return httpx.Response(200, json=completion_body(reply, self.model, prompt, max(1, len(reply) // 4)))

    def wire_transport(self) -> httpx.BaseTransport:
        return httpx.MockTransport(self._answer)

    def async_wire_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.MockTransport(self._answer)


@contextmanager
def block_network(allow: Callable[[str], bool] | None = None) -> Iterator[None]:
    """Forbid connections except to loopback (and unix sockets)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def allowed(address: Any) -> bool:
        if isinstance(address, str | bytes):  # AF_UNIX
            return True
        host = str(address[0])
        if host in ("127.0.0.1", "::1", "localhost") or host.startswith("127."):
            return True
        return bool(allow and allow(host))

    def guarded_connect(self: socket.socket, address: Any) -> None:
        if not allowed(address):
            raise NetworkBlocked(f"network access blocked in tests: {address!r}")
        real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(address):
            raise NetworkBlocked(f"network access blocked in tests: {address!r}")
        return real_connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = real_connect_ex  # type: ignore[method-assign]
