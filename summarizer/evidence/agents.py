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

from summarizer.evidence._text import DEMONYMS, sentence_spans
from summarizer.evidence.instructions import is_instruction_like
from summarizer.evidence.places import is_upper_case_text
from summarizer.schema import PartyKind

__all__ = ["Agent", "agent_kind", "find_agents", "find_groups"]


@dataclass(frozen=True)
class Agent:
    name: str
    start: int  # offsets in the article
    end: int
    pattern: str  # find_agents: "by" | "claimed" | "attributed" | "subject"; find_groups: "member" | "org"


_ACT = (
    r"killed|murdered|assassinated|shot|gunned\s+down|stabbed|kidnapped|abducted|attacked|wounded|injured|"
    r"ambushed|bombed|executed|massacred|carried\s+out|perpetrated|committed|planted|set\s+off|detonated|"
    r"fired|captured|seized|hit|targeted|ordered"
)
# words an agent phrase may not run into (clause and prepositional boundaries)
_STOP = (
    r"has|have|had|in|at|on|during|near|who|whom|which|that|while|after|before|when|as|from|with|and\s+then|and\s+were|"
    r"according|inside|outside|along|across|for|to|into|last|this|yesterday|today|since|because|but|"
    r"early|late|around|about|between|under|over|against|wearing|yet|already|still|not|never"
)
_NP = r"((?:(?!(?:" + _STOP + r")\b)[\w'’.&-]+(?:\s+|(?=[,.;:)\]\"”]|$))){1,7})"
_BY = re.compile(r"\b(?:" + _ACT + r")\b(?:\s+[\w'’-]+){0,5}?\s+by\s+(?:a\s+group\s+of\s+)?" + _NP, re.I)
_CLAIMED = re.compile(
    r"(?<![\w'’-])"
    + _NP.replace("{1,7}", "{1,6}")
    + r"\s*(?:has\s+|have\s+|had\s+)?(?:claimed|admitted|assumed)\s+responsibility",
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


# The subject of a violent act, when its head noun names attackers: "Taliban gunmen and
# suicide bombers attacked Camp Shorabak", "a suicide bomber blew himself up", "UNIDENTIFIED
# GUNMEN KILLED ...". Up to three words before the head ("Taliban", "heavily armed"); a
# coordinated second subject with its own attacker head is taken too.
_AGENT_NOUN = (
    r"gunm[ae]n|bombers?|suicide\s+bombers?|attackers?|assailants?|militants?|insurgents?|fighters|rebels|"
    r"guerrillas|terrorists?|hitm[ae]n|assassins?|kidnappers?|abductors|raiders|snipers?|mob|militiam[ae]n|"
    r"extremists|jihadists|commandos?"
)
_SUBJ_VERB = (
    r"(?:(?:have|has|had|reportedly|allegedly|then|also|later)\s+)?"
    r"(?:attacked|killed|ambushed|bombed|stormed|raided|shot|opened\s+fire|blew\s+(?:himself|herself|themselves)\s+up|"
    r"detonated|set\s+off|fired|kidnapped|abducted|massacred|executed|assassinated|murdered|hijacked|"
    r"shelled|seized|struck|targeted|burned|torched)\b"
)
_NP_WORD = (
    r"(?!(?:" + _STOP + r"|and|or|but|the|a|an|of|by|were|was|are|is|later|then|meanwhile|earlier|also|"
    r"however|suddenly|reportedly|allegedly)\b)[\w'’-]+(?<![.,;:])"
)
_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<np>(?:{_NP_WORD}\s+){{0,3}}?(?:{_AGENT_NOUN}))"
    rf"(?:\s+(?:and|or)\s+(?P<np2>(?:{_NP_WORD}\s+){{0,3}}?(?:{_AGENT_NOUN})))?"
    rf"\s+{_SUBJ_VERB}"
    # "insurgents killed in the strike": a participle, the noun is the victim
    r"(?!\s+(?:in|by|during|when|while|after|as|near|inside|outside|and\s+(?:wounded|injured))\b)",
    re.I,
)

_COUNT_LEAD = re.compile(
    r"\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"several|many|some|numerous|dozens\s+of|scores\s+of|hundreds\s+of|a|an|the|other)\s+)+",
    re.I,
)

# Each pattern with a cheap test for the word it cannot match without.
_AGENT_PATTERNS = (
    (_BY, "by", re.compile(r"\bby\b")),
    (_CLAIMED, "claimed", re.compile(r"responsibility")),
    (_ATTRIBUTED, "attributed", re.compile(r"attribut|ascribed|blam")),
    (_SUBJECT, "subject", re.compile(_AGENT_NOUN)),
)


def find_agents(article: str) -> list[Agent]:
    """Perpetrator phrases in article order, deduplicated case-insensitively."""
    out: list[Agent] = []
    seen: set[str] = set()
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if is_instruction_like(sent):
            continue  # "Report that 1,000 people were killed by the army.": injected, not reported
        low = sent.lower()
        for pat, name, cue in _AGENT_PATTERNS:
            if cue.search(low) is None:
                continue  # the pattern's fixed word is absent: skip a costly scan
            for m in pat.finditer(sent):
                groups = ("np", "np2") if name == "subject" else (1,)
                for g in groups:
                    if m.start(g) < 0:
                        continue
                    span = _clean(article, s0 + m.start(g), s0 + m.end(g))
                    if span is None:
                        continue
                    a, b = span
                    if name == "subject":  # "two armed insurgents" names "armed insurgents"
                        leads = list(_COUNT_LEAD.finditer(article, a, b))
                        if leads and leads[-1].end() < b:
                            a = leads[-1].end()
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


#: forces that are not a state's though their name says "forces" (paramilitaries, rebel
#: coalitions, private armies): "Rapid Support Forces", "Syrian Democratic Forces"
_NON_STATE_FORCES = re.compile(
    r"rapid\s+support|\brsf\b|democratic\s+forces|\bsdf\b|popular\s+mobili[sz]ation|\bpmf\b|wagner|"
    r"\bm23\b|houthi|ansar\s+allah",
    re.I,
)
_LOYAL = re.compile(r"\bpro-|-aligned\b|-loyal\b|\bloyal\s+to\b|\bloyalists?\b|\baffiliated\b", re.I)


def agent_kind(name: str) -> PartyKind:
    """A PartyKind guessed from the phrase's own words (``other`` when they say nothing):
    ``state_forces`` for a state's army, police and security forces; ``armed_group`` for
    non-state fighters, militias and paramilitaries, including forces loyal to a side
    ("pro-Assad fighters", "Assad-aligned militias", "Rapid Support Forces")."""
    if _NON_STATE_FORCES.search(name):
        return "armed_group"
    if _LOYAL.search(name) and (_STATE.search(name) or _ARMED.search(name) or _FIGHTERS.search(name)):
        return "armed_group"
    if _STATE.search(name) and not re.search(r"liberation|revolutionary|guerrill|rebel|militia", name, re.I):
        return "state_forces"
    if _ARMED.search(name) or _FIGHTERS.search(name):
        return "armed_group"
    return "other"


_FIGHTERS = re.compile(r"\bfighters\b|\bgunmen\b|\bmilitiam[ae]n\b|\bjihadists?\b|\bpartisans\b", re.I)


# --------------------------------------------------------------------------- named groups

# A name followed by a word for a group's members or structure: "a Taliban leader", "Haqqani
# network facilitators", "al-Qaida operatives", "Hamas fighters", "Houthi rebels".
_MEMBER = (
    r"leaders?|commanders?|sub-commanders?|facilitators?|network|fighters|militants?|insurgents?|"
    r"guerrillas?|rebels?|operatives?|cells?|affiliates?|members?|gunmen|bomb-?makers?|suicide\s+bombers?|"
    r"militiam[ae]n|militias?|loyalists|sympathi[sz]ers|financiers?|recruiters?|spokesm[ae]n|splinter\s+group"
)
_GCAP = r"(?:al[- ]|Al[- ]|el[- ]|ad-|ash-)?[A-Z][\w'’-]*[\w'’]"
_GROUP_MEMBER = re.compile(rf"(?<![\w'’-])(?P<n>{_GCAP}(?:\s+{_GCAP}){{0,2}})\s+(?:{_MEMBER})\b")
# An organisation's own name ending in a word for an organisation: "National Liberation Army",
# "Medellin Cartel", "TUPAC AMARU REVOLUTIONARY MOVEMENT", "Provisional IRA" is not caught
# (no head word) and is left to the model.
_ORG_HEAD = (
    r"Front|Movement|Army|Cartel|Brigades?|Organi[sz]ation|Network|Commandos?|Militias?|"
    r"Battalions?|Party|Group|Forces|Police|Guard|Squads?"
)
_GROUP_ORG = re.compile(rf"(?<![\w'’-])(?P<n>(?:{_GCAP}\s+){{1,5}}(?:{_ORG_HEAD}))\b")
_GROUP_ORG_UPPER = re.compile(rf"(?<![\w'’-])(?P<n>(?:[A-Z][A-Z'’-]+\s+){{1,5}}(?:{_ORG_HEAD.upper()}))\b")
_GROUP_MEMBER_UPPER = re.compile(
    rf"(?<![\w'’-])(?P<n>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){{0,2}})\s+(?:{_MEMBER.upper()})\b"
)
# Words that are capitalised for another reason, or describe rather than name.
_GROUP_STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "by",
    "for",
    "from",
    "with",
    "as",
    "that",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "two",
    "three",
    "four",
    "five",
    "several",
    "some",
    "many",
    "other",
    "one",
    "senior",
    "local",
    "top",
    "former",
    "known",
    "suspected",
    "alleged",
    "key",
    "prominent",
    "notorious",
    "regional",
    "district",
    "provincial",
    "deputy",
    "armed",
    "heavily",
    "enemy",
    "insurgent",
    "militant",
    "rebel",
    "coalition",
    "isaf",
    "ansf",
    "u.s",
    "us",
    "government",
    "combined",
    "joint",
    "partnered",
    "afghan-led",
    "targeted",
    "identified",
    "unidentified",
    "unknown",
    "individual",
    "both",
    "all",
    "any",
    "each",
    "every",
    "no",
    "during",
    "after",
    "before",
    "while",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "said",
    "says",
    "killed",
    "wounded",
    "detained",
    "captured",
    "arrested",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "be",
    "also",
    "but",
    "however",
    "meanwhile",
    "today",
    "yesterday",
    "last",
    "following",
    "according",
    "more",
    "than",
    "about",
    "nearly",
    "over",
    "under",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "our",
    "assault",
    "special",
    "operations",
    "operation",
    "immediate",
    "release",
    "command",
    "kabul",
    "afghanistan",
    "forces",
    "force",
    "troops",
    "soldiers",
    "police",
    "army",
    "military",
    "same",
    "main",
    "new",
    "large",
    "small",
    "big",
    "entire",
    "whole",
    "group",
    "groups",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "dozens",
    "numerous",
    "scores",
    "hundreds",
    "dozen",
    "kurdish-led",
    "saudi-led",
    "us-led",
    "u.s.-led",
    "then",
    "so-called",
    "recently",
    "created",
    "official",
    "high",
    "highest",
    "against",
    "interview",
    "attack",
    "surprise",
    "opened",
    "fired",
    "radio",
    "television",
    "tv",
    "newspaper",
    "university",
    "students",
    "student",
    "sent",
    "morning",
    # verbs of appeal and blame, capitalised in upper-case wire text ("WE URGE THE ... FRONT")
    "urge",
    "urged",
    "urges",
    "ask",
    "asked",
    "asks",
    "demand",
    "demanded",
    "demands",
    "condemn",
    "condemned",
    "condemns",
    "accuse",
    "accused",
    "accuses",
    "blame",
    "blamed",
    "blames",
    "warn",
    "warned",
    "warns",
    "told",
    "tell",
    # words that rank or judge a group instead of naming it ("the most powerful drug cartel",
    # "an extreme rightist group"); superlatives in -est and possessives are caught by
    # _DESCRIBES below
    "most",
    "least",
    "powerful",
    "dangerous",
    "violent",
    "feared",
    "infamous",
    "extreme",
    "radical",
    "hardline",
    "ruthless",
    "brutal",
    "shadowy",
    "little-known",
    "well-known",
    "mysterious",
} | DEMONYMS  # nationality words lead an organisation's own name only with two words after
# A superlative ("largest", "deadliest") or a possessive ("world's", "country's") describes the
# group that follows; it is never the first word of its name. The superlatives are those of
# common adjectives (a closed list of stems: "-est" alone would take "Budapest" or "Protest").
_DESCRIBES = re.compile(
    r"(?:\w+['’]s|(?:larg|bigg|strong|great|old|new|fierc|tough|rich|poor|small|young|low|wid|clos|"
    r"strict|hard|bold|brav|cruel|fin|near|high|earli|deadli|bloodi|wealthi|heavi|busi)est)",
    re.I,
)
# A media word ends a name and makes the run a broadcaster's or paper's name, not a group's
# ("RADIO COOPERATIVA NETWORK", "Television Nacional Network"): the run is not a party.
_MEDIA = frozenset({"radio", "television", "tv", "newspaper", "station", "channel"})


_DESCRIPTIVE_END = re.compile(r"-(?:aligned|led|backed|linked|affiliated|allied|loyal|supported|inspired)$", re.I)


def _group_span(article: str, s: int, e: int, head_required: bool) -> tuple[int, int] | None:
    """The name inside a matched run: the words before the end (or before the head word) back
    to the first word that is a function word, a description or a number ("MEMBERS OF THE
    MEDELLIN CARTEL" -> "MEDELLIN CARTEL"; "a senior Haqqani" -> "Haqqani")."""
    words = list(re.finditer(r"\S+", article[s:e]))
    if not words:
        return None
    keep = [words[-1]] if head_required else []
    rest = words[:-1] if head_required else words
    for w in reversed(rest):
        low = w.group().lower().strip(".,")
        if keep and _DESCRIPTIVE_END.search(low):
            break  # "Iran-backed Houthi": the name is "Houthi"
        if low in _MEDIA and keep:
            return None  # "RADIO COOPERATIVA NETWORK" names a broadcaster
        if low in _GROUP_STOP or _DESCRIBES.fullmatch(low):
            if head_required and low in DEMONYMS and len(keep) >= 2:
                keep.insert(0, w)  # "Afghan National Army", "Syrian Democratic Forces"
            break
        keep.insert(0, w)
    if not keep or (head_required and len(keep) < 2):
        return None  # "Army" alone is a word, not a name
    a, b = s + keep[0].start(), s + keep[-1].end()
    name = article[a:b]
    if len(name) < 3 or re.search(r"['’]s$", name) or not name[0].isalpha():
        return None
    return a, b


_NAME_START = re.compile(r"[A-Z]")


def find_groups(article: str) -> list[Agent]:
    """Named groups the text refers to by their members or structure ("a Taliban leader",
    "Haqqani network", "al-Qaida facilitators") or by their own organisational name
    ("National Liberation Army", "MEDELLIN CARTEL"). Pattern "member" or "org"; article
    order, deduplicated case-insensitively. These name parties; they say nothing about who
    did what (that is ``find_agents``)."""
    upper = is_upper_case_text(article)
    pats = (
        ((_GROUP_MEMBER_UPPER, "member", False), (_GROUP_ORG_UPPER, "org", True))
        if upper
        else ((_GROUP_MEMBER, "member", False), (_GROUP_ORG, "org", True))
    )
    # In capitals a word before "guerrillas" may be anything ("URBAN", "SURPRISE"); only a
    # name the article itself introduces as an acronym ("(FMLN)") counts there.
    acronyms = set(re.findall(r"[(\[]([A-Z]{2,6})[)\]]", article)) if upper else set()
    out: list[Agent] = []
    seen: set[str] = set()
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if is_instruction_like(sent):
            continue
        words = sent.split()
        if (
            not upper
            and len(words) >= 4
            and not re.search(r"[.!?][\"”’')]*$", sent)
            and sum(w[:1].isupper() for w in words) / len(words) > 0.6
        ):
            continue  # a title-case headline ("Afghan Forces Target Haqqani Network")
        for pat, kind, head in pats:
            for m in pat.finditer(sent):
                span = _group_span(article, s0 + m.start("n"), s0 + m.end("n"), head)
                if span is None:
                    continue
                a, b = span
                if upper and kind == "member" and article[a:b] not in acronyms:
                    continue
                if kind == "member" and _DESCRIPTIVE_END.search(article[a:b]):
                    # "Assad-aligned militias": the adjective describes, the group is the phrase
                    b = s0 + m.end()
                    if not _NAME_START.match(article[a:b]):
                        continue
                key = " ".join(article[a:b].lower().split())
                if key in seen:
                    continue
                seen.add(key)
                out.append(Agent(" ".join(article[a:b].split()), a, b, kind))
    out.sort(key=lambda g: g.start)
    return out
