"""``summarizer eval``: run the summariser over a gold file and score it.

The gold format and the scoring rules are those of ``shared/eval/README.md``:

* **casualty recall**: gold figures are deduplicated by ``(outcome, low, high)`` per
  document. A gold figure is found when a predicted casualty figure of the same outcome has a
  range overlapping the gold range. A missing predicted ``low`` counts as 0, a missing
  ``high`` as unbounded; a gold ``high: null`` is unbounded.
* **grounded precision**: the share of predicted casualty figures with an evidence quote that
  occurs in the document (case-insensitive, whitespace-normalised: ``evidence.align.normalize``)
  and supports the figure's numbers: ``derive_quantity(quote, phrase, outcome)`` gives the
  figure's ``(low, best, high)``. The plain baseline states no ``best`` and no phrase, so for
  it ``derive_quantity(quote, "", outcome)`` must give its ``(low, high)``.
* **place recall**, **actor recall**: a gold string is found when it and a predicted location
  name (or party name or alias) contain one another, case-insensitively (whitespace
  collapsed; empty strings never match).
* **date accuracy**: the share of gold dates that appear among the predicted timeline dates
  (exact ``YYYY-MM-DD`` strings; only documents with gold dates count). A timeline date of any
  precision counts: a month-precision date ("in November" → ``1989-11-01``) or a year-precision
  one matches a gold date that happens to be that first day.
* **strict casualty recall** (this module's, beside the README's lenient one): as casualty
  recall, but a predicted figure without a low bound ("a number of", "many") matches nothing:
  in the lenient rule its missing low counts as 0 and overlaps every gold figure.
* **strict place recall**, **strict actor recall** (this module's, beside the README's
  lenient ones, whose plain substring test lets gold "IS" match "militias"): names are compared
  as whole words (``name_words``: casefolded, every run of characters other than letters and
  digits is a word break, so punctuation never matters). A name's *content words* are its words
  minus the function words of ``FUNCTION_WORDS`` (English articles, prepositions, conjunctions); a
  name of function words only keeps all its words. A gold name is found when all its content
  words appear as whole words in one predicted name, or all the content words of one predicted
  name appear as whole words in the gold name. A gold string holding ``;`` is a list of
  alternatives (ISAF's ``'aq;taliban'``): it is one gold item, found when any alternative is.
  Gold strings (or alternatives) with no word at all (``''``, ``'\\'``, ``')'``) are dropped
  from the denominator and counted in ``Metric.dropped``; gold items are deduplicated by their
  words (``'BOGOTA )'`` and ``'Bogota'`` are one item).
* **date precision** (this module's): over the documents with gold dates (as date accuracy),
  the share of the distinct predicted timeline dates at day precision that are gold dates, so
  listing every date in the article does not look good. Month- and year-precision dates are
  neither counted nor rewarded here.
* **strict date accuracy** (this module's): as date accuracy, but only predicted dates at day
  precision can match (gold dates are day dates, README); a month- or year-precision date
  written as its first day does not.
  Predictions carry ``Prediction.day_dates`` for this; when it is ``None`` (the plain baseline,
  which is asked for ``YYYY-MM-DD`` day dates, and predictions stored before it existed) every
  well-formed ``YYYY-MM-DD`` predicted date counts as a day date.
* **attribution metrics**, when the gold file carries them (``shared/eval/attrib_README.md``:
  gold casualties with ``phrase``/``quote``/``reported_by``/``status`` and gold ``sources``),
  reimplemented from the set's scorer (``score_attrib.py``; nothing of ``shared`` is imported):
  figure recall (one-to-one matching: phrase and overlapping evidence, then the gold quote
  holding the phrase, then the phrase alone for a figure without evidence), and over matched
  figures attribution, status (label or ``status_alt``) and range accuracy; source recall
  (name or alias contained either way, exact matches first), and over matched sources kind
  (``kind_alt`` accepted) and party-to-conflict accuracy (gold ``null`` not scored). Beside
  them, this module's own figure precision and source precision (the matched share of the
  predicted figures and sources; the set lists every figure and every cited source, so an
  unmatched prediction is a false figure, a second name of a listed source, or junk).

Conventions of this module (not in the README):

* Scores are pooled (micro-averaged): found / total over all documents of a corpus, so a
  document with many gold items weighs more. ``Metric.docs`` is the number of documents that
  contributed to the denominator.
* A metric with nothing to score in a corpus (no gold items; for precision, no predicted
  figures) is ``None`` ("n/a"), never 0.
* Gold places, actors and dates are deduplicated case-insensitively per document (exact
  repeats only; the casualty rule above is the README's).
* A document whose run failed is scored as an empty prediction (its gold still counts) and is
  listed with its error. A failure never stops the run.

Resuming: every finished document is appended at once to ``<report>.predictions.jsonl`` next
to the report (``runner.JsonlOutput``: the same writer, lock, durability policy and
compaction as ``batch``: one line per document and run configuration when a run ends). A
re-run with the same report path, model, provider, prompt version and mode skips documents
already predicted (failed ones are tried again); model calls of a killed run are also
answered by the exchange cache. A second run on the same report path while one is running is
refused (``InputError``).

Time limit: ``timeout`` is the total per document (``Options.timeout``); a document that
runs out is a failed document with its reason, and the run goes on.

Baseline (``--baseline``): what a user would write without this package: one instructor call
on the same provider and model with a plain schema (``PlainSummary``), no candidate hints, no
grounding, no checks, re-asks only on schema errors. It goes through the same ``Engine``
client stack, so provider selection, the exchange cache and offline replay work the same.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .api import Engine, Options
from .errors import InputError
from .evidence.align import normalize
from .evidence.figures import derive_quantity
from .runner import JsonlOutput, ProgressDisplay, describe, run_with_deadline, time_limit, with_timeout
from .schema import SCHEMA_VERSION, Summary

# --------------------------------------------------------------------------- gold


class GoldCasualty(BaseModel):
    outcome: str
    low: int | None = None
    high: int | None = None
    who: str = ""
    # attribution sets only (attrib_README.md)
    phrase: str = ""
    quote: str = ""
    alt_quotes: list[str] = Field(default_factory=list)
    reported_by: str | None = None
    reported_by_alt: list[str | None] = Field(default_factory=list)
    status: str | None = None
    status_alt: list[str] = Field(default_factory=list)


class GoldSource(BaseModel):
    name: str
    kind: str = "other"
    kind_alt: list[str] | None = None
    party_to_conflict: bool | None = None
    aliases: list[str] | None = None


class Gold(BaseModel):
    casualties: list[GoldCasualty] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    sources: list[GoldSource] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)

    @property
    def has_attribution(self) -> bool:
        """The gold carries attribution annotations (figures with a status, or sources)."""
        return bool(self.sources) or any(c.status is not None for c in self.casualties)


class GoldDoc(BaseModel):
    id: str
    corpus: str = "all"
    text: str
    published: str | None = None
    gold: Gold = Field(default_factory=Gold)


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file (one document a line; blank lines are skipped). Raises
    ``InputError`` with a one-line message naming the file and line for bad input."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{n}: not JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(data, dict):
            raise InputError(f"{p}:{n}: expected a JSON object, got {type(data).__name__}")
        try:
            doc = GoldDoc.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"]) or "line"
            raise InputError(f"{p}:{n}: {loc}: {first['msg']}") from None
        if doc.id in seen:
            raise InputError(f"{p}:{n}: duplicate id {doc.id!r} (first on line {seen[doc.id]})")
        seen[doc.id] = n
        docs.append(doc)
    if not docs:
        raise InputError(f"{p}: no documents")
    return docs


def select_docs(
    docs: Sequence[GoldDoc], *, ids: Iterable[str] | None = None, limit: int | None = None
) -> list[GoldDoc]:
    """Documents in file order, restricted to ``ids`` (unknown ids are an error), then the first
    ``limit`` of them."""
    out = list(docs)
    if ids is not None:
        wanted = [i.strip() for i in ids if i.strip()]
        known = {d.id for d in out}
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise InputError(f"unknown document id(s): {', '.join(unknown[:10])}")
        keep = set(wanted)
        out = [d for d in out if d.id in keep]
    if limit is not None:
        if limit < 0:
            raise InputError("limit must be >= 0")
        out = out[:limit]
    return out


# --------------------------------------------------------------------------- predictions


class PredFigure(BaseModel):
    """A predicted casualty figure, whatever produced it."""

    outcome: str
    low: int | None = None
    best: int | None = None
    high: int | None = None
    phrase: str = ""
    who: str = ""
    quotes: list[str] = Field(default_factory=list)
    #: False for the plain baseline, which states no ``best``: grounding compares (low, high)
    claims_best: bool = True
    reported_by: str | None = None
    status: str | None = None


class PredSource(BaseModel):
    name: str
    kind: str | None = None
    party_to_conflict: bool | None = None


class Prediction(BaseModel):
    figures: list[PredFigure] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    #: the predicted dates stated at day precision; None: not recorded (see ``day_precision_dates``)
    day_dates: list[str] | None = None
    sources: list[PredSource] = Field(default_factory=list)


def prediction_from_summary(s: Summary) -> Prediction:
    return Prediction(
        figures=[
            PredFigure(
                outcome=c.outcome,
                low=c.low,
                best=c.best,
                high=c.high,
                phrase=c.phrase,
                who=c.who,
                quotes=[e.quote for e in c.evidence],
                reported_by=c.reported_by,
                status=c.status,
            )
            for c in s.casualties
        ],
        places=[loc.name for loc in s.locations],
        actors=[n for p in s.parties for n in (p.name, *p.aliases)],
        dates=[t.date for t in s.timeline if t.date],
        day_dates=[t.date for t in s.timeline if t.date and t.date_precision == "day"],
        sources=[PredSource(name=x.name, kind=x.kind, party_to_conflict=x.party_to_conflict) for x in s.sources],
    )


# -- the plain baseline schema: what a user would write for one instructor call ------------

PlainOutcome = Literal["killed", "injured", "missing", "detained", "displaced"]


class PlainCasualty(BaseModel):
    outcome: PlainOutcome
    low: int | None = Field(description="lowest number of people, null if not stated")
    high: int | None = Field(description="highest number of people, null if open-ended")
    who: str
    quote: str = Field(description="the sentence of the article that states the figure")


class PlainSummary(BaseModel):
    summary: str
    casualties: list[PlainCasualty]
    places: list[str]
    actors: list[str]
    dates: list[str] = Field(description="dates of the events, YYYY-MM-DD")


BASELINE_SYSTEM = (
    "You summarize news articles about armed conflict. Read the article and fill in the "
    "schema: a short summary, the casualty figures, the places, the actors and the event dates."
)
BASELINE_MAX_RETRIES = 1


def baseline_messages(text: str, published: str | None) -> list[dict[str, str]]:
    head = f"Publication date: {published}\n\n" if published else ""
    return [
        {"role": "system", "content": BASELINE_SYSTEM},
        {"role": "user", "content": f"{head}Article:\n\n{text}"},
    ]


def baseline_version() -> str:
    """Changes whenever the baseline prompt or schema changes (reported as its prompt version)."""
    h = hashlib.sha256()
    h.update(BASELINE_SYSTEM.encode())
    h.update(json.dumps(PlainSummary.model_json_schema(), sort_keys=True).encode())
    return "baseline-" + h.hexdigest()[:12]


def prediction_from_plain(p: PlainSummary) -> Prediction:
    return Prediction(
        figures=[
            PredFigure(outcome=c.outcome, low=c.low, high=c.high, who=c.who, quotes=[c.quote], claims_best=False)
            for c in p.casualties
        ],
        places=list(p.places),
        actors=list(p.actors),
        dates=[d.strip() for d in p.dates if d.strip()],
    )


# --------------------------------------------------------------------------- scoring rules


@dataclass
class Tally:
    found: int = 0
    total: int = 0
    misses: list[Any] = field(default_factory=list)
    #: gold items left out of ``total`` (strict name metrics: gold strings with no word)
    dropped: int = 0


def ranges_overlap(gold_low: int | None, gold_high: int | None, pred_low: int | None, pred_high: int | None) -> bool:
    """Closed ranges; a missing low is 0, a missing high unbounded (both sides)."""
    gl = gold_low or 0
    pl = pred_low or 0
    return (gold_high is None or pl <= gold_high) and (pred_high is None or gl <= pred_high)


def dedup_gold_casualties(gold: Sequence[GoldCasualty]) -> list[GoldCasualty]:
    seen: set[tuple[str, int | None, int | None]] = set()
    out: list[GoldCasualty] = []
    for g in gold:
        key = (g.outcome, g.low, g.high)
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out


def casualty_recall(gold: Sequence[GoldCasualty], figures: Sequence[PredFigure]) -> Tally:
    t = Tally()
    for g in dedup_gold_casualties(gold):
        t.total += 1
        if any(f.outcome == g.outcome and ranges_overlap(g.low, g.high, f.low, f.high) for f in figures):
            t.found += 1
        else:
            t.misses.append(g)
    return t


def strict_casualty_recall(gold: Sequence[GoldCasualty], figures: Sequence[PredFigure]) -> Tally:
    """Casualty recall where a predicted figure without a low bound matches nothing."""
    return casualty_recall(gold, [f for f in figures if f.low is not None])


# -- attribution metrics (attrib_README.md; score_attrib.py's rules, reimplemented) ----------

_ATTRIB_GENERIC_WORDS = (
    "the a an al el of for and in on at to by said says say local regional state media news agency "
    "ministry officials official sources source spokesman spokesperson police military army forces government "
    "health defence defense hospital hospitals reports report residents witness witnesses group head mayor "
    "governor committee network run hamas-run houthi-run bbc un un's its his her their other others security "
    "senior service services syrian iraqi israeli russian russia's ukrainian ukraine's sudanese kenyan malian "
    "afghan pakistani yemeni libyan palestinian nigerian gaza gaza's territory's medics doctors people one man"
)
_ATTRIB_GENERIC = frozenset(_ATTRIB_GENERIC_WORDS.split())


def _anorm(s: str | None) -> str:
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(s.split()).lower()


def _within(a: str, b: str) -> bool:
    import re

    return bool(a) and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) is not None


def _quotes_overlap(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    a, b = _anorm(a), _anorm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(20, len(a), len(b))


def _distinctive(name: str | None) -> set[str]:
    import re

    words = re.findall(r"[A-Za-z][\w'-]*", name or "")
    out = {
        w.lower() for w in words if (w[0].isupper() or w.isupper()) and len(w) >= 3 and w.lower() not in _ATTRIB_GENERIC
    }
    caps = [w for w in words if w[0].isupper() and w.lower() not in ("the", "a", "an")]
    if len(caps) >= 2:
        out.add("".join(w[0] for w in caps).lower())
    return out


def same_source(gold_options: Sequence[str | None], predicted: str | None) -> bool:
    """Attribution: both null; one name inside the other; or a shared distinctive word."""
    pred = predicted if (predicted or "").strip() else None
    for g in gold_options:
        if g is None or pred is None:
            if g is None and pred is None:
                return True
            continue
        ng, np_ = _anorm(g), _anorm(pred)
        if _within(ng, np_) or _within(np_, ng) or (_distinctive(g) & _distinctive(pred)):
            return True
    return False


def match_attrib_figures(gold: Sequence[GoldCasualty], pred: Sequence[PredFigure]) -> dict[int, int]:
    """One-to-one gold -> predicted figure indexes, in the scorer's three tiers."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for tier in (0, 1, 2):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            gp, gqs = _anorm(g.phrase), [g.quote, *g.alt_quotes]
            for pi, p in enumerate(pred):
                if pi in used or p.outcome != g.outcome:
                    continue
                pp = _anorm(p.phrase)
                ev = [q for q in p.quotes if q]
                ev_ok = any(_quotes_overlap(e, q) for e in ev for q in gqs)
                phrase_ok = bool(pp) and _within(gp, pp)
                ok = (
                    (tier == 0 and phrase_ok and ev_ok)
                    or (tier == 1 and bool(pp) and any(_within(pp, _anorm(q)) for q in gqs) and ev_ok)
                    or (tier == 2 and phrase_ok and not ev)
                )
                if ok:
                    pairs[gi] = pi
                    used.add(pi)
                    break
    return pairs


def match_attrib_sources(gold: Sequence[GoldSource], pred: Sequence[PredSource]) -> dict[int, int]:
    pairs: dict[int, int] = {}
    used: set[int] = set()
    names = [_anorm(p.name) for p in pred]
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            opts = [_anorm(n) for n in [g.name, *(g.aliases or [])]]
            for pi, pn in enumerate(names):
                if pi in used or not pn:
                    continue
                if (exact and pn in opts) or (not exact and any(_within(o, pn) or _within(pn, o) for o in opts)):
                    pairs[gi] = pi
                    used.add(pi)
                    break
    return pairs


def attribution_tallies(gold: Gold, pred: Prediction) -> dict[str, Tally]:
    """The attribution set's metrics for one document (empty tallies when the gold has none)."""
    t = {name: Tally() for name in ATTRIB_COLUMNS}
    if not gold.has_attribution:
        return t
    gf, pf = gold.casualties, pred.figures
    pairs = match_attrib_figures(gf, pf)
    t["figure_recall"] = Tally(found=len(pairs), total=len(gf))
    t["figure_precision"] = Tally(found=len(pairs), total=len(pf))
    for gi, pi in pairs.items():
        x, p = gf[gi], pf[pi]
        for name, ok in (
            ("attribution", same_source([x.reported_by, *x.reported_by_alt], p.reported_by)),
            ("status_accuracy", p.status in [x.status, *x.status_alt]),
            ("range_accuracy", (p.low, p.high) == (x.low, x.high)),
        ):
            t[name].total += 1
            t[name].found += int(ok)
    spairs = match_attrib_sources(gold.sources, pred.sources)
    t["source_recall"] = Tally(found=len(spairs), total=len(gold.sources))
    t["source_precision"] = Tally(found=len(spairs), total=len(pred.sources))
    for gi, pi in spairs.items():
        gs, ps = gold.sources[gi], pred.sources[pi]
        t["source_kind"].total += 1
        t["source_kind"].found += int(ps.kind in [gs.kind, *(gs.kind_alt or [])])
        if gs.party_to_conflict is not None:
            t["party_accuracy"].total += 1
            t["party_accuracy"].found += int(ps.party_to_conflict == gs.party_to_conflict)
    return t


def quote_in_text(quote: str, norm_text: str) -> bool:
    """``norm_text`` is ``normalize(document)``."""
    q = normalize(quote)
    return bool(q.strip()) and q in norm_text


def figure_grounded(fig: PredFigure, text: str, *, norm_text: str | None = None) -> tuple[bool, str]:
    """Whether one evidence quote of ``fig`` is in ``text`` and supports its numbers; with the
    reason when not."""
    nt = norm_text if norm_text is not None else normalize(text)
    if not any(q.strip() for q in fig.quotes):
        return False, "no evidence quote"
    reasons: list[str] = []
    for q in fig.quotes:
        if not quote_in_text(q, nt):
            reasons.append("quote not in the document")
            continue
        d = derive_quantity(q, fig.phrase if fig.claims_best else "", fig.outcome)
        if d is None:
            reasons.append(f"no {fig.outcome} quantity in the quote")
            continue
        if fig.claims_best:
            if (d.low, d.best, d.high) == (fig.low, fig.best, fig.high):
                return True, ""
            reasons.append(f"quote gives low/best/high {d.low}/{d.best}/{d.high}")
        else:
            if (d.low, d.high) == (fig.low, fig.high):
                return True, ""
            reasons.append(f"quote gives low/high {d.low}/{d.high}")
    return False, "; ".join(dict.fromkeys(reasons))


def grounded_precision(figures: Sequence[PredFigure], text: str) -> Tally:
    """``found`` = grounded figures, ``total`` = predicted figures, ``misses`` = (index, reason)."""
    nt = normalize(text)
    t = Tally()
    for i, f in enumerate(figures):
        t.total += 1
        ok, why = figure_grounded(f, text, norm_text=nt)
        if ok:
            t.found += 1
        else:
            t.misses.append((i, why))
    return t


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _dedup_strings(items: Iterable[str]) -> list[str]:
    out: dict[str, str] = {}
    for s in items:
        k = _fold(s)
        if k and k not in out:
            out[k] = s
    return list(out.values())


def names_match(gold: str, predicted: str) -> bool:
    g, p = _fold(gold), _fold(predicted)
    return bool(g) and bool(p) and (g in p or p in g)


def name_recall(gold: Sequence[str], predicted: Sequence[str]) -> Tally:
    """Place and actor recall: containment either way, case-insensitive."""
    t = Tally()
    for g in _dedup_strings(gold):
        t.total += 1
        if any(names_match(g, p) for p in predicted):
            t.found += 1
        else:
            t.misses.append(g)
    return t


def date_accuracy(gold: Sequence[str], predicted: Sequence[str]) -> Tally:
    have = {d.strip() for d in predicted}
    t = Tally()
    for g in _dedup_strings(gold):
        t.total += 1
        if g.strip() in have:
            t.found += 1
        else:
            t.misses.append(g)
    return t


#: function words that do not have to match in the strict name rule (``strict_name_recall``)
#: (English only: "EL" of "EL SALVADOR" is a content word, so it does not match "San Salvador")
FUNCTION_WORDS = frozenset(("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with"))


def name_words(name: str) -> list[str]:
    """A name's words: casefolded; any run of characters other than letters and digits (spaces,
    punctuation, ``_``) separates words."""
    return [w for w in re.split(r"[\W_]+", name.casefold()) if w]


def content_words(name: str) -> frozenset[str]:
    """``name_words`` minus ``FUNCTION_WORDS``; all the words when nothing else is left."""
    words = name_words(name)
    return frozenset(w for w in words if w not in FUNCTION_WORDS) or frozenset(words)


def strict_names_match(gold: str, predicted: str) -> bool:
    """Whole-word match: every content word of one name is a word of the other (empty names
    never match)."""
    gc, pc = content_words(gold), content_words(predicted)
    if not gc or not pc:
        return False
    return gc <= set(name_words(predicted)) or pc <= set(name_words(gold))


def gold_alternatives(gold: str) -> list[str]:
    """A gold string split on ``;`` into alternatives, those with no word left out."""
    return [a for a in gold.split(";") if name_words(a)]


def strict_name_recall(gold: Sequence[str], predicted: Sequence[str]) -> Tally:
    """Strict place and actor recall (module docstring): whole words, ``;`` alternatives, gold
    strings with no word dropped (``Tally.dropped``), gold deduplicated by its words."""
    t = Tally()
    seen: set[tuple[tuple[str, ...], ...]] = set()
    for g in gold:
        alts = gold_alternatives(g)
        if not alts:
            t.dropped += 1
            continue
        key = tuple(sorted({tuple(name_words(a)) for a in alts}))
        if key in seen:
            continue
        seen.add(key)
        t.total += 1
        if any(strict_names_match(a, p) for a in alts for p in predicted):
            t.found += 1
        else:
            t.misses.append(g)
    return t


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def day_precision_dates(pred: Prediction) -> list[str]:
    """The predicted dates at day precision: ``pred.day_dates``, or when that is not recorded,
    every predicted date written as a full ``YYYY-MM-DD``."""
    dates = pred.day_dates if pred.day_dates is not None else pred.dates
    return [d.strip() for d in dates if _DAY.fullmatch(d.strip())]


def strict_date_accuracy(gold: Sequence[str], day_dates: Sequence[str]) -> Tally:
    """Date accuracy where only day-precision predicted dates (``day_precision_dates``) count."""
    return date_accuracy(gold, day_dates)


def date_precision(gold: Sequence[str], day_dates: Sequence[str]) -> Tally:
    """For a document with gold dates: ``found`` = distinct day-precision predicted dates that
    are gold dates, ``total`` = distinct day-precision predicted dates, ``misses`` = the others.
    No gold dates: nothing to score (as ``date_accuracy``)."""
    t = Tally()
    want = {d.strip() for d in _dedup_strings(gold)}
    if not want:
        return t
    for d in dict.fromkeys(x.strip() for x in day_dates if x.strip()):
        t.total += 1
        if d in want:
            t.found += 1
        else:
            t.misses.append(d)
    return t


# --------------------------------------------------------------------------- report models

#: the columns of the main table (the README's metrics)
MAIN_METRICS = ("casualty_recall", "grounded_precision", "place_recall", "actor_recall", "date_accuracy")
#: the attribution set's metrics, reported when the gold file carries them
ATTRIB_METRICS = (
    "figure_recall",
    "attribution",
    "status_accuracy",
    "range_accuracy",
    "source_recall",
    "source_kind",
    "party_accuracy",
)
#: reported beside the attribution metrics (no target): the share of predicted figures and of
#: predicted sources that match a gold one (the set lists every figure and every cited source,
#: so an unmatched prediction is an extra: a false figure, a junk or unlisted source)
ATTRIB_PRECISION = ("figure_precision", "source_precision")
#: every attribution column, in table order
ATTRIB_COLUMNS = (*ATTRIB_METRICS, *ATTRIB_PRECISION)
METRICS = (
    "casualty_recall",
    "strict_casualty_recall",
    "grounded_precision",
    "place_recall",
    "actor_recall",
    "date_accuracy",
    *ATTRIB_METRICS,
    # appended, so earlier reports' columns keep their order
    "strict_place_recall",
    "strict_actor_recall",
    "date_precision",
    "strict_date_accuracy",
    *ATTRIB_PRECISION,
)
#: this module's stricter variants, each shown after the README metric it tightens
STRICT_METRICS = (
    "strict_casualty_recall",
    "strict_place_recall",
    "strict_actor_recall",
    "strict_date_accuracy",
    "date_precision",
)
#: the order of the columns in tables: each strict variant next to its lenient metric
DISPLAY_ORDER = (
    "casualty_recall",
    "strict_casualty_recall",
    "grounded_precision",
    "place_recall",
    "strict_place_recall",
    "actor_recall",
    "strict_actor_recall",
    "date_accuracy",
    "strict_date_accuracy",
    "date_precision",
    *ATTRIB_COLUMNS,
)
LABELS = {
    "casualty_recall": "casualty recall",
    "strict_casualty_recall": "strict recall",
    "figure_recall": "figure recall",
    "attribution": "attribution",
    "status_accuracy": "status",
    "range_accuracy": "range",
    "source_recall": "source recall",
    "source_kind": "source kind",
    "party_accuracy": "party to the conflict",
    "figure_precision": "figure precision",
    "source_precision": "source precision",
    "grounded_precision": "grounded precision",
    "place_recall": "place recall",
    "actor_recall": "actor recall",
    "date_accuracy": "date accuracy",
    "strict_place_recall": "strict place recall",
    "strict_actor_recall": "strict actor recall",
    "date_precision": "date precision",
    "strict_date_accuracy": "strict date accuracy",
}


class Metric(BaseModel):
    value: float | None = None  # None: nothing to score (n/a)
    found: int = 0
    total: int = 0
    docs: int = 0  # documents contributing to ``total``
    dropped: int = 0  # gold items left out of ``total`` (``Tally.dropped``)

    def add(self, t: Tally) -> None:
        self.found += t.found
        self.total += t.total
        self.dropped += t.dropped
        self.docs += 1 if t.total else 0
        self.value = round(self.found / self.total, 4) if self.total else None

    def text(self) -> str:
        return "n/a" if self.value is None else f"{self.value:.2f} ({self.found}/{self.total})"


class _MetricFields(BaseModel):
    """One field per name in ``METRICS`` (a document's scores, or pooled ones)."""

    casualty_recall: Metric = Field(default_factory=Metric)
    strict_casualty_recall: Metric = Field(default_factory=Metric)
    grounded_precision: Metric = Field(default_factory=Metric)
    place_recall: Metric = Field(default_factory=Metric)
    actor_recall: Metric = Field(default_factory=Metric)
    date_accuracy: Metric = Field(default_factory=Metric)
    figure_recall: Metric = Field(default_factory=Metric)
    attribution: Metric = Field(default_factory=Metric)
    status_accuracy: Metric = Field(default_factory=Metric)
    range_accuracy: Metric = Field(default_factory=Metric)
    source_recall: Metric = Field(default_factory=Metric)
    source_kind: Metric = Field(default_factory=Metric)
    party_accuracy: Metric = Field(default_factory=Metric)
    strict_place_recall: Metric = Field(default_factory=Metric)
    strict_actor_recall: Metric = Field(default_factory=Metric)
    date_precision: Metric = Field(default_factory=Metric)
    strict_date_accuracy: Metric = Field(default_factory=Metric)
    figure_precision: Metric = Field(default_factory=Metric)
    source_precision: Metric = Field(default_factory=Metric)


class Metrics(_MetricFields):
    docs: int = 0
    failed: int = 0

    def get(self, name: str) -> Metric:
        m = getattr(self, name)
        assert isinstance(m, Metric)
        return m


class FigureResult(BaseModel):
    outcome: str
    low: int | None
    best: int | None
    high: int | None
    phrase: str = ""
    who: str = ""
    quote: str = ""
    grounded: bool
    reason: str = ""


class DocScores(_MetricFields):
    """One document's scores."""


class Misses(BaseModel):
    casualties: list[GoldCasualty] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    ungrounded: list[int] = Field(default_factory=list, description="indexes into predicted")
    strict_places: list[str] = Field(default_factory=list)
    strict_actors: list[str] = Field(default_factory=list)
    strict_dates: list[str] = Field(default_factory=list)
    extra_dates: list[str] = Field(default_factory=list, description="day-precision predicted dates not in the gold")


class DocResult(BaseModel):
    id: str
    corpus: str
    error: str | None = None
    resumed: bool = False
    seconds: float | None = None
    fallback: bool = Field(
        default=False, description="the model's answer never fitted the schema: scored on the code's summary"
    )
    gold: Gold
    predicted: list[FigureResult] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    scores: DocScores
    misses: Misses


class FailedDoc(BaseModel):
    id: str
    corpus: str
    error: str


class EvalReport(BaseModel):
    model_config = ConfigDict(protected_namespaces=())

    dataset: str
    mode: Literal["pipeline", "baseline"]
    model: str
    provider: str
    prompt_version: str
    schema_version: str
    date: str
    options: dict[str, Any] = Field(default_factory=dict)
    corpora: dict[str, Metrics] = Field(default_factory=dict)
    overall: Metrics = Field(default_factory=Metrics)
    failed: list[FailedDoc] = Field(default_factory=list)
    fallback: list[str] = Field(
        default_factory=list,
        description="ids whose model answer never fitted the schema (model-answer-unfit): scored on the code's summary",
    )
    docs: list[DocResult] = Field(default_factory=list)


def score_doc(
    doc: GoldDoc,
    pred: Prediction | None,
    *,
    error: str | None = None,
    resumed: bool = False,
    seconds: float | None = None,
    fallback: bool = False,
) -> DocResult:
    """Score one document; ``pred`` None (a failed run) scores as an empty prediction."""
    p = pred or Prediction()
    tallies = {
        "casualty_recall": casualty_recall(doc.gold.casualties, p.figures),
        "strict_casualty_recall": strict_casualty_recall(doc.gold.casualties, p.figures),
        "grounded_precision": grounded_precision(p.figures, doc.text),
        "place_recall": name_recall(doc.gold.places, p.places),
        "actor_recall": name_recall(doc.gold.actors or doc.gold.parties, p.actors),
        "date_accuracy": date_accuracy(doc.gold.dates, p.dates),
        **attribution_tallies(doc.gold, p),
        "strict_place_recall": strict_name_recall(doc.gold.places, p.places),
        "strict_actor_recall": strict_name_recall(doc.gold.actors or doc.gold.parties, p.actors),
        "date_precision": date_precision(doc.gold.dates, day_precision_dates(p)),
        "strict_date_accuracy": strict_date_accuracy(doc.gold.dates, day_precision_dates(p)),
    }
    metrics: dict[str, Metric] = {}
    for name, t in tallies.items():
        m = Metric()
        m.add(t)
        metrics[name] = m
    why = dict(tallies["grounded_precision"].misses)
    figures = [
        FigureResult(
            outcome=f.outcome,
            low=f.low,
            best=f.best,
            high=f.high,
            phrase=f.phrase,
            who=f.who,
            quote=f.quotes[0] if f.quotes else "",
            grounded=i not in why,
            reason=why.get(i, ""),
        )
        for i, f in enumerate(p.figures)
    ]
    return DocResult(
        id=doc.id,
        corpus=doc.corpus,
        error=error,
        resumed=resumed,
        seconds=seconds,
        fallback=fallback,
        gold=doc.gold,
        predicted=figures,
        places=p.places,
        actors=p.actors,
        dates=p.dates,
        scores=DocScores(**metrics),
        misses=Misses(
            casualties=tallies["casualty_recall"].misses,
            places=tallies["place_recall"].misses,
            actors=tallies["actor_recall"].misses,
            dates=tallies["date_accuracy"].misses,
            ungrounded=sorted(why),
            strict_places=tallies["strict_place_recall"].misses,
            strict_actors=tallies["strict_actor_recall"].misses,
            strict_dates=tallies["strict_date_accuracy"].misses,
            extra_dates=tallies["date_precision"].misses,
        ),
    )


def aggregate(results: Sequence[DocResult]) -> tuple[dict[str, Metrics], Metrics]:
    """Per corpus (in order of first appearance) and overall, pooled over documents."""
    corpora: dict[str, Metrics] = {}
    overall = Metrics()
    for r in results:
        for m in (corpora.setdefault(r.corpus, Metrics()), overall):
            m.docs += 1
            m.failed += 1 if r.error else 0
            for name in METRICS:
                s: Metric = getattr(r.scores, name)
                m.get(name).add(Tally(found=s.found, total=s.total, dropped=s.dropped))
    return corpora, overall


# --------------------------------------------------------------------------- running


def predictions_path(report_path: Path) -> Path:
    """``report.json`` → ``report.predictions.jsonl`` (next to the report)."""
    return report_path.with_name(report_path.stem + ".predictions.jsonl")


def _text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _key(rec: dict[str, Any]) -> tuple[str, str] | None:
    """A predictions record's key: its id and run configuration (other configurations' lines
    stay in the file, one per id each)."""
    ident, run = rec.get("id"), rec.get("run")
    if not isinstance(ident, str) or not isinstance(run, dict):
        return None
    return ident, json.dumps(run, sort_keys=True)


def _done(previous: dict[Any, dict[str, Any]], run: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Successful records of this run configuration (the last line per id decides)."""
    here = json.dumps(run, sort_keys=True)
    return {
        k[0]: rec
        for k, rec in previous.items()
        if k[1] == here and rec.get("error") is None and isinstance(rec.get("prediction"), dict)
    }


async def _predict_pipeline(engine: Engine, doc: GoldDoc) -> tuple[Prediction, dict[str, Any]]:
    s = await engine.asummarize(doc.text, published=doc.published)
    return prediction_from_summary(s), s.model_dump(mode="json")


def _check_context(engine: Engine, text: str) -> None:
    limit = engine.provider.context_tokens
    if limit is not None:
        need = engine.provider.count_tokens(text) + engine.options.max_tokens + 300
        if need > limit:
            raise InputError(f"article too long for the model: about {need} tokens needed, context is {limit}")


async def _predict_baseline(engine: Engine, doc: GoldDoc, max_retries: int) -> tuple[Prediction, dict[str, Any]]:
    if not doc.text.strip():
        raise InputError("article is empty")
    _check_context(engine, doc.text)
    o = engine.options
    client = engine.async_client()
    plain: PlainSummary = await client.chat.completions.create(
        model=engine.provider.model,
        response_model=PlainSummary,
        messages=baseline_messages(doc.text, doc.published),
        max_retries=max_retries,
        temperature=o.temperature,
        max_tokens=o.max_tokens,
        seed=o.seed,
    )
    return prediction_from_plain(plain), plain.model_dump(mode="json")


@dataclass
class _EvalRun:
    """One eval run as its documents go through: the engine and how it is asked, the line each
    document adds to the predictions file, and the scores so far (by document id)."""

    engine: Engine
    output: JsonlOutput
    run_key: dict[str, Any]
    baseline: bool
    baseline_max_retries: int
    deadline: float | None
    sem: asyncio.Semaphore
    bar: ProgressDisplay
    results: dict[str, DocResult]


def _dataset(dataset: str | Path | Sequence[GoldDoc]) -> tuple[str, list[GoldDoc]]:
    if isinstance(dataset, str | Path):
        return str(dataset), load_gold(dataset)
    return "<memory>", list(dataset)


def _run_key(engine: Engine, options: Options, baseline: bool, baseline_max_retries: int) -> dict[str, Any]:
    """What a stored prediction must have been made with to be reused."""
    from .prompts import prompt_version

    mode: Literal["pipeline", "baseline"] = "baseline" if baseline else "pipeline"
    return {
        "mode": mode,
        "provider": engine.provider.name,
        "model": engine.provider.model,
        "prompt_version": baseline_version() if baseline else prompt_version(),
        "schema_version": "plain" if baseline else SCHEMA_VERSION,
        "hints": options.hints if not baseline else False,
        "max_retries": baseline_max_retries if baseline else options.max_retries,
    }


def _resume(selected: list[GoldDoc], done: dict[str, dict[str, Any]]) -> tuple[dict[str, DocResult], list[GoldDoc]]:
    """The scores of the documents already predicted (same run, same text), and the rest."""
    results: dict[str, DocResult] = {}
    todo: list[GoldDoc] = []
    for d in selected:
        rec = done.get(d.id)
        if rec is not None and rec.get("text_sha") == _text_sha(d.text):
            pred = Prediction.model_validate(rec["prediction"])
            results[d.id] = score_doc(
                d, pred, resumed=True, seconds=rec.get("seconds"), fallback=_fell_back(rec.get("output"))
            )
        else:
            todo.append(d)
    return results, todo


def _fell_back(output: object) -> bool:
    """Whether a pipeline output is the deterministic layer's fallback (``model-answer-unfit``)."""
    checks = output.get("checks") if isinstance(output, dict) else None
    from .findings import MODEL_ANSWER_UNFIT

    return any(isinstance(c, dict) and c.get("code") == MODEL_ANSWER_UNFIT.code for c in checks or [])


async def _predict(run: _EvalRun, doc: GoldDoc) -> tuple[Prediction, dict[str, Any]]:
    if run.baseline:
        return await _predict_baseline(run.engine, doc, run.baseline_max_retries)
    return await _predict_pipeline(run.engine, doc)


async def _eval_one(run: _EvalRun, doc: GoldDoc) -> None:
    """Predict one document (a failure is counted, never stops the run), write its line,
    score it."""
    async with run.sem:
        started = time.perf_counter()
        pred: Prediction | None = None
        output_json: dict[str, Any] | None = None
        error: str | None = None
        try:
            pred, output_json = await run_with_deadline(lambda: _predict(run, doc), run.deadline)
        except Exception as exc:  # a failed document is counted, never stops the run
            error = describe(exc)[1]
        seconds = round(time.perf_counter() - started, 2)
        run.output.write(
            {
                "id": doc.id,
                "corpus": doc.corpus,
                "run": run.run_key,
                "text_sha": _text_sha(doc.text),
                "error": error,
                "seconds": seconds,
                "prediction": pred.model_dump(mode="json") if pred is not None else None,
                "output": output_json,
            }
        )
        run.results[doc.id] = score_doc(doc, pred, error=error, seconds=seconds, fallback=_fell_back(output_json))
        run.bar.advance(doc.id, failed=error is not None)


def _report(
    dataset_name: str, run_key: dict[str, Any], ordered: list[DocResult], options: dict[str, Any]
) -> EvalReport:
    corpora, overall = aggregate(ordered)
    return EvalReport(
        dataset=dataset_name,
        mode=run_key["mode"],
        model=run_key["model"],
        provider=run_key["provider"],
        prompt_version=run_key["prompt_version"],
        schema_version=run_key["schema_version"],
        date=datetime.now(UTC).replace(microsecond=0).isoformat(),
        options=options,
        corpora=corpora,
        overall=overall,
        failed=[FailedDoc(id=r.id, corpus=r.corpus, error=r.error) for r in ordered if r.error],
        fallback=[r.id for r in ordered if r.fallback],
        docs=ordered,
    )


async def run_eval(
    dataset: str | Path | Sequence[GoldDoc],
    *,
    options: Options,
    concurrency: int = 1,
    limit: int | None = None,
    ids: Iterable[str] | None = None,
    report_path: str | Path,
    progress: bool = True,
    baseline: bool = False,
    baseline_max_retries: int = BASELINE_MAX_RETRIES,
    console: Any = None,
    timeout: float | None = None,
) -> EvalReport:
    """Summarise and score the selected documents; write the report JSON (and the per-document
    predictions JSONL beside it, appended as documents finish). ``timeout``: total seconds per
    document (``None``: the library's default; 0: none). See the module docstring."""
    dataset_name, docs = _dataset(dataset)
    ids = list(ids) if ids is not None else None
    selected = select_docs(docs, ids=ids, limit=limit)
    report_path = Path(report_path)
    pred_path = predictions_path(report_path)
    engine = Engine(with_timeout(options, timeout))
    output = JsonlOutput(pred_path, _key, what="eval")
    try:
        run_key = _run_key(engine, options, baseline, baseline_max_retries)
        output.open()
        results, todo = _resume(selected, _done(output.read(), run_key))
        already = len(selected) - len(todo)
        bar = ProgressDisplay("eval", len(selected), already=already, enabled=progress, console=console)
        deadline = time_limit(engine, timeout)
        sem = asyncio.Semaphore(max(1, concurrency))
        run = _EvalRun(engine, output, run_key, baseline, baseline_max_retries, deadline, sem, bar, results)
        with bar:
            await asyncio.gather(*(_eval_one(run, d) for d in todo))
        ordered = [results[d.id] for d in selected if d.id in results]
        settings = {
            "concurrency": concurrency,
            "limit": limit,
            "ids": list(ids) if ids is not None else None,
            "max_retries": run_key["max_retries"],
            "hints": run_key["hints"],
            "cache": options.cache,
            "offline": options.offline,
            "timeout": deadline,
            "predictions": str(pred_path),
            "averaging": "micro (pooled over documents)",
        }
        report = _report(dataset_name, run_key, ordered, settings)
        write_report(report, report_path)
        return report
    finally:
        output.close()
        engine.close()


def write_report(report: EvalReport, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


# --------------------------------------------------------------------------- rendering


def report_table(report: EvalReport) -> Any:

    title = (
        f"summarizer eval ({report.mode}) — {report.provider}/{report.model}, "
        f"prompt {report.prompt_version}, schema {report.schema_version}"
    )
    return _table(report, title, [n for n in METRICS if n in MAIN_METRICS])


def _table(report: EvalReport, title: str, shown: list[str]) -> Any:
    from rich.table import Table

    t = Table(title=title)
    t.add_column("corpus")
    t.add_column("docs", justify="right")
    t.add_column("failed", justify="right")
    for name in shown:
        t.add_column(LABELS[name], justify="right")
    rows = [*report.corpora.items(), ("overall", report.overall)]
    for i, (corpus, m) in enumerate(rows):
        t.add_row(
            f"[bold]{corpus}[/]" if i == len(rows) - 1 else corpus,
            str(m.docs),
            str(m.failed),
            *(m.get(name).text() for name in shown),
            end_section=i == len(rows) - 2,
        )
    return t


def dropped_notes(m: Metrics) -> list[str]:
    """One line per metric that left gold items out of its denominator."""
    return [
        f"{LABELS[n]}: {m.get(n).dropped} gold string(s) with no word (empty or punctuation only) not scored"
        for n in DISPLAY_ORDER
        if m.get(n).dropped
    ]


def print_report(report: EvalReport, console: Any = None) -> None:
    """The score tables, then the failures. When no document could be run there is nothing to
    score: one line says so instead of a table of zeros."""
    from rich import box
    from rich.console import Console

    con = console or Console()
    scored = report.overall.docs - report.overall.failed
    if scored <= 0:
        con.print(
            f"[red]no document could be scored[/]: all {report.overall.docs} failed (reasons below); "
            "no scores are reported",
            highlight=False,
        )
    else:
        tables = [report_table(report)]
        strict = [n for n in DISPLAY_ORDER if n in STRICT_METRICS and report.overall.get(n).total]
        if strict:
            tables.append(_table(report, "strict variants (evaluate.py's rules, beside the README's above)", strict))
        attrib = [n for n in DISPLAY_ORDER if n in ATTRIB_COLUMNS and report.overall.get(n).total]
        if attrib:
            tables.append(_table(report, "the attribution set's metrics", attrib))
        for t in tables:
            if not con.is_terminal:  # piped: plain columns, no box drawing
                t.box = box.SIMPLE_HEAD
            con.print(t)
        for line in dropped_notes(report.overall):
            con.print(line, highlight=False)
        if report.overall.failed:
            con.print(
                f"[yellow]{report.overall.failed} of {report.overall.docs} documents failed[/]: "
                "their gold items count as missed in the scores above",
                highlight=False,
            )
    if report.fallback:
        con.print(
            f"[yellow]{len(report.fallback)} of {report.overall.docs} documents: the model's answer never fitted the "
            f"schema[/], scored on the code's summary (model-answer-unfit): {', '.join(report.fallback[:20])}",
            highlight=False,
        )
    for f in report.failed[:20]:
        con.print(f"[red]failed[/] {f.id} ({f.corpus}): {f.error}", highlight=False)
    if len(report.failed) > 20:
        con.print(f"[red]... and {len(report.failed) - 20} more failed documents (see the report)[/]")
