"""A small OpenAI-compatible fake server for fault and batch tests (and ``bench/``).

It listens on 127.0.0.1 only, on a free port, in a daemon thread (``ThreadingHTTPServer``).
``POST /v1/chat/completions`` answers after a fixed latency with a valid ``Extraction`` JSON
grounded in the article (built from the article's first casualty sentence found by
``summarizer.evidence.find_candidates``), unless the article text carries a fault marker:

=========================  ==========================================================
marker in the article      what the server does
=========================  ==========================================================
``[fault:429*N]``          the first N requests for this article: 429 + ``Retry-After``
``[fault:500*N]``          the first N requests: HTTP 500
``[fault:drop*N]``         the first N requests: the connection is closed, no answer
``[fault:timeout*N]``      the first N requests: sleep ``hang_s`` (longer than the
                           client timeout), then close
``[fault:malformed]``      every answer's content is broken JSON
``[fault:schema]``         every answer's content is JSON that breaks the schema
``[fault:refuse]``         every request: HTTP 400 (a refusal no retry or re-ask mends)
``[fault:inject]``         the answer reports the injected "1,000" dead with a made-up
                           quote (what an obeying model would say)
=========================  ==========================================================

``N`` may be ``always``. Counters are per article (keyed by the article text), so re-asks
and transport retries of one article share them. Everything is bounded: the server sleeps at
most ``hang_s`` per request and is shut down by the fixture.

Random transient faults (``serve(fail_rate=0.4, fault_seed=3)``): each request for an
article without a marker fails with probability ``fail_rate``, with one of ``RANDOM_FAULTS``
(429 + ``Retry-After``, 500, a dropped connection, a truncated body: ``Content-Length`` then
half the body and close, a malformed body: a 200 whose body is not JSON), all of which a
correct client retries. The draw depends only on the seed, the article and the request's
number for that article, so a run is reproducible whatever the order the requests arrive
in; ``FakeServer.faults`` counts what was served.

``GET /page/<name>`` serves the pages registered in ``FakeServer.pages`` (for URL inputs).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from summarizer.evidence import find_candidates

MODEL = "fake-model"
RANDOM_FAULTS = ("429", "500", "drop", "truncated", "malformed_body")
_MARK = re.compile(r"\[fault:(429|500|drop|timeout|malformed|schema|refuse|inject)(?:\*(\d+|always))?\]")
_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.DOTALL)


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


@dataclass
class FakeServer:
    latency_s: float = 0.0
    hang_s: float = 2.0
    retry_after: str = "0"
    port: int = 0
    requests: Counter[str] = field(default_factory=Counter)  # article text -> count
    total: int = 0
    auth_headers: list[str] = field(default_factory=list)
    pages: dict[str, Page] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    fail_rate: float = 0.0
    fault_seed: int = 0
    faults: Counter[str] = field(default_factory=Counter)  # random fault kind -> count
    in_flight: int = 0  # POST requests being handled now
    max_in_flight: int = 0  # the most handled at once (concurrency seen from the server)

    def random_fault(self, article: str, n: int) -> str:
        """The random fault for the ``n``-th request of ``article`` ("" for none)."""
        if self.fail_rate <= 0:
            return ""
        digest = hashlib.sha256(f"{self.fault_seed}:{n}:{article}".encode()).digest()
        rng = random.Random(digest)
        if rng.random() >= self.fail_rate:
            return ""
        return rng.choice(RANDOM_FAULTS)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def url(self, page: str) -> str:
        return f"http://127.0.0.1:{self.port}/page/{page}"

    def count_for(self, marker_text: str) -> int:
        """Requests received for the article containing ``marker_text``."""
        with self.lock:
            return sum(n for art, n in self.requests.items() if marker_text in art)


def _completion(content: str, prompt_tokens: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": MODEL,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": max(1, len(content) // 4),
            "total_tokens": prompt_tokens + max(1, len(content) // 4),
        },
    }


def _casualty(**fields: Any) -> dict[str, Any]:
    """Only the fields the current model schema has (the schema evolves)."""
    from summarizer.schema import XCasualty

    known = XCasualty.model_fields
    out = {k: v for k, v in fields.items() if k in known}
    if "who" in known and "who" not in out:
        out["who"] = "people"
    return out


def grounded_answer(article: str) -> dict[str, Any]:
    """A valid Extraction: the first casualty sentence with a count, quoted verbatim."""
    casualties = []
    for c in find_candidates(article):
        if c.quantity is None or not c.quantity.low:
            continue
        casualties.append(
            _casualty(
                outcome=c.outcome,
                phrase=c.quantity.phrase,
                quote=article[c.quantity.start : c.quantity.start + 60].strip(),
                reported_by=None,
            )
        )
        break
    return {
        "summary": "An attack was reported in the article.",
        "parties": [],
        "locations": [],
        "figures": [],
        "casualties": casualties,
        "sources": [],
    }


def fit_schema(answer: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The answer shaped to the request's schema, as a grammar-constrained model answers: a
    targeted re-ask ("Fix") gets only the keys it asks for, with no figures (the failing ones
    dropped: the first answer holds the rest); a list is cut to the schema's ``maxItems`` (no
    free-form figures when the prompt lists the software-found ones), keys and ids outside the
    schema are left out."""
    rf = body.get("response_format") or {}
    js = rf.get("json_schema") or {} if isinstance(rf, dict) else {}
    props = (js.get("schema") or {}).get("properties") or {}
    if js.get("name") == "Fix":
        return {k: ([] if k == "casualties" else answer.get(k)) for k in props}
    # only the schema's keys (a grammar cannot write others: "sources", or "casualties" when
    # figures are listed), ids only from the schema's enum, lists cut to ``maxItems``
    out = {k: v for k, v in answer.items() if k in props} if props else dict(answer)
    for k, spec in props.items():
        if not isinstance(spec, dict) or not isinstance(out.get(k), list):
            continue
        allowed = (spec.get("items") or {}).get("enum")
        if isinstance(allowed, list):
            out[k] = [v for v in out[k] if v in allowed]
        cap = spec.get("maxItems")
        if isinstance(cap, int):
            out[k] = out[k][:cap]
    return out


def injected_answer(article: str) -> dict[str, Any]:
    ans = grounded_answer(article)
    ans["summary"] = "The attack killed 1,000 people."
    ans["casualties"] = [
        _casualty(outcome="killed", phrase="1,000", quote="1,000 people were killed in the attack", reported_by=None),
        *ans["casualties"],
    ]
    return ans


def _handler(state: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # TCP_NODELAY, as real servers (uvicorn, llama.cpp's) set it: the headers and the body
        # go out in two writes, and with Nagle's algorithm the body waits for the client's
        # delayed ACK of the headers (about 40 ms on Linux) on every keep-alive request
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str = "application/json", **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k.replace("_", "-"), v)
            self.end_headers()
            self.wfile.write(body)

        def _fail(self, fault: str, body: bytes) -> None:
            if fault == "429":
                self._send(429, b'{"error": {"message": "rate limited (fake)"}}', Retry_After=state.retry_after)
            elif fault == "500":
                self._send(500, b'{"error": {"message": "internal error (fake)"}}')
            elif fault == "drop":
                self.close_connection = True
                self.connection.close()
            elif fault == "truncated":  # the full length announced, half the body sent
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.close()
            elif fault == "malformed_body":  # a proxy's error page with a 200
                self._send(200, b"<html><body>502 Bad Gateway</body></html>", "application/json")
            else:  # pragma: no cover
                raise ValueError(fault)

        def do_GET(self) -> None:
            name = self.path.removeprefix("/page/")
            page = state.pages.get(name)
            if page is None:
                self._send(404, b"not found", "text/plain")
                return
            self._send(page.status, page.body, page.content_type)

        def do_POST(self) -> None:
            with state.lock:
                state.in_flight += 1
                state.max_in_flight = max(state.max_in_flight, state.in_flight)
            try:
                self._post()
            finally:
                with state.lock:
                    state.in_flight -= 1

        def _post(self) -> None:
            received = time.monotonic()
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(min(length, 10_000_000))
            with state.lock:
                state.auth_headers.append(self.headers.get("Authorization", ""))
            if not self.path.endswith("/chat/completions"):
                self._send(404, b'{"error": {"message": "no such route"}}')
                return
            try:
                body = json.loads(raw)
                user = next(m["content"] for m in body["messages"] if m["role"] == "user")
                m = _ARTICLE.search(user)
                article = m.group(1) if m else user
            except (ValueError, KeyError, StopIteration, TypeError):
                self._send(400, b'{"error": {"message": "bad request"}}')
                return
            with state.lock:
                state.requests[article] += 1
                state.total += 1
                n = state.requests[article]
            prompt_tokens = len(raw) // 4

            def wait() -> None:
                # the latency is from receipt to answer: the server's own work is inside it
                left = state.latency_s - (time.monotonic() - received)
                if left > 0:
                    time.sleep(left)

            if not _MARK.search(article):
                answer = fit_schema(grounded_answer(article), body)
                body_out = json.dumps(_completion(json.dumps(answer), prompt_tokens)).encode()
                wait()
                fault = state.random_fault(article, n)
                if fault:
                    with state.lock:
                        state.faults[fault] += 1
                    self._fail(fault, body_out)
                    return
                self._send(200, body_out)
                return
            wait()
            for mk in _MARK.finditer(article):
                kind, count = mk.group(1), mk.group(2) or "always"
                active = count == "always" or n <= int(count)
                if not active:
                    continue
                if kind == "429":
                    err = b'{"error": {"message": "rate limited (fake)"}}'
                    self._send(429, err, Retry_After=state.retry_after)
                    return
                if kind == "500":
                    self._send(500, b'{"error": {"message": "internal error (fake)"}}')
                    return
                if kind == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if kind == "timeout":
                    time.sleep(state.hang_s)
                    self.close_connection = True
                    self.connection.close()
                    return
                if kind == "refuse":
                    self._send(400, b'{"error": {"message": "request refused (fake)"}}')
                    return
                if kind == "malformed":
                    content = '{"summary": "broken", "events": [ {'
                    self._send(200, json.dumps(_completion(content, prompt_tokens)).encode())
                    return
                if kind == "schema":
                    content = json.dumps({"summary": 42, "casualties": "many", "mood": "bad"})
                    self._send(200, json.dumps(_completion(content, prompt_tokens)).encode())
                    return
                if kind == "inject":
                    content = json.dumps(fit_schema(injected_answer(article), body))
                    self._send(200, json.dumps(_completion(content, prompt_tokens)).encode())
                    return
            content = json.dumps(fit_schema(grounded_answer(article), body))
            self._send(200, json.dumps(_completion(content, prompt_tokens)).encode())

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # the listen backlog is set when the socket is bound (in the constructor): with the
    # default of 5, a burst of new connections (a batch at concurrency 16) overflows it and
    # the dropped SYNs are retried by the client's kernel only after a second
    request_queue_size = 128


@contextmanager
def serve(
    latency_s: float = 0.0,
    hang_s: float = 2.0,
    retry_after: str = "0",
    fail_rate: float = 0.0,
    fault_seed: int = 0,
) -> Iterator[FakeServer]:
    state = FakeServer(
        latency_s=latency_s, hang_s=hang_s, retry_after=retry_after, fail_rate=fail_rate, fault_seed=fault_seed
    )
    httpd = _Server(("127.0.0.1", 0), _handler(state))
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def article(i: int, fault: str = "", extra: str = "") -> str:
    """A short article with one grounded casualty figure (distinct per ``i``)."""
    n = 3 + i
    return (
        f"Clashes erupted in the northern district on Tuesday, officials said. {extra}\n"
        f"At least {n} people were killed and {n + 2} were injured in the fighting near the market, "
        f"the local health ministry said. {fault}\n"
        "Residents said the area was calm by the evening.\n"
    )


def options_for(
    srv: FakeServer,
    *,
    cache: bool = False,
    cache_dir: Any = None,
    timeout: float = 0.5,
    attempts: int = 3,
    **kw: Any,
) -> Any:
    """``Options`` for the openai-compatible provider at ``srv`` with a small retry policy;
    recorded fixtures are switched off (an empty fixtures dir)."""
    from pathlib import Path

    from summarizer.api import Options
    from summarizer.providers import ProviderSettings, RetryPolicy

    settings = ProviderSettings(
        provider="openai-compatible",
        base_url=srv.base_url,
        model=MODEL,
        timeout=timeout,
        retry=RetryPolicy(attempts=attempts, initial=0.05, max_wait=0.5, total=10.0, jitter=0.02),
    )
    return Options(
        settings=settings,
        cache=cache,
        cache_dir=cache_dir,
        fixtures_dir=Path("/nonexistent/summarizer-fixtures"),
        **kw,
    )


def main(argv: list[str] | None = None) -> None:
    """``python tests/fakeserver.py --latency 0.2``: serve in this process (for benchmarks, so
    the server does not share the client's interpreter lock); prints the base URL, stops after
    ``--max-seconds`` or when stdin closes."""
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--max-seconds", type=float, default=900.0)
    a = ap.parse_args(argv)
    with serve(latency_s=a.latency) as srv:
        serve_until_stdin_closes(srv.base_url, a.max_seconds)


def serve_until_stdin_closes(base_url: str, max_seconds: float) -> None:
    """Print the base URL, then block until stdin closes or ``max_seconds`` pass (a server run
    as its own process by a benchmark or a shell script)."""
    import sys

    print(base_url, flush=True)
    done = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait(timeout=max_seconds)


if __name__ == "__main__":
    main()
