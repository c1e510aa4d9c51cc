"""The review page without a browser: spans at the JSON's offsets, overlaps, escaping, the CSP,
no external reference, the page without an article, the batch report and the CLI. The same
pages are driven in headless Chromium by test_review_browser.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from review_browser import REPLAY_MODEL, REPLAY_PROVIDER, REPLAY_PUBLISHED, SEED, hostile_case, seed_summary
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.review import build_report, page_name, readable_range, render_review
from summarizer.schema import Summary

REPLAY = ["--offline", "--provider", REPLAY_PROVIDER, "--model", REPLAY_MODEL]
if REPLAY_PUBLISHED:
    REPLAY += ["--published", REPLAY_PUBLISHED]
runner = CliRunner()


class _Page(HTMLParser):
    """The article panel's text, the text of each evidence key (``c0.0``) and of each mark,
    the scripts, and every element's tag and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.text = ""
        self.by_key: dict[str, str] = {}
        self.marks: list[tuple[dict[str, str], str]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.strong: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag in ("meta", "link", "br", "input"):
            return
        self.stack.append((tag, a))
        if tag == "mark" and self._in_text():
            self.marks.append((a, ""))
        if tag == "script":
            self.scripts.append((a, ""))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def _in_text(self) -> bool:
        return any(a.get("id") == "text" for _, a in self.stack)

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "script":
            a, s = self.scripts[-1]
            self.scripts[-1] = (a, s + data)
            return
        if not self._in_text():
            return
        self.text += data
        mark = next((a for t, a in reversed(self.stack) if t == "mark"), None)
        if mark is not None:
            a, s = self.marks[-1]
            self.marks[-1] = (a, s + data)
            for key in mark["data-ev"].split():
                self.by_key[key] = self.by_key.get(key, "") + data
        if any(t == "strong" and "num" in a.get("class", "") for t, a in self.stack):
            self.strong.append(data)


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def evidence_keys(s: Summary) -> dict[str, tuple[int, int]]:
    out = {}
    for section, prefix in (
        ("casualties", "c"),
        ("timeline", "t"),
        ("sources", "s"),
        ("parties", "p"),
        ("locations", "l"),
    ):
        for i, item in enumerate(getattr(s, section)):
            for j, ev in enumerate(item.evidence):
                if ev.start is not None and ev.end is not None:
                    out[f"{prefix}{i}.{j}"] = (ev.start, ev.end)
    return out


@pytest.fixture(scope="module")
def seed() -> tuple[str, Summary]:
    return SEED.read_text(encoding="utf-8"), seed_summary()


def test_seed_spans_are_the_json_offsets(seed: tuple[str, Summary]) -> None:
    article, s = seed
    p = parse(render_review(s, article))
    assert p.text == article  # the panel is the article, character for character
    keys = evidence_keys(s)
    assert len(keys) >= 15
    for key, (a, b) in keys.items():
        assert p.by_key[key] == article[a:b], key
    assert set(p.by_key) == set(keys)
    for attrs, text in p.marks:  # each segment says where it is, and is that text
        assert article[int(attrs["data-s"]) : int(attrs["data-e"])] == text
    assert "over 130" in p.strong and "over 30" in p.strong  # the number words emphasised


def test_overlapping_spans_split_into_segments_listing_every_item() -> None:
    article, s = hostile_case()
    p = parse(render_review(s, article))
    assert p.text == article  # CRLF and the emoji kept
    for key, (a, b) in evidence_keys(s).items():
        assert p.by_key[key] == article[a:b], key
    # 'At least 12 people were killed, the <img' (c0) overlaps the source's '<img ...> ministry' (s0)
    shared = [(a, t) for a, t in p.marks if {"c0", "s0"} <= set(a["data-items"].split())]
    assert [t for _, t in shared] == ["<img"]
    # the injured figure lies inside the timeline sentence: both listed on its segments
    inner = [a for a, t in p.marks if "c1" in a["data-items"].split()]
    assert inner and all("t0" in a["data-items"].split() for a in inner)
    assert any(a.get("data-label") == "F1" for a, _ in p.marks)


def test_hostile_article_and_model_strings_stay_text() -> None:
    article, s = hostile_case()
    page = render_review(s, article)
    p = parse(page)
    assert [t for t, _ in p.tags if t in ("img", "svg", "textarea", "iframe", "object", "title")] == ["title"]
    assert {a["href"] for t, a in p.tags if t == "a"} <= {"#checks", "#totals"}  # the page's own links
    assert [a.get("type", "") for a, _ in p.scripts] == ["application/json", ""]
    assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
    data_block = p.scripts[0][1]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    data = json.loads(data_block)
    assert "</script>" in data["items"]["c0"]["text"]  # the model's string, as text
    assert "window.__pwned" not in p.scripts[1][1]


def test_csp_allows_only_the_pages_own_script() -> None:
    article, s = hostile_case()
    page = render_review(s, article)
    p = parse(page)
    (meta,) = [a for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    policy = meta["content"]
    script = p.scripts[1][1]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert (
        "default-src 'none'" in policy
        and "img-src data:" in policy
        and "unsafe-inline" not in policy.split("script-src")[1]
    )


def test_the_page_references_nothing_outside_itself(seed: tuple[str, Summary]) -> None:
    article, s = seed
    page = render_review(s, article)
    p = parse(page)
    for _tag, attrs in p.tags:
        for k in ("src", "href", "action", "data"):
            v = attrs.get(k, "")
            assert not re.match(r"^\s*(?:[a-z]+:|//)", v) or v.startswith("data:"), (k, v)
    assert "@import" not in page and "url(" not in page and "@font-face" not in page


def test_without_the_article_the_page_says_so_and_lists_the_quotes(seed: tuple[str, Summary]) -> None:
    _, s = seed
    page = render_review(s, None, missing_reason="no text in the batch line")
    p = parse(page)
    assert p.marks == [] and 'id="text"' not in page
    assert "The article text is not available (no text in the batch line)" in page
    assert "over 130 people had been killed in two days of combat" in page


def test_offsets_that_do_not_slice_to_the_quote_are_flagged(seed: tuple[str, Summary]) -> None:
    article, s = seed
    other = "X" * 40 + article  # another version of the article: every span is off
    page = render_review(s, other)
    assert "whose offsets do not slice this text to their quote" in page
    assert "differs from the quote" in page
    assert parse(page).text == other


def test_readable_ranges() -> None:
    assert readable_range(131, None, None) == "at least 131"
    assert readable_range(24, 27, 30) == "24–30 (best 27)"
    assert readable_range(None, None, 30) == "at most 30"
    assert readable_range(None, 40, None) == "about 40"
    assert readable_range(12, 12, 12) == "12"
    assert readable_range(None, None, None) == "no number"
    assert readable_range(1000, None, None) == "at least 1,000"


def test_page_names_are_safe_and_unique() -> None:
    names = [page_name(i) for i in ("news/a.txt", "news/a txt", "../../etc/passwd", "<script>", "", "x" * 500)]
    assert len(set(names)) == len(names)
    for n in names:
        assert re.fullmatch(r"[A-Za-z0-9._-]+\.html", n) and not n.startswith(".") and len(n) < 90


# --------------------------------------------------------------------------- batch report


def _lines(path: Path, records: list[dict[str, Any] | str]) -> None:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")


def mixed_batch(tmp_path: Path, seed: tuple[str, Summary]) -> Path:
    """Good and failed lines: the seed by its path (text read from the file), the seed with its
    text in the line, a summary whose id is no file, two failures, a broken line, a retried id."""
    article, s = seed
    doc = json.loads(s.model_dump_json())
    hostile_text, hostile = hostile_case()
    out = tmp_path / "out.jsonl"
    _lines(
        out,
        [
            {"id": "feed.jsonl:3", "ok": False, "summary": None, "error": {"kind": "model", "message": "HTTP 500"}},
            {"id": str(SEED), "ok": True, "summary": doc, "error": None},
            {"id": "inline", "ok": True, "summary": doc, "error": None, "text": article},
            {"id": "<script>nofile", "ok": True, "summary": doc, "error": None},
            {"id": "hostile", "ok": True, "summary": json.loads(hostile.model_dump_json()), "text": hostile_text},
            {"id": "empty.txt", "ok": False, "summary": None, "error": {"kind": "input", "message": "is empty"}},
            '{"id": "cut", "ok": tr',
            {"id": "feed.jsonl:3", "ok": False, "summary": None, "error": {"kind": "timeout", "message": "180 s"}},
        ],
    )
    return out


def test_report_of_a_mixed_batch(tmp_path: Path, seed: tuple[str, Summary]) -> None:
    out = mixed_batch(tmp_path, seed)
    index = build_report(out, tmp_path / "rep")
    page = index.read_text(encoding="utf-8")
    p = parse(page)
    rows = [a for t, a in p.tags if t == "tr" and "data-status" in a]
    assert [r["data-status"] for r in rows] == ["failed", "warnings", "warnings", "warnings", "errors", "failed"]
    assert "timeout: 180 s" in page and "HTTP 500" not in page  # the last line of an id counts
    assert "input: is empty" in page and "&lt;script&gt;nofile" in page and "<script>nofile" not in page
    links = [a["href"] for t, a in p.tags if t == "a" and a.get("href", "").startswith("articles/")]
    assert len(links) == 4
    for href in links:
        assert (index.parent / href).is_file()
    by_id = {a["data-id"]: a for a in rows}
    assert by_id["<script>nofile"]  # ids are matched lower-cased by the filter
    seed_page = parse((index.parent / "articles" / page_name(str(SEED))).read_text(encoding="utf-8"))
    assert seed_page.text == seed[0]  # text read from the id as a path
    inline = (index.parent / "articles" / page_name("inline")).read_text(encoding="utf-8")
    assert parse(inline).text == seed[0] and 'href="../index.html"' in inline
    nofile = (index.parent / "articles" / page_name("<script>nofile")).read_text(encoding="utf-8")
    assert "The article text is not available" in nofile and "its id is not a readable file" in nofile
    assert "no article text" in page


def test_report_reads_the_text_from_an_articles_jsonl(tmp_path: Path, seed: tuple[str, Summary]) -> None:
    article, s = seed
    out = tmp_path / "out.jsonl"
    _lines(out, [{"id": "a1", "ok": True, "summary": json.loads(s.model_dump_json()), "error": None}])
    feed = tmp_path / "feed.jsonl"
    _lines(feed, [{"id": "a1", "text": article}])
    index = build_report(out, tmp_path / "rep", feed)
    assert parse((index.parent / "articles" / page_name("a1")).read_text(encoding="utf-8")).text == article


def test_report_command(tmp_path: Path, seed: tuple[str, Summary]) -> None:
    out = mixed_batch(tmp_path, seed)
    r = runner.invoke(app, ["report", str(out), "-o", str(tmp_path / "rep")])
    assert r.exit_code == 0, r.output
    assert "index.html" in r.stdout and (tmp_path / "rep" / "index.html").is_file()
    r = runner.invoke(app, ["report", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "rep")])
    assert r.exit_code == 2 and "no such file" in r.output
    empty = tmp_path / "empty.jsonl"
    empty.write_text("not json\n")
    r = runner.invoke(app, ["report", str(empty), "-o", str(tmp_path / "rep")])
    assert r.exit_code == 2 and "no batch line" in r.output
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = runner.invoke(app, ["report", str(out), "-o", str(blocker)])
    assert r.exit_code == 5 and "cannot create" in r.output


def test_summarize_html(tmp_path: Path) -> None:
    article = SEED.read_text(encoding="utf-8")
    r = runner.invoke(app, ["summarize", str(SEED), "-f", "html", *REPLAY])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("<!doctype html>") and parse(r.stdout).text == article
    out = tmp_path / "seed.html"
    r = runner.invoke(app, ["summarize", str(SEED), "-o", str(out), *REPLAY])
    assert r.exit_code == 0, r.output
    assert parse(out.read_text(encoding="utf-8")).text == article
