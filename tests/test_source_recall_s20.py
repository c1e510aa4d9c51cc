"""Source recall, session 20 (summarizer/evidence/__init__.py, "Sources, session 20"), on invented
sentences only, each rule with a negative.

- the outlet a speaker tells is a source: "tells" as "told" (a live blog's present tense), a name
  ending in "+", media named only by a place or by "local" ("told Norlandian media", "told local media");
  a paper that says it has not been able to verify a claim it was told is the publisher, no source."""

from __future__ import annotations

from summarizer.testing import code_only

_LEAD = "Clashes in Velo\n\nGunmen killed 12 people in Velo on Monday, the mayor said.\n\n"


def _names(text: str, lead: str = _LEAD) -> list[str]:
    return [s.name for s in code_only(lead + text + "\n").sources]


def test_told_a_broadcaster_whose_name_ends_in_plus() -> None:
    got = _names("The district chief, Ilmar Tosk, told broadcaster K+ that about 300 families had fled.")
    assert any(n.endswith("K+") for n in got), got


def test_tells_an_outlet_in_a_live_blog() -> None:
    got = _names('14:05 - "The bridge road is cut and we have no water," a farmer tells the radio station Velo FM.')
    assert any("Velo FM" in n for n in got), got


def test_told_media_named_by_a_place_or_local() -> None:
    assert "Norlandian media" in _names("A mechanic from Drava told Norlandian media that 11 houses had burned.")
    assert "local media" in _names("Shopkeepers in Drava told local media that two stores were looted overnight.")


def test_told_reporters_or_a_person_is_no_outlet() -> None:
    got = _names("The district chief told reporters that about 300 families had fled, and tells Mira Oslen to wait.")
    assert not any("reporters" in n.lower() or "Mira" in n for n in got), got
    got = _names("Shopkeepers in Drava told local elders that two stores were looted overnight.")
    assert not any("elders" in n for n in got), got


_BLOG = (
    "LIVE: Velo clashes\n\nVelo Chronicle live blog | Monday\n\nGunmen killed 12 people in Velo, the mayor said.\n\n"
)


def test_the_paper_that_cannot_verify_is_the_publisher() -> None:
    got = _names(
        "A nurse tells the Chronicle that nine people with stab wounds are being treated. "
        "The Chronicle has not been able to verify the claims in a video posted by the gang.",
        _BLOG,
    )
    assert not any("Chronicle" in n for n in got), got


# - a side giving "a different account" is a source: its name heads the sentence, not the apposition after
#   it ("X, one of the main militia factions, gave ..."), a possessive owner's body too ("Norland's defence
#   ministry"); when the next sentence names its own speaker ("A rebel spokesman, Name, said"), the
#   account is that speaker's and the side is no other source. "one of the militia factions" describes an
#   armed group.


def _kinds(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(_LEAD + text + "\n").sources}


def test_a_different_account_by_a_side_in_apposition() -> None:
    got = _kinds(
        "The Kesh Liberation Front (KLF), one of the main militia factions, gave a different account. "
        "It said its fighters had killed 14 soldiers near Drava."
    )
    assert got.get("The Kesh Liberation Front (KLF)") == "military", got
    assert not any("factions" in n for n in got), got


def test_a_different_account_by_a_possessive_owner_s_body() -> None:
    got = _kinds("Norland's defence ministry gave a different account. It said 40 rebels were killed in Velo.")
    assert "Norland's defence ministry" in got, got


def test_the_account_is_the_next_named_speaker_s() -> None:
    got = _kinds(
        "The Drava Liberation Front gave a different account. "
        "A rebel spokesman, Tamo Rell, said 14 soldiers were killed."
    )
    assert not any(n.startswith("The Drava Liberation Front") for n in got), got
    assert any("Tamo Rell" in n or "spokesman" in n for n in got), got


def test_the_account_carried_by_the_side_itself_stays() -> None:
    got = _kinds("The Drava Liberation Front gave a different account. The group said 14 soldiers were killed.")
    assert any(n.startswith("The Drava Liberation Front") for n in got), got
