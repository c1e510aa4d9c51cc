"""The ``local`` provider: a GGUF model run in-process by llama-cpp-python.

The openai client and instructor run unchanged above it: the provider's wire transport is an
in-process httpx transport that answers ``POST …/chat/completions`` by calling
``llama_cpp.Llama.create_chat_completion`` and returns an OpenAI-shaped JSON body. OpenAI's
``response_format={"type": "json_schema", …}`` is rewritten to llama-cpp-python's
``{"type": "json_object", "schema": …}``, so decoding is constrained by a grammar built from
the schema.

* Threads: every core this process may run on (``os.sched_getaffinity``).
* Context: at least :data:`MIN_CTX` tokens (capped by the model's trained context), more when a
  request needs it (prompt + ``max_tokens``, rounded up to a multiple of 1024). One context for
  all ordinary articles means the model is not reloaded between them, so the evaluated prompt
  (KV cache) survives: llama-cpp-python evaluates only the tokens past the longest common
  prefix with the previous call (a re-ask, or the next article's shared system prompt). A
  request that cannot fit gets an HTTP 400 whose message gives the token count and the limit
  (the openai client raises ``BadRequestError``).
* Prefix state on disk: the system prompt's evaluated state is saved once under
  ``<cache>/kv/`` (key: model file, runtime version, context, the exact tokens) and restored by
  a new process instead of evaluated again (``SUMMARIZER_KV_CACHE=0`` turns this off). The
  restored state is the one llama.cpp computed for those tokens, so the answer is the same.
* The model is loaded lazily, once per process and path (a larger context replaces a smaller
  one); llama.cpp is not thread-safe, so calls are serialised by a lock and the async
  transport runs them in a worker thread.
* Each call records its timings in :data:`LAST_TIMINGS` and appends them to
  :data:`CALL_TIMINGS` (model load, prompt evaluation, generation, tokens), for the bench.
"""

from __future__ import annotations

import asyncio
import atexit
import contextvars
import ctypes
import json
import os
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from ..errors import RuntimeUnavailable
from ..localmodels import MODEL_PATH_ENV, ModelNotAvailable, default_model_name, ensure_model, get_spec
from . import Provider, ProviderSettings, deadline, rewrite_response_format, runtime

#: Output budget used to size the context when a request gives no ``max_tokens``.
DEFAULT_MAX_TOKENS = 1024
CTX_ROUND = 1024
#: The smallest context loaded (KV cache: about 28 KB a token for Qwen2.5-1.5B, 230 MB here):
#: big enough for an ordinary article, its answer and two re-asks, so one load serves a batch.
MIN_CTX = 8192
KV_CACHE_ENV = "SUMMARIZER_KV_CACHE"
#: saved prefix states kept on disk (the newest; each is a few MB)
KV_CACHE_KEEP = 8
LOG_ENV = "SUMMARIZER_LLAMA_LOG"

#: Timings of the last chat completion (seconds and token counts).
LAST_TIMINGS: dict[str, Any] = {}
#: Timings of every chat completion in this process, oldest first (bounded).
CALL_TIMINGS: deque[dict[str, Any]] = deque(maxlen=1000)
#: The messages of the last few chat completions (the bench replays them without the pipeline).
CALL_MESSAGES: deque[list[dict[str, Any]]] = deque(maxlen=50)
#: Model loads in this process: path, n_ctx, seconds.
LOAD_TIMINGS: list[dict[str, Any]] = []

_RUN_LOCK = threading.RLock()  # one llama.cpp call at a time, in the whole process
_VOCAB_LOCK = threading.Lock()
_LOADED: dict[tuple[str, int], Any] = {}  # (path, n_ctx) -> llama_cpp.Llama
_VOCABS: dict[str, _Vocab] = {}
_LOG_TAIL: deque[str] = deque(maxlen=40)
_log_callback: Any = None


def n_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _llama() -> Any:
    """Import llama_cpp (an extra) and route its log to a buffer, unless asked to print."""
    global _log_callback
    try:
        import llama_cpp
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeUnavailable(
            "the embedded model needs llama-cpp-python, which is not installed: "
            "pip install 'summarizer[local]' (see the README on building it for your CPU), "
            f"or use a server with --base-url URL --model NAME, or OPENAI_API_KEY [{exc}]"
        ) from exc
    if _log_callback is None and not os.environ.get(LOG_ENV):

        @llama_cpp.llama_log_callback  # type: ignore[untyped-decorator]
        def _quiet(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            _LOG_TAIL.append(text.decode("utf-8", "replace"))

        _log_callback = _quiet  # keep a reference: the C side holds only a pointer
        llama_cpp.llama_log_set(_quiet, ctypes.c_void_p(0))
    return llama_cpp


# --------------------------------------------------------------------------- grammar sampling
# llama-cpp-python puts the grammar sampler in the chain before everything else, so every token
# runs the grammar over the whole vocabulary (151k entries for Qwen): ~30 ms a token on 2 cores,
# half the cost of the forward pass. llama.cpp's own sampler does better and so do we: sample
# without the grammar, check the one chosen token against it, and only when it is rejected
# apply the grammar to the whole vocabulary and sample again. Same output, ~1 ms a token.


class _GrammarFirstCheckSampler:
    """Drop-in for ``llama_cpp._internals.LlamaSampler`` (``sample``/``accept``/``reset``/``close``)."""

    def __init__(self, llama_cpp: Any, base: Any, grammar: Any, n_vocab: int) -> None:
        import numpy as np

        self.lc = llama_cpp
        self.base = base  # the llama-cpp-python chain, built without the grammar
        self.grammar = grammar  # a llama_sampler_p
        self.n_vocab = n_vocab
        dtype = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)], align=True)
        self.buf = np.zeros(n_vocab, dtype=dtype)
        self.ids = np.arange(n_vocab, dtype=np.int32)
        self.one = (llama_cpp.llama_token_data * 1)()
        self.rejections = 0
        self.tokens = 0

    def _array(self, logits: Any) -> Any:
        import numpy as np

        buf = self.buf
        buf["id"] = self.ids
        buf["logit"] = np.ctypeslib.as_array(logits, shape=(self.n_vocab,))
        buf["p"] = 0.0
        data = buf.ctypes.data_as(ctypes.POINTER(self.lc.llama_token_data))
        return self.lc.llama_token_data_array(data=data, size=self.n_vocab, selected=-1, sorted=False)

    def sample(self, ctx: Any, idx: int = -1) -> int:
        lc = self.lc
        self.tokens += 1
        logits = lc.llama_get_logits_ith(ctx.ctx, idx)
        arr = self._array(logits)
        lc.llama_sampler_apply(self.base.sampler, ctypes.byref(arr))
        token = int(self.buf["id"][arr.selected])
        self.one[0].id, self.one[0].logit, self.one[0].p = token, 1.0, 0.0
        single = lc.llama_token_data_array(data=self.one, size=1, selected=-1, sorted=False)
        lc.llama_sampler_apply(self.grammar, ctypes.byref(single))
        if self.one[0].logit == float("-inf"):
            self.rejections += 1
            arr = self._array(logits)
            lc.llama_sampler_apply(self.grammar, ctypes.byref(arr))
            lc.llama_sampler_apply(self.base.sampler, ctypes.byref(arr))
            token = int(self.buf["id"][arr.selected])
        lc.llama_sampler_accept(self.grammar, token)
        self.base.accept(token)
        return token

    def accept(self, token: int) -> None:
        self.lc.llama_sampler_accept(self.grammar, token)
        self.base.accept(token)

    def reset(self) -> None:
        self.lc.llama_sampler_reset(self.grammar)
        self.base.reset()

    def close(self) -> None:
        if self.grammar is not None:
            self.lc.llama_sampler_free(self.grammar)
            self.grammar = None
        self.base.close()

    def __del__(self) -> None:
        self.close()


_LLAMA_CLASS: Any = None
#: called before each evaluation (the prompt, then one call per generated token)
_EVAL_HOOK: contextvars.ContextVar[Callable[[int], None] | None] = contextvars.ContextVar(
    "summarizer_eval_hook", default=None
)


_SPACE_RULE = re.compile(r"^space ::= .*$", re.M)


def compact_grammar(gbnf: str) -> str:
    """A JSON grammar without optional whitespace: the schema grammar lets the model write a
    space after every ":" and ",", which was 18 % of the default model's answer tokens on the
    recorded answers (bench/output_budget.py); compact JSON carries the same object."""
    return _SPACE_RULE.sub('space ::= ""', gbnf)


def _llama_class() -> Any:
    """``llama_cpp.Llama`` with the grammar-first-check sampler (built once, lazily)."""
    global _LLAMA_CLASS
    if _LLAMA_CLASS is None:
        llama_cpp = _llama()

        class _Llama(llama_cpp.Llama):  # type: ignore[misc, name-defined]
            fast_grammar = True
            last_sampler: Any = None

            def eval(self, tokens: Any) -> None:
                hook = _EVAL_HOOK.get()
                if hook is not None:  # progress and the deadline, between evaluations
                    hook(len(tokens))
                super().eval(tokens)

            def _init_sampler(self, *args: Any, grammar: Any = None, **kwargs: Any) -> Any:
                if grammar is not None:
                    grammar._grammar = compact_grammar(grammar._grammar)
                base = super()._init_sampler(*args, grammar=None, **kwargs)
                if grammar is None or not self.fast_grammar:
                    if grammar is not None:
                        base.close()
                        return super()._init_sampler(*args, grammar=grammar, **kwargs)
                    return base
                g = llama_cpp.llama_sampler_init_grammar(
                    self._model.vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")
                )
                if not g:
                    base.close()
                    return super()._init_sampler(*args, grammar=grammar, **kwargs)
                self.last_sampler = _GrammarFirstCheckSampler(llama_cpp, base, g, self._n_vocab)
                return self.last_sampler

        _LLAMA_CLASS = _Llama
    return _LLAMA_CLASS


# --------------------------------------------------------------------------- tokenizer


class _Vocab:
    """A vocab-only load of the GGUF: exact token counts and the chat prompt, without weights."""

    def __init__(self, path: str, chat_format: str | None) -> None:
        llama_cpp = _llama()
        from llama_cpp import llama_chat_format

        try:
            self.llm = llama_cpp.Llama(model_path=path, vocab_only=True, verbose=False)
        except ValueError as exc:
            raise ModelNotAvailable(f"llama.cpp could not read {path}: not a usable GGUF model ({exc})") from None
        meta: dict[str, str] = dict(self.llm.metadata)
        arch = meta.get("general.architecture", "")
        self.n_ctx_train = int(meta.get(f"{arch}.context_length") or 0) or 4096
        self.chat_format = chat_format
        self.formatter: Any = None
        template = meta.get("tokenizer.chat_template")
        if chat_format is None and template:
            model = self.llm._model
            eos_id, bos_id = self.llm.token_eos(), self.llm.token_bos()
            self.formatter = llama_chat_format.Jinja2ChatFormatter(
                template=template,
                eos_token=model.token_get_text(eos_id) if eos_id != -1 else "",
                bos_token=model.token_get_text(bos_id) if bos_id != -1 else "",
                stop_token_ids=[eos_id],
            )
        elif chat_format is not None:
            self.formatter = getattr(llama_chat_format, "format_" + chat_format.replace("-", "_"), None)

    def count(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def prompt_tokens(self, messages: list[dict[str, Any]]) -> int:
        """Exact length of the chat prompt llama-cpp-python will evaluate (when the chat
        format is known; otherwise contents plus a few tokens a message)."""
        if self.formatter is not None:
            try:
                res = self.formatter(messages=messages)
                toks = self.llm.tokenize(res.prompt.encode("utf-8"), add_bos=not res.added_special, special=True)
                return len(toks)
            except Exception:  # a template that rejects the messages: estimate instead
                pass
        return sum(self.count(str(m.get("content") or "")) + 8 for m in messages) + 8


def _vocab(path: str, chat_format: str | None) -> _Vocab:
    with _VOCAB_LOCK:
        v = _VOCABS.get(path)
        if v is None:
            v = _VOCABS[path] = _Vocab(path, chat_format)
        return v


# --------------------------------------------------------------------------- model cache


def _get_model(path: str, n_ctx: int, chat_format: str | None) -> tuple[Any, float]:
    """A loaded model with at least ``n_ctx`` context, and the seconds spent loading it now
    (0 when cached). Call with ``_RUN_LOCK`` held."""
    for (p, c), llm in _LOADED.items():
        if p == path and c >= n_ctx:
            return llm, 0.0
    for key in [k for k in _LOADED if k[0] == path]:  # a smaller context: replace it
        _LOADED.pop(key).close()
    cls = _llama_class()
    threads = n_threads()
    runtime.ensure_runtime_works(path)
    runtime.status(f"loading the embedded model {Path(path).name}")
    started = time.perf_counter()
    try:
        llm = cls(
            model_path=path,
            n_ctx=n_ctx,
            n_batch=min(512, n_ctx),
            n_threads=threads,
            n_threads_batch=threads,
            chat_format=chat_format,
            verbose=False,
        )
    except ValueError as exc:
        tail = "".join(_LOG_TAIL)[-800:]
        raise ModelNotAvailable(f"llama.cpp could not load {path}: {exc}\n{tail}") from exc
    finally:
        runtime.status(None)
    load_s = time.perf_counter() - started
    _LOADED[(path, n_ctx)] = llm
    LOAD_TIMINGS.append({"path": path, "n_ctx": n_ctx, "load_s": load_s})
    return llm, load_s


def unload_models() -> None:
    """Free every loaded model and tokenizer (tests, long-lived processes; run at exit so
    llama.cpp is not torn down after the interpreter has cleared its modules)."""
    with _RUN_LOCK:
        for llm in _LOADED.values():
            llm.close()
        _LOADED.clear()
    with _VOCAB_LOCK:
        for v in _VOCABS.values():
            v.llm.close()
        _VOCABS.clear()


atexit.register(unload_models)


def _round_ctx(n: int, limit: int) -> int:
    return min(limit, -(-n // CTX_ROUND) * CTX_ROUND)


# --------------------------------------------------------------------------- prefix state on disk


def _kv_dir() -> Path | None:
    if os.environ.get(KV_CACHE_ENV, "1").strip().lower() in {"0", "false", "no", "off"}:
        return None
    from ..localmodels import models_dir

    return models_dir().parent / "kv"


def _common(a: Any, b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if int(x) != y:
            break
        n += 1
    return n


def _shared_prefix(vocab: _Vocab, messages: list[dict[str, Any]]) -> list[int]:
    """The leading tokens of this prompt that every prompt with the same system message
    shares: found by rendering the same system message with another user message."""
    if vocab.formatter is None or len(messages) < 2 or messages[0].get("role") != "system":
        return []
    try:
        res = vocab.formatter(messages=messages)
        other = vocab.formatter(messages=[messages[0], {"role": "user", "content": "\x00"}])
    except Exception:  # a template that rejects the messages: no prefix state
        return []

    def toks(r: Any) -> list[int]:
        return list(vocab.llm.tokenize(r.prompt.encode("utf-8"), add_bos=not r.added_special, special=True))

    prompt = toks(res)
    n = _common(prompt, toks(other))
    return prompt[:n] if n < len(prompt) else []


def _prepare_prefix(llm: Any, vocab: _Vocab, messages: list[dict[str, Any]], model_path: str) -> tuple[int, int]:
    """Put the system prompt's evaluated state into ``llm`` when its cache does not already
    start with it: restored from disk, else evaluated now and saved. Returns (tokens restored
    from disk, tokens evaluated here). Call with ``_RUN_LOCK`` held."""
    root = _kv_dir()
    if root is None:
        return 0, 0
    prefix = _shared_prefix(vocab, messages)
    if len(prefix) < 16 or _common(llm.input_ids[: llm.n_tokens], prefix) == len(prefix):
        return 0, 0  # nothing worth it, or already in the KV cache (the previous call shared it)
    import hashlib

    import llama_cpp

    st = os.stat(model_path)
    ident = json.dumps(
        [os.path.realpath(model_path), st.st_size, st.st_mtime_ns, llama_cpp.__version__, llm.n_ctx(), prefix]
    )
    path = root / f"{hashlib.sha256(ident.encode()).hexdigest()}.state"
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if data:
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if llama_cpp.llama_state_set_data(llm.ctx, buf, len(data)) == len(data):
            llm.input_ids[: len(prefix)] = prefix
            llm.n_tokens = len(prefix)
            return len(prefix), 0
        llm.reset()  # a state this runtime cannot read: evaluate instead
    llm.reset()
    llm.eval(prefix)
    _save_state(llm, path)
    return 0, len(prefix)


def _save_state(llm: Any, path: Path) -> None:
    import contextlib
    import tempfile

    import llama_cpp

    size = llama_cpp.llama_state_get_size(llm.ctx)
    buf = (ctypes.c_uint8 * int(size))()
    n = int(llama_cpp.llama_state_get_data(llm.ctx, buf, size))
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(bytes(buf)[:n])
        os.replace(tmp, path)
        saved = sorted(path.parent.glob("*.state"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in saved[KV_CACHE_KEEP:]:
            old.unlink(missing_ok=True)


# --------------------------------------------------------------------------- the engine

_PASSTHROUGH = (
    "temperature",
    "top_p",
    "seed",
    "stop",
    "presence_penalty",
    "frequency_penalty",
    "tools",
    "tool_choice",
    "logprobs",
    "top_logprobs",
)


class _HTTPError(Exception):
    def __init__(self, status: int, message: str, code: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}}


def _text_messages(messages: Any) -> list[dict[str, Any]]:
    if not isinstance(messages, list) or not messages:
        raise _HTTPError(400, "'messages' must be a non-empty list", "invalid_messages", "messages")
    out = []
    for m in messages:
        m = dict(m)
        content = m.get("content")
        if isinstance(content, list):  # content parts: keep the text ones
            m["content"] = "".join(
                str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type") == "text"
            )
        out.append(m)
    return out


class LocalEngine:
    """Runs chat completions for one GGUF file. Cheap to build; the model loads on first use."""

    def __init__(
        self, model_path: str, model_name: str, *, chat_format: str | None = None, n_ctx: int | None = None
    ) -> None:
        self.model_path = model_path
        self.model_name = model_name
        self.chat_format = chat_format
        self.fixed_n_ctx = n_ctx

    @property
    def vocab(self) -> _Vocab:
        return _vocab(self.model_path, self.chat_format)

    @property
    def context_limit(self) -> int:
        return self.fixed_n_ctx or self.vocab.n_ctx_train

    def count_tokens(self, text: str) -> int:
        return self.vocab.count(text)

    def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        body = rewrite_response_format(body)
        messages = _text_messages(body.get("messages"))
        if body.get("stream"):
            raise _HTTPError(400, "the local provider does not stream", "unsupported", "stream")
        started = time.perf_counter()
        vocab = self.vocab
        prompt_tokens = vocab.prompt_tokens(messages)
        limit = self.context_limit
        req_max = body.get("max_completion_tokens") or body.get("max_tokens")
        max_tokens = int(req_max) if req_max else min(DEFAULT_MAX_TOKENS, max(0, limit - prompt_tokens))
        if prompt_tokens + max(max_tokens, 1) > limit:
            raise _HTTPError(
                400,
                f"This model's maximum context length is {limit} tokens. However, you requested "
                f"{prompt_tokens + max_tokens} tokens ({prompt_tokens} in the messages, {max_tokens} "
                f"in the completion). Please reduce the length of the messages or completion.",
                "context_length_exceeded",
                "messages",
            )
        n_ctx = self.fixed_n_ctx or _round_ctx(max(prompt_tokens + max_tokens + 16, MIN_CTX), limit)
        kwargs: dict[str, Any] = {k: body[k] for k in _PASSTHROUGH if body.get(k) is not None}
        rf = body.get("response_format")
        if isinstance(rf, dict) and rf.get("type") == "json_object":
            kwargs["response_format"] = rf
        llama_cpp = _llama()
        deadline.check()
        with _RUN_LOCK, runtime.machine_lock():
            llm, load_s = _get_model(self.model_path, n_ctx, self.chat_format)
            t0 = time.perf_counter()
            restored, prefix_evaluated = _prepare_prefix(llm, vocab, messages, self.model_path)
            prefix_s = time.perf_counter() - t0
            llama_cpp.llama_perf_context_reset(llm.ctx)
            t0 = time.perf_counter()
            hook = _EVAL_HOOK.set(runtime.TokenProgress(prompt_tokens).on_eval)
            try:
                result: dict[str, Any] = llm.create_chat_completion(messages=messages, max_tokens=max_tokens, **kwargs)
            except ValueError as exc:
                raise _HTTPError(400, str(exc), "invalid_request") from exc
            finally:
                _EVAL_HOOK.reset(hook)
                runtime.status(None)
            call_s = time.perf_counter() - t0
            perf = llama_cpp.llama_perf_context(llm.ctx)
        usage = result.get("usage") or {}
        timings = {
            "model": self.model_name,
            "model_path": self.model_path,
            "n_ctx": llm.n_ctx(),
            "n_threads": n_threads(),
            "load_s": load_s,
            # the system prompt restored from disk; or evaluated (and saved) before the call, which
            # is counted in prompt_tokens_evaluated and prompt_eval_s
            "prefix_restored": restored,
            "prefix_s": prefix_s,
            "prompt_tokens": int(usage.get("prompt_tokens") or prompt_tokens),
            "prompt_tokens_evaluated": int(perf.n_p_eval) + prefix_evaluated,
            "prompt_eval_s": perf.t_p_eval_ms / 1000.0 + (prefix_s if prefix_evaluated else 0.0),
            "completion_tokens": int(usage.get("completion_tokens") or 0),
            "generation_s": perf.t_eval_ms / 1000.0,
            "call_s": call_s,
            "total_s": time.perf_counter() - started,
        }
        timings["other_s"] = max(0.0, call_s - timings["prompt_eval_s"] - timings["generation_s"])
        LAST_TIMINGS.clear()
        LAST_TIMINGS.update(timings)
        CALL_TIMINGS.append(dict(timings))
        CALL_MESSAGES.append(messages)
        return self._openai_shape(result, body)

    def _openai_shape(self, result: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        choices = []
        for i, ch in enumerate(result.get("choices") or []):
            msg = dict(ch.get("message") or {})
            msg.setdefault("role", "assistant")
            msg.setdefault("content", None)
            choice: dict[str, Any] = {
                "index": ch.get("index", i),
                "message": msg,
                "finish_reason": ch.get("finish_reason") or "stop",
                "logprobs": ch.get("logprobs"),
            }
            choices.append(choice)
        usage = result.get("usage") or {}
        pt, ct = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
        return {
            "id": result.get("id") or f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(result.get("created") or time.time()),
            "model": str(body.get("model") or self.model_name),
            "system_fingerprint": "llama.cpp-local",
            "choices": choices,
            "usage": {"prompt_tokens": pt, "completion_tokens": ct, "total_tokens": pt + ct},
        }

    def handle(self, method: str, path: str, raw: bytes) -> tuple[int, dict[str, Any]]:
        if method == "POST" and path.endswith("/chat/completions"):
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                return 400, _HTTPError(400, "request body is not JSON", "invalid_json").body
            try:
                return 200, self.complete(body)
            except _HTTPError as exc:
                return exc.status, exc.body
            # RuntimeUnavailable (weights, self-test) and ModelTimeout propagate: the engine
            # reports them as they are (exit codes 6 and 4), and they are not worth a retry
        if method == "GET" and path.endswith("/models"):
            return 200, {
                "object": "list",
                "data": [{"id": self.model_name, "object": "model", "owned_by": "local", "created": 0}],
            }
        return 404, {"error": {"message": f"no route {method} {path}", "type": "not_found", "code": None}}


def _response(request: httpx.Request, status: int, data: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, json=data, request=request)


class LocalTransport(httpx.BaseTransport):
    def __init__(self, engine: LocalEngine) -> None:
        self.engine = engine

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        status, data = self.engine.handle(request.method, request.url.path, request.read())
        return _response(request, status, data)


class AsyncLocalTransport(httpx.AsyncBaseTransport):
    def __init__(self, engine: LocalEngine) -> None:
        self.engine = engine

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = await request.aread()
        status, data = await asyncio.to_thread(self.engine.handle, request.method, request.url.path, raw)
        return _response(request, status, data)


# --------------------------------------------------------------------------- the provider


class LocalProvider(Provider):
    """The embedded model: ``model`` is a registry name (``summarizer models``) or, with
    ``model_path``, any GGUF file."""

    def __init__(self, s: ProviderSettings, *, progress: bool = True) -> None:
        self.name = "local"
        self.base_url = "http://local.invalid/v1"
        self.api_key = "local"
        self.response_format = "json_schema"  # the wire transport rewrites it itself
        self.timeout = s.timeout
        self.retry_policy = s.retry
        chat_format: str | None = None
        self._registry_name: str | None = None
        explicit = s.model_path or os.environ.get(MODEL_PATH_ENV)
        if explicit:
            self.model_path = ensure_model(path=explicit)
            self.model = s.model or Path(explicit).stem
        else:
            name = s.model or default_model_name()
            self.model_path = ensure_model(name, progress=progress)
            self.model = name
            try:
                chat_format = get_spec(name).chat_format
                self._registry_name = name
            except ModelNotAvailable:  # a path given as the model name
                chat_format = None
        # before anything native touches the file: a runtime that cannot run here fails in a
        # child process, with the fix, instead of killing this one (runtime.py)
        runtime.ensure_runtime_works(str(self.model_path))
        self.engine = LocalEngine(str(self.model_path), self.model, chat_format=chat_format, n_ctx=s.n_ctx)
        self.context_tokens = self.engine.context_limit

    def wire_transport(self) -> httpx.BaseTransport:
        return LocalTransport(self.engine)

    def async_wire_transport(self) -> httpx.AsyncBaseTransport:
        return AsyncLocalTransport(self.engine)

    def endpoint_id(self) -> str:
        from ..localmodels import model_identity

        if self._registry_name is not None:
            return model_identity(self._registry_name)
        return model_identity(path=self.model_path)

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def describe(self) -> dict[str, Any]:
        return {
            "provider": self.name,
            "model": self.model,
            "base_url": None,
            "model_path": str(self.model_path),
            "n_threads": n_threads(),
            "context_tokens": self.context_tokens,
        }


__all__ = [
    "CALL_MESSAGES",
    "CALL_TIMINGS",
    "LAST_TIMINGS",
    "LOAD_TIMINGS",
    "AsyncLocalTransport",
    "LocalEngine",
    "LocalProvider",
    "LocalTransport",
    "n_threads",
    "unload_models",
]
