"""Sources and parties an editor can publish (issue 18): a mention that refers back is credited to
its antecedent, an outlet a side runs is its outlet, a whole word is no cut word, an acronym
written on its own has its long form, no junk parties, and countries that fight are sides. All
sentences are invented for these tests."""

from __future__ import annotations

from summarizer.evidence.agents import count_subjects, find_agents, find_sides, find_states_at_war
from summarizer.evidence.align import ArticleIndex
from summarizer.evidence.names import aliases, complete_name, source_keys
from summarizer.schema import Summary
from summarizer.testing import code_only


def _code_only(text: str) -> Summary:
    summary = code_only(text, published=None)
    return summary


def _sources(s: Summary) -> dict[str, tuple[str, bool]]:
    return {x.name: (x.kind, x.party_to_conflict) for x in s.sources}


def _party_names(s: Summary) -> set[str]:
    return {n for p in s.parties for n in (p.name, *p.aliases)}


# --------------------------------------------------------------------------- sources


def test_surname_alone_is_credited_to_the_full_name() -> None:
    text = (
        "Four farmers were killed in the raid on Kelemba, said Colonel Tobias Ruvuma, a district commander. "
        '"We found six wounded men in the fields," Ruvuma told reporters on Sunday.'
    )
    names = set(_sources(_code_only(text)))
    assert "Ruvuma" not in names
    assert any("Tobias Ruvuma" in n for n in names)


def test_the_group_is_credited_to_the_named_armed_group() -> None:
    text = (
        "The Ansar al-Sunna militia said on Monday its men had killed 12 soldiers near Palmwood. "
        "The group said three of its fighters were killed."
    )
    names = set(_sources(_code_only(text)))
    assert not any(n.lower() == "the group" for n in names)


def test_outlet_run_by_a_side_is_state_media() -> None:
    text = (
        "Shelling killed nine people in Tarsin on Friday, according to Sahel Voice TV, which is run by the "
        "Northern Front. "
        "The Northern Front claimed responsibility in a statement carried by its Dawn news agency, saying 40 "
        "soldiers were killed."
    )
    src = _sources(_code_only(text))
    assert src["Sahel Voice TV"] == ("state_media", True)
    assert src["Dawn news agency"] == ("state_media", True)


def test_independent_outlet_stays_media() -> None:
    text = "Shelling killed nine people in Tarsin on Friday, Sahel Voice TV said."
    assert _sources(_code_only(text))["Sahel Voice TV"] == ("media", False)


def test_whole_word_is_no_cut_word() -> None:
    text = "Norlandic strikes hit the port. Norland said its jets had struck depots."
    assert complete_name(text, ArticleIndex(text), "Norland") == "Norland"
    # a name cut short in a model's copy is still completed
    cut = "The Kavala Human Rights League (KHRL) said 4 died."
    assert (
        complete_name(cut, ArticleIndex(cut), "Kavala Human Rights League (KHR") == "Kavala Human Rights League (KHRL)"
    )


def test_bare_acronym_has_its_long_form() -> None:
    text = "Fighters of the Eastern Liberation Army seized a bridge. The ELA said two of its men died."
    assert aliases(text, "The ELA") == ["Eastern Liberation Army"]
    assert "ela" in source_keys(text, "Eastern Liberation Army")
    # in upper-case wire text every word is capitalised: no long form is guessed
    upper = text.upper()
    assert aliases(upper, "THE ELA") == []


# --------------------------------------------------------------------------- parties


def test_junk_phrases_are_no_parties() -> None:
    text = (
        "KORVA, Oct 3 (Reuters) - Suspected rebels killed 14 villagers on Tuesday, officials said. "
        "The militia claimed the raid online, saying its fighters had killed 20 soldiers. "
        "The army and the rebels blamed each other for the deaths. "
        "The defence ministry said in a statement that troops had repelled the terrorists. "
        'The army said it had killed "dozens of terrorists" in the hills.'
    )
    names = {n.lower() for n in _party_names(_code_only(text))}
    assert "suspected rebels" in names
    assert not any(n.startswith(("-", "saying", "its ")) for n in names)
    assert "fighters" not in names and "each other" not in names
    assert not any("terrorist" in n for n in names)
    assert not any(g.name.startswith("-") for g in find_agents(text))
    assert not any(g.name.lower().endswith("fighters") for g in count_subjects(text))


def test_terrorists_in_upper_case_wire_text_stays_a_side() -> None:
    text = "SAN PEDRO, 4 MAY (RADIO X) -- TERRORISTS KILLED TWO POLICEMEN IN THE TOWN TODAY."
    assert any("TERRORISTS" in g.name for g in [*find_agents(text), *find_sides(text)])


def test_countries_that_fight_are_sides() -> None:
    text = (
        "Drones hit a depot in northern Sweden on Monday, killing four people. "
        "Poland said its warplanes had struck two bridges. "
        "Finland said it condemned the strikes. "
        "Shelling in southern Denmark killed three."
    )
    found = {g.name: g.pattern for g in find_states_at_war(text)}
    assert found == {"Poland": "state-forces"}  # Finland only speaks; Sweden and Denmark are where
    s = _code_only(text)
    parties = {p.name: p.kind for p in s.parties}
    assert parties.get("Poland") == "state_forces"
    assert "Finland" not in parties
    assert "Finland" in _sources(s)  # a country that only speaks is a source


def test_country_named_with_its_weapons_is_a_side() -> None:
    text = "Sweden denied the report. Swedish drones struck a depot near Vilaro, killing four."
    found = {g.name: g.pattern for g in find_states_at_war(text)}
    assert found == {"Sweden": "state-forces"}


def test_country_that_strikes_is_a_government_side() -> None:
    text = "Portugal struck three depots on the coast on Monday, killing five guards."
    assert {g.name: g.pattern for g in find_states_at_war(text)} == {"Portugal": "state"}


def test_acronym_party_leads_with_its_full_name() -> None:
    text = (
        "The Western Defence Brigades (WDB) hold the hills. On Monday the WDB killed 12 villagers in Marro, "
        "officials said."
    )
    s = _code_only(text)
    p = next(p for p in s.parties if "WDB" in (p.name, *p.aliases))
    assert p.name == "Western Defence Brigades"


def test_publisher_named_as_listener_is_no_source() -> None:
    text = (
        "KORVA, Oct 3 (AP) — Gunmen killed six traders on Tuesday. A nurse, Ama Diallo, told The Associated "
        "Press that four more were wounded."
    )
    names = {n.lower() for n in _sources(_code_only(text))}
    assert not any("associated press" in n for n in names)


def test_apposition_is_no_part_of_a_source_name() -> None:
    text = "According to KERN, a conflict monitor, more than 300 people were killed in the province last year."
    src = _sources(_code_only(text))
    assert "KERN" in src and not any("conflict monitor" in n for n in src)


def test_commander_of_a_group_is_a_military_source() -> None:
    text = "A Lumbo commander, Ade Sarro, said 12 of his men were killed. A police commander said two officers died."
    src = _sources(_code_only(text))
    # the apposed name is the source (session 8); the role before it gives its kind
    assert src["Ade Sarro"][0] == "military"
    assert src["A police commander"][0] == "official"


def test_militias_named_by_the_common_noun_are_a_side() -> None:
    text = "Troops backed by local militias killed more than 30 al-Shabab fighters near Galkayo on Monday."
    names = {n.lower() for n in _party_names(_code_only(text))}
    assert "local militias" in names
    assert "al-shabab" in names or any("al-shabab" in n for n in names)


def test_force_telling_its_own_deed_is_a_side() -> None:
    text = (
        "The Lumbo Defence Force said in a statement that it had destroyed a rebel camp and killed 40 fighters. "
        "The army said 12 of its soldiers died in an ambush."
    )
    parties = {p.name for p in _code_only(text).parties}
    assert "The Lumbo Defence Force" in parties
    assert not any(n.lower().endswith("army") for n in parties)  # it only reports its losses: a source
    assert not any("camp" in n for n in parties)  # the object of "had destroyed", not a subject


def test_forces_named_by_the_country_and_resistance_groups_are_sides() -> None:
    text = (
        "Mali's armed forces launched air strikes on a village near Gao, killing nine. Resistance movements, "
        "some armed, have emerged, and guerrilla forces ambushed a convoy. Mali's army spokesman said 3 died."
    )
    sides = {g.name for g in find_sides(text)}
    assert {"Mali's armed forces", "Resistance movements", "guerrilla forces"} <= sides
    assert not any("spokesman" in n for n in sides)
