"""The Qt side of :mod:`desktop_app.presentation`: words translated by Qt, one formatter.

Importing this module installs Qt's translator into the presentation layer, so the words of
the presentation table (marked ``QT_TRANSLATE_NOOP``) are shown in the user's language in the
window and the printed review. The charts, the dashboard and the review write every number
with the functions re-exported here, which are those of
:mod:`desktop_app.presentation.format` (no second implementation).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.presentation import i18n
from desktop_app.presentation.format import (
    DASH,
    NULL,
    Change,
    change,
    compact,
    count,
    format_value,
    group,
    growth,
    is_missing,
    is_null,
    money,
    month_label,
    rate,
    score,
    value_text,
)
from desktop_app.presentation.kpi_table import formula, label, short_label, why_undefined

i18n.use_translator(QCoreApplication.translate)

__all__ = [
    "DASH",
    "NULL",
    "Change",
    "change",
    "compact",
    "count",
    "format_value",
    "formula",
    "group",
    "growth",
    "is_missing",
    "is_null",
    "label",
    "money",
    "month_label",
    "rate",
    "score",
    "short_label",
    "value_text",
    "why_undefined",
]
