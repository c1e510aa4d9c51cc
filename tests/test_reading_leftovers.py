"""Number-reading gaps found on unseen invented articles (session 7): projections after "the
number of dead", tolls with a scope "among" a group, a relative lost in an attack, hedged counts
("maybe n" reads like "about n"), an estimate set off after "the wounded", people treated in
clinics, a sub-count that closes its group's clause, and a part "of the wounded". All sentences
are invented for these tests (none is copied from an evaluation set)."""

from __future__ import annotations

import pytest

from summarizer.evidence.candidates import find_candidates
from summarizer.evidence.figures import derive_quantity
from summarizer.evidence.quantities import parse_quantity, quantities_for_outcome, quantity_for_outcome

N = None

# sentence, outcome -> (low, best, high, phrase) of the governing quantity, or None
CASES: list[tuple[str, str, tuple[int | None, int | None, int | None, str] | None]] = [
    # a projection of a toll stated as "the number of ...": high only
    ("A nurse warned that the number of dead could rise to 25 overnight.", "killed", (N, N, 25, "could rise to 25")),
    ("The number of wounded may reach 300, the governor said.", "injured", (N, N, 300, "may reach 300")),
    ("The number of those killed in the landslide could climb to 60.", "killed", (N, N, 60, "could climb to 60")),
    ("The number of people who could rise to 40 was unclear.", "killed", None),
    # a toll with its scope "among" a group
    ("The death toll among the miners had risen to 11 by noon.", "killed", (11, 11, 11, "11")),
    ("Officials said the toll among police officers stood at 7.", "killed", (7, 7, 7, "7")),
    # a relative lost in an attack: one; a number counts
    ("Hamid, a baker who lost his brother in the bombing, spoke to reporters.", "killed", (1, 1, 1, "brother")),
    ("She lost her younger sister when the drone struck the school.", "killed", (1, 1, 1, "sister")),
    ("The shepherd lost three sons when gunmen raided the camp.", "killed", (3, 3, 3, "three")),
    ("The shepherd lost his three sons when gunmen raided the camp.", "killed", (3, 3, 3, "three")),
    ("He lost his father to cancer last spring.", "killed", None),
    ("She lost her son's house in the shelling.", "killed", None),
    ("The teacher lost her job after the raid.", "killed", None),
    # a hedged count reads like "about n": best n, no bounds
    ("Maybe forty people were killed in the ambush, a farmer said.", "killed", (40, 40, 40, "Maybe forty")),
    ("Perhaps 150 people were wounded in the crush.", "injured", (150, 150, 150, "Perhaps 150")),
    # an estimate set off after "the wounded" / "the dead" at the clause's end
    (
        '"We carried the wounded to the school, perhaps fifty people," he said.',
        "injured",
        (50, 50, 50, "perhaps fifty"),
    ),
    ("Trucks took the dead out of the village, maybe twenty people.", "killed", (20, 20, 20, "maybe twenty")),
    ("Nurses treated the wounded, about 20 people said.", "injured", None),
    # treated where the wounded are treated
    ("Dozens more were being treated in field clinics near the border.", "injured", (24, N, N, "Dozens")),
    ("Nine people were treated at a trauma centre in the capital.", "injured", (9, 9, 9, "Nine")),
    ("The engineers treated the water at two clinics.", "injured", None),
    # a part of the wounded is no count of them
    ("A doctor said most of the wounded were in a serious state.", "injured", None),
]


@pytest.mark.parametrize(("sentence", "outcome", "expected"), CASES)
def test_reading(sentence: str, outcome: str, expected: tuple[int | None, int | None, int | None, str] | None) -> None:
    q = quantity_for_outcome(sentence, outcome)
    if expected is None:
        assert q is None or (q.low is None and q.best is None and q.high is None and not q.vague)
        return
    assert q is not None
    assert (q.low, q.best, q.high, q.phrase) == expected


def test_a_hedged_count_states_its_number_and_about_n_has_a_band() -> None:
    q = parse_quantity("maybe 30")
    assert q is not None and (q.low, q.best, q.high) == (30, 30, 30)
    about = parse_quantity("about 30")
    assert about is not None and (about.low, about.best, about.high) == (27, 30, 33)


def test_sub_count_closes_its_clause() -> None:
    s = "The clinic said 27 people were killed, among them 9 women, and 41 others were wounded."
    killed = [(q.low, q.phrase) for q in quantities_for_outcome(s, "killed")]
    injured = [(q.low, q.phrase) for q in quantities_for_outcome(s, "injured")]
    assert killed == [(27, "27"), (9, "9")]
    assert injured == [(41, "41")]
    # a plain list closed by "and" still joins its groups
    s2 = "Two guards, three drivers and a cook were wounded."
    assert [q.low for q in quantities_for_outcome(s2, "injured")] == [2, 3, 1]
    s3 = "Six villagers died, including two boys, and 14 others were hurt."
    assert [q.low for q in quantities_for_outcome(s3, "injured")] == [14]


def test_candidates_and_derivation() -> None:
    text = (
        "A widow who lost her husband in the shelling spoke to us. The number of dead could rise to 30. "
        "Dozens more people were being treated in makeshift clinics."
    )
    got = {(c.outcome, c.quantity.low, c.quantity.best, c.quantity.high) for c in find_candidates(text) if c.quantity}
    assert ("killed", 1, 1, 1) in got
    assert ("killed", N, N, 30) in got
    assert ("injured", 24, N, N) in got
    # the figure is derived from the quoted words alone
    q = derive_quantity("a widow who lost her husband in the shelling", "her husband", "killed")
    assert q is not None and (q.low, q.high) == (1, 1)


# MUC-4-style wires: people "riddled with bullets" were killed; a thing, or survival, is none
RIDDLED: list[tuple[str, list[int]]] = [
    ("A FARMER AND HIS THREE SONS WERE RIDDLED WITH BULLETS BY AN ARMY PATROL IN LAS FLORES.", [1, 3]),
    ("A VENDOR WAS RIDDLED WITH BULLETS NEAR THE MARKET.", [1]),
    ("TWO STUDENTS WERE RIDDLED WITH BULLETS AND DIED ON THE WAY TO THE HOSPITAL.", [2]),
    ("HIS CAR WAS RIDDLED WITH BULLETS.", []),
    ("TWO VEHICLES WERE RIDDLED WITH BULLETS.", []),
    ("A GUARD WAS RIDDLED WITH BULLETS BUT SURVIVED.", []),
    ("FOUR PEASANTS WERE RIDDLED WITH BULLETS AND TAKEN TO THE HOSPITAL.", []),
    ("THE MAYOR'S HOUSE WAS RIDDLED WITH GUNFIRE.", []),
]


@pytest.mark.parametrize(("sentence", "lows"), RIDDLED)
def test_riddled_with_bullets(sentence: str, lows: list[int]) -> None:
    assert [q.low for q in quantities_for_outcome(sentence, "killed")] == lows
