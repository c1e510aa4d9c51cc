"""General rules found on the unseen check ``tests/data/dev_fresh.jsonl``, tested on invented
sentences (none copied from a dev or fresh document)."""

from __future__ import annotations

import pytest

from summarizer.evidence.quantities import quantities_for_outcome


@pytest.mark.parametrize(
    ("sentence", "outcome", "want"),
    [
        # two adverbs between the auxiliary and the outcome word, in either order
        ("THE JUDGE'S BODYGUARD WAS ALSO GRAVELY WOUNDED IN THE SHOOTING.", "injured", 1),
        ("A nurse was also badly hurt.", "injured", 1),
        ("A nurse was badly also hurt.", "injured", 1),
        ("FOUR TEACHERS WERE ALSO BRUTALLY MURDERED.", "killed", 4),
        ("Two guards were reportedly also injured.", "injured", 2),
        # one adverb still reads as before
        ("THE PILOT WAS SERIOUSLY INJURED.", "injured", 1),
    ],
)
def test_adverb_pair_after_the_auxiliary(sentence: str, outcome: str, want: int) -> None:
    qs = quantities_for_outcome(sentence, outcome)
    assert [q.low for q in qs] == [want]


def test_no_one_with_two_adverbs_is_still_none() -> None:
    qs = quantities_for_outcome("No one was also seriously hurt.", "injured")
    assert all(q.low in (0, None) for q in qs)
