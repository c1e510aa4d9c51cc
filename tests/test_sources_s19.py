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
