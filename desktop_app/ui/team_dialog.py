"""File ▸ Connect to team database…: where the team's PostgreSQL server is, and who you are.

Host, port, database, user and password; "Remember password" puts the password in the
system's password store (:mod:`desktop_app.ui.team_secrets`), never in a file. A computer
without a password store is told so and asked each time. The recent connections (without
password) are offered first; "Open local file…" goes back to a database file on this
computer.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import team_secrets
from desktop_app.ui.team_secrets import DEFAULT_PORT, TeamConnection

# what the dialog ended with (besides Cancel)
CONNECT = "connect"
LOCAL_FILE = "local"


class ConnectDialog(QDialog):
    """Asks where the team database is; :meth:`url` is the answer after ``exec()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team database"))
        self.setObjectName("connectDialog")
        self.setMinimumWidth(460)
        self.choice = ""
        self._recent = team_secrets.recent_connections()
        self._store = team_secrets.keyring_usable()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team database lives on a PostgreSQL server your team shares. "
                "Ask whoever set it up for these details."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.recent = QComboBox(self)
        self.recent.setObjectName("recentConnections")
        self.recent.addItem(self.tr("(new connection)"), None)
        for index, connection in enumerate(self._recent):
            self.recent.addItem(
                self.tr("%1 on %2 as %3")
                .replace("%1", connection.database)
                .replace("%2", f"{connection.host}:{connection.port}")
                .replace("%3", connection.user),
                index,
            )
        self.recent.currentIndexChanged.connect(self._recent_chosen)
        if self._recent:
            form.addRow(self.tr("Recent"), self.recent)
        else:
            self.recent.hide()
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("server name or address, e.g. nas.local"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("database name, e.g. dealbook"))
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember password"), self)
        self.remember.setObjectName("rememberPassword")
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.store_note = QLabel(self)
        self.store_note.setObjectName("hint")
        self.store_note.setWordWrap(True)
        if self._store:
            self.store_note.setText(
                self.tr("A remembered password is kept in this computer's password store.")
            )
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.store_note.setText(
                self.tr(
                    "This computer has no password store, so Dealbook cannot remember the "
                    "password: you will be asked for it each time."
                )
            )
        layout.addWidget(self.store_note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.local_button = QPushButton(self.tr("Open local file…"), self)
        self.local_button.setObjectName("openLocalFile")
        buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.connect_button = buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        self.local_button.clicked.connect(self._local)
        layout.addWidget(buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update)
        if self._recent:
            self.recent.setCurrentIndex(1)  # the last connection, ready to go again
        self._update()

    # --- state -------------------------------------------------------------------------

    def connection(self) -> TeamConnection:
        """The connection the fields describe (no password)."""
        return TeamConnection(
            self.host.text().strip(),
            int(self.port.value()),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def url(self) -> str:
        """The ``postgresql://`` URL to open, with the password typed (if any)."""
        return self.connection().url(self.password.text() or None)

    def fill(self, connection: TeamConnection, password: str | None = None) -> None:
        """Show ``connection`` (and its remembered password, when one is stored)."""
        self.host.setText(connection.host)
        self.port.setValue(connection.port)
        self.database.setText(connection.database)
        self.user.setText(connection.user)
        stored = password if password is not None else team_secrets.stored_password(connection)
        self.password.setText(stored or "")
        self.remember.setChecked(bool(stored) and self._store)

    def _recent_chosen(self, row: int) -> None:
        index = self.recent.itemData(row)
        if isinstance(index, int) and 0 <= index < len(self._recent):
            self.fill(self._recent[index])

    def _update(self) -> None:
        connection = self.connection()
        self.connect_button.setEnabled(
            bool(connection.host and connection.database and connection.user)
        )

    # --- endings -----------------------------------------------------------------------

    def _connect(self) -> None:
        connection = self.connection()
        if not (connection.host and connection.database and connection.user):
            return
        team_secrets.remember_connection(connection)
        password = self.password.text()
        if self.remember.isChecked() and password:
            if not team_secrets.remember_password(connection, password):
                self.store_note.setText(
                    self.tr(
                        "The password store refused the password; Dealbook will ask for it "
                        "next time."
                    )
                )
        elif not self.remember.isChecked():
            team_secrets.forget_password(connection)
        self.choice = CONNECT
        self.accept()

    def _local(self) -> None:
        self.choice = LOCAL_FILE
        self.accept()


def ask_team_database(parent: QWidget | None = None) -> tuple[str, str]:
    """Show the dialog; (``CONNECT``, url) or (``LOCAL_FILE``, "") or ("", "") for Cancel."""
    dialog = ConnectDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return "", ""
        return dialog.choice, dialog.url() if dialog.choice == CONNECT else ""
    finally:
        dialog.deleteLater()
