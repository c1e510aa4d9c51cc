"""README promises of the command line, each through Typer's CliRunner, with a test that
fails when the promise breaks: ``--model-path``, ``--no-hints``, ``--token-budget``,
``--response-format``, ``eval --baseline``, and ``summarize`` exiting 1 with one line when
the server is down or answers 4xx.

The model server here is a small recording stub on 127.0.0.1 (``_Stub``): it answers what
the test tells it to and keeps every request body, so each test can see what was sent.
Its answers are written for these tests; it does not use the product's own code."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_b8e762d482ad5f8e.txt")

ARTICLE = (
    "Shelling hit the old quarter of the town on Sunday. At least 9 people were killed and "
    "12 were wounded, the provincial health department said. Aid workers said the market was "
    "closed for the rest of the week."
)
#: an answer grounded in ARTICLE (free form: the shape the model fills when no list is shown)
GOOD = {
    "summary": "Shelling killed at least 9 people in the town.",
    "sources": [{"name": "provincial health department", "kind": "official"}],
    "parties": [],
    "locations": [],
    "figures": [],
    "casualties": [
        {
            "outcome": "killed",
            "phrase": "At least 9",
            "quote": "At least 9 people were killed",
            "reported_by": "provincial health department",
        }
    ],
}
#: an answer stating a figure the article does not hold: every attempt fails the checks
FABRICATED = {
    **GOOD,
    "casualties": [
        {"outcome": "killed", "phrase": "150", "quote": "150 people were killed in the shelling", "reported_by": None}
    ],
}

runner = CliRunner()


@dataclass
class _Stub:
    """What to answer: ``reply(body) -> (status, json)``; every request body is kept."""

    reply: Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]
    bodies: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def completion(content: dict[str, Any] | str, prompt_tokens: int = 500, completion_tokens: int = 100) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": "stub-model",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content if isinstance(content, str) else json.dumps(content),
                },
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


@pytest.fixture
def stub() -> Iterator[Callable[..., _Stub]]:
    servers: list[ThreadingHTTPServer] = []

    def start(reply: Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]) -> _Stub:
        state = _Stub(reply)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                state.bodies.append(body)
                status, doc = state.reply(body)
                raw = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        state.port = httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(httpd)
        return state

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def article(tmp_path: Path) -> str:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return str(p)


def _remote(srv: _Stub, *extra: str) -> list[str]:
    return [
        "--provider",
        "openai-compatible",
        "--base-url",
        srv.base_url,
        "--model",
        "stub-model",
        "--no-cache",
        *extra,
    ]


def _user(body: dict[str, Any]) -> str:
    return next(m["content"] for m in body["messages"] if m["role"] == "user")


# --------------------------------------------------------------------------- --no-hints


def test_hints_are_sent_by_default_and_not_with_no_hints(stub: Callable[..., _Stub], article: str) -> None:
    srv = stub(lambda body: (200, completion(GOOD)))
    r = runner.invoke(app, ["summarize", article, "-f", "json", *_remote(srv)])
    assert r.exit_code == 0, r.output
    hinted = _user(srv.bodies[-1])
    assert 'F1: "At least 9" killed' in hinted
    r = runner.invoke(app, ["summarize", article, "-f", "json", *_remote(srv, "--no-hints")])
    assert r.exit_code == 0, r.output
    plain = _user(srv.bodies[-1])
    assert "F1:" not in plain and '"At least 9" killed' not in plain
    # the schema offers no ids to pick when no list is shown
    schema = srv.bodies[-1]["response_format"]["json_schema"]["schema"]
    assert "figures" not in schema["properties"]
    doc = json.loads(r.stdout)
    assert [(c["phrase"], c["low"], c["high"]) for c in doc["casualties"] if c["outcome"] == "killed"] == [
        ("At least 9", 9, None)
    ]


# --------------------------------------------------------------------------- --response-format


def test_response_format_option_changes_the_request(stub: Callable[..., _Stub], article: str) -> None:
    srv = stub(lambda body: (200, completion(GOOD)))
    assert runner.invoke(app, ["summarize", article, "-f", "json", *_remote(srv)]).exit_code == 0
    default = srv.bodies[-1]["response_format"]
    assert default["type"] == "json_schema" and "schema" in default["json_schema"]
    r = runner.invoke(
        app, ["summarize", article, "-f", "json", *_remote(srv, "--response-format", "json_object_schema")]
    )
    assert r.exit_code == 0, r.output
    rf = srv.bodies[-1]["response_format"]
    assert (
        rf["type"] == "json_object"
        and rf["schema"]["properties"].keys() == default["json_schema"]["schema"]["properties"].keys()
    )
    r = runner.invoke(app, ["summarize", article, *_remote(srv, "--response-format", "xml")])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- --token-budget


def test_token_budget_stops_the_reasks(stub: Callable[..., _Stub], article: str) -> None:
    """Each answer fails the checks and costs 600 tokens: with 3 re-asks allowed, a budget of
    1000 stops after the second attempt and says so; without a budget all 4 attempts run."""
    srv = stub(lambda body: (200, completion(FABRICATED, 500, 100)))
    r = runner.invoke(app, ["summarize", article, "-f", "json", *_remote(srv, "--max-retries", "3", "--no-hints")])
    assert len(srv.bodies) == 4, r.output
    srv.bodies.clear()
    r = runner.invoke(
        app,
        [
            "summarize",
            article,
            "-f",
            "json",
            *_remote(srv, "--max-retries", "3", "--no-hints", "--token-budget", "1000"),
        ],
    )
    assert len(srv.bodies) == 2, r.output
    doc = json.loads(r.stdout)
    assert "token-budget-reached" in {f["code"] for f in doc["checks"]}
    assert doc["provenance"]["attempts"] == 2
    assert doc["provenance"]["usage"] == {"prompt_tokens": 1000, "completion_tokens": 200}


# --------------------------------------------------------------------------- --model-path


def test_model_path_selects_that_file(tmp_path: Path) -> None:
    """The seed's recorded answer is the default embedded model's; given another GGUF file,
    the run is that file's (named after it, keyed on its content), so the recording does not
    answer it."""
    r = runner.invoke(app, ["summarize", SEED, "-f", "json", "--offline", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["provenance"]["model"] == "qwen2.5-coder-1.5b"
    other = tmp_path / "tiny-test-model.gguf"
    other.write_bytes(b"GGUF" + b"\0" * 60)
    r = runner.invoke(app, ["summarize", SEED, "-f", "json", "--offline", "--no-cache", "--model-path", str(other)])
    assert r.exit_code == 1, r.output
    assert "model tiny-test-model" in r.stderr and "no recorded exchange" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_model_path_to_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    r = runner.invoke(app, ["summarize", SEED, "--no-cache", "--model-path", str(tmp_path / "absent.gguf")])
    assert r.exit_code in (2, 6), r.output  # bad setting, or the runtime that would load it is missing
    assert "absent.gguf" in r.stderr and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- exit 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nothing listens


def test_server_down_exits_1_with_one_line(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setattr(time, "sleep", lambda s: None)  # the transport's retries, without the waits
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    r = runner.invoke(
        app, ["summarize", article, "--provider", "openai-compatible", "--base-url", url, "--model", "m", "--no-cache"]
    )
    assert r.exit_code == 1, r.output
    assert "cannot reach the model server" in r.stderr or "connect" in r.stderr.lower(), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output


@pytest.mark.parametrize("status", [400, 401, 404])
def test_a_4xx_exits_1_at_once_with_the_servers_message(stub: Callable[..., _Stub], article: str, status: int) -> None:
    srv = stub(lambda body: (status, {"error": {"message": f"refused by the stub ({status})"}}))
    r = runner.invoke(app, ["summarize", article, *_remote(srv)])
    assert r.exit_code == 1, r.output
    assert f"HTTP {status}" in r.stderr and f"refused by the stub ({status})" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.output
    assert len(srv.bodies) == 1  # a 4xx is not retried


# --------------------------------------------------------------------------- eval --baseline

GOLD = {
    "id": "doc-1",
    "corpus": "own",
    "text": ARTICLE,
    "published": "2024-05-05",
    "gold": {
        "casualties": [{"outcome": "killed", "low": 9, "high": None, "quote": "At least 9 people were killed"}],
        "places": [],
        "actors": [],
        "dates": [],
    },
}
PLAIN = {
    "summary": "Shelling killed people.",
    "casualties": [
        {"outcome": "killed", "low": 9, "high": None, "who": "people", "quote": "At least 9 people were killed"}
    ],
    "places": ["town"],
    "actors": [],
    "dates": [],
}


def test_eval_baseline_sends_a_plain_instructor_call(stub: Callable[..., _Stub], tmp_path: Path) -> None:
    dataset = tmp_path / "gold.jsonl"
    dataset.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")

    def reply(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        props = body["response_format"]["json_schema"]["schema"]["properties"]
        return 200, completion(PLAIN if "actors" in props else GOOD)

    srv = stub(reply)
    common = ["--provider", "openai-compatible", "--base-url", srv.base_url, "--model", "stub-model", "--no-cache"]
    out = tmp_path / "baseline.json"
    r = runner.invoke(app, ["eval", str(dataset), "--baseline", "--out", str(out), "--no-progress", *common])
    assert r.exit_code == 0, r.output
    (body,) = srv.bodies
    # the plain call: its own short prompt and plain schema, no candidate list, no pipeline prompt
    props = body["response_format"]["json_schema"]["schema"]["properties"]
    assert set(props) == {"summary", "casualties", "places", "actors", "dates"}
    assert "F1:" not in _user(body) and "<article>" not in _user(body)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["mode"] == "baseline" or report.get("baseline") is True
    assert str(report["prompt_version"]).startswith("baseline-")

    srv.bodies.clear()
    out2 = tmp_path / "pipeline.json"
    r = runner.invoke(app, ["eval", str(dataset), "--out", str(out2), "--no-progress", *common], env={"COLUMNS": None})
    assert r.exit_code == 0, r.output
    assert "figures" in srv.bodies[0]["response_format"]["json_schema"]["schema"]["properties"]
    assert "…" not in r.stdout  # piped: no column cut short ("0.…")
    pipeline = json.loads(out2.read_text(encoding="utf-8"))
    assert pipeline["mode"] == "pipeline" and not str(pipeline["prompt_version"]).startswith("baseline-")
