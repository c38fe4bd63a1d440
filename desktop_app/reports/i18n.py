"""Translation of the report's words (Qt's translators, context ``reports``).

Sentences with values are whole translatable templates (``tr("Page {0} of {1}")``), never
concatenated pieces.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app import translation


def tr(text: str) -> str:
    """``text`` in the user's language when a translator for it is installed: the
    application's, else the command line's (``dealbook report --out x.xlsx`` and the output
    checks run before, or without, a QApplication)."""
    found = QCoreApplication.translate("reports", text)
    return found if found != text else translation.translate("reports", text)
