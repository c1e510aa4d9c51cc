"""Transport-level retries with tenacity.

Retried, bounded and jittered: timeouts, refused or dropped connections, HTTP 429 (honouring
``Retry-After`` up to ``max_wait``) and 5xx. Every other 4xx is returned at once: the openai
client turns it into a clear error. The openai client's own retries are switched off
(``max_retries=0``) so there is exactly one retry policy.
"""

from __future__ import annotations

import email.utils
import time

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
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


def _wait(policy: RetryPolicy) -> object:
    backoff = wait_exponential_jitter(initial=policy.initial, max=policy.max_wait, jitter=policy.jitter)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RetryableStatus):
            ra = retry_after_seconds(exc.response)
            if ra is not None:
                return min(ra, policy.max_wait)
        return float(backoff(state))

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
