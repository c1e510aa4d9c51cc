"""Figure recall and precision, session 16 (evidence/__init__.py, "Figures, session 16").
All sentences are invented for these tests."""

from __future__ import annotations

from datetime import date

from summarizer.assemble import build_summary
from summarizer.checks import run_checks
from summarizer.evidence.quantities import quantities_for_outcome
from summarizer.schema import Extraction


def _figures(text: str) -> list[tuple[str, int | None, int | None, str]]:
    empty = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    s, _ = build_summary(empty, text, published=date(2025, 5, 6))
    s, _ = run_checks(s, text, published=date(2025, 5, 6), strict_offsets=True, in_place=True)
    return [(c.outcome, c.low, c.high, c.phrase) for c in s.casualties]


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


# 1. communiqués' killing euphemisms and scare quotes


def test_annihilated_and_liquidated_count_people() -> None:
    assert _read('The insurgents claimed they had "annihilated" nine marines near the dam.', "killed") == [
        ("nine", 9, 9)
    ]
    assert _read("The agency said three gunmen had been liquidated during the raid.", "killed") == [("three", 3, 3)]


def test_annihilated_and_liquidated_things_are_no_deaths() -> None:
    assert _read("The holding liquidated 30 subsidiaries last year.", "killed") == []
    assert _read("Artillery annihilated four tanks on the ridge.", "killed") == []


def test_scare_quoted_vague_count() -> None:
    assert _read('The movement said its cadres had killed "many" border guards.', "killed") == [("many", None, None)]
    s = 'The colonel said the raiders fled north, adding "several" of them were "neutralised."'
    assert _read(s, "killed") == [("several", 3, None)]


def test_of_them_neutralised_needs_people_before() -> None:
    s = "The engineers found eleven mines on the track and said seven of them had been neutralised."
    assert _read(s, "killed") == []


def test_scare_quoted_killed_and_seized_things() -> None:
    s = 'The front said its cadres killed "more than 20 troops" and seized their rifles.'
    assert _read(s, "killed") == [("more than 20", 21, None)]
    assert _read(s, "detained") == []


def test_speech_quote_after_comma_is_kept() -> None:
    # a quote opened after a comma is speech, read as before
    assert _read('The mayor said, "four were killed."', "killed") == [("four", 4, 4)]


def test_phrase_into_a_scare_quote_stays_verbatim() -> None:
    s = 'The governor said "a handful" of shopkeepers were hurt.'
    assert _read(s, "injured") == [("a handful", 2, None)]


# 2. people only: things seized, the wounded evacuated for care


def test_things_seized_are_no_captives() -> None:
    assert _read("Police said 40 pistols were seized in the raids.", "detained") == []
    assert _read("Officers said 25 rifles, including two machine guns, seized at the farm.", "detained") == []


def test_people_seized_are_captives() -> None:
    assert _read("Gunmen seized 14 herders near the river.", "detained") == [("14", 14, 14)]
    assert _read("Three were seized at the roadblock.", "detained") == [("Three", 3, 3)]


def test_wounded_evacuated_are_no_displaced() -> None:
    s = "A medic said that nine wounded guards had been evacuated there by helicopter."
    assert _read(s, "injured") == [("nine", 9, 9)]
    assert _read(s, "displaced") == []
    s = "The charity said it treated at least six hurt farmers and evacuated the worst cases to the town hospital."
    assert _read(s, "displaced") == []


def test_residents_evacuated_stay_displaced() -> None:
    assert _read("About 2,000 residents were evacuated from the valley.", "displaced") == [("About 2,000", 1800, 2200)]


# 3. sub-counts inside a toll


def test_among_the_dead_with_a_hedge() -> None:
    assert _read("Among the dead were allegedly three customs officers.", "killed") == [("three", 3, 3)]
    assert _read("Among those dead was a local constable, the mayor said.", "killed") == [("a", 1, 1)]


def test_part_of_those_held() -> None:
    assert _read("Four of those held were teenagers, the lawyers said.", "detained") == [("Four", 4, 4)]
    assert _read("Two of those held talks were envoys.", "detained") == []


def test_the_one_set_off_after_a_far_group() -> None:
    s = "Witnesses said raiders had kidnapped up to 9 people from a hamlet as they left it, including the headman."
    assert _read(s, "detained") == [("up to 9", None, 9), ("the headman", 1, 1)]
    s = "Witnesses said raiders had kidnapped up to 9 people from a farm as they left it, including the hamlet of Oro."
    assert _read(s, "detained") == [("up to 9", None, 9)]


def test_the_one_set_off_is_a_figure_of_its_own() -> None:
    text = "Witnesses said raiders had kidnapped up to 9 people from a hamlet as they left it, including the headman."
    assert ("detained", 1, 1, "the headman") in _figures(text)


def test_them_after_a_vehicle_in_a_prepositional_phrase() -> None:
    s = "The major said the raiders, who came on pickups, were beaten back, adding four of them were neutralised."
    assert _read(s, "killed") == [("four", 4, 4)]


# 4. missing, detained and injured phrasings


def test_not_returned_to_their_post_is_missing() -> None:
    s = "The company said three engineers have not returned to the base since Friday."
    assert _read(s, "missing") == [("three", 3, 3)]
    assert _read("Most displaced families have not returned to their homes.", "missing") == []


def test_swept_away_people_are_missing() -> None:
    assert _read("As many as 8 villagers were swept away by the flood.", "missing") == [("As many as 8", None, 8)]
    assert _read("Dozens of huts were swept away by the flood.", "missing") == []


def test_rounded_up_people_are_detained() -> None:
    assert _read("Witnesses said scores of youths had been rounded up.", "detained") == [("scores", 40, None)]
    assert _read("Soldiers rounded up 18 traders at the market.", "detained") == [("18", 18, 18)]
    assert _read("Herdsmen rounded up 500 goats.", "detained") == []
    assert _read("The report said the herders were rounded up, then shot.", "detained") == []


def test_witness_possessive_captives() -> None:
    assert _read('"They took my three daughters," the farmer said.', "detained") == [("three", 3, 3)]
    assert _read("The bandits took 30 of our neighbours.", "detained") == [("30", 30, 30)]
    assert _read("They took my three daughters to the clinic.", "detained") == []
    assert _read("They took my three cows.", "detained") == []


def test_hit_by_a_bullet_is_injured() -> None:
    assert _read("A schoolgirl was struck by shrapnel in her yard.", "injured") == [("A", 1, 1)]
    assert _read("At least four marchers were hit by rubber bullets.", "injured") == [("At least four", 4, None)]
    assert _read("A taxi was struck by shrapnel.", "injured") == []
    assert _read("Three shops were hit by shrapnel.", "injured") == []
    assert _read("A porter was struck by shrapnel and died later.", "injured") == []


def test_sought_medical_help_is_injured() -> None:
    s = "The clinic said 30 people, including 4 firefighters, had sought medical help."
    assert _read(s, "injured") == [("30", 30, 30), ("4", 4, 4)]


def test_treated_for_wounds_after_a_relative_clause() -> None:
    s = "Three loggers who hid in a ravine were being treated for burn wounds."
    assert _read(s, "injured") == [("Three", 3, 3)]


# 5. a side's own dead and claimed kills


def test_martyrdom_and_mourned_martyrs() -> None:
    assert _read('The ministry said three guards had "embraced martyrdom".', "killed") == [("three", 3, 3)]
    assert _read('The movement mourned six "martyrs" of its northern wing.', "killed") == [("six", 6, 6)]


def test_taken_down_people_only() -> None:
    assert _read('The gang claimed it had "taken down 9 marines".', "killed") == [("9", 9, 9)]
    assert _read("Hackers had taken down 9 websites.", "killed") == []


# 6. held for questioning; headline counts that fold into no body figure


def test_held_for_questioning_people_only() -> None:
    assert _read("Troops held 12 shepherds for questioning.", "detained") == [("12", 12, 12)]
    assert _read("The council held three meetings for questioning the budget.", "detained") == []


def test_unfolded_headline_count_is_not_listed() -> None:
    text = "Scores hurt in clashes at port\n\nFour dockers were wounded on Monday, the port authority said."
    assert [f[3] for f in _figures(text)] == ["Four"]
