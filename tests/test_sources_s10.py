"""Source faults shown by the blind set attrib_fresh12 (F2, session 10; summarizer/evidence/__init__.py,
"Sources, session 10 (attrib_fresh12)"), tested on invented sentences only: openers of time and
distance before the sayer, a headline's clause before "..., X says", "trade claims", a message
"attributed to" its author, a name joined by "for ... and ...", "One of them", a party's own
platform, a person by trade, a toll raised, a research group's relative clause, footage published,
an outlet described in apposition, the publisher that could not verify, a claim by its claimant,
unnamed mentions said again, an outlet's side-run descriptor, and kinds. Negatives included."""

from __future__ import annotations

from summarizer.evidence.attribution import (
    _attributions,
    find_relay,
    publisher_names,
    source_kind_hint,
    split_joint,
)
from summarizer.testing import code_only


def _names(sentence: str) -> list[str]:
    return [n for _, n in _attributions(sentence)]


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


LEAD = "Gunmen killed six herders at a watering point near Tarvel on Friday, police said. "


# ------------------------------------------------------------------ 1. openers before the sayer


def test_a_time_opener_is_no_source() -> None:
    s = "Hours later, the rebel-run health office in Dorvik said shelling had killed four farmers."
    assert _names(s) == ["the rebel-run health office in Dorvik"]
    s2 = "Two days earlier, the governor said nine people had died."
    assert _names(s2) == ["the governor"]


def test_a_distance_opener_is_no_source() -> None:
    s = (
        "In the occupied village of Strelna, about 40 km (25 miles) east of Kovna, the installed "
        "mayor Pavel Orin said shelling had killed two civilians."
    )
    assert _names(s) == ["the installed mayor Pavel Orin"]


def test_a_named_opener_is_still_the_source() -> None:
    # negative: a name heading the sentence is no opener
    assert _names("Hours Watch, a monitoring group, said 12 people had died.") == ["Hours Watch"]


# ------------------------------------------------------------------ 2. headlines


def test_a_headline_clause_with_a_count_is_no_source() -> None:
    s = "Drone strike on Veran clinic kills 11, resistance says"
    assert all("kills" not in n for n in _names(s))


def test_sides_trading_claims_is_no_sayer() -> None:
    s = "Nine killed as shells hit market; army and militia trade claims"
    assert not any("trade" in n for n in _names(s))
    # negative: "claims" as a verb still has its subject
    assert _names("The militia claims it killed 30 soldiers.") == ["The militia"]


# ------------------------------------------------------------------ 3. authors and joint names


def test_a_message_attributed_to_a_group_is_the_groups() -> None:
    s = (
        "In a message circulated on Signal and attributed to the Northern Hawks brigade, the group "
        "said it had killed five soldiers."
    )
    names = _names(s)
    assert "the Northern Hawks brigade" in names
    assert not any(n.startswith("In a message") for n in names)


def test_a_name_with_for_and_is_one_body() -> None:
    assert split_joint("The Centre for Justice and Memory (CJM)") == ["The Centre for Justice and Memory (CJM)"]
    # negative: two sources joined by "and" are still split
    joint = split_joint("a local resistance group and a rescue worker")
    assert joint == ["a local resistance group", "a rescue worker"]


def test_one_of_them_is_no_source() -> None:
    text = LEAD + "Two residents told reporters the gunmen came at dawn. One of them said the gunmen burned the wells."
    assert "One of them" not in _sources(text)


def test_a_partys_own_platform_relays_nothing() -> None:
    s = "In a statement posted on its Telegram channel, the Kivu Shield group denied any role."
    assert find_relay(s)[1] is None
    # negative: a named outlet that carried a statement still relays
    s2 = "The army said in a statement carried by the state news agency VNA that six soldiers died."
    assert find_relay(s2)[1] == "the state news agency VNA"


def test_a_person_described_by_trade_after_a_quote() -> None:
    s = '"I saw nine bodies near the well," a herder who fled to the town of Oska told reporters by phone.'
    assert _names(s) == ["a herder"]
    # negative: a bare plural by trade heading a sentence names nobody in particular
    assert "villagers" not in _names("But villagers said some of the dead were farmers.")


def test_a_source_raising_its_toll() -> None:
    s = "By Sunday evening Dervish had raised the death toll to eleven, saying two of the injured had died."
    assert _names(s) == ["Dervish"]


def test_a_relative_clause_in_apposition_before_has() -> None:
    s = (
        "The Tarvel Violence Observatory, a research group that tracks attacks in the region, has "
        "recorded more than 900 deaths since 2022."
    )
    assert _names(s) == ["The Tarvel Violence Observatory"]


def test_an_outlet_publishing_footage() -> None:
    assert _names("Local news outlet Kanal Nord published footage showing rescuers at the site.") == [
        "Local news outlet Kanal Nord"
    ]
    # negative: pictures aired of a wreck report nothing
    assert _names("Kanal Nord aired pictures of the wreckage.") == []


def test_an_outlet_described_in_apposition_is_media() -> None:
    text = LEAD + (
        "A nurse at Tarvel General Hospital told Veran Daily Wire, an independent news site, that 14 "
        "wounded people had been admitted."
    )
    assert _sources(text).get("Veran Daily Wire") == "media"


def test_the_publisher_that_could_not_verify_is_no_source() -> None:
    text = (
        LEAD + 'He told Tarvel Free Voice by phone that the wells were burned. "We ran," he said. '
        "The reports could not be independently verified by Tarvel Free Voice."
    )
    assert "tarvel free voice" in publisher_names(text)
    # negative: a body that says it could not verify a figure, told nothing, stays a source
    text2 = LEAD + "The Tarvel Human Rights Office could not independently verify the toll."
    assert "tarvel human rights office" not in publisher_names(text2)


def test_a_claim_by_a_group_is_the_groups_figure() -> None:
    text = LEAD + (
        'Government spokesman Ilya Dorn dismissed as "nonsense" a claim by the jihadist group Sahel '
        "Brigade (SB), published by its media arm, that its fighters had killed more than 60 soldiers."
    )
    s = code_only(text)
    names = {x.name for x in s.sources}
    assert "the jihadist group Sahel Brigade (SB)" in names
    by = {c.phrase: c.reported_by for c in s.casualties}
    assert by.get("more than 60") == "the jihadist group Sahel Brigade (SB)"


# ------------------------------------------------------------------ 4. one source, one entry


def test_unnamed_mentions_in_singular_and_plural_are_one_source() -> None:
    text = (
        "Militants attacked a base in the north on Saturday, killing dozens, security sources said. "
        "The assault began at dawn, a security source told reporters. Residents said shops burned. "
        "Another resident said several women had been abducted."
    )
    names = [x.name for x in code_only(text).sources]
    assert sum(1 for n in names if "security source" in n.lower()) == 1
    assert sum(1 for n in names if "resident" in n.lower()) == 1


def test_different_unnamed_sources_stay_apart() -> None:
    # negative: other words, or "district officials" beside "officials", are other sources
    text = (
        "Gunmen killed four guards at a depot, a military source said. A security source said the "
        "depot had been looted. Officials said the road was shut, and district officials said 200 fled."
    )
    names = [x.name.lower() for x in code_only(text).sources]
    assert "a military source" in names and "a security source" in names


def test_a_side_run_outlet_is_named_without_its_tie() -> None:
    text = LEAD + "The junta-controlled Morning Star newspaper reported that troops killed 12 rebels."
    src = {x.name: x for x in code_only(text).sources}
    assert "Morning Star newspaper" in src
    assert src["Morning Star newspaper"].kind == "state_media"


# ------------------------------------------------------------------ 5. kinds


def test_kinds() -> None:
    assert source_kind_hint("The Houthis' Al-Hadath satellite channel") == "state_media"
    assert source_kind_hint("the rebel-run Radio Liberte") == "state_media"
    assert source_kind_hint("a locally-owned Radio Liberte") != "state_media"
    assert source_kind_hint("a local resistance group") == "military"
    assert source_kind_hint("the Northern Hawks column") == "military"
    assert source_kind_hint("A medical official at Central hospital") == "other"
    assert source_kind_hint("The Wayu indigenous council of Pedral") == "ngo"
    # negatives: a ministry's official stays official; a state council stays official
    assert source_kind_hint("A health ministry official") == "official"
    assert source_kind_hint("the provincial security council") == "official"


def test_a_body_that_monitors_is_a_monitor() -> None:
    text = LEAD + (
        "Separately, the Prisoners Support Network (PSN), which monitors arrests, said soldiers had "
        "detained at least 14 villagers."
    )
    assert _sources(text).get("the Prisoners Support Network (PSN)") == "monitor"
