"""Sentence splitting shared by the evidence modules (private).

Works on modern news prose (one paragraph per line, sometimes glued sentences such as
``reported.Major General``) and on hard-wrapped upper-case wire text (MUC-4: lines of about
70 characters, sentences separated by ``.  `` and paragraphs by blank lines).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

# The calendar's words, written once for every evidence module: month names, the
# abbreviations that take a period ("Sept."; "may" is a full name), weekday names.
MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: abbreviation -> month number; "sept" before "sep" so a regex alternation takes the longer
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Abbreviations after which a period does not end a sentence.
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "col",
    "lt",
    "sgt",
    "pol",
    "capt",
    "maj",
    "cpl",
    "pvt",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "msgr",
    "st",
    "no",
    "nos",
    "vs",
    "u.s",
    "u.n",
    "u.k",
    "inc",
    "co",
    "corp",
    "ltd",
    "jr",
    "sr",
    "approx",
    "est",
    "fig",
    "dept",
    "prof",
    "brig",
} | set(MONTH_ABBREVIATIONS)

_END = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s|$)"
    r"|(?<=[a-z]{2})[.!?](?=[\"“]?[A-Z])"  # glued: "reported.Major General"
    r"|(?<=\d)[.!?](?=[\"“]?[A-Z][a-z])"  # glued: "another 15.Twenty insurgents"
)


def _is_hard_wrapped(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 3:
        return False
    return max(len(ln) for ln in lines) <= 100


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NEWLINE = re.compile(r"\n")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_NEXT_NONSPACE = re.compile(r"\s*(\S)")
#: a capitalised word of two or three letters with no vowel ("Th", "Md"): an abbreviation, no word
_VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,2}")
#: a capitalised name after it ("Th. Ranjana Devi")
_NEXT_NAME = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text``, whitespace trimmed."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=256)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``sentence_spans`` memoised by text: the builder asks for the sentence of every
    figure, date and source of the same article."""
    cuts: set[int] = set()
    hard = _is_hard_wrapped(text)
    # Blank lines always separate; single newlines only in unwrapped prose.
    for m in (_BLANK_LINE if hard else _NEWLINE).finditer(text):
        cuts.add(m.start())
        cuts.add(m.end())
    for m in _END.finditer(text):
        end = m.end()
        # word before the punctuation
        wm = _WORD_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        word = wm.group(1).lower().rstrip(".") if wm else ""
        if text[m.start()] == "." and word:
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            if _VOWELLESS.fullmatch(wm.group(1) if wm else "") and _NEXT_NAME.match(text, end):
                continue  # "Th. Ranjana Devi", "Md. Karim": a capitalised word with no vowel is a name's abbreviation
            if _INITIALS.fullmatch(word):  # U.S, A.M
                continue
        if text[m.start()] == "." and m.start() > 0 and text[m.start() - 1].isdigit():
            nxt = text[end : end + 2]
            if nxt[:1].isdigit():  # decimal number
                continue
        nxt_m = _NEXT_NONSPACE.match(text, end)
        if nxt_m and nxt_m.group(1).islower():
            continue  # "e.g. the", "p.m. on"
        cuts.add(end)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*sorted(cuts), len(text)]:
        if cut <= prev:
            continue
        seg = text[prev:cut]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            spans.append((prev + lead, prev + trail))
        prev = cut
    return tuple(spans)


@lru_cache(maxsize=256)
def sentence_edges(text: str) -> tuple[tuple[tuple[int, int], ...], list[int], list[int]]:
    """The sentence spans with their starts and ends as sorted lists, for bisecting: spans
    are in article order and do not overlap, so both lists are sorted."""
    spans = _sentence_spans(text)
    return spans, [s for s, _ in spans], [e for _, e in spans]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or wire-text clause) containing ``[start, end)``.

    When the span crosses a sentence boundary, the union of the touched sentences is returned.
    Found by bisecting the article's sentence index (built once per article), so asking for
    the sentence of every figure stays linear in the article's length.
    """
    spans, starts, ends = sentence_edges(text)
    first = bisect_right(ends, start)  # the first sentence ending after ``start``
    last = bisect_left(starts, max(end, start + 1)) - 1  # the last one starting before the end
    if first > last:
        # start lies in whitespace between sentences: take the next one
        k = bisect_left(starts, start)
        if k < len(spans):
            return spans[k]
        return (max(0, min(start, len(text))), max(0, min(end, len(text))))
    return (spans[first][0], spans[last][1])


_WS = re.compile(r"\s+")

# Nationality words, shared by the place and group finders: they lead a description ("the
# French city of Lyon", "Afghan insurgents"), and only sometimes a name ("Afghan National Army").
# --------------------------------------------------------------------------- nationality words

#: nationality adjective -> the country (or territory) as ``places`` names it. A written table,
#: not a prefix guess: "Dutch", "Swiss", "French", "Spanish" share no prefix with their country,
#: and "Sudanese" / "South Sudanese", "Nigerien" / "Nigerian" must not meet on one. No package in
#: the environment holds demonyms (pycountry has none and is not installed).
COUNTRY_OF_DEMONYM: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "angolan": "Angola",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia",
    "austrian": "Austria", "azerbaijani": "Azerbaijan", "azeri": "Azerbaijan", "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium", "bolivian": "Bolivia",
    "bosnian": "Bosnia", "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria",
    "burkinabe": "Burkina Faso", "burundian": "Burundi", "burmese": "Myanmar", "cambodian": "Cambodia",
    "cameroonian": "Cameroon", "canadian": "Canada", "chadian": "Chad", "chilean": "Chile",
    "chinese": "China", "colombian": "Colombia", "congolese": "Congo", "croatian": "Croatia",
    "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic", "danish": "Denmark",
    "djiboutian": "Djibouti", "dutch": "Netherlands", "ecuadorean": "Ecuador", "ecuadorian": "Ecuador",
    "egyptian": "Egypt", "salvadoran": "El Salvador", "salvadorean": "El Salvador", "emirati": "United Arab Emirates",
    "eritrean": "Eritrea", "estonian": "Estonia", "ethiopian": "Ethiopia", "finnish": "Finland",
    "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "guatemalan": "Guatemala", "guinean": "Guinea", "haitian": "Haiti", "honduran": "Honduras",
    "hungarian": "Hungary", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq",
    "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "ivorian": "Ivory Coast", "jamaican": "Jamaica",
    "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya", "kosovar": "Kosovo",
    "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "lao": "Laos", "laotian": "Laos", "latvian": "Latvia",
    "lebanese": "Lebanon", "liberian": "Liberia", "libyan": "Libya", "lithuanian": "Lithuania",
    "macedonian": "Macedonia", "malagasy": "Madagascar", "malawian": "Malawi", "malaysian": "Malaysia",
    "malian": "Mali", "mauritanian": "Mauritania", "mexican": "Mexico", "moldovan": "Moldova",
    "mongolian": "Mongolia", "montenegrin": "Montenegro", "moroccan": "Morocco", "mozambican": "Mozambique",
    "namibian": "Namibia", "nepalese": "Nepal", "nepali": "Nepal", "nicaraguan": "Nicaragua",
    "nigerien": "Niger", "nigerian": "Nigeria", "north korean": "North Korea", "norwegian": "Norway",
    "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine", "panamanian": "Panama",
    "paraguayan": "Paraguay", "peruvian": "Peru", "filipino": "Philippines", "philippine": "Philippines",
    "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania", "russian": "Russia",
    "rwandan": "Rwanda", "saudi": "Saudi Arabia", "senegalese": "Senegal", "serbian": "Serbia", "serb": "Serbia",
    "sierra leonean": "Sierra Leone", "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "south african": "South Africa", "south korean": "South Korea",
    "south sudanese": "South Sudan", "spanish": "Spain", "sri lankan": "Sri Lanka", "sudanese": "Sudan",
    "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan", "tajik": "Tajikistan",
    "tanzanian": "Tanzania", "thai": "Thailand", "togolese": "Togo", "tunisian": "Tunisia", "turkish": "Turkey",
    "turkmen": "Turkmenistan", "ugandan": "Uganda", "ukrainian": "Ukraine", "american": "United States",
    "u.s.": "United States", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
}  # fmt: skip

#: nationality words: every key of ``COUNTRY_OF_DEMONYM`` and peoples without a state of their
#: own ("Kurdish", "Chechen"). One list, so a word that names a country is never missing here.
DEMONYMS = frozenset(COUNTRY_OF_DEMONYM) | {"kurdish", "chechen"}

#: a nationality noun for people that is not the adjective ("a Briton", "two Frenchmen"): the
#: adjective -> (singular nouns, plural nouns). Adjectives in -ese, "Swiss" and the like, whose
#: noun is the adjective itself and has no plural form, are not nouns here ("three Sudanese
#: villages" counts no one).
_DEMONYM_NOUNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "british": (("briton",), ("britons",)),
    "french": (("frenchman", "frenchwoman"), ("frenchmen", "frenchwomen")),
    "dutch": (("dutchman", "dutchwoman"), ("dutchmen", "dutchwomen")),
    "irish": (("irishman", "irishwoman"), ("irishmen", "irishwomen")),
    "spanish": (("spaniard",), ("spaniards",)),
    "danish": (("dane",), ("danes",)),
    "finnish": (("finn",), ("finns",)),
    "turkish": (("turk",), ("turks",)),
    "swedish": (("swede",), ("swedes",)),
    "kurdish": (("kurd",), ("kurds",)),
    "polish": ((), ()),  # "Poles": also telephone poles
}
#: adjectives with no noun for a person ("Lao" -> "Laos" is the country)
_NO_DEMONYM_NOUN = frozenset({"lao", "philippine", "u.s.", "burkinabe", "malagasy", "kyrgyz", "turkmen", "swiss"})


def _demonym_nouns() -> tuple[frozenset[str], frozenset[str]]:
    one: set[str] = set()
    many: set[str] = set()
    for adj in DEMONYMS:
        if adj in _DEMONYM_NOUNS:
            one.update(_DEMONYM_NOUNS[adj][0])
            many.update(_DEMONYM_NOUNS[adj][1])
        elif adj == "czech" or (adj not in _NO_DEMONYM_NOUN and not adj.endswith(("ese", "sh", "ch", "ss"))):
            one.add(adj)  # "a Kenyan", "a Somali", "a Czech"
            many.add(adj + "s")  # "two Kenyans", "three Somalis", "Filipinos"
    return frozenset(one), frozenset(many)


#: nationality nouns for one person ("a Kenyan", "a Briton", "a Frenchman") and for people
#: ("Kenyans", "Britons", "Frenchmen"), from the one table ``COUNTRY_OF_DEMONYM`` (session 8)
DEMONYM_ONE, DEMONYM_MANY = _demonym_nouns()


def norm_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()
