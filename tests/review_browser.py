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

#: the recorded seed exchange (fixtures/exchanges) the page is made from, replayed offline
REPLAY_PROVIDER = "openai"
REPLAY_MODEL = "gpt-4o-mini"
REPLAY_PUBLISHED = "2025-03-07"

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
