"""First run, no data yet: three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class _Card(QFrame):
    def __init__(self, title: str, text: str, button: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        heading = QLabel(title, self)
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setObjectName("cardBody")
        layout.addWidget(body, 1)
        self.button = QPushButton(button, self)
        layout.addWidget(self.button)


class WelcomePage(QWidget):
    """Import from a CRM, enter a first deal, or explore the demo company."""

    import_requested = Signal()
    new_deal_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        title = QLabel(self.tr("Welcome to Dealbook"), self)
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        sub = QLabel(
            self.tr("Your sales numbers, on your own computer. How would you like to start?"),
            self,
        )
        sub.setObjectName("welcomeSubtitle")
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(sub)
        outer.addSpacing(28)
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addStretch(1)
        self.import_card = _Card(
            self.tr("Import from your CRM"),
            self.tr(
                "Bring in the CSV or Excel export of Salesforce, HubSpot, Pipedrive, Zoho, "
                "Odoo or any spreadsheet. You can also drop the file on this window."
            ),
            self.tr("Import a file…"),
            self,
        )
        self.deal_card = _Card(
            self.tr("Enter your first deal"),
            self.tr("Start from scratch and type your deals in as they happen."),
            self.tr("New deal…"),
            self,
        )
        self.demo_card = _Card(
            self.tr("Explore the demo company"),
            self.tr(
                "Look around with two years of realistic made-up sales. The demo lives in "
                "its own file and never mixes with your data."
            ),
            self.tr("Open the demo"),
            self,
        )
        self.import_card.button.clicked.connect(self.import_requested)
        self.deal_card.button.clicked.connect(self.new_deal_requested)
        self.demo_card.button.clicked.connect(self.demo_requested)
        self.import_card.button.setObjectName("primaryButton")
        for card in (self.import_card, self.deal_card, self.demo_card):
            row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        self.status = QLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addSpacing(16)
        outer.addWidget(self.status)
        outer.addStretch(2)

    def set_busy(self, text: str) -> None:
        """Show progress text (e.g. while the demo is generated) and disable the buttons."""
        self.status.setText(text)
        for card in (self.import_card, self.deal_card, self.demo_card):
            card.button.setEnabled(not text)
