"""Source recall, session 19 (summarizer/evidence/__init__.py, "Sources, session 19"), on invented
sentences only, each rule with a negative.

- "counts" is a monitor's present-tense report ("X, which tracks political violence, counts ...").
- "reports" (and "claims", "counts") after a preposition and the words of a noun ("from media reports",
  "citing unconfirmed reports") is a noun: nobody reports, and the words before it are no source.
- a body described as a database or tracker of the conflict is a monitor."""

from __future__ import annotations

from summarizer.testing import code_only

_LEAD = "Clashes in Velo\n\nGunmen killed 12 people in Velo on Monday, the mayor said.\n\n"


def _sources(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in code_only(_LEAD + text + "\n").sources}


def test_counts_is_a_monitor_s_report() -> None:
    got = _sources(
        "The Lesk Conflict Project (LCP), which tracks political violence, counts more than 15,000 deaths since 2015."
    )
    assert got.get("The Lesk Conflict Project (LCP)") == "monitor"


def test_reports_after_a_preposition_is_a_noun() -> None:
    got = _sources(
        "The Orlen Casualty Register, a database that follows the war from media reports, counts 291 rebels killed."
    )
    assert "The Orlen Casualty Register" in got
    assert not any("media" in n for n in got)


def test_reports_as_a_verb_stays() -> None:
    assert "Local media" in _sources("Local media reports said 14 people had died.")
    assert "Community leaders in Lesk" in _sources(
        "Community leaders in Lesk report that some 40 people remain missing."
    )


def test_counts_as_a_noun_is_no_report() -> None:
    got = _sources("The death counts were raised to 14 on Tuesday.")
    assert set(got) == {"the mayor"}


def test_it_refers_back_to_a_side_named_in_lower_case() -> None:
    """ "The army did not comment. It later claimed ...": the army speaks, not the source named before it."""
    lead = "Strike on Velo market\n\nA drone strike killed 23 people in Velo on Monday, the medics network said.\n\n"
    s = code_only(lead + "The army did not comment. It later claimed to have killed 40 rebels.\n")
    assert {c.phrase: c.reported_by for c in s.casualties}["40"] == "The army"
    # a lower-case noun of no side ("the group" may be the network) is not taken
    s = code_only(lead + "The group did not respond. It said 40 rebels had died.\n")
    assert {c.phrase: c.reported_by for c in s.casualties}["40"] != "The group"


def test_who_a_speaker_cites_is_a_source() -> None:
    """ "X reports that ..., citing residents": the residents are a source, relayed by X; the figure stays X's."""
    s = code_only(_LEAD + "Kesh Watch reports that at least five people were killed in Velo, citing residents.\n")
    assert {x.name for x in s.sources} >= {"Kesh Watch", "residents"}
    assert {c.phrase: c.reported_by for c in s.casualties}["at least five"] == "Kesh Watch"
    s = code_only(_LEAD + "The Lesk Rights Group said 500 people had fled, citing data from the health ministry.\n")
    assert "the health ministry" in {x.name for x in s.sources}
    # what a body cites of its own ("its contacts in the area") is no source of its own
    s = code_only(_LEAD + "The Lesk Rights Group said 40 people had died, citing its contacts in the area.\n")
    assert not any("contacts" in x.name for x in s.sources)


def test_the_counted_are_no_source() -> None:
    """Participles and patients: "Up to 15 herders reported missing", "a dozen people had been admitted",
    "said a dozen people ...", "In a 2023 report, X said": the counted and a year are no source."""
    from summarizer.evidence.attribution import _attributions

    assert _attributions("Up to 15 herders reported missing; roads to the valley remain closed.") == ()
    assert _attributions("Some 1,900 people estimated displaced from Velo and nearby hamlets.") == ()
    assert _attributions("Three of the six people admitted to Lesk District Hospital died on Friday.") == ()
    said = _attributions("A nurse at the Velo clinic, the district's only one, said a dozen people had been admitted.")
    assert [n for _, n in said] == ["A nurse at the Velo clinic"]
    assert [n for _, n in _attributions("In a 2021 report, the Lesk Rights Group said guards had killed 40 men.")] == [
        "the Lesk Rights Group"
    ]
    # a reporting verb that is no participle stays a report: "the government says killed about 3,000"
    assert [n for _, n in _attributions("The army admitted that 12 soldiers died.")] == ["The army"]
    assert _attributions("It was fighting that the government says killed about 3,000 people.") != ()
