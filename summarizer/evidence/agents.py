"""Who did it, as the text says: the agent of a violent act ("were killed by unidentified
gunmen", "the attack was carried out by the FMLN", "the ELN claimed responsibility",
"attributed the attack to the Medellin cartel").

Only grammatical patterns that name the perpetrator are used; a "by" phrase naming a means
("by a car bomb", "by the impact of three bullets") or a time ("by Friday") is not an agent.
The result is a phrase exactly as written, with its offsets, so a party made from it is
grounded like everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.evidence._text import sentence_spans

__all__ = ["Agent", "agent_kind", "find_agents"]


@dataclass(frozen=True)
class Agent:
    name: str
    start: int  # offsets in the article
    end: int
    pattern: str  # "by" | "claimed" | "attributed"


_ACT = (
    r"killed|murdered|assassinated|shot|gunned\s+down|stabbed|kidnapped|abducted|attacked|wounded|injured|"
    r"ambushed|bombed|executed|massacred|carried\s+out|perpetrated|committed|planted|set\s+off|detonated|"
    r"fired|captured|seized|hit|targeted|ordered"
)
# words an agent phrase may not run into (clause and prepositional boundaries)
_STOP = (
    r"has|have|had|in|at|on|during|near|who|whom|which|that|while|after|before|when|as|from|with|and\s+then|and\s+were|"
    r"according|inside|outside|along|across|for|to|into|last|this|yesterday|today|since|because|but|"
    r"early|late|around|about|between|under|over|against|wearing"
)
_NP = r"((?:(?!(?:" + _STOP + r")\b)[\w'’.&-]+(?:\s+|(?=[,.;:)\]\"”]|$))){1,7})"
_BY = re.compile(r"\b(?:" + _ACT + r")\b(?:\s+[\w'’-]+){0,5}?\s+by\s+(?:a\s+group\s+of\s+)?" + _NP, re.I)
_CLAIMED = re.compile(
    _NP.replace("{1,7}", "{1,6}") + r"\s*(?:has\s+|have\s+|had\s+)?(?:claimed|admitted|assumed)\s+responsibility",
    re.I,
)
_ATTRIBUTED = re.compile(
    r"\b(?:(?:attributed|attributing|ascribed)\b(?:\s+[\w'’-]+){0,6}?\s+to|(?:blamed|blaming)\b(?:\s+[\w'’-]+){0,6}?"
    r"\s+on)\s+"
    r"(?:a\s+so-called\s+|the\s+so-called\s+)?" + _NP,
    re.I,
)
# head words of means, times and places: a "by" phrase ending in one of these is not an agent
_NOT_AGENT_HEAD = re.compile(
    r"^(?:explosions?|blasts?|bombs?|car-bombs?|bullets?|gunfire|fire|impact|shrapnel|mines?|grenades?|"
    r"shells?|shelling|airstrikes?|air\s+strikes?|strikes?|rockets?|missiles?|attacks?|vehicles?|cars?|"
    r"trucks?|dynamite|explosives?|devices?|ieds?|weapons?|guns?|rifles?|machine-guns?|knives?|knife|"
    r"people|persons|them|him|her|it|this|that|these|those|phone|telephone|radio|name|night|day|"
    r"morning|evening|afternoon|time|surprise|mistake|accident|chance|force|means|way|order|orders|"
    r"sources?|reports?|[0-9:.]+|a\.m|p\.m|noon|midnight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|hours?|minutes?|week|month|year|control|fired|witnessed|ranging)$",
    re.I,
)
_LEADING = re.compile(r"^(?:the|a|an|some|other|alleged|suspected|presumed)\s+", re.I)


def _clean(article: str, s: int, e: int) -> tuple[int, int] | None:
    text = article[s:e]
    # trim trailing punctuation and spaces
    while e > s and article[e - 1] in " \t\n,.;:)]\"”'’":
        e -= 1
    while s < e and article[s] in " \t\n\"“'‘(":
        s += 1
    text = article[s:e]
    tail = re.search(r"(?:\s+(?:and|or|the|a|an|of))+$", text, re.I)
    if tail:
        e -= len(tail.group())
        text = article[s:e]
    if not text or len(text) < 3:
        return None
    words = text.split()
    if any(_NOT_AGENT_HEAD.match(w.strip(".,")) and not w[0].isdigit() for w in words):
        return None
    if words[-1][0].isdigit():
        return None
    if re.match(r"(?:what|whom?|which|whose|where|when|how|president|presidential|no|nobody|none)\b", text, re.I):
        return None
    if len(words) == 1 and _LEADING.match(text + " "):
        return None
    return s, e


def find_agents(article: str) -> list[Agent]:
    """Perpetrator phrases in article order, deduplicated case-insensitively."""
    out: list[Agent] = []
    seen: set[str] = set()
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        for pat, name in ((_BY, "by"), (_CLAIMED, "claimed"), (_ATTRIBUTED, "attributed")):
            for m in pat.finditer(sent):
                span = _clean(article, s0 + m.start(1), s0 + m.end(1))
                if span is None:
                    continue
                a, b = span
                key = " ".join(article[a:b].lower().split())
                if key in seen:
                    continue
                seen.add(key)
                out.append(Agent(article[a:b], a, b, name))
    out.sort(key=lambda g: g.start)
    return out


_ARMED = re.compile(
    r"guerrill|rebel|insurgent|militant|gunm[ae]n|assassin|terroris|cartel|taliban|front|liberation|"
    r"commando|militia|extraditables|fmln|eln|farc|shining\s+path|sendero|al-qaida|al-qaeda|qaeda|"
    r"islamic\s+state|isis|boko|shabaab|hamas|hezbollah|death\s+squads?|paramilitar|gang|traffickers?|"
    r"individuals|men\b|attackers?|bombers?|kidnappers?|hitm[ae]n",
    re.I,
)
_STATE = re.compile(
    r"\barmy\b|police|soldiers|forces|troops|military|battalion|brigade|national\s+guard|navy|air\s+force|"
    r"security\s+(?:forces|services)|marines|isaf|coalition|commandos\b",
    re.I,
)


def agent_kind(name: str) -> str:
    """A PartyKind guessed from the phrase's own words (``other`` when they say nothing)."""
    if _STATE.search(name) and not re.search(r"liberation|revolutionary|guerrill|rebel", name, re.I):
        return "state_forces"
    if _ARMED.search(name):
        return "armed_group"
    return "other"
