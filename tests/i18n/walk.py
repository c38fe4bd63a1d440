"""Every text a person sees in a widget tree: labels, buttons, titles, headers, menus, items."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_FILE = re.compile(r"\S*[/\\.]\S*\.[A-Za-z0-9]+\b|\S+\.[A-Za-z]{2,6}\b")
_CJK = re.compile(r"[\u3400-\u9fff]")
#: words that stay as they are in Chinese: names, codes, units, file types
ALLOWED = {
    "Dealbook",
    "KPI",
    "KPIs",
    "CRM",
    "CSV",
    "Excel",
    "PDF",
    "HTML",
    "XLSX",
    "PNG",
    "SVG",
    "NPS",
    "MRR",
    "ARR",
    "ROI",
    "CAC",
    "CLTV",
    "ACV",
    "MQL",
    "SQL",
    "NRR",
    "GRR",
    "ID",
    "UTF",
    "YYYY",
    "MM",
    "DD",
    "Ctrl",
    "Shift",
    "Salesforce",
    "HubSpot",
    "Pipedrive",
    "Zoho",
    "Odoo",
    "Windows",
    "KOI",
    "Big",
    "GB",
    "EUC",
    "KR",
    "JIS",
    "USD",
    "EUR",
    "GBP",
    "CNY",
    "TWD",
    "HKD",
    "English",
    "pp",
    "pts",
    "csv",
    "xlsx",
    "tsv",
    "txt",
    "png",
    "jpg",
    "jpeg",
    "svg",
    "sqlite",
    "db",
    "pdf",
    "html",
    "Demo",
    "Co",
    "Inc",
    "Ltd",
}


def english_words(text: str, allowed: set[str] = ALLOWED) -> list[str]:
    """The English words of ``text`` a Chinese reader would not expect (none when it holds
    Chinese or only names, codes and numbers)."""
    plain = _TAG.sub(" ", text or "").replace("&", "")
    plain = _FILE.sub(" ", plain)
    if _CJK.search(plain):
        return []
    return [w for w in _WORD.findall(plain) if w not in allowed and len(w) > 1]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what ``root`` shows now."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__}:{widget.objectName()}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QMainWindow):
            add(w, w.windowTitle())
            for action in w.menuBar().actions():
                add(w, action.text())
                menu = action.menu()
                if menu is not None:
                    for sub in menu.actions():
                        add(w, sub.text())
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, w.text())
            add(w, w.toolTip())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QComboBox):
            # a filter's first item is words ("All reps"), the others are the data's names
            first_is_words = w.count() > 1 and bool(_CJK.search(w.itemText(0)))
            for i in range(1 if first_is_words else w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model
                columns = 1
            for c in range(columns):
                add(w, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            if columns <= 1:
                for r in range(min(model.rowCount(QModelIndex()), 50)):
                    add(w, str(model.index(r, 0).data() or ""))
    return out
