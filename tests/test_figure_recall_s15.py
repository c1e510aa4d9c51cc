"""Figure recall, session 15 (evidence/__init__.py, "Figure recall, session 15").
All sentences are invented for these tests."""

from __future__ import annotations

from datetime import date

from summarizer.assemble import build_summary
from summarizer.checks import run_checks
from summarizer.evidence.figures import derive_quantity
from summarizer.evidence.quantities import quantities_for_outcome
from summarizer.schema import Extraction


def _read(sentence: str, outcome: str) -> list[tuple[str, int | None, int | None]]:
    return [(q.phrase, q.low, q.high) for q in quantities_for_outcome(sentence, outcome)]


def _figures(text: str) -> list[tuple[str, int | None, int | None, str]]:
    empty = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    s, _ = build_summary(empty, text, published=date(2025, 5, 6))
    s, _ = run_checks(s, text, published=date(2025, 5, 6), strict_offsets=True, in_place=True)
    return [(c.outcome, c.low, c.high, c.phrase) for c in s.casualties]


# 1. two people described one by one: a figure of one each


def test_two_described_people_after_that() -> None:
    s = "A district officer told the radio that a ferryman and his 8-year-old daughter were killed in the shelling."
    assert _read(s, "killed") == [("a ferryman", 1, 1), ("his 8-year-old daughter", 1, 1)]


def test_two_described_people_open_the_sentence() -> None:
    assert _read("A baker and his elderly mother were killed when the shell struck.", "killed") == [
        ("A baker", 1, 1),
        ("his elderly mother", 1, 1),
    ]


def test_two_described_people_among_the_dead() -> None:
    assert _read("A corporal and a cook were among the dead, the brigade said.", "killed") == [
        ("A corporal", 1, 1),
        ("a cook", 1, 1),
    ]


def test_two_described_people_as_object() -> None:
    assert _read("The witness saw raiders shoot dead her neighbour and his younger brother.", "killed") == [
        ("her neighbour", 1, 1),
        ("his younger brother", 1, 1),
    ]
    assert _read("Bandits abducted a pharmacist and his assistant on the highway.", "detained") == [
        ("a pharmacist", 1, 1),
        ("his assistant", 1, 1),
    ]


def test_second_clause_after_comma_and() -> None:
    s = "A weaver and his wife were killed, and a porter and his son were wounded."
    assert _read(s, "killed") == [("A weaver", 1, 1), ("his wife", 1, 1)]
    assert _read(s, "injured") == [("a porter", 1, 1), ("his son", 1, 1)]


def test_each_phrase_grounds() -> None:
    quote = "Relatives said a ferryman and his 8-year-old daughter were killed in the shelling."
    for phrase in ("a ferryman", "his 8-year-old daughter"):
        q = derive_quantity(quote, phrase, "killed")
        assert q is not None and (q.low, q.high) == (1, 1)


def test_both_are_figures_in_the_summary() -> None:
    text = (
        "Shelling hit the river town of Korvel on Tuesday.\n\n"
        "A district officer told the radio that a ferryman and his 8-year-old daughter were killed in the shelling."
    )
    got = [f for f in _figures(text) if f[0] == "killed"]
    assert ("killed", 1, 1, "a ferryman") in got
    assert ("killed", 1, 1, "his 8-year-old daughter") in got
    assert all(f[1] != 2 for f in got)


# negatives


def test_no_split_of_a_counted_group_or_a_longer_list() -> None:
    assert _read("A woman and her three sons were killed.", "killed") == [("A", 1, 1), ("three", 3, 3)]
    assert ("a", 1, 1) in _read("Raiders killed a trader, his wife and a cousin.", "killed")
    assert all(p != "his wife" for p, _, _ in _read("Raiders killed a trader, his wife and a cousin.", "killed"))


def test_no_split_of_names_or_an_apposition() -> None:
    assert _read("Omar Lesko and his wife were killed.", "killed") == [
        ("Omar Lesko and his wife", 2, 2),
        ("Omar Lesko", 1, 1),
    ]
    got = _read("Two travellers, a tailor and his cousin, were killed in the crash of the bus.", "killed")
    assert ("Two", 2, 2) in got and all(p not in ("a tailor", "his cousin") for p, _, _ in got)


def test_no_figure_for_another_verb_or_another_group() -> None:
    assert _read("A farmer and his wife said three men were killed.", "killed") == [("three", 3, 3)]
    assert _read("A corporal and a cook were among the survivors.", "killed") == []
    assert _read("The raiders and their leader were killed.", "killed") == []


# 2. a projection of the count just told


def test_projection_of_the_figure_after_an_outcome() -> None:
    s = "Over 6,000 people have fled the hills, and relief agencies feared that the figure could rise to 11,000."
    assert ("could rise to 11,000", None, 11000) in _read(s, "displaced")
    s = "We collected the bodies in the square, and the number could rise to 25 because many lie in the fields."
    assert _read(s, "killed") == [("could rise to 25", None, 25)]
    s = "A rights monitor said the actual toll was probably higher and could climb to 60 once teams reach the farms."
    assert _read(s, "killed") == [("could climb to 60", None, 60)]
    s = "He said 12 people were wounded and the number could rise to 20."
    assert _read(s, "injured") == [("12", 12, 12), ("could rise to 20", None, 20)]


def test_projection_carried_over_a_paragraph_break() -> None:
    text = (
        "Raiders burned the hamlet of Tesso on Monday.\n\n"
        "The relief agency said more than 1,400 people had fled to the district town.\n\n"
        "An official of the agency said the number could rise to 4,000 if the raids went on."
    )
    assert ("displaced", None, 4000, "could rise to 4,000") in _figures(text)


def test_no_projection_of_another_outcome_or_with_no_outcome() -> None:
    assert _read("He said 12 people were wounded and the number could rise to 20.", "killed") == []
    assert _read("The number could rise to 20, he said.", "killed") == []
    # another carried count still stops at a paragraph break
    text = (
        "The relief agency said more than 1,400 people had fled to the district town.\n\n"
        "By Friday that number had risen to 2,000, officials said."
    )
    assert all(f[2] != 2000 and f[1] != 2000 for f in _figures(text))


# 3. one person with a longer subject


def test_one_person_with_a_name_in_apposition() -> None:
    assert _read("A 40-year-old warder, Tomas Reyes, was being treated for stab wounds.", "injured") == [("A", 1, 1)]
    assert _read("A trader, Musa Bello, 61, was shot dead.", "killed") == [("A", 1, 1)]


def test_one_person_with_a_participle_or_relative_clause() -> None:
    assert _read("Police said a bus driver waiting at the checkpoint had also been killed.", "killed") == [
        ("a", 1, 1)
    ]
    assert _read("A 10-year-old girl brought in on Friday died overnight.", "killed") == [("A", 1, 1)]
    s = "Police said a 20-year-old cook, Ali Musa, who had been hired to feed the troops, was also killed."
    assert _read(s, "killed") == [("a", 1, 1)]


def test_no_long_subject_with_an_outcome_or_no_person() -> None:
    assert all(p != "A" for p, _, _ in _read("A man, Ali Musa, who killed two guards, was arrested.", "detained"))
    assert _read("A convoy carrying grain had also been attacked.", "killed") == []
    assert _read("A doctor treating the wounded said the boy had died.", "killed") == []


# 4. groups joined by "and" to a far sub-count, and in a member list


def test_group_joined_to_a_far_subcount() -> None:
    s = "He said at least 30 people had been killed, including seven women and five children, and that 12 had fled."
    assert _read(s, "killed") == [("at least 30", 30, None), ("seven", 7, 7), ("five", 5, 5)]


def test_member_list_group_with_a_longer_phrase() -> None:
    assert _read("Among the dead were four guards at the gate and two cooks, an official said.", "killed") == [
        ("four", 4, 4),
        ("two", 2, 2),
    ]
    s = "Among the dead were three porters carrying the supplies and two cooks, a relief worker said."
    assert _read(s, "killed") == [("three", 3, 3), ("two", 2, 2)]


def test_no_wide_join_across_a_clause() -> None:
    assert _read("Among the dead were four guards who were at the gate and two cooks.", "killed") == [("four", 4, 4)]
    assert _read("Among the dead were four guards, the army said, and two cooks.", "killed") == [("four", 4, 4)]
    assert _read("Four guards at the gate and two cooks were killed.", "killed") == [("two", 2, 2)]


# 5. "those taken"


def test_those_taken_are_captives() -> None:
    assert _read("A mother said her three sons were among those taken.", "detained") == [("three", 3, 3)]
    assert _read("Chiefs put the count of those taken at dozens.", "detained") == [("dozens", 24, None)]


def test_those_taken_to_hospital_or_from_the_rubble_are_not_captives() -> None:
    assert _read("Three men were among those taken to hospital.", "detained") == []
    assert _read("Among those taken from the rubble were two children.", "detained") == []


# 6. one person before a counted group: two words before the noun, after an opening phrase of time


def test_one_person_with_two_words_before_a_group() -> None:
    assert _read("In 2021, a Serbian police officer and four gunmen were killed in a siege.", "killed") == [
        ("a", 1, 1),
        ("four", 4, 4),
    ]
    assert _read("Police said a Serbian police officer and four gunmen were killed.", "killed") == [
        ("a", 1, 1),
        ("four", 4, 4),
    ]


def test_no_one_person_in_an_apposition_or_a_quantifier() -> None:
    assert _read("Juan Perez, a farmer and two soldiers were killed.", "killed") == [("two", 2, 2)]
    assert _read("A group of farmers and two soldiers were killed.", "killed") == [("two", 2, 2)]
