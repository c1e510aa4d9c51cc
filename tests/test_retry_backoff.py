"""The transport's backoff: tenacity's exponential-with-jitter formula, without the
``initial`` argument newer tenacity releases deprecate."""

from __future__ import annotations

import random
import warnings

from summarizer.providers import RetryPolicy
from summarizer.providers.retry import backoff_seconds


def test_backoff_grows_jitters_and_is_capped() -> None:
    p = RetryPolicy(initial=0.5, max_wait=3.0, jitter=0.25)
    for attempt in range(1, 6):
        for _ in range(50):
            base = 0.5 * 2 ** (attempt - 1)
            assert min(base, 3.0) <= backoff_seconds(p, attempt) <= min(base + 0.25, 3.0)
    assert backoff_seconds(p, 5000) == 3.0  # no overflow


def test_same_waits_as_tenacity_and_no_deprecation_warning() -> None:
    from types import SimpleNamespace

    from tenacity import wait_exponential_jitter

    p = RetryPolicy(initial=0.05, max_wait=0.5, jitter=0.02)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # only the reference may warn
        ref = wait_exponential_jitter(initial=p.initial, max=p.max_wait, jitter=p.jitter)
    for attempt in range(1, 10):
        state = SimpleNamespace(attempt_number=attempt)
        random.seed(attempt)
        expected = ref(state)  # type: ignore[arg-type]
        random.seed(attempt)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert backoff_seconds(p, attempt) == expected
