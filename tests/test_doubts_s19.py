"""Session 19 doubt readers (attrib_README status rule 2: "the article says the figure (or "the
reports") could not be verified"). Invented articles (none copied from an evaluation set); each
positive fails without its rule, and a close negative stays as it was.

- A live page's time stamp ("18:40 -") or a clock time is no figure of the doubt's own, nor is
  "the two" before the sides or bodies it names (``figures.figureless``).
- "we have not been able to verify", "has been unable to", "is not in a position to" are doubts.
- "We have not been able to verify this." right after a report doubts that report only.
- "the figures given by the two regional governments": a doubt over the officials' figures."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, figureless, source_doubts
from summarizer.testing import statuses as _statuses

_LIVE = (
    "Live: shelling on the Varno border\n\n"
    "09:10 - Regional governor Ivo Maren said three civilians were killed in Kessa overnight.\n\n"
    "10:45 - The Norland army said its troops had killed 40 enemy fighters near Kessa.\n\n"
    "DOUBT\n\n"
    "13:20 - Volunteers at Kessa's hospital said they had treated 17 wounded people."
)


def test_a_time_stamp_is_no_figure_of_the_doubt() -> None:
    got = _statuses(_LIVE.replace("DOUBT", "12:15 - A note on figures: the army's figures could not be verified."))
    assert got["killed:40"] == "unverified"
    assert got["killed:three"] == "reported"
    assert got["injured:17"] == "reported"


def test_a_doubt_stating_its_own_number_stays_its_own() -> None:
    got = _statuses(
        _LIVE.replace("DOUBT", "12:15 - A claim by the army that 60 fighters died in Lesk could not be verified.")
    )
    assert got["killed:40"] == "reported"


def test_have_not_been_able_to_verify_an_owner_s_figures() -> None:
    got = _statuses(_LIVE.replace("DOUBT", "We have not been able to independently verify the army's figures."))
    assert got["killed:40"] == "unverified"
    assert got["killed:three"] == "reported"
    assert [
        o for _, o in source_doubts("The army said 9 died. We have so far been unable to verify the army's claims.")
    ] == ["army"]


def test_verify_this_doubts_the_report_just_given() -> None:
    got = _statuses(
        _LIVE.replace("near Kessa.", "near Kessa. We have not been able to verify this.").replace("DOUBT", "")
    )
    assert got["killed:40"] == "unverified"
    assert got["killed:three"] == "reported"
    # the pronoun of another verb is no doubt of the report: "could not confirm how it began"
    got = _statuses(
        _LIVE.replace("near Kessa.", "near Kessa. It said it could not confirm how the fighting began.").replace(
            "DOUBT", ""
        )
    )
    assert got["killed:40"] == "reported"


def test_the_two_governments_are_no_figure_and_name_officials() -> None:
    article = (
        "Clashes between Afar and Issa herders\n\n"
        "The Afar regional government said 16 herders were killed in Garsa. The Somali regional government "
        "said nine of its herders were wounded in the same clash.\n\n"
        "Radio Awash said it could not independently verify the figures given by the two regional governments.\n\n"
        "The Ethiopian Human Rights Commission said its monitors had documented the killing of at least 19 "
        "civilians."
    )
    assert blanket_doubt(article) is not None
    got = _statuses(article)
    assert got["killed:16"] == "unverified"
    assert got["injured:nine"] == "unverified"
    assert got["killed:at least 19"] != "unverified"
    assert "two" not in figureless("the two sides' figures at 10:30 GMT") and "10" not in figureless("at 10:30 GMT")
    assert "two" in figureless("two soldiers")


def test_one_video_or_one_place_s_figures_are_no_blanket() -> None:
    video = "Video shared widely on Monday, which we have not verified, appears to show the market after the blast."
    assert blanket_doubt("The army said 12 soldiers were killed. " + video) is None
    place = "The Herald has not been able to independently verify the casualty figures from Dorvo."
    assert blanket_doubt("The army said 12 soldiers were killed. " + place) is None
    # the reports as a whole stay a blanket
    assert blanket_doubt("The army said 12 soldiers were killed. The reports could not be independently verified.")
    # the place's figures are doubted where the text names the place, in the paragraph before the doubt
    got = _statuses(
        "Strikes on Dorvo and Lesk\n\nThe rebels said 30 people were killed in Dorvo. The mayor of Lesk said "
        "four people died in Lesk. " + place + "\n"
    )
    assert got["killed:30"] == "unverified"
    assert got["killed:four"] == "reported"
