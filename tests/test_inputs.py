"""Batch inputs: files, directories, globs, JSONL, HTML, URLs, and bad input as problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakeserver import Page, serve

from summarizer.inputs import Article, InputProblem, iter_inputs

HTML = b"""<!doctype html><html><head><title>Clashes</title>
<meta property="article:published_time" content="2024-03-07T10:00:00Z"></head>
<body><nav>Home | World | Sport | Login</nav>
<article><h1>Clashes in the north</h1>
<p>At least 12 people were killed in clashes near the market on Tuesday, the health ministry said.</p>
<p>Residents said the area was calm by the evening, and shops reopened on Wednesday morning.</p>
<p>The ministry said a further 20 people were injured and taken to the regional hospital.</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""


def _split(items: list[Article | InputProblem]) -> tuple[dict[str, Article], dict[str, InputProblem]]:
    arts = {i.id: i for i in items if isinstance(i, Article)}
    probs = {i.id: i for i in items if isinstance(i, InputProblem)}
    return arts, probs


def test_files_dirs_and_bad_input(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Five people were killed.", encoding="utf-8")
    (d / "sub" / "b.md").write_text("Two people were injured.", encoding="utf-8")
    (d / "ignored.csv").write_text("x,y", encoding="utf-8")
    (d / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (d / "bin.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (d / "latin1.txt").write_bytes("café déjà".encode("latin-1"))
    arts, probs = _split(list(iter_inputs([str(d), str(tmp_path / "missing.txt")])))
    assert set(arts) == {str(d / "a.txt"), str(d / "sub" / "b.md")}
    assert arts[str(d / "a.txt")].text == "Five people were killed."
    assert "empty" in probs[str(d / "empty.txt")].reason
    assert "whitespace" in probs[str(d / "blank.txt")].reason
    assert "binary" in probs[str(d / "bin.txt")].reason
    assert "UTF-8" in probs[str(d / "latin1.txt")].reason
    assert "no such file" in probs[str(tmp_path / "missing.txt")].reason
    for p in probs.values():
        assert "\n" not in p.reason


def test_globs_and_duplicates(tmp_path: Path) -> None:
    for n in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / n).write_text(f"{n}: three people were killed.", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "x*.txt"), str(tmp_path / "x1.txt"), str(tmp_path / "z*.txt")]))
    arts, probs = _split(items)
    assert sorted(arts) == [str(tmp_path / "x1.txt"), str(tmp_path / "x2.txt")]  # x1 read once
    assert "no file matches" in probs[str(tmp_path / "z*.txt")].reason


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Four people were killed.", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps(["x"]),
        "",
        json.dumps({"text": "No id: two people were injured."}),
        json.dumps({"id": "a", "text": "duplicate"}),
        json.dumps({"id": "d", "text": "bad\u0000text"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([str(f)]))
    assert len(items) == 8
    a = items[0]
    assert isinstance(a, Article) and a.id == "a" and a.published == "2024-01-02"
    assert isinstance(items[1], InputProblem) and "line 2" in items[1].reason and "not JSON" in items[1].reason
    assert isinstance(items[2], InputProblem) and items[2].id == "b" and "text" in items[2].reason
    assert isinstance(items[3], InputProblem) and items[3].id == "c" and "empty" in items[3].reason
    assert isinstance(items[4], InputProblem) and "object" in items[4].reason
    assert isinstance(items[5], Article) and items[5].id == f"{f}:7"
    assert isinstance(items[6], InputProblem) and "duplicate id" in items[6].reason
    assert isinstance(items[7], InputProblem) and "binary" in items[7].reason


def test_too_large_file(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("x" * 2000, encoding="utf-8")
    (p,) = iter_inputs([str(f)], max_bytes=1000)
    assert isinstance(p, InputProblem) and "too large" in p.reason and "1,000" in p.reason


def test_html_file_main_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    f = tmp_path / "page.html"
    f.write_bytes(HTML)
    (a,) = iter_inputs([str(f)])
    assert isinstance(a, Article), a
    assert "At least 12 people were killed" in a.text
    assert "Login" not in a.text and "Copyright" not in a.text
    assert a.published == "2024-03-07"
    (tmp_path / "empty.html").write_bytes(b"<html><head><script>var x = 1;</script></head><body>  </body></html>")
    (p,) = iter_inputs([str(tmp_path / "empty.html")])
    assert isinstance(p, InputProblem) and "no article text" in p.reason


def test_html_without_trafilatura(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    f = tmp_path / "page.htm"
    f.write_bytes(HTML)
    (p,) = iter_inputs([str(f)])
    assert isinstance(p, InputProblem) and "summarizer[html]" in p.reason


def test_urls_need_the_flag_and_are_checked() -> None:
    pytest.importorskip("trafilatura")
    with serve() as srv:
        srv.pages["news"] = Page(HTML)
        srv.pages["plain"] = Page(b"Seven people were killed, officials said.", "text/plain; charset=utf-8")
        srv.pages["pdf"] = Page(b"%PDF-1.4", "application/pdf")
        srv.pages["big"] = Page(b"x" * 5000, "text/plain")
        srv.pages["gone"] = Page(b"gone", "text/plain", status=410)
        (p,) = iter_inputs([srv.url("news")])
        assert isinstance(p, InputProblem) and "--allow-urls" in p.reason
        names = ["news", "plain", "pdf", "big", "gone", "missing"]
        items = list(iter_inputs([srv.url(n) for n in names], allow_urls=True, max_bytes=1000))
        by = {n: it for n, it in zip(names, items, strict=True)}
        assert isinstance(by["news"], Article) and "At least 12 people were killed" in by["news"].text
        assert isinstance(by["plain"], Article) and by["plain"].text.startswith("Seven people")
        assert isinstance(by["pdf"], InputProblem) and "application/pdf" in by["pdf"].reason
        assert isinstance(by["big"], InputProblem) and "too large" in by["big"].reason
        assert isinstance(by["gone"], InputProblem) and "HTTP 410" in by["gone"].reason
        assert isinstance(by["missing"], InputProblem) and "HTTP 404" in by["missing"].reason


def test_url_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose server accepts the connection and never answers becomes a timeout problem,
    with the timeout ``iter_inputs`` uses by default (shortened here)."""
    import socket

    import summarizer.inputs as inputs

    # the default is bound into fetch_url's signature: shorten it there, not in the caller
    monkeypatch.setattr(inputs.fetch_url, "__kwdefaults__", {**inputs.fetch_url.__kwdefaults__, "timeout": 0.3})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        (p,) = iter_inputs([f"http://127.0.0.1:{port}/slow"], allow_urls=True)
        assert isinstance(p, InputProblem) and "timed out after 0.3 s" in p.reason
        s.settimeout(2)
        conn, _ = s.accept()  # the request reached the silent server: the timeout is its silence
        conn.close()


# --------------------------------------------------------------------------- one reader for summarize and batch


def test_summarize_reads_utf16_with_a_bom_and_html_pages(tmp_path: Path) -> None:
    from summarizer.inputs import read_article

    text = "KHARTOUM, 12 June 2025 — At least 14 civilians were killed in Omdurman, medics said."
    utf16 = tmp_path / "a16.txt"
    utf16.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert read_article(utf16) == text
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>x</title><script>alert(1)</script></head><body><nav>Home | World</nav>"
        f"<article><h1>Shelling in Omdurman</h1><p>{text}</p><p>{text.replace('14', '15')}</p></article></body></html>",
        encoding="utf-8",
    )
    got = read_article(page)
    assert "At least 14 civilians" in got and "<p>" not in got and "alert" not in got


def test_one_article_size_limit_for_summarize_and_batch(tmp_path: Path) -> None:
    from summarizer import summarize
    from summarizer.errors import InputError
    from summarizer.inputs import MAX_ARTICLE_BYTES, read_article

    big = "At least 3 people were killed. " * (MAX_ARTICLE_BYTES // 30)
    p = tmp_path / "big.txt"
    p.write_text(big, encoding="utf-8")
    with pytest.raises(InputError, match=f"limit is {MAX_ARTICLE_BYTES:,}"):
        read_article(p)
    with pytest.raises(InputError, match=f"limit is {MAX_ARTICLE_BYTES:,}"):
        summarize(big, offline=True)
    (item,) = list(iter_inputs([str(p)]))
    assert isinstance(item, InputProblem) and f"limit is {MAX_ARTICLE_BYTES:,}" in item.reason


def test_an_html_page_dates_events_only_by_a_date_it_declares() -> None:
    """A date the page declares (meta, JSON-LD) is used; a date-like string in the text is not
    (an extractor's guess would date 'on Sunday' wrongly)."""
    pytest.importorskip("trafilatura")
    from summarizer.inputs import html_to_text

    body = (
        "<body><article><p>Copyright 2025-01-01. KHARTOUM - At least 14 civilians were killed on Sunday in "
        "Omdurman, medics said, and the market was closed for the rest of the week.</p></article></body>"
    )
    assert html_to_text(f"<html><head><title>t</title></head>{body}</html>")[1] is None
    meta = '<meta property="article:published_time" content="2025-01-27T10:00:00Z">'
    assert html_to_text(f"<html><head>{meta}</head>{body}</html>")[1] == "2025-01-27"
    ld = '<script type="application/ld+json">{"datePublished": "2025-01-26T08:00:00+01:00"}</script>'
    assert html_to_text(f"<html><head>{ld}</head>{body}</html>")[1] == "2025-01-26"
