"""Session 21 status rules (attrib_README status rule 2: a figure the article says could not be
verified is unverified; a blanket doubt reaches every figure it covers). Invented articles (none
copied from an evaluation set); each positive fails without its rule, and a close negative stays as
it was.

- The negation on every one of the figures: "None of these figures could be independently verified."
  closing an article is a blanket (``figures._NONE_OF_THESE``), while "OCHA could not verify these
  figures" still doubts only the figures just before it; a long list of whose figures ("given by the
  police, the traders' union and the district council") is read whole; "the figures in this report"
  names the article itself, every figure of it (``figures._THIS_REPORT``)."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, doubted_owners
from summarizer.testing import statuses as _statuses

_RAID = (
    "Raid on Kolo market\n\n"
    "Gunmen attacked the market in Kolo on Tuesday, killing at least 12 traders, police sources said.\n\n"
    "A district official said 40 families had fled to the town of Sare after the attack.\n\n"
    "The Sare Youth League said in a statement that its members had found eight more bodies in the bush.\n\n"
    "DOUBT\n"
)


def test_none_of_these_figures_is_a_blanket() -> None:
    got = _statuses(_RAID.replace("DOUBT", "None of these figures could be independently verified."))
    assert got["killed:at least 12"] == "unverified"
    assert got["displaced:40"] == "unverified"


def test_none_of_these_figures_inside_a_paragraph_stays_with_its_claims() -> None:
    text = _RAID.replace("DOUBT", "").replace(
        "eight more bodies in the bush.", "eight more bodies in the bush. None of these figures could be verified."
    )
    got = _statuses(text)
    assert got["killed:at least 12"] == "reported"
    assert got["displaced:40"] == "reported"


def test_these_figures_without_none_of_stays_with_the_last_figures() -> None:
    got = _statuses(_RAID.replace("DOUBT", "The agency could not verify these figures."))
    assert got["killed:at least 12"] == "reported"
    assert got["displaced:40"] == "reported"


def test_a_long_list_of_whose_figures() -> None:
    doubt = (
        "None of the casualty figures given by the police, the Kolo traders' union, the Sare Youth League and "
        "the district council could be independently verified."
    )
    assert blanket_doubt(doubt) == doubt
    # a short list was read before (session 15); no list at all stays a blanket
    assert blanket_doubt("None of the figures given by the police could be verified.") is not None
    # a figure of its own: no blanket
    assert blanket_doubt("None of the 12 figures given by the police could be verified.") is None


def test_the_figures_in_this_report_are_every_figure() -> None:
    doubt = "None of the figures given by either side, or the figures in this report, could be verified by us."
    assert blanket_doubt(doubt) == doubt
    assert doubted_owners(doubt) is None  # not only the sides' figures
    got = _statuses(_RAID.replace("DOUBT", doubt))
    assert got["displaced:40"] == "unverified"
    # one report named by its source is one claim, no blanket
    assert blanket_doubt("The police report could not be verified by us.") is None


# Status rule 3 (session 21): another body confirming ONE victim's harm by a possessive ("MSF, which runs the
# clinic, confirmed his death.", "The police confirmed the journalist's arrest") right after a figure of one
# victim confirms it when that body is independent of the figure's source (``figures.ONE_VICTIM_CHECK``).

_NURSE = (
    "Nurse killed in Dorva\n\n"
    "A nurse was shot dead by unidentified gunmen in the village of Dorva on Monday, the regional health "
    "office said. CHECK\n"
)


def test_an_independent_body_confirming_his_death() -> None:
    text = _NURSE.replace(
        "CHECK", "Doctors Without Borders, which runs the clinic where he worked, confirmed his death."
    )
    assert _statuses(text)["killed:A"] == "confirmed"


def test_no_confirmation_of_one_victim_for_a_count_of_several() -> None:
    text = _NURSE.replace("A nurse was", "Three nurses were").replace(
        "CHECK", "Doctors Without Borders, which runs the clinic where they worked, confirmed his death."
    )
    assert _statuses(text)["killed:Three"] == "reported"


def test_its_own_source_confirming_his_death_is_no_check() -> None:
    text = _NURSE.replace("CHECK", "The office confirmed his death in a second statement.")
    assert _statuses(text)["killed:A"] == "reported"


# Status rule 2 (session 21): a source still checking what it passes on ("said it was working to verify reports
# that at least four civilians were among the dead", "seeking to confirm claims of") hedges the count
# (``attribution._HEDGES``); a source that checked it ("said it had verified reports that") does not.

_SHELLING = (
    "Shelling in Varno\n\n"
    "Shells hit a residential street in Varno on Sunday. The UN mission said it was CHECK reports that at least "
    "six civilians were among the dead.\n"
)


def test_a_source_still_working_to_verify_reports_hedges_the_count() -> None:
    assert _statuses(_SHELLING.replace("CHECK", "working to verify"))["killed:at least six"] == "unverified"
    text = _SHELLING.replace("was CHECK reports that", "was seeking to confirm claims of").replace(
        "at least six civilians were among the dead", "the deaths of at least six civilians"
    )
    assert _statuses(text)["killed:at least six"] == "unverified"


def test_a_source_that_has_verified_the_reports_does_not_hedge() -> None:
    text = _SHELLING.replace("was CHECK", "had verified")
    assert _statuses(text)["killed:at least six"] != "unverified"


# Status rule 2 (session 21): a part of a toll its own sentence hedges ("said it was working to verify reports
# that at least six civilians, among them two children, were among the dead") is of the hedged claim
# (``assemble._parts_share_status``); a part of an unhedged toll stays as it was.


def test_a_part_of_a_hedged_toll_is_hedged() -> None:
    text = _SHELLING.replace("CHECK", "working to verify").replace(
        "at least six civilians were", "at least six civilians, among them two children, were"
    )
    got = _statuses(text)
    assert got["killed:at least six"] == "unverified"
    assert got["killed:two"] == "unverified"


def test_a_part_of_an_unhedged_toll_stays_reported() -> None:
    text = _SHELLING.replace("it was CHECK reports that", "that").replace(
        "at least six civilians were", "at least six civilians, among them two children, were"
    )
    got = _statuses(text)
    assert got["killed:two"] == "reported"


# Status rule 2 (session 21): a doubt of the claims of ONE post, video or message ("has not been able to verify
# the claims in the post") is no blanket over the article's figures (``figures._ONE_ITEM_CLAIMS``).

_LIVE = (
    "LIVE: clashes in Port Vell\n\n"
    "16:10\nThe city hospital says it is treating nine people with stab wounds.\n\n"
    "14:05\nA page in the name of the Harbour gang says four of its members were beaten by police. "
    "DOUBT\n"
)


def test_the_claims_of_one_post_are_no_blanket() -> None:
    doubt = "The Gazette has not been able to verify the claims in the post, which has since been deleted."
    assert blanket_doubt(doubt) is None
    assert _statuses(_LIVE.replace("DOUBT", doubt))["injured:nine"] == "reported"


def test_the_claims_of_many_posts_stay_a_blanket() -> None:
    doubt = "The Gazette has not been able to verify the claims made on social media today."
    assert blanket_doubt(doubt) is not None
    assert _statuses(_LIVE.replace("DOUBT", doubt))["injured:nine"] == "unverified"
