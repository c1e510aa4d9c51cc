"""The fast paths of the evidence layer give exactly what the plain algorithms give.

Checked over every article available (seeds, fixtures, and the shared dev set when
present): the indexed longest-match lookup, the skipping of tokens that cannot open a
quantity, the substring pre-check before the outcome regexes, and the memoised sentence
splits and scans (which must hand out fresh lists).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summarizer.evidence import candidates as cand_mod
from summarizer.evidence import find_candidates, find_quantities, sentence_spans
from summarizer.evidence import quantities as q_mod
from summarizer.evidence.quantities import MODIFIERS, OUTCOME_PATTERNS, OUTCOME_RE, VAGUE

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/shared/eval/dev.jsonl")


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in (ROOT / "fixtures" / "eval_sample.jsonl", DEV):
        if path.exists():
            for line in path.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    out.append(json.loads(line)["text"])
    return out


TEXTS = _texts()


def _match_seq_ref(toks: list[q_mod._Tok], i: int, table: dict[tuple[str, ...], object]) -> int:
    best = 0
    for key in table:
        k = len(key)
        if k > best and i + k <= len(toks) and tuple(t.low for t in toks[i : i + k]) == key:
            best = k
    return best


def _scan_ref(text: str) -> list[q_mod.Quantity]:
    toks = q_mod._tokens(text)
    out: list[q_mod.Quantity] = []
    i = 0
    while i < len(toks):
        q, j = q_mod._parse_at(text, toks, i)
        if q is not None:
            out.append(q)
            i = j
        else:
            i += 1
    return out


def test_have_texts() -> None:
    assert len(TEXTS) >= 5


def test_indexed_match_equals_linear_scan() -> None:
    extra = "a few dozen, several hundred, an unknown number of, as many as, no fewer than"
    for text in [*TEXTS[:25], extra]:  # the linear reference is slow
        toks = q_mod._tokens(text)
        for i in range(len(toks) + 1):
            for table in (VAGUE, MODIFIERS):
                assert q_mod._match_seq(toks, i, table) == _match_seq_ref(toks, i, table)  # type: ignore[arg-type]


def test_scan_equals_unskipped_scan() -> None:
    for text in TEXTS:
        assert find_quantities(text) == _scan_ref(text)
        for s, e in sentence_spans(text):
            assert q_mod._scan(text[s:e]) == _scan_ref(text[s:e])


def _alternatives() -> list[str]:
    """One concrete word or phrase for each alternative of the outcome patterns."""
    words: list[str] = []
    for pat in OUTCOME_PATTERNS.values():
        for alt in pat.split("|"):
            w = alt.replace(r"\s+", " ").replace("(?:", "").replace(")?", "").replace(")", "")
            w = w.replace("[sz]", "s").replace("?", "").split("(!")[0]
            words.append(w.strip())
    return words


def test_outcome_precheck_equals_regex() -> None:
    sents = [t[s:e] for t in TEXTS for s, e in sentence_spans(t)]
    sents += _alternatives()
    sents += [w.upper() for w in _alternatives()]
    sents += ["ſlain", "wounded ſoldiers", "kıdnapped", "Mıssing", "KILLED", "Wounded"]
    for sent in sents:
        low = None if ("ſ" in sent or "ı" in sent) else sent.lower()
        for outcome, rx in OUTCOME_RE.items():
            assert cand_mod._mentions(sent, low, outcome) == bool(rx.search(sent)), (outcome, sent)


def test_cached_results_are_fresh_lists() -> None:
    text = TEXTS[0]
    spans = sentence_spans(text)
    spans.append((0, 0))
    assert sentence_spans(text) != spans
    qs = find_quantities(text)
    qs.clear()
    assert find_quantities(text)


def test_candidates_stable_across_calls() -> None:
    for text in TEXTS:
        assert find_candidates(text) == find_candidates(text)


@pytest.mark.skipif(
    not os.environ.get("EVIDENCE_SNAPSHOT"),
    reason="set EVIDENCE_SNAPSHOT=/path.json (written by an older version) to compare",
)
def test_candidates_match_snapshot() -> None:
    """``find_candidates`` over the dev set equals a snapshot taken before a change.

    Write the snapshot with the old code: ``EVIDENCE_SNAPSHOT=/tmp/c.json
    EVIDENCE_SNAPSHOT_WRITE=1 pytest -k snapshot`` (the file is not committed).
    """
    path = Path(os.environ["EVIDENCE_SNAPSHOT"])
    got = [[repr(c) for c in find_candidates(t)] for t in TEXTS]
    if os.environ.get("EVIDENCE_SNAPSHOT_WRITE"):
        path.write_text(json.dumps(got), encoding="utf-8")
        pytest.skip("snapshot written")
    assert got == json.loads(path.read_text(encoding="utf-8"))
