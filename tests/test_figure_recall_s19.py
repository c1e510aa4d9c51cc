"""Figure recall, session 19 (summarizer/evidence/__init__.py, "Figure recall, session 19"), invented
sentences only, each with a negative: people moved to temporary accommodation, halls or school
buildings; people who have left "the border districts"; "new arrivals" who had registered."""

from __future__ import annotations

from summarizer.testing import code_only


def _figures(sentence: str) -> list[tuple[str, str]]:
    return [(c.outcome, c.phrase) for c in code_only("Attack on Velo\n\n" + sentence + "\n").casualties]


def test_moved_to_temporary_accommodation_or_a_hall() -> None:
    assert _figures("More than 300 residents have been moved to temporary accommodation, the mayor said.") == [
        ("displaced", "More than 300")
    ]
    assert _figures("About 60 villagers were relocated to the community hall, the mayor said.") == [
        ("displaced", "About 60")
    ]
    # an office moved is no one displaced
    assert _figures("The district office was moved to temporary accommodation, the mayor said.") == []


def test_left_the_border_districts() -> None:
    assert _figures("Some 12,000 people have left the border districts since January, the mayor said.") == [
        ("displaced", "Some 12,000")
    ]
    # officials leaving after a visit are no displaced people
    assert _figures("Two ministers have left the border districts after the visit, the mayor said.") == []


def test_new_arrivals_who_registered() -> None:
    assert _figures("UNHCR said more than 250 new arrivals had registered at a temporary shelter.") == [
        ("displaced", "more than 250")
    ]


def test_the_number_of_people_named_could_rise() -> None:
    """A projection names whom it counts: "the number of evacuees could rise to 5,000" (displaced)."""
    lead = "People flee Velo\n\nAbout 3,000 people have fled Velo since Monday, the governor said.\n\n"

    def projected(sentence: str) -> list[tuple[str, str]]:
        return [(c.outcome, c.phrase) for c in code_only(lead + sentence + "\n").casualties][1:]

    assert projected("The number of evacuees could rise to 5,000, the governor said.") == [
        ("displaced", "could rise to 5,000")
    ]
    assert projected("The number of displaced people could climb to 9,000, the governor said.") == [
        ("displaced", "could climb to 9,000")
    ]
    # a number of things is no count of people
    assert projected("The number of damaged schools could rise to 50, the governor said.") == []


def test_registered_or_staying_at_camps() -> None:
    assert _figures("About 450 people had been registered at three relief camps, the district said.") == [
        ("displaced", "About 450")
    ]
    assert _figures("Some 1,200 people are staying in collective shelters, the governor said.") == [
        ("displaced", "Some 1,200")
    ]
    # complaints registered at a camp count no people
    assert _figures("Police registered 12 complaints at the camp, the governor said.") == []


def test_people_forced_to_leave_a_place() -> None:
    assert _figures("The violence has forced about 4,000 people to leave Solvo and Marn, the IOM said.") == [
        ("displaced", "about 4,000")
    ]
    # officials made to leave an institution are no displaced people
    assert _figures("The law forced 40 officials to leave Parliament, the IOM said.") == []
