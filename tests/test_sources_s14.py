"""Sources, session 14 (summarizer/evidence/__init__.py, "Sources, session 14"), on invented sentences
only: a generic "Army spokesman Name" is not the spokesman of a listed armed group with "Army" in its
own name; a body named with a bare country's name before its own capitalised name is no alias of the
country; a headline's bare country is its authorities named by their nationality word. Negatives
included."""

from __future__ import annotations

import re

import pytest

from summarizer.evidence.attribution import source_kind_hint
from summarizer.schema import Source
from summarizer.testing import code_only


def _names(text: str) -> list[str]:
    return [s.name for s in code_only(text).sources]


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- "Army spokesman" vs "X Liberation Army"


def test_generic_army_spokesman_is_not_the_armed_groups() -> None:
    text = (
        "Fighting killed 12 people in Tarvo on Monday. The Kesh Liberation Army (KLA) said its fighters had "
        "killed nine soldiers. Army spokesman Colonel Ana Ruiz said troops had detained five suspected KLA "
        "members near the river."
    )
    names = _names(text)
    assert any("Ana Ruiz" in n for n in names)
    assert any("Kesh Liberation Army" in n for n in names)


def test_armed_groups_own_spokesman_still_folds_into_it() -> None:
    # negative: the spokesman named by the group's own name speaks for it (one source)
    text = (
        "Clashes killed 12 people in Tarvo on Monday, according to the Kesh Liberation Army. "
        "Kesh Liberation Army spokesman Amar Velo told reporters that nine of its fighters were among the dead."
    )
    names = _names(text)
    assert len([n for n in names if "Kesh Liberation Army" in n]) == 1


def test_army_spokesman_folds_into_the_state_army() -> None:
    # negative: a state's army named with its country is the body the army spokesman speaks for
    text = (
        "The Norlandian army said 12 militants were killed in Tarvo on Monday. Army spokesman Colonel Ana Ruiz "
        "said two soldiers were wounded."
    )
    names = _names(text)
    assert len([n for n in names if re.search(r"(?i)army", n)]) == 1


# ---------------------------------------------------------------- a country-named body, the country's authorities


def test_country_named_body_is_its_own_source() -> None:
    text = (
        "Malawi reports 9 traders shot dead at border market\n\n"
        "Malawian authorities said on Tuesday that 9 traders were shot dead at a market on Sunday. "
        "The Malawi Red Cross said its volunteers had collected 9 bodies."
    )
    red = _find(text, "Red Cross")
    assert red.kind == "ngo" and not red.party_to_conflict
    names = _names(text)
    assert "Malawi" not in names  # the headline's country is its authorities named again
    assert any("Malawian authorities" in n for n in names)


def test_country_possessive_and_country_alone_negatives() -> None:
    # negative: a country's authorities by another nationality are not the headline's country
    text = (
        "Malawi reports 9 traders shot dead at border market\n\n"
        "Zambian authorities said on Tuesday that only five people had died. "
        "Malawi said on Wednesday that 9 traders were shot dead."
    )
    names = _names(text)
    assert "Malawi" in names  # the country speaks in the body too: a source of its own


# ---------------------------------------------------------------- unnamed sources: anonymous


def test_anonymity_after_the_verb_and_hearer() -> None:
    text = (
        "Gunmen killed 12 people in Tarvo on Monday, police said. A Norlandian police officer told the Kesh Times "
        "newspaper, on condition of anonymity, that two more officers were missing."
    )
    assert _find(text, "police officer").kind == "anonymous"


def test_named_hearer_and_no_anonymity_negative() -> None:
    # negative: the officer speaks on the record; the anonymity belongs to someone else later
    text = (
        "Gunmen killed 12 people in Tarvo on Monday. A police officer told reporters that two more officers were "
        "missing. A resident, who asked not to be named, said the gunmen came at dawn."
    )
    assert _find(text, "police officer").kind != "anonymous"


def test_relative_of_un_staff_is_no_un_body() -> None:
    text = (
        "Rebels detained eight UN workers in Tarvo on Wednesday, the UN said. The brother of a detained UN "
        "driver told reporters nobody had been allowed to see him."
    )
    assert _find(text, "brother").kind == "other"
    assert source_kind_hint("a UN official in Tarvo") == "official"  # negative: the UN's own official


def test_a_source_at_an_office_is_anonymous() -> None:
    text = (
        "A prison riot killed 31 inmates in Tarvo on Monday. State radio, citing a source at the "
        "attorney general's office, said pathologists had named nine of the victims."
    )
    assert _find(text, "source at the attorney").kind == "anonymous"


def test_a_named_office_is_not_anonymous_negative() -> None:
    # negative: the office itself, not "a source" in it
    text = "A prison riot killed 31 inmates in Tarvo on Monday, the attorney general's office said."
    assert _find(text, "attorney").kind == "official"


# ---------------------------------------------------------------- an armed side itself is military


def test_listed_armed_group_by_initials_is_military() -> None:
    text = (
        "Militants of the Kesh Liberation Front (KLF) attacked an army post in Tarvo on Monday, killing 12 "
        "soldiers, the army said. The KLF said in a statement that its fighters had killed 20 soldiers."
    )
    klf = _find(text, "KLF")
    assert klf.kind == "military" and klf.party_to_conflict


def test_a_witness_near_an_armed_group_stays_other_negative() -> None:
    # negative: a witness of the group's attack is no armed side
    text = (
        "Militants of the Kesh Liberation Front (KLF) attacked a market in Tarvo on Monday, killing 12 "
        "people, the army said. A shopkeeper from the market said the KLF gunmen came at dawn."
    )
    shop = _find(text, "shopkeeper")
    assert shop.kind == "other" and not shop.party_to_conflict


# ---------------------------------------------------------------- kinds by the name's words


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the army of the transitional government", "military"),  # the forces, not the government
        ("forces loyal to the northern council", "military"),
        ("local journalists", "media"),
        ("The rebel-controlled Voice of the Free Kesh Hills newspaper", "state_media"),  # a side's outlet, long name
        ("a source at the interior ministry", "anonymous"),
        ("two sources close to the inquiry", "anonymous"),
        # negatives: the government itself, a journalists' union, a privately owned paper, a named office
        ("the transitional government", "official"),
        ("the journalists' union", "ngo"),  # no outlet; (session 18) a union of journalists is an NGO
        ("the privately-owned Voice of the Free Kesh Hills newspaper", "media"),
        ("the interior ministry", "official"),
    ],
)
def test_kind_by_the_names_words(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


# ---------------------------------------------------------------- relays: language services, "of" in a name


def test_language_service_after_initials_is_an_outlet() -> None:
    text = (
        "Air strikes killed nine people in a camp in Tarvo on Sunday, a rebel spokesman said. "
        '"There were only families there," he told RFA Burmese.'
    )
    assert _find(text, "RFA Burmese").kind == "media"


def test_initials_before_a_plain_noun_are_no_outlet_negative() -> None:
    # negative: "told US officials" names no outlet
    text = "Air strikes killed nine people in Tarvo on Sunday. The governor told US officials that 12 were missing."
    assert not any(n.startswith("US") for n in _names(text))


def test_outlet_name_with_of_and_a_place() -> None:
    text = (
        "Gunmen killed four soldiers in Tarvo on Monday. District police chief Ana Ruiz told the Herald of "
        "Norland that 14 people had been detained."
    )
    assert any(n.endswith("Herald of Norland") for n in _names(text))


def test_told_reuters_of_an_event_negative() -> None:
    # negative: "of Monday's raid" is what was told, not the outlet's name
    text = "Gunmen killed four soldiers in Tarvo on Monday. The mayor told Reuters of Monday's raid that 12 died."
    assert not any("Monday" in n for n in _names(text))


# ---------------------------------------------------------------- a named person's office in a relative clause


def test_who_heads_an_office_takes_its_kind() -> None:
    text = (
        "Shelling killed seven people in Tarvo on Monday. Ana Ruiz, who directs the public works department of Tarvo "
        "province, told reporters that 19 were wounded."
    )
    assert _find(text, "Ana Ruiz").kind == "official"


def test_who_runs_a_foundation_is_ngo() -> None:
    text = (
        "Shelling killed seven people in Tarvo on Monday. Ana Ruiz, who runs the Kesh Relief Foundation, said 19 "
        "were wounded."
    )
    assert _find(text, "Ana Ruiz").kind == "ngo"


def test_who_runs_a_bakery_stays_other_negative() -> None:
    # negative: a shop's owner is no body of any listed kind
    text = (
        "Shelling killed seven people in Tarvo on Monday. Ana Ruiz, who runs the family bakery in Tarvo, told "
        "reporters that 19 were wounded."
    )
    assert _find(text, "Ana Ruiz").kind == "other"
