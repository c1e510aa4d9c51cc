"""The event report as a page: self-contained, escaped, the review page's CSP, no script."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app

EVENTS = Path(__file__).resolve().parent.parent / "fixtures" / "events"


def test_event_report_page_is_self_contained_and_escaped(tmp_path: Path) -> None:
    src = EVENTS / "syria-coast-2025.summaries.jsonl"
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(
        src.read_text(encoding="utf-8").replace("Syrian Observatory", "<script>alert(1)</script>Syrian Observatory"),
        encoding="utf-8",
    )
    out = tmp_path / "events.html"
    r = CliRunner().invoke(app, ["reconcile", "--from", str(hostile), "--group", "by-id", "-o", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Content-Security-Policy" in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page.split("</head>")[0] and "https://" not in page.split("</head>")[0]
    assert "Reconciled figures" in page and "Figures by source" in page
