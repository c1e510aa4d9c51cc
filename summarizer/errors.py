"""Every failure a user can cause or meet, as one exception class with a one-line message and
the CLI's exit code. This module is the one owner of the exit codes (README, "Exit codes").

The library raises these (``SummarizerError`` and subclasses); the CLI prints
``summarizer: error: <message>`` on stderr and exits with ``exc.exit_code``. No other
exception type is meant to escape a public call.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_MODEL = 1  # the model call failed: server down or refusing, offline miss
EXIT_INPUT = 2  # bad input, usage or settings: missing/empty/binary file, bad date or option
EXIT_FINDINGS = 3  # the summary was written, but error findings remain in ``checks``
EXIT_TIMEOUT = 4  # the per-article time limit (--timeout) ran out
EXIT_OUTPUT = 5  # the output could not be written where asked (the summary is saved elsewhere)
EXIT_RUNTIME = 6  # the embedded model is not installed or cannot run on this machine
EXIT_INTERRUPTED = 130

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "ok",
    EXIT_MODEL: "the model call failed (server down or refusing, offline miss)",
    EXIT_INPUT: "bad input, usage or settings (file missing, empty, binary, too large; bad option or config)",
    EXIT_FINDINGS: "summary written, but error findings remain (checks[].severity == 'error'; "
    "model-answer-unfit: the model's answer never fitted the schema, the summary is code's alone)",
    EXIT_TIMEOUT: "the time limit for an article (--timeout) ran out",
    EXIT_OUTPUT: "the output could not be written where asked; the message says where it was saved",
    EXIT_RUNTIME: "the embedded model is not installed or cannot run on this machine",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
}


def one_line(text: object, limit: int = 400) -> str:
    """Any message as one line of at most ``limit`` characters."""
    msg = " ".join(str(text).split())
    return msg[:limit]


class SummarizerError(Exception):
    """Base class: the message is one line, fit for a terminal."""

    exit_code: int = EXIT_INPUT

    def __init__(self, message: object = "") -> None:
        super().__init__(one_line(message) or type(self).__name__)


class InputError(SummarizerError):
    """The article or an argument cannot be used (missing, empty, binary, too large, wrong type)."""

    exit_code = EXIT_INPUT


class ConfigError(SummarizerError):
    """Bad provider settings or config file."""

    exit_code = EXIT_INPUT


class ModelError(SummarizerError):
    """The model call failed or its output could not be parsed at all."""

    exit_code = EXIT_MODEL


class ModelTimeout(ModelError):
    """The per-article time limit ran out (a hung or slow-dripping server, a slow machine)."""

    exit_code = EXIT_TIMEOUT


class RuntimeUnavailable(SummarizerError):
    """The embedded model cannot be used here: llama-cpp-python or the weights are not
    installed, or the native runtime fails its self-test on this CPU."""

    exit_code = EXIT_RUNTIME


class OutputError(SummarizerError):
    """The output could not be written where asked."""

    exit_code = EXIT_OUTPUT


__all__ = [
    "EXIT_CODES",
    "ConfigError",
    "InputError",
    "ModelError",
    "ModelTimeout",
    "OutputError",
    "RuntimeUnavailable",
    "SummarizerError",
    "one_line",
]
