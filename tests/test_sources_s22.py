"""Sources, session 22 (summarizer/evidence/__init__.py, "Sources, session 22"), on invented
sentences only, each rule with a negative."""

from __future__ import annotations

import pytest

from summarizer.testing import code_only


def _names(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


_LEAD = "Gunmen killed at least 12 villagers in Kadu on Friday, police said.\n\n"


def test_told_a_paper_by_its_name_is_a_media_source() -> None:
    names = _names(_LEAD + "The medical director told Addis Standard that 30 people were wounded.")
    assert names.get("Addis Standard") == "media"


def test_told_the_paper_with_an_article_is_a_media_source() -> None:
    names = _names(_LEAD + "A local official told the Kyiv Independent that 15 people had died.")
    assert any("Kyiv Independent" in n and k == "media" for n, k in names.items())


def test_told_the_assembly_is_no_outlet_negative() -> None:
    # negative: a capitalised body after "the" with no newspaper's word is not made an outlet
    names = _names(_LEAD + "The governor told the State Assembly that 40 were missing.")
    assert not any("Assembly" in n for n in names)


def test_told_a_person_is_no_outlet_negative() -> None:
    # negative: a person's name ends in no newspaper's word
    names = _names(_LEAD + "A farmer told Ahmed Musa that two men were shot.")
    assert not any("Ahmed Musa" in n for n in names)


def _figure(text: str, phrase: str) -> tuple[str | None, str | None]:
    c = next(c for c in code_only(text).casualties if c.phrase == phrase)
    return c.reported_by, c.outcome


def test_plural_estimate_that_reports() -> None:
    s = _LEAD + "Humanitarian partners estimate that some 9,500 people have been newly displaced since 20 July."
    assert _figure(s, "some 9,500")[0] == "Humanitarian partners"


def test_estimate_without_that_is_no_report_negative() -> None:
    # negative: "estimate" with no clause is not read as a verb of saying
    s = _LEAD + "Officials estimate 40 people were killed."
    assert _figure(s, "40")[0] is None


@pytest.mark.parametrize(
    ("text", "phrases", "source"),
    [
        # a toll raised with the event named before its number
        (
            "The Sudan Doctors Network has raised its toll from the overnight bombardment to at least 58 dead "
            "and more than 110 wounded.",
            ("at least 58", "more than 110"),
            "The Sudan Doctors Network",
        ),
        # a statement head with the event before its colon
        (
            "The Lebanese health ministry has updated its toll from today's strikes on Vessa: at least seven people "
            "were killed and 21 wounded, it says in a statement.",
            ("at least seven", "21"),
            "The Lebanese health ministry",
        ),
    ],
)
def test_toll_updated_with_its_event_named_is_its_sayers(text: str, phrases: tuple[str, ...], source: str) -> None:
    for phrase in phrases:
        assert _figure(_LEAD + text, phrase)[0] == source


def test_army_unit_named_again_is_its_full_name() -> None:
    s = _LEAD + (
        "The Sudanese army's 6th Infantry Division said its troops repelled an attack on Monday. Three of its "
        "soldiers were killed, the division said in a statement."
    )
    assert _figure(s, "Three")[0] == "The Sudanese army's 6th Infantry Division"
    assert _names(s)["The Sudanese army's 6th Infantry Division"] == "military"


def test_army_unit_named_again_with_no_earlier_unit_negative() -> None:
    # negative: no unit named before, the anaphor stays as written
    s = _LEAD + "Three soldiers were killed, the brigade said."
    assert _figure(s, "Three")[0] == "the brigade"


def test_partners_of_a_humanitarian_update_are_ngo() -> None:
    from summarizer.evidence.attribution import source_kind_hint

    assert source_kind_hint("Humanitarian partners") == "ngo"
    assert source_kind_hint("Partners") == "ngo"
    # negative: a side's or a state's partners
    assert source_kind_hint("coalition partners") != "ngo"
    assert source_kind_hint("international partners") != "ngo"


def test_by_a_named_count_is_its_source() -> None:
    s = _LEAD + "By the UN's count, more than 300 people have died since March."
    assert _figure(s, "more than 300")[0] == "the UN"
    s = _LEAD + "By Reuters' tally, 45 soldiers were killed."
    assert _figure(s, "45")[0] == "Reuters"


def test_by_a_days_count_is_no_source_negative() -> None:
    # negative: a day's or a pronoun's count names no source
    s = _LEAD + "Killed by Tuesday's count were 7 people."
    assert _figure(s, "7")[0] is None
    s = _LEAD + "By his count, 12 people died."
    assert _figure(s, "12")[0] is None


def test_plural_warn_that_reports() -> None:
    s = _LEAD + "Humanitarian partners warn that up to 40,000 more could be displaced if fighting spreads."
    assert _figure(s, "up to 40,000")[0] == "Humanitarian partners"


def test_warn_with_no_clause_is_no_report_negative() -> None:
    # negative: "warn" with no "that" clause is not read as a verb of saying
    s = _LEAD + "Officials warn of more displacement as 40 families fled."
    assert all(c.reported_by != "Officials" for c in code_only(s).casualties)


def test_possessive_toll_head_is_its_owner_not_the_last_speaker() -> None:
    s = (
        "Live: strikes on Vessa\n\n12:20\nUNIFIL says its peacekeepers observed strikes this morning.\n\n11:30\n"
        "The health ministry's first toll: five people killed and 12 wounded in strikes on Vessa, it says in a "
        "preliminary statement.\n"
    )
    assert _figure(s, "five")[0] == "The health ministry"


def test_possessive_head_without_a_count_noun_negative() -> None:
    # negative: "X's view:" names no count, the pronoun is carried back as before
    s = (
        "Live: strikes on Vessa\n\n12:20\nUNIFIL says its peacekeepers observed strikes this morning.\n\n11:30\n"
        "The health ministry's view: five people killed and 12 wounded in strikes on Vessa, it says.\n"
    )
    assert _figure(s, "five")[0] != "The health ministry"


def test_put_the_number_at_counts_the_outcome_of_the_sentence_before() -> None:
    s = _LEAD + (
        "Thousands have fled the eastern districts since Monday. "
        "The Vessa municipality put the number at more than 80,000."
    )
    c = next(c for c in code_only(s).casualties if c.phrase == "more than 80,000")
    assert (c.outcome, c.low, c.reported_by) == ("displaced", 80001, "The Vessa municipality")
    assert _names(s)["The Vessa municipality"] == "official"


def test_put_the_cost_at_counts_nobody_negative() -> None:
    # negative: "the cost" is no count of people
    s = _LEAD + "Officials said 3 people died. Analysts put the cost at 40 million."
    assert all(c.phrase != "40 million" for c in code_only(s).casualties)


def test_outlet_carried_a_statement_from_a_role_and_name() -> None:
    s = _LEAD + (
        "Norland's state news agency NNA has now carried a statement from army spokesman Brigadier General "
        "Ali Dano. He said 12 soldiers died."
    )
    names = _names(s)
    assert names.get("NNA") == "state_media"
    assert any("Ali Dano" in n for n in names)


def test_outlet_carried_a_statement_from_nobody_named_negative() -> None:
    # negative: no capitalised name after the role words, no source is made of them
    s = _LEAD + "Norland's state news agency NNA has now carried a statement from its own reporters. 12 soldiers died."
    assert not any("reporters" in n for n in _names(s))
