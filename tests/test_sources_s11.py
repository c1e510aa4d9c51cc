"""Source kinds and names, session 11 (summarizer/evidence/__init__.py, "Sources, session 11"), on
invented sentences only: civil-society bodies named by their cause, a body named a "watch", armed
groups by name, "government forces", an administration, an unnamed "source", a person's office in
an apposition that ends the sentence or in a capitalised title, and a body "for X, Y and Z".
Negatives included."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import source_kind_hint, split_joint, title_kind
from summarizer.testing import code_only


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # civil-society bodies by their cause (attrib_README kinds: ngo)
        ("the Marovan Network for Rights and Freedoms", "ngo"),
        ("the Tessel Aid Network", "ngo"),
        ("the Danish Refugee Council", "ngo"),
        ("the Centre for Conflict Analysis and Research", "ngo"),
        ("the Velan Prisoners' Society", "ngo"),
        ("the Association for Political Prisoners of Norland", "ngo"),
        ("the Karo Baptist Convention", "ngo"),
        ("the Dorvik Civil Society Coordination", "ngo"),
        # a body named a watch counts events (monitor); Human Rights Watch stays an NGO
        ("Northern Border Watch", "monitor"),
        ("Human Rights Watch", "ngo"),
        # armed groups by name
        ("Al-Shabaab", "military"),
        ("the Maoists", "military"),
        ("Liwa al-Nasr", "military"),
        ("Jaish al-Karama", "military"),
        ("government forces", "military"),
        ("government troops", "military"),
        # an administration governs
        ("the Tarvel administration", "official"),
        # an unnamed source is anonymous, whoever it serves
        ("a military source", "anonymous"),
        ("two security sources", "anonymous"),
    ],
)
def test_kinds_by_name(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the government", "official"),  # negative: the government is no armed force
        ("the government spokesman", "official"),
        ("the Security Council", "official"),  # negative: a council of no cause
        ("the Centre for Disease Control", None),  # negative: no research, studies or analysis: no NGO
        ("the army", "military"),
        ("the military's spokesman", "military"),
    ],
)
def test_kinds_by_name_negatives(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


def test_an_office_in_apposition_at_the_sentence_end() -> None:
    art = (
        "Dozens of families fled to Velo town, said Amina Dauda, an official of the State Emergency "
        "Management Agency. She said 40 houses had burned."
    )
    assert title_kind(art, "Amina Dauda") == "official"
    # negative: a resident in apposition says no office
    art2 = "Dozens of families fled to Velo town, said Amina Dauda, a resident of the town. She said more had left."
    assert title_kind(art2, "Amina Dauda") is None


def test_a_capitalised_office_before_a_title() -> None:
    art = "Governor's adviser R. Kamal Singh told reporters that 12 suspects had been detained."
    assert title_kind(art, "Kamal Singh") == "official"
    # negative: a capitalised possessive that holds no office
    art2 = "Sunday's speaker R. Kamal Singh told reporters that 12 suspects had been detained."
    assert title_kind(art2, "Kamal Singh") is None


def test_a_body_for_x_and_y_is_one_body() -> None:
    assert split_joint("the Centre for Security Analysis and Research (CSAR)") == [
        "the Centre for Security Analysis and Research (CSAR)"
    ]
    # negative: two sources joined by "and"
    assert split_joint("the police and Red Cross") == ["the police", "Red Cross"]


def test_kinds_in_a_summary() -> None:
    text = (
        "Gunmen killed nine villagers near Tarvel on Friday, the Tarvel Aid Network said. "
        "Government forces lost two soldiers, a military source said."
    )
    got = _sources(text)
    assert got.get("the Tarvel Aid Network") == "ngo"
    assert got.get("a military source") == "anonymous"
