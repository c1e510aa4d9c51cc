"""Named conventions for vague quantities: ``literal`` (default) and ``acled`` (ACLED's point
values), chosen by the assembler's ``quantity_profile`` and checked under the same profile."""

from __future__ import annotations

import pytest

from summarizer.assemble import build_summary
from summarizer.checks import run_checks
from summarizer.evidence import find_candidates, hint_candidates, parse_quantity
from summarizer.evidence.quantities import apply_profile
from summarizer.schema import Extraction, Provenance

ACLED = [
    ("dozens", (12, 12, None)),
    ("tens", (10, 10, None)),
    ("hundreds", (100, 100, None)),
    ("several", (3, 3, None)),
    ("many", (None, None, None)),
    ("12", (12, 12, 12)),
    ("more than dozens", (24, None, None)),
]


@pytest.mark.parametrize(("words", "expected"), ACLED)
def test_acled_point_values(words: str, expected: tuple[int | None, ...]) -> None:
    q = parse_quantity(words)
    assert q is not None
    a = apply_profile(q, "acled")
    assert (a.low, a.best, a.high) == expected
    assert apply_profile(q, "literal") is q


ARTICLE = "Dozens of people were killed in the town, the health ministry said."


@pytest.mark.parametrize(("profile", "low"), [("literal", 24), ("acled", 12)])
def test_the_assembler_takes_the_profile_and_the_checks_agree(profile: str, low: int) -> None:
    hinted = hint_candidates(find_candidates(ARTICLE))
    x = Extraction(summary="", sources=[], parties=[], locations=[], figures=["F1"], casualties=[])
    s, _ = build_summary(x, ARTICLE, published=None, hinted=hinted, quantity_profile=profile)  # type: ignore[arg-type]
    (c,) = s.casualties
    assert c.low == low
    _, findings = run_checks(s, ARTICLE, quantity_profile=profile)  # type: ignore[arg-type]
    assert not [f for f in findings if f.code == "casualty-number-unsupported"]
    # a saved summary says its profile in provenance; the checks read it from there
    from datetime import UTC, datetime

    s.provenance = Provenance(
        provider="local",
        model="m",
        prompt_version="p",
        created_at=datetime.now(UTC),
        quantity_profile=profile,  # type: ignore[arg-type]
    )
    _, findings = run_checks(s, ARTICLE)
    assert not [f for f in findings if f.code == "casualty-number-unsupported"]
    if profile == "acled":
        _, findings = run_checks(s, ARTICLE, quantity_profile="literal")
        assert [f for f in findings if f.code == "casualty-number-unsupported"]
