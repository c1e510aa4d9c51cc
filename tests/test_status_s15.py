"""Session 15 status rules (st; attrib_README status rules 1-3). Invented articles (none copied
from an evaluation set); each positive fails without its rule, negatives included.

Rule 2, a blanket doubt scoped by whose figures it names: "None of the figures released by the
Peruvian side could be verified" doubts that side's sources only; "the claims by the police and
the X Front" those two; "the figures given by either military" each side's forces. A doubt naming
no one in particular ("None of the figures could be verified"), or naming no source of the
article, stays a blanket over every reported figure."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, doubted_kinds, doubted_owners
from summarizer.testing import code_only
from summarizer.testing import statuses as _statuses


def _all_statuses(article: str) -> list[str]:
    """Every figure's status, two figures with one phrase kept apart."""
    return [c.status for c in code_only(article).casualties]


# -- rule 2: a blanket doubt names whose figures it doubts -------------------------------------------

_FRONTIER = (
    "Guard killed in frontier shooting\n\n"
    "TACNA - A Chilean border guard was killed and three others were wounded on Monday in a shooting near the "
    "frontier post at Collpa, Chile's interior ministry said.\n\n"
    "Peru's defence ministry said its patrol had detained 12 smugglers after the shooting. Peruvian state "
    "television reported that 40 families had fled the hamlet of Ancomarca.\n\n"
    "DOUBT\n\n"
    "The Red Cross said its volunteers had treated 7 injured farmers from both villages."
)


def test_a_doubt_of_one_side_reaches_that_sides_sources() -> None:
    got = _statuses(
        _FRONTIER.replace("DOUBT", "None of the figures released by the Peruvian side could be independently verified.")
    )
    assert got["detained:12"] == "unverified"


def test_a_doubt_of_one_side_leaves_the_other_side_and_the_red_cross() -> None:
    got = _statuses(
        _FRONTIER.replace("DOUBT", "None of the figures released by the Peruvian side could be independently verified.")
    )
    assert got["injured:three"] == "reported"
    assert got["injured:7"] == "reported"


def test_a_doubt_naming_no_one_still_reaches_every_figure() -> None:
    got = _statuses(_FRONTIER.replace("DOUBT", "None of the figures could be independently verified."))
    assert got["injured:three"] == "unverified"
    assert got["detained:12"] == "unverified"


def test_a_doubt_naming_a_side_no_source_is_on_stays_a_blanket() -> None:
    got = _statuses(
        _FRONTIER.replace("DOUBT", "None of the figures released by the Bolivian side could be independently verified.")
    )
    assert got["injured:three"] == "unverified"


_RAID = (
    "Gunmen raid mining town in Tarvel\n\n"
    "Fighters of the Sombra Front attacked police posts in the mining town of Tarvel on Saturday, the regional "
    "police command said, adding that five officers had been killed.\n\n"
    "A spokesman for the Sombra Front, Tomas Ruelo, said in a voice message that the group had lost two of its "
    "men in the assault.\n\n"
    "DOUBT\n\n"
    "Doctors at the Tarvel mission clinic said they had treated 14 wounded miners."
)


def test_a_doubt_naming_two_sources_reaches_both() -> None:
    got = _statuses(
        _RAID.replace("DOUBT", "The claims by the police and the Sombra Front could not be independently verified.")
    )
    assert got["killed:five"] == "unverified"
    assert got["killed:two"] == "unverified"


def test_a_doubt_naming_two_sources_leaves_the_clinic() -> None:
    got = _statuses(
        _RAID.replace("DOUBT", "The claims by the police and the Sombra Front could not be independently verified.")
    )
    assert got["injured:14"] == "reported"


def test_a_doubt_naming_a_body_the_article_does_not_cite_stays_a_blanket() -> None:
    got = _statuses(_RAID.replace("DOUBT", "The claims by the Lantar Brigade could not be independently verified."))
    assert got["injured:14"] == "unverified"


_SHELLING = (
    "Border shelling kills civilians\n\n"
    "Artillery duels across the border overnight killed at least six civilians on both sides, officials said.\n\n"
    "The Velan army said its gunners had killed 30 enemy soldiers and that two of its own men had died. The "
    "Rostan defence ministry said 19 Velan soldiers had been killed. A provincial health official in Rostan said "
    "four villagers had been wounded in Dorvo. Reporters could not independently verify the figures given by "
    "either military.\n\n"
    "An aid group, Hands Across, said 200 people had fled Dorvo."
)


def test_either_military_reaches_the_forces_figures() -> None:
    doubt = "Reporters could not independently verify the figures given by either military."
    assert doubted_kinds(doubt) == frozenset({"forces"})
    got = _statuses(_SHELLING)
    assert got["killed:19"] in ("unverified", "disputed")


def test_either_military_leaves_a_health_officials_count_before_it() -> None:
    got = _statuses(_SHELLING)
    assert got["injured:four"] == "reported"
    assert got["displaced:200"] == "reported"


def test_doubted_owners_reads_the_names() -> None:
    doubt = blanket_doubt("The figures from the army and the Sombra Front could not be independently verified.")
    assert doubt is not None
    assert doubted_owners(doubt) == (frozenset({"military"}), ("the Sombra Front",))
    assert doubted_owners("None of the figures could be independently verified.") is None
    assert doubted_owners("Figures given by rebels or officials could not be verified.") is None


# -- rule 3: two opposite sides give the very same figure ---------------------------------------------

_OUTPOST = (
    "Rebels overrun hill outpost in Kadra\n\n"
    "KADRA - Rebels of the Kadra Liberation Front attacked an army outpost near the village of Semu on "
    "Thursday. The army said on Friday that four soldiers had died in the raid.\n\n"
    "In a message to reporters, the Kadra Liberation Front said its fighters had killed SECOND."
)


def test_two_opposite_sides_giving_the_same_figure_confirm_each_other() -> None:
    got = _all_statuses(_OUTPOST.replace("SECOND", "four soldiers and seized their weapons"))
    assert got == ["confirmed", "confirmed"]


def test_opposite_sides_counting_their_own_dead_confirm_nothing() -> None:
    # the army's four soldiers and the Front's four fighters: two sides' dead, not one figure
    art = _OUTPOST.replace("its fighters had killed SECOND", "four of its fighters had been killed in the assault")
    assert "confirmed" not in _all_statuses(art)


def test_one_sides_army_and_police_confirm_nothing() -> None:
    art = _OUTPOST.replace(
        "In a message to reporters, the Kadra Liberation Front said its fighters had killed SECOND.",
        "The regional police chief said four soldiers had been killed.",
    )
    assert "confirmed" not in _all_statuses(art)


def test_opposite_sides_giving_close_but_different_figures_confirm_nothing() -> None:
    assert "confirmed" not in _all_statuses(_OUTPOST.replace("SECOND", "five soldiers and seized their weapons"))


# -- rule 2: "could not yet confirm" is a hedge; "the number of dead" names the dead ------------------

_COMMISSION = (
    "Shooting in Velo market\n\n"
    "VELO - The army said 20 rebels were killed in a shootout in Velo market on Monday. The Velo rights "
    "commission said it could not yet confirm reports that at least six of the dead had been shot after they "
    "surrendered."
)


def test_could_not_yet_confirm_hedges_the_figure() -> None:
    got = _statuses(_COMMISSION)
    assert got["killed:at least six"] == "unverified"
    assert got["killed:20"] != "unverified"


_WARD = (
    "Air strike hits Lanor\n\n"
    "LANOR - An air strike hit a livestock market in Lanor on Tuesday. Dr Amira Solen at the Lanor mission "
    "hospital said her staff had treated 30 wounded people. The UN office in Lanor said it had sent a team "
    "to the market but could not yet confirm the number of dead."
)


def test_a_doubt_of_the_number_of_dead_leaves_the_wounded() -> None:
    assert _statuses(_WARD)["injured:30"] == "reported"


def test_a_doubt_of_the_number_of_dead_reaches_the_dead() -> None:
    art = _WARD.replace("had treated 30 wounded people", "had received the bodies of 30 people")
    assert _statuses(art)["killed:30"] == "unverified"


# -- rule 1: a contest of a source's toll reaches its dead and wounded, not its captives -------------

_CHECKPOINT = (
    "Raid on Mareb checkpoint\n\n"
    "MAREB - Fighters of the Sabr Front stormed an army checkpoint near Mareb on Sunday. The Sabr Front said "
    "its gunmen had killed 11 soldiers and captured three others. Army spokesman Colonel Idris Nawal "
    'dismissed the group\'s NOUN as "lies" and said he could not confirm that any troops were held.'
)


def test_a_contested_toll_leaves_the_captives() -> None:
    got = _statuses(_CHECKPOINT.replace("NOUN", "toll"))
    assert got["killed:11"] == "disputed"
    assert got["detained:three"] == "unverified"


def test_a_contested_account_reaches_the_captives_too() -> None:
    got = _statuses(_CHECKPOINT.replace("NOUN", "account"))
    assert got["detained:three"] == "disputed"


# -- rule 1: "N soldiers, including M officers, had been killed and K wounded" counts soldiers in K ----

_GARRISON = (
    "Garrison attacked in Oltra\n\n"
    "OLTRA - The army said 19 soldiers, including two captains, had been killed and 35 wounded when raiders "
    "attacked its garrison at Oltra on Tuesday. Hands Across, a medical charity, said 55 people had been "
    "wounded in the attack."
)


def test_a_sides_wounded_after_a_part_are_its_soldiers_no_rival_of_a_clinics_count() -> None:
    got = _all_statuses(_GARRISON)
    assert "disputed" not in got


def test_a_sides_wounded_of_another_size_without_the_part_still_no_rival() -> None:
    # the rule held before without the part between; it still holds
    art = _GARRISON.replace("19 soldiers, including two captains, had", "19 soldiers had")
    assert "disputed" not in _all_statuses(art)


# -- rule 1: "the police account" names its owner; a contest of a force's account leaves its own losses --

_SWEEP = (
    "Army sweep in Doran valley\n\n"
    "DORAN - The army said its troops had killed 30 rebels in a sweep of the Doran valley on Wednesday, and that "
    "four soldiers had been killed and seven wounded.\n\n"
    "The Red Cross said 200 families had fled the valley since the weekend.\n\n"
    "CONTEST Village elders said the dead were farmers."
)


def test_a_contest_of_the_army_account_without_possessive_names_the_army() -> None:
    got = _statuses(_SWEEP.replace("CONTEST", "Villagers disputed the army account."))
    assert got["killed:30"] == "disputed"


def test_no_contest_no_dispute() -> None:
    got = _statuses(_SWEEP.replace("CONTEST ", ""))
    assert got["killed:30"] == "reported"


def test_a_contest_of_the_army_account_leaves_its_own_soldiers() -> None:
    got = _statuses(_SWEEP.replace("CONTEST", "Villagers rejected the army's account."))
    assert got["killed:30"] == "disputed"
    assert got["killed:four"] == "reported"
    assert got["injured:seven"] == "reported"


# -- rule 3: a confirmation does not reach a new report after "and said" -----------------------------

_CLINIC = (
    "Bomb blast in Sarno market\n\n"
    "SARNO - A bomb exploded in the main market of Sarno on Friday. Dr Lena Orvik, director of the Sarno "
    "mission hospital, said 31 wounded people had been admitted. The Sarno Red Crescent independently "
    "confirmed the figure of 31 admissions and said its volunteers had carried another 12 injured people to "
    "clinics outside the town."
)


def test_a_confirmation_does_not_reach_the_next_report_of_its_sentence() -> None:
    got = _statuses(_CLINIC)
    assert got["injured:12"] == "reported"


def test_a_confirmation_still_confirms_its_own_figure() -> None:
    art = _CLINIC.replace(
        "confirmed the figure of 31 admissions and said its volunteers had carried another 12 injured people to "
        "clinics outside the town.",
        "said it had confirmed that 12 injured people were carried to clinics outside the town.",
    )
    assert _statuses(art)["injured:12"] == "confirmed"


# -- rule 3: a peacekeeping mission is independent of the sides -----------------------------------------

_ENCLAVE = (
    "Gunfight at Dravo enclave\n\n"
    "DRAVO - Interior Minister Pol Vesna told reporters that three gunmen were killed in an exchange of fire "
    "with police near Dravo on Sunday. The FORCE said its soldiers had sealed off the site and confirmed that "
    "three attackers had been killed."
)


def test_a_peacekeeping_missions_same_count_confirms_the_ministers() -> None:
    # the alliance's troops read as a military party by their words; their peacekeeping keeps them apart
    got = _all_statuses(_ENCLAVE.replace("FORCE", "Alliance's DRAFOR peacekeeping troops"))
    assert got == ["confirmed", "confirmed"]


def test_a_sides_brigade_confirms_nothing() -> None:
    got = _all_statuses(_ENCLAVE.replace("FORCE", "army's Dravo border brigade"))
    assert "confirmed" not in got


# -- rule 2: the sides' claims in an "as" clause after the figure's report do not hedge it -------------

_DUEL = (
    "Border duel kills villagers\n\n"
    "Artillery exchanges across the Tarsa river overnight killed at least five villagers on both banks, "
    "doctors said, as each army claimed to have destroyed the other's gun positions."
)


def test_an_as_clause_of_the_sides_claims_does_not_hedge_the_figure() -> None:
    assert _statuses(_DUEL)["killed:at least five"] == "reported"


def test_a_claim_hedging_the_figure_itself_still_hedges_it() -> None:
    art = _DUEL.replace(
        "doctors said, as each army claimed to have destroyed the other's gun positions", "each army claimed"
    )
    assert _statuses(art)["killed:at least five"] == "unverified"
