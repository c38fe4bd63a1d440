"""One record dialog for every kind: fields from a spec, validation as you type.

Expected problems are shown inline, in a red hint under the field (tier 1 of style.md #7);
Save stays disabled while any field is wrong. Enter saves, Esc cancels, Tab walks the
fields in order. Saving goes through :mod:`desktop_app.ui.commands`, so it can be undone.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.store import repository as repo
from desktop_app.store import repository_settings as repo_settings
from desktop_app.store.conflicts import EditConflict, NotAllowed, RecordGone, refusal
from desktop_app.ui import commands
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.fields import (
    ChoiceField,
    DateField,
    FieldError,
    LineField,
    NumberField,
    TextField,
)
from desktop_app.ui.forms.specs import FieldSpec, FormSpec, form_spec

log = logging.getLogger("dealbook.ui")

_LOOKUP_TABLES = {"accounts", "reps", "sources", "products"}


class RecordDialog(QDialog):
    """Add or edit one record of ``kind``."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        record_id: int | None = None,
        parent: QWidget | None = None,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.record_id = record_id
        self.spec: FormSpec = form_spec(kind)
        self.saved_id: int | None = None
        self.setWindowTitle(self.spec.title_edit if record_id else self.spec.title_new)
        self.setMinimumWidth(760 if len(self.spec.fields) > 10 else 440)
        self.fields: dict[str, Any] = {}
        self.hints: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._tried = False
        self._build()
        record = repo.get_record(context.engine, kind, record_id) if record_id else None
        self._original = record or {}
        self._load(record or initial or self.spec.defaults())
        self._validate()

    # --- building --------------------------------------------------------------------

    def _names(self, source: str | None) -> list[str] | None:
        engine = self.context.engine
        if source in _LOOKUP_TABLES:
            return repo.lookup_names(engine, source)
        if source == "product_types":
            return repo.distinct_values(engine, "deals", "product_type")
        if source == "currencies":
            return repo.distinct_values(engine, "deals", "currency")
        return None

    def _make(
        self, field: FieldSpec
    ) -> ChoiceField | NumberField | DateField | TextField | LineField:
        if field.widget == "choice":
            choices = list(field.choices or [])
            if field.names == "stages":
                stages = repo_settings.stage_names(self.context.engine)
                choices = [(None, self.tr("(none)"))] + [(s, s) for s in stages]
            elif field.names == "deals":
                choices = [(None, self.tr("(none)"))] + repo.deal_choices(self.context.engine)
            return ChoiceField(choices, self)
        if field.widget in ("number", "int"):
            return NumberField(field.widget == "int", self)
        if field.widget == "date":
            return DateField(self)
        if field.widget == "text":
            return TextField(self)
        return LineField(self._names(field.names), self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        fields = self.spec.fields
        split = (len(fields) + 1) // 2 if len(fields) > 10 else len(fields)
        row = QHBoxLayout()
        row.setSpacing(24)
        for part in (fields[:split], fields[split:]):
            if not part:
                continue
            form = QFormLayout()
            form.setVerticalSpacing(6)
            form.setHorizontalSpacing(12)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for field in part:
                self._add_field(form, field)
            row.addLayout(form, 1)
        layout.addLayout(row)
        if self.kind == "deals" and self.record_id:
            layout.addWidget(self._history_label())
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first = self.fields[self.spec.fields[0].key]
        first.setFocus()

    def _history_label(self) -> QLabel:
        """The stages this deal went through, with their dates."""
        history = repo.stage_history(self.context.engine, int(self.record_id or 0))
        steps = " → ".join(f"{stage} ({day.isoformat()})" for stage, day in history)
        label = QLabel(self.tr("Stage history: %1").replace("%1", steps or self.tr("none")), self)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def _add_field(self, form: QFormLayout, field: FieldSpec) -> None:
        widget = self._make(field)
        placeholder = field.placeholder
        if field.names == "currencies":
            placeholder = self.base_currency() or placeholder
        if placeholder and hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(placeholder)
        widget.setObjectName(f"field_{field.key}")
        widget.changed.connect(self._on_change)
        hint = QLabel(self)
        hint.setObjectName("fieldHint")
        hint.setStyleSheet("color: #b3261e;")
        hint.setWordWrap(True)
        hint.hide()
        box = QWidget(self)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(widget)
        col.addWidget(hint)
        label = field.label + (" *" if field.required else "")
        form.addRow(label, box)
        self.fields[field.key] = widget
        self.hints[field.key] = hint

    def _load(self, record: dict[str, Any]) -> None:
        for key, widget in self.fields.items():
            widget.blockSignals(True)
            widget.set_value(record.get(key))
            widget.blockSignals(False)

    # --- validation ------------------------------------------------------------------

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(typed values, field -> problem) of what the form holds now."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for field in self.spec.fields:
            try:
                values[field.key] = self.fields[field.key].value()
            except FieldError:
                errors[field.key] = field.parse_error or self.tr("This value cannot be read.")
                values[field.key] = None
        for field in self.spec.fields:
            if field.required and values.get(field.key) in (None, "") and field.key not in errors:
                errors[field.key] = self.tr("%1 is required.").replace("%1", field.label)
        for key, message in self.spec.validate(values).items():
            errors.setdefault(key, message)
        return values, errors

    def _on_change(self) -> None:
        widget = self.sender()
        if widget is not None:
            key = widget.objectName().removeprefix("field_")
            self._touched.add(key)
            if self.spec.on_change is not None:
                self.spec.on_change(key, self.fields)
        self._validate()

    def _validate(self) -> dict[str, str]:
        """Show the problems; "required" ones only once the field was touched or Save tried."""
        values, errors = self.values()
        required = {f.key for f in self.spec.fields if f.required}
        shown = {
            key: message
            for key, message in errors.items()
            if self._tried
            or key in self._touched
            or key not in required
            or values.get(key) not in (None, "")
        }
        for key, hint in self.hints.items():
            message = shown.get(key, "")
            hint.setText(message)
            hint.setVisible(bool(message))
        self.save_button.setEnabled(not shown)
        return errors

    # --- saving ----------------------------------------------------------------------

    def base_currency(self) -> str:
        """The workspace's base currency (the currency of amounts entered without one)."""
        stored = repo_settings.get_value(self.context.engine, "base_currency")
        return str(stored or self.context.kpi_settings().base_currency or "").upper()

    def save(self) -> None:
        """Validate, write through an undoable command, close."""
        self._tried = True
        values, errors = self.values()
        if errors:
            self._validate()
            first = next(f.key for f in self.spec.fields if f.key in errors)
            self.fields[first].setFocus()
            return
        try:
            if "currency" in self.fields and not values.get("currency"):
                # an amount without a currency is in the base currency: say so in the record,
                # so the table shows it and a later change of base currency does not re-price
                values["currency"] = self.base_currency()
            if self.record_id:
                changed = {k: v for k, v in values.items() if v != self._original.get(k)}
                if changed:
                    commands.edit_records(
                        self.context,
                        self.kind,
                        [self.record_id],
                        values,
                        started_from=self._original,  # its version: no lost update
                    )
                self.saved_id = self.record_id
            else:
                self.saved_id = commands.add_record(self.context, self.kind, values)
        except EditConflict as exc:  # someone else saved first: show theirs beside yours
            self._say(str(exc))
            self._conflict(exc, values)
            return
        except (NotAllowed, RecordGone) as exc:  # the team database refused: say why
            self._say(str(exc))
            self._refused(str(exc))
            return
        except UserError as exc:  # ServerAway too: nothing saved, the form keeps the text
            self._say(str(exc))
            return
        except Exception as exc:  # a read around the write met a lost or refusing server
            refused = refusal(exc, self.kind)
            if refused is None:
                raise
            self._say(str(refused))
            return
        self.accept()

    def _say(self, text: str) -> None:
        """Show why the save did not happen, above the fields (they keep what was typed)."""
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.message.show()

    def _refused(self, text: str) -> None:
        """A message box with the team database's reason (the form stays as typed)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setObjectName("refusalBox")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.refusal_box = box
        box.open()  # window-modal, not a nested event loop

    def _conflict(self, exc: EditConflict, yours: dict[str, Any]) -> None:
        """Someone else saved this record: their values beside ours, reload or keep."""
        from desktop_app.ui import team_conflict

        keys = [f.key for f in self.spec.fields]
        labels = {f.key: f.label for f in self.spec.fields}
        theirs, started = exc.theirs, self._original
        rows = [
            (labels[k], theirs.get(k), yours.get(k))
            for k in team_conflict.differences(keys, theirs, yours, started)
        ]
        dialog = team_conflict.ConflictDialog(str(exc), rows, self)
        self.conflict_dialog = dialog

        def finished(_code: int) -> None:
            if dialog.choice == team_conflict.RELOAD:
                self._load({**yours, **{k: theirs.get(k) for k in keys if k in theirs}})
                self.message.setText(
                    self.tr("Their version is shown; your changes were set aside.")
                )
            else:
                self._load(team_conflict.merge_kept(keys, theirs, yours, started))
                self.message.setText(
                    self.tr(
                        "Your changes are kept. Save again to replace their version with yours."
                    )
                )
            self._original = dict(theirs)  # the next save starts from their version
            self._validate()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()


def open_form(
    context: AppContext,
    kind: str,
    record_id: int | None = None,
    parent: QWidget | None = None,
    initial: dict[str, Any] | None = None,
) -> int | None:
    """Show the dialog modally; returns the saved record's id, or None when cancelled."""
    dialog = RecordDialog(context, kind, record_id, parent, initial)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.saved_id if accepted else None
    finally:
        dialog.deleteLater()
