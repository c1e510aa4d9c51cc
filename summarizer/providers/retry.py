"""Transport-level retries with tenacity.

Retried, bounded and jittered: timeouts, refused or dropped connections, bodies cut short
(the body is read inside the attempt, so a truncated answer is retried like a dropped
connection), a 200 whose body is not JSON, HTTP 429 (honouring ``Retry-After`` up to
``max_retry_after``) and 5xx. Every other 4xx is returned at once: the openai client turns it into a
clear error. The openai client's own retries are switched off (``max_retries=0``) so there is
exactly one retry policy.

The budget (``RetryPolicy``: 10 attempts, back-off capped at 8 s) is sized so that a server
failing 40 % of requests at random still answers all but about one request in ten thousand;
the per-article deadline (``deadline.py``) bounds the whole, and no retry starts or sleeps
past it.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import json
import random
import threading
import time

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
)
from tenacity.stop import stop_base

from . import RetryPolicy, deadline

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class RetryableStatus(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


class MalformedBody(Exception):
    """A 200 answer whose body is not JSON (a proxy's error page, a body mangled in transit)."""


RETRYABLE_EXC = (
    httpx.TimeoutException,
    httpx.ConnectError,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
    RetryableStatus,
    MalformedBody,
)


class _DeadlinePassed(stop_base):
    """Stop retrying once the per-article deadline has passed."""

    def __call__(self, retry_state: RetryCallState) -> bool:
        left = deadline.remaining()
        return left is not None and left <= 0


_deadline_passed = _DeadlinePassed()


def _json_ok(response: httpx.Response) -> bool:
    if response.status_code != 200 or "json" not in response.headers.get("content-type", "json"):
        return True
    try:
        json.loads(response.content)
    except ValueError:
        return False
    return True


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_seconds(policy: RetryPolicy, attempt: int) -> float:
    """Exponential backoff with additive jitter before retry ``attempt`` + 1: ``initial *
    2**(attempt - 1) + uniform(0, jitter)``, at most ``max_wait`` (tenacity's
    ``wait_exponential_jitter``, written out: its ``initial`` argument is deprecated in newer
    tenacity releases and its replacement does not exist in older ones)."""
    try:
        result = float(policy.initial * 2 ** (attempt - 1)) + random.uniform(0, policy.jitter)
    except OverflowError:
        result = policy.max_wait
    return max(0.0, min(result, policy.max_wait))


def _wait(policy: RetryPolicy) -> object:
    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        wait = backoff_seconds(policy, state.attempt_number)
        if isinstance(exc, RetryableStatus):
            ra = retry_after_seconds(exc.response)
            if ra is not None:
                wait = min(ra, policy.max_retry_after)
        left = deadline.remaining()
        return wait if left is None else max(0.0, min(wait, left))

    return wait


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        p = self.policy
        last: httpx.Response | None = None
        try:
            for attempt in Retrying(
                stop=stop_after_attempt(p.attempts) | stop_after_delay(p.total) | _deadline_passed,
                wait=_wait(p),  # type: ignore[arg-type]
                retry=retry_if_exception_type(RETRYABLE_EXC),
                reraise=True,
            ):
                with attempt:
                    response = self.inner.handle_request(request)
                    response.read()  # a body cut short raises here, inside the attempt
                    if response.status_code in RETRY_STATUS:
                        last = response
                        raise RetryableStatus(response)
                    if not _json_ok(response):
                        raise MalformedBody(f"HTTP {response.status_code} with a body that is not JSON")
                    return response
        except RetryableStatus:
            assert last is not None
            return last
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        p = self.policy
        last: httpx.Response | None = None
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(p.attempts) | stop_after_delay(p.total) | _deadline_passed,
                wait=_wait(p),  # type: ignore[arg-type]
                retry=retry_if_exception_type(RETRYABLE_EXC),
                reraise=True,
            ):
                with attempt:
                    response = await self.inner.handle_async_request(request)
                    await response.aread()  # a body cut short raises here, inside the attempt
                    if response.status_code in RETRY_STATUS:
                        last = response
                        raise RetryableStatus(response)
                    if not _json_ok(response):
                        raise MalformedBody(f"HTTP {response.status_code} with a body that is not JSON")
                    return response
        except RetryableStatus:
            assert last is not None
            return last
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()


# --------------------------------------------------------------------------- the deadline


class DeadlineTransport(httpx.BaseTransport):
    """Returns a fully read response, or raises ``ModelTimeout`` when the deadline passes."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def _call(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        d = deadline.CURRENT.get()
        if d is None:
            return self._call(request)
        if d.left() <= 0:
            raise d.expired_error()
        box: dict[str, object] = {}
        ctx = contextvars.copy_context()

        def work() -> None:
            try:
                box["response"] = ctx.run(self._call, request)
            except BaseException as exc:  # handed to the caller below
                box["error"] = exc

        worker = threading.Thread(target=work, name="summarizer-request", daemon=True)
        worker.start()
        worker.join(max(0.0, d.left()))
        if worker.is_alive():  # left behind: a daemon thread, its socket closed at exit
            raise d.expired_error()
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        response = box["response"]
        assert isinstance(response, httpx.Response)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def _call(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        d = deadline.CURRENT.get()
        if d is None:
            return await self._call(request)
        if d.left() <= 0:
            raise d.expired_error()
        try:
            async with asyncio.timeout(d.left()):
                return await self._call(request)
        except TimeoutError:
            raise d.expired_error() from None

    async def aclose(self) -> None:
        await self.inner.aclose()
