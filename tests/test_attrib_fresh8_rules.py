"""Rules found on the unseen invented set tests/data/attrib_fresh8.jsonl, tested on other invented
sentences (summarizer/evidence/__init__.py, "Status")."""

from __future__ import annotations

from summarizer.evidence.figures import blanket_doubt, paragraph_doubts
from summarizer.testing import code_only

CLAIMS_PARAGRAPH = (
    "The regional water board said 300 people had fled the lakeside villages since June.\n\n"
    "Along the northern ridge, the rebels said they had overrun two outposts and killed scores of soldiers. "
    "A rebel commander said five of his fighters had died. "
    "The army did not comment. "
    "The claims could not be independently verified.\n\n"
    "A hospital in the valley said it had treated 14 wounded people on Monday."
)


def test_the_claims_closing_a_paragraph_is_no_blanket() -> None:
    assert blanket_doubt(CLAIMS_PARAGRAPH) is None
    ((p0, _d0, doubt),) = paragraph_doubts(CLAIMS_PARAGRAPH)
    assert doubt == "The claims could not be independently verified."
    assert CLAIMS_PARAGRAPH[p0:].startswith("Along the northern ridge")


def test_the_claims_doubt_reaches_its_paragraph_only() -> None:
    status = {c.phrase: c.status for c in code_only(CLAIMS_PARAGRAPH).casualties}
    scores = [s for p, s in status.items() if "scores" in p]
    five = [s for p, s in status.items() if "five" in p]
    families = [s for p, s in status.items() if "300" in p]
    wounded = [s for p, s in status.items() if "14" in p]
    assert scores == ["unverified"]  # three sentences back, past a sentence with a number of its own
    assert five == ["unverified"]
    assert families == ["reported"]  # another paragraph, before it
    assert wounded == ["reported"]  # another paragraph, after it


def test_the_reports_is_still_a_blanket() -> None:
    text = (
        "The governor said 12 people were killed in the raid.\n\n"
        "Residents said 30 homes were burned and 200 people fled. "
        "The reports could not be independently verified."
    )
    assert blanket_doubt(text) == "The reports could not be independently verified."
    assert paragraph_doubts(text) == []


def test_the_claims_opening_an_article_stays_a_blanket() -> None:
    text = (
        "The claims could not be independently verified.\n\n"
        "The militia said it had killed 20 soldiers, and the army said 15 militiamen died."
    )
    assert blanket_doubt(text) == "The claims could not be independently verified."
    assert paragraph_doubts(text) == []


# --------------------------------------------------------------------------- who reported it


def test_a_place_opener_is_no_subject() -> None:
    from summarizer.evidence.attribution import find_attribution

    s = "Further north, in the hill district, the border police said they had killed 11 smugglers."
    assert find_attribution(s) == "the border police"
    assert find_attribution("Elsewhere, the navy said two fishermen were missing.") == "the navy"
    assert find_attribution("Along the canal, local officials said 40 families had fled.") == "local officials"


def test_a_reporting_verb_set_off_by_commas_names_the_sayer() -> None:
    from summarizer.evidence.attribution import find_attribution

    s = "Shells hit the depot on Friday, killing six workers, the provincial governor said, as rescuers dug on."
    assert find_attribution(s) == "the provincial governor"
    s = "Gunmen raided the farm, killing four herders, the district chief said, adding that the cattle were taken."
    assert find_attribution(s) == "the district chief"
    (fig,) = code_only(
        "Shells hit the depot on Friday, killing six workers, the governor said, as rescuers dug on."
    ).casualties
    assert fig.reported_by == "the governor"


def test_a_coordinated_clause_has_its_own_sayer() -> None:
    from summarizer.evidence.attribution import _attributions

    s = (
        "Volunteers pulled three bodies from the river, the aid group said on its website, "
        "and the district council said 250 people had fled."
    )
    assert [name for _, name in _attributions(s)] == ["the aid group", "the district council"]


def test_an_indian_wire_dateline_without_a_dash_is_no_source() -> None:
    from summarizer.evidence.dates import dateline_at

    text = "Guwahati, Mar 3 (IANS) Seven people were killed in a clash near the border, police said."
    dl = dateline_at(text)
    assert dl is not None and text[dl.end :].startswith("Seven people")
    (fig,) = code_only(text).casualties
    assert fig.reported_by == "police"
    assert dateline_at("Rahim, a farmer (52) Said he saw it.") is None


def test_one_unnamed_officer_is_not_the_police() -> None:
    text = (
        "Police said four people were killed in the blast at the depot. "
        "Later, a senior police officer said two more bodies were found in the debris."
    )
    names = [s.name for s in code_only(text).sources]
    assert "Police" in names and "a senior police officer" in names


def test_a_clause_with_a_counted_object_is_no_sayer() -> None:
    from summarizer.evidence.attribution import _attributions

    s = (
        "Volunteers pulled three bodies from the river, the charity said, "
        "and the district council said 250 people had fled."
    )
    # (session 13: "the charity said" is a sayer, a charity being a source noun; the clause
    # "Volunteers pulled three bodies" still is none)
    assert [name for _, name in _attributions(s)] == ["the charity", "the district council"]


def test_it_said_refers_to_the_body_just_named_as_subject() -> None:
    text = (
        "The regional governor said four people were killed when the convoy was hit. "
        "The Northern Command Media Office, which speaks for the border troops, condemned the attack. "
        "It said the strike had killed two people, not four."
    )
    figs = {c.phrase: c.reported_by for c in code_only(text).casualties}
    assert figs["two"] == "The Northern Command Media Office"


def test_it_said_after_a_sentence_citing_a_source_is_unchanged() -> None:
    text = (
        "The Valley Relief Network said 30 families had fled the hills. "
        "Floods also cut the main road. "
        "It said six more people were missing."
    )
    figs = {c.phrase: c.reported_by for c in code_only(text).casualties}
    assert figs["six"] == "The Valley Relief Network"


def test_a_security_media_cell_is_the_forces_not_an_outlet() -> None:
    from summarizer.evidence.attribution import source_kind_hint

    assert source_kind_hint("the Security Media Cell") == "military"
    assert source_kind_hint("Kordavia's military media office") == "military"
    assert source_kind_hint("the Lakeside Media Group") == "media"


def test_the_mission_refers_back_to_a_named_mission() -> None:
    text = (
        "The United Nations Observer Mission in Korvia (UNOMK) said it was alarmed by the shelling. "
        "The mission said its human rights team had confirmed the deaths of five civilians."
    )
    (fig,) = code_only(text).casualties
    assert fig.reported_by == "The United Nations Observer Mission in Korvia (UNOMK)"
    assert fig.status == "confirmed"  # a UN body's own check is independent (attrib rule 3)
