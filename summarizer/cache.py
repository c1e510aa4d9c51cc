"""Content-addressed store of model exchanges, used as cache, as recorded fixtures, and for
offline replay.

An *exchange* is one chat-completion request and its response. Its key is the SHA-256 of a
canonical JSON document holding the provider name, the endpoint (an HTTP server's base URL;
the embedded model file's SHA-256), the model, the messages, the response schema
(``response_format`` / ``tools``) and every sampling parameter of the request body. Only
answers that parsed (a JSON object the caller's ``accept`` check took) are stored.
Headers are never part of the key or of the stored value, so API keys cannot reach a cache
entry or a fixture.

The store sits *below* the openai client, as an httpx transport (``summarizer.transport``): the
real openai + instructor code path runs unchanged whether the answer comes from the network,
the embedded model, the cache, or a fixture file. Each re-ask is its own request and so its
own exchange.

Files are ``<root>/<key[:2]>/<key>.json``, pretty-printed so a fixture reads well in a diff.
Writes are atomic (temporary file in the same directory, fsync, ``os.replace``); an entry
whose JSON is broken or whose stored key does not match its file name is treated as a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1

#: The request header that ties an exchange to one engine run (read by the transport, put on
#: the ``ExchangeEvent``; like every header, never part of a key or of a stored exchange).
RUN_HEADER = "X-Summarizer-Run"

# Body fields that do not change what the model answers and so stay out of the key.
_NON_SEMANTIC = frozenset({"stream", "user", "stream_options", "metadata", "store"})


class OfflineMiss(RuntimeError):
    """Raised in offline mode when no cached or recorded exchange matches a request."""


def exchange_key(provider: str, body: Mapping[str, Any], endpoint: str = "") -> str:
    """Hash of provider, endpoint (the server's base URL, or the local model file's sha256),
    model, messages, response schema and parameters: everything that decides the answer."""
    keyed = {k: v for k, v in body.items() if k not in _NON_SEMANTIC}
    doc = {"provider": provider, "endpoint": endpoint, "request": keyed}
    raw = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class Exchange:
    key: str
    provider: str
    model: str
    request: dict[str, Any]
    response: dict[str, Any]
    recorded_at: str
    note: str = ""
    #: "model" (a real model answered) or "hand-written" (a scripted test double)
    origin: str = "model"
    endpoint: str = ""

    @property
    def usage(self) -> dict[str, int]:
        u = self.response.get("usage") or {}
        return {
            "prompt_tokens": int(u.get("prompt_tokens") or 0),
            "completion_tokens": int(u.get("completion_tokens") or 0),
        }

    def to_json(self) -> str:
        doc = {
            "format": FORMAT_VERSION,
            "key": self.key,
            "provider": self.provider,
            "model": self.model,
            "recorded_at": self.recorded_at,
            "note": self.note,
            "origin": self.origin,
            "endpoint": self.endpoint,
            "usage": self.usage,
            "request": self.request,
            "response": self.response,
        }
        return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Exchange:
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_VERSION:
            raise ValueError("not an exchange document")
        return cls(
            key=str(doc["key"]),
            provider=str(doc["provider"]),
            model=str(doc["model"]),
            request=dict(doc["request"]),
            response=dict(doc["response"]),
            recorded_at=str(doc.get("recorded_at", "")),
            note=str(doc.get("note", "")),
            origin=str(doc.get("origin", "model")),
            endpoint=str(doc.get("endpoint", "")),
        )


class ExchangeStore:
    """A directory of exchanges addressed by key."""

    def __init__(self, root: Path, *, writable: bool = True) -> None:
        self.root = Path(root)
        self.writable = writable

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Exchange | None:
        path = self.path_for(key)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        try:
            ex = Exchange.from_json(text)
        except (ValueError, KeyError, TypeError):
            return None  # corrupt or foreign entry: ignored, overwritten on the next put
        if ex.key != key or "choices" not in ex.response:
            return None
        return ex

    def put(self, ex: Exchange) -> None:
        if not self.writable:
            raise PermissionError(f"exchange store {self.root} is read-only")
        path = self.path_for(ex.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(ex.to_json())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def __iter__(self) -> Iterator[Exchange]:
        for p in sorted(self.root.glob("*/*.json")):
            ex = self.get(p.stem)
            if ex is not None:
                yield ex


@dataclass
class ExchangeEvent:
    """What the transport tells its listeners about one request (for usage and audit)."""

    key: str
    provider: str
    model: str
    source: str  # "network" | "cache" | "fixture"
    latency_s: float
    prompt_tokens: int
    completion_tokens: int
    status_code: int
    request: dict[str, Any]
    response: dict[str, Any] | None
    origin: str = "model"
    run_id: str = ""


Listener = Any  # Callable[[ExchangeEvent], None]; kept loose for sync/async sharing
