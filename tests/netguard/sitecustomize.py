"""Installed into every Python child of the test session (``PYTHONPATH`` puts this directory
first; ``summarizer.testing.guard_child_env``): when ``SUMMARIZER_TEST_NETGUARD=1`` the child
gets the same network guard as the test process (loopback only, name lookups included).

If the guard cannot be installed the child stops at once (exit 97) instead of running
unguarded. Another ``sitecustomize`` later on the path (a distribution's own) still runs.
"""

from __future__ import annotations

import os
import sys

if os.environ.get("SUMMARIZER_TEST_NETGUARD") == "1":
    _root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path.append(_root)  # the checkout's summarizer package, if it is not installed
    try:
        from summarizer.testing import install_network_guard

        install_network_guard()
    except Exception as _exc:
        sys.stderr.write(f"tests/netguard/sitecustomize.py: cannot install the network guard: {_exc!r}\n")
        os._exit(97)
    finally:
        if sys.path and sys.path[-1] == _root:
            sys.path.pop()


def _chain() -> None:
    """Run the next ``sitecustomize`` on the path, the one this file shadows (if any)."""
    import importlib.util

    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sys.path:
        if not entry or os.path.abspath(entry) == here:
            continue
        candidate = os.path.join(entry, "sitecustomize.py")
        if os.path.isfile(candidate):
            spec = importlib.util.spec_from_file_location("_next_sitecustomize", candidate)
            if spec and spec.loader:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            return


_chain()
