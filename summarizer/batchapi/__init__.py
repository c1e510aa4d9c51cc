"""Batch engines: the OpenAI Batch API, ``vllm run-batch``, Ray Data (issue 15).

The product builds the requests, joins the answers and measures them; the engines that run
millions of requests already exist. Two public pure functions carry the whole contract (no
global state; the functions, ``Options`` and the results pickle, so Ray, multiprocessing or
any other scheduler can run them):

``build_request(article, options, *, published=None, reask=None) -> dict``
    One Batch API input line ``{"custom_id", "method": "POST", "url": "/v1/chat/completions",
    "body"}``. The body is *the* body a live call sends: it is made by the live code path
    itself (``Engine.summarize``: prompt, candidate hints, instructor, the openai client) run
    against a wire that keeps the request instead of sending it. Serialised as the openai
    client serialises it (``request_json``), it is byte for byte what goes on the wire.
    ``custom_id`` is the request's exchange-cache key (``cache.exchange_key`` with the
    provider's endpoint), so it is stable, joins back to the article, and is the audit log's
    ``request_hash``. ``reask`` (the earlier rounds' answers, ``{custom_id: response body}``)
    gives the re-ask a live call would send after them.

``ingest_response(article, body, options, *, published=None, history=None, custom_id=None)``
    Runs the live code path again with the engine's answer (a chat-completion body) put on the
    wire: the same parsing, re-ask gate, code measures and local checks, and the same
    ``Summary``. When the gate rejects the answer and ``options.max_retries`` allows another
    attempt, a live call would re-ask inside itself; a batch cannot, so ``Reask`` is raised
    with the next round's request line (``Reask.request``) and the gate's problems. Pass the
    earlier rounds' answers as ``history`` when ingesting a re-ask's answer. With ``custom_id``
    the answer is checked to belong to the request built here (a changed prompt, model or
    option gives another key: ``InputError``).

When ``options.cache`` is on, ingesting writes every accepted answer to the exchange cache
under its key, exactly as a live call would (a later live ``summarize`` of the same article
with the same settings is answered from the cache). Neither function reads the cache or the
recorded fixtures: the answer given is the answer used.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import ConfigError, InputError

if TYPE_CHECKING:
    from ..api import Options
    from ..providers import Provider
    from ..schema import Summary

__all__ = [
    "BATCH_URL",
    "MAX_FILE_BYTES",
    "MAX_FILE_LINES",
    "Reask",
    "build_request",
    "ingest_response",
    "request_json",
]

#: the endpoint every line targets (the Batch API's ``url``; ``vllm run-batch`` reads it too)
BATCH_URL = "/v1/chat/completions"
#: the Batch API's limits on one input file: 50,000 requests, 200 MB
MAX_FILE_LINES = 50_000
MAX_FILE_BYTES = 200 * 1024 * 1024


def request_json(obj: Any) -> str:
    """JSON text as the openai client writes a request body (``openai._utils._json``:
    ``ensure_ascii=False``, compact separators); a line's body so written is byte for byte the
    body of the live request."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class Reask(Exception):
    """The answer failed the re-ask gate and ``max_retries`` allows another attempt: a live
    call would re-ask now. ``request`` is that re-ask as a Batch API line (its ``custom_id``
    is the new request's key), ``problems`` the gate's findings, ``attempt`` the number of the
    attempt the request is (2 = the first re-ask)."""

    def __init__(self, request: dict[str, Any], problems: list[str], attempt: int) -> None:
        super().__init__(request, problems, attempt)
        self.request = request
        self.problems = problems
        self.attempt = attempt

    def __str__(self) -> str:
        first = self.problems[0] if self.problems else "checks failed"
        return f"re-ask needed (attempt {self.attempt}): {first}"[:400]


class Held(BaseException):
    """The request the wire kept instead of sending. A ``BaseException``: it must pass the
    openai client, instructor and the engine untouched (each handles ``Exception``s), as a
    control-flow signal, like ``GeneratorExit``."""

    def __init__(self, key: str, body: dict[str, Any]) -> None:
        super().__init__(key)
        self.key = key
        self.body = body


class _Wire(httpx.BaseTransport):
    """The wire for one article: answers a request whose key has an answer, keeps (and
    stops at) the first request that has none. ``current`` answers the first unanswered
    request once (the answer being ingested)."""

    def __init__(
        self,
        provider: str,
        endpoint: str,
        answers: Mapping[str, dict[str, Any]],
        current: dict[str, Any] | None = None,
        current_id: str | None = None,
    ) -> None:
        self.provider = provider
        self.endpoint = endpoint
        self.answers = answers
        self.current = current
        self.current_id = current_id
        self.keys: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        from ..cache import exchange_key

        if request.method != "POST" or not request.url.path.endswith("/chat/completions"):
            return httpx.Response(404, json={"error": {"message": "batch: no such route"}}, request=request)
        body = json.loads(request.read() or b"{}")
        # the key as the exchange layer computes it: on the body before any wire rewrite
        pre = request.extensions.get("summarizer_pre_body", body)
        key = exchange_key(self.provider, pre, self.endpoint)
        self.keys.append(key)
        answer = self.answers.get(key)
        if answer is None and self.current is not None:
            if self.current_id is not None and self.current_id != key:
                raise InputError(
                    f"the answer's custom_id {self.current_id[:16]}… is not this article's request "
                    f"({key[:16]}…): the article, prompt, model or options differ from the export"
                )
            answer, self.current = self.current, None
        if answer is None:
            raise Held(key, body)
        return httpx.Response(200, json=answer, request=request)


class _PreBody(httpx.BaseTransport):
    """Keeps the body as the exchange layer saw it (before ``json_object_schema``'s rewrite),
    for the key."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.read() or b"{}")
        request.extensions = {**request.extensions, "summarizer_pre_body": body}
        return self.inner.handle_request(request)


def provider_for(options: Options) -> Provider:
    """The provider ``options`` name (made lazily: nothing is loaded or connected)."""
    from ..providers import ProviderError, make_provider

    if options.provider is not None:
        return options.provider
    try:
        return make_provider(options.settings, lazy=True)
    except ProviderError as exc:
        raise ConfigError(str(exc)) from None


def _scripted(real: Provider, wire: _Wire) -> Provider:
    from ..providers import Provider

    class Scripted(Provider):
        """The real provider's name, model, endpoint and request shape; the wire is ``wire``."""

        def __init__(self) -> None:
            self.name = real.name
            self.model = real.model
            self.base_url = real.base_url
            self.api_key = "batch"
            self.response_format = real.response_format
            self.timeout = real.timeout
            self.context_tokens = real.context_tokens

        def wire_transport(self) -> httpx.BaseTransport:
            return wire

        def async_wire_transport(self) -> httpx.AsyncBaseTransport:
            raise NotImplementedError("batch requests are built and ingested synchronously")

        def sync_transport(self) -> httpx.BaseTransport:
            # as Provider.sync_transport, without retries or deadline: nothing goes out
            from ..providers.http import RewriteTransport

            if self.response_format == "json_object_schema":
                return _PreBody(RewriteTransport(wire))
            return wire

        def endpoint_id(self) -> str:
            return real.endpoint_id()

        def count_tokens(self, text: str) -> int:
            return real.count_tokens(text)

    return Scripted()


def request_line(key: str, body: dict[str, Any]) -> dict[str, Any]:
    """One Batch API input line: the request ``body`` under its ``custom_id``."""
    return {"custom_id": key, "method": "POST", "url": BATCH_URL, "body": body}


def follow(
    article: str,
    options: Options,
    published: str | date | None,
    answers: Mapping[str, dict[str, Any]],
    *,
    current: dict[str, Any] | None = None,
    current_id: str | None = None,
    write_cache: bool = False,
    max_retries: int | None = None,
) -> tuple[Summary | Held, list[str]]:
    """``_run``, and the keys of the requests the call made, in order (``answers`` may be any
    mapping: a file index answers a whole chain of rounds in one call)."""
    from ..api import Engine

    real = provider_for(options)
    wire = _Wire(real.name, real.endpoint_id(), answers, current, current_id)
    o = replace(
        options,
        provider=_scripted(real, wire),
        # never answered from the cache or fixtures: the answers given are the answers used;
        # written to the cache (when asked) exactly as a live call writes its answers
        cache=options.cache and write_cache,
        refresh=True,
        offline=False,
        fixtures_dir=None,
        timeout=0,
        max_retries=options.max_retries if max_retries is None else max_retries,
    )
    engine = Engine(o)
    try:
        return engine.summarize(article, published=published), wire.keys
    except Held as held:
        return held, wire.keys
    finally:
        engine.close()


def build_request(
    article: str,
    options: Options,
    *,
    published: str | date | None = None,
    reask: Mapping[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The Batch API line a live call would send first for ``article`` (see the module
    docstring); with ``reask`` (earlier answers by custom_id), the request a live call would
    send after them. Raises ``InputError`` for an article the live call refuses (empty, too
    long...), ``ConfigError`` for bad settings, and ``ValueError`` when the given answers
    leave nothing to send (accepted, or no re-ask left)."""
    result = follow(article, options, published, dict(reask or {}))[0]
    if not isinstance(result, Held):
        raise ValueError("no request left to send: the answers given end the call")
    return request_line(result.key, result.body)


def ingest_response(
    article: str,
    body: dict[str, Any],
    options: Options,
    *,
    published: str | date | None = None,
    history: Mapping[str, dict[str, Any]] | None = None,
    custom_id: str | None = None,
) -> Summary:
    """The ``Summary`` a live call makes of ``body`` (a chat-completion response body: the
    Batch API's ``response.body``); see the module docstring. Raises ``Reask`` when a live call
    would re-ask now, ``ModelError`` for an answer that cannot be used (not JSON, not the
    schema), ``InputError`` for an answer that is not this article's (``custom_id``)."""
    if not isinstance(body, dict):
        raise InputError(f"a response body must be a JSON object, got {type(body).__name__}")
    answers = dict(history or {})
    result = follow(article, options, published, answers, current=body, current_id=custom_id, write_cache=True)[0]
    if isinstance(result, Held):
        problems = _problems(result.body)
        raise Reask(request_line(result.key, result.body), problems, attempt=len(answers) + 2)
    return result


def finish_after(
    article: str,
    options: Options,
    answers: Mapping[str, dict[str, Any]],
    *,
    published: str | date | None = None,
) -> Summary:
    """The ``Summary`` of a call that stops after ``answers`` (no re-ask left): what a live
    call with that many attempts reports, the failing checks as error findings. For an article
    whose re-ask was not answered (round not run, expired, failed)."""
    result = follow(article, options, published, answers, write_cache=True, max_retries=max(0, len(answers) - 1))[0]
    if isinstance(result, Held):  # cannot happen: the attempts are used up
        raise InputError("internal: a request after the last attempt")
    return result


def _problems(body: dict[str, Any]) -> list[str]:
    """The gate's findings as instructor put them into the re-ask (the last user message):
    ``[code] path: message`` lines."""
    import re

    for m in reversed(body.get("messages") or []):
        if isinstance(m, dict) and m.get("role") == "user":
            text = str(m.get("content") or "")
            found = re.findall(r"^\s*-?\s*(\[[\w-]+\] .+)$", text, flags=re.MULTILINE)
            return [f.strip()[:300] for f in found] or [" ".join(text.split())[:300]]
    return []
