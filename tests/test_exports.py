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
    # the articles name the country and "the Syrian coast" (a linear feature, GED 5)
    assert syria["where_prec"] == "5" and syria["where_coordinates"] == "Syrian coast"
    assert syria["latitude"] == syria["longitude"] == ""


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


# --------------------------------------------------------------------------- invented events
# (every article, name and place below is invented for these tests)

from datetime import UTC, datetime  # noqa: E402

import pytest  # noqa: E402

from summarizer.evidence.places import place_precision  # noqa: E402
from summarizer.exports import acled_fatalities, where  # noqa: E402
from summarizer.schema import Casualty, Evidence, Location, Provenance, Source, Summary  # noqa: E402


@pytest.mark.parametrize(
    ("name", "context", "prec"),
    [
        ("Korvel village", "", 1),
        ("the town of Ambrith", "", 1),
        ("Ostrel City", "", 1),
        ("Korvel", "Gunmen entered the village of Korvel at dawn.", 1),
        ("Tessaly", "Tessaly, a small town near the hills, was shelled.", 1),
        ("Marrow", "MARROW, 4 May (Wire) - Shells fell on Marrow.", 1),
        ("Hadran", "Hadran, the provincial capital, was quiet.", 1),
        ("Velmont Air Base", "", 1),
        ("near Korvel", "the village of Korvel", 2),
        ("eastern Marrow", "the city of Marrow", 2),
        ("the Qasira neighbourhood", "", 2),
        ("Dastan district", "", 3),
        ("Fendal", "Fendal district officials said", 3),
        ("the municipality of Orrin", "", 3),
        ("Helvar province", "", 4),
        ("Nadir governorate", "", 4),
        ("the Tarkan region", "", 4),
        ("the coast", "", 5),
        ("the Mediterranean coast", "", 5),
        ("along the border", "", 5),
        ("the Ostrel-Marrow road", "", 5),
        ("northern Syria", "", 5),
        ("Syria", "", 6),
        ("Red Sea", "", 7),
        ("Zembla", "Zembla was tense.", None),
    ],
)
def test_where_prec_from_the_place_words_and_what_the_text_calls_it(name: str, context: str, prec: int | None) -> None:
    got, rule = place_precision(name, context)
    assert got == prec, (name, rule)
    assert rule


def _summary(
    figs: list[Casualty], *, sources: list[str] = (), places: list[str] = (), text: str = "s"
) -> Summary:  # fmt: skip
    return Summary(
        summary=text,
        casualties=figs,
        sources=[Source(name=n, kind="monitor") for n in sources],
        locations=[Location(name=p) for p in places],
        provenance=Provenance(
            provider="openai", model="m", prompt_version="x", created_at=datetime(2025, 1, 1, tzinfo=UTC)
        ),
    )


def _fig(quote: str, phrase: str, low: int | None, best: int | None, high: int | None, by: str,
         location: str | None = None) -> Casualty:  # fmt: skip
    return Casualty(outcome="killed", who="people", low=low, best=best, high=high, phrase=phrase, reported_by=by,
                    location=location, evidence=[Evidence(quote=quote, start=0, end=len(quote))])  # fmt: skip


def test_ged_where_prec_and_coordinates_from_the_article_text() -> None:
    text = "Gunmen attacked the village of Korvel in Helvar province on 3 May. The Velmar Monitor said 9 died."
    s = _summary([_fig("The Velmar Monitor said 9 died", "9", 9, 9, 9, "The Velmar Monitor", "Korvel")],
                 sources=["The Velmar Monitor"], places=["Helvar province", "Korvel"])  # fmt: skip
    rep = reconcile([{"id": "a1", "published": "2025-05-04", "group": "g", "summary": s, "text": text}], group="by-id")
    e = rep.events[0]
    assert where(e) == ("Korvel", 1)
    row = _rows(export(rep, "ged-csv"))[0]
    assert (row["where_coordinates"], row["where_prec"], row["latitude"], row["longitude"]) == ("Korvel", "1", "", "")
    info = {p.name: p for p in e.place_info}
    assert info["Helvar province"].where_prec == 4 and "province" in info["Helvar province"].rule
    assert info["Korvel"].figure_place and "village" in info["Korvel"].rule


def test_ged_where_prec_country_only_and_unknown_name() -> None:
    s = _summary([_fig("9 died", "9", 9, 9, 9, "X")], places=["Syria"])
    assert _rows(export(reconcile([("a", "2025-05-04", s, "g")], group="by-id"), "ged-csv"))[0]["where_prec"] == "6"
    s = _summary([_fig("9 died", "9", 9, 9, 9, "X")], places=["Zembla"])
    row = _rows(export(reconcile([("a", "2025-05-04", s, "g")], group="by-id"), "ged-csv"))[0]
    assert row["where_prec"] == "" and row["where_coordinates"] == "" and row["where_description"] == "Zembla"


def test_ged_date_prec_and_number_of_sources_count_reports() -> None:
    one = _summary([_fig("12 died", "12", 12, 12, 12, "The Velmar Monitor")], sources=["The Velmar Monitor"])
    items = [(f"outlet-{k}", f"2025-05-0{4 + k}", one, "g") for k in range(3)]
    row = _rows(export(reconcile(items, group="by-id"), "ged-csv"))[0]
    # three outlets repeat one report: GED counts the three news reports, one original source
    assert row["number_of_sources"] == "3" and row["number_of_original"] == "1"
    assert (row["date_start"], row["date_end"], row["date_prec"]) == ("2025-05-04", "2025-05-06", "2")


def test_acled_fatalities_is_the_conservative_figure_and_acled_value_for_vague_words() -> None:
    a = _summary([_fig("dozens were killed, the Velmar Monitor said", "dozens", 24, None, None, "the Velmar Monitor")],
                 sources=["the Velmar Monitor"])  # fmt: skip
    rep = reconcile([("a", "2025-05-04", a, "g")], group="by-id")
    assert rep.events[0].ranges[0].low == 24  # GED's bound for "dozens"
    n, note = acled_fatalities(rep.events[0])
    assert n == 12 and "'dozens' coded 12" in note
    row = _rows(export(rep, "acled-csv"))[0]
    assert row["fatalities"] == "12" and "conservative figure 12" in row["notes"]
    # two bounded sources that conflict: the lower one, the dispute side by side in notes
    c = _summary([_fig("the ministry said 8 were killed", "8", 8, 8, 8, "the Ostrel Interior Ministry")],
                 sources=["the Ostrel Interior Ministry"])  # fmt: skip
    d = _summary([_fig("the monitor counted 31 dead", "31", 31, 31, 31, "the Velmar Monitor")],
                 sources=["the Velmar Monitor"])  # fmt: skip
    rep = reconcile([("c", "2025-05-04", c, "g"), ("d", "2025-05-04", d, "g")], group="by-id")
    row = _rows(export(rep, "acled-csv"))[0]
    assert row["fatalities"] == "8" and "Disputed killed" in row["notes"] and "31" in row["notes"]
    # no number: 0, and the notes say so
    e = _summary([_fig("people were killed", "", None, None, None, "the Velmar Monitor")])
    row = _rows(export(reconcile([("e", "2025-05-04", e, "g")], group="by-id"), "acled-csv"))[0]
    assert row["fatalities"] == "0" and "without a number" in row["notes"]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_reader_loads_both_exports_from_a_summary_and_an_event_report(tmp_path: Path) -> None:
    title = 'Shelling of Ğölçük,\n"the old quarter" — a summary on two lines; 9 dead'
    s = _summary([_fig("Médecins de Vélmar said 9 died", "9", 9, 9, 9, "Médecins de Vélmar « Nord »", "Ğölçük")],
                 sources=["Médecins de Vélmar « Nord »"], places=["Ğölçük village"], text=title)  # fmt: skip
    summary_file = tmp_path / "summary.json"
    summary_file.write_text(s.model_dump_json(), encoding="utf-8")
    runner = CliRunner()
    report_file = tmp_path / "events.json"
    res = runner.invoke(app, ["reconcile", str(summary_file), "-f", "json", "-o", str(report_file)])
    assert res.exit_code == 0, res.output
    for src in (summary_file, report_file):
        for fmt, columns in (("ged-csv", GED_COLUMNS), ("acled-csv", ACLED_COLUMNS)):
            out = tmp_path / f"{src.stem}.{fmt}.csv"
            res = runner.invoke(app, ["export", str(src), "--format", fmt, "-o", str(out)])
            assert res.exit_code == 0, res.output
            rows = _read_csv(out)
            assert len(rows) == 1 and list(rows[0]) == columns and None not in rows[0]
            row = rows[0]
            if fmt == "acled-csv":
                assert row["notes"].startswith(title) and row["fatalities"] == "9"
                assert row["source_original"] == "Médecins de Vélmar « Nord »" and row["location"] == "Ğölçük village"
            else:
                assert row["where_description"] == "Ğölçük village" and row["where_prec"] == "1"
                assert row["best"] == "9" and row["source_original"] == "Médecins de Vélmar « Nord »"
