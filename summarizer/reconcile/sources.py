"""Sources merged across articles: one key per source, whatever name, acronym or alias each
article uses.

Two names are the same source when (checked in this order, union-find over every name of the
event's summaries, the outlets and the relays):

1. their keys meet: ``summarizer.evidence.names.source_keys`` of each name (without a leading
   "the", the acronym in brackets, "Syrian Observatory for Human Rights (SOHR)" -> {"syrian
   observatory for human rights", "sohr"});
2. one is the acronym of the other's words (initials of the words that are not "of", "for",
   "the"...: "SOHR" = "Syrian Observatory for Human Rights", "AFP" = "Agence France-Presse");
3. one is a single word (after "the") that is a word of exactly one other multi-word name of
   the event ("the Observatory" -> the Syrian Observatory for Human Rights); with two
   candidates it stays apart (ambiguous);
4. "officials" and "authorities" are one word ("Ukrainian officials" = "Ukrainian authorities");
5. an apostrophe is a spelling variant: keys are written without it ("the Sudan Doctors'
   Network" = "The Sudan Doctors Network" = "the Sudan Doctors’ Network").

The fullest name (the longest form without brackets) is the display name; the rest are aliases.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer.evidence.align import normalize
from summarizer.evidence.names import source_keys

_MINOR = frozenset({"of", "for", "the", "and", "de", "del", "la", "el", "on", "in", "al"})
_GENERIC = frozenset(
    {"news", "agency", "ministry", "forces", "force", "office", "service", "group", "said", "the", "a", "an", "tv"}
)
_SYNONYMS = {"officials": "authorities", "official": "authorities", "authority": "authorities"}
_BRACKET = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def _words(name: str) -> list[str]:
    return re.findall(r"[\w'’]+", normalize(name))


def base_key(name: str) -> str:
    """The primary key of a name: normalised, without a leading article, brackets or
    apostrophes, with 'officials' written 'authorities'."""
    bare = _BRACKET.sub("", name).strip() or name
    words = [_SYNONYMS.get(w, w) for w in (x.replace("'", "").replace("’", "") for x in _words(bare)) if w]
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def initials(name: str) -> str:
    """The acronym of a name's words ('Syrian Observatory for Human Rights' -> 'sohr';
    'Agence France-Presse' -> 'afp'); '' for a single word."""
    bare = _BRACKET.sub("", name)
    parts = [p for p in re.split(r"[\s\-]+", bare) if p and p[0].isalpha()]
    parts = [p for p in parts if p.lower() not in _MINOR]
    if len(parts) < 2:
        return ""
    return "".join(p[0] for p in parts).lower()


def forms(name: str) -> set[str]:
    """Every key a name goes by (see the module docstring, rules 1, 2 and 4)."""
    out = {base_key(name)}
    out.update(base_key(k) for k in source_keys("", name))
    ini = initials(name)
    if len(ini) >= 2:
        out.add(ini)
    out.discard("")
    return out


class SourceIndex:
    """Union-find over source names; ``key(name)`` is the merged source's key."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._names: dict[str, Counter[str]] = {}

    def _find(self, k: str) -> str:
        self._parent.setdefault(k, k)
        while self._parent[k] != k:
            self._parent[k] = self._parent[self._parent[k]]
            k = self._parent[k]
        return k

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra

    def add(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        fs = sorted(forms(name))
        first = base_key(name) or fs[0]
        self._names.setdefault(first, Counter())[name] += 1
        for f in fs:
            self._union(first, f)

    def finish(self) -> None:
        """Rule 3: single words that name exactly one multi-word source join it."""
        primaries = list(self._names)
        multi = [p for p in primaries if len(p.split()) > 1]
        for p in primaries:
            ws = p.split()
            if len(ws) != 1 or ws[0] in _GENERIC or len(ws[0]) < 4:
                continue
            hits = {self._find(m) for m in multi if ws[0] in m.split()}
            hits.discard(self._find(p))
            if len(hits) == 1:
                self._union(hits.pop(), p)

    def key(self, name: str | None) -> str:
        if not name or not name.strip():
            return ""
        b = base_key(name)
        if b not in self._parent:
            self.add(name)
        root = self._find(b)
        # the key shown is the root's best display form, lower-cased: stable across runs
        return root

    def display(self, key: str) -> tuple[str, list[str]]:
        """The fullest name of a merged source and its other names."""
        names: Counter[str] = Counter()
        for primary, counts in self._names.items():
            if self._find(primary) == key:
                names.update(counts)
        if not names:
            return key, []

        def rank(n: str) -> tuple[int, int, int]:
            bare = _BRACKET.sub("", n).strip()
            return (len(bare.split()), len(n), names[n])

        best = max(names, key=rank)
        seen = {base_key(best), normalize(best)}
        others = []
        for n in sorted(names, key=lambda n: (-names[n], n)):
            if base_key(n) not in seen:
                seen.add(base_key(n))
                others.append(n)
        return best, others
