"""Transport retries (tenacity) and the network guard."""

from __future__ import annotations

import socket

import httpx
import pytest

from summarizer import summarize
from summarizer.api import ModelError
from summarizer.providers import rewrite_response_format
from summarizer.providers.retry import RetryPolicy, RetryTransport, retry_after_seconds
from summarizer.testing import NetworkBlocked

FAST = RetryPolicy(attempts=4, initial=0.01, max_wait=0.05, total=5)


def _seq(*responses: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[int]]:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        r = responses[min(len(calls), len(responses)) - 1]
        if isinstance(r, Exception):
            raise r
        return r

    return httpx.MockTransport(handler), calls


def _get(t: httpx.BaseTransport) -> httpx.Response:
    with httpx.Client(transport=t) as c:
        return c.post("http://x/v1/chat/completions", json={})


def test_retries_429_5xx_and_connection_errors() -> None:
    inner, calls = _seq(
        httpx.Response(429, headers={"retry-after": "0"}),
        httpx.Response(503),
        httpx.ConnectError("refused"),
        httpx.Response(200, json={"ok": True}),
    )
    assert _get(RetryTransport(inner, FAST)).status_code == 200
    assert len(calls) == 4


def test_gives_up_after_bounded_attempts() -> None:
    inner, calls = _seq(httpx.Response(500))
    assert _get(RetryTransport(inner, FAST)).status_code == 500
    assert len(calls) == FAST.attempts


def test_other_4xx_not_retried() -> None:
    inner, calls = _seq(httpx.Response(400, json={"error": {"message": "bad"}}), httpx.Response(200))
    assert _get(RetryTransport(inner, FAST)).status_code == 400
    assert len(calls) == 1


def test_retry_after_header() -> None:
    assert retry_after_seconds(httpx.Response(429, headers={"retry-after": "3"})) == 3.0
    assert retry_after_seconds(httpx.Response(429)) is None


def test_rewrite_for_llama_cpp_python() -> None:
    body = {"response_format": {"type": "json_schema", "json_schema": {"name": "X", "schema": {"type": "object"}}}}
    assert rewrite_response_format(body)["response_format"] == {"type": "json_object", "schema": {"type": "object"}}


def test_network_guard_blocks_non_loopback() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 443), timeout=1)


def test_a_real_model_request_fails_in_tests(seed_text: str) -> None:
    with pytest.raises(ModelError, match="network access blocked"):
        summarize(seed_text, provider="openai-compatible", base_url="http://198.51.100.7:9/v1", model="m", cache=False)


def test_server_rewrite_drops_string_caps_but_keeps_list_caps() -> None:
    schema = {
        "type": "object",
        "properties": {
            "q": {"type": "string", "maxLength": 70},
            "xs": {"type": "array", "maxItems": 4, "items": {"type": "string", "maxLength": 40}},
        },
    }
    body = {"response_format": {"type": "json_schema", "json_schema": {"name": "X", "schema": schema}}}
    out = rewrite_response_format(body, keep_string_caps=False)["response_format"]["schema"]
    assert "maxLength" not in str(out) and out["properties"]["xs"]["maxItems"] == 4
    assert rewrite_response_format(body)["response_format"]["schema"] == schema
