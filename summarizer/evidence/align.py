"""Quote alignment: where a quote is in the article, and how closely it matched.

Normalisation (applied to both article and quote): case folded; curly single and double
quotes, primes and guillemets → straight quotes; every dash or minus → ``-``; ellipsis
character → ``...``; runs of whitespace → one space. A map keeps, for every normalised
character, its offset in the original, so a match gives exact article offsets.

Each match has a status (``Span.match``, output as ``Evidence.match``):

* ``exact``: the article's words are the quote (after trimming the whitespace, quotation
  marks and ellipses a copy is wrapped in);
* ``normalised``: they are the quote up to the normalisation above;
* ``fuzzy``: a quote that matches only approximately (a small model dropping a word or
  changing an inflection), with a best alignment scoring at least ``FUZZY_MIN`` (rapidfuzz
  ``partial_ratio``); the evidence becomes the article's own words at that span;
* ``sentence``: set by ``figures.locate_figure``, not here: the quote is nowhere, and the
  evidence is the sentence holding the figure's number words.

Below ``FUZZY_MIN`` a quote is not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.schema import Match

_TRANS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
__all__ = ["FUZZY_MIN", "ArticleIndex", "Match", "Span", "normalize", "normalize_with_map", "unsupported_numbers"]

FUZZY_MIN = 90.0
_WS = re.compile(r"\s")


# text that needs the character-by-character path: the two letters whose lower case is not
# one character by itself ("İ" lowers to two
# characters; "Σ" lowers by context, to "ς" at the end of a word)
_SLOW = re.compile("[\u0130\u03a3]")
_WORD = re.compile(r"\S+")


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for every character of it, its offset in ``text``."""
    if _SLOW.search(text) is not None:
        return _normalize_with_map_chars(text)
    # every other character translates and lowers to exactly one character, the same one
    # whether lowered alone or in the string: whitespace runs and the ellipsis (three
    # characters out, each mapped to it) are the only changes in length
    t = text.translate(_TRANS).lower()
    idx: list[int] = []
    for m in _WORD.finditer(t):
        s, e = m.span()
        if "\u2026" in m.group(0):
            for i in range(s, e):
                idx.extend((i, i, i) if t[i] == "\u2026" else (i,))
        else:
            idx.extend(range(s, e))
        idx.append(e)  # the one space after the word (dropped after the last word)
    if idx:
        idx.pop()
    return " ".join(t.split()).replace("\u2026", "..."), idx


def _normalize_with_map_chars(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    idx: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        if ch == "\u2026":
            for c in "...":
                out.append(c)
                idx.append(i)
            prev_space = False
            continue
        c = ch.translate(_TRANS).lower()
        if _WS.match(c):
            if prev_space:
                continue
            out.append(" ")
            idx.append(i)
            prev_space = True
            continue
        out.append(c)
        idx.extend([i] * len(c))  # "İ" lowers to two characters: both map to it
        prev_space = False
    # strip a trailing space
    while out and out[-1] == " ":
        out.pop()
        idx.pop()
    return "".join(out), idx


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    return normalize_with_map(text)[0]


@lru_cache(maxsize=32)
def _article_norm(article: str) -> tuple[str, list[int]]:
    # shared by every ArticleIndex of the same text (the builder, the gate in the model
    # answer's validation and the checks each index the article): read-only
    return normalize_with_map(article)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    exact: bool  #: found as written, up to normalisation (``match`` exact or normalised)
    score: float
    match: Match = "exact"


def _strip_quote(q: str) -> str:
    q = q.strip()
    # models often wrap a quote in quotation marks or end it with an ellipsis
    q = q.strip("\"'\u201c\u201d\u2018\u2019 ")
    q = re.sub(r"^(\.\.\.|\u2026)\s*|\s*(\.\.\.|\u2026)$", "", q)
    return q.strip()


class ArticleIndex:
    """The article with its normalised form, for repeated quote look-ups."""

    def __init__(self, article: str) -> None:
        self.article = article
        self.norm, self.map = _article_norm(article)
        self._names: dict[str, bool] = {}

    def contains(self, needle: str) -> bool:
        n = normalize(needle)
        return bool(n) and n in self.norm

    def contains_name(self, needle: str) -> bool:
        """``contains`` for a name: the match must start where a word starts, so a fragment
        such as "ad yet" (inside "had yet") is not a name the article gives. The end may fall
        inside a word: a capped copy of a name is completed from the article later.
        Remembered per name: the builder asks about a figure's source once per figure."""
        known = self._names.get(needle)
        if known is None:
            known = self._names[needle] = self._contains_name(needle)
        return known

    def _contains_name(self, needle: str) -> bool:
        n = normalize(needle)
        if not n:
            return False
        pos = self.norm.find(n)
        while pos >= 0:
            if pos == 0 or not (self.norm[pos - 1].isalnum() and n[0].isalnum()):
                return True
            pos = self.norm.find(n, pos + 1)
        return False

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        n = normalize(needle)
        if not n:
            return []
        spans = []
        pos = self.norm.find(n)
        while pos >= 0:
            spans.append((self.map[pos], self.map[pos + len(n) - 1] + 1))
            pos = self.norm.find(n, pos + 1)
        return spans

    def find(self, quote: str, *, fuzzy: bool = True, near: int | None = None) -> Span | None:
        q = _strip_quote(quote)
        if not q:
            return None
        spans = self.find_all(q)
        if spans:
            if near is not None:
                spans.sort(key=lambda s: abs(s[0] - near))
            s, e = spans[0]
            return Span(s, e, True, 100.0, "exact" if self.article[s:e] == q else "normalised")
        if not fuzzy or len(q) < 12:
            return None
        from rapidfuzz import fuzz

        nq = normalize(q)
        res = fuzz.partial_ratio_alignment(nq, self.norm, score_cutoff=FUZZY_MIN)
        if res is None:
            return None
        ds, de = res.dest_start, res.dest_end
        # widen to word boundaries so the repaired quote does not cut a word
        while ds > 0 and self.norm[ds - 1].isalnum():
            ds -= 1
        while de < len(self.norm) and self.norm[de].isalnum():
            de += 1
        if de <= ds:
            return None
        return Span(self.map[ds], self.map[de - 1] + 1, False, float(res.score), "fuzzy")

    def slice_matches(self, quote: str, start: int, end: int) -> bool:
        if not (0 <= start < end <= len(self.article)):
            return False
        # both sides lose wrapping quote marks: a sentence may open with one ('"THE CARTEL ...')
        return normalize(_strip_quote(self.article[start:end])) == normalize(_strip_quote(quote))


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def unsupported_numbers(index: ArticleIndex, text: str) -> list[str]:
    """The numbers written in ``text`` (a model's summary) that the article never states."""
    bad = []
    for m in _NUMBER.finditer(text):
        tok = m.group(0).rstrip(".,")
        if tok and normalize(tok) not in index.norm:
            bad.append(tok)
    return bad
