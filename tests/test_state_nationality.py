"""A state named by its nationality word on a deed is the perpetrator (ACLED/UCDP: "an Israeli
airstrike" codes the state's forces as the actor); a nationality word on victims, places, a
weapon's maker or a reporting source is not; a country as the subject of a violent verb is a
party. All sentences are invented for these tests."""

from __future__ import annotations

from summarizer.evidence.agents import find_agents, find_states_at_war, national_deeds
from summarizer.schema import Summary
from summarizer.testing import code_only


def _run(text: str) -> Summary:
    return code_only(text, published=None)


def _parties(s: Summary) -> dict[str, str]:
    return {p.name: p.kind for p in s.parties}


def _perps(s: Summary) -> list[str | None]:
    return [c.perpetrator for c in s.casualties]


def test_nationality_deeds_name_the_state() -> None:
    cases = {
        "An Estonian airstrike destroyed a depot near Narva-Joesuu, officials said.": "Estonian",
        "Greek shelling hit the harbour of Kalamaki on Sunday.": "Greek",
        "Two farmers died in a Chilean army raid on a ranch near Arica, police said.": "Chilean army",
        "Nepalese army artillery pounded the ridge before dawn.": "Nepalese army",
        "U.S. strikes hit a training camp in the Galgala hills overnight.": "U.S.",
        "Three herders were killed by Bolivian fire near the border post.": "Bolivian",
        "Danish drones struck a convoy at dusk, the ministry said.": "Danish",
    }
    for text, name in cases.items():
        assert [g.name for g in national_deeds(text)] == [name], text


def test_nationality_on_victims_makers_places_and_sources_names_no_state() -> None:
    for text in (
        "A Moldovan soldier was killed in a landslide near Orhei on Monday.",
        "Two Latvian journalists were wounded when their car hit a mine.",
        "Rebels fired Belgian-made mortars at the market, killing six traders.",
        "A U.S.-made missile struck a warehouse in the port, the governor said.",
        "Uruguayan state media said nine guards were killed in the ambush.",
        "Ukraine's air force said it had shot down 20 Romanian drones overnight.",
        "Rockets fired by Palestinian militants wounded three people, medics said.",
        "The Irish Fire Service said nobody was hurt.",
        "Finnish strikes disrupted trains and ferries on Monday as unions walked out.",
    ):
        assert national_deeds(text) == [], text


def test_airstrike_by_nationality_gives_party_and_perpetrator() -> None:
    s = _run("An Estonian airstrike killed five people in a house in Valga on Tuesday, the health ministry said.")
    assert _parties(s) == {"Estonian": "state_forces"}
    assert _perps(s) == ["Estonian"]


def test_the_state_forces_written_name_leads_and_the_country_is_linked() -> None:
    s = _run(
        "An Estonian airstrike killed five people in Valga on Tuesday, medics said. "
        "Estonian forces said they had targeted a weapons depot."
    )
    assert _parties(s) == {"Estonian forces": "state_forces"}
    assert _perps(s) == ["Estonian forces"]
    s = _run(
        "A Greek drone strike killed four guards near Kalamaki, officials said. "
        "Greece said it had struck a command post. The Greek military said the strike was precise."
    )
    party = next(p for p in s.parties if p.name == "Greece")
    assert party.kind == "state_forces"
    assert "Greek military" in party.aliases
    assert _perps(s)[0] == "Greece"


def test_hardware_subject_and_army_weapon_give_the_state() -> None:
    s = _run("Danish drones killed four fighters near Tarnby, a monitor said.")
    assert _parties(s) == {"Danish": "state_forces"}
    assert _perps(s) == ["Danish"]
    s = _run("Nepalese army artillery killed 12 people in a market in Birgunj, activists said.")
    assert _parties(s) == {"Nepalese army": "state_forces"}
    assert _perps(s) == ["Nepalese army"]


def test_victims_and_sources_are_no_party() -> None:
    s = _run(
        "Two Latvian journalists were killed by Bolivian artillery fire near Cobija, Latvian state media reported."
    )
    assert _parties(s) == {"Bolivian": "state_forces"}
    assert _perps(s) == ["Bolivian"]
    s = _run("A Moldovan soldier was killed in southern Orhei on Monday, the military said.")
    assert s.parties == []


def test_country_subject_of_a_violent_verb_is_the_perpetrator() -> None:
    s = _run("Portugal struck a school in Vilaro on Thursday, killing 22 people, rescuers said.")
    assert _parties(s) == {"Portugal": "government"}
    assert _perps(s) == ["Portugal"]
    s = _run("Norway launched 40 drones at Kestrel overnight, killing two people, the mayor said.")
    assert _parties(s) == {"Norway": "government"}
    assert _perps(s) == ["Norway"]
    assert [g.name for g in find_agents("Norway launched 40 drones at Kestrel overnight.")] == ["Norway"]
    # where, not who
    assert find_states_at_war("Drones hit a depot in northern Norway, killing two.") == []


def test_a_deed_the_figure_led_to_is_not_its_perpetrator() -> None:
    s = _run(
        "More than 20 guards were killed in rebel attacks near Kalamaki on Friday, prompting Greek airstrikes, "
        "a monitor said."
    )
    assert not any(p and "Greek" in p for p in _perps(s))
