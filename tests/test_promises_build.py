"""README promises kept by the builder (``summarizer.assemble.build_summary``), each with a test
that fails when the promise breaks:

* corroboration: a figure stated by two independent named sources, with nearly the same
  number and overlapping ranges, is ``confirmed`` (never when its sentence is hedged);
* the party-to-conflict presumption: official, military and state-media sources are presumed
  to speak for a party to the fighting (``party_to_conflict`` and a note); others are not;
  the source's own name words beat the model's label;
* a figure is attributed to who its sentence says reported it.

The articles are written for these tests."""

from __future__ import annotations

import pytest

from summarizer.assemble import build_summary
from summarizer.evidence import find_candidates, hint_candidates
from summarizer.schema import Casualty, Extraction, Summary, XSource

ATTACK = (
    "Gunmen attacked a bus station in the eastern city on Monday. "
    "At least 20 people were killed in the attack, the health ministry said. "
    "The Red Crescent said 22 people were killed and dozens were injured. "
    "The army said its troops had secured the area, and the state news agency SANA said the gunmen had fled."
)


def _build(article: str, sources: list[XSource] | None = None, pick_all: bool = True) -> Summary:
    hinted = hint_candidates(find_candidates(article))
    x = Extraction(
        summary="",
        sources=sources or [],
        parties=[],
        locations=[],
        figures=[f"F{i}" for i in range(1, len(hinted) + 1)] if pick_all else [],  # type: ignore[misc]
        casualties=[],
    )
    summary, _ = build_summary(x, article, published=None, hinted=hinted)
    return summary


def _killed(s: Summary) -> list[Casualty]:
    return [c for c in s.casualties if c.outcome == "killed"]


# --------------------------------------------------------------------------- corroboration


@pytest.mark.parametrize("pick_all", [True, False], ids=["model-picked", "code-only"])
def test_two_independent_sources_with_the_same_figure_confirm_it(pick_all: bool) -> None:
    s = _build(ATTACK, pick_all=pick_all)
    killed = _killed(s)
    assert [(c.phrase, c.low, c.high) for c in killed] == [("At least 20", 20, None), ("22", 22, 22)]
    assert [c.status for c in killed] == ["confirmed", "confirmed"]
    assert any("corroborated by" in n and "Red Crescent" in n for n in killed[0].notes)
    assert any("corroborated by" in n and "health ministry" in n for n in killed[1].notes)
    # the injured figure has one source only
    assert [c.status for c in s.casualties if c.outcome == "injured"] == ["reported"]


def test_one_source_is_not_confirmation() -> None:
    article = ATTACK.replace("The Red Crescent said 22 people were killed and dozens were injured. ", "")
    assert [c.status for c in _killed(_build(article))] == ["reported"]


def test_the_same_source_twice_is_not_corroboration() -> None:
    article = ATTACK.replace("The Red Crescent said 22", "The health ministry later said 22")
    killed = _killed(_build(article))
    assert len(killed) == 2 and all(c.status != "confirmed" for c in killed)


def test_figures_far_apart_do_not_corroborate() -> None:
    article = ATTACK.replace("said 22 people", "said 60 people")
    killed = _killed(_build(article))
    assert [c.low for c in killed] == [20, 60] and all(c.status != "confirmed" for c in killed)


def test_a_hedged_figure_is_never_confirmed_even_when_corroborated() -> None:
    article = ATTACK.replace("At least 20 people were killed", "At least 20 people were reportedly killed")
    killed = _killed(_build(article))
    assert killed[0].status == "unverified"
    assert killed[1].status == "confirmed"  # the other source's plain statement still stands


# --------------------------------------------------------------------------- party to conflict


def test_official_military_and_state_media_sources_are_presumed_parties() -> None:
    s = _build(
        ATTACK,
        sources=[
            XSource(name="health ministry", kind="media"),  # the name's word "ministry" wins: official
            XSource(name="Red Crescent", kind="ngo"),
            XSource(name="SANA", kind="state_media"),
            XSource(name="The army", kind="military"),
        ],
    )
    by = {src.name: src for src in s.sources}
    assert {n: (src.kind, src.party_to_conflict) for n, src in by.items()} == {
        "health ministry": ("official", True),
        "Red Crescent": ("ngo", False),
        "SANA": ("state_media", True),
        "The army": ("military", True),
    }
    for name in ("health ministry", "SANA", "The army"):
        assert any("presumed to speak for a party to the conflict" in n for n in by[name].reliability_notes)
    assert not any("party" in n for n in by["Red Crescent"].reliability_notes)


@pytest.mark.parametrize("kind", ["media", "monitor", "ngo", "anonymous", "other"])
def test_other_source_kinds_are_not_presumed_parties(kind: str) -> None:
    article = "A rights group counted 7 people killed in the raid, Rights Watchers said."
    s = _build(article, sources=[XSource(name="Rights Watchers", kind=kind)])  # type: ignore[arg-type]
    (src,) = s.sources
    assert src.party_to_conflict is False


# --------------------------------------------------------------------------- attribution

ATTRIBUTION = [
    pytest.param(
        "At least 27 people were killed and more than 40 were wounded, the regional health office said.",
        "regional health office",
        id="trailing-said",
    ),
    pytest.param(
        "Two drivers were killed, a local official told reporters.",
        "local official",
        id="told-reporters",
    ),
    pytest.param(
        "KHARTOUM, March 3 - At least 14 civilians were killed when shells hit a market in Omdurman "
        "on Sunday, the Sudan Doctors Network said.",
        "Sudan Doctors Network",
        id="dateline",
    ),
    pytest.param(
        "Shells hit a market in Omdurman on Sunday, killing at least 14 civilians, the Sudan Doctors Network said.",
        "Sudan Doctors Network",
        id="participle-clause",
    ),
    pytest.param(
        "A mortar round landed near the market on Tuesday, wounding four people, hospital staff said.",
        "hospital staff",
        id="wounding-clause",
    ),
    pytest.param(
        "Security forces detained 14 protesters outside the parliament on Friday, the interior ministry said.",
        "interior ministry",
        id="subject-clause",
    ),
    pytest.param(
        "GOMA, Jan. 27, 2025 (Reuters) -- At least 17 people were killed in the city, the health ministry said.",
        "health ministry",
        id="wire-dateline",
    ),
]


@pytest.mark.parametrize(("sentence", "source"), ATTRIBUTION)
def test_a_figure_is_attributed_to_who_its_sentence_says_reported_it(sentence: str, source: str) -> None:
    """With no help from the model (empty answer), code names the reporting source."""
    s = _build(sentence, pick_all=False)
    assert s.casualties
    for c in s.casualties:
        assert c.reported_by is not None and source.lower() in c.reported_by.lower(), c.reported_by


# --------------------------------------------------------------------------- anaphoric sources

ANAPHORA = [
    pytest.param(
        "Looting spread to the port, according to a police source quoted by the state broadcaster RTN. "
        '"We are restoring order," the source said.',
        "a police source",
        "the source",
        id="the-source",
    ),
    pytest.param(
        "The Northern Rights Monitor said the army shelled the port on Monday. "
        "The monitor said 12 dockers were killed.",
        "Northern Rights Monitor",
        "The monitor",
        id="the-monitor",
    ),
    pytest.param(
        "The interior ministry said the curfew would hold. Six looters were killed overnight, the ministry said.",
        "interior ministry",
        "the ministry",
        id="the-ministry",
    ),
]


@pytest.mark.parametrize(("article", "first", "anaphor"), ANAPHORA)
def test_an_anaphoric_mention_is_the_earlier_source_not_a_new_one(article: str, first: str, anaphor: str) -> None:
    s = _build(article, pick_all=False)
    names = [src.name for src in s.sources]
    assert any(first.lower() in n.lower() for n in names), names
    assert anaphor not in names and anaphor.lower() not in [n.lower() for n in names], names
    for c in s.casualties:
        assert c.reported_by is not None and first.lower() in c.reported_by.lower(), c.reported_by


def test_an_anaphor_with_no_earlier_source_of_its_kind_stays_a_source() -> None:
    s = _build("Six looters were killed overnight, the ministry said.", pick_all=False)
    assert [c.reported_by for c in s.casualties] == ["the ministry"]
