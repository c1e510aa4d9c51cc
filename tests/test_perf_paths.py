"""The fast paths kept for batch throughput give exactly what the plain paths give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from summarizer.evidence.align import ArticleIndex, _normalize_with_map_chars, normalize, normalize_with_map


def test_fast_normalisation_equals_the_character_path() -> None:
    rng = random.Random(7)
    alphabet = "ab Z\t\n\r\x0b\x1c\u00a0\u2009\u3000\u2028\u2019\u201c\u2014\u2212.,-'\"\u00e9\u00c9\u0130\u03a3\u2026"
    for n in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        if n % 2:  # half without the characters that force the character path
            text = text.replace("\u2026", "").replace("\u0130", "").replace("\u03a3", "")
        assert normalize_with_map(text) == _normalize_with_map_chars(text), repr(text)
    every = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000)
    plain = every.replace("\u2026", "").replace("\u0130", "").replace("\u03a3", "")
    for text in (every, plain, plain[::-1], "  \u201cSay\u201d \u2014  it\u2019s   DONE.  "):
        assert normalize_with_map(text) == _normalize_with_map_chars(text)


def test_the_map_gives_article_offsets() -> None:
    text = "  The \u201cArmy\u201d\u00a0said:\n\n  12 killed\u2014at least.  "
    norm, idx = normalize_with_map(text)
    assert norm == 'the "army" said: 12 killed-at least.'
    assert len(idx) == len(norm)
    for i, c in enumerate(norm):
        if c != " ":
            assert normalize(text[idx[i]]) == c


def test_article_index_is_shared_but_answers_the_same() -> None:
    article = "Officials said at least 12 people were killed.\nThe army said  12."
    a, b = ArticleIndex(article), ArticleIndex(article)
    assert a.norm == b.norm and a.map == b.map
    assert a.find_all("12") == [(24, 26), (62, 64)]
    span = a.find("at least 12 people")
    assert span is not None and article[span.start : span.end] == "at least 12 people"


def test_response_model_is_made_once_with_instructors_schema() -> None:
    import instructor

    from summarizer.api import _response_model
    from summarizer.gate import CheckedExtraction

    model = _response_model()
    assert model is _response_model()
    assert model.__name__ == "CheckedExtraction" and issubclass(model, CheckedExtraction)
    fresh = instructor.openai_schema(CheckedExtraction)
    first = model.model_json_schema()
    assert first == fresh.model_json_schema()
    first["title"] = "changed by a caller"
    assert model.model_json_schema() == fresh.model_json_schema()  # each call gets its own copy
    assert model.model_json_schema(mode="serialization") == fresh.model_json_schema(mode="serialization")


def test_ssl_context_is_shared() -> None:
    from summarizer.providers.http import ssl_context

    assert ssl_context() is ssl_context()


def test_memoised_sentence_scans_hand_out_fresh_lists() -> None:
    from summarizer.evidence import find_attribution, find_hedges

    s = "At least 12 people were reportedly killed, the ministry said, according to state media."
    first = find_hedges(s)
    assert first == ["reportedly"]
    first.append("changed by a caller")
    assert find_hedges(s) == ["reportedly"]
    assert find_attribution(s) == find_attribution(s) == "the ministry"


def test_dotted_capital_i_keeps_the_offset_map_aligned() -> None:
    # "İ".lower() is two characters; the map must have one offset per normalised character
    article = "Shelling hit İdlib and İstanbul-based monitors said 12 people were killed."
    norm, idx = normalize_with_map(article)
    assert len(norm) == len(idx)
    index = ArticleIndex(article)
    span = index.find("12 people were killed")
    assert span is not None and article[span.start : span.end] == "12 people were killed"
    assert index.find_all("İdlib") == [(article.index("İdlib"), article.index("İdlib") + 5)]


def test_response_format_passed_through_gives_the_same_body() -> None:
    """``response_format`` moved to ``extra_body`` (skipping openai's per-call transform of
    the schema) reaches the server as the same JSON body."""
    import json

    import httpx
    import openai

    from summarizer.api import _response_model
    from summarizer.speedups import pass_response_format_through

    bodies: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        msg = {"role": "assistant", "content": "{}"}
        return httpx.Response(
            200,
            json={
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": "m",
                "choices": [{"index": 0, "message": msg, "finish_reason": "stop"}],
            },
        )

    schema = _response_model().model_json_schema()
    kwargs = {
        "model": "m",
        "messages": [{"role": "user", "content": "hello"}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "X", "schema": schema}},
        "temperature": 0.0,
    }
    for moved in (False, True):
        client = openai.OpenAI(api_key="none", base_url="http://test/v1", http_client=httpx.Client(
            transport=httpx.MockTransport(handler)))
        if moved:
            pass_response_format_through(client.chat.completions, is_async=False)
        client.chat.completions.create(**json.loads(json.dumps(kwargs)))
    plain, fast = bodies
    assert fast == plain
    assert fast["response_format"] == kwargs["response_format"]


def test_async_validator_check_is_remembered_only_for_passing_models() -> None:
    import pytest
    from instructor.v2.validation import async_validators as av
    from pydantic import BaseModel

    from summarizer.api import _response_model
    from summarizer.speedups import install_instructor_speedups

    install_instructor_speedups()
    check = av.reject_async_validators
    assert getattr(check, "_summarizer_memo", False)
    model = _response_model()
    check(model)
    check(model)  # remembered: no error

    # the walk of a passing class happens once: count the original's calls into typing
    walks: list[object] = []
    real_get_args = av.get_args  # type: ignore[attr-defined]

    def counting_get_args(tp: object) -> tuple[object, ...]:
        walks.append(tp)
        return real_get_args(tp)  # type: ignore[no-any-return]

    class Fresh(BaseModel):
        y: int

    av.get_args = counting_get_args  # type: ignore[attr-defined]
    try:
        check(Fresh)
        first = len(walks)
        check(Fresh)
        check(Fresh)
        assert first > 0 and len(walks) == first
    finally:
        av.get_args = real_get_args  # type: ignore[attr-defined]

    class Bad(BaseModel):
        x: int

        @av.async_field_validator("x")  # type: ignore[attr-defined,untyped-decorator,misc]
        async def slow(cls, v: int) -> int:
            return v

    for _ in range(2):  # a failing model fails every time
        with pytest.raises(ValueError):
            check(Bad)


def test_summary_cache_key_follows_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import api
    from summarizer.api import Options
    from summarizer.providers import ProviderSettings

    o = Options(settings=ProviderSettings(provider="openai-compatible", base_url="http://x/v1", model="m"))
    k1 = api._summary_key("text", None, o)
    real = api._code_version
    try:
        api._code_version = lambda: "another version"  # type: ignore[assignment]
        k2 = api._summary_key("text", None, o)
    finally:
        api._code_version = real
    assert k1 is not None and k2 is not None and k1 != k2
    # the version is a hash of the package's source: the same bytes elsewhere hash the same,
    # and editing any module changes it
    import shutil

    copy = tmp_path / "summarizer"
    shutil.copytree(Path(api.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(api, "__file__", str(copy / "api.py"))
    assert api._code_version.__wrapped__() == real()
    (copy / "evidence" / "totals.py").write_text((copy / "evidence" / "totals.py").read_text() + "\n# edited\n")
    assert api._code_version.__wrapped__() != real()
