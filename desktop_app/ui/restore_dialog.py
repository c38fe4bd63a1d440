"""Restore from a backup: choose, see what is in it (read-only), confirm, restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import backup
from desktop_app.ui import notify
from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op, wait_for_all

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class RestoreDialog(QDialog):
    """Lists this database's backups; shows the counts of the one selected."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.info: backup.BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup. Dealbook shows what is in it before anything changes, and "
                "keeps a copy of your current file."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        for path in backup.list_backups(db_path):
            item = QListWidgetItem(path.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list, 1)
        other = QPushButton(self.tr("Choose another file…"), self)
        other.setAutoDefault(False)
        other.clicked.connect(self._choose_file)
        layout.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel(self.tr("No backup selected."), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(backup.folder_for(self.db_path)), "*.sqlite"
        )
        if path:
            self.show_backup(Path(path))

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_backup(Path(item.data(Qt.ItemDataRole.UserRole)))

    def show_backup(self, path: Path) -> None:
        """Open ``path`` read-only in the background and show its counts."""
        self.info = None
        self.restore_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        Op(self, backup.inspect, path).success(guarded(self, self._show_info)).failure(
            guarded(self, self._bad_file)
        ).run()

    def _show_info(self, info: backup.BackupInfo) -> None:
        self.info = info
        c = info.counts
        text = self.tr(
            "%1 (saved %2) holds %3 deals, %4 leads, %5 accounts, %6 spend rows, %7 NPS answers."
        )
        values = [
            info.path.name,
            info.created.strftime("%Y-%m-%d %H:%M"),
            *(f"{c.get(k, 0):,}" for k in ("deals", "leads", "accounts", "spend", "nps")),
        ]
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        self.summary.setText(text)
        self.restore_button.setEnabled(True)

    def _bad_file(self, exc: BaseException) -> None:
        self.summary.setText(str(exc))


def perform_restore(window: MainWindow, backup_path: Path) -> Path:
    """Close the database, restore ``backup_path`` over it, open it again."""
    db_path = Path(window.db_path)  # a file: a team database is restored on its server
    # the copy runs here, between closing the file and opening it again: a wait cursor
    # says so (it takes seconds for a big workspace); the opening then shows its busy line
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        wait_for_all()
        if window.context is not None:
            window.context.close()
        kept = backup.restore(backup_path, db_path)
    finally:
        QApplication.restoreOverrideCursor()
    window.open_database(db_path)
    notify.show(
        window.tr("Restored %1. Your previous file was kept as %2.")
        .replace("%1", backup_path.name)
        .replace("%2", str(kept)),
        "info",
    )
    return kept


def run_restore(window: MainWindow) -> None:
    """The whole File ▸ Restore flow."""
    dialog = RestoreDialog(Path(window.db_path), window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.info is None:
            return
        info = dialog.info
    finally:
        dialog.deleteLater()
    answer = QMessageBox.warning(
        window,
        window.tr("Restore from a backup"),
        window.tr("Replace the data in %1 with the backup %2? A copy of the current file is kept.")
        .replace("%1", Path(window.db_path).name)
        .replace("%2", info.path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Yes:
        perform_restore(window, info.path)
