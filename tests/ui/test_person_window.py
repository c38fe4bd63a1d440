"""The window as a person meets it: nothing cut or wider than a 1024 x 700 window, a card's
explanation in sight, imports told in sentences, undo asks, words of a person."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop_app.ui.main_window import PAGE_KEYS
from desktop_app.ui.tasks import wait_for_all
from tests.ui.conftest import add_deals

TODAY = dt.date(2025, 11, 20)
#: texts a person should never read
WRONG = [
    (re.compile(r"\bNone\b"), "None"),
    (re.compile(r"(?<![\d,])1 (rows|deals|leads|accounts|answers)\b"), "a singular count"),
    (re.compile(r"\(s\)"), "an unresolved plural"),
    (re.compile(r"\b[a-z]+_[a-z_]+\b"), "an internal name"),
]


@pytest.fixture
def demo_window(db_path, qtbot):
    """The main window at 1024 x 700 on a small demo company."""
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database
    from desktop_app.ui.main_window import MainWindow

    engine = open_database(db_path)
    generate_demo(engine, deals=300, seed=3, today=TODAY)
    engine.dispose()
    win = MainWindow(db_path)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    with qtbot.waitSignal(win.ready, timeout=60000):
        win.show()
        win.start()
    qtbot.waitUntil(lambda: win.context.dataset() is not None, timeout=60000)
    yield win
    win.close()
    wait_for_all()
    QApplication.processEvents()


def _show(window, qtbot, key: str) -> QWidget:
    window.show_page(key)
    page = window.pages[key]
    if key == "dashboard":
        qtbot.waitUntil(lambda: page.data() is not None and not page.is_updating(), timeout=60000)
    wait_for_all()
    qtbot.wait(50)
    return page


def _visible_texts(root: QWidget) -> list[str]:
    """Texts of the visible labels, buttons and table cells/headers under ``root``."""
    out: list[str] = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.text():
            out.append(re.sub(r"<[^>]+>", "", label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text():
            out.append(button.text())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        for c in range(model.columnCount()):
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(c):
                continue
            out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for r in range(min(model.rowCount(), 30)):
                text = model.data(model.index(r, c))
                if isinstance(text, str):
                    out.append(text)
    return out


def test_no_page_is_wider_than_a_1024_window(demo_window, qtbot):
    room = demo_window.stack.width()
    assert room < 1024
    for key in PAGE_KEYS:
        page = _show(demo_window, qtbot, key)
        assert page.minimumSizeHint().width() <= room, key
    board = _show(demo_window, qtbot, "dashboard")
    viewport = board.scroll_area.viewport().width()
    body = board.scroll_area.widget()
    assert body.minimumSizeHint().width() <= viewport
    assert board.scroll_area.horizontalScrollBar().maximum() == 0
    for panel in body.findChildren(QWidget, "panel"):  # charts and tables in their panel
        if panel.isVisibleTo(body):
            assert panel.geometry().right() <= body.width(), panel


def test_a_new_workspace_dashboard_fits_the_window(window, qtbot):
    """One deal: the lead planner's message must wrap, not widen the page."""
    from desktop_app.store.changes import Changes

    window.resize(1024, 700)
    add_deals(window.context, 1)
    window.context.notify_changed(Changes.of_kind("deals", created=1))
    qtbot.waitUntil(lambda: window.context.dataset() is not None, timeout=20000)
    board = _show(window, qtbot, "dashboard")
    body = board.scroll_area.widget()
    assert body.minimumSizeHint().width() <= board.scroll_area.viewport().width()
    assert board.minimumSizeHint().width() <= window.stack.width()
    planner = board.sections.planner
    planner.answer.setText(
        planner.tr("Not enough conversion data: a step has no rate or a zero rate.")
    )
    assert planner.answer.minimumSizeHint().width() < 400  # wraps in a narrow panel


def test_every_card_value_shows_its_full_text(demo_window, qtbot):
    board = _show(demo_window, qtbot, "dashboard")
    shown = [c for c in board.cards.values() if c.isVisibleTo(board)]
    assert len(shown) > 20
    for card in shown:
        label = card.value
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), (
            card.kpi_id,
            label.text(),
        )


def test_clicking_a_card_brings_its_explanation_into_view(demo_window, qtbot):
    board = _show(demo_window, qtbot, "dashboard")
    card = board.cards["win_rate"]
    board.scroll_area.ensureWidgetVisible(card)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    panel = board.explain_panel
    qtbot.waitUntil(lambda: panel.show_deals.isEnabled(), timeout=20000)
    qtbot.wait(50)
    viewport = board.scroll_area.viewport()
    top_left = panel.mapTo(viewport, QPoint(0, 0))
    seen = QRect(top_left, panel.size()).intersected(viewport.rect())
    assert panel.isVisible() and seen.height() >= min(panel.height(), viewport.height()) * 0.9
    # the close button is inside the panel, not pushed out by a long title
    assert panel.close_button.geometry().right() <= panel.width()


def test_no_page_shows_none_singular_counts_or_internal_names(demo_window, qtbot):
    for key in PAGE_KEYS:
        page = _show(demo_window, qtbot, key)
        for text in _visible_texts(page):
            for pattern, what in WRONG:
                assert not pattern.search(text), f"{key}: {what} in {text!r}"


def _import(context, tmp_path):
    from desktop_app.importing import api

    csv = tmp_path / "Opportunities.csv"
    csv.write_text(
        "title,amount,status,closed_on,currency\n"
        "Alpha,100,won,2025-01-02,USD\nBeta,50,open,,USD\nGamma,oops,won,someday,USD\n",
        encoding="utf-8",
    )
    api.run_import(context.engine, csv, kind="deals", preset="native")


def test_imports_page_tells_each_import_in_sentences(context, qtbot, tmp_path):
    from desktop_app.ui.pages.imports_page import ImportsPage

    _import(context, tmp_path)
    page = ImportsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.table.rowCount() == 1
    page.table.selectRow(0)
    text = page.report.toPlainText()
    assert "Opportunities.csv" in text
    assert re.search(r"\d+ rows? read: \d+ rows? added, \d+ updated, \d+ rejected\.", text), text
    assert "{" not in text and '"' not in text  # not JSON
    assert page.table.item(0, 3).text() == "Deals (opportunities)"


def test_undo_import_asks_first(context, qtbot, tmp_path, monkeypatch):
    from desktop_app.ui.pages.imports_page import ImportsPage

    _import(context, tmp_path)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    page = ImportsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    page.table.selectRow(0)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert len(asked) == 1 and "Opportunities.csv" in asked[0]
    assert "(undone)" not in page.table.item(0, 1).text()


def test_lead_form_names_the_deal_and_deal_form_keeps_the_base_currency(context, qtbot):
    from desktop_app.store import repository as repo
    from desktop_app.ui.forms.dialog import RecordDialog

    lead = RecordDialog(context, "leads")
    qtbot.addWidget(lead)
    form_labels = [w.text() for w in lead.findChildren(QLabel)]
    assert "Deal" in form_labels and "Deal id" not in form_labels

    deal = RecordDialog(context, "deals")
    qtbot.addWidget(deal)
    deal.fields["title"].setText("Hand-entered")
    deal.fields["amount"].setText("1200")
    assert deal.fields["currency"].placeholderText() == deal.base_currency()
    deal.save()
    assert deal.saved_id is not None
    record = repo.get_record(context.engine, "deals", deal.saved_id)
    assert record["currency"] == deal.base_currency() != ""


def test_saved_review_says_where_with_an_open_folder_button(qtbot, tmp_path):
    from desktop_app.ui.report_actions import saved_message

    target = tmp_path / "Sales review 2025.pdf"
    box = saved_message(None, target)
    qtbot.addWidget(box)
    assert str(target) in box.informativeText()
    assert "Open folder" in [b.text() for b in box.buttons()]
    box.close()


def test_file_dialogs_start_in_the_last_folder_of_their_kind(tmp_path):
    from pathlib import Path

    from desktop_app.ui.pages.folders import remember, start_path

    (tmp_path / "exports").mkdir()
    remember("export", tmp_path / "exports" / "deals.csv")
    assert start_path("export", "leads.csv") == str(tmp_path / "exports" / "leads.csv")
    assert start_path("review") == str(Path.home())  # another kind keeps its own folder


def test_deal_amounts_are_in_sight_at_1024(demo_window, qtbot):
    page = _show(demo_window, qtbot, "deals")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    qtbot.wait(50)
    keys = [c.key for c in page.model.columns]
    view = page.view
    for key in ("title", "amount", "currency"):
        col = keys.index(key)
        left = view.columnViewportPosition(col)
        assert left >= 0 and left + view.columnWidth(col) <= view.viewport().width(), key
    amount = keys.index("amount")
    text = page.model.data(page.model.index(0, amount))
    assert view.fontMetrics().horizontalAdvance(text) < view.columnWidth(amount)
