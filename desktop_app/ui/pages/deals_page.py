"""The Deals page: the deals table plus bulk changes and the dashboard's drill-down."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from desktop_app.store import repository as repo
from desktop_app.store import repository_settings as repo_settings
from desktop_app.ui import commands
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.table_page import TablePage


class DealsPage(TablePage):
    """All deals; ``show_ids`` narrows the table to the deals behind a dashboard figure."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            "deals",
            QCoreApplication.translate("DealsPage", "Deals"),
            parent,
            new_label=QCoreApplication.translate("DealsPage", "New deal…"),
        )
        self.owner_button = QPushButton(self.tr("Change owner…"), self)
        self.owner_button.clicked.connect(self.change_owner)
        self.stage_button = QPushButton(self.tr("Change stage…"), self)
        self.stage_button.clicked.connect(self.change_stage)
        for i, button in enumerate((self.owner_button, self.stage_button)):
            button.setAutoDefault(False)
            self.actions_bar.insertWidget(3 + i, button)
        self.drill_bar = QFrame(self)
        self.drill_bar.setObjectName("drillBar")
        bar = QHBoxLayout(self.drill_bar)
        bar.setContentsMargins(10, 6, 6, 6)
        self.drill_label = QLabel(self.drill_bar)
        bar.addWidget(self.drill_label, 1)
        clear = QPushButton(self.tr("Clear"), self.drill_bar)
        clear.setAutoDefault(False)
        clear.clicked.connect(self.clear_ids)
        bar.addWidget(clear)
        self.drill_bar.hide()
        self.extra.addWidget(self.drill_bar)
        self._amount_beside_title()
        self._update_buttons()

    def _amount_beside_title(self) -> None:
        """Show Amount and Currency right after the deal's name: in a narrow window they are
        in sight without scrolling (the order of exports is unchanged)."""
        keys = [c.key for c in self.model.columns]
        if "title" not in keys:
            return
        header = self.view.horizontalHeader()
        place = header.visualIndex(keys.index("title"))
        for key in ("amount", "currency"):
            if key in keys:
                place += 1
                header.moveSection(header.visualIndex(keys.index(key)), place)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "stage_button"):
            many = len(self.view.selectionModel().selectedRows()) > 0
            self.owner_button.setEnabled(many)
            self.stage_button.setEnabled(many)

    # --- drill-down ------------------------------------------------------------------

    def show_ids(self, ids: Iterable[int], caption: str) -> None:
        """Show exactly the deals ``ids`` with a "Showing N deals behind …" bar."""
        self._ids_filter = frozenset(int(i) for i in ids)
        n = len(self._ids_filter)
        text = self.tr("Showing %n deals behind %1", "", n).replace("%1", caption)
        self.drill_label.setText(text)
        self.drill_bar.show()
        self.filter_bar.reset()  # applies the filter

    def clear_ids(self) -> None:
        """Back to all deals."""
        self._ids_filter = None
        self.drill_bar.hide()
        self.apply_filter()

    def empty_text(self) -> str:
        return self.tr("No deals yet. Use “New deal…” (Ctrl+N) or import your CRM's export.")

    # --- bulk changes ----------------------------------------------------------------

    def change_owner(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        names = repo.lookup_names(self.context.engine, "reps")
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Change owner"),
            self.tr("New owner of %n deals:", "", len(ids)),
            names,
            0,
            True,
        )
        if ok and name.strip():
            self.run_write(
                lambda: commands.edit_records(self.context, "deals", ids, {"owner": name})
            )

    def change_stage(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        stages = repo_settings.stage_names(self.context.engine)
        stage, ok = QInputDialog.getItem(
            self,
            self.tr("Change stage"),
            self.tr("Move %n deals to the stage:", "", len(ids)),
            stages,
            0,
            False,
        )
        if ok and stage:
            self.run_write(
                lambda: commands.edit_records(self.context, "deals", ids, {"stage": stage})
            )
