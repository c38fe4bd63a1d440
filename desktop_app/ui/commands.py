"""Undo and redo for every add, edit and delete: one QUndoStack, snapshots of rows.

Each action first runs its repository write (so a refused write raises before anything is
pushed), then pushes a :class:`RecordCommand` holding the rows before and after. Undo puts
the "before" rows back (a deleted row returns with the same id and stage history), redo the
"after" rows. Every step ends with one ``notify_changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.store import repository as repo
from desktop_app.ui.context import AppContext

_KIND_TABLES = {
    "deals": frozenset({"deals", "stage_history", "accounts", "reps", "sources", "products"}),
    "leads": frozenset({"leads", "accounts", "reps", "sources"}),
    "spend": frozenset({"spend", "sources"}),
    "nps": frozenset({"nps", "accounts"}),
    "quotas": frozenset({"quotas", "reps"}),
    "forecasts": frozenset({"forecasts", "reps"}),
    "accounts": frozenset({"accounts"}),
    "rates": frozenset({"rates"}),
}


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("commands", text, None, n)


def tables_of(kind: str) -> frozenset[str]:
    """The tables a write of ``kind`` may touch (what ``data_changed`` carries)."""
    return _KIND_TABLES[kind]


class RecordCommand(QUndoCommand):
    """Rows of one kind before and after an action, already applied when pushed."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        before: repo.Snapshot,
        after: repo.Snapshot,
        text: str,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._kind = kind
        self._before = before
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself already wrote the rows
            self._first = False
            return
        repo.restore(self._context.engine, self._kind, self._after)
        self._context.notify_changed(tables_of(self._kind))

    def undo(self) -> None:
        repo.restore(self._context.engine, self._kind, self._before)
        self._context.notify_changed(tables_of(self._kind))


def _push(context: AppContext, cmd: RecordCommand) -> None:
    if context.undo_stack is not None:
        context.undo_stack.push(cmd)
    context.notify_changed(tables_of(cmd._kind))


def add_record(context: AppContext, kind: str, record: Mapping[str, Any]) -> int:
    """Create a record (undoable); returns its id."""
    engine = context.engine
    row_id = repo.create_record(engine, kind, record)
    after = repo.snapshot(engine, kind, [row_id])
    _push(context, RecordCommand(context, kind, {row_id: None}, after, _t("Add")))
    return row_id


def edit_records(
    context: AppContext,
    kind: str,
    ids: Iterable[int],
    changes: Mapping[str, Any],
    today: dt.date | None = None,
) -> None:
    """Change one or many records (undoable); a deal's new stage records its date."""
    ids = list(ids)
    engine = context.engine
    before = repo.snapshot(engine, kind, ids)
    if len(ids) == 1:
        repo.update_record(engine, kind, ids[0], changes, today)
        text = _t("Edit")
    else:
        repo.update_records(engine, kind, ids, changes, today)
        text = _t("Change %n rows", len(ids))
    after = repo.snapshot(engine, kind, ids)
    _push(context, RecordCommand(context, kind, before, after, text))


def delete_records(context: AppContext, kind: str, ids: Iterable[int]) -> None:
    """Delete records (undoable: undo brings them back with the same ids)."""
    ids = list(ids)
    engine = context.engine
    before = repo.snapshot(engine, kind, ids)
    repo.delete_records(engine, kind, ids)
    after: repo.Snapshot = dict.fromkeys(ids)
    _push(context, RecordCommand(context, kind, before, after, _t("Delete %n rows", len(ids))))
