"""Source kind and party, session 18 (summarizer/evidence/__init__.py, "Sources, session 18"), on
invented sentences only, each rule with a negative."""

from __future__ import annotations

import pytest

from summarizer.assemble import _NON_STATE_FIGHT, _STATE_TARGET
from summarizer.evidence.attribution import source_kind_hint
from summarizer.schema import Source
from summarizer.testing import code_only


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- kinds by the name's words


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # the word "state" before an outlet's own name
        ("the state Varonia News Agency (VNA)", "state_media"),
        ("state broadcaster Kesh Radio", "state_media"),
        # bodies named for rights; unions of journalists or workers
        ("the Lowland Youth Rights Network", "ngo"),
        ("the detainees' rights association Askatu Bidean", "ngo"),
        ("the Orlen Rights Centre", "ngo"),
        ("the Norland Press Union", "ngo"),
        ("the Independent Journalists' Association of Varonia", "ngo"),
        ("the Free Trade Union of Dockers", "ngo"),
        # Spanish and Portuguese names of a foundation and of armed groups
        ("Fundacion Puentes del Sur", "ngo"),
        ("the Autodefensas del Rio Verde", "military"),
        ("a spokesman for the Comando Tiburon", "military"),
        ("the National Guard", "military"),
        # state offices by title
        ("Western Province Premier Tomasi Rua", "official"),
        ("the Norland High Commission in the islands", "official"),
        ("Bong County Superintendent Ana Kollie", "official"),
    ],
)
def test_kind_by_name_s18(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a state official", "official"),  # no outlet named after "state"
        ("the Norland Premier League", None),  # a football league, no premier of a province
        ("the Varonia News Agency", "media"),  # no "state" before it
        ("the riverside community", None),
        ("Human Rights Watch", "ngo"),  # unchanged
        ("the police superintendent", "official"),  # unchanged (police)
    ],
)
def test_kind_by_name_s18_negative(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


_MONITOR = (
    "Police fired on striking dockers in Port Aren on Monday, killing four, witnesses said. The Orlen Rights "
    "Centre, a Brevik-based monitoring group, put the dead at seven or more. Its director, "
    "Mira Talven, said 20 more were missing."
)


def test_rights_centre_described_as_a_monitor_is_a_monitor() -> None:
    assert _find(_MONITOR, "Orlen").kind == "monitor"
    assert _find(_MONITOR, "Talven").kind == "monitor"


def test_rights_centre_with_no_description_stays_ngo_negative() -> None:
    s = _MONITOR.replace(", a Brevik-based monitoring group,", "")
    assert _find(s, "Orlen").kind == "ngo"


# ---------------------------------------------------------------- communal violence: the state is no side

_COMMUNAL = (
    "Five villagers died when a boundary dispute between two villages in Kesh district turned "
    "into fighting with machetes on Sunday, police said. District commissioner Paul Arek said 200 people had "
    "fled. The chief of Upper Kesh, Daniel Obo, said his people had been attacked first."
)


def test_communal_dispute_keeps_the_state_out() -> None:
    assert _NON_STATE_FIGHT.search(_COMMUNAL)
    assert _find(_COMMUNAL, "Arek").party_to_conflict is False


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between residents of Alto and Bajo left three dead.",
        "Fighting between groups of Norlandic and Kesh youths went on all night.",
        "Two died in fighting between rival martial-arts clubs on Friday.",
    ],
)
def test_communal_wordings(text: str) -> None:
    assert _NON_STATE_FIGHT.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between rival armed groups shook the capital.",  # armed groups may fight the state
        "Clashes between the two groups spread.",
        "Clashes between police and residents left three dead.",
    ],
)
def test_communal_wordings_negative(text: str) -> None:
    assert not _NON_STATE_FIGHT.search(text)


def test_communal_dispute_where_police_fight_keeps_the_state_a_side_negative() -> None:
    s = _COMMUNAL + " Police opened fire on the crowd."
    assert _find(s, "Arek").party_to_conflict is True


def test_killed_and_accused_police_is_no_count_of_police() -> None:
    assert not _STATE_TARGET.search("Two died and accused police of doing nothing.")
    # negative: a count of police killed still makes the state a target
    assert _STATE_TARGET.search("The gang killed four police officers.")


# ---------------------------------------------------------------- a document named by its issuer

_ISSUER = (
    "Troops killed six fighters near Orvo on Monday, the Defence Ministry said. Norpress carried a message from "
    "the armed wing of the movement, the Mountain Defence Forces (YKB), saying it had lost two men. The YKB "
    "statement said 12 soldiers had died."
)


def test_document_named_by_an_armed_issuer_is_military() -> None:
    from summarizer.assemble import _issuer_kind

    assert _issuer_kind(_ISSUER, "The YKB statement") == "military"
    assert _issuer_kind(_ISSUER, "the Mountain Defence Forces statement") == "military"


def test_document_issuer_negative() -> None:
    from summarizer.assemble import _issuer_kind

    # negative: no document noun, and an issuer that tells no kind
    assert _issuer_kind(_ISSUER, "The YKB fighters") is None
    assert _issuer_kind(_ISSUER, "The Orvo statement") is None
