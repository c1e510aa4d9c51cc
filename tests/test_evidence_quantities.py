"""Table-driven tests of quantity parsing (real news phrasings, incl. upper-case wire text)."""

from __future__ import annotations

import pytest

from summarizer.evidence import find_quantities, parse_quantity
from summarizer.testing import reading, readings

N = None

# phrase -> (low, best, high, quantity words as written, vague)
PHRASES: list[tuple[str, tuple[int | None, int | None, int | None, str, bool]]] = [
    # numerals
    ("130", (130, 130, 130, "130", False)),
    ("1,200 people", (1200, 1200, 1200, "1,200", False)),
    ("1.5 million refugees", (1_500_000, 1_500_000, 1_500_000, "1.5 million", False)),
    ("KILLED 6 JESUITS", (6, 6, 6, "6", False)),
    ("INJURING 1,000", (1000, 1000, 1000, "1,000", False)),
    ("ONLY 1 POLICEMAN WAS SLIGHTLY INJURED", (1, 1, 1, "1", False)),
    ("20 PERSONS WERE KILLED", (20, 20, 20, "20", False)),
    ("7 militants killed in blasts", (7, 7, 7, "7", False)),
    ("2000 people fled", (2000, 2000, 2000, "2000", False)),
    ("3 million people", (3_000_000, 3_000_000, 3_000_000, "3 million", False)),
    # number words
    ("thirty-five", (35, 35, 35, "thirty-five", False)),
    ("TWENTY-EIGHT POLICEMEN", (28, 28, 28, "TWENTY-EIGHT", False)),
    ("two hundred", (200, 200, 200, "two hundred", False)),
    ("two hundred and fifty civilians", (250, 250, 250, "two hundred and fifty", False)),
    ("twenty one", (21, 21, 21, "twenty one", False)),
    ("Seven Taliban militants", (7, 7, 7, "Seven", False)),
    ("Three other Russian military personnel", (3, 3, 3, "Three", False)),
    ("killing one insurgent", (1, 1, 1, "one", False)),
    ("ten insurgent deaths", (10, 10, 10, "ten", False)),
    ("SIX JESUIT PRIESTS", (6, 6, 6, "SIX", False)),
    ("a dozen soldiers", (12, 12, 12, "a dozen", False)),
    ("two dozen", (24, 24, 24, "two dozen", False)),
    ("a hundred people", (100, 100, 100, "a hundred", False)),
    ("three thousand", (3000, 3000, 3000, "three thousand", False)),
    ("Twenty insurgents were killed", (20, 20, 20, "Twenty", False)),
    ("eleven", (11, 11, 11, "eleven", False)),
    # modifiers
    ("over 130", (131, N, N, "over 130", False)),
    ("over 130 people had been killed", (131, N, N, "over 130", False)),
    ("more than 15 armed insurgents", (16, N, N, "more than 15", False)),
    ("injured more than 260", (261, N, N, "more than 260", False)),
    ("more than a dozen", (13, N, N, "more than a dozen", False)),
    ("at least 23 people", (23, 23, N, "at least 23", False)),
    ("AT LEAST 23 PEOPLE", (23, 23, N, "AT LEAST 23", False)),
    ("at least two young children", (2, 2, N, "at least two", False)),
    ("no fewer than 40", (40, 40, N, "no fewer than 40", False)),
    ("up to 40", (N, N, 40, "up to 40", False)),
    ("as many as 300 people", (N, N, 300, "as many as 300", False)),
    ("fewer than 10", (N, N, 9, "fewer than 10", False)),
    ("less than 50 people", (N, N, 49, "less than 50", False)),
    ("nearly 100", (N, N, 99, "nearly 100", False)),
    ("almost 2,000 people", (N, N, 1999, "almost 2,000", False)),
    ("about 200", (180, 200, 220, "about 200", False)),
    ("around 40 people", (36, 40, 44, "around 40", False)),
    ("some 200 families", (180, 200, 220, "some 200", False)),
    ("APPROXIMATELY 35 PEOPLE", (31, 35, 39, "APPROXIMATELY 35", False)),
    ("APPROXIMATELY 100 WERE INJURED", (90, 100, 110, "APPROXIMATELY 100", False)),
    ("roughly 3,000", (2700, 3000, 3300, "roughly 3,000", False)),
    ("an estimated 500 people", (450, 500, 550, "an estimated 500", False)),
    # ranges
    ("30 to 40", (30, N, 40, "30 to 40", False)),
    ("30-40", (30, N, 40, "30-40", False)),
    ("between 30 and 40", (30, N, 40, "between 30 and 40", False)),
    ("30 or 40", (30, N, 40, "30 or 40", False)),
    ("FIVE OR SIX PRIESTS", (5, N, 6, "FIVE OR SIX", False)),
    ("between 12 and 15 people", (12, N, 15, "between 12 and 15", False)),
    # vague words
    ("dozens", (24, N, N, "dozens", True)),
    ("Dozens of people", (24, N, N, "Dozens", True)),
    ("DOZENS OF TEMPLES", (24, N, N, "DOZENS", True)),
    ("hundreds", (200, N, N, "hundreds", True)),
    ("Hundreds of political prisoners", (200, N, N, "Hundreds", True)),
    ("thousands", (2000, N, N, "thousands", True)),
    ("tens of thousands", (20_000, N, N, "tens of thousands", True)),
    ("hundreds of thousands of refugees", (200_000, N, N, "hundreds of thousands", True)),
    ("scores of people", (40, N, N, "scores", True)),
    ("SEVERAL HUNDRED ACTIVISTS", (300, N, N, "SEVERAL HUNDRED", True)),
    ("several dozen", (36, N, N, "several dozen", True)),
    ("a number of security forces", (N, N, N, "a number of", True)),
    ("A CONSIDERABLE NUMBER OF CASUALTIES", (N, N, N, "A CONSIDERABLE NUMBER OF", True)),
    ("several insurgents", (3, N, N, "several", True)),
    ("killing several insurgents", (3, N, N, "several", True)),
    ("many of them", (N, N, N, "many", True)),
    ("MANY CIVILIANS", (N, N, N, "MANY", True)),
    ("numerous insurgents", (N, N, N, "numerous", True)),
    ("a couple of", (2, 2, 2, "a couple of", True)),
    ("a handful of", (2, N, N, "a handful of", True)),
    ("a few people", (2, N, N, "a few", True)),
    ("some civilians", (N, N, N, "some", True)),
]

# phrases with no head-count at all
DISTRACTORS: list[str] = [
    "in 1989",
    "SINCE 2017",
    "6 APR 90",
    "90-MM, 60-MM, AND 81-MM MORTARS",
    "FOR 3 DAYS",
    "two days of combat",
    "AT 2220 LAST NIGHT",
    "30 MINUTES LATER",
    "300,000 PESOS",
    "50 PERCENT OF THE FUNDS",
    "a 16-year-old youth",
    "A 7-POINT COMMUNIQUE",
    "AK-47 assault rifle",
    "2012-11-S-009",
    "650 kilograms",
    "AN AREA 6-8 KM WIDE",
    "THE 7TH DAY",
    "AGED 19 AND 21",
    "Aug. 8",
    "at 10:30",
    "$5 million",
    "the second day",
    "ON 24 AUGUST 1989",
    "a soldier",
]


@pytest.mark.parametrize(("text", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_parse_quantity(text: str, expected: tuple[int | None, int | None, int | None, str, bool]) -> None:
    q = parse_quantity(text)
    assert q is not None
    low, best, high, phrase, vague = expected
    assert (q.low, q.best, q.high) == (low, best, high)
    assert q.phrase == phrase
    assert text[q.start : q.end] == q.phrase
    assert q.vague is vague


@pytest.mark.parametrize("text", DISTRACTORS)
def test_not_a_count(text: str) -> None:
    assert find_quantities(text) == []


def test_table_is_big_enough() -> None:
    assert len(PHRASES) + len(DISTRACTORS) >= 70


def test_find_quantities_order_and_offsets() -> None:
    text = (
        "A TRUCK RIGGED WITH DYNAMITE EXPLODED WEDNESDAY MORNING OUTSIDE A FEDERAL POLICE "
        "BUILDING IN DOWNTOWN BOGOTA, KILLING AT LEAST 23 PEOPLE AND INJURING 1,000."
    )
    qs = find_quantities(text)
    assert [q.phrase for q in qs] == ["AT LEAST 23", "1,000"]
    assert all(text[q.start : q.end] == q.phrase for q in qs)


def test_bounds_are_consistent() -> None:
    for text, _ in PHRASES:
        q = parse_quantity(text)
        assert q is not None
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.best is not None:
            assert q.low is None or q.low <= q.best
            assert q.high is None or q.best <= q.high


# sentence, outcome -> (low, best, high, phrase) or None
OUTCOME_CASES: list[tuple[str, str, tuple[int | None, int | None, int | None, str] | None]] = [
    (
        "KILLING AT LEAST 17 PEOPLE AND INJURING 2,500, ACCORDING TO FIRE OFFICIALS",
        "killed",
        (17, 17, N, "AT LEAST 17"),
    ),
    (
        "KILLING AT LEAST 17 PEOPLE AND INJURING 2,500, ACCORDING TO FIRE OFFICIALS",
        "injured",
        (2500, 2500, 2500, "2,500"),
    ),
    ("six people were killed and 12 wounded", "killed", (6, 6, 6, "six")),
    ("six people were killed and 12 wounded", "injured", (12, 12, 12, "12")),
    ("the death toll rose to 15", "killed", (15, 15, 15, "15")),
    # a second predicate of the same subject, after a long first one (no word limit: the
    # predicate joined by "and" shares the subject however long the first predicate is)
    (
        "During the night several smugglers opened fire on the patrol from a farmhouse near the river and "
        "were killed, two others were arrested.",
        "killed",
        (3, N, N, "several"),
    ),
    (
        "Five gunmen stormed the police post near the old market in the town and were killed by guards.",
        "killed",
        (5, 5, 5, "Five"),
    ),
    # ... but a comma (an aside) or a clause word between them ends the subject's reach
    ("Five gunmen stormed the post, which guards had left, and were killed.", "killed", None),
    ("two civilians died", "killed", (2, 2, 2, "two")),
    ("a soldier was killed", "killed", (1, 1, 1, "a")),
    ("They killed 31 border guards and injured another 9.", "killed", (31, 31, 31, "31")),
    ("They killed 31 border guards and injured another 9.", "injured", (9, 9, 9, "9")),
    ("The second ambush resulted in seven militant deaths.", "killed", (7, 7, 7, "seven")),
    ("Government troops killed more than 40 armed raiders", "killed", (41, N, N, "more than 40")),
    (
        'al-Assad supporters killed "a number of security forces" in well-planned attacks',
        "killed",
        (N, N, N, "a number of"),
    ),
    ("killed two smugglers and detained numerous others", "detained", (N, N, N, "numerous")),
    ("No bystanders were injured during the raid.", "injured", (0, 0, 0, "No")),
    ("FORTUNATELY NO ONE WAS HURT.", "injured", (0, 0, 0, "NO ONE")),
    ("MR. PADILLA WAS KILLED AND MR. OCHOA WAS WOUNDED.", "killed", (1, 1, 1, "WAS")),
    ("THE MOURNERS GATHERED AT THE GRAVES OF THE 14 TEACHERS WHO WERE KILLED ON 2 MAY", "killed", (14, 14, 14, "14")),
    ("IN THE RAID, ONE GUARD WAS KILLED AND ANOTHER WOUNDED.", "injured", (1, 1, 1, "ANOTHER")),
    ("THE ASSASSINATION OF FOUR JUDGES AND THREE CLERKS", "killed", (4, 4, 4, "FOUR")),
    ("over 130 people had been killed in two days of combat", "killed", (131, N, N, "over 130")),
    ("Dozens of people have reportedly been killed in the bloodiest fighting", "killed", (24, N, N, "Dozens")),
    # a bare plural victim noun: at least two, high open
    ("FARMERS AND POLICEMEN WERE KILLED ON TUESDAY", "killed", (2, N, N, "FARMERS")),
    (
        "UNTIL THE KILLINGS OF THE SPANISH JESUITS, WHO HAD BEEN LIVING HERE, ARE RESOLVED",
        "killed",
        (2, N, N, "JESUITS"),
    ),
    ("RESPONSIBILITY FOR THE ASSASSINATION OF THE JESUITS ON MID-LEVEL OFFICERS", "killed", (2, N, N, "JESUITS")),
    ("ACCUSED THEM OF THE MURDERS OF VILLAGERS IN THE VALLEY", "killed", (2, N, N, "VILLAGERS")),
    ("The death of the soldiers was confirmed by the army.", "killed", (2, N, N, "soldiers")),
    ("Rebels killed civilians in the town.", "killed", (2, N, N, "civilians")),
    ("Gunmen killed in the clash were buried.", "killed", None),
    ("The killings continued for days.", "killed", None),
    ("death threats against journalists", "killed", None),
    # a named or singular victim: one
    ("PLANNED THE ASSASSINATION OF RAMIRO VEGA SOTO, A MAYORAL CANDIDATE", "killed", (1, 1, 1, "ASSASSINATION")),
    ("SINCE THE DEATH OF HECTOR LUNA, A RESPECTED UNION LEADER", "killed", (1, 1, 1, "DEATH")),
    ("DENOUNCED THE MURDER OF FORMER APPEALS JUDGE MANUEL ORTEGA", "killed", (1, 1, 1, "MURDER")),
    ("GUERRERO, WHO WAS AN ADVISER, WAS SHOT TO DEATH BY TERRORISTS", "killed", (1, 1, 1, "WAS")),
    ("THE DEATH OF SOLDIERS IS A TRAGEDY", "killed", (2, N, N, "SOLDIERS")),
    (
        "Afghan and coalition forces killed al-Qaeda associated Taliban leader, Wali, during an operation",
        "killed",
        (1, 1, 1, "leader"),
    ),
    # a name and "his/her" + one person (a relation or role in the singular) are two people
    ("a drone strike which killed Haroun and his associate.", "killed", (2, 2, 2, "Haroun and his associate")),
    ("Soldiers killed Ahmad Karimi and his driver on the road.", "killed", (2, 2, 2, "Ahmad Karimi and his driver")),
    ("The bomb killed Leila Haddad and her daughter.", "killed", (2, 2, 2, "Leila Haddad and her daughter")),
    # two names joined by "and" are two people
    ("Police killed Ahmad and Karim in the raid.", "killed", (2, 2, 2, "Ahmad and Karim")),
    ("Police killed Ahmed Shah in Kandahar.", "killed", (1, 1, 1, "Ahmed Shah")),
    ("2,000 people fled their homes", "displaced", (2000, 2000, 2000, "2,000")),
    ("27 arrest warrants have been issued", "killed", None),
    # issue 18: "shooting dead" / "shot dead" / "gunned down" / "executing" take the number after them
    ("Police opened fire on the march, shooting dead three students, witnesses said.", "killed", (3, 3, 3, "three")),
    (
        "A resident said he believed the militia had shot dead at least 12 villagers that morning.",
        "killed",
        (12, 12, N, "at least 12"),
    ),
    ("Gunmen gunned down four farmers near the well.", "killed", (4, 4, 4, "four")),
    ("The footage appears to show soldiers executing several bound men.", "killed", (3, N, N, "several")),
    # a 3-digit number after "of" before a people noun is a head-count, not a year or a page
    ("The envoy condemned the alleged killing of 350 people in the camp.", "killed", (350, 350, 350, "350")),
    ("In 2014 civilians were killed in record numbers.", "killed", (2, N, N, "civilians")),
    # a modifier bounds "another" / "a further" n; an outcome word used as an adjective of the
    # people counted does not end the clause
    (
        "At least another four displaced families were reportedly killed when the shelter was hit.",
        "killed",
        (4, 4, N, "At least another four"),
    ),
    ("More than a further 20 people were wounded.", "injured", (21, N, N, "More than a further 20")),
    ("Two wounded soldiers died in hospital.", "killed", (2, 2, 2, "Two")),
    # towns and arms are captured and seized too: no person without a people noun
    ("The town was captured by rebels on Monday.", "detained", None),
    ("Troops detained two suspects and seized several grenades.", "detained", (2, 2, 2, "two")),
    ("A soldier was captured by rebels on Monday.", "detained", (1, 1, 1, "A")),
    # a deed noun after a determiner is the object of another verb: the number before it
    # counts no victims ("several unions condemned the kidnapping")
    ("Several trade unions condemned the kidnapping of the engineer.", "detained", None),
    ("The monitor could confirm five of those deaths.", "killed", (5, 5, 5, "five")),
    # a date between the deed and its named victim
    (
        "SEVERAL GROUPS HAVE CONDEMNED THE ABDUCTION AND MURDER ON 3 MARCH OF JOSE ANTONIO RIVAS, A TEACHER.",
        "killed",
        (1, 1, 1, "MURDER"),
    ),
    ("The union condemned the killing last Tuesday of Omar Haddad, a teacher.", "killed", (1, 1, 1, "killing")),
    # an editor's gloss in brackets is no part of the clause
    (
        "FOUR MEMBERS OF THE FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] URBAN COMMANDOS WERE ARRESTED.",
        "detained",
        (4, 4, 4, "FOUR"),
    ),
]


# sentence, outcome -> every figure of the outcome the sentence states (phrases, in text order)
ALL_OUTCOME_CASES: list[tuple[str, str, list[str]]] = [
    (
        "Four died near the bridge, while nine were killed in the western district, she added.",
        "killed",
        ["Four", "nine"],
    ),
    (
        # the driver is a part with its own number too (session 11, "Figure recall, session 11 (2)")
        "The gang abducted eleven aid workers, including three engineers and a driver, police said.",
        "detained",
        ["eleven", "three", "a"],
    ),
    ("The blast killed 14 people, five of them children.", "killed", ["14", "five"]),
    ("Two deaths were reported in the capital, and one in the port city of Alara.", "killed", ["Two", "one"]),
    # the elided outcome is the last one named before the number
    ("Five people were killed and 12 wounded in Kano, and three in Zaria.", "killed", ["Five"]),
    ("Five people were killed and 12 wounded in Kano, and three in Zaria.", "injured", ["12", "three"]),
    # no sub-count without people, no zero, no describing adjective
    ("The strike killed 14 people including two schools.", "killed", ["14"]),
    ("Nine people were killed and none were hurt.", "killed", ["Nine"]),
    ("One injured guard told reporters that gunmen had wounded dozens of others.", "injured", ["dozens"]),
    ("Nobody was hurt.", "killed", []),
]


@pytest.mark.parametrize(("sentence", "outcome", "expected"), ALL_OUTCOME_CASES)
def test_quantities_for_outcome(sentence: str, outcome: str, expected: list[str]) -> None:
    assert readings(sentence, outcome) == expected


@pytest.mark.parametrize(("sentence", "outcome", "expected"), OUTCOME_CASES)
def test_quantity_for_outcome(
    sentence: str, outcome: str, expected: tuple[int | None, int | None, int | None, str] | None
) -> None:
    assert reading(sentence, outcome) == expected
