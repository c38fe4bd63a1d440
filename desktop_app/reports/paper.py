"""Paper sizes: A4 or Letter, chosen from the locale unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

#: territories where Letter is the usual office paper
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.PuertoRico,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.Panama,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Honduras,
        QLocale.Country.Belize,
    }
)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def default_paper(locale: QLocale | None = None) -> str:
    """``"letter"`` in the Americas' Letter countries, else ``"a4"``."""
    locale = locale or QLocale.system()
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


def page_size(paper: str | None = None, locale: QLocale | None = None) -> QPageSize:
    """The ``QPageSize`` of ``paper`` (``"a4"``/``"letter"``), else the locale's."""
    name = (paper or default_paper(locale)).lower()
    if name not in PAPERS:
        raise ValueError(f"unknown paper size {paper!r}: use a4 or letter")
    return QPageSize(PAPERS[name])
