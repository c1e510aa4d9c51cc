"""Review of the session 12 rules on text they were not written for (invented sentences, other
wordings): each test holds a sentence a rule misread, and the positive it must keep."""

from __future__ import annotations

from helpers import checked_summary

from summarizer.evidence.attribution import disputes
from summarizer.testing import figure_readings as _read
from summarizer.testing import statuses as _statuses


def _sayers(text: str) -> dict[str, str | None]:
    return {c.phrase: c.reported_by for c in checked_summary(text).casualties}


def _kind(text: str, name: str) -> tuple[str, bool | None]:
    s = checked_summary(text)
    hit = next((x for x in s.sources if name.lower() in x.name.lower()), None)
    assert hit is not None, f"{name!r} not among {[x.name for x in s.sources]}"
    return hit.kind, hit.party_to_conflict


# --- "neutralising N of them" (quantities._them_are_people) ---------------------------------------


def test_neutralising_n_of_them_after_counted_arms_counts_no_one() -> None:
    assert (
        _read("Army engineers found 12 explosive devices planted by militants, neutralising eight of them.", "killed")
        == []
    )
    assert (
        _read(
            "The army said it struck a group of militants in a truck carrying five rockets, neutralising two of them.",
            "killed",
        )
        == []
    )
    # positives: the people named (or counted, or named last) are the ones neutralised
    assert _read(
        "The army said its drones had struck a group of fighters preparing an ambush, neutralising six of them.",
        "killed",
    ) == [("six", 6, 6, 6)]
    assert _read("The army said it struck a group of terrorists near Kora, neutralising eight of them.", "killed") == [
        ("eight", 8, 8, 8)
    ]
    assert _read(
        "Troops ambushed 20 militants who had laid mines near Kora, neutralising eight of them, the army said.",
        "killed",
    ) == [("eight", 8, 8, 8)]


# --- "picked up" (quantities OUTCOME_PATTERNS, detained) ------------------------------------------


def test_people_picked_up_at_sea_or_to_safety_are_not_detained() -> None:
    assert _read("Police said some 40 migrants were picked up in boats off the coast.", "detained") == []
    assert _read("The coast guard said 40 migrants were picked up from a sinking dinghy.", "detained") == []
    assert _read("About 40 people were picked up in buses and driven to safety, officials said.", "detained") == []
    # positive: a raid's arrests
    assert _read("About 25 villagers were picked up during raids on Monday night, residents said.", "detained") == [
        ("About 25", 22, 25, 28)
    ]


# --- "taken by" a force (detained) ---------------------------------------------------------------


def test_people_taken_by_troops_to_safety_are_not_detained() -> None:
    assert _read("Eight civilians were taken by troops to a safe area, the army said.", "detained") == []
    # positive: taken away by the force
    assert _read("Six men were taken by soldiers to an unknown location, relatives said.", "detained") == [
        ("Six", 6, 6, 6)
    ]


# --- "buried in ... graves" (killed) -------------------------------------------------------------


def test_remains_of_counted_people_buried_count_the_people() -> None:
    # before: the bare "people" read as a vague count (2 or more), the 40 lost
    assert [
        (c.phrase, c.low)
        for c in checked_summary(
            "The remains of 40 people were buried in a mass grave outside the town, officials said."
        ).casualties
    ] == [("40", 40)]
    assert _read("The bodies of at least 40 people were buried in a mass grave.", "killed") == [
        ("at least 40", 40, 40, None)
    ]


# --- "have left" bare-plural places (displaced) --------------------------------------------------


def test_leaving_villages_for_work_is_no_displacement() -> None:
    assert _read("Over a decade, about two million people have left villages for the cities.", "displaced") == []
    assert _read("About 3,000 people have left villages in search of work, the ministry said.", "displaced") == []
    # positive
    assert _read("Around 3,000 people have left border villages since the shelling began.", "displaced") == [
        ("Around 3,000", 2700, 3000, 3300)
    ]


# --- a relative "which said" (attribution._WHICH_ANTECEDENT) -------------------------------------


def test_which_said_after_a_day_a_platform_or_a_place_names_no_sayer() -> None:
    assert _sayers("The army issued a statement late on Sunday, which said 11 soldiers had died in the ambush.") == {
        "11": None
    }
    assert _sayers("The group posted a statement on Telegram, which said its fighters had killed 11 soldiers.") == {
        "11": None
    }
    # positives: a named body before the relative (a name with "on" in it too)
    assert _sayers("The clinic is run by the Commission on Civil Liberties, which said 11 people were killed.") == {
        "11": "the Commission on Civil Liberties"
    }
    assert _sayers("The strike hit a clinic run by Doctors of the North (DON), which said 11 people were killed.") == {
        "11": "Doctors of the North (DON)"
    }


# --- "'...,' said the <role>, Name." (attribution._SAID_ROLE_NAME) --------------------------------


def test_said_a_resident_of_the_capital_is_no_name() -> None:
    assert _sayers('"Twelve people died in the blast," said a resident of the capital, Port Lamar.') == {
        "Twelve": "a resident"
    }
    # positive: the person named after the role
    assert _sayers('"We counted 12 bodies," said a doctor at the hospital, Amina Obi.') == {"12": "Amina Obi"}


# --- a spokesman speaking of "its/their fighters" (assemble._CLAIMS_OWN_FIGHTERS) ----------------


def test_un_spokesman_speaking_of_a_groups_fighters_is_no_armed_side() -> None:
    assert _kind(
        "A UN spokesman said the rebels had entered Kora and that their fighters killed 20 civilians.", "UN"
    ) == (
        "official",
        False,
    )
    assert _kind("UN spokesman Paul Dorn said the group's fighters had killed 20 civilians in Kora.", "Dorn")[0] == (
        "official"
    )
    # positive: an unknown side's spokesman claiming its own fighters' deeds
    assert _kind("A Kora Front spokesman claimed its fighters had killed 20 soldiers.", "spokesman") == (
        "military",
        True,
    )


# --- a union's office written before "union" (assemble._UNION_ROLE) -------------------------------


def test_president_of_a_union_is_no_official() -> None:
    assert _kind("Ali Hassan, president of the farmers' union in Kora, said 12 people were killed.", "Ali Hassan") == (
        "other",
        False,
    )
    # positive: an office of a place stays the state's
    assert _kind("Ali Hassan, director of the Kora sub-district, said 12 people were killed.", "Ali Hassan") == (
        "official",
        True,
    )


# --- "disputed" as an adjective (attribution._ATTRIBUTIVE_DISPUTED) ------------------------------


def test_hotly_disputed_by_someone_still_disputes() -> None:
    assert disputes("That account was hotly disputed by residents.")
    got = _statuses("Police said 12 protesters were killed in Kora, a toll much disputed by opposition groups.")
    assert got["killed:12"] == "disputed"
    # negatives kept: an adjective before a noun
    assert not disputes("Troops clashed along their disputed frontier on Monday.")
    assert not disputes("Shells fell on the contested town of Mira overnight, killing six people.")


# --- figures "in circulation" called false (figures.figures_called_false) ------------------------


def test_figures_of_another_matter_or_owner_called_false_contest_no_toll() -> None:
    from summarizer.evidence.figures import figures_called_false

    assert not figures_called_false('"The figures circulating online about arrests are false," the spokesman said.')
    assert not figures_called_false(
        "The rebels said the figures given by the army for its own losses were exaggerated."
    )
    got = _statuses(
        "Police said 12 people were killed in the blast in Kora on Monday, and medics said 30 were wounded. "
        '"The figures circulating online about arrests are false," the interior ministry spokesman said.'
    )
    assert got["injured:30"] != "disputed"
    # positive: the casualty figures in circulation called false
    assert figures_called_false('"The figures circulating online are false," the spokesman said.')


# --- a document named again (attribution._STATEMENT_SAYS, carried back) --------------------------


def test_a_broadcast_or_post_not_named_before_has_no_issuer() -> None:
    assert (
        _sayers("Police said 12 people were killed in Kora. The broadcast said two soldiers were wounded.")["two"]
        is None
    )
    assert (
        _sayers("The army said 12 rebels were killed in Kora. The post said two soldiers were wounded.")["two"] is None
    )
    # positive: the broadcaster named before
    assert (
        _sayers("State-run Kora TV reported that troops had detained 23 people. The broadcast said two were wounded.")[
            "two"
        ]
        == "Kora TV"
    )
