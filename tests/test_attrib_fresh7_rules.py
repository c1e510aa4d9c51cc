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


def test_a_named_group_is_no_description_pointing_back() -> None:
    from summarizer.evidence.attribution import antecedent

    text = (
        "Army spokesman Colonel Amadou Sow said four soldiers had died.\n\n"
        "In a statement carried by its news agency, the Kanem Freedom group claimed its fighters had killed "
        "25 soldiers."
    )
    assert antecedent(text, "the Kanem Freedom group") is None
    by = {c.phrase: c.reported_by for c in code_only(text).casualties}
    assert by["25"] == "the Kanem Freedom group"
    # a description still points back
    from summarizer.evidence.attribution import _NAME_BEFORE_NOUN

    for description in ("the group", "The group", "the Britain-based monitor", "the Syrian group"):
        assert _NAME_BEFORE_NOUN.match(description) is None


def test_two_sides_counting_the_same_fighters_are_no_breakdown() -> None:
    text = (
        "Rebels attacked an army post near the lake late on Friday, killing 16 soldiers, "
        "military sources told reporters.\n\n"
        "The army said six soldiers had died.\n\n"
        "The Lake Front rebel movement claimed its fighters had killed 28 soldiers."
    )
    status = {c.phrase: c.status for c in code_only(text).casualties}
    assert status["six"] == "disputed"
    assert status["28"] == "disputed"


def test_reports_of_civilian_deaths_called_exaggerated_dispute_them() -> None:
    text = (
        "Villagers said nine people were killed when a jet bombed the ferry landing.\n\n"
        "The air force denied carrying out the raid and said reports of civilian deaths were exaggerated."
    )
    (fig,) = code_only(text).casualties
    assert fig.status == "disputed"
    denial = "The air force said reports of civilian deaths had been exaggerated."
    from summarizer.evidence.figures import denied_victims

    assert denied_victims(denial) == [(denial, "killed")]
