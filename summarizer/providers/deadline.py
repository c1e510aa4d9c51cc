"""The per-article time limit (``--timeout``, ``Options.timeout``).

One deadline covers everything the model side does for one article: every attempt and re-ask,
every transport retry and its back-off, and reading each answer to its last byte. It is kept in
a context variable set by the engine around one article (each asyncio task of a batch has its
own; importing this module imports no HTTP stack), and enforced by ``DeadlineTransport``
(``retry.py``) at the top of the wire stack:

* sync: the request (with its retries and the body read) runs in a daemon thread and the
  caller waits at most the time left. A server that hangs, or drips one byte every few
  seconds so that no per-read timeout ever fires, is cut off at the deadline;
* async: ``asyncio.timeout`` around the same work, which cancels it;
* the retry layer stops retrying, and never sleeps, past the deadline;
* the embedded model checks the deadline between generated tokens and stops.

Expiry raises :class:`summarizer.errors.ModelTimeout` (exit code 4), naming the limit.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import ModelTimeout


@dataclass(frozen=True)
class Deadline:
    at: float  # time.monotonic() value
    limit: float  # the limit in seconds, for messages

    def left(self) -> float:
        return self.at - time.monotonic()

    def expired_error(self) -> ModelTimeout:
        return ModelTimeout(f"timed out: no complete answer from the model within the time limit of {self.limit:g} s")


CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("summarizer_deadline", default=None)


def current() -> Deadline | None:
    return CURRENT.get()


def remaining() -> float | None:
    d = CURRENT.get()
    return None if d is None else d.left()


@contextmanager
def limit(seconds: float | None) -> Iterator[Deadline | None]:
    """Run the body under a deadline ``seconds`` from now (no deadline for None)."""
    if seconds is None:
        yield None
        return
    d = Deadline(time.monotonic() + float(seconds), float(seconds))
    token = CURRENT.set(d)
    try:
        yield d
    finally:
        CURRENT.reset(token)


def check() -> None:
    """Raise ``ModelTimeout`` if the current deadline has passed."""
    d = CURRENT.get()
    if d is not None and d.left() <= 0:
        raise d.expired_error()
