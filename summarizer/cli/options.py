"""The options of `summarize`, `batch` and `eval`, declared once as ``Annotated`` aliases.

First the options that mean the same in every command (where the model runs and how it is
asked; closed sets are choices, case-insensitive), then those two commands share, then each
command's own. A command's signature names its options with these aliases; its help text is
written here, once.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..runner import TIMEOUT_HELP

if TYPE_CHECKING:
    from ..providers import ProviderSettings


class ProviderName(StrEnum):
    # the same names as summarizer.providers.PROVIDERS (a test keeps them equal)
    openai = "openai"
    openai_compatible = "openai-compatible"
    local = "local"


class ResponseFormat(StrEnum):
    # summarizer.providers.RESPONSE_FORMATS
    json_schema = "json_schema"
    json_object_schema = "json_object_schema"


PROVIDER_HELP = "Where the model runs (default: config, then OPENAI_BASE_URL/OPENAI_API_KEY, else local)."

Provider = Annotated[
    ProviderName | None,
    typer.Option(case_sensitive=False, metavar="[openai|openai-compatible|local]", help=PROVIDER_HELP),
]
Model = Annotated[str | None, typer.Option(metavar="NAME", help="Model id (or local model name).")]
BaseUrl = Annotated[
    str | None, typer.Option(metavar="URL", help="OpenAI-compatible server URL, e.g. http://localhost:8000/v1.")
]
ModelPath = Annotated[str | None, typer.Option(metavar="FILE", help="A GGUF file for the local provider.")]
ResponseFormatOpt = Annotated[
    ResponseFormat | None,
    typer.Option(
        case_sensitive=False,
        metavar="[json_schema|json_object_schema]",
        help="How the server is asked for JSON (json_object_schema: llama-cpp-python's server).",
    ),
]

class QuantityProfile(StrEnum):
    # summarizer.evidence.quantities: the named conventions for vague quantity words
    literal = "literal"
    acled = "acled"


QuantityProfileOpt = Annotated[
    QuantityProfile,
    typer.Option(
        case_sensitive=False,
        metavar="[literal|acled]",
        help="How vague words become numbers: literal ('dozens' = at least 24) or acled "
        "(ACLED's coding: dozens 12, tens 10, hundreds 100, several 3).",
    ),
]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the exchange cache.")]
Offline = Annotated[bool, typer.Option("--offline", help="Cache and fixtures only; a miss is an error.")]
NoHints = Annotated[bool, typer.Option("--no-hints", help="Do not offer candidate sentences to the model.")]

# --------------------------------------------------------------------------- batch and eval

PROGRESS_HELP = "Progress bar on stderr (only when stderr is a terminal)."
CONCURRENCY_HELP = "Articles in flight."

Progress = Annotated[bool, typer.Option("--progress/--no-progress", help=PROGRESS_HELP)]
Timeout = Annotated[float | None, typer.Option(min=0, help=TIMEOUT_HELP)]

# --------------------------------------------------------------------------- summarize

SummarizeOut = Annotated[
    str | None, typer.Option("--out", "-o", metavar="FILE", help="Write the output to FILE (- for stdout).")
]
Published = Annotated[
    str | None,
    typer.Option(metavar="YYYY-MM-DD", help="Publication date, to resolve 'Thursday' (default: the dateline)."),
]
SummarizeTimeout = Annotated[
    float | None,
    typer.Option(
        min=0,
        metavar="SECONDS",
        help="Give up on the article after this many seconds (exit 4; default 180 remote, 900 embedded; 0: no limit).",
    ),
]
SummarizeRetries = Annotated[int, typer.Option(min=0, max=10, metavar="N", help="Re-asks after failed checks (0-10).")]
SummarizeBudget = Annotated[
    int | None, typer.Option(min=1, metavar="TOKENS", help="Stop re-asking once this many tokens are used.")
]
SummarizeNoAudit = Annotated[bool, typer.Option("--no-audit", help="Do not record exchanges in the audit log.")]

# --------------------------------------------------------------------------- batch

BATCH_OUT_HELP = "Output JSONL, one line per article id (re-runs resume and replace failed lines); - for stdout."
WORKERS_HELP = (
    "Processes for --export, --ingest and --via (default: one per core); a live batch runs in one "
    "process and ignores it."
)

BatchInputs = Annotated[
    list[str],
    typer.Argument(help="Files, directories, globs, JSONL files ({id, text, published?} per line), URLs."),
]
BatchOut = Annotated[Path, typer.Option("--out", "-o", help=BATCH_OUT_HELP)]
BatchConcurrency = Annotated[int, typer.Option("--concurrency", "-j", min=1, max=256, help=CONCURRENCY_HELP)]
Workers = Annotated[int | None, typer.Option("--workers", min=1, max=64, help=WORKERS_HELP)]
AllowUrls = Annotated[bool, typer.Option("--allow-urls", help="Fetch http(s) inputs (timeout, 5 MB cap).")]
Resume = Annotated[bool, typer.Option("--resume/--no-resume", help="Skip ids already ok in the output.")]
BatchRetries = Annotated[int, typer.Option(min=0, max=10, help="Re-asks after failed checks.")]
BatchBudget = Annotated[int | None, typer.Option(help="Per article: stop re-asking once this many tokens are used.")]
BatchNoHints = Annotated[bool, typer.Option("--no-hints", help="Do not offer candidate sentences.")]
BatchNoAudit = Annotated[bool, typer.Option("--no-audit", help="Do not write the audit log.")]
# batch engines (summarizer/batchapi): the OpenAI Batch API, vllm run-batch, Ray Data
Export = Annotated[
    Path | None,
    typer.Option(
        metavar="FILE", help="Write Batch API requests (JSONL, split at 50,000 lines / 200 MB); no model call."
    ),
]
Ingest = Annotated[
    list[Path] | None,
    typer.Option(metavar="FILE", help="Batch API (or vllm run-batch) output file(s) to join by custom_id."),
]
ErrorFiles = Annotated[list[Path] | None, typer.Option(metavar="FILE", help="Batch API error file(s), with --ingest.")]
ExportReasks = Annotated[
    Path | None,
    typer.Option(metavar="FILE", help="With --ingest: the next round's requests (re-asks, failed requests)."),
]
Via = Annotated[
    str | None,
    typer.Option(metavar="[openai-batch]", help="Run through the OpenAI Batch API (resumable, --resume)."),
]
Poll = Annotated[
    float, typer.Option(min=0.01, metavar="SECONDS", help="With --via: first seconds between reads of a batch.")
]

# --------------------------------------------------------------------------- eval

EVAL_OUT_HELP = (
    "Report JSON (default eval_report.json, or eval_baseline_report.json with --baseline). "
    "Per-document predictions stream to <out>.predictions.jsonl; re-running continues from it."
)

Dataset = Annotated[Path, typer.Argument(metavar="DATASET.jsonl", help="Gold file (shared/eval format).")]
EvalOut = Annotated[Path | None, typer.Option("--out", "-o", help=EVAL_OUT_HELP)]
EvalConcurrency = Annotated[int, typer.Option("--concurrency", "-j", min=1, max=64, help=CONCURRENCY_HELP)]
Limit = Annotated[int | None, typer.Option(min=0, help="Only the first N (selected) documents.")]
Ids = Annotated[list[str] | None, typer.Option("--ids", help="Only these document ids (comma-separated, repeatable).")]
Baseline = Annotated[
    bool, typer.Option("--baseline", help="Score a plain instructor call (no hints, checks or grounding).")
]
EvalRetries = Annotated[
    int | None,
    typer.Option(min=0, max=10, help="Re-asks per document (default 2; the baseline re-asks once on schema errors)."),
]
EvalOffline = Annotated[bool, typer.Option("--offline", help="Cache and fixtures only; a miss fails that document.")]


def value(choice: StrEnum | None) -> str | None:
    """The plain string of a choice (None stays None)."""
    return choice.value if choice is not None else None


def settings(
    provider: ProviderName | None,
    model: str | None,
    base_url: str | None,
    model_path: str | None,
    response_format: ResponseFormat | None,
) -> ProviderSettings:
    """The provider settings these options give (unset ones: environment, config, defaults)."""
    from ..providers import ProviderSettings

    return ProviderSettings(
        provider=value(provider),
        model=model,
        base_url=base_url,
        model_path=model_path,
        response_format=value(response_format),
    )
