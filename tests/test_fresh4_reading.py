"""Number and speaker readings found on unseen invented articles (attrib_fresh4/attrib_fresh3):
homicides counted as killed, "lost only two of their own", people "taken away" (detained),
"a small number of" (vague, no number), "several other men", captives whose death or release the
sentence tells (not detained), and "It" as a speaker that refers back to a singular body, never a
plural one. All sentences are invented for these tests (none is copied from an evaluation set)."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import carried_attribution
from summarizer.evidence.quantities import quantities_for_outcome

N = None

# sentence, outcome -> every figure as (low, best, high, phrase)
CASES: list[tuple[str, str, list[tuple[int | None, int | None, int | None, str]]]] = [
    # homicides are people killed; the singular adjective is not
    ("The province logged more than 1,500 homicides last year.", "killed", [(1501, N, N, "more than 1,500")]),
    ("Police counted 62 homicides in the port city in May.", "killed", [(62, 62, 62, "62")]),
    ("The homicide squad has 30 detectives.", "killed", []),
    # a side's own dead, with "only"
    ("The militia lost only three of its own in the raid.", "killed", [(3, 3, 3, "three")]),
    (
        "The guerrillas said they killed nine police officers and lost just one of their own.",
        "killed",
        [(9, 9, 9, "nine"), (1, 1, 1, "one")],
    ),
    ("The farmer lost two of his own goats in the flood.", "killed", []),
    ("The club lost three of their own games this season.", "killed", []),
    # people led off by captors are detained; bodies or the wounded taken away are not
    ("Five young men were taken away by soldiers at dawn.", "detained", [(5, 5, 5, "Five")]),
    ("Several other villagers were led away in pickup trucks.", "detained", [(3, N, N, "Several")]),
    ("The bodies of four victims were taken away by neighbours.", "detained", []),
    ("Two injured women were taken away to hospital.", "detained", []),
    # "a small number of": vague, no number, like "a number of"
    ('The police said "a small number" of protesters were hurt.', "injured", [(N, N, N, "a small number")]),
    ("A limited number of civilians were killed, the army said.", "killed", [(N, N, N, "A limited number of")]),
    # captives whose death or release the sentence tells are not detained by the event
    ("Monitors recorded the deaths of 23 inmates in the blaze.", "detained", []),
    ("Monitors recorded the deaths of 23 inmates in the blaze.", "killed", [(23, 23, 23, "23")]),
    ("Guards shot dead 6 prisoners during the escape.", "detained", []),
    ("The insurgents freed 40 prisoners from the jail.", "detained", []),
    ("The rebels took 15 prisoners after the battle.", "detained", [(15, 15, 15, "15")]),
    ("Police arrested 8 inmates' relatives outside the jail.", "detained", [(8, 8, 8, "8")]),
]


@pytest.mark.parametrize(("sentence", "outcome", "want"), CASES)
def test_reading(sentence: str, outcome: str, want: list[tuple[int | None, int | None, int | None, str]]) -> None:
    got = [(q.low, q.best, q.high, q.phrase) for q in quantities_for_outcome(sentence, outcome) if q.high != 0]
    assert got == want


def _speaker(article: str) -> str | None:
    at = article.rindex(". ", 0, len(article) - 2) + 2
    return carried_attribution(article, at, len(article))[0]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # a source restating its own count: "It later revised its figure to N"
        (
            "The Kivu Monitor, a rights group, put the toll at 20. It later revised its figure to 26.",
            "The Kivu Monitor",
        ),
        # a count given as a noun phrase ("gave a smaller number") makes its subject the speaker
        ("The navy gave a far smaller number. It said 4 sailors died.", "The navy"),
        # "It" skips a plural speaker back to the singular body
        (
            "The interior ministry said 9 guards died. Insurgents said the toll was 40. It said 2 more died.",
            "The interior ministry",
        ),
        ("The army said 3 soldiers died. Residents said many more died. It said 8 soldiers died.", "The army"),
        # "they" may refer to the plural speaker
        ("Insurgents said 30 soldiers died. They said 8 of their men died.", "Insurgents"),
    ],
)
def test_pronoun_speaker(article: str, speaker: str) -> None:
    assert _speaker(article) == speaker
