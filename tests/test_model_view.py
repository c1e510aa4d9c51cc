"""The article as the model reads it: upper-case wire text is recased (fewer tokens), every
offset and every quote still refers to the original; party roles come from the text."""

from __future__ import annotations

from summarizer.prompts import build_messages, model_view

CAPS = (
    "PORT KALA, 3 MAY 91 (KNA) -- [TEXT] FOUR SOLDIERS WERE KILLED BY THE PEOPLE'S ARMED FRONT [PAF] IN AN "
    "AMBUSH NEAR THE VILLAGE OF DORSO, THE DEFENSE MINISTRY SAID."
)


def test_upper_case_text_is_recased_for_the_model_only() -> None:
    view = model_view(CAPS)
    assert len(view) == len(CAPS) and view.upper() == CAPS.upper()
    assert "Four Soldiers were Killed by the People's Armed Front [PAF] in an Ambush" in view
    assert "KNA" in view and "PAF" in view  # short and vowel-less words stay acronyms
    user = build_messages(CAPS, None)[1]["content"]
    assert "Village of Dorso, the Defense Ministry Said." in user and CAPS not in user


def test_mixed_case_text_is_shown_as_written() -> None:
    text = "Gunmen from the People's Armed Front killed FOUR soldiers near Dorso, the ministry said."
    assert model_view(text) == text
    assert model_view("KILLED") == "KILLED"  # too short to tell


def test_the_recased_article_gives_the_same_summary_offsets() -> None:
    from summarizer.api import Engine, Options
    from summarizer.testing import ScriptedProvider

    answer = {
        "summary": "The People's Armed Front ambushed an army patrol near Dorso.",
        "parties": [{"name": "People's Armed Front", "kind": "armed_group"}],
        "locations": ["Dorso"],
        "figures": ["F1"],
    }
    provider = ScriptedProvider([answer])
    s = Engine(Options(provider=provider, cache=False)).summarize(CAPS)
    assert [(c.outcome, c.low) for c in s.casualties] == [("killed", 4)]
    ev = s.casualties[0].evidence[0]
    assert ev.start is not None and ev.end is not None and CAPS[ev.start : ev.end] == ev.quote
    front = next(p for p in s.parties if "FRONT" in p.name.upper())
    assert front.evidence and front.evidence[0].quote.isupper()  # the original's words
    assert front.role == "attacker"  # the text's deed, not a model label
