"""The team database's banner and title: where the window is connected, and when it is not.

:class:`TeamBanner` sits above the pages and shows, while the team database's server
cannot be reached, "The team database cannot be reached. Your changes are kept; Dealbook is
trying again." It goes when the listener is connected again (the context then reloads
everything). :func:`team_title` is the window's "Team database: dealbook on nas.local as
anna (rep)".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("team", text)


def role_word(role: str | None) -> str:
    """The role as the title says it: manager, rep (translated)."""
    if role == "manager":
        return _t("manager")
    if role == "rep":
        return _t("rep")
    return ""


def team_title(display_url: str, role: str | None = None, rep_name: str | None = None) -> str:
    """ "Team database: dealbook on nas.local:5432 as anna (rep)" for a URL shown without
    its password (with the rep's name when given: "as ben (rep, Ben Li)")."""
    from desktop_app.store.location import describe

    database, host, user = describe(display_url)
    word = role_word(role)
    if word and rep_name and role == "rep":
        text = _t("Team database: %1 on %2 as %3 (%4, %5)").replace("%5", rep_name)
    elif word:
        text = _t("Team database: %1 on %2 as %3 (%4)")
    else:
        text = _t("Team database: %1 on %2 as %3")
    return text.replace("%4", word).replace("%1", database).replace("%2", host).replace("%3", user)


class TeamBanner(QFrame):
    """A strip above the pages, shown while the team database cannot be reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamBanner")
        self.setStyleSheet(
            "#teamBanner { background: #fdecea; border-bottom: 1px solid #f5c2bd; }"
            " #teamBanner QLabel { color: #8c1d18; font-weight: 600; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        self.label = QLabel(
            _t(
                "The team database cannot be reached. Your changes are kept; "
                "Dealbook is trying again."
            ),
            self,
        )
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self._context: Any = None
        self.hide()

    def attach(self, context: Any) -> None:
        """Follow ``context``'s server state (hidden for a SQLite file)."""
        if self._context is not None:
            self._context.server_state_changed.disconnect(self.server_state)
            self._context = None
        team = bool(getattr(context, "is_team", False))
        self.setVisible(team and not context.server_reachable)
        if team:
            self._context = context
            context.server_state_changed.connect(self.server_state)

    def server_state(self, reachable: bool) -> None:
        """Show the banner while the server is away; hide it once it is back."""
        self.setVisible(not reachable)
