"""Rules found on the unseen invented set tests/data/attrib_fresh7.jsonl, tested on other invented
sentences (summarizer/evidence/__init__.py, "Status")."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, doubted_outcome
from summarizer.testing import code_only


def test_death_toll_doubt_is_a_blanket_over_killed_figures() -> None:
    text = (
        "Raiders killed at least 14 herders near the river, a local official said. "
        "The district council said 20 people had been killed and 35 wounded.\n\n"
        "AFP could not independently verify the death toll.\n\n"
        "The Red Cross said 600 people had fled the area."
    )
    status = {c.phrase: c.status for c in code_only(text).casualties}
    assert status["at least 14"] == "unverified"
    assert status["20"] == "unverified"
    assert status["35"] == "reported"  # the wounded: not the death toll
    assert status["600"] == "reported"


def test_death_toll_doubt_words() -> None:
    sent = "AFP could not independently verify the death toll."
    assert blanket_doubt("Raiders killed 14 herders, officials said. " + sent) == sent
    assert doubted_outcome(sent) == "killed"
    # a toll that belongs to someone stays ONE claim
    assert blanket_doubt("Reporters could not verify the army's death toll.") is None
    assert doubted_outcome("The reports could not be verified.") is None


def test_count_in_one_place_alone_is_a_part_not_a_rival_toll() -> None:
    text = (
        "Gunmen killed at least 26 people in the market town, the governor said. "
        "A local imam said he had counted 15 bodies in the old quarter alone."
    )
    status = {c.phrase: c.status for c in code_only(text).casualties}
    assert status["15"] == "reported"
    assert status["at least 26"] == "reported"
