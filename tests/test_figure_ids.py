"""The model picks software-found figures by id (F1, F2, ...); code builds them."""

from __future__ import annotations

from pydantic import Field

from summarizer.assemble import build_summary
from summarizer.evidence import find_candidates, hint_candidates
from summarizer.prompts import build_messages
from summarizer.schema import Extraction, XCasualty

ARTICLE = (
    "Three soldiers were killed in an ambush near Kunduz on Monday, the army said. "
    "Five civilians were wounded, according to the hospital. "
    "No one was detained."
)


class _Loose(Extraction):
    """An answer a model without a grammar may give: ids and free-form figures together."""

    casualties: list[XCasualty] = Field(default_factory=list)


def _x(figures: list[str], casualties: list[dict[str, object]] | None = None) -> Extraction:
    return _Loose.model_validate(
        {
            "summary": "An ambush near Kunduz.",
            "sources": [],
            "parties": [],
            "locations": ["Kunduz"],
            "figures": figures,
            "casualties": casualties or [],
        }
    )


def test_prompt_lists_ids_and_skips_negations() -> None:
    hinted = hint_candidates(find_candidates(ARTICLE))
    assert [(c.outcome, c.quantity.phrase if c.quantity else None) for c in hinted] == [
        ("killed", "Three"),
        ("injured", "Five"),
    ]
    user = build_messages(ARTICLE, None, hinted)[1]["content"]
    assert 'F1: "Three" killed, the army' in user and 'F2: "Five" injured, the hospital' in user
    assert "F3" not in user


def test_picked_figures_carry_no_warning_and_unpicked_are_filled_with_one() -> None:
    hinted = hint_candidates(find_candidates(ARTICLE))
    s, findings = build_summary(_x(["F1"]), ARTICLE, published=None, hinted=hinted)
    by = {(c.outcome, c.low, c.high) for c in s.casualties}
    assert by == {("killed", 3, 3), ("injured", 5, 5)}
    killed = next(c for c in s.casualties if c.outcome == "killed")
    assert killed.reported_by == "the army" and not killed.notes
    assert killed.evidence[0].start == 0 and ARTICLE[: killed.evidence[0].end].endswith("the army said.")
    codes = [(f.code, f.path) for f in findings]
    assert codes.count(("figure-from-code", "casualties[1]")) == 1
    assert not any(code == "figure-from-code" and path == "casualties[0]" for code, path in codes)


def test_id_beyond_the_list_is_dropped_with_a_finding_and_repeats_are_merged() -> None:
    hinted = hint_candidates(find_candidates(ARTICLE))
    dup = {"outcome": "killed", "phrase": "Three", "quote": "Three soldiers were killed", "reported_by": None}
    s, findings = build_summary(_x(["F1", "F1", "F7"], [dup]), ARTICLE, published=None, hinted=hinted)
    assert [(c.outcome, c.low) for c in s.casualties].count(("killed", 3)) == 1
    assert any(f.code == "model-item-dropped" and f.path == "model.figures[2]" for f in findings)


def test_ids_are_ignored_without_a_list() -> None:
    s, findings = build_summary(_x(["F1"]), ARTICLE, published=None, hinted=[], fill_from_candidates=False)
    assert s.casualties == []
    assert any(f.path == "model.figures[0]" for f in findings)


def _cap_in_request(body: dict[str, object]) -> int:
    import json

    schema = json.dumps(body["response_format"])
    doc = json.loads(schema)["json_schema"]["schema"]
    props = doc["properties"]
    return int(props["casualties"]["maxItems"]) if "casualties" in props else 0


def test_schema_gives_room_to_name_figures_only_when_none_are_listed() -> None:
    from summarizer.api import Engine, Options
    from summarizer.testing import ScriptedProvider

    answer = _x([]).model_dump()
    caps = []
    for hints in (True, False):
        provider = ScriptedProvider([answer])
        Engine(Options(provider=provider, cache=False, hints=hints)).summarize(ARTICLE)
        caps.append(_cap_in_request(provider.requests[0]))
    assert caps == [0, 6]  # free-form figures only when no software-found figures are listed
    # the empty list is not even in the schema sent: it cost tokens to write "casualties":[]


def test_free_schema_forbids_ids_and_sentences_opening_with_a_quote_mark_keep_their_offsets() -> None:
    from summarizer.api import Engine, Options
    from summarizer.testing import ScriptedProvider

    article = (
        'MEDELLIN, 8 DEC 89 -- A BOMB KILLED 59 PEOPLE.\n\n   "THE CARTEL PLANNED THE ATTACK ON 6 DECEMBER," THE '
        "POLICE STATED.\n"
    )
    provider = ScriptedProvider([_x([]).model_dump()])
    s = Engine(Options(provider=provider, cache=False, hints=False)).summarize(article)
    import json

    schema = json.loads(json.dumps(provider.requests[0]["response_format"]))["json_schema"]["schema"]
    assert "figures" not in schema["properties"]  # no ids to pick: not asked for
    assert not [f for f in s.checks if f.code == "offset-mismatch"]
    assert any(e.evidence[0].quote.startswith('"THE CARTEL') for e in s.timeline)


def test_article_text_that_looks_like_a_template_reaches_the_model_verbatim() -> None:
    from summarizer.api import Engine, Options
    from summarizer.testing import ScriptedProvider

    article = ARTICLE + ' A sign read "{{ 7*7 }} {% if x %}" and {# nothing #}.'
    provider = ScriptedProvider([_x([]).model_dump()])
    s = Engine(Options(provider=provider, cache=False)).summarize(article)
    sent = provider.requests[0]["messages"][1]["content"]
    assert '"{{ 7*7 }} {% if x %}" and {# nothing #}.' in sent
    assert s.casualties  # the run completed and was validated with its own state


def test_a_stubborn_answer_that_picked_ids_is_reported_not_lost() -> None:
    from summarizer.api import Engine, Options
    from summarizer.testing import ScriptedProvider

    answer = _x(["F1", "F2"]).model_dump()
    answer["summary"] = "An ambush in 1999 killed three soldiers."  # 1999 is not in the article
    provider = ScriptedProvider([answer])
    s = Engine(Options(provider=provider, cache=False, max_retries=1)).summarize(ARTICLE)
    assert len(provider.requests) == 2
    assert {(c.outcome, c.low) for c in s.casualties} == {("killed", 3), ("injured", 5)}
    assert any(f.code == "summary-number-unsupported" and f.severity == "error" for f in s.checks)


def test_names_cut_by_the_decoding_cap_are_completed_from_the_article() -> None:
    from summarizer.evidence.align import ArticleIndex
    from summarizer.evidence.names import complete_name

    article = "The Syrian Observatory for Human Rights (SOHR), a war monitor, said. Al Mayadeen TV too."
    index = ArticleIndex(article)
    assert complete_name(article, index, "Syrian Observatory for Human Rights (SOH") == (
        "Syrian Observatory for Human Rights (SOHR)"
    )
    assert complete_name(article, index, "Syrian Observatory for Hum") == "Syrian Observatory for Human"
    assert complete_name(article, index, "Al Mayadeen TV") == "Al Mayadeen TV"
    assert complete_name(article, index, "Al Mayadeen") == "Al Mayadeen"
    assert complete_name(article, index, "not here") == "not here"
