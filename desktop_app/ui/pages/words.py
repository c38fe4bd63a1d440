"""Counted words a person reads: "1 row", "2 rows", never "1 rows" or "1 row(s)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def plural(context: str, text: str, n: int) -> str:
    """``text`` with Qt's ``%n``/``%Ln`` count, translated in ``context``.

    The source texts are English with ``(s)`` where the plural differs ("%Ln row(s) read");
    a translation picks its own numerus form. Without one (English) ``(s)`` becomes "" for
    one and "s" otherwise.
    """
    out = QCoreApplication.translate(context, text, "", n)
    if "%Ln" in text:  # the count with its thousands separators, whatever the C locale
        out = out.replace(QLocale().toString(n), f"{n:,}", 1)
    if "(s)" in out:
        out = out.replace("(s)", "" if n == 1 else "s")
    return out
