"""Backups (daily, now, restore round-trip) and exporting table rows."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from openpyxl import load_workbook

from desktop_app.store import backup
from desktop_app.store import repository as repo
from desktop_app.store.repository_frames import escape_cell, export_frame, table_frame
from desktop_app.ui.tasks import wait_for_all
from tests.ui.conftest import add_deals


def test_escape_formula_like_text():
    assert escape_cell("=SUM(A1)") == "'=SUM(A1)"
    assert escape_cell("+1") == "'+1"
    assert escape_cell("-2") == "'-2"
    assert escape_cell("@cmd") == "'@cmd"
    assert escape_cell("\tx") == "'\tx"
    assert escape_cell("plain") == "plain"
    assert escape_cell(5.0) == 5.0


def test_export_csv_and_xlsx_escape_formulas(context, tmp_path):
    add_deals(context, 2, title='=HYPERLINK("http://x")')
    frame = table_frame(context.engine, "deals")[["id", "title", "amount", "closed_on"]]
    csv = export_frame(frame, tmp_path / "deals.csv")
    text = csv.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=" not in text
    back = pd.read_csv(csv)
    assert len(back) == 2
    xlsx = export_frame(frame, tmp_path / "deals.xlsx")
    sheet = load_workbook(xlsx).active
    assert sheet["B2"].value.startswith("=HYPERLINK")  # kept as text, never a formula
    assert sheet["B2"].data_type == "s"
    assert sheet["B2"].quotePrefix


def test_table_page_exports_filtered_rows(context, qtbot, tmp_path):
    from desktop_app.ui.pages.deals_page import DealsPage

    add_deals(context, 4)
    page = DealsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    page.filter_bar.search.setText("Deal 1")
    page.apply_filter()
    assert page.model.rowCount() == 1
    out = tmp_path / "shown.csv"
    page.export_to(out)
    wait_for_all()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert pd.read_csv(out)["Deal" if False else "title"].tolist() == ["Deal 1"]
    page.close()


def test_auto_backup_once_a_day_and_keeps_ten(context):
    add_deals(context, 1)
    path = context.db_path
    first = backup.auto_backup(path, today=dt.date(2025, 1, 1))
    assert first is not None and first.exists()
    assert backup.auto_backup(path, today=dt.date(2025, 1, 1)) is None
    for day in range(2, 15):
        backup.auto_backup(path, today=dt.date(2025, 1, day))
    kept = backup.list_backups(path)
    assert len(kept) == backup.KEEP
    assert kept[0].name.endswith("2025-01-14.sqlite")
    assert kept[0].parent.name == path.stem


def test_backup_restore_round_trip(context):
    add_deals(context, 3)
    path = context.db_path
    saved = backup.backup_now(path)
    assert backup.inspect(saved).counts["deals"] == 3
    add_deals(context, 5)
    assert repo.counts(context.engine)["deals"] == 8
    context.close()
    kept = backup.restore(saved, path)
    assert kept.exists() and backup.inspect(kept).counts["deals"] == 8
    from desktop_app.ui.context import open_engine

    engine = open_engine(path)
    try:
        assert repo.counts(engine)["deals"] == 3
    finally:
        engine.dispose()


def test_restore_from_the_window(window, qtbot):
    from desktop_app.ui.restore_dialog import RestoreDialog, perform_restore

    add_deals(window.context, 2)
    saved = backup.backup_now(window.db_path)
    add_deals(window.context, 3)
    dialog = RestoreDialog(window.db_path, window)
    qtbot.addWidget(dialog)
    dialog.show_backup(saved)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=5000)
    assert "2 deals" in dialog.summary.text()
    dialog.close()
    with qtbot.waitSignal(window.ready, timeout=20000):
        perform_restore(window, saved)
    assert "2 deals" in window.counts_label.text()
