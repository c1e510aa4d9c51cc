"""Session 12 status rules, second round (st2), on invented articles (none copied from an evaluation
set): a country ending a body's name ("the Press Agency of Niger") opens no new scene, so two
sources' counts of one event in its paragraph are rivals (attrib_README status rule 1); a count of the
wounded who then died ("two wounded passengers died") is no part of an injured toll, so it does not
make a rival count a breakdown; a hedge inside one reported clause ("may have been killed") does not
reach a second clause of the same report ("and that about 4,000 had fled"); a burial's day ("buried
... on Tuesday") is not the killing's; "could not verify the photographs or the figures" doubts the figures.
Negatives included."""

from __future__ import annotations

from summarizer.assemble import hedged_clause_passed
from summarizer.evidence.figures import blanket_doubt
from summarizer.testing import statuses as _statuses

_BUS = (
    "Gunmen attack bus in Varno\n\n"
    "VARNO: Gunmen who stopped a bus on the highway in the Varno district on Monday shot dead several "
    "passengers, officials said.\n\n"
    "The district commissioner, Amal Dresh, told reporters that eight bodies had been taken to the "
    "district hospital.\n\n"
    "On Tuesday, the state-run Press Agency of Niger quoted the interior minister, Tomas Vell, as "
    "saying the death toll had reached 14. Seven others were injured, two of them critically, the "
    "minister said.\n\n"
    "However, the head of the district hospital, Dr Lena Ostrova, said the facility had received 12 "
    "injured people."
)


def test_a_country_ending_a_bodys_name_opens_no_scene() -> None:
    got = _statuses(_BUS)
    assert got["killed:eight"] == "disputed"
    assert got["killed:14"] == "disputed"
    # negative: a paragraph turning to another country's event keeps its count apart
    other = _BUS.replace(
        "On Tuesday, the state-run Press Agency of Niger quoted",
        "In neighbouring Chad, a separate attack on Tuesday was reported; the state-run agency quoted",
    )
    got2 = _statuses(other)
    assert got2["killed:eight"] != "disputed"


def test_the_wounded_who_died_are_no_part_of_an_injured_toll() -> None:
    text = _BUS.replace("state-run Press Agency of Niger", "state-run news agency").replace(
        "the death toll had reached 14.",
        "the death toll had risen to 14 after two wounded passengers died overnight.",
    )
    got = _statuses(text)
    assert got["injured:Seven"] == "disputed"
    assert got["injured:12"] == "disputed"
    # negative: the same source's second count of the wounded, alive, still reads as a breakdown
    got2 = _statuses(text.replace("two wounded passengers died overnight", "two wounded passengers were flown out"))
    assert got2["injured:12"] != "disputed"


def test_a_hedge_inside_one_clause_stays_out_of_the_next_and_that() -> None:
    text = (
        "Troops raided three villages in the Orlan district on Monday, residents said.\n\n"
        "The exiled council's rights office said as many as 30 people may have been killed and that "
        "about 4,000 had fled into the hills."
    )
    got = _statuses(text)
    assert got["killed:as many as 30"] == "unverified"
    assert got["displaced:about 4,000"] == "reported"
    # negatives: a hedge on the report itself ("claimed") covers both clauses; with no "and that"
    # the hedge reaches on
    got2 = _statuses(text.replace("said as many as", "claimed as many as"))
    assert got2["displaced:about 4,000"] == "unverified"
    # the cut falls at "and that": a hedge standing after it is the figure's own
    basis = "said 30 people may have been killed and that 4,000 had reportedly fled"
    assert basis[hedged_clause_passed(basis, basis.index("4,000")) :].startswith("4,000")
    assert hedged_clause_passed("said 30 people may have been killed and 4,000 fled", 40) == 0


def test_a_burial_day_is_not_the_killings_day() -> None:
    text = (
        "Gunmen killed at least 40 people in an attack on the village of Dorra on Monday, residents "
        "said.\n\n"
        "A farmer said 52 people had been buried in two graves on Tuesday.\n\n"
        "In a statement on Tuesday evening, the government spokesman, Paul Kemi, said 12 civilians had "
        "been killed.\n\n"
        '"The figures shared online are false," Kemi said.'
    )
    got = _statuses(text)
    assert got["killed:52"] == "disputed"
    # negative: a count dated by its own killing on another day stays another event's
    got2 = _statuses(text.replace("had been buried in two graves on Tuesday", "had been killed in Dorra on Tuesday"))
    assert got2["killed:52"] != "disputed"


def test_a_doubt_naming_the_figures_second_in_a_list_is_a_blanket() -> None:
    text = (
        "Border troops of Varnia and Ostland clashed overnight, each side claiming heavy losses.\n\n"
        "Varnia's army said 30 enemy fighters had been killed. Ostland's defence spokesman, Ivo Marek, said "
        "eight Varnian soldiers had been killed and three captured.\n\n"
        "The agency could not verify the photographs or the figures released by either side."
    )
    got = _statuses(text)
    assert got["detained:three"] == "unverified"
    assert blanket_doubt(text) is not None
    # negatives: the footage alone doubted is no doubt about the figures, and figures named first
    # in a list stay as before
    assert (
        blanket_doubt(text.replace("the photographs or the figures released by either side", "the photographs")) is None
    )
    assert blanket_doubt("Reporters could not verify the images or the time they were taken.") is None
