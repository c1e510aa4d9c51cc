"""Recorded exchanges replay as what they are: a genuine openai-compatible exchange with
llama-cpp-python's server (the embedded model behind it), the embedded model in-process, and
hand-written answers that say so in the provenance (zero usage, ``answers_from``)."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer import summarize
from summarizer.cache import ExchangeStore

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_b8e762d482ad5f8e.txt").read_text(encoding="utf-8")
CASES = {c["id"]: c for c in json.loads((ROOT / "fixtures" / "cases.json").read_text(encoding="utf-8"))}


def _main_figure(s: object) -> object:
    figs = [c for c in s.casualties if c.low == 131]  # type: ignore[attr-defined]
    assert figs, [(c.phrase, c.low) for c in s.casualties]  # type: ignore[attr-defined]
    return figs[0]


def test_the_llama_server_recording_is_a_real_openai_compatible_exchange() -> None:
    case = CASES["seed-llama-server"]
    s = summarize(
        SEED,
        provider="openai-compatible",
        base_url=case["base_url"],
        model=case["model"],
        response_format=case["response_format"],
        offline=True,
        cache=False,
    )
    p = s.provenance
    assert p is not None
    assert (p.provider, p.model, p.answers_from) == ("openai-compatible", case["model"], "recorded")
    assert p.usage.prompt_tokens > 500 and p.usage.completion_tokens > 50  # counted by the server
    fig = _main_figure(s)
    assert (fig.outcome, fig.low, fig.high) == ("killed", 131, None)  # type: ignore[attr-defined]
    assert "Syrian Observatory" in (fig.reported_by or "")  # type: ignore[attr-defined]
    recorded = [ex for ex in ExchangeStore(ROOT / "fixtures" / "exchanges") if ex.endpoint == case["base_url"]]
    assert recorded and all(ex.origin == "model" and ex.endpoint == case["base_url"] for ex in recorded)
    # llama-cpp-python's grammar form of the schema went over the wire (the request is stored)
    assert recorded[0].request["response_format"]["type"] == "json_schema"  # as the client sent it


def test_the_embedded_recording_names_its_model_file() -> None:
    s = summarize(SEED, offline=True, cache=False)
    p = s.provenance
    assert p is not None and (p.provider, p.answers_from) == ("local", "recorded")
    assert p.usage.completion_tokens > 50
    assert _main_figure(s)
    local = [ex for ex in ExchangeStore(ROOT / "fixtures" / "exchanges") if ex.provider == "local"]
    assert local and all(ex.endpoint.startswith("gguf-sha256:") for ex in local)


def test_hand_written_answers_say_so() -> None:
    case = CASES["seed-reask"]
    s = summarize(
        SEED,
        published=case["published"],
        provider=case["provider"],
        base_url=case["base_url"],
        model=case["model"],
        hints=case.get("hints", True),
        offline=True,
        cache=False,
    )
    p = s.provenance
    assert p is not None and p.answers_from == "hand-written"
    assert (p.usage.prompt_tokens, p.usage.completion_tokens) == (0, 0)
    notes = {ex.origin for ex in ExchangeStore(ROOT / "fixtures" / "exchanges") if ex.model == case["model"]}
    assert notes == {"hand-written"}


def test_the_acled_profile_is_chosen_on_the_command_line_and_recorded(tmp_path: Path) -> None:
    """--quantity-profile acled: 'dozens' is ACLED's 12 (literal: at least 24), the profile is in
    the provenance, and the summary cache keeps the two apart."""
    from typer.testing import CliRunner

    from summarizer.cli import app

    seed = str(ROOT / "seeds" / "000_b8e762d482ad5f8e.txt")
    runs = {}
    for profile in ("acled", "literal", "acled"):
        r = CliRunner().invoke(app, ["summarize", seed, "--offline", "-f", "json", "--quantity-profile", profile])
        assert r.exit_code == 0, r.output
        runs[profile] = json.loads(r.stdout)
    acled, literal = runs["acled"], runs["literal"]
    assert acled["provenance"]["quantity_profile"] == "acled"
    assert literal["provenance"]["quantity_profile"] == "literal"
    dozens = [(c["low"], c["best"]) for c in acled["casualties"] if c["phrase"].lower() == "dozens"]
    assert dozens and all(d == (12, 12) for d in dozens)
    assert all(c["low"] == 24 for c in literal["casualties"] if c["phrase"].lower() == "dozens")


def test_timeline_events_are_short_descriptions_in_the_json() -> None:
    """The JSON's timeline ``event`` is a short description (time words and a leading
    attribution left out), not a sentence cut with '…'; the whole sentence is the evidence."""
    from summarizer.evidence.timeline import describe_event

    s = summarize(SEED, offline=True, cache=False)
    assert s.timeline
    for t in s.timeline:
        assert len(t.event) <= 141 and not t.event.endswith(" …")
        assert t.when.lower() not in t.event.lower()
        assert t.evidence and len(t.evidence[0].quote) >= len(t.event)
    sentence = "According to the ministry, on Sunday shells hit the market in Omdurman, killing 14 people."
    assert describe_event(sentence, (27, 36)) == "Shells hit the market in Omdurman, killing 14 people"
