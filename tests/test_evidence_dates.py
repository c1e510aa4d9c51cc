"""Table-driven tests of datelines and time expressions resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.evidence import find_dates, find_publication_date, resolve_date
from summarizer.evidence.dates import find_dateline

D = dt.date

DATELINES: list[tuple[str, dt.date | None]] = [
    ("HERAT, Afghanistan (Feb. 14, 2014) – Border police arrested", D(2014, 2, 14)),
    ("2014-06-S-117\n\nHERAT, Afghanistan (June 3, 2014)\nBorder police and", D(2014, 6, 3)),
    ("SAN SALVADOR, 6 APR 90 (RADIO CADENA NACIONAL) -- [TEXT] THE ARMED FORCES", D(1990, 4, 6)),
    ("MADRID (SPAIN), 14 FEB 90 (EFE) -- [TEXT] THE PERUVIAN MINISTER", D(1990, 2, 14)),
    ("LIMA, 9 JUL 89 (RADIO PROGRAMAS) -- [TEXT] INTERIOR", D(1989, 7, 9)),
    ("CLANDESTINE, NO DATE -- [STATEMENT BY THE CENTRAL COMMAND]", None),
    (
        "ISAF Joint Command Operational Update April 28, 2011\nKABUL, Afghanistan (April 28, 2011) – A combined Afghan",
        D(2011, 4, 28),
    ),
    ("KABUL, Afghanistan (Aug. 4) - Afghan forces", None),
    (
        "Senior Taliban Commander Killed\n2010-03-CA-061 For Immediate Release\n\nKABUL, "
        "Afghanistan (March 14) - Afghan National Security Forces",
        D(2010, 3, 14),
    ),
    ("Harbour strike ends\nPublished: 3 February 2021\nDock workers returned", D(2021, 2, 3)),
    ("Harbour strike ends\nPosted on 3 February 2021 | Business", D(2021, 2, 3)),
    ("2024-05-02\nGunmen attacked a checkpoint", D(2024, 5, 2)),
    ("Early on 9 June 2021, armed raiders attacked Fort Haldane.", None),
    # open wire datelines, month names in any case (issue 18)
    ("KANDAHAR, Afghanistan, Oct. 3, 2013 (Xinhua) -- Two policemen", D(2013, 10, 3)),
    ("GOMA, Jan. 27, 2025 (Reuters) -- M23 rebels", D(2025, 1, 27)),
    ("BEIRUT, March 7, 2025 (AP) — Clashes", D(2025, 3, 7)),
    ("KHARTOUM, 12 June 2025 — Shelling", D(2025, 6, 12)),
    ("Headline of the story\nGAZA CITY, July 3, 2025 (AFP) - Israeli strikes", D(2025, 7, 3)),
    ("KHARTOUM, March 3 - At least 14 civilians were killed", None),  # no year: not guessed
    ("WASHINGTON (AP) — The Pentagon said", None),
    ("UN: 5 killed in the north", None),
]


@pytest.mark.parametrize(("article", "expected"), DATELINES)
def test_find_publication_date(article: str, expected: dt.date | None) -> None:
    assert find_publication_date(article) == expected


PUB = D(2025, 3, 7)  # a Friday (the seed article's fighting: Thursday 6 March 2025)

RESOLVE: list[tuple[str, dt.date | None, tuple[dt.date | None, str]]] = [
    ("Thursday", PUB, (D(2025, 3, 6), "day")),
    ("on Thursday", PUB, (D(2025, 3, 6), "day")),
    ("on Friday", PUB, (D(2025, 3, 7), "day")),  # publication weekday = publication day
    ("Friday afternoon", PUB, (D(2025, 3, 7), "day")),
    ("last Friday", PUB, (D(2025, 2, 28), "day")),
    ("Saturday", PUB, (D(2025, 3, 1), "day")),
    ("WEDNESDAY MORNING", D(1989, 12, 8), (D(1989, 12, 6), "day")),
    ("yesterday", PUB, (D(2025, 3, 6), "day")),
    ("last night", D(1989, 5, 25), (D(1989, 5, 24), "day")),
    ("today", PUB, (PUB, "day")),
    ("this morning", PUB, (PUB, "day")),
    ("two days ago", PUB, (D(2025, 3, 5), "day")),
    ("last week", PUB, (None, "unknown")),
    ("last month", PUB, (D(2025, 2, 1), "month")),
    ("last year", PUB, (D(2024, 1, 1), "year")),
    ("on 4 April", PUB, (D(2024, 4, 4), "day")),  # would be after publication: year before
    ("April 4", D(2025, 5, 1), (D(2025, 4, 4), "day")),
    ("4 APR", D(1990, 4, 6), (D(1990, 4, 4), "day")),
    ("in March", PUB, (D(2025, 3, 1), "month")),
    ("in November", PUB, (D(2024, 11, 1), "month")),
    ("1989", D(1990, 1, 4), (D(1989, 1, 1), "year")),
    ("16 NOV 89", D(1990, 1, 4), (D(1989, 11, 16), "day")),
    ("Nov. 16, 1989", None, (D(1989, 11, 16), "day")),
    ("ON 24 AUGUST 1989", D(1990, 1, 4), (D(1989, 8, 24), "day")),
    ("2015-12-21", None, (D(2015, 12, 21), "day")),
    ("Aug. 8", D(2012, 8, 20), (D(2012, 8, 8), "day")),
    ("12 DECEMBER", D(1989, 12, 8), (D(1988, 12, 12), "day")),  # never after publication
    ("Dec. 31, 2026", PUB, (None, "unknown")),  # explicit date after publication
    ("2030", PUB, (None, "unknown")),
    ("Thursday", None, (None, "unknown")),  # relative without publication
    ("yesterday", None, (None, "unknown")),
    ("the 4th of April", PUB, (D(2024, 4, 4), "day")),
]


@pytest.mark.parametrize(("when", "published", "expected"), RESOLVE)
def test_resolve_date(when: str, published: dt.date | None, expected: tuple[dt.date | None, str]) -> None:
    r = resolve_date(when, published)
    assert (r.date, r.precision) == expected
    assert r.text == when
    if r.date is not None and published is not None:
        assert r.date <= published


def test_find_dates_in_wire_sentence() -> None:
    text = (
        "A TRUCK RIGGED WITH DYNAMITE EXPLODED WEDNESDAY MORNING OUTSIDE A FEDERAL POLICE "
        "BUILDING; THE GROUP ANNOUNCED A COUNTEROFFENSIVE ON 24 AUGUST 1989."
    )
    found = find_dates(text, D(1989, 12, 8))
    assert [text[s:e] for s, e, _ in found] == ["WEDNESDAY MORNING", "24 AUGUST 1989"]
    assert [r.date for _, _, r in found] == [D(1989, 12, 6), D(1989, 8, 24)]


def test_find_dates_seed_sentence() -> None:
    text = (
        "The Syrian Observatory for Human Rights (SOHR), a war monitor, reported on Friday "
        "that over 130 people had been killed in two days of combat."
    )
    found = find_dates(text, PUB)
    assert [(text[s:e], r.date) for s, e, r in found] == [("on Friday", PUB)]


def test_find_dates_isaf_yesterday() -> None:
    article = (
        "KABUL, Afghanistan (Nov. 7, 2012) | Afghan and coalition security forces killed three "
        "insurgents during an operation in Helmand province yesterday."
    )
    pub = find_publication_date(article)
    found = find_dates(article.split("|")[1], pub)
    assert [(r.date, r.precision) for _, _, r in found] == [(D(2012, 11, 6), "day")]


DATELINE_FORMS = [
    ("KHARTOUM, March 3 - At least 14 civilians", "KHARTOUM", (3, 3, None), None),
    ("GOMA, Jan. 27, 2025 (Reuters) -- M23", "GOMA", (1, 27, 2025), "Reuters"),
    (
        "SAN SALVADOR, 6 APR 90 (RADIO CADENA NACIONAL) -- [TEXT] THE",
        "SAN SALVADOR",
        (4, 6, 1990),
        "RADIO CADENA NACIONAL",
    ),
    ("WASHINGTON (AP) — The Pentagon", "WASHINGTON", (None, None, None), "AP"),
    ("BOGOTA, 26 APR 90 (EFE) -- [EXCERPTS] THE EXTRADITABLES", "BOGOTA", (4, 26, 1990), "EFE"),
]


@pytest.mark.parametrize(("text", "place", "mdy", "agency"), DATELINE_FORMS)
def test_dateline_parts_and_body_start(text: str, place: str, mdy: tuple[int | None, ...], agency: str | None) -> None:
    from summarizer.evidence.dates import dateline_at

    dl = dateline_at(text)
    assert dl is not None
    assert (dl.place, (dl.month, dl.day, dl.year), dl.agency) == (place, mdy, agency)
    assert text[dl.end :].split()[0] in {"At", "M23", "THE", "The"}


# --------------------------------------------------------------------------- timeline dates (issue 18)

RESOLVE_MORE: list[tuple[str, dt.date | None, tuple[dt.date | None, str]]] = [
    ("a few hours ago", PUB, (PUB, "day")),
    ("three hours ago", PUB, (PUB, "day")),
    ("hours ago", None, (None, "unknown")),
]


@pytest.mark.parametrize(("when", "published", "expected"), RESOLVE_MORE)
def test_resolve_hours_ago(when: str, published: dt.date | None, expected: tuple[dt.date | None, str]) -> None:
    r = resolve_date(when, published)
    assert (r.date, r.precision) == expected


ANAPHORA_CASES: list[tuple[str, dt.date | None, dt.date | None]] = [
    ("the previous day", D(2025, 3, 4), D(2025, 3, 3)),
    ("the following morning", D(2025, 3, 4), D(2025, 3, 5)),
    ("two days later", D(2025, 3, 1), D(2025, 3, 3)),
    ("a week later", D(2025, 2, 20), D(2025, 2, 27)),
    ("three days earlier", D(2025, 3, 4), D(2025, 3, 1)),
    ("that same day", D(2025, 3, 4), D(2025, 3, 4)),
    ("the next day", PUB, None),  # would be after publication
    ("the previous day", None, None),  # nothing to count from
]


@pytest.mark.parametrize(("when", "anchor", "expected"), ANAPHORA_CASES)
def test_resolve_anaphora(when: str, anchor: dt.date | None, expected: dt.date | None) -> None:
    from summarizer.evidence.dates import ANAPHORA, resolve_anaphora

    assert ANAPHORA.fullmatch(when)
    assert resolve_anaphora(when, anchor, PUB).date == expected


def test_anaphora_day_after_a_noun_is_not_matched() -> None:
    from summarizer.evidence.dates import ANAPHORA

    assert not ANAPHORA.search("Crowds gathered the day after the funeral of the mayor.")
    assert ANAPHORA.search("The bridge was blown up the day after.")


def test_date_opening_a_name_is_no_date() -> None:
    text = "Members of the 12 October Movement and the 3 June Brigade marched; shots were fired on 5 March."
    assert [text[s:e] for s, e, _ in find_dates(text, PUB)] == ["5 March"]


def _timeline(article: str, published: dt.date | None) -> list[tuple[str | None, str]]:
    from summarizer.evidence.timeline import build_timeline

    return [(t.date, t.when) for t in build_timeline(article, published, [])]


def test_timeline_sentence_with_two_days_gives_both() -> None:
    article = (
        "Teachers walked out today in protest at the killing of a headmaster on the night of 9 February "
        "in the market town."
    )
    assert _timeline(article, D(2025, 2, 11)) == [("2025-02-09", "9 February"), ("2025-02-11", "today")]


def test_timeline_month_gives_way_to_a_day_inside_it() -> None:
    article = "In February, gunmen attacked a convoy on 14 February near the ford."
    assert _timeline(article, D(2025, 3, 1)) == [("2025-02-14", "14 February")]


def test_timeline_told_day_still_gives_way() -> None:
    article = "The mayor said on Friday that rebels attacked the depot on Wednesday."
    assert _timeline(article, PUB) == [("2025-03-05", "on Wednesday")]


def test_timeline_anaphora_counts_from_the_last_day_given() -> None:
    article = (
        "On 2 March a lorry bomb destroyed the customs house in Port Ellery. "
        "Two days later a second bomb wounded six guards at the toll bridge. "
        "The following day police arrested four suspects."
    )
    assert _timeline(article, PUB) == [
        ("2025-03-02", "2 March"),
        ("2025-03-04", "Two days later"),
        ("2025-03-05", "The following day"),
    ]


def test_timeline_undated_article_takes_the_dateline_for_its_first_event() -> None:
    article = (
        "PORT ELLERY, 14 MAY 91 (RADIO COSTA) -- [TEXT] THE MINISTER SPOKE ABOUT THE HARVEST.\n\n"
        "   HE SAID THAT THE MURDER OF THE TWO MAYORS WILL NOT GO UNPUNISHED.  THE ARMY LAUNCHED A "
        "SEARCH IN THE HILLS."
    )
    pub = find_publication_date(article)
    assert pub == D(1991, 5, 14)
    from summarizer.evidence.timeline import build_timeline

    entries = build_timeline(article, pub, [])
    assert [(t.date, t.when, t.date_precision) for t in entries] == [("1991-05-14", "14 MAY 91", "day")]
    quotes = [ev.quote for ev in entries[0].evidence]
    assert quotes[0] == "14 MAY 91"
    assert quotes[1].startswith("HE SAID THAT THE MURDER")
    for ev in entries[0].evidence:
        assert ev.start is not None and ev.end is not None
        assert article[ev.start : ev.end] == ev.quote


def test_timeline_dated_event_needs_no_dateline_fallback() -> None:
    article = (
        "PORT ELLERY, 14 MAY 91 (RADIO COSTA) -- [TEXT] THE MINISTER SPOKE ABOUT THE HARVEST.\n\n"
        "   GUERRILLAS ATTACKED A PATROL YESTERDAY IN THE HILLS."
    )
    assert _timeline(article, find_publication_date(article)) == [("1991-05-13", "YESTERDAY")]


def test_timeline_no_dateline_no_fallback() -> None:
    assert _timeline("Gunmen attacked a patrol in the hills.", PUB) == []


def test_timeline_cap_keeps_distinct_dates_first() -> None:
    from summarizer.evidence.timeline import TIMELINE_MAX

    same = " ".join(f"Rebels attacked post {k} today." for k in range(TIMELINE_MAX + 2))
    article = same + " Rebels attacked the airport on 1 March."
    got = _timeline(article, PUB)
    assert len(got) == TIMELINE_MAX
    assert ("2025-03-01", "1 March") in got


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("A border patrol came under small-arms fire near the ford yesterday.", True),
        ("Saboteurs blew up a pylon outside Port Ellery yesterday.", True),
        ("Gunmen took four hostages at the toll bridge yesterday.", True),
        ("The two sides agreed a cease-fire yesterday.", False),
        ("The minister opened a school yesterday.", False),
    ],
)
def test_timeline_event_words(sentence: str, dated: bool) -> None:
    assert bool(_timeline(sentence, PUB)) is dated


def test_weekend_and_past_hours_are_time_words_without_a_day() -> None:
    # invented (issue 18): "over the weekend" and "in the past 24 hours" are times of the events, so
    # the time of the telling ("said Monday") is not the event's day; they name no day themselves
    pub = dt.date(2026, 2, 3)
    found = find_dates("Raids killed 12 people over the weekend near Bunia, a rights group said Monday.", pub)
    assert [(f[2].text, f[2].date) for f in found] == [("over the weekend", None), ("Monday", dt.date(2026, 2, 2))]
    found = find_dates("Troops killed 17 fighters in the past 24 hours, the army said.", pub)
    assert [(f[2].text, f[2].precision) for f in found] == [("in the past 24 hours", "unknown")]


# Invented articles: mixed-case wire datelines and date lines over the body.
@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("Bukavu, 9 May 2024 (AFP) - Rebels shelled the airport on Tuesday.", dt.date(2024, 5, 9)),
        ("Port Sudan, Sudan, June 3, 2025 (Reuters) - Drones struck a fuel depot.", dt.date(2025, 6, 3)),
        ("Niamey (AFP) – Feb. 11, 2024 – Soldiers were killed on Friday.", dt.date(2024, 2, 11)),
        ("TUESDAY 14 OCTOBER 2025 | MOPTI\n\nA market was attacked.", dt.date(2025, 10, 14)),
        ("October 2, 2024 | SANA'A —\nAirstrikes hit the port.", dt.date(2024, 10, 2)),
        # a capitalised word and a comma open many sentences: no year, no agency, no dateline
        ("Gunmen, who came at dawn, killed 3 villagers on 4 May 2024.", None),
        ("Witnesses, 12 in all, said 3 people were killed.", None),
    ],
)
def test_mixed_case_datelines_and_date_lines(article: str, expected: dt.date | None) -> None:
    assert find_publication_date(article) == expected


def test_mixed_case_dateline_is_no_source() -> None:
    dl = find_dateline("Bukavu, 9 May 2024 (AFP) - Rebels shelled the airport.")
    assert dl is not None and dl.place == "Bukavu" and dl.agency == "AFP"
    assert dl.end == len("Bukavu, 9 May 2024 (AFP) - ")
