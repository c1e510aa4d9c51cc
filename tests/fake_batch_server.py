"""A fake OpenAI Files + Batches API on 127.0.0.1 (tests and ``bench/``), driven through the
real ``openai`` client (``base_url`` = ``FakeBatchServer.base_url``).

Routes: ``POST /v1/files`` (multipart, ``purpose=batch``), ``GET /v1/files/{id}``,
``GET /v1/files/{id}/content``, ``POST /v1/batches``, ``GET /v1/batches/{id}``,
``GET /v1/batches`` (list, newest first), ``POST /v1/batches/{id}/cancel``. A wrong
``Authorization`` gets the API's 401.

A batch moves one step each time it is read: ``validating`` → ``in_progress`` (half the
requests counted) → ``finalizing`` → ``completed`` (``hold`` keeps every batch in progress
until it is cleared: a test kills its client meanwhile). The input is checked as the API
does (one JSON object a line, unique ``custom_id``, ``method`` POST, ``url`` the batch's
endpoint, a ``body`` with a ``model``; at most 50,000 lines); a bad file fails the batch with
its ``errors``. The output file holds the answers in a shuffled order (seeded); failed
requests go to the error file.

What each request gets (``answer_request``): the fake chat server's grounded answer for the
article in the prompt (``tests/fakeserver.py``), unless the article carries a marker:
``[batch:error]`` (the request fails: a 500 in the error file), ``[fault:inject]`` (the
injected answer, which fails the checks; ``[fault:inject*1]``: only the first attempt, so a
re-ask round repairs it).

A batch's fate can be planned, in order of creation (``plan``): ``"complete"`` (default),
``"expire:K"`` (K requests answered, then ``expired``: the rest in the error file as
``batch_expired``), ``"cancel:K"`` (the same, ``cancelled``, ``batch_cancelled``),
``"fail"`` (``failed`` at validation).
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fakeserver import _ARTICLE, _completion, fit_schema, grounded_answer, injected_answer

API_KEY = "sk-fake-batch"
_INJECT = re.compile(r"\[fault:inject(?:\*(\d+))?\]")


def _article_of(body: dict[str, Any]) -> tuple[str, int]:
    """The article in a chat request and the attempt number (its user turns: a re-ask adds one)."""
    msgs = body.get("messages") or []
    user = next((m.get("content", "") for m in msgs if m.get("role") == "user"), "")
    m = _ARTICLE.search(str(user))
    attempt = sum(1 for m in msgs if m.get("role") == "user")
    return (m.group(1) if m else str(user)), attempt


def answer_request(line: dict[str, Any], *, index: int = 0) -> dict[str, Any]:
    """The Batch API output (or error) line for one request line."""
    body = line["body"]
    article, attempt = _article_of(body)
    cid = line["custom_id"]
    if "[batch:error]" in article:
        err = {"code": "server_error", "message": "The server had an error processing the request (fake)."}
        return {"id": f"batch_req_{index}", "custom_id": cid, "response": None, "error": err}
    mk = _INJECT.search(article)
    if mk and (mk.group(1) is None or attempt <= int(mk.group(1))):
        content = fit_schema(injected_answer(article), body)
    else:
        content = fit_schema(grounded_answer(article), body)
    prompt_tokens = len(json.dumps(body)) // 4
    resp = _completion(json.dumps(content), prompt_tokens)
    resp["model"] = body.get("model", "fake-model")
    return {
        "id": f"batch_req_{index}",
        "custom_id": cid,
        "response": {"status_code": 200, "request_id": f"req_{index}", "body": resp},
        "error": None,
    }


def run_batch_file(src: str, dst: str, *, seed: int = 0) -> None:
    """What ``vllm run-batch -i src -o dst`` does, with the fake answers (shuffled order)."""
    with open(src, encoding="utf-8") as fh:
        lines = [answer_request(json.loads(x), index=i) for i, x in enumerate(fh) if x.strip()]
    random.Random(seed).shuffle(lines)
    with open(dst, "w", encoding="utf-8") as out:
        for rec in lines:
            out.write(json.dumps(rec) + "\n")


@dataclass
class _File:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int


@dataclass
class _Batch:
    id: str
    input_file_id: str
    endpoint: str
    completion_window: str
    metadata: dict[str, str] | None
    created_at: int
    plan: str = "complete"
    status: str = "validating"
    reads: int = 0
    total: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"total": 0, "completed": 0, "failed": 0})
    lines: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": self.endpoint,
            "errors": {"object": "list", "data": self.errors} if self.errors else None,
            "input_file_id": self.input_file_id,
            "completion_window": self.completion_window,
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "in_progress_at": None,
            "expires_at": self.created_at + 86400,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "request_counts": dict(self.counts),
            "metadata": self.metadata,
        }


@dataclass
class FakeBatchServer:
    port: int = 0
    api_key: str = API_KEY
    seed: int = 0
    plan: list[str] = field(default_factory=list)
    hold: threading.Event = field(default_factory=threading.Event)  # set: batches stay in progress
    files: dict[str, _File] = field(default_factory=dict)
    batches: dict[str, _Batch] = field(default_factory=dict)
    uploads: int = 0
    created: int = 0
    polls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def requests_sent(self) -> int:
        """Request lines in every batch created (a request paid twice counts twice)."""
        with self.lock:
            return sum(b.total for b in self.batches.values())

    # -- the batch's life -------------------------------------------------------------------
    def _validate(self, b: _Batch) -> None:
        data = self.files[b.input_file_id].data
        seen: set[str] = set()
        for i, raw in enumerate(data.decode("utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
                cid = line["custom_id"]
                ok = (
                    isinstance(cid, str)
                    and line.get("method") == "POST"
                    and line.get("url") == b.endpoint
                    and isinstance(line.get("body"), dict)
                    and isinstance(line["body"].get("model"), str)
                    and set(line) == {"custom_id", "method", "url", "body"}
                )
            except (ValueError, KeyError, TypeError):
                ok, cid = False, None
            if not ok:
                b.errors.append({"code": "invalid_request", "message": f"line {i} is not a valid request", "line": i})
            elif cid in seen:
                b.errors.append({"code": "duplicate_custom_id", "message": f"duplicate custom_id {cid}", "line": i})
            else:
                seen.add(cid)
                b.lines.append(line)
        if len(b.lines) > 50_000:
            b.errors.append({"code": "too_many_requests", "message": "over 50,000 requests"})
        b.total = len(b.lines)
        b.counts["total"] = b.total

    def _finish(self, b: _Batch, end: str, answered: int) -> None:
        out, err = [], []
        for i, line in enumerate(b.lines):
            if i < answered:
                rec = answer_request(line, index=i)
                (out if rec["response"] is not None else err).append(rec)
            else:
                code = "batch_expired" if end == "expired" else "batch_cancelled"
                msg = "This request could not be executed before the completion window expired."
                if end == "cancelled":
                    msg = "This request was not executed because the batch was cancelled."
                err.append(
                    {
                        "id": f"batch_req_{i}",
                        "custom_id": line["custom_id"],
                        "response": None,
                        "error": {"code": code, "message": msg},
                    }
                )
        random.Random(f"{self.seed}:{b.id}").shuffle(out)
        b.counts["completed"] = len(out)
        b.counts["failed"] = len(err)
        if out:
            b.output_file_id = self._store(f"{b.id}_output.jsonl", "batch_output", out)
        if err:
            b.error_file_id = self._store(f"{b.id}_error.jsonl", "batch_output", err)
        b.status = end

    def _store(self, name: str, purpose: str, recs: list[dict[str, Any]]) -> str:
        fid = f"file-{len(self.files) + 1:06d}"
        data = "".join(json.dumps(r) + "\n" for r in recs).encode()
        self.files[fid] = _File(fid, name, purpose, data, int(time.time()))
        return fid

    def step(self, b: _Batch) -> None:
        """One read of a batch moves it on."""
        b.reads += 1
        if b.status == "validating":
            self._validate(b)
            if b.errors or b.plan == "fail":
                if not b.errors:
                    b.errors.append({"code": "invalid_request", "message": "the input file was refused (fake)"})
                b.status = "failed"
            else:
                b.status = "in_progress"
                b.counts["completed"] = b.total // 2
        elif b.status == "in_progress" and not self.hold.is_set():
            b.status = "finalizing"
        elif b.status == "finalizing":
            kind, _, k = b.plan.partition(":")
            if kind in ("expire", "cancel"):
                self._finish(b, "expired" if kind == "expire" else "cancelled", int(k or 0))
            else:
                self._finish(b, "completed", b.total)
        elif b.status == "cancelling":
            self._finish(b, "cancelled", b.total // 2)


def _handler(state: FakeBatchServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(
            self, status: int, obj: Any = None, raw: bytes | None = None, ctype: str = "application/json"
        ) -> None:
            body = raw if raw is not None else json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _auth(self) -> bool:
            if self.headers.get("Authorization", "") == f"Bearer {state.api_key}":
                return True
            err = {
                "message": "Incorrect API key provided (fake).",
                "type": "invalid_request_error",
                "param": None,
                "code": "invalid_api_key",
            }
            self._send(401, {"error": err})
            return False

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _missing(self, what: str) -> None:
            self._send(404, {"error": {"message": f"No such {what} (fake)", "type": "invalid_request_error"}})

        def do_GET(self) -> None:
            if not self._auth():
                return
            parts = self.path.split("?")[0].strip("/").split("/")
            with state.lock:
                if parts[:2] == ["v1", "files"] and len(parts) >= 3:
                    f = state.files.get(parts[2])
                    if f is None:
                        return self._missing("file")
                    if len(parts) == 4 and parts[3] == "content":
                        return self._send(200, raw=f.data, ctype="application/octet-stream")
                    return self._send(200, _file_obj(f))
                if parts[:2] == ["v1", "batches"] and len(parts) == 3:
                    b = state.batches.get(parts[2])
                    if b is None:
                        return self._missing("batch")
                    state.polls += 1
                    state.step(b)
                    return self._send(200, b.as_dict())
                if parts == ["v1", "batches"]:
                    data = [b.as_dict() for b in reversed(list(state.batches.values()))]
                    return self._send(
                        200, {"object": "list", "data": data, "has_more": False, "first_id": None, "last_id": None}
                    )
            self._missing("route")

        def do_POST(self) -> None:
            raw = self._body()
            if not self._auth():
                return
            parts = self.path.split("?")[0].strip("/").split("/")
            with state.lock:
                if parts == ["v1", "files"]:
                    ctype = self.headers.get("Content-Type", "")
                    msg = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + raw)
                    fields: dict[str, Any] = {}
                    for part in msg.iter_parts():
                        name = part.get_param("name", header="content-disposition")
                        fields[str(name)] = (part.get_filename(), part.get_payload(decode=True))
                    if fields.get("purpose", (None, b""))[1] != b"batch" or "file" not in fields:
                        return self._send(400, {"error": {"message": "purpose must be batch (fake)"}})
                    fid = f"file-{len(state.files) + 1:06d}"
                    f = _File(fid, str(fields["file"][0]), "batch", fields["file"][1], int(time.time()))
                    state.files[fid] = f
                    state.uploads += 1
                    return self._send(200, _file_obj(f))
                if parts == ["v1", "batches"]:
                    req = json.loads(raw)
                    if req.get("input_file_id") not in state.files:
                        return self._missing("file")
                    bid = f"batch_{len(state.batches) + 1:04d}"
                    plan = state.plan.pop(0) if state.plan else "complete"
                    b = _Batch(
                        bid,
                        req["input_file_id"],
                        req["endpoint"],
                        req["completion_window"],
                        req.get("metadata"),
                        int(time.time()),
                        plan=plan,
                    )
                    state.batches[bid] = b
                    state.created += 1
                    return self._send(200, b.as_dict())
                if parts[:2] == ["v1", "batches"] and len(parts) == 4 and parts[3] == "cancel":
                    b = state.batches.get(parts[2])
                    if b is None:
                        return self._missing("batch")
                    if b.status in ("validating", "in_progress", "finalizing"):
                        if b.status == "validating":
                            state._validate(b)
                        b.status = "cancelling"
                    return self._send(200, b.as_dict())
            self._missing("route")

    return Handler


def _file_obj(f: _File) -> dict[str, Any]:
    return {
        "id": f.id,
        "object": "file",
        "bytes": len(f.data),
        "created_at": f.created_at,
        "filename": f.filename,
        "purpose": f.purpose,
        "status": "processed",
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


@contextmanager
def serve_batches(*, seed: int = 0, plan: list[str] | None = None, api_key: str = API_KEY) -> Iterator[FakeBatchServer]:
    state = FakeBatchServer(seed=seed, plan=list(plan or []), api_key=api_key)
    httpd = _Server(("127.0.0.1", 0), _handler(state))
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    """``python tests/fake_batch_server.py``: serve in this process; prints the base URL."""
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-seconds", type=float, default=900.0)
    a = ap.parse_args(argv)
    from fakeserver import serve_until_stdin_closes

    with serve_batches(seed=a.seed) as srv:
        serve_until_stdin_closes(srv.base_url, a.max_seconds)


if __name__ == "__main__":
    main()
