"""Sources, session 12, second round (summarizer/evidence/__init__.py, "Sources, session 12"), on
invented sentences only: an outlet named by its possessive ("told Al Jazeera's correspondent"), an
outlet described as independent, an unnamed official of a civil institution. Negatives included."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import owner_of_possessive
from summarizer.schema import Source
from summarizer.testing import code_only


def _by_name(text: str) -> dict[str, Source]:
    return {s.name: s for s in code_only(text).sources}


# ---------------------------------------------------------------- an outlet by its possessive


def test_possessive_outlet_is_the_outlet() -> None:
    text = "Rebels killed nine villagers in Tarvo on Monday, residents told the Velan Times's correspondent."
    names = _by_name(text)
    assert "the Velan Times" in names
    assert not any(n.endswith("'s") for n in names)


def test_possessive_of_the_publisher_is_no_source() -> None:
    text = (
        "Rebels killed nine villagers in Tarvo on Monday, residents told Lakeview News's correspondent. "
        "Lakeview News could not independently verify the figures."
    )
    names = _by_name(text)
    assert "residents" in names
    assert not any("Lakeview" in n for n in names)


@pytest.mark.parametrize(
    ("name", "owner"),
    [
        ("Al Jazeera's", "Al Jazeera"),
        ("the BBC’s", "the BBC"),
        ("the group's", "the group's"),  # lower case: a back-reference, left as written
        ("residents", "residents"),
        ("Doctors Without Borders", "Doctors Without Borders"),
    ],
)
def test_owner_of_possessive(name: str, owner: str) -> None:
    assert owner_of_possessive(name) == owner


# ---------------------------------------------------------------- an outlet called independent


def test_independent_outlet_is_media_no_side() -> None:
    text = (
        "Gunmen abducted 14 women near Tarvo, residents said. Velanwatch, an independent outlet which "
        "spoke to two survivors, said 14 women were abducted."
    )
    s = _by_name(text)["Velanwatch"]
    assert (s.kind, s.party_to_conflict) == ("media", False)


def test_group_outlet_stays_a_sides() -> None:
    text = (
        "Gunmen abducted 14 women near Tarvo, residents said. Al-Nadir, the group's own outlet, said "
        "its fighters had taken 20 women."
    )
    s = _by_name(text)["Al-Nadir"]
    assert s.kind == "state_media"


# ---------------------------------------------------------------- an unnamed civil official


@pytest.mark.parametrize("who", ["A school official", "A company official", "A university official"])
def test_civil_institution_official_is_anonymous_no_side(who: str) -> None:
    text = f"Gunmen abducted 14 students from a school in Tarvo, the governor said. {who} said 16 had been taken."
    s = _by_name(text)[who]
    assert (s.kind, s.party_to_conflict) == ("anonymous", False)


@pytest.mark.parametrize("who", ["A district official", "A local official", "A security official"])
def test_state_officials_stay_a_sides(who: str) -> None:
    text = f"Gunmen abducted 14 students from a school in Tarvo, the governor said. {who} said 16 had been taken."
    s = _by_name(text)[who]
    assert s.kind != "other" and s.party_to_conflict is True


# ---------------------------------------------------------------- one unnamed person and the body


def test_unnamed_officer_with_a_place_is_not_the_police() -> None:
    text = (
        "Gunmen killed 12 people on a bus near Tarvo on Monday. A senior police official in Tarvo, who spoke "
        "on condition of anonymity, said 14 were dead. Police later said all the dead were civilians."
    )
    names = _by_name(text)
    assert "A senior police official in Tarvo" in names
    assert "police" in {n.lower() for n in names}


def test_officer_at_the_scene_is_not_the_police() -> None:
    text = (
        "Gunmen killed 12 people on a bus near Tarvo on Monday, police said. Separately, gunmen shot dead a "
        "judge in Tarvo on Thursday, a police officer at the scene said."
    )
    names = _by_name(text)
    assert "police" in names
    assert "a police officer at the scene" in names


def test_the_officer_again_is_the_same_person() -> None:
    text = (
        "Gunmen killed 12 people in Tarvo on Monday, a police officer in Tarvo said. The officer said the "
        "attackers fled."
    )
    assert list(_by_name(text)) == ["a police officer in Tarvo"]


# ---------------------------------------------------------------- a counted group and one more


def test_another_after_a_counted_group_is_one_more_source() -> None:
    text = (
        "Gunmen killed 12 people in Tarvo on Monday, three residents told Reuters. Another resident said "
        "the gunmen burned 20 houses."
    )
    names = _by_name(text)
    assert "three residents" in names
    assert "Another resident" in names


def test_another_after_an_uncounted_group_is_the_group() -> None:
    text = (
        "Gunmen killed 12 people in Tarvo on Monday, residents told Reuters. Another resident said the "
        "gunmen burned 20 houses."
    )
    names = [n for n in _by_name(text) if "resident" in n.lower()]
    assert len(names) == 1


# ---------------------------------------------------------------- a relay with a capitalised tie


def test_relay_aside_with_a_capitalised_tie() -> None:
    text = (
        "Gunmen killed 40 people in Tarvo on Monday, a local chief said. Army spokesman Lt. Omar Dina, quoted "
        "by the U.N.-backed Radio Tarvo, said soldiers had recovered 31 bodies."
    )
    s = _by_name(text)["Radio Tarvo"]
    assert (s.kind, s.party_to_conflict) == ("media", False)


def test_relay_aside_run_by_a_side_is_its_outlet() -> None:
    text = (
        "Gunmen killed 40 people in Tarvo on Monday, a local chief said. Army spokesman Lt. Omar Dina, quoted "
        "by the Velan-run Radio Tarvo, said soldiers had recovered 31 bodies."
    )
    assert _by_name(text)["Radio Tarvo"].kind == "state_media"


def test_quoted_by_a_person_is_no_outlet() -> None:
    text = "Gunmen killed 40 people in Tarvo on Monday, a local chief, quoted by the governor, said."
    assert not any("governor" in n for n in _by_name(text))


# ---------------------------------------------------------------- the name a person gave


def test_resident_who_gave_a_first_name_is_that_name() -> None:
    text = (
        "Soldiers raided Tarvo on Monday. A resident who gave only his first name, Omar, said soldiers "
        'arrived at dawn and fired at people fleeing. "They killed my father and my uncle," he said.'
    )
    names = _by_name(text)
    assert "Omar" in names and names["Omar"].kind == "other"
    assert not any("gave only" in n for n in names)


def test_resident_who_gave_no_name_stays_described() -> None:
    text = "Soldiers raided Tarvo on Monday. A resident who gave only his first name said soldiers killed four people."
    assert "A resident who gave only his first name" in _by_name(text)


# ---------------------------------------------------------------- a platform's page is no outlet


def test_unnamed_telegram_channel_is_no_source() -> None:
    text = (
        "Soldiers and militants clashed near Tarvo on Monday, the army said. In a message posted on a Telegram "
        "channel linked to the group, a Velan Army spokesman claimed its fighters had killed 30 soldiers."
    )
    assert not any("Telegram" in n for n in _by_name(text))


def test_named_outlets_channel_is_a_source() -> None:
    text = (
        "Soldiers and militants clashed near Tarvo on Monday, the army said. Footage posted on the Telegram "
        "channel of the news site Velan24 showed houses burning."
    )
    assert any("Velan24" in n for n in _by_name(text))


# ---------------------------------------------------------------- a family as a source


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Two farmers from Tarvo have been missing since Wednesday, their families told this newspaper.",
            "their families",
        ),
        ("A teacher was shot dead in Tarvo on Monday, his family said.", "his family"),
    ],
)
def test_a_family_is_a_source(sentence: str, who: str) -> None:
    s = _by_name(sentence)[who]
    assert (s.kind, s.party_to_conflict) == ("other", False)


def test_a_family_that_fled_is_no_source() -> None:
    text = "The family fled to Tarvo, where 40 people were killed, officials said."
    assert not any("famil" in n.lower() for n in _by_name(text))
