"""Attribution, session 17 (summarizer/evidence/__init__.py, "Sources, session 17"), on invented
sentences only. Negatives included for every rule."""

from __future__ import annotations

from summarizer.evidence.attribution import (
    _attributions,
    _role_holder,
    antecedent,
    carried_attribution,
    find_relay,
    publisher_names,
)


def _sayers(s: str) -> list[str]:
    return [n for _, n in _attributions(s)]


# ---------------------------------------------------------------- a clause's subject never says anything


def test_document_closing_the_report_leaves_the_report_unsaid() -> None:
    assert _sayers("Wardens sprayed water cannon at the rioters, the bulletin said.") == []


def test_document_closing_carries_back_to_its_issuer() -> None:
    art = (
        "The Orvel Penal Authority said in a statement that unrest broke out at the Dunmore jail on Friday. "
        "Wardens sprayed water cannon at the rioters, the bulletin said. "
        "Five inmates died in the crush, it said."
    )
    s = art.index("Five")
    assert carried_attribution(art, s, len(art))[0] == "The Orvel Penal Authority"


def test_subject_with_its_own_verb_and_object_is_no_sayer() -> None:
    assert _sayers("Troopers fired rubber bullets into the market, the watchdog said.") == []


def test_participle_and_adjective_subjects_still_say_negative() -> None:
    # negatives: a participle before a preposition, before a speaker noun, or after a number is part of the sayer
    assert _sayers("Villagers trapped near the dam said 5 died.") == ["Villagers trapped near the dam"]
    assert _sayers("Kesh appointed officials said 5 died.") == ["Kesh appointed officials"]
    assert _sayers("One wounded driver at a clinic in Orva said 5 died.") == ["One wounded driver at a clinic in Orva"]


# ---------------------------------------------------------------- a body's own noun named again


def test_the_trust_closing_a_report_is_the_trust_named_before() -> None:
    art = (
        "The Norland Detainees' Aid Trust, a rights group, said nine prisoners died. "
        "Scores of prisoners were hurt, the trust said."
    )
    assert _sayers("Scores of prisoners were hurt, the trust said.") == ["the trust"]
    assert antecedent(art, "the trust", art.index("the trust")) == "The Norland Detainees' Aid Trust"


def test_the_trust_with_no_trust_named_negative() -> None:
    art = "Police said nine prisoners died. Scores of prisoners were hurt, the trust said."
    assert antecedent(art, "the trust", art.index("the trust")) is None


# ---------------------------------------------------------------- "It verified": a body's own check


def test_it_verified_after_an_acronym_subject() -> None:
    art = (
        "Kesh Watch (KW) said on Monday that troops shot protesters in Varna. "
        "KW interviewed 14 witnesses by phone. "
        "It verified the names of five of the dead from hospital records."
    )
    s = art.index("It verified")
    assert carried_attribution(art, s, len(art))[0] == "KW"


def test_it_verified_with_no_body_before_negative() -> None:
    # negative: no body heads the sentence before and no sayer is in reach
    art = "Troops shot protesters in Varna. It verified the names of five of the dead."
    s = art.index("It verified")
    assert carried_attribution(art, s, len(art))[0] is None


# ---------------------------------------------------------------- a part of a group counted before


def test_part_of_the_dead_is_the_earlier_speakers() -> None:
    art = (
        "Shelling killed 31 people in Orva on Sunday, the regional rescue service said. "
        "Among the dead were nine children. Two of the wounded later died."
    )
    for k in ("Among", "Two of"):
        s = art.index(k)
        assert carried_attribution(art, s, len(art))[0] == "the regional rescue service"


def test_part_of_the_dead_across_a_paragraph_negative() -> None:
    # negative: a new paragraph, or no part of a counted group ("nine children died"), carries nothing
    art = (
        "Shelling killed 31 people in Orva on Sunday, the regional rescue service said.\n\n"
        "Among the dead were nine children."
    )
    assert carried_attribution(art, art.index("Among"), len(art))[0] is None
    art = "Shelling killed 31 people in Orva on Sunday, the regional rescue service said. Nine children died in 2019."
    assert carried_attribution(art, art.index("Nine"), len(art))[0] is None


# ---------------------------------------------------------------- a document an outlet passed on


def test_statement_carried_by_an_outlet_is_its_authors() -> None:
    s = "The state broadcaster Radio Kesh has aired a statement by the Northern Coast Guard Command."
    assert _sayers(s) == ["the Northern Coast Guard Command"]


def test_it_says_and_according_to_the_statement_carry_back_to_the_author() -> None:
    art = (
        "09:10 - The state broadcaster Radio Kesh has aired a statement by the Northern Coast Guard Command. "
        "It says four sailors drowned off Velo. "
        'According to the statement, "at least 12 of the smugglers were detained."'
    )
    for k in ("It says", "According"):
        assert carried_attribution(art, art.index(k), len(art))[0] == "the Northern Coast Guard Command"


def test_outlet_that_aired_footage_names_no_author_negative() -> None:
    # negative: a report the outlet aired with no "by"/"from" author, or a lower-case author, names no author
    assert _sayers("Radio Kesh aired a statement on Sunday.") == []
    assert _sayers("Radio Kesh aired a message from residents of Velo.") == []


# ---------------------------------------------------------------- a revision announced, its numbers after


def test_revised_toll_announced_then_given_in_the_next_sentence() -> None:
    art = (
        "16:05 - The Coast Guard has updated its figures. "
        "A third fisherman was found dead off Velo overnight, taking the number of drowned to three."
    )
    assert _sayers("The Coast Guard has updated its figures.") == ["The Coast Guard"]
    assert carried_attribution(art, art.index("A third"), len(art))[0] == "The Coast Guard"


def test_revision_carries_over_the_sayerless_run_after_it() -> None:
    art = (
        "16:05 - The Coast Guard has updated its figures. "
        "A third fisherman was found dead off Velo overnight, taking the number of drowned to three. "
        "Four others are still missing."
    )
    assert carried_attribution(art, art.index("Four"), len(art))[0] == "The Coast Guard"
    # negative: another sayer in between ends the run
    art = "The Coast Guard has updated its figures. Fishermen said the sea was rough. Four others are still missing."
    assert carried_attribution(art, art.index("Four"), len(art))[0] is None


def test_revision_with_its_number_or_across_paragraphs_negative() -> None:
    # negative: the revision gives its own number, or the next sentence opens a new paragraph
    art = "The Coast Guard raised its toll to 3 on Monday. Two fishermen were found alive."
    assert carried_attribution(art, art.index("Two"), len(art))[0] is None
    art = "The Coast Guard has updated its figures.\n\nA third fisherman was found dead off Velo overnight."
    assert carried_attribution(art, art.index("A third"), len(art))[0] is None


# ---------------------------------------------------------------- the publisher's own tally


def test_staff_byline_names_the_publisher() -> None:
    art = "NORTH COAST COURIER\n\nBy Courier Reporter\n\nFour men were shot dead in Velo, police said."
    assert "courier" in publisher_names(art)


def test_person_byline_names_no_publisher_negative() -> None:
    # negative: a person's byline ("By Ana Ruiz") or a byline with no staff word names no publisher
    assert publisher_names("By Ana Ruiz\n\nFour men were shot dead in Velo, police said.") == frozenset()
    assert publisher_names("By Courier\n\nFour men were shot dead.") == frozenset()


def test_tally_kept_from_other_reports_is_the_keepers() -> None:
    s = "At least 23 people have died in the feud, according to a count kept by the Courier from court records."
    assert _sayers(s) == ["the Courier"]
    # negative: a lower-case source is left whole
    s = "At least 23 people have died, according to officials from the interior ministry."
    assert _sayers(s) == ["officials from the interior ministry"]


# ---------------------------------------------------------------- a title or a self-given name for a person


def test_speaker_giving_a_name_of_his_own() -> None:
    s = 'A commander of the Red Kite militia, who identified himself only as "Tobo", said 6 fighters died.'
    assert _sayers(s) == ["Tobo"]


def test_quoted_nickname_with_no_reporting_verb_negative() -> None:
    # negative: the self-given name with no reporting verb after it speaks for nothing
    assert _sayers('A man, who identified himself only as "Tobo", was among 6 arrested.') == []


def test_title_alone_is_the_person_introduced_with_it() -> None:
    art = (
        "The Orva provincial army commander, Colonel Ines de la Varga, told reporters that the camp was overrun. "
        '"We lost nine men," the commander said.'
    )
    assert _role_holder(art, "the commander") == "Colonel Ines de la Varga"


def test_title_alone_with_two_holders_negative() -> None:
    # negative: two people introduced with the title: the bare title is neither
    art = (
        "The Orva army commander, Colonel Ines Varga, told reporters that the camp was overrun. "
        "The Velo army commander, Colonel Tomas Brel, said the same. "
        '"We lost nine men," the commander said.'
    )
    assert _role_holder(art, "the commander") is None


# ---------------------------------------------------------------- a side's own account, and the name it goes by


def test_side_giving_a_different_account_under_the_name_it_goes_by() -> None:
    art = (
        "The army said it killed 9 raiders near Velo. "
        "The militia, which calls itself the Kesh Hills Front (KHF), gave its own account in a video on Friday. "
        "It said its men had killed 15 soldiers."
    )
    assert _sayers(art.split(". ")[1] + ".") == ["the Kesh Hills Front (KHF)"]
    assert carried_attribution(art, art.index("It said"), len(art))[0] == "the Kesh Hills Front (KHF)"


def test_unnamed_people_giving_an_account_say_nothing_themselves_negative() -> None:
    # negative: an unnamed subject giving an account is no sayer (the person who then speaks is), nor is
    # an account given without "a/its ... account" wording
    assert _sayers("Families of the victims offered another version.") == []
    assert _sayers("The Kesh Hills Front gave chase.") == []


def test_outlet_citing_a_role_and_its_holder_names_the_holder() -> None:
    s = "Eleven workers were hurt, the radio station Velo FM reported, citing the clinic's head nurse, Maria Santos."
    assert find_relay(s) == ("Maria Santos", "the radio station Velo FM")
    # negative: with no name after the role, the role is the source
    s = "Eleven workers were hurt, the radio station Velo FM reported, citing the clinic's head nurse."
    assert find_relay(s) == ("the clinic's head nurse", "the radio station Velo FM")


# ---------------------------------------------------------------- blamed by: the one who blames reports


def test_blamed_by_names_who_reports_the_count() -> None:
    assert _sayers("The Red Kite cell has been blamed by prosecutors for the deaths of six guards.") == ["prosecutors"]
    s = "The band was accused by the Council for Peace of abducting 9 teachers."
    assert _sayers(s) == ["the Council for Peace"]


def test_blamed_with_no_agent_negative() -> None:
    # negative: blame with no "by" names no one
    assert _sayers("The Red Kite cell has been blamed for the deaths of six guards.") == []


# ---------------------------------------------------------------- a bare "rights group" in a summary line


def test_bare_rights_group_is_the_one_rights_body_named() -> None:
    art = (
        "- Five marchers killed in Orva, rights group says\n\n"
        "The Velo Human Rights League (VHRL) said five marchers were shot dead in Orva on Monday."
    )
    assert antecedent(art, "rights group", 2) == "The Velo Human Rights League (VHRL)"


def test_bare_rights_group_with_two_bodies_named_negative() -> None:
    # negative: two rights bodies named: the bare description is neither
    art = (
        "- Five marchers killed in Orva, rights group says\n\n"
        "The Velo Human Rights League said five marchers were shot dead. "
        "Amnesty International said it was checking the reports."
    )
    assert antecedent(art, "rights group", 2) is None


def test_bullet_is_no_part_of_the_sayer() -> None:
    assert _sayers("- Police say 12 people arrested in Orva") == ["Police"]
    # negative: a hyphenated name keeps its hyphen
    assert _sayers("Al-Kesh TV said 12 people were arrested.") == ["Al-Kesh TV"]
