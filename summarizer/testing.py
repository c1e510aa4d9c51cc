"""Test doubles and the guard that forbids real model requests in tests.

* ``ScriptedProvider`` answers chat completions from a list of scripted replies, in order,
  through an in-process transport: the whole openai + instructor + cache path still runs. It
  is used to *write* hand-made fixtures (for behaviours a real model rarely shows) and in
  unit tests.
* ``install_network_guard()`` / ``block_network()`` make any connection to, datagram sent
  to, or name lookup of a non-loopback host raise ``NetworkBlocked`` (``socket.connect``,
  ``connect_ex``, ``sendto``, ``getaddrinfo``, ``gethostbyname(_ex)``); loopback
  (127.0.0.0/8, ``::1``, ``localhost``) and unix sockets still work, so tests that start
  local servers on 127.0.0.1 run as before.
* Child processes: ``guard_child_env()`` gives an environment whose Python children install
  the same guard at start-up (``tests/netguard/sitecustomize.py``, found through
  ``PYTHONPATH``, installs it when ``NETGUARD_ENV`` is ``1``). A child started with ``-S``,
  ``-E``/``-I``, an environment without ``PYTHONPATH``, or a program that is not Python is
  not covered; a network namespace would cover those but needs privileges the test
  machines do not grant.

This module imports only the standard library and ``summarizer.providers`` at import time
(httpx is imported when a scripted provider answers), so the child-process guard costs a
Python child almost nothing.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import os
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .providers import Provider, RetryPolicy

if TYPE_CHECKING:
    from datetime import date as _date

    import httpx

    from .schema import Summary


class NetworkBlocked(RuntimeError):
    pass


def completion_body(content: str, model: str, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-scripted-{int(time.time() * 1000)}",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


@dataclass(frozen=True)
class ScriptedRefusal:
    """A scripted reply that is an HTTP error (a server that refuses), not an answer."""

    status: int = 400
    message: str = "request refused (scripted)"


Reply = str | dict[str, Any] | ScriptedRefusal


class ScriptedProvider(Provider):
    """Answers with ``replies`` in order (the last one repeats). Its ``origin`` is
    ``hand-written``: the exchanges it produces say so, and a summary made from them reports
    ``answers_from: hand-written`` and zero usage. The completion bodies carry token estimates
    (characters / 4), which are not reported as usage."""

    def __init__(
        self, replies: Sequence[Reply], *, name: str = "openai", model: str = "scripted", endpoint: str | None = None
    ) -> None:
        self.name = name
        self.model = model
        self.base_url = "http://scripted.invalid/v1"
        #: the answers are hand-written: exchanges and provenance say so, and no usage is reported
        self.origin = "hand-written"
        #: the endpoint (``Provider.endpoint_id``, part of every exchange key) to record under:
        #: the one a replay of the case will look up (say, openai's base URL)
        self.endpoint = endpoint
        self.api_key = "scripted"
        self.replies = [r if isinstance(r, str | ScriptedRefusal) else json.dumps(r) for r in replies]
        self.requests: list[dict[str, Any]] = []
        self.retry_policy = RetryPolicy(attempts=1)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        import httpx

        body = json.loads(request.content or b"{}")
        self.requests.append(body)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, ScriptedRefusal):
            return httpx.Response(reply.status, json={"error": {"message": reply.message}})
        prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", [])) // 4
        return httpx.Response(200, json=completion_body(reply, self.model, prompt, max(1, len(reply) // 4)))

    def endpoint_id(self) -> str:
        return self.endpoint if self.endpoint is not None else super().endpoint_id()

    def wire_transport(self) -> httpx.BaseTransport:
        import httpx

        return httpx.MockTransport(self._answer)

    def async_wire_transport(self) -> httpx.AsyncBaseTransport:
        import httpx

        return httpx.MockTransport(self._answer)


#: set to "1" in a child's environment to make its Python install the network guard at start-up
NETGUARD_ENV = "SUMMARIZER_TEST_NETGUARD"
#: the directory holding the ``sitecustomize.py`` that does it (put first on ``PYTHONPATH``)
NETGUARD_SITE_DIR = Path(__file__).resolve().parent.parent / "tests" / "netguard"


def is_loopback(host: object) -> bool:
    """``localhost`` or an address in 127.0.0.0/8 or ``::1`` (also IPv4-mapped)."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    h = host.strip().lower().rstrip(".")
    if h in ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback") or h.endswith(".localhost"):
        return True
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    try:
        ip = ipaddress.ip_address(h.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


_SOCKET_METHODS = ("connect", "connect_ex", "sendto")
_RESOLVERS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex")


class _Guard:
    """One installed guard: the functions it replaced and who else may be reached."""

    def __init__(self, real: dict[str, Any], allow: Callable[[str], bool] | None) -> None:
        self.real = real
        self.allow = allow

    def host_ok(self, host: object) -> bool:
        if host is None or host == "" or host == b"":  # passive lookups: bind to any local address
            return True
        if is_loopback(host):
            return True
        return bool(self.allow and self.allow(host.decode() if isinstance(host, bytes) else str(host)))

    def address_ok(self, address: Any) -> bool:
        if isinstance(address, str | bytes):  # AF_UNIX
            return True
        if isinstance(address, tuple) and address:
            return self.host_ok(address[0])
        return False

    def lookup(self, name: str, host: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.host_ok(host):
            _refuse(f"name lookup of {host!r}")
        return self.real[name](host, *args, **kwargs)


def _refuse(what: str) -> NoReturn:
    raise NetworkBlocked(f"network access blocked in tests: {what}")


def _guarded_methods(g: _Guard) -> dict[str, Callable[..., Any]]:
    """``socket.socket``'s connecting methods, refusing what ``g`` does not allow."""

    def connect(self: socket.socket, address: Any) -> None:
        if not g.address_ok(address):
            _refuse(repr(address))
        g.real["connect"](self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not g.address_ok(address):
            _refuse(repr(address))
        return int(g.real["connect_ex"](self, address))

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        address = args[-1] if args else None
        if self.family in (socket.AF_INET, socket.AF_INET6) and not g.address_ok(address):
            _refuse(f"datagram to {address!r}")
        return int(g.real["sendto"](self, data, *args))

    return {"connect": connect, "connect_ex": connect_ex, "sendto": sendto}


def _guarded_resolvers(g: _Guard) -> dict[str, Callable[..., Any]]:
    """The socket module's name lookups, refusing what ``g`` does not allow."""

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        return g.lookup("getaddrinfo", host, *args, **kwargs)

    def gethostbyname(host: str) -> str:
        return str(g.lookup("gethostbyname", host))

    def gethostbyname_ex(host: str) -> Any:
        return g.lookup("gethostbyname_ex", host)

    return {"getaddrinfo": getaddrinfo, "gethostbyname": gethostbyname, "gethostbyname_ex": gethostbyname_ex}


def _put(functions: dict[str, Any]) -> None:
    """Set the socket functions (methods of ``socket.socket`` and the module's lookups)."""
    for name in _SOCKET_METHODS:
        setattr(socket.socket, name, functions[name])
    for name in _RESOLVERS:
        setattr(socket, name, functions[name])


def _uninstall(real: dict[str, Any], guarded: dict[str, Any]) -> None:
    _put(real)
    if guarded in _GUARDS:
        _GUARDS.remove(guarded)


def install_network_guard(allow: Callable[[str], bool] | None = None) -> Callable[[], None]:
    """Patch the socket module so that only loopback hosts (and ``allow(host)``) can be
    reached or resolved; returns the function that puts the previous functions back.
    Installing twice nests (the inner guard wraps the outer one)."""
    real: dict[str, Any] = {name: getattr(socket.socket, name) for name in _SOCKET_METHODS}
    real.update({name: getattr(socket, name) for name in _RESOLVERS})
    guard = _Guard(real, allow)
    guarded = {**_guarded_methods(guard), **_guarded_resolvers(guard)}
    _put(guarded)
    _GUARDS.append(guarded)
    return functools.partial(_uninstall, real, guarded)


_GUARDS: list[dict[str, Any]] = []


def network_guard_active() -> bool:
    """Whether the socket module currently holds an installed guard's functions."""
    return any(socket.socket.connect is g["connect"] and socket.getaddrinfo is g["getaddrinfo"] for g in _GUARDS)


def guard_child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: a copy of ``os.environ``) set up so that Python children install the
    network guard at start-up."""
    out = dict(os.environ if env is None else env)
    parts = [p for p in out.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(NETGUARD_SITE_DIR)]
    out["PYTHONPATH"] = os.pathsep.join([str(NETGUARD_SITE_DIR), *parts])
    out[NETGUARD_ENV] = "1"
    return out


@contextmanager
def block_network(allow: Callable[[str], bool] | None = None) -> Iterator[None]:
    """Forbid connections and name lookups except to loopback (and unix sockets)."""
    uninstall = install_network_guard(allow)
    try:
        yield
    finally:
        uninstall()


def code_only(article: str, published: _date | None = None) -> Summary:
    """The deterministic layer alone: ``build_summary`` given an empty model answer (what a
    summary holds when the model picks nothing). Tests of the written rules use it on
    invented sentences."""
    from summarizer.assemble import build_summary
    from summarizer.schema import empty_extraction

    summary, _ = build_summary(empty_extraction(), article, published=published)
    return summary


def reading(sentence: str, outcome: str) -> tuple[int | None, int | None, int | None, str] | None:
    """``quantities.quantity_for_outcome`` as (low, best, high, phrase), None when nothing is
    read; the phrase must be the sentence's own characters at the quantity's offsets."""
    from summarizer.evidence.quantities import quantity_for_outcome

    q = quantity_for_outcome(sentence, outcome)
    if q is None:
        return None
    assert sentence[q.start : q.end] == q.phrase, (q.start, q.end, q.phrase)
    return (q.low, q.best, q.high, q.phrase)


def figure_readings(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None, int | None]]:
    """Every figure of ``outcome`` in ``sentence`` (``quantities.quantities_for_outcome``) as
    (phrase, low, best, high), each phrase checked against its offsets."""
    from summarizer.evidence.quantities import quantities_for_outcome

    out = []
    for q in quantities_for_outcome(sentence, outcome):
        assert sentence[q.start : q.end] == q.phrase, (q.start, q.end, q.phrase)
        out.append((q.phrase, q.low, q.best, q.high))
    return out


def readings(sentence: str, outcome: str) -> list[str]:
    """The phrases of every figure of ``outcome`` in ``sentence`` (``figure_readings``)."""
    return [phrase for phrase, *_ in figure_readings(sentence, outcome)]


def statuses(article: str) -> dict[str, str]:
    """``code_only``'s figures of ``article`` (no publication date) as "outcome:phrase" -> status."""
    return {f"{c.outcome}:{c.phrase}": c.status for c in code_only(article).casualties}


def status_of(article: str, phrase: str) -> str:
    """The status ``code_only`` gives the first figure of ``article`` whose phrase is ``phrase``."""
    return next(c.status for c in code_only(article).casualties if c.phrase == phrase)
