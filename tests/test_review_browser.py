"""The review page in a real headless Chromium (Debian's chromium and chromium-driver, driven by
Selenium): every highlighted span is its evidence quote's slice of the article, a casualty row
marks its span, a highlight lists the items citing it (mouse and keyboard), a hostile article
runs no script, and no page makes a network request. Skipped, with the reason, only when the
browser is not installed (``.ci/run`` installs it, so these run in CI)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from review_browser import SEED, chromium, hostile_case, missing, seed_summary

from summarizer.review import build_report, render_review

pytestmark = pytest.mark.skipif(bool(missing()), reason=f"no headless browser: {missing()}")

# every evidence key (c0.0, s1.0, ...) → the text of its highlighted segments, in order
SPAN_TEXTS = """
var out = {};
document.querySelectorAll('#text mark.hl').forEach(function (m) {
  m.getAttribute('data-ev').split(' ').forEach(function (k) { out[k] = (out[k] || '') + m.textContent; });
});
return out;
"""


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium(1280, 900) as d:
        yield d


def _open(driver: Any, path: Path) -> None:
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get_log("performance")
    driver.get(path.as_uri())


def _evidence(summary: Any) -> dict[str, tuple[int, int]]:
    out = {}
    for section, prefix in (
        ("casualties", "c"),
        ("timeline", "t"),
        ("sources", "s"),
        ("parties", "p"),
        ("locations", "l"),
    ):
        for i, item in enumerate(getattr(summary, section)):
            for j, ev in enumerate(item.evidence):
                if ev.start is not None:
                    out[f"{prefix}{i}.{j}"] = (ev.start, ev.end)
    return out


def _requests(driver: Any) -> list[tuple[str, str]]:
    """(document, url) of every request the browser logged since the last call."""
    out = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            p = msg["params"]
            out.append((p.get("documentURL", ""), p["request"]["url"]))
    return out


def _assert_quiet(driver: Any, page: Path) -> None:
    """No alert, no console error, no request but the page itself, no resource loaded."""
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    requests = _requests(driver)  # the browser's own pages (chrome://) may still be loading: not ours
    assert {url for doc, url in requests if doc == page.as_uri()} == {page.as_uri()}
    assert [url for _, url in requests if not url.startswith(("chrome:", "data:", "file:"))] == []


def test_seed_page(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    article = SEED.read_text(encoding="utf-8")
    s = seed_summary()
    page = tmp_path / "seed.html"
    page.write_text(render_review(s, article), encoding="utf-8")
    _open(driver, page)
    assert driver.find_element(By.ID, "text").get_attribute("textContent") == article
    texts = driver.execute_script(SPAN_TEXTS)
    expected = {k: article[a:b] for k, (a, b) in _evidence(s).items()}
    assert texts == expected  # every highlight is exactly its quote's slice, and every quote is highlighted
    for k, (a, b) in _evidence(s).items():
        assert texts[k] == article[a:b]

    driver.execute_script("document.documentElement.style.scrollBehavior='auto'")
    driver.find_element(By.CSS_SELECTOR, '#row-c0 button[data-go="c0"]').click()
    on = driver.find_elements(By.CSS_SELECTOR, "#text mark.hl.on")
    # every quote of figure 1 is marked, in text order (a headline restating it is its second quote)
    c0 = sorted((a, k) for k, (a, _) in _evidence(s).items() if k.startswith("c0."))
    assert on and "".join(m.get_attribute("textContent") for m in on) == "".join(texts[k] for _, k in c0)
    assert all("c0" in m.get_attribute("data-items").split() for m in on)
    assert "row-on" in driver.find_element(By.ID, "row-c0").get_attribute("class")
    assert "F1" in driver.find_element(By.ID, "cited").text
    assert driver.execute_script(
        "var r=document.querySelector('#text mark.hl.on').getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;"
    )

    # a highlight lists the items citing it; the keyboard does the same
    ti, ci = next(
        (i, j)
        for i, t in enumerate(s.timeline)
        for j, c in enumerate(s.casualties)
        if any(e.start < f.end and f.start < e.end for e in t.evidence for f in c.evidence)
    )  # a timeline date inside a casualty figure's sentence: their spans overlap
    shared = driver.find_element(By.CSS_SELECTOR, f'#text mark.hl[data-items~="t{ti}"][data-items~="c{ci}"]')
    shared.click()
    cited = driver.find_element(By.ID, "cited")
    labels = [b.text for b in cited.find_elements(By.CSS_SELECTOR, "button[data-row]")]
    assert {f"T{ti + 1}", f"F{ci + 1}"} <= set(labels)
    driver.find_element(By.ID, "row-c1").find_element(By.CSS_SELECTOR, "button").send_keys(Keys.ENTER)
    assert "F2" in cited.text
    mark = driver.find_element(By.CSS_SELECTOR, '#text mark.hl[data-items~="s0"]')
    driver.execute_script("arguments[0].focus()", mark)
    mark.send_keys(Keys.SPACE)
    assert "S1" in [b.text for b in cited.find_elements(By.CSS_SELECTOR, "button[data-row]")]
    assert driver.execute_script("return document.activeElement === arguments[0]", mark)
    cited.find_element(By.CSS_SELECTOR, 'button[data-row="s0"]').click()  # back to the row
    assert "row-on" in driver.find_element(By.ID, "row-s0").get_attribute("class")
    _assert_quiet(driver, page)


def test_hostile_article_runs_no_script(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    article, s = hostile_case()
    page = tmp_path / "hostile.html"
    page.write_text(render_review(s, article), encoding="utf-8")
    _open(driver, page)
    for m in driver.find_elements(By.CSS_SELECTOR, "#text mark.hl"):  # hover and click everything
        m.click()
    for b in driver.find_elements(By.CSS_SELECTOR, "button"):
        driver.execute_script("arguments[0].click()", b)
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return document.scripts.length") == 2
    assert (
        driver.execute_script("return document.querySelectorAll('img,svg,iframe,textarea,a[href^=javascript]').length")
        == 0
    )
    assert driver.title == "Clashes in <script>window.__pwned=1;alert(1)</script> Town"
    # the text survives as text: CRLF, the emoji, the markup
    assert driver.find_element(By.ID, "text").get_attribute("textContent") == article
    texts = driver.execute_script(SPAN_TEXTS)
    assert texts == {k: article[a:b] for k, (a, b) in _evidence(s).items()}
    _assert_quiet(driver, page)


def test_report_index_filters_and_links(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from test_review import mixed_batch

    index = build_report(mixed_batch(tmp_path, (SEED.read_text(encoding="utf-8"), seed_summary())), tmp_path / "rep")
    _open(driver, index)

    def visible() -> list[str]:
        rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr[data-status]")
        return [r.get_attribute("data-status") for r in rows if r.is_displayed()]

    assert len(visible()) == 6
    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="failed"]').click()
    assert visible() == ["failed", "failed"]
    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="errors"]').click()
    assert visible() == ["errors"]
    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="all"]').click()
    driver.find_element(By.ID, "q").send_keys("inline")
    assert visible() == ["warnings"]
    _assert_quiet(driver, index)
    driver.find_element(By.LINK_TEXT, "inline").click()
    assert driver.current_url.endswith(".html") and "/articles/" in driver.current_url
    assert driver.find_element(By.ID, "text").get_attribute("textContent") == SEED.read_text(encoding="utf-8")
    assert driver.execute_script("return document.querySelectorAll('#text mark.hl').length") > 10
