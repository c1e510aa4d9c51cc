"""Rules found on the unseen check attrib_fresh5 (tests/data/attrib_fresh5.jsonl), tested on
sentences invented for these tests (not copied from any evaluation set)."""

from __future__ import annotations

import pytest

from summarizer.evidence.figures import blanket_doubt
from summarizer.schema import Casualty
from summarizer.testing import code_only

LEAD = "Nine villagers were killed in the raid, the governor said. "


@pytest.mark.parametrize(
    "doubt",
    [
        "Neither side's claims could be independently verified.",
        "Neither party's figures could be confirmed.",
        "The BBC was unable to independently verify either account.",
        "AP could not verify both claims.",
    ],
)
def test_blanket_over_both_sides_accounts(doubt: str) -> None:
    assert blanket_doubt(LEAD + doubt) == doubt


@pytest.mark.parametrize(
    "doubt",
    [
        "The BBC could not verify the army's account.",  # one source's account: no blanket
        "The claim could not be verified.",
    ],
)
def test_one_account_is_no_blanket(doubt: str) -> None:
    assert blanket_doubt(LEAD + doubt) is None


def _by(text: str) -> list[tuple[str, str | None]]:
    from datetime import date

    summary = code_only(text, published=date(2025, 1, 8))
    return [(c.phrase, c.reported_by) for c in summary.casualties]


def test_statement_said_carries_its_issuer() -> None:
    text = (
        "The navy said in a statement that its ships had sunk two boats. "
        "Four sailors died and six were hurt, the statement said."
    )
    by = dict(_by(text))
    assert by["Four"] == "The navy"
    assert by["six"] == "The navy"


def test_thousands_separator_is_no_speaker() -> None:
    text = "Mayor Ana Ruiz said the floods were over. About 4,500 villagers had fled their homes, she said."
    assert _by(text) == [("About 4,500", "Mayor Ana Ruiz")]


def test_initialism_source_after_according_to() -> None:
    from summarizer.evidence.attribution import find_attribution

    assert find_attribution("Raids killed 300 people last year, according to U.N. data.") == "U.N. data"
    assert find_attribution("Two guards died, according to the U.S. embassy.") == "the U.S. embassy"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Bandits shot dead nine farmers overnight, a village leader said Monday.", "a village leader"),
        ("Six pupils were hurt when the roof fell, the mayor said.", "the mayor"),
        ("About 800 people fled the floods, a county administrator said.", "a county administrator"),
        ("Two deckhands are missing, the trawler's owner said.", "the trawler's owner"),
    ],
)
def test_office_holders_are_sources(sentence: str, source: str) -> None:
    from summarizer.evidence.attribution import find_attribution

    assert find_attribution(sentence) == source


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    from datetime import date

    summary = code_only(text, published=date(2025, 1, 8))
    return [(c.outcome, c.low, c.high) for c in summary.casualties]


def test_unspecified_number_is_vague() -> None:
    assert _figures("Rebels seized an undisclosed number of miners at the pit, the governor said.") == [
        ("detained", None, None)
    ]


def test_evacuated_wounded_are_injured_not_displaced() -> None:
    assert _figures("Ambulance crews evacuated 14 wounded passengers from the station, officials said.") == [
        ("injured", 14, 14)
    ]
    assert _figures("Soldiers evacuated 300 residents from the valley, the mayor said.")[0][0] == "displaced"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("An opposition MP for the northern district", "official"),
        ("a ruling-party lawmaker", "official"),
        ("A unit of the Estado Mayor Conjunto", "military"),
        ("The mayor of San Pedro", "official"),
    ],
)
def test_lawmakers_and_estado_mayor(name: str, kind: str) -> None:
    from summarizer.evidence.attribution import source_kind_hint

    assert source_kind_hint(name) == kind


def test_attack_claimed_by_is_no_hedge() -> None:
    from summarizer.evidence.attribution import find_hedges

    assert find_hedges("Four guards were hurt, the port said, in a raid claimed by a separatist group.") == []
    assert find_hedges("The separatists claimed to have killed 12 guards.") != []


def test_subcount_clause_carries_the_pronoun_speaker() -> None:
    text = (
        "The coastguard said its boats had stopped a trawler. "
        "It said it had arrested nine men, including four foreign nationals, on board."
    )
    assert _by(text) == [("nine", "The coastguard"), ("four", "The coastguard")]


def test_wounded_who_died_corroborate_no_toll() -> None:
    from summarizer.evidence.figures import _corroborates
    from summarizer.schema import Casualty, Evidence

    a = Casualty(
        outcome="killed",
        low=3,
        high=3,
        phrase="three",
        who="people",
        reported_by="the governor",
        evidence=[Evidence(quote="In the market town, three people were killed")],
    )
    b = Casualty(
        outcome="killed",
        low=3,
        high=3,
        phrase="three",
        who="",
        reported_by="a monitor",
        evidence=[Evidence(quote="after three wounded people died in hospital")],
    )
    assert not _corroborates(a, b)
    assert _corroborates(a, b.model_copy(update={"evidence": [Evidence(quote="three people were killed")]}))


def _fig(phrase: str, low: int, high: int | None, by: str) -> Casualty:
    return Casualty(outcome="killed", phrase=phrase, low=low, high=high, reported_by=by)


@pytest.mark.parametrize(
    ("bound", "count", "same"),
    [
        (("at least 30", 30, None), ("32", 32, 32), True),  # within 10 % of the floor
        (("more than 60", 61, None), ("70", 70, 70), False),  # a floor and a higher count
        (("over 200", 201, None), ("240", 240, 240), False),
        (("at least 30", 30, None), ("between 30 and 36", 30, 36), True),  # a range: 25 % rule
    ],
)
def test_open_bound_corroborates_only_a_count_near_it(
    bound: tuple[str, int, int | None], count: tuple[str, int, int | None], same: bool
) -> None:
    from summarizer.evidence.figures import _corroborates

    a, b = _fig(*bound, "the town's mayor"), _fig(*count, "a relief agency")
    assert _corroborates(a, b) is same
    assert _corroborates(b, a) is same


def _statuses(text: str) -> dict[str, str]:
    from datetime import date

    return {c.phrase or "": c.status for c in code_only(text, published=date(2025, 3, 2)).casualties}


@pytest.mark.parametrize(
    "tally",
    [
        "The army has fought a war that has killed more than 90,000 people, according to UN estimates.",
        "The army is locked in a conflict which has so far killed about 12,000 people, the UN says.",
    ],
)
def test_a_denial_of_targeting_disputes_no_tally_over_a_period(tally: str) -> None:
    text = (
        "Soldiers shot dead nine civilians at a market in Tolo on Monday, a local nurse said. "
        "The army denied targeting civilians. " + tally
    )
    st = _statuses(text)
    assert st["nine"] == "disputed"  # the event the denial is about
    tally_phrase = next(p for p in st if p not in ("nine",))
    assert st[tally_phrase] != "disputed"


def test_war_that_has_killed_is_a_tally() -> None:
    from summarizer.evidence.totals import is_tally
    from summarizer.schema import Evidence

    def fig(quote: str) -> Casualty:
        return Casualty(outcome="killed", phrase="x", low=1, evidence=[Evidence(quote=quote)])

    assert is_tally(fig("an insurgency that has killed more than 3,000 people"))
    assert not is_tally(fig("the strike that killed 14 people in the square"))  # one event, no period


def _kinds(text: str) -> dict[str, str]:
    from datetime import date

    return {s.name: s.kind for s in code_only(text, published=date(2025, 3, 2)).sources}


@pytest.mark.parametrize(
    "speaker",
    ["A spokesman for one of its factions", "A spokeswoman for the group's armed wing"],
)
def test_a_spokesperson_for_an_armed_groups_faction_is_military(speaker: str) -> None:
    text = (
        "Rebels of the Kivu Liberation Front attacked a village near Lubo, killing 12 civilians, a priest said. "
        f"{speaker} said 30 soldiers were killed in the fighting."
    )
    assert _kinds(text).get(speaker) == "military"


def test_a_spokesperson_for_a_ministry_unit_stays_official() -> None:
    text = "Floods hit Lubo on Monday. A spokesman for the ministry said 12 people were killed."
    assert _kinds(text).get("A spokesman for the ministry") != "military"
