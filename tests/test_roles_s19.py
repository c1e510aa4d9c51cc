"""A person's stated role, session 19 (summarizer/evidence/__init__.py, "Session 19"), on invented
sentences only, each form with a close negative: a person cited as a source whose role the text
states in a common news form takes the role's kind (attrib_README kinds: officials, police, prisons
and emergency offices ``official``; armed forces, armed groups and their spokesmen ``military``) and
so is a party to the conflict (``attribution.stated_role``, ``attribution.role_kind``)."""

from __future__ import annotations

import pytest

from summarizer.schema import Source
from summarizer.testing import code_only

_LEAD = (
    "Nine killed in attack on Varo outpost\n\n"
    "LESK, 4 March 2025 - Gunmen killed nine people in an attack on an outpost near Varo on Monday.\n\n"
)


def _source(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a role in apposition before the name, inside the sentence
        (
            "The gunmen came at dawn, an officer at the outpost, Captain Tomas Brevik Ulla, told a local station "
            "that four of the dead were soldiers.",
            "Ulla",
            "military",
        ),
        # a spokesman of a body by its possessive: the police named in the words before the noun decide
        (
            "The Kesh Front's district police spokesman, Anwar Delacroix Pim, said four of the dead were guards.",
            "Pim",
            "official",
        ),
        # a spokesman of a state's prisons, the surname alone later
        (
            "The attack began at noon, according to the prison system's spokesman, Rodolfo Quintal.\n\n"
            "Quintal told reporters that four of the dead were guards.",
            "Quintal",
            "official",
        ),
        # a government's portfolio councillor
        ("The Culture councillor, Amaia Zubeldia, said four of the dead were guards.", "Zubeldia", "official"),
        # a spokesman for an armed alliance, after the name
        (
            "Lucien Mbaya, a spokesman for the AFC/M23 alliance, said on X that its fighters had repelled the attack.",
            "Mbaya",
            "military",
        ),
        # title words before the name: a police office, a rank
        (
            "Varo Police Commissioner Halim Rosdi said the gunmen carried rifles. Halim said four of the dead were "
            "guards.",
            "Halim",
            "official",
        ),
        ("Captain Osvaldo Teran said four of the dead were soldiers.", "Teran", "military"),
        # a rank held by the head of an emergency office: the office decides
        (
            "The Emergency Response Centre (ERC) said the toll could rise. ERC director Major General Ruben Ostos "
            "Vidal told a news conference that four of the dead were guards.",
            "Ruben Ostos Vidal",
            "official",
        ),
        # the role said at the end of the sentence before, the full name opening the next one
        (
            "Four of the dead were guards, the province's deputy governor for security affairs said.\n\n"
            "Karim Nourbakhsh told the state agency that the attackers had fled.",
            "Karim Nourbakhsh",
            "official",
        ),
    ],
)
def test_a_stated_role_gives_its_kind(body: str, name: str, kind: str) -> None:
    src = _source(_LEAD + body + "\n", name)
    assert (src.kind, src.party_to_conflict) == (kind, True)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # no office: a nurse at a hospital named with "General"
        ("Matteo Brun, a nurse at Varo General Hospital, said four of the dead were guards.", "Brun"),
        # an elected councillor with no portfolio, a council title alone
        ("Councillor Imelda Roux said four of the dead were guards.", "Roux"),
        # a role the sentence before gives someone else: the next sentence opens with another name
        (
            "Four of the dead were guards, a farmer said.\n\nKarim Nourbakhsh told the state agency that the "
            "attackers had fled.",
            "Karim Nourbakhsh",
        ),
        # a former officer holds no office
        ("Osvaldo Teran, a former army officer, said four of the dead were soldiers.", "Teran"),
    ],
)
def test_no_stated_role_no_kind(body: str, name: str) -> None:
    src = _source(_LEAD + body + "\n", name)
    assert src.kind not in ("official", "military")


def test_a_spokesman_and_his_body_are_one_voice() -> None:
    """The prison service and its spokesman give one count: no confirmation (attrib_README status rule 3)."""
    body = (
        "Fourteen guards were held hostage during the riot, the prison service said.\n\n"
        "The riot began at noon, according to the prison service's spokesman, Rodolfo Quintal.\n\n"
        "Quintal told reporters that the 14 hostages were freed alive.\n"
    )
    summary = code_only(_LEAD + body)
    assert all(c.status != "confirmed" for c in summary.casualties)
