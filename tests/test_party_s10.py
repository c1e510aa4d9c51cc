"""A source's party to the conflict (F4, session 10; rules in summarizer/evidence/__init__ "Party to
the conflict, session 10").

``sources[].party_to_conflict`` (attrib_README: the source is, belongs to or speaks for a side in the
violence reported): an unnamed source by a side's security role is the side's; a state's ombudsman is
the state's office unless the text calls it independent; an outlet the text names as a side's own or
official one, or "<side>-controlled", is the side's; a source named as a listed armed side is one; an
official or outlet of a state that does not fight is none; neither is a state's source on fighting
between rival clans, gangs or cartels in which its forces do not fight. Invented sentences only.
"""

from __future__ import annotations

from helpers import code_only_sources as _sources
from helpers import source_party as _party

# --- an unnamed source by a side's security role -------------------------------------------------

SECURITY = (
    "Fighters of the Velo Front stormed a hotel in Port Amar on Monday and killed 14 people, "
    "a security officer told reporters. Twenty guests were wounded, according to security sources."
)


def test_unnamed_security_source_is_its_sides() -> None:
    assert _party(SECURITY, "A security officer") is True
    assert _party(SECURITY, "security sources") is True


def test_civil_defence_rescuer_is_no_security_role() -> None:
    text = (
        "An air strike hit a house in the village of Tarim on Sunday and killed six people, "
        "a civil defence rescuer said."
    )
    src = _sources(text)
    rescuer = next((v for k, v in src.items() if "rescuer" in k.lower()), None)
    assert rescuer is None or rescuer.kind != "anonymous" or rescuer.party_to_conflict is False


# --- a state's ombudsman -------------------------------------------------------------------------

OMBUDSMAN = (
    "Rebels of the Eastern Front killed 11 soldiers near Tarvos on Friday, the army said. "
    "More than 2,000 people fled their homes, the country's human rights ombudsman said."
)


def test_ombudsman_is_the_states_office() -> None:
    assert _party(OMBUDSMAN, "ombudsman") is True


def test_ombudsman_called_independent_is_no_side() -> None:
    text = (
        "Rebels of the Eastern Front killed 11 soldiers near Tarvos on Friday, the army said. "
        "The Ombudsman's Office, the country's independent rights watchdog, said more than 2,000 "
        "people had fled."
    )
    assert _party(text, "Ombudsman") is False


# --- a side's own outlet -------------------------------------------------------------------------


def test_outlet_named_a_sides_official_agency_is_the_sides() -> None:
    text = (
        "The Velo Front said a drone strike killed four herders near Amar on Tuesday. "
        "The Velo Press Service (VPS), the Front's official news agency, said two more were wounded."
    )
    assert _party(text, "Velo Press Service") is True


def test_outlet_named_controlled_by_a_side_is_the_sides() -> None:
    text = (
        "The junta-controlled Daily Herald newspaper reported that troops killed 12 fighters "
        "in Tarvos district on Friday."
    )
    assert _party(text, "Daily Herald") is True


def test_countrys_national_agency_alone_is_no_tie() -> None:
    # "Norland's national news agency" says whose country, not that a side runs it
    text = "Gunmen killed five villagers in Amar on Monday, according to the Norland Wire, an independent news agency."
    assert _party(text, "Norland Wire") is False


# --- a source named as a listed armed side ------------------------------------------------------


def test_source_named_as_the_armed_side_is_a_party() -> None:
    text = (
        "Security forces killed nine rebels of the Communist Party of Norland (Maoist) in a gunfight "
        "in Tarvos on Monday, police said. In a statement, the banned Communist Party of Norland (Maoist) "
        "said four of its members had died."
    )
    assert _party(text, "Communist Party of Norland") is True


def test_residents_stay_no_party() -> None:
    text = "Gunmen killed seven villagers in Amar on Sunday, residents said."
    assert _party(text, "residents") is False


# --- an official or outlet of a state that does not fight ---------------------------------------

BORDER = (
    "Nine people died when Armenian and Azerbaijani forces exchanged fire on Tuesday, officials on "
    "both sides said. Armenia's health ministry said five Armenian villagers had died. China's "
    "Xinhua news agency said a ceasefire was holding by nightfall."
)


def test_outlet_of_a_state_not_fighting_is_no_party() -> None:
    assert _party(BORDER, "Xinhua") is False


def test_ministry_of_a_fighting_state_stays_a_party() -> None:
    assert _party(BORDER, "Armenia's health ministry") is True


def test_state_whose_forces_the_text_names_stays_a_party() -> None:
    text = (
        "Russian drones struck a residential block in Kharkiv on Monday, killing five people, "
        "Ukraine's State Emergency Service said. Russia's TASS news agency said the strikes hit "
        "military targets."
    )
    assert _party(text, "TASS") is True


def test_unnamed_army_leaves_every_state_a_possible_side() -> None:
    # "the army" is named by no country: whose it is the text leaves to the place; no call is undone
    text = (
        "The army shelled the town of Amar on Monday, killing nine people, Norland's state news agency "
        "NNA said. A Westmark foreign ministry official said the shelling had to stop."
    )
    srcs = _sources(text)
    nna = next(v for k, v in srcs.items() if "NNA" in k)
    assert nna.party_to_conflict is True


# --- fighting between rival clans, gangs or cartels ---------------------------------------------

CLANS = (
    "Fighters from the rival Aku and Bena clans clashed near the village of Tomu on Sunday, and "
    "police recovered 22 bodies, Acting provincial police commander John Maru said. "
    "A provincial official said four men were arrested."
)


def test_states_officials_on_a_clan_feud_are_no_party() -> None:
    assert _party(CLANS, "John Maru") is False
    assert _party(CLANS, "provincial official") is False


def test_states_officials_stay_a_party_when_its_forces_fight() -> None:
    text = (
        "Fighting between rival gangs in the Tomu prison killed 17 inmates on Monday before police and "
        "soldiers regained control, the prison authority said."
    )
    assert _party(text, "prison authority") is True


def test_states_officials_on_a_one_sided_raid_stay_a_party() -> None:
    text = (
        "Gunmen abducted 40 people in a raid on the village of Tomu on Saturday, the state police "
        "command said in a statement."
    )
    assert _party(text, "police command") is True


# --- review of session 10 (F4b): narrower calls, invented sentences ------------------------------


def test_host_state_official_stays_a_party_when_a_foreign_force_is_only_named() -> None:
    # the host's soldiers are the victims; foreign instructors who were not there fight in nothing here
    text = (
        "Jihadists killed 20 soldiers in central Mali on Sunday, a Malian security official said. "
        "Russian instructors were not at the base, he said."
    )
    assert _party(text, "Malian security official") is True


def test_host_state_official_stays_a_party_when_a_neighbours_troops_were_attacked() -> None:
    text = (
        "Gunmen of the Eastern Liberation Front killed 30 villagers in Borno state on Sunday, a Nigerian "
        "government official said. The group has also attacked Cameroonian troops across the border."
    )
    assert _party(text, "Nigerian government official") is True


def test_foreign_state_strike_on_exiles_leaves_the_host_official_no_party() -> None:
    # the negative the narrowing keeps: a foreign state's drones strike exiles on the host's soil
    text = (
        "Chadian drones struck camps of exiled Chadian rebels near the town of Amar in Niger on Monday, "
        "killing nine people, a Nigerien security official said. Chad's state agency said the camps "
        "were rebel bases."
    )
    assert _party(text, "Nigerien security official") is False


def test_state_forces_as_victims_make_the_state_a_side_despite_gang_background() -> None:
    text = (
        "Insurgents ambushed a police convoy in Kado province on Monday, killing nine officers, the Interior "
        "Ministry said. The province is also plagued by gang violence."
    )
    assert _party(text, "Interior Ministry") is True


def test_police_killed_by_cartel_gunmen_make_the_state_a_side() -> None:
    text = (
        "Cartel gunmen ambushed a police patrol on Saturday, killing eight officers, the state security "
        "ministry said, in a region fought over by rival cartels."
    )
    assert _party(text, "state security ministry") is True


def test_gang_killing_of_civilians_leaves_state_police_no_party() -> None:
    # negative: the state's forces neither fight nor are targeted
    text = (
        "Gunmen killed 14 people in a bar in the port city on Saturday, state police said. Police blamed "
        "rival gangs fighting for control of drug routes."
    )
    assert _party(text, "state police") is False


def test_privately_owned_outlet_is_no_sides() -> None:
    text = (
        "Rebels of the Eastern Front killed 11 soldiers near Tarvos on Friday, the privately-owned Daily "
        "Courier reported."
    )
    assert _party(text, "Daily Courier") is False


def test_outlet_owned_by_a_state_that_does_not_fight_is_no_sides() -> None:
    text = (
        "Rebels of the Eastern Front killed 11 soldiers near Tarvos on Friday, the Qatar-owned Gulf Channel reported."
    )
    assert _party(text, "Gulf Channel") is False


def test_outlet_run_by_a_listed_side_stays_the_sides() -> None:
    text = (
        "Fighters of the Velo Front shelled the town of Amar on Monday, killing six soldiers, the "
        "Velo-run Amar Radio reported."
    )
    assert _party(text, "Amar Radio") is True


def test_foreign_intelligence_sources_are_no_side() -> None:
    text = (
        "An air strike killed 20 fighters of the Eastern Liberation Front near Tarvos, Western "
        "intelligence sources said."
    )
    assert _party(text, "Western intelligence sources") is False


def test_plain_intelligence_sources_stay_the_sides() -> None:
    text = "An air strike killed 20 fighters of the Eastern Liberation Front near Tarvos, intelligence sources said."
    assert _party(text, "intelligence sources") is True


def test_non_state_fight_pattern_is_linear_on_a_long_sentence() -> None:
    import time

    from summarizer.assemble import _NON_STATE_FIGHT

    text = "fought over " * 3400  # ~40k characters, no full stop, no group word
    t0 = time.perf_counter()
    assert _NON_STATE_FIGHT.search(text) is None
    assert time.perf_counter() - t0 < 1.0


def test_anonymous_host_security_official_stays_a_party() -> None:
    text = (
        "Jihadists killed 20 soldiers in central Mali on Sunday, a Malian security official said, speaking "
        "on condition of anonymity. Russian instructors were not at the base, he said."
    )
    assert _party(text, "Malian security official") is True


def test_third_states_television_stays_no_party_when_two_others_fight() -> None:
    text = (
        "Paramilitary fighters shelled a market in Amar on Sunday, killing 25 people, Saudi state television "
        "reported. Sudanese army jets later struck the fighters' positions."
    )
    assert _party(text, "Saudi state television") is False
