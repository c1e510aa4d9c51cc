"""Rules found on dev_fresh2 (invented documents in the dev corpora's styles), each pinned on
invented sentences (summarizer/evidence/__init__.py, "Unseen check dev_fresh2")."""

from summarizer.evidence.agents import find_agents
from summarizer.evidence.figures import who_counted
from summarizer.evidence.quantities import quantities_for_outcome


def _counts(sentence: str, outcome: str) -> list[tuple[int | None, int | None]]:
    return [(q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


def test_initialism_dots_end_no_clause() -> None:
    assert _counts("NINE U.S. ADVISERS WERE WOUNDED IN THE AMBUSH.", "injured") == [(9, 9)]
    assert _counts("Three U.N. observers were killed near the border.", "killed") == [(3, 3)]
    assert who_counted("NINE U.S. ADVISERS WERE WOUNDED IN THE AMBUSH.", "NINE") == "U.S. ADVISERS"


def test_body_after_a_preposition_is_no_corpse() -> None:
    assert _counts("The attacker set off a belt of explosives strapped to his body near the gate.", "killed") == []
    assert _counts("She hid the grenades under her coat, taped to her body.", "killed") == []
    assert _counts("HER BODY WAS FOUND IN A COFFEE PLANTATION.", "killed") == [(1, 1)]


def test_appositive_name_before_died() -> None:
    assert _counts("THE BUS CONDUCTOR, PABLO DE LA ROSA, DIED ON THE WAY TO THE CLINIC.", "killed") == [(1, 1)]
    assert _counts("The night guard, Tomas Ferrer, died in hospital on Monday.", "killed") == [(1, 1)]


def test_bodies_of_people_named_one_by_one() -> None:
    s = "THE BODIES OF TEACHER ROSA DEL CARMEN ORTIZ AND FARMER LUIS DE LA PAZ WERE FOUND IN A WELL."
    # 2, and each name a figure of one (the lead's convention of session 8, tests/test_named_members.py)
    assert _counts(s, "killed") == [(2, 2), (1, 1), (1, 1)]
    assert _counts("THE BODIES OF FOUR FARMERS WERE FOUND IN A WELL.", "killed") == [(4, 4)]


def test_gunman_identified_as_name_after_a_relative_clause() -> None:
    text = (
        "Police identified the gunman who fired on shoppers at a garden centre in Elmford on Monday "
        "as Ivo Brandt, a 41-year-old former tenant."
    )
    assert "Ivo Brandt" in [a.name for a in find_agents(text)]


def test_upper_case_place_after_preposition_is_no_person() -> None:
    text = "A BOMB AGAINST THE PARTY OFFICES IN SAN MARCOS KILLED A NIGHT WATCHMAN."
    assert "SAN MARCOS" not in [a.name for a in find_agents(text)]
    text2 = "SAN SALVADOR, 3 MAR 90 (EFE) -- [TEXT] POLICE SAID THAT ROBERTO DIAZ MENDEZ SHOT THE JUDGE."
    assert "ROBERTO DIAZ MENDEZ" in [a.name for a in find_agents(text2)]


def test_month_before_a_subject_is_no_part_of_its_name() -> None:
    text = "THE GENERAL COMMAND REPORTS THAT ON 9 MARCH OUR FORCES AMBUSHED AN ARMY CONVOY NEAR EL TRIUNFO."
    assert all("MARCH" not in a.name for a in find_agents(text))
