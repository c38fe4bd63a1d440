"""The import wizard end to end (offscreen): preview, mapping, dry run, import, undo."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from desktop_app.ui.import_wizard import ImportWizard
from desktop_app.ui.tasks import wait_for_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import make_fixtures  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return make_fixtures.build(tmp_path_factory.mktemp("wizard-fixtures"))


def _count(ctx: Any, sql: str) -> object:
    with ctx.engine.connect() as conn:
        return conn.connection.driver_connection.cursor().execute(sql).fetchone()[0]


def _open(qtbot, ctx, path) -> ImportWizard:
    wiz = ImportWizard(ctx, str(path))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.analysis is not None or wiz.error is not None, timeout=60000)
    return wiz


def test_full_import_with_stage_mapping_save_rejects_and_undo(
    qtbot, ctx, files, tmp_path, monkeypatch
):
    wiz = _open(qtbot, ctx, files / "defects.csv")
    page = wiz.settings_page
    assert page.isComplete()
    assert "HubSpot export" in page.detected.text() and "11 rows" in page.detected.text()
    assert page.preview.rowCount() == 4
    wiz.next()
    assert wiz.currentId() == wiz.COLUMNS
    cols = wiz.columns_page
    assert cols.combos["Deal Name"].currentData() == "title"
    assert cols.table.item(1, 1).text().startswith("Good one")
    wiz.next()
    assert wiz.currentId() == wiz.STAGES
    stages = wiz.stages_page
    outcome, stage = stages.rows["Appointment Scheduled"]
    stage.setCurrentIndex(stage.findData("Proposal"))
    wiz.next()  # re-analyses with the new stage, then moves on by itself
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.DRY_RUN, timeout=15000)
    dry = wiz.dry_run_page
    assert dry.counts.values == {"read": 11, "new": 4, "updated": 0, "same": 1, "rejected": 6}
    assert "Rejected rows (6)" in dry.rejects_label.text()
    assert dry.rejects.rowCount() == 6
    assert _count(ctx, "SELECT COUNT(*) FROM deals") == 0
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.RESULT, timeout=30000)
    assert wiz.report["imported"] == 4 and wiz.report["rejected"] == 6
    assert _count(ctx, "SELECT stage FROM deals WHERE external_id = 'D6'") == "Proposal"
    assert ctx.changed and "deals" in ctx.changed[-1]
    out = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    wiz.result_page.save_button.click()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:5] == ["row", "line", "reason", "detail", "Record ID"]
    assert [r[2] for r in rows[1:]][:2] == ["wrong number of fields", "negative amount"]
    # formula-like cells are escaped when the app writes CSV
    assert rows[2][4:] == ["D3", "Negative", "Closed Won", "2025-01-10", "'-500.00", "Ann"]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    wiz.result_page.undo_button.click()
    assert asked and "Take this import back?" in asked[0]  # asks first, as deleting does
    qtbot.waitUntil(lambda: wiz.undone, timeout=15000)
    assert _count(ctx, "SELECT COUNT(*) FROM deals") == 0
    assert "taken back" in wiz.result_page.note.text()


def test_pages_speak_the_managers_language(qtbot, ctx, files):
    """Readable labels over the same field names; counts; no empty rows or columns."""
    wiz = _open(qtbot, ctx, files / "salesforce.csv")
    page = wiz.settings_page
    assert "5 footer lines skipped" in page.detected.text()
    assert "(found: Salesforce)" in page.preset_combo.itemText(0)
    assert page.kind_combo.currentText() == "Deals (opportunities)"
    assert not page.form.isRowVisible(page.sheet_combo)  # a CSV has no sheets
    headers = [page.preview.horizontalHeaderItem(j).text() for j in range(3)]
    assert headers == ["Row", "Record ID", "Deal name"]
    all_headers = [
        page.preview.horizontalHeaderItem(j).text() for j in range(page.preview.columnCount())
    ]
    assert "Cost" not in all_headers  # empty in every previewed row
    assert page.error_label.isHidden()
    assert "“Created Date”" in page.question.text()
    assert "month first, like the other date columns" in page.question.text()
    wiz.next()
    cols = wiz.columns_page
    combo = cols.combos["Opportunity Name"]
    assert combo.currentText() == "Deal name" and combo.currentData() == "title"
    assert "13 columns in the file: 11 imported, 2 left out" in cols.counts.text()
    combo.setCurrentIndex(0)
    assert "10 imported, 3 left out" in cols.counts.text()
    combo.setCurrentIndex(combo.findData("title"))
    wiz.next()
    assert wiz.currentId() == wiz.STAGES
    assert "1 won, 1 lost" in wiz.stages_page.note.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.DRY_RUN and not wiz.busy, timeout=15000)
    dry = wiz.dry_run_page
    assert dry.isCommitPage()
    assert wiz.button(QWizard.WizardButton.CommitButton).text() == "Import"
    assert "no amount" in dry.summary.text()
    assert dry.rejects_label.text() == "No rows are rejected."
    assert dry.rejects.isHidden()
    wiz.next()
    assert wiz.currentId() == wiz.RUN
    assert not wiz.button(QWizard.WizardButton.BackButton).isEnabled()
    assert "8 deals from salesforce.csv" in wiz.run_page.what.text()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.RESULT, timeout=30000)
    assert wiz.result_page.counts.values["new"] == 8
    assert "8 deals from salesforce.csv are in Dealbook" in wiz.result_page.subTitle()
    assert not wiz.result_page.save_button.isEnabled()


def test_changing_kind_and_date_order_reanalyses(qtbot, ctx, files):
    wiz = _open(qtbot, ctx, files / "ambiguous.csv")
    page = wiz.settings_page
    assert "month first" in page.question.text()
    page.date_combo.setCurrentIndex(page.date_combo.findData("dmy"))
    qtbot.waitUntil(lambda: wiz.analysis is not None and not wiz.busy, timeout=15000)
    assert wiz.analysis["date_order"]["Close Date"]["order"] == "dmy"
    assert page.question.text() == ""
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("nps"))
    qtbot.waitUntil(lambda: not wiz.busy, timeout=15000)
    assert wiz.analysis is None and "No column" in page.error_label.text()
    assert not page.isComplete()


def test_not_a_table_shows_one_sentence(qtbot, ctx, files):
    wiz = _open(qtbot, ctx, files / "binary.csv")
    assert wiz.analysis is None
    assert "binary" in wiz.settings_page.error_label.text()
    assert not wiz.settings_page.isComplete()


def test_cancel_running_import_writes_nothing(qtbot, ctx, tmp_path):
    big = make_fixtures.big_hubspot(tmp_path / "big.csv", 20_000)
    wiz = _open(qtbot, ctx, big)
    wiz.next()
    wiz.next()
    assert wiz.currentId() == wiz.STAGES
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.DRY_RUN, timeout=60000)
    wiz.next()
    assert wiz.currentId() == wiz.RUN
    wiz.run_page.cancel()
    qtbot.waitUntil(lambda: wiz.run_page.failed is not None, timeout=60000)
    assert "cancelled" in wiz.run_page.failed
    assert "Nothing was imported" in wiz.run_page.subTitle()
    assert not wiz.button(QWizard.WizardButton.BackButton).isEnabled()
    assert _count(ctx, "SELECT COUNT(*) FROM deals") == 0
    assert _count(ctx, "SELECT COUNT(*) FROM import_batches") == 0
    assert wiz.run_page.isFinalPage()


def test_choose_file_when_opened_without_one(qtbot, ctx, files, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(files / "pipedrive.csv"), "")
    )
    wiz = ImportWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitUntil(lambda: wiz.analysis is not None, timeout=15000)
    assert wiz.analysis["preset"] == "pipedrive"
    assert isinstance(wiz, QWizard)


def test_closing_while_busy_is_safe(qtbot, ctx, files):
    wiz = ImportWizard(ctx, str(files / "salesforce.csv"))
    wiz.show()
    assert wiz.busy
    wiz.reject()
    wiz.deleteLater()
    qtbot.wait(50)
    wait_for_all()
    qtbot.wait(100)  # the finished analysis reaches a deleted wizard: ignored
