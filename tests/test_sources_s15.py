"""Sources, session 15 (summarizer/evidence/__init__.py, "Sources, session 15"), on invented sentences
only: no sayer made of a clause before "the governor said, warning that" or of "X and" before a
coordinated "and said"; the forces' press directorate and armed wings typed military; "the cell" and
"the office" alone point back; a side's own outlet named after its description; newspapers named
with a Romance article; counts "compiled by" a body; clergy cited are ``other``; "the governor of X"
is the one governor named. Negatives included."""

from __future__ import annotations

import pytest

from summarizer.evidence.attribution import _attributions, antecedent, find_relay, find_sources, source_kind_hint
from summarizer.evidence.names import aliases
from summarizer.schema import Source
from summarizer.testing import code_only


def _names(text: str) -> list[str]:
    return [s.name for s in code_only(text).sources]


def _find(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


# ---------------------------------------------------------------- garbage sayers from clauses


def test_sayer_participle_after_the_verb_closes_the_report() -> None:
    s = (
        "Some 31 villagers have died in clashes between two militia wings that started on Tuesday in "
        "Norland's Kesh province, the governor of Tarvo said on Thursday, warning that the count could climb to 50."
    )
    assert [n for _, n in _attributions(s)] == ["the governor of Tarvo"]


def test_sayer_heading_the_sentence_with_a_participle_negative() -> None:
    # negative: the subject heads its sentence; the participle after the verb changes nothing
    s = "The governor of Tarvo said on Friday that 23 people were killed, warning that the toll could rise."
    assert [n for _, n in _attributions(s)] == ["The governor of Tarvo"]


def test_no_sayer_ending_in_a_conjunction() -> None:
    s = "It named the dead soldier as Corporal Jan Brel and said two rebels had been killed."
    assert _attributions(s) == ()


def test_told_the_named_outlet_is_no_inverted_sayer() -> None:
    s = (
        "Two officials in Kesh, speaking on condition of anonymity as they had no permission to talk to "
        "the press, told The Tarvo Courier that no fewer than eight gunmen had died."
    )
    assert [n for _, n in _attributions(s)] == ["Two officials in Kesh"]


def test_told_reporters_name_still_inverted_negative() -> None:
    # negative: "..., told reporters Name" keeps the name after the verb
    s = '"We found nine bodies," told reporters Amal Soud, a rescue worker.'
    assert any("Amal Soud" in n for _, n in _attributions(s))


# ---------------------------------------------------------------- kinds: press directorates, armed wings


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Inter-Services Public Relations (ISPR)", "military"),
        ("The Kesh Martyrs Brigades", "military"),
        ("The dissidents", "military"),
        ("a pastor", "other"),
        ("the village priest", "other"),
        # negatives
        ("political dissidents", None),
    ],
)
def test_kind_by_the_names_words(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


def test_a_firms_public_relations_office_is_no_force_negative() -> None:
    assert source_kind_hint("the public relations office of the Tarvo Chamber of Commerce") != "military"


def test_hyphenated_initials_spell_the_acronym() -> None:
    text = "According to a bulletin, the Inter-Services Public Relations (ISPR) reported that soldiers shot 11 raiders."
    assert "Inter-Services Public Relations" in aliases(text, "ISPR")


def test_press_directorate_initials_are_military_and_party() -> None:
    text = (
        "Nine soldiers killed in Kesh attack, says ISPR\n\n"
        "TARVO: Nine soldiers were killed when militants stormed a post in Kesh on Thursday. According to a "
        "bulletin, the Inter-Services Public Relations (ISPR) reported that soldiers shot 11 raiders."
    )
    src = _find(text, "ISPR")
    assert src.kind == "military"
    assert src.party_to_conflict is True


def test_armed_wing_described_after_its_name_is_military() -> None:
    text = (
        "An air strike killed 12 people in Tarvo on Monday, the health ministry said. Saraya Tarvo, the armed "
        "wing of the Kesh Movement, said three of its men had died in the strike."
    )
    src = _find(text, "Saraya")
    assert src.kind == "military"
    assert src.party_to_conflict is True


# ---------------------------------------------------------------- "the cell", "the office"


def test_the_cell_alone_is_the_media_cell_named_before() -> None:
    text = (
        "Militants ambushed a patrol in Kesh late Tuesday, leaving seven troops dead, Norland's Joint Media Cell "
        "said Tuesday. The cell later raised the number of dead to nine."
    )
    assert antecedent(text, "The cell") == "Norland's Joint Media Cell"


def test_the_office_alone_is_the_office_named_before() -> None:
    text = (
        "The Ombudsman's Office estimated that roughly 7,000 people had left their homes. In another bulletin, the "
        "office said gunmen had seized a mayor."
    )
    assert antecedent(text, "the office") == "The Ombudsman's Office"


def test_a_described_office_does_not_point_back_negative() -> None:
    # negative: "the prosecutor's office" is another office, not the ombudsman's
    text = (
        "The Ombudsman's Office estimated that roughly 7,000 people had left their homes. The prosecutor's office said "
        "three suspects were held."
    )
    assert antecedent(text, "The prosecutor's office") != "The Ombudsman's Office"


# ---------------------------------------------------------------- outlets


def test_sides_own_outlet_named_after_its_description() -> None:
    text = (
        "Fighting killed 20 people in Kesh this week. The Kesh Front said in a message broadcast by its radio "
        "outlet, Voz Libre, that its units had shot dead 13 men of an opposing band."
    )
    assert "Voz Libre" in [n for n, _ in find_sources(text)]
    src = _find(text, "Voz Libre")
    assert src.kind == "state_media"


def test_outlet_by_nationality_and_news_network() -> None:
    text = "A local official told the Kurdish news network Rojnews that militants had killed three shepherds."
    assert "Rojnews" in [n for n, _ in find_sources(text)]


def test_romance_article_newspaper_told() -> None:
    s = "A farmer, who spoke on condition he not be identified, told El Heraldo that 12 people died."
    assert find_relay(s) == ("A farmer", "El Heraldo")


def test_told_a_person_is_no_outlet_negative() -> None:
    # negative: a capitalised person's name after "told" is no outlet
    s = "A farmer told Amal Soud that 12 people died."
    assert find_relay(s)[1] is None


def test_data_compiled_by_a_body() -> None:
    s = (
        "Data compiled by the Rural Security Monitor (RSM) show that no fewer than 840 people were "
        "kidnapped during the last six months."
    )
    assert [n for _, n in _attributions(s)] == ["the Rural Security Monitor (RSM)"]


def test_data_with_no_compiler_negative() -> None:
    s = "Data show that no fewer than 840 people were kidnapped during the last six months."
    assert _attributions(s) == ()


# ---------------------------------------------------------------- clergy, the governor of a place


def test_pastor_described_after_the_report_is_a_source() -> None:
    text = (
        "About 250 families from hamlets around the base have sheltered in a mission school in Tarvo, "
        "fearing reprisals, a pastor there said."
    )
    assert any("pastor" in n for n in _names(text))


def test_governor_of_a_place_is_the_governor_named() -> None:
    text = (
        "At least 23 people were killed in Kesh this week, the governor of Norte Tarvo said on Friday. "
        "Governor Amal Soud told Radio Kesh that more than 5,000 people had fled."
    )
    names = _names(text)
    assert "Governor Amal Soud" in names
    assert not any(n.startswith("the governor of") for n in names)


def test_two_governors_stay_apart_negative() -> None:
    # negative: two governors named, the title with a place refers to neither by itself
    text = (
        "At least 23 people were killed in Kesh this week, the governor of Norte Tarvo said on Friday. "
        "Governor Amal Soud told Radio Kesh that 5,000 people had fled, and Governor Ivan Dorn said 30 died."
    )
    assert antecedent(text, "the governor of Norte Tarvo") is None


# ---------------------------------------------------------------- second round: capitals, tallies, rescue services


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ankara", "official"),
        ("Niamey", "official"),
        ("Norlandian tallies", None),  # no state's nationality word
        ("Israeli tallies", "official"),
        ("Al-Masirah TV", "state_media"),
        # negatives
        ("Tripoli", None),
        ("Ankara University", None),
    ],
)
def test_kind_second_round(name: str, kind: str | None) -> None:
    assert source_kind_hint(name) == kind


def test_capital_as_sayer_is_the_states_and_a_party() -> None:
    text = (
        "Shelling of a hamlet in the south of Niger killed 14 herders on Friday, insurgents said. "
        "The Sahel Liberation Movement said 14 herders had died, while Nigerien soldiers said they had hit a "
        "band of bandits. Monitors accuse the army of targeting villagers, accusations Niamey denies."
    )
    src = _find(text, "Niamey")
    assert src.kind == "official"
    assert src.party_to_conflict is True


def test_datelines_agency_is_no_alias_of_the_place() -> None:
    text = "Tarvo (AFP) - A drone strike killed 21 civilians on Sunday, local sources said."
    assert "AFP" not in aliases(text, "Tarvo")


def test_bracketed_initials_after_a_name_still_alias_negative() -> None:
    text = "The Kesh Freedom Front (KFF) - a rebel group - said 21 civilians were killed."
    assert "KFF" in aliases(text, "Kesh Freedom Front")


def test_the_service_after_a_live_blog_entry() -> None:
    text = (
        "14:10 - Norland's Civil Rescue Service (CRS) has released pictures of the fallen apartment block. As "
        "many as six tenants are still missing and may be buried beneath the debris, the "
        "service said."
    )
    assert antecedent(text, "the service") == "Norland's Civil Rescue Service (CRS)"


def test_bare_rescuers_are_the_one_rescue_service() -> None:
    text = (
        "Strike on Tarvo school shelter kills 22, rescuers say\n\n"
        "An air strike on a school in Tarvo killed at least 22 people, according to Kesh's Civil Defence. "
        "Civil defence spokesman Amar Velo said nine children were among the dead."
    )
    assert antecedent(text, "rescuers") == "Kesh's Civil Defence"


def test_rescuers_with_two_services_stay_apart_negative() -> None:
    text = (
        "Strike on Tarvo school shelter kills 22, rescuers say\n\n"
        "An air strike killed at least 22 people, according to Kesh's Civil Defence. The Kesh Red Crescent "
        "said its teams treated 40 wounded."
    )
    assert antecedent(text, "rescuers") is None


def test_a_side_run_body_is_not_the_side() -> None:
    text = (
        "An air strike on a school killed 15 people in Tarvo, according to the Kesh-run Civil Defence agency. "
        "Kesh has said it is studying a truce proposal, and the army accused Kesh of using human shields."
    )
    names = _names(text)
    assert any("Civil Defence" in n for n in names)
    assert "Kesh" in names


def test_government_run_outlet_rule_unchanged_negative() -> None:
    # negative: a lower-case owner ("the government-run X") is not read by this rule
    from summarizer.assemble import _run_by

    assert not _run_by("the government", "the government-run news agency")
    assert _run_by("Kesh", "the Kesh-run health ministry")


# ---------------------------------------------------------------- third round: coordinated and passive sayers


def test_subject_of_a_coordinated_and_said() -> None:
    s = (
        "A national inquiry committee formed by President Amar Velo later counted 812 dead, "
        "among them some 60 children, and said 157 police officers had been killed."
    )
    assert [n for _, n in _attributions(s)] == ["A national inquiry committee"]


def test_pronoun_heading_a_coordinated_and_said_negative() -> None:
    # negative: a pronoun's clause names no sayer (it is carried back)
    s = "It counted 812 dead, among them some 60 children, and said 157 soldiers had been killed."
    assert _attributions(s) == ()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("A national inquiry committee", "official"),
        ("a parliamentary committee", "official"),
        # negative: a rights commission keeps its own kind
        ("the National Commission on Human Rights", "ngo"),
    ],
)
def test_state_committee_kind(name: str, kind: str) -> None:
    assert source_kind_hint(name) == kind


def test_quoted_as_saying_by_an_outlet() -> None:
    s = (
        "On Friday, armed men seized 11 pupils and two cooks from a college in the village of Tarvo, the "
        "region's governor, Amar Velo, was quoted as saying by KTV."
    )
    assert find_relay(s) == ("Amar Velo", "KTV")


def test_name_inside_the_report_is_no_apposition_of_the_closing_sayer() -> None:
    s = "One prison guard, Sergeant Jan Brel, 41, was stabbed to death and three others were hurt, the force confirmed."
    assert [n for _, n in _attributions(s)] == ["the force"]


def test_name_right_before_the_closing_sayer_still_names_it_negative() -> None:
    # negative: "the group, the Kesh Peace Watch, said": the name set off right before the verb
    s = "Nine people died in the raid, the group, the Kesh Peace Watch, said."
    assert [n for _, n in _attributions(s)] == ["the Kesh Peace Watch"]


# ---------------------------------------------------------------- fourth round: how it was said, a side's own count


def test_said_by_telephone_is_no_passive() -> None:
    s = '"We have laid 19 people to rest, six old men and four babies among them," Velo said by telephone on Tuesday.'
    assert find_relay(s, at=s.find("six")) == ("Velo", None)


def test_said_by_a_source_is_a_passive_negative() -> None:
    # negative: "a figure said by officials to be ..." names its agent after "by", no sayer before the verb
    s = "The toll, said by local officials to be rising, stood at 27."
    assert all(n != "The toll" for _, n in _attributions(s))


def test_side_puts_its_losses_at() -> None:
    s = "The army put its losses at three killed and five hurt."
    assert [n for _, n in _attributions(s)] == ["The army"]


# ---------------------------------------------------------------- fifth round: titles, clauses opened by "as"


def test_resident_district_commissioner_is_official() -> None:
    assert source_kind_hint("Kesh's Resident District Commissioner") == "official"


def test_a_resident_stays_other_negative() -> None:
    assert source_kind_hint("a resident of Tarvo") == "other"


def test_as_people_described_in_lower_case_warned() -> None:
    s = (
        "Gunmen killed at least 17 farmers in a raid on Tarvo, the army said on Sunday, as village elders "
        "warned that the number of dead could reach 45."
    )
    assert find_relay(s, at=s.find("45")) == ("village elders", None)
    assert find_relay(s, at=s.find("17")) == ("the army", None)


def test_as_many_as_opens_no_clause_negative() -> None:
    s = "The army said on Sunday that rebels had killed 17 civilians, as many as 60 people were missing."
    assert find_relay(s, at=s.find("60")) == ("The army", None)
