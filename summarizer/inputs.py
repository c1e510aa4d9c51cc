"""Batch inputs: files, directories, globs, JSONL and (with an explicit flag) URLs.

``iter_inputs(["a.txt", "dir/", "news/*.md", "batch.jsonl"])`` yields, in a stable order,
an ``Article`` for every readable article and an ``InputProblem`` (with a one-line reason)
for everything else; it never raises for bad input, so one bad file cannot stop a batch.

What is read
============

* **Files**: ``*.txt`` / ``*.md`` (and any other suffix named explicitly) as UTF-8 text;
  ``*.html`` / ``*.htm`` through trafilatura (main text only, boilerplate dropped; the
  optional ``html`` extra: ``pip install 'summarizer[html]'``; imported lazily and reported
  per file when missing); ``*.jsonl`` as one article per line.
* **Directories**: recursively, files ending in ``.txt``, ``.md``, ``.html``, ``.htm``
  (hidden files and folders skipped), sorted by path.
* **Globs** (``*``, ``?``, ``[``; ``**`` recursive): matched files, sorted.
* **JSONL**: each line ``{"id": str, "text": str, "published": "YYYY-MM-DD"?}``. A line that
  is not JSON, not an object, or has no usable ``text`` is an ``InputProblem`` for that line
  only. A line without ``id`` gets ``<file>:<line number>``.
* **URLs** (``http://`` / ``https://``) only with ``allow_urls=True`` (CLI ``--allow-urls``):
  fetched with httpx, a timeout (``URL_TIMEOUT_S``), redirects followed (at most 5), a size
  cap (``MAX_BYTES``, checked on ``Content-Length`` and while streaming) and a content-type
  check (``text/html``, ``application/xhtml+xml``, ``text/plain``). HTML goes through
  trafilatura like an HTML file.

Article ids are the path as found (or the URL, or the JSONL ``id``); a second article with
an id already seen is an ``InputProblem`` ("duplicate id"), since batch output and resume
are keyed by id.

Rejected with a one-line reason
===============================

Empty or whitespace-only text; binary data (NUL bytes); invalid UTF-8 (with the byte
offset; UTF-16 and UTF-32 are read when they start with a byte-order mark); files or pages
larger than ``MAX_BYTES`` (5 MB); article text larger than ``MAX_ARTICLE_BYTES`` (256 KB of
UTF-8, about 40,000 words: several times the longest news article, and the code after the
model takes about 20 s a megabyte on 2 cores, so the limit keeps a summary to seconds); HTML
with no main text; missing files; globs matching nothing; URLs without the flag.

The same limit and the same reading rules apply to ``summarizer summarize`` and the library
(``load_article``, ``summarize(text)``): this module is their one owner.

Very long articles
==================

Policy: **refuse, do not split**. When the provider knows its context window (the local
model, or ``n_ctx``), ``Engine`` raises ``InputError`` before any model call, naming the
tokens needed (article + prompt + answer) and the context size; batch reports it as an
``input`` error for that article and goes on. Splitting was rejected because casualty
figures, their sources and hedges ("could not be verified") often sit in different
paragraphs, and totals computed per chunk could double count; a refused article is
visible, a silently wrong merge is not. Providers with an unknown context (remote APIs)
get the article as is, within the ``MAX_BYTES`` cap.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

MAX_BYTES = 5 * 1024 * 1024  # a file, page or JSONL line as read (HTML is larger than its text)
MAX_ARTICLE_BYTES = 256 * 1024  # the article text, UTF-8 encoded
URL_TIMEOUT_S = 20.0
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DIR_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
URL_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: str | None = None
    source: str = ""


@dataclass(frozen=True)
class InputProblem:
    id: str
    reason: str
    source: str = ""

    def __str__(self) -> str:
        return f"{self.id}: {self.reason}"


Item = Article | InputProblem


#: a one-line reason why an input is not an article (the library's ``InputError``)
_Bad = InputError


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def iter_inputs(
    inputs: Iterable[str], *, allow_urls: bool = False, max_bytes: int = MAX_BYTES
) -> Iterator[Article | InputProblem]:
    """Articles and problems for ``inputs`` (files, directories, globs, JSONL, URLs)."""
    seen_ids: set[str] = set()
    seen_paths: set[Path] = set()
    for item in _expand(inputs, allow_urls=allow_urls, max_bytes=max_bytes, seen_paths=seen_paths):
        if item.id in seen_ids:
            yield InputProblem(item.id, "duplicate id: an article with this id was already read", item.source)
            continue
        seen_ids.add(item.id)
        yield item


def _expand(inputs: Iterable[str], *, allow_urls: bool, max_bytes: int, seen_paths: set[Path]) -> Iterator[Item]:
    for raw in inputs:
        if is_url(raw):
            if not allow_urls:
                yield InputProblem(raw, "URL inputs need --allow-urls (allow_urls=True)", raw)
            else:
                yield _from_url(raw, max_bytes)
            continue
        p = Path(raw)
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in DIR_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            for f in files:
                yield from _once(f, max_bytes, seen_paths)
            continue
        if p.exists():
            yield from _once(p, max_bytes, seen_paths)
            continue
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputProblem(raw, "no file matches this pattern", raw)
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    yield from _expand([m], allow_urls=False, max_bytes=max_bytes, seen_paths=seen_paths)
                else:
                    yield from _once(mp, max_bytes, seen_paths)
            continue
        yield InputProblem(raw, "no such file or directory", raw)


def _once(path: Path, max_bytes: int, seen: set[Path]) -> Iterator[Item]:
    try:
        key = path.resolve()
    except OSError:
        key = path.absolute()
    if key in seen:
        return
    seen.add(key)
    if path.suffix.lower() == ".jsonl":
        yield from _from_jsonl(path, max_bytes)
    else:
        yield _from_file(path, max_bytes)


def _from_file(path: Path, max_bytes: int) -> Item:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            if path.suffix.lower() in HTML_SUFFIXES:
                raise _Bad(f"too large for an HTML page ({size:,} bytes; limit {max_bytes:,})")
            raise _Bad(too_large(size, max_bytes))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _Bad(f"cannot read ({exc.strerror or exc})") from None
        if path.suffix.lower() in HTML_SUFFIXES:
            text, published = html_to_text(data)
        else:
            text, published = decode_text(data), None
    except _Bad as exc:
        return InputProblem(name, str(exc), name)
    except OSError as exc:
        return InputProblem(name, f"cannot read ({exc.strerror or exc})", name)
    return Article(name, text, published, name)


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes) -> str:
    """UTF-8 text (UTF-16/32 with a byte-order mark), or ``_Bad`` with a one-line reason
    (binary, invalid UTF-8, empty, too large)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return check_text(data[len(bom) :].decode(codec))
            except UnicodeDecodeError:
                break  # not that encoding after all: judged as UTF-8 below
    if b"\x00" in data:
        hint = ""
        if len(data) > 3 and data[1::2].count(0) > len(data) // 4:
            hint = " (UTF-16 without a byte-order mark? convert it to UTF-8)"
        raise _Bad(f"looks like binary data (NUL bytes), not an article{hint}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Bad(f"not valid UTF-8 (byte {exc.start})") from None
    return check_text(text)


def check_text(text: object, name: str = "") -> str:
    """The article text itself: a non-empty ``str`` with no NUL and at most
    ``MAX_ARTICLE_BYTES`` of UTF-8; else ``InputError`` with a one-line reason."""
    prefix = f"{name}: " if name else ""
    if not isinstance(text, str):
        what = type(text).__name__
        hint = " (decode it first, or pass the file to load_article)" if isinstance(text, bytes | bytearray) else ""
        raise _Bad(f"{prefix}the article must be text (str), got {what}{hint}")
    if "\x00" in text:
        raise _Bad(f"{prefix}looks like binary data (NUL bytes), not an article")
    if not text.strip():
        raise _Bad(f"{prefix}is empty (no text)" if not text else f"{prefix}is empty (whitespace only)")
    if len(text) > MAX_ARTICLE_BYTES // 4:  # cheap test first: at most 4 bytes a character
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_ARTICLE_BYTES:
            raise _Bad(prefix + too_large(size))
    return text


def too_large(size: int, limit: int = MAX_ARTICLE_BYTES) -> str:
    return (
        f"too large for one article: {size:,} bytes of text, the limit is {limit:,} (split it, or summarise its parts)"
    )


def looks_like_html(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_article(path: str | Path) -> str:
    """One article file as text, by the rules above (HTML through trafilatura); raises
    ``InputError`` naming the file. ``summarizer summarize`` and ``load_article`` use it."""
    p = Path(path)
    name = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:  # not read at all; the message names the limit that applies
            if p.suffix.lower() in HTML_SUFFIXES:
                raise _Bad(f"too large for an HTML page ({size:,} bytes; limit {MAX_BYTES:,})")
            raise _Bad(too_large(size))
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory (summarizer batch reads folders)") from None
    except _Bad as exc:
        raise InputError(f"{name}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        if looks_like_html(p, data):
            return html_to_text(data)[0]
        return decode_text(data)
    except _Bad as exc:
        raise InputError(f"{name}: {exc}") from None


def html_to_text(data: bytes | str) -> tuple[str, str | None]:
    """Main text of an HTML page (trafilatura) and its publication date when it has one."""
    if isinstance(data, bytes) and b"\x00" in data:
        raise _Bad("looks like binary data (NUL bytes), not an HTML page")
    try:
        import trafilatura
    except ImportError:
        raise _Bad("HTML input needs trafilatura: pip install 'summarizer[html]'") from None
    if isinstance(data, bytes):
        try:
            html = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Bad(f"not valid UTF-8 (byte {exc.start})") from None
    else:
        html = data
    if not html.strip():
        raise _Bad("is empty (no text)")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise _Bad("no article text found in the HTML")
    return str(text), declared_date(html)


#: <meta> names and properties that declare when an article was published
_DATE_META = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
    }
)


def declared_date(html: str) -> str | None:
    """The publication date the page itself declares (``<meta>`` tags, JSON-LD
    ``datePublished``, ``<time pubdate>``), as YYYY-MM-DD, else None. Nothing is guessed from
    dates in the text or the URL (an extractor's extensive search gave 2025-01-01 for a page of
    27 January, which then dated "on Sunday" wrongly): without a declared date, the dateline
    decides, or ``--published``."""
    import re
    from datetime import date

    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # not parseable: no declared date
        return None
    found: list[str] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in _DATE_META and el.get("content"):
            found.append(str(el.get("content")))
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            found += re.findall(r'"datePublished"\s*:\s*"([^"]+)"', el.text)
    for el in tree.iter("time"):
        if el.get("pubdate") is not None and el.get("datetime"):
            found.append(str(el.get("datetime")))
    for value in found:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
        if m:
            try:
                return date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                continue
    return None


def _from_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputProblem(str(path), f"cannot read ({exc.strerror or exc})", str(path))
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                yield _jsonl_article(raw, where, max_bytes)
            except _Bad as exc:
                yield InputProblem(_line_id(raw) or where, f"line {lineno}: {exc}", where)


def _line_id(raw: bytes) -> str | None:
    try:
        doc = json.loads(raw)
    except ValueError:
        return None
    if isinstance(doc, dict) and isinstance(doc.get("id"), str | int) and str(doc["id"]).strip():
        return str(doc["id"])
    return None


def _jsonl_article(raw: bytes, where: str, max_bytes: int) -> Article:
    if len(raw) > max_bytes:
        raise _Bad(f"too large to be an article ({len(raw):,} bytes; limit {max_bytes:,})")
    try:
        doc: Any = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _Bad(f"not valid UTF-8 (byte {exc.start})") from None
    except ValueError as exc:
        raise _Bad(f"not JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(doc, dict):
        raise _Bad("not a JSON object")
    ident = doc.get("id")
    if ident is None or (isinstance(ident, str) and not ident.strip()):
        ident = where
    elif not isinstance(ident, str | int):
        raise _Bad("'id' must be a string")
    text = doc.get("text")
    if not isinstance(text, str):
        raise _Bad("no 'text' string")
    published = doc.get("published")
    if published is not None and not isinstance(published, str):
        raise _Bad("'published' must be a YYYY-MM-DD string")
    return Article(str(ident), check_text(text), published or None, where)


def _from_url(url: str, max_bytes: int) -> Item:
    try:
        data, ctype, charset = fetch_url(url, max_bytes=max_bytes)
        if ctype == "text/plain":
            try:
                text = data.decode(charset or "utf-8")
            except (UnicodeDecodeError, LookupError):
                raise _Bad(f"not valid {charset or 'UTF-8'} text") from None
            return Article(url, check_text(text), None, url)
        try:
            html = data.decode(charset or "utf-8")
        except (UnicodeDecodeError, LookupError):
            html = data.decode("utf-8", errors="replace")
        text, published = html_to_text(html)
        return Article(url, text, published, url)
    except _Bad as exc:
        return InputProblem(url, str(exc), url)


def fetch_url(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = URL_TIMEOUT_S) -> tuple[bytes, str, str | None]:
    """GET ``url`` with a timeout, a size cap and a content-type check."""
    import httpx

    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5) as client,
            client.stream("GET", url, headers={"Accept": "text/html, text/plain;q=0.9"}) as resp,
        ):
            if resp.status_code != 200:
                raise _Bad(f"HTTP {resp.status_code} from the server")
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype not in URL_CONTENT_TYPES:
                raise _Bad(f"content type {ctype or 'unknown'!r} is not text/html or text/plain")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _Bad(f"too large ({int(declared):,} bytes; limit {max_bytes:,})")
            buf = bytearray()
            for chunk in resp.iter_bytes():
                buf += chunk
                if len(buf) > max_bytes:
                    raise _Bad(f"too large (over {max_bytes:,} bytes)")
            return bytes(buf), ctype, resp.charset_encoding
    except httpx.TimeoutException:
        raise _Bad(f"timed out after {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise _Bad(f"cannot fetch: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}") from None


__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_BYTES",
    "Article",
    "InputProblem",
    "check_text",
    "decode_text",
    "is_url",
    "iter_inputs",
    "read_article",
]
