"""Names as the article writes them: aliases, the forms a source goes by, places cut back
from the dates they ran into, names completed where a model's copy stopped short.

The one owner of aliasing. Two questions are asked of a name, with two answers:

* ``aliases(article, name)``: the *other names* the article gives an actor, shown in the
  output and used to tell two listed sources apart: an acronym in brackets right after the
  name ("FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]"), and the long form or the
  acronym of every "Long Form (LF)" the article writes;
* ``mention_forms(article, name)``: the *forms to look for* when reading what the article says
  about a source (``attribution.reliability_notes``): the name itself, without a leading
  "the", and the acronym in round brackets after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.evidence._text import COUNTRY_OF_DEMONYM, MONTH_NAMES, WEEKDAY_NAMES
from summarizer.evidence.align import ArticleIndex, normalize

__all__ = [
    "aliases",
    "clean_place",
    "complete_name",
    "country_of_demonym",
    "dedupe_names",
    "display_name",
    "mention_forms",
    "names_source",
    "source_keys",
]

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
#: (session 17) French and Portuguese particles too: "Mouvement de Liberation du Nord (MLN)"
_MINOR = frozenset(
    {"of", "for", "the", "and", "de", "del", "la", "el", "los", "las", "y"}
    | {"du", "des", "le", "les", "da", "do", "dos", "das"}
)


def _long_form(before: str, short: str) -> str | None:
    """The words just before "(ABBR)" whose initials spell ABBR ("Syrian Observatory for Human
    Rights (SOHR)"); None if no such run of at most 10 words exists."""
    words = before.split()[-10:]
    target = short.upper()
    for k in range(1, len(words) + 1):
        run = words[-k:]
        initials = "".join(w[0].upper() for w in run if w.lower() not in _MINOR and w[:1].isalpha())
        # (session 15) a hyphen's capitalised parts each give a letter: "Inter-Services Public Relations (ISPR)"
        split = "".join(
            p[0] for w in run if w.lower() not in _MINOR and w[:1].isalpha() for p in w.split("-") if p[:1].isupper()
        )
        if target in (initials, split) and run[0].lower() not in _MINOR:
            return " ".join(run)
    return None


#: an acronym written on its own ("The SDF said"), three to six capitals
_BARE_ACRONYM = re.compile(r"(?<![\w(\[-])[A-Z]{3,6}(?![\w)\]-])")
_MINOR_RX = r"(?:of|for|the|and|de|del|la|el|los|las|y|du|des|le|les|da|do|dos|das)"


def _spelled_run(article: str, short: str) -> str | None:
    """The first run of capitalised words whose initials spell ``short`` ("Syrian Democratic
    Forces" for "SDF"; minor words such as "of" may stand between them), or None."""
    parts = [rf"{c}[\w'’]*(?:-[A-Z][\w'’]*)?" for c in short]
    pat = r"(?<![\w'’-])" + rf"(?:\s+(?:{_MINOR_RX}\s+)*)".join(parts) + r"(?![\w'’-])"
    m = re.search(pat, article)
    if m is None or m.group().isupper():
        return None
    return " ".join(m.group().split())


@lru_cache(maxsize=32)
def _acronym_forms(article: str) -> tuple[tuple[str, str], ...]:
    """Every "(ABBR)" of the article whose long form precedes it, as (ABBR, long form), in
    article order; then every acronym the article writes on its own ("the SDF") whose initials
    a run of capitalised words of the article spells ("Syrian Democratic Forces"), in mixed-case
    text only (in upper-case wire text every word is capitalised). Read once per article: every
    party and source name is compared with them."""
    out = []
    for m in _ACRONYM.finditer(article):
        long = _long_form(article[max(0, m.start() - 200) : m.start()], m.group(1))
        if long is not None:
            out.append((m.group(1), long))
    letters = [c for c in article if c.isalpha()]
    if letters and sum(c.islower() for c in letters) / len(letters) > 0.5:
        known = {short for short, _ in out}
        for m in _BARE_ACRONYM.finditer(article):
            short = m.group()
            if short in known:
                continue
            known.add(short)
            long = _spelled_run(article, short)
            if long is not None:
                out.append((short, long))
    return tuple(out)


#: words of a transcriber's note in brackets, never a name ("[WORDS INDISTINCT]", "[PASSAGE OMITTED]")
_EDITORIAL = re.compile(
    r"\b(?:INDISTINCT|OMITTED|RECORDING|TEXT|REPORT|PASSAGE|CONTINUES|QUOTES?|WORDS?|NAME|AS\s+HEARD|"
    r"TRANSLATED|ANNOUNCER|CORRESPONDENT|PHONETIC|SENTENCE|LAUGHS?|APPLAUSE)\b"
)
_BRACKETED = re.compile(r"\s*[(\[]([A-Z][A-Z0-9-]{1,9})[)\]]")


def aliases(article: str, name: str) -> list[str]:
    """The other names the article gives ``name`` (see the module docstring)."""
    out: list[str] = []
    n = normalize(name)
    # an acronym in brackets right after the name, whatever language its initials come from
    # ("ZARATE WILKA ARMED FORCES OF LIBERATION [FAL]")
    for m in re.finditer(r"\s+".join(map(re.escape, name.split())) or "(?!)", article, re.I):
        b = _BRACKETED.match(article, m.end())
        if b and (m.start() == 0 or article[m.start() - 1] == "\n") and re.match(r"\s*[-–—:,]", article[b.end() :]):
            continue  # (session 15) a dateline's agency: "Niamey (AFP) - ..." names no alias of the place
        if b and b.group(1) not in out and normalize(b.group(1)) != n:
            out.append(b.group(1))
            break
    # a translator's gloss in square brackets after an acronym: "ARENA [NATIONALIST REPUBLICAN
    # ALLIANCE]" (editorial notes such as "[WORDS INDISTINCT]" are no names)
    if re.fullmatch(r"[A-Z][A-Z0-9-]{1,9}", name.strip()):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name.strip()) + r"\s*\[([A-Z][A-Z' -]{3,80}?)\]", article):
            gloss = " ".join(m.group(1).split())
            if len(gloss.split()) >= 2 and not _EDITORIAL.search(gloss) and gloss not in out:
                out.append(gloss)
                break
    for short, long in _acronym_forms(article):
        nl = normalize(long)
        if normalize(_THE.sub("", name.strip())) == normalize(short):  # "The SDF" too
            if long not in out:
                out.append(long)
        elif (n.endswith(nl) or nl.endswith(n)) and len(n) > 3 and short not in out:
            out.append(short)
    return [a for a in out if normalize(a) != n]


def mention_forms(article: str, source_name: str) -> list[str]:
    """The forms to look for when reading what the article says about a source (see the
    module docstring); at least two characters each."""
    names = {source_name.strip()}
    esc = re.escape(source_name.strip())
    m = re.search(esc + r"\s*\(([A-Z][A-Za-z]{1,10})\)", article, re.I)
    if m:
        names.add(m.group(1))
    stripped = re.sub(r"^(?:the)\s+", "", source_name.strip(), flags=re.I)
    names.add(stripped)
    return [n for n in names if len(n) >= 2]


_THE = re.compile(r"^(?:the|a|an)\s+", re.I)


@lru_cache(maxsize=1024)
def source_keys(article: str, name: str) -> frozenset[str]:
    """The forms a source goes by: its name without a leading article, the acronym it carries
    in brackets, and its aliases in the article ("Syrian Observatory for Human Rights (SOHR)"
    -> {"syrian observatory ...", "sohr"}; "The SOHR" -> {"sohr"}), each also without its
    apostrophes ("Doctors' Network" -> "doctors network"). Memoised: every figure's
    attribution compares against every source."""
    keys = {normalize(_THE.sub("", name.strip()))}
    keys.update(normalize(m.group(1)) for m in _ACRONYM.finditer(name))
    bare = _ACRONYM.sub("", name).strip()
    if bare != name.strip():
        keys.add(normalize(_THE.sub("", bare)))
    keys.update(normalize(a) for a in aliases(article, name))
    # an apostrophe is a spelling variant, not another source ("the Sudan Doctors' Network" =
    # "The Sudan Doctors Network"; "Doctors’" and "Doctors'" normalise alike)
    keys.update(k.replace("'", "") for k in list(keys))
    keys.discard("")
    return frozenset(keys)


def names_source(sentence: str, name: str) -> bool:
    """The sentence names the source: the whole name, or its distinctive last words
    ("Syrian Defence Ministry spokesperson Hasan Abdel-Ghani" → "Abdel-Ghani")."""
    ns = normalize(sentence)
    nn = normalize(name)
    if nn and nn in ns:
        return True
    words = [w for w in re.findall(r"[\w'-]+", nn) if len(w) > 3 and w not in {"the", "said", "news", "agency"}]
    return any(w in ns for w in words[-2:])


_MONTH_STEMS = "|".join([m[:3] for m in MONTH_NAMES] + ["sept"])
_PLACE_TAIL = re.compile(
    rf"(?:,?\s+(?:on\s+)?(?:{_MONTH_STEMS})[a-z]*\.?(?:\s+\d{{1,2}})?"
    rf"(?:,?\s+\d{{4}})?|,?\s+(?:yesterday|today|{'|'.join(WEEKDAY_NAMES)})"
    r"|[\s,;.]+)$",
    re.I,
)


def clean_place(name: str) -> str:
    """A model's place name without the date or punctuation its copy ran into ("Maya
    village, Khas Konar district, Oct. 25" -> "Maya village, Khas Konar district")."""
    prev = None
    name = name.strip()
    while prev != name:
        prev = name
        name = _PLACE_TAIL.sub("", name).strip()
    return name


def dedupe_names(names: list[str]) -> list[str]:
    """The names without repeats (compared normalised), stripped, in their first order."""
    seen: set[str] = set()
    out = []
    for n in names:
        k = normalize(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n.strip())
    return out


def complete_name(article: str, index: ArticleIndex, name: str) -> str:
    """A name as the article writes it in full when the model's copy stopped short: names are
    capped for decoding ("Syrian Observatory for Human Rights (SOH" -> "... (SOHR)"). Only a
    cut word or an unclosed parenthesis is completed; the name is otherwise kept. A word the
    article also writes whole is no cut word ("Israel" stays "Israel" where the text has both
    "Israel said" and "Israeli strikes")."""
    span = index.find(name, fuzzy=False)
    if span is None or not span.exact:
        return name.strip()
    s0, e = span.start, span.end
    for s, end in index.find_all(name):
        # a word joined on by a hyphen continues it: "The army" is not whole in "the army-aligned government"
        joined = end + 1 < len(article) and article[end] == "-" and article[end + 1].isalnum()
        if not (end < len(article) and (article[end].isalnum() or joined) and article[end - 1].isalnum()):
            s0, e = s, end  # the whole word, as the text writes it somewhere
            break
    while e < len(article) and (article[e].isalnum() or article[e] in "-'’") and article[e - 1].isalnum():
        e += 1
    while e > s0 + 1 and article[e - 1] == "-":
        e -= 1  # a name ends in no hyphen ("the army-" of "the army-aligned")
    words = article[s0:e]
    if words.count("(") > words.count(")"):
        close = article.find(")", e, e + 20)
        if close != -1 and "\n" not in article[e:close]:
            e = close + 1
    return display_name(article[s0:e])


def display_name(name: str) -> str:
    """A name as shown: a wire line break inside it made a space, quote marks the copy ran
    into dropped ("Provisional IRA'" -> "Provisional IRA"). Evidence keeps the exact span."""
    name = " ".join(name.split())
    while name and name[-1] in "'’\"”" and name.count(name[-1]) % 2 == 1:
        name = name[:-1].rstrip()
    while name and name[0] in "'‘\"“" and name.count(name[0]) % 2 == 1:
        name = name[1:].lstrip()
    return name


def country_of_demonym(word: str) -> str | None:
    """The country a nationality adjective is of ("Turkish" -> "Turkey", "Dutch" ->
    "Netherlands", "South Sudanese" -> "South Sudan"); None for any other word. "US" in capitals
    is the United States' word ("US strikes"), the pronoun "us" no nationality."""
    if word.strip() == "US":
        return "United States"
    return COUNTRY_OF_DEMONYM.get(" ".join(word.lower().split()))
