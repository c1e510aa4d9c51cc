"""Headless Chromium for the review page's tests and its screenshot (Debian's ``chromium`` and
``chromium-driver``; ``.ci/run`` installs them). Never downloads a browser or a driver: the
driver path is given, so Selenium Manager is not run.

``python tests/review_browser.py fixtures/review/seed.png`` (``make review-screenshot``)
renders the seed's page from the recorded exchanges (offline) and saves a screenshot.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b8e762d482ad5f8e.txt"

#: the recorded seed exchange (fixtures/exchanges) the page is made from, replayed offline: the
#: embedded model's real answer (recorded by `make fixtures`, without --published)
REPLAY_PROVIDER = "local"
REPLAY_MODEL = "qwen2.5-coder-1.5b"
REPLAY_PUBLISHED: str | None = None

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def missing() -> str:
    """Why the browser tests cannot run here ('' when they can)."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists() and not shutil.which(Path(path).name):
            return f"{path} is not installed (apt-get install chromium chromium-driver; .ci/run does)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return ""


def _path(p: str) -> str:
    return p if Path(p).exists() else shutil.which(Path(p).name) or p


@contextmanager
def chromium(width: int = 1360, height: int = 900) -> Iterator[Any]:
    """A headless Chromium driven by Selenium, with browser console and performance (network)
    logs, in a throw-away profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="review-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = _path(CHROMIUM)
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.add_argument(f"--window-size={width},{height}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=_path(CHROMEDRIVER)), options=opts)
    try:
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def seed_summary() -> Any:
    """The seed's summary, replayed from the recorded exchanges (no network, no cache)."""
    from summarizer import summarize

    text = SEED.read_text(encoding="utf-8")
    return summarize(
        text,
        published=REPLAY_PUBLISHED,
        provider=REPLAY_PROVIDER,
        model=REPLAY_MODEL,
        offline=True,
        cache=False,
        audit=False,
    )


def screenshot(out: Path) -> None:
    """The seed's page with figure F1 selected, as a PNG."""
    from datetime import UTC, datetime

    from summarizer.review import render_review

    s = seed_summary()
    if s.provenance is not None:  # a stable picture: the time the summary was made is fixed
        s.provenance.created_at = datetime(2025, 3, 7, 12, 0, tzinfo=UTC)
    page = render_review(s, SEED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "seed.html"
        html.write_text(page, encoding="utf-8")
        with chromium(1360, 860) as driver:
            driver.get(html.as_uri())
            driver.execute_script("document.documentElement.style.scrollBehavior='auto'")
            driver.find_element("css selector", '#row-c0 button[data-go="c0"]').click()
            driver.execute_script(
                "window.scrollTo(0,0);var m=document.querySelector('mark.hl.on');"
                "var a=document.querySelector('.article');a.scrollTop=Math.max(0,m.offsetTop-a.offsetTop-220);"
            )
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))


if __name__ == "__main__":
    why = missing()
    if why:
        sys.exit(f"review-screenshot: {why}")
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fixtures" / "review" / "seed.png")
    screenshot(target)
    print(f"wrote {target}")


# --------------------------------------------------------------------------- a hostile case

HOSTILE = (
    "Clashes in <script>window.__pwned=1;alert(1)</script> Town\r\n"
    'At least 12 people were killed, the <img src=x onerror="window.__pwned=2"> ministry said.\r\n'
    'See javascript:window.__pwned=3 or <a href="javascript:window.__pwned=4">this</a> </textarea>'
    "<script>window.__pwned=5</script>\r\n"
    "A monitor \U0001f642 said 3 were injured on Friday in </title><svg onload=window.__pwned=6>.\r\n"
)
PWN = "</script><script>window.__pwned=7</script>"


def _ev(article: str, quote: str) -> dict[str, Any]:
    start = article.index(quote)  # test data only: the page itself never searches
    return {"quote": quote, "start": start, "end": start + len(quote)}


def hostile_case() -> tuple[str, Any]:
    """An article full of markup and a summary whose model strings are hostile too, with
    overlapping spans, a CRLF article and a character outside the BMP before some spans."""
    from summarizer.schema import Summary

    a = HOSTILE
    injured = "3 were injured on Friday"
    sentence = "A monitor \U0001f642 said 3 were injured on Friday in </title><svg onload=window.__pwned=6>."
    doc = {
        "summary": f'<b onmouseover="window.__pwned=9">x</b> {PWN}',
        "casualties": [
            {
                "outcome": "killed",
                "who": PWN,
                "low": 12,
                "best": 12,
                "high": 12,
                "phrase": "At least 12",
                "reported_by": '<img src=x onerror="window.__pwned=2"> ministry',
                "status": "reported",
                "notes": [PWN],
                "evidence": [_ev(a, "At least 12 people were killed, the <img")],
            },
            {
                "outcome": "injured",
                "low": 3,
                "best": 3,
                "high": 3,
                "phrase": "3",
                "evidence": [_ev(a, injured)],
            },
            {
                "outcome": "killed",
                "phrase": "five",
                "evidence": [{"quote": "five <script>window.__pwned=10</script> died", "start": None, "end": None}],
            },
        ],
        "sources": [
            {
                "name": '<img src=x onerror="window.__pwned=2"> ministry',
                "kind": "official",
                "party_to_conflict": True,
                "reliability_notes": ['javascript:window.__pwned=11 <a href="javascript:x">'],
                "evidence": [_ev(a, '<img src=x onerror="window.__pwned=2"> ministry')],
            }
        ],
        "parties": [
            {"name": PWN, "kind": "armed_group", "evidence": [_ev(a, "<script>window.__pwned=1;alert(1)</script>")]}
        ],
        "locations": [{"name": "<svg onload=window.__pwned=6>", "evidence": [_ev(a, "<svg onload=window.__pwned=6>")]}],
        "timeline": [
            {
                "when": "on Friday",
                "date": "2025-03-07",
                "date_precision": "day",
                "event": PWN,
                "location": "</textarea>",
                "evidence": [_ev(a, sentence)],
            }
        ],
        "casualty_totals": [{"outcome": "killed", "low": 12, "high": 12, "basis": [0], "note": PWN}],
        "checks": [
            {"code": "x<script>", "severity": "error", "path": "casualties[0].reported_by", "message": PWN},
            {
                "code": "model-item-dropped",
                "severity": "warning",
                "path": "model.parties[3]",
                "message": "'</textarea>'",
            },
        ],
        "provenance": {
            "provider": "openai",
            "model": PWN,
            "prompt_version": "<i>",
            "attempts": 1,
            "created_at": "2025-03-07T12:00:00Z",
        },
    }
    return a, Summary.model_validate(doc)
