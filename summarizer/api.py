"""Public library calls: ``summarize``, ``asummarize``, ``check``, ``load_article``.

``summarize(text)`` runs the whole pipeline: candidate hints → model (instructor over the
openai client, re-asks on failed checks) → code measures → local checks. Failures raise a
subclass of ``SummarizerError`` with a one-line message; findings that remain after the last
re-ask do not raise: they are in ``Summary.checks``.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from .cache import RUN_HEADER, ExchangeEvent, ExchangeStore, OfflineMiss
from .errors import (
    ConfigError,
    InputError,
    ModelError,
    ModelTimeout,
    OutputError,
    RuntimeUnavailable,
    SummarizerError,
)
from .findings import MODEL_ANSWER_UNFIT
from .prompts import build_messages, prompt_version
from .providers import Provider, ProviderError, ProviderSettings, deadline, make_provider
from .schema import Extraction, Finding, FreeExtraction, Provenance, Summary, Usage, empty_extraction
from .speedups import install_instructor_speedups, pass_response_format_through, speedups_enabled

if TYPE_CHECKING:
    from .evidence import Candidate
    from .gate import Problem, RunState
    from .transport import ExchangeLogic

__all__ = [
    "ConfigError",
    "Engine",
    "InputError",
    "ModelError",
    "ModelTimeout",
    "Options",
    "OutputError",
    "RuntimeUnavailable",
    "SummarizeOptions",
    "SummarizerError",
    "asummarize",
    "check",
    "load_article",
    "summarize",
]

# assemble, gate, checks and evidence are imported where used: a summary-cache hit needs none of them.

_LOG = logging.getLogger("summarizer")

DEFAULT_MAX_TOKENS = 1200
#: Default per-article time limits (seconds): a remote server answers in seconds, so three
#: minutes is a hang; the embedded model on 2 cores needs 30-90 s an attempt, up to 3 attempts.
DEFAULT_TIMEOUT = {"openai": 180.0, "openai-compatible": 180.0, "local": 900.0}


def default_cache_dir() -> Path:
    env = os.environ.get("SUMMARIZER_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "exchanges"


def default_fixtures_dir() -> Path | None:
    env = os.environ.get("SUMMARIZER_FIXTURES_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent.parent / "fixtures" / "exchanges"
    return here if here.is_dir() else None


def validate_text(text: object, name: str = "") -> str:
    """The article as given to the library: text, not empty, not binary, within the size
    limit (``summarizer.inputs``); else ``InputError``."""
    from .inputs import check_text

    return check_text(text, name)


def load_article(path: str | Path) -> str:
    """Read an article file (UTF-8 text; UTF-16 with a byte-order mark; HTML through
    trafilatura), with one-line ``InputError``s for bad input."""
    from .inputs import read_article

    if not isinstance(path, str | Path):
        raise InputError(f"load_article needs a path (str or Path), got {type(path).__name__}")
    return read_article(path)


def decode_article(data: bytes, name: str = "article") -> str:
    """Article bytes (stdin) as text, by the same rules as a file."""
    from .inputs import decode_text

    try:
        return decode_text(data)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None


@dataclass
class Options:
    """Everything that shapes one summarisation besides the article."""

    settings: ProviderSettings = field(default_factory=ProviderSettings)
    max_retries: int = 2
    cache: bool = True
    offline: bool = False
    cache_dir: Path | None = None
    fixtures_dir: Path | None = None
    hints: bool = True
    token_budget: int | None = None
    max_tokens: int = DEFAULT_MAX_TOKENS
    temperature: float = 0.0
    seed: int = 7
    listeners: list[Callable[[ExchangeEvent], None]] = field(default_factory=list)
    record_note: str = ""
    #: a ready provider instance (test doubles, embedding applications); overrides settings
    provider: Provider | None = None
    #: write exchanges to the cache but never answer from it (re-recording fixtures)
    refresh: bool = False
    #: add figures the deterministic layer found and the model did not (``figure-from-code``)
    fill_from_candidates: bool = True
    #: total seconds for one article's model work (attempts, re-asks, retries, reading); None:
    #: the provider's default (``DEFAULT_TIMEOUT``); 0: no limit. Expiry raises ``ModelTimeout``.
    timeout: float | None = None
    #: how vague words become numbers: "literal" ("dozens" -> at least 24) or "acled" (ACLED's
    #: coding: dozens 12, tens 10, hundreds 100, several 3); recorded in provenance
    quantity_profile: Literal["literal", "acled"] = "literal"


class Engine:
    """A provider with its clients and stores, reused across many articles (batch, eval)."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = o = options or Options()
        settings = o.settings
        try:
            self.provider: Provider = o.provider or make_provider(settings, lazy=o.offline)
        except ProviderError as exc:
            raise ConfigError(str(exc)) from None
        stores: list[tuple[str, ExchangeStore]] = []
        self.write_store: ExchangeStore | None = None
        if o.cache:
            self.write_store = ExchangeStore(o.cache_dir or default_cache_dir())
            if not o.refresh:
                stores.append(("cache", self.write_store))
        # recorded fixtures answer only in offline replay (or when a fixtures dir is given): a
        # normal run asks the model, or the user's own cache
        fixtures = o.fixtures_dir if o.fixtures_dir is not None else (default_fixtures_dir() if o.offline else None)
        if fixtures is not None and not o.refresh and (self.write_store is None or fixtures != self.write_store.root):
            stores.append(("fixture", ExchangeStore(fixtures, writable=False)))
        self._stores = stores
        self.events: list[ExchangeEvent] = []
        self._sync_client: Any = None
        self._async_client: Any = None
        self._sync_exchange: Any = None
        self._async_exchange: Any = None

    # -- clients ---------------------------------------------------------------------------
    def _transport_kwargs(self) -> dict[str, Any]:
        o = self.options
        return {
            "stores": self._stores,
            "write_store": self.write_store,
            "offline": o.offline,
            "listeners": [*o.listeners],
            "note": o.record_note,
            "endpoint": self.provider.endpoint_id(),
            "origin": str(getattr(self.provider, "origin", "model")),
            "accept": _parsed_answer,
        }

    def _openai_kwargs(self) -> dict[str, Any]:
        p = self.provider
        return {"api_key": p.api_key or "none", "base_url": p.base_url, "max_retries": 0, "timeout": p.timeout}

    def sync_client(self) -> Any:
        if self._sync_client is None:
            import httpx
            import instructor
            import openai

            from .transport import ExchangeTransport

            inner = None if self.options.offline else self.provider.sync_transport()
            transport = ExchangeTransport(inner, self.provider.name, **self._transport_kwargs())
            self._sync_exchange = transport
            client = openai.OpenAI(http_client=httpx.Client(transport=transport), **self._openai_kwargs())
            pass_response_format_through(client.chat.completions, is_async=False)
            if speedups_enabled():
                install_instructor_speedups()
            self._sync_client = instructor.from_openai(client, mode=instructor.Mode.JSON_SCHEMA)
        return self._sync_client

    def async_client(self) -> Any:
        if self._async_client is None:
            import httpx
            import instructor
            import openai

            from .transport import AsyncExchangeTransport

            inner = None if self.options.offline else self.provider.async_transport()
            transport = AsyncExchangeTransport(inner, self.provider.name, **self._transport_kwargs())
            self._async_exchange = transport
            client = openai.AsyncOpenAI(http_client=httpx.AsyncClient(transport=transport), **self._openai_kwargs())
            pass_response_format_through(client.chat.completions, is_async=True)
            if speedups_enabled():
                install_instructor_speedups()
            self._async_client = instructor.from_openai(client, mode=instructor.Mode.JSON_SCHEMA)
        return self._async_client

    # -- one article -----------------------------------------------------------------------
    def time_limit(self) -> float | None:
        """The per-article limit in seconds (None: no limit)."""
        t = self.options.timeout
        if t is None:
            t = DEFAULT_TIMEOUT.get(self.provider.name, 180.0)
        return None if t <= 0 else float(t)

    def _prepare(
        self, text: str, published: str | date | None
    ) -> tuple[str, date | None, list[dict[str, str]], list[Candidate]]:
        article = validate_text(text)
        from .evidence import find_candidates, find_publication_date, hint_candidates

        pub = _parse_published(published) if published else find_publication_date(article)
        limit = self.provider.context_tokens
        if limit is not None:
            need = self.provider.count_tokens(article) + self.options.max_tokens + 600
            if need > limit:
                raise InputError(
                    f"article too long for the model: about {need} tokens needed with the prompt and answer, "
                    f"context is {limit}; use a model with a larger context or split the article"
                )
        hinted = hint_candidates(find_candidates(article)) if self.options.hints else []
        messages = build_messages(article, pub.isoformat() if pub else None, hinted)
        return article, pub, messages, hinted

    def _call_kwargs(self, run: _Run) -> dict[str, Any]:
        o = self.options
        return {
            "model": self.provider.model,
            # ids to pick when the prompt lists figures; room to name them when it lists none
            "response_model": _response_model(free=not run.state.hinted, listed=len(run.state.hinted)),
            "messages": run.messages,
            # ties each exchange to this run (headers are never part of a key or stored)
            "extra_headers": {RUN_HEADER: run.run_id},
            "max_retries": o.max_retries,  # instructor: re-asks after the first attempt
            "temperature": o.temperature,
            "max_tokens": o.max_tokens,
            "seed": o.seed,
        }

    def _finish(
        self,
        article: str,
        pub: date | None,
        state: RunState,
        extraction: Extraction | None,
        failure: Exception | None,
        events: list[ExchangeEvent],
        started: float,
    ) -> Summary:
        from .assemble import build_summary
        from .checks import err, run_checks, warn

        usage = Usage(
            prompt_tokens=sum(e.prompt_tokens for e in events),
            completion_tokens=sum(e.completion_tokens for e in events),
        )
        pipeline_findings: list[Finding] = []
        fill = self.options.fill_from_candidates
        if extraction is None and isinstance(failure, UnfitAnswer):
            # the fallback: the deterministic layer's summary (an empty answer, every figure,
            # source and party from code), reported as an error finding, never as a silent success
            extraction, fill = empty_extraction(), True
            state.last_problems = []
            pipeline_findings.append(
                err(MODEL_ANSWER_UNFIT.code, "model", f"{failure}; the summary is the deterministic layer's alone")
            )
        if extraction is None:
            raise ModelError(_one_line(failure) if failure else "the model gave no usable answer")
        if not state.budget_stopped:
            for p in state.last_problems:
                pipeline_findings.append(
                    err(p.code, f"model.{p.path}", f"still failing after {state.attempts} attempts: {p.message}")
                )
        if state.budget_stopped:
            pipeline_findings.append(
                warn(
                    "token-budget-reached",
                    "provenance.usage",
                    f"token budget {state.token_budget} reached after {state.attempts} attempts "
                    f"({state.used_tokens} tokens); re-asks stopped",
                )
            )
        summary, build_findings = build_summary(
            extraction,
            article,
            published=pub,
            fill_from_candidates=fill,
            hinted=state.hinted,
            quantity_profile=self.options.quantity_profile,
        )
        checked, findings = run_checks(
            summary,
            article,
            published=pub,
            strict_offsets=True,
            in_place=True,
            quantity_profile=self.options.quantity_profile,
        )
        checked.checks = _dedupe(pipeline_findings + build_findings + findings)
        answers_from = _answers_from(events)
        if answers_from == "hand-written":  # no model wrote them: no tokens to report
            usage = Usage()
        checked.provenance = Provenance(
            provider=self.provider.name,
            model=self.provider.model,
            prompt_version=prompt_version(),
            attempts=len(events),
            usage=usage,
            cache_hit=bool(events) and all(e.source in _STORED for e in events),
            answers_from=answers_from,
            quantity_profile=self.options.quantity_profile,
            created_at=datetime.now(UTC).replace(microsecond=0),
            published=pub.isoformat() if pub else None,
        )
        return checked

    def _begin(self, text: str, published: str | date | None, transport: ExchangeLogic) -> _Run:
        from .gate import RunState

        started = time.perf_counter()
        article, pub, messages, hinted = self._prepare(text, published)
        state = RunState(article=article, token_budget=self.options.token_budget, hinted=hinted)
        run = _Run(article, pub, messages, state, started, transport)
        transport.listeners.append(run.sink)
        return run

    # -- the targeted re-ask loop (see ``gate``) ------------------------------------------------
    def _reask_kwargs(self, run: _Run, x: Extraction, unfit: str | None) -> dict[str, Any] | None:
        """The next re-ask's call, or None: the answer passes, no attempt is left, or the token
        budget is spent. A re-ask is the first request plus one user message that quotes the
        failing items (not the whole answer): a local model has evaluated the first request
        already, so it reads only the new message. ``unfit``: the last re-ask's answer, which
        broke its schema; it and the same request follow in the same conversation."""
        from .gate import reask_request

        state, o = run.state, self.options
        if not state.last_problems:
            return None
        left = o.max_retries + 1 - state.attempts
        if left <= 0:
            return None
        if state.token_budget is not None and state.used_tokens >= state.token_budget:
            state.budget_stopped = True
            return None
        text, model = reask_request(x, state.last_problems)
        if unfit is None:
            run.messages = [*run.first_messages, {"role": "user", "content": text}]
        else:
            run.messages = [*run.messages, {"role": "assistant", "content": unfit}, {"role": "user", "content": text}]
        run.reask_problems = list(state.last_problems)
        kwargs = self._call_kwargs(run)
        kwargs["response_model"] = model
        # one call per attempt: an answer that breaks the fix schema comes back to this loop,
        # which counts it against max_retries and the token budget and asks again
        kwargs["max_retries"] = 0
        return kwargs

    def _apply_reask(self, run: _Run, x: Extraction, fix: Any) -> Extraction:
        from .gate import apply_fix, validate_extraction

        merged = apply_fix(x, run.reask_problems, fix)
        run.state.last_problems = validate_extraction(merged, run.article)
        return merged

    def summarize(self, text: str, *, published: str | date | None = None) -> Summary:
        from .gate import CURRENT_RUN

        client = self.sync_client()
        run = self._begin(text, published, self._sync_exchange)
        extraction: Extraction | None = None
        failure: Exception | None = None
        try:
            run_token = CURRENT_RUN.set(run.state)
            try:
                with deadline.limit(self.time_limit()):
                    create = client.chat.completions.create
                    extraction = create(**self._call_kwargs(run))
                    unfit = None
                    while (kw := self._reask_kwargs(run, extraction, unfit)) is not None:
                        try:
                            fix, unfit = create(**kw), None
                        except Exception as exc:  # an answer that breaks the fix schema: ask again
                            unfit = _unfit_answer(exc)
                            continue
                        extraction = self._apply_reask(run, extraction, fix)
            finally:
                CURRENT_RUN.reset(run_token)
        except Exception as exc:  # classified in _recover
            extraction, failure = _recover(exc, extraction)
        finally:
            run.detach()
        return self._finish(run.article, run.pub, run.state, extraction, failure, run.events, run.started)

    async def asummarize(self, text: str, *, published: str | date | None = None) -> Summary:
        from .gate import CURRENT_RUN

        client = self.async_client()
        run = self._begin(text, published, self._async_exchange)
        extraction: Extraction | None = None
        failure: Exception | None = None
        try:
            run_token = CURRENT_RUN.set(run.state)
            try:
                with deadline.limit(self.time_limit()):
                    create = client.chat.completions.create
                    extraction = await create(**self._call_kwargs(run))
                    unfit = None
                    while (kw := self._reask_kwargs(run, extraction, unfit)) is not None:
                        try:
                            fix, unfit = await create(**kw), None
                        except Exception as exc:  # an answer that breaks the fix schema: ask again
                            unfit = _unfit_answer(exc)
                            continue
                        extraction = self._apply_reask(run, extraction, fix)
            finally:
                CURRENT_RUN.reset(run_token)
        except Exception as exc:
            extraction, failure = _recover(exc, extraction)
        finally:
            run.detach()
        return self._finish(run.article, run.pub, run.state, extraction, failure, run.events, run.started)

    def close(self) -> None:
        self.provider.close()


@functools.cache
def _response_model(free: bool = False, listed: int = 12) -> Any:
    """``CheckedExtraction`` (``CheckedFreeExtraction`` when ``free``: the prompt lists no
    figures to pick) as instructor wraps a response model, made once per number of ``listed``
    figures: ``figures`` may hold only the ids F1 to F{listed} (a small model otherwise wrote
    F1 to F12 for three listed figures; the grammar now cannot). Given the plain
    model, instructor builds a new pydantic class (``openai_schema``) and a new JSON schema on
    every call; given this wrapped class it uses it as is, and its JSON schema is computed once
    (kept as JSON text: every call gets its own copy to put into the request)."""
    import instructor

    from .gate import CheckedExtraction, CheckedFreeExtraction

    base: Any = CheckedFreeExtraction if free else CheckedExtraction
    if not free and 0 < listed < 12:
        ids: Any = Literal[tuple(f"F{i}" for i in range(1, listed + 1))]
        from pydantic import Field, create_model

        described = CheckedExtraction.model_fields["figures"].description
        base = create_model(
            "CheckedExtraction",
            __base__=CheckedExtraction,
            figures=(list[ids], Field(max_length=listed, description=described)),
        )
    model: Any = instructor.openai_schema(base)
    original = model.model_json_schema
    memo: dict[Any, str] = {}

    def model_json_schema(cls: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if cls is not model:  # a subclass: its own schema
            return original.__func__(cls, *args, **kwargs)  # type: ignore[no-any-return]
        key = (args, tuple(sorted(kwargs.items())))
        raw = memo.get(key)
        if raw is None:
            raw = memo[key] = json.dumps(original(*args, **kwargs))
        return json.loads(raw)  # type: ignore[no-any-return]

    model.model_json_schema = classmethod(model_json_schema)
    return model


class _Run:
    """One article's call: its messages, run id, state and the exchange events that carry its
    run id (the ``X-Summarizer-Run`` header the transport reads; never stored)."""

    def __init__(
        self,
        article: str,
        pub: date | None,
        messages: list[dict[str, str]],
        state: RunState,
        started: float,
        transport: ExchangeLogic,
    ) -> None:
        import uuid

        self.article, self.pub, self.messages, self.state, self.started = article, pub, messages, state, started
        #: the first request's messages (every re-ask starts from them)
        self.first_messages = list(messages)
        #: the problems the pending re-ask lists (its answer replaces exactly these items)
        self.reask_problems: list[Problem] = []
        self.run_id = uuid.uuid4().hex
        self.events: list[ExchangeEvent] = []
        self.transport = transport

    def sink(self, ev: ExchangeEvent) -> None:
        if ev.run_id != self.run_id:
            return
        self.events.append(ev)
        self.state.attempts += 1
        self.state.used_tokens += ev.prompt_tokens + ev.completion_tokens

    def detach(self) -> None:
        self.transport.listeners.remove(self.sink)


def _answers_from(events: list[ExchangeEvent]) -> Literal["model", "cache", "recorded", "hand-written"]:
    """Provenance of a run's answers: any hand-written one marks the whole summary."""
    if any(e.origin == "hand-written" for e in events):
        return "hand-written"
    if events and all(e.source == "fixture" for e in events):
        return "recorded"
    if events and all(e.source in _STORED for e in events):
        return "cache"
    return "model"  # asked now: over the network, or a Batch API answer joined later


#: event sources that are stored answers (the rest, "network" and "batch", were asked for)
_STORED = frozenset({"cache", "fixture"})


_OWN_SCHEMAS = frozenset({"CheckedExtraction", "CheckedFreeExtraction", "Extraction", "FreeExtraction"})


def _parsed_answer(body: dict[str, Any], data: dict[str, Any]) -> bool:
    """An answer worth caching: its content is a JSON object and, for the pipeline's own
    schemas, one that fits them (the re-ask gate's findings aside). Malformed or
    schema-breaking answers are not stored, so a later run asks the model again. Answers to
    another schema (eval's plain baseline) are stored when they are a JSON object."""
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return False
    if not isinstance(content, str):
        return False
    rf = body.get("response_format") if isinstance(body, dict) else None
    name = ((rf or {}).get("json_schema") or {}).get("name") if isinstance(rf, dict) else None
    if name not in _OWN_SCHEMAS:
        try:
            return isinstance(json.loads(_strip_fences(content)), dict)
        except ValueError:
            return False
    for schema in (Extraction, FreeExtraction):
        try:
            schema.model_validate_json(_strip_fences(content))
            return True
        except ValueError:
            continue
    return False


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return msg[:400] if msg else type(exc).__name__


def _unfit_answer(exc: Exception) -> str | None:
    """The text of a targeted re-ask's answer that did not fit its schema; any other failure
    (transport, API, deadline) is raised on."""
    import httpx
    import openai
    from instructor.core.exceptions import InstructorRetryException

    if not isinstance(exc, InstructorRetryException):
        raise exc
    cause: BaseException | None = exc.__cause__ or exc.__context__
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:  # a deadline, offline miss or API error
        seen.add(id(cause))
        if isinstance(cause, SummarizerError | OfflineMiss | openai.APIError | httpx.HTTPError):
            raise exc
        cause = cause.__cause__ or cause.__context__
    return _content(exc.last_completion)


def _content(completion: Any) -> str | None:
    """The text of a chat completion's first choice (None when there is none)."""
    try:
        content = completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return None
    return content if isinstance(content, str) else None


class UnfitAnswer(Exception):
    """No answer of the model fitted the schema, not even unchecked: ``_finish`` falls back to
    the deterministic layer's summary with a ``model-answer-unfit`` error finding."""


def _recover(exc: Exception, answered: Extraction | None = None) -> tuple[Extraction | None, Exception]:
    """Classify a failed instructor call. An answer that still does not fit the schema after
    the last retry gives back the last answer (parsed without the gate) so its findings can be
    reported; a targeted re-ask whose answer never fits keeps the answer ``answered`` so far;
    when no answer parses at all, ``(None, UnfitAnswer)``. Transport, API and deadline failures
    raise their ``SummarizerError``."""
    import httpx
    import openai
    from instructor.core.exceptions import InstructorRetryException

    cause: BaseException | None = exc
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OfflineMiss):
            raise ModelError(_one_line(cause)) from None
        if isinstance(cause, SummarizerError):  # raised below openai (deadline, answer size)
            raise cause.with_traceback(None) from None
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, InstructorRetryException):
        # transport / API errors also surface as retry exceptions in instructor
        inner = exc.__cause__
        if isinstance(inner, openai.APIError | httpx.HTTPError):
            raise ModelError(api_error_message(inner)) from None
        if answered is not None:
            return answered, exc
        last: Any = exc.last_completion
        content = None
        try:
            content = last.choices[0].message.content
        except (AttributeError, IndexError, TypeError):
            content = None
        if content:
            # the last answer, unchecked: the findings about it are reported by _finish
            for schema in (Extraction, FreeExtraction):
                try:
                    return schema.model_validate_json(_strip_fences(content)), exc
                except ValueError:
                    continue
        return None, UnfitAnswer(f"the model's answer did not fit the schema after {exc.n_attempts} attempts")
    if isinstance(exc, openai.APIError | httpx.HTTPError):
        raise ModelError(api_error_message(exc)) from None
    raise exc


def _strip_fences(s: str) -> str:
    s = s.strip()
    if s.startswith("```"):
        s = s.strip("`")
        s = s[s.find("{") :] if "{" in s else s
    return s


def api_error_message(exc: BaseException) -> str:
    """One line for an openai or httpx error: the HTTP status and the server's message, or why the
    server could not be reached (the library's and the Batch API driver's wording)."""
    import openai

    if isinstance(exc, openai.APIStatusError):
        body = exc.body
        detail = ""
        if isinstance(body, dict):
            e = body.get("error", body)
            detail = str(e.get("message", "")) if isinstance(e, dict) else str(e)
        return f"model request failed: HTTP {exc.status_code} {detail or exc.message}"[:400]
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        return f"cannot reach the model server: {_one_line(cause) if cause else _one_line(exc)}"
    return f"model request failed: {_one_line(exc)}"


def _parse_published(value: object) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"published date {value!r} is not YYYY-MM-DD"[:120]) from None


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in findings:
        k = (f.code, f.path, f.message)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


# --------------------------------------------------------------------------- public calls


ProviderName = Literal["openai", "openai-compatible", "local"]
ResponseFormat = Literal["json_schema", "json_object_schema"]
QuantityProfileName = Literal["literal", "acled"]


class SummarizeOptions(TypedDict, total=False):
    """The keywords ``summarize`` and ``asummarize`` take besides the text (all optional).

    provider: ``"openai"``, ``"openai-compatible"`` or ``"local"`` (default: chosen from the
        environment and config, README "Providers"). model: the model id (a server's id, or a
        local registry name). base_url: an OpenAI-compatible server, e.g.
        ``http://localhost:8000/v1``. model_path: any GGUF file for the local provider.
        response_format: ``json_object_schema`` for llama-cpp-python's server. settings: a
        ``ProviderSettings`` (the keywords above override its fields). max_retries: re-asks
        after failed checks (2). token_budget: stop re-asking once this many tokens are used.
        timeout: total seconds for the model work on the article (None: 180 s remote, 900 s
        embedded; 0: no limit). hints: list the figures code found in the prompt (True).
        cache: read and write the caches (True). offline: answer from the cache and recorded
        fixtures only. cache_dir, fixtures_dir: where they are. max_tokens: the model's output
        budget per attempt (1200). quantity_profile: ``"literal"`` (default: "dozens" is at
        least 24) or ``"acled"`` (ACLED's coding of vague words). None, for any of them, means
        the default.
    """

    provider: ProviderName | None
    model: str | None
    base_url: str | None
    model_path: str | Path | None
    response_format: ResponseFormat | None
    settings: ProviderSettings | None
    max_retries: int
    token_budget: int | None
    timeout: float | None
    hints: bool
    cache: bool
    offline: bool
    cache_dir: str | Path | None
    fixtures_dir: str | Path | None
    max_tokens: int
    quantity_profile: QuantityProfileName


_OPTION_NAMES = frozenset(SummarizeOptions.__annotations__)


def _checked_options(options: Mapping[str, Any]) -> Options:
    unknown = sorted(set(options) - _OPTION_NAMES)
    if unknown:
        raise InputError(f"unknown option(s): {', '.join(unknown)}; see summarizer.api.SummarizeOptions")
    return _options(**options)


def _options(
    *,
    provider: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    model_path: str | Path | None = None,
    response_format: str | None = None,
    settings: ProviderSettings | None = None,
    max_retries: int = 2,
    token_budget: int | None = None,
    timeout: float | None = None,
    hints: bool = True,
    cache: bool = True,
    offline: bool = False,
    cache_dir: str | Path | None = None,
    fixtures_dir: str | Path | None = None,
    max_tokens: int = DEFAULT_MAX_TOKENS,
    quantity_profile: str = "literal",
) -> Options:
    """Options from the public keywords, each checked (a wrong type is an ``InputError``)."""

    def need(name: str, value: object, kind: type | tuple[type, ...], what: str) -> None:
        if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool)):
            raise InputError(f"{name} must be {what}, got {type(value).__name__} {value!r}"[:200])

    for name, value in (("provider", provider), ("model", model), ("base_url", base_url)):
        need(name, value, str, "a string")
    need("model_path", model_path, (str, Path), "a path")
    need("response_format", response_format, str, "a string")
    need("settings", settings, ProviderSettings, "a ProviderSettings")
    need("max_retries", max_retries, int, "an integer")
    need("token_budget", token_budget, int, "an integer")
    need("max_tokens", max_tokens, int, "an integer")
    need("timeout", timeout, (int, float), "a number of seconds")
    need("cache_dir", cache_dir, (str, Path), "a path")
    need("fixtures_dir", fixtures_dir, (str, Path), "a path")
    if quantity_profile not in ("literal", "acled"):
        raise InputError(f"quantity_profile must be 'literal' or 'acled', got {quantity_profile!r}"[:120])
    if max_retries < 0 or max_tokens < 1 or (timeout is not None and timeout < 0):
        raise InputError("max_retries and timeout must be >= 0, max_tokens >= 1")
    merged = (settings or ProviderSettings()).merged(
        provider=provider,
        model=model,
        base_url=base_url,
        model_path=str(model_path) if model_path is not None else None,
        response_format=response_format,
    )
    return Options(
        settings=merged,
        max_retries=max_retries,
        token_budget=token_budget,
        timeout=timeout,
        hints=bool(hints),
        cache=bool(cache),
        offline=bool(offline),
        cache_dir=Path(cache_dir) if cache_dir is not None else None,
        fixtures_dir=Path(fixtures_dir) if fixtures_dir is not None else None,
        max_tokens=max_tokens,
        quantity_profile="acled" if quantity_profile == "acled" else "literal",
    )


# --------------------------------------------------------------------------- summary cache
# A second, summary-level cache in front of the exchange cache: key = provider, model, base URL,
# prompt version, schema version, publication date, article text and every option that shapes
# the answer. A hit returns the stored summary without importing openai or instructor (whole-
# process time of a cached `summarizer summarize` stays well under a second).


@functools.cache
def _code_version() -> str:
    """A hash of the package's own source: the summary is made by code (evidence, checks,
    assemble) as much as by the model, so a new version of that code must not be answered with
    a summary an older one built. The exchange cache is unaffected (model answers stay valid)."""
    import hashlib

    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _summary_key(text: str, published: str | date | None, o: Options) -> str | None:
    if not o.cache or o.refresh or o.provider is not None or o.listeners:
        return None
    import hashlib
    import json

    from .providers import identify
    from .schema import SCHEMA_VERSION

    try:
        provider, model, base_url = identify(o.settings)
    except ProviderError:
        return None
    doc = {
        "provider": provider,
        "model": model,
        "base_url": base_url,
        "prompt_version": prompt_version(),
        "schema_version": SCHEMA_VERSION,
        "code": _code_version(),
        "published": str(published) if published else None,
        "text": text,
        "options": [
            o.max_retries,
            o.hints,
            o.token_budget,
            o.max_tokens,
            o.temperature,
            o.seed,
            o.fill_from_candidates,
            o.quantity_profile,
        ],
    }
    raw = json.dumps(doc, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def _summary_path(o: Options, key: str) -> Path:
    return (o.cache_dir or default_cache_dir()) / "summaries" / key[:2] / f"{key}.json"


def _summary_get(o: Options, key: str) -> Summary | None:
    try:
        s = Summary.model_validate_json(_summary_path(o, key).read_bytes())
    except (OSError, ValueError):
        return None
    if s.provenance is not None:
        s.provenance.cache_hit = True
    return s


def _summary_put(o: Options, key: str, s: Summary) -> None:
    import contextlib
    import tempfile

    path = _summary_path(o, key)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(s.model_dump_json(indent=1))
        os.replace(tmp, path)


def summarize(
    text: str,
    *,
    published: str | date | None = None,
    audit: bool = False,
    article_id: str | None = None,
    **options: Unpack[SummarizeOptions],
) -> Summary:
    """Summarise one article into a checked ``Summary``.

    Args:
        text: the article (plain text; at most ``summarizer.inputs.MAX_ARTICLE_BYTES``).
        published: publication date (``YYYY-MM-DD`` or a ``date``); else read from the dateline.
        audit: record every exchange in the audit log, under ``article_id``.
        **options: the model and run options, ``SummarizeOptions`` (provider, model, base_url,
            model_path, response_format, settings, max_retries, token_budget, timeout, hints,
            cache, offline, cache_dir, fixtures_dir, max_tokens).

    Returns:
        The ``Summary``. Findings that remain after the last re-ask are in ``.checks`` and do
        not raise.

    Raises:
        InputError: the text or an argument cannot be used (exit code 2 in the CLI).
        ConfigError: bad provider settings (2).
        ModelError: the model call failed or its answer was unusable (1).
        ModelTimeout: ``timeout`` ran out (4).
        RuntimeUnavailable: the embedded model is not installed or cannot run here (6).
    """
    o = _checked_options(options)
    validate_text(text)
    if published is not None:
        _parse_published(published)
    key = _summary_key(text, published, o)
    if key is not None:
        hit = _summary_get(o, key)
        if hit is not None:
            return hit
    log = _open_audit() if audit else None
    if log is not None:
        o.listeners.append(log.listener)
    engine = Engine(o)
    try:
        if log is None:
            result = engine.summarize(text, published=published)
        else:
            result = log.run(article_id or "-", engine, lambda: engine.summarize(text, published=published))
    finally:
        engine.close()
        if log is not None:
            log.close()
    if key is not None and not any(f.code == MODEL_ANSWER_UNFIT.code for f in result.checks):
        _summary_put(o, key, result)  # a fallback is not stored: the next run asks the model again
    return result


class _TolerantAudit:
    """The audit log for one ``summarize`` call that never costs the summary: a corrupt,
    locked or unwritable database is reported once (logging, one line) and the summary is
    returned all the same."""

    def __init__(self, log: Any) -> None:
        self.log = log

    def _fail(self, exc: BaseException) -> None:
        if self.log is not None:
            _LOG.warning("audit log unavailable, exchanges not recorded: %s", _one_line(exc))
            with contextlib.suppress(Exception):
                self.log.close()
        self.log = None

    def listener(self, ev: ExchangeEvent) -> None:
        if self.log is not None:
            try:
                self.log.listener(ev)
            except Exception as exc:  # sqlite3.Error, OSError: the audit is a record, not the job
                self._fail(exc)

    def run(self, article_id: str, engine: Engine, fn: Callable[[], Summary]) -> Summary:
        scope = None
        cm = None
        if self.log is not None:
            try:
                cm = self.log.article(article_id)
                scope = cm.__enter__()
            except Exception as exc:
                self._fail(exc)
                cm = None
        try:
            result = fn()
        except SummarizerError as exc:
            self._finish(cm, scope, error=str(exc), provider=engine.provider.name, model=engine.provider.model)
            raise
        self._finish(cm, scope, [f.code for f in result.checks])
        return result

    def _finish(self, cm: Any, scope: Any, *args: Any, **kwargs: Any) -> None:
        if cm is None or self.log is None:
            return
        try:
            self.log.finish(scope, *args, **kwargs)
            cm.__exit__(None, None, None)
        except Exception as exc:
            self._fail(exc)

    def close(self) -> None:
        if self.log is not None:
            with contextlib.suppress(Exception):
                self.log.close()


def _open_audit() -> _TolerantAudit:
    try:
        from .audit import AuditLog

        return _TolerantAudit(AuditLog())
    except Exception as exc:
        t = _TolerantAudit(None)
        _LOG.warning("audit log unavailable, exchanges not recorded: %s", _one_line(exc))
        return t


async def asummarize(text: str, *, published: str | date | None = None, **options: Unpack[SummarizeOptions]) -> Summary:
    """Async twin of ``summarize`` (same options, same errors; no summary cache or audit)."""
    o = _checked_options(options)
    validate_text(text)
    engine = Engine(o)
    try:
        return await engine.asummarize(text, published=published)
    finally:
        engine.close()


def check(text: str, summary: Summary | dict[str, Any] | str, *, published: str | date | None = None) -> Summary:
    """Re-run the local checks on a saved summary (a ``Summary``, its dict, or its JSON);
    findings are in ``.checks``. A summary that is not one raises ``InputError``."""
    from pydantic import ValidationError

    article = validate_text(text)
    try:
        if isinstance(summary, str | bytes):
            s = Summary.model_validate_json(summary)
        elif isinstance(summary, dict):
            s = Summary.model_validate(summary)
        elif isinstance(summary, Summary):
            s = summary
        else:
            raise InputError(f"summary must be a Summary, a dict or JSON text, got {type(summary).__name__}")
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"]) or "(top)"
        raise InputError(f"not a summary: {loc}: {first['msg']} ({exc.error_count()} problem(s))") from None
    pub = _parse_published(published) if published else None
    from .checks import check_summary

    return check_summary(s, article, published=pub)
