"""The summary's text: the model's sentence, then every figure with its source (issue 18)."""

from __future__ import annotations

from typing import Any

from summarizer.lede import MAX_FIGURES, compose, figure_clause
from summarizer.schema import Casualty


def fig(**kw: Any) -> Casualty:
    base: dict[str, Any] = {"outcome": "killed", "phrase": "12", "low": 12, "high": 12, "who": "people"}
    base.update(kw)
    return Casualty(**base)


def test_each_figure_is_attributed_with_place_status_and_relay() -> None:
    c = fig(
        phrase="more than 40",
        low=41,
        high=None,
        who="villagers",
        reported_by="the Kivu Monitor",
        via="Radio Lac",
        location="Masisi",
        status="unverified",
    )
    assert (
        figure_clause(c)
        == "the Kivu Monitor (via Radio Lac) said more than 40 villagers were killed in Masisi (unverified)"
    )


def test_unsourced_vague_figure_reads_as_reported() -> None:
    c = fig(phrase="Dozens", low=24, high=None, who="")
    assert figure_clause(c) == "dozens of people were reported killed"


def test_wire_capitals_are_lowered_and_a_single_victim_is_singular() -> None:
    c = fig(phrase="ONE", low=1, high=1, who="POLICEMAN", reported_by="POLICE")
    assert figure_clause(c) == "police said one policeman was killed"


def test_summary_orders_outcomes_sources_and_tolls() -> None:
    figures = [
        fig(phrase="3", low=3, high=3, outcome="injured", reported_by="the hospital"),
        fig(phrase="dozens", low=24, high=None, who=""),
        fig(phrase="7", low=7, high=7, reported_by="the army"),
        fig(phrase="at least 20", low=20, high=None, reported_by="a monitor"),
        fig(phrase="5", low=5, high=5, reported_by="the army"),  # the army's smaller figure: left out
    ]
    text = compose("Militants attacked a market in the north on Sunday", figures)
    assert text == (
        "Militants attacked a market in the north on Sunday. A monitor said at least 20 people were killed; "
        "the army said 7 people were killed; dozens of people were reported killed; "
        "the hospital said 3 people were injured."
    )


def test_sources_that_contradict_each_other_are_said_to_differ() -> None:
    def two(a: dict[str, Any], b: dict[str, Any]) -> str:
        return compose("", [fig(reported_by="the ministry", **a), fig(reported_by="rebels", **b)])

    disputed = {"status": "disputed"}
    four, thirty = {"phrase": "4", "low": 4, "high": 4}, {"phrase": "30", "low": 30, "high": 30}
    assert two(four | disputed, thirty | disputed).endswith("The sources' figures for people killed differ.")
    # ranges that overlap, figures not found contradicting, or counts of different places
    assert "differ" not in two(four | disputed, {"phrase": "at least 3", "low": 3, "high": None} | disputed)
    assert "differ" not in two(four, thirty)
    assert "differ" not in two(four | disputed | {"location": "Karu"}, thirty | disputed)


def test_outcome_nouns_and_odd_who_words_read_plainly() -> None:
    deaths = fig(phrase="1,204", low=1204, high=1204, who="deaths", reported_by="The agency")
    assert figure_clause(deaths) == "the agency reported 1,204 deaths"
    assert (
        figure_clause(fig(phrase="three", low=3, high=3, who="the names of those"))
        == "three people were reported killed"
    )


def test_at_most_max_figures_and_no_figures_keeps_the_sentence() -> None:
    many = [fig(phrase=str(n), low=n, high=n, reported_by=f"source {n}") for n in range(1, 10)]
    assert compose("", many).count(" said ") == MAX_FIGURES
    assert compose("Troops clashed with rebels", []) == "Troops clashed with rebels."


def test_a_sentence_cut_by_the_length_cap_ends_on_a_whole_word() -> None:
    cut = "Rebels attacked the garrison town of Karu at dawn, " + "burning markets and houses along the main road " * 4
    cut = cut[:200]
    text = compose(cut, [])
    assert text.endswith("\u2026") and not text.endswith("ro\u2026")
    assert text[:-1] in cut
    assert compose("Rebels attacked Karu at dawn.", []) == "Rebels attacked Karu at dawn."


def test_a_whole_first_sentence_is_kept_when_a_second_one_was_cut() -> None:
    from summarizer.schema import SUMMARY_CAP

    first = "Militia fighters stormed the U.S. aid depot at Kaluma on Friday night."
    second = " Witnesses said the attackers burned the trucks and then fled towards the hills beyond"
    cut = (first + second)[:SUMMARY_CAP]
    assert compose(cut, []) == first
