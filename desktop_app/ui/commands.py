"""Undo and redo for every add, edit and delete: one QUndoStack, snapshots of rows.

Each action first runs its repository write (so a refused write raises before anything is
pushed), then pushes a :class:`RecordCommand` holding the rows before and after. Undo puts
the "before" rows back (a deleted row returns with the same id and stage history), redo the
"after" rows. Every step ends with one ``notify_changed`` carrying the ``Changes`` the store
returned for it (the tables it touched come from the kind's declaration, never a list here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.store import repository as repo
from desktop_app.store.changes import Changes
from desktop_app.ui.context import AppContext


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("commands", text, None, n)


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
        self._context.notify_changed(repo.restore(self._context.engine, self._kind, self._after))

    def undo(self) -> None:
        self._context.notify_changed(repo.restore(self._context.engine, self._kind, self._before))


def _push(context: AppContext, cmd: RecordCommand, changes: Changes) -> Changes:
    if context.undo_stack is not None:
        context.undo_stack.push(cmd)
    context.notify_changed(changes)
    return changes


def add_record(context: AppContext, kind: str, record: Mapping[str, Any]) -> int:
    """Create a record (undoable); returns its id."""
    engine = context.engine
    changes = repo.create_record(engine, kind, record)
    row_id = changes.id
    after = repo.snapshot(engine, kind, [row_id])
    _push(context, RecordCommand(context, kind, {row_id: None}, after, _t("Add")), changes)
    return row_id


def edit_records(
    context: AppContext,
    kind: str,
    ids: Iterable[int],
    changes: Mapping[str, Any],
    today: dt.date | None = None,
    started_from: Mapping[str, Any] | None = None,
) -> Changes:
    """Change one or many records (undoable); a deal's new stage records its date.

    ``started_from`` (one record as the form read it, with its ``version``) makes the
    save refuse someone else's newer save (``EditConflict``) instead of overwriting it.
    """
    ids = list(ids)
    engine = context.engine
    before = repo.snapshot(engine, kind, ids)
    if len(ids) == 1:
        done = repo.update_record(engine, kind, ids[0], changes, today, started_from=started_from)
        text = _t("Edit")
    else:
        done = repo.update_records(engine, kind, ids, changes, today)
        text = _t("Change %n rows", len(ids))
    after = repo.snapshot(engine, kind, ids)
    return _push(context, RecordCommand(context, kind, before, after, text), done)


def delete_records(context: AppContext, kind: str, ids: Iterable[int]) -> Changes:
    """Delete records (undoable: undo brings them back with the same ids)."""
    ids = list(ids)
    engine = context.engine
    before = repo.snapshot(engine, kind, ids)
    done = repo.delete_records(engine, kind, ids)
    after: repo.Snapshot = dict.fromkeys(ids)
    text = _t("Delete %n rows", len(ids))
    return _push(context, RecordCommand(context, kind, before, after, text), done)
