"""The Chinese font of the window and the printed review.

When the user reads Chinese, the first installed family of :data:`CJK_FAMILIES` (Windows,
macOS, then Linux names; Simplified or Traditional glyph forms first as the language asks) goes
first in the report's font list and becomes the window's font, so Chinese text is drawn with
one consistent face and is embedded in the PDF. When none is installed, any family Qt reports
for the language's writing system is used; when there is none at all, :func:`missing_notice`
is the one sentence the window and the ``report`` command show instead of printing boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.presentation import locale as loc
from desktop_app.reports.i18n import tr
from desktop_app.translation import QT_TRANSLATE_NOOP

#: preferred families per language, first found wins
CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    loc.SIMPLIFIED: (
        "Microsoft YaHei",
        "Microsoft YaHei UI",
        "SimSun",
        "PingFang SC",
        "Hiragino Sans GB",
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Noto Sans CJK TC",
    ),
    loc.TRADITIONAL: (
        "Microsoft JhengHei",
        "Microsoft JhengHei UI",
        "MingLiU",
        "PingFang TC",
        "Noto Sans CJK TC",
        "Source Han Sans TC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Noto Sans CJK SC",
        "Microsoft YaHei",
    ),
}

MISSING = QT_TRANSLATE_NOOP(
    "reports",
    "No Chinese font is installed, so Chinese text may show as empty boxes. Install one "
    "(Noto Sans CJK, e.g. the fonts-noto-cjk package, or WenQuanYi Micro Hei) and start "
    "Dealbook again.",
)

_noticed = False


def cjk_family(language: str | None = None) -> str | None:
    """The installed Chinese family for ``language`` (default: the current one), or None."""
    language = loc.normalise(language or loc.current())
    if language == loc.ENGLISH:
        language = loc.SIMPLIFIED
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES[language]:
        if family in installed:
            return family
    system = (
        QFontDatabase.WritingSystem.TraditionalChinese
        if language == loc.TRADITIONAL
        else QFontDatabase.WritingSystem.SimplifiedChinese
    )
    found = QFontDatabase.families(system)
    return found[0] if found else None


def report_families(latin: list[str]) -> list[str]:
    """The report's families: ``latin`` in English; the Chinese family first in Chinese."""
    if not loc.is_chinese():
        return latin
    family = cjk_family()
    return [family, *latin] if family else latin


def apply_to_application(app: object) -> str | None:
    """Make the Chinese family the window's font when the user reads Chinese; returns it."""
    if not loc.is_chinese():
        return None
    family = cjk_family()
    if family is None:
        return None
    font = QFont(app.font())  # type: ignore[attr-defined]
    font.setFamilies([family, *font.families()])
    app.setFont(font)  # type: ignore[attr-defined]
    return family


def missing_notice() -> str | None:
    """The sentence to show once when the user reads Chinese and no Chinese font exists;
    None otherwise (and on every later call)."""
    global _noticed
    if _noticed or not loc.is_chinese() or cjk_family() is not None:
        return None
    _noticed = True
    return tr(MISSING)
