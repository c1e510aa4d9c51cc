"""The test session's isolation, set up before any fixture of any scope runs
(``pytest_configure``) and kept to the end of the session:

* the network guard (``summarizer.testing.install_network_guard``): connections, datagrams and
  name lookups reach loopback only; module- and session-scoped fixtures are covered too;
* Python child processes install the same guard at start-up (``PYTHONPATH`` points at
  ``tests/netguard/``, whose ``sitecustomize.py`` installs it; see ``guard_child_env``);
* a clean environment: every ``SUMMARIZER_*`` and ``OPENAI_*`` variable of the developer's
  shell is removed, then the cache, config and audit log point into a temporary directory
  (and the models dir at the default user location, so weights are assembled once).

Each test also gets its own cache, config and audit paths (``_isolated``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.testing import guard_child_env, install_network_guard, network_guard_active

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b8e762d482ad5f8e.txt"
FIXTURES = ROOT / "fixtures"

#: environment prefixes removed for the session (the developer's settings never reach a test)
CLEARED_PREFIXES = ("SUMMARIZER_", "OPENAI_")

_session: dict[str, object] = {}


def isolated_environment(environ: dict[str, str], home: Path) -> dict[str, str]:
    """``environ`` without the developer's summarizer and OpenAI settings, with the paths the
    product writes to inside ``home``, and the child-process network guard switched on."""
    env = {k: v for k, v in environ.items() if not k.startswith(CLEARED_PREFIXES)}
    env["SUMMARIZER_CACHE_DIR"] = str(home / "cache")
    env["SUMMARIZER_CONFIG"] = str(home / "config.toml")
    env["SUMMARIZER_AUDIT_DB"] = str(home / "audit.sqlite")
    # model weights (verified by size and SHA-256 when assembled) are shared with the user's
    # own runs: otherwise every test that loads the embedded model assembles 1.1 GB afresh
    # into its temporary cache dir (the models dir follows SUMMARIZER_CACHE_DIR)
    env["SUMMARIZER_MODEL_DIR"] = str(_user_models_dir())
    return guard_child_env(env)


def _user_models_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "models"


def pytest_configure(config: pytest.Config) -> None:
    if _session:
        return
    home = Path(tempfile.mkdtemp(prefix="summarizer-tests-"))
    saved = dict(os.environ)
    new = isolated_environment(saved, home)
    os.environ.clear()
    os.environ.update(new)
    _session.update(home=home, environ=saved, uninstall=install_network_guard())


def pytest_unconfigure(config: pytest.Config) -> None:
    if not _session:
        return
    uninstall = _session.pop("uninstall")
    uninstall()  # type: ignore[operator]
    saved = _session.pop("environ")
    os.environ.clear()
    os.environ.update(saved)  # type: ignore[arg-type]
    shutil.rmtree(_session.pop("home"), ignore_errors=True)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    assert network_guard_active(), "the session's network guard was removed by an earlier test"
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("SUMMARIZER_AUDIT_DB", str(home / "audit.sqlite"))
    yield


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
