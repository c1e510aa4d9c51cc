"""Attribution and source recall, session 16 (summarizer/evidence/__init__.py, "Sources, session 16"), on
invented sentences only. Negatives included for every rule."""

from __future__ import annotations

from summarizer.evidence.attribution import _attributions
from summarizer.evidence.dates import dateline_at
from summarizer.testing import code_only


def _sayers(s: str) -> list[str]:
    return [n for _, n in _attributions(s)]


# ---------------------------------------------------------------- victims with their own predicate


def test_victims_with_apposition_and_predicate_never_say() -> None:
    s = (
        "Four men, two guards and a cook, were shot dead when gunmen stormed a depot outside Velmar on "
        "Tuesday night in the hills of the north, the regional police said, in the worst attack this year."
    )
    assert _sayers(s) == ["the regional police"]


def test_subject_with_apposition_says_negative() -> None:
    # negative: the first chunk's apposition is followed by the reporting verb, not by its own predicate
    s = "Tomas Brel, a spokesman for the regional police, said four men were shot dead."
    assert _sayers(s) == ["Tomas Brel"]


def test_prison_system_is_a_sayer() -> None:
    s = "Nine inmates died during unrest at the Orvin jail, the prison system said."
    assert _sayers(s) == ["the prison system"]


# ---------------------------------------------------------------- datelines


def test_spanish_wire_dateline_with_full_stop_dash() -> None:
    dl = dateline_at("Villarosa, Costa Brava, Mar 3 (EFE).- Eleven miners were trapped, the company said.")
    assert dl is not None and dl.place == "Villarosa" and dl.agency == "EFE"
    s = "Villarosa, Costa Brava, Mar 3 (EFE).- Eleven miners were trapped underground, the mining ministry said."
    assert _sayers(s) == ["the mining ministry"]


def test_spanish_wire_dateline_day_first_and_bracketed_country() -> None:
    dl = dateline_at("Villarosa, 3 mar (EFE).- Eleven miners died and the ministry said 4 were hurt.")
    assert dl is not None and dl.place == "Villarosa" and (dl.month, dl.day) == (3, 3)
    dl = dateline_at("Villarosa (Norland), 3 mar (EFE).- Eleven miners were trapped.")
    assert dl is not None and dl.place == "Villarosa" and dl.agency == "EFE"


def test_name_with_bracket_and_comma_is_no_dateline_negative() -> None:
    # negative: a bracket after a name with no date and agency after it is no dateline
    assert dateline_at("Ana Ruiz (Velo), a nurse, said 5 died.") is None


def test_city_and_comma_opening_a_sentence_is_no_dateline_negative() -> None:
    # negative: a place and a comma with no date or agency, and no dash, opens an ordinary sentence
    assert dateline_at("Villarosa, the company said, has lost eleven miners.") is None


# ---------------------------------------------------------------- a sayer inside a relative clause


def test_sayer_inside_relative_clause_speaks_for_that_clause_only() -> None:
    s = (
        "The Kesh Front, which the cabinet says shelters arms dealers, is the last armed wing of a movement "
        "whose revolt cost some 9,000 lives, according to a reconciliation panel."
    )
    assert _sayers(s) == ["a reconciliation panel"]


def test_sayer_inside_relative_clause_with_its_own_count_negative() -> None:
    # negative: the clause holds the count, so its sayer is the count's source
    s = "The toll, which the health ministry says stands at 31, is the worst this year."
    assert _sayers(s) == ["the health ministry"]


def test_which_clause_with_its_own_verb_is_left_alone_negative() -> None:
    # negative: no sayer inside the clause ("which also said"): the antecedent is read as before
    s = "Velo Watch, which also said 6 people died, called for an inquiry."
    assert "the cabinet" not in _sayers(s)


# ---------------------------------------------------------------- claimed roles and quoted names


def test_man_claiming_a_role_with_quoted_name() -> None:
    s = (
        'In an audio clip shared online, a caller who described himself as an aide to the Norland '
        'Liberation Front (NLF), "Commander Tarek", claimed its units had shot "no fewer than 20 police".'
    )
    assert _sayers(s) == ["an aide to the Norland Liberation Front (NLF)"]


def test_man_claiming_to_speak_for_a_faction() -> None:
    s = "On Friday a woman claiming to be an envoy of the Red Hawks militia said they had shot 8 rivals."
    assert _sayers(s) == ["an envoy of the Red Hawks militia"]


def test_man_who_fled_is_kept_negative() -> None:
    # negative: a relative clause that says who the man is (no claimed role) is left as before
    s = "A man who fled to Velo said 12 people were killed."
    assert _sayers(s) == ["A man who fled to Velo"]


def test_spoken_quote_still_closes_the_subject_negative() -> None:
    # negative: a quotation that is speech (lower case, several words) still opens the clause
    s = '"They came at night," a farmer told reporters, adding that 4 people died.'
    assert _sayers(s) == ["a farmer"]


# ---------------------------------------------------------------- closing sayers


def test_sayer_before_a_closing_after_clause() -> None:
    s = (
        "Gunmen killed 11 herders during an assault on a camp, the provincial gendarmerie said on Friday, "
        "after two injured herders died."
    )
    assert _sayers(s) == ["the provincial gendarmerie"]


def test_but_clause_gives_its_own_plural_sayer() -> None:
    s = (
        "Troops killed four fighters in the hills, the defence ministry said, but villagers and local "
        "activists said many more had died."
    )
    assert _sayers(s) == ["the defence ministry", "villagers and local activists"]


def test_but_heading_a_subject_with_apposition() -> None:
    s = "But a nurse at Saint Luke Clinic, a mission hospital near Velo, said her ward alone had taken in 40 wounded."
    assert _sayers(s) == ["a nurse at Saint Luke Clinic"]


def test_but_heading_a_time_phrase_negative() -> None:
    # negative: "But on Monday," is a time phrase, dropped as before
    s = "But on Monday, the army said 4 soldiers died."
    assert _sayers(s) == ["the army"]


def test_message_in_the_name_of_a_group() -> None:
    s = "A letter posted online in the name of Cell 9 inmates claimed that two wardens had been killed."
    assert _sayers(s) == ["Cell 9 inmates"]


def test_message_from_nobody_named_negative() -> None:
    # negative: a message with no "in the name of" is read as before (the message itself)
    s = "A message posted online claimed that two wardens had been killed."
    assert _sayers(s) == ["A message posted online"]


def test_disputed_is_a_reporting_verb_and_the_adjective_is_not() -> None:
    assert _sayers("Exiled Velonian activists disputed the official count.") == ["Exiled Velonian activists"]
    # negative: the adjective after a determiner reports nothing
    assert _sayers("The disputed district saw 5 killed.") == []


# ---------------------------------------------------------------- sources found


def _names(text: str) -> list[str]:
    return [s.name for s in code_only(text).sources]


def test_body_with_lower_case_noun_heading_its_sentence_is_a_source() -> None:
    text = (
        "Gunmen killed 7 people in Velo on Monday, police said.\n\n"
        "The Anglican diocese of Velo, which runs a clinic in the town, said families had told it that "
        "three farmers were missing."
    )
    assert any("diocese of Velo" in n for n in _names(text))


def test_lower_case_body_not_heading_a_sayer_negative() -> None:
    # negative: the same words that head no reporting verb name no source
    text = (
        "Gunmen killed 7 people in Velo on Monday, police said.\n\n"
        "The Anglican diocese of Velo runs a clinic in the town."
    )
    assert not any("diocese" in n for n in _names(text))


def test_state_channel_named_after_its_description() -> None:
    text = "Regional security chief Omar Diaz said on the national television network TVN that six miners had died."
    assert any("TVN" in n for n in _names(text))


def test_plural_groups_are_not_the_one_group_named_before() -> None:
    text = (
        "At least 9 miners were killed near Velo, a rights group said.\n\n"
        "Scores of traders died in such attacks across the region since 2019, according to rights groups."
    )
    names = _names(text)
    assert "a rights group" in names and "rights groups" in names


def test_singular_and_plural_sources_stay_one_negative() -> None:
    # negative: unnamed people ("a security source", "security sources") are still one source
    text = "A security source said 4 soldiers died in Velo.\n\nSecurity sources said 2 more were missing."
    assert len([n for n in _names(text) if "security source" in n.lower()]) == 1


def test_apposed_name_with_romance_particles() -> None:
    s = "A Velonian rights group, the Ligue Nord pour les Droits Civiques, said at least 6 people had been killed."
    assert _sayers(s) == ["the Ligue Nord pour les Droits Civiques"]


def test_described_victim_after_said_is_no_sayer() -> None:
    s = "The mayor of Velo, Ana Ruiz, said a herder, Tomas Vidal, 47, was killed while tending his goats."
    assert _sayers(s) == ["Ana Ruiz"]


def test_described_person_closing_the_report_negative() -> None:
    # negative: the described person after "said" closes the report and says it
    s = "Nine people died in the raid, said a herder, Tomas Vidal."
    assert "Tomas Vidal" in _sayers(s)


def test_the_command_closing_its_report() -> None:
    s = "Two marines were missing after the clash, the naval command said."
    assert _sayers(s) == ["the naval command"]


def test_named_speaker_with_a_whose_clause_negative() -> None:
    # negative: a relative clause after the closing speaker is no predicate of a victim
    s = '"They burned the market," said a trader, Musa Idi, whose two sons were among the dead.'
    assert "Musa Idi" in _sayers(s)


# ---------------------------------------------------------------- a quotation closing on a pronoun


def _by(text: str, low: int) -> str | None:
    return next(c.reported_by for c in code_only(text).casualties if c.low == low)


def test_quote_closing_on_a_pronoun_carries_back_to_the_speaker_before_it() -> None:
    text = (
        "Clashes in Velo killed 6 people on Sunday, police said.\n\n"
        'Dr Amal Serra, head of the Velo Mission Clinic, said two patients had died overnight. "Our staff '
        'are caring for 41 injured people. Nine of them may not survive," she told reporters.'
    )
    assert _by(text, 41) == "Dr Amal Serra"


def test_quote_closing_on_a_pronoun_with_no_speaker_before_negative() -> None:
    # negative: no speaker before the quotation in reach: nobody is carried back
    text = '"Our staff are caring for 41 injured people. Nine of them may not survive," she told reporters.'
    assert _by(text, 41) is None


# ---------------------------------------------------------------- journalists as eyewitnesses


def test_journalists_who_saw_the_dead_report_them() -> None:
    s = "Reuters reporters at a clinic on the edge of Velo saw 9 bodies wrapped in blankets."
    assert _sayers(s) == ["Reuters reporters"]


def test_residents_who_saw_are_left_alone_negative() -> None:
    # negative: only the press is read as an eyewitness source by "saw"; "The town saw" is no sayer either
    assert _sayers("Residents saw 9 bodies in the square.") == []
    assert _sayers("The town saw heavy fighting that left 9 dead.") == []


def test_closing_pronoun_sayer_leaves_the_victims_alone() -> None:
    s = "Two herders who hid in the reeds were being treated for burns in Velo, the district town, he said."
    assert _sayers(s) == []


def test_closing_named_sayer_after_victims_negative() -> None:
    # negative: a named closing sayer is read as before
    s = "Two herders who hid in the reeds were being treated for burns in Velo, the district town, Dr Ana Ruiz said."
    assert _sayers(s) == ["Dr Ana Ruiz"]


def test_disputes_as_a_noun_is_no_reporting_verb() -> None:
    s = "Clan fighting, fed by disputes over grazing land, has killed hundreds in the valley."
    assert _sayers(s) == []
