"""Issue 10, items 4, 5 and 9: the per-article deadline against servers that hang or drip,
truncated bodies retried, oversized answers refused, and exchange-cache keys that include the
endpoint and store only answers that parsed."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fakeserver import grounded_answer, serve

from summarizer import summarize
from summarizer.cache import ExchangeStore
from summarizer.errors import EXIT_TIMEOUT, ModelError, ModelTimeout
from summarizer.providers import ProviderSettings, RetryPolicy

ARTICLE = (
    "GOMA, Jan. 27, 2025 (Reuters) -- At least 17 people were killed when shells hit a camp "
    "near Goma on Sunday, the provincial health ministry said."
)
FAST = RetryPolicy(attempts=6, initial=0.01, max_wait=0.05, total=20, jitter=0.01)


@contextmanager
def raw_server(handler: Callable[[socket.socket, int], None]) -> Iterator[str]:
    """A bare TCP server on 127.0.0.1: ``handler(conn, n)`` for the n-th connection."""
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.2)
    stop = threading.Event()
    count = [0]

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            count[0] += 1
            n = count[0]

            def run(c: socket.socket = conn, k: int = n) -> None:
                try:
                    _read_request(c)
                    handler(c, k)
                except OSError:
                    pass
                finally:
                    c.close()

            threading.Thread(target=run, daemon=True).start()

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}/v1"
    finally:
        stop.set()
        t.join(2)
        srv.close()


def _read_request(c: socket.socket) -> bytes:
    c.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = c.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    while len(body) < length:
        body += c.recv(65536)
    return body


def _answer_bytes() -> bytes:
    content = json.dumps(grounded_answer(ARTICLE))
    body = {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
    return json.dumps(body).encode()


def _http(status: str, body: bytes, length: int | None = None) -> bytes:
    n = len(body) if length is None else length
    return f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {n}\r\n\r\n".encode() + body


def _run(url: str, **kw: object) -> object:
    settings = ProviderSettings(retry=FAST)
    return summarize(ARTICLE, base_url=url, model="m", settings=settings, cache=False, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["hang", "drip-body", "drip-headers"])
def test_the_deadline_cuts_hung_and_dripping_servers(mode: str) -> None:
    def handler(c: socket.socket, n: int) -> None:
        if mode == "hang":
            time.sleep(20)
        elif mode == "drip-body":
            c.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9999\r\n\r\n")
            for _ in range(40):
                c.sendall(b" ")
                time.sleep(0.5)
        else:
            for b in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n":
                c.sendall(bytes([b]))
                time.sleep(0.5)

    with raw_server(handler) as url:
        started = time.monotonic()
        with pytest.raises(ModelTimeout) as info:
            _run(url, timeout=1.5)
        elapsed = time.monotonic() - started
    assert info.value.exit_code == EXIT_TIMEOUT
    assert "time limit of 1.5 s" in str(info.value) and "cannot reach" not in str(info.value)
    assert elapsed < 12  # the limit plus start-up, not the server's 20 s


def test_a_truncated_body_is_retried_like_a_dropped_connection() -> None:
    answer = _answer_bytes()

    def handler(c: socket.socket, n: int) -> None:
        if n == 1:  # promises the whole body, sends half, closes
            c.sendall(_http("200 OK", answer[: len(answer) // 2], length=len(answer)))
        else:
            c.sendall(_http("200 OK", answer))

    with raw_server(handler) as url:
        s = _run(url, timeout=30)
    assert s.provenance is not None and s.provenance.attempts >= 1  # type: ignore[attr-defined]


def test_a_200_that_is_not_json_is_retried() -> None:
    answer = _answer_bytes()

    def handler(c: socket.socket, n: int) -> None:
        c.sendall(_http("200 OK", b"<html>proxy error</html>" if n == 1 else answer))

    with raw_server(handler) as url:
        s = _run(url, timeout=30)
    assert s.provenance is not None  # type: ignore[attr-defined]


def test_an_oversized_answer_is_refused_in_one_line() -> None:
    from summarizer.transport import MAX_RESPONSE_BYTES

    huge = json.dumps({"summary": "x" * (MAX_RESPONSE_BYTES + 10)})
    body = json.loads(_answer_bytes())
    body["choices"][0]["message"]["content"] = huge
    raw = json.dumps(body).encode()

    def handler(c: socket.socket, n: int) -> None:
        c.sendall(_http("200 OK", raw))

    with raw_server(handler) as url, pytest.raises(ModelError, match="too large"):
        _run(url, timeout=30)


def test_the_cache_key_includes_the_server(tmp_path: Path) -> None:
    """An answer cached from one server never answers for another (here: one that is down)."""
    cache = tmp_path / "cache"
    with serve() as srv:
        s = summarize(ARTICLE, base_url=srv.base_url, model="fake-model", cache_dir=cache, timeout=30)
        assert s.provenance is not None and not s.provenance.cache_hit
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    down = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
    closed.close()
    fast = ProviderSettings(retry=RetryPolicy(attempts=2, initial=0.01, max_wait=0.02, total=5))
    with pytest.raises(ModelError, match="cannot reach"):
        summarize(ARTICLE, base_url=down, model="fake-model", settings=fast, cache_dir=cache, timeout=30)
    entries = list(ExchangeStore(cache))
    assert len(entries) == 1 and entries[0].endpoint == srv.base_url.rstrip("/")


def test_answers_that_did_not_parse_are_not_cached(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with serve() as srv:
        kw: dict[str, Any] = {"base_url": srv.base_url, "model": "fake-model", "cache_dir": cache, "timeout": 30}
        fallback = summarize(ARTICLE + " [fault:malformed]", max_retries=1, **kw)
        assert "model-answer-unfit" in {f.code for f in fallback.checks}
        assert list(ExchangeStore(cache)) == []
        # nor is the fallback summary: the same call asks the model again
        before = srv.total
        again = summarize(ARTICLE + " [fault:malformed]", max_retries=1, **kw)
        assert srv.total - before == 2 and again.provenance is not None and not again.provenance.cache_hit
        s = summarize(ARTICLE, base_url=srv.base_url, model="fake-model", cache_dir=cache, timeout=30)
    assert s.casualties and len(list(ExchangeStore(cache))) == 1


def test_usage_is_summed_over_every_attempt() -> None:
    """A first answer whose quote is not in the article is re-asked (a targeted re-ask: the
    answer is the corrected figure); the provenance sums the tokens the server reported for
    both attempts."""
    good = json.loads(_answer_bytes())
    bad = json.loads(_answer_bytes())
    content = json.loads(bad["choices"][0]["message"]["content"])
    content["casualties"][0].update(phrase="150", quote="150 people died yesterday in the floods")
    bad["choices"][0]["message"]["content"] = json.dumps(content)
    bad["usage"] = {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140}
    # the targeted re-ask's answer: a corrected copy of the failing figure only
    fixed = json.loads(good["choices"][0]["message"]["content"])["casualties"][:1]
    good["choices"][0]["message"]["content"] = json.dumps({"casualties": fixed})
    good["usage"] = {"prompt_tokens": 130, "completion_tokens": 30, "total_tokens": 160}

    def handler(c: socket.socket, n: int) -> None:
        c.sendall(_http("200 OK", json.dumps(bad if n == 1 else good).encode()))

    with raw_server(handler) as url:
        s = _run(url, timeout=30, hints=False)  # the model names its figures: none are listed
    p = s.provenance  # type: ignore[attr-defined]
    assert p.attempts == 2, s.checks  # type: ignore[attr-defined]
    assert (p.usage.prompt_tokens, p.usage.completion_tokens) == (230, 70)
    assert p.answers_from == "model"
