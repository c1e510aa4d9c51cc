"""Status rules from the blind set attrib_fresh11 (H2, session 9), on invented sentences (none
copied from the set): a doubt scoped to the sides ("Neither side's ... figures") or to one
source's claims ("the Front's claims") is no blanket; a side's "government soldiers" and the
other side's "its soldiers" are one class of victims; a figure of another event ("In a separate
attack") corroborates no figure; a denial naming other outcomes contests no displaced count;
"the post at X" names the site told before, not another event."""

from __future__ import annotations

from summarizer.testing import code_only, statuses


def test_neither_sides_figures_doubts_only_the_sides() -> None:
    text = (
        "Rebels of the Kelemi Front attacked the town of Dorsa on Monday. The army said it killed 14 rebels, "
        "and the Kelemi Front said it killed nine soldiers.\n\n"
        "The charity Hope Without Borders said it had treated 23 wounded people in Dorsa.\n\n"
        "Neither side's battlefield figures could be independently verified."
    )
    got = statuses(text)
    assert got["killed:14"] == "unverified"
    assert got["killed:nine"] == "unverified"
    assert got["injured:23"] == "reported"  # the charity is no side


def test_one_sources_claims_doubted_are_no_blanket() -> None:
    text = (
        "The Tamar Liberation Front said its fighters killed 30 policemen in an ambush near Ostrel on Tuesday.\n\n"
        "The U.N. refugee agency said about 2,000 people had fled Ostrel since Tuesday.\n\n"
        "TLF's claims could not be independently verified."
    )
    got = statuses(text)
    assert got["killed:30"] == "unverified"
    assert got["displaced:about 2,000"] == "reported"


def test_a_plain_blanket_still_doubts_every_report() -> None:
    text = (
        "Police said 11 people were killed in the blast in Varno on Friday. The Red Crescent said about "
        "600 people had fled.\n\n"
        "The reports could not be independently verified."
    )
    got = statuses(text)
    assert got["killed:11"] == "unverified"
    assert got["displaced:about 600"] == "unverified"


def test_government_soldiers_and_its_soldiers_are_rival_counts() -> None:
    text = (
        "Fighting broke out around the village of Marsi on Sunday.\n\n"
        "The army said four of its soldiers died in the fighting.\n\n"
        "The rebel Sarat Movement said in a statement that its fighters had killed 27 government soldiers."
    )
    got = statuses(text)
    assert got["killed:four"] == "disputed"
    assert got["killed:27"] == "disputed"


def test_a_separate_attack_corroborates_nothing() -> None:
    text = (
        "A bomb exploded at a market in the town of Lurin on Thursday, killing six people, police said.\n\n"
        "Conflict Watch, an independent monitoring group, said its own records showed six dead in the blast.\n\n"
        "In a separate attack on Thursday night, gunmen ambushed an army patrol, killing six soldiers, the army "
        "said. The army confirmed the deaths of its six soldiers."
    )
    got = statuses(text)
    assert got["killed:six"] == "reported"  # the army's own six: no monitor's count of the market dead confirms it
    got_all = [c.status for c in code_only(text).casualties if c.who and "soldiers" in c.who]
    assert got_all and "confirmed" not in got_all


def test_the_same_event_told_twice_is_still_corroborated() -> None:
    text = (
        "A car bomb exploded outside a bank in the town of Lurin on Thursday, killing six people, police said.\n\n"
        "The independent monitoring group Conflict Watch Lurin said its own records showed six people killed "
        "in the bombing."
    )
    got = statuses(text)
    assert "confirmed" in got.values()


def test_a_denial_of_killing_contests_no_displaced_count() -> None:
    text = (
        "The provincial governor's office said 19 people were killed and about 900 people had fled their homes "
        "after the clash in Hereb.\n\n"
        "Leaders of the Omari clan denied that their men had killed any women."
    )
    got = statuses(text)
    assert got["displaced:about 900"] != "disputed"


def test_a_denial_of_deaths_still_contests_the_wounded() -> None:
    text = (
        "A paramedic said 12 people were wounded when the clinic in Fasra was bombed. "
        "The air force called reports of civilian deaths in Fasra lies."
    )
    got = statuses(text)
    assert got["injured:12"] == "disputed"


def test_the_post_at_a_named_place_is_the_event_told() -> None:
    text = (
        "Militants attacked an army post in the northern Sarin region on Wednesday.\n\n"
        "Army spokesman Col. Adil Reza said nine soldiers were killed when the militants stormed the post at "
        "Kobbo near the border with Mali.\n\n"
        "Two local officials said at least 16 soldiers had died in the attack."
    )
    got = statuses(text)
    assert got["killed:nine"] == "disputed"
    assert got["killed:at least 16"] == "disputed"


def test_a_new_village_in_its_own_paragraph_stays_another_event() -> None:
    text = (
        "Militants attacked an army depot in the northern Sarin region on Wednesday, killing nine soldiers, "
        "the government said.\n\n"
        "Gunmen also raided the village of Tumbe on the same day, killing 30 villagers, a local chief said."
    )
    got = statuses(text)
    assert "disputed" not in got.values()
