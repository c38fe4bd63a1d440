"""Data entry forms: inline validation, saving, undo/redo, stage history."""

from __future__ import annotations

import datetime as dt

from desktop_app.store import repository as repo
from desktop_app.ui import commands
from desktop_app.ui.forms.dialog import RecordDialog
from desktop_app.ui.forms.fields import parse_number
from desktop_app.ui.tasks import wait_for_all
from tests.ui.conftest import add_deals


def fill(dialog: RecordDialog, **values: str) -> None:
    for key, text in values.items():
        widget = dialog.fields[key]
        if hasattr(widget, "edit"):
            widget.edit.setText(text)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(text)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.setText(text)


def test_parse_number_notations():
    assert parse_number("1,234.50") == 1234.5
    assert parse_number("1.234,50") == 1234.5
    assert parse_number("1 234,5") == 1234.5
    assert parse_number("12,500") == 12500
    assert parse_number("") is None


def test_deal_form_validates_as_you_type(context, qtbot):
    dialog = RecordDialog(context, "deals")
    qtbot.addWidget(dialog)
    assert dialog.hints["title"].isHidden()  # not nagging before anything was typed
    dialog.save()  # trying to save shows what is missing
    assert dialog.hints["title"].text() == "Deal is required."
    assert dialog.result() != dialog.DialogCode.Accepted
    fill(dialog, title="Big one", amount="-5")
    assert dialog.hints["amount"].text() == "Amount must be 0 or more."
    assert not dialog.save_button.isEnabled()
    fill(dialog, amount="abc")
    assert "number" in dialog.hints["amount"].text()
    fill(dialog, amount="5000")
    assert dialog.hints["amount"].isHidden()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    fill(dialog, status="won")
    assert dialog.fields["closed_on"].value() == dt.date.today()  # filled in for you
    fill(dialog, closed_on=tomorrow)
    assert "after today" in dialog.hints["closed_on"].text()
    fill(dialog, closed_on=dt.date.today().isoformat())
    assert dialog.save_button.isEnabled()


def test_nps_score_range(context, qtbot):
    dialog = RecordDialog(context, "nps")
    qtbot.addWidget(dialog)
    fill(dialog, score="11")
    assert "0 to 10" in dialog.hints["score"].text()
    fill(dialog, score="9")
    assert dialog.hints["score"].isHidden()
    assert dialog.save_button.isEnabled()


def test_entered_deal_shows_in_table_and_revenue(context, qtbot):
    from desktop_app.ui.pages.deals_page import DealsPage

    page = DealsPage(context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        pass
    assert page.model.rowCount() == 0
    dialog = RecordDialog(context, "deals")
    qtbot.addWidget(dialog)
    today = dt.date.today().isoformat()
    fill(dialog, title="Typed deal", account="Acme", owner="Ann", amount="12,500.00")
    fill(dialog, status="won", closed_on=today, currency="USD")
    with qtbot.waitSignal(context.dataset_changed, timeout=10000) as blocker:
        dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    title = [c.key for c in page.model.columns].index("title")
    assert page.model.data(page.model.index(0, title)) == "Typed deal"
    dataset = blocker.args[0]
    assert dataset.deals["amount"].tolist() == [12500.0]
    try:
        from kpi_core.engine import compute_kpis
        from kpi_core.periods import custom_period
    except ImportError:
        return
    period = custom_period(dt.date.today().replace(day=1), dt.date.today())
    result = compute_kpis(dataset, period, settings=context.kpi_settings())
    assert result["kpis"]["revenue"] == 12500.0
    page.close()


def test_undo_and_redo_add_edit_delete(context, qtbot):
    stack = context.undo_stack
    row_id = commands.add_record(context, "deals", {"title": "A", "amount": 10.0})
    assert repo.get_record(context.engine, "deals", row_id)["title"] == "A"
    commands.edit_records(context, "deals", [row_id], {"title": "B", "amount": 20.0})
    assert repo.get_record(context.engine, "deals", row_id)["amount"] == 20.0
    commands.delete_records(context, "deals", [row_id])
    assert repo.get_record(context.engine, "deals", row_id) is None
    stack.undo()  # delete undone: same id back
    assert repo.get_record(context.engine, "deals", row_id)["title"] == "B"
    stack.undo()  # edit undone
    assert repo.get_record(context.engine, "deals", row_id)["title"] == "A"
    stack.undo()  # add undone
    assert repo.get_record(context.engine, "deals", row_id) is None
    stack.redo()
    stack.redo()
    assert repo.get_record(context.engine, "deals", row_id)["title"] == "B"
    wait_for_all()


def test_stage_change_records_history_and_undo_removes_it(context, qtbot):
    (deal,) = add_deals(context, 1, status="open", closed_on=None, stage="Qualified")
    before = repo.stage_history(context.engine, deal)
    assert [s for s, _ in before] == ["Qualified"]
    today = dt.date.today()
    commands.edit_records(context, "deals", [deal], {"stage": "Proposal"}, today=today)
    history = repo.stage_history(context.engine, deal)
    assert history[-1] == ("Proposal", today)
    dialog = RecordDialog(context, "deals", deal)
    qtbot.addWidget(dialog)
    assert dialog.fields["stage"].value() == "Proposal"
    texts = [label.text() for label in dialog.findChildren(type(dialog.message))]
    assert any("Qualified" in t and f"Proposal ({today.isoformat()})" in t for t in texts)
    context.undo_stack.undo()
    assert repo.stage_history(context.engine, deal) == before
    assert repo.get_record(context.engine, "deals", deal)["stage"] == "Qualified"
    wait_for_all()


def test_bulk_change_owner_and_delete(context, qtbot):
    ids = add_deals(context, 3)
    commands.edit_records(context, "deals", ids, {"owner": "Zed"})
    assert {repo.get_record(context.engine, "deals", i)["owner"] for i in ids} == {"Zed"}
    commands.delete_records(context, "deals", ids[:2])
    assert repo.counts(context.engine)["deals"] == 1
    context.undo_stack.undo()
    assert repo.counts(context.engine)["deals"] == 3
    wait_for_all()


def test_account_in_use_cannot_be_deleted(context, qtbot):
    from desktop_app.errors import UserError

    add_deals(context, 1)
    frame = __import__("desktop_app.store.repository_frames", fromlist=["table_frame"]).table_frame(
        context.engine, "accounts"
    )
    account_id = int(frame["id"].iloc[0])
    try:
        commands.delete_records(context, "accounts", [account_id])
    except UserError as exc:
        assert "used by" in str(exc)
    else:
        raise AssertionError("deleting a used account must be refused")
    assert context.undo_stack.count() == 0


def test_editing_the_stage_in_the_form_records_history(context, qtbot):
    (deal,) = add_deals(context, 1, status="open", closed_on=None, stage="Lead-in")
    dialog = RecordDialog(context, "deals", deal)
    qtbot.addWidget(dialog)
    fill(dialog, stage="Meeting")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    stages = [s for s, _ in repo.stage_history(context.engine, deal)]
    assert stages == ["Lead-in", "Meeting"]
    context.undo_stack.undo()
    assert [s for s, _ in repo.stage_history(context.engine, deal)] == ["Lead-in"]
    wait_for_all()
