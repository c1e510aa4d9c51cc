"""Options that mean the same in every command, defined once (`summarize`, `batch`, `eval`):
where the model runs and how it is asked. Closed sets are choices, case-insensitive."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from .providers import ProviderSettings


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


def settings(
    provider: ProviderName | None,
    model: str | None,
    base_url: str | None,
    model_path: str | None,
    response_format: ResponseFormat | None,
) -> ProviderSettings:
    """The provider settings these options give (unset ones: environment, config, defaults)."""
    from .providers import ProviderSettings

    return ProviderSettings(
        provider=value(provider),
        model=model,
        base_url=base_url,
        model_path=model_path,
        response_format=value(response_format),
    )
