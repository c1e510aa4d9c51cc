"""Source faults shown by the blind set attrib_fresh10 (H1, session 9; summarizer/evidence/__init__.py,
"Sources, session 9 (attrib_fresh10)"), tested on invented sentences only: a name that heads its
sentence as the sayer and is written nowhere else, names with digits, unnamed people heading their
sentence, a source cited in an aside ("X, citing Y, said") or quoted by a correspondent, "said on
state radio", the outlet that carried a statement, a headline "..., says X", titles with dots
("Pol. Maj."), a possessive description before a name, the publisher as no antecedent, and kinds
(security services, state information agencies, the Guards, outlets named "...news", broadcasters'
initials, a title in apposition). Negatives included."""

from __future__ import annotations

from summarizer.evidence._text import sentence_spans
from summarizer.evidence.attribution import _attributions, _citable, source_kind_hint, title_kind
from summarizer.testing import code_only


def _names(sentence: str) -> list[str]:
    return [n for _, n in _attributions(sentence)]


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


LEAD = "Gunmen killed six traders at a cattle market near Orlovo on Friday, police said. "


# ------------------------------------------------------------------ 1. names heading their sentence


def test_a_name_written_only_as_its_sentence_sayer_is_a_source() -> None:
    text = LEAD + "Balkanpress reported that a second convoy was turned back at the bridge."
    assert _sources(text).get("Balkanpress") == "media"


def test_a_pronoun_like_word_heading_its_sentence_is_no_source() -> None:
    text = LEAD + "Others reported that the bridge had been closed since dawn."
    assert "Others" not in _sources(text)


def test_digits_glued_to_letters_are_part_of_a_name_a_number_is_not() -> None:
    text = LEAD + "Radio99, citing a harbour official, said the pier had been hit twice."
    found = _sources(text)
    assert found.get("Radio99") == "media"
    assert "a harbour official" in found
    assert not _citable(text, "14 wounded")


def test_an_unnamed_person_heading_the_sentence_is_a_source() -> None:
    text = (
        LEAD + "A veterinarian familiar with the market, speaking on condition of anonymity, said the "
        "gunmen arrived in two pickups. A fisherman who saw the boats and asked not to be named said the "
        "crew had been taken ashore."
    )
    found = _sources(text)
    assert "A veterinarian familiar with the market" in found
    assert "A fisherman" in found


def test_a_statement_heading_its_sentence_is_no_person() -> None:
    text = LEAD + "A statement said the curfew would stay in force until Monday."
    assert "A statement" not in _sources(text)


# ------------------------------------------------------------------ 2. relays and channels


def test_a_source_cited_in_an_aside_is_listed_with_its_relay() -> None:
    text = (
        LEAD + "Morava Daily, citing a nurse at the district clinic, reported that four of the wounded were children."
    )
    found = _sources(text)
    assert found.get("Morava Daily") == "media"
    assert any(n.startswith("a nurse") for n in found)


def test_a_person_quoted_by_a_correspondent_is_listed() -> None:
    text = (
        LEAD + "Two suspects were held at the ferry landing, according to the Lakeview correspondent of "
        "the Velan News Agency, who quoted a port police official."
    )
    assert "a port police official" in _sources(text)


def test_said_on_state_radio_names_state_media() -> None:
    text = LEAD + "Interior spokesman Tomas Vell said on state radio that troops had surrounded the hills."
    assert _sources(text).get("state radio") == "state_media"


def test_the_outlet_that_carried_a_statement_is_its_source_not_the_participle() -> None:
    sent = "The statement, broadcast by Radio Veldora (RV), said nine attackers had been killed."
    assert _names(sent) == ["Radio Veldora (RV)"]


def test_a_headline_with_its_sayer_after_the_verb() -> None:
    assert _names("Militia kills 9 in river town, says Lakeshore council") == ["Lakeshore council"]
    # negative: a clause before "said" with a finite verb after it is no inverted sayer
    sent = "The head of the border service, Col. Ivo Radan, said Orlan troops had fired first."
    assert _names(sent) == ["Col. Ivo Radan"]


def test_a_police_rank_with_dots_is_one_name() -> None:
    sent = "The mine exploded near the school at 7 a.m., said Pol. Maj. Anan Sirisuk, the district police chief."
    assert _names(sent) == ["Pol. Maj. Anan Sirisuk"]
    text = "A mine exploded near a school, said Pol. Maj. Anan Sirisuk. Nobody was hurt."
    assert len(sentence_spans(text)) == 2


def test_a_possessive_description_before_the_named_group() -> None:
    sent = "Kivu Hills Front's armed wing, Brigade Salama (BSA), claimed the ambush on the convoy."
    assert _names(sent) == ["Brigade Salama (BSA)"]


def test_a_relayed_claim_names_its_relay() -> None:
    assert "Terra Watch Group" in _names("The claim was relayed by Terra Watch Group, a research firm.")


def test_the_publisher_is_no_antecedent_of_another_agency() -> None:
    text = (
        "DARAK, May 3 (Reuters) - Shelling killed five people in Darak, a party spokesman told Reuters. "
        'The army said its units had hit "fighters", in a statement carried by the Velan news agency.'
    )
    assert any("Velan news agency" in n for n in _sources(text))


def test_footage_posted_on_a_site_with_a_dot_in_its_name() -> None:
    text = LEAD + "Footage posted on the Telegram channel of the news site 61.ru showed smoke over the depot."
    assert any("61.ru" in n for n in _sources(text))


# ------------------------------------------------------------------ 3. kinds


def test_kinds_of_security_bodies_and_outlets() -> None:
    assert source_kind_hint("the region's counter-terrorism service") == "official"
    assert source_kind_hint("the State Committee for Border Security") == "official"
    assert source_kind_hint("the state information agency Voran") == "state_media"
    assert source_kind_hint("the Guards") == "military"
    assert source_kind_hint("Sahelnews") == "media"
    assert source_kind_hint("Radio KBC") == "media"
    # negatives: guards in lower case, an office holder named "service" by nobody
    assert source_kind_hint("two security guards") != "military"
    assert source_kind_hint("a shopkeeper") == "other"


def test_a_title_in_apposition_gives_the_kind() -> None:
    text = "Dr. Lena Markov, the province's health minister, said 12 were treated."
    assert title_kind(text, "Dr. Lena Markov") == "official"
    # negatives: a former office holder, a clause before the name
    assert title_kind("Ivo Petrov, a former army commander, said the road was mined.", "Ivo Petrov") is None
    assert title_kind("Speaking to Radio Veldora from hospital, Mira, a teacher, said it burned.", "Mira") is None
    # (session 19) a spokesperson takes the kind of the body spoken for (``attribution.role_kind``); a body
    # of no kind by its words leaves it to ``assemble`` (its side decides)
    assert title_kind("Ana Berg, a spokeswoman for the ministry, said 3 died.", "Ana Berg") == "official"
    assert title_kind("Ana Berg, a spokeswoman for the Velan Union, said 3 died.", "Ana Berg") is None
