"""Attribution, session 12: an allegation as a report, a document of a source, a pronoun raising the
toll, a role then a name after a quote, a quotation whose speaker is named where it closes, and a body
named with its owner's possessive. Invented sentences, with negative cases (rules written in
``summarizer/evidence/__init__.py``, Attribution, session 12).
"""

from __future__ import annotations

from summarizer.evidence import find_attribution
from summarizer.testing import code_only


def _by(article: str) -> list[tuple[str, str | None]]:
    return [(c.phrase, c.reported_by) for c in code_only(article).casualties]


def test_an_allegation_is_a_report() -> None:
    assert find_attribution("The Kessa Rights Forum, a local group, alleged that dozens of men had been seized.") == (
        "The Kessa Rights Forum"
    )
    assert find_attribution("The opposition alleges that 40 activists are held without charge.") == "The opposition"
    assert find_attribution("Lawyers charged that 12 prisoners had been beaten.") == "Lawyers"
    # the adjective and "charged with" name no sayer
    assert find_attribution("The alleged attackers killed five people in the market.") is None
    assert find_attribution("Three alleged militants were shot dead at a checkpoint.") is None
    assert find_attribution("Two officers were charged with murder after six men died.") is None


def test_a_document_of_a_source() -> None:
    assert find_attribution("A first update from the ministry had given a toll of nine dead.") == "the ministry"
    assert find_attribution("A report by the Norland Red Cross said 30 people were missing.") == "the Norland Red Cross"
    assert find_attribution("The communique of the regional council gave a figure of 22 killed.") == (
        "the regional council"
    )
    # no count given: "given" alone is no report
    assert find_attribution("Nine soldiers were given medals after the battle.") is None


def test_a_pronoun_raising_the_toll_carries_its_speaker() -> None:
    text = (
        "Regional governor Oleh Petrenko initially said four people had died. On Friday he raised the toll "
        "to six after divers found two more bodies in the river, adding that three people were "
        "still missing."
    )
    assert {by for _, by in _by(text)} == {"Regional governor Oleh Petrenko"}
    # a pronoun that raised nothing and said nothing carries no speaker
    text = "Regional governor Oleh Petrenko visited the site. He raised a flag as four bodies were carried out."
    assert all(by is None for _, by in _by(text))


def test_a_role_then_a_name_after_a_quote() -> None:
    assert find_attribution('"Three more bodies were pulled from the river," said the nurse, Amina Okafor.') == (
        "Amina Okafor"
    )
    assert find_attribution('"We lost four men," said a commander, Yusuf Bala, in a phone interview.') == "Yusuf Bala"
    assert find_attribution('"We buried 12 people," said Maria Lopez, a nurse at the clinic.') == "Maria Lopez"
    # no name after the role: not this shape
    assert find_attribution("Seven people were killed in the blast, said the governor, who gave no details.") is None


def test_a_quotation_named_where_it_closes() -> None:
    text = (
        "A drone strike on a market killed at least 30 people, witnesses told the BBC.\n\n"
        '"I carried 14 bodies to the church. Many were traders," one resident told the BBC.\n\n'
        'The governor said the toll was 30. "At least 11 of the dead were children. It was a massacre," said '
        "Imam Musa Diallo."
    )
    by = dict(_by(text))
    assert by["14"] == "one resident"
    assert by["At least 11"] == "Imam Musa Diallo"
    # a quote closing on a pronoun carries back to the speaker named before, as before
    text = (
        "A farmer, Ali Musa, said gunmen came at night.\n\n"
        '"Gunmen killed 14 people in the square. Then they left," he said.\n\n'
        '"I saw nine bodies by the well," said Awa Sy. "Then I ran."'
    )
    by = dict(_by(text))
    assert by["14"] == "Ali Musa"
    # a quote closed in the figure's own sentence: its speaker there, not a later quote's
    assert by["nine"] == "Awa Sy"


def test_a_body_named_with_its_owner() -> None:
    text = (
        "Raid on southern village kills 11, Norland says\n\n"
        "Troops killed 11 people in a raid on a village overnight, Norland's state news agency NNA said.\n\n"
        "NNA said troops entered the village after midnight. It said 17 people were wounded."
    )
    s = code_only(text)
    assert {c.reported_by for c in s.casualties} == {"Norland's state news agency NNA"}
    assert "Norland" not in [x.name for x in s.sources]
    # the owner speaking in the body is a source of its own
    s = code_only(text + "\n\nNorland said the raid was a crime.")
    assert "Norland" in [x.name for x in s.sources]
    assert {c.reported_by for c in s.casualties} == {"Norland's state news agency NNA"}


def test_a_body_after_a_comma_or_a_conjunction() -> None:
    assert find_attribution("In a statement issued on Monday, the mission said 17 people were abducted.") == (
        "the mission"
    )
    assert find_attribution("Its leader is under arrest, and the coalition says dozens of members are held.") == (
        "the coalition"
    )
    # a noun that names no body is still no sayer
    assert find_attribution("Its leader is under arrest, and the weather says nothing of the 12 missing.") is None


def test_a_document_named_again_carries_its_issuer() -> None:
    text = (
        "State-run Norland TV reported on Tuesday that troops had detained 23 people. "
        "The broadcast said two soldiers were wounded by mines."
    )
    assert dict(_by(text))["two"] == "Norland TV"
    # no issuer named before: no one
    assert dict(_by("The bulletin said nine people were hurt in the blast."))["nine"] is None
