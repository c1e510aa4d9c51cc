"""One source, one entry (H8, session 9; rules in summarizer/evidence/__init__ "Sources, session 9").

A later mention that names a listed source again is merged into it (``assemble._merge_same_sources``):
a surname after a title ("Dr. Okafor"), a place's stand-in ("the territory's health ministry"), a
"<party>-run" body the text ties to the place, a bare generic ("The military") after the one named
body of its kind, a bare title ("The spokeswoman") after its one named holder, a spokesperson of a
listed body. Every figure's ``reported_by`` points at the kept name. Negatives: two bodies or two
people the mention could be, and a body's official who is no spokesperson. Invented sentences only.
"""

from __future__ import annotations

from summarizer.assemble import build_summary
from summarizer.schema import Extraction, Summary


def _summary(text: str) -> Summary:
    empty = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    s, _ = build_summary(empty, text, published=None)
    return s


def _names(text: str) -> list[str]:
    return [x.name for x in _summary(text).sources]


def _by(text: str) -> dict[int | None, str | None]:
    return {c.low: c.reported_by for c in _summary(text).casualties}


SURNAME = (
    "Dr. Miriam Okafor, director of the Kosti district hospital, said 14 people were killed in the raid. "
    "Dr. Okafor said 30 others were wounded."
)


def test_surname_after_title_is_the_named_person() -> None:
    names = _names(SURNAME)
    assert "Dr. Miriam Okafor" in names
    assert "Dr. Okafor" not in names
    by = _by(SURNAME)
    assert by[14] == by[30] == "Dr. Miriam Okafor"


def test_two_people_with_one_surname_are_not_merged() -> None:
    text = (
        "Dr. Miriam Okafor said 14 people were killed in the raid. Dr. Samuel Okafor said 30 others were wounded. "
        "Dr. Okafor said 3 more died overnight."
    )
    names = _names(text)
    assert "Dr. Miriam Okafor" in names and "Dr. Samuel Okafor" in names
    assert _by(text)[3] not in ("Dr. Miriam Okafor", "Dr. Samuel Okafor")


PLACE = (
    "Tarvonia's health ministry said 40 people were killed in the shelling of the market. "
    "Later on Sunday the territory's health ministry said 52 people had died."
)


def test_place_stand_in_is_the_body_named_with_the_place() -> None:
    names = _names(PLACE)
    assert "Tarvonia's health ministry" in names
    assert "the territory's health ministry" not in names
    assert _by(PLACE)[52] == "Tarvonia's health ministry"


def test_place_stand_in_with_two_ministries_is_not_merged() -> None:
    text = (
        "Tarvonia's health ministry said 40 people were killed in the shelling of the market. "
        "Meridia's health ministry said 3 soldiers were wounded. "
        "Later on Sunday the country's health ministry said 52 people had died."
    )
    names = _names(text)
    assert "Tarvonia's health ministry" in names and "Meridia's health ministry" in names
    assert _by(text)[52] not in ("Tarvonia's health ministry", "Meridia's health ministry")


def test_party_run_body_tied_to_the_place() -> None:
    text = (
        "Tarvonia's health ministry said 40 people were killed in the shelling of Velo-run Tarvonia. "
        "The Velo-run health ministry said 52 people had died by Monday."
    )
    names = _names(text)
    assert "the Velo-run health ministry" not in [n.lower() for n in names if n != "Tarvonia's health ministry"]
    assert _by(text)[52] == "Tarvonia's health ministry"


def test_party_run_body_not_tied_to_the_place_is_not_merged() -> None:
    text = (
        "Meridia's health ministry said 4 people were wounded by rockets. "
        "The Velo-run health ministry said 52 people had died in the strikes."
    )
    assert _by(text)[52] != "Meridia's health ministry"


ARMY = (
    "The Ostrian army said 12 soldiers were killed in an ambush near Lamu. The military said 4 attackers were captured."
)


def test_bare_military_after_the_one_named_army() -> None:
    names = _names(ARMY)
    assert "The Ostrian army" in names
    assert "The military" not in names
    assert _by(ARMY)[4] == "The Ostrian army"


def test_bare_army_with_two_armies_named_is_not_merged() -> None:
    text = (
        "The Ostrian army said 12 soldiers were killed in an ambush near Lamu. "
        "The Lomarian army said 7 of its men were wounded. The military said 4 attackers were captured."
    )
    names = _names(text)
    assert "The Ostrian army" in names and "The Lomarian army" in names
    assert _by(text)[4] not in ("The Ostrian army", "The Lomarian army")


def test_two_units_of_one_army_stay_two_sources() -> None:
    text = (
        "The Ostrian army's 5th Brigade said 3 soldiers were killed near Lamu. "
        "The Ostrian army's 9th Brigade said 2 soldiers were wounded near Kora."
    )
    by = _by(text)
    assert by[3] != by[2]


TITLE = (
    "Lt. Col. Ana Birova, spokeswoman of the army's 4th Division, said six soldiers were wounded in the clash. "
    "The spokeswoman said two rebels were captured."
)


def test_bare_title_is_its_one_named_holder() -> None:
    names = _names(TITLE)
    assert "The spokeswoman" not in names
    assert _by(TITLE)[2] == "Lt. Col. Ana Birova"


def test_bare_title_with_two_holders_is_not_merged() -> None:
    text = (
        "Lt. Col. Ana Birova, spokeswoman of the army's 4th Division, said six soldiers were wounded in the clash. "
        "Maj. Lena Ostrova, spokeswoman of the army's 2nd Division, said nine soldiers were wounded near Kora. "
        "The spokeswoman said two rebels were captured."
    )
    assert _by(text)[2] not in ("Lt. Col. Ana Birova", "Maj. Lena Ostrova")


SPOKESMAN = (
    "The Kivu Defence Forces (KDF) said 9 of its fighters were killed in the assault on Rango. "
    "KDF spokesman Maj. Paul Ekwe said 5 more were wounded."
)


def test_a_spokesperson_of_a_listed_body_is_that_body() -> None:
    s = _summary(SPOKESMAN)
    kdf = [x for x in s.sources if "KDF" in x.name]
    assert len(kdf) == 1
    assert any("Paul Ekwe" in n for n in [*kdf[0].aliases, kdf[0].name])
    assert {c.reported_by for c in s.casualties} == {kdf[0].name}


def test_a_body_and_its_official_who_is_no_spokesperson_stay_two() -> None:
    text = (
        "Regional officials said 8 people were killed in the drone strike on Varna. "
        "Varna regional head Ivan Petrenko said 3 more people died in hospital."
    )
    by = _by(text)
    assert by[8] != by[3]


def test_acronym_in_brackets_is_one_source() -> None:
    text = (
        "The Sahel Relief Alliance (SRA) said 23 people were displaced by the fighting. "
        "The SRA said 4 aid workers were missing."
    )
    names = _names(text)
    assert len([n for n in names if "SRA" in n or "Sahel Relief" in n]) == 1
