"""Former home of the re-ask gate and the assembler, kept importable for one release.

The gate is ``summarizer.gate`` (``Problem``, ``RunState``, ``CURRENT_RUN``,
``CheckedExtraction``, ``validate_extraction``); the assembler is ``summarizer.assemble``
(``build_summary``); the text measurements are in ``summarizer.evidence`` (``align``,
``figures``, ``names``, ``timeline``).
"""

from __future__ import annotations

from .assemble import CODE_PARTIES_MAX, LOCATIONS_MAX, PARTY_SOURCE_KINDS, build_summary
from .evidence.figures import locate_figure
from .evidence.names import clean_place, complete_name, display_name
from .evidence.timeline import build_timeline
from .gate import CURRENT_RUN, CheckedExtraction, CheckedFreeExtraction, Problem, RunState, validate_extraction

__all__ = [
    "CODE_PARTIES_MAX",
    "CURRENT_RUN",
    "LOCATIONS_MAX",
    "PARTY_SOURCE_KINDS",
    "CheckedExtraction",
    "CheckedFreeExtraction",
    "Problem",
    "RunState",
    "build_summary",
    "build_timeline",
    "clean_place",
    "complete_name",
    "display_name",
    "locate_figure",
    "validate_extraction",
]
