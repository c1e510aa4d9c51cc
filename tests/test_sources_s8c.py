"""Source faults, third round of session 8 (summarizer/evidence/__init__.py, "Sources, session 8
(third round)"), tested on invented sentences only: outlets named only as relays or carriers,
footage in a joined clause, titles with a dot, possessive determiners, state-owned and propaganda
outlets, described people after a closing verb, an age glued to a described person."""

from __future__ import annotations

from summarizer.evidence.attribution import _attributions, find_relay, source_kind_hint
from summarizer.testing import code_only


def _names(sentence: str) -> list[str]:
    return [n for _, n in _attributions(sentence)]


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


# ------------------------------------------------------------------ 1. relays and carriers


def test_an_outlet_after_the_reporting_clause_relays_it() -> None:
    sent = "Four civilians died in the raid, a police officer said, as cited by Harbour Wire."
    assert find_relay(sent) == ("a police officer", "Harbour Wire")
    assert "Harbour Wire" in _sources(sent)
    sent = "Seven fighters died, a commander said, quoted by Radio Kestrel."
    assert find_relay(sent) == ("a commander", "Radio Kestrel")


def test_an_outlet_quoting_a_person_as_saying_relays_the_person() -> None:
    sent = "Kestrel TV quoted Harbour Governor Salim al-Rawi as saying that 14 people were killed."
    assert find_relay(sent) == ("Harbour Governor Salim al-Rawi", "Kestrel TV")
    got = _sources(sent)
    assert got.get("Harbour Governor Salim al-Rawi") == "official" and got.get("Kestrel TV") == "media"


def test_an_outlet_a_pronoun_told_is_listed() -> None:
    text = "A farmer in the village said five people were killed, he told Delta Today."
    assert _sources(text).get("Delta Today") == "media"


def test_today_closing_an_outlet_name_is_no_time_word() -> None:
    sent = "Nine people were killed, Delta Today reported, citing a local official."
    assert "Delta Today" in _names(sent)
    assert _names("The army said today that 3 died.") == ["The army"]


def test_newspaper_words_name_an_outlet() -> None:
    assert source_kind_hint("the Coastal Observer") == "media"
    assert source_kind_hint("Valley Now") == "media"
    assert source_kind_hint("UN observers") != "media"


def test_footage_in_a_joined_clause_is_a_source() -> None:
    sent = "Shells hit the market, and video shared on social media showed at least eight bodies."
    assert _names(sent) == ["video shared on social media"]
    assert _sources(sent).get("video shared on social media") == "media"


# ------------------------------------------------------------------ 2. names


def test_a_title_dot_does_not_cut_an_inverted_name() -> None:
    sent = "Eleven worshippers were killed in the attack, said Rev. John Okafor, the parish priest."
    assert _names(sent) == ["Rev. John Okafor"]
    assert _names("Two guards died, said Gen. Tomas Reyes.") == ["Gen. Tomas Reyes"]


def test_a_possessive_determiner_is_no_part_of_a_name() -> None:
    assert _names("Their al-Noor television said 13 people were killed.") == ["al-Noor television"]
    assert _names("Its spokesman said 3 died.") == ["Its spokesman"]


def test_a_described_person_after_a_closing_verb() -> None:
    sent = "Three soldiers died in the ambush, said a soldier's wife, who asked not to be named."
    assert _names(sent) == ["a soldier's wife"]
    # (session 16) a private person asking anonymity stays ``other`` (attrib_README: ``anonymous`` is for
    # unnamed officials or sources; the sets' gold types such a relative ``other``; tests/test_kinds_s16.py)
    assert _sources(sent).get("a soldier's wife") == "other"
    assert _names("The clinic was shelled, said a statement.") == []


def test_an_age_does_not_block_a_described_person() -> None:
    sent = "Two men were killed, one 60-year-old herder said."
    assert _names(sent) == ["one 60-year-old herder"]
    assert _sources(sent).get("one 60-year-old herder") == "other"


# ------------------------------------------------------------------ 3. kinds


def test_state_owned_and_propaganda_outlets_are_state_media() -> None:
    assert source_kind_hint("The state-owned Meridian Radio") == "state_media"
    text = "Nasr, the group's propaganda outlet, said 20 soldiers were killed."
    assert _sources(text).get("Nasr") == "state_media"


def test_rights_groups_are_listed_as_written() -> None:
    sent = "At least 40 people have been killed since March, rights groups say."
    assert _sources(sent).get("rights groups") == "ngo"


def test_an_acronym_only_relaying_is_an_outlet() -> None:
    text = "Seven fighters died, a commander said, quoted by RKN."
    assert _sources(text).get("RKN") == "media"
