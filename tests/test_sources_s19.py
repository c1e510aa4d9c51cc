"""Source kinds, session 19 (summarizer/evidence/__init__.py, "Session 19"), on invented sentences
only, each rule with a negative: an outlet the text calls the national or public broadcaster, or
the national news agency, or one named "X regional television", is a state's outlet (attrib_README
kinds: state_media, "state TV"); a private or independent one is not."""

from __future__ import annotations

import pytest

from summarizer.schema import Source
from summarizer.testing import code_only

_ARTICLE = (
    "Soldiers killed in Varo ambush\n\n"
    "LESK, 4 March 2025 - Gunmen of the Kesh Front killed nine soldiers in an ambush near Varo on Monday, "
    "the army said in a communique read on OUTLET on Monday evening.\n\n"
    "The Kesh Front said in a statement that it had killed 30 soldiers.\n"
)


def _source(text: str, word: str) -> Source:
    return next(s for s in code_only(text).sources if word in s.name)


@pytest.mark.parametrize(
    "outlet",
    ["the national television Radio Kesh", "the public broadcaster Tele Varo", "Lesk regional television"],
)
def test_a_state_broadcaster_by_its_description(outlet: str) -> None:
    article = _ARTICLE.replace("OUTLET", outlet)
    name = outlet.split()[-1] if "regional" not in outlet else "regional television"
    assert _source(article, name).kind == "state_media"


@pytest.mark.parametrize("outlet", ["the private broadcaster Tele Varo", "the independent Lesk regional television"])
def test_a_private_broadcaster_stays_media(outlet: str) -> None:
    article = _ARTICLE.replace("OUTLET", outlet)
    name = "Varo" if "Varo" in outlet else "regional television"
    assert _source(article, name).kind != "state_media"


_AMBUSH = (
    "Ambush near Tesso\n\n"
    "Gunmen killed nine villagers near Tesso on Monday, the mayor said.\n\n"
    "INTRO said its units had killed 30 of the attackers.\n\n"
    "For its part, the Movement for the Defence of the Valley, MDV, claimed in a statement that it had "
    "killed 12 soldiers. "
    "The MDV has attacked army posts and ambushed convoys in the valley since 2019.\n"
)


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        ("In a communique, the general staff of the armed forces, FAV,", "FAV"),
        ("Members of the armed wing of the Front for the Valley (FVA-arme) attacked. FVA-arme", "FVA-arme"),
    ],
)
def test_a_short_name_after_an_armed_body_s_description(intro: str, name: str) -> None:
    s = _source(_AMBUSH.replace("INTRO", intro), name)
    assert s.kind == "military"


def test_a_short_name_after_an_outlet_s_description_is_not_military() -> None:
    s = _source(_AMBUSH.replace("INTRO", "In a bulletin, the national news agency of the valley, VNA,"), "VNA")
    assert s.kind != "military"


def test_a_long_name_whose_short_name_is_an_armed_side() -> None:
    # the long name says no kind; the short name set after it is a listed armed side (a known acronym)
    article = _AMBUSH.replace("INTRO", "The army").replace(
        "the Movement for the Defence of the Valley, MDV,", "the Valley Brotherhood of the Faithful, JNIM,"
    )
    s = _source(article, "Valley Brotherhood")
    assert (s.kind, s.party_to_conflict) == ("military", True)
    # the same long name with a short name that is no side keeps its kind
    article = _AMBUSH.replace("INTRO", "The army").replace(
        "the Movement for the Defence of the Valley, MDV,", "the Valley Brotherhood of the Faithful, VBF,"
    )
    assert _source(article, "Valley Brotherhood").kind != "military"


def test_a_vigilance_committee_s_voice_is_a_party() -> None:
    article = (
        "Raid on Tesso\n\n"
        "Gunmen killed six villagers in Tesso on Monday, the sub-prefect said.\n\n"
        "The head of the local vigilance committee, Mr Ousmane Dalla, gave a higher toll of nine dead.\n"
    )
    assert _source(article, "Dalla").party_to_conflict is True
    # residents and guards cited together are no guards' voice alone
    joint = article.replace(
        "The head of the local vigilance committee, Mr Ousmane Dalla, gave", "Residents and vigilantes gave"
    )
    assert _source(joint, "Residents").party_to_conflict is not True
