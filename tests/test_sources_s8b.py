"""Source faults, second round of session 8 (summarizer/evidence/__init__.py, "Sources, session 8
(second round)"), tested on invented sentences only: junk source names (clause fragments, a name
cut at a hyphen), a figure taking its own clause's source, a body named as its sentence's subject
as the antecedent of "the organisation", a title alone merged with the named holder, a name after
a role held at a place, and kinds (think tanks, a person quoted after the words)."""

from __future__ import annotations

from summarizer.evidence.attribution import _attributions, find_attribution, source_kind_hint
from summarizer.testing import code_only


def _names(sentence: str) -> list[str]:
    return [n for _, n in _attributions(sentence)]


def _sources(text: str) -> dict[str, tuple[str, bool | None]]:
    return {s.name: (s.kind, s.party_to_conflict) for s in code_only(text).sources}


def _by(text: str) -> dict[str, str | None]:
    return {c.phrase: c.reported_by for c in code_only(text).casualties}


# ------------------------------------------------------------------ 1. junk names


def test_relative_clause_in_apposition_before_a_coordinated_predicate() -> None:
    sent = (
        "Ali Musa, a leader of the Vigilance Brigade, a militia that fights alongside the army, "
        "gave the same toll and said the injured had been flown out."
    )
    assert _names(sent) == ["Ali Musa"]


def test_a_noun_inside_an_according_to_source_is_no_verb() -> None:
    sent = (
        "The fighting between the police and the militia, which began in May, has killed more than 3,000 "
        "people, according to United Nations estimates, and driven thousands from their homes."
    )
    assert _names(sent) == ["United Nations estimates"]


def test_a_participle_clause_is_no_sayer() -> None:
    sent = (
        'The group said the four men killed were "farmers" defending their fields and not rebels, '
        "and accused soldiers of looting."
    )
    assert _names(sent) == ["The group"]
    assert find_attribution("Ruling party officials said 4 people died.") == "Ruling party officials"


def test_an_account_rejected_names_who_rejects_it() -> None:
    sent = (
        "A watchdog said on Monday that troops killed nine villagers last month, "
        "an account the provincial government rejected."
    )
    assert _names(sent) == ["A watchdog", "the provincial government"]


def test_a_role_at_a_place_needs_the_name_next_to_it() -> None:
    sent = "Roads were closed in Dalo East, Dalo West and Ruvo districts, an order from the Home Department said."
    assert _names(sent) == ["the Home Department"]


def test_a_document_names_its_issuer() -> None:
    assert find_attribution("A statement from the army said 12 soldiers died.") == "the army"
    sent = "Schools were closed for three days in two districts, an order from the Interior Department said."
    assert find_attribution(sent) == "the Interior Department"


def test_a_name_is_not_cut_at_a_hyphen() -> None:
    text = (
        "Raiders killed 20 people in Dalo, a rights group said, while the army-backed town council put the toll at 31. "
        "The army said more than 40 raiders were killed in the pursuit."
    )
    names = set(_sources(text))
    assert "The army" in names
    assert not any(n.endswith("-") for n in names)


def test_what_a_body_runs_is_its_own() -> None:
    text = (
        "Shelling killed 12 people at the market, the government-run news agency said. "
        "The rebels said the toll announced by the government was exaggerated."
    )
    (fig,) = code_only(text).casualties
    assert fig.status == "disputed"


def test_no_source_name_is_a_clause() -> None:
    text = (
        "Gunmen killed 11 people in Ruvo, the district commissioner said. Ali Musa, a leader of the Vigilance "
        "Brigade, a militia that fights alongside the army, gave the same toll and said the injured had been "
        "flown out. The war between the army and the rebels, which began in 2021, has killed more than 9,000 "
        "people, according to United Nations estimates, and driven thousands from their homes."
    )
    for name in _sources(text):
        assert not name.endswith("-")
        assert not name.lower().startswith(("fights", "the war", "an account", "defending"))


# ------------------------------------------------------------------ 2. the figure's own clause


def test_a_figure_takes_its_own_clauses_source() -> None:
    text = (
        "Eleven people were wounded in the shelling, the provincial health office said, while the interior "
        "ministry later put the number of wounded at 14."
    )
    assert _by(text) == {"Eleven": "the provincial health office", "14": "the interior ministry"}


def test_a_later_clause_with_its_own_sayer() -> None:
    text = (
        "The army said 12 soldiers were killed in the ambush near Darsi, and some 400 families fled the "
        "nearby villages, the municipal council said."
    )
    assert _by(text) == {"12": "The army", "some 400": "the municipal council"}


def test_a_clause_naming_nobody_keeps_the_sentences_source() -> None:
    assert _by("Police said 5 people were killed in the blast, and 12 others were wounded.") == {
        "5": "Police",
        "12": "Police",
    }


# ------------------------------------------------------------------ 3. "the organisation" after a subject


def test_the_organisation_refers_to_the_body_named_as_a_subject() -> None:
    text = (
        "The Northern Red Crescent recovered 12 bodies from the river on Tuesday. "
        "Another five people were missing, the organisation said."
    )
    assert _by(text)["five"] == "The Northern Red Crescent"
    assert "the organisation" not in _sources(text)


# ------------------------------------------------------------------ 4. a title, then its holder's name


def test_a_title_merges_with_the_name_given_after_it() -> None:
    text = (
        "Cattle raiders killed 20 people in Lekuangole, the county commissioner said. "
        "Commissioner Abel Deng said 30 others were wounded."
    )
    assert _by(text) == {"20": "Commissioner Abel Deng", "30": "Commissioner Abel Deng"}
    assert list(_sources(text)) == ["Commissioner Abel Deng"]


def test_a_deputy_is_not_the_holder() -> None:
    text = (
        "Cattle raiders killed 20 people in Lekuangole, the deputy commissioner said. "
        "Commissioner Abel Deng said 30 others were wounded."
    )
    assert _by(text)["20"] == "the deputy commissioner"


def test_a_role_held_at_a_place_gives_the_name() -> None:
    assert (
        find_attribution("A district official in Morra, Ibrahim Tanko, said 9 people were killed.") == "Ibrahim Tanko"
    )
    assert find_attribution("The mayor of Kessa, Lina Obradovic, said 4 people died in the strike.") == "Lina Obradovic"
    assert _sources("The mayor of Kessa, Lina Obradovic, said 4 people died in the strike.")["Lina Obradovic"][0] == (
        "official"
    )


# ------------------------------------------------------------------ 5. kinds


def test_think_tanks_are_ngos() -> None:
    assert source_kind_hint("the International Crisis Group") == "ngo"
    assert source_kind_hint("A Washington-based think-tank") == "ngo"
    assert source_kind_hint("the Institute for Conflict Research") == "ngo"


def test_a_person_quoted_after_the_words_is_a_source() -> None:
    text = '"They shot at everyone," said a farmer who fled the village. Gunmen killed 8 people there, police said.'
    assert _sources(text)["a farmer"] == ("other", False)


def test_an_unnamed_mission_official_is_one_person() -> None:
    text = "An official with the UN mission who spoke on condition of anonymity said 17 civilians were killed."
    assert _by(text) == {"17": "An official with the UN mission"}
    assert _sources(text)["An official with the UN mission"][0] in ("anonymous", "official")


def test_a_coalition_and_un_experts() -> None:
    assert _sources("The Saudi-led coalition said it had killed 30 fighters in the strikes.")[
        "The Saudi-led coalition"
    ] == ("military", True)
    assert (
        _sources("U.N. experts said at least 40 civilians were killed in the raids.")["U.N. experts"][0] == "official"
    )


def test_the_organisation_whose_people_head_the_sentence() -> None:
    text = (
        "Northern Red Crescent volunteers recovered six bodies from a collapsed house on Monday, the organisation "
        "said, and the town council said some 300 families had fled."
    )
    by = _by(text)
    assert by["six"] == "Northern Red Crescent"
    assert by["some 300"] == "the town council"


def test_a_definite_description_and_a_body_are_two_sources() -> None:
    from summarizer.evidence.attribution import split_joint

    assert split_joint("the group and local officials") == ["the group", "local officials"]


def test_the_group_after_an_armed_group_described() -> None:
    text = (
        "A drone strike on a car near Dalo killed three members of a local armed group on Friday, "
        "the group and district officials said."
    )
    srcs = _sources(text)
    assert srcs["the group"] == ("military", True)
    assert srcs["district officials"][0] == "official"


def test_wire_copy_in_capitals_names_no_clause() -> None:
    assert _names("LATER, THE INTERIOR MINISTRY ORDERED THE ARREST OF SIX MEN, WHOM IT BLAMED FOR THE BLAST.") == []
    assert _names("AFTER THE TALKS, OLSSON REQUESTED REPORTS ON THE KILLINGS.") == []
    sent = (
        "ACCORDING TO FOREIGN NEWS AGENCIES, THE ORDER OF THE JUDGE TO FREE THE OFFICERS HELD IN THE CASE "
        "ANGERED THE UNIONS."
    )
    assert _names(sent) == ["FOREIGN NEWS AGENCIES"]
    sent = "THE WOMEN SAID THEIR SONS HAD VANISHED AFTER THE RAID, ACCORDING TO WHAT THEY TOLD EFE."
    assert _names(sent)[-1] == "EFE"


def test_a_participle_opener_reaching_a_preposition() -> None:
    assert _names("REFERRING YESTERDAY TO THE BOMBING, MENDOZA SAID THE ARMY WAS TO BLAME.") == ["MENDOZA"]
    assert find_attribution("Referring to the attack, the minister said 8 people died.") == "the minister"
