"""Source kinds, session 24 (summarizer/evidence/__init__.py, "Sources, session 24"), on invented names,
each with a negative."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import source_kind_hint


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
        # negatives: a rights body that documents violations stays a monitor; an institute for research an NGO
        ("the Violations Documentation Center", "monitor"),
        ("the Institute for Conflict Research", "ngo"),
    ],
)
def test_kind_of_a_name(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind
