"""Source recall, session 18 (summarizer/evidence/__init__.py, "Source recall, session 18"), on
invented sentences only, each rule with a negative."""

from __future__ import annotations

from summarizer.evidence.attribution import antecedent, find_attribution, find_sources, source_kind_hint
from summarizer.testing import code_only


def _names(text: str) -> list[str]:
    return [n for n, _ in find_sources(text)]


# ---------------------------------------------------------------- "the X news agency": one word of its name

_AGENCIES = (
    "Gunmen attacked a border post in Varo province on Sunday, the Norland state agency Kovo said. "
    "The Velmar news agency, which is aligned with the frontier guards, said on Tuesday that soldiers had "
    "shot dead four of the raiders."
)


def test_the_named_news_agency_is_its_own_source() -> None:
    assert any("Velmar" in n for n in _names(_AGENCIES))


def test_the_nationality_news_agency_still_points_back_negative() -> None:
    # negative: "the Norlandian news agency" describes the agency named before, no new source
    text = _AGENCIES.replace("The Velmar news agency", "The Norlandian news agency")
    assert not any("Norlandian news agency" in n for n in _names(text))


# ---------------------------------------------------------------- a platform's channel in apposition

_CHANNEL = (
    "Shelling hit the village of Dorsk on Tuesday, the regional governor said. "
    "14:10 - Ridgeline, an independent Telegram channel that follows the frontier, reports that at least "
    "six people were killed in Dorsk."
)


def test_channel_described_in_apposition_is_a_media_source() -> None:
    srcs = code_only(_CHANNEL).sources
    ridge = next(s for s in srcs if "Ridgeline" in s.name)
    assert ridge.kind == "media"


def test_channel_named_without_an_outlet_description_negative() -> None:
    # negative: a capitalised word with a person's description is no outlet
    text = _CHANNEL.replace("an independent Telegram channel that follows the frontier", "a farmer who fled")
    assert not any(source_kind_hint(n) == "media" for n in _names(text))


# ---------------------------------------------------------------- the outlet a speaker talks to

_STATION = (
    "Mortar rounds struck an army post outside Velka on Friday. A source in the district police told "
    "local station Kanal Dorsk that five guards were hurt, one of them badly."
)


def test_local_station_told_is_a_media_source() -> None:
    srcs = code_only(_STATION).sources
    station = next(s for s in srcs if "Kanal Dorsk" in s.name)
    assert station.kind == "media"


def test_police_station_told_is_no_outlet_negative() -> None:
    # negative: a police station's chief is a person told, no outlet
    text = _STATION.replace("local station Kanal Dorsk", "the police station chief Ivo Marek")
    assert not any(n.endswith("Ivo Marek") and source_kind_hint(n) == "media" for n in _names(text))
    assert not any(s.kind == "media" for s in code_only(text).sources)


_BASED = (
    "Riots broke out in the hill district of Serat on Sunday. Speaking to the Velmar-based Norland News, a "
    "deputy spokesman of the interior ministry said 12 people had been arrested."
)


def test_outlet_based_somewhere_spoken_to_is_a_source() -> None:
    assert any("Norland News" in n for n in _names(_BASED))


def test_body_based_somewhere_spoken_to_is_no_outlet_negative() -> None:
    # negative: "the Velmar-based Dorsk Brigade" names no outlet
    text = _BASED.replace("Norland News", "Dorsk Brigade")
    assert not any("Dorsk Brigade" in n and source_kind_hint(n) == "media" for n in _names(text))


# ---------------------------------------------------------------- reports and data by a named body

def test_dated_report_of_a_body_names_the_body() -> None:
    s = "Raids emptied 40 hamlets in the valley, according to a 2009 Kesh Rights Watch report."
    assert find_attribution(s) == "Kesh Rights Watch"


def test_report_of_no_named_body_negative() -> None:
    # negative: a report with no body's name is read as before (no body to strip it to)
    assert find_attribution("Raids emptied 40 hamlets in the valley, according to a 2009 report.") == "a 2009 report"


def test_data_from_a_named_project_show() -> None:
    s = "Data from the Kesh Violence Tracking project (KVT) show more than 900 people have died since 2019."
    assert find_attribution(s) == "the Kesh Violence Tracking project (KVT)"


def test_data_from_unnamed_things_negative() -> None:
    # negative: data from satellites names no body
    assert find_attribution("Data from satellites show more than 900 homes have burned since 2019.") is None


# ---------------------------------------------------------------- a body whose staff did the counting

def test_named_body_staff_treating_a_count_is_the_source() -> None:
    s = "Kesh Aid teams at the district clinic treated 23 of the injured after the shelling."
    assert find_attribution(s) == "Kesh Aid"


def test_staff_doing_no_count_negative() -> None:
    # negative: staff who did something other than count people give no source
    assert find_attribution("Kesh Aid teams at the district clinic repaired the generator after the shelling.") is None


def test_the_armed_group_is_no_charity_named_before() -> None:
    text = (
        "Kesh Relief Foundation said its clinic in Velka treated 23 people on Sunday. "
        "The armed group said it had killed 20 soldiers in the raid."
    )
    assert antecedent(text, "The armed group") != "Kesh Relief Foundation"


def test_the_group_may_still_be_the_charity_negative() -> None:
    # negative: "the group" with no "armed" still points back at the charity
    text = "Kesh Aid, a relief group, said its clinic in Velka treated 23 people. The group said 20 had died."
    assert antecedent(text, "The group") == "Kesh Aid"
