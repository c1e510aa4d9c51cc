"""A bulletin's highlights, session 22 (summarizer/evidence/__init__.py, "Figures, session 22"), on
invented text only, with negatives."""

from __future__ import annotations

from summarizer.testing import code_only

_UPDATE = (
    "NORLAND: Flash Update No. 3\n"
    "Attack on the Vessa displacement site\n\n"
    "HIGHLIGHTS\n"
    "- At least 19 civilians killed in an attack on the Vessa site.\n"
    "- Humanitarian access remains suspended.\n\n"
    "SITUATION OVERVIEW\n"
    "On the night of 19 October, armed men attacked the Vessa site. According to local authorities, at least "
    "19 civilians were killed with machetes and firearms.\n"
)


def test_highlight_restated_by_the_body_is_one_figure_with_the_body_source() -> None:
    killed = [c for c in code_only(_UPDATE).casualties if c.outcome == "killed"]
    assert len(killed) == 1
    assert killed[0].reported_by == "local authorities"
    assert len(killed[0].evidence) >= 2  # the highlight kept as extra evidence


def test_highlight_with_its_own_source_stays_negative() -> None:
    # negative: a highlight naming its source is that source's report
    text = _UPDATE.replace("Vessa site.\n- Humanitarian", "Vessa site, according to the mission.\n- Humanitarian")
    killed = [c for c in code_only(text).casualties if c.outcome == "killed"]
    assert len(killed) == 2


def test_no_highlights_heading_no_fold_negative() -> None:
    # negative: the same lines with no heading are not a summary block
    text = _UPDATE.replace("HIGHLIGHTS\n", "")
    killed = [c for c in code_only(text).casualties if c.outcome == "killed"]
    assert len(killed) == 2


_BLOG = (
    "LIVE: Shelling of Vessa market - latest updates\n\n"
    "18:40 - Civil society: 26 killed in market shelling\n"
    "Pascal Mora, who heads civil society in Vessa, now says 26 people were killed in Wednesday's shelling.\n\n"
    "13:45 - UN: around 1,500 displaced from Vessa\n"
    "The UN's humanitarian office, OCHA, says around 1,500 people have fled Vessa over two days.\n"
)


def test_entry_heading_restated_by_its_entry_is_one_figure() -> None:
    cs = code_only(_BLOG).casualties
    killed = [c for c in cs if c.outcome == "killed"]
    displaced = [c for c in cs if c.outcome == "displaced"]
    assert [c.reported_by for c in killed] == ["Pascal Mora"]
    assert len(displaced) == 1 and "OCHA" in (displaced[0].reported_by or "")


def test_entry_heading_with_another_number_stays_negative() -> None:
    # negative: the entry gives another count; the heading's figure is its own
    text = _BLOG.replace("now says 26 people", "now says 31 people")
    killed = [c for c in code_only(text).casualties if c.outcome == "killed"]
    assert len(killed) == 2
