"""Translation of the report's words (Qt's translators, context ``reports``).

Sentences with values are whole translatable templates (``tr("Page {0} of {1}")``), never
concatenated pieces.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """``text`` in the user's language when a translator for it is installed."""
    return QCoreApplication.translate("reports", text)
