"""summarizer.exports: GED- and ACLED-style CSV and JSONL from event reports, read back with
csv.DictReader; the export command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.exports import ACLED_COLUMNS, GED_COLUMNS, export
from summarizer.reconcile import reconcile

EVENTS = Path(__file__).resolve().parent.parent / "fixtures" / "events"


def _all_lines() -> list[dict[str, object]]:
    out = []
    for p in sorted(EVENTS.glob("*.summaries.jsonl")):
        out.extend(json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip())
    return out


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_ged_csv_columns_and_values() -> None:
    rows = {r["id"]: r for r in _rows(export(reconcile(_all_lines(), group="by-id"), "ged-csv"))}
    assert list(next(iter(rows.values()))) == GED_COLUMNS
    sumy = rows["sumy-2025"]
    assert (sumy["low"], sumy["best"], sumy["best_supported"], sumy["high"], sumy["high_open"]) == (
        "34",
        "34",
        "0",
        "61",
        "1",
    )
    assert sumy["date_start"] == "2025-04-13" and sumy["date_end"] == "2025-04-14" and sumy["date_prec"] == "2"
    assert "Ukrainian authorities" in sumy["source_original"] and sumy["disputed"] == "1"
    assert sumy["number_of_sources"] == "5"
    syria = rows["syria-coast-2025"]
    assert syria["low"] == "1500" and "Syrian Observatory for Human Rights" in syria["source_original"]
    assert syria["where_prec"] == ""


def test_acled_csv_conservative_fatalities_and_disputes_in_notes() -> None:
    rows = {r["event_id_cnty"]: r for r in _rows(export(reconcile(_all_lines(), group="by-id"), "acled-csv"))}
    assert list(next(iter(rows.values()))) == ACLED_COLUMNS
    wire = rows["synthetic-wire-copies"]
    assert wire["fatalities"] == "12"
    assert "Disputed" in wire["notes"] and "52" in wire["notes"]
    assert wire["year"] == "2024" and wire["location"] == "Dalvar"
    assert rows["sumy-2025"]["fatalities"] == "34" and "more than 60" in rows["sumy-2025"]["notes"]


def test_csv_quotes_commas_and_quotes_in_cells() -> None:
    text = export(reconcile(_all_lines(), group="by-id"), "acled-csv")
    for r in _rows(text):
        assert set(r) == set(ACLED_COLUMNS) and None not in r


def test_jsonl_one_event_per_line() -> None:
    text = export(reconcile(_all_lines(), group="by-id"), "jsonl")
    lines = [json.loads(x) for x in text.splitlines()]
    assert len(lines) == 4 and all("ranges" in x and "figures" in x for x in lines)


def test_export_command_from_batch_and_from_event_report(tmp_path: Path) -> None:
    batch = tmp_path / "out.jsonl"
    batch.write_text("".join(json.dumps(x) + "\n" for x in _all_lines()))
    runner = CliRunner()
    out = tmp_path / "ged.csv"
    res = runner.invoke(
        app, ["export", "--from", str(batch), "--group", "by-id", "--format", "ged-csv", "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert len(_rows(out.read_text())) == 4
    report = tmp_path / "events.json"
    res = runner.invoke(app, ["reconcile", "--from", str(batch), "--group", "by-id", "-o", str(report)])
    assert res.exit_code == 0
    res = runner.invoke(app, ["export", str(report), "--format", "acled-csv"])
    assert res.exit_code == 0 and len(_rows(res.stdout)) == 4
    res = runner.invoke(app, ["export", "--from", str(batch), "--format", "xls"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["export", "--from", str(batch), "-o", str(tmp_path / "no" / "dir" / "x.csv")])
    assert res.exit_code == 5
