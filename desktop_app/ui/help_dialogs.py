"""Help menu dialogs: the KPI formulas and About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__, paths
from desktop_app.presentation import kpi_table
from desktop_app.presentation.breakdown_table import BREAKDOWNS
from desktop_app.presentation.kpi_table import KPIS
from desktop_app.resources import resource_path


def formulas() -> list[tuple[str, str, str]]:
    """(id, label, formula) of every KPI and breakdown, from the presentation table."""
    ids = [*KPIS, *BREAKDOWNS]
    rows = [(k, kpi_table.label(k), kpi_table.formula(k)) for k in ids]
    return sorted(rows, key=lambda row: row[1].casefold())


class FormulasDialog(QDialog):
    """Every KPI with the formula it is computed by (the presentation table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("KPI formulas"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a KPI…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        rows = formulas()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("How it is computed")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, (kpi_id, label, formula) in enumerate(rows):
            item = QTableWidgetItem(label)
            item.setToolTip(kpi_id)
            self.table.setItem(i, 0, item)
            self.table.setItem(i, 1, QTableWidgetItem(formula))
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        if not rows:
            layout.addWidget(QLabel(self.tr("The formulas are not available in this build."), self))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.table.resizeRowsToContents()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in (0, 1)]
            hay = " ".join(c.text() + " " + c.toolTip() for c in cells if c).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)


class AboutDialog(QDialog):
    """Version, licence and where the data lives."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Dealbook"))
        layout = QVBoxLayout(self)
        self.setMinimumWidth(520)
        header = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource_path("icons", "dealbook-128.png"))).pixmap(72, 72))
        header.addWidget(icon)
        title = QLabel(f"<h2>Dealbook {__version__}</h2>", self)
        header.addWidget(title, 1)
        layout.addLayout(header)
        from desktop_app.licensing import current
        from desktop_app.ui.licence_dialog import state_html

        self.licence = current()
        paragraphs = [
            self.tr("The offline sales-KPI desk for small B2B teams."),
            self.tr("Data folder: %1").replace("%1", html.escape(str(paths.data_dir()))),
        ]
        if db_path is not None:
            paragraphs.append(self.tr("Database: %1").replace("%1", html.escape(str(db_path))))
        paragraphs.append(self.tr("Nothing leaves this computer."))
        body = QLabel("".join(f"<p>{p}</p>" for p in paragraphs), self)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setWordWrap(True)
        layout.addWidget(body)
        # who it is licensed to, or the evaluation copy's reminder (desktop_app.licensing)
        self.licence_label = QLabel(state_html(self.licence), self)
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_label.setWordWrap(True)
        layout.addWidget(self.licence_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        if self.licence.evaluation:
            enter = buttons.addButton(
                self.tr("Enter licence…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            enter.clicked.connect(self.enter_licence)
        layout.addWidget(buttons)

    def enter_licence(self) -> None:
        """Help ▸ Enter licence… from the About box; shows the new licence afterwards."""
        from desktop_app.licensing import current
        from desktop_app.ui.licence_dialog import LicenceDialog, state_html

        dialog = LicenceDialog(self)
        dialog.exec()
        dialog.deleteLater()
        self.licence = current()
        self.licence_label.setText(state_html(self.licence))
