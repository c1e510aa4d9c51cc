"""Sources, session 22 (summarizer/evidence/__init__.py, "Sources, session 22"), on invented
sentences only, each rule with a negative."""

from __future__ import annotations

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
