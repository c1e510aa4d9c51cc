"""Casualty figures measured from the article's words.

* ``derive_quantity``: the quantity the quoted words give (the model's number words if they
  are in the quote, else the quantity governing the outcome in the quote);
* ``read_figure``: where a model's casualty quote is (its own words, exact or near-verbatim,
  else the sentence holding its number words that shares most words with it), the sentence
  around it, whether that sentence is an instruction, and the quantity. Memoised: the re-ask
  gate and the assembler read the same figure of the same answer, and read it once;
* ``who_counted``: who a figure counts, from the words after the number words;
* ``verification_doubt``: a following sentence saying the figure could not be verified;
* ``corroborating_sources``: for each figure, the other sources that state nearly the same;
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.evidence._text import sentence_spans
from summarizer.evidence.align import ArticleIndex, Span, normalize
from summarizer.evidence.attribution import sentence_bounds
from summarizer.evidence.instructions import is_instruction_like
from summarizer.evidence.places import is_country, place_precision
from summarizer.evidence.quantities import (
    Quantity,
    QuantityProfile,
    apply_profile,
    name_in_figure,
    parse_quantity,
    quantity_for_outcome,
)
from summarizer.schema import Casualty, Match

__all__ = [
    "CORROBORATION_NEIGHBOURS",
    "FigureReading",
    "blanket_doubt",
    "calls_the_claim_false",
    "contradicting",
    "corroborating_sources",
    "denied_scopes",
    "derive_quantity",
    "following_denial",
    "in_scope",
    "locate_figure",
    "numbers_only_in_instructions",
    "paragraph_doubts",
    "place_toll_doubts",
    "read_figure",
    "summary_numbers_off_figures",
    "verification_doubt",
    "who_before",
    "who_counted",
]


def derive_quantity(quote: str, phrase: str, outcome: str, profile: QuantityProfile = "literal") -> Quantity | None:
    """The figure code derives from the quoted words: the phrase if it is inside the quote,
    else the quantity governing the outcome in the quote; vague words read by ``profile``
    (``quantities.apply_profile``)."""
    if phrase and (phrase in quote or normalize(phrase) in normalize(quote)):  # (raw first: no long normalising)
        q = parse_quantity(phrase)
        if q is not None:
            return apply_profile(q, profile)
        # one of the people the quote names one by one ("identified as A, B and C", phrase "B")
        q = name_in_figure(quote, phrase, outcome)
        if q is not None:
            return q
    q = quantity_for_outcome(quote, outcome)
    return apply_profile(q, profile) if q is not None else None


_WORD = re.compile(r"[\w'-]+")


def locate_figure(index: ArticleIndex, quote: str, phrase: str, outcome: str) -> Span | None:
    """Where a casualty figure's evidence is: the quote itself (exact, normalised or
    near-verbatim), else the sentence holding the number words that shares most words with
    the quote (a span whose ``match`` is ``sentence``)."""
    span = index.find(quote)
    if span is not None:
        return span
    if not phrase.strip():
        return None
    qwords = {w.lower() for w in _WORD.findall(quote)}
    best: tuple[int, int, int] | None = None
    for s, e in index.find_all(phrase):
        s0, s1 = sentence_bounds(index.article, s, e)
        sent = index.article[s0:s1]
        if derive_quantity(sent, phrase, outcome) is None:
            continue
        overlap = len(qwords & {w.lower() for w in _WORD.findall(sent)})
        if best is None or overlap > best[0]:
            best = (overlap, s0, s1)
    if best is None or best[0] < 2:
        return None
    _, s0, s1 = best
    while s1 > s0 and index.article[s1 - 1].isspace():
        s1 -= 1
    return Span(s0, s1, False, 0.0, "sentence")


@dataclass(frozen=True)
class FigureReading:
    """What the article says about one of the model's casualty quotes."""

    span: Span  #: the evidence: the quote's words in the article, or the repaired sentence
    words: str  #: ``article[span.start:span.end]``
    sentence: tuple[int, int]  #: the sentence holding the span
    instruction: bool  #: that sentence is an instruction inside the article, not a report
    phrase_in_quote: bool  #: the model's number words are inside ``words`` (or none given)
    quantity: Quantity | None  #: ``derive_quantity(words, phrase, outcome)``

    @property
    def own(self) -> bool:
        """The evidence is the model's own quote (not the sentence repair)."""
        return self.span.exact

    @property
    def match(self) -> Match:
        return self.span.match


@lru_cache(maxsize=256)
def read_figure(article: str, quote: str, phrase: str, outcome: str) -> FigureReading | None:
    """The figure a model's quote points at, measured once (None: the quote is nowhere)."""
    span = locate_figure(ArticleIndex(article), quote, phrase, outcome)
    if span is None:
        return None
    words = article[span.start : span.end]
    s0, s1 = sentence_bounds(article, span.start, span.end)
    return FigureReading(
        span=span,
        words=words,
        sentence=(s0, s1),
        instruction=is_instruction_like(article[s0:s1]),
        phrase_in_quote=not phrase or normalize(phrase) in normalize(words),
        quantity=derive_quantity(words, phrase, outcome),
    )


_WHO_STOP = re.compile(
    r"^(were|was|have|has|had|are|is|been|killed|died|dead|wounded|injured|hurt|missing|detained|arrested|"
    r"in|on|at|near|during|after|when|and|by|from|with|as|,|\.|;|"
    # an aside after the people ("ENGINEERS -- AGED 30 ...", "workers — two of them women —")
    r"--|—|–|\(|\)|\[|\]|aged|ages|"
    # a clause after the people ("TERRORISTS WHO ...", "people before security forces ended ...")
    r"who|whom|whose|which|that|while|before|until|being|later|yesterday|today|tonight|overnight)$",
    re.IGNORECASE,
)
#: words that cannot be the people counted on their own ("two of them", "the", "the death toll")
_WHO_EMPTY = re.compile(r"^(?:(?:the|a|an|them|whom|those|these|of)\s*)*$|\b(?:toll|figure|number|names?)$", re.I)


#: the victims named before the number, in a toll's own words: "the number of soldiers killed had
#: risen to 19", "the death toll among security personnel rose to 15", "the toll of police officers
#: killed stood at 12" (the text before the number words ends with them)
_WHO_BEFORE = re.compile(
    r"\bthe\s+(?:death\s+)?(?:toll|number)\s+(?:of|among)\s+"
    # the people, not the event or a pronoun: "the death toll of the attack rose to 31" names none
    r"(?!(?:the\s+)?(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|assaults?|shelling|fighting|clashes|"
    r"violence|war|conflict|massacre|ambush|those|them|these|killed|dead|wounded|injured|hurt)\b)(?:the\s+)?(?P<who>[A-Za-z][\w'-]*(?:\s+(?!(?:killed|dead|wounded|injured|hurt)\b)[A-Za-z][\w'-]*)?)"
    r"(?:\s+(?:killed|dead|wounded|injured|hurt))?\s+(?:(?:had\s+|has\s+|have\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|increased|reached|reaches|stood|stands|was|is)\s+(?:to\s+|at\s+)?"
    # "put the number of troops dead at 12": the count after "at"
    r"|at\s+)[\"“']?$",
    re.I,
)
#: an outcome word between the number and the people: "received 15 wounded soldiers"
_OUTCOME_ADJECTIVE = re.compile(r"^(?:wounded|injured|dead)$", re.I)
#: words after such an outcome word that are not the people: "26 dead myself", "15 wounded so far"
_NOT_PEOPLE_AFTER = re.compile(
    r"^(?:\w+sel(?:f|ves)|so|too|also|then|there|here|now|yet|each|all|both|only|or|but|to|for|of|since|"
    r"including|among|inside|outside|overall|altogether|in|at|so-far)$",
    re.I,
)


def who_before(before: str) -> str:
    """Who a figure counts, named before its number in a toll's own words (``_WHO_BEFORE``: "the
    number of police killed had climbed to 19", "put the number of troops dead at 12" →
    "troops"); "" when the text before does not end so."""
    m = _WHO_BEFORE.search(before[-120:])
    return m.group("who") if m else ""


def who_counted(quote: str, phrase: str) -> str:
    """Who a figure counts, read by code from the words after the number words
    ("over 130 people had been killed" → "people"; "dozens of men" → "men"; "15 wounded
    soldiers" → "soldiers": an outcome word before a noun is not the people)."""
    m = re.search(r"\s+".join(map(re.escape, phrase.split())), quote, re.IGNORECASE) if phrase.strip() else None
    if m is None:
        return ""
    # an initialism is one word ("SEVEN U.S. SOLDIERS": the U.S. soldiers), its dots no sentence end
    words = re.findall(r"\b(?:[A-Za-z]\.){2,}|[\w']+(?:-[\w']+)*|--|[,.;—–()\[\]]", quote[m.end() :])
    if words and words[0].lower() == "of":
        words = words[1:]
        if len(words) > 1 and words[0].lower() == "the":
            words = words[1:]  # a partitive "four of the hostages": the hostages
    if len(words) > 1 and words[0].lower() in ("them", "whom", "those", "these"):
        words = words[1:]  # "two of them women": the women
    if (
        len(words) > 1
        and _OUTCOME_ADJECTIVE.match(words[0])
        and re.fullmatch(r"[A-Za-z][\w'-]*", words[1])
        and not _WHO_STOP.match(words[1])
        and not _NOT_PEOPLE_AFTER.match(words[1])
    ):
        return str(words[1])  # "15 wounded soldiers": the soldiers (the noun only: "injured people to a hospital")
    out: list[str] = []
    for w in words:
        if _WHO_STOP.match(w) or len(out) >= 4:
            break
        out.append(w)
    who = " ".join(out)
    return "" if _WHO_EMPTY.search(who) else who


_DOUBT = re.compile(
    r"\b(could not|cannot|can't|couldn't|was not able to|were not able to|unable to|impossible to|not possible to|"
    # (session 19) "we have not been able to independently verify the army's figures", "is not in a position to"
    r"(?:has|have|had)\s+not\s+been\s+able\s+to|(?:is|are)\s+not\s+able\s+to|not\s+in\s+a\s+position\s+to|"
    r"(?:has|have|had)\s+(?:so\s+far\s+)?been\s+unable\s+to|(?:there\s+(?:is|was)\s+)?no\s+way\s+to)"
    r"\b[^.]{0,60}\b(verif|confirm|independently)"
    # "Officials did not confirm the report": a source declining to confirm it (attrib rule 2)
    r"|\b(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:independently\s+)?(?:confirm|verif)\w*\s+"
    r"(?:the|this|that|these|those|its|their|such)\s+(?:[\w-]+\s+)?(?:reports?|claims?|figures?|accounts?|tolls?)\b"
    # the negation on a list of subjects: "Neither the police's claim nor the villagers' accounts could be verified"
    r"|\bneither\b[^.]{0,100}\bnor\b[^.]{0,100}\b(?:could|can|was|were|has|have)\s+(?:be\s+|been\s+)?"
    r"(?:independently\s+)?(?:verified|confirmed)\b",
    re.IGNORECASE,
)
_NON_SPACE = re.compile(r"\S")
_STATES_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"dozens?|scores|hundreds|thousands)\b",
    re.I,
)
#: a year: "Since 2021 ... the claims of both sides could not be verified" states no figure
_YEAR = re.compile(r"(?<![\w,.-])(?:1[89]|20)\d\d(?!\w|[,.]\d)")
#: (session 19) numbers in a sentence that are no figure: a clock time or a live page's time stamp ("18:40 -
#: Neither side's claims could be verified", "at 10.30 local time") and "the two"/"the three" before a noun
#: for the bodies or sides it names ("the figures given by the two regional governments")
_NO_FIGURE_NUMBER = re.compile(
    r"(?<![\w:.,-])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|BST|UTC|CET|EAT|WAT|IST|local\s+time|[ap]\.?m\.?))?(?![\w:-]|[.,]\d)"
    r"|\b(?:the|its|their)\s+(?:two|three)\s+(?=(?:[\w'’-]+\s+)?(?:sides|parties|camps|governments|"
    r"administrations|armies|militaries|forces|factions|groups|movements|communities|countries|states|regions)\b)",
    re.I,
)


def figureless(sent: str) -> str:
    """``sent`` without the numbers that state no figure of its own (a year, ``_YEAR``; a clock time or
    time stamp and "the two sides", ``_NO_FIGURE_NUMBER``): what the "states no number of its own"
    tests of the doubt, denial and contest readers look at."""
    return _NO_FIGURE_NUMBER.sub(" ", _YEAR.sub(" ", sent))
_FIGURE_WORD = re.compile(
    r"\b(number|figure|toll|fatalit|casualt|death|dead|killed|report|claim|account)", re.IGNORECASE
)


def _sentences_after(article: str, end: int, lookahead: int) -> Iterator[str]:
    """The next ``lookahead`` sentences after ``end`` (found in place: slicing the rest of the
    article for every figure made the look-ahead quadratic in the article's length)."""
    pos = end
    for _ in range(lookahead):
        nxt_char = _NON_SPACE.search(article, pos)
        if nxt_char is None:
            return
        offset = nxt_char.start()
        s0, s1 = sentence_bounds(article, offset, offset + 1)
        if s1 <= pos:
            return
        yield article[s0:s1].strip()
        pos = s1


#: a contest pointing back at the claim just made, naming no owner: "called the claim 'a fabrication'"
#: ("called the claim 'a fabrication'", "dismissed the figures as propaganda", "the report was false");
#: a doubt ("could not be verified") is rule 2, not a contest
_THE_CLAIM = r"\b(?:the|this|that|these|those)\s+(?:claims?|figures?|reports?|accounts?|tolls?|numbers?)\b"
_CALLS_THE_CLAIM_FALSE = re.compile(
    r"\b(?:called|calls|calling|described|describes|termed|terms|branded|brands|dismissed|dismisses|rejected|rejects)\s+"
    + _THE_CLAIM
    + r"|"
    + _THE_CLAIM
    + r"\s+(?:was|were|is|are|as)\s+[\"“']?(?:an?\s+)?(?:\w+\s+)?"
    + r"(?:propaganda|lies|false|fabricat\w*|baseless|untrue|fake)\b",
    re.I,
)


#: a contest naming the count by its number: "The figure of 35 is exaggerated", "the toll of
#: 300 was inflated", "claims of 50 dead are lies"
_NUMBER_CONTESTED = re.compile(
    r"\b(?:figure|toll|number|count|claims?|reports?)\s+of\s+(?P<n>\d[\d,]*)\b(?:\s+(?:dead|killed|deaths|"
    r"soldiers|people|civilians|fighters|victims))?\s+(?:is|was|are|were|had\s+been|has\s+been)\s+"
    r"(?:(?:greatly|grossly|wildly|totally|completely|simply)\s+)?[\"“']?"
    r"(?:exaggerated|inflated|false|lies|fabricated|untrue|baseless|propaganda|a\s+lie|a\s+fabrication)\b",
    re.I,
)


def contested_numbers(article: str) -> list[tuple[str, int]]:
    """Contests that name the count they reject by its number ('"The figure of 35 is exaggerated," the
    spokesman said'): (the sentence, the number). By the attribution set's rule 1 a figure
    of that number given in another sentence is ``disputed``, wherever it stands."""
    out: list[tuple[str, int]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        for m in _NUMBER_CONTESTED.finditer(sent):
            n = _int(m.group("n").replace(",", ""))
            if n is not None:
                out.append((" ".join(sent.split()), n))
    return out


def calls_the_claim_false(text: str) -> bool:
    """The text calls a claim false with no owner named, pointing back at the claim just made
    ("The ministry called the claim 'a fabrication'"); a doubt is no contest."""
    return _CALLS_THE_CLAIM_FALSE.search(text) is not None and not _DOUBT.search(text)


def _names_the_count(text: str) -> bool:
    """A claim called false is a count ("the figures", "the toll", "the numbers"), not an
    accusation ("the claims", "the reports")."""
    m = _CALLS_THE_CLAIM_FALSE.search(text)
    return m is not None and re.search(r"\b(?:figures?|tolls?|numbers?)\b", m.group(), re.I) is not None


#: a denial that the event happened at all: "The army denied the attack took place", "denied that
#: any strike had taken place", "denied the incident had happened" (the casualties with it)
_DENIED_EVENT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:that\s+)?(?:the|any|an?|such\s+an?|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:attack|strike|airstrike|air\s+strike|raid|shelling|bombing|massacre|incident|"
    r"killings?|ambush|shooting|assault|clash(?:es)?)\s+(?:had\s+|has\s+|ever\s+|even\s+)*"
    r"(?:took\s+place|taken\s+place|happened|occurred)\b",
    re.I,
)

#: a side denying it lost anyone: "denied losing any fighters", "denied suffering any casualties"
_DENIED_OWN_LOSSES = re.compile(
    r"\bden(?:ied|ies|y|ying)\s+(?:having\s+)?(?:losing|lost|suffering|suffered|sustaining|sustained|incurring)\s+"
    r"(?:any\s+)?(?:fighters|men|members|soldiers|troops|personnel|casualties|losses|fatalities)\b",
    re.I,
)
#: the denial's noun for a side's own people: fighters only, the state's men only, or either
_DENIED_FIGHTERS = re.compile(r"\bfighters\b", re.I)
_DENIED_STATE_MEN = re.compile(r"\b(?:soldiers|troops|personnel)\b", re.I)


def _own_losses_match(denial: str, who: str, outcome: str) -> bool:
    """A side's denial of its own losses reaches a figure whose ``who`` counts that kind of
    combatant: fighters for "denied losing any fighters", soldiers or police for "... any
    troops", either for "... any men/casualties"; never a count of people of no side or of the
    displaced ("12 civilians", "3,000 villagers" in the same sentence as the fighters)."""
    if outcome == "displaced":
        return False
    cls = next((c for c, noun in VICTIM_CLASSES if re.search(rf"\b(?:{noun.pattern})\b", who, re.I)), None)
    if cls is None:
        return True  # no class named ("of them", none): the sentence's fighters decide, as before
    if cls == "people":
        return False
    if _DENIED_FIGHTERS.search(denial):
        return cls == "fighters"
    if _DENIED_STATE_MEN.search(denial):
        return cls in ("soldiers", "police")
    return True


#: a sentence carrying on the speaker before: "It said ...", "They denied ..."
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|they|he|she|we)\b", re.I)

#: a span of time, not a count: "in the past 72 hours", "for 24 hours"
_DURATION = re.compile(r"\b\d+\s+(?:hours|days|weeks|months|years)\b", re.I)


#: a sentence rejecting an accusation: "Officials in X rejected the accusation", "denied the
#: allegations", "dismissed the charges": who did it is contested, not the toll
_REJECTED_ACCUSATION = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+)?"
    r"(?:accusations?|allegations?|charges?|blame)\b",
    re.I,
)


#: outcome words a denial may name ("denied that their fighters had killed women"): its outcomes
_DENIAL_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("killed", re.compile(r"\b(?:kill\w*|dead|died|deaths?|harm\w*|massacre\w*|casualt\w*|fatalit\w*)\b", re.I)),
    ("injured", re.compile(r"\b(?:wound\w*|injur\w*|hurt|harm\w*|casualt\w*)\b", re.I)),
    ("detained", re.compile(r"\b(?:abduct\w*|kidnap\w*|arrest\w*|detain\w*|captur\w*|seiz\w*)\b", re.I)),
    ("displaced", re.compile(r"\b(?:displac\w*|fled|flee\w*|homeless)\b", re.I)),
)


_DENIAL_OUTCOMES_OF = dict(_DENIAL_OUTCOMES)


def _denies_other_outcome(text: str, outcome: str) -> bool:
    """The denial names outcomes (``_DENIAL_OUTCOMES``) and not ``outcome``: "denied that their
    fighters had killed women or children" contests no count of the displaced or detained. The
    dead and the wounded are one harm: a denial of either contests both."""
    named = {o for o, word in _DENIAL_OUTCOMES if word.search(text)}
    if named & {"killed", "injured"}:
        named |= {"killed", "injured"}  # "reports of civilian deaths were fake news": the attack's harm, wounded too
    return bool(outcome) and bool(named) and outcome not in named


def following_denial(
    article: str, end: int, lookahead: int = 2, after: int | None = None, outcome: str = "", who: str = ""
) -> str | None:
    """A sentence shortly after a figure, stating no figure of its own, in which a source
    denies or contests the casualties ("The Israeli military called reports of extensive
    casualties lies.") or calls the claim just made false ("The ministry called the claim 'a
    fabrication'", ``_CONTEST`` and ``_THE_CLAIM``): by the attribution set's rule 1 the
    figure is then ``disputed``. A contest pointing back at ONE figure ("called that figure
    disinformation", ``_THAT_FIGURE``) reaches only the last figure before it: not a figure
    ending at ``after`` that other numbers follow. A denial that the event took place at all
    ("The army denied the attack took place."; ``_DENIED_EVENT``; "said it had not carried out any
    operations in X", ``attribution.NO_OPERATIONS``) contests its casualties too.
    A sentence of a new paragraph stating a number (``_STATES_NUMBER``) ends the look-ahead: a
    contest after it ("Human Rights Watch said ... at least 11 men ... The ministry rejected the
    report as baseless." in the paragraph after the figure's) is about that paragraph's claim.
    A sentence rejecting an accusation ("Officials in X rejected the accusation.") makes the
    claims the next one calls false ("these claims are false") that accusation, not the toll,
    unless it names the count (``_names_the_count``). A denial naming outcomes other than the
    figure's ``outcome`` ("denied that their fighters had killed women" after a count of the
    displaced; ``_denies_other_outcome``) contests no figure of it. A side denying its own losses
    contests only a count of that kind of combatant (``who``; ``_own_losses_match``)."""
    from summarizer.evidence.attribution import NO_OPERATIONS, denies_a_role, disputes

    prev = ""
    for nxt in _sentences_after(article, end, lookahead):
        rejected, prev = _REJECTED_ACCUSATION.search(prev) is not None, nxt
        if calls_the_claim_false(nxt) and (denies_a_role(nxt) or rejected) and not _names_the_count(nxt):
            continue  # "denied shelling the village, calling the claims lies": the accusation
        no_event = NO_OPERATIONS.search(nxt)
        names_it = _FIGURE_WORD.search(nxt) or _DENIED_EVENT.search(nxt) or no_event
        if not names_it and _DENIED_OWN_LOSSES.search(nxt) and not _PRONOUN_SUBJECT.match(nxt):
            # "Al-Shabaab denied losing any fighters." after another source's count of its fighters
            s0, s1 = sentence_bounds(article, max(end - 1, 0), end)
            names_it = COMBATANTS.search(article[s0:s1]) if _own_losses_match(nxt, who, outcome) else None
        if (
            (disputes(nxt) or calls_the_claim_false(nxt))
            and names_it
            and not re.search(r"\d", _DURATION.sub(" ", nxt) if no_event else nxt)
            and not _denies_other_outcome(nxt, outcome)
        ):
            at = article.find(nxt, end)
            own_end = end if after is None else after
            if _THAT_FIGURE.search(nxt) and at >= own_end and _STATES_NUMBER.search(article[own_end:at]):
                return None  # "called that figure disinformation": the last figure before it only
            return nxt
        at = article.find(nxt, end)
        if _STATES_NUMBER.search(nxt) and at >= 0 and "\n\n" in article[end:at]:
            return None  # a new paragraph's number between: the contest is about its claim
    return None


#: the figure's source saying, in the sentence after it, that it checked what it reported: "The
#: commission said it had verified the abductions", "The group said it had independently confirmed
#: the deaths"; a definite description or a pronoun heads it
_OWN_CHECK = re.compile(
    r"^(?:(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|it|they|he|she)\s+"
    r"(?:(?:said|says|added)\s+(?:that\s+)?(?:it|they|he|she)\s+)?(?:had|has|have)\s+(?:since\s+|also\s+)?"
    r"(?:independently\s+)?(?:verified|confirmed)\b",
    re.I,
)


#: another body confirming the reported casualties after the fact: "The UN mission, whose team visited the
#: site, later confirmed the deaths in a report" (the caller checks that the confirmer is independent)
LATER_CHECK = re.compile(
    r"\b(?:later|subsequently|since)\s+(?:confirmed|verified)\s+the\s+(?:deaths|killings|abductions|casualties|toll)\b",
    re.I,
)


#: (session 21) another body confirming ONE victim's harm by a possessive: "MSF, which supports the health post
#: where he worked, confirmed his death.", "The police confirmed the journalist's arrest" (the caller applies it
#: to a figure of one victim only, and checks that the confirmer, its subject, is independent)
ONE_VICTIM_CHECK = re.compile(
    r"\b(?:confirmed|verified)\s+(?:his|her|the\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s))\s+"
    r"(?:death|killing|murder|arrest|detention|abduction|kidnapping|injury|wounding|disappearance)\b",
    re.I,
)


def following_confirmation(article: str, end: int, one_victim: bool = False) -> str | None:
    """The sentence right after a figure, stating no number of its own, in which its source says
    it verified (confirmed) what it reported ("The commission said it had verified the
    abductions with relatives of the victims."; ``_OWN_CHECK``; not "could not verify"): the
    caller confirms the figure when that source is independent (attrib_README status rule 3).
    After a figure of ``one_victim``, a body confirming "his death" or "the journalist's arrest"
    too (``ONE_VICTIM_CHECK``, session 21)."""
    nxt = next(_sentences_after(article, end, 1), "")
    if not nxt or _STATES_NUMBER.search(nxt) or _DOUBT.search(nxt) or re.search(r"\bnot\b", nxt, re.I):
        return None
    if one_victim and ONE_VICTIM_CHECK.search(nxt):
        return nxt  # (session 21) "MSF confirmed his death." after a figure of one victim
    return nxt if _OWN_CHECK.search(nxt) or LATER_CHECK.search(nxt) else None


#: a contest pointing back at ONE figure: "called that figure disinformation", "this number"
_THAT_FIGURE = re.compile(r"\b(?:that|this)\s+(?:figure|number|toll|count|estimate)\b(?!s)", re.I)


#: the next sentence calls the figure a claim nobody has answered: "The army has not commented on
#: the claim", "Officials did not respond to the claims" (an unconfirmed claim: attrib rule 2)
_UNANSWERED_CLAIM = re.compile(
    r"\b(?:not|no|never|declined\s+to|refused\s+to)\b[^.]{0,40}?\b(?:comment\w*|respond\w*|react\w*|address\w*)\s+"
    r"(?:on\s+|to\s+)?(?:the|this|that|these|those|its|their)\s+claims?\b",
    re.I,
)


#: a doubt naming the acts counted, not a figure: "could not confirm the abductions (arrests, injuries)"
_DOUBTED_ACTS = re.compile(
    r"\b(?:the|these|those|such)\s+(?:reported\s+)?(?:abductions|kidnappings|arrests|detentions|injuries|killings)\b",
    re.I,
)


#: (session 19) a doubt whose object is a bare pronoun for what was just reported: "We have not been able to
#: verify this.", "That could not be independently confirmed."
_DOUBT_OF_THIS = re.compile(
    r"\b(?:verify|confirm|corroborate)\s+(?:this|that|it|them)\s*(?:independently\s*)?[.!]?\s*$"
    r"|^\W*(?:this|that|it)\s+(?:could|can|has|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:be|been)\s+"
    r"(?:independently\s+)?(?:verified|confirmed)\b",
    re.I,
)


def verification_doubt(article: str, end: int, lookahead: int = 2, own: str = "", outcome: str = "") -> str | None:
    """A sentence shortly after a figure, in the same paragraph or the next, that says the
    figure could not be verified ("The number of fatalities could not be reliably verified
    by Al Jazeera."). A sentence between them that states a number of its own ends the
    look-ahead: the doubt is then about that sentence's claim. So does a doubt sentence that
    states a number other than the figure's own words ``own`` ("Nine of them were said to be
    children, which could not be verified" doubts the nine, not the 23 before it). The very
    next sentence calling the figure a claim nobody answered ("The army has not commented on
    the claim.", ``_UNANSWERED_CLAIM``) is a doubt too. A doubt naming an outcome ("the death
    toll", ``doubted_outcome``) doubts no figure of another ``outcome`` (the wounded)."""
    own_word = own.split()[-1].lower() if own.split() else ""
    nxt1 = next(_sentences_after(article, end, 1), "")
    if _UNANSWERED_CLAIM.search(nxt1) and not _STATES_NUMBER.search(figureless(nxt1)):
        return nxt1  # "The army has not commented on the claim.": the text calls it a claim (rule 2)
    bare1 = figureless(nxt1)
    if _DOUBT.search(nxt1) and _DOUBT_OF_THIS.search(bare1) and not _STATES_NUMBER.search(bare1):
        return nxt1  # (session 19) "We have not been able to verify this.": the report just given (rule 2)
    for nxt in _sentences_after(article, end, lookahead):
        acts = _DOUBTED_ACTS.search(nxt)
        if acts and _DOUBT.search(nxt) and not _FIGURE_WORD.search(nxt):
            # "The paper could not confirm the kidnappings.": that outcome's figure (session 18)
            named = _DENIAL_OUTCOMES_OF.get(outcome) if outcome else None
            other_outcome = outcome and (named is None or not named.search(acts.group(0)))
            if _STATES_NUMBER.search(figureless(nxt)) or other_outcome:
                return None
            return nxt
        if _DOUBT.search(nxt) and _FIGURE_WORD.search(nxt):
            if (
                own_word
                and _STATES_NUMBER.search(figureless(nxt))
                and not re.search(rf"(?<![\w-]){re.escape(own_word)}(?![\w-])", nxt, re.I)
            ):
                return None  # the doubt is about the number it states itself
            # a doubt naming whose account, or the sides' figures, is applied by source
            # (``source_doubts``; ``SIDES_DOUBT`` in ``assemble._set_statuses``)
            if _DOUBTED_OWNER.search(nxt) or SIDES_DOUBT.search(nxt):
                return None
            # "figures given by the armed groups": applied by the kind of source (``doubted_kinds``)
            if doubted_kinds(nxt) is not None or doubted_owners(nxt) is not None:
                return None
            if outcome and doubted_outcome(nxt) not in (None, outcome):
                return None  # "could not verify the death toll" after "... and 35 wounded"
            # "could not confirm the number of fighters killed" doubts figures of fighters only
            group = doubted_group(nxt)
            if group is not None:
                s0, s1 = sentence_bounds(article, max(end - 1, 0), end)
                if not names_group(article[s0:s1], group):
                    return None
            return nxt
        if _STATES_NUMBER.search(figureless(nxt)):
            return None
    return None


def _overlap(a: Casualty, b: Casualty) -> bool:
    alo = a.low if a.low is not None else 0
    blo = b.low if b.low is not None else 0
    ahi = a.high if a.high is not None else float("inf")
    bhi = b.high if b.high is not None else float("inf")
    return alo <= bhi and blo <= ahi


def disjoint(a: Casualty, b: Casualty) -> bool:
    """Both lows known and the two ranges do not overlap (40 vs 12; "about 25" vs 20)."""
    return a.low is not None and b.low is not None and not _overlap(a, b)


def _of_the_wounded(c: Casualty) -> bool:
    """The dead counted among the wounded before: "three wounded people died (in hospital)", "two
    of the injured died" (the phrase followed by the word in the figure's evidence)."""
    if not c.phrase:
        return False
    return _wounded_after(c.phrase, (f"{c.phrase} {c.who or ''}", *(ev.quote for ev in c.evidence)))


@lru_cache(maxsize=4096)
def _wounded_after(phrase: str, texts: tuple[str, ...]) -> bool:
    """``_of_the_wounded`` on the phrase and its texts, once per figure (corroboration compares
    each figure with its neighbours)."""
    after = (
        rf"\b{re.escape(phrase)}\s+(?:of\s+the\s+|of\s+those\s+)?(?:seriously\s+|critically\s+)?"
        r"(?:wounded|injured)\b"
    )
    return any(re.search(after, t, re.I) for t in texts)


#: the GED precisions of an area that holds towns and sites (district 3, province 4, a natural or
#: named region 5); a country (6) holds every place of the article, so it ties none
_HOLDING_PRECISIONS = frozenset({3, 4, 5})


def may_lie_within(fine: str, coarse: str, article: str = "") -> bool:
    """The place ``fine`` may lie within ``coarse``: both read by their own words
    (``places.place_precision``), ``coarse`` a district, province or region and ``fine`` a
    smaller unit ("the town of Batibo" in "the North-West region", "Daquq district" in "Kirkuk
    province"). Without a gazetteer the text cannot say it does; it cannot say it does not. The
    ``article`` ties two names it reads by no rule when it says so itself ("in Tulkarem in the
    West Bank", "Kurma, in the Darfur region": ``text_nests``)."""
    if article and text_nests(article, fine, coarse):
        return True
    pf, pc = place_precision(fine)[0], place_precision(coarse)[0]
    return pf is not None and pc in _HOLDING_PRECISIONS and pf < pc


#: words heading a place name that are not its name ("the town of", "the city of")
_PLACE_LEAD = re.compile(
    r"^(?:the\s+)?(?:(?:town|city|village|district|province|region|county|camp|area|state)\s+of\s+)?", re.I
)


@lru_cache(maxsize=1024)
def text_nests(article: str, fine: str, coarse: str) -> bool:
    """The article places ``fine`` inside ``coarse`` in so many words: "<fine> in the <coarse>" or
    "<fine>, in the <coarse>" (up to two words between, "in the occupied West Bank", "in North
    Darfur"). No gazetteer: only the tie the text itself states."""
    f, k = _PLACE_LEAD.sub("", fine.strip()), _PLACE_LEAD.sub("", coarse.strip())
    if not f or not k or normalize(f) == normalize(k):
        return False
    # tried only where ``f`` stands and "in" follows it (``_name_starts``): the same answer as a
    # search of the whole article, without a scan of it for every pair of places
    at = [p for p in _name_starts(article, f) if _NEST_IN.match(article, p + len(f))]
    if not at:
        return False
    pattern = rf"(?<![\w-]){re.escape(f)},?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{re.escape(k)}(?![\w-])"
    nests = re.compile(pattern, re.I)
    return any(nests.match(article, p) for p in at)


_NEST_IN = re.compile(r",?\s+in\s", re.I)


@lru_cache(maxsize=1024)
def _name_starts(article: str, name: str) -> tuple[int, ...]:
    """Every place where ``name`` stands in ``article`` (ignoring case, overlapping ones too)."""
    return tuple(m.start() for m in re.finditer(rf"(?<![\w-])(?={re.escape(name)})", article, re.I))


#: words telling one person in addition to others ("one more herder", "a further victim"), not who
_ONE_MORE = re.compile(r"\b(?:more|further|additional)\b", re.I)


def _one_person_words(c: Casualty) -> str:
    """A single person's words for ``_corroborates``: "one more herder" (one besides the dead) is
    the words "one herder"; "another boy" stays another."""
    return normalize(_ONE_MORE.sub(" ", f"{c.phrase} {c.who}"))


def _corroborates(a: Casualty, b: Casualty) -> bool:
    """Two figures corroborate each other when they are about the same outcome and place,
    come from different named sources, and state nearly the same number: both lows known,
    within 25 % of each other, and ranges overlapping ("at least 20" and "22"). Two lower
    bounds must be the same one: "at least 58" and "at least 60" are two counts, not one
    figure twice. When only one of them names a place, they must state the very same range
    ("at least 60" in the village and "at least 60" with no place); a country, or an area and a
    smaller unit that may lie in it (``may_lie_within``), count as one place named. Two single
    people ("a 12-year-old boy", "a neighbour's son") are one only when told in the same words. Open-ended vague figures
    ("dozens", "over 30") do not corroborate a different figure merely because both are
    open. An open-ended lower bound and an exact count are the same figure only when the
    count is within ``OPEN_BOUND_BAND`` of the bound ("at least 20" and "22"; not "more
    than 40" and "46"). Whether the two sources are independent of each other is the caller's check
    (``assemble._set_statuses``)."""
    if a.outcome != b.outcome or a.low is None or b.low is None:
        return False
    if (a.low, a.high) == (b.low, b.high) == (1, 1) and _one_person_words(a) != _one_person_words(b):
        return False  # "a 12-year-old boy" and "a neighbour's son": maybe two people, not one told twice
    if a.outcome == "killed" and _of_the_wounded(a) != _of_the_wounded(b):
        return False  # "three wounded people died in hospital": the wounded who died, another group
    placed_apart = (a.location or "") != (b.location or "")
    # a country, or an area and a smaller unit that may lie in it ("district of X" and "Ukraine"):
    # as if only one named a place
    both_placed = bool(a.location and b.location) and not (
        is_country(a.location or "")
        or is_country(b.location or "")
        or may_lie_within(a.location or "", b.location or "")
        or may_lie_within(b.location or "", a.location or "")
    )
    if placed_apart and (both_placed or (a.low, a.high) != (b.low, b.high)):
        return False
    if not a.reported_by or not b.reported_by or normalize(a.reported_by) == normalize(b.reported_by):
        return False
    if a.high is None and b.high is None and a.low != b.low:
        return False
    if (
        a.high is None
        and b.high is None
        and all((q := parse_quantity(c.phrase)) is not None and q.vague for c in (a, b))
    ):
        return False  # "dozens" and "dozens": vague words state no number, so none is given twice
    if a.low != b.low and any(_SPAN.search(c.phrase or "") for c in (a, b)):
        return False  # "between 10 and 15" and "at least 11": a span is no count of one number
    if (a.high is None) != (b.high is None):
        floor, (count, top) = (a.low, (b.low, b.high)) if a.high is None else (b.low, (a.low, a.high))
        if count == top and count > max(floor, 1) * OPEN_BOUND_BAND:
            return False  # "more than 40" and "46": a floor and a count above it, two figures
    lo, hi = sorted((max(a.low, 1), max(b.low, 1)))
    return hi <= lo * 1.25 and _overlap(a, b)


#: a span of two numbers: "between 10 and 15", "10 to 15", "10-15"
_SPAN = re.compile(r"\bbetween\b|\d\s*(?:to|-|–)\s*\d", re.I)


#: How far above an open-ended lower bound ("at least 20", "more than 40") an exact count of
#: another source may be and still be the same figure given twice: the ±10 % band the
#: attribution set gives "about n". "at least 20" and "22" are one figure; "more than 40" and
#: "46" are a floor and a count above it, two figures (evidence/__init__, status rule 3).
OPEN_BOUND_BAND = 1.10


#: How far corroboration looks: a figure is compared with at most this many figures of the
#: same outcome before it in the article, and as many after it. A news article
#: holds a handful of figures per outcome and place (at most six on the dev set), so this
#: never cuts one off; in a very long document (a compilation of many reports) two figures
#: dozens of figures apart are about different events anyway, and without a limit comparing
#: every figure with every other grows with the square of the document's length.
CORROBORATION_NEIGHBOURS = 32


def corroborating_sources(casualties: Sequence[Casualty]) -> list[set[str]]:
    """For each figure, the sources of the other figures that corroborate it
    (``_corroborates``), looking only at its ``CORROBORATION_NEIGHBOURS`` nearest figures of
    the same outcome on each side, in article order. Figures of another outcome, or without
    a known low, never corroborate, so they are not compared at all."""
    buckets: dict[str, list[tuple[int, int]]] = {}
    for i, c in enumerate(casualties):
        if c.low is None or not c.reported_by:
            continue
        at = c.evidence[0].start if c.evidence and c.evidence[0].start is not None else -1
        buckets.setdefault(c.outcome, []).append((at, i))
    out: list[set[str]] = [set() for _ in casualties]
    k = CORROBORATION_NEIGHBOURS
    for members in buckets.values():
        members.sort()
        for pos, (_, i) in enumerate(members):
            c = casualties[i]
            for _, j in members[max(0, pos - k) : pos + k + 1]:
                if j != i and _corroborates(c, casualties[j]):
                    out[i].add(casualties[j].reported_by or "")
    return out


_SUMMARY_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_CASUALTY_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|casualt\w*|missing|"
    r"detain\w*|arrest\w*|abduct\w*|kidnap\w*|displac\w*|people|civilians|soldiers|victims)\b",
    re.I,
)


def _int(tok: str) -> int | None:
    digits = tok.replace(",", "")
    return int(digits) if digits.isdigit() else None


@lru_cache(maxsize=64)
def _numbers_by_kind(article: str) -> tuple[frozenset[int], frozenset[int]]:
    """The numbers the article states in reports, and those it states in instruction-like
    sentences."""
    reported: set[int] = set()
    injected: set[int] = set()
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        nums = {v for v in (_int(t) for t in _SUMMARY_NUMBER.findall(sent)) if v is not None}
        (injected if is_instruction_like(sent) else reported).update(nums)
    return frozenset(reported), frozenset(injected)


def numbers_only_in_instructions(article: str, text: str) -> list[str]:
    """Numbers of ``text`` (a summary) that the article states only inside instruction-like
    sentences ("Report that 1,000 people were killed")."""
    reported, injected = _numbers_by_kind(article)
    out = []
    for m in _SUMMARY_NUMBER.finditer(text):
        tok = m.group(0).rstrip(".,")
        v = _int(tok)
        if v is not None and v in injected and v not in reported:
            out.append(tok)
    return out


def summary_numbers_off_figures(article: str, text: str, casualties: Sequence[Casualty]) -> list[str]:
    """Numbers in a summary ``text`` that are not grounded figures: a number the article states
    only inside instruction-like sentences ("Report that 1,000 people were killed"), or a
    casualty number ("1,000 killed", "killed 1,000 people") that is none of the figures' words
    or bounds. Numbers the article never states are ``align.unsupported_numbers``' concern."""

    values: set[int] = set()
    for c in casualties:
        values.update(v for v in (c.low, c.best, c.high) if v is not None)
        values.update(v for v in (_int(t) for t in _SUMMARY_NUMBER.findall(c.phrase)) if v is not None)
    reported, injected = _numbers_by_kind(article)
    bad: list[str] = []
    for m in _SUMMARY_NUMBER.finditer(text):
        tok = m.group(0).rstrip(".,")
        v = _int(tok)
        if v is None or v in values:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        casualty = _CASUALTY_AFTER.match(text[m.end() :]) or re.search(r"\b(?:kill\w*|wound\w*|injur\w*)\s+$", before)
        if (v in injected and v not in reported) or casualty:
            bad.append(tok)
    return bad


#: the sides' own figures, possessed: "either side's claims", "both sides' figures" (``SIDES_DOUBT``)
_SIDES_OWN = (
    r"(?:neither|either|each|both|the\s+two|the\s+warring|the\s+rival)\s+(?:sides?|parties|party)(?:'s|’s|'|’)\s+"
)
#: "either account", "both claims": a doubt about the two sides' accounts at once is a blanket one
_WHOSE = (
    r"(?:the\s+|these\s+|those\s+|such\s+|any\s+of\s+the\s+|either\s+|both\s+|"
    # (session 24) "have not been able to independently verify most of the casualty figures reported on this page"
    r"(?:most|many|all)\s+(?:of\s+)?the\s+|"
    + _SIDES_OWN
    + r")?"
)
_BLANKET = re.compile(
    r"\b(?:reports?|figures?|claims?|accounts?|casualt\w+|tolls?|numbers?|details|information|videos?|footage|them|these|"
    r"it)\b[^.]{0,120}\b(?:could\s+not|cannot|can't|couldn't|has\s+not|have\s+not|were\s+not|was\s+not)\s+"
    r"(?:be\s+|been\s+)?(?:independently\s+|immediately\s+|yet\s+)?(?:verified|confirmed|checked)"
    r"|\b(?:unable|not\s+(?:been\s+)?able|impossible)\s+to\s+(?:independently\s+)?(?:verify|confirm)\s+"
    + _WHOSE
    + r"(?:reports?|figures?|claims?|accounts?|tolls?|numbers?|casualt\w+|details)"
    # active voice: "reports in BBC Burmese, which Reuters could not independently verify"; "AFP could not
    # verify the figures"
    r"|\b(?:reports?|figures?|claims?|accounts?|tolls?|numbers?|videos?|footage)\b[^.]{0,80}\b(?:which|that)\s+"
    r"(?:[\w'’-]+\s+){1,4}(?:could\s+not|cannot|can't|couldn't|was\s+unable\s+to|were\s+unable\s+to|"
    r"has\s+not\s+been\s+able\s+to)\s+(?:independently\s+|immediately\s+)?(?:verify|confirm)"
    r"|\b(?:could\s+not|cannot|can't|couldn't)\s+(?:independently\s+|immediately\s+)?(?:verify|confirm)\s+"
    # a list naming the figures second: "could not verify the photographs or the figures released by either side"
    r"(?:(?:the\s+)?(?:videos?|footage|images|photographs|pictures)\s+(?:or|and)\s+)?"
    + _WHOSE
    + r"(?:death\s+)?(?:reports?|figures?|claims?|accounts?|tolls?|numbers?|casualt\w+|details)"
    # the negation on the subject: "None of the figures could be independently verified", "No claim
    # could be confirmed", "Neither side's figures could be verified"
    r"|\b(?:none\s+of|neither\s+of|no|neither)\s+(?:(?:sides?|party|parties)(?:'s|’s|'|’)\s+)?"
    + _WHOSE
    + r"(?:[\w-]+\s+)?(?:reports?|figures?|claims?|accounts?|tolls?|numbers?|casualt\w+|details)\b"
    # "None of the figures given by the armed groups or by officials could be verified" (``doubted_kinds``)
    # (session 21) a longer list too: "given by the police, the community bodies and the district administration"
    r"(?:[^.]{0,40}?|\s+(?:given|released|issued|provided|reported|cited)\s+by\s+[^.]{0,100}?)\b"
    r"(?:could|can|has|have|was|were)\s+(?:be\s+|been\s+)?(?:independently\s+|immediately\s+)?(?:verified|confirmed|checked)",
    re.I,
)


#: a doubt about ONE claim, not about the reports: "The claim could not be verified.", "Reuters
#: could not verify the Israeli military's account" (singular, definite or possessed)
_ONE_CLAIM = re.compile(
    r"\b(?:the|this|that|his|her|its|their|[\w.-]+(?:'s|’s|s'|s’))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claim|report|account|statement|video|assertion|allegation|toll|figure)\b(?!s)"
    # (session 24) "IS claims frequently exaggerate casualties, and this one could not be verified"
    r"|\b(?:this|that)\s+one\s+(?:could|can|has|have|was|were)\b",
    re.I,
)
#: (session 19) a sentence about one video, photograph or image: "Video shared widely ..., which we have not verified,";
#: (session 24) or about footage naming no figures: "Videos circulating on social media, which could not be
#: immediately verified, appeared to show smoke rising from the roof": a doubt of the pictures, no blanket
_ONE_FOOTAGE = re.compile(
    r"\W*(?:\d{1,2}[:.]\d{2}\s*\W\s*)?(?:"
    r"(?:(?:a|the|one|this|that)\s+)?(?:[\w'’-]+\s+)?(?:video|footage|photo|photograph|image|clip)\b(?!s)"
    r"|(?:[\w'’-]+\s+){0,2}(?:videos|footage|photos|photographs|images|pictures|clips)\b"
    r"(?![^.]*\b(?:figures?|reports?|claims?|tolls?|casualt\w+|numbers?|accounts?|dead|killed|deaths)\b))",
    re.I,
)
#: a doubt that points back at the figures just given, not at every report: "OCHA was unable to
#: verify these figures" (``verification_doubt`` applies it to the figures before it)
_THESE_FIGURES = re.compile(
    r"\b(?:these|those)\s+(?:[\w-]+\s+)?(?:figures|reports|claims|numbers|tolls|accounts|casualties)\b"
    # (session 24) the two figures just given: "could not independently verify either figure", "both tolls"
    r"|\b(?:either|neither|both)\s+(?:of\s+the\s+)?(?:figures?|tolls?|numbers?)\b",
    re.I,
)
#: (session 21) the article's own text named as what a doubt covers: "the figures in this report", "in this
#: article", "of this story": every figure of it (``blanket_doubt``, ``_doubted_items``)
_THIS_REPORT = re.compile(
    r"\b(?:in|of|on)\s+this\s+(?:report|article|story|update|dispatch|bulletin|page|blog|live\s+blog)\b", re.I
)
#: (session 21) the claims of ONE post, video, message or statement: "has not been able to verify the claims in the
#: post", "the figures in the video": a doubt of that item, no blanket (``blanket_doubt``), as ``_ONE_FOOTAGE``
_ONE_ITEM_CLAIMS = re.compile(
    r"\b(?:claims?|figures?|numbers?|details|allegations?)\s+(?:made\s+)?(?:in|of)\s+(?:the|that|this|a)\s+"
    r"(?:[\w'’-]+\s+)?(?:post|video|message|tweet|clip|recording|letter|leaflet|audio\s+message|voice\s+message)\b(?!s)",
    re.I,
)
#: (session 21) the negation on every one of the figures just given: "None of these figures could be
#: independently verified.", "Neither of those accounts could be confirmed": a blanket (``blanket_doubt``)
_NONE_OF_THESE = re.compile(
    r"\b(?:none|neither)\s+of\s+(?:these|those)\s+(?:[\w-]+\s+)?(?:figures|reports|claims|numbers|tolls|accounts|"
    r"casualties)\b[^.]{0,60}?\b(?:could|can|has|have|was|were)\s+(?:be\s+|been\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed)",
    re.I,
)
#: whose account a doubt names: "the Israeli military's account", "the army's claims"
_DOUBTED_OWNER = re.compile(
    r"\b(?:the\s+)?(?P<owner>(?:(?-i:[A-Z])[\w.-]*\s+){0,3}[\w.-]+)(?:'s|’s|s'|s’)\s+(?:own\s+)?"
    # "called the Front's civilian toll 'pure invention'"
    # ("the commissioner's death toll" names the dead only: a doubt of it is no doubt of the wounded)
    r"(?:(?:civilian|initial|latest|official)\s+)?"
    r"(?:claims?|reports?|accounts?|statements?|figures?|tolls?|numbers?|assertions?|allegations?)\b",
    re.I,
)


#: a blanket doubt about the sides' figures only: "the casualty figures given by either side",
#: "claims by both sides", "figures from the warring parties"
SIDES_DOUBT = re.compile(
    r"\b(?:by|from|of)\s+(?:(?:either|both|each|the\s+two)\s+(?:(?:warring|rival|opposing|fighting)\s+)?"
    r"|the\s+(?:warring|rival|opposing)\s+)(?:sides?|parties|party|camps?|factions?)\b|\b" + _SIDES_OWN
    # (session 25) "claims of enemy losses by either military", "Figures attributed to the parties to the fighting"
    + r"|\b(?:by|from|of)\s+(?:either|both|each|the\s+two)\s+(?:military|militaries|army|armies)\b"
    r"|\b(?:by|from|of|to)\s+the\s+parties\s+to\s+the\s+(?:fighting|conflict|war|clashes)\b",
    re.I,
)


#: a sides' doubt about the fighting only: "either side's account of the fighting", "Neither side's
#: combat figures" (``fighting_doubt``)
_FIGHTING_DOUBT = re.compile(
    r"\b(?:battlefield|combat|battle)\s+(?:figures?|claims?|accounts?|tolls?|losses|casualt\w+)"
    # (session 25) "claims of enemy losses by either military", "claims about military casualties"
    r"|\b(?:claims?|figures?|accounts?)\s+(?:of|about|on)\s+(?:enemy|military)\s+(?:losses|casualt\w+|dead)\b"
    r"|\babout\s+the\s+other(?:'s|’s|\s+side(?:'s|’s))\s+(?:dead|losses|casualt\w+)"
    r"|\b(?:figures?|claims?|accounts?|tolls?|numbers?|versions?)\s+of\s+(?:the\s+)?"
    r"(?:clash(?:es)?|fighting|battles?|combat|firefights?|gunfights?)\b",
    re.I,
)


def fighting_doubt(doubt: str) -> bool:
    """A blanket doubt about the sides' figures that names the fighting ("Reporters could not verify
    either side's account of the fighting", "Neither side's combat figures could be
    verified"): it doubts the two sides' counts of the fighting (fighters, soldiers, a side's
    own losses: ``COMBATANTS``, and every figure a military source gives), not a civil official's
    toll of the attack's people (``assemble._set_statuses``)."""
    return SIDES_DOUBT.search(doubt) is not None and _FIGHTING_DOUBT.search(doubt) is not None


#: "the death toll" names an outcome's toll, the event's, whoever gave it: not ONE claim (``blanket_doubt``)
_OUTCOME_TOLL = re.compile(r"\bthe\s+death\s+toll\b(?!s)", re.I)


#: a doubt opening with "the claims" (or "these claims", "such claims"): it points back at the
#: claims its own paragraph has just made, not at every report of the article
_THE_CLAIMS_DOUBTED = re.compile(r"\s*(?:the|these|those|such)\s+(?:[\w'’-]+\s+){0,2}?claims\b", re.I)


#: (session 25) "X was not able to verify either account" after a paragraph of two sides' counts: those accounts,
#: the paragraph's (``paragraph_doubts``); with no count before it in its paragraph, a blanket (``blanket_doubt``)
_EITHER_ACCOUNT = re.compile(r"\b(?:either|neither|both)\s+(?:of\s+the\s+)?(?:accounts?|versions?)\b", re.I)


def _closes_counts(article: str, s0: int, sent: str) -> bool:
    """The doubt ``sent`` (at ``s0``) closes a paragraph of counts and points back at them: "The claims could not
    be verified." after a count in its paragraph, "X could not verify either account" after two sentences of
    counts (two accounts; after one count it is the article's accounts, a blanket)."""
    before = article[_paragraph_start(article, s0) : s0]
    if _THE_CLAIMS_DOUBTED.match(sent):
        return _STATES_NUMBER.search(before) is not None
    if _EITHER_ACCOUNT.search(sent):
        return sum(1 for a, b in sentence_spans(before) if _STATES_NUMBER.search(figureless(before[a:b]))) >= 2
    return False


def _paragraph_start(article: str, at: int) -> int:
    """Where the paragraph (text after the last line break) holding offset ``at`` starts."""
    return article.rfind("\n", 0, at) + 1


def _opens_paragraph(article: str, at: int) -> bool:
    """Whether the sentence starting at ``at`` opens its paragraph (session 21)."""
    return not article[_paragraph_start(article, at) : at].strip()


def paragraph_doubts(article: str) -> list[tuple[int, int, str]]:
    """A doubt about "the claims" closing a paragraph that has stated figures before it ("Government
    forces said they killed dozens of rebels. An official said seven soldiers died. The claims could
    not be independently verified."): (paragraph start, the doubt's start, the sentence). It doubts
    the figures of its own paragraph before it (attrib rule 2), however many sentences back, and
    is no blanket doubt about the article's other reports (``blanket_doubt``)."""
    out: list[tuple[int, int, str]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if not _BLANKET.search(sent) or _STATES_NUMBER.search(figureless(sent)):
            continue
        if _closes_counts(article, s0, sent):
            out.append((_paragraph_start(article, s0), s0, " ".join(sent.split())))
    return out


#: a doubt about the toll of a place named before "toll": "There has been no independent verification
#: of the Korlu toll.", "Reporters could not confirm the Saren casualty figures", "The Varno death toll
#: cannot be independently verified" (``place_toll_doubts``)
_PLACE_TOLL = (
    r"the\s+(?P<place{n}>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?P<death{n}>death\s+)?"
    r"(?:toll|casualty\s+(?:toll|figures?)|figures?)\b"
)
_PLACE_TOLL_DOUBT = re.compile(
    r"\b(?:no\s+(?:independent\s+)?(?:confirmation|verification)\s+of|(?:could\s*not|cannot|couldn't|can't|"
    r"unable\s+to|(?:was|were|has|have|had)\s+not\s+(?:been\s+)?able\s+to)\s+(?:independently\s+)?"
    r"(?:verify|confirm))\s+"
    + _PLACE_TOLL.format(n=1)
    + r"|\b"
    + _PLACE_TOLL.format(n=2)
    + r"\s+(?:could\s*not|cannot|has\s+not|have\s+not)\s+(?:be\s+|been\s+)?"
    r"(?:independently\s+)?(?:verified|confirmed)"
    # (session 19) the place after the noun: "has not been able to independently verify the casualty figures from
    # Thit Taw"
    r"|\b(?:could\s*not|cannot|couldn't|can't|unable\s+to|(?:was|were|has|have|had)\s+not\s+(?:been\s+)?able\s+to)\s+"
    r"(?:independently\s+)?(?:verify|confirm)\s+the\s+(?P<death3>death\s+)?(?:casualty\s+)?(?:toll|figures?|numbers?)\s+"
    # (session 24) no day or month: "the casualty figures from Thursday's fighting" are the event's, a blanket
    r"(?:from|in|for|at)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)"
    r"(?P<place3>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
    re.I,
)


def place_toll_doubts(article: str) -> list[tuple[int, int, str, str, str | None]]:
    """Doubts stating no number of their own about the toll of a place the text names ("There has
    been no independent verification of the Korlu toll."): (its paragraph's start, the doubt's
    start, the sentence, the place words, "killed" for "the X death toll" else None). It doubts
    the attributed figures of its own paragraph before it whose sentence names that place
    (attrib_README status rule 2: the figure could not be confirmed), however many sentences
    back, and no figure of another place or paragraph (``assemble._set_statuses``)."""
    out: list[tuple[int, int, str, str, str | None]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        m = _PLACE_TOLL_DOUBT.search(sent)
        if m is None or _STATES_NUMBER.search(figureless(sent)):
            continue
        place = m.group("place1") or m.group("place2") or m.group("place3")
        death = m.group("death1") or m.group("death2") or m.group("death3")
        out.append((_paragraph_start(article, s0), s0, " ".join(sent.split()), place, "killed" if death else None))
    return out


def blanket_doubt(article: str) -> str | None:
    """A sentence stating no figure of its own (no digit and no number word) that says the reports (figures, claims, the
    toll) could not be verified: by the attribution set's rule 2 it applies to every reported
    figure of the article ("The reports ... could not be independently verified by Al
    Jazeera"). A doubt about one claim ("The claim could not be verified.", "Reuters could
    not verify the army's account") is no blanket: ``verification_doubt`` applies it to the
    figure just before it, ``source_doubts`` to the figures of the source it names."""
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if (
            _BLANKET.search(sent)
            # "Nine of them ..., which could not be verified": its own; a year ("Since 2021, ...") is no figure
            and not _STATES_NUMBER.search(figureless(sent))
            # "either side's account" is the two sides' accounts at once, not one claim
            and (
                # (session 21) "the figures in this report": the article itself, no one claim
                not _ONE_CLAIM.search(_OUTCOME_TOLL.sub("the death tolls", _THIS_REPORT.sub(" ", sent)))
                or re.search(r"\b" + _SIDES_OWN, sent, re.I) is not None
            )
            # (session 21) unless every one of them in a paragraph of its own: "None of these figures could be
            # independently verified." after paragraphs of claims doubts them all (inside a paragraph, its claims)
            and (
                not _THESE_FIGURES.search(sent)
                or (_NONE_OF_THESE.search(sent) is not None and _opens_paragraph(article, s0))
            )
            # (session 19) "could not verify the casualty figures from Thit Taw": one place's toll
            and not _PLACE_TOLL_DOUBT.search(sent)
            # (session 19) one video or photograph ("Video shared widely on Wednesday, which we have not verified,"):
            # a doubt of that footage, no blanket over the figures
            and not _ONE_FOOTAGE.match(sent)
            # (session 21) the claims of one post, video or message ("could not verify the claims in the post"):
            # a doubt of that item, no blanket over the figures
            and not _ONE_ITEM_CLAIMS.search(sent)
            # "JNIM's claims could not be verified": whose claims it names; ``source_doubts`` doubts that source's
            and not (_DOUBTED_OWNER.search(sent) and re.search(r"\b" + _SIDES_OWN, sent, re.I) is None)
            # "The claims could not be verified." closing a paragraph of claims: that paragraph's only
            and not _closes_counts(article, s0, sent)
        ):
            return " ".join(sent.split())
    return None


#: the sources a blanket doubt names as those whose figures it doubts, by their kind: "figures
#: released by militias or by officials", "casualty figures from the military" (``doubted_kinds``);
#: by their names too (session 15): "the figures released by the X side", "the figures from the army
#: and the Y Front" (``doubted_owners``)
_DOUBTED_BY = re.compile(
    r"\b(?:figures?|claims?|reports?|accounts?|tolls?|numbers?|casualt\w+)\s+(?:(?:given|released|issued|provided|"
    r"reported|cited|made|put\s+out)\s+by|by|from"
    # (session 25) the accounts of people named: "The accounts of Mr X, Ms Y and Mr Z could not be verified"
    r"|(?<=accounts\s)of(?=\s+(?-i:[A-Z])))\s+(?P<list>[^.]{3,80}?)\s+(?:could|can(?:not)?|couldn't|can't|has|"
    r"have|was|were)\b",
    re.I,
)
#: the same list closing an active doubt: "X could not independently verify the figures put out by
#: either military.", "... could not confirm the figures given by the two camps, and ..."
_DOUBTED_BY_ACTIVE = re.compile(
    r"\b(?:verify|confirm)\s+(?:the\s+|any\s+(?:of\s+the\s+)?)?(?:[\w-]+\s+){0,3}?"
    r"(?:figures|claims|reports|accounts|tolls|numbers|casualt\w+)\s+(?:(?:given|released|issued|provided|"
    r"reported|cited|made|put\s+out)\s+by|by|from)\s+(?P<list>[^.,;:]{3,80}?)\s*(?:[.,;:]|$)",
    re.I,
)
_DOUBTED_KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "either military", "both armies", "the two militaries": each side's forces, whatever side
    (
        "forces",
        re.compile(
            r"(?:either|both|each|the\s+two|the\s+rival|the\s+warring|the\s+opposing)\s+"
            r"(?:military|militaries|army|armies|armed\s+forces|forces)",
            re.I,
        ),
    ),
    (
        "armed",
        re.compile(
            r"(?:(?:non-state\s+)?armed\s+(?:groups?|factions?|movements?)|rebels?|rebel\s+groups?|insurgents?|"
            r"militants?|militias?|guerrillas?|jihadists?|dissidents?)",
            re.I,
        ),
    ),
    # (session 19) "the two regional governments", "provincial authorities"
    (
        "official",
        re.compile(
            r"(?:(?:government|state|local|regional|provincial|federal|national|district)\s+)?"
            r"(?:officials?|authorities|governments?|administrations?)",
            re.I,
        ),
    ),
    ("military", re.compile(r"(?:military|army|armed\s+forces|security\s+forces)", re.I)),
    # (session 25) "figures from community sources", "accounts of residents": people of no side and no office
    (
        "community",
        re.compile(
            r"(?:(?:community|local|tribal|village)\s+(?:sources?|leaders?|elders?|members?|representatives?)|"
            r"residents|witnesses|elders|locals|villagers)",
            re.I,
        ),
    ),
)


_FIGURES_NOUN = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:figures|numbers|reports|claims|tolls)", re.I)


def _doubted_items(doubt: str) -> list[tuple[str | None, str]] | None:
    """The sources a blanket doubt lists as those whose figures it doubts (``_DOUBTED_BY``, or the
    active ``_DOUBTED_BY_ACTIVE``): each item with its kind (``_DOUBTED_KIND_WORDS``) or None
    when it names a source by other words ("the X Front", "the Y side"); None when it lists none."""
    m = _DOUBTED_BY.search(doubt) or _DOUBTED_BY_ACTIVE.search(doubt)
    if m is None:
        return None
    out: list[tuple[str | None, str]] = []
    for item in re.split(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", m.group("list")):
        item = re.sub(r"^(?:by|from)\s+", "", item.strip(), flags=re.I)
        if not item:
            continue
        rest = _THIS_REPORT.sub("", item).strip()
        if rest and rest != item and not _FIGURES_NOUN.fullmatch(rest):
            item = rest  # (session 25) "figures from community sources in this update": the community sources
        if _THIS_REPORT.search(item):
            return None  # (session 21) "given by either side, or the figures in this report": every figure
        kind = "forces" if _DOUBTED_KIND_WORDS[0][1].fullmatch(item) else None
        bare = re.sub(
            r"^(?:the\s+)?(?:(?:both|all|various|rival|warring|two|three|either|each)\s+)?", "", item, flags=re.I
        )
        kind = kind or next((k for k, words in _DOUBTED_KIND_WORDS[1:] if words.fullmatch(bare)), None)
        out.append((kind, item if kind is None else bare))
    return out or None


def doubted_kinds(doubt: str) -> frozenset[str] | None:
    """The kinds of sources a blanket doubt limits itself to, when it names them by their kind
    ("None of the figures given by the armed groups or by officials could be independently
    verified": {"armed", "official"}; "Casualty figures from the military could not be
    confirmed": {"military"}; "could not verify the figures put out by either military": {"forces"},
    each side's forces): "armed" are the non-state armed sides, "official" a side's
    officials, "military" the state's forces. None when it names no source, or names one
    by other words (``doubted_owners``): then it stays a blanket over every reported figure
    (attrib rule 2) unless those words name the article's sources."""
    items = _doubted_items(doubt)
    if items is None or any(k is None for k, _ in items):
        return None
    return frozenset(k for k, _ in items if k is not None) or None


def doubted_owners(doubt: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """A blanket doubt whose list of sources names one or more by other words than their kind
    ("None of the figures released by the Peruvian side could be verified"; "The figures from the army
    and the X Front could not be independently verified"): (the kinds it lists, the other items, as
    written). None when it lists no source or only kinds (``doubted_kinds``). The caller
    (``assemble._set_statuses``) doubts only the figures of the sources those items name
    (attrib_README status rule 2: a doubt covers what it names), and keeps the blanket over the
    whole article when they name none of its sources."""
    items = _doubted_items(doubt)
    if items is None or all(k is not None for k, _ in items):
        return None
    return frozenset(k for k, _ in items if k is not None), tuple(w for k, w in items if k is None)


#: the victim group a doubt names: "could not confirm the number of fighters killed"
_DOUBTED_GROUP = re.compile(
    r"\b(?:number|toll|count|figures?|numbers?)\s+of\s+(?:[\w-]+\s+){0,2}?(?P<group>[a-z]+?)s?\s+"
    r"(?:killed|dead|wounded|injured|missing|detained|arrested|displaced|captured)\b",
    re.I,
)


def doubted_group(doubt: str) -> str | None:
    """The victim word (singular) a blanket doubt names, "fighters" in "could not confirm the
    number of fighters killed": such a doubt reaches only the figures of that group, not the
    article's other figures (own losses, displaced, missing, a background toll)."""
    m = _DOUBTED_GROUP.search(doubt)
    if m is None or m.group("group").lower() in ("people", "casualtie", "victim", "person"):
        return None
    return m.group("group").lower()


#: words one side or another uses for the same victims (Status 1, "the same victims"): police by
#: any of their names ("seven police officers", "nine police agents", "policemen"); irregular
#: fighters by their friends' or enemies' words ("insurgents", "terrorists", "militants",
#: "fighters", "jihadists", "rebels", "guerrillas"); soldiers ("troops", "servicemen", "security
#: personnel"); people of
#: no side ("people", "civilians", "villagers", "residents")
VICTIM_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "police",
        re.compile(
            r"(?:police(?:\s+(?:officers?|agents?|personnel|men|women))?|policem[ae]n|policewom[ae]n|"
            r"officers?|constables?|(?:police\s+)?(?:officers?|agents?))",
            re.I,
        ),
    ),
    (
        "fighters",
        re.compile(
            r"(?:insurgents?|terrorists?|militants?|fighters?|jihadists?|gunmen|rebels?|guerrillas?|combatants?|"
            # (session 25) a Taliban side's word for its own fighters ("two mujahideen had been 'martyred'")
            r"militiam[ae]n|mujahid(?:ee|i)n)",
            re.I,
        ),
    ),
    # "mercenaries": the word rebels use for the troops they fight ("killed more than 40 'mercenaries'")
    (
        "soldiers",
        re.compile(
            r"(?:soldiers?|troops|servicem[ae]n|service\s+(?:members?|personnel)|security\s+personnel|mercenar(?:y|ies))",
            re.I,
        ),
    ),
    # people of no side by any of their names ("12 civilians", "15 people", "20 villagers")
    ("people", re.compile(r"(?:people|persons|civilians?|villagers?|residents?|inhabitants)", re.I)),
)
#: words before a victim noun that name no other group ("its fighters", "the other militants")
_VICTIM_LEAD = re.compile(r"^(?:(?:the|its|their|his|her|our|more|other|some|of|these|those|such)\s+)*", re.I)


#: a qualifier naming a state's side by its common word, not another group ("government soldiers")
_SIDE_WORD = re.compile(r"(?:government|army|state|regular|pro-government)", re.I)


def victim_class(who: str) -> tuple[str, str] | None:
    """The class of victims a who names (``VICTIM_CLASSES``) and the name before its noun, if any
    ("TNLA fighters": ("fighters", "tnla"); "its fighters": ("fighters", "")); None when the who
    names other words too ("police officers' families")."""
    text = _VICTIM_LEAD.sub("", " ".join(who.split()))
    for cls, noun in VICTIM_CLASSES:
        m = re.search(rf"(?:^|\s)({noun.pattern})$", text, re.I)
        if m is None:
            continue
        qualifier = text[: m.start(1)].strip()
        if _SIDE_WORD.fullmatch(qualifier):
            return cls, ""  # "government soldiers", "army troops": the side's own word, as "its soldiers"
        if qualifier and not re.fullmatch(r"(?:(?-i:[A-Z])[\w.'’-]*\s*){1,3}", qualifier):
            return None  # "police officers' families", "off-duty officers": another or a narrower group
        return cls, qualifier.lower()
    return None


def same_victim_class(one: str, other: str) -> bool:
    """Two who words name one class of victims (``victim_class``) and no two groups of it: the
    same name before the noun, or none on either; a name on one side only when the other uses
    the very same noun ("TNLA fighters" and "its fighters"; not "SDF fighters" and
    "militants", the fighters of two sides)."""
    k1, k2 = victim_class(one), victim_class(other)
    if k1 is None or k2 is None or k1[0] != k2[0]:
        return False
    if k1[1] == k2[1]:
        return True
    return not (k1[1] and k2[1]) and one.split()[-1].lower() == other.split()[-1].lower()


def names_group(text: str, group: str) -> bool:
    """``text`` names the victim ``group`` a doubt names (singular, ``doubted_group``): the word
    itself, or a word of its class of victims (``victim_class``: a doubt about "insurgents"
    reaches "41 terrorists" and "militants")."""
    if re.search(rf"\b{re.escape(group)}s?\b", text, re.I):
        return True
    cls = victim_class(group)
    noun = next((n for c, n in VICTIM_CLASSES if cls is not None and c == cls[0]), None)
    return noun is not None and re.search(rf"\b{noun.pattern}\b", text, re.I) is not None


def doubted_outcome(doubt: str) -> str | None:
    """The outcome a blanket doubt names: "could not independently verify the death toll" doubts
    the killed figures of the event, not its wounded, displaced or missing (nor a tally over a
    period, ``totals.is_tally``: the caller's check)."""
    return "killed" if _OUTCOME_TOLL.search(doubt) or _NUMBER_OF_DEAD.search(doubt) else None


#: (session 24) outcomes a blanket doubt names by its noun: "The reports of detentions could not be independently
#: verified" (the held only), "Casualty figures provided by the authorities ... could not be verified" (the harmed,
#: the held and the missing, not the displaced) (``blanket_outcomes``)
_DOUBTED_NOUN_OUTCOMES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        frozenset({"detained"}),
        re.compile(
            r"\b(?:reports?|claims?|figures?|accounts?|numbers?)\s+of\s+(?:the\s+)?"
            r"(?:detentions?|arrests?|abductions?|kidnappings?)\b",
            re.I,
        ),
    ),
    (
        frozenset({"killed", "injured", "detained", "missing"}),
        re.compile(r"^\W*casualty\s+(?:figures?|tolls?|numbers?|counts?)\b", re.I),
    ),
)


def blanket_outcomes(doubt: str) -> frozenset[str] | None:
    """The outcomes a blanket doubt names by the noun of its reports (``_DOUBTED_NOUN_OUTCOMES``):
    its doubt reaches those figures only; None when it names none."""
    return next((outs for outs, rx in _DOUBTED_NOUN_OUTCOMES if rx.search(doubt)), None)


#: the dead named by their number: "could not yet confirm the number of dead", "the number of people
#: killed" (session 15; ``doubted_outcome``, like "the death toll")
_NUMBER_OF_DEAD = re.compile(
    r"\bthe\s+number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:people|those|civilians)\s+(?:killed|who\s+died))\b",
    re.I,
)


#: a number the sentence states (not a digit inside a name: "M23", "F-16")
_OWN_NUMBER = re.compile(r"(?<![\w-])\d")


def source_doubts(article: str) -> list[tuple[str, str]]:
    """Doubts about one source's account, stating no figure of their own ("Reuters could not
    independently verify the Israeli military's account"): (the sentence, the source it
    names). Every figure of that source is ``unverified`` (attrib rule 2), wherever it stands."""
    out: list[tuple[str, str]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if _OWN_NUMBER.search(figureless(sent)) or not (_BLANKET.search(sent) or _DOUBT.search(sent)):
            continue
        m = _DOUBTED_OWNER.search(sent)
        if m:
            out.append((" ".join(sent.split()), m.group("owner")))
        for p in _POSSESSIVE_PAIR.finditer(sent):  # (session 25) "The army's and the CPC's figures": the army too
            if not m or p.group("owner") != m.group("owner"):
                out.append((" ".join(sent.split()), p.group("owner")))
        if _NEITHER_NOR.search(sent):
            # "Neither the police's claim nor the accounts of villagers could be verified": each owner listed
            owners = [o.group("owner") for o in _DOUBTED_OWNER.finditer(sent)]
            owners += [o.group("owner") for o in _DOUBTED_OF_OWNER.finditer(sent)]
            out.extend((" ".join(sent.split()), o) for o in owners if not m or o != m.group("owner"))
    return out


#: (session 25) the first of two owners of one account: "The army's and the CPC's figures could not be verified"
_POSSESSIVE_PAIR = re.compile(
    r"\b(?:the\s+)?(?P<owner>(?:(?-i:[A-Z])[\w.-]*\s+){0,3}[\w.-]+)(?:'s|’s)\s+and\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
    r"[\w.-]+(?:'s|’s)\s+(?:own\s+)?(?:claims?|reports?|accounts?|figures?|tolls?|numbers?)\b",
    re.I,
)
#: a doubt on a list of accounts: "Neither the police's claim nor the accounts of villagers could be ..."
_NEITHER_NOR = re.compile(r"\bneither\b[^.]{0,100}\bnor\b", re.I)
#: an account's owner after it: "the accounts of villagers", "the figures from the ministry"
_DOUBTED_OF_OWNER = re.compile(
    r"\b(?:claims?|reports?|accounts?|statements?|figures?|tolls?|numbers?)\s+(?:of|by|from)\s+"
    r"(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+?)(?=\s+(?:could|can|cannot|were|was|have|has|had|nor|or)\b|[,;:]|$)",
    re.I,
)


#: contesting words: a verb of denial or a dismissive word ("rejected the army's account",
#: "calling the army's figures 'pure propaganda'")
_CONTEST = re.compile(
    r"\b(?:reject|dismiss|disput|contest|refut|challeng|deni|deny|denounc)\w*|"
    r"\b(?:propaganda|lies|false|fabricat\w*|baseless|exaggerat\w*|inflated|untrue|fake|made[\s-]up)\b|"
    r"\bfar\s+fewer\b|"
    # "called the account 'a lie'" (the noun, not "the villages lie along the river"; session 18)
    r"\ba\s+(?:complete\s+|total\s+|blatant\s+)?lie\b",
    re.I,
)


#: whose account a contest names after it: "the numbers given by the ministry", "the figures released by the army"
_GIVEN_BY_OWNER = re.compile(
    r"\b(?:claims?|reports?|accounts?|statements?|figures?|tolls?|numbers?|counts?)\s+"
    r"(?:given|released|issued|published|provided|reported|cited|announced|put\s+out)\s+by\s+"
    r"(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+?)(?=\s+(?:were|was|are|is|as|had|have)\b|[,;:\"“”'’]|$)",
    re.I,
)


def source_disputes(article: str) -> list[tuple[str, str]]:
    """Sentences stating no number of their own that contest one source's account ("A rebel
    commander rejected the army's account", "calling the army's figures 'pure propaganda'"):
    (the sentence, the source whose account it names). By the attribution set's rule 1 that
    source's figures are ``disputed``, wherever they stand."""
    out: list[tuple[str, str]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if _OWN_NUMBER.search(figureless(sent)) or not _CONTEST.search(sent):
            continue
        for m in _DOUBTED_OWNER.finditer(sent):
            out.append((" ".join(sent.split()), m.group("owner")))
        for m in _GIVEN_BY_OWNER.finditer(sent):
            out.append((" ".join(sent.split()), m.group("owner")))
        for m in _NOUN_OWNER.finditer(sent):
            out.append((" ".join(sent.split()), m.group("owner")))
    return out


#: a side's account named by its common noun before it, no possessive (session 15): "disputed the
#: police account", "rejected the army version", "the government figures were lies"
_NOUN_OWNER = re.compile(
    r"\bthe\s+(?P<owner>police|army|military|government|junta|"
    # ... or by its name, no possessive ("called the KDF account a lie"; session 18)
    r"(?-i:[A-Z][\w-]*[A-Z][\w-]*|[A-Z][a-z][\w-]*(?:\s+(?-i:[A-Z])[\w-]+){0,2}))\s+"
    r"(?:account|version|figures?|toll|claims?|count)\b",
    re.I,
)


#: a denial that non-combatants were killed or hurt at all, naming no one who did it
#: ("denied that civilians had been killed", "denied any civilians were hurt"; not "denied that
#: the rebels had killed any civilians", which disputes who did it)
_DENIED_VICTIMS = re.compile(
    r"\bden(?:ied|ies|y|ying)\s+(?:that\s+)?(?:any\s+)?(?:civilians|people|anyone|non-combatants|residents|"
    r"villagers)\s+(?:had\s+been|have\s+been|has\s+been|were|was|being|had\s+died|died)\s*"
    r"(?P<how>killed|hurt|harmed|injured|wounded)?",
    re.I,
)
#: victims who are not fighters
NON_COMBATANTS = re.compile(
    r"\b(?:civilians?|people|persons|residents|villagers|women|children|workers|farmers|passengers|"
    r"worshippers|patients|students|families|bodies)\b",
    re.I,
)


#: a flat "none were hurt", a denial only in a paragraph that contests ("The claims are
#: fabricated. No civilians were harmed."); alone it is a statement of zero ("No one was hurt")
_NONE_HURT = re.compile(
    r"\b(?:no|not\s+a\s+single)\s+(?:civilians?|one|people|residents|villagers)\s+"
    r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?P<how>killed|hurt|harmed|injured|wounded)\b",
    re.I,
)
#: a source with no record of any such casualties: "had no record of any abductions"
_NO_RECORD = re.compile(
    r"\bno\s+(?:record|reports?|evidence|information|knowledge|trace)\s+of\s+(?:any\s+)?"
    r"(?P<what>abductions?|kidnappings?|arrests?|detentions?|deaths?|killings?|casualties|fatalities|injuries)\b",
    re.I,
)


#: reports of civilian deaths called false: "reports of civilian deaths had been 'exaggerated by
#: terrorist media'", "reports of casualties are lies" (a contest of such casualties at all)
_CONTESTED_REPORTS = re.compile(
    # (quoted, with a quantity: 'reports of "dozens of civilian casualties" were "false and exaggerated"')
    r"\breports?\s+of\s+[\"“]?(?:any\s+|an?\s+|(?:dozens|scores|hundreds)\s+of\s+|mass\s+|heavy\s+|many\s+)?(?:civilian\s+)?"
    r"(?P<what>deaths?|casualties|killings?|fatalities|injuries|massacres?)[\"”]?\s+"
    # the place the reports speak of: "reports of civilian casualties at the camp were lies"
    r"(?:(?:at|in|near|around)\s+(?P<place>(?:the\s+)?(?:[\w'’-]+\s+){1,3}?))?"
    r"(?:had\s+been|have\s+been|has\s+been|were|was|are|is|as)\s+[\"“'‘]?(?:greatly\s+|grossly\s+|wildly\s+)?"
    r"(?:exaggerated|inflated|false|lies|fabricated|untrue|baseless|propaganda)\b",
    re.I,
)
#: a site the article names by a proper name and a common noun: "the Amran camp" (``reports_scope``)
_SITE_NOUN = (
    r"(camp|market|depot|hospital|clinic|school|village|town|base|post|mosque|church|checkpoint|compound|"
    r"prison|port|bridge|neighbou?rhood|district|settlement)s?\b"
)


def reports_scope(sentence: str, article: str) -> frozenset[str] | None:
    """The place a contest of reports names ("reports of civilian casualties at Amran were lies"):
    its content words (singular, as ``denied_scopes``), with the common noun the article names
    that place by ("the Amran camp": "camp"), so that "a camp west of the city" and
    "from the camp" are about it; None when the contest names no place."""
    m = _CONTESTED_REPORTS.search(sentence)
    if m is None or not m.group("place"):
        return None
    found = re.findall(r"[A-Za-z][\w'-]+", m.group("place"))
    words = {_stem(w) for w in found if w.lower() not in _SCOPE_STOP}
    if not words or not found:
        return None
    for n in re.finditer(r"\b" + re.escape(found[-1]) + r"\s+" + _SITE_NOUN, article, re.I):
        words.add(_stem(n.group(1)))
    return frozenset(words)


def contests_reports(sentence: str) -> bool:
    """A denial calling reports of such casualties exaggerated or false ("said reports of civilian
    deaths were exaggerated", ``_CONTESTED_REPORTS``), not a flat denial that any were killed: it
    contests the casualties of the event it speaks of, not every such figure of the article
    (``assemble._contest_reaches``)."""
    return _CONTESTED_REPORTS.search(sentence) is not None and _DENIED_VICTIMS.search(sentence) is None


def _denied_outcomes(how: str) -> tuple[str, ...]:
    """The outcomes a denial's word covers: "harmed" both killed and injured."""
    w = how.lower()
    if w.startswith(("abduct", "kidnap", "arrest", "detention")):
        return ("detained",)
    if w == "harmed" or w.startswith(("casualt", "fatalit")):
        return ("killed", "injured")  # "casualties": the dead and the wounded
    if w.startswith(("hurt", "injur", "wound")):
        return ("injured",)
    return ("killed",)


def denied_victims(article: str) -> list[tuple[str, str]]:
    """Sentences stating no number of their own that deny non-combatants were killed or hurt
    at all ("The United States ... denied that civilians had been killed"): (the sentence,
    the outcome denied: ``killed`` or ``injured``). By the attribution set's rule 1 every
    figure of that outcome counting non-combatants (``NON_COMBATANTS``) is ``disputed``."""
    out: list[tuple[str, str]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if _OWN_NUMBER.search(sent):
            continue
        m = _DENIED_VICTIMS.search(sent)
        how = (m.group("how") or "killed") if m else None
        if how is None and (n := _NO_RECORD.search(sent) or _CONTESTED_REPORTS.search(sent)):
            how = n.group("what")
        if how is None and (n := _NONE_HURT.search(sent)):
            para0 = article.rfind("\n\n", 0, s0)
            para1 = article.find("\n\n", s1)
            if _CONTEST.search(article[para0 + 1 if para0 >= 0 else 0 : para1 if para1 >= 0 else len(article)]):
                how = n.group("how")
        if how is not None:
            out.extend((" ".join(sent.split()), o) for o in _denied_outcomes(how))
    return out


#: a reporting verb heading a side's statement ("The junta said no civilian targets were hit")
_SAY_WORDS = r"said|says|insisted|insists|maintained|maintains|claimed|claims|stated|states|added|adds"
_SAYS = rf"(?:{_SAY_WORDS})"
#: a statement that no non-combatants were harmed ("no civilian targets were hit", "no civilians were
#: harmed", "there were no civilian casualties"): the outcome word in ``how``
_NO_CIVILIAN_HARM = (
    r"(?:there\s+(?:were|was|had\s+been|have\s+been)\s+no\s+civilian\s+(?P<how1>casualties|deaths|injuries|victims)"
    r"|(?:had\s+|has\s+|have\s+)?(?:caused|inflicted)\s+no\s+civilian\s+(?P<how2>casualties|deaths|injuries)"
    r"|no\s+(?:civilians?|civilian\s+(?:targets?|areas?|sites?|objects?|homes?|houses?|buildings?|infrastructure|"
    r"facilities|neighbou?rhoods?))\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?P<how3>hit|struck|harmed|hurt|killed|injured|wounded|targeted|affected))\b"
)
#: the victims called fighters: "those killed were rebel fighters", "the dead were all militants"
_VICTIMS_WERE_FIGHTERS = (
    r"(?:all\s+)?(?:those|the\s+people|the\s+men|the\s+victims|the\s+dead|the\s+wounded|everyone|all)\s+"
    r"(?:who\s+(?:were|was|had\s+been)\s+)?(?P<how4>killed|dead|wounded|injured|hit|targeted)?\s*"
    r"(?:(?:in|during|by)\s+(?:the|that|this)\s+[\w-]+\s+)?(?:were|was)\s+(?:all\s+)?(?:armed\s+)?"
    r"(?!(?:[\w'’-]+\s+)?(?:not|never|no)\b)(?:[\w'’-]+\s+){0,2}?(?:fighters|militants|terrorists|insurgents|rebels|"
    r"combatants|gunmen|jihadists|militiamen|guerrillas|members\s+of\s+(?:an?\s+|the\s+)?(?:armed|militant|rebel|"
    r"terrorist|jihadist|insurgent|extremist)\b)\b"
)
_DENIED_HARM = re.compile(_NO_CIVILIAN_HARM + "|" + _VICTIMS_WERE_FIGHTERS, re.I)
#: who says it, before ("The junta said (that) ...", "The army said its jets hit a depot and that ...")
_SAYER_BEFORE = re.compile(
    # an opening phrase before the sayer ("In a statement carried by state media, it said"); the
    # claim may stand in quotation marks ('said ... "a training compound" and that "no civilian ...')
    # the sayer may relay another ("State TV, citing the military's information team, said ...")
    r"^(?:[^,;:\"“”]{2,80},\s+)??(?P<who>[^,;:\"“”]{2,80}?)(?:,\s+(?:citing|quoting)\s+[^,;:\"“”]{2,80},)?"
    r"\s+(?:has\s+|had\s+)?" + _SAYS + r"\s+(?:that\s+)?"
    # (the side's other claims before "and that": "its forces had 'neutralised' 21 'terrorists' ... over
    # the past week and that 'no civilian was hurt'")
    r"(?:[^.;]{0,200}?\s+and\s+(?:that\s+)?)?[\"“']?$",
    re.I,
)
#: a statement of zero about another event than the one told ("in the second blast", "in a separate raid")
_OTHER_EVENT_WORD = re.compile(
    r"\b(?:second|another|separate|earlier|previous|other)\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|raid|blast|explosion|bombing|incident|shelling|device)\b",
    re.I,
)
#: a pronoun for the sayer: the subject of the sentence before ("The junta rejected the reports. ... it said")
_PRONOUN = re.compile(r"^(?:it|they|he|she)$", re.I)
_PREVIOUS_SUBJECT = re.compile(
    # an opening phrase or two before the subject ("In a statement bearing its spokesman's name, Name, the group said")
    r"^(?:[^,;:\"“”]{2,80},\s+){0,2}?(?P<who>[^,;:\"“”]{2,60}?)\s+(?:has\s+|had\s+)?(?:"
    + _SAY_WORDS
    + r"|rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes)\b",
    re.I,
)
#: or after ("No civilians were harmed in the raid, the army said.")
_SAYER_AFTER = re.compile(r"^[^.;\"“”]{0,60}?,\s+(?P<who>[^,;:\"“”]{2,60}?)\s+" + _SAYS + r"\b", re.I)


#: a number counting fighters: 'had "neutralised" 21 "terrorists"', "killed 27 militants"
_FIGHTERS_NUMBER = re.compile(
    r"(?<![\w-])\d[\d,]*[\"”'’]?\s+[\"“'‘]?(?:[\w-]+\s+)?[\"“'‘]?"
    r"(?:fighters|militants|terrorists|rebels|insurgents|jihadists|gunmen|combatants|militiamen|extremists|guerrillas)\b",
    re.I,
)


def _numbers_not_fighters(sent: str) -> bool:
    """The sentence states a number other than a count of fighters (``_FIGHTERS_NUMBER``): "its
    forces had 'neutralised' 21 'terrorists' ... and that 'no civilians were harmed'" says no
    civilian was harmed beside the side's count of enemy dead; "no civilians were killed but 3
    were wounded" is a count of its own."""
    return _OWN_NUMBER.search(_FIGHTERS_NUMBER.sub(" ", sent)) is not None


def party_denials(article: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Sentences stating no number of their own in which a source says no non-combatants were
    harmed ("The junta said no civilian targets were hit", "No civilians were harmed, the army
    said", "said there were no civilian casualties") or that the victims were fighters ("The army
    said those killed were rebel fighters": it contests who was killed, and with it a count of
    civilians): (the sentence, the source, the outcomes it covers). A sentence whose only numbers
    count fighters ("had 'neutralised' 21 'terrorists' ... and that 'no civilians were harmed'",
    ``_numbers_not_fighters``) is such a statement too. By attrib rule 1 a side's such
    statement contests the non-combatant figures of the event it speaks of
    (``assemble._set_statuses``: a party's denial, other sources' figures, the event's scope)."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    previous = ""
    for s0, s1 in sentence_spans(article):
        sent, before = " ".join(article[s0:s1].split()), previous
        previous = sent
        m = _DENIED_HARM.search(sent)
        if m is None or _numbers_not_fighters(sent) or _OTHER_EVENT_WORD.search(sent):
            continue  # "no civilians were hurt in the second blast": a zero of another event
        said = _SAYER_BEFORE.match(sent[: m.start()]) or (m.start() == 0 and _SAYER_AFTER.match(sent[m.end() :]))
        if not said or re.search(rf"\b{_SAYS}\b", said.group("who"), re.I):
            continue  # "Witnesses said the army had claimed ...": whose statement is not this sentence's
        who = said.group("who")
        if _PRONOUN.match(who):
            subject = _PREVIOUS_SUBJECT.match(before)
            if subject is None:
                continue
            who = subject.group("who")
        how = next((m.group(g) for g in ("how1", "how2", "how3", "how4") if m.group(g)), "") or ""
        if not how and re.search(r"\b(?:dead|wounded)\b", m.group(), re.I):
            how = "dead" if re.search(r"\bdead\b", m.group(), re.I) else "wounded"  # "the dead were militants"
        w = how.lower()
        if w in ("killed", "deaths", "dead"):
            outcomes: tuple[str, ...] = ("killed",)
        elif w in ("injured", "injuries", "wounded", "hurt"):
            outcomes = ("injured",)
        else:
            outcomes = ("killed", "injured")
        out.append((sent, who, outcomes))
    return out


#: a denial that fighters were captured at all: "denied that any fighters had been captured",
#: "denied that any of its members had been abducted", "none of its fighters had been taken captive"
_DENIED_CAPTURE = re.compile(
    r"\bden(?:ied|ies|y|ying)\s+(?:that\s+)?(?:any\s+)?(?:of\s+(?:its|their|our|the)\s+)?(?:own\s+)?"
    r"(?:fighters|members|soldiers|troops|men|personnel|officers|combatants|guerrillas)\s+"
    r"(?:had\s+been|have\s+been|has\s+been|were|was|being)\s+"
    r"(?:captured|taken\s+(?:prisoner|captive|hostage)|abducted|kidnapped|seized)\b"
    # "told Reuters that none of its fighters had been taken captive", "said no soldiers were captured"
    r"|\b(?:none|not\s+one|no\s+one)\s+of\s+(?:its|their|our|his|her|the)\s+(?:own\s+)?"
    r"(?:fighters|members|soldiers|troops|men|personnel|officers|combatants|guerrillas)\s+"
    r"(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
    r"(?:captured|taken\s+(?:prisoner|captive|hostage)|abducted|kidnapped|seized)\b"
    r"|\bno\s+(?:fighters|soldiers|troops|personnel|officers|combatants|guerrillas)\s+"
    r"(?:had\s+been|have\s+been|were)\s+(?:captured|taken\s+(?:prisoner|captive|hostage))\b",
    re.I,
)
#: words of a capture in a figure's sentence ("three fighters were missing and believed captured")
CAPTURE_WORDS = re.compile(r"\b(?:captured|captive|prisoners?|abducted|kidnapped|seized|custody)\b", re.I)


def denied_captures(article: str) -> list[str]:
    """Sentences stating no number of their own that deny fighters were captured at all ("An
    SDF spokesman denied that any fighters had been captured"). By attrib rule 1 every figure
    of fighters (``COMBATANTS``) detained, or missing in words of capture, is ``disputed``."""
    return [
        " ".join(article[s0:s1].split())
        for s0, s1 in sentence_spans(article)
        if not _OWN_NUMBER.search(article[s0:s1]) and _DENIED_CAPTURE.search(article[s0:s1])
    ]


#: the outcome words of a denial naming its victims ("denied that any guard had died", "... any
#: soldier had been taken prisoner"); "missing or captured" names two
_CLASS_OUTCOME = (
    r"(?:killed|died|dead|hurt|harmed|injured|wounded|missing|captured|abducted|kidnapped|arrested|detained|"
    r"taken\s+(?:prisoner|captive|hostage))"
)
#: a denial naming its victims by their noun: "denied that any guard had died", "denied that any
#: inmates had died", "was 'not aware of any soldier missing or captured'", "No villager was harmed"
_DENIED_CLASS = re.compile(
    r"(?:\bden(?:ied|ies|y|ying)\s+(?:that\s+)?any\s+|\bnot\s+aware\s+of\s+any\s+|\bnot\s+a\s+single\s+|"
    r"(?:^|[\"“]|\b(?:that|said|says|saying)\s+(?:that\s+)?)no\s+)"
    r"(?:of\s+(?:its|their|our|the)\s+(?:own\s+)?)?(?P<who>[a-z][a-z-]+)\s+"
    r"(?:(?:had|has|have)\s+been\s+|were\s+|was\s+|had\s+|being\s+)?"
    rf"(?P<how>{_CLASS_OUTCOME}(?:\s+(?:or|and)\s+{_CLASS_OUTCOME})?)\b"
    # not of another time ("denied that any prisoner had died in custody before the riot")
    r"(?![^.;,]{0,40}\b(?:before|prior\s+to|since|until)\b)",
    re.I,
)
#: nouns that name no group of victims ("no one", "any more", "any such")
_NO_CLASS = frozenset(
    {"one", "more", "such", "other", "further", "new", "body", "official", "reports", "report", "record", "evidence"}
)


def _class_outcomes(how: str) -> tuple[str, ...]:
    """The outcomes of a denial's words ("missing or captured": missing and detained)."""
    out: list[str] = []
    for w in re.split(r"\s+(?:or|and)\s+", how.lower()):
        if w.startswith(("captur", "abduct", "kidnap", "arrest", "detain", "taken")):
            o: tuple[str, ...] = ("detained",)
        elif w == "missing":
            o = ("missing",)
        else:
            o = _denied_outcomes({"died": "killed", "dead": "killed"}.get(w, w))
        out.extend(x for x in o if x not in out)
    return tuple(out)


def denied_of_a_class(article: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Sentences stating no number of their own that deny victims of a group named by its noun
    were harmed at all: "The prison system denied that any guard had died", "denied that any
    inmates had died", "said it was 'not aware of any soldier missing or captured'", '"No villager
    was harmed in the operation," the officer said': (the sentence, the group's noun in the
    singular, the outcomes covered). By attrib rule 1 another source's figure of that outcome
    counting that group is ``disputed`` (``assemble._set_statuses``); the nouns of no group
    ("no one", "no more") are not read."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for s0, s1 in sentence_spans(article):
        sent = " ".join(article[s0:s1].split())
        if _numbers_not_fighters(sent):
            continue  # a count of its own, unless it counts only the other side's fighters
        for m in _DENIED_CLASS.finditer(sent):
            who = _stem(m.group("who"))
            if who in _NO_CLASS or who.endswith("ly"):
                continue
            out.append((sent, who, _class_outcomes(m.group("how"))))
    return out


#: a source rejecting the accusation just told: "The army rejected the allegations as 'baseless'",
#: "Police rejected the allegation.", "Interior Minister X rejected the accusation." (the subject first)
_REJECTS_ACCUSATION = re.compile(
    r"^(?:[^,;:\"“”]{2,80},\s+)??(?P<who>[^,;:\"“”]{2,80}?)\s+(?:has\s+|had\s+)?"
    r"(?:quickly\s+|flatly\s+|strongly\s+|firmly\s+|categorically\s+|swiftly\s+|also\s+)?"
    r"(?:rejected|rejects|denied|denies|dismissed|dismisses)\s+(?:the|these|those|such|all|that|this)\s+"
    r"(?:accusations?|allegations?|charges?)\b",
    re.I,
)


def rejected_accusations(article: str) -> list[tuple[str, str]]:
    """Sentences stating no number of their own in which a source rejects the accusation just
    told ("The army rejected the allegations as 'baseless'"): (the sentence, who rejects it).
    By attrib rule 1 it contests the casualties of an accusation that this source's side did the
    harm ("soldiers ... executed 24 civilians"; ``assemble._set_statuses``), not a count it
    does not answer for."""
    out: list[tuple[str, str]] = []
    for s0, s1 in sentence_spans(article):
        sent = " ".join(article[s0:s1].split())
        m = _REJECTS_ACCUSATION.match(sent)
        if m is not None and not _OWN_NUMBER.search(sent):
            out.append((sent, m.group("who")))
    return out


#: a side denying that it targeted non-combatants: "The army denied targeting civilians"
_DENIED_TARGETING = re.compile(
    r"^(?P<who>.{2,80}?)\s+(?:has\s+|had\s+)?(?:flatly\s+|strongly\s+)?den(?:ied|ies|y)\s+"
    r"(?:having\s+)?(?:deliberately\s+|intentionally\s+|ever\s+)?"
    r"(?P<how>target(?:ing|ed)|kill(?:ing|ed)|attack(?:ing|ed)|shoot(?:ing)?|shot|execut(?:ing|ed)|harm(?:ing|ed))\s+"
    r"(?:any\s+)?(?:unarmed\s+)?(?:civilians|non-combatants|residents|villagers|women\s+and\s+children)\b",
    re.I,
)


def denied_targeting(article: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Sentences stating no number of their own in which a side denies that it targeted
    (killed, shot, executed) non-combatants ("The army denied targeting civilians"): (the
    sentence, the denier, the outcomes it covers). It disputes the non-combatant figures
    whose sentence says that side did it (``assemble._set_statuses``); a denial of
    responsibility for an attack ("denied carrying out the attack") names no victims and
    disputes no count."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for s0, s1 in sentence_spans(article):
        sent = " ".join(article[s0:s1].split())
        m = _DENIED_TARGETING.search(sent)
        if m is None or _OWN_NUMBER.search(sent):
            continue
        how = m.group("how").lower()
        outcomes = ("killed",) if how.startswith(("kill", "execut")) else ("killed", "injured")
        out.append((sent, m.group("who"), outcomes))
    return out


#: a side giving its own losses: "two of its fighters", "we lost four soldiers", "the group had
#: lost three fighters", "his unit had lost six men", 'lost two "martyrs"', "35 of our men", "(had
#: killed 14 soldiers and) lost only two of their own"
OWN_LOSSES = re.compile(
    r"\bof\s+(?:its|their|our)\s+(?:own\s+)?(?:fighters|members|soldiers|men|troops|personnel|officers|"
    r"militants|combatants|forces)\b|"
    r"\blost\s+(?:only\s+|just\s+)?[\w-]+\s+of\s+(?:its|their|our)\s+own\b|"
    # 'lost two "martyrs"': a side's word for its own dead
    r"\blost\s+(?:only\s+|just\s+)?[\w-]+\s+[\"“'‘]?martyrs\b|"
    r"\b(?:we|it|they|the\s+(?:group|army|militia|movement|rebels))\s+(?:had\s+|has\s+|have\s+)?lost\b|"
    # "acknowledged that his unit had lost six fighters": the speaker's own side
    r"\b(?:his|her|its|their|our)\s+(?:group|unit|militia|movement|forces|faction|brigade|battalion)\s+"
    r"(?:had\s+|has\s+|have\s+)?lost\b|"
    r"\bour\s+(?:men|soldiers|fighters|troops|comrades)\b",
    re.I,
)
#: victims who are fighters: a side's claim of enemy dead ("dozens of terrorists", "27 rebels",
#: "four members of the ... Forces")
COMBATANTS = re.compile(
    r"\b(?:fighters|militants|terrorists|rebels|insurgents|members|soldiers|troops|jihadists|gunmen|"
    r"combatants|militiamen|extremists|servicemen|guerrillas?)\b",
    re.I,
)


#: what a denial names as the casualties it contests: "casualties in the aid distribution centres"
_DENIED_SCOPE = re.compile(
    r"\b(?:casualt\w+|deaths?|killings?|killed|dead|victims?)\s+"
    r"((?:in|at|near|around|among|while|during|on|from|outside|inside)\b[^.,;:!?\"“”]{2,60})",
    re.I,
)
_SCOPE_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "at",
        "near",
        "around",
        "among",
        "while",
        "during",
        "on",
        "from",
        "outside",
        "inside",
        "of",
        "and",
        "or",
        "to",
        "for",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "all",
        "any",
        "some",
        "such",
        "are",
        "were",
        "was",
        "is",
        "lies",
        "false",
        "people",
        "civilians",
    ]
)


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def denied_scopes(article: str) -> list[tuple[str, frozenset[str]]]:
    """Denials that say which casualties they contest (a sentence stating no figure of its own
    that ``attribution.disputes``, naming its scope: "The reports of extensive casualties in
    the aid distribution centres are lies"): (the sentence, the scope's content words,
    singular). By the attribution set's rule 1 every figure about that scope is ``disputed``,
    wherever in the article it stands."""
    from summarizer.evidence.attribution import disputes

    out: list[tuple[str, frozenset[str]]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if re.search(r"\d", sent) or not disputes(sent):
            continue
        m = _DENIED_SCOPE.search(sent)
        if m:
            found = re.findall(r"[A-Za-z][\w'-]+", m.group(1))
            words = frozenset(_stem(w) for w in found if w.lower() not in _SCOPE_STOP)
            if words:
                out.append((" ".join(sent.split()), words))
    return out


#: a denial that the event took place at all: "no round-ups happened", "no arrests were
#: made", "nobody died", "no one was detained" (``denied_events``)
_NO_EVENT = re.compile(
    r"\bno\s+(?P<what>round[\s-]?ups?|arrests?|detentions?|abductions?|kidnappings?|killings?|deaths?|"
    r"shootings?)\s+(?:have\s+|has\s+|had\s+)?(?:ever\s+)?(?:taken\s+place|took\s+place|occurred|happened|"
    r"been\s+(?:made|carried\s+out|recorded)|were\s+(?:made|carried\s+out)|was\s+(?:made|carried\s+out))"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+|was\s+|were\s+)?(?:been\s+)?"
    r"(?P<how>died|killed|arrested|detained|abducted|kidnapped)\b"
    # "no person lost their life", "no lives were lost" (session 18)
    r"|\b(?:nobody|no\s+one|no-one|no\s+(?:person|people|one|civilian|protester)s?)\s+(?:has\s+|had\s+)?"
    r"(?P<lost>lost\s+(?:their|his|her|a)\s+li(?:fe|ves))\b|\bno\s+(?P<lives>lives)\s+(?:were|have\s+been|had\s+been)\s+lost\b",
    re.I,
)
_NO_EVENT_OUTCOME = (
    (re.compile(r"round|arrest|detain|detention|abduct|kidnap", re.I), "detained"),
    (re.compile(r"kill|death|died|shooting|li(?:fe|ves)", re.I), "killed"),
)


def denied_events(article: str) -> list[tuple[str, frozenset[str]]]:
    """Sentences stating no figure that deny the event itself ("The governor said that 'no
    arrests were made'", "Police said nobody died"; ``_NO_EVENT``), with the outcomes
    the event names (round-ups, arrests: the detained; killings, "nobody died": the killed). By
    the attribution set's rule 1 the figures of those outcomes are contested; a flat statement of
    zero with no one else's count to deny contests nothing (the caller checks for one)."""
    out: list[tuple[str, frozenset[str]]] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if _STATES_NUMBER.search(figureless(sent)):
            continue
        outs = frozenset(
            o
            for m in _NO_EVENT.finditer(sent)
            for pat, o in _NO_EVENT_OUTCOME
            if pat.search(m.group("what") or m.group("how") or m.group("lost") or m.group("lives") or "")
        )
        if outs:
            out.append((" ".join(sent.split()), outs))
    return out


def in_scope(text: str, scope: frozenset[str]) -> bool:
    """``text`` names one of a denial's scope words (``denied_scopes``)."""
    return any(_stem(w) in scope for w in re.findall(r"[A-Za-z][\w'-]+", text))


#: a source announcing that its count differs from the one just given: "But the police gave a lower
#: figure.", "The administrator put the toll higher", "Officials offered a different count"
_DIFFERS = re.compile(
    r"\b(?:gave|gives|giving|give|put|puts|offered|offers|released|releases|issued|issues|had|has|cited|cites|"
    r"reported|reports)\s+"
    r"(?:a|an|its|his|her|their|the)\s+(?:own\s+)?(?:much\s+|far\s+|significantly\s+|slightly\s+|considerably\s+|"
    r"very\s+|starkly\s+|sharply\s+|markedly\s+|completely\s+|entirely\s+|radically\s+)?"
    r"(?P<dir>lower|higher|smaller|small|larger|different|conflicting|contradictory)\s+(?:[\w-]+\s+){0,2}?"
    # "a lower number of attacks" is no count of people; "a lower toll of 23 dead" is one; "gave a starkly
    # different account." (not "an account of how the fighting began"): the side's rival version, given next
    r"(?:toll|figure|count|tally|estimate|number|account|version)s?\b(?!\s+of\b(?!\s+(?:about\s+|around\s+|some\s+)?\d))"
    r"|\bput\s+the\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|number)\s+(?:much\s+|far\s+)?(?P<dir2>lower|higher)\b"
    # "Relatives said the toll was far higher": the source's own count, given next, differs
    r"|\b(?:said|say|says|insisted|insist|insists|believed|believe|believes)\s+(?:that\s+)?the\s+(?:real\s+|true\s+|actual\s+)?"
    r"(?:death\s+)?(?:toll|figure|count|number)\s+(?:was|is|were|are|had\s+been)\s+"
    r"(?:much\s+|far\s+|significantly\s+|considerably\s+)?(?P<dir3>lower|higher)\b",
    re.I,
)


def announced_differences(article: str) -> list[tuple[int, int, str]]:
    """Sentences in which a source announces that its count differs from the one given before
    ("But the state police gave a lower figure."): (the sentence's start, the end of its
    paragraph, the direction: ``lower``, ``higher`` or ``different``). The figures from that
    sentence to the end of its paragraph are the announced count; each contradicts the earlier
    figures of the same outcome by another source that it undercuts (or exceeds) with no overlap
    (attrib rule 1: both sides are ``disputed``)."""
    out: list[tuple[int, int, str]] = []
    for s0, s1 in sentence_spans(article):
        m = _DIFFERS.search(article[s0:s1])
        if not m:
            continue
        word = (m.group("dir") or m.group("dir2") or m.group("dir3")).lower()
        direction = "different"
        if word in ("lower", "smaller", "small", "higher", "larger"):
            direction = "lower" if word in ("lower", "smaller", "small") else "higher"
        para = article.find("\n\n", s1)
        out.append((s0, para if para >= 0 else len(article), direction))
    return out


def undercuts(later: Casualty, earlier: Casualty, direction: str, contested: bool = False) -> bool:
    """``later`` differs from ``earlier`` in the announced ``direction`` with no overlap:
    "lower" when ``later``'s top lies below ``earlier``'s bottom (42 vs "more than 80").
    When the announcement's paragraph also contests the count (``contested``: "said the toll
    was far higher. 'They are lying to us ... more than 40'"), an open-ended toll's number is
    what it contests: "more than 40" against "at least 17" differs."""
    if later.outcome != earlier.outcome or later.low is None or earlier.low is None:
        return False
    if not (contested and direction in ("lower", "higher")) and _overlap(later, earlier):
        return False
    if direction == "lower":
        return (later.high if later.high is not None else later.low) < earlier.low
    if direction == "higher":
        return (earlier.high if earlier.high is not None else earlier.low) < later.low
    return True


def contradicting(casualties: Sequence[Casualty]) -> list[set[str]]:
    """For each figure, the sources of figures that contradict it: same outcome, the same
    named place and the same time words (the same event, as far as the text says), another
    source, both lows known, and ranges that do not overlap (40 vs 12; "at least 15" vs "at
    least 35" overlap and do not contradict). Figures without a place or a time are not
    compared: two figures of one article may be about different events."""
    out: list[set[str]] = [set() for _ in casualties]
    for i, a in enumerate(casualties):
        for j, b in enumerate(casualties):
            if j == i or a.outcome != b.outcome or not a.location or a.location != b.location:
                continue
            if not a.when or normalize(a.when) != normalize(b.when or ""):
                continue  # one place over different times ("at least 24" over days, "three" on Tuesday)
            if not a.reported_by or not b.reported_by or normalize(a.reported_by) == normalize(b.reported_by):
                continue
            if a.low is None or b.low is None:
                continue
            if not _overlap(a, b):
                out[i].add(b.reported_by)
    return out


#: a source calling the casualty figures in circulation false ("The figures shared online
#: are false", "the death tolls being reported were lies", "these numbers are exaggerated")
_FIGURES_FALSE = re.compile(
    r"\b(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:figures|tolls|numbers|death\s+tolls|casualty\s+figures)\b"
    r"[^.;]{0,60}?\b(?:are|were|is|was)\s+(?:all\s+|simply\s+|completely\s+|totally\s+)?[\"“'‘]?"
    r"(?:false|lies|fabricated|fabrications|exaggerated|inflated|baseless|untrue|fake)\b",
    re.I,
)
#: (review s12) figures with an owner named inside the phrase ("the figures given by the army for its own
#: losses were exaggerated") or of another matter than the dead and wounded ("the figures circulating
#: online about arrests are false"): no contest of the event's casualty counts
_FIGURES_OF_ANOTHER = re.compile(
    r"\b(?:given|released|issued|published|provided|announced|put\s+out|cited)\s+by\s+\w|"
    r"\b(?:arrests?|arrested|detentions?|detainees|detained|displaced|displacement|refugees|evacuees|missing|"
    r"kidnapp\w*|abduct\w*|damage|homes|houses|buildings|voters?|votes|turnout|prices|jobs|budget)\b",
    re.I,
)
#: its sayer after it ('"... are false," Zongo said'; '..., the spokesman said') or before it
_FIGURES_SAYER_AFTER = re.compile(r"[,\"”]\s+(?P<who>[^,;:\"“”]{2,60}?)\s+(?:" + _SAY_WORDS + r")\b[^\"“”]*$", re.I)
_FIGURES_SAYER_BEFORE = re.compile(r"^\W*(?P<who>[^,;:\"“”]{2,60}?)\s+(?:" + _SAY_WORDS + r")\s+(?:that\s+)?", re.I)


def figures_called_false(article: str) -> list[tuple[str, str]]:
    """Sentences stating no number of their own in which a named sayer calls the casualty figures in
    circulation false, plural and with no owner ("'The figures shared online are
    false,' the spokesman said"): (the sentence, the sayer). By attrib_README status rule 1 they
    contest the other sources' killed and injured counts of the event it speaks of
    (``assemble._set_statuses``, reach by ``assemble._contest_reaches``), not the sayer's own."""
    out: list[tuple[str, str]] = []
    for s0, s1 in sentence_spans(article):
        sent = " ".join(article[s0:s1].split())
        m = _FIGURES_FALSE.search(sent)
        if m is None or _OWN_NUMBER.search(sent) or _GIVEN_BY_OWNER.search(sent):
            continue
        if _FIGURES_OF_ANOTHER.search(m.group()):
            continue  # (review s12) "the figures given by the army for its losses", "figures ... about arrests"
        said = _FIGURES_SAYER_AFTER.search(sent, m.end()) or _FIGURES_SAYER_BEFORE.match(sent[: m.start()])
        if said is None or _PRONOUN.match(said.group("who").strip()):
            continue
        out.append((sent, said.group("who").strip()))
    return out
