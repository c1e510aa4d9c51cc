"""Parties are the sides in the violence: typed by their own words, aliases linked, sources and
communities kept out; a perpetrator per figure where its sentence says who did it."""

from __future__ import annotations

import pytest

from summarizer.assemble import build_summary
from summarizer.evidence import agent_kind, find_candidates, hint_candidates
from summarizer.schema import Extraction, Summary, XParty, XSource

KINDS = [
    ("Syrian forces", "state_forces"),
    ("Sudanese army", "state_forces"),
    ("Rapid Support Forces", "armed_group"),
    ("RSF", "armed_group"),
    ("pro-Assad fighters", "armed_group"),
    ("Assad-aligned militias", "armed_group"),
    ("government-loyal gunmen", "armed_group"),
]


@pytest.mark.parametrize(("name", "kind"), KINDS)
def test_party_kind_from_its_own_words(name: str, kind: str) -> None:
    assert agent_kind(name) == kind


ARTICLE = (
    "Clashes broke out in Latakia on Thursday between Syrian forces and pro-Assad fighters, the Syrian "
    "Observatory for Human Rights, a war monitor, said. Assad-aligned militias attacked checkpoints. "
    "At least 30 people were killed by the militias in Jableh, the monitor said. "
    "Many of the dead were from the Alawite minority sect."
)


def _build(parties: list[XParty], sources: list[XSource], locations: list[str] | None = None) -> Summary:
    hinted = hint_candidates(find_candidates(ARTICLE))
    x = Extraction(
        summary="",
        sources=sources,
        parties=parties,
        locations=locations or [],
        figures=[f"F{i}" for i in range(1, len(hinted) + 1)],  # type: ignore[misc]
        casualties=[],
    )
    s, _ = build_summary(x, ARTICLE, published=None, hinted=hinted)
    return s


def test_model_parties_are_retyped_linked_and_sources_dropped() -> None:
    s = _build(
        parties=[
            XParty(name="Syrian forces", kind="armed_group"),
            XParty(name="pro-Assad fighters", kind="armed_group"),
            XParty(name="Assad-aligned militias", kind="armed_group"),
            XParty(name="Syrian Observatory for Human Rights", kind="government"),
        ],
        sources=[XSource(name="Syrian Observatory for Human Rights", kind="monitor")],
        locations=["Latakia", "Alawite minority sect"],
    )
    by = {p.name: p for p in s.parties}
    assert by["Syrian forces"].kind == "state_forces"
    assert "Assad-aligned militias" in by["pro-Assad fighters"].aliases
    assert "Assad-aligned militias" not in by
    assert not any("Observatory" in p.name for p in s.parties)
    assert not any("Alawite" in loc.name for loc in s.locations)


def test_a_figure_names_its_perpetrator_when_its_sentence_does() -> None:
    s = _build(parties=[XParty(name="Assad-aligned militias", kind="armed_group")], sources=[])
    (c,) = [c for c in s.casualties if c.low == 30]
    assert c.perpetrator is not None and "militias" in c.perpetrator.lower()


HEADLINED = (
    "Syria: clash killing dozens in coastal region\n\n"
    "Dozens of people have reportedly been killed in Jableh on Thursday, the Syrian Observatory said.\n"
)


def test_a_headline_restatement_is_folded_into_the_body_figure() -> None:
    hinted = hint_candidates(find_candidates(HEADLINED))
    x = Extraction(
        summary="",
        sources=[],
        parties=[],
        locations=["Jableh"],
        figures=[f"F{i}" for i in range(1, len(hinted) + 1)],  # type: ignore[misc]
        casualties=[],
    )
    s, _ = build_summary(x, HEADLINED, published=None, hinted=hinted)
    (c,) = s.casualties
    assert c.status == "unverified"  # the body's hedge, not the headline's plain words
    assert len(c.evidence) == 2 and "headline" in " ".join(c.notes)
    assert (c.when, c.location) == ("on Thursday", "Jableh")


CODE_ONLY = (
    "A battle between troops and gunmen in the old market left four people dead on Monday, the governor said. "
    "Investigators say a smuggling ring was behind the attack. "
    "The gunman was shot dead by police."
)


def test_code_only_parties_are_the_sides_the_text_names() -> None:
    x = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    s, _ = build_summary(x, CODE_ONLY, published=None)
    roles = {p.name: p.role for p in s.parties}
    # the sides of the battle, without a role; the ring behind the attack is its attacker
    assert roles.get("troops") == "" and roles.get("smuggling ring") == "attacker"
    assert "gunmen" in roles
    # a source is no side
    assert "governor" not in roles
    # a killer named only by a noun is not the perpetrator of a figure
    assert all(c.perpetrator != "gunman" for c in s.casualties)
