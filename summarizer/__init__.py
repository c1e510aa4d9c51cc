"""summarizer: checked, structured summaries of conflict and crisis news.

>>> from summarizer import summarize, check, Summary
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "InputError",
    "ModelError",
    "SummarizerError",
    "Summary",
    "__version__",
    "asummarize",
    "check",
    "load_article",
    "summarize",
]

if TYPE_CHECKING:
    from .api import InputError, ModelError, SummarizerError, asummarize, check, load_article, summarize
    from .schema import Summary


def __getattr__(name: str) -> Any:
    # Lazy: `summarizer --help` must not import openai/instructor.
    if name == "Summary":
        from .schema import Summary

        return Summary
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
