"""Leftovers from unseen invented articles (session 7), each a general rule tested on invented
sentences, with negative cases (rules written in ``summarizer/evidence/__init__.py``)."""

from __future__ import annotations

from summarizer.evidence.attribution import carried_attribution
from summarizer.evidence.quantities import quantities_for_outcome
from summarizer.testing import code_only


def _phrases(sentence: str, outcome: str) -> list[str]:
    return [q.phrase for q in quantities_for_outcome(sentence, outcome)]


# 1. "put the number of <outcome> higher, at N"


def test_put_the_number_of_an_outcome_higher_at_a_count() -> None:
    assert _phrases("The clinic put the number of injured higher, at 12.", "injured") == ["12"]
    assert _phrases("Relatives put the number of dead far lower, at 9.", "killed") == ["9"]
    assert _phrases("A monitor put the toll higher, at 31.", "killed") == ["31"]


def test_a_number_higher_at_a_place_is_no_count() -> None:
    assert _phrases("The number of injured was higher at the clinic.", "injured") == []
    assert _phrases("They put the number of injured higher, at least in the north.", "injured") == []


# 2. a reporting clause between a count and its "N of them" sub-count


def test_a_reporting_clause_before_of_them() -> None:
    assert _phrases("Eight guards were wounded, she said, three of them badly.", "injured") == ["Eight", "three"]
    assert _phrases("Nine people were killed, the mayor told reporters, four of them boys.", "killed") == [
        "Nine",
        "four",
    ]
    assert _phrases("Five herders were injured, police said on Monday, two of them gravely.", "injured") == [
        "Five",
        "two",
    ]


def test_a_new_clause_after_the_reporting_clause_is_no_sub_count() -> None:
    # "and two of them died": a new clause with its own verb
    assert _phrases("Eight guards were wounded, she said, and two of them died later.", "injured") == ["Eight"]
    assert _phrases("Eight guards were wounded, she said, adding that two of them were officers.", "injured") == [
        "Eight"
    ]


# 3. the elided second part of a partitive


def test_the_elided_second_part_of_a_partitive() -> None:
    assert _phrases("Nine of the dead were farmers and three were traders, he added.", "killed") == ["Nine", "three"]
    assert _phrases("Two of the wounded were boys and five were police officers.", "injured") == ["Two", "five"]


def test_a_second_part_with_its_own_outcome_keeps_it() -> None:
    s = "Nine of the dead were farmers and three were arrested."
    assert _phrases(s, "killed") == ["Nine"]
    assert _phrases(s, "detained") == ["three"]
    assert _phrases("Nine of the dead were farmers and three traders were later found alive.", "killed") == ["Nine"]


# 4. captives whom another verb counts


def test_captives_who_died_are_killed_not_detained() -> None:
    s = "At least 22 inmates died in the blaze at the city jail."
    assert _phrases(s, "killed") == ["At least 22"]
    assert _phrases(s, "detained") == []
    s = "Four hostages were shot dead during the rescue."
    assert _phrases(s, "killed") == ["Four"]
    assert _phrases(s, "detained") == []


def test_captives_taken_are_still_detained() -> None:
    assert _phrases("Soldiers arrested 14 prisoners who had escaped.", "detained") == ["14"]
    assert _phrases("Two inmates were hurt and 30 prisoners were arrested.", "detained") == ["30"]
    assert _phrases("Two inmates were hurt and 30 prisoners were arrested.", "injured") == ["Two"]


# a pronoun giving a count reports it ("She put the number of injured higher, at 12")


def test_a_pronoun_giving_a_count_carries_the_last_speaker() -> None:
    t = "Mayor Ana Ruiz said the town would mourn. She put the number of injured higher, at 12."
    assert carried_attribution(t, t.index("She"), len(t)) == ("Mayor Ana Ruiz", None)
    t = "Mayor Ana Ruiz said the town would mourn. She put the flowers on the grave."
    assert carried_attribution(t, t.index("She"), len(t)) == (None, None)


def test_a_title_with_a_dot_does_not_cut_an_according_to_source() -> None:

    text = "Twelve people were killed in the shelling, according to Dr. Amina Yusuf, a surgeon at the clinic."
    s = code_only(text, published=None)
    assert [c.reported_by for c in s.casualties] == ["Dr. Amina Yusuf"]


def test_a_place_between_commas_before_died_is_no_person() -> None:
    text = "ALL THE PASSENGERS FLYING TO PASTO, NARINO DEPARTMENT, DIED IN THE CRASH."
    assert [c for c in code_only(text).casualties if c.low == 1] == []
    assert [(c.low, c.high) for c in code_only("THE DRIVER, JUAN RAMON DEL CID, DIED.").casualties] == [(1, 1)]
