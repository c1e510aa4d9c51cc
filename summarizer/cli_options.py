"""Options that mean the same in every command, defined once (`summarize`, `batch`, `eval`):
where the model runs and how it is asked. Closed sets are choices, case-insensitive."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


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


def value(choice: StrEnum | None) -> str | None:
    """The plain string of a choice (None stays None)."""
    return choice.value if choice is not None else None
