"""Transport-level retries with tenacity.

Retried, bounded and jittered: timeouts, refused or dropped connections, HTTP 429 (honouring
``Retry-After`` up to ``max_wait``) and 5xx. Every other 4xx is returned at once: the openai
client turns it into a clear error. The openai client's own retries are switched off
(``max_retries=0``) so there is exactly one retry policy.
"""

from __future__ import annotations

import email.utils
import random
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

from . import RetryPolicy

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


class RetryableStatus(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


RETRYABLE_EXC = (
    httpx.TimeoutException,
    httpx.ConnectError,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
    RetryableStatus,
)


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
        if isinstance(exc, RetryableStatus):
            ra = retry_after_seconds(exc.response)
            if ra is not None:
                return min(ra, policy.max_wait)
        return backoff_seconds(policy, state.attempt_number)

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
                stop=stop_after_attempt(p.attempts) | stop_after_delay(p.total),
                wait=_wait(p),  # type: ignore[arg-type]
                retry=retry_if_exception_type(RETRYABLE_EXC),
                reraise=True,
            ):
                with attempt:
                    response = self.inner.handle_request(request)
                    if response.status_code in RETRY_STATUS:
                        response.read()
                        last = response
                        raise RetryableStatus(response)
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
                stop=stop_after_attempt(p.attempts) | stop_after_delay(p.total),
                wait=_wait(p),  # type: ignore[arg-type]
                retry=retry_if_exception_type(RETRYABLE_EXC),
                reraise=True,
            ):
                with attempt:
                    response = await self.inner.handle_async_request(request)
                    if response.status_code in RETRY_STATUS:
                        await response.aread()
                        last = response
                        raise RetryableStatus(response)
                    return response
        except RetryableStatus:
            assert last is not None
            return last
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        await self.inner.aclose()
