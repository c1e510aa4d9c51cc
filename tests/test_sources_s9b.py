"""Known source faults, session 9 (summarizer/evidence/__init__.py, "Sources, session 9 (known
faults)"), tested on invented sentences only: outlets known by what they do, unnamed people
identified by a relative clause, conflict-data projects, bodies that counted inside a quote, the
presidency, and "US" as a nationality word on a deed. Negatives included."""

from __future__ import annotations

from summarizer.evidence.attribution import _identified_person, antecedent, relay_kind, source_kind_hint
from summarizer.evidence.names import country_of_demonym
from summarizer.testing import code_only


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


def _party(text: str, name: str) -> bool | None:
    return next((s.party_to_conflict for s in code_only(text).sources if s.name == name), None)


def _by(text: str) -> list[str | None]:
    return [c.reported_by for c in code_only(text).casualties]


# ------------------------------------------------------------------ 1. outlets by their deeds


def test_a_one_word_name_that_reported_is_an_outlet() -> None:
    text = "Two herders were killed in a drone strike near Dahuk on Monday, Zindanews reported."
    assert _sources(text).get("Zindanews") == "media"
    text = "Marbadnet reported that three fighters were wounded in the clash near the border."
    assert _sources(text).get("Marbadnet") == "media"
    # two capitalised words with a particle: "Sawt al-Qura reported that"
    text = "Sawt al-Qura reported that five villagers were killed when the shell hit the well."
    assert _sources(text).get("Sawt al-Qura") == "media"


def test_an_outlet_that_published_or_broadcast_a_report_is_a_source() -> None:
    text = "Halqadeen published a report saying nine people died in the shelling of the village."
    assert _sources(text).get("Halqadeen") == "media"
    assert _by(text) == ["Halqadeen"]
    text = "Five soldiers died in the ambush, Kestrelcast broadcast on Tuesday."
    assert _sources(text).get("Kestrelcast") == "media"


def test_an_outlet_told_and_verified_by_is_listed() -> None:
    text = (
        "The district mayor told Varanews that the drone killed four people. Video verified by "
        "Varanews showed the burned car."
    )
    assert _sources(text).get("Varanews") == "media"


def test_what_an_outlet_does_no_object_of_airing_reports() -> None:
    # "aired pictures" reports nothing: the army's figure stays the army's
    text = "Television stations aired pictures of the wreckage where 8 soldiers died, the army said."
    assert _by(text) == ["the army"]
    # a report published on a date is no outlet
    assert "The report" not in _sources("The report, published on Monday, said 30 people were killed.")


def test_a_person_or_a_body_of_another_kind_is_no_outlet_by_reporting() -> None:
    # a surname after its first name or title is a person
    text = "Governor Oleh Marchenko reported on Telegram that two people were killed. Marchenko reported later."
    assert relay_kind(text, "Marchenko") is None
    # a ministry that published figures is the ministry (its words say official)
    text = "The ministry published figures showing 40 people were killed in the week."
    assert _sources(text).get("The ministry") == "official"
    # a country that reported is its government
    assert relay_kind("Ethiopia reported that 9 soldiers died.", "Ethiopia") is None


# ------------------------------------------------------------------ 2. unnamed people identified by a clause


def test_a_relative_clause_that_identifies_a_person_is_kept() -> None:
    text = "A man who escaped to Pemba said eleven people were beheaded in the raid on the village."
    assert _sources(text) == {"A man who escaped to Pemba": "other"}
    assert _by(text) == ["A man who escaped to Pemba"]
    text = "A resident who lives near the market told reporters that 5 people died."
    assert "A resident who lives near the market" in _sources(text)


def test_the_same_person_mentioned_again_is_one_source() -> None:
    text = "A woman who fled to Montepuez said nine people were killed. The woman said the attackers burned homes."
    assert _sources(text) == {"A woman who fled to Montepuez": "other"}
    assert antecedent(text, "The woman") == "A woman who fled to Montepuez"


def test_an_anonymity_clause_or_a_long_clause_is_dropped() -> None:
    text = "A police officer who asked not to be named said seven people were killed."
    assert "A police officer" in _sources(text)
    text = "An official with the UN mission who spoke on condition of anonymity said 20 people were killed."
    assert "An official with the UN mission" in _sources(text)
    # over the length cap: the person alone
    text = "A nurse who treated the wounded at the district clinic said 14 people were injured in the blast."
    assert "A nurse" in _sources(text)
    # "whose" with a verb phrase over the cap: the person alone
    assert "One woman" in _sources("One woman whose husband was killed in the raid said 20 men were taken.")
    assert _identified_person("A man who said he saw it") is None
    assert _identified_person("A man who fled to Pemba") == "A man"


# ------------------------------------------------------------------ 3. conflict-data projects


def test_conflict_data_projects_are_monitors() -> None:
    assert source_kind_hint("The Armed Conflict Location & Event Data Project") == "monitor"
    assert source_kind_hint("the Uppsala Conflict Data Program") == "monitor"
    assert source_kind_hint("UCDP") == "monitor"
    text = (
        "The Armed Conflict Location & Event Data Project, which tracks political violence, has recorded "
        "more than 380 deaths in the province."
    )
    assert _sources(text) == {"The Armed Conflict Location & Event Data Project": "monitor"}
    # a data office of a ministry stays the ministry's
    assert source_kind_hint("the health ministry's data office") == "official"


def test_an_acronym_before_the_head_noun_names_the_body() -> None:
    text = (
        "Gunmen from the Katiba Sud group killed nine soldiers at a border post on Monday, the army said. "
        "The Falcon Intelligence Group said the group claimed the attack. The KVDB monitoring group has "
        "recorded more than 150 deaths of soldiers in the region since 2020."
    )
    assert "The KVDB monitoring group" in _sources(text)
    assert antecedent(text, "The KVDB monitoring group") is None
    # a description without a name still points back: "the monitoring group"
    text = "The Kivu Watch, a monitoring group, said 12 died. The monitoring group said 3 more died later."
    assert antecedent(text, "The monitoring group") == "The Kivu Watch"


# ------------------------------------------------------------------ 4. bodies that counted; the presidency


def test_a_body_that_counted_inside_a_quote_is_a_source() -> None:
    text = '"After a full count by the general staff, the toll is 19 soldiers killed," the minister told reporters.'
    got = _sources(text)
    assert got.get("the general staff") == "military" and got.get("the minister") == "official"
    assert _by(text) == ["the minister"]  # the speaker still reports the figure
    assert _party(text, "the general staff") is True
    # a possessive pronoun names no one
    assert "his office" not in _sources('"After a count by his office, 4 died," the mayor said.')


def test_the_presidency_and_the_interior_ministry_are_official_sources() -> None:
    text = "Fighters of the group killed six soldiers near the border, the presidency said in a statement."
    assert _sources(text).get("the presidency") == "official"
    assert _party(text, "the presidency") is True
    text = "Six police officers were wounded in the attack, the interior ministry said."
    assert _sources(text).get("the interior ministry") == "official"


# ------------------------------------------------------------------ 5. "US" on a deed


def test_us_strikes_make_the_us_a_party() -> None:
    text = "US strikes killed 12 militants in the province, US officials said."
    s = code_only(text)
    assert "US" in [p.name for p in s.parties]
    assert [(x.name, x.kind, x.party_to_conflict) for x in s.sources] == [("US officials", "official", True)]
    assert country_of_demonym("US") == "United States"


def test_the_pronoun_us_is_no_state() -> None:
    assert country_of_demonym("us") is None
    text = "They told us strikes killed 5 people, a resident said."
    assert not [p.name for p in code_only(text).parties if p.name.lower() == "us"]
    text = "Gunmen attacked us and killed 4 people in the village, a survivor said."
    assert "us" not in [p.name.lower() for p in code_only(text).parties]


# ------------------------------------------------------------------ 6. precision: no junk names


def _names(sentence: str) -> list[str]:
    from summarizer.evidence.attribution import _attributions

    return [n for _, n in _attributions(sentence)]


def test_a_headline_clause_is_no_source() -> None:
    assert _names("ZAMBARA: rebels kill 31 in raid on gold mine, says the UN mission") == ["the UN mission"]
    # a count of people heading a headline before a semicolon: the victims, not the sayer
    assert _names("Six police, four gunmen killed in Lodwar clash, army says; rebels claim win")[0] == "army"
    # a quantity word before a number is no verb: "Nearly 300 residents said"
    assert _names("Nearly 300 residents said the town was shelled.") == ["Nearly 300 residents"]
    assert _names("The 121 Brigade said 3 of its men died.") == ["The 121 Brigade"]


def test_people_named_inside_a_described_speakers_quote_are_no_sources() -> None:
    sent = '"The soldiers told us they were hunting rebels, then they shot," said a 40-year-old herder who fled.'
    assert _names(sent) == ["a 40-year-old herder"]


def test_an_adverb_of_frequency_is_no_part_of_the_name() -> None:
    assert _names("The government rarely discloses casualty figures for the north.") == ["The government"]


def test_several_title_dots_in_a_row_open_one_name() -> None:
    sent = "The bomb went off as a patrol passed, said Pol. Lt. Col. Niran Sukjai, the district police chief."
    names = _names(sent)
    assert "Pol. Lt. Col. Niran Sukjai" in names and "Pol" not in names


def test_an_unnamed_own_outlet_relays_by_no_name() -> None:
    from summarizer.evidence.attribution import find_relay

    sent = "The Harun movement said in a message carried by its media arm that its fighters killed 40 soldiers."
    assert find_relay(sent) == ("The Harun movement", None)
    sent = "The government said in a statement read on state television that 12 soldiers were killed."
    assert find_relay(sent) == ("The government", "state television")
