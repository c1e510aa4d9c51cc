"""Lead, session 15: a mend found by scoring the held-back set after the session's rules.

The session's coordinated-"and said" rule (attribution._COORD_HEAD) skipped the older reading
whenever its own head pattern did not match, so a subject set off by a participle phrase lost its
sayer. Invented wording.
"""

from __future__ import annotations

from summarizer.evidence.attribution import _attributions


def test_a_subject_with_a_participle_phrase_before_and_said_is_still_the_sayer() -> None:
    s = (
        "Norland state television NTV, citing neighbours, named the three dead farmers as cousins "
        "aged 20 and 25 and said they had been shot at a checkpoint."
    )
    assert [name for _, name in _attributions(s)] == ["Norland state television NTV"]


def test_the_coordinated_head_rule_still_reads_its_own_case() -> None:
    s = "A provincial inquiry board appointed by the governor later identified 40 dead and said most were civilians."
    assert [name for _, name in _attributions(s)] == ["A provincial inquiry board"]
