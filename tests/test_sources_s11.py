"""Source kinds and names, session 11 (summarizer/evidence/__init__.py, "Sources, session 11"), on
invented sentences only: civil-society bodies named by their cause, a body named a "watch", armed
groups by name, "government forces", an administration, an unnamed "source", a person's office in
an apposition that ends the sentence or in a capitalised title, a body "for X, Y and Z", outlets
named only as relays, and a description heading the subject with the name after it. Negatives
included."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import (
    find_relay,
    find_sources,
    relay_kind,
    relaying_outlets,
    source_kind_hint,
    split_joint,
    title_kind,
)
from summarizer.testing import code_only


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # civil-society bodies by their cause (attrib_README kinds: ngo)
        ("the Marovan Network for Rights and Freedoms", "ngo"),
        ("the Tessel Aid Network", "ngo"),
        ("the Danish Refugee Council", "ngo"),
        ("the Centre for Conflict Analysis and Research", "ngo"),
        ("the Velan Prisoners' Society", "ngo"),
        ("the Association for Political Prisoners of Norland", "ngo"),
        ("the Karo Baptist Convention", "ngo"),
        ("the Dorvik Civil Society Coordination", "ngo"),
        # a body named a watch counts events (monitor); Human Rights Watch stays an NGO
        ("Northern Border Watch", "monitor"),
        ("Human Rights Watch", "ngo"),
        # armed groups by name
        ("Al-Shabaab", "military"),
        ("the Maoists", "military"),
        ("Liwa al-Nasr", "military"),
        ("Jaish al-Karama", "military"),
        ("government forces", "military"),
        ("government troops", "military"),
        # an administration governs
        ("the Tarvel administration", "official"),
        # an unnamed source is anonymous, whoever it serves
        ("a military source", "anonymous"),
        ("two security sources", "anonymous"),
    ],
)
def test_kinds_by_name(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the government", "official"),  # negative: the government is no armed force
        ("the government spokesman", "official"),
        ("the Security Council", "official"),  # negative: a council of no cause
        ("the Centre for Disease Control", None),  # negative: no research, studies or analysis: no NGO
        ("the army", "military"),
        ("the military's spokesman", "military"),
    ],
)
def test_kinds_by_name_negatives(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


def test_an_office_in_apposition_at_the_sentence_end() -> None:
    art = (
        "Dozens of families fled to Velo town, said Amina Dauda, an official of the State Emergency "
        "Management Agency. She said 40 houses had burned."
    )
    assert title_kind(art, "Amina Dauda") == "official"
    # negative: a resident in apposition says no office
    art2 = "Dozens of families fled to Velo town, said Amina Dauda, a resident of the town. She said more had left."
    assert title_kind(art2, "Amina Dauda") is None


def test_a_capitalised_office_before_a_title() -> None:
    art = "Governor's adviser R. Kamal Singh told reporters that 12 suspects had been detained."
    assert title_kind(art, "Kamal Singh") == "official"
    # negative: a capitalised possessive that holds no office
    art2 = "Sunday's speaker R. Kamal Singh told reporters that 12 suspects had been detained."
    assert title_kind(art2, "Kamal Singh") is None


def test_a_body_for_x_and_y_is_one_body() -> None:
    assert split_joint("the Centre for Security Analysis and Research (CSAR)") == [
        "the Centre for Security Analysis and Research (CSAR)"
    ]
    # negative: two sources joined by "and"
    assert split_joint("the police and Red Cross") == ["the police", "Red Cross"]


def test_kinds_in_a_summary() -> None:
    text = (
        "Gunmen killed nine villagers near Tarvel on Friday, the Tarvel Aid Network said. "
        "Government forces lost two soldiers, a military source said."
    )
    got = _sources(text)
    assert got.get("the Tarvel Aid Network") == "ngo"
    assert got.get("a military source") == "anonymous"


# ------------------------------------------------------------------ outlets named only as relays


def _cited_names(text: str) -> list[str]:
    return [n for n, _ in find_sources(text)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a statement or account carried by an outlet, in a sentence citing no one else
        (
            "The governor said drones hit a bus, killing three people. "
            "His account was carried by the state news agency Polnews.",
            "the state news agency Polnews",
        ),
        (
            "The junta rejected the reports. In a statement carried by the state-run Daily Star of Norland, "
            "it said the air force had struck a camp.",
            "the state-run Daily Star of Norland",
        ),
        # an outlet described before its name, as a relay
        ("A Velo spokesman, cited by the local outlet Varna Herald, said the group held 14 men.", "Varna Herald"),
        ('"We lost seven men," Captain Ali Nur told the privately owned Radio Kanal by phone.', "Radio Kanal"),
        # a side's own outlet it speaks through
        (
            "The Velo Front claimed the attack in a statement released through its media wing, Al-Barq Media, "
            "saying its fighters had killed 23 soldiers.",
            "Al-Barq Media",
        ),
        (
            "The Velo Front claimed the attack through its Amaq propaganda outlet, saying it killed 20 soldiers.",
            "Amaq propaganda outlet",
        ),
        # reached by an outlet
        (
            "A member of a local civil society group, reached by telephone by RFK, said the toll was at least 40. "
            "RFK reported that more had died.",
            "RFK",
        ),
    ],
)
def test_an_outlet_named_only_as_a_relay_is_a_source(text: str, outlet: str) -> None:
    assert outlet in _cited_names(text)


def test_relays_that_name_no_outlet() -> None:
    # negatives: a side's own unnamed channel, a person who reached someone, a platform
    assert relaying_outlets("", "The army said in a post carried by its media arm that 12 were killed.") == []
    assert relaying_outlets("", "He was reached by telephone by John Smith, who said more died.") == []
    assert relaying_outlets("", "The group said in a statement posted on its Telegram channel that 9 died.") == []


def test_an_outlet_described_before_its_name_is_media() -> None:
    art = "A spokesman, cited by the local outlet Zeta, said 14 men were held."
    assert relay_kind(art, "Zeta") == "media"
    art2 = "The claim was carried by the state-run daily Zeta."
    assert relay_kind(art2, "Zeta") == "state_media"
    # negative: a person after a lower-case word is no outlet
    assert relay_kind("The claim was made by the governor Zeta Ruiz.", "Zeta Ruiz") is None


def test_a_sides_outlet_in_apposition_is_state_media() -> None:
    text = (
        "Gunmen killed 12 soldiers near Tarvel on Friday, the army said. The Velo Front claimed the attack in a "
        "statement released through its media wing, Al-Barq Media, saying its fighters had killed 23 soldiers."
    )
    assert _sources(text).get("Al-Barq Media") == "state_media"


# ------------------------------------------------------------------ a description, then the name


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        # a role at a place with a nationality and an office's initials, the name after it
        ("A Norland MP for the Velo district, Amir Sadek, told Reuters that eight civilians died.", "Amir Sadek"),
        ("A district official in Morra, Ibrahim Tanko, said five people died.", "Ibrahim Tanko"),
        # a described body, its name with a place ("in") and an acronym, then "said it documented ..."
        (
            "A local rights group, the Centre for Human Rights in Norland (CHRN), said it had documented "
            "the deaths of six civilians.",
            "the Centre for Human Rights in Norland (CHRN)",
        ),
    ],
)
def test_a_description_heading_the_subject_is_the_name_after_it(sentence: str, sayer: str) -> None:
    assert find_relay(sentence)[0] == sayer


def test_a_description_with_no_name_after_it_stays() -> None:
    # negatives: no name in apposition; an age or a relative clause is no name
    assert find_relay("A resident of Velo, aged 40, said six died.")[0] == "A resident of Velo"
    assert find_relay("A local rights group said it had documented the deaths of six civilians.")[0] == (
        "A local rights group"
    )


def test_the_office_of_a_role_at_a_place_heading_the_sentence() -> None:
    art = "A Norland MP for the Velo district, Amir Sadek, told Reuters that eight civilians died."
    assert title_kind(art, "Amir Sadek") == "official"
    # negative: a resident at a place holds no office
    art2 = "A resident of the Velo district, Amir Sadek, told Reuters that eight civilians died."
    assert title_kind(art2, "Amir Sadek") is None


# ------------------------------------------------------------------ a description by kind, the name elsewhere


def test_a_monitoring_group_named_elsewhere_is_the_named_monitor() -> None:
    # attrib_README reported_by: "a monitoring group" in the figure's sentence, the monitor named elsewhere
    text = (
        "Airstrikes killed at least 39 civilians in Idlib on Tuesday, according to a monitoring group. "
        "The Tarvel Observatory for Human Rights, a Britain-based monitor, said the strikes hit a market."
    )
    s = code_only(text)
    assert [c.reported_by for c in s.casualties] == ["The Tarvel Observatory for Human Rights"]
    assert [x.name for x in s.sources] == ["The Tarvel Observatory for Human Rights"]


def test_a_description_by_kind_with_no_one_named_source_stays() -> None:
    # negatives: no named monitor; two named rights groups (which one is not said)
    s = code_only(
        "Airstrikes killed at least 39 civilians in Idlib on Tuesday, according to a monitoring group. "
        "The strikes hit a market, residents said."
    )
    assert [c.reported_by for c in s.casualties] == ["a monitoring group"]
    s2 = code_only(
        "Gunmen killed six villagers near Velo, a local rights group said. The Velo Human Rights League later "
        "said eight were killed. Amnesty International said the attack was a war crime."
    )
    assert "a local rights group" in [x.name for x in s2.sources]


def test_a_person_holding_a_role_of_the_body_named_before() -> None:
    art = (
        'Doctors Without Borders (MSF) said its teams had treated 112 wounded people. "Many are children," '
        "said Ana Ruiz-Tagle, the group's emergency coordinator."
    )
    assert title_kind(art, "Ana Ruiz-Tagle") == "ngo"
    art2 = (
        "The Tarvel Human Rights Network said 31 bodies were counted. Its coordinator, Jeanine Kamba, told "
        "reporters that many were women."
    )
    assert title_kind(art2, "Jeanine Kamba") == "ngo"
    # negatives: no body of a kind named before; a person described by trade
    art3 = "Farmers said 31 bodies were counted. Its coordinator, Jeanine Kamba, told reporters that many were women."
    assert title_kind(art3, "Jeanine Kamba") is None
    art4 = "The Tarvel Human Rights Network said 31 bodies were counted. Jeanine Kamba, a farmer, told reporters more."
    assert title_kind(art4, "Jeanine Kamba") is None


def test_a_un_rights_office_is_official() -> None:
    # attrib_README kinds: UN bodies are official; a monitoring mission may stay a monitor (kind_alt)
    assert source_kind_hint("the UN human rights office") == "official"
    assert source_kind_hint("OHCHR") == "official"
    # negatives: a monitor by its own name, a rights NGO
    assert source_kind_hint("the Tarvel Observatory for Human Rights") == "monitor"
    assert source_kind_hint("Human Rights Watch") == "ngo"


def test_a_pronoun_with_a_perfect_and_a_time_adverb_carries_the_speaker() -> None:
    # "It had earlier put the toll at 12", "He had initially said four": the speaker named before
    s = code_only(
        "Shelling on Velo killed 31 people, the Norland health ministry said on Monday. "
        "It had earlier put the toll at 12 dead."
    )
    assert {c.phrase: c.reported_by for c in s.casualties}.get("12") == "the Norland health ministry"
    s2 = code_only(
        "A car bomb struck the market in Tarvel, said Ivo Marin, spokesman for the Norland police. "
        "He had initially said four people were killed."
    )
    assert {c.phrase: c.reported_by for c in s2.casualties}.get("four") == "Ivo Marin"
    # negative: no speaker named before
    s3 = code_only("A car bomb struck the market in Tarvel. He had initially said four people were killed.")
    assert [c.reported_by for c in s3.casualties] == [None]


def test_a_description_with_a_relative_that_clause_is_the_sayer() -> None:
    # "A medical charity that supports the town's hospital said ...": the description, not its clause
    s = code_only("A medical charity that supports the main hospital in Velo said its teams received 46 wounded.")
    assert [c.reported_by for c in s.casualties] == ["A medical charity"]
    # negative: "that" opening a reported clause is a boundary ("Officials said that ..."): its own subject
    s2 = code_only("Officials said that a charity had counted 46 wounded in Velo.")
    assert "A medical charity" not in [x.name for x in s2.sources]


def test_a_clause_joined_by_as_before_the_verb_and_a_time_adverb() -> None:
    # a headline's two clauses: the sayer is the subject after "as"; "now" is no part of a name
    assert find_relay("Rebels raise toll to nine as Norland Front claims attack")[0] == "Norland Front"
    assert find_relay("Marin now puts the death toll at 11.")[0] == "Marin"
    # negatives: "such as" joins no clause; a capitalised "Now" closes an outlet's name
    assert find_relay("Groups such as Amnesty said 5 died.")[0] != "Amnesty"
    assert find_relay("Tarvel Now reported 5 dead.")[0] == "Tarvel Now"


def test_a_relay_set_off_by_commas_before_the_subject() -> None:
    # ", quoted by the state-run X Agency, the ministry said": the ministry says, the agency relays
    s = "In its weekly briefing, quoted by the state-run Norland News Agency, the ministry said 23 militants died."
    assert find_relay(s) == ("the ministry", "Norland News Agency")
    # negative: no relay in the sentence
    assert find_relay("In its weekly briefing, the ministry said 23 militants died.") == ("the ministry", None)


def test_an_agency_named_by_its_own_initials_is_no_bare_un() -> None:
    # "the UN" named before does not absorb "the UN migration agency IOM" (its own body)
    s = code_only(
        "Fighting in Velo killed 40 people, the UN said. The UN migration agency IOM said its teams had recorded "
        "more than 9,000 new arrivals in Tarvel."
    )
    names = [x.name for x in s.sources]
    assert "The UN migration agency IOM" in names and "UN" in " ".join(names)
    # negative: "the UN's humanitarian office" (no initials of its own) is still the UN named before
    s2 = code_only(
        "Fighting in Velo killed 40 people, the UN said. The UN's humanitarian office said 9,000 people fled."
    )
    assert len(s2.sources) == 1


def test_aid_workers_and_an_anonymous_official_with_no_comma() -> None:
    assert split_joint("local officials and aid workers") == ["local officials", "aid workers"]
    assert source_kind_hint("aid workers") == "ngo"
    s = code_only(
        "More than 1,500 people have arrived in Velo since the weekend, according to a local humanitarian "
        "official who asked not to be named."
    )
    kinds = {x.name: x.kind for x in s.sources}
    assert kinds == {"a local humanitarian official": "anonymous"}
    # negative: a clause identifying the person first keeps the kind ("A miner who fled to Velo and asked ...")
    s2 = code_only('A farmer who fled to Velo and asked not to be named said the attackers "shot anyone who ran".')
    assert "anonymous" not in {x.kind for x in s2.sources}


def test_a_vowelless_abbreviation_before_a_name_ends_no_sentence() -> None:
    from summarizer.evidence._text import sentence_spans

    t = "About 400 people moved to camps, Deputy Commissioner Th. Rena Devi said. He left."
    assert len(sentence_spans(t)) == 2
    # negative: a word with a vowel ends its sentence
    t2 = "It was a TV. Then Mark Ruiz came."
    assert len(sentence_spans(t2)) == 2


def test_a_press_freedom_body_and_a_district_office() -> None:
    # a press-freedom centre defends a cause (ngo), no outlet; the director of a district is an office
    assert source_kind_hint("the Velo Press Freedom Centre") == "ngo"
    assert source_kind_hint("director of the Tarvel sub-district") == "official"
    # negatives: an outlet with "Press" in its name; a district's hospital is no office
    assert source_kind_hint("the Free Press Journal") == "media"
    assert source_kind_hint("head of the district hospital") != "official"


def test_the_force_after_the_police_is_the_police() -> None:
    s = code_only(
        "Gunmen attacked a police station in Velo on Monday. The national police confirmed the deaths of three "
        "officers. Six of the wounded were police officers, the force said in a statement."
    )
    assert [c.reported_by for c in s.casualties] == ["The national police", "The national police"]
    # negative: "the force of the blast" is no sayer
    s2 = code_only("Gunmen killed six people in Velo, residents said. The force of the blast destroyed homes.")
    assert [x.name for x in s2.sources] == ["residents"]


def test_a_prepositional_opener_is_never_the_sayer() -> None:
    from summarizer.evidence.attribution import _attributions, carried_attribution

    a = (
        "The Velo Relief Agency issued a new count. In a statement on Monday it said the toll had risen to "
        "at least 14, among them three children."
    )
    i = a.index("In a")
    assert carried_attribution(a, i, len(a)) == ("The Velo Relief Agency", None)
    assert _attributions("In a statement on Monday the council said four people died.") == ((25, "the council"),)
    # negatives: a place opener with no pronoun keeps its sayer unread; "Inter ..." is a name, no preposition
    assert all(not n.startswith("In ") for _, n in _attributions("In a briefing they said two people died."))
    assert _attributions("Inter Press Service said four people died.") == ((0, "Inter Press Service"),)


def test_a_long_apposition_before_a_time_adverb_keeps_the_subject() -> None:
    from summarizer.evidence.attribution import _attributions

    s = (
        "The Tarvel Emergency Room, one of dozens of volunteer groups that have run kitchens since the fighting "
        "began, had initially said 12 people were killed."
    )
    assert [n for _, n in _attributions(s)] == ["The Tarvel Emergency Room"]
    # negative: a "that" clause outside an apposition is still a clause boundary
    s2 = "Officials said that the group had initially said 12 people died."
    assert [n for _, n in _attributions(s2)] == ["Officials", "the group"]
