"""Status rules of ``assemble._set_statuses`` (issue 18; written down in ``summarizer.evidence``,
"Status"), on invented sentences: a doubt about one claim or one source's account is no blanket
doubt; "figures given by either side" doubts the sides' figures only; a contest of one source's
account, a denial that civilians were killed at all, and a side's own losses against another
source's count of that side's dead make figures ``disputed``; corroboration needs independent
sources and the same figure; "told AFP on Tuesday" is the time of the telling."""

from __future__ import annotations

from summarizer.schema import Casualty
from summarizer.testing import code_only


def _figures(article: str) -> list[Casualty]:
    summary = code_only(article, published=None)
    return summary.casualties


def _status(article: str) -> dict[str, str | None]:
    return {c.phrase: c.status for c in _figures(article)}


# --------------------------------------------------------------------------- doubts


def test_a_doubt_about_one_claim_is_no_blanket_doubt() -> None:
    article = (
        "Shelling killed 11 people in the market of Tarvo on Monday, the regional health office said. "
        "The Crimson Brigades said in a statement that its fighters had killed 40 soldiers near the bridge. "
        "The claim could not be verified."
    )
    st = _status(article)
    assert st["11"] == "reported"
    assert st["40"] == "unverified"


def test_a_doubt_naming_a_source_s_account_doubts_that_source_only() -> None:
    article = (
        "The National Guard said it had killed 12 insurgents in the hills above Velna on Monday. "
        "A nurse at the Velna clinic said four wounded farmers had been brought in. "
        "The wire service could not independently verify the National Guard's account."
    )
    st = _status(article)
    assert st["12"] == "unverified"
    assert st["four"] == "reported"


def test_figures_given_by_either_side_are_the_sides_figures() -> None:
    article = (
        "The army said it had killed 35 rebels of the Orun Front near Sabel on Friday. "
        "A doctor at the Sabel district hospital said nine civilians had died of their wounds. "
        "The agency could not independently verify the casualty figures given by either side."
    )
    st = _status(article)
    assert st["35"] == "unverified"
    assert st["nine"] == "reported"


def test_a_doubt_two_sentences_on_does_not_reach_past_another_number() -> None:
    article = (
        "The governor said at least 18 people were killed in the raid on Mirel. "
        "The Shadow Legion said its fighters had killed more than 70 people in the raid. "
        "The claim could not be verified."
    )
    st = _status(article)
    assert st["at least 18"] == "reported"
    assert st["more than 70"] == "unverified"


# --------------------------------------------------------------------------- disputes


def test_a_side_s_own_losses_dispute_the_enemy_s_count_of_its_dead() -> None:
    article = (
        "The army said its jets had struck positions of the Orun Front near Sabel on Friday and killed "
        "45 fighters. "
        "The Orun Front said three of its fighters were killed in the strikes."
    )
    st = _status(article)
    assert st["45"] == "disputed"
    assert st["three"] == "disputed"


def test_own_losses_do_not_dispute_a_count_of_another_group_or_of_civilians() -> None:
    other_group = (
        "The army said it had killed 45 bandits near Sabel on Friday. "
        "The Orun Front said three of its fighters were killed in the strikes."
    )
    assert set(_status(other_group).values()) == {"reported"}
    civilians = (
        "The Orun Front said the army's strikes near Sabel killed 45 villagers on Friday. "
        "The army said three of its soldiers were killed in an ambush."
    )
    assert set(_status(civilians).values()) == {"reported"}


def test_own_losses_at_another_time_are_another_event() -> None:
    article = (
        "The army said it had killed 45 fighters of the Orun Front near Sabel last month. "
        "The Orun Front said on Friday that three of its fighters were killed in a raid on Thursday."
    )
    assert set(_status(article).values()) == {"reported"}


def test_a_contest_of_one_source_s_account_disputes_that_source_s_figures() -> None:
    article = (
        "The army said it had killed up to 60 fighters in a raid on a camp near Dorvo. "
        "A nurse at the Dorvo clinic said 14 wounded herders had been brought in. "
        "A rebel commander rejected the army's account, saying the dead were herders."
    )
    st = _status(article)
    assert st["up to 60"] == "disputed"
    assert st["14"] == "reported"


def test_a_denial_that_civilians_were_killed_disputes_civilian_tolls() -> None:
    article = (
        "The health ministry said at least 16 people were killed in air strikes on the port of Salma. "
        "The navy said its aircraft had hit a weapons store and denied that civilians had been killed. "
        "The navy said it had killed a number of fighters."
    )
    st = _status(article)
    assert st["at least 16"] == "disputed"
    assert st["a number of"] == "reported"


def test_denying_who_killed_civilians_does_not_dispute_the_toll() -> None:
    article = (
        "The Lantern Watch, a rights group, said at least 16 civilians were killed near Salma on Sunday. "
        "The town has been cut off since the spring. "
        "Aid convoys have not reached it. "
        "The rebels denied that their fighters had killed any civilians."
    )
    assert _status(article)["at least 16"] == "reported"


# --------------------------------------------------------------------------- corroboration


def test_the_same_figure_from_an_ngo_confirms_a_figure_with_a_place() -> None:
    article = (
        "Gunmen killed at least 30 people in a raid on the village of Kerra, a local official said. "
        "Amnesty International also said at least 30 people were killed."
    )
    assert set(_status(article).values()) == {"confirmed"}


def test_two_officials_or_two_different_lower_bounds_do_not_confirm() -> None:
    officials = (
        "The police said at least 30 people were killed in the raid on Kerra. "
        "The governor said at least 30 people were killed."
    )
    assert "confirmed" not in _status(officials).values()
    bounds = (
        "The police said at least 28 people were killed in the raid on Kerra. "
        "Amnesty International said at least 30 people were killed."
    )
    assert "confirmed" not in _status(bounds).values()


# --------------------------------------------------------------------------- time of telling


def test_told_an_outlet_on_a_day_is_the_time_of_telling() -> None:
    article = "Gunmen killed nine villagers in Kamba on Sunday, a local official told The Courier on Tuesday."
    (c,) = _figures(article)
    assert c.when is not None and "Sunday" in c.when and "Tuesday" not in c.when
