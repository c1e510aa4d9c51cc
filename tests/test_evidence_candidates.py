"""Deterministic casualty candidates on the seed article and real wire/press sentences."""

from __future__ import annotations

from pathlib import Path

from summarizer.evidence import Candidate, find_candidates

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_b8e762d482ad5f8e.txt").read_text(
    encoding="utf-8"
)


def _summary(cands: list[Candidate], text: str) -> list[tuple[str, str | None, int | None]]:
    out: list[tuple[str, str | None, int | None]] = []
    for c in cands:
        # the evidence is the sentence, or (a second figure of the outcome in it) its clause to the end
        assert c.sentence.endswith(text[c.start : c.end])
        q = c.quantity
        if q is not None:
            assert text[q.start : q.end] == q.phrase
            assert c.start <= q.start < q.end <= c.end
        out.append((c.outcome, q.phrase if q else None, q.low if q else None))
    return out


def test_seed_article() -> None:
    cands = find_candidates(SEED)
    got = _summary(cands, SEED)
    assert ("killed", "Dozens", 24) in got
    assert ("killed", "a number of", None) in got
    assert ("killed", "over 130", 131) in got
    assert ("killed", "dozens", 24) in got
    assert ("killed", "over 30", 31) in got
    by_phrase = {c.quantity.phrase: c for c in cands if c.quantity}
    assert by_phrase["Dozens"].hedges == ("reportedly",)
    assert by_phrase["over 130"].source == "The Syrian Observatory for Human Rights (SOHR)"
    assert by_phrase["over 30"].source == "Al Mayadeen TV"
    assert by_phrase["a number of"].source == "Syrian Defence Ministry spokesperson Hasan Abdel-Ghani"
    assert {c.outcome for c in cands} == {"killed"}


def test_muc_wire_text() -> None:
    text = (
        "TOKYO (JAPAN), 8 DEC 89 (KYODO) -- [TEXT] COLOMBIAN PRESIDENT\n"
        "VIRGILIO BARCO VARGAS CUT SHORT HIS STAY IN JAPAN.\n\n"
        "   A TRUCK RIGGED WITH DYNAMITE EXPLODED WEDNESDAY MORNING OUTSIDE A\n"
        "FEDERAL POLICE BUILDING IN DOWNTOWN BOGOTA, KILLING AT LEAST 23 PEOPLE\n"
        "AND INJURING 1,000, ACCORDING TO REPORTS FROM COLOMBIA.\n"
    )
    got = _summary(find_candidates(text), text)
    assert got == [("killed", "AT LEAST 23", 23), ("injured", "1,000", 1000)]
    assert find_candidates(text)[0].source == "REPORTS FROM COLOMBIA"


def test_muc_singular_and_negation() -> None:
    text = (
        "FOLLOWING LAST NIGHT'S ATTACK ON A BANK, A LOAD OF DYNAMITE WAS HURLED AGAINST A POLICE\n"
        "STATION.  FORTUNATELY NO ONE WAS HURT.  THE 35 PEOPLE HAD ALREADY BEEN EVACUATED FROM\n"
        "THE BUILDING, AND ONLY 1 POLICEMAN WAS SLIGHTLY INJURED; HE WAS THROWN TO THE GROUND.\n"
        "MR. TORRES WAS KILLED AND MR. MENESES WAS WOUNDED.\n"
    )
    got = _summary(find_candidates(text), text)
    assert ("injured", "NO ONE", 0) in got
    assert ("injured", "1", 1) in got
    assert ("killed", "WAS", 1) in got


def test_isaf_release() -> None:
    text = (
        "HERAT, Afghanistan (May 3) – Border police killed more than 15 "
        "armed smugglers during a patrol in Kohsan district, Herat province last night. "
        "The patrol returned fire, killing numerous smugglers. A second police unit "
        "killed two smugglers and detained numerous others. "
        "No bystanders were injured during the patrol."
    )
    got = _summary(find_candidates(text), text)
    assert got == [
        ("killed", "more than 15", 16),
        ("killed", "numerous", None),
        ("killed", "two", 2),
        ("detained", "numerous", None),
        ("injured", "No", 0),
    ]


def test_wikievents_sentences() -> None:
    text = (
        "Early on 9 June 2021, armed raiders and car bombers attacked Fort "
        "Haldane in Kara Province, Arcadia.They killed 31 border guards and injured "
        "another 9.Twenty raiders were killed."
    )
    got = _summary(find_candidates(text), text)
    assert got == [("killed", "31", 31), ("injured", "9", 9), ("killed", "Twenty", 20)]


def test_no_casualty_sentences() -> None:
    assert find_candidates("The ministers met in Geneva on Tuesday to discuss the ceasefire.") == []


def test_two_figures_of_one_outcome_in_a_sentence() -> None:
    text = (
        "Four people died near the bridge, while nine were killed in the western district, she added. "
        "The gang abducted eleven aid workers - including three engineers - on the road. "
        "Two deaths were reported in the capital, and one in the port city of Alara."
    )
    cands = find_candidates(text)
    got = _summary(cands, text)
    assert got == [
        ("killed", "Four", 4),
        ("killed", "nine", 9),
        ("detained", "eleven", 11),
        ("detained", "three", 3),
        ("killed", "Two", 2),
        ("killed", "one", 1),
    ]
    # the second figure's evidence is its own clause, to the end of the sentence
    assert text[cands[1].start : cands[1].end] == "nine were killed in the western district, she added."
    # a sub-count keeps the word that makes it one
    assert text[cands[3].start : cands[3].end] == "including three engineers - on the road."
    assert text[cands[5].start : cands[5].end] == "one in the port city of Alara."


def test_adjective_outcome_is_no_figure() -> None:
    text = "At least another five displaced people were reportedly killed when a tent was struck."
    got = _summary(find_candidates(text), text)
    assert got == [("killed", "At least another five", 5)]
