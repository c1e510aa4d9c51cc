"""Session 13 status rule 1 (st1): disputes the rules missed. Rival counts of one event by the two
sides, each naming the dead in its own words ("60 'infidel soldiers'" and "four soldiers"); a
villager's count of the bodies carried against an official toll; a side's denial that reaches the
lead's count ("no civilians were killed", "the government's figure ... a fabrication"); a side's own
losses ("his unit had lost six men", 'lost two "martyrs"') against the enemy's count; a denial
beside a side's count of enemy dead; "none of its fighters had been taken captive"; "gave a starkly
different account"; the parts of a disputed toll. Invented articles (none copied from an
evaluation set); negatives included (a period's total, an intake under a toll, another event)."""

from __future__ import annotations

from summarizer.evidence.figures import announced_differences, denied_captures, party_denials, source_disputes
from summarizer.testing import statuses as _statuses

# --- rival counts of the same dead, one side's word of contempt -------------------------------------

_BASE = (
    "Rebels storm army base in Chad's east\n\n"
    "ABECHE - Fighters of the Velo Liberation Front stormed an army base near Karo early on Saturday.\n\n"
    'In a statement, the Velo Liberation Front said its fighters had killed 60 "infidel soldiers" at the base.\n\n'
    "Chad's Ministry of Defence said the assault had been repelled. Four soldiers were killed, "
    "Defence Minister Abel Tama told state radio.\n\n"
    "Abdel Moussa, an elder in Karo, said villagers had helped take the bodies of 15 soldiers to the town hall."
)


def test_sides_counts_of_soldiers_with_a_word_of_contempt_are_rivals() -> None:
    got = _statuses(_BASE)
    assert got["killed:60"] == "disputed"
    assert got["killed:Four"] == "disputed"


def test_villagers_count_of_bodies_carried_disputes_the_official_toll() -> None:
    got = _statuses(_BASE)
    assert got["killed:15"] == "disputed"


def test_the_ministry_of_a_named_country_is_no_other_scene() -> None:
    # the ministry's paragraph names "Chad" only as the ministry's owner: still the base's event
    got = _statuses(_BASE.replace("Chad's east", "the east"))
    assert got["killed:Four"] == "disputed"


def test_a_count_over_the_past_week_is_no_rival_of_one_raid() -> None:
    got = _statuses(
        "Rebels storm army base\n\n"
        "KARO - Fighters of the Velo Liberation Front stormed an army base near Karo on Sunday, killing "
        "three soldiers, the army said.\n\n"
        'The Velo Liberation Front said its fighters had killed 40 "infidel soldiers" across the province '
        "over the past week."
    )
    assert got["killed:three"] == "reported"
    assert got["killed:40"] == "reported"


# --- a denial that reaches the lead's count ------------------------------------------------------

_ACCUSED = (
    "Government accuses rebels of executions\n\n"
    "LORA - The government on Friday accused Velo rebels of killing 30 civilians near two hamlets "
    "of Lora district.\n\n"
    "Interior Minister Paul Essa said the rebels had gathered men in Mako and Tiri on Tuesday.\n\n"
    "In a statement issued by its spokesman, John Dama, the Velo Liberation Front said its fighters had "
    "repelled an attack on Tiri on Tuesday. DENIAL"
)


def test_a_sides_denial_reaches_the_charge_made_on_another_day() -> None:
    got = _statuses(_ACCUSED.replace("DENIAL", "It said no civilians were killed."))
    assert got["killed:30"] == "disputed"


def test_without_the_denial_the_charge_stays_reported() -> None:
    got = _statuses(_ACCUSED.replace("DENIAL", "It said the fighting had ended."))
    assert got["killed:30"] == "reported"


def test_the_pronoun_of_a_statement_with_an_opening_phrase_is_its_side() -> None:
    text = _ACCUSED.replace("DENIAL", "It said no civilians were killed.")
    got = party_denials(text)
    assert [who for _, who, _ in got] == ["the Velo Liberation Front"]


# --- a side's own losses against the enemy's count ----------------------------------------------


def test_his_unit_had_lost_is_a_sides_own_losses() -> None:
    got = _statuses(
        "Clash at Bura\n\n"
        "BURA - The Velo Liberation Front said its fighters had killed 25 Kora militiamen at Bura on Monday.\n\n"
        "A commander of the Kora militia acknowledged that his unit had lost six men at Bura."
    )
    assert got["killed:six"] == "disputed"
    assert got["killed:25"] == "disputed"


def test_martyrs_a_side_lost_against_the_armys_count_of_its_dead() -> None:
    got = _statuses(
        "Clash in the hills\n\n"
        "MARO - Soldiers clashed with about 30 gunmen of the Tala Brotherhood group near Maro on Sunday, "
        "the army said.\n\n"
        "The army later said the bodies of eight militants had been recovered from the battle site.\n\n"
        'A Tala Brotherhood spokesman claimed its fighters had lost two "martyrs".'
    )
    assert got["killed:eight"] == "disputed"
    assert got["killed:two"] == "disputed"


# --- a side's denial beside its count of enemy dead; "said separately" ------------------------------

_DRONE = (
    "Shells hit bus depot near Sela\n\n"
    "SELA - Shelling of a bus depot in Sela killed nine civilians early on Tuesday, according to a rights monitor.\n\n"
    "The Sela Red Crescent said separately its volunteers had carried nine bodies to the morgue.\n\n"
    'The army said in a statement that its forces had "neutralised" 14 "terrorists" in the region over the '
    'past week and that "no civilians were harmed" during the raids.'
)


def test_a_denial_beside_a_count_of_enemy_dead_disputes_the_civilian_toll() -> None:
    got = _statuses(_DRONE)
    assert got["killed:nine"] == "disputed"


def test_a_denial_beside_a_count_of_civilians_is_no_denial() -> None:
    text = _DRONE.replace('"neutralised" 14 "terrorists"', "wounded 3 civilians by mistake")
    assert party_denials(text) == []


# --- captures denied ------------------------------------------------------------------------------


def test_none_of_its_men_taken_prisoner_denies_the_capture() -> None:
    text = "A militia commander told reporters that none of its fighters had been taken captive."
    assert denied_captures(text) == [text]


def test_a_plain_statement_of_prisoners_held_is_no_denial() -> None:
    assert denied_captures("The militia said its men had taken two soldiers prisoner.") == []


# --- an announced rival account; an owner's civilian toll -------------------------------------------


def test_a_very_different_account_is_announced() -> None:
    text = "A strike hit the market.\n\nThe army gave a starkly different account. It said 70 fighters died."
    assert [d for _, _, d in announced_differences(text)] == ["different"]


def test_a_different_account_of_how_it_began_is_no_count() -> None:
    text = "The army gave a different account of how the fighting began. It said it was attacked first."
    assert announced_differences(text) == []


def test_a_civilian_toll_named_by_its_owner_is_contested() -> None:
    got = source_disputes('He dismissed the Front\'s civilian toll as "mere propaganda".')
    assert [owner for _, owner in got] == ["Front"]


# --- the parts of a disputed toll ---------------------------------------


def test_the_part_of_a_disputed_toll_is_disputed() -> None:
    got = _statuses(
        "Strike on Dalo market\n\n"
        "DALO - An air strike on the bus station in Dalo killed 38 civilians early on Tuesday, 11 of them children, "
        "the Velo Liberation Front said.\n\n"
        "The army gave a starkly different account. General Amos Kiri said the air force had struck a rebel "
        'camp and killed over 70 terrorists. He dismissed the Front\'s civilian toll as "mere propaganda".'
    )
    assert got["killed:38"] == "disputed"
    assert got["killed:11"] == "disputed"


def test_the_part_of_an_undisputed_toll_stays_reported() -> None:
    got = _statuses(
        "Strike on Dalo market\n\n"
        "DALO - An air strike on the bus station in Dalo killed 38 civilians early on Tuesday, 11 of them children, "
        "the Velo Liberation Front said."
    )
    assert got["killed:11"] == "reported"


# --- a rejection heading its paragraph; about n against at least m ----------------------------------

_REJECTED = (
    "Air strike near Wau\n\n"
    'WAU - The army said an air strike near Kalo on Tuesday had killed "scores of rebel criminals".\n\n'
    "Residents rejected the army's account. Peter Deng, a youth leader, said the shells hit houses "
    "and killed 23 people."
)


def test_figures_after_a_rejection_in_its_paragraph_are_the_rival_account() -> None:
    got = _statuses(_REJECTED)
    assert got["killed:23"] == "disputed"


def test_a_figure_of_the_next_paragraph_is_not_the_rejections() -> None:
    got = _statuses(_REJECTED.replace("Peter Deng,", "Peter Deng said roads were closed.\n\nPeter Deng,"))
    assert got["killed:23"] == "reported"


def test_a_named_victim_among_the_dead_is_no_part_of_a_breakdown() -> None:
    text = (
        "Raid on Mabo village\n\n"
        "BENI - Rebels killed no fewer than 52 people in a night attack on Mabo village, local civil "
        "society leaders said.\n\n"
        "Jean Kasi, who leads the local civic group, said the dead included the village imam, "
        "Reverend Paul Mumbere.\n\n"
        "Capt Luc Ngoy, an army spokesman, said about 45 civilians were killed."
    )
    got = _statuses(text)
    assert got["killed:no fewer than 52"] == "disputed"
    assert got["killed:about 45"] == "disputed"


def test_a_count_of_another_place_after_the_rejection_is_not_its_account() -> None:
    got = _statuses(
        "Air strike near Wau\n\n"
        'WAU - The army said an air strike near Kalo on Tuesday had killed "scores of rebel criminals".\n\n'
        "Residents rejected the army's account. The rebels said they had killed 12 soldiers in fighting "
        "near the town of Mora the same day."
    )
    assert got["killed:12"] == "reported"
