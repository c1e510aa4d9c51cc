"""Every test runs with the network guard: only loopback connections are allowed, so a test
that tries to reach a real model (or anything else) fails. Tests never read the user's cache
or config: both point into a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.testing import block_network

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b8e762d482ad5f8e.txt"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("SUMMARIZER_AUDIT_DB", str(home / "audit.sqlite"))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_PROVIDER", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(var, raising=False)
    with block_network():
        yield


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
