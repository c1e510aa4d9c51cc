"""Source recall, session 21 (summarizer/evidence/__init__.py, "Sources, session 21"), on invented
sentences only, each rule with a negative."""

from __future__ import annotations

from summarizer.testing import code_only

_LEAD = "Clashes in Velo\n\nGunmen killed 12 people in Velo on Monday, the mayor said.\n\n"


def _names(text: str, lead: str = _LEAD) -> list[str]:
    return [s.name for s in code_only(lead + text + "\n").sources]


# - a side giving "a very different account": an intensifier before the account's adjective


def test_a_very_different_account_is_a_source() -> None:
    got = _names("Norland's interior ministry gave a very different account.")
    assert any("interior ministry" in n for n in got), got
    got = _names("The Velo Liberation Front offered a starkly different version of events.")
    assert any("Velo Liberation Front" in n for n in got), got


def test_a_very_detailed_account_by_a_generic_subject_is_none() -> None:
    got = _names("Families of the dead gave a very detailed account of the raid.")
    assert not any("Families" in n for n in got), got


# - Source rule 2: a role held for a body, the person's name in apposition after it: the name is the
#   speaker, weighed by the role (its kind and side)


def test_the_role_for_a_body_then_the_name_speaks() -> None:
    got = _names(
        "The spokesman for Velo Governor Anton Marek Bruss, Idris Kallen, said in a statement that 40 homes had burned."
    )
    assert "Idris Kallen" in got, got
    got = _names(
        "The commander of the border guard for the northern region, Colonel Ruta Ovens, denied that his men fired."
    )
    assert "Colonel Ruta Ovens" in got, got


def test_a_role_for_a_body_without_a_name_stays_the_role() -> None:
    got = _names("The spokesman for the northern border guard said in a statement that 40 homes had burned.")
    assert "The spokesman for the northern border guard" in got, got
    assert not any("Idris" in n for n in got), got


def test_the_person_introduced_by_a_role_takes_its_kind() -> None:
    text = (
        "Clashes in Velo\n\nFighters of the Kesh Front attacked Velo on Monday and killed 12 soldiers, "
        "the army said.\n\n"
        "A spokesman for one of the main Kesh Front factions, Ivo Marren, said 30 soldiers had been killed.\n"
    )
    src = {s.name: s for s in code_only(text).sources}
    assert "Ivo Marren" in src, list(src)
    assert src["Ivo Marren"].kind == "military", src["Ivo Marren"]
    assert src["Ivo Marren"].party_to_conflict is True, src["Ivo Marren"]


def test_the_role_named_again_is_the_person_and_a_civil_body_speaks_as_other() -> None:
    got = _names(
        "The mayor of the rural commune of Dorvo-Centre, Mr Anton Pell, told reporters that 12 civilians were killed. "
        '"They burned the granaries," the mayor said.'
    )
    assert "Mr Anton Pell" in got, got
    assert not any(n.lower() == "the mayor" for n in got), got
    text = _LEAD + "The spokesman for the Union of Velo Growers, Karel Dunn, said three growers had been shot.\n"
    src = {s.name: s for s in code_only(text).sources}
    assert src["Karel Dunn"].kind == "other", src["Karel Dunn"]


# - Source rule 3: whom an outlet cites is a source: "X cited Y as saying" as "X quoted Y as saying", and
#   people named by a plural noun alone in "X, citing villagers, said"


def test_cited_as_saying_and_citing_villagers() -> None:
    got = _names(
        "The state-run Norland News Agency cited the provincial welfare office as saying 3,500 residents fled."
    )
    assert "the provincial welfare office" in got, got
    got = _names("The Velo Times, citing villagers, also said 19 people had died.")
    assert "villagers" in got, got


def test_cited_as_a_reason_or_citing_a_thing_is_no_source() -> None:
    got = _names("The state-run Norland News Agency cited the fighting as the reason 3,500 residents fled.")
    assert not any("fighting" in n for n in got), got
    got = _names("The Velo Times, citing the fighting, also said 19 people had died.")
    assert not any("fighting" in n for n in got), got
