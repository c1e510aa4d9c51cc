"""Status, session 23 (summarizer/evidence/__init__.py, "Status, session 23"): a blanket doubt
scoped by whose figures it names, on invented sentences only, each rule with a negative."""

from __future__ import annotations

import pytest

from summarizer.testing import code_only, status_of

_TEXT = (
    "Clashes in Varn\n\n"
    "Fighting between the army and the Kelo Front killed at least 20 people in Varn on Monday, "
    "the army said. The Kelo Front said it had killed 35 soldiers. The charity Aid Without Borders "
    "said it had treated 46 wounded people at its clinic in Varn.\n\n"
)


def test_both_warring_sides_doubts_the_sides_only() -> None:
    text = _TEXT + "The figures given by both warring sides could not be independently verified."
    assert status_of(text, "35") == "unverified"
    assert status_of(text, "46") == "reported"  # a charity is no side


def test_either_armed_group_doubts_the_armed_groups_only() -> None:
    text = _TEXT + "Reporters could not independently verify the figures given by either armed group."
    assert status_of(text, "35") == "unverified"
    assert status_of(text, "46") == "reported"


def test_three_words_before_figures_still_name_the_owners() -> None:
    doubt = "We have not been able to independently verify casualty or capture figures issued by the armed groups."
    text = _TEXT + doubt
    assert status_of(text, "35") == "unverified"
    assert status_of(text, "46") == "reported"


def test_a_doubt_naming_no_owner_stays_a_blanket_negative() -> None:
    # negative: "the figures" with no owner doubts every reported figure, the charity's too
    text = _TEXT + "None of the figures could be independently verified."
    assert status_of(text, "46") == "unverified"


_UN = (
    "Drones hit Kherson\n\n"
    "A Russian drone killed two people in Kherson on Monday, the regional governor said.\n\n"
    # "tracks" is no verb of saying: the mission is named in no sentence that lists it as a source
    "The U.N. Human Rights Monitoring Mission in Ukraine tracks drone attacks on civilians. "
)


def test_a_fronted_report_is_no_sayer_and_the_mission_is_the_un_body() -> None:
    s = code_only(
        _UN + "In a report published last month, the mission said it had verified at least 150 civilians killed."
    )
    fig = next(c for c in s.casualties if c.phrase == "at least 150")
    assert fig.reported_by == "U.N. Human Rights Monitoring Mission in Ukraine"
    assert fig.status == "confirmed"  # an independent body verified its own count (attrib rule 3)
    assert not any(x.name.startswith("In a report") for x in s.sources)


def test_the_mission_has_verified_is_an_independent_check() -> None:
    s = code_only(_UN + "The mission has verified at least 58 civilian deaths in the region since January.")
    fig = next(c for c in s.casualties if c.phrase == "at least 58")
    assert fig.reported_by == "U.N. Human Rights Monitoring Mission in Ukraine"
    assert fig.status == "confirmed"


def test_the_mission_with_no_named_body_before_stays_negative() -> None:
    # negative: no body with "Mission" in its name before: the anaphor names nothing the text gives
    s = code_only(
        "Clashes in Varn\n\nFighting killed two people in Varn on Monday, police said. "
        "The mission said 12 people were wounded."
    )
    assert not any("Mission" in x.name for x in s.sources)


def test_a_fronted_time_phrase_keeps_its_sayer_negative() -> None:
    # negative: "Earlier in the day the agency" is the agency speaking, not a fronted document
    s = code_only(
        "Mine collapse\n\nA mine collapsed in Umnu on Monday, the National Emergency Management Agency (NEMA) said.\n\n"
        "NEMA said the bodies of nine miners had been recovered. Earlier in the day the agency had put the toll at six."
    )
    fig = next(c for c in s.casualties if c.phrase == "six")
    assert fig.reported_by is not None
    assert "NEMA" in fig.reported_by or "Agency" in fig.reported_by


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(text).sources}


_LEAD = "Clashes in Varn\n\nFighting killed at least 12 people in Varn on Monday, police said. "


def test_residents_describe_is_a_source() -> None:
    assert "Residents" in _sources(_LEAD + "Residents describe shells arriving in clusters of three and four.")
    assert "Survivors" in _sources(_LEAD + "Survivors described how gunmen went from house to house.")


def test_described_as_or_described_himself_is_no_saying_negative() -> None:
    names = _sources(_LEAD + "A man described as a farmer was among the dead.")
    assert not any("man" in n for n in names)
    names = _sources(_LEAD + "In a video, a man who described himself as a spokesman said only one had died.")
    assert not any(n.startswith("a man who") for n in names)


def test_but_before_a_lower_case_role_keeps_the_outlet_and_its_relayed_source() -> None:
    names = _sources(
        _LEAD + "But state broadcaster EBC, quoting a regional security official, reported on Monday that "
        "12 fighters had been killed in the area."
    )
    assert any("EBC" in n for n in names)
    assert "a regional security official" in names


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        # a live report's progressive
        (
            "Kurdish broadcaster Rudaw, citing an official in the security service, is reporting that "
            "as many as 22 people may have been killed.",
            "Rudaw",
        ),
        # a superlative apposition with a relative clause keeps its sayer
        (
            "The Men of Dignity movement, the largest of the Druze factions that have held sway over the "
            "province, said that nine of its members had died.",
            "Men of Dignity",
        ),
    ],
)
def test_the_sayer_is_found(sentence: str, sayer: str) -> None:
    assert any(sayer in n for n in _sources(_LEAD + sentence))


def test_reporting_as_a_participle_opener_is_no_sayer_negative() -> None:
    # negative: "Reporting that ..., the agency said": the agency says, the participle names no one
    names = _sources(_LEAD + "Reporting that 22 people had been killed, the ministry said more would follow.")
    assert not any(n.lower().startswith("reporting") for n in names)


def test_said_a_role_and_a_name_after_the_quote_is_the_named_person() -> None:
    names = _sources(_LEAD + '"I counted seven bodies near the minibus," said shopkeeper Faadumo Cali.')
    assert "Faadumo Cali" in names


def test_said_on_a_day_is_no_role_negative() -> None:
    # negative: only a person's role word may stand between the verb and the name
    names = _sources(_LEAD + '"They came at night," said on Monday Governor Ali Musa.')
    assert not any(n.startswith("Monday") for n in names)


def test_put_the_armys_losses_at_reports() -> None:
    names = _sources(_LEAD + "A security source in Gao put the army's losses at 20.")
    assert "A security source in Gao" in names


def test_even_so_opens_the_sentence_and_names_no_one() -> None:
    names = _sources(_LEAD + "Even so, the Crime Observatory (OECO) counted more than 8,900 violent deaths in 2025.")
    assert "Even so" not in names
    assert any("OECO" in n for n in names)


def test_has_so_far_documented_reports() -> None:
    text = "The UN Joint Human Rights Office (UNJHRO) has so far documented the deaths of 21 civilians."
    names = _sources(_LEAD + text)
    assert any("UNJHRO" in n for n in names)


def test_questioned_a_figure_and_identified_as_report() -> None:
    names = _sources(_LEAD + "Municipal president Abel Flores questioned the state's displacement figure.")
    assert any("Abel Flores" in n for n in names)
    assert "Relatives" in _sources(_LEAD + "Relatives identified two of the dead as civilians.")


def test_identified_himself_or_passive_identified_is_no_saying_negative() -> None:
    names = _sources(_LEAD + "The bodies were identified as those of three herders.")
    assert not any("bodies" in n.lower() for n in names)
    names = _sources(_LEAD + "A man who identified himself as a commander said 15 soldiers died.")
    assert not any(n.startswith("A man who") for n in names)
