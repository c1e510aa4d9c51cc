"""Speed-ups that touch another library, kept apart and explicit (issue 12).

* ``pass_response_format_through``: per client instance, summarizer's own openai client only
  (the request body is the same); always on.
* ``install_instructor_speedups``: process-wide, inside instructor; **opt-in** with
  ``enable_speedups()`` (the CLI opts in; a library user decides). Measured in
  ``bench/bench_batch.py`` (client CPU per request).
"""

from __future__ import annotations

import functools
from typing import Any

# A batch at concurrency 16 against a 200 ms server is bound by the client's CPU per request
# (bench/bench_batch.py). Two costs inside the libraries do the same work on every call for a
# response model and a JSON schema that never change here; both are cut without changing a
# byte of what is sent or how the answer is validated.


def pass_response_format_through(completions: Any, *, is_async: bool) -> None:
    """openai transforms every request parameter against its TypedDict types, walking the
    whole JSON schema in ``response_format`` key by key on each call (about a fifth of the
    client's CPU per request). ``response_format`` has no aliased or typed fields to transform,
    so it is passed as ``extra_body``, which openai merges into the JSON body unchanged: the
    body holds the same keys and values (the exchange-cache key sorts keys, so it is the same
    too)."""
    raw = completions.create

    def _move(kwargs: dict[str, Any]) -> dict[str, Any]:
        rf = kwargs.pop("response_format", None)
        if rf is not None:
            extra = dict(kwargs.get("extra_body") or {})
            extra.setdefault("response_format", rf)
            kwargs["extra_body"] = extra
        return kwargs

    if is_async:

        async def acreate(*args: Any, **kwargs: Any) -> Any:
            return await raw(*args, **_move(kwargs))

        completions.create = acreate
    else:

        def create(*args: Any, **kwargs: Any) -> Any:
            return raw(*args, **_move(kwargs))

        completions.create = create


_SPEEDUPS = False


def enable_speedups() -> None:
    """Opt in to the process-wide instructor speed-up below (the CLI does; a library user
    may). It is installed when the first client is made, so opting in imports nothing."""
    global _SPEEDUPS
    _SPEEDUPS = True


def speedups_enabled() -> bool:
    return _SPEEDUPS


@functools.cache
def install_instructor_speedups() -> None:
    """Opt-in (``enable_speedups``), process-wide.

    instructor checks, several times per request, that the response model declares no
    async validators, by walking the model's classes and every attribute of their MRO (about a
    quarter of the client's CPU per request). The answer depends on the class only, so a class
    that passed is remembered (a failure is not cached: it raises as before). Installed once;
    a version of instructor without these functions is left alone."""
    try:
        from instructor.v2.core import patch as _patch
        from instructor.v2.validation import async_validators as _av
    except ImportError:
        return
    original = getattr(_av, "reject_async_validators", None)
    if original is None or getattr(original, "_summarizer_memo", False):
        return
    passed: set[Any] = set()

    def reject_async_validators(response_model: Any) -> None:
        try:
            if response_model in passed:
                return
        except TypeError:  # unhashable typing construct: check it every time
            original(response_model)
            return
        original(response_model)
        passed.add(response_model)

    reject_async_validators._summarizer_memo = True  # type: ignore[attr-defined]
    _av.reject_async_validators = reject_async_validators
    if getattr(_patch, "reject_async_validators", None) is original:
        setattr(_patch, "reject_async_validators", reject_async_validators)  # noqa: B010 (not exported)
