"""Session 11 status rule (g1b), on invented articles (none copied from an evaluation set): rival
counts of one event by sources on opposite sides of the violence contradict each other however far
apart they are (attrib_README status rule 1); one side's bodies giving counts of different scopes,
a background toll and two places of one roundup stay apart. Negatives included."""

from __future__ import annotations

from summarizer.testing import statuses as _statuses


def test_a_group_run_ministry_against_a_foreign_military() -> None:
    text = (
        "Foreign air strikes on a grain store near the port of Velo on Sunday killed at least 41 people, "
        "the Corvan-run health ministry said.\n\n"
        "The Corvan rebels have controlled the port since 2019.\n\n"
        "France's military command said its assessment found 12 people were killed, all of them Corvan fighters.\n\n"
        "The Corvan-run health ministry says more than 300 people have been killed in such strikes since then."
    )
    got = _statuses(text)
    assert got["killed:at least 41"] == "disputed"
    assert got["killed:12"] == "disputed"
    # negative: a running count over the campaign ("since then") is no rival count of the strike
    assert got["killed:more than 300"] != "disputed"


def test_an_armed_group_claim_against_the_army_count() -> None:
    text = (
        "Jihadist fighters attacked a military post near the village of Tandi on Thursday.\n\n"
        "An al-Qaeda-linked jihadist group said in a statement that its fighters had killed 60 soldiers.\n\n"
        "In a communique, the army's general staff said 9 soldiers had been killed in the attack on Tandi."
    )
    got = _statuses(text)
    assert got["killed:60"] == "disputed"
    assert got["killed:9"] == "disputed"


def test_two_armed_groups_on_opposite_sides() -> None:
    text = (
        "A suicide bomber struck worshippers outside a mosque in the city of Darvan on Friday, killing seven "
        "people, a Sardar Movement spokesman said.\n\n"
        "In a statement carried by its news agency, the Khorvan Islamic Army, an armed group, said one of its "
        "fighters had killed 40 people."
    )
    got = _statuses(text)
    assert got["killed:seven"] == "disputed"
    assert got["killed:40"] == "disputed"


def test_the_enemys_count_of_fighters_against_a_sides_own_losses() -> None:
    text = (
        "Soldiers clashed with separatists near the town of Miren on Saturday.\n\n"
        "The army said it had killed 17 separatist fighters in the operation.\n\n"
        "The Miren Defence Front said only two of its fighters were killed."
    )
    got = _statuses(text)
    assert got["killed:17"] == "disputed"
    assert got["killed:two"] == "disputed"


def test_one_government_counts_of_different_scopes_are_not_rivals() -> None:
    text = (
        "Shelling hit the city of Arlen on Monday, killing 30 people across the city, the interior ministry said.\n\n"
        "The army said four soldiers were among the dead at a checkpoint on the city's edge."
    )
    got = _statuses(text)
    # negative: one state's ministry and its army, one counting a part (four soldiers) of the city's toll
    assert got["killed:30"] != "disputed"
    assert got["killed:four"] != "disputed"


def test_a_un_background_toll_is_no_rival_count() -> None:
    text = (
        "Rebels attacked a village near the town of Orsk on Tuesday, killing 11 civilians, the army said.\n\n"
        "The fighting in the region has killed more than 5,000 people since 2021, according to the United Nations."
    )
    got = _statuses(text)
    assert got["killed:11"] != "disputed"
    assert got["killed:more than 5,000"] != "disputed"


def test_two_cities_of_one_roundup_are_not_rivals() -> None:
    text = (
        "Drone strikes overnight killed 12 people in the city of Belna, regional officials said.\n\n"
        "In the city of Korsk, three people were killed, the governor said."
    )
    got = _statuses(text)
    assert got["killed:12"] != "disputed"
    assert got["killed:three"] != "disputed"
