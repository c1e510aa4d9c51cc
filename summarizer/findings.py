"""The registry of finding codes: every code a summary's ``checks`` can carry, with its
severity and meaning, in one place.

``severity`` is ``error`` (the output, or the model's answer, states something the article
does not support) or ``warning`` (worth an editor's look). A code keeps its name in the
output; where one code has two severities, the situation decides and each situation is its
own entry here (``MODEL_ITEM_DROPPED`` and ``MODEL_FIGURE_DROPPED`` are both
``model-item-dropped``).

Who raises what: the re-ask gate (``gate``) names problems in the model's answer with the
``GATE_*`` codes (sent back to the model; still failing after the last attempt, each becomes
an error finding with the same code); the assembler (``assemble``) the ``model-*``,
``quote-repaired``, ``figure-from-code``, ``attribution-unsupported``,
``injection-suspected`` and ``summary-number-unsupported`` findings; the local checks
(``checks.run_checks``, also ``summarizer check`` on a saved summary) the ``CHECK_CODES``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .schema import Finding, Severity


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    meaning: str

    def __call__(self, path: str, message: str) -> Finding:
        """The finding of this code at ``path``."""
        return Finding(code=self.code, severity=self.severity, path=path, message=message)


def err(code: str, path: str, message: str) -> Finding:
    return Finding(code=code, severity="error", path=path, message=message)


def warn(code: str, path: str, message: str) -> Finding:
    return Finding(code=code, severity="warning", path=path, message=message)


# --------------------------------------------------------------------------- the re-ask gate
# problems in the model's answer, sent back to the model (and errors if they remain)
GATE_SUMMARY_NUMBER = Code(
    "summary-number-unsupported", "error", "the model's summary states a number the article does not"
)
GATE_QUOTE_NOT_FOUND = Code("quote-not-found", "error", "a casualty quote is not in the article")
GATE_INJECTION = Code("injection-suspected", "error", "a casualty quote comes from an instruction inside the article")
GATE_PHRASE_NOT_IN_QUOTE = Code("casualty-phrase-not-in-quote", "error", "the number words are not in the quote")
GATE_NUMBER_UNSUPPORTED = Code("casualty-number-unsupported", "error", "no quantity can be read from the words")
GATE_REPORTED_BY_UNKNOWN = Code(
    "reported-by-unknown", "error", "reported_by is neither a listed source nor named in the article"
)
TOKEN_BUDGET_REACHED = Code("token-budget-reached", "warning", "re-asks stopped at the token budget")
MODEL_ANSWER_UNFIT = Code(
    "model-answer-unfit",
    "error",
    "the model's answer never fitted the schema: the summary is the deterministic layer's alone (figures, "
    "sources, parties and dates found by code; no model summary)",
)

# --------------------------------------------------------------------------- the assembler
MODEL_ITEM_DROPPED = Code(
    "model-item-dropped",
    "warning",
    "a name, place or figure id from the model that the article does not support was left out "
    "(not worth a re-ask)",
)
MODEL_FIGURE_DROPPED = Code(
    "model-item-dropped",
    "error",
    "a casualty figure from the model was left out: its quote is nowhere, or no quantity can be read from it",
)
QUOTE_REPAIRED = Code(
    "quote-repaired",
    "warning",
    "a near-verbatim quote was replaced by the article's own words at the best-matching span",
)
FIGURE_INJECTION = Code(
    "injection-suspected", "error", "a figure from an instruction-like sentence was left out (never output)"
)
FIGURE_FROM_CODE = Code(
    "figure-from-code", "warning", "a figure the code found and the model did not report was added; check it"
)
ATTRIBUTION_UNSUPPORTED = Code(
    "attribution-unsupported", "warning", "the figure's sentence does not name the model's source; left empty"
)
SUMMARY_NUMBER_UNSUPPORTED = Code(
    "summary-number-unsupported", "error", "the summary states a number the article does not"
)

# --------------------------------------------------------------------------- the local checks
QUOTE_NOT_FOUND = Code("quote-not-found", "error", "an evidence quote is not in the article")
OFFSET_MISMATCH = Code(
    "offset-mismatch", "error", "given offsets do not slice the article to the quote (``check`` recomputes them)"
)
CASUALTY_NO_EVIDENCE = Code("casualty-no-evidence", "error", "a casualty figure has no evidence quote")
CASUALTY_PHRASE_NOT_IN_QUOTE = Code(
    "casualty-phrase-not-in-quote", "error", "the quantity phrase is not inside the quote"
)
CASUALTY_NUMBER_UNSUPPORTED = Code(
    "casualty-number-unsupported",
    "error",
    "low/best/high differ from what code derives from the quoted words (numbers are always derived by code in "
    "the pipeline; in ``check`` a differing number is an error, never silently replaced)",
)
CASUALTY_RANGE_INVALID = Code("casualty-range-invalid", "error", "not 0 <= low <= best <= high")
CASUALTY_UNATTRIBUTED = Code("casualty-unattributed", "warning", "no source is named for a figure")
STATUS_HEDGED_CONFIRMED = Code(
    "status-hedged-confirmed", "error", "the figure's sentence hedges but status is confirmed"
)
REPORTED_BY_UNKNOWN = Code("reported-by-unknown", "error", "reported_by names no listed source")
NAME_NOT_IN_ARTICLE = Code(
    "name-not-in-article", "error", "a party, source or location name (and every alias) is absent from the article"
)
DATE_INVALID = Code("date-invalid", "error", "a timeline date is not YYYY-MM-DD")
DATE_AFTER_PUBLICATION = Code("date-after-publication", "error", "a timeline date is after the publication date")
SUMMARY_TOO_LONG = Code("summary-too-long", "warning", "the summary exceeds 120 words")

CHECKS: tuple[Code, ...] = (
    QUOTE_NOT_FOUND,
    QUOTE_REPAIRED,
    OFFSET_MISMATCH,
    CASUALTY_NO_EVIDENCE,
    CASUALTY_PHRASE_NOT_IN_QUOTE,
    CASUALTY_NUMBER_UNSUPPORTED,
    CASUALTY_RANGE_INVALID,
    CASUALTY_UNATTRIBUTED,
    STATUS_HEDGED_CONFIRMED,
    REPORTED_BY_UNKNOWN,
    NAME_NOT_IN_ARTICLE,
    DATE_INVALID,
    DATE_AFTER_PUBLICATION,
    SUMMARY_TOO_LONG,
)
#: the codes ``checks.run_checks`` owns: ``check`` replaces these findings on a saved summary
CHECK_CODES = frozenset(c.code for c in CHECKS)

REGISTRY: tuple[Code, ...] = (
    GATE_SUMMARY_NUMBER,
    GATE_QUOTE_NOT_FOUND,
    GATE_INJECTION,
    GATE_PHRASE_NOT_IN_QUOTE,
    GATE_NUMBER_UNSUPPORTED,
    GATE_REPORTED_BY_UNKNOWN,
    TOKEN_BUDGET_REACHED,
    MODEL_ANSWER_UNFIT,
    MODEL_ITEM_DROPPED,
    MODEL_FIGURE_DROPPED,
    FIGURE_INJECTION,
    FIGURE_FROM_CODE,
    ATTRIBUTION_UNSUPPORTED,
    SUMMARY_NUMBER_UNSUPPORTED,
    *CHECKS,
)

__all__ = ["CHECKS", "CHECK_CODES", "REGISTRY", "Code", "err", "warn"]
