"""Translation of the report's words (Qt's translators, context ``reports``).

``tr`` asks ``QCoreApplication.translate`` when Qt is importable and returns the text
unchanged otherwise, so the document model stays usable without Qt (tests, workers).
Sentences with values are whole translatable templates (``tr("Page {0} of {1}")``), never
concatenated pieces.
"""

from __future__ import annotations


def tr(text: str) -> str:
    """``text`` in the user's language when a translator for it is installed."""
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - Qt is a dependency; this keeps the model pure
        return text
    return QCoreApplication.translate("reports", text)
