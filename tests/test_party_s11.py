"""A source's party to the conflict, session 11 (rules in summarizer/evidence/__init__ "Party to the
conflict, session 11").

attrib_README ``party_to_conflict``: true when the source is, belongs to or speaks for a side in the
violence reported ("government bodies of a belligerent state"). What the text writes of a source
makes it a side's: the side's own proper name, a description as an armed group, a member's role in
such a group or in a state body, a community's body where communities are the sides, a statement
claiming the deeds as its own, a name by the fighters' common noun, an outlet by a side's possessive.
A host state's local offices are no side when a foreign state strikes a non-state group on its soil.
Invented sentences only.
"""

from __future__ import annotations

from helpers import source_party as _party

from summarizer.assemble import build_summary
from summarizer.schema import Extraction

# --- what the text writes of the source -----------------------------------------------------------


def test_armed_side_by_its_own_one_word_name_is_a_party() -> None:
    text = (
        "Al-Wadi fighters stormed an army post near Tarvos on Friday, killing nine soldiers, a military "
        "officer said. In a statement, Al-Wadi said it had lost no men."
    )
    assert _party(text, "Al-Wadi") is True
    assert _party(text, "military officer") is True


def test_source_described_as_a_faction_is_a_party() -> None:
    text = (
        "Shelling killed six people in the village of Tarim on Monday, a local monitor said. Liwa al-Nasr, "
        "a foreign-backed Syrian faction, said in a video that it had taken two hills near the village."
    )
    assert _party(text, "Liwa al-Nasr") is True


def test_source_described_as_a_group_that_monitors_militias_is_none() -> None:
    text = (
        "Militias killed six people in the village of Tarim on Monday, according to Peace Watch, a group that "
        "monitors militias in the region."
    )
    assert _party(text, "Peace Watch") is False


def test_leader_of_a_militia_allied_to_the_army_is_a_party() -> None:
    text = (
        "Insurgents overran an army base near Damasak on Monday, killing 12 soldiers, an army officer said. "
        "Musa Garba, a leader of the Village Guard Force (VGF), a militia that fights alongside the army, "
        "told reporters that 15 soldiers had died."
    )
    assert _party(text, "Musa Garba") is True


def test_spokesman_of_a_charity_is_no_party() -> None:
    text = (
        "Insurgents overran an army base near Damasak on Monday, killing 12 soldiers, an army officer said. "
        "Hundreds of families fled, said Ada Obi, a spokeswoman for the Kivu Red Cross."
    )
    assert _party(text, "Ada Obi") is False


def test_official_of_a_state_agency_is_a_side_when_the_state_fights() -> None:
    text = (
        "Gunmen ambushed a police patrol near Tsafe on Sunday, killing six officers, police said. Hundreds "
        "of villagers have fled since the attack, said Amina Bello, a local official of the National Relief "
        "Agency (NRA)."
    )
    assert _party(text, "Amina Bello") is True


def test_official_of_a_state_agency_is_none_on_a_clan_feud() -> None:
    # UCDP non-state conflict: the state's bodies are no side in fighting between rival clans
    text = (
        "Rival clans fought over grazing land near Tsafe on Sunday, killing 14 people. Hundreds of villagers "
        "have fled, said Amina Bello, a local official of the National Relief Agency (NRA)."
    )
    assert _party(text, "Amina Bello") is False


def test_community_body_is_a_side_where_communities_are_the_sides() -> None:
    text = (
        "Armed men burned 20 houses in a Tamo village on Saturday, a police officer said. The Hill Peoples "
        "Forum, a Bena civil society body, said the two men killed were village volunteers. Since ethnic "
        "violence broke out between the Tamo and Bena communities last year, 200 people have died."
    )
    assert _party(text, "Hill Peoples Forum") is True


def test_community_body_is_none_without_communal_sides() -> None:
    text = (
        "Armed men burned 20 houses in a Tamo village on Saturday, a police officer said. The Hill Peoples "
        "Forum, a Bena civil society body, said the two men killed were farmers."
    )
    assert _party(text, "Hill Peoples Forum") is False


def test_source_claiming_the_strikes_as_its_own_is_a_party() -> None:
    text = (
        "Drone strikes on Tarvos killed nine people on Monday, a local monitor said, while Velgrad said its "
        "strikes had killed 27 militants."
    )
    assert _party(text, "Velgrad") is True


def test_source_telling_of_its_own_staff_is_no_party() -> None:
    text = (
        "Drone strikes on Tarvos killed nine people on Monday, a local monitor said. Mercy Clinic said its "
        "staff had treated 30 wounded."
    )
    assert _party(text, "Mercy Clinic") is False


def test_source_named_as_fighters_is_a_party() -> None:
    # the name's head noun says who it is (``assemble._FIGHTERS_NAME``); a noun that only mentions
    # fighters is none
    from summarizer.assemble import _FIGHTERS_NAME

    assert _FIGHTERS_NAME.match("Anglophone separatists in the North-West region")
    assert _FIGHTERS_NAME.match("rebels loyal to the former governor")
    assert not _FIGHTERS_NAME.match("experts on militants")
    assert not _FIGHTERS_NAME.match("a rebel-held town's council")
    assert not _FIGHTERS_NAME.match("relatives of the gunmen")


def test_outlet_by_a_sides_possessive_is_the_sides() -> None:
    text = (
        "Air strikes hit the port of Amar on Sunday, killing 11 people, the group's Al-Nour TV reported. "
        "The rebel movement has held the port since 2019."
    )
    assert _party(text, "Al-Nour TV") is True


# --- the host of a foreign state's strike on a non-state group ------------------------------------

HOST = (
    "Chadian drones struck camps of exiled Chadian rebels near the town of Amar in Niger's Tahoua region on "
    "Monday, killing nine people, the region's counter-terrorism service said. Dr. Issa Ali, the Tahoua "
    "region's health minister, said 14 wounded were in hospital. A civil defence rescuer at the scene said "
    "two people were missing. Chad's state agency, citing a provincial security official in Ennedi, said the "
    "camps were rebel bases."
)


def test_host_regions_offices_are_no_party() -> None:
    assert _party(HOST, "counter-terrorism service") is False
    assert _party(HOST, "Issa Ali") is False
    assert _party(HOST, "civil defence rescuer") is False


def test_striking_states_provincial_official_stays_a_party() -> None:
    assert _party(HOST, "provincial security official in Ennedi") is True


def test_regional_officials_of_a_state_at_war_stay_a_party() -> None:
    # negative: a war between states (no non-state side listed); talks "in Kenya" are no place of violence
    text = (
        "Eritrean missiles struck the Ethiopian town of Adigrat overnight, killing eight people, regional "
        "officials said. Envoys of both states are due to meet for talks in Kenya next week."
    )
    assert _party(text, "regional officials") is True


# --- a protest movement's leader, a side-run hospital, a foreign state's intelligence -------------


def test_protest_movement_leader_is_a_party() -> None:
    # attrib_README party_to_conflict: "a protest movement's leader"
    text = (
        "Police fired on protesters in Amar on Friday, killing 12 people, said Ana Ruiz, the leader of the "
        "opposition protest movement."
    )
    assert _party(text, "Ana Ruiz") is True


def test_nurse_treating_protesters_is_no_party() -> None:
    text = "Security forces killed 12 protesters in Amar on Friday, said Ana Ruiz, a nurse who treated the wounded."
    assert _party(text, "Ana Ruiz") is False


def test_hospital_run_by_a_sides_ministry_is_a_party() -> None:
    text = (
        "Air strikes on the port of Amar killed 30 people on Sunday, according to Amar General hospital, which "
        "is run by the Velo-run health ministry."
    )
    assert _party(text, "Amar General hospital") is True


def test_hospital_run_by_a_charity_or_untied_is_no_party() -> None:
    charity = (
        "Air strikes on the port of Amar killed 30 people on Sunday, according to Amar hospital, which is run by MSF."
    )
    untied = "Air strikes on the port of Amar killed 30 people on Sunday, according to Amar General hospital."
    assert _party(charity, "Amar hospital") is False
    assert _party(untied, "Amar General hospital") is False


def test_foreign_intelligence_on_a_strike_elsewhere_is_no_party() -> None:
    text = (
        "An air strike killed 20 fighters of the Eastern Liberation Front near Tarvos in Somalia on Monday, "
        "US intelligence sources said."
    )
    assert _party(text, "US intelligence sources") is False


def test_intelligence_of_the_scenes_state_stays_a_party() -> None:
    text = (
        "An air strike killed 20 fighters of the Eastern Liberation Front near Tarvos in Somalia on Monday, "
        "Somali intelligence sources said."
    )
    assert _party(text, "Somali intelligence sources") is True


def test_country_party_takes_no_acronym_of_a_group_named_after_it() -> None:
    # the parties list: "Iran" is no "KDPI" (a group named after a country is not its state)
    empty = Extraction(summary="", sources=[], parties=[], locations=[], figures=[], casualties=[])
    text = (
        "Chadian drones struck camps of the Free Party of Chad (FPC) near the town of Amar on Monday, "
        "killing nine people, a regional official said. Chad said the camps were bases of separatist groups."
    )
    s, _ = build_summary(empty, text, published=None)
    for p in s.parties:
        if p.name == "Chad":
            assert "FPC" not in p.aliases, p
