"""summarizer: checked, structured summaries of conflict and crisis news.

>>> from summarizer import summarize, check, Summary, Casualty, SummarizerError
>>> s = summarize(text, published="2025-03-07")          # doctest: +SKIP
>>> [(c.outcome, c.low, c.high, c.reported_by) for c in s.casualties]  # doctest: +SKIP

Every failure raises a ``SummarizerError`` subclass (``InputError``, ``ConfigError``,
``ModelError``, ``ModelTimeout``, ``RuntimeUnavailable``, ``OutputError``) whose
``exit_code`` is the CLI's; findings never raise: they are in ``Summary.checks``.

The heavy parts (the pipeline, pydantic models, openai, instructor) are imported on first
use, so ``import summarizer`` and ``summarizer --help`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    ConfigError,
    InputError,
    ModelError,
    ModelTimeout,
    OutputError,
    RuntimeUnavailable,
    SummarizerError,
)

__version__ = "0.1.0"

_API = ("asummarize", "check", "load_article", "summarize")
_SCHEMA = (
    "Casualty",
    "CasualtyTotal",
    "Evidence",
    "Finding",
    "Location",
    "Party",
    "Provenance",
    "Source",
    "Summary",
    "TimelineEntry",
    "Usage",
)

__all__ = [
    "Casualty",
    "CasualtyTotal",
    "ConfigError",
    "Evidence",
    "Finding",
    "InputError",
    "Location",
    "ModelError",
    "ModelTimeout",
    "OutputError",
    "Party",
    "Provenance",
    "RuntimeUnavailable",
    "Source",
    "SummarizerError",
    "Summary",
    "TimelineEntry",
    "Usage",
    "__version__",
    "asummarize",
    "check",
    "load_article",
    "summarize",
]

if TYPE_CHECKING:
    from .api import asummarize, check, load_article, summarize
    from .schema import (
        Casualty,
        CasualtyTotal,
        Evidence,
        Finding,
        Location,
        Party,
        Provenance,
        Source,
        Summary,
        TimelineEntry,
        Usage,
    )


def __getattr__(name: str) -> Any:
    # Lazy: `summarizer --help` must not import pydantic models, openai or instructor.
    if name in _SCHEMA:
        from . import schema

        return getattr(schema, name)
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
