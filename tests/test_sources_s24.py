"""Source kinds, session 24 (summarizer/evidence/__init__.py, "Sources, session 24"), on invented names,
each with a negative."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import source_kind_hint
from summarizer.testing import code_only


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Varn's regional communication bureau", "official"),
        ("the Kelo District Security Committee", "official"),
        ("the Varn Relief and Rehabilitation Commission", "official"),
        ("Chief Inspector Anna Kolo", "official"),
        ("the FARDC spokesperson for the northern sector", "military"),
        ("Norland's migration institute", "official"),
        ("the Varn Documentation Network", "ngo"),
        ("Community Peacemaker Teams", "ngo"),
        ("the prefecture of Varn", "official"),
        ("the Defence Headquarters in Kelo", "military"),
        # negatives: a rights body that documents violations stays a monitor; an institute for research an NGO
        ("the Violations Documentation Center", "monitor"),
        ("the Institute for Conflict Research", "ngo"),
    ],
)
def test_kind_of_a_name(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The army blamed the attack on Tuvana, a Kelo self-defence group active in the highlands. "
            "A Tuvana spokesman said 12 soldiers were killed.",
            "A Tuvana spokesman",
        ),
        (
            "Residents blamed the Union for Peace in the Varn Republic (UPV), an armed group. "
            "A UPV spokesman said nine of its fighters were killed.",
            "A UPV spokesman",
        ),
    ],
)
def test_an_armed_sides_spokesman_described_so_is_military(text: str, name: str) -> None:
    s = code_only("Clashes in Varn\n\n" + text)
    assert next(x.kind for x in s.sources if x.name == name) == "military"


def test_a_self_defence_course_is_no_armed_group_negative() -> None:
    # negative: "self-defence" of a class, no group: the spokesman of a ministry stays official
    s = code_only(
        "Clashes in Varn\n\nThe ministry, which runs a self-defence course for women, said 12 people were killed. "
        "A ministry spokesman said four more had died."
    )
    assert all(x.kind == "official" for x in s.sources if "ministry" in x.name.lower())


def test_telling_local_media_relays_through_them() -> None:
    s = code_only(
        "Clash in Varn\n\nThe police spokesman, Ali Musa, gave a different account, telling local media that four "
        "people died."
    )
    assert ("local media", "media") in [(x.name, x.kind) for x in s.sources]
    assert next(c.via for c in s.casualties if c.phrase == "four") == "local media"


def test_a_statement_read_on_a_broadcaster_after_a_comma_names_the_outlet() -> None:
    s = code_only(
        "Clash in Varn\n\nThe ministry has issued a statement, read on state broadcaster KTV, saying 12 soldiers "
        "were killed."
    )
    assert any(x.name.endswith("KTV") and x.kind == "state_media" for x in s.sources)


def test_a_statement_and_a_read_clause_about_something_else_negative() -> None:
    # negative: "read" of a person reading, no outlet after "on"
    s = code_only("Clash in Varn\n\nThe ministry issued a statement, read it aloud, and said 12 soldiers were killed.")
    assert not [x for x in s.sources if x.kind in ("media", "state_media")]


def test_a_fronted_participle_and_its_object_is_no_sayer() -> None:
    s = code_only(
        "Clash in Varn\n\nConfirming the incident, police spokesperson Ana Audu said five people were killed."
    )
    assert next(c.reported_by for c in s.casualties if c.phrase == "five") == "police spokesperson Ana Audu"


def test_a_named_body_opening_the_sentence_stays_the_sayer_negative() -> None:
    # negative: a sayer whose name starts like a participle ("Reporting Network") is no opener
    s = code_only("Clash in Varn\n\nThe Varn Reporting Network said five people were killed.")
    assert next(c.reported_by for c in s.casualties if c.phrase == "five") == "The Varn Reporting Network"
