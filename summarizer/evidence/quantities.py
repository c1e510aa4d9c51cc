"""Quantity expressions in casualty reporting: numbers, number words, vague words, modifiers
and ranges, turned into ``low`` / ``best`` / ``high`` bounds.

All conventions (and the reasons for them) are written down in ``summarizer.evidence``'s
module docstring; the tables below are the code form of that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, NamedTuple

from ._text import DEMONYM_MANY, DEMONYM_ONE

__all__ = [
    "ACLED_VALUES",
    "QUANTITY_PROFILES",
    "Quantity",
    "QuantityProfile",
    "apply_profile",
    "find_quantities",
    "parse_quantity",
    "quantities_for_outcome",
    "quantity_for_outcome",
]


@dataclass(frozen=True)
class Quantity:
    low: int | None  # None = unknown
    best: int | None  # only when the text states an exact or approximate number
    high: int | None  # None = open / unbounded
    phrase: str  # the quantity words exactly as they appear in the input text
    start: int  # offset of phrase in the input text
    end: int
    vague: bool  # e.g. "dozens", "several", "a number of"


# --------------------------------------------------------------------------- vocabulary

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# Vague expressions -> (low, best, high). Multi-word keys are token sequences.
# Read the table in summarizer/evidence/__init__.py for the reasons.
VAGUE: dict[tuple[str, ...], tuple[int | None, int | None, int | None]] = {
    ("tens", "of", "thousands"): (20_000, None, None),
    ("hundreds", "of", "thousands"): (200_000, None, None),
    ("several", "dozen"): (36, None, None),
    ("a", "few", "dozen"): (24, None, None),
    ("several", "hundred"): (300, None, None),
    ("a", "few", "hundred"): (200, None, None),
    ("several", "thousand"): (3000, None, None),
    ("a", "few", "thousand"): (2000, None, None),
    ("dozens",): (24, None, None),
    ("scores",): (40, None, None),
    ("hundreds",): (200, None, None),
    ("thousands",): (2000, None, None),
    ("millions",): (2_000_000, None, None),
    ("tens",): (20, None, None),
    ("a", "couple", "of"): (2, 2, 2),
    ("a", "couple"): (2, 2, 2),
    ("a", "handful", "of"): (2, None, None),
    ("a", "handful"): (2, None, None),
    ("a", "few"): (2, None, None),
    ("several",): (3, None, None),
    ("a", "number", "of"): (None, None, None),
    ("an", "unknown", "number", "of"): (None, None, None),
    ("an", "undetermined", "number", "of"): (None, None, None),
    # "an unspecified (undisclosed, unconfirmed, indeterminate) number of": vague, no number, never "an" = 1
    ("an", "unspecified", "number", "of"): (None, None, None),
    ("an", "undisclosed", "number", "of"): (None, None, None),
    ("an", "unconfirmed", "number", "of"): (None, None, None),
    ("an", "indeterminate", "number", "of"): (None, None, None),
    ("an", "uncertain", "number", "of"): (None, None, None),
    ("a", "considerable", "number", "of"): (None, None, None),
    ("a", "large", "number", "of"): (None, None, None),
    # "a small (limited, growing, great ...) number of": vague, no number (like "a number of")
    ("a", "small", "number", "of"): (None, None, None),
    ("a", "limited", "number", "of"): (None, None, None),
    ("a", "significant", "number", "of"): (None, None, None),
    ("a", "growing", "number", "of"): (None, None, None),
    ("a", "great", "number", "of"): (None, None, None),
    ("a", "high", "number", "of"): (None, None, None),
    ("a", "huge", "number", "of"): (None, None, None),
    ("a", "small", "number"): (None, None, None),
    ("numerous",): (None, None, None),
    ("many",): (None, None, None),
    ("multiple",): (2, None, None),
    ("various",): (None, None, None),
}
#: the named conventions for vague quantity words (``quantity_profile``)
QuantityProfile = Literal["literal", "acled"]
QUANTITY_PROFILES: tuple[QuantityProfile, ...] = ("literal", "acled")
#: ACLED's point values for vague words ("ACLED codes 10 for 'tens', 12 for 'dozens', 100 for
#: 'hundreds', and so on": ACLED knowledge base, "Fatalities", 2023, and the ACLED Codebook,
#: "Reported fatalities"); "several" 3, and "and so on" read as the same unit values
#: ("scores" 20, "thousands" 1,000; "several dozen" three dozen)
ACLED_VALUES: dict[tuple[str, ...], int] = {
    ("tens", "of", "thousands"): 10_000,
    ("hundreds", "of", "thousands"): 100_000,
    ("several", "dozen"): 36,
    ("several", "hundred"): 300,
    ("several", "thousand"): 3000,
    ("dozens",): 12,
    ("scores",): 20,
    ("hundreds",): 100,
    ("thousands",): 1000,
    ("millions",): 1_000_000,
    ("tens",): 10,
    ("several",): 3,
}


def apply_profile(q: Quantity, profile: QuantityProfile = "literal") -> Quantity:
    """``q`` under a named convention for vague words: ``literal`` (the default: the smallest
    number the words allow, "dozens" at least 24) leaves it as read; ``acled`` gives ACLED's
    point value as ``low`` and ``best`` ("dozens" 12, "hundreds" 100, "several" 3), ``high``
    still open. A modifier ("more than dozens") or a non-vague quantity is left as read."""
    if profile == "literal" or not q.vague:
        return q
    words = tuple(w for w in re.findall(r"[a-z]+", q.phrase.lower()) if w not in {"of", "the", "some"})
    for key, value in ACLED_VALUES.items():
        k = tuple(w for w in key if w != "of")
        if words == k:
            return replace(q, low=value, best=value)
    return q


# Words of VAGUE that only count when a noun-like word (not "of"/"time"...) follows.
_NEED_NOUN = {("many",), ("numerous",), ("multiple",), ("various",), ("several",), ("tens",)}
# Bare "some" is vague only before a plural noun; before a number it is "approximately".
_SOME = ("some",)

# Modifiers -> kind. Longest match wins.
MODIFIERS: dict[tuple[str, ...], str] = {
    ("more", "than"): "over",
    ("over",): "over",
    ("upwards", "of"): "over",
    ("in", "excess", "of"): "over",
    ("just", "over"): "over",
    ("well", "over"): "over",
    ("above",): "over",
    ("at", "least"): "atleast",
    ("no", "fewer", "than"): "atleast",
    ("no", "less", "than"): "atleast",
    ("a", "minimum", "of"): "atleast",
    ("not", "less", "than"): "atleast",
    ("up", "to"): "upto",
    ("as", "many", "as"): "upto",
    ("at", "most"): "upto",
    ("no", "more", "than"): "upto",
    ("a", "maximum", "of"): "upto",
    ("fewer", "than"): "under",
    ("less", "than"): "under",
    ("under",): "under",
    ("below",): "under",
    ("just", "under"): "under",
    ("nearly",): "nearly",
    ("almost",): "nearly",
    ("close", "to"): "nearly",
    ("about",): "approx",
    ("around",): "approx",
    ("some",): "approx",
    ("approximately",): "approx",
    ("roughly",): "approx",
    ("an", "estimated"): "approx",
    ("estimated",): "approx",
    ("approx",): "approx",
    ("circa",): "approx",
    # a hedged count states its number, with a doubt (exact n; the hedge grades the status):
    # "maybe thirty people"
    ("maybe",): "hedge",
    ("perhaps",): "hedge",
    ("possibly",): "hedge",
    ("probably",): "hedge",
    ("between",): "between",
    ("from",): "from",
    ("as", "high", "as"): "upto",
}
# A projection bounds a count from above: "the toll could rise to 20" is at most 20, low unknown
# (attrib_README: "could climb (rise) to n" -> high n); the phrase keeps the projecting words.
for _aux in (("could",), ("may",), ("might",), ("would",), ("will",), ("expected", "to"), ("likely", "to")):
    for _verb in (("rise", "to"), ("climb", "to"), ("reach",), ("increase", "to"), ("go", "up", "to")):
        MODIFIERS[(*_aux, *_verb)] = "upto"

_MONTHS = {
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
}
# Words after a number that show it is not a head-count.
_NON_COUNT_NEXT = {
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
    "night",
    "nights",
    "km",
    "kms",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "mile",
    "miles",
    "meter",
    "meters",
    "metre",
    "metres",
    "m",
    "mm",
    "cm",
    "ft",
    "feet",
    "yards",
    "kg",
    "kgs",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "pound",
    "pounds",
    "lb",
    "lbs",
    "ton",
    "tons",
    "tonnes",
    "tonne",
    "percent",
    "per",
    "pct",
    "pesos",
    "dollars",
    "euros",
    "cents",
    "rupees",
    "afghanis",
    "sterling",
    "usd",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "hrs",
    "bn",
    "times",
    "o'clock",
    "acres",
    "blocks",
    "hectares",
    "rounds",
    "liters",
    "litres",
    "gallons",
    "degrees",
    "points",
    "point",
    "languages",
    "square",
    "st",
    "nd",
    "rd",
    "th",
    "d",
    "votes",
    "seats",
} | _MONTHS
# Words before a number that show it is not a head-count.
_NON_COUNT_PREV = {
    "aged",
    "age",
    "ages",
    "no",
    "number",
    "nos",
    "route",
    "highway",
    "article",
    "resolution",
    "page",
    "at",
    "by",
    "since",
    "in",
    "until",
    "till",
    "year",
    "of",
    "$",
    "us$",
    "£",
    "€",
    "flight",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "paragraph",
    "section",
    "chapter",
    "the",
    "its",
    "his",
    "her",
    "their",
}
# "at 1700", "in 1989", "since 2017": only blocks 3-4 digit numbers (times, years).
# Words before a number that make a 3-4 digit number a time or a year whatever follows ("at 1700").
_PREV_TIME = {"at", "by", "since", "until", "till"}
_PREV_BLOCKS_ONLY_LONG = {"at", "by", "since", "in", "until", "till", "of", "the", "its", "his", "her", "their"}
_COUNT_NOUNS = {
    "people",
    "persons",
    "men",
    "women",
    "children",
    "civilians",
    "soldiers",
    "troops",
    "police",
    "policemen",
    "personnel",
    "militants",
    "insurgents",
    "fighters",
    "rebels",
    "guerrillas",
    "dead",
    "killed",
    "wounded",
    "injured",
    "others",
    "victims",
    "members",
}

_TOKEN = re.compile(
    # (session 25) a name of letters and digits is one word ("60 M23 fighters", "M-23", "AK-47"): never a unit
    # and a number ("60 M" read as 60 metres)
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Z]+-?\d+[A-Za-z\d]*(?![\w])|[A-Za-z]+(?:'[A-Za-z]+)?|[$£€%]|[-–—]"
    r"|[^\sA-Za-z\d]"
)


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        g = m.group()
        out.append(_Tok(g, g.lower(), m.start(), m.end()))
    return out


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _numeral(tok: str) -> float | None:
    if not tok[0].isdigit():
        return None
    t = tok.rstrip(",")
    if "," in t:
        if not _THOUSANDS.fullmatch(t):
            return None
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def _parse_number(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """Parse a number (numeral or number words) starting at token i.

    Returns ``(value, j)`` where j is the index after the number, or None.
    """
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    val = _numeral(t.text)
    if val is not None:
        j = i + 1
        if j < n and toks[j].low in ("million", "billion", "thousand", "hundred"):
            val *= SCALES[toks[j].low]
            j += 1
        if val != int(val):
            return None
        return int(val), j
    # number words: [a] (units | tens[-units]) [hundred [and] ...] [thousand|million] ...
    total = 0
    current = 0
    last = ""  # kind of the previous token: unit, tens, hundred, scale, and
    j = i
    if t.low == "half" and i + 2 < n and toks[i + 1].low in ("a", "an") and toks[i + 2].low == "dozen":
        return 6, i + 3  # "half a dozen"
    if t.low in ("a", "an"):
        if i + 2 < n and toks[i + 1].low == "score" and toks[i + 2].low == "of":
            return 20, i + 2  # "a score of" (twenty; "scores" is vague)
        if i + 1 < n and toks[i + 1].low in ("hundred", "thousand", "million", "dozen"):
            current, last, j = 1, "unit", i + 1
        else:
            return None
    while j < n:
        w = toks[j].low
        if w in UNITS and (last in ("", "hundred", "scale", "and") or (last == "tens" and current % 10 == 0)):
            current += UNITS[w]
            last = "unit"
        elif w in TENS and last in ("", "hundred", "scale", "and"):
            current += TENS[w]
            last = "tens"
        elif w == "dozen" and last in ("unit", "tens"):
            current *= 12
            last = "scale"
        elif w == "hundred" and last in ("unit", "tens"):
            current *= 100
            last = "hundred"
        elif w in ("thousand", "million", "billion") and last in ("unit", "tens", "hundred"):
            total += current * SCALES[w]
            current = 0
            last = "scale"
        elif (
            w == "and"
            and last in ("hundred", "scale")
            and j + 1 < n
            and (toks[j + 1].low in UNITS or toks[j + 1].low in TENS)
        ) or (
            w in ("-", "–")
            and last == "tens"
            and j + 1 < n
            and toks[j + 1].low in UNITS
            and toks[j - 1].end == toks[j].start
            and toks[j].end == toks[j + 1].start
        ):
            last = "and"
        else:
            break
        j += 1
    if last in ("", "and"):
        return None
    return total + current, j


_SeqIndex = dict[str, tuple[tuple[str, ...], ...]]


def _seq_index(table: dict[tuple[str, ...], object]) -> _SeqIndex:
    """Keys of ``table`` grouped by first word, longest first (for ``_match_idx``)."""
    idx: dict[str, list[tuple[str, ...]]] = {}
    for key in table:
        idx.setdefault(key[0], []).append(key)
    return {w: tuple(sorted(keys, key=len, reverse=True)) for w, keys in idx.items()}


def _match_idx(toks: list[_Tok], i: int, idx: _SeqIndex) -> int:
    """Length of the longest indexed key matching tokens from i (0 if none)."""
    if i >= len(toks):
        return 0
    keys = idx.get(toks[i].low)
    if keys is None:
        return 0
    n = len(toks)
    for key in keys:
        k = len(key)
        if i + k > n:
            continue
        if all(toks[i + m].low == key[m] for m in range(1, k)):
            return k
    return 0


def _match_seq(toks: list[_Tok], i: int, table: dict[tuple[str, ...], object]) -> int:
    """Length of the longest key of ``table`` matching tokens from i (0 if none)."""
    if table is VAGUE:
        return _match_idx(toks, i, _VAGUE_IDX)
    if table is MODIFIERS:
        return _match_idx(toks, i, _MODIFIERS_IDX)
    return _match_idx(toks, i, _seq_index(table))


_VAGUE_IDX = _seq_index(VAGUE)  # type: ignore[arg-type]
_MODIFIERS_IDX = _seq_index(MODIFIERS)  # type: ignore[arg-type]
#: words for "one more batch" between a modifier and its number ("at least another five")
_ANOTHER_IDX = _seq_index({("another",): 0, ("a", "further"): 0, ("an", "additional"): 0, ("an", "extra"): 0})
_CLOCK = re.compile(r"\d{1,2}:\d{2}\b")
# Words that can open a quantity (besides numerals): a modifier, a vague expression, a
# number word, or "a"/"an" ("a hundred", "a dozen").
_STARTERS = (
    frozenset(_VAGUE_IDX) | frozenset(_MODIFIERS_IDX) | frozenset(UNITS) | frozenset(TENS) | {"a", "an", "half", "both"}
)


def _next_word(toks: list[_Tok], j: int) -> str:
    return toks[j].low if j < len(toks) else ""


def _is_noun_like(w: str) -> bool:
    return (
        bool(w)
        and w.isalpha()
        and w
        not in {
            "of",
            "the",
            "a",
            "an",
            "and",
            "or",
            "to",
            "in",
            "on",
            "at",
            "time",
            "times",
            "more",
            "years",
            "days",
            "hours",
            "weeks",
            "months",
            "other",
            "such",
            "cases",
            "ways",
            "questions",
            "occasions",
            "reasons",
            "as",
            "were",
            "was",
            "are",
            "have",
            "had",
            "been",
            "said",
            "reports",
        }
    )


def _people_word(w: str) -> bool:
    """A plural noun for people right after a number ("350 peasants", "107 passengers")."""
    return (
        w in _COUNT_NOUNS
        or w in ("refugees", "evacuees", "youths", "hostages")
        or w in DEMONYM_MANY
        or re.fullmatch(_PEOPLE_PLURAL, w, re.I) is not None
        or re.fullmatch(r"[a-z]{3,}(?:ers|ants|ents|ists|ians|eans|men)", w) is not None
    )


# A count of wounds, bullets or shots is never a count of people ("WITH THREE BULLET WOUNDS",
# "HIT BY FIVE BULLETS", "RECEIVED TWO GUNSHOT WOUNDS"): the wounded person is one, or none is counted.
_WOUND_NOUNS = frozenset(
    {"wound", "wounds", "bullet", "bullets", "shots", "gunshot", "gunshots", "slug", "slugs", "stab"}
    | {"stabs", "stabbings", "holes", "impacts", "lacerations", "fractures", "burns"}
)
_WOUND_MODS = frozenset(
    {"bullet", "gunshot", "gun-shot", "shrapnel", "stab", "knife", "machete", "bayonet", "shotgun", "pistol"}
    | {"rifle", "serious", "severe", "grave", "minor", "light", "superficial", "fatal", "deep", "more", "other"}
)


def _wound_count(toks: list[_Tok], j: int) -> bool:
    """Whether the number ending before token ``j`` counts wounds, bullets or shots: its next
    word is such a noun, or a weapon word or an adjective of severity stands before one."""
    nxt = _next_word(toks, j)
    if nxt in _WOUND_NOUNS and nxt not in {"bullet", "gunshot", "stab"}:
        return True
    if nxt in _WOUND_MODS or nxt in {"bullet", "gunshot", "stab"}:
        k = j + 1
        if k < len(toks) and toks[k].low in {"-", "–"}:
            k += 1
        return _next_word(toks, k) in _WOUND_NOUNS
    return False


def _not_a_count(toks: list[_Tok], i: int, j: int, value: int, text: str) -> bool:
    """Distractor filter for a plain number spanning tokens [i, j)."""
    first = toks[i]
    nxt = _next_word(toks, j)
    prev = toks[i - 1].low if i > 0 else ""
    is_digit = first.text[0].isdigit()
    # units, durations, money, dates ("6 APR 90", "two days", "90-MM", "16-YEAR-OLD")
    if nxt in _NON_COUNT_NEXT:
        return True
    if _wound_count(toks, j):
        return True  # "WITH THREE BULLET WOUNDS", "HIT BY FIVE BULLETS": wounds, not people
    if nxt == "of" and _part_of_things(toks, j + 1):
        return True  # "The KIA, one of Myanmar's oldest armed groups, has seized ...": a group, no person
    if j < len(toks) and toks[j].low in {"-", "–"} and toks[j].start == toks[j - 1].end:
        after = _next_word(toks, j + 1)
        if after and not after[0].isdigit() and after not in UNITS and after not in TENS:
            return True
    if j < len(toks) and toks[j].low in {"%", ":"} and toks[j].start == toks[j - 1].end:
        return True
    if prev in _MONTHS or prev in {"$", "£", "€", "us$"}:
        return True
    if is_digit and (
        (prev in (".", "#") and i > 1 and toks[i - 2].low in ("no", "nos", "number"))
        or (prev in _LABEL_NOUNS and not _people_word(nxt))
    ):
        return True  # "Penitentiary No. 11", "Sector 4", "module 6 of the prison" (session 18): a name, no count
    if _age_of(toks, i):
        return True  # "a boy of about ten", "a woman of 70" (session 18): an age
    if value == 1 and prev == "every":
        return True  # "every one of these deaths" (session 18): all of them, no count of one
    if prev == "." and i > 1 and toks[i - 2].low in _MONTHS:
        return True  # "Aug. 8"
    if prev in ("and", "or", "to") and i > 2 and toks[i - 3].low in ("aged", "ages"):
        return True  # "AGED 19 AND 21"
    if _in_age_list(toks, i):
        return True  # "AGED 30, 41 AND 52", "ages 20 to 25": ages are never counts
    if _age_aside(toks, i, j):
        return True  # "VALDIVIA, 61, WAS TAKEN TO THE CLINIC", "Juan Perez, 45, and his son": an age
    # "AK-47", "F-2", "2010-11", "Jan.25"
    if (
        i > 0
        and toks[i - 1].low in {"-", "–", "/", "#", ".", ":"}
        and toks[i - 1].end == first.start
        and (i < 2 or not toks[i - 2].low[0].isdigit() or toks[i - 1].low in ("/", ":"))
    ):
        return True
    if is_digit and i > 0 and toks[i - 1].end == first.start and toks[i - 1].low.isalpha():
        return True  # glued to letters: "TST1"
    if j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].low.isalpha() and is_digit:
        return True  # "7TH", "3D", "10am"
    if prev in _NON_COUNT_PREV:
        if prev not in _PREV_BLOCKS_ONLY_LONG:
            return True
        if (
            is_digit
            and len(first.text.replace(",", "")) >= 3
            and "," not in first.text
            # "the killing of 350 people", "their 350 soldiers": a people noun after a number
            # that cannot be a year makes it a head-count (a year still blocks: "in 2014 civilians")
            and not (_people_word(nxt) and not 1800 <= value <= 2100 and prev not in _PREV_TIME)
        ):
            return True
    if (
        is_digit
        and 1800 <= value <= 2100
        and "," not in first.text
        and nxt not in _COUNT_NOUNS
        and not (nxt.endswith("s") and nxt.isalpha() and nxt not in {"was", "has", "is"})
    ):
        return True  # a year
    return bool(is_digit and _CLOCK.match(text, first.start))


# nouns a number names a place, a part or a thing by ("Sector 4", "in module 6", "Gate 3"; session 18)
_LABEL_NOUN_WORDS = (
    "sector module block ward wing cell unit zone pavilion section gate building route highway platform phase "
    "room bed penitentiary colony article resolution flight lot plot level floor hall bay checkpoint"
)
_LABEL_NOUNS = frozenset(_LABEL_NOUN_WORDS.split())
# one person whose age follows "of": "a boy of about ten", "a woman of 70" (session 18)
_AGE_OF_PERSON_WORDS = "boy girl man woman child baby infant toddler teenager youth son daughter grandson granddaughter"
_AGE_OF_PERSON = frozenset(_AGE_OF_PERSON_WORDS.split())
_AGE_OF_HEDGE_WORDS = "about around roughly approximately some nearly almost perhaps maybe"
_AGE_OF_HEDGE = frozenset(_AGE_OF_HEDGE_WORDS.split())


def _age_of(toks: list[_Tok], i: int) -> bool:
    """Whether the number at token ``i`` (past a hedge word before it) follows "of" after a singular
    noun for one person: an age ("a boy of about ten"), never a count."""
    k = i - 1
    while k >= 0 and toks[k].low in _AGE_OF_HEDGE:
        k -= 1
    return k >= 1 and toks[k].low == "of" and toks[k - 1].low in _AGE_OF_PERSON


_AGE_ASIDE_NEXT = frozenset({"was", "is", "has", "had", "who", "and", "were", "died", "remains", "remained"})


def _age_aside(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether the number of tokens [i, j) is an age set off by commas after a word (a name or
    a noun for one person): "VALDIVIA, 61, WAS TAKEN", "Juan Perez, 45, and Luis Mora, 30, were
    killed". Only a bare number of 1-3 digits with a verb, "who" or "and" after its closing comma;
    "killed in 2 attacks, 12, ..." is not read so (a number before the comma)."""
    if j - i != 1 or not toks[i].text.isdigit() or len(toks[i].text) > 3 or i < 2 or j + 1 >= len(toks):
        return False
    before = toks[i - 2].low
    return (
        toks[i - 1].low == ","
        and toks[j].low == ","
        and before.isalpha()
        and before not in UNITS
        and before not in TENS
        and toks[j + 1].low in _AGE_ASIDE_NEXT
    )


# A partitive of organisations, places or events ("one of the country's oldest armed groups",
# "two of the three districts", "one of the deadliest attacks") counts no people: its head noun,
# the first noun of the next few words that is this or a people noun, is one of these.
_THING_PLURAL_WORDS = (
    "groups organisations organizations factions movements militias armies parties alliances coalitions "
    "gangs cartels networks outfits units brigades battalions regiments companies agencies countries nations "
    "states provinces districts regions towns cities villages areas zones attacks bombings strikes airstrikes "
    "raids incidents operations offensives conflicts wars insurgencies rebellions"
)
_THING_PLURALS = frozenset(_THING_PLURAL_WORDS.split())


def _part_of_things(toks: list[_Tok], k: int) -> bool:
    """Whether the words from token ``k`` (after "N of") name organisations, places or events
    (``_THING_PLURALS``) before any people noun, within six words and the clause."""
    for t in toks[k : k + 6]:
        if not t.low.isalpha() and "'" not in t.low:
            return False
        if t.low in _THING_PLURALS:
            return True
        if _people_word(t.low):
            return False
    return False


_AGE_LIST_SEPS = frozenset({",", "and", "or", "to", "-", "–"})


def _in_age_list(toks: list[_Tok], i: int) -> bool:
    """Whether the number at token ``i`` is a later item of a list of ages ("AGED 30, 41 AND
    52", "aged between 20 and 30"): back over separators and two-digit numerals to "aged"."""
    k = i - 1
    seen = False
    while k >= 1 and toks[k].low in _AGE_LIST_SEPS:
        prev = toks[k - 1].low
        if (prev.isdigit() and len(prev) <= 3) or prev in UNITS or prev in TENS:
            k -= 2
            seen = True
            continue
        break
    if k >= 1 and toks[k].low == "between":
        k -= 1
    return seen and k >= 0 and toks[k].low in ("aged", "ages", "age")


def _scan(text: str) -> list[Quantity]:
    return list(_scan_cached(text))


@lru_cache(maxsize=1024)
def _scan_cached(text: str) -> tuple[Quantity, ...]:
    """``_scan`` memoised by text: ``find_candidates`` scans each sentence once per outcome,
    and the builder re-reads the same sentences. ``Quantity`` is frozen, so sharing is safe."""
    toks = _tokens(text)
    out: list[Quantity] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.low not in _STARTERS and not tok.text[0].isdigit():
            i += 1  # ``_parse_at`` would find nothing here
            continue
        q, j = _parse_at(text, toks, i)
        if q is not None:
            out.append(q)
            i = j
        else:
            i += 1
    return tuple(out)


def about_band(n: int) -> tuple[int, int]:
    """The bounds of "about n" (and of "some / around / roughly / approximately / an estimated n"):
    the nearest whole numbers 10 % either side, floor(0.9 n) to ceil(1.1 n) (the shared
    attribution set's rule, ``attrib_README``: "about 25" is 22-28), with ``best`` n."""
    return (9 * n) // 10, -((-11 * n) // 10)


def _make(
    text: str, toks: list[_Tok], i: int, j: int, low: int | None, best: int | None, high: int | None, vague: bool
) -> Quantity:
    s, e = toks[i].start, toks[j - 1].end
    return Quantity(low, best, high, text[s:e], s, e, vague)


def _parse_core(
    text: str, toks: list[_Tok], i: int
) -> tuple[tuple[int | None, int | None, int | None], int, bool, bool] | None:
    """A number, a range or a vague expression at token i.

    Returns ``((low, best, high), j, vague, exact)``.
    """
    if i < len(toks) and toks[i].low == "both":
        # "both men", "both of them", "both were killed": two; not "both X and Y" (a pair of groups),
        # nor a pair of things ("both sides", "people from both communities"; session 18: any plural
        # that is no people noun)
        if any(t.low == "and" for t in toks[i + 1 : i + 7]) or _both_things(_next_word(toks, i + 1)):
            return None
        return (2, 2, 2), i + 1, False, True
    k = _match_idx(toks, i, _VAGUE_IDX)
    if k:
        key = tuple(t.low for t in toks[i : i + k])
        nxt = _next_word(toks, i + k)
        if nxt in ("other", "more", "further") and _is_noun_like(_next_word(toks, i + k + 1)):
            nxt = _next_word(toks, i + k + 1)  # "several other men", "dozens more people"
        if key in _NEED_NOUN and not (_is_noun_like(nxt) or nxt in ("of", "")):
            return None
        if key == ("several",) and nxt in ("dozen", "hundred", "thousand"):
            pass
        else:
            lo, be, hi = VAGUE[key]
            return (lo, be, hi), i + k, True, False
    num = _parse_number(toks, i)
    if num is None:
        return None
    val, j = num
    if toks[i].low in ("a", "an") and j == i + 1:
        return None
    if _not_a_count(toks, i, j, val, text):
        return None
    # ranges: "30 to 40", "30-40", "30 or 40", "30 and 40" (only after "between")
    if j + 1 < len(toks) and toks[j].low in ("to", "-", "–", "or", "and"):
        sep = toks[j].low
        if sep in ("-", "–") and not (toks[j].start == toks[j - 1].end and toks[j].end == toks[j + 1].start):
            sep = ""
        num2 = _parse_number(toks, j + 1) if sep else None
        if num2 is not None:
            val2, j2 = num2
            if val2 > val:
                if _not_a_count(toks, j + 1, j2, val2, text):
                    return None  # "6-8 KM", "3 TO 5 YEARS"
                return (val, None, val2), j2, False, False
    return (val, val, val), j, False, True


def _both_things(w: str) -> bool:
    """Whether "both" counts things by the plural ``w`` after it ("both sides", "both communities",
    "both attacks"), not people ("both soldiers", "both brothers"), nor a verb ("both was")."""
    return (
        w.endswith("s")
        and w.isalpha()
        and w not in ("was", "has", "is")
        and not _people_word(w)
        and re.fullmatch(_RELATIVES, w) is None
    )


def _parse_at(text: str, toks: list[_Tok], i: int) -> tuple[Quantity | None, int]:
    if i > 0 and toks[i - 1].low == "how" and toks[i].low in ("many", "much"):
        return None, i + 1  # a question ("How many people died?") states no number
    k = _match_idx(toks, i, _MODIFIERS_IDX)
    mod = MODIFIERS[tuple(t.low for t in toks[i : i + k])] if k else None
    if mod is not None:
        # "at least another five", "more than a further 20": the modifier bounds the number
        if mod not in ("between", "from") and k:
            extra = _match_idx(toks, i + k, _ANOTHER_IDX)
            if extra and _parse_number(toks, i + k + extra) is not None:
                k += extra
        core = _parse_core(text, toks, i + k)
        if core is not None and (mod == "approx" and toks[i].low == "some" and core[2] and not core[3]):
            core = None  # "some several"
        if core is not None:
            (lo, be, hi), j, vague, exact = core
            if mod == "between" or mod == "from":
                if not exact and not vague and lo is not None and hi is not None:
                    return _make(text, toks, i, j, lo, None, hi, False), j
                core_only = _parse_core(text, toks, i + k)
                if core_only is None:
                    return None, i + 1
                return _make(text, toks, i + k, core_only[1], *core_only[0], core_only[2]), j
            if not exact:
                # vague or range with a modifier: keep the core's bounds, adjust the edge
                if mod == "over" and lo is not None:
                    lo = lo + 1 if not vague or lo == be else lo
                elif mod in ("upto", "under", "nearly") and not vague and hi is not None:
                    lo = None
                return _make(text, toks, i, j, lo, None if mod != "atleast" else be, hi, vague), j
            n = be
            assert n is not None
            if mod == "over":
                return _make(text, toks, i, j, n + 1, None, None, vague), j
            if mod == "atleast":
                return _make(text, toks, i, j, n, n, None, vague), j
            if mod == "upto":
                return _make(text, toks, i, j, None, None, n, vague), j
            if mod == "under":
                return _make(text, toks, i, j, None, None, max(n - 1, 0), vague), j
            if mod == "nearly":
                return _make(text, toks, i, j, None, None, max(n - 1, 0), vague), j
            if mod == "hedge":
                return _make(text, toks, i, j, n, n, n, vague), j
            # approx: the attribution set's band, best n (``about_band``)
            lo, hi = about_band(n)
            return _make(text, toks, i, j, lo, n, hi, vague), j
        if toks[i].low == "some" and k == 1:
            nxt = _next_word(toks, i + 1)
            if nxt in _COUNT_NOUNS or _people_word(nxt):  # "some pedestrians" (the table's bare "some")
                return _make(text, toks, i, i + 1, None, None, None, True), i + 1
        # a modifier word that is not followed by a number ("over the weekend")
    core = _parse_core(text, toks, i)
    if core is None:
        return None, i + 1
    (lo, be, hi), j, vague, _exact = core
    if (
        toks[i].low not in ("between",)
        and j - 1 > i
        and any(t.low == "and" for t in toks[i:j])
        and be is None
        and not vague
    ):
        # "30 and 40" without "between" is two numbers, not a range
        num = _parse_number(toks, i)
        if num is not None:
            v, j1 = num
            return _make(text, toks, i, j1, v, v, v, False), j1
    return _make(text, toks, i, j, lo, be, hi, vague), j


def find_quantities(text: str) -> list[Quantity]:
    """All count-like quantity expressions in ``text``, in text order.

    Years, dates, times, calibres, ages, money, percentages, durations and distances are
    skipped. "a"/"an" alone are never returned here (see ``quantity_for_outcome``).
    """
    return _scan(text)


def parse_quantity(text: str) -> Quantity | None:
    """The quantity in a short phrase ("over 130", "at least 23 people"); the first one."""
    qs = _scan(text)
    if qs:
        return qs[0]
    m = re.search(r"\b(no|none|nobody|no one|no-one)\b", text, re.I)
    if m:
        return Quantity(0, 0, 0, m.group(), m.start(), m.end(), False)
    m = re.search(r"\b(an?)\b", text, re.I)
    if m and len(text.split()) <= 4:
        return Quantity(1, 1, 1, m.group(), m.start(), m.end(), False)
    return None


# --------------------------------------------------------------------------- outcome linking

# Nouns for the people a count after "lost" or "buried" counts (issue 18): a verb with other uses
# ("lost two vehicles", "buried weapons") is a death only before people.
_VICTIM_NOUNS = (
    r"people|persons|civilians|soldiers|troops|fighters|men|women|children|militants|rebels|insurgents|"
    r"jihadists|terrorists|gunmen|policemen|police|officers|guards|members|residents|villagers|workers|"
    r"others|victims|comrades|relatives|bodies|dead|brothers|sons|peacekeepers|volunteers|farmers|martyrs|"
    # (session 25) one of them ("the movement had lost one fighter"), and a parent's "I lost four boys"
    r"soldier|fighter|man|woman|child|militant|rebel|policeman|officer|guard|member|boys?|girls?|sisters|daughters|"
    # (no bare "-ers": "lost two helicopters", "buried three containers")
    r"herders|passengers|rangers|reporters|[a-z]{3,}(?:ists|ians|eans|smen)"
)
# relatives one may lose: "lost her brother", "lost his two sons"
_RELATIVES = (
    r"brothers?|sisters?|sons?|daughters?|husbands?|wife|wives|fathers?|mothers?|child|children|"
    r"cousins?|nephews?|nieces?|uncles?|aunts?|grandsons?|granddaughters?|grandchild|grandchildren|"
    r"grandfathers?|grandmothers?|parents|siblings?|twins?|babies|baby|relatives?"
)
# a count right after the verb: "lost three fighters", "buried 63 people", "lost two of its men",
# "helped bury at least 27 people"
_COUNT_AHEAD = (
    # (session 25) a possessive before the count: "I lost my two little sisters"
    r"(?=\s+(?:(?:my|our|his|her|their)\s+(?=(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b))?"
    r"[\"'“‘]?(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|as\s+many\s+as|"
    r"another|a\s+further|an\s+estimated|only|just)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?|an?\s+dozen)\s+"
    r"(?:(?:of\s+(?:its|their|our|his|her|the)\s+)?[\"'“‘]?(?:[\w'-]+\s+)?[\"'“‘]?(?:" + _VICTIM_NOUNS + r")\b"
    # a side's own dead: "lost only two of their own"
    r"|of\s+(?:its|their|our|his|her)\s+own(?=\s*(?:[.,;:)\"”]|$|\s+(?:in|at|on|during|when|while|after|before|and|"
    r"but|to|near|as|since|for)\b))))"
)

# "explosives strapped to her body", "a vest around his body": a living body after a preposition
# is no corpse (a fixed-width look-behind for each preposition and possessive)
_NOT_WORN_ON = "".join(
    rf"(?<!\b{p}\s{w}\s)"
    for p in ("to", "on", "around", "across", "over", "under", "into", "from")
    for w in ("his", "her")
)

# a lethal operation against people (ISAF releases: "conducted a lethal strike in X province against
# an insurgent leader", "a lethal operation targeting two insurgents"): killed, counted by the
# people after "against"/"targeting" (``_lethal_target``); not "lethal aid", not "a strike against
# a compound" (a person noun must follow)
_LETHAL_NOUN = (
    r"insurgents?|militants?|fighters?|commanders?|leaders?|facilitators?|members?|operatives?|terrorists?|"
    r"rebels?|gunm[ae]n|bomb-?makers?|financiers?|emirs?|suspects?|jihadists?|extremists?|individuals?|"
    r"persons?|people|m[ae]n"
)
_LETHAL_OP = (
    r"lethal\s+(?:[\w-]+\s+)?(?:(?:air|drone)?strikes?|operations?|raids?|engagements?)"
    r"(?=(?:\s+[\w,'’-]+){0,8}?\s+(?:against|targeting|targetting)\s+"
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:" + _LETHAL_NOUN + r")\b)"
)

# people a witness says were taken from them (``OUTCOME_PATTERNS["detained"]``; session 16)
_TAKEN_KIN = (
    r"(?:sons|daughters|children|brothers|sisters|wives|husbands|grandsons|granddaughters|nephews|nieces|cousins|"
    r"relatives|boys|girls|people|men|women|villagers|neighbours|neighbors|students|pupils|workers)"
)

# (session 25) people an armed force took or held, counted right after the verb ("gunmen took four health workers",
# "armed men had taken 11 men from X", "held 28 soldiers for some 20 hours"); not people taken to hospital or
# to safety, nor out of a place (an evacuation), nor bodies
_TAKE_PERSONS = (
    r"people|persons|civilians|soldiers|troops|fighters|men|women|children|boys|girls|villagers|residents|workers|"
    r"staff|students|pupils|nurses|teachers|traders|farmers|herders|fishermen|passengers|miners|policemen|officers|"
    r"guards|hostages|relatives|sons|daughters|members|employees|youths|teenagers|minors"
)
_TAKE_AHEAD = (
    r"(?=\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|up\s+to)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"sixty|dozens|hundreds|scores)\s+(?:(?!(?:wounded|injured|hurt|sick|dead|ill)\b)[\w'’-]+\s+){0,2}?"
    r"(?:" + _TAKE_PERSONS + r")\b"
    r"(?![^.;]{0,60}?\b(?:for\s+(?:medical\s+)?treatment|(?:to|into)\s+(?:(?:the|a|nearby|local|safer)\s+)?(?:hospitals?|safety|clinics?|shelters?|"
    r"camps?|health|medical|morgue|areas?|ground)|out\s+of)\b))"
)

# a harm treated, as opposed to an illness: "for gunshot wounds", "for burns and smoke inhalation" (session 17)
_HARM = (
    r"(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns|fractures|cuts|bruises|lacerations|inhalation|"
    r"suffocation|asphyxiation|concussions?)\b"
)

OUTCOME_PATTERNS: dict[str, str] = {
    "killed": (
        # a side's own dead: "acknowledged the loss of four of its members" (a count of people after it,
        # "of its" members / fighters ...; session 13); not "the loss of 40 homes"
        r"loss(?:es)?\s+of(?=\s+(?:(?:at\s+least|about|some|more\s+than|over)\s+)?[\w,.-]+\s+"
        r"(?:of\s+(?:its|their|his|her|our)\s+)?(?:[\w-]+\s+)?(?:members|fighters|soldiers|men|troops|comrades|"
        r"officers|personnel|policemen|servicemen|militants|guerrillas|combatants)\b)|"
        # (session 25) a side's count of its own dead ("put its losses at five soldiers"), the remains of people
        # found, and a count of homicide victims ("registered 1,817 victims of intentional homicide")
        r"(?:put|puts|putting|placed|places)\s+(?:its|their|his|her|the\s+[\w'’-]+['’]s?)\s+(?:own\s+)?losses\s+at|"
        r"remains\s+of(?=\s+(?:(?:at\s+least|more\s+than|some|about)\s+)?[\w,]+\s+(?:[\w-]+\s+)?(?:people|persons|men|women|"
        r"children|victims|soldiers|civilians|migrants)\b)|victims\s+of\s+(?:intentional\s+|violent\s+)?homicides?|"
        r"kill(?:ed|ings?|s)?|dead|died|dies|dying|(?<!threatened\swith\s)(?<!threats\sof\s)(?<!threat\sof\s)"
        # "to death" alone is a sentence or a fear ("sentenced to death"); a killing verb before it
        # is matched whole below ("shot to death")
        r"(?<!\bto\s)"
        r"deaths?(?!\s+(?:squads?|threats?|penalty|sentences?|row|warrants?))|death\s+toll|toll|slain|"
        r"slaughtered|murder(?:ed|s)?|"
        # a count of homicides is a count of people killed ("more than 3,000 homicides this year")
        r"homicides|"
        # a dead body is one person killed: "the body of Juan Perez", "his body was found"
        r"(?:body|corpse)(?=\s+of\s)|(?<=\bhis\s)" + _NOT_WORN_ON + r"body|(?<=\bher\s)" + _NOT_WORN_ON + r"body|"
        r"(?<=claimed\sthe\s)life|(?<=cost\sthe\s)life|(?<=took\sthe\s)life|"
        r"massacred?|massacres|executed|executions?|fatalities|fatally|lives|bodies|corpses|"
        r"assassinat(?:ed|ion|ions|e)|"
        r"(?:shot|shooting|shoot)\s+dead|(?:gunned|gunning)\s+down|executing|"
        r"(?:shot|stabbed|beaten|burned|burnt|hacked|tortured|clubbed|stoned|put|"
        # any manner of killing "to death" ("machinegunned to death"), not a sentence or a fear
        r"(?!(?:sentenc|condemn|frighten|scar|bor|worri|threaten|starv)ed\b)[a-z]{3,}ed)\s+(?:(?:him|her|them)\s+)?to\s+death|"
        r"fatal\s+victims|" + _LETHAL_OP + r"|"
        r"lost\s+their\s+lives|perished|"
        # killings named by their manner, and a life lost: "beheaded", "burned alive", "lost his life"
        r"beheaded|(?<!\bby\s)beheading|decapitated|(?<!\bby\s)decapitating|lynched|strangled|(?:burned|burnt)\s+alive|lost\s+(?:his|her)\s+life|"
        # a force's word for killing enemies ("the army had 'neutralised' 27 rebels"); a side's own
        # dead ("we lost four soldiers", "35 of our men fell", "were martyred"); the dead buried by
        # count ("we have buried 63 people", "helped bury at least 27 people")
        # (session 16) communiqués' "annihilated" and "liquidated" are the same euphemism, people only
        r"neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|annihilat(?:ed|ing)|liquidat(?:ed|ing)|martyred|"
        # a side mourning its own dead ("the brigade mourned one of its fighters, Name", "mourned two of
        # its members"; session 11)
        r"mourn(?:ed|s|ing)(?=\s+(?:\w+\s+)?of\s+(?:its|their|his|her|our)\s+(?:[\w'-]+\s+)?(?:fighters|members|"
        r"commanders|militants|soldiers|men|officers|comrades|cadres)\b"
        # ("mourned nine 'martyrs' of its brigade": a count of its martyrs; session 16)
        r"|\s+[\w-]+\s+[\"'“‘\s]?martyrs\b)|"
        # a side's own dead "embraced / attained martyrdom" (session 16); a claim of enemies "taken down"
        # ("claimed to have taken down nine marines"; people only)
        r"(?:embraced|attained|achieved)\s+martyrdom|"
        r"(?:taken|took|taking)\s+down(?=\s+(?:[\w,'-]+\s+){1,3}?(?:soldiers|troops|policemen|police\s+officers|officers|"
        r"fighters|militants|gunmen|rebels|terrorists|enemies|agents|guards|marines|paratroopers|commandos)\b)|"
        r"lost" + _COUNT_AHEAD + r"|bur(?:ied|y|ying)" + _COUNT_AHEAD + r"|"
        # the dead buried by count, passive ("51 people had been buried in two graves"; people
        # only, ``_PEOPLE_AFTER``); not "buried under the rubble" (maybe alive: missing)
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s))buried(?=\s+(?:in|at)\s+(?:[\w'’-]+\s+){0,3}?(?:graves?|cemeter(?:y|ies)|"
        r"graveyards?|burial\s+grounds?)\b)|"
        # people "riddled with bullets" (MUC-4's wires: shot dead; people only, ``_RIDDLED``)
        r"riddled\s+with\s+(?:bullets|gunfire|shots)|"
        # people "machine-gunned" (MUC-4's wires: killed; people only, as "riddled": ``_RIDDLED``),
        # not "machine-gunned to death", read whole above
        r"machine-?gunned(?!\s+(?:(?:him|her|them)\s+)?to\s+death)|"
        # a relative lost in an attack ("who lost her brother in the shelling"; ``_lost_relative``)
        r"lost(?=\s+(?:his|her|their|my|our)\s+(?:[\w'-]+\s+)?(?:" + _RELATIVES + r")\b(?!['’]))|"
        # "COMMANDER A FELL IN COMBAT": a death in fighting, whoever the subject is
        r"fell\s+(?:\w+ly\s+)?in\s+(?:combat|action|battle)|"
        r"(?:(?<=\bmen\s)|(?<=\bsoldiers\s)|(?<=\bfighters\s)|(?<=\btroops\s)|(?<=\bcomrades\s)|"
        r"(?<=\bofficers\s)|(?<=\bpolicemen\s))(?:fell|(?:had|have|has)\s+fallen)"
        r"(?!\s+(?:ill|sick|asleep|silent|back|behind|into|from|off|out|down|over|through|under|victim|prey|"
        r"short|apart|in\s+love)\b)"
    ),
    "injured": (
        r"injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)?|hurt|maimed|hospitali[sz]ed|"
        # (not one who died there: "was taken to the clinic, where doctors confirmed his death")
        # (session 17: "referred / transferred / airlifted to Quetta's Civil Hospital", "admitted to hospitals in")
        r"(?:taken|admitted|rushed|referred|transferred|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:hospital|clinic)s?"
        r"(?![^.;]*?\b(?:(?:he|she)\s+(?:\w+ly\s+|later\s+)?died|(?:his|her)\s+death)\b)|"
        # one who came through an attack hurt: "the driver survived with burns", "escaped with minor injuries"
        r"(?:survived|escaped|emerged)\s+with\s+(?:(?!(?:his|her|their|its)\b)[\w-]+\s+){0,2}?"
        r"(?:burns|injuries|wounds|cuts|bruises|fractures)|"
        # people "in hospital" after a verb of being ("more than 20 others are in hospital")
        # (session 17: "are now in hospital", "remained in intensive care")
        r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bremain\s)|(?<=\bremained\s)|(?<=\bstill\s)|(?<=\bnow\s))"
        r"in\s+(?:a\s+|the\s+)?(?:hospitals?|intensive\s+care)|"
        # (session 17) people under care for a harm, counted before the words ("four others are being
        # treated for stab wounds", "two are still being treated", "31 are receiving treatment", "suffered
        # severe burns", "nine burn victims", "were flown to the capital for specialist treatment"), or
        # after the active verb ("medics treated 40 people for burns"); not "treated well" or "as
        # suspects", nor care for an illness ("receiving treatment for malaria")
        r"(?:(?<=\bbeing\s)|(?<=\bstill\s))treated(?=\s*(?:[.,;:\"”]|$))|"
        r"(?:(?<=\bbeing\s)|(?<=\bstill\s)|(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bare\s))treated(?=\s+for\s+" + _HARM + r")|"
        r"(?:treated|treating)(?=\s+(?:[\w,'’-]+\s+){1,4}?for\s+" + _HARM + r")|"
        # ("the clinic was treating 43 patients", "had treated 37 people overnight": people or patients
        # after the count; not "treating 40 patients for cholera")
        r"(?:treated|treating)(?=\s+(?:(?:at\s+least|about|some|more\s+than|over|nearly|around)\s+)?[\d,]+\s+"
        r"(?:[\w-]+\s+)?(?:people|patients|persons|casualties|victims|civilians)\b(?!\s+for\s+(?!" + _HARM + r")))|"
        r"(?:receiving|undergoing|getting)\s+(?:(?:medical|hospital|emergency)\s+)?treatment"
        r"(?!\s+for\s+(?!" + _HARM + r"))|"
        r"(?:suffered|sustained|suffering|sustaining)\s+(?:(?!(?:his|her|their|its)\b)[\w-]+\s+){0,2}?burns|"
        r"burns?\s+(?:victims|patients|casualties)|"
        r"(?:flown|airlifted|evacuated|transferred|taken|rushed|sent)\s+to\s+(?:[\w'’-]+\s+){1,3}?for\s+"
        r"(?:[\w-]+\s+){0,2}?(?:treatment|care|surgery)|"
        # people in a grave state after a verb of being ("two policemen are in serious condition")
        r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bremains\s)|(?<=\bremain\s)|"
        r"(?<=\bremained\s))in\s+(?:(?:a|very)\s+)?(?:serious|critical|grave|stable)\s+condition|"
        # treated where the wounded are treated: "being treated in makeshift clinics"
        r"(?:being\s+)?treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|"
        r"(?:health|medical|trauma)\s+(?:centres?|centers?|facilities|posts?))|"
        # people hurt by gas or smoke, counted before the verb ("many others suffered from tear gas
        # inhalation", "dozens suffered suffocation"; session 11)
        r"(?:suffered|suffering|treated)\s+(?:from\s+|for\s+)?(?:(?:tear[\s-]+gas|smoke|gas)\s+inhalation|suffocation|"
        r"asphyxiation)|"
        # people beaten by a force, counted after the verb ("beat an elderly man", "beat two farmers") or
        # before it ("three shepherds were beaten"); not "beaten to death" (killed), "beat back / off" an
        # attack, nor "beat a retreat"
        r"(?:beat|beaten)(?!\s+(?:(?:him|her|them)\s+)?(?:to\s+death|back|off|a\s+retreat)\b)|"
        # (session 16) people hit by a bullet or shrapnel ("a porter, hit by one stray round,", "hit in the
        # leg by a rubber bullet"), when the clause tells no death; people who sought medical help
        r"(?<!fatally\s)(?:hit|struck)\s+(?:in\s+the\s+[\w-]+\s+)?by\s+(?:an?\s+)?(?:stray\s+|rubber\s+|live\s+|"
        r"plastic\s+|sniper\s+)?(?:bullets?|shrapnel|pellets?|gunfire|rounds|sniper\s+fire)\b"
        r"(?![^.;]*?\b(?:died|killed|dead|death|fatally|succumbed)\b)|"
        r"(?:sought|seeking|needed|received)\s+(?:medical|hospital)\s+(?:help|treatment|care|attention)"
    ),
    # "lost contact with nine of our catechists": people out of reach, counted after the words
    "missing": r"missing|disappeared|unaccounted\s+for|disappearances?|lost\s+(?:all\s+)?(?:contact|touch)\s+with"
    + _COUNT_AHEAD
    # (session 16) people carried off by water, or not back at their post, counted before the words,
    # people only (``_PEOPLE_ONLY``): "up to 9 people were swept away", "two herders never returned
    # to the camp"; not "houses were swept away", nor the displaced who "have not returned home"
    + r"|(?:swept|washed)\s+away|(?:(?:had|have|has)\s+(?:still\s+)?not|never)\s+(?:yet\s+)?returned"
    r"(?=\s+(?:to\s+(?:their|his|her|the)\s+(?:[\w'’-]+\s+)?(?:camps?|bases?|posts?|units?|barracks|boats?|vessels?|"
    r"positions?|stations?)\b|from\s))"
    # people buried where a building fell, not yet found ("one more resident was believed to be
    # trapped under the rubble"); not "250,000 people trapped in the city" (besieged, not lost)
    + r"|trapped\s+(?:under|beneath|in|inside|below)\s+(?:the\s+)?(?:rubble|debris|ruins|wreckage|"
    r"collapsed\s+(?:building|block|house|home|school|hospital)s?)\b"
    # (session 17) people out of touch since some time, counted before the words, people only
    # (``_PEOPLE_ONLY``): "two herders have not been heard from at all", "at least 9 of those taken
    # have not been seen since", "6 crewmen were at sea when contact was lost"; not "has not been seen
    # in public", nor "lost contact with the drone"
    + r"|(?:(?<=\bnot\sbeen\s)|(?<=\bnever\sbeen\s))(?:heard\s+from|seen\s+(?:since|again)|seen\s+or\s+heard"
    r"(?:\s+from)?)|(?:when|after|before)\s+(?:all\s+)?contact\s+(?:with\s+them\s+)?(?:was|had\s+been)\s+lost"
    # people believed or feared trapped, not yet found ("up to 9 people believed trapped"; session 13):
    # a belief about them, counted before the words; not "250,000 people trapped in the city"
    r"|(?:(?<=\bbelieved\s)|(?<=\bfeared\s)|(?<=\bthought\s))(?:to\s+(?:be|have\s+been)\s+)?trapped\b"
    # people a modal says may still be trapped, not yet found ("up to 6 tenants could still be
    # trapped"; session 13, fa2); not "no one could be trapped", "could not be trapped"
    r"|(?:(?<=\bcould\sbe\s)|(?<=\bmay\sbe\s)|(?<=\bmight\sbe\s)|(?<=\bstill\sbe\s))trapped\b",
    "detained": (
        # (session 17) people who gave themselves up to a force are in its custody ("a second suspect
        # turned himself in", "two gunmen handed themselves over to police"), counted before the words
        r"(?:handed|turned|gave)\s+(?:himself|herself|themselves)\s+(?:over|in|up)\b|"
        # (session 17) one held in company, counted by the others after "with" ("was jailed along with
        # about 40 others", 'held with "more than a hundred" others'); the others only (people)
        r"(?:held|detained|arrested|jailed|imprisoned|locked\s+up)\s+(?:(?:together|along)\s+)?with"
        r"(?=\s+[\"'“‘]?(?:[\w,.-]+[\"'”’]?\s+){1,4}?others\b)|"
        # (figure recall, session 15) "those taken" in a count of captives ("her three sons were
        # among those taken", "the number of those taken"); not "those taken to hospital", nor bodies
        # "taken from the rubble"
        r"(?<=\bthose\s)taken(?!\s+(?:to|from\s+(?:the\s+)?(?:rubble|debris|ruins|wreckage))\b)|"
        # "four of those held are teenagers": the captives (session 16); not "those held responsible"
        r"(?<=\bof\sthose\s)held(?!\s+(?:responsible|accountable|liable|up|back|talks|meetings?|office|posts?|seats?|"
        r"a|an|the|their|its|his|her|in\s+(?:high|low))\b)|"
        # a person held at home by the state: "has been under house arrest since May" (session 13,
        # fa2); not "house arrest was lifted", "released from house arrest"
        r"(?:(?:placed|put|kept|held)\s+)?under\s+house\s+arrest|"
        r"detain(?:ed|ing|ees?)?|detentions?|arrest(?:ed|ing|s)?|captured|captur(?:e|ing)|apprehend(?:ed|ing|s)?|"
        r"kidnapp?(?:ed|ing|ings)?|kidnaps|abduct(?:ed|ing|ions?)|taken\s+hostage|"
        r"held\s+hostage|hostages|taken\s+prisoner|prisoners|taken\s+into\s+custody|"
        # "taking 251 people hostage", "took three engineers captive": the count after the verb (``_TOOK_HOSTAGE``)
        # (and the participle: "had killed 40 guards and taken six prisoner")
        r"(?:took|taking|takes|take|taken)(?=\s+(?:[\w,'-]+\s+){1,4}?(?:hostage|captive|prisoner)s?\b)|"
        r"(?<!\bbeen\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bis\s)(?<!\bare\s)(?:took|taken|held)" + _TAKE_AHEAD + r"|"
        # "held hundreds of passengers hostage": the same, with "held" (``_TOOK_HOSTAGE``)
        # (no preposition or article between: "held three meetings on the hostage crisis" none)
        r"(?:held|holding|holds|hold)(?=\s+(?:(?!(?:on|about|over|for|in|at|with|to|the|a|an)\b)[\w,'-]+\s+){1,4}?"
        r"(?:hostage|captive)s?\b)|"
        # people taken from their homes, or from a place by an armed force, counted before the verb
        # ("12 men were taken from their homes", "four civilians had been taken from the village by
        # troops"; not "bodies were taken from the rubble")
        r"taken\s+from(?=\s+(?:their|his|her)\s+(?:homes?|houses?|beds?)\b|\s+(?:[\w'’-]+\s+){1,6}?by\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|gunmen|militants|fighters|forces|militiamen|militias?|police|"
        r"kidnappers|abductors|rebels|insurgents)\b)|"
        # people held by an armed force, or held for a time, counted before the verb ("between 12
        # and 15 farmers had been held for two days by the rebels", "five men were held
        # overnight by troops"; a passive "held" only: "talks were held" has no count of people,
        # "the meeting held by the rebels" no auxiliary)
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s))held(?=\s+(?:(?:for|over)\s+(?:(?:several|a\s+few|many|two|"
        r"three|four|five|six|\d+)\s+)?(?:hours|days|weeks|months|overnight)\b|overnight\b|(?:[\w'’-]+\s+){0,6}?by\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|gunmen|militants|fighters|forces|militiamen|militias?|police|"
        r"kidnappers|abductors|captors|rebels|insurgents|dissidents|guerrillas|jihadists|paramilitaries)\b))|"
        # people taken by an armed force, counted before the verb, people only (``held_passive``):
        # "18 pupils had been taken.", "a list of 45 travellers who were taken, most of them ...",
        # "five youths had been taken by troops"; not "photos were taken", "taken to hospital", "taken
        # by surprise"
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s))taken(?=\s*(?:[.;]|,(?!\s*(?:to|into|for)\b)|$)|\s+and\s+that\b|"
        r"\s+by\s+(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|gunmen|militants|fighters|forces|militiamen|militias?|"
        r"kidnappers|abductors|rebels|insurgents|jihadists|attackers|assailants)\b"
        # (review s12) not carried to safety or care: "taken by troops to a safe area / to hospital"
        r"(?!\s+to\s+(?:(?:a|the|an)\s+)?(?:safety|safe|secure|hospitals?|clinics?|medical|field\s+hospital)\b))|"
        # people "picked up" by a force or in raids, counted before the verb, people only
        # ("scores of farmers had been picked up from hamlets"); not "picked up by ambulances"
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s))picked\s+up(?=\s+(?:from|in|during|by\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:troops|soldiers|police|security|forces|agents|intelligence|gunmen|militants))\b)(?![^.;]*?\b(?:ambulances?|"
        # (review s12) nor rescued at sea or carried off to safety: "migrants were picked up in boats",
        # "picked up from a sinking dinghy", "picked up in buses and driven to safety"
        r"rescuers|medics|hospital|rescue[ds]?|boats?|dinghy|dinghies|vessels?|ships?|sea|coast|buses|"
        r"helicopters?|safety|evacuat\w*)\b)|"
        r"in\s+custody|seized|"
        # people a force held for questioning, counted after the verb ("held scores of men for
        # questioning"; people only; session 16)
        # (or "without charge / trial", "incommunicado"; session 17)
        r"(?:held|holding|holds)(?=\s+(?:[\w,'’-]+\s+){1,5}?(?:for\s+(?:[\w-]+\s+)?(?:questioning|interrogation)|"
        r"without\s+(?:charge|trial)|incommunicado)\b)|"
        # an armed group taking a witness's own people ("they took my three daughters", "the gunmen took 40 of
        # our people"; session 16): the count after the verb, kin or people with a possessive; not
        # "took my two sons to school"
        r"\b(?:they|gunmen|attackers|assailants|bandits|militants|rebels|fighters|kidnappers|abductors|soldiers|troops|"
        r"jihadists|insurgents|militiamen)\s+(?:(?:also|then|had|have)\s+)?(?:took|taken)"
        r"(?=\s+(?:away\s+)?(?:(?:my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?|"
        r"[\w,-]+\s+(?:[\w-]+\s+)?of\s+(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?)" + _TAKEN_KIN + r"\b)"
        r"(?![^.;]*?\bto\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?|safety|schools?|markets?|church|mosque|"
        r"camps?)\b)|"
        # people rounded up by a force, people only (``_PEOPLE_ONLY``; session 16): "scores of youths were
        # rounded up", "troops rounded up 30 youths"; not "rounded up 300 cattle"
        r"rounded\s+up|"
        # people led off by their captors ("Several other men were taken away in military trucks";
        # people only, counted before the verb: "the bodies were taken away" is no one detained)
        # (an active "took away" takes its count after it, people only: "gunmen took away a number of
        # young men"; ``_TAKEN_AWAY``)
        # ("were driven away in military trucks", "driven away to an unknown destination": people taken off
        # by vehicle; not "driven away from their homes", displaced)
        r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))driven\s+away(?=\s+(?:in|on|aboard)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:trucks?|vehicles?|cars?|pick-?ups?|vans?|lorr(?:y|ies)|buses)\b|\s+to\s+(?:an\s+)?unknown\s+"
        r"(?:destination|location|place)s?\b)|"
        r"(?:taken|took|taking|takes|led|dragged|marched)\s+away(?!\s+(?:to|for|by)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:hospitals?|clinics?|treatment|safety|burial|morgue|ambulances?|relatives|families|rescuers|medics)\b)"
    ),
    "displaced": (
        r"displaced|displacement|fled\s+their\s+homes|forced\s+from\s+their\s+homes|"
        r"refugees|evacuees|homeless|"
        # "evacuated 22 injured people" moves the wounded (to hospital): they count as injured, nobody displaced
        r"evacuated(?!\s+(?:[\w,-]+\s+){1,3}?(?:injured|wounded|hurt|dead|bodies|casualties)\b)"
        # (session 16) nor patients taken for care: "evacuated the worst cases to the town
        # hospital", "were evacuated to a clinic"
        r"(?![^.;]{0,60}?\b(?:cases|patients)\b)(?!\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:hospitals?|clinics?|infirmary|medical\s+(?:centres?|centers?|facilit(?:y|ies)))\b)|"
        # people who fled, counted before the verb ("about 12,000 people had fled the villages";
        # ``_FLED_PEOPLE`` says who counts)
        r"fled|fleeing|forced\s+to\s+flee|"
        # people who crossed into a country or district, counted before the verb, people only
        # (``_FLED_PEOPLE``; session 13): "about 2,500 people had crossed into Norland", "crossed the border
        # into Chad"; not "the convoy crossed into Chad", "troops crossed into the region"
        # ("crossed from Nasir into Ethiopia": from a place named in at most four words)
        r"(?:(?:have|has|had)\s+(?:already\s+)?)?crossed(?=\s+(?:the\s+(?:border|frontier)\s+)?"
        r"(?:from\s+(?:[\w'’.-]+\s+){1,4}?)?into\s)"
        r"(?![^.;]*?\b(?:for\s+(?:the\s+|an?\s+)?(?:festival|summit|talks|conference|match|game|celebrations?|pilgrimage|"
        r"holidays?|work|jobs|trade|market)|to\s+(?:attend|celebrate|watch|visit|work|trade))\b)|"
        # people who arrived somewhere from a place or since a time, counted before the verb, people only
        # (``_FLED_PEOPLE``): "more than 2,000 people had arrived in the town from A", "1,500 people have
        # arrived in B since the weekend"; not "delegates arrived", "aid arrived", nor a visit's crowd
        r"(?:have|has|had)\s+(?:already\s+)?arrived(?=\s+(?:in|at)\s+(?:[\w'’.-]+\s+){1,4}?(?:from|since)\b)"
        r"(?![^.;]*?\b(?:for\s+(?:the\s+)?(?:festival|summit|talks|conference|match|game|celebrations?|pilgrimage|"
        r"holidays?)|to\s+(?:attend|celebrate|watch|visit))\b)|"
        # "recorded more than 9,000 new arrivals": the newly arrived displaced, counted before the noun
        r"(?<=\bnew\s)arrivals(?=\s+(?:in|at|from|since|to|into|over|had|have|has|were|registered)\b)|"
        # "the war has uprooted more than 12 million people" (people after it, no "and" between), or
        # "12 million people have been uprooted" (people only, ``_FLED_PEOPLE``)
        r"uproot(?:ed|ing|s)(?=\s+(?:(?!(?:and|or|but)\b)[\w,.'’-]+\s+){1,5}?(?:people|persons|civilians|residents|"
        r"villagers|families|households|inhabitants|women|children)\b)|"
        r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s))uprooted|"
        # people who have left a place, counted before the verb, people only (``_FLED_PEOPLE``): "some 2,000
        # families have left the district", "500 residents have left Kherson"; not "ministers left the cabinet"
        r"(?:have|has|had)\s+(?:already\s+)?left(?=\s+(?:the\s+(?:(?:border|frontline|front-line|nearby|surrounding|"
        r"outlying|neighbou?ring|remote)\s+)?(?:areas?|regions?|districts?|town|city|villages?|"
        # ("have left the camp for the town": people leaving a camp of the displaced; session 13)
        r"province|neighbou?rhoods?|camps?)|their\s+(?:homes?|houses|villages?|towns?|shacks|huts|dwellings|flats|apartments)|"
        r"(?-i:[A-Z][a-z]+)|"
        # bare plural places ("have left villages around A", "had left border villages")
        r"(?:(?:border|frontline|front-line|nearby|surrounding|outlying|neighbou?ring|remote)\s+)?(?:villages|towns|"
        r"settlements|hamlets|communities|districts|neighbou?rhoods)\b"
        # (review s12) not a move for work: "two million people have left villages for the cities"
        r"(?!\s+(?:for\s+(?:the\s+)?(?:cities|towns|capital|work|jobs)|to\s+(?:find|seek|look\s+for)\s+(?:work|jobs)|"
        r"in\s+search\s+of\s+(?:work|jobs)))))|"
        # people moved to shelters or camps, counted before the verb ("60 residents have been moved to
        # temporary shelters"; people only, ``_SHELTERED``): "moved to a new office" is none
        r"(?:moved|relocated|evacuated|transferred|rehoused)\s+(?:to|into|in)\s+(?:(?:a|an|the)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:shelters?|camps?|(?:evacuation|displacement|reception)\s+(?:centres?|centers?|sites?)|"
        # (session 19) "have been moved to temporary accommodation", "relocated to school buildings"
        r"accommodation|housing|hotels?|(?:school|sports|community)\s+(?:buildings?|halls?|centres?|centers?))|"
        # (session 19) people registered at or staying in camps or shelters, counted before the verb ("about 450
        # people had been registered at three relief camps", "Some 12,000 are staying in collective shelters";
        # people only, ``_SHELTERED``)
        r"(?:registered|staying|sheltered|housed)\s+(?:at|in)\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:shelters?|camps?|(?:evacuation|displacement|reception)\s+(?:centres?|centers?|sites?))|"
        # (session 20) people sheltering or staying at churches, mosques, schools or their compounds, counted
        # before the verb ("about 300 people were sheltering at the church compound"; people only, ``_SHELTERED``)
        r"(?:sheltering|sheltered|staying)\s+(?:at|in)\s+(?:(?:a|an|the|two|three|four|five|several|local|\d+)\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:church(?:es)?|mosques?|schools?|(?:church|mosque|school)\s+(?:compounds?|grounds?|"
        r"buildings?|halls?))(?![\w-])|"
        # (session 17) or to stay with kin ("about 90 villagers have moved to relatives' houses", "moved in with
        # relatives"; people only, ``_SHELTERED``)
        r"(?:moved|relocated|gone|went)\s+(?:in\s+)?(?:to\s+(?:stay\s+with\s+)?|with\s+)(?:(?:their|the)\s+)?"
        r"(?:relatives|kin|family\s+members|host\s+families)(?:['’]\s+(?:homes?|houses))?(?=\W)|"
        r"(?:moved|relocated|gone|went)\s+to\s+(?:the\s+)?(?:homes|houses)\s+of\s+(?:their\s+)?(?:relatives|kin)\b|"
        # or to a named town ("40 families were moved to Yerevan"; a capital letter in mixed-case text, people
        # only, ``_SHELTERED``; not "transferred", said of prisoners and patients)
        r"(?:moved|relocated|evacuated|rehoused)\s+to\s+(?-i:[A-Z][a-z]+)"
        r"(?!\s+(?:[\w'-]+\s+){0,2}?(?i:hospitals?|clinics?|medical|for\s+(?:medical\s+)?treatment)\b)|"
        # people who took refuge, counted before the verb ("about 200 families had taken refuge in the church")
        r"(?:taken|took|taking|takes|sought|seeking|seeks|found|finding)\s+(?:shelter|refuge|sanctuary)|"
        # people driven from their homes, counted before the words ("some 1.3 million have been driven
        # from their homes"; session 13)
        r"driven\s+(?:out\s+)?(?:from|out\s+of)\s+their\s+(?:homes|houses|villages)|"
        # a force driving people out, counted after the verb ("forced some 600,000 from their homes",
        # "forced 3,000 people to flee"; ``_DROVE_OUT``)
        r"(?:forced|forcing|forces|drove|driven|driving|drives)(?=\s+(?:[\w,'-]+\s+){1,5}?(?:to\s+(?:flee|leave\s+their\s+"
        r"(?:homes|houses|villages))"
        # (session 19) people forced to leave a place: "forced about 4,000 people to leave Solino", "... residents to
        # leave the camp" (a people noun before "to": "forced 40 officials to leave Parliament" is none)
        r"|(?:(?<=people\s)|(?<=residents\s)|(?<=families\s)|(?<=civilians\s)|(?<=villagers\s)|(?<=inhabitants\s))"
        r"to\s+leave\s+(?:(?-i:[A-Z])[\w'’-]*|the\s+(?:town|village|city|area|district|camp|region|neighbou?rhood|valley)\b)"
        r"|(?:from|out\s+of)\s+their\s+(?:homes|houses|villages))\b)"
    ),
}
_ANY_OUTCOME = re.compile(r"\b(?:" + "|".join(OUTCOME_PATTERNS.values()) + r")\b", re.I)
# "killed or wounded" joins alternatives: the count before it is of the people either befell, so
# neither word governs it ("Twelve guards were killed or wounded" states no killed figure)
_OR_AFTER = r"(?!\s+or\s+(?:" + "|".join(OUTCOME_PATTERNS.values()) + r")\b)"
_OR_BEFORE = "".join(
    rf"(?<!\b{w}\sor\s)"
    for w in (
        "killed",
        "dead",
        "died",
        "injured",
        "wounded",
        "hurt",
        "missing",
        "kidnapped",
        "abducted",
        "detained",
        "arrested",
        "displaced",
    )
)
# An infinitive of purpose, intent or threat ("came to massacre", "plans to kill", "vowed to
# kill", "in order to kill", "tried to kidnap", "came to rob and kill", "to brutally kill")
# tells of no event: a base verb after that "to" is no outcome word. A deed done is still one:
# "managed to kill", "were able to kill", "went on to kill", "proceeded to kill".
_TO_INF = r"(?<!managed\s)(?<!able\s)(?<!\bon\s)(?<!proceeded\s)\bto\s"
_INFINITIVE = (
    r"(?!(?:"
    + "|".join(
        [rf"(?<={_TO_INF})"]
        + [rf"(?<={_TO_INF}[a-z]{{{n}}}\sand\s)" for n in range(2, 11)]
        + [rf"(?<={_TO_INF}[a-z]{{{n}}}ly\s)" for n in range(2, 9)]
    )
    + r")(?:kill|massacre|murder|execute|assassinate|slaughter|wound|injure|hurt|maim|kidnap|abduct|"
    r"arrest|detain|capture|seize|behead|lynch|displace|evacuate)\b)"
)
OUTCOME_RE: dict[str, re.Pattern[str]] = {
    k: re.compile(r"\b" + _INFINITIVE + _OR_BEFORE + r"(?:" + v + r")\b" + _OR_AFTER, re.I)
    for k, v in OUTCOME_PATTERNS.items()
}
# triggers that take their count only after them ("lost three fighters", "buried 63 people"), and
# those that take it only before them, with a noun for who fled ("12,000 people had fled the
# villages", "thousands fled"; not "three gunmen fled", nor "fled the two villages")
_AFTER_ONLY = re.compile(r"lost|bur(?:ied|y|ying)|lost\s+(?:all\s+)?(?:contact|touch)\s+with", re.I)
# "eliminated a candidate from the race": a contest, no death
_ELIMINATED_FROM = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+from\b", re.I)
#: arms and vehicles named in a clause, what "neutralising N of them" may count instead of people
_ARMS = (
    r"(?:devices|drones|UAVs|rockets|missiles|mines|bombs|explosives|shells|projectiles|grenades|IEDs|"
    r"launchers|weapons|vehicles|boats|tanks|trucks|cars|motorcycles|targets|positions|depots)\b"
)
# "dozens of ...": the "of" after a vague count, before its people
_OF_AFTER = re.compile(r"\s+of(?=\s)", re.I)
_ARMS_NAMED = re.compile(r"\b" + _ARMS, re.I)
_ARMS_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?" + _ARMS, re.I)


#: a bare count seized ("two were seized"): a verb right after the number, no noun of things
_SEIZED_BARE = re.compile(r"\s+(?:of\s+them\s+)?(?:were|was|had|have)\b", re.I)
#: triggers that count people only (things are seized, rounded up and swept away too; session 16)
_PEOPLE_ONLY = re.compile(
    r"seized|rounded\s+up|(?:swept|washed)\s+away|.*\breturned|.*\b(?:heard|seen|lost)(?:\s+from)?|(?:hit|struck)\s+.*\bby\s.*|"
    r"(?:sought|seeking|needed|received)\s+(?:medical|hospital)\s.*",
    re.I,
)
#: hit by a bullet, sought medical help: said of people and of things ("the convoy was hit by gunfire")
_HIT_BY = re.compile(r"(?:hit|struck)\s+.*\bby\s|(?:sought|seeking|needed|received)\s+(?:medical|hospital)\s", re.I)
#: one person before "was hit by ...": "a"/"an"/"one", up to three words, the auxiliary
_HIT_ONE = re.compile(
    r"\b(an?|one)\s+(?:[\w'-]+\s+){0,3}?([\w'-]+)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:\w+ly|also)\s+){0,2}$", re.I
)
_OF_POSSESSIVE = re.compile(r"\s+of\s+(?:(?:its|their|his|her|our|the)\s+)?(?=\S)", re.I)


def _people_counted(sentence: str, q: Quantity) -> bool:
    """Whether people follow the count ``q`` ("30 youths", "scores of men", "dozens of its activists")."""
    if _PEOPLE_AFTER.match(sentence, q.end) is not None:
        return True
    # "ten of its miners", "nine of those arrested" (session 17)
    if _PARTITIVE_AFTER.match(sentence, q.end) or _PARTITIVE_CAPTIVES.match(sentence[q.end :]):
        return True
    if (q.low, q.high) == (1, 1):  # "one gendarme", "One protester"
        return any(_is_one_noun(w.lower()) for w in re.findall(r"[\w'-]+", sentence[q.end : q.end + 40])[:3])
    om = _OF_POSSESSIVE.match(sentence, q.end) if q.vague else None
    return om is not None and _PEOPLE_AFTER.match(sentence, om.end() - 1) is not None


_PP_BEFORE = re.compile(
    r"\b(?:on|in|aboard|with|by|from|into)\s+(?:(?:their|the|his|her|its|a|an)\s+)?(?:[\w'-]+\s+)?$", re.I
)


def _them_are_people(sentence: str, q: Quantity, qs: list[Quantity]) -> bool:
    """(review s12) "N of them" counts the people named before it unless arms are named there too and
    the last group counted before it is the arms ("located 12 explosive devices planted by militants,
    neutralising eight of them": devices; "ambushed 20 militants who had planted mines, neutralising
    eight of them": militants); with no count of either, the one named last ("its drones struck a
    group of terrorists, neutralising eight of them": the terrorists)."""
    # arms inside a prepositional phrase are no antecedent ("the assailants, who came on motorcycles,
    # ... several of them": the assailants; session 16)
    arms = [a for a in _ARMS_NAMED.finditer(sentence, 0, q.start) if not _PP_BEFORE.search(sentence, 0, a.start())]
    if not arms:
        return True
    counted = [p for p in qs if p.end <= q.start and p is not q]
    for p in reversed(counted):
        if _ARMS_AFTER.match(sentence, p.end):
            return False
        if _PEOPLE_AFTER.match(sentence, p.end):
            return True
    people = list(_PEOPLE_AFTER.finditer(sentence, 0, q.start))
    return bool(people) and people[-1].end() > arms[-1].end()
_TOOK_HOSTAGE = re.compile(r"took|taking|takes|take|taken|held|holding|holds|hold", re.I)
_TAKEN_AWAY = re.compile(r"(?:taken|took|taking|takes|led|dragged|marched)\s+away", re.I)
_FAMILY_OF = re.compile(r"\bfamily\s+of\s+$", re.I)
_SHELTERED = re.compile(
    r"(?:moved|relocated|evacuated|transferred|rehoused|gone|went|registered|staying|sheltering|sheltered|housed)\s|(?:taken|took|taking|takes|sought|seeking|seeks|found|finding)\s+"
    r"(?:shelter|refuge|sanctuary)",
    re.I,
)
_DROVE_OUT = re.compile(r"forced|forcing|forces|drove|driven|driving|drives", re.I)
_FLEE = re.compile(
    r"fled|fleeing|forced\s+to\s+flee|(?:(?:have|has|had)\s+(?:already\s+)?)?crossed|(?:have|has|had)\s+(?:already\s+)?(?:left|arrived)|(?<=\bbeen\s)uprooted|"
    r"(?<=\bwere\s)uprooted|(?<=\bwas\s)uprooted",
    re.I,
)
# the relative pronoun (and auxiliary) between people and the verb of fleeing ("people who fled")
_FLED_RELATIVE = re.compile(r"(\s+(?:[\w'-]+\s+){0,2}?)(who|that)\s+(?:(?:had|have|has)\s+(?:already\s+)?)?", re.I)
# people who fled and came back are no longer displaced ("300 families who had fled the town returned")
_RETURNED = re.compile(r"\b(?:returned|returning|have\s+come\s+back|came\s+back|went\s+back|gone\s+back)\b", re.I)
_FLED_PEOPLE = re.compile(
    r"(?:\s+of)?(?:\s+[\w'-]+)?\s+(?:people|persons|residents|civilians|villagers|inhabitants|families|households|"
    r"women|children|others|refugees|migrants|farmers|herders|[a-z]{3,}(?:ians|eans))\b"
    # (session 24) people by trade or nationality: "about 2,000 miners had fled", "more than 500 Mexicans fled"
    r"|(?:\s+of)?(?:\s+[\w'-]+)?\s+(?:miners|workers|pastoralists|nomads|fishermen|traders|(?-i:[A-Z])[a-z]{2,}(?:ans|ese))\b"
    r"|\s+(?:(?:have|had|has)\s+(?:already\s+)?)?(?:fled|fleeing|(?:taken|took|sought|found)\s+(?:refuge|shelter))\b|\s+(?:were|have\s+been|had\s+been)\s+forced\b",
    re.I,
)
# participles sharing one auxiliary and one subject before the outcome word: "were kidnapped and
# (later) killed", "was arrested, tortured and murdered", "was shot and wounded"
_CHAIN = (
    r"(?:(?:[a-z]+ed|shot|beaten|taken|held|burnt|hit|hurt|seized)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:later|then|subsequently|finally|also|brutally|savagely|eventually)\s+)?)*"
)
_AUX_CHAIN = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:\w+ly|also)\s+){0,2}((?:[a-z]+ed|shot|beaten|taken|held|"
    r"burnt|hit|hurt|seized)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:later|then|subsequently|finally|also|brutally|savagely|eventually)\s+)?" + _CHAIN + r")$",
    re.I,
)
# words allowed between an active verb / toll noun and its quantity
_AFTER_GAP = re.compile(
    r"^[\s\"'“‘(]*(?:(?:another|an\s+additional|additional|a\s+total\s+of|off|all|"
    r"rose\s+to|risen\s+to|climbed\s+to|reached|stood\s+at|stands\s+at|is|was|at|of|to|"
    r"has\s+(?:risen|climbed|reached)(?:\s+to)?|had\s+(?:risen|climbed|reached)(?:\s+to)?|"
    r"now|least|only|just|the\s+lives\s+of|the|his|her|their|its|my|our|away|"
    # "killed a family of five": the family's number counts its people
    r"(?:an?|the|whole|entire)\s+(?:whole\s+|entire\s+)?family\s+of)\s*)*[\s\"'“‘”’]*$",
    re.I,
)
_NOUN_TRIGGERS = re.compile(
    r"^(?:death\s+toll|toll|deaths?|fatalities|lives|murders?|homicides|assassinations?|massacres?|"
    r"killings?|executions?|kidnappings?|abductions?|arrests?|detentions?|bodies|corpses|"
    # "verified the displacement of 5,300 people", "the loss of four of its members" (session 13)
    r"displacement|loss(?:es)?\s+of|"
    # (session 25) "put its losses at five soldiers", "the remains of nine people"
    r"(?:put|puts|putting|placed|places)\s.*\slosses\s+at|remains\s+of)$",
    re.I,
)
_NEG = re.compile(
    r"\b(no(?:\s+one)?|none|nobody|no-one)\b(?!(?:\s+[\w-]+){0,2}?\s+how\b)(?!\s+(?:doubt|question)\b)(?:\s+[\w-]+){0,3}?\s+(?:(?:was|were|had|has|have"
    r"|been|being|reported|seriously|also)\s+)*$",
    re.I,
)


def _attributive_outcome(sentence: str, q: Quantity) -> str | None:
    """The outcome word right after a quantity, used as an adjective of the people counted
    ("five displaced families", "two wounded soldiers"): it describes them, while the
    sentence's verb says what happened to them."""
    m = _ATTRIBUTIVE.match(sentence, q.end)
    return m.group(1).lower() if m else None


_NAMED_NUMBER = re.compile(r"\b\d+(?:st|nd|rd|th|d)\b|\b[A-Za-z]+-\d+\b|\b\d+-(?:year|month)s?-old\b", re.I)
_PLURAL_AUX_END = re.compile(
    r"\b(?:were|(?:have|had)\s+(?:not\s+)?been|are)\s+(?:(?:\w+ly|also)\s+){0,2}(?:among\s+(?:the|those)\s+)?$", re.I
)
_RELATIVE_THEN_AUX = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|and|or|but|have|has|had|been|said|says)\s)[\w'-]+\s+){0,6}(?:who|that)\s+[^,;:]*?\s(?:were|(?:have|had)\s+(?:not\s+)?been)\s+(?:(?:\w+ly|also)\s+){0,2}"
    # ("two loggers who hid in a ravine, now treated for stab wounds"; session 16)
    r"(?:being\s+treated\s+for\s+(?:[\w'-]+\s+){0,2})?",
    re.I,
)


# an aside of ages set off by double hyphens, dashes, commas or brackets ("-- AGED 30, 41 AND
# 52 --", ", ages 20 to 25,", "(aged 19 and 21)"); a bare "aged 12" is one too
_ASIDE_OPEN = r"(?:\s*(?:--|—|–|,|\()\s*|\s+)"
_ASIDE_CLOSE = r"(?:\s*(?:--|—|–|,|\))|(?=\s))"
# an age as a numeral or in words ("aged seven and 11", "aged twenty-two")
_AGE_WORD = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
    r"nine)teen)\b"
)
_AGE_ASIDE_GAP = re.compile(
    _ASIDE_OPEN
    + r"(?:(?:both|all|each)\s+)?(?:aged|ages?)\s+(?:between\s+)?"
    + _AGE_WORD
    + r"(?:\s*(?:,|-|–|\bto\b|\band\b|\bor\b)\s*"
    + _AGE_WORD
    + r")*(?:\s+years(?:\s+old)?)?"
    + _ASIDE_CLOSE,
    re.I,
)
# a sub-count aside between the counted people and their verb, from its count on ("THREE AID
# WORKERS -- TWO OF THEM WOMEN -- WERE KILLED", "TWO PEASANTS, ONE OF THEM A MINOR, WERE
# KILLED"): the group before it is the verb's count, the aside's count a part of it
_SUB_ASIDE_OPEN = re.compile(r"(?:--|—|–|,|\()\s*$")
_SUB_ASIDE_REST = re.compile(
    r"\s+of\s+(?:them|whom)(?:\s+(?:were|was))?(?:\s+(?!(?:were|was|are|is|and|or|but|who|which|that)\b)[\w'’-]+){1,4}?"
    r"\s*(?:--|—|–|,|\))",
    re.I,
)


def _sub_aside(sentence: str, q: Quantity, before: list[Quantity]) -> tuple[Quantity, str] | None:
    """When ``q`` opens a sub-count aside right after a counted group, that group and the gap
    from it to the aside's end, the aside left out (``_SUB_ASIDE_REST``)."""
    if len(before) < 2 or _SUB_ASIDE_OPEN.search(sentence, 0, q.start) is None:
        return None
    rm = _SUB_ASIDE_REST.match(sentence, q.end)
    if rm is None or _ANY_OUTCOME.search(rm.group()) is not None:
        return None
    group = before[-2]
    open_at = _SUB_ASIDE_OPEN.search(sentence, 0, q.start)
    assert open_at is not None
    head = sentence[group.end : open_at.start()]
    if not re.fullmatch(r"(?:\s+[\w'’-]+){1,4}\s*", head) or _PEOPLE_AFTER.match(sentence, group.end) is None:
        return None
    return group, head + " " + sentence[rm.end() :]


# "U.S.", "U.N.", "U.K.": letters each closed by a dot (an initialism, not a sentence end)
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


_NEW_SUBJECT = re.compile(
    r"\band\s+(?!(?:were|was|are|is|have|has|had|been|later|then|also)\b)(?:[\w'-]+\s+){1,4}?"
    r"(?:(was|is|has\s+been)|were|are|have\s+been|had\s+been)\s+(?:(?:\w+ly|also)\s+)?$",
    re.I,
)


_RESIDENT_RELATIVE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}(?:who|that)\s+(?:(?:had|have)\s+been\s+|were\s+|are\s+|had\s+|have\s+)?"
    r"(?:living|staying|sheltering|sheltered|camping|camped|housed|lived|residing|resided)\s+(?:in|at|on|near|inside|"
    r"around)\s+(?:(?!(?:who|which|that|and|but|while|when|after|before)\b)[\w'’.-]+\s+){1,6}",
    re.I,
)


#: a part of the counted people set off by commas, with an apposition of its own ("..., including
#: her brother, a waiter, ..."; ``_before_gap_ok``)
_INCLUDING_ASIDE = re.compile(
    r",\s*(?:including|among\s+them)\s+[^,;:.\d]{1,40}?(?:,\s*(?:an?|the)\s+[^,;:.\d]{1,30}?)?,"
    # (the verb's auxiliary right after it: the aside closes the subject)
    r"(?=\s+(?:were|was|are|is|had|have|has)\s+(?:(?:\w+ly|still|also|all|not|been)\s+){0,3}$)",
    re.I,
)


def _before_gap_ok(gap: str) -> bool:
    # an editor's gloss in brackets ("the DAS [Administrative Department of Security]") is
    # not part of the sentence's grammar
    gap = re.sub(r"\s*\[[^\]]{0,80}\]", "", gap)
    # nor is a part set off by commas ("four nurses, including her sister, a midwife, were";
    # session 17): the counted people and their verb are read around it
    gap = _INCLUDING_ASIDE.sub(" ", gap)
    # an aside of ages between the counted people and their verb ("THREE ENGINEERS -- AGED 30,
    # 41 AND 52 -- WERE SHOT", "two men (aged 19 and 21) were killed") is no part of the clause
    gap = _AGE_ASIDE_GAP.sub(" ", gap)
    ch = _AUX_CHAIN.search(gap)
    if ch is not None:
        gap = gap[: ch.start(1)]  # "two peasants were kidnapped and later killed": one subject, one aux
    # an initialism's dots ("SEVEN U.S. SOLDIERS", "two U.N. peacekeepers") end no sentence
    gap = _INITIALISM.sub("X", gap)
    # a unit's ordinal or a name with a number ("of the 3d infantry brigade", "the M-19") is no count
    if re.search(r"[;:!?]|\.\s|\d", _NAMED_NUMBER.sub(" ", gap)):
        return False
    # "15 brothers of conscripts who had fled abroad were jailed": the relative clause tells of the
    # second people, its outcome word is theirs; the verb after it counts the first (session 17)
    if _KIN_OF_WHO.fullmatch(gap):
        return len(re.findall(r"[\w'-]+", gap)) <= 20
    # ("9 relatives of men who were killed": the relative's own verb counts the second people, not the 9)
    if _KIN_OF_WHO_VERB.fullmatch(gap):
        return False
    # "were riddled with bullets and died": one subject's chain, the death its last word
    if _ANY_OUTCOME.search(_RIDDLED_WITH.sub(" ", _ATTRIBUTIVE.sub(" ", gap))):
        return False
    # a clause boundary, except "the 10 union leaders who were killed"
    if (
        re.search(r"\b(?:who|which|that|while|after|before|when|but|because)\b", gap, re.I)
        and not re.fullmatch(
            r"\s+(?:[\w'-]+\s+){0,4}(?:who|that)\s+(?:were|was|had\s+been|have\s+been|"
            r"has\s+been)\s+(?:\w+ly\s+)?",
            gap,
            re.I,
        )
        # "two police agents who were guarding the station were killed": a relative clause between
        # the counted people and their verb
        and not (_RELATIVE_THEN_AUX.fullmatch(gap) and len(re.findall(r"[\w'-]+", gap)) <= 20)
        # "about 3,000 people who had been living at the site fled": a relative clause saying where
        # the counted people lived or sheltered, before their own verb
        and not _RESIDENT_RELATIVE.fullmatch(gap)
    ):
        return False
    # "TWO ARMY TRUCKS WERE BURNED AND A DRIVER WAS KILLED": "and", a new subject and its own
    # auxiliary close the gap; the number belongs to the first clause (its verb before the "and")
    # or does not agree with the singular auxiliary ("two trucks and a driver was")
    nc = _NEW_SUBJECT.search(gap)
    if nc is not None and (
        re.search(r"\b(?:were|was|are|is|have|has|had)\b", gap[: nc.start()], re.I) or nc.group(1) is not None
    ):
        return False
    words = re.findall(r"[\w'-]+", gap)
    # A second predicate of the same subject ("five gunmen stormed the police post near the
    # market and were killed"): in English a verb phrase joined by "and" shares the subject of
    # the first, however long the first predicate is. So the gap may hold one whole predicate
    # with no word limit, as long as nothing above (sentence punctuation, a clause word,
    # another outcome) and no comma (an aside or a list) stands between them.
    if re.search(r"\band\s+(?:were|was)\s+(?:\w+ly\s+)?$", gap, re.I) and "," not in gap:
        return True
    # the plural verb agrees with the counted people however long the place or unit naming them
    # ("three peasants from the village of San Jose de las Flores in Chalatenango were killed")
    if _PLURAL_AUX_END.search(gap) and "," not in gap:
        return len(words) <= 16
    # the same after a relative clause, the wounds' treatment closing the gap (session 16)
    if _RELATIVE_THEN_AUX.fullmatch(gap) and "," not in gap and re.search(r"\btreated\s+for\b", gap, re.I):
        return len(words) <= 16
    return len(words) <= 9


# the people's "from" phrase up to a count of places joined by "and"/"or" ("villagers from A and
# [four neighbouring villages]"), and that count's noun up to the verb's auxiliary
_FROM_PLACES = re.compile(r"(\s+[\w'’-]+)\s+(?:from|of|in)\s+(?:(?:[\w'’.-]+\s+){1,5}?(?:and|or)\s+)?", re.I)
_PLACES_END = re.compile(
    r"(?:\s+(?:other|neighbou?ring|nearby|surrounding|adjacent|adjoining|outlying|small|smaller|(?-i:[a-z][\w'’-]+)))?"
    r"\s+(?:villages|towns|hamlets|districts|settlements|communities|areas|localities|neighbou?rhoods|camps|"
    r"provinces|regions|townships|village\s+tracts|blocks|buildings|streets|estates)\b(?=\s+(?:had|have|has|were|are)\s)",
    re.I,
)


def quantity_for_outcome(sentence: str, outcome: str) -> Quantity | None:
    """See ``_quantity_for_outcome``; a phrase that reaches into a blanked scare quote ends before
    it, so every phrase stays a verbatim part of ``sentence`` (``_unquote_scare``)."""
    q = _quantity_for_outcome(sentence, outcome)
    return None if q is None else _requoted(sentence, q)


def _quantity_for_outcome(sentence: str, outcome: str) -> Quantity | None:
    """The quantity governing ``outcome`` ("killed", "injured", ...) in ``sentence``.

    Active verbs and toll nouns take the quantity right after them ("killing at least 23
    people", "the death toll rose to 15"); otherwise the nearest quantity before the trigger
    in the same clause ("six people were killed", "and 12 wounded"). Negations ("no
    civilians were injured", "no one was hurt") give 0. A singular subject ("a soldier was
    killed", "Mr. Torres was killed") gives 1, its phrase being "a"/"an"/"one" or the
    auxiliary "was" that carries the number.
    """
    pat = OUTCOME_RE.get(outcome)
    if pat is None:
        return None
    sentence = _mask_outcome(sentence, outcome)
    named = victims_named(sentence, pat)
    if named is not None:
        return named  # "KILLED. THE VICTIMS WERE IDENTIFIED AS A AND B" (a quote across two sentences)
    qs = _scan(sentence)
    best: tuple[int, Quantity] | None = None
    for m in pat.finditer(sentence):
        found = _many_before(sentence, m) or _governed_by(sentence, m, qs)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    if best is not None:
        # "Judge Perez, and two of her bodyguards, were killed": the named person heads the
        # subject and is a figure of one; the number is the next figure
        chosen = _named_before(sentence, best[1]) or best[1]
        return None if outcome != "killed" and _ONE_OF_THEN_DIED.match(sentence, chosen.start) else chosen
    # "including the rector, Father Luis Moran, were murdered": a person named inside a group
    reading = (
        _member_reading(sentence, pat)
        or _gapped_relative(sentence, pat)
        or _dead_named(sentence, pat)
        or _lethal_target(sentence, pat)
        or _singular(sentence, pat)
        or _plural(sentence, pat)
        or _gave_up_one(sentence, pat)
    )
    if reading is not None and outcome != "killed" and _ONE_OF_THEN_DIED.match(sentence, reading.start):
        return None  # "ONE OF THE WOUNDED LATER DIED": a death, not one more wounded
    pd = _PART_DIED.search(sentence) if reading is not None and outcome != "killed" else None
    if reading is not None and pd is not None and pd.start() - 20 <= reading.start < pd.end():
        return None  # "two of the injured later died": no reading of its own words ("later")
    return _no_count_reading(sentence, reading, pat) if reading is not None else None


#: one person who gave himself (herself) up, named by "a", "an", "another", "one" or "a second
#: ..." and a noun, an aside between commas allowed ("Another suspect, thought to be the driver,
#: turned himself in": 1; session 17)
_GAVE_UP_ONE = re.compile(r"(?:handed|turned|gave)\s+(?:himself|herself)\s", re.I)
_GAVE_UP_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:said|says|that|and)\s+)[\"“]?(?P<one>an?|another|one)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
    r"(?:\s*,[^,;.]{1,80},)?\s+$",
    re.I,
)


def _gave_up_one(sentence: str, pat: re.Pattern[str]) -> Quantity | None:
    """One person who gave himself up to a force (``_GAVE_UP_ONE``, ``_GAVE_UP_SUBJECT``)."""
    for m in pat.finditer(sentence):
        if not _GAVE_UP_ONE.match(m.group() + " "):
            continue
        sm = _GAVE_UP_SUBJECT.search(sentence, 0, m.start())
        if sm is not None:
            return Quantity(1, 1, 1, sm.group("one"), sm.start("one"), sm.end("one"), False)
    return None


# A reading with no number word ("civilians" 2-open, "a"/"was" 1) that the words around it say
# is no count (session 8): "any" or "anyone" before it ("denied that any civilians were killed",
# "whether anyone was hurt"), "no" before a verb's object ("the rebels killed no civilians": 0),
# or a clause a denial governs ("denied that civilians were killed", "rejected claims that a
# child had died", "denied killing civilians"): a denied event is no figure (its sentence still
# disputes the figures it denies: ``figures.denied_victims``)
_ANY_BEFORE = re.compile(
    r"\b(?:any(?:one|body)?|any\s+of\s+(?:the|its|their|his|her|our|those|these))\s+(?:[\w'’-]+\s+){0,2}?$", re.I
)
_NO_BEFORE = re.compile(r"\b(no)\s+(?:[\w'’-]+\s+)?$", re.I)
# "not a single protester was hurt", "not a soldier was lost" (session 18): a zero, no count of one
_NOT_BEFORE = re.compile(r"\bnot\s+$", re.I)
_DENIAL_OPENER = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)(?:\s+(?:that|(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|"
    r"suggestions?|charges?)(?:\s+that)?))?|(?:reject|dismiss|refut)(?:s|es|ed|ing)?\s+(?:the\s+)?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?)(?:\s+that)?)\s+",
    re.I,
)
# what may stand between a denial and the denied outcome word: a short subject and auxiliaries,
# no clause of its own ("denied responsibility for the attack, which killed ..." denies a role)
_DENIED_GAP = re.compile(
    r"(?:(?!(?:which|who|where|when|after|before|but|while|although|responsibility|involvement|role|"
    r"part|blame|carrying|carried|any\s+link)\b)[\w'’-]+\s+){0,8}",
    re.I,
)


def _no_count_reading(sentence: str, q: Quantity, pat: re.Pattern[str]) -> Quantity | None:
    """``q`` unless it is a reading with no number word that the text says is no count (see
    ``_ANY_BEFORE``): then None, or a zero for "no" before it ("killed no civilians")."""
    no_number = (
        q.high != 0
        and not _scan(q.phrase)
        and (
            (q.vague and q.low == 2 and q.best is None and q.high is None)
            or q.phrase.lower() in ("a", "an", "was", "were", "has", "had", "is")
        )
    )
    if not no_number:
        return q
    head = sentence[: q.start]
    if _ANY_BEFORE.search(head) or (q.phrase.lower() in ("a", "an") and _NOT_BEFORE.search(head)):
        return None
    trig = next(iter(pat.finditer(sentence)), None)
    nm = _NO_BEFORE.search(head)
    if nm is not None and q.vague and trig is not None and trig.end() <= nm.start():
        return Quantity(0, 0, 0, nm.group(1), nm.start(1), nm.end(1), False)  # the verb's object
    at = min(q.start, trig.start()) if trig is not None else q.start
    for dm in _DENIAL_OPENER.finditer(sentence, 0, at):
        gap = sentence[dm.end() : at]
        if _DENIED_GAP.fullmatch(gap):
            return None
    return None if re.search(r"\b(?:anyone|anybody)\s+(?:[\w'’-]+\s+){0,2}$", sentence[:at], re.I) else q


# "many are missing", "several were wounded": a vague word that counts only before a noun
# (``_NEED_NOUN``) is the subject of the outcome right after a verb of being
_MANY_BEFORE = re.compile(
    r"(?<!\bhow\s)(?<!\bhow\s\s)\b(many|several|numerous)\s+(?:more\s+|others\s+)?(?:are|were|remain|remained|have\s+been|had\s+been)\s+"
    r"(?:(?:still|also|now)\s+)?$",
    re.I,
)


def _many_before(sentence: str, m: re.Match[str]) -> tuple[int, Quantity] | None:
    """The vague subject ``_MANY_BEFORE`` just before the outcome word ``m`` ("and many are
    missing": many, bounds of VAGUE), with its distance score."""
    if m.group().lower() in ("hurt", "lost", "fell", "seized"):
        return None  # "many are hurt by the new rules": said of more than bodies
    if _SHELTERED.match(m.group()):
        return None  # "where many are sheltering in schools": a stay counts people a people noun names (session 20)
    bm = _ends(_MANY_BEFORE, sentence, m.start())
    if bm is None or bm.end() != m.start():
        return None
    q = parse_quantity(bm.group(1))
    if q is None:
        return None
    return (m.start() - bm.end(1), replace(q, start=bm.start(1), end=bm.end(1)))


# a person named (after a description) at the head of a clause, an apposition, then a comma right
# before a counted group: "THE SPANISH PRIEST JUAN LOPEZ, DIRECTOR OF THE SCHOOL, FOUR OTHER ..."
_NAMED_FIRST = re.compile(
    r"(?:^|(?:\[TEXT\]|\s--)\s+|[;:]\s*)(?P<np>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){1,7}?)"
    r"(?:\s*,\s*[^,;:\d]{2,60}?)?\s*,\s*$"
)


def _named_first(sentence: str, q: Quantity, out: list[Quantity]) -> Quantity | None:
    """A person named before the first counted group ``q`` of a list of victims, set off by a
    comma (an apposition may follow the name): one person, phrase the name. The person is one
    more victim of the list when "other" follows ``q``'s number ("FOUR OTHER TEACHERS": the named
    one is of the same kind) or, after a description ("the Spanish priest Juan Lopez"), when
    ``q`` is joined by "and" to a later group of the figure."""
    m = _NAMED_FIRST.search(sentence, 0, q.start)
    if m is None or m.end() != q.start:
        return None
    caps = sentence.isupper()
    words = list(re.finditer(r"\S+", m.group("np")))
    low = [w.group().lower().rstrip(".") for w in words]
    role = max((i for i, w in enumerate(low) if w in _ONE_NOUN or w in _TITLES), default=-1)
    if low[0] in ("a", "an", "one") or any(w in _NOT_A_NAME - _DETERMINERS for w in low[: role + 1]):
        return None
    if role >= 0 and low[0] not in _DETERMINERS and role > 1:
        return None  # a description opens with a determiner ("the Spanish priest") or is one role word
    n0 = m.start("np") + (words[role + 1].start() if role + 1 < len(words) else len(m.group("np")))
    name = sentence[n0 : m.end("np")]
    nw = name.split()
    if (
        len(nw) < 2
        or not all(w[0].isupper() for w in nw)
        or any(w.lower() in _NOT_A_NAME or w.lower() in _ONE_NOUN for w in nw)
        or not _one_person(name, caps)
        or _scan(name)
    ):
        return None
    other = re.match(r"\s+other\b", sentence[q.end :], re.I) is not None
    joined = any(o.start > q.end and re.fullmatch(r"[^,;:.]*,?\s+and\s+", sentence[q.end : o.start], re.I) for o in out)
    if not (other or (role >= 0 and joined)):
        return None
    return Quantity(1, 1, 1, name, n0, m.end("np"), False)


def _named_before(sentence: str, q: Quantity) -> Quantity | None:
    """A person named just before ``q``'s group and joined to it by "and" (an apposition may
    stand between: "MARIA SOTO, A JUDGE, AND TWO OF HER GUARDS"): one person, the name being
    the phrase. The name must open its clause (the subject, or a verb's object)."""
    # a wire's parenthesised spelling of a name ("the mayor of (San Roque)") is part of the name
    plain = _FBIS_PARENS.sub(lambda pm: " " + pm.group(1) + " ", sentence)
    m = _NAMED_AND.search(plain, 0, q.start)
    if m is None or m.end() != q.start:
        return None
    np_end = m.end("np") + (1 if sentence[m.end("np") : m.end("np") + 1] == ")" else 0)
    np = sentence[m.start("np") : np_end]
    # "the mayor of the town of X": the head before "of" is the person
    head = re.split(r"\s+of\s+", m.group("np"), maxsplit=1, flags=re.I)[0]
    if not _one_person(head, sentence.isupper()) or np.split()[0].lower() in ("a", "an", "one"):
        return None
    if head != m.group("np") and not re.match(r"(?:the|his|her|their|its)\s", head, re.I):
        return None  # a name before "of" ("Perez of the UP") keeps the old reading
    if parse_quantity(np) is not None:
        return None
    if _A_ONE_APPOSED.search(sentence, 0, m.start("np")):
        return None  # "a village elder, Omar Sadi, and two teenagers": the "a" person is read (``_conjuncts``)
    return Quantity(1, 1, 1, np, m.start("np"), np_end, False)


# a person by "a"/"an" and a noun, their name in apposition after the comma (session 11)
_A_ONE_APPOSED = re.compile(r"\b(?:an?)\s+(?:[\w'-]+\s+){0,2}[\w'-]+\s*,\s*$", re.I)


_AND = re.compile(r"\s+and\s+", re.I)


def _and_one(sentence: str, at: int) -> Quantity | None:
    """One more person joined by "and" to a sub-count of one ending at ``at`` ("..., including a
    porter and a nurse who was hit": 1 and 1): "a"/"an" and a singular person noun (not "a
    number of", not "his son", not "a woman and her two children" read elsewhere)."""
    am = _AND.match(sentence, at)
    # "among them a former prisoner and two minors": a counted part after the one person is a
    # sub-count with its own number (attrib_README; session 11)
    nq = next((x for x in _scan(sentence) if am is not None and x.start == am.end()), None)
    if nq is not None and not nq.vague and nq.low is not None and nq.low >= 2 and _PEOPLE_AFTER.match(sentence, nq.end):
        return nq
    two = _CONJ_ONE_RE.match(sentence, am.end()) if am is not None else None
    if two is None or two.group(1).lower() == "one" or _A_QUANTIFIER.match(sentence, two.start()):
        return None
    return Quantity(1, 1, 1, two.group(1), two.start(1), two.end(1), False)


def quantities_for_outcome(sentence: str, outcome: str) -> list[Quantity]:
    """See ``_quantities_for_outcome``; phrases stay verbatim parts of ``sentence`` (``_requoted``)."""
    return [_requoted(sentence, q) for q in _quantities_for_outcome(sentence, outcome)]


def _quantities_for_outcome(sentence: str, outcome: str) -> list[Quantity]:
    """Every figure of ``outcome`` that ``sentence`` states, in text order; the first of them
    (or ``quantity_for_outcome``'s answer) governs the sentence. Besides that one:

    * the quantity another trigger of the same outcome governs ("Four died at one site,
      while nine were killed at another");
    * a sub-count with its own number after a counted group ("abducting eleven aid workers,
      including three engineers"; "12 people, three of them children");
    * an elided repeat of the outcome: "N <outcome> in X, and M in Y" ("Two deaths were
      reported in the north, and one in the south").

    Zero quantities (negations) are never extra figures.
    """
    sentence = _mask_outcome(sentence, outcome)
    main = quantity_for_outcome(sentence, outcome)
    pat = OUTCOME_RE.get(outcome)
    if pat is None:
        return [main] if main is not None else []
    if main is None:
        return sorted([*_coordinated_ones(sentence, pat), *_projections(sentence, outcome)], key=lambda q: q.start)
    qs = _scan(sentence)
    out: list[Quantity] = [main]

    def add(q: Quantity) -> None:
        # not a zero, and not a number whose outcome word only describes the people counted
        # ("one injured guard told reporters"): the sentence's figure is another
        if (
            q.high != 0
            and _attributive_outcome(sentence, q) is None
            and all(q.end <= o.start or q.start >= o.end for o in out)
        ):
            out.append(q)

    for m in pat.finditer(sentence):
        found = _many_before(sentence, m) or _governed_by(sentence, m, qs)
        if found is not None:
            add(found[1])
        among = _among_one(sentence, m)
        if among is not None:
            add(among)  # "Seven guards were killed, he said, adding that a sergeant was among the dead"
    # "Nine policemen were wounded in the ambush, as were several passersby": a group after an
    # ellipsis that repeats the figure's verb ("as was a policeman", "and so were three bystanders")
    for m in pat.finditer(sentence):
        ell = _ellipsis_group(sentence, m, qs)
        if ell is not None:
            add(ell)
    # people joined by "and", each group with its own number: "3 soldiers and 2 civilians were
    # killed", "killing the driver and two passengers", "a woman and her two children"
    # (each group found is read for its own neighbours: "Three soldiers, two police officers and
    # a civilian" reaches the first group through the second)
    listed: set[int] = set()
    done: set[int] = set()

    def conjoin() -> None:
        todo = sorted(out, key=lambda q: q.start)
        while todo:
            q = todo.pop(0)
            if q.start in done:
                continue
            done.add(q.start)
            for conj in _conjuncts(sentence, q, qs, q.start in listed):
                if conj.end <= q.start:
                    listed.add(conj.start)
                if not _governed_elsewhere(sentence, conj, pat, qs):
                    n_out = len(out)
                    add(conj)
                    if len(out) > n_out:
                        todo.append(conj)

    conjoin()
    # "THREE REPORTERS, TWO SALVADORANS AND A NETHERLANDER": a counted group and the parts an
    # apposition breaks it into (the parts add up to the group's number); either may be the one found
    for g in qs:
        parts = _apposed_parts(sentence, g, qs)
        if parts and any(o.start == x.start for o in out for x in (g, *parts)):
            for x in (g, *parts):
                add(x)
    # the group before a sub-count the verb's number is: "four people, including two children,
    # were wounded" (the verb's nearest number is the sub-count)
    for q in list(sorted(out, key=lambda q: q.start)):
        group = next((x for x in reversed(qs) if x.end <= q.start), None)
        if (
            group is not None
            and group.low is not None
            and _SUB_COUNT_GAP.fullmatch(sentence[group.end : q.start])
            and _PEOPLE_AFTER.match(sentence, group.end)
            and not _governed_elsewhere(sentence, group, pat, qs)
        ):
            add(group)
    for q in list(sorted(out, key=lambda q: q.start)):
        if q.low is None and q.best is None and q.high is None and not q.vague:
            continue
        for sub in qs:
            if sub.start < q.end or sub.vague or sub.low is None:
                continue
            gap = sentence[q.end : sub.start]
            if _SUB_COUNT_GAP.fullmatch(gap) and (
                _PEOPLE_AFTER.match(sentence, sub.end)
                # "31 people had died, including four of its volunteers"
                or (
                    re.search(r",\s*(?:including|among\s+them)\s+$", gap, re.I)
                    and _PARTITIVE_AFTER.match(sentence, sub.end)
                )
            ):
                add(sub)  # "eleven aid workers, including three engineers"
            elif (
                _SUB_OF_THEM.match(sentence, sub.end)
                and _OF_THEM_GAP.fullmatch(gap)
                and not _of_them_other(sentence, sub, pat)
            ):
                add(sub)  # "12 people, three of them children", "three aid workers -- two of them women --"
            break
        om = _SUB_COUNT_GAP.match(sentence, q.end)
        one = _CONJ_ONE_RE.match(sentence, om.end()) if om is not None else None
        if one is not None and one.group(1).lower() != "one":
            add(Quantity(1, 1, 1, one.group(1), one.start(1), one.end(1), False))  # "..., including a child"
            two = _and_one(sentence, one.end())
            if two is not None:
                add(two)
        elif q.low is not None or q.vague:
            member = named_member(sentence, q, qs)
            if member is not None:
                add(member)  # "SIX JESUIT PRIESTS, INCLUDING THE RECTOR, FATHER LUIS MORAN, WERE ..."
                # "..., among them the mayor, A, and three guards": a counted part after the member
                part = next((x for x in qs if x.start >= member.end), None)
                if (
                    part is not None
                    and part.low is not None
                    and part.low > 1
                    and (q.low is None or part.low < q.low)
                    and re.fullmatch(r"\s*,?\s+and\s+", sentence[member.end : part.start], re.I)
                    and (_PEOPLE_AFTER.match(sentence, part.end) or _PARTITIVE_AFTER.match(sentence, part.end))
                    and not _governed_elsewhere(sentence, part, pat, qs)
                ):
                    add(part)
    # the groups joined by "and" to a sub-count found above: "14 farmworkers, including three women
    # and a 12-year-old boy" (session 11)
    conjoin()
    # "at least eight civilians had been killed on the border since Monday, among them two children":
    # a sub-count set off by a comma at the end of the figure's own clause (``_SUB_COUNT_FAR``)
    # (or "..., eight of them children", "..., two of whom were in a critical condition")
    for sub in qs:
        hm = _SUB_COUNT_FAR.search(sentence, 0, sub.start)
        if hm is None or hm.end() != sub.start:
            hm = _OF_THEM_FAR.search(sentence, 0, sub.start) if _SUB_OF_THEM.match(sentence, sub.end) else None
        if hm is None or hm.end() != sub.start or sub.vague or sub.low is None:
            continue
        prev = next((x for x in reversed(qs) if x.end <= hm.start()), None)
        if prev is None or not any(o.start == prev.start for o in out):
            continue
        gap = sentence[prev.end : hm.start()]
        if (
            (
                _PEOPLE_AFTER.match(sentence, sub.end)
                or (_SUB_OF_THEM.match(sentence, sub.end) and not _of_them_other(sentence, sub, pat))
            )
            and not re.search(r"[;:!?]|\.\s", gap)
            and len(re.findall(r"[\w'-]+", gap)) <= 20
            and all(pat.match(gap, t.start()) for t in _ANY_OUTCOME.finditer(gap))
        ):
            add(sub)
    # "detained at least 20 students in the capital on Monday, among them a blogger": one person set
    # off the same way is a sub-count of one (attrib_README: a single person inside a counted group
    # with its own number >= 1)
    for hm in _SUB_ONE_FAR.finditer(sentence):
        # ("kidnapped nine people from a farm as they fled, including the headman": "the" and a
        # singular person noun at the clause's end is one person too; session 16)
        one = _CONJ_ONE_RE.match(sentence, hm.end()) or _THE_ONE_END.match(sentence, hm.end())
        prev = next((x for x in reversed(qs) if x.end <= hm.start()), None)
        if one is None or one.group(1).lower() == "one" or prev is None or (prev.low is None and prev.high is None):
            continue
        if _A_QUANTIFIER.match(sentence, one.start()):
            continue  # "among them a number of foreign fighters": no one person
        if not any(o.start == prev.start for o in out) or _SUB_COUNT_GAP.fullmatch(sentence[prev.end : hm.end()]):
            continue  # (right after the group: read above)
        gap = sentence[prev.end : hm.start()]
        if (
            not re.search(r"[;:!?,]|\.\s", gap)
            and len(re.findall(r"[\w'-]+", gap)) <= 12
            and all(pat.match(gap, t.start()) for t in _ANY_OUTCOME.finditer(gap))
        ):
            add(Quantity(1, 1, 1, one.group(1), one.start(1), one.end(1), False))
            two = _and_one(sentence, one.end())
            if two is not None:
                add(two)
    # (figure recall, session 15) the groups joined by "and" to a sub-count set off at the end of the
    # clause ("at least 30 people had been killed, including seven women and five children")
    conjoin()
    # "..., and one in the southern city of X": the last outcome word before it is this one
    for em in _ELIDED.finditer(sentence):
        last = None
        for tm in _ANY_OUTCOME.finditer(sentence, 0, em.start()):
            last = tm
        if last is None or pat.match(sentence, last.start()) is None:
            continue
        if not any(o.end <= em.start() for o in out):
            continue
        elided = next((x for x in qs if x.start == em.start(1)), None)
        if (
            elided is not None
            and not elided.vague
            and elided.low is not None
            # "and 4 police in Herat": a noun between the number and the place must name people
            and (em.group(2) is None or _PEOPLE_AFTER.match(sentence, elided.end) is not None)
            and not _governed_elsewhere(sentence, elided, pat, qs)
        ):
            add(elided)
    # "Seven of the dead were men and four were women": the second part of the same group, its
    # "of the dead" left out, counts the same outcome
    for q in list(sorted(out, key=lambda q: q.start)):
        nxt = next((x for x in qs if x.start >= q.end), None)
        pm = _PARTS_AND.fullmatch(sentence[q.end : nxt.start]) if nxt is not None else None
        if (
            nxt is not None
            and pm is not None
            and pat.fullmatch(pm.group("group")) is not None
            and not nxt.vague
            and nxt.low is not None
            and _PART_VERB.match(sentence, nxt.end)
            and not _governed_elsewhere(sentence, nxt, pat, qs)
        ):
            add(nxt)
    # "In X, 14 killed; in Y, six; and in Z, three": each item after the first keeps the outcome
    if any(_OUTCOME_RIGHT_AFTER.match(sentence, o.end) for o in out):
        for lm in _LIST_ITEM.finditer(sentence, min(o.end for o in out)):
            item = next((x for x in qs if x.start == lm.end()), None)
            if item is not None and not item.vague and item.low is not None and _ITEM_END.match(sentence, item.end):
                add(item)
    # "later revised its figure to 37": the revised count is of the outcome the sentence tells of
    for rm in _REVISED.finditer(sentence):
        rq = next((x for x in qs if x.start == rm.end()), None)
        if rq is not None and _sentence_outcome(sentence, rm.start()) == outcome:
            add(rq)
    if outcome == "detained":
        out = _captives_kept(sentence, out)
    # "THE SPANISH PRIEST JUAN LOPEZ, DIRECTOR OF THE SCHOOL, FOUR OTHER TEACHERS, AND TWO WOMEN WERE
    # MURDERED": a person named first in a list of counted groups is a figure of one of their own
    first = min((o for o in out if parse_quantity(o.phrase) is not None), key=lambda o: o.start, default=None)
    if first is not None:
        lead = _named_first(sentence, first, out)
        if lead is not None:
            add(lead)
    # each person named one by one in a figure is a figure of one as well (MUC-4's keys list each
    # named victim as a target of 1): "the dead were identified as A, B and C" 3, and A, B, C
    for q in list(out):
        for person in named_people(sentence, q):
            if all((person.start, person.end) != (o.start, o.end) for o in out):
                out.append(person)
    # (figure recall, session 15) a projection of the count just told: "and the figure could rise to N"
    for proj in _projections(sentence, outcome):
        add(proj)
    # (figure recall, session 15) two people described one by one and joined by "and": a figure of
    # one each, in place of their sum or of the first one's "a"
    ones = _coordinated_ones(sentence, pat)
    if ones:
        pairs = list(zip(ones[::2], ones[1::2], strict=True))
        out = [o for o in out if not any(x.start - 2 <= o.start and o.end <= y.end for x, y in pairs)]
        out.extend(x for x in ones if all(x.end <= o.start or x.start >= o.end for o in out))
    return sorted(out, key=lambda q: q.start)


# --- a toll stated as a number of victims ----------------------------------------------------
# "THE NUMBER OF VICTIMS IS 59 AND NOT 62", "the number of victims of the attack stands at 40":
# the number right after the verb (not the denied one after "and not"); "victims" carries no
# outcome, so ``candidates`` takes it as killed only in an article whose other figures are deaths
_VICTIMS_TOLL = re.compile(
    r"\bnumber\s+of\s+(?:the\s+)?victims(?:\s+(?:of|in|from)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
    r"\s+(?:(?:has|had|have)\s+)?(?:is|was|stands\s+at|stood\s+at|(?:rose|risen|climbed|increased)\s+to|"
    r"reached|totals|totalled|totaled)\s+(?:(?:now|officially|already|so\s+far)\s+)?",
    re.I,
)


def victims_toll(sentence: str) -> Quantity | None:
    """The count a "number of victims" toll states ("THE NUMBER OF VICTIMS IS 59": 59), or None."""
    m = _VICTIMS_TOLL.search(sentence)
    if m is None:
        return None
    q = next((x for x in _scan(sentence) if x.start == m.end()), None)
    if q is None or q.high == 0 or (q.low is None and q.best is None and q.high is None):
        return None
    return q


# --- a lethal operation against people -------------------------------------------------------
_LETHAL_AT = re.compile(r"\s+(?:against|targeting|targetting)\s+", re.I)
_LETHAL_WHO = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?P<noun>" + _LETHAL_NOUN + r")\b", re.I)


def _lethal_target(sentence: str, pat: re.Pattern[str]) -> Quantity | None:
    """The people a lethal operation is against ("a lethal strike against an insurgent
    leader": 1, the phrase "an"; "targeting two insurgents": 2; "against insurgents": a bare
    plural, 2 and open, the phrase the noun). ``_LETHAL_OP`` says a person noun follows."""
    qs = _scan(sentence)
    for m in pat.finditer(sentence):
        if m.group()[:6].lower() != "lethal":
            continue
        for am in _LETHAL_AT.finditer(sentence, m.end(), min(len(sentence), m.end() + 120)):
            at = am.end()
            wm = _LETHAL_WHO.match(sentence, at)
            if wm is None:
                continue
            noun = wm.group("noun").lower()
            plural = noun.endswith(("s", "men", "people"))
            q = next((x for x in qs if x.start == at), None)
            if q is not None:
                if (q.best == 1 and q.low == 1) != (not plural):
                    return None
                return q
            one = re.match(r"(an?|one)\s", sentence[at:], re.I)
            if one is not None:
                return None if plural else Quantity(1, 1, 1, one.group(1), at, at + len(one.group(1)), False)
            det = re.match(r"(?:the|his|her|their|its)\s", sentence[at:], re.I)
            if not plural and det is not None and _is_one_noun(noun):
                return Quantity(1, 1, 1, wm.group("noun"), wm.start("noun"), wm.end("noun"), False)
            if plural and det is None:
                return Quantity(2, None, None, wm.group("noun"), wm.start("noun"), wm.end("noun"), True)
            return None
    return None


# --- an apposition breaking a counted group into parts ---------------------------------------
# "THE MURDERS OF THREE REPORTERS, TWO SALVADORANS AND A NETHERLANDER, WERE CONDEMNED": after the
# group's people noun, a comma (or a dash), then counted parts joined by commas and a closing "and",
# then a comma, a dash, a bracket or the sentence's end
_APPOSED_OPEN = re.compile(r"\s*(?:,|--|—|–)\s*")
_APPOSED_SEP = re.compile(r"\s*,\s*(?P<and1>and\s+)?|\s+(?P<and2>and)\s+", re.I)
_ALIVE_AFTER = re.compile(r"\s+alive\b(?=\s*(?:[,.;:]|and\b|$))", re.I)
_ROLL_COLON = re.compile(r"\s*:\s*")
_APPOSED_CLOSE = re.compile(r"\s*(?:[,;.)]|--|—|–|$)")


def _apposed_parts(sentence: str, g: Quantity, qs: list[Quantity]) -> list[Quantity]:
    """The parts an apposition right after the counted group ``g`` names ("three reporters, two
    Salvadorans and a Netherlander": 2 and 1), when they add up to ``g``'s number; else none
    ("three soldiers, two police officers and a civilian were killed" is read as a list: 2 + 1
    is 3, but the list has no closing comma or dash before its verb, so this reading gives
    the same figures as the list's)."""
    if g.vague or g.low is None or g.low != g.high or g.low < 2:
        return []
    pm = _PEOPLE_AFTER.match(sentence, g.end)
    if pm is None:
        return []
    om = _APPOSED_OPEN.match(sentence, pm.end())
    opener = om or _ROLL_COLON.match(sentence, pm.end())
    roll = _semicolon_roll(sentence, g, opener.end(), qs) if opener is not None else None
    if roll is not None:
        return roll
    if om is None:
        return []
    pos, parts, total, closed_by_and = om.end(), [], 0, False
    while True:
        q = next((x for x in qs if x.start == pos), None)
        if q is not None:
            pa = _PEOPLE_AFTER.match(sentence, q.end)
            if q.vague or q.low is None or q.low != q.high or pa is None:
                return []
            parts.append(q)
            total += q.low
            pos = pa.end()
        else:
            one = _CONJ_ONE_RE.match(sentence, pos)
            if one is None or one.group(1).lower() == "one":
                return []
            parts.append(Quantity(1, 1, 1, one.group(1), one.start(1), one.end(1), False))
            total += 1
            pos = one.end()
        if closed_by_and:
            break
        sm = _APPOSED_SEP.match(sentence, pos)
        if sm is None:
            return []
        closed_by_and = bool(sm.group("and1") or sm.group("and2"))
        pos = sm.end()
    if len(parts) < 2 or total != g.low or not _APPOSED_CLOSE.match(sentence, pos):
        return []
    return parts


# "KILLING THREE PEOPLE -- THE PAPER'S NIGHT WATCHMAN, A; A STREET VENDOR, B; AND A MAN WHO WAS
# PASSING BY --": the people of a counted group named one by one between dashes (or after a colon),
# the items parted by semicolons, the last opened by "and" (session 11)
_ROLL_OPEN = re.compile(r"\s*(?:--|—|–|:)\s*$")
_ROLL_SAID = re.compile(r"\b(?:said|says|told)\b", re.I)
_ROLL_END = re.compile(r"\s*(?:--|—|–)|\.(?:\s|$)|$")


def _semicolon_roll(sentence: str, g: Quantity, at: int, qs: list[Quantity]) -> list[Quantity] | None:
    """The parts of a roll of the people ``g`` counts, its items parted by semicolons
    (``_ROLL_OPEN``): one item per person, or a counted part ("two of his sons"). The items
    must add up to ``g``'s number, no item names an outcome or a reporting verb; the persons
    by "a"/"an" and the counted parts are the parts (a name or "the driver" alone has no number
    of its own). None when no such roll follows."""
    if not _ROLL_OPEN.search(sentence, 0, at):
        return None
    em = _ROLL_END.search(sentence, at)
    assert em is not None
    items = sentence[at : em.start()].split(";")
    if len(items) < 2 or not re.match(r"\s*and\s", items[-1], re.I):
        return None
    parts: list[Quantity] = []
    total, pos = 0, at
    for item in items:
        start = pos + len(item) - len(item.lstrip())
        body = item.strip()
        pos += len(item) + 1
        if body.lower().startswith("and "):
            start += 4
            body = body[4:].lstrip()
        words = re.findall(r"[\w'’-]+", body)
        if not words or len(words) > 16 or _ANY_OUTCOME.search(body) or _ROLL_SAID.search(body):
            return None
        q = next((x for x in qs if x.start == start), None)
        if q is not None:
            if q.vague or q.low is None or q.low != q.high:
                return None
            if not (_PEOPLE_AFTER.match(sentence, q.end) or _PARTITIVE_AFTER.match(sentence, q.end)):
                return None
            parts.append(q)
            total += q.low
            continue
        one = _CONJ_ONE_RE.match(sentence, start) or _CONJ_ONE_LONG.match(sentence, start)
        if one is not None and one.group(1).lower() != "one" and not _A_QUANTIFIER.match(sentence, start):
            parts.append(Quantity(1, 1, 1, one.group(1), one.start(1), one.end(1), False))
        elif words[0].lower() in ("a", "an", "one", "some", "several", "many", "other", "others") or any(
            ch.isdigit() for ch in words[0]
        ):
            return None  # "a lorry", "several shops": no one person
        total += 1
    return parts if total == g.low and parts else None


# --- people named one by one after a deed noun --------------------------------------------------
# "THE WOUNDING OF A BOLIVIAN NURSE AND A RED CROSS DRIVER", "the deaths of a priest and a nun",
# "THE MURDERS OF JUAN PEREZ AND LUIS RAMOS": the deed noun counts the people listed after "of"
_DEED_LIST = re.compile(
    r"deaths?|murders?|killings?|assassinations?|executions?|woundings?|kidnappings?|abductions?", re.I
)
_A_PERSON = re.compile(
    r"(?:an?)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[\w'-]+)",
    re.I,
)


def _deed_people(sentence: str, m: re.Match[str], tail: str) -> Quantity | None:
    """Two or more people named one by one after a deed noun and "of": "a"/"an" + a singular
    person noun, a person's name, or a role with its determiner ("the mayor"), joined by commas
    and a closing "and". A bare role ("political leader") is an apposition, no person of its own.
    One person stays with the readings after (``_singular``)."""
    if not _DEED_LIST.fullmatch(m.group()):
        return None
    om = re.match(r"\s+of\s+", tail, re.I)
    if om is None:
        return None
    text = tail[om.end() :]
    end_m = _LIST_END.search(text)
    span = text[: end_m.start()] if end_m else text
    pieces = [p.strip() for p in _LIST_SPLIT.split(span)]
    if len(pieces) < 2 or not re.search(r"\band\s+\S+", span, re.I) or len(span) > 140:
        return None
    caps = sentence.isupper()
    for item in pieces:
        am = _A_PERSON.fullmatch(item)
        if am is not None:
            if not _is_one_noun(am.group("noun").lower()) or am.group("noun").lower() in _AMONG_NOT:
                return None
        elif not _one_person(item, caps):
            return None
        elif item.split()[0].lower() not in _DETERMINERS and item.split()[-1].lower() in _ONE_NOUN:
            return None  # a bare role is an apposition: "CARLOS PIZARRO, POLITICAL LEADER AND FORMER COMMANDER"
    n = len(pieces)
    return Quantity(n, n, n, m.group(), m.start(), m.end(), False)


# --- a group after an ellipsis of the figure's verb --------------------------------------------
# "12 SOLDIERS WERE INJURED IN THE ATTACK, AS WERE SEVERAL PEDESTRIANS", "Four guards were killed,
# and so were three bystanders", "Two soldiers died, as did a driver": the words after the outcome
# word stay in its clause (no clause word, at most 12 words), then "as"/"and so" + the auxiliary
_ELLIPSIS = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|who|which|that|when|after|before|because|although|said|says|"
    r"told|added|as)\b)[\w'’-]+){0,12}?\s*,?\s+(?:(?:as|and\s+so)\s+(?P<aux>were|was|did)|"
    r"(?P<also>as\s+well\s+as|along\s+with|together\s+with))\s+(?:(?:also|too)\s+)?",
    re.I,
)
_ELLIPSIS_PEOPLE = re.compile(r"\s+(?:[\w'-]+\s+)?(?:passersby|passers-by)\b", re.I)
_ELLIPSIS_VERB = re.compile(
    r"[a-z]+ed|hurt|slain|dead|died|perished|fell\s+(?:\w+ly\s+)?in\s+(?:combat|action|battle)", re.I
)


def _ellipsis_group(sentence: str, m: re.Match[str], qs: list[Quantity]) -> Quantity | None:
    """The group an ellipsis after the outcome word ``m`` gives the same outcome: a counted
    plural after "as were" ("as were three bystanders", "as were several passersby"), one person
    after "as was" ("as was a policeman"); "as did" only after "died"/"perished". Not a clause
    ("as was reported"), not a group without a number or "a"/"an" ("as were some of the guards")."""
    trig = m.group().lower()
    if not _ELLIPSIS_VERB.fullmatch(trig) and not re.fullmatch(r"[a-z]+ing", trig):
        return None
    em = _ELLIPSIS.match(sentence, m.end())
    if em is None:
        return None
    # "KILLED FIVE PEASANTS, AS WELL AS A TEACHER", "were wounded, along with two police officers":
    # another group of the verb's people, of any number (not "as well as destroying a bridge")
    also = em.group("also") is not None
    aux = "was" if also else em.group("aux").lower()
    if not also and ((aux == "did") != (trig in ("died", "perished")) or not _ELLIPSIS_VERB.fullmatch(trig)):
        return None
    gap = sentence[m.end() : em.start("also" if also else "aux")]
    if _ANY_OUTCOME.search(gap) or len(re.findall(r"[,;:]", gap)) > 1:
        return None
    at = em.end()
    q = next((x for x in qs if x.start == at), None)
    if q is not None:
        if q.high == 0 or (q.low is None and not q.vague):
            return None
        if not also and (aux == "was") != (q.best == 1 and q.low == 1):
            return None
        pm = _PEOPLE_AFTER.match(sentence, q.end) or _ELLIPSIS_PEOPLE.match(sentence, q.end)
        if pm is None:
            return None
        if parse_quantity(q.phrase) is None:
            # "as were some pedestrians": the noun keeps a bare "some" readable in the phrase
            return Quantity(q.low, q.best, q.high, sentence[q.start : pm.end()], q.start, pm.end(), q.vague)
        return q
    if aux in ("was", "did"):
        one = _CONJ_ONE_RE.match(sentence, at)
        if one is not None and one.group(1).lower() != "one":
            return Quantity(1, 1, 1, one.group(1), one.start(1), one.end(1), False)
    return None


# captives named by a noun ("19 prisoners", "four hostages"), and the words that make such a count
# no count of people detained by the event: they died or were hurt ("documented the deaths of 19
# prisoners", "killed five inmates"), or were set free ("freed 20 prisoners")
_CAPTIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:prisoners|inmates|hostages|detainees|captives)\b", re.I)
_WEAK_DETAINED = re.compile(
    r"prisoners|inmates|hostages|detainees|captives|(?:taken|took|taking|takes|led|dragged|marched)\s+away", re.I
)
_CAPTIVE_FATE = re.compile(
    r"\b(?:deaths?|killings?|murders?|bodies|remains|executions?)\s+of\s+(?:(?:at\s+least|some|the|another)\s+)?$"
    r"|\b(?:freed|frees|freeing|released|releases|releasing|swapped|exchanged|pardoned)\s+(?:(?:at\s+least|some|another)\s+)?$",
    re.I,
)


def _captives_kept(sentence: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` without the counts of captives ("19 prisoners", no detaining verb in the sentence)
    whose fate the sentence tells is another: killed or hurt ("the deaths of 19 prisoners"), or
    freed ("freed 20 prisoners"). Prisoners who died are not detained by this event; releases are
    not listed. Likewise a count only "taken away" that the sentence counts as killed or hurt ("the
    bodies of five victims were taken away"). (The sentence's triggers and its killed / injured
    readings are found once for all the counts.)"""
    trigs = list(OUTCOME_RE["detained"].finditer(sentence))
    weak = any(_WEAK_DETAINED.fullmatch(m.group()) for m in trigs)
    if any(not _WEAK_DETAINED.fullmatch(m.group()) for m in trigs):
        return qs  # "arrested 12 prisoners' relatives": a detaining verb governs
    hurt: set[int] | None = None
    kept = []
    for q in qs:
        captive = _CAPTIVE_AFTER.match(sentence, q.end) is not None
        if captive and _CAPTIVE_FATE.search(sentence[max(0, q.start - 40) : q.start]):
            continue
        if captive or weak:
            if hurt is None:
                hurt = {x.start for other in ("killed", "injured") for x in quantities_for_outcome(sentence, other)}
            if q.start in hurt:
                continue
        kept.append(q)
    return kept


# a partitive and its elided second part: "Seven of the dead were men and four (were women)"
_PARTS_AND = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:[\w'-]+\s+){0,2}?(?P<group>[\w'-]+)\s+(?:were|are)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+,?\s+(?:and|while|but)\s+",
    re.I,
)
_PART_VERB = re.compile(r"\s+(?:were|are)\s+(?!(?:\w+ly\s+)?(?:also\s+)?[a-z]+ed\b)", re.I)
# a count followed right by its outcome word ("14 killed"), opening a list of places
_OUTCOME_RIGHT_AFTER = re.compile(
    r"\s+(?:killed|dead|injured|wounded|hurt|missing|detained|arrested|displaced)\b", re.I
)
# a later item of such a list: "; in Ariha, six", "; and in Atarib, west of Aleppo, six"
_LIST_ITEM = re.compile(r";\s*(?:and\s+)?(?:in|at|near|on)\s+[^;,.]{1,40}(?:,\s*[^;,.\d]{1,30})?,\s*", re.I)
_ITEM_END = re.compile(r"\s*(?:[;,.]|$)")
# a source revising its own count: "raised its figure to 12", "revised their tally up to 40"
_REVISED = re.compile(
    r"\b(?:revis|rais|lower|updat|increas|adjust|correct|amend|reduc|cut)\w*\s+(?:its|their|his|her|the)\s+"
    r"(?:own\s+)?(?:figure|count|tally|estimate)\s+(?:(?:up|upward|upwards|down|downward|downwards)\s+)?to\s+",
    re.I,
)


def _sentence_outcome(sentence: str, at: int) -> str | None:
    """The outcome a revised count in ``sentence`` is of: the last outcome word before ``at``,
    else the first after it; a word describing people ("three wounded people") is skipped."""
    found: list[tuple[int, str]] = []
    for name, pat in OUTCOME_RE.items():
        for m in pat.finditer(sentence):
            if _ATTRIBUTIVE.match(sentence, m.start() - 1) is None:
                found.append((m.start(), name))
    found.sort()
    before = [n for st, n in found if st < at]
    after = [n for st, n in found if st >= at]
    return before[-1] if before else (after[0] if after else None)


# between a counted group and its sub-count: "eleven workers, including", "12 people, among them"
_SUB_COUNT_GAP = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s*[,(—–-]?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+", re.I
)
_SUB_COUNT_FAR = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.I)
_OF_THEM_FAR = re.compile(r",\s*$")
_SUB_ONE_FAR = re.compile(r",\s*(?:including|among\s+them)\s+", re.I)
_SUB_ONE_FAR_END = re.compile(r",\s*(?:including|among\s+them)\s+$", re.I)
_A_QUANTIFIER = re.compile(
    r"an?\s+(?:(?:large|small|great|growing|certain|good|further)\s+)?(?:number|few|couple|dozen|handful|lot|"
    r"score|series|group|total|host|majority|minority|range|variety|mix|band|party|unit|team)s?\s+of\b",
    re.I,
)


#: wounds named as what a death or a part came from ("died of his wounds", "two of them from stab
#: wounds"): the cause of the outcome the clause already counts, no figure of injured (session 17)
_HARM_CAUSE = re.compile(
    r"\b(?:died|dies|dying|deaths?|dead|them|whom)\s+(?:(?:later|since|subsequently)\s+)?(?:from|of)\s+"
    r"(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: the kin or counsel of captives named before the captives' noun ("relatives of detainees")
_KIN_OF_CAPTIVES = re.compile(
    r"\b(?:relatives|families|parents|mothers|fathers|wives|husbands|lawyers|friends)\s+of\s+(?:the\s+)?$", re.I
)
_HARM_WORD = re.compile(r"wounds?|injur(?:y|ies)|burns", re.I)


def _harm_cause(sentence: str, m: re.Match[str]) -> bool:
    """Whether the outcome word ``m`` names wounds as a cause (``_HARM_CAUSE``)."""
    return _HARM_WORD.fullmatch(m.group()) is not None and (
        _HARM_CAUSE.search(sentence, max(0, m.start() - 60), m.start()) is not None
    )


def _of_them_other(sentence: str, sub: Quantity, pat: re.Pattern[str]) -> bool:
    """The clause of an "N of them/whom" sub-count names another outcome ("27 wounded, eight of
    whom later died": the eight are dead, no sub-count of the wounded); wounds named as the cause
    ("three of them from gunshot wounds") are none."""
    cm = re.match(r"[^,;:.!?]*", sentence[sub.end :])
    rest = cm.group() if cm is not None else ""
    found = [t for t in _ANY_OUTCOME.finditer(sentence, sub.end, sub.end + len(rest)) if not _harm_cause(sentence, t)]
    return bool(found) and not any(pat.match(sentence, t.start()) for t in found)


_SUB_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
# a reporting clause may stand between: "Six soldiers were wounded, she said, two of them seriously"
_OF_THEM_GAP = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s*"
    r"(?:,\s*(?:[\w'-]+\s+){1,3}?(?:said|says|added|adds|reported|stated|told\s+[\w'-]+)"
    r"(?:\s+(?:on\s+[A-Z]\w+|yesterday|today|later))?\s*)?"
    r"(?:,|--|—|–|\()\s*"
)
_ELIDED = re.compile(
    r",?\s+(?:and|while)\s+(?:another\s+)?((?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))(?:\s+more)?"
    r"((?:\s+(?!(?:in|at|near|on|from|around)\b)[\w'-]+){1,2})?"
    r"\s+(?:in|at|near|on|from|around)\s+(?:the\s+)?[\w'-]",
    re.I,
)


#: outcome participles that describe the people they happened to ("the killed", "those wounded")
_OUTCOME_PARTICIPLES = frozenset(
    {"killed", "dead", "wounded", "injured", "kidnapped", "abducted", "detained", "arrested", "murdered", "slain"}
)
#: the participles that open an inverted clause ("killed in the raid were four guards")
_INVERTED_PARTICIPLES = _OUTCOME_PARTICIPLES | {"hurt"}

# an outcome adjective used as a plural noun for the people ("the dead", "the wounded"): the
# number after a copula or "include" counts them ("among the dead were three children")
_THE_DEAD = re.compile(r"\bthe\s+$", re.I)
_THE_DEAD_GAP = re.compile(
    # ("among the dead were allegedly two guards": a hedge adverb; session 16)
    r"\s+(?:were|are|included|include|includes|including)\s+(?:(?:also|reportedly|allegedly|apparently)\s+)?"
    # (session 11) one person named first, then the counted group: "among the dead were a village
    # elder, Omar Sadi, and two teenagers" (the group after "and" is the member count; the one
    # person is read by ``_conjuncts``)
    r"(?:an?\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?:\s*,\s*(?-i:[A-Z](?:[a-z][\w'’-]*|\.))(?:\s+(?-i:[A-Z](?:[a-z][\w'’-]*|\.))){0,3}\s*,)?"
    r"\s+and\s+(?:(?:his|her|their)\s+)?)?",
    re.I,
)


# "the wounded [to the hospital], maybe thirty people": an estimate of the group set off by a
# comma at the clause's end (an approximating word only: "the wounded, 12 soldiers" may be a part)
_APPOSED_GAP = re.compile(
    r"(?:\s+(?:to|in|into|at|from|on|out\s+of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s*,\s*", re.I
)
_APPROX_WORD = re.compile(r"(?:maybe|perhaps|possibly|probably|about|around|roughly|approximately|some)\s", re.I)
_APPOSED_END = re.compile(r"\s*(?:[,.;:!?)\"”’']|$)")


def _the_dead(trig: str) -> bool:
    """An outcome word that can stand for the people it happened to ("the dead", "the wounded");
    with a trailing "|", the participles that open an inverted clause ("killed ... were")."""
    if trig.endswith("|"):
        return trig[:-1].lower() in _INVERTED_PARTICIPLES
    return trig.lower() in ("dead", "wounded", "injured", "missing", "kidnapped", "abducted", "detained", "detainees")


# a participle opening its clause, or after "those" / "the people": the people come after the verb
_INVERTED_HEAD = re.compile(
    r"(?:^\s*|[,;:]\s*|\b(?:among\s+)?(?:those|the\s+(?:people|persons|men|ones|others|civilians|soldiers))\s+)$", re.I
)
_INVERTED_GAP = re.compile(
    # ("Among the dead were allegedly two guards": a hedge adverb after the verb; session 16)
    r"(?:\s+(?:in|during|on|at|by|near|when)\s+[^,;:]{1,50}?)?\s*,?\s+(?:were|was|are|included|include)\s+"
    r"(?:(?:also|reportedly|allegedly|apparently|reported\s+to\s+be|said\s+to\s+be)\s+)?",
    re.I,
)


# between two groups of people joined by "and": the first group's noun, then "and"
_CONJ_GAP = re.compile(
    # a word of the group, or an initialism with its dots ("TWO U.S. ADVISERS AND A GUARD")
    r"(?:(?:\s+(?:(?:[A-Za-z]\.){2,}|[\w'-]+)){0,3}?\s*,?"
    # a name in apposition between commas: "THE MAYOR, PEDRO ANTONIO ALVARENGA, AND THREE EMPLOYEES"
    r"|(?:\s+[\w'-]+){0,2}?\s*,(?:\s+(?!(?:said|says|reported|added|told|according|police|officials)\b)[\w'’.-]+){1,5}\s*,)"
    r"\s+and\s+(?:(?:his|her|their|its|the)\s+)?",
    re.I,
)
_CONJ_GAP_WIDE = re.compile(r"(?:\s+[\w'-]+){4,6}?\s+and\s+(?:(?:his|her|their|its|the)\s+)?", re.I)
_CONJ_BAD = re.compile(r"\b(?:were|was|is|are|have|has|had|been|be|who|which|that|of)\b", re.I)


def _conjuncts(sentence: str, q: Quantity, qs: list[Quantity], listed: bool = False) -> list[Quantity]:
    """The groups of people joined to ``q``'s group by "and", each with its own number (a
    number, or "a"/"an"/"one" before a singular person noun): before it ("3 soldiers and 2
    civilians") and after it ("the driver and two passengers", "a woman and her two
    children"). A group's people noun must follow its number; no verb, clause word or outcome
    word stands between the groups. A bare comma joins the group before ``q`` only inside a
    list closed by "and" ("Three soldiers, two police officers and a civilian"): when "and"
    follows ``q``, or ``listed`` (``q`` was itself reached through the list)."""
    out: list[Quantity] = []
    # (figure recall, session 15) in a member list ("Among the dead were four guards at the gate and
    # two cooks") a group's people may take a longer phrase before "and" (``_CONJ_GAP_WIDE``)
    wide = _SUB_COUNT_HEAD.search(sentence, 0, q.start) is not None

    def joined(a_end: int, b_start: int) -> bool:
        gap = sentence[a_end:b_start]
        return (
            (_CONJ_GAP.fullmatch(gap) is not None or (wide and _CONJ_GAP_WIDE.fullmatch(gap) is not None))
            and _CONJ_BAD.search(gap) is None
            and _ANY_OUTCOME.search(_ATTRIBUTIVE.sub(" ", gap)) is None
        )

    after = next((x for x in qs if x.start >= q.end), None)
    if (
        after is not None
        and after.low is not None
        and after.high != 0
        and joined(q.end, after.start)
        # "a commander and three of his fighters": a partitive counts people too
        and (_PEOPLE_AFTER.match(sentence, after.end) or _PARTITIVE_AFTER.match(sentence, after.end))
    ):
        out.append(after)
    gm = _CONJ_GAP.match(sentence, q.end)
    if gm is None or _CONJ_BAD.search(gm.group()) is not None:
        # a member list's group and a relative clause of its own before "and" (session 11): "among
        # the dead are two policemen who were travelling in plain clothes and a judge"
        rm = _MEMBER_REL_GAP.match(sentence, q.end)
        gm = rm if rm is not None and _SUB_COUNT_HEAD.search(sentence, 0, q.start) else gm
    if gm is not None and (_CONJ_BAD.search(gm.group()) is None or gm.re is _MEMBER_REL_GAP):
        om = None
        if _ANY_OUTCOME.search(gm.group()) is None and not _A_QUANTIFIER.match(sentence, gm.end()):
            om = _CONJ_ONE_RE.match(sentence, gm.end()) or _CONJ_ONE_LONG.match(sentence, gm.end())
        if om is not None and (after is None or after.start > om.start()):
            out.append(Quantity(1, 1, 1, om.group(1), om.start(1), om.end(1), False))
    before = [x for x in qs if x.end <= q.start]
    # "a peasant woman and her two children", "A CIVILIAN AND TWO SOLDIERS": one person by "a"/"an"
    # and a singular person noun before the group ("a" is never a scanned quantity); not the
    # object of a preposition ("the wife of a farmer and two ...")
    if q.low is not None and q.high != 0:
        # (figure recall, session 15) after an opening phrase of time set off by a comma ("In 2021, a
        # Serbian police officer and four gunmen were killed"): the comma opens the subject, no apposition
        intro = _INTRO_COMMA.match(sentence)
        starts = [m.start() for m in _CONJ_A_BEFORE.finditer(sentence, max(0, q.start - 60), q.start)]
        if intro is not None and q.start - 60 <= intro.end() < q.start:
            starts.append(intro.end())
        found = [
            _CONJ_A_BEFORE.match(sentence, s, q.start) or _CONJ_A_AFTER_INTRO.match(sentence, s, q.start)
            for s in starts
        ]
        for am in (a for a in found if a is not None):
            if (
                am.end() == q.start
                and _ANY_OUTCOME.search(am.group()) is None
                and not any(x.end > am.start() for x in before)
            ):
                out.append(Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False))
    if before:
        b = before[-1]
        if b.low is not None and b.high != 0 and _PEOPLE_AFTER.match(sentence, b.end):
            gap = sentence[b.end : q.start]
            # a list closed by "and": "Three soldiers, two police officers and a civilian" (a bare
            # comma joins when "and" follows ``q`` or ``q`` is itself inside the list); not a
            # total before its parts ("Five people, two women and three men")
            in_list = (
                (listed or bool(out))
                and _LIST_COMMA.fullmatch(gap) is not None
                and _CONJ_BAD.search(gap) is None
                and _ANY_OUTCOME.search(gap) is None
                and _PEOPLE_AFTER.match(sentence, q.end) is not None
                and not _GENERIC_HEAD.match(sentence, b.end)
            )
            # a sub-count closes its group's clause: "45 were killed, among them 12 children, and 38
            # others were injured" (the 12 are of the killed, not a group of the injured)
            sub_closed = _SUB_COUNT_END.search(sentence, 0, b.start) is not None and "," in gap
            if (joined(b.end, q.start) or in_list) and not sub_closed:
                out.append(b)
    return out


_SUB_COUNT_END = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.I)
# (session 11) a group's relative clause with no clause break before "and" and one more person
# ("two policemen who were travelling in plain clothes and a judge"), read only in a member list
# (``_SUB_COUNT_HEAD`` before the group)
_MEMBER_REL_GAP = re.compile(
    r"(?:\s+[\w'-]+){0,2}?\s+(?:who|that)\s+(?:were|was|had\s+been|had|have\s+been)\s+"
    r"(?:(?!(?:and|or|but|said|says|told|who|that|which|a|an|one)\b)[\w'’-]+\s+){1,7}?and\s+",
    re.I,
)
_SUB_COUNT_HEAD = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|among\s+(?:the|those)\s+(?:dead|killed|wounded|injured|"
    r"missing|victims)\s+(?:are|were|was|is)|(?:dead|victims|casualties|wounded|injured)\s+include[sd]?)\s+(?:\S+\s+){0,1}$",
    re.I,
)


_LIST_COMMA = re.compile(r"(?:\s+[\w'-]+){1,3}?\s*,\s*", re.I)
_GENERIC_HEAD = re.compile(r"\s+(?:[\w'-]+\s+)?(?:people|persons|victims|others|casualties)\b", re.I)


def _governed_elsewhere(sentence: str, q: Quantity, pat: re.Pattern[str], qs: list[Quantity]) -> bool:
    """Whether another outcome's word governs ``q`` ("killed 3 soldiers, and 2 civilians were
    wounded": the 2 are the wounded)."""
    for tm in _ANY_OUTCOME.finditer(sentence):
        if pat.match(sentence, tm.start()) is not None:
            continue
        found = _governed_by(sentence, tm, qs)
        if found is not None and found[1].start == q.start:
            return True
    return False


# a part of the people an outcome already befell: "of the dead", "of those killed", "of the
# people wounded", "of the victims"
_PART_OF_COUNTED = re.compile(
    r"\s+of\s+(?:the|those|these)\s+(?:(?:people|persons|men|ones|civilians|passengers)\s+)?"
    r"(?:dead|wounded|injured|killed|hurt|missing|victims|casualties|bodies|slain|abducted|kidnapped|detained)\b",
    re.I,
)
# a toll and the number it stands at, with the toll's scope between ("the toll from Monday's
# bombing has risen to 63"), or "the number of dead/wounded/victims ... rose to"
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:the\s+|those\s+|people\s+|(?:civilian|military|confirmed|known|reported)\s+|(?:civilians|children|women|men|Palestinians|Israelis|"
    r"(?-i:[A-Z][a-z]+(?:ians|eans|is|ans))|soldiers|fighters|troops|residents|migrants|journalists|aid\s+workers)\s+)?$",
    re.I,
)
_MONTH_BEHIND = "|".join(f"(?<={m})" for m in sorted(_MONTHS))
# the scope may close on a date ("since October 7, 2023", "since 2015")
# no clause inside the commas: no conjunction, relative or finite verb ("..., and rebels said ...")
_SCOPE_NOT = (
    r"(?:and|but|or|that|which|who|whom|where|when|while|as|said|says|say|told|is|are|was|were|has|have|had|"
    r"will|would|could|may|might)\b"
)
# (figure recall fa2, session 15) or hold one or two phrases set off by commas inside it, up to
# 24 words: "the toll from the raid on Kora, a town in the north, has risen to 11"
_TOLL_SCOPE = (
    # (session 22) or a place or time after "at", "on", "near", "over", "during": "the death toll at the market
    # had risen to 14"
    r"(?:\s+(?:from|in|of|for|among|since|at|on|near|over|during)\s+(?:(?!\d)[\w'’-]+\s+){0,14}?[\w'’-]+"
    r"(?:,\s+(?:(?!\d|" + _SCOPE_NOT + r")[\w'’-]+\s+){0,9}?(?!\d|" + _SCOPE_NOT + r")[\w'’-]+){0,2}"
    r"(?:(?:" + _MONTH_BEHIND + r")\s+\d{1,2}(?:,\s+\d{4})?|(?<=\bsince)\s+\d{4})?,?)?"
)
_TOLL_GAP = re.compile(
    _TOLL_SCOPE + r"\s+(?:has\s+|had\s+|have\s+|now\s+|since\s+|already\s+|further\s+)*"
    r"(?:risen|rose|climbed|reached|stood|stands|is|was|increased|grew|jumped)\s+(?:to\s+|at\s+)?(?:a\s+total\s+of\s+)?",
    re.I,
)
# a toll stated by a verb of estimating and "at" ("sources put the death toll among civilians at 31")
_TOLL_PUT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|set|sets|setting|estimated|estimates|estimating|fixed|fixes)\s+"
    r"the\s+(?:(?:official|final|overall|total|provisional|new)\s+)?(?:death\s+|number\s+of\s+(?:the\s+|those\s+|"
    # "put the number of civilian dead at 27" (session 13)
    r"(?:civilian|military|confirmed|known|reported)\s+)?)?$",
    re.I,
)
_PROJECTION = re.compile(r"(?:could|may|might|would|will|expected\s+to|likely\s+to)\s", re.I)
# (figure recall, session 20) a "number of" brought to its total, the number after the toll's
# scope: "bringing the number of deaths at the clinic since Monday to nine", "which took the number
# of its staff held by the group to 24" (``_toll_brought_to``)
_TOLL_BROUGHT = re.compile(
    r"\b(?:br(?:ing|ings|inging|ought)|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|tak(?:e|es|ing)|took|"
    # (session 22) a source raising its count: "raised the number of people killed in the violence to 14"
    r"rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|revis(?:e|es|ed|ing)\s+up)\s+the\s+"
    r"(?:(?:official|final|overall|total|provisional|confirmed)\s+)?"
    r"number\s+of\s+(?:the\s+|those\s+|people\s+|persons\s+|(?:civilian|military|confirmed|known|reported)\s+|"
    r"(?:its|their|our)\s+(?:own\s+)?(?:staff|personnel|members|employees|workers|nationals|citizens|soldiers|troops|"
    r"officers|fighters|men)\s+)?$",
    re.I,
)
# the toll's scope: prepositional phrases without a number or a clause ("in the violence in the
# city", "at the facility since Monday", "over the same period") before "to" and the number
_TOLL_LONG_SCOPE = (
    r"(?:\s+(?:in|at|from|of|for|among|since|on|over|during|across|by|near)\s+"
    r"(?:(?!\d|to\b|" + _SCOPE_NOT + r")[\w'’-]+\s+){0,10}?"
    r"(?!\d|to\b|" + _SCOPE_NOT + r")[\w'’-]+)?"
)
_TOLL_BROUGHT_GAP = re.compile(_TOLL_LONG_SCOPE + r"\s+to\s+(?:a\s+total\s+of\s+)?", re.I)
# a comparison may stand before "at": "put the toll (the number of injured) higher, at 12"
_TOLL_AT_GAP = re.compile(
    # "put the number of abducted women at 14": the people the outcome word describes (session 13)
    r"(?:\s+(?:people|persons|civilians|women|men|children|girls|boys|students|pupils|soldiers|fighters|members|"
    r"residents|villagers|migrants|workers))?"
    r"(?:\s+(?:from|in|of|for|among)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+)?"
    r"(?:\s+(?:much\s+|far\s+|even\s+|slightly\s+)?(?:higher|lower),?)?\s+at\s+",
    re.I,
)
# the number before its toll: "raised to 52 the death toll", "bringing to 12 the number of dead"
_TOLL_BEFORE_TRIG = re.compile(r"(?:death\s+)?toll|death|dead|wounded|injured|victims", re.I)
_TOLL_RAISED_TO = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|br(?:ing|ings|inging|ought)|push(?:es|ed|ing)?|"
    r"lift(?:s|ed|ing)?|put|puts|putting|lower(?:s|ed|ing)?)\s+to\s+$",
    re.I,
)
_TOLL_RAISED_GAP = re.compile(
    r"\s+the\s+(?:(?:official|final|overall|total|provisional)\s+)?(?:death\s+|number\s+of\s+(?:the\s+)?)?", re.I
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$|\s+(?:and|in|on|at|near|during|while|after)\b)", re.I)
_OBJECT_OF_VERB = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|kidnapp(?:ed|ing)|"
    r"abduct(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|execut(?:ed|ing)|"
    r"murder(?:ed|ing)|massacr(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead|gunned\s+down)\s+$",
    re.I,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|his|her|its|this|that|these|those)\s+$", re.I)


# "one of the 12 soldiers": the number after "one of the" is the whole group, of which the clause's
# verb counts one ("ONE OF THE 12 SOLDIERS DIED": 1 killed, not 12)
_ONE_OF_HEAD = re.compile(r"\bone\s+of\s+(?:the|those|these|its|their|his|her|our)\s+$", re.I)


def _toll_brought_to(sentence: str, m: re.Match[str], trig: str, gap: str) -> bool:
    """(figure recall, session 20) Whether the number after ``gap`` is the total a clause brings a
    "number of" to, the toll's scope between: "bringing the number of deaths at the clinic since
    Monday to nine", "which brought the number of people displaced by the floods to 2,000". Not
    "bringing the wounded to the hospital" (no "number of"), nor a number inside the scope."""
    if re.fullmatch(r"(?:death\s+)?toll", trig, re.I):
        return False  # a toll noun's own readings stand (``_TOLL_GAP``, ``_TOLL_PUT``)
    return _ends(_TOLL_BROUGHT, sentence, m.start()) is not None and _TOLL_BROUGHT_GAP.fullmatch(gap) is not None


def _open_relative(gap: str) -> bool:
    """Whether the outcome word after ``gap`` is the verb of a relative clause on the group ("one of
    the 12 people who were injured": the 12 were injured): a "who"/"that" not closed by a comma or
    an earlier outcome word ("... who were injured, died": the relative clause ended)."""
    rm = re.search(r"\b(?:who|that)\b", gap, re.I)
    if rm is None:
        return False
    rest = gap[rm.end() :]
    return "," not in rest and _ANY_OUTCOME.search(rest) is None


# "five men were held overnight by troops": the counted people are the subject of the passive
# "held" (a people noun and its auxiliary between them, nothing else); not the object of another
# word ("A ceremony honouring 30 policemen was held", "The bodies of 12 soldiers were held")
_OF_THOSE_GAP = re.compile(r"\s+of\s+those\s+", re.I)
_HELD_SUBJECT = re.compile(
    r"\s+(?:(?!(?:of|for|to|with|at|in|on)\b)[\w'’-]+\s+){1,3}?"
    # ("30 members of its guard had been held": the people's own group after "of")
    r"(?:of\s+(?:its|their|his|her|our|the)\s+(?:[\w'’-]+\s+){1,3}?)?(?:were|(?:had|have|has)\s+(?:reportedly\s+)?been)\s+"
    # (figure recall, session 15) "her three sons were among those taken"
    r"(?:(?:also\s+)?among\s+those\s+)?",
    re.I,
)
# a passive "held" whose subject is no one held: "The bodies of 12 soldiers were held at the morgue",
# "A ceremony honouring 30 policemen was held by police" (``_mask_held``)
#: the auxiliaries between "N of those arrested" and the verb that counts the part (session 17)
_PART_VERB_NEXT = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:not|never|also|later|since|reportedly)\s+)?(?:been\s+)?", re.I
)
_HELD_AUX = re.compile(r"\b(?:was|were|been)\s+held\b", re.I)
_HELD_NOT_PEOPLE = re.compile(
    r"\b(?:bod(?:y|ies)|remains|corpses?|ceremon(?:y|ies)|funerals?|memorials?|vigils?|services?|mass|rall(?:y|ies)|"
    r"talks|meetings?|elections?|honou?ring|commemorating|mourning|marking)\b",
    re.I,
)


# people "trapped under the rubble" whom a rescue verb governs, or survivors, are found, not missing:
# "Rescuers freed 12 people trapped under the rubble", "five survivors who had been trapped"
_TRAPPED = re.compile(r"\btrapped\b", re.I)
_RESCUED = re.compile(
    r"\b(?:freed|free|freeing|rescued|rescue|rescuing|pulled|pulling|dug|digging|saved|saving|evacuated|"
    r"extracted|recovered|brought\s+out|survivors?)\b",
    re.I,
)


_NEW_CLAUSE = re.compile(r"\b(?:and|but)\s+that\b|,\s+(?:while|whereas|but)\b", re.I)


def _mask(sentence: str, trig: re.Pattern[str], bad: re.Pattern[str]) -> str:
    """``sentence`` with each ``trig`` whose clause before it (from the last ".;:") holds ``bad``
    written with its second letter "_" (same length), so that no reading takes it."""
    for m in trig.finditer(sentence):
        c0 = max([m.start() - 150] + [sentence.rfind(ch, max(0, m.start() - 150), m.start()) for ch in ".;:"]) + 1
        # a second reported clause opens its own subject ("had pulled 9 bodies out and that up to 6
        # residents could still be trapped"; session 13, fa2): the rescue verb before it governs none
        c0 = max([c0] + [k.end() for k in _NEW_CLAUSE.finditer(sentence, max(0, c0), m.start())])
        if bad.search(sentence, max(0, c0), m.start()):
            at = m.end() - 3 if m.group().lower().endswith("held") else m.start() + 2
            sentence = sentence[:at] + "_" + sentence[at + 1 :]
    return sentence


#: a scare quote inside a clause: one to four words quoted right after a word ('had "annihilated"
#: nine marines', 'had killed "many" guards', 'said "several" of the raiders were "neutralised."')
_SCARE_QUOTE = re.compile(r'(?<=[A-Za-z]\s)(["“])([\w\'’-]+(?:\s+[\w\'’-]+){0,3}[.,]?)(["”])(?![\w"“”])')


def _unquote_scare(sentence: str) -> str:
    """``sentence`` with the marks of its scare quotes blanked (same length, so offsets hold): a
    communiqué's quoted word is read as the word ('its cadres had killed "many" guards' states
    a vague count of killed; session 16). A quote after a comma or colon opens speech and is kept."""
    if '"' not in sentence and "“" not in sentence:
        return sentence
    return _SCARE_QUOTE.sub(lambda m: " " + m.group(2) + " ", sentence)


def _requoted(sentence: str, q: Quantity) -> Quantity:
    """``q`` read on ``sentence`` with its scare quotes blanked (``_unquote_scare``): a phrase
    holding a blanked mark ('"a small number" of' read as "a small number  of") ends before it."""
    if sentence[q.start : q.end] == q.phrase or not ('"' in sentence or "“" in sentence):
        return q
    cut = next((i for i in range(q.start, q.end) if sentence[i] in '"“”'), None)
    if cut is None:
        return q
    phrase = sentence[q.start : cut].rstrip()
    return replace(q, phrase=phrase, end=q.start + len(phrase)) if phrase else q


def _mask_outcome(sentence: str, outcome: str) -> str:
    """A passive "held" whose clause subject is no one held (``_HELD_NOT_PEOPLE``); people
    "trapped" whom a rescue verb governs (``_RESCUED``): no reading of detained / missing.
    Scare quotes are blanked first (``_unquote_scare``)."""
    sentence = _unquote_scare(sentence)
    low = sentence.lower()
    if outcome == "detained" and "held" in low:
        return _mask(sentence, _HELD_AUX, _HELD_NOT_PEOPLE)
    if outcome == "missing" and "trapped" in low:
        return _mask(sentence, _TRAPPED, _RESCUED)
    return sentence
_LIST_OF = re.compile(r"\b(?:list|names)\s+of\s+$", re.I)
_REMAINS_OF = re.compile(r"\b(?:remains|bodies|corpses)\s+of\s+(?:(?:at\s+least|about|some|nearly|around)\s+)?$", re.I)
_HELD_NOT_SUBJECT = re.compile(r"\b(?:of|for|to|with|\w+ing)\s+(?:(?:at\s+least|about|some|nearly|around)\s+)?$", re.I)


def _ends(rx: re.Pattern[str], sentence: str, end: int) -> re.Match[str] | None:
    """``rx`` (a pattern anchored at its end, "...\\s+$") matching right before ``end``, sought in
    the 100 characters before it only (a search from the sentence start is quadratic on long text)."""
    return rx.search(sentence, max(0, end - 100), end)


def _governed_by(sentence: str, m: re.Match[str], qs: list[Quantity]) -> tuple[int, Quantity] | None:
    """The quantity one trigger ``m`` governs, with its distance score (lower is closer)."""
    trig = m.group()
    if trig[:6].lower() == "lethal":
        return None  # counted by the people after it (``_lethal_target``)
    if _harm_cause(sentence, m):
        return None  # "three of them of stab wounds": the cause of the counted outcome
    if re.fullmatch(r"hostages|prisoners|detainees|captives", trig, re.I) and _KIN_OF_CAPTIVES.search(
        sentence, max(0, m.start() - 40), m.start()
    ):
        return None  # "22 people, including relatives of detainees": the kin counted, no captives (session 17)
    best: tuple[int, Quantity] | None = None
    riddled = _RIDDLED.fullmatch(trig) is not None
    if riddled and _SURVIVED.search(sentence):
        return None  # "riddled with bullets ... was taken to hospital": wounded, not dead
    # after the trigger (active verb or toll noun)
    for q in qs:
        if q.start < m.end():
            continue
        if _FLEE.fullmatch(trig) or (riddled and not _GUNNED.fullmatch(trig)) or _SHELTERED.match(trig):
            break  # "had fled the two villages": the number after is a place's
        gap = sentence[m.end() : q.start]
        if _ends(_THE_DEAD, sentence, m.start()) and _THE_DEAD_GAP.fullmatch(gap) and _the_dead(trig):
            best = (len(gap), q)  # "among the dead were three children", "the wounded include two police"
        elif (
            _ends(_THE_DEAD, sentence, m.start())
            and _the_dead(trig)
            and _APPOSED_GAP.fullmatch(gap)
            and _APPROX_WORD.match(q.phrase)
            and (pa := _PEOPLE_AFTER.match(sentence, q.end)) is not None
            and _APPOSED_END.match(sentence, pa.end())
        ):
            # an estimate in apposition: "bringing the wounded to the hospital, maybe thirty people"
            best = (len(gap), q)
        elif (
            re.fullmatch(r"(?:death\s+)?toll", trig, re.I) or _ends(_NUMBER_OF, sentence, m.start())
        ) and _TOLL_GAP.fullmatch(gap):
            best = (len(gap), q)  # "the death toll from the bombing has risen to 63", "the number of dead rose to 40"
        elif (
            (re.fullmatch(r"(?:death\s+)?toll", trig, re.I) or _ends(_NUMBER_OF, sentence, m.start()))
            and _PROJECTION.match(q.phrase)
            and re.fullmatch(_TOLL_SCOPE + r"\s+", gap, re.I)
        ):
            best = (len(gap), q)  # a projection: "the number of dead could rise to 40" (high 40)
        elif (
            (re.fullmatch(r"(?:death\s+)?toll", trig, re.I) or _ends(_NUMBER_OF, sentence, m.start()))
            and _ends(_TOLL_PUT, sentence, m.start())
            and _TOLL_AT_GAP.fullmatch(gap)
        ):
            best = (len(gap), q)  # "sources put the death toll among civilians at 31"
        elif _toll_brought_to(sentence, m, trig, gap):
            best = (len(gap), q)  # "bringing the number of deaths at the clinic since Monday to nine" (session 20)
        elif _ends(_INVERTED_HEAD, sentence, m.start()) and _INVERTED_GAP.fullmatch(gap) and _the_dead(trig + "|"):
            best = (len(gap), q)  # "killed in the attack were three soldiers", "among those killed were two boys"
        elif re.fullmatch(r"injur(?:y|ies)|wounds?", trig, re.I) and re.fullmatch(r"\s+to\s+", gap, re.I):
            best = (len(gap), q)  # "caused injuries to three people"
        elif _AFTER_GAP.match(gap) and len(gap) <= 30:
            is_verbal = (
                trig.lower().endswith(("ing", "ed"))
                or _NOUN_TRIGGERS.match(trig)
                # "shot dead 12 people", "burned alive three", "machine-gunned to death five peasants"
                or re.search(r"\s(?:dead|down|alive|death)$", trig, re.I)
                or re.fullmatch(r"rounded\s+up", trig, re.I)  # "rounded up 30 youths" (people only: ``thing``)
                or re.search(r"\swith$", trig, re.I)  # "held with about 60 others" (session 17)
                or re.search(r"\s(?:took|taken)$", trig, re.I)  # "they took my three daughters" (session 16)
                or _AFTER_ONLY.fullmatch(trig)  # "lost three fighters", "helped bury 27 people"
                or _DROVE_OUT.fullmatch(trig)  # "forced 3,000 people to flee"
                or _TOOK_HOSTAGE.fullmatch(trig)  # "taking 251 people hostage"
                # "gunmen had taken away a number of young men": people only (not "took away two cars")
                or (_TAKEN_AWAY.fullmatch(trig) is not None and _PEOPLE_AFTER.match(sentence, q.end) is not None)
            )
            # arms, towns and goods are seized and captured too: "seized several grenades"; devices
            # and threats are neutralised ("neutralised two devices")
            thing = (
                re.fullmatch(
                    r"seized|captur\w*|neutrali[sz]\w*|eliminat\w*|annihilat\w*|liquidat\w*|machine-?gunned|rounded\s+up|"
                    r"held|holding|holds",
                    trig,
                    re.I,
                )
                and (
                    not (
                        _PEOPLE_AFTER.match(sentence, q.end)
                        # "captured dozens of enemy soldiers": a vague count's people after "of"
                        # (session 13)
                        or (
                            q.vague
                            and (om := _OF_AFTER.match(sentence, q.end)) is not None
                            and (pm := _PEOPLE_AFTER.match(sentence, om.end())) is not None
                            # not their things: "seized dozens of army soldiers' rifles" (review s13)
                            and not re.match(r"['’]", sentence[pm.end() :])
                        )
                        # "hit a group of terrorists, neutralising six of them": the people named before
                        or (
                            re.match(r"\s+of\s+them\b", sentence[q.end :]) is not None
                            and _PEOPLE_AFTER.search(sentence, 0, q.start) is not None
                            and _them_are_people(sentence, q, qs)
                        )
                    )
                    # "eliminated two players from the tournament": a contest, no death
                    or (re.fullmatch(r"eliminat\w*", trig, re.I) and _ELIMINATED_FROM.match(sentence, q.end))
                )
                # "killed 4 guerrillas and captured 2.": the people noun is left out at the clause's end
                # ("captured four alive": "alive" says they are people, session 11)
                and not (
                    re.fullmatch(r"captur\w*", trig, re.I)
                    and (_CLAUSE_END.match(sentence, q.end) or _ALIVE_AFTER.match(sentence, q.end))
                )
            )
            if (is_verbal or trig.lower() in ("kill", "kills", "killed")) and not thing:
                best = (len(gap), q)
        if (
            best is None
            and (re.fullmatch(r"(?:death\s+)?toll", trig, re.I) or _ends(_NUMBER_OF, sentence, m.start()))
            and re.fullmatch(r"\s+(?:from|in|of|for|among)\s+(?:(?!\d)[\w'’-]+\s+){0,13}", gap, re.I)
        ):
            # a number inside the toll's scope: "the toll from the shelling of the two villages has risen to 40"
            continue
        break
    # before the trigger; not for a deed noun after a determiner, which is the object of
    # another verb ("several unions condemned the kidnapping of ...": the unions are no victims)
    before = [q for q in qs if q.end <= m.start()]
    held_passive = (
        re.fullmatch(r"held|taken|picked\s+up|buried", trig, re.I) is not None
        and bool(before)
        # "four of those held are teenagers": a part of the captives (session 16)
        and (trig.lower() == "held" and _OF_THOSE_GAP.fullmatch(sentence, before[-1].end, m.start()) is not None)
    ) or (
        re.fullmatch(r"held|taken|picked\s+up|buried", trig, re.I) is not None
        and bool(before)
        and _HELD_SUBJECT.fullmatch(sentence, before[-1].end, m.start()) is not None
        and (
            not _HELD_NOT_SUBJECT.search(sentence, max(0, before[-1].start - 30), before[-1].start)
            # "a list of more than 45 travellers who were taken": the people listed are the ones taken
            or (trig.lower() != "held" and _LIST_OF.search(sentence, max(0, before[-1].start - 30), before[-1].start))
            # (review s12) "the remains of 40 people were buried in a mass grave": the dead buried
            or (
                trig.lower() == "buried"
                and _REMAINS_OF.search(sentence, max(0, before[-1].start - 30), before[-1].start) is not None
            )
        )
    )
    nominal_object = _NOMINAL.fullmatch(trig) is not None and _ends(_DETERMINER_BEFORE, sentence, m.start())
    # "some 3,000 villagers from A and four neighbouring villages had fled": the count of places
    # closing the people's "from" phrase is no subject; the people before it are (session 11; session
    # 18: before any outcome verb, "residents of A and two nearby blocks have been evacuated")
    place_gap = None
    if (
        len(before) >= 2
        and not _FLED_PEOPLE.match(sentence, before[-1].end)
        and _FLED_PEOPLE.match(sentence, before[-2].end)
        and _FROM_PLACES.fullmatch(sentence, before[-2].end, before[-1].start)
    ):
        pe = _PLACES_END.match(sentence, before[-1].end, m.start())
        if pe is not None:
            fm = _FROM_PLACES.fullmatch(sentence, before[-2].end, before[-1].start)
            assert fm is not None
            place_gap = (
                sentence[before[-2].end : before[-2].end + fm.end(1) - fm.start()] + sentence[pe.end() : m.start()]
            )
            before = before[:-1]
    if (
        before
        and not _ends(_OBJECT_OF_VERB, sentence, before[-1].start)
        and (not _AFTER_ONLY.fullmatch(trig) or (held_passive and trig.lower() == "buried"))
        and not _DROVE_OUT.fullmatch(trig)
        # ("had been held for hours by the rebels" is passive: its count comes before it)
        and (not _TOOK_HOSTAGE.fullmatch(trig) or held_passive)
        # who fled counts as displaced only when the words name people ("three gunmen fled": none)
        and (not _FLEE.fullmatch(trig) or _FLED_PEOPLE.match(sentence, before[-1].end))
        and (not _SHELTERED.match(trig) or _FLED_PEOPLE.match(sentence, before[-1].end))
        # "three wounded people were moved to Kabul": the wounded moved for care are no displaced
        # ("six hurt miners had been evacuated there": the plain verb too; session 16)
        and (
            not (_SHELTERED.match(trig) or trig.lower() == "evacuated")
            or _attributive_outcome(sentence, before[-1]) in (None, "displaced")
        )
        # people seized, not things: "40 rifles were seized", "17 pistols, ..., seized in raids"; people
        # rounded up, swept away, not returned (session 16)
        and (
            _PEOPLE_ONLY.fullmatch(trig) is None
            or _people_counted(sentence, before[-1])
            or (trig.lower() == "seized" and _SEIZED_BARE.match(sentence, before[-1].end) is not None)
        )
        # "a family of five lives here": the verb "lives", not five lives lost
        and not (trig.lower() == "lives" and _ends(_FAMILY_OF, sentence, before[-1].start))
        # "dozens of terrorists were neutralised", not "two devices were neutralised"
        and (
            not re.fullmatch(r"neutrali[sz]\w*|eliminat\w*|annihilat\w*|liquidat\w*", trig, re.I)
            or _PEOPLE_AFTER.match(sentence, before[-1].end)
            # "the raiders ... said four of them were neutralised": the people named before (session 16)
            or (
                re.match(r"\s+of\s+them\b", sentence[before[-1].end :]) is not None
                and _PEOPLE_AFTER.search(sentence, 0, before[-1].start) is not None
                and _them_are_people(sentence, before[-1], qs)
            )
        )
        # people riddled with bullets, not "two vehicles"
        and (not riddled or _PEOPLE_AFTER.match(sentence, before[-1].end))
        # people held by a force, not "three rounds of talks were held"
        and (
            not held_passive
            or _PEOPLE_AFTER.match(sentence, before[-1].end)
            or _OF_THOSE_GAP.fullmatch(sentence, before[-1].end, m.start())
        )
    ):
        # (a number right after an active verb is that verb's object: "killed three insurgents and
        # seized 650 kilograms" detains no one)
        q = before[-1]
        gap = sentence[q.end : m.start()] if place_gap is None else place_gap
        fr = _FLED_RELATIVE.fullmatch(gap) if _FLEE.fullmatch(trig) else None
        if (
            fr is not None
            and not _ANY_OUTCOME.search(_FLEE.sub(" ", sentence[m.end() :]))
            and not _RETURNED.search(sentence, m.end())
        ):
            # "shelters about 4,500 people who fled earlier clashes": the people counted are the
            # relative's subject (session 13); not when another outcome word follows ("12 children who
            # fled the fighting were killed": the killing counts them)
            gap = gap[: fr.start(2)]
        if _ends(_ONE_OF_HEAD, sentence, q.start) and not _open_relative(gap):
            return best  # "ONE OF THE 12 SOLDIERS DIED": the verb counts the one, never the 12 (``_singular``)
        part = _PART_OF_COUNTED.match(sentence, q.end) if q.vague or q.phrase.lower() == "one" else None
        if part is not None and (
            (q.vague and (m.start() < part.end() or trig.lower().endswith("condition")))
            or (q.phrase.lower() == "one" and re.search(r"\bnot\s+$", sentence[: q.start], re.I))
        ):
            # "several of the wounded were in critical condition", "dozens of those killed were
            # civilians", "Not one of the dead carried a weapon": a part of a group already
            # counted (or none of it) says who they were, and is no new figure
            return best
        if re.fullmatch(r"hostages|prisoners|detainees", trig, re.I) and _PARTITIVE_GAP.fullmatch(gap):
            return best  # "four of the hostages": a part of the hostages, no count of those taken
        if (
            m.re is OUTCOME_RE["detained"]
            and _OF_THOSE_GAP.fullmatch(gap)
            and (vm := _PART_VERB_NEXT.match(sentence, m.end())) is not None
            and _ANY_OUTCOME.match(sentence, vm.end()) is not None
            and not m.re.match(sentence, vm.end())
        ):
            return best  # "nine of those arrested have not been seen since": the part another verb counts (session 17)
        if (
            _the_dead(trig)
            and _PART_THEN_DIED.match(sentence, m.end())
            and re.fullmatch(r"\s+of\s+(?:the|those)\s+", gap, re.I)
        ):
            return best  # "two of the injured had died in hospital": deaths, not more wounded
        pc = _PARTITIVE_CAPTIVES.match(gap) or (_PARTITIVE_HURT.match(gap) if _DEATH_VERB.fullmatch(trig) else None)
        if pc is not None:
            gap = " x" + gap[pc.end() :]  # "four of the hostages were killed": the verb counts the part
        elif (ch := _CAPTIVES_COUNTED.match(gap)) is not None and not _WEAK_DETAINED.fullmatch(trig):
            gap = " x" + gap[ch.end() :]  # "15 prisoners died in the fire": the verb counts the captives
        aside = _sub_aside(sentence[: m.start()], q, before)
        if aside is not None:
            q, gap = aside  # "THREE AID WORKERS -- TWO OF THEM WOMEN -- WERE KILLED": three
        if (
            _TOLL_BEFORE_TRIG.fullmatch(trig)
            and _ends(_TOLL_RAISED_TO, sentence, q.start)
            and _TOLL_RAISED_GAP.fullmatch(gap)
        ):
            return (len(gap), q)  # "officials raised to 52 the death toll", "bringing to 12 the number of dead"
        # things are in critical condition too ("two bridges"): people or a bare count only
        condition_thing = (
            trig.lower().endswith("condition")
            and _PEOPLE_AFTER.match(sentence, q.end) is None
            and not re.fullmatch(
                r"(?:\s+of\s+(?:the|them|those)\b[^,;:]{0,30}?)?\s+(?:are|were|remain|remained)\s+", gap, re.I
            )
        )
        # "five of those deaths": the number counts the deeds themselves
        if not condition_thing and _before_gap_ok(gap) and (not nominal_object or re.fullmatch(r"\s+of\s+\w+\s+", gap)):
            score = len(gap) + 5
            if best is None or score < best[0]:
                best = (score, q)
    # negation: "no civilians were injured", "NO ONE WAS HURT"
    head = sentence[max(0, m.start() - 60) : m.start()]
    nm = _NEG.search(head)
    if nm:
        off = max(0, m.start() - 60) + nm.start(1)
        zq = Quantity(0, 0, 0, nm.group(1), off, off + len(nm.group(1)), False)
        score = len(head) - nm.end(1)
        if best is None or score < best[0]:
            best = (score, zq)
    return best


_CONDITION_ONE = re.compile(
    r"\b(an?|one)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)(?:\s*,?\s+who\s+[^,;:]{0,60}?,?)?"
    # "a Kenyan nurse among those injured remains in critical condition" (session 13)
    r"(?:\s+among\s+(?:the|those)\s+(?:wounded|injured|hurt))?\s+"
    r"(?:is|was|remains|remained)\s+$",
    re.I,
)


# "riddled with bullets" said of people is a killing in MUC-4-style wires ("ACRIBILLADOS"),
# unless the sentence tells of survival or care
_RIDDLED_WITH = re.compile(r"riddled\s+with\s+(?:bullets|gunfire|shots)", re.I)
_RIDDLED = re.compile(r"riddled\s+with\s+(?:bullets|gunfire|shots)|machine-?gunned", re.I)
# "machine-gunned" is active too: its people object after it ("MACHINEGUNNED SIX PEASANTS")
_GUNNED = re.compile(r"machine-?gunned", re.I)
_SURVIVED = re.compile(r"\b(?:surviv\w*|wound\w*|injur\w*|hospital\w*|alive|recover\w*|treated)\b", re.I)
_RIDDLED_ONE = re.compile(r"\b(an?|one)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\s+(?:was|had\s+been)\s+$", re.I)
_CAME_THROUGH = re.compile(r"(?:survived|escaped|emerged)\s", re.I)
_CAME_THROUGH_ONE = re.compile(
    r"(?:\b(an?|one)|\b(the|his|her|their|its))\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\s+(?:(?:\w+ly|also)\s+)?$", re.I
)
_GUNNED_ONE = re.compile(r"\s+(an?)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\b", re.I)
# what makes a lost relative a death in violence: the sentence names an attack or a killing
_ATTACK_CONTEXT = re.compile(
    r"\b(?:attack|strike|airstrike|air\s+strike|shell|shelling|bomb|bombing|blast|explosion|raid|shooting|"
    r"shot|gunfire|gunmen|massacre|ambush|fighting|clashes|violence|drone|missile|rocket|mortar|"
    r"kill(?:ed|ing|ings)?|murder(?:ed)?)s?\b",
    re.I,
)
_LOST_RELATIVE = re.compile(r"\s+(?:his|her|their|my|our)\s+(?:([\w'-]+)\s+)?(" + _RELATIVES + r")\b", re.I)
_ONE_RELATIVE = re.compile(
    r"brother|sister|son|daughter|husband|wife|father|mother|child|cousin|nephew|niece|uncle|aunt|"
    r"grandson|granddaughter|grandchild|grandfather|grandmother|sibling|twin|baby|relative",
    re.I,
)


_RELATIVE_ADJ = re.compile(
    r"elder|older|younger|eldest|oldest|youngest|only|little|baby|teenage|infant|[\w-]+-year-old", re.I
)


def _lost_relative(sentence: str, m: re.Match[str]) -> Quantity | None:
    """One relative killed: "lost her brother in the attack", only where the sentence names an
    attack or a killing ("lost his father to cancer" is none); the phrase is the relative noun.
    A number after the possessive is read as a number ("lost her two sons": 2, not here)."""
    rm = _LOST_RELATIVE.match(sentence, m.end())
    if rm is None or _ONE_RELATIVE.fullmatch(rm.group(2)) is None or _ATTACK_CONTEXT.search(sentence) is None:
        return None
    if rm.group(1) is not None and not _RELATIVE_ADJ.fullmatch(rm.group(1)):
        return None
    return Quantity(1, 1, 1, rm.group(2), rm.start(2), rm.end(2), False)


# one person among a group of casualties: "a sergeant was among the dead", "an aid worker is also
# among those killed", inverted "Among the wounded was a nurse" (a singular person noun only)
_AMONG_ONE_BEFORE = re.compile(
    r"\b(an?)\s+((?:(?!(?:an?|one|said|says|told|that|who|and|or)\b)[\w'-]+\s+){0,5}?)(?:was|is)\s+"
    r"(?:(?:also|reportedly)\s+)?among\s+(?:the|those)\s+$",
    re.I,
)
# roles that the general person-noun test leaves out, and ordinals it lets in ("a third was among")
_AMONG_EXTRA = frozenset(
    {"corporal", "private", "medic", "paramedic", "cadet", "conscript", "imam", "cleric", "pupil", "toddler", "refugee"}
    | {"midwife", "neighbour", "neighbor"}
)
_AMONG_NOT = frozenset({"other", "second", "third", "member"})


def _among_person(np_words: list[str]) -> bool:
    """Whether the words after "a"/"an" name one person: the head noun (before "of": "a member
    of the family") is a singular person noun."""
    if "of" in np_words[1:]:
        np_words = np_words[: np_words.index("of", 1)]
    if not np_words:
        return False
    w = np_words[-1]
    return w in _AMONG_EXTRA or (w not in _AMONG_NOT and _is_one_noun(w)) or (w == "member" and len(np_words) == 1)


# "the dead included a local imam": "a" and a singular person noun after "the dead include(d)"
_INCLUDED_ONE = re.compile(
    r"\s+(?:also\s+)?(?:included|include|includes)\s+(an?)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\b", re.I
)
_AMONG_HEAD = re.compile(r"\bamong\s+(?:the|those)\s+$", re.I)
# the longer subjects of one person "among the dead" (session 11): a possessive and a singular
# person noun ("his cousin", "her younger brother"), an apposition between commas after the
# subject ("his cousin, another driver,"), a place or unit after the head noun ("a commander in
# the elite force"), a relative clause with no outcome word ("a boy who sold fruit beside the
# mosque"), and a hedged verb ("was believed to be among the dead")
_AMONG_ONE_VERB = (
    r"(?:was|is)\s+(?:(?:also|reportedly|now)\s+)?(?:(?:believed|thought|feared|said|reported|understood|"
    r"confirmed|known)\s+to\s+(?:be|have\s+been)\s+(?:(?:also)\s+)?)?"
)
_AMONG_ONE_LONG = re.compile(
    r"\b(?:(?P<a>an?)\s+(?P<np>(?:(?!(?:an?|one|said|says|told|that|who|whose|and|or|was|is)\b)[\w'-]+\s+){0,3}?)"
    r"(?P<head>[\w'-]+)|(?P<pos>(?:his|her|their|my|our|its)\s+(?:(?:younger|elder|older|eldest|youngest|"
    r"\d{1,2}-year-old|[\w]+-year-old)\s+)?(?P<kin>[\w'-]+)))"
    r"(?P<post>\s+(?:in|of|from|with|at)\s+(?:(?!(?:who|that|was|is|and|or|said)\b)[\w'’.-]+\s+){0,5}?"
    r"(?:(?!(?:who|that|was|is|and|or|said)\b)[\w'’.-]+))?"
    r"(?P<aside>\s*,\s+(?:an?|another|the|also)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*,)?"
    r"(?P<rel>\s+(?:who|whose)\s+(?:(?!(?:was|is|were|are|said|says|told|and)\b)[\w'’-]+\s+){1,11}?"
    r"(?!(?:was|is|were|are|said|says|told|and)\b)[\w'’-]+)?"
    r"\s+" + _AMONG_ONE_VERB + r"among\s+(?:the|those)\s+$",
    re.I,
)
_AMONG_ONE_AFTER = re.compile(
    r"(?:\s+(?:in|during|on|at|by|near)\s+[^,;:]{1,50}?)?\s*,?\s+(?:was|is)\s+(?:(?:also|reportedly|allegedly)\s+)?(an?)\s+"
    r"([\w'-]+(?:\s+[\w'-]+){0,2})",
    re.I,
)


def _among_one_long(lm: re.Match[str]) -> bool:
    """Whether a ``_AMONG_ONE_LONG`` subject is one person: its head noun a singular person noun,
    no outcome word in its relative clause or apposition (its own figure, if any), and the
    apposition naming one person too ("his cousin, another driver,")."""
    if lm.group("rel") and _ANY_OUTCOME.search(lm.group("rel")):
        return False
    aside = lm.group("aside")
    if aside and (_ANY_OUTCOME.search(aside) or re.search(r"\d|\b(?:and|or)\b", aside, re.I)):
        return False
    if aside and not _among_person(re.findall(r"[\w'-]+", aside.lower())[1:] or [""]):
        return False
    if lm.group("a"):
        words = [*lm.group("np").lower().split(), lm.group("head").lower()]
        return _among_person(words)
    kin = lm.group("kin").lower()
    return kin not in _AMONG_NOT and (kin in _AMONG_EXTRA or _is_one_noun(kin))


def _among_one(sentence: str, m: re.Match[str]) -> Quantity | None:
    """One person "among the dead" (``_AMONG_ONE_BEFORE``, ``_AMONG_ONE_AFTER``): the outcome word
    stands for the people it befell ("the dead", "those killed"), and "a"/"an" with a singular
    person noun is one of them."""
    trig = m.group()
    if not (_the_dead(trig) or _the_dead(trig + "|")):
        return None
    head = sentence[: m.start()]
    bm = _AMONG_ONE_BEFORE.search(head)
    if bm is not None and _among_person(bm.group(2).lower().split()) and not re.search(r"[,;:]", bm.group()):
        return Quantity(1, 1, 1, bm.group(1), bm.start(1), bm.end(1), False)
    lm = _AMONG_ONE_LONG.search(head)
    if lm is not None and _among_one_long(lm):
        if lm.group("a"):
            return Quantity(1, 1, 1, lm.group("a"), lm.start("a"), lm.end("a"), False)
        return Quantity(1, 1, 1, lm.group("pos"), lm.start("pos"), lm.end("pos"), False)
    if _AMONG_HEAD.search(head):
        am = _AMONG_ONE_AFTER.match(sentence, m.end())
        if am is None:
            return None
        words = am.group(2).lower().split()
        noun = next((i for i, w in enumerate(words) if _among_person([w])), None)
        if noun is None:
            return None
        nxt = (words[noun + 1 :] or re.findall(r"[\w'-]+", sentence[am.end(2) : am.end(2) + 12].lower())[:1] or [""])[0]
        if nxt not in ("and", "or"):  # "a woman and her two children": a list, not one person
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
    return None


# a word of one noun phrase opened by "a"/"an"/"one": no other article, clause word or reporting verb
_ONE_NP_WORD = (
    r"(?!(?:an?|one|said|says|say|told|tells|reported|reports|added|stated|claimed|announced|confirmed|"
    r"that|and|or|but)\b)"
)


# "I AM A DEAD MAN", "he is a dead man": a present copula before "a dead <noun>" makes it a
# predicate of someone alive (a figure of speech), no death
_COPULA_NOW = re.compile(r"(?:\b(?:am|is|are)|['’](?:m|re|s))\s+(?:(?:\w+ly|already|now)\s+)?an?\s+$", re.I)
# "ONE OF THE WOUNDED, A TEACHER, LATER DIED": the one is a death; the group word names whom he was
# one of (its own figure as written), no second figure of one
# a part of the wounded (missing, held) who then died: "two of the injured had died in hospital",
# "three of the wounded later died": the verb counts the part as killed, the outcome word before
# it counts nobody new
_PART_THEN_DIED = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:(?:later|subsequently|since|also|then|eventually|afterwards)\s+)?"
    r"(?:died|succumbed|(?:been|were)\s+killed)\b",
    re.I,
)
_PARTITIVE_HURT = re.compile(
    r"^\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt|missing)"
    # the one named or described in an apposition, one or two parts (session 11): "one of the
    # wounded, Sergeant A. B. Smith, of Ohio, died"
    r"(?:\s*,(?:\s+(?!(?:said|says|told|and|who|which|that)\b)[\w'’.-]+){1,6}\s*"
    r"(?:,(?:\s+(?!(?:said|says|told|and|who|which|that)\b)[\w'’.-]+){1,4}\s*)?,)?"
    r"(?=\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?(?:(?:later|subsequently|since|also|then|eventually|afterwards)\s+)?$)",
    re.I,
)
_PART_DIED = re.compile(
    r"\bof\s+(?:the|those)\s+(?:wounded|injured|hurt|missing)" + _PART_THEN_DIED.pattern, re.I
)
_DEATH_VERB = re.compile(r"died|succumbed|killed", re.I)
_ONE_OF_THEN_DIED = re.compile(
    r"one\s+of\s+(?:the|those|them)\b(?:\s+[\w'-]+){0,3}?(?:\s*,[^,;:]{2,60},)?\s+"
    r"(?:(?:later|subsequently|also|then|eventually|afterwards)\s+)?(?:died|dies|lost\s+(?:his|her)\s+life|succumbed)\b",
    re.I,
)
_ONE_OF_DIED = re.compile(
    r"(?:^|[,;:]\s*|\s--\s+|\b(?:and|that|when|but)\s+)(one)\s+of\s+(?:the|those|them)\b(?:\s+[\w'-]+){0,3}?"
    # a relative clause on the group ("ONE OF THE 12 PEOPLE WHO WERE INJURED, DIED")
    r"(?:\s+(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+[^,;:]{2,50}?(?:,|(?=\s)))?"
    r"(?:\s*,(?P<app>[^,;:]{2,60}),)?\s+(?:(?:later|subsequently|also|then|eventually|afterwards)\s+)?"
    r"(?:died|dies|lost\s+(?:his|her)\s+life|fell\s+(?:\w+ly\s+)?in\s+(?:combat|action|battle))\s*$",
    re.I,
)


_ONE_WHO_DIED = re.compile(
    r"\b(an?|one)\s+(?:" + _ONE_NP_WORD + r"[\w'-]+\s+){0,3}?([\w'-]+)\s+(?:who|that)\s+"
    r"(?P<rel>(?:(?!(?:said|says|told|reported|claimed|and|but|while|when|after|before|who|that|which)\b)[\w'’.-]+\s+){2,20}?)"
    r"(?:(?:later|subsequently|then|eventually|afterwards)\s+)?(?:died|dies|lost\s+(?:his|her)\s+life|fell\s+(?:\w+ly\s+)?in\s+(?:combat|action|battle))\s*$",
    re.I,
)


# "a tailor who rented the back room was believed to be missing", "a woman was thought to be
# missing": one person by "a"/"an", an optional relative clause (its own verb may open with an
# auxiliary: "who was driving the car"), then the clause's auxiliary, optionally hedged, right
# before the outcome word (session 11)
_ONE_WHO_WAS = re.compile(
    r"\b(an?)\s+(?:" + _ONE_NP_WORD + r"[\w'-]+\s+){0,3}?([\w'-]+)\s*"
    r"(?P<aside>,\s+(?:an?|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*)?"
    r"(?:(?:who|that)\s+(?P<rel>(?:(?:was|is|had|has)\s+)?(?:(?!(?:said|says|told|reported|claimed|and|but|"
    r"while|when|after|before|who|that|which|was|were|is|are|had|has|have)\b)[\w'’.-]+\s+){1,14}?))?"
    r"(?:was|is|has\s+been|had\s+been|remains|remained)\s+(?:(?:\w+ly|also|still)\s+){0,2}"
    r"(?P<hedge>(?:believed|thought|feared|said|reported|presumed|understood)\s+to\s+(?:be|have\s+been)\s+"
    r"(?:(?:\w+ly|also|still)\s+){0,2})?$",
    re.I,
)


# ---- one person with a longer subject (figure recall, session 15) -------------------------------
# "a 30-year-old cook, Ali Musa, was being treated for stab wounds", "a bus driver waiting at the
# checkpoint had also been killed", "a 20-year-old cook, Ali Musa, who had been hired to feed the
# troops, was also killed", "A 10-year-old girl brought in on Friday died overnight": "a"/"an" and a
# singular person noun, then a name in apposition (an age after it), a relative clause closed by a
# comma, or a participle clause ("waiting at ...", "brought in on ..."), then the verb
_LONG_ONE_HEAD = (
    r"\b(an?)\s+(?:" + _ONE_NP_WORD + r"[\w'-]+\s+){0,3}?([\w'-]+)"
    r"(?P<name>\s*,\s*(?:(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}(?:\s*,\s*(?:aged\s+)?\d{1,2})?"
    # (session 18) an age or one person's description in apposition: "a second man, aged 22,", "a
    # fourth victim, a protester,"
    r"|aged\s+\d{1,2}|(?P<desc>an?\s+(?:[\w'-]+\s+){0,2}?[\w'-]+))\s*,)?"
    r"(?P<rel>\s*,?\s*who\s+(?:(?!(?:said|says|told|and|but|while|who|that|which)\b)[\w'’.-]+\s+){1,14}?"
    r"[\w'’.-]+\s*,|\s+(?:[a-z]{3,}ing|brought|taken|caught|found|hired|sent)\s+"
    r"(?:(?!(?:said|says|told|and|but|who|that|which|was|were|is|are|had|has|have)\b)[\w'’-]+\s+){0,6}?)?"
)
_LONG_ONE = re.compile(
    _LONG_ONE_HEAD + r"\s*(?:was|has\s+(?:(?:also|since|now)\s+)?been|had\s+(?:(?:also|since|now)\s+)?been)\s+"
    r"(?:(?:\w+ly|also|still|later)\s+){0,2}(?:being\s+treated\s+for\s+(?:[\w-]+\s+){0,2}|" + _CHAIN + r")$",
    re.I,
)
_LONG_ONE_DIED = re.compile(
    _LONG_ONE_HEAD + r"\s*(?:(?:has|had)\s+)?(?:(?:later|also|then|subsequently|since)\s+)?$", re.I
)


def _long_one(head: str, died: bool) -> Quantity | None:
    """One person before the outcome word with a longer subject (``_LONG_ONE``; "died" after it:
    ``_LONG_ONE_DIED``): a singular person noun, no number or outcome word in the clause between."""
    am = (_LONG_ONE_DIED if died else _LONG_ONE).search(head)
    if am is None:
        return None
    noun = am.group(2).lower()
    between = (am.group("rel") or "") + (am.group("name") or "")
    if not _is_one_noun(noun) or noun in _AMONG_NOT or _ANY_OUTCOME.search(between):
        return None
    if _scan(am.group("rel") or ""):
        return None
    desc = am.group("desc")
    if desc is not None and not _among_person(re.findall(r"[\w'-]+", desc.lower())[1:] or [""]):
        return None  # "a man, a truck driver," is one person; "a car, a white van," is none
    return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)


def _one_who_was(head: str) -> Quantity | None:
    """One person before a (hedged) verb of being and the outcome word (``_ONE_WHO_WAS``): a
    singular person noun (an apposition, a relative clause or a hedge between), no number,
    outcome word or clause break in its relative clause, the apposition one person too."""
    am = _ONE_WHO_WAS.search(head)
    if am is None or not (am.group("aside") or am.group("rel") or am.group("hedge")):
        return None
    noun, rel, aside = am.group(2).lower(), am.group("rel") or "", am.group("aside") or ""
    if not _is_one_noun(noun) or noun in _AMONG_NOT or _scan(rel) or _ANY_OUTCOME.search(rel + aside):
        return None
    if aside and not _among_person(re.findall(r"[\w'-]+", aside.lower())[1:] or [""]):
        return None
    if re.search(r"[,;:]", head[am.start() :].replace(aside, " ")):
        return None
    return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)


_HOUSE_ARREST_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+)\s+"
    r"(?:has\s+been|had\s+been|have\s+been|was|is|remains|remained)\s+(?:(?:\w+ly|also|still)\s+)?$"
)


_PROGRESSIVE_AUX = re.compile(r"\b(?:was|were|is|are)\s+$", re.I)
#: the missing told as out of touch ("heard from", "seen since"; ``OUTCOME_PATTERNS["missing"]``)
_OUT_OF_TOUCH = re.compile(r"(?:heard|seen)\b", re.I)
#: "a"/"an" and up to three words ending in a noun right after a verb ("eliminated a commander",
#: "was treating a porter")
_A_ONE_AFTER = re.compile(r"\s+(an?)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\b", re.I)


def _singular(sentence: str, pat: re.Pattern[str]) -> Quantity | None:
    for m in pat.finditer(sentence):
        if _HIT_BY.match(m.group()):
            # "a porter was struck by shrapnel": one person by "a"/"one" and a person noun only (session 16)
            hm = _HIT_ONE.search(sentence, 0, m.start())
            if hm is not None and _is_one_noun(hm.group(2).lower()) and not re.search(r"[,;:]", hm.group()):
                return Quantity(1, 1, 1, hm.group(1), hm.start(1), hm.end(1), False)
            continue
        if _RIDDLED.fullmatch(m.group()):
            # one person only by "a"/"an"/"one" and a person noun ("a vendor was riddled with
            # bullets", "A JUDGE WAS MACHINEGUNNED", "MACHINE-GUNNED A POLICEMAN"); a car, a house or
            # a name alone is no count here
            rm = _RIDDLED_ONE.search(sentence, 0, m.start())
            if rm is None and _GUNNED.fullmatch(m.group()):
                rm = _GUNNED_ONE.match(sentence, m.end())
            if rm is not None and _is_one_noun(rm.group(2).lower()) and not _SURVIVED.search(sentence):
                return Quantity(1, 1, 1, rm.group(1), rm.start(1), rm.end(1), False)
            continue
        if m.group().lower() == "lost":
            lost = _lost_relative(sentence, m)
            if lost is not None:
                return lost
            continue
        if re.fullmatch(r"neutrali[sz]\w*|eliminat\w*|annihilat\w*|liquidat\w*", m.group(), re.I):
            # "eliminated a commander of the militia": "a"/"an" and a singular person noun after the verb
            em = _A_ONE_AFTER.match(sentence, m.end())
            if (
                em is not None
                and _is_one_noun(em.group(2).lower())
                and em.group(2).lower() not in _AMONG_NOT
                and not _ELIMINATED_FROM.match(sentence, em.end())
            ):
                return Quantity(1, 1, 1, em.group(1), em.start(1), em.end(1), False)
            continue  # one who was "neutralised" is no count otherwise: devices and threats are neutralised too
        if _FLEE.fullmatch(m.group()):
            continue  # one who fled is no count
        head = sentence[: m.start()]
        trig_low = m.group().lower()
        if trig_low.endswith("ing") and trig_low in _OBJECT_VERBS and _PROGRESSIVE_AUX.search(head):
            # "the clinic was treating a porter for burns": a progressive active verb, its subject the
            # doer; only its object is counted (session 17)
            obj = _people_object(sentence, m)
            if obj is not None:
                return obj
            am = _A_ONE_AFTER.match(sentence, m.end())
            if am is not None and _is_one_noun(am.group(2).lower()):
                return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
            continue
        if m.group().lower().endswith("condition"):
            # "an 8-year-old girl who was hit by a stray bullet is in serious condition": one person
            # (a singular person noun, a relative clause between); a bridge in critical condition is none
            cm = _CONDITION_ONE.search(head)
            if cm is not None and _is_one_noun(cm.group(2).lower()):
                return Quantity(1, 1, 1, cm.group(1), cm.start(1), cm.end(1), False)
            continue
        among = _among_one(sentence, m)
        if among is not None:
            return among
        if _ends(_THE_DEAD, sentence, m.start()) and _the_dead(m.group()):
            # "the dead included a local imam": one person the dead include (session 13)
            im = _INCLUDED_ONE.match(sentence, m.end())
            if im is not None and _is_one_noun(im.group(2).lower()) and im.group(2).lower() not in _AMONG_NOT:
                return Quantity(1, 1, 1, im.group(1), im.start(1), im.end(1), False)
        if _CAME_THROUGH.match(m.group()):
            # "A POLICEMAN ESCAPED WITH MINOR INJURIES", "the driver survived with burns": the one
            # person before the verb (a singular person noun, "a"/"one" or "the"/a possessive; the
            # phrase is the article, else the noun)
            sm = _CAME_THROUGH_ONE.search(head)
            if sm is not None and _is_one_noun(sm.group(3).lower()):
                g = 1 if sm.group(1) else 3
                return Quantity(1, 1, 1, sm.group(g), sm.start(g), sm.end(g), False)
            continue
        # the article opens the victim's own noun phrase: no other article, clause word or reporting
        # verb between ("A rights group said a teacher was killed": "a teacher", never the source's "A")
        am = re.search(
            r"\b(an?|one)\s+(?:"
            + _ONE_NP_WORD
            + r"[\w'-]+\s+){0,5}?(?:was|has\s+been|had\s+been|is|remains|remained)\s+"
            r"(?:(?:\w+ly|also|still)\s+){0,2}(" + _CHAIN + ")$",
            head,
            re.I,
        )
        if am and not re.search(r"[,;:]", head[am.start() : am.start(2)]):
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
        one = _one_who_was(head)
        if one is not None:
            return one
        # (figure recall, session 15) a longer subject: a name in apposition, a participle clause,
        # "had also been", "was being treated for ... wounds"
        one = _long_one(head, _DIED.fullmatch(m.group()) is not None)
        if one is not None:
            return one
        am = re.search(
            r"\b(an?|one)\s+(?:"
            + _ONE_NP_WORD
            + r"[\w'-]+\s+){1,3}?(?:died|dies|lost\s+(?:his|her)\s+life|"
            r"fell\s+(?:\w+ly\s+)?in\s+(?:combat|action|battle))\s*$",
            head + m.group() if _DIED.fullmatch(m.group()) else "",
            re.I,
        )
        if am:
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
        # "a policeman who was shot on Monday died in hospital": one person, a relative clause between
        # (no number, reporting verb or clause of its own in it)
        am = _ONE_WHO_DIED.search(head + m.group()) if _DIED.fullmatch(m.group()) else None
        if am and _is_one_noun(am.group(2).lower()) and not _scan(am.group("rel")):
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
        # "ONE OF THE WOUNDED, A 40-YEAR-OLD TEACHER, LATER DIED": one of a group, an apposition
        # between commas, then "died" (the apposition names the one person; no outcome word in it)
        am = _ONE_OF_DIED.search(head + m.group()) if _DIED.fullmatch(m.group()) else None
        if am and not _ANY_OUTCOME.search(am.group("app") or ""):
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
        if m.group().lower().endswith("house arrest"):
            # "Opposition leader Tarin Ojok has been under house arrest since May": a named person
            # (capitalised words right before the auxiliary) held at home is one detained (session 13, fa2)
            hm = _HOUSE_ARREST_NAME.search(head)
            if hm is not None:
                return Quantity(1, 1, 1, hm.group(1), hm.start(1), hm.end(1), False)
        tail = sentence[m.end() :]
        if m.group().lower() in (
            "killing",
            "killed",
            "wounding",
            "injuring",
            "kidnapping",
            "kidnapped",
            "abducting",
            "abducted",
            "detaining",
            "arresting",
            "arrested",
            "detained",
            "wounded",
            "injured",
        ) or re.fullmatch(r"(?:shot|stabbed|hacked|beaten)\s+(?:dead|to\s+death)|gunned\s+down", m.group(), re.I):
            # "shot dead an elderly man"; "detained a commander of the brigade" (a person noun before
            # "of" is one person; "a number of", "a group of" are none)
            tm = re.match(r"\s+(an?)\s+(?!number\b|total\b|few\b|couple\b)([\w'-]+)", tail, re.I)
            of = re.match(r"\s+an?\s+[\w'-]+\s+of\b", tail, re.I)
            if tm and (
                not of
                or (
                    _is_one_noun(tm.group(2).lower())
                    and tm.group(2).lower() not in ("number", "total", "handful", "lot", "series", "dozen", "score")
                )
            ):
                off = m.end() + tm.start(1)
                return Quantity(1, 1, 1, tm.group(1), off, off + len(tm.group(1)), False)
        if m.group().lower() in ("beat", "beating"):
            # "settlers beat an elderly man": "a"/"an" and a singular person noun after the verb (not
            # "beat a drum"; session 11)
            bm = re.match(
                r"\s+(an?)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)(?=\s*(?:[,.;:)]|$|\s+(?:and|in|at|on|with|who|near|"
                r"outside|after|before|from|during|while|as|until)\b))",
                tail,
                re.I,
            )
            if bm is not None and _is_one_noun(bm.group(2).lower()) and bm.group(2).lower() not in _AMONG_NOT:
                off = m.end() + bm.start(1)
                return Quantity(1, 1, 1, bm.group(1), off, off + len(bm.group(1)), False)
            continue
        am = re.search(r"\b(another)\s+(?:[\w'-]+\s+){0,2}?$", head, re.I)
        if am:
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
        deeds = _deed_people(sentence, m, tail)
        if deeds is not None:
            return deeds  # "the wounding of a Bolivian nurse and a Red Cross driver": two
        if re.fullmatch(
            r"death|murder|assassination|killing|execution|kidnapping|abduction|"
            r"arrest|detention|body|corpse|life|injury|injuries|wounds?",
            m.group(),
            re.I,
        ):
            # "the death of a policeman", "the body of a woman": one
            om = re.match(r"\s+(?:of|to)\s+(an?|one)\s+(?!number\b|total\b|few\b|couple\b|series\b)[\w'-]+", tail, re.I)
            if om and not re.match(r"\s+of\s+an?\s+[\w'-]+\s+of\b", tail, re.I):
                off = m.end() + om.start(1)
                return Quantity(1, 1, 1, om.group(1), off, off + len(om.group(1)), False)
            nm = re.match(
                # a date between the deed and its victim: "the murder on 15 September of X",
                # "the killing last Tuesday of X"
                r"(?:\s+(?:on|ON|last|LAST)\s+(?:\d{1,2}\s+)?[A-Za-z]+(?:\s+\d{1,2})?)?"
                r"\s+(?:of|OF)\s+(?!(?:the|a|an|some|many|all|his|her|their|its|these|those|"
                r"people|persons|civilians|\d)\b)(?:[A-Z][\w'.-]*\s*){1,5}",
                tail,
                re.I if sentence.isupper() else 0,
            )
            if nm and not (sentence.isupper() and _PLURAL_TAIL.match(tail)):
                return Quantity(1, 1, 1, m.group(), m.start(), m.end(), False)
            # "the death of the priest", "the murder of the mayor and his driver" (two)
            # (deaths only: "the kidnapping of the engineer" stays unread, as test_evidence_quantities pins it)
            dm = re.match(r"\s+of\s+", tail, re.I) if _KILLED_DEED.fullmatch(m.group()) else None
            found = _count_people(tail[dm.end() :], sentence.isupper()) if dm else None
            if found is not None:
                n = found[0]
                return Quantity(n, n, n, m.group(), m.start(), m.end(), False)
            # "the judge's murder", "Perez' assassination": a singular possessor
            pm2 = _POSSESSOR.search(head)
            if pm2 is not None and _one_person(pm2.group(1), sentence.isupper()):
                return Quantity(1, 1, 1, m.group(), m.start(), m.end(), False)
        # an outcome participle before the person it happened to: "the murdered priest", "the
        # slain judge", "the wounded guard"
        if (
            re.search(r"\b(?:the|a|an|his|her|their|its)\s+$", head, re.I)
            and m.group().lower() in _ATTRIB_PARTICIPLES
            and not _COPULA_NOW.search(head)
        ):
            # (a word between must be a modifier: "the dead were Colonel X" is no "the dead colonel")
            two = re.match(r"\s+([\w'-]+)\s+([\w'-]+)\b", tail)
            if two is not None and two.group(1).lower() in _NOT_A_NAME:
                two = None
            for am2 in (re.match(r"\s+([\w'-]+)\b", tail), two):
                if am2 and _is_one_noun(am2.group(1).lower()):
                    off = m.end() + am2.start(1)
                    return Quantity(1, 1, 1, am2.group(1), off, off + len(am2.group(1)), False)
        # active verb + a singular role noun or (in mixed-case text) a name: "forces killed
        # Taliban leader Wali", "the strike killed Rostum and his associate" (two)
        pm = re.fullmatch(r"\w+\s+(him|her)\s+to\s+death", m.group(), re.I)
        if pm:  # "shot him to death"
            return Quantity(1, 1, 1, pm.group(1), m.start() + pm.start(1), m.start() + pm.end(1), False)
        if m.group().lower() == "body" and re.search(r"\b(?:his|her)\s+$", head, re.I):
            return Quantity(1, 1, 1, m.group(), m.start(), m.end(), False)  # "his body was found"
        obj = _people_object(sentence, m)
        if obj is not None and obj.low is not None and obj.low >= 2:
            return obj  # a list of people named one by one
        if m.group().lower() in ("killed", "killing", "assassinated", "murdered", "executed") or (
            # "THE REBELS WOUNDED THE MAYOR": an active verb of wounding and "the" role noun (not
            # "the wounded": the participle as a noun)
            m.group().lower() in ("wounded", "wounding", "injured", "injuring")
            and re.match(r"\s+the\s", tail, re.I)
            and not re.search(r"\b(?:the|a|an|were|was|are|is|been|be)\s+$", head, re.I)
        ):
            rm = _ROLE_OBJECT.match(tail)
            if rm:
                off = m.end() + rm.start(1)
                return Quantity(1, 1, 1, rm.group(1), off, off + len(rm.group(1)), False)
            if not sentence.isupper():
                nm2 = _NAME_OBJECT.match(tail)
                if nm2:
                    n = 2 if nm2.group(2) else 1
                    off = m.end() + nm2.start(1)
                    return Quantity(n, n, n, nm2.group(1), off, off + len(nm2.group(1)), False)
        if obj is not None:
            return obj
        subj = _people_subject(sentence, m)
        if subj is not None:
            return subj
        # "was found dead", "was reported dead": the participle names the same one person
        found_dead = r"(?:(?:found|left|reported|discovered|lying)\s+)?" if m.group().lower() == "dead" else ""
        # (session 17) for the missing, "has / had been" is singular too ("the reporter has been missing
        # since May"), and "has not been" for the one out of touch ("her son has not been seen since")
        aux = r"was"
        if m.re is OUTCOME_RE["missing"]:
            aux += r"|(?:has|had)\s+been"
        if _OUT_OF_TOUCH.match(m.group()):
            aux += r"|(?:has|had)\s+(?:not|never)\s+been"
        wm = re.search(r"\b(" + aux + r")\s+(?:(?:\w+ly|also)\s+){0,2}" + _CHAIN + found_dead + "$", head, re.I)
        # towns, bases and weapons are captured and seized too: a bare "was" there names no person
        if (
            wm
            and m.group().lower() not in ("captured", "seized")
            # offices and bases are moved too: "the office was moved to Kabul" names no person
            and not _SHELTERED.match(m.group())
            and not _DROVE_OUT.fullmatch(m.group())
            and not re.search(r"\b(?:number|toll|figure|total)\b[^,]{0,30}$", head, re.I)
        ):
            return Quantity(1, 1, 1, wm.group(1), wm.start(1), wm.end(1), False)
    return None


# Nouns for people, in the plural: a bare plural victim noun with no number ("civilians and
# soldiers were killed", "the murder of the Jesuits") states at least two (the grammar makes
# it more than one); the high stays open. MUC-4's answer keys code the same case as PLURAL.
# nationality nouns (``_text.DEMONYM_ONE`` / ``DEMONYM_MANY``) as regex alternations, longest
# first; one person's noun doubles as the adjective, so it is a noun only where no noun follows
# ("a Kenyan and two Somalis", "a PERUVIAN, WERE"; not "a Kenyan village")
_DEMONYM_MANY_RE = "|".join(w.replace(" ", r"\s+") for w in sorted(DEMONYM_MANY, key=lambda w: (-len(w), w)))
_DEMONYM_ONE_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(DEMONYM_ONE, key=lambda w: (-len(w), w)))
_DEMONYM_ONE_RE = (
    r"(?:"
    + _DEMONYM_ONE_WORDS
    + r")\b(?!['’-])(?!\s+(?!(?:and|or|but|were|was|is|are|had|has|have|who|whose|in|at|on|from|by|among|during|"
    r"near|with|as|also|died|dies|being|been|after|when|while)\b)[a-z])"
)
_PEOPLE_PLURAL = (
    r"people|persons|civilians|soldiers|troops|policemen|policewomen|police\s+officers|officers|guards|"
    r"bodyguards|agents|militants|insurgents|rebels|guerrillas|fighters|gunmen|terrorists|members|leaders|"
    r"priests|jesuits|nuns|clergymen|students|children|women|men|boys|girls|villagers|residents|peasants|"
    r"farmers|workers|journalists|reporters|passengers|pilgrims|worshippers|protesters|demonstrators|"
    r"migrants|tourists|officials|judges|politicians|candidates|activists|missionaries|doctors|nurses|"
    r"teachers|marines|servicemen|personnel|combatants|militiamen|relatives|inhabitants|citizens|"
    r"commanders|miners|unionists|sympathizers|supporters|others|victims|detainees|prisoners|hostages|"
    r"family\s+members|sons|daughters|brothers|sisters|wives|husbands|parents|fathers|mothers|cousins|"
    r"nephews|babies|infants|youths|adults|elders|minors|teenagers|juveniles|adolescents|toddlers|employees|"
    r"crewmen|sailors|survivors|mayors|pastors|operatives|patients|"
    # (session 17) office holders in "-or": "two shift supervisors", "three inspectors"
    r"supervisors|inspectors|directors|operators|investigators|instructors|editors|senators|governors|"
    r"councillors|councilors|professors|"
    r"monks|novices|seminarians|catechists|clerks|cooks|herders|shepherds|fishermen|bystanders|"
    r"[a-z]{3,}(?:ians|eans)|israelis|iraqis|pakistanis|somalis|yemenis|saudis|afghans|"
    r"americans|mexicans|colombians|salvadorans|guatemalans|hondurans|nicaraguans|peruvians|"
    # more words for people in modern reports (issue 18): "Seven pupils, including three girls"
    r"pupils|schoolchildren|schoolboys|schoolgirls|recruits|cadets|conscripts|comrades|jihadists|"
    r"privates|sergeants|corporals|lieutenants|captains|colonels|"
    r"peacekeepers|medics|paramedics|volunteers|settlers|tribesmen|pirates|bandits|assailants|criminals|"
    r"suspects|[a-z]{3,}smen|"
    # people named by their status abroad: "including six Syrian nationals"
    # and nationality nouns from the one demonym table: "two Kenyans", "three Britons", "Frenchmen"
    r"nationals|foreigners|expatriates|refugees|seafarers|crew\s+members|" + _DEMONYM_MANY_RE
)
_PERSON_SINGULAR = (
    r"person|man|woman|child|boy|girl|civilian|soldier|officer|policeman|guard|protester|demonstrator|resident|"
    r"villager|farmer|student|worker|migrant|patient|fighter|journalist|passenger"
)
# An outcome word used as an adjective before a people noun ("displaced families", "wounded
# soldiers"): it does not end the clause between a number and its verb.
_ATTRIBUTIVE = re.compile(
    r"\s+(displaced|wounded|injured|missing|detained|kidnapped|abducted|captured)\s+"
    r"(?=(?:[\w'-]+\s+)?(?:" + _PEOPLE_PLURAL + r"|families|" + _PERSON_SINGULAR + r")\b)",
    re.I,
)


#: people of other people, a relative clause about the second, then the first's auxiliary
#: ("brothers of conscripts who had fled abroad were"; ``_before_gap_ok``)
_KIN_OF_WHO = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:" + _PEOPLE_PLURAL + r"|families)\s+of\s+(?:(?:the|those|some)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:" + _PEOPLE_PLURAL + r")\s+(?:who|that)\s+[^,;:.]*?\s(?:were|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?",
    re.I,
)
_KIN_OF_WHO_VERB = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:" + _PEOPLE_PLURAL + r"|families)\s+of\s+(?:(?:the|those|some)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:" + _PEOPLE_PLURAL + r")\s+(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:(?:were|was|are|been)\s+)?(?:\w+ly\s+)?",
    re.I,
)


# a people noun right after a sub-count ("four doctors", "two young children", "one nurse")
# (a label in quotes is still the noun: 17 "terrorists"; "police" counts people after a number)
_PEOPLE_AFTER = re.compile(
    r"\s+[\"'“‘]?(?:[\w'-]+\s+)?[\"'“‘]?(?:"
    + _PEOPLE_PLURAL
    + r"|police|child|woman|man|boy|girl|doctor|nurse|soldier|officer|journalist|[a-z]{3,}(?:ers|ists|ians|ics))\b",
    re.I,
)
# a partitive after a count: "three of his fighters", "FOUR OF THE HOSTAGES" (a count of that many
# people; the people noun says who, a thing after it gives none: "two of the three hospitals")
_PARTITIVE_AFTER = re.compile(
    r"\s+of\s+(?:the|his|her|their|its|those|our)\s+(?:[\w'-]+\s+){0,2}?(?:"
    + _PEOPLE_PLURAL
    # a possessive's people: "two of his colleagues", "three of her escorts"
    + r"|colleagues|companions|associates|escorts|aides|friends|neighbou?rs|followers|deputies|lieutenants)\b",
    re.I,
)
# a partitive whose people noun is itself an outcome word ("four of the hostages were killed",
# "nine of those arrested have not been seen since"; session 17): the part is counted by the
# clause's verb, not as the hostages taken
_PARTITIVE_CAPTIVES = re.compile(
    r"^\s+of\s+(?:(?:the|his|her|their|its|those|our)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:hostages|captives|prisoners|detainees|abductees)|those\s+(?:detained|arrested|abducted|kidnapped|held|taken))\b",
    re.I,
)
# captives counted by another clause's verb ("At least 15 prisoners died", "three hostages were
# wounded"): the captive noun is the counted people, not an outcome of its own
_CAPTIVES_COUNTED = re.compile(
    r"^\s+(?:[\w'-]+\s+)?(?:hostages|captives|prisoners|detainees|inmates|abductees)\b", re.I
)
_PARTITIVE_GAP = re.compile(r"\s+of\s+(?:the|his|her|their|its|those|our)\s+(?:[\w'-]+\s+){0,2}?", re.I)
_PLURAL_NOUN = r"(?:[\w'-]+\s+){0,3}?(" + _PEOPLE_PLURAL + r")"
_PLURAL_TAIL = re.compile(r"\s+of\s+(?:the\s+)?" + _PLURAL_NOUN + r"\b", re.I)
_PLURAL_PASSIVE = re.compile(
    r"\b(" + _PEOPLE_PLURAL + r")(?:\s+and\s+(?:[\w'-]+\s+){0,2}?(?:" + _PEOPLE_PLURAL + r"))?"
    r"\s+(?:were|have\s+been|had\s+been|are\s+being|were\s+being)\s+(?:(?:\w+ly|also)\s+){0,2}" + _CHAIN + "$",
    re.I,
)
# "they were killed": the plural pronoun names more than one person
_THEY_PASSIVE = re.compile(
    r"\b(they)\s+(?:were|have\s+been|had\s+been|were\s+being)\s+(?:(?:\w+ly|also)\s+){0,2}(?:all\s+)?" + _CHAIN + "$",
    re.I,
)
# dead bodies found: "the bodies were found in a ditch", "the corpses have been identified"
_BODIES_FOUND = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:found|discovered|recovered|identified|dumped|left|buried|exhumed|located|taken|brought|handed)\b",
    re.I,
)
_CAUSED = re.compile(
    r"\b(?:caus\w*|left|leaving|leaves|result\w*\s+in|led\s+to|leading\s+to|produc\w*|claim\w*|more|new|further|"
    r"other|additional)\s+(?:more\s+|new\s+|further\s+)?$",
    re.I,
)
_DEAD_AND = re.compile(r"\b(?:deaths|dead)\s+and\s+(?:the\s+)?$", re.I)
_AND_WOUNDED = re.compile(r"\s+and\s+(?:the\s+)?(?:wounded|injured)\b", re.I)
_PLURAL_POSSESSIVE = re.compile(r"\b(" + _PEOPLE_PLURAL + r")['’]\s+$", re.I)
# (a copula after "those killed" opens a predicate: "those killed were rebel fighters" says who
# the dead were, a group already counted, and no count of its own; "the dead included women"
# names people among them, like "among the dead were women", and stays)
_COPULA = r"(?:were|was|are|is|had|have|has|remain|remained)\b"
_PLURAL_ACTIVE = re.compile(r"\s+(?!" + _COPULA + r")(?:[\w'-]+\s+){0,2}?(" + _PEOPLE_PLURAL + r")\b", re.I)
# No event of its own (a bare plural only; a number still counts): a deed a party is accused of
# or blamed for in general, with no determiner ("accused both the army and the jihadists of
# killing civilians"; "accused them of the murders of villagers in the valley" is an event),
# or a past deed given as the motive of this one ("revenge for the killing of civilians in a
# raid last month")
_NO_EVENT_BEFORE = re.compile(
    r"\b(?:accus\w*|blam\w*|charg\w*|condemn\w*)\s+(?:[\w'’-]+\s+){0,8}?(?:of|for)\s+$"
    r"|\b(?:revenge|retaliation|reprisal|vengeance)\s+(?:for|against)\s+(?:the\s+)?$"
    r"|\b(?:to\s+)?aveng\w*\s+(?:the\s+)?$",
    re.I,
)
# a deed as the predicate of a copula ("This was a massacre of innocent people", "it is a
# killing of civilians"): a judgement of an event told elsewhere, no count of its own
_PREDICATE_DEED = re.compile(
    r"\b(?:was|is|were|are|been|be)\s+(?:(?:\w+ly|simply|nothing\s+but)\s+)?an?\s+(?:[\w'’-]+\s+)?$", re.I
)
# a massacre without a count is a figure only when named: a name or place word between the
# determiner and "massacre" ("the Las Palmas massacre", "THE SAN SEBASTIAN MASSACRE"); a bare
# "the massacre" refers back to a counted event, and "massacres on top of ..." is generic
_NAMED_MASSACRE = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?!(?:latest|recent|new|alleged|brutal|horrific|terrible|"
    r"apparent|so-called|reported|deadly|worst|first|second|last|same|other|whole)\s)"
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+$",
    re.I,
)
_NOMINAL = re.compile(
    r"murders?|homicides|killings?|assassinations?|massacres?|deaths?|executions?|kidnappings?|abductions?|arrests?|"
    r"detentions?|wounding",
    re.I,
)
# singular role nouns after an active verb ("killed Taliban leader Wali")
_ROLE_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|one)\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(leader|commander|chief|facilitator|sub-commander|militant|insurgent|soldier|civilian|policeman|"
    r"officer|journalist|judge|mayor|governor|candidate|official|member)\b(?![-'’]|s\b)",
    re.I,
)
# One person named by a relation or role, in the singular: "and his/her <one of these>" after a
# name adds one person ("killed the mayor's rival and her driver" is two). General English:
# a possessive and a singular noun for a person denotes exactly one more person.
_ONE_PERSON = (
    r"associate|aide|assistant|secretary|deputy|companion|friend|colleague|partner|driver|bodyguard|"
    r"guard|translator|interpreter|spokesman|spokeswoman|son|daughter|brother|sister|wife|husband|"
    r"father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|fiancee?|child|baby"
)
# a capitalised name after an active verb, in mixed-case text; "and his/her <one person>" or
# "and <another name>" makes two
_NAME_OBJECT = re.compile(
    r"\s+((?:[A-Z][a-z'’-]+)(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z'’-]+){0,3}"
    r"(\s+and\s+(?:his|her)\s+(?:" + _ONE_PERSON + r")(?![\w'’-])"
    r"|\s+and\s+[A-Z][a-z'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z'’-]+){0,3}(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|near|during|after|when|while|as)\b)))?)\b"
)


# A second subject after "and" whose auxiliary the first clause gives (gapping, session 13, fa2):
# "a 9-year-old girl was killed and her father wounded", "a guard was shot dead and his son
# hurt": a possessive and a singular person noun (``_ONE_PERSON``) is one person. The verb stands
# with no object after it ("and his son wounded the attacker" is an active verb: none).
_GAPPED_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt|shot|stabbed|abducted|kidnapped|"
    r"arrested|detained)\b[^.;:]{0,80}?\band\s+((?:his|her|their)\s+(?:[\w-]+-year-old\s+)?(?:"
    + _ONE_PERSON
    + r"))\s+$",
    re.I,
)
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|him|them|one|two|three|\d)\b", re.I)


def _gapped_relative(sentence: str, pat: re.Pattern[str]) -> Quantity | None:
    """One person after "and" sharing the clause before's auxiliary (``_GAPPED_BEFORE``)."""
    for m in pat.finditer(sentence):
        g = _GAPPED_BEFORE.search(sentence, max(0, m.start() - 160), m.start())
        if g is not None and not _OBJECT_AFTER.match(sentence, m.end()):
            return Quantity(1, 1, 1, g.group(1), g.start(1), g.end(1), False)
    return None


def _plural(sentence: str, pat: re.Pattern[str]) -> Quantity | None:
    """A bare plural victim noun: low 2, best unknown, high open (see the docstring table)."""
    for m in pat.finditer(sentence):
        if _FLEE.fullmatch(m.group()):
            continue  # "the militants fled": who fled is counted only by number (``_FLED_PEOPLE``)
        if _PEOPLE_ONLY.fullmatch(m.group()) and m.group().lower() != "seized":
            continue  # "the herders were rounded up, then shot", "houses were hit by shells": by number only (s16)
        if _RIDDLED.fullmatch(m.group()) and _SURVIVED.search(sentence):
            continue  # "riddled with bullets and taken to hospital": not a death
        head = sentence[: m.start()]
        tail = sentence[m.end() :]
        trig = m.group()
        pm = _PLURAL_PASSIVE.search(head) or _THEY_PASSIVE.search(head)
        # "the prisoners were moved to Kabul": who is moved to a town, and why, is open; "wounded people
        # were moved to shelters": moved for care, not displaced
        to_town = re.search(r"\sto\s+[A-Z]", trig) is not None
        if re.match(r"(?:sheltering|sheltered|staying)\s", trig, re.I) and (
            pm is None or _FLED_PEOPLE.match(" " + pm.group(1)) is None
        ):
            continue  # "the fighters were sheltering in a mosque": a stay counts people only (session 20)
        if (_SHELTERED.match(trig) or trig.lower() == "evacuated") and (
            to_town or (pm is not None and re.search(r"\b(?:wounded|injured|hurt)\s+$", head[: pm.start(1)], re.I))
        ):
            continue
        if (
            pm is None
            and trig.lower() in _ATTRIB_PARTICIPLES
            and re.search(r"\b(?:the|their|his|her|its)\s+$", head, re.I)
        ):
            # (a copula opens a predicate, "Most of the dead were women", but "Among the dead were
            # women" names people among them)
            cop = "" if re.search(r"\bamong\s+the\s+$", head, re.I) else r"(?!" + _COPULA + r")"
            am = re.match(r"\s+" + cop + r"(?:[\w'-]+\s+)?(" + _PEOPLE_PLURAL + r")\b", tail, re.I)
            if am is not None:  # "the murdered Jesuits", "the dead soldiers" (not "the dead were women")
                off = m.end() + am.start(1)
                return Quantity(2, None, None, am.group(1), off, off + len(am.group(1)), True)
        if (
            pm is None
            and trig.lower() in ("massacre", "massacres")
            and not re.match(r"\s+of\b", tail, re.I)
            and _NAMED_MASSACRE.search(head)
        ):
            # a massacre is the killing of many people: at least two, whoever they were ("the San
            # Sebastian massacre"); "the massacre of X" counts X instead
            return Quantity(2, None, None, trig, m.start(), m.end(), True)
        bm = re.match(r"\s+of\s+", tail, re.I) if pm is None and trig.lower() in ("bodies", "corpses") else None
        found = _count_people(tail[bm.end() :], sentence.isupper()) if bm else None
        if bm and found is not None and found[0] >= 2:
            # "the bodies of Mario Lopez and Ana de Leon": one dead person for each named
            n, s0 = found[0], m.end() + bm.end()
            phrase = sentence[s0 : s0 + found[1]].rstrip(" ,")
            if parse_quantity(phrase) is None:
                return Quantity(n, n, n, phrase, s0, s0 + len(phrase), False)
        if pm is None and trig.lower() in ("bodies", "corpses") and _BODIES_FOUND.match(tail):
            return Quantity(2, None, None, trig, m.start(), m.end(), True)  # "the bodies were found"
        if pm is None and _the_dead(trig + "|") and _INVERTED_HEAD.search(head):
            # "those killed were identified as Juan Perez and Carlos Gomez"
            im = re.match(
                r"(?:\s+(?:in|during|on|at|by|near)\s+[^,;:]{1,50}?)?\s*,?\s+(?:were|was)\s+(?:identified\s+as\s+)?",
                tail,
                re.I,
            )
            found = _count_people(tail[im.end() :], sentence.isupper()) if im else None
            if im and found is not None:
                n, end = found
                s0 = m.end() + im.end()
                phrase = sentence[s0 : s0 + end].rstrip(" ,")
                if parse_quantity(phrase) is None:
                    return Quantity(n, n, n, phrase, s0, s0 + len(phrase), False)
        if pm is None and trig.lower() in ("dead", "wounded", "injured") and re.search(r"\bthe\s+$", head, re.I):
            # "the dead were identified as Pedro Luna and Jose Mora": the people named one by one
            im = re.match(r"\s+(?:were|have\s+been|had\s+been)\s+identified\s+as\s+", tail, re.I)
            found = _count_people(tail[im.end() :], sentence.isupper()) if im else None
            if im and found is not None:
                n, end = found
                s0 = m.end() + im.end()
                phrase = sentence[s0 : s0 + end].rstrip(" ,")
                if _with_ages(phrase):
                    return Quantity(n, n, n, trig, m.start(), m.end(), False)
                if parse_quantity(phrase) is None:
                    return Quantity(n, n, n, phrase, s0, s0 + len(phrase), False)
        if pm is None and (
            (trig.lower() == "deaths" and _CAUSED.search(head))
            or (trig.lower() in ("wounded", "injured") and _DEAD_AND.search(head))
            or (trig.lower() == "dead" and _AND_WOUNDED.match(tail) and re.search(r"\bthe\s+$", head, re.I))
            # "the wounded were taken to hospital": the adjective as a plural noun
            or (
                trig.lower() in ("dead", "wounded", "injured")
                and re.search(r"\bthe\s+$", head, re.I)
                # a part of the group is no count of it: "some of the wounded were in critical condition"
                and not re.search(r"\bof\s+the\s+$", head, re.I)
                and re.match(r"\s+(?:were|are|have|had)\b", tail, re.I)
            )
        ):
            # plural nouns for the people or the deaths ("caused more deaths and wounded", "the dead
            # and wounded were taken to hospital"): more than one
            return Quantity(2, None, None, trig, m.start(), m.end(), True)
        if pm is None and re.fullmatch(r"\w+\s+them\s+to\s+death", trig, re.I):
            off = m.start() + trig.lower().index("them")
            return Quantity(2, None, None, sentence[off : off + 4], off, off + 4, True)  # "shot them to death"
        if pm is None and trig.lower() in _OBJECT_VERBS:
            tm = re.match(r"\s+(them)\b(?![\w'’-])", tail, re.I)
            if tm and not re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", head, re.I):
                off = m.end() + tm.start(1)
                return Quantity(2, None, None, tm.group(1), off, off + len(tm.group(1)), True)  # "killing them"
        if pm is None and _NOMINAL.fullmatch(trig) and not _NO_EVENT_BEFORE.search(head):
            pm = _PLURAL_TAIL.match(tail)
            if pm is not None and not _PREDICATE_DEED.search(head):
                off = m.end() + pm.start(1)
                return Quantity(2, None, None, pm.group(1), off, off + len(pm.group(1)), True)
            pm = _PLURAL_POSSESSIVE.search(head)
        if pm is None and trig.lower() in (
            "killed",
            "killing",
            "wounding",
            "injuring",
            "massacred",
            "murdered",
            "assassinated",
            "executed",
        ):
            am = _PLURAL_ACTIVE.match(tail)
            if (
                am is not None
                and not re.match(r"\s+(?:by|in|at|on|during|after|when|while)\b", tail, re.I)
                and not _NO_EVENT_BEFORE.search(head)
            ):
                off = m.end() + am.start(1)
                return Quantity(2, None, None, am.group(1), off, off + len(am.group(1)), True)
        if pm is not None:
            return Quantity(2, None, None, pm.group(1), pm.start(1), pm.end(1), True)
    return None


# ---- people named one by one: "killed him", "killed the driver", "KILLED JUAN PEREZ, CARLOS
# GOMEZ AND LUIS RAMOS", "PEREZ AND HIS WIFE WERE KILLED". Each name or singular person is one
# person, a list of them is as many (issue 18).

# verbs that take their victims as objects (active voice)
_OBJECT_VERB_WORDS = (
    "killed killing kills murdered murdering assassinated assassinating executed executing massacred "
    "wounded wounding injured injuring kidnapped kidnapping abducted abducting "
    # (session 17) "police detained the site's deputy director": one person; "medics treated a porter
    # for burns" (the verb a trigger only with a harm after it: ``_HARM``)
    "detained detaining arrested arresting treated treating"
)
_OBJECT_VERBS = frozenset(_OBJECT_VERB_WORDS.split())
# verbs whose passive subject is the victim, for a coordinated subject of names
_SUBJECT_VERBS = _OBJECT_VERBS | {"slain", "hurt", "detained", "arrested"}
# one person named by a singular noun after a determiner ("the driver", "his wife")
_ONE_NOUN = frozenset(
    (
        _PERSON_SINGULAR.replace("|", " ")
        + " associate aide assistant secretary deputy companion friend colleague partner driver bodyguard "
        "translator interpreter spokesman spokeswoman son daughter brother sister wife husband father mother "
        "nephew niece cousin uncle aunt grandson granddaughter fiance fiancee baby leader commander chief mayor "
        "judge governor candidate official priest minister president businessman peasant lawyer congressman "
        "senator councilman councillor councilor sergeant captain colonel lieutenant general teacher doctor nurse "
        "activist unionist engineer reporter photographer cameraman pilot owner manager director ambassador "
        "diplomat consul magistrate prosecutor attorney witness suspect prisoner hostage victim militant "
        "insurgent rebel guerrilla gunman member landowner rancher merchant shopkeeper vendor bishop archbishop "
        "nun monk seminarian catechist sentry watchman employee cook maid servant clerk youth infant novice "
        "other second third "
        # (session 16) ranks and roles the agent-noun suffixes miss ("a police constable was among the dead")
        "constable gendarme recruit agent student schoolboy schoolgirl "
        # (session 13) "including two children and a paramedic", "the dead included a local imam"
        "paramedic medic imam cleric pastor pupil schoolboy schoolgirl refugee toddler"
    ).split()
)
_DETERMINERS = frozenset(["the", "his", "her", "their", "its", "this", "that"])
# words that cannot be (part of) a person's name after a verb: function words, auxiliaries,
# pronouns other than "him"/"her", adverbs of manner and time
_NOT_A_NAME_WORDS = (
    "the a an and or but nor of in on at near during after before when while as by with without from for "
    "since until because to into onto over under about against among between through across along around "
    "was were is are be been being has have had will would could should may might must can do does did "
    "it itself himself herself themselves them they he she we you i me us who whom whose which what that "
    "this these those there here then yesterday today tonight tomorrow last next early late instantly "
    "immediately outright also again later earlier both all any some many most several few no none "
    "nobody everyone everybody someone anyone people not only so such than more less each every other "
    "another monday tuesday wednesday thursday friday saturday sunday morning evening night afternoon "
    "dawn own said says say told according reportedly allegedly apparently police army military government "
    "navy militia group cartel front movement party commando unit battalion brigade company patrol convoy "
    "state regime authorities "
    # place words: "GOING TO CALI, VALLE DEL CAUCA DEPARTMENT, DIED" names no person
    "department province district municipality region city town village county governorate state "
    "valley river mountain mountains hill coast border island capital"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
_PLURAL_SET = re.compile(r"(?:" + _PEOPLE_PLURAL + r"|contras|sandinistas|commandos|narcos|paramilitaries)$", re.I)
# a surname may end in s ("TORRES", "CARLOS", "RAMOS"); a plural common noun mostly does not end so
_NAME_S = re.compile(r"(?:os|as|is|us|res|les|yes|ez)$", re.I)
_NP_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\S")
_NAME_DES = re.compile(r"(?:des|tes)$", re.I)
_PLURAL_DES = frozenset(
    {"comrades", "delegates", "advocates", "athletes", "graduates", "inmates", "prelates", "affiliates"}
    | {"nomades", "militantes", "compatriotes"}
)


def _plural_person(w: str) -> bool:
    """Whether ``w`` (lower case, ending in s) is a plural person noun: a singular person noun
    with an s ("candidates", "associates"), one of ``_PLURAL_DES``, or a "-mates" word."""
    return w[:-1] in _ONE_NOUN or w in _PLURAL_DES or w.endswith("mates") or _is_one_noun(w[:-1])


def _is_one_noun(w: str) -> bool:
    """A singular noun for a person: the list, or an agent noun ("farmer", "sailor",
    "journalist", "fisherman")."""
    return w in _ONE_NOUN or re.fullmatch(r"[a-z]{3,}(?:er|or|ist|ian|man|woman)", w) is not None


def _one_person(np: str, caps: bool) -> bool:
    """Whether the noun phrase ``np`` names one person: a name, a determiner and a singular
    person noun ("the driver", "his wife", "the mayor of the town"), or "him"/"her"."""
    words = _NP_WORD.findall(np)
    if not words or len(words) > 7 or any(not w[0].isalpha() for w in words):
        return False
    low = [w.lower().rstrip(".") for w in words]
    if low in (["him"], ["her"], ["he"], ["she"]):
        return True
    if "of" in low[1:]:  # "the mayor of San Pedro": the head stands before "of"
        cut = low.index("of", 1)
        words, low = words[:cut], low[:cut]
    if low[0] in _DETERMINERS:
        return len(low) >= 2 and _is_one_noun(low[-1]) and not any(w in _NOT_A_NAME for w in low[1:])
    if any(w in _NOT_A_NAME for w in low):
        return False
    if low[-1] in _ONE_NOUN:
        return True  # "peasant leader", "Colonel"
    if not caps and not all(
        w[0].isupper() or w in ("de", "del", "la", "los", "al", "bin", "ibn", "van", "von") for w in words
    ):
        return False
    if caps and not all(w.isupper() for w in words):
        return False
    head = low[-1]
    if _PLURAL_SET.fullmatch(head) or re.search(r"(?:men|ers|ors|ants|ents|ists|ians|eans|ies|ces)$", head):
        return False
    if not head.endswith("s") or head.endswith("ss") or bool(_NAME_S.search(head)):
        return True
    # a surname in -des/-tes after a first name ("LUIS PAREDES", "Ana Fuentes", "JOSE CORTES"): a name,
    # unless the word is a plural person noun ("comrades", "delegates", "candidates", "inmates")
    return len(words) >= 2 and _NAME_DES.search(head) is not None and not _plural_person(head)


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_LIST_END = re.compile(
    r"\s*(?:[.;:!?()\[\]\"“”—–]|\s-\s|$)|\s+(?:in|on|at|near|during|after|before|when|while|as|by|with|from|for|"
    r"since|until|because|inside|outside|yesterday|today|tonight|last|this|early|late|instantly|immediately|"
    r"outright|who|whom|which|that|was|were|is|are|has|have|had|will|would|could|should|may|might|must|"
    r"continues|continued|remains|remained|occurred|happened|took|shocked|sparked|prompted|caused|led|"
    r"and\s+(?:wounded|injured|kidnapped|abducted|killed|wounding|injuring|"
    r"kidnapping|killing|seized|fled|escaped|then)|[a-z]+ly)\b",
    re.I,
)


def _count_people(text: str, caps: bool) -> tuple[int, int] | None:
    """(how many people, where the named ones end) for a list of one-person noun phrases at
    the start of ``text`` ("Juan Perez, Carlos Gomez and Luis Ramos": 3). A comma list counts
    only when "and" closes it (else the words after a comma are an aside: "Perez, a farmer");
    an item with a number or a plural noun ends the count ("the driver and two passengers":
    the driver, the passengers being a figure of their own)."""
    end_m = _LIST_END.search(text)
    span = text[: end_m.start()] if end_m else text
    if not span.strip() or len(span) > 140:
        return None
    pieces: list[tuple[int, int]] = []
    pos = 0
    for sm in _LIST_SPLIT.finditer(span):
        pieces.append((pos, sm.start()))
        pos = sm.end()
    pieces.append((pos, len(span)))
    if not re.search(r"\band\s+\S+", span, re.I):
        pieces = pieces[:1] if "," not in span[pieces[0][0] : pieces[0][1]] else []
    count, end = 0, 0
    for a, b in pieces:
        item = span[a:b].strip()
        if count and re.fullmatch(r"(?:aged\s+)?\d{1,2}", item, re.I):
            # an age after a name ("Luna, 21, and Mora, 20") counts no one; the list's number
            # is then not its phrase's, so the callers' number check turns the reading down
            end = b
            continue
        if not item or not _one_person(item, caps):
            break
        if len(pieces) > 2 and item.split()[0].lower() in ("the", "a", "an"):
            return None  # "Perez, the mayor, and ...": an aside, not a list
        count, end = count + 1, b
    return (count, end) if count else None


def _people_object(sentence: str, m: re.Match[str]) -> Quantity | None:
    """The people an active verb names as its object, one by one: "killing him", "killed the
    driver", "KILLED JUAN PEREZ, CARLOS GOMEZ, AND LUIS RAMOS" (3). Not after a passive or an
    adjective use ("was killed yesterday", "the wounded man")."""
    trig = m.group().lower()
    if trig not in _OBJECT_VERBS:
        return None
    head = sentence[: m.start()]
    # (an "-ing" verb after "was / were" is progressive, still active: "the clinic was treating a
    # porter for burns"; session 17)
    aux = r"" if trig.endswith("ing") else r"was|were|is|are|be|been|being|get|got|gets|"
    if re.search(r"\b(?:" + aux + r"the|a|an|his|her|their|its)\s+(?:\w+ly\s+)?$", head, re.I):
        return None
    tail = sentence[m.end() :]
    lead = re.match(r"\s+", tail)
    if lead is None:
        return None
    found = _count_people(tail[lead.end() :], sentence.isupper())
    if found is None:
        return None
    n, end = found
    start = m.end() + lead.end()
    phrase = sentence[start : m.end() + lead.end() + end].rstrip(" ,")
    if n == 1 and phrase.split()[0].lower() in _DETERMINERS:
        # "the driver (of the truck)": the noun is the word that carries the number (as "leader" above)
        words = phrase.split()
        low = [w.lower() for w in words]
        last = words[low.index("of", 1) - 1] if "of" in low[1:] else words[-1]
        s0 = start + re.search(r"\b" + re.escape(last) + r"\b", phrase).start()  # type: ignore[union-attr]
        return Quantity(1, 1, 1, last, s0, s0 + len(last), False)
    if _with_ages(phrase):
        return Quantity(n, n, n, m.group(), m.start(), m.end(), False)  # the verb carries the count
    if _scan(phrase) or re.search(r"\b(?:an?|no|none|nobody|no one|no-one)\b", phrase, re.I):
        return None  # the words must not read as another number
    return Quantity(n, n, n, phrase, start, start + len(phrase), False)


_AGE_ASIDE = re.compile(r",\s*(?:aged\s+)?\d{1,2}\s*(?=,|$)", re.I)


def _with_ages(phrase: str) -> bool:
    """Whether ``phrase`` lists names with their ages ("Luna, 21, and Mora, 20") and no other
    number: the ages are no count, so the phrase cannot carry the figure (its words would read
    as 21); the trigger word carries it instead."""
    bare = _AGE_ASIDE.sub("", phrase)
    return bare != phrase and not _scan(bare) and not re.search(r"\b(?:an?|no|none|nobody)\b", bare, re.I)


_SUFFERED = re.compile(
    r"\s+(?:suffered|received|sustained|sufferred)\s+(?:[\w'-]+\s+){0,3}?(?:(?:bullet|gunshot|shrapnel|stab)\s+)?$",
    re.I,
)
# a name opening a clause, an optional apposition between commas, then "and" before a number
_NAMED_AND = re.compile(
    # (a wire's "[TEXT]" tag or its dateline dash opens the story's first clause)
    # (a clause opened by "but"/"while" after a comma opens too, session 11: "X survived, but his
    # wife, A, and their two daughters died")
    r"(?:^|[,;:]\s*(?:(?:but|while|whereas)\s+)?|(?:\[TEXT\]|\s--)\s+|\b(?:that|when|killing|killed|murdered|assassinated|wounding|wounded|injuring|injured)\s+)"
    r"(?P<np>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5}?"
    r"(?:\s+of\s+[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5}?)?)"
    r"(?:\s*,\s*[^,;:]{2,60}?,)?\s*,?\s+and\s+(?:(?:his|her|their)\s+)?$",
    re.I,
)
_FBIS_PARENS = re.compile(r"\(([A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3})\)")
_POSSESSOR = re.compile(r"(?:^|(?<=\s))((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)(?:'s|’s|'|’)\s+$", re.I)
_KILLED_DEED = re.compile(r"death|murder|assassination|killing|execution|body|corpse|life", re.I)
_ATTRIB_PARTICIPLES = _OUTCOME_PARTICIPLES | {"assassinated", "executed", "massacred"}
_DIED = re.compile(
    r"died|dies|perished|lost\s+(?:his|her)\s+life|fell\s+(?:\w+ly\s+)?in\s+(?:combat|action|battle)", re.I
)
_ONE_AUX = re.compile(r"\s+(?:has|had)\s+been\s+(?:(?:\w+ly|also)\s+){0,2}" + _CHAIN + "$", re.I)
_PASSIVE_AUX = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:\w+ly|also)\s+){0,2}" + _CHAIN + "$", re.I)
_SUBJECT_START = re.compile(
    r"(?:^|[,;:(\[\]\"“”]|\s[-–—]\s|\b(?:that|when|after|before|because|while|as|and|but|where|said|says)\b)\s*",
    re.I,
)


def _people_subject(sentence: str, m: re.Match[str]) -> Quantity | None:
    """A passive verb whose subject joins people named one by one: "PEREZ AND HIS WIFE WERE
    KILLED" (2), "Juan Perez, Carlos Gomez and Luis Ramos were shot dead" (3); or "died" after
    one or more of them ("the judge died", "Perez and Gomez died")."""
    died = _DIED.fullmatch(m.group()) is not None
    suffered = (
        _SUFFERED.search(sentence, 0, m.start()) if re.fullmatch(r"wounds?|injur(?:y|ies)", m.group(), re.I) else None
    )
    if suffered is not None:
        died = True  # "Perez suffered serious wounds": the subject's people are the injured
    if (
        not died
        and m.group().lower().split()[0] not in _SUBJECT_VERBS
        and not re.fullmatch(
            r"(?:shot|stabbed|beaten|burned|burnt|hacked|tortured|clubbed|stoned)\s+to\s+death|shot\s+dead|gunned\s+down",
            m.group(),
            re.I,
        )
    ):
        return None
    head = sentence[: m.start()]
    if died:
        # a nickname in quotes after "alias" is no clause boundary ('A, ALIAS "BALTA," DIED'); the
        # quote marks become spaces, the offsets stay
        head = re.sub(
            r"(\balias\s+)[\"“]([^\"“”]{1,30}?)(,?)[\"”]",
            lambda x: x.group(1) + " " + x.group(2) + x.group(3) + " ",
            head,
            flags=re.I,
        )
    am = (
        suffered
        if suffered is not None
        else re.search(r"\s+(?:\w+ly\s+)?(?:later\s+|also\s+)?$", head)
        if died
        else _ONE_AUX.search(head)
    )
    if am is not None:
        died = True  # "Perez had been murdered", "the judge has been killed": one person or more
    else:
        am = _PASSIVE_AUX.search(head)
    if am is None:
        return None
    subj_end = am.start()
    # the subject: back to a clause boundary, keeping commas and "and" inside a list of names
    start = 0
    for bm in re.finditer(
        r"[;:(\[\]\"“”]|\s[-–—]\s|\b(?:that|when|after|before|because|while|where|said|says|but)\b",
        head[:subj_end],
        re.I,
    ):
        start = bm.end()
    text = head[start:subj_end]
    wm = re.search(r"\s*,\s*who$", text, re.I)
    if wm is not None:
        text = text[: wm.start()]  # "Jaramillo, who died on 22 March": the antecedent
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if died and text.endswith(","):
        text = text[:-1].rstrip()  # "THE DRIVER, JUAN PEREZ, DIED": the appositive name closes the subject
        # "COMMANDER A, ALIAS B, DIED", "JUAN PEREZ, A TEACHER, DIED": a description or an alias in
        # apposition after the name; the name before it is the one who died
        ap = re.search(r",\s*(?:an?\s+[^,]{1,40}|alias\s+[^,]{1,30})$", text, re.I)
        if ap is not None and not re.search(r"\band\b", text, re.I):
            text = text[: ap.start()].rstrip()
    if not died and not re.search(r"\band\b", text, re.I):
        return None
    pieces = [p.strip() for p in _LIST_SPLIT.split(text)]
    if died and len(pieces) > 1 and not re.search(r"\band\b", text, re.I):
        pieces = pieces[-1:]  # "In the attack, the judge died": the words before the comma are no subject
    # a leading aside before the list ("In the attack, Perez and Gomez were killed")
    while len(pieces) > 2 and not _one_person(pieces[0], sentence.isupper()):
        pieces = pieces[1:]
    # "A POLICEMAN AND HIS SON WERE MURDERED": an indefinite article heads the first of the people
    # listed as a determiner does; the phrase starts after it ("a" alone would read as one)
    am = re.match(r"(?:an?)\s+", pieces[0], re.I) if len(pieces) == 2 else None
    first = -1
    if am is not None and _one_person("the " + pieces[0][am.end() :], sentence.isupper()):
        first = text.find(pieces[0]) + am.end()
        pieces[0] = pieces[0][am.end() :]
    if len(pieces) < (1 if died else 2) or not all(_one_person(p, sentence.isupper()) for p in pieces):
        return None
    if len(pieces) > 2 and any(p.split()[0].lower() in ("the", "a", "an") for p in pieces[1:]):
        return None
    if first < 0:
        first = text.rfind(pieces[0])
    s0 = start + lead + max(first, 0)
    phrase = sentence[s0 : start + lead + len(text)]
    if _scan(phrase) or re.search(r"\b(?:an?|no|none|nobody|no one|no-one)\b", phrase, re.I):
        return None
    n = len(pieces)
    return Quantity(n, n, n, phrase, s0, s0 + len(phrase), False)


# ---- two people, each named by a description, joined by "and" (figure recall, session 15) ------
# "a ferryman and his young son were killed", "raiders shot dead her cousin and his younger brother",
# "a lieutenant and a sergeant were among the dead": each description is one person, a figure of
# one of its own (attrib_README: a single person reported as a casualty on their own counts as 1,
# the phrase the noun phrase); not their sum, which no source states. Names are left to
# ``_people_subject`` and ``named_people``; a counted group ("a woman and her two children") to
# ``_conjuncts``.
_ONE_DESC = (
    r"(?:an?|the|his|her|their|my|our)\s+(?:(?!(?:and|or|of|who|whose|was|were|is|are|had|has|have|said|"
    r"says|told)\b)[\w'’-]+\s+){0,2}?[a-z][\w'’-]*"
)
_TWO_DESCS = re.compile(
    r"\b(?P<a>" + _ONE_DESC + r")\s+and\s+(?P<b>" + _ONE_DESC + r")"
    r"(?=\s*[,.;:)\"”]|\s+(?:were|had|have|both|also|later|died|among|in|on|at|near|during|when|as|after|"
    r"before|by|outside|inside|from|while|and)\b|$)",
    re.I,
)
# where the coordinated subject may start: the sentence, a comma, or a clause word
_COORD_SUBJECT_START = re.compile(
    r"(?:^|[,;:\"“”(]\s*|,\s*and\s+|\b(?:that|when|after|as|but|while|saying|said|says)\s+)$", re.I
)
# the passive verb or "among the dead" after the subject, before the outcome word
_COORD_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:were\s+)?(?:(?:also|both)\s+)?among\s+(?:the|those)\s+|(?:were|have\s+been|had\s+been)\s+"
    r"(?:(?:\w+ly|also|both)\s+){0,2}" + _CHAIN + r"|(?:(?:later|both|also)\s+)?(?=died\b))",
    re.I,
)
# (the same, the outcome word right after the auxiliary: "were killed, and a boy ... wounded" is no chain)
_COORD_SUBJECT_AUX = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|both)\s+){0,2}", re.I)
# a passive or a noun use before the verb ("were killed", "the wounded"): no object follows
_COORD_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|the|a|an|his|her|their|its)\s+(?:\w+ly\s+)?$", re.I
)
_COORD_OBJECT_VERBS = re.compile(
    r"(?:killed|killing|kills|murdered|murdering|executed|executing|wounded|wounding|injured|injuring|kidnapped|"
    r"kidnapping|abducted|abducting|shot\s+dead|shoot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down)$",
    re.I,
)


def _one_description(np: str) -> bool:
    """Whether ``np`` (a determiner or possessive and up to three words) names one person by a
    singular person noun with no count of its own ("his 10-year-old son", "a major"; not "a
    number of", "his two sons", "the village")."""
    words = re.findall(r"[\w'’-]+", np.lower())[1:]
    if not words or any(re.fullmatch(r"\d[\d,.]*", w) or w in UNITS or w in _VAGUE_HEADS for w in words):
        return False
    return _among_person(words)


_VAGUE_HEADS = frozenset({"number", "few", "couple", "dozen", "handful", "lot", "group", "total", "unit", "team"})


# ---- a projection of the count just told (figure recall, session 15) ---------------------------
# "... have fled the hills, and relief agencies feared that the figure could rise to 11,000", "we
# collected the bodies in the square, and the number could rise to 25", "the actual toll was probably
# higher and could climb to 60": the number a noun standing for the count may reach (attrib_README: projections are
# listed, high n), of the outcome the sentence tells before the noun ("toll": killed)
_PROJECTED_COUNT = re.compile(
    r"\b(?:the|that|this)\s+(?:(?:real|actual|final|overall|true)\s+)?(?P<noun>(?:death\s+)?toll|number|figure|count|"
    # (session 19) the people counted named after it: "the number of evacuees could rise to 5,000"
    r"tally)(?:\s+of\s+(?P<of>(?:[\w'’-]+\s+){0,2}?[\w'’-]+))?"
    r"(?:\s+(?:was|is)\s+(?:(?:likely|probably|certainly|much)\s+)?higher\s*,?\s+and)?\s+"
    r"(?=(?:could|may|might|would|will)\s+(?:(?:still|yet|further)\s+)?(?:rise|climb|reach|increase)\s+to\s)",
    re.I,
)


#: (session 19) the outcome a projected number's people noun names ("the number of evacuees", "of the dead")
_COUNTED_OF: dict[str, str] = {
    **dict.fromkeys(("evacuees", "displaced", "refugees", "idps", "arrivals", "homeless"), "displaced"),
    **dict.fromkeys(("dead", "deaths", "fatalities", "killed", "victims"), "killed"),
    **dict.fromkeys(("injured", "wounded", "injuries"), "injured"),
    **dict.fromkeys(("missing",), "missing"),
    **dict.fromkeys(("detainees", "detained", "arrests", "arrested", "hostages", "abductees"), "detained"),
}


def _counted_of(words: str) -> str | None:
    """The outcome the words after "the number of" name (``_COUNTED_OF``), or None."""
    return next((_COUNTED_OF[w] for w in words.lower().split() if w in _COUNTED_OF), None)


def _projections(sentence: str, outcome: str) -> list[Quantity]:
    """The projected counts of ``outcome`` in ``sentence`` (``_PROJECTED_COUNT``): "the number (figure,
    count, tally)" counts the outcome of the last outcome word before it in the sentence, "the toll"
    the dead; none with no such word (``candidates`` reads the count the sentence before told)."""
    out: list[Quantity] = []
    for pm in _PROJECTED_COUNT.finditer(sentence):
        q = next((x for x in _scan(sentence) if x.start == pm.end()), None)
        if q is None or q.low is not None or q.high is None:
            continue
        if "toll" in pm.group("noun").lower():
            of = "killed" if not re.search(r"\bof\s*$", sentence[: pm.start()]) else None
        elif pm.group("of") and (named := _counted_of(pm.group("of"))):
            of = named  # (session 19) "the number of evacuees", "the number of displaced people"
        elif pm.group("of") and not any(_people_word(w) for w in pm.group("of").lower().split()):
            of = None  # "the number of schools": no people counted
        else:
            of = _sentence_outcome(sentence[: pm.start()], pm.start())
        if of == outcome:
            out.append(q)
    return out


def coordinated_one(sentence: str, q: Quantity, outcome: str, offset: int = 0) -> bool:
    """Whether ``q`` (offsets ``offset`` past the sentence's) is one of two people ``sentence``
    describes one by one, joined by "and" (``_coordinated_ones``): a figure of its own."""
    pat = OUTCOME_RE.get(outcome)
    return pat is not None and any(
        (o.start + offset, o.end + offset, o.phrase) == (q.start, q.end, q.phrase)
        for o in (_requoted(sentence, x) for x in _coordinated_ones(_mask_outcome(sentence, outcome), pat))
    )


def _coordinated_ones(sentence: str, pat: re.Pattern[str]) -> list[Quantity]:
    """Two one-person descriptions joined by "and" as the subject of a passive outcome verb, of
    "died", of "were among the dead", or as the object of an active one: a figure of one each."""
    out: list[Quantity] = []
    for cm in _TWO_DESCS.finditer(sentence):
        a, b = cm.group("a"), cm.group("b")
        if not (_one_description(a) and _one_description(b)):
            continue
        if re.match(r"\s*,?\s*(?:and|or)\s", sentence[cm.end() :], re.I):
            continue  # a longer list
        head = sentence[: cm.start()]
        ok = False
        for verb in (_COORD_SUBJECT_VERB, _COORD_SUBJECT_AUX):
            vm = verb.match(sentence, cm.end())
            tm = pat.match(sentence, vm.end()) if vm is not None else None
            if vm is not None and tm is not None and _COORD_SUBJECT_START.search(head):
                ok = "among" not in vm.group().lower() or _the_dead(tm.group()) or _the_dead(tm.group() + "|")
                break
        om = _COORD_OBJECT_VERBS.search(head.rstrip())
        if not ok and om is not None and head[om.end() :].strip() == "" and head.endswith(" "):
            tm = pat.search(sentence, om.start(), om.end())
            ok = tm is not None and not _COORD_PASSIVE_BEFORE.search(head[: om.start()])
        if ok:
            out.append(Quantity(1, 1, 1, a, cm.start("a"), cm.end("a"), False))
            out.append(Quantity(1, 1, 1, b, cm.start("b"), cm.end("b"), False))
    return out


# "and a civilian", "and one guard": a singular group of one person
_CONJ_ONE_RE = re.compile(
    r"(an?|one)\s+(?:(?:[\w'-]+\s+)?(?:" + "|".join(sorted(_ONE_NOUN)) + r"|[a-z]{3,}(?:er|or|ist|ian|man|woman))\b"
    # a person by their age alone ("including a 17-year-old, were killed"; session 11)
    r"(?!['’-])|(?:\d{1,3}|(?:[a-z]+-)?[a-z]+)-(?:year|month)-old\b(?!['’-])"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|who|was|were|is|are|in|at|on|from|near)\b)|" + _DEMONYM_ONE_RE + ")",
    re.I,
)
# "the" and a singular person noun closing the clause: "..., including the village chief." (session 16)
_THE_ONE_END = re.compile(
    r"(the\s+(?:[\w'-]+\s+){0,2}?(?:" + "|".join(sorted(_ONE_NOUN)) + r"|[a-z]{3,}(?:er|or|ist|ian|man|woman)))"
    r"(?=\s*(?:[.;:)]|$))",
    re.I,
)
# one person with two words before the noun, after "and" (session 11): "two children and a bank
# security guard" (``_conjuncts``; "a number of", "a group of" are no one person)
_CONJ_ONE_LONG = re.compile(
    r"(an?)\s+(?:(?!(?:number|few|couple|dozen|handful|lot|group|total|series|unit|team|band)\b)[\w'-]+\s+){2}(?:"
    + "|".join(sorted(_ONE_NOUN))
    + r"|[a-z]{3,}(?:er|or|ist|ian|man|woman))\b(?!['’-])",
    re.I,
)
# "a peasant woman and her two children": one person before a counted group (``_conjuncts``)
_CONJ_A_BEFORE = re.compile(
    r"(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bfrom\s)(?<!,\s)(?<!,)\b(an?)\s+"
    # (figure recall, session 15) two words before the noun: "a Serbian police officer and four gunmen"
    r"(?:(?!(?:number|group|few|couple|dozen|handful|lot|total|team|unit|band|and|or|of)\b)[\w'-]+\s+){0,2}?(?:"
    + "|".join(sorted(_ONE_NOUN))
    + r"|[a-z]{3,}(?:er|or|ist|ian|man|woman)|"
    + _DEMONYM_ONE_WORDS  # "a Kenyan and two Somalis"
    + r")(?!['’-])"
    # (session 11) the person's name in apposition, in mixed case ("a village elder, Omar Sadi, and two teenagers")
    + r"(?:\s*,\s*(?-i:[A-Z](?:[a-z][\w'’-]*|\.))(?:\s+(?-i:[A-Z](?:[a-z][\w'’-]*|\.))){0,3}\s*,)?"
    + r"\s+and\s+(?:(?:his|her|their|its|the)\s+)?",
    re.I,
)
#: (figure recall, session 15) the same right after an opening phrase of time and its comma
_CONJ_A_AFTER_INTRO = re.compile(_CONJ_A_BEFORE.pattern.replace("(?<!,\\s)(?<!,)", "", 1), re.I)
_INTRO_COMMA = re.compile(
    r"\s*(?:in|on|last|since|during|earlier|later|by)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,\s*(?=an?\s)", re.I
)


# --- a person named inside a counted group ---------------------------------------------------
# "SIX JESUIT PRIESTS, INCLUDING THE RECTOR, FATHER LUIS MORAN, WERE MURDERED", "12 people died,
# among them the town's mayor, Juan Ortega": the group is its figure, and the person named in it a
# figure of one of its own (MUC-4's keys list each named victim as a target of 1)
_MEMBER_OPENER = r"(?:including|among\s+them|among\s+whom)\s+"
# between the group's number and the opener: up to six words, then a comma, dash or bracket (or
# the narrow ``_SUB_COUNT_GAP``); no clause word, so the group is still the one counted
_MEMBER_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|after|before|when|who|which|that|as|said|says|told)\b)[\w'’-]+){0,8}?"
    r"\s*[,(—–-]\s*" + _MEMBER_OPENER,
    re.I,
)
# a quote that opens with the opener, or with the group's outcome word before it ("died, among
# them the town's mayor, Juan Ortega"): the evidence of such a figure
_MEMBER_QUOTE = re.compile(
    r"\s*(?:(?P<trig>[\w'’-]+)(?:\s+[\w'’-]+){0,5}?\s*[,(—–-]\s*)?" + _MEMBER_OPENER,
    re.I,
)
# where one noun phrase of the member ends: punctuation, "and", a verb or a relative word
_MEMBER_NP_END = re.compile(
    r"\s*(?:[,.;:!?()\[\]\"“”—–]|\s-\s|--|$)|\s+(?:and|or|who|whom|which|that|was|were|is|are|has|have|had|"
    r"in|on|at|near|during|after|before|when|while|by|with|from|for|since|according)\b",
    re.I,
)
_MEMBER_NOT_ONE = frozenset({"other", "second", "third", "wounded", "injured", "dead"})
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "sister", "brother", "rev", "reverend", "sheikh", "imam"})
# words of a unit that may stand in a description followed by a name ("the district governor, A")
_MEMBER_UNIT = (
    "department province district municipality region city town village county governorate state police army "
    "military government navy militia"
)
_MEMBER_UNIT_WORDS = frozenset(_MEMBER_UNIT.split())


def _member_np(sentence: str, at: int) -> Quantity | None:
    """The one person named (or described) at ``at``, right after a counted group's opener:
    "THE RECTOR, FATHER LUIS MORAN", "the town's mayor, Juan Ortega", "Captain Ana Ruiz", "the
    rector". The phrase is the name when there is one, else the description ("the rector"); a
    list ("A and B"), a count ("two children"), "a"/"an" alone (``_CONJ_ONE_RE``), a pronoun and a
    single capitalised word ("Israelis", "Omar": a plural or a name too short to tell) give
    nothing."""
    caps = sentence.isupper()
    em = _MEMBER_NP_END.search(sentence, at)
    end = em.start() if em is not None else len(sentence)
    np = sentence[at:end]
    words = np.split()
    if not words or parse_quantity(np) is not None or _scan(np):
        return None
    first = words[0].lower()
    if first in ("him", "her", "he", "she") or words[-1].lower() in _MEMBER_NOT_ONE:
        return None
    described = first in _DETERMINERS or re.search(r"['’]s$", first) is not None or first in ("a", "an")
    # a description the noun list does not know ("the abbess") is one person only with a name after it
    one = _one_person(np, caps)
    low = [w.lower() for w in words]
    if not one and first in _DETERMINERS and 2 <= len(words) <= 4 and _is_one_noun(low[-1]):
        # a unit word before the head is part of the role ("the village chief", "the district head")
        one = low[-1] not in _MEMBER_NOT_ONE and all(
            w in _MEMBER_UNIT_WORDS or w not in _NOT_A_NAME for w in low[1:-1]
        )
    if not one and not (
        described
        and len(words) <= 4
        and not any(w.lower() in _NOT_A_NAME - _MEMBER_UNIT_WORDS for w in words[1:])
        and not _PLURAL_SET.fullmatch(words[-1])
        and not re.search(r"(?:men|ers|ors|ants|ents|ists|ians|eans|ies|ces)$", words[-1], re.I)
    ):
        return None
    # an apposition naming the person described: ", Juan Ortega" / ", FATHER LUIS MORAN"
    name: tuple[int, int] | None = None
    nm = re.match(r"\s*,\s*", sentence[end:])
    if described and nm is not None:
        n0 = end + nm.end()
        em2 = _MEMBER_NP_END.search(sentence, n0)
        n1 = em2.start() if em2 is not None else len(sentence)
        cand = sentence[n0:n1]
        cw = cand.split()
        if (
            len(cw) >= 2
            and cw[0].lower() not in _DETERMINERS | {"a", "an", "one"}
            and all(w[0].isupper() for w in cw)
            and _one_person(cand, caps)
            and not _scan(cand)
        ):
            name = (n0, n1)
    if name is None:
        if first in ("a", "an") or not one:
            return None  # "including a child" (``_CONJ_ONE_RE``)
        if not described and len(words) < 2:
            return None
        s0, s1 = at, end
    else:
        s0, s1 = name
    # the person is one: not the first of a list ("the mayor and his driver", "A and B")
    after = sentence[s1:]
    am = re.match(r"\s*,?\s+and\s+(?!(?:was|were|later|then)\b)", after, re.I)
    if am is not None and _MEMBER_NP_END.match(after):
        # a counted part after "and" is a part of its own ("among them the mayor, A, and three
        # guards": the mayor is one, the three a sub-count); a person after it makes a list
        nxt = _scan(after[am.end() :])
        rest = after[am.end() :]
        em3 = _MEMBER_NP_END.search(rest)
        # after a comma, "and" opens a new clause unless one more person follows ("among them the
        # ward elder, and several traders were led off": the elder is one; "the mayor,
        # and his driver" a list)
        clause = "," in after[: am.end()] and not _one_person(rest[: em3.start() if em3 else len(rest)], caps)
        if not clause and not (nxt and nxt[0].start == 0 and nxt[0].low is not None and nxt[0].low > 1):
            return None
    return Quantity(1, 1, 1, sentence[s0:s1], s0, s1, False)


def named_member(sentence: str, q: Quantity, qs: list[Quantity] | None = None) -> Quantity | None:
    """The person named inside the counted group ``q`` ("SIX JESUIT PRIESTS, INCLUDING THE RECTOR,
    FATHER LUIS MORAN"): a figure of one, phrase the name (or the description when there is no
    name). ``q`` must count more than one person and have number words of its own."""
    if (q.high is not None and q.high < 2) or q.low == 1 or parse_quantity(q.phrase) is None:
        return None
    gm = _MEMBER_GAP.match(sentence, q.end) or _SUB_COUNT_GAP.match(sentence, q.end)
    if gm is None or not re.search(r"(?:including|among\s+them|among\s+whom)\s+$", gm.group(), re.I):
        return None
    if any(q.end <= x.start < gm.end() for x in (qs if qs is not None else _scan(sentence))):
        return None
    one = _member_np(sentence, gm.end())
    # after a place ("killed across the province, including San Pedro Sula") a bare name may be
    # a place: a person then needs a description or a title ("the mayor, A", "Father A")
    if (
        one is not None
        and one.start == gm.end()
        and re.search(r"\b(?:in|across|at|near|around|throughout|from|on|of)\b", sentence[q.end : gm.end()], re.I)
        and one.phrase.split()[0].lower().rstrip(".") not in _ONE_NOUN | _TITLES
        and one.phrase.split()[0].lower() not in _DETERMINERS
    ):
        return None
    return one


def member_of(sentence: str, q: Quantity, offset: int = 0) -> tuple[Quantity, str] | None:
    """The counted group that ``q`` (a ``named_member`` figure; its offsets ``offset`` past the
    sentence's) is one of, and who ``q`` is as the text words it after the opener ("THE RECTOR,
    FATHER LUIS MORAN"); None when ``q`` is no such figure."""
    if q.low != 1 or q.high != 1:
        return None  # (a named member is a figure of one)
    for g in _scan(sentence):
        if g.end + offset <= q.start:
            m = named_member(sentence, g)
            if m is not None and (m.start + offset, m.end + offset) == (q.start, q.end):
                gm = _MEMBER_GAP.match(sentence, g.end) or _SUB_COUNT_GAP.match(sentence, g.end)
                assert gm is not None
                return g, sentence[gm.end() : q.end]
    return None


def one_set_off(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` is one person named by "the" and a person noun, set off after a counted group by
    ", including" / ", among them" ("abducted 12 people ... as they left, including the headman";
    session 16)."""
    return (
        (q.low, q.high) == (1, 1)
        and _THE_ONE_END.fullmatch(q.phrase) is not None
        and _SUB_ONE_FAR_END.search(sentence, max(0, q.start - 20), q.start) is not None
    )


def member_quote_start(sentence: str, q: Quantity, pat: re.Pattern[str]) -> int | None:
    """Where the evidence of a ``named_member`` figure ``q`` starts in ``sentence``: at its
    opener when the outcome word follows the person ("INCLUDING THE RECTOR, FATHER LUIS MORAN,
    WERE MURDERED"), else at the group's outcome word before the opener ("died, among them the
    town's mayor, Juan Ortega")."""
    op = None
    for om in re.finditer(_MEMBER_OPENER, sentence[: q.start], re.I):
        op = om
    if op is None:
        return None
    if pat.search(sentence, q.end) is not None:
        return op.start()
    last = None
    for tm in pat.finditer(sentence, 0, op.start()):
        last = tm
    return last.start() if last is not None else None


def _member_reading(quote: str, pat: re.Pattern[str]) -> Quantity | None:
    """A quote opening with a group's opener (or its outcome word and then the opener) and one
    person named after it reads as that one person ("including the rector, Father Luis Moran,
    were murdered": 1; "died, among them the town's mayor, Juan Ortega": 1), when the outcome
    word is the one before the opener or follows the person."""
    m = _MEMBER_QUOTE.match(quote)
    if m is None:
        return None
    if m.group("trig") is not None and pat.fullmatch(m.group("trig")) is None:
        return None
    if any(x.start < m.end() for x in _scan(quote)):
        return None
    one = _member_np(quote, m.end())
    if one is None:
        return None
    if m.group("trig") is None and pat.search(quote, one.end) is None:
        return None
    return one


# "the dead included the mayor, Juan Ortega", "THOSE KILLED WERE IDENTIFIED AS A AND B": the people
# an outcome word standing for them names, one person or a list of them one by one
_DEAD_NAMED = re.compile(
    r"\b(?:the|those)\s+(?P<trig>[\w-]+)\s+(?:(?:also\s+)?(?:include|included|includes)|"
    r"(?:were|are|have\s+been|had\s+been)\s+identified\s+as)\s+(?:also\s+)?"
    # "Among the dead were Colonel X and his driver": the people named are among them (2)
    r"|\bamong\s+(?:the|those)\s+(?P<trig2>[\w-]+)\s+(?:were|are|was|is)\s+(?:also\s+)?",
    re.I,
)


def _dead_named(sentence: str, pat: re.Pattern[str]) -> Quantity | None:
    """The person (or people named one by one) that "the dead" / "those killed" include or are
    identified as: "The dead included the mayor, Juan Ortega" 1 (phrase the name), "THE KILLED
    WERE IDENTIFIED AS PEDRO LUNA AND JOSE MORA" 2 (phrase the names)."""
    for m in _DEAD_NAMED.finditer(sentence):
        trig = m.group("trig") or m.group("trig2")
        if m.group("trig2") is not None and _count_people(sentence[m.end() :], sentence.isupper()) is None:
            continue  # "among the dead were women and children": no one by one
        if pat.fullmatch(trig) is None or trig.lower() not in _OUTCOME_PARTICIPLES | {"hurt"}:
            continue
        near = sentence[m.end() : m.end() + 40]
        # (an age set off by commas after a name is no count: "LIEUTENANT RAUL PINTO MORA, 31, THE ...")
        if any(
            not re.fullmatch(r",\s*\d{1,2}\s*,", near[max(0, x.start - 2) : x.end + 1].strip()) for x in _scan(near)
        ):
            continue  # "the dead included 12 children": the number's own reading
        found = _count_people(sentence[m.end() :], sentence.isupper())
        if found is not None and found[0] >= 2:
            n = found[0]
            phrase = sentence[m.end() : m.end() + found[1]].rstrip()
            return Quantity(n, n, n, phrase, m.end(), m.end() + len(phrase), False)
        one = _member_np(sentence, m.end())
        if one is not None:
            return one
        # "the dead included a civilian driver": "a"/"an" and a person noun, not the first of a list
        am = _CONJ_ONE_RE.match(sentence, m.end())
        if (
            am is not None
            and am.group(1).lower() != "one"
            and not re.match(r"\s*,?\s+(?:and|or)\s", sentence[am.end() :], re.I)
        ):
            return Quantity(1, 1, 1, am.group(1), am.start(1), am.end(1), False)
    return None


# --- people named one by one inside a figure ---------------------------------------------------
# the people noun of a counted group, then a comma opening a list of names in apposition ("TWO
# PEASANTS, JOSE TOBAR AND PEDRO CANO, WERE KILLED")
# the counted people, then the list's opener: a comma, or a dash ("KILLING THREE PEOPLE -- A, B AND C --")
_APPOSED_NAMES = re.compile(r"(?:\s+[\w'’.-]+){1,3}?\s*(?:,|\s--|\s[—–])\s*")


def _name_items(sentence: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The items of the list ``sentence[s0:s1]`` (split at commas and "and") that are names, not
    descriptions: capitalised words, not opened by a determiner ("PEDRO LUNA", "Omar Saleh"; not
    "his brother", "the driver")."""
    out: list[tuple[int, int]] = []
    pos = s0
    for sm in [*_LIST_SPLIT.finditer(sentence, s0, s1), None]:
        a, b = pos, (sm.start() if sm is not None else s1)
        pos = sm.end() if sm is not None else s1
        item = sentence[a:b].strip()
        if not item:
            continue
        a += len(sentence[a:b]) - len(sentence[a:b].lstrip())
        b = a + len(item)
        words = item.split()
        if (
            words[0].lower() not in _DETERMINERS | {"a", "an", "one"}
            # "TAXI DRIVER" in upper-case wire is a description, not a name; one word alone is
            # too little to tell there
            and words[-1].lower() not in _ONE_NOUN
            and not (sentence.isupper() and len(words) < 2)
            and all(w[0].isupper() for w in words if w.lower() not in ("de", "del", "la", "los", "al", "bin"))
            and _one_person(item, sentence.isupper())
            and not _scan(item)
        ):
            out.append((a, b))
    return out


def _names_of(sentence: str, q: Quantity) -> list[tuple[int, int]]:
    """The people named one by one in figure ``q``: the names of its own list ("killed Omar
    Saleh, Huda Nasser and Karim Aziz") or of a list in apposition to its counted group ("TWO
    PEASANTS, JOSE TOBAR AND PEDRO CANO, WERE KILLED": the list closed by a comma or dash)."""
    if q.low is None or q.low < 2 or q.low != q.high:
        return []
    if parse_quantity(q.phrase) is None:  # a list of names is the phrase
        items = _name_items(sentence, q.start, q.end)
        return items if len(items) >= 1 and len(_LIST_SPLIT.findall(q.phrase)) >= 1 else []
    listed = _listed_members(sentence, q)
    if listed:
        return listed
    am = _APPOSED_NAMES.match(sentence, q.end)
    if am is None or _PEOPLE_AFTER.match(sentence, q.end) is None:
        return []
    rest = sentence[am.end() :]
    if re.search(r"(?:--|—|–)\s*$", am.group()):
        # a list between dashes ends at the closing dash ("THREE PEOPLE -- A, B AND C -- ...")
        rest = re.split(r"\s(?:--|—|–)", rest, maxsplit=1)[0]
    found = _count_people(rest, sentence.isupper())
    if found is None or found[0] > q.low:
        return []
    s1 = am.end() + found[1]
    if not re.match(r"\s*(?:,|--|—|–)", sentence[s1:]):
        return []  # an apposition is closed before the verb
    items = _name_items(sentence, am.end(), s1)
    return items if len(items) == found[0] else []


# a place preposition in the gap between a group and its opener: a bare name after it may be a place
# ("across the province, including San Pedro Sula and La Ceiba"); an event after it is no place ("in
# the blast", "in Monday's attack")
_PLACE_GAP = re.compile(
    r"\b(?:in|across|at|near|around|throughout|from|on|of)\b(?!\s+(?:the|a|an|[\w'’-]+['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:blast|bombing|attack|raid|ambush|strike|airstrike|explosion|fighting|clash|clashes|massacre|shooting|"
    r"assault|shelling|incident|violence)s?\b)",
    re.I,
)


def _listed_members(sentence: str, q: Quantity) -> list[tuple[int, int]]:
    """The people named one by one in a list after the opener of the counted group ``q``
    ("TWELVE PEASANTS WERE KILLED, INCLUDING JOSE LUNA AND RAUL MORA": the two names; "the mayor
    and his driver" names no one; after a place each named item needs a title or a role word
    first, a bare name there may be a place)."""
    if q.low is None or parse_quantity(q.phrase) is None:
        return []
    gm = _MEMBER_GAP.match(sentence, q.end) or _SUB_COUNT_GAP.match(sentence, q.end)
    if gm is None or not re.search(r"(?:including|among\s+them|among\s+whom)\s+$", gm.group(), re.I):
        return []
    if _scan(sentence[q.end : gm.end()]):
        return []
    found = _count_people(sentence[gm.end() :], sentence.isupper())
    if found is None or found[0] < 2 or found[0] > q.low:
        return []
    s1 = gm.end() + found[1]
    if not _LIST_SPLIT.search(sentence, gm.end(), s1):
        return []
    items = _name_items(sentence, gm.end(), s1)
    if _PLACE_GAP.search(sentence, q.end, gm.end()):
        items = [(a, b) for a, b in items if sentence[a:b].split()[0].lower().rstrip(".") in _ONE_NOUN | _TITLES]
    return items


def named_people(sentence: str, q: Quantity) -> list[Quantity]:
    """Each person named one by one in figure ``q`` as a figure of one (phrase the name)."""
    return [Quantity(1, 1, 1, sentence[a:b], a, b, False) for a, b in _names_of(sentence, q)]


def name_in_figure(quote: str, phrase: str, outcome: str) -> Quantity | None:
    """One person's figure read from ``quote``: ``phrase`` is one of the people the quote's
    figure of ``outcome`` names one by one ("the dead were identified as A, B and C" with the
    phrase "B": 1), or one of two people described one by one ("a ferryman and his son were
    killed", phrase "his son": 1; ``_coordinated_ones``)."""
    want = " ".join(phrase.split()).lower()
    pat = OUTCOME_RE.get(outcome)
    if pat is not None and want:
        for g in (_requoted(quote, x) for x in _coordinated_ones(_mask_outcome(quote, outcome), pat)):
            if " ".join(g.phrase.split()).lower() == want:
                return g
    q = quantity_for_outcome(quote, outcome)
    if q is None or not phrase.strip():
        return None
    for a, b in _names_of(quote, q):
        if " ".join(quote[a:b].split()).lower() == want:
            return Quantity(1, 1, 1, quote[a:b], a, b, False)
    # a person named first in a list of counted groups (``_named_first``); a person named inside a
    # group the outcome word counts after it ("MURDERED 14 PEASANTS, AMONG THEM THE MAYOR, A")
    for g in quantities_for_outcome(quote, outcome):
        if (g.low, g.high) == (1, 1) and " ".join(g.phrase.split()).lower() == want and member_of(quote, g):
            return g
        # "..., including the village chief": one person set off after the group (session 16)
        if (
            (g.low, g.high) == (1, 1)
            and " ".join(g.phrase.split()).lower() == want
            and one_set_off(quote, g)
        ):
            return g
        if (g.low, g.high) == (1, 1) and " ".join(g.phrase.split()).lower() == want and _scan(quote):
            first = min((o for o in _scan(quote) if o.start >= g.end), key=lambda o: o.start, default=None)
            if first is not None and _named_first(quote, first, [first, *_scan(quote)]) == g:
                return g
    return None


def named_one_of(sentence: str, q: Quantity, outcome: str, offset: int = 0) -> Quantity | None:
    """The figure of ``outcome`` in ``sentence`` whose people ``q`` (offsets ``offset`` past the
    sentence's) is one of, named one by one (``named_people``); None when ``q`` is no such figure."""
    if (q.low, q.high) != (1, 1):
        return None
    for g in quantities_for_outcome(sentence, outcome):
        if any((o.start + offset, o.end + offset) == (q.start, q.end) for o in named_people(sentence, g)):
            return g
    return None


# "... WERE KILLED. THE VICTIMS WERE IDENTIFIED AS A AND B": the sentence after a figure names its
# people; read from a quote that opens with the outcome word of the sentence before
_VICTIMS_NAMED = re.compile(
    r"(?:the\s+(?:[\w'’-]+\s+)?victims\s+(?:(?:were|are|have\s+been|had\s+been)\s+identified\s+as|"
    r"(?:also\s+)?(?:include|included|were|are))|among\s+the\s+(?:[\w'’-]+\s+)?victims\s+(?:was|were|is|are))\s+",
    re.I,
)
_VICTIMS_QUOTE = re.compile(r"\s*(?P<trig>[\w'’-]+)[^.;!?]*[.;!?]\s+", re.I)


def victims_named(quote: str, pat: re.Pattern[str]) -> Quantity | None:
    """The people a "the victims were identified as ..." sentence names, read from a quote that
    opens with the outcome word of the sentence before it ("KILLED. THE VICTIMS WERE IDENTIFIED AS
    PEDRO LUNA AND JOSE MORA": 2, the names; one person: 1): the count of the names, one by one."""
    qm = _VICTIMS_QUOTE.match(quote)
    if qm is None or pat.fullmatch(qm.group("trig")) is None:
        return None
    vm = _VICTIMS_NAMED.match(quote, qm.end())
    if vm is None:
        return None
    found = _count_people(quote[vm.end() :], quote[vm.end() :].isupper() or quote.isupper())
    if found is None:
        return None
    n = found[0]
    phrase = quote[vm.end() : vm.end() + found[1]].rstrip()
    if n == 1:
        one = _member_np(quote, vm.end())
        return one
    items = _name_items(quote, vm.end(), vm.end() + len(phrase))
    if len(items) != n:
        return None  # "the victims were mostly women": no names
    return Quantity(n, n, n, phrase, vm.end(), vm.end() + len(phrase), False)
