"""The test session's network guard and clean environment (set up in ``conftest.py``).

Each check that the guard stops something is made so that a broken guard cannot reach the
network either: name lookups go to a stub of the resolver (``_socket.getaddrinfo``), and
connections go to TEST-NET addresses (RFC 5737, never routed)."""

from __future__ import annotations

import _socket
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from summarizer.testing import NETGUARD_ENV, NetworkBlocked, block_network, is_loopback, network_guard_active

TEST_NET = ("192.0.2.1", 9)


@pytest.fixture(scope="module")
def module_fixture_attempt() -> Iterator[str]:
    """A module-scoped fixture runs before any function-scoped one: it must be guarded too."""
    try:
        socket.create_connection(TEST_NET, timeout=0.5).close()
    except NetworkBlocked as exc:
        yield f"blocked: {exc}"
    except OSError as exc:
        yield f"not blocked, failed otherwise: {exc!r}"
    else:
        yield "connected"


@pytest.fixture(scope="session")
def session_fixture_lookup() -> str:
    real = _socket.getaddrinfo
    _socket.getaddrinfo = lambda *a, **k: []  # a broken guard must not reach the resolver either
    try:
        socket.getaddrinfo("session-fixture.example.com", 443)
    except NetworkBlocked:
        return "blocked"
    finally:
        _socket.getaddrinfo = real
    return "resolved"


@pytest.fixture
def resolver_stub(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Replace the C resolver under ``socket.getaddrinfo`` with a stub recording its calls."""
    calls: list[Any] = []

    def stub(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port or 0))]

    monkeypatch.setattr(_socket, "getaddrinfo", stub)
    return calls


def test_module_scoped_fixture_is_guarded(module_fixture_attempt: str) -> None:
    assert module_fixture_attempt.startswith("blocked: network access blocked"), module_fixture_attempt


def test_session_scoped_fixture_is_guarded(session_fixture_lookup: str) -> None:
    assert session_fixture_lookup == "blocked"


def test_guard_is_installed_for_the_whole_session() -> None:
    assert network_guard_active()


@pytest.mark.parametrize("host", ["example.com", "api.openai.com", "198.51.100.7", "2001:db8::1", b"example.org"])
def test_name_lookup_of_other_hosts_is_blocked(host: Any, resolver_stub: list[Any]) -> None:
    with pytest.raises(NetworkBlocked, match="name lookup"):
        socket.getaddrinfo(host, 443)
    with pytest.raises(NetworkBlocked):
        socket.gethostbyname(host.decode() if isinstance(host, bytes) else host)
    assert resolver_stub == []  # the resolver was never asked


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", None])
def test_loopback_lookups_pass(host: Any, resolver_stub: list[Any]) -> None:
    socket.getaddrinfo(host, 80)
    assert resolver_stub == [host]


def test_connections_to_other_hosts_are_blocked() -> None:
    for address in (TEST_NET, ("2001:db8::1", 9), ("example.com", 80)):
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s, pytest.raises(NetworkBlocked):
            s.connect(address)
        with socket.socket(family, socket.SOCK_STREAM) as s, pytest.raises(NetworkBlocked):
            s.connect_ex(address)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u, pytest.raises(NetworkBlocked, match="datagram"):
        u.sendto(b"x", TEST_NET)


def test_loopback_connections_pass() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
        with socket.create_connection(("localhost", server.getsockname()[1]), timeout=2):
            pass


def test_is_loopback() -> None:
    assert all(is_loopback(h) for h in ("localhost", "LOCALHOST.", "127.0.0.1", "127.255.0.1", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("example.com", "128.0.0.1", "10.0.0.1", "::2", "", None, "localhost.evil"))


def test_nested_guard_restores_the_session_guard(resolver_stub: list[Any]) -> None:
    with block_network(allow=lambda host: host == "allowed.example"):
        socket.getaddrinfo("localhost", 80)
    assert network_guard_active()
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("allowed.example", 80)  # the session guard allows loopback only


CHILD = """
import json, socket, _socket
out = {}
_socket.getaddrinfo = lambda host, port, *a, **k: (_ for _ in ()).throw(AssertionError("resolver reached"))
for name, call in [
    ("dns", lambda: socket.getaddrinfo("example.com", 443)),
    ("connect", lambda: socket.create_connection(("192.0.2.1", 9), timeout=0.5)),
]:
    try:
        call()
        out[name] = "passed"
    except Exception as exc:
        out[name] = type(exc).__name__ + ": " + str(exc)
print(json.dumps(out))
"""


def test_child_python_processes_are_guarded() -> None:
    assert os.environ.get(NETGUARD_ENV) == "1"
    r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True)
    got = json.loads(r.stdout)
    assert got["dns"].startswith("NetworkBlocked: network access blocked in tests: name lookup")
    assert got["connect"].startswith("NetworkBlocked: network access blocked in tests")


def test_child_of_a_child_is_guarded() -> None:
    code = (
        "import subprocess, sys; "
        f"r = subprocess.run([sys.executable, '-c', {CHILD!r}], capture_output=True, text=True); "
        "sys.stdout.write(r.stdout)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(r.stdout)["dns"].startswith("NetworkBlocked")


def test_environment_is_clean() -> None:
    leaked = {k for k in os.environ if k.startswith("OPENAI_")}
    assert not leaked
    summarizer_vars = {k for k in os.environ if k.startswith("SUMMARIZER_")}
    assert summarizer_vars == {
        "SUMMARIZER_CACHE_DIR",
        "SUMMARIZER_CONFIG",
        "SUMMARIZER_AUDIT_DB",
        "SUMMARIZER_MODEL_DIR",
        NETGUARD_ENV,
    }
    home = os.path.expanduser("~")
    for var in ("SUMMARIZER_CACHE_DIR", "SUMMARIZER_CONFIG", "SUMMARIZER_AUDIT_DB"):
        assert not os.environ[var].startswith(os.path.join(home, ".")), var  # never the user's own dirs


def test_isolated_environment_drops_the_developers_settings(tmp_path: Any) -> None:
    from conftest import isolated_environment

    dev = {
        "PATH": "/usr/bin",
        "SUMMARIZER_PROVIDER": "openai",
        "SUMMARIZER_MODEL": "gpt-4o",
        "SUMMARIZER_MODEL_PATH": "/m.gguf",
        "SUMMARIZER_RESPONSE_FORMAT": "json_object_schema",
        "SUMMARIZER_PROMPTS_DIR": "/p",
        "SUMMARIZER_FIXTURES_DIR": "/f",
        "SUMMARIZER_BATCH_WORKERS": "8",
        "SUMMARIZER_MODEL_DIR": "/dev/models",
        "OPENAI_API_KEY": "sk-x",
        "OPENAI_BASE_URL": "http://example.com/v1",
        "PYTHONPATH": "/elsewhere",
    }
    env = isolated_environment(dev, tmp_path)
    assert env["PATH"] == "/usr/bin"
    assert not {k for k in env if k.startswith("OPENAI_")}
    assert {k for k in env if k.startswith("SUMMARIZER_")} == {
        "SUMMARIZER_CACHE_DIR",
        "SUMMARIZER_CONFIG",
        "SUMMARIZER_AUDIT_DB",
        "SUMMARIZER_MODEL_DIR",
        NETGUARD_ENV,
    }
    assert env["SUMMARIZER_MODEL_DIR"] != "/dev/models"  # the default location, not the developer's
    assert env["PYTHONPATH"].split(os.pathsep)[1:] == ["/elsewhere"]
