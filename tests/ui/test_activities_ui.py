"""Activities in the window: the form checks and saves, the table shows them, undo works."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop_app.store import repository as repo
from desktop_app.ui.forms.dialog import RecordDialog
from desktop_app.ui.pages.table_page import TablePage
from desktop_app.ui.tasks import wait_for_all
from tests.ui.test_forms_undo import fill


def _column(page: TablePage, key: str) -> list:
    col = [c.key for c in page.model.columns].index(key)
    return [page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())]


def test_activity_form_validates_saves_and_shows_in_the_table(context, qtbot) -> None:
    page = TablePage(context, "activities", "Activities")
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    assert page.model.rowCount() == 0
    headers = [
        page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())
    ]
    assert "Done on" in headers and "Hours" in headers and "Type" in headers

    dialog = RecordDialog(context, "activities")
    qtbot.addWidget(dialog)
    assert dialog.fields["done_on"].value() == dt.date.today()  # a new activity is today's
    assert dialog.fields["type"].value() == "other"
    types = [dialog.fields["type"].itemData(i) for i in range(dialog.fields["type"].count())]
    assert types == ["call", "meeting", "email", "demo", "proposal", "admin", "training", "other"]
    fill(dialog, owner="Ann", hours="-2")
    assert dialog.hints["hours"].text() == "Hours must be 0 or more."
    assert not dialog.save_button.isEnabled()
    fill(dialog, hours="1,5", type="demo", deal_external_id="D-7", note="Showed the suite")
    assert dialog.hints["hours"].isHidden() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(context.data_changed, timeout=10000) as blocker:
        dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    changes = blocker.args[0]
    assert changes.created == 1 and changes.touches("activities", "reps")
    record = repo.get_record(context.engine, "activities", dialog.saved_id)
    assert (record["owner"], record["type"], record["hours"]) == ("Ann", "demo", 1.5)

    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert _column(page, "type") == ["Demo"]  # the stored value shown with its label
    assert _column(page, "owner") == ["Ann"]
    assert _column(page, "hours") == ["1.5"]

    context.undo_stack.undo()
    assert repo.get_record(context.engine, "activities", dialog.saved_id) is None
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    page.close()
    wait_for_all()
