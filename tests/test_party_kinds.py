"""Party kinds, party-to-the-conflict and nationality words on invented sentences
(conventions: summarizer/evidence/__init__.py, "Parties")."""

from __future__ import annotations

from summarizer.evidence.agents import agent_kind, described_armed_groups, described_kind, find_states_at_war
from summarizer.evidence.names import country_of_demonym
from summarizer.evidence.places import actor_mention


def test_described_after_a_name_with_its_acronym() -> None:
    text = "Fighting between the Southern Peoples Army (SPA), a guerrilla group, and the police left 12 dead."
    assert {"southern peoples army", "spa"} <= described_armed_groups(text)
    assert agent_kind("SPA", text) == "armed_group"
    assert agent_kind("Southern Peoples Army", text) == "armed_group"
    assert agent_kind("Southern Peoples Army") == "state_forces"  # its words alone say army


def test_described_anywhere_in_the_text() -> None:
    text = (
        "The Kaveri Army said its fighters killed 9 soldiers.\n\n"
        "The Kaveri Army, an ethnic armed group that controls the hills, has fought the state since 2019."
    )
    assert described_kind(text, "Kaveri Army") == "armed_group"
    assert described_kind(text, "a Kaveri Army spokesman") == "armed_group"


def test_described_forms() -> None:
    assert "blue hand" in described_armed_groups("The Blue Hand, a militia active in the delta, denied it.")
    assert "north wind" in described_armed_groups("Clashes with the rebel North Wind went on for days.")
    assert "lmz" in described_armed_groups("the jihadist group LMZ claimed the attack")
    assert "ferro front" in described_armed_groups("the Ferro Front guerrilla group denied it")


def test_not_described() -> None:
    # a person's role in a group, a place's rebels, a nationality: no group named
    assert not described_armed_groups("Mara Lind, the militia leader, said 4 were killed.")
    assert not described_armed_groups("Tomas Vey, a rebel group spokesman, said so.")
    assert not described_armed_groups("West Ridge rebels attacked the town.")
    assert not described_armed_groups("Syrian rebels shelled the road.")
    assert described_kind("The police said 3 died.", "the police") is None


def test_country_of_demonym_table() -> None:
    for adj, country in [
        ("Turkish", "Turkey"),
        ("Spanish", "Spain"),
        ("Dutch", "Netherlands"),
        ("Swiss", "Switzerland"),
        ("French", "France"),
        ("Israeli", "Israel"),
        ("Lebanese", "Lebanon"),
        ("Sudanese", "Sudan"),
        ("South Sudanese", "South Sudan"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
    ]:
        assert country_of_demonym(adj) == country
    assert country_of_demonym("Tuesday") is None


def test_actor_mention_relative_clause() -> None:
    text = "Turkey, which considers the group a terrorist organisation, did not comment."
    assert actor_mention(text, 0, len("Turkey"))
    loc = "He lives in Turkey, which considers it safe."
    s = loc.index("Turkey")
    assert not actor_mention(loc, s, s + len("Turkey"))


def test_weapon_of_a_nationality_makes_the_country_a_side() -> None:
    text = (
        "A Turkish drone strike killed four fighters near the border on Monday. "
        "Turkey, which considers the group terrorists, did not comment."
    )
    assert [g.name for g in find_states_at_war(text)] == ["Turkey"]
    dutch = "Dutch jets struck a depot overnight. The Netherlands has 6 jets in the coalition."
    assert [g.name for g in find_states_at_war(dutch)] == ["Netherlands"]


def test_nationality_without_the_country_named_as_actor_or_place_only() -> None:
    # the country named only as where it happened: never that mention ("in Switzerland"); the
    # side is the nationality word of the deed as written (ACLED: the state's forces did it)
    text = "A Swiss drone strike killed two men in Switzerland."
    assert [(g.name, g.pattern) for g in find_states_at_war(text)] == [("Swiss", "state-forces")]


def test_generic_state_force_country() -> None:
    from summarizer.evidence.agents import generic_state_force

    assert generic_state_force("the army") == ""
    assert generic_state_force("Kestria's armed forces") is None  # no country of the list
    assert generic_state_force("Myanmar's armed forces") == "myanmar"
    assert generic_state_force("the Burmese military") == "myanmar"
    assert generic_state_force("the junta") == ""
    assert generic_state_force("the government") is None
    assert generic_state_force("the Arakan Army") is None
    assert generic_state_force("Rapid Support Forces") is None


def _parties(names_kinds: list[tuple[str, str]]) -> list[str]:
    from summarizer.assemble import _link_party_aliases
    from summarizer.schema import Party

    class _A:
        def __init__(self) -> None:
            self.parties = [Party(name=n, kind=k) for n, k in names_kinds]  # type: ignore[arg-type]

    a = _A()
    _link_party_aliases(a)  # type: ignore[arg-type]
    return [p.name + ("=" + "|".join(p.aliases) if p.aliases else "") for p in a.parties]


def test_one_state_force_under_common_nouns_is_linked() -> None:
    got = _parties(
        [("Myanmar's armed forces", "state_forces"), ("the army", "state_forces"), ("the junta", "government")]
    )
    assert got == ["Myanmar's armed forces=the army|the junta"]


def test_two_states_forces_are_not_guessed() -> None:
    got = _parties(
        [("Russian troops", "state_forces"), ("Ukraine's armed forces", "state_forces"), ("the army", "state_forces")]
    )
    assert len(got) == 3 or got[0] == "Russian troops"  # never "the army" given to a country
    assert not any("=the army" in g for g in got)
    # a force by its own name beside: no guess either
    got = _parties(
        [("the Border Guard", "state_forces"), ("the military", "state_forces"), ("the junta", "government")]
    )
    assert got == ["the Border Guard", "the military", "the junta"]
    # "the government" is no military government
    assert _parties([("the army", "state_forces"), ("the government", "government")]) == ["the army", "the government"]


def test_upper_case_person_subject_of_a_violent_act() -> None:
    from summarizer.evidence.agents import find_agents

    def names(t: str) -> list[str]:
        return [a.name for a in find_agents(t)]

    assert "TOMAS VELA" in names("LIMA, 3 JUN 90 -- POLICE REPORTED THAT TOMAS VELA FIRED THE SHOTS THAT KILLED TWO.")
    assert "ANA MARIA QUISPE" in names("WITNESSES SAID ANA MARIA QUISPE PLANTED THE BOMB AT THE BANK.")
    assert any("ERNESTO RUBIO" in n for n in names("MAJOR ERNESTO RUBIO ORDERED THE KILLING OF THE PRISONERS."))
    # a place, a force, a victim: no person found
    assert names("COSTA RICA FIRED THE FIRST SHOT.") == []
    assert "MANUEL ORTEGA" not in names("MANUEL ORTEGA KILLED IN AN AMBUSH ON THE ROAD.")
    assert all("SAID" not in n for n in names("THE ARMY SAID THAT TROOPS KILLED 3 REBELS."))
