"""Session 18 status rules (attrib_README status rule 1, "another source gives a figure for the
same event and victim group whose range does not overlap"). Invented articles (none copied from
an evaluation set); each positive fails without its rule, and a close negative stays as it was.

- A time word after a verb of speaking ("villagers who spoke to the Herald on Sunday") dates the
  report, not the event: no other event than the police's count of Saturday.
- "on Saturday" and "on Saturday night" name one day: no two events.
- "detainees" count the same people held as "people" do.
- "protesters" and a count naming no group ("three bodies", "the dead") count the same dead;
  "protesters" and "people" stay apart (people may take in bystanders)."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses

_SHOOTING = (
    "Gunmen attack a bar in Korvel\n\n"
    "PORT ELLIN - Four people were killed when gunmen opened fire on a bar in the Korvel district "
    "on Saturday night, the police said.\n\n"
    "COUNTER\n"
)


def test_a_time_word_of_speaking_dates_the_report() -> None:
    got = _statuses(
        _SHOOTING.replace(
            "COUNTER", "But villagers who spoke to the Herald on Sunday said seven people died in the attack."
        )
    )
    assert got["killed:Four"] == "disputed"
    assert got["killed:seven"] == "disputed"


def test_a_later_day_of_the_event_stays_another_event() -> None:
    got = _statuses(
        _SHOOTING.replace("COUNTER", "Seven people died in a second attack on the bar on Sunday, villagers said.")
    )
    assert got["killed:Four"] == "reported"


def test_one_day_and_its_evening_are_one_time() -> None:
    got = _statuses(
        _SHOOTING.replace("on Saturday night", "on Saturday").replace(
            "COUNTER", "Seven people were killed in the attack on Saturday night, a nurse at the district clinic said."
        )
    )
    assert got["killed:Four"] == "disputed"
    assert got["killed:Seven"] == "disputed"


_HELD = (
    "Arrests after rally in Tarvel\n\n"
    "TARVEL - Police said 30 people had been detained after a rally on Friday.\n\n"
    "The Tarvel Legal Aid Centre, whose lawyers visited the police stations, said WHO.\n"
)


def test_detainees_and_people_held_are_one_group() -> None:
    got = _statuses(_HELD.replace("WHO", "it had registered 75 detainees by Saturday"))
    assert got["detained:30"] == "disputed"
    assert got["detained:75"] == "disputed"


def test_detained_minors_stay_a_part() -> None:
    got = _statuses(_HELD.replace("WHO", "it had registered 75 minors by Saturday"))
    assert got["detained:30"] == "reported"


_MARCH = (
    "Deaths at a march in Orlin\n\n"
    "ORLIN - Two protesters died when police broke up a march in the town of Orlin, police said.\n\n"
    "COUNTER\n"
)


def test_protesters_and_bodies_are_the_same_dead() -> None:
    got = _statuses(
        _MARCH.replace("COUNTER", "A morgue worker said that three bodies had been taken to the town morgue.")
    )
    assert got["killed:Two"] == "disputed"
    assert got["killed:three"] == "disputed"


def test_protesters_and_people_stay_apart() -> None:
    got = _statuses(_MARCH.replace("COUNTER", "A morgue worker said that three people had died in the town."))
    assert got["killed:Two"] == "reported"


# Rule 1: a contest naming a source's account by its name, no possessive, and calling it "a lie";
# a contest that denies deaths ("none of its men were killed") reaches the owner's dead only.
_CLASH = (
    "Clash in the hills of Varo\n\n"
    "ELLIN - The Coastal Guard Corps (CGC) said its units killed five members of the Varo Front near "
    "the village of Tesk on Tuesday. It said it had arrested nine suspects.\n\n"
    "CONTEST\n"
)


def test_a_named_account_called_a_lie_is_contested() -> None:
    got = _statuses(
        _CLASH.replace(
            "CONTEST",
            "In a video, the Varo Front called the CGC account a lie and said none of its men were killed.",
        )
    )
    assert got["killed:five"] == "disputed"
    assert got["detained:nine"] == "reported"


def test_a_lie_about_something_else_contests_nothing() -> None:
    got = _statuses(
        _CLASH.replace(
            "CONTEST", "The hills of Varo lie along the border, and the CGC account was published on Wednesday."
        )
    )
    assert got["killed:five"] == "reported"


# Rule 1: "no person lost their life" denies the deaths of the event, not a past one named by its year.
_MARCH_DENIED = (
    "March broken up in Sella\n\n"
    "SELLA - Seven people died as riot police dispersed a march in Sella on Friday, according to a "
    "local rights group, the Sella Rights Watch.\n\n"
    "DENIAL\n\n"
    "Sella was a centre of the 2016 uprising, when more than 90 people died nationwide, "
    "according to the Regional Human Rights Court.\n"
)


def test_no_person_lost_their_life_disputes_the_deaths() -> None:
    got = _statuses(_MARCH_DENIED.replace("DENIAL", "The police said no person lost their life in the operation."))
    assert got["killed:Seven"] == "disputed"
    assert got["killed:more than 90"] == "reported"


def test_a_life_saved_is_no_denial() -> None:
    got = _statuses(
        _MARCH_DENIED.replace("DENIAL", "The police said in a statement that medics had saved a life in the operation.")
    )
    assert got["killed:Seven"] == "reported"


# Rule 2: a doubt naming the acts counted ("could not confirm the kidnappings") doubts that outcome's
# figure just before it, not a figure of another outcome.
_TAKEN = (
    "Night raids in Orvo\n\n"
    "ORVO - Villagers said at least three farmers had been abducted by masked men on Monday night. DOUBT\n"
)


def test_a_doubt_naming_the_abductions_doubts_them() -> None:
    got = _statuses(_TAKEN.replace("DOUBT", "The Orvo Gazette could not confirm the kidnappings."))
    assert got["detained:at least three"] == "unverified"


def test_a_doubt_naming_other_acts_leaves_the_figure() -> None:
    got = _statuses(
        _TAKEN.replace("had been abducted by masked men", "were killed by masked men").replace(
            "DOUBT", "The Orvo Gazette could not confirm the kidnappings."
        )
    )
    assert got["killed:at least three"] == "reported"
