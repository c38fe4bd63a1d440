"""Find user-visible texts written as plain literals (not passed through a translation)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

#: methods and constructors whose text argument a person reads
SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setTitle",
    "setStatusTip",
    "setWhatsThis",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "addAction",
    "addMenu",
    "addItem",
    "addItems",
    "addTab",
    "insertItem",
    "setTabText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "showMessage",
    "setButtonText",
    "setSubTitle",
    "addRow",
    "setItemText",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "getItem",
    "getText",
}
_WORDS = re.compile(r"[A-Za-z]{2,}")
_TAG = re.compile(r"<[^>]+>|Dealbook")
#: calls whose first argument is the text (the others are data: ``addItem(text, "won")``)
_TEXT_FIRST = {"addItem", "insertItem", "addRow", "addTab", "QTableWidgetItem"}
#: ``log.warning(...)`` is for the log file, not for a person
_LOGGERS = {"log", "logger", "logging", "_log", "LOG"}


def _text_of(node: ast.expr) -> str | None:
    """The literal text a node writes, when it is a plain literal or an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text_of(node.left), _text_of(node.right)
        return (left or "") + (right or "") if left or right else None
    return None


def unwrapped_texts(root: Path, allowed: set[str]) -> list[str]:
    """``file:line: text`` of every literal with words given to a call in :data:`SHOWN`."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in SHOWN:
                continue
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in _LOGGERS
            ):
                continue
            args = node.args[:1] if name in _TEXT_FIRST else node.args
            keywords = [k.value for k in node.keywords if k.arg in ("text", "title")]
            for arg in [*args, *keywords]:
                text = _text_of(arg)
                if text is None or text in allowed or not _WORDS.search(_TAG.sub("", text)):
                    continue
                found.append(f"{path}:{node.lineno}: {text!r}")
    return found
